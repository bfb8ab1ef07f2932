#!/usr/bin/env bash
# The one entry point for the widget's browser tests (scripts/test.sh calls this).
# Builds dist/ first when it is missing, then runs node's test runner over tests/browser/.
# Screenshots go to test-artifacts/. Set CD_REBUILD=1 to rebuild even when dist/ exists.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f dist/case-decoder.js ] || [ ! -f dist/case-decoder.es.js ] || [ ! -f dist/case-decoder.app.js ] || [ ! -f dist/case-decoder.wasm.js ] || [ ! -f dist/package.json ] || [ ! -f dist/index.html ] || [ ! -f dist/case-decoder.html ] || [ "${CD_REBUILD:-0}" = 1 ]; then
  scripts/build.sh
fi
[ -d node_modules/playwright-core ] || scripts/setup.sh
mkdir -p test-artifacts
exec node --test --test-concurrency=${CD_TEST_JOBS:-1} tests/browser/
