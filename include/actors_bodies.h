/* actors_bodies — a nation named before a regulator's noun ("Poland's competition
 * watchdog", "the Philippine watchdog", "Hungary's antitrust regulator") stands for the
 * regulator the document names, before or after, or the name set off after it
 * ("Hungary's competition authority, the GVH,"): the nation is not the actor. Reads the
 * finished table of one document; the caller owns everything and applies the answer. */
#ifndef EVGRAPH_ACTORS_BODIES_H
#define EVGRAPH_ACTORS_BODIES_H

#include "actors.h"
#include "rules.h"

/* For the mention m of a nation (country or national government) that the words after
 * it make a regulator's description: the actor of the document that regulator is, and
 * in *end where the description ends. (size_t)-1 when m is no such description or the
 * document names no regulator that fits. */
size_t actors_regulator_for(const ruleset *rs, const char *text, size_t len,
                            const actor_table *t, size_t m, size_t *end);

#endif
