/* syntax_tagger_train — training the tagger: the dictionary of unambiguous frequent
 * words, then shuffled averaged-perceptron passes, then the section written out. */
#include "syntax_tagger.h"

#include <string.h>

/* A word is put in the dictionary when seen this often with one tag this share of the
 * time: it is then tagged without scoring. */
#define DICT_MIN_COUNT 20
#define DICT_MIN_SHARE 0.97

typedef struct {
    uint64_t *keys;
    uint32_t *idx;
    size_t cap, n;
    uint32_t *counts; /* n rows of ntags */
    size_t countcap;
    int ntags;
} form_counts;

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

/* The dictionary as an open-addressed table (form hash -> tag). */
static void build_dict(const tagger_sample *s, size_t n, int ntags, int folds, int skip,
                       uint64_t **keys_out, uint32_t **tags_out, size_t *nslots_out)
{
    form_counts fc = {0};
    fc.ntags = ntags;
    fc.cap = 1 << 18; /* EWT has about 20,000 forms */
    fc.keys = xcalloc(fc.cap, sizeof *fc.keys);
    fc.idx = xcalloc(fc.cap, sizeof *fc.idx);
    fc.countcap = 1024;
    fc.counts = xcalloc(fc.countcap * (size_t)ntags, sizeof *fc.counts);
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; used(i, folds, skip) && k < s[i].n && fc.n * 2 < fc.cap; k++)
            form_row(&fc, s[i].w[k].form)[s[i].gold[k]]++;
    size_t nslots = 1024;
    while (nslots < fc.n * 2)
        nslots *= 2;
    uint64_t *keys = xcalloc(nslots, sizeof *keys);
    uint32_t *tags = xcalloc(nslots, sizeof *tags);
    for (size_t i = 0; i < fc.cap; i++) {
        if (!fc.keys[i])
            continue;
        const uint32_t *c = fc.counts + (size_t)fc.idx[i] * (size_t)ntags;
        uint32_t total = 0, best = 0;
        for (int t = 0; t < ntags; t++) {
            total += c[t];
            if (c[t] > c[best])
                best = (uint32_t)t;
        }
        if (total < DICT_MIN_COUNT || c[best] < DICT_MIN_SHARE * total)
            continue;
        size_t j = fc.keys[i] & (nslots - 1);
        while (keys[j])
            j = (j + 1) & (nslots - 1);
        keys[j] = fc.keys[i];
        tags[j] = best;
    }
    free(fc.keys);
    free(fc.idx);
    free(fc.counts);
    *keys_out = keys;
    *tags_out = tags;
    *nslots_out = nslots;
}

static int dict_get(const uint64_t *keys, const uint32_t *tags, size_t nslots, uint64_t k)
{
    for (size_t i = k & (nslots - 1);; i = (i + 1) & (nslots - 1)) {
        if (keys[i] == k)
            return (int)tags[i];
        if (!keys[i])
            return -1;
    }
}

typedef struct {
    pc_train p;
    const uint64_t *dkeys;
    const uint32_t *dtags;
    size_t dslots;
} tagger_trainer;

static void train_sentence(tagger_trainer *tr, const tagger_sample *s, int *pred)
{
    uint64_t f[TAG_MAX_FEATS];
    long rows[TAG_MAX_FEATS];
    float scores[TAG_MAX_CLASSES];
    int ntags = tr->p.nclass;
    for (size_t i = 0; i < s->n; i++) {
        int d = dict_get(tr->dkeys, tr->dtags, tr->dslots, s->w[i].form);
        if (d >= 0) {
            pred[i] = d;
            continue;
        }
        size_t nf = tagger_features(s->w, s->n, i, i > 0 ? pred[i - 1] : -1,
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
    uint64_t *dkeys;
    uint32_t *dtags;
    build_dict(s, n, ntags, folds, skip, &dkeys, &dtags, &tr.dslots);
    tr.dkeys = dkeys;
    tr.dtags = dtags;
    pc_train_init(&tr.p, ntags);
    size_t *order = xmalloc((n ? n : 1) * sizeof *order), m = 0, maxlen = 1;
    for (size_t i = 0; i < n; i++) {
        if (used(i, folds, skip))
            order[m++] = i;
        if (s[i].n > maxlen)
            maxlen = s[i].n;
    }
    int *pred = xmalloc(maxlen * sizeof *pred);
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
    } h = {(uint32_t)ntags, 0, tr.dslots};
    pc_put(out, &h, sizeof h);
    pc_put(out, dkeys, tr.dslots * sizeof *dkeys);
    pc_put(out, dtags, tr.dslots * sizeof *dtags);
    pc_align(out);
    free(pred);
    free(order);
    free(dkeys);
    free(dtags);
    pc_train_free(&tr.p);
}
