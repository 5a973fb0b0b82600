"""A daily run reads only new files and scores only new text.

The flow runs on a small generated inbox through the real command, then new
interactions arrive as one new file per kind and it runs again: the second run
reads only those files, scores only the new interactions (the "detect" summary
line and the scores table say so), keeps every earlier score as it was, and
leaves the alerts identical (the new interactions are routine contacts, so
nothing should move but the complaints per interaction of their journey, and
the trend direction that follows them).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from alerts.tracking import direction_of

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[1]


def run_flow(inbox: Path, db: Path, as_of: str, env: dict, config: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "continuity.cli", "run", "--inbox", str(inbox), "--db", str(db), "--as-of", as_of,
         "--config", str(config)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=1200,
    )
    assert done.returncode == 0, f"continuity run failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def table(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    from benchmarks.speed import add_interactions
    from data.generate import generate_inbox

    work = tmp_path_factory.mktemp("incremental")
    inbox, db = work / "inbox", work / "continuity.duckdb"
    truth = generate_inbox(inbox, n_interactions=1200, n_households=150)
    env = dict(os.environ, PREFECT_HOME=str(work / "prefect"))
    # 1,200 interactions hold about 75 handoff complaints over four patterns: thresholds
    # low enough that alerts are raised, so that "the alerts stay identical" says something.
    config = work / "continuity.yaml"
    config.write_text("thresholds:\n  min_complaints: 8\n  min_weeks: 3\n")
    first = run_flow(inbox, db, truth["as_of"], env, config)
    before = {
        "scores": {r[0]: r[1:] for r in table(db, "SELECT kind || ':' || interaction_id, content_hash, label, p_handoff, "
                                                  "evidence FROM scores")},
        "alerts": dict(table(db, "SELECT alert_id, payload FROM alerts")),
    }
    added = add_interactions(inbox, 60, work, only_routine=True)
    second = run_flow(inbox, db, truth["as_of"], env, config)
    return {"db": db, "first": first, "second": second, "before": before, "added": added}


def detect_line(stdout: str) -> re.Match:
    line = next(line for line in reversed(stdout.splitlines()) if line.startswith("detect "))
    match = re.match(r"detect\s+(\d+) scored \((\d+) unchanged", line)
    assert match, line
    return match


def test_the_second_run_reads_only_the_new_files(two_runs):
    ingest = next(line for line in two_runs["second"].splitlines() if line.startswith("ingest "))
    assert f"{len(two_runs['added'])} files read" in ingest, ingest
    assert f"rows {sum(two_runs['added'].values())} new, 0 updated" in ingest, ingest


def test_the_second_run_scores_only_the_new_interactions(two_runs):
    scored, unchanged = map(int, detect_line(two_runs["second"]).groups())
    assert scored == sum(two_runs["added"].values())
    assert unchanged == len(two_runs["before"]["scores"])
    after = {r[0]: r[1:] for r in table(two_runs["db"], "SELECT kind || ':' || interaction_id, content_hash, label, "
                                                        "p_handoff, evidence FROM scores")}
    new_ids = set(after) - set(two_runs["before"]["scores"])
    assert len(new_ids) == scored and all(":" in i and "-9" in i for i in new_ids)
    assert {k: after[k] for k in two_runs["before"]["scores"]} == two_runs["before"]["scores"]


def test_alerts_are_left_identical(two_runs):
    after = dict(table(two_runs["db"], "SELECT alert_id, payload FROM alerts"))
    before = two_runs["before"]["alerts"]
    assert before, "the inbox should raise alerts, or the comparison says nothing"
    assert sorted(after) == sorted(before)
    for alert_id, payload in before.items():
        old, new = json.loads(payload), json.loads(after[alert_id])
        assert new["member_ids"] == old["member_ids"], alert_id
        # More interactions in the journey lower its complaints per interaction, and the direction
        # follows those rates (a "fading" 3.9% vs 5.4% can become a "stable" 3.9% vs 5.0%);
        # nothing else may move.
        rates = ("before_rate_per_interaction", "after_rate_per_interaction")
        for rate in rates:
            if old["trend"].get(rate) is not None:
                assert new["trend"][rate] <= old["trend"][rate], (alert_id, rate)
        if new["trend"].get(rates[0]) is not None:
            assert new["trend"]["direction"] == direction_of(*(new["trend"][r] for r in rates)), alert_id
            old["trend"].pop("direction")
            new["trend"].pop("direction")
        for key in (*rates, "reason"):  # the reason quotes the rates
            old["trend"].pop(key, None)
            new["trend"].pop(key, None)
        assert new == old, alert_id


def test_the_second_run_keeps_the_first_runs_layout(two_runs):
    """No new complaints arrived, so the window's UMAP layout is reused as it was
    (clustering/layout.py): the same points, still all from the first run's fit."""
    assert "layout: UMAP fitted (no layout kept from an earlier run)" in two_runs["first"]
    assert "layout: kept layout reused (no new complaints; drift 0%)" in two_runs["second"]
    rows = table(two_runs["db"], "SELECT count(*), count(*) FILTER (WHERE placed), min(fit_size), max(fit_size) "
                                 "FROM cluster_layout")
    count, placed, fit_min, fit_max = rows[0]
    assert count > 0 and placed == 0 and fit_min == fit_max == count


def test_new_complaints_are_placed_into_the_kept_layout(two_runs, tmp_path):
    """A third run with new complaints (not only routine contacts) places them into
    the layout: every kept point stays where it was, the new ones are marked as
    placed, and the fit they were placed into is still the first run's. Runs last:
    it changes the database the tests above read."""
    from benchmarks.speed import add_interactions

    db = two_runs["db"]
    before = {key: (point, placed) for key, point, placed in table(db, "SELECT member_key, point, placed FROM cluster_layout")}
    config = tmp_path / "continuity.yaml"
    # Room for however many complaints the new file brings: the placement, not the refit rule, is tested here.
    config.write_text("thresholds:\n  min_complaints: 8\n  min_weeks: 3\nclustering:\n  refit_share: 0.5\n")
    add_interactions(db.parent / "inbox", 60, db.parent, seed=12)
    truth = json.loads((db.parent / "inbox" / "truth.json").read_text())
    env = dict(os.environ, PREFECT_HOME=str(db.parent / "prefect"))
    third = run_flow(db.parent / "inbox", db, truth["as_of"], env, config)
    match = re.search(r"layout: (\d+) placed into the kept layout", third)
    assert match, third
    after = table(db, "SELECT member_key, point, placed, fit_size FROM cluster_layout")
    new = [row for row in after if row[0] not in before]
    assert len(new) == int(match.group(1)) > 0
    assert all(placed for _, _, placed, _ in new)
    for key, point, placed, fit_size in after:
        assert fit_size == len(before)
        if key in before:
            assert (point, placed) == before[key], key
