/* Unit tests: syntax_percep — a trained store exported to the pruned int8 table and
 * mapped back scores what the float weights score, within the int8 quantisation step;
 * pruned rows and unknown features score nothing; a truncated table is refused. */
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
    pos = 0;
    assert_int_equal(pc_table_map(&t, out.s, out.len / 2, &pos), -1);
    sb_free(&out);
    pc_train_free(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(table_scores_as_the_store),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
