/* merge — collect shard lines, order them by document, and rebuild the graph from them
 * exactly as the single run builds it (graph_add_record in the same order). Lines are
 * kept as text until they are fed, which is smaller than records. */
#include "merge.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "shard.h"

static int shard_name(const char *name)
{
    return name[0] != '.' && util_has_suffix(name, ".jsonl");
}

/* Checks one line and keeps it under its document's source path. */
static void add_line(merge_set *s, const ruleset *rs, const char *file, size_t lineno,
                     const char *line, size_t len, char *first_fp, pipeline_stats *stats)
{
    doc_record r;
    char fp[FINGERPRINT_LEN + 1];
    ev_err err;
    if (shard_parse(line, len, rs, &r, fp, &err) != 0) {
        diag_error("%s:%zu: %s", file, lineno, err.msg);
        stats->failed++;
        return;
    }
    if (!first_fp[0])
        memcpy(first_fp, fp, sizeof fp);
    else if (strcmp(first_fp, fp) != 0)
        s->mixed = 1;
    merge_add(s, r.source, line, len);
    record_free(&r);
    stats->ok++;
}

static void read_stream(merge_set *s, const ruleset *rs, const char *name, FILE *f,
                        char *first_fp, pipeline_stats *stats)
{
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        size_t i = 0;
        while (i < (size_t)n && (line[i] == ' ' || line[i] == '\t'))
            i++;
        if (i < (size_t)n) /* blank lines (a trailing one) are no documents */
            add_line(s, rs, name, lineno, line, (size_t)n, first_fp, stats);
    }
    if (ferror(f)) {
        diag_error("%s: read error: %s", name, strerror(errno));
        stats->failed++;
    }
    free(line);
}

static void read_file(merge_set *s, const ruleset *rs, const char *path, char *first_fp,
                      pipeline_stats *stats)
{
    if (strcmp(path, "-") == 0) {
        read_stream(s, rs, "standard input", stdin, first_fp, stats);
        return;
    }
    FILE *f = fopen(path, "r");
    if (!f) {
        diag_error("%s: %s", path, strerror(errno));
        stats->failed++;
        return;
    }
    read_stream(s, rs, path, f, first_fp, stats);
    fclose(f);
}

static void read_directory(merge_set *s, const ruleset *rs, const char *dir, char *first_fp,
                           pipeline_stats *stats)
{
    char **names;
    size_t n;
    ev_err err;
    if (util_list_dir(dir, shard_name, &names, &n, &err) != 0) {
        diag_error("%s", err.msg);
        stats->failed++;
        return;
    }
    if (!n)
        diag_warn("%s: no *.jsonl shards in this directory", dir);
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(dir) + strlen(names[i]) + 2;
        char *p = xmalloc(l);
        snprintf(p, l, "%s/%s", dir, names[i]);
        read_file(s, rs, p, first_fp, stats);
        free(p);
        free(names[i]);
    }
    free(names);
}

/* By source path, then by the line: a total order on documents, whatever the shards. */
static int cmp_lines(const void *a, const void *b)
{
    const merge_line *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    size_t n = x->len < y->len ? x->len : y->len;
    c = memcmp(x->line, y->line, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

void merge_add(merge_set *s, const char *key, const char *line, size_t len)
{
    merge_line *m = VEC_PUSH(s->v, s->n, s->cap);
    m->key = xstrdup(key);
    m->line = xstrndup(line, len);
    m->len = len;
}

void merge_sort(merge_set *s)
{
    if (s->n > 1)
        qsort(s->v, s->n, sizeof *s->v, cmp_lines);
}

void merge_read(merge_set *s, const ruleset *rs, char *const *inputs, size_t ninputs,
                pipeline_stats *stats)
{
    static char *const stdin_only[] = {"-"};
    char first_fp[FINGERPRINT_LEN + 1] = "";
    if (!ninputs) {
        inputs = stdin_only;
        ninputs = 1;
    }
    for (size_t i = 0; i < ninputs; i++) {
        struct stat st;
        if (strcmp(inputs[i], "-") != 0 && stat(inputs[i], &st) == 0 && S_ISDIR(st.st_mode))
            read_directory(s, rs, inputs[i], first_fp, stats);
        else
            read_file(s, rs, inputs[i], first_fp, stats);
    }
    merge_sort(s);
    if (s->mixed)
        diag_warn("the shards were made with different rules or options (their fingerprints "
                  "differ): the merge is not what one run would give");
}

void merge_into_graph(const merge_set *s, const ruleset *rs, evgraph *g)
{
    graph_set_rules(g, rs);
    for (size_t i = 0; i < s->n; i++) {
        doc_record r;
        char fp[FINGERPRINT_LEN + 1];
        ev_err err;
        /* every line was parsed once already when it was read */
        if (shard_parse(s->v[i].line, s->v[i].len, rs, &r, fp, &err) == 0) {
            free(r.source);
            r.source = xstrdup(s->v[i].key);
            graph_add_record(g, &r);
            record_free(&r);
        }
    }
    graph_finish(g);
}

int merge_write_shard(const merge_set *s, const ruleset *rs, strbuf *out, ev_err *err)
{
    for (size_t i = 0; i < s->n; i++) {
        doc_record r;
        char fp[FINGERPRINT_LEN + 1];
        if (shard_parse(s->v[i].line, s->v[i].len, rs, &r, fp, err) != 0)
            return -1;
        free(r.source);
        r.source = xstrdup(s->v[i].key);
        int rc = shard_format(&r, fp, out, err);
        record_free(&r);
        if (rc != 0)
            return -1;
    }
    return 0;
}

void merge_set_free(merge_set *s)
{
    for (size_t i = 0; i < s->n; i++) {
        free(s->v[i].key);
        free(s->v[i].line);
    }
    free(s->v);
    memset(s, 0, sizeof *s);
}
