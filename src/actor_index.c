/* actor_index — one document's actor names in hash indexes (see the header's contract).
 *
 * One open-addressing table of 32-bit cells holds every key's number in the array of
 * keys (a cell of the 40-byte key itself, at the table's load of a quarter to a half,
 * made the table most of the memory of a text with many names); a key is a kind (which
 * test of find_generic it serves) and bytes, lower-cased for the kinds compared in any
 * case. Each key heads a chain of postings (actor numbers, newest first), kept in one
 * array, so filing allocates only when a table or an array grows. The 256 MB input cap
 * keeps the keys and postings far below 2^32. */
#include "actor_index.h"

#include "lexicon.h"
#include "rules_syntax.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

typedef enum {
    AK_CORE,        /* alias: core key                  <- mention's core key */
    AK_FOLD,        /* alias: folded key                <- mention's folded key */
    AK_HEAD,        /* alias: words before each space   <- mention ("NSO" of "NSO Group") */
    AK_TAIL,        /* alias: words after each space    <- mention ("economy ministry") */
    AK_ALIAS,       /* alias: the whole alias           <- mention's words before a space */
    AK_NAME,        /* name                             <- mention's acronym, words, pieces */
    AK_NAME_LAST,   /* name: its last word              <- mention (a surname) */
    AK_NAME_ACR,    /* name: its acronym                <- mention ("FTC") */
    AK_NAME_END,    /* name: first word, hyphen/space tails <- mention ("Cliffs") */
    AK_NAME_SECOND, /* name: second word                <- mention ("Ruitong") */
    AK_FL_SHORT,    /* name of two words: its words     <- mention's first, last (long) */
    AK_FL_LONG,     /* name: first, last (long)         <- mention of two words: its words */
    AK_ID,          /* id                               <- id */
} ak_kind;

/* Kinds compared in any case (util_strcasecmp_n in actors.c's tests). */
static int any_case(ak_kind k)
{
    return k == AK_HEAD || k == AK_TAIL || k == AK_ALIAS;
}

typedef struct {
    uint64_t hash;
    size_t koff;   /* bytes in ix->keys */
    uint32_t klen;
    uint32_t head; /* posting index + 1 */
    ak_kind kind;
} slot;

typedef struct {
    uint32_t actor, next; /* next: posting index + 1, 0 ends the chain */
} posting;

struct actor_index {
    const ruleset *rs;
    uint32_t *table; /* slot number + 1; 0: empty */
    size_t cap;
    slot *slots;
    size_t n, capslots;
    char *keys;
    size_t nkeys, capkeys;
    posting *post;
    size_t npost, cappost;
    actor_facts *facts;
    size_t nactors, capfacts;
};

/* ---- keys ---- */

char *actor_index_fold(const char *s, size_t n)
{
    char *k = xmalloc(n + 1);
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c))
            k[j++] = (char)tolower(c);
        else if (c >= 0x80)
            k[j++] = (char)c;
    }
    k[j] = '\0';
    return k;
}

/* Where s[0, n) begins without an abbreviation that opens a name and a particle after it
 * ("Cie. de Navigation Mixte" is "Navigation Mixte"; name_opening_abbreviations,
 * name_particles), or 0. */
static size_t start_without_opener(const ruleset *rs, const char *s, size_t n)
{
    size_t w = 0;
    while (w < n && s[w] != ' ' && s[w] != '.')
        w++;
    if (w == n || w == 0 || s[w] != '.' || w + 2 >= n || s[w + 1] != ' ' ||
        !lexicon_has(rules_lexicon_list(rs, "name_opening_abbreviations"), s, w))
        return 0;
    size_t b = w + 2, p = b;
    while (p < n && s[p] != ' ')
        p++;
    if (p < n && lexicon_has(rules_lexicon_list(rs, "name_particles"), s + b, p - b))
        b = p + 1;
    return b < n ? b : 0;
}

char *actor_index_core_key(const ruleset *rs, const char *s, size_t n)
{
    size_t b = start_without_opener(rs, s, n);
    s += b;
    n -= b;
    size_t e = n;
    for (;;) {
        size_t w = e;
        while (w > 0 && s[w - 1] != ' ')
            w--;
        if (w == 0)
            break;
        size_t wl = e - w;
        while (wl && s[w + wl - 1] == ',')
            wl--;
        if (!rules_is_org_suffix(rs, s + w, wl))
            break;
        e = w - 1;
    }
    return actor_index_fold(s, e);
}

char *actor_index_acronym(const char *name, size_t n)
{
    strbuf b = {0};
    int start = 1;
    for (size_t i = 0; i < n; i++) {
        if (name[i] == ' ' || name[i] == '-') {
            start = 1;
            continue;
        }
        if (start && isupper((unsigned char)name[i]))
            sb_addc(&b, name[i]);
        start = 0;
    }
    return sb_detach(&b);
}

/* Where s[0, n) ends without its trailing suffix words (as is_end_word_of strips them). */
static size_t end_without_suffixes(const ruleset *rs, const char *s, size_t n)
{
    size_t e = n;
    for (;;) {
        size_t b = e;
        while (b > 0 && s[b - 1] != ' ')
            b--;
        if (b == 0 || !rules_is_org_suffix(rs, s + b, e - b))
            return e;
        e = b - 1;
    }
}

typedef struct {
    size_t start, end;
} span;

/* The words first_last_of (actors.c) compares, each to go with the first word (s[0,
 * *fw)): w[0], the last word of s when s is two words (s as the short name); w[1], the
 * last word of s, suffix words and parentheses aside, when there is one after the first
 * (s as the long name: "COSCO Dalian" of "COSCO Shipping Tanker (Dalian) Co"). Keyed by
 * both words and by which side, not by the first word alone, so that a list of names that
 * share a first word ("John Abbot, John Baker, ..." or "Federal X Commission, Federal Y
 * Commission, ...") is not each compared with all the others. Returns which of w are set
 * (bit 0: w[0], bit 1: w[1]). */
static int first_last_spans(const ruleset *rs, const char *s, size_t n, size_t *fw,
                            span w[2])
{
    const char *sp = memchr(s, ' ', n);
    if (!sp)
        return 0;
    *fw = (size_t)(sp - s);
    int set = 0;
    size_t sb = n;
    while (sb > 0 && s[sb - 1] != ' ')
        sb--;
    if (!memchr(s + *fw + 1, ' ', sb - 1 - *fw)) {
        w[0] = (span){sb, n};
        set |= 1;
    }
    for (size_t e = n;;) {
        size_t b = e;
        while (b > 0 && s[b - 1] != ' ')
            b--;
        if (b == 0)
            return set;
        if (!rules_is_org_suffix(rs, s + b, e - b)) {
            size_t ws = b, we = e;
            if (s[ws] == '(' && we > ws + 1 && s[we - 1] == ')')
                ws++, we--;
            w[1] = (span){ws, we};
            return b > *fw ? set | 2 : set;
        }
        e = b - 1;
    }
}

/* The key of the first word s[0, fw) with the word w: "COSCO Dalian". */
static char *first_last_key(const char *s, size_t fw, span w)
{
    strbuf b = {0};
    sb_add(&b, s, fw);
    sb_addc(&b, ' ');
    sb_add(&b, s + w.start, w.end - w.start);
    return sb_detach(&b);
}

/* ---- the table ---- */

static uint64_t hash_key(ak_kind kind, const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL ^ (uint64_t)kind;
    int fold = any_case(kind);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        h = (h ^ (fold ? (unsigned char)tolower(c) : c)) * 1099511628211ULL;
    }
    return h;
}

static int key_equals(const actor_index *ix, const slot *sl, ak_kind kind, uint64_t h,
                      const char *s, size_t n)
{
    if (sl->hash != h || sl->kind != kind || sl->klen != n)
        return 0;
    const char *k = ix->keys + sl->koff;
    if (!any_case(kind))
        return memcmp(k, s, n) == 0;
    for (size_t i = 0; i < n; i++)
        if (k[i] != tolower((unsigned char)s[i]))
            return 0;
    return 1;
}

/* The table cell of the key: its own, or the empty one where it would go. */
static uint32_t *find_cell(const actor_index *ix, ak_kind kind, uint64_t h, const char *s,
                           size_t n)
{
    size_t i = (size_t)h & (ix->cap - 1);
    while (ix->table[i] && !key_equals(ix, &ix->slots[ix->table[i] - 1], kind, h, s, n))
        i = (i + 1) & (ix->cap - 1);
    return &ix->table[i];
}

/* The key's slot, or NULL. */
static const slot *find_slot(const actor_index *ix, ak_kind kind, uint64_t h, const char *s,
                             size_t n)
{
    if (!ix->cap)
        return NULL;
    uint32_t c = *find_cell(ix, kind, h, s, n);
    return c ? &ix->slots[c - 1] : NULL;
}

static void grow_table(actor_index *ix)
{
    free(ix->table);
    ix->cap = ix->cap ? ix->cap * 2 : 256;
    ix->table = xcalloc(ix->cap, sizeof *ix->table);
    for (size_t i = 0; i < ix->n; i++) {
        size_t j = (size_t)ix->slots[i].hash & (ix->cap - 1);
        while (ix->table[j])
            j = (j + 1) & (ix->cap - 1);
        ix->table[j] = (uint32_t)(i + 1);
    }
}

static void put(actor_index *ix, ak_kind kind, const char *s, size_t n, size_t actor)
{
    if ((ix->n + 1) * 2 > ix->cap)
        grow_table(ix);
    uint64_t h = hash_key(kind, s, n);
    uint32_t *cell = find_cell(ix, kind, h, s, n);
    if (*cell && ix->post[ix->slots[*cell - 1].head - 1].actor == actor)
        return; /* filed already by an earlier alias of the same actor */
    if (!*cell) {
        util_grow((void **)&ix->keys, &ix->capkeys, ix->nkeys + n + 1, 1);
        for (size_t i = 0; i < n; i++)
            ix->keys[ix->nkeys + i] = any_case(kind) ? (char)tolower((unsigned char)s[i]) : s[i];
        *VEC_PUSH(ix->slots, ix->n, ix->capslots) = (slot){h, ix->nkeys, (uint32_t)n, 0, kind};
        *cell = (uint32_t)ix->n;
        ix->nkeys += n;
    }
    slot *sl = &ix->slots[*cell - 1];
    posting *p = VEC_PUSH(ix->post, ix->npost, ix->cappost);
    *p = (posting){(uint32_t)actor, sl->head};
    sl->head = (uint32_t)ix->npost;
}

/* Appends the actors filed under the key to *out. */
static void get(const actor_index *ix, ak_kind kind, const char *s, size_t n, size_t **out,
                size_t *nout, size_t *cap)
{
    const slot *sl = find_slot(ix, kind, hash_key(kind, s, n), s, n);
    for (size_t p = sl ? sl->head : 0; p; p = ix->post[p - 1].next)
        *VEC_PUSH(*out, *nout, *cap) = ix->post[p - 1].actor;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

static size_t sort_unique(size_t *v, size_t n)
{
    if (n < 2)
        return n;
    qsort(v, n, sizeof *v, cmp_size);
    size_t k = 1;
    for (size_t i = 1; i < n; i++)
        if (v[i] != v[k - 1])
            v[k++] = v[i];
    return k;
}

/* ---- filing ---- */

actor_index *actor_index_new(const ruleset *rs)
{
    actor_index *ix = xcalloc(1, sizeof *ix);
    ix->rs = rs;
    return ix;
}

void actor_index_free(actor_index *ix)
{
    if (!ix)
        return;
    for (size_t i = 0; i < ix->nactors; i++) {
        actor_facts *f = &ix->facts[i];
        for (size_t k = 0; k < f->n; k++) {
            free(f->core[k]);
            free(f->fold[k]);
        }
        free(f->core);
        free(f->fold);
        free(f->acronym);
    }
    free(ix->facts);
    free(ix->table);
    free(ix->slots);
    free(ix->keys);
    free(ix->post);
    free(ix);
}

static void put_first_last(actor_index *ix, const char *name, size_t n, size_t actor)
{
    span w[2];
    size_t fw;
    int set = first_last_spans(ix->rs, name, n, &fw, w);
    for (int i = 0; i < 2; i++) {
        if (!(set & (1 << i)))
            continue;
        char *key = first_last_key(name, fw, w[i]);
        put(ix, i == 0 ? AK_FL_SHORT : AK_FL_LONG, key, strlen(key), actor);
        free(key);
    }
}

/* The name's keys: what find_generic compares a mention with besides the aliases. */
static void put_name_keys(actor_index *ix, size_t actor, const char *name)
{
    size_t n = strlen(name);
    put(ix, AK_NAME, name, n, actor);
    const char *sp = memchr(name, ' ', n);
    if (sp) {
        size_t fw = (size_t)(sp - name);
        put_first_last(ix, name, n, actor);
        size_t se = fw + 1;
        while (se < n && name[se] != ' ')
            se++;
        put(ix, AK_NAME_SECOND, name + fw + 1, se - fw - 1, actor);
        const char *last = strrchr(name, ' ');
        put(ix, AK_NAME_LAST, last + 1, n - (size_t)(last + 1 - name), actor);
    }
    size_t w = strcspn(name, " -");
    if (w < n)
        put(ix, AK_NAME_END, name, w, actor);
    size_t e = end_without_suffixes(ix->rs, name, n);
    for (size_t b = 1; b < e; b++)
        if (name[b - 1] == ' ' || name[b - 1] == '-')
            put(ix, AK_NAME_END, name + b, e - b, actor);
}

void actor_index_add_actor(actor_index *ix, size_t actor, const char *name, const char *id)
{
    if (actor >= ix->nactors) {
        util_grow((void **)&ix->facts, &ix->capfacts, actor + 1, sizeof *ix->facts);
        memset(ix->facts + ix->nactors, 0, (actor + 1 - ix->nactors) * sizeof *ix->facts);
        ix->nactors = actor + 1;
    }
    actor_facts *f = &ix->facts[actor];
    free(f->acronym);
    f->acronym = actor_index_acronym(name, strlen(name));
    put(ix, AK_ID, id, strlen(id), actor);
    put(ix, AK_NAME_ACR, f->acronym, strlen(f->acronym), actor);
    put_name_keys(ix, actor, name);
}

void actor_index_add_alias(actor_index *ix, size_t actor, const char *alias)
{
    actor_facts *f = &ix->facts[actor];
    size_t n = strlen(alias), cap = f->n;
    util_grow((void **)&f->core, &cap, f->n + 1, sizeof *f->core);
    cap = f->n;
    util_grow((void **)&f->fold, &cap, f->n + 1, sizeof *f->fold);
    f->core[f->n] = actor_index_core_key(ix->rs, alias, n);
    f->fold[f->n] = actor_index_fold(alias, n);
    put(ix, AK_CORE, f->core[f->n], strlen(f->core[f->n]), actor);
    put(ix, AK_FOLD, f->fold[f->n], strlen(f->fold[f->n]), actor);
    f->n++;
    put(ix, AK_ALIAS, alias, n, actor);
    for (size_t p = 0; p < n; p++)
        if (alias[p] == ' ') {
            put(ix, AK_HEAD, alias, p, actor);
            put(ix, AK_TAIL, alias + p + 1, n - p - 1, actor);
        }
}

const actor_facts *actor_index_facts(const actor_index *ix, size_t actor)
{
    return &ix->facts[actor];
}

size_t actor_index_nactors(const actor_index *ix)
{
    return ix->nactors;
}

size_t actor_index_by_id(const actor_index *ix, const char *id)
{
    size_t *v = NULL, n = 0, cap = 0;
    get(ix, AK_ID, id, strlen(id), &v, &n, &cap);
    size_t hit = n ? v[n - 1] : (size_t)-1; /* the chain is newest first: the first filed */
    free(v);
    return hit;
}

/* ---- looking up ---- */

/* The mention's words as find_generic's tests take them apart. */
static void mention_name_keys(const actor_index *ix, const char *s, size_t n, size_t **out,
                              size_t *nout, size_t *cap)
{
    const char *sp = memchr(s, ' ', n);
    if (sp) {
        /* acronym of the mention as a name ("Japan Synthetic Rubber" -> "JSR") */
        char *acr = actor_index_acronym(s, n);
        get(ix, AK_NAME, acr, strlen(acr), out, nout, cap);
        free(acr);
        size_t fw = (size_t)(sp - s);
        span w[2];
        int set = first_last_spans(ix->rs, s, n, &fw, w);
        for (int i = 0; i < 2; i++) {
            if (!(set & (1 << i)))
                continue;
            /* the mention as the short name finds the long names, and the other way */
            char *key = first_last_key(s, fw, w[i]);
            get(ix, i == 0 ? AK_FL_LONG : AK_FL_SHORT, key, strlen(key), out, nout, cap);
            free(key);
        }
        size_t se = fw + 1;
        while (se < n && s[se] != ' ')
            se++;
        get(ix, AK_NAME, s + fw + 1, se - fw - 1, out, nout, cap); /* word after a place */
        /* the words before each space: a longer name that opens with a known one */
        for (size_t p = 1; p < n; p++)
            if (s[p] == ' ')
                get(ix, AK_ALIAS, s, p, out, nout, cap);
    } else {
        get(ix, AK_NAME_LAST, s, n, out, nout, cap);
        get(ix, AK_NAME_END, s, n, out, nout, cap);
        get(ix, AK_NAME_SECOND, s, n, out, nout, cap);
    }
    /* a one-word name that is the mention's first word or one of its tails */
    size_t w = 0;
    while (w < n && s[w] != ' ' && s[w] != '-')
        w++;
    if (w < n)
        get(ix, AK_NAME, s, w, out, nout, cap);
    size_t e = end_without_suffixes(ix->rs, s, n);
    for (size_t b = 1; b < e; b++)
        if (s[b - 1] == ' ' || s[b - 1] == '-')
            get(ix, AK_NAME, s + b, e - b, out, nout, cap);
    get(ix, AK_NAME_ACR, s, n, out, nout, cap);
}

size_t actor_index_candidates(const actor_index *ix, const char *s, size_t n, size_t **out,
                              size_t *cap)
{
    size_t nout = 0;
    char *core = actor_index_core_key(ix->rs, s, n), *fold = actor_index_fold(s, n);
    get(ix, AK_CORE, core, strlen(core), out, &nout, cap);
    get(ix, AK_FOLD, fold, strlen(fold), out, &nout, cap);
    free(core);
    free(fold);
    get(ix, AK_HEAD, s, n, out, &nout, cap);
    get(ix, AK_TAIL, s, n, out, &nout, cap);
    mention_name_keys(ix, s, n, out, &nout, cap);
    return sort_unique(*out, nout);
}

int actor_index_has_fold(const actor_index *ix, const char *s, size_t n)
{
    char *fold = actor_index_fold(s, n);
    const slot *sl = find_slot(ix, AK_FOLD, hash_key(AK_FOLD, fold, strlen(fold)), fold,
                               strlen(fold));
    free(fold);
    return sl != NULL;
}

size_t actor_index_short_forms(const actor_index *ix, const char *s, size_t n, size_t **out,
                               size_t *cap)
{
    size_t nout = 0;
    get(ix, AK_ALIAS, s, n, out, &nout, cap);
    get(ix, AK_HEAD, s, n, out, &nout, cap);
    get(ix, AK_TAIL, s, n, out, &nout, cap);
    return sort_unique(*out, nout);
}
