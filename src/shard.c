/* shard — a document's record as one JSON line and back. The line holds exactly what
 * the graph reads from a record, so a merge of shards is a single run; see README
 * ("The shard contract") for the fields. Built and read with jansson, which escapes
 * and checks every string. */
#include "shard.h"

#include <jansson.h>
#include <string.h>


/* ---- writing ---- */

static json_t *date_json(ymd d)
{
    if (!d.y)
        return json_null();
    char buf[16];
    cal_format(d, PREC_DAY, buf, sizeof buf);
    return json_string(buf);
}

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *index_json(size_t i)
{
    return i == ACTOR_NONE ? json_null() : json_integer((json_int_t)i);
}

static json_t *document_json(const doc_record *r)
{
    json_t *tx = json_array();
    for (size_t k = 0; k < r->ntimexes; k++) {
        const g_timex *x = &r->timexes[k];
        json_array_append_new(tx, json_pack("{s:s, s:I, s:I, s:s, s:s}", "text", x->text,
                                            "start", (json_int_t)x->start, "end",
                                            (json_int_t)x->end, "type", dates_type_name(x->type),
                                            "value", x->value));
    }
    return json_pack("{s:s, s:o, s:o, s:o, s:{s:o, s:s}, s:o}", "source", r->source, "title",
                     str_or_null(r->title), "byline", str_or_null(r->byline), "published",
                     date_json(r->published), "anchor", "value", date_json(r->anchor), "basis",
                     document_anchor_basis_name(r->basis), "timexes", tx);
}

static json_t *actors_json(const doc_record *r)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < r->actors.nactors; i++) {
        const doc_actor *a = &r->actors.actors[i];
        json_t *al = json_array();
        for (size_t k = 0; k < a->naliases; k++)
            json_array_append_new(al, json_string(a->aliases[k]));
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:o, s:o, s:i, s:b}", "id", a->id,
                                             "name", a->name, "kind", rules_kind_name(a->kind),
                                             "parent", str_or_null(a->parent), "aliases", al,
                                             "mentions", a->mentions, "gazetteer",
                                             a->gazetteer != 0));
    }
    return arr;
}

static json_t *events_json(const doc_record *r)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < r->nevents; i++) {
        const rec_event *e = &r->events[i];
        json_array_append_new(
            arr, json_pack("{s:s, s:o, s:o, s:{s:s, s:s, s:s, s:s}, s:s, s:{s:I, s:I, s:s}}",
                           "type", e->rule->type, "source", index_json(e->source), "target",
                           index_json(e->target), "date", "value", e->date.value, "precision",
                           cal_prec_name(e->date.prec), "text", e->date.text, "basis",
                           events_basis_name(e->date.basis), "modality",
                           events_modality_name(e->mod), "evidence", "start",
                           (json_int_t)e->start, "end", (json_int_t)e->end, "sentence",
                           e->sentence));
    }
    return arr;
}

int shard_format(const doc_record *r, const char *fingerprint, strbuf *out, ev_err *err)
{
    /* json_pack steals each "o" value, also when it fails, so nothing leaks on error. */
    json_t *root = json_pack("{s:i, s:s, s:o, s:o, s:o}", "evgraph_shard", SHARD_VERSION,
                             "fingerprint", fingerprint, "document", document_json(r), "actors",
                             actors_json(r), "events", events_json(r));
    char *s = root ? json_dumps(root, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII)
                   : NULL;
    json_decref(root);
    if (!s) {
        err_set(err, "%s: cannot write the document's results as a shard line", r->source);
        return -1;
    }
    sb_adds(out, s);
    sb_addc(out, '\n');
    free(s);
    return 0;
}

/* ---- reading ---- */

/* Each getter names the JSON path of what is wrong, so a bad line says where. */
static int bad(ev_err *err, const char *path, const char *what)
{
    err_set(err, "%s: %s", path, what);
    return -1;
}

/* "$.document" and "published": "$.document.published" */
static const char *field(char *buf, size_t size, const char *path, const char *key)
{
    snprintf(buf, size, "%s.%s", path, key);
    return buf;
}

static int get_str(json_t *o, const char *key, int nullable, const char **out, const char *path,
                   ev_err *err)
{
    json_t *v = json_object_get(o, key);
    char p[96];
    field(p, sizeof p, path, key);
    if (nullable && (!v || json_is_null(v))) {
        *out = NULL;
        return 0;
    }
    if (!json_is_string(v))
        return bad(err, p, "expected a string");
    *out = json_string_value(v);
    return 0;
}

static int get_copy(json_t *o, const char *key, char *buf, size_t size, const char *path,
                    ev_err *err)
{
    const char *s;
    char p[96];
    if (get_str(o, key, 0, &s, path, err) != 0)
        return -1;
    if (strlen(s) >= size)
        return bad(err, field(p, sizeof p, path, key), "longer than evgraph keeps");
    memcpy(buf, s, strlen(s) + 1);
    return 0;
}

static int get_size(json_t *o, const char *key, size_t *out, const char *path, ev_err *err)
{
    json_t *v = json_object_get(o, key);
    char p[96];
    if (!json_is_integer(v) || json_integer_value(v) < 0)
        return bad(err, field(p, sizeof p, path, key), "expected a number of 0 or more");
    *out = (size_t)json_integer_value(v);
    return 0;
}

/* An actor index within the record, or null for none. */
static int get_index(json_t *o, const char *key, size_t nactors, size_t *out, const char *path,
                     ev_err *err)
{
    json_t *v = json_object_get(o, key);
    if (!v || json_is_null(v)) {
        *out = ACTOR_NONE;
        return 0;
    }
    char p[96];
    if (get_size(o, key, out, path, err) != 0)
        return -1;
    return *out < nactors ? 0
                          : bad(err, field(p, sizeof p, path, key),
                                "an actor index beyond the line's actors");
}

/* The index of s among the names a name function gives for 0..count-1, or -1. */
#define NAME_INDEX(fn, type, count, s)                                                      \
    static int fn##_index(const char *s)                                                    \
    {                                                                                       \
        for (int i = 0; i < (count); i++)                                                   \
            if (strcmp(fn((type)i), s) == 0)                                                \
                return i;                                                                   \
        return -1;                                                                          \
    }
NAME_INDEX(document_anchor_basis_name, anchor_basis, ANCHOR_DATELINE + 1, s)
NAME_INDEX(dates_type_name, timex_type, TIMEX_SET + 1, s)
NAME_INDEX(cal_prec_name, date_prec, PREC_TIME + 1, s)
NAME_INDEX(events_basis_name, date_basis, BASIS_EXPLICIT + 1, s)
NAME_INDEX(events_modality_name, modality, MOD_HYPOTHETICAL + 1, s)

static int get_enum(json_t *o, const char *key, int (*index)(const char *), int *out,
                    const char *path, ev_err *err)
{
    const char *s;
    char p[96];
    if (get_str(o, key, 0, &s, path, err) != 0)
        return -1;
    if ((*out = index(s)) < 0)
        return bad(err, field(p, sizeof p, path, key), "an unknown name");
    return 0;
}

static int get_date(json_t *o, const char *key, ymd *out, const char *path, ev_err *err)
{
    const char *s;
    char p[96];
    memset(out, 0, sizeof *out);
    if (get_str(o, key, 1, &s, path, err) != 0)
        return -1;
    if (s && sscanf(s, "%d-%d-%d", &out->y, &out->m, &out->d) < 1)
        return bad(err, field(p, sizeof p, path, key), "expected a date YYYY[-MM[-DD]] or null");
    return 0;
}

static int read_timexes(json_t *arr, doc_record *r, ev_err *err)
{
    if (!json_is_array(arr))
        return bad(err, "$.document.timexes", "expected an array");
    r->timexes = xcalloc(json_array_size(arr) + 1, sizeof *r->timexes);
    for (size_t i = 0; i < json_array_size(arr); i++) {
        json_t *o = json_array_get(arr, i);
        g_timex *x = &r->timexes[i];
        const char *text;
        int type;
        char p[64];
        snprintf(p, sizeof p, "$.document.timexes[%zu]", i);
        if (get_str(o, "text", 0, &text, p, err) != 0 || get_size(o, "start", &x->start, p, err) ||
            get_size(o, "end", &x->end, p, err) ||
            get_enum(o, "type", dates_type_name_index, &type, p, err) ||
            get_copy(o, "value", x->value, sizeof x->value, p, err))
            return -1;
        x->text = xstrdup(text);
        x->type = (timex_type)type;
        r->ntimexes++;
    }
    return 0;
}

static int read_document(json_t *d, doc_record *r, ev_err *err)
{
    const char *source, *title, *byline;
    const char *p = "$.document";
    json_t *anchor = json_object_get(d, "anchor");
    int basis;
    if (!json_is_object(d))
        return bad(err, p, "expected an object");
    if (get_str(d, "source", 0, &source, p, err) || get_str(d, "title", 1, &title, p, err) ||
        get_str(d, "byline", 1, &byline, p, err) ||
        get_date(d, "published", &r->published, p, err))
        return -1;
    if (!json_is_object(anchor))
        return bad(err, "$.document.anchor", "expected an object");
    if (get_date(anchor, "value", &r->anchor, "$.document.anchor", err) ||
        get_enum(anchor, "basis", document_anchor_basis_name_index, &basis, "$.document.anchor",
                 err))
        return -1;
    r->source = xstrdup(source);
    r->title = title ? xstrdup(title) : NULL;
    r->byline = byline ? xstrdup(byline) : NULL;
    r->basis = (anchor_basis)basis;
    return read_timexes(json_object_get(d, "timexes"), r, err);
}

static int read_actor(json_t *o, doc_record *r, const char *p, ev_err *err)
{
    doc_actor a = {0};
    const char *id, *name, *kind, *parent;
    json_t *aliases = json_object_get(o, "aliases");
    json_t *gaz = json_object_get(o, "gazetteer");
    size_t mentions;
    if (get_str(o, "id", 0, &id, p, err) || get_str(o, "name", 0, &name, p, err) ||
        get_str(o, "kind", 0, &kind, p, err) || get_str(o, "parent", 1, &parent, p, err) ||
        get_size(o, "mentions", &mentions, p, err))
        return -1;
    if (rules_kind_from_name(kind) < 0)
        return bad(err, p, "an unknown actor kind");
    if (!json_is_array(aliases) || !json_is_boolean(gaz))
        return bad(err, p, "expected aliases (an array) and gazetteer (true or false)");
    for (size_t k = 0; k < json_array_size(aliases); k++)
        if (!json_is_string(json_array_get(aliases, k)))
            return bad(err, p, "an alias that is not a string");
    a.id = (char *)id;
    a.name = (char *)name;
    a.parent = (char *)parent;
    a.kind = (actor_kind)rules_kind_from_name(kind);
    a.mentions = (int)mentions;
    a.gazetteer = json_is_true(gaz);
    doc_actor *c = record_add_actor(r, &a);
    for (size_t k = 0; k < json_array_size(aliases); k++)
        *VEC_PUSH(c->aliases, c->naliases, c->capaliases) =
            xstrdup(json_string_value(json_array_get(aliases, k)));
    return 0;
}

static int read_date(json_t *d, event_date *out, const char *path, ev_err *err)
{
    int prec, basis;
    char p[80];
    snprintf(p, sizeof p, "%s.date", path);
    if (!json_is_object(d))
        return bad(err, p, "expected an object");
    if (get_copy(d, "value", out->value, sizeof out->value, p, err) ||
        get_copy(d, "text", out->text, sizeof out->text, p, err) ||
        get_enum(d, "precision", cal_prec_name_index, &prec, p, err) ||
        get_enum(d, "basis", events_basis_name_index, &basis, p, err))
        return -1;
    out->prec = (date_prec)prec;
    out->basis = (date_basis)basis;
    return 0;
}

static int read_event(json_t *o, const ruleset *rs, doc_record *r, const char *p, ev_err *err)
{
    rec_event e = {0};
    const char *type, *sent;
    json_t *ev = json_object_get(o, "evidence");
    int mod;
    if (get_str(o, "type", 0, &type, p, err) ||
        get_index(o, "source", r->actors.nactors, &e.source, p, err) ||
        get_index(o, "target", r->actors.nactors, &e.target, p, err) ||
        read_date(json_object_get(o, "date"), &e.date, p, err) ||
        get_enum(o, "modality", events_modality_name_index, &mod, p, err))
        return -1;
    if (!(e.rule = rules_find_type(rs, type))) {
        err_set(err, "%s: event type \"%s\" is not in the loaded rules", p, type);
        return -1;
    }
    if (!json_is_object(ev))
        return bad(err, p, "expected an evidence object");
    if (get_size(ev, "start", &e.start, p, err) || get_size(ev, "end", &e.end, p, err) ||
        get_str(ev, "sentence", 0, &sent, p, err))
        return -1;
    e.mod = (modality)mod;
    e.sentence = xstrdup(sent);
    *VEC_PUSH(r->events, r->nevents, r->capevents) = e;
    return 0;
}

static int read_list(json_t *arr, const char *name, const ruleset *rs, doc_record *r,
                     ev_err *err)
{
    char p[48];
    snprintf(p, sizeof p, "$.%s", name);
    if (!json_is_array(arr))
        return bad(err, p, "expected an array");
    for (size_t i = 0; i < json_array_size(arr); i++) {
        json_t *o = json_array_get(arr, i);
        snprintf(p, sizeof p, "$.%s[%zu]", name, i);
        if (!json_is_object(o))
            return bad(err, p, "expected an object");
        if ((rs ? read_event(o, rs, r, p, err) : read_actor(o, r, p, err)) != 0)
            return -1;
    }
    return 0;
}

static int read_root(json_t *root, const ruleset *rs, doc_record *r,
                     char fingerprint[FINGERPRINT_LEN + 1], ev_err *err)
{
    json_t *v = json_object_get(root, "evgraph_shard");
    if (!json_is_integer(v))
        return bad(err, "$", "not an evgraph shard line (no \"evgraph_shard\" version)");
    if (json_integer_value(v) != SHARD_VERSION) {
        err_set(err, "$.evgraph_shard: version %" JSON_INTEGER_FORMAT
                     " (this evgraph reads version %d)",
                json_integer_value(v), SHARD_VERSION);
        return -1;
    }
    if (get_copy(root, "fingerprint", fingerprint, FINGERPRINT_LEN + 1, "$", err) ||
        read_document(json_object_get(root, "document"), r, err) ||
        read_list(json_object_get(root, "actors"), "actors", NULL, r, err))
        return -1;
    /* events last: their actor indexes are checked against the actors read */
    return read_list(json_object_get(root, "events"), "events", rs, r, err);
}

int shard_parse(const char *line, size_t len, const ruleset *rs, doc_record *r,
                char fingerprint[FINGERPRINT_LEN + 1], ev_err *err)
{
    json_error_t je;
    memset(r, 0, sizeof *r);
    json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        err_set(err, "not JSON (%s, column %d)", je.text, je.column);
        return -1;
    }
    int rc = json_is_object(root) ? read_root(root, rs, r, fingerprint, err)
                                  : bad(err, "$", "expected an object");
    json_decref(root);
    if (rc != 0)
        record_free(r);
    return rc;
}
