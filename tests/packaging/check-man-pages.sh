#!/usr/bin/env bash
# check-man-pages.sh DIR PROGRAM... — each DIR/PROGRAM.1.gz exists, has the sections a man page
# needs, and renders without a groff warning (the check lintian runs on Debian packages).
set -u
dir=$1
shift
status=0
for program in "$@"; do
    [ -n "$program" ] || continue
    page="$dir/$program.1.gz"
    if [ ! -s "$page" ]; then
        echo "FAIL: $page is missing (build the ${program}_manpage target)"
        status=1
        continue
    fi
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
        "$page" 2>&1 >/dev/null)
    if [ -n "$warnings" ]; then
        echo "FAIL: $page renders with warnings:"
        echo "$warnings"
        status=1
    fi
    text=$(MANWIDTH=80 man -l "$page" 2>/dev/null)
    for section in NAME SYNOPSIS DESCRIPTION "SEE ALSO"; do
        if ! grep -q "^$section" <<<"$text"; then
            echo "FAIL: $page has no $section section"
            status=1
        fi
    done
    if ! grep -q -- "--help" <<<"$text"; then
        echo "FAIL: $page does not list the options (no --help)"
        status=1
    fi
    [ $status = 0 ] && echo "ok: $page"
done
exit $status
