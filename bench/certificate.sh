#!/usr/bin/env bash
# `certtrack certificate` as a whole process from the cache (time and peak RSS), rendering inside
# a running process, and --all for 1,000 certifications. Run inside tests/tools/with-keyring.sh
# (the caches are made by a --remember sign-in). Prints tab-separated rows for bench/run.sh.
#   bench/certificate.sh BUILD_DIR ROUNDS
set -euo pipefail
build=$1 rounds=${2:-20}
work=$(mktemp -d)
server_pid=
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$work"' EXIT

# shellcheck source=bench/server.sh
. "$(dirname "$0")/server.sh"
start_demo_server "$build" "$work"

for login in CSCO10000000 CSCO10000002; do
  echo certtrack-demo | "$build/bin/certtrack" certificate --login "$login" --server "$url" \
    --ca-file "$work/tls/ca.pem" --password-stdin --remember --all --output-dir "$work/warm" \
    >/dev/null 2>&1
done
kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
# CSCO10000002's cache grows to 1,000 eligible certifications.
"$build/bench/bench_certificate" inflate-cache "$url" CSCO10000002 1000

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

times=() rss=()
for _ in $(seq 1 "$rounds"); do
  t0=$(date +%s%N)
  /usr/bin/time -o "$work/time" -f "%M" "$build/bin/certtrack" certificate --login CSCO10000000 \
    --server "$url" --certification CCNA --output "$work/ccna.pdf" >/dev/null 2>&1
  t1=$(date +%s%N)
  times+=("$(((t1 - t0) / 1000))")
  rss+=("$(tail -1 "$work/time")")
done
printf 'certificate_cli_from_cache\t%s\tms\tmedian of %s, whole process, server stopped\n' \
  "$(awk -v us="$(median "${times[@]}")" 'BEGIN {printf "%.1f", us/1000}')" "$rounds"
printf 'certificate_cli_peak_rss\t%s\tMiB\tmedian of %s, maximum resident set of that process\n' \
  "$(awk -v k="$(median "${rss[@]}")" 'BEGIN {printf "%.1f", k/1024}')" "$rounds"

"$build/bench/bench_certificate" render 100

all=()
for _ in 1 2 3; do
  rm -rf "$work/all"
  t0=$(date +%s%N)
  /usr/bin/time -o "$work/time" -f "%M" "$build/bin/certtrack" certificate --login CSCO10000002 \
    --server "$url" --all --output-dir "$work/all" >/dev/null 2>&1
  t1=$(date +%s%N)
  all+=("$(((t1 - t0) / 1000))")
done
count=$(find "$work/all" -name '*.pdf' | wc -l)
printf 'certificate_cli_all_1000\t%s\ts\tmedian of 3, --all wrote %s PDFs, peak RSS %s MiB\n' \
  "$(awk -v us="$(median "${all[@]}")" 'BEGIN {printf "%.2f", us/1000000}')" "$count" \
  "$(awk -v k="$(tail -1 "$work/time")" 'BEGIN {printf "%.1f", k/1024}')"
