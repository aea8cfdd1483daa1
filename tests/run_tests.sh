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
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EVGRAPH=$(cd "$ROOT" && realpath "${EVGRAPH:-./evgraph}")
BUILD=${BUILD:-build}
VALGRIND=${VALGRIND:-}
export EVGRAPH_RULES="$ROOT/events"
export NO_COLOR=1
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for t in "$ROOT/$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    (cd "$ROOT" && $VALGRIND "$t") >"$tmp/unit.out" 2>&1
    rc=$?
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$tmp/unit.out" | head -1)
    f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$tmp/unit.out" | head -1)
    p=${p:-0}
    f=${f:-0}
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1 # crashed or a sanitizer/valgrind error after the tests passed
    fi
    if [ "$f" -ne 0 ]; then
        echo "FAIL unit $name"
        sed 's/^/    /' "$tmp/unit.out" | grep -v '^    \[ \(RUN\|       OK\) ' | head -40
    fi
    pass=$((pass + p))
    fail=$((fail + f))
done

for dir in "$ROOT"/tests/cli/*/; do
    name=$(basename "$dir")
    [ -f "$dir/args" ] || continue
    want_status=0
    [ -f "$dir/status" ] && want_status=$(cat "$dir/status")
    out="$tmp/$name.out"
    err="$tmp/$name.err"
    # shellcheck disable=SC2046
    if [ -f "$dir/stdin" ]; then
        (cd "$dir" && eval "$VALGRIND \"$EVGRAPH\" $(cat args)" <stdin >"$out" 2>"$err")
    else
        (cd "$dir" && eval "$VALGRIND \"$EVGRAPH\" $(cat args)" </dev/null >"$out" 2>"$err")
    fi
    status=$?
    why=""
    [ "$status" -eq "$want_status" ] || why="exit status $status, expected $want_status"
    if [ -z "$why" ] && [ -f "$dir/expected" ] && ! cmp -s "$dir/expected" "$out"; then
        why="output differs from expected:
$(diff "$dir/expected" "$out" | head -20)"
    fi
    if [ -z "$why" ] && [ -f "$dir/contains" ]; then
        while IFS= read -r line; do
            [ -n "$line" ] || continue
            grep -qF -- "$line" "$out" || { why="missing in output: $line"; break; }
        done <"$dir/contains"
    fi
    if [ -z "$why" ] && [ -f "$dir/lacks" ]; then
        while IFS= read -r line; do
            [ -n "$line" ] || continue
            if grep -qF -- "$line" "$out"; then why="unwanted in output: $line"; break; fi
        done <"$dir/lacks"
    fi
    if [ -z "$why" ] && [ -f "$dir/stderr_contains" ]; then
        while IFS= read -r line; do
            [ -n "$line" ] || continue
            grep -qF -- "$line" "$err" || { why="missing on stderr: $line"; break; }
        done <"$dir/stderr_contains"
    fi
    if [ -z "$why" ] && [ -f "$dir/check" ]; then
        res=$(cd "$dir" && OUT="$out" ERR="$err" EVGRAPH="$EVGRAPH" sh ./check 2>&1)
        rc=$?
        if [ "$rc" -eq 77 ]; then
            echo "SKIP cli $name: $res (not counted)"
            continue
        fi
        [ "$rc" -eq 0 ] || why="check failed: $res"
    fi
    if [ -n "$VALGRIND" ] && grep -q "ERROR SUMMARY: [1-9]" "$err" 2>/dev/null; then
        why="valgrind reported errors"
    fi
    if [ -z "$why" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL cli $name: $why"
        sed 's/^/    stderr: /' "$err" | head -5
    fi
done

# The golden rule tests beside the rules (events/tests/<type>/<case>.d), each case one
# test, run in-process by the program itself.
(cd "$ROOT" && $VALGRIND "$EVGRAPH" rules --test events/tests) >"$tmp/golden.out" 2>&1
rc=$?
p=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$tmp/golden.out" | tail -1)
f=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$tmp/golden.out" | tail -1)
p=${p:-0}
f=${f:-0}
if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1 # the runner itself failed (a malformed case, a crash, a valgrind error)
fi
if [ "$f" -ne 0 ]; then
    echo "FAIL golden rule tests (events/tests)"
    grep -v ' passed, ' "$tmp/golden.out" | sed 's/^/    /' | head -60
fi
pass=$((pass + p))
fail=$((fail + f))

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
