/* syntax_lemma — applying the lemma exceptions and suffix rules. */
#include "syntax_lemma.h"

#include <string.h>

#include "syntax_percep.h"

static const lemma_slot *slot_find(const lemma_slot *t, uint64_t mask, uint64_t key)
{
    for (uint64_t i = key & mask;; i = (i + 1) & mask) {
        if (t[i].key == key)
            return &t[i];
        if (!t[i].key)
            return NULL;
    }
}

uint64_t lemma_rule_key(int tag, size_t len, const char *suffix)
{
    return pc_f3(2, (uint64_t)tag, len, pc_hash_bytes(suffix, len));
}

uint64_t lemma_exc_key(int tag, const char *base, size_t n)
{
    return pc_f2(1, (uint64_t)tag, pc_hash_bytes(base, n));
}

void lemma_apply(const syn_lemmatiser *l, const char *form, size_t n, int tag, int keep_case,
                 strbuf *out)
{
    char small[128];
    char *base = n < sizeof small ? small : xmalloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        char c = form[i];
        base[i] = !keep_case && c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    const lemma_slot *e = l->exc ? slot_find(l->exc, l->emask, lemma_exc_key(tag, base, n)) : NULL;
    if (e) {
        sb_adds(out, l->pool + e->a);
    } else {
        const lemma_slot *r = NULL;
        for (size_t len = n < LEMMA_MAX_SUFFIX ? n : LEMMA_MAX_SUFFIX; l->rules && !r; len--) {
            r = slot_find(l->rules, l->rmask, lemma_rule_key(tag, len, base + n - len));
            if (len == 0)
                break;
        }
        if (r && r->a <= n && (n - r->a) + strlen(l->pool + r->b) > 0) {
            sb_add(out, base, n - r->a);
            sb_adds(out, l->pool + r->b);
        } else {
            sb_add(out, base, n);
        }
    }
    if (base != small)
        free(base);
}

typedef struct {
    uint64_t npool, nrules, nexc;
} lemma_header;

int lemma_map(syn_lemmatiser *l, const char *data, size_t len, size_t *pos)
{
    lemma_header h;
    size_t at = *pos;
    memset(l, 0, sizeof *l);
    if (at > len || len - at < sizeof h)
        return -1;
    memcpy(&h, data + at, sizeof h);
    at += sizeof h;
    size_t avail = len - at;
    if (h.npool == 0 || h.npool > avail || data[at + h.npool - 1] != 0)
        return -1;
    l->pool = data + at;
    l->npool = h.npool;
    at = (at + h.npool + 7) & ~(size_t)7;
    if (at > len || (h.nrules & (h.nrules - 1)) || (h.nexc & (h.nexc - 1)) || !h.nrules ||
        !h.nexc || h.nrules + h.nexc > (len - at) / sizeof(lemma_slot))
        return -1;
    l->rules = (const lemma_slot *)(const void *)(data + at);
    l->exc = l->rules + h.nrules;
    l->rmask = h.nrules - 1;
    l->emask = h.nexc - 1;
    for (size_t i = 0; i < h.nrules; i++)
        if (l->rules[i].key && l->rules[i].b >= h.npool)
            return -1;
    for (size_t i = 0; i < h.nexc; i++)
        if (l->exc[i].key && l->exc[i].a >= h.npool)
            return -1;
    *pos = at + (h.nrules + h.nexc) * sizeof(lemma_slot);
    return 0;
}
