#!/usr/bin/env bash
# Start-to-first-paint with cached data, and resident memory after the sync, of the real
# certtrack under X. Run by bench/run.sh inside tests/tools/with-keyring.sh and xvfb-run.
#   bench/startup.sh BUILD_DIR ROUNDS
set -euo pipefail
build=$1 rounds=${2:-20}
work=$(mktemp -d)
server_pid=
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$work"' EXIT

# shellcheck source=bench/server.sh
. "$(dirname "$0")/server.sh"
start_demo_server "$build" "$work"
"$build/bench/bench_remember" "$url" "$work/tls/ca.pem" >/dev/null

paint=() rss=()
for _ in $(seq 1 "$rounds"); do
  t0=$(date +%s%3N)
  coproc APP { CERTTRACK_REPORT_FIRST_PAINT=2000 QT_QPA_PLATFORM=xcb exec "$build/bin/certtrack" 2>/dev/null; }
  app_pid=$APP_PID
  read -r first <&"${APP[0]}"
  t1=${first#first-paint }
  sleep 1.5 # the background revalidation over loopback takes milliseconds
  rss+=("$(awk '/^VmRSS:/ {print $2}' "/proc/$app_pid/status")")
  wait "$app_pid" || true
  paint+=("$((t1 - t0))")
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf 'first_paint_cached\t%s\tms\tmedian of %s, process start to first paint of the main window\n' \
  "$(median "${paint[@]}")" "$rounds"
printf 'client_rss_after_sync\t%s\tMiB\tmedian of %s, certtrack under Xvfb\n' \
  "$(awk -v k="$(median "${rss[@]}")" 'BEGIN {printf "%.1f", k/1024}')" "$rounds"
