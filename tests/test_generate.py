"""The demo inbox generator (data.generate): deterministic, complete, and true to its truth.json.

No model and no database: the inbox files are read back with csv, json and pyarrow.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from data import generate, phrases_demo, phrases_holdout
from data.generate import INTERACTION_KINDS, generate_inbox

SMALL = {"n_households": 60, "n_interactions": 600}
FORMATS = {".csv", ".jsonl", ".parquet"}
BANKS = (phrases_demo, phrases_holdout)
COMPLAINT_BANKS = ("HANDOFF_COMPLAINTS", "OTHER_COMPLAINTS", "TRANSFERRED_BUT_NOT_CONTEXT", "VAGUE_COMPLAINTS")


# ---------------------------------------------------------------- reading an inbox back


class NotJson:
    """Stands in for a JSONL line that does not parse."""


def read_rows(path: Path) -> list:
    """Records of one file in file order (dicts; NotJson for a broken JSONL line)."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    if path.suffix == ".jsonl":
        rows = []
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                rows.append(NotJson())
        return rows
    return pq.read_table(path).to_pylist()


def files_of(root: Path, kind: str) -> list[Path]:
    return sorted(p for p in (root / kind).iterdir() if p.as_posix() != (root / "calls/corrupt_export.parquet").as_posix())


def records_by_id(root: Path, kind: str, truth: dict) -> dict[str, dict]:
    """interaction id -> record, later files (in sorted name order) winning; truth's bad rows left out."""
    bad = {(b["file"], b["row"]) for b in truth["bad_rows"]}
    by_id = {}
    for path in files_of(root, kind):
        relative = path.relative_to(root).as_posix()
        for number, row in enumerate(read_rows(path), start=1):
            if (relative, number) not in bad:
                by_id[row["interaction_id"]] = row
    return by_id


def all_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def customer_words(transcript: str) -> list[str]:
    return [line.split(":", 1)[1].strip() for line in transcript.splitlines() if line.startswith("Customer:")]


def template_pattern(template: str) -> re.Pattern:
    """A regex matching any rendering of a phrase-bank template."""
    parts = re.split(r"\{[a-z_0-9]+\}", template)
    return re.compile(".+?".join(re.escape(p) for p in parts))


def bank_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from bank_strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from bank_strings(item)


def five_word_runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z']+", re.sub(r"\{[a-z_0-9]+\}", " ", text.lower()))
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("demo_inbox")
    return root, generate_inbox(root)


@pytest.fixture(scope="module")
def demo_records(demo) -> dict[str, dict[str, dict]]:
    root, truth = demo
    return {kind: records_by_id(root, kind, truth) for kind in INTERACTION_KINDS}


# ---------------------------------------------------------------- determinism and reruns


def test_same_arguments_give_byte_identical_files(tmp_path):
    first = generate_inbox(tmp_path / "a", **SMALL)
    second = generate_inbox(tmp_path / "b", **SMALL)
    assert first == second
    assert all_bytes(tmp_path / "a") == all_bytes(tmp_path / "b")


def test_other_seed_or_style_gives_other_inbox(tmp_path):
    base = generate_inbox(tmp_path / "a", **SMALL)
    reseeded = generate_inbox(tmp_path / "b", seed=8, **SMALL)
    holdout = generate_inbox(tmp_path / "c", style="holdout", **SMALL)
    assert all_bytes(tmp_path / "a") != all_bytes(tmp_path / "b")
    assert not set(base["handoff_complaints"]) & set(holdout["handoff_complaints"])
    assert reseeded["handoff_complaints"] != base["handoff_complaints"]


def test_rerun_replaces_generated_files_and_leaves_others(tmp_path):
    generate_inbox(tmp_path, **SMALL)
    (tmp_path / "calls" / "stale_2020_01.csv").write_text("interaction_id,occurred_at,text\n", encoding="utf-8")
    (tmp_path / "README.txt").write_text("mine", encoding="utf-8")
    truth = generate_inbox(tmp_path, with_bad_input=False, **SMALL)
    assert not (tmp_path / "calls" / "stale_2020_01.csv").exists()
    assert not (tmp_path / "calls" / "corrupt_export.parquet").exists()
    assert (tmp_path / "README.txt").read_text(encoding="utf-8") == "mine"
    assert json.loads((tmp_path / "truth.json").read_text(encoding="utf-8")) == truth


def test_unknown_style_and_tiny_sizes_are_refused(tmp_path):
    with pytest.raises(ValueError, match="style 'fancy' is unknown"):
        generate_inbox(tmp_path, style="fancy")
    with pytest.raises(ValueError, match="n_interactions 5 is too small"):
        generate_inbox(tmp_path, n_interactions=5)


def test_command_line_writes_an_inbox(tmp_path, capsys):
    assert generate.main(["--out", str(tmp_path), "--households", "30", "--interactions", "300",
                          "--style", "holdout", "--no-bad-input"]) == 0
    truth = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    assert truth["style"] == "holdout" and truth["bad_rows"] == []
    assert "wrote 300 interactions" in capsys.readouterr().out
    assert generate.main(["--out", str(tmp_path), "--interactions", "3"]) == 2


# ---------------------------------------------------------------- layout and columns


def test_every_kind_has_files_in_several_formats(demo):
    root, _ = demo
    for folder in ("households", "policies", "journey_changes", *INTERACTION_KINDS):
        assert any((root / folder).iterdir()), folder
    used = set()
    for kind in INTERACTION_KINDS:
        suffixes = {p.suffix for p in files_of(root, kind)}
        assert len(suffixes) >= 2, (kind, suffixes)
        used |= suffixes
    assert used == FORMATS
    assert {p.name for p in (root / "calls").glob("calls_2026_*.csv")} >= {"calls_2026_09.csv", "calls_2026_11.csv"}
    assert (root / "truth.json").exists()


def test_interactions_carry_the_contract_columns(demo_records):
    for kind, records in demo_records.items():
        for record in records.values():
            assert record["text"] and record["occurred_at"], (kind, record)
    some_call = next(iter(demo_records["calls"].values()))
    assert {"team", "transfer_count", "agent_id"} <= set(some_call)  # agent_id: an extra column
    assert all(int(r["rating"]) in (1, 2, 3, 4, 5) for r in demo_records["reviews"].values())
    assert all(0 <= int(r["score"]) <= 10 for r in demo_records["surveys"].values())
    assert all(" — " in r["text"] for r in demo_records["tickets"].values())


def test_transcripts_are_speaker_turns(demo_records):
    for kind in ("calls", "chats"):
        for record in demo_records[kind].values():
            speakers = {line.split(":", 1)[0] for line in record["text"].splitlines()}
            assert "Customer" in speakers and len(speakers) >= 2, record["text"]


def test_reference_data_looks_like_a_book(demo):
    root, truth = demo
    households = [r for p in files_of(root, "households") for r in read_rows(p)]
    assert len(households) == truth["counts"]["households"] == 400
    high_value = sum(str(h["high_value"]).lower() == "true" for h in households)
    assert 0.06 < high_value / len(households) < 0.2
    policies = [r for p in files_of(root, "policies") for r in read_rows(p) if isinstance(r, dict)]
    assert 600 < len(policies) < 800
    csv_premiums = [r["annual_premium"] for r in read_rows(root / "policies/policies_personal_lines.csv")]
    assert sum(bool(re.fullmatch(r"\d+\.\d\d", p)) for p in csv_premiums) == len(csv_premiums) - 2  # abc, negative
    renewals = [date.fromisoformat(str(r["renewal_date"])) for r in policies]
    as_of = date(2026, 11, 15)
    assert min(renewals) >= as_of - timedelta(days=31) and max(renewals) <= as_of + timedelta(days=396)
    assert any(d < as_of for d in renewals)
    changes = read_rows(root / "journey_changes/journey_changes.csv")
    assert [(c["change_id"], c["journey"]) for c in changes] == [("JC-1", "claim"), ("JC-2", "policy_change")]
    assert date.fromisoformat(changes[0]["changed_at"]).isocalendar()[1] == 43  # week 10 of the 13


# ---------------------------------------------------------------- truth matches the files


def member_ids(truth: dict) -> dict[str, list[str]]:
    groups = {f"pattern:{p['pattern_id']}": p["member_ids"] for p in truth["patterns"]}
    groups |= {f"other:{c}": ids for c, ids in truth["other_complaints"].items()}
    groups |= {"vague": truth["vague"], "handoff": truth["handoff_complaints"],
               "hard_negative": truth["hard_negative_ids"], "unlinked": truth["unlinked_ids"]}
    return groups


def test_every_truth_member_exists_with_its_kind(demo, demo_records):
    _, truth = demo
    for group, ids in member_ids(truth).items():
        for member in ids:
            kind, interaction_id = member.split(":", 1)
            assert interaction_id in demo_records[kind], (group, member)


def test_truth_categories_partition_the_interactions(demo, demo_records):
    _, truth = demo
    handoff = set(truth["handoff_complaints"])
    assert handoff == {m for p in truth["patterns"] for m in p["member_ids"]}
    other = [m for ids in truth["other_complaints"].values() for m in ids]
    everything = list(handoff) + other + truth["vague"]
    assert len(everything) == len(set(everything))
    total = sum(len(records) for records in demo_records.values())
    assert total == len(everything) + truth["routine_count"] == 3500
    assert len(truth["vague"]) == 50 and {len(v) for v in truth["other_complaints"].values()} <= set(range(35, 61))


def test_handoff_complaints_are_spoken_by_the_customer(demo, demo_records):
    _, truth = demo
    for pattern in truth["patterns"]:
        templates = [template_pattern(t) for t in phrases_demo.HANDOFF_COMPLAINTS[pattern["pattern_id"]]]
        for member in pattern["member_ids"]:
            kind, interaction_id = member.split(":", 1)
            text = demo_records[kind][interaction_id]["text"]
            spoken = customer_words(text) if kind in ("calls", "chats") else [text]
            assert any(t.search(words) for t in templates for words in spoken), (member, text)


def test_planted_patterns_have_their_shape(demo, demo_records):
    root, truth = demo
    policy_household = {r["policy_id"]: r["household_id"] for p in files_of(root, "policies")
                        for r in read_rows(p) if isinstance(r, dict)}
    patterns = {p["pattern_id"]: p for p in truth["patterns"]}
    for pattern in patterns.values():
        kinds = {m.split(":")[0] for m in pattern["member_ids"]}
        assert kinds == set(INTERACTION_KINDS), pattern["pattern_id"]
        households = [policy_household[demo_records[k][i]["policy_id"]]
                      for k, i in (m.split(":", 1) for m in pattern["member_ids"])
                      if demo_records[k][i].get("policy_id") in policy_household]
        assert len(households) == len(set(households)) > 0, pattern["pattern_id"]
        if pattern["persistent"] and pattern["pattern_id"] != "onboarding_small":
            assert len(pattern["weeks"]) >= 8 and pattern["should_alert"]
    assert patterns["renewal_spike_app_to_phone"]["weeks"] == ["2026-W42"]
    assert len(patterns["renewal_spike_app_to_phone"]["member_ids"]) == 40
    assert not patterns["renewal_spike_app_to_phone"]["should_alert"]
    small = patterns["onboarding_small"]
    assert len(small["member_ids"]) == 8 and len(small["weeks"]) == 5 and not small["should_alert"]
    assert patterns["claim_form_to_advisor"]["journey"] == patterns["claim_advisor_to_advisor"]["journey"] == "claim"


def test_claim_form_pattern_fades_after_the_journey_change(demo):
    _, truth = demo
    weekly = next(p for p in truth["patterns"] if p["pattern_id"] == "claim_form_to_advisor")["weekly_counts"]
    before = [n for week, n in weekly.items() if week < "2026-W43"]
    after = [n for week, n in weekly.items() if week >= "2026-W43"]
    rate_before, rate_after = sum(before) / 9, sum(after) / 4
    assert 0.15 <= rate_after / rate_before <= 0.45
    assert sum(weekly.values()) >= 15 and len(after) >= 3


def test_hard_negatives_are_transferred_calls_and_chats(demo, demo_records):
    _, truth = demo
    other = {m for ids in truth["other_complaints"].values() for m in ids}
    hard = truth["hard_negative_ids"]
    assert set(hard) <= other and 0.2 <= len(hard) / len(other) <= 0.3
    for member in hard:
        kind, interaction_id = member.split(":", 1)
        record = demo_records[kind][interaction_id]
        assert kind in ("calls", "chats")
        assert int(record.get("transfer_count") or 0) >= 1 or record.get("transferred_to"), member


def test_routine_calls_include_transfers_without_complaints(demo, demo_records):
    _, truth = demo
    complaints = set(truth["handoff_complaints"]) | {m for ids in truth["other_complaints"].values() for m in ids}
    complaints |= set(truth["vague"])
    routine_transfers = [r for i, r in demo_records["calls"].items()
                         if f"calls:{i}" not in complaints and int(r["transfer_count"]) >= 1]
    assert len(routine_transfers) >= 30
    transfer_words = re.compile(r"transfer|put you through|connect you|pass you|get you over", re.IGNORECASE)
    assert all(any(transfer_words.search(line) for line in r["text"].splitlines() if not line.startswith("Customer:"))
               for r in routine_transfers)


def test_texts_are_distinct_and_journeys_tagged_on_about_sixty_percent(demo_records):
    texts = [r["text"] for records in demo_records.values() for r in records.values()]
    assert len(set(texts)) == len(texts)
    tagged = sum(bool(r.get("journey")) for records in demo_records.values() for r in records.values())
    assert 0.5 <= tagged / len(texts) <= 0.7
    occurred = [str(r["occurred_at"])[:10] for records in demo_records.values() for r in records.values()]
    assert min(occurred) >= "2026-08-17" and max(occurred) <= "2026-11-15"


# ---------------------------------------------------------------- bad input


def test_planted_bad_rows_are_where_truth_says(demo):
    root, truth = demo
    known_households = {r["household_id"] for p in files_of(root, "households") for r in read_rows(p)}
    assert len(truth["bad_rows"]) == 8
    for bad in truth["bad_rows"]:
        row = read_rows(root / bad["file"])[bad["row"] - 1]
        keyword = bad["reason_keyword"]
        if keyword == "JSON":
            assert isinstance(row, NotJson)
        elif keyword in ("text", "interaction_id"):
            assert not row.get(keyword), bad
        elif keyword == "occurred_at":
            with pytest.raises(ValueError):
                datetime.fromisoformat(str(row["occurred_at"]))
        elif keyword == "annual_premium":
            premium = str(row["annual_premium"])
            assert not re.fullmatch(r"\d+(\.\d+)?", premium), bad
        elif keyword == "household_id":
            assert row["household_id"] not in known_households
        else:
            pytest.fail(f"unexpected reason keyword {keyword}")
    assert {b["kind"] for b in truth["bad_rows"]} == {"calls", "chats", "tickets", "surveys", "policies"}


def test_unreadable_file_cannot_be_read(demo):
    root, truth = demo
    assert truth["unreadable_files"] == ["calls/corrupt_export.parquet"]
    with pytest.raises(Exception):
        pq.read_table(root / "calls/corrupt_export.parquet")


def test_unlinked_interactions_name_policies_that_do_not_exist(demo, demo_records):
    root, truth = demo
    policies = {r["policy_id"] for p in files_of(root, "policies") for r in read_rows(p) if isinstance(r, dict)}
    assert len(truth["unlinked_ids"]) == 5
    for member in truth["unlinked_ids"]:
        kind, interaction_id = member.split(":", 1)
        assert demo_records[kind][interaction_id]["policy_id"] not in policies
    linked = [r["policy_id"] for records in demo_records.values() for r in records.values() if r.get("policy_id")]
    assert sum(p not in policies for p in linked) == 5


def test_corrected_interaction_wins_in_the_later_file(demo, demo_records):
    root, truth = demo
    replaced = truth["replaced"]
    kind, interaction_id = replaced["id"].split(":", 1)
    earlier, later = replaced["files"]
    assert earlier < later
    texts = [r["text"] for path in (earlier, later) for r in read_rows(root / path)
             if isinstance(r, dict) and r.get("interaction_id") == interaction_id]
    assert len(texts) == 2 and texts[0] != texts[1] and texts[1] == replaced["winning_text"]
    assert demo_records[kind][interaction_id]["text"] == replaced["winning_text"]


def test_clean_inbox_has_no_bad_input(tmp_path):
    truth = generate_inbox(tmp_path, with_bad_input=False, **SMALL)
    assert truth["bad_rows"] == [] and truth["unreadable_files"] == [] and truth["unlinked_ids"] == []
    assert truth["replaced"] is None
    for path in tmp_path.rglob("*.jsonl"):
        assert not any(isinstance(r, NotJson) for r in read_rows(path))


def test_planted_counts_scale_with_the_inbox(tmp_path):
    truth = generate_inbox(tmp_path, n_interactions=7000, n_households=400)
    counts = {p["pattern_id"]: len(p["member_ids"]) for p in truth["patterns"]}
    assert counts["claim_form_to_advisor"] == 110 and counts["onboarding_small"] == 16
    assert sum(truth["counts"]["interactions"].values()) == 7000
    spike = next(p for p in truth["patterns"] if p["pattern_id"] == "renewal_spike_app_to_phone")
    assert len(spike["weeks"]) == 1


# ---------------------------------------------------------------- phrase banks


def test_phrase_banks_share_structure_and_are_large_enough():
    names = [{n for n in dir(bank) if n.isupper()} for bank in BANKS]
    assert names[0] == names[1]
    for bank in BANKS:
        assert set(bank.HANDOFF_COMPLAINTS) == {p.pattern_id for p in generate.PATTERNS}
        assert all(len(t) >= 25 for t in bank.HANDOFF_COMPLAINTS.values())
        assert all(len(t) >= 15 for t in bank.OTHER_COMPLAINTS.values())
        assert len(bank.VAGUE_COMPLAINTS) >= 15
        assert set(bank.ROUTINE_EXCHANGES) == set(generate.TOPICS)


def test_holdout_wording_differs_from_demo():
    for name in COMPLAINT_BANKS:
        demo_bank, holdout_bank = getattr(phrases_demo, name), getattr(phrases_holdout, name)
        groups = demo_bank.keys() if isinstance(demo_bank, dict) else [None]
        for group in groups:
            demo_texts = demo_bank[group] if group else demo_bank
            holdout_texts = holdout_bank[group] if group else holdout_bank
            assert not set(demo_texts) & set(holdout_texts), (name, group)
            demo_runs = set().union(*map(five_word_runs, demo_texts))
            shared = demo_runs & set().union(*map(five_word_runs, holdout_texts))
            assert not shared, (name, group, sorted(shared)[:3])


@pytest.mark.parametrize("bank", BANKS, ids=lambda b: b.__name__)
def test_every_template_renders(bank):
    writer = generate.TextWriter(bank, generate.random.Random(0), generate.Calendar(date(2026, 11, 15)))
    item = generate.Item("routine", None, "claim", "auto", "P-000001", date(2027, 1, 5), False, False)
    for template in bank_strings({n: getattr(bank, n) for n in dir(bank) if n.isupper()}):
        template.format_map(generate.Fillers(writer, item))
