/* libFuzzer target: document_from_memory on arbitrary bytes (as plain text and as an
 * .html source), then checks the offset map: document_raw_offset must be monotone and
 * within raw_len at every paragraph boundary (document_raw_end no later than the next
 * start), paragraphs must lie inside the text, and every refusal must name the file. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "document.h"

static void check(const document *doc)
{
    if (doc->text[doc->len] != '\0')
        abort();
    size_t prev_raw = 0, prev_end = 0;
    for (size_t k = 0; k < doc->npara; k++) {
        const paragraph *p = &doc->paras[k];
        if (p->start > p->end || p->end > doc->len || p->start < prev_end)
            abort();
        prev_end = p->end;
        size_t rs = document_raw_offset(doc, p->start);
        size_t re = document_raw_offset(doc, p->end);
        size_t rend = document_raw_end(doc, p->end);
        if (rs > re || re > doc->raw_len || rs < prev_raw || rend < rs || rend > re)
            abort();
        prev_raw = re;
    }
    for (size_t i = 1; i < doc->nmap; i++)
        if (doc->map[i].text <= doc->map[i - 1].text || doc->map[i].raw < doc->map[i - 1].raw)
            abort();
    if (document_raw_offset(doc, doc->len) > doc->raw_len)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"fuzz.txt", "fuzz.html"};
    for (int i = 0; i < 2; i++) {
        document doc;
        ev_err err;
        if (document_from_memory(&doc, names[i], (const char *)data, size, &err) == 0) {
            check(&doc);
            ymd none = {0, 0, 0}, anchor = {2024, 10, 13};
            document_set_anchor(&doc, i ? anchor : none);
            (void)document_anchor_basis_name(doc.anchor_basis);
        } else if (!err.msg[0] || !strstr(err.msg, names[i])) {
            abort(); /* every refusal names the file */
        }
        document_free(&doc);
    }
    return 0;
}
