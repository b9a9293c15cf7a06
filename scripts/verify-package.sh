#!/usr/bin/env bash
# verify-package.sh [BUILD_DIR]       package BUILD_DIR (default build-ci) with cpack, then verify
# verify-package.sh --deb FILE.deb    verify a .deb made elsewhere (CI's clean-system job)
#
# Proves the Debian package the way a user meets it: builds the .deb from an existing build (so
# CI does not compile a third time), inspects it, installs it on this machine (dpkg -i, then
# apt-get -f install for whatever dependency is missing), runs the installed programs — one
# spoken turn of /usr/bin/livedesk-cli against /usr/bin/livedesk-sim, and the GUI's offline demo
# under Xvfb until its session is live — and removes the package and every dependency the
# installation pulled in, leaving the machine as it was. Any failure stops the script with a
# message saying what went wrong; the package is removed on every exit path. Needs root or sudo.
# scripts/test.sh runs it after the test suite; docs/packaging.md explains it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=""
deb=""
if [ "${1:-}" = "--deb" ]; then
    [ -f "${2:-}" ] || { echo "verify-package: --deb needs a .deb file" >&2; exit 2; }
    deb=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
else
    BUILD=$(cd "${1:-build-ci}" && pwd)
fi
PACKAGE=livedesk
TURN_TIMEOUT_S=60
GUI_TIMEOUT_S=${LIVEDESK_GUI_TIMEOUT_S:-60}

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

step() { printf '\n--- verify-package: %s (%s)\n' "$1" "$(date +%H:%M:%S)"; }
ok() { printf '    ok: %s\n' "$*"; }
fail() {
    printf '\nverify-package: FAILED: %s\n' "$*" >&2
    exit 1
}

work=$(mktemp -d "${TMPDIR:-/tmp}/livedesk-verify.XXXXXX")
installed_by_us=0
pulled_in=()
before_packages="$work/packages-before"
sim_pid=""
gui_pid=""

# Removes the package and what it pulled in. Used on success and, best effort, on failure.
remove_package() {
    local purge=("$PACKAGE" "${pulled_in[@]}")
    if dpkg_with_lock $SUDO apt-get purge -y -qq -o DPkg::Lock::Timeout=300 "${purge[@]}" \
        >"$work/remove.log" 2>&1; then
        rm -f "$work/remove.log"
    else
        return 1
    fi
}

cleanup() {
    local status=$?
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
    if [ -n "$gui_pid" ]; then
        [ -s "$work/startup.json" ] && kill "$(grep -o '"pid": *[0-9]*' "$work/startup.json" | grep -o '[0-9]*$')" 2>/dev/null
        kill "$gui_pid" 2>/dev/null || true
    fi
    if [ "$installed_by_us" = 1 ]; then
        echo "verify-package: removing $PACKAGE after the failure" >&2
        remove_package || echo "verify-package: could not remove $PACKAGE; run: apt-get purge $PACKAGE" >&2
    fi
    if [ "$status" != 0 ] && [ -d "$work" ]; then
        for log in "$work"/*.err "$work"/*.log; do
            [ -s "$log" ] || continue
            printf '\n--- %s (last lines)\n' "$(basename "$log")" >&2
            tail -n 20 "$log" >&2
        done
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# dpkg fails at once when another dpkg or apt holds its lock (other work on a shared machine,
# unattended upgrades); wait for it instead of failing.
dpkg_with_lock() {
    local attempt output
    for attempt in $(seq 1 60); do
        if output=$("$@" 2>&1); then
            printf '%s\n' "$output"
            return 0
        fi
        if ! grep -q -i "lock" <<<"$output"; then
            printf '%s\n' "$output"
            return 1
        fi
        echo "verify-package: the dpkg database is locked, waiting ($attempt)" >&2
        sleep 5
    done
    printf '%s\n' "$output"
    return 1
}

installed_packages() { dpkg-query -W -f='${Package}:${Architecture}\n' | sort; }
is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# --------------------------------------------------------------------------------------------
tools=(dpkg-deb apt-get espeak-ng sox soxi file readelf man desktop-file-validate appstreamcli)
[ -n "$BUILD" ] && tools+=(cpack)
missing_tools=()
for tool in "${tools[@]}"; do
    command -v "$tool" >/dev/null || missing_tools+=("$tool")
done
if [ ${#missing_tools[@]} -gt 0 ]; then
    fail "missing tools: ${missing_tools[*]} (Debian: cmake espeak-ng sox file binutils man-db desktop-file-utils appstream)"
fi
if is_installed "$PACKAGE"; then
    fail "$PACKAGE is already installed here; this script installs and removes it itself, so remove it first (apt-get purge $PACKAGE)"
fi
for program in livedesk livedesk-cli livedesk-sim; do
    [ -e "/usr/bin/$program" ] && fail "/usr/bin/$program exists but belongs to no package; remove it first"
done

if [ -n "$BUILD" ]; then
    step "the package is built from $BUILD"
    [ -f "$BUILD/CPackConfig.cmake" ] || fail "$BUILD is not a configured build (run: cmake --preset ci)"
    [ -x "$BUILD/bin/livedesk-cli" ] || fail "$BUILD/bin/livedesk-cli is not built (run: cmake --build $BUILD)"
    rm -f "$BUILD"/packages/"${PACKAGE}"_*.deb
    (cd "$BUILD" && cpack -G DEB) >"$work/cpack.log" 2>&1 || fail "cpack -G DEB failed"
    debs=("$BUILD"/packages/"${PACKAGE}"_*.deb)
    [ -f "${debs[0]}" ] || fail "cpack made no .deb"
    deb=${debs[0]}
else
    step "the package is $deb"
fi
ok "$(basename "$deb") ($(du -h "$deb" | cut -f1))"

# --------------------------------------------------------------------------------------------
step "what the package says and holds"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
gui=0
grep -q -x /usr/bin/livedesk "$work/contents" && gui=1
expected=(/usr/bin/livedesk-cli /usr/bin/livedesk-sim
    /usr/share/man/man1/livedesk-cli.1.gz /usr/share/man/man1/livedesk-sim.1.gz
    /usr/share/doc/livedesk/copyright /usr/share/doc/livedesk/THIRD-PARTY-NOTICES.txt)
if [ "$gui" = 1 ]; then
    expected+=(/usr/bin/livedesk /usr/share/man/man1/livedesk.1.gz
        /usr/share/applications/io.github.livedesk.LiveDesk.desktop
        /usr/share/metainfo/io.github.livedesk.LiveDesk.metainfo.xml
        /usr/share/icons/hicolor/scalable/apps/io.github.livedesk.LiveDesk.svg)
    for size in 16 22 24 32 48 64 128 256 512; do
        expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/io.github.livedesk.LiveDesk.png")
    done
fi
for path in "${expected[@]}"; do
    grep -q -x -F "$path" "$work/contents" || fail "the package does not contain $path"
done
if grep -v -E '^/usr(/|$)' "$work/contents" | grep -q .; then
    fail "files outside /usr: $(grep -v -E '^/usr(/|$)' "$work/contents" | head -3 | tr '\n' ' ')"
fi
ok "${#expected[@]} expected files, all under /usr"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$PACKAGE" ] || fail "Package is $(field Package)"
depends=$(field Depends)
echo "    Depends: $depends"
require_dependency() {
    grep -q -E "(^|, )$1( |,|$)" <<<"$depends" || fail "Depends lacks $1 ($2)"
}
require_dependency libqt6core6 "found by dpkg-shlibdeps"
require_dependency libespeak-ng1 "found by dpkg-shlibdeps"
require_dependency espeak-ng-data "the voices, loaded at run time"
require_dependency gstreamer1.0-plugins-good "Qt Multimedia's camera pipeline"
require_dependency libqt6sql6-sqlite "Qt SQL's SQLite driver"
if [ "$gui" = 1 ]; then
    require_dependency qml6-module-qtquick "a QML module the GUI imports"
    require_dependency qml6-module-qtquick-controls "a QML module the GUI imports"
    require_dependency qml6-module-qt-labs-folderlistmodel "QtQuick.Dialogs' FileDialog imports it"
fi
ok "dependencies: shared libraries, run-time plugins and data"

mkdir "$work/unpacked"
dpkg-deb -x "$deb" "$work/unpacked"
for binary in "$work"/unpacked/usr/bin/*; do
    if readelf -d "$binary" | grep -q -E 'RPATH|RUNPATH'; then
        fail "$(basename "$binary") carries a run path: $(readelf -d "$binary" | grep -E 'RPATH|RUNPATH')"
    fi
    file "$binary" | grep -q "not stripped" && fail "$(basename "$binary") is not stripped"
done
ok "binaries stripped, no run paths into the build tree"
if [ "$gui" = 1 ]; then
    desktop-file-validate "$work/unpacked/usr/share/applications/io.github.livedesk.LiveDesk.desktop" \
        || fail "desktop-file-validate rejects the desktop entry"
    # AppStream 1.0 replaced <developer_name> by <developer>, which 0.16 (Debian 12) does not know
    # yet: there only, an unknown tag is not a failure (as in tests/packaging).
    appstream_overrides=()
    appstreamcli --version 2>/dev/null | grep -q 'version: 0\.' &&
        appstream_overrides=(--override=unknown-tag=pedantic)
    appstreamcli validate --no-net --strict "${appstream_overrides[@]}" \
        "$work/unpacked/usr/share/metainfo/io.github.livedesk.LiveDesk.metainfo.xml" \
        >"$work/appstream.log" 2>&1 || fail "appstreamcli rejects the metainfo"
    ok "desktop entry and AppStream metainfo valid"
fi

# --------------------------------------------------------------------------------------------
step "install: dpkg -i, then apt-get -f install"
installed_packages >"$before_packages"
installed_by_us=1
if ! dpkg_with_lock $SUDO dpkg -i "$deb" >"$work/install.log" 2>&1; then
    echo "    dpkg -i left dependencies to resolve:"
    grep -E "depends on|not installed" "$work/install.log" | sed 's/^/      /' || true
fi
dpkg_with_lock $SUDO apt-get -f install -y -qq -o DPkg::Lock::Timeout=300 >>"$work/install.log" 2>&1 \
    || fail "apt-get -f install could not complete the installation"
is_installed "$PACKAGE" || fail "$PACKAGE is not installed after apt-get -f install (see install.log)"
mapfile -t pulled_in < <(comm -13 "$before_packages" <(installed_packages) | grep -v -E "^$PACKAGE:")
printf '%s\n' "${pulled_in[@]}" >"$work/pulled-in.log"
ok "installed $(dpkg-query -W -f='${Version}' "$PACKAGE"); dependencies pulled in: ${#pulled_in[@]}${pulled_in:+ (${pulled_in[*]:0:8}$([ ${#pulled_in[@]} -gt 8 ] && echo " …"))}"

# --------------------------------------------------------------------------------------------
step "the installed files"
dpkg -L "$PACKAGE" >"$work/files"
while read -r path; do
    [ -e "$path" ] || fail "dpkg lists $path but it is not on disk"
done <"$work/files"
for binary in /usr/bin/livedesk-cli /usr/bin/livedesk-sim $([ "$gui" = 1 ] && echo /usr/bin/livedesk); do
    missing=$(ldd "$binary" | grep "not found" || true)
    [ -z "$missing" ] || fail "$binary cannot find: $missing"
done
ok "every library resolves"
for page in livedesk-cli livedesk-sim $([ "$gui" = 1 ] && echo livedesk); do
    [ "$(man -w "$page")" = "/usr/share/man/man1/$page.1.gz" ] || fail "man $page does not find the installed page"
    MANWIDTH=80 man "$page" 2>/dev/null | grep -q -- "--help" || fail "man $page shows no options"
done
ok "man pages found by man"
/usr/bin/livedesk-cli --version | grep -q "$(dpkg-query -W -f='${Version}' "$PACKAGE" | cut -d- -f1)" \
    || fail "livedesk-cli --version does not print the package version"
ok "livedesk-cli --version matches the package"

# --------------------------------------------------------------------------------------------
step "one spoken turn: /usr/bin/livedesk-cli against /usr/bin/livedesk-sim"
# A clean environment: nothing from the build tree, no API key from the caller.
run_clean() { env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 "$@"; }
cd "$work"
espeak-ng -w question.wav "What time is it in Paris?" || fail "espeak-ng could not make the question"
# Not through run_clean: $! must be the simulator itself, not a subshell around it.
env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 /usr/bin/livedesk-sim --port 0 >sim.out 2>sim.err &
sim_pid=$!
for _ in $(seq 1 100); do
    [ -s sim.out ] && break
    kill -0 "$sim_pid" 2>/dev/null || fail "livedesk-sim exited: $(cat sim.err)"
    sleep 0.1
done
url=$(head -n 1 sim.out | sed -n 's/^listening on //p')
[ -n "$url" ] || fail "livedesk-sim did not print its address"
grep -q "speech: espeak-ng" sim.err || fail "the simulator does not speak with espeak-ng: $(grep -o 'speech: .*' sim.err)"
ok "livedesk-sim listening on $url, speaking with espeak-ng"

set +e
run_clean /usr/bin/livedesk-cli --endpoint "$url" --api-key verify-package --input question.wav \
    --output reply.wav --events events.jsonl --metrics metrics.json --timeout "$TURN_TIMEOUT_S" \
    --quiet >cli.out 2>cli.err
cli_status=$?
set -e
kill "$sim_pid" 2>/dev/null || true
wait "$sim_pid" 2>/dev/null || true
sim_pid=""
[ "$cli_status" = 0 ] || fail "livedesk-cli exited with $cli_status: $(cat cli.err)"
grep -q '"type":"turn_complete"' events.jsonl || fail "no turn_complete event"
grep -q '"type":"input_transcript"' events.jsonl || fail "the simulator did not hear the question"
grep -q '"type":"output_transcript"' events.jsonl || fail "no output transcript"
# The reply: a 24 kHz mono 16-bit WAV of speech, not silence.
[ "$(head -c 4 reply.wav)" = "RIFF" ] || fail "reply.wav is not a WAV file"
stats=$(sox reply.wav -n stat 2>&1) || fail "sox cannot read reply.wav"
rate=$(soxi -r reply.wav)
channels=$(soxi -c reply.wav)
length_s=$(awk '/^Length \(seconds\)/ {print $3}' <<<"$stats")
rms=$(awk '/^RMS +amplitude/ {print $3}' <<<"$stats")
[ "$rate" = 24000 ] && [ "$channels" = 1 ] || fail "reply.wav is ${rate} Hz, ${channels} channels"
awk -v l="$length_s" 'BEGIN { exit !(l >= 1.0) }' || fail "the reply lasts only ${length_s} s"
awk -v r="$rms" 'BEGIN { exit !(r >= 0.01) }' || fail "the reply is silent (RMS ${rms})"
grep -q '"exit_code": *0' metrics.json || fail "metrics.json does not record exit code 0"
ok "exit code 0; reply ${length_s} s at ${rate} Hz, RMS ${rms}; transcripts both ways"

set +e
run_clean /usr/bin/livedesk-cli --sim --text "Hello" --output sim-reply.wav --timeout "$TURN_TIMEOUT_S" \
    --quiet >/dev/null 2>cli-sim.err
cli_status=$?
set -e
[ "$cli_status" = 0 ] || fail "livedesk-cli --sim exited with $cli_status: $(cat cli-sim.err)"
[ "$(soxi -D sim-reply.wav | cut -d. -f1)" -ge 1 ] || fail "livedesk-cli --sim got no spoken reply"
ok "the in-process simulator (livedesk-cli --sim) answers too"
cd "$ROOT"

# --------------------------------------------------------------------------------------------
if [ "$gui" = 1 ]; then
    step "the installed GUI: offline demo under Xvfb until the session is live"
    cd "$work"
    # A private X server and the PulseAudio devices of scripts/test-env.sh (already running for
    # the tests; the clean environment below still finds them through the runtime folder).
    pulse_server=${PULSE_SERVER:-$(pactl info 2>/dev/null | sed -n 's/^Server String: //p' || true)}
    # env -i inside the X server's session, so DISPLAY and XAUTHORITY from xvfb-run survive.
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c \
        'exec env -i PATH=/usr/bin:/bin HOME="$1" LANG=C.UTF-8 DISPLAY="$DISPLAY" \
            XAUTHORITY="${XAUTHORITY:-}" XDG_RUNTIME_DIR="$2" PULSE_SERVER="$3" \
            LIVEDESK_STARTUP_REPORT="$1/startup.json" LIVEDESK_AUTOSTART_DEMO=1 /usr/bin/livedesk' \
        verify-package "$work" "${XDG_RUNTIME_DIR:-}" "$pulse_server" >gui.out 2>gui.err &
    gui_pid=$!
    live=""
    for _ in $(seq 1 $((GUI_TIMEOUT_S * 10))); do
        kill -0 "$gui_pid" 2>/dev/null || fail "livedesk exited early: $(tail -5 gui.err)"
        if [ -s startup.json ] && grep -q '"session_live"' startup.json; then
            live=1
            break
        fi
        sleep 0.1
    done
    [ -n "$live" ] || fail "the installed GUI's demo session did not go live in ${GUI_TIMEOUT_S} s: $(tail -5 gui.err)"
    grep -q '"window_shown"' startup.json || fail "the installed GUI never showed its window"
    if grep -E "^(QML|qrc:|file:).*(Error|error|is not installed|not found)" gui.err >/dev/null; then
        fail "the installed GUI's QML reported errors: $(grep -E 'Error|not installed|not found' gui.err | head -3)"
    fi
    # Quit the GUI itself (its pid is in the report); xvfb-run then stops its X server.
    app_pid=$(grep -o '"pid": *[0-9]*' startup.json | grep -o '[0-9]*$')
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$gui_pid" 2>/dev/null || break; sleep 0.1; done
    kill "$gui_pid" 2>/dev/null || true
    wait "$gui_pid" 2>/dev/null || true
    gui_pid=""
    ok "window shown and demo session live: $(tr -d '\n ' <startup.json)"
    cd "$ROOT"
else
    step "the installed GUI"
    echo "    skipped: the package has no livedesk GUI (LIVEDESK_BUILD_GUI=OFF, or the GUI has not landed)"
fi

# --------------------------------------------------------------------------------------------
step "remove: apt-get purge, and what the installation pulled in"
remove_package || fail "apt-get purge $PACKAGE failed"
installed_by_us=0
is_installed "$PACKAGE" && fail "$PACKAGE is still installed"
while read -r path; do
    [ -d "$path" ] && continue
    [ -e "$path" ] && fail "$path is still on disk after the removal"
done <"$work/files"
if ! diff -q "$before_packages" <(installed_packages) >/dev/null; then
    fail "the installed packages differ from before: $(diff "$before_packages" <(installed_packages) | grep '^[<>]' | head -5 | tr '\n' ' ')"
fi
ok "removed; no file left behind; the package list is as before"

step "the package installs, runs and uninstalls cleanly"
