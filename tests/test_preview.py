from __future__ import annotations

import hashlib
import json
from datetime import date

from alert_factory import AS_OF, payload, record, run, write_config

from alerts.preview import preview_thresholds
from alerts.preview_io import load_alert_statuses, load_pattern_payloads
from alerts.store import apply_decision, set_status
from continuity.cli import main
from continuity.config import Settings
from continuity.db import connect


def ids(entries):
    return [e["alert_id"] for e in entries]


def patterns_and_alerts():
    patterns = [
        payload("STAY", counts=[3] * 13, premium_exposure=900.0),  # 39 complaints
        payload("DROP", journey_key="billing", counts=[1] * 13, premium_exposure=800.0),  # 13 complaints
        payload("NEW", counts=[2] * 13, premium_exposure=700.0),  # 26 complaints, a candidate today
        payload("QUIET", counts=[1] * 5, premium_exposure=600.0),  # 5 complaints: never
        payload("DISMISSED", counts=[3] * 13, premium_exposure=500.0),
        payload("RESOLVED", counts=[3] * 13, premium_exposure=400.0),
        payload("HELD", journey_key="billing", counts=[1] * 13, premium_exposure=300.0),
    ]
    alerts = [
        {"alert_id": "STAY", "status": "routed"}, {"alert_id": "DROP", "status": "pending_review"},
        {"alert_id": "DISMISSED", "status": "dismissed"}, {"alert_id": "RESOLVED", "status": "resolved"},
        {"alert_id": "HELD", "status": "held"},
    ]
    return patterns, alerts


def test_stricter_and_looser_thresholds_move_alerts_in_and_out():
    patterns, alerts = patterns_and_alerts()
    new = Settings.model_validate(
        {"thresholds": {"min_complaints": 20, "per_journey": {"billing": {"min_complaints": 14}}}}
    )
    preview = preview_thresholds(patterns, alerts, new)
    assert ids(preview["appear"]) == ["NEW", "RESOLVED"]  # highest premium exposure first
    assert ids(preview["disappear"]) == ["DROP", "HELD"]
    assert ids(preview["stay"]) == ["STAY"]
    assert (preview["dismissed"], preview["quiet"]) == (1, 1)
    dropped = preview["disappear"][0]
    assert dropped["current_status"] == "pending_review"
    assert dropped["failed"] == ["13 complaints < min_complaints 14"]
    assert preview["appear"][0]["current_status"] is None


def test_a_resolved_alert_above_the_thresholds_would_reappear():
    patterns, alerts = patterns_and_alerts()
    preview = preview_thresholds(patterns, alerts, Settings(thresholds={"min_complaints": 30}))
    assert ids(preview["appear"]) == ["RESOLVED"]  # a resolved alert above its thresholds reopens
    assert ids(preview["stay"]) == ["STAY"] and ids(preview["disappear"]) == ["DROP", "HELD"]


def test_other_thresholds_are_checked_too():
    patterns, alerts = patterns_and_alerts()
    strict = Settings.model_validate({"thresholds": {"min_weeks": 14, "min_consistency": 0.8,
                                                     "min_premium_exposure": 850}})
    preview = preview_thresholds(patterns, alerts, strict)
    assert preview["appear"] == [] and preview["stay"] == []
    stay_failed = next(e for e in preview["disappear"] if e["alert_id"] == "STAY")["failed"]
    assert stay_failed == ["13 active week(s) < min_weeks 14: not persistent", "consistency 0.70 < min_consistency 0.8"]


def test_a_resolved_alert_settled_after_a_journey_change_would_not_reappear():
    settled = payload("FIXED", counts=[6] * 7 + [3] + [2, 2, 0, 1, 0])
    settled["journey_changes"] = [{"change_id": "JC-1", "changed_at": "2026-10-07", "description": "new form"}]
    resolved = [{"alert_id": "FIXED", "status": "resolved", "first_as_of": date(2026, 10, 11)}]
    preview = preview_thresholds([settled], resolved, Settings())
    assert preview["appear"] == [] and preview["quiet"] == 1
    patient = Settings.model_validate({"review": {"resolve_after_weeks": 6}})
    assert ids(preview_thresholds([settled], resolved, patient)["appear"]) == ["FIXED"]
    # Never raised: its quiet weeks came before anyone saw it, so it would appear for review.
    assert ids(preview_thresholds([settled], [], Settings())["appear"]) == ["FIXED"]


def seeded_db(tmp_path) -> str:
    db = str(tmp_path / "c.duckdb")
    with connect(db) as conn:
        run(conn, [
            record(payload("STAY", counts=[3] * 13)),
            record(payload("DROP", journey_key="billing", counts=[2] * 8)),
            record(payload("NEW", counts=[2] * 9), state="candidate"),
            record(payload("EDGE", counts=[3] * 13, consistency=0.5), state="candidate", consistency=0.4996),
        ])
        apply_decision(conn, "STAY", "approve", "ann")
        set_status(conn, "STAY", "routed", "continuity", "delivered")
    return db


def test_pattern_payloads_keep_the_unrounded_consistency(tmp_path):
    db = seeded_db(tmp_path)
    with connect(db, read_only=True) as conn:
        patterns = {p["alert_id"]: p for p in load_pattern_payloads(conn)}
        statuses = load_alert_statuses(conn)
    assert patterns["EDGE"]["consistency"] == 0.4996
    assert {"alert_id": "STAY", "status": "routed", "first_as_of": AS_OF} in statuses
    preview = preview_thresholds(list(patterns.values()), statuses, Settings(thresholds={"min_complaints": 15}))
    assert "EDGE" not in ids(preview["appear"])


def test_the_command_previews_without_changing_the_database(tmp_path, capsys):
    db = seeded_db(tmp_path)
    before = hashlib.sha256(open(db, "rb").read()).hexdigest()
    config = write_config(tmp_path / "new.yaml", thresholds={"min_complaints": 18})
    assert main(["thresholds", "--preview", "--config", config, "--db", db, "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert ids(preview["appear"]) == ["NEW"] and ids(preview["disappear"]) == ["DROP"]
    assert ids(preview["stay"]) == ["STAY"]

    assert main(["thresholds", "--preview", "--config", config, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "1 would appear, 1 would disappear, 1 stay" in out and "nothing was changed" in out
    assert "disappear  DROP  pending_review" in out and "16 complaints < min_complaints 18" in out
    assert hashlib.sha256(open(db, "rb").read()).hexdigest() == before


def test_the_command_needs_preview_and_patterns(tmp_path, capsys):
    db = str(tmp_path / "empty.duckdb")
    with connect(db):
        pass
    assert main(["thresholds", "--db", db]) == 2
    assert "--preview" in capsys.readouterr().err
    assert main(["thresholds", "--preview", "--db", db]) == 2
    assert "holds no patterns" in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text("thresholds:\n  min_complaints: 0\n")
    assert main(["thresholds", "--preview", "--config", str(bad), "--db", db]) == 2
    assert "thresholds.min_complaints" in capsys.readouterr().err
