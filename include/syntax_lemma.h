/* syntax_lemma — lemmas from the word and its tag: an exception list of (word, tag) pairs
 * whose lemma the rules get wrong, learnt from the treebank, then suffix rules per tag
 * ("strip k bytes, add s", chosen by the longest suffix seen at least twice). Words are
 * lower-cased first, except proper nouns, whose case the lemma keeps (EWT's convention).
 *
 * Ownership: a syn_lemmatiser points into the model file's bytes; lemma_apply writes
 * into the caller's buffer. */
#ifndef EVGRAPH_SYNTAX_LEMMA_H
#define EVGRAPH_SYNTAX_LEMMA_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define LEMMA_MAX_SUFFIX 6

typedef struct {
    uint64_t key;
    uint32_t a, b; /* rules: strip, offset of the addition; exceptions: offset, unused */
} lemma_slot;

typedef struct {
    const char *pool;
    size_t npool;
    const lemma_slot *rules, *exc;
    uint64_t rmask, emask;
} syn_lemmatiser;

/* Appends the lemma of form (n bytes) with tag to out; keep_case for proper nouns. */
void lemma_apply(const syn_lemmatiser *l, const char *form, size_t n, int tag, int keep_case,
                 strbuf *out);
int lemma_map(syn_lemmatiser *l, const char *data, size_t len, size_t *pos);

/* The keys of the two tables. */
uint64_t lemma_rule_key(int tag, size_t len, const char *suffix);
uint64_t lemma_exc_key(int tag, const char *base, size_t n);

/* ---- training ---- */
typedef struct {
    const char *form, *lemma;
    int tag, keep_case;
} lemma_sample;

void lemma_train(const lemma_sample *s, size_t n, strbuf *out);

#endif
