/* Unit tests: actor recognition — tickers are no actors, suffix words join the name
 * before them, "X said it" refers back to X, gazetteer aliases fold into one actor. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "actors.h"
#include "document.h"
#include "rules.h"
#include "sentences.h"

static ruleset *RS;
static actors_ctx *AC;

static int setup(void **state)
{
    (void)state;
    ev_err err;
    RS = rules_load("events", NULL, 0, &err);
    if (!RS)
        return -1;
    AC = actors_new(RS, &err);
    return AC ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    actors_free(AC);
    rules_free(RS);
    return 0;
}

static document DOC;
static sentence_list SENTS;
static actor_table T;

static void run(const char *body)
{
    static char text[2048];
    snprintf(text, sizeof text, "Headline of the story\n\n%s\n\nA second paragraph follows, people said.\n", body);
    ev_err err;
    if (document_from_memory(&DOC, "test", text, strlen(text), &err) != 0)
        fail_msg("document: %s", err.msg);
    memset(&SENTS, 0, sizeof SENTS);
    memset(&T, 0, sizeof T);
    sentences_split(&DOC, &SENTS);
    actors_find(AC, &DOC, &SENTS, &T);
}

static void done(void)
{
    actor_table_free(&T);
    sentences_free(&SENTS);
    document_free(&DOC);
}

static int has_actor(const char *name)
{
    for (size_t i = 0; i < T.nactors; i++)
        if (strcmp(T.actors[i].name, name) == 0)
            return 1;
    return 0;
}

/* The actor of the mention whose text starts with word at its n-th occurrence. */
static const char *actor_at(const char *word, int nth)
{
    const char *p = DOC.text;
    for (int k = 0; k <= nth; k++) {
        p = strstr(k ? p + 1 : p, word);
        if (!p)
            return NULL;
    }
    size_t off = (size_t)(p - DOC.text);
    for (size_t m = 0; m < T.nmentions; m++)
        if (T.mentions[m].start == off)
            return T.actors[T.mentions[m].actor].name;
    return NULL;
}

static void tickers_are_no_actors(void **state)
{
    (void)state;
    run("Broadcom Inc. (NASDAQ: AVGO), a chip company, today said it bought a rival.");
    assert_false(has_actor("NASDAQ"));
    assert_false(has_actor("AVGO"));
    assert_false(has_actor("Inc"));
    done();
}

static void suffix_joins_name(void **state)
{
    (void)state;
    run("Officials said Lumentek Systems, Inc. had applied for a licence.");
    assert_false(has_actor("Inc"));
    done();
}

static void pronoun_after_reporting_verb(void **state)
{
    (void)state;
    run("China's Ministry of Commerce said on Thursday it firmly opposes the decision.");
    const char *it = actor_at("it firmly", 0);
    assert_non_null(it);
    assert_string_equal(it, actor_at("Ministry", 0) ? actor_at("Ministry", 0) : actor_at("China", 0));
    done();
    run("Shares rose after Apple said it would buy a startup.");
    assert_non_null(actor_at("it would", 0));
    assert_string_equal(actor_at("it would", 0), "Apple");
    done();
}

static void aliases_fold(void **state)
{
    (void)state;
    run("The Commerce Department acted on Monday. The Department of Commerce said more.");
    const char *a = actor_at("Commerce Department", 0), *b = actor_at("Department of Commerce", 0);
    assert_non_null(a);
    assert_non_null(b);
    assert_string_equal(a, b);
    done();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tickers_are_no_actors), cmocka_unit_test(suffix_joins_name),
        cmocka_unit_test(pronoun_after_reporting_verb), cmocka_unit_test(aliases_fold),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
