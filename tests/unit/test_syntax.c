/* Unit tests: syntax — the tokeniser, the tagger, lemmatiser and parser on hand-checked
 * news sentences (with the shipped model), a training round trip on a tiny treebank, and
 * the model loader's errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "syntax.h"
#include "sentences.h"
#include "syntax_conllu.h"
#include "syntax_doc.h"
#include "syntax_model.h"
#include "syntax_tokenise.h"
#include "syntax_train.h"

static syn_model *model; /* the shipped model, loaded once for the whole binary */

/* ---- tokeniser ---- */

/* The words of text joined by single spaces; also checks the offsets. */
static char *tokens(const char *text)
{
    syn_span *sp = NULL;
    size_t n = 0, cap = 0;
    syn_tokenise(text, 0, strlen(text), &sp, &n, &cap);
    strbuf b = {0};
    for (size_t i = 0; i < n; i++) {
        assert_true(sp[i].start < sp[i].end);
        assert_true(sp[i].end <= strlen(text));
        if (i)
            assert_true(sp[i].start >= sp[i - 1].end);
        if (i)
            sb_addc(&b, ' ');
        sb_add(&b, text + sp[i].start, sp[i].end - sp[i].start);
    }
    free(sp);
    return b.s ? sb_detach(&b) : xstrdup("");
}

static void check_tokens(const char *text, const char *want)
{
    char *got = tokens(text);
    assert_string_equal(got, want);
    free(got);
}

static void tokenise_splits_clitics(void **state)
{
    (void)state;
    check_tokens("I don't think the company's plans won't work.",
                 "I do n't think the company 's plans wo n't work .");
    check_tokens("They're sure we'll go; I'd say I've seen it, I'm told.",
                 "They 're sure we 'll go ; I 'd say I 've seen it , I 'm told .");
    check_tokens("I cannot stay, we're gonna leave.", "I can not stay , we 're gon na leave .");
    check_tokens("The investors' shares", "The investors ' shares");
    check_tokens("CAN'T STOP", "CA N'T STOP");
}

static void tokenise_keeps_abbreviations_and_numbers(void **state)
{
    (void)state;
    check_tokens("The U.S. unit of Acme Inc. sold 1,000.50 shares on Jan. 5 to Mr. J. Smith.",
                 "The U.S. unit of Acme Inc. sold 1,000.50 shares on Jan. 5 to Mr. J. Smith .");
    check_tokens("It paid $5.5 million (up 3%) at 9 a.m. today.",
                 "It paid $ 5.5 million ( up 3 % ) at 9 a.m. today .");
    check_tokens("Write to news@example.com or see https://example.com/a.html.",
                 "Write to news@example.com or see https://example.com/a.html .");
}

static void tokenise_splits_hyphens_as_ewt(void **state)
{
    (void)state;
    check_tokens("a long-term deal with co-workers by e-mail",
                 "a long - term deal with co-workers by e-mail");
    check_tokens("call 713-853-3989 for the 2020-2021 season",
                 "call 713-853-3989 for the 2020-2021 season");
    check_tokens("and/or", "and / or");
}

static void tokenise_handles_curly_quotes(void **state)
{
    (void)state;
    check_tokens("The firm\xe2\x80\x99s CEO said \xe2\x80\x9cno\xe2\x80\x9d.",
                 "The firm \xe2\x80\x99s CEO said \xe2\x80\x9c no \xe2\x80\x9d .");
    check_tokens("\xe2\x80\x98It isn\xe2\x80\x99t,\xe2\x80\x99 he said.",
                 "\xe2\x80\x98 It is n\xe2\x80\x99t , \xe2\x80\x99 he said .");
}

static void tokenise_survives_spun_text(void **state)
{
    (void)state;
    check_tokens("  Shares\trose\n\n5%...Really?!  ", "Shares rose 5 % ... Really ?!");
    check_tokens("--- WOW!!! (see: here) [1]", "--- WOW !!! ( see : here ) [ 1 ]");
    check_tokens("", "");
    check_tokens("'", "'");
    /* Random bytes: spans stay in bounds and in order (tokens() checks). */
    char buf[512];
    unsigned s = 12345;
    for (int round = 0; round < 200; round++) {
        size_t n = (size_t)(round * 7 % 500);
        for (size_t i = 0; i < n; i++) {
            s = s * 1103515245u + 12345u;
            buf[i] = (char)(" '-.a$%\xe2\x80\x99\x9c,Zn't"[(s >> 16) % 16]);
        }
        buf[n] = 0;
        free(tokens(buf));
    }
}

/* ---- tagger, lemmatiser and parser with the shipped model ---- */

static const syn_token *find(const syn_sentence *s, const char *form)
{
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->tok[i].form, form))
            return &s->tok[i];
    fail_msg("no token '%s'", form);
    return NULL;
}

/* form's head is head_form (NULL: the root) with relation rel. */
static void check_arc(const syn_sentence *s, const char *form, const char *head_form,
                      const char *rel)
{
    const syn_token *t = find(s, form);
    if (!head_form) {
        assert_int_equal(t->head, -1);
    } else {
        assert_true(t->head >= 0);
        if (strcmp(s->tok[t->head].form, head_form) != 0)
            fail_msg("'%s' headed by '%s', want '%s'", form, s->tok[t->head].form, head_form);
    }
    if (strcmp(t->deprel, rel) != 0)
        fail_msg("'%s' is %s, want %s", form, t->deprel, rel);
}

static void parse_text(const char *text, syn_sentence *s)
{
    syn_parse(model, text, 0, strlen(text), s);
    /* offsets are exact: every form is the text at its offsets */
    for (size_t i = 0; i < s->n; i++)
        assert_memory_equal(text + s->tok[i].start, s->tok[i].form,
                            s->tok[i].end - s->tok[i].start);
}

static void tagger_and_lemmas_on_news(void **state)
{
    (void)state;
    syn_sentence s;
    parse_text("The company said it would buy two rival chip makers.", &s);
    assert_string_equal(find(&s, "said")->xpos, "VBD");
    assert_string_equal(find(&s, "said")->upos, "VERB");
    assert_string_equal(find(&s, "said")->lemma, "say");
    assert_string_equal(find(&s, "would")->upos, "AUX");
    assert_string_equal(find(&s, "would")->xpos, "MD");
    assert_string_equal(find(&s, "makers")->xpos, "NNS");
    assert_string_equal(find(&s, "makers")->lemma, "maker");
    assert_string_equal(find(&s, "The")->lemma, "the");
    assert_string_equal(find(&s, "The")->upos, "DET");
    assert_string_equal(find(&s, ".")->upos, "PUNCT");
    syn_sentence_free(&s);
    parse_text("Shares of Microsoft were bought by investors.", &s);
    assert_string_equal(find(&s, "Microsoft")->upos, "PROPN");
    assert_string_equal(find(&s, "Microsoft")->lemma, "Microsoft");
    assert_string_equal(find(&s, "were")->lemma, "be");
    assert_string_equal(find(&s, "bought")->lemma, "buy");
    assert_string_equal(find(&s, "bought")->xpos, "VBN");
    assert_string_equal(find(&s, "Shares")->lemma, "share");
    syn_sentence_free(&s);
}

/* A word the treebank barely knows is no function word: "embargo" once came out as a
 * conjunction, and the relative clause after it was lost. */
static void unknown_words_take_open_classes(void **state)
{
    (void)state;
    syn_sentence s;
    parse_text("The trade embargo the United States has imposed on Iraq is hurting Jordan.", &s);
    assert_string_equal(find(&s, "embargo")->upos, "NOUN");
    check_arc(&s, "imposed", "embargo", "acl:relcl");
    syn_sentence_free(&s);
}

static void parser_passives(void **state)
{
    (void)state;
    syn_sentence s;
    parse_text("The company was bought by Microsoft in 2020.", &s);
    check_arc(&s, "bought", NULL, "root");
    check_arc(&s, "company", "bought", "nsubj:pass");
    check_arc(&s, "was", "bought", "aux:pass");
    check_arc(&s, "Microsoft", "bought", "obl:agent");
    check_arc(&s, "by", "Microsoft", "case");
    check_arc(&s, "2020", "bought", "obl");
    syn_sentence_free(&s);
    parse_text("The shares were sold last week.", &s);
    check_arc(&s, "shares", "sold", "nsubj:pass");
    check_arc(&s, "were", "sold", "aux:pass");
    syn_sentence_free(&s);
}

static void parser_relative_clause_and_control(void **state)
{
    (void)state;
    syn_sentence s;
    parse_text("Halden agreed to buy Pyrrha, which sells the chips.", &s);
    check_arc(&s, "agreed", NULL, "root");
    check_arc(&s, "Halden", "agreed", "nsubj");
    check_arc(&s, "buy", "agreed", "xcomp");
    check_arc(&s, "to", "buy", "mark");
    check_arc(&s, "Pyrrha", "buy", "obj");
    check_arc(&s, "sells", "Pyrrha", "acl:relcl");
    check_arc(&s, "which", "sells", "nsubj");
    check_arc(&s, "chips", "sells", "obj");
    syn_sentence_free(&s);
    parse_text("The company, which makes chips, agreed to buy its rival.", &s);
    check_arc(&s, "agreed", NULL, "root");
    check_arc(&s, "company", "agreed", "nsubj");
    check_arc(&s, "makes", "company", "acl:relcl");
    check_arc(&s, "which", "makes", "nsubj");
    check_arc(&s, "buy", "agreed", "xcomp");
    check_arc(&s, "rival", "buy", "obj");
    check_arc(&s, "its", "rival", "nmod:poss");
    syn_sentence_free(&s);
    parse_text("It had agreed to be bought by Corvane.", &s);
    check_arc(&s, "bought", "agreed", "xcomp");
    check_arc(&s, "be", "bought", "aux:pass");
    check_arc(&s, "Corvane", "bought", "obl:agent");
    syn_sentence_free(&s);
    parse_text("Microsoft bought a company that makes chips for its phones.", &s);
    check_arc(&s, "company", "bought", "obj");
    check_arc(&s, "makes", "company", "acl:relcl");
    check_arc(&s, "that", "makes", "nsubj");
    check_arc(&s, "its", "phones", "nmod:poss");
    syn_sentence_free(&s);
}

static void parser_coordination_and_apposition(void **state)
{
    (void)state;
    syn_sentence s;
    parse_text("Google and Apple signed the deal on Monday.", &s);
    check_arc(&s, "signed", NULL, "root");
    check_arc(&s, "Google", "signed", "nsubj");
    check_arc(&s, "Apple", "Google", "conj");
    check_arc(&s, "and", "Apple", "cc");
    check_arc(&s, "deal", "signed", "obj");
    syn_sentence_free(&s);
    parse_text("Microsoft, the software company, said it would buy the firm.", &s);
    check_arc(&s, "said", NULL, "root");
    check_arc(&s, "Microsoft", "said", "nsubj");
    check_arc(&s, "company", "Microsoft", "appos");
    check_arc(&s, "software", "company", "compound");
    check_arc(&s, "buy", "said", "ccomp");
    check_arc(&s, "would", "buy", "aux");
    check_arc(&s, "it", "buy", "nsubj");
    syn_sentence_free(&s);
}

static void parser_cuts_long_sentences(void **state)
{
    (void)state;
    strbuf b = {0};
    for (int i = 0; i < 1000; i++)
        sb_adds(&b, i % 10 == 9 ? "deal , " : "the ");
    syn_sentence s;
    syn_parse(model, b.s, 0, b.len, &s);
    assert_true(s.n > SYN_MAX_TOKENS * 3);
    size_t roots = 0;
    for (size_t i = 0; i < s.n; i++) {
        int h = s.tok[i].head;
        roots += h < 0;
        /* a head never crosses a piece boundary */
        if (h >= 0)
            assert_int_equal((size_t)h / SYN_MAX_TOKENS, i / SYN_MAX_TOKENS);
    }
    assert_int_equal(roots, (s.n + SYN_MAX_TOKENS - 1) / SYN_MAX_TOKENS);
    syn_sentence_free(&s);
    sb_free(&b);
    syn_parse(model, "", 0, 0, &s);
    assert_int_equal(s.n, 0);
    syn_sentence_free(&s);
}

/* The gate sees the tagged sentence: lemmas and offsets of every token. */
static int lemma_is_buy(const syn_token *tok, size_t n, const void *text)
{
    for (size_t i = 0; i < n; i++) {
        assert_memory_equal((const char *)text + tok[i].start, tok[i].form,
                            tok[i].end - tok[i].start);
        if (strcmp(tok[i].lemma, "buy") == 0)
            return 1;
    }
    return 0;
}

/* Parsing only where a lemma is wanted: the parse it makes is syn_parse's, token for
 * token (also over several pieces), and a sentence without one is left empty. */
static void parse_if_gates_on_lemmas(void **state)
{
    (void)state;
    strbuf b = {0};
    for (int i = 0; i < 60; i++)
        sb_adds(&b, "Acme said on Tuesday that it bought Halden and its rival , ");
    const char *texts[] = {"Acme bought Halden for $2 billion.", b.s};
    for (size_t k = 0; k < 2; k++) {
        syn_sentence a, g;
        syn_parse(model, texts[k], 0, strlen(texts[k]), &a);
        assert_int_equal(syn_parse_if(model, texts[k], 0, strlen(texts[k]), lemma_is_buy, texts[k],
                                      &g), 1);
        assert_int_equal(a.n, g.n);
        for (size_t i = 0; i < a.n; i++) {
            assert_string_equal(a.tok[i].lemma, g.tok[i].lemma);
            assert_string_equal(a.tok[i].xpos, g.tok[i].xpos);
            assert_string_equal(a.tok[i].deprel, g.tok[i].deprel);
            assert_int_equal(a.tok[i].head, g.tok[i].head);
        }
        syn_sentence_free(&a);
        syn_sentence_free(&g);
    }
    syn_sentence s;
    const char *other = "Acme sold Halden for $2 billion.";
    assert_int_equal(syn_parse_if(model, other, 0, strlen(other), lemma_is_buy, other, &s), 0);
    assert_int_equal(s.n, 0);
    assert_null(s.tok);
    sb_free(&b);
}

/* The gate of the document tests: sentences with the lemma "buy" (from any thread). */
static int doc_gate(const syn_token *tok, size_t n, const void *ctx)
{
    (void)ctx;
    for (size_t i = 0; i < n; i++)
        if (strcmp(tok[i].lemma, "buy") == 0)
            return 1;
    return 0;
}

/* Whether two parses are the same, token for token. */
static void same_parse(const syn_sentence *a, const syn_sentence *b)
{
    assert_int_equal(a->n, b->n);
    for (size_t i = 0; i < a->n; i++) {
        assert_int_equal(a->tok[i].start, b->tok[i].start);
        assert_string_equal(a->tok[i].lemma, b->tok[i].lemma);
        assert_string_equal(a->tok[i].deprel, b->tok[i].deprel);
        assert_int_equal(a->tok[i].head, b->tok[i].head);
    }
}

/* A document parsed on several threads is parsed as on one: each sentence's parse at its
 * index, the gate's choice kept, the sentences over the cap counted and left empty; and
 * parsed a window at a time as it is read, as at once. */
static void document_parse_on_threads(void **state)
{
    (void)state;
    strbuf b = {0};
    sb_adds(&b, "Headline\n\n");
    for (int i = 0; i < 41; i++) {
        sb_addf(&b, "Acme%d said it would buy Halden%d for $%d million. ", i, i, i + 2);
        sb_addf(&b, "Shares of Halden%d rose %d percent on Tuesday. ", i, i % 7);
        if (i == 20) {
            sb_adds(&b, "Acme will buy");
            for (int k = 0; k < 200; k++)
                sb_adds(&b, " and Halden");
            sb_adds(&b, ". ");
        }
    }
    document doc;
    ev_err err;
    assert_int_equal(document_from_memory(&doc, "t", b.s, b.len, &err), 0);
    sentence_list sents = {0};
    sentences_split(&doc, &sents);
    syn_doc one, many, all;
    syntax_doc_begin(model, &doc, &sents, doc_gate, NULL, 1, &one);
    syntax_doc_begin(model, &doc, &sents, doc_gate, NULL, 3, &many);
    syntax_doc_begin(model, &doc, &sents, NULL, NULL, 2, &all);
    syntax_doc_parse_all(&one);
    syntax_doc_parse_all(&all);
    many.window = 7;
    assert_int_equal(one.n, sents.n);
    assert_int_equal(one.unparsed, 1);
    assert_int_equal(many.unparsed, 1);
    size_t parsed = 0, gated = 0;
    for (size_t i = 0; i < sents.n; i++) {
        same_parse(&one.v[i], syn_doc_at(&many, i));
        assert_int_equal(many.to - many.from, sents.n - many.from < 7 ? sents.n - many.from : 7);
        parsed += one.v[i].n > 0;
        if (one.v[i].n)
            same_parse(&one.v[i], &all.v[i]);
        else
            gated += all.v[i].n > 0;
    }
    assert_int_equal(parsed, 41);
    assert_int_equal(gated, 41);
    syn_doc_free(&one);
    syn_doc_free(&many);
    syn_doc_free(&all);
    sentences_free(&sents);
    document_free(&doc);
    sb_free(&b);
}

/* ---- training round trip and the loader ---- */

/* A tiny treebank, annotated by hand in EWT's conventions. */
static const char fixture[] =
    "# sent_id = 1\n"
    "1\tAcme\tAcme\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tbought\tbuy\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tHalden\tHalden\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# sent_id = 2\n"
    "1\tHalden\tHalden\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
    "3\tbought\tbuy\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tAcme\tAcme\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# sent_id = 3\n"
    "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
    "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\tsell\tsell\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tshares\tshare\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "5.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t3:conj\t_\n"
    "\n";

static void train_fixture(strbuf *out)
{
    conllu_doc d;
    ev_err err;
    /* three times over, so that every word is one the tagger knows (AMB_MIN_COUNT): an
     * unknown word may not take a closed class such as DET */
    strbuf thrice = {0};
    for (int k = 0; k < AMB_MIN_COUNT; k++)
        sb_adds(&thrice, fixture);
    assert_int_equal(conllu_parse("fixture", thrice.s, thrice.len, 1, &d, &err), 0);
    sb_free(&thrice);
    assert_int_equal(d.n, 3 * AMB_MIN_COUNT);
    assert_int_equal(d.v[2].n, 5); /* the empty node is skipped, the range kept aside */
    assert_int_equal(d.v[2].nmwt, 1);
    syn_train_opts o;
    syn_train_defaults(&o);
    o.tag_iters = 10;
    o.parse_iters = 10;
    o.folds = 0;
    o.quiet = 1;
    o.parse_min_abs[0] = 0; /* a tiny model has tiny weights: keep them all */
    assert_int_equal(syn_train_model(&d, &o, out, &err), 0);
    conllu_free(&d);
}

static void training_round_trip(void **state)
{
    (void)state;
    strbuf file = {0}, again = {0};
    train_fixture(&file);
    train_fixture(&again); /* reproducible: the same bytes */
    assert_int_equal(file.len, again.len);
    assert_memory_equal(file.s, again.s, file.len);
    ev_err err;
    syn_model *m = model_from_memory("fixture.bin", xstrndup(file.s, file.len), file.len, &err);
    assert_non_null(m);
    conllu_doc d;
    assert_int_equal(conllu_parse("fixture", fixture, strlen(fixture), 1, &d, &err), 0);
    for (size_t k = 0; k < d.n; k++) {
        const char *forms[8];
        for (size_t i = 0; i < d.v[k].n; i++)
            forms[i] = d.v[k].w[i].form;
        syn_sentence s;
        syn_parse_words(m, forms, d.v[k].n, &s);
        for (size_t i = 0; i < s.n; i++) {
            const conllu_word *g = &d.v[k].w[i];
            assert_string_equal(s.tok[i].upos, g->upos);
            assert_string_equal(s.tok[i].xpos, g->xpos);
            assert_string_equal(s.tok[i].lemma, g->lemma);
            assert_string_equal(s.tok[i].deprel, g->deprel);
            assert_int_equal(s.tok[i].head, g->head - 1);
        }
        syn_sentence_free(&s);
    }
    conllu_free(&d);
    syn_model_free(m);
    sb_free(&file);
    sb_free(&again);
}

static void expect_load_error(const char *bytes, size_t len, const char *want)
{
    ev_err err;
    char *copy = xmalloc(len ? len : 1);
    memcpy(copy, bytes, len);
    syn_model *m = model_from_memory("bad.bin", copy, len, &err);
    assert_null(m);
    if (!strstr(err.msg, "bad.bin") || !strstr(err.msg, want))
        fail_msg("error '%s' lacks '%s'", err.msg, want);
}

static void loader_errors_name_the_file(void **state)
{
    (void)state;
    ev_err err;
    assert_null(syn_model_load("no/such/model.bin", &err));
    assert_non_null(strstr(err.msg, "no/such/model.bin"));
    assert_non_null(strstr(err.msg, "cannot open"));
    strbuf file = {0};
    train_fixture(&file);
    expect_load_error("hello, world, this is not a model", 33, "bad magic");
    expect_load_error(file.s, file.len / 2, "truncated");
    expect_load_error(file.s, 10, "bad magic");
    file.s[file.len / 2] ^= 0x40;
    expect_load_error(file.s, file.len, "checksum");
    file.s[file.len / 2] ^= 0x40;
    file.s[8] = 9; /* version */
    expect_load_error(file.s, file.len, "version");
    sb_free(&file);
    /* through a file on disk too */
    char path[] = "/tmp/evgraph-syn-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "EVGSYNM", 7), 7);
    close(fd);
    assert_null(syn_model_load(path, &err));
    assert_non_null(strstr(err.msg, path));
    unlink(path);
}

/* A file with neither comments nor multi-word tokens: its sentences have none, and no
 * pointer is made from a missing array (UBSan caught NULL + 0 here; fuzz_syntax found
 * it, the reproducer is tests/fuzz/regressions/fuzz_syntax/). */
static void conllu_without_comments_or_ranges(void **state)
{
    (void)state;
    static const char text[] = "1\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n"
                               "1\tstop\tstop\tVERB\tVB\t_\t0\troot\t_\t_\n";
    conllu_doc d;
    ev_err err;
    assert_int_equal(conllu_parse("plain", text, strlen(text), 1, &d, &err), 0);
    assert_int_equal(d.n, 2);
    for (size_t k = 0; k < d.n; k++) {
        assert_int_equal(d.v[k].n, 1);
        assert_int_equal(d.v[k].ncomments, 0);
        assert_int_equal(d.v[k].nmwt, 0);
    }
    assert_string_equal(d.v[1].w[0].form, "stop");
    conllu_free(&d);
}

static int load_model(void **state)
{
    (void)state;
    ev_err err;
    model = syn_model_load(syn_model_default_path(), &err);
    if (!model)
        fprintf(stderr, "%s\n", err.msg);
    return model ? 0 : -1;
}

static int free_model(void **state)
{
    (void)state;
    syn_model_free(model);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tokenise_splits_clitics),
        cmocka_unit_test(tokenise_keeps_abbreviations_and_numbers),
        cmocka_unit_test(tokenise_splits_hyphens_as_ewt),
        cmocka_unit_test(tokenise_handles_curly_quotes),
        cmocka_unit_test(tokenise_survives_spun_text),
        cmocka_unit_test(tagger_and_lemmas_on_news),
        cmocka_unit_test(unknown_words_take_open_classes),
        cmocka_unit_test(parser_passives),
        cmocka_unit_test(parser_relative_clause_and_control),
        cmocka_unit_test(parser_coordination_and_apposition),
        cmocka_unit_test(parser_cuts_long_sentences),
        cmocka_unit_test(parse_if_gates_on_lemmas),
        cmocka_unit_test(document_parse_on_threads),
        cmocka_unit_test(training_round_trip),
        cmocka_unit_test(loader_errors_name_the_file),
        cmocka_unit_test(conllu_without_comments_or_ranges),
    };
    return cmocka_run_group_tests(tests, load_model, free_model);
}
