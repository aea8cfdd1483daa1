/* syntax_model — the model file: checksum, checking, mapping, finding, assembling. */
#include "syntax_model.h"

#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

uint64_t model_checksum(const char *p, size_t n)
{
    uint64_t h = 0x6a09e667f3bcc908ULL, w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29;
    }
    for (; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 0x100000001b3ULL;
    return pc_fin(h ^ n);
}

typedef struct {
    char magic[8];
    uint32_t version, pad;
    uint64_t len, sum;
} model_header;

typedef struct {
    uint32_t ntags, nlabels;
    uint64_t bytes;
} names_header;

static void pad8(strbuf *b)
{
    while (b->len % 8)
        sb_addc(b, 0);
}

void model_names(const char *const *upos, const char *const *xpos, int ntags,
                 const char *const *labels, int nlabels, strbuf *out)
{
    strbuf s = {0};
    for (int i = 0; i < ntags; i++) {
        sb_add(&s, upos[i], strlen(upos[i]) + 1);
        sb_add(&s, xpos[i], strlen(xpos[i]) + 1);
    }
    for (int i = 0; i < nlabels; i++)
        sb_add(&s, labels[i], strlen(labels[i]) + 1);
    names_header h = {(uint32_t)ntags, (uint32_t)nlabels, s.len};
    sb_add(out, (const char *)&h, sizeof h);
    sb_add(out, s.s, s.len);
    pad8(out);
    sb_free(&s);
}

void model_assemble(const strbuf *names, const strbuf *tagger, const strbuf *lemma,
                    const strbuf *parser, strbuf *out)
{
    model_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, SYN_MODEL_MAGIC, 8);
    h.version = SYN_MODEL_VERSION;
    sb_add(out, (const char *)&h, sizeof h);
    const strbuf *parts[4] = {names, tagger, lemma, parser};
    for (int i = 0; i < 4; i++) {
        sb_add(out, parts[i]->s, parts[i]->len);
        pad8(out);
    }
    h.len = out->len;
    h.sum = model_checksum(out->s + sizeof h, out->len - sizeof h);
    memcpy(out->s, &h, sizeof h);
}

/* The names: ntags (UPOS, Penn) pairs then nlabels relations, NUL-terminated. m->upos
 * is one allocation holding the UPOS names then the relation names (m->labels points
 * into it); m->xpos is another. */
static int map_names(syn_model *m, size_t *pos)
{
    names_header h;
    if (m->len - *pos < sizeof h)
        return -1;
    memcpy(&h, m->data + *pos, sizeof h);
    *pos += sizeof h;
    if (h.ntags == 0 || h.ntags > TAG_MAX_CLASSES || h.nlabels == 0 ||
        h.nlabels > PARSE_MAX_LABELS || h.bytes > m->len - *pos ||
        (h.bytes && m->data[*pos + h.bytes - 1] != 0))
        return -1;
    m->upos = xcalloc(h.ntags + h.nlabels, sizeof *m->upos);
    m->xpos = xcalloc(h.ntags, sizeof *m->xpos);
    m->labels = m->upos + h.ntags;
    m->keep_case = xcalloc(h.ntags, 1);
    size_t nstr = 2 * (size_t)h.ntags + h.nlabels, k = 0;
    for (const char *p = m->data + *pos, *end = p + h.bytes; p < end && k < nstr;
         p += strlen(p) + 1, k++) {
        if (k < 2 * (size_t)h.ntags && k % 2 == 0)
            m->upos[k / 2] = p;
        else if (k < 2 * (size_t)h.ntags)
            m->xpos[k / 2] = p;
        else
            m->labels[k - 2 * (size_t)h.ntags] = p;
    }
    *pos = (*pos + h.bytes + 7) & ~(size_t)7;
    if (k != nstr)
        return -1;
    m->name_tag = -1;
    for (size_t i = 0; i < h.ntags; i++) {
        m->keep_case[i] = !strcmp(m->upos[i], "PROPN");
        if (m->keep_case[i] && !strcmp(m->xpos[i], "NNP"))
            m->name_tag = (int)i;
    }
    m->ntags = (int)h.ntags;
    m->nlabels = (int)h.nlabels;
    m->punct_label = -1;
    for (int i = 0; i < m->nlabels; i++)
        if (!strcmp(m->labels[i], "punct"))
            m->punct_label = i;
    return 0;
}

static int map_sections(syn_model *m)
{
    size_t pos = sizeof(model_header);
    if (map_names(m, &pos) != 0 || tagger_map(&m->tagger, m->data, m->len, &pos) != 0)
        return -1;
    pos = (pos + 7) & ~(size_t)7;
    if (lemma_map(&m->lemma, m->data, m->len, &pos) != 0)
        return -1;
    pos = (pos + 7) & ~(size_t)7;
    if (parser_map(&m->parser, m->data, m->len, &pos) != 0)
        return -1;
    if (m->tagger.ntags == m->ntags)
        tagger_set_closed(&m->tagger, m->upos, m->xpos, m->ntags);
    return m->tagger.ntags == m->ntags && m->parser.nlabels == m->nlabels ? 0 : -1;
}

syn_model *model_from_memory(const char *name, char *data, size_t len, ev_err *err)
{
    model_header h;
    if (len < sizeof h || memcmp(data, SYN_MODEL_MAGIC, 8) != 0) {
        err_set(err, "%s: not an evgraph syntax model (bad magic)", name);
        free(data);
        return NULL;
    }
    memcpy(&h, data, sizeof h);
    if (h.version != SYN_MODEL_VERSION) {
        err_set(err, "%s: model version %u, this program reads version %d", name,
                h.version, SYN_MODEL_VERSION);
        free(data);
        return NULL;
    }
    if (h.len != len) {
        err_set(err, "%s: model truncated or padded (%zu bytes, header says %llu)", name, len,
                (unsigned long long)h.len);
        free(data);
        return NULL;
    }
    if (model_checksum(data + sizeof h, len - sizeof h) != h.sum) {
        err_set(err, "%s: model corrupt (checksum mismatch)", name);
        free(data);
        return NULL;
    }
    syn_model *m = xcalloc(1, sizeof *m);
    m->data = data;
    m->len = len;
    if (map_sections(m) != 0) {
        err_set(err, "%s: model corrupt (malformed section)", name);
        syn_model_free(m);
        return NULL;
    }
    return m;
}

syn_model *syn_model_load(const char *path, ev_err *err)
{
    /* O_NONBLOCK: opening a FIFO for reading would wait for a writer forever; what is
     * not a regular file is refused on the descriptor before anything is read. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    struct stat st = {0};
    if (fd < 0) {
        err_set(err, "%s: cannot open the syntax model: %s", path, strerror(errno));
        return NULL;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        util_refuse_kind(path, st.st_mode, "the syntax model", err);
        close(fd);
        return NULL;
    }
    if ((size_t)st.st_size > SYN_MODEL_MAX_BYTES) {
        err_set(err, "%s: not a model file (over the limit of %zu MB)", path,
                SYN_MODEL_MAX_BYTES >> 20);
        close(fd);
        return NULL;
    }
    size_t len = (size_t)st.st_size, got = 0;
    char *data = util_alloc_huge(len);
    while (got < len) {
        ssize_t r = read(fd, data + got, len - got);
        if (r <= 0) {
            err_set(err, "%s: read error: %s", path, r < 0 ? strerror(errno) : "short read");
            close(fd);
            free(data);
            return NULL;
        }
        got += (size_t)r;
    }
    close(fd);
    return model_from_memory(path, data, len, err);
}

void syn_model_free(syn_model *m)
{
    if (!m)
        return;
    free(m->upos);
    free(m->xpos);
    free(m->keep_case);
    tagger_free(&m->tagger);
    parser_free(&m->parser);
    free(m->data);
    free(m);
}

unsigned long long syn_model_id(const syn_model *m)
{
    uint64_t sum = 0;
    if (m && m->len >= sizeof(model_header))
        memcpy(&sum, m->data + offsetof(model_header, sum), sizeof sum);
    return (unsigned long long)sum;
}
