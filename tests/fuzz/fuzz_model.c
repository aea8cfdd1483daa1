/* libFuzzer target: the syntax model loader (model_from_memory, what syn_model_load
 * runs on a file's bytes) on arbitrary bytes, then, when a model loads, tagging,
 * lemmatising and parsing with it: a file that passes the loader's checks must never
 * make the parser read outside its tables.
 *
 * The file's checksum would stop nearly every mutation at the header, so when bytes
 * 12..15 (the header's padding word) are zero the target writes the true length and
 * checksum into the header first; otherwise the bytes are loaded as they are, which
 * exercises the header checks themselves. The seed (corpus/fuzz_model/tiny.bin) is a
 * model trained on tests/unit/test_syntax.c's three-sentence fixture (55 KB; the
 * shipped model is 16 MB, past -max_len). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "syntax.h"
#include "syntax_model.h"

static void check(const syn_sentence *s, size_t len)
{
    for (size_t i = 0; i < s->n; i++) {
        const syn_token *t = &s->tok[i];
        if (t->head >= (int)s->n || t->head < -1 || !t->deprel || !t->upos || !t->xpos ||
            !t->lemma)
            abort();
        if (len && (t->start >= t->end || t->end > len))
            abort();
    }
}

static void use(const syn_model *m)
{
    static const char *const texts[] = {
        "Acme bought Halden.",
        "Halden was bought by Acme on Tuesday, the company said.",
        "They don't sell the shares; U.S. regulators objected in 2024.",
    };
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        syn_sentence s;
        size_t len = strlen(texts[k]);
        syn_parse(m, texts[k], 0, len, &s);
        check(&s, len);
        syn_sentence_free(&s);
    }
    static const char *const words[] = {"Acme", "did", "n't", "buy", "Halden", "'s", "unit", "."};
    syn_sentence s;
    syn_parse_words(m, words, sizeof words / sizeof *words, &s);
    check(&s, 0);
    syn_sentence_free(&s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *copy = malloc(size ? size : 1);
    memcpy(copy, data, size);
    static const char zero[4];
    if (size >= 32 && memcmp(copy + 12, zero, 4) == 0) {
        uint64_t len = size, sum = model_checksum(copy + 32, size - 32);
        memcpy(copy + 16, &len, 8);
        memcpy(copy + 24, &sum, 8);
    }
    ev_err err;
    err.msg[0] = '\0';
    syn_model *m = model_from_memory("fuzz.bin", copy, size, &err); /* takes copy */
    if (m) {
        use(m);
        syn_model_free(m);
    } else if (!strstr(err.msg, "fuzz.bin")) {
        abort(); /* every refusal names the file */
    }
    return 0;
}
