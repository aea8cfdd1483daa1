#!/bin/sh
# bench_pipeline.sh PROGRAM — whole-pipeline throughput and peak memory (issues 7, 16):
#   * one article of 1 MB and one of BIG_MB MB (default 10; tests/big_article.sh), -j 1,
#     and the 1 MB one on -j 2 (its sentences parsed on both threads);
#   * many articles, the same text on -j 1 and -j 2 side by side: the gold corpus, the
#     samples, the held-out and the TimeBank articles, copied until MANY_MB MB (default 2);
#   * 10,000 small articles (as tests/cli/size_many_articles);
#   * where the instructions go, by stage (callgrind, repeatable where times are not), on
#     the first 100 KB of the long article; CALLGRIND=0 skips this part.
# BENCH_BASE=OTHER_EVGRAPH runs another build beside on the same inputs (e.g. one built
# before issue 16; a build without -j runs each case once, on one thread).
# A benchmark, not a test: nothing fails on a slow machine. Wall seconds depend on what
# else the machine runs; CPU seconds (user + system) less so.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROG=${1:-./evgraph}
BIG=${BIG_MB:-10}
MANY=${MANY_MB:-2}
export EVGRAPH_RULES="${EVGRAPH_RULES:-$ROOT/events}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ ! -x /usr/bin/time ]; then
    echo "pipeline: /usr/bin/time is missing (apt-get install time); skipped"
    exit 0
fi

# run_one PROGRAM LABEL MEGABYTES THREADS ARGS...: one run of `PROGRAM json -j THREADS
# ARGS`, one line of results.
run_one() {
    prog=$1
    label=$2
    mb=$3
    jobs=$4
    shift 4
    if "$prog" json --help 2>/dev/null | grep -q -- '-j N'; then
        set -- -j "$jobs" "$@"
        label="$label, -j $jobs"
    elif [ "$jobs" != 1 ]; then
        echo "  $label: $prog has no -j"
        return 0
    fi
    [ "$prog" = "$PROG" ] || label="$label (base)"
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$prog" json -q "$@" -o "$tmp/out.json" ||
        echo "($label: exit status $?)"
    # shellcheck disable=SC2046
    set -- $(tail -1 "$tmp/time")
    awk -v l="$label" -v mb="$mb" -v w="$1" -v u="$2" -v s="$3" -v kb="$4" 'BEGIN {
        printf "  %-30s %7.2f MB %8.1f s wall %8.1f s CPU %7.3f MB/s (CPU %.3f) %5d MB peak\n",
               l, mb, w, u + s, mb / (w > 0 ? w : 1), mb / (u + s > 0 ? u + s : 1), kb / 1024 }'
    echo "$1" >"$tmp/last_wall"
}

# run LABEL MEGABYTES THREADS ARGS...: run_one for PROG, then for BENCH_BASE when given.
run() {
    run_one "$PROG" "$@"
    if [ -n "${BENCH_BASE:-}" ]; then
        w=$(cat "$tmp/last_wall")
        run_one "$BENCH_BASE" "$@"
        echo "$w" >"$tmp/last_wall"
    fi
}

size_mb() {
    cat "$@" | wc -c | awk '{ printf "%.2f", $1 / 1048576 }'
}

echo "whole pipeline, evgraph json (MB/s from wall time, and from CPU time):"
sh "$ROOT/tests/big_article.sh" 1 "$tmp/big1.txt"
run "one 1 MB article" "$(size_mb "$tmp/big1.txt")" 1 "$tmp/big1.txt"
w1=$(cat "$tmp/last_wall")
# one document on two threads: its sentences are parsed on both
run_one "$PROG" "the same 1 MB article" "$(size_mb "$tmp/big1.txt")" 2 "$tmp/big1.txt"
w2=$(cat "$tmp/last_wall")
awk -v a="$w1" -v b="$w2" 'BEGIN { printf "  one article: -j 2 is %.2f times as fast as -j 1 (wall)\n", a / (b > 0 ? b : 1) }'
sh "$ROOT/tests/big_article.sh" "$BIG" "$tmp/big.txt"
run "one $BIG MB article" "$(size_mb "$tmp/big.txt")" 1 "$tmp/big.txt"
rm -f "$tmp/big.txt"

mkdir "$tmp/many"
src="$ROOT/tests/corpus $ROOT/tests/samples $ROOT/tests/fresh"
[ -d "$ROOT/../shared/data/timebank-events/articles" ] &&
    src="$src $ROOT/../shared/data/timebank-events/articles"
copy=0
while [ "$(cat "$tmp"/many/* 2>/dev/null | wc -c)" -lt $((MANY * 1048576)) ]; do
    copy=$((copy + 1))
    for d in $src; do
        for f in "$d"/*.txt; do cp "$f" "$tmp/many/c${copy}-$(basename "$d")-$(basename "$f")"; done
    done
done
n=$(ls "$tmp/many" | wc -l)
mb=$(size_mb "$tmp"/many/*)
run "$n articles" "$mb" 1 "$tmp/many"
w1=$(cat "$tmp/last_wall")
run_one "$PROG" "the same $n articles" "$mb" 2 "$tmp/many"
w2=$(cat "$tmp/last_wall")
awk -v a="$w1" -v b="$w2" 'BEGIN { printf "  -j 2 is %.2f times as fast as -j 1 (wall)\n", a / (b > 0 ? b : 1) }'
rm -rf "$tmp/many"

mkdir "$tmp/small"
python3 - "$tmp/small" <<'PY'
import os, sys
said = ["The Commerce Department added {f} to the entity list on March 5, 2024.",
        "The Commerce Department on March 5, 2024 added {f} to the entity list.",
        "The Federal Trade Commission on June 3, 2024 opened an investigation into {f}.",
        "The Commerce Department removed {f} from the entity list on September 9, 2024."]
for i in range(10000):
    firm = "Firm%04d Holdings" % (i % 2500)
    with open(os.path.join(sys.argv[1], "a%05d.txt" % i), "w") as f:
        f.write("2024-10-0%d\n\n%s\n" % (1 + i % 9, said[i // 2500].format(f=firm)))
PY
mb=$(size_mb "$tmp"/small/*)
run "10,000 small articles" "$mb" 1 "$tmp/small"
run_one "$PROG" "10,000 small articles" "$mb" 2 "$tmp/small"
rm -rf "$tmp/small"

# shares PROGRAM: the instructions of each stage, as a share of all and of those after
# loading the rules.
shares() {
    one=""
    "$1" json --help 2>/dev/null | grep -q -- '-j N' && one="-j 1"
    # shellcheck disable=SC2086
    valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" "$1" json -q $one "$tmp/slice.txt" \
        -o /dev/null >/dev/null 2>&1
    callgrind_annotate --inclusive=yes "$tmp/cg" 2>/dev/null | tr -d , | awk -v who="$1" '
        function keep(v, name) { if (v + 0 > got[name]) got[name] = v + 0 }
        /PROGRAM TOTALS/ { total = $1 }
        /src\/rules\.c:rules_load / { keep($1, "rules") }
        /src\/dates\.c:dates_tag_sentence / { keep($1, "dates") }
        /src\/actors\.c:actors_find / { keep($1, "actors") }
        /src\/syntax_doc\.c:syntax_parse_document / { keep($1, "syntax") }
        # a build that parses a window at a time as the events read it: inside events
        /src\/syntax_doc\.c:syn_doc_at / { keep($1, "syntax"); within = 1 }
        /src\/events\.c:events_extract / { keep($1, "events") }
        /src\/render_json\.c:render_json / { keep($1, "render") }
        END {
            if (within) got["events"] -= got["syntax"]
            work = total - got["rules"]
            printf "  %s: %.0f M instructions, %.0f M after loading the rules; of those:\n", who, total / 1e6, work / 1e6
            printf "    dates %4.1f%%   actors %4.1f%% (%.0f M)   syntax %4.1f%%   events %4.1f%%   json %4.1f%%   other %4.1f%%\n",
                   100 * got["dates"] / work, 100 * got["actors"] / work, got["actors"] / 1e6,
                   100 * got["syntax"] / work, 100 * got["events"] / work, 100 * got["render"] / work,
                   100 * (work - got["dates"] - got["actors"] - got["syntax"] - got["events"] - got["render"]) / work
        }'
}

if [ "${CALLGRIND:-1}" != 0 ] && command -v valgrind >/dev/null && command -v callgrind_annotate >/dev/null; then
    head -c 102400 "$tmp/big1.txt" >"$tmp/slice.txt"
    echo "instructions by stage (callgrind, first 100 KB of the long article):"
    shares "$PROG"
    if [ -n "${BENCH_BASE:-}" ]; then
        shares "$BENCH_BASE"
    fi
else
    echo "instructions by stage: skipped (CALLGRIND=0, or no valgrind)"
fi
