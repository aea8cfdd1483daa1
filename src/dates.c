/* dates — temporal expressions. A word-by-word scanner tries each matcher at each word
 * start, longest first; a matcher recognises one family of expressions and normalises it
 * to a TIMEX3 value, resolving relative forms against the anchor. */
#include "dates.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

struct dates_ctx {
    dates_order order;
};

typedef struct {
    const char *t;
    size_t end;
    ymd anchor;
} scan;

typedef struct {
    size_t len; /* bytes consumed; 0 = no match */
    timex x;
} hit;

dates_ctx *dates_new(dates_order order, ev_err *err)
{
    (void)err;
    dates_ctx *c = xcalloc(1, sizeof *c);
    c->order = order;
    return c;
}

void dates_free(dates_ctx *ctx)
{
    free(ctx);
}

const char *dates_type_name(timex_type t)
{
    static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};
    return names[t];
}

void timex_list_free(timex_list *l)
{
    free(l->v);
    memset(l, 0, sizeof *l);
}

static size_t word_at(const scan *s, size_t i)
{
    size_t j = i;
    while (j < s->end && isalpha((unsigned char)s->t[j]))
        j++;
    return j - i;
}

static int word_is(const scan *s, size_t i, size_t n, const char *w)
{
    return strlen(w) == n && util_strcasecmp_n(s->t + i, n, w, n) == 0;
}

static int word_in(const scan *s, size_t i, size_t n, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (word_is(s, i, n, list[k]))
            return 1;
    return 0;
}

static size_t skip_ws(const scan *s, size_t i)
{
    while (i < s->end && s->t[i] == ' ')
        i++;
    return i;
}

static void set_date(hit *h, ymd d, date_prec p, int relative)
{
    h->x.type = TIMEX_DATE;
    h->x.prec = p;
    h->x.relative = relative;
    cal_format(d, p, h->x.value, sizeof h->x.value);
}

static const char *const past_words[] = {"last", "past", "previous", "preceding", "final",
                                         "prior", NULL};
static const char *const next_words[] = {"next", "coming", "following", NULL};
static const char *const this_words[] = {"this", "current", NULL};

/* "October 13, 2024", "13 Oct 2024", "2024-10-13", "Oct. 13" (year from the anchor). */
static hit match_calendar(const scan *s, size_t i)
{
    hit h = {0};
    ymd d;
    size_t used = cal_parse_date(s->t + i, s->end - i, &d);
    if (!used)
        return h;
    if (d.y == 0) {
        if (!s->anchor.y)
            return h;
        d.y = s->anchor.y;
        h.x.relative = 1;
    }
    h.len = used;
    set_date(&h, d, PREC_DAY, h.x.relative);
    return h;
}

/* "November 2023", "Nov. 2023" */
static hit match_month_year(const scan *s, size_t i)
{
    hit h = {0};
    size_t w = word_at(s, i);
    size_t wl = w + (i + w < s->end && s->t[i + w] == '.');
    int m = w >= 3 ? cal_month_from_name(s->t + i, wl) : 0;
    if (!m)
        return h;
    size_t j = skip_ws(s, i + wl);
    if (j < s->end && s->t[j] == ',')
        j = skip_ws(s, j + 1);
    int y = 0;
    size_t k = j;
    while (k < s->end && isdigit((unsigned char)s->t[k]) && k - j < 5)
        y = y * 10 + (s->t[k++] - '0');
    if (k - j != 4 || (k < s->end && isalnum((unsigned char)s->t[k])))
        return h;
    h.len = k - i;
    set_date(&h, (ymd){y, m, 0}, PREC_MONTH, 0);
    return h;
}

/* "last month", "past week", "this year", "next quarter", "previous November",
 * "final thirty day period" (spun "last month"). */
static hit match_relative_unit(const scan *s, size_t i)
{
    hit h = {0};
    size_t w = word_at(s, i);
    int dir;
    if (word_in(s, i, w, past_words))
        dir = -1;
    else if (word_in(s, i, w, next_words))
        dir = 1;
    else if (word_in(s, i, w, this_words))
        dir = 0;
    else
        return h;
    size_t j = skip_ws(s, i + w);
    size_t u = word_at(s, j);
    if (!u || !s->anchor.y)
        return h;
    ymd a = s->anchor;
    if (word_is(s, j, u, "thirty")) {
        /* "thirty day period", "thirty-day period": spun wording of "month". */
        size_t k = j + u;
        if (k < s->end && (s->t[k] == ' ' || s->t[k] == '-'))
            k++;
        size_t d = word_at(s, k);
        if (!word_is(s, k, d, "day"))
            return h;
        k = skip_ws(s, k + d);
        size_t p = word_at(s, k);
        if (!word_is(s, k, p, "period"))
            return h;
        h.len = k + p - i;
        set_date(&h, cal_add_months((ymd){a.y, a.m, 1}, dir), PREC_MONTH, 1);
        return h;
    }
    int m = cal_month_from_name(s->t + j, u);
    if (m && u >= 3) {
        ymd d = {a.y, m, 0};
        if (dir < 0 && m >= a.m)
            d.y--;
        else if (dir > 0 && m <= a.m)
            d.y++;
        h.len = j + u - i;
        set_date(&h, d, PREC_MONTH, 1);
        return h;
    }
    h.len = j + u - i;
    if (word_is(s, j, u, "month")) {
        set_date(&h, cal_add_months((ymd){a.y, a.m, 1}, dir), PREC_MONTH, 1);
    } else if (word_is(s, j, u, "year")) {
        set_date(&h, (ymd){a.y + dir, 0, 0}, PREC_YEAR, 1);
    } else if (word_is(s, j, u, "week")) {
        ymd d = cal_add_days(a, 7L * dir);
        int wd = cal_weekday(d);
        ymd mon = cal_add_days(d, -wd);
        /* ISO week number: the week of the Thursday. */
        ymd thu = cal_add_days(mon, 3);
        long week = (cal_day_number(thu) - cal_day_number((ymd){thu.y, 1, 1})) / 7 + 1;
        h.x.type = TIMEX_DATE;
        h.x.prec = PREC_WEEK;
        h.x.relative = 1;
        snprintf(h.x.value, sizeof h.x.value, "%04d-W%02ld", thu.y, week);
    } else if (word_is(s, j, u, "quarter")) {
        int q = (a.m - 1) / 3 + dir;
        int y = a.y;
        if (q < 0)
            q += 4, y--;
        if (q > 3)
            q -= 4, y++;
        h.x.type = TIMEX_DATE;
        h.x.prec = PREC_QUARTER;
        h.x.relative = 1;
        snprintf(h.x.value, sizeof h.x.value, "%04d-Q%d", y, q + 1);
    } else {
        h.len = 0;
    }
    return h;
}

static hit match_deictic(const scan *s, size_t i)
{
    hit h = {0};
    size_t w = word_at(s, i);
    if (!w)
        return h;
    if (word_is(s, i, w, "now") || word_is(s, i, w, "currently")) {
        h.len = w;
        h.x.type = TIMEX_DATE;
        snprintf(h.x.value, sizeof h.x.value, "PRESENT_REF");
        return h;
    }
    if (word_is(s, i, w, "recently")) {
        h.len = w;
        h.x.type = TIMEX_DATE;
        snprintf(h.x.value, sizeof h.x.value, "PAST_REF");
        return h;
    }
    if (!s->anchor.y)
        return h;
    long off;
    if (word_is(s, i, w, "today") || word_is(s, i, w, "tonight"))
        off = 0;
    else if (word_is(s, i, w, "yesterday"))
        off = -1;
    else if (word_is(s, i, w, "tomorrow"))
        off = 1;
    else
        return h;
    h.len = w;
    set_date(&h, cal_add_days(s->anchor, off), PREC_DAY, 1);
    return h;
}

/* "Tuesday": the most recent such day on or before the anchor (news reports the past). */
static hit match_weekday(const scan *s, size_t i)
{
    hit h = {0};
    size_t w = word_at(s, i);
    if (w < 6 || !s->anchor.y)
        return h;
    int wd = cal_weekday_from_name(s->t + i, w);
    if (wd < 0)
        return h;
    int back = (cal_weekday(s->anchor) - wd + 7) % 7;
    h.len = w;
    set_date(&h, cal_add_days(s->anchor, -back), PREC_DAY, 1);
    return h;
}

/* "in 2021", "since 1998": a bare year after a preposition. */
static hit match_year(const scan *s, size_t i)
{
    hit h = {0};
    if (i + 4 > s->end)
        return h;
    for (int k = 0; k < 4; k++)
        if (!isdigit((unsigned char)s->t[i + k]))
            return h;
    if (i + 4 < s->end && isalnum((unsigned char)s->t[i + 4]))
        return h;
    int y = atoi(s->t + i);
    if (y < 1900 || y > 2099)
        return h;
    h.len = 4;
    set_date(&h, (ymd){y, 0, 0}, PREC_YEAR, 0);
    return h;
}

typedef hit (*matcher)(const scan *, size_t);
static const matcher matchers[] = {match_calendar, match_month_year, match_relative_unit,
                                   match_deictic, match_weekday, match_year};

void dates_tag_sentence(const dates_ctx *ctx, const char *text, size_t start, size_t end,
                        ymd anchor, timex_list *out)
{
    (void)ctx;
    scan s = {text, end, anchor};
    size_t i = start;
    while (i < end) {
        if (i > start && isalnum((unsigned char)text[i - 1])) {
            i++;
            continue;
        }
        hit best = {0};
        for (size_t k = 0; k < sizeof matchers / sizeof *matchers; k++) {
            hit h = matchers[k](&s, i);
            if (h.len > best.len)
                best = h;
        }
        if (best.len) {
            best.x.start = i;
            best.x.end = i + best.len;
            timex *x = VEC_PUSH(out->v, out->n, out->cap);
            *x = best.x;
            i += best.len;
        } else {
            i++;
        }
    }
}
