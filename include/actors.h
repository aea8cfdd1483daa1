/* actors — find the actors of one document: gazetteer names and aliases, capitalised
 * names with organisation or government cues, lower-case government bodies, titled
 * people, countries and outlets; fold every mention into one actor per real actor and
 * resolve descriptions that refer back ("the company", "the regulator"). */
#ifndef EVGRAPH_ACTORS_H
#define EVGRAPH_ACTORS_H

#include "document.h"
#include "rules.h"
#include "sentences.h"

typedef struct {
    char *id;          /* stable slug, the same across documents */
    char *name;        /* canonical name */
    actor_kind kind;
    char *parent;      /* canonical name of the parent body, or NULL */
    char **aliases;    /* distinct surface forms seen, canonical name first */
    size_t naliases, capaliases;
    int mentions;
    int gazetteer;     /* known from the gazetteer */
    const gaz_actor *gaz; /* its gazetteer entry, or NULL */
    int generic;       /* an official body told by its kind, not named ("antitrust
                        * regulators", "state attorneys general") */
} doc_actor;

typedef struct {
    size_t start, end; /* offsets into doc->text, without a possessive 's */
    size_t actor;      /* index into actor_table.actors */
    int reference;     /* a description that refers back ("the company") */
    int aside;         /* inside an apposition or a relative clause after a name
                        * ("X, a unit of Y,", "X, whose chief executive Y ..."): not
                        * the clause's own subject or object */
} mention;

struct actor_lookup;

typedef struct {
    doc_actor *actors;
    size_t nactors, capactors;
    mention *mentions; /* sorted by start */
    size_t nmentions, capmentions;
    struct actor_lookup *lookup; /* private to actors.c: the actors' names in hash indexes
                                  * (actor_index.h), so that a new mention is compared
                                  * with the few actors it may name, not with all */
} actor_table;

typedef struct actors_ctx actors_ctx;

actors_ctx *actors_new(const ruleset *rs, ev_err *err);
/* A recogniser for another thread: shares ctx's gazetteer index and compiled patterns,
 * which nothing writes after actors_new, and has its own match data. Free every fork
 * (actors_free) before ctx. */
actors_ctx *actors_fork(const actors_ctx *ctx);
void actors_free(actors_ctx *ctx);
void actors_find(const actors_ctx *ctx, const document *doc, const sentence_list *sents,
                 actor_table *out);
/* Adds an actor by canonical name (used when folding across documents). */
size_t actor_table_add(actor_table *t, const char *name, actor_kind kind, const char *parent);
void actor_table_add_alias(doc_actor *a, const char *alias, size_t n);
void actor_table_free(actor_table *t);
/* The folded form names are compared by: lower-case letters and digits only, so
 * "L3 Harris", "L3Harris" and "L3-Harris" are one. Caller frees. */
char *actors_fold_key(const char *s, size_t n);

#endif
