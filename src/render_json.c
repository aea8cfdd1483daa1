/* render_json — the JSON contract of DESIGN.md (version 1), built with jansson, which
 * escapes every string. Offsets are byte offsets into each document's original input.
 *
 * The whole tree is never built (for many documents it took ten times the memory of the
 * output, issue 16): each document, actor, event and relation is made as a small tree,
 * written and freed, and the frame around them is written here in jansson's own layout
 * (two-space indent, elements at depth 2), so the bytes are those of one json_dumps of
 * the whole. A document's timexes and an event's evidence, which grow with a long
 * document (hundreds of thousands of dates in a 50 MB article), are written an item at
 * a time the same way, and with a sink (render_json_stream) the text goes out a chunk at
 * a time: neither the trees nor the text of a long result are held whole. */
#include <jansson.h>
#include <string.h>

#include "render.h"

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *date_or_null(ymd d)
{
    if (!d.y)
        return json_null();
    char buf[16];
    cal_format(d, PREC_DAY, buf, sizeof buf);
    return json_string(buf);
}

static json_t *timex_json(const evgraph *g, const void *owner, size_t k)
{
    (void)g;
    const g_timex *x = &((const g_document *)owner)->timexes[k];
    return json_pack("{s:s, s:I, s:I, s:s, s:s}", "text", x->text, "start",
                     (json_int_t)x->start, "end", (json_int_t)x->end, "type",
                     dates_type_name(x->type), "value", x->value);
}

/* Without its timexes (an empty array, its last member): timex_json makes them. */
static json_t *document_json(const g_document *d)
{
    json_t *anchor = json_pack("{s:o, s:s}", "value", date_or_null(d->anchor), "basis",
                               document_anchor_basis_name(d->basis));
    return json_pack("{s:s, s:s, s:o, s:o, s:o, s:o, s:o}", "id", d->id, "source",
                     d->source, "title", str_or_null(d->title), "byline",
                     str_or_null(d->byline), "published", date_or_null(d->published),
                     "anchor", anchor, "timexes", json_array());
}

static json_t *actor_json(const g_actor *a)
{
    json_t *al = json_array();
    for (size_t k = 0; k < a->naliases; k++)
        json_array_append_new(al, json_string(a->aliases[k]));
    json_t *o = json_pack("{s:s, s:s, s:s, s:o, s:i}", "id", a->id, "name", a->name, "kind",
                          rules_kind_name(a->kind), "aliases", al, "mentions", a->mentions);
    if (a->parent)
        json_object_set_new(o, "parent", json_string(a->parent));
    return o;
}

static json_t *actor_id(const evgraph *g, size_t i)
{
    return i == ACTOR_NONE ? json_null() : json_string(g->actors[i].id);
}

static json_t *evidence_json(const evgraph *g, const void *owner, size_t k)
{
    const g_evidence *x = &((const g_event *)owner)->ev[k];
    return json_pack("{s:s, s:I, s:I, s:s, s:s}", "document", g->docs[x->doc].id, "start",
                     (json_int_t)x->start, "end", (json_int_t)x->end, "sentence", x->sentence,
                     "modality", events_modality_name(x->mod));
}

/* Without its evidence (an empty array, its last member): evidence_json makes it. */
static json_t *event_json(const evgraph *g, const g_event *e)
{
    json_t *date = json_pack(
        "{s:o, s:s, s:o, s:s}", "value",
        e->date.value[0] ? json_string(e->date.value) : json_null(), "precision",
        e->date.value[0] ? cal_prec_name(e->date.prec) : "none", "text",
        e->date.text[0] ? json_string(e->date.text) : json_null(), "basis",
        events_basis_name(e->date.basis));
    return json_pack("{s:s, s:s, s:s, s:o, s:o, s:o, s:s, s:s, s:o}", "id", e->id, "type",
                     e->rule->type, "cameo", e->rule->cameo, "source",
                     actor_id(g, e->source), "target", actor_id(g, e->target), "date", date,
                     "modality", events_modality_name(e->mod), "summary", e->summary,
                     "evidence", json_array());
}

static json_t *relation_json(const evgraph *g, const g_relation *r)
{
    json_t *ids = json_array();
    for (size_t k = 0; k < r->nevents; k++)
        json_array_append_new(ids, json_string(g->events[r->events[k]].id));
    return json_pack("{s:o, s:o, s:s, s:o}", "source", actor_id(g, r->source), "target",
                     actor_id(g, r->target), "type", r->rule->type, "events", ids);
}

#define DUMP_FLAGS (JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII)

/* The dump of el, which is freed; NULL with err set when jansson could not make it. */
static char *dump(json_t *el, ev_err *err)
{
    char *s = el ? json_dumps(el, DUMP_FLAGS) : NULL;
    json_decref(el);
    if (!s)
        err_set(err, "cannot build the JSON output");
    return s;
}

/* s at a depth: every newline is followed by indent (at most 8) spaces. With
 * JSON_ENSURE_ASCII no string holds a raw newline, so every newline of a dump is
 * jansson's own. */
static void put_indented(strbuf *out, const char *s, size_t indent)
{
    static const char spaces[] = "        ";
    const char *p = s;
    for (const char *nl; (nl = strchr(p, '\n')); p = nl + 1) {
        sb_add(out, p, (size_t)(nl + 1 - p));
        sb_add(out, spaces, indent < sizeof spaces ? indent : sizeof spaces - 1);
    }
    sb_adds(out, p);
}

/* Writes one element of a top-level array, at depth 2, and frees it. */
static int put_element(strbuf *out, json_t *el, int first, ev_err *err)
{
    char *s = dump(el, err);
    if (!s)
        return -1;
    sb_adds(out, first ? "\n    " : ",\n    ");
    put_indented(out, s, 4);
    free(s);
    return 0;
}

static void open_array(strbuf *out, const char *key)
{
    sb_addf(out, ",\n  \"%s\": [", key);
}

static void close_array(strbuf *out, size_t n)
{
    sb_adds(out, n ? "\n  ]" : "]");
}

/* Hands out's bytes to the sink once they pass a chunk (or at the end: force), so that
 * a long document's JSON (about three bytes for each byte of its text) is never held
 * whole. Without a sink everything stays in out. */
#define JSON_CHUNK ((size_t)1 << 16)

static int drain(strbuf *out, const render_sink *sink, int force, ev_err *err)
{
    if (!sink || (!force && out->len < JSON_CHUNK) || !out->len)
        return 0;
    int rc = sink->write(sink->ctx, out->s, out->len, err);
    out->len = 0;
    out->s[0] = '\0';
    return rc;
}

/* A top-level element's last member, an array, made an item at a time. */
typedef json_t *(*item_fn)(const evgraph *g, const void *owner, size_t k);

typedef struct {
    const void *owner;
    size_t n;
    item_fn make;
} items;

/* Writes an element whose last member is an empty array (its dump ends "[]\n}") with
 * the items of it in their place: each at depth 4 (eight spaces), as one dump of the
 * whole element would have them. */
static int put_element_items(strbuf *out, json_t *el, int first, const evgraph *g,
                             const items *it, const render_sink *sink, ev_err *err)
{
    char *s = dump(el, err);
    if (!s)
        return -1;
    size_t len = strlen(s);
    if (len < 4 || strcmp(s + len - 4, "[]\n}") != 0) {
        free(s);
        err_set(err, "cannot build the JSON output");
        return -1;
    }
    s[len - 3] = '\0'; /* up to the array's "[" */
    sb_adds(out, first ? "\n    " : ",\n    ");
    put_indented(out, s, 4);
    free(s);
    int rc = 0;
    for (size_t k = 0; k < it->n && rc == 0; k++) {
        char *x = dump(it->make(g, it->owner, k), err);
        if (!x)
            return -1;
        sb_adds(out, k ? ",\n        " : "\n        ");
        put_indented(out, x, 8);
        free(x);
        rc = drain(out, sink, 0, err);
    }
    sb_adds(out, it->n ? "\n      ]\n    }" : "]\n    }");
    return rc;
}

/* One top-level array, its elements made by the caller's function one at a time (and
 * their long last members, when it says so, an item at a time). */
typedef json_t *(*element_fn)(const evgraph *g, size_t i, items *it);

static int put_array(const evgraph *g, const char *key, size_t n, element_fn make,
                     strbuf *out, const render_sink *sink, ev_err *err)
{
    int rc = 0;
    open_array(out, key);
    for (size_t i = 0; i < n && rc == 0; i++) {
        items it = {NULL, 0, NULL};
        json_t *el = make(g, i, &it);
        rc = it.make ? put_element_items(out, el, i == 0, g, &it, sink, err)
                     : put_element(out, el, i == 0, err);
        if (rc == 0)
            rc = drain(out, sink, 0, err);
    }
    close_array(out, n);
    return rc;
}

static json_t *document_at(const evgraph *g, size_t i, items *it)
{
    *it = (items){&g->docs[i], g->docs[i].ntimexes, timex_json};
    return document_json(&g->docs[i]);
}

static json_t *actor_at(const evgraph *g, size_t i, items *it)
{
    (void)it;
    return actor_json(&g->actors[i]);
}

static json_t *event_at(const evgraph *g, size_t i, items *it)
{
    *it = (items){&g->events[i], g->events[i].nev, evidence_json};
    return event_json(g, &g->events[i]);
}

static json_t *relation_at(const evgraph *g, size_t i, items *it)
{
    (void)it;
    return relation_json(g, &g->relations[i]);
}

static int render_to(const evgraph *g, strbuf *out, const render_sink *sink, ev_err *err)
{
    sb_adds(out, "{\n  \"evgraph\": 1");
    int rc = put_array(g, "documents", g->ndocs, document_at, out, sink, err);
    if (rc == 0)
        rc = put_array(g, "actors", g->nactors, actor_at, out, sink, err);
    if (rc == 0)
        rc = put_array(g, "events", g->nevents, event_at, out, sink, err);
    if (rc == 0)
        rc = put_array(g, "relations", g->nrelations, relation_at, out, sink, err);
    if (rc == 0) {
        sb_adds(out, "\n}\n");
        rc = drain(out, sink, 1, err);
    }
    return rc;
}

int render_json(const evgraph *g, strbuf *out, ev_err *err)
{
    return render_to(g, out, NULL, err);
}

int render_json_stream(const evgraph *g, const render_sink *sink, ev_err *err)
{
    strbuf out = {0};
    int rc = render_to(g, &out, sink, err);
    sb_free(&out);
    return rc;
}
