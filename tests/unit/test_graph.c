/* Unit tests: graph merging (events across sentences and documents, date
 * compatibility, modality), relations, filters, and the renderers' escaping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include <string.h>

#include "filter.h"
#include "graph.h"
#include "render.h"

static event_rule objection = {.type = "government_objection", .cameo = "110", .verb = "objects to",
                               .has_target = 1};
static event_rule review = {.type = "regulatory_review", .cameo = "090", .verb = "reviews",
                            .has_target = 1};

static doc_event make_event(event_rule *r, size_t src, size_t tgt, const char *date,
                            date_basis basis, modality mod, size_t s, size_t e)
{
    doc_event ev = {0};
    ev.rule = r;
    ev.source = src;
    ev.target = tgt;
    ev.mod = mod;
    ev.sent_start = s;
    ev.sent_end = e;
    if (date) {
        snprintf(ev.date.value, sizeof ev.date.value, "%s", date);
        ev.date.prec = strlen(date) == 10 ? PREC_DAY : strlen(date) == 7 ? PREC_MONTH : PREC_YEAR;
        ev.date.basis = basis;
    }
    return ev;
}

/* Adds one document whose two actors are "White House" and name2, with the events. */
static void add_doc(evgraph *g, const char *name2, doc_event *evs, size_t n)
{
    const char *text = "First sentence here. Second sentence here. Third one.";
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

static void same_event_in_two_sentences_is_one_with_two_pieces_of_evidence(void **state)
{
    (void)state;
    evgraph g;
    graph_begin(&g);
    doc_event evs[] = {
        make_event(&objection, 0, 1, "2024-10-13", BASIS_DOCUMENT, MOD_ASSERTED, 0, 20),
        make_event(&objection, 0, 1, "2024-09", BASIS_RELATIVE, MOD_ASSERTED, 21, 42),
    };
    add_doc(&g, "L3Harris", evs, 2);
    graph_finish(&g);
    assert_int_equal(g.nevents, 1);
    assert_int_equal(g.events[0].nev, 2);
    assert_string_equal(g.events[0].date.value, "2024-09"); /* the founded date wins */
    assert_int_equal(g.nrelations, 1);
    graph_free(&g);
}

static void incompatible_dates_stay_two_events(void **state)
{
    (void)state;
    evgraph g;
    graph_begin(&g);
    doc_event evs[] = {
        make_event(&objection, 0, 1, "2021-03", BASIS_EXPLICIT, MOD_ASSERTED, 0, 20),
        make_event(&objection, 0, 1, "2024-09", BASIS_EXPLICIT, MOD_ASSERTED, 21, 42),
    };
    add_doc(&g, "L3Harris", evs, 2);
    graph_finish(&g);
    assert_int_equal(g.nevents, 2);
    assert_string_equal(g.events[0].date.value, "2021-03"); /* in date order */
    assert_int_equal(g.nrelations, 1);
    assert_int_equal(g.relations[0].nevents, 2);
    graph_free(&g);
}

static void negated_and_asserted_never_merge(void **state)
{
    (void)state;
    evgraph g;
    graph_begin(&g);
    doc_event evs[] = {
        make_event(&review, 0, 1, NULL, BASIS_NONE, MOD_ASSERTED, 0, 20),
        make_event(&review, 0, 1, NULL, BASIS_NONE, MOD_NEGATED, 21, 42),
        make_event(&review, 0, 1, NULL, BASIS_NONE, MOD_HYPOTHETICAL, 43, 53),
    };
    add_doc(&g, "Acme", evs, 3);
    graph_finish(&g);
    assert_int_equal(g.nevents, 2);
    graph_free(&g);
}

static void actors_merge_across_documents_by_name(void **state)
{
    (void)state;
    evgraph g;
    graph_begin(&g);
    doc_event a[] = {make_event(&objection, 0, 1, "2024-09", BASIS_RELATIVE, MOD_ASSERTED, 0, 20)};
    doc_event b[] = {make_event(&objection, 0, 1, "2024-09-20", BASIS_EXPLICIT, MOD_ASSERTED, 0, 20)};
    add_doc(&g, "L3Harris", a, 1);
    add_doc(&g, "L3 Harris", b, 1);
    graph_finish(&g);
    assert_int_equal(g.nactors, 2);
    assert_int_equal(g.nevents, 1);
    assert_int_equal(g.events[0].nev, 2);
    assert_int_not_equal(g.events[0].ev[0].doc, g.events[0].ev[1].doc);
    assert_string_equal(g.events[0].date.value, "2024-09-20");
    graph_free(&g);
}

static void a_body_and_its_parent_tell_one_event(void **state)
{
    (void)state;
    evgraph g;
    graph_begin(&g);
    ruleset rs = {0};
    gaz_actor gz[2] = {{.name = "Bureau of Industry and Security", .parent = "US Commerce Department"},
                       {.name = "US Commerce Department", .parent = "US government"}};
    rs.actors = gz;
    rs.nactors = 2;
    graph_set_rules(&g, &rs);
    const char *text = "One. Two. Three.";
    document doc;
    ev_err err;
    assert_int_equal(document_from_memory(&doc, "mem", text, strlen(text), &err), 0);
    actor_table t = {0};
    actor_table_add(&t, "US government", KIND_GOVERNMENT, NULL);
    actor_table_add(&t, "Acme", KIND_ORGANIZATION, NULL);
    actor_table_add(&t, "Bureau of Industry and Security", KIND_GOVERNMENT, "US Commerce Department");
    actor_table_add(&t, "White House", KIND_GOVERNMENT, "US government");
    doc_event evs[] = {
        make_event(&review, 2, 1, "2024-05", BASIS_RELATIVE, MOD_ASSERTED, 0, 4),
        make_event(&review, 0, 1, "2024-05-02", BASIS_EXPLICIT, MOD_ASSERTED, 5, 9),
        make_event(&objection, 3, 1, NULL, BASIS_NONE, MOD_ASSERTED, 10, 16),
        make_event(&objection, 2, 1, NULL, BASIS_NONE, MOD_ASSERTED, 10, 16),
    };
    timex_list tx = {0};
    doc_event_list l = {evs, 4, 4};
    graph_add_document(&g, &doc, &tx, &t, &l);
    graph_finish(&g);
    /* The bureau's grandparent told the review again: one event. The White House and the
     * bureau are siblings under the government, not one body: two objections. */
    assert_int_equal(g.nevents, 3);
    assert_string_equal(g.events[0].date.value, "2024-05-02");
    assert_int_equal(g.events[0].nev, 2);
    actor_table_free(&t);
    document_free(&doc);
    graph_free(&g);
}

static void filters_select_by_type_actor_and_dates(void **state)
{
    (void)state;
    evgraph g;
    graph_begin(&g);
    doc_event evs[] = {
        make_event(&objection, 0, 1, "2021-03", BASIS_EXPLICIT, MOD_ASSERTED, 0, 20),
        make_event(&review, 0, 1, "2024-09", BASIS_EXPLICIT, MOD_ASSERTED, 21, 42),
        make_event(&review, 0, 1, NULL, BASIS_NONE, MOD_NEGATED, 43, 53),
    };
    add_doc(&g, "Acme", evs, 3);
    graph_finish(&g);
    filter_opts f = {.type = "regulatory_review"};
    filter_apply(&g, &f);
    assert_int_equal(g.nevents, 2);
    filter_opts f2 = {.since = "2024", .actor = "acme"};
    filter_apply(&g, &f2);
    assert_int_equal(g.nevents, 1);
    assert_string_equal(g.events[0].date.value, "2024-09");
    filter_opts f3 = {.until = "2023-12"};
    filter_apply(&g, &f3);
    assert_int_equal(g.nevents, 0);
    graph_free(&g);
}

static void terminal_escaping_neutralises_control_characters(void **state)
{
    (void)state;
    strbuf b = {0};
    esc_term(&b, "ok\033[31mred\x07\xC2\x9B" "2J\xE2\x86\x92");
    assert_string_equal(b.s, "ok\\x1b[31mred\\x07\\u009b2J\xE2\x86\x92");
    sb_free(&b);
}

static void graphviz_escaping_keeps_text_literal(void **state)
{
    (void)state;
    char *s = esc_gv("a\\Nb & &#65; <c>");
    assert_string_equal(s, "a\\\\Nb &amp; &amp;#65; <c>");
    free(s);
}

static void json_output_is_valid_with_hostile_names(void **state)
{
    (void)state;
    evgraph g;
    graph_begin(&g);
    doc_event evs[] = {make_event(&objection, 0, 1, "2024-09", BASIS_RELATIVE, MOD_ASSERTED, 0, 20)};
    add_doc(&g, "Evil \"Corp\" <\\n> \xC3\xA9\x01", evs, 1);
    graph_finish(&g);
    strbuf out = {0};
    ev_err err;
    assert_int_equal(render_json(&g, &out, &err), 0);
    json_error_t je;
    json_t *root = json_loads(out.s, 0, &je);
    assert_non_null(root);
    json_t *actors = json_object_get(root, "actors");
    assert_string_equal(json_string_value(json_object_get(json_array_get(actors, 1), "name")),
                        "Evil \"Corp\" <\\n> \xC3\xA9\x01");
    json_decref(root);
    sb_free(&out);
    graph_free(&g);
}

static int collect(void *ctx, const char *s, size_t n, ev_err *err)
{
    (void)err;
    strbuf *b = ctx;
    assert_true(n > 0);
    sb_add(b, s, n);
    return 0;
}

static int refuse(void *ctx, const char *s, size_t n, ev_err *err)
{
    (void)ctx;
    (void)s;
    (void)n;
    err_set(err, "no room");
    return -1;
}

/* json written as it goes (many chunks: enough documents for several) is the one-piece
 * JSON byte for byte; a sink that fails stops it with its error. */
static void streamed_json_is_the_same_bytes(void **state)
{
    (void)state;
    evgraph g;
    graph_begin(&g);
    char name[64];
    for (int i = 0; i < 400; i++) {
        doc_event evs[] = {make_event(&objection, 0, 1, "2024-09", BASIS_RELATIVE, MOD_ASSERTED, 0, 20)};
        snprintf(name, sizeof name, "Company Number %d With A Long Name", i);
        add_doc(&g, name, evs, 1);
    }
    graph_finish(&g);
    strbuf whole = {0}, parts = {0};
    ev_err err;
    assert_int_equal(render_json(&g, &whole, &err), 0);
    assert_true(whole.len > 3 * 65536);
    render_sink sink = {collect, &parts};
    assert_int_equal(render_json_stream(&g, &sink, &err), 0);
    assert_int_equal(parts.len, whole.len);
    assert_memory_equal(parts.s, whole.s, whole.len);
    render_sink bad = {refuse, NULL};
    assert_int_equal(render_json_stream(&g, &bad, &err), -1);
    assert_string_equal(err.msg, "no room");
    sb_free(&whole);
    sb_free(&parts);
    graph_free(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_event_in_two_sentences_is_one_with_two_pieces_of_evidence),
        cmocka_unit_test(streamed_json_is_the_same_bytes),
        cmocka_unit_test(incompatible_dates_stay_two_events),
        cmocka_unit_test(negated_and_asserted_never_merge),
        cmocka_unit_test(actors_merge_across_documents_by_name),
        cmocka_unit_test(a_body_and_its_parent_tell_one_event),
        cmocka_unit_test(filters_select_by_type_actor_and_dates),
        cmocka_unit_test(terminal_escaping_neutralises_control_characters),
        cmocka_unit_test(graphviz_escaping_keeps_text_literal),
        cmocka_unit_test(json_output_is_valid_with_hostile_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
