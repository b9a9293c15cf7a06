#!/usr/bin/env bash
# The whole test suite from a fresh Debian 12 / Ubuntu 24.04 checkout: installs what is missing,
# starts the real components (PulseAudio virtual devices, Xvfb), builds with warnings as errors,
# runs every test, packages the build and proves the .deb by installing, running and removing it
# (scripts/verify-package.sh), then runs the unit and integration tests again under address +
# undefined sanitizers, the threaded unit tests under the thread sanitizer, then the protocol
# fuzzer for a bounded time. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JOBS=${LIVEDESK_JOBS:-$(nproc)}
# ccache keys without the checkout's own path, so a fresh clone in another folder reuses what an
# earlier build of the same sources compiled (the compile commands hold absolute paths).
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$ROOT}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
FUZZ_SECONDS=${LIVEDESK_FUZZ_SECONDS:-60}
# The pipeline target (a message through the session and its consumers) is slower per input.
PIPELINE_FUZZ_SECONDS=${LIVEDESK_PIPELINE_FUZZ_SECONDS:-$((FUZZ_SECONDS / 2))}

# Each step says how much disk is left: CI machines differ, and one ran out of space linking the
# sanitized tests (2026-12-06).
step() { printf '\n=== %s (%s, %s free)\n' "$1" "$(date +%H:%M:%S)" "$(df -h --output=avail . | tail -n 1 | tr -d ' ')"; }
# A finished build tree is removed before the next one starts, unless LIVEDESK_KEEP_BUILDS=1 (for
# a developer who wants them): the four trees together take about 12 GB, one at a time about 5.
free_tree() { [ "${LIVEDESK_KEEP_BUILDS:-0}" = 1 ] || rm -rf "$1"; }

step "dependencies"
./scripts/install-deps.sh
./scripts/install-node-deps.sh

step "test environment"
# shellcheck source=scripts/test-env.sh
. scripts/test-env.sh start
trap 'scripts/test-env.sh stop' EXIT

step "build (ci preset: warnings are errors)"
cmake --preset ci
cmake --build --preset ci -j "$JOBS"

step "tests"
ctest --preset ci -j "$JOBS"

step "package: build the .deb from build-ci, install it, run it, remove it"
./scripts/verify-package.sh build-ci

step "static checks"
./scripts/check-format.sh
[ -x scripts/check-translations.sh ] && ./scripts/check-translations.sh build-ci

free_tree build-ci

step "build (asan preset)"
cmake --preset asan
cmake --build --preset asan -j "$JOBS"

step "unit and integration tests under address + undefined sanitizers"
ctest --preset asan -j "$JOBS"

step "unit tests under ThreadSanitizer"
# On by default (LIVEDESK_TSAN=0 skips it, e.g. for a quick local run). Qt, GLib and libpulse are
# not built with TSan: the preset's ignore_noninstrumented_modules=1 drops what their calls into
# TSan's interceptors look like, and tests/tsan.supp names the one hand-over inside Qt left
# (never a whole library: that hid every race on the tests' main thread; tst_tsan_canary proves
# a race is still reported). Races in LiveDesk's own code fail the test.
# Only the threaded tests run (CMakePresets.json: rings, jitter buffer, barge-in, playback,
# recording, session, tools, MCP, video, the app's settings with the audio engine, the canary),
# so only their libraries are built: the whole unit suite (66 tests, all clean on 2026-12-06)
# costs about 20 minutes from a cold ccache on 2 cores (292 instrumented sources at ~7.5 s of CPU
# each), which would take CI from ~30 to past 45 minutes; these 20 need about 200 sources, about
# 13 minutes, and run in about 45 seconds.
free_tree build-asan
if [ "${LIVEDESK_TSAN:-1}" != 0 ]; then
    cmake --preset tsan
    # The tests' executables (a few unit tests are commands, e.g. desktop-file-validate).
    all_targets=$(ninja -C build-tsan -t targets all | cut -d: -f1)
    tsan_targets=()
    while read -r name; do
        if grep -qx "$name" <<<"$all_targets"; then tsan_targets+=("$name"); fi
    done < <(ctest --preset tsan -N | sed -n 's/^ *Test *#[0-9]*: //p')
    cmake --build --preset tsan -j "$JOBS" --target "${tsan_targets[@]}"
    ctest --preset tsan -j "$JOBS"
    free_tree build-tsan
else
    echo "ThreadSanitizer step skipped (LIVEDESK_TSAN=0)"
fi

step "fuzzing the server-message decoder (${FUZZ_SECONDS}s) and pipeline (${PIPELINE_FUZZ_SECONDS}s)"
if command -v clang++-14 >/dev/null || command -v clang++ >/dev/null; then
    CLANGXX=$(command -v clang++-14 || command -v clang++)
    CLANGC=$(command -v clang-14 || command -v clang)
    cmake -S . -B build-fuzz -G Ninja -DLIVEDESK_FUZZ_ONLY=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER="$CLANGC" -DCMAKE_CXX_COMPILER="$CLANGXX" >/dev/null
    cmake --build build-fuzz -j "$JOBS" --target fuzz_server_message fuzz_server_pipeline
    corpus=$(mktemp -d)
    cp tests/fuzz/corpus/* "$corpus"/
    ./build-fuzz/bin/fuzz_server_message -max_total_time="$FUZZ_SECONDS" -max_len=4096 \
        -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
    rm -rf "$corpus"
    corpus=$(mktemp -d)
    cp tests/fuzz/corpus/* tests/fuzz/corpus_pipeline/* "$corpus"/
    ./build-fuzz/bin/fuzz_server_pipeline -max_total_time="$PIPELINE_FUZZ_SECONDS" \
        -max_len=8192 -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
    rm -rf "$corpus"
else
    echo "clang not available: fuzz target skipped"
fi

step "all tests passed"
