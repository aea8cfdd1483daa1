/* merge — collect shard lines, order them by document, and rebuild the graph from them
 * exactly as the single run builds it (graph_add_record in the same order). Lines are
 * kept as text until they are fed, which is smaller than records. */
#include "merge.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "inputs.h"
#include "shard.h"

int merge_add_line(merge_set *s, const ruleset *rs, const char *line, size_t len,
                   char fingerprint[FINGERPRINT_LEN + 1], ev_err *err)
{
    doc_record r;
    if (shard_parse(line, len, rs, &r, fingerprint, err) != 0)
        return -1;
    /* Kept as shard_format writes it, not as given: documents with the same path are
     * ordered by their line, and one record spelled two ways (key order, escapes, a tab
     * after it) must sort the same, or merging a merge would reorder them (fuzz_shard
     * found merge --jsonl twice giving another order). */
    strbuf canon = {0};
    int rc = shard_format(&r, fingerprint, &canon, err);
    if (rc == 0)
        merge_add(s, r.source, canon.s, canon.len - 1); /* without its newline */
    sb_free(&canon);
    record_free(&r);
    return rc;
}

/* Checks one line and keeps it under its document's source path. */
static void add_line(merge_set *s, const ruleset *rs, const char *file, size_t lineno,
                     const char *line, size_t len, char *first_fp, pipeline_stats *stats)
{
    char fp[FINGERPRINT_LEN + 1];
    ev_err err;
    if (merge_add_line(s, rs, line, len, fp, &err) != 0) {
        diag_error("%s:%zu: %s", file, lineno, err.msg);
        stats->failed++;
        return;
    }
    if (!first_fp[0])
        memcpy(first_fp, fp, sizeof fp);
    else if (strcmp(first_fp, fp) != 0)
        s->mixed = 1;
    stats->ok++;
}

/* One line into *line (without its end), at most max bytes: getline alone would take a
 * line of any length into memory (a stream of zeros has no end of line). 1: a line;
 * 0: end of input; -1: the line is longer than max (what was read of it is dropped). */
static int next_line(FILE *f, strbuf *line, size_t max)
{
    line->len = 0;
    int c;
    while ((c = getc_unlocked(f)) != EOF && c != '\n') {
        if (line->len == max)
            return -1;
        sb_addc(line, (char)c);
    }
    return c == EOF && line->len == 0 ? 0 : 1;
}

static void read_stream(merge_set *s, const ruleset *rs, const char *name, FILE *f,
                        char *first_fp, pipeline_stats *stats)
{
    strbuf line = {0};
    size_t lineno = 0;
    int got;
    while ((got = next_line(f, &line, MERGE_MAX_LINE)) > 0) {
        lineno++;
        size_t n = line.len;
        while (n > 0 && line.s[n - 1] == '\r')
            n--;
        size_t i = 0;
        while (i < n && (line.s[i] == ' ' || line.s[i] == '\t'))
            i++;
        if (i < n) /* blank lines (a trailing one) are no documents */
            add_line(s, rs, name, lineno, line.s, n, first_fp, stats);
    }
    if (got < 0) {
        /* past the cap this is no shard: nothing after it is read, so memory stays bounded */
        diag_error("%s:%zu: a line longer than the limit of %zu MB; the rest not read", name,
                   lineno + 1, (size_t)MERGE_MAX_LINE >> 20);
        stats->failed++;
    } else if (ferror(f)) {
        diag_error("%s: read error: %s", name, strerror(errno));
        stats->failed++;
    }
    sb_free(&line);
}

/* Opened as every input is (util_open_input): a FIFO, socket or device named here is
 * refused before it can block or feed bytes forever; "-" and /dev/fd/N are streams. */
static void read_file(merge_set *s, const ruleset *rs, const char *path, char *first_fp,
                      pipeline_stats *stats)
{
    if (strcmp(path, "-") == 0) {
        read_stream(s, rs, "standard input", stdin, first_fp, stats);
        return;
    }
    struct stat st;
    ev_err err;
    int fd = util_open_input(path, &st, &err);
    FILE *f = fd < 0 ? NULL : fdopen(fd, "r");
    if (!f) {
        if (fd >= 0) {
            diag_error("%s: %s", path, strerror(errno));
            close(fd);
        } else {
            diag_error("%s", err.msg);
        }
        stats->failed++;
        return;
    }
    read_stream(s, rs, path, f, first_fp, stats);
    fclose(f);
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
                int follow, pipeline_stats *stats)
{
    char first_fp[FINGERPRINT_LEN + 1] = "";
    input_list files;
    inputs_collect(inputs, ninputs, &inputs_shards, follow, &files, &stats->failed);
    for (size_t i = 0; i < files.n; i++)
        read_file(s, rs, files.v[i].path, first_fp, stats);
    inputs_free(&files);
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
