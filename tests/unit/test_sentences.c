/* Unit tests: sentences (abbreviations, initials, quotes, boilerplate, length bound). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "sentences.h"

static size_t split(const char *text, sentence_list *out, document *doc)
{
    ev_err err;
    assert_int_equal(document_from_memory(doc, "t", text, strlen(text), &err), 0);
    sentences_split(doc, out);
    return out->n;
}

static void assert_sentence(const document *doc, const sentence_list *l, size_t i,
                            const char *want)
{
    assert_true(i < l->n);
    size_t n = l->v[i].end - l->v[i].start;
    char *got = xstrndup(doc->text + l->v[i].start, n);
    assert_string_equal(got, want);
    free(got);
}

static void abbreviations_do_not_end_sentences(void **state)
{
    (void)state;
    document doc;
    sentence_list l = {0};
    split("The U.S. Commerce Dept. fined Acme Inc. on Jan. 5 for $3.5 million. Mr. Smith "
          "of J. P. Morgan said the case was closed! Was it?",
          &l, &doc);
    assert_int_equal(l.n, 3);
    assert_sentence(&doc, &l, 0,
                    "The U.S. Commerce Dept. fined Acme Inc. on Jan. 5 for $3.5 million.");
    assert_sentence(&doc, &l, 1, "Mr. Smith of J. P. Morgan said the case was closed!");
    assert_sentence(&doc, &l, 2, "Was it?");
    sentences_free(&l);
    document_free(&doc);
}

static void closing_quotes_stay_with_their_sentence(void **state)
{
    (void)state;
    document doc;
    sentence_list l = {0};
    split("He said \u201cwe are done.\u201d Talks ended. the lower-case start stays.", &l, &doc);
    assert_int_equal(l.n, 2);
    assert_sentence(&doc, &l, 0, "He said \"we are done.\"");
    assert_sentence(&doc, &l, 1, "Talks ended. the lower-case start stays.");
    sentences_free(&l);
    document_free(&doc);
}

static void boilerplate_gives_no_sentences(void **state)
{
    (void)state;
    document doc;
    sentence_list l = {0};
    split("March 3, 2023\n\n[ad_1]\n\nThe body sentence is here and long enough to be body "
          "text for sure.\n\n[ad_2]\n\nSource link\n",
          &l, &doc);
    for (size_t i = 0; i < l.n; i++) {
        char *s = xstrndup(doc.text + l.v[i].start, l.v[i].end - l.v[i].start);
        assert_null(strstr(s, "[ad_"));
        assert_null(strstr(s, "Source link"));
        free(s);
    }
    int lead = 0;
    for (size_t i = 0; i < l.n; i++)
        lead += l.v[i].lead;
    assert_int_equal(lead, 1);
    sentences_free(&l);
    document_free(&doc);
}

static void over_long_runs_are_cut(void **state)
{
    (void)state;
    size_t n = SENTENCE_MAX_BYTES * 3;
    char *text = xmalloc(n + 1);
    for (size_t i = 0; i < n; i++)
        text[i] = i % 7 == 6 ? ' ' : 'a';
    text[n] = '\0';
    document doc;
    sentence_list l = {0};
    split(text, &l, &doc);
    assert_true(l.n >= 3);
    assert_true(l.cut >= 2);
    for (size_t i = 0; i < l.n; i++)
        assert_true(l.v[i].end - l.v[i].start <= SENTENCE_MAX_BYTES);
    sentences_free(&l);
    document_free(&doc);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(abbreviations_do_not_end_sentences),
        cmocka_unit_test(closing_quotes_stay_with_their_sentence),
        cmocka_unit_test(boilerplate_gives_no_sentences),
        cmocka_unit_test(over_long_runs_are_cut),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
