/* filter — the selections every subcommand shares (--actor, --type, --since, --until):
 * keeps or drops events of a finished graph before it is rendered. */
#ifndef EVGRAPH_FILTER_H
#define EVGRAPH_FILTER_H

#include "graph.h"

typedef struct {
    const char *actor; /* id, name or alias, case-insensitive */
    const char *type;
    const char *since, *until; /* ISO prefixes */
} filter_opts;

int filter_active(const filter_opts *f);
/* Removes events (and then relations) that the filter rejects. */
void filter_apply(evgraph *g, const filter_opts *f);

#endif
