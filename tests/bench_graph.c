/* Benchmark: lay out and render merged graphs of 100, 1,000 and 5,000 actors as SVG,
 * with dot and with sfdp, to measure where the size-based layout choice should switch
 * (RENDER_LARGE_GRAPH_NODES). The graphs are synthetic: actors of every kind, 1.5 events
 * per actor between random pairs, random types, dates and modalities (fixed seed). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "render.h"
#include "rules.h"

static unsigned long seed = 12345;

static unsigned long next_random(void)
{
    seed = seed * 6364136223846793005UL + 1442695040888963407UL;
    return seed >> 33;
}

static void build(evgraph *g, const ruleset *rs, size_t nactors)
{
    graph_begin(g);
    g_document *d = VEC_PUSH(g->docs, g->ndocs, g->capdocs);
    memset(d, 0, sizeof *d);
    snprintf(d->id, sizeof d->id, "d1");
    d->source = xstrdup("synthetic");
    for (size_t i = 0; i < nactors; i++) {
        g_actor *a = VEC_PUSH(g->actors, g->nactors, g->capactors);
        memset(a, 0, sizeof *a);
        char name[64];
        snprintf(name, sizeof name, "Actor %05zu Holdings", i);
        a->name = xstrdup(name);
        a->id = util_slugify(name);
        a->kind = (actor_kind)(i % KIND_COUNT);
    }
    for (size_t i = 0; i < nactors * 3 / 2; i++) {
        g_event *e = VEC_PUSH(g->events, g->nevents, g->capevents);
        memset(e, 0, sizeof *e);
        e->rule = &rs->rules[next_random() % rs->nrules];
        e->source = next_random() % nactors;
        e->target = e->rule->has_target ? next_random() % nactors : ACTOR_NONE;
        if (e->target == e->source)
            e->target = (e->source + 1) % nactors;
        snprintf(e->date.value, sizeof e->date.value, "%04lu-%02lu",
                 2020 + next_random() % 6, 1 + next_random() % 12);
        e->date.prec = PREC_MONTH;
        e->date.basis = BASIS_EXPLICIT;
        e->mod = (modality)(next_random() % 5 == 0 ? MOD_HYPOTHETICAL : MOD_ASSERTED);
        g_evidence *x = VEC_PUSH(e->ev, e->nev, e->capev);
        x->doc = 0;
        x->sentence = xstrdup("A synthetic sentence that stands for the evidence.");
    }
    graph_finish(g);
}

static double render_seconds(const evgraph *g, const char *layout, size_t *bytes)
{
    render_opts o = {0};
    o.layout = layout;
    strbuf out = {0};
    ev_err err;
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    int rc = render_graph(g, &o, "svg", &out, &err);
    clock_gettime(CLOCK_MONOTONIC, &b);
    *bytes = out.len;
    sb_free(&out);
    if (rc != 0) {
        fprintf(stderr, "render failed: %s\n", err.msg);
        return -1;
    }
    return (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
}

int main(int argc, char **argv)
{
    size_t max_dot = argc > 1 ? (size_t)atol(argv[1]) : 1000;
    ev_err err;
    ruleset *rs = rules_load("events", NULL, 0, &err);
    if (!rs) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    static const size_t sizes[] = {50, 100, 150, 300, 1000, 5000};
    printf("%-8s %-8s %-10s %-10s %-12s\n", "actors", "events", "dot s", "sfdp s", "auto (engine)");
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        evgraph g;
        build(&g, rs, sizes[k]);
        size_t bytes;
        double dot = sizes[k] <= max_dot ? render_seconds(&g, "dot", &bytes) : -1;
        double sfdp = render_seconds(&g, "sfdp", &bytes);
        double automatic = render_seconds(&g, NULL, &bytes);
        char dotbuf[16];
        snprintf(dotbuf, sizeof dotbuf, dot < 0 ? "skipped" : "%.2f", dot);
        printf("%-8zu %-8zu %-10s %-10.2f %.2f (%s)\n", sizes[k], g.nevents, dotbuf, sfdp,
               automatic, sizes[k] > RENDER_LARGE_GRAPH_NODES ? "sfdp" : "dot");
        fflush(stdout);
        graph_free(&g);
    }
    rules_free(rs);
    return 0;
}
