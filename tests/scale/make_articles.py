#!/usr/bin/env python3
"""Writes N articles into OUT, made deterministically from the gold corpus and the
samples: copy k of base article b is the base with its years moved k back and about a
quarter of its longer capitalised words (names, mostly) given a suffix of k's, so
copies tell other stories between other actors while some actors recur across copies.

    make_articles.py ROOT OUT N
"""
import os
import re
import sys
import zlib

YEAR = re.compile(rb"\b(19[5-9][0-9]|20[0-3][0-9])\b")
WORD = re.compile(rb"\b([A-Z][a-z]{5,})\b")


def variant(text, k):
    if k == 0:
        return text
    text = YEAR.sub(lambda m: b"%d" % (int(m.group(1)) - k % 12), text)
    suffix = (b"abcdefghijklmnopqrstuvwxyz"[k % 26:k % 26 + 1]) * (1 + k // 26)
    return WORD.sub(lambda m: m.group(1) + suffix
                    if zlib.crc32(m.group(1)) % 4 == k % 4 else m.group(1), text)


def main(root, out, n):
    bases = []
    for sub in ("tests/corpus", "tests/samples"):
        d = os.path.join(root, sub)
        bases += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".txt")]
    texts = [open(b, "rb").read() for b in bases]
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        with open(os.path.join(out, "a%05d.txt" % i), "wb") as f:
            f.write(variant(texts[i % len(texts)], i // len(texts)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
