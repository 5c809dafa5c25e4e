#!/usr/bin/env bash
# VRAMScope set-up: installs what is missing (Debian 12, as root), builds, then runs.
#   scripts/vramscope.sh run    build and open the bundled example snapshot
#   scripts/vramscope.sh test   build and run every test (what .ci/run calls)
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake ninja-build g++ pkg-config python3 zstd
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqcustomplot-dev libzstd-dev zlib1g-dev rapidjson-dev libgl-dev)
TEST_PACKAGES=(xvfb xauth chromium clang libclang-rt-14-dev)

install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "== installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    stage_done "package install"
  fi
}

build() {
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" --parallel "$(nproc)"
  stage_done "build of $dir"
}

# CI has a time budget (30 min): each stage says how long it took, so the slow one is visible.
stage_done() { echo "== $1 done at $((SECONDS / 60)) min $((SECONDS % 60)) s"; }

case "${1:-}" in
run)
  install_missing "${PACKAGES[@]}"
  build build
  example=resources/examples/example_oom.pickle.zst
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "== no display available: printing the headless summary of the example instead"
    build/bin/vramscope summary "$example"
    build/bin/vramscope diagnose "$example" || true
  else
    exec build/bin/vramscope "$example"
  fi
  ;;
test)
  install_missing "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  build build
  (cd build && ctest --output-on-failure --timeout 600 -j "$(nproc)")
  stage_done "tests"
  echo "== benchmark smoke run (a small size, to prove the benchmark works; targets are judged on bench/run.sh's full sizes)"
  REPEAT=1 bash bench/run.sh 20000
  stage_done "benchmark smoke run"
  if [ ! -d ../shared/corpus ]; then
    echo "== NOTE: ../shared/corpus is absent: these corpus tests were SKIPPED:"
    echo "==   cli/tst_cli::sharedCorpus (every real snapshot and HTML embed loads)"
    echo "==   cli/tst_cli::corpusGolden (summaries equal tests/tools/golden_summary.py's; OOM moments)"
    echo "==   model/tst_oommessage::sharedCorpusMessages, model/tst_hostileschema::truncatedCorpus,"
    echo "==   model/tst_comparison::corpusPairs; and the fuzz seeds use tests/data only"
  fi
  if [ "${VRAMSCOPE_SKIP_SANITIZERS:-0}" != 1 ]; then
    echo "== the whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer"
    build build-asan -DVRAMSCOPE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DVRAMSCOPE_BUILD_BENCH=OFF
    (cd build-asan && ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
      ctest --output-on-failure --timeout 900 -j "$(nproc)")
    stage_done "sanitizer tests"
  fi
  if [ "${VRAMSCOPE_SKIP_FUZZ:-0}" != 1 ]; then
    echo "== libFuzzer targets with clang, 45 s each (scripts/fuzz.sh; skip: VRAMSCOPE_SKIP_FUZZ=1)"
    bash scripts/fuzz.sh 45
    stage_done "fuzzing"
  fi
  ;;
*)
  echo "usage: $0 run|test" >&2
  exit 64
  ;;
esac
