"""What the review app reads and writes: short connections only, so a flow run
and a reviewer can take turns on the same file. Pages call these, never SQL."""

from __future__ import annotations

import os
from pathlib import Path

from continuity.db import DEFAULT_DB, connect


def db_path() -> Path:
    return Path(os.environ.get("CONTINUITY_DB", DEFAULT_DB))


def list_alerts(db: Path, status: str | None = None) -> list[dict]:
    from alerts.store import load_alerts

    with connect(db, read_only=True) as conn:
        return load_alerts(conn, status)


def decide(db: Path, alert_id: str, decision: str, by: str, note: str | None) -> tuple[str, str]:
    """The same function the CLI's `review` calls."""
    from alerts.store import apply_decision

    with connect(db) as conn:
        return apply_decision(conn, alert_id, decision, by, note)
