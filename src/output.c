/* output — writing a result to the path given with -o, safely whatever is there.
 *
 * A regular file (or a path where nothing is yet) is replaced atomically: a temporary
 * file beside it, written, synced, given the old file's mode (and owner, when root), then
 * renamed over it, so a reader never sees half a file and a failed run leaves the old one.
 * A symbolic link is followed and the file it points to is replaced in its own directory
 * (the link stays a link). Anything else — a character device, a FIFO, a socket, "-",
 * /dev/stdout, /dev/fd/N — is written through: renaming over it would replace a device
 * node or a pipe with a plain file. A signal (INT, TERM, HUP) while the temporary file
 * exists removes it before the program dies of that signal. A result may be written in
 * pieces as it is made (util_out_*: the JSON of a long document is never held whole);
 * util_write_atomic is the one-piece case of the same path. */
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The temporary file a signal must remove; only touched with the signals blocked, read
 * by the handler (unlink is async-signal-safe). */
static char tmp_path[PATH_MAX + 16];
static volatile sig_atomic_t tmp_armed;
static const int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};
#define NSIGNALS (sizeof cleanup_signals / sizeof *cleanup_signals)
static struct sigaction old_actions[NSIGNALS];

static void on_signal(int sig)
{
    if (tmp_armed)
        unlink(tmp_path);
    /* die of the same signal, so the parent sees what happened */
    signal(sig, SIG_DFL);
    raise(sig);
}

static void block_signals(sigset_t *old)
{
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < NSIGNALS; i++)
        sigaddset(&set, cleanup_signals[i]);
    sigprocmask(SIG_BLOCK, &set, old);
}

static void install_cleanup(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < NSIGNALS; i++)
        sigaction(cleanup_signals[i], &sa, &old_actions[i]);
}

static void remove_cleanup(void)
{
    for (size_t i = 0; i < NSIGNALS; i++)
        sigaction(cleanup_signals[i], &old_actions[i], NULL);
}

static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, data, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += w;
        len -= (size_t)w;
    }
    return 0;
}

/* The descriptor a stream name stands for ("-", /dev/stdout, /dev/fd/1, ...), or -1.
 * These are written to directly: opening /proc/self/fd/1 again would lose an O_APPEND
 * the shell gave it, and resolving it would rename over the shell's file. */
static int stream_fd(const char *path)
{
    if (strcmp(path, "-") == 0 || strcmp(path, "/dev/stdout") == 0)
        return 1;
    if (strcmp(path, "/dev/stderr") == 0)
        return 2;
    const char *num = NULL;
    if (strncmp(path, "/dev/fd/", 8) == 0)
        num = path + 8;
    else if (strncmp(path, "/proc/self/fd/", 14) == 0)
        num = path + 14;
    if (!num || !*num || strspn(num, "0123456789") != strlen(num) || strlen(num) > 6)
        return -1;
    return atoi(num);
}

/* Follows symbolic links (even one pointing nowhere yet) to the path to replace.
 * Returns a new string, or NULL with err set (a loop, a name too long). */
static char *resolve_links(const char *path, ev_err *err)
{
    char *cur = xstrdup(path);
    for (int hops = 0; hops < 40; hops++) {
        struct stat st;
        if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode))
            return cur;
        char target[PATH_MAX];
        ssize_t n = readlink(cur, target, sizeof target - 1);
        if (n < 0 || (size_t)n >= sizeof target - 1) {
            err_set(err, "%s: cannot read the symbolic link: %s", path,
                    n < 0 ? strerror(errno) : "target too long");
            free(cur);
            return NULL;
        }
        target[n] = '\0';
        char *slash = strrchr(cur, '/');
        strbuf b = {0};
        if (target[0] != '/' && slash)
            sb_add(&b, cur, (size_t)(slash - cur) + 1);
        sb_adds(&b, target);
        free(cur);
        cur = sb_detach(&b);
    }
    err_set(err, "%s: too many levels of symbolic links", path);
    free(cur);
    return NULL;
}

/* Gives the temporary file what the file it replaces had: its mode, and (only root may)
 * its owner. A new file gets 0666 less the umask, as a shell redirection would. */
static void copy_attributes(int fd, const struct stat *old, int existed)
{
    if (!existed) {
        mode_t um = umask(0);
        umask(um);
        fchmod(fd, 0666 & ~um);
        return;
    }
    if (geteuid() == 0 && fchown(fd, old->st_uid, old->st_gid) != 0) {
        /* a file system without owners (FAT): the mode still counts */
    }
    fchmod(fd, old->st_mode & 07777);
}

/* Creates the temporary file beside target with the signals blocked, so that the handler
 * never sees a half-set path. */
static int make_temp(const char *target, ev_err *err)
{
    if (strlen(target) + 11 > sizeof tmp_path) {
        err_set(err, "%s: path too long", target);
        return -1;
    }
    sigset_t old;
    block_signals(&old);
    snprintf(tmp_path, sizeof tmp_path, "%s.tmpXXXXXX", target);
    int fd = mkostemp(tmp_path, O_CLOEXEC);
    int saved = errno;
    if (fd >= 0) {
        install_cleanup();
        tmp_armed = 1;
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (fd < 0)
        err_set(err, "%s: cannot create a temporary file beside it: %s", target,
                strerror(saved));
    return fd;
}

static void drop_temp(int unlink_it)
{
    sigset_t old;
    block_signals(&old);
    if (unlink_it)
        unlink(tmp_path);
    tmp_armed = 0;
    remove_cleanup();
    sigprocmask(SIG_SETMASK, &old, NULL);
}

/* Where a result goes while it is written: standard output (through stdio, as printf
 * would), a descriptor written through, or the temporary file beside the target. */
struct util_out {
    int fd;            /* -1: standard output's stdio stream */
    int own;           /* fd is ours to close */
    int temp;          /* fd is the temporary file, renamed over target on commit */
    int existed;       /* target existed (its mode and owner are kept) */
    struct stat old;
    char *target;      /* for messages and the rename; NULL for standard output */
};

static util_out *out_new(int fd, int own, char *target)
{
    util_out *w = xcalloc(1, sizeof *w);
    w->fd = fd;
    w->own = own;
    w->target = target;
    return w;
}

/* The file to replace: a temporary file beside it, or, for something that is not a
 * regular file (a device, a FIFO), the thing itself opened to be written through. */
static util_out *open_target(char *target, const char *path, ev_err *err)
{
    struct stat st;
    int existed = stat(target, &st) == 0;
    if (existed && S_ISDIR(st.st_mode)) {
        err_set(err, "%s: is a directory", path);
        free(target);
        return NULL;
    }
    if (existed && !S_ISREG(st.st_mode)) {
        int fd = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd < 0) {
            err_set(err, "%s: cannot open for writing: %s", target, strerror(errno));
            free(target);
            return NULL;
        }
        return out_new(fd, 1, target);
    }
    int fd = make_temp(target, err);
    if (fd < 0) {
        free(target);
        return NULL;
    }
    util_out *w = out_new(fd, 1, target);
    w->temp = 1;
    w->existed = existed;
    w->old = st;
    return w;
}

util_out *util_out_open(const char *path, ev_err *err)
{
    if (!path)
        return out_new(-1, 0, NULL);
    int fd = stream_fd(path);
    if (fd >= 0)
        return out_new(fd, 0, xstrdup(path));
    char *target = resolve_links(path, err);
    return target ? open_target(target, path, err) : NULL;
}

int util_out_write(util_out *w, const char *data, size_t len, ev_err *err)
{
    if (w->fd < 0) {
        if (len && fwrite(data, 1, len, stdout) != len) {
            err_set(err, "standard output: write error");
            return -1;
        }
        return 0;
    }
    if (write_all(w->fd, data, len) != 0) {
        err_set(err, "%s: cannot write: %s", w->target, strerror(errno));
        return -1;
    }
    return 0;
}

static void out_free(util_out *w)
{
    free(w->target);
    free(w);
}

/* A temporary file synced, given the old file's attributes, closed and renamed over the
 * target; removed when any of that fails. */
static int commit_temp(util_out *w, ev_err *err)
{
    int rc = 0, saved = 0;
    if (fsync(w->fd) != 0 && errno != EINVAL && errno != EROFS)
        rc = -1, saved = errno;
    if (rc == 0)
        copy_attributes(w->fd, &w->old, w->existed);
    if (close(w->fd) != 0 && rc == 0)
        rc = -1, saved = errno;
    if (rc == 0 && rename(tmp_path, w->target) != 0)
        rc = -1, saved = errno;
    drop_temp(rc != 0);
    if (rc != 0)
        err_set(err, "%s: cannot write: %s", w->target, strerror(saved));
    return rc;
}

int util_out_commit(util_out *w, ev_err *err)
{
    int rc = 0;
    if (w->fd < 0) {
        if (fflush(stdout) != 0 || ferror(stdout)) {
            err_set(err, "standard output: write error");
            rc = -1;
        }
    } else if (w->temp) {
        rc = commit_temp(w, err);
    } else if (w->own && close(w->fd) != 0) {
        err_set(err, "%s: cannot write: %s", w->target, strerror(errno));
        rc = -1;
    }
    out_free(w);
    return rc;
}

void util_out_abort(util_out *w)
{
    if (w->fd >= 0 && w->own)
        close(w->fd);
    if (w->temp)
        drop_temp(1);
    out_free(w);
}

int util_write_atomic(const char *path, const char *data, size_t len, ev_err *err)
{
    util_out *w = util_out_open(path, err);
    if (!w)
        return -1;
    if (util_out_write(w, data, len, err) != 0) {
        util_out_abort(w);
        return -1;
    }
    return util_out_commit(w, err);
}
