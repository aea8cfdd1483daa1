# Measures an events view: python3 fits.py JSON SVG MIN_EVENTS MIN_UNDATED, the picture
# written as Graphviz JSON (-T json, for the boxes) and as SVG (its size as a browser
# shows it: a point is 4/3 px). Coordinates below are in inches, y growing upwards.
import math
import re
import sys
import json

g = json.load(open(sys.argv[1], encoding="utf-8"))
svg = open(sys.argv[2], encoding="utf-8").read()
min_events, min_undated = int(sys.argv[3]), int(sys.argv[4])
size = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg)
wide, tall = (float(v) * 4 / 3 for v in size.groups())
assert wide <= 1600 and tall <= 1000, "%.0f x %.0f px, more than a laptop screen" % (wide, tall)

nodes, names = {}, {}
for o in g.get("objects", []):
    if "pos" in o:
        x, y = (float(v) / 72 for v in o["pos"].split(","))
        nodes[o["name"]] = dict(x=x, y=y, w=float(o["width"]), h=float(o["height"]),
                                label=o.get("label", ""), size=float(o.get("fontsize", 14)))
        names[o["_gvid"]] = o["name"]
edges = [(names.get(e["tail"]), names.get(e["head"])) for e in g.get("edges", [])]
events = {k: v for k, v in nodes.items() if re.fullmatch(r"e\d+", k)}
assert len(events) >= min_events, len(events)

# Readable: no box smaller than 10 pt text, none over another.
for k, v in nodes.items():
    assert v["size"] >= 10, "%s in %s pt text" % (k, v["size"])
boxes = list(nodes.items())
for i, (k1, a) in enumerate(boxes):
    for k2, b in boxes[i + 1:]:
        apart = abs(a["x"] - b["x"]) * 2 >= a["w"] + b["w"] or abs(a["y"] - b["y"]) * 2 >= a["h"] + b["h"]
        assert apart, "%s and %s overlap" % (k1, k2)

# Time left to right: an event dated earlier is never right of one dated later.
dated = []
for k, v in events.items():
    m = re.match(r"(\d{4}(?:-\d\d){0,2})(\\n|\n)", v["label"])
    if m:
        dated.append((m.group(1), v["x"], k))
for d1, x1, k1 in dated:
    for d2, x2, k2 in dated:
        if d1 < d2 and not d2.startswith(d1):
            assert x1 <= x2 + 0.01, "%s %s is right of %s %s" % (k1, d1, k2, d2)

# The undated events apart, right of every dated one, under their heading, in a grid:
# several columns, none holding more than half of them (rounded up).
undated = [v for k, v in events.items() if k not in {d[2] for d in dated}]
assert len(undated) >= min_undated, len(undated)
assert len(dated) + len(undated) == len(events)
assert "undated" in nodes and "undated" in nodes["undated"]["label"], "no heading"
if dated:
    assert min(v["x"] for v in undated) > max(x for _, x, _ in dated) + 1, "undated events not apart"
columns = {}
for v in undated:
    columns.setdefault(round(v["x"], 1), []).append(v)
assert len(columns) >= 2, "the undated events stand in one column"
assert max(len(c) for c in columns.values()) <= math.ceil(len(undated) / 2), "one column holds most undated events"

# Each actor stands in the column of one of its events, just above or below it.
mine = {}
for a, b in edges:
    if a in events and b not in events:
        mine.setdefault(b, []).append(events[a])
    elif b in events and a not in events:
        mine.setdefault(a, []).append(events[b])
assert len(mine) >= 30, len(mine)
for actor, evs in mine.items():
    n = nodes[actor]
    near = [e for e in evs if abs(n["x"] - e["x"]) < 0.5 and abs(n["y"] - e["y"]) < (n["h"] + e["h"]) / 2 + 0.25]
    assert near, "%s is far from its events" % actor
print("%.0f x %.0f px; %d events, %d undated in %d columns" % (wide, tall, len(events), len(undated), len(columns)))
