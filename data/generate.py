"""A deterministic demo inbox (contract section 1) with the ground truth behind it.

`generate_inbox(out_dir)` writes households, policies, five kinds of customer
interactions and the insurer's journey changes as CSV, JSONL and Parquet files,
and returns (and writes as `truth.json`) what was planted in them:

- six handoff-failure patterns (four persistent ones that should alert, a
  one-week renewal spike and a small onboarding pattern that should not),
- non-handoff complaints (price, payout, staff, outage, billing), a quarter of
  them from calls or chats that were transferred (hard negatives),
- vague complaints, routine interactions, and
- bad input: rows that break the contract, an invalid JSON line, an unreadable
  file, interactions naming no known policy, and one interaction corrected in
  a later file.

The same arguments always give byte-identical files. Twenty-three phrase banks
(`data.phrases_demo`, `data.phrases_holdout`, `data.phrases_fresh`,
`data.phrases_blind`, `data.phrases_sealed`, `data.phrases_irish`,
`data.phrases_straits`, `data.phrases_maple`, `data.phrases_deccan`,
`data.phrases_lagos`, `data.phrases_manila`, `data.phrases_clyde`,
`data.phrases_prairie`, `data.phrases_wattle`, `data.phrases_severn`,
`data.phrases_rift`, `data.phrases_kauri`, `data.phrases_caroni`,
`data.phrases_volta`, `data.phrases_bayou`, `data.phrases_pennine`, `data.phrases_indus`,
`data.phrases_hudson`) give the same structure in different wording, so a classifier tuned on one
can be checked on the others (blind, sealed, irish, straits, maple, deccan, lagos, manila, clyde,
prairie, wattle, severn, rift, kauri, caroni, volta, bayou, pennine, indus and hudson were written by
someone who never looked at the detector; each is measured once before
anything is changed from what it shows; which ones are in the detector's
training corpus since is benchmarks.bank_rows.TRAINING_BANKS).

    python -m data.generate --out DIR [--style STYLE (a key of STYLES, default demo)] [--seed N]
        [--households N] [--interactions N] [--no-bad-input]
"""

from __future__ import annotations

import argparse
import calendar
import csv
import hashlib
import json
import random
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from data import (phrases_blind, phrases_clyde, phrases_deccan, phrases_demo, phrases_fresh, phrases_holdout,
                  phrases_irish, phrases_lagos, phrases_manila, phrases_maple, phrases_prairie, phrases_rift,
                  phrases_sealed, phrases_severn, phrases_straits, phrases_wattle, phrases_kauri, phrases_caroni,
                  phrases_volta, phrases_bayou, phrases_pennine, phrases_indus, phrases_hudson)

STYLES: dict[str, ModuleType] = {
    "demo": phrases_demo, "holdout": phrases_holdout, "fresh": phrases_fresh, "blind": phrases_blind,
    "sealed": phrases_sealed, "irish": phrases_irish, "straits": phrases_straits, "maple": phrases_maple,
    "deccan": phrases_deccan, "lagos": phrases_lagos, "manila": phrases_manila, "clyde": phrases_clyde,
    "prairie": phrases_prairie, "wattle": phrases_wattle,
    "severn": phrases_severn, "rift": phrases_rift, "kauri": phrases_kauri, "caroni": phrases_caroni,
    "volta": phrases_volta, "bayou": phrases_bayou, "pennine": phrases_pennine,
    "indus": phrases_indus, "hudson": phrases_hudson,
}
# Mixed into the seed, so that each style's inbox differs even at the same seed: its place
# in STYLES, counted from 1 (the order the banks were written in; a new bank goes last).
STYLE_SEED = {style: number for number, style in enumerate(STYLES, start=1)}
# Ids are ID_PREFIX + the number, any width (sealed's are six digits): no two styles share an id
# while a kind has fewer than 20,000 rows.
FIRST_INTERACTION_NUMBER = {
    "demo": 10001, "holdout": 50001, "fresh": 70001, "blind": 90001, "sealed": 110001, "irish": 130001,
    "straits": 150001, "maple": 170001, "deccan": 190001, "lagos": 210001,
    "manila": 230001, "clyde": 250001, "prairie": 270001, "wattle": 290001, "severn": 310001, "rift": 330001,
    "kauri": 350001, "caroni": 370001, "volta": 390001, "bayou": 410001,
    "pennine": 430001, "indus": 450001, "hudson": 470001,
}

INTERACTION_KINDS = ("calls", "chats", "tickets", "surveys", "reviews")
INBOX_FOLDERS = ("households", "policies") + INTERACTION_KINDS + ("journey_changes",)
ID_PREFIX = {"calls": "C-", "chats": "CH-", "tickets": "T-", "surveys": "S-", "reviews": "R-"}
CUSTOMER = "Customer"

WEEKS = 13  # the inbox covers the 13 ISO weeks ending on as_of
BASE_INTERACTIONS = 3500  # the size at which the planted counts below hold; they scale with n_interactions
SPIKE_WEEK = 9  # the renewal spike's only week (1-based among the 13)
CHANGE_WEEK = 10  # JC-1 goes live on the Monday of this week
FADE_AFTER_CHANGE = 0.3  # pattern 1's weekly rate after JC-1, as a share of before
HARD_NEGATIVE_SHARE = 0.25  # of the non-handoff complaints: from transferred calls/chats
UNLINKED_COUNT = 5
JOURNEY_TAG_SHARE = 0.78  # non-review interactions with a topic that carry the CRM journey tag
PLANTED_TAG_SHARE = 0.8
ROUTINE_POLICY_SHARE = 0.88  # non-review routine interactions that name a policy
REVIEW_POLICY_SHARE = 0.04

GENERAL = "general"  # the topic of interactions that belong to no CRM journey
TOPICS = ("claim", "policy_change", "billing", "renewal", "onboarding", GENERAL)
ROUTINE_TOPIC_WEIGHTS = (0.22, 0.20, 0.18, 0.15, 0.08, 0.17)
OTHER_CATEGORIES = ("price", "payout", "staff", "outage", "billing")
ROUTINE, HANDOFF, VAGUE = "routine", "handoff", "vague"

KIND_SHARE = {"calls": 0.30, "chats": 0.25, "tickets": 0.20, "surveys": 0.15, "reviews": 0.10}
HANDOFF_KIND_SHARE = {"calls": 0.32, "chats": 0.24, "tickets": 0.18, "surveys": 0.14, "reviews": 0.12}
OTHER_KIND_SHARE = {"calls": 0.32, "chats": 0.22, "tickets": 0.18, "surveys": 0.14, "reviews": 0.14}
VAGUE_KIND_SHARE = {"calls": 0.14, "chats": 0.10, "tickets": 0.12, "surveys": 0.32, "reviews": 0.32}
BUSINESS_HOURS = {"calls": (8, 20), "chats": (7, 23), "tickets": (0, 24), "surveys": (9, 22), "reviews": (6, 24)}

# Team keys for calls' `team`, chats' `transferred_to` and tickets' `assignment_path`.
TEAM_OF_TOPIC = {
    "claim": "claims", "policy_change": "policy_services", "billing": "billing", "renewal": "renewals",
    "onboarding": "new_business", GENERAL: "customer_service", "price": "retention",
    "payout": "claims_payments", "staff": "customer_relations", "outage": "digital_support",
}
TICKET_QUEUE = {
    "claims": "Claims", "policy_services": "Policy Services", "billing": "Billing", "renewals": "Renewals",
    "new_business": "New Business", "customer_service": "Customer Service", "retention": "Retention",
    "claims_payments": "Claims Payments", "customer_relations": "Customer Relations",
    "digital_support": "Digital Support",
}
HANDOFF_TICKET_PATHS = {
    "claim_form_to_advisor": ("Digital Claims", "Claims"),
    "claim_advisor_to_advisor": ("Claims", "Motor Claims", "Property Claims", "Claims Escalations", "Total Loss"),
    "policy_change_chat_to_phone": ("Web Chat", "Policy Services"),
    "broker_to_insurer": ("Broker Desk", "Claims"),
    "renewal_spike_app_to_phone": ("App Support", "Renewals"),
    "onboarding_small": ("Digital Onboarding", "New Business"),
}
SURVEY_TOUCHPOINTS = {
    "claim": ("claim_closed", "phone"), "policy_change": ("web", "chat", "phone"), "billing": ("web", "phone"),
    "renewal": ("renewal", "app"), "onboarding": ("welcome", "web"), GENERAL: ("phone", "chat", "app"),
}
REVIEW_PLATFORMS = ("trustpilot", "google", "app_store")
UK_POSTCODE_AREAS = ("LS", "M", "B", "BS", "CF", "EH", "G", "NE", "NG", "SO", "RG", "OX", "YO", "L", "S", "CV")
GH_DIGITAL_ADDRESS_DISTRICTS = ("GA", "GE", "GT", "GW", "GC", "AK", "AS", "WS", "CC", "NT", "ER", "VH", "BS")

LINE_WEIGHTS = {"auto": 0.38, "home": 0.32, "life": 0.14, "travel": 0.12, "commercial": 0.04}  # small businesses add commercial
SEGMENTS = ("standard", "young_family", "senior", "affluent", "small_business")
SEGMENT_WEIGHTS = (0.45, 0.20, 0.15, 0.12, 0.08)
HIGH_VALUE_CHANCE = {"affluent": 0.6, "small_business": 0.2}  # others: 0.05
PREMIUM_RANGE = {"auto": (550, 2600), "home": (420, 3200), "life": (240, 1800), "commercial": (1600, 14000), "travel": (60, 420)}
STATUS_WEIGHTS = {"active": 0.88, "lapsed": 0.07, "cancelled": 0.05}


@dataclass(frozen=True)
class Pattern:
    """A planted handoff failure: who complains, when, and where the handoff breaks."""

    pattern_id: str
    journeys: tuple[str, ...]  # CRM journeys of the members; the first is the pattern's journey
    handoff_from: str
    handoff_to: str
    base_count: int  # complaints at BASE_INTERACTIONS
    weeks: tuple[int, ...] = tuple(range(1, WEEKS + 1))  # 1-based weeks with members
    persistent: bool = True
    fades_after_change: bool = False
    preferred_lines: tuple[str, ...] = ()
    preferred_policies: str | None = None  # "renewing_soon" or "new"


PATTERNS = (
    Pattern("claim_form_to_advisor", ("claim",), "online claim form", "claims advisor", 55,
            fades_after_change=True, preferred_lines=("auto", "home")),
    Pattern("claim_advisor_to_advisor", ("claim",), "claims advisor", "another claims advisor", 45,
            preferred_lines=("auto", "home", "commercial")),
    Pattern("policy_change_chat_to_phone", ("policy_change",), "chat", "phone agent", 40,
            preferred_lines=("auto", "home", "life")),
    Pattern("broker_to_insurer", ("claim", "policy_change"), "broker", "insurer", 35,
            preferred_lines=("commercial", "home", "auto")),
    Pattern("renewal_spike_app_to_phone", ("renewal",), "app", "phone agent", 40, weeks=(SPIKE_WEEK,),
            persistent=False, preferred_policies="renewing_soon"),
    Pattern("onboarding_small", ("onboarding",), "onboarding portal", "advisor", 8, weeks=(2, 5, 7, 10, 12),
            preferred_policies="new"),
)
OTHER_COMPLAINT_COUNTS = {"price": 50, "payout": 45, "staff": 40, "outage": 40, "billing": 45}
OTHER_COMPLAINT_TOPICS = {
    "price": ("renewal",), "payout": ("claim",), "staff": ("claim", "billing", "policy_change", GENERAL),
    "outage": (GENERAL, "billing", "policy_change"), "billing": ("billing",),
}
VAGUE_COUNT = 50
ALERT_MIN_COMPLAINTS, ALERT_MIN_WEEKS = 15, 3  # the contract's default thresholds


# ---------------------------------------------------------------- calendar


@dataclass(frozen=True)
class Calendar:
    """The 13 ISO weeks ending on as_of; week 1 is the oldest."""

    as_of: date

    @property
    def first_day(self) -> date:
        return self.as_of - timedelta(days=self.as_of.weekday()) - timedelta(weeks=WEEKS - 1)

    def week_start(self, week: int) -> date:
        return self.first_day + timedelta(weeks=week - 1)

    def days_in_week(self, week: int) -> int:
        """7, except for the week of as_of when as_of is not a Sunday."""
        return min(7, (self.as_of - self.week_start(week)).days + 1)

    def months(self) -> list[str]:
        """'YYYY_MM' of every month the window touches, oldest first."""
        months, day = [], self.first_day
        while day <= self.as_of:
            key = f"{day.year}_{day.month:02d}"
            if key not in months:
                months.append(key)
            day += timedelta(days=1)
        return months


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def epoch_seconds(day: date) -> int:
    return int(np.datetime64(day, "s").astype(np.int64))


def apportion(total: int, weights: Sequence[float]) -> list[int]:
    """Split `total` into whole parts proportional to `weights` (largest remainder, ties to the first)."""
    weights = np.asarray(weights, dtype=float)
    if total <= 0 or weights.sum() <= 0:
        return [0] * len(weights)
    exact = total * weights / weights.sum()
    parts = np.floor(exact).astype(int)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[: total - parts.sum()]:
        parts[i] += 1
    return parts.tolist()


def scaled(base_count: int, n_interactions: int) -> int:
    return max(1, round(base_count * n_interactions / BASE_INTERACTIONS))


# ---------------------------------------------------------------- the book: households and policies


@dataclass
class Book:
    """Households and policies as column lists (valid rows only; bad rows are added when writing)."""

    household_id: list[str]
    segment: list[str]
    high_value: list[bool]
    region: list[str]
    policy_id: list[str]
    policy_household: list[int]  # index into household_id
    line_of_business: list[str]
    premium_cents: list[int]
    renewal_date: list[date]
    status: list[str]

    def premium_text(self, cents: int) -> str:
        return f"{cents // 100}.{cents % 100:02d}"


def make_book(rng: np.random.Generator, bank: ModuleType, n_households: int, as_of: date) -> Book:
    """~n_households households and ~1.75 policies each, renewing from a month ago to 13 months ahead."""
    segments = rng.choice(SEGMENTS, size=n_households, p=SEGMENT_WEIGHTS)
    high_value_chance = np.array([HIGH_VALUE_CHANCE.get(s, 0.05) for s in segments])
    high_value = rng.random(n_households) < high_value_chance
    regions = rng.choice(bank.REGIONS, size=n_households)
    policies_per_household = rng.choice([1, 2, 3], size=n_households, p=[0.45, 0.35, 0.20])

    policy_household, lines = [], []
    for household, (segment, count) in enumerate(zip(segments, policies_per_household)):
        for slot in range(count):
            if segment == "small_business" and slot == 0:
                line = "commercial"
            else:
                line = rng.choice(list(LINE_WEIGHTS), p=list(LINE_WEIGHTS.values()))
            policy_household.append(household)
            lines.append(str(line))
    n_policies = len(lines)
    low = np.array([PREMIUM_RANGE[line][0] for line in lines]) * 100
    high = np.array([PREMIUM_RANGE[line][1] for line in lines]) * 100
    premium = rng.integers(low, high)
    premium = np.where(high_value[policy_household], premium * 5 // 2, premium)
    renewal_offsets = rng.integers(-30, 396, size=n_policies)
    status = rng.choice(list(STATUS_WEIGHTS), size=n_policies, p=list(STATUS_WEIGHTS.values()))
    return Book(
        household_id=[f"H-{i + 1:05d}" for i in range(n_households)],
        segment=[str(s) for s in segments],
        high_value=[bool(v) for v in high_value],
        region=[str(r) for r in regions],
        policy_id=[f"P-{i + 1:06d}" for i in range(n_policies)],
        policy_household=policy_household,
        line_of_business=lines,
        premium_cents=[int(c) for c in premium],
        renewal_date=[as_of + timedelta(days=int(d)) for d in renewal_offsets],
        status=[str(s) for s in status],
    )


class PolicyPicker:
    """Chooses the policy a planted complaint is about: active, of a fitting line, one household each."""

    def __init__(self, book: Book, as_of: date):
        self.book = book
        self.as_of = as_of
        self.active_by_household: dict[int, list[int]] = {}
        for policy, household in enumerate(book.policy_household):
            if book.status[policy] == "active":
                self.active_by_household.setdefault(household, []).append(policy)
        self.active = [p for p in range(len(book.policy_id)) if book.status[p] == "active"]

    def _fits(self, policy: int, pattern: Pattern) -> bool:
        book = self.book
        if pattern.preferred_lines and book.line_of_business[policy] not in pattern.preferred_lines:
            return False
        days_to_renewal = (book.renewal_date[policy] - self.as_of).days
        if pattern.preferred_policies == "renewing_soon":
            return 0 <= days_to_renewal <= 90
        if pattern.preferred_policies == "new":
            return days_to_renewal >= 300
        return True

    def distinct_households(self, pattern: Pattern, count: int, rng: np.random.Generator) -> list[int]:
        """`count` policies, each of a different household while households last (then cycling)."""
        households = sorted(self.active_by_household)
        order = [households[i] for i in rng.permutation(len(households))]
        fitting, fallback = [], []
        for household in order:
            policies = self.active_by_household[household]
            matching = [p for p in policies if self._fits(p, pattern)]
            if matching:
                fitting.append(matching[int(rng.integers(len(matching)))])
            else:
                fallback.append(policies[int(rng.integers(len(policies)))])
        choices = fitting + fallback
        if not choices:
            return [-1] * count
        return [choices[i % len(choices)] for i in range(count)]

    def any_active(self, count: int, rng: np.random.Generator) -> list[int]:
        if not self.active:
            return [-1] * count
        return [self.active[i] for i in rng.integers(0, len(self.active), size=count)]


# ---------------------------------------------------------------- the plan: who says what, when


class Planned(NamedTuple):
    """One planned interaction (text is written later, file by file)."""

    kind: str
    occurred_at: int  # epoch seconds
    category: str  # "handoff", one of OTHER_CATEGORIES, "vague" or "routine"
    pattern_id: str | None
    topic: str  # one of TOPICS: what the interaction is about, tagged or not
    tagged: bool  # whether the CRM journey tag is filled in
    policy: int  # index into the book's policies, -1 for none, >= n_policies for an unlinked id
    hard_negative: bool
    transfer: bool  # a routine call/chat that is transferred on the way


@dataclass
class KindPlan:
    """Everything planned for one kind, sorted by time, with ids assigned."""

    kind: str
    rows: list[Planned]
    interaction_ids: list[str]
    files: list[str]  # relative path of the file each row goes to


def _week_timestamps(
    rng: np.random.Generator, cal: Calendar, weeks: Sequence[int], kinds: Sequence[str]
) -> list[int]:
    """Epoch seconds: a random day of each member's week, at an hour that kind of contact happens."""
    stamps = []
    for week, kind in zip(weeks, kinds):
        start = epoch_seconds(cal.week_start(week))
        day = int(rng.integers(0, cal.days_in_week(week)))
        low, high = BUSINESS_HOURS[kind]
        stamps.append(start + day * 86400 + int(rng.integers(low * 3600, high * 3600)))
    return stamps


def _spread(rng: np.random.Generator, total: int, weeks: Sequence[int], weights: Sequence[float],
            kind_share: dict[str, float]) -> tuple[list[int], list[str]]:
    """Weeks and kinds of `total` members: weekly counts follow `weights`, kinds follow `kind_share` shuffled."""
    per_week = apportion(total, weights)
    member_weeks = [week for week, n in zip(weeks, per_week) for _ in range(n)]
    kind_counts = apportion(total, list(kind_share.values()))
    member_kinds = [kind for kind, n in zip(kind_share, kind_counts) for _ in range(n)]
    member_kinds = [member_kinds[i] for i in rng.permutation(len(member_kinds))]
    return member_weeks, member_kinds


def _jittered(rng: np.random.Generator, weights: Sequence[float]) -> list[float]:
    """Weekly weights with +-15% noise, so that a persistent pattern is not perfectly flat."""
    return [w * float(rng.uniform(0.85, 1.15)) for w in weights]


def plan_patterns(rng: np.random.Generator, cal: Calendar, picker: PolicyPicker,
                  n_interactions: int) -> list[Planned]:
    """The handoff complaints of every pattern in PATTERNS, each member on a policy of its own household."""
    planned = []
    for pattern in PATTERNS:
        total = scaled(pattern.base_count, n_interactions)
        weights = [FADE_AFTER_CHANGE if pattern.fades_after_change and week >= CHANGE_WEEK else 1.0
                   for week in pattern.weeks]
        weeks, kinds = _spread(rng, total, pattern.weeks, _jittered(rng, weights), HANDOFF_KIND_SHARE)
        stamps = _week_timestamps(rng, cal, weeks, kinds)
        policies = picker.distinct_households(pattern, total, rng)
        topic_weights = [0.6, 0.4][: len(pattern.journeys)]
        topics = rng.choice(pattern.journeys, size=total, p=np.array(topic_weights) / sum(topic_weights))
        tagged = rng.random(total) < PLANTED_TAG_SHARE
        for i in range(total):
            on_review = kinds[i] == "reviews"
            planned.append(Planned(kinds[i], stamps[i], HANDOFF, pattern.pattern_id, str(topics[i]),
                                   bool(tagged[i]) and not on_review, -1 if on_review else policies[i], False, False))
    return planned


def plan_other_complaints(rng: np.random.Generator, cal: Calendar, picker: PolicyPicker, n_interactions: int) -> list[Planned]:
    """Price, payout, staff, outage and billing complaints over all weeks; a quarter are hard negatives."""
    planned = []
    all_weeks = list(range(1, WEEKS + 1))
    for category in OTHER_CATEGORIES:
        total = scaled(OTHER_COMPLAINT_COUNTS[category], n_interactions)
        weeks, kinds = _spread(rng, total, all_weeks, _jittered(rng, [1.0] * WEEKS), OTHER_KIND_SHARE)
        conversational = [i for i, kind in enumerate(kinds) if kind in ("calls", "chats")]
        n_hard = round(total * HARD_NEGATIVE_SHARE)
        hard = set(conversational[:n_hard]) if len(conversational) >= n_hard else set(conversational)
        stamps = _week_timestamps(rng, cal, weeks, kinds)
        policies = picker.any_active(total, rng)
        topic_choices = OTHER_COMPLAINT_TOPICS[category]
        topics = [topic_choices[int(j)] for j in rng.integers(0, len(topic_choices), size=total)]
        tagged = rng.random(total) < PLANTED_TAG_SHARE
        for i in range(total):
            on_review = kinds[i] == "reviews"
            planned.append(Planned(kinds[i], stamps[i], category, None, topics[i],
                                   bool(tagged[i]) and not on_review and topics[i] != GENERAL,
                                   -1 if on_review else policies[i], i in hard, False))
    return planned


def plan_vague(rng: np.random.Generator, cal: Calendar, picker: PolicyPicker, n_interactions: int) -> list[Planned]:
    """Complaints that name no handoff and no cause ("terrible service"), mostly surveys and reviews."""
    total = scaled(VAGUE_COUNT, n_interactions)
    all_weeks = list(range(1, WEEKS + 1))
    weeks, kinds = _spread(rng, total, all_weeks, _jittered(rng, [1.0] * WEEKS), VAGUE_KIND_SHARE)
    stamps = _week_timestamps(rng, cal, weeks, kinds)
    policies = picker.any_active(total, rng)
    topics = rng.choice(TOPICS, size=total, p=ROUTINE_TOPIC_WEIGHTS)
    tagged = rng.random(total) < 0.5
    return [
        Planned(kinds[i], stamps[i], VAGUE, None, str(topics[i]),
                bool(tagged[i]) and kinds[i] != "reviews" and topics[i] != GENERAL,
                -1 if kinds[i] == "reviews" else policies[i], False, False)
        for i in range(total)
    ]


def plan_routine(rng: np.random.Generator, cal: Calendar, book: Book, counts: dict[str, int]) -> list[Planned]:
    """The everyday majority: questions, updates, thanks; spread evenly over the window."""
    planned = []
    first = epoch_seconds(cal.first_day)
    n_days = (cal.as_of - cal.first_day).days + 1
    n_policies = len(book.policy_id)
    for kind in INTERACTION_KINDS:
        n = counts[kind]
        if n <= 0:
            continue
        low, high = BUSINESS_HOURS[kind]
        stamps = first + rng.integers(0, n_days, size=n) * 86400 + rng.integers(low * 3600, high * 3600, size=n)
        topics = rng.choice(len(TOPICS), size=n, p=ROUTINE_TOPIC_WEIGHTS)
        tag_roll = rng.random(n)
        policy_roll = rng.random(n)
        policies = rng.integers(0, max(n_policies, 1), size=n)
        transfer_roll = rng.random(n)
        policy_share = REVIEW_POLICY_SHARE if kind == "reviews" else ROUTINE_POLICY_SHARE
        tag_share = 0.0 if kind == "reviews" else JOURNEY_TAG_SHARE
        for i in range(n):
            topic = TOPICS[topics[i]]
            planned.append(Planned(
                kind, int(stamps[i]), ROUTINE, None, topic,
                bool(tag_roll[i] < tag_share) and topic != GENERAL,
                int(policies[i]) if policy_roll[i] < policy_share and n_policies else -1,
                False, kind in ("calls", "chats") and bool(transfer_roll[i] < 0.12),
            ))
    return planned


def routine_counts(planted: list[Planned], n_interactions: int) -> dict[str, int]:
    """Routine interactions per kind so that each kind ends near its KIND_SHARE of the total."""
    target = dict(zip(KIND_SHARE, apportion(n_interactions, list(KIND_SHARE.values()))))
    planted_per_kind = {kind: 0 for kind in INTERACTION_KINDS}
    for row in planted:
        planted_per_kind[row.kind] += 1
    room = [max(0, target[k] - planted_per_kind[k]) for k in INTERACTION_KINDS]
    return dict(zip(INTERACTION_KINDS, apportion(max(0, n_interactions - len(planted)), room)))


def mark_unlinked(rng: np.random.Generator, planned: list[Planned], n_policies: int) -> list[Planned]:
    """Points UNLINKED_COUNT interactions at policy ids that exist nowhere: two pattern members, three routine."""
    def candidates(category: str, pattern_id: str | None) -> list[int]:
        return [i for i, row in enumerate(planned)
                if row.category == category and row.pattern_id == pattern_id and row.policy >= 0]

    from_pattern = candidates(HANDOFF, "claim_advisor_to_advisor")
    from_routine = candidates(ROUTINE, None)
    chosen = [from_pattern[i] for i in rng.choice(len(from_pattern), size=min(2, len(from_pattern)), replace=False)]
    rest = UNLINKED_COUNT - len(chosen)
    chosen += [from_routine[i] for i in rng.choice(len(from_routine), size=min(rest, len(from_routine)), replace=False)]
    planned = list(planned)
    for number, index in enumerate(sorted(chosen)):
        planned[index] = planned[index]._replace(policy=n_policies + number)
    return planned


def file_layout(kind: str, months: list[str]) -> dict[str, str]:
    """Relative file path per month (or per platform for reviews): every kind in two formats or more."""
    half = (len(months) + 1) // 2
    if kind == "calls":
        return {m: f"calls/calls_{m}.{'parquet' if i == 0 else 'csv'}" for i, m in enumerate(months)}
    if kind == "chats":
        return {m: f"chats/chats_{m}.{'parquet' if i == len(months) - 2 else 'jsonl'}" for i, m in enumerate(months)}
    if kind == "tickets":
        early, late = months[:half], months[half:]
        return {**{m: f"tickets/tickets_{early[0]}_to_{early[-1]}.csv" for m in early},
                **{m: f"tickets/tickets_{late[0]}_to_{late[-1]}.parquet" for m in late}}
    if kind == "surveys":
        return {m: f"surveys/surveys_{m}.{'csv' if i < half else 'jsonl'}" for i, m in enumerate(months)}
    extension = {"trustpilot": "jsonl", "google": "csv", "app_store": "parquet"}
    return {p: f"reviews/reviews_{p}.{extension[p]}" for p in REVIEW_PLATFORMS}


def plan_kind(kind: str, rows: list[Planned], style: str, months: list[str], rng: np.random.Generator) -> KindPlan:
    """Sorts one kind's rows by time, numbers them and says which file each goes to."""
    tiebreak = rng.random(len(rows))
    order = sorted(range(len(rows)), key=lambda i: (rows[i].occurred_at, tiebreak[i]))
    rows = [rows[i] for i in order]
    first = FIRST_INTERACTION_NUMBER[style]
    ids = [f"{ID_PREFIX[kind]}{first + i}" for i in range(len(rows))]
    layout = file_layout(kind, months)
    if kind == "reviews":
        platforms = rng.choice(REVIEW_PLATFORMS, size=len(rows), p=(0.5, 0.3, 0.2))
        files = [layout[str(p)] for p in platforms]
    else:
        stamps = np.array([row.occurred_at for row in rows], dtype="datetime64[s]")
        month_keys = np.char.replace(np.datetime_as_string(stamps, unit="M"), "-", "_") if len(rows) else []
        files = [layout[str(m)] for m in month_keys]
    return KindPlan(kind, rows, ids, files)


# ---------------------------------------------------------------- text


class Item(NamedTuple):
    """What the text writer needs to know about one interaction."""

    category: str
    pattern_id: str | None
    topic: str
    line: str  # line of business of its policy (or a likely one)
    policy_id: str | None
    renewal_date: date | None
    hard_negative: bool
    transfer: bool


class Fillers(dict):
    """Placeholder values for one interaction, drawn on first use and then kept,
    so that a name used in two turns stays the same."""

    def __init__(self, writer: TextWriter, item: Item):
        super().__init__()
        self.writer = writer
        self.item = item

    def __missing__(self, key: str) -> str:
        value = self.writer.filler(key, self)
        self[key] = value
        return value


class TextWriter:
    """Writes the text (and the kind's own columns) of interactions from one phrase bank."""

    def __init__(self, bank: ModuleType, rng: random.Random, cal: Calendar):
        self.bank = bank
        self.rng = rng
        self.cal = cal
        r, b = rng, bank
        money = self.money
        self._makers: dict[str, Callable[[Fillers], str]] = {
            "company": lambda f: b.COMPANY,
            "agent": lambda f: r.choice(b.AGENT_NAMES),
            "agent2": lambda f: r.choice([n for n in b.AGENT_NAMES if n != f["agent"]]),
            "surname": lambda f: r.choice(b.SURNAMES),
            "vehicle": lambda f: f"{r.randint(2009, 2025)} {r.choice(b.VEHICLES)}",
            "home_part": lambda f: r.choice(b.HOME_PARTS),
            "incident": lambda f: r.choice(self._incidents(f.item.line)),
            "broker": lambda f: r.choice(b.BROKERS),
            "town": lambda f: r.choice(b.TOWNS),
            "item": lambda f: r.choice(b.ITEMS),
            "relative": lambda f: r.choice(b.RELATIVES),
            "line": lambda f: r.choice(b.LINE_WORDS[f.item.line]),
            "team": lambda f: r.choice(b.TEAM_WORDS[self._team_topic(f.item)]),
            "amount": lambda f: money(r.randint(15000, 480000)),
            "small_amount": lambda f: money(r.randint(300, 9900)),
            "deductible": lambda f: money(r.choice((250, 500, 750, 1000, 1500)) * 100),
            "pct": lambda f: str(r.randint(8, 65)),
            "days": lambda f: str(r.randint(12, 75)),
            "weeks": lambda f: str(r.randint(2, 10)),
            "years": lambda f: str(r.randint(2, 25)),
            "minutes": lambda f: str(r.randint(12, 95)),
            "minutes2": lambda f: str(r.randint(12, 95)),
            "photos": lambda f: str(r.randint(4, 30)),
            "times": lambda f: r.choice(b.NUMBER_WORDS),
            "date": lambda f: self.spoken_date(cal.first_day + timedelta(days=r.randint(0, 90))),
            "renewal_date": lambda f: self.spoken_date(
                f.item.renewal_date or cal.as_of + timedelta(days=r.randint(5, 120))),
            "ref": lambda f: f"{b.CLAIM_REF_PREFIX}{r.randint(1000000, 9999999)}",
            "last4": lambda f: f"{r.randint(0, 9999):04d}",
            "dob": lambda f: self.date_of_birth(),
            "postcode": lambda f: self.postcode(),
            "policy_number": lambda f: f.item.policy_id or f"{b.CLAIM_REF_PREFIX}{r.randint(1000000, 9999999)}",
        }

    # -- fillers

    def filler(self, key: str, fillers: Fillers) -> str:
        maker = self._makers.get(key)
        if maker is None:
            raise KeyError(f"phrase bank {self.bank.__name__}: unknown placeholder {{{key}}}")
        return maker(fillers)

    def money(self, cents: int) -> str:
        return f"{self.bank.CURRENCY}{cents / 100:,.2f}"

    def spoken_date(self, day: date) -> str:
        month = calendar.month_name[day.month]
        if self.bank.DATE_STYLE == "month_first":
            return f"{month} {day.day}"
        suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        return f"{day.day}{suffix} {month}"

    def date_of_birth(self) -> str:
        r = self.rng
        year, month, day = r.randint(1946, 2004), r.randint(1, 12), r.randint(1, 28)
        if self.bank.DATE_STYLE == "month_first":
            return f"{month:02d}/{day:02d}/{year}"
        return f"{day:02d}/{month:02d}/{year}"

    def postcode(self) -> str:
        r = self.rng
        if self.bank.POSTCODE_STYLE == "zip":
            return f"{r.randint(1001, 99950):05d}"
        if self.bank.POSTCODE_STYLE == "au":  # four digits, as in Australia and New Zealand
            return f"{r.randint(200, 9999):04d}"
        if self.bank.POSTCODE_STYLE == "six_digit":  # as in Singapore
            return f"{r.randint(10, 82):02d}{r.randint(0, 9999):04d}"
        if self.bank.POSTCODE_STYLE == "canada":  # forward sortation area and local delivery unit: K1A 0B1
            letters = "ABCEGHJKLMNPRSTVWXYZ"
            return (f"{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}{r.choice(letters)} "
                    f"{r.randint(0, 9)}{r.choice(letters)}{r.randint(0, 9)}")
        if self.bank.POSTCODE_STYLE == "pin":  # India: six digits, the first 1-8
            return f"{r.randint(110001, 855999)}"
        if self.bank.POSTCODE_STYLE == "eircode":  # Ireland: routing key and a four-character unique identifier
            unique = "ACDEFHKNPRTVWXY0123456789"
            key = r.choice(["D02", "D04", "D06", "D08", "D12", "D15", "D24", "T12", "T23", "H91", "V94", "X91", "A96"])
            return f"{key} {''.join(r.choice(unique) for _ in range(4))}"
        if self.bank.POSTCODE_STYLE == "gh_digital":  # Ghana's GhanaPost GPS digital address: GA-183-8164
            return f"{r.choice(GH_DIGITAL_ADDRESS_DISTRICTS)}-{r.randint(1, 999):03d}-{r.randint(0, 9999):04d}"
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{r.choice(UK_POSTCODE_AREAS)}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice(letters)}{r.choice(letters)}"

    def _incidents(self, line: str) -> list[str]:
        if line == "auto":
            return self.bank.AUTO_INCIDENTS
        if line in ("home", "commercial"):
            return self.bank.HOME_INCIDENTS
        return self.bank.AUTO_INCIDENTS + self.bank.HOME_INCIDENTS

    @staticmethod
    def _team_topic(item: Item) -> str:
        """Which team the interaction belongs with: the complaint's subject, else its topic."""
        return item.category if item.category in OTHER_CATEGORIES else item.topic

    # -- phrases

    def say(self, templates: Sequence[str], fillers: Fillers) -> str:
        return self.rng.choice(templates).format_map(fillers)

    def maybe(self, chance: float, templates: Sequence[str], fillers: Fillers) -> str | None:
        return self.say(templates, fillers) if self.rng.random() < chance else None

    def complaint(self, item: Item, fillers: Fillers) -> str:
        """The customer's complaint itself (no greeting, no sign-off)."""
        b = self.bank
        if item.category == HANDOFF:
            return self.say(b.HANDOFF_COMPLAINTS[item.pattern_id], fillers)
        if item.category == VAGUE:
            return self.say(b.VAGUE_COMPLAINTS, fillers)
        return self.say(b.OTHER_COMPLAINTS[item.category], fillers)

    def context(self, item: Item, fillers: Fillers, chance: float) -> str | None:
        return self.maybe(chance, self.bank.CONTEXT_DETAILS[item.topic], fillers)

    def join(self, parts: Iterable[str | None]) -> str:
        """Sentence fragments as one paragraph; a fragment without end punctuation gets the bank's joiner."""
        text = ""
        for part in parts:
            if not part:
                continue
            if text:
                text += " " if text[-1] in ".!?,;:)" else self.bank.FRAGMENT_JOINER
            text += part
        return text

    def complaint_paragraph(self, item: Item, fillers: Fillers, *, context_chance=0.6, closer_chance=0.6) -> str:
        if item.category == VAGUE:
            context_chance = min(context_chance, 0.15)  # a vague complaint seldom says what it is about
        return self.join([self.complaint(item, fillers), self.context(item, fillers, context_chance),
                          self.maybe(closer_chance, self.bank.COMPLAINT_CLOSERS, fillers)])

    def exchange(self, item: Item, fillers: Fillers) -> tuple[str, str]:
        """The customer's first words and, for routine ones, the matching insurer answer."""
        if item.category != ROUTINE:
            return self.say(self.bank.COMPLAINT_OPENERS, fillers), ""
        request, answer = self.rng.choice(self.bank.ROUTINE_EXCHANGES[item.topic])
        return request.format_map(fillers), answer.format_map(fillers)

    def ticket_subject(self, item: Item, fillers: Fillers) -> str:
        b = self.bank
        if item.category == HANDOFF:
            return self.say(b.HANDOFF_TICKET_SUBJECTS[item.pattern_id], fillers)
        if item.category == VAGUE:
            return self.say(b.VAGUE_TICKET_SUBJECTS, fillers)
        if item.category == ROUTINE:
            return self.say(b.ROUTINE_TICKET_SUBJECTS[item.topic], fillers)
        return self.say(b.OTHER_TICKET_SUBJECTS[item.category], fillers)

    def insurer_speaker(self, fillers: Fillers, name_key: str = "agent") -> str:
        roll = self.rng.random()
        if roll < 0.45:
            return fillers[name_key]
        return self.rng.choice(self.bank.GENERIC_SPEAKERS)

    # -- kinds

    def call(self, item: Item) -> dict:
        """A phone transcript; complaint words only in Customer turns."""
        b, r = self.bank, self.rng
        f = Fillers(self, item)
        agent = self.insurer_speaker(f)
        complaining = item.category != ROUTINE
        request, answer = self.exchange(item, f)
        turns = [(agent, self.say(b.CALL_GREETINGS, f)), (CUSTOMER, request),
                 (agent, self.say(b.ID_CHECK_ASKS, f)), (CUSTOMER, self.say(b.ID_CHECK_ANSWERS, f))]
        transfers = 0
        if self._transferred_here(item):
            transfers = 1 + (r.randint(0, 2) if item.pattern_id == "claim_advisor_to_advisor" else 0)
            agent = self._transfer(turns, agent, f, customer_asks=not complaining and r.random() < 0.3)
        else:
            if item.pattern_id == "claim_advisor_to_advisor":
                transfers = r.randint(1, 3)  # passed on before this leg of the call began
            if complaining:
                turns.append((agent, self.say(b.AGENT_GO_AHEADS, f)))
        if complaining:
            self._complaint_turns(turns, agent, item, f)
        else:
            turns += [(agent, answer), (CUSTOMER, self.say(b.CUSTOMER_THANKS, f))]
        turns.append((agent, self.say(b.AGENT_CLOSINGS, f)))
        return {
            "text": _transcript(turns),
            "team": TEAM_OF_TOPIC[self._team_topic(item)],
            "transfer_count": transfers,
            "agent_id": f"A-{r.randint(100, 999)}",
        }

    def chat(self, item: Item) -> dict:
        """A web-chat transcript: the bot first, then (usually) a person."""
        b, r = self.bank, self.rng
        f = Fillers(self, item)
        bot = b.BOT_SPEAKER
        complaining = item.category != ROUTINE
        request, answer = self.exchange(item, f)
        id_answers = b.CHAT_ID_ANSWERS if item.policy_id else b.ID_CHECK_ANSWERS
        turns = [(bot, self.say(b.BOT_GREETINGS, f)), (CUSTOMER, request),
                 (bot, self.say(b.BOT_ID_ASKS, f)), (CUSTOMER, self.say(id_answers, f))]
        transferred_to = None
        if not complaining and not item.transfer and r.random() < 0.45:
            turns += [(bot, answer), (CUSTOMER, self.say(b.CUSTOMER_THANKS, f)), (bot, self.say(b.BOT_CLOSINGS, f))]
            return {"text": _transcript(turns), "transferred_to": None}
        agent = self.insurer_speaker(f)
        turns += [(bot, self.say(b.BOT_HANDOVERS, f)), (agent, self.say(b.CHAT_AGENT_JOINS, f))]
        if self._transferred_here(item):
            transferred_to = TEAM_OF_TOPIC[self._team_topic(item)]
            agent = self._transfer(turns, agent, f, customer_asks=not complaining and r.random() < 0.3)
        elif item.pattern_id == "policy_change_chat_to_phone" and r.random() < 0.5:
            transferred_to = "phone_support"
        if complaining:
            self._complaint_turns(turns, agent, item, f)
        else:
            turns += [(agent, answer), (CUSTOMER, self.say(b.CUSTOMER_THANKS, f))]
        turns.append((agent, self.say(b.AGENT_CLOSINGS, f)))
        return {"text": _transcript(turns), "transferred_to": transferred_to}

    def ticket(self, item: Item) -> dict:
        """'subject — description' as one text, with the queues it passed through."""
        b, r = self.bank, self.rng
        f = Fillers(self, item)
        subject = self.ticket_subject(item, f)
        if item.category == ROUTINE:
            body = [self.maybe(0.5, b.TICKET_GREETINGS, f), self.exchange(item, f)[0],
                    self.context(item, f, 0.7), self.say(b.TICKET_SIGNOFFS, f)]
        else:
            body = [self.maybe(0.5, b.TICKET_GREETINGS, f), self.complaint_paragraph(item, f, context_chance=0.7),
                    self.say(b.TICKET_SIGNOFFS, f)]
        return {
            "text": f"{subject} — {self.join(body)}",
            "assignment_path": self._assignment_path(item),
            "reopened_count": r.choice((0, 0, 0, 0, 1)) if item.category == ROUTINE else r.choice((0, 1, 1, 2, 3)),
        }

    def survey(self, item: Item) -> dict:
        """The free-text answer of a post-interaction survey, with its 0-10 score."""
        b, r = self.bank, self.rng
        f = Fillers(self, item)
        if item.category == ROUTINE:
            happy = r.random() < 0.7
            text = self.join([self.say(b.SURVEY_POSITIVE if happy else b.SURVEY_NEUTRAL, f), self.context(item, f, 0.35)])
            score = r.randint(8, 10) if happy else r.randint(5, 8)
        else:
            text = self.complaint_paragraph(item, f, context_chance=0.3, closer_chance=0.4)
            score = r.randint(0, 3) if item.category == VAGUE else r.randint(0, 4)
        return {"text": text, "score": score, "touchpoint": r.choice(SURVEY_TOUCHPOINTS[item.topic])}

    def review(self, item: Item) -> dict:
        """A public review with its 1-5 stars."""
        b, r = self.bank, self.rng
        f = Fillers(self, item)
        if item.category == ROUTINE:
            happy = r.random() < 0.75
            text = self.join([self.say(b.REVIEW_POSITIVE if happy else b.REVIEW_NEUTRAL, f), self.context(item, f, 0.3)])
            rating = r.choice((4, 5, 5)) if happy else 3
        else:
            text = self.complaint_paragraph(item, f, context_chance=0.3, closer_chance=0.7)
            rating = r.choice((1, 1, 2))
        return {"text": text, "rating": rating}

    # -- pieces of transcripts

    def _transferred_here(self, item: Item) -> bool:
        """Whether this call/chat includes an agent passing the customer on."""
        if item.hard_negative or item.transfer:
            return True
        if item.pattern_id == "claim_advisor_to_advisor":
            return self.rng.random() < 0.45
        if item.category != ROUTINE:
            return self.rng.random() < 0.08
        return False

    def _transfer(self, turns: list, agent: str, f: Fillers, *, customer_asks: bool) -> str:
        """Agent passes the customer to another team; returns the new insurer speaker."""
        b = self.bank
        if customer_asks:
            turns.append((CUSTOMER, self.say(b.CUSTOMER_TRANSFER_REQUESTS, f)))
        turns += [(agent, self.say(b.AGENT_TRANSFER_LINES, f)), (CUSTOMER, self.say(b.CUSTOMER_ACKS, f))]
        new_agent = self.insurer_speaker(f, "agent2")
        if new_agent == agent:
            new_agent = f["agent2"]
        turns.append((new_agent, self.say(b.HANDOVER_INTROS, f)))
        return new_agent

    def _complaint_turns(self, turns: list, agent: str, item: Item, f: Fillers) -> None:
        b, r = self.bank, self.rng
        turns.append((CUSTOMER, self.join([self.complaint(item, f), self.context(item, f, 0.5)])))
        empathy = self.say(b.AGENT_EMPATHY, f)
        if r.random() < 0.25:
            empathy = f"{self.say(b.AGENT_TRANSFER_NOTES, f)} {empathy}"
        turns.append((agent, empathy))
        if item.hard_negative and r.random() < 0.7:
            turns.append((CUSTOMER, self.say(b.TRANSFERRED_BUT_NOT_CONTEXT[item.category], f)))
            turns.append((agent, self.say(b.AGENT_ACKS, f)))
        closer = self.maybe(0.6, b.COMPLAINT_CLOSERS, f)
        if closer:
            turns.append((CUSTOMER, closer))

    def _assignment_path(self, item: Item) -> str:
        r = self.rng
        if item.category == HANDOFF:
            queues = list(HANDOFF_TICKET_PATHS[item.pattern_id])
            if item.pattern_id == "claim_advisor_to_advisor":
                queues = queues[:1] + r.sample(queues[1:], r.randint(2, 3))
            return ">".join(queues)
        home = TICKET_QUEUE[TEAM_OF_TOPIC[self._team_topic(item)]]
        if r.random() < 0.2:
            return ">".join(["Customer Service", home] if home != "Customer Service" else [home])
        return home


def _transcript(turns: Iterable[tuple[str, str]]) -> str:
    return "\n".join(f"{speaker}: {words}" for speaker, words in turns)


RENDERERS = {"calls": TextWriter.call, "chats": TextWriter.chat, "tickets": TextWriter.ticket,
             "surveys": TextWriter.survey, "reviews": TextWriter.review}


class UniqueTexts:
    """Remembers an 8-byte digest of every text written, so that no two interactions share a text."""

    def __init__(self):
        self.seen: set[bytes] = set()

    def add(self, text: str) -> bool:
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
        if digest in self.seen:
            return False
        self.seen.add(digest)
        return True


def render_unique(writer: TextWriter, kind: str, item: Item, unique: UniqueTexts) -> dict:
    """Renders until the text is new (a handful of tries), then adds a reference to make it so."""
    render = RENDERERS[kind]
    for _ in range(6):
        fields = render(writer, item)
        if unique.add(fields["text"]):
            return fields
    while True:
        fields["text"] += f" {writer.bank.CLAIM_REF_PREFIX}{writer.rng.randint(10**8, 10**9 - 1)}"
        if unique.add(fields["text"]):
            return fields


# ---------------------------------------------------------------- writing files

COLUMNS = {
    "calls": ("interaction_id", "occurred_at", "agent_id", "team", "transfer_count", "policy_id", "journey", "text"),
    "chats": ("interaction_id", "occurred_at", "policy_id", "journey", "transferred_to", "text"),
    "tickets": ("interaction_id", "occurred_at", "policy_id", "journey", "assignment_path", "reopened_count", "text"),
    "surveys": ("interaction_id", "occurred_at", "policy_id", "journey", "touchpoint", "score", "text"),
    "reviews": ("interaction_id", "occurred_at", "platform", "rating", "policy_id", "journey", "text"),
    "households": ("household_id", "segment", "high_value", "region"),
    "policies": ("policy_id", "household_id", "line_of_business", "annual_premium", "renewal_date", "status"),
    "journey_changes": ("change_id", "changed_at", "journey", "description"),
}
PARQUET_TYPES = {
    "transfer_count": pa.int32(), "reopened_count": pa.int32(), "score": pa.int32(), "rating": pa.int32(),
    "high_value": pa.bool_(), "annual_premium": pa.decimal128(12, 2), "renewal_date": pa.date32(),
    "changed_at": pa.date32(),
}
NATIVE_TIMESTAMP_KINDS = ("calls", "tickets")  # their Parquet files hold real timestamps; chats' hold ISO strings
UNREADABLE_FILE = "calls/corrupt_export.parquet"


class RawLine(str):
    """A JSONL line written as is (used for the line that is not valid JSON)."""


def write_file(path: Path, columns: Sequence[str], records: list[dict]) -> None:
    """Writes records (dicts keyed by column; None = missing) as CSV, JSONL or Parquet by the path's suffix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle, lineterminator="\n")
            out.writerow(columns)
            out.writerows([_csv_value(record.get(c)) for c in columns] for record in records)
    elif path.suffix == ".jsonl":
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            for record in records:
                if isinstance(record, RawLine):
                    handle.write(record + "\n")
                    continue
                kept = {c: _json_value(record[c]) for c in columns if record.get(c) is not None}
                handle.write(json.dumps(kept, ensure_ascii=False) + "\n")
    else:
        native = path.parent.name in NATIVE_TIMESTAMP_KINDS
        arrays, fields = [], []
        for column in columns:
            values = [record.get(column) for record in records]
            kind = PARQUET_TYPES.get(column, pa.string())
            if column == "annual_premium":
                values = [None if v is None else Decimal(v) for v in values]
            array = pa.array(values, type=kind)
            if column == "occurred_at" and native:
                array = array.cast(pa.timestamp("s"))
            arrays.append(array)
            fields.append(column)
        pq.write_table(pa.table(arrays, names=fields), path, compression="snappy")


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _json_value(value):
    if isinstance(value, date):
        return value.isoformat()
    return value


def interaction_files(plan: KindPlan, book: Book, unlinked_ids: list[str], months: list[str],
                      writer_for: Callable[[str], TextWriter], unique: UniqueTexts) -> Iterator[tuple[str, list[dict]]]:
    """Renders one kind file by file: yields (relative path, records) for every file of the kind's
    layout, in sorted order, rows in time order (a file with no rows yields an empty list)."""
    stamps = np.datetime_as_string(np.array([row.occurred_at for row in plan.rows], dtype="datetime64[s]"), unit="s")
    by_file: dict[str, list[int]] = {file: [] for file in file_layout(plan.kind, months).values()}
    for index, file in enumerate(plan.files):
        by_file[file].append(index)
    for file in sorted(by_file):
        writer = writer_for(file)
        date_only = file.startswith("surveys/") and file.endswith(".csv")
        records = []
        for index in by_file[file]:
            row = plan.rows[index]
            item = _item(row, book, unlinked_ids, writer.rng)
            record = {
                "interaction_id": plan.interaction_ids[index],
                "occurred_at": stamps[index][:10] if date_only else str(stamps[index]),
                "policy_id": item.policy_id,
                "journey": row.topic if row.tagged else None,
                **render_unique(writer, plan.kind, item, unique),
            }
            if plan.kind == "reviews":
                record["platform"] = file.removeprefix("reviews/reviews_").rsplit(".", 1)[0]
            records.append(record)
        yield file, records


def _item(row: Planned, book: Book, unlinked_ids: list[str], rng: random.Random) -> Item:
    n_policies = len(book.policy_id)
    if 0 <= row.policy < n_policies:
        policy_id = book.policy_id[row.policy]
        line, renewal = book.line_of_business[row.policy], book.renewal_date[row.policy]
    else:
        policy_id = unlinked_ids[row.policy - n_policies] if row.policy >= n_policies else None
        line, renewal = rng.choice(("auto", "auto", "home", "home", "life", "travel")), None
    if row.topic == "claim" and line in ("life", "travel") and row.category != ROUTINE:
        line = "home"
    return Item(row.category, row.pattern_id, row.topic, line, policy_id, renewal, row.hard_negative, row.transfer)


# ---------------------------------------------------------------- bad input


@dataclass
class BadRow:
    kind: str
    file: str
    row: int
    reason_keyword: str

    def as_truth(self) -> dict:
        return {"kind": self.kind, "file": self.file, "row": self.row, "reason_keyword": self.reason_keyword}


def insert_bad(records: list, record, bad_rows: list[BadRow], kind: str, file: str, keyword: str,
               at: float = 0.5) -> None:
    """Inserts one bad record part-way through a file and notes its 1-based row."""
    position = int(len(records) * at)
    records.insert(position, record)
    for bad in bad_rows:  # rows after the insertion point move down one
        if bad.file == file and bad.row > position:
            bad.row += 1
    bad_rows.append(BadRow(kind, file, position + 1, keyword))


def next_id(plan: KindPlan, style: str, offset: int) -> str:
    return f"{ID_PREFIX[plan.kind]}{FIRST_INTERACTION_NUMBER[style] + len(plan.rows) + offset}"


# ---------------------------------------------------------------- reference files


def household_records(book: Book) -> tuple[list[dict], list[dict]]:
    """Households split in two files: the main export and the newest customers."""
    records = [{"household_id": h, "segment": s, "high_value": v, "region": r}
               for h, s, v, r in zip(book.household_id, book.segment, book.high_value, book.region)]
    split = max(1, int(len(records) * 0.9))
    return records[:split], records[split:]


def policy_records(book: Book) -> dict[str, list[dict]]:
    """Policies by file: personal lines as CSV (premium as text), life as JSONL, commercial as Parquet."""
    files = {"policies/policies_personal_lines.csv": [], "policies/policies_life.jsonl": [],
             "policies/policies_commercial.parquet": []}
    for i, policy_id in enumerate(book.policy_id):
        line = book.line_of_business[i]
        premium = book.premium_text(book.premium_cents[i])
        record = {"policy_id": policy_id, "household_id": book.household_id[book.policy_household[i]],
                  "line_of_business": line, "annual_premium": premium,
                  "renewal_date": book.renewal_date[i].isoformat(), "status": book.status[i]}
        if line == "life":
            # JSONL premiums: a number mostly, a string now and then (both occur in real exports)
            record["annual_premium"] = premium if i % 3 == 0 else float(premium)
            files["policies/policies_life.jsonl"].append(record)
        elif line == "commercial":
            record["renewal_date"] = book.renewal_date[i]
            files["policies/policies_commercial.parquet"].append(record)
        else:
            files["policies/policies_personal_lines.csv"].append(record)
    return files


# ---------------------------------------------------------------- the inbox


def _clear_generated(out_dir: Path) -> None:
    """Removes what an earlier run wrote (the kind folders and truth.json); leaves anything else alone."""
    for folder in INBOX_FOLDERS:
        target = out_dir / folder
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    truth_file = out_dir / "truth.json"
    if truth_file.exists():
        truth_file.unlink()


def generate_inbox(
    out_dir: Path,
    *,
    style: str = "demo",
    seed: int = 7,
    n_households: int = 400,
    n_interactions: int = 3500,
    as_of: date = date(2026, 11, 15),
    with_bad_input: bool = True,
) -> dict:
    """Writes a demo inbox under out_dir and returns its ground truth (also written as out_dir/truth.json).

    out_dir gets households/ policies/ calls/ chats/ tickets/ surveys/ reviews/ journey_changes/,
    in CSV, JSONL and Parquet. Planted counts scale with n_interactions (their share of the total
    stays that of the default 3,500). with_bad_input=False gives a clean inbox: no bad rows, no
    unreadable file, no unlinked policy ids and no corrected row.
    """
    if style not in STYLES:
        raise ValueError(f"style '{style}' is unknown: use one of {sorted(STYLES)}")
    if n_households < 10:
        raise ValueError(f"n_households {n_households} is too small: use 10 or more")
    if n_interactions < 100:
        raise ValueError(f"n_interactions {n_interactions} is too small: use 100 or more")
    out_dir = Path(out_dir)
    bank = STYLES[style]
    cal = Calendar(as_of)
    months = cal.months()
    rng = np.random.default_rng([seed, STYLE_SEED[style]])

    book = make_book(rng, bank, n_households, as_of)
    picker = PolicyPicker(book, as_of)
    planted = (plan_patterns(rng, cal, picker, n_interactions)
               + plan_other_complaints(rng, cal, picker, n_interactions)
               + plan_vague(rng, cal, picker, n_interactions))
    planned = planted + plan_routine(rng, cal, book, routine_counts(planted, n_interactions))
    unlinked_ids: list[str] = []
    if with_bad_input:
        planned = mark_unlinked(rng, planned, len(book.policy_id))
        unlinked_ids = [f"P-{9_000_001 + i}" for i in range(UNLINKED_COUNT)]

    plans = {kind: plan_kind(kind, [row for row in planned if row.kind == kind], style, months, rng)
             for kind in INTERACTION_KINDS}
    del planned, planted

    _clear_generated(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    bad_rows: list[BadRow] = []
    truth = _truth_skeleton(style, seed, as_of, cal, book, plans, unlinked_ids)

    _write_reference(out_dir, book, bank, cal, bad_rows, with_bad_input, n_households)
    unique = UniqueTexts()

    def writer_for(file: str) -> TextWriter:
        return TextWriter(bank, random.Random(f"{style}:{seed}:{file}"), cal)

    for kind in INTERACTION_KINDS:
        plan = plans[kind]
        for file, records in interaction_files(plan, book, unlinked_ids, months, writer_for, unique):
            extra_files = {}
            if with_bad_input:
                extra_files = plant_bad_input(kind, file, records, plan, cal, style, bad_rows, truth,
                                              writer_for, unique)
            write_file(out_dir / file, COLUMNS[kind], records)
            for extra_file, extra_records in extra_files.items():
                write_file(out_dir / extra_file, COLUMNS[kind], extra_records)
    if with_bad_input:
        corrupt = out_dir / UNREADABLE_FILE
        corrupt.write_bytes(b"PAR1" + np.random.default_rng([seed, STYLE_SEED[style]]).bytes(4096))
        truth["unreadable_files"] = [UNREADABLE_FILE]

    del truth["patterns_by_id"]
    truth["bad_rows"] = [b.as_truth() for b in sorted(bad_rows, key=lambda b: (b.file, b.row))]
    text = json.dumps(truth, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    (out_dir / "truth.json").write_text(text, encoding="utf-8")
    return json.loads(text)


def _write_reference(out_dir: Path, book: Book, bank: ModuleType, cal: Calendar, bad_rows: list[BadRow],
                     with_bad_input: bool, n_households: int) -> None:
    main_households, new_households = household_records(book)
    write_file(out_dir / "households/households.csv", COLUMNS["households"], main_households)
    write_file(out_dir / "households/households_new_customers.jsonl", COLUMNS["households"], new_households)

    files = policy_records(book)
    if with_bad_input:
        extra = len(book.policy_id)
        renew = (cal.as_of + timedelta(days=120)).isoformat()
        personal, life = "policies/policies_personal_lines.csv", "policies/policies_life.jsonl"
        insert_bad(files[personal], {"policy_id": f"P-{extra + 1:06d}", "household_id": book.household_id[3],
                                     "line_of_business": "auto", "annual_premium": "abc", "renewal_date": renew,
                                     "status": "active"}, bad_rows, "policies", personal, "annual_premium", at=0.3)
        insert_bad(files[personal], {"policy_id": f"P-{extra + 2:06d}", "household_id": book.household_id[5],
                                     "line_of_business": "home", "annual_premium": "-245.10", "renewal_date": renew,
                                     "status": "active"}, bad_rows, "policies", personal, "annual_premium", at=0.7)
        insert_bad(files[life], {"policy_id": f"P-{extra + 3:06d}", "household_id": f"H-{n_households + 7:05d}",
                                 "line_of_business": "life", "annual_premium": 612.4, "renewal_date": renew,
                                 "status": "active"}, bad_rows, "policies", life, "household_id")
    for file, records in files.items():
        write_file(out_dir / file, COLUMNS["policies"], records)

    changes = [
        {"change_id": "JC-1", "changed_at": cal.week_start(CHANGE_WEEK).isoformat(), "journey": "claim",
         "description": bank.JOURNEY_CHANGES["claim"]},
        {"change_id": "JC-2", "changed_at": (cal.week_start(CHANGE_WEEK + 2) + timedelta(days=2)).isoformat(),
         "journey": "policy_change", "description": bank.JOURNEY_CHANGES["policy_change"]},
    ]
    write_file(out_dir / "journey_changes/journey_changes.csv", COLUMNS["journey_changes"], changes)


def plant_bad_input(kind: str, file: str, records: list, plan: KindPlan, cal: Calendar, style: str,
                    bad_rows: list[BadRow], truth: dict, writer_for: Callable[[str], TextWriter],
                    unique: UniqueTexts) -> dict[str, list]:
    """Adds the contract's bad input that belongs in this file (one of each across the inbox).

    Returns extra files to write next to it (the corrections file of the replaced call)."""
    months = cal.months()
    layout = file_layout(kind, months)
    bad_writer = writer_for(f"{file}#bad")
    extra_files = {}
    if kind == "calls" and file == layout[months[1]]:
        item = Item(ROUTINE, None, "billing", "auto", None, None, False, False)
        record = {"interaction_id": next_id(plan, style, 0), "occurred_at": "not-a-date",
                  **render_unique(bad_writer, kind, item, unique)}
        insert_bad(records, record, bad_rows, kind, file, "occurred_at")
    if kind == "calls" and file == layout[months[-2]]:
        extra_files = _plant_corrected_call(records, file, truth, unique)
    if kind == "chats" and file == layout[months[0]]:
        record = {"interaction_id": next_id(plan, style, 0), "occurred_at": f"{day_in_window(cal, months[0])}T10:14:00",
                  "journey": "billing", "text": None}
        insert_bad(records, record, bad_rows, kind, file, "text", at=0.4)
    if kind == "chats" and file == layout[months[-1]]:
        broken = RawLine('{"interaction_id": "' + next_id(plan, style, 1) + '", "occurred_at": "'
                         + f"{day_in_window(cal, months[-1])}T09:02:11" + '", "text": "Customer: hi, I need to chan')
        insert_bad(records, broken, bad_rows, kind, file, "JSON", at=0.6)
    if kind == "tickets" and file == layout[months[-1]]:
        item = Item(ROUTINE, None, "policy_change", "home", None, None, False, False)
        record = {"interaction_id": None, "occurred_at": f"{day_in_window(cal, months[-1])}T11:45:00",
                  **render_unique(bad_writer, kind, item, unique)}
        insert_bad(records, record, bad_rows, kind, file, "interaction_id")
    first_survey_jsonl = next((f for f in dict.fromkeys(layout.values()) if f.endswith(".jsonl")), None)
    if kind == "surveys" and file == first_survey_jsonl:
        item = Item(ROUTINE, None, GENERAL, "home", None, None, False, False)
        record = {"interaction_id": next_id(plan, style, 0), "occurred_at": "31/09/2026 14:03",
                  **render_unique(bad_writer, kind, item, unique)}
        insert_bad(records, record, bad_rows, kind, file, "occurred_at", at=0.3)
    return extra_files


def day_in_window(cal: Calendar, month_key: str) -> str:
    """A day of a 'YYYY_MM' month that lies inside the window (the middle of the overlap), as YYYY-MM-DD."""
    year, month = (int(part) for part in month_key.split("_"))
    first = max(cal.first_day, date(year, month, 1))
    last = min(cal.as_of, date(year, month, calendar.monthrange(year, month)[1]))
    return (first + (last - first) / 2).isoformat()


def _plant_corrected_call(records: list[dict], file: str, truth: dict, unique: UniqueTexts) -> dict[str, list[dict]]:
    """One call appears twice: cut short in its month's file, complete in a corrections file that sorts later.

    Prefers a member of claim_form_to_advisor; returns {corrections file: [the complete row]}."""
    if not records:
        return {}
    members = set(truth["patterns_by_id"].get("claim_form_to_advisor", []))
    chosen = next((r for r in records if f"calls:{r['interaction_id']}" in members), records[len(records) // 2])
    corrected = dict(chosen)
    lines = chosen["text"].split("\n")
    chosen["text"] = "\n".join(lines[: max(2, len(lines) // 2)])  # the first export was cut off mid-call
    unique.add(chosen["text"])
    corrections = file.removesuffix(".csv") + "_corrections.jsonl"
    truth["replaced"] = {"id": f"calls:{corrected['interaction_id']}", "winning_text": corrected["text"],
                         "replaced_text": chosen["text"], "files": [file, corrections]}
    return {corrections: [corrected]}


def _truth_skeleton(style: str, seed: int, as_of: date, cal: Calendar, book: Book, plans: dict[str, KindPlan],
                    unlinked_ids: list[str]) -> dict:
    """Everything truth.json says about what was planted (bad rows are added as they are written)."""
    members: dict[str, list[str]] = {}
    weeks_of: dict[str, list[str]] = {}
    other = {category: [] for category in OTHER_CATEGORIES}
    vague, hard, unlinked, routine = [], [], [], 0
    n_policies = len(book.policy_id)
    for kind, plan in plans.items():
        for row, interaction_id in zip(plan.rows, plan.interaction_ids):
            member = f"{kind}:{interaction_id}"
            week = iso_week(date(1970, 1, 1) + timedelta(seconds=row.occurred_at))
            if row.category == HANDOFF:
                members.setdefault(row.pattern_id, []).append(member)
                weeks_of.setdefault(row.pattern_id, []).append(week)
            elif row.category == VAGUE:
                vague.append(member)
            elif row.category == ROUTINE:
                routine += 1
            else:
                other[row.category].append(member)
            if row.hard_negative:
                hard.append(member)
            if row.policy >= n_policies:
                unlinked.append(member)
    patterns = []
    for pattern in PATTERNS:
        weekly = {}
        for week in weeks_of.get(pattern.pattern_id, []):
            weekly[week] = weekly.get(week, 0) + 1
        count = len(members.get(pattern.pattern_id, []))
        patterns.append({
            "pattern_id": pattern.pattern_id,
            "journey": pattern.journeys[0],
            "journeys": list(pattern.journeys),
            "handoff": {"from": pattern.handoff_from, "to": pattern.handoff_to},
            "persistent": pattern.persistent,
            "should_alert": pattern.persistent and count >= ALERT_MIN_COMPLAINTS and len(weekly) >= ALERT_MIN_WEEKS,
            "fades_after": "JC-1" if pattern.fades_after_change else None,
            "weeks": sorted(weekly),
            "weekly_counts": dict(sorted(weekly.items())),
            "member_ids": sorted(members.get(pattern.pattern_id, [])),
        })
    return {
        "as_of": as_of.isoformat(),
        "style": style,
        "seed": seed,
        "weeks": [iso_week(cal.week_start(w)) for w in range(1, WEEKS + 1)],
        "patterns": patterns,
        "patterns_by_id": {p["pattern_id"]: p["member_ids"] for p in patterns},
        "handoff_complaints": sorted(m for p in patterns for m in p["member_ids"]),
        "other_complaints": {c: sorted(ids) for c, ids in other.items()},
        "vague": sorted(vague),
        "routine_count": routine,
        "hard_negative_ids": sorted(hard),
        "bad_rows": [],
        "unreadable_files": [],
        "unlinked_ids": sorted(unlinked),
        "replaced": None,
        "journey_changes": [
            {"change_id": "JC-1", "journey": "claim", "changed_at": cal.week_start(CHANGE_WEEK).isoformat(),
             "effect": "claim_form_to_advisor drops to about 30% of its weekly rate"},
            {"change_id": "JC-2", "journey": "policy_change",
             "changed_at": (cal.week_start(CHANGE_WEEK + 2) + timedelta(days=2)).isoformat(),
             "effect": "none planted"},
        ],
        "counts": {
            "households": len(book.household_id),
            "policies": n_policies,
            "interactions": {kind: len(plan.rows) for kind, plan in plans.items()},
        },
    }


# ---------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m data.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="inbox folder to (re)write")
    parser.add_argument("--style", choices=sorted(STYLES), default="demo",
                        help="phrase bank (default demo; the others are for measuring generalisation)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--households", type=int, default=400)
    parser.add_argument("--interactions", type=int, default=3500)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 15), help="YYYY-MM-DD")
    parser.add_argument("--no-bad-input", action="store_true", help="a clean inbox: no bad rows or files")
    args = parser.parse_args(argv)
    try:
        truth = generate_inbox(args.out, style=args.style, seed=args.seed, n_households=args.households,
                               n_interactions=args.interactions, as_of=args.as_of,
                               with_bad_input=not args.no_bad_input)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    counts = truth["counts"]["interactions"]
    print(f"wrote {sum(counts.values())} interactions ({', '.join(f'{k} {v}' for k, v in counts.items())}), "
          f"{truth['counts']['households']} households, {truth['counts']['policies']} policies to {args.out}")
    print(f"planted: {len(truth['handoff_complaints'])} handoff complaints in {len(truth['patterns'])} patterns, "
          f"{sum(len(v) for v in truth['other_complaints'].values())} other complaints, {len(truth['vague'])} vague, "
          f"{truth['routine_count']} routine, {len(truth['bad_rows'])} bad rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
