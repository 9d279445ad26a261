# Shared by tools/fresh-debian.sh and tools/deb-check.sh (sourced, not run): a new minimal
# Debian 12 chroot made with debootstrap, commands run in it as a new root login would, each step
# timed, and the program's sign-in window awaited on an Xvfb display inside it. The caller sets
# `root` (the chroot's folder) and `keep` (1: leave it in place afterwards).
mirror=${SHOPDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || { echo "$(basename "$0"): needs root (debootstrap, chroot, mount)" >&2; exit 2; }

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
        echo "$(basename "$0"): something is still mounted under $root; left in place" >&2
    elif [ "${keep:-0}" -eq 0 ]; then
        rm -rf "$root"
    fi
}
in_root() { # runs a shell command in the chroot as a new root login would, with no inherited environment
    chroot "$root" env -i HOME=/root TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        bash -c "$1"
}

# debootstrap --variant=minbase bookworm into $root, with the point releases and security updates
# as an installed Debian 12 has them, and /proc, /dev, /sys mounted.
make_chroot() {
    command -v debootstrap >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap; }
    unmount_all
    still_mounted && { echo "$(basename "$0"): $root has mounts left from an earlier run; unmount them first" >&2; exit 1; }
    rm -rf "$root"
    trap cleanup EXIT
    step "debootstrap --variant=minbase bookworm $root"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
        { tail -20 "$root.debootstrap.log"; exit 1; }
    cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --rbind /sys "$root/sys"
    # Slaves: unmounting them later must not reach the host's own /dev/pts or /dev/shm.
    mount --make-rslave "$root/dev"
    mount --make-rslave "$root/sys"
    done_step
}

# Fails, naming them, when the files `$1` (a shell word list, in the chroot) need a library that is
# not there.
no_library_missing() {
    in_root "ldd $1" >"$root.ldd"
    if grep -q 'not found' "$root.ldd"; then
        grep -B30 'not found' "$root.ldd" | grep -E '^/|not found'
        exit 1
    fi
    echo "   no library missing"
}

# Starts `$1` (a shell command, run in the chroot; let it `exec` the program) on an Xvfb display and waits up to 120 s for the
# window "ShopDesk: sign in"; saves a screenshot to $root.png. The display server and screenshot
# tools are installed here, after whatever the caller checked without them.
await_sign_in() {
    in_root 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends xvfb x11-utils x11-apps netpbm >/dev/null'
    xvfb_pid=$(in_root 'Xvfb :77 -screen 0 1280x800x24 >/tmp/xvfb.log 2>&1 & echo $!')
    # In the background with its output redirected: else the command substitution waits for the
    # program to end.
    app_pid=$(in_root "(export DISPLAY=:77; $1) </dev/null >/tmp/app-run.log 2>&1 & echo \$!")
    for _ in $(seq 1 120); do
        in_root 'DISPLAY=:77 xwininfo -root -tree 2>/dev/null' | grep -q '"ShopDesk: sign in"' && break
        sleep 1
    done
    if ! in_root 'DISPLAY=:77 xwininfo -root -tree 2>/dev/null' | grep -q '"ShopDesk: sign in"'; then
        echo "   the sign-in window did not show within 120 s; the program said:"
        tail -30 "$root/tmp/app-run.log"
        exit 1
    fi
    sleep 2 # let it paint
    in_root 'DISPLAY=:77 xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >/tmp/signin.png'
    cp "$root/tmp/signin.png" "$root.png"
    echo "   sign-in window reached; screenshot: $root.png"
}
