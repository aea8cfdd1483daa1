/* timescale — the time axis of the timeline pictures: it gives space to where the events
 * are. Events close in time form a cluster drawn at a linear scale; a stretch without
 * events wider than a quarter of the whole range and than a year is cut, leaving a
 * narrow break between clusters. Widths go to clusters mostly by their number of events
 * (85%), partly by their length (15%), so one old event does not squeeze the rest into a corner.
 * Within a cluster over two years long, each calendar year likewise gets its width by
 * its events (75%) and its length (25%): busy years wide, quiet ones narrow but there.
 * Ticks are weeks, months, quarters or years, whichever fit (in a cluster drawn year by
 * year, each year's months where they fit, else only its year). */
#ifndef EVGRAPH_TIMESCALE_H
#define EVGRAPH_TIMESCALE_H

#include <stddef.h>

typedef struct {
    long first, last; /* day numbers (cal_day_number), inclusive */
} tspan;

typedef struct {
    long lo, hi;   /* the days drawn, padded; hi exclusive */
    double x, w;   /* where the cluster is drawn */
    size_t n;      /* events in it */
    size_t nb;     /* stretches drawn at their own scale: 1, or one per calendar year */
    long *edge;    /* nb + 1 days: edge[0] = lo, edge[nb] = hi */
    double *ex;    /* their x: ex[0] = x, ex[nb] = x + w */
} tcluster;

typedef struct {
    tcluster *c;
    size_t n;
    double brk;    /* width of the gap drawn between clusters */
} tscale;

typedef struct {
    long day;
    char label[16]; /* "2025", "Mar 2025", "Apr", "Mar 17" */
} ttick;

#define TSCALE_BREAK 26.0

/* spans: n >= 1 events' date spans, in any order; width: the plot's width. */
void tscale_build(tscale *s, const tspan *spans, size_t n, double width);
/* x of the start of a day (of day + 1 for the end of a span), 0..width. */
double tscale_x(const tscale *s, long day);
/* The ticks of cluster k, at least 52 pixels apart; returns how many were written. */
size_t tscale_ticks(const tscale *s, size_t k, ttick *out, size_t max);
void tscale_free(tscale *s);

#endif
