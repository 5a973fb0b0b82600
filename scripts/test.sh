#!/usr/bin/env bash
# One command for the whole test suite: install, then run every test, the
# integration and end-to-end ones included.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -x scripts/install-browser.sh ]; then bash scripts/install-browser.sh; fi
exec .venv/bin/python -m pytest "$@"
