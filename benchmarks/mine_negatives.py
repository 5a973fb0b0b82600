"""Mine hard negatives for the handoff detector's seed corpus from a labelled inbox.

    python -m benchmarks.mine_negatives --db RUN.duckdb --truth truth.json [--floor 0.3] > mined.jsonl

Reads the interactions of a `continuity run` database, and for every
interaction the generator's truth says is NOT a handoff complaint, scores each
scoring unit (clustering.handoff.scoring_units) with the linear detector fitted
on the hand-written corpus rows only. Units at or above --floor are written as
seed rows labelled with the interaction's truth: its complaint category (price,
payout, staff, outage, billing), vague, or routine. Used once on the demo inbox
(source "mined-demo" in seed_corpus.jsonl); the holdout and fresh inboxes are
never mined, so they stay honest measures.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import continuity  # noqa: F401  (quiet imports)


def main(argv: list[str] | None = None) -> int:
    import duckdb
    import numpy as np

    from clustering.embedder import get_embedder
    from clustering.handoff import (HANDOFF, HandoffDetector, customer_text, read_seed_corpus, scoring_units,
                                    split_sentences)

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--truth", type=Path, required=True)
    parser.add_argument("--floor", type=float, default=0.3)
    args = parser.parse_args(argv)

    truth = json.loads(args.truth.read_text())
    handoff = set(truth["handoff_complaints"])
    category = {m: k for k, ids in truth["other_complaints"].items() for m in ids}
    category.update({m: "vague" for m in truth["vague"]})
    corpus = read_seed_corpus()
    written = corpus[[not str(s).startswith("mined") for s in _sources(corpus)]]
    embedder = get_embedder(precision="onnx", device="cpu")
    detector = HandoffDetector(kernel="linear", C=1.0).fit(embedder.embed(written["text"].tolist()), written["label"])
    with duckdb.connect(str(args.db), read_only=True) as conn:
        rows = conn.execute("SELECT kind, kind || ':' || interaction_id, text FROM interactions ORDER BY 2").fetchall()
    seen = set(corpus["text"])
    for kind, member, text in rows:
        if member in handoff:
            continue
        units = [u for u, _ in scoring_units(split_sentences(customer_text(kind, text)))]
        if not units:
            continue
        p = detector.predict_proba(embedder.embed(units))[:, list(detector.classes_).index(HANDOFF)]
        for unit, score in zip(units, p):
            if score >= args.floor and unit not in seen:
                seen.add(unit)
                sys.stdout.write(json.dumps({"text": unit, "label": category.get(member, "routine"), "handoff_from": None,
                                             "handoff_to": None, "journey": None, "source": "mined-demo"}) + "\n")
    return 0


def _sources(corpus):
    return corpus["source"] if "source" in corpus.columns else [None] * len(corpus)


if __name__ == "__main__":
    raise SystemExit(main())
