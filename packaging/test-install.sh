#!/usr/bin/env bash
# Installs both Debian packages with apt into a fresh Debian 12 root and runs them as installed:
# - builds the packages (packaging/package.sh) and checks them with lintian (no error);
# - makes a fresh root with debootstrap (a minimal base, kept in /var/tmp and copied for each
#   run) and installs certtrack_*.deb and certtrackd_*.deb there with apt, which fetches their
#   dependencies from the archive: a dependency the packages forget fails here;
# - checks what the packages put in place (user, directories, conffile, enabled unit, menu entry,
#   icons, man pages, completion) and the unit with systemd-analyze verify (in the root);
# - systemd does not run in the root, so it starts certtrackd as the unit would (its ExecStart, as
#   its user, from the installed configuration) with a throw-away certificate put where the
#   configuration names it, on a free loopback port and with the demo data;
# - runs the installed `certtrack certificate` against it as an ordinary user and reads the PDF
#   back with pdftotext;
# - installs the server package again over itself (an upgrade) and checks that the database and
#   an edited configuration are still there.
# Needs root (debootstrap, chroot, mounts); CI runs it from packaging/test.sh.
#   packaging/test-install.sh [build-dir]     (default: build/package, see package.sh)
set -euo pipefail
project="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$project/build/package}"
base=/var/tmp/certtrack-install-base
root=/var/tmp/certtrack-install-root
apt_cache=/var/tmp/certtrack-install-apt-cache
work="$(mktemp -d)"
SECONDS=0

step() { printf 'test-install [%3ds]: %s\n' "$SECONDS" "$*"; }
fail() { printf 'test-install: FAILED: %s\n' "$*" >&2; exit 1; }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

[[ $(id -u) -eq 0 ]] || fail "needs root (debootstrap, chroot and mounts)"

server_pid=
release() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null
  for m in "$root/var/cache/apt/archives" "$root/dev/pts" "$root/dev" "$root/proc"; do
    umount -l "$m" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap release EXIT

# The host's tools: debootstrap makes the root; the others check the packages from outside it.
missing=()
for tool in debootstrap:debootstrap lintian:lintian pdftotext:poppler-utils openssl:openssl \
  man:man-db; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  step "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    >/dev/null
fi

step "building the packages"
mapfile -t debs < <("$project/packaging/package.sh" "$build" "$work/debs")
[[ ${#debs[@]} -eq 2 ]] || fail "package.sh made ${#debs[@]} packages, not 2"
client_deb=$(printf '%s\n' "${debs[@]}" | grep '/certtrack_')
server_deb=$(printf '%s\n' "${debs[@]}" | grep '/certtrackd_')

step "lintian"
# Errors fail; warnings are shown. Overrides ship in the packages, each with its reason.
lintian --fail-on error --tag-display-limit 0 "$client_deb" "$server_deb" ||
  fail "lintian found errors"

step "fresh Debian 12 root"
# Either file may be missing (a debootstrap root has only sources.list): awk's exit 2 then must
# not end the script under set -e.
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[[ -n $mirror ]] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[[ -n $mirror ]] || mirror=http://deb.debian.org/debian
if [[ ! -x $base/usr/bin/apt-get ]]; then
  rm -rf --one-file-system "$base.tmp"
  debootstrap --variant=minbase --include=ca-certificates bookworm "$base.tmp" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap"; }
  mv "$base.tmp" "$base"
fi
if findmnt -rn -o TARGET | grep -q "^$root/"; then fail "mounts remain under $root"; fi
rm -rf --one-file-system "$root"
cp -a "$base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# The same extra CAs as this machine, as ../shared/tools/fresh-ci does, so apt reaches the
# archive the way it does here.
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  in_root update-ca-certificates >/dev/null 2>&1
fi
mount --bind /proc "$root/proc"
mount --bind /dev "$root/dev"
mount -t devpts devpts "$root/dev/pts" 2>/dev/null || true
# Downloaded .debs are kept between runs on this machine (a new CI root fetches them anew).
mkdir -p "$apt_cache"
mount --bind "$apt_cache" "$root/var/cache/apt/archives"

step "apt install of both packages"
mkdir -p "$root/tmp/debs"
cp "$client_deb" "$server_deb" "$root/tmp/debs/"
in_root apt-get update -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get update"; }
# Without Recommends (gnome-keyring, the Arabic and CJK fonts): the test needs neither, and the
# Depends alone must be enough to run.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  "/tmp/debs/${client_deb##*/}" "/tmp/debs/${server_deb##*/}" >"$work/apt.log" 2>&1 ||
  { tail -40 "$work/apt.log" >&2; fail "apt-get install"; }

step "what the packages put in place"
# -L too: the root's absolute symbolic links point into the root, not to this machine's files.
expect() { [[ -e $root$1 || -L $root$1 ]] || fail "$1 is missing"; }
expect /usr/bin/certtrack
expect /usr/bin/certtrackd
expect /usr/share/applications/org.certtrack.CertTrack.desktop
expect /usr/share/metainfo/org.certtrack.CertTrack.metainfo.xml
for size in 16 22 24 32 48 64 128 256 512; do
  expect "/usr/share/icons/hicolor/${size}x${size}/apps/org.certtrack.CertTrack.png"
done
expect /usr/share/icons/hicolor/scalable/apps/org.certtrack.CertTrack.svg
expect /usr/share/man/man1/certtrack.1.gz
expect /usr/share/man/man8/certtrackd.8.gz
expect /usr/share/bash-completion/completions/certtrack
expect /usr/share/bash-completion/completions/certtrackd
expect /lib/systemd/system/certtrackd.service
expect /etc/certtrackd/certtrackd.conf
# Enabled at install, though nothing could start it here.
expect /etc/systemd/system/multi-user.target.wants/certtrackd.service
[[ $(readlink "$root/etc/systemd/system/multi-user.target.wants/certtrackd.service") == \
  /lib/systemd/system/certtrackd.service ]] || fail "the unit is enabled from elsewhere"
in_root getent passwd certtrackd >/dev/null || fail "no certtrackd user"
[[ $(in_root stat -c '%U:%G %a' /var/lib/certtrackd) == "certtrackd:certtrackd 750" ]] ||
  fail "/var/lib/certtrackd: $(in_root stat -c '%U:%G %a' /var/lib/certtrackd)"
[[ $(in_root stat -c '%U:%G %a' /etc/certtrackd/certtrackd.conf) == "root:certtrackd 640" ]] ||
  fail "certtrackd.conf: $(in_root stat -c '%U:%G %a' /etc/certtrackd/certtrackd.conf)"
for page in "$root/usr/share/man/man1/certtrack.1.gz" "$root/usr/share/man/man8/certtrackd.8.gz"; do
  warnings=$(zcat "$page" | LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l - 2>&1 >/dev/null)
  [[ -z $warnings ]] || fail "man page ${page##*/}: $warnings"
done
version=$(in_root certtrackd --version 2>/dev/null)
[[ $version == "certtrackd "* ]] || fail "certtrackd --version said: $version"

step "systemd-analyze verify"
# In the root, where /usr/bin/certtrackd and the targets the unit orders itself after exist:
# systemd is installed there for the check only (it does not run). Man pages are not looked up.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends systemd \
  >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log" >&2; fail "apt-get install systemd"; }
in_root env SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --man=no \
  /lib/systemd/system/certtrackd.service >"$work/verify.log" 2>&1 ||
  { cat "$work/verify.log" >&2; fail "systemd-analyze verify"; }
if grep -q . "$work/verify.log"; then
  cat "$work/verify.log" >&2
  fail "systemd-analyze verify complained"
fi

step "certtrackd from the installed configuration"
# A throw-away CA and a server certificate for 127.0.0.1 signed by it, where the configuration
# names them (the unit's ConditionPathExists= wants both).
tls="$root/etc/certtrackd/tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
  -subj "/CN=test-install CA" -keyout "$work/ca.key" -out "$work/ca.pem" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=127.0.0.1" \
  -keyout "$tls/key.pem" -out "$work/server.csr" 2>/dev/null
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" \
  -CAcreateserial -days 2 -out "$tls/cert.pem" \
  -extfile <(printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n') \
  2>/dev/null
in_root chown root:certtrackd /etc/certtrackd/tls/key.pem
chmod 0640 "$tls/key.pem"
chmod 0644 "$tls/cert.pem"
cp "$work/ca.pem" "$root/tmp/ca.pem"
chmod 0644 "$root/tmp/ca.pem"
grep -q '^ConditionPathExists=/etc/certtrackd/tls/cert.pem$' \
  "$root/lib/systemd/system/certtrackd.service" || fail "the unit's condition names another file"

exec_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/certtrackd.service")
environment=$(sed -n 's/^Environment=//p' "$root/lib/systemd/system/certtrackd.service")
# A free port instead of the configured 8443, since this machine's network is shared; and the
# demo data, so that there is a candidate to sign in as. Everything else comes from the file.
# shellcheck disable=SC2086 # the unit's command line is split into words as systemd does
chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 $environment \
  runuser -u certtrackd -- sh -c 'echo $$ >/var/lib/certtrackd/test-install.pid; exec "$@"' sh \
  $exec_start --listen 127.0.0.1:0 --seed demo >"$work/server.log" 2>&1 &
launcher=$!
url=
for _ in $(seq 1 150); do
  kill -0 "$launcher" 2>/dev/null || break
  url=$(sed -n 's/^certtrackd listening on //p' "$work/server.log")
  [[ -n $url ]] && break
  sleep 0.2
done
server_pid=$(cat "$root/var/lib/certtrackd/test-install.pid" 2>/dev/null || true)
[[ -n $url ]] || { cat "$work/server.log" >&2; fail "certtrackd did not start"; }
[[ $(in_root stat -c %U /var/lib/certtrackd/certtrackd.sqlite) == certtrackd ]] ||
  fail "the database is not where the configuration puts it, or not the server user's"

step "certtrack certificate against $url"
in_root useradd --create-home candidate
out=/home/candidate/ccna.pdf
printf 'certtrack-demo\n' | chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  runuser -u candidate -- env HOME=/home/candidate certtrack certificate \
  --server "$url" --ca-file /tmp/ca.pem --password-stdin --login CSCO10000000 \
  --certification CCNA --output "$out" >"$work/client.log" 2>&1 ||
  { cat "$work/client.log" "$work/server.log" >&2; fail "certtrack certificate"; }
text=$(pdftotext -enc UTF-8 "$root$out" - | tr -s ' \n' ' ')
for expected in "John Doe" "CCNA Routing and Switching" "V7L4P3MC"; do
  [[ $text == *"$expected"* ]] || fail "the PDF lacks \"$expected\": $text"
done

step "upgrade keeps data and configuration"
kill "$server_pid"
server_pid=
echo "# kept across upgrades" >>"$root/etc/certtrackd/certtrackd.conf"
in_root env DEBIAN_FRONTEND=noninteractive dpkg -i "/tmp/debs/${server_deb##*/}" \
  >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "reinstall of certtrackd"; }
grep -q '^# kept across upgrades$' "$root/etc/certtrackd/certtrackd.conf" ||
  fail "the upgrade replaced the edited configuration"
[[ -s $root/var/lib/certtrackd/certtrackd.sqlite && -f $root/etc/certtrackd/tls/key.pem ]] ||
  fail "the upgrade lost the database or the key"
[[ $(in_root stat -c '%U:%G' /etc/certtrackd/tls/key.pem) == root:certtrackd ]] ||
  fail "the upgrade changed the key's owner"

step "passed"
