/* pipeline — run the stages over every input and hand each document's results to the
 * graph before the document is dropped.
 *
 * The inputs are first expanded into a list of jobs (files, and the messages a directory
 * walk has to tell, in their place). With -j N, N worker threads take jobs in order and
 * each produces a doc_result (the document and what the stages found in it, and its
 * messages); the main thread merges the results into the graph strictly in input order,
 * printing each document's messages as it merges it, so ids, output and stderr are the
 * same for every N. At most `window` results wait to be merged, so memory holds a few
 * documents, never the whole input. With one worker everything runs on the main thread,
 * through the same functions, and messages go straight to stderr (the same lines in the
 * same order, without holding a long -vv trace in memory). */
#include "pipeline.h"

#include <pthread.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "actors.h"
#include "diag.h"
#include "document.h"
#include "events.h"
#include "events_syntax.h"
#include "inputs.h"
#include "record.h"
#include "sentences.h"

/* ---- jobs ---- */

typedef enum { JOB_FILE, JOB_ERROR, JOB_WARNING } job_kind;

typedef struct {
    job_kind kind;
    char *text; /* JOB_FILE: the path; else the message */
    unsigned long long size; /* a file's bytes, for the progress line (0: a stream) */
} job;

typedef struct {
    job *v;
    size_t n, cap;
    size_t files, stdin_files;
    unsigned long long bytes; /* of every file */
} job_list;

static void add_job(job_list *l, job_kind kind, char *text, int stream)
{
    struct stat st;
    unsigned long long size = 0;
    if (kind == JOB_FILE && !stream && stat(text, &st) == 0 && S_ISREG(st.st_mode))
        size = (unsigned long long)st.st_size;
    *VEC_PUSH(l->v, l->n, l->cap) = (job){kind, text, size};
    if (kind == JOB_FILE) {
        l->files++;
        l->stdin_files += strcmp(text, "-") == 0;
        l->bytes += size;
    }
}

/* The documents in canonical order (inputs.h), so that the order the inputs were given
 * in cannot change the result; what cannot be read was reported and counted. */
static void collect_jobs(job_list *l, const pipeline_opts *o, char *const *inputs,
                         size_t ninputs, pipeline_stats *stats)
{
    input_list docs;
    inputs_collect(inputs, ninputs, &inputs_articles, o->follow_links, &docs, &stats->failed);
    for (size_t i = 0; i < docs.n; i++)
        add_job(l, JOB_FILE, xstrdup(docs.v[i].path), docs.v[i].stream);
    inputs_free(&docs);
}

static void jobs_free(job_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i].text);
    free(l->v);
}

/* ---- one document ---- */

/* What one document gives the graph. Owned by its slot from the worker that fills it to
 * the merge that empties it. */
typedef struct {
    int done;   /* the worker has finished it */
    int loaded; /* doc and the lists below hold a document to merge */
    int failed; /* the input could not be read (its message is in diag) */
    int skipped; /* the filter (opts->want) passed it over */
    document doc;
    timex_list tx;
    actor_table actors;
    doc_event_list events;
    strbuf diag; /* its messages, printed when it is merged */
} doc_result;

/* One thread's stages: dates and actors keep per-document scratch (match data, what
 * "the quarter" refers to), so each thread has its own; the ruleset is shared, read-only. */
typedef struct {
    const ruleset *rs;
    const pipeline_opts *o;
    dates_ctx *dates;
    actors_ctx *actors;
    int capture; /* keep messages for the merge (threads); else straight to stderr */
    size_t parse_threads; /* threads for one document's parse (syntax_parse_document) */
} stages;

static void tag_dates(const stages *st, const document *doc, const sentence_list *sents,
                      timex_list *tx)
{
    for (size_t i = 0; i < sents->n; i++)
        dates_tag_sentence(st->dates, doc->text, sents->v[i].start, sents->v[i].end,
                           doc->anchor, tx);
}

static void extract(const stages *st, doc_result *r)
{
    document *doc = &r->doc;
    document_set_anchor(doc, st->o->anchor);
    if (doc->anchor.y == 0)
        diag_warn("%s: no publication date found; relative dates are left unresolved "
                  "(use --anchor YYYY-MM-DD)",
                  doc->source);
    if (doc->invalid_bytes)
        diag_warn("%s: %zu invalid UTF-8 sequences replaced", doc->source, doc->invalid_bytes);
    sentence_list sents = {0};
    sentences_split(doc, &sents);
    if (sents.cut)
        diag_warn("%s: %zu over-long sentences were cut at %d bytes", doc->source, sents.cut,
                  SENTENCE_MAX_BYTES);
    dates_begin_document(st->dates);
    tag_dates(st, doc, &sents, &r->tx);
    actors_find(st->actors, doc, &sents, &r->actors);
    /* the parse last: only sentences the event stage may read it from are parsed, a
     * window at a time as events_extract reads them */
    syn_doc syn;
    events_parse_need need = {st->rs, &r->actors};
    syntax_doc_begin(st->o->model, doc, &sents, events_syntax_wants, &need, st->parse_threads,
                     &syn);
    /* a cap that changes what is found is said, as the sentence cut above is */
    if (syn.unparsed)
        diag_warn("%s: %zu sentence%s over %d bytes not parsed (only the patterns read %s)",
                  doc->source, syn.unparsed, syn.unparsed == 1 ? "" : "s", SYN_PARSE_MAX_BYTES,
                  syn.unparsed == 1 ? "it" : "them");
    events_extract(st->rs, doc, &sents, st->o->model ? &syn : NULL, &r->tx, &r->actors,
                   &r->events);
    diag_info("%s: %zu sentences, %zu dates, %zu actors, %zu events", doc->source, sents.n,
              r->tx.n, r->actors.nactors, r->events.n);
    syn_doc_free(&syn);
    sentences_free(&sents);
}

/* "doc: 3 pattern matches gave up at the backtracking limit (rule file:$.event.patterns[0]
 * 2, ...)": which rules are too slow for which document (the counts are this thread's). */
static void report_limit_hits(const stages *st, const char *source)
{
    rx_hit hits[8];
    unsigned long total;
    size_t n = rx_take_hits(hits, 8, &total), shown = n < 4 ? n : 4;
    if (!total)
        return;
    strbuf b = {0};
    for (size_t i = 0; i < shown; i++) {
        const char *name = rules_pattern_name(st->rs, hits[i].re);
        sb_addf(&b, "%s%s: %lu", i ? "; " : "", name ? name : "an actor-recognition pattern",
                hits[i].hits);
    }
    diag_warn("%s: %lu pattern matches gave up at the backtracking limit (%s%s)", source, total,
              b.s, n > shown ? "; ..." : "");
    sb_free(&b);
}

/* Reads and processes the input at path into r, its messages kept in r->diag. */
static void process_file(const stages *st, const char *path, doc_result *r)
{
    ev_err err;
    /* db add: a document already stored is not read again (the filter runs on one thread,
     * just before the document, as thread_count makes sure) */
    if (st->o->want && !st->o->want(st->o->ctx, path)) {
        r->skipped = 1;
        return;
    }
    if (st->capture)
        diag_capture(&r->diag);
    if (document_load(&r->doc, path, &err) != 0) {
        diag_error("%s", err.msg);
        document_free(&r->doc);
        r->failed = 1;
    } else {
        extract(st, r);
        report_limit_hits(st, path);
        r->loaded = 1;
    }
    diag_capture(NULL);
}

static void process_job(const stages *st, const job *j, doc_result *r)
{
    if (j->kind == JOB_FILE)
        process_file(st, j->text, r);
}

/* What the stages made of the document; its messages stay. */
static void release_document(doc_result *r)
{
    if (r->loaded) {
        doc_event_list_free(&r->events);
        actor_table_free(&r->actors);
        timex_list_free(&r->tx);
        document_free(&r->doc);
    }
    r->loaded = 0;
}

static void result_free(doc_result *r)
{
    release_document(r);
    sb_free(&r->diag);
    memset(r, 0, sizeof *r);
}

/* Into the graph, or as a record to the sink (json --jsonl, db add). The record holds
 * all either needs, so the document and what the stages made of it are released before
 * the graph copies the record: a long document's text, actors and events are not held
 * beside the graph's copy. */
static int deliver(const pipeline_opts *o, evgraph *g, doc_result *r)
{
    doc_record rec;
    record_from_document(&rec, &r->doc, &r->tx, &r->actors, &r->events);
    release_document(r);
    int rc = 0;
    if (o->sink)
        rc = o->sink(o->ctx, &rec);
    else
        graph_add_record(g, &rec);
    record_free(&rec);
    return rc;
}

/* Hands the job's result to the graph (main thread, input order) and empties r. */
static void merge_job(const pipeline_opts *o, evgraph *g, pipeline_stats *stats, const job *j,
                      doc_result *r)
{
    if (j->kind == JOB_ERROR) {
        diag_error("%s", j->text);
        stats->failed++;
    } else if (j->kind == JOB_WARNING) {
        diag_warn("%s", j->text);
    }
    diag_release(&r->diag);
    if (r->loaded) {
        if (deliver(o, g, r) != 0)
            stats->failed++;
        else
            stats->ok++;
    }
    if (r->failed)
        stats->failed++;
    if (r->skipped)
        stats->skipped++;
    result_free(r);
}

/* ---- workers ---- */

typedef struct {
    const job_list *jobs;
    doc_result *slots; /* job i's result is slots[i % window] */
    size_t window;
    size_t next;   /* the next job a worker takes */
    size_t merged; /* jobs merged so far */
    pthread_mutex_t mu;
    pthread_cond_t room; /* a slot was emptied */
    pthread_cond_t done; /* a result was finished */
    const pipeline_opts *o;
} pool;

typedef struct {
    pool *p;
    stages st;
    pthread_t thread;
} worker;

static void *worker_main(void *arg)
{
    worker *w = arg;
    pool *p = w->p;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->next < p->jobs->n && p->next >= p->merged + p->window)
            pthread_cond_wait(&p->room, &p->mu);
        if (p->next >= p->jobs->n)
            break;
        size_t i = p->next++;
        pthread_mutex_unlock(&p->mu);
        doc_result *r = &p->slots[i % p->window];
        process_job(&w->st, &p->jobs->v[i], r);
        pthread_mutex_lock(&p->mu);
        r->done = 1;
        pthread_cond_broadcast(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* After job i is merged: the progress line (main thread). */
static void tick(const job_list *jobs, size_t i, unsigned long long *bytes)
{
    *bytes += jobs->v[i].size;
    diag_progress(i + 1, *bytes);
}

static void merge_in_order(pool *p, evgraph *g, pipeline_stats *stats)
{
    unsigned long long bytes = 0;
    for (size_t i = 0; i < p->jobs->n; i++) {
        doc_result *r = &p->slots[i % p->window];
        pthread_mutex_lock(&p->mu);
        while (!r->done)
            pthread_cond_wait(&p->done, &p->mu);
        pthread_mutex_unlock(&p->mu);
        merge_job(p->o, g, stats, &p->jobs->v[i], r);
        tick(p->jobs, i, &bytes);
        pthread_mutex_lock(&p->mu);
        p->merged = i + 1;
        pthread_cond_broadcast(&p->room);
        pthread_mutex_unlock(&p->mu);
    }
}

/* Runs the jobs on the workers' stages (w[0] .. w[n-1]), merging on this thread. Returns
 * -1 when a thread could not be started (then nothing was merged). */
static int run_threads(worker *w, size_t n, const job_list *jobs, evgraph *g,
                       pipeline_stats *stats)
{
    pool p = {jobs, NULL, 2 * n, 0, 0, PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER,
              PTHREAD_COND_INITIALIZER, w[0].st.o};
    p.slots = xcalloc(p.window, sizeof *p.slots);
    size_t started = 0;
    for (; started < n; started++) {
        w[started].p = &p;
        if (pthread_create(&w[started].thread, NULL, worker_main, &w[started]) != 0)
            break;
    }
    if (started == n) {
        merge_in_order(&p, g, stats);
    } else {
        pthread_mutex_lock(&p.mu);
        p.next = jobs->n; /* stop the started ones, waiting for room or not */
        pthread_cond_broadcast(&p.room);
        pthread_mutex_unlock(&p.mu);
    }
    for (size_t i = 0; i < started; i++)
        pthread_join(w[i].thread, NULL);
    for (size_t i = 0; i < p.window; i++)
        result_free(&p.slots[i]); /* results left when threads could not all start */
    free(p.slots);
    return started == n ? 0 : -1;
}

static void run_inline(const stages *st, const job_list *jobs, evgraph *g,
                       pipeline_stats *stats)
{
    doc_result r;
    memset(&r, 0, sizeof r);
    unsigned long long bytes = 0;
    for (size_t i = 0; i < jobs->n; i++) {
        process_job(st, &jobs->v[i], &r);
        merge_job(st->o, g, stats, &jobs->v[i], &r);
        tick(jobs, i, &bytes);
    }
}

/* The threads asked for: -j, else one per core. */
static size_t threads_asked(const pipeline_opts *o)
{
    long n = o->jobs > 0 ? o->jobs : sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : (size_t)n;
}

/* How many document threads: those asked for, never more than there are files, and one
 * when standard input is read twice (the first read takes it all, as without threads) or
 * a filter (db add) asks before each document. */
static size_t thread_count(const pipeline_opts *o, const job_list *jobs)
{
    long n = (long)threads_asked(o);
    if ((size_t)n > jobs->files)
        n = jobs->files ? (long)jobs->files : 1;
    if (jobs->stdin_files > 1 || o->want)
        n = 1;
    return (size_t)n;
}

int pipeline_run(const ruleset *rs, const pipeline_opts *o, char *const *inputs,
                 size_t ninputs, evgraph *g, pipeline_stats *stats, ev_err *err)
{
    graph_set_rules(g, rs);
    actors_ctx *shared = actors_new(rs, err);
    if (!shared)
        return -1;
    job_list jobs = {0};
    collect_jobs(&jobs, o, inputs, ninputs, stats);
    size_t n = thread_count(o, &jobs);
    worker *w = xcalloc(n, sizeof *w);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        /* one document at a time still parses on every thread asked for */
        w[i].st = (stages){rs, o, dates_new(o->order, err), i ? actors_fork(shared) : shared,
                           n > 1, n > 1 ? 1 : threads_asked(o)};
        if (!w[i].st.dates)
            rc = -1;
    }
    diag_progress_begin(jobs.files, jobs.bytes);
    if (rc == 0 && n == 1)
        run_inline(&w[0].st, &jobs, g, stats);
    else if (rc == 0 && run_threads(w, n, &jobs, g, stats) != 0) {
        err_set(err, "cannot start %zu threads (try -j 1)", n);
        rc = -1;
    }
    diag_progress_end();
    for (size_t i = n; i-- > 0;) {
        if (i)
            actors_free(w[i].st.actors);
        dates_free(w[i].st.dates);
    }
    free(w);
    actors_free(shared);
    jobs_free(&jobs);
    if (rc == 0)
        graph_finish(g);
    return rc;
}

int pipeline_run_text(const ruleset *rs, const pipeline_opts *o, const char *source,
                      const char *text, size_t len, evgraph *g, ev_err *err)
{
    graph_set_rules(g, rs);
    stages st = {rs, o, dates_new(o->order, err), NULL, 0, 1};
    if (!st.dates)
        return -1;
    st.actors = actors_new(rs, err);
    if (!st.actors) {
        dates_free(st.dates);
        return -1;
    }
    doc_result r;
    memset(&r, 0, sizeof r);
    int rc = document_from_memory(&r.doc, source, text, len, err);
    if (rc == 0) {
        extract(&st, &r);
        graph_add_document(g, &r.doc, &r.tx, &r.actors, &r.events);
        r.loaded = 1;
    } else {
        document_free(&r.doc);
    }
    result_free(&r);
    actors_free(st.actors);
    dates_free(st.dates);
    graph_finish(g);
    return rc;
}
