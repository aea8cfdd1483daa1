/* rules — load, validate and compile the data files of events/.
 *
 * Each *.json file holds one or more of these top-level members:
 *   "event":     one event type: type, cameo, verb, role kinds, trigger wordings by voice
 *                and optional whole patterns;
 *   "frames":    templates placing the roles around a trigger, per voice, and "macros"
 *                they share ({SRC}, {TGT}, {GAP} …);
 *   "modality":  cue patterns for hypothetical and negated events;
 *   "actors", "descriptors", "org_suffixes", "body_words", "titles", "stop_names":
 *                the gazetteer and the word lists of actor recognition;
 *   "lexicon":   named word lists (rules_syntax.c reads them, lexicon.h matches them).
 * Frames are expanded for every event type after all files are read, so a user's new
 * event type gets every voice for free. Errors name the file and the JSON path. */
#include "rules.h"
#include "prefilter.h"
#include "rules_syntax.h"

#include "diag.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    char *name, *value, *file;
} macro;

typedef struct {
    char *name, *voice, *pattern, *where;
} frame;

/* An event rule's references to other types, by name until every file is read. */
typedef struct {
    char **suppressed_by;
    size_t nsuppressed_by;
    char *regulator_blocks_as;
} rule_refs;

typedef struct {
    macro *macros;
    size_t nmacros, capmacros;
    frame *frames;
    size_t nframes, capframes;
    /* per event rule, its trigger lists by voice, until frames are expanded */
    char ***triggers;     /* [rule][voice]: the joined alternation, or NULL */
    json_t **custom_json; /* [rule]: its whole patterns, compiled after the frames */
    rule_refs *refs;      /* [rule] */
    size_t captrig, capcustom, caprefs;
    size_t compiled_bytes; /* of every pattern compiled so far, JIT code included */
    prefilter *pf; /* the patterns' literals until built (a lazy type's frames go without) */
} loader;

static const char *const voices[] = {"active", "passive", "noun"};
#define NVOICES 3

static const char *const kind_names[KIND_COUNT] = {"organization", "government", "person",
                                                   "country",      "media",      "alliance",
                                                   "other",        "court"};

int rules_gaz_is_nation(const gaz_actor *a)
{
    if (a->kind == KIND_COUNTRY)
        return 1;
    if (a->kind != KIND_GOVERNMENT || a->parent || !a->country)
        return 0;
    for (size_t k = 0; k < a->naliases; k++)
        if (strcmp(a->aliases[k], a->country) == 0)
            return 1;
    return 0;
}

const char *rules_kind_name(actor_kind k)
{
    return kind_names[k];
}

int rules_kind_from_name(const char *s)
{
    for (int i = 0; i < KIND_COUNT; i++)
        if (strcmp(s, kind_names[i]) == 0)
            return i;
    return -1;
}

/* ---- small JSON accessors that report paths ---- */

static int get_string(json_t *obj, const char *key, const char *file, const char *path,
                      int required, char **out, ev_err *err)
{
    json_t *v = json_object_get(obj, key);
    if (!v) {
        if (required) {
            err_set(err, "%s: %s.%s: missing", file, path, key);
            return -1;
        }
        *out = NULL;
        return 0;
    }
    if (!json_is_string(v)) {
        err_set(err, "%s: %s.%s: should be a string", file, path, key);
        return -1;
    }
    *out = xstrdup(json_string_value(v));
    return 0;
}

static void free_list(char **l, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(l[i]);
    free(l);
}

static int get_string_list(json_t *obj, const char *key, const char *file, const char *path,
                           char ***out, size_t *n, ev_err *err)
{
    json_t *arr = json_object_get(obj, key);
    *out = NULL;
    *n = 0;
    if (!arr)
        return 0;
    if (!json_is_array(arr)) {
        err_set(err, "%s: %s.%s: should be an array of strings", file, path, key);
        return -1;
    }
    size_t i;
    json_t *v;
    *out = xcalloc(json_array_size(arr) + 1, sizeof **out);
    json_array_foreach(arr, i, v)
    {
        if (!json_is_string(v)) {
            err_set(err, "%s: %s.%s[%zu]: should be a string", file, path, key, i);
            free_list(*out, *n);
            *out = NULL;
            *n = 0;
            return -1;
        }
        (*out)[(*n)++] = xstrdup(json_string_value(v));
    }
    return 0;
}

static int get_bool(json_t *obj, const char *key, const char *file, const char *path,
                    int dflt, int *out, ev_err *err)
{
    json_t *v = json_object_get(obj, key);
    if (v && !json_is_boolean(v)) {
        err_set(err, "%s: %s.%s: should be true or false", file, path, key);
        return -1;
    }
    *out = v ? json_is_true(v) : dflt;
    return 0;
}

int rules_kinds_read(json_t *obj, const char *key, const char *file, const char *path,
                     unsigned *bits, ev_err *err)
{
    char **l;
    size_t n;
    *bits = 0;
    if (get_string_list(obj, key, file, path, &l, &n, err) != 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        int k = rules_kind_from_name(l[i]);
        if (k < 0) {
            err_set(err, "%s: %s.%s[%zu]: unknown actor kind \"%s\"", file, path, key, i, l[i]);
            free_list(l, n);
            return -1;
        }
        *bits |= 1u << k;
    }
    free_list(l, n);
    return 0;
}

/* ---- gazetteer ---- */

static void gaz_actor_free(gaz_actor *a)
{
    free(a->name);
    free(a->id);
    free(a->parent);
    free(a->country);
    free_list(a->aliases, a->naliases);
    free_list(a->descriptors, a->ndescriptors);
    free_list(a->demonyms, a->ndemonyms);
}

static int load_actors(ruleset *rs, json_t *arr, const char *file, ev_err *err)
{
    if (!json_is_array(arr)) {
        err_set(err, "%s: $.actors: should be an array", file);
        return -1;
    }
    size_t i;
    json_t *a;
    json_array_foreach(arr, i, a)
    {
        char path[64];
        snprintf(path, sizeof path, "$.actors[%zu]", i);
        if (!json_is_object(a)) {
            err_set(err, "%s: %s: should be an object", file, path);
            return -1;
        }
        gaz_actor g = {0};
        char *kind = NULL;
        if (get_string(a, "name", file, path, 1, &g.name, err) != 0 ||
            get_string(a, "kind", file, path, 1, &kind, err) != 0) {
            free(g.name);
            return -1;
        }
        int k = rules_kind_from_name(kind);
        if (k < 0) {
            err_set(err, "%s: %s.kind: unknown actor kind \"%s\"", file, path, kind);
            free(kind);
            free(g.name);
            return -1;
        }
        free(kind);
        g.kind = (actor_kind)k;
        char **aliases = NULL;
        size_t na = 0;
        if (get_string(a, "parent", file, path, 0, &g.parent, err) != 0 ||
            get_string(a, "country", file, path, 0, &g.country, err) != 0 ||
            get_string(a, "id", file, path, 0, &g.id, err) != 0 ||
            get_string_list(a, "aliases", file, path, &aliases, &na, err) != 0 ||
            get_string_list(a, "descriptors", file, path, &g.descriptors, &g.ndescriptors,
                            err) != 0 ||
            get_string_list(a, "demonyms", file, path, &g.demonyms, &g.ndemonyms, err) != 0) {
            gaz_actor_free(&g);
            free_list(aliases, na);
            return -1;
        }
        /* a nationality word names a country: the one of the entry */
        if (g.ndemonyms && !g.country) {
            err_set(err, "%s: %s.demonyms: needs the entry's \"country\"", file, path);
            gaz_actor_free(&g);
            free_list(aliases, na);
            return -1;
        }
        g.aliases = xcalloc(na + 2, sizeof *g.aliases);
        g.aliases[g.naliases++] = xstrdup(g.name);
        for (size_t j = 0; j < na; j++)
            g.aliases[g.naliases++] = aliases[j];
        free(aliases);
        if (!g.id)
            g.id = util_slugify(g.name);
        *VEC_PUSH(rs->actors, rs->nactors, rs->capactors) = g;
    }
    return 0;
}

static int load_descriptors(ruleset *rs, json_t *arr, const char *file, ev_err *err)
{
    if (!json_is_array(arr)) {
        err_set(err, "%s: $.descriptors: should be an array", file);
        return -1;
    }
    size_t i;
    json_t *d;
    json_array_foreach(arr, i, d)
    {
        char path[64];
        snprintf(path, sizeof path, "$.descriptors[%zu]", i);
        descriptor x = {0};
        if (!json_is_object(d)) {
            err_set(err, "%s: %s: should be an object", file, path);
            return -1;
        }
        if (get_string(d, "word", file, path, 1, &x.word, err) != 0)
            return -1;
        if (rules_kinds_read(d, "kinds", file, path, &x.kinds, err) != 0 ||
            get_string(d, "name_has", file, path, 0, &x.name_has, err) != 0) {
            free(x.word);
            return -1;
        }
        *VEC_PUSH(rs->descriptors, rs->ndescriptors, rs->capdesc) = x;
    }
    return 0;
}

static int append_word_list(json_t *root, const char *key, const char *file, char ***list,
                            size_t *n, ev_err *err)
{
    char **l;
    size_t m;
    if (get_string_list(root, key, file, "$", &l, &m, err) != 0)
        return -1;
    if (!m) {
        free(l);
        return 0;
    }
    *list = xrealloc(*list, (*n + m + 1) * sizeof **list);
    memcpy(*list + *n, l, m * sizeof *l);
    *n += m;
    (*list)[*n] = NULL;
    free(l);
    return 0;
}

/* ---- patterns: macros, frames, event rules ---- */

static int load_frames(loader *ld, json_t *root, const char *file, ev_err *err)
{
    json_t *m = json_object_get(root, "macros");
    if (m) {
        if (!json_is_object(m)) {
            err_set(err, "%s: $.macros: should be an object of strings", file);
            return -1;
        }
        const char *k;
        json_t *v;
        json_object_foreach(m, k, v)
        {
            if (!json_is_string(v)) {
                err_set(err, "%s: $.macros.%s: should be a string", file, k);
                return -1;
            }
            macro *x = VEC_PUSH(ld->macros, ld->nmacros, ld->capmacros);
            x->name = xstrdup(k);
            x->value = xstrdup(json_string_value(v));
            x->file = xstrdup(file);
        }
    }
    json_t *fr = json_object_get(root, "frames");
    if (!fr)
        return 0;
    if (!json_is_array(fr)) {
        err_set(err, "%s: $.frames: should be an array", file);
        return -1;
    }
    size_t i;
    json_t *f;
    json_array_foreach(fr, i, f)
    {
        char path[64];
        snprintf(path, sizeof path, "$.frames[%zu]", i);
        frame x = {0};
        if (!json_is_object(f)) {
            err_set(err, "%s: %s: should be an object", file, path);
            return -1;
        }
        if (get_string(f, "name", file, path, 1, &x.name, err) != 0)
            return -1;
        if (get_string(f, "voice", file, path, 1, &x.voice, err) != 0 ||
            get_string(f, "pattern", file, path, 1, &x.pattern, err) != 0) {
            free(x.name);
            free(x.voice);
            return -1;
        }
        int ok = 0;
        for (int v = 0; v < NVOICES; v++)
            ok |= strcmp(x.voice, voices[v]) == 0;
        if (!ok) {
            err_set(err, "%s: %s.voice: \"%s\" is not active, passive or noun", file, path,
                    x.voice);
            free(x.name);
            free(x.voice);
            free(x.pattern);
            return -1;
        }
        size_t wl = strlen(file) + strlen(path) + 2;
        x.where = xmalloc(wl);
        snprintf(x.where, wl, "%s:%s", file, path);
        *VEC_PUSH(ld->frames, ld->nframes, ld->capframes) = x;
    }
    return 0;
}

/* Joins a rule's wordings of one voice into one alternation, NULL when there are none. */
static char *join_alternation(char **l, size_t n)
{
    if (!n)
        return NULL;
    strbuf b = {0};
    for (size_t i = 0; i < n; i++) {
        sb_adds(&b, i ? "|" : "");
        sb_adds(&b, "(?:");
        sb_adds(&b, l[i]);
        sb_adds(&b, ")");
    }
    return sb_detach(&b);
}

static int get_speech(json_t *ev, const char *file, speech_kind *out, ev_err *err)
{
    char *s;
    *out = SPEECH_NONE;
    if (get_string(ev, "speech", file, "$.event", 0, &s, err) != 0)
        return -1;
    if (!s)
        return 0;
    int rc = 0;
    if (strcmp(s, "reaction") == 0)
        *out = SPEECH_REACTION;
    else if (strcmp(s, "report") == 0)
        *out = SPEECH_REPORT;
    else {
        err_set(err, "%s: $.event.speech: \"%s\" is not reaction or report", file, s);
        rc = -1;
    }
    free(s);
    return rc;
}

/* The type's document-level behaviour (events/README.md). A flag that could never take
 * effect on this type is refused rather than silently ignored. */
static int get_flags(json_t *ev, const char *file, event_rule *r, ev_err *err)
{
    const struct {
        const char *key;
        int *out, dflt;
    } flags[] = {
        {"has_target", &r->has_target, 1},
        {"deal", &r->deal, 0},
        {"target_from_deal", &r->target_from_deal, 0},
        {"listing", &r->listing, 0},
        {"agentless", &r->agentless, 0},
        {"office_holders", &r->office_holders, 0},
        {"asserted_wins", &r->asserted_wins, 0},
        {"targets_listing_author", &r->targets_listing_author, 0},
        {"ends_deal", &r->ends_deal, 0},
        {"void_if_ended", &r->void_if_ended, 0},
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (get_bool(ev, flags[i].key, file, "$.event", flags[i].dflt, flags[i].out, err) != 0)
            return -1;
    if (get_speech(ev, file, &r->speech, err) != 0)
        return -1;
    if (r->targets_listing_author && !r->target_from_deal) {
        err_set(err, "%s: $.event.targets_listing_author: needs \"target_from_deal\": true "
                "(only such types are aimed at acts)", file);
        return -1;
    }
    if ((r->ends_deal || r->void_if_ended) && !r->deal) {
        err_set(err, "%s: $.event.%s: needs \"deal\": true", file,
                r->ends_deal ? "ends_deal" : "void_if_ended");
        return -1;
    }
    return 0;
}

static const char *const event_keys[] = {
    "type", "cameo", "verb", "source_kinds", "target_kinds", "triggers", "patterns",
    "has_target", "deal", "target_from_deal", "listing", "agentless", "speech",
    "office_holders", "regulator_blocks_as", "asserted_wins", "targets_listing_author",
    "ends_deal", "void_if_ended", "suppressed_by", "syntax", "comment", NULL};

/* A misspelt flag would otherwise leave the type without the behaviour asked for. */
static int check_event_members(json_t *ev, const char *file, ev_err *err)
{
    const char *k;
    json_t *v;
    json_object_foreach(ev, k, v)
    {
        int known = 0;
        for (int i = 0; event_keys[i] && !known; i++)
            known = strcmp(k, event_keys[i]) == 0;
        if (!known) {
            err_set(err, "%s: $.event.%s: unknown member (see events/README.md)", file, k);
            return -1;
        }
    }
    return 0;
}

static int load_event(ruleset *rs, loader *ld, json_t *ev, const char *file, ev_err *err)
{
    const char *path = "$.event";
    if (!json_is_object(ev)) {
        err_set(err, "%s: %s: should be an object", file, path);
        return -1;
    }
    event_rule r = {0};
    rule_refs refs = {0};
    char **trig[NVOICES] = {0};
    size_t ntr[NVOICES] = {0};
    json_t *t = json_object_get(ev, "triggers");
    json_t *pats = json_object_get(ev, "patterns");
    int rc = -1;
    if (check_event_members(ev, file, err) != 0)
        return -1;
    if (get_string(ev, "type", file, path, 1, &r.type, err) != 0 ||
        get_string(ev, "cameo", file, path, 1, &r.cameo, err) != 0 ||
        get_string(ev, "verb", file, path, 1, &r.verb, err) != 0 ||
        rules_kinds_read(ev, "source_kinds", file, path, &r.source_kinds, err) != 0 ||
        rules_kinds_read(ev, "target_kinds", file, path, &r.target_kinds, err) != 0)
        goto out;
    if (get_flags(ev, file, &r, err) != 0 ||
        get_string(ev, "regulator_blocks_as", file, path, 0, &refs.regulator_blocks_as,
                   err) != 0)
        goto out;
    if (t && !json_is_object(t)) {
        err_set(err, "%s: %s.triggers: should be an object with active, passive, noun", file,
                path);
        goto out;
    }
    for (int v = 0; v < NVOICES && t; v++)
        if (get_string_list(t, voices[v], file, "$.event.triggers", &trig[v], &ntr[v], err) != 0)
            goto out;
    if (get_string_list(ev, "suppressed_by", file, path, &refs.suppressed_by,
                        &refs.nsuppressed_by, err) != 0)
        goto out;
    if (pats && !json_is_array(pats)) {
        err_set(err, "%s: %s.patterns: should be an array of strings", file, path);
        goto out;
    }
    if (json_object_get(ev, "syntax") &&
        rules_syntax_load(&r, json_object_get(ev, "syntax"), file, err) != 0)
        goto out;
    if (!ntr[0] && !ntr[1] && !ntr[2] && !json_array_size(pats) && !r.syn) {
        err_set(err, "%s: %s: no triggers and no patterns: the rule could never match", file,
                path);
        goto out;
    }
    if (rules_find_type(rs, r.type)) {
        err_set(err, "%s: %s.type: \"%s\" is defined twice", file, path, r.type);
        goto out;
    }
    r.file = xstrdup(file);
    util_grow((void **)&ld->triggers, &ld->captrig, rs->nrules + 1, sizeof *ld->triggers);
    ld->triggers[rs->nrules] = xcalloc(NVOICES, sizeof(char *));
    for (int v = 0; v < NVOICES; v++)
        ld->triggers[rs->nrules][v] = join_alternation(trig[v], ntr[v]);
    util_grow((void **)&ld->custom_json, &ld->capcustom, rs->nrules + 1, sizeof *ld->custom_json);
    ld->custom_json[rs->nrules] = pats ? json_incref(pats) : NULL;
    util_grow((void **)&ld->refs, &ld->caprefs, rs->nrules + 1, sizeof *ld->refs);
    ld->refs[rs->nrules] = refs;
    *VEC_PUSH(rs->rules, rs->nrules, rs->caprules) = r;
    memset(&r, 0, sizeof r);
    memset(&refs, 0, sizeof refs);
    rc = 0;
out:
    for (int v = 0; v < NVOICES; v++)
        free_list(trig[v], ntr[v]);
    free_list(refs.suppressed_by, refs.nsuppressed_by);
    free(refs.regulator_blocks_as);
    if (rc != 0) {
        rules_syntax_free(r.syn);
        free(r.type);
        free(r.cameo);
        free(r.verb);
    }
    return rc;
}

static const macro *find_macro(const loader *ld, const char *name, size_t n)
{
    for (size_t i = 0; i < ld->nmacros; i++)
        if (strlen(ld->macros[i].name) == n && memcmp(ld->macros[i].name, name, n) == 0)
            return &ld->macros[i];
    return NULL;
}

/* One expansion: where it is (for messages), the macro the pattern used at its top level
 * (the one to name when the expansion grows too big), and the output. */
typedef struct {
    const loader *ld;
    const char *where;
    const macro *top;
    strbuf *out;
} expansion;

/* Depth alone does not bound a macro's size: eight macros each using the previous one 16
 * times stay shallow and expand to 16^8 copies. So the output is capped as it grows, and
 * the error names the macro that fans out and its file. */
static int too_big(const expansion *x, ev_err *err)
{
    if (x->out->len <= RULES_PATTERN_MAX_BYTES)
        return 0;
    if (x->top)
        err_set(err, "%s: macro {%s} (from %s) expands to over %zu KB; macros that use "
                "each other many times fan out (the limit is the pattern's expanded size)",
                x->where, x->top->name, x->top->file, RULES_PATTERN_MAX_BYTES >> 10);
    else
        err_set(err, "%s: the pattern expands to over %zu KB", x->where,
                RULES_PATTERN_MAX_BYTES >> 10);
    return 1;
}

/* Replaces {NAME} by its macro (recursively) and {TRIGGER} by the rule's wordings. */
static int expand_in(expansion *x, const char *pat, const char *trigger, int depth,
                     ev_err *err)
{
    if (depth > 12) {
        err_set(err, "%s: macros nest too deep (a macro that uses itself?)", x->where);
        return -1;
    }
    for (const char *p = pat; *p; p++) {
        if (*p == '{' && p[1] >= 'A' && p[1] <= 'Z') {
            const char *q = p + 1;
            while ((*q >= 'A' && *q <= 'Z') || *q == '_' || (*q >= '0' && *q <= '9'))
                q++;
            if (*q == '}') {
                size_t n = (size_t)(q - p - 1);
                if (n == 7 && memcmp(p + 1, "TRIGGER", 7) == 0) {
                    if (!trigger) {
                        err_set(err, "%s: {TRIGGER} used where there is no trigger", x->where);
                        return -1;
                    }
                    sb_adds(x->out, "(?<trig>");
                    if (expand_in(x, trigger, NULL, depth + 1, err) != 0)
                        return -1;
                    sb_adds(x->out, ")");
                } else {
                    const macro *m = find_macro(x->ld, p + 1, n);
                    if (!m) {
                        err_set(err, "%s: unknown macro {%.*s}", x->where, (int)n, p + 1);
                        return -1;
                    }
                    if (depth == 0)
                        x->top = m;
                    if (expand_in(x, m->value, trigger, depth + 1, err) != 0)
                        return -1;
                }
                p = q;
                continue;
            }
        }
        sb_addc(x->out, *p);
        if (too_big(x, err))
            return -1;
    }
    return too_big(x, err) ? -1 : 0;
}

static int expand(const loader *ld, const char *pat, const char *trigger, strbuf *out,
                  int depth, const char *where, ev_err *err)
{
    expansion x = {ld, where, NULL, out};
    return expand_in(&x, pat, trigger, depth, err);
}

/* Counts a compiled pattern against RULES_COMPILED_MAX_BYTES. */
static int count_compiled(loader *ld, const pcre2_code *re, const char *where, ev_err *err)
{
    size_t size = 0, jit = 0;
    pcre2_pattern_info(re, PCRE2_INFO_SIZE, &size);
    pcre2_pattern_info(re, PCRE2_INFO_JITSIZE, &jit);
    ld->compiled_bytes += size + jit;
    if (ld->compiled_bytes <= RULES_COMPILED_MAX_BYTES)
        return 0;
    err_set(err, "%s: the compiled rules take over %zu MB (too many or too large patterns)",
            where, RULES_COMPILED_MAX_BYTES >> 20);
    return -1;
}

static int compile_pattern(loader *ld, event_rule *r, const char *pat,
                           const char *trigger, const char *where, int passive, ev_err *err)
{
    strbuf b = {0};
    if (expand(ld, pat, trigger, &b, 0, where, err) != 0) {
        sb_free(&b);
        return -1;
    }
    ev_err e2;
    pcre2_code *re = rx_compile(b.s, PCRE2_CASELESS | PCRE2_DUPNAMES, &e2);
    if (!re) {
        sb_free(&b);
        err_set(err, "%s (event %s): %s", where, r->type, e2.msg);
        return -1;
    }
    rule_pattern *p = VEC_PUSH(r->patterns, r->npatterns, r->cappatterns);
    p->re = re;
    p->where = xstrdup(where);
    p->passive = passive;
    p->framed = trigger != NULL;
    p->need = prefilter_add(ld->pf, b.s);
    sb_free(&b);
    return count_compiled(ld, re, where, err);
}

/* The prefilter finds any trigger of a rule in a sentence, so that its framed patterns
 * run only where one stands. Frames place a trigger after a word boundary or a space;
 * saying so lets PCRE2 give up at once inside words, which makes the prefilter several
 * times faster on long documents. */
static int compile_prefilter(loader *ld, event_rule *r, char *const *triggers, ev_err *err)
{
    static const char head[] = "(?:\\b|(?<= ))(?:";
    r->prefilter_need = PF_ALWAYS;
    strbuf alt = {0};
    sb_adds(&alt, head);
    for (int v = 0; v < NVOICES; v++) {
        if (!triggers[v])
            continue;
        sb_adds(&alt, alt.len > sizeof head - 1 ? "|" : "");
        sb_adds(&alt, triggers[v]);
    }
    if (alt.len == sizeof head - 1) {
        sb_free(&alt);
        return 0;
    }
    sb_adds(&alt, ")");
    strbuf b = {0};
    int rc = expand(ld, alt.s, NULL, &b, 0, r->file, err);
    sb_free(&alt);
    if (rc == 0) {
        ev_err e2;
        r->prefilter = rx_compile(b.s, PCRE2_CASELESS | PCRE2_DUPNAMES, &e2);
        if (!r->prefilter) {
            err_set(err, "%s:$.event.triggers: %s", r->file, e2.msg);
            rc = -1;
        } else {
            r->prefilter_need = prefilter_add(ld->pf, b.s);
            rc = count_compiled(ld, r->prefilter, r->file, err);
        }
    }
    sb_free(&b);
    return rc;
}

/* References between types, by name in the files, become pointers once all are read; a
 * name no file defines is an error of the file that uses it. */
static int link_rules(ruleset *rs, const loader *ld, ev_err *err)
{
    for (size_t i = 0; i < rs->nrules; i++) {
        event_rule *r = &rs->rules[i];
        const rule_refs *x = &ld->refs[i];
        if (x->regulator_blocks_as &&
            !(r->regulator_blocks_as = rules_find_type(rs, x->regulator_blocks_as))) {
            err_set(err, "%s: $.event.regulator_blocks_as: no event type \"%s\" is loaded",
                    r->file, x->regulator_blocks_as);
            return -1;
        }
        r->suppressed_by = xcalloc(x->nsuppressed_by + 1, sizeof *r->suppressed_by);
        for (size_t k = 0; k < x->nsuppressed_by; k++) {
            r->suppressed_by[k] = rules_find_type(rs, x->suppressed_by[k]);
            if (!r->suppressed_by[k]) {
                err_set(err, "%s: $.event.suppressed_by[%zu]: no event type \"%s\" is loaded",
                        r->file, k, x->suppressed_by[k]);
                return -1;
            }
            r->nsuppressed_by++;
        }
    }
    return 0;
}

/* The frames of rule i, each with its trigger wordings of the frame's voice, compiled
 * into r->patterns (in front of any already there). plan_only: count them, compile none. */
static int compile_frames(loader *ld, event_rule *r, size_t i, int plan_only,
                          size_t *planned, ev_err *err)
{
    size_t before = r->npatterns;
    *planned = 0;
    for (size_t f = 0; f < ld->nframes; f++) {
        const frame *fr = &ld->frames[f];
        int v = 0;
        while (strcmp(fr->voice, voices[v]) != 0)
            v++;
        const char *trig = ld->triggers[i][v];
        if (!trig)
            continue;
        ++*planned;
        if (plan_only)
            continue;
        /* A failure here is the trigger's as often as the frame's: name both. */
        char where[1024];
        snprintf(where, sizeof where, "%s:$.event.triggers.%s (in frame %s)", r->file,
                 voices[v], fr->where);
        if (compile_pattern(ld, r, fr->pattern, trig, where, v == 1, err) != 0)
            return -1;
    }
    /* frames first, as an eager load orders them */
    size_t added = r->npatterns - before;
    if (added && before) {
        rule_pattern *tmp = xmalloc(added * sizeof *tmp);
        memcpy(tmp, r->patterns + before, added * sizeof *tmp);
        memmove(r->patterns + added, r->patterns, before * sizeof *tmp);
        memcpy(r->patterns, tmp, added * sizeof *tmp);
        free(tmp);
    }
    return 0;
}

static int compile_customs(loader *ld, event_rule *r, json_t *pats, ev_err *err)
{
    size_t k;
    json_t *p;
    json_array_foreach(pats, k, p)
    {
        char where[512];
        snprintf(where, sizeof where, "%s:$.event.patterns[%zu]", r->file, k);
        if (!json_is_string(p)) {
            err_set(err, "%s: should be a string", where);
            return -1;
        }
        if (compile_pattern(ld, r, json_string_value(p), NULL, where, 0, err) != 0)
            return -1;
    }
    return 0;
}

/* With many event types, compiling every frame of every type at start-up costs seconds
 * per thousand types and a gigabyte of JIT code (10,000 types: minutes, 2 GB), though
 * most types never see their trigger. Then each frame is checked once, each type's
 * wordings through its prefilter, and a type's framed patterns are compiled the first
 * time its trigger is seen (rules_prepare). */
static int check_frames(const loader *ld, ev_err *err)
{
    for (size_t f = 0; f < ld->nframes; f++) {
        strbuf b = {0};
        int rc = expand(ld, ld->frames[f].pattern, "(?:x)", &b, 0, ld->frames[f].where, err);
        ev_err e2;
        pcre2_code *re = rc == 0 ? rx_compile_plain(b.s, PCRE2_CASELESS | PCRE2_DUPNAMES, &e2)
                                 : NULL;
        sb_free(&b);
        if (rc == 0 && !re) {
            err_set(err, "%s: %s", ld->frames[f].where, e2.msg);
            rc = -1;
        }
        pcre2_code_free(re);
        if (rc != 0)
            return -1;
    }
    return 0;
}

static int compile_rules(ruleset *rs, loader *ld, ev_err *err)
{
    int lazy = rs->nrules > RULES_EAGER_MAX;
    if (lazy && check_frames(ld, err) != 0)
        return -1;
    for (size_t i = 0; i < rs->nrules; i++) {
        event_rule *r = &rs->rules[i];
        size_t planned;
        if (compile_frames(ld, r, i, lazy, &planned, err) != 0 ||
            compile_customs(ld, r, ld->custom_json[i], err) != 0)
            return -1;
        if (!r->npatterns && !planned && !r->syn) {
            err_set(err, "%s: $.event: no frame uses its triggers (is frames.json missing?)",
                    r->file);
            return -1;
        }
        /* a type with patterns of its own is compiled now: they run on every sentence */
        atomic_init(&r->pending, lazy && planned && !r->npatterns);
        if (lazy && planned && r->npatterns && compile_frames(ld, r, i, 0, &planned, err) != 0)
            return -1;
        if (compile_prefilter(ld, r, ld->triggers[i], err) != 0)
            return -1;
    }
    return 0;
}

const char *rules_pattern_name(const ruleset *rs, const pcre2_code *re)
{
    for (size_t i = 0; i < rs->nrules; i++) {
        const event_rule *r = &rs->rules[i];
        if (r->prefilter == re)
            return r->file; /* the triggers of the type: the file says which */
        for (size_t k = 0; k < r->npatterns; k++)
            if (r->patterns[k].re == re)
                return r->patterns[k].where;
    }
    if (re == rs->hypothetical || re == rs->negated)
        return re == rs->hypothetical ? "$.modality.hypothetical" : "$.modality.negated";
    return NULL;
}

/* Serialises first-use compilation, should rules be matched from several threads. */
static pthread_mutex_t prepare_lock = PTHREAD_MUTEX_INITIALIZER;

size_t rules_patterns(const ruleset *rs, const event_rule *r, int has_trigger,
                      const rule_pattern **out)
{
    if (atomic_load_explicit(&r->pending, memory_order_acquire)) {
        /* only framed patterns (a pending type has no others): none runs without a
         * trigger, and the array is not read while another thread may be filling it */
        if (!has_trigger)
            return 0;
        pthread_mutex_lock(&prepare_lock);
        /* The rule set is otherwise read-only while matching; compiling a type's frames
         * on first use is a cache filled once, under the lock. */
        event_rule *w = &rs->rules[r - rs->rules];
        loader *ld = rs->lazy;
        size_t planned;
        ev_err err;
        if (!atomic_load_explicit(&w->pending, memory_order_relaxed))
            ; /* another thread compiled them meanwhile */
        else if (ld->compiled_bytes > RULES_COMPILED_MAX_BYTES)
            ; /* over the cap, said once: the type finds nothing more */
        else if (compile_frames(ld, w, (size_t)(w - rs->rules), 0, &planned, &err) != 0)
            diag_warn("%s; event %s runs without these patterns", err.msg, w->type);
        atomic_store_explicit(&w->pending, 0, memory_order_release);
        pthread_mutex_unlock(&prepare_lock);
    }
    *out = r->patterns;
    return r->npatterns;
}

static pcre2_code *compile_cues(json_t *mod, const char *key, const char *file, ev_err *err)
{
    char **l;
    size_t n;
    char path[32];
    snprintf(path, sizeof path, "$.modality");
    if (get_string_list(mod, key, file, path, &l, &n, err) != 0)
        return NULL;
    char *alt = join_alternation(l, n);
    free_list(l, n);
    if (!alt) {
        err_set(err, "%s: $.modality.%s: missing or empty", file, key);
        return NULL;
    }
    ev_err e2;
    pcre2_code *re = rx_compile(alt, PCRE2_CASELESS, &e2);
    free(alt);
    if (!re)
        err_set(err, "%s: $.modality.%s: %s", file, key, e2.msg);
    return re;
}

static int load_modality(ruleset *rs, json_t *mod, const char *file, ev_err *err)
{
    if (!json_is_object(mod)) {
        err_set(err, "%s: $.modality: should be an object", file);
        return -1;
    }
    if (rs->hypothetical) {
        err_set(err, "%s: $.modality: modality cues are defined in two files", file);
        return -1;
    }
    rs->hypothetical = compile_cues(mod, "hypothetical", file, err);
    if (!rs->hypothetical)
        return -1;
    rs->negated = compile_cues(mod, "negated", file, err);
    if (!rs->negated)
        return -1;
    return 0;
}

static const char *const known_keys[] = {"event",      "frames",      "macros",    "modality",
                                         "actors",     "descriptors", "org_suffixes",
                                         "body_words", "titles",      "stop_names", "comment",
                                         "evgraph-rules", "lexicon",   NULL};

static int load_file(ruleset *rs, loader *ld, const char *file, int actors_only, ev_err *err)
{
    json_error_t je;
    char *data;
    size_t len;
    /* Read as every input is (util_read_file): json_load_file would open a FIFO among
     * the rules, or given as --actors, and wait for a writer forever. */
    if (util_read_file(file, RULES_FILE_MAX_BYTES, &data, &len, err) != 0)
        return -1;
    json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
    free(data);
    if (!root) {
        err_set(err, "%s:%d:%d: not valid JSON: %s", file, je.line, je.column, je.text);
        return -1;
    }
    int rc = -1;
    if (!json_is_object(root)) {
        err_set(err, "%s: $: should be an object", file);
        goto out;
    }
    const char *k;
    json_t *v;
    json_object_foreach(root, k, v)
    {
        int known = 0;
        for (int i = 0; known_keys[i]; i++)
            known |= strcmp(k, known_keys[i]) == 0;
        if (!known) {
            err_set(err, "%s: $.%s: unknown member (see events/README.md)", file, k);
            goto out;
        }
        if (actors_only && strcmp(k, "actors") != 0 && strcmp(k, "descriptors") != 0 &&
            strcmp(k, "comment") != 0) {
            err_set(err, "%s: $.%s: an actor file holds only actors and descriptors", file, k);
            goto out;
        }
    }
    if ((v = json_object_get(root, "actors")) && load_actors(rs, v, file, err) != 0)
        goto out;
    if ((v = json_object_get(root, "descriptors")) && load_descriptors(rs, v, file, err) != 0)
        goto out;
    if (append_word_list(root, "org_suffixes", file, &rs->org_suffixes, &rs->norg_suffixes,
                         err) != 0 ||
        append_word_list(root, "body_words", file, &rs->body_words, &rs->nbody_words, err) != 0 ||
        append_word_list(root, "titles", file, &rs->titles, &rs->ntitles, err) != 0 ||
        append_word_list(root, "stop_names", file, &rs->stop_names, &rs->nstop_names, err) != 0)
        goto out;
    if (load_frames(ld, root, file, err) != 0)
        goto out;
    if ((v = json_object_get(root, "modality")) && load_modality(rs, v, file, err) != 0)
        goto out;
    if ((v = json_object_get(root, "lexicon")) && rules_lexicon_load(rs, v, file, err) != 0)
        goto out;
    if ((v = json_object_get(root, "event")) && load_event(rs, ld, v, file, err) != 0)
        goto out;
    *VEC_PUSH(rs->files, rs->nfiles, rs->capfiles) = xstrdup(file);
    rc = 0;
out:
    json_decref(root);
    return rc;
}

static void loader_free(loader *ld, size_t nrules)
{
    for (size_t i = 0; i < ld->nmacros; i++) {
        free(ld->macros[i].name);
        free(ld->macros[i].value);
        free(ld->macros[i].file);
    }
    free(ld->macros);
    for (size_t i = 0; i < ld->nframes; i++) {
        free(ld->frames[i].name);
        free(ld->frames[i].voice);
        free(ld->frames[i].pattern);
        free(ld->frames[i].where);
    }
    free(ld->frames);
    for (size_t i = 0; i < nrules; i++) {
        for (int v = 0; v < NVOICES; v++)
            free(ld->triggers[i][v]);
        free(ld->triggers[i]);
        json_decref(ld->custom_json[i]);
        free_list(ld->refs[i].suppressed_by, ld->refs[i].nsuppressed_by);
        free(ld->refs[i].regulator_blocks_as);
    }
    free(ld->triggers);
    free(ld->custom_json);
    free(ld->refs);
    prefilter_free(ld->pf);
}

static int rule_file_name(const char *name)
{
    return name[0] != '.' && util_has_suffix(name, ".json");
}

/* "Chinese regulators", "Dutch antitrust authorities", "Kenyan officials": a nation's
 * nationality word before one of official_nouns names its government. The names are
 * added to the government's aliases once, here, so the actor stage looks them up as any
 * other name. */
static void official_aliases(ruleset *rs)
{
    const syn_list *l = rules_lexicon_list(rs, "official_nouns");
    for (size_t g = 0; l && g < rs->nactors; g++) {
        gaz_actor *a = &rs->actors[g];
        if (a->kind != KIND_GOVERNMENT || !a->ndemonyms)
            continue;
        a->aliases = xrealloc(a->aliases, (a->naliases + a->ndemonyms * l->nwords + 1) *
                                              sizeof *a->aliases);
        for (size_t d = 0; d < a->ndemonyms; d++)
            for (size_t w = 0; w < l->nwords; w++) {
                size_t n = strlen(a->demonyms[d]) + strlen(l->written[w]) + 2;
                char *s = xmalloc(n);
                snprintf(s, n, "%s %s", a->demonyms[d], l->written[w]);
                a->aliases[a->naliases++] = s;
            }
        a->aliases[a->naliases] = NULL;
    }
}

ruleset *rules_load(const char *dir, char *const *extra_actors, size_t nextra, ev_err *err)
{
    char **names;
    size_t n;
    if (util_list_dir(dir, rule_file_name, &names, &n, err) != 0) {
        err_set(err, "%s: cannot open the rules directory: %s", dir, strerror(errno));
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(dir) + strlen(names[i]) + 2;
        char *p = xmalloc(l);
        snprintf(p, l, "%s/%s", dir, names[i]);
        free(names[i]);
        names[i] = p;
    }
    ruleset *rs = xcalloc(1, sizeof *rs);
    loader *ld = xcalloc(1, sizeof *ld);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++)
        rc = load_file(rs, ld, names[i], 0, err);
    for (size_t i = 0; i < nextra && rc == 0; i++)
        rc = load_file(rs, ld, extra_actors[i], 1, err);
    if (rc == 0 && !rs->nrules) {
        err_set(err, "%s: no event rules found (files with an \"event\" member)", dir);
        rc = -1;
    }
    if (rc == 0 && !rs->hypothetical) {
        err_set(err, "%s: no modality cues found (a file with a \"modality\" member)", dir);
        rc = -1;
    }
    if (rc == 0)
        rc = link_rules(rs, ld, err);
    if (rc == 0)
        rc = rules_syntax_link(rs, err);
    ld->pf = prefilter_new();
    if (rc == 0)
        official_aliases(rs);
    if (rc == 0)
        rc = compile_rules(rs, ld, err);
    if (rc == 0) {
        prefilter_build(ld->pf);
        rs->literals = ld->pf;
        ld->pf = NULL;
    }
    /* a lazy rule set compiles frames later, from the loader's macros and frames */
    if (rc == 0 && rs->nrules > RULES_EAGER_MAX) {
        rs->lazy = ld;
    } else {
        loader_free(ld, rs->nrules);
        free(ld);
    }
    free_list(names, n);
    if (rc != 0) {
        rules_free(rs);
        return NULL;
    }
    return rs;
}

static int is_dir(const char *p)
{
    DIR *d = opendir(p);
    if (d)
        closedir(d);
    return d != NULL;
}

/* A build tree run from anywhere finds the events/ beside the program; an installed
 * program finds ../share/evgraph/events from its bin/, whatever PREFIX it went to. */
static const char *dir_near_program(const char *relative)
{
    static char path[4096];
    return util_near_program(relative, 1, path, sizeof path) ? path : NULL;
}

/* Whether dir holds an evgraph rule file: a JSON object with an "event" member among its
 * first *.json files. A folder that happens to be called events (a calendar's, a log's)
 * in the working directory must not be taken for the rules and fail every run. Files
 * over 4 MB are not read: no rule file is that big, a data dump may be. */
static int holds_rule_files(const char *dir)
{
    char **names;
    size_t n;
    ev_err err;
    if (util_list_dir(dir, rule_file_name, &names, &n, &err) != 0)
        return 0;
    int found = 0;
    for (size_t i = 0; i < n && i < 64 && !found; i++) {
        char *p = util_path_join(dir, names[i]);
        struct stat st;
        if (stat(p, &st) == 0 && S_ISREG(st.st_mode) && st.st_size < (4 << 20)) {
            json_t *root = json_load_file(p, 0, NULL);
            found = json_is_object(root) && json_object_get(root, "event");
            json_decref(root);
        }
        free(p);
    }
    free_list(names, n);
    return found;
}

const char *rules_default_dir(void)
{
    const char *env = getenv("EVGRAPH_RULES");
    if (env && *env)
        return env;
    if (is_dir("events") && holds_rule_files("events"))
        return "events";
    const char *near = dir_near_program("events");
    if (!near)
        near = dir_near_program("../share/evgraph/events");
    return near ? near : EVGRAPH_RULES_DIR;
}

const event_rule *rules_find_type(const ruleset *rs, const char *type)
{
    for (size_t i = 0; i < rs->nrules; i++)
        if (strcmp(rs->rules[i].type, type) == 0)
            return &rs->rules[i];
    return NULL;
}

int rules_is_org_suffix(const ruleset *rs, const char *s, size_t n)
{
    while (n && s[n - 1] == '.')
        n--;
    char bare[16];
    size_t nb = 0;
    for (size_t i = 0; i < n && nb < sizeof bare; i++)
        if (s[i] != '.')
            bare[nb++] = s[i];
    if (nb == sizeof bare)
        nb = 0; /* too long for a legal form */
    /* the first byte before the length: this runs for every word of every candidate */
    char first = n ? s[0] : '\0', bare_first = nb ? bare[0] : '\0';
    for (size_t i = 0; i < rs->norg_suffixes; i++) {
        if (rs->org_suffixes[i][0] != first && rs->org_suffixes[i][0] != bare_first)
            continue;
        size_t l = strlen(rs->org_suffixes[i]);
        if ((l == n && memcmp(rs->org_suffixes[i], s, n) == 0) ||
            (nb < n && l == nb && memcmp(rs->org_suffixes[i], bare, nb) == 0))
            return 1;
    }
    return 0;
}

void rules_free(ruleset *rs)
{
    if (!rs)
        return;
    for (size_t i = 0; i < rs->nactors; i++)
        gaz_actor_free(&rs->actors[i]);
    free(rs->actors);
    for (size_t i = 0; i < rs->ndescriptors; i++) {
        free(rs->descriptors[i].word);
        free(rs->descriptors[i].name_has);
    }
    free(rs->descriptors);
    free_list(rs->org_suffixes, rs->norg_suffixes);
    free_list(rs->body_words, rs->nbody_words);
    free_list(rs->titles, rs->ntitles);
    free_list(rs->stop_names, rs->nstop_names);
    for (size_t i = 0; i < rs->nrules; i++) {
        event_rule *r = &rs->rules[i];
        for (size_t k = 0; k < r->npatterns; k++) {
            pcre2_code_free(r->patterns[k].re);
            free(r->patterns[k].where);
        }
        free(r->patterns);
        pcre2_code_free(r->prefilter);
        free(r->suppressed_by);
        free(r->type);
        free(r->cameo);
        free(r->verb);
        free(r->file);
        rules_syntax_free(r->syn);
    }
    free(rs->rules);
    rules_lexicon_free(rs->lexicon);
    if (rs->lazy) {
        loader_free(rs->lazy, rs->nrules);
        free(rs->lazy);
    }
    pcre2_code_free(rs->hypothetical);
    pcre2_code_free(rs->negated);
    prefilter_free(rs->literals);
    free_list(rs->files, rs->nfiles);
    free(rs);
}
