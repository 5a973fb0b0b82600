"""Speed benchmark: each stage of the flow at insurer scale, beside baselines measured in the same run.

    python -m benchmarks.speed [--sizes 10000 100000 1000000] [--quick] [--no-end-to-end]
                               [--detect-sample N] [--baseline-sample N] [--cluster-cap N]

Per size (a generated inbox of that many interactions, every text unique):

- ingest: rows/s of `ingest.store.ingest_inbox` into a fresh DuckDB file, beside
  reading the same files alone (`ingest.readers.read_file`: the floor).
- detect: the prefilter gate over every interaction (interactions/s, share
  skipped, recall on the truth's handoff complaints), then `score_chunk` (gate +
  MiniLM at the configured embedding.precision + detector) on a random sample of
  the interactions, as customer sentences embedded/s and interactions scored/s
  (median over chunks), beside plain sentence-transformers PyTorch fp32
  embedding the same interactions' whole texts (median over batches of a
  sample) and our embedder on those texts. Above --detect-sample interactions
  the detect time is extrapolated from the sample.
- cluster: `cluster_task` (UMAP + HDBSCAN + merges + patterns) on the handoff
  complaints found, beside BERTopic's default pipeline
  (`BERTopic(embedding_model=None).fit_transform(docs, embeddings)`) on the same
  evidence texts and vectors. Both are warmed up first on 300 random vectors so
  Numba's compile time counts for neither. Where detection was sampled, the
  truth's handoff complaints (up to --cluster-cap) are scored as well, so the
  clustering input grows with the size.
- exposure + alerts: exposure, alert building, journey-change tracking and saving.

Peak memory is the process's resident set size, sampled with psutil every 20 ms
during each stage (the model and everything loaded before stays counted).

Then, unless --quick or --no-end-to-end: `continuity run` (a subprocess, the
real command with the Prefect ephemeral server) on a 20,000-interaction inbox,
an incremental run after adding 1% more interactions as one new file per kind
(--e2e-repeats times, each from a copy of the database the full run left; the
median is reported), a no-op run, the same two against an already running Prefect server (as a
deployment runs), the split of the fixed cost of one run, and plain PyTorch fp32
embedding the interaction texts in the same go (--e2e-baseline-texts of them,
the rest extrapolated).

Also (sections, --only): the embedder options (PyTorch fp32, PyTorch bf16,
ONNX Runtime fp32) on the same customer sentences, and benchmarks.quality on the
demo and holdout inboxes with the prefilter on and off (alert ids, member sets,
exposure). An exploratory run also tried ONNX Runtime with dynamic int8
quantisation: ~1.7x faster again than fp32 ONNX, but cosine to fp32 fell to 0.81
(median 0.95), so it was dropped.

Results: a printed table, benchmarks/results/speed.json and speed.png (sections
not run keep their previous results in speed.json).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import continuity  # noqa: F401  (tunes OpenBLAS before numpy loads)

import numpy as np
import pandas as pd

RESULTS = Path(__file__).parent / "results"
ROOT = Path(__file__).resolve().parents[1]
INTERACTIONS_PER_HOUSEHOLD = 8.75  # the demo inbox: 3,500 interactions, 400 households
INTERACTION_KINDS = ("calls", "chats", "tickets", "surveys", "reviews")


# ---------------------------------------------------------------- measuring


@dataclass
class Stage:
    seconds: float = 0.0
    peak_rss_mb: float = 0.0


class PeakMemory:
    """Peak resident set size while the block runs (psutil, sampled every `interval` s):
    of this process, or of process `pid`; `peak_with_children` adds its children's
    (a run's Prefect server and Dask workers). A process that has ended is no longer
    sampled."""

    def __init__(self, pid: int | None = None, interval: float = 0.02, children: bool = False) -> None:
        import psutil

        self._process = psutil.Process(pid)
        self.track_children = children
        self._errors = psutil.Error
        self._interval = interval
        self.peak = self.peak_with_children = 0
        self._stop = threading.Event()

    def _take(self) -> None:
        with suppress(self._errors):
            own = self._process.memory_info().rss
            children = 0
            if self.track_children:
                for child in self._process.children(recursive=True):
                    with suppress(self._errors):
                        children += child.memory_info().rss
            self.peak = max(self.peak, own)
            self.peak_with_children = max(self.peak_with_children, own + children)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self._take()
            self._stop.wait(self._interval)

    def __enter__(self) -> "PeakMemory":
        self._take()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._take()


@contextmanager
def stage(into: dict, name: str):
    """Times the block and records its peak RSS under into[name]."""
    record = Stage()
    with PeakMemory() as memory:
        started = time.perf_counter()
        yield record
        record.seconds = time.perf_counter() - started
    record.peak_rss_mb = memory.peak / 2**20
    into[name] = record.__dict__


def median_rate(counts: list[int], seconds: list[float]) -> float:
    """Median of count/seconds over the pieces."""
    return float(np.median([c / s for c, s in zip(counts, seconds) if s > 0]))


def growth_exponent(sizes: list[int], seconds: list[float]) -> list[float | None]:
    """b in seconds ~ size^b between consecutive sizes (1.0 = linear)."""
    out: list[float | None] = [None]
    for (n0, t0), (n1, t1) in zip(zip(sizes, seconds), zip(sizes[1:], seconds[1:])):
        out.append(round(math.log(t1 / t0) / math.log(n1 / n0), 2) if t0 > 0 and t1 > 0 else None)
    return out


def machine() -> dict:
    import torch

    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    flags = next((line for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("flags")), "")
    load = os.getloadavg()
    return {
        "cpu": model, "cores": os.cpu_count(), "avx512_bf16": " avx512_bf16" in flags,
        "torch_threads": torch.get_num_threads(), "cuda": torch.cuda.is_available(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "load_average_at_start": [round(x, 2) for x in load], "python": platform.python_version(),
        "torch": torch.__version__,
    }


# ---------------------------------------------------------------- one size


def generate(out: Path, n: int, style: str = "demo") -> dict:
    from data.generate import generate_inbox

    households = max(400, int(n / INTERACTIONS_PER_HOUSEHOLD))
    return generate_inbox(out, style=style, n_interactions=n, n_households=households)


def read_only_seconds(inbox: Path) -> tuple[float, int]:
    """Seconds to read every inbox file alone (no validation, no writing) and the rows read."""
    from ingest.readers import UnreadableFile, read_file
    from ingest.store import discover

    files, _ = discover(inbox)
    started, rows = time.perf_counter(), 0
    for _, path in files:
        try:
            rows += len(read_file(path).frame)
        except (UnreadableFile, ValueError):
            pass
    return time.perf_counter() - started, rows


def embed_rates(embedder, texts: list[str], pieces: int = 4) -> dict:
    """Median texts/s of `embedder.embed` over `pieces` equal slices of texts (after a warm-up batch)."""
    embedder.embed(texts[:16])
    counts, seconds = [], []
    for part in np.array_split(np.arange(len(texts)), pieces):
        batch = [texts[i] for i in part]
        started = time.perf_counter()
        embedder.embed(batch)
        seconds.append(time.perf_counter() - started)
        counts.append(len(batch))
    return {"texts": len(texts), "texts_per_s": median_rate(counts, seconds), "seconds": float(sum(seconds))}


def warm_up_model(precision: str) -> None:
    from clustering.embedder import get_embedder

    get_embedder(precision).embed(["warm up the model"])  # model load is not throughput


def scored_chunks(pending, rows: np.ndarray, settings, precision: str, version: str):
    """score_chunk (gate + MiniLM at `precision` + detector) over `rows` of `pending`, one
    scoring task's worth at a time (embedding.texts_per_task): yields (chunk, scores,
    vectors, seconds of score_chunk). Load the model before timing (warm_up_model)."""
    from clustering.stage import score_chunk

    for part in np.array_split(rows, max(1, math.ceil(len(rows) / settings.embedding.texts_per_task))):
        chunk = pending.iloc[part].reset_index(drop=True)
        started = time.perf_counter()
        scores, vectors = score_chunk(chunk, precision=precision, device=settings.embedding.device,
                                      batch_size=settings.embedding.batch_size,
                                      threshold=settings.detection.handoff_threshold, version=version, prefilter=True,
                                      tuned=settings.detection.tuned_embedder)
        yield chunk, scores, vectors, time.perf_counter() - started


def measure_size(n: int, workdir: Path, args: argparse.Namespace, rng: np.random.Generator) -> dict:
    from clustering.embedder import SentenceTransformerEmbedder, get_embedder
    from clustering.prefilter import customer_sentences, default_gate, gate_interactions
    from clustering.stage import detector_version, load_handoff_complaints, pending_interactions, store_scores
    from continuity.config import Settings
    from continuity.db import connect
    from ingest.store import ingest_inbox

    settings = Settings()
    out: dict = {"size": n, "stages": {}}
    stages = out["stages"]
    inbox, db = workdir / f"inbox_{n}", workdir / f"speed_{n}.duckdb"

    say(f"[{n:,}] generating the inbox")
    started = time.perf_counter()
    truth = generate(inbox, n)
    out["generate_seconds"] = round(time.perf_counter() - started, 1)
    as_of = date.fromisoformat(truth["as_of"])

    say(f"[{n:,}] ingest")
    out["read_only_seconds"], rows_read = read_only_seconds(inbox)
    with stage(stages, "ingest"):
        with connect(db) as conn:
            report = ingest_inbox(conn, inbox).as_dict()
    rows = report["rows_new"] + report["rows_updated"] + report["rows_unchanged"] + report["rows_rejected"]
    stages["ingest"].update(rows=rows, rows_per_s=rows / stages["ingest"]["seconds"],
                            read_only_rows_per_s=rows_read / out["read_only_seconds"])

    version = detector_version(prefilter=True)
    with connect(db) as conn:
        pending = pending_interactions(conn, version)
    out["interactions"] = len(pending)

    say(f"[{n:,}] prefilter gate over {len(pending):,} interactions")
    with stage(stages, "gate"):
        gate = default_gate()
        passes, sentence_counts, passing_counts = [], 0, 0
        for start in range(0, len(pending), 50_000):  # in slices, as score_chunk does: memory stays flat
            _, sentences = customer_sentences(pending.iloc[start : start + 50_000])
            part = gate_interactions(sentences, gate)
            passes.append(part)
            sentence_counts += sum(len(s) for s in sentences)
            passing_counts += sum(len(s) for s, p in zip(sentences, part) if p)
        passes = np.concatenate(passes) if passes else np.zeros(0, dtype=bool)
    handoff_truth = set(truth["handoff_complaints"])
    member = (pending["kind"] + ":" + pending["interaction_id"]).to_numpy()
    is_truth_handoff = np.isin(member, list(handoff_truth))
    stages["gate"].update(
        interactions_per_s=len(pending) / stages["gate"]["seconds"],
        skip_share=float(1 - passes.mean()),
        handoff_recall=float(passes[is_truth_handoff].mean()) if is_truth_handoff.any() else None,
        handoff_missed=int((~passes[is_truth_handoff]).sum()),
        sentences=int(sentence_counts),
        sentences_passing=int(passing_counts),
    )

    sample_size = min(len(pending), args.detect_sample)
    sampled = sample_size < len(pending)
    sample_rows = np.sort(rng.choice(len(pending), sample_size, replace=False)) if sampled else np.arange(len(pending))
    say(f"[{n:,}] detect: score_chunk (gate + {settings.embedding.precision} MiniLM + detector) "
        f"on {sample_size:,} interactions")
    warm_up_model(settings.embedding.precision)
    chunk_counts, chunk_seconds, chunk_sentences = [], [], []
    with stage(stages, "detect"):
        for chunk, scores, vectors, seconds in scored_chunks(pending, sample_rows, settings, settings.embedding.precision,
                                                             version):
            chunk_seconds.append(seconds)
            chunk_counts.append(len(chunk))
            chunk_split = customer_sentences(chunk)[1]  # the detector also embeds adjacent pairs of them
            chunk_sentences.append(int(sum(len(s) for s, p in zip(chunk_split, gate_interactions(chunk_split, gate)) if p)))
            with connect(db) as conn:
                store_scores(conn, scores, vectors, get_embedder(settings.embedding.precision).name)
    measured = stages["detect"]["seconds"]
    rate = median_rate(chunk_counts, chunk_seconds)
    out["detect_other_precisions"] = {}
    for precision in args.other_precisions:
        if precision == settings.embedding.precision:
            continue
        say(f"[{n:,}] detect again with {precision} on the same {sample_size:,} interactions")
        warm_up_model(precision)
        counts, seconds = [], []
        with stage(out["detect_other_precisions"], precision):
            for chunk, _, _, chunk_s in scored_chunks(pending, sample_rows, settings, precision,
                                                      detector_version(prefilter=True, model=get_embedder(precision).name)):
                seconds.append(chunk_s)
                counts.append(len(chunk))
        other = out["detect_other_precisions"][precision]
        other.update(interactions_per_s=median_rate(counts, seconds), seconds_measured=other["seconds"],
                     seconds=other["seconds"] * len(pending) / sample_size)
    stages["detect"].update(
        sampled=sampled, interactions_scored=sample_size, interactions_per_s=rate,
        sentences_embedded_per_s=median_rate(chunk_sentences, chunk_seconds),
        seconds_measured=measured,
        # gate time is inside score_chunk too; the extrapolation scales the whole measured scoring
        seconds=measured * len(pending) / sample_size,
    )

    say(f"[{n:,}] baseline: sentence-transformers fp32 on whole interaction texts (sample of {args.baseline_sample:,})")
    texts = pending["text"].fillna("").astype(str).tolist()
    picks = rng.choice(len(texts), min(len(texts), args.baseline_sample), replace=False)
    sample_texts = [texts[i] for i in picks]
    fp32 = embed_rates(SentenceTransformerEmbedder(precision="fp32"), sample_texts)
    ours = embed_rates(get_embedder(settings.embedding.precision), sample_texts)
    out["baseline_embedding"] = {
        "fp32_texts_per_s": fp32["texts_per_s"], "ours_texts_per_s": ours["texts_per_s"],
        "ours_precision": settings.embedding.precision,
        "sample": len(sample_texts), "fp32_seconds_all_texts": len(texts) / fp32["texts_per_s"],
        "extrapolated": len(sample_texts) < len(texts),
    }

    extra = [i for i in np.flatnonzero(is_truth_handoff) if i not in set(sample_rows.tolist())] if sampled else []
    extra = extra[: max(0, args.cluster_cap - int(is_truth_handoff[sample_rows].sum()))]
    if extra:
        say(f"[{n:,}] scoring {len(extra):,} more truth handoff complaints so clustering sees this size's volume")
        for _, scores, vectors, _ in scored_chunks(pending, np.array(extra), settings, settings.embedding.precision,
                                                   version):
            with connect(db) as conn:
                store_scores(conn, scores, vectors, get_embedder(settings.embedding.precision).name)
    out["cluster_input_oversampled"] = len(extra)

    from alerts.build import window_start
    from pipeline.flow import (build_alerts_task, cluster_task, exposure_task, load_reference_task, save_alerts_task,
                               track_changes_task)

    with connect(db) as conn:
        complaints = load_handoff_complaints(conn, window_start(as_of, settings.window_days), as_of,
                                             get_embedder(settings.embedding.precision).name)
    docs = complaints.frame["evidence"].tolist()
    say(f"[{n:,}] cluster {len(docs):,} handoff complaints: ours, then BERTopic default")
    warm_up_clusterers()
    repeats = 3 if len(docs) <= 5000 else 1
    ours, theirs = [], []
    for _ in range(repeats):
        with stage(stages, "cluster") as timed:
            clustered = cluster_task.fn(complaints, settings)
        ours.append(timed.seconds)
    for _ in range(repeats):
        with stage(stages, "cluster_bertopic") as timed:
            topics = bertopic_topics(docs, complaints.vectors)
        theirs.append(timed.seconds)
    stages["cluster"].update(seconds=float(np.median(ours)), runs=ours, complaints=len(docs),
                             clusters=int(len(set(clustered.labels.tolist()) - {-1})),
                             patterns=int(len(clustered.keys)))
    stages["cluster_bertopic"].update(seconds=float(np.median(theirs)), runs=theirs,
                                      topics=int(len(set(topics) - {-1})))

    say(f"[{n:,}] exposure + alerts")
    with stage(stages, "exposure_alerts"):
        policies, households = load_reference_task.fn(str(db))
        exposures = exposure_task.fn(clustered, policies, households, as_of, settings)
        records = build_alerts_task.fn(clustered, exposures, as_of, settings)
        records = track_changes_task.fn(str(db), records, settings)
        changes = save_alerts_task.fn(str(db), "speed", as_of, records, settings)
    stages["exposure_alerts"].update(patterns=len(records), alerts_raised=changes["raised"])

    out["estimated_run_seconds"] = sum(stages[s]["seconds"] for s in ("ingest", "detect", "cluster", "exposure_alerts"))
    rest = out["estimated_run_seconds"] - stages["detect"]["seconds"]
    out["estimated_run_seconds_other_precisions"] = {
        precision: rest + other["seconds"] for precision, other in out["detect_other_precisions"].items()
    }
    return out


def warm_up_clusterers() -> None:
    """Compile (or load) Numba code of both pipelines on 300 random vectors, outside the timings."""
    from clustering.algorithm import TextClusterer
    from clustering.jit import cache_compiled_code

    cache_compiled_code()
    points = np.random.default_rng(0).normal(size=(300, 384)).astype(np.float32)
    TextClusterer(random_state=0).fit(points)
    bertopic_topics([f"text {i}" for i in range(300)], points)


def bertopic_topics(docs: list[str], vectors: np.ndarray) -> list[int]:
    """BERTopic's default pipeline (UMAP 5-d cosine + HDBSCAN + c-TF-IDF) on given embeddings."""
    from bertopic import BERTopic

    topics, _ = BERTopic(embedding_model=None).fit_transform(docs, vectors)
    return list(topics)


# ---------------------------------------------------------------- end to end


def add_interactions(inbox: Path, n: int, workdir: Path, seed: int = 11, only_routine: bool = False) -> dict[str, int]:
    """Writes about n new interactions into inbox as one new CSV file per kind, named
    {kind}_increment.csv (ids that do not exist yet, texts from another seed, policies of
    the same book). only_routine: keep the routine interactions only. Returns rows per kind."""
    from data.generate import generate_inbox
    from ingest.readers import read_file

    extra = workdir / f"increment_source_{seed}"
    truth = json.loads((inbox / "truth.json").read_text())
    source = generate_inbox(extra, style="demo", seed=seed, n_interactions=max(100, n),
                            n_households=truth["counts"]["households"], with_bad_input=False)
    not_routine = set(source["handoff_complaints"]) | set(source["vague"]) | {
        i for ids in source["other_complaints"].values() for i in ids}
    written = {}
    for kind in INTERACTION_KINDS:
        frames = [read_file(path).frame for path in sorted((extra / kind).iterdir()) if path.is_file()]
        frame = pd.concat(frames, ignore_index=True).drop(columns=["_row"], errors="ignore")
        if only_routine:
            frame = frame[~(kind + ":" + frame["interaction_id"].astype(str)).isin(not_routine)]
        prefix = re.match(r"[A-Z]+-", str(frame["interaction_id"].iloc[0])).group(0)
        frame["interaction_id"] = [f"{prefix}9{i:07d}" for i in range(len(frame))]  # never used by the generator
        target = inbox / kind / f"{kind}_increment.csv"
        frame.to_csv(target, index=False)
        written[kind] = len(frame)
    return written


def run_command(inbox: Path, db: Path, as_of: str, env: dict) -> dict:
    """`continuity run` as a subprocess; wall seconds, the flow's own 'done in' and its stage lines."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "continuity.cli", "run", "--inbox", str(inbox), "--db", str(db),
                           "--as-of", as_of], capture_output=True, text=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"continuity run failed ({done.returncode}): {done.stderr[-2000:]}")
    lines = done.stdout.splitlines()
    flow = next((float(m.group(1)) for line in lines if (m := re.match(r"done in ([\d.]+)s", line))), None)
    detect = next((line for line in reversed(lines) if line.startswith("detect ")), "")
    scored = re.search(r"detect\s+(\d+) scored", detect)
    return {"wall_seconds": wall, "flow_seconds": flow, "scored": int(scored.group(1)) if scored else None,
            "stdout": lines}


FIXED_COST_SCRIPT = r"""
import json, time, sys
marks = {}
t = time.perf_counter()
import continuity, numpy, pandas, duckdb
marks["import numpy, pandas, duckdb"] = time.perf_counter() - t; t = time.perf_counter()
import prefect, pipeline.flow
marks["import prefect + the flow module"] = time.perf_counter() - t; t = time.perf_counter()
from pipeline.runner import prefect_environment, start_local_server
prefect_environment()
start_local_server().wait_until_ready()
marks["Prefect local server start (spawn to first health check; overlaps the rest in a run)"] = time.perf_counter() - t; t = time.perf_counter()
from clustering.prefilter import default_gate
default_gate()
marks["prefilter gate load (cached fit)"] = time.perf_counter() - t; t = time.perf_counter()
from continuity.config import Settings
e = Settings().embedding
from clustering.embedder import get_embedder
embedder = get_embedder(e.precision, e.device, e.batch_size)
if type(embedder).__name__ == "OnnxEmbedder":
    import onnxruntime, tokenizers
    marks["import onnxruntime + tokenizers"] = time.perf_counter() - t; t = time.perf_counter()
else:
    import torch, sentence_transformers
    marks["import torch + sentence-transformers"] = time.perf_counter() - t; t = time.perf_counter()
embedder.embed(["hello"])
marks[f"model load ({e.precision}) + first batch"] = time.perf_counter() - t; t = time.perf_counter()
from clustering.stage import _detector
_detector(embedder)
marks["detector fit on cached corpus embeddings"] = time.perf_counter() - t; t = time.perf_counter()
from clustering.jit import cache_compiled_code
cache_compiled_code()
marks["import UMAP/HDBSCAN + switch on the Numba cache"] = time.perf_counter() - t; t = time.perf_counter()
import numpy as np
from clustering.algorithm import TextClusterer
TextClusterer(random_state=0).fit(np.random.default_rng(0).normal(size=(300, 384)).astype(np.float32))
marks["first clustering of 300 vectors (compiled code from the cache)"] = time.perf_counter() - t
print(json.dumps(marks))
"""


def fixed_costs(env: dict) -> dict:
    """Seconds of each fixed cost of a run, in a fresh process, in the order a run meets them."""
    done = subprocess.run([sys.executable, "-c", FIXED_COST_SCRIPT], capture_output=True, text=True, env=env, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"fixed-cost probe failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_end_to_end(workdir: Path, n: int, args: argparse.Namespace) -> dict:
    from clustering.embedder import SentenceTransformerEmbedder
    from continuity.db import connect

    say(f"[end to end] generating {n:,} interactions")
    inbox, db = workdir / "e2e_inbox", workdir / "e2e.duckdb"
    truth = generate(inbox, n)
    env = {**os.environ, "PREFECT_HOME": str(workdir / "prefect_home")}
    say("[end to end] continuity run: full")
    full = run_command(inbox, db, truth["as_of"], env)
    say(f"           {full['wall_seconds']:.1f}s")
    with connect(db) as conn:
        alerts_before = {r[0]: r[1] for r in conn.execute("SELECT alert_id, payload FROM alerts").fetchall()}
    added = add_interactions(inbox, max(100, n // 100), workdir)
    say(f"[end to end] continuity run: incremental (+{sum(added.values())} interactions in {len(added)} new files), "
        f"{args.e2e_repeats} times from the database the full run left")
    after_full = workdir / "e2e_after_full.duckdb"
    shutil.copy(db, after_full)
    incremental_runs = []
    for _ in range(args.e2e_repeats):
        shutil.copy(after_full, db)
        incremental_runs.append(run_command(inbox, db, truth["as_of"], env))
    walls = [r["wall_seconds"] for r in incremental_runs]
    incremental = sorted(incremental_runs, key=lambda r: r["wall_seconds"])[len(walls) // 2]  # the median run
    say(f"           median {incremental['wall_seconds']:.1f}s ({', '.join(f'{w:.1f}' for w in walls)})")
    say("[end to end] continuity run: nothing new")
    noop = run_command(inbox, db, truth["as_of"], env)
    say(f"           {noop['wall_seconds']:.1f}s")
    say("[end to end] the same two runs against a Prefect server that is already running (a deployment)")
    from pipeline.runner import prefect_environment
    from prefect.server.api.server import SubprocessASGIServer

    prefect_environment()  # no telemetry, quiet logs, as `continuity run` sets them
    server = SubprocessASGIServer()
    server.start()
    try:
        served_env = {**env, "PREFECT_API_URL": server.api_url}
        added_again = add_interactions(inbox, max(100, n // 100), workdir, seed=12)
        served_incremental = run_command(inbox, db, truth["as_of"], served_env)
        served_noop = run_command(inbox, db, truth["as_of"], served_env)
    finally:
        server.stop()
    say(f"           +{sum(added_again.values())}: {served_incremental['wall_seconds']:.1f}s; "
        f"nothing new: {served_noop['wall_seconds']:.1f}s")
    say("[end to end] fixed costs, one by one in a fresh process")
    fixed = fixed_costs(env)

    with connect(db) as conn:
        texts = conn.execute("SELECT text FROM interactions WHERE source_file NOT LIKE '%increment%'").df()["text"]
    texts = texts.fillna("").astype(str).tolist()
    limit = min(len(texts), args.e2e_baseline_texts)
    say(f"[end to end] baseline: plain PyTorch fp32 embedding {limit:,} of the {len(texts):,} interaction texts")
    embedder = SentenceTransformerEmbedder(precision="fp32")
    embedder.embed(texts[:16])
    started = time.perf_counter()
    embedder.embed(texts[:limit])
    fp32_seconds = (time.perf_counter() - started) * len(texts) / limit
    return {
        "interactions": n, "added": added,
        "full": {k: v for k, v in full.items() if k != "stdout"}, "full_stdout": full["stdout"],
        "incremental": {k: v for k, v in incremental.items() if k != "stdout"}, "incremental_stdout": incremental["stdout"],
        "incremental_runs_seconds": walls,
        "noop": {k: v for k, v in noop.items() if k != "stdout"},
        "incremental_ratio": incremental["wall_seconds"] / full["wall_seconds"],
        "served_incremental": {k: v for k, v in served_incremental.items() if k != "stdout"},
        "served_noop": {k: v for k, v in served_noop.items() if k != "stdout"},
        "served_incremental_ratio": served_incremental["wall_seconds"] / full["wall_seconds"],
        "fixed_costs": fixed,
        "fp32_embed_all_texts_seconds": fp32_seconds, "fp32_texts": len(texts),
        "fp32_extrapolated_from": limit if limit < len(texts) else None,
        "run_vs_fp32_ratio": full["wall_seconds"] / fp32_seconds,
        "alerts_after_full": len(alerts_before),
    }


# ---------------------------------------------------------------- one real run at scale


def measure_scale_run(workdir: Path, n: int, precision: str, task_runner: str = "default") -> dict:
    """`continuity run` end to end on n generated interactions with embedding.precision
    set to `precision`: wall seconds, its stage lines (echoed as they come: a 1M run
    takes about half an hour), and the peak resident memory of the run's process
    alone and together with its children (the local Prefect server, and the workers
    on the Dask runner)."""
    say(f"[scale run] generating {n:,} interactions")
    inbox, db = workdir / "scale_inbox", workdir / "scale.duckdb"
    truth = generate(inbox, n)
    config = workdir / "scale.yaml"
    config.write_text(f"embedding:\n  precision: {precision}\npipeline:\n  task_runner: {task_runner}\n")
    env = {**os.environ, "PREFECT_HOME": str(workdir / "prefect_home_scale")}
    say(f"[scale run] continuity run on {n:,} interactions, embedding.precision {precision}, task runner {task_runner}")
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "continuity.cli", "run", "--inbox", str(inbox), "--db", str(db),
                                "--as-of", truth["as_of"], "--config", str(config)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT)
    lines, timeline = [], []
    with PeakMemory(process.pid, interval=0.2, children=True) as memory:
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            timeline.append(round(time.perf_counter() - started, 2))
            say(f"[scale run] {time.perf_counter() - started:7.1f}s  {line.rstrip()}")
        process.wait()
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"continuity run failed ({process.returncode}): {lines[-20:]}")
    flow = next((float(m.group(1)) for line in lines if (m := re.match(r"done in ([\d.]+)s", line))), None)
    return {"interactions": n, "precision": precision, "task_runner": task_runner, "wall_seconds": wall,
            "flow_seconds": flow, "stage_seconds": stage_spans(lines, timeline),
            "peak_rss_mb_run": memory.peak / 2**20, "peak_rss_mb_with_children": memory.peak_with_children / 2**20,
            "stdout": lines, "stdout_seconds": timeline}


def stage_spans(lines: list[str], seconds: list[float]) -> dict[str, float]:
    """Seconds per stage of a run from when its summary lines were printed: a stage
    ends at its last line, and starts where the previous one ended (the first at 0:
    process start, imports and the Prefect server included)."""
    ends: dict[str, float] = {}
    for line, at in zip(lines, seconds):
        word = line.split(" ", 1)[0]
        if word in ("ingest", "detect", "cluster", "exposure", "alerts", "route"):
            ends[word] = at
        elif line.startswith("done in"):
            ends["exit"] = at
    spans, previous = {}, 0.0
    for stage, end in ends.items():
        spans[stage] = round(end - previous, 1)
        previous = end
    return spans


# ---------------------------------------------------------------- prefilter on vs off


def prefilter_check(workdir: Path) -> dict:
    """benchmarks.quality's run on the demo and holdout inboxes with `detection.prefilter`
    on and off: detection scores, alert ids, member sets and exposure side by side."""
    from alerts.store import load_alerts
    from benchmarks.quality import print_report, run_style
    from continuity.db import connect

    out = {}
    for style in ("demo", "holdout"):
        runs = {}
        for on in (True, False):
            folder = workdir / f"prefilter_{style}_{'on' if on else 'off'}"
            folder.mkdir(parents=True, exist_ok=True)
            config = folder / "continuity.yaml"
            config.write_text(f"detection:\n  prefilter: {str(on).lower()}\n", encoding="utf-8")
            say(f"[prefilter check] {style} inbox, prefilter {'on' if on else 'off'}")
            result = run_style(style, folder, config=str(config))
            print_report(result)
            with connect(folder / f"{style}.duckdb") as conn:
                alerts = {a["alert_id"]: a for a in load_alerts(conn)}
                scored = conn.execute("SELECT count(*) FROM scores").fetchone()[0]
            runs[on] = {"quality": result, "alerts": alerts, "scored": scored}
        on, off = runs[True], runs[False]
        shared = sorted(set(on["alerts"]) & set(off["alerts"]))
        members = {}
        for alert_id in shared:
            a, b = set(on["alerts"][alert_id]["member_ids"]), set(off["alerts"][alert_id]["member_ids"])
            if a != b:
                members[alert_id] = {"only_with_prefilter": sorted(a - b), "only_without": sorted(b - a)}
        exposure_diff = [i for i in shared if on["alerts"][i]["premium_exposure"] != off["alerts"][i]["premium_exposure"]]
        truth = json.loads((workdir / f"prefilter_{style}_on" / f"{style}_inbox" / "truth.json").read_text())
        handoff = set(truth["handoff_complaints"])
        out[style] = {
            "seconds_on": on["quality"]["seconds"], "seconds_off": off["quality"]["seconds"],
            "detection_on": on["quality"]["detection"], "detection_off": off["quality"]["detection"],
            "patterns_on": on["quality"]["patterns"], "patterns_off": off["quality"]["patterns"],
            "alert_ids_on": sorted(on["alerts"]), "alert_ids_off": sorted(off["alerts"]),
            "same_alert_ids": sorted(on["alerts"]) == sorted(off["alerts"]),
            "alerts_with_other_members": members,
            "members_changed_that_are_truth_handoff": sorted(
                {m for d in members.values() for m in d["only_with_prefilter"] + d["only_without"]} & handoff),
            "alerts_with_other_premium_exposure": exposure_diff,
        }
        say(f"[prefilter check] {style}: same alert ids {out[style]['same_alert_ids']}; alerts whose members differ: "
            f"{len(members)} ({sum(len(d['only_without']) for d in members.values())} members only without the "
            f"prefilter, {sum(len(d['only_with_prefilter']) for d in members.values())} only with it; of them truth "
            f"handoff complaints: {len(out[style]['members_changed_that_are_truth_handoff'])}); "
            f"{on['quality']['seconds']:.0f}s on vs {off['quality']['seconds']:.0f}s off")
    return out


# ---------------------------------------------------------------- embedder options


def compare_embedders(sentences: list[str], repeats: int = 3) -> dict:
    """Throughput (median over repeats) and cosine to fp32 of each embedder option on the same sentences."""
    from clustering.embedder import SentenceTransformerEmbedder

    options = {"torch fp32": SentenceTransformerEmbedder(precision="fp32"),
               "torch bf16": SentenceTransformerEmbedder(precision="bf16")}
    try:
        from clustering.onnx_embedder import OnnxEmbedder

        options["onnxruntime fp32"] = OnnxEmbedder()
        options["onnxruntime int8"] = OnnxEmbedder(weights="int8")
    except ImportError as error:
        say(f"[embedders] ONNX Runtime skipped: {error}")
    out, reference = {}, None
    for name, embedder in options.items():
        embedder.embed(sentences[:32])
        seconds, vectors = [], None
        for _ in range(repeats):
            started = time.perf_counter()
            vectors = embedder.embed(sentences)
            seconds.append(time.perf_counter() - started)
        if reference is None:
            reference = vectors
        cosine = (vectors * reference).sum(axis=1)
        out[name] = {"sentences_per_s": len(sentences) / float(np.median(seconds)), "runs": seconds,
                     "cosine_to_fp32_min": float(cosine.min()), "cosine_to_fp32_median": float(np.median(cosine))}
        say(f"[embedders] {name:<17} {out[name]['sentences_per_s']:7.0f} sentences/s (median of {repeats}); "
            f"cosine to fp32 min {cosine.min():.4f}")
    base = out["torch fp32"]["sentences_per_s"]
    for value in out.values():
        value["speedup_vs_fp32"] = value["sentences_per_s"] / base
    return out


# ---------------------------------------------------------------- report


def say(line: str) -> None:
    print(line, flush=True)


def fmt(value, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def print_table(result: dict) -> None:
    m = result["machine"]
    say(f"\nmachine: {m['cpu']}, {m['cores']} cores (shared; load average at start {m['load_average_at_start']}), "
        f"torch {m['torch']} with {m['torch_threads']} threads, AVX-512 BF16 {m['avx512_bf16']}, CUDA {m['cuda']}")
    say("figures: medians over chunks / batches / repeats; ratios are ours vs the baseline in the same run; "
        "peak memory = process RSS (psutil, sampled every 20 ms)\n")
    head = f"{'size':>9} | {'stage':<16} | {'ours':>22} | {'baseline':>34} | {'ratio':>7} | {'peak MB':>7}"
    if result.get("sizes"):
        say(head)
        say("-" * len(head))
    for size in result.get("sizes", []):
        s, n = size["stages"], size["size"]
        base = size["baseline_embedding"]
        rows = [
            ("ingest", f"{fmt(s['ingest']['rows_per_s'], 0)} rows/s",
             f"read files only {fmt(s['ingest']['read_only_rows_per_s'], 0)} rows/s",
             s["ingest"]["read_only_rows_per_s"] / s["ingest"]["rows_per_s"], s["ingest"]["peak_rss_mb"]),
            ("gate", f"{fmt(s['gate']['interactions_per_s'], 0)} int/s, skip {s['gate']['skip_share']:.0%}",
             f"handoff recall {s['gate']['handoff_recall']:.4f}", None, s["gate"]["peak_rss_mb"]),
            ("detect (embed)", f"{fmt(s['detect']['sentences_embedded_per_s'], 0)} sent/s, "
                               f"{fmt(s['detect']['interactions_per_s'], 0)} int/s",
             f"fp32 {fmt(base['fp32_texts_per_s'], 0)} texts/s ({base['ours_precision']} "
             f"{fmt(base['ours_texts_per_s'], 0)})",
             s["detect"]["interactions_per_s"] / base["fp32_texts_per_s"], s["detect"]["peak_rss_mb"]),
            ("detect total", f"{fmt(s['detect']['seconds'])} s" + (" (extrap.)" if s["detect"]["sampled"] else ""),
             f"fp32 all texts {fmt(base['fp32_seconds_all_texts'])} s" + (" (extrap.)" if base["extrapolated"] else ""),
             base["fp32_seconds_all_texts"] / s["detect"]["seconds"], None),
        ]
        for precision, other in size.get("detect_other_precisions", {}).items():
            rows.append((f"detect {precision}", f"{fmt(other['seconds'])} s, {fmt(other['interactions_per_s'], 0)} int/s"
                         + (" (extrap.)" if s["detect"]["sampled"] else ""),
                         f"{base['ours_precision']} {fmt(s['detect']['seconds'])} s",
                         s["detect"]["seconds"] / other["seconds"], other["peak_rss_mb"]))
        rows += [
            ("cluster", f"{fmt(s['cluster']['seconds'], 2)} s ({s['cluster']['complaints']:,} texts)",
             f"BERTopic {fmt(s['cluster_bertopic']['seconds'], 2)} s",
             s["cluster_bertopic"]["seconds"] / s["cluster"]["seconds"], s["cluster"]["peak_rss_mb"]),
            ("exposure+alerts", f"{fmt(s['exposure_alerts']['seconds'], 2)} s", "-", None,
             s["exposure_alerts"]["peak_rss_mb"]),
        ]
        estimates = {base["ours_precision"]: size["estimated_run_seconds"],
                     **size.get("estimated_run_seconds_other_precisions", {})}
        rows.append(("run (sum)", " / ".join(f"{fmt(v, 0)} s" for v in estimates.values()),
                     " / ".join(estimates), None, None))
        for name, ours, theirs, ratio, peak in rows:
            say(f"{n:>9,} | {name:<16} | {ours:>22} | {theirs:>34} | {('x' + fmt(ratio, 2)) if ratio else '-':>7} | "
                f"{fmt(peak, 0):>7}")
    embedders = result.get("embedders")
    if embedders:
        say("\nembedder options on the same customer sentences (median sentences/s; speed-up and cosine vs torch fp32): "
            + "; ".join(f"{k} {v['sentences_per_s']:.0f}/s x{v['speedup_vs_fp32']:.2f} cos>={v['cosine_to_fp32_min']:.4f}"
                        for k, v in embedders.items()))
    check = result.get("prefilter_check")
    for style, c in (check or {}).items():
        d_on, d_off = c["detection_on"], c["detection_off"]
        say(f"\nprefilter on vs off, {style} inbox: same alert ids {c['same_alert_ids']} ({len(c['alert_ids_on'])} vs "
            f"{len(c['alert_ids_off'])}); alerts whose member sets differ: {len(c['alerts_with_other_members'])}; "
            f"premium exposure differs in {len(c['alerts_with_other_premium_exposure'])}; detection precision "
            f"{d_on['precision']:.3f} vs {d_off['precision']:.3f}, recall {d_on['recall']:.3f} vs {d_off['recall']:.3f}; "
            f"run {c['seconds_on']:.0f}s vs {c['seconds_off']:.0f}s")
    growth = result.get("growth")
    if growth:
        say("\ncost growth with size (exponent b in seconds ~ size^b; 1 = linear): "
            + "; ".join(f"{k} {v}" for k, v in growth.items()))
    e2e = result.get("end_to_end")
    if e2e:
        say(f"\nend to end, `continuity run` on {e2e['interactions']:,} interactions: full {e2e['full']['wall_seconds']:.1f} s; "
            f"+1% as new files: median {e2e['incremental']['wall_seconds']:.1f} s of {len(e2e.get('incremental_runs_seconds', [0]))} "
            f"(x{e2e['incremental_ratio']:.3f} of full, "
            f"{e2e['incremental']['scored']} scored); nothing new: {e2e['noop']['wall_seconds']:.1f} s")
        if "served_incremental" in e2e:
            say(f"against an already running Prefect server (a deployment): +1% again {e2e['served_incremental']['wall_seconds']:.1f} s "
                f"(x{e2e['served_incremental_ratio']:.3f} of full, {e2e['served_incremental']['scored']} scored); "
                f"nothing new: {e2e['served_noop']['wall_seconds']:.1f} s")
        say(f"plain PyTorch fp32 embedding all {e2e['fp32_texts']:,} texts: {e2e['fp32_embed_all_texts_seconds']:.1f} s"
            + (f" (extrapolated from {e2e['fp32_extrapolated_from']:,})" if e2e["fp32_extrapolated_from"] else "")
            + f"; whole run / fp32 embedding = x{e2e['run_vs_fp32_ratio']:.2f}")
        say("fixed cost of a run, one by one: " + "; ".join(f"{k} {v:.1f}s" for k, v in e2e["fixed_costs"].items()))
    scale = result.get("scale_run")
    if scale:
        say(f"\nscale run, `continuity run` on {scale['interactions']:,} interactions with embedding.precision "
            f"{scale['precision']} ({scale.get('task_runner', 'default')} task runner): {scale['wall_seconds']:,.0f} s "
            f"({scale['wall_seconds'] / 60:.1f} min; by stage: "
            + ", ".join(f"{k} {v:,.0f} s" for k, v in scale.get("stage_seconds", {}).items()) + "); peak memory "
            f"{scale['peak_rss_mb_run'] / 1024:.2f} GiB (the run's process), "
            f"{scale['peak_rss_mb_with_children'] / 1024:.2f} GiB with its children (the local Prefect server and any Dask workers)")


def chart(result: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [s["size"] for s in result["sizes"]]
    series = {
        "ingest": [s["stages"]["ingest"]["seconds"] for s in result["sizes"]],
        "detect (gate + embed + detector, ours)": [s["stages"]["detect"]["seconds"] for s in result["sizes"]],
        **{f"detect with {precision}": [s.get("detect_other_precisions", {}).get(precision, {}).get("seconds")
                                         for s in result["sizes"]]
           for precision in dict.fromkeys(p for s in result["sizes"] for p in s.get("detect_other_precisions", {}))},
        "embed all texts, PyTorch fp32 (baseline)": [s["baseline_embedding"]["fp32_seconds_all_texts"]
                                                     for s in result["sizes"]],
        "cluster (ours)": [s["stages"]["cluster"]["seconds"] for s in result["sizes"]],
        "cluster, BERTopic default (baseline)": [s["stages"]["cluster_bertopic"]["seconds"] for s in result["sizes"]],
        "exposure + alerts": [s["stages"]["exposure_alerts"]["seconds"] for s in result["sizes"]],
    }
    fig, ax = plt.subplots(figsize=(8, 5))
    for name, values in series.items():
        values = [np.nan if v is None else v for v in values]
        ax.plot(sizes, values, marker="o", linestyle="--" if "baseline" in name else "-", label=name)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("interactions in the inbox")
    ax.set_ylabel("seconds (median; detect and fp32 extrapolated above the sample)")
    ax.set_title(f"Continuity stage cost by size ({result['machine']['cores']} shared CPU cores)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


SECTIONS = ("sizes", "end-to-end", "prefilter", "embedders", "scale-run")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--quick", action="store_true",
                        help="10,000 only, 3,000 interactions scored, 400 baseline texts; no other section")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS),
                        help="sections to run (the others keep their results in speed.json)")
    parser.add_argument("--no-end-to-end", action="store_true", help="same as leaving end-to-end out of --only")
    parser.add_argument("--detect-sample", type=int, default=20_000, help="interactions scored per size at most")
    parser.add_argument("--baseline-sample", type=int, default=2_000, help="texts embedded by the fp32 baseline per size")
    parser.add_argument("--cluster-cap", type=int, default=20_000, help="handoff complaints clustered per size at most")
    parser.add_argument("--e2e-size", type=int, default=20_000)
    parser.add_argument("--e2e-repeats", type=int, default=3, help="times the +1%% run is timed (median reported)")
    parser.add_argument("--e2e-baseline-texts", type=int, default=20_000,
                        help="texts the fp32 baseline embeds in the end-to-end comparison (the rest extrapolated)")
    parser.add_argument("--embedder-sentences", type=int, default=1_000)
    parser.add_argument("--scale-size", type=int, default=1_000_000, help="interactions in the scale-run section")
    parser.add_argument("--scale-precision", default="onnx-int8", help="embedding.precision of the scale run")
    parser.add_argument("--scale-task-runner", choices=["default", "dask"], default="dask",
                        help="pipeline.task_runner of the scale run")
    parser.add_argument("--other-precisions", nargs="*", default=["onnx-int8"],
                        help="embedding precisions whose detection is also timed per size, on the same sample")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    sections = set(args.only) - ({"end-to-end"} if args.no_end_to_end else set())
    if args.quick:
        args.sizes, args.detect_sample, args.baseline_sample = [10_000], 3_000, 400
        sections = {"sizes"}
    rng = np.random.default_rng(0)
    previous = args.out / "speed.json"
    result: dict = json.loads(previous.read_text()) if previous.exists() and not args.quick else {}
    result.update(machine=machine(), arguments={k: str(v) for k, v in vars(args).items()})
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="continuity_speed_") as tmp:
        work = Path(tmp)
        if "sizes" in sections:
            result["sizes"] = []
            for n in sorted(args.sizes):
                result["sizes"].append(measure_size(n, work, args, rng))
                write_results(result, args.out)
            result.pop("growth", None)
            if len(result["sizes"]) > 1:
                sizes = [s["size"] for s in result["sizes"]]
                result["growth"] = {
                    name: growth_exponent(sizes, [s["stages"][name]["seconds"] for s in result["sizes"]])[1:]
                    for name in ("ingest", "gate", "detect", "cluster", "cluster_bertopic", "exposure_alerts")
                }
        if "embedders" in sections:
            from clustering.prefilter import customer_sentences

            inbox = work / "embedders_inbox"
            generate(inbox, 3500)
            from continuity.db import connect
            from ingest.store import ingest_inbox

            with connect(work / "embedders.duckdb") as conn:
                ingest_inbox(conn, inbox)
                frame = conn.execute("SELECT kind, text FROM interactions").df()
            flat = [s for row in customer_sentences(frame)[1] for s in row]
            picks = rng.choice(len(flat), min(len(flat), args.embedder_sentences), replace=False)
            result["embedders"] = compare_embedders([flat[i] for i in picks])
            write_results(result, args.out)
        if "prefilter" in sections:
            result["prefilter_check"] = prefilter_check(work)
            write_results(result, args.out)
        if "end-to-end" in sections:
            result["end_to_end"] = measure_end_to_end(work, args.e2e_size, args)
            write_results(result, args.out)
        if "scale-run" in sections:
            result["scale_run"] = measure_scale_run(work, args.scale_size, args.scale_precision, args.scale_task_runner)
    result["total_seconds"] = time.perf_counter() - started
    write_results(result, args.out)
    print_table(result)
    say(f"\nwrote {args.out / 'speed.json'} and {args.out / 'speed.png'} in {result['total_seconds']:.0f}s")
    return 0


def write_results(result: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "speed.json").write_text(json.dumps(result, indent=2, default=str))
    if result.get("sizes"):
        chart(result, out / "speed.png")


if __name__ == "__main__":
    raise SystemExit(main())
