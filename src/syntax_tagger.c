/* syntax_tagger — averaged-perceptron part-of-speech tagger. */
#include "syntax_tagger.h"

#include <string.h>

enum { F_UPPER1 = 1, F_ALLUPPER = 2, F_DIGIT = 4, F_HYPHEN = 8, F_ALPHA = 16 };

/* Out-of-sentence neighbours: fixed values no hash produces in practice. */
static const uint64_t pad_word[4] = {0x5354415254ULL, 0x5354415232ULL, 0x454e44ULL,
                                     0x454e4432ULL};

static char lower_ascii(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* "Corvane-3" -> "Xx-d": character classes with runs collapsed. */
static uint64_t word_shape(const char *s, size_t n)
{
    char buf[32];
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof buf; i++) {
        unsigned char c = (unsigned char)s[i];
        char t = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x'
                 : c >= '0' && c <= '9' ? 'd' : c >= 0x80 ? 'u' : (char)c;
        if (k == 0 || buf[k - 1] != t)
            buf[k++] = t;
    }
    return pc_hash_bytes(buf, k) ^ 0x5348415045ULL;
}

void tagger_word_features(const char *form, size_t n, syn_wfeat *out)
{
    char low[64];
    size_t m = n < sizeof low ? n : sizeof low;
    unsigned flags = 0, upper = 0, alpha = 0;
    for (size_t i = 0; i < m; i++) {
        char c = form[i];
        low[i] = lower_ascii(c);
        if (c >= 'A' && c <= 'Z')
            upper++;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            alpha++;
        if (c >= '0' && c <= '9')
            flags |= F_DIGIT;
        if (c == '-')
            flags |= F_HYPHEN;
    }
    if (n && form[0] >= 'A' && form[0] <= 'Z')
        flags |= F_UPPER1;
    if (alpha && upper == alpha)
        flags |= F_ALLUPPER;
    if (alpha)
        flags |= F_ALPHA;
    out->flags = flags;
    out->form = pc_hash_bytes(form, n);
    out->lower = n <= sizeof low ? pc_hash_bytes(low, m) : out->form ^ 0x4c4f57ULL;
    out->shape = word_shape(form, n);
    for (size_t k = 0; k < 4; k++) {
        size_t len = k + 1 < m ? k + 1 : m;
        out->pre[k] = pc_hash_bytes(low, len) ^ (0x505245ULL + k);
        out->suf[k] = pc_hash_bytes(low + m - len, len) ^ (0x535546ULL + k);
    }
}

static uint64_t near_lower(const syn_wfeat *w, size_t n, size_t i, int d)
{
    long j = (long)i + d;
    if (j < 0)
        return pad_word[-j - 1];
    if ((size_t)j >= n)
        return pad_word[2 + (size_t)j - n];
    return w[j].lower;
}

static uint64_t near_suf3(const syn_wfeat *w, size_t n, size_t i, int d)
{
    long j = (long)i + d;
    return j < 0 || (size_t)j >= n ? near_lower(w, n, i, d) : w[j].suf[2];
}

static uint64_t near_shape(const syn_wfeat *w, size_t n, size_t i, int d)
{
    long j = (long)i + d;
    return j < 0 || (size_t)j >= n ? near_lower(w, n, i, d) : w[j].shape;
}

static uint64_t near_amb(const uint32_t *amb, size_t n, size_t i, int d)
{
    long j = (long)i + d;
    return j < 0 || (size_t)j >= n ? 0x10000u + (uint64_t)(d + 3) : amb[j];
}

size_t tagger_features(const syn_wfeat *w, const uint32_t *amb, size_t n, size_t i, int p1,
                       int p2, uint64_t *f)
{
    const syn_wfeat *x = &w[i];
    uint64_t t1 = (uint64_t)(p1 + 2), t2 = (uint64_t)(p2 + 2);
    uint64_t l1 = near_lower(w, n, i, -1), r1 = near_lower(w, n, i, 1);
    size_t k = 0;
    f[k++] = pc_f1(1, 0);
    f[k++] = pc_f1(2, x->form);
    f[k++] = pc_f1(3, x->lower);
    for (uint64_t s = 0; s < 4; s++)
        f[k++] = pc_f1(4 + s, x->suf[s]);
    for (uint64_t s = 0; s < 3; s++)
        f[k++] = pc_f1(8 + s, x->pre[s]);
    f[k++] = pc_f1(11, x->shape);
    f[k++] = pc_f1(12, x->flags | (i == 0 ? 64 : 0));
    f[k++] = pc_f1(13, t1);
    f[k++] = pc_f1(14, t2);
    f[k++] = pc_f2(15, t1, t2);
    f[k++] = pc_f2(16, t1, x->lower);
    f[k++] = pc_f1(17, l1);
    f[k++] = pc_f1(18, near_suf3(w, n, i, -1));
    f[k++] = pc_f1(19, near_lower(w, n, i, -2));
    f[k++] = pc_f1(20, r1);
    f[k++] = pc_f1(21, near_suf3(w, n, i, 1));
    f[k++] = pc_f1(22, near_lower(w, n, i, 2));
    f[k++] = pc_f2(23, x->lower, r1);
    f[k++] = pc_f2(24, l1, x->lower);
    f[k++] = pc_f1(25, near_shape(w, n, i, 1));
    f[k++] = pc_f1(26, near_shape(w, n, i, -1));
    f[k++] = pc_f2(27, t1, x->suf[2]);
    f[k++] = pc_f2(28, t1, r1);
    f[k++] = pc_f2(29, x->suf[2], r1);
    f[k++] = pc_f1(30, near_suf3(w, n, i, 2));
    f[k++] = pc_f2(31, x->shape, x->suf[1]);
    uint64_t a0 = amb[i], a1 = near_amb(amb, n, i, 1), a2 = near_amb(amb, n, i, 2);
    f[k++] = pc_f1(32, a0);
    f[k++] = pc_f1(33, a1);
    f[k++] = pc_f1(34, a2);
    f[k++] = pc_f2(35, a1, a2);
    f[k++] = pc_f2(36, t1, a1);
    f[k++] = pc_f2(37, a0, a1);
    f[k++] = pc_f2(38, t1, a0);
    f[k++] = pc_f2(39, x->lower, a1);
    return k;
}

static uint32_t table_get(const uint64_t *keys, const uint32_t *vals, uint64_t mask,
                          uint64_t key, uint32_t none)
{
    if (!keys)
        return none;
    for (uint64_t i = key & mask;; i = (i + 1) & mask) {
        if (keys[i] == key)
            return vals[i];
        if (!keys[i])
            return none;
    }
}

uint32_t tagger_amb(const syn_tagger *t, uint64_t lower)
{
    return table_get(t->amb_keys, t->amb_vals, t->amb_mask, lower, AMB_NONE);
}

int tagger_dict_tag(const syn_tagger *t, uint64_t form)
{
    if (!t->dict_keys)
        return -1;
    for (uint64_t i = form & t->dict_mask;; i = (i + 1) & t->dict_mask) {
        if (t->dict_keys[i] == form)
            return (int)t->dict_tags[i];
        if (!t->dict_keys[i])
            return -1;
    }
}

/* The first class of the highest score. The best score is kept beside its class, not
 * read back through it: reading scores[best] made each comparison wait for the last. */
static int best_class(const float *scores, int n)
{
    int best = 0;
    float top = scores[0];
    for (int c = 1; c < n; c++)
        if (scores[c] > top) {
            best = c;
            top = scores[c];
        }
    return best;
}

/* A word the training data never showed often enough to class ("embargo" in the web
 * treebank) is no function word, and takes a tag of inflection only with its ending: an
 * unknown word scored as a conjunction, or as "VBZ" without an "s", takes its best
 * other class. */
enum { ENDING_ANY, ENDING_S, ENDING_ING };

static int unknown_may_take(const syn_tagger *t, const syn_wfeat *w, int c)
{
    if (t->closed[c])
        return 0;
    return t->ending[c] == ENDING_ANY || (t->ending[c] == ENDING_S && w->suf[0] == t->suf_s) ||
           (t->ending[c] == ENDING_ING && w->suf[2] == t->suf_ing);
}

static int best_unknown_class(const syn_tagger *t, const syn_wfeat *w, const float *scores)
{
    int best = -1;
    for (int c = 0; c < t->ntags; c++)
        if (unknown_may_take(t, w, c) && (best < 0 || scores[c] > scores[best]))
            best = c;
    return best < 0 ? best_class(scores, t->ntags) : best;
}

void tagger_set_closed(syn_tagger *t, const char *const *upos, const char *const *xpos,
                       int ntags)
{
    static const char *const closed[] = {"CCONJ", "DET", "PRON", "AUX", "PART", "SCONJ"};
    for (int c = 0; c < ntags && c < TAG_MAX_CLASSES; c++) {
        t->closed[c] = 0;
        for (size_t k = 0; k < sizeof closed / sizeof *closed; k++)
            t->closed[c] |= !strcmp(upos[c], closed[k]);
        t->ending[c] = !strcmp(xpos[c], "VBZ") || !strcmp(xpos[c], "NNS") ? ENDING_S
                       : !strcmp(xpos[c], "VBG")                          ? ENDING_ING
                                                                          : ENDING_ANY;
    }
    /* the suffix features of tagger_word_features for a word ending so */
    syn_wfeat f;
    tagger_word_features("s", 1, &f);
    t->suf_s = f.suf[0];
    tagger_word_features("ing", 3, &f);
    t->suf_ing = f.suf[2];
}

void tagger_tag(const syn_tagger *t, const syn_wfeat *w, size_t n, int *tags)
{
    uint64_t f[TAG_MAX_FEATS];
    float scores[TAG_MAX_CLASSES];
    uint32_t small[256], *amb = n <= 256 ? small : xmalloc(n * sizeof *amb);
    for (size_t i = 0; i < n; i++)
        amb[i] = tagger_amb(t, w[i].lower);
    for (size_t i = 0; i < n; i++) {
        int d = tagger_dict_tag(t, w[i].form);
        if (d >= 0) {
            tags[i] = d;
            continue;
        }
        size_t nf = tagger_features(w, amb, n, i, i > 0 ? tags[i - 1] : -1,
                                    i > 1 ? tags[i - 2] : -1, f);
        memset(scores, 0, sizeof(float) * (size_t)t->ntags);
        pc_table_score(&t->table, f, nf, scores);
        tags[i] = amb[i] == AMB_NONE ? best_unknown_class(t, &w[i], scores)
                                     : best_class(scores, t->ntags);
    }
    if (amb != small)
        free(amb);
}

typedef struct {
    uint32_t ntags, pad;
    uint64_t nslots;
} dict_header;

/* The dictionary and the ambiguity classes after the weight table. */
static int map_lookups(syn_tagger *t, const char *data, size_t len, size_t *pos)
{
    dict_header h;
    size_t at = *pos;
    if (at > len || len - at < sizeof h) /* the table ends aligned, perhaps past len */
        return -1;
    memcpy(&h, data + at, sizeof h);
    at += sizeof h;
    if (h.ntags == 0 || h.ntags > TAG_MAX_CLASSES || h.ntags != t->table.nclass ||
        h.nslots == 0 || (h.nslots & (h.nslots - 1)) || h.nslots > (len - at) / 12)
        return -1;
    t->ntags = (int)h.ntags;
    t->dict_mask = h.nslots - 1;
    t->dict_keys = (const uint64_t *)(const void *)(data + at);
    t->dict_tags = (const uint32_t *)(const void *)(data + at + h.nslots * 8);
    size_t dempty = 0;
    for (size_t i = 0; i < h.nslots; i++) {
        if (t->dict_keys[i] && t->dict_tags[i] >= h.ntags)
            return -1;
        dempty += !t->dict_keys[i];
    }
    if (!dempty)
        return -1;
    at = (at + h.nslots * 12 + 7) & ~(size_t)7;
    uint64_t na;
    if (at > len || len - at < 8)
        return -1;
    memcpy(&na, data + at, 8);
    at += 8;
    if (na == 0 || (na & (na - 1)) || na > (len - at) / 12)
        return -1;
    t->amb_mask = na - 1;
    t->amb_keys = (const uint64_t *)(const void *)(data + at);
    t->amb_vals = (const uint32_t *)(const void *)(data + at + na * 8);
    size_t empty = 0;
    for (size_t i = 0; i < na; i++)
        empty += !t->amb_keys[i];
    if (!empty)
        return -1;
    *pos = (at + na * 12 + 7) & ~(size_t)7;
    return 0;
}

int tagger_map(syn_tagger *t, char *data, size_t len, size_t *pos)
{
    memset(t, 0, sizeof *t);
    if (pc_table_map(&t->table, data, len, pos) != 0)
        return -1;
    if (map_lookups(t, data, len, pos) != 0) {
        pc_table_free(&t->table);
        return -1;
    }
    return 0;
}

void tagger_free(syn_tagger *t)
{
    pc_table_free(&t->table);
}
