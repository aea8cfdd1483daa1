/* render_graphviz — pictures through cgraph and gvc.
 *
 * Actors view (default): the graph_view's nodes (shape and colour by kind) and edges
 * (colour by event type, label "type ×N · first – last", tooltip with the evidence).
 * Hypothetical and negated relations are dashed and grey: never drawn as if they
 * happened. Events without a target (media reports) are named in the caption.
 * Events view: one node per event, each tied to its source and target actors, pinned
 * where render_columns puts them (time left to right, the undated apart at the right,
 * each actor beside one of its events); Graphviz's "nop" engine routes the lines.
 * Actors view size: up to RENDER_LARGE_GRAPH_NODES nodes dot lays it out with edge labels; above that
 * sfdp with overlap removal and no edge labels (types stay in colours and tooltips). The
 * threshold comes from `make bench` (tests/bench_graph.c): see README. --layout overrides
 * the engine. */
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <stdio.h>
#include <string.h>

#include "columns.h"
#include "render.h"

typedef struct {
    const char *shape, *fill;
} kind_style;

static const kind_style kind_styles[KIND_COUNT] = {
    [KIND_ORGANIZATION] = {"ellipse", "#fff2cc"}, [KIND_GOVERNMENT] = {"box", "#cfe2f3"},
    [KIND_PERSON] = {"egg", "#f4cccc"},           [KIND_COUNTRY] = {"hexagon", "#d9ead3"},
    [KIND_MEDIA] = {"note", "#ead1dc"},           [KIND_ALLIANCE] = {"octagon", "#d0e0e3"},
    [KIND_OTHER] = {"ellipse", "#eeeeee"},        [KIND_COURT] = {"house", "#fce5cd"},
};

const char render_graph_formats[] = "svg, png, pdf, dot, json, plain, graphml, gexf";
static const char *const gv_formats[] = {"svg", "png", "pdf", "dot", "json", "plain", NULL};

int render_graph_format_ok(const char *format)
{
    for (int i = 0; gv_formats[i]; i++)
        if (strcmp(gv_formats[i], format) == 0)
            return 1;
    return strcmp(format, "graphml") == 0 || strcmp(format, "gexf") == 0;
}

/* Graphviz gives backslash sequences (\N, \l) a meaning in labels and decodes HTML
 * entities in them ("&#65;" would show as "A"), so both are escaped to stay literal. */
char *esc_gv(const char *text)
{
    strbuf b = {0};
    char *legal = xml_legal(text); /* Graphviz writes SVG: it must hold XML characters only */
    for (const char *s = legal; *s; s++) {
        if (*s == '\\')
            sb_addc(&b, '\\');
        if (*s == '&')
            sb_adds(&b, "&amp;");
        else
            sb_addc(&b, *s);
    }
    free(legal);
    return sb_detach(&b);
}

static void set_attr(void *obj, const char *name, const char *value)
{
    char *v = esc_gv(value);
    agsafeset(obj, (char *)name, v, "");
    free(v);
}

static void set_html_label(Agraph_t *G, void *obj, const char *html)
{
    char *h = agstrdup_html(G, (char *)html);
    agsafeset(obj, "label", h, "");
    agstrfree(G, h);
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

static Agraph_t *new_graph(int large)
{
    Agraph_t *G = agopen("evgraph", Agdirected, NULL);
    agattr(G, AGRAPH, "fontname", "Helvetica");
    agattr(G, AGRAPH, "fontsize", "11");
    agattr(G, AGRAPH, "labelloc", "b");
    agattr(G, AGNODE, "fontname", "Helvetica");
    agattr(G, AGNODE, "style", "filled");
    agattr(G, AGEDGE, "fontname", "Helvetica");
    agattr(G, AGEDGE, "fontsize", "10");
    if (large) {
        agattr(G, AGRAPH, "overlap", "prism");
        agattr(G, AGRAPH, "splines", "false");
        agattr(G, AGRAPH, "outputorder", "edgesfirst");
    } else {
        agattr(G, AGRAPH, "rankdir", "LR");
        agattr(G, AGRAPH, "nodesep", "0.4");
        agattr(G, AGRAPH, "ranksep", "1.1");
        /* Bounded effort: network simplex and crossing minimisation stop early. */
        agattr(G, AGRAPH, "nslimit", "20");
        agattr(G, AGRAPH, "mclimit", "2");
    }
    return G;
}

static Agnode_t *actor_node(Agraph_t *G, const char *id, const char *name, actor_kind kind,
                            const char *parent)
{
    /* the node's name is written as its SVG <title>, entities decoded: escaped as a label */
    char *legal = esc_gv(id);
    Agnode_t *n = agnode(G, legal, 0);
    int is_new = n == NULL;
    if (is_new)
        n = agnode(G, legal, 1);
    free(legal);
    if (!is_new)
        return n;
    set_attr(n, "label", name);
    set_attr(n, "shape", kind_styles[kind].shape);
    set_attr(n, "fillcolor", kind_styles[kind].fill);
    strbuf tip = {0};
    sb_addf(&tip, "%s (%s)", name, rules_kind_name(kind));
    if (parent)
        sb_addf(&tip, ", part of %s", parent);
    set_attr(n, "tooltip", tip.s);
    sb_free(&tip);
    return n;
}

static void event_tooltip(const evgraph *g, const g_event *e, strbuf *b)
{
    sb_addf(b, "%s %s (%s)", e->date.value[0] ? e->date.value : "undated", e->summary,
            events_modality_name(e->mod));
    for (size_t k = 0; k < e->nev && k < 3; k++)
        sb_addf(b, "\n[%s, %s] %s", g->docs[e->ev[k].doc].id, g->docs[e->ev[k].doc].source,
                e->ev[k].sentence);
}

static void style_edge(Agedge_t *e, const char *type, int asserted, int heavy)
{
    const char *col = render_type_color(type);
    set_attr(e, "color", asserted ? col : "#999999");
    set_attr(e, "fontcolor", asserted ? col : "#777777");
    set_attr(e, "style", asserted ? "solid" : "dashed");
    set_attr(e, "penwidth", heavy ? "2" : "1.2");
}

/* What a legend lists: only what is drawn (types in colour, dashed lines, actor kinds). */
typedef struct {
    const event_rule *types[32];
    size_t ntypes;
    int tentative;              /* a dashed (hypothetical or negated) line is drawn */
    unsigned char kinds[KIND_COUNT];
} legend;

static void legend_type(legend *l, const event_rule *r, int asserted)
{
    if (!asserted) {
        l->tentative = 1;
        return;
    }
    for (size_t i = 0; i < l->ntypes; i++)
        if (l->types[i] == r)
            return;
    if (l->ntypes < sizeof l->types / sizeof *l->types)
        l->types[l->ntypes++] = r;
}

#define LEGEND_ROW 6

/* Opens an entry: in a column its own row; in a row a new line every LEGEND_ROW entries,
 * lines and kinds alike, so the legend takes as few lines as it can. */
static void legend_entry(strbuf *h, int row, size_t *cells)
{
    if (!row)
        sb_adds(h, "<TR>");
    else if ((*cells)++ && (*cells - 1) % LEGEND_ROW == 0)
        sb_adds(h, "</TR><TR><TD></TD>");
}

/* The legend as an HTML-like label: a column (beside the actors view) or a row (under
 * the events view). */
static void legend_html(const legend *l, int row, strbuf *h)
{
    const char *close = row ? "" : "</TR>";
    size_t cells = 0;
    sb_adds(h, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\">");
    sb_adds(h, row ? "<TR><TD><B>legend</B></TD>" : "<TR><TD COLSPAN=\"2\"><B>legend</B></TD></TR>");
    for (size_t i = 0; i < l->ntypes; i++) {
        legend_entry(h, row, &cells);
        sb_adds(h, "<TD><FONT COLOR=\"");
        esc_xml(h, render_type_color(l->types[i]->type));
        sb_adds(h, "\">\xE2\x94\x81\xE2\x94\x81\xE2\x96\xB6</FONT></TD><TD ALIGN=\"LEFT\">");
        esc_xml(h, l->types[i]->type);
        sb_addf(h, "</TD>%s", close);
    }
    if (l->tentative) {
        legend_entry(h, row, &cells);
        sb_addf(h, "<TD><FONT COLOR=\"#999999\">- - \xE2\x96\xB7</FONT></TD>"
                   "<TD ALIGN=\"LEFT\">hypothetical or negated</TD>%s", close);
    }
    for (int k = 0; k < KIND_COUNT; k++) {
        if (!l->kinds[k])
            continue;
        legend_entry(h, row, &cells);
        sb_addf(h, "<TD BGCOLOR=\"%s\" BORDER=\"1\"> </TD><TD ALIGN=\"LEFT\">%s</TD>%s",
                kind_styles[k].fill, rules_kind_name((actor_kind)k), close);
    }
    sb_adds(h, row ? "</TR></TABLE>" : "</TABLE>");
}

static void add_legend(Agraph_t *G, const legend *l)
{
    strbuf h = {0};
    legend_html(l, 0, &h);
    Agraph_t *sub = agsubg(G, "cluster_legend", 1);
    agsafeset(sub, "style", "rounded", "");
    agsafeset(sub, "color", "#cccccc", "");
    agsafeset(sub, "label", "", "");
    Agnode_t *n = agnode(sub, "legend", 1);
    agsafeset(n, "shape", "plaintext", "");
    agsafeset(n, "style", "", "");
    agsafeset(n, "fontsize", "9", "");
    set_html_label(G, n, h.s);
    sb_free(&h);
}

static void set_caption(Agraph_t *G, const evgraph *g, const size_t *untargeted, size_t n)
{
    strbuf label = {0};
    sb_addf(&label, "evgraph: %zu article%s, %zu event%s", g->ndocs, g->ndocs == 1 ? "" : "s",
            g->nevents, g->nevents == 1 ? "" : "s");
    size_t listed = 0;
    for (size_t i = 0; i < n; i++) {
        const g_event *e = &g->events[untargeted[i]];
        const char *name = g->actors[e->source].name;
        int seen = 0;
        for (size_t k = 0; k < i && !seen; k++)
            seen = g->events[untargeted[k]].source == e->source &&
                   g->events[untargeted[k]].rule == e->rule;
        if (seen)
            continue;
        sb_addf(&label, "%s%s %s", listed ? ", " : "\n", name, e->rule->verb);
        listed++;
    }
    set_attr(G, "label", label.s);
    sb_free(&label);
}

/* Under the events view: the legend in a row, then the counts. */
static void set_events_caption(Agraph_t *G, const evgraph *g, const legend *l)
{
    strbuf h = {0};
    sb_adds(&h, "<TABLE BORDER=\"0\" CELLSPACING=\"4\">");
    if (g->nevents) {
        sb_adds(&h, "<TR><TD>");
        legend_html(l, 1, &h);
        sb_adds(&h, "</TD></TR>");
    }
    sb_addf(&h, "<TR><TD>evgraph: %zu article%s, %zu event%s</TD></TR></TABLE>", g->ndocs,
            g->ndocs == 1 ? "" : "s", g->nevents, g->nevents == 1 ? "" : "s");
    set_html_label(G, G, h.s);
    sb_free(&h);
}

static Agraph_t *build_actor_graph(const evgraph *g, const render_opts *o)
{
    graph_view v;
    view_build(g, o->fold, 0, o->rules, &v);
    int large = v.nnodes > RENDER_LARGE_GRAPH_NODES;
    Agraph_t *G = new_graph(large);
    legend l = {0};
    for (size_t i = 0; i < v.nedges; i++) {
        const view_edge *e = &v.edges[i];
        const view_node *s = &v.nodes[e->source], *t = &v.nodes[e->target];
        Agnode_t *ns = actor_node(G, s->id, s->name, s->kind, s->parent);
        Agnode_t *nt = actor_node(G, t->id, t->name, t->kind, t->parent);
        l.kinds[s->kind] = l.kinds[t->kind] = 1;
        legend_type(&l, e->rule, e->asserted);
        char name[32];
        snprintf(name, sizeof name, "r%zu", i);
        Agedge_t *ed = agedge(G, ns, nt, name, 1);
        strbuf lab = {0}, tip = {0};
        render_edge_label(g, e, &lab);
        for (size_t k = 0; k < e->nevents && k < 4; k++) {
            if (k)
                sb_adds(&tip, "\n\n");
            event_tooltip(g, &g->events[e->events[k]], &tip);
        }
        if (!large)
            set_attr(ed, "label", lab.s);
        set_attr(ed, "tooltip", tip.s);
        set_attr(ed, "labeltooltip", tip.s);
        style_edge(ed, e->rule->type, e->asserted, e->nevents > 1);
        sb_free(&lab);
        sb_free(&tip);
    }
    if (!large && v.nedges)
        add_legend(G, &l);
    set_caption(G, g, v.untargeted, v.nuntargeted);
    view_free(&v);
    return G;
}

/* Events view: the events in reading order, each actor beside one of its events (the
 * median one, dated ones first), stacked in columns that run left to right in time, the
 * undated events in a band of their own below (include/columns.h). Positions are pinned
 * and Graphviz only routes the lines. */
#define EVENT_WRAP 23
#define EVENT_ASPECT 1.6 /* a laptop screen: 1600 x 1000 px */
#define EVENT_ROUTED_NODES 120

/* Word-wrapped at about width characters a line. */
static void add_wrapped(strbuf *b, const char *s, size_t width)
{
    size_t line = 0;
    while (*s) {
        size_t w = strcspn(s, " ");
        if (line && line + 1 + w > width) {
            sb_addc(b, '\n');
            line = 0;
        } else if (line) {
            sb_addc(b, ' ');
            line++;
        }
        sb_add(b, s, w);
        line += w;
        s += w;
        while (*s == ' ')
            s++;
    }
}

static Agnode_t *event_node(Agraph_t *G, const evgraph *g, const g_event *e)
{
    Agnode_t *n = agnode(G, (char *)e->id, 1);
    strbuf lab = {0}, tip = {0};
    /* The summary says what happened in words, the colour which type that is; an
     * undated event stands in the band headed so. */
    if (e->date.value[0])
        sb_addf(&lab, "%s\n", e->date.value);
    add_wrapped(&lab, e->summary, EVENT_WRAP);
    if (e->mod != MOD_ASSERTED)
        sb_addf(&lab, "\n(%s)", events_modality_name(e->mod));
    sb_addf(&tip, "%s: ", e->rule->type);
    event_tooltip(g, e, &tip);
    set_attr(n, "label", lab.s);
    set_attr(n, "tooltip", tip.s);
    set_attr(n, "shape", "box");
    set_attr(n, "fontsize", "10");
    set_attr(n, "margin", "0.08,0.03");
    set_attr(n, "style", e->mod == MOD_ASSERTED ? "rounded,filled" : "rounded,dashed,filled");
    set_attr(n, "fillcolor", "#ffffff");
    set_attr(n, "color", e->mod == MOD_ASSERTED ? render_type_color(e->rule->type) : "#999999");
    sb_free(&lab);
    sb_free(&tip);
    return n;
}

static Agnode_t *tie_actor(Agraph_t *G, const g_actor *a, Agnode_t *ev, const g_event *e,
                           int outgoing)
{
    Agnode_t *an = actor_node(G, a->id, a->name, a->kind, a->parent);
    strbuf lab = {0};
    add_wrapped(&lab, a->name, 18);
    set_attr(an, "label", lab.s);
    set_attr(an, "fontsize", "10");
    set_attr(an, "margin", "0.04,0.01");
    set_attr(an, "height", "0.3");
    sb_free(&lab);
    Agedge_t *ed = outgoing ? agedge(G, an, ev, NULL, 1) : agedge(G, ev, an, NULL, 1);
    style_edge(ed, e->rule->type, e->mod == MOD_ASSERTED, 0);
    return an;
}

/* The event each actor stands beside: the median of its dated events, else of its
 * undated ones (the events come dated first, in date order); SIZE_MAX for none. */
static size_t *actor_anchors(const evgraph *g)
{
    size_t na = g->nactors + 1;
    size_t *anchor = xcalloc(na, sizeof *anchor), *nd = xcalloc(na, sizeof *nd),
           *nu = xcalloc(na, sizeof *nu), *seen = xcalloc(na, sizeof *seen);
    for (size_t a = 0; a < na; a++)
        anchor[a] = SIZE_MAX;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < g->nevents; i++) {
            const g_event *e = &g->events[i];
            int dated = e->date.value[0] != '\0';
            size_t who[2] = {e->source, e->target};
            for (int k = 0; k < 2; k++) {
                size_t a = who[k];
                if (a == ACTOR_NONE || (k == 1 && a == who[0]))
                    continue;
                if (pass == 0)
                    (dated ? nd : nu)[a]++;
                else if (dated == (nd[a] > 0) && seen[a]++ == ((dated ? nd[a] : nu[a]) - 1) / 2)
                    anchor[a] = i;
            }
        }
    }
    free(nd);
    free(nu);
    free(seen);
    return anchor;
}

/* The boxes in reading order, sized as Graphviz drew them: each event with the actors
 * that stand beside it, its source above it and its target below. One date's events
 * stay in one column. Returns the number of boxes. */
static size_t event_flow(const evgraph *g, Agnode_t *const *evn, Agnode_t *const *actn,
                         Agnode_t **node, col_box *box)
{
    size_t *anchor = actor_anchors(g), n = 0;
    for (size_t i = 0; i < g->nevents; i++) {
        const g_event *e = &g->events[i];
        int band = e->date.value[0] == '\0';
        int joined = i > 0 && !band && strcmp(e->date.value, g->events[i - 1].date.value) == 0;
        size_t s = e->source, t = e->target;
        Agnode_t *seq[3] = {s != ACTOR_NONE && anchor[s] == i ? actn[s] : NULL, evn[i],
                            t != ACTOR_NONE && t != s && anchor[t] == i ? actn[t] : NULL};
        for (int k = 0; k < 3; k++) {
            if (!seq[k])
                continue;
            node[n] = seq[k];
            box[n] = (col_box){ND_width(seq[k]), ND_height(seq[k]), band, joined, 0, 0};
            joined = 1;
            n++;
        }
    }
    free(anchor);
    return n;
}

static void pin(Agnode_t *n, double x, double y)
{
    char pos[64];
    snprintf(pos, sizeof pos, "%.1f,%.1f", x * 72, -y * 72); /* points, y up */
    agsafeset(n, "pos", pos, "");
}

/* Pins every node where include/columns.h puts it: a first layout without lines gives
 * the boxes' sizes, the caller's second one keeps the places and routes the lines. */
static int place_events(GVC_t *gvc, Agraph_t *G, const evgraph *g, Agnode_t *const *evn,
                        Agnode_t *const *actn, Agnode_t *heading, ev_err *err)
{
    for (Agnode_t *n = agfstnode(G); n; n = agnxtnode(G, n))
        agsafeset(n, "pos", "0,0", "");
    agsafeset(G, "splines", "false", "");
    if (gvLayout(gvc, G, "nop") != 0) {
        err_set(err, "graph layout failed: %s", gv_message[0] ? gv_message : "unknown error");
        return -1;
    }
    Agnode_t **node = xcalloc(3 * g->nevents + 1, sizeof *node);
    col_box *box = xcalloc(3 * g->nevents + 1, sizeof *box);
    size_t n = event_flow(g, evn, actn, node, box);
    double heading_w = heading ? ND_width(heading) : 0;
    /* the caption under the columns (legend and counts) takes its height of the screen */
    double caption = GD_label(G) ? GD_label(G)->dimen.y / 72 : 0;
    gvFreeLayout(gvc, G);
    col_layout lay;
    columns_place(box, n, EVENT_ASPECT, caption, &lay);
    for (size_t i = 0; i < n; i++)
        pin(node[i], box[i].x, box[i].y);
    if (heading)
        pin(heading, lay.band_left + heading_w / 2, COL_HEADING / 2);
    /* Lines routed around the boxes: Graphviz's router takes about the cube of the
     * number of nodes (1.3 s for 93, 14 s for 190); above, straight lines under them. */
    agsafeset(G, "splines", agnnodes(G) <= EVENT_ROUTED_NODES ? "true" : "false", "");
    agsafeset(G, "esep", "+1", ""); /* the boxes stand closer than the default margin */
    free(node);
    free(box);
    return 0;
}

/* The undated band's heading. */
static Agnode_t *band_heading(Agraph_t *G)
{
    Agnode_t *n = agnode(G, "undated", 1);
    agsafeset(n, "shape", "plaintext", "");
    agsafeset(n, "style", "", "");
    agsafeset(n, "fontsize", "11", "");
    agsafeset(n, "fontcolor", "#555555", "");
    agsafeset(n, "height", "0.2", "");
    agsafeset(n, "margin", "0.02", "");
    agsafeset(n, "label", "undated events", "");
    return n;
}

/* place: pin the nodes for the "nop" engine (no --layout given). NULL on failure. */
static Agraph_t *build_event_graph(const evgraph *g, GVC_t *gvc, int place, ev_err *err)
{
    Agraph_t *G = new_graph(0);
    agsafeset(G, "outputorder", "edgesfirst", "");
    Agnode_t **evn = xcalloc(g->nevents + 1, sizeof *evn);
    Agnode_t **actn = xcalloc(g->nactors + 1, sizeof *actn), *heading = NULL;
    legend l = {0};
    for (size_t i = 0; i < g->nevents; i++) {
        const g_event *e = &g->events[i];
        evn[i] = event_node(G, g, e);
        legend_type(&l, e->rule, e->mod == MOD_ASSERTED);
        if (!e->date.value[0] && !heading)
            heading = band_heading(G);
        size_t who[2] = {e->source, e->target};
        for (int k = 0; k < 2; k++) {
            if (who[k] == ACTOR_NONE)
                continue;
            const g_actor *a = &g->actors[who[k]];
            actn[who[k]] = tie_actor(G, a, evn[i], e, k == 0);
            l.kinds[a->kind] = 1;
        }
    }
    set_events_caption(G, g, &l);
    int rc = place ? place_events(gvc, G, g, evn, actn, heading, err) : 0;
    free(evn);
    free(actn);
    if (rc != 0) {
        agclose(G);
        return NULL;
    }
    return G;
}

static int render_xml_format(const evgraph *g, const render_opts *o, const char *format,
                             strbuf *out)
{
    graph_view v;
    view_build(g, o->fold, 1, o->rules, &v);
    int rc = strcmp(format, "graphml") == 0 ? render_graphml(g, &v, out) : render_gexf(g, &v, out);
    view_free(&v);
    return rc;
}

int render_graph(const evgraph *g, const render_opts *o, const char *format, strbuf *out,
                 ev_err *err)
{
    if (!render_graph_format_ok(format)) {
        err_set(err, "unknown graph format \"%s\" (%s)", format, render_graph_formats);
        return -1;
    }
    if (strcmp(format, "graphml") == 0 || strcmp(format, "gexf") == 0) {
        if (o->events_view) {
            err_set(err, "--view events is drawn as a picture only (svg, png, pdf, dot, json)");
            return -1;
        }
        return render_xml_format(g, o, format, out);
    }
    gv_message[0] = '\0';
    agseterr(AGERR);
    agseterrf(capture_gv_error);
    GVC_t *gvc = gvContext();
    Agraph_t *G = o->events_view ? build_event_graph(g, gvc, !o->layout, err)
                                 : build_actor_graph(g, o);
    if (!G) {
        gvFreeContext(gvc);
        return -1;
    }
    const char *engine = o->layout            ? o->layout
                         : o->events_view     ? "nop" /* pinned by place_events */
                         : agnnodes(G) > RENDER_LARGE_GRAPH_NODES ? "sfdp"
                                                                  : "dot";
    int rc = -1;
    /* gvRender into a memory stream rather than gvRenderData, whose length argument
     * changed type after Graphviz 2.42: this builds against Debian 12's and newer. */
    char *data = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&data, &len);
    if (!mem) {
        err_set(err, "cannot allocate the graph output");
    } else if (gvLayout(gvc, G, engine) != 0) {
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
