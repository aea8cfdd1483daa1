/* events_internal — what the files of the event stage share, private to it: the masked
 * sentence, a sentence's date expressions, the mention helpers, and the steps that one
 * file does for another (matching, dating, document passes). Nothing outside src/events*.c
 * includes this header; the stage's contract is events.h. */
#ifndef EVGRAPH_EVENTS_INTERNAL_H
#define EVGRAPH_EVENTS_INTERNAL_H

#include "events.h"
#include "events_syntax.h"
#include "prefilter.h"

#include <pcre2.h>

typedef struct {
    strbuf s;
    size_t *pos;    /* masked offset -> text offset */
    size_t npos, cappos;
} masked;

/* A pronoun read as an actor: the word "it" at text offset at stands for mention. */
typedef struct {
    size_t at, mention;
} pronoun_ref;

#define MAX_PRONOUNS 1

#define MAX_ROLE 8

/* The date expressions of one sentence, in the order of the document's list: looked up
 * once per sentence in a copy of the list sorted by start, so that an event's date is
 * found without reading the whole list. */
typedef struct {
    size_t start, idx;
} timex_ref;

typedef struct {
    const timex_list *all;
    timex_ref *by_start;
    size_t *idx; /* the sentence's */
    size_t n, cap;
} sentence_dates;

/* Which actors are one body or a body and its parent ("China's commerce ministry" and
 * "China"): the kin of actor a are list[start[a] .. start[a + 1]), each once, not a
 * itself. */
typedef struct {
    size_t *start, *list;
} kinship;

/* Whether date x of sentence t tells when news was made public, naming no content ("the
 * announcement yesterday", "the accord, which was announced Friday"). */
int events_announcement_date(const ruleset *rs, const document *doc, const sentence *t,
                             const timex *x);
int events_after_place_preposition(const ruleset *rs, const char *t, size_t from, size_t at);
int events_date_from_timex(const document *doc, const timex *x, event_date *out);
int events_date_rank(const event_date *d);
size_t events_drop_attributive(const ruleset *rs, const masked *m, size_t *tgts, size_t n);
size_t events_find_count_phrase(const ruleset *rs, const char *ms, size_t len, size_t *ps,
                                size_t *pe);
int events_reviewed_deal(const ruleset *rs, const char *ms, size_t trs);
int events_present_state(const ruleset *rs, const char *ms, size_t trs);
void events_find_date(const ruleset *rs, const document *doc, const sentence *s,
                      const sentence_dates *sd, const masked *m, size_t trig_s, size_t trig_e,
                      event_date *d, int speech, size_t own_only);
int events_kind_ok(unsigned kinds, actor_kind k);
void events_kinship_build(const actor_table *actors, kinship *k);
void events_kinship_free(kinship *k);
void events_mask_put(masked *m, const char *bytes, size_t n, size_t text_off);
void events_mask_sentence(const document *doc, const actor_table *actors, const sentence *s,
                          size_t *first_mention, const pronoun_ref *prons, size_t nprons,
                          masked *m);
size_t events_masked_index(const masked *m, size_t text_off);
void events_masked_with_actors(const masked *m, size_t ps, size_t pe, const size_t *men,
                               size_t n, masked *out);
void events_match_parse(const ruleset *rs, const document *doc, const sentence *s,
                        const sentence_dates *sd, const actor_table *actors, const masked *m,
                        const syn_sentence *ps, const syn_refs *refs, doc_event_list *out);
/* hits: what m's text holds of the rules' literals (prefilter_scan), so that a pattern
 * that cannot match there is not run. */
void events_match_rule(const ruleset *rs, const event_rule *r, const document *doc,
                       const sentence *s, const sentence_dates *sd, const actor_table *actors,
                       const masked *m, const pf_hits *hits, pcre2_match_data *md,
                       doc_event_list *out);
void events_list_continue(const event_rule *rule, const size_t *members, size_t n,
                          const actor_table *actors, const sentence *s, doc_event_list *out);
/* Whether sentence s is an item of a bulleted or numbered list ("- A", "• A", "1. A"):
 * 1, or 2 for a number alone ("1."), whose item is the next sentence. */
int events_list_item(const document *doc, const sentence *s);
/* Whether s ends in a colon after a listing with a source (among out's events up to
 * now) told in s, or from text offset from on when s (parse ps, tags enough) only says
 * what follows ("The listed persons are:"): the items after it name the listing's
 * members. A press release may quote its minister between the two: the caller passes
 * the start of the LIST_LOOKBACK-th body sentence before s. */
#define LIST_LOOKBACK 3
int events_list_opens(const ruleset *rs, const document *doc, const sentence *s, size_t from,
                      const syn_sentence *ps, const doc_event_list *out);
size_t events_opening_list(const ruleset *rs, const char *ms, size_t len, size_t *out,
                           size_t max);
int events_own_subject_between(const ruleset *rs, const char *ms, size_t a, size_t b);
const char *events_placeholder_end(const masked *m, size_t mi);
size_t events_placeholders(const ruleset *rs, const char *ms, size_t s, size_t e, size_t *out,
                           size_t max);
int events_same_event(const doc_event *a, const doc_event *b);
void events_sentence_dates_find(sentence_dates *sd, const sentence *s);
void events_sentence_dates_free(sentence_dates *sd);
void events_sentence_dates_init(sentence_dates *sd, const timex_list *tx);
void events_trace_masked(const document *doc, const actor_table *actors, const masked *m);
int events_actor_under(const ruleset *rs, const actor_table *actors, size_t x, size_t a);
int events_verbish_word(const ruleset *rs, const char *w, size_t l);
int events_word_at(const char *ms, size_t i, const char *w);

/* The document-level passes: each reads what the passes before it filled and edits the
 * document's events (drops, fills roles and dates); one contract for all. */
typedef struct {
    const ruleset *rs;
    const document *doc;
    const sentence_list *sents;
    const timex_list *timexes;
    const actor_table *actors;
    const kinship *kin;
} doc_pass_ctx;

typedef struct {
    const char *name;
    void (*run)(const doc_pass_ctx *c, doc_event_list *out);
} doc_pass;

/* In the order they run; the table ends with a NULL name. */
extern const doc_pass events_doc_passes[];

#endif
