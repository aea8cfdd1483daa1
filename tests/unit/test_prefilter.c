/* Unit tests: rx_literals and prefilter — what a pattern's matches must contain, and the
 * one rule that matters: a subject the prefilter turns away is one PCRE2 finds no match
 * in (case, UTF-8 folding, optional parts, lookarounds, constructs not followed). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "prefilter.h"
#include "rules.h"
#include "rx.h"
#include "rx_literals.h"

/* The clauses of pattern, as "{a,b} {c}" with the alternatives sorted. */
static void clauses_of(const char *pattern, char *out, size_t cap)
{
    rxl_need n;
    rx_literals(pattern, NULL, &n);
    out[0] = '\0';
    for (size_t i = 0; i < n.n; i++) {
        rxl_clause *c = &n.v[i];
        for (size_t a = 0; a < c->n; a++) /* sort: the order of alternatives is not the point */
            for (size_t b = a + 1; b < c->n; b++)
                if (strcmp(c->v[b], c->v[a]) < 0) {
                    char *t = c->v[a];
                    c->v[a] = c->v[b];
                    c->v[b] = t;
                }
        snprintf(out + strlen(out), cap - strlen(out), "%s{", i ? " " : "");
        for (size_t a = 0; a < c->n; a++)
            snprintf(out + strlen(out), cap - strlen(out), "%s%s", a ? "," : "", c->v[a]);
        snprintf(out + strlen(out), cap - strlen(out), "}");
    }
    rx_literals_free(&n);
}

static void literals_read_off_patterns(void **state)
{
    (void)state;
    const char *cases[][2] = {
        {"Acquir(?:ed|es)\\b", "{acquired,acquires}"},
        {"(?:deal|sale)s? of", "{deal of,deals of,sale of,sales of}"},
        /* strings are cut to 12 bytes: a part of what any match holds is held too */
        {"(?:completed|agreed) takeover of", "{agreed takeo,completed ta}"},
        {"\\bsold\\b[^.]{0,30} to (?<tgt>\\x01\\d+\\x02)", "{sold} { to }"},
        {"(?<!\\bwas )bought(?= by)", "{bought}"},
        {"a?bc", ""},                     /* "bc" is too short to filter */
        {"(?:deal|x)d", ""},              /* one alternative requires nothing */
        {"(?:talks)* end", "{ end}"},
        {"(?:talks)+ ended", "{talks} { ended}"},
        {"(?i)merger", ""},               /* inline options: not followed */
        {"(a)\\1 merger", ""},            /* back references: not followed */
        {"(?(1)x|y) merger", ""},
        {"\\Qmerger\\E", ""},
        {"m\\x45rger", "{merger}"},
        {"[abc\\]]merger", "{merger}"},
        {"caf\xc3\xa9 merger", "{caf} { merger}"},
        {"", ""},
    };
    char got[512];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        clauses_of(cases[i][0], got, sizeof got);
        if (strcmp(got, cases[i][1]) != 0)
            fail_msg("%s: got \"%s\", want \"%s\"", cases[i][0], got, cases[i][1]);
    }
}

/* Whether PCRE2 finds pattern in subject, compiled as the rules are. */
static int pcre_matches(const char *pattern, const char *subject)
{
    ev_err err;
    pcre2_code *re = rx_compile(pattern, PCRE2_CASELESS | PCRE2_DUPNAMES, &err);
    assert_non_null(re);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    int m = rx_match(re, subject, strlen(subject), 0, md);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    return m;
}

static const char *const patterns[] = {
    "acquir(?:ed|es)\\b",
    "\\b(?:sold|sells) (?:its |the )?stake to",
    "(?<!\\bwas )bought(?= by)",
    "(?:blacklist|black-list)(?:ed|s)?",
    "kelvin sensors",
    "(?:talks)+ ended",
    "\\bsues\\b",
};

/* Subjects that match or nearly match the patterns: other case, KELVIN SIGN for K, LONG
 * S for s, a letter missing. */
static const char *const subjects[] = {
    "X ACQUIRED Y", "X acquires Y", "X acquire Y", "X sold its stake to Y",
    "X SELLS THE STAKE TO Y", "X sold a stake to Y", "Y was bought by X", "X bought by Y",
    "X BLACK-LISTED Y", "X blacklists Y", "\xe2\x84\xaa" "elvin sensors", "kelvin \xc5\xbf" "ensors",
    "Kelvin Sensor", "talkstalks ended", "talks END", "talk ended", "X \xc5\xbfues Y", "X sue Y",
    "",
};

static void prefilter_never_turns_away_a_match(void **state)
{
    (void)state;
    size_t np = sizeof patterns / sizeof *patterns, ns = sizeof subjects / sizeof *subjects;
    prefilter *pf = prefilter_new();
    int cond[sizeof patterns / sizeof *patterns];
    for (size_t p = 0; p < np; p++) {
        cond[p] = prefilter_add(pf, patterns[p]);
        assert_int_not_equal(cond[p], PF_ALWAYS);
    }
    prefilter_build(pf);
    assert_int_equal(prefilter_add(pf, "merger"), PF_ALWAYS); /* too late: runs always */
    pf_hits h = {0};
    size_t turned_away = 0;
    for (size_t s = 0; s < ns; s++) {
        prefilter_scan(pf, subjects[s], strlen(subjects[s]), &h);
        for (size_t p = 0; p < np; p++) {
            int may = prefilter_may_match(pf, cond[p], &h);
            if (!may && pcre_matches(patterns[p], subjects[s]))
                fail_msg("\"%s\" turned away from \"%s\", which it matches", patterns[p],
                         subjects[s]);
            turned_away += !may;
        }
    }
    assert_true(turned_away > np * ns / 2); /* and it does filter */
    pf_hits_free(&h);
    prefilter_free(pf);
}

/* Every pattern of the shipped rules over every golden test sentence: what PCRE2
 * matches, the prefilter lets through. */
static void shipped_rules_keep_their_matches(void **state)
{
    (void)state;
    ev_err err;
    ruleset *rs = rules_load("events", NULL, 0, &err);
    assert_non_null(rs);
    const char *texts[] = {
        "\x01" "0\x02 said it had agreed to acquire \x01" "1\x02 for $2 billion.",
        "\x01" "0\x02 was added to the Entity List by \x01" "1\x02 on Tuesday.",
        "The merger never closed.",
        "\x01" "0\x02 OPPOSES the takeover of \x01" "1\x02 by \x01" "2\x02.",
        "\x01" "0\x02 walked away from talks to buy \x01" "1\x02.",
    };
    pcre2_match_data *md = pcre2_match_data_create(64, NULL);
    pf_hits h = {0};
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        size_t len = strlen(texts[t]);
        prefilter_scan(rs->literals, texts[t], len, &h);
        for (size_t r = 0; r < rs->nrules; r++)
            for (size_t p = 0; p < rs->rules[r].npatterns; p++) {
                const rule_pattern *pat = &rs->rules[r].patterns[p];
                if (!prefilter_may_match(rs->literals, pat->need, &h) &&
                    rx_match(pat->re, texts[t], len, 0, md))
                    fail_msg("%s turned away from \"%s\"", pat->where, texts[t]);
            }
    }
    pf_hits_free(&h);
    pcre2_match_data_free(md);
    rules_free(rs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(literals_read_off_patterns),
        cmocka_unit_test(prefilter_never_turns_away_a_match),
        cmocka_unit_test(shipped_rules_keep_their_matches),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
