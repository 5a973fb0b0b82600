"""Pattern lineage in DuckDB: the previous run's patterns as lineage reads them,
and this run's events and centroids (around the pure logic in lineage.py).

The previous run's patterns are the rows of `patterns` (the alerts stage writes
them at the end of every run; this run replaces them). A run reads them before
it renames its own patterns, and writes its events in the same transaction as
the patterns and alerts that carry the ids.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import duckdb
import numpy as np

from clustering.lineage import Lineage, PatternSnapshot


def load_previous_patterns(conn: duckdb.DuckDBPyConnection) -> list[PatternSnapshot]:
    """The latest run's patterns, by pattern_id. A row stored before lineage
    existed has no centroid (None) and its key id is its pattern id."""
    rows = conn.execute(
        "SELECT pattern_id, key_id, journey_key, centroid, payload FROM patterns ORDER BY pattern_id"
    ).fetchall()
    return [
        PatternSnapshot(
            pattern_id=pattern_id,
            key_id=key_id or pattern_id,
            journey=journey,
            centroid=np.asarray(centroid, dtype=np.float32) if centroid is not None else None,
            member_ids=frozenset(json.loads(payload).get("member_ids") or ()),
        )
        for pattern_id, key_id, journey, centroid, payload in rows
    ]


def save_lineage(conn: duckdb.DuckDBPyConnection, run_id: str, as_of: date | None, lineage: Lineage) -> None:
    """Write this run's centroid and key id on its pattern rows (already saved
    under their kept ids) and append its events to pattern_events."""
    for pattern_id, centroid in sorted(lineage.centroids.items()):
        conn.execute(
            "UPDATE patterns SET centroid = ?, key_id = ? WHERE pattern_id = ?",
            [None if centroid is None else np.asarray(centroid, dtype=np.float32).tolist(),
             lineage.key_ids.get(pattern_id), pattern_id],
        )
    at = datetime.now(timezone.utc).replace(tzinfo=None)
    for e in lineage.events:
        conn.execute(
            """
            INSERT INTO pattern_events (run_id, as_of, event_at, event, pattern_id, related_pattern_ids,
                                        proposed_id, matched_by, overlap, shared_members, cosine)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [run_id, as_of, at, e.event, e.pattern_id, list(e.related_pattern_ids), e.proposed_id, e.matched_by,
             e.overlap, e.shared_members, e.cosine],
        )


def load_lineage_events(conn: duckdb.DuckDBPyConnection, pattern_id: str | None = None) -> list[dict]:
    """Every lineage event, oldest first; with pattern_id, only those that name
    it (as the pattern or as a related one)."""
    query = """
        SELECT event_id, run_id, as_of, event_at, event, pattern_id, related_pattern_ids, proposed_id, matched_by,
               overlap, shared_members, cosine
        FROM pattern_events
    """
    params: list = []
    if pattern_id:
        query += " WHERE pattern_id = ? OR list_contains(related_pattern_ids, ?)"
        params = [pattern_id, pattern_id]
    query += " ORDER BY event_id"
    return [
        {
            "event_id": r[0], "run_id": r[1], "as_of": r[2].isoformat() if r[2] else None, "at": r[3].isoformat(),
            "event": r[4], "pattern_id": r[5], "related_pattern_ids": list(r[6]), "proposed_id": r[7],
            "matched_by": r[8], "overlap": r[9], "shared_members": r[10], "cosine": r[11],
        }
        for r in conn.execute(query, params).fetchall()
    ]


def note_lineage_on_alerts(conn: duckdb.DuckDBPyConnection, lineage: Lineage) -> int:
    """Tell the reviewers of existing alerts what lineage found about their pattern:
    merged into another, split, or not found this run. Written to the alert's audit
    trail (`continuity history`, the app's alert page) with its status unchanged:
    Continuity never closes or moves an alert for the team. Returns notes written."""
    from alerts.lifecycle import SYSTEM_ACTOR
    from alerts.store import record_event

    notes: list[tuple[str, str]] = []
    for e in lineage.events:
        if e.event == "merge":
            for absorbed in e.related_pattern_ids:
                notes.append((absorbed, f"its pattern merged into {e.pattern_id} this run ({e.shared_members} "
                                        f"complaints in common): that alert now carries these complaints"))
        elif e.event == "split":
            for part in e.related_pattern_ids:
                notes.append((e.pattern_id, f"part of its pattern split off as {part} this run "
                                            f"({e.shared_members} complaints)"))
        elif e.event == "death":
            notes.append((e.pattern_id, "its pattern was not found this run: no cluster of handoff complaints in the "
                                        "window continues it"))
    written = 0
    for alert_id, note in notes:
        row = conn.execute("SELECT status FROM alerts WHERE alert_id = ?", [alert_id]).fetchone()
        if row is None:
            continue
        record_event(conn, alert_id, SYSTEM_ACTOR, row[0], row[0], note)
        written += 1
    return written
