from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from alerts.build import active_weeks, choose_verbatims, evaluate, iso_week, shown_handoff, window_weeks
from alerts.lifecycle import TransitionError, decide, status_after_run
from continuity.config import Thresholds

T = Thresholds(min_complaints=15, min_weeks=3, min_consistency=0.5, min_premium_exposure=0)


def counts(values):
    return [{"week": f"2026-W{i + 1:02d}", "count": c} for i, c in enumerate(values)]


def test_window_weeks_cover_the_window():
    weeks = window_weeks(date(2026, 11, 15), 90)
    assert weeks[-1] == "2026-W46" and weeks[0] == iso_week(date(2026, 8, 18))
    assert len(weeks) == 13  # W34 (Tue 18 Aug) .. W46 (Sun 15 Nov)


def test_persistent_pattern_alerts():
    gate = evaluate(40, counts([4, 5, 3, 6, 4, 5, 4, 5, 4]), 0.6, Decimal("1000"), T)
    assert gate.state == "alert" and gate.reasons == []


def test_one_week_spike_never_alerts_even_with_a_thin_tail():
    gate = evaluate(42, counts([0, 1, 40, 1, 0]), 0.8, Decimal("1000"), T)
    assert gate.state == "spike"
    assert "one-week spike" in gate.reasons[0]
    assert active_weeks(counts([0, 1, 40, 1, 0])) == 1


def test_each_threshold_keeps_a_candidate_waiting():
    assert evaluate(8, counts([2, 2, 2, 2]), 0.7, Decimal("10"), T).reasons == ["8 complaints < min_complaints 15"]
    low = evaluate(30, counts([5] * 6), 0.3, Decimal("10"), T)
    assert low.state == "candidate" and low.reasons == ["consistency 0.30 < min_consistency 0.5"]
    rich = Thresholds(min_complaints=15, min_weeks=3, min_consistency=0.5, min_premium_exposure=5000)
    assert evaluate(30, counts([5] * 6), 0.7, Decimal("4999.99"), rich).state == "candidate"


def test_reviewer_decisions():
    assert decide("A", "pending_review", "approve") == "approved"
    assert decide("A", "pending_review", "hold") == "held"
    with pytest.raises(TransitionError, match="alert A is resolved: cannot approve"):
        decide("A", "resolved", "approve")
    with pytest.raises(TransitionError, match="unknown decision"):
        decide("A", "pending_review", "maybe")


def test_runs_respect_held_and_dismissed():
    args = dict(count_when_dismissed=None, regrowth_factor=1.5, require_review=True)
    assert status_after_run(None, passes=True, complaint_count=20, **args)[0] == "pending_review"
    assert status_after_run("held", passes=True, complaint_count=99, **args) == (None, None)
    dismissed = dict(args, count_when_dismissed=20)
    assert status_after_run("dismissed", passes=True, complaint_count=25, **dismissed) == (None, None)
    status, reason = status_after_run("dismissed", passes=True, complaint_count=30, **dismissed)
    assert status == "pending_review" and "grew materially from 20 to 30" in reason
    auto = dict(args, require_review=False)
    assert status_after_run(None, passes=True, complaint_count=20, **auto)[0] == "approved"


def test_verbatims_cover_kinds_and_avoid_repeats():
    rng = np.random.default_rng(0)
    base = rng.normal(size=8)
    vectors = np.vstack([base + rng.normal(scale=0.1, size=8) for _ in range(6)])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    members = pd.DataFrame({
        "kind": ["calls", "calls", "calls", "chats", "tickets", "calls"],
        "household_id": ["H1", "H1", "H2", "H3", None, "H4"],
        "occurred_at": pd.to_datetime(["2026-10-01", "2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22", "2026-10-29"]),
        "evidence": ["same words", "same words", "b", "c", "d", "e"],
        "p_handoff": [0.9] * 6,
    })
    picks = choose_verbatims(members, vectors)
    assert 3 <= len(picks) <= 5
    assert {"calls", "chats", "tickets"} <= {members["kind"][i] for i in picks}
    assert not {0, 1} <= set(picks)  # the repeated wording appears once at most


def test_a_brokers_customers_are_passed_to_the_insurer():
    assert shown_handoff("broker", "another advisor") == ("broker", "insurer")
    assert shown_handoff("broker", "phone agent") == ("broker", "insurer")
    assert shown_handoff("broker", "claims handler") == ("broker", "claims handler")  # a team of the insurer is named
    assert shown_handoff("advisor", "another advisor") == ("advisor", "another advisor")
