/* events_syntax — find events in one parsed sentence. The role paths are written once
 * here for every wording: a rule only says "agent", "patient", "poss", "of" ... and the
 * functions below find that role in active or passive voice, under control verbs, in
 * relative clauses and across coordination. Words that decide (negation, modals, verbs
 * of planning, support verbs) come from the lexicon in events/, never from this file. */
#include "events_syntax.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "rules_syntax.h"

#define NONE ((size_t)-1)
#define MAX_DEPTH 8
#define LEMMA_MAX 64

typedef struct {
    const ruleset *rs;
    const syn_sentence *ps;
    const actor_table *actors;
    size_t *mention;  /* token -> mention index or NONE */
    size_t *first, *next; /* children lists: first child of a token, next sibling */
    size_t it_mention;
    size_t pair[2]; /* syn_refs.pair */
} tree;

static const syn_token *tok(const tree *t, size_t i)
{
    return &t->ps->tok[i];
}

static size_t head(const tree *t, size_t i)
{
    int h = tok(t, i)->head;
    return h < 0 ? NONE : (size_t)h;
}

/* "obl" is "obl" or "obl:tmod" ...; "obl:agent" only itself. */
static int rel_is(const tree *t, size_t i, const char *rel)
{
    const char *d = tok(t, i)->deprel;
    size_t n = strlen(rel);
    return strncmp(d, rel, n) == 0 && (d[n] == '\0' || (d[n] == ':' && !strchr(rel, ':')));
}

static int rel_exact(const tree *t, size_t i, const char *rel)
{
    return strcmp(tok(t, i)->deprel, rel) == 0;
}

static int lemma_is(const tree *t, size_t i, const char *w)
{
    return strcasecmp(tok(t, i)->lemma, w) == 0;
}

/* A lemma in lower case, as the lexicon and the trigger index keep words. */
static void lower_lemma(const char *l, char low[LEMMA_MAX])
{
    size_t k = 0;
    for (; l[k] && k + 1 < LEMMA_MAX; k++)
        low[k] = (char)tolower((unsigned char)l[k]);
    low[k] = '\0';
}

static void lemma_lower(const tree *t, size_t i, char low[LEMMA_MAX])
{
    lower_lemma(tok(t, i)->lemma, low);
}

int events_syntax_lemma_in(const ruleset *rs, const syn_token *tk, const char *list)
{
    char low[LEMMA_MAX];
    lower_lemma(tk->lemma, low);
    return rules_lexicon_has(rs, list, low);
}

static int in_list(const tree *t, size_t i, const char *list)
{
    return events_syntax_lemma_in(t->rs, tok(t, i), list);
}

/* The wordings whose trigger is token i's lemma (*n of them). */
static const syn_entry *triggers_of(const tree *t, size_t i, size_t *n)
{
    char low[LEMMA_MAX];
    lemma_lower(t, i, low);
    return rules_syntax_lookup(t->rs, low, n);
}

static int upos_is(const tree *t, size_t i, const char *u)
{
    return strcmp(tok(t, i)->upos, u) == 0;
}

static int nominal(const tree *t, size_t i)
{
    return upos_is(t, i, "NOUN") || upos_is(t, i, "PROPN") || upos_is(t, i, "PRON") ||
           upos_is(t, i, "NUM");
}

/* The first child of i with relation rel (rel_is), or NONE. */
static size_t child(const tree *t, size_t i, const char *rel)
{
    for (size_t c = t->first[i]; c != NONE; c = t->next[c])
        if (rel_is(t, c, rel))
            return c;
    return NONE;
}

static size_t child_exact(const tree *t, size_t i, const char *rel)
{
    for (size_t c = t->first[i]; c != NONE; c = t->next[c])
        if (rel_exact(t, c, rel))
            return c;
    return NONE;
}

static int has_child_in(const tree *t, size_t i, const char *rel, const char *list)
{
    for (size_t c = t->first[i]; c != NONE; c = t->next[c])
        if (rel_is(t, c, rel) && in_list(t, c, list))
            return 1;
    return 0;
}

/* Is c introduced by preposition p? In a name the parser may hang the preposition on
 * the name's first word ("for Brisco Inc.": "for" under the compound "Brisco"). */
static int has_case(const tree *t, size_t c, const char *p)
{
    for (size_t k = t->first[c]; k != NONE; k = t->next[k]) {
        if (rel_is(t, k, "case") && lemma_is(t, k, p))
            return 1;
        if (rel_exact(t, k, "compound") && k < c)
            for (size_t g = t->first[k]; g != NONE; g = t->next[g])
                if (rel_is(t, g, "case") && lemma_is(t, g, p) && g < k)
                    return 1;
    }
    return 0;
}

/* Callers ask has_case of it too: "bought by Halvor Group" with "Group" an object is an
 * oblique all the same, the preposition says so whatever the parser called it. */
static int prepositional(const tree *t, size_t c)
{
    return rel_is(t, c, "obl") || rel_is(t, c, "nmod") || rel_exact(t, c, "obl:agent") ||
           rel_exact(t, c, "obj");
}

/* The dependent of i (an oblique or a noun modifier) introduced by preposition p. Of a
 * noun, also one hung on its own modifier: in "the acquisition of X by Y" a parser often
 * attaches "by Y" to X. */
/* "a bid of 300 pence a share for Y", "pay $9 a share for Y": the parser hangs "for Y"
 * on the rate noun of the price (rate_nouns) and takes "a share" for an object. The
 * phrase of word i runs on through the price: words of a price only (numbers,
 * signs, determiners, units, "of") up to the rate noun that holds the preposition. */
static size_t price_rate_child(const tree *t, size_t i, const char *p)
{
    for (size_t r = i + 1; r < t->ps->n && r <= i + 8; r++) {
        if (in_list(t, r, "rate_nouns")) {
            for (size_t c = t->first[r]; c != NONE; c = t->next[c])
                if (prepositional(t, c) && has_case(t, c, p) && c > r)
                    return c;
            /* "its offer of $18 a share for the 33% of Y", the phrase hung elsewhere:
             * the one right after the rate is the price's */
            if (r + 1 < t->ps->n && lemma_is(t, r + 1, p) && rel_is(t, r + 1, "case") &&
                head(t, r + 1) != NONE && head(t, r + 1) > r + 1)
                return head(t, r + 1);
            return NONE;
        }
        if (!upos_is(t, r, "NUM") && !upos_is(t, r, "SYM") && !upos_is(t, r, "DET") &&
            !upos_is(t, r, "NOUN") && !lemma_is(t, r, "of"))
            return NONE;
    }
    return NONE;
}

/* A "to" phrase hung on noun n or on a noun phrase hung on it. */
static size_t to_phrase_below(const tree *t, size_t n, const char *p)
{
    for (size_t c = t->first[n]; c != NONE; c = t->next[c]) {
        if (rel_is(t, c, "nmod") && has_case(t, c, p))
            return c;
        for (size_t g = rel_is(t, c, "nmod") ? t->first[c] : NONE; g != NONE; g = t->next[g])
            if (rel_is(t, g, "nmod") && has_case(t, g, p))
                return g;
    }
    return NONE;
}

/* "sold its exploration unit to Y", "agreed to sell Delmont Cables to Y": a greedy parser
 * hangs the "to" phrase on the noun or name the verb acts on, within two steps of it;
 * what a thing is sold, given or transferred to is the verb's. */
static size_t object_to_phrase(const tree *t, size_t v, const char *p)
{
    size_t o = child(t, v, "obj");
    if (strcmp(p, "to") != 0 || o == NONE || (!upos_is(t, o, "NOUN") && !upos_is(t, o, "PROPN")))
        return NONE;
    return to_phrase_below(t, o, p);
}

/* "X has been placed on a U.S. blacklist, the department said": a greedy parser may hang
 * the phrase between a reported clause's verb and the verb of saying on the latter; it
 * is the reported verb's. */
static size_t reported_clause_phrase(const tree *t, size_t v, const char *p)
{
    size_t h = head(t, v);
    if (h == NONE || h < v || !rel_exact(t, v, "ccomp") || !in_list(t, h, "statement_verbs"))
        return NONE;
    for (size_t c = t->first[h]; c != NONE; c = t->next[c])
        if (c > v && c < h && rel_is(t, c, "obl") && has_case(t, c, p))
            return c;
    return NONE;
}

static size_t prep_child(const tree *t, size_t i, const char *p)
{
    for (size_t c = t->first[i]; c != NONE; c = t->next[c])
        if (prepositional(t, c) && has_case(t, c, p))
            return c;
    /* "will merge with Ivers Biotech" parsed with "with" as the phrase's head and the
     * name its object */
    for (size_t c = t->first[i]; c != NONE; c = t->next[c])
        if (upos_is(t, c, "ADP") && lemma_is(t, c, p) && child(t, c, "obj") != NONE)
            return child(t, c, "obj");
    if (!nominal(t, i)) {
        size_t o = object_to_phrase(t, i, p);
        if (o == NONE)
            o = reported_clause_phrase(t, i, p);
        return o != NONE ? o : price_rate_child(t, i, p); /* "will pay $9 a share for Y" */
    }
    for (size_t c = t->first[i]; c != NONE; c = t->next[c])
        for (size_t g = prepositional(t, c) ? t->first[c] : NONE; g != NONE; g = t->next[g])
            if (rel_is(t, g, "nmod") && has_case(t, g, p))
                return g;
    /* "the sanctions imposed on Iraq": through the noun's participle; for "by" only a
     * participle that makes its doer the noun's ("a bid launched by X", doer_participles),
     * not one that only tells of it (who announced a deal is not its buyer) */
    int by = strcmp(p, "by") == 0;
    for (size_t c = t->first[i]; c != NONE; c = t->next[c])
        if (rel_exact(t, c, "acl") && child(t, c, "mark") == NONE &&
            strcmp(tok(t, c)->xpos, "VBN") == 0 && (!by || in_list(t, c, "doer_participles")))
            for (size_t g = t->first[c]; g != NONE; g = t->next[g])
                if (rel_is(t, g, "obl") && has_case(t, g, p))
                    return g;
    if (by)
        return NONE;
    /* "had held talks last year with Y about a sale", "drew scrutiny from Y": a noun
     * carried by a support verb or a verb of drawing (drawing_verbs: not "would need
     * clearance from Y", whose modal the noun does not see) has the phrases a parser
     * hung on the verb after it, and theirs */
    size_t sv = head(t, i);
    if (sv != NONE && rel_exact(t, i, "obj") &&
        (in_list(t, sv, "support_verbs") || in_list(t, sv, "drawing_verbs")))
        for (size_t c = t->first[sv]; c != NONE; c = t->next[c]) {
            if (c < i || !rel_is(t, c, "obl"))
                continue;
            if (has_case(t, c, p))
                return c;
            /* an "of" phrase is the nearest noun's ("opened an investigation into X's
             * acquisition of Y" names Y for the acquisition only) */
            for (size_t g = t->first[c]; g != NONE && strcmp(p, "of") != 0; g = t->next[g])
                if (rel_is(t, g, "nmod") && has_case(t, g, p))
                    return g;
        }
    /* "challenged X's purchase of Y", "bought a 60% stake in Y", "completed its tender
     * offer for Y", "made an approach to the board of Y" with the phrase hung on the verb:
     * a prepositional phrase right after the noun is the noun's */
    size_t h = head(t, i);
    if (h != NONE && i + 1 < t->ps->n && lemma_is(t, i + 1, p) &&
        (strcmp(p, "of") == 0 || (strcmp(p, "in") == 0 && in_list(t, i, "stake_nouns")) ||
         (strcmp(p, "for") == 0 && in_list(t, i, "deal_nouns")) ||
         ((strcmp(p, "for") == 0 || strcmp(p, "to") == 0) && in_list(t, i, "bid_nouns"))))
        for (size_t c = t->first[h]; c != NONE; c = t->next[c])
            if (c > i && rel_is(t, c, "obl") && head(t, i + 1) != NONE &&
                (head(t, i + 1) == c || head(t, head(t, i + 1)) == c))
                return c;
    return price_rate_child(t, i, p);
}

/* "sued to block deals in industries from groceries to medical devices": a deal noun
 * in the plural (generic_deal_plurals) with no determiner or possessor tells of deals in
 * general, not the document's deal. */
static int deals_in_general(const tree *t, size_t i)
{
    char low[LEMMA_MAX];
    lower_lemma(tok(t, i)->form, low);
    return rules_lexicon_has(t->rs, "generic_deal_plurals", low) && child(t, i, "det") == NONE &&
           child(t, i, "nmod:poss") == NONE;
}

/* A participle in a small clause after a verb of causing or seeing: "to have its shares
 * delisted", "would see X delisted" (which a greedy parser may read as a past tense with
 * X its subject). It is passive: what it is done to is the clause's subject or the object
 * of the verb above. */
static int small_clause(const tree *t, size_t v)
{
    size_t h = head(t, v);
    const char *x = tok(t, v)->xpos;
    if (h == NONE || nominal(t, h) || (!rel_is(t, v, "xcomp") && !rel_is(t, v, "ccomp")) ||
        (strcmp(x, "VBN") != 0 && strcmp(x, "VBD") != 0) || !in_list(t, h, "small_clause_verbs"))
        return 0;
    return child(t, v, "aux") == NONE && child(t, v, "obj") == NONE &&
           child(t, v, "mark") == NONE;
}

/* "The Financial Crimes Enforcement Network designated Banco Mirador as ...", read by a
 * parser as a participle of "Crimes": a participle with an object of its own is a past
 * tense whose subject is its noun, for a passive takes no object. */
static int active_participle(const tree *t, size_t v)
{
    size_t o = child_exact(t, v, "obj");
    if (!rel_exact(t, v, "acl") || strcmp(tok(t, v)->xpos, "VBN") != 0 ||
        child(t, v, "mark") != NONE || o == NONE || head(t, v) == NONE ||
        t->mention[head(t, v)] == NONE)
        return 0;
    /* an "object" after a preposition ("bought by Brisco Corp.", the "by" hung on
     * "Brisco") is the agent */
    for (size_t k = v + 1; k < o; k++)
        if (upos_is(t, k, "ADP"))
            return 0;
    return 1;
}

static int passive(const tree *t, size_t v)
{
    if (small_clause(t, v))
        return 1;
    if (child_exact(t, v, "nsubj:pass") != NONE || child_exact(t, v, "aux:pass") != NONE ||
        child_exact(t, v, "csubj:pass") != NONE)
        return 1;
    /* "Halden, bought by Corvane in 2019": a participle modifying a noun (not "a plan to
     * be bought", whose noun is no patient) */
    return rel_exact(t, v, "acl") && strcmp(tok(t, v)->xpos, "VBN") == 0 &&
           child(t, v, "mark") == NONE && !active_participle(t, v);
}

/* "The Council today adopted": a parser may take the day word for the subject and the
 * name before it for its compound; the name is the subject. */
static size_t subject_word(const tree *t, size_t s)
{
    if (s == NONE || !in_list(t, s, "time_nouns"))
        return s;
    size_t c = child_exact(t, s, "compound");
    return c != NONE && c < s ? c : s;
}

static int next_clause_subject(const tree *t, size_t c);

static size_t surface_subject(const tree *t, size_t v)
{
    size_t s = child_exact(t, v, "nsubj");
    if (s == NONE)
        s = child_exact(t, v, "nsubj:pass");
    /* "... to any sale and British officials began": the noun misread as a list item */
    if (s == NONE && v > 0 && nominal(t, v - 1) && rel_is(t, v - 1, "conj") &&
        next_clause_subject(t, v - 1))
        s = v - 1;
    return subject_word(t, s);
}

static size_t nominal_agent(const tree *t, size_t n, int depth);
static size_t agent(const tree *t, size_t v, int depth);

/* The one a verb of object control tells to act: its object, or what a parser took for
 * an indirect one ("urged Washington to lift"). */
static size_t controlled_object(const tree *t, size_t h)
{
    size_t o = child(t, h, "obj");
    return o != NONE ? o : child(t, h, "iobj");
}

/* A verb without a subject of its own takes the one its clause inherits: the controller
 * of "agreed to buy", the first of two coordinated verbs, the noun of "a bid to buy". */
static size_t inherited_subject(const tree *t, size_t v, int depth)
{
    size_t h = head(t, v);
    if (h == NONE || depth > MAX_DEPTH)
        return NONE;
    if (rel_is(t, v, "xcomp") || rel_exact(t, v, "advcl") || rel_is(t, v, "conj")) {
        if (nominal(t, h))
            return nominal_agent(t, h, depth + 1);
        /* "urged X to buy", "sued to stop X from buying": the object controls */
        size_t o = controlled_object(t, h);
        if ((rel_is(t, v, "xcomp") || rel_exact(t, v, "advcl")) && o != NONE &&
            in_list(t, h, "object_control"))
            return o;
        size_t s = surface_subject(t, h);
        return s != NONE ? s : inherited_subject(t, h, depth + 1);
    }
    if (rel_exact(t, v, "acl") && nominal(t, h)) {
        /* "the company buying Y" is its noun; "a bid by X to buy Y" is the bid's agent */
        if ((strcmp(tok(t, v)->xpos, "VBG") == 0 && child(t, v, "mark") == NONE) ||
            active_participle(t, v))
            return h;
        return nominal_agent(t, h, depth + 1);
    }
    return NONE;
}

static int relative_word(const tree *t, size_t i);

/* The subject of the verb that carries a noun: "X made a bid", "X is in talks". */
static size_t support_subject(const tree *t, size_t n, int depth)
{
    size_t s = child_exact(t, n, "nsubj");
    if (s != NONE)
        return s;
    /* "the review, which Ottawa opened in August", "the bid it launched": the noun is
     * the object of its relative clause's support verb */
    for (size_t c = t->first[n]; c != NONE && depth <= MAX_DEPTH; c = t->next[c])
        if (rel_exact(t, c, "acl:relcl") && in_list(t, c, "support_verbs") &&
            (child(t, c, "obj") == NONE || relative_word(t, child(t, c, "obj"))))
            return agent(t, c, depth + 1);
    size_t h = head(t, n);
    if (h == NONE || depth > MAX_DEPTH || !in_list(t, h, "support_verbs"))
        return NONE;
    if (rel_is(t, n, "obj") || rel_exact(t, n, "nsubj:pass") || rel_is(t, n, "xcomp"))
        return agent(t, h, depth + 1);
    return NONE;
}

/* The one an act's noun names as its author: its possessor, or a name or nationality
 * before it ("the U.S. decision", "the American ultimatum"), or NONE. */
static size_t act_author(const tree *t, size_t n)
{
    size_t a = child(t, n, "nmod:poss");
    for (size_t c = t->first[n]; a == NONE && c != NONE; c = t->next[c])
        if ((rel_exact(t, c, "compound") || rel_exact(t, c, "amod")) && c < n &&
            t->mention[c] != NONE)
            a = c;
    return a;
}

static size_t nominal_agent(const tree *t, size_t n, int depth)
{
    size_t a = child(t, n, "nmod:poss");
    if (a == NONE)
        a = prep_child(t, n, "by");
    if (a == NONE)
        a = support_subject(t, n, depth);
    if (a == NONE && in_list(t, n, "act_nouns"))
        a = act_author(t, n);
    /* "a takeover bid launched last week by X": the agent of the participle */
    for (size_t c = t->first[n]; c != NONE && a == NONE; c = t->next[c])
        if (rel_exact(t, c, "acl") && strcmp(tok(t, c)->xpos, "VBN") == 0)
            a = child_exact(t, c, "obl:agent") != NONE ? child_exact(t, c, "obl:agent")
                                                       : prep_child(t, c, "by");
    return a;
}

static size_t agent(const tree *t, size_t v, int depth)
{
    if (depth > MAX_DEPTH)
        return NONE;
    if (nominal(t, v))
        return nominal_agent(t, v, depth);
    if (passive(t, v)) {
        size_t a = child_exact(t, v, "obl:agent");
        if (a == NONE)
            a = prep_child(t, v, "by");
        /* "sanctions were imposed on X by the Treasury": a greedy parser hangs the agent
         * on the phrase before it */
        for (size_t c = t->first[v]; c != NONE && a == NONE; c = t->next[c])
            if (c > v && rel_is(t, c, "obl"))
                for (size_t g = t->first[c]; g != NONE && a == NONE; g = t->next[g])
                    if (g > c && rel_is(t, g, "nmod") && has_case(t, g, "by"))
                        a = g;
        return a;
    }
    size_t s = subject_word(t, child_exact(t, v, "nsubj"));
    if (s == NONE)
        s = child_exact(t, v, "csubj");
    return s != NONE ? s : inherited_subject(t, v, depth + 1);
}

static int relative_word(const tree *t, size_t i)
{
    return in_list(t, i, "relative_pronouns");
}

static size_t patient(const tree *t, size_t v)
{
    size_t h = head(t, v);
    if (passive(t, v)) {
        size_t s = child_exact(t, v, "nsubj:pass");
        if (s != NONE)
            return s;
        if (small_clause(t, v)) {
            s = child_exact(t, v, "nsubj");
            return s != NONE ? s : child(t, h, "obj");
        }
        if (rel_exact(t, v, "acl") && child(t, v, "mark") == NONE && h != NONE)
            return h;
        return inherited_subject(t, v, 0);
    }
    size_t o = child(t, v, "obj");
    /* "told regulators that it bought 43,000 shares of X", read as a relative clause with
     * "that" its object: a verb takes one object, and the later one is the real one */
    if (o != NONE && relative_word(t, o))
        for (size_t c = t->first[v]; c != NONE; c = t->next[c])
            if (c > o && rel_exact(t, c, "obj"))
                return c;
    if (o != NONE)
        return o;
    /* an object the parser labelled an oblique: no preposition introduces it */
    for (size_t c = t->first[v]; c != NONE; c = t->next[c])
        if (rel_exact(t, c, "obl") && nominal(t, c) && child(t, c, "case") == NONE &&
            (upos_is(t, c, "PROPN") || t->mention[c] != NONE))
            return c;
    /* "a bid to buy X Inc. has drawn interest": a greedy parser may take the object for
     * the next clause's subject; a name right after an active verb that has no object is
     * its object */
    if (v + 1 < t->ps->n && t->mention[v + 1] != NONE && upos_is(t, v + 1, "PROPN") &&
        (v + 1 == 0 || t->mention[v] != t->mention[v + 1]) &&
        t->actors->mentions[t->mention[v + 1]].start == tok(t, v + 1)->start)
        return v + 1;
    /* "the company X bought": an object relative without its pronoun */
    for (size_t c = v; c != NONE && head(t, c) != NONE; c = head(t, c)) {
        if (rel_exact(t, c, "acl:relcl")) {
            size_t s = child_exact(t, c, "nsubj");
            if (s == NONE || relative_word(t, s))
                return NONE;
            /* "which" hung on the clause's first verb: its antecedent is the object */
            for (size_t w = t->first[c]; w != NONE; w = t->next[w])
                if (relative_word(t, w) && upos_is(t, w, "PRON"))
                    return w;
            return head(t, c);
        }
        if (!rel_is(t, c, "xcomp"))
            break;
    }
    return NONE;
}

/* The possessor of noun n: "Corvane's bid". A parser may read a long name's possessive
 * as a compound ("Verhaegen Chemie's 2.3 billion euro takeover"): a name compounded to
 * the noun whose last word carries the "'s" is its possessor too. */
static size_t possessor(const tree *t, size_t n)
{
    size_t p = child(t, n, "nmod:poss");
    if (p != NONE)
        return p;
    for (size_t c = t->first[n]; c != NONE; c = t->next[c]) {
        if (!rel_exact(t, c, "compound") || !upos_is(t, c, "PROPN"))
            continue;
        size_t last = c;
        for (size_t g = t->first[c]; g != NONE; g = t->next[g])
            if (rel_is(t, g, "flat") && g > last)
                last = g;
        for (size_t g = t->first[last]; g != NONE; g = t->next[g])
            if (rel_is(t, g, "case") && strcmp(tok(t, g)->xpos, "POS") == 0)
                return c;
    }
    return NONE;
}

static size_t step_token(const tree *t, size_t trig, syn_role_kind kind, const char *prep)
{
    switch (kind) {
    case ROLE_AGENT:
        return agent(t, trig, 0);
    case ROLE_PATIENT:
        return nominal(t, trig) ? NONE : patient(t, trig);
    case ROLE_POSS:
        return possessor(t, trig);
    case ROLE_COMPOUND: {
        size_t best = NONE;
        for (size_t c = t->first[trig]; c != NONE; c = t->next[c])
            if (rel_exact(t, c, "compound") && upos_is(t, c, "PROPN"))
                best = c;
        return best;
    }
    case ROLE_SUPPORT:
        return support_subject(t, trig, 0);
    case ROLE_IOBJ:
        return child(t, trig, "iobj");
    case ROLE_CLAUSE:
        for (size_t c = t->first[trig]; c != NONE; c = t->next[c])
            if ((rel_exact(t, c, "acl") || rel_is(t, c, "xcomp")) && !nominal(t, c))
                return patient(t, c);
        return NONE;
    case ROLE_RECIPIENT: {
        size_t h = head(t, trig);
        /* "X rejected Y's bid", "a bid by Y was rejected by the board of X" */
        if (h == NONE || nominal(t, h) ||
            !(rel_is(t, trig, "obj") || rel_exact(t, trig, "nsubj:pass")) ||
            !in_list(t, h, "receiving_verbs"))
            return NONE;
        return agent(t, h, 0);
    }
    case ROLE_COMPLEMENT_SUBJECT:
        for (size_t c = t->first[trig]; c != NONE; c = t->next[c])
            if (rel_exact(t, c, "ccomp"))
                return child(t, c, "nsubj");
        return NONE;
    case ROLE_PREP:
        return prep_child(t, trig, prep);
    }
    return NONE;
}

/* The last word of i's phrase: the furthest word its dependents reach. */
static size_t phrase_last(const tree *t, size_t i, int depth)
{
    size_t last = i;
    for (size_t c = t->first[i]; c != NONE && depth < MAX_DEPTH; c = t->next[c]) {
        size_t l = phrase_last(t, c, depth + 1);
        if (l > last)
            last = l;
    }
    return last;
}

/* "terminated its agreement to acquire Y", "scrapped talks to buy Y": a greedy parser
 * hangs the noun's infinitive on the verb; one that opens right after the noun's phrase
 * is the noun's clause. */
static size_t clause_after_noun(const tree *t, size_t v, size_t n)
{
    size_t to = phrase_last(t, n, 0) + 1;
    for (size_t c = t->first[v]; c != NONE; c = t->next[c])
        if (c > to && (rel_is(t, c, "advcl") || rel_is(t, c, "xcomp")) && !nominal(t, c) &&
            head(t, to) == c && rel_is(t, to, "mark") && in_list(t, to, "purpose_marks"))
            return patient(t, c);
    return NONE;
}

static size_t role_token(const tree *t, size_t trig, const syn_role *r)
{
    size_t w = step_token(t, trig, r->kind, r->prep);
    if (w == NONE || !r->has2)
        return w;
    size_t w2 = step_token(t, w, r->kind2, r->prep2);
    if (w2 == NONE && r->kind == ROLE_PATIENT && r->kind2 == ROLE_CLAUSE && nominal(t, w))
        w2 = clause_after_noun(t, trig, w);
    /* "completed its offer for X": a greedy parser often hangs the noun's preposition on
     * the verb */
    if (w2 == NONE && r->kind == ROLE_PATIENT && r->kind2 == ROLE_PREP && nominal(t, w))
        for (size_t c = t->first[trig]; c != NONE && w2 == NONE; c = t->next[c])
            if (rel_is(t, c, "obl") && c > w && has_case(t, c, r->prep2))
                w2 = c;
    return w2;
}

/* The antecedent of a relative pronoun: the name just before it ("Brisk Inc., which"),
 * which is right more often than where a parser hangs the clause; else the noun the
 * clause modifies. */
static size_t antecedent(const tree *t, size_t i)
{
    size_t b = i;
    /* "Kaspiy Marine Services LLC (Russia), which": a bracket after the name says where
     * or who it is; the name is before it */
    while (b > 0 && upos_is(t, b - 1, "PUNCT")) {
        if (!strcmp(tok(t, b - 1)->form, ")")) {
            size_t o = b - 1;
            while (o > 0 && strcmp(tok(t, o)->form, "(") != 0 && b - o < 8)
                o--;
            if (!strcmp(tok(t, o)->form, "(")) {
                b = o;
                continue;
            }
        }
        b--;
    }
    if (b > 0 && b < i && t->mention[b - 1] != NONE)
        return b - 1;
    for (size_t c = head(t, i), d = 0; c != NONE && d < MAX_DEPTH; c = head(t, c), d++)
        if (rel_exact(t, c, "acl:relcl"))
            return head(t, c);
    return NONE;
}

static size_t mention_of(const tree *t, size_t i, int depth);

/* Pronouns, as a reader takes them: a possessive ("X completed its purchase of Y") or a
 * subject ("X denied it was in talks") is the subject of a clause above it, else, when no
 * clause above names one, what the sentence before was about ("It bought Y"). A passive's
 * subject is what is done to, not whose: "X had been added to its list" is the list of
 * whoever tells it. An object pronoun ("bought it") is left alone: too often it is a
 * thing, not an actor. */
static int plural_noun(const tree *t, size_t i)
{
    const char *x = tok(t, i)->xpos;
    return strcmp(x, "NNS") == 0 || strcmp(x, "NNPS") == 0;
}

/* "'Today we completed our purchase of Y,' X said", "X said: 'We have agreed to buy Y'":
 * a first-person plural (speaker_pronouns) is the one whose statement verb
 * (statement_verbs) tells the quotation, above it or beside it. */
static size_t quote_speaker(const tree *t, size_t i, int depth)
{
    for (size_t c = head(t, i), d = 0; c != NONE && d < MAX_DEPTH; c = head(t, c), d++) {
        size_t s = in_list(t, c, "statement_verbs") ? child_exact(t, c, "nsubj") : NONE;
        for (size_t k = t->first[c]; s == NONE && k != NONE; k = t->next[k])
            if (rel_is(t, k, "parataxis") && in_list(t, k, "statement_verbs"))
                s = child_exact(t, k, "nsubj");
        if (s != NONE && s != i && !upos_is(t, s, "PRON"))
            return mention_of(t, s, depth + 1);
    }
    return NONE;
}

/* "China's commerce ministry has not approved its purchase of Y": a government or court
 * that clears, blocks or opposes a deal is not the one whose deal it is, so the possessive
 * of a deal noun it acts on refers further back. */
static int deal_of_other(const tree *t, size_t i, size_t c, size_t s)
{
    size_t n = head(t, i);
    if (!rel_exact(t, i, "nmod:poss") || n == NONE || head(t, n) != c || !rel_is(t, n, "obj") ||
        !in_list(t, n, "deal_nouns") || t->mention[s] == NONE)
        return 0;
    actor_kind k = t->actors->actors[t->actors->mentions[t->mention[s]].actor].kind;
    return k == KIND_GOVERNMENT || k == KIND_COUNTRY || k == KIND_COURT;
}

static size_t pronoun_mention(const tree *t, size_t i, int depth)
{
    if (in_list(t, i, "speaker_pronouns") &&
        (rel_exact(t, i, "nmod:poss") || rel_exact(t, i, "nsubj")))
        return quote_speaker(t, i, depth);
    if (!in_list(t, i, "subject_pronouns") ||
        !(rel_exact(t, i, "nmod:poss") || rel_exact(t, i, "nsubj")))
        return t->mention[i];
    for (size_t c = head(t, i), d = 0; c != NONE && d < MAX_DEPTH; c = head(t, c), d++) {
        /* "ordered X to drop its purchase": under a verb of object control the one told
         * to act is the object */
        size_t h = head(t, c), o = h == NONE ? NONE : controlled_object(t, h);
        if (rel_is(t, c, "xcomp") && o != NONE && in_list(t, h, "object_control"))
            return mention_of(t, o, depth + 1);
        size_t s = child_exact(t, c, "nsubj");
        /* a subject that names no actor ("the fund") is still the one meant, unless it
         * disagrees in number: in "X said shareholders approved its sale" it is X */
        if (s != NONE && deal_of_other(t, i, c, s))
            return t->it_mention;
        if (s != NONE && s != i && !upos_is(t, s, "PRON") &&
            !(t->mention[s] == NONE && plural_noun(t, s)))
            return mention_of(t, s, depth + 1);
    }
    /* no clause above names one: the actor stage's reading (the speaker before a
     * reporting verb), else what the sentence before was about */
    return t->mention[i] != NONE ? t->mention[i] : t->it_mention;
}

/* The number a token's nummod child gives ("51", "2,500"), or -1. */
static double nummod_value(const tree *t, size_t i)
{
    for (size_t c = t->first[i]; c != NONE; c = t->next[c])
        if (rel_exact(t, c, "nummod")) {
            char buf[32];
            size_t k = 0;
            for (const char *p = tok(t, c)->form; *p && k + 1 < sizeof buf; p++)
                if (*p != ',')
                    buf[k++] = *p;
            buf[k] = '\0';
            char *end;
            double v = strtod(buf, &end);
            return end > buf ? v : -1;
        }
    return -1;
}

/* The size a stake noun is given: a percentage ("51%", "a 5% stake") as a number, -2 for a
 * count ("22 million shares"), -1 when none is written. */
static double stake_size(const tree *t, size_t i)
{
    if (in_list(t, i, "percent_words"))
        return nummod_value(t, i);
    for (size_t c = t->first[i]; c != NONE; c = t->next[c])
        if ((rel_is(t, c, "compound") || rel_is(t, c, "amod")) && in_list(t, c, "percent_words"))
            return nummod_value(t, c);
    return child_exact(t, i, "nummod") != NONE ? -2 : -1;
}

/* Does a word of the phrase say the stake is the whole or a controlling part ("a
 * majority stake", "the remaining shares", "all of")? */
static int majority_cue(const tree *t, size_t i)
{
    if (in_list(t, i, "majority_cues"))
        return 1;
    for (size_t c = t->first[i]; c != NONE; c = t->next[c])
        if (!rel_is(t, c, "nmod") && in_list(t, c, "majority_cues"))
            return 1;
    return 0;
}

/* "51% of X", "all of the shares of X", "X's remaining shares", "control of X": what is
 * bought is X, when the part is a controlling one. A minority ("a 5% stake in X"), a count
 * of shares ("1 million X shares": a share purchase) or a stake of unwritten size is no
 * purchase of X. */
/* "the 33% of X that it doesn't already own": the rest of a company, however much that
 * is, makes the buyer its owner. A parser seldom hangs the clause on the stake, so any
 * "own" (remainder_verbs) after the stake word, negated and with "already"
 * (remainder_adverbs), says so. */
static int remainder_clause(const tree *t, size_t i)
{
    for (size_t v = i + 1; v < t->ps->n; v++) {
        if (!in_list(t, v, "remainder_verbs"))
            continue;
        int neg = 0, already = 0;
        for (size_t c = t->first[v]; c != NONE; c = t->next[c]) {
            neg |= in_list(t, c, "negation");
            already |= in_list(t, c, "remainder_adverbs");
        }
        if (neg && already)
            return 1;
    }
    return 0;
}

/* Is stake noun i a part too small to make its buyer the owner: a minority, a count of
 * shares ("bought 43,000 shares of X": a share purchase), or a stake (minority_stake_nouns)
 * of unwritten size? */
static int minor_stake(const tree *t, size_t i)
{
    double size = stake_size(t, i);
    if (majority_cue(t, i) || remainder_clause(t, i))
        return 0;
    if ((size >= 0 && size < 50) || size == -2)
        return 1;
    return size < 0 && in_list(t, i, "minority_stake_nouns");
}

static size_t stake_owner(const tree *t, size_t i, int depth)
{
    if (minor_stake(t, i))
        return NONE;
    size_t o = child(t, i, "nmod:poss");
    if (o == NONE)
        o = prep_child(t, i, "of");
    if (o == NONE)
        o = prep_child(t, i, "in");
    /* "the 33% of Y", with "of Y" hung elsewhere: the phrase right after is the part's */
    if (o == NONE && i + 1 < t->ps->n && lemma_is(t, i + 1, "of") && rel_is(t, i + 1, "case"))
        o = head(t, i + 1);
    for (size_t c = t->first[i]; o == NONE && c != NONE; c = t->next[c])
        if (rel_exact(t, c, "compound") && t->mention[c] != NONE)
            o = c;
    return mention_of(t, o, depth + 1);
}

/* "the board of X", "X's shareholders" act for X; "X's largest shareholder", said of
 * another party in apposition, is that party, not X. */
static int company_organ(const tree *t, size_t i)
{
    if (rel_is(t, i, "appos"))
        return 0;
    return in_list(t, i, "company_organs") ||
           (in_list(t, i, "company_members") && strcmp(tok(t, i)->xpos, "NNS") == 0);
}

static int bracketed(const tree *t, size_t c);

static size_t mention_of(const tree *t, size_t i, int depth)
{
    if (i == NONE || depth > 3)
        return NONE;
    /* a subject pronoun is read off the clauses above it first: the actor stage took the
     * nearest name before it, which may sit in an aside ("X, a provider in Saudi Arabia,
     * is pleased to announce that it") */
    if (relative_word(t, i) && t->mention[i] == NONE)
        return mention_of(t, antecedent(t, i), depth + 1);
    /* "denied it was in talks to sell itself to Y": a reflexive object is its verb's
     * subject */
    if (in_list(t, i, "reflexive_pronouns") && head(t, i) != NONE) {
        size_t s = surface_subject(t, head(t, i));
        if (s == NONE)
            s = inherited_subject(t, head(t, i), depth);
        return s == i ? NONE : mention_of(t, s, depth + 1);
    }
    if (upos_is(t, i, "PRON"))
        return pronoun_mention(t, i, depth);
    if (t->mention[i] != NONE)
        return t->mention[i];
    /* "the facial-recognition start-up, Corvane", "Corvane Inc": a name beside the word
     * (not one in brackets: "Ltd. (China)" says where the company is) */
    for (size_t c = t->first[i]; c != NONE; c = t->next[c])
        if ((rel_is(t, c, "flat") || (rel_is(t, c, "appos") && !bracketed(t, c))) &&
            t->mention[c] != NONE)
            return t->mention[c];
    /* "the Dutch maker Orvik Technologies", which a parser may read as a modifier with no
     * preposition: a name right after the noun, not brought by a preposition, is it */
    if (i + 1 < t->ps->n && t->mention[i + 1] != NONE && upos_is(t, i + 1, "PROPN") &&
        !upos_is(t, i, "PROPN")) {
        size_t c = i + 1;
        while (head(t, c) != NONE && head(t, c) != i && head(t, c) > c &&
               t->mention[head(t, c)] == t->mention[c])
            c = head(t, c);
        if (head(t, c) == i && rel_exact(t, c, "nmod") && child(t, c, "case") == NONE)
            return t->mention[c];
    }
    /* "an embargo on trade with Iraq", "blocked Iraqi oil exports": what flows belongs to
     * the party it flows to, from or with */
    /* ... unless it is owned: "sold its shipping business to Y" is a part of its owner */
    if (in_list(t, i, "flow_nouns") &&
        !(in_list(t, i, "part_nouns") && child(t, i, "nmod:poss") != NONE)) {
        /* "countermeasures on Lockwell Defense over arms sales to Taiwan", parsed with the
         * company a compound of "sales": a company's trade is the company's */
        for (size_t c = t->first[i]; c != NONE; c = t->next[c])
            if ((rel_exact(t, c, "compound") || rel_exact(t, c, "nmod:poss")) && c < i &&
                t->mention[c] != NONE &&
                t->actors->actors[t->actors->mentions[t->mention[c]].actor].kind ==
                    KIND_ORGANIZATION)
                return t->mention[c];
        for (size_t c = t->first[i]; c != NONE; c = t->next[c])
            if ((rel_is(t, c, "nmod") || rel_is(t, c, "amod")) &&
                t->mention[c] != NONE)
                return t->mention[c];
        /* "blocked exports from X": a parser often hangs the party on the verb */
        size_t h = head(t, i);
        for (size_t c = h == NONE ? NONE : t->first[h]; c != NONE; c = t->next[c])
            if (rel_is(t, c, "obl") && t->mention[c] != NONE &&
                (has_case(t, c, "from") || has_case(t, c, "to") || has_case(t, c, "with")))
                return t->mention[c];
        return NONE;
    }
    if (in_list(t, i, "stake_nouns"))
        return stake_owner(t, i, depth);
    /* "rejected the American ultimatum", "condemned the U.S. decision": an act is its
     * author's */
    if (in_list(t, i, "act_nouns"))
        return mention_of(t, act_author(t, i), depth + 1);
    /* "Halden's payments business"; "talks with Halden's shareholders", "approached the
     * board of Halden": a company's organs act for it */
    if (in_list(t, i, "part_nouns") || company_organ(t, i)) {
        size_t o = child(t, i, "nmod:poss");
        if (o == NONE)
            o = prep_child(t, i, "of");
        return mention_of(t, o, depth + 1);
    }
    /* "Canada's industry minister ordered ...": an office holder named by the office
     * alone acts for whose office it is */
    if (in_list(t, i, "office_nouns"))
        return mention_of(t, child(t, i, "nmod:poss"), depth + 1);
    return NONE;
}

static void add_mention(size_t m, size_t *out, size_t *n, size_t max)
{
    for (size_t k = 0; k < *n; k++)
        if (out[k] == m)
            return;
    if (m != NONE && *n < max)
        out[(*n)++] = m;
}

/* The words of a role's noun phrase that may hold further names: coordination,
 * compounds and flat names, appositions. A parser splits a list of long names in many
 * ways ("A Co., B Ltd. and C Co." as compounds of each other); the names in this part
 * of the phrase are the list whatever the shape. Never a clause or a prepositional
 * modifier ("shares of X" is not X). */
/* "objected to any sale and British officials began ...": a greedy parser may take the
 * subject of the next clause for one more item of the list. A noun right before a finite
 * verb that has no subject of its own is that verb's subject. */
static int next_clause_subject(const tree *t, size_t c)
{
    size_t v = c + 1;
    if (v >= t->ps->n || !upos_is(t, v, "VERB") || child(t, v, "nsubj") != NONE)
        return 0;
    const char *x = tok(t, v)->xpos;
    return strcmp(x, "VBD") == 0 || strcmp(x, "VBZ") == 0 || strcmp(x, "VBP") == 0;
}

/* "A (Russia)", "Corvane Health (CRVH)": a word in brackets after a name tells where it
 * is or how it is also called; it names no one else. */
static int bracketed(const tree *t, size_t c)
{
    for (size_t k = t->first[c]; k != NONE && k < c; k = t->next[k])
        if (rel_is(t, k, "punct") && (!strcmp(tok(t, k)->form, "(") || !strcmp(tok(t, k)->form, "[")))
            return 1;
    return 0;
}

static int name_part(const tree *t, size_t i, size_t c)
{
    /* a compound of a name is another name only when the parser ran names together; of a
     * common noun it is a modifier ("six U.S. companies" lists no U.S.) */
    if (rel_exact(t, c, "compound"))
        return t->mention[i] != NONE && t->mention[c] != t->mention[i];
    if (rel_is(t, c, "conj"))
        return !next_clause_subject(t, c);
    /* "A, a unit of X": a common noun in apposition to a name describes it; its owner
     * is no party */
    if (rel_is(t, c, "appos"))
        return !bracketed(t, c) &&
               !(t->mention[i] != NONE && t->mention[c] == NONE && upos_is(t, c, "NOUN"));
    return rel_is(t, c, "flat");
}

/* "three entities, including A and B", "11 companies such as A": members named after a
 * common noun, by a word of member_cases, stand in the role for it. */
static int member_of(const tree *t, size_t i, size_t c)
{
    if (!upos_is(t, i, "NOUN") || !rel_is(t, c, "nmod"))
        return 0;
    for (size_t k = t->first[c]; k != NONE; k = t->next[k])
        if (rel_is(t, k, "case") && in_list(t, k, "member_cases"))
            return 1;
    return 0;
}

/* The role and everything coordinated with it: "A, B and C were added". */
static size_t role_mentions(const tree *t, size_t r, size_t *out, size_t max)
{
    size_t n = 0, stack[SYN_ROLE_MAX * 4], ns = 0;
    stack[ns++] = r;
    /* a second dependent of the same kind is part of the role ("A and B" split) */
    size_t h = head(t, r);
    for (size_t c = h == NONE ? NONE : t->first[h]; c != NONE && ns < SYN_ROLE_MAX * 4;
         c = t->next[c])
        if (c != r && strcmp(tok(t, c)->deprel, tok(t, r)->deprel) == 0 && nominal(t, c) &&
            child(t, c, "case") == NONE && !relative_word(t, c))
            stack[ns++] = c;
    /* "Both companies were also designated today": the two named before */
    if (t->mention[r] == NONE && t->pair[1] != NONE &&
        (lemma_is(t, r, "both") || has_child_in(t, r, "det", "pair_determiners")))
        for (size_t k = 0; k < 2; k++)
            add_mention(t->pair[k], out, &n, max);
    while (ns && n < max) {
        size_t i = stack[--ns];
        add_mention(mention_of(t, i, 0), out, &n, max);
        /* "X was among 14 entities added to the list": the subject is one of them */
        if (has_case(t, i, "among") && child(t, i, "cop") != NONE &&
            child_exact(t, i, "nsubj") != NONE && ns < SYN_ROLE_MAX * 4)
            stack[ns++] = child_exact(t, i, "nsubj");
        for (size_t c = t->first[i]; c != NONE && ns < SYN_ROLE_MAX * 4; c = t->next[c])
            if (name_part(t, i, c) || member_of(t, i, c))
                stack[ns++] = c;
    }
    return n;
}

/* The first role that names an actor; *tokout is its word, or else the first role's word
 * found at all (for "opposed the deal": a deal noun, no actor). */
static size_t find_role(const tree *t, size_t trig, const syn_role *roles, size_t nroles,
                        size_t *out, size_t *tokout)
{
    *tokout = NONE;
    for (size_t k = 0; k < nroles; k++) {
        size_t r = role_token(t, trig, &roles[k]);
        size_t n = r == NONE ? 0 : role_mentions(t, r, out, SYN_ROLE_MAX);
        if (n) {
            *tokout = r;
            return n;
        }
        if (*tokout == NONE)
            *tokout = r;
    }
    return 0;
}

/* ---- modality ---- */

static int cue_children(const tree *t, size_t i, int *neg, int *hyp, int via_conj)
{
    for (size_t c = t->first[i]; c != NONE; c = t->next[c]) {
        if (!via_conj && (rel_is(t, c, "advmod") || rel_is(t, c, "det")) &&
            in_list(t, c, "negation"))
            *neg = 1;
        if (rel_is(t, c, "aux") && in_list(t, c, "modal"))
            *hyp = 1;
        if (!via_conj && rel_is(t, c, "mark") && in_list(t, c, "conditional"))
            *hyp = 1;
        if (!via_conj && (rel_is(t, c, "amod") || rel_is(t, c, "det")) && in_list(t, c, "hedges"))
            *hyp = 1;
    }
    return 0;
}

/* Whether a step from i to its head stays in the same telling: control, a noun's
 * clause, coordination, a noun carried by a support verb. */
/* "proposed acquiring Y", "denied buying": a gerund right after its verb is the verb's
 * complement, whatever relation the parser gave it (often advcl); one set off by a
 * comma ("rose 5%, valuing Y") is not. */
static int gerund_complement(const tree *t, size_t i, size_t h)
{
    if (!rel_exact(t, i, "advcl") || strcmp(tok(t, i)->xpos, "VBG") != 0 || i <= h ||
        child(t, i, "mark") != NONE || nominal(t, h))
        return 0;
    for (size_t k = h + 1; k < i; k++)
        if (!upos_is(t, k, "ADV") && !upos_is(t, k, "PART"))
            return 0;
    return 1;
}

static int climbs(const tree *t, size_t i)
{
    size_t h = head(t, i);
    if (h == NONE)
        return 0;
    if (rel_is(t, i, "xcomp") || rel_exact(t, i, "acl") || rel_is(t, i, "conj") ||
        small_clause(t, i) || gerund_complement(t, i, h))
        return 1;
    return nominal(t, i) && (rel_is(t, i, "obj") || rel_exact(t, i, "nsubj:pass")) &&
           in_list(t, h, "support_verbs");
}

/* act: the word that made the trigger another type's event when that word is itself
 * the act ("proposed acquiring Y" is a proposal made, not a plan), else NONE. */
/* "Regulators blocked X's acquisition of Y", "is reviewing the purchase", "the review of
 * X's takeover of Y", "X's purchase of Y was approved", "needs approval": a deal named as
 * what a body reviews, clears or opposes (pending_deal_words) has not been done yet. (A bid under
 * review has been made: the caller asks only for a type told as done, void_if_ended.)
 * It is the deal a document may tell elsewhere as agreed (syn_match.pending). */
static int deal_under_review(const tree *t, size_t trig)
{
    size_t h = head(t, trig);
    if (!nominal(t, trig) || h == NONE)
        return 0;
    int marked = (rel_is(t, trig, "nmod") || rel_is(t, trig, "obl")) &&
                 (has_case(t, trig, "of") || has_case(t, trig, "for") ||
                  has_case(t, trig, "into") || has_case(t, trig, "to") ||
                  has_case(t, trig, "about") || has_case(t, trig, "over") ||
                  has_case(t, trig, "with"));
    /* "opened an investigation into X's acquisition of Y" with "into" hung on the verb */
    size_t o = child(t, h, "obj");
    if (marked && rel_is(t, trig, "obl") && o != NONE && o < trig &&
        in_list(t, o, "pending_deal_words"))
        return 1;
    /* "X's purchase of Y still needs approval from Z", "is subject to clearance": the
     * deal is the subject of what its object or phrase says is pending */
    if (rel_is(t, trig, "nsubj"))
        for (size_t c = t->first[h]; c != NONE; c = t->next[c])
            if ((rel_is(t, c, "obj") || rel_is(t, c, "obl")) && in_list(t, c, "pending_deal_words"))
                return 1;
    return in_list(t, h, "pending_deal_words") &&
           (rel_exact(t, trig, "obj") || rel_exact(t, trig, "nsubj:pass") || marked);
}

static modality find_modality(const tree *t, size_t trig, size_t act, int pending)
{
    int neg = 0, hyp = pending, via_conj = 0;
    size_t i = trig;
    for (int d = 0; i != NONE && d < MAX_DEPTH; d++) {
        cue_children(t, i, &neg, &hyp, via_conj);
        if (i != trig && !via_conj) {
            neg |= in_list(t, i, "denial");
            hyp |= i != act && in_list(t, i, "planning");
        }
        /* "X denied it would buy Y", "X is considering whether to" */
        if (rel_is(t, i, "ccomp") && head(t, i) != NONE && !small_clause(t, i)) {
            neg |= in_list(t, head(t, i), "denial");
            hyp |= in_list(t, head(t, i), "planning");
            break;
        }
        /* "if it buys Y"; "applied to have its shares delisted": a purpose is not done,
         * but what a payment buys is the deal ("agreed to pay $4 million to acquire Y") */
        /* "barred X from buying Y": what a verb of stopping (planning) keeps from
         * happening has not happened */
        if (rel_is(t, i, "advcl") && has_child_in(t, i, "mark", "prevention_marks") &&
            in_list(t, head(t, i), "planning"))
            hyp = 1;
        int purpose = rel_is(t, i, "advcl") && has_child_in(t, i, "mark", "purpose_marks");
        int paid = purpose && in_list(t, head(t, i), "payment_verbs");
        if (!paid && (purpose || (rel_is(t, i, "advcl") &&
                                  has_child_in(t, i, "mark", "conditional"))))
            hyp = 1;
        if (!paid && !climbs(t, i))
            break;
        via_conj = rel_is(t, i, "conj");
        i = head(t, i);
    }
    size_t last = t->ps->n - 1;
    if (t->ps->n && strcmp(tok(t, last)->form, "?") == 0)
        hyp = 1;
    return neg ? MOD_NEGATED : hyp ? MOD_HYPOTHETICAL : MOD_ASSERTED;
}

/* An "under" word above the trigger makes it another type's event. */
static const event_rule *shift_at(const tree *t, size_t i, const event_rule *r)
{
    for (size_t k = 0; i != NONE && k < r->syn->nshifts; k++)
        for (size_t w = 0; w < r->syn->shifts[k].nlemmas; w++)
            if (lemma_is(t, i, r->syn->shifts[k].lemmas[w]))
                return r->syn->shifts[k].as;
    return NULL;
}

/* An "under" word above the trigger makes it another type's event; *purpose is set when
 * the word is the object of a verb whose clause of purpose holds the trigger ("held talks
 * to buy Y", as a parser reads it): the event is then as sure as the talks are. */
static const event_rule *shifted(const tree *t, size_t trig, const event_rule *r, size_t *purpose,
                                 size_t *by)
{
    *purpose = *by = NONE;
    if (!r->syn || !r->syn->nshifts)
        return r;
    size_t i = trig;
    for (int d = 0; i != NONE && d < MAX_DEPTH; d++) {
        int purposed = rel_is(t, i, "advcl") && has_child_in(t, i, "mark", "purpose_marks");
        if (!purposed && !climbs(t, i))
            break;
        int controlled = purposed || rel_is(t, i, "xcomp");
        i = head(t, i);
        const event_rule *as = shift_at(t, i, r);
        /* "held talks to buy": the verb's object governs the clause */
        size_t o = controlled ? child(t, i, "obj") : NONE;
        if (!as && o != NONE && (as = shift_at(t, o, r)) != NULL && purposed)
            *purpose = o;
        if (as) {
            *by = i;
            return as;
        }
        if (purposed)
            break;
    }
    return r;
}

/* "Britain has imposed sanctions on ..., the Foreign Office announced on Wednesday": a
 * verb of saying the parser hung on the trigger's clause after it (parataxis). */
static size_t trailing_attribution(const tree *t, size_t trig)
{
    for (size_t c = t->first[trig]; c != NONE; c = t->next[c])
        if (c > trig && rel_exact(t, c, "parataxis") && in_list(t, c, "statement_verbs"))
            return c;
    return NONE;
}

/* The trigger's reported speaker: "X said it opposed the deal". */
static size_t saying_verb(const tree *t, size_t trig)
{
    size_t i = trig;
    for (int d = 0; i != NONE && d < MAX_DEPTH; d++) {
        if (rel_is(t, i, "ccomp") && head(t, i) != NONE)
            return in_list(t, head(t, i), "statement_verbs") ? head(t, i) : NONE;
        if (!climbs(t, i))
            return NONE;
        i = head(t, i);
    }
    return NONE;
}

/* ---- triggers ---- */

/* "notified the European Commission of its planned takeover": a phrase a parser hung on
 * a name the verb acts on is the verb's (a name takes no such complement of its own).
 * Read for a wording's conditions only: its roles keep their own attachments. */
static size_t phrase_on_named_object(const tree *t, size_t v, const char *p)
{
    size_t o = child(t, v, "obj");
    if (nominal(t, v) || o == NONE || t->mention[o] == NONE)
        return NONE;
    for (size_t c = t->first[o]; c != NONE; c = t->next[c])
        if (c > o && rel_is(t, c, "nmod") && !rel_exact(t, c, "nmod:poss") && has_case(t, c, p))
            return c;
    return NONE;
}

/* The dependent of i a condition reads: the patient, the agent ("the talks collapsed"),
 * or the object of the first of its prepositions ("over|about") that i has. */
static size_t with_dependent(const tree *t, size_t i, const syn_with *x)
{
    for (size_t k = 0; k < x->npreps; k++) {
        const char *p = x->preps[k];
        int clause = strcmp(p, "clause") == 0, negated = strcmp(p, "negated_clause") == 0;
        size_t c = strcmp(p, "patient") == 0 ? patient(t, i)
                   : strcmp(p, "agent") == 0 ? agent(t, i, 0)
                   : clause || negated ? (child(t, i, "xcomp") != NONE ? child(t, i, "xcomp")
                                                                      : child(t, i, "ccomp"))
                                       : prep_child(t, i, p);
        /* "ordered the company not to proceed with the deal" */
        if (negated && c != NONE && !has_child_in(t, c, "advmod", "negation"))
            c = NONE;
        if (c == NONE && strcmp(p, "patient") && strcmp(p, "agent") && !clause && !negated)
            c = phrase_on_named_object(t, i, p);
        if (c != NONE)
            return c;
    }
    return NONE;
}

static int lemma_in(const tree *t, size_t c, const syn_with *x)
{
    for (size_t k = 0; k < x->nlemmas; k++)
        if (lemma_is(t, c, x->lemmas[k]))
            return 1;
    return 0;
}

/* "called Bush a liar", "branded the sanctions illegal", "described the decision as
 * unjustified": what the verb says its object is, after the object. A parser hangs it
 * anywhere (on the verb, the object, a name or clause within the object's phrase), so any
 * word after the object that the verb governs will do. */
static int predicate_holds(const tree *t, size_t v, const syn_with *x)
{
    size_t o = child(t, v, "obj");
    for (size_t k = o == NONE ? t->ps->n : o + 1; k < t->ps->n; k++) {
        if (!lemma_in(t, k, x))
            continue;
        size_t a = head(t, k);
        for (int d = 0; a != NONE && a != v && d < MAX_DEPTH; d++)
            a = head(t, a);
        if (a == v)
            return 1;
    }
    return 0;
}

static int with_holds(const tree *t, size_t i, const syn_with *x)
{
    if (x->npreps == 1 && strcmp(x->preps[0], "predicate") == 0)
        return predicate_holds(t, i, x);
    size_t c = with_dependent(t, i, x);
    int found = c != NONE && lemma_in(t, c, x);
    for (size_t g = c == NONE ? NONE : t->first[c]; g != NONE && !found; g = t->next[g])
        found = rel_is(t, g, "compound") && lemma_in(t, g, x);
    /* "ended its supply agreement with Y" ends no deal; a "U.S. trade blacklist" is a
     * list all the same */
    return found && !(in_list(t, c, "deal_nouns") &&
                      (has_child_in(t, c, "compound", "non_deal_modifiers") ||
                       has_child_in(t, c, "amod", "non_deal_modifiers")));
}

static int word_fits(const tree *t, size_t i, const syn_trigger *tr, const syn_word *w)
{
    const char *u = tok(t, i)->upos;
    if (tr->noun ? strcmp(u, "NOUN") != 0 && strcmp(u, "PROPN") != 0
                 : strcmp(u, "VERB") != 0 && strcmp(u, "ADJ") != 0)
        return 0;
    if (w->particle) {
        int found = 0;
        for (size_t c = t->first[i]; c != NONE && !found; c = t->next[c])
            found = (rel_is(t, c, "compound") || rel_is(t, c, "advmod") || rel_is(t, c, "obl")) &&
                    lemma_is(t, c, w->particle);
        if (!found)
            return 0;
    }
    for (size_t k = 0; k < tr->nwith; k++)
        if (!with_holds(t, i, &tr->with[k]))
            return 0;
    for (size_t k = 0; k < tr->nwithout; k++)
        if (with_holds(t, i, &tr->without[k]))
            return 0;
    return 1;
}

/* A noun's passive: in "its acquisition by Y", "Halden's review by the Commission" the
 * possessor is what is done to and "by" names the doer, whatever the rule's order. */
static void nominal_passive(const tree *t, size_t i, syn_match *m, size_t *stok, size_t *ttok)
{
    size_t by = prep_child(t, i, "by"), poss = child(t, i, "nmod:poss");
    if (by == NONE || poss == NONE)
        return;
    size_t src[SYN_ROLE_MAX], tgt[SYN_ROLE_MAX];
    size_t ns = role_mentions(t, by, src, SYN_ROLE_MAX);
    size_t nt = role_mentions(t, poss, tgt, SYN_ROLE_MAX);
    if (!ns || !nt)
        return;
    memcpy(m->src, src, ns * sizeof *src);
    memcpy(m->tgt, tgt, nt * sizeof *tgt);
    m->nsrc = ns;
    m->ntgt = nt;
    *stok = by;
    *ttok = poss;
}

/* Is noun i the object of another event's trigger ("blocked X's acquisition")? Then it
 * refers to a deal told elsewhere, and tells no new one. */
static int told_by_trigger(const tree *t, size_t i)
{
    size_t h = head(t, i);
    if (h == NONE || nominal(t, h))
        return 0;
    size_t ne;
    triggers_of(t, h, &ne);
    return ne > 0;
}

/* "an offer to license": a clause of the noun's own says what it is about; a participle
 * ("a rival offer launched by Y") does not. */
static int clause_of_own(const tree *t, size_t i)
{
    for (size_t c = t->first[i]; c != NONE; c = t->next[c])
        if (rel_is(t, c, "acl") && strcmp(tok(t, c)->xpos, "VBN") != 0)
            return 1;
    return 0;
}

/* "A and B agreed to merge", "the merger of A and B": a wording that does not tell
 * buyer from bought names both parties in one role; the first stands for the source. */
static void pair_from_one_role(syn_match *m)
{
    if (m->nsrc >= 2 && !m->ntgt) {
        memcpy(m->tgt, m->src + 1, (m->nsrc - 1) * sizeof *m->src);
        m->ntgt = m->nsrc - 1;
        m->nsrc = 1;
    } else if (m->ntgt >= 2 && !m->nsrc) {
        m->src[0] = m->tgt[0];
        memmove(m->tgt, m->tgt + 1, (m->ntgt - 1) * sizeof *m->tgt);
        m->ntgt--;
        m->nsrc = 1;
    }
}

static int match_trigger(const tree *t, size_t i, const syn_entry *e, syn_match *m)
{
    const syn_trigger *tr = e->trig;
    size_t stok, ttok;
    memset(m, 0, sizeof *m);
    m->nsrc = find_role(t, i, tr->source, tr->nsource, m->src, &stok);
    m->ntgt = find_role(t, i, tr->target, tr->ntarget, m->tgt, &ttok);
    if (tr->noun)
        nominal_passive(t, i, m, &stok, &ttok);
    /* a role and its opposite read off one phrase is a misreading, not an event */
    if (m->nsrc && m->ntgt && stok == ttok)
        m->ntgt = 0;
    if (tr->symmetric)
        pair_from_one_role(m);
    /* "bought 43,000 shares of X": a share purchase, which the document's deal must not
     * complete into a purchase of X */
    if (!m->ntgt && ttok != NONE && in_list(t, ttok, "stake_nouns") && minor_stake(t, ttok))
        return 0;
    /* "opposed the deal", "launched the offer": the deal noun stands for the document's
     * deal, whose party the document passes may supply */
    /* ... and so does a review or objection told by its noun alone ("The review, which
     * Ottawa opened in August"): of what, only the document's deal says (unless a
     * phrase right after it, hung elsewhere, says: "opened an investigation into") */
    m->deal_target = !m->ntgt && ((ttok != NONE && in_list(t, ttok, "deal_nouns") &&
                                   !deals_in_general(t, ttok)) ||
                                  (tr->noun && in_list(t, i, "deal_nouns") &&
                                   !clause_of_own(t, i) && !told_by_trigger(t, i)) ||
                                  (tr->noun && e->rule->target_from_deal &&
                                   child(t, i, "nmod") == NONE && child_exact(t, i, "acl") == NONE &&
                                   !(i + 1 < t->ps->n && upos_is(t, i + 1, "ADP")) &&
                                   !told_by_trigger(t, i)));
    m->agentless = !m->nsrc && m->ntgt && !nominal(t, i) && passive(t, i);
    if (!m->nsrc && !m->agentless)
        return 0;
    m->trigger_rule = e->rule;
    {
        size_t h = head(t, i);
        m->controlled = h != NONE && (rel_is(t, i, "xcomp") || rel_exact(t, i, "advcl")) &&
                        controlled_object(t, h) != NONE && in_list(t, h, "object_control");
    }
    size_t purpose, by;
    m->rule = shifted(t, i, e->rule, &purpose, &by);
    m->trig_start = tok(t, i)->start;
    m->trig_end = tok(t, i)->end;
    m->pending = m->rule->void_if_ended && deal_under_review(t, i);
    m->mod = find_modality(t, purpose != NONE ? purpose : i,
                           by != NONE && in_list(t, by, "proposing_verbs") ? by : NONE,
                           m->pending);
    m->symmetric = tr->symmetric;
    m->source_kinds = tr->source_kinds ? tr->source_kinds : m->rule->source_kinds;
    size_t sv = saying_verb(t, i);
    m->said = sv != NONE;
    /* "X has been placed on a blacklist, the Commerce Department said": who tells an act
     * (the caller takes it for an agentless act's likeliest doer, checking its kind) */
    if (sv == NONE)
        sv = trailing_attribution(t, i);
    m->speaker = SYN_NO_MENTION;
    if (sv != NONE) {
        size_t who = mention_of(t, child_exact(t, sv, "nsubj"), 0);
        m->speaker = who == NONE ? SYN_NO_MENTION : who;
    }
    return 1;
}

/* Token -> mention: a token that starts inside a mention's span belongs to it. */
/* The first mention that ends after text offset from (mentions are sorted). */
static size_t first_mention_after(const actor_table *a, size_t from)
{
    size_t lo = 0, hi = a->nmentions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->mentions[mid].end <= from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void map_mentions(tree *t)
{
    const actor_table *a = t->actors;
    const syn_sentence *ps = t->ps;
    size_t lo = first_mention_after(a, ps->n ? ps->tok[0].start : 0);
    for (size_t i = 0, mi = lo; i < ps->n; i++) {
        t->mention[i] = NONE;
        while (mi < a->nmentions && a->mentions[mi].end <= ps->tok[i].start)
            mi++;
        /* by the token's start: a mention leaves out the full stop of "Inc." that the
         * token keeps */
        if (mi < a->nmentions && a->mentions[mi].start <= ps->tok[i].start)
            t->mention[i] = mi;
    }
}

static void build_children(tree *t)
{
    size_t n = t->ps->n;
    for (size_t i = 0; i < n; i++)
        t->first[i] = t->next[i] = NONE;
    /* from the right, so each list runs left to right */
    for (size_t i = n; i-- > 0;) {
        size_t h = head(t, i);
        if (h != NONE && h < n) {
            t->next[i] = t->first[h];
            t->first[h] = i;
        }
    }
}

static void tree_init(tree *t, const ruleset *rs, const syn_sentence *ps,
                      const actor_table *actors, const syn_refs *refs)
{
    *t = (tree){rs, ps, actors, NULL, NULL, NULL, refs ? refs->it : SYN_NO_MENTION,
                {refs ? refs->pair[0] : SYN_NO_MENTION, refs ? refs->pair[1] : SYN_NO_MENTION}};
    t->mention = xmalloc(ps->n * 3 * sizeof *t->mention);
    t->first = t->mention + ps->n;
    t->next = t->first + ps->n;
    map_mentions(t);
    build_children(t);
}

/* The listing a participle names ("the companies added", "those designated"): the first
 * listing type with the lemma among its triggers, or NULL. */
static const event_rule *listing_named(const tree *t, size_t p)
{
    size_t ne;
    const syn_entry *e = triggers_of(t, p, &ne);
    for (size_t j = 0; j < ne; j++)
        if (e[j].rule->listing && !e[j].trig->noun)
            return e[j].rule;
    return NULL;
}

/* A participle of subject s ("the companies added"), or NONE. */
static size_t participle_of(const tree *t, size_t s)
{
    for (size_t c = t->first[s]; c != NONE; c = t->next[c])
        if (rel_is(t, c, "acl") && !nominal(t, c))
            return c;
    return NONE;
}

/* The subject of a sentence that lists members, the participle that says which members
 * (or NONE), and the word the list hangs on: "S include A, B and C", "S are A, B and C",
 * "Among S were A and B". A greedy parser often reads "The companies added include A"
 * as "added" with "include" its object (the garden path of a reduced relative): the
 * subject is then the participle's. */
static int list_frame(const tree *t, size_t *subj, size_t *part, size_t *list)
{
    *subj = *part = *list = NONE;
    for (size_t v = 0; v < t->ps->n && *list == NONE; v++) {
        if (nominal(t, v) || !in_list(t, v, "inclusion_verbs") || child(t, v, "obj") == NONE)
            continue;
        *list = child(t, v, "obj");
        *subj = child(t, v, "nsubj");
        size_t h = head(t, v);
        if (*subj == NONE && h != NONE && !nominal(t, h)) {
            *part = h;
            *subj = rel_is(t, h, "acl") ? head(t, h) : child(t, h, "nsubj");
        }
    }
    for (size_t r = 0; r < t->ps->n && *list == NONE; r++)
        if (head(t, r) == NONE && nominal(t, r) && child(t, r, "cop") != NONE) {
            *list = r;
            *subj = child(t, r, "nsubj");
            size_t among = prep_child(t, r, "among");
            if (among != NONE)
                *subj = among;
        }
    if (*subj == NONE || *list == NONE || *subj == *list)
        return 0;
    if (*part == NONE)
        *part = participle_of(t, *subj);
    return 1;
}

/* The same frame read off the words alone, for when the parse of a long list went
 * astray ("The targets named in the latest round are A, B and C" parsed with "are" as
 * an apposition): up to four words, a noun subject, a participle before or after it and
 * words that name no actor, then a form of "be" or an inclusion verb; the list is what
 * follows it. Returns the verb's index (*list), or 0. */
static int list_frame_words(const tree *t, size_t *subj, size_t *part, size_t *list)
{
    *subj = *part = *list = NONE;
    size_t v = 0;
    while (v < t->ps->n && !((lemma_is(t, v, "be") || in_list(t, v, "inclusion_verbs")) &&
                             (upos_is(t, v, "AUX") || upos_is(t, v, "VERB"))))
        v++;
    if (v == t->ps->n || v < 2)
        return 0;
    for (size_t i = 0; i < v; i++) {
        if (t->mention[i] != NONE)
            return 0;
        if (*subj == NONE && i < 4 && (upos_is(t, i, "NOUN") || upos_is(t, i, "PRON")))
            *subj = i;
        else if (*part == NONE && i <= *subj + 1 &&
                 (!strcmp(tok(t, i)->xpos, "VBN") || !strcmp(tok(t, i)->xpos, "VBD")))
            *part = i; /* a reduced relative's participle is often tagged as a past */
    }
    if (*subj == NONE)
        return 0;
    if (*part == NONE && *subj > 0 && !strcmp(tok(t, *subj - 1)->xpos, "VBN"))
        *part = *subj - 1; /* "The listed persons are" */
    *list = v;
    return 1;
}

/* The names of the list after word v, one for each item: the first name after v and
 * after each comma, semicolon or "and" outside brackets ("A (Russia), B and C"). The
 * list opens with a name ("The entities are based in China" lists nothing). */
static size_t list_words_mentions(const tree *t, size_t v, size_t *out, size_t max)
{
    size_t n = 0, f = v + 1;
    while (f < t->ps->n && upos_is(t, f, "PUNCT"))
        f++;
    if (f == t->ps->n || t->mention[f] == NONE)
        return 0;
    int depth = 0, open = 1;
    for (size_t i = v + 1; i < t->ps->n && n < max; i++) {
        const char *w = tok(t, i)->form;
        if (!strcmp(w, "(") || !strcmp(w, "["))
            depth++;
        else if ((!strcmp(w, ")") || !strcmp(w, "]")) && depth > 0)
            depth--;
        else if (depth == 0 && (!strcmp(w, ",") || !strcmp(w, ";") || upos_is(t, i, "CCONJ")))
            open = 1;
        else if (depth == 0 && open && t->mention[i] != NONE) {
            add_mention(t->mention[i], out, &n, max);
            open = 0;
        }
    }
    return n;
}

int events_syntax_last_pair(const ruleset *rs, const syn_sentence *ps, const actor_table *actors,
                            size_t pair[2])
{
    pair[0] = pair[1] = SYN_NO_MENTION;
    if (!ps->n || !rs->lexicon)
        return 0;
    tree t;
    tree_init(&t, rs, ps, actors, NULL);
    /* the subject's names first, however the parser shaped the list ("Istanbul-based A
     * (A) and Dubai-based B (B) arranged ..."), then the last coordination */
    for (size_t r = 0; r < ps->n && pair[0] == SYN_NO_MENTION; r++) {
        size_t subj = head(&t, r) == NONE ? surface_subject(&t, r) : NONE, m[SYN_ROLE_MAX];
        size_t n = subj == NONE ? 0 : role_mentions(&t, subj, m, SYN_ROLE_MAX);
        for (size_t k = 1; k < n && pair[0] == SYN_NO_MENTION; k++)
            if (actors->mentions[m[k]].actor != actors->mentions[m[0]].actor) {
                pair[0] = m[0];
                pair[1] = m[k];
            }
    }
    for (size_t c = ps->n; c-- > 0 && pair[0] == SYN_NO_MENTION;) {
        size_t h = head(&t, c);
        if (!rel_is(&t, c, "conj") || h == NONE || t.mention[c] == NONE || t.mention[h] == NONE)
            continue;
        size_t a = t.mention[h], b = t.mention[c];
        if (actors->mentions[a].actor != actors->mentions[b].actor) {
            pair[0] = a;
            pair[1] = b;
        }
    }
    free(t.mention);
    return pair[0] != SYN_NO_MENTION;
}

size_t events_syntax_list_members(const ruleset *rs, const syn_sentence *ps,
                                  const actor_table *actors, const event_rule **rule,
                                  size_t *out, size_t max)
{
    *rule = NULL;
    if (!ps->n || !rs->lexicon)
        return 0;
    tree t;
    tree_init(&t, rs, ps, actors, NULL);
    size_t subj, part, list, n = 0;
    int parsed = list_frame(&t, &subj, &part, &list);
    if (parsed || list_frame_words(&t, &subj, &part, &list))
        if (t.mention[subj] == NONE) {
            /* "The individual sanctioned is A": one member, named by a listing */
            int plural = plural_noun(&t, subj) || in_list(&t, subj, "demonstrative_pronouns");
            if (part != NONE)
                *rule = listing_named(&t, part);
            /* "They included A and B", "Those listed are ...": a pronoun for the
             * members counted before */
            if ((*rule && !nominal(&t, part)) ||
                (plural && part != NONE && in_list(&t, part, "naming_verbs")) ||
                (plural && part == NONE && (in_list(&t, subj, "list_member_nouns") ||
                                            in_list(&t, subj, "demonstrative_pronouns"))))
                n = parsed ? role_mentions(&t, list, out, max)
                           : list_words_mentions(&t, list, out, max);
        }
    free(t.mention);
    return n;
}

size_t events_syntax_match(const ruleset *rs, const syn_sentence *ps, const actor_table *actors,
                           const syn_refs *refs, syn_match *out, size_t max)
{
    if (!ps->n || !rs->lexicon || !rs->lexicon->nentries)
        return 0;
    tree t;
    tree_init(&t, rs, ps, actors, refs);
    size_t n = 0;
    for (size_t i = 0; i < ps->n && n < max; i++) {
        size_t ne;
        const syn_entry *e = triggers_of(&t, i, &ne);
        for (size_t j = 0; j < ne && n < max; j++)
            if (word_fits(&t, i, e[j].trig, e[j].word) && match_trigger(&t, i, &e[j], &out[n]))
                n++;
    }
    free(t.mention);
    return n;
}

/* What the two readers of a parse need of it. events_syntax_match reads nothing but from
 * a trigger lemma; events_syntax_list_members lists members only under a participle
 * that is a listing trigger or a naming verb, or a subject that is a list member noun. */
static int word_wanted(const ruleset *rs, const char *low)
{
    size_t ne;
    rules_syntax_lookup(rs, low, &ne);
    return ne > 0 || rules_lexicon_has(rs, "naming_verbs", low) ||
           rules_lexicon_has(rs, "list_member_nouns", low);
}

/* Whether a mention overlaps text[from, to): map_mentions gives a token no other. */
static int mention_within(const actor_table *a, size_t from, size_t to)
{
    size_t lo = first_mention_after(a, from);
    return lo < a->nmentions && a->mentions[lo].start < to;
}

/* Both also name only mentions: a token's own (map_mentions), the one a subject pronoun
 * stands for (pronoun_mention), or the pair "both" stands for; without any a sentence
 * yields nothing, unless
 * it opens a bulleted list (events_list_opens reads its words). */
int events_syntax_wants(const syn_token *tok, size_t n, const void *ctx)
{
    const events_parse_need *need = ctx;
    int word = 0, pronoun = 0;
    for (size_t i = 0; i < n; i++) {
        char low[LEMMA_MAX];
        lower_lemma(tok[i].lemma, low);
        word = word || word_wanted(need->rs, low);
        pronoun = pronoun || rules_lexicon_has(need->rs, "subject_pronouns", low) ||
                  rules_lexicon_has(need->rs, "pair_determiners", low);
    }
    /* "The listed persons are:" names no one itself; the items after it do */
    int opens_list = n > 0 && strcmp(tok[n - 1].form, ":") == 0;
    return word &&
           (pronoun || opens_list || mention_within(need->actors, tok[0].start, tok[n - 1].end));
}
