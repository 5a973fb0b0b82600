"""Pure validation of one file's rows against the contract's tables.

Takes a DataFrame as read from a file (any dtypes, plus the 1-based `_row`
column) and returns the rows that hold, with canonical columns and types, and
the rows that do not, each with a reason that carries the bad value.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import pandas as pd

from ingest.schema import ID_COLUMN, TABLES, Column

ROW = "_row"
_TRUE = {"true", "t", "yes", "y", "1", "1.0"}
_FALSE = {"false", "f", "no", "n", "0", "0.0", ""}
_MONEY = re.compile(r"^[£$€]?\s*-?(?:\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^-?\d+(\.\d+)?[eE][+-]?\d{1,3}$")


class MissingColumns(ValueError):
    """A file lacks a required column altogether (the whole file is rejected)."""


@dataclass
class Validated:
    kept: pd.DataFrame  # canonical columns + extra (JSON string) + content_hash + source_row
    rejected: pd.DataFrame  # columns: row, reason, raw


def canonical_columns(frame: pd.DataFrame, kind: str, mapping: dict[str, str] | None = None) -> pd.DataFrame:
    """Rename a file's columns to the canonical names: the config's mapping first,
    then a case- and space-insensitive match of the canonical names."""
    mapping = {str(k).strip().lower(): v for k, v in (mapping or {}).items()}
    canonical = {c.name for c in TABLES[kind]}
    renames = {}
    for column in frame.columns:
        if column == ROW:
            continue
        key = str(column).strip().lower()
        if key in mapping:
            renames[column] = mapping[key]
        elif key.replace(" ", "_") in canonical:
            renames[column] = key.replace(" ", "_")
    return frame.rename(columns=renames)


def _as_text(series: pd.Series) -> pd.Series:
    """Values as stripped strings; missing values (None, NaN, '') become None."""

    def one(value):
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return None
        if isinstance(value, (pd.Timestamp,)):
            return value.isoformat()
        text = str(value).strip()
        return text or None

    return series.map(one).astype(object)


def _parse_timestamp(text: pd.Series) -> pd.Series:
    parsed = pd.to_datetime(text, errors="coerce", format="ISO8601", utc=True)
    return parsed.dt.tz_convert(None)


def _parse_integer(text: pd.Series) -> pd.Series:
    numbers = pd.to_numeric(text, errors="coerce")
    whole = numbers.notna() & (numbers == np.floor(numbers.fillna(0)))
    return numbers.where(whole)


def _parse_decimal(text: pd.Series) -> pd.Series:
    """Money as an exact decimal string ('1234.56'; '1.5e3' as '1500'), None where unparseable."""

    def one(value):
        if value is None or not _MONEY.match(value):
            return None
        return format(Decimal(re.sub(r"[£$€,\s]", "", value)), "f")

    return text.map(one).astype(object)


def _parse_boolean(text: pd.Series) -> pd.Series:
    lowered = text.fillna("").str.lower()
    return lowered.map(lambda v: True if v in _TRUE else (False if v in _FALSE else None)).astype(object)


def _describe(column: Column) -> str:
    return {
        "timestamp": "an ISO-8601 timestamp or date",
        "date": "a date (YYYY-MM-DD)",
        "decimal": "a number",
        "boolean": "true or false",
        "integer": "a whole number",
        "number": "a number",
    }.get(column.type, "text")


def content_hash(frame: pd.DataFrame, columns: list[str]) -> pd.Series:
    """sha1 of the row's canonical values and extras: tells a changed row from a repeat."""
    values = [frame[c].tolist() for c in columns]
    hashes = [hashlib.sha1("\x1f".join(map(str, row)).encode("utf-8")).hexdigest() for row in zip(*values)]
    return pd.Series(hashes, index=frame.index, dtype=object)


def validate_rows(
    kind: str,
    frame: pd.DataFrame,
    *,
    known_households: set[str] | None = None,
) -> Validated:
    """Check every row of one file of `kind`.

    frame: columns already canonical (see canonical_columns) plus `_row`.
    known_households: household ids that exist (policies only).
    """
    columns = TABLES[kind]
    missing = [c.name for c in columns if c.required and c.name not in frame.columns]
    if missing:
        raise MissingColumns(
            f"required column(s) {missing} missing; found {[c for c in frame.columns if c != ROW]} "
            f"(map your names under `columns: {{{kind}: {{your_name: canonical_name}}}}` in the config)"
        )

    reasons = pd.Series([[] for _ in range(len(frame))], index=frame.index, dtype=object)
    out = pd.DataFrame(index=frame.index)

    def flag(mask: pd.Series, message) -> None:
        for idx in mask[mask].index:
            reasons[idx].append(message(idx) if callable(message) else message)

    for column in columns:
        raw = _as_text(frame[column.name]) if column.name in frame.columns else pd.Series(None, index=frame.index, dtype=object)
        if column.required:
            flag(raw.isna(), f"{column.name} is missing")
        present = raw.notna()
        if column.type == "string":
            value = raw
        elif column.type in ("timestamp", "date"):
            value = _parse_timestamp(raw)
            if column.type == "date":
                value = value.dt.normalize()
        elif column.type == "decimal":
            value = _parse_decimal(raw)
        elif column.type == "boolean":
            value = _parse_boolean(raw)
        elif column.type == "integer":
            value = _parse_integer(raw)
        else:
            value = pd.to_numeric(raw, errors="coerce")
        bad = present & value.isna()
        name, expected = column.name, _describe(column)
        flag(bad, lambda idx, name=name, expected=expected, raw=raw: f"{name} '{raw[idx]}' is not {expected}")
        out[column.name] = value

    if kind == "policies":
        premium = pd.to_numeric(out["annual_premium"], errors="coerce")
        flag(premium < 0, lambda idx: f"annual_premium '{out.at[idx, 'annual_premium']}' is negative")
        out["status"] = out["status"].fillna("active").str.lower()
        if known_households is not None:
            unknown = out["household_id"].notna() & ~out["household_id"].isin(known_households)
            flag(unknown, lambda idx: f"household_id '{out.at[idx, 'household_id']}' is not a known household")
    if kind == "households":
        out["high_value"] = out["high_value"].where(out["high_value"].notna(), False)

    canonical = {c.name for c in columns}
    extra_columns = [c for c in frame.columns if c not in canonical and c != ROW]
    if extra_columns:
        extras = frame[extra_columns]
        out["extra"] = [
            json.dumps({k: _jsonable(v) for k, v in row.items() if _jsonable(v) is not None}, sort_keys=True)
            for row in extras.to_dict("records")
        ]
    else:
        out["extra"] = None
    out["source_row"] = frame[ROW].astype(int)

    is_bad = reasons.map(bool)
    rejected_idx = is_bad[is_bad].index
    rejected = pd.DataFrame(
        {
            "row": frame.loc[rejected_idx, ROW].astype(int).tolist(),
            "reason": ["; ".join(reasons[i]) for i in rejected_idx],
            "raw": [
                json.dumps({str(k): _jsonable(v) for k, v in r.items() if k != ROW}, sort_keys=True, default=str)
                for r in frame.loc[rejected_idx].to_dict("records")
            ],
        }
    )
    kept = out.loc[~is_bad].copy()
    # The same id twice in one file: the later row is the newer version.
    kept = kept.drop_duplicates(subset=[ID_COLUMN[kind]], keep="last")
    hashed = [c.name for c in columns] + ["extra"]
    kept["content_hash"] = content_hash(kept, hashed)
    return Validated(kept=kept.reset_index(drop=True), rejected=rejected)


def _jsonable(value):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating,)):
        return float(value)
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if isinstance(value, (pd.Timestamp,)):
        return value.isoformat()
    if isinstance(value, (bytes,)):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, (list, dict, str, int, float, bool)):
        return value
    return str(value)
