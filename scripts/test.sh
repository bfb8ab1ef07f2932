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
bash scripts/setup.sh --if-needed
JOBS=${JOBS:-2}
# Each stage's wall time, printed when the next starts and in a table at the end (also on failure).
STAGE="" STAGE_START=0 TIMES=""
stage_end() {
  [ -n "$STAGE" ] || return 0
  local secs=$(( $(date +%s) - STAGE_START ))
  printf '   (%s: %d s)\n' "$STAGE" "$secs"
  TIMES="${TIMES}$(printf '%6d s  %s' "$secs" "$STAGE")"$'\n'
  STAGE=""
}
summary() {
  stage_end
  [ -n "$TIMES" ] && printf '\nstage times:\n%s%6d s  total\n' "$TIMES" $(( $(date +%s) - SUITE_START ))
}
SUITE_START=$(date +%s)
trap summary EXIT
step() { stage_end; printf '\n== %s\n' "$*"; STAGE="$*"; STAGE_START=$(date +%s); }

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

step "AddressSanitizer and UBSan (clang): unit tests, then fuzzing"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$JOBS"
ASAN_OPTIONS=detect_leaks=1 ctest --preset asan -j "$JOBS"
FUZZ_SECONDS=${FUZZ_SECONDS:-20}
for f in case_file content json_view; do
  mkdir -p build/asan/corpus/$f
  # New inputs go to build/ (ignored); the committed seeds stay as they are.
  rc=0
  build/asan/tests/fuzz/${f}_fuzz -max_total_time="$FUZZ_SECONDS" -max_len=65536 -timeout=5 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix=build/asan/ build/asan/corpus/$f tests/fuzz/corpus/$f >build/asan/fuzz-$f.log 2>&1 || rc=$?
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)" build/asan/fuzz-$f.log | sed "s/^/  ${f}_fuzz: /"
  if [ "$rc" != 0 ]; then tail -40 build/asan/fuzz-$f.log; echo "fuzzer ${f}_fuzz failed (exit $rc): the input is saved under build/asan/"; exit 1; fi
done

if [ "${SKIP_BROWSER:-0}" != 1 ]; then
  step "widget build, then browser tests (headless Chromium)"
  bash scripts/build.sh
  bash tests/browser/run.sh
fi
stage_end
step "all tests passed"
STAGE=""
