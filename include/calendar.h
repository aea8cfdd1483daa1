/* calendar — proleptic Gregorian date arithmetic and the parsing of absolute calendar
 * dates ("October 13, 2024", "13 Oct. 2024", "2024-10-13T09:30Z"). Shared by the
 * document stage (publication dates) and the dates stage (temporal expressions). */
#ifndef EVGRAPH_CALENDAR_H
#define EVGRAPH_CALENDAR_H

#include <stddef.h>

typedef struct {
    int y, m, d; /* m and d are 0 when unknown */
} ymd;

typedef enum {
    PREC_NONE,
    PREC_CENTURY,
    PREC_DECADE,
    PREC_YEAR,
    PREC_QUARTER,
    PREC_MONTH,
    PREC_WEEK,
    PREC_DAY,
    PREC_TIME
} date_prec;

const char *cal_prec_name(date_prec p);
int cal_is_leap(int y);
int cal_days_in_month(int y, int m);
int cal_valid(ymd d);
/* 0 = Monday … 6 = Sunday */
int cal_weekday(ymd d);
ymd cal_add_days(ymd d, long days);
ymd cal_add_months(ymd d, int months);
long cal_day_number(ymd d);
/* Western (Gregorian) Easter Sunday of year y. */
ymd cal_easter(int y);
/* The n-th weekday wd (0 = Monday) of month m of year y; n = -1 is the last one. */
ymd cal_nth_weekday(int y, int m, int n, int wd);
int cal_compare(ymd a, ymd b);
/* 1..12 for "Jan", "jan.", "January", "Sept"; 0 otherwise. */
int cal_month_from_name(const char *s, size_t n);
/* 0..6 for "Monday", "Mon", "Mon."; -1 otherwise. */
int cal_weekday_from_name(const char *s, size_t n);
/* Parses an absolute date at the start of s (at most n bytes): month-name forms in either
 * order, ISO dates and timestamps. Returns the bytes consumed, 0 when there is none.
 * A month-day form without a year sets y to 0. */
size_t cal_parse_date(const char *s, size_t n, ymd *out);
/* Formats at a precision: "2024", "2024-10", "2024-10-13". */
void cal_format(ymd d, date_prec p, char *buf, size_t size);

#endif
