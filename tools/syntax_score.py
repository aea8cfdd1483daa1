#!/usr/bin/env python3
"""syntax_score.py GOLD.conllu SYSTEM.conllu [NAME]

Scores a system CoNLL-U file against the gold one with gold tokenisation, as the CoNLL
2018 shared task counts: over words (multi-word token lines and empty nodes skipped),
punctuation included. Prints UPOS, XPOS, lemma, UAS and LAS accuracies: LAS as the
shared task counts it (the universal relation, before any ':' subtype) and LASfull with
the subtypes (nsubj:pass, obl:agent, acl:relcl ...) compared too. Both files must
have the same words in the same order (the system file comes from
`evgraph parse --conllu GOLD`)."""
import sys


def words(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            col = line.split("\t")
            if len(col) != 10 or "-" in col[0] or "." in col[0]:
                continue
            out.append(col)
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    gold, system = words(sys.argv[1]), words(sys.argv[2])
    name = sys.argv[3] if len(sys.argv) > 3 else sys.argv[1]
    if len(gold) != len(system):
        sys.exit("syntax_score: %d gold words but %d system words" % (len(gold), len(system)))
    n = len(gold)
    counts = dict(upos=0, xpos=0, lemma=0, uas=0, las=0, lasfull=0)
    for g, s in zip(gold, system):
        if g[1] != s[1]:
            sys.exit("syntax_score: word mismatch: %r vs %r" % (g[1], s[1]))
        counts["upos"] += g[3] == s[3]
        counts["xpos"] += g[4] == s[4]
        counts["lemma"] += g[2] == s[2]
        head_ok = g[6] == s[6]
        counts["uas"] += head_ok
        counts["las"] += head_ok and g[7].split(":")[0] == s[7].split(":")[0]
        counts["lasfull"] += head_ok and g[7] == s[7]
    print("%-14s words %6d  UPOS %.4f  XPOS %.4f  lemma %.4f  UAS %.4f  LAS %.4f"
          "  LASfull %.4f" % (name, n, counts["upos"] / n, counts["xpos"] / n,
                              counts["lemma"] / n, counts["uas"] / n, counts["las"] / n,
                              counts["lasfull"] / n))


if __name__ == "__main__":
    main()
