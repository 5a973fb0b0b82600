"""Tracking a pattern after the insurer changed its journey (pure).

The rules, in the words a CX leader would use:

Trend direction. Compare a "before" and an "after" period:
- When a journey change of the alert's journey (journey_changes.journey equals
  the alert's journey_key) went live inside the window, "before" is the
  window's weeks before the change's week and "after" the weeks after it; the
  change's own week is mixed and left out. The change is used only when there
  are at least MIN_WEEKS_BEFORE weeks before it and MIN_WEEKS_AFTER full weeks
  after it; with several changes, the latest one that has them is used.
- Otherwise "after" is the last RECENT_WEEKS weeks and "before" the
  RECENT_WEEKS weeks before them (fewer when the window is shorter).
- Complaints per week are counted per 7 days inside the window, so a week cut
  by the window's edge is not mistaken for a quiet one.
- When the journey's interactions per week are known (interactions whose CRM
  journey tag or detected journey equals the journey), the direction follows
  the complaints per interaction, which a busier or quieter season does not
  move; else it follows the complaints per week.
- after / before >= GROWING_RATIO: "growing"; <= FADING_RATIO: "fading";
  in between: "stable". Nothing before and something after is "growing";
  nothing in either is "stable".

Settled after a change. A full week is below the pattern's thresholds when, at
that week's pace, the whole window would hold fewer complaints than
min_complaints (count × window_days / 7 < min_complaints). A pattern is
settled when the last `resolve_after_weeks` full weeks, all after a change of
its journey and all after the week its alert was raised in, are each below
that pace, and the week in progress has not already reached it. A settled
pattern's alert is resolved; it reopens when the pattern is back above its
thresholds and no longer settled.

Quiet weeks from before the alert was raised settle nothing: a pattern that
passes every threshold over the window and is seen for the first time is
raised for review even when its last weeks after a change were quiet (its
trend says so), because whether the change fixed it is the reviewer's call,
not Continuity's. (A first run on an inbox holding months of history sees
every pattern at once, and a re-run with the same --as-of leaves its alerts
as the first run left them: their weeks all come before first_as_of.)
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from alerts.build import iso_week

Direction = Literal["growing", "stable", "fading"]

GROWING_RATIO = 1.25
FADING_RATIO = 0.75
MIN_WEEKS_BEFORE = 2
MIN_WEEKS_AFTER = 2
RECENT_WEEKS = 4


def journey_slug(journey: str | None) -> str:
    """'Policy change', 'policy-change' and 'policy_change' are one journey."""
    return re.sub(r"[\s\-]+", "_", (journey or "").strip().lower())


def window_of(payload: dict) -> tuple[date, date]:
    """(first day, last day) of the alert's window."""
    window = payload.get("window") or {}
    end = date.fromisoformat(window.get("end") or payload["as_of"])
    start = date.fromisoformat(window["start"]) if window.get("start") else end - timedelta(days=6)
    return start, end


def days_per_week(start: date, end: date) -> dict[str, int]:
    """Days of each ISO week that fall inside [start, end], oldest week first."""
    days: dict[str, int] = {}
    day = start
    while day <= end:
        week = iso_week(day)
        days[week] = days.get(week, 0) + 1
        day += timedelta(days=1)
    return days


def changes_in_window(changes: list[dict], journey_key: str | None, start: date, end: date) -> list[dict]:
    """The changes of this journey that went live inside [start, end], oldest first.

    changes: dicts with change_id, changed_at (date or ISO string), journey, description."""
    slug = journey_slug(journey_key)
    found = []
    for change in changes:
        changed_at = as_date(change["changed_at"])
        if slug and journey_slug(change.get("journey")) == slug and start <= changed_at <= end:
            found.append({**change, "changed_at": changed_at})
    return sorted(found, key=lambda c: (c["changed_at"], str(c["change_id"])))


def as_date(value) -> date:
    """A date from a date, a datetime or an ISO string."""
    if isinstance(value, date):
        return value if type(value) is date else value.date()
    return date.fromisoformat(str(value)[:10])


def direction_of(before: float | None, after: float | None) -> Direction:
    """growing / stable / fading from a before and an after level (see the module rules)."""
    if before is None or after is None:
        return "stable"
    if before == 0:
        return "growing" if after > 0 else "stable"
    ratio = after / before
    if ratio >= GROWING_RATIO:
        return "growing"
    if ratio <= FADING_RATIO:
        return "fading"
    return "stable"


def _period(weeks: list[str], counts: dict[str, int], days: dict[str, int], interactions: dict[str, int] | None):
    complaints = sum(counts.get(w, 0) for w in weeks)
    span_days = sum(days.get(w, 0) for w in weeks)
    per_week = complaints / (span_days / 7) if span_days else None
    volume = sum(interactions.get(w, 0) for w in weeks) if interactions is not None else None
    rate = complaints / volume if volume else None
    return complaints, per_week, rate


def _fmt_rate(rate: float | None) -> str:
    return f"{rate:.1%}" if rate is not None else "n/a"


def trend(
    weekly_counts: list[dict],
    start: date,
    end: date,
    changes: list[dict],
    interactions_per_week: dict[str, int] | None = None,
    journey_key: str | None = None,
) -> dict:
    """The pattern's trend.

    weekly_counts: [{"week", "count"}] over the window; changes: this journey's
    changes inside the window (changes_in_window); interactions_per_week:
    {week: interactions of the journey} or None when unknown.
    Returns {direction, before_per_week, after_per_week, before_rate_per_interaction,
    after_rate_per_interaction, change_id, changed_at, basis ('change' | 'recent'),
    weeks_before, weeks_after, reason}.
    """
    counts = {c["week"]: int(c["count"]) for c in weekly_counts}
    days = days_per_week(start, end)
    weeks = [w for w in days if w in counts] or list(days)
    chosen, before_weeks, after_weeks, note = None, [], [], ""
    for change in sorted(changes, key=lambda c: c["changed_at"], reverse=True):
        change_week = iso_week(change["changed_at"])
        before = [w for w in weeks if w < change_week]
        after = [w for w in weeks if w > change_week]
        full_after = [w for w in after if days.get(w) == 7]
        if len(before) >= MIN_WEEKS_BEFORE and len(full_after) >= MIN_WEEKS_AFTER:
            chosen, before_weeks, after_weeks = change, before, after
            break
        if not note:
            note = (
                f"change {change['change_id']} on {change['changed_at'].isoformat()} is too "
                + ("recent" if len(full_after) < MIN_WEEKS_AFTER else "early in the window")
                + f" to judge ({len(before)} weeks before, {len(full_after)} full weeks after; "
                f"need {MIN_WEEKS_BEFORE} and {MIN_WEEKS_AFTER}); "
            )
    if chosen is None:
        span = min(RECENT_WEEKS, len(weeks) // 2)
        after_weeks = weeks[-span:] if span else []
        before_weeks = weeks[-2 * span : -span] if span else []
    _, before_per_week, before_rate = _period(before_weeks, counts, days, interactions_per_week)
    _, after_per_week, after_rate = _period(after_weeks, counts, days, interactions_per_week)
    use_rate = before_rate is not None and after_rate is not None
    direction = direction_of(*((before_rate, after_rate) if use_rate else (before_per_week, after_per_week)))
    journey = f"{journey_key} " if journey_key else ""
    if not before_weeks:
        reason = note + "too few weeks in the window to compare: stable"
    elif chosen is not None:
        reason = (
            f"after {chosen['change_id']} on {chosen['changed_at'].isoformat()} ({chosen.get('description', '')}): "
            f"{after_per_week:.1f} complaints a week vs {before_per_week:.1f} before"
        )
    else:
        reason = note + (
            f"last {len(after_weeks)} weeks: {after_per_week:.1f} complaints a week vs "
            f"{before_per_week:.1f} in the {len(before_weeks)} weeks before"
        )
    if before_weeks:
        if use_rate:
            reason += f" ({_fmt_rate(after_rate)} vs {_fmt_rate(before_rate)} of {journey}interactions)"
        reason += f": {direction}"
    return {
        "direction": direction,
        "before_per_week": round(before_per_week, 2) if before_per_week is not None else None,
        "after_per_week": round(after_per_week, 2) if after_per_week is not None else None,
        "before_rate_per_interaction": round(before_rate, 4) if before_rate is not None else None,
        "after_rate_per_interaction": round(after_rate, 4) if after_rate is not None else None,
        "change_id": chosen["change_id"] if chosen else None,
        "changed_at": chosen["changed_at"].isoformat() if chosen else None,
        "basis": "change" if chosen else "recent",
        "weeks_before": before_weeks,
        "weeks_after": after_weeks,
        "reason": reason,
    }


def settlement(
    weekly_counts: list[dict],
    start: date,
    end: date,
    changes: list[dict],
    min_complaints: int,
    resolve_after_weeks: int,
    raised_on: date | None = None,
) -> dict:
    """Whether the pattern has stayed below its thresholds for
    `resolve_after_weeks` full weeks after a change (see the module rules).

    raised_on: the day its alert was first raised (the run's as-of for a
    pattern that has none yet); the weeks judged must all come after that
    day's week. None: no such condition (a pattern judged on its counts alone).
    Returns {settled: bool, change_id, weeks: [the weeks judged], reason}."""
    counts = {c["week"]: int(c["count"]) for c in weekly_counts}
    days = days_per_week(start, end)
    window_days = sum(days.values())
    pace = min_complaints * 7 / window_days
    full_weeks = [w for w, n in days.items() if n == 7]
    in_progress = [w for w, n in list(days.items())[-1:] if n < 7]
    for change in sorted(changes, key=lambda c: c["changed_at"], reverse=True):
        change_week = iso_week(change["changed_at"])
        after = [w for w in full_weeks if w > change_week]
        if len(after) < resolve_after_weeks:
            continue
        judged = after[-resolve_after_weeks:]
        weekly = [counts.get(w, 0) for w in judged]
        current = counts.get(in_progress[0], 0) if in_progress else 0
        quiet = all(n < pace for n in weekly) and current < pace
        seen = raised_on is None or judged[0] > iso_week(raised_on)
        settled = quiet and seen
        where = f"{change['change_id']} on {change['changed_at'].isoformat()}"
        below = (
            f"below its thresholds for {resolve_after_weeks} full weeks after {where}: "
            f"{', '.join(map(str, weekly))} complaints a week, under the {pace:.2f} a week that "
            f"min_complaints {min_complaints} over {window_days} days needs"
        )
        if settled:
            reason = below
        elif quiet:
            reason = (
                f"{below}; but those weeks came before its alert was raised on {raised_on.isoformat()}, so "
                f"whether {change['change_id']} fixed it is for the reviewer (it resolves by itself after "
                f"{resolve_after_weeks} full weeks below them once raised)"
            )
        else:
            reason = (
                f"not yet settled after {where}: {', '.join(map(str, weekly))} complaints in the last "
                f"{resolve_after_weeks} full weeks" + (f" and {current} this week" if in_progress else "")
                + f" (below the thresholds means under {pace:.2f} a week)"
            )
        return {"settled": settled, "change_id": change["change_id"], "weeks": judged, "reason": reason}
    return {"settled": False, "change_id": None, "weeks": [], "reason": None}


def track(
    payload: dict,
    all_changes: list[dict],
    interactions_per_week: dict[str, int] | None,
    *,
    min_complaints: int,
    resolve_after_weeks: int,
    raised_on: date | None = None,
) -> dict:
    """journey_changes, trend and settlement of one alert payload (from
    alerts.build.build_alert: journey_key, weekly_counts, window, as_of);
    raised_on: when its alert was first raised (see settlement).

    Returns {"journey_changes": [{change_id, changed_at, description}],
    "trend": {... see trend(), plus settled and settled_reason}, "settled": bool}."""
    start, end = window_of(payload)
    changes = changes_in_window(all_changes, payload.get("journey_key"), start, end)
    counts = payload.get("weekly_counts") or []
    result = trend(counts, start, end, changes, interactions_per_week, payload.get("journey_key"))
    settled = settlement(counts, start, end, changes, min_complaints, resolve_after_weeks, raised_on)
    result["settled"] = settled["settled"]
    result["settled_reason"] = settled["reason"]
    return {
        "journey_changes": [
            {"change_id": c["change_id"], "changed_at": c["changed_at"].isoformat(), "description": c.get("description")}
            for c in changes
        ],
        "trend": result,
        "settled": settled["settled"],
    }
