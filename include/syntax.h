/* syntax — sentence structure: a text span becomes tokens in UD English conventions
 * (clitics 's and n't split off, byte offsets kept), each with a UPOS and a Penn tag, a
 * lemma, a head and a UD v2 relation, from the project's own averaged-perceptron tagger,
 * lemmatiser and transition-based parser. The model (syn_model) is loaded once from one
 * file and is read-only afterwards, so any number of threads may share it. A parsed
 * sentence (syn_sentence) owns its tokens and their strings; tag and relation names are
 * owned by the model and live as long as it does. */
#ifndef EVGRAPH_SYNTAX_H
#define EVGRAPH_SYNTAX_H

#include <stddef.h>

#include "util.h"

/* Tokens past this many in one sentence are parsed as further pieces (each piece has
 * its own root), so time stays linear on run-on scraped text. */
#define SYN_MAX_TOKENS 200

typedef struct syn_model syn_model;

typedef struct {
    const char *form;   /* the token as written (normalised text), owned by the sentence */
    const char *lemma;  /* lower-case except proper nouns, owned by the sentence */
    const char *upos;   /* "NOUN", "VERB", "PROPN" ... owned by the model */
    const char *xpos;   /* Penn tag: "NN", "VBD", "NNP" ... owned by the model */
    const char *deprel; /* UD v2 relation with subtype: "nsubj:pass", "obl", "root" ...
                           owned by the model */
    int head;           /* index of the head token in this sentence, -1 for a root */
    size_t start, end;  /* byte offsets of the token in the text given to syn_parse */
} syn_token;

typedef struct {
    syn_token *tok;
    size_t n;
    char *strings;      /* the forms and lemmas, one block */
} syn_sentence;

/* Loads and checks the model file (magic, version, checksum). On failure returns NULL
 * with err naming the file and the problem. */
syn_model *syn_model_load(const char *path, ev_err *err);
void syn_model_free(syn_model *m);
/* The model's identity: its stored checksum (a store re-extracts when it changes). */
unsigned long long syn_model_id(const syn_model *m);
/* Where the model is: $EVGRAPH_MODEL, then ./models/en-ud.bin, then models/ beside the
 * program, then ../share/evgraph/ from the program, then the installed path. */
const char *syn_model_default_path(void);

/* Tokenises, tags, lemmatises and parses text[start, end). Offsets in the result are into
 * text. out is overwritten (free it with syn_sentence_free). */
void syn_parse(const syn_model *m, const char *text, size_t start, size_t end,
               syn_sentence *out);
/* A condition on a tagged and lemmatised sentence: its n tokens with their form, lemma
 * (lower case except proper nouns) and offsets; tags, heads and relations not yet set. */
typedef int (*syn_gate)(const syn_token *tok, size_t n, const void *ctx);
/* The same, but the dependency parse (the costly part) runs only when wanted(tokens, n,
 * ctx) holds; otherwise out is left empty (no tokens) and 0 is returned. A parse made is
 * the one syn_parse makes. */
int syn_parse_if(const syn_model *m, const char *text, size_t start, size_t end,
                 syn_gate wanted, const void *ctx, syn_sentence *out);
void syn_sentence_free(syn_sentence *s);

/* Tags, lemmatises and parses words already tokenised (a CoNLL-U file's forms); start
 * and end of every token are 0. out is overwritten. */
void syn_parse_words(const syn_model *m, const char *const *forms, size_t n,
                     syn_sentence *out);

#endif
