/* columns — where the events view puts its boxes, so that about fifty events fit a laptop
 * screen. The boxes come in reading order (each event with the actors placed beside it)
 * and are stacked top to bottom in columns read left to right: the dated events in time
 * order, then, apart to their right under a heading, the undated ones. A run of joined
 * boxes (one date's events, an actor with its event) stays in one column. All columns
 * are filled to one height, as even as the runs allow, and their number makes the
 * picture about `aspect` times as wide as tall. */
#ifndef EVGRAPH_COLUMNS_H
#define EVGRAPH_COLUMNS_H

#include <stddef.h>

typedef struct {
    double w, h;  /* the box, inches */
    int band;     /* 0: dated, 1: undated; nondecreasing along the boxes */
    int joined;   /* stays in the column of the box before it (same band) */
    double x, y;  /* out: the centre, inches from the top left, y growing downwards */
} col_box;

typedef struct {
    size_t ncols;
    double width, height; /* inches, from the top left corner (0, 0) */
    double band_left;     /* the undated columns' left edge, -1 when there are none */
} col_layout;

/* Space between boxes; the wider space before the undated columns; the room above them
 * for their heading. */
#define COL_GAP_X 0.2
#define COL_GAP_Y 0.08
#define COL_BAND_GAP 0.3
#define COL_HEADING 0.3

/* reserve: inches of the picture's height the columns cannot use (the caption under
 * them), counted when the picture is fitted to the aspect. */
void columns_place(col_box *b, size_t n, double aspect, double reserve, col_layout *out);

#endif
