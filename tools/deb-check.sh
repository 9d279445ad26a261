#!/usr/bin/env bash
# The Linux package on a new machine (issue 19): builds the .deb (`./dev package`), makes a
# minimal Debian 12 chroot with debootstrap, installs the package there with apt (its declared
# dependencies and nothing recommended), then checks `shopdeskctl --version` against the
# project's version, makes a demo company with `shopdeskctl demo`, and starts `shopdesk` on it on
# an Xvfb display until its sign-in window shows. Prints each step's time. Needs root and
# Debian's package mirror.
#
# Usage: tools/deb-check.sh [--keep] [CHROOT_DIR]   (default /var/tmp/shopdesk-deb)
#   --keep   leave the chroot in place afterwards
# The screenshot is written to CHROOT_DIR.png.
set -euo pipefail
cd "$(dirname "$0")/.."
keep=0
[ "${1:-}" = "--keep" ] && { keep=1; shift; }
root=$(realpath -m "${1:-/var/tmp/shopdesk-deb}")

deb=$(./dev package | tail -1)
version=$(sed -n 's/^project(ShopDesk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
echo "package: $deb (version $version)"

. tools/chroot-common.sh
make_chroot

step "apt-get install ./$(basename "$deb") (its dependencies only)"
cp "$deb" "$root/tmp/"
in_root "apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/$(basename "$deb") >/tmp/apt.log 2>&1" ||
    { tail -30 "$root/tmp/apt.log"; exit 1; }
done_step

step "shopdeskctl --version and a demo company"
said=$(in_root 'shopdeskctl --version')
[ "$said" = "shopdeskctl $version" ] || { echo "   shopdeskctl --version said: $said"; exit 1; }
echo "   $said"
in_root 'shopdeskctl --db /root/demo.db demo | tail -3'
no_library_missing '/usr/bin/shopdesk /usr/bin/shopdeskctl /usr/lib/x86_64-linux-gnu/qt6/plugins/*/*.so'
done_step

step "shopdesk on an X display (Xvfb), until the sign-in window shows"
await_sign_in 'exec shopdesk --db /root/demo.db'
done_step
echo "Debian 12 package: installed with its dependencies, shopdeskctl made a demo company, shopdesk reached the sign-in window"
