/* syntax_parser_feats — the parser's features of a configuration: stack and buffer words,
 * and tags, their pairs and triples (Zhang & Nivre 2011), leftmost and rightmost
 * children and their relations, valency, distance, commas between. Every feature is a 64-bit
 * hash (syntax_percep); at most PARSE_MAX_FEATS of them. */
#include "syntax_parser.h"

enum { NONE_V = 0x4e4f4e45ULL, ROOT_V = 0x524f4f54ULL };

typedef struct {
    const parse_state *s;
    const parse_input *in;
    uint64_t comma; /* the hash of "," (no shared state: parsers run on many threads) */
} fctx;

static uint64_t fw(const fctx *c, int i)
{
    if (i < 0)
        return NONE_V;
    return i >= c->s->n ? ROOT_V : c->in->w[i].lower;
}

static uint64_t fp(const fctx *c, int i)
{
    if (i < 0)
        return 0;
    return i >= c->s->n ? 1 : (uint64_t)c->in->tag[i] + 2;
}

static uint64_t fl(const fctx *c, int i)
{
    return i < 0 ? 0 : (uint64_t)c->s->label[i] + 1;
}

static uint64_t pair(uint64_t a, uint64_t b)
{
    return a << 20 | b;
}

static uint64_t bucket(int d)
{
    return d < 5 ? (uint64_t)d : d < 7 ? 5 : d < 11 ? 6 : 7;
}

/* Words and tags of the stack and buffer, and their pairs and triples. */
static size_t feats_core(const fctx *c, int s0, int s1, int s2, int n0, int n1, int n2,
                         uint64_t *f)
{
    size_t k = 0;
    uint64_t s0w = fw(c, s0), s0p = fp(c, s0), n0w = fw(c, n0), n0p = fp(c, n0);
    uint64_t s1w = fw(c, s1), s1p = fp(c, s1), n1p = fp(c, n1), n2p = fp(c, n2);
    f[k++] = pc_f1(1, s0w);
    f[k++] = pc_f1(2, s0p);
    f[k++] = pc_f2(3, s0w, s0p);
    f[k++] = pc_f1(4, n0w);
    f[k++] = pc_f1(5, n0p);
    f[k++] = pc_f2(6, n0w, n0p);
    f[k++] = pc_f1(7, fw(c, n1));
    f[k++] = pc_f1(8, n1p);
    f[k++] = pc_f2(9, fw(c, n1), n1p);
    f[k++] = pc_f1(10, fw(c, n2));
    f[k++] = pc_f1(11, n2p);
    f[k++] = pc_f1(13, s1w);
    f[k++] = pc_f1(14, s1p);
    f[k++] = pc_f2(15, s1w, s1p);
    f[k++] = pc_f1(16, fp(c, s2));
    f[k++] = pc_f3(17, s0w, pair(s0p, n0p), n0w);
    f[k++] = pc_f3(18, s0w, s0p, n0w);
    f[k++] = pc_f3(19, s0w, n0p, n0w);
    f[k++] = pc_f2(20, s0w, pair(s0p, n0p));
    f[k++] = pc_f2(21, n0w, pair(s0p, n0p));
    f[k++] = pc_f2(22, s0w, n0w);
    f[k++] = pc_f1(23, pair(s0p, n0p));
    f[k++] = pc_f1(24, pair(n0p, n1p));
    f[k++] = pc_f2(25, s1w, s0w);
    f[k++] = pc_f1(26, pair(s1p, s0p));
    f[k++] = pc_f2(27, s0w, pair(s1p, s0p));
    f[k++] = pc_f2(28, s1w, pair(s1p, s0p));
    f[k++] = pc_f2(29, pair(n0p, n1p), n2p);
    f[k++] = pc_f2(30, pair(s0p, n0p), n1p);
    f[k++] = pc_f2(31, pair(s1p, s0p), n0p);
    f[k++] = pc_f2(32, pair(fp(c, s2), s1p), s0p);
    f[k++] = pc_f2(33, pair(s1p, s0p), n1p);
    f[k++] = pc_f2(34, s1w, n0w);
    f[k++] = pc_f2(35, pair(s1p, n0p), s0w);
    return k;
}

/* Children, valency and distance. */
static size_t feats_tree(const fctx *c, int s0, int s1, int n0, uint64_t *f)
{
    const parse_state *s = c->s;
    size_t k = 0;
    int s0l = s0 >= 0 ? s->lc1[s0] : -1, s0r = s0 >= 0 ? s->rc1[s0] : -1;
    int s0l2 = s0 >= 0 ? s->lc2[s0] : -1, s0r2 = s0 >= 0 ? s->rc2[s0] : -1;
    int n0l = s->lc1[n0], n0l2 = s->lc2[n0];
    int s1l = s1 >= 0 ? s->lc1[s1] : -1, s1r = s1 >= 0 ? s->rc1[s1] : -1;
    uint64_t s0w = fw(c, s0), s0p = fp(c, s0), n0w = fw(c, n0), n0p = fp(c, n0);
    uint64_t d = s0 >= 0 ? bucket(n0 - s0) : 0;
    uint64_t vl0 = s0 >= 0 ? (uint64_t)s->nl[s0] : 0, vr0 = s0 >= 0 ? (uint64_t)s->nr[s0] : 0;
    f[k++] = pc_f2(40, s0w, d);
    f[k++] = pc_f2(41, s0p, d);
    f[k++] = pc_f2(42, n0w, d);
    f[k++] = pc_f2(43, n0p, d);
    f[k++] = pc_f3(44, s0w, n0w, d);
    f[k++] = pc_f2(45, pair(s0p, n0p), d);
    f[k++] = pc_f2(46, s0w, vr0);
    f[k++] = pc_f2(47, s0p, vr0);
    f[k++] = pc_f2(48, s0w, vl0);
    f[k++] = pc_f2(49, s0p, vl0);
    f[k++] = pc_f2(50, n0w, (uint64_t)s->nl[n0]);
    f[k++] = pc_f2(51, n0p, (uint64_t)s->nl[n0]);
    f[k++] = pc_f1(52, fw(c, s0l));
    f[k++] = pc_f1(53, fp(c, s0l));
    f[k++] = pc_f1(54, fl(c, s0l));
    f[k++] = pc_f1(55, fw(c, s0r));
    f[k++] = pc_f1(56, fp(c, s0r));
    f[k++] = pc_f1(57, fl(c, s0r));
    f[k++] = pc_f1(58, fw(c, n0l));
    f[k++] = pc_f1(59, fp(c, n0l));
    f[k++] = pc_f1(60, fl(c, n0l));
    f[k++] = pc_f1(61, fp(c, s0l2));
    f[k++] = pc_f1(62, fl(c, s0l2));
    f[k++] = pc_f1(63, fp(c, s0r2));
    f[k++] = pc_f1(64, fl(c, s0r2));
    f[k++] = pc_f1(65, fp(c, n0l2));
    f[k++] = pc_f1(66, fl(c, n0l2));
    f[k++] = pc_f2(67, pair(s0p, fp(c, s0l)), n0p);
    f[k++] = pc_f2(68, pair(s0p, fp(c, s0r)), n0p);
    f[k++] = pc_f2(69, pair(s0p, n0p), fp(c, n0l));
    f[k++] = pc_f2(70, pair(s0p, fp(c, s0l)), fp(c, s0l2));
    f[k++] = pc_f2(71, pair(s0p, fp(c, s0r)), fp(c, s0r2));
    f[k++] = pc_f2(72, pair(n0p, fp(c, n0l)), fp(c, n0l2));
    f[k++] = pc_f1(73, fp(c, s1r));
    f[k++] = pc_f1(74, fl(c, s1r));
    f[k++] = pc_f1(75, fp(c, s1l));
    f[k++] = pc_f1(76, fl(c, s1l));
    f[k++] = pc_f2(77, pair(fp(c, s1), fp(c, s1r)), s0p);
    f[k++] = pc_f2(78, pair(s0p, fl(c, s0l)), fl(c, s0r));
    f[k++] = pc_f2(79, pair(n0p, fl(c, n0l)), fl(c, n0l2));
    f[k++] = pc_f2(80, s0w, pair(fl(c, s0l), fl(c, s0r)));
    f[k++] = pc_f2(81, n0w, fl(c, n0l));
    return k;
}

/* Commas between s0 and n0 (0, 1, 2 for more), looking at most 12 words in. */
static uint64_t commas_between(const fctx *c, int s0, int n0)
{
    uint64_t k = 0;
    if (s0 < 0)
        return 3;
    for (int i = s0 + 1; i < n0 && i < s0 + 12 && k < 2; i++)
        k += c->in->w[i].lower == c->comma;
    return k;
}

/* Further pairs: commas between, distances, word pairs across stack and buffer. */
static size_t feats_more(const fctx *c, int s0, int s1, int n0, int n1, uint64_t *f)
{
    const parse_state *s = c->s;
    size_t k = 0;
    uint64_t s0p = fp(c, s0), n0p = fp(c, n0), s1p = fp(c, s1), n1p = fp(c, n1);
    uint64_t s0w = fw(c, s0), n0w = fw(c, n0), cm = commas_between(c, s0, n0);
    int s0l = s0 >= 0 ? s->lc1[s0] : -1, s0r = s0 >= 0 ? s->rc1[s0] : -1;
    f[k++] = pc_f2(100, pair(s0p, n0p), cm);
    f[k++] = pc_f2(101, s0w, cm);
    f[k++] = pc_f2(102, pair(s1p, s0p), s1 >= 0 && s0 >= 0 ? bucket(s0 - s1) : 0);
    f[k++] = pc_f3(103, s0w, n0p, n1p);
    f[k++] = pc_f2(104, n0w, fw(c, n1));
    f[k++] = pc_f2(105, n0w, n1p);
    f[k++] = pc_f2(106, n0p, fw(c, n1));
    f[k++] = pc_f2(107, fw(c, s1), fl(c, s1 >= 0 ? s->rc1[s1] : -1));
    f[k++] = pc_f2(108, n0w, fw(c, s->lc1[n0]));
    f[k++] = pc_f2(109, s0w, fw(c, s0l));
    f[k++] = pc_f2(110, s0w, fw(c, s0r));
    f[k++] = pc_f3(111, pair(s1p, n0p), s0p, cm);
    return k;
}

size_t parse_features(const parse_state *s, const parse_input *in, uint64_t *out)
{
    fctx c = {s, in, pc_hash_bytes(",", 1)};
    int s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1;
    int s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1;
    int s2 = s->sp > 2 ? s->stack[s->sp - 3] : -1;
    int n0 = s->b, n1 = s->b + 1 < s->n ? s->b + 1 : -1, n2 = s->b + 2 < s->n ? s->b + 2 : -1;
    size_t k = feats_core(&c, s0, s1, s2, n0, n1, n2, out);
    k += feats_tree(&c, s0, s1, n0, out + k);
    k += feats_more(&c, s0, s1, n0, n1, out + k);
    out[k++] = pc_f1(90, 0); /* bias */
    return k;
}

