/* libFuzzer target: the JSON Lines shard reader as `evgraph merge` runs it. The input is
 * split into lines; each goes through merge_add_line (shard_parse, then kept in canonical
 * form) into a merge set, which is sorted, merged into a graph and rendered (JSON
 * contract, text timeline) and written out again as one shard. Checks: a refusal always says why; the written shard parses
 * back line by line and, written again, gives the same bytes (merge --jsonl is a fixed
 * point, which associativity of merges relies on). Rules are loaded once from events/
 * (run from the repository root, or set EVGRAPH_RULES): shard events name rule types. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph.h"
#include "merge.h"
#include "render.h"
#include "rules.h"

#include "fuzz_ruleset.h"

static ruleset *rs;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    rs = fuzz_ruleset_load("fuzz_shard");
    return 0;
}

/* Every line of data that is a shard record goes into s, as merge_read keeps them. */
static void read_lines(merge_set *s, const char *data, size_t size)
{
    for (size_t at = 0; at < size;) {
        const char *nl = memchr(data + at, '\n', size - at);
        size_t len = nl ? (size_t)(nl - (data + at)) : size - at;
        char fp[FINGERPRINT_LEN + 1];
        ev_err err;
        err.msg[0] = '\0';
        if (merge_add_line(s, rs, data + at, len, fp, &err) == 0) {
            if (memchr(fp, '\0', sizeof fp) == NULL)
                abort();
        } else if (!err.msg[0]) {
            abort(); /* a refusal always says why */
        }
        at += len + 1;
    }
}

/* The merged shard, written again from its own lines, is the same bytes. */
static void check_fixed_point(const strbuf *once)
{
    merge_set again = {0};
    read_lines(&again, once->s ? once->s : "", once->len);
    merge_sort(&again);
    strbuf twice = {0};
    ev_err err;
    if (merge_write_shard(&again, rs, &twice, &err) != 0 || twice.len != once->len ||
        (once->len && memcmp(twice.s, once->s, once->len) != 0))
        abort();
    sb_free(&twice);
    merge_set_free(&again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    merge_set s = {0};
    read_lines(&s, (const char *)data, size);
    merge_sort(&s);

    evgraph g;
    graph_begin(&g);
    merge_into_graph(&s, rs, &g);
    strbuf out = {0};
    ev_err err;
    render_opts ro = {0};
    ro.verbose = 1;
    ro.rules = rs;
    if (render_json(&g, &out, &err) != 0 || render_timeline_text(&g, &ro, &out, &err) != 0)
        abort();
    sb_free(&out);
    graph_free(&g);

    strbuf shard = {0};
    if (merge_write_shard(&s, rs, &shard, &err) != 0)
        abort(); /* every line in s parsed once already */
    check_fixed_point(&shard);
    sb_free(&shard);
    merge_set_free(&s);
    return 0;
}
