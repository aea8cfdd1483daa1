/* syntax_tagger — part-of-speech tagging with an averaged perceptron: one joint class per
 * (UPOS, Penn tag) pair seen in training, greedy left to right, Collins/Honnibal features
 * (word, lower case, prefixes and suffixes, shape, neighbours within two words, the two
 * previous tags) and a dictionary of frequent unambiguous words tagged without scoring.
 *
 * Ownership: a syn_tagger points into the model file's bytes (syntax_model owns them)
 * and owns the weight table's layout in memory (tagger_free).
 * Training writes the tagger's section into a caller's strbuf. */
#ifndef EVGRAPH_SYNTAX_TAGGER_H
#define EVGRAPH_SYNTAX_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "syntax_percep.h"

#define TAG_MAX_CLASSES 256
#define TAG_MAX_FEATS 40

/* What the tagger and parser need to know of one word, computed once. */
typedef struct {
    uint64_t form, lower, shape, pre[4], suf[4];
    unsigned flags;
} syn_wfeat;

typedef struct {
    pc_table table;
    uint64_t dict_mask;
    const uint64_t *dict_keys; /* form hash, 0 = empty */
    const uint32_t *dict_tags;
    /* ambiguity classes: lower-case form hash -> best tag << 8 | second tag (0xff: none),
     * for words seen AMB_MIN_COUNT times; the tagger looks ahead with them */
    uint64_t amb_mask;
    const uint64_t *amb_keys;
    const uint32_t *amb_vals;
    int ntags;
    /* per class: a closed class (conjunction, determiner, pronoun, auxiliary, particle,
     * subordinator) that a word never seen in training cannot take (tagger_set_closed) */
    unsigned char closed[TAG_MAX_CLASSES];
    /* per class: the ending an unknown word must have to take it (ENDING_S for VBZ and
     * NNS, ENDING_ING for VBG), and those endings' suffix features */
    unsigned char ending[TAG_MAX_CLASSES];
    uint64_t suf_s, suf_ing;
} syn_tagger;

void tagger_word_features(const char *form, size_t n, syn_wfeat *out);
#define AMB_MIN_COUNT 3
#define AMB_NONE 0xffffu

/* The ambiguity class of a word (AMB_NONE when unknown). */
uint32_t tagger_amb(const syn_tagger *t, uint64_t lower);
/* The features of word i given the two previous tags (-1 before the sentence) and the
 * words' ambiguity classes. */
size_t tagger_features(const syn_wfeat *w, const uint32_t *amb, size_t n, size_t i, int p1,
                       int p2, uint64_t *out);
/* The dictionary tag of a word or -1. */
int tagger_dict_tag(const syn_tagger *t, uint64_t form);
/* Tags n words; tags[i] are class numbers. */
void tagger_tag(const syn_tagger *t, const syn_wfeat *w, size_t n, int *tags);
/* Marks the classes an unknown word cannot take: a closed UPOS, or a Penn tag whose
 * ending the word lacks; upos[c] and xpos[c] name class c. Without it (training) every
 * class is open to every word. */
void tagger_set_closed(syn_tagger *t, const char *const *upos, const char *const *xpos,
                       int ntags);
/* Maps the tagger section at data[*pos], rewriting its table (pc_table_map; the bytes
 * must outlive t); tagger_free frees what mapping built. */
int tagger_map(syn_tagger *t, char *data, size_t len, size_t *pos);
void tagger_free(syn_tagger *t);

/* ---- training ---- */

typedef struct {
    const syn_wfeat *w; /* per word */
    const int *gold;    /* per word, class numbers */
    size_t n;
} tagger_sample;

/* Trains on samples[0..n) except those with index % folds == skip (skip < 0: none) for
 * iters passes shuffled with seed, and appends the section to out. */
void tagger_train(const tagger_sample *s, size_t n, int ntags, int iters, uint64_t seed,
                  int folds, int skip, strbuf *out);

#endif
