#!/bin/sh
# bench_stages.sh — each stage of the pipeline apart (tests/bench_stages.c): MB/s of CPU
# time and the memory its result holds, over the 1 MB article of tests/big_article.sh and
# over the TempEval-3 articles (TimeML tags stripped, one document each; skipped when
# ../shared is not there). Compiled against the objects of $BUILD (default build/).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
BUILD=${BUILD:-build}
MODEL=${EVGRAPH_MODEL:-models/en-ud.bin}
PKGS="libpcre2-8 jansson libcgraph libgvc sqlite3 libxml-2.0"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
OBJS=$(ls "$BUILD"/*.o | grep -v '/main\.o$')
# shellcheck disable=SC2046,SC2086
${CC:-cc} -O2 -std=c11 -pthread -D_GNU_SOURCE -Iinclude $(pkg-config --cflags $PKGS) \
    -o "$tmp/bench_stages" tests/bench_stages.c $OBJS $(pkg-config --libs $PKGS) -lm
sh tests/big_article.sh 1 "$tmp/big1.txt"
echo "stages, one 1 MB article ($(wc -c <"$tmp/big1.txt") bytes):"
"$tmp/bench_stages" events "$MODEL" "$tmp/big1.txt"
SHARED=$ROOT/../shared/data/tempeval3
if [ -d "$SHARED" ]; then
    mkdir "$tmp/te3"
    for f in $(find "$SHARED" -name '*.tml'); do
        sed -e 's/<[^>]*>//g' "$f" >"$tmp/te3/$(basename "$f" .tml).txt"
    done
    echo "stages, the TempEval-3 articles ($(ls "$tmp/te3" | wc -l) documents, $(cat "$tmp"/te3/* | wc -c) bytes):"
    "$tmp/bench_stages" events "$MODEL" "$tmp"/te3/*.txt
fi
