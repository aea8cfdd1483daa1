#!/usr/bin/env python3
"""Writes src/html/entities.txt, the HTML5 named character references, from Python's
html.entities.html5: the WHATWG list (https://html.spec.whatwg.org/entities.json) as
the Python standard library carries it, so it is at hand offline. One reference a line:
its name (with the semicolon, or without it for the legacy names HTML5 also reads that
way) and its one or two code points in hex. Run again when a newer Python brings a newer
list; the build makes the C table from the file (src/html/entities.sh)."""
import html.entities, sys

out = open(sys.argv[1] if len(sys.argv) > 1 else "src/html/entities.txt", "w")
out.write("# HTML5 named character references (WHATWG), from Python %s's html.entities.html5\n"
          "# by tools/html_entities.py: NAME<TAB>CODE POINTS (hex). Do not edit by hand.\n"
          % ".".join(map(str, sys.version_info[:3])))
for name in sorted(html.entities.html5):
    cps = [ord(c) for c in html.entities.html5[name]]
    assert 1 <= len(cps) <= 2 and name.isascii(), name
    out.write("%s\t%s\n" % (name, " ".join("%X" % c for c in cps)))
