"""Hand-made alert payloads and records (the fields of alerts.build.build_alert),
so that lifecycle, routing and preview tests need neither the model nor a flow."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from alerts.build import window_start, window_weeks
from alerts.store import apply_run, save_patterns

AS_OF = date(2026, 11, 15)  # a Sunday: the window's last week is a full one
WINDOW_DAYS = 90  # back to Monday 2026-08-17: 13 full ISO weeks, W34..W46

VERBATIMS = [
    {"interaction_id": "C-1", "kind": "calls",
     "text": "I started the claim online and then had to call, email me at jo.bloggs@example.com"},
    {"interaction_id": "T-7", "kind": "tickets",
     "text": "Nobody picked up my claim CLM-2026-0042 after the portal sent me to an advisor"},
    {"interaction_id": "H-3", "kind": "chats",
     "text": "Ring me on 07700 900123, policy number 12345678, I had to repeat everything"},
    {"interaction_id": "S-2", "kind": "surveys", "text": "The advisor could not see what I typed online"},
]


def weekly(counts: list[int], as_of: date = AS_OF, window_days: int = WINDOW_DAYS) -> list[dict]:
    """weekly_counts over the window, the given counts aligned to its last weeks."""
    weeks = window_weeks(as_of, window_days)
    padded = [0] * (len(weeks) - len(counts)) + list(counts)
    return [{"week": w, "count": c} for w, c in zip(weeks, padded[-len(weeks):])]


def payload(
    alert_id: str = "A1",
    *,
    journey_key: str = "claim",
    counts: list[int] | None = None,
    consistency: float = 0.7,
    premium_exposure: float = 12500.0,
    household_ids: list[str] | None = None,
    as_of: date = AS_OF,
    window_days: int = WINDOW_DAYS,
    verbatims: list[dict] | None = None,
) -> dict:
    counts_by_week = weekly(counts if counts is not None else [3] * 13, as_of, window_days)
    total = sum(c["count"] for c in counts_by_week)
    households = household_ids if household_ids is not None else ["H1", "H2"]
    return {
        "alert_id": alert_id,
        "journey": f"Self-service {journey_key} start → advisor-assisted completion",
        "journey_key": journey_key,
        "handoff": {"from": "self-service portal", "to": "claims advisor"},
        "where_stuck": f"Customers who start a {journey_key} online are passed to an advisor who cannot see it.",
        "verbatims": verbatims if verbatims is not None else VERBATIMS,
        "complaint_count": total,
        "member_ids": [f"calls:C-{i}" for i in range(total)],
        "by_kind": {"calls": total},
        "affected_households": len(households),
        "household_ids": households,
        "lines_of_business": {"auto": len(households)},
        "high_value_households": 1,
        "premium_exposure": premium_exposure,
        "renewal_window_households": 1,
        "renewal_window_premium": 800.5,
        "unlinked_complaints": 0,
        "signal_strength": {"level": "moderate", "reason": "test", "consistency": consistency, "by_handoff": []},
        "weekly_counts": counts_by_week,
        "active_weeks": sum(1 for c in counts_by_week if c["count"]),
        "consistency": consistency,
        "confidence": consistency,
        "keywords": [],
        "recommended_fix": "Show the advisor what the customer entered online.",
        "first_complaint": window_start(as_of, window_days).isoformat(),
        "last_complaint": as_of.isoformat(),
        "as_of": as_of.isoformat(),
        "window": {"start": window_start(as_of, window_days).isoformat(), "end": as_of.isoformat()},
        "gate": {"state": "alert", "passed": [], "failed": []},
    }


def record(body: dict, state: str = "alert", **extra) -> dict:
    """A pattern record as alerts.build.build_alert returns it."""
    return {
        "alert": body, "state": state, "reasons": [] if state == "alert" else ["below a threshold"],
        "active_weeks": body["active_weeks"], "consistency": body["consistency"],
        "premium_exposure": Decimal(str(body["premium_exposure"])), **extra,
    }


def run(conn, records: list[dict], *, run_id: str = "run-1", as_of: date = AS_OF, require_review: bool = True,
        regrowth_factor: float = 1.5) -> dict:
    """What the flow's "save alerts" task does with a run's records."""
    save_patterns(conn, run_id, records)
    return apply_run(conn, run_id, as_of, records, require_review=require_review, regrowth_factor=regrowth_factor)


def status(conn, alert_id: str) -> str:
    return conn.execute("SELECT status FROM alerts WHERE alert_id = ?", [alert_id]).fetchone()[0]


def write_config(path, **sections) -> str:
    """A YAML config file (JSON is YAML) with the given top-level sections."""
    path.write_text(json.dumps(sections), encoding="utf-8")
    return str(path)
