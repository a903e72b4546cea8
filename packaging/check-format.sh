#!/usr/bin/env bash
# Fails, listing the files, when any C++ source of the project is not clang-formatted.
# packaging/check-format.sh [clang-format]     (--fix rewrites them instead)
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${1:-clang-format}
fix=0
[[ ${2:-} == --fix || ${1:-} == --fix ]] && fix=1 && [[ $tool == --fix ]] && tool=clang-format
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h' | grep -v '^build')
if [[ $fix == 1 ]]; then
  "$tool" -i "${files[@]}"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  [[ -f $f ]] || continue
  if ! "$tool" --dry-run -Werror "$f" >/dev/null 2>&1; then bad+=("$f"); fi
done
if [[ ${#bad[@]} -gt 0 ]]; then
  echo "Not clang-formatted (run packaging/check-format.sh --fix):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "format check: ${#files[@]} files clean"
