#!/usr/bin/env bash
# with-postgres.sh COMMAND [ARG...]: runs COMMAND beside a throw-away PostgreSQL server and
# returns its exit status. The server lives in a temporary folder (initdb), listens on a free
# loopback port only, trusts loopback connections (a test server: nothing else can reach it) and
# runs without fsync, since nothing in it outlives the command. COMMAND sees
#   CERTTRACK_TEST_POSTGRES=postgresql://certtrack@127.0.0.1:PORT/
# under which each test makes a database of its own (tests/common/TestServer.cpp). The server
# is stopped and its folder removed however COMMAND ends. PostgreSQL refuses to run as root, so
# as root it runs as the postgres user (Debian's postgresql package makes it).
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z $bindir || ! -x $bindir/initdb ]]; then
  echo "with-postgres.sh: PostgreSQL's server is not installed (packaging/install-deps.sh installs it)" >&2
  exit 2
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/certtrack-pg.XXXXXX")
as=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$dir"
  as=(runuser -u postgres --)
fi
cleanup() {
  "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
"${as[@]}" "$bindir/initdb" -D "$dir/data" -U certtrack --auth=trust --encoding=UTF8 \
  --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 2; }
started=
for _ in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 40000))
  if "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
        -c max_connections=200" >/dev/null 2>&1; then
    started=1
    break
  fi
done
if [[ -z $started ]]; then
  echo "with-postgres.sh: the PostgreSQL server did not start:" >&2
  cat "$dir/server.log" >&2 || true
  exit 2
fi
echo "with-postgres.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
export CERTTRACK_TEST_POSTGRES="postgresql://certtrack@127.0.0.1:$port/"
set +e
"$@"
status=$?
set -e
exit $status
