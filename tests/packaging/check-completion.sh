#!/usr/bin/env bash
# Keeps the bash completion in step with the programs: every long option each command's --help
# lists (certtrack, certtrack certificate, certtrack verify, certtrackd) must be offered where
# that command line is completed, and every `certtrackd admin` command and option its usage
# lists likewise.
#   check-completion.sh CERTTRACK CERTTRACKD COMPLETION_DIR
set -euo pipefail
certtrack=$1 certtrackd=$2 completions=$3
# shellcheck disable=SC1091 # Debian's bash-completion: _init_completion, _filedir
source /usr/share/bash-completion/bash_completion
source "$completions/certtrack"
source "$completions/certtrackd"

failures=0
# complete FUNCTION WORD... : what the completion offers for the command line WORD..., the last
# word being the one under the cursor.
complete() {
  local function=$1
  shift
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  "$function" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}"
}
long_options() { grep -oE -- '(^|[ ,[])--[a-z][a-z-]*' | sed 's/^[ ,[]//' | sort -u; }
expect_offered() { # WHAT OFFERED WANTED...
  local what=$1 offered=$2 wanted
  shift 2
  for wanted in "$@"; do
    if ! grep -qxF -- "$wanted" <<<"$offered"; then
      echo "not offered for \"$what\": $wanted"
      failures=$((failures + 1))
    fi
  done
}

run() { QT_QPA_PLATFORM=offscreen "$@" 2>/dev/null; }
mapfile -t wanted < <(run "$certtrack" --help | long_options)
[[ ${#wanted[@]} -ge 5 ]] || { echo "certtrack --help lists no options"; exit 1; }
expect_offered "certtrack -" "$(complete _certtrack certtrack -)" "${wanted[@]}"
expect_offered "certtrack" "$(complete _certtrack certtrack '')" certificate verify
for command in certificate verify; do
  mapfile -t wanted < <(run "$certtrack" "$command" --help | long_options)
  [[ ${#wanted[@]} -ge 3 ]] || { echo "certtrack $command --help lists no options"; exit 1; }
  expect_offered "certtrack $command -" "$(complete _certtrack certtrack "$command" -)" "${wanted[@]}"
done

mapfile -t wanted < <(run "$certtrackd" --help | long_options)
[[ ${#wanted[@]} -ge 10 ]] || { echo "certtrackd --help lists no options"; exit 1; }
expect_offered "certtrackd -" "$(complete _certtrackd certtrackd -)" "${wanted[@]}"
expect_offered "certtrackd admin" "$(complete _certtrackd certtrackd admin '')" --database
# Each usage line of the admin command: "  WORD WORD ARGS... [--OPTION ...]".
while read -r first second rest; do
  prefix=(certtrackd admin --database db)
  expect_offered "${prefix[*]}" "$(complete _certtrackd "${prefix[@]}" '')" "$first"
  expect_offered "${prefix[*]} $first" "$(complete _certtrackd "${prefix[@]}" "$first" '')" \
    "$second"
  mapfile -t wanted < <(long_options <<<" $rest")
  if [[ ${#wanted[@]} -gt 0 ]]; then
    expect_offered "${prefix[*]} $first $second --" \
      "$(complete _certtrackd "${prefix[@]}" "$first" "$second" --)" "${wanted[@]}"
  fi
done < <(run "$certtrackd" admin --help | grep '^  ')

if [[ $failures -gt 0 ]]; then
  echo "$failures options or commands missing from packaging/linux/completion"
  exit 1
fi
echo "completion offers every option and command the programs list"
