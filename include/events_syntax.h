/* events_syntax — sentence-local event matching over the dependency parse. Each token
 * whose lemma is a trigger of some type's "syntax" wordings (rules_syntax.h) is looked up
 * in one probe; its source and target are found where the wording says they sit, with
 * what is the same for every verb done here once: active and passive voice, control and
 * raising ("agreed to buy", "was said to agree"), relative clauses ("Y, which X bought"),
 * reduced relatives ("Y, bought by X"), coordination of roles ("A, B and C were added")
 * and of verbs, nominal triggers and the verbs that carry them ("X made a bid for Y").
 * Modality comes from the words the parse attaches to the trigger and the verbs above it
 * (negation, modals, conditionals, verbs of planning and denial: lexicon lists). The
 * caller owns the output array; nothing here allocates what outlives a call. */
#ifndef EVGRAPH_EVENTS_SYNTAX_H
#define EVGRAPH_EVENTS_SYNTAX_H

#include "actors.h"
#include "events.h"
#include "rules.h"
#include "syntax.h"

#define SYN_ROLE_MAX 8
#define SYN_NO_MENTION ((size_t)-1)

typedef struct {
    const event_rule *rule;      /* the type, after an "under" shift */
    const event_rule *trigger_rule; /* the type whose wording matched */
    size_t trig_start, trig_end; /* text offsets of the trigger word */
    size_t src[SYN_ROLE_MAX], tgt[SYN_ROLE_MAX]; /* mention indexes */
    size_t nsrc, ntgt;
    modality mod;
    int symmetric;
    int agentless;               /* a passive that names no agent */
    int deal_target;             /* no actor named, but a deal noun ("opposed the deal") */
    int said;                    /* the trigger is what someone said ("X said it opposed") */
    size_t speaker;              /* the mention of who tells the trigger's clause ("X
                                    said it opposed", "..., X announced"), or
                                    SYN_NO_MENTION */
    int pending;                 /* a deal told as what a body reviews or opposes ("approved
                                    X's purchase of Y"): hypothetical, as yet undone */
    unsigned source_kinds;       /* the kinds a source may have (the wording's, or the type's) */
    int controlled;              /* the source is the object of a verb of object control
                                    ("urged Washington to lift the sanctions"), not its
                                    subject */
} syn_match;

/* What a sentence's words may refer back to: it, the mention a pronoun subject ("it",
 * "they") refers to; pair, the two names the sentence before coordinated ("A and B"), for
 * "both" ("Both companies were designated"). SYN_NO_MENTION where there is none. */
typedef struct {
    size_t it;
    size_t pair[2];
} syn_refs;

/* Returns the number of matches written to out (at most max). */
size_t events_syntax_match(const ruleset *rs, const syn_sentence *ps, const actor_table *actors,
                           const syn_refs *refs, syn_match *out, size_t max);

/* The two names a sentence's subject lists ("A and B were added"), else the last two it
 * coordinates ("A, B and C": B and C), as mentions into pair; 0 when there are none. */
int events_syntax_last_pair(const ruleset *rs, const syn_sentence *ps, const actor_table *actors,
                            size_t pair[2]);
/* What a sentence's parse is read for: the rules and the document's actors. */
typedef struct {
    const ruleset *rs;
    const actor_table *actors;
} events_parse_need;
/* Whether the two functions here may find anything in a sentence whose n tokens are
 * tagged and lemmatised (a syn_gate, syntax.h; need is a const events_parse_need *): it
 * holds a word they read a parse from (a trigger lemma of some type, or a word that
 * names the members of a list told before: a naming verb, a list member noun) and an
 * actor they could name (a mention within it, or a subject pronoun). Of any other
 * sentence both find nothing, so it need not be parsed. */
int events_syntax_wants(const syn_token *tok, size_t n, const void *need);

/* Whether token tk's lemma, in lower case, is a word of the lexicon's list. */
int events_syntax_lemma_in(const ruleset *rs, const syn_token *tk, const char *list);

/* "The companies added include A, B and C", "The targets named are A and B", "Among the
 * additions were A and B": a sentence that names the members of a listing told before
 * it. Writes the listed mentions to out (at most max) and returns their number; *rule is
 * the listing type the participle names, or NULL when the sentence names none ("The
 * additions are ..."): then the listing told last is meant. */
size_t events_syntax_list_members(const ruleset *rs, const syn_sentence *ps,
                                  const actor_table *actors, const event_rule **rule,
                                  size_t *out, size_t max);

#endif
