"""Coverage: what has been ingested per kind and week, where it is thin, and
every row or file that was rejected (the quarantine)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import charts, service
from continuity.config import ConfigError

st.title("Coverage")
st.caption("A channel that went quiet hides its complaints: check here before trusting a fading trend.")

db = service.db_path()
try:
    settings = service.settings()
except ConfigError as exc:
    st.error(f"The config cannot be read: {exc}")
    st.stop()

data = service.coverage(db, settings.thin_coverage_share)
kinds = data["kinds"]
warnings = [k for k in kinds if k["warning"]]
if warnings:
    for kind in warnings:
        st.warning(f"**{kind['kind']}**: {kind['warning']}", icon=":material/warning:")
else:
    st.success("Every kind has steady weekly coverage.")

weekly = data["weekly"]
if len(weekly[weekly["kind"].isin(charts.KIND_ORDER)]):
    st.subheader("Interactions per week", anchor=False)
    st.altair_chart(charts.coverage_chart(weekly, data["journey_changes"]), width="stretch")
    if data["journey_changes"]:
        st.caption("Dashed lines: journey changes.")
else:
    st.info("No interactions ingested yet: run `continuity run --inbox DIR`.")

st.subheader("Per kind", anchor=False)
st.dataframe(
    pd.DataFrame([
        {"kind": k["kind"], "rows": k["rows"], "linked to a policy": k["linked_rows"],
         "linked share": (k["linked_rows"] / k["rows"]) if k["rows"] else None,
         "first": (k["first"] or "")[:10], "last": (k["last"] or "")[:10], "weeks": len(k["weekly"]), "warning": k["warning"] or ""}
        for k in kinds
    ]),
    hide_index=True, width="stretch", key="coverage_kinds",
    column_config={"linked share": st.column_config.ProgressColumn(format="percent", min_value=0, max_value=1)},
)

st.subheader(f"Quarantine ({len(data['quarantine'])})", anchor=False)
quarantine = pd.DataFrame(data["quarantine"], columns=["kind", "file", "row", "reason", "first_seen"])
if not len(quarantine):
    st.success("Nothing rejected: every row and file was read.")
else:
    st.caption("Rows that break the contract and files that could not be read; fix them in the export and drop "
               "them in the inbox again. A row of `None` is a whole file.")
    options = sorted(quarantine["kind"].unique())
    only = st.multiselect("Kind", options, key="coverage_quarantine_kind", placeholder="All kinds")
    if only:
        quarantine = quarantine[quarantine["kind"].isin(only)]
    st.dataframe(
        quarantine.assign(row=quarantine["row"].astype("Int64")), hide_index=True, width="stretch",
        key="coverage_quarantine",
        column_config={"first_seen": st.column_config.DatetimeColumn("First seen", format="YYYY-MM-DD HH:mm")},
    )
