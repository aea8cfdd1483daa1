/* test_calendar — Gregorian arithmetic and the parsing of absolute dates. Expected
 * weekdays and day differences were checked with Python's datetime. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "calendar.h"

static void test_leap_and_lengths(void **state)
{
    (void)state;
    assert_true(cal_is_leap(2024));
    assert_true(cal_is_leap(2000));
    assert_false(cal_is_leap(1900));
    assert_false(cal_is_leap(2023));
    assert_int_equal(cal_days_in_month(2024, 2), 29);
    assert_int_equal(cal_days_in_month(2023, 2), 28);
    assert_int_equal(cal_days_in_month(2023, 4), 30);
    assert_int_equal(cal_days_in_month(2023, 12), 31);
    assert_int_equal(cal_days_in_month(2023, 13), 0);
    assert_true(cal_valid((ymd){2024, 2, 29}));
    assert_false(cal_valid((ymd){2023, 2, 29}));
    assert_true(cal_valid((ymd){2023, 5, 0}));
    assert_true(cal_valid((ymd){2023, 0, 0}));
    assert_false(cal_valid((ymd){2023, 0, 5}));
    assert_false(cal_valid((ymd){2023, 4, 31}));
}

static void test_weekday(void **state)
{
    (void)state;
    assert_int_equal(cal_weekday((ymd){2024, 10, 13}), 6); /* Sunday */
    assert_int_equal(cal_weekday((ymd){2024, 10, 16}), 2); /* Wednesday */
    assert_int_equal(cal_weekday((ymd){2000, 2, 29}), 1);  /* Tuesday */
    assert_int_equal(cal_weekday((ymd){1900, 3, 1}), 3);   /* Thursday */
    assert_int_equal(cal_weekday((ymd){1989, 10, 27}), 4); /* Friday */
}

static void test_add_days(void **state)
{
    (void)state;
    ymd d = cal_add_days((ymd){2024, 3, 1}, -1);
    assert_int_equal(d.y, 2024);
    assert_int_equal(d.m, 2);
    assert_int_equal(d.d, 29);
    d = cal_add_days((ymd){2023, 12, 31}, 1);
    assert_int_equal(d.y, 2024);
    assert_int_equal(d.m, 1);
    assert_int_equal(d.d, 1);
    assert_int_equal(cal_day_number((ymd){2024, 10, 16}) - cal_day_number((ymd){1989, 10, 26}),
                     12774);
    d = cal_add_days((ymd){1989, 10, 26}, 12774);
    assert_int_equal(cal_compare(d, (ymd){2024, 10, 16}), 0);
}

static void test_add_months(void **state)
{
    (void)state;
    ymd d = cal_add_months((ymd){2024, 1, 31}, 1);
    assert_int_equal(d.m, 2);
    assert_int_equal(d.d, 29); /* clamped */
    d = cal_add_months((ymd){2024, 1, 15}, -1);
    assert_int_equal(d.y, 2023);
    assert_int_equal(d.m, 12);
    d = cal_add_months((ymd){2024, 11, 1}, 14);
    assert_int_equal(d.y, 2026);
    assert_int_equal(d.m, 1);
}

static void test_compare(void **state)
{
    (void)state;
    assert_true(cal_compare((ymd){2024, 1, 1}, (ymd){2024, 1, 2}) < 0);
    assert_true(cal_compare((ymd){2025, 1, 1}, (ymd){2024, 12, 31}) > 0);
    assert_int_equal(cal_compare((ymd){2024, 5, 0}, (ymd){2024, 5, 0}), 0);
}

static void test_names(void **state)
{
    (void)state;
    assert_int_equal(cal_month_from_name("October", 7), 10);
    assert_int_equal(cal_month_from_name("oct.", 4), 10);
    assert_int_equal(cal_month_from_name("Sept", 4), 9);
    assert_int_equal(cal_month_from_name("Octo", 4), 0);
    assert_int_equal(cal_month_from_name("Mayday", 6), 0);
    assert_int_equal(cal_weekday_from_name("Monday", 6), 0);
    assert_int_equal(cal_weekday_from_name("Sun.", 4), 6);
    assert_int_equal(cal_weekday_from_name("Tues", 4), 1);
    assert_int_equal(cal_weekday_from_name("Mo", 2), -1);
}

typedef struct {
    const char *s;
    size_t used;
    int y, m, d;
} parse_row;

static void test_parse(void **state)
{
    (void)state;
    static const parse_row rows[] = {
        {"October 13, 2024 was", 16, 2024, 10, 13},
        {"Oct. 13, 2024", 13, 2024, 10, 13},
        {"13 Oct. 2024", 12, 2024, 10, 13},
        {"13 October 2024", 15, 2024, 10, 13},
        {"2024-10-13", 10, 2024, 10, 13},
        {"2024/10/13", 10, 2024, 10, 13},
        {"2024-10-13T09:30Z rest", 17, 2024, 10, 13},
        {"Sunday, October 13, 2024", 24, 2024, 10, 13},
        {"Oct. 13 and", 7, 0, 10, 13},
        {"March 3rd, 2021", 15, 2021, 3, 3},
        {"Feb. 29, 2024", 13, 2024, 2, 29},
        {"Feb. 30, 2024", 0, 0, 0, 0},
        {"2023-02-29", 0, 0, 0, 0},
        {"October", 0, 0, 0, 0},
        {"hello", 0, 0, 0, 0},
        {"32 October 2024", 0, 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        ymd d = {0, 0, 0};
        size_t used = cal_parse_date(rows[i].s, strlen(rows[i].s), &d);
        assert_int_equal(used, rows[i].used);
        if (used) {
            assert_int_equal(d.y, rows[i].y);
            assert_int_equal(d.m, rows[i].m);
            assert_int_equal(d.d, rows[i].d);
        }
    }
}

/* Easter dates from published church tables; nth weekdays from a printed calendar. */
static void test_holiday_rules(void **state)
{
    (void)state;
    static const ymd easter[] = {{1999, 4, 4}, {2000, 4, 23}, {2019, 4, 21},
                                 {2024, 3, 31}, {2025, 4, 20}, {2038, 4, 25}};
    for (size_t i = 0; i < sizeof easter / sizeof easter[0]; i++)
        assert_int_equal(cal_compare(cal_easter(easter[i].y), easter[i]), 0);
    assert_int_equal(cal_compare(cal_nth_weekday(2024, 11, 4, 3), (ymd){2024, 11, 28}), 0);
    assert_int_equal(cal_compare(cal_nth_weekday(2024, 5, -1, 0), (ymd){2024, 5, 27}), 0);
    assert_int_equal(cal_compare(cal_nth_weekday(2024, 9, 1, 0), (ymd){2024, 9, 2}), 0);
    assert_int_equal(cal_compare(cal_nth_weekday(2024, 6, -1, 6), (ymd){2024, 6, 30}), 0);
    assert_int_equal(cal_compare(cal_nth_weekday(2023, 1, 1, 6), (ymd){2023, 1, 1}), 0);
}

static void test_format(void **state)
{
    (void)state;
    char b[32];
    cal_format((ymd){2024, 10, 13}, PREC_DAY, b, sizeof b);
    assert_string_equal(b, "2024-10-13");
    cal_format((ymd){2024, 10, 13}, PREC_MONTH, b, sizeof b);
    assert_string_equal(b, "2024-10");
    cal_format((ymd){2024, 10, 0}, PREC_DAY, b, sizeof b);
    assert_string_equal(b, "2024-10");
    cal_format((ymd){2024, 0, 0}, PREC_YEAR, b, sizeof b);
    assert_string_equal(b, "2024");
    assert_string_equal(cal_prec_name(PREC_QUARTER), "quarter");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_leap_and_lengths), cmocka_unit_test(test_weekday),
        cmocka_unit_test(test_add_days),         cmocka_unit_test(test_add_months),
        cmocka_unit_test(test_compare),          cmocka_unit_test(test_names),
        cmocka_unit_test(test_parse),            cmocka_unit_test(test_format),
        cmocka_unit_test(test_holiday_rules),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
