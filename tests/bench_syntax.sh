#!/bin/sh
# bench_syntax.sh — the syntax stage alone: model load time and sentences per second for
# tag + parse on one core (taskset to CPU 0 when available), over UD English EWT dev
# (gold words, and raw sentence text); skipped when ../shared is not there.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
BUILD=${BUILD:-build}
MODEL=${EVGRAPH_MODEL:-models/en-ud.bin}
PKGS="libpcre2-8 jansson libcgraph libgvc sqlite3 libxml-2.0"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
OBJS=$(ls "$BUILD"/*.o | grep -v '/main\.o$')
${CC:-cc} -O2 -std=c11 -D_GNU_SOURCE -Iinclude $(pkg-config --cflags $PKGS) \
    -o "$tmp/bench_syntax" tests/bench_syntax.c $OBJS $(pkg-config --libs $PKGS) -lm
EWT=$ROOT/../shared/data/ud/en-ewt
if [ -d "$EWT" ]; then
    (cd "$EWT/sources" && cat $(cat ../file-lists/files.dev)) > "$tmp/in.conllu"
    echo "syntax input: UD English EWT dev ($(grep -c '^# text' "$tmp/in.conllu") sentences)"
else
    echo "syntax: no $EWT, skipped"
    exit 0
fi
PIN=""
command -v taskset >/dev/null 2>&1 && PIN="taskset -c 0"
$PIN "$tmp/bench_syntax" "$MODEL" "$tmp/in.conllu"
