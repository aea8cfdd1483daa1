/* actors — find and fold the actors of one document.
 *
 * Candidates come from four recognisers, each a span with a proposed actor:
 *   gazetteer  every alias of events/actors.json (multi-word aliases in any case, so
 *              "commerce department" is found; one-word aliases only as written or in
 *              capitals, so "Arm" is not "arm");
 *   suffixed   capitalised names ending in an organisation suffix or a body word
 *              ("NSO Group", "Bureau of Industry and Security");
 *   titled     people after a title ("president Joe Biden", "chief executive Jane Roe");
 *   capitalised other capitalised sequences inside a sentence (or at its start when the
 *              same name also stands inside one).
 * Overlaps go to the gazetteer, then the longer span. Mentions are then folded into
 * actors by key (lower-case letters and digits without suffix words, so "L3 Harris" is
 * "L3Harris Technologies"), by leading words ("NSO" of "NSO Group") and by acronym
 * ("FTC"). Descriptions ("the company", "the regulator") refer back to the nearest
 * earlier actor of a fitting kind.
 *
 * What is named but is no actor is never made one: places ("based in Sunnyvale"), trading
 * venues, products and brands, lists, the people of a wire credit. Every actor found is
 * kept, whether or not an event gives it a role: DESIGN.md's `actors` are the actors of
 * the articles with their mentions, and a company or person the story names without a
 * rule firing is still one of them (the graph draws only actors with events). */
#include "actors.h"
#include "lexicon.h"
#include "rules_syntax.h"

#include <ctype.h>
#include <stddef.h>
#include <stdint.h>

#include "actor_index.h"
#include "actors_bodies.h"
#include <string.h>
#include <strings.h>

#define MAX_ALIAS_WORDS 12
#define DESCRIPTION_WINDOW 300

typedef struct {
    char *key;        /* folded form: lower-case letters and digits only */
    size_t gaz;       /* index into rs->actors */
    const char *form; /* the alias as written in the gazetteer */
} alias_slot;

/* The word lists of actor recognition (events/actors_words.json), each field the list
 * of its name, looked up once; a list no file names is NULL and holds nothing. */
typedef struct {
    const syn_list *nationality_endings, *agent_noun_endings, *party_nouns, *title_words,
        *title_continuations, *amount_units, *law_words, *place_modifiers,
        *opening_prepositions, *wire_credit_openers, *name_cue_skips, *name_cue_appositions,
        *name_cue_verbs, *opening_auxiliaries, *product_maker_of, *product_nouns, *brand_nouns,
        *maker_nouns, *product_kind_stops, *named_list_nouns, *locative_regions,
        *locative_prepositions, *trading_venue_words, *not_place_nouns,
        *place_list_appositions, *aside_openers, *subject_comma_nonverbs, *name_prepositions,
        *person_cue_stops, *outlet_by_verbs, *outlet_pieces, *outlet_telling_verbs,
        *outlet_nouns_after_name, *outlet_apposition_followers, *outlet_nouns,
        *speaker_titles, *speaker_verbs, *subject_openers, *name_particles, *name_prefixes,
        *name_opening_abbreviations, *masthead_words,
        *demonym_people_nouns, *region_abbreviations, *law_title_ends;
} actor_words;

#define WORD_LIST(f) {#f, offsetof(actor_words, f)}
static const struct {
    const char *name;
    size_t off;
} word_lists[] = {
    WORD_LIST(nationality_endings), WORD_LIST(agent_noun_endings), WORD_LIST(party_nouns),
    WORD_LIST(title_words), WORD_LIST(title_continuations), WORD_LIST(amount_units),
    WORD_LIST(law_words), WORD_LIST(law_title_ends), WORD_LIST(place_modifiers),
    WORD_LIST(opening_prepositions),
    WORD_LIST(wire_credit_openers), WORD_LIST(name_cue_skips), WORD_LIST(name_cue_appositions),
    WORD_LIST(name_cue_verbs), WORD_LIST(opening_auxiliaries), WORD_LIST(product_maker_of),
    WORD_LIST(product_nouns), WORD_LIST(brand_nouns), WORD_LIST(maker_nouns),
    WORD_LIST(product_kind_stops), WORD_LIST(named_list_nouns), WORD_LIST(locative_regions),
    WORD_LIST(locative_prepositions), WORD_LIST(trading_venue_words),
    WORD_LIST(not_place_nouns), WORD_LIST(place_list_appositions), WORD_LIST(aside_openers),
    WORD_LIST(subject_comma_nonverbs), WORD_LIST(name_prepositions),
    WORD_LIST(person_cue_stops), WORD_LIST(outlet_by_verbs), WORD_LIST(outlet_pieces),
    WORD_LIST(outlet_telling_verbs), WORD_LIST(outlet_nouns_after_name),
    WORD_LIST(outlet_apposition_followers), WORD_LIST(outlet_nouns), WORD_LIST(speaker_titles),
    WORD_LIST(speaker_verbs), WORD_LIST(subject_openers), WORD_LIST(name_particles), WORD_LIST(name_prefixes),
    WORD_LIST(name_opening_abbreviations), WORD_LIST(masthead_words),
    WORD_LIST(region_abbreviations),
    WORD_LIST(demonym_people_nouns),
};
#undef WORD_LIST

/* A nationality word of the gazetteer ("Dutch") and the entry that carries it, a
 * national government. */
typedef struct {
    const char *word;
    size_t gaz;
} demonym;

struct actors_ctx {
    const ruleset *rs;
    actor_words w;
    demonym *demonyms; /* in gazetteer order */
    size_t ndemonyms;
    alias_slot *slots;
    size_t nslots;
    alias_slot *core; /* keys without organisation suffix words ("yangtzememory") */
    size_t ncore;
    /* The hashes of every prefix of every alias key (a hash set; 0 marks an empty slot),
     * so that the gazetteer walk stops lengthening a run of words once no alias can
     * begin with it. A collision only costs a lookup that then fails. */
    uint64_t *prefixes;
    size_t nprefixes;
    pcre2_code *re_suffixed, *re_portfolio, *re_titled, *re_capseq, *re_desc, *re_ticker, *re_pron, *re_lowbody, *re_embassy, *re_law, *re_unnamed, *re_subnational;
    pcre2_match_data *md; /* the one thing matching writes: each thread has its own */
    int owner;            /* made by actors_new: owns the slots and patterns; a fork
                           * (actors_fork) only borrows them */
};

/* SRC_UNNAMED: an official body told by its kind, not its name ('antitrust regulators') */
typedef enum { SRC_GAZ, SRC_SUFFIXED, SRC_TITLED, SRC_CAP, SRC_DESC, SRC_PRON, SRC_UNNAMED } cand_source;

typedef struct {
    size_t start, end;
    cand_source src;
    size_t gaz;  /* SRC_GAZ */
    size_t desc; /* SRC_DESC: index into rs->descriptors */
    actor_kind kind;
} candidate;

typedef struct {
    candidate *v;
    size_t n, cap;
} cand_list;

/* ---- keys ---- */

/* Folds s[0, n) into k, which holds at least n + 1 bytes (actor_index_fold, on the stack
 * for the gazetteer lookup of every run of words). */
static void fold_key_into(char *k, const char *s, size_t n)
{
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c))
            k[j++] = (char)tolower(c);
        else if (c >= 0x80)
            k[j++] = (char)c;
    }
    k[j] = '\0';
}

char *actors_fold_key(const char *s, size_t n)
{
    return actor_index_fold(s, n);
}

static unsigned long hash_str(const char *s)
{
    unsigned long h = 1469598103934665603UL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211UL;
    return h;
}

static void slot_put(alias_slot *slots, size_t nslots, char *key, size_t gaz, const char *form,
                     int by_key)
{
    size_t i = hash_str(key) & (nslots - 1);
    while (slots[i].key) {
        if (strcmp(slots[i].key, key) == 0 && (by_key || strcmp(slots[i].form, form) == 0)) {
            free(key); /* the first file to name an alias keeps it */
            return;
        }
        i = (i + 1) & (nslots - 1);
    }
    slots[i] = (alias_slot){key, gaz, form};
}

static void slot_insert(actors_ctx *c, char *key, size_t gaz, const char *form)
{
    slot_put(c->slots, c->nslots, key, gaz, form, 0);
}

/* One step of the hash of a folded key, a byte at a time (never 0 once started). */
static uint64_t prefix_step(uint64_t h, unsigned char c)
{
    return ((h ^ c) * 1099511628211ULL) | 1;
}
#define PREFIX_START 1469598103934665603ULL

static void prefix_put(actors_ctx *c, uint64_t h)
{
    size_t i = (size_t)(h ^ (h >> 29)) & (c->nprefixes - 1);
    while (c->prefixes[i] && c->prefixes[i] != h)
        i = (i + 1) & (c->nprefixes - 1);
    c->prefixes[i] = h;
}

static int may_be_prefix(const actors_ctx *c, uint64_t h)
{
    size_t i = (size_t)(h ^ (h >> 29)) & (c->nprefixes - 1);
    while (c->prefixes[i] && c->prefixes[i] != h)
        i = (i + 1) & (c->nprefixes - 1);
    return c->prefixes[i] == h;
}

static void build_prefixes(actors_ctx *c)
{
    size_t total = 0;
    for (size_t i = 0; i < c->nslots; i++)
        if (c->slots[i].key)
            total += strlen(c->slots[i].key);
    c->nprefixes = 64;
    while (c->nprefixes < total * 2 + 16)
        c->nprefixes *= 2;
    c->prefixes = xcalloc(c->nprefixes, sizeof *c->prefixes);
    for (size_t i = 0; i < c->nslots; i++) {
        uint64_t h = PREFIX_START;
        for (const char *k = c->slots[i].key; k && *k; k++)
            prefix_put(c, h = prefix_step(h, (unsigned char)*k));
    }
}

static char *core_key(const ruleset *rs, const char *s, size_t n);

static size_t count_words(const char *s)
{
    size_t w = 0;
    int in = 0;
    for (; *s; s++) {
        int sp = *s == ' ' || *s == '-';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* ---- the document's actors by index ---- */

/* What actors.c keeps beside an actor_table: the index of its names, and which actors
 * took aliases since they were last filed. Owned by the table, freed with it. */
struct actor_lookup {
    actor_index *ix;
    size_t nfiled;        /* actors 0 .. nfiled-1 are filed */
    size_t *dirty;        /* filed actors that took aliases since */
    size_t ndirty, capdirty;
    size_t *cand;         /* scratch for candidates */
    size_t capcand;
    size_t *generic;      /* the unnamed bodies (doc_actor.generic), so that a new mention
                           * of one is compared with the few of them, not every actor */
    size_t ngeneric, capgeneric;
};

static struct actor_lookup *lookup_of(const actors_ctx *c, actor_table *t)
{
    if (!t->lookup) {
        t->lookup = xcalloc(1, sizeof *t->lookup);
        t->lookup->ix = actor_index_new(c->rs);
    }
    return t->lookup;
}

static void file_aliases(actor_index *ix, const doc_actor *a, size_t i)
{
    for (size_t k = actor_index_facts(ix, i)->n; k < a->naliases; k++)
        actor_index_add_alias(ix, i, a->aliases[k]);
}

/* Brings the index in step with the table: new actors, new aliases. */
static actor_index *synced_index(const actors_ctx *c, actor_table *t)
{
    struct actor_lookup *lk = lookup_of(c, t);
    for (size_t d = 0; d < lk->ndirty; d++)
        if (lk->dirty[d] < lk->nfiled)
            file_aliases(lk->ix, &t->actors[lk->dirty[d]], lk->dirty[d]);
    lk->ndirty = 0;
    for (; lk->nfiled < t->nactors; lk->nfiled++) {
        const doc_actor *a = &t->actors[lk->nfiled];
        actor_index_add_actor(lk->ix, lk->nfiled, a->name, a->id);
        file_aliases(lk->ix, a, lk->nfiled);
    }
    return lk->ix;
}

/* Every alias added to an actor of the table goes through here, so the index hears of it. */
static void table_alias(const actors_ctx *c, actor_table *t, size_t actor, const char *s,
                        size_t n)
{
    actor_table_add_alias(&t->actors[actor], s, n);
    struct actor_lookup *lk = lookup_of(c, t);
    *VEC_PUSH(lk->dirty, lk->ndirty, lk->capdirty) = actor;
}

static void lookup_free(actor_table *t)
{
    if (!t->lookup)
        return;
    actor_index_free(t->lookup->ix);
    free(t->lookup->dirty);
    free(t->lookup->cand);
    free(t->lookup->generic);
    free(t->lookup);
}

/* ---- regular expressions built from the word lists ---- */

/* A word as a pattern: its special characters escaped; spaced: a space matches any
 * white space. */
static void add_escaped(strbuf *b, const char *w, int spaced)
{
    for (const char *p = w; *p; p++) {
        if (spaced && *p == ' ') {
            sb_adds(b, "\\s+");
            continue;
        }
        if (strchr("\\^$.|?*+()[]{}", *p))
            sb_addc(b, '\\');
        sb_addc(b, *p);
    }
}

static void add_alternation(strbuf *b, char **words, size_t n)
{
    sb_adds(b, "(?:");
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_addc(b, '|');
        add_escaped(b, words[i], 0);
    }
    sb_adds(b, ")");
}

/* The entries of a word list as an alternation (see add_escaped); an empty or missing
 * list matches nothing. */
static void add_list_alternation(strbuf *b, const syn_list *l, int spaced)
{
    if (!lexicon_size(l)) {
        sb_adds(b, "(?!)");
        return;
    }
    sb_adds(b, "(?:");
    for (size_t i = 0; i < lexicon_size(l); i++) {
        if (i)
            sb_addc(b, '|');
        add_escaped(b, lexicon_word(l, i), spaced);
    }
    sb_adds(b, ")");
}

/* A word of a name: capitalised (in any script: "Škoda", "Électricité"), or a digit-led
 * one ("3M", "7-Eleven") that is no amount ("45c", "48p", "5bn", the "40-a" of
 * "A$2.40-a-share", the "23-year" of a duration). A lone capital before a dollar sign is a
 * currency ("C$600 million"),
 * and so are a few letters before a decimal number ("RM1.2 billion", "Rs2.5"). Two words
 * joined by a slash are one when more of the name follows ("Guber/Peters Entertainment
 * Co."), not in "U.S./China trade" or "Reuters/Ipsos poll". */
#define CAPW                                                                               \
    "(?![A-Z][A-Za-z]{0,2}[0-9]+[.,][0-9])(?:\\p{Lu}(?:[\\w&'.-]|/(?=\\p{Lu}\\w+\\s+\\p{Lu}))*[\\w&]|[A-Z](?!\\$)|(?<![0-9.,$])(?![0-9][0-9.,]*(?:c|p|m|bn|b|k|mn|tn|pc)\\b)" \
    "(?![0-9][0-9.,]*-an?-)(?![0-9][0-9.,]*-\\p{Ll})[0-9][\\w&-]*[A-Za-z][\\w&-]*)"

/* A month or a day opens no item of a name's list ("In January, Immigration and
 * Naturalization Service officials said" names the service alone). */
#define NOT_CALENDAR                                                                       \
    "(?!(?:January|February|March|April|May|June|July|August|September|October|November|" \
    "December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)"

/* One item of a body's portfolio: "Trade", "Public Works", "Sustainable Mobility". */
#define PORTFOLIO CAPW "(?:\\s+" CAPW "){0,3}"

/* The pattern a builder wrote into b, compiled; b is freed either way. */
static pcre2_code *compile_built(strbuf *b, ev_err *err)
{
    pcre2_code *re = rx_compile(b->s, 0, err);
    sb_free(b);
    return re;
}

/* "the Croatian Competition Agency for the Jadran Osiguranje deal": what a body's name
 * goes on with after "of" or "for" is no part of it when a deal's noun (deal_nouns)
 * follows; the words before that noun name the deal's party. */
static void add_not_deal(strbuf *b, const ruleset *rs)
{
    sb_adds(b, "(?!(?:\\s+" CAPW ")*\\s+");
    add_list_alternation(b, rules_lexicon_list(rs, "deal_nouns"), 1);
    sb_adds(b, "\\b)");
}

static pcre2_code *build_suffixed(const ruleset *rs, ev_err *err)
{
    strbuf b = {0};
    /* "Foreign, Commonwealth and Development Office": a list of words before a body word. */
    sb_adds(&b, "\\b(?:" NOT_CALENDAR CAPW "(?:,\\s+" NOT_CALENDAR CAPW "){1,4},?\\s+and\\s+(?=(?:" CAPW "\\s+){0,3}(?-i:");
    add_alternation(&b, rs->body_words, rs->nbody_words);
    sb_adds(&b, ")\\b))?");
    /* "COSCO Shipping Tanker (Dalian) Co": a place in parentheses inside the name. */
    sb_adds(&b, "(?<pre>(?!(?:The|A|An)\\s)" CAPW "(?:\\s+(?:&|and|of|for|de|du|der|" CAPW "|\\(" CAPW "(?:\\s+" CAPW
                ")?\\)(?=\\s+[A-Z]))){0,7}\\s+)?");
    /* "Committee on Foreign Investment", "Council for ...": a body's name goes on after
     * "on" or "for", but not "Kiso Robotics on China's list", nor a company's: "an offer
     * from Dunbar Capital for Holbrook Retail" names two, unless the suffix word opens
     * the name ("the Bank for International Settlements"); "of" goes on after either
     * ("Bank of Montreal"). Nor "Northfield Metals for C$600 million": an amount is no
     * name. */
    sb_adds(&b, "(?-i:(?:");
    add_alternation(&b, rs->body_words, rs->nbody_words);
    sb_adds(&b, ")\\b\\.?(?:\\s+(?:of|for|on(?!\\s+" CAPW "(?:'|\\xe2\\x80\\x99)s\\b))\\s+(?:the\\s+)?" CAPW
                "(?:\\s+(?:and\\s+)?" CAPW "){0,4}\\b(?![$\\s]*[0-9])");
    add_not_deal(&b, rs);
    sb_adds(&b, ")?|(?:");
    add_alternation(&b, rs->org_suffixes, rs->norg_suffixes);
    /* "Mandurah Minerals Processing", "Orvik Energy Trading": a capitalised -ing word
     * after the suffix word is still the name (never across a full stop) */
    sb_adds(&b, ")\\b(?:\\s+(?-i:\\p{Lu}\\p{Ll}{2,}ing)\\b(?![-'])|\\.)?(?:\\s+(?:of|(?(<pre>)(?!)|for))\\s+(?:the\\s+)?" CAPW
                "(?:\\s+(?:and\\s+)?" CAPW "){0,4}\\b(?![$\\s]*[0-9])");
    add_not_deal(&b, rs);
    sb_adds(&b, ")?)");
    return compile_built(&b, err);
}

/* A body named by its portfolio, which may be a list ending in "and": "Ministry of Trade,
 * Industry and Energy", "Department of Energy and Climate Change" (where the suffixed
 * name stops at the suffix word "Energy"). */
static pcre2_code *build_portfolio(const ruleset *rs, ev_err *err)
{
    strbuf b = {0};
    sb_adds(&b, "\\b(?:" CAPW "\\s+){0,3}(?-i:");
    add_alternation(&b, rs->body_words, rs->nbody_words);
    sb_adds(&b, ")\\.?\\s+(?:of|for|on)\\s+(?:the\\s+)?" PORTFOLIO "(?:(?:,\\s+" PORTFOLIO
                "){0,5},?\\s+and\\s+" PORTFOLIO ")?\\b");
    add_not_deal(&b, rs);
    return compile_built(&b, err);
}

static pcre2_code *build_titled(const ruleset *rs, ev_err *err)
{
    strbuf b = {0};
    sb_adds(&b, "(?i:\\b");
    add_alternation(&b, rs->titles, rs->ntitles);
    sb_adds(&b, ")\\s+(?<name>[A-Z][a-z'-]+(?:\\s+[A-Z]\\.)?(?:\\s+[A-Z][a-z'-]+){1,2})\\b");
    return compile_built(&b, err);
}

static pcre2_code *build_desc(const ruleset *rs, ev_err *err)
{
    strbuf b = {0};
    /* "its smaller rival": a company's rival is another company named before */
    sb_adds(&b, "\\b(?i:the|that|this|its(?=\\s+(?:[a-z-]+\\s+){0,2}?");
    add_list_alternation(&b, rules_lexicon_list(rs, "rival_nouns"), 0);
    sb_adds(&b, "\\b))\\s+(?:(?:[A-Za-z][a-z-]+)\\s+){0,2}?(?<word>(?i)");
    char **words = xcalloc(rs->ndescriptors + 1, sizeof *words);
    for (size_t i = 0; i < rs->ndescriptors; i++)
        words[i] = rs->descriptors[i].word;
    add_alternation(&b, words, rs->ndescriptors);
    free(words);
    /* "the shipping journal Lloyd's List" names the outlet that follows: no reference. */
    sb_adds(&b, ")\\b(?!\\s+of\\b)(?!\\s+in\\s+(?:which|question|the\\s+(?:US|U\\.S\\.|UK|EU)\\b))(?!\\s+[A-Z])");
    return compile_built(&b, err);
}

static void add_demonyms(const actors_ctx *c, strbuf *b);

/* "the economy ministry", "Italy's finance ministry", "the Dutch finance ministry", "the
 * Dutch ministry of financial affairs": a government body written in lower case, named by
 * its portfolio (lower_case_portfolios), its country told by a possessive or a
 * nationality. */
static pcre2_code *build_lowbody(const actors_ctx *c, ev_err *err)
{
    const syn_list *portfolio = rules_lexicon_list(c->rs, "lower_case_portfolios");
    strbuf b = {0};
    sb_adds(&b, "(?:\\b[Tt]he\\s+|(?<poss>\\b[A-Z][\\w.]*(?:'s|\xe2\x80\x99s))\\s+|(?=\\b");
    add_demonyms(c, &b);
    sb_adds(&b, "\\s))(?:(?<dem>");
    add_demonyms(c, &b);
    sb_adds(&b, ")\\s+)?(?<body>");
    add_list_alternation(&b, portfolio, 0);
    sb_adds(&b, "\\s+(?:ministry|department)|ministry\\s+of\\s+(?:the\\s+)?(?:");
    add_list_alternation(&b, portfolio, 0);
    sb_adds(&b, "|[a-z]+\\s+affairs)(?:\\s+and\\s+");
    add_list_alternation(&b, portfolio, 0);
    sb_adds(&b, ")?)\\b");
    return compile_built(&b, err);
}

/* "China's embassy in Ottawa", "the French consulate in Hong Kong": a nation's mission
 * (diplomatic_missions) in a city, a body of that nation's government. */
static pcre2_code *build_embassy(const actors_ctx *c, ev_err *err)
{
    strbuf b = {0};
    sb_adds(&b, "(?:\\b[A-Z][\\w.]*(?:'s|\xe2\x80\x99s)|\\b");
    add_demonyms(c, &b);
    sb_adds(&b, ")\\s+(?i:");
    add_list_alternation(&b, rules_lexicon_list(c->rs, "diplomatic_missions"), 1);
    sb_adds(&b, ")\\s+in\\s+(?:the\\s+)?" CAPW "(?:\\s+" CAPW "){0,2}");
    return compile_built(&b, err);
}

/* "(?:MOD\\s+){min,2}NOUN": up to two modifiers, at least min, before one of the nouns. */
static void add_modified(strbuf *b, const syn_list *mods, int min, const syn_list *nouns)
{
    sb_adds(b, "(?:");
    add_list_alternation(b, mods, 1);
    sb_adds(b, min ? "\\s+){1,2}" : "\\s+){0,2}");
    add_list_alternation(b, nouns, 1);
}

/* "antitrust regulators", "state attorneys general", "competition authorities": an
 * official body told by its kind (unnamed_body_nouns, or unnamed_body_nouns_with_modifier
 * after one of unnamed_body_modifiers), in lower case but for a sentence's first letter.
 * A nation before it is handled elsewhere (official_nouns, actors_bodies.h). */
static pcre2_code *build_unnamed(const actors_ctx *c, ev_err *err)
{
    const syn_list *mods = rules_lexicon_list(c->rs, "unnamed_body_modifiers");
    strbuf b = {0};
    sb_adds(&b, "(?i)(?<![\\w.'\xe2\x80\x99&-])(?:(?:the|an?)\\s+)?(?<body>");
    add_modified(&b, mods, 0, rules_lexicon_list(c->rs, "unnamed_body_nouns"));
    sb_addc(&b, '|');
    add_modified(&b, mods, 1, rules_lexicon_list(c->rs, "unnamed_body_nouns_with_modifier"));
    sb_adds(&b, "|(?<court>");
    add_modified(&b, mods, 0, rules_lexicon_list(c->rs, "unnamed_court_nouns"));
    sb_adds(&b, "))\\b(?!-)");
    return compile_built(&b, err);
}

/* "the Walloon regional government", "Alberta's provincial government", "the Bavarian
 * state government": a region's government (subnational_government_words), named as
 * written; the region alone would be a place. */
static pcre2_code *build_subnational(const actors_ctx *c, ev_err *err)
{
    strbuf b = {0};
    sb_adds(&b, "(?<![\\w.])(?:[Tt]he\\s+)?(?<body>" CAPW "(?:\\s+" CAPW ")?(?:'s|\xe2\x80\x99s)?\\s+");
    add_list_alternation(&b, rules_lexicon_list(c->rs, "subnational_government_words"), 1);
    sb_adds(&b, "\\s+(?:government|administration|cabinet|executive))\\b");
    return compile_built(&b, err);
}

/* "Robert A. Bradway": a middle initial inside a person's name; "Coinbase Chief Legal
 * Officer Paul Grewal": a company, a title of three words and a name in one run; "Maarten
 * de Wit", "Bandar bin Sultan": a particle of another language inside (name_particles), or
 * an article joined to a word ("al-Anbari", name_prefixes); "Cie. Financiere de
 * Paribas", "Cie. de Navigation Mixte": an abbreviation that opens a name keeps its stop
 * (name_opening_abbreviations), a particle may follow it. */
static pcre2_code *build_capseq(const actors_ctx *c, ev_err *err)
{
    strbuf b = {0};
    sb_adds(&b, "\\b(?:[A-Z][a-z]+\\s+[A-Z]\\.\\s+(?=[A-Z][a-z])|(?:");
    add_list_alternation(&b, c->w.name_opening_abbreviations, 0);
    sb_adds(&b, ")\\.\\s+(?:(?:");
    add_list_alternation(&b, c->w.name_particles, 0);
    sb_adds(&b, ")\\s+)?(?=\\p{Lu}))?" CAPW "(?:\\s+(?:(?:of|&|");
    add_list_alternation(&b, c->w.name_particles, 0);
    sb_adds(&b, ")\\s+)?(?:");
    add_list_alternation(&b, c->w.name_prefixes, 0);
    sb_adds(&b, ")?" CAPW "){0,6}");
    return compile_built(&b, err);
}

/* "(NASDAQ: AVGO)", "(011790.KS)": an exchange (stock_exchanges) and a ticker, or a wire's
 * instrument code, name no actor. */
static pcre2_code *build_ticker(const actors_ctx *c, ev_err *err)
{
    strbuf b = {0};
    sb_adds(&b, "\\((?:[0-9]{3,6}|[A-Z]{1,5})\\.[A-Z]{1,2}\\)|\\(");
    add_list_alternation(&b, rules_lexicon_list(c->rs, "stock_exchanges"), 0);
    sb_adds(&b, "(?: [A-Z][a-z]+)?\\s*:[^)]{1,20}\\)");
    return compile_built(&b, err);
}

/* "X said it …", "X informed Y's board that it …": the pronoun after a reporting verb
 * (pronoun_reporting_verbs, pronoun_telling_verbs) is the sentence's subject. */
/* "the National Security and Investment Act 2021", "the Russia (Sanctions) (EU Exit)
 * Regulations 2019": a run of capitalised words (bracketed ones too) ending in one of
 * law_title_ends names a law, no actor. */
static pcre2_code *build_law(const actors_ctx *c, ev_err *err)
{
    strbuf b = {0};
    sb_adds(&b, "\\b(?:\\(?[A-Z][\\w'-]*\\)?\\s+(?:(?:and|of|the|for|on|in|&)\\s+)?){1,8}"
                "(?:[a-z][\\w-]*\\s+)?(?-i:");
    add_list_alternation(&b, c->w.law_title_ends, 0);
    sb_adds(&b, ")\\b");
    return compile_built(&b, err);
}

static pcre2_code *build_pron(const actors_ctx *c, ev_err *err)
{
    strbuf b = {0};
    sb_adds(&b, "\\b(?:(?i:");
    add_list_alternation(&b, rules_lexicon_list(c->rs, "pronoun_reporting_verbs"), 0);
    sb_adds(&b, ")(?:,? (?:on|in|late|early|last) [\\w-]+(?: [\\w-]+)?,?| (?i:on )?(?:Monday|Tuesday|"
                "Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?(?: (?i:that))?"
                "(?:,[^,.;\"]{3,80}, that)?|(?i:");
    add_list_alternation(&b, rules_lexicon_list(c->rs, "pronoun_telling_verbs"), 0);
    sb_adds(&b, ") [^.;,\"]{1,60}? (?i:that)) (?<it>it|he|she)\\b");
    return compile_built(&b, err);
}

/* Each list of actor_words by its name. */
static void words_resolve(actor_words *w, const ruleset *rs)
{
    for (size_t i = 0; i < sizeof word_lists / sizeof word_lists[0]; i++)
        *(const syn_list **)((char *)w + word_lists[i].off) =
            rules_lexicon_list(rs, word_lists[i].name);
}

/* The nationality words of the gazetteer's entries ("demonyms"), in its order. */
static void demonyms_build(actors_ctx *c)
{
    const ruleset *rs = c->rs;
    for (size_t g = 0; g < rs->nactors; g++)
        c->ndemonyms += rs->actors[g].ndemonyms;
    c->demonyms = xcalloc(c->ndemonyms + 1, sizeof *c->demonyms);
    size_t n = 0;
    for (size_t g = 0; g < rs->nactors; g++)
        for (size_t k = 0; k < rs->actors[g].ndemonyms; k++)
            c->demonyms[n++] = (demonym){rs->actors[g].demonyms[k], g};
}

actors_ctx *actors_new(const ruleset *rs, ev_err *err)
{
    actors_ctx *c = xcalloc(1, sizeof *c);
    c->rs = rs;
    c->owner = 1;
    words_resolve(&c->w, rs);
    demonyms_build(c);
    size_t total = 0;
    for (size_t i = 0; i < rs->nactors; i++)
        total += rs->actors[i].naliases;
    c->nslots = 64;
    while (c->nslots < total * 2 + 16)
        c->nslots *= 2;
    c->slots = xcalloc(c->nslots, sizeof *c->slots);
    for (size_t i = 0; i < rs->nactors; i++) {
        for (size_t k = 0; k < rs->actors[i].naliases; k++) {
            const char *a = rs->actors[i].aliases[k];
            char *key = actors_fold_key(a, strlen(a));
            if (!*key || count_words(a) > MAX_ALIAS_WORDS) {
                free(key);
                continue;
            }
            slot_insert(c, key, i, a);
        }
    }
    build_prefixes(c);
    /* Core keys of names with more than one word: "Yangtze Memory Systems Co" is
     * "Yangtze Memory Technologies" spun or abbreviated. */
    c->ncore = c->nslots;
    c->core = xcalloc(c->ncore, sizeof *c->core);
    for (size_t i = 0; i < rs->nactors; i++) {
        for (size_t k = 0; k <= rs->actors[i].naliases; k++) {
            const char *a = k ? rs->actors[i].aliases[k - 1] : rs->actors[i].name;
            if (!strchr(a, ' '))
                continue;
            char *key = core_key(rs, a, strlen(a));
            if (strlen(key) < 4) {
                free(key);
                continue;
            }
            slot_put(c->core, c->ncore, key, i, a, 1);
        }
    }
    c->re_suffixed = build_suffixed(rs, err);
    c->re_portfolio = c->re_suffixed ? build_portfolio(rs, err) : NULL;
    c->re_titled = c->re_portfolio ? build_titled(rs, err) : NULL;
    c->re_desc = c->re_titled && rs->ndescriptors ? build_desc(rs, err) : NULL;
    c->re_capseq = c->re_titled ? build_capseq(c, err) : NULL;
    c->re_ticker = c->re_capseq ? build_ticker(c, err) : NULL;
    c->re_pron = c->re_ticker ? build_pron(c, err) : NULL;
    c->re_law = c->re_pron ? build_law(c, err) : NULL;
    c->re_lowbody = c->re_law ? build_lowbody(c, err) : NULL;
    c->re_embassy = c->re_lowbody ? build_embassy(c, err) : NULL;
    c->re_unnamed = c->re_embassy ? build_unnamed(c, err) : NULL;
    c->re_subnational = c->re_unnamed ? build_subnational(c, err) : NULL;
    if (!c->re_suffixed || !c->re_titled || !c->re_capseq || !c->re_ticker || !c->re_pron || !c->re_lowbody || !c->re_embassy || !c->re_unnamed || !c->re_subnational ||
        (rs->ndescriptors && !c->re_desc)) {
        actors_free(c);
        return NULL;
    }
    c->md = pcre2_match_data_create(32, NULL);
    return c;
}

actors_ctx *actors_fork(const actors_ctx *ctx)
{
    actors_ctx *c = xmalloc(sizeof *c);
    *c = *ctx;
    c->md = pcre2_match_data_create(32, NULL);
    c->owner = 0;
    return c;
}

void actors_free(actors_ctx *c)
{
    if (!c)
        return;
    if (!c->owner) {
        pcre2_match_data_free(c->md);
        free(c);
        return;
    }
    for (size_t i = 0; i < c->nslots; i++)
        free(c->slots[i].key);
    free(c->slots);
    for (size_t i = 0; i < c->ncore; i++)
        free(c->core[i].key);
    free(c->core);
    free(c->prefixes);
    free(c->demonyms);
    pcre2_code_free(c->re_suffixed);
    pcre2_code_free(c->re_portfolio);
    pcre2_code_free(c->re_titled);
    pcre2_code_free(c->re_capseq);
    pcre2_code_free(c->re_desc);
    pcre2_code_free(c->re_ticker);
    pcre2_code_free(c->re_pron);
    pcre2_code_free(c->re_lowbody);
    pcre2_code_free(c->re_unnamed);
    pcre2_code_free(c->re_subnational);
    pcre2_code_free(c->re_embassy);
    pcre2_code_free(c->re_law);
    pcre2_match_data_free(c->md);
    free(c);
}

/* ---- recognisers ---- */

static int is_word_char(unsigned char c)
{
    return isalnum(c) || c >= 0x80 || c == '&';
}

/* Does text match an alias as written? Capitalised words of the alias must be
 * capitalised in the text (a leading "The" excepted), an all-capitals alias must stand
 * in capitals, and lower-case aliases ("commerce department") match in any case. */
static int case_fits(const char *form, const char *s, size_t n)
{
    size_t fl = strlen(form), i = 0, j = 0;
    int caps = 1, letters = 0;
    for (size_t k = 0; k < fl; k++)
        if (isalpha((unsigned char)form[k])) {
            letters++;
            caps &= isupper((unsigned char)form[k]) != 0;
        }
    if (caps && letters >= 2) {
        for (size_t k = 0; k < n; k++)
            if (islower((unsigned char)s[k]))
                return 0;
        return 1;
    }
    if (fl >= 4 && util_strcasecmp_n(form, 4, "the ", 4) == 0)
        i = 4;
    if (n >= 4 && util_strcasecmp_n(s, 4, "the ", 4) == 0)
        j = 4;
    /* Compare word initials, skipping what fold_key ignores. */
    int at_start_f = 1, at_start_s = 1;
    while (i < fl && j < n) {
        unsigned char a = (unsigned char)form[i], b = (unsigned char)s[j];
        if (!isalnum(a) && a < 0x80) {
            at_start_f = 1;
            i++;
            continue;
        }
        if (!isalnum(b) && b < 0x80) {
            at_start_s = 1;
            j++;
            continue;
        }
        if (at_start_f && isupper(a) && !isupper(b))
            return 0;
        (void)at_start_s;
        at_start_f = at_start_s = 0;
        i++;
        j++;
    }
    return 1;
}

static const alias_slot *lookup(const actors_ctx *c, const char *s, size_t n)
{
    /* Called for every run of words in every sentence: fold on the stack. */
    char small[256];
    char *key = n < sizeof small ? small : xmalloc(n + 1);
    fold_key_into(key, s, n);
    const alias_slot *hit = NULL;
    if (*key) {
        size_t i = hash_str(key) & (c->nslots - 1);
        while (c->slots[i].key) {
            const alias_slot *sl = &c->slots[i];
            if (strcmp(sl->key, key) == 0 && case_fits(sl->form, s, n)) {
                hit = sl;
                break;
            }
            i = (i + 1) & (c->nslots - 1);
        }
    }
    if (key != small)
        free(key);
    return hit;
}

static void push_cand(cand_list *l, candidate c)
{
    *VEC_PUSH(l->v, l->n, l->cap) = c;
}

/* Tries every run of up to MAX_ALIAS_WORDS words from each word start, longest first. */
static int is_stop_name(const ruleset *rs, const char *s, size_t n);
static int is_title_word(const actors_ctx *c, const char *s, size_t n);

/* "Juniper Dx" is not Juniper Networks: a company's one-word short form of a longer known name,
 * followed by a capitalised word that is neither a legal form nor a word that names
 * nothing ("Juniper Chief Executive ..."), is part of another name. */
static int short_alias_runs_on(const actors_ctx *c, const char *t, size_t s, size_t we,
                               size_t e, const alias_slot *sl)
{
    const gaz_actor *g = &c->rs->actors[sl->gaz];
    if (g->kind != KIND_ORGANIZATION || memchr(t + s, ' ', we - s) || !strchr(g->name, ' ') ||
        we + 2 >= e || t[we] != ' ' || !isupper((unsigned char)t[we + 1]))
        return 0;
    size_t ne = we + 1;
    while (ne < e && isalpha((unsigned char)t[ne]))
        ne++;
    /* "COSCO Dalian": a known place after it names the company's unit there. */
    return !lookup(c, t + we + 1, ne - we - 1) && !is_stop_name(c->rs, t + we + 1, ne - we - 1) &&
           !rules_is_org_suffix(c->rs, t + we + 1, ne - we - 1) &&
           !is_title_word(c, t + we + 1, ne - we - 1);
}

/* How many of the runs of words from i (ending at ends[0 .. nw-1]) may be aliases: a run
 * whose folded key, less its last byte, begins no alias key names nothing, nor does any
 * longer run (its key, and the key without a possessive "'s", extend that one). */
static size_t runs_worth_trying(const actors_ctx *c, const char *t, size_t i, const size_t *ends,
                                size_t nw)
{
    uint64_t h = PREFIX_START, prev = PREFIX_START;
    size_t len = 0, q = i;
    for (size_t w = 0; w < nw; w++) {
        for (; q < ends[w]; q++) {
            unsigned char ch = (unsigned char)t[q];
            if (isalnum(ch))
                ch = (unsigned char)tolower(ch);
            else if (ch < 0x80)
                continue;
            prev = h;
            h = prefix_step(h, ch);
            len++;
        }
        if (len >= 2 && !may_be_prefix(c, prev))
            return w;
    }
    return nw;
}

static void find_gazetteer(const actors_ctx *c, const char *t, size_t s, size_t e,
                           cand_list *out)
{
    size_t i = s;
    while (i < e) {
        while (i < e && !is_word_char((unsigned char)t[i]))
            i++;
        if (i >= e)
            break;
        size_t ends[MAX_ALIAS_WORDS];
        size_t nw = 0, j = i;
        while (nw < MAX_ALIAS_WORDS && j < e) {
            while (j < e && (is_word_char((unsigned char)t[j]) || t[j] == '.' || t[j] == '-' ||
                             (t[j] == '\'' && j + 1 < e && isalpha((unsigned char)t[j + 1]))))
                j++;
            size_t we = j;
            while (we > i && (t[we - 1] == '.' || t[we - 1] == '-'))
                we--;
            ends[nw++] = we;
            /* "Ministry of Economy, Trade and Industry": a comma may stand inside. */
            if (j + 1 < e && t[j] == ',' && t[j + 1] == ' ')
                j++;
            if (j >= e || (t[j] != ' ' && t[j] != '-'))
                break;
            j++;
            if (j < e && !is_word_char((unsigned char)t[j]))
                break;
        }
        size_t matched = 0;
        for (size_t w = runs_worth_trying(c, t, i, ends, nw); w > 0 && !matched; w--) {
            /* "U.S." keeps its final period when the alias has one. */
            size_t we = ends[w - 1];
            const alias_slot *sl = NULL;
            if (we < e && t[we] == '.') {
                sl = lookup(c, t + i, we + 1 - i);
                if (sl && sl->form[strlen(sl->form) - 1] != '.' && !memchr(t + i, '.', we - i))
                    sl = NULL;
            }
            if (sl)
                we++;
            else
                sl = lookup(c, t + i, we - i);
            /* "NSO's": the possessive is not part of the name. */
            if (!sl && we - i > 2 && t[we - 2] == '\'' && (t[we - 1] == 's' || t[we - 1] == 'S')) {
                sl = lookup(c, t + i, we - 2 - i);
                if (sl)
                    we -= 2;
            }
            if (sl && short_alias_runs_on(c, t, i, we, e, sl))
                break;
            if (sl) {
                push_cand(out, (candidate){i, we, SRC_GAZ, sl->gaz, 0, c->rs->actors[sl->gaz].kind});
                matched = we;
            }
        }
        if (matched) {
            i = matched;
            continue;
        }
        while (i < e && is_word_char((unsigned char)t[i]))
            i++;
        while (i < e && (t[i] == '.' || t[i] == '-' || t[i] == '\''))
            i++;
    }
}

static int is_stop_name(const ruleset *rs, const char *s, size_t n)
{
    int first = tolower((unsigned char)(n ? s[0] : '\0'));
    for (size_t i = 0; i < rs->nstop_names; i++) {
        /* the first letter before the length: this runs for every candidate name */
        if (tolower((unsigned char)rs->stop_names[i][0]) != first)
            continue;
        size_t l = strlen(rs->stop_names[i]);
        if (l == n && util_strcasecmp_n(s, n, rs->stop_names[i], l) == 0)
            return 1;
    }
    return cal_month_from_name(s, n) > 0 || cal_weekday_from_name(s, n) >= 0;
}

/* "the Japanese steelmaker", "the Dutch finance ministry": the nationality words of the
 * gazetteer as an alternation. */
static void add_demonyms(const actors_ctx *c, strbuf *b)
{
    if (!c->ndemonyms) {
        sb_adds(b, "(?!)");
        return;
    }
    sb_adds(b, "(?:");
    for (size_t i = 0; i < c->ndemonyms; i++) {
        if (i)
            sb_addc(b, '|');
        add_escaped(b, c->demonyms[i].word, 0);
    }
    sb_adds(b, ")");
}

/* The gazetteer entry whose nationality word w is ("Syrian": the Syrian government), or
 * (size_t)-1. */
static size_t demonym_entry(const actors_ctx *c, const char *w, size_t n)
{
    /* the first byte before the length: this runs for every capitalised word */
    for (size_t k = 0; k < c->ndemonyms; k++)
        if (c->demonyms[k].word[0] == (n ? w[0] : '\0') && strlen(c->demonyms[k].word) == n &&
            memcmp(c->demonyms[k].word, w, n) == 0)
            return c->demonyms[k].gaz;
    return (size_t)-1;
}

/* The country the nationality word w names ("Dutch": Netherlands), or NULL. */
static const char *demonym_country(const actors_ctx *c, const char *w, size_t n)
{
    size_t g = demonym_entry(c, w, n);
    return g == (size_t)-1 ? NULL : c->rs->actors[g].country;
}

/* "Cuban", "Lebanese", "Kurdish", "Iraqi": the shape of a nationality
 * (nationality_endings). */
static int nationality_shape(const actors_ctx *c, const char *w, size_t n)
{
    /* an ending after three letters or more */
    return n > 3 && lexicon_before(c->w.nationality_endings, w + 3, 0, n - 3, LEX_ANY);
}

static int ends_with_body_word(const ruleset *rs, const char *t, size_t s, size_t e);

/* Does the stop word at [s, w) begin the name [s, e)? A known name may start with it
 * ("New Zealand Commerce Commission"), and a nationality heads a longer name ("The
 * Australian Financial Review", "African Development Bank", "Czech Ministry of Industry
 * and Trade") or one that ends in a suffix or body word. A leading article is never part
 * of a name the gazetteer does not know by itself. */
static int heads_name(const actors_ctx *c, const char *t, size_t s, size_t w, size_t e)
{
    if (util_strcasecmp_n(t + s, w - s, "the", 3) == 0)
        return 0;
    size_t words = 0;
    for (size_t q = w; q <= e; q++)
        if (q == e || t[q] == ' ') {
            if (q > w && lookup(c, t + s, q - s))
                return 1;
            words += q > w;
        }
    if (!demonym_country(c, t + s, w - s) && !nationality_shape(c, t + s, w - s))
        return 0;
    size_t last = e;
    while (last > w && t[last - 1] != ' ')
        last--;
    return words >= 2 || (words == 1 && (rules_is_org_suffix(c->rs, t + last, e - last) ||
                                         ends_with_body_word(c->rs, t, last, e) ||
                                         lexicon_has(c->w.masthead_words, t + last, e - last)));
}

static int is_body_word(const ruleset *rs, const char *s, size_t n);

/* Drops leading stop words ("The", "But", "Its") from a capitalised span. */
static size_t skip_stop_words(const actors_ctx *c, const char *t, size_t s, size_t e)
{
    for (;;) {
        size_t w = s;
        while (w < e && !isspace((unsigned char)t[w]))
            w++;
        if (w >= e || !is_stop_name(c->rs, t + s, w - s))
            return s;
        /* "Court of Chancery", "Ministry of Commerce": the word heads the name; a plural
         * ("Shares of Halcyon Software", "Officials of ...") does not. */
        int plural = t[w - 1] == 's' && !is_body_word(c->rs, t + s, w - s);
        if (e - w > 4 && !plural &&
            (memcmp(t + w, " of ", 4) == 0 || memcmp(t + w, " for ", 5) == 0))
            return s;
        if (heads_name(c, t, s, w, e))
            return s;
        s = w;
        while (s < e && isspace((unsigned char)t[s]))
            s++;
        /* "Shares of Halcyon": the joining word goes with the word it joined. */
        if (e - s > 3 && memcmp(t + s, "of ", 3) == 0)
            s += 3;
    }
}

static int ends_with_body_word(const ruleset *rs, const char *t, size_t s, size_t e)
{
    size_t w = e;
    while (w > s && !isspace((unsigned char)t[w - 1]))
        w--;
    for (size_t i = 0; i < rs->nbody_words; i++) {
        size_t l = strlen(rs->body_words[i]);
        if (l == e - w && memcmp(t + w, rs->body_words[i], l) == 0)
            return 1;
    }
    return 0;
}

static int contains_body_word(const ruleset *rs, const char *t, size_t s, size_t e)
{
    for (size_t i = 0; i < rs->nbody_words; i++) {
        size_t l = strlen(rs->body_words[i]);
        for (size_t k = s; k + l <= e; k++)
            if (memcmp(t + k, rs->body_words[i], l) == 0 && (k == s || t[k - 1] == ' ') &&
                (k + l == e || !isalnum((unsigned char)t[k + l])))
                return 1;
    }
    return 0;
}

/* A single word that makes a capitalised run a title before a person's name ("Prime
 * Minister Mario Draghi", "VOA Correspondent Purnell Murdock"): title_words. */
static int is_title_word(const actors_ctx *c, const char *s, size_t n)
{
    while (n && s[n - 1] == '.')
        n--;
    return lexicon_has(c->w.title_words, s, n);
}

static int word_is(const char *t, size_t s, size_t e, const char *w)
{
    size_t l = strlen(w);
    return e - s == l && memcmp(t + s, w, l) == 0;
}

/* Length of a possessive ending at e ("'s", "’s", "s'"), or 0. */
static size_t possessive_len(const char *t, size_t s, size_t e)
{
    if (e - s > 2 && t[e - 2] == '\'' && (t[e - 1] == 's' || t[e - 1] == 'S'))
        return 2;
    if (e - s > 4 && (unsigned char)t[e - 4] == 0xE2 && (unsigned char)t[e - 3] == 0x80 &&
        (unsigned char)t[e - 2] == 0x99 && (t[e - 1] == 's' || t[e - 1] == 'S'))
        return 4;
    if (e - s > 2 && t[e - 1] == '\'' && t[e - 2] == 's')
        return 1;
    return 0;
}

static int is_body_word(const ruleset *rs, const char *s, size_t n)
{
    for (size_t i = 0; i < rs->nbody_words; i++)
        if (strlen(rs->body_words[i]) == n && memcmp(rs->body_words[i], s, n) == 0)
            return 1;
    return 0;
}

static void accept_span(const actors_ctx *c, const char *t, size_t ms, size_t me,
                        cand_source src, cand_list *out, int depth);

/* Names that are no actors: amounts and ordinals ("6bn", "14th", "3rd-largest":
 * amount_units) and laws and lists ("CHIPS Act", "Entity List", "Federal Register":
 * law_words). */
static int no_actor_name(const actors_ctx *c, const char *t, size_t ms, size_t me)
{
    if (isdigit((unsigned char)t[ms])) {
        size_t i = ms;
        while (i < me && (isdigit((unsigned char)t[i]) || t[i] == '.' || t[i] == ','))
            i++;
        size_t ue = i;
        while (ue < me && isalpha((unsigned char)t[ue]))
            ue++;
        if ((ue == me || t[ue] == '-' || t[ue] == ' ') &&
            lexicon_has(c->w.amount_units, t + i, ue - i))
            return 1;
    }
    size_t w = me;
    while (w > ms && t[w - 1] != ' ')
        w--;
    return w > ms && lexicon_has(c->w.law_words, t + w, me - w);
}

/* Does a body word followed by of/for/on stand in [s, e), so that the words after it up
 * to e are the body's portfolio ("Department for Business and Trade", "Ministry of
 * Industry and Trade")? */
static int body_head_before(const ruleset *rs, const char *t, size_t s, size_t e)
{
    for (size_t q = s; q < e; q++) {
        if (q > s && t[q - 1] != ' ')
            continue;
        size_t qe = q;
        while (qe < e && t[qe] != ' ')
            qe++;
        if (is_body_word(rs, t + q, qe - q) && qe + 4 <= e &&
            (memcmp(t + qe, " of ", 4) == 0 || memcmp(t + qe, " for ", 5) == 0 ||
             memcmp(t + qe, " on ", 4) == 0))
            return 1;
    }
    return 0;
}

/* A generic name is cut where it should not run on: after a possessive inside it
 * ("North Korea's Lazarus Group" is North Korea and Lazarus Group) and at an "and" that
 * joins two names ("JetBlue Airways and Spirit Airlines"); an "and" stays inside a
 * body's name ("Competition and Markets Authority"). Returns 1 when it split the span. */
/* Does the word before "of" at ws end a company's name with a legal suffix ("Ltd.",
 * "Inc", "Corp.")? */
static int of_after_suffix(const actors_ctx *c, const char *t, size_t ms, size_t ws)
{
    size_t pe = ws;
    while (pe > ms && (isspace((unsigned char)t[pe - 1]) || t[pe - 1] == '.' || t[pe - 1] == ','))
        pe--;
    size_t pw = pe;
    while (pw > ms && !isspace((unsigned char)t[pw - 1]))
        pw--;
    char w[16];
    if (pe <= pw || pw <= ms || pe - pw >= sizeof w)
        return 0;
    for (size_t i = 0; i < pe - pw; i++)
        w[i] = (char)tolower((unsigned char)t[pw + i]);
    w[pe - pw] = '\0';
    return rules_lexicon_has(c->rs, "legal_suffixes", w);
}

/* Is the word after position we (a space, then the word, up to me) a month or a weekday? */
static int calendar_word_follows(const char *t, size_t we, size_t me)
{
    size_t ns = we;
    while (ns < me && isspace((unsigned char)t[ns]))
        ns++;
    size_t ne = ns;
    while (ne < me && isalpha((unsigned char)t[ne]))
        ne++;
    return ne > ns && (cal_month_from_name(t + ns, ne - ns) > 0 ||
                       cal_weekday_from_name(t + ns, ne - ns) >= 0);
}

static int split_span(const actors_ctx *c, const char *t, size_t ms, size_t me, cand_source src,
                      cand_list *out, int depth)
{
    size_t ws = ms;
    while (ws < me) {
        size_t we = ws;
        while (we < me && !isspace((unsigned char)t[we]))
            we++;
        if (we >= me)
            break;
        size_t pl = possessive_len(t, ws, we);
        /* "People's Liberation Army" keeps its possessive: split only after a known
         * name ("North Korea's"), before a name of two words or more, or before a known
         * name ("Severnside's Newport plant": the company and a place). */
        if (pl) {
            size_t rest = 0, ns = we;
            for (size_t q = we; q < me; q++)
                rest += t[q] == ' ';
            while (ns < me && isspace((unsigned char)t[ns]))
                ns++;
            if (!lookup(c, t + ms, we - pl - ms) &&
                (is_stop_name(c->rs, t + ws, we - pl - ws) || (rest < 2 && !lookup(c, t + ns, me - ns))))
                pl = 0;
        }
        if (pl && depth < 4) {
            accept_span(c, t, ms, we - pl, SRC_CAP, out, depth + 1);
            size_t ns = we;
            while (ns < me && isspace((unsigned char)t[ns]))
                ns++;
            accept_span(c, t, ns, me, src, out, depth + 1);
            return 1;
        }
        if ((word_is(t, ws, we, "on") || word_is(t, ws, we, "of")) && ws > ms && depth < 4 &&
            calendar_word_follows(t, we, me)) {
            /* "the Security Council on Aug. 6": a date after the name is no part of it */
            accept_span(c, t, ms, ws, src, out, depth + 1);
            return 1;
        }
        if (word_is(t, ws, we, "of") && ws > ms && depth < 4 && of_after_suffix(c, t, ms, ws)) {
            /* "Royal Trustco Ltd. of Toronto": a place after a legal suffix is no part of
             * the name */
            accept_span(c, t, ms, ws, src, out, depth + 1);
            return 1;
        }
        if (word_is(t, ws, we, "and") && ws > ms && depth < 4) {
            /* The words around "and". */
            size_t pe = ws;
            while (pe > ms && isspace((unsigned char)t[pe - 1]))
                pe--;
            size_t pw = pe;
            while (pw > ms && !isspace((unsigned char)t[pw - 1]))
                pw--;
            size_t le = me, lw = me;
            while (lw > ms && !isspace((unsigned char)t[lw - 1]))
                lw--;
            int body_end = is_body_word(c->rs, t + lw, le - lw);
            int of_head = body_head_before(c->rs, t, ms, pw);
            /* A suffix word before "and" ends a name ("JetBlue Airways and Spirit
             * Airlines"), but not inside a body's portfolio ("Department of Energy and
             * Climate Change", "National Security and Defence Council"). */
            int before_named = is_body_word(c->rs, t + pw, pe - pw) ||
                               (rules_is_org_suffix(c->rs, t + pw, pe - pw) && !of_head && !body_end);
            if ((!body_end && !of_head) || before_named) {
                size_t ns = we;
                while (ns < me && isspace((unsigned char)t[ns]))
                    ns++;
                accept_span(c, t, ms, pe, before_named ? src : SRC_CAP, out, depth + 1);
                accept_span(c, t, ns, me, src, out, depth + 1);
                return 1;
            }
        }
        ws = we;
        while (ws < me && isspace((unsigned char)t[ws]))
            ws++;
    }
    return 0;
}

/* The lower-case part of "Austin-based", "Tel Aviv-headquartered", "Milan-centred",
 * "Hong Kong-listed" (spun forms too; place_modifiers): the word before it is a place. */
static int place_modifier(const actors_ctx *c, const char *w, size_t n)
{
    return lexicon_has(c->w.place_modifiers, w, n);
}

/* Does a noun for people (demonym_people_nouns) follow the word ending at e ("Cuban
 * exiles")? */
static int people_follow(const actors_ctx *c, const char *t, size_t e)
{
    if (t[e] != ' ')
        return 0;
    size_t we = e + 1;
    while (isalpha((unsigned char)t[we]))
        we++;
    return lexicon_has(c->w.demonym_people_nouns, t + e + 1, we - e - 1);
}

/* A span the gazetteer settles: one of its aliases, or a nationality word standing alone
 * ("Syrian oil exports", "sanctions on Libyan oil firms"), which names the nation's
 * government as its name would (pushed as its candidate), unless it tells who people are
 * ("Cuban exiles", "Iraqis": named by nothing). Returns 1 when settled; 0 for other spans, stop
 * names among them ("Chinese companies"), which the caller goes on judging. */
static int known_name(const actors_ctx *c, const char *t, size_t ms, size_t me, cand_list *out)
{
    const alias_slot *sl = lookup(c, t + ms, me - ms);
    /* "Iraqis", "Saudis": a nationality in the plural is people, named by nothing */
    if (!sl && me - ms > 4 && t[me - 1] == 's' && demonym_entry(c, t + ms, me - ms - 1) != (size_t)-1)
        return 1;
    size_t g = sl ? sl->gaz : demonym_entry(c, t + ms, me - ms);
    if (g == (size_t)-1 || (!sl && is_stop_name(c->rs, t + ms, me - ms)))
        return 0;
    if (!sl && people_follow(c, t, me))
        return 1;
    push_cand(out, (candidate){ms, me, SRC_GAZ, g, 0, c->rs->actors[g].kind});
    return 1;
}

/* "The Kirkland, Wash., company", "of Sudbury, Ont.": the name before a comma and a
 * state's or province's abbreviation with its stop (region_abbreviations) is a town. */
static int town_before_region(const actors_ctx *c, const char *t, size_t me)
{
    if (t[me] != ',' || t[me + 1] != ' ')
        return 0;
    size_t ws = me + 2, we = ws;
    while (isalpha((unsigned char)t[we]) || (t[we] == '.' && isalpha((unsigned char)t[we + 1])))
        we++;
    return we > ws && t[we] == '.' && lexicon_has(c->w.region_abbreviations, t + ws, we - ws);
}

/* The other half: "Ont." after "Sudbury, " is the province of a town, no actor either. */
static int region_after_town(const actors_ctx *c, const char *t, size_t ms, size_t me)
{
    return ms >= 3 && t[ms - 1] == ' ' && t[ms - 2] == ',' && isalpha((unsigned char)t[ms - 3]) &&
           t[me] == '.' && lexicon_has(c->w.region_abbreviations, t + ms, me - ms);
}

static void accept_span(const actors_ctx *c, const char *t, size_t ms, size_t me,
                        cand_source src, cand_list *out, int depth)
{
    while (me > ms && (t[me - 1] == '.' || t[me - 1] == '\'' || t[me - 1] == '-' ||
                       t[me - 1] == ' ' || t[me - 1] == ','))
        me--;
    if (me <= ms || region_after_town(c, t, ms, me))
        return;
    /* "Qorvel Corp. of Sudbury, Ont.": the name before the town still stands */
    if (town_before_region(c, t, me)) {
        if (depth < 4)
            split_span(c, t, ms, me, src, out, depth);
        return;
    }
    /* "Tencent's": the possessive is not part of the name. */
    size_t pl = possessive_len(t, ms, me);
    if (pl)
        me -= pl;
    /* "met with Sununu Sunday", "the Cabinet on Sunday": the day and the word joining it
     * are not part of the name. */
    for (size_t w = me; w > ms; w--)
        if (t[w - 1] == ' ') {
            size_t pre = lexicon_at(c->w.name_prefixes, t, w, me, LEX_ANY);
            if (cal_weekday_from_name(t + w, me - w) < 0 &&
                (!islower((unsigned char)t[w]) || (pre && isupper((unsigned char)t[w + pre]))))
                break;
            me = w - 1;
        }
    /* "U.S.-based", "Milan-centered", "Chinese-owned Nexperia": a word ending in a
     * lower-case part after a hyphen describes; the place before it and the name after
     * it stand alone. */
    for (size_t ws = ms; ws < me && depth < 4;) {
        size_t we = ws;
        while (we < me && t[we] != ' ')
            we++;
        size_t h = we;
        while (h > ws && t[h - 1] != '-')
            h--;
        if (h > ws + 1 && we - h >= 3) {
            int lower = 1;
            for (size_t q = h; q < we; q++)
                lower &= islower((unsigned char)t[q]) != 0;
            if (lower) {
                /* "Arizona-based", "Pittsburgh-headquartered": a place that locates the
                 * name, never an actor; "Chinese-owned" keeps its owner. A known place
                 * may take the words before it ("Hong Kong-listed", "Tel Aviv-based"). */
                int place = place_modifier(c, t + h, we - h);
                size_t ps = ws;
                for (size_t q = ms; place && q < ws; q++)
                    if ((q == ms || t[q - 1] == ' ') && lookup(c, t + q, h - 1 - q)) {
                        ps = q;
                        break;
                    }
                if (ps > ms)
                    accept_span(c, t, ms, ps - 1, src, out, depth + 1);
                if (!place)
                    accept_span(c, t, ws, h - 1, SRC_CAP, out, depth + 1);
                if (we + 1 < me)
                    accept_span(c, t, we + 1, me, src, out, depth + 1);
                return;
            }
        }
        ws = we + 1;
    }
    if (src != SRC_TITLED) {
        if (known_name(c, t, ms, me, out))
            return;
        /* "National Security and Investment Act": a law is not split into names. */
        if (no_actor_name(c, t, ms, me))
            return;
        if (split_span(c, t, ms, me, src, out, depth))
            return;
        ms = skip_stop_words(c, t, ms, me);
    }
    if (me <= ms || is_stop_name(c->rs, t + ms, me - ms) || no_actor_name(c, t, ms, me))
        return;
    actor_kind k = KIND_ORGANIZATION;
    if (src == SRC_TITLED)
        k = KIND_PERSON;
    else if (contains_body_word(c->rs, t, ms, me))
        k = KIND_GOVERNMENT;
    if (src == SRC_CAP) {
        /* "Primary Minister Mario Draghi": the name after the title is a person. */
        size_t after = (size_t)-1, ws = ms;
        int suffix = 0;
        while (ws < me) {
            size_t we = ws;
            while (we < me && !isspace((unsigned char)t[we]))
                we++;
            if (is_title_word(c, t + ws, we - ws) ||
                (after != (size_t)-1 && lexicon_has(c->w.title_continuations, t + ws, we - ws)))
                after = we, suffix = 0;
            else if (rules_is_org_suffix(c->rs, t + ws, we - ws))
                suffix = 1;
            ws = we;
            while (ws < me && isspace((unsigned char)t[ws]))
                ws++;
        }
        if (after != (size_t)-1 && !suffix) {
            while (after < me && isspace((unsigned char)t[after]))
                after++;
            if (after >= me)
                return;
            if (!contains_body_word(c->rs, t, after, me)) {
                ms = after;
                k = KIND_PERSON;
            }
        }
    }
    if (src == SRC_SUFFIXED && !ends_with_body_word(c->rs, t, ms, me) &&
        !contains_body_word(c->rs, t, ms, me)) {
        /* A bare suffix word ("Group") is no name. */
        size_t w = 0;
        for (size_t q = ms; q < me; q++)
            w += t[q] == ' ';
        if (w == 0)
            return;
    }
    push_cand(out, (candidate){ms, me, src, 0, 0, k});
}

static void find_regex(const actors_ctx *c, pcre2_code *re, const char *t, size_t s, size_t e,
                       cand_source src, cand_list *out)
{
    size_t pos = s;
    pcre2_match_data *md = c->md;
    while (pos < e && rx_match(re, t, e, pos, md)) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t ms = ov[0], me = ov[1];
        size_t ns, ne;
        if (src == SRC_TITLED && rx_group(re, md, "name", &ns, &ne) == 0)
            ms = ns, me = ne;
        if (me <= pos) {
            pos++;
            continue;
        }
        pos = ov[1];
        accept_span(c, t, ms, me, src, out, 0);
    }
}

static void find_embassies(const actors_ctx *c, const char *t, size_t s, size_t e, cand_list *out)
{
    size_t pos = s;
    while (pos < e && rx_match(c->re_embassy, t, e, pos, c->md)) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
        push_cand(out, (candidate){ov[0], ov[1], SRC_SUFFIXED, 0, 0, KIND_GOVERNMENT});
        pos = ov[1] > pos ? ov[1] : pos + 1;
    }
}

static void find_lowbody(const actors_ctx *c, const char *t, size_t s, size_t e, cand_list *out)
{
    size_t pos = s;
    while (pos < e && rx_match(c->re_lowbody, t, e, pos, c->md)) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
        size_t bs, be, ps, pe;
        pos = ov[1] > pos ? ov[1] : pos + 1;
        if (rx_group(c->re_lowbody, c->md, "body", &bs, &be) != 0)
            continue;
        if (rx_group(c->re_lowbody, c->md, "poss", &ps, &pe) == 0 && !is_stop_name(c->rs, t + ps, pe - ps - (t[pe - 1] == 's' && t[pe - 2] == '\'' ? 2 : 4)))
            bs = ps;
        else if (rx_group(c->re_lowbody, c->md, "dem", &ps, &pe) == 0)
            bs = ps;
        push_cand(out, (candidate){bs, be, SRC_SUFFIXED, 0, 0, KIND_GOVERNMENT});
    }
}

static int all_lower(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (isupper((unsigned char)s[i]))
            return 0;
    return 1;
}

static void find_subnational(const actors_ctx *c, const char *t, size_t s, size_t e,
                             cand_list *out)
{
    size_t pos = s;
    while (pos < e && rx_match(c->re_subnational, t, e, pos, c->md)) {
        size_t bs, be;
        pos = pcre2_get_ovector_pointer(c->md)[1];
        if (rx_group(c->re_subnational, c->md, "body", &bs, &be) == 0)
            push_cand(out, (candidate){bs, be, SRC_SUFFIXED, 0, 0, KIND_GOVERNMENT});
    }
}

/* Is w[0, n), folded to lower case, a word of the list? */
static int lexicon_has_folded(const ruleset *rs, const char *list, const char *w, size_t n)
{
    char low[32];
    if (n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)w[i]);
    low[n] = '\0';
    return rules_lexicon_has(rs, list, low);
}

/* The unnamed bodies of build_unnamed in [s, e): not after a name or a possessive ("U.S.
 * antitrust regulators", "Poland's regulators" are that nation's), capitalised only as a
 * sentence's first word. */
static void find_unnamed(const actors_ctx *c, const char *t, size_t s, size_t e, cand_list *out)
{
    size_t pos = s;
    while (pos < e && rx_match(c->re_unnamed, t, e, pos, c->md)) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
        size_t bs, be, ws = ov[0];
        pos = ov[1] > pos ? ov[1] : pos + 1;
        if (rx_group(c->re_unnamed, c->md, "body", &bs, &be) != 0 ||
            !all_lower(t + ws + 1, be - ws - 1) || (isupper((unsigned char)t[ws]) && ws != s))
            continue;
        size_t p = ws;
        while (p > s && t[p - 1] == ' ')
            p--;
        size_t w = p;
        while (w > s && t[w - 1] != ' ')
            w--;
        int poss = p > w && (t[p - 1] == '\'' ||
                             (t[p - 1] == 's' && p - w >= 2 && t[p - 2] == '\'') ||
                             (t[p - 1] == 's' && p - w >= 4 && memcmp(t + p - 4, "\xe2\x80\x99", 3) == 0));
        /* a capitalised word before it is a name ("U.S. antitrust enforcers"), unless it
         * opens the sentence as a word of its own ("But regulators", "Meanwhile,
         * regulators") */
        int opener = p > s && w == s &&
                     (t[p - 1] == ',' || lexicon_has_folded(c->rs, "subject_openers", t + w, p - w));
        if (p > s && (poss || (isupper((unsigned char)t[w]) && !opener)))
            continue;
        size_t cs, ce;
        actor_kind kind =
            rx_group(c->re_unnamed, c->md, "court", &cs, &ce) == 0 ? KIND_COURT : KIND_GOVERNMENT;
        push_cand(out, (candidate){bs, be, SRC_UNNAMED, 0, 0, kind});
    }
}

/* Does a capitalised word between the determiner at s and the descriptor at ws name the
 * thing described ("The Cape Argus newspaper reported")? A nationality ("the Japanese
 * news agency", "the Cuban daily") or a place before "-based" ("the Pittsburgh-based
 * newspaper") does not. */
static int names_new_actor(const actors_ctx *c, const char *t, size_t s, size_t ws)
{
    size_t w = s;
    while (w < ws && t[w] != ' ')
        w++;
    while (w < ws) {
        while (w < ws && t[w] == ' ')
            w++;
        size_t e = w;
        while (e < ws && t[e] != ' ')
            e++;
        if (e > w && isupper((unsigned char)t[w]) && !memchr(t + w, '-', e - w) &&
            !is_stop_name(c->rs, t + w, e - w) && !nationality_shape(c, t + w, e - w))
            return 1;
        w = e;
    }
    return 0;
}

static int outlet_noun(const actors_ctx *c, const char *t, size_t s, size_t e);

/* Does an outlet noun follow the description ending at p ("the business daily X")? */
static int outlet_noun_follows(const actors_ctx *c, const char *t, size_t p, size_t e)
{
    if (p + 1 >= e || t[p] != ' ')
        return 0;
    size_t ws = p + 1, we = ws;
    while (we < e && isalpha((unsigned char)t[we]))
        we++;
    if (outlet_noun(c, t, ws, we))
        return 1;
    size_t w2 = we + 1;
    while (w2 < e && isalpha((unsigned char)t[w2]))
        w2++;
    return we < e && t[we] == ' ' && outlet_noun(c, t, ws, w2);
}

/* Is the description ending at p followed by an apposition that ends in a name ("The
 * second suitor, the Paris-listed group Pylones Atlantique, moved")? The name is the one
 * meant, not an actor named before. */
static int named_by_apposition(const char *t, size_t p, size_t e)
{
    if (p + 2 >= e || t[p] != ',' || t[p + 1] != ' ')
        return 0;
    p += 2;
    if (!(e - p > 4 && (memcmp(t + p, "the ", 4) == 0 || memcmp(t + p, "a ", 2) == 0 ||
                        memcmp(t + p, "an ", 3) == 0)))
        return 0;
    size_t q = p;
    while (q < e && q - p < 100 && t[q] != ',' && t[q] != '.' && t[q] != ';')
        q++;
    if (q >= e || t[q] != ',' || q - p >= 100)
        return 0;
    size_t w = q;
    while (w > p && t[w - 1] != ' ')
        w--;
    return isupper((unsigned char)t[w]);
}

/* "days after The Grocer reported": a capitalised article and word inside a sentence
 * are a title (a trade paper, a brand), not a description referring back. */
static int capitalised_title(const char *t, size_t s, size_t art, size_t word)
{
    if (art <= s + 1 || !isupper((unsigned char)t[art]) || !isupper((unsigned char)t[word]))
        return 0;
    size_t b = art;
    while (b > s && t[b - 1] == ' ')
        b--;
    return b > s && (isalnum((unsigned char)t[b - 1]) || t[b - 1] == ',');
}

static void find_descriptions(const actors_ctx *c, const char *t, size_t s, size_t e,
                              cand_list *out)
{
    if (!c->re_desc)
        return;
    size_t pos = s;
    while (pos < e && rx_match(c->re_desc, t, e, pos, c->md)) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
        size_t ws, we;
        pos = ov[1] > pos ? ov[1] : pos + 1;
        if (rx_group(c->re_desc, c->md, "word", &ws, &we) != 0)
            continue;
        for (size_t i = 0; i < c->rs->ndescriptors; i++) {
            const char *w = c->rs->descriptors[i].word;
            int has_upper = 0;
            for (const char *q = w; *q; q++)
                has_upper |= isupper((unsigned char)*q) != 0;
            /* A capitalised descriptor ("the Fee", a spun "the Commission") only as written. */
            if (has_upper && (strlen(w) != we - ws || memcmp(t + ws, w, we - ws) != 0))
                continue;
            if (strlen(w) == we - ws && util_strcasecmp_n(t + ws, we - ws, w, strlen(w)) == 0) {
                if (!has_upper && capitalised_title(t, s, ov[0], ws))
                    break;
                /* "The Cape Argus newspaper reported": an outlet's name before the word
                 * names the outlet; before "plant" or "company" a name is a place. */
                int media = (c->rs->descriptors[i].kinds & (1u << KIND_MEDIA)) != 0;
                if (!media && outlet_noun_follows(c, t, ov[1], e))
                    break;
                if (named_by_apposition(t, ov[1], e))
                    break;
                /* "bought the dairy business from Kestrel", "the unit of Y": a part of a
                 * company (part_nouns) whose owner is told right after is that part */
                if (rules_lexicon_has(c->rs, "part_nouns", w) &&
                    ((ov[1] + 6 <= e && memcmp(t + ov[1], " from ", 6) == 0) ||
                     (ov[1] + 4 <= e && memcmp(t + ov[1], " of ", 4) == 0)))
                    break;
                if (!media || !names_new_actor(c, t, ov[0], ws))
                    push_cand(out, (candidate){ov[0], ov[1], SRC_DESC, 0, i, KIND_OTHER});
                break;
            }
        }
    }
}


/* ---- clean-up of the candidates of one sentence ---- */

/* Drops generic names inside the name of a law ("National Security and Investment Act"). */
static void drop_law_names(const actors_ctx *c, const char *t, size_t s, size_t e, cand_list *l)
{
    size_t pos = s;
    while (pos < e && rx_match(c->re_law, t, e, pos, c->md)) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
        size_t kept = 0;
        for (size_t i = 0; i < l->n; i++) {
            const candidate *cd = &l->v[i];
            /* "Critical Minerals" of "the Critical Minerals Act" is no company; a body
             * the law is named after may still be one. */
            int named = cd->src == SRC_CAP ||
                        (cd->src == SRC_SUFFIXED && !contains_body_word(c->rs, t, cd->start, cd->end));
            if (!named || cd->start < ov[0] || cd->end > ov[1])
                l->v[kept++] = *cd;
        }
        l->n = kept;
        pos = ov[1] > pos ? ov[1] : pos + 1;
    }
}

/* "Jiangxi Hengrui Rare Earth Co" is also known without its legal form. */
static void alias_without_suffix(const actors_ctx *c, actor_table *t, size_t actor,
                                 const char *name)
{
    size_t n = strlen(name);
    const char *last = strrchr(name, ' ');
    if (!last || !rules_is_org_suffix(c->rs, last + 1, n - (size_t)(last + 1 - name)))
        return;
    size_t keep = (size_t)(last - name);
    while (keep && (name[keep - 1] == ',' || name[keep - 1] == ' '))
        keep--;
    if (keep)
        table_alias(c, t, actor, name, keep);
}

/* Drops candidates inside ticker parentheses, joins a trailing suffix word ("iRobot
 * Corp.", "Amazon.com, Inc.") to the name before it and drops bare suffix words. */
/* Where the name after a person's title and "of" starts ("Chief Executive Officer of
 * Najd Logistics", its first word perhaps dropped as a stop word already), or 0. The
 * title may begin up to one word before the candidate at cs. */
static size_t after_title_of(const ruleset *rs, const char *t, size_t s, size_t cs, size_t ce)
{
    size_t from = cs, w = cs;
    while (w > s && t[w - 1] == ' ')
        w--;
    if (w < cs) {
        while (w > s && t[w - 1] != ' ')
            w--;
        from = w;
    }
    const size_t starts[2] = {from, cs};
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < rs->ntitles; i++) {
            size_t b = starts[k], l = strlen(rs->titles[i]);
            if (b + l + 4 < ce && util_strcasecmp_n(t + b, l, rs->titles[i], l) == 0 &&
                memcmp(t + b + l, " of ", 4) == 0)
                return b + l + 4;
        }
    return 0;
}

static void tidy_candidates(const actors_ctx *c, const char *t, size_t s, size_t e,
                            cand_list *l)
{
    size_t pos = s;
    size_t tk_s[16], tk_e[16], ntk = 0;
    while (pos < e && ntk < 16 && rx_match(c->re_ticker, t, e, pos, c->md)) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
        tk_s[ntk] = ov[0];
        tk_e[ntk++] = ov[1];
        pos = ov[1] > pos ? ov[1] : pos + 1;
    }
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++) {
        candidate *cd = &l->v[i];
        int drop = 0;
        for (size_t k = 0; k < ntk && !drop; k++)
            drop = cd->start >= tk_s[k] && cd->end <= tk_e[k];
        if (!drop && cd->src != SRC_DESC && cd->src != SRC_PRON &&
            rules_is_org_suffix(c->rs, t + cd->start, cd->end - cd->start)) {
            /* Joined to the name just before it, or dropped. */
            if (kept) {
                candidate *pv = &l->v[kept - 1];
                size_t g = pv->end;
                if (g < cd->start && t[g] == ',')
                    g++;
                while (g < cd->start && t[g] == ' ')
                    g++;
                if (g == cd->start && pv->src != SRC_DESC && pv->src != SRC_PRON) {
                    size_t ne = cd->end;
                    if (ne < e && t[ne] == '.' && pv->src != SRC_GAZ)
                        ne++;
                    /* "COSCO Shipping Corp": a known name keeps its suffix as written. */
                    pv->end = ne;
                }
            }
            drop = 1;
        }
        size_t name = !drop && (cd->src == SRC_CAP || cd->src == SRC_SUFFIXED || cd->src == SRC_TITLED)
                          ? after_title_of(c->rs, t, s, cd->start, cd->end)
                          : 0;
        if (name)
            cd->start = name;
        if (!drop)
            l->v[kept++] = *cd;
    }
    l->n = kept;
    /* "COSCO Shipping Corp": a known name keeps the suffix words written after it. */
    for (size_t i = 0; i < l->n; i++) {
        candidate *cd = &l->v[i];
        if (cd->src != SRC_GAZ)
            continue;
        for (;;) {
            size_t ws = cd->end;
            if (ws + 1 >= e || t[ws] != ' ')
                break;
            ws++;
            size_t we = ws;
            while (we < e && isalpha((unsigned char)t[we]))
                we++;
            if (we == ws || !rules_is_org_suffix(c->rs, t + ws, we - ws) ||
                (i + 1 < l->n && l->v[i + 1].start < we))
                break;
            cd->end = we;
        }
    }
}

static void find_pronouns(const actors_ctx *c, const char *t, size_t s, size_t e, cand_list *out)
{
    size_t pos = s;
    while (pos < e && rx_match(c->re_pron, t, e, pos, c->md)) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
        size_t is, ie;
        pos = ov[1] > pos ? ov[1] : pos + 1;
        if (rx_group(c->re_pron, c->md, "it", &is, &ie) == 0)
            /* The speaker stands before the reporting verb ("Thales confirmed, in
             * response to a report by Bloomberg, that it ..."): gaz holds where it starts. */
            push_cand(out, (candidate){is, ie, SRC_PRON, ov[0], 0, KIND_OTHER});
    }
}

/* ---- overlap resolution ---- */

static int cand_rank(const candidate *c)
{
    static const int rank[] = {[SRC_GAZ] = 4, [SRC_SUFFIXED] = 3, [SRC_TITLED] = 3,
                               [SRC_CAP] = 1, [SRC_DESC] = 2, [SRC_PRON] = 2,
                               [SRC_UNNAMED] = 3};
    return rank[c->src];
}

static int cmp_priority(const void *a, const void *b)
{
    const candidate *x = a, *y = b;
    size_t lx = x->end - x->start, ly = y->end - y->start;
    /* Gazetteer names win over generic ones unless the generic span is much longer
     * ("Israeli ministry of defence" over "Israeli"). */
    int rx = cand_rank(x), ry = cand_rank(y);
    if (rx != ry && (lx < ly * 2 && ly < lx * 2))
        return ry - rx;
    if (lx != ly)
        return lx > ly ? -1 : 1;
    if (rx != ry)
        return ry - rx;
    return x->start < y->start ? -1 : x->start > y->start;
}

static int cmp_start(const void *a, const void *b)
{
    const candidate *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Does a list separator (", ", " and ", ", and ") start at p? Its length, or 0. */
static size_t list_separator(const char *t, size_t p, size_t e)
{
    static const char *const seps[] = {", and ", ", ", " and ", NULL};
    for (size_t i = 0; seps[i]; i++) {
        size_t l = strlen(seps[i]);
        if (p + l <= e && memcmp(t + p, seps[i], l) == 0)
            return l;
    }
    return 0;
}

/* Is the item [s, e) of a body's list a name of its own: a known name, or an actor of the
 * document ("the Ministry of Finance, Huawei and ZTE" are three)? */
static int item_is_name(const actors_ctx *c, actor_table *out, const char *t, size_t s,
                        size_t e)
{
    if (e - s > 4 && util_strcasecmp_n(t + s, 4, "the ", 4) == 0)
        s += 4;
    /* "Ministry of Economy and Commerce": one word that is also a body's short name
     * ("Commerce") is a portfolio there. */
    const alias_slot *known = lookup(c, t + s, e - s);
    if (known && !memchr(t + s, ' ', e - s) && c->rs->actors[known->gaz].kind == KIND_GOVERNMENT)
        return 0;
    if (known)
        return 1;
    return actor_index_has_fold(synced_index(c, out), t + s, e - s);
}

/* A body's name that takes in a list ("Ministry of Trade, Industry and Energy",
 * "Foreign, Commonwealth and Development Office") keeps only its own piece when an item
 * of the list names something else. */
static void cut_body_lists(const actors_ctx *c, actor_table *out, const char *t,
                           cand_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        candidate *cd = &l->v[i];
        if (cd->src != SRC_SUFFIXED || cd->kind != KIND_GOVERNMENT)
            continue;
        size_t ps = cd->start, head_s = cd->start, head_e = cd->end;
        int named = 0, pieces = 0;
        for (size_t p = cd->start; p <= cd->end; p++) {
            size_t sl = p < cd->end ? list_separator(t, p, cd->end) : 0;
            if (!sl && p < cd->end)
                continue;
            pieces++;
            if (contains_body_word(c->rs, t, ps, p))
                head_s = ps, head_e = p;
            else
                named |= item_is_name(c, out, t, ps, p);
            ps = p + sl;
            p = ps - 1;
            if (!sl)
                break;
        }
        if (named && pieces > 1) {
            cd->start = head_s;
            cd->end = head_e;
        }
    }
}

static int is_nation_gaz(const ruleset *rs, size_t g);

/* "the United Kingdom government", "the US administration": a nation's name before a
 * government's descriptor names that government; the description refers to nothing
 * earlier. */
static void drop_national_descriptions(const actors_ctx *c, cand_list *l)
{
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++) {
        const candidate *d = &l->v[i];
        int national = 0;
        if (d->src == SRC_DESC && c->rs->descriptors[d->desc].kinds == 1u << KIND_GOVERNMENT)
            for (size_t k = 0; k < l->n && !national; k++)
                national = l->v[k].src == SRC_GAZ && is_nation_gaz(c->rs, l->v[k].gaz) &&
                           l->v[k].start >= d->start && l->v[k].end <= d->end;
        if (!national)
            l->v[kept++] = *d;
    }
    l->n = kept;
}


/* Does the nation candidate n stand right before g, with or without a possessive? */
static int nation_just_before(const char *t, const candidate *n, const candidate *g)
{
    if (n->end > g->start || t[g->start - 1] != ' ')
        return 0;
    size_t gap = g->start - n->end;
    return gap == 1 || (gap == 3 && memcmp(t + n->end, "'s", 2) == 0) ||
           (gap == 5 && memcmp(t + n->end, "\xe2\x80\x99s", 4) == 0);
}

/* "Malaysia's commerce ministry", "Canada's federal government": a gazetteer alias
 * written all in lower case ("commerce ministry", China's) names a body of its own
 * country; after another nation's name it is that nation's body, and gives way to the
 * nation or to the description of its body (find_lowbody). */
static void drop_foreign_generic(const actors_ctx *c, const char *t, cand_list *l)
{
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++) {
        const candidate *g = &l->v[i];
        const char *home = g->src == SRC_GAZ ? c->rs->actors[g->gaz].country : NULL;
        int foreign = 0;
        if (home && all_lower(t + g->start, g->end - g->start))
            for (size_t k = 0; k < l->n && !foreign; k++) {
                const candidate *n = &l->v[k];
                const char *there = n->src == SRC_GAZ ? c->rs->actors[n->gaz].country : NULL;
                foreign = there && is_nation_gaz(c->rs, n->gaz) && strcmp(there, home) != 0 &&
                          nation_just_before(t, n, g);
            }
        if (!foreign)
            l->v[kept++] = *g;
    }
    l->n = kept;
}

static int is_place_gaz(const ruleset *rs, size_t g);

/* "Tashkent Copper", "Durban Cement": a known place (not a nation) that opens a longer
 * capitalised name is that name's first word, however short the rest. */
static void drop_places_opening_names(const actors_ctx *c, cand_list *l)
{
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++) {
        const candidate *g = &l->v[i];
        int opens = 0;
        if (g->src == SRC_GAZ && is_place_gaz(c->rs, g->gaz) && !is_nation_gaz(c->rs, g->gaz))
            for (size_t k = 0; k < l->n && !opens; k++)
                opens = (l->v[k].src == SRC_CAP || l->v[k].src == SRC_SUFFIXED) &&
                        l->v[k].start == g->start && l->v[k].end > g->end + 1;
        if (!opens)
            l->v[kept++] = *g;
    }
    l->n = kept;
}

/* "Nordvik Bank's London branch", "its U.S. unit": a nation's name (or its capital's)
 * between a possessive and a part of a company (part_nouns) says where the part is; it
 * names no actor. */
static void drop_place_of_part(const actors_ctx *c, const char *t, size_t e, cand_list *l)
{
    const syn_list *parts = rules_lexicon_list(c->rs, "part_nouns");
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++) {
        const candidate *g = &l->v[i];
        size_t p = g->start;
        int owned = (p >= 3 && memcmp(t + p - 3, "'s ", 3) == 0) ||
                    (p >= 5 && memcmp(t + p - 5, "\xe2\x80\x99s ", 5) == 0) ||
                    (p >= 4 && strncasecmp(t + p - 4, "its ", 4) == 0 &&
                     (p == 4 || !isalnum((unsigned char)t[p - 5]))) ||
                    (p >= 6 && strncasecmp(t + p - 6, "their ", 6) == 0);
        int place = g->src == SRC_GAZ && is_nation_gaz(c->rs, g->gaz) && owned &&
                    g->end + 2 < e && (t[g->end] == ' ' || t[g->end] == '.') &&
                    lexicon_at(parts, t, g->end + 1 + (t[g->end] == '.'), e, LEX_WORD) > 0;
        if (!place)
            l->v[kept++] = *g;
    }
    l->n = kept;
}

/* A known name that a body's longer name continues ("Department of Energy" of
 * "Department of Energy and Climate Change", "Ministry of Commerce" of "Ministry of
 * Commerce, Industry and Energy", "China's embassy" of "China's embassy in Ottawa" when
 * the gazetteer's is the one in Washington) names another body: the longer name wins. */
static void drop_continued_gazetteer(const char *t, cand_list *l)
{
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++) {
        const candidate *g = &l->v[i];
        int continued = 0;
        for (size_t k = 0; k < l->n && g->src == SRC_GAZ && !continued; k++) {
            const candidate *b = &l->v[k];
            continued = b->src == SRC_SUFFIXED && b->kind == KIND_GOVERNMENT && b->start <= g->start &&
                        b->end > g->end + 2 &&
                        (memcmp(t + g->end, " and ", 5) == 0 || memcmp(t + g->end, ", ", 2) == 0 ||
                         memcmp(t + g->end, " in ", 4) == 0);
        }
        if (!continued)
            l->v[kept++] = *g;
    }
    l->n = kept;
}

static void resolve_overlaps(cand_list *l)
{
    if (!l->n)
        return;
    qsort(l->v, l->n, sizeof *l->v, cmp_priority);
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++) {
        int clash = 0;
        for (size_t k = 0; k < kept && !clash; k++)
            clash = l->v[i].start < l->v[k].end && l->v[k].start < l->v[i].end;
        if (!clash)
            l->v[kept++] = l->v[i];
    }
    l->n = kept;
    qsort(l->v, l->n, sizeof *l->v, cmp_start);
}

/* ---- folding into actors ---- */

void actor_table_add_alias(doc_actor *a, const char *alias, size_t n)
{
    for (size_t i = 0; i < a->naliases; i++)
        if (strlen(a->aliases[i]) == n && memcmp(a->aliases[i], alias, n) == 0)
            return;
    *VEC_PUSH(a->aliases, a->naliases, a->capaliases) = xstrndup(alias, n);
}

size_t actor_table_add(actor_table *t, const char *name, actor_kind kind, const char *parent)
{
    doc_actor *a = VEC_PUSH(t->actors, t->nactors, t->capactors);
    memset(a, 0, sizeof *a);
    a->name = xstrdup(name);
    a->id = util_slugify(name);
    a->kind = kind;
    a->parent = parent ? xstrdup(parent) : NULL;
    actor_table_add_alias(a, name, strlen(name));
    return t->nactors - 1;
}

/* The key of a generic name without its organisation suffix words. */
static char *core_key(const ruleset *rs, const char *s, size_t n)
{
    return actor_index_core_key(rs, s, n);
}

static char *acronym_of(const char *name)
{
    return actor_index_acronym(name, strlen(name));
}

/* "Grant Shapps", "Ruth Jones-Pryce", "Robert A. Bradway": two or three capitalised
 * words of letters (a middle initial aside), the shape of a person's name. */
static int is_personal_name(const actors_ctx *c, const char *name)
{
    int words = 0, start = 1;
    for (const char *p = name; *p; p++) {
        if (*p == ' ') {
            start = 1;
            continue;
        }
        if (start) {
            size_t n = strcspn(p, " ");
            /* "Maarten de Wit": a particle between the given name and the surname. */
            if (words && p[n] == ' ' && lexicon_has(c->w.name_particles, p, n)) {
                p += n - 1;
                continue;
            }
            if (!isupper((unsigned char)*p))
                return 0;
            if (words && p[1] == '.' && p[2] == ' ') {
                p += 1;
                continue;
            }
            words++;
        } else if (!islower((unsigned char)*p) && *p != '-' && *p != '\'' &&
                   !(isupper((unsigned char)*p) && (p[-1] == '-' || p[-1] == '\'')))
            return 0;
        start = 0;
    }
    return words == 2 || words == 3;
}

/* Is the single word w (n bytes) the first or last word of name, suffix words aside?
 * "Invenland" of "Shenzhen Invenland Holdings", "Couche-Tard" of "Alimentation
 * Couche-Tard", "Cliffs" of "Cleveland-Cliffs", "JetBlue" of "JetBlue Airways". */
static int is_end_word_of(const ruleset *rs, const char *name, const char *w, size_t n)
{
    size_t len = strlen(name);
    if (n < 3 || len <= n || memchr(w, ' ', n))
        return 0;
    /* Strip suffix words at the end. */
    size_t e = len;
    for (;;) {
        size_t b = e;
        while (b > 0 && name[b - 1] != ' ')
            b--;
        if (b == 0 || !rules_is_org_suffix(rs, name + b, e - b))
            break;
        e = b - 1;
    }
    int multi = 0;
    for (size_t i = 0; i < e; i++)
        multi |= name[i] == ' ' || name[i] == '-';
    if (!multi)
        return 0;
    /* first word (up to a space, or a hyphen) */
    if ((name[n] == ' ' || name[n] == '-') && memcmp(name, w, n) == 0 && n < e)
        return 1;
    /* last word, after a space or a hyphen */
    for (size_t b = e; b > 0; b--) {
        if (name[b - 1] == ' ' || name[b - 1] == '-') {
            if (e - b == n && memcmp(name + b, w, n) == 0)
                return 1;
            if (name[b - 1] == ' ')
                break;
        }
    }
    return 0;
}

/* Is the short name (two words or more) the first and the last word of the long one,
 * suffix words and parentheses aside? "COSCO Dalian" of "COSCO Shipping Tanker (Dalian)
 * Co". */
static int first_last_of(const ruleset *rs, const char *sh, size_t sn, const char *lg, size_t ln)
{
    const char *sp = memchr(sh, ' ', sn);
    if (!sp || sn >= ln)
        return 0;
    size_t fw = (size_t)(sp - sh);
    if (ln <= fw || lg[fw] != ' ' || memcmp(sh, lg, fw) != 0)
        return 0;
    size_t sb = sn;
    while (sb > 0 && sh[sb - 1] != ' ')
        sb--;
    if (memchr(sh + fw + 1, ' ', sb - 1 - fw))
        return 0; /* two words only */
    size_t e = ln;
    for (;;) {
        size_t b = e;
        while (b > 0 && lg[b - 1] != ' ')
            b--;
        if (b == 0)
            return 0;
        if (!rules_is_org_suffix(rs, lg + b, e - b)) {
            size_t ws = b, we = e;
            if (lg[ws] == '(' && we > ws + 1 && lg[we - 1] == ')')
                ws++, we--;
            return b > fw && we - ws == sn - sb && memcmp(lg + ws, sh + sb, sn - sb) == 0;
        }
        e = b - 1;
    }
}


/* "Ruitong" after "Suzhou Ruitong Microwave": a name that opens with a place is known by
 * the word after the place. */
static int word_after_place(const actors_ctx *c, const char *name, const char *w, size_t n)
{
    const char *sp = strchr(name, ' ');
    if (!sp || memchr(w, ' ', n) || strncmp(sp + 1, w, n) != 0 ||
        (sp[1 + n] != ' ' && sp[1 + n] != '\0'))
        return 0;
    const alias_slot *pl = lookup(c, name, (size_t)(sp - name));
    return pl && is_place_gaz(c->rs, pl->gaz);
}

/* Does the mention s[0, n) (generic, not in the gazetteer; key and full its core and
 * folded keys) name actor i by one of its aliases? */
static int names_by_alias(const doc_actor *a, const actor_facts *f, const char *s, size_t n,
                          const char *key, const char *full)
{
    for (size_t k = 0; k < a->naliases; k++) {
        const char *al = a->aliases[k];
        size_t l = strlen(al);
        if (strcmp(f->core[k], key) == 0 || strcmp(f->fold[k], full) == 0)
            return 1;
        /* "the economy ministry" after "Germany's economy ministry". */
        if (islower((unsigned char)s[0]) && l > n + 1 && al[l - n - 1] == ' ' &&
            util_strcasecmp_n(al + l - n, n, s, n) == 0)
            return 1;
        /* "NSO" after "NSO Group": the mention is the leading words of the name. */
        if (*key && strncmp(f->fold[k], full, strlen(full)) == 0 && l > n && al[n] == ' ' &&
            util_strcasecmp_n(al, n, s, n) == 0)
            return 1;
        /* "Karoo Fresh Produce" after "Karoo Fresh": a company's name of two words or
         * more is the leading words of the mention. */
        if (!a->gazetteer && a->kind == KIND_ORGANIZATION && strchr(al, ' ') && l < n &&
            s[l] == ' ' && util_strcasecmp_n(al, l, s, l) == 0)
            return 1;
    }
    return 0;
}

/* Does the mention name a company (not in the gazetteer) by another form of its name? */
static int names_company(const actors_ctx *c, const doc_actor *a, const char *s, size_t n)
{
    size_t al = strlen(a->name);
    char *m = xstrndup(s, n);
    /* One word and a longer name of one company, either way round. */
    int hit = is_end_word_of(c->rs, a->name, s, n) || is_end_word_of(c->rs, m, a->name, al) ||
              word_after_place(c, a->name, s, n) || word_after_place(c, m, a->name, al) ||
              first_last_of(c->rs, s, n, a->name, al) || first_last_of(c->rs, a->name, al, s, n);
    /* "HPE" before "Hewlett Packard Enterprise". */
    if (!hit && al >= 2 && al <= 6 && memchr(s, ' ', n)) {
        char *acr = acronym_of(m);
        hit = strcmp(acr, a->name) == 0;
        free(acr);
    }
    free(m);
    return hit;
}

/* Does the mention name actor a (facts f) by one of find_generic's tests? */
static int names_actor(const actors_ctx *c, const doc_actor *a, const actor_facts *f,
                       const char *s, size_t n, const char *key, const char *full)
{
    if (names_by_alias(a, f, s, n, key, full))
        return 1;
    if (n >= 3 && !memchr(s, ' ', n) && isupper((unsigned char)s[0]) &&
        (a->kind == KIND_PERSON || (!a->gazetteer && is_personal_name(c, a->name)))) {
        /* "Habeck" after "Robert Habeck": a person's surname. */
        const char *last = strrchr(a->name, ' ');
        if (last && strlen(last + 1) == n && memcmp(last + 1, s, n) == 0)
            return 1;
    }
    /* "FTC" after "Federal Trade Commission" */
    if (n >= 2 && n <= 6 && strlen(f->acronym) == n && memcmp(f->acronym, s, n) == 0)
        return 1;
    if (a->gazetteer && strlen(a->name) >= 2 && strlen(a->name) <= 6 && memchr(s, ' ', n)) {
        /* "Japan Synthetic Rubber" after "JSR". */
        char *m = xstrndup(s, n), *acr = acronym_of(m);
        int hit = strlen(acr) >= 3 && strcmp(acr, a->name) == 0;
        free(acr);
        free(m);
        if (hit)
            return 1;
    }
    return !a->gazetteer && a->kind == KIND_ORGANIZATION && names_company(c, a, s, n);
}

/* Does the mention (generic, not in the gazetteer) name an actor already seen? The first
 * actor, in the order they were found, that one of the tests accepts; only the actors the
 * index offers are tested (actor_index.h). */
static size_t find_generic(const actors_ctx *c, actor_table *t, const char *s, size_t n)
{
    actor_index *ix = synced_index(c, t);
    struct actor_lookup *lk = t->lookup;
    size_t ncand = actor_index_candidates(ix, s, n, &lk->cand, &lk->capcand);
    char *key = core_key(c->rs, s, n);
    char *full = actors_fold_key(s, n);
    size_t hit = (size_t)-1;
    for (size_t k = 0; k < ncand && hit == (size_t)-1; k++) {
        size_t i = lk->cand[k];
        if (names_actor(c, &t->actors[i], actor_index_facts(ix, i), s, n, key, full))
            hit = i;
    }
    free(key);
    free(full);
    return hit;
}

/* The gazetteer actor whose name is the mention without its suffix words, or -1. */
static size_t core_lookup(const actors_ctx *c, const char *s, size_t n)
{
    if (!memchr(s, ' ', n))
        return (size_t)-1;
    char *key = core_key(c->rs, s, n);
    size_t hit = (size_t)-1;
    if (strlen(key) >= 4) {
        size_t i = hash_str(key) & (c->ncore - 1);
        while (c->core[i].key) {
            if (strcmp(c->core[i].key, key) == 0) {
                hit = c->core[i].gaz;
                break;
            }
            i = (i + 1) & (c->ncore - 1);
        }
    }
    free(key);
    return hit;
}

/* "Competition and Markets Authority (CMA)": the acronym in parentheses right after a
 * mention names the same actor. An acronym of another language may hold lower-case
 * letters ("UOKiK", "BaFin"): two capitals and no space are enough. */
static size_t paren_acronym(const actor_table *t, const char *txt, size_t s, size_t e)
{
    if (!t->nmentions || s < 2 || txt[s - 1] != '(' || txt[e] != ')' || e - s < 2 || e - s > 8)
        return (size_t)-1;
    int capitals = 0;
    for (size_t q = s; q < e; q++) {
        if (isspace((unsigned char)txt[q]))
            return (size_t)-1;
        capitals += isupper((unsigned char)txt[q]) != 0;
    }
    if (capitals < 2)
        return (size_t)-1;
    const mention *m = &t->mentions[t->nmentions - 1];
    size_t g = m->end;
    if (g + 2 < s && txt[g] == '\'' && (txt[g + 1] == 's' || txt[g + 1] == 'S'))
        g += 2;
    while (g < s - 1 && txt[g] == ' ')
        g++;
    return g == s - 1 && !m->reference ? m->actor : (size_t)-1;
}

static size_t actor_for_gazetteer(const actors_ctx *c, actor_table *t, const gaz_actor *g)
{
    size_t i = actor_index_by_id(synced_index(c, t), g->id);
    if (i != (size_t)-1)
        return i;
    i = actor_table_add(t, g->name, g->kind, g->parent);
    free(t->actors[i].id);
    t->actors[i].id = xstrdup(g->id);
    t->actors[i].gazetteer = 1;
    t->actors[i].gaz = g;
    return i;
}

/* Does name contain part, or one of the alternatives of "Department|Office|Ministry"? */
static int name_contains(const char *name, const char *part)
{
    for (const char *alt = part; *alt;) {
        const char *bar = strchr(alt, '|');
        size_t pl = bar ? (size_t)(bar - alt) : strlen(alt);
        for (const char *p = name; *p && pl; p++)
            if (strlen(p) >= pl && util_strcasecmp_n(p, pl, alt, pl) == 0)
                return 1;
        alt += pl;
        if (*alt == '|')
            alt++;
    }
    return 0;
}

/* The nationality word among the words of a description ("the Japanese steelmaker", "the
 * Philippine watchdog"): the demonym's index in c->demonyms, its start in *at, or
 * (size_t)-1. */
static size_t description_demonym(const actors_ctx *c, const char *t, size_t s, size_t e,
                                  size_t *at)
{
    for (size_t i = s; i < e; i++) {
        if (i > s && t[i - 1] != ' ')
            continue;
        for (size_t k = 0; k < c->ndemonyms; k++) {
            const char *w = c->demonyms[k].word;
            size_t l = strlen(w);
            if (i + l < e && memcmp(t + i, w, l) == 0 && (t[i + l] == ' ' || t[i + l] == '-')) {
                *at = i;
                return k;
            }
        }
    }
    return (size_t)-1;
}

/* The country a nationality word of a description names, or NULL. */
static const char *description_country(const actors_ctx *c, const char *t, size_t s, size_t e)
{
    size_t at, k = description_demonym(c, t, s, e, &at);
    return k == (size_t)-1 ? NULL : c->rs->actors[c->demonyms[k].gaz].country;
}

static const char *actor_country(const doc_actor *a)
{
    return a->gaz ? a->gaz->country : NULL;
}

/* "In a statement to the Shenzhen exchange, the company said": a description right after
 * an opening prepositional phrase (opening_prepositions) and its comma is the subject of
 * its sentence, as if it opened it; the names inside the phrase are not what it refers
 * to. */
static int after_opening_phrase(const actors_ctx *c, const char *t, size_t s, size_t at)
{
    int opens = lexicon_at(c->w.opening_prepositions, t, s, at, LEX_SPACE) != 0;
    if (!opens || at < s + 2 || t[at - 1] != ' ' || t[at - 2] != ',')
        return 0;
    return memchr(t + s, ',', at - 2 - s) == NULL;
}

/* "the government" is the article's own government, the one it keeps naming, not the
 * foreign one named last ("... under the Russia sanctions regulations. Campaigners said
 * the government has not sanctioned ..."): of the fitting actors mentioned before, the
 * most mentioned, the nearest on a tie. */
static size_t home_government(const actor_table *t, const descriptor *d, const char *country,
                              size_t stop)
{
    size_t best = (size_t)-1;
    int best_n = 0;
    for (size_t m = t->nmentions; m-- > stop;) {
        const doc_actor *a = &t->actors[t->mentions[m].actor];
        if (d->kinds && !(d->kinds & (1u << a->kind)))
            continue;
        if (d->name_has && !name_contains(a->name, d->name_has))
            continue;
        const char *ac = country ? actor_country(a) : NULL;
        if (ac && strcmp(ac, country) != 0)
            continue;
        if (a->mentions > best_n)
            best = t->mentions[m].actor, best_n = a->mentions;
    }
    return best;
}

/* The nearest earlier mention whose actor fits the description. Mentions set aside (in
 * an apposition or a "whose" clause) and the actor skip names (the subject of the
 * sentence when the description is its object) are taken only when nothing else fits;
 * a nationality word ("the Japanese steelmaker") must agree with the actor's country. */
static size_t resolve_description(const actor_table *t, const descriptor *d, const char *word,
                                  const char *country, size_t skip, size_t skip2)
{
    /* A description refers to something recent: looking further back than this many
     * mentions finds nothing better and would make long documents quadratic. */
    size_t stop = t->nmentions > DESCRIPTION_WINDOW ? t->nmentions - DESCRIPTION_WINDOW : 0;
    if (strcasecmp(word, "government") == 0)
        return home_government(t, d, country, stop);
    for (int pass = 0; pass < 2; pass++) {
        size_t fallback = (size_t)-1;
        for (size_t m = t->nmentions; m-- > stop;) {
            const doc_actor *a = &t->actors[t->mentions[m].actor];
            if (pass == 0 && (t->mentions[m].aside || t->mentions[m].actor == skip ||
                              t->mentions[m].actor == skip2))
                continue;
            if (country) {
                const char *ac = actor_country(a);
                if (ac && strcmp(ac, country) != 0)
                    continue;
            }
            int own = 0;
            /* An actor whose gazetteer entry lists the word is the best referent. */
            for (size_t k = 0; a->gaz && k < a->gaz->ndescriptors && !own; k++)
                own = strcasecmp(a->gaz->descriptors[k], word) == 0;
            if (own)
                return t->mentions[m].actor;
            if (fallback != (size_t)-1)
                continue;
            if (d->kinds && !(d->kinds & (1u << a->kind)))
                continue;
            if (d->name_has && !name_contains(a->name, d->name_has))
                continue;
            fallback = t->mentions[m].actor;
        }
        if (fallback != (size_t)-1)
            return fallback;
    }
    return (size_t)-1;
}

/* "the Helsinki bourse": a place before a description of something its place names
 * (place_named_descriptors) must stand in the name of the actor it refers to; Nasdaq
 * Tallinn is not it. */
static int place_agrees(const actors_ctx *c, const actor_table *out, const char *t,
                        const candidate *cd, const char *word, size_t actor)
{
    if (!rules_lexicon_has(c->rs, "place_named_descriptors", word))
        return 1;
    size_t we = cd->end - strlen(word);
    for (size_t p = cd->start; p < we; p++) {
        if (!isupper((unsigned char)t[p]) || (p > cd->start && t[p - 1] != ' '))
            continue;
        size_t e = p;
        while (e < we && t[e] != ' ' && t[e] != '-')
            e++;
        char *w = xstrndup(t + p, e - p);
        int named = is_stop_name(c->rs, t + p, e - p) || name_contains(out->actors[actor].name, w);
        for (size_t k = 0; !named && k < out->actors[actor].naliases; k++)
            named = name_contains(out->actors[actor].aliases[k], w);
        free(w);
        if (!named)
            return 0;
    }
    return 1;
}

/* The actor the document introduced with the description's word ("Goldfields explorer
 * Mulga Creek Resources ... the explorer"): the latest named mention, not itself a
 * reference, right after the word, within the window a description looks back over. */
static size_t introduced_as(const actor_table *t, const char *text, const char *word)
{
    size_t l = strlen(word);
    size_t stop = t->nmentions > DESCRIPTION_WINDOW ? t->nmentions - DESCRIPTION_WINDOW : 0;
    for (size_t m = t->nmentions; m-- > stop;) {
        size_t s = t->mentions[m].start;
        if (t->mentions[m].reference || s < l + 1 || text[s - 1] != ' ' ||
            strncasecmp(text + s - 1 - l, word, l) != 0)
            continue;
        if (s == l + 1 || !isalnum((unsigned char)text[s - 2 - l]))
            return t->mentions[m].actor;
    }
    return (size_t)-1;
}

static void add_mention(actor_table *t, size_t s, size_t e, size_t actor, int reference)
{
    mention *m = VEC_PUSH(t->mentions, t->nmentions, t->capmentions);
    *m = (mention){s, e, actor, reference, 0};
    t->actors[actor].mentions++;
}

/* Is the lower-case phrase a[0, na) the end of b[0, nb) at a word's start ("regulators"
 * of "antitrust regulators")? */
static int phrase_ends(const char *a, size_t na, const char *b, size_t nb)
{
    return na <= nb && util_strcasecmp_n(a, na, b + nb - na, na) == 0 &&
           (na == nb || b[nb - na - 1] == ' ');
}

/* The unnamed body the phrase w[0, n) tells of: the one told before whose phrase ends
 * its own or is ended by it ("antitrust regulators" ... "regulators"), else a new one,
 * named by the phrase (its first letter in lower case when fold: a sentence's "Antitrust
 * regulators"), marked generic. Unnamed bodies are few in a document (one per phrase),
 * and only they are walked. */
static size_t unnamed_actor(const actors_ctx *c, actor_table *out, const char *w, size_t n,
                            actor_kind kind, int fold)
{
    struct actor_lookup *lk = lookup_of(c, out);
    for (size_t g = 0; g < lk->ngeneric; g++) {
        size_t a = lk->generic[g];
        const char *nm = out->actors[a].name;
        if (out->actors[a].kind == kind &&
            (phrase_ends(w, n, nm, strlen(nm)) || phrase_ends(nm, strlen(nm), w, n)))
            return a;
    }
    char *name = xstrndup(w, n);
    if (fold)
        name[0] = (char)tolower((unsigned char)name[0]);
    size_t a = actor_table_add(out, name, kind, NULL);
    out->actors[a].generic = 1;
    free(name);
    *VEC_PUSH(lk->generic, lk->ngeneric, lk->capgeneric) = a;
    return a;
}

/* "President Bush", "Mr. Drabinsky": a person named after a capitalised title word is
 * known by both forms; the form with the title is one more alias. */
static void alias_with_title(const actors_ctx *c, actor_table *out, size_t actor, const char *t,
                             size_t ss, size_t ms, size_t me)
{
    if (out->actors[actor].kind != KIND_PERSON || ms < ss + 3 || t[ms - 1] != ' ')
        return;
    size_t ws = ms - 1;
    while (ws > ss && t[ws - 1] != ' ')
        ws--;
    if (isupper((unsigned char)t[ws]) && is_title_word(c, t + ws, ms - 1 - ws))
        table_alias(c, out, actor, t + ws, me - ws);
}

/* "Corvane Health (NYSE: CRVH)": the ticker names the actor just before it, so that
 * "CRVH shares rose" later is the same actor, not a new one. Mentions from first on are
 * those of the sentence [s, e). */
static void alias_tickers(const actors_ctx *c, actor_table *out, const char *t, size_t s,
                          size_t e, size_t first)
{
    for (size_t pos = s; pos < e && rx_match(c->re_ticker, t, e, pos, c->md);) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
        size_t ts = ov[0], te = ov[1];
        pos = te > pos ? te : pos + 1;
        const char *colon = memchr(t + ts, ':', te - ts);
        if (!colon)
            continue;
        size_t ss = (size_t)(colon - t) + 1, se = te - 1;
        while (ss < se && t[ss] == ' ')
            ss++;
        int letters = se - ss >= 2 && se - ss <= 6;
        for (size_t k = ss; k < se && letters; k++)
            letters = isupper((unsigned char)t[k]) != 0;
        for (size_t q = out->nmentions; letters && q-- > first;) {
            const mention *m = &out->mentions[q];
            if (m->end > ts)
                continue;
            size_t g = m->end;
            while (g < ts && t[g] == ' ')
                g++;
            if (g == ts && !m->reference)
                table_alias(c, out, m->actor, t + ss, se - ss);
            break;
        }
    }
}

/* Is the sentence a wire credit, "(Reporting by A in London; Editing by B)"
 * (wire_credit_openers)? Its people wrote the story and take no part in it. Without the
 * parentheses a second credit after a semicolon must follow, so that "Reporting by
 * Bloomberg showed ..." still names an outlet. */
static int wire_credit(const actors_ctx *c, const char *t, size_t s, size_t e)
{
    const syn_list *openers = c->w.wire_credit_openers;
    int paren = s < e && t[s] == '(';
    size_t p = s + (size_t)paren;
    if (!lexicon_at(openers, t, p, e, LEX_SPACE))
        return 0;
    if (paren)
        return 1;
    for (size_t q = p; q + 2 < e; q++)
        if (t[q] == ';' && t[q + 1] == ' ' && lexicon_at(openers, t, q + 2, e, LEX_SPACE))
            return 1;
    return 0;
}

/* Only body and headline text names actors; bylines, category lines and wire credits
 * do not. */
static int sentence_names_actors(const actors_ctx *c, const document *doc, const sentence *s)
{
    para_kind k = doc->paras[s->para].kind;
    return (k == PARA_BODY || k == PARA_HEADLINE) && !wire_credit(c, doc->text, s->start, s->end);
}

/* A name at the start of a sentence that never stands inside one is still a name
 * when an apposition or a reporting verb follows it ("Ford, which licenses …",
 * "Biren said it …"). */
static int is_comma_adverb(const char *t, size_t s, size_t e, size_t end)
{
    if (e >= end || t[e] != ',' || e - s < 4 || memchr(t + s, ' ', e - s))
        return 0;
    return t[e - 2] == 'l' && t[e - 1] == 'y';
}

/* Does a verb after the name [s, e) opening a sentence make it a name (name_cue_verbs;
 * name_cue_verbs_after_two_words after a name of two words or more)? */
static int initial_name_cue(const actors_ctx *c, const char *t, size_t s, size_t e, size_t end)
{
    /* Skip what may stand between the name and its verb: "(NASDAQ: QX)", ", Inc.", and
     * name_cue_skips: "today", "on Tuesday", "late on Monday", "this week". */
    for (int again = 1; again && e < end;) {
        again = 0;
        if (t[e] == ' ' && e + 1 < end && t[e + 1] == '(') {
            const char *q = memchr(t + e, ')', end - e);
            if (q && q - (t + e) < 60) {
                e = (size_t)(q - t) + 1;
                again = 1;
                continue;
            }
        }
        size_t l = t[e] == ' ' ? lexicon_at(c->w.name_cue_skips, t, e + 1, end, LEX_WORD) : 0;
        if (l && e + 1 + l < end) {
            e += 1 + l;
            again = 1;
        }
    }
    /* ", which ...", ", a ...": an apposition; " said ", " walked away ": a verb */
    if (e + 2 < end && t[e] == ',' && t[e + 1] == ' ' &&
        lexicon_at(c->w.name_cue_appositions, t, e + 2, end, LEX_SPACE))
        return 1;
    if (e + 1 >= end || t[e] != ' ')
        return 0;
    /* "Akamas Ship Management and Troodos Maritime Services were added": a name of two
     * words or more coordinated with another capitalised one */
    if (memchr(t + s, ' ', e - s) && e + 6 < end && memcmp(t + e, " and ", 5) == 0 &&
        isupper((unsigned char)t[e + 5]))
        return 1;
    return lexicon_at(c->w.name_cue_verbs, t, e + 1, end, LEX_SPACE_OR_COMMA) ||
           (memchr(t + s, ' ', e - s) &&
            lexicon_at(rules_lexicon_list(c->rs, "name_cue_verbs_after_two_words"), t, e + 1,
                       end, LEX_SPACE_OR_COMMA));
}

/* Is the name at [s, e) an organisation named before, or its first or last words
 * ("Lumora had disclosed …" after "Lumora Foods said …", "Cenzontle signed …" after
 * "Grupo Cenzontle")? */
static int short_form_of_known(const actors_ctx *c, actor_table *out, const char *t, size_t s,
                               size_t e)
{
    size_t n = e - s;
    actor_index *ix = synced_index(c, out);
    struct actor_lookup *lk = out->lookup;
    size_t ncand = actor_index_short_forms(ix, t + s, n, &lk->cand, &lk->capcand);
    for (size_t ci = 0; ci < ncand; ci++) {
        const doc_actor *a = &out->actors[lk->cand[ci]];
        if (a->kind != KIND_ORGANIZATION)
            continue;
        for (size_t k = 0; k < a->naliases; k++) {
            const char *al = a->aliases[k];
            size_t l = strlen(al);
            if (strncmp(al, t + s, n) == 0 && (al[n] == ' ' || al[n] == '\0'))
                return 1;
            if (l > n && al[l - n - 1] == ' ' && strncmp(al + l - n, t + s, n) == 0)
                return 1;
        }
    }
    return 0;
}

/* Does a word at pos open the sentence or a quotation ("Together we can …")? */
static int starts_clause(const char *t, size_t s, size_t pos)
{
    if (pos == s)
        return 1;
    size_t q = pos;
    if (q > s && (t[q - 1] == '"' || t[q - 1] == '\''))
        q--;
    else if (q >= s + 3 && (unsigned char)t[q - 3] == 0xE2 && (unsigned char)t[q - 2] == 0x80 &&
             ((unsigned char)t[q - 1] == 0x9C || (unsigned char)t[q - 1] == 0x98))
        q -= 3;
    else
        return 0;
    return q == s || t[q - 1] == ' ' || t[q - 1] == ':' || t[q - 1] == '(';
}

/* The texts of the names seen inside sentences, sorted two ways, so that a
 * sentence-initial name is looked up among them in logarithmic time (long documents
 * have hundreds of thousands): by length then bytes for equal names, by bytes alone for
 * names that begin with a word. */
typedef struct {
    const char *p;
    size_t n;
} name_text;

typedef struct {
    name_text *by_len, *by_text;
    size_t n;
} inside_names;

static int cmp_name_len(const void *a, const void *b)
{
    const name_text *x = a, *y = b;
    if (x->n != y->n)
        return x->n < y->n ? -1 : 1;
    return memcmp(x->p, y->p, x->n);
}

static int cmp_name_text(const name_text *x, const name_text *y)
{
    int c = memcmp(x->p, y->p, x->n < y->n ? x->n : y->n);
    return c ? c : (x->n > y->n) - (x->n < y->n);
}

static int cmp_name_text_q(const void *a, const void *b)
{
    return cmp_name_text(a, b);
}

static void inside_names_build(inside_names *in, const cand_list *inside, const char *t)
{
    size_t bytes = (inside->n ? inside->n : 1) * sizeof *in->by_len;
    in->n = inside->n;
    in->by_len = xmalloc(bytes);
    for (size_t i = 0; i < inside->n; i++)
        in->by_len[i] = (name_text){t + inside->v[i].start, inside->v[i].end - inside->v[i].start};
    in->by_text = xmalloc(bytes);
    memcpy(in->by_text, in->by_len, in->n * sizeof *in->by_len);
    qsort(in->by_len, in->n, sizeof *in->by_len, cmp_name_len);
    qsort(in->by_text, in->n, sizeof *in->by_text, cmp_name_text_q);
}

static void inside_names_free(inside_names *in)
{
    free(in->by_len);
    free(in->by_text);
}

static int cap_seen_inside(const inside_names *in, const char *t, size_t s, size_t e)
{
    name_text key = {t + s, e - s};
    return bsearch(&key, in->by_len, in->n, sizeof *in->by_len, cmp_name_len) != NULL;
}

/* Does a name seen inside sentences begin with the word at [s, e) and a space? */
static int name_begins_with_word(const inside_names *in, const char *t, size_t s, size_t e)
{
    name_text key = {t + s, e - s + 1}; /* the word and the space after it */
    size_t lo = 0, hi = in->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_name_text(&in->by_text[mid], &key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < in->n && in->by_text[lo].n > key.n && memcmp(in->by_text[lo].p, key.p, key.n) == 0;
}

/* "Daugava was sanctioned ...": a one-word name opening a sentence before an auxiliary
 * (opening_auxiliaries), whose longer name ("Daugava Tankers") stands inside a sentence,
 * is that name's short form. */
static int short_form_opening(const actors_ctx *c, const inside_names *in, const char *t,
                              size_t s, size_t e, size_t end)
{
    if (memchr(t + s, ' ', e - s))
        return 0;
    int aux_follows = e + 1 < end && t[e] == ' ' &&
                      lexicon_at(c->w.opening_auxiliaries, t, e + 1, end, LEX_SPACE);
    if (!aux_follows)
        return 0;
    return name_begins_with_word(in, t, s, e);
}

/* Is the sentence a headline in title case ("Norvale Semiconductor Confirms Preliminary
 * Discussions Regarding Severnside Semiconductor")? */
static int title_case_headline(const document *doc, const sentence *st, const char *t)
{
    if (doc->paras[st->para].kind != PARA_HEADLINE)
        return 0;
    int words = 0, caps = 0;
    size_t i = st->start;
    while (i < st->end) {
        while (i < st->end && !isalpha((unsigned char)t[i]))
            i++;
        size_t w = i;
        while (i < st->end && (isalnum((unsigned char)t[i]) || t[i] == '\'' || t[i] == '-'))
            i++;
        if (i - w >= 4) {
            words++;
            caps += isupper((unsigned char)t[w]) != 0;
        }
    }
    return words >= 3 && caps * 10 >= words * 7;
}

/* Does a capitalised name word end right before text[o]? "Nickel" in "Larkspur Nickel
 * Corp." is a word of a longer name, not a name of its own. */
static int name_word_before(const actors_ctx *c, const char *t, size_t o)
{
    if (o < 2 || t[o - 1] != ' ' || !isalpha((unsigned char)t[o - 2]))
        return 0;
    size_t w = o - 1;
    while (w > 0 && isalpha((unsigned char)t[w - 1]))
        w--;
    return isupper((unsigned char)t[w]) && !is_stop_name(c->rs, t + w, o - 1 - w);
}

/* Does text[s, e) stand elsewhere in the document as a whole word run that begins a
 * name? */
static int occurs_elsewhere(const actors_ctx *c, const char *t, size_t len, size_t s, size_t e,
                            size_t xs, size_t xe)
{
    size_t n = e - s;
    for (size_t o = 0; o + n <= len; o++) {
        if (t[o] != t[s] || (o >= xs && o < xe) || memcmp(t + o, t + s, n) != 0)
            continue;
        if ((o == 0 || !isalnum((unsigned char)t[o - 1])) &&
            (o + n >= len || !isalnum((unsigned char)t[o + n])) && !name_word_before(c, t, o))
            return 1;
    }
    return 0;
}

/* In a title-case headline every word is capitalised, so a generic name there is cut
 * down to the runs of its words that the article also names elsewhere, laws and lists
 * aside. */
static void headline_pieces(const actors_ctx *c, const char *t, size_t len, const sentence *st,
                            cand_list *l)
{
    size_t n0 = l->n;
    for (size_t i = 0; i < n0; i++) {
        candidate cd = l->v[i];
        if (cd.src != SRC_CAP && cd.src != SRC_SUFFIXED && cd.src != SRC_TITLED)
            continue;
        size_t ws[16], we[16], nw = 0, p = cd.start;
        while (p < cd.end && nw < 16) {
            while (p < cd.end && t[p] == ' ')
                p++;
            ws[nw] = p;
            while (p < cd.end && t[p] != ' ')
                p++;
            we[nw++] = p;
        }
        l->v[i].end = l->v[i].start; /* dropped below */
        size_t a = 0;
        while (a < nw) {
            size_t best = 0;
            for (size_t b = nw; b > a && !best; b--)
                if (occurs_elsewhere(c, t, len, ws[a], we[b - 1], st->start, st->end))
                    best = b;
            if (best) {
                candidate pc = cd;
                pc.start = ws[a];
                pc.end = we[best - 1];
                /* "Responds to U.S. Entity List Designation": a list is no name there either. */
                if (!no_actor_name(c, t, pc.start, pc.end))
                    push_cand(l, pc);
                a = best;
            } else
                a++;
        }
    }
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i].end > l->v[i].start)
            l->v[kept++] = l->v[i];
    l->n = kept;
}

/* The capitalised words of a document that stand alone (no letter, digit or hyphen
 * on either side), sorted, so that the halves of hyphenated pairs are looked up in
 * logarithmic time; made on the first pair a document has. */
typedef struct {
    const char *p;
    size_t n, off;
} word_at;

typedef struct {
    word_at *v;
    size_t n, cap;
    int built;
} word_index;

static int cmp_word_at(const void *a, const void *b)
{
    const word_at *x = a, *y = b;
    if (x->n != y->n)
        return x->n < y->n ? -1 : 1;
    int c = memcmp(x->p, y->p, x->n);
    return c ? c : (x->off > y->off) - (x->off < y->off);
}

static void word_index_build(word_index *wi, const char *t, size_t len)
{
    for (size_t a = 0; a < len;) {
        if (!isalnum((unsigned char)t[a])) {
            a++;
            continue;
        }
        size_t b = a;
        while (b < len && isalnum((unsigned char)t[b]))
            b++;
        if (isupper((unsigned char)t[a]) && (a == 0 || t[a - 1] != '-') && (b == len || t[b] != '-'))
            *VEC_PUSH(wi->v, wi->n, wi->cap) = (word_at){t + a, b - a, a};
        a = b;
    }
    qsort(wi->v, wi->n, sizeof *wi->v, cmp_word_at);
    wi->built = 1;
}

/* Does the word at [s, e) stand alone somewhere outside [xs, xe)? */
static int stands_alone_elsewhere(word_index *wi, const char *t, size_t len, size_t s, size_t e,
                                  size_t xs, size_t xe)
{
    for (size_t k = s; k < e; k++)
        if (!isalnum((unsigned char)t[k]))
            return 0;
    if (!wi->built)
        word_index_build(wi, t, len);
    word_at key = {t + s, e - s, 0};
    size_t lo = 0, hi = wi->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_word_at(&wi->v[mid], &key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < wi->n && wi->v[lo].n == key.n && memcmp(wi->v[lo].p, key.p, key.n) == 0; lo++)
        if (wi->v[lo].off < xs || wi->v[lo].off >= xe)
            return 1;
    return 0;
}

/* "Umgeni-Karoo merger", "Microsoft-Activision deal": a hyphenated pair of names the
 * article also writes apart is two mentions, not one name. */
static void split_paired_names(word_index *wi, const char *t, size_t len, const sentence *st,
                               cand_list *l)
{
    size_t n0 = l->n;
    for (size_t i = 0; i < n0; i++) {
        candidate *cd = &l->v[i];
        if (cd->src != SRC_CAP)
            continue;
        const char *h = memchr(t + cd->start, '-', cd->end - cd->start);
        if (!h || memchr(t + cd->start, ' ', cd->end - cd->start))
            continue;
        size_t mid = (size_t)(h - t);
        if (mid - cd->start < 3 || cd->end - mid - 1 < 3 ||
            !isupper((unsigned char)t[mid + 1]) ||
            memchr(t + mid + 1, '-', cd->end - mid - 1) ||
            !stands_alone_elsewhere(wi, t, len, cd->start, mid, st->start, st->end) ||
            !stands_alone_elsewhere(wi, t, len, mid + 1, cd->end, st->start, st->end))
            continue;
        candidate second = *cd;
        second.start = mid + 1;
        cd->end = mid;
        push_cand(l, second);
    }
}

/* ---- places, modifiers and bodies of a country ---- */

/* The gazetteer entry with id "place" lists places that are never actors by themselves
 * ("Texas", "Austin", "Tel Aviv"): they stand in the gazetteer so that no other
 * recogniser takes them, and name no actor. */
static int is_place_gaz(const ruleset *rs, size_t g)
{
    return strcmp(rs->actors[g].id, "place") == 0 || strcmp(rs->actors[g].id, "product") == 0;
}

/* Does a space and a word of l stand at t[p], followed by a word boundary? */
static int word_after_space(const syn_list *l, const char *t, size_t p, size_t se)
{
    return p < se && t[p] == ' ' && lexicon_at(l, t, p + 1, se, LEX_WORD);
}

/* "the maker of the Pegasus tool", "its Predator spyware", "the Roomba robot vacuum",
 * "the Gotogate and Mytrip brand names", "the 1260H list", "Call of Duty" maker
 * Activision, "the iPhone maker": a product, a brand or a list, not an actor. known: the
 * name is in the gazetteer as an actor, so only product_nouns, which never follow a
 * company's own name, make it a product (brand_nouns may: "the Huawei network"). */
static int product_name(const actors_ctx *c, const char *t, size_t ss, size_t s, size_t e,
                        size_t se, int known)
{
    const actor_words *w = &c->w;
    if (s > ss && t[s - 1] == ' ' && lexicon_before(w->product_maker_of, t, ss, s - 1, LEX_ANY))
        return 1;
    size_t q = e;
    /* A quoted title: "\"Call of Duty\" maker". */
    if (q < se && t[q] == '"')
        q++;
    else if (q + 3 <= se && (unsigned char)t[q] == 0xE2 && (unsigned char)t[q + 1] == 0x80 &&
             ((unsigned char)t[q + 2] == 0x9D || (unsigned char)t[q + 2] == 0x99))
        q += 3;
    if (!known && word_after_space(w->named_list_nouns, t, q, se))
        return 1;
    /* "Predator spyware maker Intellexa": up to two words of the product's kind between,
     * not a clause ("circle Aurelia as tonic maker explores"). */
    for (size_t m = q, k = 0; !known && k < 3; k++) {
        if (word_after_space(w->maker_nouns, t, m, se))
            return 1;
        if (m + 1 >= se || t[m] != ' ' || !islower((unsigned char)t[m + 1]) ||
            word_after_space(w->product_kind_stops, t, m, se))
            break;
        m++;
        while (m < se && islower((unsigned char)t[m]))
            m++;
    }
    int det = (s >= ss + 4 && (memcmp(t + s - 4, "the ", 4) == 0 || memcmp(t + s - 4, "its ", 4) == 0)) ||
              (s >= ss + 6 && memcmp(t + s - 6, "their ", 6) == 0) || s == ss;
    if (!det)
        return 0;
    /* "the Gotogate and Mytrip brand names": the noun after the second name. */
    if (q + 6 < se && memcmp(t + q, " and ", 5) == 0 && isupper((unsigned char)t[q + 5])) {
        q += 5;
        while (q < se && (isalnum((unsigned char)t[q]) ||
                          (t[q] == ' ' && q + 1 < se && isupper((unsigned char)t[q + 1]))))
            q++;
    }
    return word_after_space(w->product_nouns, t, q, se) ||
           (!known && word_after_space(w->brand_nouns, t, q, se));
}

static int is_nation_gaz(const ruleset *rs, size_t g)
{
    return rules_gaz_is_nation(&rs->actors[g]);
}

static int possessive_follows(const char *t, size_t e, size_t se);

/* The name of the national government of country in the gazetteer, or NULL. */
static const char *nation_government(const ruleset *rs, const char *country)
{
    for (size_t g = 0; country && g < rs->nactors; g++)
        if (rs->actors[g].kind == KIND_GOVERNMENT && is_nation_gaz(rs, g) &&
            strcmp(rs->actors[g].country, country) == 0)
            return rs->actors[g].name;
    return NULL;
}

/* The national government a nation's name at [s, e) stands for, or NULL. */
static const char *nation_named(const actors_ctx *c, const char *t, size_t s, size_t e)
{
    const alias_slot *sl = lookup(c, t + s, e - s);
    if (sl && is_nation_gaz(c->rs, sl->gaz))
        return c->rs->actors[sl->gaz].name;
    return nation_government(c->rs, demonym_country(c, t + s, e - s));
}

/* The government a body found without the gazetteer belongs to, by the country its name
 * starts with ("Czech Ministry of Industry and Trade", "New Zealand Commerce Commission",
 * "Japan's trade ministry", "the Dutch finance ministry") or the nation's possessive just
 * before it ("Malaysia's Ministry of Investment, Trade and Industry"). prev is the
 * candidate before it in the sentence, or NULL. */
static const char *body_parent(const actors_ctx *c, const char *t, const candidate *prev,
                               const candidate *cd)
{
    size_t s = cd->start;
    if (cd->end - s > 4 && util_strcasecmp_n(t + s, 4, "the ", 4) == 0)
        s += 4;
    for (size_t q = s + 1; q < cd->end; q++) {
        if (t[q] != ' ')
            continue;
        size_t pl = possessive_len(t, s, q);
        const char *p = nation_named(c, t, s, q - pl);
        if (p)
            return p;
    }
    /* "Malaysia's Ministry of ...": the possessive stands between the two candidates. */
    if (!prev || prev->src != SRC_GAZ || !is_nation_gaz(c->rs, prev->gaz))
        return NULL;
    size_t g = prev->end;
    if (!possessive_follows(t, g, cd->start))
        return NULL;
    g += t[g] == '\'' ? 2 : 4;
    return g + 1 == cd->start ? c->rs->actors[prev->gaz].name : NULL;
}

static int is_descriptor_word(const ruleset *rs, const char *w, size_t n)
{
    for (size_t i = 0; i < rs->ndescriptors; i++) {
        const char *d = rs->descriptors[i].word;
        size_t l = strlen(d);
        /* "chipmaker", and the last word of "equipment maker" */
        if (l <= n && util_strcasecmp_n(w + n - l, l, d, l) == 0 && (l == n || w[n - l - 1] == ' '))
            return 1;
    }
    return 0;
}

/* Does [s, e) end in a noun for a doer ("bottler", "lithium producer", "investor":
 * agent_noun_endings) or a party ("rival", "trading house": party_nouns)? No verb after
 * a nation's name ends so ("US sanctioned", "China says"). */
static int agent_noun_ends(const actors_ctx *c, const char *t, size_t s, size_t e)
{
    size_t w = e;
    while (w > s && t[w - 1] != ' ')
        w--;
    /* an ending after three letters or more */
    if (e - w > 3 && lexicon_before(c->w.agent_noun_endings, t, w + 3, e, LEX_ANY))
        return 1;
    return lexicon_has(c->w.party_nouns, t + w, e - w);
}

/* Is a nation's name at [s, e) a modifier ("a US lender", "a Singapore shipbroker",
 * "US chipmaker Vishay", "Chinese telecoms maker ZTE")? next is where the next name
 * starts, or the sentence end. */
static int nation_modifier(const actors_ctx *c, const char *t, size_t ss, size_t s, size_t e,
                           size_t se, size_t next)
{
    /* "Washington Attorney General Bob Ferguson", "US President Joe Biden": the nation
     * qualifies the title of the person named after it. */
    if (t[e] == ' ' && e + 1 < se && isupper((unsigned char)t[e + 1])) {
        size_t ws = e + 1, we = ws;
        while (we < se && isalpha((unsigned char)t[we]))
            we++;
        if (is_title_word(c, t + ws, we - ws) && !word_is(t, ws, we, "Secretary") && next < se &&
            next > we)
            return 1;
    }
    if (e >= se || (t[e] != ' ' && t[e] != '-') || e + 1 >= se || !islower((unsigned char)t[e + 1]))
        return 0;
    size_t b = s;
    while (b > ss && t[b - 1] == ' ')
        b--;
    size_t w = b;
    while (w > ss && isalpha((unsigned char)t[w - 1]))
        w--;
    if ((word_is(t, w, b, "a") || word_is(t, w, b, "an") || word_is(t, w, b, "A") ||
         word_is(t, w, b, "An")) && b < s)
        return 1;
    /* Lower-case words up to the next name, the last of them a descriptor. */
    if (t[e] != ' ' || next >= se || next <= e + 1)
        return 0;
    size_t le = next;
    while (le > e && t[le - 1] == ' ')
        le--;
    size_t words = 0;
    for (size_t q = e + 1; q < le; q++) {
        if (q == e + 1 || t[q - 1] == ' ') {
            if (!islower((unsigned char)t[q]))
                return 0;
            /* "the U.S. decision to blacklist X": a verb's infinitive, no description;
             * "Venezuela and other OPEC members": a party of its own */
            if ((q + 3 <= le && memcmp(t + q, "to ", 3) == 0) ||
                (q + 4 <= le && memcmp(t + q, "and ", 4) == 0) ||
                (q + 3 <= le && memcmp(t + q, "or ", 3) == 0))
                return 0;
            words++;
        }
        if (!isalpha((unsigned char)t[q]) && t[q] != ' ' && t[q] != '-')
            return 0;
    }
    return words >= 1 && words <= 3 &&
           (is_descriptor_word(c->rs, t + e + 1, le - e - 1) || agent_noun_ends(c, t, e + 1, le));
}

/* Is the name the start of a law's ("National Security and Investment Act", "Foreign
 * Investment Risk Review Modernization Act")? */
static int in_law_name(const actors_ctx *c, const char *t, size_t s, size_t e, size_t se)
{
    size_t q = e;
    for (int words = 0; words < 6 && q < se && t[q] == ' '; words++) {
        size_t ws = q + 1, we = ws;
        while (we < se && (isalnum((unsigned char)t[we]) || t[we] == '-'))
            we++;
        if (we == ws)
            return 0;
        if (!isupper((unsigned char)t[ws]) && !word_is(t, ws, we, "and") && !word_is(t, ws, we, "of") &&
            !word_is(t, ws, we, "on") && !word_is(t, ws, we, "for"))
            return 0;
        if (isupper((unsigned char)t[ws]) && no_actor_name(c, t, s, we))
            return 1;
        q = we;
    }
    return 0;
}

static int span_listed(const cand_list *spans, const char *t, size_t s, size_t e)
{
    for (size_t i = 0; i < spans->n; i++)
        if (spans->v[i].end - spans->v[i].start == e - s && memcmp(t + spans->v[i].start, t + s, e - s) == 0)
            return 1;
    return 0;
}

/* Is the name a product: told so here, joined by "and" or a comma to the product just
 * before it, or named as a product earlier in the document (products holds those names:
 * "the Predator spyware ... Predator sales in Europe")? */
static int product_mention(const actors_ctx *c, const char *t, size_t ss, size_t se,
                           const candidate *cd, size_t product_end, cand_list *products)
{
    int known = cd->src == SRC_GAZ;
    int joined = !known && product_end != (size_t)-1 && cd->start > product_end &&
                 ((cd->start - product_end == 5 && memcmp(t + product_end, " and ", 5) == 0) ||
                  (cd->start - product_end == 2 && memcmp(t + product_end, ", ", 2) == 0));
    if (!joined && !product_name(c, t, ss, cd->start, cd->end, se, known) &&
        (known || !span_listed(products, t, cd->start, cd->end)))
        return 0;
    if (!known && !span_listed(products, t, cd->start, cd->end))
        push_cand(products, *cd);
    return 1;
}

/* Drops places, products and nations used as modifiers, and joins a nation to the body
 * of its government written right after it ("US Commerce Office", "U.S. Treasury
 * Division"). products: the product names of the document so far. */
static void places_and_nations(const actors_ctx *c, const char *t, size_t ss, size_t se,
                               cand_list *l, cand_list *products)
{
    const ruleset *rs = c->rs;
    size_t kept = 0, product_end = (size_t)-1;
    for (size_t i = 0; i < l->n; i++) {
        candidate *cd = &l->v[i];
        if (cd->src == SRC_GAZ && is_place_gaz(rs, cd->gaz))
            continue;
        if (cd->src != SRC_DESC && cd->src != SRC_PRON && in_law_name(c, t, cd->start, cd->end, se))
            continue;
        if (cd->src != SRC_DESC && cd->src != SRC_PRON &&
            !(cd->src == SRC_GAZ && is_nation_gaz(rs, cd->gaz)) &&
            product_mention(c, t, ss, se, cd, product_end, products)) {
            product_end = cd->end;
            continue;
        }
        product_end = (size_t)-1;
        if (cd->src == SRC_GAZ && is_nation_gaz(rs, cd->gaz)) {
            size_t next = i + 1 < l->n ? l->v[i + 1].start : se;
            if (i + 1 < l->n && l->v[i + 1].src == SRC_GAZ && l->v[i + 1].start == cd->end + 1 &&
                t[cd->end] == ' ') {
                const gaz_actor *body = &rs->actors[l->v[i + 1].gaz];
                if (body->kind == KIND_GOVERNMENT && body->parent && body->country &&
                    rs->actors[cd->gaz].country && strcmp(body->country, rs->actors[cd->gaz].country) == 0) {
                    l->v[i + 1].start = cd->start;
                    continue;
                }
            }
            if (nation_modifier(c, t, ss, cd->start, cd->end, se, next))
                continue;
        }
        l->v[kept++] = *cd;
    }
    l->n = kept;
}

/* The word that ends before pos (spaces skipped): [*ws, *we), empty at the sentence start. */
static void word_before(const char *t, size_t ss, size_t pos, size_t *ws, size_t *we)
{
    size_t b = pos;
    while (b > ss && t[b - 1] == ' ')
        b--;
    size_t w = b;
    while (w > ss && (isalnum((unsigned char)t[w - 1]) || t[w - 1] == '-' || t[w - 1] == '$' ||
                      t[w - 1] == '.' || t[w - 1] == '%'))
        w--;
    *ws = w;
    *we = b;
}

/* Is the word [s, e) of t in l? */
static int word_in(const syn_list *l, const char *t, size_t s, size_t e)
{
    return lexicon_has(l, t + s, e - s);
}

/* Does the name at pos stand where news puts a place: after "in", "near", "across",
 * "throughout" (locative_prepositions: "based in Sunnyvale", "in northern Zlatograd",
 * "in New Orleans"), or a trading venue (trading_venue_words: "ceased trading on the
 * Nasdaq Global Select Market")? A stake, share or investment "in X" is a company, a
 * report or article "in X" a publication; so within a few words after one
 * (not_place_nouns: "invest $2bn in X", "an article published on Monday in X"). */
static int locative_position(const actors_ctx *c, const char *t, size_t ss, size_t pos)
{
    const actor_words *w = &c->w;
    size_t ws, we;
    /* Capitalised words before the name belong to it ("New" of "New Orleans"). */
    for (word_before(t, ss, pos, &ws, &we); we > ws && isupper((unsigned char)t[ws]) &&
                                            !word_in(w->locative_prepositions, t, ws, we);
         word_before(t, ss, ws, &ws, &we))
        ;
    for (int k = 0; k < 2 && word_in(w->locative_regions, t, ws, we); k++)
        word_before(t, ss, ws, &ws, &we);
    if (word_is(t, ws, we, "on")) {
        word_before(t, ss, ws, &ws, &we);
        return word_in(w->trading_venue_words, t, ws, we);
    }
    if (!word_in(w->locative_prepositions, t, ws, we))
        return 0;
    for (int k = 0; k < 4 && ws > ss; k++) {
        word_before(t, ss, ws, &ws, &we);
        if (word_in(w->not_place_nouns, t, ws, we))
            return 0;
    }
    return 1;
}

/* Does a possessive ("'s", "’s") follow the name ending at e? */
static int possessive_follows(const char *t, size_t e, size_t se)
{
    if (e + 2 <= se && t[e] == '\'' && (t[e + 1] == 's' || t[e + 1] == 'S'))
        return 1;
    return e + 4 <= se && (unsigned char)t[e] == 0xE2 && (unsigned char)t[e + 1] == 0x80 &&
           (unsigned char)t[e + 2] == 0x99 && (t[e + 3] == 's' || t[e + 3] == 'S');
}

/* A capitalised name of no known body or company: no gazetteer entry, no suffix or body
 * word, no possessive after it, no actor of the document so far. */
static int unknown_plain_name(const actors_ctx *c, actor_table *out, const char *t,
                              const candidate *cd, size_t se)
{
    if (cd->src != SRC_CAP || contains_body_word(c->rs, t, cd->start, cd->end) ||
        possessive_follows(t, cd->end, se))
        return 0;
    for (size_t w = cd->start; w < cd->end;) {
        size_t e = w;
        while (e < cd->end && t[e] != ' ')
            e++;
        if (rules_is_org_suffix(c->rs, t + w, e - w))
            return 0;
        w = e + 1;
    }
    return find_generic(c, out, t + cd->start, cd->end - cd->start) == (size_t)-1;
}

/* Does the name at [s, e) continue the places before it, which end at prev and are n so
 * far? "in Veloria and Kesh", "in Veloria, Ostrana and elsewhere", "in Veloria, Ostrana,
 * and Kesh" are lists; "In Zlatograd, Qorvel said" and "a refugee in Veloria, Ines
 * Malloy, is" name a subject and a person. */
static int continues_places(const actors_ctx *c, const char *t, size_t prev, size_t n, size_t s,
                            size_t e, size_t se)
{
    if (word_is(t, prev, s, " and ") || word_is(t, prev, s, " or "))
        return 1;
    if (word_is(t, prev, s, ", and ") || word_is(t, prev, s, ", or "))
        return n >= 2;
    if (!word_is(t, prev, s, ", "))
        return 0;
    static const char *const more[] = {" and ", " or ", ", and ", ", or ", NULL};
    for (size_t i = 0; more[i]; i++) {
        size_t l = strlen(more[i]);
        if (e + l <= se && memcmp(t + e, more[i], l) == 0)
            return 1;
    }
    if (e + 3 <= se && t[e] == ',' && t[e + 1] == ' ' && isupper((unsigned char)t[e + 2]))
        return 1;
    /* "in Sunnyvale, Calif., said", "in Cairo, Egypt, contributed": one word after a place
     * names its region, unless an apposition follows it ("In London, Norvale, the
     * chipmaker, said": place_list_appositions). */
    if (memchr(t + s, ' ', e - s))
        return 0;
    if (e == se || t[e] == '.')
        return 1;
    if (e + 2 < se && t[e] == ',' && t[e + 1] == ' ' &&
        lexicon_at(c->w.place_list_appositions, t, e + 2, se, LEX_SPACE))
        return 0;
    return t[e] == ',';
}

/* Places and trading venues named like companies: "employs 400 people in Zlatograd",
 * "journalists in Veloria, Ostrana and elsewhere". The names listed after a place are
 * places too. A place in the gazetteer ("in Texas") starts a list but is left to
 * places_and_nations. */
static void drop_unknown_places(const actors_ctx *c, actor_table *out, const char *t, size_t ss,
                                size_t se, cand_list *l)
{
    size_t kept = 0, place_end = (size_t)-1, items = 0;
    for (size_t i = 0; i < l->n; i++) {
        candidate *cd = &l->v[i];
        int listed = place_end != (size_t)-1 && cd->start > place_end &&
                     continues_places(c, t, place_end, items, cd->start, cd->end, se);
        int locative = listed || (cd->src != SRC_DESC && cd->src != SRC_PRON &&
                                  locative_position(c, t, ss, cd->start));
        items = listed ? items + 1 : 1;
        place_end = (size_t)-1;
        if (locative && cd->src == SRC_GAZ && (is_place_gaz(c->rs, cd->gaz) || is_nation_gaz(c->rs, cd->gaz)))
            place_end = cd->end;
        if (locative && unknown_plain_name(c, out, t, cd, se)) {
            place_end = cd->end;
            continue;
        }
        l->v[kept++] = *cd;
    }
    l->n = kept;
}

/* Where the actors of a sentence end: a headline's trailing category ("... | Tech",
 * "... | US politics") names none. */
static size_t names_end(const document *doc, const sentence *s, const char *t)
{
    if (doc->paras[s->para].kind != PARA_HEADLINE)
        return s->end;
    for (size_t i = s->end; i-- > s->start + 1;)
        if (t[i] == '|' && t[i - 1] == ' ')
            return i - 1;
    return s->end;
}

/* Does the candidate at index k stand in an apposition or a relative clause opened by a
 * comma right after an earlier name ("X, a unit of Y", "X, whose chief executive Y")? */
static int in_aside(const actors_ctx *c, const char *t, size_t ss, const cand_list *l, size_t k)
{
    size_t q = l->v[k].start;
    while (q > ss && t[q - 1] != ',')
        q--;
    if (q <= ss)
        return 0;
    size_t comma = q - 1;
    /* ", a ", ", whose ": aside_openers, the space after them at most one byte into the
     * candidate */
    int open = t[comma + 1] == ' ' &&
               lexicon_at(c->w.aside_openers, t, comma + 2, l->v[k].start + 2, LEX_SPACE);
    if (!open)
        return 0;
    for (size_t j = 0; j < k; j++) {
        size_t e = l->v[j].end, pl = possessive_len(t, l->v[j].start, e + 2);
        if (l->v[j].src == SRC_PRON)
            continue;
        /* closing quotes and brackets may stand between: '("X" or "the Company"),' */
        while (e < comma && (t[e] == ')' || t[e] == '"' ||
                             (e + 3 <= comma && memcmp(t + e, "\xe2\x80\x9d", 3) == 0)))
            e += t[e] == '\xe2' ? 3 : 1;
        if (e == comma || (pl && e + pl == comma))
            return 1;
    }
    return 0;
}

/* Does a verb follow the name ending at e ("X agreed", "X's unit", not "X Chief
 * Executive Y")? */
static int subject_follows(const actors_ctx *c, const char *t, size_t e, size_t se)
{
    if (e + 1 < se && t[e] == '\'' )
        return 1;
    /* "The fund, which bought the company": the head of a relative clause is its subject. */
    if (e + 8 < se && (memcmp(t + e, ", which ", 8) == 0 || memcmp(t + e, ", who ", 6) == 0))
        return 1;
    /* "One of them, investor Al Noor, made an offer": an apposition closes before its verb
     * (a word of subject_comma_nonverbs is none). */
    if (e + 2 < se && t[e] == ',' && t[e + 1] == ' ' && islower((unsigned char)t[e + 2])) {
        size_t we = e + 2;
        while (we < se && isalpha((unsigned char)t[we]))
            we++;
        return !word_in(c->w.subject_comma_nonverbs, t, e + 2, we);
    }
    return e + 1 < se && t[e] == ' ' && islower((unsigned char)t[e + 1]);
}

/* The actor that opens the sentence as its subject ("Fjordfor said …"), or none. */
static size_t sentence_subject(const actors_ctx *c, const actor_table *out, const char *t,
                               const sentence *s)
{
    size_t m = out->nmentions;
    while (m > 0 && out->mentions[m - 1].start >= s->start)
        m--;
    if (m == out->nmentions || out->mentions[m].start > s->start + 4 ||
        out->mentions[m].start >= s->end || !subject_follows(c, t, out->mentions[m].end, s->end))
        return (size_t)-1;
    return out->mentions[m].actor;
}

/* Does a preposition (name_prepositions) stand right before pos ("with X", "for X", "by
 * the X")? */
static int after_preposition(const actors_ctx *c, const char *t, size_t ss, size_t pos)
{
    size_t b = pos;
    while (b > ss && t[b - 1] == ' ')
        b--;
    size_t w = b;
    while (w > ss && isalpha((unsigned char)t[w - 1]))
        w--;
    if ((word_is(t, w, b, "the") || word_is(t, w, b, "The")) && w > ss) {
        b = w;
        while (b > ss && t[b - 1] == ' ')
            b--;
        w = b;
        while (w > ss && isalpha((unsigned char)t[w - 1]))
            w--;
    }
    return word_in(c->w.name_prepositions, t, w, b);
}

/* Where the apposition "Washington state's attorney general, " or "its chief executive, "
 * before a person's name at pos starts, or -1. */
static size_t titled_apposition(const ruleset *rs, const char *t, size_t ss, size_t pos)
{
    if (pos < ss + 4 || t[pos - 1] != ' ' || t[pos - 2] != ',')
        return (size_t)-1;
    size_t te = pos - 2, ts = (size_t)-1;
    for (size_t i = 0; i < rs->ntitles; i++) {
        size_t l = strlen(rs->titles[i]);
        if (te >= ss + l && util_strcasecmp_n(t + te - l, l, rs->titles[i], l) == 0 &&
            (te - l == ss || t[te - l - 1] == ' ') && (ts == (size_t)-1 || te - l < ts))
            ts = te - l;
    }
    if (ts == (size_t)-1 || ts < ss + 2 || !islower((unsigned char)t[ts]))
        return (size_t)-1;
    /* the determiner or possessor before the title */
    size_t b = ts - 1, w = b;
    while (w > ss && t[w - 1] != ' ')
        w--;
    if (word_is(t, w, b, "the") || word_is(t, w, b, "The") || word_is(t, w, b, "its") ||
        word_is(t, w, b, "Its") || word_is(t, w, b, "their"))
        return w;
    if (!possessive_len(t, w, b))
        return (size_t)-1;
    /* "Washington state's", "Colorado's", "Acme Corp's": capitalised words before it */
    size_t start = w;
    while (start > ss + 1 && t[start - 1] == ' ') {
        size_t q = start - 1, qs = q;
        while (qs > ss && t[qs - 1] != ' ')
            qs--;
        if (qs == q || !isupper((unsigned char)t[qs]) || is_stop_name(rs, t + qs, q - qs))
            break;
        start = qs;
    }
    return isupper((unsigned char)t[start]) ? start : (size_t)-1;
}

/* Is the word [s, e) a title ("analyst", "chairman", "co-founder", "CEO")? */
static int title_at(const actors_ctx *c, const char *t, size_t s, size_t e)
{
    const ruleset *rs = c->rs;
    for (size_t i = 0; i < rs->ntitles; i++) {
        size_t l = strlen(rs->titles[i]);
        if (l == e - s && util_strcasecmp_n(t + s, l, rs->titles[i], l) == 0)
            return 1;
    }
    return is_title_word(c, t + s, e - s);
}

/* A person's shape and no suffix or body word: "Chen Wei", not "Du Pont Co". */
static int person_shaped(const actors_ctx *c, const char *name)
{
    const ruleset *rs = c->rs;
    if (!is_personal_name(c, name))
        return 0;
    for (const char *w = name; *w;) {
        size_t n = strcspn(w, " ");
        if (rules_is_org_suffix(rs, w, n) || is_body_word(rs, w, n))
            return 0;
        w += n + (w[n] == ' ');
    }
    return 1;
}

/* Does the text around a name say it is a person: '"...," said Priya Raman', "Gary
 * Steele, who led Splunk", "Chen Wei, Chairman of Nanhu", "Roman Semenov, a Tornado Cash
 * co-founder whom"? */
static int person_cue(const actors_ctx *c, const char *t, size_t ss, size_t se,
                      const candidate *cd)
{
    size_t ws, we, p = cd->end;
    word_before(t, ss, cd->start, &ws, &we);
    /* Not 'says Merrill Lynch food analyst William Maguire'. */
    if ((word_is(t, ws, we, "said") || word_is(t, ws, we, "says")) &&
        (p == se || t[p] == ',' || t[p] == '.' || t[p] == ';'))
        return 1;
    if (p + 2 >= se || t[p] != ',' || t[p + 1] != ' ')
        return 0;
    p += 2;
    for (int n = 0; n < 8 && p < se; n++) {
        size_t e = p;
        while (e < se && (isalnum((unsigned char)t[e]) || t[e] == '-'))
            e++;
        if (e == p)
            return 0;
        /* Not "guerrillas from Anlong Veng, who". */
        if (n == 0 && (word_is(t, p, e, "who") || word_is(t, p, e, "whom")))
            return !after_preposition(c, t, ss, cd->start);
        if (word_in(c->w.person_cue_stops, t, p, e))
            return 0;
        if (title_at(c, t, p, e))
            return 1;
        if (e >= se || t[e] != ' ')
            return 0;
        p = e + 1;
    }
    return 0;
}

/* Is the word or two at [s, e) a noun for a news outlet: a media descriptor of the
 * gazetteer ("newspaper", "daily", "news agency"), or "weekly" and "monthly", which are
 * no descriptors because "the weekly meeting" refers to nothing? */
static int outlet_noun(const actors_ctx *c, const char *t, size_t s, size_t e)
{
    const ruleset *rs = c->rs;
    if (word_in(c->w.outlet_nouns, t, s, e))
        return 1;
    for (size_t i = 0; i < rs->ndescriptors; i++) {
        const char *w = rs->descriptors[i].word;
        if (rs->descriptors[i].kinds == 1u << KIND_MEDIA && word_is(t, s, e, w))
            return 1;
    }
    return 0;
}

/* Does an outlet noun end at e, one or two words ("trade journal", "news agency")? */
static int outlet_noun_ends(const actors_ctx *c, const char *t, size_t ss, size_t e)
{
    size_t ws, we;
    word_before(t, ss, e, &ws, &we);
    if (we != e || ws == we)
        return 0;
    if (outlet_noun(c, t, ws, we))
        return 1;
    size_t ps, pe;
    word_before(t, ss, ws, &ps, &pe);
    return pe > ps && outlet_noun(c, t, ps, we);
}

/* Does the candidate's last word end a newspaper's title (masthead_words: "Times")? */
static int ends_in_masthead(const actors_ctx *c, const char *t, const candidate *cd)
{
    size_t b = cd->end;
    while (b > cd->start && t[b - 1] != ' ')
        b--;
    return lexicon_has(c->w.masthead_words, t + b, cd->end - b);
}

/* Does the text around a name say it is a news outlet? "first reported on Monday by the
 * Ulsan Kyungje Ilbo", "a report in Rotterdam Cargo Monitor", "an article in the Pilbara
 * Resource Bulletin", "the Maputo weekly Savana", "Prospecteur Hebdo, a Montreal mining
 * trade weekly, said". Not "told X" nor "X reported", which companies and people do too. */
static int outlet_cue(const actors_ctx *c, const char *t, size_t ss, size_t se,
                      const candidate *cd)
{
    const actor_words *w = &c->w;
    size_t ws, we;
    word_before(t, ss, cd->start, &ws, &we);
    if (we + 1 == cd->start && outlet_noun_ends(c, t, ss, we))
        return 1;
    /* "days after The Grocer reported that ...": a title with its capitalised article
     * inside a sentence, telling something; at a sentence's start only a masthead's title
     * ("The Irish Times reported ..."), as "The company reported" is no outlet. */
    if ((ws > ss || ends_in_masthead(c, t, cd)) && we + 1 == cd->start &&
        word_is(t, ws, we, "The") && cd->end + 1 < se) {
        size_t ns = cd->end + 1, ne = ns;
        while (ne < se && isalpha((unsigned char)t[ne]))
            ne++;
        if (t[cd->end] == ' ' && word_in(w->outlet_telling_verbs, t, ns, ne))
            return 1;
    }
    if (word_is(t, ws, we, "the"))
        word_before(t, ss, ws, &ws, &we);
    /* "was first reported on Tuesday by X", but not "Y reported the bid by X": a noun
     * phrase between the verb and "by" is what the phrase belongs to */
    if (word_is(t, ws, we, "by"))
        for (int k = 0; k < 4 && ws > ss; k++) {
            word_before(t, ss, ws, &ws, &we);
            if (word_in(w->outlet_by_verbs, t, ws, we))
                return 1;
            if (word_is(t, ws, we, "the") || word_is(t, ws, we, "a") || word_is(t, ws, we, "an") ||
                word_is(t, ws, we, "its") || word_is(t, ws, we, "their"))
                break;
        }
    if (word_is(t, ws, we, "in")) {
        word_before(t, ss, ws, &ws, &we);
        if (word_is(t, ws, we, "published"))
            word_before(t, ss, ws, &ws, &we);
        if (word_in(w->outlet_pieces, t, ws, we))
            return 1;
    }
    /* "the Vestby Posten newspaper": the outlet noun right after the name. */
    if (cd->end + 1 < se && t[cd->end] == ' ') {
        size_t ns = cd->end + 1, ne = ns;
        while (ne < se && isalpha((unsigned char)t[ne]))
            ne++;
        if (word_in(w->outlet_nouns_after_name, t, ns, ne))
            return 1;
    }
    /* An apposition of the outlet's kind: ", a regional economic daily". */
    size_t p = cd->end;
    if (p + 2 >= se || t[p] != ',' || t[p + 1] != ' ')
        return 0;
    p += 2;
    for (int n = 0; n < 7 && p < se; n++) {
        size_t e = p;
        while (e < se && (isalnum((unsigned char)t[e]) || t[e] == '-' || (unsigned char)t[e] >= 0x80))
            e++;
        if (e == p)
            return 0;
        if (n > 0 && outlet_noun_ends(c, t, ss, e)) {
            size_t ns = e + 1, ne = ns;
            while (ne < se && isalpha((unsigned char)t[ne]))
                ne++;
            if (e == se || strchr(",.;:)", t[e]) ||
                (t[e] == ' ' && word_in(w->outlet_apposition_followers, t, ns, ne)))
                return 1;
        }
        if (n == 0 && !word_is(t, p, e, "a") && !word_is(t, p, e, "an") && !word_is(t, p, e, "the"))
            return 0;
        if (e >= se || t[e] != ' ')
            return 0;
        p = e + 1;
    }
    return 0;
}

/* "a Pellston spokesman said on Thursday the company was not in talks" (speaker_titles,
 * speaker_verbs): the company a spokesperson speaks for is the one the description names. The mention before the title
 * must be among this sentence's (from first on); returns its actor, or -1. */
static size_t speaker_company(const actors_ctx *c, const actor_table *out, const char *t,
                              size_t ss, size_t pos, size_t first)
{
    size_t ws, we;
    word_before(t, ss, pos, &ws, &we);
    if (word_is(t, ws, we, "that"))
        word_before(t, ss, ws, &ws, &we);
    if (ws > ss && isupper((unsigned char)t[ws])) {
        /* "on Thursday" */
        size_t ps, pe;
        word_before(t, ss, ws, &ps, &pe);
        if (word_is(t, ps, pe, "on"))
            word_before(t, ss, ps, &ws, &we);
    }
    if (!word_in(c->w.speaker_verbs, t, ws, we))
        return (size_t)-1;
    word_before(t, ss, ws, &ws, &we);
    if (!word_in(c->w.speaker_titles, t, ws, we))
        return (size_t)-1;
    for (size_t q = out->nmentions; q-- > first;) {
        const mention *m = &out->mentions[q];
        if (m->end <= ws && ws - m->end <= 1)
            return out->actors[m->actor].kind == KIND_ORGANIZATION ? m->actor : (size_t)-1;
        if (m->end <= ws)
            break;
    }
    return (size_t)-1;
}

/* Is the description at [s, e) the object of a verb or preposition ("agreed to buy the
 * steelmaker"), not a clause's subject ("..., and the company said")? */
static int object_position(const actors_ctx *c, const char *t, size_t ss, size_t s)
{
    size_t b = s;
    while (b > ss && t[b - 1] == ' ')
        b--;
    if (b == ss || !islower((unsigned char)t[b - 1]))
        return 0;
    size_t w = b;
    while (w > ss && isalpha((unsigned char)t[w - 1]))
        w--;
    if (word_in(c->w.subject_openers, t, w, b))
        return 0;
    return 1;
}

/* "SEOUL, Oct 22 (Yonhap) --": the wire credited in a dateline is an actor of the story,
 * though no sentence of it tells anything. */
static void add_wire_credit(const actors_ctx *c, const char *t, const sentence *s,
                            actor_table *out)
{
    cand_list l = {0};
    find_gazetteer(c, t, s->start, s->end, &l);
    for (size_t k = 0; k < l.n; k++) {
        const candidate *cd = &l.v[k];
        const gaz_actor *g = &c->rs->actors[cd->gaz];
        if (g->kind != KIND_MEDIA || cd->start == s->start || t[cd->start - 1] != '(' ||
            cd->end >= s->end || t[cd->end] != ')')
            continue;
        size_t actor = actor_for_gazetteer(c, out, g);
        table_alias(c, out, actor, t + cd->start, cd->end - cd->start);
        add_mention(out, cd->start, cd->end, actor, 0);
    }
    free(l.v);
}

/* "the Philippine watchdog" that refers to nothing told before: its nationality word is a
 * mention of the nation, which name_regulators makes one of the regulator the document
 * names after it. */
static void mention_regulator_nation(const actors_ctx *c, actor_table *out, const char *t,
                                     const candidate *cd, const char *word)
{
    size_t at, k;
    if (!rules_lexicon_has(c->rs, "regulator_nouns", word) ||
        (k = description_demonym(c, t, cd->start, cd->end, &at)) == (size_t)-1)
        return;
    const gaz_actor *g = &c->rs->actors[c->demonyms[k].gaz];
    add_mention(out, at, at + strlen(c->demonyms[k].word), actor_for_gazetteer(c, out, g), 0);
}

/* "Poland's competition watchdog": the mention of the nation becomes one of the regulator
 * the document names (actors_bodies.h), and takes in the description. */
static void name_regulators(const actors_ctx *c, actor_table *out, const document *doc)
{
    for (size_t m = 0; m < out->nmentions; m++) {
        size_t end, r = actors_regulator_for(c->rs, doc->text, doc->len, out, m, &end);
        if (r == (size_t)-1)
            continue;
        mention *me = &out->mentions[m];
        if (r == ACTORS_UNNAMED_REGULATOR)
            r = unnamed_actor(c, out, doc->text + me->start, end - me->start, KIND_GOVERNMENT, 0);
        /* a name told as a regulator is a government body, whatever its shape said */
        if (!out->actors[r].gazetteer && out->actors[r].kind == KIND_ORGANIZATION)
            out->actors[r].kind = KIND_GOVERNMENT;
        out->actors[me->actor].mentions--;
        out->actors[r].mentions++;
        me->actor = r;
        me->end = end;
        me->reference = 1;
        table_alias(c, out, r, doc->text + me->start, end - me->start);
    }
}

/* "Antitrust regulators ... the Federal Trade Commission": an unnamed body is the
 * regulator the document names that fits it (actors_bodies.h); its mentions and forms
 * become that regulator's, and it, left with none, is not exported. */
static void tie_unnamed_bodies(const actors_ctx *c, actor_table *out, const char *text)
{
    for (size_t a = 0; a < out->nactors; a++) {
        size_t r;
        if (!out->actors[a].generic || (r = actors_unnamed_regulator(c->rs, out, a)) == (size_t)-1)
            continue;
        for (size_t m = 0; m < out->nmentions; m++) {
            mention *me = &out->mentions[m];
            if (me->actor != a)
                continue;
            me->actor = r;
            me->reference = 1;
            out->actors[a].mentions--;
            out->actors[r].mentions++;
            table_alias(c, out, r, text + me->start, me->end - me->start);
        }
    }
}

/* Is actor a a gazetteer body known here only by lower-case aliases (named[a] is 0: no
 * mention of it is capitalised), of a country no other actor of the document belongs
 * to? Such actors are few (the gazetteer has few lower-case aliases), so the walk over
 * the actors stays linear in practice. */
static int only_generic_abroad(const actor_table *out, const unsigned char *named, size_t a)
{
    const char *home = out->actors[a].gaz ? out->actors[a].gaz->country : NULL;
    if (!home || !out->actors[a].mentions || named[a])
        return 0;
    for (size_t b = 0; b < out->nactors; b++)
        if (b != a && out->actors[b].mentions && out->actors[b].gaz &&
            out->actors[b].gaz->country && strcmp(out->actors[b].gaz->country, home) == 0)
            return 0;
    return 1;
}

/* The actor other than a, still mentioned, one of whose names ends in the words w. */
static size_t named_with_tail(const actor_table *out, size_t a, const char *w, size_t n)
{
    for (size_t b = 0; b < out->nactors; b++) {
        if (b == a || !out->actors[b].mentions)
            continue;
        for (size_t k = 0; k < out->actors[b].naliases; k++) {
            const char *al = out->actors[b].aliases[k];
            size_t l = strlen(al);
            if (l > n + 1 && al[l - n - 1] == ' ' && util_strcasecmp_n(al + l - n, n, w, n) == 0)
                return b;
        }
    }
    return (size_t)-1;
}

/* The first mention of actor a, or (size_t)-1. */
static size_t first_mention_of(const actor_table *out, size_t a)
{
    for (size_t m = 0; m < out->nmentions; m++)
        if (out->mentions[m].actor == a)
            return m;
    return (size_t)-1;
}

static void move_mentions(actor_table *out, size_t from, size_t to)
{
    for (size_t m = 0; m < out->nmentions; m++)
        if (out->mentions[m].actor == from) {
            out->mentions[m].actor = to;
            out->actors[from].mentions--;
            out->actors[to].mentions++;
        }
}

/* The nation (a gazetteer nation named capitalised) with most mentions, or (size_t)-1. */
static size_t nation_named_most(const actor_table *out, const unsigned char *named)
{
    size_t nation = (size_t)-1;
    for (size_t b = 0; b < out->nactors; b++)
        if (out->actors[b].gaz && rules_gaz_is_nation(out->actors[b].gaz) &&
            out->actors[b].mentions && named[b] &&
            (nation == (size_t)-1 || out->actors[b].mentions > out->actors[nation].mentions))
            nation = b;
    return nation;
}

/* "The federal government said" in a story from Ottawa, "the commerce ministry" in one
 * from Kuala Lumpur: a lower-case alias of a body of a country the document never names
 * is the body the document names with those last words ("Malaysia's commerce ministry"),
 * else a body of the nation it names most (by name), which its mentions go to; with no
 * nation named, the gazetteer's reading stands. One pass finds which actors are named
 * capitalised; only the few lower-case ones are then moved. */
static void home_generic_bodies(actor_table *out, const char *t)
{
    if (!out->nactors)
        return;
    unsigned char *named = xcalloc(out->nactors, 1);
    for (size_t m = 0; m < out->nmentions; m++)
        if (!all_lower(t + out->mentions[m].start, out->mentions[m].end - out->mentions[m].start))
            named[out->mentions[m].actor] = 1;
    size_t nation = nation_named_most(out, named);
    for (size_t a = 0; a < out->nactors; a++) {
        if (!only_generic_abroad(out, named, a))
            continue;
        /* its mentions are one alias, mostly: the first tells the words */
        const mention *me = &out->mentions[first_mention_of(out, a)];
        size_t s = me->start;
        if (me->end - s > 4 && util_strcasecmp_n(t + s, 4, "the ", 4) == 0)
            s += 4;
        size_t b = named_with_tail(out, a, t + s, me->end - s);
        if (b == (size_t)-1)
            b = nation;
        if (b != (size_t)-1)
            move_mentions(out, a, b);
    }
    free(named);
}

/* One capitalised word ending in "ing" with a lower-case word after it ("Speaking on",
 * "Citing sources"): a participle, no name, unless the text writes it so elsewhere too
 * ("Boeing"). */
static int opening_participle(const char *t, size_t s, size_t e, size_t se)
{
    if (e - s < 5 || memchr(t + s, ' ', e - s) || memcmp(t + e - 3, "ing", 3) != 0)
        return 0;
    return e + 1 < se && t[e] == ' ' && islower((unsigned char)t[e + 1]);
}

void actors_find(const actors_ctx *c, const document *doc, const sentence_list *sents,
                 actor_table *out)
{
    const char *t = doc->text;
    cand_list caps = {0};
    /* First pass: capitalised names inside sentences, to judge sentence-initial ones, and
     * bodies named by their portfolio, whose words name nothing by themselves ("Industry"
     * of "Ministry of Trade, Industry and Energy" does not make "Industry officials" a
     * name). */
    cand_list bodies = {0};
    for (size_t i = 0; i < sents->n; i++) {
        const sentence *s = &sents->v[i];
        if (!sentence_names_actors(c, doc, s))
            continue;
        find_regex(c, c->re_capseq, t, s->start, names_end(doc, s, t), SRC_CAP, &caps);
        find_regex(c, c->re_portfolio, t, s->start, names_end(doc, s, t), SRC_SUFFIXED, &bodies);
    }
    cand_list inside = {0}, products = {0};
    size_t capk = 0, bodyk = 0;
    for (size_t i = 0, b = 0, sk = 0; i < caps.n; i++) {
        /* Names were found sentence by sentence, in order. */
        while (sk < sents->n && sents->v[sk].end <= caps.v[i].start)
            sk++;
        int at_start = sk < sents->n && sents->v[sk].start <= caps.v[i].start &&
                       starts_clause(t, sents->v[sk].start, caps.v[i].start);
        while (b < bodies.n && bodies.v[b].end <= caps.v[i].start)
            b++;
        int in_body = b < bodies.n && bodies.v[b].start < caps.v[i].start &&
                      caps.v[i].end <= bodies.v[b].end;
        if (!at_start && !in_body)
            push_cand(&inside, caps.v[i]);
    }
    inside_names names;
    inside_names_build(&names, &inside, t);
    word_index words = {0};
    for (size_t i = 0; i < sents->n; i++) {
        const sentence *s = &sents->v[i];
        if (doc->paras[s->para].kind == PARA_DATELINE)
            add_wire_credit(c, t, s, out);
        if (!sentence_names_actors(c, doc, s))
            continue;
        cand_list l = {0};
        size_t send = names_end(doc, s, t);
        find_gazetteer(c, t, s->start, send, &l);
        find_regex(c, c->re_suffixed, t, s->start, send, SRC_SUFFIXED, &l);
        while (bodyk < bodies.n && bodies.v[bodyk].start < s->start)
            bodyk++;
        for (; bodyk < bodies.n && bodies.v[bodyk].start < s->end; bodyk++)
            push_cand(&l, bodies.v[bodyk]);
        find_regex(c, c->re_titled, t, s->start, send, SRC_TITLED, &l);
        find_lowbody(c, t, s->start, send, &l);
        find_unnamed(c, t, s->start, send, &l);
        find_subnational(c, t, s->start, send, &l);
        find_embassies(c, t, s->start, send, &l);
        find_descriptions(c, t, s->start, send, &l);
        find_pronouns(c, t, s->start, send, &l);
        /* Capitalised candidates were found sentence by sentence, in order. */
        while (capk < caps.n && caps.v[capk].start < s->start)
            capk++;
        for (size_t k = capk; k < caps.n && caps.v[k].start < s->end; k++) {
            const candidate *cp = &caps.v[k];
            if (cp->end > s->end)
                continue;
            int at_clause_start = starts_clause(t, s->start, cp->start);
            /* "Separately, …", "Meanwhile, …": an adverb before a comma names nobody. */
            if (at_clause_start && is_comma_adverb(t, cp->start, cp->end, s->end))
                continue;
            /* "Speaking on the ABC program, …": a participle opening a clause */
            if (at_clause_start && opening_participle(t, cp->start, cp->end, s->end) &&
                !cap_seen_inside(&names, t, cp->start, cp->end))
                continue;
            /* The first name after a wire dateline ("PARIS -- Thales today …"). */
            int after_dateline = s->para > 0 && doc->paras[s->para - 1].kind == PARA_DATELINE &&
                                 s->start == doc->paras[s->para].start;
            if (at_clause_start && !cap_seen_inside(&names, t, cp->start, cp->end) &&
                !initial_name_cue(c, t, cp->start, cp->end, s->end) && !after_dateline &&
                !short_form_opening(c, &names, t, cp->start, cp->end, s->end) &&
                !short_form_of_known(c, out, t, cp->start, cp->end))
                continue;
            push_cand(&l, *cp);
        }
        if (title_case_headline(doc, s, t))
            headline_pieces(c, t, doc->len, s, &l);
        split_paired_names(&words, t, doc->len, s, &l);
        drop_law_names(c, t, s->start, send, &l);
        cut_body_lists(c, out, t, &l);
        drop_continued_gazetteer(t, &l);
        drop_national_descriptions(c, &l);
        drop_foreign_generic(c, t, &l);
        drop_place_of_part(c, t, s->end, &l);
        drop_places_opening_names(c, &l);
        resolve_overlaps(&l);
        tidy_candidates(c, t, s->start, s->end, &l);
        drop_unknown_places(c, out, t, s->start, s->end, &l);
        places_and_nations(c, t, s->start, s->end, &l, &products);
        size_t first_in_sentence = out->nmentions;
        for (size_t k = 0; k < l.n; k++) {
            candidate *cd = &l.v[k];
            size_t actor;
            if (cd->src == SRC_PRON) {
                /* The speaker: the nearest earlier actor of the sentence that is not a
                 * possessor ("China's ministry"); "he"/"she" only for people. */
                int person = t[cd->start] == 'h' || t[cd->start] == 's' || t[cd->start] == 'H' ||
                             t[cd->start] == 'S';
                for (size_t q = out->nmentions; q-- > first_in_sentence;) {
                    const mention *mq = &out->mentions[q];
                    size_t me = mq->end;
                    /* "X, owned by Y, said it": not Y. */
                    if (mq->aside || mq->start >= cd->gaz)
                        continue;
                    if (me < s->end && (t[me] == '\'' || (me + 2 < s->end && (unsigned char)t[me] == 0xE2 &&
                                                          (unsigned char)t[me + 2] == 0x99)))
                        continue;
                    actor_kind kk = out->actors[mq->actor].kind;
                    if (person ? kk == KIND_PERSON
                               : (kk == KIND_ORGANIZATION || kk == KIND_GOVERNMENT ||
                                  kk == KIND_COUNTRY || kk == KIND_ALLIANCE)) {
                        add_mention(out, cd->start, cd->end, mq->actor, 1);
                        break;
                    }
                    if (kk == KIND_MEDIA || (!person && kk == KIND_PERSON))
                        break;
                }
                continue;
            }
            if (cd->src == SRC_UNNAMED) {
                actor = unnamed_actor(c, out, t + cd->start, cd->end - cd->start, cd->kind, 1);
                table_alias(c, out, actor, t + cd->start, cd->end - cd->start);
                add_mention(out, cd->start, cd->end, actor, 0);
                out->mentions[out->nmentions - 1].aside = in_aside(c, t, s->start, &l, k);
                continue;
            }
            if (cd->src == SRC_DESC) {
                size_t skip = (size_t)-1, skip2 = (size_t)-1;
                if (object_position(c, t, s->start, cd->start)) {
                    /* The subject of the sentence ("Nippon Steel agreed to buy the
                     * steelmaker"), not a name before a title ("JSR Chief Executive Eric
                     * Johnson said ... would let the company"). */
                    if (first_in_sentence < out->nmentions &&
                        out->mentions[first_in_sentence].start <= s->start + 4 &&
                        subject_follows(c, t, out->mentions[first_in_sentence].end, s->end))
                        skip = out->mentions[first_in_sentence].actor;
                    /* The subject of the clause ("after the fund approached the company"). */
                    if (out->nmentions > first_in_sentence) {
                        const mention *pm = &out->mentions[out->nmentions - 1];
                        size_t gs = pm->end + (t[pm->end] == ',' && subject_follows(c, t, pm->end, s->end));
                        if (!memchr(t + gs, ',', cd->start - gs) &&
                            !after_preposition(c, t, s->start, pm->start) &&
                            subject_follows(c, t, pm->end, s->end))
                            skip2 = pm->actor;
                    }
                }
                /* "the Japanese steelmaker": a nationality among the words before it. */
                const char *country = description_country(c, t, cd->start, cd->end);
                /* A word with several descriptors ("unit": a government's, then a
                 * company's) tries them in order. */
                actor = speaker_company(c, out, t, s->start, cd->start, first_in_sentence);
                const char *w = c->rs->descriptors[cd->desc].word;
                /* "The company also confirmed …" opening a sentence goes on about the
                 * subject of the sentence before, not whatever was named last in it. */
                size_t prev_subject = (size_t)-1;
                int opening = after_opening_phrase(c, t, s->start, cd->start);
                /* nor is a name inside that phrase what it refers to */
                if (opening && out->nmentions > first_in_sentence)
                    skip2 = out->mentions[out->nmentions - 1].actor;
                if (i > 0 && !country && (cd->start <= s->start + 4 || opening))
                    prev_subject = sentence_subject(c, out, t, &sents->v[i - 1]);
                if (actor == (size_t)-1 && !country && prev_subject == (size_t)-1)
                    actor = introduced_as(out, t, w);
                for (size_t di = cd->desc; di < c->rs->ndescriptors && actor == (size_t)-1; di++) {
                    const descriptor *d = &c->rs->descriptors[di];
                    if (strcasecmp(d->word, w) != 0)
                        continue;
                    if (prev_subject != (size_t)-1 &&
                        (!d->kinds || (d->kinds & (1u << out->actors[prev_subject].kind))) &&
                        (!d->name_has || name_contains(out->actors[prev_subject].name, d->name_has)))
                        actor = prev_subject;
                    else
                        actor = resolve_description(out, d, d->word, country, skip, skip2);
                }
                if (actor != (size_t)-1 && !place_agrees(c, out, t, cd, w, actor))
                    actor = (size_t)-1;
                if (actor != (size_t)-1)
                    add_mention(out, cd->start, cd->end, actor, 1);
                if (actor != (size_t)-1)
                    out->mentions[out->nmentions - 1].aside = in_aside(c, t, s->start, &l, k);
                else
                    mention_regulator_nation(c, out, t, cd, w);
                continue;
            }
            if (cd->src == SRC_GAZ) {
                actor = actor_for_gazetteer(c, out, &c->rs->actors[cd->gaz]);
            } else {
                actor = paren_acronym(out, t, cd->start, cd->end);
                if (actor == (size_t)-1)
                    actor = find_generic(c, out, t + cd->start, cd->end - cd->start);
                if (actor == (size_t)-1) {
                    size_t g = core_lookup(c, t + cd->start, cd->end - cd->start);
                    if (g != (size_t)-1)
                        actor = actor_for_gazetteer(c, out, &c->rs->actors[g]);
                }
                if (actor == (size_t)-1) {
                    char *name = xstrndup(t + cd->start, cd->end - cd->start);
                    const char *parent = NULL;
                    if (cd->kind == KIND_GOVERNMENT)
                        parent = body_parent(c, t, k > 0 ? &l.v[k - 1] : NULL, cd);
                    actor = actor_table_add(out, name, cd->kind, parent);
                    alias_without_suffix(c, out, actor, name);
                    free(name);
                }
            }
            /* "Colorado's attorney general, Phil Weiser": the title phrase before the
             * comma names the same person, and the mention takes it in. */
            char *mtext = xstrndup(t + cd->start, cd->end - cd->start);
            doc_actor *na = &out->actors[actor];
            if (!na->gazetteer && na->kind != KIND_GOVERNMENT && outlet_cue(c, t, s->start, s->end, cd))
                na->kind = KIND_MEDIA;
            int personal = na->kind == KIND_PERSON ||
                           (cd->src != SRC_GAZ && na->kind != KIND_MEDIA && is_personal_name(c, mtext));
            free(mtext);
            if (!na->gazetteer && na->kind != KIND_MEDIA && person_shaped(c, na->name) &&
                person_cue(c, t, s->start, s->end, cd))
                out->actors[actor].kind = KIND_PERSON;
            if (personal) {
                size_t ts = titled_apposition(c->rs, t, s->start, cd->start);
                size_t floor = k > 0 ? l.v[k - 1].end : s->start;
                if (ts != (size_t)-1 && ts >= floor) {
                    doc_actor *pa = &out->actors[actor];
                    if (!pa->gazetteer)
                        pa->kind = KIND_PERSON;
                    table_alias(c, out, actor, t + cd->start, cd->end - cd->start);
                    size_t as = ts;
                    if (cd->start - 2 - as > 4 && util_strcasecmp_n(t + as, 4, "the ", 4) == 0)
                        as += 4;
                    if (util_strcasecmp_n(t + as, 4, "its ", 4) != 0 &&
                        util_strcasecmp_n(t + as, 6, "their ", 6) != 0)
                        table_alias(c, out, actor, t + as, cd->start - 2 - as);
                    add_mention(out, ts, cd->end, actor, 0);
                    continue;
                }
            }
            /* "the White House" is named "White House": the article is not the name. */
            size_t as = cd->start;
            if (cd->end - as > 4 && util_strcasecmp_n(t + as, 4, "the ", 4) == 0)
                as += 4;
            table_alias(c, out, actor, t + as, cd->end - as);
            alias_with_title(c, out, actor, t, s->start, cd->start, cd->end);
            add_mention(out, cd->start, cd->end, actor, 0);
            out->mentions[out->nmentions - 1].aside = in_aside(c, t, s->start, &l, k);
        }
        alias_tickers(c, out, t, s->start, s->end, first_in_sentence);
        free(l.v);
    }
    name_regulators(c, out, doc);
    tie_unnamed_bodies(c, out, doc->text);
    home_generic_bodies(out, doc->text);
    inside_names_free(&names);
    free(words.v);
    free(caps.v);
    free(bodies.v);
    free(inside.v);
    free(products.v);
}

void actor_table_free(actor_table *t)
{
    for (size_t i = 0; i < t->nactors; i++) {
        doc_actor *a = &t->actors[i];
        free(a->id);
        free(a->name);
        free(a->parent);
        for (size_t k = 0; k < a->naliases; k++)
            free(a->aliases[k]);
        free(a->aliases);
    }
    lookup_free(t);
    free(t->actors);
    free(t->mentions);
    memset(t, 0, sizeof *t);
}
