#!/usr/bin/env bash
# Prints performance figures (medians over repeated runs), the browser figures beside a peer
# measured in the same run (a SurveyJS page asking the same facts: bench/peer-surveyjs/). Budgets
# are checked where noted and a miss makes the script exit non-zero; figures are printed either
# way. --report-only (what CI runs) prints the same and always exits 0 when the figures were taken.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
bash scripts/setup.sh --if-needed
fail=0
report_only=0
[ "${1:-}" = "--report-only" ] && report_only=1
budget() {  # name value limit unit
  if awk -v v="$2" -v l="$3" 'BEGIN { exit !(v > l) }'; then echo "  OVER BUDGET: $1 = $2 $4 (limit $3 $4)"; fail=1; fi
}

cmake --preset native >/dev/null && cmake --build --preset native -j2 --target decode_bench >/dev/null
cmake --preset wasm-node >/dev/null && cmake --build --preset wasm-node -j2 --target decode_bench >/dev/null
CASES=(../shared/examples/*.json tests/scenarios/us-federal-detained.case.json tests/scenarios/ny-felony-custody.case.json)

echo "== native: content load (the JSON bundle, as the CLI; the content image, as the widget), then decode time (parse + build report)"
build/native/tests/decode_bench "${CASES[@]}" --runs 2000 | tee /tmp/cd_bench_native.txt
echo "== wasm under node: content load, then decode time"
node --no-experimental-fetch build/wasm-node/tests/decode_bench.js "${CASES[@]}" --runs 500 | tee /tmp/cd_bench_wasm.txt
native_worst=$(grep -v -E '^(bundled_content_load|content_image_load)' /tmp/cd_bench_native.txt | awk '{print $3}' | sort -n | tail -1)
wasm_worst=$(grep -v -E '^(bundled_content_load|content_image_load)' /tmp/cd_bench_wasm.txt | awk '{print $3}' | sort -n | tail -1)
budget "native decode median (slowest case)" "$native_worst" 1000 us
budget "wasm decode median (slowest case)" "$wasm_worst" 1000 us

if [ -f dist/case-decoder.js ]; then
  echo "== dist/ sizes"
  for f in dist/*; do
    [ -f "$f" ] || continue
    printf '  %-28s %8d bytes   gzip %8d bytes\n' "$(basename "$f")" "$(wc -c < "$f")" "$(gzip -9 -c "$f" | wc -c)"
  done
  echo "== in the browser (headless Chromium, software WebGL), beside the peer"
  bash bench/peer-surveyjs/build.sh >/dev/null
  node tests/browser/bench.js || { [ $? = 1 ] && fail=1 || exit 2; }
else
  echo "== dist/ not built (scripts/build.sh): widget sizes and browser figures skipped"
fi
if [ "$fail" = 0 ]; then echo "bench: all budgets met"
elif [ "$report_only" = 1 ]; then echo "bench: budgets missed (reported only)"
else echo "bench: a budget was exceeded"; exit 1; fi
