#!/usr/bin/env bash
# Disk faults under certtrackd's database and under the client's cache, measured and checked:
#   bench/disk-faults.sh [WRITES]     (BUILD=build/ci by default; root: it mounts; loopback only)
# Scenarios, each on a filesystem of its own made for it and removed afterwards:
#   full      the database on a 6 MiB tmpfs filled by a filler file to 96 KiB short of full
#   read-only the database on a 32 MiB ext4 image (errors=remount-ro) that the kernel turns
#             read-only under the running server (ext4's trigger_fs_error, as after a disk error);
#             tmpfs itself refuses `remount,ro` while certtrackd holds the files open for writing
#   removed   the database file with its -wal and -shm deleted while certtrackd runs
#   cache     the client's cache (XDG_DATA_HOME) on a tmpfs filled before a sync, once as the
#             last sync left it and once closed cleanly (no -wal or -shm file to reuse)
# In each server scenario WRITES transcripts (default 24, spread over the three demo accounts) are
# posted while the fault lasts, then 6 once it is mended; every write must answer 201 or a 503
# problem naming the storage within 15 s, reads and /healthz must keep answering, and every 201
# must be found through the API after the server restarts. Prints one line per check and a
# summary; exits non-zero when an expectation fails.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-build/ci}
writes=${1:-24}
if [[ $(id -u) -ne 0 ]]; then
  echo "disk-faults: needs root to mount a tmpfs and an ext4 image" >&2
  exit 2
fi
if [[ -z ${CERTTRACK_IN_KEYRING:-} ]]; then
  CERTTRACK_IN_KEYRING=1 exec tests/tools/with-keyring.sh "$0" "$@"
fi
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
build=$(realpath "$build")
work=$(mktemp -d /tmp/disk-faults.XXXXXX)
server_pid="" failures=0
declare -a mounts=()
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount "${mounts[$i]}" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
password=certtrack-demo
logins=(CSCO10000000 CSCO10000001 CSCO10000002)
declare -A token=()
declare -a summary=()

check() { # check WHAT CONDITION...: one line per expectation, counted when it fails
  local what=$1
  shift
  if "$@"; then
    echo "  ok    $what"
  else
    echo "  FAIL  $what"
    failures=$((failures + 1))
  fi
}

start_server() { # start_server DB: sets server_pid and url
  local db=$1 line=""
  : >"$work/out"
  "$build/bin/certtrackd" --listen 127.0.0.1:0 --database "$db" --seed demo \
    --self-signed "$work/tls" --outbox "$work/outbox" >"$work/out" 2>>"$work/server.log" &
  server_pid=$!
  for ((i = 0; i < 200; i++)); do
    line=$(head -1 "$work/out")
    [[ -n $line ]] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  [[ -n $line ]] || { echo "disk-faults: certtrackd did not start on $db" >&2; exit 1; }
  url=${line#certtrackd listening on }
}
stop_server() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
alive() { kill -0 "$server_pid" 2>/dev/null; }

api() { # api METHOD PATH [BODY] -> the status on stdout, the body in $work/body
  local args=(-s -m 15 --cacert "$work/tls/ca.pem" -o "$work/body" -w '%{http_code}' -X "$1")
  [[ -n ${bearer:-} ]] && args+=(-H "Authorization: Bearer $bearer")
  [[ $# -ge 3 ]] && args+=(-H 'Content-Type: application/json' --data-binary "$3")
  curl "${args[@]}" "$url$2" || true
}
sign_in() { # a token for each demo account
  local login
  for login in "${logins[@]}"; do
    token[$login]=$(curl -s -m 15 --cacert "$work/tls/ca.pem" -d grant_type=password \
      -d "username=$login" -d "password=$password" "$url/api/v1/auth/token" |
      python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')
  done
}
json() { python3 -c "import json, sys; d = json.load(open('$work/body')); print($1)" 2>/dev/null; }

# write TAG: one transcript; counts attempted/acknowledged/refused/unclear and keeps the 201s
write() {
  local tag=$1 login=${logins[$((attempted % 3))]} status
  attempted=$((attempted + 1))
  bearer=${token[$login]} status=$(api POST /api/v1/me/transcripts \
    "{\"displayName\":\"Disk\",\"description\":\"$tag\",\"expires\":\"2030-01-31\",\"disclosure\":\"activeCertifications\"}")
  case $status in
  201)
    acknowledged=$((acknowledged + 1))
    echo "$login $(json 'd["id"]') $tag" >>"$work/acknowledged"
    ;;
  503)
    if [[ $(json 'd["type"]') == urn:certtrack:problem:storage:* ]]; then
      refused=$((refused + 1))
      last_refusal="$status $(json 'd["type"]'): $(json 'd["detail"]')"
    else
      unclear=$((unclear + 1))
      last_unclear="$status $(head -c 200 "$work/body")"
    fi
    ;;
  *)
    unclear=$((unclear + 1))
    last_unclear="$status $(head -c 200 "$work/body" 2>/dev/null)"
    ;;
  esac
}
reset_counts() { attempted=0 acknowledged=0 refused=0 unclear=0 last_refusal="" last_unclear=""; }
healthz() { bearer="" api GET /healthz >/dev/null; json 'd.get("storage", "?")'; }
reads_work() {
  bearer=${token[${logins[0]}]}
  [[ $(api GET /api/v1/me/transcripts) == 200 ]]
}

# Every acknowledged write, looked up through the API of the restarted server.
found_after_restart() {
  local login id tag found=0 total=0
  while read -r login id tag; do
    total=$((total + 1))
    bearer=${token[$login]}
    if [[ $(api GET "/api/v1/me/transcripts/$id") == 200 &&
      $(json 'd["description"]') == "$tag" ]]; then found=$((found + 1)); fi
  done <"$work/acknowledged"
  echo "$found/$total"
}

# The same steps for each server scenario once the fault is in place.
faulted_writes() { # faulted_writes SCENARIO EXPECTED_HEALTH
  local scenario=$1 expected=$2 health
  for ((n = 1; n <= writes; n++)); do write "$scenario-faulted-$n"; done
  health=$(healthz)
  echo "  writes during the fault: $attempted attempted, $acknowledged acknowledged (201)," \
    "$refused refused (503), $unclear unclear"
  [[ -n $last_refusal ]] && echo "  the API answered: $last_refusal"
  [[ -n $last_unclear ]] && echo "  unclear answer: $last_unclear"
  echo "  /healthz during the fault: storage $health"
  check "every write answered 201 or a 503 naming the storage" [ "$unclear" -eq 0 ]
  check "certtrackd alive during the fault" alive
  check "reads answer 200 during the fault" reads_work
  check "/healthz says storage $expected" [ "$health" == "$expected" ]
  faulted="$attempted/$acknowledged/$refused/$unclear"
}
recovered_writes() {
  local before=$acknowledged
  for ((n = 1; n <= 6; n++)); do write "$1-recovered-$n"; done
  check "after recovery the 6 writes are acknowledged" [ $((acknowledged - before)) -eq 6 ]
  check "/healthz says storage ok after recovery" [ "$(healthz)" == ok ]
}
verify_after_restart() {
  stop_server
  start_server "$1"
  found=$(found_after_restart)
  echo "  acknowledged writes found after a restart: $found"
  check "every acknowledged write is there after a restart" [ "${found%/*}" == "${found#*/}" ]
}

# --- full: the database's tmpfs filled --------------------------------------------------------
echo "disk-faults: full — the database on a 6 MiB tmpfs filled to 96 KiB short of full"
mkdir -p "$work/full"
mount -t tmpfs -o size=6m,mode=0700 certtrack-full "$work/full"
mounts+=("$work/full")
: >"$work/acknowledged"
reset_counts
start_server "$work/full/db.sqlite"
sign_in
for ((n = 1; n <= 3; n++)); do write "full-before-$n"; done
dd if=/dev/zero of="$work/full/filler" bs=64k status=none 2>/dev/null || true
# Nearly full: room for a few writes, so some are acknowledged before the rest are refused.
truncate -s -96K "$work/full/filler"
echo "  filler $(du -k "$work/full/filler" | cut -f1) KiB; free $(df --output=avail -k "$work/full" | tail -1 | tr -d ' ') KiB"
reset_counts
faulted_writes full full
rm "$work/full/filler"
recovered_writes full
verify_after_restart "$work/full/db.sqlite"
summary+=("full|$faulted|$found")
stop_server

# --- read-only: the kernel turns the database's ext4 read-only under certtrackd ---------------
echo "disk-faults: read-only — the database on ext4 that the kernel remounts read-only"
mkdir -p "$work/ro-tmpfs"
mount -t tmpfs -o size=6m certtrack-ro "$work/ro-tmpfs"
mounts+=("$work/ro-tmpfs")
: >"$work/acknowledged"
reset_counts
start_server "$work/ro-tmpfs/db.sqlite"
if mount -o remount,ro "$work/ro-tmpfs" 2>"$work/remount.err"; then
  echo "  tmpfs remount,ro while certtrackd runs: done"
  mount -o remount,rw "$work/ro-tmpfs"
else
  echo "  tmpfs remount,ro while certtrackd runs: refused ($(head -1 "$work/remount.err" | sed 's/.*: //'))"
fi
stop_server
truncate -s 32M "$work/ro.img"
mkfs.ext4 -q -F "$work/ro.img"
mkdir -p "$work/ro"
mount -o loop,errors=remount-ro "$work/ro.img" "$work/ro"
mounts+=("$work/ro")
device=$(basename "$(findmnt -no SOURCE "$work/ro")")
start_server "$work/ro/db.sqlite"
sign_in
for ((n = 1; n <= 6; n++)); do write "ro-before-$n"; done
before_ro=$acknowledged
echo 1 >"/sys/fs/ext4/$device/trigger_fs_error"
echo "  ext4 now: $(findmnt -no OPTIONS "$work/ro" | tr ',' '\n' | grep -E '^(ro|rw|emergency_ro)$' | paste -sd,)"
reset_counts
faulted_writes ro read-only
# Mending it: stop certtrackd, unmount, check the filesystem, mount it again, start certtrackd.
stop_server
umount "$work/ro"
e2fsck -fy "$work/ro.img" >/dev/null 2>&1 || true
mount -o loop,errors=remount-ro "$work/ro.img" "$work/ro"
start_server "$work/ro/db.sqlite"
recovered_writes ro
verify_after_restart "$work/ro/db.sqlite"
summary+=("read-only|$faulted|$found (of which $before_ro before the fault)")
stop_server

# --- removed: the database's files deleted under certtrackd -----------------------------------
echo "disk-faults: removed — db.sqlite, -wal and -shm deleted while certtrackd runs"
mkdir -p "$work/gone"
: >"$work/acknowledged"
reset_counts
start_server "$work/gone/db.sqlite"
sign_in
for ((n = 1; n <= 6; n++)); do write "gone-before-$n"; done
before_gone=$acknowledged
rm "$work/gone/db.sqlite" "$work/gone/db.sqlite-wal" "$work/gone/db.sqlite-shm"
reset_counts
faulted_writes gone gone
# Mending it: the running server still holds the unlinked files; copy them back out of
# /proc/PID/fd (writes are refused, so they hold every acknowledged write), stop, put them back.
mkdir -p "$work/rescued"
for fd in /proc/"$server_pid"/fd/*; do
  target=$(readlink "$fd" || true)
  case $target in
  "$work/gone/db.sqlite (deleted)") cp "$fd" "$work/rescued/db.sqlite" ;;
  "$work/gone/db.sqlite-wal (deleted)") cp "$fd" "$work/rescued/db.sqlite-wal" ;;
  esac
done
stop_server
rm -f "$work/gone"/db.sqlite*
cp "$work/rescued"/db.sqlite* "$work/gone/"
start_server "$work/gone/db.sqlite"
recovered_writes gone
verify_after_restart "$work/gone/db.sqlite"
summary+=("removed|$faulted|$found (of which $before_gone before the fault)")
stop_server

# --- cache: the client's cache on a full tmpfs -------------------------------------------------
echo "disk-faults: cache — the client's cache (XDG_DATA_HOME) on a full 4 MiB tmpfs"
mkdir -p "$work/cache"
mount -t tmpfs -o size=4m,mode=0700 certtrack-cache "$work/cache"
mounts+=("$work/cache")
start_server "$work/server.sqlite"
login=${logins[0]}
certtrack() { XDG_DATA_HOME=$work/cache "$build/bin/certtrack" "$@"; }
sync_once() { # the CLI's exit code; its message in $work/cli.err
  printf '%s\n' "$password" | certtrack certificate --server "$url" --ca-file "$work/tls/ca.pem" \
    --login "$login" --password-stdin --remember --certification CCNA \
    --output "$work/online.pdf" >"$work/cli.out" 2>"$work/cli.err"
}
offline_certificate() {
  rm -f "$work/offline.pdf"
  certtrack certificate --login "$login" --certification CCNA --output "$work/offline.pdf" \
    >/dev/null 2>&1 && pdftotext "$work/offline.pdf" - | grep -q CCNA
}
cache_state() { # "corrupt:…" or a hash of every cached body
  python3 - "$1" <<'EOF'
import hashlib, sqlite3, sys
try:
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise ValueError("integrity")
    digest = hashlib.sha256()
    for path, body in db.execute("SELECT path, body FROM resource ORDER BY path"):
        digest.update(path.encode() + b"\0" + bytes(body) + b"\0")
    print(digest.hexdigest()[:16])
except Exception as error:
    print("corrupt:" + str(error).replace(" ", "_"))
EOF
}
sync_once
check "a first sync with room succeeds" [ -s "$work/online.pdf" ]
cache=$(find "$work/cache" -name '*.sqlite' -path '*accounts*' | head -1)
old=$(cache_state "$cache")
"$build/bin/certtrackd" admin --database "$work/server.sqlite" ce-credits add "$login" 5 >/dev/null
dd if=/dev/zero of="$work/cache/filler" bs=4k status=none 2>/dev/null || true
echo "  filler $(du -k "$work/cache/filler" | cut -f1) KiB; free $(df --output=avail -k "$work/cache" | tail -1 | tr -d ' ') KiB"
full_status=0
sync_once || full_status=$?
echo "  certtrack certificate with no room: exit $full_status: $(tr '\n' ' ' <"$work/cli.err" | head -c 300)"
after=$(cache_state "$cache")
check "the sync with no room exits 7 (written, the local copy not updated)" [ "$full_status" -eq 7 ]
check "its message says the disk is full" grep -qiE 'full|no space|no room' "$work/cli.err"
check "the previous cache is whole and unchanged" [ "$after" == "$old" ]
offline_ok=no
offline_certificate && offline_ok=yes
check "a certificate is written offline from it" [ $offline_ok == yes ]
rm "$work/cache/filler"
recovered_status=0
sync_once || recovered_status=$?
new=$(cache_state "$cache")
check "the next sync with room succeeds" [ "$recovered_status" -eq 0 ]
check "and brings the new data" [ "$new" != "$old" -a "${new%%:*}" != corrupt ]
summary+=("cache|sync exit $full_status, cache $([[ $after == "$old" ]] && echo unchanged || echo CHANGED), offline certificate $offline_ok|next sync exit $recovered_status")

# The same cache closed cleanly by SQLite (no -wal, no -shm left): opening it on a full disk
# needs room for a new -shm file, which is refused; the file must stay, not be discarded.
echo "disk-faults: cache, closed cleanly — opened on the full tmpfs without its -shm file"
python3 -c "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA wal_checkpoint(TRUNCATE)').connection.close()" "$cache"
rm -f "$cache-wal" "$cache-shm"
old=$(cache_state "$cache")
"$build/bin/certtrackd" admin --database "$work/server.sqlite" ce-credits add "$login" 5 >/dev/null
dd if=/dev/zero of="$work/cache/filler" bs=4k status=none 2>/dev/null || true
closed_status=0
sync_once || closed_status=$?
echo "  certtrack certificate with no room: exit $closed_status: $(tr '\n' ' ' <"$work/cli.err" | head -c 300)"
check "the sync with no room fails (non-zero exit)" [ "$closed_status" -ne 0 ]
check "its message points at the disk" grep -qiE 'full|read-only' "$work/cli.err"
check "the cache file is kept" [ -f "$cache" ]
offline_full=no
offline_certificate && offline_full=yes
echo "  a certificate offline while the disk is still full: $offline_full"
rm "$work/cache/filler"
after=$(cache_state "$cache")
check "the cache is whole and unchanged once there is room" [ "$after" == "$old" ]
offline_ok=no
offline_certificate && offline_ok=yes
check "a certificate is written offline from it" [ $offline_ok == yes ]
recovered_status=0
sync_once || recovered_status=$?
check "the next sync with room succeeds" [ "$recovered_status" -eq 0 ]
summary+=("cache, closed cleanly|sync exit $closed_status, cache $([[ $after == "$old" ]] && echo unchanged || echo CHANGED), offline certificate while full $offline_full, after $offline_ok|next sync exit $recovered_status")
stop_server

echo "disk-faults: scenario | writes during the fault attempted/201/503/unclear | 201s found after restart"
for row in "${summary[@]}"; do echo "disk-faults: $row"; done
if [[ $failures -eq 0 ]]; then
  echo "disk-faults: every expectation held"
else
  echo "disk-faults: $failures expectations failed"
  exit 1
fi
