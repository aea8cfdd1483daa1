/* render_timeline — the timeline as pictures and for other tools.
 *
 * SVG: a date axis across the top, one lane per event type, each event drawn over the
 * period its date covers (a dot for a day, a bar for a month or a year), labelled with
 * who did it to whom; hypothetical and negated events hollow and dashed; undated events
 * listed in their own lane below. Every event carries a <title> tooltip with its
 * evidence.
 * TimelineJS: its JSON format; headlines and texts are HTML-escaped because TimelineJS
 * renders them as HTML. Undated events cannot stand on its time axis and are counted in
 * the title instead. */
#include <jansson.h>
#include <string.h>

#include "render.h"

#define LEFT 200
#define PLOT 820
#define RIGHT 320 /* room for the labels of the latest events */
#define LANE 64
#define TOP 70

typedef struct {
    long first, last; /* day numbers the date covers */
} span;

static int parse_span(const char *v, span *s)
{
    int y = 0, m = 0, d = 0;
    int n = sscanf(v, "%d-%d-%d", &y, &m, &d);
    if (n < 1 || y < 1)
        return -1;
    ymd a = {y, n >= 2 ? m : 1, n >= 3 ? d : 1};
    ymd b = {y, n >= 2 ? m : 12, n >= 3 ? d : 31};
    if (n == 2)
        b.d = cal_days_in_month(y, m);
    if (!cal_valid(a) || !cal_valid(b))
        return -1;
    s->first = cal_day_number(a);
    s->last = cal_day_number(b);
    return 0;
}

static double x_of(long day, long lo, long hi)
{
    return LEFT + (double)(day - lo) * PLOT / (double)(hi - lo > 0 ? hi - lo : 1);
}

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

static ymd date_of_day(long day)
{
    ymd epoch = {1970, 1, 1};
    return cal_add_days(epoch, day - cal_day_number(epoch));
}

/* Ticks at whole months or years, as many as fit 70 pixels apart; weeks for short spans. */
static void draw_axis(strbuf *out, long lo, long hi, int bottom)
{
    static const int steps[] = {1, 2, 3, 6, 12, 24, 60, 120};
    long span_days = hi - lo;
    int step_months = 0;
    if (span_days > 120) {
        long months = span_days / 30 + 1;
        size_t k = 0;
        while (k + 1 < sizeof steps / sizeof *steps && months / steps[k] > PLOT / 70)
            k++;
        step_months = steps[k];
    }
    sb_addf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>\n", LEFT,
            TOP - 20, LEFT + PLOT, TOP - 20);
    ymd d = date_of_day(lo);
    if (step_months) {
        d.d = 1;
        if (step_months >= 12)
            d.m = 1;
        else
            d.m = 1 + (d.m - 1) / step_months * step_months;
        if (cal_day_number(d) < lo)
            d = cal_add_months(d, step_months);
    }
    for (long day = cal_day_number(d); day <= hi; day = cal_day_number(d)) {
        double x = x_of(day, lo, hi);
        char label[16];
        if (step_months >= 12)
            snprintf(label, sizeof label, "%04d", d.y);
        else if (step_months)
            snprintf(label, sizeof label, "%04d-%02d", d.y, d.m);
        else
            snprintf(label, sizeof label, "%04d-%02d-%02d", d.y, d.m, d.d);
        sb_addf(out, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>\n", x,
                TOP - 20, x, bottom);
        sb_addf(out, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" "
                     "fill=\"#444\">%s</text>\n",
                x, TOP - 26, label);
        d = step_months ? cal_add_months(d, step_months) : cal_add_days(d, 7);
    }
}

int render_timeline_svg(const evgraph *g, strbuf *out, ev_err *err)
{
    (void)err;
    const event_rule **lanes = xcalloc(g->nevents + 1, sizeof *lanes);
    size_t nlanes = 0, undated = 0;
    long lo = 0, hi = 0;
    int any = 0;
    for (size_t i = 0; i < g->nevents; i++) {
        const g_event *e = &g->events[i];
        span s;
        if (!e->date.value[0] || parse_span(e->date.value, &s) != 0) {
            undated++;
            continue;
        }
        if (!any || s.first < lo)
            lo = s.first;
        if (!any || s.last > hi)
            hi = s.last;
        any = 1;
        size_t k = 0;
        while (k < nlanes && lanes[k] != e->rule)
            k++;
        if (k == nlanes)
            lanes[nlanes++] = e->rule;
    }
    long pad = (hi - lo) / 20 + 3;
    lo -= pad;
    hi += pad;
    int height = TOP + (int)nlanes * LANE + 30;
    int undated_top = height + 10;
    int total = undated_top + (undated ? 24 + (int)undated * 16 : 0) + 20;
    sb_addf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                 "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\">\n"
                 "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
            LEFT + PLOT + RIGHT, total, LEFT + PLOT + RIGHT, total);
    sb_addf(out, "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">evgraph timeline: "
                 "%zu event%s from %zu article%s</text>\n",
            g->nevents, g->nevents == 1 ? "" : "s", g->ndocs, g->ndocs == 1 ? "" : "s");
    if (any)
        draw_axis(out, lo, hi, height - 20);
    for (size_t k = 0; k < nlanes; k++) {
        int y = TOP + (int)k * LANE;
        sb_addf(out, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>\n", y,
                LEFT + PLOT + RIGHT, LANE, k % 2 ? "#ffffff" : "#f6f6f6");
        sb_addf(out, "<text x=\"10\" y=\"%d\" font-size=\"12\" fill=\"%s\">", y + LANE / 2 + 4,
                render_type_color(lanes[k]->type));
        esc_xml(out, lanes[k]->type);
        sb_adds(out, "</text>\n");
    }
    size_t *per_lane = xcalloc(nlanes + 1, sizeof *per_lane);
    for (size_t i = 0; i < g->nevents; i++) {
        const g_event *e = &g->events[i];
        span s;
        if (!e->date.value[0] || parse_span(e->date.value, &s) != 0)
            continue;
        size_t k = 0;
        while (lanes[k] != e->rule)
            k++;
        /* Three label rows per lane so that neighbours do not print over each other. */
        int row = (int)(per_lane[k]++ % 3);
        int y = TOP + (int)k * LANE + 14 + row * 18;
        double x1 = x_of(s.first, lo, hi), x2 = x_of(s.last + 1, lo, hi);
        const char *col = render_type_color(e->rule->type);
        int asserted = e->mod == MOD_ASSERTED;
        sb_adds(out, "<g>");
        event_title(g, e, out);
        if (e->date.prec >= PREC_DAY)
            sb_addf(out, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\" stroke=\"%s\"%s/>",
                    x1, y, asserted ? col : "white", col,
                    asserted ? "" : " stroke-dasharray=\"2,2\"");
        else
            sb_addf(out, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"10\" rx=\"3\" "
                         "fill=\"%s\" fill-opacity=\"0.6\" stroke=\"%s\"%s/>",
                    x1, y - 5, x2 - x1 < 6 ? 6 : x2 - x1, asserted ? col : "white", col,
                    asserted ? "" : " stroke-dasharray=\"3,2\"");
        sb_addf(out, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"%s\">",
                (e->date.prec >= PREC_DAY ? x1 : x2) + 8, y + 4, asserted ? "#222" : "#888");
        esc_xml(out, e->summary);
        if (!asserted)
            sb_addf(out, " (%s)", events_modality_name(e->mod));
        sb_adds(out, "</text></g>\n");
    }
    if (undated) {
        sb_addf(out, "<text x=\"10\" y=\"%d\" font-size=\"12\" fill=\"#444\">undated</text>\n",
                undated_top + 12);
        int y = undated_top + 30;
        for (size_t i = 0; i < g->nevents; i++) {
            const g_event *e = &g->events[i];
            span s;
            if (e->date.value[0] && parse_span(e->date.value, &s) == 0)
                continue;
            sb_adds(out, "<g>");
            event_title(g, e, out);
            sb_addf(out, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"%s\"/>", LEFT, y - 4,
                    render_type_color(e->rule->type));
            sb_addf(out, "<text x=\"%d\" y=\"%d\" font-size=\"10\">", LEFT + 10, y);
            esc_xml(out, e->rule->type);
            sb_adds(out, ": ");
            esc_xml(out, e->summary);
            if (e->mod != MOD_ASSERTED)
                sb_addf(out, " (%s)", events_modality_name(e->mod));
            sb_adds(out, "</text></g>\n");
            y += 16;
        }
    }
    sb_adds(out, "</svg>\n");
    free(per_lane);
    free(lanes);
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
