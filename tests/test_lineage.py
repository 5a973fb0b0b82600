"""Pattern lineage on small synthetic patterns: every event kind, the thresholds
and the tie-breaks (clustering/lineage.py, pure logic)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from clustering.lineage import (
    MIN_COSINE,
    PatternSnapshot,
    current_snapshots,
    trace_lineage,
    unit_centroid,
)

D = 8


def direction(i: int, tilt: float = 0.0, towards: int | None = None) -> np.ndarray:
    """A unit vector along axis i, tilted towards another axis by `tilt` radians."""
    v = np.zeros(D, dtype=np.float32)
    v[i] = np.cos(tilt)
    if towards is not None:
        v[towards] = np.sin(tilt)
    return v


def members(prefix: str, start: int, stop: int) -> frozenset[str]:
    return frozenset(f"calls:{prefix}{i}" for i in range(start, stop))


def snap(pid: str, ids: frozenset[str], axis: int = 0, journey: str = "claim", key: str | None = None,
         centroid: np.ndarray | None = None) -> PatternSnapshot:
    return PatternSnapshot(pid, key or pid, journey, direction(axis) if centroid is None else centroid, ids)


def kinds(lineage) -> list[tuple]:
    return [(e.event, e.pattern_id, e.related_pattern_ids) for e in lineage.events]


def test_a_first_run_gives_a_birth_per_pattern_with_its_key_id():
    lineage = trace_lineage([], [snap("CA-b", members("b", 0, 20), 1), snap("CA-a", members("a", 0, 20))])
    assert lineage.ids == {"CA-a": "CA-a", "CA-b": "CA-b"}
    assert kinds(lineage) == [("birth", "CA-a", ()), ("birth", "CA-b", ())]
    assert lineage.summary() == "2 births, 0 merges, 0 splits, 0 deaths; 0 continued"


def test_a_pattern_continues_while_its_oldest_members_leave_the_window():
    previous = [snap("CA-a", members("a", 0, 20))]
    # a0..a11 left the window; a12..a19 stay and 30 new complaints joined.
    current = [snap("CA-a", members("a", 12, 20) | members("new", 0, 30))]
    window = set(members("a", 12, 20) | members("new", 0, 30) | members("noise", 0, 5))
    lineage = trace_lineage(previous, current, window)
    assert lineage.ids == {"CA-a": "CA-a"}
    [event] = lineage.events
    assert (event.event, event.matched_by, event.shared_members, event.overlap) == ("continued", "members", 8, 1.0)


def test_the_predecessor_id_wins_when_the_key_of_a_continuing_pattern_changed():
    """The journey mode of the cluster flipped: its key hashes to another id, its alert keeps the old one."""
    previous = [snap("CA-old", members("a", 0, 20))]
    current = [snap("CA-new", members("a", 2, 20), journey="policy_change")]
    lineage = trace_lineage(previous, current)
    assert lineage.ids == {"CA-new": "CA-old"}
    [event] = lineage.events
    assert (event.event, event.pattern_id, event.proposed_id) == ("continued", "CA-old", "CA-new")
    assert lineage.key_ids == {"CA-old": "CA-new"}


def test_a_merge_keeps_the_id_of_the_predecessor_that_brought_most_members():
    previous = [snap("CA-small", members("s", 0, 10), 1), snap("CA-big", members("b", 0, 30))]
    current = [snap("CA-small", members("s", 0, 10) | members("b", 0, 30) | members("new", 0, 5))]
    lineage = trace_lineage(previous, current)
    assert lineage.ids == {"CA-small": "CA-big"}
    assert kinds(lineage) == [("continued", "CA-big", ()), ("merge", "CA-big", ("CA-small",))]
    merge = lineage.events[1]
    assert (merge.shared_members, merge.overlap) == (10, 1.0)
    assert lineage.summary() == "0 births, 1 merge, 0 splits, 0 deaths; 1 continued"


def test_a_split_keeps_the_id_on_the_larger_part_and_the_other_is_born_from_it():
    previous = [snap("CA-p", members("p", 0, 40))]
    # The smaller part happens to carry the parent's journey and handoff: its key id is taken.
    current = [snap("CA-p", members("p", 28, 40), 1), snap("CA-x", members("p", 0, 28))]
    lineage = trace_lineage(previous, current)
    assert lineage.ids["CA-x"] == "CA-p"
    child = lineage.ids["CA-p"]
    assert child not in ("CA-p", "CA-x") and child.startswith("CA-")
    assert kinds(lineage) == [("birth", child, ("CA-p",)), ("continued", "CA-p", ()), ("split", "CA-p", (child,))]
    split = lineage.events[2]
    assert (split.shared_members, split.overlap) == (12, 1.0)  # all of the child's members came from the parent
    assert lineage.summary() == "1 birth, 0 merges, 1 split, 0 deaths; 1 continued"
    # The derived id is the same in every run on the same input.
    assert trace_lineage(previous, current).ids == lineage.ids


def test_a_pattern_whose_members_went_to_no_pattern_dies():
    previous = [snap("CA-a", members("a", 0, 20)), snap("CA-gone", members("g", 0, 20), 3)]
    current = [snap("CA-a", members("a", 0, 20))]
    window = set(members("a", 0, 20) | members("g", 0, 20))  # still in the window, but in no pattern
    lineage = trace_lineage(previous, current, window)
    assert kinds(lineage) == [("continued", "CA-a", ()), ("death", "CA-gone", ())]


def test_two_shared_members_are_no_evidence_of_a_split():
    previous = [snap("CA-a", members("a", 0, 4))]
    current = [snap("CA-a2", members("a", 0, 2) | members("new", 0, 2), 1, key="CA-a2")]
    lineage = trace_lineage(previous, current)
    assert kinds(lineage) == [("birth", "CA-a2", ()), ("death", "CA-a", ())]


def test_members_drifting_across_a_boundary_are_no_event():
    previous = [snap("CA-a", members("a", 0, 50)), snap("CA-b", members("b", 0, 50), 1)]
    # 10 of a's members now sit with b: a fifth of a, under MIN_OVERLAP.
    current = [snap("CA-a", members("a", 10, 50)), snap("CA-b", members("b", 0, 50) | members("a", 0, 10), 1)]
    lineage = trace_lineage(previous, current)
    assert kinds(lineage) == [("continued", "CA-a", ()), ("continued", "CA-b", ())]


def test_a_pattern_of_only_new_complaints_continues_by_centroid_in_the_same_journey():
    tilt = np.arccos(0.95)  # cosine 0.95 to the old centroid
    previous = [snap("CA-old", members("a", 0, 20))]
    current = [snap("CA-new", members("new", 0, 20), centroid=direction(0, tilt, towards=1))]
    lineage = trace_lineage(previous, current, set(members("new", 0, 20)))  # every old member left the window
    assert lineage.ids == {"CA-new": "CA-old"}
    [event] = lineage.events
    assert (event.event, event.matched_by) == ("continued", "centroid")
    assert event.cosine == pytest.approx(0.95, abs=1e-6)


@pytest.mark.parametrize("cos, journey", [(MIN_COSINE - 0.05, "claim"), (0.99, "billing")])
def test_a_far_centroid_or_another_journey_is_a_birth_and_a_death(cos, journey):
    previous = [snap("CA-old", members("a", 0, 20))]
    current = [snap("CA-new", members("new", 0, 20), journey=journey, centroid=direction(0, np.arccos(cos), 1))]
    lineage = trace_lineage(previous, current, set(members("new", 0, 20)))
    assert kinds(lineage) == [("birth", "CA-new", ()), ("death", "CA-old", ())]


def test_centroid_matches_are_one_to_one_most_similar_first():
    previous = [snap("CA-p1", members("a", 0, 20), centroid=direction(0)),
                snap("CA-p2", members("b", 0, 20), centroid=direction(0, 0.2, 1))]
    current = [snap("CA-c", members("new", 0, 20), centroid=direction(0, 0.19, 1))]
    lineage = trace_lineage(previous, current, set(members("new", 0, 20)))
    assert lineage.ids == {"CA-c": "CA-p2"}  # the closer one; the other dies, no merge
    assert kinds(lineage) == [("continued", "CA-p2", ()), ("death", "CA-p1", ())]


def test_the_same_journey_and_handoff_continues_when_members_and_centroid_cannot_tell():
    previous = [snap("CA-k", members("a", 0, 20), axis=0)]
    current = [snap("CA-k", members("new", 0, 20), axis=2)]  # orthogonal centroid, no shared member
    lineage = trace_lineage(previous, current, set(members("new", 0, 20)))
    [event] = lineage.events
    assert (event.event, event.pattern_id, event.matched_by) == ("continued", "CA-k", "key")


def test_the_same_journey_and_handoff_wins_over_a_closer_centroid():
    previous = [snap("CA-k", members("a", 0, 20), centroid=direction(0)),
                snap("CA-near", members("b", 0, 20), centroid=direction(1))]
    current = [snap("CA-k", members("new", 0, 20), centroid=direction(1, 0.1, 0))]
    lineage = trace_lineage(previous, current, set(members("new", 0, 20)))
    assert lineage.ids == {"CA-k": "CA-k"}
    assert kinds(lineage) == [("continued", "CA-k", ()), ("death", "CA-near", ())]
    assert lineage.events[0].matched_by == "key"


def test_a_born_pattern_never_takes_the_id_of_a_previous_pattern():
    """CA-k continued under another key; a new pattern with CA-k's old key gets a fresh id, not its alert."""
    previous = [snap("CA-k", members("a", 0, 20), key="CA-y")]
    current = [snap("CA-y", members("a", 0, 20)), snap("CA-k", members("new", 0, 20), axis=3)]
    lineage = trace_lineage(previous, current)
    assert lineage.ids["CA-y"] == "CA-k"
    assert lineage.ids["CA-k"] not in ("CA-k", "CA-y")
    assert [e.event for e in lineage.events] == ["birth", "continued"]


def test_ties_are_broken_by_sorted_ids_whatever_the_input_order():
    previous = [snap("CA-b", members("b", 0, 10), 1), snap("CA-a", members("a", 0, 10))]
    current = [snap("CA-c", members("a", 0, 10) | members("b", 0, 10), 2)]
    first = trace_lineage(previous, current)
    again = trace_lineage(list(reversed(previous)), current)
    assert first.ids == again.ids == {"CA-c": "CA-a"}
    assert first.events == again.events
    assert kinds(first) == [("continued", "CA-a", ()), ("merge", "CA-a", ("CA-b",))]


def test_the_same_patterns_again_only_continue_with_the_same_ids():
    previous = [snap("CA-a", members("a", 0, 20), key="CA-x"), snap("CA-b", members("b", 0, 15), 1)]
    current = [snap("CA-x", members("a", 0, 20)), snap("CA-b", members("b", 0, 15), 1)]
    lineage = trace_lineage(previous, current)
    assert lineage.ids == {"CA-x": "CA-a", "CA-b": "CA-b"}
    assert {e.event for e in lineage.events} == {"continued"}


def test_current_snapshots_take_members_and_unit_centroids_from_the_clustering():
    keys = pd.DataFrame({"pattern_id": ["CA-1", "CA-2"], "journey": ["claim", "billing"],
                         "handoff_from": ["chat", "broker"], "handoff_to": ["advisor", "insurer"]})
    ids = pd.Series(["CA-1", None, "CA-2", "CA-1"])
    member_ids = pd.Series(["calls:1", "calls:2", "chats:3", "tickets:4"])
    vectors = np.array([[1, 0], [0, 1], [0, 1], [0.6, 0.8]], dtype=np.float32)
    one, two = current_snapshots(keys, ids, member_ids, vectors)
    assert one.member_ids == {"calls:1", "tickets:4"} and two.member_ids == {"chats:3"}
    assert one.journey == "claim" and one.key_id == "CA-1"
    np.testing.assert_allclose(one.centroid, unit_centroid(vectors[[0, 3]]))
    assert np.linalg.norm(one.centroid) == pytest.approx(1.0, abs=1e-6)


def test_duplicate_current_ids_are_rejected():
    with pytest.raises(ValueError, match="distinct ids"):
        trace_lineage([], [snap("CA-a", members("a", 0, 5)), snap("CA-a", members("b", 0, 5))])


# ---------------------------------------------------------------- the store and the flow's task


def test_lineage_round_trips_through_duckdb(conn):
    from alert_factory import payload, record

    from alerts.store import save_patterns
    from clustering.lineage_store import load_lineage_events, load_previous_patterns, save_lineage

    first = trace_lineage([], [snap("CA-x", frozenset(payload("CA-x")["member_ids"]), key="CA-x")])
    save_patterns(conn, "r1", [record(payload("CA-x"))])
    save_lineage(conn, "r1", None, first)
    [stored] = load_previous_patterns(conn)
    assert stored.pattern_id == "CA-x" and stored.key_id == "CA-x" and stored.journey == "claim"
    assert stored.member_ids == frozenset(payload("CA-x")["member_ids"])
    np.testing.assert_allclose(stored.centroid, direction(0))

    # The next run: the same members under another key keep CA-x.
    again = trace_lineage([stored], [snap("CA-y", stored.member_ids)])
    save_patterns(conn, "r2", [record(payload("CA-x"))])
    save_lineage(conn, "r2", None, again)
    assert load_previous_patterns(conn)[0].key_id == "CA-y"
    events = load_lineage_events(conn, "CA-x")
    assert [(e["run_id"], e["event"], e["pattern_id"], e["proposed_id"]) for e in events] == [
        ("r1", "birth", "CA-x", "CA-x"), ("r2", "continued", "CA-x", "CA-y")]
    assert events[1]["matched_by"] == "members" and events[1]["overlap"] == 1.0
    assert load_lineage_events(conn, "CA-nothing") == []


def test_a_pattern_stored_before_lineage_existed_is_matched_by_members(conn):
    """Rows from before migration 004 have no centroid and no key id."""
    from alert_factory import payload, record

    from alerts.store import save_patterns
    from clustering.lineage_store import load_previous_patterns

    save_patterns(conn, "r0", [record(payload("CA-old"))])
    [stored] = load_previous_patterns(conn)
    assert stored.centroid is None and stored.key_id == "CA-old"
    lineage = trace_lineage([stored], [snap("CA-new", stored.member_ids)])
    assert lineage.ids == {"CA-new": "CA-old"} and lineage.events[0].cosine is None


def test_merged_events_name_both_patterns(conn):
    from clustering.lineage_store import load_lineage_events, save_lineage

    previous = [snap("CA-small", members("s", 0, 10), 1), snap("CA-big", members("b", 0, 30))]
    current = [snap("CA-small", members("s", 0, 10) | members("b", 0, 30))]
    save_lineage(conn, "r1", None, trace_lineage(previous, current))
    [merge] = load_lineage_events(conn, "CA-small")
    assert (merge["event"], merge["pattern_id"], merge["related_pattern_ids"]) == ("merge", "CA-big", ["CA-small"])


def test_the_lineage_task_renames_patterns_before_exposure_and_alerts():
    import pipeline.flow as flow
    from clustering.stage import Complaints

    frame = pd.DataFrame({"member_id": [f"calls:a{i}" for i in range(6)] + ["calls:noise"],
                          "journey": ["policy_change"] * 6 + [None]})
    vectors = np.tile(direction(0), (7, 1))
    keys = pd.DataFrame({"pattern_id": ["CA-key"], "journey": ["policy_change"],
                         "handoff_from": ["chat"], "handoff_to": ["advisor"]})
    ids = pd.Series(["CA-key"] * 6 + [None])
    clustered = flow.Clustered(Complaints(frame, vectors), np.array([0] * 6 + [-1]), ids, keys)
    previous = [snap("CA-kept", members("a", 0, 6))]
    renamed, lineage = flow.lineage_task.fn(clustered, previous)
    assert renamed.pattern_ids.tolist() == ["CA-kept"] * 6 + [None]
    assert renamed.keys["pattern_id"].tolist() == ["CA-kept"]
    assert lineage.summary() == "0 births, 0 merges, 0 splits, 0 deaths; 1 continued"


def test_alerts_of_merged_split_and_dead_patterns_get_a_note_and_keep_their_status(conn):
    from alert_factory import payload, record, run, status

    from alerts.store import load_events
    from clustering.lineage_store import note_lineage_on_alerts

    run(conn, [record(payload(pid)) for pid in ("CA-big", "CA-small", "CA-split", "CA-gone")])
    previous = [snap("CA-big", members("b", 0, 30)), snap("CA-small", members("s", 0, 10), 1),
                snap("CA-split", members("p", 0, 40), 2), snap("CA-gone", members("g", 0, 10), 3)]
    current = [snap("CA-big", members("b", 0, 30) | members("s", 0, 10)),
               snap("CA-split", members("p", 0, 25), 2), snap("CA-part", members("p", 25, 40), 2)]
    lineage = trace_lineage(previous, current)
    assert {e.event for e in lineage.events} >= {"merge", "split", "death"}
    assert note_lineage_on_alerts(conn, lineage) == 3

    def notes(alert_id):
        return [e["note"] for e in load_events(conn, alert_id) if e["by"] == "continuity"][1:]

    assert notes("CA-small") == ["its pattern merged into CA-big this run (10 complaints in common): "
                                 "that alert now carries these complaints"]
    assert notes("CA-split") == ["part of its pattern split off as CA-part this run (15 complaints)"]
    assert notes("CA-gone")[0].startswith("its pattern was not found this run")
    assert notes("CA-big") == []
    assert {status(conn, a) for a in ("CA-big", "CA-small", "CA-split", "CA-gone")} == {"pending_review"}


# ---------------------------------------------------------------- continuity lineage


@pytest.fixture
def lineage_db(tmp_path):
    from clustering.lineage_store import save_lineage
    from continuity.db import connect

    db = tmp_path / "c.duckdb"
    first = trace_lineage([], [snap("CA-big", members("b", 0, 30)), snap("CA-small", members("s", 0, 10), 1)])
    merged = trace_lineage([snap("CA-small", members("s", 0, 10), 1), snap("CA-big", members("b", 0, 30))],
                           [snap("CA-small", members("s", 0, 10) | members("b", 0, 30))])
    with connect(db) as conn:
        save_lineage(conn, "run-1", None, first)
        save_lineage(conn, "run-2", None, merged)
    return db


def test_lineage_command_lists_every_event_oldest_first(lineage_db, capsys):
    import json

    from continuity.cli import main

    assert main(["lineage", "--json", "--db", str(lineage_db)]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [(e["run_id"], e["event"], e["pattern_id"], e["related_pattern_ids"]) for e in events] == [
        ("run-1", "birth", "CA-big", []), ("run-1", "birth", "CA-small", []),
        ("run-2", "continued", "CA-big", []), ("run-2", "merge", "CA-big", ["CA-small"]),
    ]
    assert main(["lineage", "--db", str(lineage_db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert "merge" in lines[3] and "CA-big  absorbed CA-small" in lines[3] and "overlap 1.00, 10 shared" in lines[3]
    assert "continued CA-big  by members (its key now hashes to CA-small)" in lines[2]


def test_lineage_of_one_pattern_includes_where_it_merged(lineage_db, capsys):
    import json

    from continuity.cli import main

    assert main(["lineage", "--pattern", "CA-small", "--json", "--db", str(lineage_db)]) == 0
    assert [e["event"] for e in json.loads(capsys.readouterr().out)] == ["birth", "merge"]


def test_lineage_of_an_unknown_pattern_or_without_a_database_exits_2(lineage_db, tmp_path, capsys):
    from continuity.cli import main

    assert main(["lineage", "--pattern", "CA-nope", "--db", str(lineage_db)]) == 2
    err = capsys.readouterr().err.strip()
    assert "no lineage event names pattern 'CA-nope'" in err and len(err.splitlines()) == 1
    assert main(["lineage", "--db", str(tmp_path / "missing.duckdb")]) == 2
    assert "does not exist" in capsys.readouterr().err
