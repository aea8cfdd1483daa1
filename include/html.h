/* html — the structure of a saved web page, from libxml2's HTML parser: which stretches
 * of the bytes are article text, where paragraphs break, the headline and the
 * publication date. The text itself is not taken from the parser: each stretch is
 * handed back as byte offsets into the page, for the document stage to decode (every
 * HTML5 character reference, html_entity_lookup) and normalise while it keeps its map
 * back to the original bytes. So evidence offsets stay exact whatever the parser
 * decoded, and an entity libxml2 does not know (it knows HTML 4's) is still decoded.
 *
 * Mapping the parser's text back: libxml2 reports text in pieces, each with the input
 * position after it. A piece that equals the bytes just before that position (or just
 * at it: a stray '<' is reported before it is consumed) is those bytes; any other piece
 * is a character reference the parser decoded, which starts at the last '&' before the
 * position. Pieces that touch, and stretches between them with no '<' or '>' (a
 * malformed reference the parser drops without a word, "&#;"), make one stretch of
 * text. Markup, comments, scripts and styles, and what the page does not show as
 * article text (head, navigation, forms, footers ...) are never handed on. */
#ifndef EVGRAPH_HTML_H
#define EVGRAPH_HTML_H

#include <stddef.h>

#include "calendar.h"

typedef struct {
    void *ctx;
    /* Article text: bytes [start, end) of the page, in increasing order, never
     * overlapping; references in it are still encoded. */
    void (*text)(void *ctx, size_t start, size_t end);
    /* A break between stretches of text: a paragraph (block elements, the headline) or
     * a space (table cells, inline replaced elements). */
    void (*brk)(void *ctx, int para);
} html_sink;

typedef struct {
    ymd meta_date; /* article:published_time and kin; y == 0: none */
    ymd time_date; /* the first <time datetime> */
} html_facts;

/* Walks the page (UTF-8; len bytes). page may hold anything: bytes libxml2 cannot take
 * (invalid UTF-8, C0 controls, U+FFFE/U+FFFF) are read as '?' by the parser, offsets
 * unchanged. Returns -1 only when the parser cannot be set up. */
int html_walk(const char *page, size_t len, const html_sink *sink, html_facts *facts);

/* One HTML5 named character reference: up to two code points. */
typedef struct {
    const char *name; /* "amp;", "amp" (legacy, without the semicolon), "NotEqualTilde;" */
    unsigned cp[2];   /* cp[1] == 0: one code point */
} html_entity;

/* The reference whose name starts at s (after '&'), n bytes available, as HTML5 reads
 * one in text: the name with its semicolon when the table has it, else the longest
 * legacy name without one ("&copy2024" is "©2024"). *used: the bytes of the name taken
 * (semicolon included). NULL when none matches. */
const html_entity *html_entity_lookup(const char *s, size_t n, size_t *used);

#endif
