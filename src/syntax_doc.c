/* syntax_doc — parse the sentences that can hold an event: body paragraphs only, since
 * events come from body text (headlines, bylines and boilerplate are never matched), and
 * of those the ones with a lemma the caller wants (the event stage: a trigger, or a word
 * that names a list told before), since the parse is read only from such a word (tagging
 * to find the lemmas costs a tenth of parsing). */
#include "syntax_doc.h"

void syntax_parse_document(const syn_model *m, const document *doc, const sentence_list *sents,
                           syn_gate wanted, const void *ctx, syn_doc *out)
{
    out->n = sents->n;
    out->v = xcalloc(sents->n + 1, sizeof *out->v);
    out->unparsed = 0;
    for (size_t i = 0; i < sents->n && m; i++) {
        const sentence *s = &sents->v[i];
        if (doc->paras[s->para].kind != PARA_BODY)
            continue;
        if (s->end - s->start <= SYN_PARSE_MAX_BYTES)
            syn_parse_if(m, doc->text, s->start, s->end, wanted, ctx, &out->v[i]);
        else
            out->unparsed++;
    }
}

void syn_doc_free(syn_doc *d)
{
    for (size_t i = 0; i < d->n; i++)
        syn_sentence_free(&d->v[i]);
    free(d->v);
    d->v = NULL;
    d->n = 0;
}
