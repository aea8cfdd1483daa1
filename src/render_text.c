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

/* The length of the ANSI sequence at p (ESC [ ... final byte), which takes no column. */
static size_t ansi_len(const char *p)
{
    size_t n = 2;
    if (p[0] != '\033' || p[1] != '[')
        return 0;
    while (p[n] && !(p[n] >= 0x40 && p[n] <= 0x7E))
        n++;
    return p[n] ? n + 1 : n;
}

/* Columns of s[0..n) and, when cap, how many bytes of it fit in cap columns. */
static size_t columns(const char *s, size_t n, size_t cap, size_t *fit)
{
    size_t w = 0, i = 0;
    while (i < n) {
        size_t a = ansi_len(s + i);
        if (!a) {
            if (cap && w == cap)
                break;
            w += (s[i] & 0xC0) != 0x80;
            a = 1;
            while (i + a < n && (s[i + a] & 0xC0) == 0x80)
                a++; /* a character's continuation bytes stay with it */
        }
        i += a;
    }
    if (fit)
        *fit = i;
    return w;
}

typedef struct {
    strbuf *out;
    size_t width, indent, col;
} wrapper;

static void new_row(wrapper *w)
{
    sb_addc(w->out, '\n');
    for (size_t i = 0; i < w->indent; i++)
        sb_addc(w->out, ' ');
    w->col = w->indent;
}

/* A word wider than a whole row is cut where the row ends, the only way it fits. */
static void put_word(wrapper *w, const char *s, size_t n)
{
    size_t ww = columns(s, n, 0, NULL);
    while (w->col + ww > w->width && ww > w->width - w->indent) {
        size_t fit;
        if (w->col >= w->width)
            new_row(w);
        columns(s, n, w->width - w->col, &fit);
        sb_add(w->out, s, fit);
        s += fit;
        n -= fit;
        ww = columns(s, n, 0, NULL);
        new_row(w);
    }
    sb_add(w->out, s, n);
    w->col += ww;
}

/* Writes line and a line end; with a width, broken at spaces so that no row is wider (a
 * terminal would otherwise break it mid-word), later rows indented by indent. */
static void put_line(strbuf *out, const strbuf *line, const render_opts *o, size_t indent)
{
    const char *p = line->s ? line->s : "";
    if (o->width <= 0) {
        sb_adds(out, p);
        sb_addc(out, '\n');
        return;
    }
    wrapper w = {out, (size_t)o->width, indent * 2 > (size_t)o->width ? 2 : indent, 0};
    if (w.indent >= w.width)
        w.indent = 0;
    while (*p) {
        size_t spaces = strspn(p, " ");
        const char *word = p + spaces;
        size_t n = strcspn(word, " ");
        size_t ww = columns(word, n, 0, NULL);
        if (w.col > w.indent && w.col + spaces + ww > w.width) {
            new_row(&w); /* the spaces between are the break */
        } else {
            sb_add(out, p, spaces);
            w.col += spaces;
        }
        put_word(&w, word, n);
        p = word + n;
    }
    sb_addc(out, '\n');
}

static const char *actor_name(const evgraph *g, size_t i)
{
    return i == ACTOR_NONE ? "?" : g->actors[i].name;
}

static void document_line(const g_document *d, strbuf *line)
{
    char date[16] = "undated";
    if (d->published.y)
        cal_format(d->published, PREC_DAY, date, sizeof date);
    sb_addf(line, "  [%s] %s  ", d->id, date);
    esc_term(line, d->title ? d->title : d->source);
    sb_adds(line, "  (");
    esc_term(line, d->source);
    sb_adds(line, ")");
}

static void event_line(const evgraph *g, const g_event *e, const render_opts *o, strbuf *line)
{
    color(line, o, C_DATE);
    pad(line, e->date.value[0] ? e->date.value : "undated", 12);
    color(line, o, C_RESET);
    pad(line, e->rule->type, 25);
    esc_term(line, actor_name(g, e->source));
    if (e->target != ACTOR_NONE) {
        sb_adds(line, " \xE2\x86\x92 ");
        esc_term(line, actor_name(g, e->target));
    }
    if (e->mod != MOD_ASSERTED) {
        color(line, o, C_DIM);
        sb_addf(line, "  (%s)", events_modality_name(e->mod));
        color(line, o, C_RESET);
    }
    if (e->date.basis == BASIS_RELATIVE || e->date.basis == BASIS_DOCUMENT) {
        color(line, o, C_DIM);
        if (e->date.basis == BASIS_RELATIVE) {
            sb_adds(line, "  [\"");
            esc_term(line, e->date.text);
            sb_adds(line, "\"]");
        } else {
            sb_adds(line, "  [publication date]");
        }
        color(line, o, C_RESET);
    }
    sb_addf(line, "  {%s", g->docs[e->ev[0].doc].id);
    for (size_t k = 1; k < e->nev; k++)
        if (e->ev[k].doc != e->ev[k - 1].doc)
            sb_addf(line, ",%s", g->docs[e->ev[k].doc].id);
    sb_adds(line, "}");
}

int render_timeline_text(const evgraph *g, const render_opts *o, strbuf *out, ev_err *err)
{
    (void)err;
    strbuf line = {0};
    color(&line, o, C_BOLD);
    sb_addf(&line, "Timeline: %zu event%s from %zu article%s", g->nevents,
            g->nevents == 1 ? "" : "s", g->ndocs, g->ndocs == 1 ? "" : "s");
    color(&line, o, C_RESET);
    put_line(out, &line, o, 2);
    for (size_t i = 0; i < g->ndocs; i++) {
        line.len = 0;
        document_line(&g->docs[i], &line);
        put_line(out, &line, o, 7);
    }
    sb_addc(out, '\n');
    for (size_t i = 0; i < g->nevents; i++) {
        const g_event *e = &g->events[i];
        line.len = 0;
        event_line(g, e, o, &line);
        put_line(out, &line, o, 12);
        for (size_t k = 0; o->verbose && k < e->nev; k++) {
            line.len = 0;
            color(&line, o, C_DIM);
            sb_adds(&line, "              > ");
            esc_term(&line, e->ev[k].sentence);
            color(&line, o, C_RESET);
            put_line(out, &line, o, 16);
        }
    }
    if (!g->nevents)
        sb_adds(out, "(no events found)\n");
    sb_free(&line);
    return 0;
}
