/* diag — the one place that formats messages for the user. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>

static int level = 1;

void diag_set_level(int l)
{
    level = l;
}

/* Writes a message with every control character shown, never sent: a file name, an
 * actor name or a sentence may hold ESC (a file named with an OSC sequence would retitle
 * the terminal), BEL, a C1 control (U+0080..U+009F, CSI among them) or a line break that
 * would forge a second message. Shown as \x1b, \n, \u009b; a backslash stays as it is. */
static void put_escaped(const char *s, FILE *f)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p == 0x7f)
            fprintf(f, *p == '\n' ? "\\n" : *p == '\t' ? "\\t" : "\\x%02x", *p);
        else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
            fprintf(f, "\\u%04x", *++p);
        else
            fputc(*p, f);
    }
}

/* The message is formatted first, then escaped as a whole: the one place that sees every
 * name any stage puts in a message. */
static void emit(const char *prefix, const char *fmt, va_list ap)
{
    char buf[2048];
    vsnprintf(buf, sizeof buf, fmt, ap);
    fputs("evgraph: ", stderr);
    fputs(prefix, stderr);
    put_escaped(buf, stderr);
    fputc('\n', stderr);
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
