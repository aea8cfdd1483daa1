/* bench_syntax MODEL CONLLU — model load time (best of 5) and tag + parse throughput on
 * one core: the words of every sentence of CONLLU (gold tokenisation) through
 * syn_parse_words, and the raw "# text =" lines through syn_parse (tokeniser included),
 * repeated for at least two CPU seconds each. Times are CPU time of the process (one
 * thread), so a busy machine does not skew them; the load includes reading the file. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "syntax.h"
#include "syntax_conllu.h"

/* CPU time of this process: on a shared machine wall time measures the neighbours. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double load_ms(const char *path)
{
    double best = 1e9;
    for (int i = 0; i < 5; i++) {
        ev_err err;
        double t0 = now();
        syn_model *m = syn_model_load(path, &err);
        double dt = (now() - t0) * 1000;
        if (!m) {
            fprintf(stderr, "bench_syntax: %s\n", err.msg);
            return -1;
        }
        syn_model_free(m);
        best = dt < best ? dt : best;
    }
    return best;
}

static void run_words(const syn_model *m, const conllu_doc *d)
{
    const char *forms[1024];
    size_t sents = 0, words = 0;
    double t0 = now();
    while (now() - t0 < 2.0) {
        for (size_t k = 0; k < d->n; k++) {
            size_t n = d->v[k].n < 1024 ? d->v[k].n : 1024;
            for (size_t i = 0; i < n; i++)
                forms[i] = d->v[k].w[i].form;
            syn_sentence s;
            syn_parse_words(m, forms, n, &s);
            syn_sentence_free(&s);
            sents++;
            words += n;
        }
    }
    double dt = now() - t0;
    printf("syntax: tag + lemma + parse (gold words): %.0f sentences/s, %.0f words/s (CPU)\n",
           sents / dt, words / dt);
}

static void run_text(const syn_model *m, const conllu_doc *d)
{
    size_t sents = 0;
    double t0 = now();
    while (now() - t0 < 2.0) {
        for (size_t k = 0; k < d->n; k++) {
            for (size_t c = 0; c < d->v[k].ncomments; c++) {
                const char *line = d->v[k].comments[c];
                if (strncmp(line, "# text = ", 9) != 0)
                    continue;
                syn_sentence s;
                syn_parse(m, line, 9, strlen(line), &s);
                syn_sentence_free(&s);
                sents++;
            }
        }
    }
    printf("syntax: tokenise + tag + lemma + parse (raw text): %.0f sentences/s (CPU)\n",
           sents / (now() - t0));
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: bench_syntax MODEL CONLLU\n");
        return 2;
    }
    double ms = load_ms(argv[1]);
    if (ms < 0)
        return 1;
    printf("syntax: model load %.1f ms CPU (best of 5)\n", ms);
    ev_err err;
    conllu_doc d;
    if (conllu_read(argv[2], 0, &d, &err) != 0) {
        fprintf(stderr, "bench_syntax: %s\n", err.msg);
        return 1;
    }
    syn_model *m = syn_model_load(argv[1], &err);
    run_words(m, &d);
    run_text(m, &d);
    syn_model_free(m);
    conllu_free(&d);
    return 0;
}
