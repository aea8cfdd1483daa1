/* events_mask — a sentence as the patterns see it: each actor mention a placeholder
 * "\x01N\x02", runs of white space one space, with a map back to text offsets. */
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


void events_mask_put(masked *m, const char *bytes, size_t n, size_t text_off)
{
    sb_add(&m->s, bytes, n);
    for (size_t i = 0; i < n; i++)
        *VEC_PUSH(m->pos, m->npos, m->cappos) = text_off;
}



void events_mask_sentence(const document *doc, const actor_table *actors, const sentence *s,
                          size_t *first_mention, const pronoun_ref *prons, size_t nprons,
                          masked *m)
{
    const char *t = doc->text;
    size_t mi = *first_mention, pi = 0;
    while (mi < actors->nmentions && actors->mentions[mi].start < s->start)
        mi++;
    *first_mention = mi;
    int space = 0;
    for (size_t i = s->start; i < s->end;) {
        if (pi < nprons && prons[pi].at == i) {
            char buf[32];
            int n = snprintf(buf, sizeof buf, "\x01%zu\x02", prons[pi].mention);
            events_mask_put(m, buf, (size_t)n, i);
            i += 2;
            pi++;
            space = 0;
            continue;
        }
        if (mi < actors->nmentions && actors->mentions[mi].start == i) {
            char buf[32];
            int n = snprintf(buf, sizeof buf, "\x01%zu\x02", mi);
            events_mask_put(m, buf, (size_t)n, i);
            i = actors->mentions[mi].end;
            mi++;
            space = 0;
            continue;
        }
        if (isspace((unsigned char)t[i])) {
            if (!space)
                events_mask_put(m, " ", 1, i);
            space = 1;
            i++;
            continue;
        }
        space = 0;
        events_mask_put(m, t + i, 1, i);
        i++;
    }
    *VEC_PUSH(m->pos, m->npos, m->cappos) = s->end;
}

/* "X, Hong Kong-based Y and Z": a comma and a few words of description with no article
 * or preposition (list_item_stops) before the next actor go on a list; "X, the Austin,
 * Texas-based maker" and "X, maker of Y" stay appositions. */
static int described_list_item(const ruleset *rs, const char *ms, size_t from, size_t to)
{
    const syn_list *stops = rules_lexicon_list(rs, "list_item_stops");
    if (to - from < 4 || ms[from] != ',' || ms[from + 1] != ' ' || ms[to - 1] != ' ')
        return 0;
    size_t words = 0;
    for (size_t i = from + 2; i < to;) {
        size_t j = i;
        while (j < to && (isalnum((unsigned char)ms[j]) || ms[j] == '-' || ms[j] == '\''))
            j++;
        if (j == i || j >= to || ms[j] != ' ' || ++words > 4 || lexicon_has(stops, ms + i, j - i))
            return 0;
        i = j + 1;
    }
    return 1;
}

/* Does a conjunction of role_conjunctions stand in ms[from, to), a space after it? */
static int conjunction_between(const syn_list *conj, const char *ms, size_t from, size_t to)
{
    for (size_t j = from; j < to; j++)
        if ((j == 0 || !isalnum((unsigned char)ms[j - 1])) && lexicon_at(conj, ms, j, to, LEX_SPACE))
            return 1;
    return 0;
}

/* "NSO Group, the Israeli maker of the Pegasus tool, and a second firm, Candiru",
 * "Norvale, the Austin, Texas-based chipmaker": the items of a role are its first actor
 * and those after a conjunction, or after a bare comma that follows an item; an actor
 * inside an apposition is not one. */
size_t events_placeholders(const ruleset *rs, const char *ms, size_t s, size_t e, size_t *out,
                           size_t max)
{
    const syn_list *conj = rules_lexicon_list(rs, "role_conjunctions");
    size_t n = 0, prev_end = 0;
    int first = 1, prev_item = 0;
    for (size_t i = s; i < e && n < max; i++) {
        if (ms[i] != '\x01')
            continue;
        size_t v = 0, ph = i;
        i++;
        while (i < e && isdigit((unsigned char)ms[i]))
            v = v * 10 + (size_t)(ms[i++] - '0');
        int item = first;
        if (!first) {
            size_t gl = ph - prev_end;
            if ((gl == 2 && ms[prev_end] == ',' && ms[prev_end + 1] == ' ') ||
                (gl == 1 && ms[prev_end] == ' ') || described_list_item(rs, ms, prev_end, ph))
                item = prev_item;
            if (!item)
                item = conjunction_between(conj, ms, prev_end, ph);
        }
        first = 0;
        prev_item = item;
        prev_end = i + 1;
        if (item)
            out[n++] = v;
    }
    return n;
}
