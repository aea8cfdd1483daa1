/* rx_literals — a recursive descent over a PCRE2 pattern that keeps, for each part, either
 * the exact set of strings it can match (while that set is small: "acquir(?:ed|es)" is
 * {"acquired", "acquires"}) or the clauses any of its matches must satisfy. A sequence
 * joins exact sets into longer strings and turns them into clauses when they grow; an
 * alternation unites sets, or ORs clauses; a part that may be absent (x?, x*, {0,n})
 * requires nothing; lookarounds and anchors match the empty string. Everything the
 * descent does not follow sets `bad`, and a bad pattern requires nothing.
 *
 * Every step may only weaken what is required, never strengthen it: a clause may be
 * dropped, an alternative added, a string cut to a part of itself. That is what keeps
 * a prefilter built on this from skipping a pattern that could match. */
#include "rx_literals.h"

#include <stdint.h>
#include <string.h>

#include "util.h"

/* An exact set larger than this becomes a clause: strings stay long and selective
 * without the set growing as the product of a pattern's alternations. */
#define EXACT_MAX 64
/* A clause with a string shorter than this is dropped: "to" or the placeholder byte
 * stand in nearly every sentence and would only cost time. */
#define MIN_LEN 3
/* A clause's strings are cut to this many bytes: a part of a string any match holds is
 * held too, and short strings share the automaton's states (prefilter.c). */
#define STRING_MAX 12
/* Past this many alternatives a clause filters little. */
#define CLAUSE_MAX 256
/* Clauses kept per part: the most selective. */
#define NEED_MAX 8

typedef struct {
    int exact;      /* set holds every string the part can match */
    rxl_clause set; /* when exact */
    rxl_need need;  /* when not exact */
} part;

typedef struct {
    const char *p;
    int bad;
    rxl_memo *memo; /* or NULL */
} reader;

/* ---- clauses and needs ---- */

/* Adds s[0, n) unless the clause holds it. (clause_append lets copies in: harmless, the
 * prefilter gives equal strings one id, and cheaper than looking for them each time.) */
static void clause_add(rxl_clause *c, const char *s, size_t n)
{
    for (size_t i = 0; i < c->n; i++)
        if (strncmp(c->v[i], s, n) == 0 && c->v[i][n] == '\0')
            return;
    *VEC_PUSH(c->v, c->n, c->cap) = xstrndup(s, n);
}

static void clause_append(rxl_clause *c, const rxl_clause *from)
{
    for (size_t i = 0; i < from->n; i++)
        *VEC_PUSH(c->v, c->n, c->cap) = xstrdup(from->v[i]);
}

static void clause_free(rxl_clause *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->v[i]);
    free(c->v);
    memset(c, 0, sizeof *c);
}

void rx_literals_free(rxl_need *need)
{
    for (size_t i = 0; i < need->n; i++)
        clause_free(&need->v[i]);
    free(need->v);
    memset(need, 0, sizeof *need);
}

static int by_length(const void *a, const void *b)
{
    const char *x = *(char *const *)a, *y = *(char *const *)b;
    size_t lx = strlen(x), ly = strlen(y);
    return lx != ly ? (lx < ly ? -1 : 1) : strcmp(x, y);
}

/* A copy, or a string that holds another alternative of its clause, adds nothing to it.
 * Done only to a clause grown past CLAUSE_MAX: it costs more than the copies do. */
static void clause_simplify(rxl_clause *c)
{
    qsort(c->v, c->n, sizeof *c->v, by_length);
    size_t kept = 0;
    for (size_t i = 0; i < c->n; i++) {
        int redundant = 0;
        /* the kept ones are shorter or equal: a copy or a part of this one */
        for (size_t j = 0; j < kept && !redundant; j++)
            redundant = strstr(c->v[i], c->v[j]) != NULL;
        if (redundant)
            free(c->v[i]);
        else
            c->v[kept++] = c->v[i];
    }
    c->n = kept;
}

/* How selective a clause is: its shortest alternative, then fewer alternatives. */
static int clause_better(const rxl_clause *a, const rxl_clause *b)
{
    size_t la = (size_t)-1, lb = (size_t)-1;
    for (size_t i = 0; i < a->n; i++)
        la = strlen(a->v[i]) < la ? strlen(a->v[i]) : la;
    for (size_t i = 0; i < b->n; i++)
        lb = strlen(b->v[i]) < lb ? strlen(b->v[i]) : lb;
    return la != lb ? la > lb : a->n < b->n;
}

static size_t best_clause(const rxl_need *n)
{
    size_t best = 0;
    for (size_t i = 1; i < n->n; i++)
        if (clause_better(&n->v[i], &n->v[best]))
            best = i;
    return best;
}

/* Takes c into need when it filters anything; frees it otherwise. */
static void need_take(rxl_need *need, rxl_clause *c)
{
    for (size_t i = 0; i < c->n; i++)
        if (strlen(c->v[i]) > STRING_MAX)
            c->v[i][STRING_MAX] = '\0';
    if (c->n > CLAUSE_MAX)
        clause_simplify(c);
    int usable = c->n > 0 && c->n <= CLAUSE_MAX;
    for (size_t i = 0; i < c->n && usable; i++)
        usable = strlen(c->v[i]) >= MIN_LEN;
    if (!usable) {
        clause_free(c);
        return;
    }
    if (need->n == NEED_MAX) {
        size_t worst = 0;
        for (size_t i = 1; i < need->n; i++)
            if (clause_better(&need->v[worst], &need->v[i]))
                worst = i;
        if (!clause_better(c, &need->v[worst])) {
            clause_free(c);
            return;
        }
        clause_free(&need->v[worst]);
        need->v[worst] = need->v[--need->n];
    }
    *VEC_PUSH(need->v, need->n, need->cap) = *c;
    memset(c, 0, sizeof *c);
}

static void need_append(rxl_need *dst, rxl_need *src)
{
    for (size_t i = 0; i < src->n; i++)
        need_take(dst, &src->v[i]);
    free(src->v);
    memset(src, 0, sizeof *src);
}

/* Either side's clauses hold: each pair of clauses, united, holds (the best pair only
 * when the pairs would be many). */
static rxl_need need_or(rxl_need *a, rxl_need *b)
{
    rxl_need out = {0};
    if (a->n && b->n) {
        size_t a0 = 0, a1 = a->n, b0 = 0, b1 = b->n;
        if (a->n * b->n > 4) {
            a0 = best_clause(a), a1 = a0 + 1;
            b0 = best_clause(b), b1 = b0 + 1;
        }
        for (size_t i = a0; i < a1; i++)
            for (size_t j = b0; j < b1; j++) {
                rxl_clause c = {0};
                clause_append(&c, &a->v[i]);
                clause_append(&c, &b->v[j]);
                need_take(&out, &c);
            }
    }
    rx_literals_free(a);
    rx_literals_free(b);
    return out;
}

/* ---- parts ---- */

static part part_exact(const char *s, size_t n)
{
    part x = {0};
    x.exact = 1;
    clause_add(&x.set, s, n);
    return x;
}

static part part_any(void)
{
    part x = {0};
    return x;
}

static part part_char(unsigned c)
{
    char ch = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return part_exact(&ch, 1);
}

static void part_free(part *x)
{
    clause_free(&x->set);
    rx_literals_free(&x->need);
}

/* What x requires, as clauses (x is consumed). */
static rxl_need part_need(part *x)
{
    rxl_need n = {0};
    if (x->exact)
        need_take(&n, &x->set);
    else
        n = x->need;
    memset(x, 0, sizeof *x);
    return n;
}

static part part_alt(part *a, part *b)
{
    if (a->exact && b->exact && a->set.n + b->set.n <= EXACT_MAX) {
        for (size_t i = 0; i < b->set.n; i++)
            clause_add(&a->set, b->set.v[i], strlen(b->set.v[i]));
        part_free(b);
        return *a;
    }
    rxl_need na = part_need(a), nb = part_need(b);
    part x = part_any();
    x.need = need_or(&na, &nb);
    return x;
}

/* Every string of a followed by every string of b, into a (b is freed). */
static void set_cross(rxl_clause *a, rxl_clause *b)
{
    rxl_clause out = {0};
    for (size_t i = 0; i < a->n; i++)
        for (size_t j = 0; j < b->n; j++) {
            size_t la = strlen(a->v[i]), lb = strlen(b->v[j]);
            char *s = xmalloc(la + lb + 1);
            memcpy(s, a->v[i], la);
            memcpy(s + la, b->v[j], lb + 1);
            clause_add(&out, s, la + lb);
            free(s);
        }
    clause_free(a);
    clause_free(b);
    *a = out;
}

/* ---- the memo: a long group read before (a type's wordings stand in each of its
 * frames) is not read again. Reading a group looks no further than its ")", so a text
 * that starts with a remembered group holds that group, read the same way. ---- */

#define MEMO_MIN 256 /* shorter groups cost less to read than to remember */
#define MEMO_KEY 64  /* the bytes hashed to find a group (MEMO_MIN or fewer) */
#define MEMO_BUCKETS 1024

typedef struct memo_entry {
    char *text; /* from "(" to ")" */
    size_t len;
    part value;
    struct memo_entry *next;
} memo_entry;

struct rxl_memo {
    memo_entry *bucket[MEMO_BUCKETS];
};

rxl_memo *rxl_memo_new(void)
{
    return xcalloc(1, sizeof(rxl_memo));
}

void rxl_memo_free(rxl_memo *m)
{
    if (!m)
        return;
    for (size_t b = 0; b < MEMO_BUCKETS; b++)
        for (memo_entry *e = m->bucket[b], *next; e; e = next) {
            next = e->next;
            free(e->text);
            part_free(&e->value);
            free(e);
        }
    free(m);
}

static size_t memo_bucket(const char *p)
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < MEMO_KEY && p[i]; i++)
        h = (h ^ (unsigned char)p[i]) * 1099511628211u;
    return (size_t)(h % MEMO_BUCKETS);
}

static part part_copy(const part *x)
{
    part c = {0};
    c.exact = x->exact;
    clause_append(&c.set, &x->set);
    for (size_t i = 0; i < x->need.n; i++) {
        rxl_clause *k = VEC_PUSH(c.need.v, c.need.n, c.need.cap);
        memset(k, 0, sizeof *k);
        clause_append(k, &x->need.v[i]);
    }
    return c;
}

static const memo_entry *memo_find(const rxl_memo *m, const char *p)
{
    if (!m)
        return NULL;
    for (const memo_entry *e = m->bucket[memo_bucket(p)]; e; e = e->next)
        if (strncmp(e->text, p, e->len) == 0)
            return e;
    return NULL;
}

static void memo_put(rxl_memo *m, const char *p, size_t len, const part *x)
{
    if (!m || len < MEMO_MIN)
        return;
    memo_entry *e = xmalloc(sizeof *e);
    size_t b = memo_bucket(p);
    e->text = xstrndup(p, len);
    e->len = len;
    e->value = part_copy(x);
    e->next = m->bucket[b];
    m->bucket[b] = e;
}

/* ---- the descent ---- */

static part parse_alt(reader *r);

static int is_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_';
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Moves r past the next `close`, or marks the pattern bad. */
static void skip_past(reader *r, char close)
{
    const char *q = strchr(r->p, close);
    if (!q)
        r->bad = 1;
    else
        r->p = q + 1;
}

/* \x41, \x{263a}: an ASCII character stands for itself, any other for anything. */
static part hex_escape(reader *r)
{
    unsigned long code = 0;
    if (*r->p == '{') {
        r->p++;
        int digits = 0;
        for (; hex_value(*r->p) >= 0 && digits < 8; r->p++, digits++)
            code = code * 16 + (unsigned long)hex_value(*r->p);
        if (*r->p != '}' || !digits) {
            r->bad = 1;
            return part_any();
        }
        r->p++;
    } else {
        for (int k = 0; k < 2 && hex_value(*r->p) >= 0; k++, r->p++)
            code = code * 16 + (unsigned long)hex_value(*r->p);
    }
    return code && code < 0x80 ? part_char((unsigned)code) : part_any();
}

/* After the backslash. */
static part parse_escape(reader *r)
{
    char c = *r->p;
    if (!c) {
        r->bad = 1;
        return part_any();
    }
    r->p++;
    static const char controls[] = "n\nt\tr\rf\fe\033a\007";
    for (const char *k = controls; *k; k += 2)
        if (c == *k)
            return part_char((unsigned char)k[1]);
    if (c == 'x')
        return hex_escape(r);
    if (strchr("dDwWsShHvVRXC", c))
        return part_any();
    if (c == 'N' && *r->p != '{')
        return part_any();
    if (c == 'p' || c == 'P') {
        if (*r->p == '{')
            skip_past(r, '}');
        else if (*r->p)
            r->p++;
        return part_any();
    }
    if (strchr("bBAzZGKE", c))
        return part_exact("", 0); /* anchors and \K match no text */
    if ((unsigned char)c >= 0x80)
        return part_any(); /* its continuation bytes follow, each read as anything */
    if (is_name_char(c)) {
        r->bad = 1; /* back references, octal, \Q, \g, \k, \c ...: not followed */
        return part_any();
    }
    return part_char((unsigned char)c);
}

/* A character class matches one character of many: anything, as far as literals go. */
static part skip_class(reader *r)
{
    r->p++;
    if (*r->p == '^')
        r->p++;
    if (*r->p == ']')
        r->p++;
    while (*r->p && *r->p != ']' && !r->bad) {
        if (r->p[0] == '\\') {
            char c = r->p[1];
            if (!c || c == 'Q')
                r->bad = 1;
            else if (strchr("xpPNo", c) && r->p[2] == '{')
                skip_past(r, '}');
            else
                r->p += 2;
        } else if (r->p[0] == '[' && strchr(":.=", r->p[1]) && r->p[1]) {
            r->bad = 1; /* POSIX classes: not followed */
        } else {
            r->p++;
        }
    }
    if (*r->p != ']')
        r->bad = 1;
    else
        r->p++;
    return part_any();
}

/* After "(": the group's kind, then its alternatives and ")". Lookarounds match no text
 * of their own; options, conditions, recursion and verbs are not followed. */
static part parse_group(reader *r)
{
    const char *p = r->p;
    int look = 0;
    if (p[0] == '*')
        r->bad = 1;
    else if (p[0] == '?') {
        if (p[1] == ':' || p[1] == '>' || p[1] == '|')
            r->p += 2;
        else if (p[1] == '=' || p[1] == '!')
            r->p += 2, look = 1;
        else if (p[1] == '<' && (p[2] == '=' || p[2] == '!'))
            r->p += 3, look = 1;
        else if ((p[1] == '<' && is_name_char(p[2]) && !(p[2] >= '0' && p[2] <= '9')) ||
                 (p[1] == 'P' && p[2] == '<'))
            skip_past(r, '>');
        else if (p[1] == '\'') {
            r->p += 2;
            skip_past(r, '\'');
        } else if (p[1] == '#') {
            skip_past(r, ')');
            return part_exact("", 0);
        } else
            r->bad = 1;
    }
    if (r->bad)
        return part_any();
    part inner = parse_alt(r);
    if (*r->p != ')')
        r->bad = 1;
    else
        r->p++;
    if (look) {
        part_free(&inner);
        return part_exact("", 0);
    }
    return inner;
}

static part parse_atom(reader *r)
{
    unsigned char c = (unsigned char)*r->p;
    switch (c) {
    case '(': {
        const char *start = r->p;
        const memo_entry *e = memo_find(r->memo, start);
        if (e) {
            r->p += e->len;
            return part_copy(&e->value);
        }
        r->p++;
        part x = parse_group(r);
        if (!r->bad)
            memo_put(r->memo, start, (size_t)(r->p - start), &x);
        return x;
    }
    case '[':
        return skip_class(r);
    case '\\':
        r->p++;
        return parse_escape(r);
    case '.':
        r->p++;
        return part_any();
    case '^':
    case '$':
        r->p++;
        return part_exact("", 0);
    case '*':
    case '+':
    case '?':
        r->bad = 1;
        return part_any();
    case '{':
        /* a literal brace, unless it could be read as a quantifier */
        if ((r->p[1] >= '0' && r->p[1] <= '9') || r->p[1] == ',' || r->p[1] == ' ')
            r->bad = 1;
        break;
    default:
        break;
    }
    r->p++;
    return c >= 0x80 ? part_any() : part_char(c);
}

/* "{n}", "{n,}", "{n,m}" into *min, *max (-1: no bound); 0 when r->p holds none. */
static int read_braces(reader *r, long *min, long *max)
{
    const char *p = r->p + 1;
    char *end;
    if (!(*p >= '0' && *p <= '9'))
        return 0;
    *min = strtol(p, &end, 10);
    *max = *min;
    if (*end == ',') {
        p = end + 1;
        *max = -1;
        if (*p >= '0' && *p <= '9')
            *max = strtol(p, &end, 10);
        else
            end = (char *)p;
    }
    if (*end != '}')
        return 0;
    r->p = end + 1;
    return 1;
}

/* The quantifier after an atom, if any, applied to x. */
static void quantify(reader *r, part *x)
{
    long min, max;
    char c = *r->p;
    if (c == '?' || c == '*' || c == '+') {
        min = c == '+';
        max = c == '?' ? 1 : -1;
        r->p++;
    } else if (c == '{') {
        if (!read_braces(r, &min, &max)) {
            if ((r->p[1] >= '0' && r->p[1] <= '9') || r->p[1] == ',' || r->p[1] == ' ')
                r->bad = 1;
            return;
        }
    } else {
        return;
    }
    if (*r->p == '?' || *r->p == '+')
        r->p++; /* lazy or possessive: the same strings */
    if (min == 0 && x->exact && max == 1) {
        clause_add(&x->set, "", 0);
    } else if (min == 0) {
        part_free(x);
        *x = part_any();
    } else if (max != 1 && x->exact) {
        rxl_need n = part_need(x);
        x->need = n;
    }
}

/* Plain characters from r->p that no quantifier follows, lower-cased into buf: each
 * stands for itself, so the run extends every string of a sequence at once (most of a
 * pattern is such runs; one part per character would cost more than compiling it). */
static size_t plain_run(const reader *r, char *buf, size_t cap)
{
    size_t n = 0;
    for (const char *p = r->p; n < cap && *p && (unsigned char)*p < 0x80; p++, n++) {
        if (strchr("\\^$.|?*+()[]{}", *p) || (p[1] && strchr("?*+{", p[1])))
            break;
        buf[n] = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
    }
    return n;
}

static void set_append(rxl_clause *set, const char *s, size_t n)
{
    for (size_t i = 0; i < set->n; i++) {
        size_t l = strlen(set->v[i]);
        set->v[i] = xrealloc(set->v[i], l + n + 1);
        memcpy(set->v[i] + l, s, n);
        set->v[i][l + n] = '\0';
    }
}

/* Atoms one after another: exact strings joined while the set stays small. */
static part parse_seq(reader *r)
{
    rxl_clause run = {0};
    rxl_need need = {0};
    int exact = 1;
    clause_add(&run, "", 0);
    while (*r->p && *r->p != '|' && *r->p != ')' && !r->bad) {
        char plain[64];
        size_t k = plain_run(r, plain, sizeof plain);
        if (k) {
            set_append(&run, plain, k);
            r->p += k;
            continue;
        }
        part a = parse_atom(r);
        if (!r->bad)
            quantify(r, &a);
        if (a.exact && run.n * a.set.n <= EXACT_MAX) {
            set_cross(&run, &a.set);
        } else if (a.exact) {
            need_take(&need, &run);
            run = a.set;
            exact = 0;
        } else {
            need_take(&need, &run);
            clause_add(&run, "", 0);
            need_append(&need, &a.need);
            exact = 0;
        }
    }
    part x = part_any();
    if (exact) {
        x.exact = 1;
        x.set = run;
    } else {
        need_take(&need, &run);
        x.need = need;
    }
    return x;
}

static part parse_alt(reader *r)
{
    part x = parse_seq(r);
    while (*r->p == '|' && !r->bad) {
        r->p++;
        part b = parse_seq(r);
        x = part_alt(&x, &b);
    }
    return x;
}

void rx_literals(const char *pattern, rxl_memo *memo, rxl_need *need)
{
    reader r = {pattern, 0, memo};
    part x = parse_alt(&r);
    if (*r.p)
        r.bad = 1; /* an unbalanced ")" */
    memset(need, 0, sizeof *need);
    if (r.bad)
        part_free(&x);
    else
        *need = part_need(&x);
}
