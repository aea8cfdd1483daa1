/* store — the incremental store: an SQLite database (one file, no server) of the
 * articles added and their extraction results (shard lines), keyed by content hash and
 * extraction fingerprint. An article stored before with the same content, rules and
 * options is not processed again; other rules or options re-extract it. Each document
 * is written in one transaction (WAL journal), so a crash or a kill -9 leaves the store
 * as it was after the last whole document. The schema is in README ("The store"). */
#ifndef EVGRAPH_STORE_H
#define EVGRAPH_STORE_H

#include "merge.h"

#define STORE_SCHEMA 1

/* db add: processes every input (files, directories) not yet stored with these rules
 * and options; stats: ok = processed, skipped = already stored, failed = bad inputs
 * (each reported). -1 with err set when the store itself fails. */
int store_add(const char *path, const ruleset *rs, const pipeline_opts *o, char *const *inputs,
              size_t ninputs, pipeline_stats *stats, ev_err *err);
/* --db: every stored document's extraction for these rules and options, into s, in
 * merge order (stats->ok counts them). Documents extracted only with other rules are
 * counted in a warning. */
int store_load(const char *path, const ruleset *rs, const pipeline_opts *o, merge_set *s,
               pipeline_stats *stats, ev_err *err);
/* db stats: what the store holds, as lines of text. */
int store_stats(const char *path, const ruleset *rs, const pipeline_opts *o, strbuf *out,
                ev_err *err);

#endif
