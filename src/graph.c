/* graph — merge documents into one model: actors by id or shared name, events by type,
 * actors and compatible dates, relations per (source, target, type). A source and a body
 * it belongs to (by the gazetteer) count as the same actor for merging; the first
 * telling names the source.
 *
 * Compatible dates: either is unknown; one is a prefix of the other (2024-09 and
 * 2024-09-12); or one only stands in from a publication date and the other falls in the
 * same or the previous month (an article dated the 13th reporting what happened "last
 * month"). A merged event keeps the best-founded date (explicit or relative over a
 * publication date, then the more precise), and is asserted if any evidence asserts it.
 * Asserted and negated tellings are never merged: that contradiction stays visible. */
#include "graph.h"

#include "record.h"

#include <stdlib.h>
#include <string.h>

void graph_begin(evgraph *g)
{
    memset(g, 0, sizeof *g);
}

void graph_set_rules(evgraph *g, const ruleset *rs)
{
    g->rules = rs;
    strmap_free(&g->gazetteer_names);
    for (size_t i = 0; rs && i < rs->nactors; i++)
        strmap_put(&g->gazetteer_names, rs->actors[i].name, i);
}

/* The parent of the first actor of that name, else of the first gazetteer actor. Looked
 * up by name: a walk over every actor, for each pair of events compared while merging,
 * made merging grow with the square of the actors. */
static const char *parent_of(const evgraph *g, const char *name)
{
    size_t i;
    if (strmap_get(&g->actor_names, name, &i))
        return g->actors[i].parent;
    if (g->rules && strmap_get(&g->gazetteer_names, name, &i))
        return g->rules->actors[i].parent;
    return NULL;
}

static int is_ancestor(const evgraph *g, const char *ancestor, const char *name)
{
    const char *p = parent_of(g, name);
    for (int depth = 0; p && depth < 8; depth++, p = parent_of(g, p))
        if (strcmp(p, ancestor) == 0)
            return 1;
    return 0;
}

/* The same actor, or a body and one it belongs to. */
static int same_or_related(const evgraph *g, size_t a, size_t b)
{
    if (a == b)
        return 1;
    if (a == ACTOR_NONE || b == ACTOR_NONE)
        return 0;
    const char *x = g->actors[a].name, *y = g->actors[b].name;
    return is_ancestor(g, x, y) || is_ancestor(g, y, x);
}

static void index_actor_names(evgraph *g, size_t i, char *const *aliases, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        char *key = actors_fold_key(aliases[k], strlen(aliases[k]));
        if (*key)
            strmap_put(&g->actor_keys, key, i);
        free(key);
    }
}

/* A name found without the gazetteer may still be one seen in another article. */
static size_t actor_by_shared_name(const evgraph *g, const doc_actor *d)
{
    size_t hit = (size_t)-1;
    for (size_t k = 0; k < d->naliases && hit == (size_t)-1; k++) {
        char *key = actors_fold_key(d->aliases[k], strlen(d->aliases[k]));
        if (*key)
            strmap_get(&g->actor_keys, key, &hit);
        free(key);
    }
    return hit;
}

static void add_alias(g_actor *a, const char *s)
{
    for (size_t i = 0; i < a->naliases; i++)
        if (strcmp(a->aliases[i], s) == 0)
            return;
    *VEC_PUSH(a->aliases, a->naliases, a->capaliases) = xstrdup(s);
}

static size_t merge_actor(evgraph *g, const doc_actor *d)
{
    size_t hit = (size_t)-1;
    if (!strmap_get(&g->actor_ids, d->id, &hit) && !d->gazetteer)
        hit = actor_by_shared_name(g, d);
    if (hit == (size_t)-1) {
        g_actor *a = VEC_PUSH(g->actors, g->nactors, g->capactors);
        memset(a, 0, sizeof *a);
        a->id = xstrdup(d->id);
        a->name = xstrdup(d->name);
        a->parent = d->parent ? xstrdup(d->parent) : NULL;
        a->kind = d->kind;
        hit = g->nactors - 1;
        strmap_put(&g->actor_ids, a->id, hit);
        strmap_put(&g->actor_names, a->name, hit);
    }
    g_actor *a = &g->actors[hit];
    for (size_t k = 0; k < d->naliases; k++)
        add_alias(a, d->aliases[k]);
    index_actor_names(g, hit, d->aliases, d->naliases);
    a->mentions += d->mentions;
    return hit;
}

static int prefix_of(const char *a, const char *b)
{
    size_t la = strlen(a);
    return strncmp(a, b, la) == 0;
}

static int month_before(const char *later, const char *earlier)
{
    int y1, m1, y2, m2;
    if (sscanf(later, "%d-%d", &y1, &m1) != 2 || sscanf(earlier, "%d-%d", &y2, &m2) != 2)
        return 0;
    return y1 * 12 + m1 - (y2 * 12 + m2) == 1;
}

static int dates_compatible(const event_date *a, const event_date *b)
{
    if (!a->value[0] || !b->value[0])
        return 1;
    if (prefix_of(a->value, b->value) || prefix_of(b->value, a->value))
        return 1;
    if (a->basis == BASIS_DOCUMENT && b->basis == BASIS_DOCUMENT)
        return 0;
    if (a->basis == BASIS_DOCUMENT)
        return strncmp(a->value, b->value, 7) == 0 || month_before(a->value, b->value);
    if (b->basis == BASIS_DOCUMENT)
        return strncmp(a->value, b->value, 7) == 0 || month_before(b->value, a->value);
    return 0;
}

static int better_date(const event_date *cand, const event_date *cur)
{
    int rc = cand->basis >= BASIS_RELATIVE ? 2 : cand->basis == BASIS_DOCUMENT;
    int ru = cur->basis >= BASIS_RELATIVE ? 2 : cur->basis == BASIS_DOCUMENT;
    if (rc != ru)
        return rc > ru;
    return cand->prec > cur->prec;
}

/* Evidence is kept once per sentence of a document (a sentence telling the event twice
 * is one piece of evidence). */
static void add_evidence(g_event *ev, size_t doc_index, const rec_event *e)
{
    for (size_t i = 0; i < ev->nev; i++)
        if (ev->ev[i].doc == doc_index && ev->ev[i].start == e->start)
            return;
    g_evidence *x = VEC_PUSH(ev->ev, ev->nev, ev->capev);
    x->doc = doc_index;
    x->start = e->start;
    x->end = e->end;
    x->sentence = xstrdup(e->sentence);
    x->mod = e->mod;
}

static void event_key(const event_rule *r, size_t target, char *buf, size_t size)
{
    snprintf(buf, size, "%s\x1f%zu", r->type, target);
}

/* Chains event i under its (type, target) key: the map holds the newest, event_chain[i]
 * the one before it. */
static void index_event(evgraph *g, size_t i)
{
    char key[160];
    event_key(g->events[i].rule, g->events[i].target, key, sizeof key);
    size_t head = (size_t)-1;
    int had = strmap_get(&g->event_heads, key, &head);
    util_grow((void **)&g->event_chain, &g->capchain, i + 1, sizeof *g->event_chain);
    g->event_chain[i] = had ? head : (size_t)-1;
    strmap_set(&g->event_heads, key, i);
}

static void merge_event(evgraph *g, size_t doc_index, const rec_event *e, size_t src, size_t tgt)
{
    char key[160];
    event_key(e->rule, tgt, key, sizeof key);
    size_t i = (size_t)-1;
    strmap_get(&g->event_heads, key, &i);
    for (; i != (size_t)-1; i = g->event_chain[i]) {
        g_event *o = &g->events[i];
        if (!same_or_related(g, o->source, src))
            continue;
        if ((o->mod == MOD_NEGATED) != (e->mod == MOD_NEGATED))
            continue;
        if (!dates_compatible(&o->date, &e->date))
            continue;
        if (better_date(&e->date, &o->date))
            o->date = e->date;
        if (e->mod == MOD_ASSERTED)
            o->mod = MOD_ASSERTED;
        add_evidence(o, doc_index, e);
        return;
    }
    g_event *n = VEC_PUSH(g->events, g->nevents, g->capevents);
    memset(n, 0, sizeof *n);
    n->rule = e->rule;
    n->source = src;
    n->target = tgt;
    n->date = e->date;
    n->mod = e->mod;
    add_evidence(n, doc_index, e);
    index_event(g, g->nevents - 1);
}

static void add_doc_meta(evgraph *g, const doc_record *r)
{
    g_document *d = VEC_PUSH(g->docs, g->ndocs, g->capdocs);
    memset(d, 0, sizeof *d);
    snprintf(d->id, sizeof d->id, "d%zu", g->ndocs);
    d->source = xstrdup(r->source);
    d->title = r->title ? xstrdup(r->title) : NULL;
    d->byline = r->byline ? xstrdup(r->byline) : NULL;
    d->published = r->published;
    d->anchor = r->anchor;
    d->basis = r->basis;
    d->ntimexes = r->ntimexes;
    d->timexes = xcalloc(r->ntimexes ? r->ntimexes : 1, sizeof *d->timexes);
    for (size_t i = 0; i < r->ntimexes; i++) {
        d->timexes[i] = r->timexes[i];
        d->timexes[i].text = xstrdup(r->timexes[i].text);
    }
}

void graph_add_record(evgraph *g, const doc_record *r)
{
    add_doc_meta(g, r);
    size_t doc_index = g->ndocs - 1;
    const actor_table *actors = &r->actors;
    size_t *map = xcalloc(actors->nactors ? actors->nactors : 1, sizeof *map);
    for (size_t i = 0; i < actors->nactors; i++)
        map[i] = merge_actor(g, &actors->actors[i]);
    for (size_t i = 0; i < r->nevents; i++) {
        const rec_event *e = &r->events[i];
        size_t src = e->source == ACTOR_NONE ? ACTOR_NONE : map[e->source];
        size_t tgt = e->target == ACTOR_NONE ? ACTOR_NONE : map[e->target];
        merge_event(g, doc_index, e, src, tgt);
    }
    free(map);
}

/* A document goes in as its record: the one path a single run, a merge of shards and the
 * store all take, so they cannot differ. */
void graph_add_document(evgraph *g, const document *doc, const timex_list *tx,
                        const actor_table *actors, const doc_event_list *events)
{
    doc_record r;
    record_from_document(&r, doc, tx, actors, events);
    graph_add_record(g, &r);
    record_free(&r);
}

/* Undated events go last; otherwise by date, then by where they were first told. */
static int cmp_events(const void *a, const void *b)
{
    const g_event *x = a, *y = b;
    int dx = x->date.value[0] != 0, dy = y->date.value[0] != 0;
    if (dx != dy)
        return dy - dx;
    int c = strcmp(x->date.value, y->date.value);
    if (c)
        return c;
    if (x->ev[0].doc != y->ev[0].doc)
        return x->ev[0].doc < y->ev[0].doc ? -1 : 1;
    return x->ev[0].start < y->ev[0].start ? -1 : x->ev[0].start > y->ev[0].start;
}

static void build_summary(evgraph *g, g_event *e)
{
    strbuf b = {0};
    sb_adds(&b, e->source != ACTOR_NONE ? g->actors[e->source].name : "someone");
    sb_addc(&b, ' ');
    sb_adds(&b, e->rule->verb);
    if (e->target != ACTOR_NONE) {
        sb_addc(&b, ' ');
        sb_adds(&b, g->actors[e->target].name);
    }
    free(e->summary);
    e->summary = sb_detach(&b);
}

void graph_finish(evgraph *g)
{
    if (g->nevents)
        qsort(g->events, g->nevents, sizeof *g->events, cmp_events);
    /* Sorting moved the events: index them again where they now stand. */
    strmap_free(&g->event_heads);
    for (size_t i = 0; i < g->nevents; i++)
        index_event(g, i);
    for (size_t i = 0; i < g->nrelations; i++)
        free(g->relations[i].events);
    g->nrelations = 0;
    strmap_free(&g->relation_keys);
    for (size_t i = 0; i < g->nactors; i++)
        g->actors[i].in_event = 0;
    for (size_t i = 0; i < g->nevents; i++) {
        g_event *e = &g->events[i];
        snprintf(e->id, sizeof e->id, "e%zu", i + 1);
        build_summary(g, e);
        if (e->source != ACTOR_NONE)
            g->actors[e->source].in_event = 1;
        if (e->target != ACTOR_NONE)
            g->actors[e->target].in_event = 1;
        /* by key, not by a walk over the relations so far (square of the events) */
        char key[80];
        snprintf(key, sizeof key, "%zu\x1f%zu\x1f%p", e->source, e->target,
                 (const void *)e->rule);
        size_t k;
        g_relation *r = strmap_get(&g->relation_keys, key, &k) ? &g->relations[k] : NULL;
        if (!r) {
            strmap_put(&g->relation_keys, key, g->nrelations);
            r = VEC_PUSH(g->relations, g->nrelations, g->caprelations);
            memset(r, 0, sizeof *r);
            r->source = e->source;
            r->target = e->target;
            r->rule = e->rule;
        }
        *VEC_PUSH(r->events, r->nevents, r->capevents) = i;
    }
}

void graph_free(evgraph *g)
{
    for (size_t i = 0; i < g->ndocs; i++) {
        g_document *d = &g->docs[i];
        free(d->source);
        free(d->title);
        free(d->byline);
        for (size_t k = 0; k < d->ntimexes; k++)
            free(d->timexes[k].text);
        free(d->timexes);
    }
    free(g->docs);
    for (size_t i = 0; i < g->nactors; i++) {
        g_actor *a = &g->actors[i];
        free(a->id);
        free(a->name);
        free(a->parent);
        for (size_t k = 0; k < a->naliases; k++)
            free(a->aliases[k]);
        free(a->aliases);
    }
    free(g->actors);
    for (size_t i = 0; i < g->nevents; i++) {
        g_event *e = &g->events[i];
        for (size_t k = 0; k < e->nev; k++)
            free(e->ev[k].sentence);
        free(e->ev);
        free(e->summary);
    }
    free(g->events);
    for (size_t i = 0; i < g->nrelations; i++)
        free(g->relations[i].events);
    free(g->relations);
    strmap_free(&g->actor_ids);
    strmap_free(&g->actor_keys);
    strmap_free(&g->event_heads);
    strmap_free(&g->actor_names);
    strmap_free(&g->gazetteer_names);
    strmap_free(&g->relation_keys);
    free(g->event_chain);
    memset(g, 0, sizeof *g);
}
