#!/bin/sh
# bench_chrono.sh PROGRAM — evgraph beside chrono-node on the same text (issue 16): the
# TempEval-3 articles (TimeML tags stripped) and the TimeBank event articles, one document
# each. Prints MB/s of CPU time for chrono-node's date parsing alone (chrono.parse over
# each article, in one node process, the module's loading not counted), for evgraph's
# date stage alone (tests/bench_stages.c, objects of $BUILD) and for the whole
# `evgraph json -q -j 1` (start-up included), and the ratios. chrono-node comes from npm,
# installed into a scratch folder each run; without npm, or when the registry cannot be
# reached, that part is skipped with a note. A benchmark, not a test: nothing fails.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROG=$(realpath "${1:-$ROOT/evgraph}")
BUILD=${BUILD:-build}
MODEL=${EVGRAPH_MODEL:-$ROOT/models/en-ud.bin}
export EVGRAPH_RULES="${EVGRAPH_RULES:-$ROOT/events}"
SHARED=$ROOT/../shared/data
if [ ! -d "$SHARED/tempeval3" ] || [ ! -x /usr/bin/time ]; then
    echo "chrono-node: needs ../shared/data/tempeval3 and /usr/bin/time; skipped"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/text"
find "$SHARED/tempeval3" -name '*.tml' | while read -r f; do
    sed -e 's/<[^>]*>//g' "$f" >"$tmp/text/te3-$(basename "$f" .tml).txt"
done
[ -d "$SHARED/timebank-events/articles" ] && cp "$SHARED"/timebank-events/articles/*.txt "$tmp/text/"
bytes=$(cat "$tmp"/text/*.txt | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.3f", b / 1048576 }')
set -- "$tmp"/text/*.txt
echo "evgraph beside chrono-node: $# articles, $mb MB"

# evgraph, whole pipeline (the start-up counted: one run over every article)
/usr/bin/time -f '%U %S %M' -o "$tmp/time" "$PROG" json -q -j 1 "$tmp/text" -o "$tmp/out.json"
whole=$(awk -v mb="$mb" '{ c = $1 + $2; printf "%.3f", mb / (c > 0 ? c : 0.001) }' "$tmp/time")
echo "  evgraph json -j 1 (whole pipeline): $whole MB/s ($(awk '{ printf "%.2f s CPU, %d MB peak", $1 + $2, $3 / 1024 }' "$tmp/time"))"

# evgraph, the date stage alone
PKGS="libpcre2-8 jansson libcgraph libgvc sqlite3 libxml-2.0"
OBJS=""
for o in "$ROOT/$BUILD"/*.o; do
    [ "$(basename "$o")" = main.o ] || OBJS="$OBJS $o"
done
# shellcheck disable=SC2046,SC2086
${CC:-cc} -O2 -std=c11 -pthread -D_GNU_SOURCE -I"$ROOT/include" $(pkg-config --cflags $PKGS) \
    -o "$tmp/bench_stages" "$ROOT/tests/bench_stages.c" $OBJS $(pkg-config --libs $PKGS) -lm
dates=$("$tmp/bench_stages" "$EVGRAPH_RULES" "$MODEL" "$tmp"/text/*.txt |
    awk '$1 == "dates" { print $2 }')
echo "  evgraph date stage alone: $dates MB/s"

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    echo "  chrono-node: no npm or node here; skipped"
    exit 0
fi
if ! timeout 300 npm install --prefix "$tmp/chrono" --no-audit --no-fund --loglevel=error \
    chrono-node@2 >"$tmp/npm.log" 2>&1; then
    echo "  chrono-node: npm could not install it (registry unreachable?); skipped"
    exit 0
fi
# chrono.parse on each article with the publication date unknown, as evgraph's date stage
# reads them (relative dates against the article's own anchor or none); CPU time of the
# parsing only, after a first article to warm the code.
cat >"$tmp/run.js" <<'JS'
const fs = require("fs"), path = require("path");
const chrono = require(path.join(process.argv[2], "node_modules", "chrono-node"));
const files = process.argv.slice(3);
const texts = files.map((f) => fs.readFileSync(f, "utf8"));
chrono.parse(texts[0]);
const t0 = process.cpuUsage();
let found = 0;
for (const t of texts) found += chrono.parse(t).length;
const t1 = process.cpuUsage(t0);
console.log(((t1.user + t1.system) / 1e6).toFixed(3) + " " + found);
JS
# shellcheck disable=SC2046
set -- $(node "$tmp/run.js" "$tmp/chrono" "$tmp"/text/*.txt)
chrono=$(awk -v mb="$mb" -v c="$1" 'BEGIN { printf "%.3f", mb / (c > 0 ? c : 0.001) }')
echo "  chrono-node $(node -p "require('$tmp/chrono/node_modules/chrono-node/package.json').version") parse alone: $chrono MB/s ($1 s CPU, $2 dates)"
awk -v w="$whole" -v d="$dates" -v c="$chrono" 'BEGIN {
    printf "  ratio to chrono-node: whole pipeline %.2f x, date stage %.1f x (issue 16 asks >= 2 x for the whole)\n",
           w / c, (d == "" ? 0 : d) / c }'
