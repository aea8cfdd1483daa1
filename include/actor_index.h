/* actor_index — the names of one document's actors in hash indexes, so that a new mention
 * is compared with the few actors it may name instead of with every actor and every alias
 * (issue 16: that walk made the actor stage grow with the square of the names).
 *
 * The contract with actors.c: actor_index_candidates returns every actor that
 * find_generic's tests could accept for a mention (a superset, possibly a little more);
 * actors.c still runs its exact tests, on these actors only, lowest index first, so the
 * actor chosen is the one the full walk chose. Each test of find_generic has its key
 * here (the comment on actor_index_candidates lists them); a new test needs a new key.
 *
 * Ownership: the index copies every key it files; it keeps a pointer to nothing of the
 * caller's except the ruleset given to actor_index_new, which must outlive it. One index
 * belongs to one actor_table (one document) and is used by one thread. */
#ifndef EVGRAPH_ACTOR_INDEX_H
#define EVGRAPH_ACTOR_INDEX_H

#include <stddef.h>

#include "rules.h"

typedef struct actor_index actor_index;

/* What is known of an actor's name and aliases, made once when they are filed. */
typedef struct {
    char **core, **fold; /* per alias, in alias order: core key and folded key */
    size_t n;            /* aliases filed so far */
    char *acronym;       /* initials of the name's words ("FTC") */
} actor_facts;

actor_index *actor_index_new(const ruleset *rs);
void actor_index_free(actor_index *ix);

/* Files actor number `actor` (numbers are given in increasing order, from 0) by its
 * canonical name, id and first aliases; then each further alias, in the order the actor
 * took them. Returns nothing: filing the same alias twice is harmless. */
void actor_index_add_actor(actor_index *ix, size_t actor, const char *name, const char *id);
void actor_index_add_alias(actor_index *ix, size_t actor, const char *alias);
/* The facts of a filed actor. */
const actor_facts *actor_index_facts(const actor_index *ix, size_t actor);
size_t actor_index_nactors(const actor_index *ix);

/* The actor filed with this id, or (size_t)-1. */
size_t actor_index_by_id(const actor_index *ix, const char *id);

/* Every actor the mention s[0, n) may name by find_generic's tests, ascending, no
 * repeats; *out is grown as needed (the caller owns it). Returns how many. */
size_t actor_index_candidates(const actor_index *ix, const char *s, size_t n, size_t **out,
                              size_t *cap);

/* Is there an actor with an alias whose folded key is key[0, n) folded? */
int actor_index_has_fold(const actor_index *ix, const char *s, size_t n);
/* Actors with an alias that is s[0, n), or begins with it and a space, or ends with a
 * space and it, in any case (short_form_of_known's tests); as actor_index_candidates. */
size_t actor_index_short_forms(const actor_index *ix, const char *s, size_t n, size_t **out,
                               size_t *cap);

/* The keys names are compared by, shared with actors.c. Caller frees. */
/* Lower-case letters and digits only (bytes >= 0x80 kept): "L3 Harris" is "l3harris". */
char *actor_index_fold(const char *s, size_t n);
/* The folded key without trailing organisation suffix words ("Yangtze Memory Co"). */
char *actor_index_core_key(const ruleset *rs, const char *s, size_t n);
/* The capitals that open the words of name ("Federal Trade Commission": "FTC"). */
char *actor_index_acronym(const char *name, size_t n);

#endif
