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

/* ---- normalisation with an offset map ---- */

typedef struct {
    document *doc;
    strbuf out;
    size_t raw_pos;
} normaliser;

static void map_point(normaliser *n)
{
    document *d = n->doc;
    if (d->nmap) {
        offset_point *last = &d->map[d->nmap - 1];
        if (last->text == n->out.len) {
            last->raw = n->raw_pos;
            return;
        }
    }
    offset_point *pt = VEC_PUSH(d->map, d->nmap, d->capmap);
    pt->text = n->out.len;
    pt->raw = n->raw_pos;
}

/* Emits replacement text for raw bytes [raw_pos, raw_pos + consumed). */
static void emit(normaliser *n, const char *s, size_t len, size_t consumed)
{
    sb_add(&n->out, s, len);
    n->raw_pos += consumed;
    if (len != consumed)
        map_point(n);
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

static void normalise(document *doc, const char *raw, size_t len)
{
    normaliser n = {doc, {0}, 0};
    const unsigned char *p = (const unsigned char *)raw;
    util_grow((void **)&n.out.s, &n.out.cap, len + 1, 1);
    while (n.raw_pos < len) {
        size_t i = n.raw_pos;
        if (p[i] == '\r') {
            if (i + 1 < len && p[i + 1] == '\n')
                emit(&n, "", 0, 1);
            else
                emit(&n, "\n", 1, 1);
            continue;
        }
        if (p[i] < 0x80) {
            /* Control characters other than tab and newline would only confuse output. */
            if (p[i] < 0x20 && p[i] != '\n' && p[i] != '\t')
                emit(&n, " ", 1, 1);
            else
                emit(&n, (const char *)p + i, 1, 1);
            continue;
        }
        unsigned cp;
        size_t l = utf8_len(p + i, len - i, &cp);
        if (!l) {
            doc->invalid_bytes++;
            emit(&n, "\xEF\xBF\xBD", 3, 1);
            continue;
        }
        const char *a = ascii_for(cp);
        if (a)
            emit(&n, a, strlen(a), l);
        else
            emit(&n, (const char *)p + i, l, l);
    }
    sb_add(&n.out, "", 0);
    doc->len = n.out.len;
    doc->text = sb_detach(&n.out);
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
    size_t r = lo == 0 ? off : doc->map[lo - 1].raw + (off - doc->map[lo - 1].text);
    return r > doc->raw_len ? doc->raw_len : r;
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

/* A header line that is a date: "Published: 13 Oct 2024 09:30 GMT", "2024-10-13T09:30Z". */
static int parse_date_line(const char *s, size_t n, ymd *out, int *is_update)
{
    size_t i = 0;
    *is_update = 0;
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
    ymd d;
    size_t used = cal_parse_date(s + i, n - i, &d);
    if (!used || d.y == 0)
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

static void set_published(document *doc, ymd d, anchor_basis b)
{
    doc->published = d;
    doc->published_basis = b;
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

int document_from_memory(document *doc, const char *source, const char *data, size_t len,
                         ev_err *err)
{
    memset(doc, 0, sizeof *doc);
    doc->source = xstrdup(source);
    doc->raw_len = len;
    if (len == 0) {
        err_set(err, "%s: empty file", source);
        return -1;
    }
    if (len >= 4 && memcmp(data, "%PDF", 4) == 0) {
        err_set(err, "%s: a PDF file, not text", source);
        return -1;
    }
    if (len >= 8 && memcmp(data, "\x89PNG", 4) == 0) {
        err_set(err, "%s: a PNG image, not text", source);
        return -1;
    }
    if (len >= 2 && (((unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE) ||
                     ((unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF))) {
        err_set(err, "%s: UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)", source);
        return -1;
    }
    if (memchr(data, '\0', len)) {
        err_set(err, "%s: binary file (it contains NUL bytes)", source);
        return -1;
    }
    normalise(doc, data, len);
    split_paragraphs(doc);
    if (doc->npara == 0) {
        err_set(err, "%s: no text (only white space)", source);
        return -1;
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
