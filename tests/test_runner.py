"""The local Prefect server that `continuity run` starts before anything else:
real server processes on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from pipeline import runner

pytestmark = pytest.mark.integration


@pytest.fixture
def no_server(monkeypatch):
    """No Prefect API in the environment and no server left over from another test."""
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    runner.stop_local_server()
    yield
    runner.stop_local_server()


def test_a_server_spawned_early_is_the_one_the_run_uses_and_it_answers(no_server):
    runner.spawn_local_server_early()
    early = runner._local_server
    assert early is not None and early.process.poll() is None

    server = runner.start_local_server()
    assert server is early  # not a second server
    server.wait_until_ready()
    assert not server._booting.is_alive()  # the warm-up calls are made by then
    assert httpx.get(f"{server.api_url}/health", timeout=5).status_code == 200
    assert httpx.get(f"{server.api_url}/version", timeout=5).status_code == 200


def test_a_server_spawned_early_is_stopped_when_prefect_names_an_api(no_server):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    runner.spawn_local_server_early()
    early = runner._local_server
    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:9/api"}):
        assert runner.start_local_server() is None
    assert early.process.poll() is not None  # terminated, not left running
    assert runner._local_server is None


def test_nothing_is_spawned_early_when_the_environment_names_an_api(no_server, monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    runner.spawn_local_server_early()
    assert runner._local_server is None


def test_a_server_that_dies_while_booting_is_reported(no_server):
    runner.spawn_local_server_early()
    server = runner._local_server
    server.process.kill()
    with pytest.raises(RuntimeError, match="exited with code"):
        server.wait_until_ready()


def test_a_server_that_fails_is_reported_with_what_it_printed(no_server, monkeypatch):
    """The server's output goes to a private file, not the terminal; a failure quotes it."""
    monkeypatch.setenv("PREFECT_SERVER_DATABASE_CONNECTION_URL", "not-a-database-url")
    server = runner.LocalServer()
    with pytest.raises(RuntimeError, match=r"(?s)exited with code \d+ before it was ready.*it printed:\n.*Could not parse SQLAlchemy URL"):
        server.wait_until_ready()


def test_a_finished_run_does_not_wait_for_its_server_to_shut_down(no_server, tmp_path):
    """`continuity run` ends as soon as it has asked its server to stop; the server does not
    hold the caller's output open, so a caller reading it to the end is not kept waiting."""
    code = ("from pipeline import runner; runner.spawn_local_server_early(); s = runner._local_server; "
            "s.wait_until_ready(); print(s.process.pid, flush=True); s.stop(wait=False); import os; os._exit(0)")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    pid = int(done.stdout.split()[0])
    assert time.perf_counter() - started < 60
    for _ in range(100):  # and the server does stop, on its own
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail(f"the server (pid {pid}) was still running 10 s after the run ended")


def test_a_run_with_a_bad_inbox_leaves_no_server_behind(no_server, tmp_path, capsys):
    from continuity.cli import main

    (tmp_path / "inbox").mkdir()  # a folder, so the server is spawned, but no interaction kinds in it
    assert main(["run", "--inbox", str(tmp_path / "inbox"), "--db", str(tmp_path / "db.duckdb")]) == 2
    assert runner._local_server is None
    assert capsys.readouterr().err.strip()


def test_models_load_ahead_only_when_already_on_disk(tmp_path, monkeypatch):
    from clustering.onnx_embedder import OnnxEmbedder

    monkeypatch.setenv("CONTINUITY_CACHE", str(tmp_path / "empty-cache"))
    for variant in ("base", "handoff"):
        cold = OnnxEmbedder(variant=variant)
        assert cold.load_if_ready() is False  # nothing exported or tuned behind the user's back
        assert cold._session is None
    assert not (tmp_path / "empty-cache" / "onnx").exists()

    monkeypatch.delenv("CONTINUITY_CACHE")
    warm = OnnxEmbedder()
    warm.embed(["make sure the model is exported"])
    ready = OnnxEmbedder()
    assert ready.load_if_ready() is True and ready._session is not None
    assert ready.embed(["the same vectors"]) == pytest.approx(warm.embed(["the same vectors"]))
