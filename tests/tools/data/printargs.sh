#!/bin/sh
# Prints each argument on its own line in brackets, so a test sees exactly how argv was split.
for a in "$@"; do
    printf '[%s]\n' "$a"
done
