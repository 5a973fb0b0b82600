"""Routing to real receivers on 127.0.0.1: an HTTP endpoint for json:// and an
SMTP server (aiosmtpd) for mailto://, driven through the command line."""

from __future__ import annotations

import email
import json
import socket
import subprocess
import sys
import threading
import warnings
from email import policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from alert_factory import payload, record, run, write_config

from continuity.cli import main
from continuity.db import connect

pytestmark = pytest.mark.e2e

CONTINUITY = Path(sys.executable).parent / "continuity"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class HookServer:
    """A json:// receiver that records every POST; stop() and start() again on the same port."""

    def __init__(self):
        self.posts: list[dict] = []
        self.port = None
        self._server = None

    def start(self) -> "HookServer":
        posts = self.posts

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length", 0))
                posts.append({"path": self.path, "json": json.loads(self.rfile.read(length))})
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port or 0), Handler)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def for_alert(self, alert_id: str) -> list[dict]:
        return [p for p in self.posts if p["json"]["message"].rstrip().endswith(f"?alert={alert_id}")]


class MailServer:
    """A plain SMTP server without TLS that accepts any login and keeps every message."""

    def __init__(self):
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        self.messages: list[email.message.EmailMessage] = []
        outer = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                outer.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
                return "250 OK"

        def accept_any_login(server, session, envelope, mechanism, auth_data):
            return AuthResult(success=True)

        self._controller = Controller(
            Handler(), hostname="127.0.0.1", port=free_port(), authenticator=accept_any_login, auth_require_tls=False
        )

    def start(self) -> "MailServer":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self._controller.start()
        self.port = self._controller.port
        return self

    def stop(self) -> None:
        self._controller.stop()

    def url(self) -> str:
        # mailto:// (not mailtos://) is plain SMTP; mode=insecure says so explicitly. Apprise needs a from=
        # address because user@127.0.0.1 is not one.
        return (f"mailto://continuity:secret@127.0.0.1:{self.port}"
                f"?from=continuity@example.com&to=retention@example.com&mode=insecure")

    def bodies_for(self, alert_id: str) -> list[str]:
        found = []
        for message in self.messages:
            text = message.get_body(preferencelist=("plain",)).get_content()
            if f"?alert={alert_id}" in text:
                found.append(text)
        return found


@pytest.fixture
def hook():
    server = HookServer().start()
    yield server
    try:
        server.stop()
    except Exception:  # noqa: BLE001 - already stopped by the test
        pass


@pytest.fixture
def mail():
    server = MailServer().start()
    yield server
    server.stop()


def seed(db: str) -> None:
    with connect(db) as conn:
        run(conn, [record(payload(alert_id)) for alert_id in ("A1", "A2", "A3", "A4")])


def statuses(db: str) -> dict[str, str]:
    with connect(db) as conn:
        return dict(conn.execute("SELECT alert_id, status FROM alerts").fetchall())


def test_alerts_reach_real_receivers_once_and_only_after_approval(tmp_path, hook, mail, capsys):
    db = str(tmp_path / "continuity.duckdb")
    seed(db)
    config = write_config(
        tmp_path / "continuity.yaml",
        routing={"operations": [f"json://127.0.0.1:{hook.port}/hook"], "retention": [mail.url()]},
        delivery={"retry_base_seconds": 0},
        app={"base_url": "https://continuity.example.com"},
    )
    common = ["--db", db, "--config", config]

    assert main(["review", "A2", "--hold", "--by", "ann", *common]) == 0
    assert main(["route", *common]) == 0
    assert hook.posts == [] and mail.messages == []  # held and pending alerts are not sent

    assert main(["review", "A1", "--approve", "--by", "ann", *common]) == 0
    out = capsys.readouterr().out
    assert "delivered  A1 alert to operations" in out and "delivered  A1 alert to retention" in out
    assert "A1: approved -> routed" in out
    assert len(hook.for_alert("A1")) == 1 and len(mail.bodies_for("A1")) == 1
    assert hook.posts[0]["path"] == "/hook"

    # The JSON receiver is down when A4 is approved: the e-mail goes, the POST waits.
    hook.stop()
    assert main(["review", "A4", "--approve", "--by", "bob", *common]) == 0
    out = capsys.readouterr().out
    assert "pending    A4 alert to operations" in out and "delivered  A4 alert to retention" in out
    assert statuses(db)["A4"] == "approved"
    assert main(["outbox", "--json", *common]) == 0
    waiting = [e for e in json.loads(capsys.readouterr().out) if e["alert_id"] == "A4" and e["team"] == "operations"]
    assert waiting[0]["delivered_at"] is None and waiting[0]["attempts"] == 1 and waiting[0]["last_error"]
    assert all("secret" not in e["url"] for e in waiting)

    hook.start()  # back, on the same port
    done = subprocess.run([str(CONTINUITY), "route", "--json", *common], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert [(d["alert_id"], d["team"]) for d in report["delivered"]] == [("A4", "operations")]
    assert report["routed"] == ["A4"]
    again = subprocess.run([str(CONTINUITY), "route", *common], capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "0 delivered" in again.stdout

    # Exactly one delivery per approved alert and receiver, none for held or pending ones.
    assert [len(hook.for_alert(a)) for a in ("A1", "A2", "A3", "A4")] == [1, 0, 0, 1]
    assert [len(mail.bodies_for(a)) for a in ("A1", "A2", "A3", "A4")] == [1, 0, 0, 1]
    assert statuses(db) == {"A1": "routed", "A2": "held", "A3": "pending_review", "A4": "routed"}

    # What the teams read: the exposure, masked verbatims and the link.
    posted = hook.for_alert("A1")[0]["json"]
    assert posted["title"].startswith("Continuity alert: Self-service claim start")
    for body in (posted["message"], mail.bodies_for("A1")[0]):
        assert "Premium exposure: 12,500.00" in body
        assert "https://continuity.example.com/?alert=A1" in body
        assert "[email]" in body and "[claim number]" in body and "[phone]" in body and "[policy number]" in body
        for secret in ("jo.bloggs@example.com", "CLM-2026-0042", "07700 900123", "12345678"):
            assert secret not in body
    assert mail.messages[0]["To"] == "retention@example.com"

    assert main(["history", "A4", "--json", *common]) == 0
    trail = [(e["to_status"], e["by"]) for e in json.loads(capsys.readouterr().out)]
    assert trail == [("pending_review", "continuity"), ("approved", "bob"), ("routed", "continuity")]


def test_an_alert_with_no_receiver_stays_approved_and_the_command_says_so(tmp_path, capsys):
    db = str(tmp_path / "continuity.duckdb")
    seed(db)
    no_routing = write_config(tmp_path / "empty.yaml")  # not ./continuity.yaml, whatever it holds
    assert main(["review", "A1", "--approve", "--by", "ann", "--db", db, "--config", no_routing]) == 0
    out = capsys.readouterr().out
    assert "A1 stays approved: no team has a URL for it" in out
    assert statuses(db)["A1"] == "approved"
