"""A reviewer's decision on an alert: the one function the CLI's `review` and
the review app both call.

The decision is recorded first (its own transaction, with who, when and why in
the audit trail); an approval is then routed at once through the outbox, so
the teams get the message without waiting for the next flow run. An approved
alert that no team has a URL for stays approved (the report says so).
"""

from __future__ import annotations

import duckdb

from alerts.outbox import route
from alerts.store import apply_decision
from continuity.config import Settings


def record_decision(
    conn: duckdb.DuckDBPyConnection,
    settings: Settings,
    alert_id: str,
    decision: str,
    by: str,
    note: str | None = None,
) -> dict:
    """Record `decision` ('approve' | 'hold' | 'dismiss') by `by` on the alert,
    then route it when it was approved.

    Raises alerts.store.AlertNotFound, alerts.lifecycle.TransitionError (a
    decision the alert's status does not allow) or ValueError (no reviewer
    name). Returns {alert_id, decision, from_status, to_status, by, note,
    route (alerts.outbox.RouteReport or None), status (after routing)}."""
    note = note.strip() if note and note.strip() else None
    before, after = apply_decision(conn, alert_id, decision, by, note)
    report = None
    status = after
    if after == "approved":
        report = route(conn, settings, alert_ids=[alert_id])
        if alert_id in report.routed:
            status = "routed"
    return {
        "alert_id": alert_id, "decision": decision, "from_status": before, "to_status": after,
        "by": by.strip(), "note": note, "route": report, "status": status,
    }
