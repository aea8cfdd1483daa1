/* render_json — the JSON contract of DESIGN.md (version 1), built with jansson, which
 * escapes every string. Offsets are byte offsets into each document's original input.
 *
 * The whole tree is never built (for many documents it took ten times the memory of the
 * output, issue 16): each document, actor, event and relation is made as a small tree,
 * written and freed, and the frame around them is written here in jansson's own layout
 * (two-space indent, elements at depth 2), so the bytes are those of one json_dumps of
 * the whole. */
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

static json_t *document_json(const g_document *d)
{
    json_t *tx = json_array();
    for (size_t k = 0; k < d->ntimexes; k++) {
        const g_timex *x = &d->timexes[k];
        json_array_append_new(tx, json_pack("{s:s, s:I, s:I, s:s, s:s}", "text", x->text,
                                            "start", (json_int_t)x->start, "end",
                                            (json_int_t)x->end, "type",
                                            dates_type_name(x->type), "value", x->value));
    }
    json_t *anchor = json_pack("{s:o, s:s}", "value", date_or_null(d->anchor), "basis",
                               document_anchor_basis_name(d->basis));
    return json_pack("{s:s, s:s, s:o, s:o, s:o, s:o, s:o}", "id", d->id, "source",
                     d->source, "title", str_or_null(d->title), "byline",
                     str_or_null(d->byline), "published", date_or_null(d->published),
                     "anchor", anchor, "timexes", tx);
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

static json_t *event_json(const evgraph *g, const g_event *e)
{
    json_t *date = json_pack(
        "{s:o, s:s, s:o, s:s}", "value",
        e->date.value[0] ? json_string(e->date.value) : json_null(), "precision",
        e->date.value[0] ? cal_prec_name(e->date.prec) : "none", "text",
        e->date.text[0] ? json_string(e->date.text) : json_null(), "basis",
        events_basis_name(e->date.basis));
    json_t *ev = json_array();
    for (size_t k = 0; k < e->nev; k++) {
        const g_evidence *x = &e->ev[k];
        json_array_append_new(ev, json_pack("{s:s, s:I, s:I, s:s, s:s}", "document",
                                            g->docs[x->doc].id, "start",
                                            (json_int_t)x->start, "end", (json_int_t)x->end,
                                            "sentence", x->sentence, "modality",
                                            events_modality_name(x->mod)));
    }
    return json_pack("{s:s, s:s, s:s, s:o, s:o, s:o, s:s, s:s, s:o}", "id", e->id, "type",
                     e->rule->type, "cameo", e->rule->cameo, "source",
                     actor_id(g, e->source), "target", actor_id(g, e->target), "date", date,
                     "modality", events_modality_name(e->mod), "summary", e->summary,
                     "evidence", ev);
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

/* Writes one element of a top-level array, at depth 2, and frees it. With
 * JSON_ENSURE_ASCII no string holds a raw newline, so every newline of the dump is
 * jansson's own and takes the element's indent. */
static int put_element(strbuf *out, json_t *el, int first, ev_err *err)
{
    char *s = el ? json_dumps(el, DUMP_FLAGS) : NULL;
    json_decref(el);
    if (!s) {
        err_set(err, "cannot build the JSON output");
        return -1;
    }
    sb_adds(out, first ? "\n    " : ",\n    ");
    const char *p = s;
    for (const char *nl; (nl = strchr(p, '\n')); p = nl + 1) {
        sb_add(out, p, (size_t)(nl + 1 - p));
        sb_adds(out, "    ");
    }
    sb_adds(out, p);
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

int render_json(const evgraph *g, strbuf *out, ev_err *err)
{
    int rc = 0;
    sb_adds(out, "{\n  \"evgraph\": 1");
    open_array(out, "documents");
    for (size_t i = 0; i < g->ndocs && rc == 0; i++)
        rc = put_element(out, document_json(&g->docs[i]), i == 0, err);
    close_array(out, g->ndocs);
    open_array(out, "actors");
    for (size_t i = 0; i < g->nactors && rc == 0; i++)
        rc = put_element(out, actor_json(&g->actors[i]), i == 0, err);
    close_array(out, g->nactors);
    open_array(out, "events");
    for (size_t i = 0; i < g->nevents && rc == 0; i++)
        rc = put_element(out, event_json(g, &g->events[i]), i == 0, err);
    close_array(out, g->nevents);
    open_array(out, "relations");
    for (size_t i = 0; i < g->nrelations && rc == 0; i++)
        rc = put_element(out, relation_json(g, &g->relations[i]), i == 0, err);
    close_array(out, g->nrelations);
    sb_adds(out, "\n}\n");
    return rc;
}
