/* syntax_doc — the syntax stage over one document: a parse for every body sentence of a
 * sentence list up to SYN_PARSE_MAX_BYTES that holds a lemma the caller wants (an empty
 * parse for the others; those over the cap are counted so that the pipeline can say so
 * in a warning), by index, made on one thread or several (the same parses). The parses
 * are made a window of sentences at a time, when the first of them is asked for, and the
 * window before is dropped then: a long document's parses (about 12 bytes for each byte
 * of text) are never all held at once. */
#ifndef EVGRAPH_SYNTAX_DOC_H
#define EVGRAPH_SYNTAX_DOC_H

#include "document.h"
#include "sentences.h"
#include "syntax.h"

/* A "sentence" longer than this is a run-on of scraped text (a list, a table, text with
 * no full stops), not news prose: it is left to the patterns, unparsed, which keeps a
 * 16 MB line without a full stop from costing minutes. */
#define SYN_PARSE_MAX_BYTES 1500

/* Sentences parsed at a time: enough to share among the threads evenly, few enough to
 * hold (about a megabyte of parses). */
#define SYN_DOC_WINDOW 1024

typedef struct {
    syn_sentence *v; /* v[i - from] is the parse of sentences->v[i], from <= i < to */
    size_t from, to;
    size_t n;        /* the document's sentences */
    size_t window;   /* sentences parsed at a time (SYN_DOC_WINDOW; tests set fewer) */
    size_t unparsed; /* body sentences over SYN_PARSE_MAX_BYTES, left to the patterns */
    /* what a window is parsed with */
    const syn_model *m;
    const document *doc;
    const sentence_list *sents;
    syn_gate wanted;
    const void *ctx;
    size_t threads;
} syn_doc;

/* The most threads one document's parse runs on. */
#define SYN_DOC_MAX_THREADS 64

/* Sets out up to parse doc's sentences and counts the unparsed ones; parses nothing yet.
 * wanted: what makes a tagged sentence worth parsing (for the event stage:
 * events_syntax_wants, called from every thread), or NULL to parse every body sentence.
 * threads: how many threads to parse on, the caller's included (at most
 * SYN_DOC_MAX_THREADS; fewer when they cannot start or the window is short). The
 * document, sentences and ctx must outlive out. m NULL: every parse is empty. */
void syntax_doc_begin(const syn_model *m, const document *doc, const sentence_list *sents,
                      syn_gate wanted, const void *ctx, size_t threads, syn_doc *out);
/* Parses every sentence at once, as one window (for timing the stage alone). */
void syntax_doc_parse_all(syn_doc *d);
/* The parse of sentence i (< d->n): parses the window from i first, dropping the one
 * before, when i is not in the window held. Asking in order parses each sentence once. */
const syn_sentence *syn_doc_at(syn_doc *d, size_t i);
void syn_doc_free(syn_doc *d);

#endif
