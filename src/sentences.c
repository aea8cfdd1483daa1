/* sentences — split paragraphs into sentences. A period ends a sentence unless it closes
 * an abbreviation (Mr., Inc., Jan., U.S.) or an initial, or what follows is lower case.
 * Boilerplate paragraphs give no sentences; every other kind does (headlines and
 * datelines carry dates too), with `para` telling which kind it came from. */
#include "sentences.h"

#include <ctype.h>
#include <string.h>

static const char *const abbreviations[] = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "st", "jr", "sr", "inc", "corp", "co", "ltd", "plc", "llc", "bros", "no", "nos", "vs",
    "etc", "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri",
    "sat", "sun", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "e.g", "i.e", "calif", "mass",
    "wash", "conn", "ariz", "fla", "ill", "mich", "minn", "penn", "tex", "va", "md", "pa",
    "ny", "n.y", "d.c", "mt", "ft", "rev", "hon", "messrs", "sa", "ag", "nv", "bv", "cie", "cia",
    "cos", "mfg", "assn", "intl", NULL};

/* Does a word that only opens a sentence ("It", "Now", "The") follow the period at dot? */
static int sentence_opener_follows(const char *t, size_t dot, size_t end)
{
    static const char *const openers[] = {"It", "Its", "The", "This", "That", "Now", "But",
        "And", "He", "She", "They", "We", "There", "In", "A", NULL};
    size_t s = dot + 1;
    while (s < end && t[s] == ' ')
        s++;
    size_t e = s;
    while (e < end && isalpha((unsigned char)t[e]))
        e++;
    if (s == dot + 1 || e >= end || t[e] != ' ')
        return 0;
    for (int i = 0; openers[i]; i++)
        if (strlen(openers[i]) == e - s && memcmp(t + s, openers[i], e - s) == 0)
            return 1;
    return 0;
}

static int is_abbreviation(const char *t, size_t wstart, size_t dot, size_t end)
{
    size_t n = dot - wstart;
    /* An initial ("Joe R. Smith"), but not a letter after a common word that ends the
     * sentence ("no obvious plan B. Now it is ..."). */
    if (n == 1 && isupper((unsigned char)t[wstart]))
        return !(wstart >= 2 && islower((unsigned char)t[wstart - 2]) &&
                 sentence_opener_follows(t, dot, end));
    for (int i = 0; abbreviations[i]; i++)
        if (strlen(abbreviations[i]) == n && util_strcasecmp_n(t + wstart, n, abbreviations[i], n) == 0)
            return 1;
    /* Dotted acronyms of any length: "U.S.A." */
    if (n >= 3 && t[wstart + 1] == '.')
        return 1;
    return 0;
}

/* Where a sentence may end at a [.!?] at i: after closing quotes and brackets, then
 * white space, then something that can start a sentence. Returns the end or 0. */
static size_t boundary_after(const char *t, size_t i, size_t end)
{
    size_t j = i + 1;
    while (j < end && (t[j] == '"' || t[j] == '\'' || t[j] == ')' || t[j] == ']'))
        j++;
    if (j >= end)
        return end;
    if (!isspace((unsigned char)t[j]))
        return 0;
    size_t k = j;
    while (k < end && isspace((unsigned char)t[k]))
        k++;
    if (k >= end)
        return j;
    unsigned char c = (unsigned char)t[k];
    if (islower(c))
        return 0;
    return j;
}

static void push(sentence_list *out, const char *t, size_t s, size_t e, size_t para, int lead)
{
    while (s < e && isspace((unsigned char)t[s]))
        s++;
    while (e > s && isspace((unsigned char)t[e - 1]))
        e--;
    if (s == e)
        return;
    /* Over-long runs without an end are cut at a space so no later stage sees more. */
    while (e - s > SENTENCE_MAX_BYTES) {
        size_t cut = s + SENTENCE_MAX_BYTES;
        while (cut > s + SENTENCE_MAX_BYTES / 2 && t[cut] != ' ')
            cut--;
        if (t[cut] != ' ')
            cut = s + SENTENCE_MAX_BYTES;
        /* Never split a UTF-8 sequence. */
        while (cut > s && ((unsigned char)t[cut] & 0xC0) == 0x80)
            cut--;
        sentence *x = VEC_PUSH(out->v, out->n, out->cap);
        *x = (sentence){s, cut, para, lead};
        out->cut++;
        s = cut;
        while (s < e && isspace((unsigned char)t[s]))
            s++;
    }
    if (s < e) {
        sentence *x = VEC_PUSH(out->v, out->n, out->cap);
        *x = (sentence){s, e, para, lead};
    }
}

static void split_paragraph(const char *t, size_t s, size_t e, size_t para, int lead,
                            sentence_list *out)
{
    size_t start = s, wstart = s;
    for (size_t i = s; i < e; i++) {
        char c = t[i];
        if (isspace((unsigned char)c) || c == '(' || c == '"') {
            wstart = i + 1;
            continue;
        }
        if (c != '.' && c != '!' && c != '?')
            continue;
        if (c == '.' && is_abbreviation(t, wstart, i, e)) {
            /* "U.S. Commerce": an abbreviation ends a sentence only before a new paragraph,
             * which the caller handles; inside, keep going. */
            continue;
        }
        if (c == '.' && i + 1 < e && isdigit((unsigned char)t[i + 1]))
            continue; /* 3.5 */
        size_t b = boundary_after(t, i, e);
        if (!b)
            continue;
        push(out, t, start, b, para, lead);
        start = b;
    }
    push(out, t, start, e, para, lead);
}

/* Is paragraph p a live blog's time stamp ("08:12 GMT", "10.45am", "9:30 a.m. ET")? */
static int is_time_stamp(const char *t, const paragraph *p)
{
    size_t i = p->start, e = p->end, c = util_clock_time(t + i, e - i);
    if (!c)
        return 0;
    i += c;
    /* then only "am", "p.m.", a zone */
    for (; i < e; i++)
        if (!isalpha((unsigned char)t[i]) && t[i] != ' ' && t[i] != '.')
            return 0;
    return p->end - p->start <= 16;
}

/* Does paragraph k open an entry of a live blog: a time stamp before it, perhaps with the
 * entry's title line between? Each entry is told as the news of its moment, like a lead. */
static int opens_entry(const document *doc, size_t k)
{
    if (k >= 1 && is_time_stamp(doc->text, &doc->paras[k - 1]))
        return 1;
    if (k < 2 || !is_time_stamp(doc->text, &doc->paras[k - 2]))
        return 0;
    const paragraph *title = &doc->paras[k - 1];
    char last = doc->text[title->end - 1];
    return title->end - title->start < 120 && last != '.' && last != '?' && last != '!';
}

void sentences_split(const document *doc, sentence_list *out)
{
    int seen_body = 0;
    for (size_t k = 0; k < doc->npara; k++) {
        const paragraph *p = &doc->paras[k];
        if (p->kind == PARA_BOILERPLATE)
            continue;
        int lead = 0;
        if (p->kind == PARA_BODY && (!seen_body || opens_entry(doc, k))) {
            lead = 1;
            seen_body = 1;
        }
        split_paragraph(doc->text, p->start, p->end, k, lead, out);
    }
}

void sentences_free(sentence_list *l)
{
    free(l->v);
    memset(l, 0, sizeof *l);
}
