#!/usr/bin/env bash
# Pre-release check on Debian 13 (trixie): Qt 6.8 with its FFmpeg multimedia backend and
# webrtc-audio-processing 1.x (AEC3), which Debian 12's CI never sees. Builds (or reuses) a trixie
# chroot with debootstrap, installs the dependencies through scripts/install-deps.sh, copies this
# checkout in, builds it with the ci preset (warnings are errors) and runs the unit, integration
# and audio tests on a PulseAudio server inside the chroot. Needs root (debootstrap, mounts).
#
#   scripts/check-debian13.sh [--dir DIR] [--build-only] [--targets "T ..."] [-- ctest args]
#
#   --dir DIR     where the chroot lives and is reused (default /var/tmp/livedesk-debian13;
#                 also LIVEDESK_DEBIAN13_DIR); the build tree and ccache stay inside it
#   --build-only  configure and build, run no test
#   --targets T   build only these targets (default: everything)
#   -- ARGS       passed to ctest instead of the default label selection (-L 'unit|integration')
#
# Exit status: 0 when the build and the tests passed, 1 when one failed, 2 for bad usage.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

dir=${LIVEDESK_DEBIAN13_DIR:-/var/tmp/livedesk-debian13}
mirror=${LIVEDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
build_only=0
targets=""
ctest_args=(-L 'unit|integration')
while [ $# -gt 0 ]; do
    case "$1" in
    --dir) [ $# -ge 2 ] || exit 2; dir=$2; shift 2 ;;
    --build-only) build_only=1; shift ;;
    --targets) [ $# -ge 2 ] || exit 2; targets=$2; shift 2 ;;
    --) shift; ctest_args=("$@"); break ;;
    -h | --help) sed -n '7,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    *) echo "check-debian13: unknown option $1" >&2; exit 2 ;;
    esac
done
[ "$(id -u)" -eq 0 ] || { echo "check-debian13: needs root (debootstrap, chroot)" >&2; exit 2; }
root=$dir/root
log() { echo "check-debian13: $*"; }

# 1. The chroot, made once: debootstrap is the slow part (minutes) and its result never changes.
if ! grep -qs 'VERSION_CODENAME=trixie' "$root/etc/os-release" || [ ! -x "$root/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || { echo "check-debian13: debootstrap is missing" >&2; exit 1; }
    log "debootstrap trixie into $root"
    mkdir -p "$dir"
    debootstrap --variant=minbase --include=ca-certificates,sudo trixie "$root" "$mirror"
else
    log "reusing the chroot in $root"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The host's own certificate authorities (a proxy's, say) are trusted inside too, by apt and by
# npm (Node reads NODE_EXTRA_CA_CERTS below, not the system store).
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    chroot "$root" update-ca-certificates >/dev/null 2>&1 || true
fi

# 2. The kernel file systems, unmounted on every exit.
mounted=()
cleanup() {
    # The test server and whatever else still runs inside must let go before the unmounts.
    chroot "$root" /bin/bash -c 'pulseaudio --kill' >/dev/null 2>&1 || true
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[$i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT
mount_once() { # type-or-bind source target
    mountpoint -q "$3" && return 0
    mkdir -p "$3"
    if [ "$1" = bind ]; then mount --bind "$2" "$3"; else mount -t "$1" "$2" "$3"; fi
    mounted+=("$3")
}
mount_once proc proc "$root/proc"
mount_once sysfs sys "$root/sys"
mount_once bind /dev "$root/dev"
mount_once devpts devpts "$root/dev/pts"
mount_once tmpfs tmpfs "$root/dev/shm"
mount_once tmpfs tmpfs "$root/tmp"

in_chroot() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        CCACHE_DIR=/var/cache/livedesk-ccache NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
        /bin/bash -c "$1"
}

# 3. This checkout, as it is (uncommitted changes included), beside the kept build tree.
log "copying $REPO into the chroot"
mkdir -p "$root/src"
find "$root/src" -mindepth 1 -maxdepth 1 ! -name build-ci -exec rm -rf {} +
git -C "$REPO" ls-files -z --cached --others --exclude-standard |
    tar -C "$REPO" --null -T - -cf - | tar -C "$root/src" -xf -

# 4. Dependencies, through the project's own scripts (they know Debian 13's package names), the
#    npm peers (the SDK and MCP servers) included, as scripts/test.sh installs them.
log "installing the dependencies"
in_chroot 'apt-get update -qq && /src/scripts/install-deps.sh && /src/scripts/install-node-deps.sh' |
    tail -n 3
in_chroot 'echo "Qt $(qtpaths6 --qt-version 2>/dev/null || echo ?), $(pkg-config --print-provides webrtc-audio-processing-1 2>/dev/null || echo "no webrtc-audio-processing-1"), $(g++ --version | head -n1)"'

# 5. Build, as CI does.
log "building (ci preset)"
in_chroot 'cd /src && cmake --preset ci >/tmp/configure.log 2>&1 || { cat /tmp/configure.log; exit 1; }
           grep -E "WEBRTC_APM|Qt6? version|LiveDesk optional" /tmp/configure.log || true
           nice -n 5 cmake --build build-ci -j"$(nproc)" '"${targets:+--target $targets}"' 2>&1 |
               tail -n 40; exit ${PIPESTATUS[0]}'
[ -x "$root/src/build-ci/bin/livedesk" ] &&
    in_chroot 'QT_QPA_PLATFORM=offscreen /src/build-ci/bin/livedesk --version | grep -i webrtc'

[ "$build_only" -eq 1 ] && { log "built; no tests (--build-only)"; exit 0; }

# 6. Tests on PulseAudio and Xvfb inside the chroot (scripts/test-env.sh), never the host's.
log "testing: ctest ${ctest_args[*]}"
quoted=$(printf '%q ' "${ctest_args[@]}")
in_chroot "export XDG_RUNTIME_DIR=/tmp/xdg TMPDIR=/tmp/tmp LIVEDESK_XVFB_DISPLAY=113
           mkdir -p -m700 \$XDG_RUNTIME_DIR \$TMPDIR && cd /src && . scripts/test-env.sh start &&
           ctest --test-dir build-ci --output-on-failure -j2 $quoted; rc=\$?
           . scripts/test-env.sh stop; exit \$rc"
log "passed"
