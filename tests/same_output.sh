#!/bin/sh
# same_output.sh OLD NEW [ARGS...] — the byte-identity check of issue 16: runs two builds
# of evgraph (e.g. the last commit's and the working tree's, or one build with -j 1 and
# -j 4 given as ARGS to the second) over the gold corpus, the samples, the held-out
# articles and the TimeBank articles, and compares `json` (whole directories merged),
# `timeline -v` and `graph -T dot` byte for byte, standard error too. ARGS go to NEW only. Prints one line
# per comparison and exits 1 when any differs. BIG_MB=N adds one N MB article
# (tests/big_article.sh), which puts many names in one document.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 2 ] || { echo "usage: same_output.sh OLD NEW [ARGS...]" >&2; exit 2; }
OLD=$1
NEW=$2
shift 2
export EVGRAPH_RULES="$ROOT/events"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sets="$ROOT/tests/corpus $ROOT/tests/samples $ROOT/tests/fresh"
[ -d "$ROOT/../shared/data/timebank-events/articles" ] &&
    sets="$sets $(cd "$ROOT/../shared/data/timebank-events/articles" && pwd)"
if [ -n "${BIG_MB:-}" ]; then
    sh "$ROOT/tests/big_article.sh" "$BIG_MB" "$tmp/big.txt"
    sets="$sets $tmp/big.txt"
fi
bad=0
for s in $sets; do
    # json -v also puts each document's line on stderr, in input order
    for cmd in "json -v" "timeline -v -q" "graph -T dot -q"; do
        # shellcheck disable=SC2086
        "$OLD" $cmd "$s" >"$tmp/old" 2>"$tmp/old.err"; os=$?
        # shellcheck disable=SC2086
        "$NEW" $cmd "$@" "$s" >"$tmp/new" 2>"$tmp/new.err"; ns=$?
        if [ "$os" = "$ns" ] && cmp -s "$tmp/old" "$tmp/new" && cmp -s "$tmp/old.err" "$tmp/new.err"; then
            echo "same      $cmd $(basename "$s") ($(wc -c <"$tmp/new") bytes)"
        else
            echo "DIFFERENT $cmd $(basename "$s") (status $os/$ns)"
            diff "$tmp/old" "$tmp/new" | head -10
            bad=1
        fi
    done
done
exit $bad
