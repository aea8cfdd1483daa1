/* evgraph-train — trains the syntax model (tagger, lemmatiser, parser) on a UD treebank:
 *   evgraph-train [-q] [--tag-iters N] [--parse-iters N] [--folds N] [--prune W]
 *                 UD_DIR OUT_FILE
 * --prune W[,W2...] prunes parser rows whose largest weight is under W; further levels
 * (up to four) are written beside OUT_FILE as OUT_FILE.pruneW2 ..., for tuning.
 * UD_DIR holds file-lists/files.train and sources/; the files listed there are read in
 * order, concatenated. `make model` runs it on ../shared/data/ud/en-ewt. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syntax_conllu.h"
#include "syntax_train.h"

int main(int argc, char **argv)
{
    syn_train_opts o;
    syn_train_defaults(&o);
    int i = 1;
    for (; i + 1 < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "-q"))
            o.quiet = 1;
        else if (!strcmp(argv[i], "--tag-iters"))
            o.tag_iters = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--parse-iters"))
            o.parse_iters = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--folds"))
            o.folds = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--prune")) {
            o.nprune = 0;
            for (char *p = argv[++i]; *p && o.nprune < 4; p += *p == ',') {
                char *end;
                o.parse_min_abs[o.nprune++] = strtof(p, &end);
                p = end;
            }
        }
        else
            break;
    }
    if (argc - i != 2) {
        fprintf(stderr, "usage: evgraph-train [-q] [--tag-iters N] [--parse-iters N] "
                        "[--folds N] [--prune W] UD_DIR OUT_FILE\n");
        return 2;
    }
    ev_err err;
    conllu_doc train;
    strbuf dir = {0}, list = {0}, out[4] = {{0}};
    sb_addf(&dir, "%s/sources", argv[i]);
    sb_addf(&list, "%s/file-lists/files.train", argv[i]);
    int rc = conllu_read_list(dir.s, list.s, &train, &err);
    if (rc == 0) {
        fprintf(stderr, "evgraph-train: %zu training sentences\n", train.n);
        rc = syn_train_models(&train, &o, out, &err);
        for (int k = 0; rc == 0 && k < o.nprune; k++) {
            /* further pruning levels go beside the first: OUT.prune<level> */
            strbuf path = {0};
            sb_adds(&path, argv[i + 1]);
            if (k)
                sb_addf(&path, ".prune%g", o.parse_min_abs[k]);
            rc = util_write_atomic(path.s, out[k].s, out[k].len, &err);
            if (rc == 0)
                fprintf(stderr, "evgraph-train: wrote %s (%zu bytes)\n", path.s, out[k].len);
            sb_free(&path);
        }
        conllu_free(&train);
    }
    if (rc != 0)
        fprintf(stderr, "evgraph-train: %s\n", err.msg);

    sb_free(&dir);
    sb_free(&list);
    for (int k = 0; k < 4; k++)
        sb_free(&out[k]);
    return rc == 0 ? 0 : 1;
}
