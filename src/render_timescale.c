/* render_timescale — the timeline pictures' time axis: clusters of events, long empty
 * stretches cut, long clusters drawn year by year, ticks that fit (see
 * include/timescale.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "calendar.h"
#include "timescale.h"
#include "util.h"

#define MIN_TICK_PX 52.0
#define YEARLY_DAYS 730 /* a cluster longer than this is drawn year by year */

static const char *const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static ymd date_of_day(long day)
{
    ymd epoch = {1970, 1, 1};
    return cal_add_days(epoch, day - cal_day_number(epoch));
}

static int cmp_first(const void *a, const void *b)
{
    const tspan *x = a, *y = b;
    return (x->first > y->first) - (x->first < y->first);
}

static void make_clusters(tscale *s, tspan *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_first);
    long lo = v[0].first, hi = v[0].last;
    for (size_t i = 0; i < n; i++)
        if (v[i].last > hi)
            hi = v[i].last;
    double gap = fmax(365.0, 0.25 * (double)(hi - lo));
    size_t cap = 0;
    tcluster *cur = NULL;
    for (size_t i = 0; i < n; i++) {
        if (cur && (double)(v[i].first - cur->hi) <= gap) {
            if (v[i].last > cur->hi)
                cur->hi = v[i].last;
            cur->n++;
            continue;
        }
        cur = VEC_PUSH(s->c, s->n, cap);
        cur->lo = v[i].first;
        cur->hi = v[i].last;
        cur->n = 1;
    }
}

static long day_of(int y, int m)
{
    ymd t = {y, m, 1};
    return cal_day_number(t);
}

/* The stretches of cluster c: the whole of it, or each calendar year when it is over
 * YEARLY_DAYS long, as wide as its share of the cluster's events (75%) and days (25%). */
static void cluster_stretches(tcluster *c, const tspan *v, size_t n)
{
    int y0 = date_of_day(c->lo).y, y1 = date_of_day(c->hi - 1).y;
    c->nb = c->hi - c->lo > YEARLY_DAYS ? (size_t)(y1 - y0 + 1) : 1;
    c->edge = xcalloc(c->nb + 1, sizeof *c->edge);
    c->ex = xcalloc(c->nb + 1, sizeof *c->ex);
    size_t *count = xcalloc(c->nb, sizeof *count);
    c->edge[0] = c->lo;
    for (size_t b = 1; b < c->nb; b++)
        c->edge[b] = day_of(y0 + (int)b, 1);
    c->edge[c->nb] = c->hi;
    for (size_t i = 0; i < n; i++) {
        size_t b = 0;
        if (v[i].first < c->lo || v[i].first >= c->hi)
            continue;
        while (b + 1 < c->nb && v[i].first >= c->edge[b + 1])
            b++;
        count[b]++;
    }
    c->ex[0] = c->x;
    for (size_t b = 0; b < c->nb; b++)
        c->ex[b + 1] = c->ex[b] + c->w * (0.25 * (double)(c->edge[b + 1] - c->edge[b]) /
                                              (double)(c->hi - c->lo) +
                                          0.75 * (double)count[b] / (double)c->n);
    c->ex[c->nb] = c->x + c->w;
    free(count);
}

void tscale_build(tscale *s, const tspan *spans, size_t n, double width)
{
    s->c = NULL;
    s->n = 0;
    s->brk = TSCALE_BREAK;
    tspan *v = xcalloc(n, sizeof *v);
    for (size_t i = 0; i < n; i++)
        v[i] = spans[i];
    make_clusters(s, v, n);
    free(v);
    double days = 0, total = 0;
    for (size_t k = 0; k < s->n; k++) {
        tcluster *c = &s->c[k];
        long pad = (long)fmax(4.0, round((double)(c->hi - c->lo) * 0.04));
        c->lo -= pad;
        c->hi += pad + 1;
        days += (double)(c->hi - c->lo);
    }
    double avail = width - s->brk * (double)(s->n - 1);
    for (size_t k = 0; k < s->n; k++) {
        tcluster *c = &s->c[k];
        c->w = avail * (0.15 * (double)(c->hi - c->lo) / days + 0.85 * (double)c->n / (double)n);
        c->w = fmax(c->w, fmin(110.0, avail / (double)s->n));
        total += c->w;
    }
    double x = 0;
    for (size_t k = 0; k < s->n; k++) {
        s->c[k].w *= avail / total;
        s->c[k].x = x;
        x += s->c[k].w + s->brk;
        cluster_stretches(&s->c[k], spans, n);
    }
}

double tscale_x(const tscale *s, long day)
{
    for (size_t k = 0; k < s->n; k++) {
        const tcluster *c = &s->c[k];
        if (day <= c->hi || k + 1 == s->n) {
            if (day <= c->lo || day >= c->hi)
                return day <= c->lo ? c->x : c->x + c->w;
            size_t b = 0;
            while (b + 1 < c->nb && day >= c->edge[b + 1])
                b++;
            double f = (double)(day - c->edge[b]) / (double)(c->edge[b + 1] - c->edge[b]);
            return c->ex[b] + f * (c->ex[b + 1] - c->ex[b]);
        }
    }
    return 0;
}

/* Mondays, labelled "Mar 17", for a cluster of a few weeks. */
static size_t week_ticks(const tcluster *c, ttick *out, size_t max)
{
    size_t n = 0;
    for (long d = c->lo; d < c->hi && n < max; d++) {
        ymd t = date_of_day(d);
        if (cal_weekday(t) != 0)
            continue;
        out[n].day = d;
        snprintf(out[n].label, sizeof out[n].label, "%s %d", month_names[t.m - 1], t.d);
        n++;
    }
    return n;
}

/* Whether a tick at x keeps MIN_TICK_PX from every tick in out[0..n). */
static int tick_fits(const tscale *s, const ttick *out, size_t n, double x)
{
    for (size_t i = 0; i < n; i++)
        if (fabs(tscale_x(s, out[i].day) - x) < MIN_TICK_PX)
            return 0;
    return 1;
}

static int cmp_tick(const void *a, const void *b)
{
    const ttick *x = a, *y = b;
    return (x->day > y->day) - (x->day < y->day);
}

typedef struct {
    size_t b;
    double w;
} stretch_w;

static int cmp_wider(const void *a, const void *b)
{
    const stretch_w *x = a, *y = b;
    return x->w != y->w ? (x->w < y->w) - (x->w > y->w) : (x->b > y->b) - (x->b < y->b);
}

/* A cluster drawn year by year: each January 1 that fits, the widest years first (a busy
 * year keeps its label beside a quiet one), then the months (every one, two, three or
 * six) of the years wide enough for them where they fit; the first tick says its year. */
static size_t yearly_ticks(const tscale *s, const tcluster *c, ttick *out, size_t max)
{
    static const int steps[] = {1, 2, 3, 6};
    size_t n = 0;
    stretch_w *order = xcalloc(c->nb, sizeof *order);
    for (size_t b = 1; b < c->nb; b++)
        order[b - 1] = (stretch_w){b, c->ex[b + 1] - c->ex[b]};
    qsort(order, c->nb - 1, sizeof *order, cmp_wider);
    for (size_t i = 0; i + 1 < c->nb && n < max; i++)
        if (tick_fits(s, out, n, c->ex[order[i].b])) {
            out[n].day = c->edge[order[i].b];
            snprintf(out[n].label, sizeof out->label, "%d", date_of_day(out[n].day).y);
            n++;
        }
    free(order);
    for (size_t b = 0; b < c->nb; b++) {
        double per_day = (c->ex[b + 1] - c->ex[b]) / (double)(c->edge[b + 1] - c->edge[b]);
        int step = 0, y = date_of_day(c->edge[b]).y;
        for (size_t i = 0; i < sizeof steps / sizeof *steps && !step; i++)
            step = per_day * 30.4 * steps[i] >= MIN_TICK_PX ? steps[i] : 0;
        for (int m = 1 + step; step && m <= 12 && n < max; m += step) {
            long d = day_of(y, m);
            if (d > c->edge[b] && d < c->edge[b + 1] && tick_fits(s, out, n, tscale_x(s, d))) {
                out[n].day = d;
                snprintf(out[n++].label, sizeof out->label, "%s", month_names[m - 1]);
            }
        }
    }
    qsort(out, n, sizeof *out, cmp_tick);
    ymd first = n ? date_of_day(out[0].day) : (ymd){0, 0, 0};
    if (n && first.m != 1)
        snprintf(out[0].label, sizeof out->label, "%s %d", month_names[first.m - 1], first.y);
    return n;
}

size_t tscale_ticks(const tscale *s, size_t k, ttick *out, size_t max)
{
    static const int steps[] = {1, 2, 3, 6, 12, 24, 60, 120};
    const tcluster *c = &s->c[k];
    if (c->nb > 1)
        return yearly_ticks(s, c, out, max);
    double per_day = c->w / (double)(c->hi - c->lo);
    if (per_day * 7 >= MIN_TICK_PX && c->hi - c->lo < 120)
        return week_ticks(c, out, max);
    int step = 120;
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
        if (per_day * 30.4 * steps[i] >= MIN_TICK_PX) {
            step = steps[i];
            break;
        }
    ymd t = date_of_day(c->lo);
    t.d = 1;
    t.m = step >= 12 ? 1 : 1 + (t.m - 1 + step - 1) / step * step;
    if (t.m > 12)
        t.m = 1, t.y++;
    if (step >= 12 && cal_day_number(t) < c->lo)
        t.y++;
    size_t n = 0;
    for (long d = cal_day_number(t); d < c->hi && n < max; d = cal_day_number(t)) {
        if (d >= c->lo) {
            out[n].day = d;
            if (step >= 12)
                snprintf(out[n].label, sizeof out[n].label, "%d", t.y);
            else if (t.m == 1 || n == 0)
                snprintf(out[n].label, sizeof out[n].label, "%s %d", month_names[t.m - 1], t.y);
            else
                snprintf(out[n].label, sizeof out[n].label, "%s", month_names[t.m - 1]);
            n++;
        }
        t = cal_add_months(t, step);
    }
    return n;
}

void tscale_free(tscale *s)
{
    for (size_t k = 0; k < s->n; k++) {
        free(s->c[k].edge);
        free(s->c[k].ex);
    }
    free(s->c);
    s->c = NULL;
    s->n = 0;
}
