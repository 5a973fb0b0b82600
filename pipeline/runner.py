"""Running the flow from the command line: Prefect's quiet local defaults and
the task runner chosen by config."""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import logging
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from typing import NoReturn

# Without a configured Prefect API the flow runs on Prefect's local ephemeral
# server. Keep its logs and telemetry out of the user's terminal; a user who
# sets these variables keeps their own values.
PREFECT_DEFAULTS = {
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE": "true",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
}


# What the flow engine asks a server first (its version check, then the flow and
# its runs); made once in advance against a new local server.
FIRST_CALLS = (
    ("GET", "/version", None),
    ("POST", "/flows/filter", {"limit": 1}),
    ("POST", "/flow_runs/filter", {"limit": 1}),
    ("POST", "/task_runs/filter", {"limit": 1}),
)


def prefect_environment() -> None:
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)


class LocalServer:
    """Prefect's local ephemeral API server, started as a subprocess the moment
    `continuity run` starts (spawn_local_server_early) and stopped when it ends.

    Prefect would start the same server itself (prefect.server.api.server.
    SubprocessASGIServer) on the first API call, but only after importing the
    server's modules into this process (2-3 s) and then waiting for the
    subprocess to import them again. Spawning uvicorn directly, with the same
    arguments and environment, lets the subprocess boot on the other core while
    this process loads what the run needs: about 2.5 s less per run.
    """

    def __init__(self, settings: dict[str, str] | None = None, timeout: float = 60.0) -> None:
        """settings: Prefect settings of this process to hand on (Prefect's own server
        passes those set in code); the server reads the environment, profile and
        prefect.toml itself. timeout: seconds the server has to answer."""
        self.timeout = timeout
        self.port = _free_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        environment = {
            **os.environ,
            "PREFECT_UI_ENABLED": "0",  # as Prefect's own ephemeral server
            "PREFECT__SERVER_EPHEMERAL": "1",
            "PREFECT__SERVER_FINAL": "1",
            **(settings or {}),
        }
        environment.pop("PREFECT_API_URL", None)
        # Where prefect is installed, without importing it (that alone takes about a second).
        packages = Path(importlib.util.find_spec("prefect").origin).parent.parent
        # The server's output goes to a private file, quoted when it fails: it must not hold
        # the caller's pipes open after this process has exited (see stop).
        self._log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", str(packages),
             "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "error", "--lifespan", "on"],
            env=environment, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
        )
        atexit.register(self.stop)
        self._failure: Exception | None = None
        self._booting = threading.Thread(target=self._boot, name="continuity-prefect-server", daemon=True)
        self._booting.start()

    def _boot(self) -> None:
        """Wait for the server, then make the calls a flow run starts with: the first
        call to a new server takes about 0.3 s more than the next ones, and here it
        overlaps this process's own start instead of the run."""
        try:
            self._wait_for_health()
        except Exception as exc:  # raised by wait_until_ready
            self._failure = exc
            return
        import httpx

        try:
            with httpx.Client(base_url=self.api_url, timeout=10.0) as client:
                for method, path, body in FIRST_CALLS:
                    client.request(method, path, json=body)
        except httpx.HTTPError:
            pass  # only a warm-up: the run's own calls report real trouble

    def wait_until_ready(self) -> None:
        """Block until the server answers its health check (and the warm-up calls are
        made); raise with its exit code if it died or did not answer in time."""
        self._booting.join()
        if self._failure is not None:
            raise self._failure

    def _wait_for_health(self) -> None:
        import httpx

        deadline = time.monotonic() + self.timeout
        with httpx.Client() as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise RuntimeError(f"the local Prefect server exited with code {self.process.returncode} "
                                       f"before it was ready (port {self.port}){self.output_tail()}")
                try:
                    if client.get(f"{self.api_url}/health", timeout=2.0).status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the local Prefect server did not answer within {self.timeout:.0f} s "
                           f"(port {self.port}){self.output_tail()}")

    def output_tail(self, chars: int = 2000) -> str:
        """The end of what the server printed, as a block to append to an error ('' if nothing)."""
        self._log.flush()
        self._log.seek(0, os.SEEK_END)
        start = max(0, self._log.tell() - chars)
        self._log.seek(start)
        text = self._log.read().decode("utf-8", errors="replace")
        if start:
            text = text.partition("\n")[2]  # from the first whole line
        text = text.strip()
        return f"; it printed:\n{text}" if text else ""

    def stop(self, wait: bool = True) -> None:
        """Ask the server to shut down. wait=False (the end of `continuity run`) does not
        wait for its graceful shutdown (about 0.3 s): it finishes on its own, with
        nothing of this process's left to serve."""
        if self.process.poll() is None:
            self.process.terminate()
            if not wait:
                return
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


_local_server: LocalServer | None = None


def spawn_local_server_early() -> None:
    """Start the local server before anything else is imported (`continuity run`
    calls this first): it boots on the other core while this process imports
    Prefect and the rest, about a second sooner than after Prefect's import.
    Whether it is wanted is settled by Prefect's own settings in
    start_local_server, which stops it when they name an API."""
    global _local_server
    prefect_environment()
    if _local_server is None and not os.environ.get("PREFECT_API_URL"):
        _local_server = LocalServer()


def stop_local_server() -> None:
    """Stop this process's local server, if it has one (a run that will not happen)."""
    global _local_server
    if _local_server is not None:
        _local_server.stop()
        _local_server = None


def start_local_server() -> LocalServer | None:
    """The local server for this process's runs (one per process, as Prefect's own
    ephemeral server: Prefect's event and log workers keep the API address they
    first saw), or None when a Prefect API is configured (or the ephemeral server
    is switched off: then Prefect's own error explains). Stopped at exit."""
    global _local_server
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED, get_current_settings

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        stop_local_server()  # one spawned early, before the settings were read
        return None
    if _local_server is None or _local_server.process.poll() is not None:
        _local_server = LocalServer(get_current_settings().to_environment_variables(exclude_unset=True))
    return _local_server


def warm_up(settings) -> None:
    """What a run needs anyway, loaded while the Prefect server starts: UMAP and HDBSCAN's
    compiled code, the prefilter gate and, when scoring runs in this process, the
    embedding runtime's modules (ONNX Runtime: under a second; torch: seconds)."""
    from clustering.jit import cache_compiled_code

    cache_compiled_code()
    if settings.detection.prefilter:
        from clustering.prefilter import default_gate

        default_gate()
    if settings.pipeline.task_runner == "default":
        from clustering.embedder import get_embedder

        e = settings.embedding
        embedder = get_embedder(e.precision, e.device, e.batch_size)
        if type(embedder).__name__ == "OnnxEmbedder":
            import onnxruntime  # noqa: F401
            import tokenizers  # noqa: F401

            # The sessions load in a thread (mostly outside the GIL) while the run starts;
            # a model not yet on disk is left to the scoring task to build.
            embedders = [embedder]
            if settings.detection.tuned_embedder:
                embedders.append(get_embedder(e.precision, e.device, e.batch_size, variant="handoff"))
            threading.Thread(target=_load_ahead, args=(embedders,), name="continuity-load-models", daemon=True).start()
        else:
            import sentence_transformers  # noqa: F401


def _load_ahead(embedders) -> None:
    """Load each model that is already on disk. A failure is not reported here: the
    scoring task loads the model again and reports it there."""
    for embedder in embedders:
        with contextlib.suppress(Exception):
            embedder.load_if_ready()


class NothingToAnalyse(ValueError):
    """The inbox gave the run no interactions (only households, policies or rejected rows)."""


def run_pipeline(*, inbox: Path, db: Path, config: str | None, as_of: date | None, exit_when_done: bool = False) -> dict:
    """Run the Continuity flow once and return its summary. Raises NothingToAnalyse
    when no interactions were ingested (what was ingested is kept).

    exit_when_done (the `continuity run` command): when the run used its own local
    server, end the process as soon as the summary is printed. Everything is
    committed by then (DuckDB connections are per step and closed), the server is
    told to stop (it finishes shutting down on its own), and the interpreter's
    teardown (Prefect's exit hooks draining into a server that is gone, module
    finalizers) costs about a second a run.
    """
    prefect_environment()
    server = start_local_server()
    from continuity.config import load_settings
    from pipeline.flow import continuity_flow

    settings = load_settings(config)
    warm_up(settings)
    started = time.perf_counter()
    print(f"continuity run: inbox {inbox} -> {db}", flush=True)
    with configured_flow(settings) as flow:
        summary = _run_flow(flow, inbox=inbox, db=db, config=config, as_of=as_of, server=server)
    if summary.get("stopped"):
        raise NothingToAnalyse(summary["stopped"])
    print(f"done in {time.perf_counter() - started:.1f}s (as of {summary['as_of']})", flush=True)
    if exit_when_done and server is not None:
        end_process(0)
    return summary


def end_process(code: int) -> NoReturn:
    """End `continuity run` now, when it ran on its own local server: flush, tell the
    server to stop (it finishes shutting down on its own) and skip the interpreter's
    teardown, whose Prefect exit hooks would drain the run's events into the stopped
    server (on a busy machine they log "Service 'EventsWorker' failed with N pending
    items" on stderr) and which costs about a second."""
    global _local_server
    sys.stdout.flush()
    sys.stderr.flush()
    if _local_server is not None:
        _local_server.stop(wait=False)
        _local_server = None
    os._exit(code)


def has_local_server() -> bool:
    """Whether this process runs its own local Prefect server (no API configured)."""
    return _local_server is not None


@contextlib.contextmanager
def configured_flow(settings):
    """The Continuity flow on the task runner `settings.pipeline.task_runner` names:
    the default one, or a local Dask cluster (local_dask_cluster) that lives as long
    as the `with` block. Used by `continuity run` and by the deployment's entrypoint
    (pipeline.flow.daily_flow)."""
    from pipeline.flow import continuity_flow

    if settings.pipeline.task_runner != "dask":
        yield continuity_flow
        return
    from prefect_dask import DaskTaskRunner

    with local_dask_cluster(settings.pipeline.dask_workers) as address:
        yield continuity_flow.with_options(task_runner=DaskTaskRunner(address=address))


@contextlib.contextmanager
def local_dask_cluster(workers: int):
    """A local Dask cluster of `workers` processes, one thread each, for the run's
    scoring tasks: yields its scheduler's address.

    The run owns the cluster, rather than letting prefect-dask start one, so that it can
    stop it in order: the workers are retired first, then the scheduler closes. Closed
    the other way round (as prefect-dask does), a worker's heartbeat now and then meets
    a closed scheduler and logs an ERROR at the end of a run that went well. Dask's own
    INFO lines (scheduler, workers, connections: about 45 a run) stay out of the run's
    output, in its workers too (they read the environment).
    """
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(os.environ["DASK_LOGGING__DISTRIBUTED"].upper())
    # Its HTTP server (health checks; a dashboard only where bokeh is installed) on a free port:
    # the default 8787 may be taken, which Dask reports with a warning.
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
    try:
        yield cluster.scheduler_address
        with Client(cluster) as client:
            client.retire_workers(close_workers=True)
    finally:
        cluster.close()


def _run_flow(flow, *, inbox: Path, db: Path, config: str | None, as_of: date | None, server) -> dict:
    arguments = dict(
        inbox=str(Path(inbox).resolve()),
        db=str(Path(db).resolve()),
        config=str(Path(config).resolve()) if config else _default_config(),
        as_of=as_of,
    )
    if server is None:
        return flow(**arguments)
    from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    server.wait_until_ready()
    # No flow-run heartbeats: they let a server tell a crashed run from a live one,
    # and this server ends with this process. At the end of a run Prefect waits
    # for its heartbeat thread, which sleeps in 1 s steps: up to a second a run.
    with temporary_settings(updates={PREFECT_API_URL: server.api_url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        return flow(**arguments)


def _default_config() -> str | None:
    default = Path.cwd() / "continuity.yaml"
    return str(default) if default.exists() else None
