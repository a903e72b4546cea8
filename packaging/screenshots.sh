#!/usr/bin/env bash
# Makes docs/screenshots/: builds certtrack_screenshots (tests/screenshots) and certtrackd, and
# runs it under Xvfb. Like `certtrack --demo` it starts a private certtrackd with the demo seed,
# drives the real main window and dialogs after the first sync, and saves every PNG.
#   packaging/screenshots.sh [build-dir] [output-dir]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/screenshots}"
out="${2:-$root/docs/screenshots}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2 --target certtrack_screenshots certtrackd

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A throw-away HOME: the demo never touches the person's settings, cache or keychain anyway,
# and the pictures must not depend on them.
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
LANG=C.UTF-8 TZ=UTC QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='*.debug=false;certtrack.*.info=false' \
  timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" \
  "$build/bin/certtrack_screenshots" "$work/shots"

mkdir -p "$out"
cp "$work"/shots/*.png "$out"/
ls -1 "$out"
