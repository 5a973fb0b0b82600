"""Clustering of text embeddings without being told the number of clusters.

The pipeline (each step a module-level function, so it can be tested alone):

1. `reduce_embeddings`: UMAP (cosine) to a few dimensions, where density-based
   clustering works far better than in 384 dimensions.
2. `density_clusters`: HDBSCAN on the reduced points; texts in
   no dense region are NOISE.
3. `merge_similar_clusters`: clusters whose centroids in the original embedding
   space are nearly the same direction are one topic split in two by the
   reduction; they are merged.
4. `drop_loose_clusters`: a cluster whose texts are on average barely similar
   to its centroid is no topic (HDBSCAN finds such clusters even in random
   vectors); its texts become NOISE.
5. `attach_outliers`: a noise text joins the cluster whose centroid it is most
   similar to, when that cosine is high enough; the rest stay NOISE.

`cluster_embeddings` runs the five steps; `TextClusterer` wraps it in the
scikit-learn estimator contract. Every random step takes `random_state`, so the
same input gives the same output.

Above `max_fit_samples` rows, steps 1-4 run on a fixed random sample and step 5
places every row (the nearest centroid is a matrix product, linear in n).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Literal

import numpy as np
from sklearn.base import BaseEstimator, ClusterMixin

NOISE = -1
Selection = Literal["eom", "leaf"]

# Below this many texts there is no density to estimate: the texts form one
# cluster when they are alike (see `_small_input_labels`).
SMALL_INPUT = 10
# default_min_cluster_size = factor * sqrt(n); see benchmarks/clustering_real.py for how it was chosen.
MIN_CLUSTER_SIZE_FACTOR = 0.3


# --------------------------------------------------------------------------- maths


def validate_embeddings(X) -> np.ndarray:
    """(n, d) finite numbers -> float32 array with rows scaled to unit length.

    Raises ValueError naming the problem: empty input, wrong number of
    dimensions, NaN or infinite values, or an all-zero row.
    """
    array = np.asarray(X)
    if array.ndim != 2:
        raise ValueError(
            f"embeddings must be a 2-d array (n_texts, n_dims), got {array.ndim}-d with shape {array.shape}"
        )
    if array.shape[0] == 0:
        raise ValueError("embeddings are empty (0 rows): there is nothing to cluster")
    if array.shape[1] == 0:
        raise ValueError(f"embeddings have 0 dimensions (shape {array.shape})")
    if not np.issubdtype(array.dtype, np.number):
        raise ValueError(f"embeddings must be numbers, got dtype {array.dtype}")
    array = array.astype(np.float32, copy=False)
    bad = ~np.isfinite(array).all(axis=1)
    if bad.any():
        rows = np.flatnonzero(bad)
        raise ValueError(
            f"embeddings hold NaN or infinite values in {rows.size} row(s), first row {rows[0]}: "
            "embed those texts again or drop them"
        )
    norms = np.linalg.norm(array, axis=1)
    if (norms == 0).any():
        raise ValueError(f"embedding row {int(np.flatnonzero(norms == 0)[0])} is all zeros: it has no direction")
    return array / norms[:, None]


def default_min_cluster_size(n_samples: int, factor: float = MIN_CLUSTER_SIZE_FACTOR) -> int:
    """HDBSCAN's smallest cluster for `n_samples` texts: factor (0.3) * sqrt(n), at least 5.

    Grows slower than n so that large inputs still keep their small topics:
    400 texts -> 6, 1,600 -> 12, 10,000 -> 30, 20,000 -> 42.
    """
    return max(5, int(round(factor * np.sqrt(max(n_samples, 1)))))


def nearest_neighbours(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Exact k nearest neighbours by cosine, each row's own index included.

    X: (n, d) unit rows. Returns (indices (n, k) int64, cosine distances (n, k)
    float32), nearest first. Exact and deterministic; computed in blocks of
    about 64 MB, O(n^2 d) time (about 6 s for 20,000 rows on 2 cores).
    """
    n = X.shape[0]
    k = min(k, n)
    indices = np.empty((n, k), dtype=np.int64)
    distances = np.empty((n, k), dtype=np.float32)
    rows_per_block = max(1, (1 << 24) // n)
    for start in range(0, n, rows_per_block):
        block = slice(start, start + rows_per_block)
        indices[block], distances[block] = _most_similar(X[block] @ X.T, k)
    return indices, distances


def _most_similar(similarity: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(m, n) cosines -> the k most similar columns per row (indices, cosine distances),
    most similar first, ties by index."""
    candidates = np.argpartition(-similarity, k - 1, axis=1)[:, :k]
    values = np.take_along_axis(similarity, candidates, axis=1)
    order = np.lexsort((candidates, -values), axis=1)
    return np.take_along_axis(candidates, order, axis=1), np.maximum(0.0, 1.0 - np.take_along_axis(values, order, axis=1))


def reduce_embeddings(
    X: np.ndarray, n_components: int = 5, n_neighbors: int = 30, random_state: int = 0
) -> np.ndarray:
    """(n, d) unit rows -> (n, n_components) float32 UMAP coordinates (cosine metric, min_dist 0).

    The neighbour graph is exact (`nearest_neighbours`), which also spares
    pynndescent's compilation in every new process. n_neighbors is capped at
    n - 1 so that small inputs work. Deterministic for a given random_state.
    """
    from umap import UMAP

    n = X.shape[0]
    k = max(2, min(n_neighbors, n - 1))
    knn_indices, knn_distances = nearest_neighbours(X, k)
    with warnings.catch_warnings():
        # UMAP warns that a fixed random_state disables its parallelism (that is the
        # point) and that precomputed neighbours allow no transform (none is needed).
        warnings.simplefilter("ignore", UserWarning)
        reducer = UMAP(
            n_components=n_components,
            n_neighbors=k,
            min_dist=0.0,
            metric="cosine",
            random_state=random_state,
            precomputed_knn=(knn_indices, knn_distances, None),
            # 'spectral' needs more points than components; a tiny input starts at random.
            init="spectral" if n > n_components + 2 else "random",
        )
        return reducer.fit_transform(X).astype(np.float32)


def place_new_points(
    X_old: np.ndarray, Z_old: np.ndarray, X_new: np.ndarray, n_neighbors: int = 30, random_state: int = 0,
    n_epochs: int = 100,
) -> np.ndarray:
    """Place new (m, d) unit rows into an existing layout Z_old (n, c) of X_old (n, d) -> (m, c) float32.

    UMAP's own `transform`, with the exact cosine neighbours `reduce_embeddings`
    uses: each new row starts at the membership-weighted mean of its nearest old
    rows' positions and is then optimised against the fixed old layout (UMAP's
    defaults for a transform: 100 epochs, a quarter of the learning rate). Old
    positions do not move. Deterministic for a given random_state.
    """
    import scipy.sparse
    from umap.layouts import optimize_layout_euclidean
    from umap.umap_ import (compute_membership_strengths, find_ab_params, init_graph_transform,
                            make_epochs_per_sample, smooth_knn_dist)

    n, m = X_old.shape[0], X_new.shape[0]
    k = max(1, min(n_neighbors, n))
    indices, distances = _most_similar(X_new @ X_old.T, k)
    indices, distances = indices.astype(np.int64), distances.astype(np.float32)
    sigmas, rhos = smooth_knn_dist(distances, float(k), local_connectivity=0.0)
    rows, cols, vals, _ = compute_membership_strengths(indices, distances, sigmas, rhos, bipartite=True)
    graph = scipy.sparse.coo_matrix((vals, (rows, cols)), shape=(m, n))
    csr = graph.tocsr()
    csr.eliminate_zeros()
    Z_new = init_graph_transform(csr, Z_old)
    graph.data[graph.data < graph.data.max() / float(n_epochs)] = 0.0
    graph.eliminate_zeros()
    a, b = find_ab_params(1.0, 0.0)
    rng_state = np.random.RandomState(random_state).randint(np.iinfo(np.int32).min, np.iinfo(np.int32).max, 3)
    Z_new = optimize_layout_euclidean(
        Z_new, np.asarray(Z_old, dtype=np.float32).copy(), graph.row, graph.col, n_epochs, n,
        make_epochs_per_sample(graph.data, n_epochs), a, b, rng_state.astype(np.int64),
        1.0, 0.25, 5, False,
    )
    return np.asarray(Z_new, dtype=np.float32)


def density_clusters(
    Z: np.ndarray, min_cluster_size: int, min_samples: int, selection: Selection = "leaf"
) -> tuple[np.ndarray, np.ndarray]:
    """HDBSCAN on reduced points Z (n, m) -> (labels (n,) with NOISE = -1, membership strength (n,) 0..1).

    The `hdbscan` package's Boruvka k-d tree: deterministic, and about as fast
    as fast_hdbscan's parallel mode on a few dimensions (0.6 s for 20,000
    points), where fast_hdbscan's reproducible mode is ~20x slower.
    """
    from hdbscan import HDBSCAN

    n = Z.shape[0]
    clusterer = HDBSCAN(
        min_cluster_size=int(max(2, min(min_cluster_size, n))),
        min_samples=int(max(1, min(min_samples, n - 1))),
        cluster_selection_method=selection,
    ).fit(np.asarray(Z, dtype=np.float64))
    return clusterer.labels_.astype(np.int64), clusterer.probabilities_.astype(np.float64)


def cluster_centroids(X: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean direction of each cluster.

    X: (n, d) unit rows; labels: (n,) with NOISE = -1.
    Returns (cluster ids (k,) ascending, centroids (k, d) unit rows).
    """
    member = labels != NOISE
    ids, index = np.unique(labels[member], return_inverse=True)
    sums = np.zeros((ids.size, X.shape[1]), dtype=np.float64)
    np.add.at(sums, index, X[member])
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return ids, (sums / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def merge_similar_clusters(X: np.ndarray, labels: np.ndarray, min_similarity: float) -> np.ndarray:
    """Merge clusters whose centroids have cosine >= min_similarity, most similar pair first.

    X: (n, d) unit rows; labels: (n,). After each merge the merged centroid is
    recomputed from all its members (centroid linkage on directions). Returns
    labels renumbered 0..k-1 in the order of the old ids; NOISE stays.
    """
    member = labels != NOISE
    ids = np.unique(labels[member])
    if ids.size < 2:
        return _renumber(labels)
    index = np.searchsorted(ids, labels[member])
    sums = np.zeros((ids.size, X.shape[1]), dtype=np.float64)
    np.add.at(sums, index, X[member])
    unit = sums / np.linalg.norm(sums, axis=1, keepdims=True)
    similarity = unit @ unit.T
    np.fill_diagonal(similarity, -np.inf)
    parent = np.arange(ids.size)
    alive = np.ones(ids.size, dtype=bool)
    while True:
        a, b = divmod(int(np.argmax(similarity)), ids.size)
        if similarity[a, b] < min_similarity:
            break
        keep, gone = min(a, b), max(a, b)
        sums[keep] += sums[gone]
        parent[parent == gone] = keep
        alive[gone] = False
        unit[keep] = sums[keep] / np.linalg.norm(sums[keep])
        row = np.where(alive, unit @ unit[keep], -np.inf)
        row[keep] = -np.inf
        similarity[gone, :] = similarity[:, gone] = -np.inf
        similarity[keep, :] = similarity[:, keep] = row
    merged = labels.copy()
    merged[member] = ids[parent[index]]
    return _renumber(merged)


def drop_loose_clusters(X: np.ndarray, labels: np.ndarray, min_confidence: float) -> np.ndarray:
    """Turn the texts of every cluster whose `cluster_confidence` is below min_confidence into NOISE.

    X: (n, d) unit rows; labels: (n,). Other labels are kept as they are.
    """
    loose = [c for c, value in cluster_confidence(X, labels).items() if value < min_confidence]
    out = labels.copy()
    out[np.isin(labels, loose)] = NOISE
    return out


def attach_outliers(X: np.ndarray, labels: np.ndarray, min_similarity: float) -> np.ndarray:
    """Give each NOISE text the cluster whose centroid it is most similar to, if cosine >= min_similarity.

    X: (n, d) unit rows; labels: (n,). Centroids are computed once from the
    clustered texts, so the order of the noise texts does not matter.
    """
    ids, centroids = cluster_centroids(X, labels)
    noise = np.flatnonzero(labels == NOISE)
    if ids.size == 0 or noise.size == 0:
        return labels.copy()
    nearest, similarity = _nearest_centroid(X[noise], centroids)
    out = labels.copy()
    close = similarity >= min_similarity
    out[noise[close]] = ids[nearest[close]]
    return out


def cluster_confidence(X, labels) -> dict[int, float]:
    """How alike each cluster's texts are: mean cosine of its members to its centroid, 0..1.

    X: (n, d) embeddings (rows are normalised here); labels: (n,) with NOISE = -1,
    which gets no entry. 1.0 means identical texts; unrelated texts give ~0.3
    with all-MiniLM-L6-v2.
    """
    X = validate_embeddings(X)
    labels = np.asarray(labels)
    if labels.shape != (X.shape[0],):
        raise ValueError(f"labels must have shape ({X.shape[0]},) to match the embeddings, got {labels.shape}")
    ids, centroids = cluster_centroids(X, labels)
    member = labels != NOISE
    index = np.searchsorted(ids, labels[member])
    similarity = np.einsum("ij,ij->i", X[member], centroids[index])
    totals = np.bincount(index, weights=similarity, minlength=ids.size)
    counts = np.bincount(index, minlength=ids.size)
    return {int(c): float(np.clip(t / m, 0.0, 1.0)) for c, t, m in zip(ids, totals, counts)}


@dataclass(frozen=True)
class Clustering:
    """Result of `cluster_embeddings`: labels (n,) with NOISE = -1, probabilities (n,) 0..1,
    centroids (k, d) unit rows where row i belongs to label i, and the reduced
    points (None when the input was small or sampled)."""

    labels: np.ndarray
    probabilities: np.ndarray
    centroids: np.ndarray
    layout: np.ndarray | None = None  # (n, n_components) reduced points, when every row was reduced


def cluster_embeddings(
    X: np.ndarray,
    *,
    min_cluster_size: int | None = None,
    min_samples: int = 10,
    n_components: int = 5,
    n_neighbors: int = 30,
    selection: Selection = "leaf",
    merge_similarity: float = 0.85,
    min_confidence: float = 0.45,
    attach_similarity: float = 0.45,
    max_fit_samples: int = 15_000,
    random_state: int = 0,
    layout: np.ndarray | None = None,
) -> Clustering:
    """Cluster (n, d) unit-norm embeddings; see the module docstring for the steps.

    min_cluster_size None means `default_min_cluster_size(n)`. Labels are
    0..k-1, biggest cluster first. layout: (n, n_components) reduced points for
    X made earlier (clustering/layout.py keeps them between runs); step 1 is
    then skipped. Ignored where the rows would be sampled.
    """
    n = X.shape[0]
    reduced = None
    if n < SMALL_INPUT:
        labels = _small_input_labels(X, attach_similarity)
    else:
        rng = np.random.default_rng(random_state)
        fit_rows = np.sort(rng.choice(n, max_fit_samples, replace=False)) if n > max_fit_samples else np.arange(n)
        X_fit = X[fit_rows]
        size = min_cluster_size or default_min_cluster_size(fit_rows.size)
        if layout is not None and n <= max_fit_samples:
            if layout.shape != (n, n_components):
                raise ValueError(f"layout must have shape ({n}, {n_components}), got {layout.shape}")
            Z = np.asarray(layout, dtype=np.float32)
        else:
            Z = reduce_embeddings(X_fit, n_components, n_neighbors, random_state)
        if n <= max_fit_samples:
            reduced = Z
        fit_labels, _ = density_clusters(Z, size, min_samples, selection)
        fit_labels = merge_similar_clusters(X_fit, fit_labels, merge_similarity)
        fit_labels = drop_loose_clusters(X_fit, fit_labels, min_confidence)
        if (fit_labels == NOISE).all():
            # No dense region (e.g. a few texts on one topic): the small-input rule decides.
            labels = _small_input_labels(X, attach_similarity)
        else:
            labels = np.full(n, NOISE, dtype=np.int64)
            labels[fit_rows] = fit_labels
            labels = attach_outliers(X, labels, attach_similarity)
    labels = _renumber(labels, by_size=True)
    ids, centroids = cluster_centroids(X, labels)
    probabilities = np.zeros(n, dtype=np.float64)
    member = labels != NOISE
    if member.any():
        own = centroids[np.searchsorted(ids, labels[member])]
        probabilities[member] = np.clip(np.einsum("ij,ij->i", X[member], own), 0.0, 1.0)
    return Clustering(labels=labels, probabilities=probabilities, centroids=centroids, layout=reduced)


def _small_input_labels(X: np.ndarray, min_similarity: float) -> np.ndarray:
    """Too few texts for density: those within min_similarity of their common centroid form cluster 0."""
    centroid = X.astype(np.float64).sum(axis=0)
    norm = np.linalg.norm(centroid)
    if norm == 0:
        return np.full(X.shape[0], NOISE, dtype=np.int64)
    alike = X @ (centroid / norm) >= min_similarity
    return np.where(alike, 0, NOISE).astype(np.int64)


def _nearest_centroid(X: np.ndarray, centroids: np.ndarray, batch: int = 16_384) -> tuple[np.ndarray, np.ndarray]:
    """Index of and cosine to the most similar centroid for each row, in batches to bound memory."""
    nearest = np.empty(X.shape[0], dtype=np.int64)
    similarity = np.empty(X.shape[0], dtype=np.float32)
    for start in range(0, X.shape[0], batch):
        block = X[start : start + batch] @ centroids.T
        nearest[start : start + batch] = block.argmax(axis=1)
        similarity[start : start + batch] = block.max(axis=1)
    return nearest, similarity


def _renumber(labels: np.ndarray, by_size: bool = False) -> np.ndarray:
    """Cluster ids -> 0..k-1; NOISE stays.

    by_size=False keeps the order of the old ids. by_size=True puts the biggest
    cluster first, ties going to the cluster whose first row comes first, so the
    numbering depends only on the partition, not on the old ids.
    """
    labels = np.asarray(labels, dtype=np.int64)
    member = labels != NOISE
    ids, first_row, index, counts = np.unique(
        labels[member], return_index=True, return_inverse=True, return_counts=True
    )
    order = np.lexsort((first_row, -counts)) if by_size else np.arange(ids.size)
    rank = np.empty(ids.size, dtype=np.int64)
    rank[order] = np.arange(ids.size)
    out = np.full(labels.shape, NOISE, dtype=np.int64)
    out[member] = rank[index]
    return out


# --------------------------------------------------------------------------- estimator


class TextClusterer(ClusterMixin, BaseEstimator):
    """Clusters text embeddings without a number of clusters (UMAP + HDBSCAN + merge + attach).

    Parameters (all keyword, stored as given):
        min_cluster_size: HDBSCAN's smallest cluster; None = automatic from n.
        min_samples: HDBSCAN's density smoothing (neighbours that make a point core).
        n_components: UMAP dimensions kept.
        n_neighbors: UMAP neighbourhood size.
        selection: HDBSCAN cluster selection, "leaf" (fine topics) or "eom".
        merge_similarity: centroid cosine at or above which two clusters merge.
        min_confidence: a cluster whose mean cosine to its centroid is below this is dropped.
        attach_similarity: centroid cosine at or above which a noise text joins a cluster.
        max_fit_samples: above this many rows the structure is learned on a sample.
        random_state: seed of every random step.

    Learned state after `fit(X)`:
        labels_ (n,): cluster per row, 0..k-1 biggest first, NOISE = -1 for rows in no cluster.
        probabilities_ (n,): cosine of each row to its cluster's centroid, 0..1 (0 for noise).
        centroids_ (k, d): unit-norm centroid of each cluster, row i for label i.
        n_clusters_: k.
        layout_ (n, n_components): the reduced points, or None (small or sampled input).
    """

    def __init__(
        self,
        *,
        min_cluster_size: int | None = None,
        min_samples: int = 10,
        n_components: int = 5,
        n_neighbors: int = 30,
        selection: Selection = "leaf",
        merge_similarity: float = 0.85,
        min_confidence: float = 0.45,
        attach_similarity: float = 0.45,
        max_fit_samples: int = 15_000,
        random_state: int = 0,
    ) -> None:
        self.min_cluster_size = min_cluster_size
        self.min_samples = min_samples
        self.n_components = n_components
        self.n_neighbors = n_neighbors
        self.selection = selection
        self.merge_similarity = merge_similarity
        self.min_confidence = min_confidence
        self.attach_similarity = attach_similarity
        self.max_fit_samples = max_fit_samples
        self.random_state = random_state

    def fit(self, X, y=None, layout=None) -> "TextClusterer":
        """X: (n, d) embeddings (rows are normalised here). y is ignored. layout:
        (n, n_components) reduced points made earlier for X (see cluster_embeddings)."""
        X = validate_embeddings(X)
        self._check_params()
        result = cluster_embeddings(
            X,
            min_cluster_size=self.min_cluster_size,
            min_samples=self.min_samples,
            n_components=self.n_components,
            n_neighbors=self.n_neighbors,
            selection=self.selection,
            merge_similarity=self.merge_similarity,
            min_confidence=self.min_confidence,
            attach_similarity=self.attach_similarity,
            max_fit_samples=self.max_fit_samples,
            random_state=self.random_state,
            layout=None if layout is None else np.asarray(layout, dtype=np.float32),
        )
        self.labels_ = result.labels
        self.layout_ = result.layout
        self.probabilities_ = result.probabilities
        self.centroids_ = result.centroids
        self.n_clusters_ = int(result.centroids.shape[0])
        self.n_features_in_ = X.shape[1]
        return self

    def fit_predict(self, X, y=None) -> np.ndarray:
        """fit(X) and return labels_."""
        return self.fit(X).labels_

    def _check_params(self) -> None:
        size = self.min_cluster_size
        if size is not None and (not isinstance(size, (int, np.integer)) or size < 2):
            raise ValueError(f"min_cluster_size must be None (automatic) or an integer >= 2, got {size!r}")
        if not isinstance(self.min_samples, (int, np.integer)) or self.min_samples < 1:
            raise ValueError(f"min_samples must be an integer >= 1, got {self.min_samples!r}")
        if not isinstance(self.n_components, (int, np.integer)) or self.n_components < 2:
            raise ValueError(f"n_components must be an integer >= 2, got {self.n_components!r}")
        if not isinstance(self.n_neighbors, (int, np.integer)) or self.n_neighbors < 2:
            raise ValueError(f"n_neighbors must be an integer >= 2, got {self.n_neighbors!r}")
        if self.selection not in ("eom", "leaf"):
            raise ValueError(f"selection must be 'eom' or 'leaf', got {self.selection!r}")
        for name in ("merge_similarity", "min_confidence", "attach_similarity"):
            value = getattr(self, name)
            if not -1.0 <= value <= 1.0:
                raise ValueError(f"{name} is a cosine and must lie in [-1, 1], got {value!r}")
        if not isinstance(self.max_fit_samples, (int, np.integer)) or self.max_fit_samples < SMALL_INPUT:
            raise ValueError(f"max_fit_samples must be an integer >= {SMALL_INPUT}, got {self.max_fit_samples!r}")
