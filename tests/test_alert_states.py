"""Statuses across runs, through the store and the command line (no model)."""

from __future__ import annotations

import json

from alert_factory import payload, record, run, status

from alerts.store import apply_decision, load_events
from continuity.cli import main
from continuity.db import connect


def test_a_dismissed_pattern_comes_back_only_when_it_grows_materially(conn):
    run(conn, [record(payload("A1", counts=[2] * 10))])  # 20 complaints
    apply_decision(conn, "A1", "dismiss", "ann", "known issue")
    run(conn, [record(payload("A1", counts=[2] * 14))], run_id="r2")  # 26 < 1.5 x 20
    assert status(conn, "A1") == "dismissed"
    run(conn, [record(payload("A1", counts=[3] * 10))], run_id="r3")  # 30 = 1.5 x 20
    assert status(conn, "A1") == "pending_review"
    last = load_events(conn, "A1")[-1]
    assert last["by"] == "continuity" and "grew materially from 20 to 30" in last["note"]


def test_the_regrowth_factor_is_the_configured_one(conn):
    run(conn, [record(payload("A1", counts=[2] * 10))])
    apply_decision(conn, "A1", "dismiss", "ann")
    run(conn, [record(payload("A1", counts=[3] * 10))], run_id="r2", regrowth_factor=2.0)
    assert status(conn, "A1") == "dismissed"


def test_a_held_alert_stays_held_across_runs_even_when_it_grows(conn):
    run(conn, [record(payload("A1"))])
    apply_decision(conn, "A1", "hold", "ann", "waiting for the portal fix")
    for n, values in enumerate(([3] * 13, [9] * 13, [1] * 13), start=2):
        run(conn, [record(payload("A1", counts=values))], run_id=f"r{n}")
        assert status(conn, "A1") == "held"
    assert [e["to_status"] for e in load_events(conn, "A1")] == ["pending_review", "held"]


def test_review_and_history_through_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "c.duckdb")
    with connect(db) as conn:
        run(conn, [record(payload("A1")), record(payload("A2"))])
    assert main(["review", "A1", "--hold", "--by", "ann", "--note", "wait", "--db", db]) == 0
    assert main(["review", "A2", "--dismiss", "--by", "bob", "--db", db]) == 0
    with connect(db) as conn:
        run(conn, [record(payload("A1", counts=[5] * 13)), record(payload("A2", counts=[3] * 14))], run_id="r2")
    capsys.readouterr()
    assert main(["alerts", "--json", "--db", db]) == 0
    statuses = {a["alert_id"]: a["status"] for a in json.loads(capsys.readouterr().out)}
    assert statuses == {"A1": "held", "A2": "dismissed"}
    assert main(["history", "A1", "--json", "--db", db]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [(e["to_status"], e["by"], e["note"]) for e in events][-1] == ("held", "ann", "wait")
    assert main(["review", "A1", "--hold", "--by", "ann", "--db", db]) == 2
    assert "alert A1 is held: cannot hold it" in capsys.readouterr().err
