"""Small display helpers shared by the pages (labels, badges, numbers)."""

from __future__ import annotations

STATUS_ORDER = {"pending_review": 0, "held": 1, "approved": 2, "routed": 3, "resolved": 4, "dismissed": 5}
STATUS_LABEL = {
    "pending_review": "Pending review", "held": "Held", "approved": "Approved", "routed": "Routed",
    "dismissed": "Dismissed", "resolved": "Resolved",
}
STATUS_COLOUR = {
    "pending_review": "orange", "held": "violet", "approved": "blue", "routed": "green",
    "dismissed": "gray", "resolved": "green",
}
TREND = {"growing": ("↑", "growing", "red"), "stable": ("→", "stable", "gray"), "fading": ("↓", "fading", "green")}
SIGNAL = {"strong": "●●●", "moderate": "●●○", "weak": "●○○"}


def status_label(status: str | None) -> str:
    return STATUS_LABEL.get(status or "", status or "unknown")


def status_badge(status: str | None) -> str:
    """Markdown badge for a status, e.g. ':orange-badge[Pending review]'."""
    return f":{STATUS_COLOUR.get(status or '', 'gray')}-badge[{status_label(status)}]"


def trend_arrow(alert: dict) -> str | None:
    """'↑ growing', '→ stable' or '↓ fading' from alert['trend']['direction'], None when unknown."""
    direction = (alert.get("trend") or {}).get("direction")
    if direction not in TREND:
        return None
    arrow, word, _ = TREND[direction]
    return f"{arrow} {word}"


def trend_badge(alert: dict) -> str:
    direction = (alert.get("trend") or {}).get("direction")
    if direction not in TREND:
        return ":gray-badge[no trend yet]"
    arrow, word, colour = TREND[direction]
    return f":{colour}-badge[{arrow} {word}]"


def signal_text(alert: dict) -> str:
    """'●●○ moderate' from alert['signal_strength']['level']."""
    level = (alert.get("signal_strength") or {}).get("level") or "unknown"
    return f"{SIGNAL.get(level, '○○○')} {level}"


def signal_badge(alert: dict) -> str:
    """Markdown badge: ':blue-badge[●●○ moderate signal]'."""
    return f":blue-badge[{signal_text(alert)} signal]"


def plural(count: int, word: str) -> str:
    """'1 household', '10 households'."""
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def money(value) -> str:
    """A premium for a headline: 12,500 (the book's currency, no symbol)."""
    return f"{float(value or 0):,.0f}"


def handoff_text(alert: dict) -> str:
    handoff = alert.get("handoff") or {}
    return f"{handoff.get('from') or 'unknown'} → {handoff.get('to') or 'unknown'}"


def alert_option(alert: dict) -> str:
    """One line that names an alert in a picker."""
    return f"{alert.get('journey') or alert.get('journey_key')} · {status_label(alert.get('status'))} · {alert['alert_id']}"


def sort_for_review(alerts: list[dict]) -> list[dict]:
    """Pending review first, then held, approved, routed, resolved, dismissed; most premium first within each."""
    return sorted(alerts, key=lambda a: (STATUS_ORDER.get(a["status"], 9), -float(a.get("premium_exposure") or 0),
                                         a["alert_id"]))
