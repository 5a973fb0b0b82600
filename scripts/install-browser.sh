#!/usr/bin/env bash
# Debian's Chromium and its driver for the browser tests (tests/test_app_browser.py
# drives /usr/bin/chromium through Playwright). Does nothing when it is already there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
echo "installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
