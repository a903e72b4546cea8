#!/usr/bin/env bash
# Start-to-first-paint of the real certtrack on a remembered account's cached data, next to an
# empty QMainWindow (bench_empty_window) under the same X display, and certtrack's resident
# memory after a sync.
#   bench/startup.sh [BUILD_DIR [ROUNDS]]      (BUILD_DIR defaults to build/release)
# Runs itself inside tests/tools/with-keyring.sh (private D-Bus session, unlocked gnome-keyring,
# throw-away HOME) and xvfb-run unless bench/run.sh already did.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:-$root/build/release}") rounds=${2:-15}
if [[ -z ${CERTTRACK_BENCH_SESSION:-} ]]; then
  export CERTTRACK_BENCH_SESSION=1
  exec "$root/tests/tools/with-keyring.sh" xvfb-run -a -s "-screen 0 1280x800x24" \
    "$0" "$build" "$rounds"
fi
[[ -x $build/bench/bench_empty_window ]] || cmake --build "$build" --target bench_empty_window >/dev/null

work=$(mktemp -d)
server_pid=
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$work"' EXIT

# shellcheck source=bench/server.sh
. "$(dirname "$0")/server.sh"
start_demo_server "$build" "$work"
# Signs in with "Remember me": settings, keychain entry and the cache of the first sync.
"$build/bench/bench_remember" "$url" "$work/tls/ca.pem" >/dev/null

now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); }

# Process start (just before exec) to the "first-paint <epoch ms> <CPU ms>" line of PROGRAM:
# sets painted (wall clock) and cpu (the process's own CPU time until then).
first_paint() {
  local t0 tag at
  t0=$(now_ms)
  coproc APP { CERTTRACK_REPORT_FIRST_PAINT=${quit_after:-1} QT_QPA_PLATFORM=xcb exec "$@" 2>/dev/null; }
  app_pid=$APP_PID
  read -r tag at cpu <&"${APP[0]}"
  [[ $tag == first-paint ]] || { echo "startup.sh: no first paint from $1" >&2; exit 1; }
  painted=$((at - t0))
}

# Resident memory once the background revalidation against the server is over.
rss=()
for _ in $(seq 1 "$(((rounds + 2) / 3))"); do
  quit_after=2000 first_paint "$build/bin/certtrack"
  sleep 1.5 # the revalidation over loopback takes milliseconds
  rss+=("$(awk '/^VmRSS:/ {print $2}' "/proc/$app_pid/status")")
  wait "$app_pid" || true
done

# First paint offline: the server is gone, certtrack starts from its cache alone. The two
# programs alternate so that both see the same machine.
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=
paint=() empty=() paint_cpu=() empty_cpu=()
for _ in $(seq 1 "$rounds"); do
  first_paint "$build/bench/bench_empty_window"
  wait "$app_pid" || true
  empty+=("$painted") empty_cpu+=("$cpu")
  first_paint "$build/bin/certtrack"
  wait "$app_pid" || true
  paint+=("$painted") paint_cpu+=("$cpu")
done

# quantile Q VALUES...: nearest rank
quantile() {
  local q=$1
  shift
  printf '%s\n' "$@" | sort -n | awk -v q="$q" '{a[NR]=$1} END {i=int(q*NR+0.999999); if (i<1) i=1; print a[i]}'
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
m=$(median "${paint[@]}") e=$(median "${empty[@]}")
mc=$(median "${paint_cpu[@]}") ec=$(median "${empty_cpu[@]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
printf 'first_paint_cached\t%s\tms\tmedian of %s (p90 %s ms), process start to first paint of the main window, offline on cached data: %sx the empty window; CPU %s ms (%sx)\n' \
  "$m" "$rounds" "$(quantile 0.9 "${paint[@]}")" "$(ratio "$m" "$e")" "$mc" "$(ratio "$mc" "$ec")"
printf 'first_paint_empty_window\t%s\tms\tmedian of %s (p90 %s ms), bench_empty_window in the same run; CPU %s ms\n' \
  "$e" "$rounds" "$(quantile 0.9 "${empty[@]}")" "$ec"
printf 'client_rss_after_sync\t%s\tMiB\tmedian of %s, certtrack under Xvfb\n' \
  "$(awk -v k="$(median "${rss[@]}")" 'BEGIN {printf "%.1f", k/1024}')" "${#rss[@]}"
