/* sentences — split a document's paragraphs into sentences, aware of abbreviations
 * (U.S., Inc., Mr., Jan.) and initials, with a bound on sentence length. */
#ifndef EVGRAPH_SENTENCES_H
#define EVGRAPH_SENTENCES_H

#include "document.h"

/* Sentences longer than this are cut at a space (a warning is counted). */
#define SENTENCE_MAX_BYTES 4000

typedef struct {
    size_t start, end; /* offsets into doc->text, trimmed */
    size_t para;       /* index into doc->paras */
    int lead;          /* in the first body paragraph */
} sentence;

typedef struct {
    sentence *v;
    size_t n, cap;
    size_t cut; /* sentences cut at SENTENCE_MAX_BYTES */
} sentence_list;

void sentences_split(const document *doc, sentence_list *out);
void sentences_free(sentence_list *l);

#endif
