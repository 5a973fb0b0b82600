"""`continuity cluster`: the clustering stage alone on any column of texts."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from clustering.embedder import get_embedder

NOISE = -1


class ClusterInputError(ValueError):
    """The input file or column cannot be used."""


def read_texts(path: Path, column: str) -> pd.Series:
    """The text column of a CSV or JSONL file, in file order (missing texts as '')."""
    if not path.is_file():
        raise ClusterInputError(f"input file {path} does not exist")
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        elif suffix == ".jsonl":
            frame = pd.read_json(path, lines=True, dtype=False)
        elif suffix == ".parquet":
            frame = pd.read_parquet(path)
        else:
            raise ClusterInputError(f"input {path}: unsupported file type '{suffix}' (use .csv, .jsonl or .parquet)")
    except ClusterInputError:
        raise
    except Exception as exc:
        raise ClusterInputError(f"input {path} cannot be read: {str(exc).splitlines()[0]}") from exc
    if column not in frame.columns:
        raise ClusterInputError(f"input {path} has no column '{column}'; columns are {list(frame.columns)}")
    return frame[column].map(lambda v: "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v).strip())


def embed_with_progress(embedder, texts: list[str], chunk: int = 2000) -> np.ndarray:
    parts = []
    started = time.perf_counter()
    for start in range(0, len(texts), chunk):
        parts.append(embedder.embed(texts[start : start + chunk]))
        done = min(start + chunk, len(texts))
        rate = done / max(time.perf_counter() - started, 1e-9)
        print(f"embedded {done}/{len(texts)} texts ({rate:.0f}/s)", file=sys.stderr, flush=True)
    return np.vstack(parts) if parts else np.zeros((0, 384), dtype=np.float32)


def cluster_file(path: Path, column: str, out: Path, settings) -> str:
    """Write `row,cluster` (row: 0-based position in the input; cluster -1: in no cluster)."""
    texts = read_texts(path, column)
    present = texts.str.len() > 0
    if not present.any():
        raise ClusterInputError(f"input {path}: column '{column}' holds no text")
    from clustering.algorithm import TextClusterer

    embedder = get_embedder(settings.embedding.precision, settings.embedding.device, settings.embedding.batch_size)
    vectors = embed_with_progress(embedder, texts[present].tolist())
    labels = np.full(len(texts), NOISE, dtype=int)
    if len(vectors):
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1):  # deterministic whatever the thread count
            labels[present.to_numpy()] = TextClusterer(random_state=settings.clustering.random_state).fit(vectors).labels_
    out.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame({"row": np.arange(len(texts)), "cluster": labels}).to_csv(out, index=False)
    clusters = len(set(labels.tolist()) - {NOISE})
    assigned = float((labels != NOISE).mean())
    return f"{len(texts)} texts -> {clusters} clusters, {assigned:.0%} assigned; written to {out}"
