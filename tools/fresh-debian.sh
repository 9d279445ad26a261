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
mirror=${SHOPDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || { echo "fresh-debian: needs root (debootstrap, chroot, mount)" >&2; exit 2; }

step_start=0
step() { step_start=$(date +%s); echo "== $*"; }
done_step() { echo "   $(( $(date +%s) - step_start )) s"; }

unmount_all() {
    for m in dev proc sys; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -R -l "$root/$m" || true
    done
}
still_mounted() { findmnt -rn -o TARGET | grep -q "^$root/"; }
cleanup() {
    for pid in ${app_pid:-} ${xvfb_pid:-}; do in_root "kill $pid" 2>/dev/null || true; done
    unmount_all
    if still_mounted; then
        echo "fresh-debian: something is still mounted under $root; left in place" >&2
    elif [ $keep -eq 0 ]; then
        rm -rf "$root"
    fi
}
in_root() { # runs a shell command in the chroot as a new root login would, with no inherited environment
    chroot "$root" env -i HOME=/root TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        bash -c "$1"
}

command -v debootstrap >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap; }
unmount_all
still_mounted && { echo "fresh-debian: $root has mounts left from an earlier run; unmount them first" >&2; exit 1; }
rm -rf "$root"
trap cleanup EXIT

step "debootstrap --variant=minbase bookworm $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
    { tail -20 "$root.debootstrap.log"; exit 1; }
# As an installed Debian 12 has them: the point releases and the security updates.
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --rbind /sys "$root/sys"
# Slaves: unmounting them later must not reach the host's own /dev/pts or /dev/shm.
mount --make-rslave "$root/dev"
mount --make-rslave "$root/sys"
done_step

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
in_root 'cd /root/shopdesk && ldd build/app/shopdesk build/app/shopdeskctl /usr/lib/x86_64-linux-gnu/qt6/plugins/*/*.so' >"$root.ldd"
if grep -q 'not found' "$root.ldd"; then
    grep -B30 'not found' "$root.ldd" | grep -E '^/|not found'
    exit 1
fi
echo "   no library missing"
done_step

step "./dev run on an X display (Xvfb), until the sign-in window shows"
# The display server and the screenshot tools are the test's own, installed after the check above.
in_root 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends xvfb x11-utils x11-apps netpbm >/dev/null'
xvfb_pid=$(in_root 'Xvfb :77 -screen 0 1280x800x24 >/tmp/xvfb.log 2>&1 & echo $!')
# The whole list in the background with its output redirected: else the command substitution
# waits for the program to end.
app_pid=$(in_root '(cd /root/shopdesk && DISPLAY=:77 exec ./dev run) </dev/null >/tmp/dev-run.log 2>&1 & echo $!')
for _ in $(seq 1 120); do
    in_root 'DISPLAY=:77 xwininfo -root -tree 2>/dev/null' | grep -q '"ShopDesk: sign in"' && break
    sleep 1
done
if ! in_root 'DISPLAY=:77 xwininfo -root -tree 2>/dev/null' | grep -q '"ShopDesk: sign in"'; then
    echo "   the sign-in window did not show within 120 s; ./dev run said:"
    tail -30 "$root/tmp/dev-run.log"
    exit 1
fi
sleep 2 # let it paint
in_root 'DISPLAY=:77 xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >/tmp/signin.png'
cp "$root/tmp/signin.png" "$root.png"
echo "   sign-in window reached; screenshot: $root.png"
done_step
echo "fresh Debian 12: ./dev test passed and ./dev run reached the sign-in window"
