/* syntax_tagger_train — training the tagger: the dictionary of unambiguous frequent
 * words and the ambiguity classes, then shuffled averaged-perceptron passes, then the
 * section written out. */
#include "syntax_tagger.h"

#include <string.h>

/* A word is put in the dictionary when seen this often with one tag this share of the
 * time: it is then tagged without scoring. */
#define DICT_MIN_COUNT 20
#define DICT_MIN_SHARE 0.97
/* A second tag joins a word's ambiguity class when it has this share of its uses. */
#define AMB_SECOND_SHARE 0.05

/* Tag counts per word (keyed by a form hash). */
typedef struct {
    uint64_t *keys;
    uint32_t *idx;
    size_t cap, n;
    uint32_t *counts; /* n rows of ntags */
    size_t countcap;
    int ntags;
} form_counts;

static void counts_init(form_counts *fc, int ntags)
{
    memset(fc, 0, sizeof *fc);
    fc->ntags = ntags;
    fc->cap = 1 << 18; /* EWT has about 20,000 forms */
    fc->keys = xcalloc(fc->cap, sizeof *fc->keys);
    fc->idx = xcalloc(fc->cap, sizeof *fc->idx);
    fc->countcap = 1024;
    fc->counts = xcalloc(fc->countcap * (size_t)ntags, sizeof *fc->counts);
}

static void counts_free(form_counts *fc)
{
    free(fc->keys);
    free(fc->idx);
    free(fc->counts);
}

static uint32_t *form_row(form_counts *fc, uint64_t key)
{
    size_t mask = fc->cap - 1, i = key & mask;
    for (; fc->keys[i]; i = (i + 1) & mask)
        if (fc->keys[i] == key)
            return fc->counts + (size_t)fc->idx[i] * (size_t)fc->ntags;
    if (fc->n == fc->countcap) {
        size_t nc = fc->countcap * 2;
        fc->counts = xrealloc(fc->counts, nc * (size_t)fc->ntags * sizeof *fc->counts);
        memset(fc->counts + fc->countcap * (size_t)fc->ntags, 0,
               (nc - fc->countcap) * (size_t)fc->ntags * sizeof *fc->counts);
        fc->countcap = nc;
    }
    fc->keys[i] = key;
    fc->idx[i] = (uint32_t)fc->n;
    return fc->counts + fc->n++ * (size_t)fc->ntags;
}

static int used(size_t i, int folds, int skip)
{
    return skip < 0 || (int)(i % (size_t)folds) != skip;
}

/* An open-addressed table hash -> value. */
typedef struct {
    uint64_t *keys;
    uint32_t *vals;
    size_t nslots;
} word_table;

static void table_init(word_table *t, size_t n)
{
    t->nslots = 1024;
    while (t->nslots < n * 2)
        t->nslots *= 2;
    t->keys = xcalloc(t->nslots, sizeof *t->keys);
    t->vals = xcalloc(t->nslots, sizeof *t->vals);
}

static void table_put(word_table *t, uint64_t key, uint32_t val)
{
    size_t j = key & (t->nslots - 1);
    while (t->keys[j])
        j = (j + 1) & (t->nslots - 1);
    t->keys[j] = key;
    t->vals[j] = val;
}

static uint32_t table_get(const word_table *t, uint64_t k, uint32_t none)
{
    for (size_t i = k & (t->nslots - 1);; i = (i + 1) & (t->nslots - 1)) {
        if (t->keys[i] == k)
            return t->vals[i];
        if (!t->keys[i])
            return none;
    }
}

static void table_write(const word_table *t, strbuf *out)
{
    pc_put(out, t->keys, t->nslots * sizeof *t->keys);
    pc_put(out, t->vals, t->nslots * sizeof *t->vals);
    pc_align(out);
}

/* Walks the counted words in slot order (deterministic). */
static void dict_from(const form_counts *fc, word_table *dict)
{
    table_init(dict, fc->n);
    for (size_t i = 0; i < fc->cap; i++) {
        if (!fc->keys[i])
            continue;
        const uint32_t *c = fc->counts + (size_t)fc->idx[i] * (size_t)fc->ntags;
        uint32_t total = 0, best = 0;
        for (int t = 0; t < fc->ntags; t++) {
            total += c[t];
            if (c[t] > c[best])
                best = (uint32_t)t;
        }
        if (total >= DICT_MIN_COUNT && c[best] >= DICT_MIN_SHARE * total)
            table_put(dict, fc->keys[i], best);
    }
}

static void amb_from(const form_counts *fc, word_table *amb)
{
    table_init(amb, fc->n);
    for (size_t i = 0; i < fc->cap; i++) {
        if (!fc->keys[i])
            continue;
        const uint32_t *c = fc->counts + (size_t)fc->idx[i] * (size_t)fc->ntags;
        uint32_t total = 0, best = 0, second = 0xff;
        for (int t = 0; t < fc->ntags; t++) {
            total += c[t];
            if (c[t] > c[best])
                best = (uint32_t)t;
        }
        for (int t = 0; t < fc->ntags; t++)
            if ((uint32_t)t != best && c[t] >= AMB_SECOND_SHARE * total &&
                (second == 0xff || c[t] > c[second]))
                second = (uint32_t)t;
        if (total >= AMB_MIN_COUNT)
            table_put(amb, fc->keys[i], best << 8 | second);
    }
}

static void build_tables(const tagger_sample *s, size_t n, int ntags, int folds, int skip,
                         word_table *dict, word_table *amb)
{
    form_counts byform, bylower;
    counts_init(&byform, ntags);
    counts_init(&bylower, ntags);
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; used(i, folds, skip) && k < s[i].n && byform.n * 2 < byform.cap &&
                           bylower.n * 2 < bylower.cap; k++) {
            form_row(&byform, s[i].w[k].form)[s[i].gold[k]]++;
            form_row(&bylower, s[i].w[k].lower)[s[i].gold[k]]++;
        }
    dict_from(&byform, dict);
    amb_from(&bylower, amb);
    counts_free(&byform);
    counts_free(&bylower);
}

typedef struct {
    pc_train p;
    word_table dict, amb;
    uint32_t *ambs; /* per word of the longest sentence */
} tagger_trainer;

static void train_sentence(tagger_trainer *tr, const tagger_sample *s, int *pred)
{
    uint64_t f[TAG_MAX_FEATS];
    long rows[TAG_MAX_FEATS];
    float scores[TAG_MAX_CLASSES];
    int ntags = tr->p.nclass;
    for (size_t i = 0; i < s->n; i++)
        tr->ambs[i] = table_get(&tr->amb, s->w[i].lower, AMB_NONE);
    for (size_t i = 0; i < s->n; i++) {
        uint32_t d = table_get(&tr->dict, s->w[i].form, 0xffffffffu);
        if (d != 0xffffffffu) {
            pred[i] = (int)d;
            continue;
        }
        size_t nf = tagger_features(s->w, tr->ambs, s->n, i, i > 0 ? pred[i - 1] : -1,
                                    i > 1 ? pred[i - 2] : -1, f);
        for (size_t k = 0; k < nf; k++)
            rows[k] = pc_train_find(&tr->p, f[k]);
        memset(scores, 0, sizeof(float) * (size_t)ntags);
        pc_train_score(&tr->p, rows, nf, scores);
        int best = 0;
        for (int c = 1; c < ntags; c++)
            if (scores[c] > scores[best])
                best = c;
        tr->p.t += 1;
        if (best != s->gold[i])
            pc_train_update(&tr->p, f, rows, nf, s->gold[i], best);
        pred[i] = best;
    }
}

void tagger_train(const tagger_sample *s, size_t n, int ntags, int iters, uint64_t seed,
                  int folds, int skip, strbuf *out)
{
    tagger_trainer tr;
    build_tables(s, n, ntags, folds, skip, &tr.dict, &tr.amb);
    pc_train_init(&tr.p, ntags);
    size_t *order = xmalloc((n ? n : 1) * sizeof *order), m = 0, maxlen = 1;
    for (size_t i = 0; i < n; i++) {
        if (used(i, folds, skip))
            order[m++] = i;
        if (s[i].n > maxlen)
            maxlen = s[i].n;
    }
    int *pred = xmalloc(maxlen * sizeof *pred);
    tr.ambs = xmalloc(maxlen * sizeof *tr.ambs);
    uint64_t state = seed;
    for (int it = 0; it < iters; it++) {
        pc_shuffle(order, m, &state);
        for (size_t k = 0; k < m; k++)
            train_sentence(&tr, &s[order[k]], pred);
    }
    pc_train_average(&tr.p);
    pc_train_export(&tr.p, 0.0f, out);
    struct {
        uint32_t ntags, pad;
        uint64_t nslots;
    } h = {(uint32_t)ntags, 0, tr.dict.nslots};
    pc_put(out, &h, sizeof h);
    table_write(&tr.dict, out);
    uint64_t na = tr.amb.nslots;
    pc_put(out, &na, sizeof na);
    table_write(&tr.amb, out);
    free(pred);
    free(tr.ambs);
    free(order);
    free(tr.dict.keys);
    free(tr.dict.vals);
    free(tr.amb.keys);
    free(tr.amb.vals);
    pc_train_free(&tr.p);
}
