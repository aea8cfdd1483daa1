#!/bin/sh
# Runs the whole suite: every cmocka unit-test binary in $BUILD/tests, then every
# command-line case in tests/cli/<case>/. Prints one closing line "N passed, N failed".
#
# A CLI case is a directory with:
#   args             the arguments, one line (run from inside the case directory)
#   stdin            optional, fed to standard input
#   status           optional, the expected exit status (default 0)
#   expected         optional, the exact expected standard output
#   contains         optional, lines that must each appear in standard output
#   lacks            optional, lines that must not appear in standard output
#   stderr_contains  optional, lines that must each appear in standard error
#   check            optional, a shell script run afterwards in the case directory with
#                    $OUT (stdout file) and $ERR (stderr file); it fails the case by
#                    exiting non-zero, or skips it by exiting 77 (printing why)
# $VALGRIND, when set, prefixes every run of the program and of the unit tests.
# $JOBS tests run at once (default: the number of cores); verdicts print in order.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EVGRAPH=$(cd "$ROOT" && realpath "${EVGRAPH:-./evgraph}")
BUILD=${BUILD:-build}
VALGRIND=${VALGRIND:-}
export EVGRAPH_RULES="$ROOT/events"
export NO_COLOR=1
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 1)}
export ROOT EVGRAPH VALGRIND
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One line per test, "KIND<tab>PATH<tab>RESULT", in the order the verdicts are printed; the
# tests run JOBS at a time (they share nothing: each CLI case runs in its own folder
# and every scratch file is a fresh temporary), so the sanitizer and valgrind runs
# use every core.
# The golden rule tests beside the rules (events/tests/<type>/<case>.d), each case one
# test, run in-process by the program itself; first, as the longest single job.
printf 'golden\tevents/tests\t%s\n' "$tmp/0" >"$tmp/list"
n=0
for t in "$ROOT/$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    n=$((n + 1))
    printf 'unit\t%s\t%s\n' "$t" "$tmp/$n"
done >>"$tmp/list"
for dir in "$ROOT"/tests/cli/*/; do
    [ -f "$dir/args" ] || continue
    n=$((n + 1))
    printf 'cli\t%s\t%s\n' "${dir%/}" "$tmp/$n"
done >>"$tmp/list"

xargs -P "$JOBS" -d '\n' -n 1 sh "$ROOT/tests/run_case.sh" <"$tmp/list"

pass=0
fail=0
tab=$(printf '\t')
while IFS=$tab read -r kind path res; do
    if [ ! -f "$res" ]; then
        echo "FAIL $kind $path: no verdict (the runner itself failed)"
        fail=$((fail + 1))
        continue
    fi
    read -r first p _ f <"$res"
    tail -n +2 "$res"
    [ "$first" = SKIP ] && continue
    pass=$((pass + p))
    fail=$((fail + f))
done <"$tmp/list"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
