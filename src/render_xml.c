/* render_xml — the graph as GraphML (keys declared before the graph, Gephi's attribute
 * types) and as GEXF 1.3 (dynamic: each relation carries a spell per dated event, so
 * Gephi's timeline can play the graph). Written directly: every text goes through
 * esc_xml. */
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

int render_graphml(const evgraph *g, const graph_view *v, strbuf *out)
{
    sb_adds(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                 "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
                 "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
                 "  <key id=\"parent\" for=\"node\" attr.name=\"parent\" attr.type=\"string\"/>\n"
                 "  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
                 "  <key id=\"elabel\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
                 "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
                 "  <key id=\"first\" for=\"edge\" attr.name=\"first_date\" attr.type=\"string\"/>\n"
                 "  <key id=\"last\" for=\"edge\" attr.name=\"last_date\" attr.type=\"string\"/>\n"
                 "  <key id=\"asserted\" for=\"edge\" attr.name=\"asserted\" attr.type=\"boolean\"/>\n"
                 "  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
                 "  <graph id=\"evgraph\" edgedefault=\"directed\">\n");
    for (size_t i = 0; i < v->nnodes; i++) {
        const view_node *n = &v->nodes[i];
        sb_adds(out, "    <node");
        attr(out, "id", n->id);
        sb_adds(out, ">\n");
        text_element(out, "      <data key=\"label\">", n->name, "</data>\n");
        text_element(out, "      <data key=\"kind\">", rules_kind_name(n->kind), "</data>\n");
        if (n->parent)
            text_element(out, "      <data key=\"parent\">", n->parent, "</data>\n");
        sb_adds(out, "    </node>\n");
    }
    for (size_t i = 0; i < v->nedges; i++) {
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
        sb_addf(out, "      <data key=\"asserted\">%s</data>\n", e->asserted ? "true" : "false");
        text_element(out, "      <data key=\"evidence\">", ev.s, "</data>\n");
        sb_adds(out, "    </edge>\n");
        sb_free(&lab);
        sb_free(&ev);
    }
    sb_adds(out, "  </graph>\n</graphml>\n");
    return 0;
}

/* GEXF dates are whole days: a month or year stands for its first day. */
static void gexf_date(const char *v, char *buf, size_t size)
{
    if (strlen(v) == 4)
        snprintf(buf, size, "%s-01-01", v);
    else if (strlen(v) == 7)
        snprintf(buf, size, "%s-01", v);
    else
        snprintf(buf, size, "%s", v);
}

int render_gexf(const evgraph *g, const graph_view *v, strbuf *out)
{
    sb_adds(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
                 "  <meta><creator>evgraph</creator></meta>\n"
                 "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
                 "    <attributes class=\"node\">\n"
                 "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
                 "    </attributes>\n"
                 "    <attributes class=\"edge\">\n"
                 "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
                 "      <attribute id=\"asserted\" title=\"asserted\" type=\"boolean\"/>\n"
                 "    </attributes>\n"
                 "    <nodes>\n");
    for (size_t i = 0; i < v->nnodes; i++) {
        sb_adds(out, "      <node");
        attr(out, "id", v->nodes[i].id);
        attr(out, "label", v->nodes[i].name);
        sb_adds(out, "><attvalues><attvalue for=\"kind\"");
        attr(out, "value", rules_kind_name(v->nodes[i].kind));
        sb_adds(out, "/></attvalues></node>\n");
    }
    sb_adds(out, "    </nodes>\n    <edges>\n");
    for (size_t i = 0; i < v->nedges; i++) {
        const view_edge *e = &v->edges[i];
        strbuf lab = {0};
        render_edge_label(g, e, &lab);
        sb_addf(out, "      <edge id=\"r%zu\"", i);
        attr(out, "source", v->nodes[e->source].id);
        attr(out, "target", v->nodes[e->target].id);
        attr(out, "label", lab.s);
        sb_addf(out, " weight=\"%zu\">\n", e->nevents);
        sb_adds(out, "        <attvalues><attvalue for=\"type\"");
        attr(out, "value", e->rule->type);
        sb_addf(out, "/><attvalue for=\"asserted\" value=\"%s\"/></attvalues>\n",
                e->asserted ? "true" : "false");
        /* A relation exists from its first dated event on. */
        if (e->first[0]) {
            char d[32];
            sb_adds(out, "        <spells>");
            for (size_t k = 0; k < e->nevents; k++) {
                const g_event *ev = &g->events[e->events[k]];
                if (!ev->date.value[0])
                    continue;
                gexf_date(ev->date.value, d, sizeof d);
                sb_addf(out, "<spell start=\"%s\"/>", d);
            }
            sb_adds(out, "</spells>\n");
        }
        sb_adds(out, "      </edge>\n");
        sb_free(&lab);
    }
    sb_adds(out, "    </edges>\n  </graph>\n</gexf>\n");
    return 0;
}
