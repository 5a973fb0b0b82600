"""The quality benchmark's bookkeeping: stored runs merge by style, seed and size; the
table spans the seeds; the chart is drawn. (The runs themselves are the real flow,
exercised by the end-to-end tests.)"""

from __future__ import annotations

from benchmarks.quality import DEFAULT_INTERACTIONS, chart, merge_results, range_table


def run(style, seed, recall, precision=1.0, interactions=DEFAULT_INTERACTIONS, false_alerts=()):
    return {"style": style, "seed": seed, "interactions": interactions,
            "detection": {"precision": precision, "recall": recall},
            "patterns": [{"pattern_id": "broker_to_insurer", "should_alert": True, "recall": recall,
                          "precision": precision},
                         {"pattern_id": "onboarding_small", "should_alert": False, "recall": 0.0, "precision": 0.0}],
            "false_alerts": list(false_alerts)}


def test_a_new_run_replaces_the_stored_run_of_the_same_style_seed_and_size_only():
    stored = [run("sealed", 7, 0.8), run("demo", 11, 0.9), run("demo", 7, 0.9), run("demo", 7, 0.5, interactions=900)]
    merged = merge_results(stored, [run("sealed", 7, 0.95), run("holdout", 7, 1.0)])
    assert [(r["style"], r["seed"], r["interactions"]) for r in merged] == [
        ("demo", 7, 900), ("demo", 7, DEFAULT_INTERACTIONS), ("demo", 11, DEFAULT_INTERACTIONS),
        ("holdout", 7, DEFAULT_INTERACTIONS), ("sealed", 7, DEFAULT_INTERACTIONS)]
    assert merged[-1]["detection"]["recall"] == 0.95


def test_table_spans_the_seeds_per_style_and_counts_false_alerts():
    table = range_table([run("demo", 7, 0.91), run("demo", 11, 0.84, 0.97), run("sealed", 7, 1.0, false_alerts=["CA-x"])])
    lines = table.splitlines()
    assert lines[0] == "| pattern | demo (seeds 7, 11) | sealed (seeds 7) |"
    assert "| broker_to_insurer | 0.84-0.91 / 0.97-1.00 | 1.00 / 1.00 |" in lines
    assert not any("onboarding_small" in line for line in lines)
    assert lines[-1] == "| false alerts | 0 | 1 |"


def test_chart_is_written(tmp_path):
    chart([run("demo", 7, 0.91), run("demo", 11, 0.84), run("blind", 7, 0.95)], tmp_path / "quality.png")
    assert (tmp_path / "quality.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
