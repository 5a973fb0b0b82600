"""Quality benchmark on generated inboxes with known truth.

    python -m benchmarks.quality [--style STYLE|both|all] [--config FILE] [--seeds N ...] [--interactions N]

STYLE is a phrase bank of data.generate.STYLES. `both` is demo and holdout;
`all` adds fresh (a third wording kept for measuring generalisation). The
banks written without looking at the detector (blind, sealed, irish, straits,
maple, deccan, lagos, manila, clyde, prairie, wattle, severn, rift, kauri, caroni,
volta, bayou, pennine, indus, hudson) run only on their own. Each seed is another draw of the same wording (which template, which customer, which
week); --interactions scales the inbox and every planted pattern with it.

Generates the inbox, runs the real flow (real model, DuckDB file, Prefect),
then prints handoff-detection precision/recall and, per planted pattern, the
recall and precision of the best-matching alert, and false alerts. Each run is
kept in benchmarks/results/quality.json (a run of the same style, seed and size
replaces the stored one), or with --config (a config file for every run, e.g.
another embedding precision) in quality-<file name>.json; after the runs it
prints every stored run as one table (lowest-highest over seeds, per style) and
draws it as quality.png (quality-<file name>.png).
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
from data.generate import STYLES

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


def _run_key(result: dict) -> tuple:
    return result["style"], result["seed"], result["interactions"]


def merge_results(stored: list[dict], new: list[dict]) -> list[dict]:
    """The stored runs with `new` replacing any run of the same style, seed and size,
    in the generator's style order, then seed."""
    order = {style: n for n, style in enumerate(STYLES)}
    merged = {_run_key(r): r for r in stored} | {_run_key(r): r for r in new}
    return sorted(merged.values(), key=lambda r: (order.get(r["style"], len(order)), r["interactions"], r["seed"]))


def _columns(results: list[dict]) -> dict[str, list[dict]]:
    """Runs grouped by style (and size, when not the default), in order."""
    columns: dict[str, list[dict]] = {}
    for r in results:
        label = r["style"] if r["interactions"] == DEFAULT_INTERACTIONS else f"{r['style']} ({r['interactions']})"
        columns.setdefault(label, []).append(r)
    return columns


def _alerting_patterns(results: list[dict]) -> list[str]:
    """The planted patterns that should alert, in the generator's order."""
    return [p["pattern_id"] for p in results[0]["patterns"] if p["should_alert"]] if results else []


def _span(values: list[float]) -> str:
    low, high = min(values), max(values)
    return f"{low:.2f}" if f"{low:.2f}" == f"{high:.2f}" else f"{low:.2f}-{high:.2f}"


def range_table(results: list[dict]) -> str:
    """Markdown: per alerting pattern, recall / precision as lowest-highest over the
    seeds run, one column per style; then detection precision / recall and false alerts."""
    columns = _columns(results)
    patterns = _alerting_patterns(results)
    lines = ["| pattern | " + " | ".join(f"{c} (seeds {', '.join(str(r['seed']) for r in runs)})"
                                         for c, runs in columns.items()) + " |",
             "|---" * (len(columns) + 1) + "|"]
    for pattern in patterns:
        cells = []
        for runs in columns.values():
            found = [p for r in runs for p in r["patterns"] if p["pattern_id"] == pattern]
            cells.append(f"{_span([p['recall'] for p in found])} / {_span([p['precision'] for p in found])}")
        lines.append(f"| {pattern} | " + " | ".join(cells) + " |")
    lines.append("| detection P / R | " + " | ".join(
        f"{_span([r['detection']['precision'] for r in runs])} / {_span([r['detection']['recall'] for r in runs])}"
        for runs in columns.values()) + " |")
    lines.append("| false alerts | " + " | ".join(str(sum(len(r["false_alerts"]) for r in runs))
                                              for runs in columns.values()) + " |")
    return "\n".join(lines)


def chart(results: list[dict], path: Path) -> None:
    """Recall and precision per alerting pattern and style: a bar from the lowest to
    the highest seed's value, a tick at each seed."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    columns = _columns(results)
    if not columns:
        return
    patterns = _alerting_patterns(results) + ["detection"]
    fig, axes = plt.subplots(1, 2, figsize=(12, 0.9 + 0.32 * len(patterns) * len(columns)), sharey=True)
    colours = plt.get_cmap("tab10")
    for ax, measure in zip(axes, ("recall", "precision")):
        for row, pattern in enumerate(patterns):
            for n, runs in enumerate(columns.values()):
                y = row * (len(columns) + 1) + n
                if pattern == "detection":
                    values = [r["detection"][measure] for r in runs]
                else:
                    values = [p[measure] for r in runs for p in r["patterns"] if p["pattern_id"] == pattern]
                ax.plot([min(values), max(values)], [y, y], color=colours(n), linewidth=5, alpha=0.5,
                        label=list(columns)[n] if row == 0 else None)
                ax.plot(values, [y] * len(values), "|", color=colours(n), markersize=9)
        ax.axvline(0.9, color="grey", linestyle="--", linewidth=1)
        ax.set_xlim(0.5, 1.01)
        ax.set_title(measure)
        ax.grid(axis="x", alpha=0.3)
    ticks = [row * (len(columns) + 1) + (len(columns) - 1) / 2 for row in range(len(patterns))]
    axes[0].set_yticks(ticks, [p.replace("_", " ") for p in patterns])
    axes[0].invert_yaxis()
    axes[0].legend(loc="lower left", fontsize=8)
    fig.suptitle("Continuity quality per phrase bank: lowest-highest over seeds (ticks: each seed; dashed: 0.9)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--style", choices=[*STYLES, "both", "all"], default="both")
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
    name = f"quality-{args.config.stem}" if args.config else "quality"
    stored = RESULTS / f"{name}.json"
    kept = merge_results(json.loads(stored.read_text()) if stored.exists() else [], results)
    stored.write_text(json.dumps(kept, indent=2, default=str))
    print(f"\n== every stored run ({stored.relative_to(RESULTS.parent.parent)}): lowest-highest over seeds ==")
    print(range_table(kept))
    chart(kept, RESULTS / f"{name}.png")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
