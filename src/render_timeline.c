/* render_timeline — the timeline as pictures and for other tools.
 *
 * SVG: a time axis across the top that gives space to where the events are (long empty
 * stretches cut and marked, ticks of weeks, months or years as they fit; see
 * timescale.h), one lane per event type, each event drawn over the period its date
 * covers (a dot for a day, a bar for a month or a year) and labelled with its date and
 * who did what to whom. A label goes right of its mark, else left, else is cut to the
 * wider side, so none runs past the edge; labels that would overlap take another row of
 * their lane. Hypothetical and negated events hollow and dashed; undated events listed
 * in their own lane below. Every event carries a <title> tooltip with its evidence.
 * TimelineJS: its JSON format; headlines and texts are HTML-escaped because TimelineJS
 * renders them as HTML. Undated events cannot stand on its time axis and are counted in
 * the title instead. */
#include <jansson.h>
#include <string.h>

#include "render.h"
#include "timescale.h"

#define WIDTH 1400
#define LEFT 180
#define RIGHT 180
#define PLOT (WIDTH - LEFT - RIGHT)
#define ROW 18
#define AXIS 62     /* y of the axis line */
#define CHAR_W 6.3  /* a generous average at font-size 11 */

typedef struct {
    const g_event *e;
    tspan s;
    size_t lane;
    int row, end_anchor, day;
    double x1, x2, lx;
    char *label;
} item;

static void event_title(const evgraph *g, const g_event *e, strbuf *out)
{
    sb_adds(out, "<title>");
    esc_xml(out, e->date.value[0] ? e->date.value : "undated");
    sb_adds(out, " ");
    esc_xml(out, e->summary);
    if (e->mod != MOD_ASSERTED)
        sb_addf(out, " (%s)", events_modality_name(e->mod));
    for (size_t k = 0; k < e->nev && k < 3; k++) {
        sb_addf(out, "\n[%s] ", g->docs[e->ev[k].doc].id);
        esc_xml(out, e->ev[k].sentence);
    }
    sb_adds(out, "</title>");
}

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* The first n characters of s and an ellipsis (label_text leaves room for it). */
static void utf8_cut(char *s, size_t n)
{
    size_t chars = 0, at = 0;
    for (; s[at]; at++)
        if (((unsigned char)s[at] & 0xC0) != 0x80 && chars++ == n)
            break;
    if (s[at])
        memcpy(s + at, "\xE2\x80\xA6", 4);
}

static char *label_text(const g_event *e)
{
    strbuf b = {0};
    sb_addf(&b, "%s  %s", e->date.value, e->summary);
    if (e->mod != MOD_ASSERTED)
        sb_addf(&b, " (%s)", events_modality_name(e->mod));
    sb_adds(&b, "    "); /* room for the ellipsis when cut */
    b.s[b.len - 4] = '\0';
    return sb_detach(&b);
}

static double text_w(const char *s)
{
    return (double)utf8_chars(s) * CHAR_W + 6;
}

/* Right of the mark, else left, else cut to fit the wider side. */
static void place_label(item *it)
{
    double right = (it->day ? it->x1 : it->x2) + 8, left = it->x1 - 8, edge = PLOT + RIGHT - 8;
    double w = text_w(it->label);
    it->lx = right;
    it->end_anchor = 0;
    if (right + w <= edge)
        return;
    if (left - w >= 0 || left > edge - right) {
        it->end_anchor = 1;
        it->lx = left;
    }
    double room = it->end_anchor ? left : edge - right;
    if (w > room) {
        double keep = (room - 6) / CHAR_W - 1;
        utf8_cut(it->label, keep > 4 ? (size_t)keep : 4);
    }
}

/* Rows of one lane: each label in the first row where it overlaps nothing. */
static int place_lane(item *v, size_t n, size_t lane)
{
    double *from = xcalloc(n + 1, sizeof *from), *to = xcalloc(n + 1, sizeof *to);
    int *row = xcalloc(n + 1, sizeof *row);
    size_t placed = 0;
    int rows = 1;
    for (size_t i = 0; i < n; i++) {
        if (v[i].lane != lane)
            continue;
        item *it = &v[i];
        place_label(it);
        double w = text_w(it->label);
        double a = it->end_anchor ? it->lx - w : it->x1 - 6;
        double b = it->end_anchor ? it->x2 + 6 : it->lx + w;
        int r = 0;
        for (size_t k = 0; k < placed; k++)
            if (row[k] == r && a < to[k] && from[k] < b)
                r++, k = (size_t)-1; /* try the next row from the start */
        from[placed] = a;
        to[placed] = b;
        row[placed++] = it->row = r;
        if (r + 1 > rows)
            rows = r + 1;
    }
    free(from);
    free(to);
    free(row);
    return rows;
}
static void draw_break(strbuf *out, double x, int bottom)
{
    sb_addf(out, "<rect x=\"%.1f\" y=\"%d\" width=\"12\" height=\"%d\" fill=\"url(#cut)\"/>\n",
            x - 6, AXIS, bottom - AXIS);
    sb_addf(out, "<path d=\"M%.1f %d l6 -10 M%.1f %d l6 -10\" stroke=\"#666\" "
                 "stroke-width=\"1.5\"/>\n",
            x - 7, AXIS + 5, x + 1, AXIS + 5);
}

static void draw_axis(strbuf *out, const tscale *sc, int bottom)
{
    ttick ticks[64];
    sb_adds(out, "<defs><pattern id=\"cut\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                 "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
                 "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ccc\" stroke-width=\"2\"/>"
                 "</pattern></defs>\n");
    for (size_t k = 0; k < sc->n; k++) {
        const tcluster *c = &sc->c[k];
        sb_addf(out, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#777\"/>\n",
                LEFT + c->x, AXIS, LEFT + c->x + c->w, AXIS);
        size_t n = tscale_ticks(sc, k, ticks, sizeof ticks / sizeof *ticks);
        for (size_t i = 0; i < n; i++) {
            double x = LEFT + tscale_x(sc, ticks[i].day);
            sb_addf(out, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e2e2e2\"/>\n",
                    x, AXIS - 4, x, bottom);
            sb_addf(out, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#555\">%s</text>\n",
                    x + 2, AXIS - 7, ticks[i].label);
        }
        if (k > 0)
            draw_break(out, LEFT + c->x - sc->brk / 2, bottom);
    }
}

static void draw_item(strbuf *out, const evgraph *g, const item *it, int y)
{
    const g_event *e = it->e;
    const char *col = render_type_color(e->rule->type);
    int asserted = e->mod == MOD_ASSERTED;
    sb_adds(out, "<g>");
    event_title(g, e, out);
    if (it->day)
        sb_addf(out, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\" stroke=\"%s\"%s/>",
                LEFT + it->x1, y, asserted ? col : "white", col,
                asserted ? "" : " stroke-dasharray=\"2,2\"");
    else
        sb_addf(out, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"10\" rx=\"3\" "
                     "fill=\"%s\" fill-opacity=\"0.6\" stroke=\"%s\"%s/>",
                LEFT + it->x1, y - 5, it->x2 - it->x1 < 6 ? 6 : it->x2 - it->x1,
                asserted ? col : "white", col, asserted ? "" : " stroke-dasharray=\"3,2\"");
    sb_addf(out, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"%s\"%s>", LEFT + it->lx, y + 4,
            asserted ? "#222" : "#777", it->end_anchor ? " text-anchor=\"end\"" : "");
    esc_xml(out, it->label);
    sb_adds(out, "</text></g>\n");
}

static int draw_undated(strbuf *out, const evgraph *g, int top)
{
    sb_addf(out, "<text x=\"10\" y=\"%d\" font-size=\"12\" font-weight=\"bold\" "
                 "fill=\"#444\">undated</text>\n", top + 12);
    int y = top + 30;
    for (size_t i = 0; i < g->nevents; i++) {
        const g_event *e = &g->events[i];
        tspan s;
        if (e->date.value[0] && render_date_span(e->date.value, &s) == 0)
            continue;
        sb_adds(out, "<g>");
        event_title(g, e, out);
        sb_addf(out, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"%s\"/>", LEFT, y - 4,
                render_type_color(e->rule->type));
        sb_addf(out, "<text x=\"%d\" y=\"%d\" font-size=\"11\"%s>", LEFT + 10, y,
                e->mod == MOD_ASSERTED ? "" : " fill=\"#777\"");
        esc_xml(out, e->rule->type);
        sb_adds(out, ": ");
        esc_xml(out, e->summary);
        if (e->mod != MOD_ASSERTED)
            sb_addf(out, " (%s)", events_modality_name(e->mod));
        sb_adds(out, "</text></g>\n");
        y += 17;
    }
    return y;
}

/* The dated events as items, and the lanes (types, in order of first date). */
static size_t collect(const evgraph *g, item *v, const event_rule **lanes, size_t *nlanes)
{
    size_t n = 0;
    for (size_t i = 0; i < g->nevents; i++) {
        const g_event *e = &g->events[i];
        item *it = &v[n];
        if (!e->date.value[0] || render_date_span(e->date.value, &it->s) != 0)
            continue;
        size_t k = 0;
        while (k < *nlanes && lanes[k] != e->rule)
            k++;
        if (k == *nlanes)
            lanes[(*nlanes)++] = e->rule;
        it->e = e;
        it->lane = k;
        it->day = e->date.prec >= PREC_DAY;
        it->label = label_text(e);
        n++;
    }
    return n;
}

/* The lanes' bands and names (under the axis's grid), or their events (over it). */
static void draw_lanes(strbuf *out, const evgraph *g, const item *v, size_t n,
                       const event_rule **lanes, const int *rows, size_t nlanes, int events)
{
    int y = AXIS + 6;
    for (size_t k = 0; k < nlanes; k++) {
        int h = rows[k] * ROW + 12;
        if (!events) {
            sb_addf(out, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>\n", y,
                    WIDTH, h, k % 2 ? "#ffffff" : "#f5f6f8");
            sb_addf(out, "<text x=\"10\" y=\"%d\" font-size=\"12\" font-weight=\"bold\" "
                         "fill=\"%s\">", y + 17, render_type_color(lanes[k]->type));
            esc_xml(out, lanes[k]->type);
            sb_adds(out, "</text>\n");
        }
        for (size_t i = 0; events && i < n; i++)
            if (v[i].lane == k)
                draw_item(out, g, &v[i], y + 14 + v[i].row * ROW);
        y += h;
    }
}

int render_timeline_svg(const evgraph *g, strbuf *out, ev_err *err)
{
    (void)err;
    item *v = xcalloc(g->nevents + 1, sizeof *v);
    const event_rule **lanes = xcalloc(g->nevents + 1, sizeof *lanes);
    size_t nlanes = 0, n = collect(g, v, lanes, &nlanes);
    int *rows = xcalloc(nlanes + 1, sizeof *rows), lanes_h = 0;
    tscale sc = {0};
    if (n) {
        tspan *spans = xcalloc(n, sizeof *spans);
        for (size_t i = 0; i < n; i++)
            spans[i] = v[i].s;
        tscale_build(&sc, spans, n, PLOT);
        free(spans);
        for (size_t i = 0; i < n; i++) {
            v[i].x1 = tscale_x(&sc, v[i].s.first);
            v[i].x2 = tscale_x(&sc, v[i].s.last + 1);
        }
    }
    for (size_t k = 0; k < nlanes; k++)
        lanes_h += (rows[k] = place_lane(v, n, k)) * ROW + 12;
    strbuf body = {0};
    if (n) {
        draw_lanes(&body, g, v, n, lanes, rows, nlanes, 0);
        draw_axis(&body, &sc, AXIS + 6 + lanes_h);
        draw_lanes(&body, g, v, n, lanes, rows, nlanes, 1);
    }
    int bottom = AXIS + 6 + lanes_h + 16;
    if (n < g->nevents)
        bottom = draw_undated(&body, g, bottom);
    sb_addf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                 "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\">\n"
                 "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
            WIDTH, bottom + 10, WIDTH, bottom + 10);
    sb_addf(out, "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">evgraph timeline: "
                 "%zu event%s from %zu article%s</text>\n",
            g->nevents, g->nevents == 1 ? "" : "s", g->ndocs, g->ndocs == 1 ? "" : "s");
    if (sc.n > 1)
        sb_adds(out, "<text x=\"10\" y=\"40\" font-size=\"10\" fill=\"#666\">hatched gaps: "
                     "stretches without events, cut</text>\n");
    sb_add(out, body.s ? body.s : "", body.len);
    sb_adds(out, "</svg>\n");
    sb_free(&body);
    for (size_t i = 0; i < n; i++)
        free(v[i].label);
    tscale_free(&sc);
    free(rows);
    free(lanes);
    free(v);
    return 0;
}

/* TimelineJS renders text as HTML: escape it, then let jansson escape it for JSON. */
static char *html(const char *s)
{
    strbuf b = {0};
    esc_xml(&b, s);
    return sb_detach(&b);
}

static json_t *start_date(const char *v)
{
    int y = 0, m = 0, d = 0;
    int n = sscanf(v, "%d-%d-%d", &y, &m, &d);
    json_t *o = json_object();
    char buf[8];
    snprintf(buf, sizeof buf, "%d", y);
    json_object_set_new(o, "year", json_string(buf));
    if (n >= 2) {
        snprintf(buf, sizeof buf, "%d", m);
        json_object_set_new(o, "month", json_string(buf));
    }
    if (n >= 3) {
        snprintf(buf, sizeof buf, "%d", d);
        json_object_set_new(o, "day", json_string(buf));
    }
    return o;
}

int render_timeline_js(const evgraph *g, strbuf *out, ev_err *err)
{
    json_t *events = json_array();
    size_t undated = 0;
    for (size_t i = 0; i < g->nevents; i++) {
        const g_event *e = &g->events[i];
        if (!e->date.value[0]) {
            undated++;
            continue;
        }
        strbuf text = {0};
        for (size_t k = 0; k < e->nev; k++) {
            char *s = html(e->ev[k].sentence), *src = html(g->docs[e->ev[k].doc].source);
            sb_addf(&text, "<p>%s <small>[%s]</small></p>", s, src);
            free(s);
            free(src);
        }
        strbuf head = {0};
        sb_adds(&head, e->summary);
        if (e->mod != MOD_ASSERTED)
            sb_addf(&head, " (%s)", events_modality_name(e->mod));
        char *h = html(head.s);
        json_array_append_new(events,
                              json_pack("{s:o, s:{s:s, s:s}, s:s, s:s}", "start_date",
                                        start_date(e->date.value), "text", "headline", h, "text",
                                        text.s ? text.s : "", "group", e->rule->type,
                                        "unique_id", e->id));
        free(h);
        sb_free(&head);
        sb_free(&text);
    }
    char title[160];
    snprintf(title, sizeof title, "%zu events from %zu articles%s", g->nevents, g->ndocs,
             undated ? " (undated events are not shown on the time axis)" : "");
    json_t *root = json_pack("{s:{s:{s:s, s:s}}, s:o}", "title", "text", "headline",
                             "evgraph timeline", "text", title, "events", events);
    if (!root) {
        err_set(err, "cannot build the TimelineJS output");
        return -1;
    }
    char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);
    json_decref(root);
    if (!s) {
        err_set(err, "cannot serialise the TimelineJS output");
        return -1;
    }
    sb_adds(out, s);
    sb_addc(out, '\n');
    free(s);
    return 0;
}
