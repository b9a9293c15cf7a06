#!/usr/bin/env bash
# Runs a test with the real components it needs, starting them if the caller has not:
#   with-test-env.sh [pulse] [display] -- <test command…>
# pulse:   the PulseAudio server with the virtual devices (scripts/test-env.sh, idempotent, kept).
# display: the caller's X display if it works, else a private Xvfb for this test only.
set -u
here=$(cd "$(dirname "$0")" && pwd)
need_pulse=0
need_display=0
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    case "$1" in
    pulse) need_pulse=1 ;;
    display) need_display=1 ;;
    *) echo "with-test-env: unknown component $1" >&2; exit 2 ;;
    esac
    shift
done
shift

# shellcheck source=scripts/test-env.sh
. "$here/test-env.sh" none
if [ $need_pulse = 1 ]; then
    livedesk_pulse_start || exit 1
fi
xvfb_pid=""
if [ $need_display = 1 ] && ! { [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; }; then
    fifo=$(mktemp -u)
    mkfifo "$fifo"
    Xvfb -displayfd 4 -screen 0 1920x1080x24 -nolisten tcp 4>"$fifo" >/dev/null 2>&1 &
    xvfb_pid=$!
    read -r number <"$fifo"
    rm -f "$fifo"
    export DISPLAY=":$number"
fi
"$@"
status=$?
[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
exit $status
