#!/usr/bin/env bash
# npm packages the tests use as real peers: the official @google/genai SDK (conformance of the
# simulator) and MCP servers. Pinned by tests/node/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/../tests/node"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund --loglevel=error
    touch node_modules
fi
