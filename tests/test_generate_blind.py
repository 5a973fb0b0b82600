"""The phrase banks written blind to the detector (data.phrases_blind, data.phrases_sealed,
data.phrases_irish, data.phrases_straits, data.phrases_maple, data.phrases_deccan, data.phrases_lagos,
data.phrases_manila, data.phrases_clyde, data.phrases_prairie, data.phrases_wattle, data.phrases_severn,
data.phrases_rift, data.phrases_kauri, data.phrases_caroni, data.phrases_volta, data.phrases_bayou,
data.phrases_pennine, data.phrases_indus, data.phrases_hudson): wired
into the generator, same shape as the others, and none of their wording, so that they can measure
how a detector generalises to text nobody tuned it on. Each is checked against every bank before it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from types import ModuleType

import pytest

from data import generate, phrases_blind, phrases_fresh, phrases_sealed
from data.generate import generate_inbox
from test_generate import bank_strings
from test_generate_fresh import COMPLAINT_BANKS, SMALL, five_word_runs, sentences, template_pattern, texts_by_member


@dataclass(frozen=True)
class Blind:
    style: str
    member_id: str  # regex of its member ids
    postcode: str
    money: str  # 123456 cents, written

    @property
    def bank(self) -> ModuleType:
        return generate.STYLES[self.style]


BANKS = [
    Blind("blind", r"[a-z]+:[A-Z]+-9\d{4}", r"\d{4}", "R1,234.56"),
    Blind("sealed", r"[a-z]+:[A-Z]+-11\d{4}", r"\d{5}", "$1,234.56"),
    Blind("irish", r"[a-z]+:[A-Z]+-13\d{4}", r"[ADHTVX]\d\d [ACDEFHKNPRTVWXY0-9]{4}", "€1,234.56"),
    Blind("straits", r"[a-z]+:[A-Z]+-15\d{4}", r"\d{6}", "S$1,234.56"),
    Blind("maple", r"[a-z]+:[A-Z]+-17\d{4}", r"[A-Z]\d[A-Z] \d[A-Z]\d", "$1,234.56"),
    Blind("deccan", r"[a-z]+:[A-Z]+-19\d{4}", r"[1-8]\d{5}", "₹1,234.56"),
    Blind("lagos", r"[a-z]+:[A-Z]+-21\d{4}", r"\d{6}", "₦1,234.56"),
    Blind("manila", r"[a-z]+:[A-Z]+-23\d{4}", r"\d{4}", "₱1,234.56"),
    Blind("clyde", r"[a-z]+:[A-Z]+-25\d{4}", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", "£1,234.56"),
    Blind("prairie", r"[a-z]+:[A-Z]+-27\d{4}", r"\d{5}", "$1,234.56"),
    Blind("wattle", r"[a-z]+:[A-Z]+-29\d{4}", r"\d{4}", "$1,234.56"),
    Blind("severn", r"[a-z]+:[A-Z]+-31\d{4}", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", "£1,234.56"),
    Blind("rift", r"[a-z]+:[A-Z]+-33\d{4}", r"\d{5}", "KSh1,234.56"),
    Blind("kauri", r"[a-z]+:[A-Z]+-35\d{4}", r"\d{4}", "$1,234.56"),
    Blind("caroni", r"[a-z]+:[A-Z]+-37\d{4}", r"\d{6}", "TT$1,234.56"),
    Blind("volta", r"[a-z]+:[A-Z]+-39\d{4}", r"[A-Z]{2}-\d{3}-\d{4}", "GH₵1,234.56"),
    Blind("bayou", r"[a-z]+:[A-Z]+-41\d{4}", r"\d{5}", "$1,234.56"),
    Blind("pennine", r"[a-z]+:[A-Z]+-43\d{4}", r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", "£1,234.56"),
    Blind("indus", r"[a-z]+:[A-Z]+-45\d{4}", r"\d{5}", "Rs 1,234.56"),
    Blind("hudson", r"[a-z]+:[A-Z]+-47\d{4}", r"\d{5}", "$1,234.56"),
]


LATER = [b.style for b in BANKS[[b.style for b in BANKS].index("sealed") + 1:]]  # written after sealed: at least its variants


def upper_names(bank) -> set[str]:
    return {n for n in dir(bank) if n.isupper()}


def earlier_styles(blind: Blind) -> list[str]:
    """The styles written before it: the generator lists its banks in the order they were written."""
    styles = list(generate.STYLES)
    return styles[:styles.index(blind.style)]


def earlier_banks(blind: Blind) -> list[ModuleType]:
    return [generate.STYLES[style] for style in earlier_styles(blind)]


# ---------------------------------------------------------------- the banks


@pytest.mark.parametrize("blind", BANKS, ids=lambda b: b.style)
def test_bank_has_the_structure_of_the_other_banks(blind):
    ours_bank, others = blind.bank, earlier_banks(blind)
    names = upper_names(ours_bank)
    assert all(names == upper_names(bank) for bank in others)
    for name in names:
        ours = getattr(ours_bank, name)
        for bank in others:
            theirs = getattr(bank, name)
            assert type(ours) is type(theirs), name
            if isinstance(ours, dict):
                assert set(ours) == set(theirs), name
                assert all(type(ours[k]) is type(theirs[k]) for k in ours), name
    for exchanges in ours_bank.ROUTINE_EXCHANGES.values():
        assert all(isinstance(pair, tuple) and len(pair) == 2 for pair in exchanges)
    assert set(ours_bank.HANDOFF_COMPLAINTS) == {p.pattern_id for p in generate.PATTERNS}
    assert ours_bank.COMPANY not in {bank.COMPANY for bank in others}
    for bank in others:
        assert not set(ours_bank.AGENT_NAMES) & set(bank.AGENT_NAMES)
        assert not set(ours_bank.BROKERS) & set(bank.BROKERS)
        assert not set(ours_bank.TOWNS) & set(bank.TOWNS)


def test_blind_bank_has_at_least_as_many_variants_as_the_fresh_bank():
    fresh = phrases_fresh
    assert all(len(phrases_blind.HANDOFF_COMPLAINTS[k]) >= len(t) for k, t in fresh.HANDOFF_COMPLAINTS.items())
    assert all(len(phrases_blind.OTHER_COMPLAINTS[k]) >= len(t) for k, t in fresh.OTHER_COMPLAINTS.items())
    assert all(len(phrases_blind.TRANSFERRED_BUT_NOT_CONTEXT[k]) >= len(t)
               for k, t in fresh.TRANSFERRED_BUT_NOT_CONTEXT.items())
    assert len(phrases_blind.VAGUE_COMPLAINTS) >= len(fresh.VAGUE_COMPLAINTS)
    assert all(len(t) >= 10 for t in phrases_blind.ROUTINE_EXCHANGES.values())


@pytest.mark.parametrize("bank, before", [(phrases_sealed, phrases_blind)]
                         + [(b.bank, phrases_sealed) for b in BANKS if b.style in LATER],
                         ids=["sealed", *LATER])
def test_later_bank_has_at_least_as_many_variants_as_the_one_before(bank, before):
    for name in upper_names(bank):
        ours, theirs = getattr(bank, name), getattr(before, name)
        if isinstance(ours, list):
            assert len(ours) >= len(theirs), name
        elif isinstance(ours, dict):
            for key, value in ours.items():
                if isinstance(value, list):
                    assert len(value) >= len(theirs[key]), (name, key)


@pytest.mark.parametrize("blind", BANKS, ids=lambda b: b.style)
def test_bank_shares_no_sentence_with_the_other_banks(blind):
    theirs_sentences, theirs_runs = set(), set()
    for bank in earlier_banks(blind):
        for name in upper_names(bank):
            for template in bank_strings(getattr(bank, name)):
                theirs_sentences |= sentences(template)
                theirs_runs |= five_word_runs(template)
    for name in upper_names(blind.bank):
        for template in bank_strings(getattr(blind.bank, name)):
            assert not sentences(template) & theirs_sentences, (name, template)
            if name in COMPLAINT_BANKS:
                assert not five_word_runs(template) & theirs_runs, (name, template)


@pytest.mark.parametrize("blind", BANKS, ids=lambda b: b.style)
def test_every_template_renders(blind):
    writer = generate.TextWriter(blind.bank, generate.random.Random(0), generate.Calendar(date(2026, 11, 15)))
    for line in ("auto", "home", "life", "commercial", "travel"):
        item = generate.Item("routine", None, "claim", line, "P-000001", date(2027, 1, 5), False, False)
        for template in bank_strings({n: getattr(blind.bank, n) for n in upper_names(blind.bank)}):
            template.format_map(generate.Fillers(writer, item))
    assert re.fullmatch(blind.postcode, writer.postcode())
    assert writer.money(123456) == blind.money


def test_sealed_dates_are_month_first():
    writer = generate.TextWriter(phrases_sealed, generate.random.Random(0), generate.Calendar(date(2026, 11, 15)))
    assert writer.spoken_date(date(2026, 3, 5)) == "March 5"


# ---------------------------------------------------------------- the generator


@pytest.mark.parametrize("blind", BANKS, ids=lambda b: b.style)
def test_style_generates_an_inbox_with_its_truth(tmp_path, blind):
    style = blind.style
    assert generate.main(["--out", str(tmp_path / style), "--households", "60", "--interactions", "600",
                          "--style", style]) == 0
    truth = json.loads((tmp_path / style / "truth.json").read_text(encoding="utf-8"))
    assert truth["style"] == style and len(truth["patterns"]) == len(generate.PATTERNS)
    members = truth["handoff_complaints"]
    assert members and all(re.fullmatch(blind.member_id, m) for m in members)
    others = [generate_inbox(tmp_path / other, style=other, **SMALL) for other in earlier_styles(blind)]
    assert not set(members) & set().union(*(set(t["handoff_complaints"]) for t in others))

    texts = texts_by_member(tmp_path / style)
    for pattern in truth["patterns"]:
        templates = [template_pattern(t) for t in blind.bank.HANDOFF_COMPLAINTS[pattern["pattern_id"]]]
        for member in pattern["member_ids"]:
            assert any(t.search(texts[member]) for t in templates), (member, texts[member])
    assert blind.bank.COMPANY in " ".join(texts.values())


@pytest.mark.parametrize("blind", BANKS, ids=lambda b: b.style)
def test_style_is_deterministic(tmp_path, blind):
    first = generate_inbox(tmp_path / "a", style=blind.style, **SMALL)
    second = generate_inbox(tmp_path / "b", style=blind.style, **SMALL)
    assert first == second
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
