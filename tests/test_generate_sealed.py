"""The fifth phrase bank (data.phrases_sealed): wired into the generator, same shape as the others,
and none of their wording, so that it can measure once, at the end, how a detector generalises to
text nobody tuned it on.
"""

from __future__ import annotations

import json
import re
from datetime import date

from data import generate, phrases_blind, phrases_demo, phrases_fresh, phrases_holdout, phrases_sealed
from data.generate import generate_inbox
from test_generate import bank_strings
from test_generate_blind import upper_names
from test_generate_fresh import COMPLAINT_BANKS, SMALL, five_word_runs, sentences, template_pattern, texts_by_member

OTHERS = (phrases_demo, phrases_holdout, phrases_fresh, phrases_blind)


# ---------------------------------------------------------------- the bank


def test_sealed_bank_has_the_structure_of_the_other_banks():
    names = upper_names(phrases_sealed)
    assert all(names == upper_names(bank) for bank in OTHERS)
    for name in names:
        ours = getattr(phrases_sealed, name)
        for bank in OTHERS:
            theirs = getattr(bank, name)
            assert type(ours) is type(theirs), name
            if isinstance(ours, dict):
                assert set(ours) == set(theirs), name
                assert all(type(ours[k]) is type(theirs[k]) for k in ours), name
    for exchanges in phrases_sealed.ROUTINE_EXCHANGES.values():
        assert all(isinstance(pair, tuple) and len(pair) == 2 for pair in exchanges)
    assert set(phrases_sealed.HANDOFF_COMPLAINTS) == {p.pattern_id for p in generate.PATTERNS}
    assert phrases_sealed.COMPANY not in {bank.COMPANY for bank in OTHERS}
    for bank in OTHERS:
        assert not set(phrases_sealed.AGENT_NAMES) & set(bank.AGENT_NAMES)
        assert not set(phrases_sealed.BROKERS) & set(bank.BROKERS)
        assert not set(phrases_sealed.TOWNS) & set(bank.TOWNS)


def test_sealed_bank_has_at_least_as_many_variants_as_the_blind_bank():
    for name in upper_names(phrases_sealed):
        ours, theirs = getattr(phrases_sealed, name), getattr(phrases_blind, name)
        if isinstance(ours, list):
            assert len(ours) >= len(theirs), name
        elif isinstance(ours, dict):
            for key, value in ours.items():
                if isinstance(value, list):
                    assert len(value) >= len(theirs[key]), (name, key)


def test_sealed_bank_shares_no_sentence_with_the_other_banks():
    theirs_sentences, theirs_runs = set(), set()
    for bank in OTHERS:
        for name in upper_names(bank):
            for template in bank_strings(getattr(bank, name)):
                theirs_sentences |= sentences(template)
                theirs_runs |= five_word_runs(template)
    for name in upper_names(phrases_sealed):
        for template in bank_strings(getattr(phrases_sealed, name)):
            assert not sentences(template) & theirs_sentences, (name, template)
            if name in COMPLAINT_BANKS:
                assert not five_word_runs(template) & theirs_runs, (name, template)


def test_every_sealed_template_renders():
    writer = generate.TextWriter(phrases_sealed, generate.random.Random(0), generate.Calendar(date(2026, 11, 15)))
    for line in ("auto", "home", "life", "commercial", "travel"):
        item = generate.Item("routine", None, "claim", line, "P-000001", date(2027, 1, 5), False, False)
        for template in bank_strings({n: getattr(phrases_sealed, n) for n in upper_names(phrases_sealed)}):
            template.format_map(generate.Fillers(writer, item))
    assert re.fullmatch(r"\d{5}", writer.postcode())
    assert writer.money(123456) == "$1,234.56"
    assert writer.spoken_date(date(2026, 3, 5)) == "March 5"


# ---------------------------------------------------------------- the generator


def test_sealed_style_generates_an_inbox_with_its_truth(tmp_path):
    assert generate.main(["--out", str(tmp_path / "sealed"), "--households", "60", "--interactions", "600",
                          "--style", "sealed"]) == 0
    truth = json.loads((tmp_path / "sealed" / "truth.json").read_text(encoding="utf-8"))
    assert truth["style"] == "sealed" and len(truth["patterns"]) == len(generate.PATTERNS)
    members = truth["handoff_complaints"]
    assert members and all(re.fullmatch(r"[a-z]+:[A-Z]+-11\d{4}", m) for m in members)
    others = [generate_inbox(tmp_path / style, style=style, **SMALL) for style in ("demo", "holdout", "fresh", "blind")]
    assert not set(members) & set().union(*(set(t["handoff_complaints"]) for t in others))

    texts = texts_by_member(tmp_path / "sealed")
    for pattern in truth["patterns"]:
        templates = [template_pattern(t) for t in phrases_sealed.HANDOFF_COMPLAINTS[pattern["pattern_id"]]]
        for member in pattern["member_ids"]:
            assert any(t.search(texts[member]) for t in templates), (member, texts[member])
    assert "Redbud Mutual" in " ".join(texts.values())


def test_sealed_style_is_deterministic(tmp_path):
    first = generate_inbox(tmp_path / "a", style="sealed", **SMALL)
    second = generate_inbox(tmp_path / "b", style="sealed", **SMALL)
    assert first == second
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
