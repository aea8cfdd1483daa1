/* libFuzzer target: one whole document through extraction, as src/pipeline.c runs it:
 * document -> sentences -> dates -> actors -> events. Rules are loaded once from the
 * repository's events/ directory (run from the repository root, or set EVGRAPH_RULES). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors.h"
#include "dates.h"
#include "document.h"
#include "events.h"
#include "rules.h"
#include "sentences.h"

#include "fuzz_ruleset.h"

static ruleset *rs;
static dates_ctx *dates;
static actors_ctx *actors;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    rs = fuzz_ruleset_load("fuzz_pipeline");
    ev_err err;
    dates = dates_new(DATES_ORDER_MDY, &err);
    actors = actors_new(rs, &err);
    if (!dates || !actors)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    document doc;
    ev_err err;
    if (document_from_memory(&doc, "fuzz.txt", (const char *)data, size, &err) != 0) {
        document_free(&doc);
        return 0;
    }
    ymd none = {0, 0, 0};
    document_set_anchor(&doc, none);
    sentence_list sents = {0};
    timex_list tx = {0};
    actor_table at = {0};
    doc_event_list events = {0};
    sentences_split(&doc, &sents);
    for (size_t i = 0; i < sents.n; i++) {
        if (sents.v[i].start > sents.v[i].end || sents.v[i].end > doc.len)
            abort();
        dates_tag_sentence(dates, doc.text, sents.v[i].start, sents.v[i].end, doc.anchor, &tx);
    }
    actors_find(actors, &doc, &sents, &at);
    events_extract(rs, &doc, &sents, NULL, &tx, &at, &events);
    for (size_t i = 0; i < events.n; i++) {
        const doc_event *e = &events.v[i];
        if (e->sent_end > doc.len || (e->source != ACTOR_NONE && e->source >= at.nactors) ||
            (e->target != ACTOR_NONE && e->target >= at.nactors))
            abort();
    }
    doc_event_list_free(&events);
    actor_table_free(&at);
    timex_list_free(&tx);
    sentences_free(&sents);
    document_free(&doc);
    return 0;
}
