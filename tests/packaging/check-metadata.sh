#!/usr/bin/env bash
# Checks the desktop integration files as the build makes them, with the validators software
# centres and Debian use: the menu entry (desktop-file-validate), the AppStream metadata
# (appstreamcli validate --no-net), the man pages (man --warnings, lexgrog) and the icons
# (each PNG the size its folder says). The metadata must carry release notes for this version
# and name only screenshots that docs/screenshots has.
#   check-metadata.sh SOURCE_DIR GENERATED_DIR VERSION
set -euo pipefail
source_dir=$1 generated=$2 version=$3
id=org.certtrack.CertTrack
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

desktop-file-validate "$source_dir/packaging/linux/$id.desktop" || fail "desktop-file-validate"

metainfo="$generated/$id.metainfo.xml"
appstreamcli validate --no-net --pedantic "$metainfo" >"$generated/appstream.log" 2>&1 ||
  { cat "$generated/appstream.log"; fail "appstreamcli validate"; }
# Errors and warnings fail above; an info or pedantic remark is allowed only when known here:
# the id keeps the capitals of the name it is made of, as the desktop file's does.
if grep -E '^[IP]:' "$generated/appstream.log" | grep -v 'cid-contains-uppercase-letter' | grep -q .; then
  cat "$generated/appstream.log"
  fail "appstreamcli has remarks"
fi
grep -q "<release version=\"$version\"" "$metainfo" || fail "no release notes for $version"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
  fail "the metadata does not launch $id.desktop"
shots=$(grep -oE '<image>[^<]*</image>' "$metainfo" | sed -E 's|.*/([^/]*)</image>|\1|')
[[ -n $shots ]] || fail "no screenshots"
for shot in $shots; do
  [[ -f $source_dir/docs/screenshots/$shot ]] || fail "screenshot $shot is not in docs/screenshots"
done

for page in "$generated"/man/certtrack.1 "$generated"/man/certtrackd.8; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [[ -z $warnings ]] || fail "${page##*/}: $warnings"
  lexgrog "$page" >/dev/null || fail "${page##*/}: lexgrog finds no NAME section"
  grep -q "@VERSION@" "$page" && fail "${page##*/}: version not filled in"
done

for size in 16 22 24 32 48 64 128 256 512; do
  png="$generated/icons/${size}x${size}/$id.png"
  got=$(identify -format '%wx%h' "$png" 2>/dev/null) || { fail "$png unreadable"; continue; }
  [[ $got == "${size}x${size}" ]] || fail "$png is $got"
done

[[ $failures -eq 0 ]] || { echo "$failures problems"; exit 1; }
echo "desktop entry, AppStream metadata, man pages and icons are valid"
