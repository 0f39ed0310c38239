#!/usr/bin/env bash
# Builds the wasm into pkg/, lays out www/ and serves the demo on http://127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec node scripts/serve.mjs
