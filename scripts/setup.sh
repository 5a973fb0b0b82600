#!/usr/bin/env bash
# Installs everything into .venv: the CPU build of torch first (an unpinned torch
# pulls several GB of CUDA packages), then the project with the exact versions
# it was tested with (constraints.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -m pip install --quiet "torch==2.13.0" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -m pip install --quiet -c constraints.txt -e ".[dev]" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import continuity, torch, sentence_transformers, prefect, duckdb, streamlit, hdbscan" \
  || { echo "setup: the environment is incomplete (see pip's output above)" >&2; exit 1; }
# The handoff detector's fine-tuned copy of the model (clustering/tuning.py): built once
# per machine and cached, about 4 minutes on 2 CPU cores; a no-op when it is there.
.venv/bin/python -m clustering.tuning >/dev/null
echo "setup: .venv ready ($(.venv/bin/continuity --help >/dev/null && echo 'continuity installed'))"
