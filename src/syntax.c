/* syntax — the stage itself: tokenise, tag, lemmatise and parse a span of text (or
 * words already tokenised), in pieces of at most SYN_MAX_TOKENS words. */
#include "syntax.h"

#include <ctype.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "syntax_model.h"
#include "syntax_tokenise.h"

#ifndef EVGRAPH_MODEL_PATH
#define EVGRAPH_MODEL_PATH "/usr/local/share/evgraph/en-ud.bin"
#endif

static int is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* A file at `relative` from the program's directory, or NULL. */
static const char *file_near_program(const char *relative)
{
    static char path[4096];
    return util_near_program(relative, 0, path, sizeof path) ? path : NULL;
}

const char *syn_model_default_path(void)
{
    const char *env = getenv("EVGRAPH_MODEL");
    if (env && *env)
        return env;
    if (is_file("models/en-ud.bin"))
        return "models/en-ud.bin";
    const char *near = file_near_program("models/en-ud.bin");
    if (!near) /* a build directory such as build-asan/ beside models/ */
        near = file_near_program("../models/en-ud.bin");
    if (!near)
        near = file_near_program("../share/evgraph/en-ud.bin");
    return near ? near : EVGRAPH_MODEL_PATH;
}

/* Curly quotes read as straight ones: the treebank has few of them. */
static size_t form_for_features(const char *s, size_t n, char *buf, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
            unsigned char d = (unsigned char)s[i + 2];
            if (d == 0x98 || d == 0x99 || d == 0x9C || d == 0x9D) {
                buf[k++] = d <= 0x99 ? '\'' : '"';
                i += 2;
                continue;
            }
        }
        buf[k++] = (char)c;
    }
    return k;
}

typedef struct {
    const syn_model *m;
    syn_wfeat *wf;
    int *tag, *head, *label;
    size_t *lemma_off, *form_off;
    strbuf strings;
} work;

/* Features and tags, piece by piece: a piece's tags do not depend on its parse. */
static void tag_words(work *w, size_t n)
{
    char buf[256];
    for (size_t i = 0; i < n; i++) {
        const char *f = w->strings.s + w->form_off[i];
        size_t k = form_for_features(f, strlen(f), buf, sizeof buf);
        tagger_word_features(buf, k, &w->wf[i]);
    }
    for (size_t first = 0; first < n; first += SYN_MAX_TOKENS) {
        size_t len = n - first < SYN_MAX_TOKENS ? n - first : SYN_MAX_TOKENS;
        tagger_tag(&w->m->tagger, w->wf + first, len, w->tag + first);
    }
}

static int title_word(const char *f)
{
    return isupper((unsigned char)f[0]) && islower((unsigned char)f[1]);
}

/* "sold its unit to Boreal Crest Minerals Inc.": a capitalised word inside running
 * lower-case text that opens a run of capitalised words is the first word of a name,
 * never a finite or bare verb; the treebank, mostly lower-case web text, has too few names
 * after "to" for the tagger to learn that. Participles stay: "Automated Custom Systems
 * Inc." parses well with "Automated" as a modifier. */
static void name_runs_not_verbs(work *w, size_t n)
{
    if (w->m->name_tag < 0)
        return;
    for (size_t i = 1; i + 1 < n; i++) {
        const char *prev = w->strings.s + w->form_off[i - 1];
        const char *f = w->strings.s + w->form_off[i];
        if (title_word(f) && islower((unsigned char)prev[0]) &&
            title_word(w->strings.s + w->form_off[i + 1]) &&
            !strcmp(w->m->upos[w->tag[i]], "VERB") && strcmp(w->m->xpos[w->tag[i]], "VBN") &&
            strcmp(w->m->xpos[w->tag[i]], "VBG"))
            w->tag[i] = w->m->name_tag;
    }
}

static void parse_words(work *w, size_t n)
{
    for (size_t first = 0; first < n; first += SYN_MAX_TOKENS) {
        size_t len = n - first < SYN_MAX_TOKENS ? n - first : SYN_MAX_TOKENS;
        parse_input in = {w->wf + first, w->tag + first, len};
        parse_sentence(&w->m->parser, &in, w->head + first, w->label + first);
        for (size_t i = first; i < first + len; i++)
            if (w->head[i] >= 0)
                w->head[i] += (int)first;
    }
}

static void lemmatise(work *w, size_t n)
{
    char buf[256];
    for (size_t i = 0; i < n; i++) {
        const char *f = w->strings.s + w->form_off[i];
        size_t k = form_for_features(f, strlen(f), buf, sizeof buf);
        w->lemma_off[i] = w->strings.len;
        lemma_apply(&w->m->lemma, buf, k, w->tag[i], w->m->keep_case[w->tag[i]], &w->strings);
        sb_addc(&w->strings, 0);
    }
}

/* Points the tokens at their forms and lemmas in strings. */
static void point_words(const work *w, size_t n, const char *strings, syn_token *tok)
{
    for (size_t i = 0; i < n; i++) {
        tok[i].form = strings + w->form_off[i];
        tok[i].lemma = strings + w->lemma_off[i];
    }
}

/* Tags, lemmatises and (when wanted) parses words whose forms are in w->strings at
 * form_off; returns whether it parsed. An unparsed sentence is left empty. */
static int run_words(work *w, size_t n, syn_gate wanted, const void *ctx, syn_sentence *out)
{
    tag_words(w, n);
    name_runs_not_verbs(w, n);
    lemmatise(w, n);
    point_words(w, n, w->strings.s, out->tok);
    if (wanted && !wanted(out->tok, n, ctx)) {
        syn_sentence_free(out);
        return 0;
    }
    parse_words(w, n);
    out->strings = sb_detach(&w->strings);
    point_words(w, n, out->strings, out->tok);
    for (size_t i = 0; i < n; i++) {
        syn_token *t = &out->tok[i];
        t->upos = w->m->upos[w->tag[i]];
        t->xpos = w->m->xpos[w->tag[i]];
        t->deprel = w->m->labels[w->label[i]];
        t->head = w->head[i];
    }
    return 1;
}

static void work_begin(work *w, const syn_model *m, size_t n, syn_sentence *out)
{
    memset(w, 0, sizeof *w);
    w->m = m;
    size_t k = n ? n : 1;
    w->wf = xmalloc(k * sizeof *w->wf);
    w->tag = xmalloc(k * 3 * sizeof(int));
    w->head = w->tag + k;
    w->label = w->tag + 2 * k;
    w->form_off = xmalloc(k * 2 * sizeof(size_t));
    w->lemma_off = w->form_off + k;
    out->tok = xcalloc(k, sizeof *out->tok);
    out->n = n;
    out->strings = NULL;
}

static void work_end(work *w)
{
    free(w->wf);
    free(w->tag);
    free(w->form_off);
    sb_free(&w->strings);
}

void syn_parse(const syn_model *m, const char *text, size_t start, size_t end,
               syn_sentence *out)
{
    syn_parse_if(m, text, start, end, NULL, NULL, out);
}

int syn_parse_if(const syn_model *m, const char *text, size_t start, size_t end,
                 syn_gate wanted, const void *ctx, syn_sentence *out)
{
    syn_span *sp = NULL;
    size_t n = 0, cap = 0;
    syn_tokenise(text, start, end, &sp, &n, &cap);
    work w;
    work_begin(&w, m, n, out);
    for (size_t i = 0; i < n; i++) {
        w.form_off[i] = w.strings.len;
        sb_add(&w.strings, text + sp[i].start, sp[i].end - sp[i].start);
        sb_addc(&w.strings, 0);
        out->tok[i].start = sp[i].start;
        out->tok[i].end = sp[i].end;
    }
    int parsed = run_words(&w, n, wanted, ctx, out);
    work_end(&w);
    free(sp);
    return parsed;
}

void syn_parse_words(const syn_model *m, const char *const *forms, size_t n,
                     syn_sentence *out)
{
    work w;
    work_begin(&w, m, n, out);
    for (size_t i = 0; i < n; i++) {
        w.form_off[i] = w.strings.len;
        sb_adds(&w.strings, forms[i]);
        sb_addc(&w.strings, 0);
    }
    run_words(&w, n, NULL, NULL, out);
    work_end(&w);
}

void syn_sentence_free(syn_sentence *s)
{
    if (!s)
        return;
    free(s->tok);
    free(s->strings);
    memset(s, 0, sizeof *s);
}
