/* syntax_lemma_train — learning the suffix rules and the exception list from a
 * treebank: every (tag, suffix) votes for the edit that turns the word into its lemma;
 * the words the winning rules still get wrong become exceptions. */
#include "syntax_lemma.h"
#include "syntax_percep.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    char **v;
    size_t n, cap;
} str_list;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list_free(str_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
}

static char *base_of(const lemma_sample *s)
{
    char *b = xstrdup(s->form);
    for (char *p = b; *p && !s->keep_case; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    return b;
}

/* Records "tag \1 len \1 suffix \2 strip \1 add" for every suffix that covers the edit. */
static void rule_votes(const lemma_sample *s, size_t n, str_list *out)
{
    for (size_t i = 0; i < n; i++) {
        char *base = base_of(&s[i]);
        size_t bl = strlen(base), cp = 0;
        while (base[cp] && base[cp] == s[i].lemma[cp])
            cp++;
        size_t strip = bl - cp;
        for (size_t len = strip; len <= bl && len <= LEMMA_MAX_SUFFIX; len++) {
            strbuf r = {0};
            sb_addf(&r, "%d\1%zu\1%s\2%zu\1%s", s[i].tag, len, base + bl - len, strip,
                    s[i].lemma + cp);
            *VEC_PUSH(out->v, out->n, out->cap) = sb_detach(&r);
        }
        free(base);
    }
    qsort(out->v, out->n, sizeof *out->v, cmp_str);
}

typedef struct {
    lemma_slot *v;
    size_t cap;
} slot_table;

static void table_put(slot_table *t, uint64_t key, uint32_t a, uint32_t b)
{
    size_t i = key & (t->cap - 1);
    while (t->v[i].key && t->v[i].key != key)
        i = (i + 1) & (t->cap - 1);
    t->v[i] = (lemma_slot){key, a, b};
}

static uint32_t pool_add(strbuf *pool, const char *s)
{
    uint32_t off = (uint32_t)pool->len;
    sb_add(pool, s, strlen(s) + 1);
    return off;
}

/* The winning edit of each (tag, suffix) seen at least twice (any count for the bare
 * tag). Votes are sorted, so equal keys and equal edits are runs. */
static size_t rules_choose(const str_list *votes, slot_table *t, strbuf *pool)
{
    size_t i = 0, kept = 0;
    while (i < votes->n) {
        size_t klen = (size_t)(strchr(votes->v[i], '\2') - votes->v[i]), j = i, total = 0;
        size_t best = i, bestc = 0;
        while (j < votes->n && !strncmp(votes->v[j], votes->v[i], klen + 1)) {
            size_t k = j;
            while (k < votes->n && !strcmp(votes->v[k], votes->v[j]))
                k++;
            if (k - j > bestc) {
                bestc = k - j;
                best = j;
            }
            total += k - j;
            j = k;
        }
        int tag;
        size_t len, strip;
        char *key = votes->v[best], *edit = strchr(key, '\2') + 1;
        sscanf(key, "%d\1%zu", &tag, &len);
        sscanf(edit, "%zu", &strip);
        if ((total >= 2 || len == 0) && t)
            table_put(t, lemma_rule_key(tag, len, strchr(strchr(key, '\1') + 1, '\1') + 1),
                      (uint32_t)strip, pool_add(pool, strchr(edit, '\1') + 1));
        kept += total >= 2 || len == 0;
        i = j;
    }
    return kept;
}

/* Records "tag \1 base \2 lemma", sorted. */
static void word_lemmas(const lemma_sample *s, size_t n, str_list *out)
{
    for (size_t i = 0; i < n; i++) {
        char *base = base_of(&s[i]);
        strbuf r = {0};
        sb_addf(&r, "%d\1%s\2%s", s[i].tag, base, s[i].lemma);
        *VEC_PUSH(out->v, out->n, out->cap) = sb_detach(&r);
        free(base);
    }
    qsort(out->v, out->n, sizeof *out->v, cmp_str);
}

/* Words whose most frequent lemma the rules miss: key and lemma, in pairs. */
static void exceptions_find(const str_list *words, const syn_lemmatiser *rules,
                            str_list *exc)
{
    size_t i = 0;
    while (i < words->n) {
        size_t klen = (size_t)(strchr(words->v[i], '\2') - words->v[i]), j = i;
        size_t best = i, bestc = 0;
        while (j < words->n && !strncmp(words->v[j], words->v[i], klen + 1)) {
            size_t k = j;
            while (k < words->n && !strcmp(words->v[k], words->v[j]))
                k++;
            if (k - j > bestc) {
                bestc = k - j;
                best = j;
            }
            j = k;
        }
        char *rec = words->v[best], *base = strchr(rec, '\1') + 1;
        const char *lemma = rec + klen + 1;
        int tag = atoi(rec);
        strbuf got = {0};
        lemma_apply(rules, base, klen - (size_t)(base - rec), tag, 1, &got);
        if (!got.s || strcmp(got.s, lemma) != 0) {
            *VEC_PUSH(exc->v, exc->n, exc->cap) = xstrndup(rec, klen);
            *VEC_PUSH(exc->v, exc->n, exc->cap) = xstrdup(lemma);
        }
        sb_free(&got);
        i = j;
    }
}

static size_t table_size(size_t n)
{
    size_t cap = 16;
    while (cap < n * 2)
        cap *= 2;
    return cap;
}

void lemma_train(const lemma_sample *s, size_t n, strbuf *out)
{
    str_list votes = {0}, words = {0}, exc = {0};
    strbuf pool = {0};
    sb_add(&pool, "", 1);
    rule_votes(s, n, &votes);
    slot_table rules = {NULL, table_size(rules_choose(&votes, NULL, NULL) + 8)};
    rules.v = xcalloc(rules.cap, sizeof *rules.v);
    rules_choose(&votes, &rules, &pool);
    syn_lemmatiser tmp = {pool.s, pool.len, rules.v, NULL, rules.cap - 1, 0};
    word_lemmas(s, n, &words);
    exceptions_find(&words, &tmp, &exc);
    slot_table et = {NULL, table_size(exc.n / 2 + 8)};
    et.v = xcalloc(et.cap, sizeof *et.v);
    for (size_t i = 0; i + 1 < exc.n; i += 2) {
        char *base = strchr(exc.v[i], '\1') + 1;
        table_put(&et, lemma_exc_key(atoi(exc.v[i]), base, strlen(base)),
                  pool_add(&pool, exc.v[i + 1]), 0);
    }
    uint64_t h[3] = {pool.len, rules.cap, et.cap};
    sb_add(out, (const char *)h, sizeof h);
    sb_add(out, pool.s, pool.len);
    while (out->len % 8)
        sb_addc(out, 0);
    sb_add(out, (const char *)rules.v, rules.cap * sizeof *rules.v);
    sb_add(out, (const char *)et.v, et.cap * sizeof *et.v);
    if (pc_verbose)
        fprintf(stderr, "lemma: %zu rules slots, %zu exceptions\n", rules.cap, exc.n / 2);
    free(rules.v);
    free(et.v);
    sb_free(&pool);
    list_free(&votes);
    list_free(&words);
    list_free(&exc);
}
