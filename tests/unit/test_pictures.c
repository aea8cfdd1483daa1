/* Unit tests: the pictures: the legend lists only what is drawn, types told apart differ
 * in hue, an edge label says when it merges modalities, and the timeline's time scale
 * (empty stretches cut, ticks that fit). One Graphviz layout in this process (see
 * test_report.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include <string.h>

#include "graph.h"
#include "render.h"
#include "timescale.h"

static event_rule objection = {.type = "government_objection", .cameo = "110",
                               .verb = "objects to", .has_target = 1};

static doc_event make_event(size_t s, size_t e, const char *date, modality mod)
{
    doc_event ev = {0};
    ev.rule = &objection;
    ev.source = 0;
    ev.target = 1;
    ev.mod = mod;
    ev.sent_start = s;
    ev.sent_end = e;
    if (date) {
        snprintf(ev.date.value, sizeof ev.date.value, "%s", date);
        ev.date.prec = strlen(date) == 10 ? PREC_DAY : PREC_MONTH;
        ev.date.basis = BASIS_EXPLICIT;
    }
    return ev;
}

/* One document; actors "White House" and name2; the events' offsets index into text. */
static void add_doc(evgraph *g, const char *text, const char *name2, doc_event *evs, size_t n)
{
    document doc;
    ev_err err;
    assert_int_equal(document_from_memory(&doc, "mem", text, strlen(text), &err), 0);
    actor_table t = {0};
    actor_table_add(&t, "White House", KIND_GOVERNMENT, NULL);
    actor_table_add(&t, name2, KIND_ORGANIZATION, NULL);
    timex_list tx = {0};
    doc_event_list l = {evs, n, n};
    graph_add_document(g, &doc, &tx, &t, &l);
    actor_table_free(&t);
    document_free(&doc);
}

static void edge_label_says_when_it_merges_modalities(void **state)
{
    (void)state;
    const char *text = "First sentence here. Second sentence here. Third one.";
    evgraph g;
    graph_begin(&g);
    doc_event evs[] = {make_event(0, 20, NULL, MOD_HYPOTHETICAL), make_event(21, 42, NULL, MOD_NEGATED)};
    add_doc(&g, text, "Acme", evs, 2);
    graph_finish(&g);
    graph_view v;
    view_build(&g, 0, 0, NULL, &v);
    assert_int_equal(v.nedges, 1);
    strbuf lab = {0};
    render_edge_label(&g, &v.edges[0], &lab);
    assert_non_null(strstr(lab.s, "(1 hypothetical, 1 negated of 2)"));
    sb_free(&lab);
    view_free(&v);
    graph_free(&g);
}

static event_rule review = {.type = "regulatory_review", .cameo = "090", .verb = "reviews",
                            .has_target = 1};

static void legend_lists_only_the_types_drawn_in_colour(void **state)
{
    (void)state;
    const char *text = "First sentence here. Second sentence here. Third one.";
    evgraph g;
    graph_begin(&g);
    doc_event evs[] = {make_event(0, 20, "2024-01", MOD_ASSERTED),
                       make_event(21, 42, NULL, MOD_HYPOTHETICAL)};
    evs[1].rule = &review; /* only ever hypothetical: drawn grey and dashed */
    add_doc(&g, text, "Acme", evs, 2);
    graph_finish(&g);
    render_opts o = {0};
    strbuf out = {0};
    ev_err err;
    assert_int_equal(render_graph(&g, &o, "dot", &out, &err), 0);
    const char *at = strstr(out.s, "<B>legend</B>");
    assert_non_null(at);
    char *legend = xstrndup(at, strcspn(at, "\n")); /* the legend's label is one line */
    assert_non_null(strstr(legend, "</TABLE>"));
    assert_non_null(strstr(legend, "government_objection"));
    assert_null(strstr(legend, "regulatory_review"));
    assert_non_null(strstr(legend, "hypothetical or negated"));
    free(legend);
    sb_free(&out);
    graph_free(&g);
}

static double hue(const char *hex)
{
    unsigned r, g, b;
    assert_int_equal(sscanf(hex, "#%2x%2x%2x", &r, &g, &b), 3);
    double R = r / 255.0, G = g / 255.0, B = b / 255.0;
    double mx = R > G ? (R > B ? R : B) : (G > B ? G : B), mn = R < G ? (R < B ? R : B) : (G < B ? G : B);
    assert_true(mx - mn > 0.2); /* a colour, not a grey */
    double h = mx == R ? (G - B) / (mx - mn) : mx == G ? 2 + (B - R) / (mx - mn) : 4 + (R - G) / (mx - mn);
    h *= 60;
    return h < 0 ? h + 360 : h;
}

static double hue_gap(const char *a, const char *b)
{
    double d = hue(render_type_color(a)) - hue(render_type_color(b));
    d = d < 0 ? -d : d;
    return d > 180 ? 360 - d : d;
}

static void types_told_apart_differ_in_hue(void **state)
{
    (void)state;
    assert_true(hue_gap("acquisition", "acquisition_talks") >= 45);
    assert_true(hue_gap("acquisition_talks", "acquisition_talks_ended") >= 15);
    assert_true(hue_gap("blacklisting", "government_objection") >= 45);
    assert_true(hue_gap("blacklisting", "delisting") >= 45);
    assert_true(hue_gap("acquisition", "regulatory_review") >= 30);
}

static long day(int y, int m, int d)
{
    ymd t = {y, m, d};
    return cal_day_number(t);
}

static void time_scale_cuts_a_long_empty_stretch(void **state)
{
    (void)state;
    tspan v[] = {{day(2019, 1, 1), day(2019, 12, 31)}, {day(2025, 1, 14), day(2025, 1, 14)},
                 {day(2025, 3, 1), day(2025, 3, 31)},  {day(2025, 6, 10), day(2025, 6, 10)}};
    tscale s;
    tscale_build(&s, v, 4, 1000);
    assert_int_equal(s.n, 2);
    double a = tscale_x(&s, day(2019, 12, 31)), b = tscale_x(&s, day(2025, 1, 14));
    double c = tscale_x(&s, day(2025, 6, 11));
    assert_true(a < b && b < c);
    assert_true(tscale_x(&s, day(2019, 1, 1)) >= 0 && c <= 1000);
    /* three of the four events get most of the width, not the last 15% */
    assert_true(c - b > 500);
    tscale_free(&s);
    tspan near[] = {{day(2025, 1, 14), day(2025, 1, 14)}, {day(2025, 6, 10), day(2025, 6, 10)}};
    tscale_build(&s, near, 2, 1000);
    assert_int_equal(s.n, 1); /* five months apart: no cut */
    tscale_free(&s);
}

static void short_spans_get_month_ticks_that_fit(void **state)
{
    (void)state;
    tspan v[] = {{day(2025, 1, 14), day(2025, 1, 14)}, {day(2025, 6, 10), day(2025, 6, 10)}};
    tscale s;
    tscale_build(&s, v, 2, 1000);
    ttick t[32];
    size_t n = tscale_ticks(&s, 0, t, 32);
    assert_true(n >= 5);
    assert_string_equal(t[0].label, "Feb 2025"); /* the first tick says the year */
    assert_string_equal(t[1].label, "Mar");
    for (size_t i = 1; i < n; i++)
        assert_true(tscale_x(&s, t[i].day) - tscale_x(&s, t[i - 1].day) >= 52);
    tscale_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(edge_label_says_when_it_merges_modalities),
        cmocka_unit_test(legend_lists_only_the_types_drawn_in_colour),
        cmocka_unit_test(types_told_apart_differ_in_hue),
        cmocka_unit_test(time_scale_cuts_a_long_empty_stretch),
        cmocka_unit_test(short_spans_get_month_ticks_that_fit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
