/* A nation before a regulator's noun names the regulator (actors_bodies.h). The nouns
 * (regulator_nouns), the words of a regulator's name (regulator_words) and of a
 * competition regulator's (competition_words) are word lists of events/; a modifier that is no regulator word ("energy regulator", "banking
 * watchdog") must stand in the regulator's name. */
#include "actors_bodies.h"

#include <ctype.h>
#include <string.h>

#include "lexicon.h"
#include "util.h"

/* Modifiers a description may carry between the nation and the noun. */
#define MAX_MODIFIERS 3
/* How many mentions either side a regulator is looked for among: a description refers
 * to a body of the same story, and a long document stays linear. */
#define REGULATOR_WINDOW 300

typedef struct {
    size_t s[MAX_MODIFIERS], e[MAX_MODIFIERS];
    size_t n;
    size_t noun_s, noun_e; /* the regulator's noun */
} description;

static size_t word_end(const char *text, size_t len, size_t p)
{
    while (p < len && (isalpha((unsigned char)text[p]) || text[p] == '-'))
        p++;
    return p;
}

/* Reads "'s competition watchdog" after a nation's name ending at p. */
static int read_description(const ruleset *rs, const char *text, size_t len, size_t p,
                            description *d)
{
    if (p + 2 < len && text[p] == '\'' && text[p + 1] == 's')
        p += 2;
    else if (p + 4 < len && memcmp(text + p, "\xe2\x80\x99s", 4) == 0)
        p += 4;
    const syn_list *nouns = rules_lexicon_list(rs, "regulator_nouns"),
                   *modified = rules_lexicon_list(rs, "regulator_nouns_with_modifier");
    d->n = 0;
    while (p < len && text[p] == ' ') {
        size_t ws = p + 1, we = word_end(text, len, ws);
        if (we == ws || !islower((unsigned char)text[ws]))
            return 0;
        if (lexicon_has(nouns, text + ws, we - ws) ||
            (d->n && lexicon_has(modified, text + ws, we - ws))) {
            d->noun_s = ws, d->noun_e = we;
            return 1;
        }
        if (d->n == MAX_MODIFIERS)
            return 0;
        d->s[d->n] = ws, d->e[d->n] = we, d->n++;
        p = we;
    }
    return 0;
}

/* Whether name holds the word text[s, e) as the start of one of its words. */
static int name_has_word(const char *name, const char *w, size_t n)
{
    for (const char *p = name; *p; p++)
        if ((p == name || !isalnum((unsigned char)p[-1])) && strlen(p) >= n &&
            util_strcasecmp_n(p, n, w, n) == 0)
            return 1;
    return 0;
}

static int name_has_listed(const syn_list *words, const char *name)
{
    size_t n = strlen(name);
    for (size_t p = 0; p < n; p++)
        if ((p == 0 || name[p - 1] == ' ') && lexicon_at(words, name, p, n, LEX_ANY))
            return 1;
    return 0;
}

/* How well actor a fits as the regulator the nation's description tells of: 0 not at all;
 * 1 a regulator by its name; 2 one of the kind the description names, by a modifier in
 * its name or its gazetteer entry's nouns, or, with no modifier, a competition
 * regulator (competition_words: "watchdog" alone in news of deals means that one, not
 * the energy regulator named beside it). */
static int fit(const ruleset *rs, const char *text, const doc_actor *a,
               const doc_actor *nation, const description *d)
{
    if (a == nation || a->kind != KIND_GOVERNMENT || a->generic ||
        (a->gaz && rules_gaz_is_nation(a->gaz)))
        return 0;
    const char *country = nation && nation->gaz ? nation->gaz->country : NULL;
    /* a nation's body is of that nation: a known body of none ("European Commission")
     * is not "U.S. antitrust enforcers" */
    if (a->gaz && country && (!a->gaz->country || strcmp(a->gaz->country, country) != 0))
        return 0;
    const syn_list *words = rules_lexicon_list(rs, "regulator_words");
    for (size_t i = 0; i < d->n; i++)
        if (!lexicon_at(words, text, d->s[i], d->e[i], LEX_ANY) &&
            !name_has_word(a->name, text + d->s[i], d->e[i] - d->s[i]))
            return 0;
    for (size_t k = 0; a->gaz && k < a->gaz->ndescriptors; k++)
        if (util_strcasecmp_n(a->gaz->descriptors[k], strlen(a->gaz->descriptors[k]),
                              text + d->noun_s, d->noun_e - d->noun_s) == 0)
            return 2;
    if (!name_has_listed(words, a->name))
        return 0;
    if (d->n)
        return 2;
    return name_has_listed(rules_lexicon_list(rs, "competition_words"), a->name) ? 2 : 1;
}

/* "Hungary's competition authority, the GVH, approved": a name set off by commas right
 * after the description is the regulator's (the mention's index), whatever was known of
 * it; else (size_t)-1. */
static size_t apposed_name(const char *text, size_t len, const actor_table *t, size_t m,
                           size_t at)
{
    if (at + 2 >= len || text[at] != ',' || text[at + 1] != ' ')
        return (size_t)-1;
    at += 2;
    if (at + 4 < len && util_strcasecmp_n(text + at, 4, "the ", 4) == 0)
        at += 4;
    for (size_t k = m + 1; k < t->nmentions && t->mentions[k].start <= at; k++) {
        size_t e = t->mentions[k].end;
        if (t->mentions[k].start == at && !t->mentions[k].reference && e < len &&
            (text[e] == ',' || text[e] == ')'))
            return k;
    }
    return (size_t)-1;
}


/* The fitting actor nearest mention m, or (size_t)-1. */
static size_t nearest_fit(const ruleset *rs, const char *text, const actor_table *t, size_t m,
                          const doc_actor *nation, const description *d)
{
    const mention *me = &t->mentions[m];
    size_t best = (size_t)-1, best_dist = (size_t)-1;
    int best_fit = 0;
    size_t from = m > REGULATOR_WINDOW ? m - REGULATOR_WINDOW : 0;
    size_t to = t->nmentions - m > REGULATOR_WINDOW ? m + REGULATOR_WINDOW : t->nmentions;
    for (size_t k = from; k < to; k++) {
        const mention *o = &t->mentions[k];
        size_t dist = o->start > me->start ? o->start - me->start : me->start - o->start;
        int f = fit(rs, text, &t->actors[o->actor], nation, d);
        if (f > best_fit || (f && f == best_fit && dist < best_dist))
            best = o->actor, best_dist = dist, best_fit = f;
    }
    return best;
}

size_t actors_unnamed_regulator(const ruleset *rs, const actor_table *t, size_t a)
{
    size_t m = 0;
    while (m < t->nmentions && t->mentions[m].actor != a)
        m++;
    if (m == t->nmentions)
        return (size_t)-1;
    /* the description is read off the body's name, " antitrust regulators" */
    strbuf b = {0};
    sb_addc(&b, ' ');
    sb_adds(&b, t->actors[a].name);
    description d;
    size_t r = (size_t)-1;
    if (read_description(rs, b.s, b.len, 0, &d) && d.noun_e == b.len)
        r = nearest_fit(rs, b.s, t, m, NULL, &d);
    sb_free(&b);
    return r;
}

size_t actors_regulator_for(const ruleset *rs, const char *text, size_t len,
                            const actor_table *t, size_t m, size_t *end)
{
    const mention *me = &t->mentions[m];
    const doc_actor *nation = &t->actors[me->actor];
    description d;
    if (me->reference || !nation->gaz || !rules_gaz_is_nation(nation->gaz) ||
        !read_description(rs, text, len, me->end, &d))
        return (size_t)-1;
    size_t named = apposed_name(text, len, t, m, d.noun_e);
    if (named != (size_t)-1) {
        *end = d.noun_e;
        return t->mentions[named].actor;
    }
    /* the nearest mention of a fitting actor, before or after */
    size_t best = nearest_fit(rs, text, t, m, nation, &d);
    /* "U.S. antitrust enforcers", in the plural, are the nation's officials */
    if (best == (size_t)-1 && d.n && text[d.noun_e - 1] != 's')
        best = ACTORS_UNNAMED_REGULATOR;
    if (best != (size_t)-1)
        *end = d.noun_e;
    return best;
}
