/* inputs — the command line's inputs as the ordered list of files to read: articles, or
 * the shards `merge` reads. One walk for every kind of input, so none of them can hang on
 * a FIFO or leave its tree through a link.
 *
 * Directories are listed (their *.txt, *.md, *.html, or *.jsonl), keeping regular files
 * only: a FIFO, socket or device inside is skipped with one warning, never opened (opening
 * a FIFO for reading waits for a writer forever). A symbolic link inside a directory is skipped with
 * a warning unless follow is set (-L, as ripgrep does), so a walk never wanders out of the
 * tree it was given; a link named on the command line is the user's choice and followed.
 *
 * Order: the result of a run must not depend on the order the inputs were given in, and
 * merging across documents is order-sensitive (the first telling names a merged actor, the
 * first compatible event absorbs a later one). So the documents are put in a canonical
 * order before anything is merged: streams ("-", /dev/fd/N) first as given (they can be
 * read only once), then files by path (bytewise), as merge orders shards. */
#include "inputs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"

static int article_name(const char *name)
{
    return name[0] != '.' &&
           (util_has_suffix(name, ".txt") || util_has_suffix(name, ".md") ||
            util_has_suffix(name, ".html") || util_has_suffix(name, ".htm"));
}

static int shard_name(const char *name)
{
    return name[0] != '.' && util_has_suffix(name, ".jsonl");
}

const input_kind inputs_articles = {article_name, "*.txt, *.md or *.html articles"};
const input_kind inputs_shards = {shard_name, "*.jsonl shards"};

static void add(input_list *l, char *path, int stream)
{
    input *in = VEC_PUSH(l->v, l->n, l->cap);
    in->path = path;
    in->stream = stream;
}

/* Whether a directory entry is read: regular files only; a symbolic link only when
 * following links, and then only if it leads to a regular file. One warning per skip. */
static int keep_entry(const char *path, int follow)
{
    struct stat st;
    if (lstat(path, &st) != 0) {
        diag_warn("%s: cannot read: %s; skipped", path, strerror(errno));
        return 0;
    }
    if (S_ISLNK(st.st_mode)) {
        if (!follow) {
            diag_warn("%s: a symbolic link; skipped (-L follows links)", path);
            return 0;
        }
        if (stat(path, &st) != 0) {
            diag_warn("%s: a symbolic link to nothing readable; skipped", path);
            return 0;
        }
    }
    if (!S_ISREG(st.st_mode)) {
        diag_warn("%s: %s, not a regular file; skipped", path, util_file_kind(st.st_mode));
        return 0;
    }
    return 1;
}

static int expand_directory(input_list *l, const char *dir, const input_kind *kind, int follow,
                            ev_err *err)
{
    char **names;
    size_t n;
    if (util_list_dir(dir, kind->keep, &names, &n, err) != 0)
        return -1;
    if (!n) {
        /* a directory named to be read that holds nothing to read is a mistake (a wrong
         * path, files not copied yet), not a run that found no events */
        free(names);
        err_set(err, "%s: no %s in this directory", dir, kind->what);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(dir) + strlen(names[i]) + 2;
        char *p = xmalloc(len);
        snprintf(p, len, "%s/%s", dir, names[i]);
        if (keep_entry(p, follow))
            add(l, p, 0);
        else
            free(p);
        free(names[i]);
    }
    free(names);
    return 0;
}

static int cmp_inputs(const void *a, const void *b)
{
    const input *x = a, *y = b;
    if (x->stream != y->stream)
        return y->stream - x->stream;
    if (x->stream)
        return x->order < y->order ? -1 : x->order > y->order;
    int c = strcmp(x->path, y->path);
    if (c)
        return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

int inputs_collect(char *const *args, size_t nargs, const input_kind *kind, int follow,
                   input_list *out, size_t *failed)
{
    memset(out, 0, sizeof *out);
    static char *const stdin_only[] = {"-"};
    if (!nargs) {
        args = stdin_only;
        nargs = 1;
    }
    for (size_t i = 0; i < nargs; i++) {
        struct stat st;
        ev_err err;
        if (!util_is_stream_name(args[i]) && stat(args[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            if (expand_directory(out, args[i], kind, follow, &err) != 0) {
                diag_error("%s", err.msg);
                ++*failed;
            }
        } else {
            add(out, xstrdup(args[i]), util_is_stream_name(args[i]));
        }
    }
    for (size_t i = 0; i < out->n; i++)
        out->v[i].order = i;
    if (out->n)
        qsort(out->v, out->n, sizeof *out->v, cmp_inputs);
    return 0;
}

void inputs_free(input_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i].path);
    free(l->v);
    memset(l, 0, sizeof *l);
}
