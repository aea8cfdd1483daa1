/* shard — the JSON Lines form of a document's record (record.h): one self-contained
 * line per document, version 1 of the shard contract (README, "Scale-out"). Writing and
 * reading back give the same record, so a merge of shards renders what a single run
 * renders. */
#ifndef EVGRAPH_SHARD_H
#define EVGRAPH_SHARD_H

#include "fingerprint.h"
#include "record.h"

#define SHARD_VERSION 1

/* Appends r as one line (ending in '\n') to out. fingerprint: the extraction's (see
 * fingerprint.h). -1 with err set when the record cannot be written as JSON. */
int shard_format(const doc_record *r, const char *fingerprint, strbuf *out, ev_err *err);
/* Reads one line into r (event types resolved against rs). fingerprint receives the
 * line's. -1 with err set (what is wrong and where in the line) on a line that is not a
 * version-1 shard record; r is then empty. */
int shard_parse(const char *line, size_t len, const ruleset *rs, doc_record *r,
                char fingerprint[FINGERPRINT_LEN + 1], ev_err *err);

#endif
