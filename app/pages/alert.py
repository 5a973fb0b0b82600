"""Alert detail: what customers say, who is exposed, how it moves, and the
reviewer's decision (approve, hold, dismiss) with name and note."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from alerts.lifecycle import ALLOWED_DECISIONS, TransitionError
from alerts.store import AlertNotFound
from app import charts, service
from app.ui import (
    plural,
    handoff_text, money, signal_badge, signal_text, sort_for_review, status_badge, status_label,
    trend_arrow, trend_badge,
)
from continuity.config import ConfigError
from continuity.db import DatabaseBusy

DECISIONS = {"approve": "Approve", "hold": "Hold", "dismiss": "Dismiss"}
DONE = {"approve": "approved", "hold": "held", "dismiss": "dismissed"}


def plain(text: str) -> str:
    """Customer words shown as written: markdown and LaTeX characters escaped."""
    return re.sub(r"([\\`*_\[\]<>#$~|{}])", r"\\\1", text or "").replace("\n", "  \n")


db = service.db_path()
try:
    settings = service.settings()
except ConfigError as exc:
    st.error(f"The config cannot be read: {exc}")
    st.stop()

alerts = sort_for_review(service.list_alerts(db))
if not alerts:
    st.title("Alert detail")
    st.info("No alerts yet: run `continuity run --inbox DIR` first.")
    st.stop()

ids = [a["alert_id"] for a in alerts]
by_id = {a["alert_id"]: a for a in alerts}
wanted = st.query_params.get("alert")
if wanted and wanted not in by_id:
    st.warning(f"There is no alert {wanted}: it may have been merged into another pattern. Pick one below.")
    wanted = None
# A link or the inbox names the alert in the URL; the picker then follows the reviewer's choice.
if wanted and (wanted != st.session_state.get("detail_url_alert") or st.session_state.get("detail_pick") not in by_id):
    st.session_state["detail_pick"] = wanted
elif st.session_state.get("detail_pick") not in by_id:
    st.session_state["detail_pick"] = ids[0]
if "detail_reviewer" not in st.session_state:  # the name outlives the page's widgets
    st.session_state["detail_reviewer"] = st.session_state.get("detail_reviewer_name", "")

top = st.columns([1, 4], vertical_alignment="bottom")
if top[0].button("← All alerts", key="detail_back"):
    st.query_params.clear()
    st.switch_page("pages/inbox.py")
alert_id = top[1].selectbox(
    # No status in the label: the picker would keep showing the old one right after a decision.
    "Alert", ids, format_func=lambda i: f"{by_id[i].get('journey') or by_id[i].get('journey_key')} · {i}",
    key="detail_pick", label_visibility="collapsed",
)
if st.query_params.get("alert") != alert_id:
    st.query_params["alert"] = alert_id
st.session_state["detail_url_alert"] = alert_id

flash = st.session_state.pop("detail_flash", None)
if flash:
    st.success(flash)

try:
    detail = service.alert_detail(db, alert_id, settings.renewal_window_days)
except AlertNotFound:
    service.clear_reads()
    st.warning(f"Alert {alert_id} is no longer there (a run may have just replaced it). Refresh the page.")
    st.stop()
alert = detail["alert"]
status = alert["status"]
teams = service.teams_of(alert, settings)

st.title(alert.get("journey") or alert.get("journey_key") or alert_id, anchor=False)
st.markdown(
    f"{status_badge(status)} {trend_badge(alert)} {signal_badge(alert)} &nbsp; <span style='color:#868e96'>{alert_id} · journey "
    f"`{alert.get('journey_key') or 'unknown'}` · as of {alert.get('as_of') or '?'}</span>",
    unsafe_allow_html=True,
)
st.markdown(f"### Stuck at: {handoff_text(alert)}")
st.markdown(alert.get("where_stuck") or "")

numbers = st.columns(5)
numbers[0].metric("Complaints", f"{alert.get('complaint_count', 0):,}",
                  help=", ".join(f"{k} {v}" for k, v in (alert.get("by_kind") or {}).items()) or None)
numbers[1].metric("Households", f"{alert.get('affected_households', 0):,}")
numbers[2].metric("High-value households", f"{alert.get('high_value_households', 0):,}")
numbers[3].metric("Premium exposure", money(alert.get("premium_exposure")))
numbers[4].metric("Renewal window", money(alert.get("renewal_window_premium")),
                  help=f"Active policies renewing within {settings.renewal_window_days} days")
numbers[4].caption(f"{plural(alert.get('renewal_window_households', 0), 'household')} renewing")

main_col, side_col = st.columns([3, 2], gap="large")
with main_col:
    st.subheader("Recommended fix", anchor=False)
    st.info(alert.get("recommended_fix") or "No fix suggested.", icon=":material/build:")
    st.subheader("What customers say", anchor=False)
    st.caption("Personal data (e-mails, phone, card, policy and claim numbers) is masked.")
    for verbatim in detail["verbatims"]:
        with st.container(border=True):
            st.markdown(f"“{plain(verbatim['text'])}”")
            st.caption(f"{verbatim['kind']} · {verbatim['interaction_id']} · {verbatim['occurred_at'] or 'date unknown'}")

def decide(decision: str, alert_id: str, note_key: str) -> None:
    """The button's callback: runs before the page does, so the page then shows the new status."""
    reviewer = st.session_state.get("detail_reviewer", "")
    if not reviewer.strip():
        st.session_state["detail_error"] = "Write your name in Reviewer first: every decision is recorded with who took it."
        return
    try:
        result = service.review(db, settings, alert_id, decision, reviewer, st.session_state.get(note_key))
    except (TransitionError, ValueError, AlertNotFound) as exc:
        service.clear_reads()
        st.session_state["detail_error"] = str(exc)
        return
    except DatabaseBusy as exc:
        st.session_state["detail_error"] = f"The database stayed busy (a flow run is writing); nothing was recorded, try again. {exc}"
        return
    message = f"{alert_id} {DONE[decision]} by {result['by']}"
    if result["status"] == "routed":
        message += " and routed to the teams"
    elif result["route"] and result["route"]["failed"]:
        message += "; delivery failed for now and is retried later"
    elif result["route"] and result["route"]["no_destination"]:
        message += "; no team has a URL for it yet"
    st.session_state["detail_flash"] = message + "."
    st.session_state[note_key] = ""


with side_col, st.container(border=True):
    st.markdown(f"**Your decision** · now {status_label(status)}")
    reviewer = st.text_input("Reviewer", key="detail_reviewer", placeholder="Your name")
    st.session_state["detail_reviewer_name"] = reviewer
    note_key = f"detail_note_{alert_id}"
    st.text_area("Note", key=note_key, placeholder="Why? e.g. seen in the claims huddle", height=80)
    allowed = ALLOWED_DECISIONS.get(status, ())
    buttons = st.columns(3)
    for column, (decision, label) in zip(buttons, DECISIONS.items()):
        column.button(label, key=f"detail_{decision}", disabled=decision not in allowed, width="stretch",
                      type="primary" if decision == "approve" else "secondary",
                      on_click=decide, args=(decision, alert_id, note_key))
    error = st.session_state.pop("detail_error", None)
    if error:
        st.error(error)
    if teams:
        st.caption(f"Approving sends it to {', '.join(teams)}.")
    else:
        st.caption("No team routing in the config: an approved alert waits for `routing:`.")
    if not allowed:
        st.caption(f"A {status_label(status).lower()} alert takes no decision.")

with side_col:
    st.subheader("Signal strength", anchor=False)
    signal = alert.get("signal_strength") or {}
    st.markdown(f"**{signal_text(alert)}** — {signal.get('reason') or ''}")
    by_handoff = signal.get("by_handoff") or []
    if by_handoff:
        st.dataframe(
            pd.DataFrame([
                {"handoff": f"{h.get('from')} → {h.get('to')}", "level": h.get("level"),
                 "complaints": h.get("complaints"), "weeks": h.get("weeks"), "consistency": h.get("consistency")}
                for h in by_handoff
            ]),
            hide_index=True, width="stretch", key="detail_signal",
            column_config={"consistency": st.column_config.NumberColumn(format="%.2f")},
        )
    else:
        st.caption("One handoff: no breakdown.")
    by_kind = alert.get("by_kind") or {}
    if by_kind:
        st.markdown("**Complaints by channel:** " + ", ".join(f"{k} {v}" for k, v in by_kind.items()))


st.divider()
trend_col, compare_col = st.columns([3, 2], gap="large")
trend = alert.get("trend") or {}
with trend_col:
    st.subheader("Complaints per week", anchor=False)
    st.altair_chart(charts.trend_chart(alert.get("weekly_counts") or [], alert.get("journey_changes") or [], trend),
                    width="stretch")
with compare_col:
    st.subheader("Before and after", anchor=False)
    if trend:
        before, after = trend.get("before_per_week"), trend.get("after_per_week")
        pair = st.columns(2)
        pair[0].metric("Before, a week", f"{before:.1f}" if before is not None else "–")
        pair[1].metric("After, a week", f"{after:.1f}" if after is not None else "–",
                       delta=f"{after - before:+.1f}" if before is not None and after is not None else None,
                       delta_color="inverse")
        if trend.get("before_rate_per_interaction") is not None and trend.get("after_rate_per_interaction") is not None:
            st.caption(f"Share of the journey's interactions: {trend['before_rate_per_interaction']:.1%} before, "
                       f"{trend['after_rate_per_interaction']:.1%} after")
        st.markdown(f"**{trend_arrow(alert) or 'no trend'}** — {trend.get('reason') or ''}")
        if trend.get("settled_reason"):  # since the change: quiet enough to resolve, or not yet
            st.caption(trend["settled_reason"])
    else:
        st.caption("No trend yet: the next run compares the recent weeks.")
    changes = alert.get("journey_changes") or []
    if changes:
        st.markdown("**Journey changes** (dashed lines)")
        for change in changes:
            st.markdown(f"- `{change['change_id']}` {str(change['changed_at'])[:10]}: {change.get('description') or ''}")

st.divider()
st.subheader("Exposure", anchor=False)
lines_col, households_col = st.columns([1, 2], gap="large")
with lines_col:
    st.markdown("**By line of business**")
    if len(detail["lines"]):
        st.altair_chart(charts.lines_chart(detail["lines"]), width="stretch")
    else:
        st.caption("No active policies among the affected households.")
with households_col:
    households = detail["households"]
    st.markdown(f"**Affected households** ({len(households)})")
    if len(households):
        shown = households.drop(columns=["alert_ids"]).assign(active_premium=lambda f: f["active_premium"].astype(float))
        st.dataframe(
            shown, hide_index=True, width="stretch", height=min(400, 38 + 35 * len(shown)), key="detail_households",
            column_config={
                "household_id": "Household", "segment": "Segment",
                "high_value": st.column_config.CheckboxColumn("High-value"),
                "lines_of_business": "Lines", "active_policies": "Policies",
                "active_premium": st.column_config.NumberColumn("Active premium", format="%.2f"),
                "next_renewal": st.column_config.DateColumn("Next renewal"),
                "in_renewal_window": st.column_config.CheckboxColumn("Renewing soon"),
            },
        )
        st.caption("The Exposure page downloads these for retention teams.")
    else:
        st.caption("No complaint of this pattern names a known policy.")

st.divider()
audit_col, outbox_col = st.columns([3, 2], gap="large")
with audit_col:
    st.subheader("Audit trail", anchor=False)
    events = detail["events"]
    st.dataframe(
        pd.DataFrame([
            {"when": e["at"][:19].replace("T", " "), "who": e["by"],
             "change": f"{status_label(e['from_status']) if e['from_status'] else 'new'} → {status_label(e['to_status'])}",
             "note": e["note"] or ""}
            for e in events
        ], columns=["when", "who", "change", "note"]),
        hide_index=True, width="stretch", key="detail_events",
    )
    if detail["lineage"]:
        st.caption("Pattern history, run by run (`continuity lineage`)")
        st.dataframe(
            pd.DataFrame([
                {"as of": e["as_of"] or "", "event": e["event"], "pattern": e["pattern_id"],
                 "related": ", ".join(e["related_pattern_ids"]), "matched by": e["matched_by"] or "",
                 "shared complaints": e["shared_members"]}
                for e in detail["lineage"]
            ], columns=["as of", "event", "pattern", "related", "matched by", "shared complaints"]),
            hide_index=True, width="stretch", key="detail_lineage",
        )
with outbox_col:
    st.subheader("Messages to teams", anchor=False)
    if detail["outbox"]:
        st.dataframe(
            pd.DataFrame([
                {"team": o["team"], "to": o["url"], "state": o["state"], "attempts": o["attempts"],
                 "delivered": (o["delivered_at"] or "")[:19].replace("T", " ")}
                for o in detail["outbox"]
            ]),
            hide_index=True, width="stretch", key="detail_outbox",
        )
    else:
        st.caption("Nothing sent yet: messages go out when the alert is approved.")
