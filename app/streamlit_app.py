"""The review app: `continuity app` serves this file (st.navigation router)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

st.set_page_config(page_title="Continuity", page_icon="🔗", layout="wide")
pages = [st.Page(str(ROOT / "app" / "pages" / "inbox.py"), title="Alert inbox", default=True)]
st.navigation(pages).run()
