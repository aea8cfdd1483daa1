/* document — read one article, normalise it for matching while keeping a map back to
 * the original bytes, classify its paragraphs and find its publication date.
 *
 * Normalisation keeps the text UTF-8 and only rewrites what matters for matching:
 * typographic quotes and dashes become ASCII, odd spaces become spaces, zero-width
 * characters and CRs go, invalid UTF-8 becomes U+FFFD. Every change of length is
 * recorded as a (text offset, raw offset) point, so spans map back exactly. */
#include "document.h"

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
    /* HTML */
    int html, in_head, in_title, seen_body;
    size_t no_gt_from; /* no '>' at or after this source offset; (size_t)-1: unknown */
    ymd meta_date, time_date;
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

/* Length of a valid UTF-8 sequence at p (at most avail bytes), 0 when invalid. */
static size_t utf8_len(const unsigned char *p, size_t avail, unsigned *cp)
{
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    size_t len;
    unsigned c, min;
    if ((p[0] & 0xE0) == 0xC0)
        len = 2, c = p[0] & 0x1F, min = 0x80;
    else if ((p[0] & 0xF0) == 0xE0)
        len = 3, c = p[0] & 0x0F, min = 0x800;
    else if ((p[0] & 0xF8) == 0xF0)
        len = 4, c = p[0] & 0x07, min = 0x10000;
    else
        return 0;
    if (len > avail)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
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

/* Emits one code point that stood for `consumed` source bytes (an HTML entity). */
static void emit_cp(normaliser *n, unsigned cp, size_t consumed)
{
    const char *a = ascii_for(cp);
    if (a) {
        emit(n, a, strlen(a), consumed);
        return;
    }
    if (cp < 0x20 || cp == 0x7F) {
        emit(n, " ", 1, consumed);
        return;
    }
    char b[4];
    emit(n, b, utf8_encode(cp, b), consumed);
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

/* Where "</name" next starts at or after from (case-insensitive), or len. */
static size_t find_close(const unsigned char *p, size_t from, size_t len, const char *name)
{
    size_t nl = strlen(name);
    while (from < len) {
        const unsigned char *lt = memchr(p + from, '<', len - from);
        if (!lt)
            return len;
        size_t i = (size_t)(lt - p);
        if (i + 1 < len && p[i + 1] == '/' && ci_prefix(p + i + 2, len - i - 2, name) &&
            (i + 2 + nl == len || !isalnum(p[i + 2 + nl])))
            return i;
        from = i + 1;
    }
    return len;
}

/* The offset just past the '>' that ends the tag opened at i, or 0 when none does.
 * Quotes are honoured for a bounded stretch only, so that a stray quote costs little. */
static size_t tag_end(normaliser *n, const unsigned char *p, size_t i, size_t len)
{
    enum { QUOTE_WINDOW = 4096 };
    size_t lim = len - i > QUOTE_WINDOW ? i + QUOTE_WINDOW : len;
    unsigned char q = 0;
    for (size_t k = i + 1; k < lim; k++) {
        if (q) {
            if (p[k] == q)
                q = 0;
        } else if (p[k] == '"' || p[k] == '\'') {
            /* Only an attribute value opens a quote: after '=' and spaces. */
            size_t b = k;
            while (b > i + 1 && (p[b - 1] == ' ' || p[b - 1] == '\t' || p[b - 1] == '\n'))
                b--;
            if (b > i + 1 && p[b - 1] == '=')
                q = p[k];
        } else if (p[k] == '>') {
            return k + 1;
        }
    }
    if (n->no_gt_from != (size_t)-1 && i >= n->no_gt_from)
        return 0;
    const unsigned char *gt = memchr(p + i + 1, '>', len - i - 1);
    if (!gt) {
        n->no_gt_from = i;
        return 0;
    }
    return (size_t)(gt - p) + 1;
}

/* The value of attribute `name` among a tag's attributes [s, e). */
static int get_attr(const unsigned char *p, size_t s, size_t e, const char *name, size_t *vs,
                    size_t *ve)
{
    size_t nl = strlen(name);
    size_t i = s;
    while (i < e) {
        while (i < e && (isspace(p[i]) || p[i] == '/'))
            i++;
        size_t ns = i;
        while (i < e && !isspace(p[i]) && p[i] != '=' && p[i] != '>' && p[i] != '/')
            i++;
        size_t nlen = i - ns;
        if (!nlen) {
            i++;
            continue;
        }
        while (i < e && isspace(p[i]))
            i++;
        size_t a = i, b = i;
        if (i < e && p[i] == '=') {
            i++;
            while (i < e && isspace(p[i]))
                i++;
            if (i < e && (p[i] == '"' || p[i] == '\'')) {
                unsigned char q = p[i++];
                a = i;
                while (i < e && p[i] != q)
                    i++;
                b = i;
                if (i < e)
                    i++;
            } else {
                a = i;
                while (i < e && !isspace(p[i]) && p[i] != '>')
                    i++;
                b = i;
            }
        }
        if (nlen == nl && ci_prefix(p + ns, nlen, name)) {
            *vs = a;
            *ve = b;
            return 1;
        }
    }
    return 0;
}

static int attr_is(const unsigned char *p, size_t s, size_t e, const char *name,
                   const char *value)
{
    size_t vs, ve;
    return get_attr(p, s, e, name, &vs, &ve) && ve - vs == strlen(value) &&
           ci_prefix(p + vs, ve - vs, value);
}

static int attr_date(const unsigned char *p, size_t s, size_t e, const char *name, ymd *out)
{
    size_t vs, ve;
    if (!get_attr(p, s, e, name, &vs, &ve))
        return 0;
    while (vs < ve && isspace(p[vs]))
        vs++;
    ymd d;
    if (!cal_parse_date((const char *)p + vs, ve - vs, &d) || d.y == 0 || !cal_valid(d))
        return 0;
    *out = d;
    return 1;
}

static int name_in(const char *name, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strcmp(name, list[i]) == 0)
            return 1;
    return 0;
}

static const char *const block_tags[] = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article", "section",
    "ul", "ol", "dl", "dt", "dd", "table", "blockquote", "header", "main", "figure",
    "figcaption", "hr", "pre", "address", "caption", "body", "html", "center", NULL};
/* Elements whose content is never article text. */
static const char *const dropped_tags[] = {"script", "style", "noscript", "template", "svg",
                                           "iframe", "object", "select", "button",
                                           "textarea", "nav", "aside", "footer", "form",
                                           NULL};

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

/* A tag, comment or declaration at i ('<'); emits what it stands for. */
static void html_tag(normaliser *n, const unsigned char *p, size_t len)
{
    size_t i = n->src_pos;
    if (ci_prefix(p + i, len - i, "<!--")) {
        const unsigned char *e = i + 4 <= len ? memmem(p + i + 4, len - i - 4, "-->", 3) : NULL;
        emit(n, "", 0, (e ? (size_t)(e - p) + 3 : len) - i);
        return;
    }
    int closing = i + 1 < len && p[i + 1] == '/';
    size_t ns = i + 1 + closing;
    int decl = !closing && ns < len && (p[ns] == '!' || p[ns] == '?');
    if (!decl && (ns >= len || !isalpha(p[ns]))) {
        emit(n, "<", 1, 1); /* "a < b" */
        return;
    }
    size_t end = tag_end(n, p, i, len);
    if (!end) {
        emit(n, "<", 1, 1);
        return;
    }
    if (decl) {
        emit(n, "", 0, end - i);
        return;
    }
    char name[16];
    size_t nl = 0, k = ns;
    while (k < end && (isalnum(p[k]) || p[k] == '-' || p[k] == ':')) {
        if (nl + 1 < sizeof name)
            name[nl++] = (char)tolower(p[k]);
        k++;
    }
    name[nl] = '\0';
    size_t attrs = k, attrs_end = end - 1;
    if (closing) {
        if (strcmp(name, "title") == 0 && n->in_title) {
            n->in_title = 0;
            emit_break(n, end - i);
        } else if (strcmp(name, "head") == 0) {
            n->in_head = 0;
            emit(n, "", 0, end - i);
        } else if (name_in(name, block_tags)) {
            emit_break(n, end - i);
        } else if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) {
            emit_space(n, end - i);
        } else {
            emit(n, "", 0, end - i);
        }
        return;
    }
    if (name_in(name, dropped_tags) || (strcmp(name, "title") == 0 && n->seen_body)) {
        /* Everything up to the matching close tag, which is dropped with it. */
        size_t c = find_close(p, end, len, name);
        size_t ce = c;
        if (c < len) {
            size_t e2 = tag_end(n, p, c, len);
            ce = e2 ? e2 : len;
        }
        if (strcmp(name, "title") == 0 || strcmp(name, "svg") == 0 ||
            strcmp(name, "iframe") == 0 || strcmp(name, "object") == 0 ||
            strcmp(name, "select") == 0 || strcmp(name, "button") == 0 ||
            strcmp(name, "textarea") == 0)
            emit_space(n, ce - i);
        else
            emit_break(n, ce - i);
        return;
    }
    if (strcmp(name, "head") == 0) {
        n->in_head = 1;
        emit(n, "", 0, end - i);
    } else if (strcmp(name, "title") == 0) {
        n->in_title = 1;
        emit_break(n, end - i);
    } else if (strcmp(name, "meta") == 0) {
        static const char *const props[] = {"article:published_time", "og:published_time",
                                            "datepublished", "pubdate", "publishdate",
                                            "dc.date.issued", "parsely-pub-date", NULL};
        for (int q = 0; props[q] && n->meta_date.y == 0; q++)
            if (attr_is(p, attrs, attrs_end, "property", props[q]) ||
                attr_is(p, attrs, attrs_end, "name", props[q]) ||
                attr_is(p, attrs, attrs_end, "itemprop", props[q]))
                attr_date(p, attrs, attrs_end, "content", &n->meta_date);
        emit(n, "", 0, end - i);
    } else if (strcmp(name, "time") == 0) {
        if (n->time_date.y == 0)
            attr_date(p, attrs, attrs_end, "datetime", &n->time_date);
        emit(n, "", 0, end - i);
    } else if (name_in(name, block_tags)) {
        if (strcmp(name, "body") == 0 || strcmp(name, "html") != 0)
            n->seen_body = strcmp(name, "body") == 0 || n->seen_body;
        if (strcmp(name, "html") != 0)
            n->in_head = 0; /* a page without </head> */
        emit_break(n, end - i);
    } else if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) {
        emit_space(n, end - i);
    } else {
        emit(n, "", 0, end - i);
    }
}

/* An entity at src_pos ('&'): "&amp;", "&#8217;", "&#x2019;". */
static void html_entity(normaliser *n, const unsigned char *p, size_t len)
{
    static const struct {
        const char *name;
        unsigned cp;
    } named[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
        {"nbsp", 0xA0}, {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"sbquo", 0x201A},
        {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"mdash", 0x2014},
        {"ndash", 0x2013}, {"minus", 0x2212}, {"hellip", 0x2026}, {"laquo", 0xAB},
        {"raquo", 0xBB}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"prime", 0x2032},
        {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122}, {"deg", 0xB0}, {"middot", 0xB7},
        {"bull", 0x2022}, {"sect", 0xA7}, {"para", 0xB6}, {"euro", 0x20AC},
        {"pound", 0xA3}, {"yen", 0xA5}, {"cent", 0xA2}, {"times", 0xD7}, {"divide", 0xF7},
        {"shy", 0xAD}, {"zwj", 0x200D}, {"zwnj", 0x200C}, {"lrm", 0x200E},
        {"rlm", 0x200F}, {"thinsp", 0x2009}, {"ensp", 0x2002}, {"emsp", 0x2003},
        {"iexcl", 0xA1}, {"iquest", 0xBF}, {"frac12", 0xBD}, {"frac14", 0xBC},
        {"aacute", 0xE1}, {"agrave", 0xE0}, {"acirc", 0xE2}, {"auml", 0xE4},
        {"atilde", 0xE3}, {"aring", 0xE5}, {"aelig", 0xE6}, {"ccedil", 0xE7},
        {"eacute", 0xE9}, {"egrave", 0xE8}, {"ecirc", 0xEA}, {"euml", 0xEB},
        {"iacute", 0xED}, {"igrave", 0xEC}, {"icirc", 0xEE}, {"iuml", 0xEF},
        {"ntilde", 0xF1}, {"oacute", 0xF3}, {"ograve", 0xF2}, {"ocirc", 0xF4},
        {"ouml", 0xF6}, {"otilde", 0xF5}, {"oslash", 0xF8}, {"uacute", 0xFA},
        {"ugrave", 0xF9}, {"ucirc", 0xFB}, {"uuml", 0xFC}, {"yacute", 0xFD},
        {"szlig", 0xDF}, {"Aacute", 0xC1}, {"Agrave", 0xC0}, {"Auml", 0xC4},
        {"Ccedil", 0xC7}, {"Eacute", 0xC9}, {"Egrave", 0xC8}, {"Ntilde", 0xD1},
        {"Oacute", 0xD3}, {"Ouml", 0xD6}, {"Oslash", 0xD8}, {"Uacute", 0xDA},
        {"Uuml", 0xDC}, {NULL, 0}};
    /* Windows-1252 in numeric references, as browsers read them. */
    static const unsigned cp1252[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    size_t i = n->src_pos, k = i + 1;
    size_t lim = len - i > 12 ? i + 12 : len;
    if (k < lim && p[k] == '#') {
        k++;
        int hex = k < lim && (p[k] == 'x' || p[k] == 'X');
        k += hex;
        size_t ds = k;
        unsigned long v = 0;
        while (k < lim && (hex ? isxdigit(p[k]) : isdigit(p[k]))) {
            if (v < 0x110000)
                v = v * (hex ? 16 : 10) +
                    (unsigned long)(isdigit(p[k]) ? p[k] - '0' : (tolower(p[k]) - 'a' + 10));
            k++;
        }
        if (k > ds && k < len && p[k] == ';') {
            unsigned cp = (unsigned)v;
            if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
                cp = 0xFFFD;
            else if (v >= 0x80 && v <= 0x9F)
                cp = cp1252[v - 0x80];
            emit_cp(n, cp, k + 1 - i);
            return;
        }
    } else {
        while (k < lim && isalnum(p[k]))
            k++;
        if (k > i + 1 && k < len && p[k] == ';') {
            for (int q = 0; named[q].name; q++)
                if (strlen(named[q].name) == k - i - 1 &&
                    memcmp(named[q].name, p + i + 1, k - i - 1) == 0) {
                    emit_cp(n, named[q].cp, k + 1 - i);
                    return;
                }
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

/* Normalises src (UTF-8, possibly HTML); fails when it is mostly not text. */
static int normalise(normaliser *n, const char *src, size_t len, ev_err *err)
{
    document *doc = n->doc;
    const unsigned char *p = (const unsigned char *)src;
    util_grow((void **)&n->out.s, &n->out.cap, len + 1, 1);
    n->no_gt_from = (size_t)-1;
    while (n->src_pos < len) {
        size_t i = n->src_pos;
        if (n->html) {
            if (p[i] == '<') {
                html_tag(n, p, len);
                continue;
            }
            if (n->in_head && !n->in_title) {
                /* Head text outside <title> is not article text. */
                const unsigned char *lt = memchr(p + i, '<', len - i);
                emit(n, "", 0, (lt ? (size_t)(lt - p) : len) - i);
                continue;
            }
            if (p[i] == '&') {
                html_entity(n, p, len);
                continue;
            }
            if (isspace(p[i])) {
                emit_space(n, 1);
                continue;
            }
        }
        if (p[i] == '\r') {
            /* CRLF is one line end standing for both bytes, so that a span ending at
             * the line end maps to before the CR and the next line starts after the LF. */
            if (i + 1 < len && p[i + 1] == '\n')
                emit(n, "\n", 1, 2);
            else
                emit(n, "\n", 1, 1);
            continue;
        }
        if (p[i] < 0x80) {
            /* Control characters other than tab and newline would only confuse output. */
            if ((p[i] < 0x20 && p[i] != '\n' && p[i] != '\t') || p[i] == 0x7F)
                emit(n, " ", 1, 1);
            else
                emit(n, (const char *)p + i, 1, 1);
            continue;
        }
        unsigned cp;
        size_t l = utf8_len(p + i, len - i, &cp);
        if (!l) {
            doc->invalid_bytes++;
            /* Mostly invalid is not text in another encoding worth reading. */
            if (doc->invalid_bytes > 4096 && doc->invalid_bytes * 4 > i) {
                err_set(err, "%s: binary file (mostly invalid UTF-8)", doc->source);
                return -1;
            }
            emit(n, "\xEF\xBF\xBD", 3, 1);
            continue;
        }
        const char *a = ascii_for(cp);
        if (a)
            emit(n, a, strlen(a), l);
        else
            emit(n, (const char *)p + i, l, l);
    }
    if (doc->invalid_bytes > 16 && doc->invalid_bytes * 4 > len) {
        err_set(err, "%s: binary file (mostly invalid UTF-8)", doc->source);
        return -1;
    }
    sb_add(&n->out, "", 0);
    doc->len = n->out.len;
    doc->text = sb_detach(&n->out);
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

/* A blank line ends a paragraph; so does a line break after a line that ends a sentence
 * or is short (headers, list items). Other line breaks are hard wraps inside one. */
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
        } else if (eol - i < 60 || line_ends_sentence(t, i, eol)) {
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

/* Lines that are site furniture wherever they stand. */
static int is_boilerplate_line(const char *s, size_t n)
{
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

static const char *const date_prefixes[] = {
    "published on", "published:", "published", "posted on", "posted:", "posted",
    "updated on",   "updated:",   "updated",   "last updated", "date:", "dated", "on ", NULL};

/* The length of a time and zone before a date ("14:30 CET, Friday 22 November 2024"),
 * or 0. */
static size_t time_before_date(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && isdigit((unsigned char)s[i]))
        i++;
    if (i == 0 || i > 2 || i >= n || (s[i] != ':' && s[i] != '.'))
        return 0;
    i++;
    size_t m = i;
    while (i < n && isdigit((unsigned char)s[i]))
        i++;
    if (i - m != 2)
        return 0;
    /* "am", "p.m.", "GMT", "CET" and the like, then a comma */
    while (i < n && s[i] != ',' && (isalpha((unsigned char)s[i]) || s[i] == ' ' || s[i] == '.') &&
           i < 24)
        i++;
    if (i >= n || s[i] != ',')
        return 0;
    i++;
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

static int parse_date_line(const char *s, size_t n, ymd *out, int *is_update);

/* "Newswire | Thursday, May 2, 2024": a short name before a bar, then the date. */
static int after_outlet_name(const char *s, size_t n, ymd *out, int *is_update)
{
    const char *bar = memchr(s, '|', n);
    if (!bar || bar - s > 40 || starts_with_ci(s, n, "by "))
        return 0;
    size_t skip = (size_t)(bar - s) + 1;
    return parse_date_line(s + skip, n - skip, out, is_update);
}

/* A header line that is a date: "Published: 13 Oct 2024 09:30 GMT", "2024-10-13T09:30Z". */
static int parse_date_line(const char *s, size_t n, ymd *out, int *is_update)
{
    size_t i = 0;
    *is_update = 0;
    if (n > 240)
        return 0;
    if (starts_with_ci(s, n, "by ")) {
        /* "By Jane Roe | October 13, 2024" */
        const char *bar = memchr(s, '|', n);
        if (!bar)
            return 0;
        i = (size_t)(bar - s) + 1;
    }
    while (i < n && (isspace((unsigned char)s[i]) || s[i] == '|'))
        i++;
    for (int k = 0; date_prefixes[k]; k++) {
        if (starts_with_ci(s + i, n - i, date_prefixes[k])) {
            *is_update = date_prefixes[k][0] == 'u' || date_prefixes[k][0] == 'l';
            i += strlen(date_prefixes[k]);
            break;
        }
    }
    while (i < n && (isspace((unsigned char)s[i]) || s[i] == ':'))
        i++;
    i += time_before_date(s + i, n - i);
    ymd d;
    size_t used = cal_parse_date(s + i, n - i, &d);
    if (!used || d.y == 0)
        return after_outlet_name(s, n, out, is_update);
    /* What may follow: a time, a zone, a separator — not more prose. Past a bar or a
     * middle dot comes another header field ("| Updated: 14 Oct 2024 10:02 GMT"). */
    for (size_t k = i + used; k < n; k++) {
        if (s[k] == '|' || (k + 1 < n && (unsigned char)s[k] == 0xC2 &&
                            (unsigned char)s[k + 1] == 0xB7)) {
            n = k;
            break;
        }
    }
    size_t letters = 0;
    for (size_t k = i + used; k < n; k++)
        if (isalpha((unsigned char)s[k]))
            letters++;
    if (letters > 12 || n - (i + used) > 40)
        return 0;
    *out = d;
    return 1;
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

static int looks_like_header_line(const char *s, size_t n)
{
    if (n > 200 || count_words(s, n) > 25)
        return 0;
    return !line_ends_sentence(s, 0, n) || n < 40;
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
        if (!looks_like_header_line(s, n))
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
    while (i < n && i < 40 && is_upper_city_char(s[i]))
        i++;
    if (i < 3 || !isupper((unsigned char)s[0]) || !isupper((unsigned char)s[1]))
        return 0;
    size_t limit = n < 160 ? n : 160;
    /* The dateline ends at the first " - ", " -- " or " — " in the first 160 bytes. */
    size_t end = 0;
    for (size_t k = i; k + 2 < limit; k++) {
        if (s[k] == ' ' && s[k + 1] == '-' && (s[k + 2] == ' ' || s[k + 2] == '-')) {
            end = k;
            break;
        }
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
    size_t after = end + 1;
    while (after < n && s[after] == '-')
        after++;
    while (after < n && s[after] == ' ')
        after++;
    return after;
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
                if (d.y)
                    set_published(doc, d, ANCHOR_DATELINE);
                else
                    doc->dateline_md = d;
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
    if (n.meta_date.y)
        set_published(doc, n.meta_date, ANCHOR_HEADER);
    else if (n.time_date.y)
        set_published(doc, n.time_date, ANCHOR_HEADER);
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
