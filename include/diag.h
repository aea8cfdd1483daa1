/* diag — the one place that formats messages for the user: "evgraph: FILE: problem" on
 * stderr, at the verbosity chosen by -q / -v. */
#ifndef EVGRAPH_DIAG_H
#define EVGRAPH_DIAG_H

void diag_set_level(int level); /* 0 quiet, 1 normal, 2 verbose, 3 trace (-vv) */
int diag_tracing(void);
void diag_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void diag_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void diag_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* For rule authors: what the rules saw (masked sentences), at -vv. */
void diag_trace(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
