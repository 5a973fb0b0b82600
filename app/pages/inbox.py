"""Alert inbox: pending alerts first."""

from __future__ import annotations

import streamlit as st

from app.service import db_path, list_alerts

ORDER = {"pending_review": 0, "held": 1, "approved": 2, "routed": 3, "resolved": 4, "dismissed": 5}

st.title("Continuity alerts")
db = db_path()
if not db.exists():
    st.info(f"No database at {db} yet: run `continuity run --inbox DIR` first.")
    st.stop()
alerts = sorted(list_alerts(db), key=lambda a: (ORDER.get(a["status"], 9), -a["premium_exposure"]))
pending = sum(a["status"] == "pending_review" for a in alerts)
st.caption(f"{len(alerts)} alerts, {pending} waiting for review")
if not alerts:
    st.info("No alerts: no handoff pattern has crossed the thresholds.")
for alert in alerts:
    with st.container(border=True):
        st.markdown(f"**{alert['journey']}** · `{alert['status']}` · {alert['alert_id']}")
        st.write(alert["where_stuck"])
        cols = st.columns(5)
        cols[0].metric("Complaints", alert["complaint_count"])
        cols[1].metric("Households", alert["affected_households"])
        cols[2].metric("High-value", alert["high_value_households"])
        cols[3].metric("Premium exposure", f"{alert['premium_exposure']:,.0f}")
        cols[4].metric("Renewing (premium)", f"{alert['renewal_window_premium']:,.0f}")
