#!/bin/sh
# check_big.sh PROGRAM — the robustness checks too slow for `make test` (issue 19), run by
# `make check-big`:
#   1. one article of BIG_MB MB (default 50) as a single line, and one a tenth of that
#      size: CPU time and peak memory of each; fails if ten times the input takes more
#      than 20 times the time (something quadratic) or the peak memory passes the bound
#      the README documents (16 bytes per input byte plus 64 MB);
#   2. 10,000 small rule files: load time and memory (fails over 30 s or 512 MB), and
#      the sample articles through them give what the shipped rules give;
#   3. all 720 orders of the six sample articles give byte-identical JSON (make test
#      runs the six orders of s4-s6 and a few of a mixed set).
# Prints one line per measurement; exit 1 when a bound is broken.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROG=$(realpath "${1:-$ROOT/evgraph}")
MB=${BIG_MB:-50}
export EVGRAPH_RULES="$ROOT/events"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

one_line() { # MEGABYTES OUT: tests/big_article.sh's article with its body on one line
    sh "$ROOT/tests/big_article.sh" "$1" "$tmp/lines.txt"
    { head -1 "$tmp/lines.txt"; tail -n +2 "$tmp/lines.txt" | tr '\n' ' '; } >"$2"
    rm -f "$tmp/lines.txt"
}

measure() { # NAME ARGS...: runs PROG ARGS, sets $cpu (s) and $rss (KB)
    name=$1
    shift
    /usr/bin/time -f '%U %S %M' -o "$tmp/time" "$PROG" "$@" >/dev/null
    cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$tmp/time")
    rss=$(awk '{ print $3 }' "$tmp/time")
    echo "$name: $cpu s CPU, $((rss / 1024)) MB peak"
}

small=$((MB / 10 > 0 ? MB / 10 : 1))
one_line "$small" "$tmp/small.txt"
one_line "$MB" "$tmp/big.txt"
measure "one-line article, $small MB" json -q "$tmp/small.txt" -o "$tmp/small.json"
small_cpu=$cpu
measure "one-line article, $MB MB" json -q "$tmp/big.txt" -o "$tmp/big.json"
bytes=$(wc -c <"$tmp/big.txt")
bound=$((bytes * 16 / 1024 + 65536))
if [ "$rss" -gt "$bound" ]; then
    echo "FAIL: $((rss / 1024)) MB peak, over the documented bound of $((bound / 1024)) MB"
    fail=1
fi
if awk -v a="$small_cpu" -v b="$cpu" -v r=$((MB / small)) 'BEGIN { exit !(b > 2 * r * (a > 0.5 ? a : 0.5)) }'; then
    echo "FAIL: $((MB / small)) times the input took more than $((2 * MB / small)) times the time"
    fail=1
fi

mkdir "$tmp/rules"
cp "$ROOT"/events/*.json "$tmp/rules/"
python3 - "$tmp/rules" <<'PY'
import json, sys
for i in range(10000):
    w = "zq%05dx" % i
    json.dump({"event": {"type": "t%05d" % i, "cameo": "000", "verb": "does",
               "triggers": {"active": [w + "(?:s|ed)?"], "passive": [w + "ed"], "noun": [w + "ing"]}}},
              open("%s/t%05d.json" % (sys.argv[1], i), "w"))
PY
measure "10,000 rule files, loaded" rules --rules "$tmp/rules"
if awk -v c="$cpu" 'BEGIN { exit !(c > 30) }' || [ "$rss" -gt $((512 * 1024)) ]; then
    echo "FAIL: 10,000 rule files over 30 s or 512 MB"
    fail=1
fi
measure "10,000 rule files, the samples through them" json -q --rules "$tmp/rules" "$ROOT/tests/samples" -o "$tmp/many.json"
"$PROG" json -q "$ROOT/tests/samples" -o "$tmp/few.json"
cmp -s "$tmp/few.json" "$tmp/many.json" || { echo "FAIL: 10,000 rule files change the samples' result"; fail=1; }
python3 - "$PROG" "$ROOT/tests/samples" <<'PY' || fail=1
import itertools, subprocess, sys
prog, d = sys.argv[1], sys.argv[2]
files = ["%s/s%d.txt" % (d, i) for i in range(1, 7)]
want, n = None, 0
for p in itertools.permutations(files):
    out = subprocess.run([prog, "json", "-q", *p], capture_output=True, check=True).stdout
    want = want or out
    n += 1
    if out != want:
        sys.exit("FAIL: order %s gives other JSON" % " ".join(f[-6:] for f in p))
print("all %d orders of the six samples: identical JSON" % n)
PY
exit $fail
