"""Alert inbox (landing page): pending alerts first, one card each, filters on top."""

from __future__ import annotations

import streamlit as st

from app import service
from app.ui import (
    plural,
    STATUS_ORDER, alert_option, handoff_text, money, signal_badge, sort_for_review, status_badge, status_label,
    trend_badge,
)
from continuity.config import ConfigError

# A routed message links to {base_url}/?alert=ID: open that alert's page.
if st.query_params.get("alert"):
    st.switch_page("pages/alert.py", query_params={"alert": st.query_params["alert"]})

st.title("Continuity alerts")
db = service.db_path()
try:
    settings = service.settings()
except ConfigError as exc:
    st.error(f"The config cannot be read: {exc}")
    st.stop()

alerts = sort_for_review(service.list_alerts(db))
for alert in alerts:
    alert["teams"] = service.teams_of(alert, settings)

pending = sum(a["status"] == "pending_review" for a in alerts)
if not alerts:
    st.info("No alerts yet: no handoff pattern has crossed the thresholds. "
            "Run `continuity run --inbox DIR`, or look at the Thresholds page.")
    st.stop()

statuses = sorted({a["status"] for a in alerts}, key=lambda s: STATUS_ORDER.get(s, 9))
journeys = sorted({a.get("journey_key") or "unknown" for a in alerts})
lines = sorted({line for a in alerts for line in (a.get("lines_of_business") or {})})
teams = sorted({team for a in alerts for team in a["teams"]})

filters = st.columns(4)
chosen_statuses = filters[0].multiselect(
    "Status", statuses, default=[s for s in statuses if s in service.OPEN_STATUSES] or statuses,
    format_func=status_label, key="inbox_status",
)
chosen_journeys = filters[1].multiselect("Journey", journeys, key="inbox_journey", placeholder="All journeys")
chosen_lines = filters[2].multiselect("Line of business", lines, key="inbox_line", placeholder="All lines")
chosen_teams = filters[3].multiselect(
    "Team", teams, key="inbox_team", placeholder="All teams" if teams else "No team routing in the config",
    disabled=not teams, help="Teams an alert routes to once approved (config routing and journey_routing)",
)

shown = [
    a for a in alerts
    if (not chosen_statuses or a["status"] in chosen_statuses)
    and (not chosen_journeys or (a.get("journey_key") or "unknown") in chosen_journeys)
    and (not chosen_lines or set(chosen_lines) & set(a.get("lines_of_business") or {}))
    and (not chosen_teams or set(chosen_teams) & set(a["teams"]))
]
hidden = len(alerts) - len(shown)
st.caption(
    f"**{pending} waiting for review** · {len(alerts)} alerts in all · showing {len(shown)}"
    + (f" ({hidden} hidden by the filters)" if hidden else "")
)
if not shown:
    st.info("No alert matches these filters.")

for alert in shown:
    with st.container(border=True, key=f"inbox_card_{alert['alert_id']}"):
        head, action = st.columns([5, 1], vertical_alignment="top")
        head.markdown(
            f"{status_badge(alert['status'])} {trend_badge(alert)} {signal_badge(alert)} &nbsp; "
            f"<span style='color:#868e96'>{alert['alert_id']}</span>",
            unsafe_allow_html=True,
        )
        head.markdown(f"#### {alert.get('journey') or alert.get('journey_key') or alert['alert_id']}")
        head.markdown(f"**Stuck at:** {handoff_text(alert)} — {alert.get('where_stuck') or ''}")
        if action.button("Open alert", key=f"inbox_open_{alert['alert_id']}", help=alert_option(alert),
                         icon=":material/arrow_forward:", icon_position="right",
                         type="primary" if alert["status"] == "pending_review" else "secondary", width="stretch"):
            st.switch_page("pages/alert.py", query_params={"alert": alert["alert_id"]})
        numbers = st.columns(5)
        numbers[0].metric("Households", f"{alert.get('affected_households', 0):,}")
        numbers[1].metric("High-value households", f"{alert.get('high_value_households', 0):,}")
        numbers[2].metric("Premium exposure", money(alert.get("premium_exposure")))
        numbers[3].metric(
            "Renewal window", money(alert.get("renewal_window_premium")),
            help=f"Active policies of the affected households renewing within {settings.renewal_window_days} days",
        )
        numbers[3].caption(f"{plural(alert.get('renewal_window_households', 0), 'household')} renewing")
        numbers[4].metric("Complaints", f"{alert.get('complaint_count', 0):,}",
                          help=", ".join(f"{k} {v}" for k, v in (alert.get("by_kind") or {}).items()) or None)
        if alert["teams"]:
            numbers[4].caption("Routes to " + ", ".join(alert["teams"]))
