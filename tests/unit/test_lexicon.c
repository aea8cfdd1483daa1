/* Unit tests: the named word lists of events/ — the two forms a file may write a list in,
 * lists of one name joined across files, matching as written or in any case, phrases at
 * and before a place, and each mistake named by file and JSON path. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lexicon.h"
#include "rules.h"
#include "rules_syntax.h"

/* Loads a rule directory of the shipped frames, modality and one type plus two files;
 * NULL with the message in err when loading fails. The directory is removed. */
static ruleset *load_two(const char *a, const char *b, ev_err *err)
{
    char dir[] = "/tmp/evgraph-lexicon-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cp events/frames.json events/modality.json events/media_report.json %s/", dir);
    assert_int_equal(system(cmd), 0);
    const char *content[] = {a, b};
    for (int i = 0; i < 2; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/words%d.json", dir, i);
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fputs(content[i], f);
        fclose(f);
    }
    ruleset *rs = rules_load(dir, NULL, 0, err);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
    return rs;
}

static void both_forms_join_across_files(void **state)
{
    (void)state;
    ev_err err;
    ruleset *rs = load_two(
        "{\"lexicon\": {\"zz_titles\": {\"comment\": \"capitalised\", \"as_written\": true, "
        "\"words\": [\"In\", \"Throughout\"]}, \"zz_verbs\": [\"Said\", \"as well as\"]}}",
        "{\"lexicon\": {\"zz_titles\": [\"in\"]}}", &err);
    if (!rs)
        fail_msg("%s", err.msg);
    const syn_list *t = rules_lexicon_list(rs, "zz_titles"), *v = rules_lexicon_list(rs, "zz_verbs");
    assert_non_null(t);
    assert_int_equal(lexicon_size(t), 3);
    /* as written: "In" and "in" were both written, "THROUGHOUT" was not */
    assert_true(lexicon_has(t, "In", 2));
    assert_true(lexicon_has(t, "in", 2));
    assert_true(lexicon_has(t, "Throughout", 10));
    assert_false(lexicon_has(t, "throughout", 10));
    /* any case */
    assert_true(lexicon_has(v, "SAID", 4));
    assert_true(lexicon_has(v, "said", 4));
    assert_false(lexicon_has(v, "sai", 3));
    /* the parse matcher's lookup sees every list in lower case */
    assert_true(rules_lexicon_has(rs, "zz_titles", "throughout"));
    assert_null(rules_lexicon_list(rs, "zz_none"));
    assert_false(lexicon_has(NULL, "in", 2));
    rules_free(rs);
}

static void phrases_at_and_before_a_place(void **state)
{
    (void)state;
    ev_err err;
    ruleset *rs = load_two("{\"lexicon\": {\"zz_p\": [\"as well as\", \"as\", \"regulat\"]}}",
                           "{\"comment\": \"nothing\"}", &err);
    if (!rs)
        fail_msg("%s", err.msg);
    const syn_list *p = rules_lexicon_list(rs, "zz_p");
    const char *t = "X As well as Y, regulators";
    size_t n = strlen(t);
    /* the longest entry that stands there with the bound asked */
    assert_int_equal(lexicon_at(p, t, 2, n, LEX_SPACE), 10);
    assert_int_equal(lexicon_at(p, t, 2, 8, LEX_WORD), 2); /* "As" before a cut end */
    assert_int_equal(lexicon_at(p, t, 16, n, LEX_WORD), 0);
    assert_int_equal(lexicon_at(p, t, 16, n, LEX_ANY), 7);
    /* an entry that ends at a place, a word of its own before it */
    assert_int_equal(lexicon_before(p, t, 0, 12, LEX_WORD), 10);
    assert_int_equal(lexicon_before(p, "has", 0, 3, LEX_WORD), 0);
    assert_int_equal(lexicon_before(p, "has", 0, 3, LEX_ANY), 2);
    assert_true(lexicon_occurs(p, t, 0, n));
    assert_false(lexicon_occurs(p, t, 12, n));
    rules_free(rs);
}

/* A list's mistakes, and a nationality word on an entry without a country. */
static void bad_lists_are_named(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"{\"lexicon\": {\"zz\": 3}}", "$.lexicon.zz: should be an array of words"},
        {"{\"lexicon\": {\"zz\": {\"word\": []}}}", "$.lexicon.zz.word: unknown member"},
        {"{\"lexicon\": {\"zz\": {\"comment\": \"x\"}}}", "$.lexicon.zz.words: should be an array"},
        {"{\"lexicon\": {\"zz\": {\"as_written\": 1, \"words\": []}}}",
         "$.lexicon.zz.as_written: should be true or false"},
        {"{\"lexicon\": {\"zz\": {\"words\": [\"a\", 2]}}}", "$.lexicon.zz.words[1]: should be a string"},
        {"{\"actors\": [{\"name\": \"Ruritanian government\", \"kind\": \"government\", "
         "\"demonyms\": [\"Ruritanian\"]}]}",
         "$.actors[0].demonyms: needs the entry's \"country\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ev_err err;
        ruleset *rs = load_two(cases[i][0], "{}", &err);
        if (rs)
            fail_msg("loaded a bad file: %s", cases[i][0]);
        if (!strstr(err.msg, "words0.json") || !strstr(err.msg, cases[i][1]))
            fail_msg("message \"%s\" lacks \"%s\"", err.msg, cases[i][1]);
    }
}

/* The shipped lists load, and the gazetteer's nationality words sit on governments. */
static void shipped_lists_load(void **state)
{
    (void)state;
    ev_err err;
    ruleset *rs = rules_load("events", NULL, 0, &err);
    if (!rs)
        fail_msg("%s", err.msg);
    assert_true(lexicon_has(rules_lexicon_list(rs, "title_words"), "President", 9));
    assert_false(lexicon_has(rules_lexicon_list(rs, "title_words"), "president", 9));
    assert_true(lexicon_has(rules_lexicon_list(rs, "clause_marks_after_comma"), "WHICH", 5));
    size_t dutch = 0;
    for (size_t g = 0; g < rs->nactors; g++)
        for (size_t k = 0; k < rs->actors[g].ndemonyms; k++)
            if (strcmp(rs->actors[g].demonyms[k], "Dutch") == 0) {
                assert_int_equal(rs->actors[g].kind, KIND_GOVERNMENT);
                assert_string_equal(rs->actors[g].country, "Netherlands");
                dutch++;
            }
    assert_int_equal(dutch, 1);
    rules_free(rs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(both_forms_join_across_files),
        cmocka_unit_test(phrases_at_and_before_a_place),
        cmocka_unit_test(bad_lists_are_named),
        cmocka_unit_test(shipped_lists_load),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
