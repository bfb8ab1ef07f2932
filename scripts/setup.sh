#!/usr/bin/env bash
# Sets up a fresh Debian bookworm machine for Case Decoder. Idempotent: it checks each part and
# installs only what is missing. Needs root (or sudo) for apt. Everything project-local goes under
# .cache/ (git-ignored) or node_modules/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CACHE=$ROOT/.cache
mkdir -p "$CACHE"
# `setup.sh --if-needed` (what build, test, run and bench call): nothing to do when this very
# setup.sh already ran to the end here. A changed setup.sh (a new package) runs again.
STAMP=$(sha256sum "$ROOT/scripts/setup.sh" | cut -d' ' -f1)
if [ "${1:-}" = "--if-needed" ] && [ "$(cat "$CACHE/setup.done" 2>/dev/null)" = "$STAMP" ]; then exit 0; fi

say()  { printf 'setup: %s\n' "$*"; }
fail() { printf 'setup: FAILED: %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || fail "not root and no sudo: run as root, or install the packages listed in scripts/setup.sh"
  SUDO=sudo
fi

# --- Debian packages -----------------------------------------------------------------------
APT_PACKAGES=(
  g++ clang libclang-rt-14-dev cmake ninja-build make python3 git ca-certificates dpkg-dev
  nlohmann-json3-dev doctest-dev
  emscripten
  chromium fonts-dejavu-core python3-fonttools python3-brotli
)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node and npm: any recent install will do (some images ship their own, which conflicts with Debian's npm).
command -v node >/dev/null || missing+=(nodejs)
command -v npm  >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -q >"$CACHE/apt-update.log" 2>&1 || { tail -5 "$CACHE/apt-update.log" >&2; fail "apt-get update failed (see .cache/apt-update.log)"; }
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >"$CACHE/apt-install.log" 2>&1 \
    || { tail -15 "$CACHE/apt-install.log" >&2; fail "apt-get install failed for: ${missing[*]} (see .cache/apt-install.log)"; }
else
  say "Debian packages present"
fi

# --- Dear ImGui 1.86 sources from Debian's source package, into .cache/imgui ---------------------
# The system's apt configuration is not touched: a private sources list, lists and cache folder.
IMGUI_DIR=$CACHE/imgui
if [ ! -f "$IMGUI_DIR/imgui.cpp" ]; then
  say "fetching Dear ImGui sources (Debian source package 'imgui') into .cache/imgui"
  A=$CACHE/apt-src
  mkdir -p "$A/sources.list.d" "$A/lists/partial" "$A/archives/partial" "$A/dl"
  cat >"$A/sources.list.d/imgui-src.sources" <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  OPTS=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$A/sources.list.d"
        -o "Dir::State::Lists=$A/lists" -o "Dir::Cache=$A" -o "Debug::NoLocking=1")
  apt-get "${OPTS[@]}" update -q >"$A/update.log" 2>&1 || { tail -5 "$A/update.log" >&2; fail "could not read Debian's source index for imgui"; }
  (cd "$A/dl" && apt-get "${OPTS[@]}" source --download-only imgui >"$A/source.log" 2>&1) \
    || { tail -5 "$A/source.log" >&2; fail "could not download the imgui source package"; }
  rm -rf "$A/x" && mkdir -p "$A/x"
  dsc=$(ls "$A"/dl/imgui_*.dsc | head -1)
  (cd "$A/x" && dpkg-source --no-check -x "$dsc" src >"$A/extract.log" 2>&1) || fail "could not unpack $dsc"
  rm -rf "$IMGUI_DIR" && mv "$A/x/src" "$IMGUI_DIR"
  [ -f "$IMGUI_DIR/imgui.cpp" ] || fail "imgui.cpp missing after unpacking the source package"
  say "ImGui $(grep -m1 '#define IMGUI_VERSION ' "$IMGUI_DIR/imgui.h" | awk '{print $3}') ready"
else
  say "ImGui sources present in .cache/imgui"
fi

# --- npm packages (browser tests, the benchmark's peer), into the repo's node_modules from the ----
# committed lockfile: installed again when one of package.json's is missing or the lockfile changed.
if [ -f package-lock.json ]; then
  missing_pkg=0
  for pkg in $(node -e 'console.log(Object.keys(require("./package.json").devDependencies).join(" "))'); do
    [ -f "node_modules/$pkg/package.json" ] || missing_pkg=1
  done
  if [ "$missing_pkg" = 1 ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error >"$CACHE/npm.log" 2>&1 || { tail -10 "$CACHE/npm.log" >&2; fail "npm ci failed (see .cache/npm.log)"; }
  else
    say "npm packages present"
  fi
fi

echo "$STAMP" > "$CACHE/setup.done"
say "done"
