/* prefilter — the literals of every pattern's condition in one Aho-Corasick automaton,
 * made a full DFA over byte classes (only bytes that occur in some literal get a class
 * of their own; every other byte takes the automaton back to its root), so a scan is one
 * table lookup per byte. Each state lists every literal that ends there, its suffixes'
 * included, and the scan sets their bits. */
#include "prefilter.h"

#include <string.h>

#include "rx_literals.h"
#include "util.h"

typedef struct {
    size_t first, n;
} span;

struct prefilter {
    rxl_memo *memo;   /* while patterns are added */
    strmap ids;       /* literal -> id */
    char **lits;
    size_t nlits, caplits;
    span *conds;      /* a condition: its clauses, all must hold */
    size_t nconds, capconds;
    span *clauses;    /* a clause: its members, one must be held */
    size_t nclauses, capclauses;
    uint32_t *members; /* literal ids */
    size_t nmembers, capmembers;
    int built;
    unsigned char cls[256]; /* byte -> class, 0 for a byte in no literal */
    size_t ncls;
    uint32_t *next;   /* [state * ncls + class] */
    span *out;        /* per state: its literals in outs */
    uint32_t *outs;
    size_t nstates;
};

prefilter *prefilter_new(void)
{
    return xcalloc(1, sizeof(prefilter));
}

static uint32_t literal_id(prefilter *pf, const char *s)
{
    size_t id;
    if (strmap_get(&pf->ids, s, &id))
        return (uint32_t)id;
    strmap_put(&pf->ids, s, pf->nlits);
    *VEC_PUSH(pf->lits, pf->nlits, pf->caplits) = xstrdup(s);
    return (uint32_t)(pf->nlits - 1);
}

int prefilter_add(prefilter *pf, const char *pattern)
{
    if (!pf || pf->built)
        return PF_ALWAYS;
    rxl_need need;
    if (!pf->memo)
        pf->memo = rxl_memo_new();
    rx_literals(pattern, pf->memo, &need);
    if (!need.n) {
        rx_literals_free(&need);
        return PF_ALWAYS;
    }
    span *c = VEC_PUSH(pf->conds, pf->nconds, pf->capconds);
    c->first = pf->nclauses;
    c->n = need.n;
    for (size_t k = 0; k < need.n; k++) {
        span *cl = VEC_PUSH(pf->clauses, pf->nclauses, pf->capclauses);
        cl->first = pf->nmembers;
        cl->n = need.v[k].n;
        for (size_t m = 0; m < need.v[k].n; m++)
            *VEC_PUSH(pf->members, pf->nmembers, pf->capmembers) =
                literal_id(pf, need.v[k].v[m]);
    }
    rx_literals_free(&need);
    return (int)(pf->nconds - 1);
}

/* Classes for the bytes of the literals; an upper-case letter shares its lower case's. */
static void assign_classes(prefilter *pf)
{
    memset(pf->cls, 0, sizeof pf->cls);
    pf->ncls = 1;
    for (size_t i = 0; i < pf->nlits; i++)
        for (const unsigned char *p = (const unsigned char *)pf->lits[i]; *p; p++)
            if (!pf->cls[*p])
                pf->cls[*p] = (unsigned char)pf->ncls++;
    for (int c = 'A'; c <= 'Z'; c++)
        pf->cls[c] = pf->cls[c - 'A' + 'a'];
}

/* A new state of the trie: its row of edges, all missing (0), and no literal ending
 * there. Rows grow with the states, so the table touches no memory it does not use. */
static uint32_t new_state(prefilter *pf, int64_t **own, size_t *n, size_t *cap)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 1024;
        pf->next = xrealloc(pf->next, *cap * pf->ncls * sizeof *pf->next);
        *own = xrealloc(*own, *cap * sizeof **own);
    }
    memset(pf->next + *n * pf->ncls, 0, pf->ncls * sizeof *pf->next);
    (*own)[*n] = -1;
    return (uint32_t)(*n)++;
}

/* The trie of the literals in pf->next (missing edges 0), the literal ending at each
 * state in own (or -1); returns the number of states. */
static size_t build_trie(prefilter *pf, int64_t **own)
{
    size_t n = 0, cap = 0;
    pf->next = NULL;
    *own = NULL;
    new_state(pf, own, &n, &cap); /* the root */
    for (size_t i = 0; i < pf->nlits; i++) {
        size_t s = 0;
        for (const unsigned char *p = (const unsigned char *)pf->lits[i]; *p; p++) {
            size_t e = s * pf->ncls + pf->cls[*p];
            if (!pf->next[e]) {
                uint32_t t = new_state(pf, own, &n, &cap); /* may move pf->next */
                pf->next[e] = t;
            }
            s = pf->next[e];
        }
        (*own)[s] = (int64_t)i;
    }
    pf->next = xrealloc(pf->next, n * pf->ncls * sizeof *pf->next);
    return n;
}

/* Failure links in breadth-first order turn the trie into the full automaton, and each
 * state's literals become its own and its failure state's. */
static void build_links(prefilter *pf, const int64_t *own)
{
    size_t n = pf->nstates, k = pf->ncls;
    uint32_t *fail = xcalloc(n, sizeof *fail), *queue = xmalloc(n * sizeof *queue);
    size_t head = 0, tail = 0;
    pf->out = xcalloc(n, sizeof *pf->out);
    size_t capouts = 0, nouts = 0;
    queue[tail++] = 0;
    while (head < tail) {
        uint32_t s = queue[head++];
        pf->out[s].first = nouts;
        if (own[s] >= 0)
            *VEC_PUSH(pf->outs, nouts, capouts) = (uint32_t)own[s];
        if (s) /* the failure state comes earlier in the queue: its list is complete */
            for (size_t j = 0; j < pf->out[fail[s]].n; j++) {
                uint32_t id = pf->outs[pf->out[fail[s]].first + j];
                *VEC_PUSH(pf->outs, nouts, capouts) = id;
            }
        pf->out[s].n = nouts - pf->out[s].first;
        for (size_t c = 1; c < k; c++) {
            uint32_t *e = &pf->next[s * k + c];
            if (*e) { /* a trie edge: rows are filled only as their state leaves the queue */
                if (s)
                    fail[*e] = pf->next[fail[s] * k + c];
                queue[tail++] = *e;
            } else if (s) {
                *e = pf->next[fail[s] * k + c];
            }
        }
    }
    free(fail);
    free(queue);
}

void prefilter_build(prefilter *pf)
{
    if (!pf || pf->built)
        return;
    rxl_memo_free(pf->memo);
    pf->memo = NULL;
    assign_classes(pf);
    int64_t *own;
    pf->nstates = build_trie(pf, &own);
    build_links(pf, own);
    free(own);
    pf->built = 1;
}

void prefilter_free(prefilter *pf)
{
    if (!pf)
        return;
    rxl_memo_free(pf->memo);
    strmap_free(&pf->ids);
    for (size_t i = 0; i < pf->nlits; i++)
        free(pf->lits[i]);
    free(pf->lits);
    free(pf->conds);
    free(pf->clauses);
    free(pf->members);
    free(pf->next);
    free(pf->out);
    free(pf->outs);
    free(pf);
}

void prefilter_scan(const prefilter *pf, const char *subject, size_t len, pf_hits *h)
{
    if (!pf || !pf->built || !pf->nlits)
        return; /* no condition to test: every pattern runs */
    size_t words = (pf->nlits + 63) / 64;
    if (h->nwords < words) {
        free(h->bits);
        h->bits = xmalloc(words * sizeof *h->bits);
        h->nwords = words;
    }
    memset(h->bits, 0, h->nwords * sizeof *h->bits);
    h->scanned = 1;
    const unsigned char *s = (const unsigned char *)subject;
    uint32_t st = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char b = s[i];
        /* PCRE2 folds KELVIN SIGN to 'k' and LONG S to 's' in a caseless UTF pattern */
        if (b == 0xE2 && i + 2 < len && s[i + 1] == 0x84 && s[i + 2] == 0xAA)
            b = 'k', i += 2;
        else if (b == 0xC5 && i + 1 < len && s[i + 1] == 0xBF)
            b = 's', i += 1;
        st = pf->next[st * pf->ncls + pf->cls[b]];
        const span *o = &pf->out[st];
        for (size_t j = 0; j < o->n; j++) {
            uint32_t id = pf->outs[o->first + j];
            h->bits[id >> 6] |= (uint64_t)1 << (id & 63);
        }
    }
}

int prefilter_may_match(const prefilter *pf, int cond, const pf_hits *h)
{
    if (!pf || cond == PF_ALWAYS || !pf->built || !h->scanned)
        return 1;
    const span *c = &pf->conds[cond];
    for (size_t k = c->first; k < c->first + c->n; k++) {
        const span *cl = &pf->clauses[k];
        int held = 0;
        for (size_t m = cl->first; m < cl->first + cl->n && !held; m++) {
            uint32_t id = pf->members[m];
            held = (h->bits[id >> 6] >> (id & 63)) & 1;
        }
        if (!held)
            return 0;
    }
    return 1;
}

void pf_hits_free(pf_hits *h)
{
    free(h->bits);
    memset(h, 0, sizeof *h);
}
