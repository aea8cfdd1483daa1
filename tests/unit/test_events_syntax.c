/* Unit tests: the parse matcher (events_syntax) on trees written by hand in UD v2, so
 * each role path (voice, control, relative clauses, coordination, noun triggers,
 * support verbs, "under" shifts, modality cues) is checked apart from the trained
 * parser's accuracy. Rules and lexicon come from "events" (tests run from the repo
 * root). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "events_syntax.h"
#include "rules.h"
#include "rules_syntax.h"

static ruleset *RS;

static int setup(void **state)
{
    (void)state;
    ev_err err;
    RS = rules_load("events", NULL, 0, &err);
    return RS ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    rules_free(RS);
    return 0;
}

/* One token a line: "form lemma UPOS XPOS head deprel", head 1-based, 0 for the root;
 * tokens whose form starts with an upper-case letter and whose UPOS is PROPN each become
 * a mention of an actor named by the form. */
typedef struct {
    syn_sentence s;
    actor_table at;
    char text[1024];
} fixture;

static void build(fixture *f, const char *const *rows, size_t n)
{
    memset(f, 0, sizeof *f);
    f->s.tok = calloc(n, sizeof *f->s.tok);
    f->s.n = n;
    f->s.strings = calloc(n, 64 * 6);
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        char *b = f->s.strings + i * 64 * 6;
        int head;
        if (sscanf(rows[i], "%63s %63s %63s %63s %d %63s", b, b + 64, b + 128, b + 192, &head,
                   b + 256) != 6)
            fail_msg("bad row %s", rows[i]);
        syn_token *t = &f->s.tok[i];
        t->form = b;
        t->lemma = b + 64;
        t->upos = b + 128;
        t->xpos = b + 192;
        t->head = head - 1;
        t->deprel = b + 256;
        t->start = off;
        t->end = off + strlen(b);
        off += strlen(b) + 1;
        if (strcmp(t->upos, "PROPN") == 0 && b[0] >= 'A' && b[0] <= 'Z') {
            size_t a = actor_table_add(&f->at, b, KIND_ORGANIZATION, NULL);
            if (strncmp(b, "Gov", 3) == 0)
                f->at.actors[a].kind = KIND_GOVERNMENT;
            mention *m = VEC_PUSH(f->at.mentions, f->at.nmentions, f->at.capmentions);
            memset(m, 0, sizeof *m);
            m->start = t->start;
            m->end = t->end;
            m->actor = a;
        }
    }
}

static void fixture_free(fixture *f)
{
    free(f->s.tok);
    free(f->s.strings);
    actor_table_free(&f->at);
}

#define BUILD(f, ...)                                                                      \
    do {                                                                                   \
        static const char *const rows_[] = {__VA_ARGS__};                                  \
        build((f), rows_, sizeof rows_ / sizeof *rows_);                                   \
    } while (0)

static const char *actor_of(const fixture *f, size_t mention_idx)
{
    return f->at.actors[f->at.mentions[mention_idx].actor].name;
}

/* Whether a match of type with source src and target tgt (names; NULL: none) exists,
 * with modality mod (-1: any). */
static int has(const fixture *f, const char *type, const char *src, const char *tgt, int mod)
{
    syn_match m[16];
    size_t n = events_syntax_match(RS, &f->s, &f->at, NULL, m, 16);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(m[i].rule->type, type) != 0 || (mod >= 0 && (int)m[i].mod != mod))
            continue;
        int s_ok = !src ? m[i].nsrc == 0 : 0, t_ok = !tgt ? m[i].ntgt == 0 : 0;
        for (size_t k = 0; k < m[i].nsrc && src; k++)
            s_ok |= strcmp(actor_of(f, m[i].src[k]), src) == 0;
        for (size_t k = 0; k < m[i].ntgt && tgt; k++)
            t_ok |= strcmp(actor_of(f, m[i].tgt[k]), tgt) == 0;
        if (s_ok && t_ok)
            return 1;
    }
    return 0;
}

static void active_and_passive(void **state)
{
    (void)state;
    fixture f;
    BUILD(&f, "Corvane Corvane PROPN NNP 2 nsubj", "bought buy VERB VBD 0 root",
          "Halden Halden PROPN NNP 2 obj", ". . PUNCT . 2 punct");
    assert_true(has(&f, "acquisition", "Corvane", "Halden", MOD_ASSERTED));
    assert_false(has(&f, "acquisition", "Halden", "Corvane", -1));
    fixture_free(&f);
    BUILD(&f, "Halden Halden PROPN NNP 3 nsubj:pass", "was be AUX VBD 3 aux:pass",
          "acquired acquire VERB VBN 0 root", "by by ADP IN 5 case",
          "Corvane Corvane PROPN NNP 3 obl:agent");
    assert_true(has(&f, "acquisition", "Corvane", "Halden", MOD_ASSERTED));
    assert_false(has(&f, "acquisition", "Halden", "Corvane", -1));
    fixture_free(&f);
}

/* "Pyrrha agreed to be acquired by Ostrel": control into a passive */
static void control_passive(void **state)
{
    (void)state;
    fixture f;
    BUILD(&f, "Pyrrha Pyrrha PROPN NNP 2 nsubj", "agreed agree VERB VBD 0 root",
          "to to PART TO 5 mark", "be be AUX VB 5 aux:pass", "acquired acquire VERB VBN 2 xcomp",
          "by by ADP IN 7 case", "Ostrel Ostrel PROPN NNP 5 obl:agent");
    assert_true(has(&f, "acquisition", "Ostrel", "Pyrrha", MOD_ASSERTED));
    assert_false(has(&f, "acquisition", "Pyrrha", "Ostrel", -1));
    fixture_free(&f);
}

/* "Brisk, which Tamsin agreed to buy, rose": an object relative through control */
static void relative_clause(void **state)
{
    (void)state;
    fixture f;
    BUILD(&f, "Brisk Brisk PROPN NNP 8 nsubj", ", , PUNCT , 1 punct",
          "which which PRON WDT 7 obj", "Tamsin Tamsin PROPN NNP 5 nsubj",
          "agreed agree VERB VBD 1 acl:relcl", "to to PART TO 7 mark",
          "buy buy VERB VB 5 xcomp", "rose rise VERB VBD 0 root");
    assert_true(has(&f, "acquisition", "Tamsin", "Brisk", MOD_ASSERTED));
    assert_false(has(&f, "acquisition", "Brisk", "Tamsin", -1));
    fixture_free(&f);
}

/* "GovUS added Arvex, Lintel and Quorra to its list": a coordinated object */
static void coordination_and_with(void **state)
{
    (void)state;
    fixture f;
    BUILD(&f, "GovUS GovUS PROPN NNP 2 nsubj", "added add VERB VBD 0 root",
          "Arvex Arvex PROPN NNP 2 obj", ", , PUNCT , 5 punct", "Lintel Lintel PROPN NNP 3 conj",
          "and and CCONJ CC 7 cc", "Quorra Quorra PROPN NNP 3 conj", "to to ADP IN 10 case",
          "its its PRON PRP$ 10 nmod:poss", "list list NOUN NN 2 obl");
    assert_true(has(&f, "blacklisting", "GovUS", "Arvex", MOD_ASSERTED));
    assert_true(has(&f, "blacklisting", "GovUS", "Lintel", MOD_ASSERTED));
    assert_true(has(&f, "blacklisting", "GovUS", "Quorra", MOD_ASSERTED));
    fixture_free(&f);
    /* without the list, "added" is no listing */
    BUILD(&f, "GovUS GovUS PROPN NNP 2 nsubj", "added add VERB VBD 0 root",
          "Arvex Arvex PROPN NNP 2 obj", "to to ADP IN 5 case", "talks talk NOUN NNS 2 obl");
    assert_false(has(&f, "blacklisting", "GovUS", "Arvex", -1));
    fixture_free(&f);
}

/* "Ostrel's bid for Pyrrha", "Corvane is in talks to acquire Halden" */
static void nouns_and_shift(void **state)
{
    (void)state;
    fixture f;
    BUILD(&f, "Ostrel Ostrel PROPN NNP 3 nmod:poss", "'s 's PART POS 1 case",
          "bid bid NOUN NN 7 nsubj:pass", "for for ADP IN 5 case", "Pyrrha Pyrrha PROPN NNP 3 nmod",
          "was be AUX VBD 7 aux:pass", "rejected reject VERB VBN 0 root");
    assert_true(has(&f, "acquisition_talks", "Ostrel", "Pyrrha", MOD_ASSERTED));
    fixture_free(&f);
    BUILD(&f, "Corvane Corvane PROPN NNP 4 nsubj", "is be AUX VBZ 4 cop", "in in ADP IN 4 case",
          "talks talk NOUN NNS 0 root", "to to PART TO 6 mark", "acquire acquire VERB VB 4 acl",
          "Halden Halden PROPN NNP 6 obj");
    assert_true(has(&f, "acquisition_talks", "Corvane", "Halden", MOD_ASSERTED));
    assert_false(has(&f, "acquisition", "Corvane", "Halden", -1));
    fixture_free(&f);
    /* "Tamsin made an offer for Brisk": the support verb's subject */
    BUILD(&f, "Tamsin Tamsin PROPN NNP 2 nsubj", "made make VERB VBD 0 root",
          "an a DET DT 4 det", "offer offer NOUN NN 2 obj", "for for ADP IN 6 case",
          "Brisk Brisk PROPN NNP 4 nmod");
    assert_true(has(&f, "acquisition_talks", "Tamsin", "Brisk", MOD_ASSERTED));
    fixture_free(&f);
}

static void modality_cues(void **state)
{
    (void)state;
    fixture f;
    /* "Ostrel plans to acquire Pyrrha" */
    BUILD(&f, "Ostrel Ostrel PROPN NNP 2 nsubj", "plans plan VERB VBZ 0 root",
          "to to PART TO 4 mark", "acquire acquire VERB VB 2 xcomp", "Pyrrha Pyrrha PROPN NNP 4 obj");
    assert_true(has(&f, "acquisition", "Ostrel", "Pyrrha", MOD_HYPOTHETICAL));
    fixture_free(&f);
    /* "Ostrel did not buy Pyrrha" */
    BUILD(&f, "Ostrel Ostrel PROPN NNP 4 nsubj", "did do AUX VBD 4 aux",
          "not not PART RB 4 advmod", "buy buy VERB VB 0 root", "Pyrrha Pyrrha PROPN NNP 4 obj");
    assert_true(has(&f, "acquisition", "Ostrel", "Pyrrha", MOD_NEGATED));
    fixture_free(&f);
    /* "GovUS could add Quorra to the list" */
    BUILD(&f, "GovUS GovUS PROPN NNP 3 nsubj", "could could AUX MD 3 aux", "add add VERB VB 0 root",
          "Quorra Quorra PROPN NNP 3 obj", "to to ADP IN 7 case", "the the DET DT 7 det",
          "list list NOUN NN 3 obl");
    assert_true(has(&f, "blacklisting", "GovUS", "Quorra", MOD_HYPOTHETICAL));
    fixture_free(&f);
    /* "Ostrel denied it would bid for Pyrrha" */
    BUILD(&f, "Ostrel Ostrel PROPN NNP 2 nsubj", "denied deny VERB VBD 0 root",
          "it it PRON PRP 5 nsubj", "would would AUX MD 5 aux", "bid bid VERB VB 2 ccomp",
          "for for ADP IN 7 case", "Pyrrha Pyrrha PROPN NNP 5 obl");
    assert_false(has(&f, "acquisition_talks", "Ostrel", "Pyrrha", MOD_ASSERTED));
    fixture_free(&f);
}

/* "Marlow sold Quenby to Arden": the buyer is the "to" object, not the seller */
static void seller(void **state)
{
    (void)state;
    fixture f;
    BUILD(&f, "Marlow Marlow PROPN NNP 2 nsubj", "sold sell VERB VBD 0 root",
          "Quenby Quenby PROPN NNP 2 obj", "to to ADP IN 5 case", "Arden Arden PROPN NNP 2 obl");
    assert_true(has(&f, "acquisition", "Arden", "Quenby", MOD_ASSERTED));
    assert_false(has(&f, "acquisition", "Marlow", "Quenby", -1));
    fixture_free(&f);
}

/* Whether events_syntax_wants holds for f's sentence; *triggers: how many lemmas are
 * triggers of a type. */
static int wanted(const fixture *f, size_t *triggers)
{
    *triggers = 0;
    for (size_t i = 0; i < f->s.n; i++) {
        size_t ne;
        rules_syntax_lookup(RS, f->s.tok[i].lemma, &ne);
        *triggers += ne > 0;
    }
    events_parse_need need = {RS, &f->at};
    return events_syntax_wants(f->s.tok, f->s.n, &need);
}

/* A sentence that continues a list is parsed though it may hold no trigger: every
 * sentence list_members reads members from holds a wanted lemma. */
static void list_sentences_are_wanted(void **state)
{
    (void)state;
    fixture f;
    const event_rule *rule;
    size_t members[8], triggers;
    /* "The targets in the latest round are Morvik and Tessaro": a member noun, no trigger */
    BUILD(&f, "The the DET DT 2 det", "targets target NOUN NNS 8 nsubj", "in in ADP IN 6 case",
          "the the DET DT 6 det", "latest late ADJ JJS 6 amod", "round round NOUN NN 2 nmod",
          "are be AUX VBP 8 cop", "Morvik Morvik PROPN NNP 0 root", "and and CCONJ CC 10 cc",
          "Tessaro Tessaro PROPN NNP 8 conj");
    assert_int_equal(events_syntax_list_members(RS, &f.s, &f.at, &rule, members, 8), 2);
    assert_true(wanted(&f, &triggers));
    assert_int_equal(triggers, 0);
    fixture_free(&f);
    /* "The companies named are Corvina and Ostrava": a naming participle */
    BUILD(&f, "The the DET DT 2 det", "companies company NOUN NNS 5 nsubj",
          "named name VERB VBN 2 acl", "are be AUX VBP 5 cop", "Corvina Corvina PROPN NNP 0 root",
          "and and CCONJ CC 7 cc", "Ostrava Ostrava PROPN NNP 5 conj");
    assert_int_equal(events_syntax_list_members(RS, &f.s, &f.at, &rule, members, 8), 2);
    assert_true(wanted(&f, &triggers));
    fixture_free(&f);
    /* "The weather in Morvik was fine": nothing to parse for */
    BUILD(&f, "The the DET DT 2 det", "weather weather NOUN NN 6 nsubj", "in in ADP IN 4 case",
          "Morvik Morvik PROPN NNP 2 nmod", "was be AUX VBD 6 cop", "fine fine ADJ JJ 0 root");
    assert_false(wanted(&f, &triggers));
    fixture_free(&f);
}

/* A trigger without an actor to name is not worth a parse; a mention or a subject
 * pronoun (the actor of the sentence before) makes it one, as does a trigger in capitals. */
static void triggers_need_an_actor(void **state)
{
    (void)state;
    fixture f;
    size_t triggers;
    /* "the deal was blocked" */
    BUILD(&f, "the the DET DT 2 det", "deal deal NOUN NN 4 nsubj:pass",
          "was be AUX VBD 4 aux:pass", "blocked block VERB VBN 0 root");
    assert_false(wanted(&f, &triggers));
    assert_true(triggers > 0);
    fixture_free(&f);
    BUILD(&f, "Halden Halden PROPN NNP 3 nsubj:pass", "was be AUX VBD 3 aux:pass",
          "blocked block VERB VBN 0 root");
    assert_true(wanted(&f, &triggers));
    fixture_free(&f);
    BUILD(&f, "it it PRON PRP 2 nsubj", "blocked block VERB VBD 0 root",
          "the the DET DT 4 det", "deal deal NOUN NN 2 obj");
    assert_true(wanted(&f, &triggers));
    fixture_free(&f);
    BUILD(&f, "Halden Halden PROPN NNP 2 nsubj", "BLOCKED BLOCK VERB VBD 0 root",
          "the the DET DT 4 det", "deal deal NOUN NN 2 obj");
    assert_true(wanted(&f, &triggers));
    fixture_free(&f);
    /* a name before the sentence is no actor of it */
    BUILD(&f, "Halden Halden PROPN NNP 0 root", ". . PUNCT . 1 punct",
          "the the DET DT 4 det", "deal deal NOUN NN 5 nsubj:pass",
          "blocked block VERB VBN 1 parataxis");
    f.s.tok += 2;
    f.s.n -= 2;
    assert_false(wanted(&f, &triggers));
    f.s.tok -= 2;
    f.s.n += 2;
    fixture_free(&f);
}

static void lexicon_lookup(void **state)
{
    (void)state;
    assert_true(rules_lexicon_has(RS, "negation", "not"));
    assert_false(rules_lexicon_has(RS, "negation", "buy"));
    assert_false(rules_lexicon_has(RS, "no-such-list", "not"));
    size_t n;
    const syn_entry *e = rules_syntax_lookup(RS, "acquire", &n);
    assert_non_null(e);
    assert_true(n >= 1);
    assert_null(rules_syntax_lookup(RS, "zzzz", &n));
    assert_int_equal(n, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(active_and_passive), cmocka_unit_test(control_passive),
        cmocka_unit_test(relative_clause),    cmocka_unit_test(coordination_and_with),
        cmocka_unit_test(nouns_and_shift),    cmocka_unit_test(modality_cues),
        cmocka_unit_test(seller),             cmocka_unit_test(lexicon_lookup),
        cmocka_unit_test(list_sentences_are_wanted), cmocka_unit_test(triggers_need_an_actor),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
