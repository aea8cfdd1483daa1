/* rx — the one place PCRE2 is called: JIT compilation, limits on every match. */
#include "rx.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* Generous for news sentences, small enough that a pathological pattern and input
 * give up in milliseconds rather than minutes. */
#define RX_MATCH_LIMIT 2000000
#define RX_DEPTH_LIMIT 20000

/* Shared by every thread (`-j`): made on first use, then only read by pcre2_match. The
 * count of matches that gave up is summed over threads, so both are atomic. */
static _Atomic(pcre2_match_context *) mctx;
static pthread_mutex_t mctx_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic unsigned long limit_hits; /* all threads' */

/* The patterns that gave up since rx_take_hits last ran (per thread: a document's
 * warning names its own), the first RX_HITS_KEPT distinct ones. */
#define RX_HITS_KEPT 8
static _Thread_local rx_hit recent[RX_HITS_KEPT];
static _Thread_local size_t nrecent;
static _Thread_local unsigned long recent_total;

static void note_hit(const pcre2_code *re)
{
    limit_hits++;
    recent_total++;
    for (size_t i = 0; i < nrecent; i++)
        if (recent[i].re == re) {
            recent[i].hits++;
            return;
        }
    if (nrecent < RX_HITS_KEPT)
        recent[nrecent++] = (rx_hit){re, 1};
}

size_t rx_take_hits(rx_hit *out, size_t max, unsigned long *total)
{
    size_t n = nrecent < max ? nrecent : max;
    memcpy(out, recent, n * sizeof *out);
    *total = recent_total;
    nrecent = 0;
    recent_total = 0;
    return n;
}

static pcre2_match_context *match_context(void)
{
    pcre2_match_context *c = atomic_load_explicit(&mctx, memory_order_acquire);
    if (c)
        return c;
    pthread_mutex_lock(&mctx_lock);
    c = atomic_load_explicit(&mctx, memory_order_relaxed);
    if (!c) {
        c = pcre2_match_context_create(NULL);
        if (c) {
            pcre2_set_match_limit(c, RX_MATCH_LIMIT);
            pcre2_set_depth_limit(c, RX_DEPTH_LIMIT);
            atomic_store_explicit(&mctx, c, memory_order_release);
        }
    }
    pthread_mutex_unlock(&mctx_lock);
    return c;
}

static pcre2_code *compile(const char *pattern, unsigned options, int jit, ev_err *err)
{
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                   options | PCRE2_UTF | PCRE2_NO_UTF_CHECK | PCRE2_UCP, &code,
                                   &off, NULL);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        err_set(err, "bad regular expression at offset %zu: %s", (size_t)off, (char *)msg);
        return NULL;
    }
    /* JIT is an optimisation: where it is unavailable the interpreter runs the same.
     * EVGRAPH_NO_JIT turns it off for valgrind, which cannot follow JIT-generated code
     * and reports false errors inside it. */
    if (jit && !getenv("EVGRAPH_NO_JIT"))
        pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    return re;
}

pcre2_code *rx_compile(const char *pattern, unsigned options, ev_err *err)
{
    return compile(pattern, options, 1, err);
}

pcre2_code *rx_compile_plain(const char *pattern, unsigned options, ev_err *err)
{
    return compile(pattern, options, 0, err);
}

int rx_match(const pcre2_code *re, const char *subject, size_t len, size_t start,
             pcre2_match_data *md)
{
    int rc = pcre2_match(re, (PCRE2_SPTR)subject, len, start, PCRE2_NO_UTF_CHECK, md,
                         match_context());
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_JIT_STACKLIMIT)
        note_hit(re);
    return rc > 0;
}

size_t rx_groups(const pcre2_code *re, pcre2_match_data *md, const char *name, size_t *s,
                 size_t *e, size_t max)
{
    PCRE2_SPTR first, last;
    int size = pcre2_substring_nametable_scan(re, (PCRE2_SPTR)name, &first, &last);
    if (size < 0)
        return 0;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    uint32_t pairs = pcre2_get_ovector_count(md);
    size_t n = 0;
    for (PCRE2_SPTR p = first; p <= last && n < max; p += size) {
        unsigned g = (unsigned)((p[0] << 8) | p[1]);
        if (g >= pairs || ov[2 * g] == PCRE2_UNSET)
            continue;
        s[n] = ov[2 * g];
        e[n] = ov[2 * g + 1];
        n++;
    }
    return n;
}

int rx_group(const pcre2_code *re, pcre2_match_data *md, const char *name, size_t *s,
             size_t *e)
{
    return rx_groups(re, md, name, s, e, 1) == 1 ? 0 : -1;
}

unsigned long rx_limit_hits(void)
{
    return atomic_load(&limit_hits);
}

/* At exit, after every thread has stopped (a later match makes the context again). */
void rx_cleanup(void)
{
    pcre2_match_context *c = atomic_exchange(&mctx, NULL);
    if (c)
        pcre2_match_context_free(c);
}
