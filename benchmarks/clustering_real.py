"""Clustering quality on real, labelled customer text: our clusterer against baselines.

    python -m benchmarks.clustering_real [--datasets NAME ...] [--quick] [--scale N]

Every method runs on the same all-MiniLM-L6-v2 embeddings in the same run, and
none is told the number of labels:

- continuity: `TextClusterer()` with its defaults. Noise counts as wrong for ACC.
- bertopic: BERTopic's default pipeline (UMAP 5-d cosine, HDBSCAN
  min_cluster_size=10 'eom', c-TF-IDF) fitted with `embeddings=`. Its UMAP is
  the default one with random_state=42 (BERTopic's documented way to make a run
  reproducible). Its -1 outliers count as one predicted cluster.
- kmeans_silhouette: KMeans (k-means++, one init) with k in 2..min(100, n/10)
  (a geometric grid of up to 30 values) chosen by cosine silhouette.
- pca10_hdbscan: PCA(10) + HDBSCAN(min_cluster_size=5); -1 counts as one cluster.

Datasets (see /work/shared/benchmarks/README.md): dstc11_banking,
dstc11_finance, banking77, cfpb_product and cfpb_issue (the same CFPB texts
scored against two label sets).

Without --quick the run adds three views: every seed 0..4 of our clusterer and
of BERTopic's UMAP (mean and spread); ablations (the defaults with one choice
changed: eom selection, no merge, no attach, other UMAP settings, PCA instead
of UMAP); and a leave-one-dataset-out view of the three tuned hyper-parameters
(min_cluster_size factor, merge_similarity, attach_similarity): for each
held-out dataset the grid point that is best on the other datasets, scored on
the held-out one. --scale N times the clusterer on N rows.

Embeddings are cached as .npy under benchmarks/.cache/ (git-ignored), keyed by
the embedder and a hash of the texts. Results go to
benchmarks/results/clustering_real.json and, with matplotlib,
benchmarks/results/clustering_real.png.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import sys
import time
import warnings
from collections.abc import Callable
from itertools import product
from pathlib import Path

import numpy as np
import pandas as pd

from benchmarks.metrics import NoiseRule, score
from clustering.algorithm import (
    NOISE,
    TextClusterer,
    attach_outliers,
    default_min_cluster_size,
    density_clusters,
    drop_loose_clusters,
    merge_similar_clusters,
    reduce_embeddings,
    validate_embeddings,
)

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared" / "benchmarks"
CACHE = HERE / ".cache"
RESULTS = HERE / "results"
SEEDS = range(5)


# ------------------------------------------------------------------ datasets


def _dstc11(domain: str) -> tuple[list[str], np.ndarray]:
    path = SHARED / "dstc11" / f"test-{domain}.test-utterances.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["utterance"] for r in rows], np.array([r["intent"] for r in rows])


def _banking77() -> tuple[list[str], np.ndarray]:
    frame = pd.read_csv(SHARED / "banking77" / "test.csv")
    return frame["text"].tolist(), frame["category"].to_numpy()


def _cfpb(label: str) -> Callable[[], tuple[list[str], np.ndarray]]:
    def load() -> tuple[list[str], np.ndarray]:
        frame = pd.read_csv(SHARED / "cfpb" / "cfpb_narratives_balanced_cap300.csv")
        return frame["narrative"].tolist(), frame[label].to_numpy()

    return load


DATASETS: dict[str, Callable[[], tuple[list[str], np.ndarray]]] = {
    "dstc11_banking": lambda: _dstc11("banking"),
    "dstc11_finance": lambda: _dstc11("finance"),
    "banking77": _banking77,
    "cfpb_product": _cfpb("product_norm"),
    "cfpb_issue": _cfpb("issue"),
}
# Datasets that share texts are one group in the leave-one-dataset-out view.
GROUP = {"cfpb_product": "cfpb", "cfpb_issue": "cfpb"}


def embed_cached(texts: list[str]) -> np.ndarray:
    """(n, 384) embeddings of texts, computed once per embedder and text list."""
    from clustering.embedder import get_embedder

    embedder = get_embedder()
    digest = hashlib.sha256("\x1f".join([embedder.name, *texts]).encode("utf-8")).hexdigest()[:16]
    path = CACHE / f"{digest}.npy"
    if path.exists():
        return np.load(path)
    vectors = embedder.embed(texts)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


# ------------------------------------------------------------------ methods


def run_continuity(texts: list[str], X: np.ndarray, seed: int = 0) -> np.ndarray:
    return TextClusterer(random_state=seed).fit_predict(X)


def run_bertopic(texts: list[str], X: np.ndarray, seed: int = 42) -> np.ndarray:
    from bertopic import BERTopic
    from umap import UMAP

    # BERTopic's own default UMAP, with the seed its docs use for reproducible runs.
    umap_model = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=seed)
    topics, _ = BERTopic(embedding_model=None, umap_model=umap_model).fit_transform(texts, embeddings=X)
    return np.asarray(topics)


def run_kmeans_silhouette(texts: list[str], X: np.ndarray, seed: int = 0) -> np.ndarray:
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score

    k_max = max(2, min(100, len(X) // 10))
    best_score, best_labels = -np.inf, np.zeros(len(X), dtype=np.int64)
    for k in np.unique(np.round(np.geomspace(2, k_max, 30)).astype(int)):
        labels = KMeans(n_clusters=int(k), random_state=seed).fit_predict(X)
        value = silhouette_score(X, labels, metric="cosine")
        if value > best_score:
            best_score, best_labels = value, labels
    return best_labels


def run_pca10_hdbscan(texts: list[str], X: np.ndarray, seed: int = 0) -> np.ndarray:
    from hdbscan import HDBSCAN
    from sklearn.decomposition import PCA

    return HDBSCAN(min_cluster_size=5).fit_predict(PCA(10, random_state=seed).fit_transform(X))


METHODS: dict[str, tuple[Callable[..., np.ndarray], NoiseRule]] = {
    "continuity": (run_continuity, "wrong"),
    "bertopic": (run_bertopic, "cluster"),
    "kmeans_silhouette": (run_kmeans_silhouette, "cluster"),
    "pca10_hdbscan": (run_pca10_hdbscan, "cluster"),
}


_runs: dict[tuple, tuple[np.ndarray, float]] = {}


def run_method(method: str, texts: list[str], X: np.ndarray, seed: int | None = None) -> tuple[np.ndarray, float]:
    """(labels, seconds) of one method on one text set. Datasets that share their
    texts (cfpb_product, cfpb_issue) reuse the run: every method is deterministic."""
    key = (method, seed, hashlib.sha256(X.tobytes()).hexdigest())
    if key not in _runs:
        run = METHODS[method][0]
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            labels = run(texts, X) if seed is None else run(texts, X, seed=seed)
        _runs[key] = (np.asarray(labels), time.perf_counter() - start)
    return _runs[key]


# ------------------------------------------------------------------ views


def main_table(data: dict, methods: list[str]) -> list[dict]:
    rows = []
    for name, (texts, truth, X) in data.items():
        for method in methods:
            labels, seconds = run_method(method, texts, X)
            rows.append({"dataset": name, "method": method, **score(truth, labels, METHODS[method][1]), "seconds": seconds})
            print(_format_row(rows[-1]), flush=True)
    return rows


def seed_view(data: dict) -> list[dict]:
    """Our clusterer and BERTopic over seeds 0..4: mean, min and max of ACC and NMI."""
    rows = []
    for name, (texts, truth, X) in data.items():
        for method in ("continuity", "bertopic"):
            scores = [score(truth, run_method(method, texts, X, seed)[0], METHODS[method][1]) for seed in SEEDS]
            row = {"dataset": name, "method": method, "seeds": list(SEEDS)}
            for metric in ("acc", "nmi", "assigned"):
                values = np.array([s[metric] for s in scores])
                row |= {f"{metric}_mean": values.mean(), f"{metric}_min": values.min(), f"{metric}_max": values.max()}
            rows.append(row)
            print(
                f"{name:15s} {method:18s} ACC {row['acc_mean']:.3f} [{row['acc_min']:.3f}, {row['acc_max']:.3f}]"
                f"  NMI {row['nmi_mean']:.3f} [{row['nmi_min']:.3f}, {row['nmi_max']:.3f}]",
                flush=True,
            )
    return rows


# The tuned hyper-parameters and the grid the leave-one-out view searches.
GRID = {
    "min_cluster_size_factor": (0.25, 0.3, 0.35),
    "merge_similarity": (0.8, 0.85, 0.9),
    "attach_similarity": (0.4, 0.45, 0.5),
}


def leave_one_dataset_out(data: dict, baseline: dict[tuple[str, str], dict]) -> list[dict]:
    """For each held-out dataset group, the grid point best on the others (by the worst
    margin over BERTopic in ACC and NMI), scored on the held-out group."""
    default = TextClusterer()
    grid_scores: dict[tuple, dict[str, dict]] = {}
    reduced: dict[str, np.ndarray] = {}  # one UMAP per text set
    for name, (texts, truth, X) in data.items():
        X = validate_embeddings(X)
        digest = hashlib.sha256(X.tobytes()).hexdigest()
        if digest not in reduced:
            reduced[digest] = reduce_embeddings(X, default.n_components, default.n_neighbors, default.random_state)
        Z = reduced[digest]
        # The steps of cluster_embeddings, so the UMAP is computed once, not per grid point.
        for factor, merge, attach in product(*GRID.values()):
            size = default_min_cluster_size(len(X), factor)
            labels, _ = density_clusters(Z, size, default.min_samples, default.selection)
            labels = merge_similar_clusters(X, labels, merge)
            labels = drop_loose_clusters(X, labels, default.min_confidence)
            labels = attach_outliers(X, labels, attach)
            grid_scores.setdefault((factor, merge, attach), {})[name] = score(truth, labels, "wrong")

    def worst_margin(point: tuple, names: list[str]) -> float:
        """Smallest lead over BERTopic in ACC or NMI; -inf if under 90% assigned anywhere."""
        margins = []
        for name in names:
            scores = grid_scores[point][name]
            if scores["assigned"] < 0.9:
                return -np.inf
            margins += [scores[m] - baseline[(name, "bertopic")][m] for m in ("acc", "nmi")]
        return min(margins)

    rows = []
    groups = sorted({GROUP.get(n, n) for n in data})
    for held_out in groups:
        test = [n for n in data if GROUP.get(n, n) == held_out]
        train = [n for n in data if GROUP.get(n, n) != held_out]
        if not train:
            continue
        chosen = max(grid_scores, key=lambda point: (worst_margin(point, train), point))
        for name in test:
            held = grid_scores[chosen][name]
            rows.append(
                {
                    "held_out": name,
                    "chosen_on_others": dict(zip(GRID, chosen)),
                    "acc": held["acc"],
                    "nmi": held["nmi"],
                    "assigned": held["assigned"],
                    "bertopic_acc": baseline[(name, "bertopic")]["acc"],
                    "bertopic_nmi": baseline[(name, "bertopic")]["nmi"],
                }
            )
            print(
                f"{name:15s} chosen on others {dict(zip(GRID, chosen))}: ACC {held['acc']:.3f} NMI {held['nmi']:.3f}"
                f" assigned {held['assigned']:.3f} (BERTopic ACC {rows[-1]['bertopic_acc']:.3f}"
                f" NMI {rows[-1]['bertopic_nmi']:.3f})",
                flush=True,
            )
    return rows


# One change to the defaults at a time: what each choice of the pipeline is worth.
ABLATIONS: dict[str, dict] = {
    "eom selection (not leaf)": {"selection": "eom"},
    "no merge": {"merge_similarity": 1.0},
    "no attach": {"attach_similarity": 1.0},
    "UMAP n_neighbors 15 (not 30)": {"n_neighbors": 15},
    "UMAP 10 dims (not 5)": {"n_components": 10},
}


def _pca_instead_of_umap(X: np.ndarray, dims: int = 5) -> np.ndarray:
    from sklearn.decomposition import PCA

    default = TextClusterer()
    X = validate_embeddings(X)
    Z = PCA(dims, random_state=0).fit_transform(X)
    labels, _ = density_clusters(Z, default_min_cluster_size(len(X)), default.min_samples, default.selection)
    labels = merge_similar_clusters(X, labels, default.merge_similarity)
    labels = drop_loose_clusters(X, labels, default.min_confidence)
    return attach_outliers(X, labels, default.attach_similarity)


def ablation_view(data: dict) -> list[dict]:
    rows = []
    for name, (texts, truth, X) in data.items():
        for variant, params in [*ABLATIONS.items(), ("PCA 5 dims (not UMAP)", None)]:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                labels = TextClusterer(**params).fit_predict(X) if params is not None else _pca_instead_of_umap(X)
            rows.append({"dataset": name, "variant": variant, **score(truth, labels, "wrong")})
            print(
                f"{name:15s} {variant:30s} ACC {rows[-1]['acc']:.3f}  NMI {rows[-1]['nmi']:.3f}"
                f"  assigned {rows[-1]['assigned']:.3f}  clusters {rows[-1]['n_clusters']}",
                flush=True,
            )
    return rows


def warm_up(texts: list[str], X: np.ndarray, methods: list[str]) -> None:
    """Run each method once on 200 rows, so no timing includes imports or numba compilation."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for method in methods:
            METHODS[method][0](texts[:200], X[:200])


def scale_timing(n_rows: int, base: np.ndarray) -> dict:
    """Seconds for TextClusterer().fit on n_rows rows made by jittering real embeddings."""
    rng = np.random.default_rng(0)
    X = base[rng.integers(0, len(base), n_rows)] + rng.normal(scale=0.02, size=(n_rows, base.shape[1]))
    X = (X / np.linalg.norm(X, axis=1, keepdims=True)).astype(np.float32)
    clusterer = TextClusterer()
    start = time.perf_counter()
    clusterer.fit(X)
    seconds = time.perf_counter() - start
    result = {
        "rows": n_rows,
        "dims": int(X.shape[1]),
        "seconds": seconds,
        "n_clusters": clusterer.n_clusters_,
        "assigned": float((clusterer.labels_ != NOISE).mean()),
    }
    print(f"scale: {n_rows} x {X.shape[1]} rows in {seconds:.1f} s, {clusterer.n_clusters_} clusters", flush=True)
    return result


# ------------------------------------------------------------------ output


def _format_row(row: dict) -> str:
    return (
        f"{row['dataset']:15s} {row['method']:18s} ACC {row['acc']:.3f}  NMI {row['nmi']:.3f}  ARI {row['ari']:.3f}"
        f"  assigned {row['assigned']:.3f}  clusters {row['n_clusters']:4d}  {row['seconds']:7.1f} s"
    )


def print_table(rows: list[dict]) -> None:
    frame = pd.DataFrame(rows)
    print()
    print(f"{'dataset':15s} {'method':18s} {'ACC':>6s} {'NMI':>6s} {'ARI':>6s} {'assigned':>8s} {'clusters':>8s} {'seconds':>8s}")
    for row in frame.itertuples():
        print(
            f"{row.dataset:15s} {row.method:18s} {row.acc:6.3f} {row.nmi:6.3f} {row.ari:6.3f}"
            f" {row.assigned:8.3f} {row.n_clusters:8d} {row.seconds:8.1f}"
        )


def plot(rows: list[dict], path: Path) -> bool:
    """Grouped bars of ACC and NMI per dataset per method; False when matplotlib is missing."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    frame = pd.DataFrame(rows)
    datasets, methods = list(dict.fromkeys(frame["dataset"])), list(dict.fromkeys(frame["method"]))
    fig, axes = plt.subplots(1, 2, figsize=(13, 4.5), sharey=True)
    width = 0.8 / len(methods)
    for axis, metric in zip(axes, ("acc", "nmi")):
        for i, method in enumerate(methods):
            values = [frame[(frame.dataset == d) & (frame.method == method)][metric].squeeze() for d in datasets]
            axis.bar(np.arange(len(datasets)) + i * width, values, width, label=method)
        axis.set_xticks(np.arange(len(datasets)) + width * (len(methods) - 1) / 2, datasets, rotation=20)
        axis.set_title(metric.upper())
        axis.set_ylim(0, 1)
        axis.grid(axis="y", alpha=0.3)
    handles, names = axes[0].get_legend_handles_labels()
    fig.legend(handles, names, loc="lower center", ncol=len(methods), frameon=False)
    fig.suptitle("Clustering real labelled text without the number of clusters (all-MiniLM-L6-v2)")
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", nargs="+", choices=list(DATASETS), default=list(DATASETS))
    parser.add_argument("--methods", nargs="+", choices=list(METHODS), default=list(METHODS))
    parser.add_argument("--quick", action="store_true", help="main table only: no seed or leave-one-out views")
    parser.add_argument("--scale", type=int, default=0, help="also time TextClusterer on this many rows")
    args = parser.parse_args(argv)

    missing = [d for d in ("dstc11", "banking77", "cfpb") if not (SHARED / d).is_dir()]
    if missing:
        print(f"benchmark data folder(s) {missing} not found under {SHARED}", file=sys.stderr)
        return 2

    data = {}
    for name in args.datasets:
        texts, truth = DATASETS[name]()
        data[name] = (texts, truth, embed_cached(texts))
        print(f"{name}: {len(texts)} texts, {len(set(truth))} labels", flush=True)

    results: dict = {
        "embedder": "all-MiniLM-L6-v2/bf16",
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "defaults": TextClusterer().get_params(),
        "noise_rule": {m: rule for m, (_, rule) in METHODS.items()},
    }
    first_texts, _, first_X = next(iter(data.values()))
    warm_up(first_texts, first_X, args.methods)
    rows = main_table(data, args.methods)
    results["table"] = rows
    print_table(rows)
    if not args.quick:
        print("\nseeds 0..4 (mean [min, max])")
        results["seeds"] = seed_view(data)
        print("\nablations: the defaults with one change")
        results["ablations"] = ablation_view(data)
        if "bertopic" in args.methods:
            print("\nleave one dataset out")
            baseline = {(r["dataset"], r["method"]): r for r in rows}
            results["leave_one_dataset_out"] = {"grid": GRID, "rows": leave_one_dataset_out(data, baseline)}
    if args.scale:
        results["scale"] = scale_timing(args.scale, np.concatenate([X for _, _, X in data.values()]))

    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "clustering_real.json"
    out.write_text(json.dumps(results, indent=2, default=_jsonable) + "\n", encoding="utf-8")
    print(f"\nwrote {out}")
    if plot(rows, RESULTS / "clustering_real.png"):
        print(f"wrote {RESULTS / 'clustering_real.png'}")
    else:
        print("matplotlib is not installed: no chart")
    return 0


def _jsonable(value):
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


if __name__ == "__main__":
    raise SystemExit(main())
