/* syntax_conllu — CoNLL-U files read into sentences of words (the gold columns kept for
 * training and scoring, ignored by `evgraph parse --conllu`). Multi-word token lines
 * (`1-2`) are kept verbatim to be printed back; empty nodes (`8.1`) are skipped.
 *
 * Ownership: a conllu_doc owns one buffer (the file's bytes, cut into strings in place)
 * and the arrays; every string in it points into that buffer. */
#ifndef EVGRAPH_SYNTAX_CONLLU_H
#define EVGRAPH_SYNTAX_CONLLU_H

#include <stddef.h>

#include "util.h"

typedef struct {
    const char *form, *lemma, *upos, *xpos, *feats, *deprel, *misc;
    int head; /* 0 for the root, -1 when the column is "_" */
} conllu_word;

typedef struct {
    const char *line; /* the whole `a-b` line */
    size_t before;    /* printed before word index `before` (0-based) */
} conllu_mwt;

typedef struct {
    conllu_word *w;
    size_t n;
    const char **comments; /* "# ..." lines */
    size_t ncomments;
    conllu_mwt *mwt;
    size_t nmwt;
} conllu_sent;

typedef struct {
    conllu_sent *v;
    size_t n, cap;
    char *buf;
    /* storage for all sentences' arrays */
    conllu_word *words;
    size_t nwords, capwords;
    const char **lines;
    size_t nlines, caplines;
    conllu_mwt *mwts;
    size_t nmwts, capmwts;
} conllu_doc;

/* Reads one file (name used in errors). strict: heads and relations must be present and
 * form a tree (gold data); otherwise only ids and forms are required. */
int conllu_read(const char *path, int strict, conllu_doc *out, ev_err *err);
/* Same over bytes in memory (copied). */
int conllu_parse(const char *name, const char *data, size_t len, int strict, conllu_doc *out,
                 ev_err *err);
/* Appends the sentences of src (taking over its buffer's ownership is not possible, so
 * the file list is read into one doc by conllu_read_list). */
int conllu_read_list(const char *dir, const char *list, conllu_doc *out, ev_err *err);
void conllu_free(conllu_doc *d);

#endif
