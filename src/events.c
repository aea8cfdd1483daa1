/* events — turn sentences into events with the compiled rules.
 *
 * Each body sentence is masked: every actor mention becomes a placeholder "\x01N\x02"
 * (N the mention's index) and runs of white space become one space, so a rule's
 * pattern speaks of roles ({SRC}, {TGT}) instead of names. A match yields one event for
 * every source and target named in the matched (possibly coordinated) role spans. Then:
 *   modality: hypothetical / negated cues in the words just before the trigger;
 *   date:     the nearest DATE/TIME expression of the sentence not cut off from the
 *             trigger by a clause boundary; else, in the lead paragraph, the publication
 *             date (news of the day); else none;
 *   target:   for types that name a deal's opponent or reviewer, a missing target is the
 *             buyer of the document's deal. */
#include "events.h"

#include "diag.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    strbuf s;
    size_t *pos;    /* masked offset -> text offset */
    size_t npos, cappos;
} masked;

static void mask_put(masked *m, const char *bytes, size_t n, size_t text_off)
{
    sb_add(&m->s, bytes, n);
    for (size_t i = 0; i < n; i++)
        *VEC_PUSH(m->pos, m->npos, m->cappos) = text_off;
}

/* A pronoun read as an actor: the word "it" at text offset at stands for mention. */
typedef struct {
    size_t at, mention;
} pronoun_ref;

#define MAX_PRONOUNS 1

static void mask_sentence(const document *doc, const actor_table *actors, const sentence *s,
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
            mask_put(m, buf, (size_t)n, i);
            i += 2;
            pi++;
            space = 0;
            continue;
        }
        if (mi < actors->nmentions && actors->mentions[mi].start == i) {
            char buf[32];
            int n = snprintf(buf, sizeof buf, "\x01%zu\x02", mi);
            mask_put(m, buf, (size_t)n, i);
            i = actors->mentions[mi].end;
            mi++;
            space = 0;
            continue;
        }
        if (isspace((unsigned char)t[i])) {
            if (!space)
                mask_put(m, " ", 1, i);
            space = 1;
            i++;
            continue;
        }
        space = 0;
        mask_put(m, t + i, 1, i);
        i++;
    }
    *VEC_PUSH(m->pos, m->npos, m->cappos) = s->end;
}

/* "X, Hong Kong-based Y and Z": a comma and a few words of description with no article
 * or preposition before the next actor go on a list; "X, the Austin, Texas-based maker"
 * and "X, maker of Y" stay appositions. */
static int described_list_item(const char *ms, size_t from, size_t to)
{
    static const char *const stop[] = {"the", "a", "an", "its", "their", "his", "her", "which",
                                       "who", "whose", "whom", "that", "of", "in", "at", "for",
                                       "from", "by", "with", "and", "or", "said", "says", NULL};
    if (to - from < 4 || ms[from] != ',' || ms[from + 1] != ' ' || ms[to - 1] != ' ')
        return 0;
    size_t words = 0;
    for (size_t i = from + 2; i < to;) {
        size_t j = i;
        while (j < to && (isalnum((unsigned char)ms[j]) || ms[j] == '-' || ms[j] == '\''))
            j++;
        if (j == i || j >= to || ms[j] != ' ' || ++words > 4)
            return 0;
        for (int k = 0; stop[k]; k++)
            if (j - i == strlen(stop[k]) && strncasecmp(ms + i, stop[k], j - i) == 0)
                return 0;
        i = j + 1;
    }
    return 1;
}

/* "NSO Group, the Israeli maker of the Pegasus tool, and a second firm, Candiru",
 * "Norvale, the Austin, Texas-based chipmaker": the items of a role are its first actor
 * and those after a conjunction, or after a bare comma that follows an item; an actor
 * inside an apposition is not one. */
static size_t placeholders(const char *ms, size_t s, size_t e, size_t *out, size_t max)
{
    static const char *const conj[] = {" and ", " & ", "as well as ", "along with ",
                                       "together with ", "alongside ", " plus ", " or ", NULL};
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
                (gl == 1 && ms[prev_end] == ' ') || described_list_item(ms, prev_end, ph))
                item = prev_item;
            for (int k = 0; conj[k] && !item; k++) {
                size_t l = strlen(conj[k]);
                for (size_t j = prev_end; j + l <= ph + 1 && !item; j++)
                    item = strncasecmp(ms + j, conj[k], l) == 0;
            }
        }
        first = 0;
        prev_item = item;
        prev_end = i + 1;
        if (item)
            out[n++] = v;
    }
    return n;
}

/* ---- modality ---- */

static modality find_modality(const ruleset *rs, const char *ms, size_t trig, pcre2_match_data *md)
{
    /* The cues are written to match at the end of the words before the trigger. */
    size_t from = trig > 160 ? trig - 160 : 0;
    while (from > 0 && from < trig && (((unsigned char)ms[from]) & 0xC0) == 0x80)
        from++;
    char *win = xstrndup(ms + from, trig - from);
    modality m = MOD_ASSERTED;
    if (rx_match(rs->negated, win, trig - from, 0, md))
        m = MOD_NEGATED;
    else if (rx_match(rs->hypothetical, win, trig - from, 0, md))
        m = MOD_HYPOTHETICAL;
    free(win);
    return m;
}

/* ---- dates ---- */

/* A clause boundary between two points of the masked sentence cuts a date off from a
 * trigger: "; ", " - ", ", which", ", after" and the like. A date that ends right before
 * ", when" is the time of the when-clause ("in August, when the Nikkei reported it"):
 * from the date's end (at == a) that mark does not cut. */
static int clause_boundary_between(const char *ms, size_t a, size_t b, int date_first)
{
    static const char *const marks[] = {"; ", ", which ", ", who ", ", after ", " after ",
                                        ", before ", " before ", ", when ", ", while ", " but ",
                                        ", as ", ", following ", " following ", ", whose ",
                                        ", since ", ", because ", NULL};
    if (a > b) {
        size_t x = a;
        a = b;
        b = x;
    }
    for (int k = 0; marks[k]; k++) {
        size_t l = strlen(marks[k]);
        for (size_t i = a; i + l <= b; i++)
            if (strncasecmp(ms + i, marks[k], l) == 0) {
                if (date_first && i == a &&
                    (strcmp(marks[k], ", when ") == 0 || strcmp(marks[k], ", as ") == 0))
                    continue;
                return 1;
            }
    }
    return 0;
}

static int word_at(const char *ms, size_t i, const char *w)
{
    size_t l = strlen(w);
    return (i == 0 || !isalnum((unsigned char)ms[i - 1])) && strncasecmp(ms + i, w, l) == 0 &&
           !isalnum((unsigned char)ms[i + l]);
}

/* "X opposed any sale of Y, the group that confirmed last month it was in talks": a date
 * after the trigger but past a relative pronoun is the relative clause's. */
static int relative_between(const char *ms, size_t from, size_t to)
{
    static const char *const rel[] = {"that", "which", "who", "whom", "whose", NULL};
    for (size_t i = from; i < to; i++)
        for (int k = 0; rel[k]; k++)
            if (word_at(ms, i, rel[k]))
                return 1;
    return 0;
}

/* A participle or a finite verb: "announced", "bought" in ", first announced in August
 * 2022," — a parenthetical with its own verb is a clause. */
static int verbish_word(const char *w, size_t l)
{
    static const char *const not_verbs[] = {"hundred", "united", "indeed", "embed", "based",
                                            "related", "listed", "limited", "red", "bed",
                                            "speed", "need", "seed", "feed", "weed", NULL};
    static const char *const irregular[] = {"bought", "sold", "made", "put", "took", "won",
                                            "began", "begun", "told", "said", "known", NULL};
    for (int k = 0; irregular[k]; k++)
        if (l == strlen(irregular[k]) && strncasecmp(w, irregular[k], l) == 0)
            return 1;
    if (l < 5 || strncasecmp(w + l - 2, "ed", 2) != 0)
        return 0;
    for (int k = 0; not_verbs[k]; k++)
        if (l == strlen(not_verbs[k]) && strncasecmp(w, not_verbs[k], l) == 0)
            return 0;
    return 1;
}

/* "China objected to any sale and British security officials began scrutinising": past a
 * verb of the source's own, ", and" / " and" opens a clause with a subject of its own
 * (words that are no adverb or auxiliary, then a verb or the trigger): the source does not
 * reach across it. */
static int own_subject_between(const char *ms, size_t a, size_t b)
{
    static const char *const not_subj[] = {"also", "later", "then", "subsequently", "eventually",
        "finally", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could",
        "may", "might", "should", "can", "did", "does", "do", "again", "last", "this", "earlier",
        "on", "in", "it", "not", "never", "now", "soon", "still", "yet", "even", "to", "be",
        "been", "once", "instead", "so", "thus", "has", "its", "their", NULL};
    int verb = 0;
    for (size_t i = a; i < b; i++) {
        if (isalpha((unsigned char)ms[i]) && (i == 0 || !isalnum((unsigned char)ms[i - 1]))) {
            size_t l = 0;
            while (i + l < b && (isalnum((unsigned char)ms[i + l]) || ms[i + l] == '-'))
                l++;
            if (verbish_word(ms + i, l))
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
                    if (verbish_word(ms + j, wl) && nw > 0)
                        return 1;
                    for (int k = 0; not_subj[k] && ok; k++)
                        ok = !(wl == strlen(not_subj[k]) && strncasecmp(ms + j, not_subj[k], wl) == 0);
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

/* "a review that the ministry launched in May", "the negotiations, which began last
 * year": a relative clause on the event's own noun, right after the trigger, tells when
 * the event began or was made; a date in it is the event's. */
static int relative_on_trigger(const char *ms, size_t trig_e, size_t a)
{
    static const char *const verbs[] = {"began", "begun", "started", "opened", "launched",
                                        "initiated", "announced", "unveiled", "imposed", NULL};
    size_t i = trig_e;
    while (i < a && ms[i] == ' ')
        i++;
    if (i < a && ms[i] == ',')
        i++;
    while (i < a && ms[i] == ' ')
        i++;
    if (i >= a || !(word_at(ms, i, "that") || word_at(ms, i, "which")) || a - i > 60)
        return 0;
    int verb = 0;
    for (size_t k = i; k < a; k++) {
        if (ms[k] == ',' || ms[k] == ';' || ms[k] == ':')
            return 0;
        for (int v = 0; verbs[v] && !verb; v++)
            verb = word_at(ms, k, verbs[v]);
    }
    return verb;
}

/* The date sits in a comma-delimited parenthetical with a verb of its own ("The deal,
 * first announced in August 2022, was under investigation", "Jiangnan, which bought it
 * in 2019, was listed") and the trigger is outside it. */
static int in_foreign_parenthetical(const char *ms, size_t len, size_t a, size_t b,
                                    size_t trs, size_t tre)
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
        if (i > w && verbish_word(ms + w, i - w))
            return 1;
        if (i > w && (word_at(ms, w, "which") || word_at(ms, w, "who") || word_at(ms, w, "whose")))
            return 1;
    }
    return 0;
}

/* ", the companies said on Monday", ", Acme said on Monday": a party telling its own
 * news dates it; an outlet's report or an unnamed source does not. */
static int party_speaks(const char *ms, size_t from, size_t verb, const char *v)
{
    static const char *const speakers[] = {"the company ", "the companies ", "the two companies ",
        "the firms ", "the two firms ", "the two sides ", "the group ", "the two groups ", NULL};
    if (strcmp(v, "said") != 0 && strcmp(v, "says") != 0)
        return 0;
    if (verb >= from + 2 && ms[verb - 1] == ' ' && ms[verb - 2] == '\x02')
        return 1;
    for (int k = 0; speakers[k]; k++) {
        size_t l = strlen(speakers[k]);
        if (verb >= from + l && strncasecmp(ms + verb - l, speakers[k], l) == 0)
            return 1;
    }
    return 0;
}

/* ", the Financial Times reported on Monday": the date of a trailing attribution is the
 * report's, not the date of what it reports. */
static int attribution_date(const char *ms, size_t trig_e, size_t a)
{
    static const char *const verbs[] = {"reported", "reports", "said", "says", "wrote",
                                        "told", "reported late", "said late", "mentioned",
                                        NULL};
    static const char *const preps[] = {"", "on ", "in ", "late ", "earlier ", "last ",
                                        "this ", NULL};
    int comma = 0;
    for (size_t i = trig_e; i < a; i++)
        comma |= ms[i] == ',';
    if (!comma)
        return 0;
    for (int v = 0; verbs[v]; v++)
        for (int p = 0; preps[p]; p++) {
            size_t l = strlen(verbs[v]) + 1 + strlen(preps[p]);
            if (a < trig_e + l)
                continue;
            size_t i = a - l;
            if (word_at(ms, i, verbs[v]) && ms[i + strlen(verbs[v])] == ' ' &&
                strncasecmp(ms + i + strlen(verbs[v]) + 1, preps[p], strlen(preps[p])) == 0)
                return !party_speaks(ms, trig_e, i, verbs[v]);
        }
    return 0;
}

/* The first masked offset at or past a text offset (pos only grows). */
static size_t masked_index(const masked *m, size_t text_off)
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

/* The date expressions of one sentence, in the order of the document's list: looked up
 * once per sentence in a copy of the list sorted by start, so that an event's date is
 * found without reading the whole list. */
typedef struct {
    size_t start, idx;
} timex_ref;

typedef struct {
    const timex_list *all;
    timex_ref *by_start;
    size_t *idx; /* the sentence's */
    size_t n, cap;
} sentence_dates;

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

static void sentence_dates_init(sentence_dates *sd, const timex_list *tx)
{
    memset(sd, 0, sizeof *sd);
    sd->all = tx;
    sd->by_start = xmalloc((tx->n + 1) * sizeof *sd->by_start);
    for (size_t i = 0; i < tx->n; i++)
        sd->by_start[i] = (timex_ref){tx->v[i].start, i};
    if (tx->n > 1)
        qsort(sd->by_start, tx->n, sizeof *sd->by_start, timex_ref_cmp);
}

static void sentence_dates_find(sentence_dates *sd, const sentence *s)
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

static void sentence_dates_free(sentence_dates *sd)
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
static int date_from_timex(const document *doc, const timex *x, event_date *out)
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
        if (x->start < s->start || x->end > s->end || masked_index(m, x->end) > to)
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
        size_t a = masked_index(m, x->start), b = masked_index(m, x->end);
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

/* "Broadcom dropped its bid days later", "Two weeks later, the board resigned": a span
 * followed by "later", in the trigger's clause after it or opening the sentence, counts
 * on from the date last named in the paragraph. */
static int later_date(const document *doc, const sentence *s, const sentence_dates *sd,
                      const masked *m, size_t trig_s, size_t trig_e, event_date *d)
{
    static const char *const vague[] = {"days", "weeks", NULL};
    const char *ms = m->s.s;
    size_t a = 0, b = 0, ts = 0, te = 0;
    long n = 0;
    char unit = 0;
    for (size_t j = 0; j < sd->n && !unit; j++) {
        const timex *x = &sd->all->v[sd->idx[j]];
        if (x->start >= s->start && x->end <= s->end && span_of(x, &n, &unit)) {
            a = masked_index(m, x->start), b = masked_index(m, x->end);
            ts = x->start, te = x->end;
            if (strncasecmp(ms + b, " later", 6) != 0 || isalpha((unsigned char)ms[b + 6]))
                unit = 0;
        }
    }
    for (size_t i = trig_e; i < m->s.len && !unit; i++)
        for (int k = 0; vague[k] && !unit; k++)
            if (word_at(ms, i, vague[k]) && strncasecmp(ms + i + strlen(vague[k]), " later", 6) == 0 &&
                !isalpha((unsigned char)ms[i + strlen(vague[k]) + 6])) {
                a = i, b = i + strlen(vague[k]), n = 0, unit = vague[k][0] == 'd' ? 'D' : 'W';
                ts = m->pos[a], te = m->pos[b];
            }
    if (!unit)
        return 0;
    int after = a >= trig_e && !memchr(ms + trig_e, ',', a - trig_e) && !memchr(ms + trig_e, ';', a - trig_e);
    int opening = b <= trig_s && a <= 8;
    ymd from;
    date_prec prec;
    if (!(after || opening) || !paragraph_date_before(doc, s, sd, ts, &from, &prec))
        return 0;
    return count_from(from, prec, unit, n, 1, doc->text + ts, te - ts, d);
}

/* Date attachment. A candidate DATE/TIME expression of the sentence is tied to the trigger
 * when no clause boundary, relative pronoun (for a date after the trigger) or foreign
 * parenthetical separates them; a trailing attribution's date (", X reported on Monday")
 * is the report's, so an event that is not speech does not take it. Of the tied ones the
 * nearest wins, a date after the trigger in the same clause ("blocked the deal on
 * Tuesday") counting half its distance. own_only: only a date right after the match
 * ("according to the Guardian on Tuesday"). */
static void find_date(const document *doc, const sentence *s, const sentence_dates *sd,
                      const masked *m, size_t trig_s, size_t trig_e, event_date *d,
                      int speech, size_t own_only)
{
    memset(d, 0, sizeof *d);
    const char *ms = m->s.s;
    size_t len = m->s.len;
    const timex *best = NULL;
    size_t bestdist = (size_t)-1;
    for (size_t j = 0; j < sd->n; j++) {
        const timex *x = &sd->all->v[sd->idx[j]];
        if (x->start < s->start || x->end > s->end)
            continue;
        if (x->type != TIMEX_DATE && x->type != TIMEX_TIME)
            continue;
        if (!isdigit((unsigned char)x->value[0]) || x->unresolved || x->in_name)
            continue;
        size_t a = masked_index(m, x->start), b = masked_index(m, x->end);
        if (own_only) {
            if (a < own_only || a > own_only + 4)
                continue;
        } else if (b <= trig_s || !relative_on_trigger(ms, trig_e, a)) {
            int before = b <= trig_s;
            if (clause_boundary_between(ms, before ? b : trig_e, before ? trig_s : a, before))
                continue;
            if (!before && relative_between(ms, trig_e, a))
                continue;
            /* ", a spokesperson said on Wednesday, calling ...": a reaction's own
             * attribution is no foreign parenthetical */
            if (in_foreign_parenthetical(ms, len, a, b, trig_s, trig_e) &&
                !(speech && !before && attribution_date(ms, trig_e, a)))
                continue;
            if (!before && !speech && attribution_date(ms, trig_e, a))
                continue;
        }
        size_t dist = b <= trig_s ? trig_s - b : a >= trig_e ? a - trig_e : 0;
        if (a >= trig_e) {
            int comma = 0;
            for (size_t k = trig_e; k < a; k++)
                comma |= ms[k] == ',';
            if (!comma)
                dist /= 2;
        }
        if (dist < bestdist)
            best = x, bestdist = dist;
    }
    if (best && date_from_timex(doc, best, d))
        return;
    if (!own_only && (offset_date(doc, s, sd, m, trig_s, d) ||
                      later_date(doc, s, sd, m, trig_s, trig_e, d)))
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
         * subordinate clause is background, not the news of the day. */
        static const char *const subs[] = {" after ", " before ", " following ", " since ",
                                           " because ", " amid ", " when ", " once ", NULL};
        for (int k = 0; subs[k] && !own_only; k++) {
            size_t l = strlen(subs[k]);
            for (size_t i = 0; i + l <= trig_s; i++)
                if (strncasecmp(m->s.s + i, subs[k], l) == 0)
                    return;
        }
        cal_format(doc->anchor, PREC_DAY, d->value, sizeof d->value);
        d->prec = PREC_DAY;
        d->basis = BASIS_DOCUMENT;
    }
}

/* ---- matching ---- */

/* "OFAC is designating X", "Y is also being designated today": a listing told in the
 * present progressive is being made as the news is told, on the publication day. */
static int progressive_now(const char *ms, size_t trs, size_t tre)
{
    static const char *const aux[] = {"is ", "are ", "is also ", "are also ", "is now ",
                                      "are now ", "is also being ", "are also being ",
                                      "is being ", "are being ", NULL};
    int ing = tre - trs > 3 && strncasecmp(ms + tre - 3, "ing", 3) == 0;
    for (int k = 0; aux[k]; k++) {
        size_t l = strlen(aux[k]);
        int being = strstr(aux[k], "being") != NULL;
        if ((ing || being) && trs >= l && strncasecmp(ms + trs - l, aux[k], l) == 0 &&
            (trs == l || ms[trs - l - 1] == ' '))
            return 1;
    }
    return 0;
}

static void date_of_the_day(const document *doc, event_date *d)
{
    cal_format(doc->anchor, PREC_DAY, d->value, sizeof d->value);
    d->prec = PREC_DAY;
    d->basis = BASIS_DOCUMENT;
}

static int public_body(actor_kind k)
{
    return k == KIND_GOVERNMENT || k == KIND_COUNTRY || k == KIND_ALLIANCE;
}

static int kind_ok(unsigned kinds, actor_kind k)
{
    return !kinds || (kinds & (1u << k));
}

static int same_event(const doc_event *a, const doc_event *b)
{
    return a->rule == b->rule && a->source == b->source && a->target == b->target &&
           a->sent_start == b->sent_start;
}

/* Same type, source and sentence, one of them without a target: the targeted one
 * tells more. */
static int less_specific(const doc_event *a, const doc_event *b)
{
    return a->rule == b->rule && a->source == b->source && a->sent_start == b->sent_start &&
           a->target == ACTOR_NONE && b->target != ACTOR_NONE;
}

/* A date read in the sentence says more than the publication date standing in. */
static int date_rank(const event_date *d)
{
    return !d->value[0] ? 0 : d->basis == BASIS_DOCUMENT ? 1 : 2;
}

static void add_event(doc_event_list *out, const doc_event *e)
{
    /* events come sentence by sentence: only those of e's sentence, at the end, compare */
    size_t from = out->n;
    while (from > 0 && out->v[from - 1].sent_start == e->sent_start)
        from--;
    for (size_t i = from; i < out->n; i++) {
        doc_event *o = &out->v[i];
        if (less_specific(e, o))
            return;
        if (less_specific(o, e)) {
            event_date d = o->date.value[0] && !e->date.value[0] ? o->date : e->date;
            *o = *e;
            o->date = d;
            return;
        }
        if (!same_event(o, e))
            continue;
        /* The same event from two frames: keep the one with more to say. */
        if (date_rank(&e->date) > date_rank(&o->date))
            o->date = e->date;
        return;
    }
    *VEC_PUSH(out->v, out->n, out->cap) = *e;
}

#define MAX_ROLE 8

/* Whether needle occurs in ms[from, to). */
static int strstr_in(const char *ms, size_t from, size_t to, const char *needle)
{
    size_t l = strlen(needle);
    for (size_t i = from; i + l <= to; i++)
        if (strncasecmp(ms + i, needle, l) == 0)
            return 1;
    return 0;
}

/* "the blacklisting of", "the sanctions on": a listing act and its object between from
 * and to. */
static int listing_act_of(const char *ms, size_t from, size_t to)
{
    static const char *const acts[] = {"blacklisting of ", "listing of ", "designation of ",
                                       "sanctions on ", "sanctions against ", "addition of ",
                                       "inclusion of ", "sanctioning of ", NULL};
    for (int k = 0; acts[k]; k++)
        if (strstr_in(ms, from, to, acts[k]))
            return 1;
    return 0;
}

/* "firmly opposes the move": the words after a trigger name an act (a listing, a
 * measure), not a deal. */
static int aimed_at_act(const char *ms, size_t from, size_t len)
{
    static const char *const acts[] = {"move", "decision", "measure", "listing", "designation",
                                       "sanction", "blacklist", "ban", "restriction", "curbs",
                                       "step", "action", "go ", "inclusion", "addition",
                                       "delisting", NULL};
    size_t end = from + 40 < len ? from + 40 : len;
    for (size_t i = from; i < end; i++) {
        if (ms[i] == '\x01' || ms[i] == '.' || ms[i] == ';')
            break;
        if (i > from && ms[i - 1] != ' ' && ms[i - 1] != '"')
            continue;
        for (int k = 0; acts[k]; k++)
            if (strncasecmp(ms + i, acts[k], strlen(acts[k])) == 0)
                return 1;
    }
    return 0;
}

/* "objected to the European Union's decision to list ...": the mention is the author of
 * the act it possesses, a body an objection may be aimed at whatever its kind. The
 * possessive may be part of the mention (a gazetteer alias "European Union's"). */
static int possesses_act(const document *doc, const actor_table *actors, const char *ms,
                         size_t len, size_t mention_idx)
{
    char ph[32];
    int n = snprintf(ph, sizeof ph, "\x01%zu\x02", mention_idx);
    const char *at = strstr(ms, ph);
    if (!at)
        return 0;
    size_t i = (size_t)(at - ms) + (size_t)n;
    const char *t = doc->text;
    size_t e = actors->mentions[mention_idx].end;
    int owned = (e >= 2 && strncmp(t + e - 2, "'s", 2) == 0) ||
                (e >= 4 && strncmp(t + e - 4, "\xe2\x80\x99s", 4) == 0);
    if (!owned && i + 3 <= len && strncmp(ms + i, "'s ", 3) == 0) {
        i += 2;
        owned = 1;
    }
    if (!owned || i >= len || ms[i] != ' ')
        return 0;
    return aimed_at_act(ms, i + 1, len);
}

/* The first dated expression of sentence s that lies in [from, to) of its masked text and
 * starts by latest, into d; d is left alone when there is none. */
static void first_date_in(const document *doc, const sentence *s, const sentence_dates *sd,
                          const masked *m, size_t from, size_t to, size_t latest, event_date *d)
{
    for (size_t j = 0; j < sd->n; j++) {
        const timex *x = &sd->all->v[sd->idx[j]];
        if (x->start < s->start || x->end > s->end ||
            (x->type != TIMEX_DATE && x->type != TIMEX_TIME) ||
            !isdigit((unsigned char)x->value[0]) || x->unresolved || x->in_name)
            continue;
        size_t a = masked_index(m, x->start), b = masked_index(m, x->end);
        if (a >= from && b <= to && a <= latest && date_from_timex(doc, x, d))
            return;
    }
}

/* The date written right after a source's mention ("by the CMA in August 2023"), before
 * the next actor. */
static void source_date(const document *doc, const sentence *s, const sentence_dates *sd,
                        const masked *m, size_t mention_idx, event_date *d)
{
    char ph[32];
    int n = snprintf(ph, sizeof ph, "\x01%zu\x02", mention_idx);
    const char *at = strstr(m->s.s, ph);
    if (!at)
        return;
    size_t from = (size_t)(at - m->s.s) + (size_t)n, to = from;
    while (to < m->s.len && m->s.s[to] != '\x01' && to < from + 40)
        to++;
    first_date_in(doc, s, sd, m, from, to, from + 8, d);
}

/* "received clearance from the Commission, which approved it in July": a relative clause
 * on a source named after the trigger that tells the same act again (a trigger of the
 * rule, done to "it" or "the deal") dates the event with its own date. */
static void source_retold_date(const document *doc, const sentence *s, const sentence_dates *sd,
                               const masked *m, const event_rule *r, size_t mention_idx,
                               pcre2_match_data *md, event_date *d)
{
    static const char *const objects[] = {"it", "the deal", "the transaction", "the merger",
                                          "the takeover", "the acquisition", NULL};
    char ph[32];
    int n = snprintf(ph, sizeof ph, "\x01%zu\x02, ", mention_idx);
    const char *at = strstr(m->s.s, ph);
    if (!at || !r->prefilter)
        return;
    const char *ms = m->s.s;
    size_t p = (size_t)(at - ms) + (size_t)n;
    if (!word_at(ms, p, "which") && !word_at(ms, p, "who"))
        return;
    p += word_at(ms, p, "who") ? 4 : 6;
    size_t end = p;
    while (end < m->s.len && ms[end] != ',' && ms[end] != ';')
        end++;
    if (!rx_match(r->prefilter, ms, end, p, md))
        return;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if (ov[0] > p + 16)
        return;
    size_t o = ov[1];
    while (o < end && isalpha((unsigned char)ms[o])) /* the prefilter may stop inside a word */
        o++;
    while (o < end && ms[o] == ' ')
        o++;
    int object = 0;
    for (int k = 0; objects[k] && !object; k++)
        object = word_at(ms, o, objects[k]);
    if (!object)
        return;
    first_date_in(doc, s, sd, m, o, end, end, d);
}

/* "Britain's competition regulator blocked the takeover", "the CMA blocked the deal":
 * a competition or investment regulator that blocks, vetoes or prohibits a deal is
 * reviewing it; returns the rule's regulator_blocks_as type then. */
static const event_rule *regulator_block(const event_rule *r, const char *ms, size_t src_s,
                                         size_t trs, size_t tre, const char *src_name)
{
    static const char *const verbs[] = {"block", "veto", "prohibit", "reject", "thwart",
                                        "forbid", "forbade", "nix", "quash", "stop", NULL};
    static const char *const bodies[] = {"competition", "antitrust", "market", "cartel",
                                         "commission", "regulat", "watchdog", "enforcer",
                                         "foreign investment", "cfius", "investment security",
                                         NULL};
    int verb = 0;
    if (!r->regulator_blocks_as)
        return NULL;
    for (int k = 0; verbs[k] && !verb; k++)
        verb = tre - trs >= strlen(verbs[k]) && strncasecmp(ms + trs, verbs[k], strlen(verbs[k])) == 0;
    if (!verb)
        return NULL;
    int body = 0;
    for (int k = 0; bodies[k] && !body; k++) {
        size_t l = strlen(bodies[k]);
        for (const char *p = src_name; *p && !body; p++)
            body = strncasecmp(p, bodies[k], l) == 0;
        /* the words between the source and the trigger: "X's competition regulator" */
        for (size_t i = src_s; i + l <= trs && !body; i++)
            body = strncasecmp(ms + i, bodies[k], l) == 0;
    }
    return body ? r->regulator_blocks_as : NULL;
}

/* A person who holds a public office ("President Joe Biden", "trade minister Yoji
 * Muto", "Washington Attorney General Bob Ferguson") speaks for a government: such a
 * person may be the source of an objection. Known office holders are persons of the
 * gazetteer; others carry a title just before the name. */
static int office_holder(const event_rule *r, const document *doc, const actor_table *actors,
                         size_t mention_idx)
{
    static const char *const titles[] = {"president", "minister", "secretary", "attorney general",
                                         "attorney-general", "governor", "chancellor", "senator",
                                         "premier", "prime minister", "commissioner", NULL};
    const mention *mn = &actors->mentions[mention_idx];
    const doc_actor *a = &actors->actors[mn->actor];
    if (a->kind != KIND_PERSON || !r->office_holders)
        return 0;
    if (a->gazetteer)
        return 1;
    /* the mention may hold its title: "Washington state's attorney general, Bob Ferguson" */
    size_t from = mn->start > 40 ? mn->start - 40 : 0;
    for (size_t i = from; i < mn->end; i++)
        for (int k = 0; titles[k]; k++)
            if (strncasecmp(doc->text + i, titles[k], strlen(titles[k])) == 0)
                return 1;
    /* an apposition after the name: "Bob Ferguson, Washington's attorney general" */
    for (size_t i = mn->end; i < mn->end + 40 && doc->text[i] && doc->text[i] != '.'; i++)
        for (int k = 0; titles[k]; k++)
            if (strncasecmp(doc->text + i, titles[k], strlen(titles[k])) == 0)
                return 1;
    return 0;
}

/* "Cleveland-Cliffs, whose chief executive Lourenco Goncalves ..., could make a bid": a
 * mention set aside (in an apposition or a relative clause after a name) before the
 * trigger is not the clause's subject; the name it hangs on is. */
static int after_place_preposition(const char *t, size_t from, size_t at)
{
    static const char *const preps[] = {"in ", "in the ", "at ", "at the ", "from ", "across ",
                                        "across the ", "within ", "inside ", "outside ", NULL};
    for (int k = 0; preps[k]; k++) {
        size_t l = strlen(preps[k]);
        if (at >= from + l && strncasecmp(t + at - l, preps[k], l) == 0 &&
            (at == from + l || !isalnum((unsigned char)t[at - l - 1])))
            return 1;
    }
    return 0;
}

static size_t aside_anchor(const document *doc, const actor_table *actors, const sentence *s,
                           size_t mi, size_t trig_text)
{
    if (!actors->mentions[mi].aside || actors->mentions[mi].start >= trig_text)
        return mi;
    for (size_t j = mi; j-- > 0;) {
        if (actors->mentions[j].start < s->start)
            break;
        /* "In London, the Investment Security Unit opened": a place is no head. */
        if (!actors->mentions[j].aside)
            return after_place_preposition(doc->text, s->start, actors->mentions[j].start) ? mi : j;
    }
    return mi;
}

/* "..., the Financial Times reported": a name after a comma that is the subject of a
 * reporting verb closes the sentence as its attribution; it is no role of the trigger
 * before it. */
static int trailing_attribution(const char *ms, size_t len, size_t trig_end, size_t ts, size_t te)
{
    static const char *const verbs[] = {"reported", "reports", "said", "says", "wrote",
                                        "writes", "told", "added", "noted", "cited", NULL};
    if (!memchr(ms + trig_end, ',', ts > trig_end ? ts - trig_end : 0))
        return 0;
    size_t i = te;
    while (i < len && ms[i] == ' ')
        i++;
    for (int k = 0; verbs[k]; k++) {
        size_t l = strlen(verbs[k]);
        if (i + l <= len && strncasecmp(ms + i, verbs[k], l) == 0 &&
            (i + l == len || !isalpha((unsigned char)ms[i + l])))
            return 1;
    }
    return 0;
}

/* The end of the placeholder of mention mi in the masked sentence, or NULL. */
static const char *placeholder_end(const masked *m, size_t mi)
{
    char ph[32];
    int n = snprintf(ph, sizeof ph, "\x01%zu\x02", mi);
    const char *at = strstr(m->s.s, ph);
    return at ? at + n : NULL;
}

/* After a possessive at p: "'s " or "’s "; the bytes it takes, or 0. */
static size_t possessive_len(const char *p)
{
    if (strncmp(p, "'s ", 3) == 0)
        return 3;
    if (strncmp(p, "\xe2\x80\x99s ", 5) == 0)
        return 5;
    return 0;
}

/* "Avtoprom's chief executive, Gennady Lukin", "Yalgoo's largest shareholder,
 * Shenzhen-based Tianhe": at p (after the possessive), a few words ending in a role that
 * a person or a company holds, a comma and at most three words of description before
 * the holder's placeholder; returns that placeholder, or NULL. Owners count only when
 * owners is set: in a deal, "X's largest shareholder, Y, is in talks to sell its stake"
 * sells a part of X. */
static const char *role_holder(const char *p, int owners)
{
    static const char *const roles[] = {"executive", "director", "founder", "unit",
        "subsidiary", "affiliate", "chairman", "chairwoman", "president", "operator",
        "manager", "chief", "head", "boss", NULL};
    static const char *const owner_roles[] = {"owner", "parent", "shareholder", "partner",
                                              NULL};
    const char *last = NULL;
    size_t last_len = 0;
    int words = 0;
    while (isalpha((unsigned char)*p)) {
        const char *w = p;
        while (isalpha((unsigned char)*p) || *p == '-' || *p == '.')
            p++;
        last = w, last_len = (size_t)(p - w);
        if (++words > 4 || *p == ',' || *p != ' ')
            break;
        p++;
    }
    int role = 0;
    for (int k = 0; roles[k] && last && !role; k++)
        role = strlen(roles[k]) == last_len && strncasecmp(last, roles[k], last_len) == 0;
    for (int k = 0; owners && owner_roles[k] && last && !role; k++)
        role = strlen(owner_roles[k]) == last_len &&
               strncasecmp(last, owner_roles[k], last_len) == 0;
    if (!role || strncmp(p, ", ", 2) != 0)
        return NULL;
    p += 2;
    for (int d = 0; d < 3 && *p != '\x01'; d++) {
        while (isalnum((unsigned char)*p) || *p == '-')
            p++;
        if (*p++ != ' ')
            return NULL;
    }
    return *p == '\x01' ? p : NULL;
}

/* "bought Argentina's Transportes Cuyo", "sanctioned China's Huawei": an actor named as
 * the owner of the next one is not the role; the next one is. For a type whose target
 * may be a deal's party ("opposed Broadcom's VMware deal"), only a country or government
 * owner gives way; a role's holder ("sanctioned Avtoprom's chief executive, Gennady
 * Lukin") is the role for every type. */
static size_t possessed_mention(const event_rule *r, const actor_table *actors,
                                const masked *m, size_t mi)
{
    for (;;) {
        const char *at = placeholder_end(m, mi);
        size_t pl = at ? possessive_len(at) : 0;
        if (!pl)
            return mi;
        at += pl;
        actor_kind k = actors->actors[actors->mentions[mi].actor].kind;
        const char *holder = role_holder(at, !r->deal);
        if (holder)
            at = holder;
        else if (*at != '\x01' ||
                 (r->target_from_deal && k != KIND_COUNTRY && k != KIND_GOVERNMENT))
            return mi;
        size_t next = strtoul(at + 1, NULL, 10);
        if (next <= mi || next >= actors->nmentions)
            return mi;
        mi = next;
    }
}

static size_t drop_attributive(const masked *m, size_t *tgts, size_t n);

/* "The New York Stock Exchange delisted X": a company that delists another is a market
 * taking its shares off its list, a listing body whatever the listing type's kinds. */
static int market_delisting(const event_rule *r, actor_kind k, const char *trig, size_t n)
{
    return r->listing && k == KIND_ORGANIZATION && n >= 6 && strncasecmp(trig, "delist", 6) == 0;
}

/* "would apply to the Commerce Department to be removed from the list": the body asked
 * is not the one to be removed; the asker is. */
static int addressee_of_request(const masked *m, size_t mi)
{
    const char *end = placeholder_end(m, mi);
    if (!end || strncasecmp(end, " to be ", 7) != 0)
        return 0;
    const char *ms = m->s.s;
    const char *ph = end;
    while (ph > ms && *ph != '\x01')
        ph--;
    size_t at = (size_t)(ph - ms);
    static const char *const before[] = {"to ", "to the ", NULL};
    for (int k = 0; before[k]; k++) {
        size_t l = strlen(before[k]);
        if (at >= l && strncasecmp(ms + at - l, before[k], l) == 0 &&
            (at == l || !isalnum((unsigned char)ms[at - l - 1])))
            return 1;
    }
    return 0;
}

static void match_rule(const ruleset *rs, const event_rule *r, const document *doc,
                       const sentence *s, const sentence_dates *sd, const actor_table *actors,
                       const masked *m, pcre2_match_data *md, doc_event_list *out)
{
    const char *ms = m->s.s;
    size_t len = m->s.len;
    int has_trigger = !r->prefilter || rx_match(r->prefilter, ms, len, 0, md);
    const rule_pattern *pats; /* a big rule set compiles a type's frames on first use */
    size_t npats = rules_patterns(rs, r, has_trigger, &pats);
    for (size_t p = 0; p < npats; p++) {
        const pcre2_code *re = pats[p].re;
        if (pats[p].framed && !has_trigger)
            continue;
        size_t pos = 0;
        while (pos < len && rx_match(re, ms, len, pos, md)) {
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
            size_t ms0 = ov[0], me0 = ov[1];
            pos = me0 > pos ? me0 : pos + 1;
            size_t ss[MAX_ROLE], se[MAX_ROLE], ts[MAX_ROLE], te[MAX_ROLE];
            size_t ns = rx_groups(re, md, "src", ss, se, MAX_ROLE);
            size_t nt = rx_groups(re, md, "tgt", ts, te, MAX_ROLE);
            size_t trs, tre;
            if (rx_group(re, md, "trig", &trs, &tre) != 0)
                trs = ms0, tre = me0;
            size_t srcs[MAX_ROLE * 4], tgts[MAX_ROLE * 4];
            size_t nsrc = 0, ntgt = 0;
            /* With several groups of a name, the first that took part speaks. */
            if (ns)
                nsrc = placeholders(ms, ss[0], se[0], srcs, MAX_ROLE * 4);
            /* "sanctioned six entities based in Iran and China": a place names no one
             * listed. */
            if (nt && !trailing_attribution(ms, len, tre, ts[0], te[0]) &&
                !(r->listing && after_place_preposition(ms, 0, ts[0])))
                ntgt = placeholders(ms, ts[0], te[0], tgts, MAX_ROLE * 4);
            for (size_t b = 0; b < ntgt; b++)
                tgts[b] = possessed_mention(r, actors, m, tgts[b]);
            if (r->listing)
                ntgt = drop_attributive(m, tgts, ntgt);
            /* "Xiaomi was removed from the list": a passive with no agent gets its
             * source later, from the body that acts in that matter in the document. */
            size_t ags, age;
            int agentless = !nsrc && nt && rx_group(re, md, "nosrc", &ags, &age) == 0 &&
                            r->agentless;
            int dealref = !nsrc && !nt && r->deal && rx_group(re, md, "dealref", &ags, &age) == 0;
            if (!nsrc && !agentless && !dealref)
                continue;
            if (nsrc && se[0] <= trs && own_subject_between(ms, se[0], trs))
                continue;
            doc_event e = {0};
            e.rule = r;
            {
                size_t ys, ye;
                e.symmetric = rx_group(re, md, "sym", &ys, &ye) == 0;
                e.dealnoun = rx_group(re, md, "dealnoun", &ys, &ye) == 0;
                /* Only an objection or a review can be aimed at an act; "adopted a
                 * package of sanctions against Russia, including X" is a listing of X. */
                e.at_act = r->target_from_deal && aimed_at_act(ms, tre, len);
            }
            e.sent_start = s->start;
            e.sent_end = s->end;
            for (size_t i = trs > 12 ? trs - 12 : 0; i < trs && !e.also; i++)
                e.also = word_at(ms, i, "also");
            e.mod = find_modality(rs, ms, trs, md);
            /* "Had the deal gone through", "Should an agreement be reached": a pattern
             * may tell the modality itself. */
            {
                size_t ys, ye;
                if (rx_group(re, md, "hyp", &ys, &ye) == 0 && e.mod == MOD_ASSERTED)
                    e.mod = MOD_HYPOTHETICAL;
                if (rx_group(re, md, "neg", &ys, &ye) == 0)
                    e.mod = MOD_NEGATED;
            }
            {
                /* speech: reactions and reports take the date of their telling;
                 * "according to the newspaper" dates only the report itself. */
                int speech = r->speech != SPEECH_NONE;
                if (r->speech == SPEECH_REACTION && trs > 0) {
                    size_t from = trs > 24 ? trs - 24 : 0;
                    for (size_t i = from; i < trs; i++)
                        if (word_at(ms, i, "said") || word_at(ms, i, "says"))
                            speech = 2;
                }
                size_t own = 0;
                if (r->speech == SPEECH_REPORT &&
                    ((tre - trs >= 12 && strncasecmp(ms + trs, "according to", 12) == 0) ||
                     (tre - trs >= 13 && strncasecmp(ms + trs, "in accordance", 13) == 0)))
                    own = me0;
                find_date(doc, s, sd, m, trs, tre, &e.date, speech, own);
                if (r->listing && !e.date.value[0] && doc->anchor.y &&
                    progressive_now(ms, trs, tre))
                    date_of_the_day(doc, &e.date);
            }
            if (dealref) {
                e.source = e.target = ACTOR_NONE;
                e.dealref = 1;
                e.lastref = rx_group(re, md, "lastref", &ags, &age) == 0;
                add_event(out, &e);
                continue;
            }
            if (agentless) {
                for (size_t b = 0; b < ntgt; b++) {
                    if (addressee_of_request(m, tgts[b]))
                        continue;
                    e.source = ACTOR_NONE;
                    e.target = actors->mentions[tgts[b]].actor;
                    if (kind_ok(r->target_kinds, actors->actors[e.target].kind))
                        add_event(out, &e);
                }
                continue;
            }
            event_date trig_date = e.date;
            for (size_t a = 0; a < nsrc; a++) {
                size_t smi = aside_anchor(doc, actors, s, srcs[a], m->pos[trs]);
                /* "Semenov, whom OFAC sanctioned": the clause's head is the target. */
                for (size_t b = 0; b < ntgt && smi != srcs[a]; b++)
                    if (actors->mentions[tgts[b]].actor == actors->mentions[smi].actor)
                        smi = srcs[a];
                /* an anchor that cannot hold the role leaves the role to the mention */
                if (smi != srcs[a] &&
                    !kind_ok(r->source_kinds, actors->actors[actors->mentions[smi].actor].kind) &&
                    !office_holder(r, doc, actors, smi))
                    smi = srcs[a];
                e.source = actors->mentions[smi].actor;
                e.rule = r;
                if (!kind_ok(r->source_kinds, actors->actors[e.source].kind) &&
                    !office_holder(r, doc, actors, smi) &&
                    !market_delisting(r, actors->actors[e.source].kind, ms + trs, tre - trs))
                    continue;
                /* "approved by the EC in July and by the CMA in August": a date right
                 * after a source named after the trigger is that source's. */
                e.date = trig_date;
                if (ss[0] > trs)
                    source_date(doc, s, sd, m, srcs[a], &e.date);
                if (ss[0] > trs && date_rank(&e.date) < 2)
                    source_retold_date(doc, s, sd, m, r, srcs[a], md, &e.date);
                /* A competition regulator that blocks a deal reviews it. */
                const event_rule *rr;
                if (!e.at_act &&
                    (rr = regulator_block(r, ms, ss[0], trs, tre, actors->actors[e.source].name)))
                    e.rule = rr;
                /* "opposed the measures and that Washington would not be deterred": an
                 * objection aimed at an act does not reach past " and " for a target. */
                if (e.at_act && ntgt && ts[0] > tre && strstr_in(ms, tre, ts[0], " and "))
                    ntgt = 0;
                /* "opposes the blacklisting of YMTC": the act's author is the target, the
                 * one listed is only its object. */
                if (e.at_act && ntgt && ts[0] > tre && listing_act_of(ms, tre, ts[0]))
                    ntgt = 0;
                if (!r->has_target || !ntgt) {
                    e.target = ACTOR_NONE;
                    add_event(out, &e);
                    continue;
                }
                int added = 0, at_body = 0;
                for (size_t b = 0; b < ntgt; b++) {
                    e.target = actors->mentions[tgts[b]].actor;
                    if (e.target == e.source ||
                        (!kind_ok(r->target_kinds, actors->actors[e.target].kind) &&
                         !(r->targets_listing_author &&
                           possesses_act(doc, actors, ms, len, tgts[b])))) {
                        at_body |= r->targets_listing_author && e.target != e.source &&
                                   public_body(actors->actors[e.target].kind);
                        continue;
                    }
                    add_event(out, &e);
                    added = 1;
                }
                /* "lodged a protest with the EU", "stern representations with Tokyo": a
                 * government protested to is the author of the act protested against. */
                if (!added && at_body) {
                    e.target = ACTOR_NONE;
                    e.at_act = e.at_body = 1;
                    add_event(out, &e);
                }
            }
        }
    }
}

/* ---- the document's events ----
 *
 * After matching, passes over the whole document fill in what a sentence does not tell
 * (agentless sources, deal parties, dates told once) and join what was told twice. A long
 * document has tens of thousands of events, so no pass compares every pair: events are
 * looked up by rule, actors and sentence in the indexes below, and the work of a document
 * grows with its length. Events stay in the order of their sentences throughout (matching
 * appends sentence by sentence; the passes only drop events), so "told before" is "earlier
 * in the list" and a sentence's events are one run of it. */

/* A hash map from four words (a rule's address, actor indexes, a sentence start ...) to a
 * number. */
typedef struct {
    size_t key[4];
    size_t val;
    int used;
} ix_slot;

typedef struct {
    ix_slot *v;
    size_t cap, n; /* cap is zero or a power of two */
} ev_index;

#define RULE_KEY(r) ((size_t)(uintptr_t)(r))
#define NO_INDEX ((size_t)-1)

static size_t ix_hash(const size_t *k)
{
    uint64_t h = 0x9e3779b97f4a7c15u;
    for (int i = 0; i < 4; i++) {
        h ^= (uint64_t)k[i];
        h *= 0xff51afd7ed558ccdu;
        h ^= h >> 32;
    }
    return (size_t)h;
}

static ix_slot *ix_slot_of(const ev_index *ix, const size_t *k)
{
    size_t i = ix_hash(k) & (ix->cap - 1);
    while (ix->v[i].used && memcmp(ix->v[i].key, k, sizeof ix->v[i].key) != 0)
        i = (i + 1) & (ix->cap - 1);
    return &ix->v[i];
}

static void ix_grow(ev_index *ix)
{
    ev_index big = {0};
    big.cap = ix->cap ? ix->cap * 2 : 64;
    big.v = xcalloc(big.cap, sizeof *big.v);
    big.n = ix->n;
    for (size_t i = 0; i < ix->cap; i++)
        if (ix->v[i].used)
            *ix_slot_of(&big, ix->v[i].key) = ix->v[i];
    free(ix->v);
    *ix = big;
}

/* The number stored under (a, b, c, d), first set to init when there is none. */
static size_t *ix_at(ev_index *ix, size_t a, size_t b, size_t c, size_t d, size_t init)
{
    if (2 * (ix->n + 1) > ix->cap)
        ix_grow(ix);
    size_t k[4] = {a, b, c, d};
    ix_slot *s = ix_slot_of(ix, k);
    if (!s->used) {
        memcpy(s->key, k, sizeof k);
        s->val = init;
        s->used = 1;
        ix->n++;
    }
    return &s->val;
}

/* The number under (a, b, c, d), or dflt. */
static size_t ix_get(const ev_index *ix, size_t a, size_t b, size_t c, size_t d, size_t dflt)
{
    if (!ix->cap)
        return dflt;
    size_t k[4] = {a, b, c, d};
    const ix_slot *s = ix_slot_of(ix, k);
    return s->used ? s->val : dflt;
}

static void ix_free(ev_index *ix)
{
    free(ix->v);
    memset(ix, 0, sizeof *ix);
}

/* The end of the run of events told in the sentence of event g0. */
static size_t sentence_run_end(const doc_event_list *l, size_t g0)
{
    size_t g1 = g0 + 1;
    while (g1 < l->n && l->v[g1].sent_start == l->v[g0].sent_start)
        g1++;
    return g1;
}

/* Keeps the events not marked in drop, in order; frees drop. */
static void drop_marked(doc_event_list *l, char *drop)
{
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++)
        if (!drop[i])
            l->v[kept++] = l->v[i];
    l->n = kept;
    free(drop);
}

static size_t rule_index(const ruleset *rs, const event_rule *r)
{
    return (size_t)(r - rs->rules);
}

/* Actor indexes as array slots: the last slot stands for "no actor". */
static size_t actor_slot(const actor_table *actors, size_t a)
{
    return a == ACTOR_NONE ? actors->nactors : a;
}

/* Which actors are one body or a body and its parent ("China's commerce ministry" and
 * "China"): the kin of actor a are list[start[a] .. start[a + 1]), each once, not a
 * itself. */
typedef struct {
    size_t *start, *list;
} kinship;

typedef struct {
    size_t a, b;
} actor_pair;

static int pair_cmp(const void *x, const void *y)
{
    const actor_pair *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

static void kinship_build(const actor_table *actors, kinship *k)
{
    size_t n = actors->nactors;
    /* actors by name: the first with a name, then the next with the same name */
    strmap by_name = {0};
    size_t *same_name = xmalloc((n + 1) * sizeof *same_name);
    for (size_t a = n; a-- > 0;) {
        size_t first;
        same_name[a] = strmap_get(&by_name, actors->actors[a].name, &first) ? first : ACTOR_NONE;
        strmap_set(&by_name, actors->actors[a].name, a);
    }
    actor_pair *pairs = NULL;
    size_t np = 0, cap = 0;
    for (size_t x = 0; x < n; x++) {
        size_t y;
        const char *parent = actors->actors[x].parent;
        if (!parent || !strmap_get(&by_name, parent, &y))
            continue;
        for (; y != ACTOR_NONE; y = same_name[y])
            if (y != x) {
                *VEC_PUSH(pairs, np, cap) = (actor_pair){x, y};
                *VEC_PUSH(pairs, np, cap) = (actor_pair){y, x};
            }
    }
    if (np)
        qsort(pairs, np, sizeof *pairs, pair_cmp);
    k->start = xcalloc(n + 2, sizeof *k->start);
    k->list = xmalloc((np + 1) * sizeof *k->list);
    size_t m = 0;
    for (size_t i = 0; i < np; i++) {
        if (i && pairs[i].a == pairs[i - 1].a && pairs[i].b == pairs[i - 1].b)
            continue;
        k->list[m++] = pairs[i].b;
        k->start[pairs[i].a + 1]++;
    }
    for (size_t a = 0; a <= n; a++)
        k->start[a + 1] += k->start[a];
    free(pairs);
    free(same_name);
    strmap_free(&by_name);
}

static size_t kin_count(const kinship *k, size_t a)
{
    return a == ACTOR_NONE ? 0 : k->start[a + 1] - k->start[a];
}

static size_t kin_at(const kinship *k, size_t a, size_t i)
{
    return k->list[k->start[a] + i];
}

static void kinship_free(kinship *k)
{
    free(k->start);
    free(k->list);
}

/* ---- agentless sources ---- */

/* Putting on a list and taking off it are one matter: the body that does the one may
 * do the other. */
static int same_family(const event_rule *a, const event_rule *b)
{
    return a == b || (a->listing && b->listing);
}

static size_t family_of(const ruleset *rs, const event_rule *r)
{
    return r->listing ? rs->nrules : rule_index(rs, r);
}

/* The bodies that acted in one family of events, the latest first: a list over actor
 * indexes, an actor moved to the front when it acts again. */
typedef struct {
    size_t head;
    size_t *next, *prev;
    char *in;
} recency;

static void recency_touch(recency *r, size_t nactors, size_t a)
{
    if (!r->in) {
        r->next = xmalloc(nactors * sizeof *r->next);
        r->prev = xmalloc(nactors * sizeof *r->prev);
        r->in = xcalloc(nactors, 1);
        r->head = ACTOR_NONE;
    }
    if (r->head == a)
        return;
    if (r->in[a]) {
        r->next[r->prev[a]] = r->next[a];
        if (r->next[a] != ACTOR_NONE)
            r->prev[r->next[a]] = r->prev[a];
    }
    r->in[a] = 1;
    r->prev[a] = ACTOR_NONE;
    r->next[a] = r->head;
    if (r->head != ACTOR_NONE)
        r->prev[r->head] = a;
    r->head = a;
}

static void recency_free(recency *r)
{
    free(r->next);
    free(r->prev);
    free(r->in);
}

static int may_be_source(const actor_table *actors, const doc_event *e, size_t a)
{
    return a != e->target && kind_ok(e->rule->source_kinds, actors->actors[a].kind);
}

/* The sentence names an agent for the agentless event i: the same event with a source. */
static int agent_named(const doc_event_list *l, size_t g0, size_t g1, size_t i, const char *drop)
{
    const doc_event *e = &l->v[i];
    for (size_t k = g0; k < g1; k++)
        if (k != i && !drop[k] && l->v[k].source != ACTOR_NONE && l->v[k].rule == e->rule &&
            l->v[k].target == e->target)
            return 1;
    return 0;
}

/* The latest body with an event of e's family: in e's sentence [g0, g1), else before it. */
static size_t family_source(const actor_table *actors, const doc_event_list *l, size_t g0,
                            size_t g1, size_t i, const char *drop, const recency *before)
{
    const doc_event *e = &l->v[i];
    for (size_t k = g1; k-- > g0;) {
        const doc_event *o = &l->v[k];
        if (k != i && !drop[k] && o->source != ACTOR_NONE && same_family(o->rule, e->rule) &&
            may_be_source(actors, e, o->source))
            return o->source;
    }
    for (size_t a = before->in ? before->head : ACTOR_NONE; a != ACTOR_NONE; a = before->next[a])
        if (may_be_source(actors, e, a))
            return a;
    return ACTOR_NONE;
}

/* An agentless passive's source: for a listing, the body that last put its target on or
 * off a list before ("Ruitong would ask to be removed from the list" after Commerce listed
 * Ruitong, whatever list was told in between); else the latest body (before it, or in its
 * sentence) with an event of the same family; dropped when the sentence names an agent
 * for it or no body is known. */
static void fill_agentless_sources(const ruleset *rs, const actor_table *actors,
                                   doc_event_list *out)
{
    recency *fam = xcalloc(rs->nrules + 1, sizeof *fam);
    char *drop = xcalloc(out->n + 1, 1);
    size_t *lister = xmalloc((actors->nactors + 1) * sizeof *lister);
    for (size_t a = 0; a <= actors->nactors; a++)
        lister[a] = ACTOR_NONE;
    for (size_t g0 = 0, g1; g0 < out->n; g0 = g1) {
        g1 = sentence_run_end(out, g0);
        for (size_t i = g0; i < g1; i++) {
            doc_event *e = &out->v[i];
            if (e->source != ACTOR_NONE || e->dealref)
                continue;
            size_t src = ACTOR_NONE;
            if (!agent_named(out, g0, g1, i, drop)) {
                size_t known = e->rule->listing && e->target != ACTOR_NONE
                                   ? lister[actor_slot(actors, e->target)]
                                   : ACTOR_NONE;
                src = known != ACTOR_NONE && may_be_source(actors, e, known)
                          ? known
                          : family_source(actors, out, g0, g1, i, drop,
                                          &fam[family_of(rs, e->rule)]);
            }
            /* "Lianfeng was placed on the Entity List in 2023" with no body known: a
             * listing told without its author, kept with no source. */
            e->source = src;
            drop[i] = src == ACTOR_NONE && (!e->rule->listing || agent_named(out, g0, g1, i, drop));
            for (size_t k = g0; k < i && !drop[i]; k++)
                drop[i] = !drop[k] && same_event(&out->v[k], e);
        }
        for (size_t k = g0; k < g1; k++) {
            const doc_event *o = &out->v[k];
            if (drop[k] || o->source == ACTOR_NONE)
                continue;
            recency_touch(&fam[family_of(rs, o->rule)], actors->nactors, o->source);
            if (o->rule->listing && o->target != ACTOR_NONE && o->mod == MOD_ASSERTED)
                lister[actor_slot(actors, o->target)] = o->source;
        }
    }
    for (size_t f = 0; f <= rs->nrules; f++)
        recency_free(&fam[f]);
    free(fam);
    free(lister);
    drop_marked(out, drop);
}

/* "The Commerce Department on Wednesday added NSO Group ... The department's Bureau of
 * Industry and Security also blacklisted Positive Technologies": an undated event told
 * with "also" happened with the event of its type told last before it. */
static void inherit_also_dates(const ruleset *rs, doc_event_list *out)
{
    size_t *last = xmalloc((rs->nrules + 1) * sizeof *last);
    for (size_t r = 0; r < rs->nrules; r++)
        last[r] = NO_INDEX;
    for (size_t g0 = 0, g1; g0 < out->n; g0 = g1) {
        g1 = sentence_run_end(out, g0);
        for (size_t i = g0; i < g1; i++) {
            doc_event *e = &out->v[i];
            size_t p = last[rule_index(rs, e->rule)];
            if (e->also && !e->date.value[0] && p != NO_INDEX && out->v[p].date.value[0] &&
                out->v[p].mod == e->mod)
                e->date = out->v[p].date;
        }
        for (size_t k = g0; k < g1; k++)
            last[rule_index(rs, out->v[k].rule)] = k;
    }
    free(last);
}

/* ---- the lead's statement date ---- */

/* The first verb of sentence t: a speech verb ("said", "told reporters"), a trigger of
 * rule r or a word that reads as a verb, as text offsets of its word; 0 when there is
 * none before a "that". */
static int statement_verb(const char *text, const sentence *t, const event_rule *r,
                          pcre2_match_data *md, size_t *vs, size_t *ve)
{
    static const char *const verbs[] = {"said", "says", "told", "stated", "informed",
                                        "announced", NULL};
    size_t end = t->start;
    while (end < t->end && !word_at(text, end, "that"))
        end++;
    *vs = *ve = end;
    for (size_t i = t->start; i < end && *vs == end; i++)
        for (int k = 0; verbs[k]; k++)
            if (word_at(text, i, verbs[k])) {
                *vs = i;
                *ve = i + strlen(verbs[k]);
                break;
            }
    if (r->prefilter && rx_match(r->prefilter, text, end, t->start, md)) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        if (ov[0] < *vs) {
            *vs = ov[0];
            *ve = ov[1];
        }
    }
    /* or an earlier verb: "The department placed the two firms on its list on Monday" */
    for (size_t i = t->start; i < *vs; i++) {
        size_t l = 0;
        while (isalpha((unsigned char)text[i + l]))
            l++;
        if (l && (i == t->start || !isalnum((unsigned char)text[i - 1])) && verbish_word(text + i, l))
            *vs = i, *ve = i + l;
        i += l;
    }
    if (*vs == end)
        return 0;
    while (isalpha((unsigned char)text[*ve])) /* the prefilter may stop inside a word */
        (*ve)++;
    return 1;
}

/* Whether actor x is a body under actor a ("the Bureau of Industry and Security" under
 * "the US government"), by the gazetteer's parents. */
static int under(const ruleset *rs, const actor_table *actors, size_t x, size_t a)
{
    const char *parent = actors->actors[x].parent;
    for (int depth = 0; parent && depth < 4; depth++) {
        if (strcmp(parent, actors->actors[a].name) == 0)
            return 1;
        const char *up = NULL;
        for (size_t i = 0; i < rs->nactors && !up; i++)
            if (strcmp(rs->actors[i].name, parent) == 0)
                up = rs->actors[i].parent ? rs->actors[i].parent : "";
        parent = up;
    }
    return 0;
}

/* Whether the words of [from, to) name the speaker as actor a: a mention of a or of its
 * kin; or, with no actor named there, a word of a's name ("a ministry spokesperson"). */
static int speaker_is(const ruleset *rs, const document *doc, const actor_table *actors,
                      const kinship *kin, size_t a, size_t from, size_t to)
{
    int named = 0;
    for (size_t i = 0; i < actors->nmentions; i++) {
        const mention *mn = &actors->mentions[i];
        if (mn->start < from || mn->start >= to)
            continue;
        named = 1;
        if (mn->actor == a || under(rs, actors, mn->actor, a))
            return 1;
        for (size_t j = 0; j < kin_count(kin, a); j++)
            if (kin_at(kin, a, j) == mn->actor)
                return 1;
    }
    if (named)
        return 0;
    const char *name = actors->actors[a].name;
    for (const char *w = name; *w;) {
        while (*w && !isalpha((unsigned char)*w))
            w++;
        size_t l = 0;
        while (isalpha((unsigned char)w[l]))
            l++;
        if (l >= 5)
            for (size_t i = from; i + l <= to; i++)
                if (strncasecmp(doc->text + i, w, l) == 0 &&
                    (i == from || !isalpha((unsigned char)doc->text[i - 1])) &&
                    !isalpha((unsigned char)doc->text[i + l]))
                    return 1;
        w += l;
    }
    return 0;
}

/* "The ministry has said it firmly opposes the sale. A ministry spokesperson told
 * reporters on Thursday that ...", "Washington has blacklisted X and Y. The Commerce
 * Department placed the two companies on its list on Tuesday": news of the day told in
 * the lead without a date is dated by the statement or the act the next sentence reports
 * of its source, when that was in the days before publication. */
static void date_lead_from_statement(const ruleset *rs, const document *doc,
                                     const sentence_list *sents, const timex_list *tx,
                                     const actor_table *actors, const kinship *kin,
                                     doc_event_list *out)
{
    size_t ti = 0;
    while (ti < sents->n && !(sents->v[ti].lead && doc->paras[sents->v[ti].para].kind == PARA_BODY))
        ti++;
    while (ti < sents->n && sents->v[ti].lead)
        ti++;
    if (ti >= sents->n || doc->paras[sents->v[ti].para].kind != PARA_BODY || !doc->anchor.y)
        return;
    const sentence *t = &sents->v[ti];
    pcre2_match_data *md = pcre2_match_data_create(64, NULL);
    for (size_t i = 0; i < out->n && out->v[i].sent_start < t->start; i++) {
        doc_event *e = &out->v[i];
        size_t vs, ve;
        if (e->date.basis != BASIS_DOCUMENT || e->source == ACTOR_NONE ||
            !statement_verb(doc->text, t, e->rule, md, &vs, &ve) ||
            !speaker_is(rs, doc, actors, kin, e->source, t->start, vs))
            continue;
        const timex *when = NULL;
        for (size_t j = 0; j < tx->n && !when; j++) {
            const timex *x = &tx->v[j];
            if (x->start > ve && x->start <= ve + 48 && x->end <= t->end &&
                x->type == TIMEX_DATE && !x->unresolved && !x->in_name &&
                strlen(x->value) == 10 && isdigit((unsigned char)x->value[0]))
                when = x;
        }
        if (!when)
            continue;
        int reported = 0;
        for (size_t k = ve; k < when->start && !reported; k++)
            reported = word_at(doc->text, k, "that");
        ymd d = {atoi(when->value), atoi(when->value + 5), atoi(when->value + 8)};
        long ago = cal_day_number(doc->anchor) - cal_day_number(d);
        if (reported || ago < 1 || ago > 7)
            continue;
        date_from_timex(doc, when, &e->date);
    }
    pcre2_match_data_free(md);
}

/* ---- deal parties and the authors of acts ---- */

/* Both actors known to be of one country ("the State Department" and "the Commerce
 * Department" of the United States)? */
static int same_country(const actor_table *actors, size_t a, size_t b)
{
    if (a == ACTOR_NONE || b == ACTOR_NONE)
        return 0;
    const gaz_actor *x = actors->actors[a].gaz, *y = actors->actors[b].gaz;
    return x && y && x->country && y->country && strcmp(x->country, y->country) == 0;
}

/* The asserted listings told so far, by their source's slot: how many are by the body
 * (with its parent or units), and the latest of the body's own. */
typedef struct {
    size_t *count, *last;
    size_t *sources; /* the slots with a listing of their own, in order of first telling */
    size_t nsources, capsources;
} listing_tally;

static void tally_add(listing_tally *t, const actor_table *actors, const kinship *kin,
                      const doc_event *o, size_t k)
{
    size_t s = actor_slot(actors, o->source);
    if (t->last[s] == NO_INDEX)
        *VEC_PUSH(t->sources, t->nsources, t->capsources) = s;
    t->last[s] = k;
    t->count[s]++;
    for (size_t j = 0; j < kin_count(kin, o->source); j++)
        t->count[kin_at(kin, o->source, j)]++;
}

/* "the move" is the document's main listing act: the body with most listings told so
 * far, the latest on a tie; a government objects to another's act, not to its own
 * country's. */
static size_t listing_author(const listing_tally *t, const actor_table *actors,
                             const doc_event *e)
{
    size_t author = ACTOR_NONE, most = 0, latest = 0;
    for (size_t j = 0; j < t->nsources; j++) {
        size_t s = t->sources[j];
        size_t a = s == actors->nactors ? ACTOR_NONE : s;
        if (a == e->source || same_country(actors, a, e->source))
            continue;
        if (t->count[s] > most || (t->count[s] == most && t->last[s] > latest))
            most = t->count[s], latest = t->last[s], author = a;
    }
    return author;
}

/* An objection to "the move" is aimed at the author of the document's listings. */
static void target_listing_authors(const actor_table *actors, const kinship *kin,
                                   doc_event_list *out)
{
    size_t slots = actors->nactors + 1;
    listing_tally t = {0};
    t.count = xcalloc(slots, sizeof *t.count);
    t.last = xmalloc(slots * sizeof *t.last);
    for (size_t s = 0; s < slots; s++)
        t.last[s] = NO_INDEX;
    for (size_t g0 = 0, g1; g0 < out->n; g0 = g1) {
        g1 = sentence_run_end(out, g0);
        for (size_t k = g0; k < g1; k++)
            if (out->v[k].rule->listing && out->v[k].mod == MOD_ASSERTED)
                tally_add(&t, actors, kin, &out->v[k], k);
        for (size_t i = g0; i < g1; i++) {
            doc_event *e = &out->v[i];
            if (e->target != ACTOR_NONE || !e->at_act || !e->rule->targets_listing_author)
                continue;
            size_t author = listing_author(&t, actors, e);
            if (author != ACTOR_NONE)
                e->target = author;
        }
    }
    free(t.count);
    free(t.last);
    free(t.sources);
}

/* For each actor, the counterparts the document's deal events name for it: as the buyer
 * the company bought, and, in an ending (either party may tell it), the other party. */
typedef struct {
    ev_index times;   /* (actor, counterpart) -> events naming the pair */
    size_t *distinct; /* [slot] distinct counterparts */
    size_t *sum;      /* [slot] their sum: the one counterpart, when there is one */
    size_t *bought;   /* [slot] offers and purchases of the actor (not endings) */
} counterparts;

static int names_deal_pair(const doc_event *o)
{
    return o->rule->deal && o->target != ACTOR_NONE && !o->dealref;
}

static void counterpart_add(counterparts *c, const actor_table *actors, size_t a, size_t x)
{
    if ((*ix_at(&c->times, a, x, 0, 0, 0))++ == 0) {
        c->distinct[actor_slot(actors, a)]++;
        c->sum[actor_slot(actors, a)] += x;
    }
}

static void counterparts_add(counterparts *c, const actor_table *actors, const doc_event *o)
{
    counterpart_add(c, actors, o->source, o->target);
    if (o->rule->ends_deal && o->source != o->target)
        counterpart_add(c, actors, o->target, o->source);
    if (!o->rule->ends_deal)
        c->bought[actor_slot(actors, o->target)]++;
}

/* The one counterpart of e's source, or none when there is none or several, or when the
 * source is itself bought. "Adobe and Figma ended their merger agreement": the wording
 * that told the pair without a buyer does not tell Figma's counterpart as well, so the
 * symmetric tellings of e's rule in e's sentence [g0, g1) are left out. */
static size_t sole_counterpart(const counterparts *c, const actor_table *actors,
                               const doc_event_list *l, size_t g0, size_t g1, const doc_event *e)
{
    size_t a = e->source, slot = actor_slot(actors, a);
    size_t distinct = c->distinct[slot], sum = c->sum[slot], bought = c->bought[slot];
    ev_index left_out = {0};
    for (size_t k = g0; k < g1; k++) {
        const doc_event *o = &l->v[k];
        if (!names_deal_pair(o) || !o->symmetric || o->rule != e->rule)
            continue;
        int ended = o->rule->ends_deal;
        size_t x = o->source == a ? o->target : ended && o->target == a ? o->source : ACTOR_NONE;
        if (!ended && o->target == a)
            bought--;
        if (x == ACTOR_NONE)
            continue;
        size_t *n = ix_at(&left_out, x, 0, 0, 0, 0);
        if (++*n == ix_get(&c->times, a, x, 0, 0, 0))
            distinct--, sum -= x;
    }
    ix_free(&left_out);
    return bought || distinct != 1 ? ACTOR_NONE : sum;
}

static int document_deal(const doc_event_list *out, size_t *buyer, size_t *bought);

/* "Shares in Brightwater have fallen after Halden called off merger talks": an ending
 * whose party has no deal of its own ends talks with the one other company its sentence
 * names, when there is one, before the document's deal is thought of (a roundup tells
 * several deals). */
static size_t sole_other_company(const actor_table *actors, const doc_event *e)
{
    size_t other = ACTOR_NONE;
    for (size_t m = 0; m < actors->nmentions; m++) {
        const mention *mm = &actors->mentions[m];
        if (mm->start < e->sent_start || mm->start >= e->sent_end || mm->actor == e->source ||
            actors->actors[mm->actor].kind != KIND_ORGANIZATION)
            continue;
        if (other != ACTOR_NONE && other != mm->actor)
            return ACTOR_NONE;
        other = mm->actor;
    }
    return other;
}

/* "Kroger, which proposed the combination in October 2022": a deal event with no target
 * names the other party of the deal the document tells with its source as the buyer,
 * when there is one such party and the source is never the one bought. A party with no
 * deal of its own, a company, bid for or walked away from the company the document's
 * deal is about ("Rival X walked away from talks to buy the stake"). A target filled here counts for the events after it. */
static void fill_counterparts(const actor_table *actors, doc_event_list *out)
{
    size_t buyer = ACTOR_NONE, bought = ACTOR_NONE;
    int have_deal = document_deal(out, &buyer, &bought);
    size_t slots = actors->nactors + 1;
    counterparts c = {0};
    c.distinct = xcalloc(slots, sizeof *c.distinct);
    c.sum = xcalloc(slots, sizeof *c.sum);
    c.bought = xcalloc(slots, sizeof *c.bought);
    for (size_t k = 0; k < out->n; k++)
        if (names_deal_pair(&out->v[k]))
            counterparts_add(&c, actors, &out->v[k]);
    for (size_t g0 = 0, g1; g0 < out->n; g0 = g1) {
        g1 = sentence_run_end(out, g0);
        for (size_t i = g0; i < g1; i++) {
            doc_event *e = &out->v[i];
            if (!e->rule->deal || e->dealref || e->target != ACTOR_NONE)
                continue;
            size_t x = sole_counterpart(&c, actors, out, g0, g1, e);
            size_t slot = actor_slot(actors, e->source);
            if (x == ACTOR_NONE && e->rule->ends_deal && !c.distinct[slot])
                x = sole_other_company(actors, e);
            if (x == ACTOR_NONE && have_deal && !e->rule->target_from_deal && !e->rule->void_if_ended &&
                actors->actors[e->source].kind == KIND_ORGANIZATION && !c.distinct[slot] &&
                !c.bought[slot] && e->source != buyer && e->source != bought)
                x = bought;
            if (x == ACTOR_NONE)
                continue;
            e->target = x;
            counterparts_add(&c, actors, e);
        }
    }
    ix_free(&c.times);
    free(c.distinct);
    free(c.sum);
    free(c.bought);
}

static void swap_roles(doc_event *e)
{
    size_t x = e->source;
    e->source = e->target;
    e->target = x;
}

/* "Albertsons terminated its merger agreement with Kroger": who ends a deal does not
 * tell who buys; the deal's offers and purchases do. */
static void orient_endings(doc_event_list *out)
{
    ev_index offered = {0}; /* (buyer, company) told by an offer or purchase */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (!o->symmetric && o->rule->deal && !o->rule->ends_deal)
            ix_at(&offered, o->source, o->target, 0, 0, 1);
    }
    for (size_t i = 0; i < out->n; i++) {
        doc_event *e = &out->v[i];
        if (!e->rule->ends_deal || e->target == ACTOR_NONE)
            continue;
        if (ix_get(&offered, e->target, e->source, 0, 0, 0) &&
            !ix_get(&offered, e->source, e->target, 0, 0, 0)) {
            swap_roles(e);
            e->symmetric = 0;
        }
    }
    ix_free(&offered);
}

/* Symmetric wordings take their direction from the first directed deal event of the
 * pair; with none, a party the document tells only as the company bought is the company
 * bought here too ("Tasman is not in talks with Jiangxi Hengrui" after Kanemasa's
 * proposal to acquire Tasman). */
static void orient_symmetric(doc_event_list *out)
{
    ev_index first = {0}; /* (source, target) -> the first directed deal event's index */
    ev_index role = {0};  /* (actor, 0) -> told as a buyer, (actor, 1) -> as the company bought */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (!o->symmetric && o->rule->deal) {
            ix_at(&first, o->source, o->target, 0, 0, k);
            if (!o->rule->target_from_deal && !o->dealref && o->target != ACTOR_NONE) {
                ix_at(&role, o->source, 0, 0, 0, 1);
                ix_at(&role, o->target, 1, 0, 0, 1);
            }
        }
    }
    for (size_t i = 0; i < out->n; i++) {
        doc_event *e = &out->v[i];
        if (!e->symmetric || !e->rule->deal || e->target == ACTOR_NONE)
            continue;
        size_t back = ix_get(&first, e->target, e->source, 0, 0, NO_INDEX);
        size_t fwd = ix_get(&first, e->source, e->target, 0, 0, NO_INDEX);
        if (back != NO_INDEX && back <= fwd)
            swap_roles(e);
        else if (back == NO_INDEX && fwd == NO_INDEX &&
                 ix_get(&role, e->source, 1, 0, 0, 0) && !ix_get(&role, e->source, 0, 0, 0, 0) &&
                 !ix_get(&role, e->target, 1, 0, 0, 0))
            swap_roles(e);
    }
    ix_free(&first);
    ix_free(&role);
}

/* The document's deal: the buyer and company of its most told directed deal event; a pair
 * told only as a possibility ranks below any pair told as fact. */
static int document_deal(const doc_event_list *out, size_t *buyer, size_t *bought)
{
    ev_index told = {0}; /* (buyer, company, 0) -> tellings; (buyer, company, 1) -> as fact */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (!o->rule->deal || o->dealref)
            continue;
        (*ix_at(&told, o->source, o->target, 0, 0, 0))++;
        if (o->mod != MOD_HYPOTHETICAL)
            *ix_at(&told, o->source, o->target, 1, 0, 0) = 1;
    }
    size_t best = 0;
    int found = 0;
    for (size_t i = 0; i < out->n; i++) {
        const doc_event *e = &out->v[i];
        if (!e->rule->deal || e->dealref || e->symmetric || e->source == ACTOR_NONE ||
            e->target == ACTOR_NONE)
            continue;
        size_t n = ix_get(&told, e->source, e->target, 0, 0, 0) +
                   (ix_get(&told, e->source, e->target, 1, 0, 0) ? 1000 : 0);
        if (n > best)
            best = n, *buyer = e->source, *bought = e->target, found = 1;
    }
    ix_free(&told);
    return found;
}

static int mod_rank(modality m)
{
    return m == MOD_NEGATED ? 2 : m == MOD_HYPOTHETICAL ? 1 : 0;
}

/* A deal told without names joins the named telling: the stronger modality and the
 * better-founded date win. */
static void absorb_reference(doc_event *o, const doc_event *e)
{
    if (mod_rank(e->mod) > mod_rank(o->mod))
        o->mod = e->mod;
    if (date_rank(&e->date) > date_rank(&o->date))
        o->date = e->date;
}

/* The named tellings of the document's deal, per rule: the next one after an event (a
 * cursor over a chain of indexes) and the first one kept. */
typedef struct {
    size_t *next_named; /* [event] the next named telling of its rule, or NO_INDEX */
    size_t *cursor;     /* [rule] */
    size_t *first_kept; /* [rule] */
} deal_tellings;

static int tells_deal(const doc_event *o, size_t buyer, size_t bought)
{
    return !o->dealref && o->source == buyer && o->target == bought;
}

/* "The merger never closed", "Had the acquisition gone forward": events that name no
 * role are the document's deal's; told as well with its names (a later telling first,
 * else the first kept), they are one event, and what did not or might happen says more
 * than an "agreed to buy". */
/* The paragraph holding offset off (paragraphs are in text order). */
static size_t paragraph_at(const document *doc, size_t off)
{
    size_t lo = 0, hi = doc->npara;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->paras[mid].start <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* May event o name the deal of its paragraph? A denied deal is no deal. */
static int names_paragraph_deal(const doc_event *o)
{
    return o->rule->deal && !o->rule->target_from_deal && !o->dealref && !o->symmetric &&
           o->mod != MOD_NEGATED && o->source != ACTOR_NONE && o->target != ACTOR_NONE;
}

/* A roundup or a live blog tells one deal per item: "the companies" and "the deal" there
 * are the deal told last in the paragraph, at or before the reference's sentence: another
 * deal than the document's (buyer, bought), or a rival bid for its company; a purchase of
 * one of its parties ("Thoma Bravo, which acquired Imperva in 2019") is background. For each
 * event, that deal's buyer and company (pair[2i], pair[2i + 1]), or ACTOR_NONE; in one
 * pass, the events being in the order of their sentences. The caller frees it. */
static size_t *paragraph_deals(const document *doc, const doc_event_list *out, size_t buyer,
                               size_t bought)
{
    size_t *pair = xmalloc((2 * out->n + 1) * sizeof *pair);
    size_t para = (size_t)-1, best = NO_INDEX;
    for (size_t g0 = 0, g1; g0 < out->n; g0 = g1) {
        g1 = sentence_run_end(out, g0);
        size_t p = paragraph_at(doc, out->v[g0].sent_start);
        if (p != para)
            para = p, best = NO_INDEX;
        for (size_t k = g0; k < g1; k++) {
            const doc_event *o = &out->v[k];
            int other = o->source != buyer && o->source != bought && o->target != buyer &&
                        o->target != bought;
            if (names_paragraph_deal(o) && (other || !o->rule->void_if_ended))
                best = k;
        }
        for (size_t k = g0; k < g1; k++) {
            pair[2 * k] = best == NO_INDEX ? ACTOR_NONE : out->v[best].source;
            pair[2 * k + 1] = best == NO_INDEX ? ACTOR_NONE : out->v[best].target;
        }
    }
    return pair;
}

/* The first telling of the rule between the pair, other than skip, or NO_INDEX. */
static size_t telling_of(const doc_event_list *out, size_t n, const event_rule *rule,
                         size_t buyer, size_t bought, size_t skip)
{
    for (size_t k = 0; k < n; k++)
        if (k != skip && out->v[k].rule == rule && tells_deal(&out->v[k], buyer, bought))
            return k;
    return NO_INDEX;
}

static void resolve_deal_refs(const ruleset *rs, const document *doc, doc_event_list *out)
{
    size_t buyer = ACTOR_NONE, bought = ACTOR_NONE;
    int have = document_deal(out, &buyer, &bought);
    /* each reference's paragraph deal, read before the list is compacted */
    size_t *local = paragraph_deals(doc, out, buyer, bought);
    deal_tellings t;
    t.next_named = xmalloc((out->n + 1) * sizeof *t.next_named);
    t.cursor = xmalloc((rs->nrules + 1) * sizeof *t.cursor);
    t.first_kept = xmalloc((rs->nrules + 1) * sizeof *t.first_kept);
    for (size_t r = 0; r < rs->nrules; r++)
        t.cursor[r] = t.first_kept[r] = NO_INDEX;
    for (size_t k = out->n; k-- > 0;)
        if (tells_deal(&out->v[k], buyer, bought)) {
            size_t r = rule_index(rs, out->v[k].rule);
            t.next_named[k] = t.cursor[r];
            t.cursor[r] = k;
        }
    size_t kept = 0;
    for (size_t i = 0; i < out->n; i++) {
        doc_event e = out->v[i];
        size_t r = rule_index(rs, e.rule);
        while (t.cursor[r] != NO_INDEX && t.cursor[r] <= i)
            t.cursor[r] = t.next_named[t.cursor[r]];
        if (e.dealref && e.lastref) {
            /* "That bid lapsed": the offer told last before it */
            size_t k = kept;
            while (k > 0 && !(out->v[k - 1].rule->deal && !out->v[k - 1].rule->ends_deal &&
                              !out->v[k - 1].rule->target_from_deal &&
                              out->v[k - 1].target != ACTOR_NONE))
                k--;
            if (k == 0)
                continue;
            e.source = out->v[k - 1].source;
            e.target = out->v[k - 1].target;
            e.dealref = 0;
            e.referred = 1;
            out->v[kept++] = e;
            continue;
        }
        if (e.dealref && !e.lastref && local[2 * i] != ACTOR_NONE &&
            (local[2 * i] != buyer || local[2 * i + 1] != bought)) {
            e.source = local[2 * i];
            e.target = local[2 * i + 1];
            e.dealref = 0;
            e.referred = 1;
            size_t into = telling_of(out, out->n, e.rule, e.source, e.target, i);
            if (into != NO_INDEX && into < i)
                into = telling_of(out, kept, e.rule, e.source, e.target, NO_INDEX);
            if (into != NO_INDEX) {
                absorb_reference(&out->v[into], &e);
                continue;
            }
        }
        if (e.dealref) {
            if (!have)
                continue;
            e.source = buyer;
            e.target = bought;
            e.dealref = 0;
            e.referred = 1;
            size_t into = t.cursor[r] != NO_INDEX ? t.cursor[r] : t.first_kept[r];
            if (into != NO_INDEX) {
                absorb_reference(&out->v[into], &e);
                continue;
            }
        }
        if (t.first_kept[r] == NO_INDEX && tells_deal(&e, buyer, bought))
            t.first_kept[r] = kept;
        out->v[kept++] = e;
    }
    out->n = kept;
    free(local);
    free(t.next_named);
    free(t.cursor);
    free(t.first_kept);
}

/* A deal agreed and later ended was an acquisition that might have been. */
static void void_ended_deals(doc_event_list *out)
{
    ev_index ended = {0}; /* pairs, both ways, whose deal was ended */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (o->rule->ends_deal && o->mod == MOD_ASSERTED) {
            ix_at(&ended, o->source, o->target, 0, 0, 1);
            ix_at(&ended, o->target, o->source, 0, 0, 1);
        }
    }
    for (size_t i = 0; i < out->n; i++) {
        doc_event *e = &out->v[i];
        if (e->rule->void_if_ended && e->mod == MOD_ASSERTED &&
            ix_get(&ended, e->source, e->target, 0, 0, 0))
            e->mod = MOD_HYPOTHETICAL;
    }
    ix_free(&ended);
}

/* "Nippon Steel agreed to buy U.S. Steel. … opposes the acquisition of U.S. Steel by
 * Nippon Steel": a deal's noun, where the document tells the purchase as fact, is the
 * purchase again, not talks. */
static void drop_nouns_of_purchases(doc_event_list *out)
{
    ev_index bought = {0}; /* (buyer, company) of asserted purchases */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (o->rule->void_if_ended && o->mod == MOD_ASSERTED)
            ix_at(&bought, o->source, o->target, 0, 0, 1);
    }
    size_t kept = 0;
    for (size_t i = 0; i < out->n; i++) {
        const doc_event *e = &out->v[i];
        if (e->dealnoun && !e->rule->void_if_ended && ix_get(&bought, e->source, e->target, 0, 0, 0))
            continue;
        out->v[kept++] = *e;
    }
    out->n = kept;
    ix_free(&bought);
}

/* The deal "the deal" refers to: the first told directed deal, an asserted (or denied)
 * one before a merely hypothetical one ("could make a new bid"); with no directed deal,
 * "Adobe and Figma ended their merger agreement" still tells the deal (the party named
 * first), as a last resort. */
static size_t referred_buyer(const doc_event_list *out)
{
    size_t buyer = ACTOR_NONE;
    for (int pass = 0; pass < 3 && buyer == ACTOR_NONE; pass++)
        for (size_t i = 0; i < out->n && buyer == ACTOR_NONE; i++)
            if (out->v[i].rule->deal && out->v[i].target != ACTOR_NONE &&
                (!out->v[i].symmetric || pass == 2) && out->v[i].mod != MOD_NEGATED &&
                (pass || out->v[i].mod != MOD_HYPOTHETICAL))
                buyer = out->v[i].source;
    return buyer;
}

/* Objections and reviews aimed at "the deal" name its buyer (a denied deal is none); an event still without a
 * target is dropped, as is one whose sentence tells the same with a target. */
static void fill_targets_from_deal(const document *doc, doc_event_list *out)
{
    size_t buyer = referred_buyer(out), deal_buyer = ACTOR_NONE, deal_bought = ACTOR_NONE;
    document_deal(out, &deal_buyer, &deal_bought);
    size_t *local = paragraph_deals(doc, out, deal_buyer, deal_bought);
    ev_index targeted = {0}; /* (rule, source, sentence) -> events with a target */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (o->target != ACTOR_NONE)
            (*ix_at(&targeted, RULE_KEY(o->rule), o->source, o->sent_start, 0, 0))++;
    }
    char *drop = xcalloc(out->n + 1, 1);
    for (size_t i = 0; i < out->n; i++) {
        doc_event *e = &out->v[i];
        if (e->target != ACTOR_NONE || !e->rule->has_target)
            continue;
        int sibling = ix_get(&targeted, RULE_KEY(e->rule), e->source, e->sent_start, 0, 0) > 0;
        /* "The acquisition was cleared by the CMA" in a roundup: the deal of its item */
        size_t by = local[2 * i] != ACTOR_NONE ? local[2 * i] : buyer;
        if (sibling || e->at_body || !e->rule->target_from_deal || by == ACTOR_NONE ||
            by == e->source) {
            drop[i] = 1;
            continue;
        }
        e->target = by;
        (*ix_at(&targeted, RULE_KEY(e->rule), e->source, e->sent_start, 0, 0))++;
    }
    free(local);
    ix_free(&targeted);
    drop_marked(out, drop);
}

/* Filling roles can make two events one: the first stays. */
static void drop_same_events(doc_event_list *out)
{
    ev_index seen = {0};
    char *drop = xcalloc(out->n + 1, 1);
    for (size_t i = 0; i < out->n; i++) {
        const doc_event *e = &out->v[i];
        drop[i] = *ix_at(&seen, RULE_KEY(e->rule), e->source, e->target, e->sent_start, i) != i;
    }
    ix_free(&seen);
    drop_marked(out, drop);
}

/* In this order: each step reads the roles the steps before it filled. */
static void fill_deal_targets(const ruleset *rs, const document *doc, const actor_table *actors,
                              const kinship *kin, doc_event_list *out)
{
    target_listing_authors(actors, kin, out);
    fill_counterparts(actors, out);
    orient_endings(out);
    orient_symmetric(out);
    resolve_deal_refs(rs, doc, out);
    void_ended_deals(out);
    drop_nouns_of_purchases(out);
    fill_targets_from_deal(doc, out);
    drop_same_events(out);
}

/* ---- redundant tellings ---- */

/* May event o make another between the same actors in its sentence redundant? Not a
 * counterfactual about the document's deal ("a tie-up that would have created ..."): the
 * talks told beside it stay. */
static int suppresses(const doc_event *o)
{
    return !(o->referred && o->mod == MOD_HYPOTHETICAL);
}

/* "abandoned talks to buy X" also reads as talks: a rule's suppressed_by types, found in
 * the same sentence between the same actors, take precedence over it. "The Commission
 * would decide by May 10 whether to clear the deal" next to "the Commission opened an
 * investigation": for an asserted_wins type, one that happens is not also told as one
 * that might. */
static void drop_suppressed(doc_event_list *out)
{
    ev_index told = {0};     /* (rule, source, target, sentence) -> events */
    ev_index told_neg = {0}; /* the same, denied */
    ev_index asserted = {0}; /* (rule, source, target) -> asserted events */
    for (size_t k = 0; k < out->n; k++) {
        const doc_event *o = &out->v[k];
        if (suppresses(o))
            (*ix_at(&told, RULE_KEY(o->rule), o->source, o->target, o->sent_start, 0))++;
        if (suppresses(o) && o->mod == MOD_NEGATED)
            (*ix_at(&told_neg, RULE_KEY(o->rule), o->source, o->target, o->sent_start, 0))++;
        if (o->mod == MOD_ASSERTED)
            (*ix_at(&asserted, RULE_KEY(o->rule), o->source, o->target, 0, 0))++;
    }
    char *drop = xcalloc(out->n + 1, 1);
    for (size_t i = 0; i < out->n; i++) {
        const doc_event *e = &out->v[i];
        const event_rule *r = e->rule;
        /* "ending negotiations that began in May": a wording of its own about the deal.
         * "walked away ..., and said it was not in talks": a denial is only made redundant
         * by a denial. */
        const ev_index *by_ix = e->mod == MOD_NEGATED ? &told_neg : &told;
        for (size_t k = 0; k < r->nsuppressed_by && !drop[i] && !e->referred; k++) {
            const event_rule *by = r->suppressed_by[k];
            size_t n = ix_get(by_ix, RULE_KEY(by), e->source, e->target, e->sent_start, 0);
            drop[i] = n > (by == r && suppresses(e)); /* another than e itself */
        }
        if (e->mod == MOD_HYPOTHETICAL && r->asserted_wins &&
            ix_get(&asserted, RULE_KEY(r), e->source, e->target, 0, 0))
            drop[i] = 1;
    }
    ix_free(&told);
    ix_free(&told_neg);
    ix_free(&asserted);
    drop_marked(out, drop);
}

/* The tellings kept so far, by rule, modality and roles; a list holds at most one undated
 * telling or one per year (any other would have joined it), so each is short. */
typedef struct {
    ev_index list_of; /* (rule, modality and dealref, source, target) -> list */
    struct kept_list {
        size_t *v;
        size_t n, cap;
    } *lists;
    size_t nlists, caplists;
} kept_tellings;

static void kept_add(kept_tellings *kt, const doc_event *e, size_t pos)
{
    size_t *li = ix_at(&kt->list_of, RULE_KEY(e->rule), (size_t)e->mod * 2 + (size_t)e->dealref,
                       e->source, e->target, NO_INDEX);
    if (*li == NO_INDEX) {
        *li = kt->nlists;
        *VEC_PUSH(kt->lists, kt->nlists, kt->caplists) = (struct kept_list){0};
    }
    struct kept_list *l = &kt->lists[*li];
    *VEC_PUSH(l->v, l->n, l->cap) = pos;
}

/* The first kept telling (lowest position) of source s and target t that e retells;
 * other_sentence: only one told in another sentence than e. */
static size_t first_retold(const kept_tellings *kt, const doc_event_list *l, const doc_event *e,
                           size_t s, size_t t, int other_sentence)
{
    size_t li = ix_get(&kt->list_of, RULE_KEY(e->rule), (size_t)e->mod * 2 + (size_t)e->dealref,
                       s, t, NO_INDEX);
    size_t best = NO_INDEX;
    if (li == NO_INDEX)
        return best;
    for (size_t j = 0; j < kt->lists[li].n; j++) {
        size_t p = kt->lists[li].v[j];
        const doc_event *o = &l->v[p];
        if (other_sentence && o->sent_start == e->sent_start)
            continue;
        if (o->date.value[0] && e->date.value[0] && strncmp(o->date.value, e->date.value, 4) != 0)
            continue;
        if (p < best)
            best = p;
    }
    return best;
}

/* Sources that are one body or a body and its parent; targets equal or, for a type whose
 * target may come from the deal, both parties of the document's deal (told in another
 * sentence). */
static size_t retold_as(const kept_tellings *kt, const kinship *kin, const doc_event_list *l,
                        const doc_event *e, int deal, size_t buyer, size_t bought)
{
    int party = deal && e->rule->target_from_deal && (e->target == buyer || e->target == bought);
    size_t other = e->target == buyer ? bought : buyer;
    size_t best = NO_INDEX;
    for (size_t j = 0; j <= kin_count(kin, e->source); j++) {
        size_t s = j == 0 ? e->source : kin_at(kin, e->source, j - 1);
        size_t p = first_retold(kt, l, e, s, e->target, 0);
        if (p < best)
            best = p;
        if (party && other != e->target && (p = first_retold(kt, l, e, s, other, 1)) < best)
            best = p;
    }
    return best;
}

/* One happening, told twice: the same type and modality, sources that are one body or a
 * body and its parent, targets that are equal or (told in two sentences, for a type whose
 * target may come from the deal) both parties of the document's deal, and
 * no dates of different years. The first told (the lead) names the roles; it takes the
 * other's date when it has none. The other telling stays, with the same roles and date,
 * so that the graph merges the two into one event with both sentences as evidence. */
static void merge_retold(const kinship *kin, doc_event_list *out)
{
    size_t buyer = ACTOR_NONE, bought = ACTOR_NONE;
    int deal = document_deal(out, &buyer, &bought);
    kept_tellings kt = {0};
    doc_event_list more = {0}; /* the other tellings, given the kept one's roles */
    size_t kept = 0;
    for (size_t j = 0; j < out->n; j++) {
        doc_event e = out->v[j];
        size_t p = retold_as(&kt, kin, out, &e, deal, buyer, bought);
        if (p == NO_INDEX) {
            out->v[kept] = e;
            kept_add(&kt, &e, kept++);
            continue;
        }
        doc_event *first = &out->v[p];
        /* "... has walked away. Blackmoor informed the board on Monday that it had walked
         * away": a date read in the retelling says more than the publication date */
        if (e.date.value[0] && (!first->date.value[0] ||
                                (first->date.basis == BASIS_DOCUMENT && e.date.basis != BASIS_DOCUMENT)))
            first->date = e.date;
        if (e.sent_start != first->sent_start) {
            doc_event retold = *first;
            retold.sent_start = e.sent_start;
            retold.sent_end = e.sent_end;
            *VEC_PUSH(more.v, more.n, more.cap) = retold;
        }
    }
    out->n = kept;
    for (size_t i = 0; i < more.n; i++)
        *VEC_PUSH(out->v, out->n, out->cap) = more.v[i];
    free(more.v);
    for (size_t i = 0; i < kt.nlists; i++)
        free(kt.lists[i].v);
    free(kt.lists);
    ix_free(&kt.list_of);
}

/* At -vv, each sentence as the rules see it, actors as [name]: what a rule author needs
 * to write a pattern. */
static void trace_masked(const document *doc, const actor_table *actors, const masked *m)
{
    strbuf b = {0};
    for (const char *p = m->s.s; *p;) {
        if (*p == '\x01') {
            size_t v = strtoul(p + 1, NULL, 10);
            sb_addf(&b, "[%s]", v < actors->nmentions
                                    ? actors->actors[actors->mentions[v].actor].name
                                    : "?");
            while (*p && *p != '\x02')
                p++;
            if (*p)
                p++;
            continue;
        }
        sb_addc(&b, *p++);
    }
    diag_trace("%s: %s", doc->source, b.s ? b.s : "");
    sb_free(&b);
}

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

static const char *const count_words[] = {"two", "three", "four", "five", "six", "seven",
                                          "eight", "nine", "ten", "several", NULL};
static const char *const plural_nouns[] = {"firms", "companies", "entities", "businesses",
    "individuals", "people", "persons", "organisations", "organizations", "groups",
    "suppliers", "subsidiaries", "affiliates", "units", "traders", "exporters", "shippers",
    "vessels", "carriers", "contractors", "manufacturers", "makers", "banks", NULL};

/* The length of word w of list at ms + i (a whole word), or 0. */
static size_t list_word_at(const char *ms, size_t i, size_t len, const char *const *list)
{
    for (int k = 0; list[k]; k++) {
        size_t l = strlen(list[k]);
        if (i + l <= len && word_at(ms, i, list[k]))
            return l;
    }
    return 0;
}

/* "added six U.S. companies", "its Hong Kong affiliate, X", "issuers on the Pentagon
 * list": a name before a noun describes the noun's referent; it is not the one listed.
 * Keeps the other targets of tgts; returns how many. */
static size_t drop_attributive(const masked *m, size_t *tgts, size_t n)
{
    static const char *const nouns[] = {"affiliate", "unit", "subsidiary", "branch", "arm",
                                        "list", "blacklist", "entity list", "sanctions list",
                                        "delegation", "official", "officials", NULL};
    size_t kept = 0;
    for (size_t b = 0; b < n; b++) {
        const char *at = placeholder_end(m, tgts[b]);
        size_t i = at ? (size_t)(at - m->s.s) : 0, len = m->s.len;
        int attributive = at && i < len && m->s.s[i] == ' ' &&
                          (list_word_at(m->s.s, i + 1, len, plural_nouns) ||
                           list_word_at(m->s.s, i + 1, len, nouns));
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
        if ((l = strlen(count_words[k])) && i + l < len && word_at(ms, i, count_words[k])) {
            *wl = l;
            return strcmp(count_words[k], "several") == 0 ? 8 : (size_t)k + 2;
        }
    return 0;
}

/* After a count at i: up to three words, then a plural noun; returns the end of the
 * noun, or 0. */
static size_t count_phrase_end(const char *ms, size_t i, size_t len)
{
    for (int w = 0; w <= 3 && i < len; w++) {
        size_t l = list_word_at(ms, i, len, plural_nouns);
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

/* After a count phrase ending at i, "in China, Turkey and the UAE" or "based in Iran":
 * where they are is part of the phrase; returns its end. */
static size_t count_place_end(const char *ms, size_t i, size_t len)
{
    static const char *const preps[] = {" based in ", " in ", " from ", " across ", NULL};
    size_t l = 0;
    for (int k = 0; preps[k] && !l; k++)
        if (strncasecmp(ms + i, preps[k], strlen(preps[k])) == 0)
            l = strlen(preps[k]);
    if (!l)
        return i;
    size_t j = i + l, end = i;
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
static size_t find_count_phrase(const char *ms, size_t len, size_t *ps, size_t *pe)
{
    for (size_t i = 0; i < len; i++) {
        size_t wl = 0, v = count_at(ms, i, len, &wl);
        if (!v)
            continue;
        size_t e = count_phrase_end(ms, i + wl + 1, len);
        if (e) {
            *ps = i;
            *pe = count_place_end(ms, e, len);
            return v;
        }
    }
    return 0;
}

/* Whether the words between two actors of the opening list leave the list: a verb, an
 * auxiliary or a reporting word. */
static int list_breaks(const char *ms, size_t a, size_t b)
{
    static const char *const stops[] = {"will", "would", "are", "were", "is", "was", "have",
                                        "has", "had", "can", "could", "said", "says", "which",
                                        "who", "that", "whose", NULL};
    for (size_t i = a; i < b; i++) {
        if (!isalpha((unsigned char)ms[i]) || (i > a && isalnum((unsigned char)ms[i - 1])))
            continue;
        size_t l = 0;
        while (i + l < b && (isalnum((unsigned char)ms[i + l]) || ms[i + l] == '-'))
            l++;
        /* "Perak-based", "state-owned": compounds are adjectives */
        if ((verbish_word(ms + i, l) && !memchr(ms + i, '-', l)) ||
            list_word_at(ms, i, i + l, stops))
            return 1;
        if (ms[i + l] == '\x01' || ms[i + l] == '.')
            return 1;
        i += l;
    }
    return 0;
}

static size_t among_list(const char *ms, size_t len, size_t *out, size_t max);
static size_t list_items(const char *ms, size_t len, size_t i, size_t *out, size_t max);

/* "The additions, X and Y, ...", "The two companies, X and Y, ...", "The firms are X and
 * Y": the mentions the sentence opens with (at most max), or 0 when it opens otherwise. */
static size_t opening_list(const char *ms, size_t len, size_t *out, size_t max)
{
    static const char *const heads[] = {"additions", "new additions", "latest additions",
                                        "removals", "designees", "newly listed", NULL};
    size_t i = 0, l;
    if (strncasecmp(ms, "among ", 6) == 0 || strncasecmp(ms, "amongst ", 8) == 0)
        return among_list(ms, len, out, max);
    if (strncasecmp(ms, "the ", 4) == 0)
        i = 4;
    if ((l = list_word_at(ms, i, len, heads))) {
        i += l;
        if (strncasecmp(ms + i - l, "newly listed", 12) == 0) {
            size_t e = count_phrase_end(ms, i + 1, len);
            if (!e || e > i + 1 + 30)
                return 0;
            i = e;
        }
    } else {
        size_t wl = 0, e = 0;
        if (count_at(ms, i, len, &wl))
            e = count_phrase_end(ms, i + wl + 1, len);
        else if ((l = list_word_at(ms, i, len, plural_nouns)))
            e = i + l;
        if (!e)
            return 0;
        i = e;
    }
    if (strncmp(ms + i, ", ", 2) == 0)
        i += 2;
    else if (strncasecmp(ms + i, " are ", 5) == 0 || strncasecmp(ms + i, " were ", 6) == 0)
        i += ms[i + 1] == 'a' ? 5 : 6;
    else if (strncasecmp(ms + i, " include ", 9) == 0)
        i += 9;
    else
        return 0;
    return list_items(ms, len, i, out, max);
}

/* "Among them are X and Y", "Amongst the newly listed are X, a maker of Z, and Y": the
 * mentions after the verb. */
static size_t among_list(const char *ms, size_t len, size_t *out, size_t max)
{
    size_t i = ms[5] == ' ' ? 6 : 8, verb = 0;
    for (size_t j = i; j < len && j < i + 40 && !verb; j++) {
        if (ms[j] == '\x01' || ms[j] == ',')
            return 0;
        if (ms[j] == ' ' && (strncasecmp(ms + j, " are ", 5) == 0 ||
                             strncasecmp(ms + j, " were ", 6) == 0))
            verb = j + (ms[j + 1] == 'a' ? 5 : 6);
    }
    return verb ? list_items(ms, len, verb, out, max) : 0;
}

/* The mentions of a list starting at i, up to the first word that leaves it. */
static size_t list_items(const char *ms, size_t len, size_t i, size_t *out, size_t max)
{
    size_t n = 0, prev_end = i;
    for (size_t j = i; j < len && n < max; j++) {
        if (ms[j] != '\x01')
            continue;
        if (list_breaks(ms, prev_end, j) || j > prev_end + 60)
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
static void masked_with_actors(const masked *m, size_t ps, size_t pe, const size_t *men,
                               size_t n, masked *out)
{
    for (size_t i = 0; i < ps; i++)
        mask_put(out, m->s.s + i, 1, m->pos[i]);
    for (size_t k = 0; k < n; k++) {
        char buf[40];
        int l = snprintf(buf, sizeof buf, "%s\x01%zu\x02",
                         k == 0 ? "" : k + 1 == n ? " and " : ", ", men[k]);
        mask_put(out, buf, (size_t)l, m->pos[ps]);
    }
    for (size_t i = pe; i < m->s.len; i++)
        mask_put(out, m->s.s + i, 1, m->pos[i]);
    *VEC_PUSH(out->pos, out->npos, out->cappos) = m->pos[m->s.len];
}

/* ---- pronouns ----
 *
 * "Hanseol walked away from Kestrel. It bought Salar Andino in 2021": a sentence that
 * opens with "It" (or "It also") tells of the subject of the sentences before it, the
 * last organisation or body that opened a sentence. */

static int is_word(const char *t, size_t i, size_t end, const char *w)
{
    size_t l = strlen(w);
    return i + l <= end && strncasecmp(t + i, w, l) == 0 &&
           (i + l == end || !isalnum((unsigned char)t[i + l]));
}

/* The mention that opens sentence s as its subject ("The US Commerce Department on
 * Tuesday ...", "China's commerce ministry ..."), or NO_MENTION: an actor within the first
 * words, not after a preposition, nor a person (no "it"). */
#define NO_MENTION ((size_t)-1)

static size_t sentence_subject(const document *doc, const actor_table *actors,
                               const sentence *s, size_t mi)
{
    const char *t = doc->text;
    while (mi < actors->nmentions && actors->mentions[mi].start < s->start)
        mi++;
    if (mi >= actors->nmentions || actors->mentions[mi].start >= s->end)
        return NO_MENTION;
    /* only "the" or a short descriptor before it, or a description and an apposition
     * that names it ("The second suitor, the Paris-listed group X, moved quickly") */
    size_t limit = 24;
    for (size_t i = s->start; i < actors->mentions[mi].start; i++) {
        if (t[i] == ';')
            return NO_MENTION;
        if (t[i] != ',')
            continue;
        if (limit != 24 || !(is_word(t, i + 2, s->end, "the") || is_word(t, i + 2, s->end, "a") ||
                             is_word(t, i + 2, s->end, "an")))
            return NO_MENTION;
        limit = 120;
    }
    if (actors->mentions[mi].start > s->start + limit)
        return NO_MENTION;
    /* "For Kanemori, a deal would extend ...": the actor the sentence is about, the
     * "It" of the next one. */
    int topic = is_word(t, s->start, s->end, "for") && t[actors->mentions[mi].end] == ',';
    if (after_place_preposition(t, s->start, actors->mentions[mi].start) ||
        is_word(t, s->start, s->end, "by") || (is_word(t, s->start, s->end, "for") && !topic) ||
        is_word(t, s->start, s->end, "with") || is_word(t, s->start, s->end, "after"))
        return NO_MENTION;
    /* "the Commerce Department's Bureau of Industry and Security": the owned body */
    size_t e = actors->mentions[mi].end;
    if (mi + 1 < actors->nmentions && actors->mentions[mi + 1].start <= e + 4 &&
        (strncmp(t + e, "'s ", 3) == 0 || strncmp(t + e, "\xe2\x80\x99s ", 5) == 0))
        mi++;
    actor_kind k = actors->actors[actors->mentions[mi].actor].kind;
    return k == KIND_PERSON ? NO_MENTION : mi;
}

/* Where "it" stands after an opening time phrase ("On Tuesday it completed …", "In 2021,
 * it bought …"), or 0: the phrase is a preposition and up to four words with no name in
 * them other than a day, a month or a year. */
static size_t it_after_time_phrase(const char *t, size_t s, size_t e)
{
    static const char *const openers[] = {"On", "In", "Last", "Earlier", "Later", "Then",
                                          "Since", "Late", "Early", "This", "Today",
                                          "Yesterday", NULL};
    static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", NULL};
    int ok = 0;
    for (int k = 0; openers[k] && !ok; k++)
        ok = is_word(t, s, e, openers[k]) && isupper((unsigned char)t[s]);
    if (!ok)
        return 0;
    size_t p = s;
    while (p < e && t[p] != ' ')
        p++;
    for (int words = 0; words < 5 && p < e; words++) {
        while (p < e && (t[p] == ' ' || t[p] == ','))
            p++;
        if (is_word(t, p, e, "it") && t[p] == 'i' && p + 3 < e && islower((unsigned char)t[p + 3]))
            return p;
        if (isupper((unsigned char)t[p])) {
            int known = 0;
            for (int k = 0; names[k] && !known; k++)
                known = is_word(t, p, e, names[k]);
            if (!known)
                return 0;
        }
        while (p < e && t[p] != ' ' && t[p] != ',')
            p++;
    }
    return 0;
}

/* The pronouns of sentence s that stand for an actor: a sentence-opening "It" (or one
 * after an opening time phrase) for the last subject before it. */
static size_t sentence_pronouns(const document *doc, const sentence *s, size_t last_subject,
                                pronoun_ref *out)
{
    const char *t = doc->text;
    size_t n = 0;
    if (last_subject == NO_MENTION)
        return 0;
    if (is_word(t, s->start, s->end, "it") && t[s->start] == 'I')
        out[n++] = (pronoun_ref){s->start, last_subject};
    else {
        size_t p = it_after_time_phrase(t, s->start, s->end);
        if (p)
            out[n++] = (pronoun_ref){p, last_subject};
    }
    return n;
}

void events_extract(const ruleset *rs, const document *doc, const sentence_list *sents,
                    const timex_list *timexes, const actor_table *actors, doc_event_list *out)
{
    pcre2_match_data *md = pcre2_match_data_create(64, NULL);
    size_t first_mention = 0, last_subject = NO_MENTION;
    masked prev = {0};
    const sentence *prev_s = NULL;
    sentence_dates sd;
    sentence_dates_init(&sd, timexes);
    for (size_t i = 0; i < sents->n; i++) {
        const sentence *s = &sents->v[i];
        if (doc->paras[s->para].kind != PARA_BODY)
            continue;
        sentence_dates_find(&sd, s);
        masked m = {0};
        pronoun_ref prons[MAX_PRONOUNS];
        size_t subj = sentence_subject(doc, actors, s, first_mention);
        size_t nprons = sentence_pronouns(doc, s, last_subject, prons);
        if (subj != NO_MENTION)
            last_subject = subj;
        mask_sentence(doc, actors, s, &first_mention, prons, nprons, &m);
        if (diag_tracing())
            trace_masked(doc, actors, &m);
        /* "added two firms to its list. The additions, X and Y, ...": the previous
         * sentence again, with X and Y for "two firms" */
        size_t listed[MAX_ROLE], nlisted, ps, pe, count;
        if (prev_s && m.s.len && (nlisted = opening_list(m.s.s, m.s.len, listed, MAX_ROLE)) &&
            (count = find_count_phrase(prev.s.s, prev.s.len, &ps, &pe))) {
            if (nlisted > count)
                nlisted = count;
            masked with = {0};
            masked_with_actors(&prev, ps, pe, listed, nlisted, &with);
            sentence_dates_find(&sd, prev_s);
            size_t from = out->n;
            for (size_t r = 0; r < rs->nrules; r++)
                match_rule(rs, &rs->rules[r], doc, prev_s, &sd, actors, &with, md, out);
            /* only what the rules found about the listed actors */
            size_t kept = from;
            for (size_t k = from; k < out->n; k++) {
                int about = 0;
                for (size_t j = 0; j < nlisted && !about; j++)
                    about = out->v[k].target == actors->mentions[listed[j]].actor;
                if (about)
                    out->v[kept++] = out->v[k];
            }
            out->n = kept;
            sentence_dates_find(&sd, s);
            sb_free(&with.s);
            free(with.pos);
        }
        /* A sentence without actors may still tell of the document's deal ("the merger
         * never closed"). */
        int any = m.s.len && memchr(m.s.s, '\x01', m.s.len);
        for (size_t r = 0; r < rs->nrules && m.s.len; r++)
            if (any || rs->rules[r].deal)
                match_rule(rs, &rs->rules[r], doc, s, &sd, actors, &m, md, out);
        sb_free(&prev.s);
        free(prev.pos);
        prev = m;
        prev_s = s;
    }
    sb_free(&prev.s);
    free(prev.pos);
    sentence_dates_free(&sd);
    pcre2_match_data_free(md);
    kinship kin;
    kinship_build(actors, &kin);
    fill_agentless_sources(rs, actors, out);
    inherit_also_dates(rs, out);
    date_lead_from_statement(rs, doc, sents, timexes, actors, &kin, out);
    fill_deal_targets(rs, doc, actors, &kin, out);
    drop_suppressed(out);
    merge_retold(&kin, out);
    kinship_free(&kin);
}

const char *events_modality_name(modality m)
{
    static const char *const names[] = {"asserted", "negated", "hypothetical"};
    return names[m];
}

const char *events_basis_name(date_basis b)
{
    static const char *const names[] = {"none", "document", "relative", "explicit"};
    return names[b];
}

void doc_event_list_free(doc_event_list *l)
{
    free(l->v);
    memset(l, 0, sizeof *l);
}
