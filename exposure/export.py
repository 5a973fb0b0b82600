"""The retention export: exposed households of one or several alerts."""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd

from alerts.store import load_alert
from exposure.compute import EXPORT_COLUMNS, exposed_households
from exposure.store import load_households, load_policies


def export_households(
    conn: duckdb.DuckDBPyConnection, alert_ids: list[str], renewal_window_days: int, *, renewal_only: bool = False
) -> pd.DataFrame:
    """Columns: alert_ids (';'-joined) then EXPORT_COLUMNS; one row per household.

    "Today" for the renewal window is each alert's as-of date (the newest one
    when several alerts are exported).
    """
    alerts = [load_alert(conn, alert_id) for alert_id in alert_ids]
    today = max(date.fromisoformat(a["as_of"]) for a in alerts)
    owners: dict[str, list[str]] = {}
    for alert in alerts:
        for household in alert["household_ids"]:
            owners.setdefault(household, []).append(alert["alert_id"])
    frame = exposed_households(owners, load_policies(conn), load_households(conn), today=today,
                               renewal_window_days=renewal_window_days)
    frame.insert(0, "alert_ids", [";".join(owners[h]) for h in frame["household_id"]])
    if renewal_only:
        frame = frame[frame["in_renewal_window"]].reset_index(drop=True)
    # Exact, in plain digits: 1234.50, or 100.005 where a premium has a part of a cent.
    frame["active_premium"] = frame["active_premium"].map(lambda d: format(d, "f"))
    return frame[["alert_ids", *EXPORT_COLUMNS]]
