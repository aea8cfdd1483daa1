/* diag — the one place that formats messages for the user: "evgraph: FILE: problem" on
 * stderr, at the verbosity chosen by -q / -v. */
#ifndef EVGRAPH_DIAG_H
#define EVGRAPH_DIAG_H

#include "util.h"

void diag_set_level(int level); /* 0 quiet, 1 normal, 2 verbose, 3 trace (-vv) */
int diag_tracing(void);
void diag_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void diag_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void diag_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* For rule authors: what the rules saw (masked sentences), at -vv. */
void diag_trace(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Messages about one document, told while it is processed on a worker thread (`-j`), are
 * kept in buf until the main thread takes the document, so that they come out in input
 * order. diag_capture(buf) sends this thread's messages to buf (the caller owns it),
 * diag_capture(NULL) to stderr again; diag_release(buf) writes what buf holds to stderr. */
void diag_capture(strbuf *buf);
void diag_release(const strbuf *buf);

/* A progress line on stderr for a person watching a long run: files done out of files,
 * MB/s, and the time left. Drawn only when stderr is a terminal and not with -q, once
 * the run has taken a second ($EVGRAPH_PROGRESS_DELAY seconds); redrawn in place, at
 * most four times a second, and cleared before any message and at the end. Main thread
 * only. */
void diag_progress_begin(size_t files, unsigned long long bytes);
void diag_progress(size_t files_done, unsigned long long bytes_done);
void diag_progress_end(void);

#endif
