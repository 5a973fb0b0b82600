"""`pipeline.task_runner: dask` gives the same result as the default runner.

The flow runs twice on one small generated inbox, through the real command
(real model, real Prefect flow, separate DuckDB files): once with the default
task runner and once on a local Dask cluster of 2 worker processes
(prefect-dask's DaskTaskRunner). Interactions are scored 200 to a task, so the
Dask run hands several scoring tasks to its workers; thresholds are lowered so
that an inbox this small raises alerts. Alerts (ids, member ids, exposure) and
every interaction's score must be the same.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import duckdb
import pandas as pd
import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[1]
EXPOSURE_FIELDS = ("affected_households", "household_ids", "premium_exposure", "high_value_households",
                   "renewal_window_households", "renewal_window_premium", "lines_of_business")


def run_flow(inbox: Path, db: Path, config: Path, as_of: str, env: dict) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, "-m", "continuity.cli", "run", "--inbox", str(inbox), "--db", str(db),
         "--config", str(config), "--as-of", as_of],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=1200,
    )
    assert done.returncode == 0, f"continuity run failed:\n{done.stdout}\n{done.stderr}"
    return done


def alerts(db: Path) -> dict[str, dict]:
    with duckdb.connect(str(db), read_only=True) as conn:
        rows = conn.execute("SELECT alert_id, payload FROM alerts").fetchall()
    return {alert_id: json.loads(payload) for alert_id, payload in rows}


def scores(db: Path) -> pd.DataFrame:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(
            "SELECT kind, interaction_id, label, p_handoff, is_handoff, is_vague, evidence, handoff_from, handoff_to, "
            "journey FROM scores ORDER BY kind, interaction_id"
        ).df()


@pytest.fixture(scope="module")
def both_runs(tmp_path_factory):
    from data.generate import generate_inbox

    work = tmp_path_factory.mktemp("dask")
    inbox = work / "inbox"
    truth = generate_inbox(inbox, n_interactions=600, n_households=120)
    env = dict(os.environ, PREFECT_HOME=str(work / "prefect"))
    outputs = {}
    for runner in ("default", "dask"):
        config = work / f"{runner}.yaml"
        config.write_text(
            f"pipeline:\n  task_runner: {runner}\n  dask_workers: 2\nembedding:\n  texts_per_task: 200\n"
            # 600 interactions hold about 40 handoff complaints: low thresholds, so that alerts are raised
            "thresholds:\n  min_complaints: 4\n  min_weeks: 2\n",
            encoding="utf-8",
        )
        done = run_flow(inbox, work / f"{runner}.duckdb", config, truth["as_of"], env)
        outputs[runner], outputs[f"{runner} stderr"] = done.stdout, done.stderr
    # The deployment's entrypoint (prefect.yaml) with the Dask config, as a worker would run it.
    deployed = subprocess.run(
        [sys.executable, "-c", DAILY_FLOW, str(inbox), str(work / "deployed.duckdb"), str(work / "dask.yaml"),
         truth["as_of"]], capture_output=True, text=True, env=env, cwd=ROOT, timeout=1200,
    )
    assert deployed.returncode == 0, f"daily_flow failed:\n{deployed.stdout}\n{deployed.stderr}"
    outputs["deployed"] = deployed.stdout
    return work, outputs


DAILY_FLOW = """
import sys
from datetime import date
from pipeline.runner import prefect_environment
prefect_environment()
from pipeline.flow import daily_flow
summary = daily_flow(inbox=sys.argv[1], db=sys.argv[2], config=sys.argv[3], as_of=date.fromisoformat(sys.argv[4]))
print("task runner:", summary["task_runner"])
"""


def run_summary(db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as conn:
        return json.loads(conn.execute("SELECT summary FROM runs").fetchone()[0])


def test_both_runs_score_every_interaction_in_several_tasks(both_runs):
    _, outputs = both_runs
    for runner in ("default", "dask"):
        stdout = outputs[runner]
        progress = [line for line in stdout.splitlines() if line.startswith("detect") and "/" in line]
        assert len(progress) >= 3, f"{runner}: expected several scoring tasks, got {progress}"


def test_the_same_alerts_with_the_same_members_and_exposure(both_runs):
    work, _ = both_runs
    default, dask = alerts(work / "default.duckdb"), alerts(work / "dask.duckdb")
    assert default, "the inbox should raise alerts, or the comparison says nothing"
    assert sorted(default) == sorted(dask)
    for alert_id, alert in default.items():
        assert sorted(alert["member_ids"]) == sorted(dask[alert_id]["member_ids"]), alert_id
        for name in EXPOSURE_FIELDS:
            assert alert[name] == dask[alert_id][name], f"{alert_id}: {name}"


def test_each_run_used_the_task_runner_its_config_names(both_runs):
    work, outputs = both_runs
    assert run_summary(work / "default.duckdb")["task_runner"] == "ThreadPoolTaskRunner"
    assert run_summary(work / "dask.duckdb")["task_runner"] == "DaskTaskRunner"


def test_the_deployment_entrypoint_honours_the_dask_config(both_runs):
    """prefect.yaml's entrypoint runs the flow on the task runner the config names, with
    the same result as `continuity run`."""
    work, outputs = both_runs
    assert "task runner: DaskTaskRunner" in outputs["deployed"]
    assert run_summary(work / "deployed.duckdb")["task_runner"] == "DaskTaskRunner"
    dask, deployed = alerts(work / "dask.duckdb"), alerts(work / "deployed.duckdb")
    assert dask and sorted(dask) == sorted(deployed)
    for alert_id, alert in dask.items():
        assert sorted(alert["member_ids"]) == sorted(deployed[alert_id]["member_ids"]), alert_id


def test_the_same_score_for_every_interaction(both_runs):
    work, _ = both_runs
    default, dask = scores(work / "default.duckdb"), scores(work / "dask.duckdb")
    assert len(default) == len(dask) > 500
    exact = ["kind", "interaction_id", "label", "is_handoff", "is_vague", "evidence", "handoff_from", "handoff_to", "journey"]
    pd.testing.assert_frame_equal(default[exact], dask[exact])
    # The same model in other processes, with one ONNX Runtime thread each instead of two: only the
    # last float bits may differ.
    assert (default["p_handoff"] - dask["p_handoff"]).abs().max() < 1e-4


def test_dask_keeps_its_own_chatter_out_of_the_output(both_runs):
    _, outputs = both_runs
    for stream in ("dask", "dask stderr"):
        chatter = [line for line in outputs[stream].splitlines() if "distributed." in line]
        assert chatter == [], chatter[:5]


def _pid(_: int) -> int:
    time.sleep(0.2)  # long enough that both workers get tasks
    return os.getpid()


def test_tasks_run_in_the_clusters_worker_processes_which_end_with_it(tmp_path, monkeypatch):
    import psutil
    from prefect import flow, task
    from prefect_dask import DaskTaskRunner

    from pipeline.runner import local_dask_cluster, prefect_environment

    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    prefect_environment()
    pid = task(_pid)
    with contextlib.ExitStack() as stack:
        taken = stack.enter_context(socket.socket())
        with contextlib.suppress(OSError):  # Dask's default port, taken by something else: no warning about it
            taken.bind(("127.0.0.1", 8787))
            taken.listen()
        caught = stack.enter_context(warnings.catch_warnings(record=True))
        warnings.simplefilter("always")
        with local_dask_cluster(2) as address:
            @flow(task_runner=DaskTaskRunner(address=address))
            def where() -> list[int]:
                return [future.result() for future in pid.map(range(8))]

            pids = set(where())
    assert os.getpid() not in pids and len(pids) == 2, pids
    assert not [w for w in caught if "already in use" in str(w.message)]
    deadline = time.monotonic() + 10
    while any(psutil.pid_exists(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(psutil.pid_exists(p) for p in pids), "worker processes outlived the cluster"
