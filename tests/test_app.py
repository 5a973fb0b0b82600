"""The review app, page by page, through Streamlit's AppTest on a real DuckDB file.

The database (tests/app_fixtures.build_review_db) holds four alerts:
CA-CLAIM (pending, growing, 78 complaints, households H1 H2 H6),
CA-BILL (pending, 26 complaints, H3 H4), CA-POL (held, H5) and CA-RENEW
(dismissed), and two patterns that do not alert today: NEAR (13 complaints)
and QUIET (5).
"""

from __future__ import annotations

import io
import statistics
import time
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import yaml
from app_fixtures import build_demo_sized_db, build_review_db
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from alerts.store import load_events
from app import service
from continuity.cli import main
from continuity.config import load_settings
from continuity.db import connect

APP = Path(__file__).resolve().parents[1] / "app" / "streamlit_app.py"


@pytest.fixture
def app_db(tmp_path, monkeypatch) -> Path:
    db = Path(build_review_db(tmp_path / "continuity.duckdb"))
    monkeypatch.setenv("CONTINUITY_DB", str(db))
    monkeypatch.setenv("CONTINUITY_CONFIG", str(tmp_path / "continuity.yaml"))
    service.clear_reads()
    yield db
    service.clear_reads()


def open_app(page: str | None = None, **query) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    if page:
        at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def cards(at: AppTest) -> list[str]:
    """Alert ids of the inbox's cards, top to bottom."""
    return [b.key.removeprefix("inbox_open_") for b in at.button if b.key and b.key.startswith("inbox_open_")]


def table(at: AppTest, column: str) -> pd.DataFrame:
    """The first table on the page with this column (AppTest does not expose a table's key)."""
    for frame in at.dataframe:
        if column in frame.value.columns:
            return frame.value
    raise AssertionError(f"no table with a column {column!r}: {[list(f.value.columns) for f in at.dataframe]}")


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def status_of(db: Path, alert_id: str) -> str:
    with connect(db, read_only=True) as conn:
        return conn.execute("SELECT status FROM alerts WHERE alert_id = ?", [alert_id]).fetchone()[0]


# --- inbox --------------------------------------------------------------------------------------

def test_inbox_shows_open_alerts_pending_first_with_the_ten_second_facts(app_db):
    at = open_app()
    assert [t.value for t in at.title] == ["Continuity alerts"]
    assert cards(at) == ["CA-CLAIM", "CA-BILL", "CA-POL"]  # pending (most premium first), then held; dismissed hidden
    assert "2 waiting for review" in at.caption[0].value
    text = markdown(at)
    assert "↑ growing" in text and "→ stable" in text and "↓ fading" in text
    assert ":orange-badge[Pending review]" in text and ":violet-badge[Held]" in text
    assert "●●● strong signal" in text
    assert "self-service portal → claims advisor" in text
    metrics = {(m.label, m.value) for m in at.metric}
    assert ("Premium exposure", "9,151") in metrics  # CA-CLAIM, 9,150.75
    assert ("Households", "3") in metrics and ("High-value households", "2") in metrics
    assert ("Renewal window", "800") in metrics


def test_status_filter_brings_back_dismissed_alerts(app_db):
    at = open_app()
    at.multiselect(key="inbox_status").set_value(["dismissed"]).run()
    assert cards(at) == ["CA-RENEW"]
    at.multiselect(key="inbox_status").set_value(["pending_review", "held", "dismissed"]).run()
    assert cards(at) == ["CA-CLAIM", "CA-BILL", "CA-POL", "CA-RENEW"]


def test_journey_and_line_of_business_filters(app_db):
    at = open_app()
    at.multiselect(key="inbox_journey").set_value(["billing"]).run()
    assert cards(at) == ["CA-BILL"]
    at.multiselect(key="inbox_journey").set_value([]).run()
    at.multiselect(key="inbox_line").set_value(["commercial"]).run()
    assert cards(at) == ["CA-CLAIM"]
    at.multiselect(key="inbox_line").set_value(["home"]).run()
    assert cards(at) == ["CA-CLAIM", "CA-BILL", "CA-POL"]
    assert "showing 3" in at.caption[0].value


def test_team_filter_follows_routing_and_journey_routing(app_db, tmp_path):
    (tmp_path / "continuity.yaml").write_text(yaml.safe_dump({
        "routing": {"operations": ["json://127.0.0.1:9/ops"], "digital": ["json://127.0.0.1:9/digital"]},
        "journey_routing": {"claim": ["operations"], "billing": ["digital"]},
    }))
    at = open_app()
    assert at.multiselect(key="inbox_team").options == ["digital", "operations"]
    at.multiselect(key="inbox_team").set_value(["digital"]).run()
    assert cards(at) == ["CA-BILL", "CA-POL"]  # policy_change is not listed: it goes to every team
    at.multiselect(key="inbox_team").set_value(["operations"]).run()
    assert cards(at) == ["CA-CLAIM", "CA-POL"]
    assert any(c.value == "Routes to operations" for c in at.caption)


def test_clicking_a_card_opens_its_detail(app_db):
    at = open_app()
    at.button(key="inbox_open_CA-BILL").click().run()
    assert [t.value for t in at.title] == ["Self-service billing start → advisor-assisted completion"]
    assert at.query_params["alert"] == "CA-BILL"  # the URL names the alert: it can be shared


def test_the_link_in_a_routed_message_opens_the_alert(app_db):
    at = open_app(alert="CA-POL")  # {base_url}/?alert=CA-POL lands on the inbox, which opens the alert
    assert [t.value for t in at.title] == ["Self-service policy_change start → advisor-assisted completion"]
    assert ":violet-badge[Held]" in markdown(at)


def test_an_unknown_alert_in_the_link_says_so(app_db):
    at = open_app(alert="CA-GONE")
    assert "There is no alert CA-GONE" in at.warning[0].value
    assert at.selectbox(key="detail_pick").value == "CA-CLAIM"


# --- alert detail -------------------------------------------------------------------------------

def test_detail_shows_masked_verbatims_exposure_trend_signal_fix_and_audit(app_db):
    at = open_app("pages/alert.py", alert="CA-CLAIM")
    text = markdown(at)
    assert "### Stuck at: self-service portal → claims advisor" in text
    # verbatims: masked, with kind, id and date (from the interactions table when the payload has none)
    assert "jo.bloggs@example.com" not in text and "07700 900123" not in text and "CLM-2026-0042" not in text
    assert "\\[email\\]" in text and "\\[phone\\]" in text and "\\[claim number\\]" in text
    captions = [c.value for c in at.caption]
    assert "calls · C-1 · 2026-10-03" in captions and "tickets · T-7 · date unknown" in captions
    # recommended fix
    assert at.info[0].value == "Show the advisor what the customer entered online."
    # affected households and exposure by line of business
    households = table(at, "household_id")
    assert sorted(households["household_id"]) == ["H1", "H2", "H6"]
    assert households.set_index("household_id").loc["H6", "active_premium"] == pytest.approx(5400.0)
    assert len(at.get("vega_lite_chart")) == 2  # weekly trend, lines of business
    # the trend: before/after comparison and the journey change
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Before, a week"] == "3.5" and metrics["After, a week"] == "8.6"
    assert "`JC-1` 2026-10-19: Online claim form now passes photos" in text
    assert "not yet settled after JC-1 on 2026-10-19: 9, 8, 9 complaints in the last 3 full weeks" in " ".join(captions)
    # signal strength per handoff
    signal = table(at, "handoff")
    assert list(signal["handoff"]) == ["online claim form → claims advisor", "chat → phone"]
    assert list(signal["level"]) == ["strong", "weak"]
    # audit trail
    events = table(at, "who")
    assert list(events["who"]) == ["continuity"] and events["change"][0] == "new → Pending review"


def test_detail_shows_the_patterns_lineage(app_db):
    from clustering.lineage import PatternSnapshot, trace_lineage
    from clustering.lineage_store import save_lineage
    from continuity.db import connect

    old = [PatternSnapshot("CA-CLAIM", "CA-CLAIM", "claim", None, frozenset(f"calls:{i}" for i in range(20))),
           PatternSnapshot("CA-OLD", "CA-OLD", "claim", None, frozenset(f"calls:o{i}" for i in range(8)))]
    now = [PatternSnapshot("CA-CLAIM", "CA-CLAIM", "claim", None, old[0].member_ids | old[1].member_ids)]
    with connect(app_db) as conn:
        save_lineage(conn, "run-2", date(2026, 11, 15), trace_lineage(old, now))
    service.clear_reads()
    at = open_app("pages/alert.py", alert="CA-CLAIM")
    lineage = table(at, "event")
    assert list(lineage["event"]) == ["continued", "merge"]
    assert lineage["related"].iloc[1] == "CA-OLD" and lineage["shared complaints"].iloc[1] == 8


def test_trend_chart_marks_journey_changes_and_compared_weeks():
    from app.charts import trend_chart, trend_frame

    counts = [{"week": "2026-W41", "count": 4}, {"week": "2026-W42", "count": 5}, {"week": "2026-W44", "count": 1}]
    frame = trend_frame(counts, {"weeks_before": ["2026-W41", "2026-W42"], "weeks_after": ["2026-W44"]})
    assert list(frame["period"]) == ["before", "before", "after"]
    spec = trend_chart(counts, [{"change_id": "JC-1", "changed_at": "2026-10-19", "description": "form"}], None).to_dict()
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks == ["bar", "rule", "text"]


def test_approve_with_name_and_note_is_recorded_and_shown(app_db):
    at = open_app("pages/alert.py", alert="CA-CLAIM")
    at.text_input(key="detail_reviewer").input("Dana")
    at.text_area(key="detail_note_CA-CLAIM").input("seen in the claims huddle")
    at.button(key="detail_approve").click().run()
    assert not at.exception
    assert at.success[0].value.startswith("CA-CLAIM approved by Dana")
    assert ":blue-badge[Approved]" in markdown(at)
    assert at.text_area(key="detail_note_CA-CLAIM").value == ""  # the note is cleared for the next decision
    assert at.text_input(key="detail_reviewer").value == "Dana"  # the name is kept
    assert status_of(app_db, "CA-CLAIM") == "approved"  # no team routing configured: it waits for one
    events = table(at, "who")
    assert list(events["who"]) == ["continuity", "Dana"]
    assert events["note"].iloc[-1] == "seen in the claims huddle"
    assert at.button(key="detail_approve").disabled and not at.button(key="detail_hold").disabled


def test_hold_then_dismiss_from_the_app(app_db):
    at = open_app("pages/alert.py", alert="CA-BILL")
    at.text_input(key="detail_reviewer").input("Sam")
    at.text_area(key="detail_note_CA-BILL").input("wait for the billing fix")
    at.button(key="detail_hold").click().run()
    assert ":violet-badge[Held]" in markdown(at)
    assert at.button(key="detail_hold").disabled  # a held alert cannot be held again
    at.text_area(key="detail_note_CA-BILL").input("the billing fix shipped")
    at.button(key="detail_dismiss").click().run()
    assert ":gray-badge[Dismissed]" in markdown(at)
    with connect(app_db, read_only=True) as conn:
        trail = [(e["by"], e["to_status"], e["note"]) for e in load_events(conn, "CA-BILL")]
    assert trail[1:] == [("Sam", "held", "wait for the billing fix"), ("Sam", "dismissed", "the billing fix shipped")]


def test_a_decision_without_a_name_is_refused(app_db):
    at = open_app("pages/alert.py", alert="CA-CLAIM")
    at.button(key="detail_dismiss").click().run()
    assert "Write your name" in at.error[0].value
    assert status_of(app_db, "CA-CLAIM") == "pending_review"


def test_approving_routes_to_the_teams_at_once(app_db, tmp_path):
    """Approval in the app enqueues and delivers like `continuity review --approve` (a failed
    delivery stays pending and is retried later; the decision stands)."""
    (tmp_path / "continuity.yaml").write_text(yaml.safe_dump({"routing": {"operations": ["json://127.0.0.1:9/hook"]}}))
    at = open_app("pages/alert.py", alert="CA-BILL")
    assert any(c.value == "Approving sends it to operations." for c in at.caption)
    at.text_input(key="detail_reviewer").input("Dana")
    at.button(key="detail_approve").click().run()
    assert "delivery failed for now and is retried later" in at.success[0].value
    outbox = table(at, "team")
    assert list(outbox["team"]) == ["operations"] and outbox["attempts"][0] == 1
    assert status_of(app_db, "CA-BILL") == "approved"


def test_the_cli_and_the_app_record_decisions_through_one_function(app_db, monkeypatch, capsys):
    import alerts.review

    calls = []
    real = alerts.review.record_decision

    def spy(conn, settings, alert_id, decision, by, note=None):
        calls.append((alert_id, decision, by, note))
        return real(conn, settings, alert_id, decision, by, note)

    monkeypatch.setattr(alerts.review, "record_decision", spy)
    assert main(["review", "CA-CLAIM", "--hold", "--by", "Cli", "--note", "n1", "--db", str(app_db)]) == 0
    assert "CA-CLAIM: pending_review -> held by Cli (n1)" in capsys.readouterr().out
    service.review(app_db, load_settings(None), "CA-BILL", "approve", "App", "n2")
    assert calls == [("CA-CLAIM", "hold", "Cli", "n1"), ("CA-BILL", "approve", "App", "n2")]


# --- thresholds ---------------------------------------------------------------------------------

def test_thresholds_page_shows_the_config_and_previews_slider_moves(app_db):
    at = open_app("pages/thresholds.py")
    assert [t.value for t in at.title] == ["Thresholds"]
    assert at.slider(key="thresholds_min_complaints").value == 15
    metrics = {m.label: m.value for m in at.metric}
    assert (metrics["Would appear"], metrics["Would disappear"], metrics["Stay"]) == ("0", "0", "3")
    at.slider(key="thresholds_min_complaints").set_value(30).run()
    metrics = {m.label: m.value for m in at.metric}
    assert (metrics["Would appear"], metrics["Would disappear"], metrics["Stay"]) == ("0", "1", "2")
    gone = at.dataframe[0].value
    assert list(gone["alert"]) == ["CA-BILL"] and gone["why"][0] == "26 complaints < min_complaints 30"
    at.slider(key="thresholds_min_complaints").set_value(13).run()
    assert list(at.dataframe[0].value["alert"]) == ["NEAR"]
    assert "Changing: `min_complaints` 15 → 13" in markdown(at)


def test_saving_thresholds_writes_the_config_and_records_who_and_why(app_db, tmp_path):
    config = tmp_path / "continuity.yaml"
    config.write_text("window_days: 91\nrouting:\n  operations: [json://127.0.0.1:9/hook]\n")
    at = open_app("pages/thresholds.py")
    assert at.button(key="thresholds_save").disabled  # nothing changed yet
    at.slider(key="thresholds_min_complaints").set_value(30).run()
    at.slider(key="thresholds_min_consistency").set_value(0.6).run()
    at.text_input(key="thresholds_by").input("Ops lead")
    at.button(key="thresholds_save").click().run()
    assert "Write your name and why" in at.error[0].value
    assert "min_complaints" not in config.read_text()
    at.text_input(key="thresholds_why").input("too many small patterns")
    at.button(key="thresholds_save").click().run()
    assert at.success[0].value.startswith(f"Saved {config}")
    saved = load_settings(config)
    assert (saved.thresholds.min_complaints, saved.thresholds.min_consistency) == (30, 0.6)
    assert saved.window_days == 91 and saved.routing == {"operations": ["json://127.0.0.1:9/hook"]}
    with connect(app_db, read_only=True) as conn:
        rows = conn.execute('SELECT "by", why, old_yaml, new_yaml FROM config_changes').fetchall()
    assert len(rows) == 1
    by, why, old_yaml, new_yaml = rows[0]
    assert (by, why) == ("Ops lead", "too many small patterns")
    assert old_yaml.startswith("window_days: 91") and new_yaml == config.read_text()
    history = table(at, "who")
    assert list(history["who"]) == ["Ops lead"]
    assert at.slider(key="thresholds_min_complaints").value == 30 and at.button(key="thresholds_save").disabled


def test_saving_creates_the_config_when_there_was_none(app_db, tmp_path):
    at = open_app("pages/thresholds.py")
    at.slider(key="thresholds_min_weeks").set_value(4).run()
    at.text_input(key="thresholds_by").input("Ops")
    at.text_input(key="thresholds_why").input("one more week")
    at.button(key="thresholds_save").click().run()
    assert load_settings(tmp_path / "continuity.yaml").thresholds.min_weeks == 4
    with connect(app_db, read_only=True) as conn:
        assert conn.execute("SELECT old_yaml IS NULL FROM config_changes").fetchone()[0]


# --- exposure -----------------------------------------------------------------------------------

@pytest.fixture
def downloads(monkeypatch) -> dict:
    """What the download buttons would hand the browser: {file name: bytes}."""
    files: dict = {}
    real = MemoryMediaFileStorage.load_and_get_id

    def keep(self, path_or_data, mimetype, kind, filename=None):
        files[filename] = path_or_data
        return real(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", keep)
    return files


def test_exposure_lists_households_of_the_open_alerts_and_downloads_them(app_db, downloads):
    at = open_app("pages/exposure.py")
    assert [t.value for t in at.title] == ["Exposure"]
    assert at.multiselect(key="exposure_alerts").value == ["CA-CLAIM", "CA-BILL", "CA-POL"]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Households"] == "6" and metrics["High-value"] == "3"
    assert metrics["Active premium"] == "9,501"  # 2,000.50 + 450 + 650 + 700.25 + 300 + 5,400 (lapsed excluded)
    assert metrics["Renewing within 90 days"] == "4"
    csv_name = next(name for name in downloads if name.endswith(".csv"))
    exported = pd.read_csv(io.BytesIO(downloads[csv_name]))
    assert sorted(exported["household_id"]) == ["H1", "H2", "H3", "H4", "H5", "H6"]
    assert exported.set_index("household_id").loc["H1", "alert_ids"] == "CA-CLAIM"
    xlsx_name = next(name for name in downloads if name.endswith(".xlsx"))
    assert len(pd.read_excel(io.BytesIO(downloads[xlsx_name]))) == 6


def test_exposure_renewal_window_filter(app_db, downloads):
    at = open_app("pages/exposure.py")
    at.toggle(key="exposure_renewal_only").set_value(True).run()
    assert sorted(table(at, "household_id")["household_id"]) == ["H1", "H2", "H4", "H5"]
    at.slider(key="exposure_days").set_value(20).run()  # as of 2026-11-15: H1 and H2 renew by 2026-12-05
    assert list(table(at, "household_id")["household_id"]) == ["H1", "H2"]
    at.multiselect(key="exposure_alerts").set_value(["CA-BILL"]).run()
    assert "No household matches" in at.info[0].value
    assert at.get("download_button")[0].proto.disabled


# --- coverage -----------------------------------------------------------------------------------

def test_coverage_shows_weekly_rows_thin_warnings_and_the_quarantine(app_db):
    at = open_app("pages/coverage.py")
    assert [t.value for t in at.title] == ["Coverage"]
    warnings = [w.value for w in at.warning]
    assert any(w.startswith("**calls**: thin coverage: 1 week(s)") for w in warnings)
    assert any(w.startswith("**chats**: thin coverage: chats span only 2 week(s)") for w in warnings)
    assert any(w.startswith("**tickets**: no tickets ingested") for w in warnings)
    assert len(at.get("vega_lite_chart")) == 1
    kinds = table(at, "linked share").set_index("kind")
    assert kinds.loc["calls", "rows"] == 44 and kinds.loc["calls", "weeks"] == 8  # 7 weeks x 6, a thin week of 1, C-1
    quarantine = table(at, "reason")
    assert len(quarantine) == 3 and "calls/corrupt_export.parquet" in set(quarantine["file"])
    at.multiselect(key="coverage_quarantine_kind").set_value(["policies"]).run()
    assert list(table(at, "reason")["reason"]) == [
        "household_id 'H99' is not a known household"
    ]


def test_pages_say_what_to_do_on_an_empty_database(tmp_path, monkeypatch):
    monkeypatch.setenv("CONTINUITY_DB", str(tmp_path / "empty.duckdb"))
    monkeypatch.setenv("CONTINUITY_CONFIG", str(tmp_path / "continuity.yaml"))
    service.clear_reads()
    assert "No alerts yet" in open_app().info[0].value
    assert "No run yet" in open_app("pages/thresholds.py").info[0].value
    assert "No alerts yet" in open_app("pages/exposure.py").info[0].value
    assert "No interactions ingested yet" in open_app("pages/coverage.py").info[0].value


def test_a_bad_config_is_shown_not_crashed_on(app_db, tmp_path):
    (tmp_path / "continuity.yaml").write_text("thresholds: {min_complaints: 0}\n")
    at = open_app()
    assert "thresholds.min_complaints" in at.error[0].value


# --- speed --------------------------------------------------------------------------------------

PAGES = [None, "pages/alert.py", "pages/thresholds.py", "pages/exposure.py", "pages/coverage.py"]


def test_every_page_loads_in_under_a_second_on_a_demo_sized_database(tmp_path, monkeypatch):
    # Shared CI machines stall now and then (one page once took 1.09 s there and 0.2-0.3 s in every
    # other run), so each figure is the median of three loads: what a user waits for, not the worst hiccup.
    db = Path(build_demo_sized_db(tmp_path / "demo.duckdb"))
    monkeypatch.setenv("CONTINUITY_DB", str(db))
    monkeypatch.setenv("CONTINUITY_CONFIG", str(tmp_path / "continuity.yaml"))
    settings = load_settings(None)

    def cold_reads() -> float:
        service.clear_reads()
        started = time.perf_counter()
        alerts = service.list_alerts(db)
        service.alert_detail(db, alerts[0]["alert_id"], settings.renewal_window_days)
        service.preview_inputs(db)
        service.exposed_households(db, tuple(a["alert_id"] for a in alerts), settings.renewal_window_days, False)
        service.coverage(db, settings.thin_coverage_share)
        return time.perf_counter() - started

    cold = statistics.median(cold_reads() for _ in range(3))
    assert cold < 1.0, f"the reads behind all five pages took {cold:.2f}s uncached (median of 3)"
    timings = {}
    for page in PAGES:
        open_app(page)  # first run: imports and cache fill
        loads = []
        for _ in range(3):
            at = AppTest.from_file(str(APP), default_timeout=60)
            if page:
                at.switch_page(page)
            started = time.perf_counter()
            at.run()
            loads.append(time.perf_counter() - started)
            assert not at.exception
        timings[page or "inbox"] = statistics.median(loads)
    print("page load seconds (median of 3):", {k: round(v, 3) for k, v in timings.items()}, "cold reads:", round(cold, 3))
    assert max(timings.values()) < 1.0, timings
