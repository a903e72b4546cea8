#!/usr/bin/env bash
# Installs what is missing, builds a Release CertTrack and opens the client on a private demo
# server (its own database and a certificate made for this run), signed in as CSCO10000000.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset release
cmake --build --preset release --target certtrack certtrackd
exec build/release/bin/certtrack --demo "$@"
