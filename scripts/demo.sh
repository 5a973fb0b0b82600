#!/usr/bin/env bash
# One command for a new user: install, generate the demo inbox, run the whole
# flow into the embedded DuckDB file, then serve the review app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m data.generate --out data/demo_inbox
.venv/bin/continuity run --inbox data/demo_inbox --as-of 2026-11-15
.venv/bin/continuity alerts
exec .venv/bin/continuity app --port "${PORT:-8501}"
