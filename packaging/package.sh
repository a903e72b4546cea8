#!/usr/bin/env bash
# Builds the Debian packages of both programs with CPack, one per install component:
# certtrack_VERSION_ARCH.deb (the desktop client) and certtrackd_VERSION_ARCH.deb (the server).
#   packaging/package.sh [build-dir] [output-dir]
# build-dir: a build tree to reuse (CI passes its build/ci); by default build/package, a Release
# build of the programs alone. output-dir: where the .deb files go (default build/packages).
# Prints the paths of the packages made.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/package}"
out="${2:-$root/build/packages}"

if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCERTTRACK_BUILD_TESTS=OFF \
    >/dev/null
fi
cmake --build "$build" -j2 >/dev/null
mkdir -p "$out"
rm -f "$out"/certtrack_*.deb "$out"/certtrackd_*.deb
(cd "$build" && cpack -G DEB -B "$out/cpack" >"$out/cpack.log" 2>&1) ||
  { cat "$out/cpack.log" >&2; exit 1; }
mv "$out"/cpack/*.deb "$out"/
rm -rf "$out/cpack"
ls -1 "$out"/certtrack_*.deb "$out"/certtrackd_*.deb
