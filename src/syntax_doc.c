/* syntax_doc — parse the sentences that can hold an event: body paragraphs only, since
 * events come from body text (headlines, bylines and boilerplate are never matched), and
 * of those the ones the caller wants (the event stage: a trigger or a word that names a
 * list told before, and an actor to name), since the parse is read only from such a
 * sentence (tagging to find the lemmas costs a tenth of parsing). On several threads
 * the sentences are handed out a few at a time; each parse is written at its
 * sentence's index, so the result is the one a single thread makes. */
#include "syntax_doc.h"

#include <pthread.h>

#include "util.h"

/* Sentences taken at a time: few enough to share a short window out evenly. */
#define SYN_DOC_CHUNK 4

typedef struct {
    syn_doc *d;
    size_t next; /* the first sentence of the window no thread has taken (atomic) */
} parse_work;

static int parsable(const document *doc, const sentence *s)
{
    return doc->paras[s->para].kind == PARA_BODY && s->end - s->start <= SYN_PARSE_MAX_BYTES;
}

static void *parse_some(void *arg)
{
    parse_work *pw = arg;
    const syn_doc *d = pw->d;
    size_t n = d->to, i;
    while ((i = __atomic_fetch_add(&pw->next, SYN_DOC_CHUNK, __ATOMIC_RELAXED)) < n) {
        size_t end = n - i < SYN_DOC_CHUNK ? n : i + SYN_DOC_CHUNK;
        for (; i < end; i++) {
            const sentence *s = &d->sents->v[i];
            /* "(2) The entities designated are": the enumerator of a numbered
             * paragraph is no word of its sentence */
            if (parsable(d->doc, s))
                syn_parse_if(d->m, d->doc->text,
                             s->start + util_enumerator(d->doc->text + s->start, s->end - s->start),
                             s->end, d->wanted, d->ctx, &d->v[i - d->from]);
        }
    }
    return NULL;
}

void syntax_doc_begin(const syn_model *m, const document *doc, const sentence_list *sents,
                      syn_gate wanted, const void *ctx, size_t threads, syn_doc *out)
{
    *out = (syn_doc){.n = sents->n, .m = m, .doc = doc, .sents = sents, .wanted = wanted,
                     .ctx = ctx, .threads = threads, .window = SYN_DOC_WINDOW};
    if (!m)
        return;
    for (size_t i = 0; i < sents->n; i++) {
        const sentence *s = &sents->v[i];
        out->unparsed += doc->paras[s->para].kind == PARA_BODY && !parsable(doc, s);
    }
}

static void drop_window(syn_doc *d)
{
    for (size_t i = 0; i < d->to - d->from; i++)
        syn_sentence_free(&d->v[i]);
    free(d->v);
    d->v = NULL;
    d->from = d->to = 0;
}

/* Parses sentences [from, to) in place of the window held. */
static void parse_window(syn_doc *d, size_t from, size_t to)
{
    drop_window(d);
    d->v = xcalloc(to - from + 1, sizeof *d->v);
    d->from = from;
    d->to = to;
    if (!d->m)
        return;
    parse_work pw = {d, from};
    pthread_t helper[SYN_DOC_MAX_THREADS];
    size_t started = 0, chunks = (to - from + SYN_DOC_CHUNK - 1) / SYN_DOC_CHUNK;
    size_t threads = d->threads > SYN_DOC_MAX_THREADS ? SYN_DOC_MAX_THREADS : d->threads;
    /* a helper that cannot start leaves its share to the others: the same parses */
    while (started + 1 < threads && started + 1 < chunks &&
           pthread_create(&helper[started], NULL, parse_some, &pw) == 0)
        started++;
    parse_some(&pw);
    for (size_t k = 0; k < started; k++)
        pthread_join(helper[k], NULL);
}

void syntax_doc_parse_all(syn_doc *d)
{
    parse_window(d, 0, d->n);
}

const syn_sentence *syn_doc_at(syn_doc *d, size_t i)
{
    if (i < d->from || i >= d->to)
        parse_window(d, i, d->n - i < d->window ? d->n : i + d->window);
    return &d->v[i - d->from];
}

void syn_doc_free(syn_doc *d)
{
    drop_window(d);
}
