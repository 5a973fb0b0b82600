"""Alerts in DuckDB: raising and updating them after a run, reviewers'
decisions, and the audit trail. The CLI and the app both call these."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import duckdb

from alerts.lifecycle import SYSTEM_ACTOR, decide, status_after_run
from continuity.db import transaction


class AlertNotFound(LookupError):
    pass


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def record_event(conn, alert_id: str, actor: str, from_status, to_status: str, note, complaint_count=None) -> None:
    conn.execute(
        """
        INSERT INTO alert_events (alert_id, event_at, actor, from_status, to_status, note, complaint_count)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        [alert_id, _now(), actor, from_status, to_status, note, complaint_count],
    )


def _count_when_dismissed(conn, alert_id: str) -> int | None:
    row = conn.execute(
        """
        SELECT complaint_count FROM alert_events
        WHERE alert_id = ? AND to_status = 'dismissed' ORDER BY event_id DESC LIMIT 1
        """,
        [alert_id],
    ).fetchone()
    return row[0] if row else None


def save_patterns(conn, run_id: str, records: list[dict]) -> None:
    """Replace the latest run's patterns (alerting or not) with these records."""
    conn.execute("DELETE FROM patterns")
    for r in records:
        conn.execute(
            """
            INSERT INTO patterns (pattern_id, run_id, state, reasons, journey_key, handoff_from, handoff_to,
                                  complaint_count, active_weeks, consistency, premium_exposure, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                r["alert"]["alert_id"], run_id, r["state"], json.dumps(r["reasons"]), r["alert"]["journey_key"],
                r["alert"]["handoff"]["from"], r["alert"]["handoff"]["to"], r["alert"]["complaint_count"],
                r["active_weeks"], r["consistency"], str(r["premium_exposure"]), json.dumps(r["alert"]),
            ],
        )


def apply_run(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    as_of: date,
    records: list[dict],
    *,
    require_review: bool,
    regrowth_factor: float,
) -> dict[str, int]:
    """Raise new alerts and refresh existing ones from this run's pattern records.

    records: dicts with keys state ('alert' | 'candidate' | 'spike') and alert
    (the full payload, without status). Returns counts of what changed.
    """
    changes = {"raised": 0, "updated": 0, "reopened": 0}
    existing = {
        row[0]: row[1] for row in conn.execute("SELECT alert_id, status FROM alerts").fetchall()
    }
    now = _now()
    for record in records:
        payload = record["alert"]
        alert_id = payload["alert_id"]
        status = existing.get(alert_id)
        # A pattern that settled after a journey change (alerts.tracking) is not reopened; one with no
        # alert yet is never settled (quiet weeks before an alert was raised settle nothing).
        passes = record["state"] == "alert" and not record.get("settled", False)
        new_status, reason = status_after_run(
            status,
            passes=passes,
            complaint_count=payload["complaint_count"],
            count_when_dismissed=_count_when_dismissed(conn, alert_id) if status == "dismissed" else None,
            regrowth_factor=regrowth_factor,
            require_review=require_review,
        )
        body = json.dumps(payload, sort_keys=True, default=str)
        if status is None:
            if new_status is None:
                continue
            conn.execute(
                """
                INSERT INTO alerts (alert_id, status, journey_key, payload, created_at, updated_at,
                                    last_run_id, first_as_of, last_as_of)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [alert_id, new_status, payload.get("journey_key"), body, now, now, run_id, as_of, as_of],
            )
            record_event(conn, alert_id, SYSTEM_ACTOR, None, new_status, reason, payload["complaint_count"])
            changes["raised"] += 1
            continue
        current = conn.execute("SELECT payload FROM alerts WHERE alert_id = ?", [alert_id]).fetchone()[0]
        if current != body:
            conn.execute(
                "UPDATE alerts SET payload = ?, updated_at = ?, last_run_id = ?, last_as_of = ? WHERE alert_id = ?",
                [body, now, run_id, as_of, alert_id],
            )
            changes["updated"] += 1
        if new_status is not None and new_status != status:
            conn.execute("UPDATE alerts SET status = ?, updated_at = ? WHERE alert_id = ?", [new_status, now, alert_id])
            record_event(conn, alert_id, SYSTEM_ACTOR, status, new_status, reason, payload["complaint_count"])
            changes["reopened"] += 1
    return changes


def load_alerts(conn: duckdb.DuckDBPyConnection, status: str | None = None) -> list[dict]:
    """Every alert as the contract's JSON object (section 3), newest exposure first."""
    query = "SELECT alert_id, status, payload, created_at, updated_at FROM alerts"
    params: list = []
    if status:
        query += " WHERE status = ?"
        params.append(status)
    alerts = []
    for alert_id, current, payload, created, updated in conn.execute(query, params).fetchall():
        body = json.loads(payload)
        body["alert_id"] = alert_id
        body["status"] = current
        body["created_at"] = created.isoformat() if created else None
        body["updated_at"] = updated.isoformat() if updated else None
        alerts.append(body)
    alerts.sort(key=lambda a: (-float(a.get("premium_exposure", 0)), a["alert_id"]))
    return alerts


def load_alert(conn, alert_id: str) -> dict:
    for alert in load_alerts(conn):
        if alert["alert_id"] == alert_id:
            return alert
    raise AlertNotFound(f"no alert with id '{alert_id}'")


def set_status(conn, alert_id: str, status: str, actor: str, note: str | None) -> None:
    row = conn.execute("SELECT status, payload FROM alerts WHERE alert_id = ?", [alert_id]).fetchone()
    if row is None:
        raise AlertNotFound(f"no alert with id '{alert_id}'")
    count = json.loads(row[1]).get("complaint_count")
    conn.execute("UPDATE alerts SET status = ?, updated_at = ? WHERE alert_id = ?", [status, _now(), alert_id])
    record_event(conn, alert_id, actor, row[0], status, note, count)


def apply_decision(conn, alert_id: str, decision: str, by: str, note: str | None = None) -> tuple[str, str]:
    """A reviewer's decision: returns (old status, new status)."""
    if not by or not by.strip():
        raise ValueError("a decision needs the reviewer's name (--by NAME)")
    row = conn.execute("SELECT status FROM alerts WHERE alert_id = ?", [alert_id]).fetchone()
    if row is None:
        raise AlertNotFound(f"no alert with id '{alert_id}'")
    new_status = decide(alert_id, row[0], decision)
    with transaction(conn):
        set_status(conn, alert_id, new_status, by.strip(), note)
    return row[0], new_status


def load_events(conn, alert_id: str | None = None) -> list[dict]:
    """The audit trail, oldest first."""
    query = "SELECT event_id, alert_id, event_at, actor, from_status, to_status, note FROM alert_events"
    params = []
    if alert_id:
        query += " WHERE alert_id = ?"
        params.append(alert_id)
    query += " ORDER BY event_id"
    return [
        {
            "event_id": r[0], "alert_id": r[1], "at": r[2].isoformat(), "by": r[3],
            "from_status": r[4], "to_status": r[5], "note": r[6],
        }
        for r in conn.execute(query, params).fetchall()
    ]
