#!/usr/bin/env bash
# The whole test suite from a fresh Debian 12 / Ubuntu 24.04 checkout: installs what is missing,
# starts the real components (PulseAudio virtual devices, Xvfb), builds with warnings as errors,
# runs every test, packages the build and proves the .deb by installing, running and removing it
# (scripts/verify-package.sh), then runs the unit and integration tests again under address +
# undefined sanitizers, then the protocol fuzzer for a bounded time. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JOBS=${LIVEDESK_JOBS:-$(nproc)}
FUZZ_SECONDS=${LIVEDESK_FUZZ_SECONDS:-60}
# The pipeline target (a message through the session and its consumers) is slower per input.
PIPELINE_FUZZ_SECONDS=${LIVEDESK_PIPELINE_FUZZ_SECONDS:-$((FUZZ_SECONDS / 2))}

step() { printf '\n=== %s (%s)\n' "$1" "$(date +%H:%M:%S)"; }

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

step "build (asan preset)"
cmake --preset asan
cmake --build --preset asan -j "$JOBS"

step "unit and integration tests under address + undefined sanitizers"
ctest --preset asan -j "$JOBS"

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
