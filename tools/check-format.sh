#!/usr/bin/env bash
# Every C++ file is formatted by .clang-format (issue 12): names each file that is not, with
# the command that formats it. CTest runs it, so `./dev test` fails on an unformatted file.
set -euo pipefail
cd "$(dirname "$0")/.."
# Another clang-format version lays some lines out differently: skip rather than fail there.
version=$(clang-format --version 2>/dev/null | grep -o 'version [0-9]*' | cut -d' ' -f2 || true)
if [ "$version" != 14 ]; then
    echo "skipped: clang-format 14 (Debian 12's, tools/debian12-packages.txt) is not installed"
    exit 77
fi
mapfile -t files < <(git ls-files 'app/*.cpp' 'app/*.h' 'modules/*.cpp' 'modules/*.h' 'tests/*.cpp' 'tests/*.h' 2>/dev/null \
    || find app modules tests -name '*.cpp' -o -name '*.h')
unformatted=()
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
done
if [ ${#unformatted[@]} -gt 0 ]; then
    printf 'not formatted: %s\n' "${unformatted[@]}"
    echo "run ./dev format (clang-format -i on these files)"
    exit 1
fi
echo "${#files[@]} files formatted"
