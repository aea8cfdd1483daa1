/* rules_test — run the golden rule tests (rules_test.h) in-process. A case passes when
 * every "+" line finds an event and no "-" line does; a failing case prints what it
 * expected and every event the pipeline found, so a rule author sees the difference. */
#include "rules_test.h"

#include <ctype.h>
#include <string.h>
#include <sys/stat.h>

#include "events.h"
#include "graph.h"

typedef struct {
    int must;          /* '+' or '-' */
    char type[64];
    char source[160], target[160]; /* "" for none ("-") */
    char mod[16];      /* "" when not given */
    char date[16];
    size_t line;
} expectation;

/* Names compare as the scorer compares them: lower-case letters and digits, a leading
 * article and a possessive dropped. */
static void fold_name(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    while (isspace((unsigned char)*s))
        s++;
    for (const char *a = s; *a; a++)
        if (*a == ' ') {
            if ((a - s == 3 && strncasecmp(s, "the", 3) == 0) ||
                (a - s == 1 && strncasecmp(s, "a", 1) == 0) ||
                (a - s == 2 && strncasecmp(s, "an", 2) == 0))
                s = a + 1;
            break;
        }
    for (const char *p = s; *p && n + 1 < cap; p++) {
        if (p[0] == '\'' && tolower((unsigned char)p[1]) == 's' && !isalnum((unsigned char)p[2])) {
            p++;
            continue;
        }
        if (isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80)
            out[n++] = (char)tolower((unsigned char)*p);
    }
    out[n] = '\0';
}

static int actor_named(const evgraph *g, size_t a, const char *want)
{
    char w[160], f[160];
    if (!*want)
        return a == ACTOR_NONE;
    if (a == ACTOR_NONE)
        return 0;
    fold_name(want, w, sizeof w);
    const g_actor *ga = &g->actors[a];
    fold_name(ga->name, f, sizeof f);
    if (strcmp(f, w) == 0)
        return 1;
    for (size_t i = 0; i < ga->naliases; i++) {
        fold_name(ga->aliases[i], f, sizeof f);
        if (strcmp(f, w) == 0)
            return 1;
    }
    return 0;
}

static int event_fits(const evgraph *g, const g_event *e, const expectation *x)
{
    if (strcmp(e->rule->type, x->type) != 0 || !actor_named(g, e->source, x->source) ||
        !actor_named(g, e->target, x->target))
        return 0;
    const char *mod = events_modality_name(e->mod);
    if (x->must == '+')
        return (!x->mod[0] || strcmp(mod, x->mod) == 0) &&
               (!x->date[0] || strcmp(e->date.value, x->date) == 0);
    return strcmp(mod, x->mod[0] ? x->mod : "asserted") == 0;
}

static void copy_field(const char *from, const char *to, char *out, size_t cap)
{
    while (from < to && isspace((unsigned char)*from))
        from++;
    while (to > from && isspace((unsigned char)to[-1]))
        to--;
    size_t n = (size_t)(to - from) < cap - 1 ? (size_t)(to - from) : cap - 1;
    memcpy(out, from, n);
    out[n] = '\0';
    if (strcmp(out, "-") == 0)
        out[0] = '\0';
}

/* "+ TYPE: SOURCE -> TARGET [MODALITY] {DATE}" */
static int parse_line(const char *l, size_t lineno, expectation *x)
{
    memset(x, 0, sizeof *x);
    x->line = lineno;
    x->must = l[0];
    const char *colon = strchr(l, ':'), *arrow = strstr(l, "->");
    if ((l[0] != '+' && l[0] != '-') || l[1] != ' ' || !colon || !arrow || arrow < colon)
        return -1;
    copy_field(l + 2, colon, x->type, sizeof x->type);
    copy_field(colon + 1, arrow, x->source, sizeof x->source);
    const char *end = arrow + 2 + strcspn(arrow + 2, "[{");
    copy_field(arrow + 2, end, x->target, sizeof x->target);
    const char *b = strchr(end, '['), *c = strchr(end, '{');
    if (b && strchr(b, ']'))
        copy_field(b + 1, strchr(b, ']'), x->mod, sizeof x->mod);
    if (c && strchr(c, '}'))
        copy_field(c + 1, strchr(c, '}'), x->date, sizeof x->date);
    if (x->mod[0] && strcmp(x->mod, "asserted") != 0 && strcmp(x->mod, "negated") != 0 &&
        strcmp(x->mod, "hypothetical") != 0)
        return -1;
    return x->type[0] ? 0 : -1;
}

static int load_expected(const char *path, expectation **out, size_t *n, ev_err *err)
{
    char *data;
    size_t len, cap = 0;
    if (util_read_file(path, 1 << 20, &data, &len, err) != 0)
        return -1;
    *out = NULL;
    *n = 0;
    size_t lineno = 0;
    for (char *l = data, *nl; l && *l; l = nl ? nl + 1 : NULL) {
        nl = strchr(l, '\n');
        if (nl)
            *nl = '\0';
        lineno++;
        if (!*l || *l == '#')
            continue;
        expectation x;
        if (parse_line(l, lineno, &x) != 0) {
            err_set(err, "%s:%zu: not \"+|- TYPE: SOURCE -> TARGET [MODALITY] {DATE}\"", path,
                    lineno);
            free(data);
            free(*out);
            return -1;
        }
        *VEC_PUSH(*out, *n, cap) = x;
    }
    free(data);
    return 0;
}

static void print_found(const evgraph *g, FILE *out)
{
    for (size_t i = 0; i < g->nevents; i++) {
        const g_event *e = &g->events[i];
        fprintf(out, "    found %s: %s -> %s [%s] {%s}\n", e->rule->type,
                e->source == ACTOR_NONE ? "-" : g->actors[e->source].name,
                e->target == ACTOR_NONE ? "-" : g->actors[e->target].name,
                events_modality_name(e->mod), e->date.value);
    }
}

/* One case: 0 passed, 1 failed, -1 malformed. */
static int run_case(const ruleset *rs, const pipeline_opts *o, const char *dir, FILE *out,
                    ev_err *err)
{
    char *in = util_path_join(dir, "input.txt"), *exp = util_path_join(dir, "expected");
    expectation *x;
    size_t nx;
    char *text;
    size_t len;
    int rc = load_expected(exp, &x, &nx, err);
    free(exp);
    if (rc == 0 && util_read_file(in, 1 << 20, &text, &len, err) != 0) {
        free(x);
        rc = -1;
    }
    if (rc != 0) {
        free(in);
        return -1;
    }
    evgraph g;
    graph_begin(&g);
    int failed = pipeline_run_text(rs, o, in, text, len, &g, err) != 0 ? -1 : 0;
    for (size_t k = 0; k < nx && failed >= 0; k++) {
        int hit = 0;
        for (size_t i = 0; i < g.nevents && !hit; i++)
            hit = event_fits(&g, &g.events[i], &x[k]);
        if (hit != (x[k].must == '+')) {
            if (!failed)
                fprintf(out, "FAIL %s\n", dir);
            fprintf(out, "    %s (expected:%zu) %s: %s -> %s [%s] {%s}\n",
                    x[k].must == '+' ? "missing" : "unwanted", x[k].line, x[k].type,
                    x[k].source[0] ? x[k].source : "-", x[k].target[0] ? x[k].target : "-",
                    x[k].mod, x[k].date);
            failed = 1;
        }
    }
    if (failed > 0)
        print_found(&g, out);
    graph_free(&g);
    free(text);
    free(x);
    free(in);
    return failed;
}

static int is_case(const char *name)
{
    return name[0] != '.' && util_has_suffix(name, ".d");
}

static int is_folder(const char *name)
{
    return name[0] != '.';
}

static int run_type(const ruleset *rs, const pipeline_opts *o, const char *dir, int verbose,
                    FILE *out, rules_test_stats *st, ev_err *err)
{
    char **names;
    size_t n;
    if (util_list_dir(dir, is_case, &names, &n, err) != 0)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        char *path = util_path_join(dir, names[i]);
        int r = rc ? -1 : run_case(rs, o, path, out, err);
        if (r < 0)
            rc = -1;
        else if (r)
            st->failed++;
        else {
            st->passed++;
            if (verbose)
                fprintf(out, "ok %s\n", path);
        }
        free(path);
        free(names[i]);
    }
    free(names);
    return rc;
}

int rules_test_run(const ruleset *rs, const pipeline_opts *o, const char *dir, int verbose,
                   FILE *out, rules_test_stats *st, ev_err *err)
{
    char **names;
    size_t n;
    if (util_list_dir(dir, is_folder, &names, &n, err) != 0)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        struct stat sb;
        char *path = util_path_join(dir, names[i]);
        if (rc == 0 && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
            rc = run_type(rs, o, path, verbose, out, st, err);
        free(path);
        free(names[i]);
    }
    free(names);
    return rc;
}
