/* Unit tests: rules loading — the shipped rules load with the flags they declare, a new
 * type takes its flags from its file, and each kind of bad rule file is refused with a
 * message naming the file and the JSON path. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "rules.h"
#include "rules_syntax.h"

static void shipped_rules_load(void **state)
{
    (void)state;
    ev_err err;
    ruleset *rs = rules_load("events", NULL, 0, &err);
    assert_non_null(rs);
    const char *core[] = {"blacklisting", "delisting", "acquisition_talks",
                          "acquisition_talks_ended", "acquisition", "government_objection",
                          "regulatory_review", "media_report"};
    for (size_t i = 0; i < 8; i++) {
        const event_rule *r = rules_find_type(rs, core[i]);
        assert_non_null(r);
        assert_true(r->npatterns > 0);
    }
    assert_true(rs->nactors > 50);
    rules_free(rs);
}

/* Builds a rule directory from the shipped frames and modality plus one file. */
static void load_with(const char *name, const char *content, const char *want1,
                      const char *want2)
{
    char dir[] = "/tmp/evgraph-rules-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cp events/frames.json events/modality.json %s/", dir);
    assert_int_equal(system(cmd), 0);
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(content, f);
    fclose(f);
    ev_err err;
    ruleset *rs = rules_load(dir, NULL, 0, &err);
    if (rs)
        fail_msg("loaded a bad rule file: %s", content);
    if (!strstr(err.msg, name) || !strstr(err.msg, want1) || (want2 && !strstr(err.msg, want2)))
        fail_msg("message \"%s\" lacks \"%s\" / \"%s\"", err.msg, want1, want2 ? want2 : "");
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

static void bad_files_are_named_with_json_path(void **state)
{
    (void)state;
    load_with("a.json", "{\"event\": {\"type\": \"x\"", "not valid JSON", NULL);
    load_with("b.json", "[1, 2]", "$: should be an object", NULL);
    load_with("c.json", "{\"event\": {\"type\": \"x\", \"cameo\": \"1\", \"verb\": \"v\", "
                        "\"triggers\": {\"active\": [\"ok\", 7]}}}",
              "$.event.triggers.active[1]", "should be a string");
    load_with("d.json", "{\"event\": {\"type\": \"x\", \"cameo\": \"1\", \"verb\": \"v\", "
                        "\"triggers\": {\"active\": [\"(unclosed\"]}}}",
              "bad regular expression", "event x");
    load_with("e.json", "{\"event\": {\"type\": \"x\", \"cameo\": \"1\", \"verb\": \"v\", "
                        "\"patterns\": [\"{SRC} {NOPE} {TGT}\"]}}",
              "unknown macro {NOPE}", "$.event.patterns[0]");
    load_with("f.json", "{\"event\": {\"type\": \"x\", \"verb\": \"v\"}}", "$.event.cameo",
              "missing");
    load_with("g.json", "{\"actors\": [{\"name\": \"Acme\", \"kind\": \"company\"}]}",
              "$.actors[0].kind", "unknown actor kind");
    load_with("g2.json", "{\"actors\": [{\"name\": \"Acme\", \"kind\": \"organization\", "
                         "\"aliases\": [\"Acme Co\", 3]}]}",
              "$.actors[0].aliases[1]", "should be a string");
    load_with("g3.json", "{\"actors\": [{\"name\": \"Acme\", \"kind\": \"organization\", "
                         "\"aliases\": [\"Acme Co\"], \"descriptors\": [\"firm\", false]}]}",
              "$.actors[0].descriptors[1]", "should be a string");
    load_with("g4.json", "{\"actors\": [{\"name\": \"Acme\", \"kind\": \"organization\", "
                         "\"id\": 7}]}",
              "$.actors[0].id", "should be a string");
    load_with("g5.json", "{\"descriptors\": [{\"word\": \"firm\", \"kinds\": [\"organization\", 2]}]}",
              "$.descriptors[0].kinds[1]", "should be a string");
    load_with("g6.json", "{\"org_suffixes\": [\"Inc\", null]}", "$.org_suffixes[1]",
              "should be a string");
    load_with("h.json", "{\"evnt\": {}}", "$.evnt", "unknown member");
    load_with("i.json", "{\"event\": {\"type\": \"x\", \"cameo\": \"1\", \"verb\": \"v\"}}",
              "could never match", NULL);
}

#define EVENT_X "{\"event\": {\"type\": \"x\", \"cameo\": \"1\", \"verb\": \"v\", " \
                "\"triggers\": {\"active\": [\"embargoe[sd]\"]}, "

/* The flags of document-level behaviour: each malformed or dangling one is named. */
static void bad_flags_are_named_with_json_path(void **state)
{
    (void)state;
    load_with("j.json", EVENT_X "\"listing\": \"yes\"}}", "$.event.listing",
              "should be true or false");
    load_with("k.json", EVENT_X "\"listng\": true}}", "$.event.listng", "unknown member");
    load_with("l.json", EVENT_X "\"speech\": \"shout\"}}", "$.event.speech",
              "not reaction or report");
    load_with("m.json", EVENT_X "\"regulator_blocks_as\": \"review\"}}",
              "$.event.regulator_blocks_as", "no event type \"review\"");
    load_with("n.json", EVENT_X "\"suppressed_by\": [\"x\", \"talks\"]}}",
              "$.event.suppressed_by[1]", "no event type \"talks\"");
    load_with("o.json", EVENT_X "\"ends_deal\": true}}", "$.event.ends_deal",
              "needs \"deal\": true");
    load_with("p.json", EVENT_X "\"deal\": true, \"void_if_ended\": 1}}",
              "$.event.void_if_ended", "should be true or false");
    load_with("q.json", EVENT_X "\"targets_listing_author\": true}}",
              "$.event.targets_listing_author", "target_from_deal");
}

/* A type no code knows takes every flag from its file, and may name itself. */
static void new_type_takes_its_flags(void **state)
{
    (void)state;
    char dir[] = "/tmp/evgraph-rules-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cp events/frames.json events/modality.json %s/", dir);
    assert_int_equal(system(cmd), 0);
    char path[256];
    snprintf(path, sizeof path, "%s/export_ban.json", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(EVENT_X "\"listing\": true, \"agentless\": true, \"speech\": \"reaction\", "
          "\"regulator_blocks_as\": \"x\", \"suppressed_by\": [\"x\"], \"deal\": true, "
          "\"ends_deal\": true}}",
          f);
    fclose(f);
    ev_err err;
    ruleset *rs = rules_load(dir, NULL, 0, &err);
    if (!rs)
        fail_msg("%s", err.msg);
    const event_rule *r = rules_find_type(rs, "x");
    assert_non_null(r);
    assert_true(r->listing && r->agentless && r->deal && r->ends_deal && r->has_target);
    assert_false(r->void_if_ended || r->office_holders || r->asserted_wins ||
                 r->targets_listing_author || r->target_from_deal);
    assert_int_equal(r->speech, SPEECH_REACTION);
    assert_ptr_equal(r->regulator_blocks_as, r);
    assert_int_equal(r->nsuppressed_by, 1);
    assert_ptr_equal(r->suppressed_by[0], r);
    rules_free(rs);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

/* What the shipped types declare (events/README.md): the behaviour the code once tied to
 * their names. */
static void shipped_flags(void **state)
{
    (void)state;
    ev_err err;
    ruleset *rs = rules_load("events", NULL, 0, &err);
    assert_non_null(rs);
    const event_rule *bl = rules_find_type(rs, "blacklisting"),
                     *dl = rules_find_type(rs, "delisting"),
                     *rv = rules_find_type(rs, "regulatory_review"),
                     *ob = rules_find_type(rs, "government_objection"),
                     *mr = rules_find_type(rs, "media_report"),
                     *aq = rules_find_type(rs, "acquisition"),
                     *at = rules_find_type(rs, "acquisition_talks"),
                     *ae = rules_find_type(rs, "acquisition_talks_ended");
    assert_true(bl->listing && dl->listing);
    assert_false(rv->listing || ob->listing || aq->listing);
    assert_true(bl->agentless && dl->agentless && rv->agentless);
    assert_false(ob->agentless || aq->agentless || mr->agentless);
    assert_int_equal(ob->speech, SPEECH_REACTION);
    assert_int_equal(mr->speech, SPEECH_REPORT);
    assert_int_equal(bl->speech, SPEECH_NONE);
    assert_true(ob->office_holders && ob->targets_listing_author);
    assert_false(rv->office_holders || rv->targets_listing_author);
    assert_ptr_equal(ob->regulator_blocks_as, rv);
    assert_null(rv->regulator_blocks_as);
    assert_true(ob->asserted_wins && rv->asserted_wins);
    assert_false(bl->asserted_wins || aq->asserted_wins);
    assert_true(ae->ends_deal && aq->void_if_ended);
    assert_false(aq->ends_deal || at->ends_deal || at->void_if_ended || ae->void_if_ended);
    assert_int_equal(at->nsuppressed_by, 2);
    assert_ptr_equal(at->suppressed_by[0], ae);
    assert_ptr_equal(at->suppressed_by[1], aq);
    rules_free(rs);
}

static void missing_directory_is_reported(void **state)
{
    (void)state;
    ev_err err;
    assert_null(rules_load("/nonexistent/rules", NULL, 0, &err));
    assert_non_null(strstr(err.msg, "/nonexistent/rules"));
}

/* Macros that fan out (each using the one before 16 times, eight deep) stop at the
 * expanded-size cap, quickly, with the macro named. */
static void macro_fan_out_is_capped(void **state)
{
    (void)state;
    strbuf b = {0};
    sb_adds(&b, "{\"macros\": {\"B0\": \"(?:ab|cd)\"");
    for (int i = 1; i <= 8; i++) {
        sb_addf(&b, ", \"B%d\": \"", i);
        for (int k = 0; k < 16; k++)
            sb_addf(&b, "{B%d}", i - 1);
        sb_adds(&b, "\"");
    }
    sb_adds(&b, "}, \"event\": {\"type\": \"bomb\", \"cameo\": \"1\", \"verb\": \"v\", "
                "\"patterns\": [\"{SRC} {B8} {TGT}\"]}}");
    load_with("bomb.json", b.s, "macro {B8}", "expands to over 256 KB");
    sb_free(&b);
}

/* Above RULES_EAGER_MAX types, a type's framed patterns are compiled when first asked
 * for with its trigger present, and not before. */
static void many_types_compile_on_first_need(void **state)
{
    (void)state;
    char dir[] = "/tmp/evgraph-rules-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cp events/frames.json events/modality.json %s/", dir);
    assert_int_equal(system(cmd), 0);
    for (int i = 0; i <= RULES_EAGER_MAX; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/t%04d.json", dir, i);
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fprintf(f, "{\"event\": {\"type\": \"t%04d\", \"cameo\": \"1\", \"verb\": \"v\", "
                   "\"triggers\": {\"active\": [\"zq%04d\"], \"noun\": [\"zq%04ding\"]}}}", i, i, i);
        fclose(f);
    }
    ev_err err;
    ruleset *rs = rules_load(dir, NULL, 0, &err);
    assert_non_null(rs);
    const event_rule *r = rules_find_type(rs, "t0007");
    assert_non_null(r);
    assert_int_equal(r->npatterns, 0);
    const rule_pattern *p;
    assert_int_equal(rules_patterns(rs, r, 0, &p), 0);
    size_t n = rules_patterns(rs, r, 1, &p);
    assert_true(n > 0);
    assert_int_equal(rules_patterns(rs, r, 0, &p), n); /* compiled once, kept */
    assert_true(p[0].framed);
    rules_free(rs);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

/* The "syntax" member and the lexicon: each mistake named by file and JSON path. */
static void bad_syntax_wordings_are_named(void **state)
{
    (void)state;
#define EV "{\"event\": {\"type\": \"x\", \"cameo\": \"1\", \"verb\": \"v\", \"syntax\": "
    load_with("s1.json", EV "{\"triggers\": [{\"verbs\": [\"sue\"], \"source\": \"agent\", "
                           "\"target\": \"two words\"}]}}}",
              "$.event.syntax.triggers[0].target[0]", "not a role");
    load_with("s2.json", EV "{\"triggers\": [{\"verbs\": [\"sue\"]}]}}}",
              "$.event.syntax.triggers[0].source", "missing");
    load_with("s3.json", EV "{\"triggers\": [{\"verbs\": [\"sue\"], \"nouns\": [\"suit\"], "
                           "\"source\": \"agent\"}]}}}",
              "$.event.syntax.triggers[0]", "either \"verbs\" or \"nouns\"");
    load_with("s4.json", EV "{\"triggers\": [{\"verbs\": [\"sue\"], \"source\": \"agent\"}], "
                           "\"under\": {\"no_such_type\": [\"plan\"]}}}}",
              "$.event.syntax.under.no_such_type", "no event type");
    load_with("s5.json", EV "{\"triggers\": [{\"verbs\": [\"sue\"], \"source\": \"agent\", "
                           "\"wiht\": {}}]}}}",
              "$.event.syntax.triggers[0].wiht", "unknown member");
    load_with("s6.json", EV "{\"triggers\": [{\"verbs\": [\"sue\"], \"source\": \"a>b>c\"}]}}}",
              "$.event.syntax.triggers[0].source[0]", "not a role");
    /* a bad role after good ones (the roles read so far are freed once) */
    load_with("s8.json", EV "{\"triggers\": [{\"verbs\": [\"sue\"], \"source\": \"agent\", "
                           "\"target\": [\"patient\", \"of\", \"a>b>c\"]}]}}}",
              "$.event.syntax.triggers[0].target[2]", "not a role");
    load_with("s9.json", EV "{\"triggers\": [{\"verbs\": [\"sue\"], \"source\": \"agent\", "
                           "\"without\": {\"over\": []}}]}}}",
              "$.event.syntax.triggers[0].without.over", "array of lemmas");
    load_with("s10.json", EV "{\"triggers\": [{\"verbs\": [\"sue\"], \"source\": \"agent\", "
                            "\"with\": {\"over||about\": [\"sale\"]}}]}}}",
              "$.event.syntax.triggers[0].with.over||about", "joined by '|'");
    /* "predicate" reads words after the object, not one dependent: it stands alone */
    load_with("s11.json", EV "{\"triggers\": [{\"verbs\": [\"call\"], \"source\": \"agent\", "
                            "\"with\": {\"for|predicate\": [\"illegal\"]}}]}}}",
              "$.event.syntax.triggers[0].with.for|predicate", "\"predicate\" or prepositions");
    load_with("s7.json", "{\"lexicon\": {\"negation\": [\"not\", 3]}}", "$.lexicon.negation[1]",
              "should be a string");
#undef EV
}

/* A type told only over the parse needs no patterns, and its words are indexed. */
static void syntax_only_type_loads(void **state)
{
    (void)state;
    char dir[] = "/tmp/evgraph-rules-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cp events/frames.json events/modality.json %s/", dir);
    assert_int_equal(system(cmd), 0);
    char path[256];
    snprintf(path, sizeof path, "%s/lawsuit.json", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("{\"event\": {\"type\": \"lawsuit_filed\", \"cameo\": \"115\", \"verb\": \"sues\", "
          "\"syntax\": {\"triggers\": [{\"verbs\": [\"sue\"], \"source\": \"agent\", "
          "\"target\": \"patient\"}, {\"nouns\": [\"lawsuit\"], \"source\": [\"poss\", "
          "\"support\"], \"target\": [\"against\"]}]}}}",
          f);
    fclose(f);
    ev_err err;
    ruleset *rs = rules_load(dir, NULL, 0, &err);
    if (!rs)
        fail_msg("%s", err.msg);
    size_t n;
    const syn_entry *e = rules_syntax_lookup(rs, "sue", &n);
    assert_int_equal(n, 1);
    assert_string_equal(e->rule->type, "lawsuit_filed");
    assert_int_equal(e->trig->target[0].kind, ROLE_PATIENT);
    e = rules_syntax_lookup(rs, "lawsuit", &n);
    assert_int_equal(n, 1);
    assert_int_equal(e->trig->target[0].kind, ROLE_PREP);
    assert_string_equal(e->trig->target[0].prep, "against");
    rules_free(rs);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(macro_fan_out_is_capped),
        cmocka_unit_test(many_types_compile_on_first_need),
        cmocka_unit_test(shipped_rules_load),
        cmocka_unit_test(bad_files_are_named_with_json_path),
        cmocka_unit_test(bad_syntax_wordings_are_named),
        cmocka_unit_test(syntax_only_type_loads),
        cmocka_unit_test(missing_directory_is_reported),
        cmocka_unit_test(bad_flags_are_named_with_json_path),
        cmocka_unit_test(new_type_takes_its_flags),
        cmocka_unit_test(shipped_flags),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
