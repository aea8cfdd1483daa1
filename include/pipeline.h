/* pipeline — run the stages in order over every input, one document at a time:
 * document -> sentences -> dates -> actors -> events -> graph. Bad inputs are reported
 * one line each and skipped; the rest still go through. */
#ifndef EVGRAPH_PIPELINE_H
#define EVGRAPH_PIPELINE_H

#include "dates.h"
#include "graph.h"
#include "rules.h"

typedef struct {
    ymd anchor;            /* --anchor; y == 0 when not given */
    dates_order order;
    int quiet, verbose;
    /* When sink is set, each document goes to it as its record (record.h) instead of into
     * the graph: json --jsonl writes it out, db add stores it. A sink that fails reports
     * why and returns -1; the document counts as failed. When want is set, a file it
     * returns 0 for is skipped before it is processed (db add: already stored). */
    int (*sink)(void *ctx, const doc_record *r);
    int (*want)(void *ctx, const char *path);
    void *ctx;
} pipeline_opts;

typedef struct {
    size_t ok, failed, skipped;
} pipeline_stats;

/* Expands inputs (files, directories, "-") and feeds each document into g. Each bad
 * input is reported on stderr through diag and counted in stats->failed. Returns -1
 * only for a failure that stops everything (err set). */
int pipeline_run(const ruleset *rs, const pipeline_opts *o, char *const *inputs,
                 size_t ninputs, evgraph *g, pipeline_stats *stats, ev_err *err);

#endif
