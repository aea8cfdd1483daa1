/* syntax_percep — the averaged perceptron shared by the tagger and the parser: feature
 * hashing, a training store of dense weight rows keyed by 64-bit feature hashes, its
 * export to a pruned, int16-quantised sparse table, and scoring with that table.
 *
 * Ownership: a pc_train owns its arrays (pc_train_free). A pc_table points into a model
 * file's bytes and lives as long as they do; it owns the layout built from them for
 * scoring (pc_table_free). The exported block is appended to a caller's strbuf, 8-byte
 * aligned, little-endian host layout. */
#ifndef EVGRAPH_SYNTAX_PERCEP_H
#define EVGRAPH_SYNTAX_PERCEP_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "util.h"

/* ---- feature hashing ---- */

static inline uint64_t pc_fin(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h ? h : 1; /* 0 marks an empty slot */
}
/* A feature: its template number and up to three values (hashes or small ids). */
static inline uint64_t pc_f1(uint64_t tmpl, uint64_t a)
{
    return pc_fin(tmpl * 0x9E3779B97F4A7C15ULL ^ (a + 0x632BE59BD9B4E019ULL));
}
static inline uint64_t pc_f2(uint64_t tmpl, uint64_t a, uint64_t b)
{
    return pc_fin(pc_f1(tmpl, a) * 0x9E3779B97F4A7C15ULL ^ b);
}
static inline uint64_t pc_f3(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c)
{
    return pc_fin(pc_f2(tmpl, a, b) * 0x9E3779B97F4A7C15ULL ^ c);
}
uint64_t pc_hash_bytes(const char *s, size_t n);
/* A fixed-seed generator (splitmix64) so training is reproducible. */
static inline uint64_t pc_rand(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
/* Shuffles order[0..n) with the generator. */
void pc_shuffle(size_t *order, size_t n, uint64_t *state);

/* ---- training ---- */

/* Training progress on stderr when set (syn_train_model sets it from its options). */
extern int pc_verbose;

typedef struct {
    int nclass;
    uint64_t *keys;    /* open addressing, 0 = empty */
    uint32_t *rows;    /* row index per slot */
    size_t cap, n;
    float *w, *u;      /* n rows of nclass: weights, and time-weighted sums for averaging */
    size_t rowcap;
    double t;          /* instances seen, the averaging clock */
} pc_train;

void pc_train_init(pc_train *p, int nclass);
void pc_train_free(pc_train *p);
/* Row index of a feature, or -1 when it has none. */
long pc_train_find(const pc_train *p, uint64_t key);
long pc_train_row(pc_train *p, uint64_t key); /* finds or adds */
/* Adds the rows of the features (rows[i] >= 0) into scores[nclass]. */
void pc_train_score(const pc_train *p, const long *rows, size_t nf, float *scores);
/* One perceptron step: +1 to class good, -1 to class bad over the features (rows made
 * where missing, so rows[] is filled in). */
void pc_train_update(pc_train *p, const uint64_t *feats, long *rows, size_t nf, int good,
                     int bad);
/* Replaces the weights by their averages (training is over). */
void pc_train_average(pc_train *p);
/* Appends the pruned, quantised table: rows whose largest weight is under min_abs are
dropped, the rest are quantised to int8 against their largest weight. */
void pc_train_export(const pc_train *p, float min_abs, strbuf *out);

/* ---- runtime table ----
 * In the file (pc_train_export): slots (nslots, any size, load under 0.6): u32
 * fingerprint (low half of the feature hash, 0 = empty) and u32 offset of the row, found
 * by linear probing from (hash >> 32) * nslots >> 32. A row in the u16 stream: count n,
 * the row's scale as the top half of a float, then n words class << 8 | int8 weight.
 *
 * In memory (pc_table_map builds it from the file's block; syntax_percep_table.c): the
 * slots' second word rewritten in place to say where the row is, long rows also as
 * dense int8 rows that vector instructions add eight classes at a time, and a bit per
 * fingerprint so that most features the model lacks cost no slot probe. Scoring is the
 * file's arithmetic exactly (same products, same order of additions per class). */

typedef struct {
    uint32_t fp, off;
} pc_slot;

typedef struct {
    uint32_t nclass;
    uint64_t nslots;
    const pc_slot *slots;    /* in the file's bytes: fingerprint and row reference */
    const uint16_t *stream;  /* the file's rows, in its bytes */
    size_t nstream;
    /* owned (pc_table_free) */
    uint64_t *seen;          /* one bit per fingerprint's hash: set when a slot holds it */
    unsigned seen_shift;
    int8_t *dense;           /* the dense rows; NULL when none, or when the CPU cannot add
                              * 8 floats at once */
    size_t dense_stride;     /* bytes per dense row */
} pc_table;

/* Set before pc_table_map to keep every row sparse, as on a CPU without AVX2 (tests
 * compare the two layouts). */
extern int pc_no_vector;
/* Points t at an exported block at data[*pos] and builds its layout in memory, rewriting
 * the block's slots (a block is mapped once: map a copy to keep the bytes); advances
 * *pos. -1 when malformed (the bytes untouched, nothing to free). The block must
 * outlive t. */
int pc_table_map(pc_table *t, char *data, size_t len, size_t *pos);
/* Frees what pc_table_map built; t is zeroed (freeing twice is harmless). */
void pc_table_free(pc_table *t);
#define PC_MAX_FEATS 128
/* Adds the weights of the (at most PC_MAX_FEATS) features into scores, which must have
 * room for 256 classes: entries from nclass on may be changed. */
void pc_table_score(const pc_table *t, const uint64_t *feats, size_t nf, float *scores);

/* The file's layout, shared by the export and the runtime: a feature's home slot and
 * fingerprint, a row's scale, the block's header. */
static inline uint64_t pc_slot_home(uint64_t key, uint64_t nslots)
{
    return (uint64_t)(((unsigned __int128)(key >> 32) * nslots) >> 32);
}

static inline uint32_t pc_slot_fp(uint64_t key)
{
    uint32_t fp = (uint32_t)key;
    return fp ? fp : 1;
}

static inline float pc_float_of_bf16(uint16_t h)
{
    uint32_t u = (uint32_t)h << 16;
    float f;
    memcpy(&f, &u, 4);
    return f;
}

typedef struct {
    uint32_t nclass, pad;
    uint64_t nslots, nstream;
} pc_header;

/* Block helpers for the model sections: append with 8-byte alignment. */
void pc_put(strbuf *out, const void *p, size_t n);
void pc_align(strbuf *out);

#endif
