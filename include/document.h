/* document — one input article: bytes read and validated as UTF-8, normalised for
 * matching (curly quotes, dashes, odd spaces, line ends), split into paragraphs that are
 * classified (headline, dateline, byline, category, body, boilerplate), and its
 * publication date found in the header. Offsets everywhere else are into `text`;
 * document_raw_offset maps them back to the original bytes. */
#ifndef EVGRAPH_DOCUMENT_H
#define EVGRAPH_DOCUMENT_H

#include "calendar.h"
#include "util.h"

typedef enum {
    PARA_BODY,
    PARA_HEADLINE,
    PARA_DATELINE,
    PARA_BYLINE,
    PARA_CATEGORY,
    PARA_BOILERPLATE
} para_kind;

typedef struct {
    size_t start, end;
    para_kind kind;
} paragraph;

typedef enum {
    ANCHOR_NONE,
    ANCHOR_OPTION,   /* --anchor */
    ANCHOR_HEADER,   /* a date or timestamp line in the header */
    ANCHOR_DATELINE  /* "WASHINGTON, Dec 18 (Reuters) -" */
} anchor_basis;

/* From text offset `text` on, text offsets map to raw offsets from `raw` at `scale` raw
 * bytes per text byte (1, or 2 for UTF-16 input), up to the next point; scale 0 marks a
 * replacement (an entity, U+FFFD for an invalid byte) that stands for all the raw bytes
 * up to the next point. */
typedef struct {
    size_t text, raw;
    unsigned scale;
} offset_point;

typedef struct {
    char *source;          /* path as given, "-" for stdin */
    char *text;            /* normalised, NUL-terminated */
    size_t len;
    size_t raw_len;
    offset_point *map;     /* where text and raw offsets fall out of step, by text */
    size_t nmap, capmap;
    paragraph *paras;
    size_t npara, cappara;
    char *title, *byline;
    ymd published;         /* y == 0: none found */
    anchor_basis published_basis;
    ymd dateline_md;       /* a wire dateline's month and day when it has no year */
    ymd anchor;            /* what relative dates resolve against; y == 0: none */
    anchor_basis anchor_basis;
    size_t invalid_bytes;  /* invalid UTF-8 sequences replaced by U+FFFD */
    int was_html;          /* markup was stripped (a saved web page) */
    int was_utf16;         /* decoded from UTF-16 (a byte-order mark said so) */
} document;

/* Size limit for one input; larger inputs are refused with an error. Inputs are UTF-8
 * (invalid sequences become U+FFFD), or UTF-16 with a byte-order mark, or HTML (detected
 * by a leading <!DOCTYPE or <html, or an .html/.htm name): tags are stripped, block tags
 * become paragraph breaks, entities are decoded, <title> becomes a header line and
 * article:published_time or <time datetime> gives the publication date. Binary files
 * (NUL bytes, PDF, images, archives, mostly invalid UTF-8) are refused. */
#define DOCUMENT_MAX_BYTES ((size_t)256 << 20)

int document_load(document *doc, const char *path, ev_err *err);
int document_from_memory(document *doc, const char *source, const char *data, size_t len,
                         ev_err *err);
/* Sets the anchor: the override when given (y != 0), else the publication date. */
void document_set_anchor(document *doc, ymd override);
/* The raw offset where the text at text_off starts (for span starts). */
size_t document_raw_offset(const document *doc, size_t text_off);
/* The raw offset just past the text byte before text_end (for span ends): it stops
 * before markup dropped after the span but includes all of an entity or replaced byte
 * the span ends with. */
size_t document_raw_end(const document *doc, size_t text_end);
const char *document_anchor_basis_name(anchor_basis b);
void document_free(document *doc);

#endif
