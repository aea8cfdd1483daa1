/* calendar — Gregorian date arithmetic and parsing of absolute calendar dates. */
#include "calendar.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char *const month_names[12] = {"january", "february", "march",     "april",
                                            "may",     "june",     "july",      "august",
                                            "september", "october", "november", "december"};
static const char *const day_names[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                         "friday", "saturday", "sunday"};

const char *cal_prec_name(date_prec p)
{
    static const char *const names[] = {"none",  "century", "decade", "year", "quarter",
                                        "month", "week",    "day",    "time"};
    return names[p];
}

int cal_is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int cal_days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    return days[m - 1] + (m == 2 && cal_is_leap(y));
}

int cal_valid(ymd d)
{
    if (d.y < 1 || d.y > 9999)
        return 0;
    if (d.m == 0)
        return d.d == 0;
    if (d.m < 1 || d.m > 12)
        return 0;
    return d.d == 0 || (d.d >= 1 && d.d <= cal_days_in_month(d.y, d.m));
}

/* Days since 0000-03-01 in the proleptic calendar (a civil-from-days inverse). */
long cal_day_number(ymd d)
{
    long y = d.y - (d.m <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (d.m + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d.d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe;
}

static ymd from_day_number(long z)
{
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    ymd r;
    r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.y = (int)(yoe + era * 400 + (r.m <= 2));
    return r;
}

int cal_weekday(ymd d)
{
    /* 0000-03-01 was a Wednesday (index 2). */
    long n = cal_day_number(d) + 2;
    long w = n % 7;
    return (int)(w < 0 ? w + 7 : w);
}

ymd cal_add_days(ymd d, long days)
{
    return from_day_number(cal_day_number(d) + days);
}

ymd cal_add_months(ymd d, int months)
{
    long idx = (long)d.y * 12 + (d.m - 1) + months;
    ymd r = {(int)(idx / 12), (int)(idx % 12) + 1, d.d};
    if (r.d > cal_days_in_month(r.y, r.m))
        r.d = cal_days_in_month(r.y, r.m);
    return r;
}

int cal_compare(ymd a, ymd b)
{
    if (a.y != b.y)
        return a.y < b.y ? -1 : 1;
    if (a.m != b.m)
        return a.m < b.m ? -1 : 1;
    if (a.d != b.d)
        return a.d < b.d ? -1 : 1;
    return 0;
}

static size_t word_len(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && isalpha((unsigned char)s[i]))
        i++;
    return i;
}

static int name_matches(const char *s, size_t n, const char *full, size_t minabbr)
{
    size_t fl = strlen(full);
    if (n > fl || n < minabbr)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)s[i]) != full[i])
            return 0;
    return 1;
}

int cal_month_from_name(const char *s, size_t n)
{
    if (n && s[n - 1] == '.')
        n--;
    for (int i = 0; i < 12; i++) {
        if (n == strlen(month_names[i]) && name_matches(s, n, month_names[i], n))
            return i + 1;
        /* Abbreviations are three letters, or "Sept". */
        if ((n == 3 || (i == 8 && n == 4)) && name_matches(s, n, month_names[i], 3))
            return i + 1;
    }
    return 0;
}

int cal_weekday_from_name(const char *s, size_t n)
{
    if (n && s[n - 1] == '.')
        n--;
    for (int i = 0; i < 7; i++) {
        if (n == strlen(day_names[i]) && name_matches(s, n, day_names[i], n))
            return i;
        if ((n == 3 || n == 4) && name_matches(s, n, day_names[i], 3))
            return i;
    }
    return -1;
}

static size_t digits(const char *s, size_t n, size_t max, int *val)
{
    size_t i = 0;
    int v = 0;
    while (i < n && i < max && isdigit((unsigned char)s[i]))
        v = v * 10 + (s[i++] - '0');
    if (i < n && isdigit((unsigned char)s[i]))
        return 0; /* too many digits */
    *val = v;
    return i;
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* 2024-10-13, 2024/10/13, with an optional time and zone after it. */
static size_t parse_iso(const char *s, size_t n, ymd *out)
{
    int y, m, d;
    size_t i = digits(s, n, 4, &y);
    if (i != 4 || i >= n || (s[i] != '-' && s[i] != '/'))
        return 0;
    char sep = s[i++];
    size_t k = digits(s + i, n - i, 2, &m);
    if (k != 2 || i + k >= n || s[i + k] != sep)
        return 0;
    i += k + 1;
    k = digits(s + i, n - i, 2, &d);
    if (k != 2)
        return 0;
    i += k;
    ymd r = {y, m, d};
    if (!cal_valid(r))
        return 0;
    if (i + 5 < n && (s[i] == 'T' || s[i] == ' ') && isdigit((unsigned char)s[i + 1]) &&
        isdigit((unsigned char)s[i + 2]) && s[i + 3] == ':') {
        size_t j = i + 4;
        while (j < n && (isdigit((unsigned char)s[j]) || s[j] == ':' || s[j] == '.'))
            j++;
        if (j < n && s[j] == 'Z')
            j++;
        else if (j + 5 < n + 1 && j < n && (s[j] == '+' || s[j] == '-') &&
                 isdigit((unsigned char)s[j + 1])) {
            j++;
            while (j < n && (isdigit((unsigned char)s[j]) || s[j] == ':'))
                j++;
        }
        i = j;
    }
    *out = r;
    return i;
}

static size_t parse_day(const char *s, size_t n, int *d)
{
    size_t i = digits(s, n, 2, d);
    if (!i || *d < 1 || *d > 31)
        return 0;
    size_t w = word_len(s + i, n - i);
    if (w == 2) {
        char a = (char)tolower((unsigned char)s[i]), b = (char)tolower((unsigned char)s[i + 1]);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
            (a == 't' && b == 'h'))
            i += 2;
    }
    return i;
}

static size_t parse_year_after(const char *s, size_t n, size_t i, int *y)
{
    size_t j = i;
    if (j < n && s[j] == ',')
        j++;
    j = skip_spaces(s, n, j);
    int v;
    size_t k = digits(s + j, n - j, 4, &v);
    if (k == 4 && v >= 1000) {
        *y = v;
        return j + k;
    }
    *y = 0;
    return i;
}

size_t cal_parse_date(const char *s, size_t n, ymd *out)
{
    size_t i = 0;
    if ((i = parse_iso(s, n, out)) > 0)
        return i;
    /* An optional weekday first: "Sunday, October 13, 2024". */
    size_t w = word_len(s, n);
    if (w && cal_weekday_from_name(s, w + (w < n && s[w] == '.')) >= 0) {
        i = w + (w < n && s[w] == '.');
        if (i < n && s[i] == ',')
            i++;
        i = skip_spaces(s, n, i);
    }
    int d = 0, m = 0, y = 0;
    w = word_len(s + i, n - i);
    if (w) {
        size_t wl = w + (i + w < n && s[i + w] == '.');
        m = cal_month_from_name(s + i, wl);
        if (!m)
            return 0;
        size_t j = skip_spaces(s, n, i + wl);
        size_t k = parse_day(s + j, n - j, &d);
        if (!k || j == i + wl)
            return 0;
        i = parse_year_after(s, n, j + k, &y);
    } else {
        size_t k = parse_day(s + i, n - i, &d);
        if (!k)
            return 0;
        size_t j = i + k;
        if (j < n && s[j] == ' ')
            j = skip_spaces(s, n, j);
        else
            return 0;
        w = word_len(s + j, n - j);
        size_t wl = w + (j + w < n && s[j + w] == '.');
        m = w ? cal_month_from_name(s + j, wl) : 0;
        if (!m)
            return 0;
        i = parse_year_after(s, n, j + wl, &y);
    }
    ymd r = {y, m, d};
    if (y && !cal_valid(r))
        return 0;
    if (!y && d > cal_days_in_month(2000, m))
        return 0;
    *out = r;
    return i;
}

void cal_format(ymd d, date_prec p, char *buf, size_t size)
{
    if (p >= PREC_DAY && d.d)
        snprintf(buf, size, "%04d-%02d-%02d", d.y, d.m, d.d);
    else if (p >= PREC_MONTH && d.m)
        snprintf(buf, size, "%04d-%02d", d.y, d.m);
    else
        snprintf(buf, size, "%04d", d.y);
}

/* The anonymous Gregorian computus (Meeus, Jones, Butcher). */
ymd cal_easter(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int n = h + l - 7 * m + 114;
    return (ymd){y, n / 31, n % 31 + 1};
}

ymd cal_nth_weekday(int y, int m, int n, int wd)
{
    if (n < 0) {
        ymd last = {y, m, cal_days_in_month(y, m)};
        return cal_add_days(last, -((cal_weekday(last) - wd + 7) % 7));
    }
    ymd first = {y, m, 1};
    return cal_add_days(first, (wd - cal_weekday(first) + 7) % 7 + 7L * (n - 1));
}
