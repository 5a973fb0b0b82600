"""Turn a pattern of handoff complaints into a continuity alert (pure logic).

members: one row per complaint with columns member_id, kind, interaction_id,
occurred_at (Timestamp), household_id (None if not linked), evidence (the
customer's words about the handoff), p_handoff, handoff_from, handoff_to
(canonical points), journey.
vectors: (n, d) unit rows, aligned with members.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

import numpy as np
import pandas as pd

from continuity.config import Thresholds
from clustering.patterns import consistency

PatternState = Literal["alert", "candidate", "spike"]
SignalLevel = Literal["strong", "moderate", "weak"]

# A week counts towards persistence only when it holds at least this share of
# the busiest week's complaints: a spike with a thin tail is still a spike.
ACTIVE_WEEK_SHARE = 0.2
# A pattern whose busiest week holds this share of its complaints, and that is
# not persistent, is recorded as a spike.
SPIKE_PEAK_SHARE = 0.5
MIN_VERBATIMS, MAX_VERBATIMS = 3, 5
# Who a broker's customer met at the insurer, when no team of it is named.
_SOMEONE_AT_THE_INSURER = ("advisor", "another advisor", "phone agent", "chat agent")


def iso_week(day) -> str:
    year, week, _ = pd.Timestamp(day).isocalendar()
    return f"{year}-W{week:02d}"


def window_start(as_of: date, window_days: int) -> date:
    """First day inside the window (as_of is the last): `window_days` is how far
    back a pattern is read, so the window reaches back to the day that many days
    before as_of (90 days back from a Sunday is the Monday 13 weeks earlier)."""
    return as_of - timedelta(days=window_days)


def window_weeks(as_of: date, window_days: int) -> list[str]:
    """Every ISO week that overlaps the window, oldest first."""
    start = window_start(as_of, window_days)
    weeks, day = [], start
    while day <= as_of:
        week = iso_week(day)
        if not weeks or weeks[-1] != week:
            weeks.append(week)
        day += timedelta(days=1)
    return weeks


def weekly_counts(occurred_at: pd.Series, weeks: list[str]) -> list[dict]:
    counts = Counter(iso_week(t) for t in occurred_at)
    return [{"week": week, "count": int(counts.get(week, 0))} for week in weeks]


def active_weeks(counts: list[dict]) -> int:
    """Distinct weeks with a material share of complaints (see ACTIVE_WEEK_SHARE)."""
    peak = max((c["count"] for c in counts), default=0)
    if peak == 0:
        return 0
    floor = max(1, math.ceil(ACTIVE_WEEK_SHARE * peak))
    return sum(1 for c in counts if c["count"] >= floor)


@dataclass
class Gate:
    state: PatternState
    reasons: list[str] = field(default_factory=list)  # why it is not an alert (empty for alerts)
    passed: list[str] = field(default_factory=list)


def evaluate(
    complaint_count: int,
    counts: list[dict],
    pattern_consistency: float,
    premium_exposure: Decimal,
    thresholds: Thresholds,
) -> Gate:
    """Every threshold must pass for an alert; a non-persistent burst is a spike."""
    weeks = active_weeks(counts)
    total = sum(c["count"] for c in counts)
    peak = max((c["count"] for c in counts), default=0)
    reasons, passed = [], []

    def check(ok: bool, good: str, bad: str) -> None:
        (passed if ok else reasons).append(good if ok else bad)

    check(
        complaint_count >= thresholds.min_complaints,
        f"{complaint_count} complaints >= min_complaints {thresholds.min_complaints}",
        f"{complaint_count} complaints < min_complaints {thresholds.min_complaints}",
    )
    check(
        weeks >= thresholds.min_weeks,
        f"{weeks} active weeks >= min_weeks {thresholds.min_weeks}",
        f"{weeks} active week(s) < min_weeks {thresholds.min_weeks}: not persistent",
    )
    check(
        pattern_consistency >= thresholds.min_consistency,
        f"consistency {pattern_consistency:.2f} >= min_consistency {thresholds.min_consistency}",
        f"consistency {pattern_consistency:.2f} < min_consistency {thresholds.min_consistency}",
    )
    check(
        premium_exposure >= Decimal(str(thresholds.min_premium_exposure)),
        f"premium exposure {premium_exposure} >= min_premium_exposure {thresholds.min_premium_exposure}",
        f"premium exposure {premium_exposure} < min_premium_exposure {thresholds.min_premium_exposure}",
    )
    if not reasons:
        return Gate("alert", [], passed)
    if weeks < thresholds.min_weeks and total and peak >= SPIKE_PEAK_SHARE * total:
        peak_week = max(counts, key=lambda c: c["count"])["week"]
        reasons.insert(0, f"one-week spike: {peak} of {total} complaints in {peak_week}")
        return Gate("spike", reasons, passed)
    return Gate("candidate", reasons, passed)


def signal_level(count: int, weeks: int, pattern_consistency: float, thresholds: Thresholds) -> SignalLevel:
    """strong: well past every threshold; moderate: past them; weak: short of one."""
    if count < thresholds.min_complaints or weeks < thresholds.min_weeks or pattern_consistency < thresholds.min_consistency:
        return "weak"
    if (
        count >= 2 * thresholds.min_complaints
        and weeks >= 2 * thresholds.min_weeks
        and pattern_consistency >= min(1.0, thresholds.min_consistency + 0.1)
    ):
        return "strong"
    return "moderate"


def signal_strength(
    members: pd.DataFrame, vectors: np.ndarray, weeks: list[str], thresholds: Thresholds, describe_point
) -> dict:
    """Overall level with its reason, and a breakdown per handoff (canonical from -> to)."""
    counts = weekly_counts(members["occurred_at"], weeks)
    overall_weeks = active_weeks(counts)
    overall_consistency = consistency(vectors)
    level = signal_level(len(members), overall_weeks, overall_consistency, thresholds)
    by_handoff = []
    pairs = list(zip(members["handoff_from"].fillna(""), members["handoff_to"].fillna("")))
    for (source, target), n in sorted(Counter(pairs).items(), key=lambda kv: (-kv[1], kv[0])):
        rows = np.array([i for i, p in enumerate(pairs) if p == (source, target)])
        sub_counts = weekly_counts(members["occurred_at"].iloc[rows], weeks)
        sub_consistency = consistency(vectors[rows])
        sub_weeks = active_weeks(sub_counts)
        sub_level = signal_level(n, sub_weeks, sub_consistency, thresholds)
        by_handoff.append(
            {
                "from": describe_point(source) if source else "unknown",
                "to": describe_point(target) if target else "unknown",
                "complaints": int(n),
                "weeks": int(sub_weeks),
                "consistency": round(sub_consistency, 3),
                "level": sub_level,
                "reason": f"{n} complaints over {sub_weeks} weeks, consistency {sub_consistency:.2f}"
                + (" — strong and consistent" if sub_level == "strong" else " — mixed" if sub_level == "weak" else ""),
            }
        )
    reason = (
        f"{len(members)} complaints over {overall_weeks} active weeks, consistency {overall_consistency:.2f} "
        f"(thresholds: {thresholds.min_complaints} complaints, {thresholds.min_weeks} weeks, "
        f"consistency {thresholds.min_consistency})"
    )
    if len(by_handoff) > 1:
        strong = [f"{h['from']} → {h['to']}" for h in by_handoff if h["level"] == "strong"]
        mixed = [f"{h['from']} → {h['to']}" for h in by_handoff if h["level"] != "strong"]
        if strong:
            reason += f"; strong and consistent at {', '.join(strong)}"
        if mixed:
            reason += f"; mixed at {', '.join(mixed[:3])}"
    return {"level": level, "reason": reason, "consistency": round(overall_consistency, 3), "by_handoff": by_handoff}


def choose_verbatims(members: pd.DataFrame, vectors: np.ndarray, k: int = MAX_VERBATIMS) -> list[int]:
    """Row positions of the verbatims that show the pattern best and cover it:
    closest to the centroid and surest, preferring kinds, households and weeks
    not yet shown and no repeated wording."""
    n = len(members)
    if n == 0:
        return []
    centre = vectors.mean(axis=0)
    centre = centre / (np.linalg.norm(centre) or 1.0)
    typicality = vectors @ centre
    quality = typicality + 0.25 * members["p_handoff"].to_numpy(dtype=float)
    kinds = members["kind"].tolist()
    households = members["household_id"].tolist()
    weeks = [iso_week(t) for t in members["occurred_at"]]
    texts = [str(t).strip().lower() for t in members["evidence"]]
    chosen: list[int] = []
    for _ in range(min(k, n)):
        best, best_score = None, -np.inf
        for i in range(n):
            if i in chosen or texts[i] in {texts[j] for j in chosen}:
                continue
            score = quality[i]
            score += 0.3 * (kinds[i] not in {kinds[j] for j in chosen})
            score += 0.1 * (households[i] is None or households[i] not in {households[j] for j in chosen})
            score += 0.1 * (weeks[i] not in {weeks[j] for j in chosen})
            if chosen:
                score -= 0.3 * float(np.max(vectors[chosen] @ vectors[i]))  # avoid near-duplicates
            if score > best_score:
                best, best_score = i, score
        if best is None:
            break
        chosen.append(best)
    return chosen


def _money(value: Decimal) -> float:
    """The exact sum as a JSON number: a float prints as the shortest decimal that reads back
    as itself, so 63700.25 and 63700.255 come out as written (up to 15 significant digits)."""
    return float(value)


def shown_handoff(handoff_from: str | None, handoff_to: str | None) -> tuple[str | None, str | None]:
    """The handoff as the alert names it. A broker's customer is passed to the insurer: when
    the complaints name no team of it ("the next person had nothing"), the alert says insurer,
    not "broker -> another advisor"."""
    if handoff_from == "broker" and handoff_to in _SOMEONE_AT_THE_INSURER:
        return handoff_from, "insurer"
    return handoff_from, handoff_to


def _fine_mode(values: list[str | None]) -> str | None:
    known = [v for v in values if v]
    if not known:
        return None
    counts = Counter(known)
    best = max(counts.values())
    return sorted(v for v, c in counts.items() if c == best)[0]


def build_alert(
    key: dict,
    members: pd.DataFrame,
    vectors: np.ndarray,
    exposure,
    *,
    as_of: date,
    window_days: int,
    thresholds: Thresholds,
    wording,
    confidence: float | None = None,
    keywords: list[str] | None = None,
) -> dict:
    """The alert's full JSON object (contract section 3 plus extras) and its gate.

    key: pattern_id, journey, handoff_from, handoff_to (coarse).
    exposure: an exposure.compute.Exposure for the members' households.
    wording: object with journey_title, where_stuck_sentence, recommended_fix and
    describe_point functions (clustering.handoff).
    Returns {"alert": payload, "state", "reasons", "active_weeks", "consistency", "premium_exposure"}.
    """
    from clustering.patterns import evidence_handoff

    weeks = window_weeks(as_of, window_days)
    counts = weekly_counts(members["occurred_at"], weeks)
    pattern_consistency = consistency(vectors)
    gate = evaluate(len(members), counts, pattern_consistency, exposure.premium_exposure, thresholds)

    matching = [
        evidence_handoff(e, f, t) == (key["handoff_from"], key["handoff_to"])
        for e, f, t in zip(members["evidence"], members["handoff_from"], members["handoff_to"])
    ]
    handoff_from = _fine_mode([f for f, m in zip(members["handoff_from"], matching) if m]) or key["handoff_from"]
    handoff_to = _fine_mode([t for t, m in zip(members["handoff_to"], matching) if m]) or key["handoff_to"]
    handoff_from, handoff_to = shown_handoff(handoff_from, handoff_to)
    journey_key = key["journey"]

    picks = choose_verbatims(members, vectors)
    verbatims = [
        {
            "interaction_id": members["interaction_id"].iloc[i],
            "kind": members["kind"].iloc[i],
            "text": members["evidence"].iloc[i],
            "occurred_at": pd.Timestamp(members["occurred_at"].iloc[i]).isoformat(),
        }
        for i in picks
    ]
    by_kind = members["kind"].value_counts().sort_index()
    active = active_weeks(counts)
    alert = {
        "alert_id": key["pattern_id"],
        "journey": wording.journey_title(journey_key, handoff_from, handoff_to),
        "journey_key": journey_key,
        "handoff": {"from": wording.describe_point(handoff_from), "to": wording.describe_point(handoff_to)},
        "where_stuck": wording.where_stuck_sentence(journey_key, handoff_from, handoff_to),
        "verbatims": verbatims,
        "complaint_count": int(len(members)),
        "member_ids": sorted(members["member_id"].tolist()),
        "by_kind": {str(k): int(v) for k, v in by_kind.items()},
        "affected_households": exposure.affected_households,
        "household_ids": exposure.household_ids,
        "lines_of_business": exposure.lines_of_business,
        "high_value_households": exposure.high_value_households,
        "premium_exposure": _money(exposure.premium_exposure),
        "renewal_window_households": exposure.renewal_window_households,
        "renewal_window_premium": _money(exposure.renewal_window_premium),
        "unlinked_complaints": exposure.unlinked_members,
        "signal_strength": signal_strength(members, vectors, weeks, thresholds, wording.describe_point),
        "weekly_counts": counts,
        "active_weeks": active,
        "consistency": round(pattern_consistency, 3),
        "confidence": round(confidence if confidence is not None else pattern_consistency, 3),
        "keywords": keywords or [],
        "recommended_fix": wording.recommended_fix(journey_key, handoff_from, handoff_to),
        "first_complaint": pd.Timestamp(members["occurred_at"].min()).date().isoformat(),
        "last_complaint": pd.Timestamp(members["occurred_at"].max()).date().isoformat(),
        "as_of": as_of.isoformat(),
        "window": {"start": window_start(as_of, window_days).isoformat(), "end": as_of.isoformat()},
        "gate": {"state": gate.state, "passed": gate.passed, "failed": gate.reasons},
    }
    return {
        "alert": alert,
        "state": gate.state,
        "reasons": gate.reasons,
        "active_weeks": active,
        "consistency": pattern_consistency,
        "premium_exposure": exposure.premium_exposure,
    }
