/* rules_syntax — read a type's wordings over the parse and the lexicon's word lists.
 * Errors name the file and the JSON path, as the rest of the rule loader does. */
#include "rules_syntax.h"

#include <ctype.h>
#include <string.h>

static const struct {
    const char *name;
    syn_role_kind kind;
} role_names[] = {
    {"agent", ROLE_AGENT},         {"patient", ROLE_PATIENT}, {"poss", ROLE_POSS},
    {"compound", ROLE_COMPOUND},   {"support", ROLE_SUPPORT}, {"iobj", ROLE_IOBJ},
    {"clause", ROLE_CLAUSE},       {"complement_subject", ROLE_COMPLEMENT_SUBJECT},
    {"recipient", ROLE_RECIPIENT},
};

static char *lower_dup(const char *s)
{
    char *d = xstrdup(s);
    for (char *p = d; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return d;
}

static int valid_word(const char *s)
{
    if (!*s)
        return 0;
    for (const char *p = s; *p; p++)
        if (*p == ' ' && (p == s || p[1] == '\0' || p[1] == ' '))
            return 0;
    return 1;
}

/* One step is a name from role_names or a preposition (one lower-case word). */
static int parse_step(const char *s, size_t n, syn_role_kind *kind, char **prep)
{
    *prep = NULL;
    for (size_t i = 0; i < sizeof role_names / sizeof role_names[0]; i++)
        if (strlen(role_names[i].name) == n && strncmp(s, role_names[i].name, n) == 0) {
            *kind = role_names[i].kind;
            return 0;
        }
    if (!n || memchr(s, ' ', n))
        return -1;
    *kind = ROLE_PREP;
    *prep = xstrndup(s, n);
    for (char *p = *prep; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return 0;
}

/* A role is one step or two joined by '>': "patient>for". */
static int parse_role(const char *s, syn_role *out)
{
    const char *gt = strchr(s, '>');
    memset(out, 0, sizeof *out);
    if (parse_step(s, gt ? (size_t)(gt - s) : strlen(s), &out->kind, &out->prep) != 0)
        return -1;
    if (gt && (strchr(gt + 1, '>') ||
               parse_step(gt + 1, strlen(gt + 1), &out->kind2, &out->prep2) != 0)) {
        free(out->prep);
        out->prep = NULL;
        return -1;
    }
    out->has2 = gt != NULL;
    return 0;
}

static void roles_free(syn_role *r, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(r[i].prep);
        free(r[i].prep2);
    }
    free(r);
}

/* A role spec is a string or an array of strings. */
static int get_roles(json_t *t, const char *key, const char *file, const char *path,
                     syn_role **out, size_t *n, ev_err *err)
{
    json_t *v = json_object_get(t, key);
    *out = NULL;
    *n = 0;
    if (!v)
        return 0;
    json_t *one = json_is_string(v) ? v : NULL;
    size_t count = one ? 1 : json_is_array(v) ? json_array_size(v) : 0;
    if (!one && !json_is_array(v)) {
        err_set(err, "%s: %s.%s: should be a role name or an array of them", file, path, key);
        return -1;
    }
    *out = xcalloc(count + 1, sizeof **out);
    for (size_t i = 0; i < count; i++) {
        json_t *e = one ? one : json_array_get(v, i);
        if (!json_is_string(e) || parse_role(json_string_value(e), &(*out)[i]) != 0) {
            err_set(err, "%s: %s.%s[%zu]: not a role (agent, patient, poss, compound, support, "
                    "iobj, clause or a preposition, or two of them joined by '>')", file, path, key, i);
            roles_free(*out, i);
            *out = NULL;
            *n = 0;
            return -1;
        }
        *n = i + 1;
    }
    return 0;
}

static void words_free(syn_word *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(w[i].lemma);
        free(w[i].particle);
    }
    free(w);
}

/* "take over": the lemma and its particle. */
static int get_words(json_t *arr, const char *file, const char *path, syn_word **out, size_t *n,
                     ev_err *err)
{
    *n = json_array_size(arr);
    *out = xcalloc(*n + 1, sizeof **out);
    for (size_t i = 0; i < *n; i++) {
        json_t *e = json_array_get(arr, i);
        const char *s = json_is_string(e) ? json_string_value(e) : NULL;
        if (!s || !valid_word(s) || strchr(strchr(s, ' ') ? strchr(s, ' ') + 1 : s, ' ')) {
            err_set(err, "%s: %s[%zu]: should be a lemma, or a lemma and its particle", file,
                    path, i);
            words_free(*out, i);
            *out = NULL;
            return -1;
        }
        const char *sp = strchr(s, ' ');
        (*out)[i].lemma = sp ? xstrndup(s, (size_t)(sp - s)) : xstrdup(s);
        (*out)[i].particle = sp ? xstrdup(sp + 1) : NULL;
        for (char *p = (*out)[i].lemma; *p; p++)
            *p = (char)tolower((unsigned char)*p);
    }
    return 0;
}

static void withs_free(syn_with *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < w[i].npreps; k++)
            free(w[i].preps[k]);
        free(w[i].preps);
        for (size_t k = 0; k < w[i].nlemmas; k++)
            free(w[i].lemmas[k]);
        free(w[i].lemmas);
    }
    free(w);
}

static void trigger_free(syn_trigger *t)
{
    words_free(t->words, t->nwords);
    roles_free(t->source, t->nsource);
    roles_free(t->target, t->ntarget);
    withs_free(t->with, t->nwith);
    withs_free(t->without, t->nwithout);
    free(t->where);
}

static const char *const trigger_keys[] = {"verbs",     "nouns",        "source",  "target",
                                           "with",      "without",      "symmetric",
                                           "source_kinds", "comment", NULL};

static int check_keys(json_t *t, const char *file, const char *path, ev_err *err)
{
    const char *k;
    json_t *v;
    json_object_foreach(t, k, v)
    {
        int known = 0;
        for (int i = 0; trigger_keys[i] && !known; i++)
            known = strcmp(k, trigger_keys[i]) == 0;
        if (!known) {
            err_set(err, "%s: %s.%s: unknown member (see events/README.md)", file, path, k);
            return -1;
        }
    }
    return 0;
}

/* "over|about" -> its prepositions, split once when the rules load; each one word of
 * letters. */
static int split_preps(const char *key, syn_with *x)
{
    size_t n = 1;
    for (const char *p = key; *p; p++)
        n += *p == '|';
    x->preps = xcalloc(n, sizeof *x->preps);
    for (const char *p = key;;) {
        size_t len = strcspn(p, "|");
        int word = len > 0;
        for (size_t i = 0; i < len; i++)
            word &= isalpha((unsigned char)p[i]) != 0 || p[i] == '_';
        if (!word)
            return -1;
        char *one = lower_dup(p);
        one[len] = '\0';
        x->preps[x->npreps++] = one;
        if (!p[len])
            return 0;
        p += len + 1;
    }
}

/* key "with" or "without": {"to": ["list", "blacklist"], "patient": ["sanction"]} —
 * each preposition (or "patient") and the lemmas its dependent may have. */
static int get_with(json_t *t, const char *key, const char *file, const char *path,
                    syn_with **out, size_t *nout, ev_err *err)
{
    json_t *w = json_object_get(t, key);
    if (!w)
        return 0;
    if (!json_is_object(w) || !json_object_size(w)) {
        err_set(err, "%s: %s.%s: should be an object: preposition -> lemmas", file, path, key);
        return -1;
    }
    *out = xcalloc(json_object_size(w) + 1, sizeof **out);
    const char *prep;
    json_t *l;
    json_object_foreach(w, prep, l)
    {
        syn_with *x = &(*out)[(*nout)++];
        /* "predicate" reads words, not one dependent: it cannot be one of several */
        if (split_preps(prep, x) != 0 || (strstr(prep, "predicate") && strcmp(prep, "predicate"))) {
            err_set(err, "%s: %s.%s.%s: should be \"patient\", \"agent\", \"clause\", "
                    "\"negated_clause\", \"predicate\" or prepositions joined by '|'", file, path, key, prep);
            return -1;
        }
        if (!json_is_array(l) || !json_array_size(l)) {
            err_set(err, "%s: %s.%s.%s: should be an array of lemmas", file, path, key, prep);
            return -1;
        }
        x->lemmas = xcalloc(json_array_size(l) + 1, sizeof *x->lemmas);
        for (size_t i = 0; i < json_array_size(l); i++) {
            json_t *e = json_array_get(l, i);
            if (!json_is_string(e)) {
                err_set(err, "%s: %s.%s.%s[%zu]: should be a string", file, path, key, prep, i);
                return -1;
            }
            x->lemmas[x->nlemmas++] = lower_dup(json_string_value(e));
        }
    }
    return 0;
}

static int load_trigger(json_t *t, const char *file, const char *path, syn_trigger *out,
                        ev_err *err)
{
    json_t *verbs = json_object_get(t, "verbs"), *nouns = json_object_get(t, "nouns");
    if (!json_is_object(t)) {
        err_set(err, "%s: %s: should be an object", file, path);
        return -1;
    }
    if (check_keys(t, file, path, err) != 0)
        return -1;
    if (!verbs == !nouns || !json_is_array(verbs ? verbs : nouns)) {
        err_set(err, "%s: %s: needs either \"verbs\" or \"nouns\", an array of lemmas", file,
                path);
        return -1;
    }
    char wpath[256];
    snprintf(wpath, sizeof wpath, "%s.%s", path, verbs ? "verbs" : "nouns");
    out->noun = nouns != NULL;
    out->where = xstrdup(path);
    json_t *sym = json_object_get(t, "symmetric");
    if (sym && !json_is_boolean(sym)) {
        err_set(err, "%s: %s.symmetric: should be true or false", file, path);
        return -1;
    }
    out->symmetric = sym && json_is_true(sym);
    if (get_words(verbs ? verbs : nouns, file, wpath, &out->words, &out->nwords, err) != 0 ||
        get_roles(t, "source", file, path, &out->source, &out->nsource, err) != 0 ||
        get_roles(t, "target", file, path, &out->target, &out->ntarget, err) != 0 ||
        get_with(t, "with", file, path, &out->with, &out->nwith, err) != 0 ||
        get_with(t, "without", file, path, &out->without, &out->nwithout, err) != 0 ||
        rules_kinds_read(t, "source_kinds", file, path, &out->source_kinds, err) != 0)
        return -1;
    if (!out->nsource) {
        err_set(err, "%s: %s.source: missing (where the doer sits)", file, path);
        return -1;
    }
    return 0;
}

static int load_shifts(struct syn_rules *s, json_t *under, const char *file, ev_err *err)
{
    if (!under)
        return 0;
    if (!json_is_object(under)) {
        err_set(err, "%s: $.event.syntax.under: should be an object: type -> lemmas", file);
        return -1;
    }
    s->shifts = xcalloc(json_object_size(under) + 1, sizeof *s->shifts);
    const char *k;
    json_t *v;
    json_object_foreach(under, k, v)
    {
        syn_shift *sh = &s->shifts[s->nshifts++];
        sh->type = xstrdup(k);
        if (!json_is_array(v)) {
            err_set(err, "%s: $.event.syntax.under.%s: should be an array of lemmas", file, k);
            return -1;
        }
        sh->lemmas = xcalloc(json_array_size(v) + 1, sizeof *sh->lemmas);
        for (size_t i = 0; i < json_array_size(v); i++) {
            json_t *e = json_array_get(v, i);
            if (!json_is_string(e)) {
                err_set(err, "%s: $.event.syntax.under.%s[%zu]: should be a string", file, k, i);
                return -1;
            }
            sh->lemmas[sh->nlemmas++] = lower_dup(json_string_value(e));
        }
    }
    return 0;
}

int rules_syntax_load(event_rule *r, json_t *syn, const char *file, ev_err *err)
{
    json_t *trig = json_object_get(syn, "triggers");
    if (!json_is_object(syn) || !json_is_array(trig)) {
        err_set(err, "%s: $.event.syntax: should be an object with a \"triggers\" array", file);
        return -1;
    }
    struct syn_rules *s = xcalloc(1, sizeof *s);
    r->syn = s;
    s->triggers = xcalloc(json_array_size(trig) + 1, sizeof *s->triggers);
    for (size_t i = 0; i < json_array_size(trig); i++) {
        char path[128];
        snprintf(path, sizeof path, "$.event.syntax.triggers[%zu]", i);
        s->ntriggers++;
        if (load_trigger(json_array_get(trig, i), file, path, &s->triggers[i], err) != 0)
            return -1;
    }
    return load_shifts(s, json_object_get(syn, "under"), file, err);
}

static int entry_cmp(const void *a, const void *b)
{
    const syn_entry *x = a, *y = b;
    int c = strcmp(x->lemma, y->lemma);
    if (c)
        return c;
    /* the order of the files, then of the wordings: matching stays deterministic */
    if (x->rule != y->rule)
        return x->rule < y->rule ? -1 : 1;
    return x->trig < y->trig ? -1 : x->trig > y->trig ? 1 : (x->word > y->word) - (x->word < y->word);
}

static void index_triggers(ruleset *rs)
{
    struct syn_lexicon *l = rs->lexicon;
    for (size_t i = 0; i < rs->nrules; i++) {
        const struct syn_rules *s = rs->rules[i].syn;
        for (size_t t = 0; s && t < s->ntriggers; t++)
            for (size_t w = 0; w < s->triggers[t].nwords; w++) {
                l->entries = xrealloc(l->entries, (l->nentries + 1) * sizeof *l->entries);
                l->entries[l->nentries++] = (syn_entry){s->triggers[t].words[w].lemma,
                                                        &rs->rules[i], &s->triggers[t],
                                                        &s->triggers[t].words[w]};
            }
    }
    if (l->nentries)
        qsort(l->entries, l->nentries, sizeof *l->entries, entry_cmp);
}

int rules_syntax_link(ruleset *rs, ev_err *err)
{
    for (size_t i = 0; i < rs->nrules; i++) {
        struct syn_rules *s = rs->rules[i].syn;
        for (size_t k = 0; s && k < s->nshifts; k++)
            if (!(s->shifts[k].as = rules_find_type(rs, s->shifts[k].type))) {
                err_set(err, "%s: $.event.syntax.under.%s: no event type of that name is loaded",
                        rs->rules[i].file, s->shifts[k].type);
                return -1;
            }
    }
    if (!rs->lexicon)
        rs->lexicon = xcalloc(1, sizeof *rs->lexicon);
    index_triggers(rs);
    return 0;
}

const syn_entry *rules_syntax_lookup(const ruleset *rs, const char *lemma, size_t *n)
{
    const struct syn_lexicon *l = rs->lexicon;
    *n = 0;
    if (!l || !l->nentries)
        return NULL;
    size_t lo = 0, hi = l->nentries;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(l->entries[mid].lemma, lemma) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < l->nentries && strcmp(l->entries[end].lemma, lemma) == 0)
        end++;
    *n = end - lo;
    return *n ? &l->entries[lo] : NULL;
}

void rules_syntax_free(struct syn_rules *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->ntriggers; i++)
        trigger_free(&s->triggers[i]);
    free(s->triggers);
    for (size_t i = 0; i < s->nshifts; i++) {
        free(s->shifts[i].type);
        for (size_t k = 0; k < s->shifts[i].nlemmas; k++)
            free(s->shifts[i].lemmas[k]);
        free(s->shifts[i].lemmas);
    }
    free(s->shifts);
    free(s);
}

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int list_name_cmp(const void *key, const void *elem)
{
    return strcmp(key, ((const syn_list *)elem)->name);
}

static syn_list *find_list(const struct syn_lexicon *l, const char *name)
{
    return l && l->nlists ? bsearch(name, l->lists, l->nlists, sizeof *l->lists, list_name_cmp)
                          : NULL;
}

/* The list of that name, made empty at its place in name order when no file named it. */
static syn_list *list_for(struct syn_lexicon *lex, const char *name)
{
    syn_list *l = find_list(lex, name);
    if (l)
        return l;
    size_t at = 0;
    while (at < lex->nlists && strcmp(lex->lists[at].name, name) < 0)
        at++;
    lex->lists = xrealloc(lex->lists, (lex->nlists + 1) * sizeof *lex->lists);
    memmove(&lex->lists[at + 1], &lex->lists[at], (lex->nlists - at) * sizeof *lex->lists);
    lex->nlists++;
    lex->lists[at] = (syn_list){xstrdup(name), NULL, 0, NULL, 0};
    return &lex->lists[at];
}

/* A list is an array of words, or {"comment", "as_written", "words"}: its words into
 * *words, and whether they match only as written into *as_written. */
static int list_form(json_t *v, const char *file, const char *k, json_t **words,
                     int *as_written, ev_err *err)
{
    *words = v;
    *as_written = 0;
    if (json_is_array(v))
        return 0;
    if (!json_is_object(v)) {
        err_set(err, "%s: $.lexicon.%s: should be an array of words, or an object with "
                "\"words\"", file, k);
        return -1;
    }
    const char *m;
    json_t *x;
    json_object_foreach(v, m, x)
    {
        if (strcmp(m, "comment") != 0 && strcmp(m, "words") != 0 && strcmp(m, "as_written") != 0) {
            err_set(err, "%s: $.lexicon.%s.%s: unknown member (see events/README.md)", file, k, m);
            return -1;
        }
    }
    json_t *aw = json_object_get(v, "as_written");
    if (aw && !json_is_boolean(aw)) {
        err_set(err, "%s: $.lexicon.%s.as_written: should be true or false", file, k);
        return -1;
    }
    *as_written = aw && json_is_true(aw);
    *words = json_object_get(v, "words");
    if (!json_is_array(*words)) {
        err_set(err, "%s: $.lexicon.%s.words: should be an array of words", file, k);
        return -1;
    }
    return 0;
}

/* Lists of one name in several files join; each list is kept sorted for lookups, in
 * lower case and as written. */
int rules_lexicon_load(ruleset *rs, json_t *lex, const char *file, ev_err *err)
{
    if (!json_is_object(lex)) {
        err_set(err, "%s: $.lexicon: should be an object: name -> array of words", file);
        return -1;
    }
    if (!rs->lexicon)
        rs->lexicon = xcalloc(1, sizeof *rs->lexicon);
    const char *k;
    json_t *v;
    json_object_foreach(lex, k, v)
    {
        json_t *arr;
        int as_written;
        if (list_form(v, file, k, &arr, &as_written, err) != 0)
            return -1;
        syn_list *l = list_for(rs->lexicon, k);
        l->as_written |= as_written;
        size_t cap = l->nwords + json_array_size(arr) + 1;
        l->words = xrealloc(l->words, cap * sizeof *l->words);
        l->written = xrealloc(l->written, cap * sizeof *l->written);
        const char *sub = json_is_object(v) ? ".words" : "";
        for (size_t i = 0; i < json_array_size(arr); i++) {
            json_t *e = json_array_get(arr, i);
            if (!json_is_string(e)) {
                err_set(err, "%s: $.lexicon.%s%s[%zu]: should be a string", file, k, sub, i);
                return -1;
            }
            l->written[l->nwords] = xstrdup(json_string_value(e));
            l->words[l->nwords++] = lower_dup(json_string_value(e));
        }
        qsort(l->words, l->nwords, sizeof *l->words, str_cmp);
        qsort(l->written, l->nwords, sizeof *l->written, str_cmp);
    }
    return 0;
}

void rules_lexicon_free(struct syn_lexicon *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->nlists; i++) {
        free(l->lists[i].name);
        for (size_t k = 0; k < l->lists[i].nwords; k++) {
            free(l->lists[i].words[k]);
            free(l->lists[i].written[k]);
        }
        free(l->lists[i].words);
        free(l->lists[i].written);
    }
    free(l->lists);
    free(l->entries);
    free(l);
}

int rules_lexicon_has(const ruleset *rs, const char *list, const char *word)
{
    const syn_list *l = find_list(rs->lexicon, list);
    return l && bsearch(&word, l->words, l->nwords, sizeof *l->words, str_cmp) != NULL;
}

const syn_list *rules_lexicon_list(const ruleset *rs, const char *list)
{
    return find_list(rs->lexicon, list);
}
