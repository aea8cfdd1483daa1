/* document — read one article, normalise it for matching while keeping a map back to
 * the original bytes, classify its paragraphs and find its publication date.
 *
 * Normalisation keeps the text UTF-8 and only rewrites what matters for matching:
 * typographic quotes and dashes become ASCII, odd spaces become spaces, zero-width
 * characters and CRs go, invalid UTF-8 becomes U+FFFD. Every change of length is
 * recorded as a (text offset, raw offset) point, so spans map back exactly. */
#include "document.h"

#include "html.h"

#include <ctype.h>
#include <string.h>

static void set_published(document *doc, ymd d, anchor_basis b)
{
    doc->published = d;
    doc->published_basis = b;
}

/* ---- the offset map ---- */

/* Adds a point, or replaces the last one when it stands at the same text offset. */
static void map_add(offset_point **m, size_t *n, size_t *cap, size_t text, size_t raw,
                    unsigned scale)
{
    if (*n && (*m)[*n - 1].text == text) {
        (*m)[*n - 1].raw = raw;
        (*m)[*n - 1].scale = scale;
        return;
    }
    offset_point *pt = VEC_PUSH(*m, *n, *cap);
    pt->text = text;
    pt->raw = raw;
    pt->scale = scale;
}

/* Records that text [t0, t1) came from raw [r0, r1): nothing when the current segment
 * already says so, a new segment when the piece has a steady ratio of its own (1, or 2
 * for UTF-16 when allow2), else a point after the piece. */
static void map_step(offset_point **m, size_t *n, size_t *cap, size_t t0, size_t r0, size_t t1,
                     size_t r1, int allow2)
{
    size_t len = t1 - t0, craw = r1 - r0;
    unsigned cur = *n && (*m)[*n - 1].scale ? (*m)[*n - 1].scale : 1;
    if (len * cur == craw)
        return;
    if (len && craw == len) {
        map_add(m, n, cap, t0, r0, 1);
    } else if (len && allow2 && craw == 2 * len) {
        map_add(m, n, cap, t0, r0, 2);
    } else {
        /* A replacement ("&amp;" -> "&", an invalid byte -> U+FFFD) is a segment of its
         * own, scale 0, so that a span ending in it ends after all of its raw bytes;
         * dropped bytes (a tag, a CR) need only the point after them. */
        if (len)
            map_add(m, n, cap, t0, r0, 0);
        map_add(m, n, cap, t1, r1, cur);
    }
}

/* The raw offset of text offset off through point k (the last at or before off), capped
 * at the next point so that offsets inside a replaced piece never run past it. */
static size_t map_through(const offset_point *m, size_t n, size_t k, size_t off)
{
    unsigned sc = m[k].scale;
    if (sc == 0)
        return m[k].raw; /* inside a replacement: where it starts */
    size_t r = m[k].raw + (off - m[k].text) * sc;
    if (k + 1 < n && r > m[k + 1].raw)
        r = m[k + 1].raw;
    return r;
}

size_t document_raw_offset(const document *doc, size_t off)
{
    size_t lo = 0, hi = doc->nmap;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (doc->map[mid].text <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t r = lo == 0 ? off : map_through(doc->map, doc->nmap, lo - 1, off);
    return r > doc->raw_len ? doc->raw_len : r;
}

size_t document_raw_end(const document *doc, size_t off)
{
    if (off == 0)
        return document_raw_offset(doc, 0);
    /* The segment holding the last byte of the span, text offset off - 1. */
    size_t lo = 0, hi = doc->nmap;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (doc->map[mid].text < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t r;
    if (lo == 0) {
        r = off;
    } else {
        const offset_point *pt = &doc->map[lo - 1];
        const offset_point *next = lo < doc->nmap ? &doc->map[lo] : NULL;
        if (pt->scale == 0)
            r = next ? next->raw : doc->raw_len;
        else
            r = pt->raw + (off - pt->text) * pt->scale;
        if (next && r > next->raw)
            r = next->raw;
    }
    return r > doc->raw_len ? doc->raw_len : r;
}

/* ---- normalisation ---- */

typedef struct {
    document *doc;
    strbuf out;
    size_t src_pos;   /* in the bytes being normalised (raw, or UTF-8 decoded from UTF-16) */
    size_t raw_pos;   /* in the original bytes */
    /* UTF-16 input: the decoded bytes' own map back to the raw bytes. */
    const offset_point *pre;
    size_t npre, precur;
    int html;           /* a web page: html.c tells which bytes are text */
    html_facts facts;   /* the page's publication date, when it says */
} normaliser;

static size_t src_to_raw(normaliser *n, size_t s)
{
    if (!n->pre)
        return s;
    while (n->precur + 1 < n->npre && n->pre[n->precur + 1].text <= s)
        n->precur++;
    if (!n->npre || n->pre[n->precur].text > s)
        return s;
    return map_through(n->pre, n->npre, n->precur, s);
}

/* Emits replacement text for source bytes [src_pos, src_pos + consumed). */
static void emit(normaliser *n, const char *s, size_t len, size_t consumed)
{
    size_t t0 = n->out.len, r0 = n->raw_pos;
    if (len)
        sb_add(&n->out, s, len);
    n->src_pos += consumed;
    n->raw_pos = src_to_raw(n, n->src_pos);
    document *d = n->doc;
    map_step(&d->map, &d->nmap, &d->capmap, t0, r0, n->out.len, n->raw_pos, n->pre != NULL);
}

static size_t utf8_encode(unsigned cp, char *b)
{
    if (cp < 0x80) {
        b[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    b[0] = (char)(0xF0 | (cp >> 18));
    b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* The ASCII stand-in for a typographic character, "" to drop it, NULL to keep it. */
static const char *ascii_for(unsigned cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
    case 0x00BB:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212:
        return "-";
    case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
    case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000:
        return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
    case 0x200E: case 0x200F:
        /* A byte-order mark is dropped here too, wherever it stands. */
        return "";
    case 0x2026:
        return "...";
    case 0x2028: case 0x2029:
        return "\n";
    default:
        return NULL;
    }
}

/* The text for code point cp at b (at most 4 bytes): its ASCII stand-in, a space for a
 * control character, else its UTF-8. */
static size_t cp_text(unsigned cp, char *b)
{
    const char *a = ascii_for(cp);
    if (a) {
        size_t l = strlen(a);
        memcpy(b, a, l);
        return l;
    }
    if (cp < 0x20 || cp == 0x7F) {
        b[0] = ' ';
        return 1;
    }
    return utf8_encode(cp, b);
}

/* Emits one or two code points (cp2 0: one) that stood for `consumed` source bytes (a
 * character reference). */
static void emit_cps(normaliser *n, unsigned cp, unsigned cp2, size_t consumed)
{
    char b[8];
    size_t l = cp_text(cp, b);
    if (cp2)
        l += cp_text(cp2, b + l);
    emit(n, b, l, consumed);
}

/* ---- HTML ---- */

static int ci_prefix(const unsigned char *p, size_t avail, const char *w)
{
    size_t l = strlen(w);
    if (avail < l)
        return 0;
    for (size_t i = 0; i < l; i++)
        if (tolower(p[i]) != w[i])
            return 0;
    return 1;
}

/* A paragraph break standing for `consumed` source bytes, not doubled. */
static void emit_break(normaliser *n, size_t consumed)
{
    size_t l = n->out.len;
    const char *o = n->out.s;
    if (l == 0 || (l >= 2 && o[l - 1] == '\n' && o[l - 2] == '\n'))
        emit(n, "", 0, consumed);
    else if (o[l - 1] == '\n')
        emit(n, "\n", 1, consumed);
    else
        emit(n, "\n\n", 2, consumed);
}

/* HTML white space: one space, none after a space or a line end. */
static void emit_space(normaliser *n, size_t consumed)
{
    size_t l = n->out.len;
    if (l == 0 || n->out.s[l - 1] == ' ' || n->out.s[l - 1] == '\n')
        emit(n, "", 0, consumed);
    else
        emit(n, " ", 1, consumed);
}

/* A numeric reference's code point as browsers read it: 0x80-0x9F as Windows-1252,
 * what is no character as U+FFFD. */
static unsigned numeric_cp(unsigned long v)
{
    static const unsigned cp1252[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0xFFFD;
    if (v >= 0x80 && v <= 0x9F)
        return cp1252[v - 0x80];
    return (unsigned)v;
}

/* A character reference at src_pos ('&'), read as HTML5 reads one in text: numeric
 * ("&#8217;", "&#x2019;", the semicolon optional) or named (every HTML5 name: "&Scaron;",
 * "&NotEqualTilde;", a legacy one without its semicolon, "&copy 2024"); else a plain '&'. */
static void char_reference(normaliser *n, const unsigned char *p, size_t len)
{
    size_t i = n->src_pos, k = i + 1;
    if (k < len && p[k] == '#') {
        k++;
        int hex = k < len && (p[k] == 'x' || p[k] == 'X');
        k += hex;
        size_t ds = k;
        unsigned long v = 0;
        while (k < len && (hex ? isxdigit(p[k]) : isdigit(p[k]))) {
            if (v < 0x110000)
                v = v * (hex ? 16 : 10) +
                    (unsigned long)(isdigit(p[k]) ? p[k] - '0' : (tolower(p[k]) - 'a' + 10));
            k++;
        }
        if (k > ds) {
            k += k < len && p[k] == ';';
            emit_cps(n, numeric_cp(v), 0, k - i);
            return;
        }
    } else {
        size_t used;
        const html_entity *e = html_entity_lookup((const char *)p + k, len - k, &used);
        if (e) {
            emit_cps(n, e->cp[0], e->cp[1], 1 + used);
            return;
        }
    }
    emit(n, "&", 1, 1);
}

/* A leading <!DOCTYPE html> or <html>, or an .html/.htm name. */
static int looks_like_html(const char *source, const unsigned char *p, size_t len)
{
    size_t i = 0;
    if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        i = 3;
    while (i < len && isspace(p[i]))
        i++;
    if (ci_prefix(p + i, len - i, "<!doctype html") || ci_prefix(p + i, len - i, "<html"))
        return 1;
    size_t sl = strlen(source);
    static const char *const ext[] = {".html", ".htm", ".xhtml", NULL};
    for (int k = 0; ext[k]; k++) {
        size_t el = strlen(ext[k]);
        if (sl >= el && util_strcasecmp_n(source + sl - el, el, ext[k], el) == 0)
            return 1;
    }
    return 0;
}

/* One character of text at src_pos: a line end, a control character, a UTF-8 character
 * (typographic ones as their ASCII stand-ins) or an invalid byte (U+FFFD, counted).
 * -1 when the input turns out to be mostly invalid bytes. */
static int text_char(normaliser *n, const unsigned char *p, size_t len, ev_err *err)
{
    document *doc = n->doc;
    size_t i = n->src_pos;
    if (p[i] == '\r') {
        /* CRLF is one line end standing for both bytes, so that a span ending at
         * the line end maps to before the CR and the next line starts after the LF. */
        emit(n, "\n", 1, i + 1 < len && p[i + 1] == '\n' ? 2 : 1);
        return 0;
    }
    if (p[i] < 0x80) {
        /* Control characters other than tab and newline would only confuse output. */
        if ((p[i] < 0x20 && p[i] != '\n' && p[i] != '\t') || p[i] == 0x7F)
            emit(n, " ", 1, 1);
        else
            emit(n, (const char *)p + i, 1, 1);
        return 0;
    }
    unsigned cp;
    size_t l = util_utf8_decode(p + i, len - i, &cp);
    if (!l) {
        doc->invalid_bytes++;
        /* Mostly invalid is not text in another encoding worth reading. */
        if (doc->invalid_bytes > 4096 && doc->invalid_bytes * 4 > i) {
            err_set(err, "%s: binary file (mostly invalid UTF-8)", doc->source);
            return -1;
        }
        emit(n, "\xEF\xBF\xBD", 3, 1);
        return 0;
    }
    const char *a = ascii_for(cp);
    if (a)
        emit(n, a, strlen(a), l);
    else
        emit(n, (const char *)p + i, l, l);
    return 0;
}

/* A web page read through html.c, which hands back the stretches of article text and
 * the breaks between them; the markup between stretches is dropped here. */
typedef struct {
    normaliser *n;
    const unsigned char *p;
    size_t len;
    ev_err *err;
    int failed;
} page_reader;

static void page_text(void *ctx, size_t start, size_t end)
{
    page_reader *r = ctx;
    normaliser *n = r->n;
    if (start > n->src_pos)
        emit(n, "", 0, start - n->src_pos);
    while (n->src_pos < end && !r->failed) {
        unsigned char c = r->p[n->src_pos];
        if (c == '&')
            char_reference(n, r->p, r->len); /* may read on past end: a reference is whole */
        else if (isspace(c))
            emit_space(n, 1);
        else if (text_char(n, r->p, r->len, r->err) != 0)
            r->failed = 1;
    }
}

static void page_break(void *ctx, int para)
{
    page_reader *r = ctx;
    if (para)
        emit_break(r->n, 0);
    else
        emit_space(r->n, 0);
}

static int invalid_utf8(const unsigned char *p, size_t len)
{
    size_t bad = 0;
    unsigned cp;
    for (size_t i = 0, l; i < len; i += l ? l : 1)
        bad += !(l = util_utf8_decode(p + i, len - i, &cp));
    return bad > 16 && bad * 4 > len;
}

static int normalise_page(normaliser *n, const unsigned char *p, size_t len, ev_err *err)
{
    if (invalid_utf8(p, len)) {
        err_set(err, "%s: binary file (mostly invalid UTF-8)", n->doc->source);
        return -1;
    }
    page_reader r = {n, p, len, err, 0};
    html_sink sink = {&r, page_text, page_break};
    if (html_walk((const char *)p, len, &sink, &n->facts) != 0) {
        err_set(err, "%s: the HTML parser could not be set up", n->doc->source);
        return -1;
    }
    if (!r.failed && n->src_pos < len)
        emit(n, "", 0, len - n->src_pos); /* markup after the last text */
    return r.failed ? -1 : 0;
}

/* Normalises src (UTF-8, possibly HTML); fails when it is mostly not text. */
static int normalise(normaliser *n, const char *src, size_t len, ev_err *err)
{
    document *doc = n->doc;
    const unsigned char *p = (const unsigned char *)src;
    util_grow((void **)&n->out.s, &n->out.cap, len + 1, 1);
    if (n->html && normalise_page(n, p, len, err) != 0)
        return -1;
    while (!n->html && n->src_pos < len)
        if (text_char(n, p, len, err) != 0)
            return -1;
    if (doc->invalid_bytes > 16 && doc->invalid_bytes * 4 > len) {
        err_set(err, "%s: binary file (mostly invalid UTF-8)", doc->source);
        return -1;
    }
    sb_add(&n->out, "", 0);
    doc->len = n->out.len;
    /* the buffer was sized for the input, rounded up to a power of two: up to twice the
     * text, held for the whole document */
    doc->text = xrealloc(sb_detach(&n->out), doc->len + 1);
    return 0;
}

/* ---- UTF-16 ---- */

/* Decodes UTF-16 after its byte-order mark into UTF-8, with a map back to the raw
 * bytes in *map. Unpaired surrogates and an odd last byte become U+FFFD. */
static int utf16_decode(document *doc, const unsigned char *p, size_t len, int be, strbuf *out,
                        offset_point **map, size_t *nmap, size_t *capmap, ev_err *err)
{
    size_t i = 2, units = 0, bad = 0, nul = 0;
    size_t cap = 0;
    map_step(map, nmap, &cap, 0, 0, 0, 2, 1);
    util_grow((void **)&out->s, &out->cap, len + 1, 1);
    while (i < len) {
        size_t t0 = out->len, r0 = i;
        unsigned cp;
        if (i + 1 >= len) {
            cp = 0xFFFD;
            bad++;
            i++;
        } else {
            unsigned u = be ? (unsigned)(p[i] << 8 | p[i + 1]) : (unsigned)(p[i + 1] << 8 | p[i]);
            i += 2;
            units++;
            if (u >= 0xD800 && u <= 0xDBFF && i + 1 < len) {
                unsigned v = be ? (unsigned)(p[i] << 8 | p[i + 1])
                                : (unsigned)(p[i + 1] << 8 | p[i]);
                if (v >= 0xDC00 && v <= 0xDFFF) {
                    cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                    i += 2;
                } else {
                    cp = 0xFFFD;
                    bad++;
                }
            } else if (u >= 0xD800 && u <= 0xDFFF) {
                cp = 0xFFFD;
                bad++;
            } else {
                cp = u;
                nul += u == 0;
            }
        }
        char b[4];
        sb_add(out, b, utf8_encode(cp, b));
        map_step(map, nmap, &cap, t0, r0, out->len, i, 1);
    }
    *capmap = cap;
    if (nul) {
        err_set(err, "%s: binary file (UTF-16 with NUL characters)", doc->source);
        return -1;
    }
    if (units == 0) {
        err_set(err, "%s: empty file (only a UTF-16 byte-order mark)", doc->source);
        return -1;
    }
    if (bad * 4 > units + 1) {
        err_set(err, "%s: not valid UTF-16 text (%zu bad code units of %zu)", doc->source, bad,
                units);
        return -1;
    }
    doc->invalid_bytes += bad;
    return 0;
}

/* "binary file (...)" for known binary formats; NULL for what may be text. */
static const char *binary_kind(const unsigned char *p, size_t len)
{
    static const struct {
        const char *magic;
        size_t n;
        const char *what;
    } kinds[] = {{"\x89PNG\r\n\x1a\n", 8, "PNG image"},
                 {"\xFF\xD8\xFF", 3, "JPEG image"},
                 {"GIF87a", 6, "GIF image"},
                 {"GIF89a", 6, "GIF image"},
                 {"PK\x03\x04", 4, "ZIP archive; a .docx or .odt document is one"},
                 {"PK\x05\x06", 4, "ZIP archive"},
                 {"\x1F\x8B", 2, "gzip archive"},
                 {"BZh", 3, "bzip2 archive"},
                 {"\xFD" "7zXZ", 5, "xz archive"},
                 {"7z\xBC\xAF\x27\x1C", 6, "7-Zip archive"},
                 {"Rar!", 4, "RAR archive"},
                 {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "Microsoft Office document"},
                 {"\x7F" "ELF", 4, "executable"},
                 {"RIFF", 4, "RIFF media file"},
                 {"\x00\x00\x01\x00", 4, "icon"},
                 {NULL, 0, NULL}};
    for (int k = 0; kinds[k].magic; k++)
        if (len >= kinds[k].n && memcmp(p, kinds[k].magic, kinds[k].n) == 0)
            return kinds[k].what;
    if (len >= 12 && memcmp(p + 4, "ftyp", 4) == 0)
        return "MP4 or HEIC media file";
    if (len >= 12 && memcmp(p, "RIFF", 4) == 0 && memcmp(p + 8, "WEBP", 4) == 0)
        return "WebP image";
    return NULL;
}

/* ---- paragraphs ---- */

static void add_para(document *doc, size_t s, size_t e, para_kind k)
{
    while (s < e && isspace((unsigned char)doc->text[s]))
        s++;
    while (e > s && isspace((unsigned char)doc->text[e - 1]))
        e--;
    if (s == e)
        return;
    paragraph *p = VEC_PUSH(doc->paras, doc->npara, doc->cappara);
    p->start = s;
    p->end = e;
    p->kind = k;
}

static int line_ends_sentence(const char *t, size_t s, size_t e)
{
    while (e > s && isspace((unsigned char)t[e - 1]))
        e--;
    if (e == s)
        return 0;
    char c = t[e - 1];
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'' || c == ')';
}

/* "■ 09:45 | EU opens probe into ...": a live blog's entry heading, a clock time after at
 * most a bullet and a space, however long the line and with no full stop of its own. */
static int stamped_heading(const char *t, size_t s, size_t e)
{
    for (size_t k = 0; k < 5 && s < e && ((unsigned char)t[s] >= 0x80 || t[s] == '*' ||
                                          t[s] == '-' || t[s] == ' ');
         k++)
        s++;
    size_t c = util_clock_time(t + s, e - s);
    return c && t[s + c - 3] == ':' && s + c < e && t[s + c] == ' ';
}

/* "- A, a ship manager ...;" "• B": a line that opens with a bullet and a space is a
 * list item, however long the line before it. */
static int bullet_line(const char *t, size_t s, size_t e)
{
    while (s < e && (t[s] == ' ' || t[s] == '\t'))
        s++;
    size_t b = util_bullet(t + s, e - s);
    return b && s + b < e && t[s + b] == ' ';
}

/* A blank line ends a paragraph; so does a line break after a line that ends a sentence
 * or is short (headers, list items) or heads a live blog's entry, or before a list item.
 * Other line breaks are hard wraps inside one. */
static size_t line_end(const char *t, size_t i, size_t len)
{
    while (i < len && t[i] != '\n')
        i++;
    return i;
}

static void split_paragraphs(document *doc)
{
    const char *t = doc->text;
    size_t i = 0, pstart = 0;
    while (i < doc->len) {
        size_t eol = i;
        while (eol < doc->len && t[eol] != '\n')
            eol++;
        size_t next = eol < doc->len ? eol + 1 : eol;
        int blank = 1;
        for (size_t k = i; k < eol; k++)
            if (!isspace((unsigned char)t[k]))
                blank = 0;
        if (blank) {
            add_para(doc, pstart, i, PARA_BODY);
            pstart = next;
        } else if (eol - i < 60 || line_ends_sentence(t, i, eol) || stamped_heading(t, i, eol) ||
                   bullet_line(t, next, line_end(t, next, doc->len))) {
            add_para(doc, pstart, eol, PARA_BODY);
            pstart = next;
        }
        i = next;
    }
    add_para(doc, pstart, doc->len, PARA_BODY);
}

/* ---- header and boilerplate ---- */

static size_t count_words(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = isspace((unsigned char)s[i]);
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

static int starts_with_ci(const char *s, size_t n, const char *prefix)
{
    size_t pl = strlen(prefix);
    return n >= pl && util_strcasecmp_n(s, pl, prefix, pl) == 0;
}

static int equals_ci(const char *s, size_t n, const char *w)
{
    return util_strcasecmp_n(s, n, w, strlen(w)) == 0;
}

/* "Home | World | Business | Markets": a site's menu, three or more bars between items
 * of at most three words. */
static int is_menu_line(const char *s, size_t n)
{
    size_t bars = 0, words = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '|') {
            if (words == 0 || words > 3)
                return 0;
            bars++, words = 0, in = 0;
            continue;
        }
        int sp = isspace((unsigned char)s[i]);
        if (!sp && !in)
            words++;
        in = !sp;
    }
    return bars >= 3 && words >= 1 && words <= 3;
}

/* Lines that are site furniture wherever they stand. */
static int is_boilerplate_line(const char *s, size_t n)
{
    if (is_menu_line(s, n))
        return 1;
    static const char *const exact[] = {
        "source link", "source website link", "source hyperlink", "supply link",
        "supply hyperlink", "resource link", "advertisement", "advertisements",
        "share this:", "share this article", "related", "related:", "read more",
        "for immediate release", "###", "-30-", "- ends -", "ends", "like this:", NULL};
    for (int i = 0; exact[i]; i++)
        if (equals_ci(s, n, exact[i]))
            return 1;
    /* Ad and embed shortcodes: "[ad_1]", "[/ad]", "[embed]" alone on a line. */
    if (n >= 3 && s[0] == '[' && s[n - 1] == ']' && n < 40) {
        for (size_t i = 1; i + 1 < n; i++)
            if (!(isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '/' || s[i] == '-' ||
                  s[i] == ' ' || s[i] == '='))
                return 0;
        return 1;
    }
    static const char *const prefixes[] = {"read more:", "also read:", "media contact",
                                           "press contact", "contact:", "email:", "tel:",
                                           "phone:", "photo:", "image:", "follow us", NULL};
    for (int i = 0; prefixes[i]; i++)
        if (starts_with_ci(s, n, prefixes[i]))
            return 1;
    return 0;
}

/* Everything from a press release's "About Acme" section on is company boilerplate. */
static int starts_trailer(const char *s, size_t n)
{
    if (equals_ci(s, n, "###") || equals_ci(s, n, "-30-"))
        return 1;
    return starts_with_ci(s, n, "about ") && n < 60 && !line_ends_sentence(s, 0, n) &&
           count_words(s, n) <= 6;
}

/* Words that may stand before a header's date: "Published", "Last updated on", "First
 * published on Mon", "Posted by Jane Roe on", "Jane Roe, Staff Writer -", "Published 3
 * hours ago on", "12:41 BST,", "Press release -". */
static const char *const lead_words[] = {
    "published", "posted", "updated", "last", "first", "modified", "released", "release",
    "press", "date", "dated", "on", "at", "by", "written", "and", "staff", "writer",
    "reporter", "correspondent", "editor", "news", "desk", "web", "ago", "hours", "hour",
    "minutes", "minute", "mins", "min", "days", "day", "read", "am", "pm", "a.m", "p.m",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", NULL};

static int is_lead_word(const char *w, size_t n)
{
    for (int k = 0; lead_words[k]; k++)
        if (equals_ci(w, n, lead_words[k]))
            return 1;
    return 0;
}

/* Whether s[0,n) may stand before a date in a header field: header words, times and zones
 * ("4:05", "EST"), counts, and at most three other capitalised words (a byline's name),
 * but no other lower-case word, which would make it prose ("Acme to close plant on").
 * Sets *is_update for "Updated …", "Last modified …" unless "published" is there too. */
static int header_lead_in(const char *s, size_t n, int *is_update)
{
    int names = 0, loose = 0, by = 0, role = 0, upd = 0, pub = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (isspace((unsigned char)s[i]) || strchr(",.:;-|()", s[i])))
            i++;
        size_t j = i;
        while (j < n && !isspace((unsigned char)s[j]) && !strchr(",:;|()", s[j]))
            j++;
        size_t w = j;
        while (w > i && s[w - 1] == '.')
            w--;
        if (w > i) {
            size_t caps = 0, digits = 0, other = 0;
            for (size_t k = i; k < w; k++) {
                unsigned char c = (unsigned char)s[k];
                caps += isupper(c) != 0;
                digits += isdigit(c) || c == ':' || c == '.';
                other += !isalpha(c) && !isdigit(c) && c != ':' && c != '.' && c != '\'';
            }
            if (is_lead_word(s + i, w - i)) {
                upd |= equals_ci(s + i, w - i, "updated") || equals_ci(s + i, w - i, "modified");
                pub |= equals_ci(s + i, w - i, "published") || equals_ci(s + i, w - i, "posted");
                by |= equals_ci(s + i, w - i, "by");
                role |= equals_ci(s + i, w - i, "staff") || equals_ci(s + i, w - i, "writer") ||
                        equals_ci(s + i, w - i, "reporter") || equals_ci(s + i, w - i, "editor") ||
                        equals_ci(s + i, w - i, "correspondent");
            } else if (digits == w - i || (caps == w - i && w - i <= 4)) {
                /* a time, a count, a zone */
            } else if (isupper((unsigned char)s[i]) && !other && ++names <= 3) {
                loose += !by; /* a name is a byline's after "by" or before a role */
            } else {
                return 0;
            }
        }
        i = j;
    }
    if (loose && !role)
        return 0; /* "Deal Expected By March 3, 2025" is a headline */
    *is_update = upd && !pub;
    return 1;
}

/* "24/02/2025", "02/24/2025", "04.11.2024": a numeric date, month first unless the first
 * field cannot be a month (the command line's default order) or dots separate the fields
 * (the European day-first style). */
static size_t numeric_date(const char *s, size_t n, ymd *out)
{
    int f[3] = {0, 0, 0};
    char sep = 0;
    size_t i = 0;
    for (int k = 0; k < 3; k++) {
        size_t j = i;
        while (j < n && j - i < 4 && isdigit((unsigned char)s[j]))
            f[k] = f[k] * 10 + (s[j++] - '0');
        if (j == i || (k < 2 && (j - i > 2 || j >= n || (s[j] != '/' && s[j] != '.'))) ||
            (k == 2 && j - i != 4))
            return 0;
        if (k == 0)
            sep = s[j];
        i = j + (k < 2);
    }
    ymd d = f[0] > 12 || sep == '.' ? (ymd){f[2], f[1], f[0]} : (ymd){f[2], f[0], f[1]};
    if (!cal_valid(d))
        return 0;
    *out = d;
    return i;
}

/* One field of a header line: "Published: 13 Oct 2024 09:30 GMT", "Updated 15:02 BST,
 * 21 May 2025", "2024-10-13T09:30Z", "Posted by Jane Roe on November 4, 2024 at 2:05 pm":
 * the first full date whose lead-in is header words and whose tail is short. */
static int parse_date_field(const char *s, size_t n, ymd *out, int *is_update)
{
    for (size_t i = 0; i < n && i < 120; i++) {
        if (!isalnum((unsigned char)s[i]) || (i > 0 && isalnum((unsigned char)s[i - 1])))
            continue;
        ymd d;
        size_t used = numeric_date(s + i, n - i, &d);
        if (!used)
            used = cal_parse_date(s + i, n - i, &d);
        if (!used || d.y == 0)
            continue;
        if (!header_lead_in(s, i, is_update))
            return 0;
        /* What may follow: a time, a zone, a separator — not more prose. */
        size_t letters = 0;
        for (size_t k = i + used; k < n; k++)
            if (isalpha((unsigned char)s[k]))
                letters++;
        if (letters > 12 || n - (i + used) > 40)
            return 0;
        *out = d;
        return 1;
    }
    return 0;
}

/* The length of a field separator at s[e]: a bar or a line end (1), a middle dot (2), a
 * dash set off by spaces (3; en and em dashes are hyphens by now: "LIVE: Markets and
 * deals — Tuesday 3 December 2024", a live page's title and its day); 0 when none. */
static size_t field_separator(const char *s, size_t n, size_t e)
{
    if (s[e] == '|' || s[e] == '\n')
        return 1;
    if (e + 1 < n && (unsigned char)s[e] == 0xC2 && (unsigned char)s[e + 1] == 0xB7)
        return 2;
    if (e + 2 < n && s[e] == ' ' && s[e + 1] == '-' && s[e + 2] == ' ')
        return 3;
    return 0;
}

/* A header line that is a date, or a line of header fields split by bars, middle dots or
 * spaced dashes one of which is ("By Jane Roe | October 13, 2024", "Source: Xinhua |
 * Editor: Liu Yan | 2025-10-09 16:20:11"): the first dated field speaks. */
static int parse_date_line(const char *s, size_t n, ymd *out, int *is_update)
{
    if (n > 240)
        return 0;
    for (size_t i = 0; i <= n;) {
        size_t e = i;
        while (e < n && !field_separator(s, n, e))
            e++;
        if (parse_date_field(s + i, e - i, out, is_update))
            return 1;
        /* a field of prose ends the header fields */
        if (e - i > 80)
            return 0;
        i = e + (e < n ? field_separator(s, n, e) : 1);
    }
    return 0;
}

static int is_capitalised_word(const char *s, size_t n)
{
    if (!n || !isupper((unsigned char)s[0]))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!isalpha((unsigned char)s[i]) && s[i] != '-' && s[i] != '\'' && s[i] != '.')
            return 0;
    return 1;
}

/* "By Jane Roe", or a bare name of two to four capitalised words. */
static int looks_like_byline(const char *s, size_t n)
{
    if (starts_with_ci(s, n, "by ") && n < 80)
        return 1;
    size_t words = 0, i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && !isspace((unsigned char)s[j]))
            j++;
        if (!is_capitalised_word(s + i, j - i))
            return 0;
        words++;
        while (j < n && isspace((unsigned char)s[j]))
            j++;
        i = j;
    }
    return words >= 2 && words <= 4;
}

/* A headline may end in a quotation ("... Russia's 'shadow fleet'"): closing quotes
 * and brackets end a sentence only after a stop. */
static int header_ends_sentence(const char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == '"' || s[n - 1] == '\'' || s[n - 1] == ')'))
        n--;
    return line_ends_sentence(s, 0, n);
}

static int looks_like_header_line(const char *s, size_t n)
{
    if (n > 200 || count_words(s, n) > 25)
        return 0;
    return !header_ends_sentence(s, n) || n < 40;
}


static size_t parse_wire_dateline(const char *s, size_t n, ymd *date, int *has_date);

/* A header the scan stopped short of: a standfirst sentence ("The Singapore investor had
 * the shareholders ...") may stand between the headline and the byline and date lines.
 * A short line among the first paragraphs that is a date line dates the document. */
static void late_date_line(document *doc, size_t from)
{
    for (size_t k = from; k < doc->npara && k < 12; k++) {
        paragraph *p = &doc->paras[k];
        size_t n = p->end - p->start;
        ymd d;
        int upd;
        if (p->kind != PARA_BODY || n > 100 ||
            !parse_date_line(doc->text + p->start, n, &d, &upd))
            continue;
        p->kind = PARA_DATELINE;
        set_published(doc, d, ANCHOR_HEADER);
        return;
    }
}

static void classify_header(document *doc)
{
    const char *t = doc->text;
    size_t hdr_end = 0;
    int have_update = 0, have_byline = 0;
    ymd update_date = {0, 0, 0};
    for (size_t k = 0; k < doc->npara && k < 10; k++) {
        paragraph *p = &doc->paras[k];
        const char *s = t + p->start;
        size_t n = p->end - p->start;
        if (is_boilerplate_line(s, n)) {
            p->kind = PARA_BOILERPLATE;
            hdr_end = k + 1;
            continue;
        }
        ymd d;
        int upd;
        if (parse_date_line(s, n, &d, &upd)) {
            p->kind = PARA_DATELINE;
            if (upd && !have_update) {
                update_date = d;
                have_update = 1;
            } else if (!upd && doc->published.y == 0) {
                set_published(doc, d, ANCHOR_HEADER);
            }
            hdr_end = k + 1;
            continue;
        }
        /* "WASHINGTON, June 3, 2025 (Reuters) -" on a line of its own opens the body
         * (find_dateline reads it), however short it is. */
        ymd dd;
        int dated;
        if (!looks_like_header_line(s, n) || parse_wire_dateline(s, n, &dd, &dated))
            break;
        if (!have_byline && !doc->title && looks_like_byline(s, n)) {
            p->kind = PARA_BYLINE;
            have_byline = 1;
            size_t skip = starts_with_ci(s, n, "by ") ? 3 : 0;
            doc->byline = xstrndup(s + skip, n - skip);
        } else {
            p->kind = PARA_CATEGORY;
        }
        hdr_end = k + 1;
    }
    if (doc->published.y == 0 && !have_update)
        late_date_line(doc, hdr_end);
    if (doc->published.y == 0 && have_update)
        set_published(doc, update_date, ANCHOR_HEADER);
    /* The headline is the longest header line of four words or more; a copy of it is
     * boilerplate. A document with no header at all has no headline. */
    size_t best = (size_t)-1, bestw = 3;
    for (size_t k = 0; k < hdr_end; k++) {
        paragraph *p = &doc->paras[k];
        if (p->kind != PARA_CATEGORY)
            continue;
        size_t w = count_words(t + p->start, p->end - p->start);
        if (w > bestw)
            best = k, bestw = w;
    }
    if (best != (size_t)-1) {
        paragraph *h = &doc->paras[best];
        h->kind = PARA_HEADLINE;
        doc->title = xstrndup(t + h->start, h->end - h->start);
    }
    /* Repeated headlines, before or after the chosen one, anywhere in the document. */
    if (doc->title) {
        size_t tl = strlen(doc->title);
        for (size_t k = 0; k < doc->npara; k++) {
            paragraph *p = &doc->paras[k];
            if ((size_t)(p - doc->paras) != best && p->end - p->start == tl &&
                memcmp(t + p->start, doc->title, tl) == 0)
                p->kind = PARA_BOILERPLATE;
        }
    }
}

static void classify_body(document *doc)
{
    const char *t = doc->text;
    int trailer = 0;
    for (size_t k = 0; k < doc->npara; k++) {
        paragraph *p = &doc->paras[k];
        if (p->kind != PARA_BODY)
            continue;
        const char *s = t + p->start;
        size_t n = p->end - p->start;
        if (!trailer && k > 0 && starts_trailer(s, n))
            trailer = 1;
        if (trailer || is_boilerplate_line(s, n))
            p->kind = PARA_BOILERPLATE;
    }
}

static int is_upper_city_char(char c)
{
    return isupper((unsigned char)c) || c == ' ' || c == '.' || c == '\'' || c == '-';
}

/* "WASHINGTON, Dec 18 (Reuters) - ", "SAN JOSE, Calif., March 4, 2024 /PRNewswire/ -- ",
 * "LONDON (Reuters) - ": returns the length of the dateline, sets *date when it has one. */
static size_t parse_wire_dateline(const char *s, size_t n, ymd *date, int *has_date)
{
    size_t i = 0;
    *has_date = 0;
    /* the city's run stops before the dash that ends the dateline ("WASHINGTON - The"),
     * and gives back the space before an em dash ("WASHINGTON — Today") */
    while (i < n && i < 40 && is_upper_city_char(s[i]) &&
           !(s[i] == ' ' && i + 1 < n && s[i + 1] == '-'))
        i++;
    while (i > 0 && s[i - 1] == ' ')
        i--;
    if (i < 3 || !isupper((unsigned char)s[0]) || !isupper((unsigned char)s[1]))
        return 0;
    size_t limit = n < 160 ? n : 160;
    /* The dateline ends at the first " - ", " -- " or " — " in the first 160 bytes, or
     * at a dash that ends the line (a dateline on a line of its own). */
    size_t end = 0, dash = 0;
    for (size_t k = i; k + 1 < limit && !end; k++) {
        if (s[k] != ' ')
            continue;
        if (s[k + 1] == '-' && (k + 2 == n || s[k + 2] == ' ' || s[k + 2] == '-'))
            end = k, dash = 1;
        else if (k + 4 <= n && memcmp(s + k + 1, "\xe2\x80\x94", 3) == 0 &&
                 (k + 4 == n || s[k + 4] == ' '))
            end = k, dash = 3;
    }
    if (!end)
        return 0;
    for (size_t k = i; k < end; k++) {
        ymd d;
        if ((k == i || s[k - 1] == ' ' || s[k - 1] == ',') && isalnum((unsigned char)s[k])) {
            size_t used = cal_parse_date(s + k, end - k, &d);
            if (used) {
                *date = d;
                *has_date = 1;
                break;
            }
        }
    }
    size_t after = end + 1 + dash;
    while (after < n && s[after] == '-')
        after++;
    while (after < n && s[after] == ' ')
        after++;
    return after;
}

/* A year (1900-2099) standing as a word in a line, and the month named just before it
 * ("December 2023", "(c) 2023 Newswire"). */
static int find_year_in_line(const char *s, size_t n, int *year, int *month)
{
    for (size_t i = 0; i + 4 <= n; i++) {
        if ((i > 0 && isalnum((unsigned char)s[i - 1])) ||
            (i + 4 < n && isalnum((unsigned char)s[i + 4])))
            continue;
        if (!isdigit((unsigned char)s[i]) || !isdigit((unsigned char)s[i + 1]) ||
            !isdigit((unsigned char)s[i + 2]) || !isdigit((unsigned char)s[i + 3]))
            continue;
        int y = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + s[i + 3] - '0';
        if (y < 1900 || y > 2099)
            continue;
        *year = y;
        *month = 0;
        size_t e = i;
        while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ','))
            e--;
        size_t b = e;
        while (b > 0 && (isalpha((unsigned char)s[b - 1]) || s[b - 1] == '.'))
            b--;
        if (e > b)
            *month = cal_month_from_name(s + b, e - b);
        return 1;
    }
    return 0;
}

/* The year of a yearless wire dateline ("WASHINGTON, Dec 18 (Agency) -"): from a header
 * line above it ("December 2023") or a copyright line among the last ones ("(c) 2023
 * Newswire"); 0 when neither names one. A header month well before the dateline's means
 * the year turned in between ("January 2024" over "Dec 30"). */
static int dateline_year(const document *doc, size_t dateline_para, int dl_month)
{
    const char *t = doc->text;
    int y = 0, m = 0;
    for (size_t k = 0; k < dateline_para && !y; k++)
        if (doc->paras[k].kind != PARA_BODY &&
            !find_year_in_line(t + doc->paras[k].start, doc->paras[k].end - doc->paras[k].start,
                               &y, &m))
            y = 0;
    for (size_t k = doc->npara; k > dateline_para + 1 && k + 3 > doc->npara && !y; k--) {
        const char *s = t + doc->paras[k - 1].start;
        size_t n = doc->paras[k - 1].end - doc->paras[k - 1].start;
        if (starts_with_ci(s, n, "\xc2\xa9") || starts_with_ci(s, n, "(c)") ||
            starts_with_ci(s, n, "copyright"))
            if (!find_year_in_line(s, n, &y, &m))
                y = 0;
    }
    if (y && m && dl_month > m + 6)
        y--;
    return y;
}

static void find_dateline(document *doc)
{
    for (size_t k = 0; k < doc->npara; k++) {
        paragraph *p = &doc->paras[k];
        if (p->kind != PARA_BODY)
            continue;
        ymd d = {0, 0, 0};
        int has;
        size_t len = parse_wire_dateline(doc->text + p->start, p->end - p->start, &d, &has);
        if (len) {
            paragraph body = *p;
            p->end = p->start + len;
            while (p->end > p->start && doc->text[p->end - 1] == ' ')
                p->end--;
            p->kind = PARA_DATELINE;
            body.start += len;
            /* Insert the rest of the paragraph as body right after the dateline. */
            VEC_PUSH(doc->paras, doc->npara, doc->cappara);
            memmove(&doc->paras[k + 2], &doc->paras[k + 1],
                    (doc->npara - k - 2) * sizeof *doc->paras);
            doc->paras[k + 1] = body;
            /* Without a year the dateline needs --anchor to become a date. */
            if (has && doc->published.y == 0) {
                if (!d.y)
                    d.y = dateline_year(doc, k, d.m);
                if (d.y && cal_valid(d))
                    set_published(doc, d, ANCHOR_DATELINE);
                else
                    doc->dateline_md = (ymd){0, d.m, d.d};
            }
        }
        return;
    }
}

static int fail(document *doc, ev_err *err)
{
    (void)err;
    document_free(doc);
    return -1;
}

int document_from_memory(document *doc, const char *source, const char *data, size_t len,
                         ev_err *err)
{
    memset(doc, 0, sizeof *doc);
    doc->source = xstrdup(source);
    doc->raw_len = len;
    const unsigned char *u = (const unsigned char *)data;
    if (len == 0) {
        err_set(err, "%s: empty file", source);
        return fail(doc, err);
    }
    normaliser n = {0};
    n.doc = doc;
    const char *src = data;
    size_t src_len = len;
    strbuf decoded = {0};
    offset_point *pre = NULL;
    size_t npre = 0, cappre = 0;
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        doc->was_utf16 = 1;
        if (utf16_decode(doc, u, len, u[0] == 0xFE, &decoded, &pre, &npre, &cappre, err) != 0) {
            sb_free(&decoded);
            free(pre);
            return fail(doc, err);
        }
        src = decoded.s;
        src_len = decoded.len;
        n.pre = pre;
        n.npre = npre;
    } else {
        const char *kind = binary_kind(u, len);
        if (len >= 5 && memcmp(data, "%PDF-", 5) == 0) {
            err_set(err, "%s: a PDF file, not text (binary file)", source);
            return fail(doc, err);
        }
        if (kind) {
            err_set(err, "%s: binary file (%s)", source, kind);
            return fail(doc, err);
        }
        if (memchr(data, '\0', len)) {
            err_set(err, "%s: binary file (it contains NUL bytes)", source);
            return fail(doc, err);
        }
    }
    n.raw_pos = src_to_raw(&n, 0);
    if (n.raw_pos)
        map_add(&doc->map, &doc->nmap, &doc->capmap, 0, n.raw_pos, 1);
    n.html = doc->was_html = looks_like_html(source, (const unsigned char *)src, src_len);
    int rc = normalise(&n, src, src_len, err);
    sb_free(&decoded);
    free(pre);
    if (rc != 0) {
        sb_free(&n.out);
        return fail(doc, err);
    }
    if (n.facts.meta_date.y)
        set_published(doc, n.facts.meta_date, ANCHOR_HEADER);
    else if (n.facts.time_date.y)
        set_published(doc, n.facts.time_date, ANCHOR_HEADER);
    split_paragraphs(doc);
    if (doc->npara == 0) {
        err_set(err, "%s: no text (only %s)", source,
                doc->was_html ? "markup and white space" : "white space");
        return fail(doc, err);
    }
    classify_header(doc);
    classify_body(doc);
    find_dateline(doc);
    return 0;
}

int document_load(document *doc, const char *path, ev_err *err)
{
    char *data;
    size_t len;
    if (util_read_file(path, DOCUMENT_MAX_BYTES, &data, &len, err) != 0) {
        memset(doc, 0, sizeof *doc);
        return -1;
    }
    int rc = document_from_memory(doc, path, data, len, err);
    free(data);
    return rc;
}

void document_set_anchor(document *doc, ymd override)
{
    if (override.y) {
        doc->anchor = override;
        doc->anchor_basis = ANCHOR_OPTION;
        if (doc->published.y == 0 && doc->dateline_md.m) {
            ymd d = {override.y, doc->dateline_md.m, doc->dateline_md.d};
            if (cal_compare(d, override) > 0)
                d.y--;
            set_published(doc, d, ANCHOR_DATELINE);
        }
    } else if (doc->published.y) {
        doc->anchor = doc->published;
        doc->anchor_basis = doc->published_basis;
    } else {
        doc->anchor_basis = ANCHOR_NONE;
    }
}

const char *document_anchor_basis_name(anchor_basis b)
{
    static const char *const names[] = {"none", "option", "header", "dateline"};
    return names[b];
}

void document_free(document *doc)
{
    free(doc->source);
    free(doc->text);
    free(doc->map);
    free(doc->paras);
    free(doc->title);
    free(doc->byline);
    memset(doc, 0, sizeof *doc);
}
