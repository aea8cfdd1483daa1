/* syntax_cmd — the `parse` subcommand's work: text or CoNLL-U in, CoNLL-U out. */
#include "syntax_cmd.h"

#include <string.h>

#include "diag.h"
#include "document.h"
#include "inputs.h"
#include "sentences.h"
#include "syntax_conllu.h"

static void write_word(const syn_token *t, size_t i, const char *misc, strbuf *out)
{
    sb_addf(out, "%zu\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t%s\n", i + 1, t->form, t->lemma, t->upos,
            t->xpos, t->head + 1, t->deprel, misc && *misc ? misc : "_");
}

void syntax_cmd_write(const syn_sentence *s, int offsets, strbuf *out)
{
    for (size_t i = 0; i < s->n; i++) {
        char misc[96] = "";
        if (offsets) {
            const syn_token *t = &s->tok[i];
            int glued = i + 1 < s->n && s->tok[i + 1].start == t->end;
            snprintf(misc, sizeof misc, "%sTokenRange=%zu:%zu", glued ? "SpaceAfter=No|" : "",
                     t->start, t->end);
        }
        write_word(&s->tok[i], i, misc, out);
    }
}

/* "# text = ..." on one line: line breaks inside a sentence become spaces. */
static void write_text_comment(const char *text, size_t a, size_t b, strbuf *out)
{
    sb_adds(out, "# text = ");
    for (size_t i = a; i < b; i++)
        sb_addc(out, text[i] == '\n' || text[i] == '\r' || text[i] == '\t' ? ' ' : text[i]);
    sb_addc(out, '\n');
}

static void parse_document(const syn_model *m, const document *doc, strbuf *out)
{
    sentence_list sl = {0};
    sentences_split(doc, &sl);
    const char *id = strcmp(doc->source, "-") ? doc->source : "stdin";
    sb_addf(out, "# newdoc id = %s\n", id);
    for (size_t k = 0; k < sl.n; k++) {
        syn_sentence s;
        syn_parse(m, doc->text, sl.v[k].start, sl.v[k].end, &s);
        if (s.n) {
            for (size_t i = 0; i < s.n; i++) { /* offsets into the file as read */
                size_t a = s.tok[i].start, b = s.tok[i].end;
                s.tok[i].start = document_raw_offset(doc, a);
                s.tok[i].end = document_raw_end(doc, b);
            }
            sb_addf(out, "# sent_id = %s-%zu\n", id, k + 1);
            write_text_comment(doc->text, sl.v[k].start, sl.v[k].end, out);
            syntax_cmd_write(&s, 1, out);
            sb_addc(out, '\n');
        }
        syn_sentence_free(&s);
    }
    sentences_free(&sl);
}

static size_t parse_file(const syn_model *m, const char *path, strbuf *out)
{
    document doc;
    ev_err err;
    size_t failed = 0;
    if (document_load(&doc, path, &err) != 0) {
        diag_error("%s", err.msg);
        failed = 1;
    } else {
        parse_document(m, &doc, out);
    }
    document_free(&doc);
    return failed;
}

/* Each argument walked as the extracting commands walk their inputs (inputs.h: regular
 * files only, links only with -L), one argument at a time: parse writes each document's
 * sentences in the order the user named them. */
size_t syntax_cmd_text(const syn_model *m, char *const *inputs, size_t n, int follow,
                       strbuf *out)
{
    static char *const stdin_only[] = {"-"};
    size_t failed = 0;
    if (!n) {
        inputs = stdin_only;
        n = 1;
    }
    for (size_t i = 0; i < n; i++) {
        input_list files;
        inputs_collect(inputs + i, 1, &inputs_articles, follow, &files, &failed);
        for (size_t k = 0; k < files.n; k++)
            failed += parse_file(m, files.v[k].path, out);
        inputs_free(&files);
    }
    return failed;
}

static void reparse_sentence(const syn_model *m, const conllu_sent *cs, strbuf *out)
{
    const char **forms = xcalloc(cs->n ? cs->n : 1, sizeof *forms);
    for (size_t i = 0; i < cs->n; i++)
        forms[i] = cs->w[i].form;
    syn_sentence s;
    syn_parse_words(m, forms, cs->n, &s);
    for (size_t i = 0; i < cs->ncomments; i++)
        sb_addf(out, "%s\n", cs->comments[i]);
    size_t mw = 0;
    for (size_t i = 0; i < s.n; i++) {
        for (; mw < cs->nmwt && cs->mwt[mw].before == i; mw++)
            sb_addf(out, "%s\n", cs->mwt[mw].line);
        write_word(&s.tok[i], i, cs->w[i].misc, out);
    }
    sb_addc(out, '\n');
    syn_sentence_free(&s);
    free(forms);
}

int syntax_cmd_conllu(const syn_model *m, const char *path, strbuf *out, ev_err *err)
{
    conllu_doc d;
    if (conllu_read(path, 0, &d, err) != 0)
        return -1;
    for (size_t k = 0; k < d.n; k++)
        reparse_sentence(m, &d.v[k], out);
    conllu_free(&d);
    return 0;
}
