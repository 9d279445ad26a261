#!/usr/bin/env bash
# Is tools/debian12-packages.txt complete? Takes every file under /usr that a build read (the
# compiler's dependency files through `ninja -t deps`, the CMake files that find_package loaded,
# the libraries and tools named in the build files), finds the Debian package of each, and
# requires every such package to be in the dependency closure of the list without recommends
# (or to be essential or required, as on any minimal Debian 12). Names each file whose package
# is missing, and each file no package owns. Takes seconds on a built tree.
#
# Usage: tools/check-package-list.sh [--list FILE] [--without PACKAGE]... BUILD_DIR...
#   --without   check the list less PACKAGE (the tests show that the check catches a gap)
# Exit codes: 0 complete, 1 incomplete, 2 wrong usage, 77 nothing to check (no Ninja build).
set -euo pipefail
export LC_ALL=C
here=$(cd "$(dirname "$0")" && pwd)
list="$here/debian12-packages.txt"
without=()
dirs=()
while [ $# -gt 0 ]; do
    case "$1" in
    --list) list=$2; shift 2 ;;
    --without) without+=("$2"); shift 2 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) dirs+=("$1"); shift ;;
    esac
done
[ ${#dirs[@]} -gt 0 ] || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. The packages the list stands for: itself (less --without), what it depends on, recursively,
#    and what every minimal Debian 12 has.
sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$list" | awk '{print $1}' | sort -u >"$work/listed"
for p in ${without[@]+"${without[@]}"}; do
    grep -qx "$p" "$work/listed" || { echo "--without $p: not in $list" >&2; exit 2; }
    grep -vx "$p" "$work/listed" >"$work/listed.new" || true
    mv "$work/listed.new" "$work/listed"
done
mapfile -t listed <"$work/listed"
# What apt would install on an empty system, without recommends: one package for each
# alternative and virtual package, as a new machine gets. Without package lists (apt-get update
# never run) apt cannot say; then the wider closure of apt-cache, every alternative counted.
if apt-get -s -q -o Dir::State::status=/dev/null -o Debug::NoLocking=1 install --no-install-recommends \
    "${listed[@]}" >"$work/simulated" 2>/dev/null; then
    awk '/^Inst / { sub(/:.*/, "", $2); print $2 }' "$work/simulated" >"$work/closure"
else
    apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
        --no-replaces --no-enhances "${listed[@]}" 2>/dev/null |
        awk '/^[^ ]/ { gsub(/[<>]/, ""); sub(/:.*/, ""); print }' >"$work/closure"
fi
dpkg-query -W -f='${Package} ${Essential} ${Priority}\n' |
    awk '$2 == "yes" || $3 == "required" { print $1 }' >>"$work/closure"
sort -u -o "$work/closure" "$work/closure"

# 2. The files under /usr that the builds read.
found_build=0
for dir in "${dirs[@]}"; do
    [ -f "$dir/build.ninja" ] || continue
    found_build=1
    {
        ninja -C "$dir" -t deps | awk '/^ +\// { print $1 }'
        ninja -C "$dir" -t query build.ninja | awk '/^ +(\|\|? )?\// { print $NF }'
        ninja -C "$dir" -t commands | grep -oE '/usr/[^][ :;"$()=]+' || true
    } >>"$work/read.raw"
done
[ $found_build -eq 1 ] || { echo "no Ninja build in ${dirs[*]}: nothing to check"; exit 77; }
sort -u "$work/read.raw" | grep '^/usr/' | xargs -r realpath -q -s -e 2>/dev/null | sort -u |
    while IFS= read -r f; do [ -f "$f" ] && printf '%s\n' "$f"; done >"$work/read" || true

# 3. Each file's package: the path as read (or, on a merged /usr, as packaged under /lib, /bin,
#    /sbin), else the file a symbolic link leads to.
owners_of() { # FILE_OF_PATHS -> "path<TAB>package" for every owned path
    awk '{ print } /^\/usr\/(lib|lib64|bin|sbin)\// { print substr($0, 5) }' "$1" |
        sort -u >"$work/candidates"
    [ -s "$work/candidates" ] || return 0
    { grep -HFxf "$work/candidates" /var/lib/dpkg/info/*.list 2>/dev/null || true; } |
        sed -E 's|^/var/lib/dpkg/info/([^:]+)(:[^:]*)?\.list:(.*)$|\3\t\1|' |
        awk -F'\t' '{ p = $1; if (p !~ /^\/usr\//) p = "/usr" p; print p "\t" $2 }' | sort -u
}
owners_of "$work/read" >"$work/owned"
cut -f1 "$work/owned" | sort -u | comm -23 "$work/read" - >"$work/unowned"
: >"$work/resolved"
while IFS= read -r f; do
    printf '%s\t%s\n' "$f" "$(realpath -e "$f")" >>"$work/resolved"
done <"$work/unowned"
cut -f2 "$work/resolved" >"$work/targets"
owners_of "$work/targets" >"$work/targets.owned"
awk -F'\t' 'NR == FNR { owner[$1] = owner[$1] " " $2; next }
            { if ($2 in owner) { n = split(owner[$2], ps, " "); for (i = 1; i <= n; i++) print $1 "\t" ps[i] }
              else print $1 "\t-" }' "$work/targets.owned" "$work/resolved" >>"$work/owned"

# 4. Verdict: a file is covered when one of its packages is in the closure.
awk -F'\t' 'NR == FNR { inclosure[$1] = 1; next }
            { if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 }
              if ($2 == "-") unowned[$1] = 1
              else { sep = ($1 in pkgs) ? ", " : ""; pkgs[$1] = pkgs[$1] sep $2; if ($2 in inclosure) ok[$1] = 1 } }
            END { for (i = 1; i <= n; i++) { f = order[i]
                      if (f in ok) continue
                      if (f in unowned) print "unowned\t" f
                      else print "missing\t" f "\t" pkgs[f] } }' "$work/closure" "$work/owned" >"$work/verdict"

files=$(wc -l <"$work/read")
if [ "$files" -eq 0 ]; then
    echo "package list check: the builds in ${dirs[*]} read no file under /usr; build first"
    exit 1
fi
if [ ! -s "$work/verdict" ]; then
    echo "package list complete: $files files under /usr read by the build, all from packages that $(basename "$list") pulls in"
    exit 0
fi
echo "package list INCOMPLETE ($(basename "$list")${without[*]+, less ${without[*]}}):"
awk -F'\t' '$1 == "missing" { shown[$3]++; if (shown[$3] <= 3) print "  the build read " $2 " from package " $3 ", which the list does not pull in"
                              else if (shown[$3] == 4) print "  ... and more files from " $3 }
            $1 == "unowned" { print "  the build read " $2 ", which no Debian package installed" }' "$work/verdict"
missing=$(awk -F'\t' '$1 == "missing" { print $3 }' "$work/verdict" | sort -u | tr '\n' ' ')
[ -z "$missing" ] || echo "add to $(basename "$list"): $missing"
exit 1
