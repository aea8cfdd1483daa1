/* rules — load, validate and compile the data files of events/: event rules (types,
 * trigger wordings, frames for roles), modality cues and the actor gazetteer. Errors
 * name the file and the JSON path of the problem. Nothing else reads these files. */
#ifndef EVGRAPH_RULES_H
#define EVGRAPH_RULES_H

#include <stdatomic.h>

#include "rx.h"
#include "util.h"

typedef enum {
    KIND_ORGANIZATION,
    KIND_GOVERNMENT,
    KIND_PERSON,
    KIND_COUNTRY,
    KIND_MEDIA,
    KIND_ALLIANCE,
    KIND_OTHER,
    KIND_COURT, /* a court or a judge: not a government */
    KIND_COUNT
} actor_kind;

const char *rules_kind_name(actor_kind k);
int rules_kind_from_name(const char *s); /* -1 when unknown */

typedef struct {
    char *name;        /* canonical name */
    char *id;          /* stable slug */
    actor_kind kind;
    char *parent;      /* canonical name of the body it belongs to, or NULL */
    char *country;
    char **aliases;    /* surface forms, the name first */
    size_t naliases;
    char **descriptors; /* nouns that refer back to it: "chipmaker", "spyware maker" */
    size_t ndescriptors;
    char **demonyms;    /* a national government's nationality words: "Dutch", "Syrian" */
    size_t ndemonyms;
} gaz_actor;

/* Whether a gazetteer entry is a country or a national government ("US government",
 * whose aliases include its country's name). */
int rules_gaz_is_nation(const gaz_actor *a);

/* A word that refers back to an earlier actor ("the company", "the regulator"). */
typedef struct {
    char *word;
    unsigned kinds; /* bit set of actor_kind it may refer to */
    char *name_has; /* only actors whose name contains this ("Department"), or NULL */
} descriptor;

typedef struct {
    pcre2_code *re;
    char *where;       /* file and JSON path, for messages and `evgraph rules` */
    int passive;       /* a frame in the passive voice */
    int framed;        /* expanded from a frame: matches only where a trigger does */
    int need;          /* its condition in the ruleset's literals (prefilter.h) */
} rule_pattern;

/* How a type's events are told, when they are someone's word: the date of the telling
 * may stand for the event's. */
typedef enum {
    SPEECH_NONE,
    SPEECH_REACTION, /* "X said it opposed the move": the reaction is of the day it is told */
    SPEECH_REPORT    /* "according to X" dates only the report itself */
} speech_kind;

typedef struct event_rule event_rule;

/* The document-level behaviour of a type is data too: the flags below come from the
 * type's file (events/README.md), so a new type gets it without recompiling. */
struct event_rule {
    char *type;
    char *cameo;
    char *verb;         /* for summaries: "blacklists" */
    char *file;
    unsigned source_kinds, target_kinds; /* bit sets of actor_kind; 0 = any */
    int has_target;     /* 0: the type has no target (media_report) */
    int target_from_deal; /* a missing target is the document's deal party */
    int deal;           /* this type's events name a deal (buyer -> company) */
    int listing;        /* puts a party on a list or takes it off: the act an objection to
                           "the move" is aimed at; all listing types are one family */
    int agentless;      /* a passive without an agent takes its source from the document */
    speech_kind speech;
    int office_holders; /* a person holding a public office may be the source */
    int asserted_wins;  /* told as possible and as fact between the same actors: only the fact */
    int targets_listing_author; /* aimed at an act: the target is the act's author */
    int ends_deal;      /* ends a deal, whichever party tells it */
    int void_if_ended;  /* told as fact of a pair whose deal was ended: only a possibility */
    const event_rule *regulator_blocks_as; /* a regulator blocking is this type instead */
    const event_rule **suppressed_by; /* types that, found between the same actors in the
                                         same sentence, make this one redundant */
    size_t nsuppressed_by;
    rule_pattern *patterns;
    size_t npatterns, cappatterns;
    /* Any of the type's trigger wordings: a sentence without one skips every framed
     * pattern of the type (most sentences, and most of the matching time). */
    pcre2_code *prefilter;
    int prefilter_need; /* the prefilter's condition in the ruleset's literals */
    struct syn_rules *syn; /* wordings over the parse (rules_syntax.h), or NULL */
    /* Loaded with many types (RULES_EAGER_MAX), the framed patterns are compiled when the
     * trigger is first seen: rules_patterns. */
    atomic_int pending;
};

typedef struct {
    gaz_actor *actors;
    size_t nactors, capactors;
    descriptor *descriptors;
    size_t ndescriptors, capdesc;
    char **org_suffixes, **body_words, **titles, **stop_names;
    size_t norg_suffixes, nbody_words, ntitles, nstop_names;
    event_rule *rules;
    size_t nrules, caprules;
    pcre2_code *hypothetical, *negated;
    struct syn_lexicon *lexicon; /* named word lists for the parse matcher (rules_syntax.h) */
    /* What each pattern's matches must contain (prefilter.h): a sentence is scanned once
     * for all of them, and a pattern runs only where its condition holds. */
    struct prefilter *literals;
    char **files;
    size_t nfiles, capfiles;
    void *lazy; /* what compiling a lazy type's frames needs, or NULL */
} ruleset;

/* Limits on what rules may cost (README, "Messy and bad input"): a pattern's size once
 * its macros are expanded (the largest shipped one is 11 KB), and the memory of all
 * compiled patterns (the shipped rules take 15 MB). Loading stops with an error naming
 * the file, the JSON path and the macro. */
#define RULES_PATTERN_MAX_BYTES ((size_t)256 << 10)
#define RULES_COMPILED_MAX_BYTES ((size_t)512 << 20)
/* One rule or gazetteer file (the largest shipped one, the gazetteer, is 180 KB). */
#define RULES_FILE_MAX_BYTES ((size_t)64 << 20)
/* Up to this many event types every pattern is compiled at start-up (errors show at
 * once); above, a type's framed patterns are compiled the first time a sentence holds
 * its trigger, after each frame and each type's wordings were checked at start-up. */
#define RULES_EAGER_MAX 200

/* Loads every *.json of dir (sorted). extra_actors: further gazetteer files or NULL. */
ruleset *rules_load(const char *dir, char *const *extra_actors, size_t nextra, ev_err *err);
/* Where the rules are: --rules, then $EVGRAPH_RULES, then ./events, then the installed. */
const char *rules_default_dir(void);
void rules_free(ruleset *rs);
/* The patterns of r to try on a sentence (has_trigger: its prefilter matched there);
 * in a lazy rule set a type's framed patterns are compiled here on first need. Use this,
 * not r->patterns, while matching; safe from several threads. */
size_t rules_patterns(const ruleset *rs, const event_rule *r, int has_trigger,
                      const rule_pattern **out);
const event_rule *rules_find_type(const ruleset *rs, const char *type);
/* Is s[0, n) one of the legal forms (org_suffixes), trailing stops aside and written with
 * or without its inner stops ("S.A." is "SA", "N.V" is "NV")? */
int rules_is_org_suffix(const ruleset *rs, const char *s, size_t n);
/* Where a compiled pattern of rs comes from ("file:$.event.patterns[0]"), NULL for one
 * that is not a rule's (actor recognition). */
const char *rules_pattern_name(const ruleset *rs, const pcre2_code *re);

#endif
