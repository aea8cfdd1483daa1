/* syntax_percep — averaged perceptron: feature hashing, training store, export (the
 * runtime table is syntax_percep_table). */
#include "syntax_percep.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

int pc_verbose = 0;

uint64_t pc_hash_bytes(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return pc_fin(h);
}

void pc_shuffle(size_t *order, size_t n, uint64_t *state)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(pc_rand(state) % i), t = order[i - 1];
        order[i - 1] = order[j];
        order[j] = t;
    }
}

void pc_put(strbuf *out, const void *p, size_t n)
{
    sb_add(out, (const char *)p, n);
}

void pc_align(strbuf *out)
{
    static const char zero[8];
    if (out->len % 8)
        sb_add(out, zero, 8 - out->len % 8);
}

/* ---- training store ---- */

void pc_train_init(pc_train *p, int nclass)
{
    memset(p, 0, sizeof *p);
    p->nclass = nclass;
    p->cap = 1 << 16;
    p->keys = xcalloc(p->cap, sizeof *p->keys);
    p->rows = xcalloc(p->cap, sizeof *p->rows);
}

void pc_train_free(pc_train *p)
{
    free(p->keys);
    free(p->rows);
    free(p->w);
    free(p->u);
    memset(p, 0, sizeof *p);
}

long pc_train_find(const pc_train *p, uint64_t key)
{
    size_t mask = p->cap - 1;
    for (size_t i = key & mask;; i = (i + 1) & mask) {
        if (p->keys[i] == key)
            return p->rows[i];
        if (p->keys[i] == 0)
            return -1;
    }
}

static void train_rehash(pc_train *p)
{
    size_t ncap = p->cap * 2, mask = ncap - 1;
    uint64_t *keys = xcalloc(ncap, sizeof *keys);
    uint32_t *rows = xcalloc(ncap, sizeof *rows);
    for (size_t i = 0; i < p->cap; i++) {
        if (!p->keys[i])
            continue;
        size_t j = p->keys[i] & mask;
        while (keys[j])
            j = (j + 1) & mask;
        keys[j] = p->keys[i];
        rows[j] = p->rows[i];
    }
    free(p->keys);
    free(p->rows);
    p->keys = keys;
    p->rows = rows;
    p->cap = ncap;
}

long pc_train_row(pc_train *p, uint64_t key)
{
    if ((p->n + 1) * 2 > p->cap)
        train_rehash(p);
    size_t mask = p->cap - 1, i = key & mask;
    for (; p->keys[i]; i = (i + 1) & mask)
        if (p->keys[i] == key)
            return p->rows[i];
    if (p->n == p->rowcap) {
        size_t ncap = p->rowcap ? p->rowcap * 2 : 4096, nc = (size_t)p->nclass;
        p->w = xrealloc(p->w, ncap * nc * sizeof *p->w);
        p->u = xrealloc(p->u, ncap * nc * sizeof *p->u);
        memset(p->w + p->rowcap * nc, 0, (ncap - p->rowcap) * nc * sizeof *p->w);
        memset(p->u + p->rowcap * nc, 0, (ncap - p->rowcap) * nc * sizeof *p->u);
        p->rowcap = ncap;
    }
    p->keys[i] = key;
    p->rows[i] = (uint32_t)p->n;
    return (long)p->n++;
}

void pc_train_score(const pc_train *p, const long *rows, size_t nf, float *scores)
{
    size_t nc = (size_t)p->nclass;
    for (size_t f = 0; f < nf; f++) {
        if (rows[f] < 0)
            continue;
        const float *w = p->w + (size_t)rows[f] * nc;
        for (size_t c = 0; c < nc; c++)
            scores[c] += w[c];
    }
}

void pc_train_update(pc_train *p, const uint64_t *feats, long *rows, size_t nf, int good,
                     int bad)
{
    size_t nc = (size_t)p->nclass;
    float t = (float)p->t;
    for (size_t f = 0; f < nf; f++) {
        if (rows[f] < 0)
            rows[f] = pc_train_row(p, feats[f]);
        size_t r = (size_t)rows[f] * nc;
        p->w[r + (size_t)good] += 1;
        p->u[r + (size_t)good] += t;
        p->w[r + (size_t)bad] -= 1;
        p->u[r + (size_t)bad] -= t;
    }
}

void pc_train_average(pc_train *p)
{
    size_t total = p->n * (size_t)p->nclass;
    double t = p->t > 0 ? p->t : 1;
    for (size_t i = 0; i < total; i++)
        p->w[i] = (float)(p->w[i] - p->u[i] / t);
}

/* ---- export ---- */

static uint16_t bf16_of(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    u += 0x8000; /* round to nearest */
    return (uint16_t)(u >> 16);
}

/* Weights under 2/127 of their row's largest are dropped: they cannot change a
 * decision the large ones make, and they are most of the file. */
#define PC_MIN_Q 2

/* One row into the stream: -1 when nothing in it is worth keeping. */
static long export_row(const float *w, size_t nc, float min_abs, uint16_t **st, size_t *n,
                       size_t *cap)
{
    float maxabs = 0;
    for (size_t c = 0; c < nc; c++)
        if (fabsf(w[c]) > maxabs)
            maxabs = fabsf(w[c]);
    if (maxabs <= 0 || maxabs < min_abs)
        return -1;
    uint16_t hs = bf16_of(maxabs / 127.0f);
    float scale = pc_float_of_bf16(hs);
    size_t at = *n;
    util_grow((void **)st, cap, *n + 2 + nc, sizeof **st);
    (*st)[at + 1] = hs;
    *n += 2;
    for (size_t c = 0; c < nc; c++) {
        long q = lrintf(w[c] / scale);
        q = q > 127 ? 127 : q < -127 ? -127 : q;
        if (q >= PC_MIN_Q || q <= -PC_MIN_Q)
            (*st)[(*n)++] = (uint16_t)(c << 8 | (uint8_t)(int8_t)q);
    }
    (*st)[at] = (uint16_t)(*n - at - 2);
    return (long)at;
}

void pc_train_export(const pc_train *p, float min_abs, strbuf *out)
{
    size_t nc = (size_t)p->nclass, nst = 0, capst = 0, kept = 0;
    uint16_t *st = NULL;
    long *offs = xmalloc((p->cap ? p->cap : 1) * sizeof *offs);
    for (size_t i = 0; i < p->cap; i++) {
        offs[i] = p->keys[i] ? export_row(p->w + (size_t)p->rows[i] * nc, nc, min_abs, &st, &nst, &capst) : -1;
        kept += offs[i] >= 0;
    }
    uint64_t nslots = kept * 5 / 3 + 16;
    pc_slot *slots = xcalloc(nslots, sizeof *slots);
    for (size_t i = 0; i < p->cap; i++) {
        if (offs[i] < 0)
            continue;
        uint64_t j = pc_slot_home(p->keys[i], nslots);
        while (slots[j].fp)
            j = j + 1 == nslots ? 0 : j + 1;
        slots[j] = (pc_slot){pc_slot_fp(p->keys[i]), (uint32_t)offs[i]};
    }
    if (pc_verbose)
        fprintf(stderr, "perceptron: %zu of %zu rows kept, %zu stream words, %llu slots\n", kept,
            p->n, nst, (unsigned long long)nslots);
    pc_header h = {(uint32_t)nc, 0, nslots, nst};
    pc_align(out);
    pc_put(out, &h, sizeof h);
    pc_put(out, slots, nslots * sizeof *slots);
    pc_put(out, st, nst * sizeof *st);
    pc_align(out);
    free(slots);
    free(st);
    free(offs);
}
