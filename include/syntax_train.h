/* syntax_train — training the whole model from a UD treebank: the tag classes and
 * relations found in the training split, a tagger (and, jackknifed, the tags the parser
 * is trained on), the lemmatiser and the parser, written as one model file. Fixed seeds
 * and single-threaded arithmetic make the file the same byte for byte on every run.
 *
 * Used by tools/evgraph_train.c (`make model`) and by the unit tests on a tiny fixture. */
#ifndef EVGRAPH_SYNTAX_TRAIN_H
#define EVGRAPH_SYNTAX_TRAIN_H

#include "syntax_conllu.h"
#include "util.h"

typedef struct {
    int tag_iters, parse_iters;
    int folds;           /* jackknife folds for the parser's training tags; < 2: none */
    unsigned long long seed;
    /* Parser rows whose largest weight is under this are pruned; more than one level
     * gives one model per level (syn_train_models). */
    float parse_min_abs[4];
    int nprune;
    int quiet;
} syn_train_opts;

void syn_train_defaults(syn_train_opts *o);
/* Trains on the sentences of train and appends the model file's bytes to out. */
int syn_train_model(const conllu_doc *train, const syn_train_opts *o, strbuf *out,
                    ev_err *err);
/* The same with one model file per pruning level into outs[0..o->nprune). */
int syn_train_models(const conllu_doc *train, const syn_train_opts *o, strbuf *outs,
                     ev_err *err);

#endif
