#!/usr/bin/env bash
# verify-package-clean.sh FILE.deb
#
# The clean-system check of CI's linux-clean-install job, on this machine: a minimal Debian 12
# (debootstrap --variant=minbase) in a throw-away chroot, only the verification's own tools
# installed in it, then scripts/verify-package.sh --deb FILE.deb inside — so apt-get -f install
# has to bring in every dependency the package declares. Needs root and the Debian mirror; takes a
# few minutes (most of it downloading). The chroot is deleted on every exit path.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
[ -f "${1:-}" ] || { echo "usage: verify-package-clean.sh FILE.deb" >&2; exit 2; }
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
[ "$(id -u)" -eq 0 ] || { echo "verify-package-clean: needs root (debootstrap, chroot)" >&2; exit 2; }
MIRROR=${LIVEDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
# What verify-package.sh uses besides the package itself (see its tool check).
TOOLS="espeak-ng sox file binutils man-db desktop-file-utils appstream xvfb xauth x11-utils
    pulseaudio pulseaudio-utils dbus ca-certificates"

step() { printf '\n=== verify-package-clean: %s (%s)\n' "$1" "$(date +%H:%M:%S)"; }

chroot_dir=$(mktemp -d /var/tmp/livedesk-clean.XXXXXX)
mounted=()
cleanup() {
    local status=$?
    # Processes started inside (Xvfb, PulseAudio) hold the mounts: end them first.
    inside() {
        for pid in $(ls /proc | grep -E '^[0-9]+$'); do
            [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$chroot_dir" ] && echo "$pid"
        done
        return 0
    }
    for pid in $(inside); do kill "$pid" 2>/dev/null || true; done
    # Until they are gone (up to 10 s), not a fixed pause: a busy machine takes longer.
    for _ in $(seq 1 100); do [ -z "$(inside)" ] && break; sleep 0.1; done
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[$i]}" 2>/dev/null || true
    done
    rm -rf --one-file-system "$chroot_dir"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "a minimal Debian 12 in $chroot_dir"
debootstrap --variant=minbase bookworm "$chroot_dir" "$MIRROR" >"$chroot_dir.log" 2>&1 || {
    tail -n 20 "$chroot_dir.log"
    exit 1
}
rm -f "$chroot_dir.log"
for fs in proc sys dev dev/pts; do
    mount --bind "/$fs" "$chroot_dir/$fs"
    mounted+=("$chroot_dir/$fs")
done
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
echo "    $(chroot "$chroot_dir" dpkg-query -W -f='${Package}\n' | wc -l) packages"

step "the verification's tools (not LiveDesk's dependencies)"
chroot "$chroot_dir" apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive chroot "$chroot_dir" apt-get install -y -qq --no-install-recommends \
    $TOOLS >/dev/null
echo "    $(chroot "$chroot_dir" dpkg-query -W -f='${Package}\n' | wc -l) packages"

step "scripts/verify-package.sh --deb $(basename "$deb") inside"
mkdir -p "$chroot_dir/src"
cp -r "$ROOT/scripts" "$chroot_dir/src/"
cp "$deb" "$chroot_dir/src/"
chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    bash -c "cd /src && . scripts/test-env.sh start && scripts/verify-package.sh --deb /src/$(basename "$deb")"
