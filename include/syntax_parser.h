/* syntax_parser — labelled dependency parsing: arc-hybrid transitions (root at the end of
 * the buffer, one root per sentence) chosen greedily by an averaged perceptron over Zhang
 * & Nivre (2011) style features (stack and buffer words and tags, leftmost and rightmost
 * children and their relations, valency, distance, pairs and triples). Trained with the
 * Goldberg & Nivre (2013) dynamic oracle and exploration.
 *
 * Ownership: a syn_parser points into the model file's bytes and owns the weight
 * table's layout in memory (parser_free). A parse_state is a plain value sized for
 * PARSE_MAX_WORDS words; callers cut longer sentences. */
#ifndef EVGRAPH_SYNTAX_PARSER_H
#define EVGRAPH_SYNTAX_PARSER_H

#include <stddef.h>

#include "syntax_percep.h"
#include "syntax_tagger.h"

#define PARSE_MAX_WORDS 200
#define PARSE_MAX_FEATS 112
#define PARSE_MAX_LABELS 120

typedef struct {
    pc_table table;
    int nlabels, root_label;
} syn_parser;

typedef struct {
    const syn_wfeat *w;
    const int *tag;
    size_t n;
} parse_input;

enum { PARSE_SHIFT = 0 };

typedef struct {
    int stack[PARSE_MAX_WORDS + 1];
    int sp;
    int b, n; /* buffer front; n stands for the root */
    int head[PARSE_MAX_WORDS + 1], label[PARSE_MAX_WORDS + 1];
    int lc1[PARSE_MAX_WORDS + 1], lc2[PARSE_MAX_WORDS + 1];
    int rc1[PARSE_MAX_WORDS + 1], rc2[PARSE_MAX_WORDS + 1];
    int nl[PARSE_MAX_WORDS + 1], nr[PARSE_MAX_WORDS + 1];
} parse_state;

void parse_state_init(parse_state *s, int n);
int parse_state_final(const parse_state *s);
/* Action numbering: 0 shift, 1+l left-arc with label l, 1+L+l right-arc with label l. */
int parse_action_valid(const parse_state *s, int a, int nlabels, int root_label);
void parse_action_apply(parse_state *s, int a, int nlabels);
size_t parse_features(const parse_state *s, const parse_input *in, uint64_t *out);

/* Parses in->n <= PARSE_MAX_WORDS words: head[i] is a word index or -1 for the root,
 * label[i] a relation number. */
void parse_sentence(const syn_parser *p, const parse_input *in, int *head, int *label);
/* Maps the parser section at data[*pos], rewriting its table (pc_table_map; the bytes
 * must outlive p); parser_free frees what mapping built. */
int parser_map(syn_parser *p, char *data, size_t len, size_t *pos);
void parser_free(syn_parser *p);

/* ---- training ---- */

typedef struct {
    parse_input in;
    const int *head;  /* gold: word index, or -1 for the root */
    const int *label; /* gold relation numbers */
} parse_sample;

/* Appends one section per pruning level: outs[k] pruned at min_abs[k]. */
void parser_train(const parse_sample *s, size_t n, int nlabels, int root_label, int iters,
                  uint64_t seed, const float *min_abs, size_t nout, strbuf *outs);

#endif
