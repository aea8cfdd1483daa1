/* diag — the one place that formats messages for the user. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>

static int level = 1;

void diag_set_level(int l)
{
    level = l;
}

static void emit(const char *prefix, const char *fmt, va_list ap)
{
    fputs("evgraph: ", stderr);
    fputs(prefix, stderr);
    vfprintf(stderr, fmt, ap);
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
