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
    if (capture)
        sb_add(capture, line.s, line.len);
    else
        fwrite(line.s, 1, line.len, stderr);
    sb_free(&line);
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
