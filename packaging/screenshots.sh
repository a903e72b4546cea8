#!/usr/bin/env bash
# Makes every PNG of docs/screenshots/, each from the real thing, in one build:
# - certtrack_screenshots (tests/screenshots) under Xvfb: like `certtrack --demo` it starts a
#   private certtrackd with the demo seed, drives the real main window and dialogs after the
#   first sync and saves their pictures; again in German, Japanese, dark and right to left for
#   docs/screenshots/de, ja, dark and rtl;
# - the browser tests of the public transcript page (tests/e2e/transcript.test.mjs) and of a
#   badge's public page (the page test of tests/e2e/badges.test.mjs) in Debian's Chromium
#   through playwright-core, which save transcript-public.png and badge-public.png.
#   packaging/screenshots.sh [build-dir] [output-dir]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/screenshots}"
out="${2:-$root/docs/screenshots}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2 --target certtrack_screenshots certtrackd
# The browser tests' pinned packages, once (again when the lock file names one not installed).
npm ls --prefix "$root/tests/e2e" >/dev/null 2>&1 ||
  npm ci --prefix "$root/tests/e2e" --no-audit --no-fund --loglevel=error

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A throw-away HOME: the demo never touches the person's settings, cache or keychain anyway,
# and the pictures must not depend on them.
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
LANG=C.UTF-8 TZ=UTC QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='*.debug=false;certtrack.*.info=false' \
  timeout 300 xvfb-run -a -s "-screen 0 1920x1080x24" \
  dbus-run-session -- bash -c '
    # A desktop for the reminder picture: a plain background and a notification service.
    command -v xsetroot >/dev/null && xsetroot -solid "#3b4252"
    command -v dunst >/dev/null && { dunst >/dev/null 2>&1 & sleep 1; }
    exec "$0" "$1"' "$build/bin/certtrack_screenshots" "$work/shots"
# The same window in German, Japanese, dark and right to left: of each the Home and
# Certifications tabs at both sizes (where long words and double-byte text would show first),
# and the help viewer.
variant() {
  local name=$1
  shift
  HOME="$work/home-$name" XDG_CONFIG_HOME="$work/home-$name/.config" \
  XDG_DATA_HOME="$work/home-$name/.local/share" \
  LANG=C.UTF-8 TZ=UTC QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='*.debug=false;certtrack.*.info=false' \
    timeout 300 xvfb-run -a -s "-screen 0 1920x1080x24" \
    dbus-run-session -- "$build/bin/certtrack_screenshots" "$@" "$work/shots-$name"
}
variant de --language de
variant ja --language ja
variant dark --appearance dark
variant rtl --reverse

# Each test checks the page as it saves it; their other pictures are not documentation. Of the
# badge tests only the page's runs: the credential checks need nothing of a screenshot.
browser_test() {
  (cd "$work" && HOME="$work/home" TZ=UTC CERTTRACKD="$build/bin/certtrackd" \
    CERTTRACK_ARTIFACT_DIR="$work/browser" \
    timeout 180 node --test "$@" >"$work/browser.log" 2>&1) ||
    { cat "$work/browser.log" >&2; exit 1; }
}
browser_test "$root/tests/e2e/transcript.test.mjs"
browser_test --test-name-pattern='public badge page' "$root/tests/e2e/badges.test.mjs"
cp "$work/browser/transcript-public.png" "$work/browser/badge-public.png" "$work/shots/"

mkdir -p "$out"
cp "$work"/shots/*.png "$out"/
mkdir -p "$out/sizes"
cp "$work"/shots/sizes/*.png "$out/sizes/"
for name in de ja dark rtl; do
  mkdir -p "$out/$name"
  for tab in 01-home 04-certifications; do
    cp "$work/shots-$name/sizes/$tab-1024x640.png" "$work/shots-$name/sizes/$tab-1920x1080.png" \
      "$out/$name/"
  done
  cp "$work/shots-$name/help.png" "$out/$name/"
done
ls -1 "$out"
