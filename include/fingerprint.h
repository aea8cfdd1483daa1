/* fingerprint — what an extraction depends on besides the article: the program's
 * version, the rule and gazetteer files (by name and content) and the options that change
 * what is extracted (--anchor, --date-order). Shards carry it and the store keys results
 * by it, so results made with other rules are known as such. */
#ifndef EVGRAPH_FINGERPRINT_H
#define EVGRAPH_FINGERPRINT_H

#include "pipeline.h"

#define FINGERPRINT_LEN 16 /* hex digits: the first 64 bits of a SHA-256 */

/* Fills out (FINGERPRINT_LEN digits and a NUL). -1 with err set when a rule file can no
 * longer be read. */
int fingerprint_extraction(const ruleset *rs, const pipeline_opts *o,
                           char out[FINGERPRINT_LEN + 1], ev_err *err);

#endif
