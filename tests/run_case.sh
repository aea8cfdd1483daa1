#!/bin/sh
# Runs one test of the suite and writes its verdict to RESULT: a first line
# "PASS N FAIL N" (or "SKIP"), then what to print about it. Called by run_tests.sh,
# several at once, with one argument "KIND<tab>PATH<tab>RESULT" (paths may hold
# spaces); everything it writes lives under its own RESULT.* names.
#   unit    BINARY   a cmocka binary (its own pass/fail counts)
#   cli     CASEDIR  a command-line case (see run_tests.sh)
#   golden  RULEDIR  the golden rule tests, run by the program
# Needs ROOT, EVGRAPH and VALGRIND (possibly empty) in the environment.
set -u
tab=$(printf '\t')
IFS=$tab read -r kind what res <<LINE
$1
LINE
out="$res.out"
err="$res.err"

# The counts of a runner that prints its own summary; a non-zero exit without a
# counted failure is a crash, a sanitizer or a valgrind error after the tests passed.
counted() { # file pass-sed fail-sed rc label
    p=$(sed -n "$2" "$1" | tail -1)
    f=$(sed -n "$3" "$1" | tail -1)
    p=${p:-0}
    f=${f:-0}
    [ "$4" -ne 0 ] && [ "$f" -eq 0 ] && f=1
    echo "PASS $p FAIL $f" >"$res"
    if [ "$f" -ne 0 ]; then
        echo "$5" >>"$res"
        grep -v "$6" "$1" | sed 's/^/    /' | head -60 >>"$res"
    fi
}

case_unit() {
    (cd "$ROOT" && $VALGRIND "$what") >"$out" 2>&1
    counted "$out" 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' \
        's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' $? "FAIL unit $(basename "$what")" \
        '^\[ \(RUN\|       OK\) '
}

case_golden() {
    (cd "$ROOT" && $VALGRIND "$EVGRAPH" rules --test "$what") >"$out" 2>&1
    counted "$out" 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' \
        's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' $? \
        "FAIL golden rule tests ($what)" ' passed, '
}

# Why a CLI case failed, empty when it passed; exit 77 from its check skips it.
cli_verdict() {
    dir=$1
    want_status=0
    [ -f "$dir/status" ] && want_status=$(cat "$dir/status")
    if [ -f "$dir/stdin" ]; then
        (cd "$dir" && eval "$VALGRIND \"$EVGRAPH\" $(cat args)" <stdin >"$out" 2>"$err")
    else
        (cd "$dir" && eval "$VALGRIND \"$EVGRAPH\" $(cat args)" </dev/null >"$out" 2>"$err")
    fi
    status=$?
    [ "$status" -eq "$want_status" ] || { echo "exit status $status, expected $want_status"; return; }
    if [ -f "$dir/expected" ] && ! cmp -s "$dir/expected" "$out"; then
        printf 'output differs from expected:\n%s\n' "$(diff "$dir/expected" "$out" | head -20)"
        return
    fi
    if [ -f "$dir/contains" ]; then
        while IFS= read -r line; do
            [ -n "$line" ] || continue
            grep -qF -- "$line" "$out" || { echo "missing in output: $line"; return; }
        done <"$dir/contains"
    fi
    if [ -f "$dir/lacks" ]; then
        while IFS= read -r line; do
            [ -n "$line" ] || continue
            if grep -qF -- "$line" "$out"; then echo "unwanted in output: $line"; return; fi
        done <"$dir/lacks"
    fi
    if [ -f "$dir/stderr_contains" ]; then
        while IFS= read -r line; do
            [ -n "$line" ] || continue
            grep -qF -- "$line" "$err" || { echo "missing on stderr: $line"; return; }
        done <"$dir/stderr_contains"
    fi
    if [ -n "$VALGRIND" ] && grep -q "ERROR SUMMARY: [1-9]" "$err" 2>/dev/null; then
        echo "valgrind reported errors"
        return
    fi
    if [ -f "$dir/check" ]; then
        got=$(cd "$dir" && OUT="$out" ERR="$err" EVGRAPH="$EVGRAPH" sh ./check 2>&1)
        rc=$?
        [ "$rc" -eq 77 ] && { echo "SKIP: $got"; return; }
        [ "$rc" -eq 0 ] || echo "check failed: $got"
    fi
}

case_cli() {
    name=$(basename "$what")
    why=$(cli_verdict "$what")
    case $why in
    "") echo "PASS 1 FAIL 0" >"$res" ;;
    "SKIP: "*) printf 'SKIP\nSKIP cli %s: %s (not counted)\n' "$name" "${why#SKIP: }" >"$res" ;;
    *)
        printf 'PASS 0 FAIL 1\nFAIL cli %s: %s\n' "$name" "$why" >"$res"
        sed 's/^/    stderr: /' "$err" | head -5 >>"$res"
        ;;
    esac
}

case $kind in
unit) case_unit ;;
cli) case_cli ;;
golden) case_golden ;;
*) echo "run_case.sh: unknown kind $kind" >&2; exit 2 ;;
esac
