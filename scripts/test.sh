#!/usr/bin/env bash
# Runs every test: sets up if needed, builds the native and wasm builds, runs the unit tests and
# scenario fixtures on both (the wasm build under node), checks the two builds write identical
# reports, lints the content, runs the sanitizer build, and the browser tests of the widget.
#   scripts/test.sh            everything
#   scripts/test.sh --quick    native only (a fast loop while editing)
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1
[ -f .cache/setup.done ] || bash scripts/setup.sh
JOBS=${JOBS:-2}
step() { printf '\n== %s\n' "$*"; }

step "native build and tests"
cmake --preset native >/dev/null
cmake --build --preset native -j "$JOBS"
ctest --preset native -j "$JOBS"

if [ "$QUICK" = 1 ]; then exit 0; fi

step "wasm build of the core, tests under node"
cmake --preset wasm-node >/dev/null
cmake --build --preset wasm-node -j "$JOBS"
ctest --preset wasm-node -j 1

step "native and wasm write identical reports"
diff -r build/native/reports build/wasm-node/reports
echo "identical: $(ls build/native/reports | wc -l) report files"

step "AddressSanitizer and UndefinedBehaviorSanitizer"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$JOBS"
ASAN_OPTIONS=detect_leaks=1 ctest --preset asan -j "$JOBS"

if [ -x tests/browser/run.sh ]; then
  step "browser tests (the widget in headless Chromium)"
  bash tests/browser/run.sh
fi
step "all tests passed"
