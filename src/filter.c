/* filter — the --actor, --type, --since and --until selections shared by every
 * subcommand, applied to a finished graph before rendering. */
#include "filter.h"

#include <string.h>
#include <strings.h>

int filter_active(const filter_opts *f)
{
    return f->actor || f->type || f->since || f->until;
}

static const char *without_article(const char *s)
{
    return strncasecmp(s, "the ", 4) == 0 ? s + 4 : s;
}

/* Names compare in any case and without a leading "the": "--actor 'the white house'". */
static int same_name(const char *a, const char *b)
{
    return strcasecmp(without_article(a), without_article(b)) == 0;
}

static int actor_matches(const g_actor *a, const char *want)
{
    if (strcasecmp(a->id, want) == 0 || same_name(a->name, want))
        return 1;
    for (size_t i = 0; i < a->naliases; i++)
        if (same_name(a->aliases[i], want))
            return 1;
    return 0;
}

/* Dates compare as ISO prefixes: --since 2024 keeps 2024-03; an undated event is kept
 * only when no date bound is given. */
static int keep_event(const evgraph *g, const g_event *e, const filter_opts *f)
{
    if (f->type && strcmp(e->rule->type, f->type) != 0)
        return 0;
    if (f->actor) {
        int hit = (e->source != ACTOR_NONE && actor_matches(&g->actors[e->source], f->actor)) ||
                  (e->target != ACTOR_NONE && actor_matches(&g->actors[e->target], f->actor));
        if (!hit)
            return 0;
    }
    if (f->since || f->until) {
        if (!e->date.value[0])
            return 0;
        if (f->since && strncmp(e->date.value, f->since, strlen(e->date.value)) < 0)
            return 0;
        if (f->until && strncmp(e->date.value, f->until, strlen(f->until)) > 0)
            return 0;
    }
    return 1;
}

void filter_apply(evgraph *g, const filter_opts *f)
{
    if (!filter_active(f))
        return;
    size_t kept = 0;
    for (size_t i = 0; i < g->nevents; i++) {
        if (keep_event(g, &g->events[i], f)) {
            g->events[kept++] = g->events[i];
            continue;
        }
        for (size_t k = 0; k < g->events[i].nev; k++)
            free(g->events[i].ev[k].sentence);
        free(g->events[i].ev);
        free(g->events[i].summary);
    }
    g->nevents = kept;
    graph_finish(g);
}
