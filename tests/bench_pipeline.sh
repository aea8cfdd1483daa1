#!/bin/sh
# bench_pipeline.sh PROGRAM — whole-pipeline throughput on one long article (issue 7):
# tests/big_article.sh makes an article of BIG_MB megabytes (default 10; 100 is the size
# the robustness issue names, about four minutes), and `PROGRAM json` reads it. Prints
# the time, MB/s and the largest resident size. A benchmark, not a test: nothing fails
# on a slow machine.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROG=${1:-./evgraph}
MB=${BIG_MB:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sh "$ROOT/tests/big_article.sh" "$MB" "$tmp/big.txt"
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o "$tmp/rss" "$PROG" json -q "$tmp/big.txt" -o "$tmp/out.json"
else
    "$PROG" json -q "$tmp/big.txt" -o "$tmp/out.json"
fi
end=$(date +%s.%N)
rss=$( [ -f "$tmp/rss" ] && echo "$(( $(tail -1 "$tmp/rss") / 1024 )) MB" || echo "unknown")
awk -v mb="$MB" -v s="$start" -v e="$end" -v rss="$rss" 'BEGIN {
    t = e - s; printf "pipeline: one %d MB article in %.1f s = %.2f MB/s, max RSS %s\n", mb, t, mb / t, rss }'
