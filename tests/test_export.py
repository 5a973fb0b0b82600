"""The retention export of several alerts, as CSV and as Excel, through the command line."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from alert_factory import payload, record, run

from continuity.cli import main
from continuity.db import connect

HOUSEHOLDS = [("H1", "affluent", True), ("H2", "standard", False), ("H3", "standard", False), ("H4", "young", True)]
POLICIES = [
    ("P1", "H1", "auto", "100.10", date(2026, 12, 1), "active"),
    ("P2", "H1", "home", "200.20", date(2027, 6, 1), "active"),
    ("P3", "H2", "auto", "0.10", date(2026, 11, 20), "active"),
    ("P4", "H2", "life", "999.99", date(2026, 11, 20), "lapsed"),
    ("P5", "H3", "home", "50.00", date(2027, 9, 1), "active"),
    ("P6", "H4", "auto", "75.25", date(2027, 1, 10), "active"),
]


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "continuity.duckdb")
    with connect(path) as conn:
        for household_id, segment, high_value in HOUSEHOLDS:
            conn.execute(
                "INSERT INTO households (household_id, segment, high_value, content_hash, ingested_at) "
                "VALUES (?, ?, ?, 'h', now())",
                [household_id, segment, high_value],
            )
        for row in POLICIES:
            conn.execute(
                "INSERT INTO policies (policy_id, household_id, line_of_business, annual_premium, renewal_date, "
                "status, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, 'h', now())",
                list(row),
            )
        run(conn, [
            record(payload("A1", household_ids=["H1", "H2"])),
            record(payload("A2", household_ids=["H2", "H3"])),
            record(payload("A3", household_ids=["H4"])),
        ])
    return path


EXPECTED = {
    # household: (alert_ids, lines, active policies, active premium, next renewal, in renewal window)
    "H1": ("A1", "auto;home", 2, "300.30", "2026-12-01", True),
    "H2": ("A1;A2", "auto", 1, "0.10", "2026-11-20", True),
    "H3": ("A2", "home", 1, "50.00", "2027-09-01", False),
}


def check(frame: pd.DataFrame, households: list[str]) -> None:
    assert list(frame.columns) == [
        "alert_ids", "household_id", "segment", "high_value", "lines_of_business", "active_policies",
        "active_premium", "next_renewal", "in_renewal_window",
    ]
    assert frame["household_id"].tolist() == households
    for _, row in frame.iterrows():
        alert_ids, lines, count, premium, renewal, window = EXPECTED[row["household_id"]]
        assert row["alert_ids"] == alert_ids and row["lines_of_business"] == lines
        assert int(row["active_policies"]) == count
        assert f"{float(row['active_premium']):.2f}" == premium
        assert str(row["next_renewal"])[:10] == renewal
        assert str(row["in_renewal_window"]).lower() == str(window).lower()
    assert bool(frame.set_index("household_id").loc["H1", "high_value"]) is True


def test_csv_export_of_several_alerts_has_one_row_per_household(db, tmp_path, capsys):
    out = tmp_path / "retention.csv"
    assert main(["export", "A1", "A2", "--out", str(out), "--db", db]) == 0
    assert "3 households written" in capsys.readouterr().out
    frame = pd.read_csv(out, dtype={"active_premium": str})
    check(frame, ["H1", "H2", "H3"])
    assert frame.loc[frame["household_id"] == "H1", "active_premium"].item() == "300.30"  # exact cents


def test_excel_export_of_several_alerts(db, tmp_path):
    out = tmp_path / "retention.xlsx"
    assert main(["export", "A1", "A2", "--out", str(out), "--db", db]) == 0
    frame = pd.read_excel(out, dtype={"active_premium": str})
    check(frame, ["H1", "H2", "H3"])


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_renewal_only_keeps_households_renewing_in_the_window(db, tmp_path, suffix):
    out = tmp_path / f"renewing{suffix}"
    assert main(["export", "A1", "A2", "--renewal-only", "--out", str(out), "--db", db]) == 0
    frame = pd.read_csv(out) if suffix == ".csv" else pd.read_excel(out)
    check(frame, ["H1", "H2"])


def test_export_errors_are_one_line(db, tmp_path, capsys):
    assert main(["export", "A1", "NOPE", "--out", str(tmp_path / "x.csv"), "--db", db]) == 2
    assert "no alert with id 'NOPE'" in capsys.readouterr().err
    assert main(["export", "A1", "--out", str(tmp_path / "x.json"), "--db", db]) == 2
    assert "use a .csv or .xlsx" in capsys.readouterr().err
