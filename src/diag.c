/* diag — the one place that formats messages for the user. */
#include "diag.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int level = 1;           /* set once by main before any thread starts */
static _Thread_local strbuf *capture; /* this thread's document messages, or NULL */
/* A progress line is on the terminal (drawn by the main thread; any thread writing a
 * message clears it first, so messages never run into it). */
static atomic_int progress_shown;

static void clear_progress(void)
{
    if (atomic_exchange(&progress_shown, 0))
        fputs("\r\033[K", stderr);
}

void diag_set_level(int l)
{
    level = l;
}

/* Writes a message with every control character shown, never sent: a file name, an
 * actor name or a sentence may hold ESC (a file named with an OSC sequence would retitle
 * the terminal), BEL, a C1 control (U+0080..U+009F, CSI among them) or a line break that
 * would forge a second message. Shown as \x1b, \n, \u009b; a backslash stays as it is. */
static void put_escaped(const char *s, strbuf *out)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p == 0x7f)
            sb_addf(out, *p == '\n' ? "\\n" : *p == '\t' ? "\\t" : "\\x%02x", *p);
        else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
            sb_addf(out, "\\u%04x", *++p);
        else
            sb_addc(out, (char)*p);
    }
}

/* The message is formatted first, then escaped as a whole: the one place that sees every
 * name any stage puts in a message. */
static void emit(const char *prefix, const char *fmt, va_list ap)
{
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    size_t cap = n > 0 ? (size_t)n + 1 : 1;
    char *msg = xmalloc(cap);
    vsnprintf(msg, cap, fmt, ap);
    strbuf line = {0};
    sb_adds(&line, "evgraph: ");
    sb_adds(&line, prefix);
    put_escaped(msg, &line);
    sb_addc(&line, '\n');
    free(msg);
    /* a worker thread's messages wait for their document's turn (pipeline.c) */
    if (capture) {
        sb_add(capture, line.s, line.len);
    } else {
        clear_progress();
        fwrite(line.s, 1, line.len, stderr);
    }
    sb_free(&line);
}

void diag_capture(strbuf *buf)
{
    capture = buf;
}

void diag_release(const strbuf *buf)
{
    if (buf->len) {
        clear_progress();
        fwrite(buf->s, 1, buf->len, stderr);
    }
}

void diag_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    emit("", fmt, ap);
    va_end(ap);
}

void diag_warn(const char *fmt, ...)
{
    if (level < 1)
        return;
    va_list ap;
    va_start(ap, fmt);
    emit("warning: ", fmt, ap);
    va_end(ap);
}

int diag_tracing(void)
{
    return level >= 3;
}

void diag_trace(const char *fmt, ...)
{
    if (level < 3)
        return;
    va_list ap;
    va_start(ap, fmt);
    emit("trace: ", fmt, ap);
    va_end(ap);
}

void diag_info(const char *fmt, ...)
{
    if (level < 2)
        return;
    va_list ap;
    va_start(ap, fmt);
    emit("", fmt, ap);
    va_end(ap);
}

/* ---- progress ---- */

static struct {
    int on;
    size_t files;
    unsigned long long bytes;
    double start, delay, last;
} progress;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

void diag_progress_begin(size_t files, unsigned long long bytes)
{
    memset(&progress, 0, sizeof progress);
    /* only for a person watching: never when stderr is a file or pipe, or with -q; one
     * file has nothing to count */
    if (level < 1 || files < 2 || !isatty(STDERR_FILENO))
        return;
    const char *d = getenv("EVGRAPH_PROGRESS_DELAY");
    char *end;
    double delay = d && *d ? strtod(d, &end) : 1.0;
    progress.on = 1;
    progress.files = files;
    progress.bytes = bytes;
    progress.start = now();
    progress.delay = d && *d && !*end && delay >= 0 ? delay : 1.0;
}

static void format_eta(double s, char *buf, size_t size)
{
    long t = (long)(s + 0.5);
    if (t >= 3600)
        snprintf(buf, size, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
    else
        snprintf(buf, size, "%ld:%02ld", t / 60, t % 60);
}

void diag_progress(size_t files_done, unsigned long long bytes_done)
{
    if (!progress.on)
        return;
    double t = now(), elapsed = t - progress.start;
    /* a short run shows nothing; a long one is redrawn a few times a second */
    if (elapsed < progress.delay || (progress.last > 0 && t - progress.last < 0.25 &&
                                     files_done < progress.files))
        return;
    progress.last = t;
    double rate = elapsed > 0 ? (double)bytes_done / elapsed : 0;
    double left = progress.bytes && bytes_done && bytes_done <= progress.bytes
                      ? (double)(progress.bytes - bytes_done) / rate
                  : files_done ? elapsed * (double)(progress.files - files_done) / (double)files_done
                               : -1;
    char eta[32] = "?";
    if (left >= 0)
        format_eta(left, eta, sizeof eta);
    fprintf(stderr, "\r\033[Kevgraph: %zu/%zu files, %.1f MB/s, ETA %s", files_done,
            progress.files, rate / 1e6, eta);
    fflush(stderr);
    atomic_store(&progress_shown, 1);
}

void diag_progress_end(void)
{
    if (progress.on)
        clear_progress();
    progress.on = 0;
}
