"""Exposure (retention): the households behind the chosen alerts, who renews
soon, and the list to download (CSV or Excel, as `continuity export`)."""

from __future__ import annotations

from datetime import date

import streamlit as st

from app import service
from app.ui import alert_option, money, sort_for_review
from continuity.config import ConfigError

st.title("Exposure")
st.caption("Households whose complaints sit in the chosen alerts, with the premium of their active policies: "
           "the list retention teams call before renewal.")

db = service.db_path()
try:
    settings = service.settings()
except ConfigError as exc:
    st.error(f"The config cannot be read: {exc}")
    st.stop()

alerts = sort_for_review(service.list_alerts(db))
if not alerts:
    st.info("No alerts yet: run `continuity run --inbox DIR` first.")
    st.stop()
by_id = {a["alert_id"]: a for a in alerts}

chosen = st.multiselect(
    "Alerts", list(by_id), default=[a["alert_id"] for a in alerts if a["status"] in service.OPEN_STATUSES],
    format_func=lambda i: alert_option(by_id[i]), key="exposure_alerts",
    placeholder="Choose one or more alerts",
)
window = st.columns([2, 3, 2], vertical_alignment="bottom")
days = window[0].slider("Renewal window (days)", 0, 365, settings.renewal_window_days, step=5, key="exposure_days")
renewal_only = window[1].toggle(f"Only households renewing within {days} days", key="exposure_renewal_only")

frame = service.exposed_households(db, tuple(chosen), days, renewal_only)
if not chosen:
    st.info("Choose at least one alert.")
    st.stop()

premium = frame["active_premium"].astype(float) if len(frame) else frame["active_premium"]
numbers = st.columns(4)
numbers[0].metric("Households", f"{len(frame):,}")
numbers[1].metric("High-value", f"{int(frame['high_value'].sum()) if len(frame) else 0:,}")
numbers[2].metric("Active premium", money(premium.sum() if len(frame) else 0))
numbers[3].metric(f"Renewing within {days} days", f"{int(frame['in_renewal_window'].sum()) if len(frame) else 0:,}")

if not len(frame):
    st.info("No household matches: the complaints of these alerts name no known policy"
            + (", or none renews inside the window." if renewal_only else "."))
else:
    st.dataframe(
        frame.assign(active_premium=premium), hide_index=True, width="stretch", key="exposure_table",
        column_config={
            "alert_ids": "Alerts", "household_id": "Household", "segment": "Segment",
            "high_value": st.column_config.CheckboxColumn("High-value"), "lines_of_business": "Lines",
            "active_policies": "Policies", "active_premium": st.column_config.NumberColumn("Active premium", format="%.2f"),
            "next_renewal": st.column_config.DateColumn("Next renewal"),
            "in_renewal_window": st.column_config.CheckboxColumn("Renewing soon"),
        },
    )

stem = f"exposed-households-{date.today().isoformat()}"
downloads = st.columns([1, 1, 4])
downloads[0].download_button(
    "Download CSV", service.as_csv(frame), file_name=f"{stem}.csv", mime="text/csv", key="exposure_csv",
    disabled=not len(frame), on_click="ignore",
)
downloads[1].download_button(
    "Download Excel", service.as_excel(frame), file_name=f"{stem}.xlsx", key="exposure_xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", disabled=not len(frame),
    on_click="ignore",
)
