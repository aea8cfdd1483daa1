/* events_doc — the document-level passes over a document's events (see below). */
#include "events_internal.h"

#include "diag.h"
#include "events_syntax.h"
#include "lexicon.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- the document's events ----
 *
 * After matching, passes over the whole document fill in what a sentence does not tell
 * (agentless sources, deal parties, dates told once) and join what was told twice. A long
 * document has tens of thousands of events, so no pass compares every pair: events are
 * looked up by rule, actors and sentence in the indexes below, and the work of a document
 * grows with its length. Events stay in the order of their sentences throughout (matching
 * appends sentence by sentence; the passes only drop events), so "told before" is "earlier
 * in the list" and a sentence's events are one run of it. */

/* A hash map from four words (a rule's address, actor indexes, a sentence start ...) to a
 * number. */
typedef struct {
    size_t key[4];
    size_t val;
    int used;
} ix_slot;

typedef struct {
    ix_slot *v;
    size_t cap, n; /* cap is zero or a power of two */
} ev_index;

#define RULE_KEY(r) ((size_t)(uintptr_t)(r))
#define NO_INDEX ((size_t)-1)

static size_t ix_hash(const size_t *k)
{
    uint64_t h = 0x9e3779b97f4a7c15u;
    for (int i = 0; i < 4; i++) {
        h ^= (uint64_t)k[i];
        h *= 0xff51afd7ed558ccdu;
        h ^= h >> 32;
    }
    return (size_t)h;
}

static ix_slot *ix_slot_of(const ev_index *ix, const size_t *k)
{
    size_t i = ix_hash(k) & (ix->cap - 1);
    while (ix->v[i].used && memcmp(ix->v[i].key, k, sizeof ix->v[i].key) != 0)
        i = (i + 1) & (ix->cap - 1);
    return &ix->v[i];
}

static void ix_grow(ev_index *ix)
{
    ev_index big = {0};
    big.cap = ix->cap ? ix->cap * 2 : 64;
    big.v = xcalloc(big.cap, sizeof *big.v);
    big.n = ix->n;
    for (size_t i = 0; i < ix->cap; i++)
        if (ix->v[i].used)
            *ix_slot_of(&big, ix->v[i].key) = ix->v[i];
    free(ix->v);
    *ix = big;
}

/* The number stored under (a, b, c, d), first set to init when there is none. */
static size_t *ix_at(ev_index *ix, size_t a, size_t b, size_t c, size_t d, size_t init)
{
    if (2 * (ix->n + 1) > ix->cap)
        ix_grow(ix);
    size_t k[4] = {a, b, c, d};
    ix_slot *s = ix_slot_of(ix, k);
    if (!s->used) {
        memcpy(s->key, k, sizeof k);
        s->val = init;
        s->used = 1;
        ix->n++;
    }
    return &s->val;
}

/* The number under (a, b, c, d), or dflt. */
static size_t ix_get(const ev_index *ix, size_t a, size_t b, size_t c, size_t d, size_t dflt)
{
    if (!ix->cap)
        return dflt;
    size_t k[4] = {a, b, c, d};
    const ix_slot *s = ix_slot_of(ix, k);
    return s->used ? s->val : dflt;
}

static void ix_free(ev_index *ix)
{
    free(ix->v);
    memset(ix, 0, sizeof *ix);
}

/* The end of the run of events told in the sentence of event g0. */
static size_t sentence_run_end(const doc_event_list *l, size_t g0)
{
    size_t g1 = g0 + 1;
    while (g1 < l->n && l->v[g1].sent_start == l->v[g0].sent_start)
        g1++;
    return g1;
}

/* Keeps the events not marked in drop, in order; frees drop. */
static void drop_marked(doc_event_list *l, char *drop)
{
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++)
        if (!drop[i])
            l->v[kept++] = l->v[i];
    l->n = kept;
    free(drop);
}

static size_t rule_index(const ruleset *rs, const event_rule *r)
{
    return (size_t)(r - rs->rules);
}

/* Actor indexes as array slots: the last slot stands for "no actor". */
static size_t actor_slot(const actor_table *actors, size_t a)
{
    return a == ACTOR_NONE ? actors->nactors : a;
}


typedef struct {
    size_t a, b;
} actor_pair;

static int pair_cmp(const void *x, const void *y)
{
    const actor_pair *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

/* How far up the parent chain kinship reaches: an office, its department, the government. */
#define KIN_DEPTH 3

void events_kinship_build(const actor_table *actors, kinship *k)
{
    size_t n = actors->nactors;
    /* actors by name: the first with a name, then the next with the same name */
    strmap by_name = {0};
    size_t *same_name = xmalloc((n + 1) * sizeof *same_name);
    for (size_t a = n; a-- > 0;) {
        size_t first;
        same_name[a] = strmap_get(&by_name, actors->actors[a].name, &first) ? first : ACTOR_NONE;
        strmap_set(&by_name, actors->actors[a].name, a);
    }
    actor_pair *pairs = NULL;
    size_t np = 0, cap = 0;
    /* up the parent chain: OFAC, the Treasury and the US government are one family */
    for (size_t x = 0; x < n; x++) {
        const char *parent = actors->actors[x].parent;
        for (int depth = 0; parent && depth < KIN_DEPTH; depth++) {
            size_t y, up;
            if (!strmap_get(&by_name, parent, &up))
                break;
            for (y = up; y != ACTOR_NONE; y = same_name[y])
                if (y != x) {
                    *VEC_PUSH(pairs, np, cap) = (actor_pair){x, y};
                    *VEC_PUSH(pairs, np, cap) = (actor_pair){y, x};
                }
            parent = actors->actors[up].parent;
        }
    }
    if (np)
        qsort(pairs, np, sizeof *pairs, pair_cmp);
    k->start = xcalloc(n + 2, sizeof *k->start);
    k->list = xmalloc((np + 1) * sizeof *k->list);
    size_t m = 0;
    for (size_t i = 0; i < np; i++) {
        if (i && pairs[i].a == pairs[i - 1].a && pairs[i].b == pairs[i - 1].b)
            continue;
        k->list[m++] = pairs[i].b;
        k->start[pairs[i].a + 1]++;
    }
    for (size_t a = 0; a <= n; a++)
        k->start[a + 1] += k->start[a];
    free(pairs);
    free(same_name);
    strmap_free(&by_name);
}

static size_t kin_count(const kinship *k, size_t a)
{
    return a == ACTOR_NONE ? 0 : k->start[a + 1] - k->start[a];
}

static size_t kin_at(const kinship *k, size_t a, size_t i)
{
    return k->list[k->start[a] + i];
}

void events_kinship_free(kinship *k)
{
    free(k->start);
    free(k->list);
}

/* ---- agentless sources ---- */

/* Putting on a list and taking off it are one matter: the body that does the one may
 * do the other. */
static int same_family(const event_rule *a, const event_rule *b)
{
    return a == b || (a->listing && b->listing);
}

static size_t family_of(const ruleset *rs, const event_rule *r)
{
    return r->listing ? rs->nrules : rule_index(rs, r);
}

/* The bodies that acted in one family of events, the latest first: a list over actor
 * indexes, an actor moved to the front when it acts again; and how often each acted. */
typedef struct {
    size_t head;
    size_t *next, *prev;
    char *in;
    size_t *acts;
} recency;

static void recency_touch(recency *r, size_t nactors, size_t a)
{
    if (!r->in) {
        r->next = xmalloc(nactors * sizeof *r->next);
        r->prev = xmalloc(nactors * sizeof *r->prev);
        r->in = xcalloc(nactors, 1);
        r->acts = xcalloc(nactors, sizeof *r->acts);
        r->head = ACTOR_NONE;
    }
    r->acts[a]++;
    if (r->head == a)
        return;
    if (r->in[a]) {
        r->next[r->prev[a]] = r->next[a];
        if (r->next[a] != ACTOR_NONE)
            r->prev[r->next[a]] = r->prev[a];
    }
    r->in[a] = 1;
    r->prev[a] = ACTOR_NONE;
    r->next[a] = r->head;
    if (r->head != ACTOR_NONE)
        r->prev[r->head] = a;
    r->head = a;
}

static void recency_free(recency *r)
{
    free(r->next);
    free(r->prev);
    free(r->in);
    free(r->acts);
}

static int may_be_source(const actor_table *actors, const doc_event *e, size_t a)
{
    return a != e->target && events_kind_ok(e->rule->source_kinds, actors->actors[a].kind);
}

/* The sentence names an agent for the agentless event i: the same event with a source. */
static size_t agent_named_at(const doc_event_list *l, size_t g0, size_t g1, size_t i,
                             const char *drop)
{
    const doc_event *e = &l->v[i];
    for (size_t k = g0; k < g1; k++)
        if (k != i && !drop[k] && l->v[k].source != ACTOR_NONE && l->v[k].rule == e->rule &&
            l->v[k].target == e->target)
            return k;
    return NO_INDEX;
}

static int agent_named(const doc_event_list *l, size_t g0, size_t g1, size_t i, const char *drop)
{
    return agent_named_at(l, g0, g1, i, drop) != NO_INDEX;
}

/* The body with an event of e's family: the latest in e's sentence [g0, g1); else,
 * before it, the one that acted most often, the latest of those on a tie (a release's
 * own body, not another government its background names: "X, which the United Kingdom
 * designated in May" does not make Britain the author of the next removal). */
static size_t family_source(const actor_table *actors, const doc_event_list *l, size_t g0,
                            size_t g1, size_t i, const char *drop, const recency *before)
{
    const doc_event *e = &l->v[i];
    for (size_t k = g1; k-- > g0;) {
        const doc_event *o = &l->v[k];
        if (k != i && !drop[k] && o->source != ACTOR_NONE && same_family(o->rule, e->rule) &&
            may_be_source(actors, e, o->source))
            return o->source;
    }
    size_t best = ACTOR_NONE;
    for (size_t a = before->in ? before->head : ACTOR_NONE; a != ACTOR_NONE; a = before->next[a])
        if (may_be_source(actors, e, a) && (best == ACTOR_NONE || before->acts[a] > before->acts[best]))
            best = a;
    return best;
}

/* An agentless passive's source: for a listing, the body that last put its target on or
 * off a list before ("Ruitong would ask to be removed from the list" after Commerce listed
 * Ruitong, whatever list was told in between); else the latest body (before it, or in its
 * sentence) with an event of the same family; dropped when the sentence names an agent
 * for it or no body is known. */
static void events_fill_agentless_sources(const ruleset *rs, const actor_table *actors,
                                   doc_event_list *out)
{
    recency *fam = xcalloc(rs->nrules + 1, sizeof *fam);
    char *drop = xcalloc(out->n + 1, 1);
    size_t *lister = xmalloc((actors->nactors + 1) * sizeof *lister);
    for (size_t a = 0; a <= actors->nactors; a++)
        lister[a] = ACTOR_NONE;
    for (size_t g0 = 0, g1; g0 < out->n; g0 = g1) {
        g1 = sentence_run_end(out, g0);
        for (size_t i = g0; i < g1; i++) {
            doc_event *e = &out->v[i];
            if (e->source != ACTOR_NONE || e->dealref)
                continue;
            size_t src = ACTOR_NONE;
            if (!agent_named(out, g0, g1, i, drop)) {
                size_t known = e->rule->listing && e->target != ACTOR_NONE
                                   ? lister[actor_slot(actors, e->target)]
                                   : ACTOR_NONE;
                src = known != ACTOR_NONE && may_be_source(actors, e, known)
                          ? known
                          : family_source(actors, out, g0, g1, i, drop,
                                          &fam[family_of(rs, e->rule)]);
            }
            /* "Lianfeng was placed on the Entity List in 2023" with no body known: a
             * listing told without its author, kept with no source. */
            e->source = src;
            drop[i] = src == ACTOR_NONE && (!e->rule->listing || agent_named(out, g0, g1, i, drop));
            for (size_t k = g0; k < i && !drop[i]; k++)
                drop[i] = !drop[k] && events_same_event(&out->v[k], e);
            /* the same listing told with its doer in the sentence ("added to the UK
             * sanctions list", read with and without one): one event, with the date one
             * of them had */
            size_t named = src == ACTOR_NONE ? agent_named_at(out, g0, g1, i, drop) : NO_INDEX;
            if (named != NO_INDEX && !out->v[named].date.value[0])
                out->v[named].date = e->date;
        }
        for (size_t k = g0; k < g1; k++) {
            const doc_event *o = &out->v[k];
            if (drop[k] || o->source == ACTOR_NONE)
                continue;
            recency_touch(&fam[family_of(rs, o->rule)], actors->nactors, o->source);
            if (o->rule->listing && o->target != ACTOR_NONE && o->mod == MOD_ASSERTED)
                lister[actor_slot(actors, o->target)] = o->source;
        }
    }
    for (size_t f = 0; f <= rs->nrules; f++)
        recency_free(&fam[f]);
    free(fam);
    free(lister);
    drop_marked(out, drop);
}

/* A date that says when the telling was written, not when the happening was: the
 * publication date, or a bare clock time ("■ 09:45 | Brussels opens deep probe": a live
 * blog's entry stamp). A retelling's own date ("on Monday") says more. */
static int weak_date(const event_date *d)
{
    if (d->basis == BASIS_DOCUMENT)
        return 1;
    size_t n = strlen(d->text);
    return n && util_clock_time(d->text, n) == n;
}

/* Is event e told in the past perfect ("had been designated": background_auxiliaries
 * right before its trigger)? */
static int told_as_background(const ruleset *rs, const document *doc, const doc_event *e)
{
    size_t p = e->trig_start;
    if (p < 2 || doc->text[p - 1] != ' ')
        return 0;
    size_t from = p > 24 ? p - 24 : 0;
    return lexicon_before(rules_lexicon_list(rs, "background_auxiliaries"), doc->text, from,
                          p - 1, LEX_WORD) > 0;
}

/* "The Commerce Department on Wednesday added NSO Group ... The department's Bureau of
 * Industry and Security also blacklisted Positive Technologies": an event told with
 * "also" (or "In the same rule, ...") happened with the dated event of its family and
 * modality told last before it (a listing and a delisting are one family). So did an
 * asserted passive that names no doer and no date ("X and Y were added to the list"),
 * unless told in the past perfect. Passed over between: undated events, those of another
 * modality ("did not lift sanctions on Z") and events missing a party ("Both were
 * designated in 2008": background, a passive whose doer this pass, run before the
 * agentless sources are filled, does not know yet). An event's own date, if only the
 * publication day or a clock time (the lead's stand-in), yields to a better one. */
static void events_inherit_also_dates(const ruleset *rs, const document *doc,
                                      doc_event_list *out)
{
    enum { NMOD = MOD_HYPOTHETICAL + 1 };
    size_t nslots = (rs->nrules + 1) * NMOD;
    /* last: the last dated event with its parties; counted: the last dated listing of
     * counted targets ("imposed sanctions on two ship managers"), which dates only the
     * names a passive tells after it ("A and B were added"), not an "also" */
    size_t *last = xmalloc(2 * nslots * sizeof *last), *counted = last + nslots;
    for (size_t r = 0; r < 2 * nslots; r++)
        last[r] = NO_INDEX;
    for (size_t g0 = 0, g1; g0 < out->n; g0 = g1) {
        g1 = sentence_run_end(out, g0);
        for (size_t i = g0; i < g1; i++) {
            doc_event *e = &out->v[i];
            size_t slot = family_of(rs, e->rule) * NMOD + e->mod, p = last[slot];
            int agentless = e->source == ACTOR_NONE && e->rule->agentless && !e->dealref &&
                            e->mod == MOD_ASSERTED && !told_as_background(rs, doc, e);
            if (agentless && counted[slot] != NO_INDEX && (p == NO_INDEX || counted[slot] > p))
                p = counted[slot];
            if ((e->also || agentless) && p != NO_INDEX &&
                (!e->date.value[0] || (weak_date(&e->date) && !weak_date(&out->v[p].date))))
                e->date = out->v[p].date;
        }
        for (size_t k = g0; k < g1; k++) {
            const doc_event *o = &out->v[k];
            if (!o->date.value[0] || o->source == ACTOR_NONE)
                continue;
            size_t slot = family_of(rs, o->rule) * NMOD + o->mod;
            if (o->target != ACTOR_NONE || !o->rule->has_target)
                last[slot] = k;
            else if (o->rule->listing)
                counted[slot] = k;
        }
    }
    free(last);
}

/* ---- the lead's statement date ---- */

/* The first verb of sentence t: a speech verb ("said", "told reporters":
 * statement_verb_forms), a trigger of rule r or a word that reads as a verb, as text
 * offsets of its word; 0 when there is none before a "that". */
static int statement_verb(const ruleset *rs, const document *doc, const sentence *t,
                          const event_rule *r, pcre2_match_data *md, size_t *vs, size_t *ve)
{
    const syn_list *verbs = rules_lexicon_list(rs, "statement_verb_forms");
    const char *text = doc->text;
    size_t end = t->start, len = doc->len;
    while (end < t->end && !events_word_at(text, end, "that"))
        end++;
    *vs = *ve = end;
    for (size_t i = t->start; i < end && *vs == end; i++) {
        size_t l = i == 0 || !isalnum((unsigned char)text[i - 1])
                       ? lexicon_at(verbs, text, i, len, LEX_WORD)
                       : 0;
        if (l) {
            *vs = i;
            *ve = i + l;
        }
    }
    if (r->prefilter && rx_match(r->prefilter, text, end, t->start, md)) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        if (ov[0] < *vs) {
            *vs = ov[0];
            *ve = ov[1];
        }
    }
    /* or an earlier verb: "The department placed the two firms on its list on Monday" */
    for (size_t i = t->start; i < *vs; i++) {
        size_t l = 0;
        while (isalpha((unsigned char)text[i + l]))
            l++;
        if (l && (i == t->start || !isalnum((unsigned char)text[i - 1])) &&
            events_verbish_word(rs, text + i, l))
            *vs = i, *ve = i + l;
        i += l;
    }
    if (*vs == end)
        return 0;
    while (isalpha((unsigned char)text[*ve])) /* the prefilter may stop inside a word */
        (*ve)++;
    return 1;
}

/* Whether actor x is a body under actor a ("the Bureau of Industry and Security" under
 * "the US government"), by the gazetteer's parents. */
int events_actor_under(const ruleset *rs, const actor_table *actors, size_t x, size_t a)
{
    const char *parent = actors->actors[x].parent;
    for (int depth = 0; parent && depth < 4; depth++) {
        if (strcmp(parent, actors->actors[a].name) == 0)
            return 1;
        const char *up = NULL;
        for (size_t i = 0; i < rs->nactors && !up; i++)
            if (strcmp(rs->actors[i].name, parent) == 0)
                up = rs->actors[i].parent ? rs->actors[i].parent : "";
        parent = up;
    }
    return 0;
}

/* Whether the words of [from, to) name the speaker as actor a: a mention of a or of its
 * kin; or, with no actor named there, a word of a's name ("a ministry spokesperson"). */
static int speaker_is(const ruleset *rs, const document *doc, const actor_table *actors,
                      const kinship *kin, size_t a, size_t from, size_t to)
{
    int named = 0;
    for (size_t i = 0; i < actors->nmentions; i++) {
        const mention *mn = &actors->mentions[i];
        if (mn->start < from || mn->start >= to)
            continue;
        named = 1;
        if (mn->actor == a || events_actor_under(rs, actors, mn->actor, a))
            return 1;
        for (size_t j = 0; j < kin_count(kin, a); j++)
            if (kin_at(kin, a, j) == mn->actor)
                return 1;
    }
    if (named)
        return 0;
    const char *name = actors->actors[a].name;
    for (const char *w = name; *w;) {
        while (*w && !isalpha((unsigned char)*w))
            w++;
        size_t l = 0;
        while (isalpha((unsigned char)w[l]))
            l++;
        if (l >= 5)
            for (size_t i = from; i + l <= to; i++)
                if (strncasecmp(doc->text + i, w, l) == 0 &&
                    (i == from || !isalpha((unsigned char)doc->text[i - 1])) &&
                    !isalpha((unsigned char)doc->text[i + l]))
                    return 1;
        w += l;
    }
    return 0;
}

/* "The ministry has said it firmly opposes the sale. A ministry spokesperson told
 * reporters on Thursday that ...", "Washington has blacklisted X and Y. The Commerce
 * Department placed the two companies on its list on Tuesday": news of the day told in
 * the lead without a date is dated by the statement or the act the next sentence reports
 * of its source, when that was in the days before publication. */
static void events_date_lead_from_statement(const ruleset *rs, const document *doc,
                                     const sentence_list *sents, const timex_list *tx,
                                     const actor_table *actors, const kinship *kin,
                                     doc_event_list *out)
{
    size_t ti = 0;
    while (ti < sents->n && !(sents->v[ti].lead && doc->paras[sents->v[ti].para].kind == PARA_BODY))
        ti++;
    while (ti < sents->n && sents->v[ti].lead)
        ti++;
    if (ti >= sents->n || doc->paras[sents->v[ti].para].kind != PARA_BODY || !doc->anchor.y)
        return;
    const sentence *t = &sents->v[ti];
    pcre2_match_data *md = pcre2_match_data_create(64, NULL);
    for (size_t i = 0; i < out->n && out->v[i].sent_start < t->start; i++) {
        doc_event *e = &out->v[i];
        size_t vs, ve;
        if (e->date.basis != BASIS_DOCUMENT || e->source == ACTOR_NONE ||
            !statement_verb(rs, doc, t, e->rule, md, &vs, &ve) ||
            !speaker_is(rs, doc, actors, kin, e->source, t->start, vs))
            continue;
        const timex *when = NULL;
        for (size_t j = 0; j < tx->n && !when; j++) {
            const timex *x = &tx->v[j];
            if (x->start > ve && x->start <= ve + 48 && x->end <= t->end &&
                x->type == TIMEX_DATE && !x->unresolved && !x->in_name &&
                strlen(x->value) == 10 && isdigit((unsigned char)x->value[0]))
                when = x;
        }
        if (!when)
            continue;
        int reported = 0;
        for (size_t k = ve; k < when->start && !reported; k++)
            reported = events_word_at(doc->text, k, "that");
        ymd d = {atoi(when->value), atoi(when->value + 5), atoi(when->value + 8)};
        long ago = cal_day_number(doc->anchor) - cal_day_number(d);
        if (reported || ago < 1 || ago > 7)
            continue;
        events_date_from_timex(doc, when, &e->date);
    }
    pcre2_match_data_free(md);
}

/* ---- the lead's announcement date ---- */

/* The date of the first announcement sentence t tells (events_announcement_date), when it
 * is a day of the week before publication; NULL when none. */
static const timex *sentence_announcement(const ruleset *rs, const document *doc,
                                          const sentence *t, sentence_dates *sd)
{
    events_sentence_dates_find(sd, t);
    for (size_t j = 0; j < sd->n; j++) {
        const timex *x = &sd->all->v[sd->idx[j]];
        if (x->start < t->start || x->end > t->end || x->type != TIMEX_DATE || x->unresolved ||
            x->in_name || strlen(x->value) != 10 || !isdigit((unsigned char)x->value[0]))
            continue;
        ymd d = {atoi(x->value), atoi(x->value + 5), atoi(x->value + 8)};
        long ago = cal_day_number(doc->anchor) - cal_day_number(d);
        if (ago >= 1 && ago <= 7 && events_announcement_date(rs, doc, t, x))
            return x;
    }
    return NULL;
}

/* The index of the sentence that starts at text offset start; NO_INDEX when none. */
static size_t sentence_starting(const sentence_list *sents, size_t start)
{
    size_t lo = 0, hi = sents->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sents->v[mid].start < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < sents->n && sents->v[lo].start == start ? lo : NO_INDEX;
}

/* "Ratners Group's U.S. subsidiary has agreed to acquire Weisfield's ... Weisfield's
 * shares soared on the announcement yesterday": the lead's news of the day, undated in its
 * sentence, was made public when a later sentence of its story says the announcement was
 * (the first such, in the week before publication); a newspaper of the morning tells
 * yesterday's news. A live blog's entry is a story of its own: its announcement is looked
 * for up to the next entry. */
static void events_date_lead_from_announcement(const ruleset *rs, const document *doc,
                                               const sentence_list *sents,
                                               const timex_list *tx, doc_event_list *out)
{
    if (!doc->anchor.y || !sents->n)
        return;
    const timex **next = xcalloc(sents->n, sizeof *next); /* told after sentence i */
    const timex *cur = NULL;
    sentence_dates sd;
    events_sentence_dates_init(&sd, tx);
    for (size_t i = sents->n; i-- > 0;) {
        const sentence *t = &sents->v[i];
        next[i] = cur;
        const timex *x = doc->paras[t->para].kind == PARA_BODY
                             ? sentence_announcement(rs, doc, t, &sd)
                             : NULL;
        if (x)
            cur = x;
        if (t->lead && (i == 0 || sents->v[i - 1].para != t->para))
            cur = NULL;
    }
    for (size_t k = 0; k < out->n; k++) {
        doc_event *e = &out->v[k];
        size_t i = e->date.basis == BASIS_DOCUMENT ? sentence_starting(sents, e->sent_start)
                                                   : NO_INDEX;
        if (i != NO_INDEX && sents->v[i].lead && next[i])
            events_date_from_timex(doc, next[i], &e->date);
    }
    events_sentence_dates_free(&sd);
    free(next);
}

/* ---- deal parties and the authors of acts ---- */

/* Both actors known to be of one country ("the State Department" and "the Commerce
 * Department" of the United States)? */
static int same_country(const actor_table *actors, size_t a, size_t b)
{
    if (a == ACTOR_NONE || b == ACTOR_NONE)
        return 0;
    const gaz_actor *x = actors->actors[a].gaz, *y = actors->actors[b].gaz;
    return x && y && x->country && y->country && strcmp(x->country, y->country) == 0;
}

/* The asserted listings told so far, by their source's slot: how many are by the body
 * (with its parent or units), and the latest of the body's own. */
typedef struct {
    size_t *count, *last;
    size_t *sources; /* the slots with a listing of their own, in order of first telling */
    size_t nsources, capsources;
} listing_tally;

static void tally_add(listing_tally *t, const actor_table *actors, const kinship *kin,
                      const doc_event *o, size_t k)
{
    size_t s = actor_slot(actors, o->source);
    if (t->last[s] == NO_INDEX)
        *VEC_PUSH(t->sources, t->nsources, t->capsources) = s;
    t->last[s] = k;
    t->count[s]++;
    for (size_t j = 0; j < kin_count(kin, o->source); j++)
        t->count[kin_at(kin, o->source, j)]++;
}

/* "the move" is the document's main listing act: the body with most listings told so
 * far, the latest on a tie; a government objects to another's act, not to its own
 * country's. */
static size_t listing_author(const listing_tally *t, const actor_table *actors,
                             const doc_event *e)
{
    size_t author = ACTOR_NONE, most = 0, latest = 0;
    for (size_t j = 0; j < t->nsources; j++) {
        size_t s = t->sources[j];
        size_t a = s == actors->nactors ? ACTOR_NONE : s;
        if (a == e->source || same_country(actors, a, e->source))
            continue;
        if (t->count[s] > most || (t->count[s] == most && t->last[s] > latest))
            most = t->count[s], latest = t->last[s], author = a;
    }
    return author;
}

/* "China lodged stern representations with Tokyo" after Japan's trade ministry listed a
 * company: the government protested to stands for the body of its own that listed. */
static int kin_of_author(const listing_tally *t, const actor_table *actors, const kinship *kin,
                         const doc_event *e)
{
    size_t author = listing_author(t, actors, e);
    if (author == ACTOR_NONE || author == e->target)
        return 0;
    for (size_t j = 0; j < kin_count(kin, author); j++)
        if (kin_at(kin, author, j) == e->target)
            return 1;
    return 0;
}

/* What a government may object to as an act: a listing, or another government's own
 * objection to a deal (a veto, an order to divest: "China's embassy criticised the
 * order"), told as done; a protest at an act is no act itself. */
static int is_act(const actor_table *actors, const doc_event *o)
{
    if (o->mod != MOD_ASSERTED || o->source == ACTOR_NONE)
        return 0;
    actor_kind k = actors->actors[o->source].kind;
    return o->rule->listing ||
           (o->rule->targets_listing_author && !o->at_act &&
            (k == KIND_GOVERNMENT || k == KIND_COUNTRY));
}

/* An objection to "the move" is aimed at the author of the document's listings, or of
 * the objection it answers. */
static void target_listing_authors(const actor_table *actors, const kinship *kin,
                                   doc_event_list *out)
{
    size_t slots = actors->nactors + 1;
    listing_tally t = {0};
    t.count = xcalloc(slots, sizeof *t.count);
    t.last = xmalloc(slots * sizeof *t.last);
    for (size_t s = 0; s < slots; s++)
        t.last[s] = NO_INDEX;
    for (size_t g0 = 0, g1; g0 < out->n; g0 = g1) {
        g1 = sentence_run_end(out, g0);
        for (size_t k = g0; k < g1; k++)
            if (is_act(actors, &out->v[k]))
                tally_add(&t, actors, kin, &out->v[k], k);
        for (size_t i = g0; i < g1; i++) {
            doc_event *e = &out->v[i];
            if (!e->rule->targets_listing_author ||
                !(e->target == ACTOR_NONE ? e->at_act : kin_of_author(&t, actors, kin, e)))
                continue;
            size_t author = listing_author(&t, actors, e);
            if (author != ACTOR_NONE)
                e->target = author;
        }
    }
    free(t.count);
    free(t.last);
    free(t.sources);
}

/* For each actor, the counterparts the document's deal events name for it: as the buyer
 * the company bought, and, in an ending (either party may tell it), the other party. */
typedef struct {
    ev_index times;   /* (actor, counterpart) -> events naming the pair */
    size_t *distinct; /* [slot] distinct counterparts */
    size_t *sum;      /* [slot] their sum: the one counterpart, when there is one */
    size_t *bought;   /* [slot] offers and purchases of the actor (not endings) */
} counterparts;

static int names_deal_pair(const doc_event *o)
{
    return o->rule->deal && o->target != ACTOR_NONE && !o->dealref;
}

static void counterpart_add(counterparts *c, const actor_table *actors, size_t a, size_t x)
{
    if ((*ix_at(&c->times, a, x, 0, 0, 0))++ == 0) {
        c->distinct[actor_slot(actors, a)]++;
        c->sum[actor_slot(actors, a)] += x;
    }
}

static void counterparts_add(counterparts *c, const actor_table *actors, const doc_event *o)
{
    counterpart_add(c, actors, o->source, o->target);
    if (o->rule->ends_deal && o->source != o->target)
        counterpart_add(c, actors, o->target, o->source);
    if (!o->rule->ends_deal)
        c->bought[actor_slot(actors, o->target)]++;
}

/* The one counterpart of e's source, or none when there is none or several, or when the
 * source is itself bought. "Adobe and Figma ended their merger agreement": the wording
 * that told the pair without a buyer does not tell Figma's counterpart as well, so the
 * symmetric tellings of e's rule in e's sentence [g0, g1) are left out. */
static size_t sole_counterpart(const counterparts *c, const actor_table *actors,
                               const doc_event_list *l, size_t g0, size_t g1, const doc_event *e)
{
    size_t a = e->source, slot = actor_slot(actors, a);
    size_t distinct = c->distinct[slot], sum = c->sum[slot], bought = c->bought[slot];
    ev_index left_out = {0};
    for (size_t k = g0; k < g1; k++) {
        const doc_event *o = &l->v[k];
        if (!names_deal_pair(o) || !o->symmetric || o->rule != e->rule)
            continue;
        int ended = o->rule->ends_deal;
        size_t x = o->source == a ? o->target : ended && o->target == a ? o->source : ACTOR_NONE;
        if (!ended && o->target == a)
            bought--;
        if (x == ACTOR_NONE)
            continue;
        size_t *n = ix_at(&left_out, x, 0, 0, 0, 0);
        if (++*n == ix_get(&c->times, a, x, 0, 0, 0))
            distinct--, sum -= x;
    }
    ix_free(&left_out);
    return bought || distinct != 1 ? ACTOR_NONE : sum;
}

static int document_deal(const doc_event_list *out, size_t *buyer, size_t *bought);

/* "Shares in Brightwater have fallen after Halden called off merger talks": an ending
 * whose party has no deal of its own ends talks with the one other company its sentence
 * names, when there is one, before the document's deal is thought of (a roundup tells
 * several deals). */
static size_t sole_other_company(const actor_table *actors, const doc_event *e)
{
    size_t other = ACTOR_NONE;
    for (size_t m = 0; m < actors->nmentions; m++) {
        const mention *mm = &actors->mentions[m];
        if (mm->start < e->sent_start || mm->start >= e->sent_end || mm->actor == e->source ||
            actors->actors[mm->actor].kind != KIND_ORGANIZATION)
            continue;
        if (other != ACTOR_NONE && other != mm->actor)
            return ACTOR_NONE;
        other = mm->actor;
    }
    return other;
}

/* "Kroger, which proposed the combination in October 2022": a deal event with no target
 * names the other party of the deal the document tells with its source as the buyer,
 * when there is one such party and the source is never the one bought. A party with no
 * deal of its own, a company, bid for or walked away from the company the document's
 * deal is about ("Rival X walked away from talks to buy the stake"). A target filled here counts
 * for the events after it. */
static void fill_counterparts(const actor_table *actors, doc_event_list *out)
{
    size_t buyer = ACTOR_NONE, bought = ACTOR_NONE;
    int have_deal = document_deal(out, &buyer, &bought);
    size_t slots = actors->nactors + 1;
    counterparts c = {0};
    c.distinct = xcalloc(slots, sizeof *c.distinct);
    c.sum = xcalloc(slots, sizeof *c.sum);
    c.bought = xcalloc(slots, sizeof *c.bought);
    for (size_t k = 0; k < out->n; k++)
        if (names_deal_pair(&out->v[k]))
            counterparts_add(&c, actors, &out->v[k]);
    for (size_t g0 = 0, g1; g0 < out->n; g0 = g1) {
        g1 = sentence_run_end(out, g0);
        for (size_t i = g0; i < g1; i++) {
            doc_event *e = &out->v[i];
            if (!e->rule->deal || e->dealref || e->target != ACTOR_NONE)
                continue;
            size_t x = sole_counterpart(&c, actors, out, g0, g1, e);
            size_t slot = actor_slot(actors, e->source);
            if (x == ACTOR_NONE && e->rule->ends_deal && !c.distinct[slot])
                x = sole_other_company(actors, e);
            if (x == ACTOR_NONE && have_deal && !e->rule->target_from_deal &&
                !e->rule->void_if_ended && actors->actors[e->source].kind == KIND_ORGANIZATION &&
                !c.distinct[slot] && !c.bought[slot] && e->source != buyer && e->source != bought)
                x = bought;
            if (x == ACTOR_NONE)
                continue;
            e->target = x;
            counterparts_add(&c, actors, e);
        }
    }
    ix_free(&c.times);
    free(c.distinct);
    free(c.sum);
    free(c.bought);
}

static void swap_roles(doc_event *e)
{
    size_t x = e->source;
    e->source = e->target;
    e->target = x;
}

/* "Albertsons terminated its merger agreement with Kroger": who ends a deal does not
 * tell who buys; the deal's offers and purchases do. */
static void orient_endings(doc_event_list *out)
{
    ev_index offered = {0}; /* (buyer, company) told by an offer or purchase */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (!o->symmetric && o->rule->deal && !o->rule->ends_deal)
            ix_at(&offered, o->source, o->target, 0, 0, 1);
    }
    for (size_t i = 0; i < out->n; i++) {
        doc_event *e = &out->v[i];
        if (!e->rule->ends_deal || e->target == ACTOR_NONE)
            continue;
        if (ix_get(&offered, e->target, e->source, 0, 0, 0) &&
            !ix_get(&offered, e->source, e->target, 0, 0, 0)) {
            swap_roles(e);
            e->symmetric = 0;
        }
    }
    ix_free(&offered);
}

/* Symmetric wordings take their direction from the first directed deal event of the
 * pair; with none, a party the document tells only as the company bought is the company
 * bought here too ("Tasman is not in talks with Jiangxi Hengrui" after Kanemasa's
 * proposal to acquire Tasman). */
static void orient_symmetric(doc_event_list *out)
{
    ev_index first = {0}; /* (source, target) -> the first directed deal event's index */
    ev_index role = {0};  /* (actor, 0) -> told as a buyer, (actor, 1) -> as the company bought */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (!o->symmetric && o->rule->deal) {
            ix_at(&first, o->source, o->target, 0, 0, k);
            if (!o->rule->target_from_deal && !o->dealref && o->target != ACTOR_NONE) {
                ix_at(&role, o->source, 0, 0, 0, 1);
                ix_at(&role, o->target, 1, 0, 0, 1);
            }
        }
    }
    for (size_t i = 0; i < out->n; i++) {
        doc_event *e = &out->v[i];
        if (!e->symmetric || !e->rule->deal || e->target == ACTOR_NONE)
            continue;
        size_t back = ix_get(&first, e->target, e->source, 0, 0, NO_INDEX);
        size_t fwd = ix_get(&first, e->source, e->target, 0, 0, NO_INDEX);
        if (back != NO_INDEX && back <= fwd)
            swap_roles(e);
        else if (back == NO_INDEX && fwd == NO_INDEX &&
                 ix_get(&role, e->source, 1, 0, 0, 0) && !ix_get(&role, e->source, 0, 0, 0, 0) &&
                 !ix_get(&role, e->target, 1, 0, 0, 0))
            swap_roles(e);
    }
    ix_free(&first);
    ix_free(&role);
}

/* The document's deal: the buyer and company of its most told directed deal event; a pair
 * told only as a possibility ranks below any pair told as fact. */
static int document_deal(const doc_event_list *out, size_t *buyer, size_t *bought)
{
    ev_index told = {0}; /* (buyer, company, 0) -> tellings; (buyer, company, 1) -> as fact */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (!o->rule->deal || o->dealref)
            continue;
        (*ix_at(&told, o->source, o->target, 0, 0, 0))++;
        if (o->mod != MOD_HYPOTHETICAL)
            *ix_at(&told, o->source, o->target, 1, 0, 0) = 1;
    }
    size_t best = 0;
    int found = 0;
    for (size_t i = 0; i < out->n; i++) {
        const doc_event *e = &out->v[i];
        if (!e->rule->deal || e->dealref || e->symmetric || e->source == ACTOR_NONE ||
            e->target == ACTOR_NONE)
            continue;
        size_t n = ix_get(&told, e->source, e->target, 0, 0, 0) +
                   (ix_get(&told, e->source, e->target, 1, 0, 0) ? 1000 : 0);
        if (n > best)
            best = n, *buyer = e->source, *bought = e->target, found = 1;
    }
    ix_free(&told);
    return found;
}

static int mod_rank(modality m)
{
    return m == MOD_NEGATED ? 2 : m == MOD_HYPOTHETICAL ? 1 : 0;
}

/* A deal told without names joins the named telling: the stronger modality and the
 * better-founded date win. */
static void absorb_reference(doc_event *o, const doc_event *e)
{
    if (mod_rank(e->mod) > mod_rank(o->mod))
        o->mod = e->mod;
    if (events_date_rank(&e->date) > events_date_rank(&o->date))
        o->date = e->date;
}

/* The named tellings of the document's deal, per rule: the next one after an event (a
 * cursor over a chain of indexes) and the first one kept. */
typedef struct {
    size_t *next_named; /* [event] the next named telling of its rule, or NO_INDEX */
    size_t *cursor;     /* [rule] */
    size_t *first_kept; /* [rule] */
} deal_tellings;

static int tells_deal(const doc_event *o, size_t buyer, size_t bought)
{
    return !o->dealref && o->source == buyer && o->target == bought;
}

/* "The merger never closed", "Had the acquisition gone forward": events that name no
 * role are the document's deal's; told as well with its names (a later telling first,
 * else the first kept), they are one event, and what did not or might happen says more
 * than an "agreed to buy". */
/* The paragraph holding offset off (paragraphs are in text order). */
static size_t paragraph_at(const document *doc, size_t off)
{
    size_t lo = 0, hi = doc->npara;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->paras[mid].start <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* May event o name the deal of its paragraph? A denied deal is no deal. */
static int names_paragraph_deal(const doc_event *o)
{
    return o->rule->deal && !o->rule->target_from_deal && !o->dealref && !o->symmetric &&
           o->mod != MOD_NEGATED && o->source != ACTOR_NONE && o->target != ACTOR_NONE;
}

/* A roundup or a live blog tells one deal per item: "the companies" and "the deal" there
 * are the deal told last in the paragraph, at or before the reference's sentence: another
 * deal than the document's (buyer, bought), or a rival bid for its company; a purchase of
 * one of its parties ("Thoma Bravo, which acquired Imperva in 2019") is background. For each
 * event, that deal's buyer and company (pair[2i], pair[2i + 1]), or ACTOR_NONE; in one
 * pass, the events being in the order of their sentences. The caller frees it. */
static size_t *paragraph_deals(const document *doc, const doc_event_list *out, size_t buyer,
                               size_t bought)
{
    size_t *pair = xmalloc((2 * out->n + 1) * sizeof *pair);
    size_t para = (size_t)-1, best = NO_INDEX;
    for (size_t g0 = 0, g1; g0 < out->n; g0 = g1) {
        g1 = sentence_run_end(out, g0);
        size_t p = paragraph_at(doc, out->v[g0].sent_start);
        if (p != para)
            para = p, best = NO_INDEX;
        for (size_t k = g0; k < g1; k++) {
            const doc_event *o = &out->v[k];
            int other = o->source != buyer && o->source != bought && o->target != buyer &&
                        o->target != bought;
            if (names_paragraph_deal(o) && (other || !o->rule->void_if_ended))
                best = k;
        }
        for (size_t k = g0; k < g1; k++) {
            pair[2 * k] = best == NO_INDEX ? ACTOR_NONE : out->v[best].source;
            pair[2 * k + 1] = best == NO_INDEX ? ACTOR_NONE : out->v[best].target;
        }
    }
    return pair;
}

/* The first telling of the rule between the pair, other than skip, or NO_INDEX. */
static size_t telling_of(const doc_event_list *out, size_t n, const event_rule *rule,
                         size_t buyer, size_t bought, size_t skip)
{
    for (size_t k = 0; k < n; k++)
        if (k != skip && out->v[k].rule == rule && tells_deal(&out->v[k], buyer, bought))
            return k;
    return NO_INDEX;
}

static void resolve_deal_refs(const ruleset *rs, const document *doc, doc_event_list *out)
{
    size_t buyer = ACTOR_NONE, bought = ACTOR_NONE;
    int have = document_deal(out, &buyer, &bought);
    /* each reference's paragraph deal, read before the list is compacted */
    size_t *local = paragraph_deals(doc, out, buyer, bought);
    deal_tellings t;
    t.next_named = xmalloc((out->n + 1) * sizeof *t.next_named);
    t.cursor = xmalloc((rs->nrules + 1) * sizeof *t.cursor);
    t.first_kept = xmalloc((rs->nrules + 1) * sizeof *t.first_kept);
    for (size_t r = 0; r < rs->nrules; r++)
        t.cursor[r] = t.first_kept[r] = NO_INDEX;
    for (size_t k = out->n; k-- > 0;)
        if (tells_deal(&out->v[k], buyer, bought)) {
            size_t r = rule_index(rs, out->v[k].rule);
            t.next_named[k] = t.cursor[r];
            t.cursor[r] = k;
        }
    size_t kept = 0;
    for (size_t i = 0; i < out->n; i++) {
        doc_event e = out->v[i];
        size_t r = rule_index(rs, e.rule);
        while (t.cursor[r] != NO_INDEX && t.cursor[r] <= i)
            t.cursor[r] = t.next_named[t.cursor[r]];
        if (e.dealref && e.lastref) {
            /* "That bid lapsed": the offer told last before it */
            size_t k = kept;
            while (k > 0 && !(out->v[k - 1].rule->deal && !out->v[k - 1].rule->ends_deal &&
                              !out->v[k - 1].rule->target_from_deal &&
                              out->v[k - 1].target != ACTOR_NONE))
                k--;
            if (k == 0)
                continue;
            e.source = out->v[k - 1].source;
            e.target = out->v[k - 1].target;
            e.dealref = 0;
            e.referred = 1;
            out->v[kept++] = e;
            continue;
        }
        if (e.dealref && !e.lastref && local[2 * i] != ACTOR_NONE &&
            (local[2 * i] != buyer || local[2 * i + 1] != bought)) {
            e.source = local[2 * i];
            e.target = local[2 * i + 1];
            e.dealref = 0;
            e.referred = 1;
            size_t into = telling_of(out, out->n, e.rule, e.source, e.target, i);
            if (into != NO_INDEX && into < i)
                into = telling_of(out, kept, e.rule, e.source, e.target, NO_INDEX);
            if (into != NO_INDEX) {
                absorb_reference(&out->v[into], &e);
                continue;
            }
        }
        if (e.dealref) {
            if (!have)
                continue;
            e.source = buyer;
            e.target = bought;
            e.dealref = 0;
            e.referred = 1;
            size_t into = t.cursor[r] != NO_INDEX ? t.cursor[r] : t.first_kept[r];
            if (into != NO_INDEX) {
                absorb_reference(&out->v[into], &e);
                continue;
            }
        }
        if (t.first_kept[r] == NO_INDEX && tells_deal(&e, buyer, bought))
            t.first_kept[r] = kept;
        out->v[kept++] = e;
    }
    out->n = kept;
    free(local);
    free(t.next_named);
    free(t.cursor);
    free(t.first_kept);
}

/* A deal agreed and later ended was an acquisition that might have been. */
static void void_ended_deals(doc_event_list *out)
{
    ev_index ended = {0}; /* pairs, both ways, whose deal was ended */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (o->rule->ends_deal && o->mod == MOD_ASSERTED) {
            ix_at(&ended, o->source, o->target, 0, 0, 1);
            ix_at(&ended, o->target, o->source, 0, 0, 1);
        }
    }
    for (size_t i = 0; i < out->n; i++) {
        doc_event *e = &out->v[i];
        if (e->rule->void_if_ended && e->mod == MOD_ASSERTED &&
            ix_get(&ended, e->source, e->target, 0, 0, 0))
            e->mod = MOD_HYPOTHETICAL;
    }
    ix_free(&ended);
}

/* "Nippon Steel agreed to buy U.S. Steel. … opposes the acquisition of U.S. Steel by
 * Nippon Steel": a deal's noun, where the document tells the purchase as fact, is the
 * purchase again, not talks. */
static void drop_nouns_of_purchases(doc_event_list *out)
{
    ev_index bought = {0}; /* (buyer, company) of asserted purchases */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (o->rule->void_if_ended && o->mod == MOD_ASSERTED)
            ix_at(&bought, o->source, o->target, 0, 0, 1);
    }
    size_t kept = 0;
    for (size_t i = 0; i < out->n; i++) {
        const doc_event *e = &out->v[i];
        if (e->dealnoun && !e->rule->void_if_ended &&
            ix_get(&bought, e->source, e->target, 0, 0, 0))
            continue;
        out->v[kept++] = *e;
    }
    out->n = kept;
    ix_free(&bought);
}

/* The deal "the deal" refers to: the first told directed deal, an asserted (or denied)
 * one before a merely hypothetical one ("could make a new bid"); with no directed deal,
 * "Adobe and Figma ended their merger agreement" still tells the deal (the party named
 * first), as a last resort. */
static size_t referred_buyer(const doc_event_list *out)
{
    size_t buyer = ACTOR_NONE;
    for (int pass = 0; pass < 3 && buyer == ACTOR_NONE; pass++)
        for (size_t i = 0; i < out->n && buyer == ACTOR_NONE; i++)
            if (out->v[i].rule->deal && out->v[i].target != ACTOR_NONE &&
                (!out->v[i].symmetric || pass == 2) && out->v[i].mod != MOD_NEGATED &&
                (pass || out->v[i].mod != MOD_HYPOTHETICAL))
                buyer = out->v[i].source;
    return buyer;
}

/* Objections and reviews aimed at "the deal" name its buyer (a denied deal is none); an event still
 * without a target is dropped, as is one whose sentence tells the same with a target. */
static void fill_targets_from_deal(const document *doc, doc_event_list *out)
{
    size_t buyer = referred_buyer(out), deal_buyer = ACTOR_NONE, deal_bought = ACTOR_NONE;
    document_deal(out, &deal_buyer, &deal_bought);
    size_t *local = paragraph_deals(doc, out, deal_buyer, deal_bought);
    ev_index targeted = {0}; /* (rule, source, sentence) -> events with a target */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (o->target != ACTOR_NONE)
            (*ix_at(&targeted, RULE_KEY(o->rule), o->source, o->sent_start, 0, 0))++;
    }
    char *drop = xcalloc(out->n + 1, 1);
    for (size_t i = 0; i < out->n; i++) {
        doc_event *e = &out->v[i];
        if (e->target != ACTOR_NONE || !e->rule->has_target)
            continue;
        int sibling = ix_get(&targeted, RULE_KEY(e->rule), e->source, e->sent_start, 0, 0) > 0;
        /* "The acquisition was cleared by the CMA" in a roundup: the deal of its item */
        size_t by = local[2 * i] != ACTOR_NONE ? local[2 * i] : buyer;
        if (sibling || e->at_body || !e->rule->target_from_deal || by == ACTOR_NONE ||
            by == e->source) {
            drop[i] = 1;
            continue;
        }
        e->target = by;
        (*ix_at(&targeted, RULE_KEY(e->rule), e->source, e->sent_start, 0, 0))++;
    }
    free(local);
    ix_free(&targeted);
    drop_marked(out, drop);
}

/* Filling roles can make two events one: the first stays. */
static void drop_same_events(doc_event_list *out)
{
    ev_index seen = {0};
    char *drop = xcalloc(out->n + 1, 1);
    for (size_t i = 0; i < out->n; i++) {
        const doc_event *e = &out->v[i];
        drop[i] = *ix_at(&seen, RULE_KEY(e->rule), e->source, e->target, e->sent_start, i) != i;
    }
    ix_free(&seen);
    drop_marked(out, drop);
}

/* In this order: each step reads the roles the steps before it filled. */
static void events_fill_deal_targets(const ruleset *rs, const document *doc, const actor_table *actors,
                              const kinship *kin, doc_event_list *out)
{
    target_listing_authors(actors, kin, out);
    fill_counterparts(actors, out);
    orient_endings(out);
    orient_symmetric(out);
    resolve_deal_refs(rs, doc, out);
    void_ended_deals(out);
    drop_nouns_of_purchases(out);
    fill_targets_from_deal(doc, out);
    drop_same_events(out);
}

/* ---- redundant tellings ---- */

/* May event o make another between the same actors in its sentence redundant? Not a
 * counterfactual about the document's deal ("a tie-up that would have created ..."): the
 * talks told beside it stay. */
static int suppresses(const doc_event *o)
{
    return !(o->referred && o->mod == MOD_HYPOTHETICAL);
}

/* "abandoned talks to buy X" also reads as talks: a rule's suppressed_by types, found in
 * the same sentence between the same actors, take precedence over it. "The Commission
 * would decide by May 10 whether to clear the deal" next to "the Commission opened an
 * investigation": for an asserted_wins type, one that happens is not also told as one
 * that might. */
static void events_drop_suppressed(doc_event_list *out)
{
    ev_index told = {0};     /* (rule, source, target, sentence) -> events */
    ev_index told_neg = {0}; /* the same, denied */
    ev_index told_real = {0}; /* the same, not hypothetical */
    ev_index asserted = {0}; /* (rule, source, target) -> asserted events */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (suppresses(o))
            (*ix_at(&told, RULE_KEY(o->rule), o->source, o->target, o->sent_start, 0))++;
        if (suppresses(o) && o->mod == MOD_NEGATED)
            (*ix_at(&told_neg, RULE_KEY(o->rule), o->source, o->target, o->sent_start, 0))++;
        if (suppresses(o) && o->mod != MOD_HYPOTHETICAL)
            (*ix_at(&told_real, RULE_KEY(o->rule), o->source, o->target, o->sent_start, 0))++;
        if (o->mod == MOD_ASSERTED)
            (*ix_at(&asserted, RULE_KEY(o->rule), o->source, o->target, 0, 0))++;
    }
    char *drop = xcalloc(out->n + 1, 1);
    for (size_t i = 0; i < out->n; i++) {
        const doc_event *e = &out->v[i];
        const event_rule *r = e->rule;
        /* "ending negotiations that began in May": a wording of its own about the deal.
         * "walked away ..., and said it was not in talks": a denial is only made redundant
         * by a denial. */
        const ev_index *by_ix = e->mod == MOD_NEGATED ? &told_neg : &told;
        for (size_t k = 0; k < r->nsuppressed_by && !drop[i] && !e->referred; k++) {
            const event_rule *by = r->suppressed_by[k];
            /* "threatened to sanction X if ...": a threat told as done is not made
             * redundant by the listing it threatens, which has not happened */
            const ev_index *ix = by->listing && e->mod == MOD_ASSERTED ? &told_real : by_ix;
            size_t n = ix_get(ix, RULE_KEY(by), e->source, e->target, e->sent_start, 0);
            drop[i] = n > (by == r && suppresses(e)); /* another than e itself */
        }
        if (e->mod == MOD_HYPOTHETICAL && r->asserted_wins &&
            ix_get(&asserted, RULE_KEY(r), e->source, e->target, 0, 0))
            drop[i] = 1;
    }
    ix_free(&told);
    ix_free(&told_neg);
    ix_free(&told_real);
    ix_free(&asserted);
    drop_marked(out, drop);
}

/* The tellings kept so far, by rule, modality and roles; a list holds at most one undated
 * telling or one per year (any other would have joined it), so each is short. */
typedef struct {
    ev_index list_of; /* (rule, modality and dealref, source, target) -> list */
    struct kept_list {
        size_t *v;
        size_t n, cap;
    } *lists;
    size_t nlists, caplists;
} kept_tellings;

static void kept_add(kept_tellings *kt, const doc_event *e, size_t pos)
{
    size_t *li = ix_at(&kt->list_of, RULE_KEY(e->rule), (size_t)e->mod * 2 + (size_t)e->dealref,
                       e->source, e->target, NO_INDEX);
    if (*li == NO_INDEX) {
        *li = kt->nlists;
        *VEC_PUSH(kt->lists, kt->nlists, kt->caplists) = (struct kept_list){0};
    }
    struct kept_list *l = &kt->lists[*li];
    *VEC_PUSH(l->v, l->n, l->cap) = pos;
}

/* How first_retold looks: only at tellings in another sentence than e; at tellings of
 * any date (a deal's agreement and its review fall in different years); only at pending
 * deals (doc_event.pending). */
enum { RT_OTHER_SENTENCE = 1, RT_ANY_YEAR = 2, RT_PENDING = 4 };

/* The first kept telling (lowest position) of source s and target t, of e's type,
 * modality and deal reference, that e retells. */
static size_t first_retold(const kept_tellings *kt, const doc_event_list *l, const doc_event *e,
                           size_t s, size_t t, int how)
{
    size_t li = ix_get(&kt->list_of, RULE_KEY(e->rule), (size_t)e->mod * 2 + (size_t)e->dealref,
                       s, t, NO_INDEX);
    size_t best = NO_INDEX;
    if (li == NO_INDEX)
        return best;
    for (size_t j = 0; j < kt->lists[li].n; j++) {
        size_t p = kt->lists[li].v[j];
        const doc_event *o = &l->v[p];
        if (((how & RT_OTHER_SENTENCE) && o->sent_start == e->sent_start) ||
            ((how & RT_PENDING) && !o->pending))
            continue;
        if (!(how & RT_ANY_YEAR) && o->date.value[0] && e->date.value[0] &&
            strncmp(o->date.value, e->date.value, 4) != 0)
            continue;
        if (p < best)
            best = p;
    }
    return best;
}

/* Sources that are one body or a body and its parent; targets equal or, for a type whose
 * target may come from the deal, both parties of the document's deal (told in another
 * sentence). */
static size_t retold_as(const kept_tellings *kt, const kinship *kin, const doc_event_list *l,
                        const doc_event *e, int deal, size_t buyer, size_t bought)
{
    int party = deal && e->rule->target_from_deal && (e->target == buyer || e->target == bought);
    size_t other = e->target == buyer ? bought : buyer;
    size_t best = NO_INDEX;
    /* "X agreed to buy Y ... the regulator approved X's acquisition of Y": a deal told
     * as done and as pending, in either order, is the one deal, done */
    doc_event other_mod = *e;
    int how = 0;
    if (e->pending && e->mod == MOD_HYPOTHETICAL)
        other_mod.mod = MOD_ASSERTED, how = RT_ANY_YEAR;
    else if (e->rule->void_if_ended && e->mod == MOD_ASSERTED)
        other_mod.mod = MOD_HYPOTHETICAL, how = RT_ANY_YEAR | RT_PENDING;
    for (size_t j = 0; j <= kin_count(kin, e->source); j++) {
        size_t s = j == 0 ? e->source : kin_at(kin, e->source, j - 1);
        size_t p = first_retold(kt, l, e, s, e->target, 0);
        if (p < best)
            best = p;
        if (how && (p = first_retold(kt, l, &other_mod, s, e->target, how)) < best)
            best = p;
        if (party && other != e->target &&
            (p = first_retold(kt, l, e, s, other, RT_OTHER_SENTENCE)) < best)
            best = p;
    }
    return best;
}

/* One happening, told twice: the same type and modality, sources that are one body or a
 * body and its parent, targets that are equal or (told in two sentences, for a type whose
 * target may come from the deal) both parties of the document's deal, and
 * no dates of different years. The first told (the lead) names the roles; it takes the
 * other's date when it has none. The other telling stays, with the same roles and date,
 * so that the graph merges the two into one event with both sentences as evidence. */
static void events_merge_retold(const kinship *kin, doc_event_list *out)
{
    size_t buyer = ACTOR_NONE, bought = ACTOR_NONE;
    int deal = document_deal(out, &buyer, &bought);
    kept_tellings kt = {0};
    doc_event_list more = {0}; /* the other tellings, given the kept one's roles */
    size_t kept = 0;
    for (size_t j = 0; j < out->n; j++) {
        doc_event e = out->v[j];
        size_t p = retold_as(&kt, kin, out, &e, deal, buyer, bought);
        if (p == NO_INDEX) {
            out->v[kept] = e;
            kept_add(&kt, &e, kept++);
            continue;
        }
        doc_event *first = &out->v[p];
        if (first->mod == MOD_HYPOTHETICAL && e.mod == MOD_ASSERTED) {
            first->mod = MOD_ASSERTED; /* the pending deal told first is the one done */
            first->pending = 0;
            kept_add(&kt, first, p);
        }
        /* "... has walked away. Blackmoor informed the board on Monday that it had walked
         * away": a date read in the retelling says more than the publication date */
        if (e.date.value[0] && (!first->date.value[0] || (weak_date(&first->date) &&
                                                          !weak_date(&e.date))))
            first->date = e.date;
        if (e.sent_start != first->sent_start) {
            doc_event retold = *first;
            retold.sent_start = e.sent_start;
            retold.sent_end = e.sent_end;
            *VEC_PUSH(more.v, more.n, more.cap) = retold;
        }
    }
    out->n = kept;
    for (size_t i = 0; i < more.n; i++)
        *VEC_PUSH(out->v, out->n, out->cap) = more.v[i];
    free(more.v);
    for (size_t i = 0; i < kt.nlists; i++)
        free(kt.lists[i].v);
    free(kt.lists);
    ix_free(&kt.list_of);
}

/* At -vv, each sentence as the rules see it, actors as [name]: what a rule author needs
 * to write a pattern. */
void events_trace_masked(const document *doc, const actor_table *actors, const masked *m)
{
    strbuf b = {0};
    for (const char *p = m->s.s; *p;) {
        if (*p == '\x01') {
            size_t v = strtoul(p + 1, NULL, 10);
            sb_addf(&b, "[%s]", v < actors->nmentions
                                    ? actors->actors[actors->mentions[v].actor].name
                                    : "?");
            while (*p && *p != '\x02')
                p++;
            if (*p)
                p++;
            continue;
        }
        sb_addc(&b, *p++);
    }
    diag_trace("%s: %s", doc->source, b.s ? b.s : "");
    sb_free(&b);
}

static void pass_agentless_sources(const doc_pass_ctx *c, doc_event_list *out)
{
    events_fill_agentless_sources(c->rs, c->actors, out);
}

static void pass_also_dates(const doc_pass_ctx *c, doc_event_list *out)
{
    events_inherit_also_dates(c->rs, c->doc, out);
}

static void pass_lead_statement_dates(const doc_pass_ctx *c, doc_event_list *out)
{
    events_date_lead_from_statement(c->rs, c->doc, c->sents, c->timexes, c->actors, c->kin, out);
}

static void pass_lead_announcement_dates(const doc_pass_ctx *c, doc_event_list *out)
{
    events_date_lead_from_announcement(c->rs, c->doc, c->sents, c->timexes, out);
}

static void pass_deal_targets(const doc_pass_ctx *c, doc_event_list *out)
{
    events_fill_deal_targets(c->rs, c->doc, c->actors, c->kin, out);
}

static void pass_drop_suppressed(const doc_pass_ctx *c, doc_event_list *out)
{
    (void)c;
    events_drop_suppressed(out);
}

/* An event needs its doer: a passive whose agent no pass found ("X was delisted") says
 * what happened to X, not who did it, and the graph cannot draw it; a deal told through
 * its noun ("X launched the offer") whose other party no pass found is no event either.
 * Both were more often wrong than right on the held-out sets. */
static void pass_drop_partial(const doc_pass_ctx *c, doc_event_list *out)
{
    (void)c;
    size_t kept = 0;
    for (size_t k = 0; k < out->n; k++)
        if (out->v[k].source != ACTOR_NONE &&
            (!out->v[k].partial || out->v[k].target != ACTOR_NONE))
            out->v[kept++] = out->v[k];
    out->n = kept;
}

/* An event needs two parties: "the Commerce Department objected to the government's
 * plan" read from a clause about one government is not that government against itself. */
static void pass_drop_between_kin(const doc_pass_ctx *c, doc_event_list *out)
{
    size_t kept = 0;
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *e = &out->v[k];
        int kin = 0;
        for (size_t i = 0; i < kin_count(c->kin, e->source) && !kin; i++)
            kin = kin_at(c->kin, e->source, i) == e->target;
        if (!kin)
            out->v[kept++] = *e;
    }
    out->n = kept;
}

static void pass_merge_retold(const doc_pass_ctx *c, doc_event_list *out)
{
    events_merge_retold(c->kin, out);
}

const doc_pass events_doc_passes[] = {
    {"dates of 'also'", pass_also_dates},
    {"agentless sources", pass_agentless_sources},
    {"lead dates from the statement", pass_lead_statement_dates},
    {"lead dates from the announcement", pass_lead_announcement_dates},
    {"deal parties and act authors", pass_deal_targets},
    {"events between kin dropped", pass_drop_between_kin},
    {"redundant tellings", pass_drop_suppressed},
    {"retold events joined", pass_merge_retold},
    {"events without a party dropped", pass_drop_partial},
    {NULL, NULL},
};
