"""Pure helpers of the speed benchmark (benchmarks/speed.py)."""

from __future__ import annotations

import pytest

from benchmarks.speed import growth_exponent, median_rate, stage_spans


def test_stage_spans_run_from_the_previous_stage_to_a_stages_last_line():
    lines = [
        "continuity run: inbox a -> b",
        "ingest     3 files read",
        "           unreadable: x",
        "detect     4000/8000 interactions scored",
        "detect     8000/8000 interactions scored",
        "detect     8000 scored (0 unchanged, not rescored); 9 handoff complaints among them",
        "cluster    9 handoff complaints",
        "           layout: UMAP fitted",
        "exposure   5 affected households",
        "alerts     1 raised",
        "route      0 messages",
        "done in 30.0s (as of 2026-11-15)",
    ]
    seconds = [4.0, 6.0, 6.1, 10.0, 14.0, 14.2, 20.0, 20.1, 21.0, 21.5, 21.6, 22.0]
    assert stage_spans(lines, seconds) == {
        "ingest": 6.0, "detect": 8.2, "cluster": 5.8, "exposure": 1.0, "alerts": 0.5, "route": 0.1, "exit": 0.4,
    }


def test_stage_spans_of_nothing_is_empty():
    assert stage_spans([], []) == {}


def test_growth_exponent_is_one_for_linear_cost():
    assert growth_exponent([10, 100, 1000], [1.0, 10.0, 100.0]) == [None, 1.0, 1.0]


def test_median_rate_is_the_median_of_the_pieces():
    assert median_rate([10, 10, 10], [1.0, 2.0, 5.0]) == pytest.approx(5.0)
