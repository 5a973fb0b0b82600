"""What has been ingested, per kind and per ISO week (`continuity sources`)."""

from __future__ import annotations

import duckdb
import pandas as pd

from ingest.schema import INGEST_ORDER, INTERACTION_KINDS

# The date that places a row of each kind in a week.
_DATED = {"policies": "renewal_date", "journey_changes": "changed_at"}


def coverage_rows(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Rows per kind and ISO week: columns kind, week, rows, linked_rows, first, last."""
    parts = [
        """
        SELECT i.kind, strftime(i.occurred_at, '%G-W%V') AS week, count(*) AS rows,
               count(p.policy_id) AS linked_rows, min(i.occurred_at)::DATE AS first, max(i.occurred_at)::DATE AS last
        FROM interactions i LEFT JOIN policies p ON p.policy_id = i.policy_id
        GROUP BY 1, 2
        """,
        """
        SELECT 'policies', strftime(renewal_date, '%G-W%V'), count(*), count(*), min(renewal_date), max(renewal_date)
        FROM policies GROUP BY 2
        """,
        """
        SELECT 'journey_changes', strftime(changed_at, '%G-W%V'), count(*), 0, min(changed_at), max(changed_at)
        FROM journey_changes GROUP BY 2
        """,
    ]
    return conn.execute(" UNION ALL ".join(parts) + " ORDER BY 1, 2").df()


def summarise(weekly: pd.DataFrame, household_rows: int, thin_share: float) -> list[dict]:
    """One object per kind, in the contract's shape (section 3, sources).

    A kind is thin where it has no rows, or where a week inside its span has
    fewer rows than `thin_share` of its median week.
    """
    out = []
    for kind in INGEST_ORDER:
        if kind == "households":
            out.append({
                "kind": kind, "rows": household_rows, "linked_rows": household_rows, "first": None, "last": None,
                "weekly": [], "warning": None if household_rows else "no households ingested: exposure cannot be computed",
            })
            continue
        own = weekly[weekly["kind"] == kind]
        rows = int(own["rows"].sum()) if len(own) else 0
        entry = {
            "kind": kind,
            "rows": rows,
            "linked_rows": int(own["linked_rows"].sum()) if len(own) else 0,
            "first": _day(own["first"].min()) if len(own) else None,
            "last": _day(own["last"].max()) if len(own) else None,
            "weekly": [{"week": w, "rows": int(r)} for w, r in zip(own["week"], own["rows"])],
            "warning": None,
        }
        if rows == 0 and kind in INTERACTION_KINDS + ("policies",):
            entry["warning"] = f"no {kind} ingested: complaints from this channel cannot be seen"
        elif kind in INTERACTION_KINDS and len(own) >= 3:
            all_weeks = _weeks_between(own["week"].min(), own["week"].max())
            counts = dict(zip(own["week"], own["rows"]))
            median = float(pd.Series([counts.get(w, 0) for w in all_weeks]).median())
            thin = [w for w in all_weeks if counts.get(w, 0) < thin_share * median]
            if thin:
                entry["warning"] = (
                    f"thin coverage: {len(thin)} week(s) with under {thin_share:.0%} of the median "
                    f"{median:.0f} rows a week ({', '.join(thin[:5])}{', …' if len(thin) > 5 else ''})"
                )
        elif kind in INTERACTION_KINDS and 0 < len(own) < 3:
            entry["warning"] = f"thin coverage: {kind} span only {len(own)} week(s)"
        out.append(entry)
    return out


def _day(value) -> str:
    """A date as YYYY-MM-DD (the frame may hold it as a date or a midnight timestamp)."""
    return pd.Timestamp(value).date().isoformat()


def _weeks_between(first: str, last: str) -> list[str]:
    start = pd.Timestamp.fromisocalendar(int(first[:4]), int(first[6:]), 1)
    end = pd.Timestamp.fromisocalendar(int(last[:4]), int(last[6:]), 1)
    weeks = []
    while start <= end:
        year, week, _ = start.isocalendar()
        weeks.append(f"{year}-W{week:02d}")
        start += pd.Timedelta(days=7)
    return weeks
