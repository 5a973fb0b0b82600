"""Running the flow from the command line: Prefect's quiet local defaults and
the task runner chosen by config."""

from __future__ import annotations

import os
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


def run_pipeline(*, inbox: Path, db: Path, config: str | None, as_of: date | None) -> dict:
    """Run the Continuity flow once and return its summary."""
    prefect_environment()
    from continuity.config import load_settings
    from pipeline.flow import continuity_flow

    settings = load_settings(config)
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
