/* rules_syntax — the wordings of an event type over the dependency parse, and the named
 * word lists (lexicon) the matcher reads, loaded from the files of events/. A type's "syntax"
 * member names trigger lemmas (verbs, nouns, particle verbs such as "take over") and, per
 * trigger, where the source and the target sit in grammatical terms (agent, patient,
 * possessor, compound, support verb's subject, a preposition's object); the matcher
 * (events_syntax.h) applies voice, control, relative clauses and coordination once for
 * all of them. The ruleset owns everything here; rules_free releases it. */
#ifndef EVGRAPH_RULES_SYNTAX_H
#define EVGRAPH_RULES_SYNTAX_H

#include <jansson.h>

#include "rules.h"

typedef enum {
    ROLE_AGENT,    /* the doer: active subject, passive "by" agent, controller, antecedent */
    ROLE_PATIENT,  /* the done-to: active object, passive subject, antecedent */
    ROLE_POSS,     /* a noun trigger's possessor: "Corvane's bid" */
    ROLE_COMPOUND, /* a noun trigger's name modifier: "the Halden takeover" */
    ROLE_SUPPORT,  /* the subject of the verb that carries a noun trigger: "X made a bid" */
    ROLE_IOBJ,     /* indirect object: "handed Y a stake" */
    ROLE_CLAUSE,   /* the patient of a noun's clause: "its offer to acquire Y" */
    ROLE_COMPLEMENT_SUBJECT, /* the subject of a that-clause: "demanded that Y withdraw" */
    ROLE_RECIPIENT, /* the subject of a verb of receiving that carries a noun trigger:
                       "X sought approval", "the deal needs the go-ahead" */
    ROLE_PREP      /* the object of a preposition: "bid for Y", "objected to Y" */
} syn_role_kind;

typedef struct {
    syn_role_kind kind;
    char *prep; /* ROLE_PREP: the preposition, lower case */
    /* "patient>for": a second step from the first role's word ("abandoned its bid for
     * Y"); then kind2/prep2 say where, else has2 is 0 */
    int has2;
    syn_role_kind kind2;
    char *prep2;
} syn_role;

/* A condition on the trigger: a dependent (a preposition's object, or the patient when
 * prep is "patient", the agent for "agent", the clausal complement for "clause" or, when
 * negated, "negated_clause"; what the verb calls its object for "predicate";
 * "over|about" for either preposition) whose lemma, or a compound's, is one of lemmas. */
typedef struct {
    char **preps; /* "patient", "agent", or prepositions any of which will do */
    size_t npreps;
    char **lemmas;
    size_t nlemmas;
} syn_with;

typedef struct {
    char *lemma;    /* the head word's lemma */
    char *particle; /* "take over": the particle or adverb that must stand with it, or NULL */
} syn_word;

typedef struct {
    syn_word *words;
    size_t nwords;
    int noun;           /* the words are nouns (else verbs and adjectives) */
    syn_role *source, *target;
    size_t nsource, ntarget; /* tried in order: the first that names an actor wins */
    syn_with *with;     /* all must hold: "add ... to ... list", "impose sanctions on" */
    size_t nwith;
    syn_with *without;  /* none may hold: "talks with Y over a sale" is no buyer's talks */
    size_t nwithout;
    int symmetric;      /* buyer and bought cannot be told apart ("X and Y merged") */
    unsigned source_kinds; /* kinds a source may have for this wording; 0: the type's */
    char *where;        /* file and JSON path, for messages */
} syn_trigger;

/* "under": a trigger governed by one of these words is an event of another type
 * ("in talks to buy" is acquisition_talks, not acquisition). */
typedef struct {
    char *type;
    const event_rule *as; /* linked after all files are read */
    char **lemmas;
    size_t nlemmas;
} syn_shift;

struct syn_rules {
    syn_trigger *triggers;
    size_t ntriggers;
    syn_shift *shifts;
    size_t nshifts;
};

/* A named word list. A file writes it as an array of words, or as an object with
 * "words", a "comment" and "as_written": true when its words match only as written
 * (capitals and all: "In" opening a sentence; "said" in lower case only). */
typedef struct {
    char *name;
    char **words;   /* sorted, lower case */
    size_t nwords;
    char **written; /* the same words as the files write them, sorted bytewise */
    int as_written; /* some file said "as_written": true */
} syn_list;

/* One trigger word of one type's wording: the matcher's index, sorted by lemma. */
typedef struct {
    const char *lemma;
    const event_rule *rule;
    const syn_trigger *trig;
    const syn_word *word;
} syn_entry;

struct syn_lexicon {
    syn_list *lists; /* sorted by name */
    size_t nlists;
    syn_entry *entries; /* built by rules_syntax_link */
    size_t nentries;
};

/* obj's member key, a list of actor kind names, as a bit set in *bits (0 when absent). */
int rules_kinds_read(json_t *obj, const char *key, const char *file, const char *path,
                     unsigned *bits, ev_err *err);
/* Reads a type's "syntax" member into r->syn. */
int rules_syntax_load(event_rule *r, json_t *syn, const char *file, ev_err *err);
/* Reads a file's "lexicon" member: named word lists, appended to rs->lexicon. */
int rules_lexicon_load(ruleset *rs, json_t *lex, const char *file, ev_err *err);
/* Resolves "under" type names and builds the trigger index once every file is read. */
int rules_syntax_link(ruleset *rs, ev_err *err);
void rules_syntax_free(struct syn_rules *s);
/* The index entries whose lemma is lemma: *n of them from the returned pointer. */
const syn_entry *rules_syntax_lookup(const ruleset *rs, const char *lemma, size_t *n);
void rules_lexicon_free(struct syn_lexicon *l);
/* Whether word is in the named list (a missing list holds nothing). */
int rules_lexicon_has(const ruleset *rs, const char *list, const char *word);
/* The named list, or NULL when no file names it (lexicon.h matches text against it). */
const syn_list *rules_lexicon_list(const ruleset *rs, const char *list);

#endif
