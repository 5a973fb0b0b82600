"""Reading what the threshold preview needs: the latest run's patterns and the
alerts' current statuses (read-only)."""

from __future__ import annotations

import json

import duckdb


def load_pattern_payloads(conn: duckdb.DuckDBPyConnection) -> list[dict]:
    """The latest run's patterns (alerting or not) as their alert payloads.

    consistency and premium_exposure are taken from the table's unrounded
    columns, so a pattern right at a threshold is judged as the run judged it."""
    rows = conn.execute(
        "SELECT pattern_id, consistency, premium_exposure, payload FROM patterns ORDER BY pattern_id"
    ).fetchall()
    patterns = []
    for pattern_id, consistency, premium_exposure, payload in rows:
        body = json.loads(payload)
        body["alert_id"] = pattern_id
        body["consistency"] = float(consistency)
        body["premium_exposure"] = float(premium_exposure)
        patterns.append(body)
    return patterns


def load_alert_statuses(conn: duckdb.DuckDBPyConnection) -> list[dict]:
    """[{alert_id, status, first_as_of}] of every alert (first_as_of: the run's as-of when it was first raised)."""
    rows = conn.execute("SELECT alert_id, status, first_as_of FROM alerts ORDER BY alert_id").fetchall()
    return [{"alert_id": alert_id, "status": status, "first_as_of": first} for alert_id, status, first in rows]
