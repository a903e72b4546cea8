#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, builds with warnings as
# errors and runs every test (server, client, UI, keychain, browser) through ctest; then builds
# the Debian packages and tests them installed in a fresh Debian 12 root
# (packaging/test-install.sh, which needs root: through sudo when you are not). The server's
# tests and the client's integration tests run a second time on PostgreSQL. Last, the whole
# suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset).
# Arguments go to ctest; with any, the install test and the sanitizer run are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each stage says how long it took, so the README's table of stages can be kept true.
stage() {
  local name=$1 start=$SECONDS
  shift
  "$@"
  printf 'test.sh: stage %-14s %4d s\n' "$name" $((SECONDS - start)) >&2
}
install_test() {
  if [[ $(id -u) -eq 0 ]]; then
    packaging/test-install.sh build/ci
  elif command -v sudo >/dev/null; then
    sudo packaging/test-install.sh build/ci
  else
    echo "test.sh: packaging/test-install.sh needs root (or sudo); the install test did not run" >&2
    return 1
  fi
}
postgres_tests='^(test_server_.*|test_client_integration|test_api_faults|test_client_orders|'
postgres_tests+='test_credential_verifier|openapi_responses)$'
stage dependencies packaging/install-deps.sh
stage browser-deps npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
stage configure cmake --preset ci
stage build cmake --build --preset ci
stage tests ctest --preset ci "$@"
[[ $# -eq 0 ]] || exit 0
# The server's tests and the client's tests against a real server, again on PostgreSQL (a
# throw-away server on loopback), with the responses validated against server/openapi.yaml.
stage postgres-tests tests/tools/with-postgres.sh ctest --preset ci -R "$postgres_tests" \
  -E '^test_server_openapi$'
stage install-test install_test
stage asan-configure cmake --preset asan
stage asan-build cmake --build --preset asan
stage asan-tests ctest --preset asan
