from __future__ import annotations

from datetime import date
from decimal import Decimal

import pandas as pd

from exposure.compute import compute_exposure, exposed_households

TODAY = date(2026, 11, 15)


def reference():
    policies = pd.DataFrame(
        [
            ("P1", "H1", "auto", Decimal("100.10"), date(2026, 12, 1), "active"),
            ("P2", "H1", "home", Decimal("200.20"), date(2027, 6, 1), "active"),
            ("P3", "H2", "auto", Decimal("0.10"), date(2026, 11, 20), "active"),
            ("P4", "H2", "life", Decimal("999.99"), date(2026, 11, 20), "lapsed"),
            ("P5", "H3", "home", Decimal("50.00"), date(2026, 11, 1), "active"),
        ],
        columns=["policy_id", "household_id", "line_of_business", "annual_premium", "renewal_date", "status"],
    )
    households = pd.DataFrame(
        {"household_id": ["H1", "H2", "H3"], "segment": ["a", "b", "c"], "high_value": [True, False, True]}
    )
    return policies, households


def test_exposure_follows_the_contract_definitions():
    policies, households = reference()
    # two complaints from H1, one from H2, one unlinked policy, one with none
    exposure = compute_exposure(["P1", "P2", "P3", "P-404", None], policies, households, today=TODAY, renewal_window_days=90)
    assert exposure.household_ids == ["H1", "H2"]
    assert exposure.affected_households == 2
    assert exposure.lines_of_business == {"auto": 2, "home": 1}  # H2's life policy is lapsed
    assert exposure.high_value_households == 1
    assert exposure.premium_exposure == Decimal("300.40")  # active policies only, no float drift
    assert exposure.renewal_window_households == 2  # P1 and P3 renew within 90 days
    assert exposure.renewal_window_premium == Decimal("100.20")
    assert (exposure.linked_members, exposure.unlinked_members) == (3, 2)


def test_past_renewals_are_not_in_the_window():
    policies, households = reference()
    exposure = compute_exposure(["P5"], policies, households, today=TODAY, renewal_window_days=90)
    assert exposure.renewal_window_households == 0
    assert exposure.premium_exposure == Decimal("50.00")


def test_export_has_one_row_per_household():
    policies, households = reference()
    table = exposed_households(["H2", "H1"], policies, households, today=TODAY, renewal_window_days=30)
    assert table["household_id"].tolist() == ["H1", "H2"]
    first = table.iloc[0]
    assert first["lines_of_business"] == "auto;home"
    assert first["active_premium"] == Decimal("300.30")
    assert first["next_renewal"] == date(2026, 12, 1)
    assert bool(first["in_renewal_window"]) is True
    assert bool(first["high_value"]) is True
