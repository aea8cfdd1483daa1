/* syntax_tokenise — the rule-based tokeniser. */
#include "syntax_tokenise.h"

#include <string.h>

#include "util.h"

typedef struct {
    const char *t;
    syn_span **v;
    size_t *n, *cap;
} out_ctx;

static void emit(out_ctx *o, size_t a, size_t b)
{
    if (b > a)
        *VEC_PUSH(*o->v, *o->n, *o->cap) = (syn_span){a, b};
}

static int is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static int is_space_at(const char *t, size_t i, size_t end, size_t *w)
{
    unsigned char c = (unsigned char)t[i];
    *w = 1;
    if (c <= ' ' || c == 0x7f) /* control bytes (NUL too) separate words, never join them */
        return 1;
    if (c == 0xC2 && i + 1 < end && (unsigned char)t[i + 1] == 0xA0) {
        *w = 2;
        return 1;
    }
    return 0;
}

/* Length of a curly quote or apostrophe (U+2018/2019/201C/201D) at t[i], else 0. */
static size_t curly_at(const char *t, size_t i, size_t end)
{
    if (i + 3 <= end && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80) {
        unsigned char c = (unsigned char)t[i + 2];
        if (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D)
            return 3;
    }
    return 0;
}

/* An apostrophe (straight or curly) at t[i]: its length, else 0. */
static size_t apos_at(const char *t, size_t i, size_t end)
{
    if (i < end && t[i] == '\'')
        return 1;
    if (i + 3 <= end && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == 0x99)
        return 3;
    return 0;
}

static const char *const abbrevs[] = {
    "mr", "mrs", "ms", "dr", "jr", "sr", "st", "inc", "corp", "co", "ltd", "llc", "plc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "prof", "vs", "etc", "no",
    "mt", "ft", "ave", "approx", "dept", "est", "fig", "bros", "cf", "mon", "tue", "wed",
    "thu", "fri", "sat", "sun", "adm", "cmdr", "gov", "pres", "rev", "hon", "messrs",
    "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "d.c", "ph.d", "jr", "op", "vol",
    "pp", "al", "univ", "assn", "mass", "calif", "fla", "ill", "wash", "conn", "cie", "cia",
    "cos", "mfg", "intl", NULL};

/* Does the word t[a, b) (its final '.' at b - 1) keep its full stop? */
static int keeps_stop(const char *t, size_t a, size_t b)
{
    size_t n = b - 1 - a;
    if (n == 0)
        return 0;
    if (n == 1 && t[a] >= 'A' && t[a] <= 'Z')
        return 1; /* an initial */
    int dotted = n >= 3; /* U.S., a.m., U.N. */
    for (size_t i = a; i < b - 1 && dotted; i++)
        dotted = (i - a) % 2 == 0 ? is_alpha((unsigned char)t[i]) && (unsigned char)t[i] < 0x80
                                  : t[i] == '.';
    if (dotted)
        return 1;
    for (int k = 0; abbrevs[k]; k++)
        if (strlen(abbrevs[k]) == n && util_strcasecmp_n(t + a, n, abbrevs[k], n) == 0)
            return 1;
    return 0;
}

static int is_url(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i + 3 <= b; i++)
        if (!memcmp(t + i, "://", 3))
            return 1;
    if (b - a > 4 && !util_strcasecmp_n(t + a, 4, "www.", 4))
        return 1;
    const char *at = memchr(t + a, '@', b - a);
    return at && at > t + a && memchr(at, '.', (size_t)(t + b - at)) && at + 1 < t + b &&
           is_alpha((unsigned char)at[1]);
}

static const char *const prefixes[] = {"e", "co", "pre", "post", "non", "re", "anti", "pro",
                                       "mid", "multi", "ex", "semi", "sub", "inter", "micro",
                                       "cross", "neo", "bi", "tri", "un", "vice", NULL};

static int is_prefix_word(const char *t, size_t a, size_t b)
{
    for (int k = 0; prefixes[k]; k++)
        if (strlen(prefixes[k]) == b - a && util_strcasecmp_n(t + a, b - a, prefixes[k], b - a) == 0)
            return 1;
    return 0;
}

/* Length of punctuation inside a word that always stands alone: "...", "!", "?", ";",
 * brackets, double quotes; 0 when t[i] is none. */
static size_t inner_punct(const char *t, size_t i, size_t b)
{
    char c = t[i];
    if (c == '.') {
        size_t k = i;
        while (k < b && t[k] == '.')
            k++;
        return k - i >= 2 ? k - i : 0;
    }
    if (strchr("!?;()[]{}\"", c)) {
        size_t k = i + 1;
        while (k < b && (c == '!' || c == '?') && (t[k] == '!' || t[k] == '?'))
            k++;
        return k - i;
    }
    return 0;
}

/* The core of a word (no outer punctuation, no clitic): split around punctuation that
 * always stands alone, at hyphens between letters (not after a prefix), at slashes and
 * commas between letters, and after a per cent sign. */
static void split_inner(out_ctx *o, size_t a, size_t b)
{
    const char *t = o->t;
    size_t seg = a;
    for (size_t i = a; i < b;) {
        size_t k = inner_punct(t, i, b);
        if (k && !(k == 1 && i == a && b - a == 1)) {
            emit(o, seg, i);
            emit(o, i, i + k);
            i += k;
            seg = i;
            continue;
        }
        char c = t[i];
        if (c == '%' && i + 1 < b) {
            emit(o, seg, i);
            emit(o, i, i + 1);
            seg = ++i;
            continue;
        }
        if (i > a && i + 1 < b && (c == '-' || c == '/' || c == ',')) {
            unsigned char l = (unsigned char)t[i - 1], r = (unsigned char)t[i + 1];
            if (is_alpha(l) && (is_alpha(r) || (c == '-' && is_digit(r))) &&
                !(c == '-' && is_prefix_word(t, seg, i))) {
                emit(o, seg, i);
                emit(o, i, i + 1);
                seg = i + 1;
            }
        }
        i++;
    }
    emit(o, seg, b);
}

static int word_is(const char *t, size_t a, size_t b, const char *w)
{
    return b - a == strlen(w) && util_strcasecmp_n(t + a, b - a, w, b - a) == 0;
}

/* Where a clitic starts in t[a, b), or b when there is none. */
static size_t clitic_start(const char *t, size_t a, size_t b)
{
    size_t n = b - a;
    /* n't, n’t */
    if (n > 3 && (t[b - 1] == 't' || t[b - 1] == 'T')) {
        size_t ap = apos_at(t, b - 2, b) ? b - 2 : (n > 5 && apos_at(t, b - 4, b) == 3) ? b - 4 : 0;
        if (ap > a + 1 && (t[ap - 1] == 'n' || t[ap - 1] == 'N'))
            return ap - 1;
    }
    for (size_t k = 1; k <= 2 && k < n; k++) { /* 's 'm 'd, then 're 'll 've */
        for (size_t w = 1; w <= 3; w += 2) {
            if (b - a < k + w + 1 || apos_at(t, b - k - w, b) != w)
                continue;
            const char *c = t + b - k;
            if ((k == 1 && strchr("smdSMD", *c)) ||
                (k == 2 && (word_is(t, b - 2, b, "re") || word_is(t, b - 2, b, "ll") ||
                            word_is(t, b - 2, b, "ve"))))
                return b - k - w;
        }
    }
    return b;
}

static void split_core(out_ctx *o, size_t a, size_t b)
{
    const char *t = o->t;
    if (word_is(t, a, b, "cannot")) {
        emit(o, a, a + 3);
        emit(o, a + 3, b);
        return;
    }
    if (word_is(t, a, b, "gonna") || word_is(t, a, b, "wanna") || word_is(t, a, b, "gotta")) {
        emit(o, a, b - 2);
        emit(o, b - 2, b);
        return;
    }
    size_t c = clitic_start(t, a, b);
    split_inner(o, a, c);
    emit(o, c, b);
}

/* Peels one trailing punctuation token off t[a, *b): returns its start, or *b. The last
 * word of a sentence gives up an abbreviation's stop ("bought Halden Inc." as "Inc" and
 * "."): the stop ends the sentence too, and the treebank's sentences end in punctuation. */
static size_t trailing_at(const char *t, size_t a, size_t b, int last)
{
    if (b - a >= 4 && curly_at(t, b - 3, b))
        return b - 3;
    char c = t[b - 1];
    if (strchr("\")]}>,;:*'%", c))
        return b - 1;
    if (c == '!' || c == '?' || c == '.') {
        size_t s = b - 1;
        while (s > a && (t[s - 1] == '!' || t[s - 1] == '?' || t[s - 1] == '.'))
            s--;
        if (c == '.' && s == b - 1 && !last && keeps_stop(t, a, b))
            return b;
        return s > a ? s : b;
    }
    return b;
}

static size_t leading_len(const char *t, size_t a, size_t b)
{
    size_t q = curly_at(t, a, b);
    if (q && b - a > q)
        return q;
    char c = t[a];
    if (strchr("\"([{<`$#*", c))
        return 1;
    if (c == '\'' && b - a > 1 && !is_digit((unsigned char)t[a + 1]) &&
        !(b - a <= 3 && is_alpha((unsigned char)t[a + 1])))
        return 1; /* a quote, not a clitic written apart ("Bush 's") */
    if (c == '-' && b - a > 1 && !is_digit((unsigned char)t[a + 1])) {
        size_t k = 1;
        while (a + k < b && t[a + k] == '-')
            k++;
        return k < b - a ? k : 0; /* a word of dashes alone stays whole */
    }
    return 0;
}

static void tok_word(out_ctx *o, size_t a, size_t b, int last)
{
    const char *t = o->t;
    syn_span tail[32];
    size_t ntail = 0;
    for (size_t k; a < b && (k = leading_len(t, a, b)) > 0; a += k)
        emit(o, a, a + k);
    if (is_url(t, a, b)) {
        while (b > a && strchr(".,;:!?)\"'", t[b - 1]) && ntail < 32) {
            tail[ntail++] = (syn_span){b - 1, b};
            b--;
        }
    } else {
        while (b > a + 1 && ntail < 32) {
            size_t s = trailing_at(t, a, b, last && ntail == 0);
            if (s == b)
                break;
            tail[ntail++] = (syn_span){s, b};
            b = s;
        }
        split_core(o, a, b);
        a = b;
    }
    emit(o, a, b);
    while (ntail > 0) {
        ntail--;
        emit(o, tail[ntail].start, tail[ntail].end);
    }
}

void syn_tokenise(const char *text, size_t start, size_t end, syn_span **spans, size_t *n,
                  size_t *cap)
{
    out_ctx o = {text, spans, n, cap};
    size_t i = start, w;
    while (i < end) {
        if (is_space_at(text, i, end, &w)) {
            i += w;
            continue;
        }
        size_t j = i;
        while (j < end && !is_space_at(text, j, end, &w))
            j++;
        size_t k = j;
        while (k < end && is_space_at(text, k, end, &w))
            k += w;
        tok_word(&o, i, j, k >= end);
        i = j;
    }
}
