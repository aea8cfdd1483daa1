/* render_xml — the graph as GraphML (keys declared before the graph, Gephi's attribute
 * types) and as GEXF 1.3 (dynamic: each relation carries the spells its dated events
 * cover, so Gephi's timeline can play the graph). Written directly: every text goes
 * through esc_xml.
 *
 * Both are built by modality: an asserted, a negated and a hypothetical telling of the
 * same relation are separate edges (GEXF tells them apart by `kind`, which Gephi needs to
 * keep parallel edges), so a relation that did not happen never lends its dates or its
 * evidence to one that did. */
#include <stdlib.h>
#include <string.h>

#include "render.h"

static void attr(strbuf *out, const char *name, const char *value)
{
    sb_addf(out, " %s=\"", name);
    esc_xml(out, value);
    sb_addc(out, '"');
}

static void text_element(strbuf *out, const char *open, const char *value, const char *close)
{
    sb_adds(out, open);
    esc_xml(out, value);
    sb_adds(out, close);
}

static void evidence_text(const evgraph *g, const view_edge *e, strbuf *b)
{
    for (size_t k = 0; k < e->nevents; k++) {
        const g_event *ev = &g->events[e->events[k]];
        sb_addf(b, "%s%s [%s]: %s", k ? "\n" : "", ev->date.value[0] ? ev->date.value : "undated",
                g->docs[ev->ev[0].doc].id, ev->ev[0].sentence);
    }
}

/* The id of the node named name, or NULL when it is not drawn. */
static const char *node_id_named(const graph_view *v, const char *name)
{
    for (size_t i = 0; i < v->nnodes; i++)
        if (strcmp(v->nodes[i].name, name) == 0)
            return v->nodes[i].id;
    return NULL;
}

static const char graphml_head[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
    "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
    "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
    "  <key id=\"parent\" for=\"node\" attr.name=\"parent\" attr.type=\"string\"/>\n"
    "  <key id=\"parent_name\" for=\"node\" attr.name=\"parent_name\" attr.type=\"string\"/>\n"
    "  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
    "  <key id=\"elabel\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
    "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
    "  <key id=\"first\" for=\"edge\" attr.name=\"first_date\" attr.type=\"string\"/>\n"
    "  <key id=\"last\" for=\"edge\" attr.name=\"last_date\" attr.type=\"string\"/>\n"
    "  <key id=\"modality\" for=\"edge\" attr.name=\"modality\" attr.type=\"string\"/>\n"
    "  <key id=\"asserted\" for=\"edge\" attr.name=\"asserted\" attr.type=\"boolean\"/>\n"
    "  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
    "  <graph id=\"evgraph\" edgedefault=\"directed\">\n";

/* A node's parent is the id of the node drawn for it (what a reader of the file can look
 * up); the name stays beside it, also for a parent that is not drawn. */
static void graphml_node(const graph_view *v, const view_node *n, strbuf *out)
{
    sb_adds(out, "    <node");
    attr(out, "id", n->id);
    sb_adds(out, ">\n");
    text_element(out, "      <data key=\"label\">", n->name, "</data>\n");
    text_element(out, "      <data key=\"kind\">", rules_kind_name(n->kind), "</data>\n");
    if (n->parent) {
        const char *pid = node_id_named(v, n->parent);
        if (pid)
            text_element(out, "      <data key=\"parent\">", pid, "</data>\n");
        text_element(out, "      <data key=\"parent_name\">", n->parent, "</data>\n");
    }
    sb_adds(out, "    </node>\n");
}

static void graphml_edge(const evgraph *g, const graph_view *v, size_t i, strbuf *out)
{
    const view_edge *e = &v->edges[i];
    strbuf lab = {0}, ev = {0};
    render_edge_label(g, e, &lab);
    evidence_text(g, e, &ev);
    sb_addf(out, "    <edge id=\"r%zu\"", i);
    attr(out, "source", v->nodes[e->source].id);
    attr(out, "target", v->nodes[e->target].id);
    sb_adds(out, ">\n");
    text_element(out, "      <data key=\"type\">", e->rule->type, "</data>\n");
    text_element(out, "      <data key=\"elabel\">", lab.s, "</data>\n");
    sb_addf(out, "      <data key=\"weight\">%zu</data>\n", e->nevents);
    if (e->first[0]) {
        text_element(out, "      <data key=\"first\">", e->first, "</data>\n");
        text_element(out, "      <data key=\"last\">", e->last, "</data>\n");
    }
    sb_addf(out, "      <data key=\"modality\">%s</data>\n", events_modality_name(e->mod));
    sb_addf(out, "      <data key=\"asserted\">%s</data>\n", e->asserted ? "true" : "false");
    text_element(out, "      <data key=\"evidence\">", ev.s, "</data>\n");
    sb_adds(out, "    </edge>\n");
    sb_free(&lab);
    sb_free(&ev);
}

int render_graphml(const evgraph *g, const graph_view *v, strbuf *out)
{
    sb_adds(out, graphml_head);
    for (size_t i = 0; i < v->nnodes; i++)
        graphml_node(v, &v->nodes[i], out);
    for (size_t i = 0; i < v->nedges; i++)
        graphml_edge(g, v, i, out);
    sb_adds(out, "  </graph>\n</graphml>\n");
    return 0;
}

/* ---- GEXF ---- */

static int cmp_span(const void *a, const void *b)
{
    const tspan *x = a, *y = b;
    return x->first < y->first ? -1 : x->first > y->first ? 1 : (x->last > y->last) - (x->last < y->last);
}

static void add_day(strbuf *out, const char *name, long day)
{
    static const ymd epoch = {2000, 1, 1};
    char buf[16];
    cal_format(cal_add_days(epoch, day - cal_day_number(epoch)), PREC_DAY, buf, sizeof buf);
    sb_addf(out, " %s=\"%s\"", name, buf);
}

/* Gephi refuses a spell that overlaps another of the same element, and a spell without
 * an end lasts for ever. So each dated event stands for the days its date covers (a
 * day, a month, a year), and spans that overlap or touch are joined: the spells are
 * disjoint, in order, and the last ends where the relation's last date ends. */
static void gexf_spells(const evgraph *g, const view_edge *e, strbuf *out)
{
    tspan *s = xcalloc(e->nevents ? e->nevents : 1, sizeof *s);
    size_t n = 0;
    for (size_t k = 0; k < e->nevents; k++) {
        const g_event *ev = &g->events[e->events[k]];
        if (ev->date.value[0] && render_date_span(ev->date.value, &s[n]) == 0)
            n++;
    }
    if (n) {
        qsort(s, n, sizeof *s, cmp_span);
        size_t m = 0;
        for (size_t k = 1; k < n; k++) {
            if (s[k].first <= s[m].last + 1) {
                if (s[k].last > s[m].last)
                    s[m].last = s[k].last;
            } else {
                s[++m] = s[k];
            }
        }
        sb_adds(out, "        <spells>");
        for (size_t k = 0; k <= m; k++) {
            sb_adds(out, "<spell");
            add_day(out, "start", s[k].first);
            add_day(out, "end", s[k].last);
            sb_adds(out, "/>");
        }
        sb_adds(out, "</spells>\n");
    }
    free(s);
}

static const char gexf_head[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
    "  <meta><creator>evgraph</creator></meta>\n"
    "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
    "    <attributes class=\"node\">\n"
    "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
    "      <attribute id=\"parent\" title=\"parent\" type=\"string\"/>\n"
    "    </attributes>\n"
    "    <attributes class=\"edge\">\n"
    "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
    "      <attribute id=\"modality\" title=\"modality\" type=\"string\"/>\n"
    "      <attribute id=\"asserted\" title=\"asserted\" type=\"boolean\"/>\n"
    "      <attribute id=\"first_date\" title=\"first_date\" type=\"string\"/>\n"
    "      <attribute id=\"last_date\" title=\"last_date\" type=\"string\"/>\n"
    "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
    "    </attributes>\n"
    "    <nodes>\n";

static void attvalue(strbuf *out, const char *id, const char *value)
{
    sb_addf(out, "<attvalue for=\"%s\"", id);
    attr(out, "value", value);
    sb_adds(out, "/>");
}

static void gexf_node(const graph_view *v, const view_node *n, strbuf *out)
{
    sb_adds(out, "      <node");
    attr(out, "id", n->id);
    attr(out, "label", n->name);
    sb_adds(out, "><attvalues>");
    attvalue(out, "kind", rules_kind_name(n->kind));
    const char *pid = n->parent ? node_id_named(v, n->parent) : NULL;
    if (pid)
        attvalue(out, "parent", pid);
    sb_adds(out, "</attvalues></node>\n");
}

static void gexf_edge(const evgraph *g, const graph_view *v, size_t i, strbuf *out)
{
    const view_edge *e = &v->edges[i];
    strbuf lab = {0}, ev = {0}, kind = {0};
    render_edge_label(g, e, &lab);
    evidence_text(g, e, &ev);
    /* Gephi merges parallel edges of one kind: a type's tellings by modality stay apart */
    sb_adds(&kind, e->rule->type);
    if (e->mod != MOD_ASSERTED)
        sb_addf(&kind, " (%s)", events_modality_name(e->mod));
    sb_addf(out, "      <edge id=\"r%zu\"", i);
    attr(out, "source", v->nodes[e->source].id);
    attr(out, "target", v->nodes[e->target].id);
    attr(out, "kind", kind.s);
    attr(out, "label", lab.s);
    sb_addf(out, " weight=\"%zu\">\n        <attvalues>", e->nevents);
    attvalue(out, "type", e->rule->type);
    attvalue(out, "modality", events_modality_name(e->mod));
    attvalue(out, "asserted", e->asserted ? "true" : "false");
    if (e->first[0]) {
        attvalue(out, "first_date", e->first);
        attvalue(out, "last_date", e->last);
    }
    attvalue(out, "evidence", ev.s);
    sb_adds(out, "</attvalues>\n");
    gexf_spells(g, e, out);
    sb_adds(out, "      </edge>\n");
    sb_free(&lab);
    sb_free(&ev);
    sb_free(&kind);
}

int render_gexf(const evgraph *g, const graph_view *v, strbuf *out)
{
    sb_adds(out, gexf_head);
    for (size_t i = 0; i < v->nnodes; i++)
        gexf_node(v, &v->nodes[i], out);
    sb_adds(out, "    </nodes>\n    <edges>\n");
    for (size_t i = 0; i < v->nedges; i++)
        gexf_edge(g, v, i, out);
    sb_adds(out, "    </edges>\n  </graph>\n</gexf>\n");
    return 0;
}
