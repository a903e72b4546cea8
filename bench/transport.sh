#!/usr/bin/env bash
# certtrackd against nginx serving the same JSON as a static file, over TLS with the same
# certificate, under the same wrk load; loopback only, every run bounded in time.
#   bench/transport.sh [BUILD_DIR] [SECONDS] [SOAK_SECONDS]
# Prints, for 1 and 2 workers each: requests/s, p50 and p99 at 200 connections for
# GET /api/v1/me/exams (bearer token); then a run of 500 connections for SOAK_SECONDS with
# certtrackd's resident memory sampled every second (first and last ten samples averaged).
# Needs wrk and nginx-light (packaging/install-deps.sh) and a built certtrackd.
set -euo pipefail

build=${1:-build/ci}
seconds=${2:-10}
soak=${3:-30}

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "transport.sh: $tool is missing" >&2; exit 1; }
done

source "$(dirname "$0")/server.sh"
work=$(mktemp -d)
server_pid=
nginx_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  [[ -n $nginx_pid ]] && kill "$nginx_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT


load() { # URL CONNECTIONS SECONDS [HEADER]
  local extra=()
  [[ -n ${4:-} ]] && extra=(-H "$4")
  wrk -t2 -c"$2" -d"$3"s --timeout 5s --latency "${extra[@]}" "$1"
}

runs=0
start_certtrackd() { # WORKERS
  runs=$((runs + 1))
  local out="$work/out$runs"
  mkfifo "$out"
  "$build/bin/certtrackd" --listen 127.0.0.1:0 --database "$work/db.sqlite" --seed demo \
    --self-signed "$work/tls" --outbox "$work/outbox" --workers "$1" >"$out" 2>/dev/null &
  server_pid=$!
  exec 3<"$out"
  local line
  read -r line <&3
  url=${line#certtrackd listening on }
}

stop_certtrackd() {
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=
  exec 3<&-
}

start_nginx() { # WORKERS PORT
  mkdir -p "$work/nginx/www/api/v1/me"
  # nginx's workers run as an unprivileged user: they need to read the page and the key.
  chmod -R a+rX "$work"
  cp "$work/exams.json" "$work/nginx/www/api/v1/me/exams"
  cat >"$work/nginx/nginx.conf" <<EOF
worker_processes $1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 2048; }
http {
  access_log off;
  default_type application/json;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$2 ssl;
    ssl_certificate $work/tls/chain.pem;
    ssl_certificate_key $work/tls/server-key.pem;
    ssl_protocols TLSv1.2 TLSv1.3;
    keepalive_requests 1000000;
    root $work/nginx/www;
  }
}
EOF
  nginx -c "$work/nginx/nginx.conf" -g 'daemon off;' &
  nginx_pid=$!
  sleep 1
}

stop_nginx() {
  kill "$nginx_pid"
  wait "$nginx_pid" 2>/dev/null || true
  nginx_pid=
}

# One certtrackd to seed the database, sign in and take the body nginx will serve.
start_certtrackd 1
cat "$work/tls/server.pem" "$work/tls/ca.pem" >"$work/tls/chain.pem"
token=$(curl -s --cacert "$work/tls/ca.pem" "$url/api/v1/auth/token" \
  -d grant_type=password -d username=CSCO10000000 -d password=certtrack-demo |
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[[ -n $token ]] || { echo "transport.sh: could not sign in" >&2; exit 1; }
curl -s --cacert "$work/tls/ca.pem" -H "Authorization: Bearer $token" \
  "$url/api/v1/me/exams" >"$work/exams.json"
stop_certtrackd
echo "body: $(wc -c <"$work/exams.json") bytes of JSON; ${seconds} s per run, 200 connections," \
  "wrk -t2; $(nproc) cores shared with wrk"

port=$((20000 + RANDOM % 20000))
for workers in 1 2; do
  start_certtrackd "$workers"
  printf 'certtrackd %d worker(s)  ' "$workers"
  load "$url/api/v1/me/exams" 200 "$seconds" "Authorization: Bearer $token" | summarise
  stop_certtrackd
  start_nginx "$workers" "$port"
  printf 'nginx      %d worker(s)  ' "$workers"
  load "https://127.0.0.1:$port/api/v1/me/exams" 200 "$seconds" | summarise
  stop_nginx
done

# 500 connections: errors and whether memory stays flat.
workers=$(nproc)
start_certtrackd "$workers"
: >"$work/rss"
(
  for ((i = 0; i < soak; ++i)); do
    awk '/VmRSS/ {print $2}' "/proc/$server_pid/status" >>"$work/rss"
    sleep 1
  done
) &
sampler=$!
printf 'certtrackd %d worker(s), 500 connections, %d s  ' "$workers" "$soak"
load "$url/api/v1/me/exams" 500 "$soak" "Authorization: Bearer $token" | summarise
wait "$sampler"
awk '{v[NR]=$1} END {n=NR<10?NR:10; for(i=1;i<=n;i++){f+=v[i]; l+=v[NR-n+i]}
     printf "resident memory: first %d s %.1f MB, last %d s %.1f MB (%+.1f %%)\n",
       n, f/n/1024, n, l/n/1024, (l-f)*100/f}' "$work/rss"
stop_certtrackd
