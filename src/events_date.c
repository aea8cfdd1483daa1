/* events_date — an event's date: the nearest temporal expression of its sentence that
 * is tied to the trigger, else one told just before, else the publication date for news
 * of the day. */
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

/* ---- dates ---- */

/* A clause boundary between two points of the masked sentence cuts a date off from a
 * trigger: "; ", " after " (clause_marks), ", which " (clause_marks_after_comma) and the
 * like. A date that ends right before ", when" is the time of the when-clause ("in August,
 * when the Nikkei reported it"): from the date's end (at == a) such a mark
 * (date_clause_marks) does not cut. Nor, after a date told first, does a relative clause
 * (date_relative_words) closed by a comma before the trigger: it is an aside on a word
 * between ("In May, when X, which is backed by a fund, made an offer"). A mark of
 * time_phrase_marks whose object is the date itself (", since last November") opens a
 * time phrase of the trigger's clause, no clause of its own. */
static int clause_boundary_between(const ruleset *rs, const char *ms, size_t a, size_t b,
                                   int date_first)
{
    const syn_list *marks = rules_lexicon_list(rs, "clause_marks"),
                   *after_comma = rules_lexicon_list(rs, "clause_marks_after_comma"),
                   *relative = rules_lexicon_list(rs, "date_relative_words");
    if (a > b) {
        size_t x = a;
        a = b;
        b = x;
    }
    for (size_t i = a; i + 2 <= b; i++) {
        size_t l;
        if (ms[i] == ';' && ms[i + 1] == ' ')
            return 1;
        if (ms[i] == ' ' && lexicon_at(marks, ms, i + 1, b, LEX_SPACE))
            return 1;
        if (ms[i] != ',' || ms[i + 1] != ' ' || !(l = lexicon_at(after_comma, ms, i + 2, b, LEX_SPACE)))
            continue;
        if (date_first && i == a &&
            lexicon_has(rules_lexicon_list(rs, "date_clause_marks"), ms + i + 2, l))
            continue;
        /* ", since last November" with the date the mark's own object: a time, no clause */
        if (!date_first && i + 2 + l + 1 == b &&
            lexicon_has(rules_lexicon_list(rs, "time_phrase_marks"), ms + i + 2, l))
            continue;
        const char *close = date_first && lexicon_has(relative, ms + i + 2, l)
                                ? memchr(ms + i + 2, ',', b - i - 2)
                                : NULL;
        if (!close)
            return 1;
        i = (size_t)(close - ms) - 1; /* the aside's own words hold no boundary of ours */
    }
    return 0;
}

/* Does ", when" or ", as" (date_clause_marks) follow a date that ends at masked offset b?
 * Then the date is the time of that clause ("emerged as a buyer in October, when X
 * reported ..."), whatever stands before it. */
static int date_opens_clause(const ruleset *rs, const char *ms, size_t len, size_t b)
{
    return b + 2 < len && ms[b] == ',' && ms[b + 1] == ' ' &&
           lexicon_at(rules_lexicon_list(rs, "date_clause_marks"), ms, b + 2, len, LEX_SPACE);
}

int events_word_at(const char *ms, size_t i, const char *w)
{
    size_t l = strlen(w);
    return (i == 0 || !isalnum((unsigned char)ms[i - 1])) && strncasecmp(ms + i, w, l) == 0 &&
           !isalnum((unsigned char)ms[i + l]);
}

/* "the sanctions imposed on X after its 1990 invasion of Y": a bare year after the
 * trigger inside a phrase opened by one of year_phrase_marks, with no verb or comma
 * between the mark and the year and no clause boundary before the mark, dates the
 * trigger: what followed a thing of that year is told as of that year. */
static int year_phrase_after(const ruleset *rs, const char *ms, size_t trig_e, size_t a,
                             const timex *x)
{
    if (strlen(x->value) != 4 || !isdigit((unsigned char)x->value[0]))
        return 0;
    const syn_list *marks = rules_lexicon_list(rs, "year_phrase_marks");
    for (size_t i = a; i-- > trig_e;) {
        if (ms[i] == ',' || ms[i] == ';')
            return 0;
        size_t l;
        if (ms[i] == ' ' && (l = lexicon_at(marks, ms, i + 1, a, LEX_SPACE)))
            return !clause_boundary_between(rs, ms, trig_e, i + 1, 0);
        if (isalpha((unsigned char)ms[i]) && (i == 0 || !isalnum((unsigned char)ms[i - 1]))) {
            size_t wl = 0;
            while (i + wl < a && isalpha((unsigned char)ms[i + wl]))
                wl++;
            if (events_verbish_word(rs, ms + i, wl))
                return 0;
        }
    }
    return 0;
}

/* "X opposed any sale of Y, the group that confirmed last month it was in talks": a date
 * after the trigger but past a relative word (date_relative_words) is the relative
 * clause's. */
static int relative_between(const ruleset *rs, const char *ms, size_t from, size_t to)
{
    const syn_list *rel = rules_lexicon_list(rs, "date_relative_words");
    size_t len = strlen(ms);
    for (size_t i = from; i < to; i++)
        if ((i == 0 || !isalnum((unsigned char)ms[i - 1])) && lexicon_at(rel, ms, i, len, LEX_WORD))
            return 1;
    return 0;
}

/* A participle or a finite verb: "announced", "bought" in ", first announced in August
 * 2022," — a parenthetical with its own verb is a clause. A word ending in -ed is one
 * unless it is one of ed_non_verbs ("hundred"); irregular_verb_forms are too. */
int events_verbish_word(const ruleset *rs, const char *w, size_t l)
{
    if (lexicon_has(rules_lexicon_list(rs, "irregular_verb_forms"), w, l))
        return 1;
    if (l < 5 || strncasecmp(w + l - 2, "ed", 2) != 0)
        return 0;
    return !lexicon_has(rules_lexicon_list(rs, "ed_non_verbs"), w, l);
}

/* "China objected to any sale and British security officials began scrutinising": past a
 * verb of the source's own, ", and" / " and" opens a clause with a subject of its own
 * (words that are no adverb or auxiliary, non_subject_words, then a verb or the trigger):
 * the source does not reach across it. */
int events_own_subject_between(const ruleset *rs, const char *ms, size_t a, size_t b)
{
    const syn_list *not_subj = rules_lexicon_list(rs, "non_subject_words");
    int verb = 0;
    for (size_t i = a; i < b; i++) {
        if (isalpha((unsigned char)ms[i]) && (i == 0 || !isalnum((unsigned char)ms[i - 1]))) {
            size_t l = 0;
            while (i + l < b && (isalnum((unsigned char)ms[i + l]) || ms[i + l] == '-'))
                l++;
            if (events_verbish_word(rs, ms + i, l))
                verb = 1;
            if (verb && l == 3 && strncasecmp(ms + i, "and", 3) == 0) {
                /* the words of the would-be subject */
                size_t j = i + 4, nw = 0;
                int ok = 1;
                while (j < b && ok) {
                    size_t wl = 0;
                    while (j + wl < b && (isalnum((unsigned char)ms[j + wl]) || ms[j + wl] == '-'))
                        wl++;
                    if (!wl || ms[j + wl] != ' ')
                        break;
                    if (events_verbish_word(rs, ms + j, wl) && nw > 0)
                        return 1;
                    ok = !lexicon_has(not_subj, ms + j, wl);
                    if (wl > 2 && strncasecmp(ms + j + wl - 2, "ly", 2) == 0)
                        ok = 0;
                    nw++;
                    j += wl + 1;
                    if (nw > 4)
                        ok = 0;
                }
                if (ok && nw > 0 && j >= b)
                    return 1;
            }
            i += l;
        }
    }
    return 0;
}

/* The end of the object phrase of a noun trigger that opens at masked offset i ("into
 * the deal" of "the probe into the deal, which it opened in April"): a word of
 * trigger_object_prepositions, then at most six words, up to a comma or a relative word;
 * i itself when there is none. */
static size_t past_trigger_object(const ruleset *rs, const char *ms, size_t i, size_t a)
{
    size_t l = lexicon_at(rules_lexicon_list(rs, "trigger_object_prepositions"), ms, i, a,
                          LEX_SPACE);
    if (!l)
        return i;
    size_t j = i + l;
    for (int words = 0; j < a && words <= 6; words++) {
        while (j < a && ms[j] == ' ')
            j++;
        if (j >= a || ms[j] == ',' || events_word_at(ms, j, "that") ||
            events_word_at(ms, j, "which"))
            return j;
        while (j < a && ms[j] != ' ' && ms[j] != ',')
            j++;
    }
    return i;
}

/* "a review that the ministry launched in May", "the negotiations, which began last
 * year", "the probe into the deal, which it opened in April": a relative clause on the
 * event's own noun, right after the trigger or its object, tells when the event began or
 * was made (beginning_verbs); a date in it is the event's. */
static int relative_on_trigger(const ruleset *rs, const char *ms, size_t trig_e, size_t a)
{
    const syn_list *verbs = rules_lexicon_list(rs, "beginning_verbs");
    size_t i = trig_e;
    while (i < a && ms[i] == ' ')
        i++;
    i = past_trigger_object(rs, ms, i, a);
    if (i < a && ms[i] == ',')
        i++;
    while (i < a && ms[i] == ' ')
        i++;
    if (i >= a || !(events_word_at(ms, i, "that") || events_word_at(ms, i, "which")) || a - i > 60)
        return 0;
    int verb = 0;
    size_t len = strlen(ms);
    for (size_t k = i; k < a; k++) {
        if (ms[k] == ',' || ms[k] == ';' || ms[k] == ':')
            return 0;
        verb |= (k == 0 || !isalnum((unsigned char)ms[k - 1])) &&
                lexicon_at(verbs, ms, k, len, LEX_WORD);
    }
    return verb;
}

/* The date sits in a comma-delimited parenthetical with a verb of its own ("The deal,
 * first announced in August 2022, was under investigation", "Jiangnan, which bought it
 * in 2019, was listed") and the trigger is outside it. */
static int in_foreign_parenthetical(const ruleset *rs, const char *ms, size_t len, size_t a,
                                    size_t b, size_t trs, size_t tre)
{
    size_t ps = a, pe = b;
    while (ps > 0 && !(ms[ps - 1] == ' ' && ps >= 2 && ms[ps - 2] == ','))
        ps--;
    /* "the answer came a day later: on Tuesday, the family sold ...": the words before a
     * colon are another clause, not the parenthetical's */
    for (size_t i = ps; i + 1 < a; i++)
        if (ms[i] == ':' && ms[i + 1] == ' ')
            ps = i + 2;
    while (pe < len && ms[pe] != ',' && ms[pe] != ';')
        pe++;
    if (ps == 0 || pe >= len || ms[pe] != ',')
        return 0;
    if (tre > ps && trs < pe)
        return 0;
    for (size_t i = ps; i < a;) {
        while (i < a && !isalpha((unsigned char)ms[i]))
            i++;
        size_t w = i;
        while (i < a && isalpha((unsigned char)ms[i]))
            i++;
        if (i > w && events_verbish_word(rs, ms + w, i - w))
            return 1;
        if (i > w && (events_word_at(ms, w, "which") || events_word_at(ms, w, "who") ||
                      events_word_at(ms, w, "whose")))
            return 1;
    }
    return 0;
}

/* ", the companies said on Monday", ", Acme said on Monday": a party (an actor, or one of
 * party_speakers) telling its own news (party_attribution_verbs) dates it; an outlet's report or an unnamed source
 * does not. */
static int party_speaks(const ruleset *rs, const char *ms, size_t from, size_t verb,
                        const char *v)
{
    if (!lexicon_has(rules_lexicon_list(rs, "party_attribution_verbs"), v, strlen(v)))
        return 0;
    if (verb >= from + 2 && ms[verb - 1] == ' ' && ms[verb - 2] == '\x02')
        return 1;
    return verb > from && ms[verb - 1] == ' ' &&
           lexicon_before(rules_lexicon_list(rs, "party_speakers"), ms, from, verb - 1, LEX_WORD);
}

/* Does verb v stand at i, a word of its own, and a space after it, then at most one word
 * of preps and a space, up to a? */
static int verb_before_date(const syn_list *preps, const char *ms, size_t i, const char *v,
                            size_t a)
{
    size_t vl = strlen(v), p = i + vl + 1;
    if (!events_word_at(ms, i, v) || ms[i + vl] != ' ')
        return 0;
    return p == a || (a > p && ms[a - 1] == ' ' && lexicon_has(preps, ms + p, a - 1 - p));
}

/* ", the Financial Times reported on Monday": the date of a trailing attribution
 * (attribution_date_verbs, attribution_date_prepositions) is the report's, not the date of
 * what it reports: ATTR_REPORT. ", the two companies said on Wednesday": a party telling
 * its own news dates it, ATTR_PARTY; ATTR_NONE when the date follows no attribution. */
enum { ATTR_NONE, ATTR_REPORT, ATTR_PARTY };

/* Does a form of "be" (passive_be_forms) and a space end at masked offset i, not before
 * from: "was announced in March" tells of what was announced, no attribution. */
static int passive_at(const ruleset *rs, const char *ms, size_t from, size_t i)
{
    return i > from && ms[i - 1] == ' ' &&
           lexicon_before(rules_lexicon_list(rs, "passive_be_forms"), ms, from, i - 1, LEX_WORD);
}

static int attribution_kind(const ruleset *rs, const char *ms, size_t trig_e, size_t a)
{
    const syn_list *verbs = rules_lexicon_list(rs, "attribution_date_verbs"),
                   *preps = rules_lexicon_list(rs, "attribution_date_prepositions");
    int comma = 0;
    for (size_t i = trig_e; i < a; i++)
        comma |= ms[i] == ',';
    if (!comma)
        return 0;
    /* the verbs in byte order: "said" is tried before "said late" */
    for (size_t v = 0; v < lexicon_size(verbs); v++) {
        const char *w = lexicon_word(verbs, v);
        for (size_t i = trig_e; i + strlen(w) + 1 <= a; i++)
            if (verb_before_date(preps, ms, i, w, a) && !passive_at(rs, ms, trig_e, i))
                return party_speaks(rs, ms, trig_e, i, w) ? ATTR_PARTY : ATTR_REPORT;
    }
    return ATTR_NONE;
}

/* The word of letters that ends at text offset p of t (spaces before p skipped), not
 * before from: its start in *ws and its length (0: none). */
static size_t word_ending(const char *t, size_t from, size_t p, size_t *ws)
{
    while (p > from && t[p - 1] == ' ')
        p--;
    size_t s = p;
    while (s > from && isalpha((unsigned char)t[s - 1]))
        s--;
    *ws = s;
    return p - s;
}

/* Does the word at text offset p name what was announced ("... yesterday that it would
 * cut jobs", "the announcement of a buyback"): announcement_contents? Then the
 * announcement may be of other news than the lead's. */
static int announcement_content_at(const ruleset *rs, const char *t, size_t p, size_t end)
{
    while (p < end && t[p] == ' ')
        p++;
    return lexicon_at(rules_lexicon_list(rs, "announcement_contents"), t, p, end, LEX_WORD) > 0;
}

/* "Shares soared on the announcement yesterday", "yesterday's announcement", "the
 * accord, which was announced Friday", "terms of the agreement, announced Friday": date
 * x of sentence t tells when news was made public, with no word of what it was. An
 * announcement noun (announcement_nouns) or a participle of announcing
 * (announcement_participles) in the passive (after a form of "be", passive_be_forms, or
 * opening a parenthetical that the date closes) stands before it, perhaps with one of
 * attribution_date_prepositions between; or the date is the noun's possessive. An active
 * "Ratners announced yesterday" names its announcer and is the statement's date
 * (events_doc.c), not this. */
int events_announcement_date(const ruleset *rs, const document *doc, const sentence *t,
                             const timex *x)
{
    const char *s = doc->text;
    const syn_list *nouns = rules_lexicon_list(rs, "announcement_nouns");
    size_t ws, bs, wl = word_ending(s, t->start, x->start, &ws), bl;
    if (wl && lexicon_has(rules_lexicon_list(rs, "attribution_date_prepositions"), s + ws, wl))
        wl = word_ending(s, t->start, ws, &ws);
    if (!wl)
        return 0;
    if (lexicon_has(nouns, s + ws, wl))
        return !announcement_content_at(rs, s, x->end, t->end);
    if (lexicon_has(rules_lexicon_list(rs, "announcement_participles"), s + ws, wl)) {
        if (ws >= t->start + 2 && s[ws - 1] == ' ' && s[ws - 2] == ',')
            return x->end >= t->end || s[x->end] == ',' || s[x->end] == '.' || s[x->end] == ';';
        bl = word_ending(s, t->start, ws, &bs);
        return bl && lexicon_has(rules_lexicon_list(rs, "passive_be_forms"), s + bs, bl);
    }
    if (x->end + 3 < t->end && strncmp(s + x->end, "'s ", 3) == 0) {
        size_t p = x->end + 3, n = 0;
        for (int k = 0; k < 2 && !n; k++) { /* "yesterday's surprise announcement" */
            size_t l = 0;
            while (p + l < t->end && isalpha((unsigned char)s[p + l]))
                l++;
            if (lexicon_has(nouns, s + p, l))
                n = l;
            else
                p += l + (p + l < t->end && s[p + l] == ' ');
        }
        return n && !announcement_content_at(rs, s, p + n, t->end);
    }
    return 0;
}

/* "opened an investigation on Thursday into X's 4.3 billion euro bid for Y", "sued today
 * to block X's proposed acquisition of Y": a deal's noun at masked offset trs (deal_nouns)
 * told as what a body reviews or opposes (review_object_phrases before it, no comma or
 * semicolon between) is dated by its own telling elsewhere, not by the review's date. */
int events_reviewed_deal(const ruleset *rs, const char *ms, size_t trs)
{
    const syn_list *phrases = rules_lexicon_list(rs, "review_object_phrases");
    if (!lexicon_at(rules_lexicon_list(rs, "deal_nouns"), ms, trs, strlen(ms), LEX_WORD))
        return 0;
    size_t from = trs > 90 ? trs - 90 : 0;
    for (size_t i = trs; i-- > from;) {
        if (ms[i] == ',' || ms[i] == ';')
            return 0;
        if ((i == 0 || ms[i - 1] == ' ') && lexicon_at(phrases, ms, i, trs, LEX_SPACE))
            return 1;
    }
    return 0;
}

/* "The company is in advanced talks with two buyers", "X is in talks to buy Y": a state
 * told in the present (state_openers, then no comma up to the trigger at masked offset
 * trs, within 40 bytes) holds as the news is told, on the publication day. */
int events_present_state(const ruleset *rs, const char *ms, size_t trs)
{
    const syn_list *openers = rules_lexicon_list(rs, "state_openers");
    for (size_t i = trs; i-- > 0 && trs - i <= 40;) {
        if (ms[i] == ',' || ms[i] == ';')
            return 0;
        if ((i == 0 || ms[i - 1] == ' ') && lexicon_at(openers, ms, i, trs, LEX_SPACE))
            return 1;
    }
    return 0;
}

/* The first masked offset at or past a text offset (pos only grows). */
size_t events_masked_index(const masked *m, size_t text_off)
{
    size_t lo = 0, hi = m->npos - 1;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->pos[mid] >= text_off)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}



static int timex_ref_cmp(const void *x, const void *y)
{
    const timex_ref *a = x, *b = y;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static int size_cmp(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    return a < b ? -1 : a > b;
}

void events_sentence_dates_init(sentence_dates *sd, const timex_list *tx)
{
    memset(sd, 0, sizeof *sd);
    sd->all = tx;
    sd->by_start = xmalloc((tx->n + 1) * sizeof *sd->by_start);
    for (size_t i = 0; i < tx->n; i++)
        sd->by_start[i] = (timex_ref){tx->v[i].start, i};
    if (tx->n > 1)
        qsort(sd->by_start, tx->n, sizeof *sd->by_start, timex_ref_cmp);
}

void events_sentence_dates_find(sentence_dates *sd, const sentence *s)
{
    size_t lo = 0, hi = sd->all->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sd->by_start[mid].start >= s->start)
            hi = mid;
        else
            lo = mid + 1;
    }
    sd->n = 0;
    for (size_t i = lo; i < sd->all->n && sd->by_start[i].start <= s->end; i++)
        *VEC_PUSH(sd->idx, sd->n, sd->cap) = sd->by_start[i].idx;
    if (sd->n > 1)
        qsort(sd->idx, sd->n, sizeof *sd->idx, size_cmp);
}

void events_sentence_dates_free(sentence_dates *sd)
{
    free(sd->by_start);
    free(sd->idx);
}

/* "2024-W47": the month of the ISO week's Thursday, which holds most of its days. */
static int week_month(const char *v, ymd *out)
{
    if (strlen(v) < 8 || v[4] != '-' || v[5] != 'W' || !isdigit((unsigned char)v[6]) ||
        !isdigit((unsigned char)v[7]))
        return 0;
    ymd jan4 = {atoi(v), 1, 4};
    int week = (v[6] - '0') * 10 + (v[7] - '0');
    if (week < 1 || week > 53)
        return 0;
    *out = cal_add_days(jan4, 7L * (week - 1) + 3 - cal_weekday(jan4));
    return 1;
}

static void date_from_value(event_date *d, const char *v)
{
    /* Event dates are days, months or years: a week counts as the month of its Thursday
     * (the ISO rule: "last week" of 28 April - 4 May is May), a quarter as its year, a
     * time as its day. */
    ymd wk;
    if (week_month(v, &wk)) {
        cal_format(wk, PREC_MONTH, d->value, sizeof d->value);
        d->prec = PREC_MONTH;
        return;
    }
    size_t n = 0;
    while (v[n] && (isdigit((unsigned char)v[n]) || v[n] == '-') && n < 10)
        n++;
    while (n && v[n - 1] == '-')
        n--;
    if (n == 4 || n == 7 || n == 10) {
        memcpy(d->value, v, n);
        d->value[n] = '\0';
        d->prec = n == 4 ? PREC_YEAR : n == 7 ? PREC_MONTH : PREC_DAY;
    }
}

/* The words a date came from, cut to fit. */
static void date_set_text(event_date *d, const char *text, size_t n)
{
    if (n >= sizeof d->text)
        n = sizeof d->text - 1;
    memcpy(d->text, text, n);
    d->text[n] = '\0';
}

/* "two weeks ago" is a week as a TIMEX3 (TimeBank) but, said of an event, the day that
 * many weeks before the anchor, as written: 14 days back, not the month of that week. */
static void weeks_ago_as_day(const document *doc, const timex *x, event_date *d)
{
    ymd thu;
    size_t n = x->end - x->start;
    const char *t = doc->text + x->start;
    if (!doc->anchor.y || n < 4 || strncasecmp(t + n - 3, "ago", 3) != 0 ||
        !week_month(x->value, &thu))
        return;
    ymd monday = cal_add_days(thu, -3);
    long weeks = (cal_day_number(doc->anchor) - cal_weekday(doc->anchor) -
                  cal_day_number(monday)) / 7;
    if (weeks < 1)
        return;
    cal_format(cal_add_days(doc->anchor, -7 * weeks), PREC_DAY, d->value, sizeof d->value);
    d->prec = PREC_DAY;
}

/* The event date a date expression gives, with its words; 0 (out untouched) when its
 * value is no day, month or year. */
int events_date_from_timex(const document *doc, const timex *x, event_date *out)
{
    event_date nd = {0};
    date_from_value(&nd, x->value);
    if (!nd.value[0])
        return 0;
    weeks_ago_as_day(doc, x, &nd);
    nd.basis = x->relative ? BASIS_RELATIVE : BASIS_EXPLICIT;
    date_set_text(&nd, doc->text + x->start, x->end - x->start);
    *out = nd;
    return 1;
}

/* A resolved date or time expression as a day, month or year (not one inside a name):
 * 1 and *out, *prec set, else 0 with them untouched. */
static int timex_as_ymd(const timex *x, ymd *out, date_prec *prec)
{
    if ((x->type != TIMEX_DATE && x->type != TIMEX_TIME) ||
        !isdigit((unsigned char)x->value[0]) || x->unresolved || x->in_name)
        return 0;
    event_date d = {0};
    date_from_value(&d, x->value);
    if (!d.value[0])
        return 0;
    *out = (ymd){atoi(d.value), d.prec >= PREC_MONTH ? atoi(d.value + 5) : 0,
                 d.prec >= PREC_DAY ? atoi(d.value + 8) : 0};
    *prec = d.prec;
    return 1;
}

/* The sentence's last usable date ending at or before masked offset to, as a day, month
 * or year; 0 when there is none. */
static int date_before(const sentence *s, const sentence_dates *sd, const masked *m,
                       size_t to, ymd *out, date_prec *prec)
{
    int found = 0;
    for (size_t j = 0; j < sd->n; j++) {
        const timex *x = &sd->all->v[sd->idx[j]];
        if (x->start < s->start || x->end > s->end || events_masked_index(m, x->end) > to)
            continue;
        if (timex_as_ymd(x, out, prec))
            found = 1;
    }
    return found;
}

/* A date n units (D, W, M or Y; n == 0: an unsaid number, "days later") on from
 * (sign 1) or back from it (sign -1), no finer than the unit or from's precision: "three
 * weeks" is a rough count that gives a month, "days later" too. text: the expression. */
static int count_from(ymd from, date_prec prec, char unit, long n, int sign, const char *text,
                      size_t tl, event_date *d)
{
    date_prec unit_prec = unit == 'Y' ? PREC_YEAR : unit == 'D' && n ? PREC_DAY : PREC_MONTH;
    if (prec < unit_prec || (!n && unit != 'D' && unit != 'W'))
        return 0;
    if (unit == 'Y')
        from = cal_add_months(from.m ? from : (ymd){from.y, 1, 1}, (int)(sign * 12 * n));
    else if (unit == 'M')
        from = cal_add_months(from.d ? from : (ymd){from.y, from.m, 1}, (int)(sign * n));
    else if (prec >= PREC_DAY)
        from = cal_add_days(from, sign * n * (unit == 'W' ? 7 : 1));
    else if (n)
        return 0;
    cal_format(from, unit_prec, d->value, sizeof d->value);
    d->prec = unit_prec;
    d->basis = BASIS_RELATIVE;
    date_set_text(d, text, tl);
    return 1;
}

/* A span of time "P4M" as its count and unit letter; 0 when it is no plain count. */
static int span_of(const timex *x, long *n, char *unit)
{
    char *u;
    if (x->type != TIMEX_DURATION || x->value[0] != 'P' || !isdigit((unsigned char)x->value[1]))
        return 0;
    *n = strtol(x->value + 1, &u, 10);
    *unit = u[0];
    return !u[1] && strchr("DWMY", u[0]) != NULL;
}

/* "removed the sanctions on Friday, four months after blacklisting the company": an
 * event in a clause opened by "<span> after" happened that span before the date of the
 * clause it hangs on (the sentence's date before the span, or in the lead the
 * publication date); "<span> before" counts forward. */
static int offset_date(const document *doc, const sentence *s, const sentence_dates *sd,
                       const masked *m, size_t trig_s, event_date *d)
{
    const char *ms = m->s.s;
    for (size_t j = 0; j < sd->n; j++) {
        const timex *x = &sd->all->v[sd->idx[j]];
        long n;
        char unit;
        if (x->start < s->start || x->end > s->end || !span_of(x, &n, &unit))
            continue;
        size_t a = events_masked_index(m, x->start), b = events_masked_index(m, x->end);
        int sign;
        if (strncasecmp(ms + b, " after ", 7) == 0)
            sign = -1;
        else if (strncasecmp(ms + b, " before ", 8) == 0)
            sign = 1;
        else
            continue;
        if (b > trig_s || memchr(ms + b, ',', trig_s - b) || memchr(ms + b, ';', trig_s - b))
            continue;
        ymd from;
        date_prec prec;
        if (!date_before(s, sd, m, a, &from, &prec)) {
            if (!s->lead || !doc->anchor.y)
                return 0;
            from = doc->anchor;
            prec = PREC_DAY;
        }
        return count_from(from, prec, unit, n, sign, doc->text + x->start, x->end - x->start, d);
    }
    return 0;
}

/* The paragraph's last usable date that starts before text offset to, as a day, month or
 * year; 0 when there is none. */
static int paragraph_date_before(const document *doc, const sentence *s, const sentence_dates *sd,
                                 size_t to, ymd *out, date_prec *prec)
{
    size_t lo = 0, hi = sd->all->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sd->by_start[mid].start >= to)
            hi = mid;
        else
            lo = mid + 1;
    }
    while (lo-- > 0) {
        const timex *x = &sd->all->v[sd->by_start[lo].idx];
        if (x->start < doc->paras[s->para].start)
            return 0;
        if (x->end <= to && timex_as_ymd(x, out, prec))
            return 1;
    }
    return 0;
}

/* Does a word of later_words ("later", "afterwards") follow masked offset b, after a
 * space? */
static int later_word_at(const ruleset *rs, const masked *m, size_t b)
{
    return b < m->s.len && m->s.s[b] == ' ' &&
           lexicon_at(rules_lexicon_list(rs, "later_words"), m->s.s, b + 1, m->s.len, LEX_WORD);
}

/* "Broadcom dropped its bid days later", "Two weeks later, the board resigned", "Two
 * months afterwards, a consortium countered": a span followed by one of later_words, in
 * the trigger's clause after it or opening the sentence, counts on from the date last
 * named in the paragraph. */
static int later_date(const ruleset *rs, const document *doc, const sentence *s,
                      const sentence_dates *sd, const masked *m, size_t trig_s, size_t trig_e,
                      event_date *d)
{
    static const char *const vague[] = {"days", "weeks", NULL};
    const char *ms = m->s.s;
    size_t a = 0, b = 0, ts = 0, te = 0;
    long n = 0;
    char unit = 0;
    for (size_t j = 0; j < sd->n && !unit; j++) {
        const timex *x = &sd->all->v[sd->idx[j]];
        if (x->start >= s->start && x->end <= s->end && span_of(x, &n, &unit)) {
            a = events_masked_index(m, x->start), b = events_masked_index(m, x->end);
            ts = x->start, te = x->end;
            if (!later_word_at(rs, m, b))
                unit = 0;
        }
    }
    for (size_t i = trig_e; i < m->s.len && !unit; i++)
        for (int k = 0; vague[k] && !unit; k++)
            if (events_word_at(ms, i, vague[k]) && later_word_at(rs, m, i + strlen(vague[k]))) {
                a = i, b = i + strlen(vague[k]), n = 0, unit = vague[k][0] == 'd' ? 'D' : 'W';
                ts = m->pos[a], te = m->pos[b];
            }
    if (!unit)
        return 0;
    int after = a >= trig_e && !memchr(ms + trig_e, ',', a - trig_e) &&
                !memchr(ms + trig_e, ';', a - trig_e);
    int opening = b <= trig_s && a <= 8;
    ymd from;
    date_prec prec;
    if (!(after || opening) || !paragraph_date_before(doc, s, sd, ts, &from, &prec))
        return 0;
    return count_from(from, prec, unit, n, 1, doc->text + ts, te - ts, d);
}

/* Whether date x, at masked [a, b), is tied to the trigger (see events_find_date). */
static int date_tied(const ruleset *rs, const masked *m, const timex *x, size_t a, size_t b,
                     size_t trig_s, size_t trig_e, int speech, size_t own_only)
{
    const char *ms = m->s.s;
    size_t len = m->s.len;
    if (own_only)
        return a >= own_only && a <= own_only + 4;
    if (!(b <= trig_s || !relative_on_trigger(rs, ms, trig_e, a)))
        return 1;
    int before = b <= trig_s;
    if (clause_boundary_between(rs, ms, before ? b : trig_e, before ? trig_s : a, before) &&
        !(!before && year_phrase_after(rs, ms, trig_e, a, x)))
        return 0;
    if (!before && relative_between(rs, ms, trig_e, a))
        return 0;
    /* ", a spokesperson said on Wednesday, calling ...": a reaction's own attribution is
     * no foreign parenthetical; nor is a party's telling its own news (", the two
     * companies said on Wednesday, a week after ...") */
    int attr = before ? ATTR_NONE : attribution_kind(rs, ms, trig_e, a);
    if (!(before && date_opens_clause(rs, ms, len, b)) &&
        in_foreign_parenthetical(rs, ms, len, a, b, trig_s, trig_e) &&
        !(attr == ATTR_PARTY || (speech && attr == ATTR_REPORT)))
        return 0;
    return speech || attr != ATTR_REPORT;
}

/* A date of the sentence that may be the event's: where it is in the masked sentence, its
 * distance from the trigger, its place among the sentence's dates. */
typedef struct {
    const timex *x;
    size_t a, b, dist, order;
} date_candidate;

static int candidate_cmp(const void *x, const void *y)
{
    const date_candidate *p = x, *q = y;
    if (p->dist != q->dist)
        return p->dist < q->dist ? -1 : 1;
    return (p->order > q->order) - (p->order < q->order);
}

/* Date attachment. A candidate DATE/TIME expression of the sentence is tied to the trigger
 * when no clause boundary, relative pronoun (for a date after the trigger) or foreign
 * parenthetical separates them; a trailing attribution's date (", X reported on Monday")
 * is the report's, so an event that is not speech does not take it. Of the tied ones the
 * nearest wins (the first of equally near ones), a date after the trigger in the same
 * clause ("blocked the deal on Tuesday") counting half its distance. own_only: only a date
 * right after the match ("according to the Guardian on Tuesday"). The dates are tried
 * nearest first and the first tied one taken: testing each date of a long sentence (a
 * list of dated items, 4,000 bytes) against every trigger, each test reading the text
 * between them, took seconds a sentence. */
void events_find_date(const ruleset *rs, const document *doc, const sentence *s,
                      const sentence_dates *sd, const masked *m, size_t trig_s, size_t trig_e,
                      event_date *d, int speech, size_t own_only)
{
    memset(d, 0, sizeof *d);
    const char *ms = m->s.s;
    date_candidate *c = xmalloc((sd->n ? sd->n : 1) * sizeof *c);
    size_t nc = 0;
    for (size_t j = 0; j < sd->n; j++) {
        const timex *x = &sd->all->v[sd->idx[j]];
        if (x->start < s->start || x->end > s->end)
            continue;
        if (x->type != TIMEX_DATE && x->type != TIMEX_TIME)
            continue;
        if (!isdigit((unsigned char)x->value[0]) || x->unresolved || x->in_name)
            continue;
        size_t a = events_masked_index(m, x->start), b = events_masked_index(m, x->end);
        size_t dist = b <= trig_s ? trig_s - b : a >= trig_e ? a - trig_e : 0;
        if (a >= trig_e && !memchr(ms + trig_e, ',', a - trig_e))
            dist /= 2;
        c[nc++] = (date_candidate){x, a, b, dist, j};
    }
    qsort(c, nc, sizeof *c, candidate_cmp);
    const timex *best = NULL;
    for (size_t k = 0; k < nc && !best; k++)
        if (date_tied(rs, m, c[k].x, c[k].a, c[k].b, trig_s, trig_e, speech, own_only))
            best = c[k].x;
    free(c);
    if (best && events_date_from_timex(doc, best, d))
        return;
    if (!own_only && (offset_date(doc, s, sd, m, trig_s, d) ||
                      later_date(rs, doc, s, sd, m, trig_s, trig_e, d)))
        return;
    /* News of the day: the lead tells what just happened, unless in the past perfect. So
     * does a reaction told as the speaker's word anywhere ("China's embassy said it firmly
     * opposed the move"): speech == 2. */
    if ((s->lead || speech == 2) && doc->anchor.y) {
        /* "according to the newspaper" closes what it reports: the report is of the day */
        size_t from = trig_s > 24 ? trig_s - 24 : 0;
        if (own_only)
            from = trig_s;
        for (size_t i = from; i + 4 <= trig_s; i++)
            if (strncasecmp(m->s.s + i, "had ", 4) == 0 && (i == 0 || m->s.s[i - 1] == ' '))
                return;
        /* "... ended talks, after China objected to any sale": a happening told in a
         * subordinate clause (subordinators) is background, not the news of the day. */
        const syn_list *subs = rules_lexicon_list(rs, "subordinators");
        for (size_t i = 0; i + 1 < trig_s && !own_only; i++)
            if (m->s.s[i] == ' ' && lexicon_at(subs, m->s.s, i + 1, trig_s, LEX_SPACE))
                return;
        cal_format(doc->anchor, PREC_DAY, d->value, sizeof d->value);
        d->prec = PREC_DAY;
        d->basis = BASIS_DOCUMENT;
    }
}
