/* inputs — expand the command line's inputs (files, directories, "-") into the documents
 * to read, in a canonical order that does not depend on the order they were given in. */
#ifndef EVGRAPH_INPUTS_H
#define EVGRAPH_INPUTS_H

#include <stdint.h>

#include "util.h"

typedef struct {
    char *path;
    int stream;    /* "-" or /dev/fd/N: read once, as it comes */
    size_t order;  /* position as given, the last tie-break */
} input;

typedef struct {
    input *v;
    size_t n, cap;
} input_list;

/* What a directory given as an input holds that is read: articles for the extracting
 * commands and `parse`, shards for `merge`. The same walk serves both, so every input
 * kind follows the same rules (regular files only, links only with -L). */
typedef struct {
    int (*keep)(const char *name); /* which names in a directory are read */
    const char *what;              /* for the empty-directory warning: "*.jsonl shards" */
} input_kind;

extern const input_kind inputs_articles; /* *.txt, *.md, *.html, *.htm */
extern const input_kind inputs_shards;   /* *.jsonl */

/* Lists the files of args (no args: standard input) in canonical order: streams first
 * as given, then files by path (bytewise), the order shards are merged in too (merge.c).
 * Directories keep the regular files kind->keep accepts (symbolic links only when follow
 * is set); each skipped entry is one warning and an unreadable directory one error,
 * counted in *failed. Files named in args are listed as they are: opening them with
 * util_open_input refuses what is not a regular file. */
int inputs_collect(char *const *args, size_t nargs, const input_kind *kind, int follow,
                   input_list *out, size_t *failed);
void inputs_free(input_list *l);

#endif
