/* pipeline — run the stages over every input, one document at a time, and hand each
 * document's results to the graph before the document is dropped. */
#include "pipeline.h"

#include <string.h>

#include "actors.h"
#include "diag.h"
#include "document.h"
#include "events.h"
#include "inputs.h"
#include "sentences.h"

typedef struct {
    const ruleset *rs;
    const pipeline_opts *o;
    dates_ctx *dates;
    actors_ctx *actors;
    evgraph *g;
    pipeline_stats *stats;
} run;

static void tag_dates(const run *r, const document *doc, const sentence_list *sents,
                      timex_list *tx)
{
    for (size_t i = 0; i < sents->n; i++)
        dates_tag_sentence(r->dates, doc->text, sents->v[i].start, sents->v[i].end, doc->anchor,
                           tx);
}

static void process_document(run *r, document *doc)
{
    document_set_anchor(doc, r->o->anchor);
    if (doc->anchor.y == 0)
        diag_warn("%s: no publication date found; relative dates are left unresolved "
                  "(use --anchor YYYY-MM-DD)",
                  doc->source);
    if (doc->invalid_bytes)
        diag_warn("%s: %zu invalid UTF-8 sequences replaced", doc->source, doc->invalid_bytes);
    sentence_list sents = {0};
    timex_list tx = {0};
    actor_table actors = {0};
    doc_event_list events = {0};
    sentences_split(doc, &sents);
    if (sents.cut)
        diag_warn("%s: %zu over-long sentences were cut at %d bytes", doc->source, sents.cut,
                  SENTENCE_MAX_BYTES);
    dates_begin_document(r->dates);
    tag_dates(r, doc, &sents, &tx);
    actors_find(r->actors, doc, &sents, &actors);
    events_extract(r->rs, doc, &sents, &tx, &actors, &events);
    graph_add_document(r->g, doc, &tx, &actors, &events);
    diag_info("%s: %zu sentences, %zu dates, %zu actors, %zu events", doc->source, sents.n,
              tx.n, actors.nactors, events.n);
    doc_event_list_free(&events);
    actor_table_free(&actors);
    timex_list_free(&tx);
    sentences_free(&sents);
}

/* "doc: 3 pattern matches gave up at the backtracking limit (rule file:$.event.patterns[0]
 * 2, ...)": which rules are too slow for which document. */
static void report_limit_hits(const run *r, const char *source)
{
    rx_hit hits[8];
    unsigned long total;
    size_t n = rx_take_hits(hits, 8, &total), shown = n < 4 ? n : 4;
    if (!total)
        return;
    strbuf b = {0};
    for (size_t i = 0; i < shown; i++) {
        const char *name = rules_pattern_name(r->rs, hits[i].re);
        sb_addf(&b, "%s%s: %lu", i ? "; " : "", name ? name : "an actor-recognition pattern",
                hits[i].hits);
    }
    diag_warn("%s: %lu pattern matches gave up at the backtracking limit (%s%s)", source, total,
              b.s, n > shown ? "; ..." : "");
    sb_free(&b);
}

static void process_file(run *r, const char *path)
{
    document doc;
    ev_err err;
    if (document_load(&doc, path, &err) != 0) {
        diag_error("%s", err.msg);
        r->stats->failed++;
    } else {
        process_document(r, &doc);
        report_limit_hits(r, path);
        r->stats->ok++;
    }
    document_free(&doc);
}

int pipeline_run(const ruleset *rs, const pipeline_opts *o, char *const *inputs,
                 size_t ninputs, evgraph *g, pipeline_stats *stats, ev_err *err)
{
    run r = {rs, o, NULL, NULL, g, stats};
    graph_set_rules(g, rs);
    r.dates = dates_new(o->order, err);
    if (!r.dates)
        return -1;
    r.actors = actors_new(rs, err);
    if (!r.actors) {
        dates_free(r.dates);
        return -1;
    }
    /* canonical order, so that the inputs' order cannot change the result */
    input_list docs;
    inputs_collect(inputs, ninputs, o->follow_links, &docs, &stats->failed);
    for (size_t i = 0; i < docs.n; i++)
        process_file(&r, docs.v[i].path);
    inputs_free(&docs);
    actors_free(r.actors);
    dates_free(r.dates);
    graph_finish(g);
    return 0;
}
