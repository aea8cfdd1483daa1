"""Loads an `evgraph report` page in headless Chromium and checks it as a reader would use
it: every event is in the DOM, clicking an event on the timeline shows its evidence with
the trigger and roles marked, clicking an actor in the graph filters, the filters keep
what they should (computed here from the page's data, independently of the page's
script), no markup from the articles ran, and the console stayed free of errors. Takes a
screenshot.

usage: report_check.py REPORT.html SCREENSHOT.png
       report_check.py --empty REPORT.html   (a report without events loads cleanly)
Exit 0 when all holds; 1 with the first failure on stderr."""
import html.parser
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402

HOSTILE_ACTOR = "Acme </script><img src=x onerror=\"window.__evgraph_pwned=3\"> 'Robotics' & Co"
HOSTILE_TEXT = "<script>window.__evgraph_pwned=1</script> \"software\" </script><img src=x"
SAMPLE_SUMMARIES = ["US Commerce Department blacklists Severnside",
                    "Norvale ends acquisition talks with Severnside",
                    "Norvale acquires Tessel Photonics"]


def fail(msg):
    print("report_check: " + msg, file=sys.stderr)
    sys.exit(1)


def page_data(path):
    html = open(path, encoding="utf-8").read()
    m = re.search(r'<script type="application/json" id="evgraph-data">(.*?)</script>', html, re.S)
    if not m:
        fail("no data block in the page")
    if re.search(r"[<>&\u2028\u2029]", m.group(1)):
        fail("the data block holds a raw < > & or U+2028/2029")
    return json.loads(m.group(1))


class Tags(html.parser.HTMLParser):
    """Every start tag of the page as the browser's tokenizer would see it."""
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def check_static(path):
    """One file that needs nothing else: no link, no external source or reference, only
    the page's own two scripts."""
    p = Tags()
    p.feed(open(path, encoding="utf-8").read())
    scripts = [a for t, a in p.tags if t == "script"]
    if len(scripts) != 2 or scripts[0].get("type") != "application/json" or scripts[1]:
        fail("scripts in the page: %r" % scripts)
    for tag, attrs in p.tags:
        if tag in ("link", "img", "iframe", "object", "embed", "base"):
            fail("the page holds a <%s>" % tag)
        for k, v in attrs.items():
            if k in ("src", "href", "xlink:href", "srcset", "action") or k.startswith("on"):
                fail("<%s %s=%r> in the page" % (tag, k, v))
            if v and re.search(r"url\(\s*['\"]?(https?:|//)", v):
                fail("<%s> loads %r" % (tag, v))


def keep(e, actor="", typ="", since="", until="", mods=("asserted", "hypothetical", "negated")):
    """The filters as the CLI's --actor/--type/--since/--until define them (ISO prefixes)."""
    v = e["date"]["value"]
    if typ and e["type"] != typ or actor and actor not in (e["source"], e["target"]):
        return False
    if e["modality"] not in mods:
        return False
    if since or until:
        if not v:
            return False
        if since and v < since[:len(v)] or until and v[:len(until)] > until:
            return False
    return True


def rows(b):
    return b.js("Array.from(document.querySelectorAll('#event-list .ev-row'))"
                ".map(r => r.getAttribute('data-id'))")


def click_selector(b, sel):
    box = b.js("(() => { const e = document.querySelector(%s); if (!e) return null;"
               " e.scrollIntoView({block: 'center', inline: 'center'});"
               " const r = e.getBoundingClientRect();"
               " return [r.left + r.width / 2, r.top + r.height / 2]; })()" % json.dumps(sel))
    if not box:
        fail("nothing to click at " + sel)
    b.click(box[0], box[1])


def set_control(b, ident, value, checkbox=False):
    prop = "checked" if checkbox else "value"
    b.js("(() => { const e = document.getElementById(%s); e.%s = %s;"
         " e.dispatchEvent(new Event(%s, {bubbles: true})); })()"
         % (json.dumps(ident), prop, json.dumps(value),
            json.dumps("change" if checkbox or ident in ("f-actor", "f-type", "f-lanes") else "input")))


def check_dom(b, data):
    ids = [e["id"] for e in data["events"]]
    if rows(b) != ids:
        fail("event list %r, expected %r" % (rows(b), ids))
    text = b.js("document.body.textContent")
    for s in SAMPLE_SUMMARIES:
        if s not in text:
            fail("missing event: " + s)
    dated = [e["id"] for e in data["events"] if e["date"]["value"]]
    drawn = b.js("Array.from(document.querySelectorAll('#timeline g.ev'))"
                 ".map(g => g.getAttribute('data-id'))")
    if sorted(drawn) != sorted(dated):
        fail("timeline marks %r, expected the dated events %r" % (drawn, dated))
    undated = [e["id"] for e in data["events"] if not e["date"]["value"]]
    listed = b.js("Array.from(document.querySelectorAll('#undated .ev-row'))"
                  ".map(r => r.getAttribute('data-id'))")
    if listed != undated:
        fail("undated list %r, expected %r" % (listed, undated))


def check_evidence_click(b, data):
    ev = next((e for e in data["events"] if e["target"] and
               e["summary"].endswith(HOSTILE_ACTOR)), None)
    if not ev:
        fail("the hostile article's blacklisting is not in the data")
    if b.js("document.querySelector('#details blockquote')") is not None:
        fail("evidence shown before any click")
    click_selector(b, '#timeline g.ev[data-id="%s"] circle' % ev["id"])
    details = b.js("document.getElementById('details').textContent")
    if HOSTILE_TEXT not in details or "posed risks & more" not in details:
        fail("clicking %s did not show its evidence: %r" % (ev["id"], details[:400]))
    marks = b.js("Array.from(document.querySelectorAll('#details blockquote mark'))"
                 ".map(m => [m.className, m.textContent])")
    for want in (["t", "blacklisted"], ["s", "US Commerce Department"], ["o", "Acme Robotics"]):
        if want not in marks:
            fail("evidence marks %r lack %r" % (marks, want))
    if "article.txt" not in details or "2024-06-11" not in details:
        fail("details lack the source document or the date: %r" % details[:400])


def check_graph_click(b, data):
    norvale = next(a["id"] for a in data["actors"] if a["name"] == "Norvale")
    node = b.js("(() => { const n = Array.from(document.querySelectorAll('#graph g.node'))"
                ".find(g => g.querySelector('title').textContent === %s);"
                " n.scrollIntoView({block: 'center', inline: 'center'});"
                " const r = n.getBoundingClientRect();"
                " return [r.left + r.width / 2, r.top + r.height / 2]; })()" % json.dumps(norvale))
    b.click(node[0], node[1])
    if b.js("document.getElementById('f-actor').value") != norvale:
        fail("clicking Norvale in the graph did not filter by it")
    want = [e["id"] for e in data["events"] if keep(e, actor=norvale)]
    if rows(b) != want:
        fail("Norvale's events %r, expected %r" % (rows(b), want))


def check_filters(b, data):
    click_selector(b, "#f-reset")
    cases = [({"typ": "blacklisting"}, [("f-type", "blacklisting")]),
             ({"since": "2025-03", "until": "2025-06"},
              [("f-type", ""), ("f-since", "2025-03"), ("f-until", "2025-06")]),
             ({"mods": ("asserted",)}, [("f-since", ""), ("f-until", ""),
                                        ("m-hypothetical", False), ("m-negated", False)])]
    for want_args, controls in cases:
        for ident, value in controls:
            set_control(b, ident, value, checkbox=isinstance(value, bool))
        want = [e["id"] for e in data["events"] if keep(e, **want_args)]
        if not want or rows(b) != want:
            fail("filter %r shows %r, expected %r" % (want_args, rows(b), want))
    click_selector(b, "#f-reset")
    if rows(b) != [e["id"] for e in data["events"]]:
        fail("'Show all' did not bring every event back")


def check_zoom(b):
    w0 = b.js("document.querySelector('#timeline svg').getAttribute('width')")
    click_selector(b, "#zoom-in")
    w1 = b.js("document.querySelector('#timeline svg').getAttribute('width')")
    click_selector(b, "#zoom-fit")
    if not float(w1) > float(w0):
        fail("zooming in did not widen the timeline (%s -> %s)" % (w0, w1))


def check_actor_lanes(b, data):
    """Lanes by actor: one lane per actor of a dated event, each event in its source's
    and its target's lane."""
    set_control(b, "f-lanes", "actor")
    want = {a for e in data["events"] if e["date"]["value"] for a in (e["source"], e["target"]) if a}
    lanes = b.js("document.querySelectorAll('#timeline .lane-name').length")
    marks = b.js("document.querySelectorAll('#timeline g.ev').length")
    pairs = sum(len({a for a in (e["source"], e["target"]) if a}) or 1
                for e in data["events"] if e["date"]["value"])
    set_control(b, "f-lanes", "type")
    if lanes != len(want) or marks != pairs:
        fail("lanes by actor: %d lanes, %d marks; expected %d and %d" % (lanes, marks, len(want), pairs))


def check_nothing_ran(b):
    if b.js("typeof window.__evgraph_pwned") != "undefined":
        fail("markup from an article ran: window.__evgraph_pwned is set")
    if b.js("document.scripts.length") != 2:
        fail("the page holds %d script elements, expected 2" % b.js("document.scripts.length"))
    if b.js("document.querySelectorAll('img, iframe, object, embed, [onerror], [onload]').length"):
        fail("an article's markup became an element")


def console_errors(b):
    errs = []
    for m in b.events:
        p = m.get("params", {})
        if m["method"] == "Runtime.exceptionThrown":
            errs.append(json.dumps(p.get("exceptionDetails", {}))[:300])
        elif m["method"] == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
            errs.append(" ".join(str(a.get("value", a.get("description"))) for a in p.get("args", [])))
        elif m["method"] == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
            errs.append(p["entry"].get("text", ""))
    return errs


def check_empty(report):
    data = page_data(report)
    check_static(report)
    if data["events"]:
        fail("the report is not empty")
    b = cdp.Browser(os.environ.get("CHROMIUM", "chromium"))
    try:
        for domain in ("Page", "Runtime", "Log"):
            b.call(domain + ".enable")
        b.call("Page.navigate", url="file://" + os.path.abspath(report))
        b.wait_event("Page.loadEventFired")
        shown = b.js("document.getElementById('f-count').textContent")
        if not shown.startswith("0 of 0 events"):
            fail("an empty report shows %r" % shown)
        set_control(b, "f-since", "2024")
        errs = console_errors(b)
        if errs:
            fail("console errors: %r" % errs)
    finally:
        b.close()


def main():
    if sys.argv[1] == "--empty":
        check_empty(sys.argv[2])
        return
    report, shot = sys.argv[1], sys.argv[2]
    data = page_data(report)
    check_static(report)
    exe = os.environ.get("CHROMIUM", "chromium")
    b = cdp.Browser(exe)
    try:
        for domain in ("Page", "Runtime", "Log"):
            b.call(domain + ".enable")
        b.call("Emulation.setDeviceMetricsOverride", width=1400, height=1000, deviceScaleFactor=1,
               mobile=False)
        b.call("Page.navigate", url="file://" + os.path.abspath(report))
        b.wait_event("Page.loadEventFired")
        check_dom(b, data)
        check_nothing_ran(b)
        check_evidence_click(b, data)
        check_graph_click(b, data)
        check_filters(b, data)
        check_zoom(b)
        check_actor_lanes(b, data)
        check_nothing_ran(b)
        click_selector(b, "#f-reset")
        b.js("window.scrollTo(0, 0)")
        first = next(e["id"] for e in data["events"] if e["summary"] == SAMPLE_SUMMARIES[0])
        click_selector(b, '#event-list .ev-row[data-id="%s"]' % first)
        if SAMPLE_SUMMARIES[0] not in b.js("document.getElementById('details').textContent"):
            fail("clicking an event in the list did not show it")
        b.js("window.scrollTo(0, 0)")
        b.screenshot(shot)
        errs = console_errors(b)
        if errs:
            fail("console errors: %r" % errs)
    finally:
        b.close()
    if os.path.getsize(shot) < 10000:
        fail("the screenshot is nearly empty")


if __name__ == "__main__":
    main()
