/* render — turn a finished graph into text: the terminal timeline, the JSON contract,
 * and Graphviz pictures. Every renderer writes into a strbuf; the caller decides where
 * it goes (stdout or an atomically written file) and escapes nothing itself. */
#ifndef EVGRAPH_RENDER_H
#define EVGRAPH_RENDER_H

#include "graph.h"
#include "timescale.h"
#include "util.h"

typedef struct {
    int verbose;     /* timeline: evidence under each event */
    int color;       /* timeline: ANSI colour */
    int width;       /* timeline: wrap lines at spaces to this many columns; 0: never */
    int events_view; /* graph: events as nodes in time order, not actor relations */
    int fold;        /* graph: actors drawn as the body they belong to */
    const ruleset *rules; /* the gazetteer's hierarchy, for folding */
    const char *layout;   /* graph: a Graphviz engine, or NULL for the size-based choice */
} render_opts;

/* Above this many nodes the actors view is laid out with sfdp and without edge labels
 * (measured with `make bench`, see README). */
#define RENDER_LARGE_GRAPH_NODES 150

int render_timeline_text(const evgraph *g, const render_opts *o, strbuf *out, ev_err *err);
/* A timeline diagram: a date axis, one lane per event type, undated events apart. */
int render_timeline_svg(const evgraph *g, strbuf *out, ev_err *err);
/* TimelineJS's JSON (events with start_date at their precision), text HTML-escaped. */
int render_timeline_js(const evgraph *g, strbuf *out, ev_err *err);
int render_json(const evgraph *g, strbuf *out, ev_err *err);
/* Where a renderer may hand its text as it goes, so that a long result is never held
 * whole: write takes the next bytes (and fails with err set). */
typedef struct {
    int (*write)(void *ctx, const char *s, size_t n, ev_err *err);
    void *ctx;
} render_sink;
/* The same JSON, bytes for bytes, handed to sink a chunk at a time. */
int render_json_stream(const evgraph *g, const render_sink *sink, ev_err *err);
/* One self-contained HTML page: the events as JSON data, the relationship graph as
 * inline SVG, the page's style and script; nothing loaded from the network. */
int render_report(const evgraph *g, const render_opts *o, strbuf *out, ev_err *err);
/* format: svg, png, pdf, dot, json, plain (Graphviz), graphml, gexf */
int render_graph(const evgraph *g, const render_opts *o, const char *format, strbuf *out,
                 ev_err *err);
int render_graph_format_ok(const char *format);
extern const char render_graph_formats[];

/* The relationship view every graph format draws: nodes are actors (or, folded, the
 * bodies they belong to), edges aggregate relations per (node, node, type). */
typedef struct {
    char *id, *name;
    actor_kind kind;
    char *parent;
} view_node;

typedef struct {
    size_t source, target;  /* view_node indexes */
    const event_rule *rule;
    size_t *events;         /* evgraph event indexes, in date order */
    size_t nevents, capevents;
    int asserted;           /* at least one event is asserted */
    modality mod;           /* the first event's; every event's when built by modality */
    size_t nmod[3];         /* events per modality (asserted, negated, hypothetical) */
    char first[16], last[16]; /* date range, "" when undated */
} view_edge;

typedef struct {
    view_node *nodes;
    size_t nnodes, capnodes;
    view_edge *edges;
    size_t nedges, capedges;
    size_t *untargeted;     /* events with no target (media reports) */
    size_t nuntargeted, capuntargeted;
} graph_view;

/* fold: draw each actor as the top of its parent chain (the graph's actors, then the
 * gazetteer of rules, which may be NULL). by_modality: asserted, negated and
 * hypothetical tellings make separate edges (the exports), else one edge per type that
 * says in its label how many of each it merges (the pictures). */
void view_build(const evgraph *g, int fold, int by_modality, const ruleset *rules,
                graph_view *v);
void view_free(graph_view *v);
const char *render_type_color(const char *type);
/* The days an event date covers: "2025" the whole year, "2025-03" the month, a day
 * itself. -1 when v is no such date. */
int render_date_span(const char *v, tspan *s);
/* "blacklisting ×3 · 2023-11 – 2024-02", "(hypothetical)" on a second line when every
 * event is; "(1 hypothetical, 1 negated of 2)" when the edge merges modalities. */
void render_edge_label(const evgraph *g, const view_edge *e, strbuf *out);

int render_graphml(const evgraph *g, const graph_view *v, strbuf *out);
int render_gexf(const evgraph *g, const graph_view *v, strbuf *out);

/* XML text and attribute values: & < > " ' escaped; what XML 1.0 cannot hold never
 * passes: C0 controls but tab, LF and CR are dropped; U+FFFE, U+FFFF, surrogates and
 * bytes that are no UTF-8 become U+FFFD. */
void esc_xml(strbuf *out, const char *s);
/* JSON text for a <script type="application/json"> block: < > & and U+2028/U+2029
 * become \u escapes, so nothing in it can end the block or be read as markup. */
void esc_script_json(strbuf *out, const char *s);
/* Whether the character at s is one XML 1.0 forbids; *len: its length in bytes. */
size_t xml_illegal(const char *s, size_t *len);
/* Appends the character at s (n bytes) as esc_xml would, without markup escaping. */
void xml_legal_add(strbuf *out, const char *s, size_t n);
/* A copy of s with what XML forbids dropped or replaced (for text Graphviz writes into
 * SVG itself: it escapes markup, not these). Caller frees. */
char *xml_legal(const char *s);
/* For a terminal: control characters and escape sequences are shown, never sent. */
void esc_term(strbuf *out, const char *s);
/* For a Graphviz escString (labels, tooltips): backslashes and entities lose their
 * meaning. Caller frees. */
char *esc_gv(const char *s);

#endif
