/* syntax_percep_table — the perceptron's table at run time: the file's block checked,
 * laid out again for scoring (row references in the slots, long rows dense, a filter of
 * the fingerprints), and scoring with it.
 *
 * Scores are the file's arithmetic to the bit: every product of a weight and its row's
 * scale is exact in a float (8 significant bits times 7), and each class receives its
 * rows' products in feature order, as the sparse rows gave them; a dense row adds +0.0
 * to the classes it has no weight for, which changes no sum (a score starts at +0.0 and
 * never becomes -0.0). So the parses are the same whichever layout scores them. */
#include "syntax_percep.h"

#include <math.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define PC_X86 1
#endif

int pc_no_vector = 0;

/* A row reference in a slot: an offset into the file's stream, a dense row's number with
 * REF_DENSE set, or REF_NONE for a row the file places outside its stream (found, so
 * the probe stops there, but it scores nothing, as it always did). */
#define REF_DENSE 0x80000000u
#define REF_NONE 0x7fffffffu

/* Rows of at least this many weights are also kept dense. Adding a sparse weight is a
 * dependent load, convert, multiply and store; a dense row of 103 classes is 13 vector
 * adds. The parser's frequent features (tags, the bias, valency) have rows of 50 to 103
 * weights, and two thirds of its hits are such rows. 16 measured best on EWT dev (8 was no
 * faster and takes four times the memory); the parser's dense rows take 2.4 MB. */
#define DENSE_MIN 16
/* A dense row: its scale as a float, 12 bytes of padding, then an int8 weight per class
 * (rounded up to a multiple of 8), the whole rounded up to cache lines. */
#define DENSE_HEAD 16

static size_t dense_stride(uint32_t nclass)
{
    return (DENSE_HEAD + ((size_t)nclass + 7) / 8 * 8 + 63) / 64 * 64;
}

/* The filter's bit for a fingerprint: multiplicative hashing of the (already mixed)
 * fingerprint. Only fingerprints of filled slots set bits, so a clear bit proves the
 * feature is not in the table: no slot holds its fingerprint. */
static uint64_t seen_bit(const pc_table *t, uint32_t fp)
{
    return (uint32_t)(fp * 0x9E3779B1u) >> t->seen_shift;
}

static int vector_ok(void)
{
#ifdef PC_X86
    return !pc_no_vector && __builtin_cpu_supports("avx2");
#else
    return 0;
#endif
}

/* A slot's row as a reference: dense when wanted and the row is well formed for it
 * (classes ascending, inside nclass, a finite scale: infinity times a missing weight's
 * zero would be NaN); anything else stays sparse and scores as it always did. */
static uint32_t row_ref(const pc_table *t, uint32_t off, int want_dense)
{
    if ((uint64_t)off + 2 > t->nstream || (uint64_t)off + 2 + t->stream[off] > t->nstream)
        return REF_NONE;
    size_t n = t->stream[off];
    if (!want_dense || n < DENSE_MIN || !isfinite(pc_float_of_bf16(t->stream[off + 1])))
        return off;
    for (size_t k = 0; k < n; k++) {
        unsigned c = t->stream[off + 2 + k] >> 8;
        if (c >= t->nclass || (k && c <= (unsigned)(t->stream[off + 1 + k] >> 8)))
            return off;
    }
    return REF_DENSE;
}

static void fill_dense(const uint16_t *row, int8_t *d)
{
    float scale = pc_float_of_bf16(row[1]);
    memcpy(d, &scale, sizeof scale);
    for (size_t k = 0; k < row[0]; k++)
        d[DENSE_HEAD + (row[2 + k] >> 8)] = (int8_t)(row[2 + k] & 0xff);
}

/* The filter's size: at least 8 bits per filled slot (a power of two), so that about
 * one absent feature in twelve gets past it. The export fills 3 slots in 5. */
static unsigned seen_bits_log2(uint64_t nslots)
{
    unsigned lg = 6;
    while (((uint64_t)1 << lg) < nslots * 3 / 5 * 8 && lg < 32)
        lg++;
    return lg;
}

/* Rewrites every filled slot's offset as its reference and sets its filter bit, except
 * that rows to be made dense keep their offsets and are listed (*dense, *ndense; the
 * caller frees the list). The rows lie in the stream in no order of the slots', so each
 * is fetched some slots ahead. */
static void classify_rows(pc_table *t, pc_slot *slots, uint32_t **dense, size_t *ndense)
{
    enum { AHEAD = 32 };
    int vec = vector_ok();
    size_t cap = 0;
    uint64_t *seen = t->seen;
    *dense = NULL;
    *ndense = 0;
    for (size_t i = 0; i < t->nslots; i++) {
        if (i + AHEAD < t->nslots && slots[i + AHEAD].fp &&
            slots[i + AHEAD].off < t->nstream)
            __builtin_prefetch(t->stream + slots[i + AHEAD].off);
        if (!slots[i].fp)
            continue;
        uint64_t b = seen_bit(t, slots[i].fp);
        seen[b >> 6] |= (uint64_t)1 << (b & 63);
        uint32_t ref = row_ref(t, slots[i].off, vec);
        if (ref != REF_DENSE) {
            slots[i].off = ref;
            continue;
        }
        util_grow((void **)dense, &cap, *ndense + 1, sizeof **dense);
        (*dense)[(*ndense)++] = (uint32_t)i;
    }
}

/* Rewrites the slots' offsets as references, and builds the filter and the dense rows
 * (in huge pages, read at random like the model). */
static void build_layout(pc_table *t, pc_slot *slots)
{
    enum { AHEAD = 8 };
    uint32_t *list;
    size_t ndense, stride = dense_stride(t->nclass);
    unsigned lg = seen_bits_log2(t->nslots);
    t->seen = xcalloc(((size_t)1 << lg) / 64, sizeof(uint64_t));
    t->seen_shift = 32 - lg;
    classify_rows(t, slots, &list, &ndense);
    int8_t *dense = ndense ? util_alloc_huge(ndense * stride) : NULL;
    if (dense)
        memset(dense, 0, ndense * stride);
    for (size_t k = 0; k < ndense; k++) {
        if (k + AHEAD < ndense)
            __builtin_prefetch(t->stream + slots[list[k + AHEAD]].off);
        pc_slot *s = &slots[list[k]];
        fill_dense(t->stream + s->off, dense + k * stride);
        s->off = REF_DENSE | (uint32_t)k;
    }
    free(list);
    t->dense = dense;
    t->dense_stride = stride;
}

int pc_table_map(pc_table *t, char *data, size_t len, size_t *pos)
{
    memset(t, 0, sizeof *t);
    size_t at = (*pos + 7) & ~(size_t)7;
    pc_header h;
    if (at > len || len - at < sizeof h)
        return -1;
    memcpy(&h, data + at, sizeof h);
    at += sizeof h;
    if (h.nclass == 0 || h.nclass > 256 || h.nslots == 0 ||
        h.nslots > (len - at) / sizeof(pc_slot))
        return -1;
    size_t slot_bytes = h.nslots * sizeof(pc_slot);
    if (h.nstream > (len - at - slot_bytes) / 2)
        return -1;
    t->nclass = h.nclass;
    t->nslots = h.nslots;
    pc_slot *slots = (pc_slot *)(void *)(data + at);
    t->slots = slots;
    t->stream = (const uint16_t *)(const void *)(data + at + slot_bytes);
    t->nstream = h.nstream;
    /* A full table would make lookups loop. */
    size_t empty = 0;
    for (size_t i = 0; i < h.nslots && !empty; i++)
        empty += !t->slots[i].fp;
    if (!empty)
        return -1;
    build_layout(t, slots);
    *pos = (at + slot_bytes + h.nstream * 2 + 7) & ~(size_t)7;
    return 0;
}

void pc_table_free(pc_table *t)
{
    free(t->seen);
    free(t->dense);
    memset(t, 0, sizeof *t);
}

/* The reference the slots give a fingerprint from its home, REF_NONE when absent. Most
 * probes end within two slots (the table is at most 0.6 full): those two are read and
 * decided without a branch on each, which the CPU could not predict. */
static uint32_t probe(const pc_table *t, uint64_t j, uint32_t fp)
{
    const pc_slot *s0 = &t->slots[j], *s1 = &t->slots[j + 1 == t->nslots ? 0 : j + 1];
    uint32_t a = s0->fp, b = s1->fp;
    uint32_t ref = b == fp ? s1->off : REF_NONE;
    ref = a == fp ? s0->off : a == 0 ? REF_NONE : ref;
    if (a == fp || a == 0 || b == fp || b == 0)
        return ref;
    for (j = j + 2 >= t->nslots ? j + 2 - t->nslots : j + 2;;) {
        const pc_slot *s = &t->slots[j];
        if (s->fp == fp)
            return s->off;
        if (!s->fp)
            return REF_NONE;
        j = j + 1 == t->nslots ? 0 : j + 1;
    }
}

static const int8_t *dense_row(const pc_table *t, uint32_t ref)
{
    return t->dense + (size_t)(ref & ~REF_DENSE) * t->dense_stride;
}

/* The rows of the features that have one, in feature order. Lookups are bound by memory
 * latency: the filter words of all features are fetched first, then the slots of those
 * that pass, then the rows they find, so that the misses overlap instead of queueing. */
static size_t find_rows(const pc_table *t, const uint64_t *feats, size_t nf, uint32_t *out)
{
    uint64_t home[PC_MAX_FEATS];
    uint32_t fps[PC_MAX_FEATS];
    size_t m = 0, nr = 0;
    for (size_t f = 0; f < nf; f++)
        __builtin_prefetch(&t->seen[seen_bit(t, pc_slot_fp(feats[f])) >> 6]);
    for (size_t f = 0; f < nf; f++) { /* kept or not without a branch: unpredictable */
        uint32_t fp = pc_slot_fp(feats[f]);
        uint64_t b = seen_bit(t, fp), kept = t->seen[b >> 6] >> (b & 63) & 1;
        home[m] = pc_slot_home(feats[f], t->nslots);
        fps[m] = fp;
        __builtin_prefetch(&t->slots[kept ? home[m] : 0]);
        m += kept;
    }
    for (size_t k = 0; k < m; k++) {
        uint32_t ref = probe(t, home[k], fps[k]);
        if (ref == REF_NONE)
            continue;
        if (ref & REF_DENSE) {
            const int8_t *d = dense_row(t, ref);
            for (size_t b = 0; b < t->dense_stride; b += 64)
                __builtin_prefetch(d + b);
        } else {
            __builtin_prefetch(t->stream + ref);
        }
        out[nr++] = ref;
    }
    return nr;
}

static inline void add_sparse(const uint16_t *row, float *scores)
{
    float scale = pc_float_of_bf16(row[1]);
    for (size_t k = 0; k < row[0]; k++)
        scores[row[2 + k] >> 8] += scale * (float)(int8_t)(row[2 + k] & 0xff);
}

#ifdef PC_X86
/* The rows added with AVX2, dense ones 8 classes at a time (the product rounded to
 * float, then the sum: the same two roundings as the scalar code). */
__attribute__((target("avx2"))) static void add_rows_avx2(const pc_table *t,
                                                           const uint32_t *refs, size_t nr,
                                                           float *scores)
{
    size_t nvec = (t->nclass + 7) / 8;
    for (size_t r = 0; r < nr; r++) {
        if (!(refs[r] & REF_DENSE)) {
            add_sparse(t->stream + refs[r], scores);
            continue;
        }
        const int8_t *d = dense_row(t, refs[r]), *q = d + DENSE_HEAD;
        __m256 scale = _mm256_broadcast_ss((const float *)(const void *)d);
        for (size_t v = 0; v < nvec; v++) {
            __m128i q8 = _mm_loadl_epi64((const __m128i *)(const void *)(q + 8 * v));
            __m256 w = _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(q8)), scale);
            __m256 sum = _mm256_add_ps(_mm256_loadu_ps(scores + 8 * v), w);
            _mm256_storeu_ps(scores + 8 * v, sum);
        }
    }
}
#endif

/* Scores has room for 256 classes: neither a class byte nor a dense row's last vector
 * can reach outside it, whatever the file says. */
void pc_table_score(const pc_table *t, const uint64_t *feats, size_t nf, float *scores)
{
    uint32_t refs[PC_MAX_FEATS];
    size_t nr = find_rows(t, feats, nf < PC_MAX_FEATS ? nf : PC_MAX_FEATS, refs);
#ifdef PC_X86
    if (t->dense) {
        add_rows_avx2(t, refs, nr, scores);
        return;
    }
#endif
    for (size_t r = 0; r < nr; r++)
        add_sparse(t->stream + refs[r], scores);
}
