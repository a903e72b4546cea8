#!/usr/bin/env bash
# Builds a Release tree and prints the benchmark table (measurements, never pass/fail).
#   bench/run.sh [rounds]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-20}
build=$root/build/release
cmake --preset release -S "$root" >/dev/null
cmake --build "$build" -j2 --target certtrack certtrackd bench_sync bench_remember bench_certificate \
  bench_credentials bench_empty_window >/dev/null

rows=$("$build/bench/bench_sync" "$rounds"
       "$root/bench/startup.sh" "$build" "$rounds"
       "$root/tests/tools/with-keyring.sh" "$root/bench/certificate.sh" "$build" "$rounds"
       # sub-millisecond operations: their median needs more rounds, its default 200 take seconds
       "$build/bench/bench_credentials")

target() {
  case $1 in
    first_paint_cached) echo "≤ 150 ms, ≤ 1.5× the empty window" ;;
    full_sync) echo "≤ 100 ms" ;;
    revalidation) echo "≤ 20 ms, no bodies" ;;
    client_rss_after_sync) echo "≤ 80 MB" ;;
    certificate_cli_from_cache) echo "≤ 50 ms" ;;
    certificate_cli_peak_rss) echo "≤ 40 MiB" ;;
    certificate_render_in_process) echo "≤ 10 ms" ;;
    certificate_cli_all_1000) echo "≤ 10 s" ;;
    credential_verify_offline) echo "≤ 5 ms" ;;
    credential_verifier_offline) echo "≤ 5 ms" ;;
    *) echo "" ;;
  esac
}
echo "| measurement | target | measured | detail |"
echo "|---|---|---|---|"
while IFS=$'\t' read -r name value unit detail; do
  echo "| $name | $(target "$name") | $value $unit | $detail |"
done <<<"$rows"
