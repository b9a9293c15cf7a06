#!/usr/bin/env bash
# Installs what is missing, builds LiveDesk and starts it. Without an API key configured (in the
# app's settings, or GEMINI_API_KEY / GOOGLE_API_KEY) it opens in the offline demo, talking to the
# built-in simulator.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset default
cmake --build --preset default -j "${LIVEDESK_JOBS:-$(nproc)}"
exec ./build/bin/livedesk "$@"
