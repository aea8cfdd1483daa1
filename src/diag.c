/* diag — the one place that formats messages for the user. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static int level = 1;           /* set once by main before any thread starts */
static _Thread_local strbuf *capture; /* this thread's document messages, or NULL */

void diag_set_level(int l)
{
    level = l;
}

static void emit(const char *prefix, const char *fmt, va_list ap)
{
    if (capture) {
        va_list aq;
        va_copy(aq, ap);
        int n = vsnprintf(NULL, 0, fmt, aq);
        va_end(aq);
        sb_adds(capture, "evgraph: ");
        sb_adds(capture, prefix);
        if (n > 0) {
            char *msg = xmalloc((size_t)n + 1);
            vsnprintf(msg, (size_t)n + 1, fmt, ap);
            sb_add(capture, msg, (size_t)n);
            free(msg);
        }
        sb_addc(capture, '\n');
        return;
    }
    fputs("evgraph: ", stderr);
    fputs(prefix, stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void diag_capture(strbuf *buf)
{
    capture = buf;
}

void diag_release(const strbuf *buf)
{
    if (buf->len)
        fwrite(buf->s, 1, buf->len, stderr);
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
