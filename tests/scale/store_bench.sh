#!/bin/sh
# The store's incremental cost, measured (not a test): db add over N generated articles
# (default 5,000), the same add again (nothing to process), then 10 new articles.
# Prints wall and CPU times and the second add's share of the first.
#   EVGRAPH=./evgraph sh tests/scale/store_bench.sh [N]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EVGRAPH=$(realpath "${EVGRAPH:-$ROOT/evgraph}")
N=${1:-5000}
export EVGRAPH_RULES="$ROOT/events"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$ROOT/tests/scale/make_articles.py" "$ROOT" "$tmp/gen" $((N + 10))
mkdir "$tmp/a"
for f in $(ls "$tmp/gen" | head -n "$N"); do mv "$tmp/gen/$f" "$tmp/a/"; done
timed() { # label, command...: runs it, prints its line and the times
    label=$1; shift
    /usr/bin/time -f "%e %U %S" -o "$tmp/time" "$@" >"$tmp/out"
    read -r wall user sys <"$tmp/time"
    printf "%-22s %s  (wall %.2f s, cpu %.2f s)\n" "$label" "$(cat "$tmp/out")" "$wall" \
        "$(echo "$user $sys" | awk '{print $1 + $2}')"
    eval "${label}_wall=$wall"
}
timed "first" "$EVGRAPH" db add -q "$tmp/a" --db "$tmp/s.db"
timed "second" "$EVGRAPH" db add -q "$tmp/a" --db "$tmp/s.db"
mv "$tmp/gen"/* "$tmp/a/"
timed "ten_new" "$EVGRAPH" db add -q "$tmp/a" --db "$tmp/s.db"
awk -v a="$first_wall" -v b="$second_wall" 'BEGIN { printf "second add / first add: %.1f%%\n", 100 * b / a }'
