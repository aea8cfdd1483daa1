/* syntax_parser_train — training the parser: gold trees made projective by lifting,
 * the arc-hybrid dynamic oracle (Goldberg & Nivre 2013) and exploration. */
#include "syntax_parser.h"

#include <string.h>

/* After this many passes the trainer follows its own (possibly wrong) predictions with
 * this probability, so it learns to act well after mistakes. */
#define EXPLORE_FROM 1
#define EXPLORE_P 0.9

/* Is the arc h -> d projective: every word between them descends from h? */
static int arc_projective(const int *head, int n, int d)
{
    int h = head[d], lo = d < h ? d : h, hi = d < h ? h : d;
    for (int k = lo + 1; k < hi; k++) {
        int a = k, steps = 0;
        while (a != h && a < n && steps++ <= n)
            a = head[a];
        if (a != h)
            return 0;
    }
    return 1;
}

/* Lifts the shortest non-projective arc to the head's head until none is left.
 * head[] uses n for the root. */
static void projectivize(int *head, int n)
{
    for (int round = 0; round < 4 * n; round++) {
        int best = -1, blen = 0;
        for (int d = 0; d < n; d++) {
            if (head[d] >= n || arc_projective(head, n, d))
                continue;
            int len = head[d] > d ? head[d] - d : d - head[d];
            if (best < 0 || len < blen) {
                best = d;
                blen = len;
            }
        }
        if (best < 0)
            return;
        head[best] = head[head[best]];
    }
}

typedef struct {
    const int *ghead; /* n for the root */
    const int *glabel;
} gold_tree;

/* Unattached children of s0 still in the buffer. */
static int buffer_children(const parse_state *s, const gold_tree *g, int s0)
{
    int c = 0;
    for (int d = s->b; d < s->n; d++)
        c += g->ghead[d] == s0;
    return c;
}

static int action_cost(const parse_state *s, const gold_tree *g, int a, int nlabels)
{
    int s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1;
    int s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1;
    if (a == PARSE_SHIFT) {
        int c = 0, b = s->b;
        for (int k = 0; k < s->sp; k++) {
            int d = s->stack[k];
            c += g->ghead[d] == b;
            c += k < s->sp - 1 && g->ghead[b] == d;
        }
        return c;
    }
    int c = buffer_children(s, g, s0), h = g->ghead[s0];
    if (a <= nlabels) {
        if (h != s->b && (h == s1 || h > s->b))
            c++;
        if (h == s->b && g->glabel[s0] != a - 1)
            c++;
        return c;
    }
    if (h >= s->b)
        c++;
    if (h == s1 && g->glabel[s0] != a - 1 - nlabels)
        c++;
    return c;
}

typedef struct {
    pc_train p;
    int nlabels, root_label;
    uint64_t rng;
    int explore;
} parser_trainer;

static int pick(const parser_trainer *tr, const parse_state *st, const float *scores,
                const int *cost, int zero_only)
{
    int best = -1, nact = 2 * tr->nlabels + 1;
    for (int a = 0; a < nact; a++) {
        if (cost[a] < 0 || (zero_only && cost[a] != 0))
            continue;
        if (best < 0 || scores[a] > scores[best])
            best = a;
    }
    (void)st;
    return best;
}

static void train_sentence(parser_trainer *tr, const parse_sample *smp, parse_state *st)
{
    int n = (int)smp->in.n, nact = 2 * tr->nlabels + 1;
    int ghead[PARSE_MAX_WORDS + 1], cost[2 * PARSE_MAX_LABELS + 1];
    float scores[2 * PARSE_MAX_LABELS + 1];
    uint64_t f[PARSE_MAX_FEATS];
    long rows[PARSE_MAX_FEATS];
    for (int i = 0; i < n; i++)
        ghead[i] = smp->head[i] < 0 ? n : smp->head[i];
    projectivize(ghead, n);
    gold_tree g = {ghead, smp->label};
    parse_state_init(st, n);
    while (!parse_state_final(st)) {
        size_t nf = parse_features(st, &smp->in, f);
        for (size_t k = 0; k < nf; k++)
            rows[k] = pc_train_find(&tr->p, f[k]);
        memset(scores, 0, sizeof(float) * (size_t)nact);
        pc_train_score(&tr->p, rows, nf, scores);
        int minc = 1 << 30;
        for (int a = 0; a < nact; a++) {
            cost[a] = parse_action_valid(st, a, tr->nlabels, tr->root_label)
                          ? action_cost(st, &g, a, tr->nlabels) : -1;
            if (cost[a] >= 0 && cost[a] < minc)
                minc = cost[a];
        }
        for (int a = 0; a < nact; a++) /* lowest cost counts as correct */
            if (cost[a] >= 0)
                cost[a] -= minc;
        int pred = pick(tr, st, scores, cost, 0), gold = pick(tr, st, scores, cost, 1);
        tr->p.t += 1;
        if (cost[pred] > 0)
            pc_train_update(&tr->p, f, rows, nf, gold, pred);
        int next = gold;
        if (cost[pred] == 0 ||
            (tr->explore && (double)(pc_rand(&tr->rng) >> 11) / 9007199254740992.0 < EXPLORE_P))
            next = pred;
        parse_action_apply(st, next, tr->nlabels);
    }
}

void parser_train(const parse_sample *s, size_t n, int nlabels, int root_label, int iters,
                  uint64_t seed, const float *min_abs, size_t nout, strbuf *outs)
{
    parser_trainer tr;
    pc_train_init(&tr.p, 2 * nlabels + 1);
    tr.nlabels = nlabels;
    tr.root_label = root_label;
    tr.rng = seed ^ 0x7061727365ULL;
    size_t *order = xmalloc((n ? n : 1) * sizeof *order), m = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i].in.n > 0 && s[i].in.n <= PARSE_MAX_WORDS)
            order[m++] = i;
    parse_state *st = xmalloc(sizeof *st);
    uint64_t shuffle = seed;
    for (int it = 0; it < iters; it++) {
        tr.explore = it >= EXPLORE_FROM;
        pc_shuffle(order, m, &shuffle);
        for (size_t k = 0; k < m; k++)
            train_sentence(&tr, &s[order[k]], st);
        if (pc_verbose)
            fprintf(stderr, "parser: pass %d done, %zu feature rows\n", it + 1, tr.p.n);
    }
    pc_train_average(&tr.p);
    for (size_t k = 0; k < nout; k++) {
        pc_train_export(&tr.p, min_abs[k], &outs[k]);
        uint32_t h[2] = {(uint32_t)nlabels, (uint32_t)root_label};
        pc_put(&outs[k], h, sizeof h);
        pc_align(&outs[k]);
    }
    free(st);
    free(order);
    pc_train_free(&tr.p);
}
