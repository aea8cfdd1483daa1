/* merge — the reduce step: read shard lines (files, directories of *.jsonl, "-" for
 * standard input), put the documents in their one order, and feed them to a graph or
 * write them out again as one shard. The order is the documents' source paths, compared
 * bytewise, then the lines themselves: it depends only on which documents there are,
 * not on how they were split into shards or in what order the shards come, so merging
 * is associative (and commutative), and equals the single run over one directory, or
 * over files given in sorted order. */
#ifndef EVGRAPH_MERGE_H
#define EVGRAPH_MERGE_H

#include "fingerprint.h"
#include "pipeline.h"

typedef struct {
    char *key;   /* the document's source path */
    char *line;  /* the shard line, without its newline */
    size_t len;
} merge_line;

typedef struct {
    merge_line *v;
    size_t n, cap;
    int mixed;   /* lines of more than one extraction fingerprint */
} merge_set;

/* A shard line holds one document's record, smaller than the article it came from:
 * longer than an article may be (DOCUMENT_MAX_BYTES) is no shard line. */
#define MERGE_MAX_LINE DOCUMENT_MAX_BYTES

/* Reads every input into s, sorted. Inputs are walked as articles are (inputs.h):
 * directories give their regular *.jsonl files, links only when follow is set. Each bad
 * input or line is reported (file and line number) and counted in stats->failed; good
 * lines count in stats->ok. */
void merge_read(merge_set *s, const ruleset *rs, char *const *inputs, size_t ninputs,
                int follow, pipeline_stats *stats);
/* Checks one shard line and adds it, under its document's source path, in the form
 * shard_format writes (so the order of documents with the same path does not depend on
 * how their lines were spelled). fingerprint receives the line's; -1 with err set (what
 * is wrong and where in the line) when it is no version-1 shard line. */
int merge_add_line(merge_set *s, const ruleset *rs, const char *line, size_t len,
                   char fingerprint[FINGERPRINT_LEN + 1], ev_err *err);
/* Adds one line that parsed as a shard record, under its document's path. */
void merge_add(merge_set *s, const char *key, const char *line, size_t len);
/* Puts the lines in the one order (merge_read does it itself). */
void merge_sort(merge_set *s);
/* Adds every document of s to g (rules set, finished): what one run would have built.
 * Each document's source is its key (the store keeps one extraction for identical
 * contents under several paths). */
void merge_into_graph(const merge_set *s, const ruleset *rs, evgraph *g);
/* Writes s as one shard (canonical lines, in order). -1 with err set on failure. */
int merge_write_shard(const merge_set *s, const ruleset *rs, strbuf *out, ev_err *err);
void merge_set_free(merge_set *s);

#endif
