"""Pattern lineage: which pattern of the previous run each pattern of this run
continues, so a pattern keeps its id (and its alert) while weeks of data arrive,
and what was born, merged, split or died (pure logic; the store is
clustering/lineage_store.py).

A pattern here is a PatternSnapshot: its id, the id its journey and handoff hash
to (clustering.patterns.pattern_id, the "key id"), its journey, its unit
centroid ((d,) float array, or None where an old run stored none) and its
member ids ("kind:interaction_id").

How a current pattern C is matched to a previous pattern P, in this order:

1. Members. The window rolls: P's oldest members leave it and C has members P
   never saw. So the overlap is the overlap coefficient
       overlap = |P ∩ C| / min(|P ∩ W|, |C|)
   where W is every handoff complaint inside the current window (clustered or
   not): P's members that left the window are not held against it, and C's new
   members are (a pattern of mostly new complaints that borrowed a few old ones
   is not a continuation). An edge needs overlap >= MIN_OVERLAP (0.3) and at
   least MIN_SHARED_MEMBERS (3) shared members: at least 30% of P's members
   still in the window went to C, or at least 30% of C came from P. 0.3
   because a split or a merge moves a real share of a pattern (a part that took
   a third of it, or a pattern a third of which came from one predecessor),
   while the members that drift between two neighbouring patterns at a cluster
   boundary are a small share of both and create no edge. Three members so
   that a pattern with one or two members left in the window is not "merged"
   on the strength of a single complaint.
   Edges are taken greedily, the most shared members first (then overlap,
   cosine, previous id, current id): a current pattern keeps the id of the
   predecessor it shares most members with, a previous pattern's id goes to the
   successor that took most of its members.
2. Key. Patterns that membership cannot place at all (no edge: their members
   all left the window, or a pattern made only of new complaints) continue a
   previous pattern just as unplaced that has the same key id: the same
   journey and handoff, the rule that gave ids before lineage existed.
3. Centroid. Patterns still unplaced are matched one to one, the most similar
   first, when they name the same journey and their centroids' cosine is
   >= MIN_COSINE (0.9): this keeps the id of a pattern whose members all left
   the window and whose key changed. Measured with the real model on the
   generated demo and holdout inboxes (3,500 interactions each): the centroids
   of one planted pattern's first and second halves of complaints (no member in
   common) have cosine 0.87 to 0.98 (0.94 to 0.98 but for the advisor ->
   advisor pattern); two different patterns of one journey reach 0.82 on
   disjoint halves and 0.86 as clustered week after week (claim form -> advisor
   against advisor -> advisor: they share the claim vocabulary). 0.85 would
   hand an alert to the wrong pattern; 0.9 stays clear of the highest
   cross-pattern cosine and misses few true ones, and a miss costs only a birth
   and a death (a wrong match moves an alert's history to another pattern).
   Centroid matches never make merges or splits: similarity alone is too weak
   to say that two patterns became one.

Then, per current pattern: one predecessor kept -> "continued" (the key id may
differ, e.g. the journey mode of a cluster flipped: the predecessor's id wins
so its alert keeps its id). A previous pattern with an edge to a current one
that kept another id -> "merge" (pattern_id: the pattern it merged into,
related: [it]). A current pattern with an edge to a previous one whose id went
elsewhere -> "split" (pattern_id: the parent, related: [the new pattern]), and
the new pattern has a "birth" with related [the parent] (its split_from). A
current pattern with no predecessor -> "birth"; a previous pattern with no
successor -> "death". Edges between two patterns that both kept their own ids
(a share of members moving across a boundary) are no event.

A born pattern takes its key id unless that id is already taken in this run or
belonged to a previous-run pattern (that pattern lives on elsewhere or died: its
alert is not handed to another pattern); then it gets a derived id. Everything
is ordered by ids, so the same input gives the same ids and events.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Literal

import numpy as np
import pandas as pd

EventKind = Literal["birth", "continued", "merge", "split", "death"]
MatchedBy = Literal["members", "centroid", "key"]
EVENT_KINDS: tuple[EventKind, ...] = ("birth", "continued", "merge", "split", "death")

MIN_OVERLAP = 0.3
MIN_SHARED_MEMBERS = 3
MIN_COSINE = 0.9


@dataclass(frozen=True)
class PatternSnapshot:
    """One pattern as lineage sees it. centroid: (d,) unit vector or None."""

    pattern_id: str
    key_id: str
    journey: str | None
    centroid: np.ndarray | None
    member_ids: frozenset[str]


@dataclass(frozen=True)
class LineageEvent:
    """One row of pattern_events. overlap, shared_members and cosine describe the
    edge the event rests on (None where there is none, e.g. a plain birth)."""

    event: EventKind
    pattern_id: str
    related_pattern_ids: tuple[str, ...] = ()
    proposed_id: str | None = None
    matched_by: MatchedBy | None = None
    overlap: float | None = None
    shared_members: int | None = None
    cosine: float | None = None

    def as_dict(self) -> dict:
        return {
            "event": self.event, "pattern_id": self.pattern_id,
            "related_pattern_ids": list(self.related_pattern_ids), "proposed_id": self.proposed_id,
            "matched_by": self.matched_by, "overlap": self.overlap, "shared_members": self.shared_members,
            "cosine": self.cosine,
        }


@dataclass
class Lineage:
    """ids: this run's key id -> the id the pattern keeps; events, ordered;
    centroids: kept id -> (d,) unit centroid of the current pattern."""

    ids: dict[str, str]
    events: list[LineageEvent]
    centroids: dict[str, np.ndarray | None] = field(default_factory=dict)
    key_ids: dict[str, str] = field(default_factory=dict)  # kept id -> key id

    def counts(self) -> dict[str, int]:
        tally = Counter(e.event for e in self.events)
        return {kind: int(tally.get(kind, 0)) for kind in EVENT_KINDS}

    def summary(self) -> str:
        """e.g. '1 birth, 0 merges, 1 split, 0 deaths; 4 continued'."""
        c = self.counts()

        def n(kind: str) -> str:
            return f"{c[kind]} {kind}" + ("" if c[kind] == 1 else "s")

        return f"{n('birth')}, {n('merge')}, {n('split')}, {n('death')}; {c['continued']} continued"


@dataclass(frozen=True)
class _Edge:
    previous: str
    current: str
    shared: int
    overlap: float
    cosine: float | None


def unit_centroid(vectors: np.ndarray) -> np.ndarray | None:
    """(d,) unit mean of (n, d) rows; None for no rows or a zero mean."""
    if len(vectors) == 0:
        return None
    centre = np.asarray(vectors, dtype=np.float64).mean(axis=0)
    norm = np.linalg.norm(centre)
    return (centre / norm).astype(np.float32) if norm > 0 else None


def cosine(a: np.ndarray | None, b: np.ndarray | None) -> float | None:
    if a is None or b is None or len(a) != len(b):
        return None
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na == 0 or nb == 0:
        return None
    return round(float(np.dot(np.asarray(a, np.float64), np.asarray(b, np.float64)) / (na * nb)), 6)


def current_snapshots(keys: pd.DataFrame, pattern_ids: pd.Series, member_ids: pd.Series,
                      vectors: np.ndarray) -> list[PatternSnapshot]:
    """This run's patterns from clustering.patterns.form_patterns' output.

    keys: one row per pattern with pattern_id (the key id), journey; pattern_ids:
    the pattern id per complaint (None outside every pattern), aligned with
    member_ids and the (n, d) vectors.
    """
    ids = pattern_ids.to_numpy(dtype=object)
    members = member_ids.to_numpy(dtype=object)
    snapshots = []
    for key in keys.to_dict("records"):
        mask = ids == key["pattern_id"]
        snapshots.append(PatternSnapshot(
            pattern_id=key["pattern_id"], key_id=key["pattern_id"], journey=key.get("journey"),
            centroid=unit_centroid(vectors[mask]), member_ids=frozenset(members[mask].tolist()),
        ))
    return snapshots


def derived_id(proposed: str, salt: str, taken: set[str]) -> str:
    """A new id for a born pattern whose key id is taken: stable for the same input."""
    number = 1
    while True:
        candidate = "CA-" + hashlib.sha1(f"{proposed}|{salt}|{number}".encode("utf-8")).hexdigest()[:10]
        if candidate not in taken:
            return candidate
        number += 1


def _member_edges(previous: list[PatternSnapshot], current: list[PatternSnapshot], window: set[str],
                  min_overlap: float, min_shared: int) -> list[_Edge]:
    edges = []
    for p in previous:
        still_in_window = len(p.member_ids & window)
        for c in current:
            shared = len(p.member_ids & c.member_ids)
            denominator = min(still_in_window, len(c.member_ids))
            if shared < min_shared or denominator == 0:
                continue
            overlap = round(shared / denominator, 6)
            if overlap >= min_overlap:
                edges.append(_Edge(p.pattern_id, c.pattern_id, shared, overlap, cosine(p.centroid, c.centroid)))
    return edges


def _greedy(edges: Iterable[_Edge], key) -> list[_Edge]:
    """One-to-one: take edges best first while both ends are free."""
    taken_previous, taken_current, chosen = set(), set(), []
    for edge in sorted(edges, key=key):
        if edge.previous in taken_previous or edge.current in taken_current:
            continue
        taken_previous.add(edge.previous)
        taken_current.add(edge.current)
        chosen.append(edge)
    return chosen


def _by_members(edge: _Edge):
    return (-edge.shared, -edge.overlap, -(edge.cosine if edge.cosine is not None else -2.0), edge.previous, edge.current)


def trace_lineage(
    previous: list[PatternSnapshot],
    current: list[PatternSnapshot],
    window: set[str] | None = None,
    *,
    min_overlap: float = MIN_OVERLAP,
    min_shared: int = MIN_SHARED_MEMBERS,
    min_cosine: float = MIN_COSINE,
) -> Lineage:
    """Match this run's patterns (pattern_id = key id) to the previous run's.

    window: member ids of every handoff complaint inside the current window
    (default: the current patterns' members). Returns the id each current
    pattern keeps and the events (see the module docstring), ordered by event
    kind then ids.
    """
    if len({c.pattern_id for c in current}) != len(current):
        raise ValueError("current patterns must have distinct ids (one per journey and handoff)")
    if len({p.pattern_id for p in previous}) != len(previous):
        raise ValueError("previous patterns must have distinct ids")
    previous = sorted(previous, key=lambda p: p.pattern_id)
    current = sorted(current, key=lambda c: c.pattern_id)
    # Current members are inside the window by definition, whatever the caller passed.
    window = set(window or ()).union(*(c.member_ids for c in current))
    prev_by_id = {p.pattern_id: p for p in previous}
    cur_by_id = {c.pattern_id: c for c in current}

    edges = _member_edges(previous, current, window, min_overlap, min_shared)
    kept = {e.current: (e, "members") for e in _greedy(edges, _by_members)}  # current id -> (edge, how)

    # Key, then centroid, for patterns with no member edge at all.
    placed_previous = {e.previous for e in edges}
    placed_current = {e.current for e in edges}
    loose_previous = [p for p in previous if p.pattern_id not in placed_previous]
    loose_current = [c for c in current if c.pattern_id not in placed_current]
    by_key = {p.key_id: p for p in loose_previous}
    for c in loose_current:
        p = by_key.pop(c.key_id, None)
        if p is not None:
            kept[c.pattern_id] = (_Edge(p.pattern_id, c.pattern_id, len(p.member_ids & c.member_ids), 0.0,
                                        cosine(p.centroid, c.centroid)), "key")
    used_previous = {e.previous for e, _ in kept.values()}
    similar = []
    for p in loose_previous:
        for c in loose_current:
            if p.pattern_id in used_previous or c.pattern_id in kept or p.journey is None or p.journey != c.journey:
                continue
            cos = cosine(p.centroid, c.centroid)
            if cos is not None and cos >= min_cosine:
                similar.append(_Edge(p.pattern_id, c.pattern_id, 0, 0.0, cos))
    for e in _greedy(similar, lambda e: (-e.cosine, e.previous, e.current)):
        kept[e.current] = (e, "centroid")

    ids: dict[str, str] = {cid: edge.previous for cid, (edge, _) in kept.items()}
    events: list[LineageEvent] = []
    for cid, (edge, how) in sorted(kept.items(), key=lambda kv: kv[1][0].previous):
        events.append(LineageEvent("continued", edge.previous, (), cid, how,
                                   edge.overlap if how == "members" else None,
                                   edge.shared if how != "centroid" else None, edge.cosine))

    heir_of = {edge.previous: cid for cid, (edge, _) in kept.items()}
    successors: dict[str, list[_Edge]] = {}
    predecessors: dict[str, list[_Edge]] = {}
    for e in edges:
        successors.setdefault(e.previous, []).append(e)
        predecessors.setdefault(e.current, []).append(e)

    # Born patterns: those that kept no previous id. Their split parent, if any,
    # is the predecessor they share most members with (it kept its id elsewhere).
    taken = set(ids.values()) | set(prev_by_id)
    for c in current:
        if c.pattern_id in ids:
            continue
        parents = sorted(predecessors.get(c.pattern_id, []), key=_by_members)
        parent = parents[0] if parents else None
        new_id = c.pattern_id
        if new_id in taken:
            new_id = derived_id(c.pattern_id, parent.previous if parent else "", taken)
        ids[c.pattern_id] = new_id
        taken.add(new_id)
        if parent is None:
            events.append(LineageEvent("birth", new_id, (), c.pattern_id))
            continue
        events.append(LineageEvent("birth", new_id, (parent.previous,), c.pattern_id, "members",
                                   parent.overlap, parent.shared, parent.cosine))
        events.append(LineageEvent("split", parent.previous, (new_id,), c.pattern_id, "members",
                                   parent.overlap, parent.shared, parent.cosine))

    # Previous patterns whose id went nowhere: merged into the successor they
    # share most members with (which kept another id), or dead.
    for p in previous:
        if p.pattern_id in heir_of:
            continue
        into = sorted(successors.get(p.pattern_id, []), key=_by_members)
        if into:
            e = into[0]
            events.append(LineageEvent("merge", ids[e.current], (p.pattern_id,), e.current, "members",
                                       e.overlap, e.shared, e.cosine))
        else:
            events.append(LineageEvent("death", p.pattern_id))

    order = {kind: i for i, kind in enumerate(EVENT_KINDS)}
    events.sort(key=lambda e: (order[e.event], e.pattern_id, e.related_pattern_ids))
    centroids = {ids[c.pattern_id]: c.centroid for c in current}
    key_ids = {ids[c.pattern_id]: c.key_id for c in current}
    return Lineage(ids=ids, events=events, centroids=centroids, key_ids=key_ids)
