/* Unit tests: a record written as a shard line reads back as the same record (every
 * field the graph uses, odd strings included), bad lines are refused with the field's
 * path, and SHA-256 gives the published test vectors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "sha256.h"
#include "shard.h"

static event_rule rules[] = {{.type = "acquisition", .cameo = "061", .verb = "acquires"},
                             {.type = "media_report", .cameo = "010", .verb = "reports"}};
static ruleset rs = {.rules = rules, .nrules = 2};

static void fill_record(doc_record *r)
{
    memset(r, 0, sizeof *r);
    r->source = xstrdup("dir/a \"quoted\".txt");
    r->title = xstrdup("Soci\xc3\xa9t\xc3\xa9 G\xc3\xa9n\xc3\xa9rale \xe2\x80\x94 a deal");
    r->published = (ymd){2024, 10, 13};
    r->anchor = (ymd){2024, 10, 0};
    r->basis = ANCHOR_DATELINE;
    r->ntimexes = 1;
    r->timexes = xcalloc(1, sizeof *r->timexes);
    r->timexes[0] = (g_timex){.start = 3, .end = 12, .text = xstrdup("last week"), .type = TIMEX_DATE};
    strcpy(r->timexes[0].value, "2024-W40");
    doc_actor a = {.id = "acme", .name = "Acme", .kind = KIND_ORGANIZATION, .mentions = 3};
    doc_actor b = {.id = "bureau", .name = "Bureau", .kind = KIND_GOVERNMENT, .parent = "Gov",
                   .gazetteer = 1};
    record_add_actor(r, &a);
    actor_table_add_alias(record_add_actor(r, &b), "the bureau", 10);
    rec_event *e = VEC_PUSH(r->events, r->nevents, r->capevents);
    *e = (rec_event){.rule = &rules[0], .source = 1, .target = 0, .mod = MOD_HYPOTHETICAL,
                     .start = 40, .end = 90, .sentence = xstrdup("Line\none \\ \"two\"\t\x01.")};
    strcpy(e->date.value, "2024-09");
    strcpy(e->date.text, "September");
    e->date.prec = PREC_MONTH;
    e->date.basis = BASIS_RELATIVE;
    e = VEC_PUSH(r->events, r->nevents, r->capevents);
    *e = (rec_event){.rule = &rules[1], .source = 0, .target = ACTOR_NONE, .sentence = xstrdup("")};
}

static void a_record_survives_a_shard_line(void **state)
{
    (void)state;
    doc_record r, back;
    fill_record(&r);
    strbuf line = {0};
    ev_err err;
    assert_int_equal(shard_format(&r, "0123456789abcdef", &line, &err), 0);
    assert_non_null(memchr(line.s, '\n', line.len));
    assert_ptr_equal(memchr(line.s, '\n', line.len), line.s + line.len - 1); /* one line */
    char fp[FINGERPRINT_LEN + 1];
    assert_int_equal(shard_parse(line.s, line.len - 1, &rs, &back, fp, &err), 0);
    assert_string_equal(fp, "0123456789abcdef");
    assert_string_equal(back.source, r.source);
    assert_string_equal(back.title, r.title);
    assert_null(back.byline);
    assert_int_equal(back.anchor.m, 10);
    assert_int_equal(back.anchor.d, 0);
    assert_int_equal(back.basis, ANCHOR_DATELINE);
    assert_string_equal(back.timexes[0].value, "2024-W40");
    assert_int_equal(back.timexes[0].end, 12);
    assert_int_equal(back.actors.nactors, 2);
    assert_string_equal(back.actors.actors[1].parent, "Gov");
    assert_int_equal(back.actors.actors[1].gazetteer, 1);
    assert_int_equal(back.actors.actors[1].naliases, 1);
    assert_int_equal(back.actors.actors[0].mentions, 3);
    assert_ptr_equal(back.events[0].rule, &rules[0]);
    assert_string_equal(back.events[0].sentence, r.events[0].sentence);
    assert_int_equal(back.events[0].date.prec, PREC_MONTH);
    assert_int_equal(back.events[0].date.basis, BASIS_RELATIVE);
    assert_int_equal(back.events[0].mod, MOD_HYPOTHETICAL);
    assert_true(back.events[1].target == ACTOR_NONE);
    /* and written again, the same line */
    strbuf again = {0};
    assert_int_equal(shard_format(&back, fp, &again, &err), 0);
    assert_string_equal(again.s, line.s);
    sb_free(&again);
    sb_free(&line);
    record_free(&back);
    record_free(&r);
}

static void bad_lines_name_the_field(void **state)
{
    (void)state;
    static const struct {
        const char *line, *msg;
    } cases[] = {
        {"{\"evgraph_shard\": 2}", "$.evgraph_shard: version 2 (this evgraph reads version 1)"},
        {"{}", "$: not an evgraph shard line (no \"evgraph_shard\" version)"},
        {"{\"evgraph_shard\": 1, \"fingerprint\": \"x\", \"document\": 3}",
         "$.document: expected an object"},
        {"{\"evgraph_shard\": 1, \"fingerprint\": \"x\", \"document\": {\"source\": \"s\","
         " \"published\": \"soon\"}}",
         "$.document.published: expected a date YYYY[-MM[-DD]] or null"},
        {"{\"evgraph_shard\": 1, \"evgraph_shard\": 1}", "not JSON"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        doc_record r;
        char fp[FINGERPRINT_LEN + 1];
        ev_err err;
        assert_int_equal(shard_parse(cases[i].line, strlen(cases[i].line), &rs, &r, fp, &err), -1);
        assert_non_null(strstr(err.msg, cases[i].msg));
        assert_null(r.source);
    }
}

static void sha256_gives_the_published_vectors(void **state)
{
    (void)state;
    static const char *const v[][2] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    };
    for (size_t i = 0; i < 3; i++) {
        sha256_ctx c;
        char hex[65];
        sha256_init(&c);
        sha256_update(&c, v[i][0], strlen(v[i][0]));
        sha256_final_hex(&c, hex);
        assert_string_equal(hex, v[i][1]);
    }
    /* a million 'a's, fed in uneven pieces across block boundaries */
    sha256_ctx c;
    char buf[997], hex[65];
    memset(buf, 'a', sizeof buf);
    sha256_init(&c);
    size_t left = 1000000;
    while (left) {
        size_t n = left < sizeof buf ? left : sizeof buf;
        sha256_update(&c, buf, n);
        left -= n;
    }
    sha256_final_hex(&c, hex);
    assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_record_survives_a_shard_line),
        cmocka_unit_test(bad_lines_name_the_field),
        cmocka_unit_test(sha256_gives_the_published_vectors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
