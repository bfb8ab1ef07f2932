#!/usr/bin/env bash
# Sets up if needed, builds the widget and serves the demo page on http://127.0.0.1:8000/.
#   scripts/run.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --if-needed
bash scripts/build.sh
exec bash scripts/serve.sh "${1:-8000}"
