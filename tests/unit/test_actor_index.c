/* Unit tests: the actor index offers, for a mention, every actor find_generic's tests may
 * accept (each test's own example), and none that shares nothing with the mention. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "actor_index.h"
#include "rules.h"

static ruleset RS;
static char *SUFFIXES[] = {"Co", "Corp", "Inc", "Group", "Holdings", "Technologies"};

/* One document's actors: each name is also its first alias. */
static const char *const NAMES[] = {
    "NSO Group",                         /* 0 */
    "Federal Trade Commission",          /* 1 */
    "Robert Habeck",                     /* 2 */
    "Cleveland-Cliffs",                  /* 3 */
    "COSCO Shipping Tanker (Dalian) Co", /* 4 */
    "Karoo Fresh",                       /* 5 */
    "Germany's economy ministry",        /* 6 */
    "HPE",                               /* 7 */
    "Suzhou Ruitong Microwave",          /* 8 */
    "L3Harris Technologies",             /* 9 */
    "JSR",                               /* 10 */
    "Yangtze Memory Technologies Co",    /* 11 */
    "Alimentation Couche-Tard",          /* 12 */
};
#define NNAMES (sizeof NAMES / sizeof *NAMES)

static actor_index *IX;

static int setup(void **state)
{
    (void)state;
    RS.org_suffixes = SUFFIXES;
    RS.norg_suffixes = sizeof SUFFIXES / sizeof *SUFFIXES;
    IX = actor_index_new(&RS);
    for (size_t i = 0; i < NNAMES; i++) {
        char id[16];
        snprintf(id, sizeof id, "a%zu", i);
        actor_index_add_actor(IX, i, NAMES[i], id);
        actor_index_add_alias(IX, i, NAMES[i]);
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    actor_index_free(IX);
    return 0;
}

/* Does the index offer actor `want` for the mention? */
static int offers(const char *mention, size_t want)
{
    size_t *v = NULL, cap = 0;
    size_t n = actor_index_candidates(IX, mention, strlen(mention), &v, &cap);
    int hit = 0;
    for (size_t i = 0; i < n; i++) {
        hit |= v[i] == want;
        if (i)
            assert_true(v[i - 1] < v[i]); /* ascending, no repeats */
    }
    free(v);
    return hit;
}

static size_t count(const char *mention)
{
    size_t *v = NULL, cap = 0;
    size_t n = actor_index_candidates(IX, mention, strlen(mention), &v, &cap);
    free(v);
    return n;
}

static void each_test_finds_its_example(void **state)
{
    (void)state;
    assert_true(offers("NSO", 0));                     /* leading words of the name */
    assert_true(offers("nso group", 0));               /* folded key */
    assert_true(offers("FTC", 1));                     /* acronym of the name */
    assert_true(offers("Habeck", 2));                  /* a person's surname */
    assert_true(offers("Cliffs", 3));                  /* last word after a hyphen */
    assert_true(offers("Cleveland", 3));               /* first word before a hyphen */
    assert_true(offers("COSCO Dalian", 4));            /* first and last word */
    assert_true(offers("Karoo Fresh Produce", 5));     /* the name opens the mention */
    assert_true(offers("economy ministry", 6));        /* lower-case tail of a name */
    assert_true(offers("Hewlett Packard Enterprise", 7)); /* acronym of the mention */
    assert_true(offers("Ruitong", 8));                 /* word after a place */
    assert_true(offers("L3 Harris", 9));               /* core key: suffix words aside */
    assert_true(offers("Japan Synthetic Rubber", 10)); /* a gazetteer acronym */
    assert_true(offers("Yangtze Memory Co", 11));      /* core keys agree */
    assert_true(offers("Couche-Tard", 12));            /* tail of a hyphenated word */
}

static void unrelated_names_find_nothing(void **state)
{
    (void)state;
    assert_int_equal(count("Pellston"), 0);
    assert_int_equal(count("Acme Widgets"), 0);
    assert_int_equal(count("the regulator"), 0);
}

static void aliases_added_later_are_found(void **state)
{
    (void)state;
    assert_false(offers("Zeta Robotics", 5));
    actor_index_add_alias(IX, 5, "Zeta Robotics");
    assert_true(offers("Zeta Robotics", 5));
    assert_true(offers("zeta", 5)); /* leading word, any case */
    const actor_facts *f = actor_index_facts(IX, 5);
    assert_int_equal(f->n, 2);
    assert_string_equal(f->fold[1], "zetarobotics");
    assert_string_equal(f->core[0], "karoofresh");
}

static void ids_and_folded_keys(void **state)
{
    (void)state;
    assert_int_equal(actor_index_by_id(IX, "a3"), 3);
    assert_int_equal(actor_index_by_id(IX, "a99"), (size_t)-1);
    assert_true(actor_index_has_fold(IX, "L3Harris Technologies", 21));
    assert_true(actor_index_has_fold(IX, "l3-harris technologies", 22));
    assert_false(actor_index_has_fold(IX, "L3Harris", 8));
}

static void short_forms_of_known_names(void **state)
{
    (void)state;
    size_t *v = NULL, cap = 0;
    size_t n = actor_index_short_forms(IX, "Karoo", 5, &v, &cap);
    assert_int_equal(n, 1);
    assert_int_equal(v[0], 5);
    n = actor_index_short_forms(IX, "Microwave", 9, &v, &cap);
    assert_int_equal(n, 1);
    assert_int_equal(v[0], 8);
    n = actor_index_short_forms(IX, "Dalian", 6, &v, &cap);
    assert_int_equal(n, 0);
    free(v);
}

static void keys(void **state)
{
    (void)state;
    char *k = actor_index_core_key(&RS, "Yangtze Memory Co.", 18);
    assert_string_equal(k, "yangtzememory");
    free(k);
    k = actor_index_acronym("Bureau of Industry and Security", 31);
    assert_string_equal(k, "BIS");
    free(k);
    k = actor_index_acronym("of", 2);
    assert_string_equal(k, "");
    free(k);
}

static void many_actors_grow_the_table(void **state)
{
    (void)state;
    actor_index *ix = actor_index_new(&RS);
    char name[32], id[16];
    for (size_t i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "Firm%04zu Holdings", i);
        snprintf(id, sizeof id, "f%zu", i);
        actor_index_add_actor(ix, i, name, id);
        actor_index_add_alias(ix, i, name);
    }
    size_t *v = NULL, cap = 0;
    size_t n = actor_index_candidates(ix, "Firm4321 Holdings", 17, &v, &cap);
    assert_int_equal(n, 1);
    assert_int_equal(v[0], 4321);
    assert_int_equal(actor_index_by_id(ix, "f4999"), 4999);
    free(v);
    actor_index_free(ix);
}

/* first_last_of's key is both words and the side: names that share a first word (or a
 * first and a last) are not offered for each other (issue 16: a list of such names took
 * time with its square), but a name of two words still is for its longer forms, and they
 * for it. */
static void shared_first_words_are_not_offered(void **state)
{
    (void)state;
    actor_index *ix = actor_index_new(&RS);
    char name[48], id[16];
    for (size_t i = 0; i <= 1000; i++) {
        if (i == 1000)
            snprintf(name, sizeof name, "Federal Commission");
        else
            snprintf(name, sizeof name, i % 2 ? "John Smith%04zu" : "Federal X%04zu Commission", i);
        snprintf(id, sizeof id, "p%zu", i);
        actor_index_add_actor(ix, i, name, id);
        actor_index_add_alias(ix, i, name);
    }
    size_t *v = NULL, cap = 0;
    assert_int_equal(actor_index_candidates(ix, "John Smith0421", 14, &v, &cap), 1);
    assert_int_equal(v[0], 421);
    assert_int_equal(actor_index_candidates(ix, "Federal X0420 Commission", 24, &v, &cap), 2);
    assert_int_equal(v[0], 420);
    assert_int_equal(v[1], 1000);
    assert_int_equal(actor_index_candidates(ix, "Federal Commission", 18, &v, &cap), 501);
    free(v);
    actor_index_free(ix);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_test_finds_its_example),
        cmocka_unit_test(unrelated_names_find_nothing),
        cmocka_unit_test(aliases_added_later_are_found),
        cmocka_unit_test(ids_and_folded_keys),
        cmocka_unit_test(short_forms_of_known_names),
        cmocka_unit_test(keys),
        cmocka_unit_test(many_actors_grow_the_table),
        cmocka_unit_test(shared_first_words_are_not_offered),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
