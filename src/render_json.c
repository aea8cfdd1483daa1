/* render_json — the JSON contract of DESIGN.md (version 1), built with jansson, which
 * escapes every string. Offsets are byte offsets into each document's original input. */
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

static json_t *documents_json(const evgraph *g)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < g->ndocs; i++) {
        const g_document *d = &g->docs[i];
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
        json_array_append_new(
            arr, json_pack("{s:s, s:s, s:o, s:o, s:o, s:o, s:o}", "id", d->id, "source",
                           d->source, "title", str_or_null(d->title), "byline",
                           str_or_null(d->byline), "published", date_or_null(d->published),
                           "anchor", anchor, "timexes", tx));
    }
    return arr;
}

static json_t *actors_json(const evgraph *g)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < g->nactors; i++) {
        const g_actor *a = &g->actors[i];
        json_t *al = json_array();
        for (size_t k = 0; k < a->naliases; k++)
            json_array_append_new(al, json_string(a->aliases[k]));
        json_t *o = json_pack("{s:s, s:s, s:s, s:o, s:i}", "id", a->id, "name", a->name, "kind",
                              rules_kind_name(a->kind), "aliases", al, "mentions", a->mentions);
        if (a->parent)
            json_object_set_new(o, "parent", json_string(a->parent));
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *actor_id(const evgraph *g, size_t i)
{
    return i == ACTOR_NONE ? json_null() : json_string(g->actors[i].id);
}

static json_t *events_json(const evgraph *g)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < g->nevents; i++) {
        const g_event *e = &g->events[i];
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
        json_array_append_new(
            arr, json_pack("{s:s, s:s, s:s, s:o, s:o, s:o, s:s, s:s, s:o}", "id", e->id, "type",
                           e->rule->type, "cameo", e->rule->cameo, "source",
                           actor_id(g, e->source), "target", actor_id(g, e->target), "date",
                           date, "modality", events_modality_name(e->mod), "summary",
                           e->summary, "evidence", ev));
    }
    return arr;
}

static json_t *relations_json(const evgraph *g)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < g->nrelations; i++) {
        const g_relation *r = &g->relations[i];
        json_t *ids = json_array();
        for (size_t k = 0; k < r->nevents; k++)
            json_array_append_new(ids, json_string(g->events[r->events[k]].id));
        json_array_append_new(arr, json_pack("{s:o, s:o, s:s, s:o}", "source",
                                             actor_id(g, r->source), "target",
                                             actor_id(g, r->target), "type", r->rule->type,
                                             "events", ids));
    }
    return arr;
}

int render_json(const evgraph *g, strbuf *out, ev_err *err)
{
    json_t *root = json_pack("{s:i, s:o, s:o, s:o, s:o}", "evgraph", 1, "documents",
                             documents_json(g), "actors", actors_json(g), "events",
                             events_json(g), "relations", relations_json(g));
    if (!root) {
        err_set(err, "cannot build the JSON output");
        return -1;
    }
    char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);
    json_decref(root);
    if (!s) {
        err_set(err, "cannot serialise the JSON output");
        return -1;
    }
    sb_adds(out, s);
    sb_addc(out, '\n');
    free(s);
    return 0;
}
