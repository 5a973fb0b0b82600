"""Reading one inbox file (CSV, JSONL or Parquet) into a DataFrame with a 1-based `_row`.

A file that cannot be read at all raises UnreadableFile with the reason; a
JSONL line that is not a JSON object is returned as a bad line, and the rest
of the file is kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ingest.validate import ROW


class UnreadableFile(ValueError):
    """The file as a whole cannot be read (wrong format, corrupt, not UTF-8)."""


@dataclass
class ReadResult:
    frame: pd.DataFrame
    bad_lines: list[tuple[int, str, str]] = field(default_factory=list)  # (row, reason, raw)


def read_file(path: Path) -> ReadResult:
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return ReadResult(_read_csv(path))
        if suffix == ".jsonl":
            return _read_jsonl(path)
        if suffix == ".parquet":
            return ReadResult(_read_parquet(path))
    except UnreadableFile:
        raise
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except Exception as exc:  # any parser failure means the file as a whole is unreadable
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        message = message.replace(f"'{path}'", "").replace(str(path), path.name).replace("  ", " ")
        raise UnreadableFile(f"cannot be read as {suffix[1:]}: {message}") from exc
    raise UnreadableFile(f"unsupported file type '{suffix}': use .csv, .jsonl or .parquet")


def _numbered(frame: pd.DataFrame, rows: list[int] | None = None) -> pd.DataFrame:
    frame = frame.copy()
    frame[ROW] = rows if rows is not None else range(1, len(frame) + 1)
    return frame


def _read_csv(path: Path) -> pd.DataFrame:
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        frame = pd.read_csv(handle, dtype=str, keep_default_na=False, na_values=[], skipinitialspace=False)
    if frame.columns.empty:
        raise UnreadableFile("has no header row")
    return _numbered(frame)


def _read_jsonl(path: Path) -> ReadResult:
    records, rows, bad = [], [], []
    with path.open("r", encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            stripped = line.strip()
            if not stripped:
                continue
            try:
                record = json.loads(stripped)
            except json.JSONDecodeError as exc:
                bad.append((number, f"line is not valid JSON: {exc.msg} at column {exc.colno}", stripped[:2000]))
                continue
            if not isinstance(record, dict):
                bad.append((number, f"line is a JSON {type(record).__name__}, not an object", stripped[:2000]))
                continue
            records.append(record)
            rows.append(number)
    frame = pd.DataFrame.from_records(records) if records else pd.DataFrame()
    return ReadResult(_numbered(frame, rows), bad)


def _read_parquet(path: Path) -> pd.DataFrame:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    return _numbered(table.to_pandas())
