#!/usr/bin/env bash
# Fails while a translation is not whole: lupdate is run over the client's sources into a copy of
# each .ts file (with --update, the one way they are refreshed: see ui/CMakeLists.txt), and any
# entry it leaves unfinished (a new or changed string) or obsolete (a string no longer in the
# sources) is reported.
#   check-translations.sh SOURCE_DIR LUPDATE           check
#   check-translations.sh SOURCE_DIR LUPDATE --update  refresh the .ts files in place (then
#                                                      translate what it marks unfinished)
set -euo pipefail
src=$1 lupdate=$2 update=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
mapfile -t sources < <(find "$src/ui" "$src/model" "$src/app" -name '*.cpp' -o -name '*.h' | sort)
for ts in "$src"/resources/translations/*.ts; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  [[ $update == --update ]] && copy=$ts
  options=(-locations none -no-ui-lines)
  [[ $(basename "$ts") == certtrack_en.ts ]] && options+=(-pluralonly)
  [[ $update == --update ]] && options+=(-no-obsolete)
  "$lupdate" "${options[@]}" "${sources[@]}" -ts "$copy" >"$work/lupdate.log" 2>&1 ||
    { cat "$work/lupdate.log" >&2; exit 1; }
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  obsolete=$(grep -cE 'type="(vanished|obsolete)"' "$copy" || true)
  if [[ $unfinished != 0 || $obsolete != 0 ]]; then
    echo "$(basename "$ts"): $unfinished unfinished, $obsolete obsolete entries" >&2
    grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$copy" | grep '<source>' >&2 || true
    echo "  refresh with: $0 $src $lupdate --update, then translate" >&2
    status=1
  else
    echo "$(basename "$ts"): complete"
  fi
done
exit $status
