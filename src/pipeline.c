/* pipeline — run the stages over every input, one document at a time, and hand each
 * document's results to the graph before the document is dropped. */
#include "pipeline.h"

#include <string.h>
#include <sys/stat.h>

#include "actors.h"
#include "diag.h"
#include "document.h"
#include "events.h"
#include "record.h"
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

/* Into the graph, or as a record to the sink. */
static int deliver(run *r, const document *doc, const timex_list *tx, const actor_table *actors,
                   const doc_event_list *events)
{
    if (!r->o->sink) {
        graph_add_document(r->g, doc, tx, actors, events);
        return 0;
    }
    doc_record rec;
    record_from_document(&rec, doc, tx, actors, events);
    int rc = r->o->sink(r->o->ctx, &rec);
    record_free(&rec);
    return rc;
}

static int process_document(run *r, document *doc)
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
    int rc = deliver(r, doc, &tx, &actors, &events);
    diag_info("%s: %zu sentences, %zu dates, %zu actors, %zu events", doc->source, sents.n,
              tx.n, actors.nactors, events.n);
    doc_event_list_free(&events);
    actor_table_free(&actors);
    timex_list_free(&tx);
    sentences_free(&sents);
    return rc;
}

static void process_file(run *r, const char *path)
{
    document doc;
    ev_err err;
    if (r->o->want && !r->o->want(r->o->ctx, path)) {
        r->stats->skipped++;
        return;
    }
    if (document_load(&doc, path, &err) != 0) {
        diag_error("%s", err.msg);
        r->stats->failed++;
    } else if (process_document(r, &doc) != 0) {
        r->stats->failed++;
    } else {
        r->stats->ok++;
    }
    document_free(&doc);
}

static int article_name(const char *name)
{
    return name[0] != '.' &&
           (util_has_suffix(name, ".txt") || util_has_suffix(name, ".md") ||
            util_has_suffix(name, ".html") || util_has_suffix(name, ".htm"));
}

static void process_directory(run *r, const char *dir)
{
    char **names;
    size_t n;
    ev_err err;
    if (util_list_dir(dir, article_name, &names, &n, &err) != 0) {
        diag_error("%s", err.msg);
        r->stats->failed++;
        return;
    }
    if (!n)
        diag_warn("%s: no *.txt, *.md or *.html articles in this directory", dir);
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(dir) + strlen(names[i]) + 2;
        char *p = xmalloc(l);
        snprintf(p, l, "%s/%s", dir, names[i]);
        process_file(r, p);
        free(p);
        free(names[i]);
    }
    free(names);
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
    static char *const stdin_only[] = {"-"};
    if (!ninputs) {
        inputs = stdin_only;
        ninputs = 1;
    }
    for (size_t i = 0; i < ninputs; i++) {
        struct stat st;
        if (strcmp(inputs[i], "-") != 0 && stat(inputs[i], &st) == 0 && S_ISDIR(st.st_mode))
            process_directory(&r, inputs[i]);
        else
            process_file(&r, inputs[i]);
    }
    if (rx_limit_hits())
        diag_warn("%lu pattern matches gave up at the backtracking limit", rx_limit_hits());
    actors_free(r.actors);
    dates_free(r.dates);
    graph_finish(g);
    return 0;
}
