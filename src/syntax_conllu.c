/* syntax_conllu — reading CoNLL-U. */
#include "syntax_conllu.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Sentences refer to their words by index while the arrays still grow. */
typedef struct {
    size_t w0, c0, m0;
} sent_marks;

static int parse_id(const char *s, long *out)
{
    if (*s < '0' || *s > '9')
        return -1;
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (*end || errno || v > INT_MAX)
        return -1;
    *out = v;
    return 0;
}

static int split_cols(char *line, char **col)
{
    int n = 0;
    col[n++] = line;
    for (char *p = line; *p; p++)
        if (*p == '\t') {
            *p = 0;
            if (n == 10)
                return -1;
            col[n++] = p + 1;
        }
    return n == 10 ? 0 : -1;
}

/* A gold tree: every head in range and every word reaches the root. */
static int check_tree(const conllu_word *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (w[i].head < 0 || (size_t)w[i].head > n || !strcmp(w[i].deprel, "_"))
            return -1;
    }
    for (size_t i = 0; i < n; i++) {
        size_t steps = 0;
        for (int h = w[i].head; h != 0; h = w[h - 1].head)
            if (++steps > n)
                return -1;
    }
    return 0;
}

typedef struct {
    conllu_doc *d;
    const char *name;
    int strict;
    size_t lineno;
    sent_marks cur;
    sent_marks *marks;
    size_t nmarks, capmarks;
    ev_err *err;
} reader;

static int end_sentence(reader *r)
{
    conllu_doc *d = r->d;
    size_t nw = d->nwords - r->cur.w0;
    if (nw == 0) {
        d->nlines = r->cur.c0; /* comments of an empty block are dropped */
        d->nmwts = r->cur.m0;
        return 0;
    }
    if (r->strict && check_tree(d->words + r->cur.w0, nw) != 0) {
        err_set(r->err, "%s:%zu: the sentence ending here is not a dependency tree", r->name,
                r->lineno);
        return -1;
    }
    *VEC_PUSH(r->marks, r->nmarks, r->capmarks) = r->cur;
    conllu_sent *s = VEC_PUSH(d->v, d->n, d->cap);
    memset(s, 0, sizeof *s);
    s->n = nw;
    s->ncomments = d->nlines - r->cur.c0;
    s->nmwt = d->nmwts - r->cur.m0;
    r->cur = (sent_marks){d->nwords, d->nlines, d->nmwts};
    return 0;
}

static int add_word(reader *r, char **col)
{
    conllu_doc *d = r->d;
    long id, head = -1;
    if (strchr(col[0], '.'))
        return 0; /* empty node */
    if (strchr(col[0], '-')) {
        conllu_mwt *m = VEC_PUSH(d->mwts, d->nmwts, d->capmwts);
        m->line = col[0];
        m->before = d->nwords - r->cur.w0;
        return 1; /* the caller restores the tabs */
    }
    size_t nw = d->nwords - r->cur.w0;
    if (parse_id(col[0], &id) != 0 || (size_t)id != nw + 1) {
        err_set(r->err, "%s:%zu: word id '%s' out of sequence (expected %zu)", r->name,
                r->lineno, col[0], nw + 1);
        return -1;
    }
    if (!*col[1]) {
        err_set(r->err, "%s:%zu: empty word form", r->name, r->lineno);
        return -1;
    }
    if (strcmp(col[6], "_") != 0 && parse_id(col[6], &head) != 0) {
        err_set(r->err, "%s:%zu: head '%s' is not a number", r->name, r->lineno, col[6]);
        return -1;
    }
    conllu_word *w = VEC_PUSH(d->words, d->nwords, d->capwords);
    *w = (conllu_word){col[1], col[2], col[3], col[4], col[5], col[7], col[9], (int)head};
    return 0;
}

static int read_line(reader *r, char *line)
{
    size_t len = strlen(line);
    if (len && line[len - 1] == '\r')
        line[--len] = 0;
    if (len == 0)
        return end_sentence(r);
    if (line[0] == '#') {
        *VEC_PUSH(r->d->lines, r->d->nlines, r->d->caplines) = line;
        return 0;
    }
    char *col[10];
    if (split_cols(line, col) != 0) {
        err_set(r->err, "%s:%zu: a word line needs 10 tab-separated columns", r->name,
                r->lineno);
        return -1;
    }
    int rc = add_word(r, col);
    if (rc == 1) { /* a multi-word token line is printed back whole */
        for (int i = 1; i < 10; i++)
            col[i][-1] = '\t';
        rc = 0;
    }
    return rc;
}

/* A file without comments or multi-word tokens never allocates those arrays: a NULL
 * base plus an offset is undefined behaviour even when the offset is 0 (UBSan, found by
 * fuzz_syntax), so an empty array stays NULL. */
static void link_sentences(conllu_doc *d, const sent_marks *marks)
{
    for (size_t i = 0; i < d->n; i++) {
        d->v[i].w = d->words ? d->words + marks[i].w0 : NULL;
        d->v[i].comments = d->lines ? d->lines + marks[i].c0 : NULL;
        d->v[i].mwt = d->mwts ? d->mwts + marks[i].m0 : NULL;
    }
}

int conllu_parse(const char *name, const char *data, size_t len, int strict, conllu_doc *out,
                 ev_err *err)
{
    memset(out, 0, sizeof *out);
    out->buf = xmalloc(len + 1);
    memcpy(out->buf, data, len);
    out->buf[len] = 0;
    if (memchr(out->buf, 0, len)) {
        err_set(err, "%s: not a CoNLL-U text file (NUL byte)", name);
        conllu_free(out);
        return -1;
    }
    reader r = {out, name, strict, 0, {0, 0, 0}, NULL, 0, 0, err};
    char *p = out->buf;
    int rc = 0;
    while (rc == 0 && *p) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = 0;
        r.lineno++;
        rc = read_line(&r, p);
        p = nl ? nl + 1 : p + strlen(p);
    }
    if (rc == 0)
        rc = end_sentence(&r);
    if (rc == 0)
        link_sentences(out, r.marks);
    free(r.marks);
    if (rc != 0)
        conllu_free(out);
    return rc;
}

int conllu_read(const char *path, int strict, conllu_doc *out, ev_err *err)
{
    char *data;
    size_t len;
    memset(out, 0, sizeof *out);
    if (util_read_file(path, (size_t)1 << 30, &data, &len, err) != 0)
        return -1;
    int rc = conllu_parse(path, data, len, strict, out, err);
    free(data);
    return rc;
}

int conllu_read_list(const char *dir, const char *list, conllu_doc *out, ev_err *err)
{
    char *names;
    size_t len;
    memset(out, 0, sizeof *out);
    if (util_read_file(list, (size_t)1 << 20, &names, &len, err) != 0)
        return -1;
    strbuf all = {0};
    int rc = 0;
    for (char *line = strtok(names, "\n"); line && rc == 0; line = strtok(NULL, "\n")) {
        char *data, *path;
        size_t n;
        strbuf pb = {0};
        sb_addf(&pb, "%s/%s", dir, line);
        path = sb_detach(&pb);
        rc = util_read_file(path, (size_t)1 << 30, &data, &n, err);
        if (rc == 0) {
            sb_add(&all, data, n);
            sb_adds(&all, "\n\n");
            free(data);
        }
        free(path);
    }
    free(names);
    if (rc == 0)
        rc = conllu_parse(list, all.s ? all.s : "", all.len, 1, out, err);
    sb_free(&all);
    return rc;
}

void conllu_free(conllu_doc *d)
{
    free(d->v);
    free(d->buf);
    free(d->words);
    free(d->lines);
    free(d->mwts);
    memset(d, 0, sizeof *d);
}
