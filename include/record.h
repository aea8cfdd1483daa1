/* record — one document's extraction results in the form the graph merges them: the
 * document's header facts, its temporal expressions, its actors and its events with
 * their evidence sentences, every offset already mapped back to the original bytes.
 * A record needs nothing of the document's text any more, so it can be written out
 * (a shard line, a store row), read back and merged later with the same result as a
 * single run: the graph takes records only, whichever way they came. */
#ifndef EVGRAPH_RECORD_H
#define EVGRAPH_RECORD_H

#include "graph.h"

typedef struct {
    const event_rule *rule;
    size_t source, target; /* indexes into the record's actors, or ACTOR_NONE */
    event_date date;
    modality mod;
    size_t start, end;     /* the evidence sentence, byte offsets into the original input */
    char *sentence;        /* its text, runs of white space as one space */
} rec_event;

struct doc_record {
    char *source, *title, *byline; /* title and byline may be NULL */
    ymd published, anchor;
    anchor_basis basis;
    g_timex *timexes;
    size_t ntimexes;
    /* The document's actors; of each only what the graph reads (id, name, kind, parent,
     * aliases, mentions, gazetteer) is kept, and gaz is NULL. */
    actor_table actors;
    rec_event *events;
    size_t nevents, capevents;
};

/* Builds r from one processed document (r owns copies of everything it holds). */
void record_from_document(doc_record *r, const document *doc, const timex_list *tx,
                          const actor_table *actors, const doc_event_list *events);
/* Copies one actor into r's table (the fields named above). */
doc_actor *record_add_actor(doc_record *r, const doc_actor *a);
void record_free(doc_record *r);

#endif
