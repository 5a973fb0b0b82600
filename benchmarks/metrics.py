"""Clustering quality against gold labels: Hungarian ACC, NMI, ARI, share assigned.

Every function takes `truth` (n,) gold labels of any hashable type and
`predicted` (n,) integer cluster ids where `NOISE` (-1) marks a text in no
cluster. For NMI and ARI the noise texts form one more predicted cluster (as
BERTopic's outlier topic -1 does). For ACC the rule is an argument:

- ``noise="wrong"`` (our clusterer): a noise text is always wrong.
- ``noise="cluster"`` (BERTopic's convention): all -1 texts form one more
  predicted cluster that the Hungarian matching may pair with a label.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
from sklearn.metrics.cluster import contingency_matrix

NOISE = -1
NoiseRule = Literal["wrong", "cluster"]


def _encode(values: np.ndarray) -> np.ndarray:
    return np.unique(np.asarray(values), return_inverse=True)[1].ravel()


def _check(truth, predicted) -> tuple[np.ndarray, np.ndarray]:
    truth = np.asarray(truth)
    predicted = np.asarray(predicted)
    if truth.shape != predicted.shape or truth.ndim != 1:
        raise ValueError(f"truth {truth.shape} and predicted {predicted.shape} must be 1-d and of equal length")
    if truth.size == 0:
        raise ValueError("truth and predicted are empty: nothing to score")
    return truth, predicted.astype(np.int64)


def hungarian_accuracy(truth, predicted, noise: NoiseRule = "wrong") -> float:
    """Share of texts whose cluster is matched 1:1 (Hungarian) to their gold label.

    Clusters or labels left unmatched count as wrong, so both too many and too
    few clusters cost accuracy.
    """
    truth, predicted = _check(truth, predicted)
    if noise == "wrong":
        keep = predicted != NOISE
        if not keep.any():
            return 0.0
        counts = contingency_matrix(_encode(truth[keep]), _encode(predicted[keep]))
    else:
        counts = contingency_matrix(_encode(truth), _encode(predicted))
    rows, cols = linear_sum_assignment(counts, maximize=True)
    return float(counts[rows, cols].sum() / truth.size)


def nmi(truth, predicted) -> float:
    """Normalised mutual information (arithmetic mean normalisation, sklearn's default)."""
    truth, predicted = _check(truth, predicted)
    return float(normalized_mutual_info_score(_encode(truth), predicted))


def ari(truth, predicted) -> float:
    """Adjusted Rand index."""
    truth, predicted = _check(truth, predicted)
    return float(adjusted_rand_score(_encode(truth), predicted))


def share_assigned(predicted) -> float:
    """Share of texts placed in a cluster (not NOISE)."""
    predicted = np.asarray(predicted)
    return float((predicted != NOISE).mean()) if predicted.size else 0.0


def n_clusters(predicted) -> int:
    """Distinct clusters, noise not counted."""
    predicted = np.asarray(predicted)
    return int(np.unique(predicted[predicted != NOISE]).size)


def score(truth, predicted, noise: NoiseRule = "wrong") -> dict[str, float]:
    """All metrics at once: acc, nmi, ari, assigned, n_clusters."""
    return {
        "acc": hungarian_accuracy(truth, predicted, noise),
        "nmi": nmi(truth, predicted),
        "ari": ari(truth, predicted),
        "assigned": share_assigned(predicted),
        "n_clusters": n_clusters(predicted),
    }
