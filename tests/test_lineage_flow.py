"""Pattern ids across runs with the real flow, the real model and a real DuckDB file.

A small generated inbox arrives without its last month of calls, chats and
surveys; the flow runs as of the month before. One pattern that alerted is
then given another id in the database, as happens when a pattern kept its id
while the journey or handoff its members name changed (the key no longer
hashes to it). The last month's files arrive and the flow runs as of the
inbox's day: the window rolls by two weeks and more, new complaints join. Then
the same inbox runs once more. Each test asserts something a user would see in
`continuity alerts`, `continuity lineage` or the run summary.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest

from benchmarks.scoring import match_patterns

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[1]
HELD_BACK_KINDS = ("calls", "chats", "surveys")  # the kinds the generator writes one file a month
RENAMED = "CA-00000000aa"


def run_flow(inbox: Path, db: Path, as_of: str, env: dict) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "continuity.cli", "run", "--inbox", str(inbox), "--db", str(db), "--as-of", as_of],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=1200,
    )
    assert done.returncode == 0, f"continuity run failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def table(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql, params or []).fetchall()


def patterns(db: Path) -> dict[str, dict]:
    """The latest run's patterns: id -> {state, key_id, member_ids}."""
    return {
        pid: {"state": state, "key_id": key_id, "member_ids": json.loads(payload)["member_ids"]}
        for pid, state, key_id, payload in table(db, "SELECT pattern_id, state, key_id, payload FROM patterns")
    }


def events(db: Path, run_id: str) -> list[dict]:
    rows = table(db, "SELECT event, pattern_id, related_pattern_ids, proposed_id, matched_by FROM pattern_events "
                     "WHERE run_id = ? ORDER BY event_id", [run_id])
    return [dict(zip(("event", "pattern_id", "related", "proposed_id", "matched_by"), r)) for r in rows]


def lineage_line(stdout: str) -> str:
    return next(line.strip() for line in stdout.splitlines() if line.strip().startswith("lineage:"))


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    from data.generate import generate_inbox

    work = tmp_path_factory.mktemp("lineage")
    inbox, db, held = work / "inbox", work / "continuity.duckdb", work / "held"
    truth = generate_inbox(inbox, n_interactions=1200, n_households=150)
    as_of = date.fromisoformat(truth["as_of"])
    month = as_of.strftime("_%Y_%m")
    earlier = (as_of.replace(day=1) - timedelta(days=1)).isoformat()
    held.mkdir()
    for kind in HELD_BACK_KINDS:
        for path in (inbox / kind).glob(f"*{month}*"):
            shutil.move(path, held / f"{kind}__{path.name}")
    assert len(list(held.iterdir())) == len(HELD_BACK_KINDS)
    env = dict(os.environ, PREFECT_HOME=str(work / "prefect"))

    first = run_flow(inbox, db, earlier, env)
    before = patterns(db)
    # The alerting pattern now goes by an id its journey and handoff do not hash to.
    alerting = sorted(pid for pid, p in before.items() if p["state"] == "alert")
    assert alerting, f"the first run should raise an alert:\n{first}"
    renamed_from = alerting[0]
    with duckdb.connect(str(db)) as conn:
        for sql in ("UPDATE patterns SET pattern_id = ? WHERE pattern_id = ?",
                    "UPDATE alerts SET alert_id = ? WHERE alert_id = ?",
                    "UPDATE alert_events SET alert_id = ? WHERE alert_id = ?"):
            conn.execute(sql, [RENAMED, renamed_from])
    before[RENAMED] = before.pop(renamed_from)

    for path in held.iterdir():
        kind, name = path.name.split("__", 1)
        shutil.move(path, inbox / kind / name)
    second = run_flow(inbox, db, truth["as_of"], env)
    after = patterns(db)
    alerts_after = dict(table(db, "SELECT alert_id, payload FROM alerts"))
    third = run_flow(inbox, db, truth["as_of"], env)
    run_ids = [r[0] for r in table(db, "SELECT run_id FROM runs ORDER BY started_at")]
    return {
        "db": db, "truth": truth, "outputs": [first, second, third], "run_ids": run_ids,
        "before": before, "after": after, "again": patterns(db), "renamed_from": renamed_from,
        "alerts_after": alerts_after, "alerts_again": dict(table(db, "SELECT alert_id, payload FROM alerts")),
    }


def planted_to_pattern(truth: dict, found: dict[str, dict]) -> dict[str, str]:
    """Each planted pattern that a stored pattern found (half its members or more, and
    mostly its own) -> that pattern's id. A planted pattern of a few complaints that
    sit inside another pattern is not found as itself and says nothing of ids."""
    candidates = [{"alert_id": pid, "member_ids": p["member_ids"], "status": p["state"]} for pid, p in found.items()]
    return {m.pattern_id: m.alert_id for m in match_patterns(truth, candidates) if m.recall >= 0.5 and m.precision >= 0.5}


def test_planted_patterns_keep_their_ids_when_new_weeks_arrive(runs):
    before = planted_to_pattern(runs["truth"], runs["before"])
    after = planted_to_pattern(runs["truth"], runs["after"])
    both = sorted(set(before) & set(after))
    assert len(both) >= 3, (before, after)
    assert {p: after[p] for p in both} == {p: before[p] for p in both}


def test_a_pattern_keeps_its_id_and_alert_when_its_key_hashes_elsewhere(runs):
    after, run_id = runs["after"], runs["run_ids"][1]
    assert RENAMED in after and runs["renamed_from"] not in after
    assert after[RENAMED]["key_id"] == runs["renamed_from"]
    [own] = [e for e in events(runs["db"], run_id) if e["pattern_id"] == RENAMED and e["event"] == "continued"]
    assert own["proposed_id"] == runs["renamed_from"] and own["matched_by"] == "members"
    # The alert follows: updated under its old id with this run's members, none raised under the key's id.
    alert = json.loads(runs["alerts_after"][RENAMED])
    assert alert["member_ids"] == after[RENAMED]["member_ids"]
    assert runs["renamed_from"] not in runs["alerts_after"]
    last_run = table(runs["db"], "SELECT last_run_id FROM alerts WHERE alert_id = ?", [RENAMED])
    assert last_run and last_run[0][0] in runs["run_ids"][1:]


def test_events_account_for_every_pattern_before_and_after(runs):
    before, after = runs["before"], runs["after"]
    recorded = events(runs["db"], runs["run_ids"][1])
    own = [e["pattern_id"] for e in recorded if e["event"] in ("birth", "continued")]
    assert sorted(own) == sorted(after), "each pattern of the run is born or continues, once"
    continued = {e["pattern_id"] for e in recorded if e["event"] == "continued"}
    merged = {r for e in recorded if e["event"] == "merge" for r in e["related"]}
    dead = {e["pattern_id"] for e in recorded if e["event"] == "death"}
    assert continued | merged | dead == set(before)
    assert not (continued & merged or continued & dead or merged & dead)
    born = {e["pattern_id"] for e in recorded if e["event"] == "birth"}
    assert not born & set(before), "a born pattern never takes a previous pattern's id"
    counts = {kind: sum(e["event"] == kind for e in recorded) for kind in ("birth", "merge", "split", "death")}
    line = lineage_line(runs["outputs"][1])
    assert line.startswith(
        f"lineage: {counts['birth']} birth{'s' * (counts['birth'] != 1)}, {counts['merge']} merge"
    ), line
    assert f"{len(continued)} continued" in line and f"against {len(before)} patterns" in line


def test_the_first_run_records_a_birth_per_pattern(runs):
    recorded = events(runs["db"], runs["run_ids"][0])
    assert {e["event"] for e in recorded} == {"birth"}
    assert len(recorded) == len(runs["before"])
    assert re.search(rf"lineage: {len(recorded)} births?, 0 merges, 0 splits, 0 deaths; 0 continued",
                     runs["outputs"][0])


def test_the_same_input_again_gives_the_same_ids_and_only_continuations(runs):
    assert sorted(runs["again"]) == sorted(runs["after"])
    for pid, pattern in runs["again"].items():
        assert pattern["member_ids"] == runs["after"][pid]["member_ids"], pid
    recorded = events(runs["db"], runs["run_ids"][2])
    assert [e["event"] for e in recorded] == ["continued"] * len(runs["after"])
    assert all(e["matched_by"] == "members" for e in recorded)
    assert "lineage: 0 births, 0 merges, 0 splits, 0 deaths" in runs["outputs"][2]
    assert sorted(runs["alerts_again"]) == sorted(runs["alerts_after"])
    assert "0 raised" in runs["outputs"][2]
