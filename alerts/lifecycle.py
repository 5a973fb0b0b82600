"""Alert statuses and the transitions between them (pure).

pending_review -> approved -> routed, and held, dismissed, resolved. Every
transition is recorded with who, when and why by the store.
"""

from __future__ import annotations

from typing import Literal

Status = Literal["pending_review", "held", "approved", "routed", "dismissed", "resolved"]
Decision = Literal["approve", "hold", "dismiss"]

STATUSES: tuple[str, ...] = ("pending_review", "held", "approved", "routed", "dismissed", "resolved")
SYSTEM_ACTOR = "continuity"

DECISION_TARGET: dict[str, str] = {"approve": "approved", "hold": "held", "dismiss": "dismissed"}

# Which reviewer decisions each status accepts.
ALLOWED_DECISIONS: dict[str, tuple[str, ...]] = {
    "pending_review": ("approve", "hold", "dismiss"),
    "held": ("approve", "dismiss"),
    "approved": ("hold", "dismiss"),
    "routed": ("dismiss",),
    "dismissed": ("approve", "hold"),
    "resolved": (),
}


class TransitionError(ValueError):
    """A decision that the alert's current status does not allow."""


def decide(alert_id: str, status: str, decision: str) -> str:
    """The status after a reviewer's decision, or TransitionError with the reason."""
    if decision not in DECISION_TARGET:
        raise TransitionError(f"unknown decision '{decision}': use approve, hold or dismiss")
    allowed = ALLOWED_DECISIONS.get(status, ())
    if decision not in allowed:
        options = ", ".join(allowed) if allowed else "none"
        raise TransitionError(f"alert {alert_id} is {status}: cannot {decision} it (allowed: {options})")
    return DECISION_TARGET[decision]


def status_after_run(
    status: str | None,
    *,
    passes: bool,
    complaint_count: int,
    count_when_dismissed: int | None,
    regrowth_factor: float,
    require_review: bool,
) -> tuple[str | None, str | None]:
    """What a flow run does to an alert: (new status or None for no change, reason).

    A new pattern that passes every threshold is raised; a dismissed one comes
    back only when it grew materially; a resolved one reopens when it passes
    again; held, approved and routed alerts keep their status.
    """
    if status is None:
        if not passes:
            return None, None
        if require_review:
            return "pending_review", "raised: every threshold passed"
        return "approved", "raised and approved: human review is not required"
    if not passes:
        return None, None
    if status == "dismissed":
        baseline = max(count_when_dismissed or 0, 1)
        if complaint_count >= regrowth_factor * baseline:
            return (
                "pending_review",
                f"reopened: grew materially from {baseline} to {complaint_count} complaints since it was dismissed",
            )
        return None, None
    if status == "resolved":
        return "pending_review", "reopened: the pattern is back above its thresholds"
    return None, None
