# Sourced by the bench scripts: one way to start a private certtrackd with the demo data.
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
