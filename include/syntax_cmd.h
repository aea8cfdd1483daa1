/* syntax_cmd — `evgraph parse`: CoNLL-U out for raw text (read by the document and
 * sentences stages) or for an already tokenised CoNLL-U file (its gold columns ignored).
 * Bad inputs are reported through diag, one line each, and counted. */
#ifndef EVGRAPH_SYNTAX_CMD_H
#define EVGRAPH_SYNTAX_CMD_H

#include "syntax.h"
#include "util.h"

/* Parses every input (file, directory of articles, or "-") into out, in the order given;
 * directories are walked as the extracting commands walk them (follow: -L). Returns the
 * number of inputs that failed. */
size_t syntax_cmd_text(const syn_model *m, char *const *inputs, size_t n, int follow,
                       strbuf *out);
/* Re-tags and re-parses a CoNLL-U file; -1 with err on a bad file. */
int syntax_cmd_conllu(const syn_model *m, const char *path, strbuf *out, ev_err *err);
/* One sentence as CoNLL-U lines (no comments, no blank line after). */
void syntax_cmd_write(const syn_sentence *s, int offsets, strbuf *out);

#endif
