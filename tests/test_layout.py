"""The layout a run keeps for the next (clustering/layout.py) and the placement
of new points into it (clustering.algorithm.place_new_points)."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import make_blobs

from clustering.algorithm import cluster_embeddings, place_new_points, reduce_embeddings
from clustering.layout import StoredLayout, layout_keys, load_layout, plan_layout, save_layout, window_layout
from continuity.db import connect

PARAMS = "v1;model;components=5;neighbours=30;seed=0"


def unit_rows(X: np.ndarray) -> np.ndarray:
    return (X / np.linalg.norm(X, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture(scope="module")
def blobs():
    X, y = make_blobs(n_samples=240, centers=4, n_features=32, cluster_std=2.0, random_state=3)
    return unit_rows(X), y


def stored(keys, placed=None, fit_size=None, params=PARAMS) -> StoredLayout:
    keys = np.array(keys, dtype=object)
    return StoredLayout(keys=keys, points=np.arange(len(keys) * 5, dtype=np.float32).reshape(-1, 5),
                        placed=np.zeros(len(keys), bool) if placed is None else np.array(placed),
                        fit_size=len(keys) if fit_size is None else fit_size, params=params)


# ---------------------------------------------------------------- placement


def test_placed_points_land_among_their_own_kind(blobs):
    X, y = blobs
    new = np.arange(0, 240, 12)  # 20 held out
    old = np.setdiff1d(np.arange(240), new)
    Z_old = reduce_embeddings(X[old])
    Z_new = place_new_points(X[old], Z_old, X[new])
    assert Z_new.shape == (20, 5) and Z_new.dtype == np.float32 and np.isfinite(Z_new).all()
    nearest = np.argmin(((Z_new[:, None, :] - Z_old[None, :, :]) ** 2).sum(axis=2), axis=1)
    assert (y[old][nearest] == y[new]).mean() >= 0.95
    # Same input, same placement.
    np.testing.assert_array_equal(Z_new, place_new_points(X[old], Z_old, X[new]))


def test_clustering_a_given_layout_skips_the_reduction_and_returns_it(blobs):
    X, y = blobs
    Z = reduce_embeddings(X)
    result = cluster_embeddings(X, layout=Z)
    np.testing.assert_array_equal(result.layout, Z)
    assert result.labels.max() + 1 == 4
    with pytest.raises(ValueError, match=r"layout must have shape \(240, 5\)"):
        cluster_embeddings(X, layout=Z[:, :3])


# ---------------------------------------------------------------- the plan


def test_a_first_run_or_changed_settings_fit():
    keys = np.array(["a", "b", "c"], dtype=object)
    assert plan_layout(keys, None, PARAMS, 0.1, min_kept=2).mode == "fit"
    plan = plan_layout(keys, stored(["a", "b", "c"], params="v1;other"), PARAMS, 0.1, min_kept=2)
    assert (plan.mode, plan.reason) == ("fit", "model or clustering settings changed")


def test_nothing_changed_keeps_the_layout_even_with_refit_share_zero():
    keys = np.array(["c", "a", "b"], dtype=object)
    plan = plan_layout(keys, stored(["a", "b", "c"]), PARAMS, 0.0, min_kept=2)
    assert plan.mode == "keep" and plan.drift == 0.0
    points, placed = window_layout(np.zeros((3, 4), np.float32), plan, stored(["a", "b", "c"]), 30, 0)
    np.testing.assert_array_equal(points, stored(["a", "b", "c"]).points[[2, 0, 1]])
    assert not placed.any()


def test_a_little_new_is_placed_and_much_new_refits():
    old = [f"k{i}" for i in range(100)]
    few = np.array(old + ["n1", "n2", "n3"], dtype=object)
    plan = plan_layout(few, stored(old), PARAMS, 0.1, min_kept=31)
    assert plan.mode == "place" and list(plan.new) == [100, 101, 102]
    assert plan.drift == pytest.approx(3 / 103)
    many = np.array(old[20:] + [f"n{i}" for i in range(10)], dtype=object)  # 10 new, 20 fitted gone
    plan = plan_layout(many, stored(old), PARAMS, 0.1, min_kept=31)
    assert plan.mode == "fit" and plan.drift == pytest.approx(30 / 90)
    assert "drift 33% since the last fit is above 10%" in plan.reason


def test_points_placed_earlier_count_until_the_next_fit():
    old = [f"k{i}" for i in range(100)]
    placed = [False] * 92 + [True] * 8  # 8 placed by earlier runs, fit of 92
    plan = plan_layout(np.array(old + ["n1"], dtype=object), stored(old, placed, fit_size=92), PARAMS, 0.1, 31)
    assert plan.mode == "place" and plan.drift == pytest.approx(9 / 101)
    plan = plan_layout(np.array(old + ["n1", "n2", "n3"], dtype=object), stored(old, placed, fit_size=92),
                       PARAMS, 0.1, 31)
    assert plan.mode == "fit" and plan.drift == pytest.approx(11 / 103)


def test_too_few_kept_points_fit():
    plan = plan_layout(np.array(["a", "b", "x"], dtype=object), stored(["a", "b"]), PARAMS, 1.0, min_kept=10)
    assert plan.mode == "fit" and "only 2 complaints kept" in plan.reason


def test_keys_change_with_the_evidence_vector():
    v = np.ones((2, 4), dtype=np.float32)
    a = layout_keys(["calls:1", "calls:2"], v)
    v2 = v.copy()
    v2[1, 0] = 2.0
    b = layout_keys(["calls:1", "calls:2"], v2)
    assert a[0] == b[0] and a[1] != b[1] and a[0].startswith("calls:1|")


# ---------------------------------------------------------------- storage


def test_a_stored_layout_reads_back_exactly(tmp_path):
    layout = StoredLayout(keys=np.array(["calls:1|ab", "chats:2|cd"], dtype=object),
                          points=np.array([[0.1, 0.2, 0.3], [1e-7, -5.5, 3.25]], dtype=np.float32),
                          placed=np.array([False, True]), fit_size=7, params=PARAMS)
    with connect(tmp_path / "c.duckdb") as conn:
        assert load_layout(conn) is None
        save_layout(conn, layout)
        back = load_layout(conn)
        save_layout(conn, None)
        assert load_layout(conn) is None
    assert list(back.keys) == list(layout.keys) and back.fit_size == 7 and back.params == PARAMS
    np.testing.assert_array_equal(back.points, layout.points)
    np.testing.assert_array_equal(back.placed, layout.placed)
