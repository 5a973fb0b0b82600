"""Seed-corpus rows from the complaint templates of phrase banks, for training the detector.

    python -m benchmarks.bank_rows [--style STYLE ...] [--write]

Each template of a bank's complaint lists is rendered once (placeholders filled
by the generator's own writer, seeded) and becomes one labelled row: a handoff
complaint with its pattern's handoff and journey, a price, payout, staff,
outage or billing complaint (the "transferred, and the next person had the
case, but..." ones included, under the category they complain about), a vague
complaint, or routine text: a request, a ticket subject, a survey answer or
review that is happy or neutral ("put through to claims and the handler
already knew why I was ringing"), or a detail of the case ("I've still got all
the photos on my phone"), which the generator adds to complaints and routine
contacts alike. The source is "bank-STYLE".

The detector reads a text a sentence at a time, so a "transferred, but..."
template of several sentences also gives a row per sentence, labelled one by
one by a reader, not by a rule, in transfer_sentence_labels.json (the
sentences as clustering.handoff's split_sentences cuts the template): one that
only says the transfer happened or the next person had the case ("Being
transferred wasn't a problem, the person had all the info.") is routine, one
that complains, with or without the transfer in it, is a complaint of the
template's category. Without --style
the banks are TRAINING_BANKS; --write replaces the corpus's bank rows with
them (clustering/seed_corpus.jsonl), else they are printed as JSON lines.

A bank whose rows are in the corpus measures nothing any more: its benchmark
figures are training figures. TRAINING_BANKS are the banks whose texts were
read while the detector was developed (severn and rift from 2026-11-22's second
session, after one measurement); the others (maple, lagos, manila, clyde,
prairie, wattle, kauri, caroni, volta, bayou, pennine, indus, hudson) were never read and stay
out, so they remain measures of text the detector has not met. (Pennine's, indus's and
hudson's rows were tried in the corpus on 2026-11-22 and not kept: on the ten never-read
banks before them, 30 runs, cells below 0.9 went 50 -> 49 of 240 but detection precision
0.936 -> 0.924, bayou's 0.945 -> 0.865.)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from pathlib import Path

from clustering.handoff import ROUTINE, SEED_CORPUS_PATH, split_sentences

TRAINING_BANKS = ("holdout", "fresh", "blind", "sealed", "irish", "straits", "deccan", "severn", "rift")
BANK_SOURCE = "bank-"
SENTENCE_LABELS_PATH = Path(__file__).with_name("transfer_sentence_labels.json")
SENTENCE_LABELS = ("kept", "complaint", "both", "neither")  # what a labeller may say of a sentence


def sentence_row_label(label: str, category: str) -> str | None:
    """The corpus label of one labelled sentence of a "transferred, but..." template (None: no row)."""
    if label not in SENTENCE_LABELS:
        raise ValueError(f"unknown sentence label {label!r}; expected one of {SENTENCE_LABELS}")
    return {"kept": ROUTINE, "complaint": category, "both": category}.get(label)

# Each planted pattern in the corpus's own handoff vocabulary (clustering/seed_corpus.jsonl).
PATTERN_LABELS = {
    "claim_form_to_advisor": ("online form", "advisor", "claim"),
    "claim_advisor_to_advisor": ("advisor", "another advisor", "claim"),
    "policy_change_chat_to_phone": ("chat agent", "phone agent", "policy_change"),
    "broker_to_insurer": ("broker", "insurer", None),
    "renewal_spike_app_to_phone": ("app", "phone agent", "renewal"),
    "onboarding_small": ("portal", "advisor", "onboarding"),
}


def bank_rows(style: str, seed: int = 0) -> Iterator[dict]:
    """One labelled row per template of the bank's complaint lists and of its routine text
    (requests, ticket subjects, happy and neutral survey answers and reviews, case details)."""
    from data import generate

    bank = generate.STYLES[style]
    writer = generate.TextWriter(bank, random.Random(seed), generate.Calendar(date(2026, 11, 15)))
    source = f"{BANK_SOURCE}{style}"

    def render(template: str, category: str, topic: str, pattern: str | None = None) -> str:
        item = generate.Item(category, pattern, topic, writer.rng.choice(["auto", "home", "life", "commercial"]),
                             "P-000001", date(2027, 1, 5), False, False)
        return " ".join(template.format_map(generate.Fillers(writer, item)).split())

    def row(text: str, label: str, handoff_from=None, handoff_to=None, journey=None) -> dict:
        return {"text": text, "label": label, "handoff_from": handoff_from, "handoff_to": handoff_to,
                "journey": journey, "source": source}

    for pattern_id, templates in bank.HANDOFF_COMPLAINTS.items():
        handoff_from, handoff_to, journey = PATTERN_LABELS[pattern_id]
        for template in templates:
            yield row(render(template, "handoff", journey or "claim", pattern_id), "handoff",
                      handoff_from, handoff_to, journey)
    for lists in (bank.OTHER_COMPLAINTS, bank.TRANSFERRED_BUT_NOT_CONTEXT):
        for category, templates in lists.items():
            for template in templates:
                yield row(render(template, category, "claim"), category)
    for category, labelled in sentence_labels().get(style, {}).items():
        for index, labels in labelled.items():
            # The template's sentences as the detector cuts text (placeholders left in).
            sentences = split_sentences(bank.TRANSFERRED_BUT_NOT_CONTEXT[category][int(index)])
            for sentence, label in zip(sentences, labels, strict=True):
                if (corpus_label := sentence_row_label(label, category)) is not None:
                    yield row(render(sentence, category, "claim"), corpus_label)
    for template in bank.VAGUE_COMPLAINTS:
        yield row(render(template, "vague", "claim"), "vague")
    for topic, exchanges in bank.ROUTINE_EXCHANGES.items():
        for request, _answer in exchanges:
            yield row(render(request, "routine", topic), ROUTINE)
    # What a customer says when nothing went wrong, and the details that go with any contact: a
    # happy survey answer about a transfer or a photo kept on a phone is no handoff complaint.
    for topic, subjects in bank.ROUTINE_TICKET_SUBJECTS.items():
        for template in subjects:
            yield row(render(template, "routine", topic), ROUTINE)
    for templates in (bank.SURVEY_POSITIVE, bank.SURVEY_NEUTRAL, bank.REVIEW_POSITIVE, bank.REVIEW_NEUTRAL):
        for template in templates:
            yield row(render(template, "routine", "claim"), ROUTINE)
    for topic, details in bank.CONTEXT_DETAILS.items():
        for template in details:
            yield row(render(template, "routine", topic), ROUTINE)


@cache
def sentence_labels() -> dict[str, dict[str, dict[str, list[str]]]]:
    """bank -> category -> template index -> one label per sentence (transfer_sentence_labels.json)."""
    return json.loads(SENTENCE_LABELS_PATH.read_text(encoding="utf-8"))


def new_rows(styles: Iterable[str], known_texts: Iterable[str], seed: int = 0) -> list[dict]:
    """The banks' rows whose text (case aside) is not already known, each text once."""
    seen = {t.lower() for t in known_texts}
    rows = []
    for style in styles:
        for row in bank_rows(style, seed):
            if row["text"] and row["text"].lower() not in seen:
                seen.add(row["text"].lower())
                rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--style", action="append", help=f"a bank of data.generate.STYLES (default: {TRAINING_BANKS})")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--write", action="store_true", help="replace the corpus's bank rows with these")
    args = parser.parse_args(argv)
    lines = SEED_CORPUS_PATH.read_text(encoding="utf-8").splitlines()
    parsed = [(line, json.loads(line)) for line in lines if line.strip()]
    # The other rows stay byte for byte as they are (the tuned model's cache key hashes the file).
    kept = [(line, row) for line, row in parsed if not str(row.get("source", "")).startswith(BANK_SOURCE)]
    rows = new_rows(args.style or TRAINING_BANKS, [row["text"] for _, row in kept], args.seed)
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if args.write:
        SEED_CORPUS_PATH.write_text("".join(line + "\n" for line, _ in kept) + text, encoding="utf-8")
        print(f"{SEED_CORPUS_PATH.name}: {len(kept)} other rows, {len(rows)} bank rows", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
