/* Unit tests: document — normalisation and its offset map (typography, invalid UTF-8,
 * CRLF and CR, UTF-16, HTML), paragraph classification, publication dates, wire
 * datelines, and the refusal of binary input. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "document.h"

static void load(document *doc, const char *name, const char *data, size_t len)
{
    ev_err err;
    err.msg[0] = '\0';
    int rc = document_from_memory(doc, name, data, len, &err);
    if (rc != 0)
        fail_msg("%s", err.msg);
}

static void load_s(document *doc, const char *text)
{
    load(doc, "t.txt", text, strlen(text));
}

/* The refusal message for data, which must be refused. */
static void refused(const char *name, const char *data, size_t len, const char *want)
{
    document doc;
    ev_err err;
    err.msg[0] = '\0';
    assert_int_equal(document_from_memory(&doc, name, data, len, &err), -1);
    if (!strstr(err.msg, want))
        fail_msg("message \"%s\" lacks \"%s\"", err.msg, want);
    document_free(&doc); /* harmless after a refusal */
}

/* Where needle is in the normalised text; fails when absent. */
static size_t at(const document *doc, const char *needle)
{
    const char *p = strstr(doc->text, needle);
    if (!p)
        fail_msg("\"%s\" not in \"%s\"", needle, doc->text);
    return (size_t)(p - doc->text);
}

/* The raw offset of needle's start and end must hold rawneedle in the raw bytes. */
static void maps_to(const document *doc, const char *raw, const char *needle, size_t want_start,
                    size_t want_end)
{
    size_t s = at(doc, needle);
    assert_int_equal(document_raw_offset(doc, s), want_start);
    assert_int_equal(document_raw_end(doc, s + strlen(needle)), want_end);
    (void)raw;
}

/* Raw offsets of an ASCII word found in both text and raw bytes agree. */
static void same_word(const document *doc, const char *raw, size_t rawlen, const char *word)
{
    size_t s = at(doc, word);
    const char *r = memmem(raw, rawlen, word, strlen(word));
    assert_non_null(r);
    assert_int_equal(document_raw_offset(doc, s), (size_t)(r - raw));
    assert_int_equal(document_raw_end(doc, s + strlen(word)), (size_t)(r - raw) + strlen(word));
}

/* One letter per paragraph: B body, H headline, D dateline, Y byline, C category,
 * X boilerplate. */
static char *kinds(const document *doc)
{
    static char buf[256];
    size_t i;
    for (i = 0; i < doc->npara && i + 1 < sizeof buf; i++)
        buf[i] = "BHDYCX"[doc->paras[i].kind];
    buf[i] = '\0';
    return buf;
}

static void para_is(const document *doc, size_t k, const char *want)
{
    assert_true(k < doc->npara);
    size_t n = doc->paras[k].end - doc->paras[k].start;
    char *got = xstrndup(doc->text + doc->paras[k].start, n);
    assert_string_equal(got, want);
    free(got);
}

static void assert_ymd(ymd d, int y, int m, int dd)
{
    if (d.y != y || d.m != m || d.d != dd)
        fail_msg("got %04d-%02d-%02d, want %04d-%02d-%02d", d.y, d.m, d.d, y, m, dd);
}

static void raw_offsets_monotone(const document *doc)
{
    size_t prev = 0;
    for (size_t k = 0; k < doc->npara; k++) {
        size_t a = document_raw_offset(doc, doc->paras[k].start);
        size_t b = document_raw_offset(doc, doc->paras[k].end);
        assert_true(prev <= a);
        assert_true(a <= b);
        assert_true(b <= doc->raw_len);
        prev = b;
    }
}

/* ---- normalisation ---- */

static void typography_is_normalised_and_offsets_map_back(void **state)
{
    (void)state;
    /* U+201C and U+201D are 3 bytes each, U+2014 3 bytes, U+00A0 2 bytes, U+200B 3. */
    const char *raw = "He said \xE2\x80\x9Cyes\xE2\x80\x9D \xE2\x80\x94 fine\xC2\xA0now "
                      "al\xE2\x80\x8Bready.";
    document doc;
    load_s(&doc, raw);
    assert_string_equal(doc.text, "He said \"yes\" - fine now already.");
    maps_to(&doc, raw, "yes", 11, 14);
    maps_to(&doc, raw, "fine", 22, 26);
    maps_to(&doc, raw, "now", 28, 31);
    maps_to(&doc, raw, "ready", 37, 42);
    assert_int_equal(document_raw_offset(&doc, doc.len), strlen(raw));
    assert_int_equal(doc.invalid_bytes, 0);
    raw_offsets_monotone(&doc);
    document_free(&doc);
}

static void invalid_utf8_keeps_offsets_after_it(void **state)
{
    (void)state;
    /* 0xFF alone, a lead byte with a bad continuation, a truncated 3-byte sequence, an
     * overlong '/', and a surrogate in UTF-8: each invalid byte becomes one U+FFFD. */
    const char *raw = "ab\xFF" "cd \xC3(x \xE2\x82 ef \xC0\xAF gh \xED\xA0\x80 ij";
    document doc;
    load_s(&doc, raw);
    assert_int_equal(doc.invalid_bytes, 1 + 1 + 2 + 2 + 3);
    assert_non_null(strstr(doc.text, "ab\xEF\xBF\xBD" "cd \xEF\xBF\xBD(x"));
    maps_to(&doc, raw, "cd", 3, 5);
    maps_to(&doc, raw, "(x", 7, 9);
    maps_to(&doc, raw, "ef", 13, 15);
    maps_to(&doc, raw, "gh", 19, 21);
    maps_to(&doc, raw, "ij", 26, 28);
    assert_int_equal(document_raw_offset(&doc, doc.len), strlen(raw));
    /* The replacement character itself maps to its one raw byte. */
    size_t r = at(&doc, "\xEF\xBF\xBD" "cd");
    assert_int_equal(document_raw_offset(&doc, r), 2);
    assert_int_equal(document_raw_offset(&doc, r + 3), 3);
    assert_int_equal(document_raw_end(&doc, r + 3), 3);
    assert_int_equal(document_raw_offset(&doc, r + 1), 2); /* inside it: where it starts */
    raw_offsets_monotone(&doc);
    document_free(&doc);
}

static void crlf_and_lone_cr_become_newlines(void **state)
{
    (void)state;
    const char *raw = "Line one ends here.\r\nLine two.\r\rThree is last.\rFour.";
    document doc;
    load_s(&doc, raw);
    assert_string_equal(doc.text, "Line one ends here.\nLine two.\n\nThree is last.\nFour.");
    same_word(&doc, raw, strlen(raw), "two");
    same_word(&doc, raw, strlen(raw), "Three");
    same_word(&doc, raw, strlen(raw), "Four");
    assert_int_equal(doc.npara, 4);
    para_is(&doc, 1, "Line two.");
    para_is(&doc, 3, "Four.");
    raw_offsets_monotone(&doc);
    document_free(&doc);
}

/* ---- classification ---- */

static void header_byline_headline_and_boilerplate(void **state)
{
    (void)state;
    document doc;
    load_s(&doc, "Politics\n"
                 "Acme Corp Agrees To Buy Widget Maker For $3 Billion\n"
                 "By Jane Roe\n"
                 "October 13, 2024\n"
                 "\n"
                 "Acme Corp Agrees To Buy Widget Maker For $3 Billion\n"
                 "\n"
                 "[ad_1]\n"
                 "\n"
                 "Acme Corp said on Monday it agreed to buy Widget Maker Inc for $3 billion in "
                 "cash, its largest deal so far.\n"
                 "\n"
                 "Advertisement\n"
                 "\n"
                 "The deal needs approval from regulators in Brussels and Washington.\n"
                 "\n"
                 "About Acme\n"
                 "\n"
                 "Acme makes anvils and has done so since 1901.\n"
                 "\n"
                 "Share this article\n");
    assert_string_equal(kinds(&doc), "CHYDXXBXBXXX");
    assert_string_equal(doc.title, "Acme Corp Agrees To Buy Widget Maker For $3 Billion");
    assert_string_equal(doc.byline, "Jane Roe");
    assert_ymd(doc.published, 2024, 10, 13);
    assert_int_equal(doc.published_basis, ANCHOR_HEADER);
    para_is(&doc, 8, "The deal needs approval from regulators in Brussels and Washington.");
    document_free(&doc);
}

static void bare_name_byline_and_no_header(void **state)
{
    (void)state;
    document doc;
    load_s(&doc, "Regulators Open A Review Of The Chip Deal\nJane Q. Roe\n\n"
                 "The review was opened on Tuesday after complaints from rivals in the sector.\n");
    assert_string_equal(kinds(&doc), "HYB");
    assert_string_equal(doc.byline, "Jane Q. Roe");
    assert_int_equal(doc.published.y, 0);
    document_free(&doc);
    /* Prose from the first line on: no headline, no byline. */
    load_s(&doc, "The review was opened on Tuesday after complaints from rivals in the sector.\n\n"
                 "It may take months to finish, officials said in a statement on Wednesday.\n");
    assert_string_equal(kinds(&doc), "BB");
    assert_null(doc.title);
    assert_null(doc.byline);
    document_free(&doc);
}

static void check_date_line(const char *line, int y, int m, int d)
{
    char buf[512];
    snprintf(buf, sizeof buf,
             "Acme Agrees To Buy Widget Maker\n%s\n\nAcme Corp said it would buy Widget Maker "
             "Inc for $3 billion in cash, its largest deal so far.\n",
             line);
    document doc;
    load_s(&doc, buf);
    if (doc.published.y != y || doc.published.m != m || doc.published.d != d)
        fail_msg("\"%s\": got %04d-%02d-%02d", line, doc.published.y, doc.published.m,
                 doc.published.d);
    assert_int_equal(doc.published_basis, ANCHOR_HEADER);
    assert_int_equal(doc.paras[1].kind, PARA_DATELINE);
    ymd none = {0, 0, 0};
    document_set_anchor(&doc, none);
    assert_ymd(doc.anchor, y, m, d);
    assert_int_equal(doc.anchor_basis, ANCHOR_HEADER);
    document_free(&doc);
}

static void publication_date_forms(void **state)
{
    (void)state;
    check_date_line("October 13, 2024", 2024, 10, 13);
    check_date_line("13 October 2024", 2024, 10, 13);
    check_date_line("Oct. 13, 2024", 2024, 10, 13);
    check_date_line("2024-10-13", 2024, 10, 13);
    check_date_line("2024-10-13T09:30:00Z", 2024, 10, 13);
    check_date_line("Published: October 13, 2024", 2024, 10, 13);
    check_date_line("Published on 13 October 2024 09:30 GMT", 2024, 10, 13);
    check_date_line("Updated 18 Dec 2023 14:05 GMT", 2023, 12, 18);
    check_date_line("Posted on October 13, 2024", 2024, 10, 13);
    check_date_line("By Jane Roe | October 13, 2024", 2024, 10, 13);
    check_date_line("Published: 13 Oct 2024 09:30 GMT | Updated: 14 Oct 2024 10:02 GMT", 2024,
                    10, 13);
    /* a second stamp after a separator is no prose */
    check_date_line("Published: 3 Jun 2023, 08:15 AM IST | Updated: 4 Jun 2023, 11:02 PM IST", 2023, 6, 3);
    check_date_line("Published 9 March 2022, 5:40am AEDT \u00b7 Updated 9 March 2022, 7:12am AEDT", 2022, 3, 9);
    /* the time first; an outlet's name before a bar */
    check_date_line("Updated 14:30 CET, Friday 22 November 2024", 2024, 11, 22);
    check_date_line("Newswire | Thursday, May 2, 2024", 2024, 5, 2);
}

static void published_wins_over_updated(void **state)
{
    (void)state;
    document doc;
    load_s(&doc, "Acme Agrees To Buy Widget Maker\nUpdated 18 Dec 2023 14:05 GMT\n"
                 "Published: 13 Oct 2023\n\nAcme Corp said it would buy Widget Maker Inc for "
                 "$3 billion in cash, its largest deal so far.\n");
    assert_ymd(doc.published, 2023, 10, 13);
    document_free(&doc);
}

static void a_date_in_prose_is_not_a_header_date(void **state)
{
    (void)state;
    document doc;
    load_s(&doc, "Acme Agrees To Buy Widget Maker\n\nOn October 13, 2024 Acme Corp said it "
                 "would buy Widget Maker Inc for $3 billion in cash, its largest deal.\n");
    assert_int_equal(doc.published.y, 0);
    document_free(&doc);
}

static void wire_dateline_takes_its_year_from_another_header_line(void **state)
{
    (void)state;
    document doc;
    load_s(&doc, "World News\nDecember 2023\n\nWASHINGTON, Dec 18 (Agency) - The Commerce "
                 "Department added Acme Corp to its trade blacklist on Monday.\n");
    assert_ymd(doc.published, 2023, 12, 18);
    assert_int_equal(doc.published_basis, ANCHOR_DATELINE);
    document_free(&doc);
    /* the year turned between the header month and the dateline */
    load_s(&doc, "January 2024\n\nLONDON, Dec 30 (Agency) - Acme Corp said it would sell "
                 "its cable unit to Beta Ltd.\n");
    assert_ymd(doc.published, 2023, 12, 30);
    document_free(&doc);
    /* a copyright line at the end */
    load_s(&doc, "PARIS, March 4 (Agency) - Acme Corp said it had ended talks with Beta SA.\n\n"
                 "More paragraphs follow here about the talks.\n\n\xc2\xa9 2025 Agency. All "
                 "rights reserved.\n");
    assert_ymd(doc.published, 2025, 3, 4);
    document_free(&doc);
    /* a year in the prose is not a header line */
    load_s(&doc, "PARIS, March 4 (Agency) - Acme Corp said it had ended talks begun in 2019 "
                 "with Beta SA.\n");
    assert_int_equal(doc.published.y, 0);
    document_free(&doc);
}

/* Header fields split by bars: the dated one speaks, whatever comes before it (a source,
 * an editor, a time of day); a numeric date with a field above 12 is day first; a menu is
 * furniture and a headline may end in a quotation. */
static void dated_header_fields_and_menus(void **state)
{
    (void)state;
    document doc;
    load_s(&doc, "Source: Xinhua | Editor: Liu Yan | 2025-10-09 16:20:11\n\n"
                 "China puts U.S. defense firms on its list\n\n"
                 "BEIJING, Oct. 9 (Xinhua) -- China's Ministry of Commerce on Thursday added six "
                 "U.S. companies to its unreliable entity list.\n");
    assert_ymd(doc.published, 2025, 10, 9);
    document_free(&doc);
    load_s(&doc, "News | Politics | Money | Sport | Weather\n\n"
                 "UK sanctions Cyprus fixers behind Russia's 'shadow fleet'\n\n"
                 "By Hannah Corcoran, Political Correspondent\n"
                 "Published 12:41 BST, 21 May 2025 | Updated 15:02 BST, 21 May 2025\n\n"
                 "Britain has imposed sanctions on two Cyprus-based ship managers, the Foreign "
                 "Office announced on Wednesday.\n");
    assert_ymd(doc.published, 2025, 5, 21);
    assert_string_equal(doc.title, "UK sanctions Cyprus fixers behind Russia's 'shadow fleet'");
    assert_int_equal(doc.paras[0].kind, PARA_BOILERPLATE);
    document_free(&doc);
    load_s(&doc, "By Web Desk\nPublished: 24/02/2025 09:14 | Updated 24/02/2025 13:02\n\n"
                 "The European Union on Monday adopted a fresh package of sanctions.\n");
    assert_ymd(doc.published, 2025, 2, 24);
    document_free(&doc);
}

/* Header date lines as sites write them: words before the date are header words, times,
 * zones or a byline's name; a title-case headline with a date is not one. */
static void header_date_forms(void **state)
{
    (void)state;
    static const struct {
        const char *line;
        int y, m, d;
    } rows[] = {
        {"Published 4:05 PM EST, Mon November 4, 2024", 2024, 11, 4},
        {"Last updated on 4th November 2024", 2024, 11, 4},
        {"First published on Mon 4 Nov 2024 14.05 GMT", 2024, 11, 4},
        {"Posted by Jane Roe on November 4, 2024 at 2:05 pm", 2024, 11, 4},
        {"Jane Roe, Staff Writer - November 4, 2024", 2024, 11, 4},
        {"Published 3 hours ago on November 4, 2024", 2024, 11, 4},
        {"Written by Jane Roe. Published November 4, 2024", 2024, 11, 4},
        {"Released: 4 November 2024", 2024, 11, 4},
        {"Press release - 4 November 2024", 2024, 11, 4},
        {"LIVE: Markets and deals \xe2\x80\x94 Tuesday 3 December 2024", 2024, 12, 3},
        {"Acme and Beta - what to expect on March 3, 2025", 0, 0, 0},
        {"Date: 04.11.2024", 2024, 11, 4},
        {"Updated: 11/04/2024 02:05 PM EST", 2024, 11, 4},
        {"Acme to close plant on March 3, 2025", 0, 0, 0},
        {"Deal Expected By March 3, 2025", 0, 0, 0},
        {"What happened on March 3, 2025 and why it matters", 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        char buf[512];
        snprintf(buf, sizeof buf,
                 "Acme Buys Beta In Surprise Deal\n%s\n\nAcme Corp said on Monday it had "
                 "agreed to buy Beta Ltd for $2 billion, ending months of talks.\n",
                 rows[i].line);
        document doc;
        load_s(&doc, buf);
        if (doc.published.y != rows[i].y || doc.published.m != rows[i].m ||
            doc.published.d != rows[i].d)
            fail_msg("%s: got %04d-%02d-%02d", rows[i].line, doc.published.y, doc.published.m,
                     doc.published.d);
        document_free(&doc);
    }
}

static void wire_dateline_takes_its_year_from_the_anchor(void **state)
{
    (void)state;
    const char *raw = "WASHINGTON, Dec 18 (Reuters) - The U.S. Commerce Department added Acme "
                      "Corp to its trade blacklist on Monday, officials said.\n";
    document doc;
    load_s(&doc, raw);
    assert_string_equal(kinds(&doc), "DB");
    para_is(&doc, 0, "WASHINGTON, Dec 18 (Reuters) -");
    assert_int_equal(doc.paras[1].start, strlen("WASHINGTON, Dec 18 (Reuters) - "));
    assert_int_equal(doc.published.y, 0);
    assert_int_equal(doc.dateline_md.m, 12);
    assert_int_equal(doc.dateline_md.d, 18);
    ymd anchor = {2024, 12, 20};
    document_set_anchor(&doc, anchor);
    assert_ymd(doc.published, 2024, 12, 18);
    assert_int_equal(doc.published_basis, ANCHOR_DATELINE);
    assert_int_equal(doc.anchor_basis, ANCHOR_OPTION);
    document_free(&doc);
    /* An anchor early in January: the dateline was last December. */
    load_s(&doc, raw);
    ymd jan = {2025, 1, 5};
    document_set_anchor(&doc, jan);
    assert_ymd(doc.published, 2024, 12, 18);
    document_free(&doc);
    /* Without --anchor there is no anchor at all. */
    load_s(&doc, raw);
    ymd none = {0, 0, 0};
    document_set_anchor(&doc, none);
    assert_int_equal(doc.anchor.y, 0);
    assert_int_equal(doc.anchor_basis, ANCHOR_NONE);
    document_free(&doc);
    /* A dateline with its year sets the date itself. */
    load_s(&doc, "SAN JOSE, Calif., March 4, 2024 /PRNewswire/ -- Acme Corp today announced "
                 "a deal to buy Widget Maker Inc for $3 billion in cash.\n");
    assert_ymd(doc.published, 2024, 3, 4);
    assert_int_equal(doc.published_basis, ANCHOR_DATELINE);
    document_free(&doc);
}

/* ---- HTML ---- */

static const char page[] =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<title>Acme buys Widget &amp; Co for $3bn</title>\n"
    "<meta property=\"article:published_time\" content=\"2024-10-13T09:30:00Z\">\n"
    "<script>var s = \"<p>not text</p>\"; if (a < b) x();</script>\n"
    "<style>p { color: red; }</style>\n</head>\n<body>\n"
    "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n"
    "<article>\n<h1>Acme buys Widget &amp; Co for $3bn</h1>\n"
    "<p class=\"byline\">By Jane Roe</p>\n"
    "<p>Acme Corp said on <b>Monday</b> it agreed to buy Widget &#8220;Co&#x201D; for\n"
    "   $3&nbsp;billion &mdash; its largest deal &ndash; ever.</p><!-- <p>hidden</p> -->\n"
    "<p>Its chief executive said it&rsquo;s &ldquo;a good day&rdquo; &amp; that 2 &lt; 3 "
    "&gt; 1.<br>A new line &copy; &#39;quoted&#39; &unknown; &#0; a < b.</p>\n"
    "<noscript><p>Enable JavaScript</p></noscript>\n"
    "<ul><li>First point</li><li>Second point</li></ul>\n"
    "<div data-x='a > b'>After the quoted attribute.</div>\n"
    "</article>\n<footer>Copyright Acme News</footer>\n</body>\n</html>\n";

static void html_is_stripped(void **state)
{
    (void)state;
    document doc;
    load(&doc, "page.html", page, sizeof page - 1);
    assert_true(doc.was_html);
    assert_null(strstr(doc.text, "var s"));
    assert_null(strstr(doc.text, "color"));
    assert_null(strstr(doc.text, "not text"));
    assert_null(strstr(doc.text, "hidden"));
    assert_null(strstr(doc.text, "JavaScript"));
    assert_null(strstr(doc.text, "Home"));
    assert_null(strstr(doc.text, "Copyright"));
    assert_null(strstr(doc.text, "charset"));
    assert_string_equal(doc.title, "Acme buys Widget & Co for $3bn");
    assert_string_equal(doc.byline, "Jane Roe");
    assert_ymd(doc.published, 2024, 10, 13);
    assert_int_equal(doc.published_basis, ANCHOR_HEADER);
    /* The title is the headline; the <h1> copy of it is boilerplate. */
    assert_string_equal(kinds(&doc), "HXYBBBBBB");
    para_is(&doc, 3, "Acme Corp said on Monday it agreed to buy Widget \"Co\" for $3 billion - "
                     "its largest deal - ever.");
    para_is(&doc, 4, "Its chief executive said it's \"a good day\" & that 2 < 3 > 1.");
    para_is(&doc, 5, "A new line \xC2\xA9 'quoted' &unknown; \xEF\xBF\xBD a < b.");
    para_is(&doc, 6, "First point");
    para_is(&doc, 7, "Second point");
    para_is(&doc, 8, "After the quoted attribute.");
    /* Offsets map back into the markup. */
    same_word(&doc, page, sizeof page - 1, "Monday");
    same_word(&doc, page, sizeof page - 1, "Second point");
    same_word(&doc, page, sizeof page - 1, "After the quoted");
    size_t s = at(&doc, "Co\" for");
    const char *r = strstr(page, "Co&#x201D;");
    assert_int_equal(document_raw_offset(&doc, s), (size_t)(r - page));
    assert_int_equal(document_raw_end(&doc, s + 3), (size_t)(r - page) + 10);
    /* A span ending at a dropped tag ends before it; the next text starts after it. */
    s = at(&doc, "Monday");
    r = strstr(page, "Monday</b> it");
    assert_int_equal(document_raw_end(&doc, s + 6), (size_t)(r - page) + 6);
    assert_int_equal(document_raw_offset(&doc, s + 6), (size_t)(r - page) + 10);
    s = at(&doc, "$3 billion");
    r = strstr(page, "$3&nbsp;billion");
    assert_int_equal(document_raw_end(&doc, s + 10), (size_t)(r - page) + 15);
    raw_offsets_monotone(&doc);
    document_free(&doc);
}

static void html_time_element_and_detection(void **state)
{
    (void)state;
    /* Detected by its name alone; the date from <time datetime>. */
    const char *frag = "<h2>Regulators Open A Review Of The Chip Deal</h2>"
                       "<time datetime=\"2023-12-18T14:05:00+00:00\">18 Dec</time>"
                       "<p>The review was opened on Tuesday after complaints from rivals.</p>";
    document doc;
    load(&doc, "saved.HTM", frag, strlen(frag));
    assert_true(doc.was_html);
    assert_ymd(doc.published, 2023, 12, 18);
    assert_null(strchr(doc.text, '<'));
    document_free(&doc);
    /* The same bytes in a .txt file stay as they are. */
    load(&doc, "saved.txt", frag, strlen(frag));
    assert_false(doc.was_html);
    assert_non_null(strstr(doc.text, "<h2>"));
    document_free(&doc);
    /* Markup only is no text. */
    const char *empty = "<!doctype html><html><head><title></title></head><body>"
                        "<script>x()</script></body></html>";
    refused("e.html", empty, strlen(empty), "e.html: no text");
}

static void html_unclosed_markup(void **state)
{
    (void)state;
    /* An unclosed comment, script or tag ends the text without a hang. A tag cut off by
     * the end of the file is dropped, as HTML5 parsers (libxml2's, a browser's) drop it. */
    const char *a = "<html><p>Acme Corp bought Widget Inc.</p><!-- never closed <p>x</p>";
    document doc;
    load(&doc, "a.html", a, strlen(a));
    assert_string_equal(doc.text, "Acme Corp bought Widget Inc.\n\n");
    document_free(&doc);
    const char *b = "<html><p>Acme Corp bought Widget Inc.</p><script>var x = 1;";
    load(&doc, "b.html", b, strlen(b));
    assert_null(strstr(doc.text, "var"));
    document_free(&doc);
    const char *c = "<html><p>Acme Corp bought Widget Inc. <a href=\"x";
    load(&doc, "c.html", c, strlen(c));
    assert_string_equal(doc.text, "Acme Corp bought Widget Inc. \n\n");
    raw_offsets_monotone(&doc);
    same_word(&doc, c, strlen(c), "Widget");
    document_free(&doc);
}

/* ---- UTF-16 ---- */

/* Encodes UTF-16 code units with a BOM, little- or big-endian. */
static size_t utf16(const unsigned *units, size_t n, int be, char *out)
{
    size_t k = 0;
    out[k++] = be ? '\xFE' : '\xFF';
    out[k++] = be ? '\xFF' : '\xFE';
    for (size_t i = 0; i < n; i++) {
        unsigned char hi = (unsigned char)(units[i] >> 8), lo = (unsigned char)units[i];
        out[k++] = (char)(be ? hi : lo);
        out[k++] = (char)(be ? lo : hi);
    }
    return k;
}

static size_t ascii_units(const char *s, unsigned *u)
{
    size_t n = 0;
    while (*s)
        u[n++] = (unsigned char)*s++;
    return n;
}

static void utf16_is_decoded_with_offsets(void **state)
{
    (void)state;
    for (int be = 0; be < 2; be++) {
        unsigned u[256];
        size_t n = ascii_units("Caf", u);
        u[n++] = 0xE9;   /* é: 2 raw bytes, 2 UTF-8 bytes */
        n += ascii_units(" said it", u + n);
        u[n++] = 0x2019; /* ’: 2 raw bytes, 1 text byte */
        n += ascii_units("s open ", u + n);
        u[n++] = 0xD83D; /* U+1F600: 4 raw bytes, 4 UTF-8 bytes */
        u[n++] = 0xDE00;
        u[n++] = ' ';
        u[n++] = 0x20AC; /* €: 2 raw bytes, 3 UTF-8 bytes */
        n += ascii_units("5 today.\r\nNext line here.", u + n);
        char raw[600];
        size_t len = utf16(u, n, be, raw);
        document doc;
        load(&doc, "u16.txt", raw, len);
        assert_true(doc.was_utf16);
        assert_string_equal(doc.text, "Caf\xC3\xA9 said it's open \xF0\x9F\x98\x80 "
                                      "\xE2\x82\xAC" "5 today.\nNext line here.");
        /* Raw offset = 2 (BOM) + 2 per code unit before it. */
        assert_int_equal(document_raw_offset(&doc, at(&doc, "Caf")), 2);
        assert_int_equal(document_raw_offset(&doc, at(&doc, "said")), 2 + 2 * 5);
        assert_int_equal(document_raw_offset(&doc, at(&doc, "s open")), 2 + 2 * 13);
        assert_int_equal(document_raw_offset(&doc, at(&doc, "open")), 2 + 2 * 15);
        assert_int_equal(document_raw_offset(&doc, at(&doc, " \xE2\x82\xAC")), 2 + 2 * 22);
        assert_int_equal(document_raw_offset(&doc, at(&doc, "5 today")), 2 + 2 * 24);
        assert_int_equal(document_raw_offset(&doc, at(&doc, "Next")), 2 + 2 * 34);
        assert_int_equal(document_raw_offset(&doc, doc.len), len);
        assert_int_equal(doc.invalid_bytes, 0);
        raw_offsets_monotone(&doc);
        document_free(&doc);
    }
}

static void utf16_html_and_bad_utf16(void **state)
{
    (void)state;
    unsigned u[256];
    size_t n = ascii_units("<html><p>Acme &amp; Widget agreed a deal.</p></html>", u);
    char raw[600];
    size_t len = utf16(u, n, 0, raw);
    document doc;
    load(&doc, "p.html", raw, len);
    assert_string_equal(doc.text, "Acme & Widget agreed a deal.\n\n");
    assert_int_equal(document_raw_offset(&doc, at(&doc, "Widget")), 2 + 2 * 20);
    document_free(&doc);
    /* A lone surrogate in text is replaced and counted. */
    n = ascii_units("Acme agreed a deal with Widget Inc on Monday.", u);
    u[4] = 0xDC00;
    len = utf16(u, n, 1, raw);
    load(&doc, "s.txt", raw, len);
    assert_int_equal(doc.invalid_bytes, 1);
    assert_int_equal(document_raw_offset(&doc, at(&doc, "agreed")), 2 + 2 * 5);
    document_free(&doc);
    /* Errors: a BOM alone, NUL characters, mostly lone surrogates. */
    refused("bom.txt", "\xFF\xFE", 2, "bom.txt: empty file");
    refused("bom1.txt", "\xFE\xFF\x00", 3, "bom1.txt: ");
    refused("nul.txt", "\xFF\xFE" "A\0\0\0B\0", 8, "nul.txt: binary file");
    refused("sur.txt", "\xFE\xFF\xD8\x00\xD8\x00\xDC\x00\xDC\x00\x00" "A", 12,
            "sur.txt: not valid UTF-16 text");
}

/* ---- refusals ---- */

static void binary_files_are_refused(void **state)
{
    (void)state;
    refused("e.txt", "", 0, "e.txt: empty file");
    refused("w.txt", " \n\t\r\n ", 6, "w.txt: no text");
    refused("n.txt", "abc\0def", 7, "n.txt: binary file (it contains NUL bytes)");
    refused("p.txt", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", 15, "p.txt: a PDF file, not text");
    refused("i.txt", "\x89PNG\r\n\x1A\n rest", 13, "i.txt: binary file (PNG image)");
    refused("j.txt", "\xFF\xD8\xFF\xE0 JFIF", 9, "j.txt: binary file (JPEG image)");
    refused("g.txt", "GIF89a rest", 11, "g.txt: binary file (GIF image)");
    refused("d.docx", "PK\x03\x04 word/document.xml", 23, "d.docx: binary file (ZIP archive");
    refused("z.txt", "\x1F\x8B\x08 rest", 8, "z.txt: binary file (gzip archive)");
    char junk[4096];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (char)(0x80 | (i * 37 % 64)); /* continuation bytes: all invalid */
    refused("x.txt", junk, sizeof junk, "x.txt: binary file (mostly invalid UTF-8)");
    /* A few invalid bytes in text are fine. */
    document doc;
    const char *latin1 = "Caf\xE9 Acme bought Widget Inc on Monday, officials said.";
    load(&doc, "latin1.txt", latin1, strlen(latin1));
    assert_int_equal(doc.invalid_bytes, 1);
    document_free(&doc);
}

static void a_long_single_line_is_one_paragraph(void **state)
{
    (void)state;
    size_t n = 4 << 20;
    char *big = malloc(n);
    for (size_t i = 0; i < n; i++)
        big[i] = "Acme bought Widget. "[i % 20];
    document doc;
    load(&doc, "big.txt", big, n);
    assert_int_equal(doc.npara, 1);
    assert_int_equal(doc.paras[0].end, n); /* the last byte is the 'e' of "bought" */
    assert_int_equal(document_raw_offset(&doc, n - 7), n - 7);
    document_free(&doc);
    free(big);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(typography_is_normalised_and_offsets_map_back),
        cmocka_unit_test(invalid_utf8_keeps_offsets_after_it),
        cmocka_unit_test(crlf_and_lone_cr_become_newlines),
        cmocka_unit_test(header_byline_headline_and_boilerplate),
        cmocka_unit_test(bare_name_byline_and_no_header),
        cmocka_unit_test(publication_date_forms),
        cmocka_unit_test(published_wins_over_updated),
        cmocka_unit_test(a_date_in_prose_is_not_a_header_date),
        cmocka_unit_test(dated_header_fields_and_menus),
        cmocka_unit_test(header_date_forms),
        cmocka_unit_test(wire_dateline_takes_its_year_from_the_anchor),
        cmocka_unit_test(wire_dateline_takes_its_year_from_another_header_line),
        cmocka_unit_test(html_is_stripped),
        cmocka_unit_test(html_time_element_and_detection),
        cmocka_unit_test(html_unclosed_markup),
        cmocka_unit_test(utf16_is_decoded_with_offsets),
        cmocka_unit_test(utf16_html_and_bad_utf16),
        cmocka_unit_test(binary_files_are_refused),
        cmocka_unit_test(a_long_single_line_is_one_paragraph),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
