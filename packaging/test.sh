#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, builds with warnings as
# errors and runs every test (server, client, UI, keychain, browser) through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"
