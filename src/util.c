/* util — memory, growable strings and arrays, error values, reading files (atomic
 * output is in output.c). */
#include "util.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static void die_oom(size_t n)
{
    fprintf(stderr, "evgraph: out of memory (asked for %zu bytes)\n", n);
    exit(70);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die_oom(n);
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        die_oom(n * size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        die_oom(n);
    return q;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* Weight lookups land all over a table of megabytes, so with 4 KB pages most of them
 * miss the TLB as well as the cache; on 2 MB pages parsing took about a tenth less time,
 * and filling the memory faults in a few pages instead of thousands. */
void *util_alloc_huge(size_t n)
{
    size_t huge = (size_t)2 << 20, cap = (n / huge + 1) * huge;
    void *p = aligned_alloc(huge, cap);
    if (!p)
        return xmalloc(n);
#ifdef MADV_HUGEPAGE
    madvise(p, cap, MADV_HUGEPAGE); /* a hint: without it the pages are small */
#endif
    return p;
}

void util_grow(void **arr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return;
    size_t ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    if (ncap > SIZE_MAX / elem)
        die_oom(SIZE_MAX);
    *arr = xrealloc(*arr, ncap * elem);
    *cap = ncap;
}

void sb_add(strbuf *b, const char *s, size_t n)
{
    util_grow((void **)&b->s, &b->cap, b->len + n + 1, 1);
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void sb_adds(strbuf *b, const char *s)
{
    sb_add(b, s, strlen(s));
}

void sb_addc(strbuf *b, char c)
{
    sb_add(b, &c, 1);
}

void sb_addf(strbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    util_grow((void **)&b->s, &b->cap, b->len + (size_t)n + 1, 1);
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *sb_detach(strbuf *b)
{
    char *s = b->s ? b->s : xstrdup("");
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

void sb_free(strbuf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

void err_set(ev_err *e, const char *fmt, ...)
{
    if (!e)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
}

const char *util_file_kind(mode_t m)
{
    return S_ISFIFO(m) ? "a FIFO" : S_ISSOCK(m) ? "a socket" : S_ISCHR(m) ? "a character device"
         : S_ISBLK(m) ? "a block device" : S_ISDIR(m) ? "a directory" : S_ISLNK(m)
         ? "a symbolic link" : S_ISREG(m) ? "a regular file" : "a special file";
}

/* Why a path that is not a regular file is refused, in words. */
static void refuse_kind(const char *path, mode_t m, ev_err *err)
{
    if (S_ISDIR(m))
        err_set(err, "%s: is a directory", path);
    else
        err_set(err, "%s: is %s, not a regular file; not read (give - to read a stream)", path,
                util_file_kind(m));
}

void util_refuse_kind(const char *path, mode_t m, const char *role, ev_err *err)
{
    if (S_ISDIR(m))
        err_set(err, "%s: is a directory, not %s", path, role);
    else
        err_set(err, "%s: is %s, not a regular file; not used as %s", path, util_file_kind(m),
                role);
}

int util_regular_file(const char *path, const char *role, ev_err *err)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return 0;
    if (S_ISREG(st.st_mode))
        return 1;
    util_refuse_kind(path, st.st_mode, role, err);
    return -1;
}

int util_is_stream_name(const char *path)
{
    return strcmp(path, "-") == 0 || strcmp(path, "/dev/stdin") == 0 ||
           strncmp(path, "/dev/fd/", 8) == 0 || strncmp(path, "/proc/self/fd/", 14) == 0;
}

/* Opens an input for reading. A stream name is opened as it is (the user asked for that
 * stream); any other path must be a regular file: it is checked before opening and again
 * on the descriptor (opened with O_NONBLOCK, so a FIFO swapped in meanwhile cannot hang
 * the open), so a FIFO or a device is refused, never read. */
int util_open_input(const char *path, struct stat *st, ev_err *err)
{
    int stream = util_is_stream_name(path);
    if (!stream && stat(path, st) == 0 && !S_ISREG(st->st_mode)) {
        refuse_kind(path, st->st_mode, err);
        return -1;
    }
    int fd = strcmp(path, "-") == 0 ? dup(0)
           : open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC | (stream ? 0 : O_NONBLOCK));
    if (fd < 0) {
        err_set(err, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    if (fstat(fd, st) != 0 || S_ISDIR(st->st_mode) || (!stream && !S_ISREG(st->st_mode))) {
        refuse_kind(path, st->st_mode, err);
        close(fd);
        return -1;
    }
    if (!stream)
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

int util_read_file(const char *path, size_t max, char **data, size_t *len, ev_err *err)
{
    struct stat st;
    int fd = util_open_input(path, &st, err);
    if (fd < 0)
        return -1;
    strbuf b = {0};
    int rc = 0;
    /* a regular file's size is known: refused before a byte is read when it is too big,
     * else one allocation, not a doubling buffer twice as big */
    if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max) {
        err_set(err, "%s: larger than the limit of %zu MB", path, max >> 20);
        close(fd);
        return -1;
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0)
        util_grow((void **)&b.s, &b.cap, (size_t)st.st_size + 1, 1);
    char chunk[65536];
    ssize_t n;
    while ((n = read(fd, chunk, sizeof chunk)) != 0) {
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            err_set(err, "%s: read error: %s", path, strerror(errno));
            rc = -1;
            break;
        }
        if (b.len + (size_t)n > max) {
            err_set(err, "%s: larger than the limit of %zu MB", path, max >> 20);
            rc = -1;
            break;
        }
        sb_add(&b, chunk, (size_t)n);
    }
    close(fd);
    if (rc != 0) {
        sb_free(&b);
        return -1;
    }
    *len = b.len;
    *data = sb_detach(&b);
    return 0;
}

static unsigned long hash_key(const char *s)
{
    unsigned long h = 1469598103934665603UL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211UL;
    return h;
}

static size_t strmap_slot(const strmap *m, const char *key)
{
    size_t i = hash_key(key) & (m->cap - 1);
    while (m->keys[i] && strcmp(m->keys[i], key) != 0)
        i = (i + 1) & (m->cap - 1);
    return i;
}

static void strmap_store(strmap *m, const char *key, size_t val, int replace);

void strmap_put(strmap *m, const char *key, size_t val)
{
    strmap_store(m, key, val, 0);
}

void strmap_set(strmap *m, const char *key, size_t val)
{
    strmap_store(m, key, val, 1);
}

static void strmap_store(strmap *m, const char *key, size_t val, int replace)
{
    if ((m->n + 1) * 2 > m->cap) {
        strmap old = *m;
        m->cap = old.cap ? old.cap * 2 : 64;
        m->keys = xcalloc(m->cap, sizeof *m->keys);
        m->vals = xcalloc(m->cap, sizeof *m->vals);
        m->n = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.keys[i]) {
                size_t s = strmap_slot(m, old.keys[i]);
                m->keys[s] = old.keys[i];
                m->vals[s] = old.vals[i];
                m->n++;
            }
        free(old.keys);
        free(old.vals);
    }
    size_t s = strmap_slot(m, key);
    if (m->keys[s]) {
        if (replace)
            m->vals[s] = val;
        return;
    }
    m->keys[s] = xstrdup(key);
    m->vals[s] = val;
    m->n++;
}

int strmap_get(const strmap *m, const char *key, size_t *val)
{
    if (!m->cap)
        return 0;
    size_t s = strmap_slot(m, key);
    if (!m->keys[s])
        return 0;
    *val = m->vals[s];
    return 1;
}

void strmap_free(strmap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int util_list_dir(const char *dir, int (*keep)(const char *name), char ***names, size_t *n,
                  ev_err *err)
{
    DIR *d = opendir(dir);
    *names = NULL;
    *n = 0;
    if (!d) {
        err_set(err, "%s: cannot open directory: %s", dir, strerror(errno));
        return -1;
    }
    size_t cap = 0;
    struct dirent *de;
    while ((de = readdir(d)))
        if (keep(de->d_name))
            *VEC_PUSH(*names, *n, cap) = xstrdup(de->d_name);
    closedir(d);
    if (*n)
        qsort(*names, *n, sizeof **names, cmp_names);
    return 0;
}

char *util_slugify(const char *name)
{
    strbuf b = {0};
    int dash = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        /* "NSO's" is nso, "Italy's finance ministry" italy-finance-ministry */
        if (p[0] == '\'' && (p[1] == 's' || p[1] == 'S') && !isalnum(p[2])) {
            p++;
            dash = 1;
            continue;
        }
        if (isalnum(*p)) {
            if (dash && b.len)
                sb_addc(&b, '-');
            sb_addc(&b, (char)tolower(*p));
            dash = 0;
        } else if (*p >= 0x80) {
            if (dash && b.len)
                sb_addc(&b, '-');
            sb_addc(&b, (char)*p);
            dash = 0;
        } else {
            dash = 1;
        }
    }
    if (!b.len)
        sb_adds(&b, "actor");
    return sb_detach(&b);
}

size_t util_clock_time(const char *s, size_t n)
{
    size_t h = 0;
    while (h < n && h < 3 && isdigit((unsigned char)s[h]))
        h++;
    if (h < 1 || h > 2 || h + 3 > n || (s[h] != ':' && s[h] != '.') ||
        !isdigit((unsigned char)s[h + 1]) || !isdigit((unsigned char)s[h + 2]) ||
        (h + 3 < n && isdigit((unsigned char)s[h + 3])))
        return 0;
    return h + 3;
}

int util_has_suffix(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

int util_strcasecmp_n(const char *a, size_t alen, const char *b, size_t blen)
{
    size_t n = alen < blen ? alen : blen;
    for (size_t i = 0; i < n; i++) {
        int d = tolower((unsigned char)a[i]) - tolower((unsigned char)b[i]);
        if (d)
            return d;
    }
    return (alen > blen) - (alen < blen);
}

char *util_path_join(const char *dir, const char *name)
{
    size_t l = strlen(dir) + strlen(name) + 2;
    char *p = xmalloc(l);
    snprintf(p, l, "%s/%s", dir, name);
    return p;
}

int util_near_program(const char *relative, int dir, char *buf, size_t cap)
{
    struct stat st;
    ssize_t n = cap > 64 ? readlink("/proc/self/exe", buf, cap - 64) : -1;
    if (n <= 0)
        return 0;
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (!slash)
        return 0;
    snprintf(slash + 1, cap - (size_t)(slash + 1 - buf), "%s", relative);
    return stat(buf, &st) == 0 && (dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode));
}

int util_terminal_width(int fd)
{
    const char *env = getenv("COLUMNS");
    char *end;
    long n = env ? strtol(env, &end, 10) : 0;
    if (env && *env && !*end && n > 0 && n < 100000)
        return (int)n;
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

size_t util_utf8_decode(const unsigned char *p, size_t avail, unsigned *cp)
{
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    size_t len;
    unsigned c, min;
    if ((p[0] & 0xE0) == 0xC0)
        len = 2, c = p[0] & 0x1F, min = 0x80;
    else if ((p[0] & 0xF0) == 0xE0)
        len = 3, c = p[0] & 0x0F, min = 0x800;
    else if ((p[0] & 0xF8) == 0xF0)
        len = 4, c = p[0] & 0x07, min = 0x10000;
    else
        return 0;
    if (len > avail)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

size_t util_enumerator(const char *s, size_t n)
{
    size_t i = n && s[0] == '(';
    size_t b = i;
    while (i < n && i - b < 3 && isdigit((unsigned char)s[i]))
        i++;
    if (i == b)
        while (i < n && i - b < 4 && strchr("abcdefghivx", s[i]))
            i++;
    /* a letter enumerator is one letter or a roman numeral ("(iv)"), not a word ("(see)") */
    if (i == b || (i - b > 1 && !isdigit((unsigned char)s[b]) && strspn(s + b, "ivx") < i - b))
        return 0;
    if (i >= n || s[i] != ')')
        return 0;
    i++;
    size_t w = i;
    while (w < n && s[w] == ' ')
        w++;
    return w > i && w < n && (isalnum((unsigned char)s[w]) || s[w] == '"') ? w : 0;
}

size_t util_bullet(const char *s, size_t n)
{
    static const char *const signs[] = {"-", "*", "\xe2\x80\xa2", "\xe2\x80\x93", "\xe2\x80\x94",
                                        "\xc2\xb7", "\xe2\x96\xaa", "\xe2\x96\xa0",
                                        "\xe2\x97\x8f", "\xe2\x97\xa6", "\xe2\x96\xba", NULL};
    for (int k = 0; signs[k]; k++) {
        size_t l = strlen(signs[k]);
        if (l <= n && memcmp(s, signs[k], l) == 0)
            return l;
    }
    return 0;
}
