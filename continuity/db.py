"""The embedded DuckDB file: short-lived connections, retried on a lock, and a
tiny migration runner that records what it applied.

DuckDB allows one writing process per file. Every command opens a connection,
does its work and closes it, so the review app and a flow run can take turns.
"""

from __future__ import annotations

import contextlib
import random
import time
from importlib import resources
from pathlib import Path
from typing import Iterator

import duckdb

DEFAULT_DB = Path("data") / "continuity.duckdb"

LOCK_MARKERS = ("lock", "Conflicting lock", "could not set lock", "being used by another process")


class DatabaseBusy(RuntimeError):
    """The file stayed locked by another process for longer than we waited."""


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc)
    return any(marker.lower() in text.lower() for marker in LOCK_MARKERS)


def open_connection(path: str | Path, *, read_only: bool = False, wait_s: float = 30.0) -> duckdb.DuckDBPyConnection:
    """Open the file, waiting with jittered backoff while another process holds the lock."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_s
    delay = 0.02
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            if not _is_lock_error(exc) or time.monotonic() > deadline:
                if _is_lock_error(exc):
                    raise DatabaseBusy(f"{path} is locked by another process: {exc}") from exc
                raise
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 0.5)


@contextlib.contextmanager
def connect(path: str | Path, *, read_only: bool = False, wait_s: float = 30.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection with the schema applied (for writers)."""
    if read_only and not Path(path).exists():
        ensure_schema(path)
    conn = open_connection(path, read_only=read_only, wait_s=wait_s)
    try:
        if not read_only:
            migrate(conn)
        yield conn
    finally:
        conn.close()


@contextlib.contextmanager
def transaction(conn: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """Everything inside is committed together, or rolled back (and the error raised)."""
    conn.execute("BEGIN TRANSACTION")
    try:
        yield conn
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise


def migration_files() -> list[tuple[str, str]]:
    """(name, sql) of every numbered migration, in order."""
    folder = resources.files("continuity.migrations")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(name, (folder / name).read_text(encoding="utf-8")) for name in names]


def migrate(conn: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the migrations not yet applied; safe to run at every start. Returns those applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations").fetchall()}
    applied = []
    for name, sql in migration_files():
        if name in done:
            continue
        with transaction(conn):
            conn.execute(sql)
            conn.execute("INSERT INTO schema_migrations VALUES (?, now())", [name])
        applied.append(name)
    return applied


def ensure_schema(path: str | Path) -> None:
    """Create the file and apply migrations (readers call this once so they never see an empty file)."""
    with connect(path):
        pass
