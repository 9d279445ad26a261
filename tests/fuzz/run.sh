#!/usr/bin/env bash
# Builds the fuzz harnesses with clang + AddressSanitizer in their own build folder and runs
# each for SECONDS (default 10), first over the kept regression inputs in tests/data/fuzz/.
# Prints each harness's executions. Usage: tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
build=${SHOPDESK_FUZZ_BUILD_DIR:-build-fuzz}
if [ ! -f "$build/build.ninja" ]; then
    # binutils' ar and ranlib, named: CMake would take llvm-ar where the llvm package happens to be
    # installed, and the build would then depend on a package tools/debian12-packages.txt lacks.
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHOPDESK_FUZZ=ON \
        -DCMAKE_AR="$(command -v ar)" -DCMAKE_RANLIB="$(command -v ranlib)" \
        -DCMAKE_CXX_FLAGS="-fsanitize=address,fuzzer-no-link -fno-omit-frame-pointer" >/dev/null
fi
cmake --build "$build" >/dev/null
export SHOPDESK_FAST_HASH=1 ASAN_OPTIONS=detect_leaks=0
status=0
for harness in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$harness" ] && [ -x "$harness" ] || continue
    name=$(basename "$harness" | sed 's/^fuzz_//')
    kept="tests/data/fuzz/$name"
    corpus="$build/corpus/$name"
    mkdir -p "$corpus"
    if ls "$kept"/* >/dev/null 2>&1; then
        "$harness" "$kept"/* >/dev/null 2>&1 || { echo "fuzz $name: a kept regression input fails again"; status=1; }
    fi
    log="$build/fuzz-$name.log"
    if "$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 "$corpus" "$kept" >"$log" 2>&1; then
        runs=$(grep -oE 'Done [0-9]+ runs' "$log" | tail -1 | grep -oE '[0-9]+')
        echo "fuzz $name: ${runs:-?} executions in $seconds s, no crash"
    else
        echo "fuzz $name: CRASH; see $log and the crash-* file; keep it under $kept once fixed"
        tail -30 "$log"
        status=1
    fi
done
exit $status
