/* syntax_parser — the arc-hybrid transition system and greedy parsing (the features are
 * in syntax_parser_feats). */
#include "syntax_parser.h"

#include <string.h>

void parse_state_init(parse_state *s, int n)
{
    s->sp = 0;
    s->b = 0;
    s->n = n;
    for (int i = 0; i <= n; i++) {
        s->head[i] = -1;
        s->label[i] = -1;
        s->lc1[i] = s->lc2[i] = s->rc1[i] = s->rc2[i] = -1;
        s->nl[i] = s->nr[i] = 0;
    }
}

int parse_state_final(const parse_state *s)
{
    return s->sp == 0 && s->b == s->n;
}

int parse_action_valid(const parse_state *s, int a, int nlabels, int root_label)
{
    if (a == PARSE_SHIFT)
        return s->b < s->n;
    if (a <= nlabels) { /* left: s0 <- b; onto the root only as the last word */
        if (s->sp < 1)
            return 0;
        if (s->b == s->n)
            return s->sp == 1 && a - 1 == root_label;
        return a - 1 != root_label;
    }
    return s->sp >= 2 && a - 1 - nlabels != root_label;
}

static void add_arc(parse_state *s, int h, int d, int l)
{
    s->head[d] = h;
    s->label[d] = l;
    if (d < h) {
        s->nl[h]++;
        if (s->lc1[h] < 0 || d < s->lc1[h]) {
            s->lc2[h] = s->lc1[h];
            s->lc1[h] = d;
        } else if (s->lc2[h] < 0 || d < s->lc2[h]) {
            s->lc2[h] = d;
        }
    } else {
        s->nr[h]++;
        if (s->rc1[h] < 0 || d > s->rc1[h]) {
            s->rc2[h] = s->rc1[h];
            s->rc1[h] = d;
        } else if (s->rc2[h] < 0 || d > s->rc2[h]) {
            s->rc2[h] = d;
        }
    }
}

void parse_action_apply(parse_state *s, int a, int nlabels)
{
    if (a == PARSE_SHIFT) {
        s->stack[s->sp++] = s->b++;
    } else if (a <= nlabels) {
        int d = s->stack[--s->sp];
        add_arc(s, s->b, d, a - 1);
    } else {
        int d = s->stack[--s->sp];
        add_arc(s, s->stack[s->sp - 1], d, a - 1 - nlabels);
    }
}

/* ---- parsing ---- */

/* The one valid action when there is only one, else -1: with the stack empty only a
 * shift, with one word left on it and the buffer at the root only its root arc. A tenth
 * of a sentence's transitions need no scoring. */
static int only_action(const parse_state *s, int root_label)
{
    if (s->sp == 0)
        return PARSE_SHIFT;
    if (s->sp == 1 && s->b == s->n)
        return 1 + root_label;
    return -1;
}

void parse_sentence(const syn_parser *p, const parse_input *in, int *head, int *label)
{
    static __thread parse_state st; /* 10 KB: kept off the caller's stack */
    uint64_t f[PARSE_MAX_FEATS];
    float scores[256]; /* room for any class byte (pc_table_score) */
    int nact = 2 * p->nlabels + 1, n = (int)in->n;
    parse_state_init(&st, n);
    while (!parse_state_final(&st)) {
        int only = only_action(&st, p->root_label);
        if (only >= 0) {
            parse_action_apply(&st, only, p->nlabels);
            continue;
        }
        size_t nf = parse_features(&st, in, f);
        memset(scores, 0, sizeof(float) * (size_t)nact);
        pc_table_score(&p->table, f, nf, scores);
        int best = -1;
        float top = 0; /* scores[best], kept apart so that no comparison waits for a load */
        for (int a = 0; a < nact; a++)
            if ((best < 0 || scores[a] > top) &&
                parse_action_valid(&st, a, p->nlabels, p->root_label)) {
                best = a;
                top = scores[a];
            }
        parse_action_apply(&st, best, p->nlabels);
    }
    for (int i = 0; i < n; i++) {
        head[i] = st.head[i] >= n ? -1 : st.head[i];
        label[i] = st.label[i];
    }
}

int parser_map(syn_parser *p, char *data, size_t len, size_t *pos)
{
    memset(p, 0, sizeof *p);
    if (pc_table_map(&p->table, data, len, pos) != 0)
        return -1;
    uint32_t h[2];
    if (*pos > len || len - *pos < sizeof h) { /* the table ends aligned, perhaps past len */
        pc_table_free(&p->table);
        return -1;
    }
    memcpy(h, data + *pos, sizeof h);
    if (h[0] == 0 || h[0] > PARSE_MAX_LABELS || h[1] >= h[0] ||
        p->table.nclass != 2 * h[0] + 1) {
        pc_table_free(&p->table);
        return -1;
    }
    p->nlabels = (int)h[0];
    p->root_label = (int)h[1];
    *pos += 8;
    return 0;
}

void parser_free(syn_parser *p)
{
    pc_table_free(&p->table);
}
