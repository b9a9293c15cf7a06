#!/usr/bin/env bash
# Runs the ctest suite of an existing build while busy processes compete for the CPU, and reports
# every test that failed, round by round. A test that waits a fixed time instead of for its
# condition, or an engine that trusts the scheduler, shows up here rather than on a user's busy
# laptop.
#
#   scripts/test-under-load.sh [--busy N] [--build-dir DIR] [--repeat K] [-- extra ctest args]
#
#   --busy N        busy processes beside the suite (default 3; 0 runs the suite alone)
#   --build-dir DIR the configured and built tree (default build-ci)
#   --repeat K      rounds (default 1); every round runs the whole selection again
#   -- ARGS         passed to ctest after the defaults (-j<cores> --output-on-failure), e.g.
#                   -- -R 'tst_session_reconnect|tst_audioengine_pulse' or -- -L unit -j1
#
# The PulseAudio server and the X display come from scripts/test-env.sh (started here when the
# caller has none, and stopped again on exit). The busy processes are ended on exit, whatever
# ends the script. Exit status: 0 when every round passed, 1 when a test failed, 2 for bad usage.
set -u
cd "$(dirname "$0")/.." || exit 2
ROOT=$(pwd)

busy=3
build_dir=build-ci
repeat=1
ctest_extra=()
usage() { sed -n '6,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
whole_number() { [[ "$2" =~ ^[0-9]+$ ]] || { echo "test-under-load: $1 needs a whole number, not '$2'" >&2; exit 2; }; }
while [ $# -gt 0 ]; do
    case "$1" in
    --busy) [ $# -ge 2 ] || usage; whole_number --busy "$2"; busy=$2; shift 2 ;;
    --build-dir) [ $# -ge 2 ] || usage; build_dir=$2; shift 2 ;;
    --repeat) [ $# -ge 2 ] || usage; whole_number --repeat "$2"; repeat=$2; shift 2 ;;
    --) shift; ctest_extra=("$@"); break ;;
    -h | --help) usage ;;
    *) echo "test-under-load: unknown option $1" >&2; usage ;;
    esac
done
[ "$repeat" -ge 1 ] || { echo "test-under-load: --repeat must be at least 1" >&2; exit 2; }
case "$build_dir" in /*) ;; *) build_dir="$ROOT/$build_dir" ;; esac
if [ ! -f "$build_dir/CTestTestfile.cmake" ]; then
    echo "test-under-load: $build_dir is not a configured build (no CTestTestfile.cmake)" >&2
    exit 2
fi

logs=$(mktemp -d "${TMPDIR:-/tmp}/test-under-load.XXXXXX")
busy_pids=()
started_pulse=0
started_xvfb=0
cleanup() {
    for pid in "${busy_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${busy_pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [ $started_xvfb = 1 ] && [ -f "${TMPDIR:-/tmp}/livedesk-xvfb.pid" ]; then
        kill "$(cat "${TMPDIR:-/tmp}/livedesk-xvfb.pid")" 2>/dev/null || true
        rm -f "${TMPDIR:-/tmp}/livedesk-xvfb.pid"
    fi
    [ $started_pulse = 1 ] && pulseaudio --kill >/dev/null 2>&1
    return 0
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The test environment, as ctest's own runs have it; whatever was already running stays.
# shellcheck source=scripts/test-env.sh
. scripts/test-env.sh none
pactl info >/dev/null 2>&1 || started_pulse=1
{ [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; } || started_xvfb=1
if ! { livedesk_pulse_start && livedesk_xvfb_start; }; then
    echo "test-under-load: the test environment (PulseAudio, Xvfb) did not start" >&2
    exit 1
fi

for ((i = 0; i < busy; i++)); do
    # A shell loop that never sleeps: one core's worth of competition each.
    bash -c 'while :; do :; done' &
    busy_pids+=($!)
done

cores=$(nproc)
printf 'test-under-load: %d busy process(es) on %d core(s), %d round(s), build %s\n' \
    "$busy" "$cores" "$repeat" "$build_dir"
printf 'test-under-load: ctest -j%d --output-on-failure %s\n' "$cores" "${ctest_extra[*]:-}"
printf 'test-under-load: logs in %s\n' "$logs"

summary=()
failed_rounds=0
for ((round = 1; round <= repeat; round++)); do
    log="$logs/round-$round.log"
    started=$(date +%s)
    ctest --test-dir "$build_dir" -j"$cores" --output-on-failure "${ctest_extra[@]}" >"$log" 2>&1
    status=$?
    seconds=$(($(date +%s) - started))
    # ctest lists failures as "  12 - tst_name (Failed)" after "The following tests FAILED:".
    first=${#summary[@]}
    failures=$(sed -n '/The following tests FAILED:/,$p' "$log" \
                   | sed -n 's/^[[:space:]]*[0-9]\{1,\} - \(.*\)$/\1/p')
    totals=$(grep -E '^[0-9]+% tests passed' "$log" | tail -n 1)
    if [ $status -ne 0 ] || [ -n "$failures" ]; then
        failed_rounds=$((failed_rounds + 1))
        [ -n "$failures" ] || failures="(ctest exited with $status; see $log)"
        summary+=("round $round: FAILED in ${seconds}s (${totals:-no totals}); failed:")
        while IFS= read -r line; do summary+=("    $line"); done <<<"$failures"
    else
        summary+=("round $round: passed in ${seconds}s (${totals:-no totals})")
    fi
    printf '%s\n' "${summary[@]:first}"
done

echo
echo "=== test-under-load summary ($busy busy, $repeat round(s))"
printf '%s\n' "${summary[@]}"
if [ $failed_rounds -gt 0 ]; then
    echo "test-under-load: $failed_rounds of $repeat round(s) failed; full output in $logs"
    exit 1
fi
echo "test-under-load: every round passed"
