#!/usr/bin/env bash
# Shows that tools/check-package-list.sh turns red when PACKAGE is taken out of the list: it must
# exit 1 and say, in its own words, which file the build read from PACKAGE.
# Usage: check-catches-gap.sh PACKAGE EXPECTED_LINE_REGEX BUILD_DIR...
set -uo pipefail
package=$1 expected=$2
shift 2
out=$("$(dirname "$0")/../../tools/check-package-list.sh" --without "$package" "$@")
status=$?
echo "$out"
[ $status -ne 77 ] || exit 77
if [ $status -ne 1 ]; then
    echo "FAIL: the check exited $status for the list less $package; expected 1 (incomplete)"
    exit 1
fi
if ! grep -qE "$expected" <<<"$out"; then
    echo "FAIL: no line matching: $expected"
    exit 1
fi
if ! grep -qE "^add to debian12-packages.txt:.* $package( |$)" <<<"$out"; then
    echo "FAIL: the check does not name $package as the package to add"
    exit 1
fi
echo "PASS: the list less $package is reported incomplete, naming the file and the package"
