"""The app's charts (altair), built from plain lists and DataFrames (pure)."""

from __future__ import annotations

from datetime import date

import altair as alt
import pandas as pd

PERIOD_COLOURS = {"before": "#8d99ae", "after": "#1c64f2", "other": "#d5dbe3"}
KIND_ORDER = ["calls", "chats", "tickets", "surveys", "reviews"]


def _week_start(week: str) -> date:
    return date.fromisocalendar(int(week[:4]), int(week[6:]), 1)


def trend_frame(weekly_counts: list[dict], trend: dict | None) -> pd.DataFrame:
    """Columns week, week_start (Monday), complaints, period ('before' | 'after' | 'other'):
    the weeks the trend compared are marked as such."""
    before = set((trend or {}).get("weeks_before") or [])
    after = set((trend or {}).get("weeks_after") or [])
    rows = [
        {
            "week": c["week"], "week_start": pd.Timestamp(_week_start(c["week"])), "complaints": int(c["count"]),
            "period": "before" if c["week"] in before else "after" if c["week"] in after else "other",
        }
        for c in weekly_counts or []
    ]
    return pd.DataFrame(rows, columns=["week", "week_start", "complaints", "period"])


def trend_chart(weekly_counts: list[dict], journey_changes: list[dict], trend: dict | None) -> alt.LayerChart:
    """Complaints per week as bars, the trend's before and after weeks coloured,
    each journey change as a dashed rule labelled with its id."""
    frame = trend_frame(weekly_counts, trend)
    bars = (
        alt.Chart(frame)
        .mark_bar(size=14, cornerRadiusTopLeft=2, cornerRadiusTopRight=2)
        .encode(
            x=alt.X("week_start:T", title="Week starting", axis=alt.Axis(format="%d %b", labelAngle=0)),
            y=alt.Y("complaints:Q", title="Complaints"),
            color=alt.Color(
                "period:N", title="Compared",
                scale=alt.Scale(domain=list(PERIOD_COLOURS), range=list(PERIOD_COLOURS.values())),
            ),
            tooltip=[alt.Tooltip("week:N", title="Week"), alt.Tooltip("complaints:Q", title="Complaints"),
                     alt.Tooltip("period:N", title="Period")],
        )
    )
    layers: list = [bars]
    changes = pd.DataFrame(
        [{"changed_at": pd.Timestamp(str(c["changed_at"])[:10]), "change_id": str(c.get("change_id")),
          "description": str(c.get("description") or "")} for c in journey_changes or []],
        columns=["changed_at", "change_id", "description"],
    )
    if len(changes):
        rule = alt.Chart(changes).mark_rule(color="#1c7ed6", strokeDash=[6, 4], strokeWidth=2).encode(
            x="changed_at:T",
            tooltip=[alt.Tooltip("change_id:N", title="Journey change"), alt.Tooltip("changed_at:T", title="Live from"),
                     alt.Tooltip("description:N", title="What changed")],
        )
        label = alt.Chart(changes).mark_text(align="left", dx=4, dy=-4, color="#1c7ed6", fontWeight="bold").encode(
            x="changed_at:T", y=alt.value(8), text="change_id:N",
        )
        layers += [rule, label]
    return alt.layer(*layers).properties(height=260)


def lines_chart(lines: pd.DataFrame) -> alt.Chart:
    """Active premium per line of business, households in the tooltip.
    lines: columns line_of_business, households, active_premium."""
    return (
        alt.Chart(lines)
        .mark_bar(color="#5c7cfa", size=22)
        .encode(
            y=alt.Y("line_of_business:N", title=None, sort="-x"),
            x=alt.X("active_premium:Q", title="Active premium of affected households"),
            tooltip=[alt.Tooltip("line_of_business:N", title="Line"), alt.Tooltip("households:Q", title="Households"),
                     alt.Tooltip("active_premium:Q", title="Premium", format=",.2f")],
        )
        .properties(height=50 + 34 * len(lines))
    )


def coverage_chart(weekly: pd.DataFrame, journey_changes: list[dict] | None = None) -> alt.LayerChart:
    """Interactions ingested per kind per ISO week (lines), journey changes as rules.
    weekly: ingest.coverage.coverage_rows columns (kind, week, rows, ...)."""
    frame = weekly[weekly["kind"].isin(KIND_ORDER)].copy()
    frame["week_start"] = [pd.Timestamp(_week_start(w)) for w in frame["week"]]
    lines = (
        alt.Chart(frame)
        .mark_line(point=True)
        .encode(
            x=alt.X("week_start:T", title="Week starting", axis=alt.Axis(format="%d %b", labelAngle=0)),
            y=alt.Y("rows:Q", title="Rows ingested"),
            color=alt.Color("kind:N", title="Kind", sort=KIND_ORDER),
            tooltip=[alt.Tooltip("kind:N", title="Kind"), alt.Tooltip("week:N", title="Week"),
                     alt.Tooltip("rows:Q", title="Rows"), alt.Tooltip("linked_rows:Q", title="Linked to a policy")],
        )
    )
    layers: list = [lines]
    if journey_changes:
        changes = pd.DataFrame([
            {"changed_at": pd.Timestamp(str(c["changed_at"])[:10]), "change_id": str(c["change_id"]),
             "description": str(c.get("description") or "")} for c in journey_changes
        ])
        layers.append(alt.Chart(changes).mark_rule(color="#868e96", strokeDash=[4, 4]).encode(
            x="changed_at:T", tooltip=["change_id:N", "description:N"],
        ))
    return alt.layer(*layers).properties(height=300)
