/* html — a saved web page's structure from libxml2's HTML parser (SAX, no tree), mapped
 * back to byte offsets; and the HTML5 named character references. See html.h for how
 * the parser's text is mapped back to the page. */
#include "html.h"

#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

/* ---- named character references ---- */

/* Every HTML5 name (WHATWG's list; src/html/entities.txt, made a C table at build time
 * by src/html/entities.sh), sorted bytewise. */
#include "html_entities.h"

#define NENTITIES (sizeof html_entities / sizeof *html_entities)
#define LEGACY_MAX 6 /* the longest name that may stand without its semicolon */

static const html_entity *find_name(const char *key, size_t klen)
{
    size_t lo = 0, hi = NENTITIES;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *name = html_entities[mid].name;
        int c = strncmp(key, name, klen);
        if (c == 0)
            c = name[klen] ? -1 : 0;
        if (c == 0)
            return &html_entities[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

const html_entity *html_entity_lookup(const char *s, size_t n, size_t *used)
{
    size_t k = 0;
    while (k < n && k < 40 && isalnum((unsigned char)s[k]))
        k++;
    if (k == 0)
        return NULL;
    const html_entity *e;
    if (k < n && s[k] == ';' && (e = find_name(s, k + 1))) {
        *used = k + 1;
        return e;
    }
    /* HTML5 reads the longest legacy name that starts the word: "&notit;" is "¬it;" */
    for (size_t m = k < LEGACY_MAX ? k : LEGACY_MAX; m >= 2; m--)
        if ((e = find_name(s, m))) {
            *used = m;
            return e;
        }
    return NULL;
}

/* ---- what the parser reads ---- */

/* libxml2 leaves UTF-8 for Latin-1 at the first invalid byte and stumbles on characters
 * XML does not allow, which would change the length of its text and lose our offsets.
 * It reads such bytes as '?' instead: the same length, so its offsets are ours. The
 * document stage still reads the page itself, and replaces and counts them as for text. */
static char *parser_copy(const char *page, size_t len)
{
    char *copy = NULL;
    const unsigned char *p = (const unsigned char *)page;
    for (size_t i = 0; i < len;) {
        unsigned cp;
        size_t l = util_utf8_decode(p + i, len - i, &cp);
        int bad = !l || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE ||
                  cp == 0xFFFF;
        if (!l)
            l = 1;
        if (bad) {
            if (!copy) {
                copy = xmalloc(len);
                memcpy(copy, page, len);
            }
            memset(copy + i, '?', l);
        }
        i += l;
    }
    return copy;
}

/* ---- the walk ---- */

#define NONE ((size_t)-1)

typedef struct {
    htmlParserCtxtPtr ctxt;
    const char *page; /* what the parser reads */
    size_t len;
    const html_sink *sink;
    html_facts *facts;
    size_t run_s, run_e; /* the stretch of text being gathered; run_s NONE: none */
    size_t after_markup; /* where the last markup reported ended; NONE: not known */
    size_t done;         /* everything before was handed on or passed over */
    int in_head, in_title, seen_body, drop;
} walker;

static const char *const block_tags[] = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article", "section",
    "ul", "ol", "dl", "dt", "dd", "table", "blockquote", "header", "main", "figure",
    "figcaption", "hr", "pre", "address", "caption", "body", "html", "center", NULL};
/* Elements whose content is never article text (script and style come as CDATA). */
static const char *const dropped_tags[] = {"script", "style", "noscript", "template", "svg",
                                           "iframe", "object", "select", "button",
                                           "textarea", "nav", "aside", "footer", "form",
                                           NULL};
/* Of those, the ones that sit inside a line: a space stands for them, not a break. */
static const char *const inline_dropped[] = {"title", "svg", "iframe", "object", "select",
                                             "button", "textarea", NULL};

static int name_in(const char *name, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strcmp(name, list[i]) == 0)
            return 1;
    return 0;
}

static size_t pos(const walker *w)
{
    long p = xmlByteConsumed(w->ctxt);
    return p < 0 ? 0 : (size_t)p > w->len ? w->len : (size_t)p;
}

/* Text libxml2 consumed without reporting it (a malformed reference) holds no markup. */
static int gap_is_text(const walker *w, size_t a, size_t b)
{
    return a <= b && !memchr(w->page + a, '<', b - a) && !memchr(w->page + a, '>', b - a);
}

static void flush(walker *w)
{
    if (w->run_s == NONE)
        return;
    if (!w->drop && !(w->in_head && !w->in_title))
        w->sink->text(w->sink->ctx, w->run_s, w->run_e);
    w->done = w->run_e;
    w->run_s = NONE;
}

/* Before markup the parser reports at p: text it consumed without a word just before
 * that markup ("&#x;</p>", a malformed reference) is text all the same. */
static void end_text(walker *w, size_t p)
{
    size_t from = w->run_s != NONE ? w->run_e : w->after_markup;
    if (from != NONE && from >= w->done && from < p) {
        const char *lt = memrchr(w->page + from, '<', p - from);
        size_t to = lt ? (size_t)(lt - w->page) : from;
        if (to > from && gap_is_text(w, from, to)) {
            if (w->run_s == NONE)
                w->run_s = from;
            w->run_e = to;
        }
    }
    flush(w);
}

static void add_text(walker *w, size_t a, size_t b)
{
    if (b <= w->done)
        return;
    if (a < w->done)
        a = w->done;
    if (w->run_s != NONE && (a <= w->run_e || gap_is_text(w, w->run_e, a))) {
        if (b > w->run_e)
            w->run_e = b;
        return;
    }
    flush(w);
    if (w->after_markup != NONE && w->after_markup >= w->done && w->after_markup < a &&
        gap_is_text(w, w->after_markup, a))
        a = w->after_markup;
    w->run_s = a;
    w->run_e = b;
}

/* A piece of text the parser reports, placed in the page (see html.h). */
static void on_text(void *ctx, const xmlChar *s, int n)
{
    walker *w = ctx;
    size_t e = pos(w), l = n > 0 ? (size_t)n : 0;
    if (l && l <= e && memcmp(w->page + e - l, s, l) == 0) {
        add_text(w, e - l, e);
    } else if (l && e + l <= w->len && memcmp(w->page + e, s, l) == 0) {
        add_text(w, e, e + l);
    } else if (l) {
        size_t lo = e > 64 ? e - 64 : 0, k = e;
        if (lo < w->done)
            lo = w->done;
        while (k > lo && w->page[k - 1] != '&')
            k--;
        if (k > lo)
            add_text(w, k - 1, e);
    }
}

static void brk(walker *w, int paragraph)
{
    if (!w->drop)
        w->sink->brk(w->sink->ctx, paragraph);
}

static const char *attr(const xmlChar **atts, const char *name)
{
    for (; atts && atts[0]; atts += 2)
        if (strcasecmp((const char *)atts[0], name) == 0)
            return atts[1] ? (const char *)atts[1] : "";
    return NULL;
}

static void attr_date(const char *v, ymd *out)
{
    ymd d;
    if (out->y || !v)
        return;
    while (isspace((unsigned char)*v))
        v++;
    if (cal_parse_date(v, strlen(v), &d) && d.y && cal_valid(d))
        *out = d;
}

/* <meta property="article:published_time" content="..."> and kin; <time datetime>. */
static void date_facts(walker *w, const char *name, const xmlChar **atts)
{
    static const char *const props[] = {"article:published_time", "og:published_time",
                                        "datepublished", "pubdate", "publishdate",
                                        "dc.date.issued", "parsely-pub-date", NULL};
    if (strcmp(name, "time") == 0) {
        attr_date(attr(atts, "datetime"), &w->facts->time_date);
        return;
    }
    static const char *const keys[] = {"property", "name", "itemprop", NULL};
    for (int k = 0; keys[k]; k++) {
        const char *v = attr(atts, keys[k]);
        for (int q = 0; v && props[q]; q++)
            if (strcasecmp(v, props[q]) == 0)
                attr_date(attr(atts, "content"), &w->facts->meta_date);
    }
}

static int dropped(const walker *w, const char *name)
{
    return name_in(name, dropped_tags) || (strcmp(name, "title") == 0 && w->seen_body);
}

/* The parser reports an element when it reaches the '>' of its tag ("/>" for an empty
 * one), before it consumes it. */
static void on_start(void *ctx, const xmlChar *tag, const xmlChar **atts)
{
    walker *w = ctx;
    const char *name = (const char *)tag;
    size_t p = pos(w);
    end_text(w, p);
    w->after_markup = p < w->len && w->page[p] == '>' ? p + 1
                      : p + 1 < w->len && w->page[p] == '/' && w->page[p + 1] == '>' ? p + 2
                                                                                  : NONE;
    if (dropped(w, name)) {
        brk(w, !name_in(name, inline_dropped));
        w->drop++;
        return;
    }
    if (w->drop)
        return;
    if (strcmp(name, "meta") == 0 || strcmp(name, "time") == 0) {
        date_facts(w, name, atts);
    } else if (strcmp(name, "head") == 0) {
        w->in_head = 1;
    } else if (strcmp(name, "title") == 0) {
        w->in_title = 1;
        brk(w, 1);
    } else if (name_in(name, block_tags)) {
        w->seen_body |= strcmp(name, "body") == 0;
        if (strcmp(name, "html") != 0)
            w->in_head = 0; /* a page without </head> */
        brk(w, 1);
    } else if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) {
        brk(w, 0);
    }
}

/* An end tag is reported after its '>'; one the parser implies (an unclosed <p> before
 * the next) anywhere, so its position is kept only when it follows a '>'. */
static void on_end(void *ctx, const xmlChar *tag)
{
    walker *w = ctx;
    const char *name = (const char *)tag;
    size_t p = pos(w);
    end_text(w, p);
    w->after_markup = p > 0 && w->page[p - 1] == '>' ? p : NONE;
    if (w->drop) {
        w->drop -= dropped(w, name);
        return;
    }
    if (strcmp(name, "title") == 0 && w->in_title) {
        w->in_title = 0;
        brk(w, 1);
    } else if (strcmp(name, "head") == 0) {
        w->in_head = 0;
    } else if (name_in(name, block_tags)) {
        brk(w, 1);
    } else if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) {
        brk(w, 0);
    }
}

/* Comments, processing instructions, a doctype, script and style content: markup. */
static void after_other(walker *w)
{
    size_t p = pos(w);
    end_text(w, p);
    w->after_markup = p > 0 && w->page[p - 1] == '>' ? p : NONE;
}

static void on_comment(void *ctx, const xmlChar *s)
{
    (void)s;
    after_other(ctx);
}

static void on_cdata(void *ctx, const xmlChar *s, int n)
{
    (void)s;
    (void)n;
    walker *w = ctx;
    end_text(w, pos(w));
    w->after_markup = NONE; /* the end tag that follows tells */
}

static void on_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
    (void)target;
    (void)data;
    after_other(ctx);
}

static void on_subset(void *ctx, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
    (void)name;
    (void)ext;
    (void)sys;
    after_other(ctx);
}

static void quiet(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg; /* a web page's markup errors are the page's business */
}

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void init_parser(void)
{
    xmlInitParser();
}

int html_walk(const char *page, size_t len, const html_sink *sink, html_facts *facts)
{
    pthread_once(&init_once, init_parser);
    memset(facts, 0, sizeof *facts);
    if (len > INT_MAX)
        return -1;
    char *copy = parser_copy(page, len);
    walker w = {NULL, copy ? copy : page, len, sink, facts, NONE, 0, NONE, 0, 0, 0, 0, 0};
    w.ctxt = htmlCreateMemoryParserCtxt(w.page, (int)len);
    if (!w.ctxt) {
        free(copy);
        return -1;
    }
    htmlSAXHandler h;
    memset(&h, 0, sizeof h);
    h.startElement = on_start;
    h.endElement = on_end;
    h.characters = on_text;
    h.ignorableWhitespace = on_text;
    h.cdataBlock = on_cdata;
    h.comment = on_comment;
    h.processingInstruction = on_pi;
    h.internalSubset = on_subset;
    h.warning = quiet;
    h.error = quiet;
    h.fatalError = quiet;
    memcpy(w.ctxt->sax, &h, sizeof h);
    w.ctxt->userData = &w;
    /* no network, no implied <html>/<body>, and UTF-8 whatever a <meta charset> says
     * (a page saved by a browser is in UTF-8; the bytes were decoded before) */
    htmlCtxtUseOptions(w.ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                   HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED |
                                   HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
    xmlSwitchEncoding(w.ctxt, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(w.ctxt);
    flush(&w);
    htmlFreeParserCtxt(w.ctxt);
    free(copy);
    return 0;
}
