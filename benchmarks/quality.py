"""Quality benchmark on generated inboxes with known truth.

    python -m benchmarks.quality [--style demo|holdout|fresh|blind|sealed|both|all] [--config FILE]
        [--seeds N ...] [--interactions N]

`both` is demo and holdout; `all` adds fresh (a third wording kept for
measuring generalisation). `blind` and `sealed` (a fourth and a fifth wording,
written without looking at the detector) run only on their own. Each seed is
another draw of the same wording (which template, which customer, which week);
--interactions scales the inbox and every planted pattern with it.

Generates the inbox, runs the real flow (real model, DuckDB file, Prefect),
then prints handoff-detection precision/recall and, per planted pattern, the
recall and precision of the best-matching alert, and false alerts. Results go
to benchmarks/results/quality.json, or with --config (a config file for every
run, e.g. another embedding precision) to quality-<file name>.json.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import date
from pathlib import Path

import continuity  # noqa: F401

from benchmarks.scoring import detection_scores, false_alerts, match_patterns

RESULTS = Path(__file__).parent / "results"
DEFAULT_SEED, DEFAULT_INTERACTIONS, DEFAULT_HOUSEHOLDS = 7, 3500, 400  # data.generate's defaults


def predicted_handoff_ids(db: Path) -> set[str]:
    from continuity.db import connect

    with connect(db) as conn:
        rows = conn.execute("SELECT kind || ':' || interaction_id FROM scores WHERE is_handoff AND NOT is_vague").fetchall()
    return {r[0] for r in rows}


def run_style(style: str, workdir: Path, config: str | None = None, seed: int = DEFAULT_SEED,
              interactions: int = DEFAULT_INTERACTIONS) -> dict:
    from alerts.store import load_alerts
    from continuity.db import connect
    from data.generate import generate_inbox
    from pipeline.runner import run_pipeline

    inbox, db = workdir / f"{style}_inbox", workdir / f"{style}.duckdb"
    households = max(20, round(DEFAULT_HOUSEHOLDS * interactions / DEFAULT_INTERACTIONS))
    truth = generate_inbox(inbox, style=style, seed=seed, n_interactions=interactions, n_households=households)
    as_of = date.fromisoformat(truth["as_of"])
    started = time.perf_counter()
    run_pipeline(inbox=inbox, db=db, config=config, as_of=as_of)
    seconds = time.perf_counter() - started
    with connect(db) as conn:
        alerts = load_alerts(conn)
    matches = match_patterns(truth, alerts)
    return {
        "style": style,
        "seed": seed,
        "interactions": interactions,
        "seconds": round(seconds, 1),
        "detection": detection_scores(truth, predicted_handoff_ids(db)),
        "patterns": [m.__dict__ for m in matches],
        "false_alerts": false_alerts(truth, alerts, matches),
        "alerts": len(alerts),
    }


def print_report(result: dict) -> None:
    d = result["detection"]
    print(f"\n== {result['style']} inbox, seed {result['seed']}, {result['interactions']} interactions "
          f"({result['seconds']}s end to end) ==")
    print(
        f"handoff detection: precision {d['precision']:.3f} recall {d['recall']:.3f} "
        f"({d['predicted']} predicted, {d['actual']} true; other complaints called handoff {d['other_complaints_called_handoff']}, "
        f"vague {d['vague_called_handoff']}, hard negatives {d['hard_negatives_called_handoff']})"
    )
    print(f"{'pattern':<32} {'should':>6} {'size':>5} {'alert':<14} {'status':<15} {'recall':>6} {'prec':>6}")
    for p in result["patterns"]:
        print(
            f"{p['pattern_id']:<32} {str(p['should_alert']):>6} {p['truth_size']:>5} {str(p['alert_id']):<14} "
            f"{str(p['status']):<15} {p['recall']:>6.2f} {p['precision']:>6.2f}"
        )
    print(f"alerts: {result['alerts']}; false alerts: {result['false_alerts'] or 'none'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--style", choices=["demo", "holdout", "fresh", "blind", "sealed", "both", "all"], default="both")
    parser.add_argument("--config", type=Path, help="config file for every run (default: the built-in defaults)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[DEFAULT_SEED],
                        help=f"generator seeds: each gives another draw of the same wording (default {DEFAULT_SEED})")
    parser.add_argument("--interactions", type=int, default=DEFAULT_INTERACTIONS,
                        help=f"interactions per inbox; planted patterns and households scale with it "
                             f"(default {DEFAULT_INTERACTIONS})")
    args = parser.parse_args(argv)
    if args.interactions < 500:
        parser.error("--interactions: at least 500 (below that a planted pattern has too few complaints to alert)")
    if args.config is not None and not args.config.is_file():
        parser.error(f"--config: no such file: {args.config}")
    styles = {"both": ["demo", "holdout"], "all": ["demo", "holdout", "fresh"]}.get(args.style, [args.style])
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for style in styles:
            for seed in args.seeds:
                result = run_style(style, Path(tmp) / str(seed), config=str(args.config) if args.config else None,
                                   seed=seed, interactions=args.interactions)
                print_report(result)
                results.append(result)
    RESULTS.mkdir(exist_ok=True)
    name = f"quality-{args.config.stem}.json" if args.config else "quality.json"
    (RESULTS / name).write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
