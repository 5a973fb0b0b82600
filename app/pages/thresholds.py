"""Thresholds (operations): the config in force, sliders with a live preview of
which alerts would appear or disappear, and saving a new config with who and why."""

from __future__ import annotations

import difflib
import math

import pandas as pd
import streamlit as st

from app import service
from app.ui import status_label
from continuity.config import ConfigError
from continuity.db import DatabaseBusy

st.title("Thresholds")
st.caption("A pattern becomes an alert only when it passes every threshold. Move a slider to see which alerts "
           "would appear or disappear; nothing changes until you save, and a saved config is used from the next run.")

db = service.db_path()
path = service.config_path()
try:
    settings = service.settings(path)
except ConfigError as exc:
    st.error(f"The config cannot be read: {exc}")
    st.stop()

flash = st.session_state.pop("thresholds_flash", None)
if flash:
    st.success(flash)

current = settings.thresholds
patterns, _ = service.preview_inputs(db)

with st.expander(f"Config in force: {path}" if path.is_file() else f"Built-in defaults ({path} does not exist yet)"):
    text = service.config_text(path)
    st.code(text if text is not None else "# built-in defaults\n", language="yaml")
    if current.per_journey:
        st.markdown("**Per-journey overrides** (kept as they are when you save)")
        st.dataframe(
            pd.DataFrame([{"journey": j, **o.model_dump()} for j, o in current.per_journey.items()]),
            hide_index=True, key="thresholds_overrides",
        )

largest = max([int(p.get("complaint_count") or 0) for p in patterns] + [current.min_complaints, 30])
weeks_in_window = math.ceil(settings.window_days / 7) + 1
top_premium = max([float(p.get("premium_exposure") or 0) for p in patterns] + [current.min_premium_exposure, 1000.0])
premium_step = float(10 ** max(0, int(math.log10(top_premium)) - 2))
premium_max = math.ceil(top_premium * 1.1 / premium_step) * premium_step

sliders = st.columns(4, gap="large")
chosen = {
    "min_complaints": sliders[0].slider(
        "Minimum complaints", 1, max(largest, current.min_complaints), current.min_complaints,
        key="thresholds_min_complaints", help="A smaller pattern never alerts.",
    ),
    "min_weeks": sliders[1].slider(
        "Minimum weeks with complaints", 1, max(weeks_in_window, current.min_weeks), current.min_weeks,
        key="thresholds_min_weeks", help="Distinct weeks inside the window with complaints (at least a fifth of the busiest week's): a one-week spike never alerts.",
    ),
    "min_consistency": sliders[2].slider(
        "Minimum consistency", 0.0, 1.0, float(current.min_consistency), step=0.01,
        key="thresholds_min_consistency", help="0..1: how alike the complaints of a pattern are.",
    ),
    "min_premium_exposure": sliders[3].slider(
        "Minimum premium exposure", 0.0, max(premium_max, float(current.min_premium_exposure)),
        float(current.min_premium_exposure), step=premium_step, key="thresholds_min_premium_exposure",
        help="Active premium of the affected households.",
    ),
}
changed = {k: v for k, v in chosen.items() if v != getattr(current, k)}

if not patterns:
    st.info("No run yet: the preview needs the patterns of a `continuity run`.")
else:
    new_settings = settings.model_copy(update={"thresholds": current.model_copy(update=chosen)})
    result = service.preview(db, new_settings)
    counts = st.columns(4)
    counts[0].metric("Would appear", len(result["appear"]))
    counts[1].metric("Would disappear", len(result["disappear"]))
    counts[2].metric("Stay", len(result["stay"]))
    counts[3].metric("Dismissed (left as decided)", result["dismissed"])
    st.caption(f"{len(patterns)} patterns in the latest run; {result['quiet']} stay below the thresholds either way.")

    def table(entries: list[dict], why: str) -> pd.DataFrame:
        return pd.DataFrame([
            {"alert": e["alert_id"], "journey": e["journey"] or e["journey_key"],
             "now": status_label(e["current_status"]) if e["current_status"] else "not an alert",
             "complaints": e["complaint_count"], "premium exposure": float(e["premium_exposure"] or 0),
             "why": "; ".join(e[why]) if e[why] else ""}
            for e in entries
        ], columns=["alert", "journey", "now", "complaints", "premium exposure", "why"])

    money = {"premium exposure": st.column_config.NumberColumn(format="%.0f")}
    if result["appear"]:
        st.markdown(f"**Would appear ({len(result['appear'])})**")
        st.dataframe(table(result["appear"], "passed"), hide_index=True, width="stretch",
                     key="thresholds_appear", column_config=money)
    if result["disappear"]:
        st.markdown(f"**Would disappear ({len(result['disappear'])})**")
        st.dataframe(table(result["disappear"], "failed"), hide_index=True, width="stretch",
                     key="thresholds_disappear", column_config=money)
    if result["stay"]:
        with st.expander(f"Would stay ({len(result['stay'])})"):
            st.dataframe(table(result["stay"], "passed"), hide_index=True, width="stretch",
                         key="thresholds_stay", column_config=money)

st.divider()
st.subheader("Save these thresholds", anchor=False)
if not changed:
    st.caption("Move a slider to change a threshold.")
else:
    st.markdown("Changing: " + ", ".join(f"`{k}` {getattr(current, k)} → {v}" for k, v in changed.items()))
form = st.columns([1, 2, 1], vertical_alignment="bottom")
by = form[0].text_input("Your name", key="thresholds_by")
why = form[1].text_input("Why", key="thresholds_why", placeholder="e.g. too many small claim patterns last month")
if form[2].button(f"Save to {path.name}", key="thresholds_save", type="primary", disabled=not changed, width="stretch"):
    if not by.strip() or not why.strip():
        st.error("Write your name and why: every config change is recorded with both.")
    else:
        try:
            new_yaml = service.thresholds_yaml(chosen, path)
            change = service.save_config(db, path, new_yaml, by, why)
        except (ConfigError, ValueError, OSError, DatabaseBusy) as exc:
            st.error(f"Not saved: {exc}")
        else:
            st.session_state["thresholds_flash"] = (
                f"Saved {change['config_path']} (change {change['change_id']} by {change['by']}). "
                "The next run uses the new thresholds."
            )
            st.rerun()

history = service.config_changes(db)
if history:
    st.subheader("Config changes", anchor=False)
    st.dataframe(
        pd.DataFrame([
            {"when": h["changed_at"][:19].replace("T", " "), "who": h["by"], "why": h["why"], "file": h["config_path"]}
            for h in history
        ]),
        hide_index=True, width="stretch", key="thresholds_history",
    )
    latest = history[0]
    with st.expander(f"What change {latest['change_id']} changed"):
        diff = difflib.unified_diff(
            (latest["old_yaml"] or "").splitlines(), latest["new_yaml"].splitlines(),
            "before", "after", lineterm="",
        )
        st.code("\n".join(diff) or "(no difference)", language="diff")
