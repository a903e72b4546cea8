#!/usr/bin/env bash
# certtrackd's house rules, as includes: http/ and core/ are floors (core includes only core,
# http only http and core), a feature folder includes only itself, http/, core/ and model/domain,
# and only app/ includes the features. Prints every include that breaks them; fails if any does.
set -euo pipefail
cd "$(dirname "$0")/../../server"
status=0
for dir in */; do
  dir=${dir%/}
  [ "$dir" = seed ] && continue
  case "$dir" in
    app) continue ;;
    core) allowed="core" ;;
    http) allowed="http core" ;;
    *) allowed="$dir http core" ;;
  esac
  while IFS= read -r line; do
    target=$(sed -E 's#.*"server/([a-z]+)/.*#\1#' <<<"$line")
    ok=no
    for a in $allowed; do [ "$target" = "$a" ] && ok=yes; done
    if [ $ok = no ]; then
      echo "layering: $line"
      status=1
    fi
  done < <(grep -rn '#include "server/' "$dir" --include='*.h' --include='*.cpp' || true)
  # Outside the server only model/domain may be included by a feature.
  if grep -rnE '#include "(client|itemmodels|ui|app|certificate)/' "$dir" --include='*.h' --include='*.cpp'; then
    status=1
  fi
done
[ $status = 0 ] && echo "layering: every server folder includes only what it may"
exit $status
