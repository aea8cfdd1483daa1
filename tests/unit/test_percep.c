/* Unit tests: syntax_percep — a trained store exported to the pruned int8 table and
 * mapped back scores what the float weights score, within the int8 quantisation step;
 * pruned rows and unknown features score nothing; a truncated table is refused; the
 * dense layout scores exactly as the sparse one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>

#include "syntax_percep.h"

#define NC 7
#define NF 300

/* A store of NF features with weights spread over many magnitudes, some rows tiny. */
static void fill(pc_train *p, uint64_t *keys)
{
    pc_train_init(p, NC);
    uint64_t r = 12345;
    for (size_t f = 0; f < NF; f++) {
        keys[f] = pc_f1(7, f);
        long row = pc_train_row(p, keys[f]);
        float mag = f % 10 == 0 ? 0.01f : (float)(1 + pc_rand(&r) % 1000) / 10.0f;
        for (size_t c = 0; c < NC; c++)
            p->w[(size_t)row * NC + c] =
                mag * ((float)(pc_rand(&r) % 2001) / 1000.0f - 1.0f);
    }
}

static void table_scores_as_the_store(void **state)
{
    (void)state;
    pc_train p;
    uint64_t keys[NF];
    fill(&p, keys);
    strbuf out = {0};
    pc_train_export(&p, 0.5f, &out);
    pc_table t;
    size_t pos = 0;
    assert_int_equal(pc_table_map(&t, out.s, out.len, &pos), 0);
    assert_int_equal(t.nclass, NC);
    for (size_t f = 0; f < NF; f++) {
        float got[256] = {0}, maxabs = 0;
        pc_table_score(&t, &keys[f], 1, got);
        const float *w = p.w + (size_t)pc_train_find(&p, keys[f]) * NC;
        for (size_t c = 0; c < NC; c++)
            maxabs = fmaxf(maxabs, fabsf(w[c]));
        for (size_t c = 0; c < NC; c++) {
            float want = maxabs < 0.5f ? 0 : w[c];
            /* a step is about maxabs / 127; weights under two steps are dropped */
            if (fabsf(got[c] - want) > 2.01f * maxabs / 116.0f)
                fail_msg("feature %zu class %zu: %g, want %g", f, c, got[c], want);
        }
    }
    float none[256] = {0};
    uint64_t unknown = pc_f1(8, 1);
    pc_table_score(&t, &unknown, 1, none);
    for (size_t c = 0; c < NC; c++)
        assert_true(none[c] == 0);
    pc_table_free(&t);
    pos = 0;
    assert_int_equal(pc_table_map(&t, out.s, out.len / 2, &pos), -1);
    sb_free(&out);
    pc_train_free(&p);
}

#define WIDE 103
#define NWIDE 400

/* A parser-sized store: WIDE classes, rows from a few weights to every class, their
 * magnitudes from 1e-4 to 1e4, so that sums of many of them round (and a change in the
 * order of additions would show). */
static void fill_wide(pc_train *p, uint64_t *keys)
{
    pc_train_init(p, WIDE);
    uint64_t r = 777;
    for (size_t f = 0; f < NWIDE; f++) {
        keys[f] = pc_f1(9, f);
        long row = pc_train_row(p, keys[f]);
        size_t every = 1 + f % 13; /* every class, every second ... every 13th */
        float mag = powf(10.0f, (float)(pc_rand(&r) % 9) - 4.0f);
        for (size_t c = 0; c < WIDE; c += every)
            p->w[(size_t)row * WIDE + c] =
                mag * (float)(1 + pc_rand(&r) % 5000) / 100.0f * (pc_rand(&r) % 2 ? 1 : -1);
    }
}

/* The dense rows added eight classes at a time give the sparse rows' sums to the bit,
 * over many features at once (the order of additions is what could differ). */
static void dense_rows_score_as_sparse(void **state)
{
    (void)state;
    pc_train p;
    uint64_t keys[NWIDE], r = 99;
    fill_wide(&p, keys);
    strbuf out = {0};
    pc_train_export(&p, 0.0f, &out);
    pc_table vec, plain;
    size_t pos = 0;
    char *copy = xmalloc(out.len); /* mapping rewrites the block: each layout its own */
    memcpy(copy, out.s, out.len);
    assert_int_equal(pc_table_map(&vec, out.s, out.len, &pos), 0);
    pc_no_vector = 1;
    pos = 0;
    assert_int_equal(pc_table_map(&plain, copy, out.len, &pos), 0);
    pc_no_vector = 0;
    assert_null(plain.dense);
#if defined(__x86_64__)
    if (__builtin_cpu_supports("avx2"))
        assert_non_null(vec.dense);
#endif
    for (int round = 0; round < 200; round++) {
        uint64_t feats[PC_MAX_FEATS];
        size_t nf = 1 + pc_rand(&r) % PC_MAX_FEATS;
        for (size_t f = 0; f < nf; f++) /* some features the table lacks */
            feats[f] = pc_rand(&r) % 8 ? keys[pc_rand(&r) % NWIDE] : pc_f1(10, f);
        float a[256] = {0}, b[256] = {0};
        pc_table_score(&vec, feats, nf, a);
        pc_table_score(&plain, feats, nf, b);
        assert_memory_equal(a, b, WIDE * sizeof(float));
    }
    pc_table_free(&vec);
    pc_table_free(&plain);
    pc_table_free(&plain); /* twice is harmless */
    free(copy);
    sb_free(&out);
    pc_train_free(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(table_scores_as_the_store),
        cmocka_unit_test(dense_rows_score_as_sparse),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
