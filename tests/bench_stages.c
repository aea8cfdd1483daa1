/* bench_stages RULES MODEL FILE... — each stage of the pipeline apart, on one thread, over
 * the documents FILE... (each file one document, processed as `evgraph json` does):
 * MB/s of CPU time for sentences, dates, actors, the syntax stage (as the event stage
 * asks for it: only the sentences it can read) and events, and the memory each stage's
 * result holds (heap bytes in use after the stage less before it, the largest over the
 * documents); then the loads (rules, model) and the process's peak resident memory.
 * The stages run in the pipeline's order, so each gets what the ones before it made. */
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "actors.h"
#include "dates.h"
#include "document.h"
#include "events.h"
#include "events_syntax.h"
#include "rules.h"
#include "sentences.h"
#include "syntax.h"
#include "syntax_doc.h"

enum { ST_SENTENCES, ST_DATES, ST_ACTORS, ST_SYNTAX, ST_EVENTS, NSTAGES };
static const char *const stage_names[] = {"sentences", "dates", "actors",
                                          "syntax (gated)", "events"};

typedef struct {
    double cpu[NSTAGES];
    size_t held[NSTAGES]; /* the largest heap growth over one document */
} totals;

/* CPU time of this process: on a shared machine wall time measures the neighbours. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static size_t heap_used(void)
{
    return mallinfo2().uordblks;
}

/* Ends stage st: its time and what it left on the heap since *t0 and *h0. */
static void lap(totals *t, int st, double *t0, size_t *h0)
{
    double t1 = now();
    size_t h1 = heap_used();
    t->cpu[st] += t1 - *t0;
    if (h1 > *h0 && h1 - *h0 > t->held[st])
        t->held[st] = h1 - *h0;
    *t0 = now();
    *h0 = heap_used();
}

static void one_document(const ruleset *rs, const syn_model *m, dates_ctx *dc,
                         const actors_ctx *ac, document *doc, totals *t)
{
    double t0 = now();
    size_t h0 = heap_used();
    sentence_list sents = {0};
    sentences_split(doc, &sents);
    lap(t, ST_SENTENCES, &t0, &h0);
    timex_list tx = {0};
    dates_begin_document(dc);
    for (size_t i = 0; i < sents.n; i++)
        dates_tag_sentence(dc, doc->text, sents.v[i].start, sents.v[i].end, doc->anchor, &tx);
    lap(t, ST_DATES, &t0, &h0);
    actor_table actors = {0};
    actors_find(ac, doc, &sents, &actors);
    lap(t, ST_ACTORS, &t0, &h0);
    syn_doc syn;
    events_parse_need need = {rs, &actors};
    syntax_doc_begin(m, doc, &sents, events_syntax_wants, &need, 1, &syn);
    syntax_doc_parse_all(&syn);
    lap(t, ST_SYNTAX, &t0, &h0);
    doc_event_list events = {0};
    events_extract(rs, doc, &sents, &syn, &tx, &actors, &events);
    lap(t, ST_EVENTS, &t0, &h0);
    doc_event_list_free(&events);
    syn_doc_free(&syn);
    actor_table_free(&actors);
    timex_list_free(&tx);
    sentences_free(&sents);
}

static void print(const totals *t, double mb, double rules_s, double model_s)
{
    double all = 0;
    for (int s = 0; s < NSTAGES; s++)
        all += t->cpu[s];
    for (int s = 0; s < NSTAGES; s++)
        printf("  %-16s %8.2f MB/s (CPU %6.2f s, %4.1f%%)  holds up to %6.1f MB\n",
               stage_names[s], mb / (t->cpu[s] > 0 ? t->cpu[s] : 1e-9), t->cpu[s],
               100 * t->cpu[s] / (all > 0 ? all : 1e-9), (double)t->held[s] / 1048576);
    printf("  %-16s %8.2f MB/s (CPU %6.2f s)\n", "all stages", mb / (all > 0 ? all : 1e-9),
           all);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("  loads: rules %.2f s, model %.2f s (CPU); peak resident %ld MB\n", rules_s,
           model_s, ru.ru_maxrss / 1024);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: bench_stages RULES MODEL FILE...\n");
        return 2;
    }
    ev_err err;
    double t0 = now();
    ruleset *rs = rules_load(argv[1], NULL, 0, &err);
    double rules_s = now() - t0;
    t0 = now();
    syn_model *m = rs ? syn_model_load(argv[2], &err) : NULL;
    double model_s = now() - t0;
    dates_ctx *dc = m ? dates_new(DATES_ORDER_MDY, &err) : NULL;
    actors_ctx *ac = dc ? actors_new(rs, &err) : NULL;
    if (!ac) {
        fprintf(stderr, "bench_stages: %s\n", err.msg);
        return 1;
    }
    totals t = {0};
    double bytes = 0;
    for (int i = 3; i < argc; i++) {
        document doc;
        if (document_load(&doc, argv[i], &err) != 0) {
            fprintf(stderr, "bench_stages: %s\n", err.msg);
            continue;
        }
        document_set_anchor(&doc, (ymd){0});
        bytes += (double)doc.len;
        one_document(rs, m, dc, ac, &doc, &t);
        document_free(&doc);
    }
    print(&t, bytes / 1048576, rules_s, model_s);
    actors_free(ac);
    dates_free(dc);
    syn_model_free(m);
    rules_free(rs);
    return 0;
}
