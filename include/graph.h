/* graph — the merged model of every document read: one actor node per real actor
 * (canonical id across documents), one event per real happening (same type, same
 * actors, compatible dates) with every piece of evidence, and relations aggregated per
 * (source, target, type). Documents are added one at a time and then dropped, so memory
 * grows with this model, not with the text read. */
#ifndef EVGRAPH_GRAPH_H
#define EVGRAPH_GRAPH_H

#include "actors.h"
#include "dates.h"
#include "events.h"

typedef struct {
    char *id, *name, *parent;
    actor_kind kind;
    char **aliases;
    size_t naliases, capaliases;
    int mentions;
    int in_event; /* takes part in at least one event */
} g_actor;

typedef struct {
    size_t doc;          /* index into graph.docs */
    size_t start, end;   /* byte offsets into that document's original input */
    char *sentence;
    modality mod;
} g_evidence;

typedef struct {
    char id[24];
    const event_rule *rule;
    size_t source, target; /* g_actor indexes or ACTOR_NONE */
    event_date date;
    modality mod;
    char *summary;
    g_evidence *ev;
    size_t nev, capev;
} g_event;

typedef struct {
    size_t source, target;
    const event_rule *rule;
    size_t *events;
    size_t nevents, capevents;
} g_relation;

typedef struct {
    size_t start, end; /* byte offsets into the original input */
    char *text;
    timex_type type;
    char value[48];
} g_timex;

typedef struct {
    char id[16];
    char *source, *title, *byline;
    ymd published;
    ymd anchor;
    anchor_basis basis;
    g_timex *timexes;
    size_t ntimexes;
} g_document;

typedef struct {
    g_document *docs;
    size_t ndocs, capdocs;
    g_actor *actors;
    size_t nactors, capactors;
    g_event *events;
    size_t nevents, capevents;
    g_relation *relations;
    size_t nrelations, caprelations;
    const ruleset *rules; /* the gazetteer's hierarchy, when known */
    /* Indexes for merging in linear time: actor id and folded alias -> actor; (type,
     * target) -> the newest event, older ones chained through event_chain; a name -> the
     * first actor, and the first gazetteer actor, of that name (for parent chains);
     * (source, target, rule) -> relation. */
    strmap actor_ids, actor_keys, event_heads;
    strmap actor_names, gazetteer_names, relation_keys;
    size_t *event_chain;
    size_t capchain;
} evgraph;

void graph_begin(evgraph *g);
/* With rules, the gazetteer's parent chains tell which bodies belong to which: a listing
 * told once of a bureau and once of its department is one event. */
void graph_set_rules(evgraph *g, const ruleset *rs);
void graph_add_document(evgraph *g, const document *doc, const timex_list *tx,
                        const actor_table *actors, const doc_event_list *events);
/* The same from a document's record (record.h): what graph_add_document does after
 * turning the document into one, for records read back from shards or the store. Event
 * and actor indexes in r must be in range (shard.c checks them). */
typedef struct doc_record doc_record;
void graph_add_record(evgraph *g, const doc_record *r);
/* Orders events by date, numbers them, builds relations. Call after the last add (a
 * later add still merges correctly: the event index is rebuilt). */
void graph_finish(evgraph *g);
void graph_free(evgraph *g);

#endif
