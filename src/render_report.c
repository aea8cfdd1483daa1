/* render_report — one self-contained HTML page (`evgraph report`): the relationship graph
 * as Graphviz's SVG, the events as data, and the page's own style and script, all
 * inline, so the file opens from disk with no network.
 *
 * Article text never becomes markup here: it travels only inside the JSON data block
 * (<script type="application/json">), where < > & and U+2028/U+2029 are written as \u
 * escapes so no sequence in it can close the block, and the page's script puts it on
 * screen with textContent. The inline SVG is Graphviz's, which escapes every label for
 * XML; its comments (which repeat node names) are dropped.
 *
 * Evidence sentences are sent as parts, each marked as plain text, the trigger (the
 * first wording of the event's type found in the sentence) or a role (the source's or
 * target's name or alias): the evidence keeps only the sentence's offsets, so these are
 * found again in the sentence. The page's script and style are src/report/report.js and
 * report.css, turned into C strings at build time (build/gen/report_assets.h). */
#include <jansson.h>
#include <string.h>

#include "render.h"
#include "report_assets.h"

typedef struct {
    size_t start, end;
    char kind; /* 't' trigger, 's' source, 'o' target */
} mark;

typedef struct {
    mark *v;
    size_t n, cap;
} mark_list;

static int overlaps(const mark_list *m, size_t s, size_t e)
{
    for (size_t i = 0; i < m->n; i++)
        if (s < m->v[i].end && m->v[i].start < e)
            return 1;
    return 0;
}

static int word_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80;
}

static void add_mark(mark_list *m, size_t s, size_t e, char kind)
{
    if (e <= s || overlaps(m, s, e))
        return;
    mark *k = VEC_PUSH(m->v, m->n, m->cap);
    k->start = s;
    k->end = e;
    k->kind = kind;
}

/* The first wording of the type in the sentence, widened to whole words. */
static void mark_trigger(const event_rule *r, const char *s, size_t len, mark_list *m)
{
    if (!r->prefilter)
        return;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(r->prefilter, NULL);
    if (md && rx_match(r->prefilter, s, len, 0, md)) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t a = ov[0], b = ov[1];
        while (a < b && s[a] == ' ')
            a++;
        while (b < len && word_char((unsigned char)s[b]))
            b++;
        while (b > a && s[b - 1] == ' ')
            b--;
        add_mark(m, a, b, 't');
    }
    pcre2_match_data_free(md);
}

/* Every whole-word occurrence of name in the sentence not already marked. */
static void mark_name(const char *s, size_t len, const char *name, char kind, mark_list *m)
{
    size_t n = strlen(name);
    if (n < 2)
        return;
    for (const char *p = s; (p = strstr(p, name)) != NULL; p++) {
        size_t a = (size_t)(p - s), b = a + n;
        if (b > len)
            break;
        if ((a > 0 && word_char((unsigned char)s[a - 1])) ||
            (b < len && word_char((unsigned char)s[b])))
            continue;
        add_mark(m, a, b, kind);
    }
}

/* An actor's names, longest first, so "US Commerce Department" wins over "US". */
static void mark_actor(const g_actor *a, const char *s, size_t len, char kind, mark_list *m)
{
    size_t n = a->naliases + 1;
    const char **names = xcalloc(n, sizeof *names);
    names[0] = a->name;
    for (size_t i = 0; i < a->naliases; i++)
        names[i + 1] = a->aliases[i];
    for (size_t i = 1; i < n; i++)
        for (size_t k = i; k > 0 && strlen(names[k]) > strlen(names[k - 1]); k--) {
            const char *t = names[k];
            names[k] = names[k - 1];
            names[k - 1] = t;
        }
    for (size_t i = 0; i < n; i++)
        mark_name(s, len, names[i], kind, m);
    free(names);
}

static int cmp_marks(const void *a, const void *b)
{
    const mark *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

static json_t *jstrn(const char *s, size_t n)
{
    json_t *j = json_stringn(s, n);
    return j ? j : json_string("\xEF\xBF\xBD");
}

static void push_part(json_t *parts, const char *s, size_t n, const char *kind)
{
    if (!n)
        return;
    json_t *p = json_array();
    json_array_append_new(p, jstrn(s, n));
    json_array_append_new(p, json_string(kind));
    json_array_append_new(parts, p);
}

/* [[text, ""], [trigger, "t"], [name, "s"], ...] covering the whole sentence. */
static json_t *sentence_parts(const evgraph *g, const g_event *e, const char *s)
{
    size_t len = strlen(s);
    mark_list m = {0};
    mark_trigger(e->rule, s, len, &m);
    if (e->source != ACTOR_NONE)
        mark_actor(&g->actors[e->source], s, len, 's', &m);
    if (e->target != ACTOR_NONE)
        mark_actor(&g->actors[e->target], s, len, 'o', &m);
    if (m.n)
        qsort(m.v, m.n, sizeof *m.v, cmp_marks);
    json_t *parts = json_array();
    size_t at = 0;
    for (size_t i = 0; i < m.n; i++) {
        char kind[2] = {m.v[i].kind, '\0'};
        push_part(parts, s + at, m.v[i].start - at, "");
        push_part(parts, s + m.v[i].start, m.v[i].end - m.v[i].start, kind);
        at = m.v[i].end;
    }
    push_part(parts, s + at, len - at, "");
    free(m.v);
    return parts;
}

static json_t *str_or_null(const char *s)
{
    return s && *s ? jstrn(s, strlen(s)) : json_null();
}

static size_t doc_index(const evgraph *g, size_t doc)
{
    return doc < g->ndocs ? doc : 0;
}

static json_t *event_json(const evgraph *g, const g_event *e)
{
    json_t *date = json_object();
    json_object_set_new(date, "value", str_or_null(e->date.value));
    json_object_set_new(date, "precision",
                        json_string(e->date.value[0] ? cal_prec_name(e->date.prec) : "none"));
    json_object_set_new(date, "basis", json_string(events_basis_name(e->date.basis)));
    json_object_set_new(date, "text", str_or_null(e->date.text));
    json_t *ev = json_array();
    for (size_t k = 0; k < e->nev; k++) {
        const g_evidence *x = &e->ev[k];
        json_t *o = json_object();
        json_object_set_new(o, "doc", json_integer((json_int_t)doc_index(g, x->doc)));
        json_object_set_new(o, "start", json_integer((json_int_t)x->start));
        json_object_set_new(o, "end", json_integer((json_int_t)x->end));
        json_object_set_new(o, "modality", json_string(events_modality_name(x->mod)));
        json_object_set_new(o, "parts", sentence_parts(g, e, x->sentence));
        json_array_append_new(ev, o);
    }
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(e->id));
    json_object_set_new(o, "type", str_or_null(e->rule->type));
    json_object_set_new(o, "summary", str_or_null(e->summary));
    json_object_set_new(o, "source",
                        e->source == ACTOR_NONE ? json_null() : str_or_null(g->actors[e->source].id));
    json_object_set_new(o, "target",
                        e->target == ACTOR_NONE ? json_null() : str_or_null(g->actors[e->target].id));
    json_object_set_new(o, "date", date);
    json_object_set_new(o, "modality", json_string(events_modality_name(e->mod)));
    json_object_set_new(o, "evidence", ev);
    return o;
}

static json_t *documents_json(const evgraph *g)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < g->ndocs; i++) {
        const g_document *d = &g->docs[i];
        char pub[16] = "";
        if (d->published.y)
            cal_format(d->published, PREC_DAY, pub, sizeof pub);
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(d->id));
        json_object_set_new(o, "source", str_or_null(d->source));
        json_object_set_new(o, "title", str_or_null(d->title));
        json_object_set_new(o, "published", str_or_null(pub));
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *actors_json(const evgraph *g)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < g->nactors; i++) {
        const g_actor *a = &g->actors[i];
        if (!a->in_event)
            continue;
        json_t *o = json_object();
        json_object_set_new(o, "id", str_or_null(a->id));
        json_object_set_new(o, "name", str_or_null(a->name));
        json_object_set_new(o, "kind", json_string(rules_kind_name(a->kind)));
        json_array_append_new(arr, o);
    }
    return arr;
}

/* Each type drawn, once, with its colour (the graph's). */
static json_t *types_json(const evgraph *g)
{
    json_t *obj = json_object();
    for (size_t i = 0; i < g->nevents; i++) {
        const event_rule *r = g->events[i].rule;
        if (!json_object_get(obj, r->type))
            json_object_set_new(obj, r->type, json_string(render_type_color(r->type)));
    }
    return obj;
}

static char *report_json(const evgraph *g)
{
    json_t *root = json_object();
    json_object_set_new(root, "evgraph", json_integer(1));
    json_object_set_new(root, "documents", documents_json(g));
    json_object_set_new(root, "actors", actors_json(g));
    json_object_set_new(root, "types", types_json(g));
    json_t *events = json_array();
    for (size_t i = 0; i < g->nevents; i++)
        json_array_append_new(events, event_json(g, &g->events[i]));
    json_object_set_new(root, "events", events);
    char *s = json_dumps(root, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(root);
    return s;
}

void esc_script_json(strbuf *out, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (*p == '<')
            sb_adds(out, "\\u003c");
        else if (*p == '>')
            sb_adds(out, "\\u003e");
        else if (*p == '&')
            sb_adds(out, "\\u0026");
        else if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
                 ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9)) {
            sb_adds(out, (unsigned char)p[2] == 0xA8 ? "\\u2028" : "\\u2029");
            p += 2;
        } else
            sb_addc(out, *p);
    }
}

/* Graphviz's SVG from its root element on, without comments. */
static void add_inline_svg(strbuf *out, const char *svg, size_t len)
{
    const char *end = svg + len;
    const char *p = strstr(svg, "<svg");
    while (p && p < end) {
        const char *c = strstr(p, "<!--");
        if (!c || c >= end) {
            sb_add(out, p, (size_t)(end - p));
            return;
        }
        sb_add(out, p, (size_t)(c - p));
        const char *close = strstr(c + 4, "-->");
        p = close ? close + 3 : end;
    }
}

static const char page_head[] =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
    "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta name=\"generator\" content=\"evgraph " EVGRAPH_VERSION "\">\n"
    "<title>evgraph report</title>\n<style>\n";

static void add_page(strbuf *out, const char *data, const strbuf *svg)
{
    sb_adds(out, page_head);
    sb_adds(out, report_css);
    sb_adds(out, "</style>\n</head>\n<body>\n");
    sb_adds(out, report_html);
    sb_adds(out, "<section id=\"graph-section\"><h2>Relationships</h2>\n"
                 "<div class=\"bar\"><button type=\"button\" id=\"graph-fit\">Fit to width"
                 "</button><span class=\"hint\">Click an actor to show only its events; "
                 "hover a line for its evidence.</span></div>\n<div id=\"graph\">\n");
    add_inline_svg(out, svg->s ? svg->s : "", svg->len);
    sb_adds(out, "</div></section>\n</main>\n"
                 "<script type=\"application/json\" id=\"evgraph-data\">");
    esc_script_json(out, data);
    sb_adds(out, "</script>\n<script>\n");
    sb_adds(out, report_js);
    sb_adds(out, "</script>\n</body>\n</html>\n");
}

int render_report(const evgraph *g, const render_opts *o, strbuf *out, ev_err *err)
{
    render_opts ro = {0};
    ro.rules = o ? o->rules : NULL;
    ro.layout = o ? o->layout : NULL;
    strbuf svg = {0};
    if (render_graph(g, &ro, "svg", &svg, err) != 0) {
        sb_free(&svg);
        return -1;
    }
    char *data = report_json(g);
    if (!data) {
        sb_free(&svg);
        err_set(err, "cannot serialise the report's data");
        return -1;
    }
    add_page(out, data, &svg);
    free(data);
    sb_free(&svg);
    return 0;
}
