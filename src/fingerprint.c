/* fingerprint — a digest of everything an extraction depends on besides the article.
 * Files count by base name and content, so the same rules installed under another
 * prefix give the same fingerprint; the parser's model counts by its checksum. */
#include "fingerprint.h"

#include <string.h>

#include "sha256.h"

static void add_str(sha256_ctx *c, const char *s)
{
    sha256_update(c, s, strlen(s) + 1); /* with the NUL: "ab","c" differs from "a","bc" */
}

int fingerprint_extraction(const ruleset *rs, const pipeline_opts *o,
                           char out[FINGERPRINT_LEN + 1], ev_err *err)
{
    sha256_ctx c;
    sha256_init(&c);
    add_str(&c, "evgraph " EVGRAPH_VERSION);
    char opts[64];
    snprintf(opts, sizeof opts, "anchor %d-%d-%d order %d", o->anchor.y, o->anchor.m,
             o->anchor.d, (int)o->order);
    add_str(&c, opts);
    snprintf(opts, sizeof opts, "model %llx", syn_model_id(o->model));
    add_str(&c, opts);
    for (size_t i = 0; i < rs->nfiles; i++) {
        char *data;
        size_t len;
        if (util_read_file(rs->files[i], RULES_FILE_MAX_BYTES, &data, &len, err) != 0)
            return -1;
        const char *base = strrchr(rs->files[i], '/');
        add_str(&c, base ? base + 1 : rs->files[i]);
        sha256_update(&c, data, len);
        free(data);
    }
    char hex[65];
    sha256_final_hex(&c, hex);
    memcpy(out, hex, FINGERPRINT_LEN);
    out[FINGERPRINT_LEN] = 0;
    return 0;
}
