"""Where an alert goes and what the message says (pure).

Teams and their Apprise URLs come from the config: `routing: {team: [urls]}`;
`journey_routing: {journey_key: [teams]}` limits a journey to some teams, and a
journey that is not listed goes to every team that has URLs. Verbatims are
masked (alerts.masking) before they are put in a message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from alerts.masking import mask_pii
from continuity.config import TEAMS, Settings

EventKind = Literal["alert", "resolved"]
EVENT_KINDS: tuple[str, ...] = ("alert", "resolved")
MIN_VERBATIMS, MAX_VERBATIMS = 3, 5


@dataclass(frozen=True)
class Destination:
    team: str
    url: str


@dataclass(frozen=True)
class Message:
    title: str
    body: str


def _team_order(team: str) -> tuple[int, str]:
    return (TEAMS.index(team) if team in TEAMS else len(TEAMS), team)


def teams_for_journey(journey_key: str | None, settings: Settings) -> list[str]:
    """Teams that receive alerts of this journey: the configured teams with at
    least one URL, limited to journey_routing[journey_key] when it is listed."""
    configured = [team for team, urls in settings.routing.items() if urls]
    allowed = settings.journey_routing.get(journey_key or "")
    if allowed is not None:
        configured = [team for team in configured if team in allowed]
    return sorted(configured, key=_team_order)


def destinations(alert: dict, settings: Settings) -> list[Destination]:
    """Every (team, url) the alert is delivered to, teams in the order
    operations, digital, retention, then any other; URLs in config order,
    each URL once per team."""
    found: list[Destination] = []
    for team in teams_for_journey(alert.get("journey_key"), settings):
        for url in dict.fromkeys(settings.routing[team]):
            found.append(Destination(team, url))
    return found


def alert_link(alert_id: str, base_url: str) -> str:
    """The review app's page of one alert."""
    return f"{base_url.rstrip('/')}/?alert={alert_id}"


def _money(value) -> str:
    return f"{float(value or 0):,.2f}"


def _handoff(alert: dict) -> str:
    handoff = alert.get("handoff") or {}
    return f"{handoff.get('from') or 'unknown'} → {handoff.get('to') or 'unknown'}"


def masked_verbatims(alert: dict, limit: int = MAX_VERBATIMS) -> list[dict]:
    """Up to `limit` verbatims {interaction_id, kind, text} with personal data masked."""
    return [
        {"interaction_id": v.get("interaction_id"), "kind": v.get("kind"), "text": mask_pii(v.get("text"))}
        for v in (alert.get("verbatims") or [])[:limit]
    ]


def compose_alert_message(alert: dict, base_url: str) -> Message:
    """The message teams receive when an alert is approved.

    alert: the payload of alerts.build.build_alert (plus alert_id). The body
    names the journey, the handoff, where customers get stuck, the exposure
    (households, high-value households, premium, renewal window), 3 to 5
    masked verbatims, the recommended fix and a link to the alert."""
    alert_id = alert["alert_id"]
    title = f"Continuity alert: {alert.get('journey') or alert.get('journey_key') or alert_id}"
    lines = [
        f"Journey: {alert.get('journey') or alert.get('journey_key') or 'unknown'}",
        f"Handoff: {_handoff(alert)}",
        f"Where customers get stuck: {alert.get('where_stuck') or 'not described'}",
        "",
        f"Complaints: {alert.get('complaint_count', 0)}",
        f"Households affected: {alert.get('affected_households', 0)}",
        f"High-value households: {alert.get('high_value_households', 0)}",
        f"Premium exposure: {_money(alert.get('premium_exposure'))}",
        f"Renewing within the renewal window: {alert.get('renewal_window_households', 0)} households, "
        f"premium {_money(alert.get('renewal_window_premium'))}",
    ]
    trend = alert.get("trend") or {}
    if trend.get("reason"):
        lines.append(f"Trend: {trend['reason']}")
    lines += ["", "What customers say:"]
    for verbatim in masked_verbatims(alert):
        lines.append(f'- "{verbatim["text"]}" ({verbatim["kind"]} {verbatim["interaction_id"]})')
    lines += [
        "",
        f"Recommended fix: {alert.get('recommended_fix') or 'see the alert'}",
        "",
        f"Open the alert: {alert_link(alert_id, base_url)}",
    ]
    return Message(title, "\n".join(lines))


def compose_resolved_message(alert: dict, base_url: str, reason: str) -> Message:
    """The notice teams receive when an alert they were sent is resolved."""
    alert_id = alert["alert_id"]
    title = f"Continuity alert resolved: {alert.get('journey') or alert.get('journey_key') or alert_id}"
    lines = [
        f"Journey: {alert.get('journey') or alert.get('journey_key') or 'unknown'}",
        f"Handoff: {_handoff(alert)}",
        f"Resolved: {reason}",
        "",
        f"Open the alert: {alert_link(alert_id, base_url)}",
    ]
    return Message(title, "\n".join(lines))
