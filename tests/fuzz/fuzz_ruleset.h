/* The bundled rules for a fuzz target, loaded once at start-up: from $EVGRAPH_RULES, else
 * events/ (targets run from the repository root). A target that cannot read them aborts,
 * naming itself: fuzzing without rules would test nothing. The caller owns the set. */
#ifndef EVGRAPH_FUZZ_RULESET_H
#define EVGRAPH_FUZZ_RULESET_H

#include <stdio.h>
#include <stdlib.h>

#include "rules.h"

static ruleset *fuzz_ruleset_load(const char *target)
{
    ev_err err;
    const char *dir = getenv("EVGRAPH_RULES");
    ruleset *rs = rules_load(dir ? dir : "events", NULL, 0, &err);
    if (!rs) {
        fprintf(stderr, "%s: %s\n", target, err.msg);
        abort();
    }
    return rs;
}

#endif
