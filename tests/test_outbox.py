"""The outbox with a fake receiver: enqueued once, delivered once, retried with
backoff, held by a reviewer's hold. The real receivers are in test_routing_e2e."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from alert_factory import payload, record, run, status

from alerts.outbox import backoff, display_url, load_outbox, route
from alerts.store import apply_decision, load_events, set_status
from continuity.config import Settings

T0 = datetime(2026, 11, 16, 9, 0)
SETTINGS = Settings.model_validate({
    "routing": {"operations": ["json://ops.example/hook"], "retention": ["json://ret.example/hook"]},
    "delivery": {"retry_base_seconds": 30, "retry_max_seconds": 100},
})


class Receiver:
    """Records what it is sent; `down` makes it refuse."""

    def __init__(self):
        self.sent: list[tuple[str, str, str]] = []
        self.down: set[str] = set()

    def __call__(self, url: str, title: str, body: str):
        if url in self.down:
            return False, "connection refused"
        self.sent.append((url, title, body))
        return True, None


@pytest.fixture
def receiver():
    return Receiver()


def test_an_approved_alert_is_delivered_once_to_each_team_then_routed(conn, receiver):
    run(conn, [record(payload("A1"))])
    apply_decision(conn, "A1", "approve", "ann")
    report = route(conn, SETTINGS, notify=receiver, now=T0)
    assert sorted(url for url, _, _ in receiver.sent) == ["json://ops.example/hook", "json://ret.example/hook"]
    assert report.enqueued == 2 and report.routed == ["A1"] and report.pending == 0
    assert status(conn, "A1") == "routed"
    last = load_events(conn, "A1")[-1]
    assert (last["from_status"], last["to_status"], last["by"]) == ("approved", "routed", "continuity")

    again = route(conn, SETTINGS, notify=receiver, now=T0 + timedelta(hours=5))
    assert len(receiver.sent) == 2 and again.enqueued == 0 and again.delivered == [] and again.routed == []


def test_pending_held_and_dismissed_alerts_are_not_sent(conn, receiver):
    run(conn, [record(payload("P")), record(payload("H")), record(payload("D"))])
    apply_decision(conn, "H", "hold", "ann")
    apply_decision(conn, "D", "dismiss", "ann")
    report = route(conn, SETTINGS, notify=receiver, now=T0)
    assert receiver.sent == [] and report.enqueued == 0
    assert [status(conn, a) for a in ("P", "H", "D")] == ["pending_review", "held", "dismissed"]


def test_a_receiver_that_is_down_gets_the_message_once_it_is_back(conn, receiver):
    run(conn, [record(payload("A1"))])
    apply_decision(conn, "A1", "approve", "ann")
    receiver.down.add("json://ret.example/hook")
    first = route(conn, SETTINGS, notify=receiver, now=T0)
    assert [d["team"] for d in first.delivered] == ["operations"]
    assert first.failed[0]["error"] == "connection refused" and first.failed[0]["attempts"] == 1
    assert status(conn, "A1") == "approved" and first.pending == 1

    early = route(conn, SETTINGS, notify=receiver, now=T0 + timedelta(seconds=10))  # backoff not over
    assert early.delivered == [] and early.failed == []

    second = route(conn, SETTINGS, notify=receiver, now=T0 + timedelta(seconds=31))  # still down: 60 s next
    assert second.failed[0]["attempts"] == 2
    assert second.failed[0]["next_attempt_at"] == (T0 + timedelta(seconds=91)).isoformat()

    receiver.down.clear()
    back = route(conn, SETTINGS, notify=receiver, now=T0 + timedelta(seconds=92))
    assert [d["team"] for d in back.delivered] == ["retention"] and back.routed == ["A1"]
    assert sorted(url for url, _, _ in receiver.sent) == ["json://ops.example/hook", "json://ret.example/hook"]
    row = [e for e in load_outbox(conn) if e["team"] == "retention"][0]
    assert row["attempts"] == 3 and row["state"] == "delivered" and row["last_error"] is None

    route(conn, SETTINGS, notify=receiver, now=T0 + timedelta(days=1))
    assert len(receiver.sent) == 2


def test_backoff_doubles_up_to_the_maximum():
    assert [backoff(n, SETTINGS).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 100, 100]


def test_holding_an_approved_alert_stops_its_pending_messages(conn, receiver):
    run(conn, [record(payload("A1"))])
    apply_decision(conn, "A1", "approve", "ann")
    receiver.down.update({"json://ops.example/hook", "json://ret.example/hook"})
    route(conn, SETTINGS, notify=receiver, now=T0)
    apply_decision(conn, "A1", "hold", "bob", "checking with the claims lead")
    receiver.down.clear()
    route(conn, SETTINGS, notify=receiver, now=T0 + timedelta(hours=1))
    assert receiver.sent == [] and status(conn, "A1") == "held"
    assert {e["state"] for e in load_outbox(conn)} == {"waiting"}

    apply_decision(conn, "A1", "approve", "bob")
    report = route(conn, SETTINGS, notify=receiver, now=T0 + timedelta(hours=2))
    assert len(receiver.sent) == 2 and report.routed == ["A1"]


def test_an_alert_no_team_has_a_url_for_stays_approved(conn, receiver):
    run(conn, [record(payload("A1", journey_key="claim"))])
    apply_decision(conn, "A1", "approve", "ann")
    digital_only = Settings(routing={"digital": ["json://d/h"]}, journey_routing={"claim": ["operations"]})
    report = route(conn, digital_only, notify=receiver, now=T0)
    assert report.no_destination == ["A1"] and receiver.sent == []
    assert status(conn, "A1") == "approved"
    assert "1 approved alerts have no team URL" in report.summary()


def test_journey_routing_sends_a_journey_to_its_teams_only(conn, receiver):
    run(conn, [record(payload("A1", journey_key="claim")), record(payload("A2", journey_key="billing"))])
    apply_decision(conn, "A1", "approve", "ann")
    apply_decision(conn, "A2", "approve", "ann")
    settings = SETTINGS.model_copy(update={"journey_routing": {"claim": ["retention"]}})
    route(conn, settings, notify=receiver, now=T0)
    by_alert = {(e["alert_id"], e["team"]) for e in load_outbox(conn)}
    assert by_alert == {("A1", "retention"), ("A2", "operations"), ("A2", "retention")}


def test_without_human_review_a_run_raises_approved_alerts_that_route_sends(conn, receiver):
    run(conn, [record(payload("A1"))], require_review=False)
    assert status(conn, "A1") == "approved"
    route(conn, SETTINGS, notify=receiver, now=T0)
    assert status(conn, "A1") == "routed" and len(receiver.sent) == 2


def test_a_reopened_alert_is_routed_again_once_approved(conn, receiver):
    run(conn, [record(payload("A1"))])
    apply_decision(conn, "A1", "approve", "ann")
    route(conn, SETTINGS, notify=receiver, now=T0)
    set_status(conn, "A1", "resolved", "continuity", "resolved: settled after JC-1")
    run(conn, [record(payload("A1"))], run_id="r2")  # back above its thresholds
    assert status(conn, "A1") == "pending_review"
    route(conn, SETTINGS, notify=receiver, now=T0 + timedelta(days=1))
    assert len(receiver.sent) == 2  # not approved yet
    apply_decision(conn, "A1", "approve", "ann")
    route(conn, SETTINGS, notify=receiver, now=T0 + timedelta(days=2))
    assert len(receiver.sent) == 4 and status(conn, "A1") == "routed"
    assert sorted({e["episode"] for e in load_outbox(conn)}) == [1, 2]


def test_the_outbox_listing_hides_passwords():
    url = "mailto://user:s3cret@127.0.0.1:2525?to=ops@example.com&from=c@example.com"
    shown = display_url(url)
    assert "s3cret" not in shown and "user" in shown
    assert "s3cret" not in display_url("weird://user:s3cret@host/path")


def test_route_delivers_only_the_alert_it_is_asked_for(conn, receiver):
    run(conn, [record(payload("A1")), record(payload("A2"))])
    apply_decision(conn, "A1", "approve", "ann")
    apply_decision(conn, "A2", "approve", "ann")
    report = route(conn, SETTINGS, notify=receiver, alert_ids=["A1"], now=T0)
    assert report.routed == ["A1"] and status(conn, "A2") == "approved"
    assert {body.split("?alert=")[-1] for _, _, body in receiver.sent} == {"A1"}


def test_a_url_taken_out_of_the_config_is_no_longer_tried(conn, receiver):
    run(conn, [record(payload("A1"))])
    apply_decision(conn, "A1", "approve", "ann")
    receiver.down.add("json://ret.example/hook")
    route(conn, SETTINGS, notify=receiver, now=T0)
    receiver.down.clear()
    fixed = SETTINGS.model_copy(update={"routing": {"operations": ["json://ops.example/hook"]}})
    report = route(conn, fixed, notify=receiver, now=T0 + timedelta(hours=1))
    assert report.delivered == [] and report.pending == 0
    assert [url for url, _, _ in receiver.sent] == ["json://ops.example/hook"]
    states = {e["team"]: e["state"] for e in load_outbox(conn, settings=fixed)}
    assert states == {"operations": "delivered", "retention": "unconfigured"}
    assert report.routed == ["A1"]  # every receiver still configured has it
