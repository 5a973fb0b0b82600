"""Reading reference data for exposure: premiums come back as exact Decimals."""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pandas as pd


def exact_premium(text: str) -> Decimal:
    """The stored premium ('100.005000000000000000', 18 places) as the figure it was given:
    Decimal('100.005'), and Decimal('1234.50') for whole cents."""
    value = Decimal(text)
    cents = value.quantize(Decimal("0.01"))
    return cents if cents == value else value.normalize()


def load_policies(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Columns policy_id, household_id, line_of_business, annual_premium (Decimal), renewal_date (date), status."""
    rows = conn.execute(
        """
        SELECT policy_id, household_id, line_of_business, CAST(annual_premium AS VARCHAR),
               renewal_date, status
        FROM policies ORDER BY policy_id
        """
    ).fetchall()
    frame = pd.DataFrame(
        rows, columns=["policy_id", "household_id", "line_of_business", "annual_premium", "renewal_date", "status"]
    )
    frame["annual_premium"] = frame["annual_premium"].map(exact_premium).astype(object)
    frame["renewal_date"] = frame["renewal_date"].astype(object)
    return frame


def load_households(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Columns household_id, segment, high_value (bool), region."""
    return conn.execute(
        "SELECT household_id, segment, high_value, region FROM households ORDER BY household_id"
    ).df()
