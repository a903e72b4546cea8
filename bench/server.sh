# Sourced by the bench scripts: one way to start a private certtrackd with the demo data, and
# wrk's report summarised.
#   start_demo_server BUILD_DIR WORK_DIR  -> sets server_pid and url; the CA is WORK_DIR/tls/ca.pem
start_demo_server() {
  local build=$1 work=$2 line
  mkfifo "$work/out"
  "$build/bin/certtrackd" --listen 127.0.0.1:0 --database "$work/db.sqlite" --seed demo \
    --self-signed "$work/tls" --outbox "$work/outbox" >"$work/out" 2>/dev/null &
  server_pid=$!
  exec 3<"$work/out"
  read -r line <&3
  url=${line#certtrackd listening on }
}

# wrk's report on one line: requests/s, the 50 % and 99 % lines of its latency distribution, and
# any errors it counted.
summarise() {
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
       /Non-2xx|Socket errors/ {err=err " " $0}
       END {printf "%10s req/s  p50 %8s  p99 %8s%s\n", rps, p50, p99, err}'
}
