/* main — the command line: parse options, dispatch to a subcommand from the table, turn
 * errors into one line on stderr and an exit status (0 ok, 1 bad input, 2 usage). */
#include <getopt.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "filter.h"
#include "merge.h"
#include "pipeline.h"
#include "render.h"
#include "rules.h"
#include "rules_test.h"
#include "syntax.h"
#include "syntax_cmd.h"
#include "shard.h"
#include "store.h"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

/* Which options a command takes: an option given to a command that would ignore it is a
 * usage error ("timeline: --view is an option of graph and merge"), never silently
 * dropped. */
enum {
    OB_OUTPUT = 1u << 0, OB_FORMAT = 1u << 1, OB_JOBS = 1u << 2, OB_QUIET = 1u << 3,
    OB_VERBOSE = 1u << 4, OB_FOLLOW = 1u << 5, OB_ANCHOR = 1u << 6, OB_ORDER = 1u << 7,
    OB_RULES = 1u << 8, OB_MODEL = 1u << 9, OB_ACTORS = 1u << 10, OB_DB = 1u << 11,
    OB_FILTER = 1u << 12, OB_VIEW = 1u << 13, OB_FOLD = 1u << 14, OB_LAYOUT = 1u << 15,
    OB_CHECK = 1u << 16, OB_CONLLU = 1u << 17, OB_TEST = 1u << 18, OB_JSONL = 1u << 19,
    OB_AS = 1u << 20, OB_COLOR = 1u << 21
};
#define OB_EXTRACT (OB_OUTPUT | OB_JOBS | OB_QUIET | OB_VERBOSE | OB_FOLLOW | OB_ANCHOR | \
                    OB_ORDER | OB_RULES | OB_MODEL | OB_ACTORS | OB_DB)
#define OB_RENDER (OB_EXTRACT | OB_FILTER | OB_FORMAT)

typedef enum { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER } color_when;

typedef struct command command;

typedef struct {
    const command *cmd;
    const char *output, *format, *rules_dir, *view, *check_dir, *layout;
    const char *model, *conllu;
    int test;
    const char *db, *as; /* --db FILE: the store; merge --as: what to render */
    int jsonl, from_shards;
    int output_named; /* -o given, "-" included */
    color_when color;
    char **actor_files;
    size_t nactor_files, capactor_files;
    pipeline_opts pipe;
    filter_opts filter;
    int fold;
    char **inputs;
    size_t ninputs;
} options;

struct command {
    const char *name;
    int (*run)(options *o);
    const char *summary;
    const char *usage;
    unsigned takes; /* OB_* */
};

static int cmd_timeline(options *o);
static int cmd_graph(options *o);
static int cmd_json(options *o);
static int cmd_report(options *o);
static int cmd_rules(options *o);
static int cmd_parse(options *o);
static int cmd_merge(options *o);
static int cmd_db(options *o);

/* The options shared by the commands that read articles, in pieces: each command's help
 * shows the pieces it takes. */
static const char io_help[] =
    "  -o FILE             write to FILE (atomically) instead of standard output;\n"
    "                      a device, FIFO or - (standard output) is written through\n"
    "  -L, --follow        follow symbolic links inside input directories\n";
static const char extract_help[] =
    "  --anchor YYYY-MM-DD resolve relative dates against this date in every input\n"
    "                      (default: each article's own publication date)\n"
    "  --date-order mdy|dmy  how to read 03/04/2024 (default mdy, US order)\n"
    "  --rules DIR         event rules and actor lists (default: $EVGRAPH_RULES,\n"
    "                      ./events when it holds rule files, then the installed rules)\n"
    "  --model FILE        the tagger and parser's model (default: $EVGRAPH_MODEL,\n"
    "                      ./models/en-ud.bin, then beside the program, then installed)\n"
    "  --actors FILE       a further actor gazetteer file (may be repeated)\n";
static const char store_help[] =
    "  --db FILE           render from the incremental store FILE (no inputs)\n";
static const char filter_help[] =
    "  --actor NAME        only events with this actor (id, name or alias)\n"
    "  --type TYPE         only events of this type (evgraph rules lists them)\n"
    "  --since DATE, --until DATE  only events dated in this range (ISO prefixes:\n"
    "                      YYYY, YYYY-MM or YYYY-MM-DD)\n";
static const char run_help[] =
    "  -j N                process documents on N threads (default: one per core; one\n"
    "                      document alone is parsed on them); the output is the\n"
    "                      same for every N\n"
    "  -q, -v              quieter / louder diagnostics on stderr (-q: no progress\n"
    "                      line either); -vv also shows each sentence as the rules see\n"
    "                      it (actors as [name])\n"
    "  -h, --help          this help\n";

static const command commands[] = {
    {"timeline", cmd_timeline, "chronological timeline of the events",
     "usage: evgraph timeline [OPTIONS] [INPUT...]\n"
     "Prints the events of all inputs as one timeline, oldest first, undated last.\n"
     "  -T FORMAT          text (default), svg (a timeline diagram) or json\n"
     "                     (TimelineJS); default from -o's extension\n"
     "  --color WHEN       colour the text timeline: auto (default: on a terminal,\n"
     "                     unless NO_COLOR is set), always or never\n"
     "  -v                 also print the evidence sentences\n",
     OB_RENDER | OB_COLOR},
    {"graph", cmd_graph, "relationship diagram (SVG by default)",
     "usage: evgraph graph [OPTIONS] [INPUT...]\n"
     "Draws actors as nodes and their relations as edges.\n"
     "  -T FORMAT          svg, png, pdf, dot, json, plain, graphml, gexf (default:\n"
     "                     from -o's extension, else svg)\n"
     "  --view actors|events  actor relations (default), or events as nodes in time\n"
     "                     order tied to their actors\n"
     "  --fold             draw each actor as the body it belongs to (a bureau as its\n"
     "                     department, a department as its government)\n"
     "  --layout ENGINE    dot, sfdp, neato, fdp, circo, twopi (default: dot, or sfdp\n"
     "                     without edge labels above 150 actors)\n",
     OB_RENDER | OB_VIEW | OB_FOLD | OB_LAYOUT},
    {"report", cmd_report, "one self-contained HTML page: timeline, graph, evidence",
     "usage: evgraph report [OPTIONS] [INPUT...] -o report.html\n"
     "Writes one HTML file that opens from disk in a browser, with no network: a\n"
     "zoomable timeline, the relationship graph (click an actor to filter), each\n"
     "event's evidence with the trigger and roles marked, and filters by actor, type,\n"
     "date range and modality.\n"
     "  -T html            the only format (the default)\n"
     "  --layout ENGINE    the graph's Graphviz engine (as for graph)\n",
     OB_RENDER | OB_LAYOUT},
    {"json", cmd_json, "events, actors and documents as JSON",
     "usage: evgraph json [OPTIONS] [INPUT...]\n"
     "Writes the evgraph JSON contract (version 1): documents with their temporal\n"
     "expressions, actors, events with evidence, and relations.\n"
     "  -T json            the only format (the default)\n"
     "  --jsonl            one shard line per document instead (for merge)\n",
     OB_RENDER | OB_JSONL},
    {"merge", cmd_merge, "merge JSON Lines shards exactly as one run would",
     "usage: evgraph merge [OPTIONS] [SHARD...]\n"
     "Reads shards (json --jsonl output: files, directories of *.jsonl, - for standard\n"
     "input) and renders what one run over all their documents would have rendered.\n"
     "  --as json|timeline|graph  what to render (default json; a graph format given\n"
     "                     with -T or -o, svg among them, means graph, text means\n"
     "                     timeline); the command's own options apply: -T, --color,\n"
     "                     --view, --fold, --layout\n"
     "  --jsonl            write the documents as one shard again (a partial merge)\n",
     (OB_RENDER & ~OB_DB) | OB_AS | OB_JSONL | OB_VIEW | OB_FOLD | OB_LAYOUT | OB_COLOR},
    {"db", cmd_db, "incremental store: db add DIR... | db stats (--db FILE)",
     "usage: evgraph db add [OPTIONS] INPUT... --db FILE | evgraph db stats --db FILE\n"
     "add: stores each article's extraction in the SQLite store FILE (created when\n"
     "missing); an article stored before with the same content, rules and options is\n"
     "not processed again. stats: what the store holds. timeline, graph and json\n"
     "render from the store with --db FILE and no inputs.\n",
     OB_EXTRACT},
    {"parse", cmd_parse, "sentence structure as CoNLL-U (tags, lemmas, dependencies)",
     "usage: evgraph parse [--model FILE] [INPUT...]\n"
     "       evgraph parse [--model FILE] --conllu FILE\n"
     "Splits the inputs into sentences and prints each as CoNLL-U: words, lemma, UPOS,\n"
     "Penn tag, head and UD relation, TokenRange=start:end byte offsets in MISC.\n"
     "  --conllu FILE      re-tag and re-parse the words of a tokenised CoNLL-U file\n"
     "                     (its gold columns are ignored), for scoring\n"
     "  --model FILE       the syntax model (default: $EVGRAPH_MODEL, ./models/en-ud.bin,\n"
     "                     then beside the program, then the installed model)\n"
     "  -o FILE            write to FILE (atomically) instead of standard output\n"
     "  -L, --follow       follow symbolic links inside input directories\n"
     "  -q                 quieter diagnostics\n"
     "  -h, --help         this help\n",
     OB_MODEL | OB_CONLLU | OB_OUTPUT | OB_QUIET | OB_FOLLOW},
    {"rules", cmd_rules, "list the loaded event rules, --check DIR, or --test [DIR]",
     "usage: evgraph rules [--rules DIR] [--check DIR] [--model FILE] [--test [DIR]]\n"
     "Lists the event types loaded, or validates the rule files of DIR, or runs the\n"
     "golden rule tests of DIR (default: the rules' tests/ folder): one folder per\n"
     "type of CASE.d/{input.txt,expected}; prints each failure and N passed, N failed.\n"
     "  --rules DIR        the rules to list or test (default as for timeline)\n"
     "  --check DIR        validate the rule files of DIR\n"
     "  --test [DIR]       run the golden tests of DIR\n"
     "  --model FILE       the syntax model the golden tests parse with\n"
     "  --actors FILE      a further actor gazetteer file (may be repeated)\n"
     "  -q, -v             quieter / louder; --test -v prints what each case found\n"
     "  -h, --help         this help\n",
     OB_RULES | OB_CHECK | OB_TEST | OB_MODEL | OB_ACTORS | OB_QUIET | OB_VERBOSE},
};
#define NCOMMANDS (sizeof commands / sizeof *commands)

static int check_scale_options(const command *c, const options *o);

static void print_main_help(FILE *f)
{
    fprintf(f, "usage: evgraph COMMAND [OPTIONS] [INPUT...]\n\n"
               "Reads news articles and builds a timeline and an event graph.\n"
               "INPUT is a file, a directory (its *.txt, *.md, *.html, sorted) or - for\n"
               "standard input; no INPUT reads standard input.\n\ncommands:\n");
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\n'evgraph COMMAND --help' shows a command's options. --version prints the "
               "version.\n");
}

static void print_command_help(const command *c, FILE *f)
{
    fputs(c->usage, f);
    if (!(c->takes & OB_ANCHOR))
        return; /* parse and rules list their few options themselves */
    fputs(io_help, f);
    fputs(extract_help, f);
    if (c->takes & OB_DB)
        fputs(store_help, f);
    if (c->takes & OB_FILTER)
        fputs(filter_help, f);
    fputs(run_help, f);
}

/* ---- output ---- */

static int write_output(const options *o, const strbuf *b)
{
    ev_err err;
    if (o->output) {
        if (util_write_atomic(o->output, b->s ? b->s : "", b->len, &err) != 0) {
            diag_error("%s", err.msg);
            return EXIT_INPUT;
        }
        return EXIT_OK;
    }
    if (b->len && fwrite(b->s, 1, b->len, stdout) != b->len) {
        diag_error("standard output: write error");
        return EXIT_INPUT;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        diag_error("standard output: write error");
        return EXIT_INPUT;
    }
    return EXIT_OK;
}

/* ---- running the pipeline ---- */

static ruleset *load_rules(const options *o)
{
    ev_err err;
    const char *dir = o->rules_dir ? o->rules_dir : rules_default_dir();
    ruleset *rs = rules_load(dir, o->actor_files, o->nactor_files, &err);
    if (!rs)
        diag_error("%s", err.msg);
    return rs;
}

/* From the articles, the shards (merge) or the store (--db): one graph either way. */
static int fill_graph(const options *o, const ruleset *rs, evgraph *g, pipeline_stats *stats,
                      ev_err *err)
{
    if (!o->db && !o->from_shards)
        return pipeline_run(rs, &o->pipe, o->inputs, o->ninputs, g, stats, err);
    merge_set s = {0};
    int rc = 0;
    if (o->db)
        rc = store_load(o->db, rs, &o->pipe, &s, stats, err);
    else
        merge_read(&s, rs, o->inputs, o->ninputs, o->pipe.follow_links, stats);
    if (rc == 0)
        merge_into_graph(&s, rs, g);
    merge_set_free(&s);
    return rc;
}

typedef struct {
    strbuf out;
    char fingerprint[FINGERPRINT_LEN + 1];
} jsonl_out;

typedef int (*renderer)(const options *o, const ruleset *rs, const evgraph *g, strbuf *out,
                        ev_err *err);
/* A renderer that hands its text to a sink as it goes (json), for a result too long to
 * hold whole. */
typedef int (*streamer)(const evgraph *g, const render_sink *sink, ev_err *err);

static syn_model *load_model(const options *o)
{
    ev_err err;
    syn_model *m = syn_model_load(o->model ? o->model : syn_model_default_path(), &err);
    if (!m)
        diag_error("%s", err.msg);
    return m;
}

/* The rules and the parser's model every extraction needs, the model set into the
 * pipeline's options; NULL (nothing held) when either cannot be loaded. */
static ruleset *load_rules_and_model(options *o, syn_model **model)
{
    ruleset *rs = load_rules(o);
    if (!rs)
        return NULL;
    if (!(*model = load_model(o))) {
        rules_free(rs);
        return NULL;
    }
    o->pipe.model = *model;
    return rs;
}

/* --type names a rule: a misspelt type would only give "0 events". The types are listed
 * when there are few enough to read on one line. */
static int check_type(const options *o, const ruleset *rs)
{
    if (!o->filter.type || rules_find_type(rs, o->filter.type))
        return 0;
    strbuf known = {0};
    for (size_t i = 0; i < rs->nrules && i < 12; i++)
        sb_addf(&known, "%s%s", i ? ", " : "", rs->rules[i].type);
    diag_error("%s: --type: no event type \"%s\" in the rules (%s%s)", o->cmd->name,
               o->filter.type, known.s ? known.s : "", rs->nrules > 12 ? ", ...: evgraph rules lists them" : "");
    sb_free(&known);
    return -1;
}

/* The rendered graph written to -o or standard output in one piece. */
static int render_output(const options *o, const ruleset *rs, const evgraph *g,
                         renderer render)
{
    ev_err err;
    strbuf out = {0};
    int status;
    if (render(o, rs, g, &out, &err) != 0) {
        diag_error("%s", err.msg);
        status = EXIT_INPUT;
    } else {
        status = write_output(o, &out);
    }
    sb_free(&out);
    return status;
}

static int sink_write(void *ctx, const char *s, size_t n, ev_err *err)
{
    return util_out_write(ctx, s, n, err);
}

/* The graph written as it is rendered: the output is opened only now that there is
 * something to write, and a failure leaves a file given with -o as it was. */
static int stream_output(const options *o, const evgraph *g, streamer stream)
{
    ev_err err;
    util_out *w = util_out_open(o->output, &err);
    if (!w) {
        diag_error("%s", err.msg);
        return EXIT_INPUT;
    }
    render_sink sink = {sink_write, w};
    if (stream(g, &sink, &err) != 0) {
        util_out_abort(w);
        diag_error("%s", err.msg);
        return EXIT_INPUT;
    }
    if (util_out_commit(w, &err) != 0) {
        diag_error("%s", err.msg);
        return EXIT_INPUT;
    }
    return EXIT_OK;
}

/* One of render and stream renders the graph the inputs make. */
static int run_and_render(options *o, renderer render, streamer stream)
{
    syn_model *model;
    ruleset *rs = load_rules_and_model(o, &model);
    if (!rs)
        return EXIT_INPUT;
    if (check_type(o, rs) != 0) {
        syn_model_free(model);
        rules_free(rs);
        return EXIT_USAGE;
    }
    evgraph g;
    graph_begin(&g);
    pipeline_stats stats = {0, 0, 0};
    ev_err err;
    int status = EXIT_OK;
    if (fill_graph(o, rs, &g, &stats, &err) != 0) {
        diag_error("%s", err.msg);
        status = EXIT_INPUT;
    } else if (stats.ok == 0) {
        status = EXIT_INPUT; /* every input failed, each already reported */
    } else {
        filter_apply(&g, &o->filter);
        status = stream ? stream_output(o, &g, stream) : render_output(o, rs, &g, render);
        if (status == EXIT_OK && stats.failed)
            status = EXIT_INPUT;
    }
    graph_free(&g);
    syn_model_free(model);
    rules_free(rs);
    return status;
}

static const char *output_format(const options *o, const char *fallback)
{
    if (o->format)
        return o->format;
    if (o->output) {
        const char *dot = strrchr(o->output, '.');
        if (dot && dot[1] && !strchr(dot, '/'))
            return dot + 1;
    }
    return fallback;
}

/* -T is checked; an -o extension that names no timeline format ("timeline.log")
 * means text. */
static const char *timeline_format(const options *o)
{
    if (o->format)
        return o->format;
    const char *f = output_format(o, "text");
    return strcmp(f, "svg") == 0 || strcmp(f, "json") == 0 ? f : "text";
}

static int render_timeline(const options *o, const ruleset *rs, const evgraph *g, strbuf *out,
                           ev_err *err)
{
    (void)rs;
    const char *f = timeline_format(o);
    if (strcmp(f, "svg") == 0)
        return render_timeline_svg(g, out, err);
    if (strcmp(f, "json") == 0)
        return render_timeline_js(g, out, err);
    render_opts ro = {0};
    ro.verbose = o->pipe.verbose;
    int terminal = !o->output && isatty(STDOUT_FILENO);
    /* NO_COLOR counts when set and not empty (no-color.org); --color always overrides it */
    const char *no_color = getenv("NO_COLOR");
    ro.color = o->color == COLOR_ALWAYS ||
               (o->color == COLOR_AUTO && terminal && !(no_color && *no_color));
    ro.width = terminal ? util_terminal_width(STDOUT_FILENO) : 0;
    return render_timeline_text(g, &ro, out, err);
}

static int render_graph_out(const options *o, const ruleset *rs, const evgraph *g, strbuf *out,
                            ev_err *err)
{
    render_opts ro = {0};
    ro.rules = rs;
    ro.layout = o->layout;
    ro.events_view = o->view && strcmp(o->view, "events") == 0;
    ro.fold = o->fold;
    return render_graph(g, &ro, output_format(o, "svg"), out, err);
}

static int cmd_timeline(options *o)
{
    const char *f = timeline_format(o);
    if (strcmp(f, "text") != 0 && strcmp(f, "svg") != 0 && strcmp(f, "json") != 0) {
        diag_error("timeline: unknown format \"%s\" (text, svg, json)", f);
        return EXIT_USAGE;
    }
    return run_and_render(o, render_timeline, NULL);
}

/* json --jsonl: each document's record as a shard line, in input order. */
static int shard_sink(void *ctx, const doc_record *r)
{
    jsonl_out *j = ctx;
    ev_err err;
    if (shard_format(r, j->fingerprint, &j->out, &err) != 0) {
        diag_error("%s", err.msg);
        return -1;
    }
    return 0;
}

static int run_jsonl(options *o)
{
    /* the model's identity is part of a shard's and the store's fingerprint */
    syn_model *model;
    ruleset *rs = load_rules_and_model(o, &model);
    if (!rs)
        return EXIT_INPUT;
    jsonl_out j = {{0}, {0}};
    pipeline_stats stats = {0, 0, 0};
    ev_err err;
    int status = EXIT_INPUT;
    merge_set s = {0};
    if (o->db) {
        if (store_load(o->db, rs, &o->pipe, &s, &stats, &err) == 0 &&
            merge_write_shard(&s, rs, &j.out, &err) == 0)
            status = EXIT_OK;
        else
            diag_error("%s", err.msg);
    } else if (fingerprint_extraction(rs, &o->pipe, j.fingerprint, &err) != 0) {
        diag_error("%s", err.msg);
    } else {
        evgraph g;
        graph_begin(&g);
        o->pipe.sink = shard_sink;
        o->pipe.ctx = &j;
        if (pipeline_run(rs, &o->pipe, o->inputs, o->ninputs, &g, &stats, &err) != 0)
            diag_error("%s", err.msg);
        else
            status = EXIT_OK;
        graph_free(&g);
    }
    if (status == EXIT_OK && stats.ok + stats.failed > 0 && stats.ok == 0)
        status = EXIT_INPUT; /* every input failed, each already reported */
    if (status == EXIT_OK)
        status = write_output(o, &j.out);
    if (status == EXIT_OK && stats.failed)
        status = EXIT_INPUT;
    merge_set_free(&s);
    sb_free(&j.out);
    syn_model_free(model);
    rules_free(rs);
    return status;
}

static int cmd_json(options *o)
{
    if (o->format && strcmp(o->format, "json") != 0) {
        diag_error("json: -T takes only json");
        return EXIT_USAGE;
    }
    return o->jsonl ? run_jsonl(o) : run_and_render(o, NULL, render_json_stream);
}

/* merge --as, or what -T / -o name: graph formats (svg among them) draw the graph, text
 * is the timeline, json the JSON contract. */
static const char *merge_kind(const options *o)
{
    if (o->as)
        return o->as;
    const char *f = output_format(o, "json");
    if (strcmp(f, "json") == 0)
        return "json";
    if (strcmp(f, "text") == 0 || strcmp(f, "txt") == 0)
        return "timeline";
    return "graph";
}

/* merge --jsonl: the documents of every shard as one shard, in the one order. */
static int merge_to_shard(options *o)
{
    if (filter_active(&o->filter) || o->format) {
        diag_error("merge: --jsonl writes every document; filter and format when rendering");
        return EXIT_USAGE;
    }
    ruleset *rs = load_rules(o);
    if (!rs)
        return EXIT_INPUT;
    merge_set s = {0};
    pipeline_stats stats = {0, 0, 0};
    strbuf out = {0};
    ev_err err;
    int status = EXIT_INPUT;
    merge_read(&s, rs, o->inputs, o->ninputs, o->pipe.follow_links, &stats);
    if (merge_write_shard(&s, rs, &out, &err) != 0)
        diag_error("%s", err.msg);
    else
        status = write_output(o, &out);
    if (status == EXIT_OK && stats.failed)
        status = EXIT_INPUT;
    sb_free(&out);
    merge_set_free(&s);
    rules_free(rs);
    return status;
}

static int cmd_merge(options *o)
{
    o->from_shards = 1;
    if (o->db) {
        diag_error("merge: reads shards, not the store (use json --db FILE)");
        return EXIT_USAGE;
    }
    if (o->jsonl)
        return merge_to_shard(o);
    const char *kind = merge_kind(o);
    if (strcmp(kind, "json") == 0)
        return cmd_json(o);
    if (strcmp(kind, "timeline") == 0) {
        if (o->format && strcmp(o->format, "txt") == 0)
            o->format = "text";
        return cmd_timeline(o);
    }
    if (strcmp(kind, "graph") == 0)
        return cmd_graph(o);
    diag_error("merge: --as takes json, timeline or graph, not \"%s\"", kind);
    return EXIT_USAGE;
}

static int render_report_out(const options *o, const ruleset *rs, const evgraph *g,
                             strbuf *out, ev_err *err)
{
    render_opts ro = {0};
    ro.rules = rs;
    ro.layout = o->layout;
    return render_report(g, &ro, out, err);
}

static int cmd_report(options *o)
{
    if (o->format && strcmp(o->format, "html") != 0) {
        diag_error("report: -T takes only html");
        return EXIT_USAGE;
    }
    return run_and_render(o, render_report_out, NULL);
}

static int cmd_graph(options *o)
{
    const char *f = output_format(o, "svg");
    if (!render_graph_format_ok(f)) {
        diag_error("graph: unknown format \"%s\" (%s)", f, render_graph_formats);
        return EXIT_USAGE;
    }
    if (o->view && strcmp(o->view, "actors") != 0 && strcmp(o->view, "events") != 0) {
        diag_error("graph: --view takes actors or events, not \"%s\"", o->view);
        return EXIT_USAGE;
    }
    return run_and_render(o, render_graph_out, NULL);
}

/* The golden tests: every case through the whole pipeline, in this process. */
static int run_rule_tests(options *o, const ruleset *rs)
{
    syn_model *model = load_model(o);
    if (!model)
        return EXIT_INPUT;
    char *dflt = util_path_join(o->rules_dir ? o->rules_dir : rules_default_dir(), "tests");
    const char *dir = o->ninputs ? o->inputs[0] : dflt;
    o->pipe.model = model;
    rules_test_stats st = {0, 0};
    ev_err err;
    int rc = rules_test_run(rs, &o->pipe, dir, o->pipe.verbose, stdout, &st, &err);
    syn_model_free(model);
    free(dflt);
    if (rc != 0) {
        diag_error("%s", err.msg);
        return EXIT_INPUT;
    }
    printf("%zu passed, %zu failed\n", st.passed, st.failed);
    return fflush(stdout) == 0 && !st.failed ? EXIT_OK : EXIT_INPUT;
}

static int cmd_db(options *o)
{
    const char *verb = o->ninputs ? o->inputs[0] : "";
    int add = strcmp(verb, "add") == 0;
    if (!add && strcmp(verb, "stats") != 0) {
        diag_error("db: add INPUT... or stats (try evgraph db --help)");
        return EXIT_USAGE;
    }
    if (!o->db || (add && o->ninputs < 2) || (!add && o->ninputs > 1)) {
        diag_error(add ? "db add: needs --db FILE and inputs" : "db stats: needs --db FILE only");
        return EXIT_USAGE;
    }
    syn_model *model;
    ruleset *rs = load_rules_and_model(o, &model);
    if (!rs)
        return EXIT_INPUT;
    pipeline_stats stats = {0, 0, 0};
    strbuf out = {0};
    ev_err err;
    int rc = add ? store_add(o->db, rs, &o->pipe, o->inputs + 1, o->ninputs - 1, &stats, &err)
                 : store_stats(o->db, rs, &o->pipe, &out, &err);
    int status = EXIT_INPUT;
    if (rc != 0)
        diag_error("%s", err.msg);
    else {
        if (add)
            sb_addf(&out, "%s: %zu processed, %zu already stored, %zu failed\n", o->db,
                    stats.ok, stats.skipped, stats.failed);
        status = write_output(o, &out);
        if (status == EXIT_OK && stats.failed)
            status = EXIT_INPUT;
    }
    sb_free(&out);
    syn_model_free(model);
    rules_free(rs);
    return status;
}

static int cmd_rules(options *o)
{
    if (o->check_dir)
        o->rules_dir = o->check_dir;
    ruleset *rs = load_rules(o);
    if (!rs)
        return EXIT_INPUT;
    if (o->test) {
        int status = run_rule_tests(o, rs);
        rules_free(rs);
        return status;
    }
    size_t npat = 0;
    for (size_t i = 0; i < rs->nrules; i++)
        npat += rs->rules[i].npatterns;
    if (o->check_dir) {
        printf("%s: ok: %zu event types, %zu patterns, %zu actors, %zu files\n", o->check_dir,
               rs->nrules, npat, rs->nactors, rs->nfiles);
    } else {
        printf("%-26s %-6s %-9s %s\n", "TYPE", "CAMEO", "PATTERNS", "FILE");
        for (size_t i = 0; i < rs->nrules; i++)
            printf("%-26s %-6s %-9zu %s\n", rs->rules[i].type, rs->rules[i].cameo,
                   rs->rules[i].npatterns, rs->rules[i].file);
        printf("%zu actors in the gazetteer\n", rs->nactors);
    }
    rules_free(rs);
    return fflush(stdout) == 0 ? EXIT_OK : EXIT_INPUT;
}

static int cmd_parse(options *o)
{
    ev_err err;
    syn_model *m = load_model(o);
    if (!m)
        return EXIT_INPUT;
    strbuf out = {0};
    int status = EXIT_OK;
    if (o->conllu) {
        if (syntax_cmd_conllu(m, o->conllu, &out, &err) != 0) {
            diag_error("%s", err.msg);
            status = EXIT_INPUT;
        }
    } else if (syntax_cmd_text(m, o->inputs, o->ninputs, o->pipe.follow_links, &out) != 0) {
        status = EXIT_INPUT;
    }
    if (status == EXIT_OK || out.len)
        status = write_output(o, &out) != EXIT_OK ? EXIT_INPUT : status;
    sb_free(&out);
    syn_model_free(m);
    return status;
}

/* ---- options ---- */

enum {
    OPT_ANCHOR = 256,
    OPT_RULES,
    OPT_ACTORS,
    OPT_ACTOR,
    OPT_TYPE,
    OPT_SINCE,
    OPT_UNTIL,
    OPT_VIEW,
    OPT_FOLD,
    OPT_CHECK,
    OPT_ORDER,
    OPT_LAYOUT,
    OPT_MODEL,
    OPT_CONLLU,
    OPT_TEST,
    OPT_JSONL,
    OPT_DB,
    OPT_AS,
    OPT_COLOR
};

static const struct option long_options[] = {
    {"output", required_argument, NULL, 'o'},  {"format", required_argument, NULL, 'T'},
    {"anchor", required_argument, NULL, OPT_ANCHOR},
    {"rules", required_argument, NULL, OPT_RULES},
    {"actors", required_argument, NULL, OPT_ACTORS},
    {"actor", required_argument, NULL, OPT_ACTOR}, {"type", required_argument, NULL, OPT_TYPE},
    {"since", required_argument, NULL, OPT_SINCE}, {"until", required_argument, NULL, OPT_UNTIL},
    {"view", required_argument, NULL, OPT_VIEW},   {"fold", no_argument, NULL, OPT_FOLD},
    {"check", required_argument, NULL, OPT_CHECK},
    {"date-order", required_argument, NULL, OPT_ORDER},
    {"layout", required_argument, NULL, OPT_LAYOUT},
    {"model", required_argument, NULL, OPT_MODEL},
    {"conllu", required_argument, NULL, OPT_CONLLU},
    {"test", no_argument, NULL, OPT_TEST},
    {"jsonl", no_argument, NULL, OPT_JSONL},       {"db", required_argument, NULL, OPT_DB},
    {"as", required_argument, NULL, OPT_AS},
    {"color", required_argument, NULL, OPT_COLOR},
    {"quiet", no_argument, NULL, 'q'},             {"verbose", no_argument, NULL, 'v'},
    {"jobs", required_argument, NULL, 'j'},
    {"follow", no_argument, NULL, 'L'},
    {"help", no_argument, NULL, 'h'},              {NULL, 0, NULL, 0}};

/* Each option's OB_* bit and the name messages give it. */
static const struct {
    int code;
    unsigned bit;
    const char *name;
} option_bits[] = {
    {'o', OB_OUTPUT, "-o"},           {'T', OB_FORMAT, "-T"},
    {'j', OB_JOBS, "-j"},             {'q', OB_QUIET, "-q"},
    {'v', OB_VERBOSE, "-v"},          {'L', OB_FOLLOW, "-L"},
    {OPT_ANCHOR, OB_ANCHOR, "--anchor"}, {OPT_ORDER, OB_ORDER, "--date-order"},
    {OPT_RULES, OB_RULES, "--rules"}, {OPT_MODEL, OB_MODEL, "--model"},
    {OPT_ACTORS, OB_ACTORS, "--actors"}, {OPT_DB, OB_DB, "--db"},
    {OPT_ACTOR, OB_FILTER, "--actor"}, {OPT_TYPE, OB_FILTER, "--type"},
    {OPT_SINCE, OB_FILTER, "--since"}, {OPT_UNTIL, OB_FILTER, "--until"},
    {OPT_VIEW, OB_VIEW, "--view"},    {OPT_FOLD, OB_FOLD, "--fold"},
    {OPT_LAYOUT, OB_LAYOUT, "--layout"}, {OPT_CHECK, OB_CHECK, "--check"},
    {OPT_CONLLU, OB_CONLLU, "--conllu"}, {OPT_TEST, OB_TEST, "--test"},
    {OPT_JSONL, OB_JSONL, "--jsonl"}, {OPT_AS, OB_AS, "--as"},
    {OPT_COLOR, OB_COLOR, "--color"},
};

/* "graph", "graph and merge", "graph, report and merge": the commands taking bit. */
static void commands_taking(unsigned bit, strbuf *out)
{
    size_t n = 0, total = 0;
    for (size_t i = 0; i < NCOMMANDS; i++)
        total += (commands[i].takes & bit) != 0;
    for (size_t i = 0; i < NCOMMANDS; i++) {
        if (!(commands[i].takes & bit))
            continue;
        n++;
        sb_adds(out, n == 1 ? "" : n == total ? " and " : ", ");
        sb_adds(out, commands[i].name);
    }
}

/* 0 when command c takes option opt; else says which commands do and returns -1. */
static int option_allowed(const command *c, int opt)
{
    for (size_t i = 0; i < sizeof option_bits / sizeof *option_bits; i++) {
        if (option_bits[i].code != opt || (c->takes & option_bits[i].bit))
            continue;
        strbuf who = {0};
        commands_taking(option_bits[i].bit, &who);
        diag_error("%s: %s is an option of %s, not of %s", c->name, option_bits[i].name,
                   who.s ? who.s : "no command", c->name);
        sb_free(&who);
        return -1;
    }
    return 0;
}

/* An option getopt did not take: unknown, or an abbreviation of several long options
 * (getopt_long accepts any unambiguous prefix, as GNU programs do). */
static void report_bad_option(const command *c, const char *arg)
{
    if (strncmp(arg, "--", 2) != 0 || !arg[2]) {
        diag_error("%s: unknown option %s", c->name, arg);
        return;
    }
    size_t len = strcspn(arg + 2, "=");
    strbuf cands = {0};
    size_t n = 0;
    for (const struct option *lo = long_options; lo->name; lo++)
        if (strncmp(lo->name, arg + 2, len) == 0 && ++n)
            sb_addf(&cands, "%s--%s", n > 1 ? ", " : "", lo->name);
    if (n > 1)
        diag_error("%s: option %.*s is ambiguous: it may be %s", c->name, (int)len + 2, arg,
                   cands.s);
    else
        diag_error("%s: unknown option %s", c->name, arg);
    sb_free(&cands);
}

static int parse_anchor(const char *s, ymd *out)
{
    ymd d;
    size_t n = strlen(s);
    if (n != 10 || cal_parse_date(s, n, &d) != n)
        return -1;
    *out = d;
    return 0;
}

/* YYYY, YYYY-MM or YYYY-MM-DD, a real month and day: "2024-13" or "2024-02-30" would
 * only match nothing. */
static int valid_iso_prefix(const char *s)
{
    static const char shape[] = "dddd-dd-dd";
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (shape[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != '-')
            return 0;
    ymd d = {atoi(s), n > 4 ? atoi(s + 5) : 1, n > 7 ? atoi(s + 8) : 1};
    return d.y > 0 && cal_valid(d);
}

static int parse_date_bound(int opt, const char *arg, filter_opts *f)
{
    const char *name = opt == OPT_SINCE ? "since" : "until";
    if (!valid_iso_prefix(arg)) {
        diag_error("--%s: \"%s\" is not a date YYYY, YYYY-MM or YYYY-MM-DD", name, arg);
        return -1;
    }
    *(opt == OPT_SINCE ? &f->since : &f->until) = arg;
    return 0;
}

/* -j: a whole number from 1 to 1024. */
static int parse_jobs(const char *s, int *out)
{
    char *end;
    long n = strtol(s, &end, 10);
    if (!*s || *end || n < 1 || n > 1024)
        return -1;
    *out = (int)n;
    return 0;
}

static int layout_ok(const char *s)
{
    static const char *const engines[] = {"dot", "sfdp", "neato", "fdp", "circo", "twopi", NULL};
    for (int i = 0; engines[i]; i++)
        if (strcmp(s, engines[i]) == 0)
            return 1;
    return 0;
}

static int parse_color(const char *s, color_when *out)
{
    static const char *const names[] = {"auto", "always", "never"};
    for (int i = 0; i < 3; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = (color_when)i;
            return 0;
        }
    diag_error("--color: \"%s\" is none of auto, always, never", s);
    return -1;
}

static int parse_order(const char *s, dates_order *out)
{
    if (strcmp(s, "mdy") == 0)
        *out = DATES_ORDER_MDY;
    else if (strcmp(s, "dmy") == 0)
        *out = DATES_ORDER_DMY;
    else {
        diag_error("--date-order: \"%s\" is neither mdy nor dmy", s);
        return -1;
    }
    return 0;
}

/* Options with a value to check; -1 when it is bad (reported). */
static int take_checked(options *o, int opt, const char *arg)
{
    switch (opt) {
    case 'j':
        if (parse_jobs(arg, &o->pipe.jobs) == 0)
            return 0;
        diag_error("-j: \"%s\" is not a number of threads from 1 to 1024", arg);
        return -1;
    case OPT_ANCHOR:
        if (parse_anchor(arg, &o->pipe.anchor) == 0)
            return 0;
        diag_error("--anchor: \"%s\" is not a date of the form YYYY-MM-DD", arg);
        return -1;
    case OPT_SINCE:
    case OPT_UNTIL: return parse_date_bound(opt, arg, &o->filter);
    case OPT_LAYOUT:
        if (!layout_ok(arg)) {
            diag_error("--layout: \"%s\" is not one of dot, sfdp, neato, fdp, circo, twopi", arg);
            return -1;
        }
        o->layout = arg;
        return 0;
    case OPT_ORDER: return parse_order(arg, &o->pipe.order);
    case OPT_COLOR: return parse_color(arg, &o->color);
    default: return 0;
    }
}

/* One option getopt returned; -1 on a usage error (reported). */
static int take_option(const command *c, options *o, int opt, const char *arg, int *level)
{
    switch (opt) {
    /* "-o -" is standard output, as if no -o was given (colour, line width) */
    case 'o':
        o->output = strcmp(arg, "-") == 0 ? NULL : arg;
        o->output_named = 1;
        break;
    case 'T': o->format = arg; break;
    case 'q': *level = 0; break;
    case 'L': o->pipe.follow_links = 1; break;
    case 'v': *level = *level >= 2 ? 3 : 2; o->pipe.verbose = 1; break;
    case 'h': print_command_help(c, stdout); exit(fflush(stdout) ? EXIT_INPUT : EXIT_OK);
    case OPT_RULES: o->rules_dir = arg; break;
    case OPT_ACTORS: *VEC_PUSH(o->actor_files, o->nactor_files, o->capactor_files) = (char *)arg;
        break;
    case OPT_ACTOR: o->filter.actor = arg; break;
    case OPT_TYPE: o->filter.type = arg; break;
    case OPT_VIEW: o->view = arg; break;
    case OPT_FOLD: o->fold = 1; break;
    case OPT_CHECK: o->check_dir = arg; break;
    case OPT_MODEL: o->model = arg; break;
    case OPT_CONLLU: o->conllu = arg; break;
    case OPT_TEST: o->test = 1; break;
    case OPT_JSONL: o->jsonl = 1; break;
    case OPT_DB: o->db = arg; break;
    case OPT_AS: o->as = arg; break;
    default: return take_checked(o, opt, arg);
    }
    return 0;
}

/* No input named and standard input a terminal: reading it would wait for typing that
 * the user does not know is expected. */
static int check_input_given(const command *c, const options *o)
{
    int reads_stdin = c->run == cmd_parse ? !o->conllu
                      : c->run == cmd_rules || c->run == cmd_db ? 0 : !o->db;
    if (!reads_stdin || o->ninputs || !isatty(STDIN_FILENO))
        return 0;
    diag_error("%s: no input: name article files or directories (evgraph %s FILE...), or "
               "pipe an article in (... | evgraph %s -)",
               c->name, c->name, c->name);
    return -1;
}

/* A page or a binary picture is no reading for a terminal: without -o (which "-o -"
 * overrides) it would flood the screen with markup, or with bytes that can garble it. */
static int check_output_readable(const command *c, const options *o)
{
    static const struct {
        const char *format, *what, *file;
    } pages[] = {{"html", "an HTML page", "report.html"},
                 {"png", "a PNG picture", "graph.png"},
                 {"pdf", "a PDF document", "graph.pdf"}};
    const char *f = c->run == cmd_report ? "html" : o->format ? o->format : "";
    if (o->output_named || !isatty(STDOUT_FILENO))
        return 0;
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++)
        if (strcmp(f, pages[i].format) == 0) {
            diag_error("%s: the output is %s, not text for a terminal: name a file (-o %s), "
                       "or give -o - to write it here anyway", c->name, pages[i].what,
                       pages[i].file);
            return -1;
        }
    return 0;
}

static int check_since_until(const filter_opts *f)
{
    if (!f->since || !f->until)
        return 0;
    size_t n = strlen(f->since) < strlen(f->until) ? strlen(f->since) : strlen(f->until);
    if (strncmp(f->since, f->until, n) <= 0)
        return 0;
    diag_error("--since %s is after --until %s: no date can match", f->since, f->until);
    return -1;
}

static int parse_options(const command *c, int argc, char **argv, options *o)
{
    int opt;
    int level = 1;
    optind = 1;
    opterr = 0;
    while ((opt = getopt_long(argc, argv, ":o:T:j:qvhL", long_options, NULL)) != -1) {
        if (opt == ':') {
            diag_error("%s: option %s needs a value", c->name, argv[optind - 1]);
            return -1;
        }
        if (opt == '?') {
            report_bad_option(c, argv[optind - 1]);
            return -1;
        }
        if (option_allowed(c, opt) != 0 || take_option(c, o, opt, optarg, &level) != 0)
            return -1;
    }
    diag_set_level(level);
    o->pipe.quiet = level == 0;
    o->inputs = argv + optind;
    o->ninputs = (size_t)(argc - optind);
    if (c->run == cmd_rules && o->ninputs > (size_t)o->test) {
        diag_error(o->test ? "rules: --test takes one folder" : "rules: takes no inputs");
        return -1;
    }
    if (c->run == cmd_parse && o->conllu && o->ninputs) {
        diag_error("parse: --conllu FILE takes no further inputs");
        return -1;
    }
    if (check_since_until(&o->filter) != 0 || check_scale_options(c, o) != 0 ||
        check_output_readable(c, o) != 0)
        return -1;
    return check_input_given(c, o);
}

/* Which commands take --jsonl, --as and --db, and with what. */
static int check_scale_options(const command *c, const options *o)
{
    int json = c->run == cmd_json, merge = c->run == cmd_merge, db = c->run == cmd_db;
    if (o->jsonl && !json && !merge) {
        diag_error("%s: --jsonl is an option of json and merge", c->name);
        return -1;
    }
    if (o->jsonl && json && filter_active(&o->filter)) {
        diag_error("json: --jsonl writes every document; filter when merging or rendering");
        return -1;
    }
    if (o->as && !merge) {
        diag_error("%s: --as is an option of merge", c->name);
        return -1;
    }
    if (o->db && !db && !merge && o->ninputs) {
        diag_error("%s: --db renders from the store and takes no inputs (evgraph db add "
                   "stores articles)", c->name);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    /* Memory a document frees stays for the next one instead of going back to the kernel
     * and faulting in again: trimming and page faults were a tenth of the time (issue 16).
     * The peak is the same; blocks of 32 MB and more (glibc's own upper bound) are still
     * mapped and unmapped. */
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    if (argc < 2) {
        print_main_help(stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
        print_main_help(stdout);
        return fflush(stdout) ? EXIT_INPUT : EXIT_OK;
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
        printf("evgraph %s\n", EVGRAPH_VERSION);
        return fflush(stdout) ? EXIT_INPUT : EXIT_OK;
    }
    const command *c = NULL;
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            c = &commands[i];
    if (!c) {
        diag_error("unknown command \"%s\" (try evgraph --help)", name);
        return EXIT_USAGE;
    }
    options o = {0};
    o.cmd = c;
    int status;
    if (parse_options(c, argc - 1, argv + 1, &o) != 0)
        status = EXIT_USAGE;
    else
        status = c->run(&o);
    free(o.actor_files);
    rx_cleanup();
    return status;
}
