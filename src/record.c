/* record — a processed document turned into the self-contained form the graph merges:
 * offsets mapped to the original bytes and the evidence sentences copied out, so the
 * document's text can be dropped (and the record written to a shard or a store). */
#include "record.h"

#include <string.h>

/* The evidence as the reader sees it: the sentence with runs of white space as one.
 * Allocated to the sentence's length, not grown by doubling: a long document's record
 * holds hundreds of thousands of these. */
static char *sentence_text(const document *doc, size_t s, size_t e)
{
    char *out = xmalloc(e - s + 1);
    size_t n = 0;
    int space = 0;
    for (size_t i = s; i < e; i++) {
        char c = doc->text[i];
        if (c == ' ' || c == '\n' || c == '\t') {
            if (!space)
                out[n++] = ' ';
            space = 1;
        } else {
            out[n++] = c;
            space = 0;
        }
    }
    out[n] = '\0';
    return out;
}

doc_actor *record_add_actor(doc_record *r, const doc_actor *a)
{
    doc_actor *c = VEC_PUSH(r->actors.actors, r->actors.nactors, r->actors.capactors);
    memset(c, 0, sizeof *c);
    c->id = xstrdup(a->id);
    c->name = xstrdup(a->name);
    c->kind = a->kind;
    c->parent = a->parent ? xstrdup(a->parent) : NULL;
    c->mentions = a->mentions;
    c->gazetteer = a->gazetteer;
    for (size_t k = 0; k < a->naliases; k++)
        *VEC_PUSH(c->aliases, c->naliases, c->capaliases) = xstrdup(a->aliases[k]);
    return c;
}

static void copy_timexes(doc_record *r, const document *doc, const timex_list *tx)
{
    r->ntimexes = tx->n;
    r->timexes = xcalloc(tx->n ? tx->n : 1, sizeof *r->timexes);
    for (size_t i = 0; i < tx->n; i++) {
        g_timex *x = &r->timexes[i];
        x->start = document_raw_offset(doc, tx->v[i].start);
        x->end = document_raw_end(doc, tx->v[i].end);
        x->text = xstrndup(doc->text + tx->v[i].start, tx->v[i].end - tx->v[i].start);
        x->type = tx->v[i].type;
        memcpy(x->value, tx->v[i].value, sizeof x->value);
    }
}

void record_from_document(doc_record *r, const document *doc, const timex_list *tx,
                          const actor_table *actors, const doc_event_list *events)
{
    memset(r, 0, sizeof *r);
    r->source = xstrdup(doc->source);
    r->title = doc->title ? xstrdup(doc->title) : NULL;
    r->byline = doc->byline ? xstrdup(doc->byline) : NULL;
    r->published = doc->published;
    r->anchor = doc->anchor;
    r->basis = doc->anchor_basis;
    copy_timexes(r, doc, tx);
    /* An actor whose every mention went to another (the nation that a regulator's
     * description or a lower-case alias turned out to name) is none of the document's,
     * unless an event still names it. */
    size_t *kept = xmalloc((actors->nactors ? actors->nactors : 1) * sizeof *kept);
    for (size_t i = 0; i < actors->nactors; i++)
        kept[i] = actors->actors[i].mentions ? 0 : ACTOR_NONE;
    for (size_t i = 0; i < events->n; i++) {
        if (events->v[i].source != ACTOR_NONE)
            kept[events->v[i].source] = 0;
        if (events->v[i].target != ACTOR_NONE)
            kept[events->v[i].target] = 0;
    }
    for (size_t i = 0; i < actors->nactors; i++)
        if (kept[i] != ACTOR_NONE) {
            kept[i] = r->actors.nactors;
            record_add_actor(r, &actors->actors[i]);
        }
    /* exactly as many as there are, not grown by doubling */
    r->capevents = events->n ? events->n : 1;
    r->events = xmalloc(r->capevents * sizeof *r->events);
    for (size_t i = 0; i < events->n; i++) {
        const doc_event *e = &events->v[i];
        rec_event *x = VEC_PUSH(r->events, r->nevents, r->capevents);
        memset(x, 0, sizeof *x);
        x->rule = e->rule;
        x->source = e->source == ACTOR_NONE ? ACTOR_NONE : kept[e->source];
        x->target = e->target == ACTOR_NONE ? ACTOR_NONE : kept[e->target];
        x->date = e->date;
        x->mod = e->mod;
        x->start = document_raw_offset(doc, e->sent_start);
        x->end = document_raw_end(doc, e->sent_end);
        x->sentence = sentence_text(doc, e->sent_start, e->sent_end);
    }
    free(kept);
}

void record_free(doc_record *r)
{
    free(r->source);
    free(r->title);
    free(r->byline);
    for (size_t i = 0; i < r->ntimexes; i++)
        free(r->timexes[i].text);
    free(r->timexes);
    actor_table_free(&r->actors);
    for (size_t i = 0; i < r->nevents; i++)
        free(r->events[i].sentence);
    free(r->events);
    memset(r, 0, sizeof *r);
}
