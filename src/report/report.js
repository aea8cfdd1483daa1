/* evgraph report: reads the JSON data block and draws the page. Article text is only
 * ever put on screen with textContent or as SVG text nodes, never as markup. */
(function () {
  "use strict";
  var SVGNS = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  var data = JSON.parse(document.getElementById("evgraph-data").textContent);
  var events = data.events || [], actors = {}, docs = data.documents || [];
  (data.actors || []).forEach(function (a) { actors[a.id] = a; });
  var state = { actor: "", type: "", since: "", until: "", lanes: "type", zoom: 1,
                mods: { asserted: true, hypothetical: true, negated: true }, selected: null };

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = String(text);
    return e;
  }
  function actorName(id) { return id && actors[id] ? actors[id].name : (id || ""); }
  function colour(type) { return (data.types && data.types[type]) || "#777"; }

  /* ---- dates: ISO prefixes to day numbers ---- */
  function span(v) {
    if (!v) return null;
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
    if (!m) return null;
    var y = +m[1], mo = m[2] ? +m[2] - 1 : 0, d = m[3] ? +m[3] : 1;
    var first = Date.UTC(y, mo, d) / DAY, last;
    if (m[3]) last = first;
    else if (m[2]) last = Date.UTC(y, mo + 1, 1) / DAY - 1;
    else last = Date.UTC(y + 1, 0, 1) / DAY - 1;
    return { first: first, last: last, day: !!m[3] };
  }
  function dayDate(n) { return new Date(n * DAY); }
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  /* ---- filters ---- */
  function validPrefix(s) { return s === "" || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s); }
  function matches(e) {
    if (state.type && e.type !== state.type) return false;
    if (state.actor && e.source !== state.actor && e.target !== state.actor) return false;
    if (!state.mods[e.modality]) return false;
    if (state.since || state.until) {
      var v = e.date.value;
      if (!v) return false;
      if (state.since && v < state.since.slice(0, v.length)) return false;
      if (state.until && v.slice(0, state.until.length) > state.until) return false;
    }
    return true;
  }

  /* ---- the time scale: clusters of events, wide empty stretches cut ---- */
  function buildScale(items, width) {
    var spans = items.map(function (it) { return it.span; }).sort(function (a, b) { return a.first - b.first; });
    var lo = spans[0].first, hi = spans[0].last, clusters = [], cur = null;
    spans.forEach(function (s) { if (s.last > hi) hi = s.last; });
    var gapBreak = Math.max(365, 0.25 * (hi - lo));
    spans.forEach(function (s) {
      if (cur && s.first - cur.hi <= gapBreak) { cur.hi = Math.max(cur.hi, s.last); cur.n++; }
      else { cur = { lo: s.first, hi: s.last, n: 1 }; clusters.push(cur); }
    });
    var BREAK = 26, total = 0, days = 0;
    clusters.forEach(function (c) {
      var pad = Math.max(4, Math.round((c.hi - c.lo) * 0.04));
      c.lo -= pad; c.hi += pad + 1; days += c.hi - c.lo;
    });
    var avail = width - BREAK * (clusters.length - 1);
    clusters.forEach(function (c) {
      c.w = avail * (0.15 * (c.hi - c.lo) / days + 0.85 * c.n / spans.length);
      c.w = Math.max(c.w, Math.min(110, avail / clusters.length));
      total += c.w;
    });
    var x = 0;
    clusters.forEach(function (c) { c.w *= avail / total; c.x = x; x += c.w + BREAK; stretches(c, spans); });
    function at(day) {
      for (var i = 0; i < clusters.length; i++) {
        var c = clusters[i];
        if (day <= c.hi || i === clusters.length - 1) {
          if (day <= c.lo || day >= c.hi) return day <= c.lo ? c.x : c.x + c.w;
          var b = 0;
          while (b + 1 < c.edge.length - 1 && day >= c.edge[b + 1]) b++;
          return c.ex[b] + (day - c.edge[b]) / (c.edge[b + 1] - c.edge[b]) * (c.ex[b + 1] - c.ex[b]);
        }
      }
      return 0;
    }
    return { clusters: clusters, x: at, brk: BREAK };
  }

  /* A cluster over two years long is drawn year by year, each year as wide as its share
   * of the cluster's events (75%) and days (25%), as the SVG timeline does. */
  function stretches(c, spans) {
    var y0 = dayDate(c.lo).getUTCFullYear(), y1 = dayDate(c.hi - 1).getUTCFullYear();
    var nb = c.hi - c.lo > 730 ? y1 - y0 + 1 : 1, count = [], b;
    c.edge = [c.lo];
    for (b = 1; b < nb; b++) c.edge.push(Date.UTC(y0 + b, 0, 1) / DAY);
    c.edge.push(c.hi);
    for (b = 0; b < nb; b++) count.push(0);
    spans.forEach(function (s) {
      if (s.first < c.lo || s.first >= c.hi) return;
      var k = 0;
      while (k + 1 < nb && s.first >= c.edge[k + 1]) k++;
      count[k]++;
    });
    c.ex = [c.x];
    for (b = 0; b < nb; b++)
      c.ex.push(c.ex[b] + c.w * (0.25 * (c.edge[b + 1] - c.edge[b]) / (c.hi - c.lo) + 0.75 * count[b] / c.n));
    c.ex[nb] = c.x + c.w;
  }

  /* Year by year: each January 1 that fits, the widest years first, then the months of
   * the years wide enough for them; the first tick says its year. */
  function yearlyTicks(c, scale) {
    var out = [], nb = c.edge.length - 1, order = [], b;
    function fits(x) { return out.every(function (t) { return Math.abs(scale.x(t.day) - x) >= 52; }); }
    for (b = 1; b < nb; b++) order.push(b);
    order.sort(function (p, q) { return (c.ex[q + 1] - c.ex[q]) - (c.ex[p + 1] - c.ex[p]) || p - q; });
    order.forEach(function (k) {
      if (fits(c.ex[k])) out.push({ day: c.edge[k], label: String(dayDate(c.edge[k]).getUTCFullYear()) });
    });
    for (b = 0; b < nb; b++) {
      var perDay = (c.ex[b + 1] - c.ex[b]) / (c.edge[b + 1] - c.edge[b]), step = 0, y = dayDate(c.edge[b]).getUTCFullYear();
      [1, 2, 3, 6].some(function (st) { if (perDay * 30.4 * st >= 52) { step = st; return true; } return false; });
      for (var m = step; step && m < 12; m += step) {
        var d = Date.UTC(y, m, 1) / DAY;
        if (d > c.edge[b] && d < c.edge[b + 1] && fits(scale.x(d))) out.push({ day: d, label: MONTHS[m] });
      }
    }
    out.sort(function (p, q) { return p.day - q.day; });
    if (out.length && dayDate(out[0].day).getUTCMonth() !== 0)
      out[0].label = MONTHS[dayDate(out[0].day).getUTCMonth()] + " " + dayDate(out[0].day).getUTCFullYear();
    return out;
  }

  function ticks(c, scale) {
    if (c.edge.length > 2) return yearlyTicks(c, scale);
    var perDay = c.w / (c.hi - c.lo), steps = [1, 2, 3, 6, 12, 24, 60, 120], out = [];
    if (perDay * 7 >= 60 && c.hi - c.lo < 120) {
      for (var d = Math.ceil(c.lo); d <= c.hi; d++) {
        var dt = dayDate(d);
        if (dt.getUTCDay() === 1) out.push({ day: d, label: MONTHS[dt.getUTCMonth()] + " " + dt.getUTCDate() });
      }
      return out;
    }
    var step = 120;
    for (var i = 0; i < steps.length; i++) if (perDay * 30.4 * steps[i] >= 52) { step = steps[i]; break; }
    var s = dayDate(c.lo), y = s.getUTCFullYear(), m = s.getUTCMonth() + 1;
    m = Math.ceil(m / step) * step; if (step >= 12) { y += 1; m = 0; }
    for (var n = 0; n < 400; n++, m += step) {
      var day = Date.UTC(y, m, 1) / DAY;
      if (day > c.hi) break;
      if (day < c.lo) continue;
      var t = dayDate(day), mon = t.getUTCMonth();
      out.push({ day: day, label: step >= 12 ? String(t.getUTCFullYear())
                 : (mon === 0 || !out.length ? MONTHS[mon] + " " + t.getUTCFullYear() : MONTHS[mon]) });
    }
    return out;
  }

  /* ---- timeline ---- */
  var LEFT = 170, RIGHT = 160, ROW = 18, TOP = 34;
  function laneKeys(e) {
    if (state.lanes === "type") return [e.type];
    var k = [];
    if (e.source) k.push(e.source);
    if (e.target && e.target !== e.source) k.push(e.target);
    return k.length ? k : [""];
  }
  function textWidth(s) { return s.length * 6.1 + 6; }
  function labelOf(e) { return e.date.value + "  " + e.summary; }

  /* Each label beside its mark: to the right, else to the left, else cut to the wider
   * side; then in the first row of its lane where it overlaps nothing. */
  function placeLabels(items, scale, plotW) {
    var rows = [], R = plotW + RIGHT - 6;
    items.forEach(function (it) {
      var x1 = scale.x(it.span.first), x2 = it.span.day ? x1 : scale.x(it.span.last + 1);
      var text = labelOf(it.ev) + (it.ev.modality === "asserted" ? "" : " (" + it.ev.modality + ")");
      var right = (it.span.day ? x1 : x2) + 8, left = x1 - 8, w = textWidth(text), anchor = "start", lx = right;
      if (right + w > R) {
        if (left - w >= 0) { anchor = "end"; lx = left; }
        else {
          var room = Math.max(R - right, left);
          if (left > R - right) { anchor = "end"; lx = left; }
          text = text.slice(0, Math.max(4, Math.floor((room - 6) / 6.1) - 1)) + "\u2026";
          w = textWidth(text);
        }
      }
      var from = anchor === "start" ? x1 - 6 : lx - w, to = anchor === "start" ? lx + w : x2 + 6;
      var r = 0;
      for (;; r++) {
        rows[r] = rows[r] || [];
        if (!rows[r].some(function (iv) { return from < iv[1] && iv[0] < to; })) break;
      }
      rows[r].push([from, to]);
      it.x1 = x1; it.x2 = x2; it.lx = lx; it.anchor = anchor; it.row = r; it.text = text;
    });
    return Math.max(1, rows.length);
  }

  function drawEvent(g, it, y) {
    var e = it.ev, c = colour(e.type), solid = e.modality === "asserted";
    var grp = svg("g", { "class": "ev" + (solid ? "" : " tentative") + (state.selected === e.id ? " selected" : ""),
                         "data-id": e.id, tabindex: "0", role: "button" });
    grp.appendChild(svg("title", {}, labelOf(e) + (solid ? "" : " (" + e.modality + ")")));
    if (it.span.day)
      grp.appendChild(svg("circle", { cx: it.x1, cy: y, r: 5, fill: solid ? c : "#fff", stroke: c,
                                      "stroke-dasharray": solid ? "none" : "2,2" }));
    else
      grp.appendChild(svg("rect", { x: it.x1, y: y - 5, width: Math.max(6, it.x2 - it.x1), height: 10, rx: 3,
                                    fill: solid ? c : "#fff", "fill-opacity": 0.65, stroke: c,
                                    "stroke-dasharray": solid ? "none" : "3,2" }));
    grp.appendChild(svg("text", { x: it.lx, y: y + 4, "text-anchor": it.anchor }, it.text));
    grp.addEventListener("click", function () { select(e.id); });
    grp.addEventListener("keydown", function (k) { if (k.key === "Enter" || k.key === " ") { k.preventDefault(); select(e.id); } });
    g.appendChild(grp);
  }

  function drawAxis(root, scale, height) {
    scale.clusters.forEach(function (c, i) {
      root.appendChild(svg("line", { "class": "axis", x1: c.x, x2: c.x + c.w, y1: TOP - 8, y2: TOP - 8 }));
      ticks(c, scale).forEach(function (t) {
        var x = scale.x(t.day);
        root.appendChild(svg("line", { "class": "tick", x1: x, x2: x, y1: TOP - 12, y2: height }));
        root.appendChild(svg("text", { "class": "tick-label", x: x + 2, y: TOP - 14 }, t.label));
      });
      if (i > 0) {
        var bx = c.x - scale.brk / 2;
        root.appendChild(svg("rect", { "class": "break-band", x: bx - 6, y: TOP - 8, width: 12, height: height - TOP + 8 }));
        root.appendChild(svg("line", { "class": "break", x1: bx - 7, y1: TOP - 3, x2: bx - 1, y2: TOP - 13 }));
        root.appendChild(svg("line", { "class": "break", x1: bx + 1, y1: TOP - 3, x2: bx + 7, y2: TOP - 13 }));
      }
    });
  }

  function renderTimeline(list) {
    var box = $("timeline");
    box.textContent = "";
    var dated = [];
    list.forEach(function (e) { var s = span(e.date.value); if (s) dated.push({ ev: e, span: s }); });
    if (!dated.length) { box.appendChild(el("p", "hint", "No dated event matches the filters.")); return; }
    var plotW = Math.max(400, ((box.clientWidth || 900) - LEFT - RIGHT - 2) * state.zoom);
    var scale = buildScale(dated, plotW);
    var lanes = [], byKey = {};
    dated.forEach(function (it) {
      laneKeys(it.ev).forEach(function (k) {
        if (!byKey[k]) { byKey[k] = { key: k, items: [] }; lanes.push(byKey[k]); }
        byKey[k].items.push({ ev: it.ev, span: it.span });
      });
    });
    var y = TOP, body = svg("g", { transform: "translate(" + LEFT + ",0)" }), bands = svg("g", {});
    lanes.forEach(function (lane, i) {
      var rows = placeLabels(lane.items, scale, plotW), h = rows * ROW + 12;
      if (i % 2 === 0) bands.appendChild(svg("rect", { "class": "lane-bg", x: 0, y: y, width: LEFT + plotW + RIGHT, height: h }));
      var name = state.lanes === "type" ? lane.key : actorName(lane.key) || "(no actor)";
      var label = svg("text", { "class": "lane-name", x: 8, y: y + 16, fill: state.lanes === "type" ? colour(lane.key) : "#1f2328" },
                      name.length > 26 ? name.slice(0, 25) + "\u2026" : name);
      label.appendChild(svg("title", {}, name));
      bands.appendChild(label);
      lane.items.forEach(function (it) { drawEvent(body, it, y + 12 + it.row * ROW); });
      y += h;
    });
    var W = LEFT + plotW + RIGHT, H = y + 8;
    var root = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img",
                            "aria-label": "timeline of " + dated.length + " dated events" });
    var defs = svg("defs", {}), pat = svg("pattern", { id: "break-hatch", width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" });
    pat.appendChild(svg("rect", { width: 6, height: 6, fill: "#fff" }));
    pat.appendChild(svg("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#d5d9de", "stroke-width": 2 }));
    defs.appendChild(pat);
    root.appendChild(defs);
    root.appendChild(bands);
    var axis = svg("g", { transform: "translate(" + LEFT + ",0)" });
    drawAxis(axis, scale, H);
    root.appendChild(axis);
    root.appendChild(body);
    box.appendChild(root);
  }

  /* ---- lists ---- */
  function row(e) {
    var b = el("button", "ev-row" + (state.selected === e.id ? " selected" : ""));
    b.type = "button";
    b.setAttribute("data-id", e.id);
    b.appendChild(el("span", "ev-date", e.date.value || "undated"));
    var chip = el("span", "chip", e.type);
    chip.style.background = colour(e.type);
    b.appendChild(chip);
    b.appendChild(el("span", "ev-summary", e.summary));
    if (e.modality !== "asserted") b.appendChild(el("span", "mod", e.modality));
    b.addEventListener("click", function () { select(e.id); });
    var li = el("li");
    li.appendChild(b);
    return li;
  }
  function renderLists(list) {
    var ul = $("undated"), ol = $("event-list");
    ul.textContent = ""; ol.textContent = "";
    list.forEach(function (e) {
      ol.appendChild(row(e));
      if (!span(e.date.value)) ul.appendChild(row(e));
    });
    if (!ul.firstChild) ul.appendChild(el("li", "hint", "none"));
    if (!ol.firstChild) ol.appendChild(el("li", "hint", "No event matches the filters."));
  }

  /* ---- details ---- */
  function actorButton(id) {
    if (!id) return document.createTextNode("\u2014");
    var b = el("button", "linklike", actorName(id));
    b.type = "button";
    b.title = "Show only events of " + actorName(id);
    b.addEventListener("click", function () { setActor(id); });
    return b;
  }
  function dateText(e) {
    var d = e.date;
    if (!d.value) return "undated";
    var how = { explicit: "written in the sentence", relative: "resolved against the article's date",
                document: "the article's publication date", none: "" }[d.basis] || d.basis;
    return d.value + " (" + d.precision + "; " + how + (d.text ? ": \u201c" + d.text + "\u201d" : "") + ")";
  }
  function evidenceItem(x) {
    var li = el("li"), q = el("blockquote");
    x.parts.forEach(function (p) {
      if (!p[1]) { q.appendChild(document.createTextNode(p[0])); return; }
      var m = el("mark", p[1], p[0]);
      m.title = { t: "trigger", s: "source", o: "target" }[p[1]] || "";
      q.appendChild(m);
    });
    li.appendChild(q);
    var d = docs[x.doc] || {};
    var src = el("div", "src");
    src.appendChild(document.createTextNode("[" + (d.id || "?") + "] " + (d.title || "(untitled)") + " \u2014 " +
      (d.source || "") + (d.published ? ", published " + d.published : "") +
      (x.modality !== "asserted" ? "; told as " + x.modality : "")));
    li.appendChild(src);
    return li;
  }
  function dl(pairs) {
    var l = el("dl");
    pairs.forEach(function (p) {
      l.appendChild(el("dt", "", p[0]));
      var dd = el("dd");
      if (typeof p[1] === "string") dd.textContent = p[1]; else dd.appendChild(p[1]);
      l.appendChild(dd);
    });
    return l;
  }
  function renderDetails() {
    var box = $("details"), e = null;
    events.forEach(function (x) { if (x.id === state.selected) e = x; });
    if (!e) return;
    box.textContent = "";
    var h = el("h2", "", e.summary);
    box.appendChild(h);
    var chip = el("span", "chip", e.type);
    chip.style.background = colour(e.type);
    box.appendChild(dl([["type", chip], ["source", actorButton(e.source)], ["target", actorButton(e.target)],
                        ["date", dateText(e)], ["modality", e.modality], ["event", e.id]]));
    var keys = el("p", "keys", "Evidence (" + e.evidence.length + "):");
    [["t", "trigger"], ["s", "source"], ["o", "target"]].forEach(function (k) { keys.appendChild(el("mark", k[0], k[1])); });
    box.appendChild(keys);
    var ol = el("ol", "evidence");
    e.evidence.forEach(function (x) { ol.appendChild(evidenceItem(x)); });
    box.appendChild(ol);
  }
  function select(id) {
    state.selected = id;
    var nodes = document.querySelectorAll("[data-id]");
    for (var i = 0; i < nodes.length; i++) {
      var on = nodes[i].getAttribute("data-id") === id;
      var base = nodes[i].getAttribute("class") || "";
      nodes[i].setAttribute("class", on ? (base.indexOf("selected") < 0 ? base + " selected" : base) : base.replace(/ ?selected/g, ""));
    }
    renderDetails();
  }

  /* ---- the Graphviz picture: node titles are actor ids ---- */
  function graphNodes(fn) {
    var nodes = document.querySelectorAll("#graph g.node");
    for (var i = 0; i < nodes.length; i++) {
      var t = nodes[i].querySelector("title");
      var id = t ? t.textContent : "";
      if (actors[id]) fn(nodes[i], id);
    }
  }
  function renderGraph(list) {
    var seen = {};
    list.forEach(function (e) { seen[e.source] = 1; seen[e.target] = 1; });
    graphNodes(function (n, id) {
      var cls = "node clickable" + (seen[id] ? "" : " dim") + (state.actor === id ? " chosen" : "");
      n.setAttribute("class", cls);
    });
  }

  /* ---- wiring ---- */
  function render() {
    var list = events.filter(matches);
    var dated = list.filter(function (e) { return !!span(e.date.value); }).length;
    $("f-count").textContent = list.length + " of " + events.length + " events shown (" + dated + " dated)";
    renderTimeline(list);
    renderLists(list);
    renderGraph(list);
    renderDetails();
  }
  function setActor(id) { state.actor = id; $("f-actor").value = id; render(); }
  function option(sel, value, text) { var o = el("option", "", text); o.value = value; sel.appendChild(o); }

  function init() {
    var names = Object.keys(actors).sort(function (a, b) { return actorName(a).localeCompare(actorName(b)); });
    names.forEach(function (id) { option($("f-actor"), id, actorName(id)); });
    Object.keys(data.types || {}).sort().forEach(function (t) { option($("f-type"), t, t); });
    $("summary").textContent = events.length + " events, " + names.length + " actors, from " + docs.length +
      " article" + (docs.length === 1 ? "" : "s");
    $("f-actor").addEventListener("change", function () { setActor(this.value); });
    $("f-type").addEventListener("change", function () { state.type = this.value; render(); });
    $("f-lanes").addEventListener("change", function () { state.lanes = this.value; render(); });
    ["since", "until"].forEach(function (k) {
      $("f-" + k).addEventListener("input", function () {
        var v = this.value.trim();
        $("f-error").textContent = validPrefix(v) ? "" : "Dates are YYYY, YYYY-MM or YYYY-MM-DD.";
        if (validPrefix(v)) { state[k] = v; render(); }
      });
    });
    ["asserted", "hypothetical", "negated"].forEach(function (m) {
      $("m-" + m).addEventListener("change", function () { state.mods[m] = this.checked; render(); });
    });
    $("f-reset").addEventListener("click", function () {
      state.actor = state.type = state.since = state.until = "";
      state.mods = { asserted: true, hypothetical: true, negated: true };
      ["f-actor", "f-type", "f-since", "f-until"].forEach(function (i) { $(i).value = ""; });
      ["asserted", "hypothetical", "negated"].forEach(function (m) { $("m-" + m).checked = true; });
      $("f-error").textContent = "";
      render();
    });
    $("zoom-in").addEventListener("click", function () { zoom(1.5); });
    $("zoom-out").addEventListener("click", function () { zoom(1 / 1.5); });
    $("zoom-fit").addEventListener("click", function () { state.zoom = 1; render(); });
    $("timeline").addEventListener("wheel", function (w) {
      if (!w.ctrlKey) return;
      w.preventDefault();
      zoom(w.deltaY < 0 ? 1.25 : 0.8);
    }, { passive: false });
    $("graph-fit").addEventListener("click", function () {
      var fit = $("graph").classList.toggle("fit");
      this.textContent = fit ? "Actual size" : "Fit to width";
    });
    graphNodes(function (n, id) {
      n.addEventListener("click", function () { setActor(state.actor === id ? "" : id); });
    });
    render();
  }
  function zoom(f) { state.zoom = Math.max(1, Math.min(16, state.zoom * f)); render(); }
  init();
})();
