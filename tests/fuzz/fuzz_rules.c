/* libFuzzer target: rules_load on a temporary directory holding the fuzzed bytes as one
 * JSON rule file, beside copies of the repository's events/frames.json and
 * events/modality.json (read once at start-up from events/ or $EVGRAPH_RULES). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rules.h"

static char dir[64];
static char path[128];

static void copy_in(const char *src_dir, const char *name)
{
    char src[1024], dst[256];
    snprintf(src, sizeof src, "%s/%s", src_dir, name);
    snprintf(dst, sizeof dst, "%s/%s", dir, name);
    char *data;
    size_t len;
    ev_err err;
    if (util_read_file(src, 1 << 20, &data, &len, &err) != 0) {
        fprintf(stderr, "fuzz_rules: %s\n", err.msg);
        abort();
    }
    FILE *f = fopen(dst, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0)
        abort();
    free(data);
}

static void cleanup(void)
{
    unlink(path);
    char p[256];
    snprintf(p, sizeof p, "%s/frames.json", dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/modality.json", dir);
    unlink(p);
    rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    snprintf(dir, sizeof dir, "/tmp/evgraph-fuzz-rules-XXXXXX");
    if (!mkdtemp(dir))
        abort();
    const char *src = getenv("EVGRAPH_RULES");
    copy_in(src ? src : "events", "frames.json");
    copy_in(src ? src : "events", "modality.json");
    snprintf(path, sizeof path, "%s/fuzzed.json", dir);
    atexit(cleanup);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    if (fwrite(data, 1, size, f) != size)
        abort();
    fclose(f);
    ev_err err;
    err.msg[0] = '\0';
    ruleset *rs = rules_load(dir, NULL, 0, &err);
    if (rs) {
        for (size_t i = 0; i < rs->nrules; i++)
            (void)rules_find_type(rs, rs->rules[i].type);
        rules_free(rs);
    } else if (!err.msg[0]) {
        abort(); /* a refusal always says why */
    }
    return 0;
}
