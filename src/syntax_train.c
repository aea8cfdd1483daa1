/* syntax_train — from treebank sentences to a model file. */
#include "syntax_train.h"

#include <stdlib.h>
#include <string.h>

#include "syntax_lemma.h"
#include "syntax_model.h"
#include "syntax_parser.h"
#include "syntax_tagger.h"

void syn_train_defaults(syn_train_opts *o)
{
    o->tag_iters = 8;
    o->parse_iters = 15;
    o->folds = 5;
    o->seed = 20261206;
    o->parse_min_abs[0] = 2.0f;
    o->nprune = 1;
    o->quiet = 0;
}

/* The treebank as arrays the trainers take, words flattened. */
typedef struct {
    size_t nw, ns;
    syn_wfeat *wf;
    int *gold_tag, *pred_tag, *head, *label;
    size_t *first; /* per sentence: index of its first word */
    char **tags;   /* sorted "UPOS\tPenn" names */
    size_t ntags;
    char **labels; /* sorted relation names */
    size_t nlabels;
} corpus;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted distinct strings, and each item's index among them. */
static void name_table(char **items, size_t n, char ***names, size_t *nnames, int *index)
{
    char **sorted = xmalloc((n ? n : 1) * sizeof *sorted);
    memcpy(sorted, items, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, cmp_str);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (k == 0 || strcmp(sorted[k - 1], sorted[i]) != 0)
            sorted[k++] = sorted[i];
    strmap m = {0};
    for (size_t i = 0; i < k; i++) {
        sorted[i] = xstrdup(sorted[i]);
        strmap_put(&m, sorted[i], i);
    }
    for (size_t i = 0; i < n; i++) {
        size_t v = 0;
        strmap_get(&m, items[i], &v);
        index[i] = (int)v;
    }
    strmap_free(&m);
    *names = sorted;
    *nnames = k;
}

static void corpus_build(const conllu_doc *d, corpus *c)
{
    memset(c, 0, sizeof *c);
    for (size_t s = 0; s < d->n; s++)
        c->nw += d->v[s].n;
    c->ns = d->n;
    c->wf = xcalloc(c->nw + 1, sizeof *c->wf);
    c->gold_tag = xcalloc(c->nw + 1, sizeof(int));
    c->pred_tag = xcalloc(c->nw + 1, sizeof(int));
    c->head = xcalloc(c->nw + 1, sizeof(int));
    c->label = xcalloc(c->nw + 1, sizeof(int));
    c->first = xcalloc(c->ns + 1, sizeof(size_t));
    char **tagnames = xcalloc(c->nw + 1, sizeof *tagnames);
    char **relnames = xcalloc(c->nw + 1, sizeof *relnames);
    size_t k = 0;
    for (size_t s = 0; s < d->n; s++) {
        c->first[s] = k;
        for (size_t i = 0; i < d->v[s].n; i++, k++) {
            const conllu_word *w = &d->v[s].w[i];
            tagger_word_features(w->form, strlen(w->form), &c->wf[k]);
            strbuf t = {0};
            sb_addf(&t, "%s\t%s", w->upos, w->xpos);
            tagnames[k] = sb_detach(&t);
            relnames[k] = (char *)w->deprel;
            c->head[k] = w->head - 1;
        }
    }
    c->first[c->ns] = k;
    name_table(tagnames, c->nw, &c->tags, &c->ntags, c->gold_tag);
    name_table(relnames, c->nw, &c->labels, &c->nlabels, c->label);
    for (size_t i = 0; i < c->nw; i++)
        free(tagnames[i]);
    free(tagnames);
    free(relnames);
}

static void corpus_free(corpus *c)
{
    for (size_t i = 0; i < c->ntags; i++)
        free(c->tags[i]);
    for (size_t i = 0; i < c->nlabels; i++)
        free(c->labels[i]);
    free(c->tags);
    free(c->labels);
    free(c->wf);
    free(c->gold_tag);
    free(c->pred_tag);
    free(c->head);
    free(c->label);
    free(c->first);
}

static tagger_sample *tag_samples(const corpus *c)
{
    tagger_sample *ts = xcalloc(c->ns + 1, sizeof *ts);
    for (size_t s = 0; s < c->ns; s++)
        ts[s] = (tagger_sample){c->wf + c->first[s], c->gold_tag + c->first[s],
                                c->first[s + 1] - c->first[s]};
    return ts;
}

/* Tags the sentences with index % folds == fold with the tagger in sec (mapped from a
 * copy: mapping rewrites the table, and sec may be the model's own section). */
static void tag_with(const strbuf *sec, const corpus *c, int folds, int fold)
{
    syn_tagger t;
    size_t pos = 0;
    char *copy = xmalloc(sec->len);
    memcpy(copy, sec->s, sec->len);
    if (tagger_map(&t, copy, sec->len, &pos) != 0)
        abort(); /* our own bytes: a bug, not an input error */
    for (size_t s = 0; s < c->ns; s++)
        if (folds < 2 || (int)(s % (size_t)folds) == fold)
            tagger_tag(&t, c->wf + c->first[s], c->first[s + 1] - c->first[s],
                       c->pred_tag + c->first[s]);
    tagger_free(&t);
    free(copy);
}

/* The parser's training tags: each fold tagged by a tagger that did not see it, so they
 * are as wrong as tags at run time; the final tagger sees everything. */
static void train_taggers(const corpus *c, const syn_train_opts *o, strbuf *tagger_sec)
{
    tagger_sample *ts = tag_samples(c);
    for (int f = 0; o->folds >= 2 && f < o->folds; f++) {
        strbuf sec = {0};
        tagger_train(ts, c->ns, (int)c->ntags, o->tag_iters, o->seed + (unsigned)f, o->folds, f,
                     &sec);
        tag_with(&sec, c, o->folds, f);
        sb_free(&sec);
        if (!o->quiet)
            fprintf(stderr, "tagger: jackknife fold %d of %d done\n", f + 1, o->folds);
    }
    tagger_train(ts, c->ns, (int)c->ntags, o->tag_iters, o->seed, 1, -1, tagger_sec);
    if (o->folds < 2)
        tag_with(tagger_sec, c, 1, 0);
    free(ts);
}

static void train_lemmas(const corpus *c, const conllu_doc *d, strbuf *out)
{
    lemma_sample *ls = xcalloc(c->nw + 1, sizeof *ls);
    size_t k = 0;
    for (size_t s = 0; s < d->n; s++)
        for (size_t i = 0; i < d->v[s].n; i++, k++)
            ls[k] = (lemma_sample){d->v[s].w[i].form, d->v[s].w[i].lemma, c->gold_tag[k],
                                   !strncmp(c->tags[c->gold_tag[k]], "PROPN\t", 6)};
    lemma_train(ls, k, out);
    free(ls);
}

static void train_parser(const corpus *c, const syn_train_opts *o, strbuf *outs)
{
    int root = 0;
    for (size_t i = 0; i < c->nlabels; i++)
        if (!strcmp(c->labels[i], "root"))
            root = (int)i;
    parse_sample *ps = xcalloc(c->ns + 1, sizeof *ps);
    for (size_t s = 0; s < c->ns; s++) {
        size_t f = c->first[s];
        ps[s] = (parse_sample){{c->wf + f, c->pred_tag + f, c->first[s + 1] - f},
                               c->head + f, c->label + f};
    }
    parser_train(ps, c->ns, (int)c->nlabels, root, o->parse_iters, o->seed,
                 o->parse_min_abs, (size_t)o->nprune, outs);
    free(ps);
}

int syn_train_model(const conllu_doc *train, const syn_train_opts *o, strbuf *out,
                    ev_err *err)
{
    syn_train_opts one = *o;
    one.nprune = 1;
    return syn_train_models(train, &one, out, err);
}

int syn_train_models(const conllu_doc *train, const syn_train_opts *o, strbuf *outs,
                     ev_err *err)
{
    corpus c;
    pc_verbose = !o->quiet;
    corpus_build(train, &c);
    if (o->nprune < 1 || o->nprune > 4 || c.nw == 0 || c.ntags > TAG_MAX_CLASSES || c.nlabels > PARSE_MAX_LABELS) {
        err_set(err, "training data: %zu words, %zu tag classes, %zu relations (limits %d, %d)",
                c.nw, c.ntags, c.nlabels, TAG_MAX_CLASSES, PARSE_MAX_LABELS);
        corpus_free(&c);
        return -1;
    }
    strbuf names = {0}, tagger = {0}, lemma = {0}, parser[4] = {{0}};
    const char **upos = xcalloc(c.ntags, sizeof *upos), **xpos = xcalloc(c.ntags, sizeof *xpos);
    char **split = xcalloc(c.ntags, sizeof *split);
    for (size_t i = 0; i < c.ntags; i++) {
        split[i] = xstrdup(c.tags[i]);
        char *tab = strchr(split[i], '\t');
        *tab = 0;
        upos[i] = split[i];
        xpos[i] = tab + 1;
    }
    model_names(upos, xpos, (int)c.ntags, (const char *const *)c.labels, (int)c.nlabels, &names);
    train_taggers(&c, o, &tagger);
    train_lemmas(&c, train, &lemma);
    train_parser(&c, o, parser);
    for (int k = 0; k < o->nprune; k++)
        model_assemble(&names, &tagger, &lemma, &parser[k], &outs[k]);
    for (size_t i = 0; i < c.ntags; i++)
        free(split[i]);
    free(split);
    free(upos);
    free(xpos);
    sb_free(&names);
    sb_free(&tagger);
    sb_free(&lemma);
    for (int k = 0; k < 4; k++)
        sb_free(&parser[k]);
    corpus_free(&c);
    return 0;
}
