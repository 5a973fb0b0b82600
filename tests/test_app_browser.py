"""The review app in a real browser: `continuity app` (the installed command)
serves it, Debian's Chromium drives it through Playwright. A screenshot of
every page goes to test-artifacts/screenshots/."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from app_fixtures import build_review_db

from continuity.db import connect

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[1]
CONTINUITY = ROOT / ".venv" / "bin" / "continuity"
CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(tmp_path):
    """(base URL, database path) of a running `continuity app`; stopped afterwards."""
    assert CONTINUITY.exists(), f"{CONTINUITY} is missing: run scripts/setup.sh"
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run scripts/install-browser.sh"
    db = Path(build_review_db(tmp_path / "continuity.duckdb"))
    config = tmp_path / "continuity.yaml"
    config.write_text("renewal_window_days: 90\n")
    port = free_port()
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(
        [str(CONTINUITY), "app", "--port", str(port), "--db", str(db), "--config", str(config)],
        cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            assert app.poll() is None, (tmp_path / "app.log").read_text()
            assert time.monotonic() < deadline, "the app did not answer within 60 s"
            time.sleep(0.3)
        yield base, db
    finally:
        os.killpg(app.pid, signal.SIGTERM)
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(app.pid, signal.SIGKILL)
            app.wait()
        log.close()


def screenshot(page, name: str) -> Path:
    """The whole page (Streamlit scrolls inside its main block, so the window grows to fit it)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    height = page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": 1440, "height": min(max(int(height), 900), 6000)})
    page.wait_for_timeout(500)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": 1440, "height": 900})
    return path


def settled(page) -> None:
    """Wait until Streamlit has finished its script run."""
    page.wait_for_selector("[data-testid=stMain] h1", timeout=30_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stStatusWidget]')"
        " || !document.querySelector('[data-testid=stStatusWidget]').innerText.includes('Running')",
        timeout=30_000,
    )
    page.wait_for_timeout(800)


def test_review_an_alert_in_the_browser(served):
    from playwright.sync_api import expect, sync_playwright

    base, db = served
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.goto(base + "/")
            settled(page)
            expect(page.get_by_role("heading", name="Continuity alerts")).to_be_visible()
            expect(page.locator("[class*='st-key-inbox_open_']")).to_have_count(3)
            expect(page.get_by_text("2 waiting for review")).to_be_visible()
            screenshot(page, "1-inbox")

            page.locator(".st-key-inbox_open_CA-CLAIM button:visible").click()
            page.wait_for_url("**/alert?alert=CA-CLAIM", timeout=30_000)
            settled(page)
            expect(page.get_by_role("heading", name="Self-service claim start → advisor-assisted completion")).to_be_visible()
            expect(page.get_by_text("[email]").first).to_be_visible()
            assert "jo.bloggs@example.com" not in page.content()
            screenshot(page, "2-alert-detail")

            page.locator(".st-key-detail_reviewer input").fill("Dana")
            page.locator(".st-key-detail_reviewer input").press("Enter")
            settled(page)
            page.locator(".st-key-detail_note_CA-CLAIM textarea").fill("seen in the claims huddle")
            page.locator(".st-key-detail_note_CA-CLAIM textarea").press("Control+Enter")
            settled(page)
            page.locator(".st-key-detail_approve button:visible").click()
            expect(page.get_by_text("CA-CLAIM approved by Dana")).to_be_visible(timeout=30_000)
            settled(page)
            expect(page.locator("[data-testid=stMain]").get_by_text("Approved", exact=True).first).to_be_visible()
            expect(page.locator(".st-key-detail_approve button:visible")).to_be_disabled()
            screenshot(page, "3-alert-approved")
            with connect(db, read_only=True) as conn:  # the app holds no connection open between clicks
                status, actor, note = conn.execute(
                    "SELECT a.status, e.actor, e.note FROM alerts a JOIN alert_events e USING (alert_id) "
                    "WHERE alert_id = 'CA-CLAIM' ORDER BY e.event_id DESC LIMIT 1"
                ).fetchone()
            assert (status, actor, note) == ("approved", "Dana", "seen in the claims huddle")

            page.goto(base + "/?alert=CA-POL")  # the link a routed message carries
            page.wait_for_url("**/alert?alert=CA-POL", timeout=30_000)
            settled(page)
            expect(page.get_by_role("heading", name="Self-service policy_change start → advisor-assisted completion")).to_be_visible()

            for name, path, heading in [
                ("4-thresholds", "/thresholds", "Thresholds"),
                ("5-exposure", "/exposure", "Exposure"),
                ("6-coverage", "/coverage", "Coverage"),
            ]:
                page.goto(base + path)
                settled(page)
                expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
                screenshot(page, name)
            expect(page.get_by_text("Quarantine (3)")).to_be_visible()
        finally:
            browser.close()
    assert {
        "1-inbox.png", "2-alert-detail.png", "3-alert-approved.png", "4-thresholds.png", "5-exposure.png",
        "6-coverage.png",
    } <= {shot.name for shot in SHOTS.glob("*.png")}
