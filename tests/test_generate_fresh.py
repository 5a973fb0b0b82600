"""The third phrase bank (data.phrases_fresh): wired into the generator, same shape as the others,
and none of their wording, so that it can measure how a detector tuned on demo and holdout generalises.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path


from data import generate, phrases_demo, phrases_fresh, phrases_holdout
from data.generate import INTERACTION_KINDS, generate_inbox
from test_generate import NotJson, bank_strings, read_rows

SMALL = {"n_households": 60, "n_interactions": 600}
OTHERS = (phrases_demo, phrases_holdout)
COMPLAINT_BANKS = ("HANDOFF_COMPLAINTS", "OTHER_COMPLAINTS", "TRANSFERRED_BUT_NOT_CONTEXT", "VAGUE_COMPLAINTS",
                   "HANDOFF_TICKET_SUBJECTS", "COMPLAINT_OPENERS", "COMPLAINT_CLOSERS")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]+\}")



def sentences(template: str) -> set[str]:
    """Lower-cased sentences of three words or more (shorter ones, like "Nada.", are not wording),
    placeholders made equal, punctuation and spacing ignored."""
    text = PLACEHOLDER.sub(" X ", template.lower())
    parts = (re.findall(r"[a-z0-9']+", part) for part in re.split(r"(?<=[.!?;:])\s+|\s+-\s+", text))
    return {" ".join(words) for words in parts if len(words) >= 3}


def five_word_runs(template: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z']+", PLACEHOLDER.sub(" ", template.lower()))
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def texts_by_member(root: Path) -> dict[str, str]:
    texts = {}
    for kind in INTERACTION_KINDS:
        for path in sorted((root / kind).iterdir()):
            if path.name == "corrupt_export.parquet":
                continue
            for row in read_rows(path):
                if not isinstance(row, NotJson) and row.get("interaction_id") and row.get("text"):
                    texts[f"{kind}:{row['interaction_id']}"] = row["text"]
    return texts


def template_pattern(template: str) -> re.Pattern:
    return re.compile(".+?".join(re.escape(part) for part in PLACEHOLDER.split(template)))


# ---------------------------------------------------------------- the bank


def test_fresh_bank_has_the_structure_of_the_other_banks():
    names = {n for n in dir(phrases_fresh) if n.isupper()}
    assert names == {n for n in dir(phrases_demo) if n.isupper()} == {n for n in dir(phrases_holdout) if n.isupper()}
    for name in names:
        ours, theirs = getattr(phrases_fresh, name), getattr(phrases_demo, name)
        assert type(ours) is type(theirs), name
        if isinstance(ours, dict):
            assert set(ours) == set(theirs), name
    assert set(phrases_fresh.HANDOFF_COMPLAINTS) == {p.pattern_id for p in generate.PATTERNS}
    assert all(len(t) >= 25 for t in phrases_fresh.HANDOFF_COMPLAINTS.values())
    assert all(len(t) >= 15 for t in phrases_fresh.OTHER_COMPLAINTS.values())
    assert all(len(t) >= 6 for t in phrases_fresh.TRANSFERRED_BUT_NOT_CONTEXT.values())
    assert len(phrases_fresh.VAGUE_COMPLAINTS) >= 15
    assert all(len(t) >= 10 for t in phrases_fresh.ROUTINE_EXCHANGES.values())
    assert phrases_fresh.COMPANY not in {phrases_demo.COMPANY, phrases_holdout.COMPANY}
    assert not set(phrases_fresh.AGENT_NAMES) & set(phrases_demo.AGENT_NAMES + phrases_holdout.AGENT_NAMES)
    assert not set(phrases_fresh.BROKERS) & set(phrases_demo.BROKERS + phrases_holdout.BROKERS)


def test_fresh_handoff_complaints_share_no_sentence_with_demo_or_holdout():
    theirs_sentences, theirs_runs = set(), set()
    for bank in OTHERS:
        for name in dir(bank):
            if name.isupper():
                for template in bank_strings(getattr(bank, name)):
                    theirs_sentences |= sentences(template)
                    theirs_runs |= five_word_runs(template)
    for name in COMPLAINT_BANKS:
        for template in bank_strings(getattr(phrases_fresh, name)):
            assert not sentences(template) & theirs_sentences, (name, template)
            assert not five_word_runs(template) & theirs_runs, (name, template)


def test_every_fresh_template_renders():
    writer = generate.TextWriter(phrases_fresh, generate.random.Random(0), generate.Calendar(date(2026, 11, 15)))
    for line in ("auto", "home", "life", "commercial", "travel"):
        item = generate.Item("routine", None, "claim", line, "P-000001", date(2027, 1, 5), False, False)
        for template in bank_strings({n: getattr(phrases_fresh, n) for n in dir(phrases_fresh) if n.isupper()}):
            template.format_map(generate.Fillers(writer, item))
    assert re.fullmatch(r"\d{4}", writer.postcode())


# ---------------------------------------------------------------- the generator


def test_fresh_style_generates_an_inbox_with_its_truth(tmp_path):
    assert generate.main(["--out", str(tmp_path / "fresh"), "--households", "60", "--interactions", "600",
                          "--style", "fresh"]) == 0
    truth = json.loads((tmp_path / "fresh" / "truth.json").read_text(encoding="utf-8"))
    assert truth["style"] == "fresh" and len(truth["patterns"]) == len(generate.PATTERNS)
    members = truth["handoff_complaints"]
    assert members and all(re.fullmatch(r"[a-z]+:[A-Z]+-7\d{4}", m) for m in members)
    demo = generate_inbox(tmp_path / "demo", **SMALL)
    holdout = generate_inbox(tmp_path / "holdout", style="holdout", **SMALL)
    assert not set(members) & (set(demo["handoff_complaints"]) | set(holdout["handoff_complaints"]))

    texts = texts_by_member(tmp_path / "fresh")
    for pattern in truth["patterns"]:
        templates = [template_pattern(t) for t in phrases_fresh.HANDOFF_COMPLAINTS[pattern["pattern_id"]]]
        for member in pattern["member_ids"]:
            assert any(t.search(texts[member]) for t in templates), (member, texts[member])
    assert "Tasman Shield" in " ".join(texts.values())


def test_fresh_style_is_deterministic(tmp_path):
    first = generate_inbox(tmp_path / "a", style="fresh", **SMALL)
    second = generate_inbox(tmp_path / "b", style="fresh", **SMALL)
    assert first == second
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
