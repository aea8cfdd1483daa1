/* render — turn a finished graph into text: the terminal timeline, the JSON contract,
 * and Graphviz pictures. Every renderer writes into a strbuf; the caller decides where
 * it goes (stdout or an atomically written file) and escapes nothing itself. */
#ifndef EVGRAPH_RENDER_H
#define EVGRAPH_RENDER_H

#include "graph.h"
#include "util.h"

typedef struct {
    int verbose;  /* timeline: evidence under each event */
    int color;    /* timeline: ANSI colour */
    const char *view; /* graph: "actors" or "events" */
    int fold;     /* graph: fold actors to their parent body */
} render_opts;

int render_timeline_text(const evgraph *g, const render_opts *o, strbuf *out, ev_err *err);
int render_json(const evgraph *g, strbuf *out, ev_err *err);
/* format: svg, png, pdf, dot, json, graphml … */
int render_graph(const evgraph *g, const render_opts *o, const char *format, strbuf *out,
                 ev_err *err);
int render_graph_format_ok(const char *format);

/* For a terminal: control characters and escape sequences are shown, never sent. */
void esc_term(strbuf *out, const char *s);
/* For a Graphviz escString (labels, tooltips): backslashes and entities lose their
 * meaning. Caller frees. */
char *esc_gv(const char *s);

#endif
