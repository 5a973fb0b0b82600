"""What the review app reads and writes. Pages call these, never SQL.

Works beside the pipeline: every call opens a short connection and closes it
(read-only for reads, read-write only for a decision or a saved config), and
continuity.db retries while a flow run holds the file's lock. Inside the app's
process the calls take turns (one lock): DuckDB refuses a read-only and a
read-write connection to the same file open at once in one process.

Reads are cached for READ_TTL_S seconds (st.cache_data); a decision or a saved
config clears the cache, so the reviewer sees the change at once.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Iterator

import pandas as pd
import streamlit as st

from continuity.config import DEFAULT_CONFIG_NAME, Settings, load_settings
from continuity.db import DEFAULT_DB, connect, ensure_schema

READ_TTL_S = 30
OPEN_STATUSES = ("pending_review", "held", "approved", "routed")

_DB_TURN = threading.RLock()


# --- where things are ---------------------------------------------------------------------------

def db_path() -> Path:
    """The DuckDB file `continuity app --db` passed (CONTINUITY_DB), else the default."""
    return Path(os.environ.get("CONTINUITY_DB") or DEFAULT_DB)


def config_path() -> Path:
    """The config `continuity app --config` passed (CONTINUITY_CONFIG), else ./continuity.yaml
    (which may not exist yet: then the built-in defaults are in force and saving creates it)."""
    return Path(os.environ.get("CONTINUITY_CONFIG") or Path.cwd() / DEFAULT_CONFIG_NAME)


def prepare(db: Path) -> None:
    """Create the file and apply migrations (once per app process, before any read)."""
    with _DB_TURN:
        ensure_schema(db)


@contextlib.contextmanager
def _reading(db: Path) -> Iterator:
    with _DB_TURN, connect(db, read_only=True) as conn:
        yield conn


@contextlib.contextmanager
def _writing(db: Path) -> Iterator:
    with _DB_TURN, connect(db) as conn:
        yield conn


# --- settings -----------------------------------------------------------------------------------

@st.cache_data(ttl=READ_TTL_S, show_spinner=False)
def _settings_at(path: str, exists: bool, mtime: float) -> Settings:
    return load_settings(path) if exists else Settings()


def settings(path: Path | None = None) -> Settings:
    """The settings in force: the config file when it exists, else the defaults.
    Raises continuity.config.ConfigError on a bad file."""
    path = Path(path or config_path())
    exists = path.is_file()
    return _settings_at(str(path), exists, path.stat().st_mtime if exists else 0.0)


def config_text(path: Path | None = None) -> str | None:
    """The config file's text, or None when there is none (built-in defaults)."""
    path = Path(path or config_path())
    return path.read_text(encoding="utf-8") if path.is_file() else None


# --- alerts -------------------------------------------------------------------------------------

@st.cache_data(ttl=READ_TTL_S, show_spinner=False)
def list_alerts(db: Path, status: str | None = None) -> list[dict]:
    """Every alert (contract section 3), without member_ids (the inbox never shows them)."""
    from alerts.store import load_alerts

    with _reading(db) as conn:
        alerts = load_alerts(conn, status)
    for alert in alerts:
        alert.pop("member_ids", None)
    return alerts


def teams_of(alert: dict, app_settings: Settings) -> list[str]:
    """Teams the alert routes to once approved (config routing and journey_routing)."""
    from alerts.routing import teams_for_journey

    return teams_for_journey(alert.get("journey_key"), app_settings)


@st.cache_data(ttl=READ_TTL_S, show_spinner=False)
def alert_detail(db: Path, alert_id: str, renewal_window_days: int) -> dict:
    """Everything the alert page shows.

    Returns {alert, verbatims: [{interaction_id, kind, occurred_at, text (masked)}],
    households: DataFrame (exposure.export columns), lines: DataFrame
    (line_of_business, households, active_premium), events: audit trail oldest first,
    lineage: the pattern's births, continuations, merges, splits and deaths run by run,
    outbox: messages to teams}. Raises alerts.store.AlertNotFound."""
    from alerts.masking import mask_pii
    from alerts.outbox import load_outbox
    from alerts.store import load_alert, load_events
    from exposure.export import export_households
    from exposure.store import load_policies

    with _reading(db) as conn:
        alert = load_alert(conn, alert_id)
        events = load_events(conn, alert_id)
        lineage = _lineage(conn, alert_id)
        outbox = load_outbox(conn, alert_id)
        households = (
            export_households(conn, [alert_id], renewal_window_days) if alert.get("household_ids") else pd.DataFrame()
        )
        policies = load_policies(conn)
        verbatims = []
        for verbatim in alert.get("verbatims") or []:
            occurred = verbatim.get("occurred_at")
            if not occurred:
                row = conn.execute(
                    "SELECT occurred_at FROM interactions WHERE kind = ? AND interaction_id = ?",
                    [verbatim.get("kind"), verbatim.get("interaction_id")],
                ).fetchone()
                occurred = row[0].isoformat() if row else None
            verbatims.append({
                "interaction_id": verbatim.get("interaction_id"), "kind": verbatim.get("kind"),
                "occurred_at": str(occurred)[:10] if occurred else None, "text": mask_pii(verbatim.get("text")),
            })
    alert.pop("member_ids", None)
    return {
        "alert": alert, "verbatims": verbatims, "households": households,
        "lines": _premium_by_line(alert, policies), "events": events, "lineage": lineage, "outbox": outbox,
    }


def _lineage(conn, alert_id: str) -> list[dict]:
    """The pattern's lineage events (clustering.lineage_store), [] for a database
    written before lineage existed and not migrated since (the app only reads)."""
    import duckdb

    from clustering.lineage_store import load_lineage_events

    try:
        return load_lineage_events(conn, alert_id)
    except duckdb.CatalogException:
        return []


def _premium_by_line(alert: dict, policies: pd.DataFrame) -> pd.DataFrame:
    """Columns line_of_business, households, active_premium (float): the affected
    households' active policies per line of business."""
    chosen = set(alert.get("household_ids") or [])
    held = policies[policies["household_id"].isin(chosen) & (policies["status"] == "active")]
    rows = []
    for line, own in held.groupby("line_of_business"):
        rows.append({
            "line_of_business": str(line), "households": int(own["household_id"].nunique()),
            "active_premium": float(sum(own["annual_premium"], Decimal("0"))),
        })
    if not rows:  # no reference data: the alert's own per-line household counts
        rows = [{"line_of_business": k, "households": int(v), "active_premium": 0.0}
                for k, v in (alert.get("lines_of_business") or {}).items()]
    return pd.DataFrame(rows, columns=["line_of_business", "households", "active_premium"])


def review(db: Path, app_settings: Settings, alert_id: str, decision: str, by: str, note: str | None) -> dict:
    """A reviewer's decision through alerts.review.record_decision, the function
    the CLI's `continuity review` calls (routing on approve included). Returns
    its result, with route as a dict. Raises AlertNotFound, TransitionError,
    ValueError (no name) or continuity.db.DatabaseBusy."""
    from alerts.review import record_decision

    with _writing(db) as conn:
        result = record_decision(conn, app_settings, alert_id, decision, by, note)
    clear_reads()
    report = result["route"]
    return {**result, "route": report.as_dict() if report is not None else None,
            "route_summary": report.summary() if report is not None else None}


# --- thresholds ---------------------------------------------------------------------------------

@st.cache_data(ttl=READ_TTL_S, show_spinner=False)
def preview_inputs(db: Path) -> tuple[list[dict], list[dict]]:
    """(the latest run's pattern payloads, [{alert_id, status}]) for alerts.preview."""
    from alerts.preview_io import load_alert_statuses, load_pattern_payloads

    with _reading(db) as conn:
        patterns = load_pattern_payloads(conn)
        statuses = load_alert_statuses(conn)
    for pattern in patterns:
        pattern.pop("member_ids", None)
    return patterns, statuses


def preview(db: Path, new_settings: Settings) -> dict:
    """Which alerts would appear, disappear or stay under new_settings (alerts.preview)."""
    from alerts.preview import preview_thresholds

    patterns, statuses = preview_inputs(db)
    return preview_thresholds(patterns, statuses, new_settings)


def thresholds_yaml(thresholds: dict, path: Path | None = None) -> str:
    """The config text with these global thresholds (other keys kept)."""
    from continuity.config_store import with_thresholds

    return with_thresholds(config_text(path), thresholds)


def save_config(db: Path, path: Path, new_yaml: str, by: str, why: str) -> dict:
    """Write the config file and record who and why (continuity.config_store)."""
    from continuity.config_store import save_config as save

    with _writing(db) as conn:
        change = save(conn, path, new_yaml, by, why)
    clear_reads()
    return change


@st.cache_data(ttl=READ_TTL_S, show_spinner=False)
def config_changes(db: Path) -> list[dict]:
    from continuity.config_store import load_config_changes

    with _reading(db) as conn:
        return load_config_changes(conn)


# --- exposure -----------------------------------------------------------------------------------

@st.cache_data(ttl=READ_TTL_S, show_spinner=False)
def exposed_households(db: Path, alert_ids: tuple[str, ...], renewal_window_days: int, renewal_only: bool) -> pd.DataFrame:
    """One row per exposed household of the alerts (exposure.export.export_households columns)."""
    from exposure.compute import EXPORT_COLUMNS
    from exposure.export import export_households

    if not alert_ids:
        return pd.DataFrame(columns=["alert_ids", *EXPORT_COLUMNS])
    with _reading(db) as conn:
        return export_households(conn, list(alert_ids), renewal_window_days, renewal_only=renewal_only)


def as_csv(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8")


def as_excel(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_excel(buffer, index=False, sheet_name="exposed households")
    return buffer.getvalue()


# --- coverage -----------------------------------------------------------------------------------

@st.cache_data(ttl=READ_TTL_S, show_spinner=False)
def coverage(db: Path, thin_share: float) -> dict:
    """{weekly: DataFrame (kind, week, rows, linked_rows, first, last),
    kinds: `continuity sources --json` objects, quarantine: [{kind, file, row, reason, first_seen}],
    journey_changes: [{change_id, changed_at, journey, description}]}."""
    from alerts.tracking_store import load_journey_changes
    from ingest.coverage import coverage_rows, summarise

    with _reading(db) as conn:
        weekly = coverage_rows(conn)
        households = conn.execute("SELECT count(*) FROM households").fetchone()[0]
        rows = conn.execute(
            "SELECT kind, file, row, reason, first_seen FROM quarantine ORDER BY file, row NULLS FIRST, reason"
        ).fetchall()
        changes = load_journey_changes(conn)
    return {
        "weekly": weekly,
        "kinds": summarise(weekly, households, thin_share),
        "quarantine": [
            {"kind": k, "file": f, "row": r, "reason": why, "first_seen": seen} for k, f, r, why, seen in rows
        ],
        "journey_changes": changes,
    }


def clear_reads() -> None:
    """Forget every cached read (after a decision or a saved config)."""
    for cached in (list_alerts, alert_detail, preview_inputs, config_changes, exposed_households, coverage, _settings_at):
        cached.clear()


def week_start(week: str) -> date:
    """Monday of an ISO week 'YYYY-Www'."""
    return date.fromisocalendar(int(week[:4]), int(week[6:]), 1)
