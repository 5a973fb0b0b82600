"""From clusters of handoff complaints to patterns: one pattern per journey and
handoff point.

HDBSCAN groups complaints that read alike; a CX leader thinks in handoffs. So a
cluster whose members name two distinct handoff points (online form -> advisor
versus advisor -> advisor) is split, and clusters that name the same journey
and handoff are merged. A pattern's id hashes its journey and handoff, so the
same pattern keeps its id run after run.

complaints: one row per handoff complaint with columns member_id, journey,
handoff_from, handoff_to (None where unknown), optionally crm_journey (the journey
key of the CRM's tag, None where untagged or unknown); vectors: (n, d) unit rows of
the complaint evidence; labels: (n,) cluster labels, NOISE = -1.
"""

from __future__ import annotations

import hashlib
from collections import Counter

import numpy as np
import pandas as pd

NOISE = -1
UNKNOWN = "unknown"
PEOPLE = ("advisor", "another advisor")  # the coarse handoff of people passing a case on
BROKER = ("broker", "insurer")

# Canonical handoff points -> the coarse side of a handoff that tells patterns apart.
COARSE_POINT = {
    "self-service form": "self-service",
    "online form": "self-service",
    "portal": "self-service",
    "app": "self-service",
    "website": "self-service",
    "email": "self-service",
    "chatbot": "chat",
    "chat agent": "chat",
    "chat": "chat",
    "phone agent": "advisor",
    "advisor": "advisor",
    "claims handler": "advisor",
    "insurer": "insurer",
    "another advisor": "another advisor",
    "department": "another advisor",
    "underwriting": "another advisor",
    "billing": "another advisor",
    "broker": "broker",
}

COARSE_WORDS = {
    "self-service": "self-service (online form, portal or app)",
    "chat": "chat (bot or chat agent)",
    "advisor": "advisor",
    "another advisor": "another advisor or department",
    "broker": "broker",
    "insurer": "insurer",
    UNKNOWN: "unknown",
}


def coarse_point(point: str | None) -> str:
    if point is None or (isinstance(point, float) and np.isnan(point)) or not point:  # pandas gives NaN for None
        return UNKNOWN
    return COARSE_POINT.get(str(point).strip().lower(), str(point).strip().lower())


def coarse_handoff(handoff_from: str | None, handoff_to: str | None) -> tuple[str, str]:
    """The coarse (from, to) of a handoff, the key that tells patterns apart.

    Where the journey breaks is the side the customer comes from: self-service,
    chat, an advisor, a broker. The receiving side is read from text and CRM
    fields that name it many ways (phone agent, claims handler, advisor...), so
    it only matters where it changes the handoff: advisor to advisor in either
    direction is one handoff, and a broker always hands over to the insurer.
    """
    source, target = coarse_point(handoff_from), coarse_point(handoff_to)
    # The outside party or channel named on either side is where the journey
    # breaks: extraction often reads "the handler ... what I entered online"
    # the wrong way round.
    if "broker" in (source, target):
        return "broker", "insurer"
    if "self-service" in (source, target):
        return "self-service", "advisor"
    if source == UNKNOWN and target == "insurer":
        return BROKER  # "the insurer" or "the carrier" as the receiving side, from someone unnamed: a broker
    if source == UNKNOWN and target == "another advisor":
        source = "advisor"
    if source in ("advisor", "another advisor"):
        return "advisor", "another advisor"
    if source in ("self-service", "chat"):
        return source, "advisor"
    return source, target


def emailed_between_people(points: frozenset[str]) -> bool:
    """Whether the points a complaint names (canonical) make its email the way papers went
    between the people who passed the case on, not a self-service start: it names email,
    another advisor or team, and no form, portal or app ("I emailed the photos to the
    first handler and the next handler asked for them again")."""
    coarse = {coarse_point(p) for p in points}
    others = {p for p in points if p != "email" and coarse_point(p) == "self-service"}
    return "email" in points and "another advisor" in coarse and not others


def evidence_handoff(evidence: str | None, handoff_from: str | None, handoff_to: str | None) -> tuple[str, str]:
    """The coarse handoff of one complaint from its evidence and its extracted sides.

    A broker or a self-service channel decides it whether the words or the CRM
    fields name it, except an email sent between the people who passed the case
    on (emailed_between_people), which makes it theirs. Chat decides it only when
    the customer's words mention it: a side filled in from the channel the
    complaint arrived on ("a chat is a chat agent") is not evidence that the
    handoff involved chat.
    """
    from clustering.handoff import mentioned_points

    points = mentioned_points(evidence or "")
    said = {coarse_point(p) for p in points}
    sides = {coarse_point(handoff_from), coarse_point(handoff_to)}
    if "broker" in said | sides:
        return BROKER
    crm_start = {p for p in (handoff_from, handoff_to) if isinstance(p, str) and p != "email"
                 and coarse_point(p) == "self-service"}  # a web form the CRM names, which the words do not
    if emailed_between_people(points) and "chat" not in said and not crm_start:
        return PEOPLE
    if "self-service" in said | sides:
        return coarse_handoff("self-service", None)
    if "chat" in said:
        return coarse_handoff("chat", None)
    if evidence:
        handoff_from = None if coarse_point(handoff_from) == "chat" else handoff_from
        handoff_to = None if coarse_point(handoff_to) == "chat" else handoff_to
    return coarse_handoff(handoff_from, handoff_to)


def pattern_id(journey: str | None, source: str, target: str) -> str:
    """Stable id of a pattern: the same journey and handoff give the same id in every run."""
    key = f"{journey or UNKNOWN}|{source}|{target}"
    return "CA-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _mode(values, default=None):
    known = [v for v in values if v and v != UNKNOWN]
    if not known:
        return default
    counts = Counter(known)
    best = max(counts.values())
    return sorted(v for v, c in counts.items() if c == best)[0]


def _split_by_handoff(keys: list[tuple[str, str]], vectors: np.ndarray, min_share: float, min_size: int) -> np.ndarray:
    """Sub-group index per member: one sub-group per handoff key holding enough
    members; members with another or unknown key join the nearest sub-group."""
    known = [k for k in keys if UNKNOWN not in k]
    counts = Counter(known)
    major = sorted(k for k, c in counts.items() if c >= max(min_size, min_share * max(len(known), 1)))
    if len(major) <= 1:
        return np.zeros(len(keys), dtype=int)
    centroids = []
    for key in major:
        rows = [i for i, k in enumerate(keys) if k == key]
        centre = vectors[rows].mean(axis=0)
        centroids.append(centre / (np.linalg.norm(centre) or 1.0))
    centroids = np.vstack(centroids)
    group = np.empty(len(keys), dtype=int)
    for i, key in enumerate(keys):
        if key in major:
            group[i] = major.index(key)
            continue
        # A partial key (one side known) picks the sub-group that agrees on that side.
        agree = [j for j, m in enumerate(major) if (key[0] == m[0] or key[0] == UNKNOWN) and (key[1] == m[1] or key[1] == UNKNOWN)]
        candidates = agree or list(range(len(major)))
        sims = centroids[candidates] @ vectors[i]
        group[i] = candidates[int(np.argmax(sims))]
    return group


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / (np.linalg.norm(vector) or 1.0)


def _reads_apart(part: np.ndarray, rest: np.ndarray) -> bool:
    """True when the rows of `part` read more like each other than like `rest`:
    each row's cosine to the centroid of the other part rows (itself left out)
    is, on average, above its cosine to the centroid of `rest`. A random subset
    of one group fails this (a centroid of a few rows is noisier than one of
    many), so only a real sub-group passes."""
    if len(part) < 2 or len(rest) == 0:
        return False
    rest_centre = _unit(rest.mean(axis=0))
    total = part.sum(axis=0)
    own = np.mean([float(part[i] @ _unit(total - part[i])) for i in range(len(part))])
    return own > float((part @ rest_centre).mean())


def _split_by_journey(members: np.ndarray, journeys: list, min_size: int,
                      vectors: np.ndarray) -> list[tuple[str | None, np.ndarray]]:
    """(journey, members) parts of one handoff group: the most common journey keeps
    every member except those of another known journey that has `min_size`
    members or more and reads apart from the rest (_reads_apart), which make a
    part of their own: onboarding complaints at the portal -> advisor break are
    not the claim form's. A few complaints whose journey was read from a passing
    word ("excess" in a policy change) read like the rest and stay.

    A broker's handoff is one break whatever the journey (the same feed from
    broker to insurer fails for claims and policy changes alike): its parts are
    merged again by _one_broker_pattern.
    """
    journey = _mode([journeys[i] for i in members], None)
    counts = Counter(journeys[i] for i in members if isinstance(journeys[i], str) and journeys[i] not in (UNKNOWN, journey))
    parts = []
    for other in sorted(j for j, n in counts.items() if n >= min_size):
        inside = np.array([journeys[i] == other for i in members])
        if _reads_apart(vectors[members[inside]], vectors[members[~inside]]):
            parts.append((other, members[inside]))
    split = {j for j, _ in parts}
    rest = members[[journeys[i] not in split for i in members]]
    return [(journey, rest)] + parts


def _one_broker_pattern(result: pd.Series, journeys: list, defined: dict) -> None:
    """Broker clusters of different journeys become one pattern (in place), named by
    the journey most of its members share: the broker's feed to the insurer is one
    break in any journey, however _split_by_journey or HDBSCAN divided it."""
    brokers = [pid for pid, (_, source, target) in defined.items() if (source, target) == BROKER]
    if len(brokers) < 2:
        return
    inside = result.isin(brokers).to_numpy()
    journey = _mode([j for j, keep in zip(journeys, inside) if keep], None)
    merged = pattern_id(journey, *BROKER)
    for pid in brokers:
        del defined[pid]
    defined[merged] = (journey, *BROKER)
    result[inside] = merged


def form_patterns(
    complaints: pd.DataFrame,
    vectors: np.ndarray,
    labels: np.ndarray,
    *,
    min_share: float = 0.2,
    min_size: int = 5,
    min_named: int = 0,
) -> tuple[pd.Series, pd.DataFrame]:
    """Pattern id per complaint (None for outliers), index aligned with `complaints`,
    and one row per pattern: pattern_id, journey, handoff_from, handoff_to (coarse)."""
    if len(complaints) != len(vectors) or len(labels) != len(vectors):
        raise ValueError(
            f"complaints ({len(complaints)}), vectors ({len(vectors)}) and labels ({len(labels)}) must be the same length"
        )
    evidence = complaints["evidence"] if "evidence" in complaints.columns else [None] * len(complaints)
    keys = [evidence_handoff(e, f, t) for e, f, t in zip(evidence, complaints["handoff_from"], complaints["handoff_to"])]
    journeys = list(complaints["journey"])
    crm = complaints["crm_journey"].tolist() if "crm_journey" in complaints.columns else [None] * len(complaints)
    tagged = [isinstance(tag, str) and tag == journey for tag, journey in zip(crm, journeys)]
    result = pd.Series([None] * len(complaints), index=complaints.index, dtype=object)
    defined: dict[str, tuple] = {}
    for cluster in sorted(set(labels.tolist()) - {NOISE}):
        rows = np.flatnonzero(labels == cluster)
        groups = _split_by_handoff([keys[i] for i in rows], vectors[rows], min_share, min_size)
        for group in sorted(set(groups.tolist())):
            members = rows[groups == group]
            source, target = coarse_handoff(
                _mode([keys[i][0] for i in members], None), _mode([keys[i][1] for i in members], None)
            )
            for journey, part in _split_by_journey(members, journeys, min_size, vectors):
                pid = pattern_id(journey, source, target)
                defined[pid] = (journey, source, target)
                result.iloc[part] = pid
    _one_broker_pattern(result, journeys, defined)
    _settle(result, keys, journeys, labels, defined, vectors)
    _own_journey(result, journeys, tagged, defined)
    _named_but_scattered(result, keys, journeys, defined, max(min_size, min_named))
    held = set(result.dropna())  # settling can move every member out of a small pattern
    keys_frame = pd.DataFrame(
        [(pid, *defined[pid]) for pid in sorted(defined) if pid in held],
        columns=["pattern_id", "journey", "handoff_from", "handoff_to"],
    )
    return result, keys_frame


DEFAULT_QUANTILE = 0.1  # holdout | fresh advisor -> advisor precision 0.81 | 0.86 -> 0.84 | 0.88 (recall 0.87 -> 0.84 | 0.93)


def _settle(result: pd.Series, keys: list[tuple[str, str]], journeys: list, labels: np.ndarray, defined: dict,
            vectors: np.ndarray) -> None:
    """Make every member agree with its pattern's handoff (in place).

    A complaint whose words or CRM fields name its handoff fully (both sides
    known) belongs with that break in the journey, however its text reads:
    - in no cluster: it joins the pattern with exactly its journey and handoff;
    - in a pattern at another handoff: it moves to the pattern with exactly its
      journey and handoff, or, when there is none, leaves the pattern (it reads
      like the others but is about another break).
    - in a pattern at its handoff but another journey: it moves to the pattern
      with exactly its journey and handoff when there is one.
    A complaint whose journey is unknown, or whose handoff is a broker's, looks
    for the one pattern with its handoff in any journey.
    The exception is advisor -> another advisor read from people alone ("the
    person on the phone had none of it") in a journey with no advisor ->
    advisor pattern: in a pattern at a channel, broker or self-service break it
    stays, since the customer may simply not have named the channel again.

    A complaint that names no channel, broker or self-service and no source
    ("every person you pass me to", "the handover between your claims handlers")
    is about people passing it on: it goes to the advisor -> another advisor
    pattern of its journey when there is one (from no cluster, or from a pattern
    at another handoff), and otherwise stays where the clustering put it. This
    is a default, not evidence, so it never takes a complaint out of a pattern.
    """
    by_key: dict[tuple[str, str], list[str]] = {}
    for pid, (_, source, target) in sorted(defined.items()):
        by_key.setdefault((source, target), []).append(pid)

    def home(journey, key) -> str | None:
        if journey in (None, UNKNOWN) or key == BROKER:
            # A broker's handoff is one break in any journey (see _one_broker_pattern).
            found = by_key.get(key, [])
            if len(found) == 1:
                return found[0]
            if journey in (None, UNKNOWN):
                return None
        pid = pattern_id(journey, *key)
        return pid if pid in defined else None

    candidates: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        current = result.iloc[i]
        current_key = defined[current][1:] if labels[i] != NOISE and current in defined else None
        if UNKNOWN not in key:
            own = home(journeys[i], key)
            if key == current_key:
                # Same handoff, another journey (a claim among onboarding complaints):
                # to its own journey's pattern when there is one.
                if own is not None and defined[current][0] != journeys[i]:
                    result.iloc[i] = own
                continue
            if key == PEOPLE and current_key is not None and own is None:
                # Only people named ("the person on the phone", "the next advisor") and no people
                # pattern in its journey: weak evidence against its cluster's channel, broker or
                # self-service break, which the customer may simply not have named again. It stays.
                continue
            if own is not None or current_key is not None:
                result.iloc[i] = own
            continue
        if (key[0] == UNKNOWN and key[1] in PEOPLE + (UNKNOWN,) and current_key != PEOPLE
                and journeys[i] not in (None, UNKNOWN)):
            default = home(journeys[i], PEOPLE)
            if default is not None:
                candidates.setdefault(default, []).append(i)
    # A default is not evidence: a candidate joins only if it reads like the
    # complaints that name the handoff (at least as close to their centroid as
    # all but the farthest DEFAULT_QUANTILE of them are).
    for pid, rows in candidates.items():
        core = [j for j, key in enumerate(keys) if key == PEOPLE and result.iloc[j] == pid]
        if len(core) < 3:
            continue
        centre = vectors[core].mean(axis=0)
        centre = centre / (np.linalg.norm(centre) or 1.0)
        floor = float(np.quantile(vectors[core] @ centre, DEFAULT_QUANTILE))
        for i in rows:
            if float(vectors[i] @ centre) >= floor:
                result.iloc[i] = pid


def _named_but_scattered(result: pd.Series, keys: list[tuple[str, str]], journeys: list, defined: dict,
                         min_size: int) -> None:
    """Complaints that name the same channel, broker or self-service break in the same
    journey (a broker's in any journey) but are in no pattern, because the clustering
    scattered them (a few in the claim-form cluster, a few in the chat cluster, the rest
    in no cluster) and no cluster held enough of them to make that break a pattern of
    its own, become its pattern when there are at least `min_size` of them (in place).
    The break they name is the evidence _settle already trusts to move a complaint; this
    only gives it a pattern to move to. Complaints that name only people (advisor ->
    another advisor, the default reading when no channel is named) never start one."""
    orphans: dict[tuple, list[int]] = {}
    for i, pid in enumerate(result.tolist()):
        key = keys[i]
        if pid is not None or UNKNOWN in key or key == PEOPLE:
            continue
        if key == BROKER:
            orphans.setdefault((None, *key), []).append(i)
        elif journeys[i] not in (None, UNKNOWN):
            orphans.setdefault((journeys[i], *key), []).append(i)
    for (journey, source, target), rows in sorted(orphans.items(), key=lambda item: str(item[0])):
        if len(rows) < min_size:
            continue
        if (source, target) == BROKER:
            if any(key[1:] == BROKER for key in defined.values()):
                continue  # one broker pattern at most (_one_broker_pattern); _settle fills it
            journey = _mode([journeys[i] for i in rows], None)
        pid = pattern_id(journey, source, target)
        if pid in defined:
            continue
        defined[pid] = (journey, source, target)
        result.iloc[rows] = pid


def _own_journey(result: pd.Series, journeys: list, tagged: list[bool], defined: dict) -> None:
    """A complaint whose journey the CRM tagged, in a pattern of another journey, moves
    to the pattern at the same handoff in its own journey, or leaves when there is none
    (in place): a pattern is one journey's break, and a few onboarding complaints at the
    portal -> advisor break, or renewal ones that read like the policy-change chat's, are
    not that pattern's evidence. A journey read from the text alone is a guess (a passing
    "excess" in a policy change), so it moves nothing; nor does anything move in or out of
    a broker pattern, which is one break in any journey (_one_broker_pattern)."""
    for i, pid in enumerate(result.tolist()):
        if pid is None or not tagged[i] or journeys[i] in (None, UNKNOWN):
            continue
        journey, source, target = defined[pid]
        if (source, target) == BROKER or journey in (None, UNKNOWN) or journeys[i] == journey:
            continue
        own = pattern_id(journeys[i], source, target)
        result.iloc[i] = own if own in defined else None


def consistency(vectors: np.ndarray) -> float:
    """How alike the complaints are: mean cosine of each to the group's centroid (0..1)."""
    if len(vectors) == 0:
        return 0.0
    centre = vectors.mean(axis=0)
    norm = np.linalg.norm(centre)
    if norm == 0:
        return 0.0
    return float(np.clip((vectors @ (centre / norm)).mean(), 0.0, 1.0))
