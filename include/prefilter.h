/* prefilter — skip a regular expression on a subject that lacks what any of its matches
 * must contain (rx_literals.h), for many patterns with one pass over the subject.
 *
 * While the rules load, each pattern is added and gets a condition; then one automaton
 * over every literal string of every condition is built. A subject is scanned once into
 * the set of literals it holds (pf_hits, the caller's), and each pattern's condition is
 * then a few bit tests. A pattern whose condition fails cannot match the subject, at any
 * start offset. Read-only once built, so any number of threads may share it. */
#ifndef EVGRAPH_PREFILTER_H
#define EVGRAPH_PREFILTER_H

#include <stddef.h>
#include <stdint.h>

typedef struct prefilter prefilter;

/* The condition of a pattern that requires nothing: it always runs. */
#define PF_ALWAYS (-1)

typedef struct {
    uint64_t *bits; /* literal id -> held by the subject last scanned */
    size_t nwords;
    int scanned;
} pf_hits;

prefilter *prefilter_new(void);
/* The condition of pattern (PCRE2, compiled caseless with UTF and UCP), or PF_ALWAYS
 * when it requires nothing or pf is already built. */
int prefilter_add(prefilter *pf, const char *pattern);
/* Builds the automaton; conditions added before are ready to test. */
void prefilter_build(prefilter *pf);
void prefilter_free(prefilter *pf);

/* Which literals subject[0, len) holds, into h (grown as needed). pf may be NULL. */
void prefilter_scan(const prefilter *pf, const char *subject, size_t len, pf_hits *h);
/* 0 when the subject last scanned into h cannot match the pattern of condition cond;
 * 1 when it may (always for PF_ALWAYS, a NULL pf, or h not scanned). */
int prefilter_may_match(const prefilter *pf, int cond, const pf_hits *h);
void pf_hits_free(pf_hits *h);

#endif
