/* Unit tests: util (strings, slugs, atomic writes). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static void slugify_folds_case_punctuation_and_possessive(void **state)
{
    (void)state;
    const char *cases[][2] = {{"NSO Group's", "nso-group"},
                              {"L3Harris Technologies", "l3harris-technologies"},
                              {"  U.S. Commerce Department ", "u-s-commerce-department"},
                              {"AT&T", "at-t"},
                              {"", "actor"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *s = util_slugify(cases[i][0]);
        assert_string_equal(s, cases[i][1]);
        free(s);
    }
}

static void strbuf_grows_and_formats(void **state)
{
    (void)state;
    strbuf b = {0};
    for (int i = 0; i < 1000; i++)
        sb_addf(&b, "%d,", i % 10);
    assert_int_equal(b.len, 2000);
    assert_memory_equal(b.s + 1990, "5,6,7,8,9,", 10);
    char *s = sb_detach(&b);
    assert_null(b.s);
    free(s);
}

static void atomic_write_replaces_whole_file(void **state)
{
    (void)state;
    char dir[] = "/tmp/evgraph-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/out.txt", dir);
    ev_err err;
    assert_int_equal(util_write_atomic(path, "first", 5, &err), 0);
    assert_int_equal(util_write_atomic(path, "second!", 7, &err), 0);
    char *data;
    size_t len;
    assert_int_equal(util_read_file(path, 1 << 20, &data, &len, &err), 0);
    assert_int_equal(len, 7);
    assert_memory_equal(data, "second!", 7);
    free(data);
    unlink(path);
    rmdir(dir);
}

static void atomic_write_into_missing_directory_fails_cleanly(void **state)
{
    (void)state;
    ev_err err;
    assert_int_equal(util_write_atomic("/nonexistent-dir/x/out.svg", "x", 1, &err), -1);
    assert_non_null(strstr(err.msg, "/nonexistent-dir/x/out.svg"));
}

static void read_file_refuses_over_limit(void **state)
{
    (void)state;
    char path[] = "/tmp/evgraph-big-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    char buf[4096] = {0};
    memset(buf, 'a', sizeof buf);
    for (int i = 0; i < 4; i++)
        assert_int_equal(write(fd, buf, sizeof buf), (ssize_t)sizeof buf);
    close(fd);
    char *data = NULL;
    size_t len;
    ev_err err;
    assert_int_equal(util_read_file(path, 8192, &data, &len, &err), -1);
    assert_non_null(strstr(err.msg, "larger than the limit"));
    assert_int_equal(util_read_file(path, 1 << 20, &data, &len, &err), 0);
    assert_int_equal(len, 16384);
    free(data);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(slugify_folds_case_punctuation_and_possessive),
        cmocka_unit_test(strbuf_grows_and_formats),
        cmocka_unit_test(atomic_write_replaces_whole_file),
        cmocka_unit_test(atomic_write_into_missing_directory_fails_cleanly),
        cmocka_unit_test(read_file_refuses_over_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
