/* rx — the one place PCRE2 is called: compile with JIT and a clear error, and match
 * with match and depth limits so that no pattern can backtrack for minutes. */
#ifndef EVGRAPH_RX_H
#define EVGRAPH_RX_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>

#include "util.h"

/* Compiles pattern; on failure fills err with the PCRE2 message and the offset. */
pcre2_code *rx_compile(const char *pattern, unsigned options, ev_err *err);
/* The same without JIT: for a pattern compiled only to be checked. */
pcre2_code *rx_compile_plain(const char *pattern, unsigned options, ev_err *err);
/* Matches at or after start; returns 1 on a match (ovector in md), 0 on none, and 0
 * also when a limit was hit (counted in rx_limit_hits). */
int rx_match(const pcre2_code *re, const char *subject, size_t len, size_t start,
             pcre2_match_data *md);
/* The span of a named group, or -1 when that group did not take part. With duplicate
 * names, the first group of that name that matched. */
int rx_group(const pcre2_code *re, pcre2_match_data *md, const char *name, size_t *s,
             size_t *e);
/* Every span of a (possibly duplicated) named group that took part, up to max. */
size_t rx_groups(const pcre2_code *re, pcre2_match_data *md, const char *name, size_t *s,
                 size_t *e, size_t max);
unsigned long rx_limit_hits(void);
/* The distinct patterns that hit a limit since the last call (up to max, in the order
 * first hit) with their counts, *total all hits; then starts counting afresh. For a
 * warning that names the rules and the document. */
typedef struct {
    const pcre2_code *re;
    unsigned long hits;
} rx_hit;
size_t rx_take_hits(rx_hit *out, size_t max, unsigned long *total);
void rx_cleanup(void);

#endif
