#!/usr/bin/env bash
# Makes docs/screenshots/: builds certtrack and certtrackd, starts the client with --demo under
# Xvfb (a private certtrackd with the demo seed), and after the first sync saves every tab and
# the sign-in dialog as PNG.
#   packaging/screenshots.sh [build-dir] [output-dir]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/screenshots}"
out="${2:-$root/docs/screenshots}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCERTTRACK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target certtrack certtrackd

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A throw-away HOME: the demo never touches the person's settings, cache or keychain anyway,
# and the pictures must not depend on them.
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
LANG=C.UTF-8 TZ=UTC QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='*.debug=false;certtrack.*.info=false' \
  timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" \
  "$build/bin/certtrack" --demo --screenshot-dir "$work/shots"

mkdir -p "$out"
# Only the pictures this script makes (NN-name.png): other scripts keep theirs here too.
rm -f "$out"/[0-9][0-9]-*.png
cp "$work"/shots/*.png "$out"/
ls -1 "$out"
