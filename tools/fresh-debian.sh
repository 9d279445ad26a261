#!/usr/bin/env bash
# The README's two commands on a new machine: makes a minimal Debian 12 chroot with debootstrap
# (nothing else installed), copies the working tree in, runs `./dev test` there, then `./dev run`
# on an Xvfb display until its sign-in window shows, and saves a screenshot of it. Prints each
# step's time. Needs root and Debian's package mirror; takes a long while (the whole build and
# every test on a new system), so it is not part of CI: run it after changing
# tools/debian12-packages.txt and before a release.
#
# Usage: tools/fresh-debian.sh [--keep] [CHROOT_DIR]   (default /var/tmp/shopdesk-fresh)
#   --keep   leave the chroot in place afterwards (it is always made anew at the start)
# The screenshot is written to CHROOT_DIR.png.
set -euo pipefail
cd "$(dirname "$0")/.."
keep=0
[ "${1:-}" = "--keep" ] && { keep=1; shift; }
root=$(realpath -m "${1:-/var/tmp/shopdesk-fresh}")
. tools/chroot-common.sh
make_chroot

step "copy the working tree to /root/shopdesk"
mkdir -p "$root/root/shopdesk"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$root/root/shopdesk"
else
    tar --exclude='./build*' -cf - . | tar -xf - -C "$root/root/shopdesk"
fi
done_step

step "./dev test (installs the package list, builds, runs every test)"
in_root 'cd /root/shopdesk && ./dev test'
done_step

step "the program and its Qt plugins find every library (before anything else is installed)"
no_library_missing '/root/shopdesk/build/app/shopdesk /root/shopdesk/build/app/shopdeskctl /usr/lib/x86_64-linux-gnu/qt6/plugins/*/*.so'
done_step

step "./dev run on an X display (Xvfb), until the sign-in window shows"
await_sign_in 'cd /root/shopdesk && exec ./dev run'
done_step
echo "fresh Debian 12: ./dev test passed and ./dev run reached the sign-in window"
