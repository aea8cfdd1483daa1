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

/* Sentences taken at a time: few enough to share a short document out evenly. */
#define SYN_DOC_CHUNK 4

typedef struct {
    const syn_model *m;
    const document *doc;
    const sentence_list *sents;
    syn_gate wanted;
    const void *ctx;
    syn_doc *out;
    size_t next; /* the first sentence no thread has taken (atomic) */
} parse_work;

static int parsable(const document *doc, const sentence *s)
{
    return doc->paras[s->para].kind == PARA_BODY && s->end - s->start <= SYN_PARSE_MAX_BYTES;
}

static void *parse_some(void *arg)
{
    parse_work *pw = arg;
    size_t n = pw->sents->n, i;
    while ((i = __atomic_fetch_add(&pw->next, SYN_DOC_CHUNK, __ATOMIC_RELAXED)) < n) {
        size_t end = n - i < SYN_DOC_CHUNK ? n : i + SYN_DOC_CHUNK;
        for (; i < end; i++) {
            const sentence *s = &pw->sents->v[i];
            /* "(2) The entities designated are": the enumerator of a numbered
             * paragraph is no word of its sentence */
            if (parsable(pw->doc, s))
                syn_parse_if(pw->m, pw->doc->text,
                             s->start + util_enumerator(pw->doc->text + s->start, s->end - s->start),
                             s->end, pw->wanted, pw->ctx, &pw->out->v[i]);
        }
    }
    return NULL;
}

void syntax_parse_document(const syn_model *m, const document *doc, const sentence_list *sents,
                           syn_gate wanted, const void *ctx, size_t threads, syn_doc *out)
{
    out->n = sents->n;
    out->v = xcalloc(sents->n + 1, sizeof *out->v);
    out->unparsed = 0;
    if (!m)
        return;
    for (size_t i = 0; i < sents->n; i++) {
        const sentence *s = &sents->v[i];
        out->unparsed += doc->paras[s->para].kind == PARA_BODY && !parsable(doc, s);
    }
    parse_work pw = {m, doc, sents, wanted, ctx, out, 0};
    pthread_t helper[SYN_DOC_MAX_THREADS];
    size_t started = 0, chunks = (sents->n + SYN_DOC_CHUNK - 1) / SYN_DOC_CHUNK;
    if (threads > SYN_DOC_MAX_THREADS)
        threads = SYN_DOC_MAX_THREADS;
    /* a helper that cannot start leaves its share to the others: the same parses */
    while (started + 1 < threads && started + 1 < chunks &&
           pthread_create(&helper[started], NULL, parse_some, &pw) == 0)
        started++;
    parse_some(&pw);
    for (size_t k = 0; k < started; k++)
        pthread_join(helper[k], NULL);
}

void syn_doc_free(syn_doc *d)
{
    for (size_t i = 0; i < d->n; i++)
        syn_sentence_free(&d->v[i]);
    free(d->v);
    d->v = NULL;
    d->n = 0;
}
