#!/usr/bin/env bash
# SQLite against PostgreSQL under the same load, with one certtrackd process and with two, all
# behind the same nginx (packaging/nginx/certtrackd.conf's settings), so a centre knows when to
# move. Loopback only, every run bounded in time.
#   bench/storage.sh [BUILD_DIR] [SECONDS]
# Starts a throw-away PostgreSQL (tests/tools/with-postgres.sh) and prints, for each setup,
# requests/s, p50 and p99 at 100 connections of
#   - GET /api/v1/me/exams with a bearer token (a signed-in read: token look-up and the exams), and
#   - GET /verify/CODE with a new client address each request (a public look-up: the rate
#     limiter counts it, in memory for SQLite, as a row of rate_events for PostgreSQL).
# Needs wrk, nginx-light and PostgreSQL (packaging/install-deps.sh) and a built certtrackd.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
if [[ -z ${CERTTRACK_TEST_POSTGRES:-} ]]; then
  exec "$here/tests/tools/with-postgres.sh" "$0" "$@"
fi
build=$(cd "${1:-build/ci}" && pwd)
seconds=${2:-10}
connections=100
for tool in wrk nginx curl psql; do
  command -v "$tool" >/dev/null || { echo "storage.sh: $tool is missing" >&2; exit 1; }
done

source "$here/bench/server.sh"
work=$(mktemp -d)
pids=()
nginx_pid=
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  [[ -n $nginx_pid ]] && kill "$nginx_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT


# A public look-up from a new client address each time: the X-Forwarded-For nginx passes on
# starts with it (wrk connects from loopback, which the processes trust as nginx's address).
cat >"$work/lookups.lua" <<'EOF'
counter = 0
request = function()
  counter = counter + 1
  -- wrk's LuaJIT is Lua 5.1: no bit operators
  local address = string.format("10.%d.%d.%d", math.floor(counter / 65536) % 256,
                                math.floor(counter / 256) % 256, counter % 256)
  return wrk.format("GET", "/verify/V7L4P3MC",
                    {["X-Forwarded-For"] = address, ["Accept"] = "application/json"})
end
EOF

started=0
start_process() { # DATABASE [SEED]
  started=$((started + 1))
  local out="$work/out$started" line
  mkfifo "$out"
  "$build/bin/certtrackd" --listen 127.0.0.1:0 --database "$1" ${2:+--seed "$2"} \
    --self-signed "$work/tls" --outbox "$work/outbox" --workers 1 \
    --trusted-proxy 127.0.0.1 >"$out" 2>/dev/null &
  pids+=($!)
  exec 3<"$out"
  read -r line <&3
  exec 3<&-
  ports+=("${line##*:}")
}

stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  pids=()
  if [[ -n $nginx_pid ]]; then kill "$nginx_pid" && wait "$nginx_pid" 2>/dev/null || true; fi
  nginx_pid=
}

nginx_port=$((20000 + RANDOM % 20000))
start_nginx() { # one upstream line per port in ${ports[@]}
  mkdir -p "$work/nginx"
  local upstreams=""
  for port in "${ports[@]}"; do
    upstreams+="    server 127.0.0.1:$port max_fails=2 fail_timeout=5s;"$'\n'
  done
  cat >"$work/nginx/nginx.conf" <<EOF
$([[ $(id -u) -eq 0 ]] && echo "user root;")
worker_processes 1;
pid $work/nginx/nginx.pid;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  upstream certtrackd {
$upstreams    keepalive 32;
  }
  server {
    listen 127.0.0.1:$nginx_port ssl;
    ssl_certificate $work/tls/server.pem;
    ssl_certificate_key $work/tls/server-key.pem;
    keepalive_requests 1000000;
    location / {
      proxy_pass https://certtrackd;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_ssl_trusted_certificate $work/tls/ca.pem;
      proxy_ssl_verify on;
      proxy_ssl_name localhost;
      proxy_ssl_session_reuse on;
    }
  }
}
EOF
  nginx -e stderr -c "$work/nginx/nginx.conf" -g 'daemon off;' 2>"$work/nginx/error.log" &
  nginx_pid=$!
  sleep 1
}

run_setup() { # LABEL
  start_nginx
  local base="https://127.0.0.1:$nginx_port" token
  token=$(curl -s --cacert "$work/tls/ca.pem" "$base/api/v1/auth/token" \
    -d grant_type=password -d username=CSCO10000000 -d password=certtrack-demo |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [[ -n $token ]] || { echo "storage.sh: could not sign in ($1)" >&2; exit 1; }
  printf '%-26s me/exams  ' "$1"
  wrk -t2 -c$connections -d"${seconds}"s --timeout 5s --latency \
    -H "Authorization: Bearer $token" "$base/api/v1/me/exams" | summarise
  printf '%-26s verify    ' "$1"
  wrk -t2 -c$connections -d"${seconds}"s --timeout 5s --latency -s "$work/lookups.lua" \
    "$base" | summarise
  stop_all
}

pg="${CERTTRACK_TEST_POSTGRES}bench_storage"
psql -X -q -d "${CERTTRACK_TEST_POSTGRES}postgres" \
  -c "CREATE DATABASE bench_storage ENCODING 'UTF8' TEMPLATE template0"

echo "${seconds} s per run, ${connections} connections, wrk -t2 through one nginx worker;" \
  "each certtrackd --workers 1; $(nproc) cores shared by all"
ports=()
start_process "$work/db.sqlite" demo
run_setup "SQLite, 1 process"
ports=()
start_process "$pg" demo
run_setup "PostgreSQL, 1 process"
ports=()
start_process "$pg"
start_process "$pg"
run_setup "PostgreSQL, 2 processes"
rows=$(psql -X -q -t -A -d "$pg" -c "SELECT count(*) FROM rate_events")
echo "rate_events rows after the PostgreSQL runs: $rows (kept until they leave their window)"
