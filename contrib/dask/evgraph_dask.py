#!/usr/bin/python3
"""Run evgraph's map step on a Dask cluster and merge the shards.

Map: each task runs `evgraph json --jsonl` over a batch of articles on a worker and
returns the shard lines. Reduce: the shard lines of every batch go into one local
`evgraph merge`, which renders exactly what a single `evgraph` run over the same
articles renders (merge orders documents by their source paths; see README,
"Scale-out").

    evgraph_dask.py --scheduler tcp://HOST:8786 corpus/ -o events.json
    evgraph_dask.py --scheduler-file sched.json --as graph -o graph.svg corpus/
    evgraph_dask.py --scheduler tcp://HOST:8786 --jsonl -o all.jsonl corpus/

Workers need evgraph installed (--evgraph names it) and the articles under the same
paths (a shared file system), or --ship to send each batch's bytes with the task
(relative paths only: the worker recreates them in a scratch folder, so each
document's source path is what it would be in a single run).
"""
import argparse
import os
import subprocess
import sys
import tempfile

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def article_paths(inputs):
    """The articles of the inputs, spelled and ordered as evgraph itself lists them."""
    paths = []
    for inp in inputs:
        if os.path.isdir(inp):
            names = sorted(n for n in os.listdir(inp)
                           if not n.startswith(".") and n.endswith(ARTICLE_SUFFIXES))
            paths.extend(inp.rstrip("/") + "/" + n if inp != "/" else "/" + n for n in names)
        else:
            paths.append(inp)
    return paths


def map_batch(evgraph, options, paths, contents):
    """On a worker: the shard lines of one batch, evgraph's stderr and its exit status."""
    cmd = [evgraph, "json", "--jsonl", "-q"] + options + ["--"] + paths
    if contents is None:
        done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return done.stdout, done.stderr.decode("utf-8", "replace"), done.returncode
    with tempfile.TemporaryDirectory(prefix="evgraph-dask-") as scratch:
        for path, data in zip(paths, contents):
            full = os.path.join(scratch, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(data)
        done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=scratch)
    return done.stdout, done.stderr.decode("utf-8", "replace"), done.returncode


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="the scheduler's address, tcp://HOST:PORT")
    where.add_argument("--scheduler-file", help="the file dask-scheduler wrote its address to")
    p.add_argument("--evgraph", default="evgraph", help="evgraph on the workers (default: PATH)")
    p.add_argument("--merge-evgraph", help="evgraph for the local merge (default: --evgraph)")
    p.add_argument("--rules", help="rules directory (the same on every machine)")
    p.add_argument("--batch", type=int, default=200,
                   help="articles per task (default 200: each task starts evgraph once)")
    p.add_argument("--wait-workers", type=int, default=1, help="workers to wait for (default 1)")
    p.add_argument("--ship", action="store_true", help="send the articles' bytes with the tasks")
    p.add_argument("--as", dest="kind", help="json, timeline or graph (default: as evgraph merge,"
                   " from -T / -o, else json)")
    p.add_argument("--jsonl", action="store_true", help="write the merged shard instead")
    p.add_argument("-T", dest="format", help="output format, as evgraph's -T")
    p.add_argument("-o", dest="output", help="output file (default standard output)")
    p.add_argument("inputs", nargs="+", help="articles and directories of articles")
    return p.parse_args(argv)


def run_maps(client, args, paths):
    """Submits one task per batch; yields each batch's result in batch order."""
    options = ["--rules", args.rules] if args.rules else []
    futures = []
    for i in range(0, len(paths), max(1, args.batch)):
        batch = paths[i:i + args.batch]
        contents = None
        if args.ship:
            if any(os.path.isabs(pth) or pth.startswith("..") for pth in batch):
                sys.exit("evgraph_dask: --ship needs relative paths inside the current folder")
            contents = [open(pth, "rb").read() for pth in batch]
        futures.append(client.submit(map_batch, args.evgraph, options, batch, contents,
                                     pure=False))
    for fut in futures:
        yield fut.result()


def main(argv):
    args = parse_args(argv)
    from distributed import Client  # imported here so --help works without Dask

    paths = article_paths(args.inputs)
    if not paths:
        sys.exit("evgraph_dask: no articles in the inputs")
    client = Client(args.scheduler) if args.scheduler else Client(scheduler_file=args.scheduler_file)
    status = 0
    try:
        client.wait_for_workers(args.wait_workers, timeout=120)
        merge = [args.merge_evgraph or args.evgraph, "merge"]
        merge += ["--jsonl"] if args.jsonl else []
        merge += ["--as", args.kind] if args.kind else []
        merge += ["--rules", args.rules] if args.rules else []
        merge += ["-T", args.format] if args.format else []
        merge += ["-o", args.output] if args.output else []
        reducer = subprocess.Popen(merge + ["-"], stdin=subprocess.PIPE)
        try:
            for shard, err, rc in run_maps(client, args, paths):
                sys.stderr.write(err)
                if rc != 0:
                    status = max(status, 1 if rc == 1 else 2)  # 1: bad articles, as in one run
                reducer.stdin.write(shard)
            reducer.stdin.close()
        except BrokenPipeError:
            pass  # the merge stopped early (a usage error): its status says why
        merged = reducer.wait()
        status = max(status, merged)
    finally:
        client.close()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
