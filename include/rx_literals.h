/* rx_literals — what any match of a regular expression must contain: literal strings
 * read off the pattern, as clauses of alternatives ("acquired" or "bought", and " by "),
 * so that a pattern can be skipped on a subject that lacks them (prefilter.h).
 *
 * The pattern is read as rx.c compiles the rules' patterns: PCRE2 syntax, caseless, UTF
 * and UCP. Strings are lower-case ASCII (a non-ASCII character is never part of one); a
 * subject holds a string when it holds it ASCII-caselessly, KELVIN SIGN read as 'k' and
 * LONG S as 's' (the only non-ASCII characters PCRE2 folds to ASCII letters). The analysis
 * is conservative: a construct it does not follow (back references, inline options,
 * conditionals, recursion, \Q…\E) makes it give up, and a pattern without a clause is
 * one to run always. */
#ifndef EVGRAPH_RX_LITERALS_H
#define EVGRAPH_RX_LITERALS_H

#include <stddef.h>

typedef struct {
    char **v; /* alternatives: at least one occurs in any subject the pattern matches */
    size_t n, cap;
} rxl_clause;

typedef struct {
    rxl_clause *v; /* all hold in any subject the pattern matches; none: no requirement */
    size_t n, cap;
} rxl_need;

/* What was read of long groups, for patterns that share them (a type's wordings stand
 * in each of its frames): read once, reused while the memo lives. */
typedef struct rxl_memo rxl_memo;
rxl_memo *rxl_memo_new(void);
void rxl_memo_free(rxl_memo *m);

/* Fills *need (overwritten) with what any match of pattern must contain. memo may be
 * NULL. */
void rx_literals(const char *pattern, rxl_memo *memo, rxl_need *need);
void rx_literals_free(rxl_need *need);

#endif
