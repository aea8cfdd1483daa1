/* events — the event stage's driver: for each body sentence, the patterns and the parse
 * find events (events_match.c, over the masked sentence of events_mask.c and the parse of
 * events_syntax.c), each dated by events_date.c; a list in the next sentence may name
 * who a count stood for (events_lists.c); then the document-level passes of
 * events_doc.c, a named table, fill in what a sentence does not tell and join what was
 * told twice. This file also finds the sentence subjects that "It" refers to.
 *
 * Each body sentence is masked: every actor mention becomes a placeholder "\x01N\x02"
 * (N the mention's index) and runs of white space become one space, so a rule's
 * pattern speaks of roles ({SRC}, {TGT}) instead of names. A match yields one event for
 * every source and target named in the matched (possibly coordinated) role spans; a
 * pattern runs only where the masked sentence holds the words any of its matches needs
 * (one pass over the sentence for all patterns: prefilter.h). Then:
 *   modality: hypothetical / negated cues in the words just before the trigger (the
 *             parse: words attached to the trigger and the verbs above it);
 *   date:     the nearest DATE/TIME expression of the sentence not cut off from the
 *             trigger by a clause boundary; else, in the lead paragraph, the publication
 *             date (news of the day); else none;
 *   target:   for types that name a deal's opponent or reviewer, a missing target is the
 *             buyer of the document's deal. */

#include "events_internal.h"

#include "diag.h"
#include "events_syntax.h"
#include "lexicon.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- pronouns ----
 *
 * "Hanseol walked away from Kestrel. It bought Salar Andino in 2021": a sentence that
 * opens with "It" (or "It also") tells of the subject of the sentences before it, the
 * last organisation or body that opened a sentence. */

static int is_word(const char *t, size_t i, size_t end, const char *w)
{
    size_t l = strlen(w);
    return i + l <= end && strncasecmp(t + i, w, l) == 0 &&
           (i + l == end || !isalnum((unsigned char)t[i + l]));
}

/* The mention that opens sentence s as its subject ("The US Commerce Department on
 * Tuesday ...", "China's commerce ministry ..."), or NO_MENTION: an actor within the first
 * words, not after a preposition, nor a person (no "it"). */
#define NO_MENTION ((size_t)-1)

static size_t sentence_subject(const ruleset *rs, const document *doc, const actor_table *actors,
                               const sentence *s, size_t mi)
{
    const char *t = doc->text;
    while (mi < actors->nmentions && actors->mentions[mi].start < s->start)
        mi++;
    if (mi >= actors->nmentions || actors->mentions[mi].start >= s->end)
        return NO_MENTION;
    /* only "the" or a short descriptor before it, or a description and an apposition
     * that names it ("The second suitor, the Paris-listed group X, moved quickly") */
    size_t limit = 24;
    for (size_t i = s->start; i < actors->mentions[mi].start; i++) {
        if (t[i] == ';')
            return NO_MENTION;
        if (t[i] != ',')
            continue;
        if (limit != 24 || !(is_word(t, i + 2, s->end, "the") || is_word(t, i + 2, s->end, "a") ||
                             is_word(t, i + 2, s->end, "an")))
            return NO_MENTION;
        limit = 120;
    }
    if (actors->mentions[mi].start > s->start + limit)
        return NO_MENTION;
    /* "For Kanemori, a deal would extend ...": the actor the sentence is about, the
     * "It" of the next one. */
    int topic = is_word(t, s->start, s->end, "for") && t[actors->mentions[mi].end] == ',';
    if (events_after_place_preposition(rs, t, s->start, actors->mentions[mi].start) ||
        is_word(t, s->start, s->end, "by") || (is_word(t, s->start, s->end, "for") && !topic) ||
        is_word(t, s->start, s->end, "with") || is_word(t, s->start, s->end, "after"))
        return NO_MENTION;
    /* "the Commerce Department's Bureau of Industry and Security": the owned body */
    size_t e = actors->mentions[mi].end;
    if (mi + 1 < actors->nmentions && actors->mentions[mi + 1].start <= e + 4 &&
        (strncmp(t + e, "'s ", 3) == 0 || strncmp(t + e, "\xe2\x80\x99s ", 5) == 0))
        mi++;
    actor_kind k = actors->actors[actors->mentions[mi].actor].kind;
    return k == KIND_PERSON ? NO_MENTION : mi;
}

/* Where "it" stands after an opening time phrase ("On Tuesday it completed …", "In 2021,
 * it bought …"), or 0: the phrase is a capitalised word of time_phrase_openers and up to
 * four words with no name in them other than a day, a month or a year (the calendar's
 * names, full). */
static size_t it_after_time_phrase(const ruleset *rs, const char *t, size_t s, size_t e)
{
    static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", NULL};
    if (!isupper((unsigned char)t[s]) ||
        !lexicon_at(rules_lexicon_list(rs, "time_phrase_openers"), t, s, e, LEX_WORD))
        return 0;
    size_t p = s;
    while (p < e && t[p] != ' ')
        p++;
    for (int words = 0; words < 5 && p < e; words++) {
        while (p < e && (t[p] == ' ' || t[p] == ','))
            p++;
        if (is_word(t, p, e, "it") && t[p] == 'i' && p + 3 < e && islower((unsigned char)t[p + 3]))
            return p;
        if (isupper((unsigned char)t[p])) {
            int known = 0;
            for (int k = 0; names[k] && !known; k++)
                known = is_word(t, p, e, names[k]);
            if (!known)
                return 0;
        }
        while (p < e && t[p] != ' ' && t[p] != ',')
            p++;
    }
    return 0;
}

/* The pronouns of sentence s that stand for an actor: a sentence-opening "It" (or one
 * after an opening time phrase) for the last subject before it. */
static size_t sentence_pronouns(const ruleset *rs, const document *doc, const sentence *s,
                                size_t last_subject, pronoun_ref *out)
{
    const char *t = doc->text;
    size_t n = 0;
    if (last_subject == NO_MENTION)
        return 0;
    if (is_word(t, s->start, s->end, "it") && t[s->start] == 'I')
        out[n++] = (pronoun_ref){s->start, last_subject};
    else {
        size_t p = it_after_time_phrase(rs, t, s->start, s->end);
        if (p)
            out[n++] = (pronoun_ref){p, last_subject};
    }
    return n;
}

/* The first two companies or people a sentence names, for a "both" after it, when the
 * sentence has no parse to say which it lists (a sentence is parsed only when it can hold
 * an event). from: the sentence's first mention (mentions are sorted by start). */
static void first_two_parties(const actor_table *actors, const sentence *s, size_t from,
                              size_t pair[2])
{
    pair[0] = pair[1] = SYN_NO_MENTION;
    for (size_t m = from; m < actors->nmentions && actors->mentions[m].start < s->end &&
                        pair[1] == SYN_NO_MENTION;
         m++) {
        const mention *mn = &actors->mentions[m];
        actor_kind k = actors->actors[mn->actor].kind;
        if (mn->end > s->end || (k != KIND_ORGANIZATION && k != KIND_PERSON))
            continue;
        if (pair[0] == SYN_NO_MENTION)
            pair[0] = m;
        else if (actors->mentions[pair[0]].actor != mn->actor)
            pair[1] = m;
    }
    if (pair[1] == SYN_NO_MENTION)
        pair[0] = SYN_NO_MENTION;
}

/* Every rule's patterns over one masked sentence, what it holds of the rules' literals
 * found once for all of them (prefilter.h). all: every rule, else only the deal types. */
static void match_rules(const ruleset *rs, const document *doc, const sentence *s,
                        const sentence_dates *sd, const actor_table *actors, const masked *m,
                        int all, pf_hits *hits, pcre2_match_data *md, doc_event_list *out)
{
    prefilter_scan(rs->literals, m->s.s, m->s.len, hits);
    for (size_t r = 0; r < rs->nrules; r++)
        if (all || rs->rules[r].deal)
            events_match_rule(rs, &rs->rules[r], doc, s, sd, actors, m, hits, md, out);
}

void events_extract(const ruleset *rs, const document *doc, const sentence_list *sents,
                    syn_doc *syn, const timex_list *timexes, const actor_table *actors,
                    doc_event_list *out)
{
    pcre2_match_data *md = pcre2_match_data_create(64, NULL);
    pf_hits hits = {0};
    size_t first_mention = 0, last_subject = NO_MENTION;
    size_t pair[2] = {SYN_NO_MENTION, SYN_NO_MENTION}; /* "A and B" of the last parse */
    masked prev = {0};
    const sentence *prev_s = NULL;
    int list_open = 0;
    size_t told[LIST_LOOKBACK] = {0}; /* where the last few body sentences began */
    sentence_dates sd;
    events_sentence_dates_init(&sd, timexes);
    for (size_t i = 0; i < sents->n; i++) {
        const sentence *s = &sents->v[i];
        if (doc->paras[s->para].kind != PARA_BODY)
            continue;
        events_sentence_dates_find(&sd, s);
        masked m = {0};
        pronoun_ref prons[MAX_PRONOUNS];
        size_t subj = sentence_subject(rs, doc, actors, s, first_mention);
        size_t nprons = sentence_pronouns(rs, doc, s, last_subject, prons);
        size_t it_mention = last_subject;
        if (subj != NO_MENTION)
            last_subject = subj;
        events_mask_sentence(doc, actors, s, &first_mention, prons, nprons, &m);
        /* "The listed persons are:" then "- A", "- B": an item names a member */
        int item = list_open ? events_list_item(doc, s) : 0;
        if (item == 1 || list_open == 2) {
            if (first_mention < actors->nmentions && actors->mentions[first_mention].start < s->end)
                events_list_continue(NULL, &first_mention, 1, actors, s, out);
        } else if (!item)
            list_open = 0;
        list_open = item == 2 ? 2 : list_open ? 1 : 0;
        if (diag_tracing())
            events_trace_masked(doc, actors, &m);
        /* "added two firms to its list. The additions, X and Y, ...": the previous
         * sentence again, with X and Y for "two firms" */
        size_t listed[MAX_ROLE], nlisted, ps, pe, count;
        if (prev_s && m.s.len &&
            (nlisted = events_opening_list(rs, m.s.s, m.s.len, listed, MAX_ROLE)) &&
            (count = events_find_count_phrase(rs, prev.s.s, prev.s.len, &ps, &pe))) {
            if (nlisted > count)
                nlisted = count;
            masked with = {0};
            events_masked_with_actors(&prev, ps, pe, listed, nlisted, &with);
            events_sentence_dates_find(&sd, prev_s);
            size_t from = out->n;
            match_rules(rs, doc, prev_s, &sd, actors, &with, 1, &hits, md, out);
            /* only what the rules found about the listed actors */
            size_t kept = from;
            for (size_t k = from; k < out->n; k++) {
                int about = 0;
                for (size_t j = 0; j < nlisted && !about; j++)
                    about = out->v[k].target == actors->mentions[listed[j]].actor;
                if (about)
                    out->v[kept++] = out->v[k];
            }
            out->n = kept;
            events_sentence_dates_find(&sd, s);
            sb_free(&with.s);
            free(with.pos);
        }
        /* A sentence without actors may still tell of the document's deal ("the merger
         * never closed"). */
        if (m.s.len)
            match_rules(rs, doc, s, &sd, actors, &m, memchr(m.s.s, '\x01', m.s.len) != NULL,
                        &hits, md, out);
        if (syn && m.s.len) {
            const syn_sentence *parse = syn_doc_at(syn, i);
            syn_refs refs = {it_mention, {pair[0], pair[1]}};
            events_match_parse(rs, doc, s, &sd, actors, &m, parse, &refs, out);
            const event_rule *lr;
            size_t members[MAX_ROLE];
            size_t nm = events_syntax_list_members(rs, parse, actors, &lr, members, MAX_ROLE);
            events_list_continue(lr, members, nm, actors, s, out);
        }
        if (!list_open)
            list_open = events_list_opens(rs, doc, s, told[0], syn ? syn_doc_at(syn, i) : NULL,
                                          out);
        /* "A and B ... Both were designated": the next sentence's "both" */
        if (!syn || !events_syntax_last_pair(rs, syn_doc_at(syn, i), actors, pair))
            first_two_parties(actors, s, first_mention, pair);
        memmove(told, told + 1, sizeof told - sizeof *told);
        told[LIST_LOOKBACK - 1] = s->start;
        sb_free(&prev.s);
        free(prev.pos);
        prev = m;
        prev_s = s;
    }
    sb_free(&prev.s);
    free(prev.pos);
    events_sentence_dates_free(&sd);
    pf_hits_free(&hits);
    pcre2_match_data_free(md);
    kinship kin;
    events_kinship_build(actors, &kin);
    doc_pass_ctx c = {rs, doc, sents, timexes, actors, &kin};
    for (const doc_pass *p = events_doc_passes; p->name; p++) {
        size_t before = out->n;
        p->run(&c, out);
        /* which pass dropped an event is the first question when one goes missing */
        if (out->n != before && diag_tracing())
            diag_trace("pass '%s': %zu events, %zu before", p->name, out->n, before);
    }
    events_kinship_free(&kin);
}

const char *events_modality_name(modality m)
{
    static const char *const names[] = {"asserted", "negated", "hypothetical"};
    return names[m];
}

const char *events_basis_name(date_basis b)
{
    static const char *const names[] = {"none", "document", "relative", "explicit"};
    return names[b];
}

void doc_event_list_free(doc_event_list *l)
{
    free(l->v);
    memset(l, 0, sizeof *l);
}
