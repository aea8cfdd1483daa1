/* render_view — what every graph format draws: actors (or, with --fold, the bodies they
 * belong to) as nodes, and per (node, node, type) one edge aggregating the events, with
 * the date range and whether any of them is asserted. Also the colours shared by the
 * graph and timeline pictures, and XML escaping. */
#include <stdio.h>
#include <string.h>

#include "render.h"

/* Types a reader must tell apart differ in hue, not in shade: a deal (blue) from talks
 * (amber) and their end (brown); a listing (red) from an objection (purple). */
static const struct {
    const char *type, *color;
} type_colors[] = {
    {"blacklisting", "#d62728"},       {"delisting", "#2ca02c"},
    {"acquisition_talks", "#b07d00"},  {"acquisition_talks_ended", "#8c564b"},
    {"acquisition", "#1f4fbf"},        {"government_objection", "#9467bd"},
    {"regulatory_review", "#138d90"},  {"media_report", "#7f7f7f"},
};

static const char *const palette[] = {"#e377c2", "#7b7d00", "#393b79", "#ad494a", "#3182bd"};

const char *render_type_color(const char *type)
{
    for (size_t i = 0; i < sizeof type_colors / sizeof *type_colors; i++)
        if (strcmp(type_colors[i].type, type) == 0)
            return type_colors[i].color;
    unsigned h = 0;
    for (const char *p = type; *p; p++)
        h = h * 31 + (unsigned char)*p;
    return palette[h % (sizeof palette / sizeof *palette)];
}

/* The length of a well-formed UTF-8 sequence at p, or 0. */
static size_t utf8_len(const unsigned char *p)
{
    if (p[0] < 0x80)
        return 1;
    size_t n = p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3
             : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xF0 && p[1] < 0x90) ||
        (p[0] == 0xF4 && p[1] > 0x8F))
        return 0; /* overlong, or beyond U+10FFFF */
    return n;
}

size_t xml_illegal(const char *s, size_t *len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = utf8_len(p);
    *len = n ? n : 1;
    if (n == 1)
        return p[0] < 0x20 && p[0] != '\t' && p[0] != '\n' && p[0] != '\r';
    if (n == 0)
        return 1;
    /* U+D800..U+DFFF (lone surrogates), U+FFFE and U+FFFF are no XML 1.0 characters */
    return (p[0] == 0xED && p[1] >= 0xA0) || (p[0] == 0xEF && p[1] == 0xBF && p[2] >= 0xBE);
}

void xml_legal_add(strbuf *out, const char *s, size_t n)
{
    size_t len;
    if (!xml_illegal(s, &len))
        sb_add(out, s, len > n ? n : len);
    else if (*(const unsigned char *)s >= 0x80)
        sb_adds(out, "\xEF\xBF\xBD"); /* shown as U+FFFD, as a reader would */
}

char *xml_legal(const char *s)
{
    strbuf b = {0};
    size_t len;
    for (size_t n = strlen(s); *s; s += len, n -= len) {
        xml_illegal(s, &len);
        len = len > n ? n : len;
        xml_legal_add(&b, s, len);
    }
    return sb_detach(&b);
}

void esc_xml(strbuf *out, const char *s)
{
    size_t len;
    for (size_t n = strlen(s); *s; s += len, n -= len) {
        xml_illegal(s, &len);
        len = len > n ? n : len;
        switch (*s) {
        case '&': sb_adds(out, "&amp;"); break;
        case '<': sb_adds(out, "&lt;"); break;
        case '>': sb_adds(out, "&gt;"); break;
        case '"': sb_adds(out, "&quot;"); break;
        case '\'': sb_adds(out, "&apos;"); break;
        default: xml_legal_add(out, s, len);
        }
    }
}

int render_date_span(const char *v, tspan *s)
{
    int y = 0, m = 0, d = 0;
    int n = sscanf(v, "%d-%d-%d", &y, &m, &d);
    if (n < 1 || y < 1)
        return -1;
    ymd a = {y, n >= 2 ? m : 1, n >= 3 ? d : 1};
    ymd b = {y, n >= 2 ? m : 12, n >= 3 ? d : 31};
    if (n == 2)
        b.d = cal_days_in_month(y, m);
    if (!cal_valid(a) || !cal_valid(b))
        return -1;
    s->first = cal_day_number(a);
    s->last = cal_day_number(b);
    return 0;
}

static const g_actor *actor_named(const evgraph *g, const char *name)
{
    for (size_t i = 0; i < g->nactors; i++)
        if (strcmp(g->actors[i].name, name) == 0)
            return &g->actors[i];
    return NULL;
}

static const gaz_actor *gazetteer_named(const ruleset *rs, const char *name)
{
    for (size_t i = 0; rs && i < rs->nactors; i++)
        if (strcmp(rs->actors[i].name, name) == 0)
            return &rs->actors[i];
    return NULL;
}

/* Folding walks up the parent chain: through the graph's own actors where it can, else
 * through the gazetteer, so a bureau folds into its government even when the department
 * between them is not in the articles. The depth bound guards against a cycle in a
 * user's gazetteer. */
static void fold_target(const evgraph *g, const ruleset *rs, const g_actor *a, const char **name,
                        actor_kind *kind)
{
    *name = a->name;
    *kind = a->kind;
    const char *parent = a->parent;
    for (int depth = 0; parent && depth < 8; depth++) {
        const g_actor *p = actor_named(g, parent);
        const gaz_actor *z = p ? NULL : gazetteer_named(rs, parent);
        *name = p ? p->name : parent;
        *kind = p ? p->kind : z ? z->kind : KIND_GOVERNMENT;
        parent = p ? p->parent : z ? z->parent : NULL;
    }
}

static size_t node_for(graph_view *v, const evgraph *g, size_t actor, int fold,
                       const ruleset *rs)
{
    const g_actor *a = &g->actors[actor];
    const char *name = a->name;
    actor_kind kind = a->kind;
    if (fold)
        fold_target(g, rs, a, &name, &kind);
    for (size_t i = 0; i < v->nnodes; i++)
        if (strcmp(v->nodes[i].name, name) == 0)
            return i;
    view_node *n = VEC_PUSH(v->nodes, v->nnodes, v->capnodes);
    n->name = xstrdup(name);
    n->id = name == a->name ? xstrdup(a->id) : util_slugify(name);
    n->kind = kind;
    n->parent = !fold && a->parent ? xstrdup(a->parent) : NULL;
    return v->nnodes - 1;
}

/* The edge of (s, t, the event's type), and of its modality too when by_modality. */
static view_edge *edge_for(graph_view *v, size_t s, size_t t, const g_event *e, int by_modality)
{
    for (size_t k = 0; k < v->nedges; k++) {
        view_edge *ed = &v->edges[k];
        if (ed->source == s && ed->target == t && ed->rule == e->rule &&
            (!by_modality || ed->mod == e->mod))
            return ed;
    }
    view_edge *ed = VEC_PUSH(v->edges, v->nedges, v->capedges);
    memset(ed, 0, sizeof *ed);
    ed->source = s;
    ed->target = t;
    ed->rule = e->rule;
    ed->mod = e->mod;
    return ed;
}

void view_build(const evgraph *g, int fold, int by_modality, const ruleset *rs,
                graph_view *v)
{
    memset(v, 0, sizeof *v);
    for (size_t i = 0; i < g->nevents; i++) {
        const g_event *e = &g->events[i];
        if (e->source == ACTOR_NONE)
            continue;
        if (e->target == ACTOR_NONE) {
            *VEC_PUSH(v->untargeted, v->nuntargeted, v->capuntargeted) = i;
            continue;
        }
        size_t s = node_for(v, g, e->source, fold, rs), t = node_for(v, g, e->target, fold, rs);
        if (s == t)
            continue; /* folded into one body: nothing to draw between them */
        view_edge *ed = edge_for(v, s, t, e, by_modality);
        *VEC_PUSH(ed->events, ed->nevents, ed->capevents) = i;
        ed->asserted |= e->mod == MOD_ASSERTED;
        ed->nmod[e->mod]++;
        if (e->date.value[0]) {
            if (!ed->first[0] || strcmp(e->date.value, ed->first) < 0)
                snprintf(ed->first, sizeof ed->first, "%s", e->date.value);
            if (!ed->last[0] || strcmp(e->date.value, ed->last) > 0)
                snprintf(ed->last, sizeof ed->last, "%s", e->date.value);
        }
    }
}

void view_free(graph_view *v)
{
    for (size_t i = 0; i < v->nnodes; i++) {
        free(v->nodes[i].id);
        free(v->nodes[i].name);
        free(v->nodes[i].parent);
    }
    free(v->nodes);
    for (size_t i = 0; i < v->nedges; i++)
        free(v->edges[i].events);
    free(v->edges);
    free(v->untargeted);
    memset(v, 0, sizeof *v);
}

void render_edge_label(const evgraph *g, const view_edge *e, strbuf *out)
{
    sb_adds(out, e->rule->type);
    if (e->nevents > 1)
        sb_addf(out, " \xC3\x97%zu", e->nevents);
    if (e->first[0])
        sb_addf(out, strcmp(e->first, e->last) ? " \xC2\xB7 %s \xE2\x80\x93 %s" : " \xC2\xB7 %s",
                e->first, e->last);
    (void)g;
    size_t hyp = e->nmod[MOD_HYPOTHETICAL], neg = e->nmod[MOD_NEGATED];
    if (!hyp && !neg)
        return;
    if (hyp + neg == e->nevents && (!hyp || !neg)) {
        sb_addf(out, "\n(%s)", hyp ? "hypothetical" : "negated");
        return;
    }
    /* Some told as fact, or both possibilities merged in one line: say how many of each. */
    sb_adds(out, "\n(");
    if (hyp)
        sb_addf(out, "%zu hypothetical", hyp);
    if (neg)
        sb_addf(out, "%s%zu negated", hyp ? ", " : "", neg);
    sb_addf(out, " of %zu)", e->nevents);
}
