/* syntax_doc — the syntax stage over one document: a parse for every body sentence of a
 * sentence list up to SYN_PARSE_MAX_BYTES that holds a lemma the caller wants (an empty
 * parse for the others; those over the cap are counted so that the pipeline can say so
 * in a warning), by index, made on one thread or several (the same parses). The list
 * owns the parses. */
#ifndef EVGRAPH_SYNTAX_DOC_H
#define EVGRAPH_SYNTAX_DOC_H

#include "document.h"
#include "sentences.h"
#include "syntax.h"

/* A "sentence" longer than this is a run-on of scraped text (a list, a table, text with
 * no full stops), not news prose: it is left to the patterns, unparsed, which keeps a
 * 16 MB line without a full stop from costing minutes. */
#define SYN_PARSE_MAX_BYTES 1500

typedef struct {
    syn_sentence *v; /* v[i] is the parse of sentences->v[i] */
    size_t n;
    size_t unparsed; /* body sentences over SYN_PARSE_MAX_BYTES, left to the patterns */
} syn_doc;

/* The most threads one document's parse runs on. */
#define SYN_DOC_MAX_THREADS 64

/* wanted: what makes a tagged sentence worth parsing (for the event stage:
 * events_syntax_wants, called from every thread), or NULL to parse every body sentence.
 * threads: how many threads to parse on, the caller's included (at most
 * SYN_DOC_MAX_THREADS; fewer when they cannot start or the document is short). */
void syntax_parse_document(const syn_model *m, const document *doc, const sentence_list *sents,
                           syn_gate wanted, const void *ctx, size_t threads, syn_doc *out);
void syn_doc_free(syn_doc *d);

#endif
