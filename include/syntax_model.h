/* syntax_model — the one model file: its layout, checking and loading, and assembling
 * it from the sections training produces.
 *
 * Layout (little-endian, every section 8-byte aligned):
 *   0  "EVGSYNM\0"        magic
 *   8  u32 version, u32 0
 *   16 u64 total length
 *   24 u64 checksum of bytes [32, length)
 *   32 names: u32 ntags, u32 nlabels, u64 bytes, then NUL-terminated strings (the UPOS
 *      and Penn tag of each tag class, then the relation names)
 *      tagger, lemmatiser, parser sections (their modules define them)
 * Ownership: a syn_model owns the file's bytes (one allocation filled by one read); the
 * tag and relation names and every table point into them, and the tagger and parser own
 * their tables' layouts built from them at loading. */
#ifndef EVGRAPH_SYNTAX_MODEL_H
#define EVGRAPH_SYNTAX_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "syntax.h"
#include "syntax_lemma.h"
#include "syntax_parser.h"
#include "syntax_tagger.h"

#define SYN_MODEL_MAGIC "EVGSYNM"
#define SYN_MODEL_VERSION 1
#define SYN_MODEL_MAX_BYTES ((size_t)64 << 20)

struct syn_model {
    char *data;
    size_t len;
    int ntags, nlabels;
    const char **upos, **xpos, **labels; /* point into data */
    unsigned char *keep_case;            /* per tag: proper nouns keep their case */
    int punct_label;
    int name_tag; /* the (PROPN, NNP) class, -1 if the model has none */
    syn_tagger tagger;
    syn_lemmatiser lemma;
    syn_parser parser;
};

uint64_t model_checksum(const char *p, size_t n);
/* Checks and maps a file's bytes; takes ownership of data (malloc'd) in every case. */
syn_model *model_from_memory(const char *name, char *data, size_t len, ev_err *err);
/* The names section. */
void model_names(const char *const *upos, const char *const *xpos, int ntags,
                 const char *const *labels, int nlabels, strbuf *out);
/* The file: header, then the sections in order. */
void model_assemble(const strbuf *names, const strbuf *tagger, const strbuf *lemma,
                    const strbuf *parser, strbuf *out);

#endif
