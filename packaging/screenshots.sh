#!/usr/bin/env bash
# Makes every PNG of docs/screenshots/, each from the real thing, in one build:
# - certtrack_screenshots (tests/screenshots) under Xvfb: like `certtrack --demo` it starts a
#   private certtrackd with the demo seed, drives the real main window and dialogs after the
#   first sync and saves their pictures;
# - the browser test of the public transcript page (tests/e2e/transcript.test.mjs) in Debian's
#   Chromium through playwright-core, which saves transcript-public.png.
#   packaging/screenshots.sh [build-dir] [output-dir]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/screenshots}"
out="${2:-$root/docs/screenshots}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2 --target certtrack_screenshots certtrackd
# The browser tests' pinned playwright-core, once.
[[ -d $root/tests/e2e/node_modules/playwright-core ]] ||
  npm ci --prefix "$root/tests/e2e" --no-audit --no-fund --loglevel=error

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A throw-away HOME: the demo never touches the person's settings, cache or keychain anyway,
# and the pictures must not depend on them.
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
LANG=C.UTF-8 TZ=UTC QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='*.debug=false;certtrack.*.info=false' \
  timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" \
  "$build/bin/certtrack_screenshots" "$work/shots"

# The test checks the page as it saves it; its other pictures are not documentation.
(cd "$work" && HOME="$work/home" TZ=UTC CERTTRACKD="$build/bin/certtrackd" \
  CERTTRACK_ARTIFACT_DIR="$work/browser" \
  timeout 180 node --test "$root/tests/e2e/transcript.test.mjs" >"$work/browser.log" 2>&1) ||
  { cat "$work/browser.log" >&2; exit 1; }
cp "$work/browser/transcript-public.png" "$work/shots/"

mkdir -p "$out"
cp "$work"/shots/*.png "$out"/
ls -1 "$out"
