#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang (ASan + UBSan) and runs each for a while.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]      default 60
# Environment: VRAMSCOPE_FUZZ_DIR (build directory, default build-fuzz), VRAMSCOPE_FUZZ_TARGETS
# (space-separated subset), VRAMSCOPE_FUZZ_JOBS (targets run side by side, default nproc).
# Seeds come from tests/data and, when present, ../shared/corpus (fuzz/make_seeds.py); the growing corpus stays in
# $DIR/corpus/<target>, crash inputs in $DIR/crashes/ (each becomes a regression test in
# tests/model/tst_hostileschema.cpp or the suite of its reader). Exits non-zero if any target
# crashed, hung, ran out of memory or failed to start.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
dir=${VRAMSCOPE_FUZZ_DIR:-build-fuzz}
jobs=${VRAMSCOPE_FUZZ_JOBS:-$(nproc)}
targets=(${VRAMSCOPE_FUZZ_TARGETS:-fuzz_pickle fuzz_replay fuzz_gzip fuzz_zstd fuzz_html fuzz_oommessage fuzz_json fuzz_load})

start=$(date +%s)
echo "== fuzz: building ${targets[*]} with clang in $dir"
CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DVRAMSCOPE_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DVRAMSCOPE_BUILD_GUI=OFF >/dev/null
cmake --build "$dir" --parallel "$(nproc)" --target "${targets[@]}"
echo "== fuzz: build took $(($(date +%s) - start)) s"

python3 fuzz/make_seeds.py tests/data "$dir/seeds" ../shared/corpus
mkdir -p "$dir/crashes" "$dir/logs"

run_one() {
  # Small inputs mutate better and run faster; bigger seeds are cut to this length.
  local t=$1 max_len=32768
  case $t in fuzz_oommessage | fuzz_json) max_len=16384 ;; esac
  mkdir -p "$dir/corpus/$t"
  # -rss_limit_mb / -malloc_limit_mb: an allocation sized by a declared (not actual) length shows
  # up as a crash. -timeout: one input taking over 10 s is a hang.
  local rc=0
  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions="$PWD/fuzz/ubsan.supp" \
    "$dir/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 \
    -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$dir/crashes/$t-" \
    "$dir/corpus/$t" "$dir/seeds/$t" >"$dir/logs/$t.log" 2>&1 || rc=$?
  local runs secs
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/logs/$t.log" | tail -1)
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$dir/logs/$t.log" | tail -1)
  if [ "$rc" -eq 0 ]; then
    echo "   $t: ok, ${runs:-?} runs in ${secs:-?} s, corpus $(ls "$dir/corpus/$t" | wc -l) inputs"
  else
    echo "   $t: FAILED (exit $rc), log $dir/logs/$t.log, inputs $dir/crashes/$t-*"
    grep -m1 -E "ERROR: |runtime error|SUMMARY" "$dir/logs/$t.log" | sed 's/^/     /' || true
  fi
  return "$rc"
}

echo "== fuzz: ${#targets[@]} targets, ${seconds} s each, $jobs at a time"
failed=0
pids=()
names=()
for t in "${targets[@]}"; do
  run_one "$t" &
  pids+=($!)
  names+=("$t")
  if ((${#pids[@]} >= jobs)); then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done
echo "== fuzz: total $(($(date +%s) - start)) s"
if ((failed)); then
  echo "== fuzz: a target failed; crash inputs are in $dir/crashes" >&2
  exit 1
fi
