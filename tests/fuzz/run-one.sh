#!/usr/bin/env bash
# Runs one fuzz target over its corpus: tests/fuzz/run-one.sh TARGET CORPUS WORKDIR [libFuzzer flags]
# The checked-in corpus is read only; what the run finds goes to WORKDIR/new, a crash to
# WORKDIR/crash-* (and the test fails).
set -euo pipefail
target=$1 corpus=$2 work=$3
shift 3
mkdir -p "$work/new"
exec "$target" -artifact_prefix="$work/" -print_final_stats=1 "$@" "$work/new" "$corpus"
