"""The fourth phrase bank (data.phrases_blind): wired into the generator, same shape as the others,
and none of their wording, so that it can measure how a detector generalises to text nobody tuned it on.
"""

from __future__ import annotations

import json
import re
from datetime import date

from data import generate, phrases_blind, phrases_demo, phrases_fresh, phrases_holdout
from data.generate import generate_inbox
from test_generate import bank_strings
from test_generate_fresh import COMPLAINT_BANKS, SMALL, five_word_runs, sentences, template_pattern, texts_by_member

OTHERS = (phrases_demo, phrases_holdout, phrases_fresh)


def upper_names(bank) -> set[str]:
    return {n for n in dir(bank) if n.isupper()}


# ---------------------------------------------------------------- the bank


def test_blind_bank_has_the_structure_of_the_other_banks():
    names = upper_names(phrases_blind)
    assert all(names == upper_names(bank) for bank in OTHERS)
    for name in names:
        ours = getattr(phrases_blind, name)
        for bank in OTHERS:
            theirs = getattr(bank, name)
            assert type(ours) is type(theirs), name
            if isinstance(ours, dict):
                assert set(ours) == set(theirs), name
                assert all(type(ours[k]) is type(theirs[k]) for k in ours), name
    for exchanges in phrases_blind.ROUTINE_EXCHANGES.values():
        assert all(isinstance(pair, tuple) and len(pair) == 2 for pair in exchanges)
    assert set(phrases_blind.HANDOFF_COMPLAINTS) == {p.pattern_id for p in generate.PATTERNS}
    fresh = phrases_fresh
    assert all(len(phrases_blind.HANDOFF_COMPLAINTS[k]) >= len(t) for k, t in fresh.HANDOFF_COMPLAINTS.items())
    assert all(len(phrases_blind.OTHER_COMPLAINTS[k]) >= len(t) for k, t in fresh.OTHER_COMPLAINTS.items())
    assert all(len(phrases_blind.TRANSFERRED_BUT_NOT_CONTEXT[k]) >= len(t)
               for k, t in fresh.TRANSFERRED_BUT_NOT_CONTEXT.items())
    assert len(phrases_blind.VAGUE_COMPLAINTS) >= len(fresh.VAGUE_COMPLAINTS)
    assert all(len(t) >= 10 for t in phrases_blind.ROUTINE_EXCHANGES.values())
    assert phrases_blind.COMPANY not in {bank.COMPANY for bank in OTHERS}
    for bank in OTHERS:
        assert not set(phrases_blind.AGENT_NAMES) & set(bank.AGENT_NAMES)
        assert not set(phrases_blind.BROKERS) & set(bank.BROKERS)
        assert not set(phrases_blind.TOWNS) & set(bank.TOWNS)


def test_blind_bank_shares_no_sentence_with_the_other_banks():
    theirs_sentences, theirs_runs = set(), set()
    for bank in OTHERS:
        for name in upper_names(bank):
            for template in bank_strings(getattr(bank, name)):
                theirs_sentences |= sentences(template)
                theirs_runs |= five_word_runs(template)
    for name in upper_names(phrases_blind):
        for template in bank_strings(getattr(phrases_blind, name)):
            assert not sentences(template) & theirs_sentences, (name, template)
            if name in COMPLAINT_BANKS:
                assert not five_word_runs(template) & theirs_runs, (name, template)


def test_every_blind_template_renders():
    writer = generate.TextWriter(phrases_blind, generate.random.Random(0), generate.Calendar(date(2026, 11, 15)))
    for line in ("auto", "home", "life", "commercial", "travel"):
        item = generate.Item("routine", None, "claim", line, "P-000001", date(2027, 1, 5), False, False)
        for template in bank_strings({n: getattr(phrases_blind, n) for n in upper_names(phrases_blind)}):
            template.format_map(generate.Fillers(writer, item))
    assert re.fullmatch(r"\d{4}", writer.postcode())
    assert writer.money(123456) == "R1,234.56"


# ---------------------------------------------------------------- the generator


def test_blind_style_generates_an_inbox_with_its_truth(tmp_path):
    assert generate.main(["--out", str(tmp_path / "blind"), "--households", "60", "--interactions", "600",
                          "--style", "blind"]) == 0
    truth = json.loads((tmp_path / "blind" / "truth.json").read_text(encoding="utf-8"))
    assert truth["style"] == "blind" and len(truth["patterns"]) == len(generate.PATTERNS)
    members = truth["handoff_complaints"]
    assert members and all(re.fullmatch(r"[a-z]+:[A-Z]+-9\d{4}", m) for m in members)
    others = [generate_inbox(tmp_path / style, style=style, **SMALL) for style in ("demo", "holdout", "fresh")]
    assert not set(members) & set().union(*(set(t["handoff_complaints"]) for t in others))

    texts = texts_by_member(tmp_path / "blind")
    for pattern in truth["patterns"]:
        templates = [template_pattern(t) for t in phrases_blind.HANDOFF_COMPLAINTS[pattern["pattern_id"]]]
        for member in pattern["member_ids"]:
            assert any(t.search(texts[member]) for t in templates), (member, texts[member])
    assert "Jacaranda Mutual" in " ".join(texts.values())


def test_blind_style_is_deterministic(tmp_path):
    first = generate_inbox(tmp_path / "a", style="blind", **SMALL)
    second = generate_inbox(tmp_path / "b", style="blind", **SMALL)
    assert first == second
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
