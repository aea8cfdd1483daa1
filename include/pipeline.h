/* pipeline — run the stages in order over every input, one document at a time:
 * document -> sentences -> syntax -> dates -> actors -> events -> graph. Bad inputs are
 * reported one line each and skipped; the rest still go through. Documents are processed
 * on opts->jobs threads and merged into the graph in input order, so the output does not
 * depend on the number of threads. */
#ifndef EVGRAPH_PIPELINE_H
#define EVGRAPH_PIPELINE_H

#include "dates.h"
#include "graph.h"
#include "record.h"
#include "rules.h"
#include "syntax.h"

typedef struct {
    ymd anchor;            /* --anchor; y == 0 when not given */
    dates_order order;
    int quiet, verbose;
    const syn_model *model; /* the tagger and parser's model; NULL: patterns only */
    int jobs;              /* -j: worker threads; 0 = one per core */
    int follow_links;      /* -L: follow symbolic links inside directories */
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

/* Expands inputs (files, directories, "-"; see inputs.h for which and in what order)
 * and feeds each document into g. Each bad
 * input is reported on stderr through diag and counted in stats->failed. Returns -1
 * only for a failure that stops everything (err set). */
int pipeline_run(const ruleset *rs, const pipeline_opts *o, char *const *inputs,
                 size_t ninputs, evgraph *g, pipeline_stats *stats, ev_err *err);

/* The same for one article held in memory (source names it in messages): the golden rule
 * tests run this way, in-process. Returns -1 with err set when the text is refused. */
int pipeline_run_text(const ruleset *rs, const pipeline_opts *o, const char *source,
                      const char *text, size_t len, evgraph *g, ev_err *err);

#endif
