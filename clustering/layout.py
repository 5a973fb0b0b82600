"""The window's UMAP layout, kept between runs so that a daily run places its
new complaints into it instead of fitting UMAP again.

Fitting UMAP on the window is most of what clustering costs in a daily run
(about 1.5 s for 1,300 complaints on 2 cores, nearly all of it the layout's 500
optimisation epochs), while a daily run typically adds about 1% new complaints.
So each run stores the reduced point of every complaint it clustered, keyed by
the complaint and its evidence vector, and the next run:

- keeps the layout as it is when nothing changed (the same inbox run again
  clusters exactly as before);
- places the new complaints into it when the layout has drifted from its last
  fit by at most `refit_share` of the window (UMAP's own transform: the kept
  points do not move, each new one is optimised against them);
- fits UMAP on the whole window otherwise: on the first run, after a change of
  model or clustering settings, and whenever the complaints placed since the
  last fit plus the fitted complaints that left the window exceed that share.

HDBSCAN and the steps after it run on the whole window every time. A run's
clusters therefore depend on the layout the previous run left, within the
drift bound; `refit_share: 0` fits every run in which anything changed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

import duckdb
import numpy as np
import pandas as pd

from continuity.db import transaction

# Bump when a change to reduction or placement makes stored layouts unfit for reuse.
LAYOUT_VERSION = "1"


@dataclass(frozen=True)
class StoredLayout:
    """A run's layout: one row per complaint it clustered."""

    keys: np.ndarray  # (n,) str: member id and evidence vector hash
    points: np.ndarray  # (n, c) float32
    placed: np.ndarray  # (n,) bool: placed into the layout rather than fitted with it
    fit_size: int  # complaints in the fit the layout grew from
    params: str


@dataclass(frozen=True)
class LayoutPlan:
    mode: Literal["fit", "keep", "place"]
    reason: str
    kept: np.ndarray  # indices of this run's rows found in the stored layout
    stored: np.ndarray  # their indices in the stored layout (aligned with kept)
    new: np.ndarray  # indices of this run's rows not in it
    drift: float  # share of the window not from the last fit, counting fitted rows that left


def layout_params(model: str, n_components: int, n_neighbors: int, random_state: int) -> str:
    """What a stored layout must have been made with to be reused."""
    return f"v{LAYOUT_VERSION};{model};components={n_components};neighbours={n_neighbors};seed={random_state}"


def layout_keys(member_ids, vectors: np.ndarray) -> np.ndarray:
    """One key per complaint: its member id and a hash of its evidence vector (a
    rescored complaint with new evidence is a new point)."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    return np.array(
        [f"{member}|{hashlib.blake2b(row.tobytes(), digest_size=8).hexdigest()}" for member, row in zip(member_ids, vectors)],
        dtype=object,
    )


def plan_layout(keys: np.ndarray, previous: StoredLayout | None, params: str, refit_share: float,
                min_kept: int) -> LayoutPlan:
    """Decide how this run gets its layout (see the module docstring). min_kept:
    fewer kept points than this (a neighbourhood) always means a fit."""
    none = np.zeros(0, dtype=np.int64)
    everything = np.arange(len(keys))
    if previous is None or len(previous.keys) == 0:
        return LayoutPlan("fit", "no layout kept from an earlier run", none, none, everything, 1.0)
    if previous.params != params:
        return LayoutPlan("fit", "model or clustering settings changed", none, none, everything, 1.0)
    position = {key: i for i, key in enumerate(previous.keys)}
    stored = np.array([position.get(key, -1) for key in keys], dtype=np.int64)
    found = stored >= 0
    kept, new = np.flatnonzero(found), np.flatnonzero(~found)
    kept_fitted = int((~previous.placed[stored[found]]).sum())
    drift = ((len(keys) - kept_fitted) + (previous.fit_size - kept_fitted)) / max(len(keys), 1)
    if len(kept) < min_kept:
        return LayoutPlan("fit", f"only {len(kept)} complaints kept from the last layout", none, none, everything, drift)
    if drift > refit_share:
        return LayoutPlan("fit", f"drift {drift:.0%} since the last fit is above {refit_share:.0%}", none, none,
                          everything, drift)
    if len(new) == 0:
        return LayoutPlan("keep", f"no new complaints; drift {drift:.0%}", kept, stored[found], new, drift)
    return LayoutPlan("place", f"drift {drift:.0%} since the last fit, refit above {refit_share:.0%}", kept,
                      stored[found], new, drift)


def window_layout(vectors: np.ndarray, plan: LayoutPlan, previous: StoredLayout | None, n_neighbors: int,
                  random_state: int) -> tuple[np.ndarray | None, np.ndarray | None]:
    """This run's layout and which of its points were placed, or (None, None) for a fit."""
    from clustering.algorithm import place_new_points

    if plan.mode == "fit":
        return None, None
    points = np.empty((len(vectors), previous.points.shape[1]), dtype=np.float32)
    placed = np.zeros(len(vectors), dtype=bool)
    points[plan.kept] = previous.points[plan.stored]
    placed[plan.kept] = previous.placed[plan.stored]
    if len(plan.new):
        points[plan.new] = place_new_points(vectors[plan.kept], points[plan.kept], vectors[plan.new],
                                            n_neighbors=n_neighbors, random_state=random_state)
        placed[plan.new] = True
    return points, placed


def compile_placement(vectors: np.ndarray, points: np.ndarray, n_neighbors: int, random_state: int) -> None:
    """Place one point into a fitted layout and discard it: Numba compiles (and
    caches on disk) the placement code on the run that fits, about a second once
    per machine, instead of on the first daily run that places."""
    from clustering.algorithm import place_new_points

    if len(vectors) > n_neighbors + 1:
        place_new_points(vectors[1:], points[1:], vectors[:1], n_neighbors=n_neighbors, random_state=random_state)


def load_layout(conn: duckdb.DuckDBPyConnection) -> StoredLayout | None:
    """The layout the latest run stored, or None."""
    frame = conn.execute("SELECT member_key, point, placed, fit_size, params FROM cluster_layout ORDER BY row").df()
    if frame.empty or frame["params"].nunique() != 1:
        return None
    return StoredLayout(
        keys=frame["member_key"].to_numpy(dtype=object),
        points=np.array(frame["point"].tolist(), dtype=np.float32),
        placed=frame["placed"].to_numpy(dtype=bool),
        fit_size=int(frame["fit_size"].iloc[0]),
        params=str(frame["params"].iloc[0]),
    )


def save_layout(conn: duckdb.DuckDBPyConnection, layout: StoredLayout | None) -> None:
    """Replace the stored layout with this run's (None: keep none)."""
    with transaction(conn):
        conn.execute("DELETE FROM cluster_layout")
        if layout is not None and len(layout.keys):
            rows = pd.DataFrame({
                "row": np.arange(len(layout.keys), dtype=np.int64),
                "member_key": layout.keys,
                "point": list(np.asarray(layout.points, dtype=np.float32)),
                "placed": layout.placed,
                "fit_size": layout.fit_size,
                "params": layout.params,
            })
            conn.register("layout_rows", rows)
            conn.execute("INSERT INTO cluster_layout SELECT row, member_key, point::FLOAT[], placed, fit_size, params "
                         "FROM layout_rows")
            conn.unregister("layout_rows")
