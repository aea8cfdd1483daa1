/* The cmocka group fixture shared by the actor and event tests: the bundled rules of
 * events/ and an actor recogniser built from them, made once for all tests of a file. */
#ifndef EVGRAPH_TEST_RULES_FIXTURE_H
#define EVGRAPH_TEST_RULES_FIXTURE_H

#include "actors.h"
#include "rules.h"

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

#endif
