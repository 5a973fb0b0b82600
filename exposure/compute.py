"""Household and premium exposure of a set of complaints (contract section 3).

Pure functions over DataFrames; money is summed as Decimal, never as float.

policies: columns policy_id, household_id, line_of_business, annual_premium
(Decimal), renewal_date (datetime.date), status.
households: columns household_id, segment, high_value (bool).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Iterable

import pandas as pd

ACTIVE = "active"
ZERO = Decimal("0.00")


@dataclass
class Exposure:
    household_ids: list[str]
    affected_households: int
    lines_of_business: dict[str, int]
    high_value_households: int
    premium_exposure: Decimal
    renewal_window_households: int
    renewal_window_premium: Decimal
    linked_members: int
    unlinked_members: int
    renewal_household_ids: list[str] = field(default_factory=list)


def _renews_within(renewal: pd.Series, today: date, window_days: int) -> pd.Series:
    end = today + timedelta(days=window_days)
    return renewal.map(lambda d: d is not None and not pd.isna(d) and today <= d <= end).astype(bool)


def affected_household_ids(member_policy_ids: Iterable[str | None], policies: pd.DataFrame) -> tuple[list[str], int, int]:
    """Distinct households of members that name a known policy, and (linked, unlinked) member counts."""
    owner = dict(zip(policies["policy_id"], policies["household_id"]))
    households, linked, unlinked = set(), 0, 0
    for policy_id in member_policy_ids:
        household = owner.get(policy_id) if policy_id else None
        if household is None:
            unlinked += 1
        else:
            linked += 1
            households.add(household)
    return sorted(households), linked, unlinked


def compute_exposure(
    member_policy_ids: Iterable[str | None],
    policies: pd.DataFrame,
    households: pd.DataFrame,
    *,
    today: date,
    renewal_window_days: int,
) -> Exposure:
    """Exposure of the households behind a list of complaints (one policy id or None per complaint)."""
    household_ids, linked, unlinked = affected_household_ids(member_policy_ids, policies)
    chosen = set(household_ids)
    held = policies[policies["household_id"].isin(chosen) & (policies["status"] == ACTIVE)]
    lines = held.groupby("line_of_business")["household_id"].nunique().sort_index()
    renewing = held[_renews_within(held["renewal_date"], today, renewal_window_days)]
    flagged = households[households["household_id"].isin(chosen) & households["high_value"].astype(bool)]
    return Exposure(
        household_ids=household_ids,
        affected_households=len(household_ids),
        lines_of_business={str(k): int(v) for k, v in lines.items()},
        high_value_households=int(flagged["household_id"].nunique()),
        premium_exposure=sum(held["annual_premium"], ZERO),
        renewal_window_households=int(renewing["household_id"].nunique()),
        renewal_window_premium=sum(renewing["annual_premium"], ZERO),
        linked_members=linked,
        unlinked_members=unlinked,
        renewal_household_ids=sorted(renewing["household_id"].unique().tolist()),
    )


EXPORT_COLUMNS = [
    "household_id", "segment", "high_value", "lines_of_business", "active_policies",
    "active_premium", "next_renewal", "in_renewal_window",
]


def exposed_households(
    household_ids: Iterable[str],
    policies: pd.DataFrame,
    households: pd.DataFrame,
    *,
    today: date,
    renewal_window_days: int,
) -> pd.DataFrame:
    """One row per household for retention teams, columns EXPORT_COLUMNS.

    lines_of_business is the active lines joined by ';'; next_renewal is the
    earliest renewal of an active policy on or after today.
    """
    chosen = sorted(set(household_ids))
    held = policies[policies["household_id"].isin(chosen) & (policies["status"] == ACTIVE)]
    info = households.set_index("household_id")
    end = today + timedelta(days=renewal_window_days)
    rows = []
    for household_id in chosen:
        own = held[held["household_id"] == household_id]
        upcoming = sorted(d for d in own["renewal_date"] if d is not None and not pd.isna(d) and d >= today)
        next_renewal = upcoming[0] if upcoming else None
        rows.append(
            {
                "household_id": household_id,
                "segment": info["segment"].get(household_id) if household_id in info.index else None,
                "high_value": bool(info["high_value"].get(household_id, False)) if household_id in info.index else False,
                "lines_of_business": ";".join(sorted(own["line_of_business"].unique())),
                "active_policies": int(len(own)),
                "active_premium": sum(own["annual_premium"], ZERO),
                "next_renewal": next_renewal,
                "in_renewal_window": next_renewal is not None and next_renewal <= end,
            }
        )
    return pd.DataFrame(rows, columns=EXPORT_COLUMNS)

