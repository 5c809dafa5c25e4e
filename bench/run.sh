#!/usr/bin/env bash
# The benchmark: bash bench/run.sh [ENTRIES...]   (default 1000000 5000000 10000000)
# Generates snapshots from the OOM fixture (trace repeated with shifted addresses and times,
# frames shared), plus .zst copies, and measures VRAMScope against Python's pickle.load on the
# same files in the same run, plus the longest time the progress value stands still and the
# longest wait for a cancel (ten cancels spread over a load). Times are the best of REPEAT runs
# (default 3, both sides). Prints a Markdown table; with RECORD=1 appends it to bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 5000000 10000000)
out=bench/out
mkdir -p "$out"
bin=build/bin/vramscope_bench
[ -x "$bin" ] || cmake --build build --target vramscope_bench
seed=tests/data/oom_expandable.pickle
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
# The best of REPEAT runs (default 3) by the given key, for VRAMScope and Python alike: a shared
# 2-core machine adds noise of +-30 % to single runs, never speed.
repeat=${REPEAT:-3}
best() {
  local key=$1; shift
  local runs=()
  for ((i = 0; i < repeat; i++)); do runs+=("$("$@")"); done
  fastest "$key" "${runs[@]}"
}
fastest() { python3 -c "import json,sys; print(min(sys.argv[2:], key=lambda r: json.loads(r)[sys.argv[1]]))" "$@"; }
table="| entries | pickle MB | open raw s | open .zst s | zst/raw | peak RSS MB | RSS/pickle | python load s | python RSS MB | speed-up | redraw ms | longest progress stall ms | max cancel ms |
|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  f="$out/big_$n.pickle"
  [ -f "$f" ] || python3 bench/make_big_snapshot.py "$seed" "$n" "$f"
  [ -f "$f.zst" ] || zstd -q -3 -T2 -c <"$f" >"$f.zst" # stdin: the file may be a symlink
  mb=$(python3 -c "import os; print(round(os.path.getsize('$f')/1e6, 1))")
  # Raw and .zst runs alternate, so that a slow spell of the machine hits both alike.
  raws=() zsts=()
  for ((i = 0; i < repeat; i++)); do
    raws+=("$("$bin" load "$f")")
    zsts+=("$("$bin" load "$f.zst")")
  done
  raw=$(fastest wall_ms "${raws[@]}")
  zst=$(fastest wall_ms "${zsts[@]}")
  py=$(best wall_ms python3 bench/python_baseline.py "$f")
  red=$(best redraw_ms "$bin" redraw "$f" 2>/dev/null)
  prog=$("$bin" progress "$f")
  canc=$("$bin" cancel "$f")
  raw_s=$(python3 -c "print(round($(field "$raw" wall_ms)/1000, 2))")
  zst_s=$(python3 -c "print(round($(field "$zst" wall_ms)/1000, 2))")
  py_s=$(python3 -c "print(round($(field "$py" wall_ms)/1000, 2))")
  rss=$(python3 -c "print(round(($(field "$raw" peak_rss_kib)-$(field "$raw" rss_before_kib))/1024))")
  pyrss=$(python3 -c "print(round($(field "$py" peak_rss_kib)/1024))")
  table+="
| $n | $mb | $raw_s | $zst_s | $(python3 -c "print(round($zst_s/max($raw_s,0.001),2))") | $rss | $(python3 -c "print(round($rss/max($mb,0.1),2))") | $py_s | $pyrss | $(python3 -c "print(round($py_s/max($raw_s,0.001),1))")x | $(python3 -c "print(round($(field "$red" redraw_ms),2))") | $(field "$prog" longest_stall_ms) | $(field "$canc" max_cancel_ms) |"
done
machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(date -u +%Y-%m-%d)"
echo "$table"
echo
echo "machine: $machine"
if [ "${RECORD:-0}" = 1 ]; then
  { echo; echo "## $(date -u +%Y-%m-%dT%H:%MZ) ($machine)"; echo; echo "$table"; } >> bench/RESULTS.md
fi
