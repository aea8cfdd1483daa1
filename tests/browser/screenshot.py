"""Screenshot of a report page with one event opened, for the README.
usage: screenshot.py REPORT.html OUT.png "EVENT SUMMARY" [WIDTH HEIGHT]"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402

report, out, summary = sys.argv[1:4]
w, h = (int(sys.argv[4]), int(sys.argv[5])) if len(sys.argv) > 5 else (1280, 860)
b = cdp.Browser(os.environ.get("CHROMIUM", "chromium"), w, h)
try:
    b.call("Page.enable")
    b.call("Emulation.setDeviceMetricsOverride", width=w, height=h, deviceScaleFactor=1, mobile=False)
    b.call("Page.navigate", url="file://" + os.path.abspath(report))
    b.wait_event("Page.loadEventFired")
    b.js("(() => { const r = Array.from(document.querySelectorAll('#event-list .ev-row'))"
         ".find(r => r.querySelector('.ev-summary').textContent === %s); r.click();"
         " window.scrollTo(0, 0); })()" % json.dumps(summary))
    b.screenshot(out)
finally:
    b.close()
