/* events_lists — actors named in a list in the next sentence ("The additions, X and Y,
 * ..."), and the list phrases that mark them. */
#include "events_internal.h"

#include "diag.h"
#include "events_syntax.h"
#include "lexicon.h"
#include "util.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- targets named in the next sentence ----
 *
 * "The Commerce Department added two firms to its Entity List. The additions, Serimas
 * Microtech and Intan Component Supply, will need a licence": the count of the first
 * sentence ("two firms") stands for the actors the second one opens with. The first
 * sentence is matched again with those actors in place of the count; what the rules find
 * there about them are its events. */

/* "added 48 people and 35 entities": a count up to this may be named in the next
 * sentence; the names bound what it stands for. */
#define MAX_COUNTED 500

/* The count words and their values: numbers, like the calendar's names, stay with the
 * code; "several" is taken for eight. */
static const char *const count_words[] = {"two", "three", "four", "five", "six", "seven",
                                          "eight", "nine", "ten", "several", NULL};

/* The length of a word of list l at ms + i, a whole word (up to len), or 0. */
static size_t list_word_at(const syn_list *l, const char *ms, size_t i, size_t len)
{
    if (i > 0 && isalnum((unsigned char)ms[i - 1]))
        return 0;
    return lexicon_at(l, ms, i, len, LEX_WORD);
}

/* "added six U.S. companies", "its Hong Kong affiliate, X", "issuers on the Pentagon
 * list": a name before a noun (counted_nouns, attributive_nouns) describes the noun's
 * referent; it is not the one listed. Keeps the other targets of tgts; returns how many. */
size_t events_drop_attributive(const ruleset *rs, const masked *m, size_t *tgts, size_t n)
{
    const syn_list *plural = rules_lexicon_list(rs, "counted_nouns"),
                   *nouns = rules_lexicon_list(rs, "attributive_nouns");
    size_t kept = 0;
    for (size_t b = 0; b < n; b++) {
        const char *at = events_placeholder_end(m, tgts[b]);
        size_t i = at ? (size_t)(at - m->s.s) : 0, len = m->s.len;
        int attributive = at && i < len && m->s.s[i] == ' ' &&
                          (list_word_at(plural, m->s.s, i + 1, len) ||
                           list_word_at(nouns, m->s.s, i + 1, len));
        if (!attributive)
            tgts[kept++] = tgts[b];
    }
    return kept;
}

/* The value of a count word or number at ms + i (0: none); *wl its length. */
static size_t count_at(const char *ms, size_t i, size_t len, size_t *wl)
{
    if (i > 0 && isalnum((unsigned char)ms[i - 1]))
        return 0;
    size_t l = 0, v = 0;
    while (i + l < len && isdigit((unsigned char)ms[i + l]))
        v = v * 10 + (size_t)(ms[i + l++] - '0');
    if (l) {
        *wl = l;
        return i + l < len && ms[i + l] == ' ' && v >= 2 && v <= MAX_COUNTED ? v : 0;
    }
    for (int k = 0; count_words[k]; k++)
        if ((l = strlen(count_words[k])) && i + l < len && events_word_at(ms, i, count_words[k])) {
            *wl = l;
            return strcmp(count_words[k], "several") == 0 ? 8 : (size_t)k + 2;
        }
    return 0;
}

/* After a count at i: up to three words, then a plural noun (counted_nouns); returns the
 * end of the noun, or 0. */
static size_t count_phrase_end(const ruleset *rs, const char *ms, size_t i, size_t len)
{
    const syn_list *plural = rules_lexicon_list(rs, "counted_nouns");
    for (int w = 0; w <= 3 && i < len; w++) {
        size_t l = list_word_at(plural, ms, i, len);
        if (l)
            return i + l;
        while (i < len && (isalnum((unsigned char)ms[i]) || ms[i] == '-'))
            i++;
        if (i >= len || ms[i] != ' ')
            return 0;
        i++;
    }
    return 0;
}

/* After a count phrase ending at i, "in China, Turkey and the UAE" or "based in Iran"
 * (count_place_prepositions): where they are is part of the phrase; returns its end. */
static size_t count_place_end(const ruleset *rs, const char *ms, size_t i, size_t len)
{
    size_t l = i < len && ms[i] == ' '
                   ? lexicon_at(rules_lexicon_list(rs, "count_place_prepositions"), ms, i + 1, len,
                                LEX_SPACE)
                   : 0;
    if (!l)
        return i;
    size_t j = i + l + 2, end = i;
    for (;;) {
        if (strncasecmp(ms + j, "the ", 4) == 0)
            j += 4;
        if (j >= len || ms[j] != '\x01')
            return end;
        while (j < len && ms[j] != '\x02')
            j++;
        end = ++j;
        if (strncmp(ms + j, ", ", 2) == 0)
            j += 2;
        else if (strncmp(ms + j, " and ", 5) == 0)
            j += 5;
        else
            return end;
        if (strncmp(ms + j, "and ", 4) == 0)
            j += 4;
    }
}

/* The first count phrase of a masked sentence ("two American companies", "23 companies
 * in China and Turkey"): its span and count. */
size_t events_find_count_phrase(const ruleset *rs, const char *ms, size_t len, size_t *ps,
                                size_t *pe)
{
    for (size_t i = 0; i < len; i++) {
        size_t wl = 0, v = count_at(ms, i, len, &wl);
        if (!v)
            continue;
        size_t e = count_phrase_end(rs, ms, i + wl + 1, len);
        if (e) {
            *ps = i;
            *pe = count_place_end(rs, ms, e, len);
            return v;
        }
    }
    return 0;
}

/* Whether the words between two actors of the opening list leave the list: a verb, an
 * auxiliary or a reporting word. */
static int list_breaks(const ruleset *rs, const char *ms, size_t a, size_t b)
{
    const syn_list *stops = rules_lexicon_list(rs, "list_breaking_words");
    for (size_t i = a; i < b; i++) {
        if (!isalpha((unsigned char)ms[i]) || (i > a && isalnum((unsigned char)ms[i - 1])))
            continue;
        size_t l = 0;
        while (i + l < b && (isalnum((unsigned char)ms[i + l]) || ms[i + l] == '-'))
            l++;
        /* "Perak-based", "state-owned": compounds are adjectives */
        if ((events_verbish_word(rs, ms + i, l) && !memchr(ms + i, '-', l)) ||
            list_word_at(stops, ms, i, i + l))
            return 1;
        if (ms[i + l] == '\x01' || ms[i + l] == '.')
            return 1;
        i += l;
    }
    return 0;
}

static size_t among_list(const ruleset *rs, const char *ms, size_t len, size_t *out, size_t max);
static size_t list_items(const ruleset *rs, const char *ms, size_t len, size_t i, size_t *out,
                         size_t max);

/* Where the opening of a list ends: a head (list_heads: "The additions"), a head a plural
 * noun follows (list_heads_counted: "The newly listed companies"), a count phrase ("The
 * two companies") or a plural noun ("The firms"); 0 when the sentence opens otherwise. */
static size_t list_opening_end(const ruleset *rs, const char *ms, size_t len, size_t i)
{
    size_t l, wl = 0, e = 0;
    if ((l = list_word_at(rules_lexicon_list(rs, "list_heads"), ms, i, len)))
        return i + l;
    if ((l = list_word_at(rules_lexicon_list(rs, "list_heads_counted"), ms, i, len))) {
        e = count_phrase_end(rs, ms, i + l + 1, len);
        return e && e <= i + l + 1 + 30 ? e : 0;
    }
    if (count_at(ms, i, len, &wl))
        e = count_phrase_end(rs, ms, i + wl + 1, len);
    else if ((l = list_word_at(rules_lexicon_list(rs, "counted_nouns"), ms, i, len)))
        e = i + l;
    return e;
}

/* "The additions, X and Y, ...", "The two companies, X and Y, ...", "The firms are X and
 * Y": the mentions the sentence opens with (at most max), or 0 when it opens otherwise. */
size_t events_opening_list(const ruleset *rs, const char *ms, size_t len, size_t *out,
                           size_t max)
{
    size_t i = 0;
    if (strncasecmp(ms, "among ", 6) == 0 || strncasecmp(ms, "amongst ", 8) == 0)
        return among_list(rs, ms, len, out, max);
    if (strncasecmp(ms, "the ", 4) == 0)
        i = 4;
    if (!(i = list_opening_end(rs, ms, len, i)))
        return 0;
    if (strncmp(ms + i, ", ", 2) == 0)
        i += 2;
    else if (strncasecmp(ms + i, " are ", 5) == 0 || strncasecmp(ms + i, " were ", 6) == 0)
        i += ms[i + 1] == 'a' ? 5 : 6;
    else if (strncasecmp(ms + i, " include ", 9) == 0)
        i += 9;
    else
        return 0;
    return list_items(rs, ms, len, i, out, max);
}

/* "Among them are X and Y", "Amongst the newly listed are X, a maker of Z, and Y": the
 * mentions after the verb. */
static size_t among_list(const ruleset *rs, const char *ms, size_t len, size_t *out, size_t max)
{
    size_t i = ms[5] == ' ' ? 6 : 8, verb = 0;
    for (size_t j = i; j < len && j < i + 40 && !verb; j++) {
        if (ms[j] == '\x01' || ms[j] == ',')
            return 0;
        if (ms[j] == ' ' && (strncasecmp(ms + j, " are ", 5) == 0 ||
                             strncasecmp(ms + j, " were ", 6) == 0))
            verb = j + (ms[j + 1] == 'a' ? 5 : 6);
    }
    return verb ? list_items(rs, ms, len, verb, out, max) : 0;
}

/* The mentions of a list starting at i, up to the first word that leaves it. */
static size_t list_items(const ruleset *rs, const char *ms, size_t len, size_t i, size_t *out,
                         size_t max)
{
    size_t n = 0, prev_end = i;
    for (size_t j = i; j < len && n < max; j++) {
        if (ms[j] != '\x01')
            continue;
        if (list_breaks(rs, ms, prev_end, j) || j > prev_end + 60)
            break;
        size_t v = strtoul(ms + j + 1, NULL, 10);
        out[n++] = v;
        while (j < len && ms[j] != '\x02')
            j++;
        prev_end = j + 1;
    }
    return n;
}

/* The previous sentence's masked text with the count phrase [ps, pe) replaced by the
 * mentions: "X and Y", "X, Y and Z". Offsets of the new bytes map to the phrase's. */
void events_masked_with_actors(const masked *m, size_t ps, size_t pe, const size_t *men,
                               size_t n, masked *out)
{
    for (size_t i = 0; i < ps; i++)
        events_mask_put(out, m->s.s + i, 1, m->pos[i]);
    for (size_t k = 0; k < n; k++) {
        char buf[40];
        int l = snprintf(buf, sizeof buf, "%s\x01%zu\x02",
                         k == 0 ? "" : k + 1 == n ? " and " : ", ", men[k]);
        events_mask_put(out, buf, (size_t)l, m->pos[ps]);
    }
    for (size_t i = pe; i < m->s.len; i++)
        events_mask_put(out, m->s.s + i, 1, m->pos[i]);
    *VEC_PUSH(out->pos, out->npos, out->cappos) = m->pos[m->s.len];
}

/* "US adds 12 firms to its Entity List. The companies added include A, B and C": each
 * member is listed by the listing told last (of the type the sentence names, if it names
 * one), with its source, date and modality; the sentence is its evidence. */
void events_list_continue(const event_rule *rule, const size_t *members, size_t n,
                          const actor_table *actors, const sentence *s, doc_event_list *out)
{
    size_t k = out->n;
    while (k > 0 && !(out->v[k - 1].rule->listing && out->v[k - 1].source != ACTOR_NONE &&
                      out->v[k - 1].sent_start < s->start && (!rule || out->v[k - 1].rule == rule)))
        k--;
    if (k == 0)
        return;
    doc_event base = out->v[k - 1];
    base.sent_start = s->start;
    base.sent_end = s->end;
    for (size_t j = 0; j < n; j++) {
        doc_event e = base;
        e.target = actors->mentions[members[j]].actor;
        int seen = e.target == e.source ||
                   !events_kind_ok(e.rule->target_kinds, actors->actors[e.target].kind);
        /* this sentence's events are the last ones: a list of hundreds stays linear */
        for (size_t i = out->n; i-- > 0 && out->v[i].sent_start == e.sent_start && !seen;)
            seen = out->v[i].rule == e.rule && out->v[i].source == e.source &&
                   out->v[i].target == e.target;
        if (!seen)
            *VEC_PUSH(out->v, out->n, out->cap) = e;
    }
}

/* ---- the items of a bulleted list ----
 *
 * "The Council adopted measures against three entities. The listed persons are:" and one
 * line for each, "- A, a ship manager", "• B": each item names one member of the listing
 * told in the sentence that opened the list or in the one before it. */

int events_list_item(const document *doc, const sentence *s)
{
    const char *t = doc->text + s->start;
    size_t n = s->end - s->start;
    while (n > 0 && isspace((unsigned char)t[n - 1]))
        n--;
    size_t i = util_bullet(t, n);
    if (!i) {
        while (i < n && i < 3 && isdigit((unsigned char)t[i]))
            i++;
        if (!i || i >= n || (t[i] != '.' && t[i] != ')'))
            return 0;
        if (++i == n)
            return 2; /* "1." alone: the splitter took the number for a sentence */
    }
    return i < n && isspace((unsigned char)t[i]);
}

/* "The listed persons are:", "The following were designated:", "They include:": a
 * sentence that says what follows by a form of "be" or an inclusion verb; "Its
 * statement said:" opens no list of what came before. */
static int names_members(const ruleset *rs, const syn_sentence *ps)
{
    for (size_t i = 0; ps && i < ps->n; i++)
        if (strcasecmp(ps->tok[i].lemma, "be") == 0 ||
            events_syntax_lemma_in(rs, &ps->tok[i], "inclusion_verbs"))
            return 1;
    return 0;
}

int events_list_opens(const ruleset *rs, const document *doc, const sentence *s, size_t from,
                      const syn_sentence *ps, const doc_event_list *out)
{
    size_t e = s->end;
    while (e > s->start && isspace((unsigned char)doc->text[e - 1]))
        e--;
    if (e == s->start || doc->text[e - 1] != ':')
        return 0;
    if (!names_members(rs, ps))
        from = s->start;
    for (size_t k = out->n; k > 0 && out->v[k - 1].sent_start >= from; k--)
        if (out->v[k - 1].rule->listing && out->v[k - 1].source != ACTOR_NONE)
            return 1;
    return 0;
}
