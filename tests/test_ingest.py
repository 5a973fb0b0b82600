from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from exposure.store import load_policies
from ingest.store import InboxError, ingest_inbox
from ingest.validate import MissingColumns, ROW, canonical_columns, validate_rows
from tests.conftest import write

HOUSEHOLDS = "household_id,segment,high_value,region\nH1,standard,false,North\nH2,affluent,TRUE,South\n"
POLICIES = (
    "policy_id,household_id,line_of_business,annual_premium,renewal_date,status\n"
    "P1,H1,auto,1200.10,2026-12-01,active\n"
    "P2,H2,home,abc,2027-01-01,\n"
    "P3,H9,home,10,2027-01-01,\n"
    "P4,H2,life,-5,2027-01-01,\n"
    "P5,H2,home,\"1,000.05\",2027-02-01,\n"
)


def frame(rows: list[dict]) -> pd.DataFrame:
    out = pd.DataFrame(rows)
    out[ROW] = range(1, len(out) + 1)
    return out


def test_bad_values_are_rejected_with_the_value_and_the_column():
    rows = frame([
        {"interaction_id": "C1", "occurred_at": "2026-10-01T10:00:00", "text": "Customer: hi"},
        {"interaction_id": "C2", "occurred_at": "not-a-date", "text": "Customer: hi"},
        {"interaction_id": "", "occurred_at": "2026-10-01", "text": "Customer: hi"},
        {"interaction_id": "C4", "occurred_at": "2026-10-01", "text": "  "},
    ])
    result = validate_rows("calls", rows)
    assert result.kept["interaction_id"].tolist() == ["C1"]
    reasons = dict(zip(result.rejected["row"], result.rejected["reason"]))
    assert reasons == {
        2: "occurred_at 'not-a-date' is not an ISO-8601 timestamp or date",
        3: "interaction_id is missing",
        4: "text is missing",
    }


def test_policy_checks_household_premium_and_defaults_status():
    rows = frame([
        {"policy_id": "P1", "household_id": "H1", "line_of_business": "auto", "annual_premium": "£1,234.50", "renewal_date": "2026-12-01"},
        {"policy_id": "P2", "household_id": "H9", "line_of_business": "auto", "annual_premium": "10", "renewal_date": "2026-12-01"},
        {"policy_id": "P3", "household_id": "H1", "line_of_business": "auto", "annual_premium": "-1", "renewal_date": "2026-12-01"},
    ])
    result = validate_rows("policies", rows, known_households={"H1"})
    assert result.kept["annual_premium"].tolist() == ["1234.50"]
    assert result.kept["status"].tolist() == ["active"]
    assert result.rejected["reason"].tolist() == [
        "household_id 'H9' is not a known household",
        "annual_premium '-1' is negative",
    ]


def test_missing_required_column_names_the_fix():
    rows = frame([{"interaction_id": "C1", "occurred_at": "2026-10-01"}])
    with pytest.raises(MissingColumns, match=r"required column\(s\) \['text'\] missing.*columns:"):
        validate_rows("calls", rows)


def test_config_mapping_and_case_insensitive_headers():
    rows = frame([{"Call ID": "C1", "When": "2026-10-01", "TEXT": "Customer: hi", "agent_id": "A1"}])
    mapped = canonical_columns(rows, "calls", {"Call ID": "interaction_id", "when": "occurred_at"})
    result = validate_rows("calls", mapped)
    assert result.kept["interaction_id"].tolist() == ["C1"]
    assert json.loads(result.kept["extra"].iloc[0]) == {"agent_id": "A1"}


def make_inbox(root: Path) -> Path:
    write(root / "households" / "h.csv", HOUSEHOLDS)
    write(root / "policies" / "p.csv", POLICIES)
    write(root / "calls" / "a.csv", 'interaction_id,occurred_at,text,policy_id\nC1,2026-10-01T10:00:00,"Customer: one",P1\nC2,not-a-date,x,P1\n')
    write(root / "chats" / "a.jsonl", '{"interaction_id":"CH1","occurred_at":"2026-10-02","text":"Customer: hi","policy_id":"P-unknown"}\n{broken\n')
    write(root / "tickets" / "broken.parquet", "this is not parquet")
    return root


def test_inbox_ingest_quarantines_and_is_idempotent(conn, tmp_path):
    inbox = make_inbox(tmp_path / "inbox")
    first = ingest_inbox(conn, inbox)
    assert first.as_dict()["rows_new"] == 2 + 2 + 2  # households, policies P1 and P5, C1 and CH1
    quarantine = conn.execute("SELECT kind, file, row, reason FROM quarantine ORDER BY file, row").fetchall()
    assert [(k, f, r) for k, f, r, _ in quarantine] == [
        ("calls", "calls/a.csv", 2),
        ("chats", "chats/a.jsonl", 2),
        ("policies", "policies/p.csv", 2),
        ("policies", "policies/p.csv", 3),
        ("policies", "policies/p.csv", 4),
        ("tickets", "tickets/broken.parquet", None),
    ]
    assert "parquet" in quarantine[-1][3]
    before = conn.execute("SELECT * FROM interactions ORDER BY kind, interaction_id").fetchall()
    second = ingest_inbox(conn, inbox)
    assert second.as_dict()["rows_new"] == 0 and second.as_dict()["files_unchanged"] == 4
    assert conn.execute("SELECT * FROM interactions ORDER BY kind, interaction_id").fetchall() == before
    assert conn.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 6
    # the unknown policy is kept as evidence, not quarantined
    assert conn.execute("SELECT policy_id FROM interactions WHERE interaction_id = 'CH1'").fetchone() == ("P-unknown",)


def test_newer_version_of_a_row_replaces_the_older(conn, tmp_path):
    inbox = make_inbox(tmp_path / "inbox")
    ingest_inbox(conn, inbox)
    write(inbox / "calls" / "b.csv", 'interaction_id,occurred_at,text,policy_id\nC1,2026-10-01T10:00:00,"Customer: corrected",P1\n')
    report = ingest_inbox(conn, inbox)
    assert report.as_dict()["rows_updated"] == 1
    assert conn.execute("SELECT text FROM interactions WHERE interaction_id = 'C1'").fetchone() == ("Customer: corrected",)
    assert conn.execute("SELECT count(*) FROM interactions WHERE kind = 'calls'").fetchone() == (1,)


def test_in_one_clean_run_the_file_that_arrived_last_holds_the_newer_version(conn, tmp_path):
    inbox = make_inbox(tmp_path / "inbox")
    # The correction arrives last but sorts first by name; the clean run must still end with it.
    write(inbox / "calls" / "0_corrections.csv", 'interaction_id,occurred_at,text,policy_id\nC1,2026-10-01T10:00:00,"Customer: corrected",P1\n')
    older = (inbox / "calls" / "a.csv").stat().st_mtime_ns - 60 * 10**9
    os.utime(inbox / "calls" / "a.csv", ns=(older, older))
    ingest_inbox(conn, inbox)
    assert conn.execute("SELECT text FROM interactions WHERE interaction_id = 'C1'").fetchone() == ("Customer: corrected",)


def test_money_is_exact(conn, tmp_path):
    inbox = make_inbox(tmp_path / "inbox")
    ingest_inbox(conn, inbox)
    total = conn.execute("SELECT CAST(sum(annual_premium) AS VARCHAR) FROM policies").fetchone()[0]
    assert Decimal(total) == Decimal("2200.15")


def test_a_part_of_a_cent_and_an_exponent_are_kept_exactly(conn, tmp_path):
    inbox = make_inbox(tmp_path / "inbox")
    write(inbox / "policies" / "z.csv", "policy_id,household_id,line_of_business,annual_premium,renewal_date\n"
          "P7,H1,auto,100.005,2026-12-01\nP8,H1,home,0.125,2026-12-01\nP9,H1,life,1.5e3,2026-12-01\n")
    ingest_inbox(conn, inbox)
    assert conn.execute("SELECT count(*) FROM quarantine WHERE file LIKE '%z.csv'").fetchone() == (0,)
    premiums = dict(zip(*load_policies(conn)[["policy_id", "annual_premium"]].T.values))
    assert (premiums["P7"], premiums["P8"], premiums["P9"]) == (Decimal("100.005"), Decimal("0.125"), Decimal("1500.00"))
    assert str(premiums["P7"] + premiums["P8"]) == "100.130"


def test_missing_inbox_is_a_clear_error(conn, tmp_path):
    with pytest.raises(InboxError, match="does not exist"):
        ingest_inbox(conn, tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InboxError, match="holds no files"):
        ingest_inbox(conn, tmp_path / "empty")
