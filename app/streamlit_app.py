"""The review app: `continuity app` serves this file. It is only the router
(st.navigation); each page sits in app/pages/ and reads through app/service.py."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from app import service  # noqa: E402

PAGES = ROOT / "app" / "pages"

st.set_page_config(page_title="Continuity", page_icon=":material/link:", layout="wide")
# Headline numbers a little smaller than Streamlit's default, so six fit on a card.
st.html("<style>[data-testid='stMetricValue'] {font-size: 1.7rem;}</style>")


@st.cache_resource(show_spinner=False)
def _prepared(db: str) -> str:
    """Apply migrations once per app process (a short write connection), so every later read is read-only."""
    service.prepare(Path(db))
    return db


_prepared(str(service.db_path()))

pages = {
    "Review": [
        st.Page(str(PAGES / "inbox.py"), title="Alert inbox", icon=":material/inbox:", default=True),
        st.Page(str(PAGES / "alert.py"), title="Alert detail", icon=":material/troubleshoot:", url_path="alert"),
    ],
    "Operations": [st.Page(str(PAGES / "thresholds.py"), title="Thresholds", icon=":material/tune:", url_path="thresholds")],
    "Retention": [st.Page(str(PAGES / "exposure.py"), title="Exposure", icon=":material/home:", url_path="exposure")],
    "Data": [st.Page(str(PAGES / "coverage.py"), title="Coverage", icon=":material/monitoring:", url_path="coverage")],
}
current = st.navigation(pages)

with st.sidebar:
    st.caption(f"Database: `{service.db_path()}`")
    config = service.config_path()
    st.caption(f"Config: `{config}`" + ("" if config.is_file() else " (not there yet: built-in defaults)"))
    if st.button("Refresh data", key="app_refresh", help=f"Reads are cached for {service.READ_TTL_S} s"):
        service.clear_reads()

current.run()
