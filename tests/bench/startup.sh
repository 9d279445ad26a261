#!/usr/bin/env bash
# Start-up time to the sign-in window, in a real X server (Xvfb), against a reference measured
# in the same run: Qt Linguist, a Qt Widgets program of the same Qt, to its main window.
# Usage: tests/bench/startup.sh BUILD_DIR [ROUNDS]
set -euo pipefail
build=${1:?build folder}
rounds=${2:-5}
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config
export DISPLAY=:77
# -noreset: without it Xvfb regenerates whenever its last client leaves, and a window search
# landing in that moment crashed it (the bench then waited forever).
Xvfb $DISPLAY -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
sleep 1
"$build/app/shopdeskctl" --db "$work/demo.db" demo >/dev/null

# Milliseconds from launch until a window whose title matches $1 is mapped.
time_to_window() {
    local title=$1; shift
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 &
    local pid=$!
    # xdotool's own --sync polls twice a second; poll every 5 ms instead.
    until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do
        sleep 0.005
        if [ $(( ($(date +%s%N) - start) / 1000000000 )) -ge 30 ]; then
            echo "no window titled '$title' within 30 s: $*" >&2
            kill $pid 2>/dev/null
            exit 1
        fi
    done
    end=$(date +%s%N)
    kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
    echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

ours=(); ref=()
for _ in $(seq "$rounds"); do
    ours+=("$(time_to_window "ShopDesk" "$build/app/shopdesk" --db "$work/demo.db")")
    ref+=("$(time_to_window "Qt Linguist" /usr/lib/qt6/bin/linguist)")
done
o=$(printf '%s\n' "${ours[@]}" | median)
r=$(printf '%s\n' "${ref[@]}" | median)
echo "start-up to sign-in window: ${o} ms median of $rounds (runs: ${ours[*]})"
echo "reference, Qt Linguist to its window: ${r} ms (runs: ${ref[*]})"
awk -v o="$o" -v r="$r" 'BEGIN {printf "ratio ShopDesk / Linguist: %.2f\n", o / r}'
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
