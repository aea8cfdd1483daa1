/* Unit tests: util (strings, slugs, atomic writes). */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

static void slugify_folds_case_punctuation_and_possessive(void **state)
{
    (void)state;
    const char *cases[][2] = {{"NSO Group's", "nso-group"},
                              {"Italy's finance ministry", "italy-finance-ministry"},
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

static void clock_time_is_one_or_two_digits_and_two(void **state)
{
    (void)state;
    const struct { const char *s; size_t len; } cases[] = {
        {"09:45 | EU opens", 5}, {"9:30 a.m.", 4}, {"10.45am", 5}, {"123:45", 0},
        {"9:456", 0}, {"9:4", 0}, {":45", 0}, {"Monday", 0}, {"", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        assert_int_equal(util_clock_time(cases[i].s, strlen(cases[i].s)), cases[i].len);
}

static void bullet_signs_ascii_and_unicode(void **state)
{
    (void)state;
    const struct { const char *s; size_t len; } cases[] = {
        {"- A", 1}, {"* A", 1}, {"\xe2\x80\xa2 A", 3}, {"\xe2\x80\x94 A", 3}, {"\xc2\xb7 A", 2},
        {"\xe2\x97\x8f", 3}, {"\xe2\x80", 0}, {"A - B", 0}, {"1. A", 0}, {"", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        assert_int_equal(util_bullet(cases[i].s, strlen(cases[i].s)), cases[i].len);
}

static void enumerator_in_brackets_with_a_word_after(void **state)
{
    (void)state;
    const struct { const char *s; size_t len; } cases[] = {
        {"(2) The entities", 4}, {"(12)  A", 6}, {"3) Halden", 3}, {"(b) The", 4},
        {"(iv) Each", 5}, {"c) Then", 3}, {"(see) note", 0}, {"(2)", 0}, {"(2)x", 0},
        {"2. The", 0}, {"(1234) A", 0}, {"(2 The", 0}, {"", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        assert_int_equal(util_enumerator(cases[i].s, strlen(cases[i].s)), cases[i].len);
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

/* Written in pieces: committed, the file holds them all; aborted, the old file stays and
 * no temporary file is left beside it. */
static void out_in_pieces_commit_and_abort(void **state)
{
    (void)state;
    char dir[] = "/tmp/evgraph-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/out.json", dir);
    ev_err err;
    util_out *w = util_out_open(path, &err);
    assert_non_null(w);
    assert_int_equal(util_out_write(w, "one ", 4, &err), 0);
    assert_int_equal(util_out_write(w, "two", 3, &err), 0);
    assert_int_equal(util_out_commit(w, &err), 0);
    w = util_out_open(path, &err);
    assert_non_null(w);
    assert_int_equal(util_out_write(w, "half", 4, &err), 0);
    util_out_abort(w);
    char *data;
    size_t len;
    assert_int_equal(util_read_file(path, 1 << 20, &data, &len, &err), 0);
    assert_int_equal(len, 7);
    assert_memory_equal(data, "one two", 7);
    free(data);
    DIR *d = opendir(dir);
    assert_non_null(d);
    int files = 0;
    for (struct dirent *e; (e = readdir(d));)
        files += e->d_name[0] != '.';
    closedir(d);
    assert_int_equal(files, 1);
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

/* The mode of a replaced file stays (a 0600 file used to become 0644). */
static void atomic_write_keeps_mode(void **state)
{
    (void)state;
    char dir[] = "/tmp/evgraph-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/secret.json", dir);
    ev_err err;
    assert_int_equal(util_write_atomic(path, "a", 1, &err), 0);
    assert_int_equal(chmod(path, 0600), 0);
    assert_int_equal(util_write_atomic(path, "bb", 2, &err), 0);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 07777, 0600);
    assert_int_equal(st.st_size, 2);
    unlink(path);
    rmdir(dir);
}

/* A symbolic link stays a link; the file it points to is replaced. */
static void atomic_write_through_symlink(void **state)
{
    (void)state;
    char dir[] = "/tmp/evgraph-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char real[128], link[128];
    snprintf(real, sizeof real, "%s/real.txt", dir);
    snprintf(link, sizeof link, "%s/link.txt", dir);
    assert_int_equal(symlink("real.txt", link), 0);
    ev_err err;
    assert_int_equal(util_write_atomic(link, "data", 4, &err), 0);
    struct stat st;
    assert_int_equal(lstat(link, &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    assert_int_equal(stat(real, &st), 0);
    assert_int_equal(st.st_size, 4);
    unlink(link);
    unlink(real);
    rmdir(dir);
}

/* The temporary file of a write stopped by SIGTERM is removed, and the process dies of
 * that signal. The child writes 64 MB (fsynced) so that the parent can see the
 * temporary file appear and signal inside the write window. */
static void atomic_write_signal_removes_temporary(void **state)
{
    (void)state;
    char dir[] = "/tmp/evgraph-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/out.json", dir);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        size_t n = (size_t)64 << 20;
        char *big = calloc(n, 1);
        ev_err err;
        _exit(big && util_write_atomic(path, big, n, &err) == 0 ? 0 : 2);
    }
    char cmd[256];
    snprintf(cmd, sizeof cmd, "ls %s | grep -q tmp", dir);
    int seen = 0;
    for (int i = 0; i < 20000 && !seen; i++) { /* up to 20 s */
        seen = system(cmd) == 0;
        if (!seen) {
            int st;
            if (waitpid(pid, &st, WNOHANG) == pid) {
                pid = 0; /* finished before we saw it: nothing to test on this machine */
                break;
            }
            struct timespec ts = {0, 1000000};
            nanosleep(&ts, NULL);
        }
    }
    if (pid) {
        kill(pid, SIGTERM);
        int st;
        assert_int_equal(waitpid(pid, &st, 0), pid);
        assert_true(WIFSIGNALED(st));
        assert_int_equal(WTERMSIG(st), SIGTERM);
        snprintf(cmd, sizeof cmd, "ls %s | grep -q tmp", dir);
        assert_int_not_equal(system(cmd), 0); /* no temporary file left */
    }
    unlink(path);
    rmdir(dir);
    if (!seen)
        skip();
}

/* A FIFO is refused at once, never opened blocking (it would wait for a writer). */
static void read_file_refuses_fifo_without_blocking(void **state)
{
    (void)state;
    char dir[] = "/tmp/evgraph-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/pipe.txt", dir);
    assert_int_equal(mkfifo(path, 0600), 0);
    char *data = NULL;
    size_t len;
    ev_err err;
    assert_int_equal(util_read_file(path, 1 << 20, &data, &len, &err), -1);
    assert_non_null(strstr(err.msg, "is a FIFO, not a regular file"));
    unlink(path);
    rmdir(dir);
}

/* Writing to a FIFO goes through it (a reader gets the data; the FIFO stays). */
static void atomic_write_through_fifo(void **state)
{
    (void)state;
    char dir[] = "/tmp/evgraph-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/pipe", dir);
    assert_int_equal(mkfifo(path, 0600), 0);
    int fd = open(path, O_RDONLY | O_NONBLOCK); /* a reader, so the writer's open returns */
    assert_true(fd >= 0);
    ev_err err;
    assert_int_equal(util_write_atomic(path, "hello", 5, &err), 0);
    char buf[16];
    assert_int_equal(read(fd, buf, sizeof buf), 5);
    assert_memory_equal(buf, "hello", 5);
    close(fd);
    struct stat st;
    assert_int_equal(lstat(path, &st), 0);
    assert_true(S_ISFIFO(st.st_mode));
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(slugify_folds_case_punctuation_and_possessive),
        cmocka_unit_test(clock_time_is_one_or_two_digits_and_two),
        cmocka_unit_test(bullet_signs_ascii_and_unicode),
        cmocka_unit_test(enumerator_in_brackets_with_a_word_after),
        cmocka_unit_test(strbuf_grows_and_formats),
        cmocka_unit_test(atomic_write_replaces_whole_file),
        cmocka_unit_test(atomic_write_into_missing_directory_fails_cleanly),
        cmocka_unit_test(read_file_refuses_over_limit),
        cmocka_unit_test(out_in_pieces_commit_and_abort),
        cmocka_unit_test(atomic_write_keeps_mode),
        cmocka_unit_test(atomic_write_through_symlink),
        cmocka_unit_test(atomic_write_signal_removes_temporary),
        cmocka_unit_test(read_file_refuses_fifo_without_blocking),
        cmocka_unit_test(atomic_write_through_fifo),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
