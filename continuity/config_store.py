"""Saving a new config from the review app, with who and why (migration 003).

The YAML file stays the one source of the settings; the `config_changes`
table keeps every saved version beside who saved it and why, so operations
can see when a threshold moved and undo it.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import yaml

from continuity.config import ConfigError, Settings, Thresholds
from continuity.db import transaction


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def parse_settings(text: str, where: str = "the new config") -> Settings:
    """Validate YAML text as a config; ConfigError names the bad key."""
    from pydantic import ValidationError

    try:
        raw = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where} is not valid YAML: {exc}".splitlines()[0]) from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{where} must hold a mapping of keys, not {type(raw).__name__}")
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ConfigError(f"{where}: {'.'.join(str(p) for p in first['loc'])}: {first['msg']}") from exc


def with_thresholds(current_yaml: str | None, thresholds: dict) -> str:
    """The config text with the global thresholds replaced (every other key,
    per_journey overrides included, kept as it was). Comments are not kept:
    the old text is kept whole in config_changes.

    thresholds: any of min_complaints, min_weeks, min_consistency, min_premium_exposure."""
    raw = (yaml.safe_load(current_yaml) if current_yaml else None) or {}
    unknown = sorted(set(thresholds) - set(Thresholds.model_fields))
    if unknown:
        raise ConfigError(f"unknown threshold(s) {unknown}; thresholds are {sorted(Thresholds.model_fields)}")
    section = dict(raw.get("thresholds") or {})
    section.update(thresholds)
    raw["thresholds"] = section
    text = yaml.safe_dump(raw, sort_keys=False, allow_unicode=True)
    parse_settings(text)
    return text


def save_config(conn: duckdb.DuckDBPyConnection, path: str | Path, new_yaml: str, by: str, why: str) -> dict:
    """Write `new_yaml` to `path` and record the change (who, why, old and new
    text) in one transaction: the row is only kept when the file was written.

    Raises ValueError without a name or a reason, ConfigError on a config that
    does not validate. Returns the recorded change (see load_config_changes)."""
    if not by or not by.strip():
        raise ValueError("saving a config needs your name")
    if not why or not why.strip():
        raise ValueError("saving a config needs a reason (why)")
    parse_settings(new_yaml)
    path = Path(path)
    old_yaml = path.read_text(encoding="utf-8") if path.is_file() else None
    changed_at = _now()
    with transaction(conn):
        change_id = conn.execute(
            """
            INSERT INTO config_changes (changed_at, "by", why, config_path, old_yaml, new_yaml)
            VALUES (?, ?, ?, ?, ?, ?) RETURNING change_id
            """,
            [changed_at, by.strip(), why.strip(), str(path.resolve()), old_yaml, new_yaml],
        ).fetchone()[0]
        _write_atomically(path, new_yaml)
    return {
        "change_id": change_id, "changed_at": changed_at.isoformat(), "by": by.strip(), "why": why.strip(),
        "config_path": str(path.resolve()), "old_yaml": old_yaml, "new_yaml": new_yaml,
    }


def _write_atomically(path: Path, text: str) -> None:
    """A reader (the next flow run) sees the old file or the new one, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except Exception:
        Path(temporary).unlink(missing_ok=True)
        raise


def load_config_changes(conn: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every saved config, newest first: change_id, changed_at, by, why, config_path, old_yaml, new_yaml."""
    rows = conn.execute(
        """
        SELECT change_id, changed_at, "by", why, config_path, old_yaml, new_yaml
        FROM config_changes ORDER BY change_id DESC
        """
    ).fetchall()
    return [
        {"change_id": r[0], "changed_at": r[1].isoformat(), "by": r[2], "why": r[3], "config_path": r[4],
         "old_yaml": r[5], "new_yaml": r[6]}
        for r in rows
    ]
