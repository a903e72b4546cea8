#!/usr/bin/env bash
# Configures and builds the fuzz preset (clang 14, libFuzzer, ASan and UBSan), then runs every
# fuzz target for SECONDS each, one after the other (one process, one core), over its corpus.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]        (default 60 seconds, every target)
# New inputs go to build/fuzz/fuzz-runs/TARGET/new, crashes to build/fuzz/fuzz-runs/TARGET/crash-*;
# the script fails when any target crashed. Minimise a crash with
#   build/fuzz/fuzz/TARGET -minimize_crash=1 -runs=10000 CRASH
# and keep it in tests/fuzz/corpus/TARGET once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(fuzz_domain_json fuzz_form fuzz_router fuzz_shipping
                                      fuzz_http_request fuzz_png_baking fuzz_svg_baking
                                      fuzz_credential_text)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset fuzz "${launcher[@]}" >/dev/null
cmake --build build/fuzz -j2 --target "${targets[@]}"

failed=()
printf '%-22s %12s %9s %7s %7s %s\n' target execs execs/s cov ft result
for t in "${targets[@]}"; do
  work=build/fuzz/fuzz-runs/$t
  mkdir -p "$work"
  log=$work/log
  if tests/fuzz/run-one.sh "build/fuzz/fuzz/$t" "tests/fuzz/corpus/$t" "$work" \
       -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 >"$log" 2>&1; then
    result=ok
  else
    result="CRASH (see $log)"
    failed+=("$t")
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  printf '%-22s %12s %9s %7s %7s %s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
[[ ${#failed[@]} -eq 0 ]] || { echo "crashed: ${failed[*]}" >&2; exit 1; }
