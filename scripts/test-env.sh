#!/usr/bin/env bash
# Starts the real components the tests use, without a sound card or a display:
#  - a PulseAudio server with a null sink as the virtual speaker (livedesk_speaker) and a virtual
#    microphone (livedesk_mic: the monitor of the null sink livedesk_mic_feed, remapped as a
#    source). Tests play speech into livedesk_mic_feed and record the speaker from
#    livedesk_speaker.monitor.
#  - an Xvfb display, exported as DISPLAY, for GUI and screen-capture tests.
# Source it (". scripts/test-env.sh start") so the exports reach the caller; "stop" tears down.
set -u

livedesk_pulse_start() {
    if ! pactl info >/dev/null 2>&1; then
        pulseaudio --daemonize=yes --exit-idle-time=-1 --disallow-exit >/dev/null 2>&1 ||
            pulseaudio --system=false --daemonize=yes --exit-idle-time=-1 >/dev/null 2>&1
        for _ in $(seq 1 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
    fi
    if ! pactl info >/dev/null 2>&1; then
        echo "test-env: PulseAudio did not start" >&2
        return 1
    fi
    pactl unload-module module-suspend-on-idle >/dev/null 2>&1 || true
    # Every PulseAudio server of this user shares one saved-volume database (~/.config/pulse):
    # a stream muted once comes back muted, by its role, in every later test on every server
    # (module-loopback's streams, role "abstract", were restored muted at -22 dB).
    pactl unload-module module-stream-restore >/dev/null 2>&1 || true
    if ! pactl list short sinks | grep -q livedesk_speaker; then
        pactl load-module module-null-sink sink_name=livedesk_speaker \
            sink_properties=device.description=LiveDesk_Virtual_Speaker >/dev/null
    fi
    if ! pactl list short sinks | grep -q livedesk_mic_feed; then
        pactl load-module module-null-sink sink_name=livedesk_mic_feed \
            sink_properties=device.description=LiveDesk_Microphone_Feed >/dev/null
    fi
    if ! pactl list short sources | grep -q -P '\tlivedesk_mic\t'; then
        pactl load-module module-remap-source source_name=livedesk_mic \
            master=livedesk_mic_feed.monitor \
            source_properties=device.description=LiveDesk_Virtual_Microphone >/dev/null
    fi
    pactl set-default-sink livedesk_speaker
    pactl set-default-source livedesk_mic
    local device
    for device in livedesk_speaker livedesk_mic_feed; do
        pactl set-sink-mute "$device" 0 && pactl set-sink-volume "$device" 100%
    done
    for device in livedesk_mic livedesk_speaker.monitor livedesk_mic_feed.monitor; do
        pactl set-source-mute "$device" 0 && pactl set-source-volume "$device" 100%
    done
    export LIVEDESK_TEST_PULSE=1
}

livedesk_xvfb_start() {
    if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
        return 0
    fi
    local display=":${LIVEDESK_XVFB_DISPLAY:-97}"
    Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    echo $! >"${TMPDIR:-/tmp}/livedesk-xvfb.pid"
    export DISPLAY="$display"
    for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
    xdpyinfo >/dev/null 2>&1 || { echo "test-env: Xvfb did not start" >&2; return 1; }
}

livedesk_test_env_stop() {
    if [ -f "${TMPDIR:-/tmp}/livedesk-xvfb.pid" ]; then
        kill "$(cat "${TMPDIR:-/tmp}/livedesk-xvfb.pid")" 2>/dev/null || true
        rm -f "${TMPDIR:-/tmp}/livedesk-xvfb.pid"
    fi
    pulseaudio --kill >/dev/null 2>&1 || true
}

case "${1:-start}" in
start)
    livedesk_pulse_start && livedesk_xvfb_start
    ;;
stop)
    livedesk_test_env_stop
    ;;
none) ;; # only define the functions
esac
