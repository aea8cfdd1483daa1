/* dates — temporal expressions (TIMEX3): find them in a sentence and normalise each to
 * an ISO value with a type and precision, resolving relative ones against the anchor. */
#ifndef EVGRAPH_DATES_H
#define EVGRAPH_DATES_H

#include "calendar.h"
#include "util.h"

typedef enum { TIMEX_DATE, TIMEX_TIME, TIMEX_DURATION, TIMEX_SET } timex_type;

typedef struct {
    size_t start, end; /* offsets into the document text */
    timex_type type;
    char value[48];    /* TIMEX3 value: 2024-10, 2024-W41, P3W, PRESENT_REF, XXXX-WXX-1 … */
    date_prec prec;    /* for DATE/TIME values that are calendar dates; PREC_NONE else */
    int relative;      /* resolved against the anchor */
    int unresolved;    /* relative, but there was no anchor */
    int in_name;       /* a year inside a proper name ("the Investment Act 2021", "Vision
                        * 2030"): a TIMEX3 all the same, but it dates no event */
} timex;

typedef struct {
    timex *v;
    size_t n, cap;
} timex_list;

typedef enum { DATES_ORDER_MDY, DATES_ORDER_DMY } dates_order;

typedef struct dates_ctx dates_ctx;

dates_ctx *dates_new(dates_order order, ev_err *err);
void dates_free(dates_ctx *ctx);
/* Forgets what the previous document said ("the quarter", "that year" refer back within
 * a document). Optional: a new text pointer or a sentence starting at or before the
 * previous one also starts a new document. */
void dates_begin_document(dates_ctx *ctx);
/* Appends the expressions of text[start, end) (one sentence) to out. anchor.y == 0
 * means no anchor: relative expressions are kept with unresolved set. */
void dates_tag_sentence(const dates_ctx *ctx, const char *text, size_t start, size_t end,
                        ymd anchor, timex_list *out);
const char *dates_type_name(timex_type t);
void timex_list_free(timex_list *l);

#endif
