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

/* Lists the documents of args (no args: standard input) in canonical order: streams first
 * as given, then files by path (bytewise), the order shards are merged in too (merge.c). Directories keep regular files only
 * (symbolic links only when follow is set); each skipped entry is one warning and an
 * unreadable directory one error, counted in *failed. */
int inputs_collect(char *const *args, size_t nargs, int follow, input_list *out,
                   size_t *failed);
void inputs_free(input_list *l);

#endif
