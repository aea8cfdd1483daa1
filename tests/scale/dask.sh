#!/bin/sh
# The Dask run equals the single run, byte for byte: a real local cluster (one
# dask-scheduler, two dask-worker processes on 127.0.0.1) maps `evgraph json --jsonl`
# over 2,000 generated articles in batches and merges the shards; the merged JSON must
# be the single-process run's, byte for byte. (The JSON holds the whole merged graph
# every renderer draws; timeline and graph equality after a merge are the CLI case
# merge-equals-single-run, on the corpus, where three single runs cost little.) Prints
# both wall times and their ratio. Every process it starts is stopped on exit.
#   EVGRAPH=./evgraph sh tests/scale/dask.sh [N]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EVGRAPH=$(realpath "${EVGRAPH:-$ROOT/evgraph}")
N=${1:-2000}
PY=/usr/bin/python3 # Debian's python3-distributed lives there, whatever python3 is first
export EVGRAPH_RULES="$ROOT/events"
command -v dask-scheduler >/dev/null && command -v dask-worker >/dev/null ||
    { echo "FAIL dask: dask-scheduler/dask-worker missing (apt-get install python3-distributed)"; exit 1; }
tmp=$(mktemp -d)
pids=""
# Stops what the script started, workers before the scheduler, and never waits long: a
# worker that does not leave within 10 s of SIGTERM (one may keep trying to reach a
# scheduler that is gone) is killed, so no process outlives the script and holds the
# caller's output open.
cleanup() {
    rev=""
    for p in $pids; do rev="$p $rev"; done
    for p in $rev; do kill "$p" 2>/dev/null || true; done
    for i in $(seq 100); do
        alive=""
        for p in $pids; do kill -0 "$p" 2>/dev/null && alive="$alive $p"; done
        [ -z "$alive" ] && break
        sleep 0.1
    done
    for p in $pids; do kill -KILL "$p" 2>/dev/null || true; done
    for p in $pids; do wait "$p" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

now() { date +%s.%N; }
"$PY" "$ROOT/tests/scale/make_articles.py" "$ROOT" "$tmp/corpus" "$N"
cd "$tmp"

dask-scheduler --host 127.0.0.1 --port 0 --no-dashboard --scheduler-file sched.json \
    --idle-timeout 600 >scheduler.log 2>&1 &
pids="$pids $!"
for i in $(seq 100); do [ -s sched.json ] && break; sleep 0.1; done
for w in 1 2; do
    dask-worker --scheduler-file sched.json --host 127.0.0.1 --nthreads 1 --no-nanny \
        --death-timeout 60 --no-dashboard --local-directory "w$w" >"worker$w.log" 2>&1 &
    pids="$pids $!"
done

t0=$(now)
timeout 300 "$EVGRAPH" json -q corpus -o single.json
t1=$(now)
timeout 300 "$PY" "$ROOT/contrib/dask/evgraph_dask.py" --scheduler-file sched.json \
    --wait-workers 2 --batch 250 --evgraph "$EVGRAPH" --jsonl -o dask.jsonl corpus
t2=$(now)
"$EVGRAPH" merge dask.jsonl -o dask.json
t3=$(now)

fail=0
cmp -s single.json dask.json || { echo "FAIL dask: merged JSON differs from the single run"; fail=1; }
[ "$(wc -l <dask.jsonl)" -eq "$N" ] || { echo "FAIL dask: $(wc -l <dask.jsonl) shard lines for $N articles"; fail=1; }
# what the workers did: both took part
for w in 1 2; do
    grep -q "Registered to" "worker$w.log" || { echo "FAIL dask: worker $w never joined"; fail=1; }
done
awk -v n="$N" -v t0="$t0" -v t1="$t1" -v t3="$t3" 'BEGIN {
    printf "dask: %d articles: single process %.1f s, Dask on 2 workers %.1f s (ratio %.2f)\n",
           n, t1 - t0, t3 - t1, (t1 - t0) / (t3 - t1) }'
[ "$fail" -eq 0 ] && echo "dask: the merged JSON equals the single run's"
exit "$fail"
