"""Running the flow from the command line: Prefect's quiet local defaults and
the task runner chosen by config."""

from __future__ import annotations

import os
import threading
import time
from datetime import date
from pathlib import Path

# Without a configured Prefect API the flow runs on Prefect's local ephemeral
# server. Keep its logs and telemetry out of the user's terminal; a user who
# sets these variables keeps their own values.
PREFECT_DEFAULTS = {
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE": "true",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
}


def prefect_environment() -> None:
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)


def start_ephemeral_server() -> threading.Thread | None:
    """Start Prefect's local ephemeral server in the background, or None when a Prefect API is configured.

    The server is a subprocess that takes seconds to import and start; the flow finds
    it already running (Prefect keeps one per process) once the thread is joined.
    Should the start fail here, the flow starts it again and reports the error itself.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return None

    def start() -> None:
        try:
            from prefect.server.api.server import SubprocessASGIServer  # seconds of imports, off the main thread

            SubprocessASGIServer().start()
        except Exception:  # the flow's own start raises it with Prefect's message
            pass

    thread = threading.Thread(target=start, name="prefect-ephemeral-server", daemon=True)
    thread.start()
    return thread


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

        embedder = get_embedder(settings.embedding.precision, settings.embedding.device, settings.embedding.batch_size)
        if type(embedder).__name__ == "OnnxEmbedder":
            import onnxruntime  # noqa: F401
            import tokenizers  # noqa: F401
        else:
            import sentence_transformers  # noqa: F401


def run_pipeline(*, inbox: Path, db: Path, config: str | None, as_of: date | None) -> dict:
    """Run the Continuity flow once and return its summary."""
    prefect_environment()
    server = start_ephemeral_server()
    from continuity.config import load_settings
    from pipeline.flow import continuity_flow

    settings = load_settings(config)
    warm_up(settings)
    if server is not None:
        server.join()
    flow = continuity_flow
    if settings.pipeline.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        flow = continuity_flow.with_options(
            task_runner=DaskTaskRunner(
                cluster_kwargs={"n_workers": settings.pipeline.dask_workers, "threads_per_worker": 1, "processes": True}
            )
        )
    started = time.perf_counter()
    print(f"continuity run: inbox {inbox} -> {db}", flush=True)
    summary = flow(
        inbox=str(Path(inbox).resolve()),
        db=str(Path(db).resolve()),
        config=str(Path(config).resolve()) if config else _default_config(),
        as_of=as_of,
    )
    print(f"done in {time.perf_counter() - started:.1f}s (as of {summary['as_of']})", flush=True)
    return summary


def _default_config() -> str | None:
    default = Path.cwd() / "continuity.yaml"
    return str(default) if default.exists() else None
