/* syntax_tokenise — text to words in UD English (EWT) conventions, with byte offsets:
 * clitics split off ("don't" -> "do" "n't", "company's" -> "company" "'s", "cannot" ->
 * "can" "not", "gonna" -> "gon" "na"), punctuation split off except inside numbers
 * (1,000.50), abbreviations (U.S., Inc., Jan., Mr.), initials, URLs and e-mail
 * addresses; "$5" and "5%" split; hyphenated words split at the hyphen as EWT does
 * ("long - term") except after prefixes like e-, co-, pre-, non- and between digits;
 * curly quotes and apostrophes are handled like straight ones. Every word is a span of
 * the input, so forms are substrings and offsets are exact.
 *
 * Ownership: the caller owns the span array (grown with util_grow). */
#ifndef EVGRAPH_SYNTAX_TOKENISE_H
#define EVGRAPH_SYNTAX_TOKENISE_H

#include <stddef.h>

typedef struct {
    size_t start, end;
} syn_span;

/* Appends the words of text[start, end) to *spans (*n used, *cap allocated). */
void syn_tokenise(const char *text, size_t start, size_t end, syn_span **spans, size_t *n,
                  size_t *cap);

#endif
