#!/usr/bin/env bash
# Prints performance figures (medians over repeated runs). Budgets are checked where noted and a
# breach makes the script exit non-zero; figures are printed either way.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
[ -f .cache/setup.done ] || bash scripts/setup.sh
fail=0
budget() {  # name value limit unit
  if awk -v v="$2" -v l="$3" 'BEGIN { exit !(v > l) }'; then echo "  OVER BUDGET: $1 = $2 $4 (limit $3 $4)"; fail=1; fi
}

cmake --preset native >/dev/null && cmake --build --preset native -j2 --target decode_bench >/dev/null
cmake --preset wasm-node >/dev/null && cmake --build --preset wasm-node -j2 --target decode_bench >/dev/null
CASES=(../shared/examples/*.json tests/scenarios/us-federal-detained.case.json tests/scenarios/ny-felony-custody.case.json)

echo "== native: content load (bundled, as at start-up), then decode time (parse + build report)"
build/native/tests/decode_bench "${CASES[@]}" --runs 2000 | tee /tmp/cd_bench_native.txt
echo "== wasm under node: content load, then decode time"
node --no-experimental-fetch build/wasm-node/tests/decode_bench.js "${CASES[@]}" --runs 500 | tee /tmp/cd_bench_wasm.txt
native_worst=$(grep -v '^bundled_content_load' /tmp/cd_bench_native.txt | awk '{print $3}' | sort -n | tail -1)
wasm_worst=$(grep -v '^bundled_content_load' /tmp/cd_bench_wasm.txt | awk '{print $3}' | sort -n | tail -1)
budget "native decode median (slowest case)" "$native_worst" 1000 us
budget "wasm decode median (slowest case)" "$wasm_worst" 1000 us

if [ -f dist/case-decoder.js ]; then
  echo "== dist/ sizes"
  for f in dist/*; do
    [ -f "$f" ] || continue
    printf '  %-28s %8d bytes   gzip %8d bytes\n' "$(basename "$f")" "$(wc -c < "$f")" "$(gzip -9 -c "$f" | wc -c)"
  done
  gz=$(gzip -9 -c dist/case-decoder.js | wc -c)
  budget "single-file widget gzip" "$gz" 307200 bytes
  if [ -f tests/browser/bench.js ]; then
    echo "== in the browser (headless Chromium)"
    node tests/browser/bench.js || fail=1
  fi
else
  echo "== dist/ not built (scripts/build.sh): widget sizes and browser figures skipped"
fi
[ "$fail" = 0 ] && echo "bench: all budgets met" || { echo "bench: a budget was exceeded"; exit 1; }
