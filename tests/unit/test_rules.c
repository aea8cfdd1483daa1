/* Unit tests: rules loading — the shipped rules load, and each kind of bad rule file is
 * refused with a message naming the file and the JSON path. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "rules.h"

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
    load_with("h.json", "{\"evnt\": {}}", "$.evnt", "unknown member");
    load_with("i.json", "{\"event\": {\"type\": \"x\", \"cameo\": \"1\", \"verb\": \"v\"}}",
              "could never match", NULL);
}

static void missing_directory_is_reported(void **state)
{
    (void)state;
    ev_err err;
    assert_null(rules_load("/nonexistent/rules", NULL, 0, &err));
    assert_non_null(strstr(err.msg, "/nonexistent/rules"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(shipped_rules_load),
        cmocka_unit_test(bad_files_are_named_with_json_path),
        cmocka_unit_test(missing_directory_is_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
