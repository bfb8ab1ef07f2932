#!/usr/bin/env bash
# Serves dist/ on http://127.0.0.1:8000/ (local only). Builds first if dist/ is missing.
# Usage: scripts/serve.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-8000}
[ -f dist/case-decoder.js ] || scripts/build.sh
echo "Serving dist/ (Ctrl+C to stop):"
echo "  demo article:       http://127.0.0.1:$PORT/index.html"
echo "  self-contained page: http://127.0.0.1:$PORT/case-decoder.html"
echo "  (case-decoder.html also works opened straight from disk: file://$PWD/dist/case-decoder.html)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
