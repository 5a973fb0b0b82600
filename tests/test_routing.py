from __future__ import annotations

from alert_factory import payload

from alerts.routing import (
    Destination,
    alert_link,
    compose_alert_message,
    compose_resolved_message,
    destinations,
    teams_for_journey,
)
from continuity.config import Settings

ROUTING = {
    "retention": ["json://127.0.0.1:1/r"],
    "operations": ["json://127.0.0.1:1/o", "mailto://u:p@127.0.0.1:2?to=o@example.com"],
    "digital": ["json://127.0.0.1:1/d"],
}


def test_unlisted_journeys_go_to_every_configured_team_in_a_stable_order():
    settings = Settings(routing=ROUTING)
    assert teams_for_journey("billing", settings) == ["operations", "digital", "retention"]
    assert [d.team for d in destinations(payload(journey_key="billing"), settings)] == [
        "operations", "operations", "digital", "retention",
    ]


def test_journey_routing_limits_a_journey_to_its_teams():
    settings = Settings(routing=ROUTING, journey_routing={"claim": ["operations", "retention", "marketing"]})
    assert teams_for_journey("claim", settings) == ["operations", "retention"]
    assert destinations(payload(journey_key="claim"), settings) == [
        Destination("operations", "json://127.0.0.1:1/o"),
        Destination("operations", "mailto://u:p@127.0.0.1:2?to=o@example.com"),
        Destination("retention", "json://127.0.0.1:1/r"),
    ]
    assert teams_for_journey("billing", settings) == ["operations", "digital", "retention"]


def test_no_urls_means_no_destination():
    assert destinations(payload(), Settings()) == []
    assert destinations(payload(), Settings(routing={"operations": []})) == []
    limited = Settings(routing={"digital": ["json://x/y"]}, journey_routing={"claim": ["operations"]})
    assert destinations(payload(journey_key="claim"), limited) == []


def test_the_alert_message_carries_what_a_team_needs_and_masks_verbatims():
    body = payload("A7", premium_exposure=12500.0)
    message = compose_alert_message(body, "https://continuity.example.com/")
    assert body["journey"] in message.title
    text = message.body
    for expected in (
        "Journey: Self-service claim start → advisor-assisted completion",
        "Handoff: self-service portal → claims advisor",
        "Where customers get stuck: Customers who start a claim online",
        "Households affected: 2",
        "High-value households: 1",
        "Premium exposure: 12,500.00",
        "Renewing within the renewal window: 1 households, premium 800.50",
        "Recommended fix: Show the advisor what the customer entered online.",
        "Open the alert: https://continuity.example.com/?alert=A7",
    ):
        assert expected in text, expected
    quoted = [line for line in text.splitlines() if line.startswith('- "')]
    assert 3 <= len(quoted) <= 5
    assert "[email]" in text and "[claim number]" in text and "[phone]" in text and "[policy number]" in text
    for secret in ("jo.bloggs@example.com", "CLM-2026-0042", "07700 900123", "12345678"):
        assert secret not in text


def test_at_most_five_verbatims():
    many = [{"interaction_id": f"C-{i}", "kind": "calls", "text": f"words {i}"} for i in range(8)]
    text = compose_alert_message(payload(verbatims=many), "http://app").body
    assert sum(1 for line in text.splitlines() if line.startswith('- "')) == 5


def test_the_resolved_notice_says_why_and_links_back():
    message = compose_resolved_message(payload("A7"), "http://app:8501", "below its thresholds for 3 full weeks")
    assert message.title.startswith("Continuity alert resolved:")
    assert "Resolved: below its thresholds for 3 full weeks" in message.body
    assert alert_link("A7", "http://app:8501") in message.body
