/* events_match — sentence-local matching: every rule's compiled patterns over the masked
 * sentence, and what the parse matcher (events_syntax.c) finds, turned into events with
 * roles, modality and a date. */
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

/* ---- told with the last event ---- */

/* Is the event at masked offset trs told with the last one of its type: "also" just
 * before its trigger ("was also designated"), a sentence that opens on the same occasion
 * ("In the same rule, ...": same_occasion_openers), or one that says so anywhere ("who
 * was sanctioned at the same time": same_occasion_phrases)? Such an event, undated,
 * takes that one's date (events_inherit_also_dates). */
static int told_with_last(const ruleset *rs, const char *ms, size_t trs)
{
    for (size_t i = trs > 12 ? trs - 12 : 0; i < trs; i++)
        if (events_word_at(ms, i, "also"))
            return 1;
    if (lexicon_at(rules_lexicon_list(rs, "same_occasion_openers"), ms, 0, trs, LEX_SPACE))
        return 1;
    const syn_list *phrases = rules_lexicon_list(rs, "same_occasion_phrases");
    size_t len = strlen(ms);
    for (size_t i = 0; i < len; i++)
        if ((i == 0 || ms[i - 1] == ' ') && lexicon_at(phrases, ms, i, len, LEX_WORD))
            return 1;
    return 0;
}

/* ---- modality ---- */

static modality find_modality(const ruleset *rs, const char *ms, size_t trig, pcre2_match_data *md)
{
    /* The cues are written to match at the end of the words before the trigger. */
    size_t from = trig > 160 ? trig - 160 : 0;
    while (from > 0 && from < trig && (((unsigned char)ms[from]) & 0xC0) == 0x80)
        from++;
    char *win = xstrndup(ms + from, trig - from);
    modality m = MOD_ASSERTED;
    if (rx_match(rs->negated, win, trig - from, 0, md))
        m = MOD_NEGATED;
    else if (rx_match(rs->hypothetical, win, trig - from, 0, md))
        m = MOD_HYPOTHETICAL;
    free(win);
    return m;
}

/* ---- matching ---- */

/* "has blocked only a handful of deals", "sued to block deals in industries ...": deals
 * in general (generic_deal_plurals, after any generic_deal_quantities) right after the
 * trigger ending at tre in ms. */
static int generic_deals_after(const ruleset *rs, const char *ms, size_t tre, size_t len)
{
    const syn_list *q = rules_lexicon_list(rs, "generic_deal_quantities");
    size_t p = tre;
    for (int k = 0; k < 6; k++) {
        while (p < len && ms[p] == ' ')
            p++;
        size_t n = lexicon_at(q, ms, p, len, LEX_SPACE);
        if (!n)
            break;
        p += n;
    }
    return lexicon_at(rules_lexicon_list(rs, "generic_deal_plurals"), ms, p, len, LEX_WORD) > 0;
}

/* Does an auxiliary of list l and a space end at trs, after a space or at the start? */
static int auxiliary_before(const syn_list *l, const char *ms, size_t trs)
{
    size_t n = trs > 0 && ms[trs - 1] == ' ' ? lexicon_before(l, ms, 0, trs - 1, LEX_ANY) : 0;
    return n && (trs - 1 == n || ms[trs - 2 - n] == ' ');
}

/* "OFAC is designating X", "Y is also being designated today": a listing told in the
 * present progressive (progressive_auxiliaries before an -ing trigger,
 * passive_progressive_auxiliaries before any) is being made as the news is told, on the
 * publication day. */
static int progressive_now(const ruleset *rs, const char *ms, size_t trs, size_t tre)
{
    int ing = tre - trs > 3 && strncasecmp(ms + tre - 3, "ing", 3) == 0;
    return (ing && auxiliary_before(rules_lexicon_list(rs, "progressive_auxiliaries"), ms, trs)) ||
           auxiliary_before(rules_lexicon_list(rs, "passive_progressive_auxiliaries"), ms, trs);
}

static void date_of_the_day(const document *doc, event_date *d)
{
    cal_format(doc->anchor, PREC_DAY, d->value, sizeof d->value);
    d->prec = PREC_DAY;
    d->basis = BASIS_DOCUMENT;
}

static int public_body(actor_kind k)
{
    return k == KIND_GOVERNMENT || k == KIND_COUNTRY || k == KIND_ALLIANCE;
}

int events_kind_ok(unsigned kinds, actor_kind k)
{
    return !kinds || (kinds & (1u << k));
}

int events_same_event(const doc_event *a, const doc_event *b)
{
    return a->rule == b->rule && a->source == b->source && a->target == b->target &&
           a->sent_start == b->sent_start;
}

/* Same type, source and sentence, one of them without a target: the targeted one
 * tells more. */
static int less_specific(const doc_event *a, const doc_event *b)
{
    return a->rule == b->rule && a->source == b->source && a->sent_start == b->sent_start &&
           a->target == ACTOR_NONE && b->target != ACTOR_NONE;
}

/* A date read in the sentence says more than the publication date standing in. */
int events_date_rank(const event_date *d)
{
    return !d->value[0] ? 0 : d->basis == BASIS_DOCUMENT ? 1 : 2;
}

static void add_event(doc_event_list *out, const doc_event *e)
{
    /* events come sentence by sentence: only those of e's sentence, at the end, compare */
    size_t from = out->n;
    while (from > 0 && out->v[from - 1].sent_start == e->sent_start)
        from--;
    for (size_t i = from; i < out->n; i++) {
        doc_event *o = &out->v[i];
        if (less_specific(e, o))
            return;
        if (less_specific(o, e)) {
            event_date d = o->date.value[0] && !e->date.value[0] ? o->date : e->date;
            *o = *e;
            o->date = d;
            return;
        }
        if (!events_same_event(o, e))
            continue;
        /* The same event from two frames: keep the one with more to say. */
        if (events_date_rank(&e->date) > events_date_rank(&o->date))
            o->date = e->date;
        /* a pattern reads a denial off the words near its trigger; the parse reads it
         * off the verbs the trigger hangs from ("denied that it was in talks") */
        if (e->parsed && !o->parsed && e->mod == MOD_NEGATED)
            o->mod = e->mod;
        return;
    }
    *VEC_PUSH(out->v, out->n, out->cap) = *e;
}


/* Whether needle occurs in ms[from, to). */
static int strstr_in(const char *ms, size_t from, size_t to, const char *needle)
{
    size_t l = strlen(needle);
    for (size_t i = from; i + l <= to; i++)
        if (strncasecmp(ms + i, needle, l) == 0)
            return 1;
    return 0;
}

/* "the blacklisting of", "the sanctions on" (listing_act_phrases): a listing act and its
 * object between from and to. */
static int listing_act_of(const ruleset *rs, const char *ms, size_t from, size_t to)
{
    return lexicon_occurs(rules_lexicon_list(rs, "listing_act_phrases"), ms, from, to);
}

/* "firmly opposes the move": the words after a trigger name an act (a listing, a
 * measure: act_nouns), not a deal. */
static int aimed_at_act(const ruleset *rs, const char *ms, size_t from, size_t len)
{
    const syn_list *acts = rules_lexicon_list(rs, "act_nouns");
    size_t end = from + 40 < len ? from + 40 : len;
    for (size_t i = from; i < end; i++) {
        if (ms[i] == '\x01' || ms[i] == '.' || ms[i] == ';')
            break;
        if (i > from && ms[i - 1] != ' ' && ms[i - 1] != '"')
            continue;
        if (lexicon_at(acts, ms, i, len, LEX_ANY))
            return 1;
    }
    return 0;
}

/* "objected to the European Union's decision to list ...": the mention is the author of
 * the act it possesses, a body an objection may be aimed at whatever its kind. The
 * possessive may be part of the mention (a gazetteer alias "European Union's"). */
static int possesses_act(const ruleset *rs, const document *doc, const actor_table *actors,
                         const char *ms, size_t len, size_t mention_idx)
{
    char ph[32];
    int n = snprintf(ph, sizeof ph, "\x01%zu\x02", mention_idx);
    const char *at = strstr(ms, ph);
    if (!at)
        return 0;
    size_t i = (size_t)(at - ms) + (size_t)n;
    const char *t = doc->text;
    size_t e = actors->mentions[mention_idx].end;
    int owned = (e >= 2 && strncmp(t + e - 2, "'s", 2) == 0) ||
                (e >= 4 && strncmp(t + e - 4, "\xe2\x80\x99s", 4) == 0);
    if (!owned && i + 3 <= len && strncmp(ms + i, "'s ", 3) == 0) {
        i += 2;
        owned = 1;
    }
    if (!owned || i >= len || ms[i] != ' ')
        return 0;
    return aimed_at_act(rs, ms, i + 1, len);
}

/* The first dated expression of sentence s that lies in [from, to) of its masked text and
 * starts by latest, into d; d is left alone when there is none. */
static void first_date_in(const document *doc, const sentence *s, const sentence_dates *sd,
                          const masked *m, size_t from, size_t to, size_t latest, event_date *d)
{
    for (size_t j = 0; j < sd->n; j++) {
        const timex *x = &sd->all->v[sd->idx[j]];
        if (x->start < s->start || x->end > s->end ||
            (x->type != TIMEX_DATE && x->type != TIMEX_TIME) ||
            !isdigit((unsigned char)x->value[0]) || x->unresolved || x->in_name)
            continue;
        size_t a = events_masked_index(m, x->start), b = events_masked_index(m, x->end);
        if (a >= from && b <= to && a <= latest && events_date_from_timex(doc, x, d))
            return;
    }
}

/* The date written right after a source's mention ("by the CMA in August 2023"), before
 * the next actor. */
static void source_date(const document *doc, const sentence *s, const sentence_dates *sd,
                        const masked *m, size_t mention_idx, event_date *d)
{
    char ph[32];
    int n = snprintf(ph, sizeof ph, "\x01%zu\x02", mention_idx);
    const char *at = strstr(m->s.s, ph);
    if (!at)
        return;
    size_t from = (size_t)(at - m->s.s) + (size_t)n, to = from;
    while (to < m->s.len && m->s.s[to] != '\x01' && to < from + 40)
        to++;
    first_date_in(doc, s, sd, m, from, to, from + 8, d);
}

/* "received clearance from the Commission, which approved it in July": a relative clause
 * on a source named after the trigger that tells the same act again (a trigger of the
 * rule, done to "it" or "the deal") dates the event with its own date. */
static void source_retold_date(const ruleset *rs, const document *doc, const sentence *s,
                               const sentence_dates *sd, const masked *m, const event_rule *r,
                               size_t mention_idx, pcre2_match_data *md, event_date *d)
{
    char ph[32];
    int n = snprintf(ph, sizeof ph, "\x01%zu\x02, ", mention_idx);
    const char *at = strstr(m->s.s, ph);
    if (!at || !r->prefilter)
        return;
    const char *ms = m->s.s;
    size_t p = (size_t)(at - ms) + (size_t)n;
    if (!events_word_at(ms, p, "which") && !events_word_at(ms, p, "who"))
        return;
    p += events_word_at(ms, p, "who") ? 4 : 6;
    size_t end = p;
    while (end < m->s.len && ms[end] != ',' && ms[end] != ';')
        end++;
    if (!rx_match(r->prefilter, ms, end, p, md))
        return;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if (ov[0] > p + 16)
        return;
    size_t o = ov[1];
    while (o < end && isalpha((unsigned char)ms[o])) /* the prefilter may stop inside a word */
        o++;
    while (o < end && ms[o] == ' ')
        o++;
    /* retold_objects: "it", "the deal" */
    if ((o > 0 && isalnum((unsigned char)ms[o - 1])) ||
        !lexicon_at(rules_lexicon_list(rs, "retold_objects"), ms, o, m->s.len, LEX_WORD))
        return;
    first_date_in(doc, s, sd, m, o, end, end, d);
}

/* Does a word piece of l stand anywhere in t[from, to)? */
static int piece_in(const syn_list *l, const char *t, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (lexicon_at(l, t, i, to, LEX_ANY))
            return 1;
    return 0;
}

/* "Britain's competition regulator blocked the takeover", "the CMA blocked the deal":
 * a competition or investment regulator (regulator_words) that blocks, vetoes or
 * prohibits a deal (blocking_verbs) is reviewing it; returns the rule's
 * regulator_blocks_as type then. */
static const event_rule *regulator_block(const ruleset *rs, const event_rule *r, const char *ms,
                                         size_t src_s, size_t trs, size_t tre,
                                         const char *src_name, modality mod)
{
    if (!r->regulator_blocks_as || mod == MOD_ASSERTED ||
        !lexicon_at(rules_lexicon_list(rs, "blocking_verbs"), ms, trs, tre, LEX_ANY))
        return NULL;
    const syn_list *bodies = rules_lexicon_list(rs, "regulator_words");
    /* in the name, or in the words between the source and the trigger: "X's competition
     * regulator" */
    int body = piece_in(bodies, src_name, 0, strlen(src_name)) ||
               (src_s < trs && piece_in(bodies, ms, src_s, trs));
    return body ? r->regulator_blocks_as : NULL;
}

/* A person who holds a public office ("President Joe Biden", "trade minister Yoji
 * Muto", "Washington Attorney General Bob Ferguson") speaks for a government: such a
 * person may be the source of an objection. Known office holders are persons of the
 * gazetteer; others carry a title just before the name. */
static int office_holder(const ruleset *rs, const event_rule *r, const document *doc,
                         const actor_table *actors, size_t mention_idx)
{
    const mention *mn = &actors->mentions[mention_idx];
    const doc_actor *a = &actors->actors[mn->actor];
    if (a->kind != KIND_PERSON || !r->office_holders)
        return 0;
    if (a->gazetteer)
        return 1;
    /* office_titles, before the name or inside the mention: "Washington state's attorney
     * general, Bob Ferguson" */
    const syn_list *titles = rules_lexicon_list(rs, "office_titles");
    size_t from = mn->start > 40 ? mn->start - 40 : 0;
    for (size_t i = from; i < mn->end; i++)
        if (lexicon_at(titles, doc->text, i, doc->len, LEX_ANY))
            return 1;
    /* an apposition after the name: "Bob Ferguson, Washington's attorney general" */
    for (size_t i = mn->end; i < mn->end + 40 && doc->text[i] && doc->text[i] != '.'; i++)
        if (lexicon_at(titles, doc->text, i, doc->len, LEX_ANY))
            return 1;
    return 0;
}

/* "Cleveland-Cliffs, whose chief executive Lourenco Goncalves ..., could make a bid": a
 * mention set aside (in an apposition or a relative clause after a name) before the
 * trigger is not the clause's subject; the name it hangs on is. */
int events_after_place_preposition(const ruleset *rs, const char *t, size_t from, size_t at)
{
    /* place_prepositions, a word of its own, and a space */
    return at > from && t[at - 1] == ' ' &&
           lexicon_before(rules_lexicon_list(rs, "place_prepositions"), t, from, at - 1, LEX_WORD);
}

static size_t aside_anchor(const ruleset *rs, const document *doc, const actor_table *actors,
                           const sentence *s, size_t mi, size_t trig_text)
{
    if (!actors->mentions[mi].aside || actors->mentions[mi].start >= trig_text)
        return mi;
    for (size_t j = mi; j-- > 0;) {
        if (actors->mentions[j].start < s->start)
            break;
        /* "In London, the Investment Security Unit opened": a place is no head. */
        if (!actors->mentions[j].aside)
            return events_after_place_preposition(rs, doc->text, s->start, actors->mentions[j].start)
                       ? mi
                       : j;
    }
    return mi;
}

/* "..., the Financial Times reported": a name after a comma that is the subject of a
 * reporting verb closes the sentence as its attribution; it is no role of the trigger
 * before it. */
static int trailing_attribution(const ruleset *rs, const char *ms, size_t len, size_t trig_end,
                                size_t ts, size_t te)
{
    if (!memchr(ms + trig_end, ',', ts > trig_end ? ts - trig_end : 0))
        return 0;
    size_t i = te;
    while (i < len && ms[i] == ' ')
        i++;
    return lexicon_at(rules_lexicon_list(rs, "attribution_verbs"), ms, i, len, LEX_WORD) != 0;
}

/* The end of the placeholder of mention mi in the masked sentence, or NULL. */
const char *events_placeholder_end(const masked *m, size_t mi)
{
    char ph[32];
    int n = snprintf(ph, sizeof ph, "\x01%zu\x02", mi);
    const char *at = strstr(m->s.s, ph);
    return at ? at + n : NULL;
}

/* After a possessive at p: "'s " or "’s "; the bytes it takes, or 0. */
static size_t possessive_len(const char *p)
{
    if (strncmp(p, "'s ", 3) == 0)
        return 3;
    if (strncmp(p, "\xe2\x80\x99s ", 5) == 0)
        return 5;
    return 0;
}

/* "Avtoprom's chief executive, Gennady Lukin", "Yalgoo's largest shareholder,
 * Shenzhen-based Tianhe": at p (after the possessive), a few words ending in a role that
 * a person or a company holds (holder_roles), a comma and at most three words of
 * description before the holder's placeholder; returns that placeholder, or NULL. Owners
 * (holder_owner_roles) count only when owners is set: in a deal, "X's largest shareholder, Y, is in talks to sell its stake"
 * sells a part of X. */
static const char *role_holder(const ruleset *rs, const char *p, int owners)
{
    const char *last = NULL;
    size_t last_len = 0;
    int words = 0;
    while (isalpha((unsigned char)*p)) {
        const char *w = p;
        while (isalpha((unsigned char)*p) || *p == '-' || *p == '.')
            p++;
        last = w, last_len = (size_t)(p - w);
        if (++words > 4 || *p == ',' || *p != ' ')
            break;
        p++;
    }
    int role = last && (lexicon_has(rules_lexicon_list(rs, "holder_roles"), last, last_len) ||
                        (owners && lexicon_has(rules_lexicon_list(rs, "holder_owner_roles"), last,
                                               last_len)));
    if (!role || strncmp(p, ", ", 2) != 0)
        return NULL;
    p += 2;
    for (int d = 0; d < 3 && *p != '\x01'; d++) {
        while (isalnum((unsigned char)*p) || *p == '-')
            p++;
        if (*p++ != ' ')
            return NULL;
    }
    return *p == '\x01' ? p : NULL;
}

/* "bought Argentina's Transportes Cuyo", "sanctioned China's Huawei": an actor named as
 * the owner of the next one is not the role; the next one is. For a type whose target
 * may be a deal's party ("opposed Broadcom's VMware deal"), only a country or government
 * owner gives way; a role's holder ("sanctioned Avtoprom's chief executive, Gennady
 * Lukin") is the role for every type. */
static size_t possessed_mention(const ruleset *rs, const event_rule *r, const actor_table *actors,
                                const masked *m, size_t mi)
{
    for (;;) {
        const char *at = events_placeholder_end(m, mi);
        size_t pl = at ? possessive_len(at) : 0;
        if (!pl)
            return mi;
        at += pl;
        actor_kind k = actors->actors[actors->mentions[mi].actor].kind;
        const char *holder = role_holder(rs, at, !r->deal);
        if (holder)
            at = holder;
        else if (*at != '\x01' ||
                 (r->target_from_deal && k != KIND_COUNTRY && k != KIND_GOVERNMENT))
            return mi;
        size_t next = strtoul(at + 1, NULL, 10);
        if (next <= mi || next >= actors->nmentions)
            return mi;
        mi = next;
    }
}

/* "Halvor PLC's U.S. subsidiary agreed to buy Y": a country named before a unit noun
 * (unit_nouns) says where the unit is, not who acts; the unit's owner before the
 * possessive acts through it. Returns the mention that acts, or SYN_NO_MENTION when the text
 * names no owner. Any other mention is itself. */
static size_t unit_owner(const ruleset *rs, const actor_table *actors, const masked *m,
                         size_t mi)
{
    actor_kind k = actors->actors[actors->mentions[mi].actor].kind;
    const char *end = events_placeholder_end(m, mi);
    if (!end || (k != KIND_COUNTRY && k != KIND_GOVERNMENT) || *end != ' ' ||
        !lexicon_at(rules_lexicon_list(rs, "unit_nouns"), m->s.s, (size_t)(end + 1 - m->s.s),
                    m->s.len, LEX_WORD))
        return mi;
    const char *start = end - 1;
    while (start > m->s.s && *start != '\x01')
        start--;
    /* "...\x02's \x01N\x02 subsidiary": the placeholder before the possessive */
    for (size_t pl = 3; pl <= 5; pl += 2) {
        const char *p = start - pl;
        if (p > m->s.s && possessive_len(p) == pl && p[-1] == '\x02') {
            const char *q = p - 1;
            while (q > m->s.s && *q != '\x01')
                q--;
            size_t owner = strtoul(q + 1, NULL, 10);
            return owner < actors->nmentions ? owner : SYN_NO_MENTION;
        }
    }
    return SYN_NO_MENTION;
}

/* "The New York Stock Exchange delisted X": a company that delists another is a market
 * taking its shares off its list, a listing body whatever the listing type's kinds. */
static int market_delisting(const event_rule *r, actor_kind k, const char *trig, size_t n)
{
    return r->listing && k == KIND_ORGANIZATION && n >= 6 && strncasecmp(trig, "delist", 6) == 0;
}

/* "would apply to the Commerce Department to be removed from the list": the body asked
 * is not the one to be removed; the asker is. */
static int addressee_of_request(const masked *m, size_t mi)
{
    const char *end = events_placeholder_end(m, mi);
    if (!end || strncasecmp(end, " to be ", 7) != 0)
        return 0;
    const char *ms = m->s.s;
    const char *ph = end;
    while (ph > ms && *ph != '\x01')
        ph--;
    size_t at = (size_t)(ph - ms);
    static const char *const before[] = {"to ", "to the ", NULL};
    for (int k = 0; before[k]; k++) {
        size_t l = strlen(before[k]);
        if (at >= l && strncasecmp(ms + at - l, before[k], l) == 0 &&
            (at == l || !isalnum((unsigned char)ms[at - l - 1])))
            return 1;
    }
    return 0;
}

void events_match_rule(const ruleset *rs, const event_rule *r, const document *doc,
                       const sentence *s, const sentence_dates *sd, const actor_table *actors,
                       const masked *m, const pf_hits *hits, pcre2_match_data *md,
                       doc_event_list *out)
{
    const char *ms = m->s.s;
    size_t len = m->s.len;
    /* a pattern that cannot match for want of its words is not run (prefilter.h) */
    int has_trigger = !r->prefilter ||
                      (prefilter_may_match(rs->literals, r->prefilter_need, hits) &&
                       rx_match(r->prefilter, ms, len, 0, md));
    const rule_pattern *pats; /* a big rule set compiles a type's frames on first use */
    size_t npats = rules_patterns(rs, r, has_trigger, &pats);
    for (size_t p = 0; p < npats; p++) {
        const pcre2_code *re = pats[p].re;
        if ((pats[p].framed && !has_trigger) ||
            !prefilter_may_match(rs->literals, pats[p].need, hits))
            continue;
        size_t pos = 0;
        while (pos < len && rx_match(re, ms, len, pos, md)) {
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
            size_t ms0 = ov[0], me0 = ov[1];
            pos = me0 > pos ? me0 : pos + 1;
            size_t ss[MAX_ROLE], se[MAX_ROLE], ts[MAX_ROLE], te[MAX_ROLE];
            size_t ns = rx_groups(re, md, "src", ss, se, MAX_ROLE);
            size_t nt = rx_groups(re, md, "tgt", ts, te, MAX_ROLE);
            size_t trs, tre;
            if (rx_group(re, md, "trig", &trs, &tre) != 0)
                trs = ms0, tre = me0;
            size_t srcs[MAX_ROLE * 4], tgts[MAX_ROLE * 4];
            size_t nsrc = 0, ntgt = 0;
            /* With several groups of a name, the first that took part speaks. */
            if (ns)
                nsrc = events_placeholders(rs, ms, ss[0], se[0], srcs, MAX_ROLE * 4);
            size_t kept_src = 0;
            for (size_t b = 0; b < nsrc; b++)
                if ((srcs[kept_src] = unit_owner(rs, actors, m, srcs[b])) != SYN_NO_MENTION)
                    kept_src++;
            nsrc = kept_src;
            /* "sanctioned six entities based in Iran and China": a place names no one
             * listed. */
            if (nt && !trailing_attribution(rs, ms, len, tre, ts[0], te[0]) &&
                !(r->listing && events_after_place_preposition(rs, ms, 0, ts[0])))
                ntgt = events_placeholders(rs, ms, ts[0], te[0], tgts, MAX_ROLE * 4);
            for (size_t b = 0; b < ntgt; b++)
                tgts[b] = possessed_mention(rs, r, actors, m, tgts[b]);
            if (r->listing)
                ntgt = events_drop_attributive(rs, m, tgts, ntgt);
            /* "Xiaomi was removed from the list": a passive with no agent gets its
             * source later, from the body that acts in that matter in the document. */
            size_t ags, age;
            int agentless = !nsrc && nt && rx_group(re, md, "nosrc", &ags, &age) == 0 &&
                            r->agentless;
            int dealref = !nsrc && !nt && r->deal && rx_group(re, md, "dealref", &ags, &age) == 0;
            if (!nsrc && !agentless && !dealref)
                continue;
            if (nsrc && se[0] <= trs && events_own_subject_between(rs, ms, se[0], trs))
                continue;
            doc_event e = {0};
            e.rule = r;
            {
                size_t ys, ye;
                e.symmetric = rx_group(re, md, "sym", &ys, &ye) == 0;
                e.dealnoun = rx_group(re, md, "dealnoun", &ys, &ye) == 0;
                /* Only an objection or a review can be aimed at an act; "adopted a
                 * package of sanctions against Russia, including X" is a listing of X. */
                e.at_act = r->target_from_deal && aimed_at_act(rs, ms, tre, len);
            }
            e.sent_start = s->start;
            e.sent_end = s->end;
            e.trig_start = m->pos[trs];
            e.trig_end = tre > trs ? m->pos[tre - 1] + 1 : e.trig_start;
            e.also = told_with_last(rs, ms, trs);
            e.mod = find_modality(rs, ms, trs, md);
            /* "Had the deal gone through", "Should an agreement be reached": a pattern
             * may tell the modality itself. */
            {
                size_t ys, ye;
                if (rx_group(re, md, "hyp", &ys, &ye) == 0 && e.mod == MOD_ASSERTED)
                    e.mod = MOD_HYPOTHETICAL;
                if (rx_group(re, md, "neg", &ys, &ye) == 0)
                    e.mod = MOD_NEGATED;
            }
            {
                /* speech: reactions and reports take the date of their telling;
                 * "according to the newspaper" dates only the report itself. */
                int speech = r->speech != SPEECH_NONE;
                if (r->speech == SPEECH_REACTION && trs > 0) {
                    size_t from = trs > 24 ? trs - 24 : 0;
                    for (size_t i = from; i < trs; i++)
                        if (events_word_at(ms, i, "said") || events_word_at(ms, i, "says"))
                            speech = 2;
                }
                size_t own = 0;
                if (r->speech == SPEECH_REPORT &&
                    lexicon_at(rules_lexicon_list(rs, "report_attributions"), ms, trs, tre, LEX_ANY))
                    own = me0;
                if (!(r->deal && events_reviewed_deal(rs, ms, trs)))
                    events_find_date(rs, doc, s, sd, m, trs, tre, &e.date, speech, own);
                if (!e.date.value[0] && doc->anchor.y &&
                    ((r->listing && progressive_now(rs, ms, trs, tre)) ||
                     events_present_state(rs, ms, trs)))
                    date_of_the_day(doc, &e.date);
            }
            /* what a body does to deals in general is no event */
            if (r->target_from_deal && !ntgt && generic_deals_after(rs, ms, tre, len))
                continue;
            if (dealref) {
                e.source = e.target = ACTOR_NONE;
                e.dealref = 1;
                e.lastref = rx_group(re, md, "lastref", &ags, &age) == 0;
                add_event(out, &e);
                continue;
            }
            if (agentless) {
                for (size_t b = 0; b < ntgt; b++) {
                    if (addressee_of_request(m, tgts[b]))
                        continue;
                    e.source = ACTOR_NONE;
                    e.target = actors->mentions[tgts[b]].actor;
                    if (events_kind_ok(r->target_kinds, actors->actors[e.target].kind))
                        add_event(out, &e);
                }
                continue;
            }
            event_date trig_date = e.date;
            for (size_t a = 0; a < nsrc; a++) {
                size_t smi = aside_anchor(rs, doc, actors, s, srcs[a], m->pos[trs]);
                /* "Semenov, whom OFAC sanctioned": the clause's head is the target. */
                for (size_t b = 0; b < ntgt && smi != srcs[a]; b++)
                    if (actors->mentions[tgts[b]].actor == actors->mentions[smi].actor)
                        smi = srcs[a];
                /* an anchor that cannot hold the role leaves the role to the mention */
                if (smi != srcs[a] &&
                    !events_kind_ok(r->source_kinds,
                                    actors->actors[actors->mentions[smi].actor].kind) &&
                    !office_holder(rs, r, doc, actors, smi))
                    smi = srcs[a];
                e.source = actors->mentions[smi].actor;
                e.src_aside = actors->mentions[smi].aside;
                e.rule = r;
                if (!events_kind_ok(r->source_kinds, actors->actors[e.source].kind) &&
                    !office_holder(rs, r, doc, actors, smi) &&
                    !market_delisting(r, actors->actors[e.source].kind, ms + trs, tre - trs))
                    continue;
                /* "approved by the EC in July and by the CMA in August": a date right
                 * after a source named after the trigger is that source's. */
                e.date = trig_date;
                if (ss[0] > trs)
                    source_date(doc, s, sd, m, srcs[a], &e.date);
                if (ss[0] > trs && events_date_rank(&e.date) < 2)
                    source_retold_date(rs, doc, s, sd, m, r, srcs[a], md, &e.date);
                /* A competition regulator that blocks a deal reviews it. */
                const event_rule *rr;
                if (!e.at_act &&
                    (rr = regulator_block(rs, r, ms, ss[0], trs, tre, actors->actors[e.source].name,
                                          e.mod)))
                    e.rule = rr;
                /* "opposed the measures and that Washington would not be deterred": an
                 * objection aimed at an act does not reach past " and " for a target. */
                if (e.at_act && ntgt && ts[0] > tre && strstr_in(ms, tre, ts[0], " and "))
                    ntgt = 0;
                /* "opposes the blacklisting of YMTC": the act's author is the target, the
                 * one listed is only its object. */
                if (e.at_act && ntgt && ts[0] > tre && listing_act_of(rs, ms, tre, ts[0]))
                    ntgt = 0;
                if (!r->has_target || !ntgt) {
                    e.target = ACTOR_NONE;
                    add_event(out, &e);
                    continue;
                }
                int added = 0, at_body = 0;
                for (size_t b = 0; b < ntgt; b++) {
                    e.target = actors->mentions[tgts[b]].actor;
                    if (e.target == e.source ||
                        (!events_kind_ok(r->target_kinds, actors->actors[e.target].kind) &&
                         !(r->targets_listing_author &&
                           possesses_act(rs, doc, actors, ms, len, tgts[b])))) {
                        at_body |= r->targets_listing_author && e.target != e.source &&
                                   public_body(actors->actors[e.target].kind);
                        continue;
                    }
                    add_event(out, &e);
                    added = 1;
                }
                /* "lodged a protest with the EU", "stern representations with Tokyo": a
                 * government protested to is the author of the act protested against. */
                if (!added && at_body) {
                    e.target = ACTOR_NONE;
                    e.at_act = e.at_body = 1;
                    add_event(out, &e);
                }
            }
        }
    }
}

/* A pattern's event of the same type between the same two actors, reversed, in this
 * sentence: the parse, which knows the voice, decides who did what to whom. */
static void drop_reversed(doc_event_list *out, const doc_event *e)
{
    size_t k = out->n;
    while (k > 0 && out->v[k - 1].sent_start == e->sent_start)
        k--;
    for (size_t i = k; i < out->n; i++) {
        const doc_event *o = &out->v[i];
        if (o->rule == e->rule && o->source == e->target && o->target == e->source &&
            !e->symmetric && !o->symmetric) {
            out->v[i] = out->v[--out->n];
            i--;
        }
    }
}

/* A pattern's event at the same trigger, of the same type and to a target the parse
 * found, from a source named in an aside that the parse did not find: the parse, which
 * knows which clause the subject governs, says who acted ("X, a provider in Saudi Arabia,
 * said it completed the acquisition of Y" is X's, not Saudi Arabia's; "X urged Y to lift
 * the sanctions on Z" is Y's lifting). Where the pattern's source stands in the clause
 * itself, the parse is as often the one astray. */
static int among(const actor_table *actors, const size_t *ms, size_t n, size_t actor)
{
    for (size_t k = 0; k < n; k++)
        if (actors->mentions[ms[k]].actor == actor)
            return 1;
    return 0;
}

static void drop_other_sources(doc_event_list *out, const sentence *s, const syn_match *f,
                               const actor_table *actors)
{
    if (!f->nsrc || !f->ntgt || f->symmetric || f->agentless)
        return;
    /* a source that is also a target, or one named inside an aside ("X, part of Y's
     * ministry, approved"), is the parse gone astray: the pattern may be right */
    for (size_t a = 0; a < f->nsrc; a++)
        if (actors->mentions[f->src[a]].aside ||
            among(actors, f->tgt, f->ntgt, actors->mentions[f->src[a]].actor))
            return;
    for (size_t i = out->n; i-- > 0 && out->v[i].sent_start == s->start;) {
        const doc_event *o = &out->v[i];
        if (o->parsed || (!o->src_aside && !f->controlled) || o->symmetric || o->rule != f->rule ||
            o->source == ACTOR_NONE ||
            o->trig_start > f->trig_start || f->trig_start >= o->trig_end)
            continue;
        if (among(actors, f->tgt, f->ntgt, o->target) && !among(actors, f->src, f->nsrc, o->source)) {
            memmove(&out->v[i], &out->v[i + 1], (out->n - i - 1) * sizeof *out->v);
            out->n--;
        }
    }
}

/* Where the parse reads a trigger's target as the deal a noun names, a pattern's event
 * at the same trigger that names a party instead misread the sentence ("China objected
 * to any sale and British officials began scrutinising the deal" is no objection to
 * Britain): it goes. (Vetoing every pattern role the parse reads otherwise lost more
 * right events, where the parse erred, than wrong ones.) */
static void veto_patterns(doc_event_list *out, const sentence *s, const syn_match *f)
{
    for (size_t i = out->n; i-- > 0 && out->v[i].sent_start == s->start;) {
        const doc_event *o = &out->v[i];
        if (o->parsed || (o->rule != f->rule && o->rule != f->trigger_rule) ||
            o->trig_start > f->trig_start || f->trig_start >= o->trig_end)
            continue;
        if (f->deal_target && !f->ntgt && o->target != ACTOR_NONE) {
            memmove(&out->v[i], &out->v[i + 1], (out->n - i - 1) * sizeof *out->v);
            out->n--;
        }
    }
}

/* "Britain has imposed sanctions on two ship managers, the Foreign Office announced": who
 * tells of the act, named only as the teller, is not its target, as a pattern reaching
 * past the comma may read. (Named before too, it may be: "Intel abandoned its purchase of
 * Tower, Tower said".) */
static void veto_speaker_targets(doc_event_list *out, const sentence *s, const syn_match *f,
                                 const actor_table *actors)
{
    if (f->speaker == SYN_NO_MENTION)
        return;
    size_t who = actors->mentions[f->speaker].actor;
    for (size_t m = f->speaker; m-- > 0 && actors->mentions[m].start >= s->start;)
        if (actors->mentions[m].actor == who)
            return;
    for (size_t i = out->n; i-- > 0 && out->v[i].sent_start == s->start;) {
        const doc_event *o = &out->v[i];
        if (o->parsed || o->rule != f->rule || o->target != who ||
            o->trig_start > f->trig_start || f->trig_start >= o->trig_end)
            continue;
        memmove(&out->v[i], &out->v[i + 1], (out->n - i - 1) * sizeof *out->v);
        out->n--;
    }
}

/* The events the parse finds in a sentence (events_syntax.h), dated and checked as a
 * pattern's are; add_event drops what a pattern already found. */
void events_match_parse(const ruleset *rs, const document *doc, const sentence *s,
                        const sentence_dates *sd, const actor_table *actors, const masked *m,
                        const syn_sentence *ps, const syn_refs *refs, doc_event_list *out)
{
    syn_match found[32];
    size_t n = events_syntax_match(rs, ps, actors, refs, found, 32);
    for (size_t k = 0; k < n && m->npos; k++) {
        const syn_match *f = &found[k];
        if (diag_tracing())
            diag_trace("parse: %s at %zu: %zu sources (%s), %zu targets (%s), %s%s", f->rule->type,
                       f->trig_start, f->nsrc,
                       f->nsrc ? actors->actors[actors->mentions[f->src[0]].actor].id : "-", f->ntgt,
                       f->ntgt ? actors->actors[actors->mentions[f->tgt[0]].actor].id : "-",
                       events_modality_name(f->mod), f->agentless ? ", agentless" : "");
        const event_rule *r = f->rule;
        veto_patterns(out, s, f);
        veto_speaker_targets(out, s, f, actors);
        drop_other_sources(out, s, f, actors);
        doc_event e = {0};
        e.rule = r;
        e.sent_start = s->start;
        e.sent_end = s->end;
        e.trig_start = f->trig_start;
        e.trig_end = f->trig_end;
        e.parsed = 1;
        e.pending = f->pending;
        e.also = told_with_last(rs, m->s.s, events_masked_index(m, f->trig_start));
        e.mod = f->mod;
        e.symmetric = f->symmetric;
        size_t trs = events_masked_index(m, f->trig_start),
               tre = events_masked_index(m, f->trig_end);
        int speech = r->speech == SPEECH_NONE ? 0 : f->said && r->speech == SPEECH_REACTION ? 2 : 1;
        if (!(r->deal && events_reviewed_deal(rs, m->s.s, trs)))
            events_find_date(rs, doc, s, sd, m, trs, tre, &e.date, speech, 0);
        if (!e.date.value[0] && doc->anchor.y && events_present_state(rs, m->s.s, trs))
            date_of_the_day(doc, &e.date);
        if (f->agentless) {
            if (!r->agentless)
                continue;
            size_t who = f->speaker == SYN_NO_MENTION ? ACTOR_NONE
                                                      : actors->mentions[f->speaker].actor;
            if (who != ACTOR_NONE && !events_kind_ok(f->source_kinds, actors->actors[who].kind))
                who = ACTOR_NONE;
            for (size_t b = 0; b < f->ntgt; b++) {
                e.source = who;
                e.target = actors->mentions[f->tgt[b]].actor;
                if (events_kind_ok(r->target_kinds, actors->actors[e.target].kind))
                    add_event(out, &e);
            }
            continue;
        }
        for (size_t a = 0; a < f->nsrc; a++) {
            e.source = actors->mentions[f->src[a]].actor;
            e.rule = r;
            if (!events_kind_ok(f->source_kinds, actors->actors[e.source].kind) &&
                !office_holder(rs, r, doc, actors, f->src[a]))
                continue;
            const event_rule *rr = regulator_block(
                rs, r, m->s.s, events_masked_index(m, actors->mentions[f->src[a]].start), trs, tre,
                actors->actors[e.source].name, e.mod);
            if (rr)
                e.rule = rr;
            if (!r->has_target || !f->ntgt) {
                e.target = ACTOR_NONE;
                e.partial = r->deal && !r->target_from_deal && f->deal_target;
                /* a listing whose targets are only counted ("against three entities")
                 * is kept, as the patterns keep it, for the names told after it */
                if (!r->has_target || (r->target_from_deal && f->deal_target) || e.partial ||
                    r->listing)
                    add_event(out, &e);
                e.partial = 0;
                continue;
            }
            for (size_t b = 0; b < f->ntgt; b++) {
                e.target = actors->mentions[f->tgt[b]].actor;
                if (e.target == e.source ||
                    !events_kind_ok(r->target_kinds, actors->actors[e.target].kind))
                    continue;
                drop_reversed(out, &e);
                add_event(out, &e);
            }
        }
    }
}
