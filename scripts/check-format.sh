#!/usr/bin/env bash
# Fails when a C++ file differs from what .clang-format asks for.
set -euo pipefail
cd "$(dirname "$0")/.."
CF=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$CF" ]; then
    echo "check-format: clang-format not installed, skipped"
    exit 0
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v '^tests/fuzz/corpus/')
bad=0
for f in "${files[@]}"; do
    if ! diff -q <("$CF" --style=file "$f") "$f" >/dev/null; then
        echo "check-format: $f is not formatted (run: $CF -i $f)"
        bad=1
    fi
done
exit $bad
