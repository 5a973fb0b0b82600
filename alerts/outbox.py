"""The outbox: messages to teams, enqueued once and delivered with Apprise.

One row per (alert, event, episode, team, URL) in the `outbox` table
(migration 002). A row is enqueued exactly once (the primary key), tried until
it is delivered, with exponential backoff between failed attempts
(settings.delivery), and never sent again once delivered. A row whose URL was
taken out of the team's routing since is not sent while it stays out. A receiver that is
down gets the message on a later `continuity route` or flow run, when its
row's next_attempt_at has passed.

An 'alert' row is only sent while its alert is approved (or routed): a
reviewer who holds or dismisses an alert before delivery stops it. When every
'alert' row of an approved alert's current episode is delivered, the alert
becomes `routed`, recorded in the audit trail with the actor "continuity".
'resolved' rows (a notice to the teams that received the alert) are sent
whatever the alert's status.

The episode is 1 plus the number of times a run reopened the alert after it
was resolved or dismissed: a reopened alert is routed again once approved.

Delivery talks to the outside world while the connection is open (a few
seconds at most per URL: Apprise's own timeouts). A crash between a send and
its bookkeeping can repeat that one message on the next attempt; nothing else
is ever sent twice.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable

import duckdb

from alerts.lifecycle import SYSTEM_ACTOR
from alerts.routing import Message, compose_alert_message, compose_resolved_message, destinations
from alerts.store import load_alerts, set_status
from continuity.config import Settings

# (url, title, body) -> (delivered, error or None)
Notifier = Callable[[str, str, str], tuple[bool, str | None]]

SENDABLE_ALERT_STATUSES = ("approved", "routed")

_EPISODES = """
    SELECT a.alert_id, a.status,
           1 + count(e.event_id) FILTER (
               WHERE e.actor = ? AND e.from_status IN ('resolved', 'dismissed')
                 AND e.to_status NOT IN ('resolved', 'dismissed')
           ) AS episode
    FROM alerts a LEFT JOIN alert_events e ON e.alert_id = a.alert_id
    GROUP BY a.alert_id, a.status
"""


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass
class RouteReport:
    """What one routing pass did. Lists hold {alert_id, event, team, url} (url without secrets)."""

    enqueued: int = 0
    delivered: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)  # plus error, attempts, next_attempt_at
    routed: list[str] = field(default_factory=list)
    no_destination: list[str] = field(default_factory=list)
    pending: int = 0  # rows of approved alerts still waiting for delivery after this pass

    def as_dict(self) -> dict:
        return {
            "enqueued": self.enqueued, "delivered": self.delivered, "failed": self.failed,
            "routed": self.routed, "no_destination": self.no_destination, "pending": self.pending,
        }

    def summary(self) -> str:
        line = (
            f"{self.enqueued} messages enqueued, {len(self.delivered)} delivered, {len(self.failed)} failed "
            f"(retried later), {self.pending} pending; {len(self.routed)} alerts routed"
        )
        if self.no_destination:
            line += f"; {len(self.no_destination)} approved alerts have no team URL"
        return line


def display_url(url: str) -> str:
    """The URL without passwords or tokens, for listings and logs."""
    try:
        import apprise

        plugin = apprise.Apprise.instantiate(url)
        if plugin is not None:
            return plugin.url(privacy=True).split("?", 1)[0]
    except Exception:  # noqa: BLE001 - display only; fall back to the regex below
        pass
    shown = re.sub(r"//([^:/@]+):[^@/]*@", r"//\1:****@", url)
    return shown.split("?", 1)[0]


def apprise_notify(url: str, title: str, body: str) -> tuple[bool, str | None]:
    """Send one message to one Apprise URL: (delivered, error)."""
    import apprise

    notifier = apprise.Apprise()
    if not notifier.add(url):
        return False, f"Apprise does not recognise the URL {display_url(url)}: check routing in the config"
    with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as captured:
        try:
            ok = bool(notifier.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT))
        except Exception as exc:  # noqa: BLE001 - recorded as the row's last_error and retried
            return False, f"{type(exc).__name__}: {exc}"
        log = captured.getvalue().strip()
    if ok:
        return True, None
    lines = [line for line in log.splitlines() if line.strip()]
    return False, (lines[-1][-500:] if lines else "the receiver did not accept the message")


def current_episodes(conn: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, int]]:
    """{alert_id: (status, episode)} of every alert."""
    return {row[0]: (row[1], int(row[2])) for row in conn.execute(_EPISODES, [SYSTEM_ACTOR]).fetchall()}


def _insert(conn, alert_id: str, event: str, episode: int, team: str, url: str, message: Message, now: datetime) -> int:
    before = conn.execute(
        "SELECT count(*) FROM outbox WHERE alert_id = ? AND event = ? AND episode = ? AND team = ? AND url = ?",
        [alert_id, event, episode, team, url],
    ).fetchone()[0]
    if before:
        return 0
    conn.execute(
        """
        INSERT INTO outbox (alert_id, event, episode, team, url, title, body, enqueued_at, attempts, next_attempt_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
        """,
        [alert_id, event, episode, team, url, message.title, message.body, now, now],
    )
    return 1


def enqueue_alert(conn, alert: dict, settings: Settings, *, now: datetime | None = None) -> int:
    """Enqueue the alert's message for every (team, URL) it goes to, once each.
    Returns the rows added (0 when they were enqueued before or there is no URL)."""
    now = now or _now()
    episode = current_episodes(conn).get(alert["alert_id"], (None, 1))[1]
    message = compose_alert_message(alert, settings.app.base_url)
    return sum(
        _insert(conn, alert["alert_id"], "alert", episode, d.team, d.url, message, now)
        for d in destinations(alert, settings)
    )


def enqueue_approved(
    conn, settings: Settings, *, alert_ids: list[str] | None = None, now: datetime | None = None
) -> tuple[int, list[str]]:
    """Enqueue every approved alert (or those of alert_ids that are approved).
    Returns (rows added, approved alerts that no team has a URL for)."""
    now = now or _now()
    added, no_destination = 0, []
    for alert in sorted(load_alerts(conn, "approved"), key=lambda a: a["alert_id"]):
        if alert_ids is not None and alert["alert_id"] not in alert_ids:
            continue
        if not destinations(alert, settings):
            no_destination.append(alert["alert_id"])
            continue
        added += enqueue_alert(conn, alert, settings, now=now)
    return added, no_destination


def enqueue_resolved(conn, alert: dict, reason: str, settings: Settings, *, now: datetime | None = None) -> int:
    """Enqueue a 'resolved' notice to every (team, URL) that received the alert
    in its current episode. Returns the rows added."""
    now = now or _now()
    episode = current_episodes(conn).get(alert["alert_id"], (None, 1))[1]
    receivers = conn.execute(
        """
        SELECT team, url FROM outbox
        WHERE alert_id = ? AND event = 'alert' AND episode = ? AND delivered_at IS NOT NULL
        ORDER BY team, url
        """,
        [alert["alert_id"], episode],
    ).fetchall()
    message = compose_resolved_message(alert, settings.app.base_url, reason)
    return sum(_insert(conn, alert["alert_id"], "resolved", episode, team, url, message, now) for team, url in receivers)


def _sendable_rows(conn, now: datetime, alert_ids: list[str] | None, *, due_only: bool = True) -> list[tuple]:
    rows = conn.execute(
        f"""
        WITH episodes AS ({_EPISODES})
        SELECT o.alert_id, o.event, o.episode, o.team, o.url, o.title, o.body, o.attempts, o.next_attempt_at
        FROM outbox o JOIN episodes p ON p.alert_id = o.alert_id
        WHERE o.delivered_at IS NULL
          AND (o.event = 'resolved' OR (p.status IN ('approved', 'routed') AND o.episode = p.episode))
          AND (NOT ? OR o.next_attempt_at <= ?)
        ORDER BY o.enqueued_at, o.alert_id, o.event, o.team, o.url
        """,
        [SYSTEM_ACTOR, due_only, now],
    ).fetchall()
    return [r for r in rows if alert_ids is None or r[0] in alert_ids]


def backoff(attempts: int, settings: Settings) -> timedelta:
    """Wait after the n-th failed attempt: base, 2 x base, 4 x base ... up to the maximum."""
    base, cap = settings.delivery.retry_base_seconds, settings.delivery.retry_max_seconds
    return timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), cap))


def deliver_due(
    conn,
    settings: Settings,
    *,
    notify: Notifier = apprise_notify,
    alert_ids: list[str] | None = None,
    now: datetime | None = None,
) -> tuple[list[dict], list[dict]]:
    """Try every undelivered row whose next attempt is due. Returns (delivered, failed)."""
    now = now or _now()
    delivered, failed = [], []
    for alert_id, event, episode, team, url, title, body, attempts, _ in _sendable_rows(conn, now, alert_ids):
        if (team, url) not in configured_receivers(settings):
            continue  # taken out of the config since it was enqueued: not sent while it is out
        ok, error = notify(url, title, body)
        attempts += 1
        key = [alert_id, event, episode, team, url]
        shown = {"alert_id": alert_id, "event": event, "team": team, "url": display_url(url)}
        if ok:
            conn.execute(
                """
                UPDATE outbox SET delivered_at = ?, attempts = ?, last_attempt_at = ?, last_error = NULL
                WHERE alert_id = ? AND event = ? AND episode = ? AND team = ? AND url = ?
                """,
                [now, attempts, now, *key],
            )
            delivered.append(shown)
        else:
            retry_at = now + backoff(attempts, settings)
            conn.execute(
                """
                UPDATE outbox SET attempts = ?, last_attempt_at = ?, last_error = ?, next_attempt_at = ?
                WHERE alert_id = ? AND event = ? AND episode = ? AND team = ? AND url = ?
                """,
                [attempts, now, error, retry_at, *key],
            )
            failed.append({**shown, "error": error, "attempts": attempts, "next_attempt_at": retry_at.isoformat()})
    return delivered, failed


def mark_routed(conn, settings: Settings, *, alert_ids: list[str] | None = None) -> list[str]:
    """Approved alerts whose every 'alert' row of the current episode is
    delivered become routed (audit actor "continuity"); rows whose URL is no
    longer configured do not count. Returns their ids."""
    configured = configured_receivers(settings)
    routed = []
    for alert_id, (status, episode) in sorted(current_episodes(conn).items()):
        if status != "approved" or (alert_ids is not None and alert_id not in alert_ids):
            continue
        rows = conn.execute(
            """
            SELECT team, url, delivered_at IS NOT NULL FROM outbox
            WHERE alert_id = ? AND event = 'alert' AND episode = ? ORDER BY team, url
            """,
            [alert_id, episode],
        ).fetchall()
        rows = [r for r in rows if r[2] or (r[0], r[1]) in configured]
        if not rows or not all(done for _, _, done in rows):
            continue
        teams = ", ".join(dict.fromkeys(team for team, _, _ in rows))
        set_status(conn, alert_id, "routed", SYSTEM_ACTOR, f"delivered to {teams} ({len(rows)} receivers)")
        routed.append(alert_id)
    return routed


def configured_receivers(settings: Settings) -> set[tuple[str, str]]:
    """(team, url) pairs in the config's routing."""
    return {(team, url) for team, urls in settings.routing.items() for url in urls}


def pending_count(conn, settings: Settings, *, alert_ids: list[str] | None = None) -> int:
    """Undelivered rows that would still be sent (due now or later) to a configured receiver."""
    configured = configured_receivers(settings)
    return sum(1 for r in _sendable_rows(conn, _now(), alert_ids, due_only=False) if (r[3], r[4]) in configured)


def route(
    conn,
    settings: Settings,
    *,
    notify: Notifier = apprise_notify,
    alert_ids: list[str] | None = None,
    now: datetime | None = None,
) -> RouteReport:
    """Enqueue approved alerts, deliver every due row, mark fully delivered alerts routed."""
    now = now or _now()
    report = RouteReport()
    report.enqueued, report.no_destination = enqueue_approved(conn, settings, alert_ids=alert_ids, now=now)
    report.delivered, report.failed = deliver_due(conn, settings, notify=notify, alert_ids=alert_ids, now=now)
    report.routed = mark_routed(conn, settings, alert_ids=alert_ids)
    report.pending = pending_count(conn, settings, alert_ids=alert_ids)
    return report


def load_outbox(conn, alert_id: str | None = None, settings: Settings | None = None) -> list[dict]:
    """Every outbox row, oldest first, URLs without secrets. state: delivered,
    due (will be tried on the next route), retrying (waiting for its backoff),
    waiting (its alert is not approved) or, given the settings, unconfigured
    (its URL is no longer in the team's routing)."""
    now = _now()
    configured = configured_receivers(settings) if settings is not None else None
    episodes = current_episodes(conn)
    query = """
        SELECT alert_id, event, episode, team, url, title, enqueued_at, attempts, last_attempt_at, last_error,
               next_attempt_at, delivered_at
        FROM outbox
    """
    params: list = []
    if alert_id:
        query += " WHERE alert_id = ?"
        params.append(alert_id)
    query += " ORDER BY enqueued_at, alert_id, event, team, url"
    entries = []
    for row in conn.execute(query, params).fetchall():
        (a_id, event, episode, team, url, title, enqueued, attempts, last_at, error, next_at, delivered) = row
        status, current = episodes.get(a_id, (None, episode))
        if delivered is not None:
            state = "delivered"
        elif event == "alert" and (status not in SENDABLE_ALERT_STATUSES or episode != current):
            state = "waiting"
        elif configured is not None and (team, url) not in configured:
            state = "unconfigured"
        elif next_at <= now:
            state = "due"
        else:
            state = "retrying"
        entries.append({
            "alert_id": a_id, "event": event, "episode": episode, "team": team, "url": display_url(url),
            "title": title, "alert_status": status, "state": state, "attempts": attempts,
            "enqueued_at": _iso(enqueued), "last_attempt_at": _iso(last_at), "last_error": error,
            "next_attempt_at": _iso(next_at), "delivered_at": _iso(delivered),
        })
    return entries


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None
