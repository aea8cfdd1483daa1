/* bench_dates — throughput of the dates stage alone. Reads the files named on the command
 * line, repeats their text until at least MIN_BYTES, splits it naively into sentences at
 * '.' and newlines, and times dates_tag_sentence over all of it with clock_gettime.
 * Prints "dates: N MB in S s = R MB/s (T timexes)". Built and run by tests/bench.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dates.h"

#define MIN_BYTES (64u << 20)

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_dates FILE...\n");
        return 2;
    }
    size_t len = 0, cap = 1 << 20;
    char *text = malloc(cap);
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f)
            continue;
        size_t n;
        char buf[65536];
        while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
            if (len + n + 1 > cap) {
                while (len + n + 1 > cap)
                    cap *= 2;
                text = realloc(text, cap);
            }
            memcpy(text + len, buf, n);
            len += n;
        }
        fclose(f);
    }
    if (!len) {
        fprintf(stderr, "bench_dates: no input\n");
        return 1;
    }
    size_t one = len;
    while (len < MIN_BYTES) {
        size_t n = len + one > MIN_BYTES * 2u ? MIN_BYTES * 2u - len : one;
        if (len + n + 1 > cap) {
            while (len + n + 1 > cap)
                cap *= 2;
            text = realloc(text, cap);
        }
        memcpy(text + len, text, n);
        len += n;
    }
    text[len] = '\0';
    ev_err err;
    dates_ctx *c = dates_new(DATES_ORDER_MDY, &err);
    timex_list l = {0};
    size_t total = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    size_t s = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || text[i] == '.' || text[i] == '\n') {
            if (i > s)
                dates_tag_sentence(c, text, s, i + (i < len), (ymd){2024, 10, 16}, &l);
            total += l.n;
            l.n = 0;
            s = i + 1;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double sec = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    double mb = (double)len / 1e6;
    printf("dates: %.1f MB in %.3f s = %.1f MB/s (%zu timexes)\n", mb, sec, mb / sec, total);
    timex_list_free(&l);
    dates_free(c);
    free(text);
    return 0;
}
