/* lexicon — text matched against the named word lists of events/. Lists are short (tens
 * of entries): membership is a binary search, a phrase at a place a walk over the list. */
#include "lexicon.h"

#include <ctype.h>
#include <string.h>

/* Compares w[0, n) with entry e: as written, or folding w to lower case (the entries of
 * l->words are lower case, so both orders agree with strcmp's). */
static int cmp_n(const char *w, size_t n, const char *e, int exact)
{
    size_t i = 0;
    for (; i < n && e[i]; i++) {
        unsigned char a = (unsigned char)w[i], b = (unsigned char)e[i];
        if (!exact)
            a = (unsigned char)tolower(a);
        if (a != b)
            return a < b ? -1 : 1;
    }
    return i < n ? 1 : e[i] ? -1 : 0;
}

static char *const *entries(const syn_list *l)
{
    return l->as_written ? l->written : l->words;
}

int lexicon_has(const syn_list *l, const char *w, size_t n)
{
    if (!l)
        return 0;
    char *const *e = entries(l);
    size_t lo = 0, hi = l->nwords;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_n(w, n, e[mid], l->as_written);
        if (!c)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

static int bounded(const char *t, size_t at, size_t limit, int after, lex_bound b)
{
    if (b == LEX_ANY)
        return 1;
    if (at == limit)
        return b == LEX_WORD;
    unsigned char c = (unsigned char)t[after ? at : at - 1];
    if (b == LEX_SPACE_OR_COMMA)
        return c == ' ' || c == ',';
    return b == LEX_SPACE ? c == ' ' : !isalnum(c);
}

/* Does entry e (l bytes) stand at t + p, in l's case? */
static int entry_at(const syn_list *lst, const char *e, size_t l, const char *t, size_t p)
{
    for (size_t i = 0; i < l; i++) {
        unsigned char a = (unsigned char)t[p + i];
        if (!lst->as_written)
            a = (unsigned char)tolower(a);
        if (a != (unsigned char)e[i])
            return 0;
    }
    return 1;
}

size_t lexicon_at(const syn_list *l, const char *t, size_t p, size_t end, lex_bound after)
{
    size_t best = 0;
    if (!l || p >= end)
        return 0;
    /* Callers try every place of a sentence: an entry whose first byte differs is passed
     * over before its length is taken (most are, at most places). */
    unsigned char first = (unsigned char)t[p];
    if (!l->as_written)
        first = (unsigned char)tolower(first);
    for (size_t i = 0; i < l->nwords; i++) {
        const char *e = entries(l)[i];
        if ((unsigned char)e[0] != first)
            continue;
        size_t n = strlen(e);
        if (n > best && p + n <= end && entry_at(l, e, n, t, p) && bounded(t, p + n, end, 1, after))
            best = n;
    }
    return best;
}

size_t lexicon_before(const syn_list *l, const char *t, size_t from, size_t p, lex_bound before)
{
    size_t best = 0;
    for (size_t i = 0; l && i < l->nwords; i++) {
        const char *e = entries(l)[i];
        size_t n = strlen(e);
        if (n > best && n <= p - from && entry_at(l, e, n, t, p - n) &&
            bounded(t, p - n, from, 0, before))
            best = n;
    }
    return best;
}

int lexicon_occurs(const syn_list *l, const char *t, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (lexicon_at(l, t, i, to, LEX_SPACE))
            return 1;
    return 0;
}

size_t lexicon_size(const syn_list *l)
{
    return l ? l->nwords : 0;
}

const char *lexicon_word(const syn_list *l, size_t i)
{
    return l->written[i];
}
