/* Unit tests: escaping per output kind — XML text never holds what XML 1.0 forbids
 * (C0 controls but tab/LF/CR dropped; U+FFFE, U+FFFF, surrogates and bytes that are no
 * UTF-8 shown as U+FFFD), Graphviz labels keep backslashes and entities literal on top
 * of that, and the terminal shows control characters instead of sending them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "render.h"

static void check_xml(const char *in, const char *want)
{
    strbuf b = {0};
    esc_xml(&b, in);
    assert_string_equal(b.s ? b.s : "", want);
    sb_free(&b);
}

static void xml_drops_or_replaces_forbidden_characters(void **state)
{
    (void)state;
    check_xml("a\x1b[31mb\x07" "c", "a[31mbc");
    check_xml("tab\there\nline\r", "tab\there\nline\r");
    check_xml("x\xef\xbf\xbey\xef\xbf\xbfz", "x\xef\xbf\xbdy\xef\xbf\xbdz");
    check_xml("\xed\xa0\x80s", "\xef\xbf\xbds");            /* a lone surrogate */
    check_xml("\xff\xc0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"); /* no UTF-8 */
    check_xml("\xef\xbf\xbd ok \xef\xb7\x90 \xf4\x8f\xbf\xbf", "\xef\xbf\xbd ok \xef\xb7\x90 \xf4\x8f\xbf\xbf");
    check_xml("<&>\"'", "&lt;&amp;&gt;&quot;&apos;");
    check_xml("trunc\xe2\x82", "trunc\xef\xbf\xbd\xef\xbf\xbd"); /* cut off at the end */
}

static void graphviz_labels_stay_literal_and_legal(void **state)
{
    (void)state;
    char *s = esc_gv("a\\N &#65; \x1b\xef\xbf\xbe");
    assert_string_equal(s, "a\\\\N &amp;#65; \xef\xbf\xbd");
    free(s);
}

static void terminal_shows_controls(void **state)
{
    (void)state;
    strbuf b = {0};
    esc_term(&b, "x\x1b]0;t\x07y\xc2\x9bz");
    assert_string_equal(b.s, "x\\x1b]0;t\\x07y\\u009bz");
    sb_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(xml_drops_or_replaces_forbidden_characters),
        cmocka_unit_test(graphviz_labels_stay_literal_and_legal),
        cmocka_unit_test(terminal_shows_controls),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
