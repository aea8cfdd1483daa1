/* rules_test — the golden tests beside the rules: each case is a folder
 * DIR/<type>/<case>.d/ with an article (input.txt) and the events it must and must not
 * give (expected), run in-process through the whole pipeline. Lines of expected:
 *
 *     + TYPE: SOURCE -> TARGET [MODALITY] {DATE}   an event that must be found
 *     - TYPE: SOURCE -> TARGET [MODALITY]          one that must not (asserted unless
 *                                                  a modality is given)
 *
 * SOURCE and TARGET are any name or alias of the actor (case, a leading "the", a
 * possessive and punctuation ignored), or "-" for none; [MODALITY] and {DATE} are
 * optional. Blank lines and lines starting with # are comments. */
#ifndef EVGRAPH_RULES_TEST_H
#define EVGRAPH_RULES_TEST_H

#include <stdio.h>

#include "pipeline.h"

typedef struct {
    size_t passed, failed;
} rules_test_stats;

/* Runs every case under dir; prints a line per failing case (expected vs found) to out,
 * and "ok CASE" lines when verbose. Returns -1 with err set only when dir cannot be read
 * or a case is malformed. */
int rules_test_run(const ruleset *rs, const pipeline_opts *o, const char *dir, int verbose,
                   FILE *out, rules_test_stats *st, ev_err *err);

#endif
