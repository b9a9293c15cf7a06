#!/usr/bin/env bash
# The translations of every string people see (translations/livedesk_<lang>.ts):
#   check-translations.sh [BUILD_DIR]   fails when running lupdate would change a .ts file (a
#                                        string was added, changed or removed without updating
#                                        the translations) or when an entry is unfinished
#   check-translations.sh --update      runs lupdate on the .ts files (then translate the new
#                                        entries in Qt Linguist or by hand)
# The sources are the interface (ui/, app/gui, app/desktop) and the engines' user-facing
# strings (session/, audio/, video/, tools/, the shared app/ pieces); not the CLI, whose output
# stays English. BUILD_DIR is accepted for scripts/test.sh and not needed.
# English is the source language; its file (livedesk_en.ts) holds only the strings with a count
# (lupdate -pluralonly), so that English says "1 day" and "2 days" where the source says
# "%Ln day(s)".
set -euo pipefail
cd "$(dirname "$0")/.."

LANGUAGES=(de es fr ja zh_CN ar)

find_lupdate() {
    if [ -n "${LUPDATE:-}" ]; then echo "$LUPDATE"; return; fi
    local bins
    for q in qtpaths6 qtpaths; do
        if command -v "$q" >/dev/null; then
            bins=$("$q" --query QT_HOST_BINS 2>/dev/null || true)
            [ -x "$bins/lupdate" ] && { echo "$bins/lupdate"; return; }
        fi
    done
    for c in /usr/lib/qt6/bin/lupdate lupdate6 lupdate; do
        if command -v "$c" >/dev/null; then echo "$(command -v "$c")"; return; fi
    done
    return 1
}

LUPDATE=$(find_lupdate) || { echo "check-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 1; }

sources() {
    git ls-files -- 'session/*.cpp' 'session/*.h' 'audio/*.cpp' 'audio/*.h' 'video/*.cpp' \
        'video/*.h' 'tools/*.cpp' 'tools/*.h' 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' \
        'ui/*.qml' | grep -v '^app/cli/' | sort
}

run_lupdate() { # ts files... (livedesk_en.ts: the plural forms only)
    local list f
    list=$(mktemp)
    sources >"$list"
    for f in "$@"; do
        local extra=()
        case "$f" in *_en.ts) extra=(-pluralonly -target-language en) ;; esac
        "$LUPDATE" -silent -no-obsolete -locations none -source-language en "${extra[@]}" -I . \
            "@$list" -ts "$f" 2> >(grep -v "lacks Q_OBJECT macro" >&2) >/dev/null
    done
    rm -f "$list"
}

ts_files=()
for l in en "${LANGUAGES[@]}"; do ts_files+=("translations/livedesk_$l.ts"); done

if [ "${1:-}" = "--update" ]; then
    run_lupdate "${ts_files[@]}"
    for f in "${ts_files[@]}"; do
        printf '%s: %s unfinished\n' "$f" "$(grep -c 'type="unfinished"' "$f" || true)"
    done
    exit 0
fi

status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copies=()
for f in "${ts_files[@]}"; do
    if [ ! -f "$f" ]; then
        echo "check-translations: $f is missing (run scripts/check-translations.sh --update)"
        status=1
        continue
    fi
    cp "$f" "$work/"
    copies+=("$work/$(basename "$f")")
done
[ ${#copies[@]} -gt 0 ] && run_lupdate "${copies[@]}"
for f in "${ts_files[@]}"; do
    [ -f "$f" ] || continue
    copy="$work/$(basename "$f")"
    if ! diff -q "$f" "$copy" >/dev/null; then
        echo "check-translations: $f is out of date: lupdate would change it:"
        diff -u "$f" "$copy" | grep '^[-+] *<source>' | head -n 20 || true
        echo "  run scripts/check-translations.sh --update and translate the new entries"
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$f" || true)
    if [ "$unfinished" != "0" ]; then
        echo "check-translations: $f has $unfinished unfinished entries"
        status=1
    fi
done
[ $status = 0 ] && echo "check-translations: ${#ts_files[@]} translations complete and up to date"
exit $status
