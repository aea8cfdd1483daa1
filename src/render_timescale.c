/* render_timescale — the timeline pictures' time axis: clusters of events, long empty
 * stretches cut, ticks that fit (see include/timescale.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "calendar.h"
#include "timescale.h"
#include "util.h"

#define MIN_TICK_PX 52.0

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
    }
}

double tscale_x(const tscale *s, long day)
{
    for (size_t k = 0; k < s->n; k++) {
        const tcluster *c = &s->c[k];
        if (day <= c->hi || k + 1 == s->n) {
            double f = (double)(day - c->lo) / (double)(c->hi - c->lo);
            return c->x + fmax(0.0, fmin(1.0, f)) * c->w;
        }
    }
    return 0;
}

static const char *const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static ymd date_of_day(long day)
{
    ymd epoch = {1970, 1, 1};
    return cal_add_days(epoch, day - cal_day_number(epoch));
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

size_t tscale_ticks(const tscale *s, size_t k, ttick *out, size_t max)
{
    static const int steps[] = {1, 2, 3, 6, 12, 24, 60, 120};
    const tcluster *c = &s->c[k];
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
    free(s->c);
    s->c = NULL;
    s->n = 0;
}
