/* util — memory, growable strings and arrays, error values, atomic file output.
 * Everything here is policy-free plumbing shared by every stage. Allocation failure is
 * the one error not returned: it ends the program with a message (there is nothing
 * sensible a stage could do instead). */
#ifndef EVGRAPH_UTIL_H
#define EVGRAPH_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Memory for tables read at random (the syntax model): aligned to 2 MB and marked for
 * huge pages where the kernel offers them; free() releases it. */
void *util_alloc_huge(size_t n);

/* Grows *arr (of *cap elements of size elem) so that it can hold need elements. */
void util_grow(void **arr, size_t *cap, size_t need, size_t elem);
#define VEC_PUSH(arr, n, cap) \
    (util_grow((void **)&(arr), &(cap), (n) + 1, sizeof *(arr)), &(arr)[(n)++])

typedef struct {
    char *s;
    size_t len, cap;
} strbuf;

void sb_add(strbuf *b, const char *s, size_t n);
void sb_adds(strbuf *b, const char *s);
void sb_addc(strbuf *b, char c);
void sb_addf(strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *sb_detach(strbuf *b);
void sb_free(strbuf *b);

/* An error value: a stage fills it and returns failure; main formats and prints it. */
typedef struct {
    char msg[512];
} ev_err;
void err_set(ev_err *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Writes data to path (output.c). A regular file is replaced through a temporary file in
 * its directory and a rename, keeping its mode (and owner, as root), so a reader never
 * sees half a file and a failed run leaves the old file in place; a symbolic link's
 * target is replaced the same way; a device, FIFO, "-", /dev/stdout or /dev/fd/N is
 * written through. A signal removes the temporary file. */
int util_write_atomic(const char *path, const char *data, size_t len, ev_err *err);
/* The same written as it is made, so that a long result need not be held whole: opened
 * (path NULL: standard output), written piece by piece, then committed (the rename; for
 * standard output, the flush) or aborted (a temporary file is removed; what was already
 * written through to a stream stays written). Commit and abort free w. One at a time,
 * util_write_atomic included: the signal handler knows one temporary file. */
typedef struct util_out util_out;
util_out *util_out_open(const char *path, ev_err *err);
int util_out_write(util_out *w, const char *data, size_t len, ev_err *err);
int util_out_commit(util_out *w, ev_err *err);
void util_out_abort(util_out *w);

/* Reads a whole file (or stdin for "-"), refusing files over max bytes and anything
 * but a regular file unless it is named as a stream (util_is_stream_name). */
int util_read_file(const char *path, size_t max, char **data, size_t *len, ev_err *err);
/* "a FIFO", "a character device", ...: what a file of mode m is, for messages. */
const char *util_file_kind(mode_t m);
/* "FILE: is a FIFO, not a regular file; not used as ROLE" (role: "a store", "the syntax
 * model"): the one wording for a file that must be regular and is not. */
void util_refuse_kind(const char *path, mode_t m, const char *role, ev_err *err);
/* A file the program opens by name for what it holds (the store, the model) must be a
 * regular file: a FIFO would block, a device would be read or written as if it were one.
 * 1: path is a regular file (links followed: a path given is the user's choice); 0: there
 * is nothing there; -1: something else, err says what (util_refuse_kind). */
int util_regular_file(const char *path, const char *role, ev_err *err);
/* "-", /dev/stdin, /dev/fd/N, /proc/self/fd/N: names of streams, read as they come. */
int util_is_stream_name(const char *path);
/* Opens an input: a stream name as it is, anything else only if it is a regular file
 * (never blocking on a FIFO). Returns the descriptor and fills *st, or -1 with err set. */
struct stat;
int util_open_input(const char *path, struct stat *st, ev_err *err);

/* A string -> index map (open addressing), for merging in linear time. Keys are copied;
 * the first value put for a key stays. */
typedef struct {
    char **keys;
    size_t *vals;
    size_t cap, n;
} strmap;

void strmap_put(strmap *m, const char *key, size_t val);
/* Puts or replaces. */
void strmap_set(strmap *m, const char *key, size_t val);
int strmap_get(const strmap *m, const char *key, size_t *val);
void strmap_free(strmap *m);

/* The names in dir that keep() accepts, sorted bytewise; caller frees each and the array. */
int util_list_dir(const char *dir, int (*keep)(const char *name), char ***names, size_t *n,
                  ev_err *err);

/* Lower-case ASCII slug of a name: "NSO Group's" -> "nso-group". */
char *util_slugify(const char *name);

/* The length of a clock time "9:30", "09:45" or "10.45" that s[0, n) begins with (one or
 * two digits, ':' or '.', two digits), 0 when it begins with none. */
size_t util_clock_time(const char *s, size_t n);
/* The length of the bullet sign that s[0, n) begins with ('-', '*', '•', '–', '—', '·',
 * '▪', '■', '●', '◦', '►'), 0 when it begins with none. A list item is a bullet and a
 * space. */
size_t util_bullet(const char *s, size_t n);
/* The length of the enumerator in brackets that s[0, n) opens with, and the spaces after
 * it: "(2) ", "(b) ", "(iv) ", "3) ", "c) "; 0 when none, or when no word follows it. */
size_t util_enumerator(const char *s, size_t n);
int util_has_suffix(const char *s, const char *suffix);
/* Whether `relative` from the running program's directory is a directory (dir) or a
 * regular file (!dir); its path is written to buf. A build tree run from anywhere finds
 * its data beside the program; an installed one finds ../share/evgraph from its bin/. */
int util_near_program(const char *relative, int dir, char *buf, size_t cap);
/* "dir/name", newly allocated (caller frees). */
char *util_path_join(const char *dir, const char *name);
/* The width of the terminal on fd: $COLUMNS when it is a number (the user's say),
 * else what the terminal reports, else 80. */
int util_terminal_width(int fd);
/* The length of the well-formed UTF-8 sequence at p (at most avail bytes) with its code
 * point in *cp; 0 when the bytes there are no UTF-8 (overlong, a surrogate, beyond
 * U+10FFFF, cut short). */
size_t util_utf8_decode(const unsigned char *p, size_t avail, unsigned *cp);
int util_strcasecmp_n(const char *a, size_t alen, const char *b, size_t blen);

#endif
