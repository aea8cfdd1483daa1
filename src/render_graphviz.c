/* render_graphviz — the relationship diagram through cgraph and gvc: actors that take
 * part in events are nodes (shape and colour by kind), relations are edges (colour by
 * event type, label with type and dates, tooltip with the evidence). Hypothetical and
 * negated relations are dashed and grey: never drawn as if they happened. Events with
 * no target (media reports) are named in the caption instead of drawn as edges. */
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <stdio.h>
#include <string.h>

#include "render.h"

typedef struct {
    const char *shape, *fill;
} kind_style;

static const kind_style kind_styles[KIND_COUNT] = {
    [KIND_ORGANIZATION] = {"ellipse", "#fff2cc"}, [KIND_GOVERNMENT] = {"box", "#cfe2f3"},
    [KIND_PERSON] = {"egg", "#f4cccc"},           [KIND_COUNTRY] = {"hexagon", "#d9ead3"},
    [KIND_MEDIA] = {"note", "#ead1dc"},           [KIND_ALLIANCE] = {"octagon", "#d0e0e3"},
    [KIND_OTHER] = {"ellipse", "#eeeeee"},
};

static const struct {
    const char *type, *color;
} type_colors[] = {
    {"blacklisting", "#cc0000"},       {"delisting", "#38761d"},
    {"acquisition_talks", "#3d85c6"},  {"acquisition_talks_ended", "#e69138"},
    {"acquisition", "#0b5394"},        {"government_objection", "#a61c00"},
    {"regulatory_review", "#674ea7"},  {"media_report", "#999999"},
};

static const char *const palette[] = {"#45818e", "#b45f06", "#741b47", "#7f6000", "#134f5c"};

static const char *color_for_type(const char *type)
{
    for (size_t i = 0; i < sizeof type_colors / sizeof *type_colors; i++)
        if (strcmp(type_colors[i].type, type) == 0)
            return type_colors[i].color;
    unsigned h = 0;
    for (const char *p = type; *p; p++)
        h = h * 31 + (unsigned char)*p;
    return palette[h % (sizeof palette / sizeof *palette)];
}

/* Graphviz gives backslash sequences (\N, \l) a meaning in labels and decodes HTML
 * entities in them ("&#65;" would show as "A"), so both are escaped to stay literal. */
char *esc_gv(const char *s)
{
    strbuf b = {0};
    for (; *s; s++) {
        if (*s == '\\')
            sb_addc(&b, '\\');
        if (*s == '&')
            sb_adds(&b, "&amp;");
        else
            sb_addc(&b, *s);
    }
    return sb_detach(&b);
}

static void set_attr(void *obj, const char *name, const char *value)
{
    char *v = esc_gv(value);
    agsafeset(obj, (char *)name, v, "");
    free(v);
}

/* Graphviz reports through a callback: keep the last message for our own error line. */
static char gv_message[256];

static int capture_gv_error(char *msg)
{
    snprintf(gv_message, sizeof gv_message, "%s", msg);
    size_t n = strlen(gv_message);
    while (n && (gv_message[n - 1] == '\n' || gv_message[n - 1] == ' '))
        gv_message[--n] = '\0';
    return 0;
}

static const char *const formats[] = {"svg", "png", "pdf", "dot", "json", "plain", NULL};

int render_graph_format_ok(const char *format)
{
    for (int i = 0; formats[i]; i++)
        if (strcmp(formats[i], format) == 0)
            return 1;
    return 0;
}

static void relation_label(const evgraph *g, const g_relation *r, strbuf *b, int *asserted)
{
    const char *lo = NULL, *hi = NULL;
    *asserted = 0;
    for (size_t k = 0; k < r->nevents; k++) {
        const g_event *e = &g->events[r->events[k]];
        *asserted |= e->mod == MOD_ASSERTED;
        if (!e->date.value[0])
            continue;
        if (!lo || strcmp(e->date.value, lo) < 0)
            lo = e->date.value;
        if (!hi || strcmp(e->date.value, hi) > 0)
            hi = e->date.value;
    }
    sb_adds(b, r->rule->type);
    if (r->nevents > 1)
        sb_addf(b, " \xC3\x97%zu", r->nevents);
    if (lo)
        sb_addf(b, strcmp(lo, hi) ? " \xC2\xB7 %s \xE2\x80\x93 %s" : " \xC2\xB7 %s", lo, hi);
    if (!*asserted) {
        const g_event *e = &g->events[r->events[0]];
        sb_addf(b, "\n(%s)", events_modality_name(e->mod));
    }
}

static void relation_tooltip(const evgraph *g, const g_relation *r, strbuf *b)
{
    for (size_t k = 0; k < r->nevents && k < 4; k++) {
        const g_event *e = &g->events[r->events[k]];
        const g_evidence *x = &e->ev[0];
        if (k)
            sb_adds(b, "\n\n");
        sb_addf(b, "%s [%s, %s]: ", e->date.value[0] ? e->date.value : "undated",
                g->docs[x->doc].id, g->docs[x->doc].source);
        sb_adds(b, x->sentence);
    }
}

static Agraph_t *build_graph(const evgraph *g)
{
    Agraph_t *G = agopen("evgraph", Agdirected, NULL);
    agattr(G, AGRAPH, "rankdir", "LR");
    agattr(G, AGRAPH, "fontname", "Helvetica");
    agattr(G, AGRAPH, "fontsize", "11");
    agattr(G, AGRAPH, "labelloc", "b");
    agattr(G, AGRAPH, "nodesep", "0.4");
    agattr(G, AGRAPH, "ranksep", "1.1");
    agattr(G, AGNODE, "fontname", "Helvetica");
    agattr(G, AGNODE, "style", "filled");
    agattr(G, AGEDGE, "fontname", "Helvetica");
    agattr(G, AGEDGE, "fontsize", "10");
    Agnode_t **nodes = xcalloc(g->nactors + 1, sizeof *nodes);
    for (size_t i = 0; i < g->nactors; i++) {
        const g_actor *a = &g->actors[i];
        int has_edge = 0;
        for (size_t k = 0; k < g->nrelations && !has_edge; k++)
            has_edge = g->relations[k].target != ACTOR_NONE &&
                       (g->relations[k].source == i || g->relations[k].target == i);
        if (!has_edge)
            continue;
        nodes[i] = agnode(G, a->id, 1);
        set_attr(nodes[i], "label", a->name);
        set_attr(nodes[i], "shape", kind_styles[a->kind].shape);
        set_attr(nodes[i], "fillcolor", kind_styles[a->kind].fill);
        strbuf tip = {0};
        sb_addf(&tip, "%s (%s)", a->name, rules_kind_name(a->kind));
        if (a->parent)
            sb_addf(&tip, ", part of %s", a->parent);
        set_attr(nodes[i], "tooltip", tip.s);
        sb_free(&tip);
    }
    strbuf caption = {0};
    for (size_t k = 0; k < g->nrelations; k++) {
        const g_relation *r = &g->relations[k];
        if (r->target == ACTOR_NONE) {
            if (r->source != ACTOR_NONE)
                sb_addf(&caption, "%s%s", caption.len ? ", " : "", g->actors[r->source].name);
            continue;
        }
        if (r->source == ACTOR_NONE || !nodes[r->source] || !nodes[r->target])
            continue;
        char name[32];
        snprintf(name, sizeof name, "r%zu", k);
        Agedge_t *e = agedge(G, nodes[r->source], nodes[r->target], name, 1);
        strbuf lab = {0}, tip = {0};
        int asserted;
        relation_label(g, r, &lab, &asserted);
        relation_tooltip(g, r, &tip);
        set_attr(e, "label", lab.s);
        set_attr(e, "tooltip", tip.s);
        set_attr(e, "labeltooltip", tip.s);
        const char *col = color_for_type(r->rule->type);
        set_attr(e, "color", asserted ? col : "#999999");
        set_attr(e, "fontcolor", asserted ? col : "#777777");
        set_attr(e, "style", asserted ? "solid" : "dashed");
        set_attr(e, "penwidth", r->nevents > 1 ? "2" : "1.2");
        sb_free(&lab);
        sb_free(&tip);
    }
    strbuf label = {0};
    sb_addf(&label, "evgraph: %zu article%s, %zu event%s", g->ndocs, g->ndocs == 1 ? "" : "s",
            g->nevents, g->nevents == 1 ? "" : "s");
    if (caption.len)
        sb_addf(&label, "\nreported by: %s", caption.s);
    set_attr(G, "label", label.s);
    sb_free(&label);
    sb_free(&caption);
    free(nodes);
    return G;
}

int render_graph(const evgraph *g, const render_opts *o, const char *format, strbuf *out,
                 ev_err *err)
{
    (void)o;
    if (!render_graph_format_ok(format)) {
        err_set(err, "unknown graph format \"%s\" (svg, png, pdf, dot, json, plain)", format);
        return -1;
    }
    gv_message[0] = '\0';
    agseterr(AGERR);
    agseterrf(capture_gv_error);
    GVC_t *gvc = gvContext();
    Agraph_t *G = build_graph(g);
    int rc = -1;
    char *data = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&data, &len);
    if (!mem) {
        err_set(err, "cannot allocate the graph output");
    } else if (gvLayout(gvc, G, "dot") != 0) {
        err_set(err, "graph layout failed: %s", gv_message[0] ? gv_message : "unknown error");
    } else {
        int r = gvRender(gvc, G, format, mem);
        gvFreeLayout(gvc, G);
        if (fclose(mem) != 0 || r != 0 || agerrors() > 0)
            err_set(err, "graph rendering as %s failed: %s", format,
                    gv_message[0] ? gv_message : "unknown error");
        else
            rc = 0;
        mem = NULL;
    }
    if (mem)
        fclose(mem);
    if (rc == 0)
        sb_add(out, data, len);
    free(data);
    agclose(G);
    gvFreeContext(gvc);
    return rc;
}
