"""The clusterer (clustering/algorithm.py), its keywords (clustering/keywords.py)
and the benchmark metrics (benchmarks/metrics.py)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.datasets import make_blobs
from sklearn.metrics import adjusted_rand_score

from benchmarks.metrics import hungarian_accuracy, share_assigned  # repo root on sys.path: tests/conftest.py
from clustering.algorithm import (
    NOISE,
    TextClusterer,
    attach_outliers,
    cluster_confidence,
    cluster_embeddings,
    default_min_cluster_size,
    drop_loose_clusters,
    merge_similar_clusters,
    validate_embeddings,
)
from clustering.keywords import cluster_label, ctfidf_keywords

SHARED_BENCHMARKS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"


def unit_rows(X: np.ndarray) -> np.ndarray:
    return (X / np.linalg.norm(X, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture(scope="module")
def blobs() -> tuple[np.ndarray, np.ndarray]:
    """200 points in 3 well-separated directions of a 32-d space, rows of unit length."""
    X, y = make_blobs(n_samples=200, centers=3, n_features=32, random_state=0)
    return unit_rows(X), y


@pytest.fixture(scope="module")
def fitted(blobs) -> TextClusterer:
    return TextClusterer().fit(blobs[0])


# ---------------------------------------------------------------- the estimator


def test_finds_the_three_blobs_and_assigns_every_point(blobs, fitted):
    X, y = blobs
    assert fitted.n_clusters_ == 3
    assert adjusted_rand_score(y, fitted.labels_) == pytest.approx(1.0)
    assert share_assigned(fitted.labels_) == 1.0


def test_learned_state_has_the_documented_shapes(blobs, fitted):
    X, _ = blobs
    assert fitted.labels_.shape == (200,)
    assert fitted.probabilities_.shape == (200,)
    assert ((fitted.probabilities_ >= 0) & (fitted.probabilities_ <= 1)).all()
    assert fitted.centroids_.shape == (3, 32)
    np.testing.assert_allclose(np.linalg.norm(fitted.centroids_, axis=1), 1.0, rtol=1e-5)
    # Labels are 0..k-1, biggest cluster first, and centroid row i belongs to label i.
    sizes = np.bincount(fitted.labels_[fitted.labels_ != NOISE])
    assert list(sizes) == sorted(sizes, reverse=True)
    for label in range(fitted.n_clusters_):
        mean = X[fitted.labels_ == label].mean(axis=0)
        np.testing.assert_allclose(fitted.centroids_[label], mean / np.linalg.norm(mean), atol=1e-5)


def test_follows_the_estimator_contract(blobs):
    X, _ = blobs
    clusterer = TextClusterer(min_cluster_size=7, attach_similarity=0.6, random_state=3)
    assert clusterer.get_params()["min_cluster_size"] == 7
    assert not hasattr(clusterer, "labels_")  # __init__ learns nothing
    assert clusterer.fit(X) is clusterer
    copy = clone(clusterer)
    assert copy.get_params() == clusterer.get_params()
    assert not hasattr(copy, "labels_")
    np.testing.assert_array_equal(TextClusterer().fit_predict(X), TextClusterer().fit(X).labels_)


def test_same_input_gives_the_same_output(blobs):
    X, _ = blobs
    first, second = TextClusterer().fit(X), TextClusterer().fit(X.copy())
    np.testing.assert_array_equal(first.labels_, second.labels_)
    np.testing.assert_array_equal(first.probabilities_, second.probabilities_)
    np.testing.assert_array_equal(first.centroids_, second.centroids_)


def test_rows_need_not_be_normalised(blobs, fitted):
    X, _ = blobs
    np.testing.assert_array_equal(TextClusterer().fit(X * 7.5).labels_, fitted.labels_)


def test_learns_on_a_sample_above_max_fit_samples_and_still_labels_every_row(blobs):
    X, y = blobs
    clusterer = TextClusterer(max_fit_samples=60).fit(X)
    assert clusterer.labels_.shape == (200,)
    assert adjusted_rand_score(y, clusterer.labels_) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (np.zeros((0, 8)), "empty"),
        (np.ones(8), "2-d array"),
        (np.ones((2, 3, 4)), "2-d array"),
        (np.array([[1.0, 0.0], [np.nan, 1.0]]), "NaN or infinite values in 1 row"),
        (np.array([[1.0, 0.0], [0.0, np.inf]]), "NaN or infinite"),
        (np.array([[1.0, 0.0], [0.0, 0.0]]), "row 1 is all zeros"),
        (np.array([["a", "b"]]), "must be numbers"),
    ],
)
def test_rejects_unusable_embeddings_with_a_clear_message(bad, message):
    with pytest.raises(ValueError, match=message):
        TextClusterer().fit(bad)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"min_cluster_size": 1}, "min_cluster_size must be None"),
        ({"min_samples": 0}, "min_samples must be an integer"),
        ({"selection": "best"}, "selection must be 'eom' or 'leaf'"),
        ({"attach_similarity": 1.5}, "attach_similarity is a cosine"),
        ({"min_confidence": 2.0}, "min_confidence is a cosine"),
        ({"merge_similarity": -2.0}, "merge_similarity is a cosine"),
        ({"n_components": 1}, "n_components must be"),
        ({"max_fit_samples": 3}, "max_fit_samples must be"),
    ],
)
def test_rejects_bad_parameters_at_fit(blobs, params, message):
    with pytest.raises(ValueError, match=message):
        TextClusterer(**params).fit(blobs[0])


# ---------------------------------------------------------------- small inputs


@pytest.mark.parametrize("n", [1, 2, 5, 9])
def test_a_few_alike_texts_form_one_cluster(n):
    rng = np.random.default_rng(0)
    X = unit_rows(np.ones((n, 16)) + 0.05 * rng.normal(size=(n, 16)))
    clusterer = TextClusterer().fit(X)
    assert list(clusterer.labels_) == [0] * n
    assert clusterer.n_clusters_ == 1


def test_a_few_unrelated_texts_stay_noise():
    X = np.eye(6, 16, dtype=np.float32)  # six orthogonal directions
    clusterer = TextClusterer().fit(X)
    assert (clusterer.labels_ == NOISE).all()
    assert clusterer.n_clusters_ == 0
    assert clusterer.centroids_.shape == (0, 16)
    assert (clusterer.probabilities_ == 0).all()


def test_unrelated_texts_are_not_grouped_into_clusters():
    # HDBSCAN finds dense spots in the UMAP of random vectors; such loose clusters are dropped.
    X = np.random.default_rng(0).normal(size=(300, 384))  # 384 dims, as all-MiniLM-L6-v2 gives
    assert (TextClusterer().fit_predict(X) == NOISE).all()


def test_just_above_the_small_input_size_does_not_crash():
    X, _ = make_blobs(n_samples=12, centers=2, n_features=16, random_state=1)
    labels = TextClusterer().fit_predict(unit_rows(X))
    assert labels.shape == (12,)


# ---------------------------------------------------------------- the steps alone


def test_merge_joins_clusters_pointing_the_same_way_and_keeps_others():
    X = unit_rows(np.array([[1, 0.01, 0], [1, 0, 0.01], [1, -0.01, 0], [1, 0, -0.01], [0, 1, 0], [0, 1, 0.01]]))
    labels = np.array([0, 0, 1, 1, 2, 2])
    merged = merge_similar_clusters(X, labels, min_similarity=0.95)
    assert merged[0] == merged[2] != merged[4]
    np.testing.assert_array_equal(merge_similar_clusters(X, labels, min_similarity=1.01), labels)


def test_drop_loose_clusters_keeps_tight_clusters_and_drops_loose_ones():
    X = unit_rows(np.array([[1, 0.05, 0], [1, -0.05, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [0, -1, 0]]))
    labels = np.array([0, 0, 0, 1, 1, 1])
    np.testing.assert_array_equal(drop_loose_clusters(X, labels, 0.6), [0, 0, 0, NOISE, NOISE, NOISE])


def test_attach_gives_close_noise_a_cluster_and_leaves_far_noise_alone():
    X = unit_rows(np.array([[1, 0, 0], [1, 0.1, 0], [0.9, 0.3, 0], [0, 0, 1]]))
    labels = np.array([0, 0, NOISE, NOISE])
    np.testing.assert_array_equal(attach_outliers(X, labels, min_similarity=0.8), [0, 0, 0, NOISE])


def test_cluster_confidence_is_the_mean_cosine_to_the_centroid():
    X = unit_rows(np.array([[1, 0], [1, 0], [1, 1], [1, -1], [0, 1]]))
    confidence = cluster_confidence(X, np.array([0, 0, 1, 1, NOISE]))
    assert set(confidence) == {0, 1}  # noise has no entry
    assert confidence[0] == pytest.approx(1.0)
    assert confidence[1] == pytest.approx(np.cos(np.pi / 4))


def test_cluster_confidence_rejects_labels_of_the_wrong_length():
    with pytest.raises(ValueError, match=r"labels must have shape \(2,\)"):
        cluster_confidence(np.eye(2), np.array([0, 0, 0]))


def test_default_min_cluster_size_grows_slowly_with_n():
    sizes = [default_min_cluster_size(n) for n in (1, 400, 1_600, 10_000, 100_000)]
    assert sizes[0] == 5 and sizes == sorted(sizes) and sizes[-1] < 200


def test_validate_embeddings_returns_unit_rows():
    np.testing.assert_allclose(np.linalg.norm(validate_embeddings([[3.0, 4.0]]), axis=1), 1.0)


def test_cluster_embeddings_keeps_every_row_in_order(blobs):
    X, y = blobs
    order = np.random.default_rng(0).permutation(200)
    result = cluster_embeddings(X[order])
    assert adjusted_rand_score(y[order], result.labels) == pytest.approx(1.0)


# ---------------------------------------------------------------- keywords


def test_ctfidf_keywords_name_what_sets_each_cluster_apart():
    texts = [
        "My new card has not arrived yet",
        "The card never arrived in the post",
        "When will my card arrive?",
        "Hi, I didn't get my card yet, please help",
        "I want a refund for the duplicate charge",
        "Refund the charge taken twice please",
        "Still waiting on my refund XXXX",
        "hello there",
    ]
    labels = np.array([0, 0, 0, 0, 1, 1, 1, NOISE])
    keywords = ctfidf_keywords(texts, labels, top_n=5)
    assert set(keywords) == {0, 1}  # noise gets no entry
    assert keywords[0][0] == "card"
    assert keywords[1][0] in {"refund", "charge"}
    everything = [term for terms in keywords.values() for term in terms]
    # Stop words, courtesy words, contraction stubs and masks are dropped.
    assert not {"my", "the", "xxxx", "hi", "please", "help", "didn", "want"} & set(everything)
    assert any(" " in term for term in everything)  # bigrams are allowed
    assert len(keywords[0]) <= 5


def test_ctfidf_keywords_handles_clusters_with_only_stop_words():
    assert ctfidf_keywords(["the and of", "it is"], np.array([0, 1])) == {0: [], 1: []}


def test_ctfidf_keywords_rejects_labels_that_do_not_match_the_texts():
    with pytest.raises(ValueError, match="one entry per text"):
        ctfidf_keywords(["a text"], np.array([0, 1]))


def test_cluster_label_is_short_and_not_repetitive():
    assert cluster_label(["card", "card arrival", "new card", "arrival", "post"]) == "card arrival, new card, post"
    assert cluster_label([]) == "(no keywords)"


# ---------------------------------------------------------------- metrics


def test_hungarian_accuracy_ignores_label_names_and_counts_noise_as_wrong():
    truth = np.array(["a", "a", "b", "b"])
    assert hungarian_accuracy(truth, np.array([7, 7, 3, 3])) == 1.0
    assert hungarian_accuracy(truth, np.array([7, NOISE, 3, 3])) == 0.75
    assert hungarian_accuracy(truth, np.array([7, NOISE, 3, 3]), noise="cluster") == 0.75
    assert hungarian_accuracy(truth, np.array([0, 0, 0, 0])) == 0.5


# ---------------------------------------------------------------- real text


@pytest.mark.integration
def test_real_banking_turns_cluster_well_without_the_number_of_intents():
    source = SHARED_BENCHMARKS / "dstc11" / "test-banking.test-utterances.jsonl"
    if not SHARED_BENCHMARKS.is_dir():
        pytest.skip(f"the shared benchmark folder {SHARED_BENCHMARKS} is absent on this machine")
    from clustering.embedder import get_embedder

    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    embeddings = get_embedder().embed([row["utterance"] for row in rows])
    labels = TextClusterer().fit_predict(embeddings)
    intents = np.array([row["intent"] for row in rows])
    assert hungarian_accuracy(intents, labels) >= 0.80
    assert share_assigned(labels) >= 0.90
