#!/bin/sh
# bench.sh PROGRAM — throughput of the dates stage (the temporal-expression tagger) alone.
# Compiles tests/bench_dates.c against the build objects that PROGRAM was linked from
# ($BUILD, default: the directory of PROGRAM, else build/) and runs it over the
# TempEval-3 text when ../shared exists (TimeML tags stripped), else over the repo's own
# tests/corpus/*.txt (the driver repeats the text up to 64 MB).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROG=${1:-./evgraph}
cd "$ROOT"
if [ -z "${BUILD:-}" ]; then
    d=$(dirname "$PROG")
    if ls "$d"/dates.o >/dev/null 2>&1; then BUILD=$d; else BUILD=build; fi
fi
if ! ls "$BUILD"/dates.o >/dev/null 2>&1; then
    echo "bench.sh: no $BUILD/dates.o; build first (make BUILD=$BUILD)" >&2
    exit 1
fi
PKGS="libpcre2-8 jansson libcgraph libgvc sqlite3 libxml-2.0"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
OBJS=$(ls "$BUILD"/*.o | grep -v '/main\.o$')
${CC:-cc} -O2 -std=c11 -D_GNU_SOURCE -Iinclude $(pkg-config --cflags $PKGS) \
    -o "$tmp/bench_dates" tests/bench_dates.c $OBJS $(pkg-config --libs $PKGS) -lm
SHARED=$ROOT/../shared/data/tempeval3
if [ -d "$SHARED" ]; then
    for f in $(find "$SHARED" -name '*.tml'); do
        sed -e 's/<[^>]*>//g' "$f"
    done > "$tmp/text.txt"
    echo "input: TempEval-3 text ($(wc -c < "$tmp/text.txt") bytes, repeated)"
else
    cat tests/corpus/*.txt > "$tmp/text.txt"
    echo "input: tests/corpus/*.txt ($(wc -c < "$tmp/text.txt") bytes, repeated)"
fi
"$tmp/bench_dates" "$tmp/text.txt"
