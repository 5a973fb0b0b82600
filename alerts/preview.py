"""What new thresholds would do to the alerts, without changing anything (pure).

The latest run's patterns (alerting or not) are re-gated with
alerts.build.evaluate under the new settings' thresholds (per journey), and
compared with the alerts' current statuses:

- appear: would alert, and is not an alert today (a new pattern, or a resolved
  alert that would reopen);
- disappear: an alert today (pending_review, held, approved or routed) that
  would no longer pass the thresholds;
- stay: an alert today that would still pass.

A dismissed alert is a reviewer's decision that thresholds alone do not undo,
so it is in none of the three lists (it is counted as `dismissed`). Only the
thresholds (and review.resolve_after_weeks) are previewed: the window, the
clustering and the exposure are those of the latest run.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from alerts.build import evaluate
from alerts.tracking import as_date, settlement, window_of
from continuity.config import Settings

ALERTING_STATUSES: tuple[str, ...] = ("pending_review", "held", "approved", "routed")


def _would_alert(pattern: dict, settings: Settings, raised_on: date | None) -> tuple[bool, list[str], list[str]]:
    """raised_on: when the pattern's alert was first raised (None: it has none, so it is judged
    as a run would judge a pattern seen for the first time: quiet weeks settle nothing)."""
    thresholds = settings.thresholds.for_journey(pattern.get("journey_key"))
    gate = evaluate(
        int(pattern["complaint_count"]),
        pattern.get("weekly_counts") or [],
        float(pattern.get("consistency") or 0.0),
        Decimal(str(pattern.get("premium_exposure") or 0)),
        thresholds,
    )
    failed = list(gate.reasons)
    if gate.state == "alert" and pattern.get("journey_changes"):
        start, end = window_of(pattern)
        # The payload's journey_changes are already those of its journey inside its window.
        changes = [{**c, "changed_at": as_date(c["changed_at"])} for c in pattern["journey_changes"]]
        settled = settlement(
            pattern.get("weekly_counts") or [], start, end, changes,
            thresholds.min_complaints, settings.review.resolve_after_weeks, raised_on or end,
        )
        if settled["settled"]:
            failed.append(f"settled after a journey change: {settled['reason']}")
    return not failed, gate.passed, failed


def _entry(pattern: dict, status: str | None, passed: list[str], failed: list[str]) -> dict:
    return {
        "alert_id": pattern["alert_id"],
        "journey": pattern.get("journey"),
        "journey_key": pattern.get("journey_key"),
        "complaint_count": pattern.get("complaint_count"),
        "premium_exposure": pattern.get("premium_exposure"),
        "current_status": status,
        "passed": passed,
        "failed": failed,
    }


def preview_thresholds(patterns: list[dict], alerts: list[dict], settings: Settings) -> dict:
    """Which alerts would appear, disappear or stay under `settings`' thresholds.

    patterns: the latest run's pattern payloads (alert_id, journey_key,
    complaint_count, weekly_counts, consistency, premium_exposure, and
    optionally window/as_of/journey_changes); alerts: {alert_id, status, and
    optionally first_as_of (when it was first raised)} of the current alerts.
    Returns {"appear": [...], "disappear": [...], "stay": [...],
    "dismissed": n, "quiet": n} where each entry has alert_id, journey,
    journey_key, complaint_count, premium_exposure, current_status, passed and
    failed (the threshold checks under the new settings)."""
    status_of = {a["alert_id"]: a["status"] for a in alerts}
    raised_on = {a["alert_id"]: as_date(a["first_as_of"]) for a in alerts if a.get("first_as_of")}
    result: dict = {"appear": [], "disappear": [], "stay": [], "dismissed": 0, "quiet": 0}
    for pattern in sorted(patterns, key=lambda p: (-float(p.get("premium_exposure") or 0), p["alert_id"])):
        status = status_of.get(pattern["alert_id"])
        would, passed, failed = _would_alert(pattern, settings, raised_on.get(pattern["alert_id"]))
        entry = _entry(pattern, status, passed, failed)
        if status == "dismissed":
            result["dismissed"] += 1
        elif status in ALERTING_STATUSES:
            result["stay" if would else "disappear"].append(entry)
        elif would:
            result["appear"].append(entry)
        else:
            result["quiet"] += 1
    return result
