/* lexicon — text matched against the named word lists of events/ (loaded by
 * rules_syntax.c): is a word in a list, which entry stands at or ends at a place. A list
 * marked "as_written" matches only as written (capitals and lower case); the others in
 * any case. An entry may be a phrase ("as well as"); a list no file names (NULL) holds
 * nothing. The code asks for a list by its name (rules_lexicon_list) instead of holding
 * English words of its own. */
#ifndef EVGRAPH_LEXICON_H
#define EVGRAPH_LEXICON_H

#include <stddef.h>

#include "rules_syntax.h"

/* What must follow (or, for lexicon_before, precede) an entry in the text. */
typedef enum {
    LEX_ANY,   /* nothing: an entry may be the start of a longer word ("regulat") */
    LEX_WORD,  /* the end or start of the text, or a byte that is no letter or digit */
    LEX_SPACE, /* a space */
    LEX_SPACE_OR_COMMA
} lex_bound;

/* Whether w[0, n) is an entry of l. */
int lexicon_has(const syn_list *l, const char *w, size_t n);
/* The length of the longest entry of l that t[p, end) begins with and that is bounded
 * after by `after`; 0 when none. */
size_t lexicon_at(const syn_list *l, const char *t, size_t p, size_t end, lex_bound after);
/* The length of the longest entry of l that t[from, p) ends with and that is bounded
 * before by `before` (from counts as a start of text); 0 when none. */
size_t lexicon_before(const syn_list *l, const char *t, size_t from, size_t p, lex_bound before);
/* Whether an entry of l stands anywhere in t[from, to) and is followed there by a space. */
int lexicon_occurs(const syn_list *l, const char *t, size_t from, size_t to);
/* The entries of l, as written, in byte order: the count and the i-th. */
size_t lexicon_size(const syn_list *l);
const char *lexicon_word(const syn_list *l, size_t i);

#endif
