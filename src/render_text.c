/* render_text — the terminal timeline: one line per event in date order (undated last),
 * the date at its precision, the type, who did it to whom, and the modality when it is
 * not a plain assertion; with -v the evidence sentences under each event. */
#include <string.h>

#include "render.h"

#define C_RESET "\033[0m"
#define C_DIM "\033[2m"
#define C_BOLD "\033[1m"
#define C_DATE "\033[36m"

void esc_term(strbuf *out, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p == 0x7f) {
            sb_addf(out, "\\x%02x", *p);
        } else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {
            /* C1 controls (U+0080..U+009F) include a one-byte escape introducer. */
            sb_addf(out, "\\u%04x", p[1]);
            p++;
        } else {
            sb_addc(out, (char)*p);
        }
    }
}

static void color(strbuf *b, const render_opts *o, const char *code)
{
    if (o->color)
        sb_adds(b, code);
}

static size_t utf8_width(const char *s)
{
    size_t w = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        w += (*p & 0xC0) != 0x80;
    return w;
}

static void pad(strbuf *b, const char *s, size_t width)
{
    esc_term(b, s);
    for (size_t w = utf8_width(s); w < width; w++)
        sb_addc(b, ' ');
}

static const char *actor_name(const evgraph *g, size_t i)
{
    return i == ACTOR_NONE ? "?" : g->actors[i].name;
}

int render_timeline_text(const evgraph *g, const render_opts *o, strbuf *out, ev_err *err)
{
    (void)err;
    color(out, o, C_BOLD);
    sb_addf(out, "Timeline: %zu event%s from %zu article%s", g->nevents,
            g->nevents == 1 ? "" : "s", g->ndocs, g->ndocs == 1 ? "" : "s");
    color(out, o, C_RESET);
    sb_addc(out, '\n');
    for (size_t i = 0; i < g->ndocs; i++) {
        const g_document *d = &g->docs[i];
        char date[16] = "undated";
        if (d->published.y)
            cal_format(d->published, PREC_DAY, date, sizeof date);
        sb_addf(out, "  [%s] %s  ", d->id, date);
        esc_term(out, d->title ? d->title : d->source);
        sb_adds(out, "  (");
        esc_term(out, d->source);
        sb_adds(out, ")\n");
    }
    sb_addc(out, '\n');
    for (size_t i = 0; i < g->nevents; i++) {
        const g_event *e = &g->events[i];
        color(out, o, C_DATE);
        pad(out, e->date.value[0] ? e->date.value : "undated", 12);
        color(out, o, C_RESET);
        pad(out, e->rule->type, 25);
        esc_term(out, actor_name(g, e->source));
        if (e->target != ACTOR_NONE) {
            sb_adds(out, " \xE2\x86\x92 ");
            esc_term(out, actor_name(g, e->target));
        }
        if (e->mod != MOD_ASSERTED) {
            color(out, o, C_DIM);
            sb_addf(out, "  (%s)", events_modality_name(e->mod));
            color(out, o, C_RESET);
        }
        if (e->date.basis == BASIS_RELATIVE || e->date.basis == BASIS_DOCUMENT) {
            color(out, o, C_DIM);
            if (e->date.basis == BASIS_RELATIVE) {
                sb_adds(out, "  [\"");
                esc_term(out, e->date.text);
                sb_adds(out, "\"]");
            } else {
                sb_adds(out, "  [publication date]");
            }
            color(out, o, C_RESET);
        }
        sb_addf(out, "  {%s", g->docs[e->ev[0].doc].id);
        for (size_t k = 1; k < e->nev; k++)
            if (e->ev[k].doc != e->ev[k - 1].doc)
                sb_addf(out, ",%s", g->docs[e->ev[k].doc].id);
        sb_adds(out, "}\n");
        if (o->verbose) {
            for (size_t k = 0; k < e->nev; k++) {
                color(out, o, C_DIM);
                sb_adds(out, "              > ");
                esc_term(out, e->ev[k].sentence);
                color(out, o, C_RESET);
                sb_addc(out, '\n');
            }
        }
    }
    if (!g->nevents)
        sb_adds(out, "(no events found)\n");
    return 0;
}
