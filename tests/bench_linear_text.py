#!/usr/bin/env python3
"""The inputs of tests/bench_linear.sh, written to OUT:

  bench_linear_text.py text POOL MEGABYTES OUT one|lines
      the pool of real text copied until OUT holds MEGABYTES MB, every capitalised word
      given a suffix per copy ("Acmeb", "Acmec" ...) so that names differ as in a real
      collection; lines that would end a body ("About Acme", "###", "-30-") are left out;
      "one" makes it a single line
  bench_linear_text.py shape NAME OUT MEGABYTES
      one line of a pattern that was once quadratic (first, acronym, dated, commas), the
      names varied the same way
"""
import datetime
import re
import sys


def suffix(k):
    """a, b, ..., z, ab, bb ...: the k-th suffix"""
    s = ""
    while True:
        s += "abcdefghijklmnopqrstuvwxyz"[k % 26]
        k //= 26
        if k == 0:
            return s


def text(pool, mb, out, shape):
    body = open(pool, encoding="utf-8", errors="replace").read()
    keep = [l for l in body.split("\n")
            if not re.match(r"\s*(about\s.{0,54}|###|-30-|<\?xml.*)\s*$", l, re.I)]
    body = "\n".join(keep) + "\n"
    want = int(mb * 1048576)
    parts, have, k = ["January 8, 2025\n\nA long dossier\n\n"], 0, 0
    while have < want:
        t = body if k == 0 else re.sub(r"\b([A-Z][a-z]{2,})\b", lambda m: m.group(1) + suffix(k), body)
        if shape == "one":
            t = re.sub(r"\s+", " ", t)
        parts.append(t)
        have += len(t.encode())
        k += 1
    data = "".join(parts).encode()[:want]
    open(out, "wb").write(data[:data.rfind(b" ")] + b"\n")


def shape(name, out, mb):
    day = datetime.date(1900, 1, 1)
    shapes = {
        "first": lambda k: "John Smith%s, " % suffix(k),
        "acronym": lambda k: "Federal %s Commission (F%sC) sued. " % (suffix(k).capitalize(), suffix(k).upper()),
        "dated": lambda k: "On %s, Acme Corp acquired Beta Inc. " % (day + datetime.timedelta(days=k)).strftime("%B %-d, %Y"),
        "commas": lambda k: "Acme%s Holdings, Beta%s Group, " % (suffix(k), suffix(k)),
    }
    parts, have, k = ["January 8, 2025\n\nSanctions were imposed on "], 0, 0
    while have < mb * 1048576:
        parts.append(shapes[name](k))
        have += len(parts[-1])
        k += 1
    open(out, "w").write("".join(parts) + "and others.\n")


if __name__ == "__main__":
    if sys.argv[1] == "text":
        text(sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5])
    else:
        shape(sys.argv[2], sys.argv[3], float(sys.argv[4]))
