"""The flow's lifecycle tasks (track journey changes, save alerts, route) with
task.fn on hand-made records: no model, no Prefect server."""

from __future__ import annotations

import socket
from datetime import date

from alert_factory import AS_OF, payload, record

import pipeline.flow as flow
from continuity.config import Settings
from continuity.db import connect

SETTLED = [6] * 7 + [3] + [2, 2, 0, 1, 0]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_track_save_and_route_tasks(tmp_path):
    db = str(tmp_path / "c.duckdb")
    with connect(db) as conn:
        conn.execute(
            "INSERT INTO journey_changes (change_id, changed_at, journey, description, content_hash, ingested_at) "
            "VALUES ('JC-1', DATE '2026-10-07', 'claim', 'new claim form', 'h', now())"
        )
    settings = Settings.model_validate({
        "review": {"require_human_review": False},
        "routing": {"operations": [f"json://127.0.0.1:{closed_port()}/hook"]},
    })

    records = flow.track_changes_task.fn(db, [record(payload("A1")), record(payload("B1", journey_key="billing"))],
                                         settings)
    claim = records[0]["alert"]
    assert claim["journey_changes"][0]["change_id"] == "JC-1"
    assert claim["trend"]["change_id"] == "JC-1" and claim["trend"]["direction"] == "stable"
    assert records[1]["alert"]["journey_changes"] == [] and records[1]["alert"]["trend"]["basis"] == "recent"

    changes = flow.save_alerts_task.fn(db, "r1", date(2026, 10, 11), records, settings)  # as JC-1 went live
    assert changes["raised"] == 2 and changes["resolved"] == 0

    routing = flow.route_task.fn(db, settings)  # the receiver is down: nothing lost, retried later
    assert routing["enqueued"] == 2 and routing["pending"] == 2 and routing["routed"] == []
    assert routing["summary"].startswith("2 messages enqueued, 0 delivered, 2 failed")

    settled = flow.track_changes_task.fn(db, [record(payload("A1", counts=SETTLED))], settings)
    assert settled[0]["settled"] is True
    changes = flow.save_alerts_task.fn(db, "r2", AS_OF, settled, settings)
    assert changes["resolved"] == 1
    with connect(db) as conn:
        assert dict(conn.execute("SELECT alert_id, status FROM alerts").fetchall()) == {
            "A1": "resolved", "B1": "approved",
        }
