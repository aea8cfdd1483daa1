/* actors_bodies — a nation named before a regulator's noun ("Poland's competition
 * watchdog", "the Philippine watchdog", "Hungary's antitrust regulator") stands for the
 * regulator the document names, before or after, or the name set off after it
 * ("Hungary's competition authority, the GVH,"): the nation is not the actor. So does
 * an unnamed body's description ("antitrust regulators"). Reads the
 * finished table of one document; the caller owns everything and applies the answer. */
#ifndef EVGRAPH_ACTORS_BODIES_H
#define EVGRAPH_ACTORS_BODIES_H

#include "actors.h"
#include "rules.h"

/* For the mention m of a nation (country or national government) that the words after
 * it make a regulator's description: the actor of the document that regulator is, and
 * in *end where the description ends. ACTORS_UNNAMED_REGULATOR when the document names
 * no regulator that fits a description in the singular with a word of its own
 * ("Denmark's competition authority": a body of its own, unnamed); (size_t)-1 when m is no such description or
 * the document names none that fits a bare one ("Poland's regulators": its government). */
#define ACTORS_UNNAMED_REGULATOR ((size_t)-2)
size_t actors_regulator_for(const ruleset *rs, const char *text, size_t len,
                            const actor_table *t, size_t m, size_t *end);

/* For the unnamed body a ("antitrust regulators": doc_actor.generic), the regulator the
 * document names that fits its description, nearest its first mention; (size_t)-1 when
 * none does or a's words are no regulator's description ("attorneys general"). */
size_t actors_unnamed_regulator(const ruleset *rs, const actor_table *t, size_t a);

#endif
