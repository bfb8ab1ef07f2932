#!/usr/bin/env bash
# The peer for scripts/bench.sh: a SurveyJS page asking the interview's facts (the same 34 facts,
# the charge, the place, the stage and two dates), assembled into OUT (default .cache/peer-surveyjs)
# from the SurveyJS packages pinned in the repo's package-lock.json (devDependencies survey-core and
# survey-js-ui, installed by scripts/setup.sh). Copied from ../shared/bench/peer-surveyjs/, which
# installed them itself.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
OUT=${1:-$root/.cache/peer-surveyjs}
mkdir -p "$OUT"
for f in survey-core/survey.core.min.js survey-core/survey-core.min.css survey-js-ui/survey-js-ui.min.js; do
  [ -f "$root/node_modules/$f" ] || { echo "peer: node_modules/$f missing (run scripts/setup.sh)" >&2; exit 1; }
  cp "$root/node_modules/$f" "$OUT/"
done
{ printf 'window.SURVEY_DEF='; cat "$here/survey.json"; printf ';\n'; } > "$OUT/survey-def.js"
cp "$here/index.html" "$OUT/index.html"
echo "$OUT/index.html"
