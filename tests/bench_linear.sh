#!/bin/sh
# bench_linear.sh PROGRAM — whether the time of `evgraph json` on one document grows
# linearly with its size (issue 16): CPU seconds and peak memory of
#   * one article of distinct real text (many lines) of LINEAR_MB MB each (default
#     "1 4 16"), and
#   * the same text as one line (no line or paragraph break) of LINE_MB MB each (default
#     "0.25 0.5 1 2"),
#   * shapes that were once quadratic, each at 0.1 and 0.4 MB on one line: names sharing
#     a first word, "Federal X Commission (FXC)" names, dated items in sentences that do
#     not end ("Inc. On March 2, ..."), a comma-separated list of names,
# with the exponent of a least-squares fit of log(time) on log(size) for each series
# (1.0 is linear), from the CPU time with the start-up (rules and model, timed on a
# one-sentence article) taken off. The text is the gold corpus, the samples, the held-out
# and the TimeBank articles and the TempEval-3 text, copied with every capitalised word
# given a suffix per copy ("Acmeb", "Acmec" ...), so that names differ as they do in a
# real collection. About a minute and a half of CPU with the defaults; LINEAR=0 skips.
# A benchmark, not a test: nothing fails on a slow machine.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROG=${1:-./evgraph}
export EVGRAPH_RULES="${EVGRAPH_RULES:-$ROOT/events}"
if [ "${LINEAR:-1}" = 0 ]; then
    echo "linearity: skipped (LINEAR=0)"
    exit 0
fi
if [ ! -x /usr/bin/time ] || ! command -v python3 >/dev/null; then
    echo "linearity: needs /usr/bin/time and python3; skipped"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat "$ROOT"/tests/corpus/*.txt "$ROOT"/tests/samples/*.txt "$ROOT"/tests/fresh/*.txt \
    >"$tmp/pool.txt"
SHARED=$ROOT/../shared/data
[ -d "$SHARED/timebank-events/articles" ] && cat "$SHARED"/timebank-events/articles/*.txt >>"$tmp/pool.txt"
[ -d "$SHARED/tempeval3" ] && find "$SHARED/tempeval3" -name '*.tml' -exec sed -e 's/<[^>]*>//g' {} + >>"$tmp/pool.txt"

# make MEGABYTES OUT one|lines: the pool copied until OUT holds MEGABYTES MB. Lines that
# would end a body ("About Acme", "###", "-30-": what follows is boilerplate) are left
# out, so that every byte is read as body text.
make_text() {
    python3 "$ROOT/tests/bench_linear_text.py" text "$tmp/pool.txt" "$@"
}

# measure FILE: prints "CPU PEAK_MB" of one `PROGRAM json -j 1` run
measure() {
    /usr/bin/time -f '%U %S %M' -o "$tmp/time" "$PROG" json -q -j 1 "$1" -o "$tmp/out.json" ||
        echo "(exit status $?)" >&2
    awk '{ printf "%.2f %d\n", $1 + $2, $3 / 1024 }' "$tmp/time"
}

printf 'January 8, 2025\n\nAcme Corp agreed to buy Beta Inc on Monday.\n' >"$tmp/tiny.txt"
# shellcheck disable=SC2046
set -- $(measure "$tmp/tiny.txt")
base=$1
echo "linearity of evgraph json on one document (-j 1; start-up $base s CPU, taken off for the exponent):"

# series NAME one|lines SIZES...: one line per size, then the exponent
series() {
    name=$1 shape=$2
    shift 2
    : >"$tmp/points"
    for mb in "$@"; do
        make_text "$mb" "$tmp/in.txt" "$shape"
        # shellcheck disable=SC2046
        set -- $(measure "$tmp/in.txt")
        printf '  %-22s %5s MB %8.2f s CPU %6.3f MB/s %5d MB peak\n' "$name" "$mb" "$1" \
            "$(awk -v m="$mb" -v c="$1" 'BEGIN { print m / (c > 0 ? c : 1) }')" "$2"
        echo "$mb $1" >>"$tmp/points"
        rm -f "$tmp/in.txt"
    done
    awk -v b="$base" -v name="$name" '
        { c = $2 - b; if (c <= 0) c = 0.01; x = log($1); y = log(c); n++; sx += x; sy += y; sxx += x * x; sxy += x * y }
        END { if (n > 1) printf "  %s: time grows as size^%.2f\n", name, (n * sxy - sx * sy) / (n * sxx - sx * sx) }' "$tmp/points"
}

# shellcheck disable=SC2086
series "real text, lines" lines ${LINEAR_MB:-1 4 16}
# shellcheck disable=SC2086
series "real text, one line" one ${LINE_MB:-0.25 0.5 1 2}

# shape NAME OUT MEGABYTES: one line of a repeated pattern, the names varied
make_shape() {
    python3 "$ROOT/tests/bench_linear_text.py" shape "$@"
}

echo "shapes once quadratic, one line each (CPU seconds at 0.1 and 0.4 MB; 4 times the input):"
for name in first acronym dated commas; do
    make_shape "$name" "$tmp/a.txt" 0.1
    make_shape "$name" "$tmp/b.txt" 0.4
    # shellcheck disable=SC2046
    set -- $(measure "$tmp/a.txt") $(measure "$tmp/b.txt")
    awk -v n="$name" -v a="$1" -v b="$3" -v base="$base" 'BEGIN {
        x = a - base; y = b - base; if (x <= 0) x = 0.01; if (y <= 0) y = 0.01
        printf "  %-8s %6.2f s  %6.2f s  time grows as size^%.2f\n", n, a, b, log(y / x) / log(4) }'
done
