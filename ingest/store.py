"""Ingest an inbox folder into DuckDB: the I/O edge of the ingest stage.

Each file is read, validated (ingest.validate) and written in one transaction
together with its quarantine entries and its record in `ingested_files`, so a
run that dies half way leaves whole files behind and can simply be run again.
A file whose bytes were ingested before is skipped.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import duckdb
import pandas as pd

from continuity.db import transaction
from ingest.readers import UnreadableFile, read_file
from ingest.schema import ID_COLUMN, INGEST_ORDER, INTERACTION_COLUMNS, INTERACTION_KINDS, SUPPORTED_SUFFIXES, TABLES
from ingest.validate import MissingColumns, canonical_columns, validate_rows


class InboxError(ValueError):
    """The inbox folder itself is unusable."""


@dataclass
class FileOutcome:
    file: str
    kind: str
    status: str  # ingested | unchanged | unreadable
    rows_read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    reason: str | None = None


@dataclass
class IngestReport:
    files: list[FileOutcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def total(self, attr: str) -> int:
        return sum(getattr(f, attr) for f in self.files)

    @property
    def unreadable(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "unreadable"]

    def as_dict(self) -> dict:
        return {
            "files_read": sum(f.status == "ingested" for f in self.files),
            "files_unchanged": sum(f.status == "unchanged" for f in self.files),
            "files_unreadable": len(self.unreadable),
            "rows_new": self.total("new"),
            "rows_updated": self.total("updated"),
            "rows_unchanged": self.total("unchanged"),
            "rows_rejected": self.total("rejected"),
            "warnings": self.warnings,
        }


def discover(inbox: Path) -> tuple[list[tuple[str, Path]], list[str]]:
    """(kind, path) of every file in the inbox in ingest order (reference data first; within a
    kind, oldest file first), and warnings about what is ignored."""
    if not inbox.exists():
        raise InboxError(f"inbox folder {inbox} does not exist")
    if not inbox.is_dir():
        raise InboxError(f"inbox {inbox} is not a folder")
    warnings = []
    known = set(INGEST_ORDER)
    for child in sorted(inbox.iterdir()):
        if child.is_dir() and child.name not in known and not child.name.startswith("."):
            warnings.append(f"folder {child.name}/ is not a kind of record and was ignored (kinds: {', '.join(INGEST_ORDER)})")
    files = []
    for kind in INGEST_ORDER:
        folder = inbox / kind
        if not folder.is_dir():
            continue
        # Oldest first by modification time, then by name: where two files hold the same id, the
        # version in the file that arrived last wins, in one clean run as in runs over time.
        paths = [p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")]
        files.extend((kind, path) for path in sorted(paths, key=lambda p: (p.stat().st_mtime_ns, p.as_posix())))
    if not files:
        raise InboxError(f"inbox {inbox} holds no files in any of its kind folders ({', '.join(INGEST_ORDER)})")
    return files, warnings


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def ingest_inbox(
    conn: duckdb.DuckDBPyConnection,
    inbox: Path,
    *,
    column_mapping: dict[str, dict[str, str]] | None = None,
    progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Read every new or changed file of the inbox into the database."""
    inbox = Path(inbox)
    files, warnings = discover(inbox)
    report = IngestReport(warnings=warnings)
    seen = dict(conn.execute("SELECT file, sha256 FROM ingested_files").fetchall())
    for number, (kind, path) in enumerate(files, start=1):
        relative = path.relative_to(inbox).as_posix()
        if progress:
            progress(f"[{number}/{len(files)}] {relative}")
        outcome = _ingest_file(conn, kind, path, relative, seen, (column_mapping or {}).get(kind))
        report.files.append(outcome)
    return report


def _ingest_file(conn, kind: str, path: Path, relative: str, seen: dict, mapping) -> FileOutcome:
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        reason = f"unsupported file type '{path.suffix}': use .csv, .jsonl or .parquet"
        _record_unreadable(conn, kind, relative, reason)
        return FileOutcome(relative, kind, "unreadable", reason=reason)
    sha = file_sha256(path)
    if seen.get(relative) == sha:
        return FileOutcome(relative, kind, "unchanged")
    try:
        read = read_file(path)
        frame = canonical_columns(read.frame, kind, mapping)
        known = None
        if kind == "policies":
            known = {r[0] for r in conn.execute("SELECT household_id FROM households").fetchall()}
        if len(frame) == 0:
            validated_kept, rejected = pd.DataFrame(), pd.DataFrame(columns=["row", "reason", "raw"])
        else:
            validated = validate_rows(kind, frame, known_households=known)
            validated_kept, rejected = validated.kept, validated.rejected
    except (UnreadableFile, MissingColumns) as exc:
        _record_unreadable(conn, kind, relative, str(exc))
        return FileOutcome(relative, kind, "unreadable", reason=str(exc))

    bad_lines = pd.DataFrame(read.bad_lines, columns=["row", "reason", "raw"])
    rejected = pd.concat([bad_lines, rejected], ignore_index=True) if len(bad_lines) else rejected
    outcome = FileOutcome(relative, kind, "ingested", rows_read=len(read.frame) + len(bad_lines), rejected=len(rejected))
    with transaction(conn):
        if len(validated_kept):
            outcome.new, outcome.updated, outcome.unchanged = _upsert(conn, kind, validated_kept, relative)
        conn.execute("DELETE FROM quarantine WHERE file = ? AND row IS NOT NULL", [relative])
        conn.execute("DELETE FROM quarantine WHERE file = ? AND row IS NULL", [relative])
        _insert_quarantine(conn, kind, relative, rejected)
        conn.execute(
            """
            INSERT OR REPLACE INTO ingested_files
            (file, kind, sha256, size_bytes, rows_read, rows_kept, rows_rejected, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, now())
            """,
            [relative, kind, sha, path.stat().st_size, outcome.rows_read, len(validated_kept), len(rejected)],
        )
    return outcome


def _table_for(kind: str) -> str:
    return "interactions" if kind in INTERACTION_KINDS else kind


def _upsert(conn, kind: str, kept: pd.DataFrame, relative: str) -> tuple[int, int, int]:
    """Insert new rows, replace changed ones, leave identical ones alone. Returns (new, updated, unchanged)."""
    table = _table_for(kind)
    id_column = ID_COLUMN[kind]
    batch = kept.copy()
    batch["source_file"] = relative
    if table == "interactions":
        batch["kind"] = kind
        for column in INTERACTION_COLUMNS:
            if column not in batch.columns:
                batch[column] = None
        columns = ["kind", *INTERACTION_COLUMNS]
        key_match = "t.kind = b.kind AND t.interaction_id = b.interaction_id"
    else:
        columns = [c.name for c in TABLES[kind]]
        key_match = f"t.{id_column} = b.{id_column}"
    columns += ["extra", "source_file", "source_row", "content_hash"]
    conn.register("ingest_batch", batch[columns])
    try:
        existing = conn.execute(
            f"""
            SELECT count(*) FILTER (WHERE t.content_hash = b.content_hash),
                   count(*) FILTER (WHERE t.content_hash <> b.content_hash)
            FROM ingest_batch b JOIN {table} t ON {key_match}
            """
        ).fetchone()
        unchanged, updated = int(existing[0]), int(existing[1])
        select = ", ".join(f"b.{c}" for c in columns)
        conn.execute(
            f"""
            INSERT OR REPLACE INTO {table} ({", ".join(columns)}, ingested_at)
            SELECT {select}, now() FROM ingest_batch b
            WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE {key_match} AND t.content_hash = b.content_hash)
            """
        )
    finally:
        conn.unregister("ingest_batch")
    return len(batch) - unchanged - updated, updated, unchanged


def _entry_key(kind: str, file: str, row, reason: str) -> str:
    return hashlib.sha1(f"{kind}\x1f{file}\x1f{row}\x1f{reason}".encode("utf-8")).hexdigest()


def _insert_quarantine(conn, kind: str, relative: str, rejected: pd.DataFrame) -> None:
    if rejected.empty:
        return
    rows = [
        (_entry_key(kind, relative, int(r.row), r.reason), kind, relative, int(r.row), r.reason, r.raw)
        for r in rejected.itertuples(index=False)
    ]
    conn.executemany(
        """
        INSERT INTO quarantine (entry_key, kind, file, row, reason, raw, first_seen, last_seen)
        VALUES (?, ?, ?, ?, ?, ?, now(), now())
        ON CONFLICT (entry_key) DO UPDATE SET last_seen = now()
        """,
        rows,
    )


def _record_unreadable(conn, kind: str, relative: str, reason: str) -> None:
    conn.execute(
        """
        INSERT INTO quarantine (entry_key, kind, file, row, reason, raw, first_seen, last_seen)
        VALUES (?, ?, ?, NULL, ?, NULL, now(), now())
        ON CONFLICT (entry_key) DO UPDATE SET last_seen = now()
        """,
        [_entry_key(kind, relative, None, reason), kind, relative, reason],
    )
