/* libFuzzer target: the syntax stage on arbitrary bytes. Even first byte: the rest is
 * raw text for syn_parse (tokeniser, tagger, lemmatiser, parser); checks that every token
 * is a non-empty in-order span of the input, its form is those bytes, and every head is
 * in range within its piece of SYN_MAX_TOKENS. Odd first byte: the rest is read as
 * CoNLL-U (strict, as training reads gold data, when bit 1 is set) and its words
 * re-parsed. The shipped model (models/en-ud.bin, run
 * from the repository root, or $EVGRAPH_MODEL) is loaded once. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "syntax.h"
#include "syntax_conllu.h"

static syn_model *model;

static void check(const syn_sentence *s, size_t len)
{
    for (size_t i = 0; i < s->n; i++) {
        const syn_token *t = &s->tok[i];
        if (t->head >= (int)s->n || t->head < -1 || !t->deprel || !t->upos || !t->lemma)
            abort();
        if (t->head >= 0 && (size_t)t->head / SYN_MAX_TOKENS != i / SYN_MAX_TOKENS)
            abort();
        if (len && (t->start >= t->end || t->end > len || strlen(t->form) != t->end - t->start))
            abort();
        if (len && i && t->start < s->tok[i - 1].end)
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!model) {
        ev_err err;
        model = syn_model_load(syn_model_default_path(), &err);
        if (!model)
            abort(); /* run from the repository root */
    }
    if (size == 0)
        return 0;
    const char *text = (const char *)data + 1;
    size_t n = size - 1;
    if (data[0] % 2 == 0) {
        syn_sentence s;
        syn_parse(model, text, 0, n, &s);
        for (size_t i = 0; i < s.n; i++)
            if (memcmp(s.tok[i].form, text + s.tok[i].start, s.tok[i].end - s.tok[i].start))
                abort();
        check(&s, n);
        syn_sentence_free(&s);
        return 0;
    }
    conllu_doc d;
    ev_err err;
    if (conllu_parse("fuzz", text, n, (data[0] & 2) != 0, &d, &err) != 0)
        return 0;
    for (size_t k = 0; k < d.n; k++) {
        const char **forms = calloc(d.v[k].n + 1, sizeof *forms);
        for (size_t i = 0; i < d.v[k].n; i++)
            forms[i] = d.v[k].w[i].form;
        syn_sentence s;
        syn_parse_words(model, forms, d.v[k].n, &s);
        check(&s, 0);
        syn_sentence_free(&s);
        free(forms);
    }
    conllu_free(&d);
    return 0;
}
