#!/bin/sh
# Graph layout benchmark: builds tests/bench_graph.c against the objects in $BUILD and
# prints render times for dot and sfdp at several sizes. MAX_DOT bounds the sizes dot is
# tried at (it grows much faster than sfdp).
set -eu
BUILD=${BUILD:-build}
MAX_DOT=${MAX_DOT:-1000}
objs=$(ls "$BUILD"/*.o | grep -v '/main\.o$')
cc -O2 -std=c11 -D_GNU_SOURCE -Iinclude $(pkg-config --cflags libpcre2-8 jansson libcgraph libgvc sqlite3 libxml-2.0) \
    -o "$BUILD/bench_graph" tests/bench_graph.c $objs \
    $(pkg-config --libs libpcre2-8 jansson libcgraph libgvc sqlite3 libxml-2.0) -lm
echo "graph layout and SVG rendering (seconds, one run each):"
"$BUILD/bench_graph" "$MAX_DOT"
