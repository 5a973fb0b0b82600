"""The Continuity flow: ingest -> find handoff complaints -> embed and cluster ->
attach exposure -> raise or update alerts -> route.

The flow only wires tasks in order. A task is one step or one side effect;
retries are declared on the tasks that touch the database or the inbox, never
on the pure ones.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from continuity.config import Settings, load_settings
from continuity.db import connect
from clustering.layout import StoredLayout
from clustering.lineage import Lineage, PatternSnapshot
from clustering.stage import Complaints

# Inputs are DataFrames and arrays: hashing them for Prefect's cache costs time and buys nothing.
IO_RETRIES = dict(retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
PURE = dict(cache_policy=NO_CACHE)


def say(line: str) -> None:
    print(line, flush=True)


# ---------------------------------------------------------------- I/O tasks


@task(name="ingest inbox", **IO_RETRIES)
def ingest_task(db: str, inbox: str, columns: dict) -> dict:
    from ingest.store import ingest_inbox

    with connect(db) as conn:
        report = ingest_inbox(conn, Path(inbox), column_mapping=columns)
        summary = report.as_dict()
        summary["unreadable"] = [{"file": f.file, "reason": f.reason} for f in report.unreadable]
        summary["quarantined_total"] = conn.execute("SELECT count(*) FROM quarantine").fetchone()[0]
        summary["interactions_total"] = conn.execute("SELECT count(*) FROM interactions").fetchone()[0]
    return summary


@task(name="resolve as-of", **IO_RETRIES)
def resolve_as_of_task(db: str, as_of: date | None) -> date:
    if as_of is not None:
        return as_of
    with connect(db) as conn:
        newest = conn.execute("SELECT max(occurred_at) FROM interactions").fetchone()[0]
    if newest is None:
        raise ValueError("no interactions were ingested: nothing to analyse")
    return newest.date()


@task(name="list interactions to score", **IO_RETRIES)
def pending_task(db: str, version: str, model: str) -> pd.DataFrame:
    from clustering.stage import pending_interactions

    with connect(db) as conn:
        return pending_interactions(conn, version, model)


@task(name="store scores", **IO_RETRIES)
def store_scores_task(db: str, scores: pd.DataFrame, vectors: dict, model: str) -> int:
    from clustering.stage import store_scores

    with connect(db) as conn:
        store_scores(conn, scores, vectors, model)
    return len(scores)


@task(name="load handoff complaints", **IO_RETRIES)
def load_complaints_task(db: str, start: date, as_of: date, model: str) -> Complaints:
    from clustering.stage import load_handoff_complaints

    with connect(db) as conn:
        return load_handoff_complaints(conn, start, as_of, model)


@task(name="load kept layout", **IO_RETRIES)
def load_layout_task(db: str) -> StoredLayout | None:
    from clustering.layout import load_layout

    with connect(db) as conn:
        return load_layout(conn)


@task(name="keep layout", **IO_RETRIES)
def save_layout_task(db: str, layout: StoredLayout | None) -> None:
    from clustering.layout import save_layout

    with connect(db) as conn:
        save_layout(conn, layout)


@task(name="load previous patterns", **IO_RETRIES)
def load_previous_patterns_task(db: str) -> list[PatternSnapshot]:
    from clustering.lineage_store import load_previous_patterns

    with connect(db) as conn:
        return load_previous_patterns(conn)


@task(name="load households and policies", **IO_RETRIES)
def load_reference_task(db: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    from exposure.store import load_households, load_policies

    with connect(db) as conn:
        return load_policies(conn), load_households(conn)


@task(name="save alerts", **IO_RETRIES)
def save_alerts_task(db: str, run_id: str, as_of: date, records: list[dict], settings: Settings,
                     lineage: Lineage | None = None) -> dict:
    from alerts.store import apply_run, save_patterns
    from alerts.tracking_store import resolve_settled
    from clustering.lineage_store import save_lineage

    with connect(db) as conn:
        conn.execute("BEGIN TRANSACTION")
        try:
            save_patterns(conn, run_id, records)
            if lineage is not None:
                save_lineage(conn, run_id, as_of, lineage)
            changes = apply_run(
                conn, run_id, as_of, records,
                require_review=settings.review.require_human_review,
                regrowth_factor=settings.review.dismissed_regrowth_factor,
            )
            changes["resolved"] = len(resolve_settled(conn, records, settings))
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
        changes["alerts_total"] = conn.execute("SELECT count(*) FROM alerts").fetchone()[0]
        changes["pending_review"] = conn.execute(
            "SELECT count(*) FROM alerts WHERE status = 'pending_review'"
        ).fetchone()[0]
    return changes


@task(name="track journey changes", **IO_RETRIES)
def track_changes_task(db: str, records: list[dict], settings: Settings) -> list[dict]:
    from alerts.tracking_store import annotate_records

    with connect(db) as conn:
        return annotate_records(conn, records, settings)


@task(name="route", **IO_RETRIES)
def route_task(db: str, settings: Settings) -> dict:
    """Enqueue approved alerts not yet routed and deliver every due outbox row."""
    from alerts.outbox import route

    with connect(db) as conn:
        report = route(conn, settings)
    return {**report.as_dict(), "summary": report.summary()}


@task(name="record run", **IO_RETRIES)
def record_run_task(db: str, run_id: str, started: datetime, as_of: date, inbox: str, summary: dict) -> None:
    import json

    with connect(db) as conn:
        conn.execute(
            "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?, ?)",
            [run_id, started, datetime.now(timezone.utc).replace(tzinfo=None), as_of, inbox,
             json.dumps(summary, default=str, sort_keys=True)],
        )


# ---------------------------------------------------------------- pure tasks


@task(name="score interactions", **PURE)
def score_chunk_task(chunk: pd.DataFrame, settings: Settings, version: str):
    from clustering.stage import score_chunk

    return score_chunk(
        chunk,
        precision=settings.embedding.precision,
        device=settings.embedding.device,
        batch_size=settings.embedding.batch_size,
        threshold=settings.detection.handoff_threshold,
        version=version,
        prefilter=settings.detection.prefilter,
        tuned=settings.detection.tuned_embedder,
    )


@dataclass
class Clustered:
    complaints: Complaints
    labels: np.ndarray
    pattern_ids: pd.Series
    keys: pd.DataFrame
    confidence: dict = field(default_factory=dict)
    layout: StoredLayout | None = None  # what the next run starts from
    layout_plan: str = ""  # how this run got its layout, in words


@task(name="cluster handoff complaints", **PURE)
def cluster_task(complaints: Complaints, settings: Settings, model: str = "",
                 previous_layout: StoredLayout | None = None) -> Clustered:
    """Cluster the window's complaints, fitting UMAP or starting from the layout the
    previous run kept (clustering/layout.py)."""
    from clustering.algorithm import SMALL_INPUT, TextClusterer, cluster_confidence, default_min_cluster_size
    from clustering.jit import cache_compiled_code
    from clustering.layout import (StoredLayout, compile_placement, layout_keys, layout_params, plan_layout,
                                   window_layout)
    from clustering.patterns import form_patterns
    from threadpoolctl import threadpool_limits

    cache_compiled_code()  # UMAP and HDBSCAN's compiled code from disk: ~15 s less per run
    if len(complaints.frame) == 0:
        return Clustered(complaints, np.zeros(0, dtype=int), pd.Series(dtype=object), pd.DataFrame(
            columns=["pattern_id", "journey", "handoff_from", "handoff_to"]))
    seed = settings.clustering.random_state
    clusterer = TextClusterer(random_state=seed)
    params = layout_params(model, clusterer.n_components, clusterer.n_neighbors, seed)
    keys = layout_keys(complaints.frame["member_id"], complaints.vectors)
    plan = plan_layout(keys, previous_layout, params, settings.clustering.refit_share,
                       min_kept=max(SMALL_INPUT, clusterer.n_neighbors + 1))
    # One BLAS thread: UMAP's floats, and so the clusters, otherwise depend on the
    # thread count (a Dask run sets OMP_NUM_THREADS=1). Same input, same output.
    with threadpool_limits(limits=1):
        points, placed = window_layout(complaints.vectors, plan, previous_layout, clusterer.n_neighbors, seed)
        clusterer.fit(complaints.vectors, layout=points)
        if plan.mode == "fit" and clusterer.layout_ is not None:
            compile_placement(complaints.vectors, clusterer.layout_, clusterer.n_neighbors, seed)
    labels = clusterer.labels_
    pattern_ids, pattern_keys = form_patterns(complaints.frame, complaints.vectors, labels,
                                              min_named=default_min_cluster_size(len(complaints.frame)))
    confidence = cluster_confidence(complaints.vectors, labels)
    kept = None
    if clusterer.layout_ is not None:
        fitted = plan.mode == "fit"
        kept = StoredLayout(
            keys=keys,
            points=clusterer.layout_,
            placed=np.zeros(len(keys), dtype=bool) if fitted else placed,
            fit_size=len(keys) if fitted else previous_layout.fit_size,
            params=params,
        )
    words = {"fit": "UMAP fitted", "keep": "kept layout reused", "place": f"{len(plan.new)} placed into the kept layout"}
    return Clustered(complaints, labels, pattern_ids, pattern_keys, confidence, kept,
                     f"{words[plan.mode]} ({plan.reason})")


@task(name="trace pattern lineage", **PURE)
def lineage_task(clustered: Clustered, previous: list[PatternSnapshot]) -> tuple[Clustered, Lineage]:
    """Match this run's patterns to the previous run's and rename them to the ids
    they keep, so exposure and alerts carry those ids (clustering/lineage.py)."""
    from clustering.lineage import current_snapshots, trace_lineage

    frame = clustered.complaints.frame
    current = current_snapshots(clustered.keys, clustered.pattern_ids, frame["member_id"], clustered.complaints.vectors)
    lineage = trace_lineage(previous, current, set(frame["member_id"]))
    pattern_ids = pd.Series([lineage.ids[pid] if isinstance(pid, str) else None for pid in clustered.pattern_ids],
                            index=clustered.pattern_ids.index, dtype=object)
    keys = clustered.keys.assign(pattern_id=clustered.keys["pattern_id"].map(lineage.ids))
    keys = keys.sort_values("pattern_id", kind="stable").reset_index(drop=True)
    renamed = replace(clustered, pattern_ids=pattern_ids, keys=keys)
    return renamed, lineage


@task(name="attach exposure", **PURE)
def exposure_task(clustered: Clustered, policies: pd.DataFrame, households: pd.DataFrame, as_of: date,
                  settings: Settings) -> dict:
    from exposure.compute import compute_exposure

    frame = clustered.complaints.frame
    exposures = {}
    for pid in clustered.keys["pattern_id"]:
        members = frame[clustered.pattern_ids == pid]
        exposures[pid] = compute_exposure(
            members["policy_id"], policies, households, today=as_of,
            renewal_window_days=settings.renewal_window_days,
        )
    return exposures


@task(name="build alerts", **PURE)
def build_alerts_task(clustered: Clustered, exposures: dict, as_of: date, settings: Settings) -> list[dict]:
    from alerts.build import build_alert
    from clustering import handoff as wording
    from clustering.keywords import ctfidf_keywords

    frame, vectors = clustered.complaints.frame, clustered.complaints.vectors
    if len(clustered.keys) == 0:
        return []
    assigned = clustered.pattern_ids.notna().to_numpy()
    ids = clustered.pattern_ids[assigned].tolist()
    codes = {pid: i for i, pid in enumerate(sorted(set(ids)))}
    keywords = ctfidf_keywords(frame.loc[assigned, "evidence"].tolist(), np.array([codes[p] for p in ids]))
    records = []
    for key in clustered.keys.to_dict("records"):
        mask = (clustered.pattern_ids == key["pattern_id"]).to_numpy()
        member_labels = clustered.labels[mask]
        confidences = [clustered.confidence.get(int(l)) for l in member_labels if int(l) in clustered.confidence]
        records.append(
            build_alert(
                key, frame[mask].reset_index(drop=True), vectors[mask], exposures[key["pattern_id"]],
                as_of=as_of, window_days=settings.window_days,
                thresholds=settings.thresholds.for_journey(key["journey"]),
                wording=wording,
                confidence=float(np.mean(confidences)) if confidences else None,
                keywords=keywords.get(codes[key["pattern_id"]], []),
            )
        )
    return records


# ---------------------------------------------------------------- the flow


def _chunks(frame: pd.DataFrame, size: int) -> list[pd.DataFrame]:
    return [frame.iloc[i : i + size].reset_index(drop=True) for i in range(0, len(frame), size)]


@flow(name="continuity", log_prints=False, validate_parameters=False)
def continuity_flow(inbox: str, db: str, config: str | None = None, as_of: date | None = None) -> dict:
    """The whole run; returns the summary of every stage."""
    from alerts.build import window_start
    from clustering.embedder import get_embedder, model_label
    from clustering.stage import detector_version, outlier_share
    from clustering.tuning import tuned_model_path

    from prefect.context import FlowRunContext

    settings = load_settings(config) if config else Settings()
    started = datetime.now(timezone.utc).replace(tzinfo=None)
    run_id = uuid.uuid4().hex[:12]
    context = FlowRunContext.get()
    summary: dict = {"run_id": run_id, "task_runner": type(context.task_runner).__name__ if context else None}

    ingest = ingest_task(db, inbox, settings.columns)
    summary["ingest"] = ingest
    say(
        f"ingest     {ingest['files_read']} files read, {ingest['files_unchanged']} unchanged, "
        f"{ingest['files_unreadable']} unreadable; rows {ingest['rows_new']} new, {ingest['rows_updated']} updated, "
        f"{ingest['rows_unchanged']} unchanged, {ingest['rows_rejected']} quarantined"
        + (f" ({ingest['quarantined_total']} rows and files in the quarantine, earlier runs' included)"
           if ingest["quarantined_total"] > ingest["rows_rejected"] + ingest["files_unreadable"] else "")
    )
    for item in ingest["unreadable"]:
        say(f"           unreadable: {item['file']}: {item['reason']}")
    for warning in ingest["warnings"]:
        say(f"           warning: {warning}")
    if not ingest["interactions_total"]:
        # Households, policies and the quarantine are kept; there is nothing to find complaints in.
        summary["as_of"] = as_of.isoformat() if as_of else None
        summary["stopped"] = (f"no interactions were ingested from {inbox} (calls, chats, tickets, surveys or "
                              f"reviews): nothing to analyse; see `continuity quarantine` for rejected rows")
        return summary

    day = resolve_as_of_task(db, as_of)
    start = window_start(day, settings.window_days)
    summary["as_of"] = day.isoformat()

    model = get_embedder(settings.embedding.precision).name
    tuned = f"+{model_label('handoff')}" if settings.detection.tuned_embedder else ""
    version = detector_version(prefilter=settings.detection.prefilter, model=model + tuned)
    pending = pending_task(db, version, model)
    if tuned and len(pending):
        # Built here, once per machine, before the scoring tasks (which may run in other processes) need it.
        tuned_model_path(progress=lambda step, steps, loss: say(f"detect     tuning the handoff embedder: step {step}/{steps}"))
    chunks = _chunks(pending, settings.embedding.texts_per_task)
    futures = [score_chunk_task.submit(chunk, settings, version) for chunk in chunks]
    scored = handoff = 0
    for number, future in enumerate(futures, start=1):
        scores, vectors = future.result()
        store_scores_task(db, scores, vectors, model)
        scored += len(scores)
        handoff += int(scores["is_handoff"].sum())
        say(f"detect     {scored}/{len(pending)} interactions scored")
    summary["detect"] = {"scored": scored, "handoff_in_scored": handoff, "skipped_unchanged": ingest["interactions_total"] - len(pending)}
    say(f"detect     {scored} scored ({summary['detect']['skipped_unchanged']} unchanged, not rescored); {handoff} handoff complaints among them")

    complaints = load_complaints_task(db, start, day, model)
    clustered = cluster_task(complaints, settings, model, load_layout_task(db))
    save_layout_task(db, clustered.layout)
    outliers = outlier_share(clustered.labels)
    summary["cluster"] = {
        "handoff_complaints_in_window": len(complaints.frame),
        "clusters": int(len(set(clustered.labels.tolist()) - {-1})),
        "patterns": int(len(clustered.keys)),
        "outlier_share": round(outliers, 3),
        "layout": clustered.layout_plan,
    }
    say(
        f"cluster    {len(complaints.frame)} handoff complaints {start}..{day}: {summary['cluster']['clusters']} clusters, "
        f"{summary['cluster']['patterns']} patterns, {outliers:.0%} in no cluster"
    )
    if clustered.layout_plan:
        say(f"           layout: {clustered.layout_plan}")
    previous = load_previous_patterns_task(db)
    clustered, lineage = lineage_task(clustered, previous)
    summary["cluster"]["lineage"] = lineage.counts()
    say(f"           lineage: {lineage.summary()} (against {len(previous)} patterns of the previous run)")

    policies, households = load_reference_task(db)
    exposures = exposure_task(clustered, policies, households, day, settings)
    records = build_alerts_task(clustered, exposures, day, settings)
    records = track_changes_task(db, records, settings)
    states = pd.Series([r["state"] for r in records], dtype=object).value_counts().to_dict()
    summary["exposure"] = {"patterns": len(exposures), "households": int(sum(e.affected_households for e in exposures.values()))}
    say(f"exposure   {summary['exposure']['households']} affected households across {len(exposures)} patterns")

    changes = save_alerts_task(db, run_id, day, records, settings, lineage)
    summary["alerts"] = {**changes, "patterns_by_state": states}
    say(
        f"alerts     {states.get('alert', 0)} patterns pass every threshold, {states.get('candidate', 0)} candidates, "
        f"{states.get('spike', 0)} spikes; {changes['raised']} raised, {changes['updated']} updated, "
        f"{changes['reopened']} reopened, {changes['resolved']} resolved after a journey change; "
        f"{changes['pending_review']} pending review"
    )
    routing = route_task(db, settings)
    summary["route"] = routing
    say(f"route      {routing['summary']}")
    record_run_task(db, run_id, started, day, inbox, summary)
    return summary


@flow(name="continuity-daily", log_prints=False, validate_parameters=False)
def daily_flow(inbox: str, db: str, config: str | None = None, as_of: date | None = None) -> dict:
    """The deployment's entrypoint (prefect.yaml): the Continuity flow as a subflow, on
    the task runner the config names (`pipeline.task_runner`), as `continuity run`
    does. A flow's task runner is fixed before it starts, so it cannot be read from
    the config inside continuity_flow itself."""
    from pipeline.runner import configured_flow

    settings = load_settings(config) if config else Settings()
    with configured_flow(settings) as run:
        return run(inbox=inbox, db=db, config=config, as_of=as_of)
