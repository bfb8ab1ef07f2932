#!/usr/bin/env bash
# Builds the widget: dist/case-decoder.js (the element, small), dist/case-decoder.app.js (the module),
# dist/case-decoder.wasm and dist/case-decoder.wasm.js (its WebAssembly, fetched or as a script),
# dist/case-decoder.es.js (the Spanish pack), dist/index.html (the demo article) and
# dist/case-decoder.html (one self-contained page that works opened from disk).
# Runs scripts/setup.sh first on a fresh machine. Intermediate files go to build/wasm.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --if-needed

# Debian's emcc needs Debian's node modules (acorn) even when another node is first on PATH.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
# Two cores on the build machines: keep the build lean.
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2}

cmake --preset wasm
cmake --build --preset wasm

for f in dist/case-decoder.js dist/case-decoder.app.js dist/case-decoder.wasm dist/case-decoder.wasm.js dist/index.html dist/case-decoder.html; do
  [ -s "$f" ] || { echo "build: $f was not produced" >&2; exit 1; }
done
js_bytes=$(wc -c < dist/case-decoder.js)
js_gzip=$(gzip -9 -c dist/case-decoder.js | wc -c)
printf 'build: dist/case-decoder.js %d KB (gzip %d KB), dist/index.html, dist/case-decoder.html\n' \
  $((js_bytes / 1024)) $((js_gzip / 1024))
