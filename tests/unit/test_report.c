/* Unit tests: the report page: its data block cannot be closed or read as markup by
 * anything in an article, nothing is loaded from the network, evidence is split into
 * marked parts. (One Graphviz layout a process: Graphviz's text layout plugin keeps a
 * font name from one context to the next, so the pictures' tests live in
 * test_pictures.c.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include <string.h>

#include "graph.h"
#include "render.h"

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

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
        n++;
    return n;
}

static void script_json_escaping_leaves_nothing_that_ends_the_block(void **state)
{
    (void)state;
    const char *text = "</script><!-- & \xE2\x80\xA8 \xE2\x80\xA9 caf\xC3\xA9 -->";
    json_t *in = json_pack("{s:s}", "t", text);
    char *js = json_dumps(in, JSON_COMPACT);
    strbuf b = {0};
    esc_script_json(&b, js);
    assert_null(strpbrk(b.s, "<>&"));
    assert_null(strstr(b.s, "\xE2\x80\xA8"));
    assert_null(strstr(b.s, "\xE2\x80\xA9"));
    assert_non_null(strstr(b.s, "\\u003c/script\\u003e"));
    assert_non_null(strstr(b.s, "caf\xC3\xA9")); /* other text untouched */
    json_t *back = json_loads(b.s, 0, NULL);    /* still JSON, and the same text */
    assert_non_null(back);
    assert_string_equal(json_string_value(json_object_get(back, "t")), text);
    json_decref(back);
    json_decref(in);
    free(js);
    sb_free(&b);
}

/* The data block of a page, parsed. */
static json_t *page_data(const char *page)
{
    const char *open = "<script type=\"application/json\" id=\"evgraph-data\">";
    const char *a = strstr(page, open);
    assert_non_null(a);
    a += strlen(open);
    const char *z = strstr(a, "</script>");
    assert_non_null(z);
    json_t *d = json_loadb(a, (size_t)(z - a), 0, NULL);
    assert_non_null(d);
    return d;
}

static void report_keeps_hostile_text_out_of_the_markup(void **state)
{
    (void)state;
    const char *text = "Published: 2024-03-05\n\nThe White House objected to Acme </script>"
                       "<script>alert(1)</script><img src=x onerror=alert(2)> today.\n";
    size_t s = strstr(text, "The White") - text, e = strlen(text) - 1;
    evgraph g;
    graph_begin(&g);
    doc_event evs[] = {make_event(s, e, "2024-03-05", MOD_ASSERTED)};
    add_doc(&g, text, "Acme </script><b>\"Q\" & 'R'</b>", evs, 1);
    graph_finish(&g);
    strbuf out = {0};
    ev_err err;
    render_opts o = {0};
    assert_int_equal(render_report(&g, &o, &out, &err), 0);
    assert_int_equal(count(out.s, "<script"), 2); /* the data block and the page's script */
    assert_int_equal(count(out.s, "</script"), 2);
    assert_null(strstr(out.s, "<img"));
    assert_null(strstr(out.s, "<b>"));
    /* nothing from the network: the only addresses are the SVG namespaces */
    assert_int_equal(count(out.s, "http:") + count(out.s, "https:"), count(out.s, "http://www.w3.org/"));
    json_t *d = page_data(out.s);
    json_t *parts = json_object_get(json_array_get(json_object_get(
                                        json_array_get(json_object_get(d, "events"), 0), "evidence"), 0),
                                    "parts");
    strbuf joined = {0};
    int source_marked = 0;
    for (size_t i = 0; i < json_array_size(parts); i++) {
        json_t *p = json_array_get(parts, i);
        const char *t = json_string_value(json_array_get(p, 0));
        sb_adds(&joined, t);
        source_marked |= strcmp(t, "White House") == 0 &&
                         strcmp(json_string_value(json_array_get(p, 1)), "s") == 0;
    }
    assert_true(source_marked);
    assert_non_null(joined.s);
    assert_non_null(strstr(joined.s, "Acme </script><script>alert(1)</script>"));
    sb_free(&joined);
    json_decref(d);
    sb_free(&out);
    graph_free(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(script_json_escaping_leaves_nothing_that_ends_the_block),
        cmocka_unit_test(report_keeps_hostile_text_out_of_the_markup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
