"""Databases for the review app's tests, built without the ML model.

build_review_db: a small real DuckDB file: four alerts (alert_factory payloads
with a trend, journey changes and a per-handoff signal), two patterns under
the thresholds, a few households, policies, interactions and quarantined rows.

build_demo_like_db: the generated demo inbox ingested for real, and one alert
per planted pattern with its real members, exposure, trend and journey
changes: the size of the demo database, for page timings.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

from alert_factory import payload, record, run, weekly

from alerts.store import apply_decision
from continuity.db import connect

HOUSEHOLDS = [
    ("H1", "affluent", True), ("H2", "standard", False), ("H3", "standard", False),
    ("H4", "young", True), ("H5", "standard", False), ("H6", "affluent", True),
]
POLICIES = [
    ("P1", "H1", "auto", "1200.00", date(2026, 12, 1), "active"),
    ("P2", "H1", "home", "800.50", date(2027, 6, 1), "active"),
    ("P3", "H2", "auto", "450.00", date(2026, 11, 30), "active"),
    ("P4", "H2", "life", "999.99", date(2026, 11, 20), "lapsed"),
    ("P5", "H3", "home", "650.00", date(2027, 9, 1), "active"),
    ("P6", "H4", "auto", "700.25", date(2027, 1, 10), "active"),
    ("P7", "H5", "home", "300.00", date(2026, 12, 24), "active"),
    ("P8", "H6", "commercial", "5400.00", date(2027, 3, 3), "active"),
]
JOURNEY_CHANGES = [
    ("JC-1", date(2026, 10, 19), "claim", "Online claim form now passes photos and notes to the advisor desktop"),
]
QUARANTINE = [
    ("calls", "calls/calls_2026_09.csv", 172, "occurred_at 'not-a-date' is not a date"),
    ("policies", "policies/policies.csv", 12, "household_id 'H99' is not a known household"),
    ("calls", "calls/corrupt_export.parquet", None, "not a Parquet file: magic bytes not found"),
]

# id: (journey, counts per week (last weeks), premium, households, lines, trend direction, decision)
ALERTS = {
    "CA-CLAIM": ("claim", [2, 3, 4, 5, 6, 4, 5, 6, 7, 8, 9, 9, 10], 9150.75, ["H1", "H2", "H6"],
                 {"auto": 2, "home": 1, "commercial": 1}, "growing", None),
    "CA-BILL": ("billing", [2] * 13, 4200.0, ["H3", "H4"], {"home": 1, "auto": 1}, "stable", None),
    "CA-POL": ("policy_change", [3] * 13, 2100.0, ["H5"], {"home": 1}, "fading", "hold"),
    "CA-RENEW": ("renewal", [3] * 13, 800.0, ["H4"], {"auto": 1}, "stable", "dismiss"),
}


def _trend(direction: str, changes: list[dict]) -> dict:
    change = changes[0] if changes and direction != "stable" else None
    before, after = {"growing": (3.5, 8.6), "stable": (2.0, 2.0), "fading": (3.0, 1.2)}[direction]
    return {
        "direction": direction, "before_per_week": before, "after_per_week": after,
        "before_rate_per_interaction": 0.021, "after_rate_per_interaction": 0.048 if direction == "growing" else 0.02,
        "change_id": change["change_id"] if change else None,
        "changed_at": change["changed_at"] if change else None, "basis": "change" if change else "recent",
        "weeks_before": ["2026-W38", "2026-W39", "2026-W40", "2026-W41", "2026-W42"],
        "weeks_after": ["2026-W44", "2026-W45", "2026-W46"],
        "reason": f"last weeks: {after} complaints a week vs {before} before: {direction}",
        "settled": False,
        "settled_reason": (f"not yet settled after {change['change_id']} on {change['changed_at']}: 9, 8, 9 complaints "
                           "in the last 3 full weeks (below the thresholds means under 1.15 a week)") if change else None,
    }


def alert_payload(alert_id: str) -> dict:
    journey, counts, premium, households, lines, direction, _ = ALERTS[alert_id]
    body = payload(alert_id, journey_key=journey, counts=counts, premium_exposure=premium, household_ids=households)
    body["lines_of_business"] = lines
    body["high_value_households"] = sum(1 for h, _, hv in HOUSEHOLDS if hv and h in households)
    changes = [
        {"change_id": c, "changed_at": at.isoformat(), "description": d} for c, at, j, d in JOURNEY_CHANGES if j == journey
    ]
    body["journey_changes"] = changes
    body["trend"] = _trend(direction, changes)
    body["by_kind"] = {"calls": body["complaint_count"] - 10, "chats": 6, "tickets": 4}
    body["signal_strength"] = {
        "level": "strong" if direction == "growing" else "moderate",
        "reason": f"{body['complaint_count']} complaints over 13 active weeks, consistency 0.71",
        "consistency": 0.71,
        "by_handoff": [
            {"from": "online claim form", "to": "claims advisor", "complaints": body["complaint_count"] - 8,
             "weeks": 13, "consistency": 0.74, "level": "strong", "reason": "strong and consistent"},
            {"from": "chat", "to": "phone", "complaints": 8, "weeks": 5, "consistency": 0.52, "level": "weak",
             "reason": "mixed"},
        ],
    }
    return body


def build_review_db(path: Path | str) -> str:
    """The small review database; returns its path. CA-POL is held, CA-RENEW dismissed,
    CA-CLAIM and CA-BILL wait for review; NEAR (13 complaints) and QUIET (5) are patterns only."""
    path = str(path)
    now = datetime(2026, 11, 15, 9, 0)
    with connect(path) as conn:
        for household_id, segment, high_value in HOUSEHOLDS:
            conn.execute(
                "INSERT INTO households (household_id, segment, high_value, content_hash, ingested_at) "
                "VALUES (?, ?, ?, 'h', ?)", [household_id, segment, high_value, now],
            )
        for row in POLICIES:
            conn.execute(
                "INSERT INTO policies (policy_id, household_id, line_of_business, annual_premium, renewal_date, "
                "status, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, 'h', ?)", [*row, now],
            )
        # calls every week for 8 weeks (one thin week), chats for 2 weeks only: two coverage warnings
        for week in range(8):
            for n in range(1 if week == 5 else 6):
                conn.execute(
                    "INSERT INTO interactions (kind, interaction_id, occurred_at, text, policy_id, journey, "
                    "content_hash, ingested_at) VALUES ('calls', ?, ?, 'Customer: hello', ?, 'claim', 'h', ?)",
                    [f"C-{week}-{n}", datetime(2026, 9, 21) + timedelta(days=7 * week, hours=n), "P1", now],
                )
        for n in range(4):
            conn.execute(
                "INSERT INTO interactions (kind, interaction_id, occurred_at, text, policy_id, content_hash, "
                "ingested_at) VALUES ('chats', ?, ?, 'Customer: hi', NULL, 'h', ?)",
                [f"H-{n}", datetime(2026, 11, 2) + timedelta(days=3 * n), now],
            )
        conn.execute(
            "INSERT INTO interactions (kind, interaction_id, occurred_at, text, content_hash, ingested_at) "
            "VALUES ('calls', 'C-1', '2026-10-03 10:00', 'Customer: see verbatim', 'h', ?)", [now],
        )
        for change_id, changed_at, journey, description in JOURNEY_CHANGES:
            conn.execute(
                "INSERT INTO journey_changes (change_id, changed_at, journey, description, content_hash, ingested_at) "
                "VALUES (?, ?, ?, ?, 'h', ?)", [change_id, changed_at, journey, description, now],
            )
        for n, (kind, file, row, reason) in enumerate(QUARANTINE):
            conn.execute(
                "INSERT INTO quarantine (entry_key, kind, file, row, reason, raw, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?, NULL, ?, ?)", [f"q{n}", kind, file, row, reason, now, now],
            )
        records = [record(alert_payload(alert_id)) for alert_id in ALERTS]
        records.append(record(payload("NEAR", counts=[1] * 13, premium_exposure=700.0), state="candidate"))
        records.append(record(payload("QUIET", counts=[1] * 5, premium_exposure=50.0), state="candidate"))
        run(conn, records)
        for alert_id, spec in ALERTS.items():
            if spec[-1]:
                apply_decision(conn, alert_id, spec[-1], "Sam", f"{spec[-1]} in the fixture")
    return path


def build_demo_like_db(path: Path | str, inbox: Path) -> str:
    """The generated demo inbox (python -m data.generate) ingested for real, one
    alert per planted pattern (truth.json) with real exposure, trend and journey changes."""
    from alerts.build import weekly_counts, window_weeks
    from alerts.tracking_store import annotate_records
    from continuity.config import Settings
    from exposure.compute import compute_exposure
    from exposure.store import load_households, load_policies
    from ingest.store import ingest_inbox

    import pandas as pd

    truth = json.loads((inbox / "truth.json").read_text(encoding="utf-8"))
    as_of = date.fromisoformat(truth["as_of"])
    settings = Settings()
    path = str(path)
    with connect(path) as conn:
        ingest_inbox(conn, inbox)
        policies, households = load_policies(conn), load_households(conn)
        interactions = conn.execute("SELECT kind, interaction_id, occurred_at, text, policy_id FROM interactions").df()
        interactions["member_id"] = interactions["kind"] + ":" + interactions["interaction_id"]
        records = []
        weeks = window_weeks(as_of, settings.window_days)
        for number, pattern in enumerate(truth["patterns"], start=1):
            members = interactions[interactions["member_id"].isin(pattern["member_ids"])]
            exposure = compute_exposure(members["policy_id"].where(members["policy_id"].notna(), None), policies,
                                        households, today=as_of, renewal_window_days=settings.renewal_window_days)
            body = payload(f"CA-{number:04d}", journey_key=pattern["journey"], as_of=as_of,
                           window_days=settings.window_days, household_ids=exposure.household_ids)
            counts = weekly_counts(pd.to_datetime(members["occurred_at"]), weeks)
            customer = [  # the customer's longest turn (calls, chats) or the whole text
                max((line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Customer:")),
                    key=len, default=text)
                for text in members["text"]
            ]
            body.update(
                handoff=pattern["handoff"], complaint_count=len(members), member_ids=sorted(members["member_id"]),
                by_kind={str(k): int(v) for k, v in members["kind"].value_counts().sort_index().items()},
                affected_households=exposure.affected_households, lines_of_business=exposure.lines_of_business,
                high_value_households=exposure.high_value_households,
                premium_exposure=float(exposure.premium_exposure),
                renewal_window_households=exposure.renewal_window_households,
                renewal_window_premium=float(exposure.renewal_window_premium),
                weekly_counts=counts, active_weeks=sum(1 for c in counts if c["count"]),
                verbatims=[
                    {"interaction_id": i, "kind": k, "text": t, "occurred_at": pd.Timestamp(at).isoformat()}
                    for i, k, t, at in list(zip(members["interaction_id"], members["kind"], customer,
                                                members["occurred_at"]))[:5]
                ],
            )
            body["journey"] = f"{pattern['journey'].replace('_', ' ').capitalize()}: " \
                              f"{pattern['handoff']['from']} → {pattern['handoff']['to']}"
            records.append(record(body))
        annotate_records(conn, records, settings)
        run(conn, records, as_of=as_of)
    return path


def build_demo_sized_db(path: Path | str, *, seed: int = 7) -> str:
    """A database the size of the demo's (400 households, ~700 policies, 3,500
    interactions over 13 weeks, 9 quarantined rows, 6 alerts of 35 to 55
    complaints with trends and journey changes), written directly, for page timings."""
    import random

    rng = random.Random(seed)
    path = str(path)
    now = datetime(2026, 11, 15, 9, 0)
    start = datetime(2026, 8, 17)
    lines = ["auto", "home", "life", "commercial", "travel"]
    with connect(path) as conn:
        households = [(f"H-{n:05d}", rng.choice(["standard", "affluent", "senior", "young_family"]), rng.random() < 0.15)
                      for n in range(400)]
        _insert_frame(conn, "households", ["household_id", "segment", "high_value", "ingested_at"],
                      [[*h, now] for h in households])
        policies = []
        for household_id, _, _ in households:
            for _ in range(rng.choice([1, 1, 2, 2, 3])):
                policies.append([f"P-{len(policies):06d}", household_id, rng.choice(lines),
                                 f"{rng.uniform(200, 6000):.2f}", date(2026, 11, 16) + timedelta(days=rng.randrange(365)),
                                 "active" if rng.random() < 0.93 else "lapsed", now])
        _insert_frame(conn, "policies", ["policy_id", "household_id", "line_of_business", "annual_premium",
                                         "renewal_date", "status", "ingested_at"], policies)
        kinds = {"calls": 1050, "chats": 875, "tickets": 700, "surveys": 525, "reviews": 350}
        interactions = []
        for kind, count in kinds.items():
            for n in range(count):
                policy = rng.choice(policies)[0] if kind != "reviews" and rng.random() < 0.9 else None
                interactions.append([kind, f"{kind[0].upper()}-{10000 + n}", start + timedelta(minutes=rng.randrange(91 * 24 * 60)),
                                     "Customer: I had to explain everything again to the advisor.", policy,
                                     rng.choice(["claim", "billing", "renewal", "policy_change"]), now])
        _insert_frame(conn, "interactions", ["kind", "interaction_id", "occurred_at", "text", "policy_id", "journey",
                                             "ingested_at"], interactions)
        for change_id, changed_at, journey, description in JOURNEY_CHANGES:
            conn.execute(
                "INSERT INTO journey_changes (change_id, changed_at, journey, description, content_hash, ingested_at) "
                "VALUES (?, ?, ?, ?, 'h', ?)", [change_id, changed_at, journey, description, now],
            )
        for n in range(9):
            conn.execute(
                "INSERT INTO quarantine (entry_key, kind, file, row, reason, raw, first_seen, last_seen) "
                "VALUES (?, 'calls', 'calls/calls_2026_09.csv', ?, 'occurred_at is not a date', NULL, ?, ?)",
                [f"q{n}", 100 + n, now, now],
            )
        owner = {p[0]: p[1] for p in policies}
        records = []
        for number, journey in enumerate(["claim", "claim", "policy_change", "claim", "renewal", "billing"], start=1):
            members = rng.sample(interactions, rng.randrange(35, 56))
            body = alert_payload("CA-CLAIM")
            counts = [sum(1 for m in members if (m[2] - start).days // 7 == week) for week in range(13)]
            household_ids = sorted({owner[m[4]] for m in members if m[4]})
            body.update(
                alert_id=f"CA-{number:04d}", journey_key=journey, complaint_count=len(members),
                member_ids=sorted(f"{m[0]}:{m[1]}" for m in members), household_ids=household_ids,
                affected_households=len(household_ids), weekly_counts=weekly(counts),
                premium_exposure=round(sum(float(p[3]) for p in policies if p[1] in set(household_ids)), 2),
                verbatims=[{"interaction_id": m[1], "kind": m[0], "text": m[3][10:]} for m in members[:5]],
            )
            records.append(record(body))
        run(conn, records)
    return path


def _insert_frame(conn, table: str, columns: list[str], rows: list[list]) -> None:
    """Bulk insert (content_hash 'h'): one statement, not one per row."""
    import pandas as pd

    frame = pd.DataFrame(rows, columns=columns)
    conn.register("incoming", frame)
    try:
        conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}, content_hash) SELECT {', '.join(columns)}, 'h' FROM incoming"
        )
    finally:
        conn.unregister("incoming")
