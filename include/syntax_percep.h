/* syntax_percep — the averaged perceptron shared by the tagger and the parser: feature
 * hashing, a training store of dense weight rows keyed by 64-bit feature hashes, its
 * export to a pruned, int16-quantised sparse table, and scoring with that table.
 *
 * Ownership: a pc_train owns its arrays (pc_train_free). A pc_table owns nothing: it
 * points into a model file's bytes and lives as long as they do. The exported block is
 * appended to a caller's strbuf, 8-byte aligned, little-endian host layout. */
#ifndef EVGRAPH_SYNTAX_PERCEP_H
#define EVGRAPH_SYNTAX_PERCEP_H

#include <stddef.h>
#include <stdint.h>

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
 * Slots (nslots, any size, load under 0.6): u32 fingerprint (low half of the feature
 * hash, 0 = empty) and u32 offset of the row, found by linear probing from
 * (hash >> 32) * nslots >> 32. A row in the u16 stream: count n, the row's scale as the
 * top half of a float, then n words class << 8 | int8 weight. */

typedef struct {
    uint32_t fp, off;
} pc_slot;

typedef struct {
    uint32_t nclass;
    uint64_t nslots;
    const pc_slot *slots;
    const uint16_t *stream;
    size_t nstream;
} pc_table;

/* Points t at an exported block at data[*pos]; advances *pos. -1 when malformed. */
int pc_table_map(pc_table *t, const char *data, size_t len, size_t *pos);
#define PC_MAX_FEATS 128
/* Adds the weights of the (at most PC_MAX_FEATS) features into scores, which must have
 * room for 256 classes. */
void pc_table_score(const pc_table *t, const uint64_t *feats, size_t nf, float *scores);

/* Block helpers for the model sections: append with 8-byte alignment. */
void pc_put(strbuf *out, const void *p, size_t n);
void pc_align(strbuf *out);

#endif
