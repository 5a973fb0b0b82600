"""Tracking after a journey change, the I/O half: read the journey changes and
the journeys' interaction volumes, annotate a run's pattern records, and
resolve the alerts whose pattern has settled (alerts.tracking has the rules)."""

from __future__ import annotations

from datetime import date, timedelta

import duckdb

from alerts.lifecycle import SYSTEM_ACTOR
from alerts.tracking import journey_slug, track
from continuity.config import Settings

# Statuses that a settled pattern resolves. A held alert stays held (the
# reviewer asked to wait), a dismissed one stays dismissed.
RESOLVABLE_STATUSES = ("pending_review", "approved", "routed")


def load_journey_changes(conn: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every journey change: [{change_id, changed_at (date), journey, description}], oldest first."""
    rows = conn.execute(
        "SELECT change_id, changed_at, journey, description FROM journey_changes ORDER BY changed_at, change_id"
    ).fetchall()
    return [{"change_id": c, "changed_at": at, "journey": j, "description": d} for c, at, j, d in rows]


def journey_interactions_per_week(conn: duckdb.DuckDBPyConnection, journey: str, start: date, end: date) -> dict[str, int]:
    """{ISO week: interactions of the journey between start and end (days, inclusive)}.

    An interaction belongs to the journey when its CRM journey tag or its
    detected journey (scores.journey) is the journey (spelling normalised
    as alerts.tracking.journey_slug)."""
    rows = conn.execute(
        """
        SELECT strftime(i.occurred_at, '%G-W%V') AS week, count(*)
        FROM interactions i
        LEFT JOIN scores s ON s.kind = i.kind AND s.interaction_id = i.interaction_id
        WHERE i.occurred_at >= ? AND i.occurred_at < ?
          AND (regexp_replace(lower(trim(i.journey)), '[\\s\\-]+', '_', 'g') = ?
               OR regexp_replace(lower(trim(s.journey)), '[\\s\\-]+', '_', 'g') = ?)
        GROUP BY week
        """,
        [start, end + timedelta(days=1), journey_slug(journey), journey_slug(journey)],
    ).fetchall()
    return {week: int(n) for week, n in rows}


def annotate_records(conn: duckdb.DuckDBPyConnection, records: list[dict], settings: Settings) -> list[dict]:
    """Add journey_changes and trend to each record's alert payload, and
    record["settled"] (True when the pattern has stayed below its thresholds
    for review.resolve_after_weeks full weeks after a change and after its
    alert was raised: a run then does not reopen it, and resolves its alert;
    a pattern with no alert yet is never settled). Returns the records."""
    from alerts.tracking import window_of

    changes = load_journey_changes(conn)
    raised_on = dict(conn.execute("SELECT alert_id, first_as_of FROM alerts").fetchall())
    volumes: dict[tuple, dict[str, int]] = {}
    for record in records:
        payload = record["alert"]
        journey = payload.get("journey_key")
        start, end = window_of(payload)
        key = (journey_slug(journey), start, end)
        if key not in volumes:
            volumes[key] = journey_interactions_per_week(conn, journey, start, end) if journey else {}
        thresholds = settings.thresholds.for_journey(journey)
        tracked = track(
            payload, changes, volumes[key] or None,
            min_complaints=thresholds.min_complaints, resolve_after_weeks=settings.review.resolve_after_weeks,
            raised_on=raised_on.get(payload["alert_id"]) or end,
        )
        payload["journey_changes"] = tracked["journey_changes"]
        payload["trend"] = tracked["trend"]
        record["settled"] = tracked["settled"]
    return records


def resolve_settled(conn: duckdb.DuckDBPyConnection, records: list[dict], settings: Settings) -> list[str]:
    """Resolve the alerts of settled records (pending_review, approved or routed)
    with an audit note, and enqueue a 'resolved' notice to the teams that
    received each one. Returns the resolved alert ids."""
    from alerts.outbox import enqueue_resolved
    from alerts.store import load_alert, set_status

    resolved = []
    for record in records:
        if not record.get("settled"):
            continue
        alert_id = record["alert"]["alert_id"]
        row = conn.execute("SELECT status FROM alerts WHERE alert_id = ?", [alert_id]).fetchone()
        if row is None or row[0] not in RESOLVABLE_STATUSES:
            continue
        reason = record["alert"]["trend"]["settled_reason"]
        set_status(conn, alert_id, "resolved", SYSTEM_ACTOR, f"resolved: {reason}")
        enqueue_resolved(conn, load_alert(conn, alert_id), reason, settings)
        resolved.append(alert_id)
    return resolved
