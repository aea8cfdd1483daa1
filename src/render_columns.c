/* render_columns — the events view's placement: runs of boxes stacked in columns of one
 * height, the undated ones apart at the right (see include/columns.h). */
#include <math.h>
#include <stdlib.h>

#include "columns.h"
#include "util.h"

/* The height of the run of joined boxes that starts at i (each box with the space under
 * it); *end: the box after the run. */
static double run_height(const col_box *b, size_t to, size_t i, size_t *end)
{
    double h = b[i].h + COL_GAP_Y;
    size_t j = i + 1;
    while (j < to && b[j].joined)
        h += b[j++].h + COL_GAP_Y;
    *end = j;
    return h;
}

typedef struct {
    double left, top; /* the first column's left edge and the columns' top */
    double pitch;     /* from one column to the next */
} col_origin;

/* Fills columns of at most limit inches with the runs of [from, to), in order (a taller
 * run gets a column of its own); places the boxes when at is given. Returns the number
 * of columns; *tallest: the tallest one's height. */
static size_t fill(col_box *b, size_t from, size_t to, double limit, const col_origin *at,
                   double *tallest)
{
    size_t cols = 0;
    double filled = 0;
    *tallest = 0;
    for (size_t i = from, end; i < to; i = end) {
        double h = run_height(b, to, i, &end);
        if (!cols || filled + h > limit) {
            cols++;
            filled = 0;
        }
        for (size_t k = i; at && k < end; k++) {
            b[k].x = at->left + (double)(cols - 1) * at->pitch + (at->pitch - COL_GAP_X) / 2;
            b[k].y = at->top + filled + b[k].h / 2;
            filled += b[k].h + COL_GAP_Y;
        }
        if (!at)
            filled += h;
        *tallest = fmax(*tallest, filled - COL_GAP_Y);
    }
    return cols;
}

/* The columns the dated boxes [0, split) and the undated ones [split, n), which start a
 * column below their heading, take at one height limit. */
static size_t columns_at(col_box *b, size_t split, size_t n, double limit)
{
    double tallest;
    return fill(b, 0, split, limit, NULL, &tallest) +
           fill(b, split, n, limit - COL_HEADING, NULL, &tallest);
}

/* The lowest height limit at which the boxes take at most ncols columns: columns as even
 * as the runs allow. */
static double even_limit(col_box *b, size_t split, size_t n, size_t ncols)
{
    double lo = 0, hi = COL_HEADING;
    for (size_t i = 0, end; i < n; i = end) {
        double h = run_height(b, i < split ? split : n, i, &end);
        hi += h;
        lo = fmax(lo, h + (i < split ? 0 : COL_HEADING));
    }
    if (columns_at(b, split, n, lo) <= ncols)
        return lo;
    for (int step = 0; step < 40 && hi - lo > 0.005; step++) {
        double mid = (lo + hi) / 2;
        if (columns_at(b, split, n, mid) <= ncols)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

/* Both bands in at most ncols columns; then each band's boxes spread evenly over the
 * columns it took, so the undated band's last column is not a remainder. */
static void place_in(col_box *b, size_t split, size_t n, size_t ncols, double pitch,
                     col_layout *out)
{
    double limit = even_limit(b, split, n, ncols), dated = 0, undated = 0;
    size_t nd = fill(b, 0, split, limit, NULL, &dated);
    size_t nu = columns_at(b, split, n, limit) - nd;
    col_origin at = {0, 0, pitch};
    if (nd)
        fill(b, 0, split, even_limit(b, split, split, nd), &at, &dated);
    at.left = (double)nd * pitch + (nd ? COL_BAND_GAP : 0);
    at.top = COL_HEADING;
    if (nu)
        fill(b, split, n, even_limit(b + split, 0, n - split, nu) - COL_HEADING, &at, &undated);
    out->ncols = nd + nu;
    out->width = out->ncols ? at.left + (double)nu * pitch - COL_GAP_X : 0;
    out->height = fmax(dated, nu ? COL_HEADING + undated : 0);
    out->band_left = nu ? at.left : -1;
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

/* The columns were laid out as wide as the widest box; each now takes only its own
 * widest box's width (a few long labels no longer widen every column), in order, the
 * gap before the undated band kept. The boxes of a column share their centre. */
static void compact_columns(col_box *b, size_t n, col_layout *out)
{
    double *xs = xmalloc(n * sizeof *xs);
    size_t nx = 0;
    for (size_t i = 0; i < n; i++)
        xs[i] = b[i].x;
    qsort(xs, n, sizeof *xs, cmp_double);
    for (size_t i = 0; i < n; i++)
        if (!nx || xs[i] != xs[nx - 1])
            xs[nx++] = xs[i];
    double *w = xcalloc(nx, sizeof *w), *nxs = xcalloc(nx, sizeof *nxs), left = 0;
    for (size_t i = 0; i < n; i++) {
        double *at = bsearch(&b[i].x, xs, nx, sizeof *xs, cmp_double);
        w[at - xs] = fmax(w[at - xs], b[i].w);
    }
    double band = out->band_left;
    out->band_left = -1;
    for (size_t j = 0; j < nx; j++) {
        if (j)
            left += COL_GAP_X;
        if (band >= 0 && xs[j] > band && out->band_left < 0) {
            left += j ? COL_BAND_GAP : 0;
            out->band_left = left;
        }
        nxs[j] = left + w[j] / 2;
        left += w[j];
    }
    for (size_t i = 0; i < n; i++)
        b[i].x = nxs[(double *)bsearch(&b[i].x, xs, nx, sizeof *xs, cmp_double) - xs];
    out->width = left;
    free(xs);
    free(w);
    free(nxs);
}

void columns_place(col_box *b, size_t n, double aspect, double reserve, col_layout *out)
{
    size_t split = 0;
    double pitch = 0, total = 0;
    while (split < n && b[split].band == 0)
        split++;
    for (size_t i = 0; i < n; i++) {
        pitch = fmax(pitch, b[i].w);
        total += b[i].h + COL_GAP_Y;
    }
    pitch += COL_GAP_X;
    out->ncols = 0;
    out->width = out->height = 0;
    out->band_left = -1;
    if (n == 0)
        return;
    /* A first guess from the area, then the count near it whose picture needs the
     * least zooming out to fit a screen of that aspect. */
    size_t guess = (size_t)lround(sqrt(aspect * total / pitch)), best = 1;
    double best_scale = INFINITY;
    for (size_t c = guess > 2 ? guess - 2 : 1; c <= guess + 2; c++) {
        place_in(b, split, n, c, pitch, out);
        compact_columns(b, n, out);
        double scale = fmax(out->width / aspect, out->height + reserve);
        if (scale < best_scale - 1e-9) {
            best_scale = scale;
            best = c;
        }
    }
    place_in(b, split, n, best, pitch, out);
    compact_columns(b, n, out);
}
