#!/usr/bin/env bash
# kill -9 of certtrack in the middle of a sync, ROUNDS times (default 100): the cache on disk must
# always be the old sync or the new one, whole, and must still give a certificate offline.
#   bench/sync-kill.sh [ROUNDS]     (BUILD=build/ci by default; runs inside a private keyring)
# Each round: the server's data changes (5 CE points added, so a new sync differs from the last),
# `certtrack certificate --password-stdin --remember` signs in and syncs, and is killed at a
# random instant within the time a whole run takes; then the cache is read back (SQLite's
# integrity check, the hash of every cached body), a certificate is written offline from it, and
# a sync that is let finish gives the "new" state to compare with. Loopback only; bounded by
# ROUNDS. Prints one line per outcome and the totals.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-build/ci}
rounds=${1:-100}
if [[ -z ${CERTTRACK_IN_KEYRING:-} ]]; then
  CERTTRACK_IN_KEYRING=1 exec tests/tools/with-keyring.sh "$0" "$@"
fi
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
work=$(mktemp -d)
source bench/server.sh
start_demo_server "$build" "$work"
trap 'kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
login=CSCO10000000 password=certtrack-demo

sync_once() { # the command a person would run; its exit code
  printf '%s\n' "$password" | "$build/bin/certtrack" certificate --server "$url" \
    --ca-file "$work/tls/ca.pem" --login "$login" --password-stdin --remember \
    --certification CCNA --output "$work/online.pdf" >/dev/null 2>&1
}
offline_certificate() {
  rm -f "$work/offline.pdf"
  "$build/bin/certtrack" certificate --login "$login" --certification CCNA \
    --output "$work/offline.pdf" >/dev/null 2>&1 && pdftotext "$work/offline.pdf" - | grep -q CCNA
}
# "corrupt", or the hash of every cached path and body (a sync that brings nothing new leaves it).
cache_state() {
  /usr/bin/python3 - "$1" <<'EOF'
import hashlib, sqlite3, sys
try:
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise ValueError("integrity")
    digest = hashlib.sha256()
    for path, body in db.execute("SELECT path, body FROM resource ORDER BY path"):
        digest.update(path.encode() + b"\0" + bytes(body) + b"\0")
    if db.execute("SELECT count(*) FROM sync_state").fetchone()[0] != 1:
        raise ValueError("no complete sync recorded")
    print(digest.hexdigest()[:16])
except Exception as error:
    print("corrupt:" + str(error).replace(" ", "_"))
EOF
}

start=$(date +%s%N)
sync_once
full_ms=$((($(date +%s%N) - start) / 1000000))
cache=$(find "$XDG_DATA_HOME" -name '*.sqlite' -path '*accounts*' | head -1)
[[ -n $cache ]] || { echo "sync-kill: no cache file after the first sync" >&2; exit 1; }
echo "sync-kill: a whole sign-in, sync and certificate takes $full_ms ms; $rounds rounds"

declare -A outcomes=()
killed=0 offline_ok=0
for ((round = 1; round <= rounds; round++)); do
  "$build/bin/certtrackd" admin --database "$work/db.sqlite" ce-credits add "$login" 5 >/dev/null
  old=$(cache_state "$cache")
  printf '%s\n' "$password" | "$build/bin/certtrack" certificate --server "$url" \
    --ca-file "$work/tls/ca.pem" --login "$login" --password-stdin --remember \
    --certification CCNA --output "$work/online.pdf" >/dev/null 2>&1 &
  client=$!
  sleep "$(awk -v max="$full_ms" -v seed="$round" 'BEGIN { srand(seed); printf "%.3f", rand() * max / 1000 }')"
  if kill -9 "$client" 2>/dev/null; then killed=$((killed + 1)); fi
  wait "$client" 2>/dev/null || true
  after=$(cache_state "$cache")
  offline_certificate && offline_ok=$((offline_ok + 1))
  sync_once || { echo "sync-kill: round $round: a sync after the kill failed" >&2; exit 1; }
  new=$(cache_state "$cache")
  if [[ $after == corrupt* ]]; then outcome=corrupt
  elif [[ $after == "$old" ]]; then outcome=old
  elif [[ $after == "$new" ]]; then outcome=new
  else outcome=torn; fi
  outcomes[$outcome]=$((${outcomes[$outcome]:-0} + 1))
done

echo "sync-kill: $rounds rounds, $killed killed before they ended by themselves"
for outcome in old new torn corrupt; do
  printf 'sync-kill: cache afterwards %-8s %4d\n' "$outcome" "${outcomes[$outcome]:-0}"
done
echo "sync-kill: certificate written offline from the cache after the kill: $offline_ok of $rounds"
[[ ${outcomes[torn]:-0} -eq 0 && ${outcomes[corrupt]:-0} -eq 0 && $offline_ok -eq $rounds ]]
