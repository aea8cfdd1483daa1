/* dates — temporal expressions (TIMEX3) in English news.
 *
 * A hand-written scanner: each sentence is cut into tokens (words, digit runs,
 * punctuation) and every word is looked up once in a small hashed lexicon that gives it a
 * class (month, weekday, unit, number word, "last", "ago", ...). Matching is only tried
 * at tokens that have a class or are numbers, so ordinary prose costs one hash per word.
 * The grammar is a set of small hand-written rules over token classes; the longest match
 * at a token wins.
 *
 * Extents follow TimeBank: determiners and approximators are inside ("the third
 * quarter", "nearly two years", "last week"), prepositions outside ("on Tuesday").
 *
 * Ambiguous all-numeric dates: "03/04/2024" is read month-first (US order) unless the
 * context was created with DATES_ORDER_DMY (the --date-order option); when one of the
 * two fields is above 12 the only valid reading is used whatever the order.
 *
 * Relative expressions are resolved against the anchor (the document date). News reports
 * the past, so "Tuesday", "in November", "the fourth quarter" mean the latest such time
 * up to the anchor, unless the sentence speaks of the future ("will", "next", "plans",
 * "would", "expected to"), in which case the next one is meant. */
#include "dates.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ---- lexicon ---- */

enum {
    C_NONE,
    C_MONTH,  /* val 1..12 */
    C_WDAY,   /* val 0..6 */
    C_UNIT,   /* val unit | PLURAL */
    C_NUM,    /* one..nineteen, val */
    C_TENS,   /* twenty..ninety, val */
    C_MULT,   /* hundred, thousand */
    C_ORD,    /* first..twelfth, val */
    C_REL,    /* last/next/this..., val -1, 0, 1 */
    C_SEASON, /* val 0..3 */
    C_POD,    /* morning.., val 0..3 */
    C_SETADV, /* daily.., val unit */
    C_FUZZ,   /* several, few, many */
    C_KW,     /* keyword, val = KW_* */
    C_HOLIDAY /* the first word of a holiday's name */
};

enum { U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_WEEKEND, U_MONTH, U_QUARTER, U_YEAR,
       U_DECADE, U_CENTURY, U_HALF };
#define PLURAL 0x100

enum {
    KW_A = 1, KW_THE, KW_AGO, KW_EARLIER, KW_LATER, KW_NOW, KW_TODAY, KW_YESTERDAY,
    KW_TOMORROW, KW_TONIGHT, KW_CURRENTLY, KW_RECENTLY, KW_RECENT, KW_FORMERLY,
    KW_PREVIOUSLY, KW_SOON, KW_FUTURE, KW_PAST, KW_PRESENT, KW_NOWADAYS, KW_EARLY, KW_LATE,
    KW_MID, KW_END, KW_BEGINNING, KW_MIDDLE, KW_START, KW_OF, KW_FISCAL, KW_EVERY,
    KW_EACH, KW_PER, KW_DOZEN, KW_COUPLE, KW_NEARLY, KW_ALMOST, KW_ABOUT, KW_AROUND,
    KW_APPROX, KW_ROUGHLY, KW_MORE, KW_LESS, KW_THAN, KW_AT, KW_LEAST, KW_UP, KW_TO,
    KW_OVER, KW_SOME, KW_NO, KW_NOON, KW_MIDNIGHT, KW_AM, KW_PM, KW_P, KW_M, KW_ZONE,
    KW_WILL, KW_WOULD, KW_PLAN, KW_NEXTW, KW_EXPECT, KW_SCHEDULED, KW_SAID, KW_S, KW_YEAREARLIER,
    KW_YEARAGO, KW_PERIOD, KW_DECADEW, KW_YEAREND, KW_LATEST, KW_FOR, KW_IN, KW_WITHIN,
    KW_ONCE, KW_TWICE, KW_TIMES, KW_OR, KW_SO, KW_OLD, KW_FULL, KW_SAME, KW_NEAR,
    KW_CENTURYW, KW_Q, KW_FORMER, KW_CURRENT, KW_RIGHT, KW_SOMETIME, KW_WAS, KW_THESE,
    KW_TERM, KW_SHORT, KW_THAT, KW_THEN
};

typedef struct {
    const char *w;
    unsigned char cls;
    short val;
} lex_entry;

static const lex_entry lexicon[] = {
    {"january", C_MONTH, 1}, {"jan", C_MONTH, 1}, {"february", C_MONTH, 2},
    {"feb", C_MONTH, 2}, {"march", C_MONTH, 3}, {"mar", C_MONTH, 3}, {"april", C_MONTH, 4},
    {"apr", C_MONTH, 4}, {"may", C_MONTH, 5}, {"june", C_MONTH, 6}, {"jun", C_MONTH, 6},
    {"july", C_MONTH, 7}, {"jul", C_MONTH, 7}, {"august", C_MONTH, 8}, {"aug", C_MONTH, 8},
    {"september", C_MONTH, 9}, {"sept", C_MONTH, 9}, {"sep", C_MONTH, 9},
    {"october", C_MONTH, 10}, {"oct", C_MONTH, 10}, {"november", C_MONTH, 11},
    {"nov", C_MONTH, 11}, {"december", C_MONTH, 12}, {"dec", C_MONTH, 12},
    {"monday", C_WDAY, 0}, {"tuesday", C_WDAY, 1}, {"wednesday", C_WDAY, 2},
    {"thursday", C_WDAY, 3}, {"friday", C_WDAY, 4}, {"saturday", C_WDAY, 5},
    {"sunday", C_WDAY, 6}, {"mondays", C_WDAY, 0 | PLURAL}, {"tuesdays", C_WDAY, 1 | PLURAL},
    {"wednesdays", C_WDAY, 2 | PLURAL}, {"thursdays", C_WDAY, 3 | PLURAL},
    {"fridays", C_WDAY, 4 | PLURAL}, {"saturdays", C_WDAY, 5 | PLURAL},
    {"sundays", C_WDAY, 6 | PLURAL},
    {"second", C_UNIT, U_SEC}, {"seconds", C_UNIT, U_SEC | PLURAL},
    {"minute", C_UNIT, U_MIN}, {"minutes", C_UNIT, U_MIN | PLURAL},
    {"hour", C_UNIT, U_HOUR}, {"hours", C_UNIT, U_HOUR | PLURAL}, {"day", C_UNIT, U_DAY},
    {"days", C_UNIT, U_DAY | PLURAL}, {"week", C_UNIT, U_WEEK},
    {"weeks", C_UNIT, U_WEEK | PLURAL}, {"weekend", C_UNIT, U_WEEKEND},
    {"weekends", C_UNIT, U_WEEKEND | PLURAL}, {"month", C_UNIT, U_MONTH},
    {"months", C_UNIT, U_MONTH | PLURAL}, {"quarter", C_UNIT, U_QUARTER},
    {"quarters", C_UNIT, U_QUARTER | PLURAL}, {"year", C_UNIT, U_YEAR},
    {"years", C_UNIT, U_YEAR | PLURAL}, {"yr", C_UNIT, U_YEAR},
    {"yrs", C_UNIT, U_YEAR | PLURAL}, {"decade", C_UNIT, U_DECADE},
    {"decades", C_UNIT, U_DECADE | PLURAL}, {"century", C_UNIT, U_CENTURY},
    {"centuries", C_UNIT, U_CENTURY | PLURAL}, {"half", C_UNIT, U_HALF},
    {"one", C_NUM, 1}, {"two", C_NUM, 2}, {"three", C_NUM, 3}, {"four", C_NUM, 4},
    {"five", C_NUM, 5}, {"six", C_NUM, 6}, {"seven", C_NUM, 7}, {"eight", C_NUM, 8},
    {"nine", C_NUM, 9}, {"ten", C_NUM, 10}, {"eleven", C_NUM, 11}, {"twelve", C_NUM, 12},
    {"thirteen", C_NUM, 13}, {"fourteen", C_NUM, 14}, {"fifteen", C_NUM, 15},
    {"sixteen", C_NUM, 16}, {"seventeen", C_NUM, 17}, {"eighteen", C_NUM, 18},
    {"nineteen", C_NUM, 19}, {"twenty", C_TENS, 20}, {"thirty", C_TENS, 30},
    {"forty", C_TENS, 40}, {"fifty", C_TENS, 50}, {"sixty", C_TENS, 60},
    {"seventy", C_TENS, 70}, {"eighty", C_TENS, 80}, {"ninety", C_TENS, 90},
    {"hundred", C_MULT, 100}, {"thousand", C_MULT, 1000},
    {"first", C_ORD, 1}, {"third", C_ORD, 3}, {"fourth", C_ORD, 4},
    {"fifth", C_ORD, 5}, {"sixth", C_ORD, 6}, {"seventh", C_ORD, 7}, {"eighth", C_ORD, 8},
    {"ninth", C_ORD, 9}, {"tenth", C_ORD, 10}, {"eleventh", C_ORD, 11},
    {"twelfth", C_ORD, 12}, {"twentieth", C_ORD, 20}, {"nineteenth", C_ORD, 19},
    {"eighteenth", C_ORD, 18}, {"seventeenth", C_ORD, 17}, {"sixteenth", C_ORD, 16},
    {"fifteenth", C_ORD, 15}, {"thirteenth", C_ORD, 13}, {"fourteenth", C_ORD, 14},
    {"last", C_REL, -1}, {"past", C_REL, -1}, {"previous", C_REL, -1},
    {"preceding", C_REL, -1}, {"prior", C_REL, -1}, {"final", C_REL, -1},
    {"next", C_REL, 1}, {"coming", C_REL, 1}, {"following", C_REL, 1},
    {"upcoming", C_REL, 1}, {"this", C_REL, 0}, {"current", C_REL, 0},
    {"spring", C_SEASON, 0}, {"summer", C_SEASON, 1}, {"fall", C_SEASON, 2},
    {"autumn", C_SEASON, 2}, {"winter", C_SEASON, 3},
    {"morning", C_POD, 0}, {"afternoon", C_POD, 1}, {"evening", C_POD, 2},
    {"night", C_POD, 3}, {"mornings", C_POD, 0 | PLURAL}, {"nights", C_POD, 3 | PLURAL},
    {"evenings", C_POD, 2 | PLURAL}, {"afternoons", C_POD, 1 | PLURAL},
    {"weekly", C_SETADV, U_WEEK},
    {"monthly", C_SETADV, U_MONTH}, {"annually", C_SETADV, U_YEAR},
    {"thanksgiving", C_HOLIDAY, 0}, {"christmas", C_HOLIDAY, 0}, {"easter", C_HOLIDAY, 0},
    {"halloween", C_HOLIDAY, 0}, {"independence", C_HOLIDAY, 0}, {"election", C_HOLIDAY, 0},
    {"labor", C_HOLIDAY, 0}, {"labour", C_HOLIDAY, 0}, {"memorial", C_HOLIDAY, 0},
    {"veterans", C_HOLIDAY, 0}, {"valentine", C_HOLIDAY, 0}, {"boxing", C_HOLIDAY, 0},
    {"good", C_HOLIDAY, 0}, {"presidents", C_HOLIDAY, 0}, {"new", C_HOLIDAY, 0},
    {"bastille", C_HOLIDAY, 0},
    {"yearly", C_SETADV, U_YEAR}, {"hourly", C_SETADV, U_HOUR}, {"daily", C_SETADV, U_DAY},
    {"several", C_FUZZ, 0}, {"few", C_FUZZ, 0}, {"many", C_FUZZ, 0},
    {"a", C_KW, KW_A}, {"an", C_KW, KW_A}, {"the", C_KW, KW_THE}, {"ago", C_KW, KW_AGO},
    {"earlier", C_KW, KW_EARLIER}, {"later", C_KW, KW_LATER}, {"now", C_KW, KW_NOW},
    {"today", C_KW, KW_TODAY}, {"yesterday", C_KW, KW_YESTERDAY},
    {"tomorrow", C_KW, KW_TOMORROW}, {"tonight", C_KW, KW_TONIGHT},
    {"currently", C_KW, KW_CURRENTLY}, {"recently", C_KW, KW_RECENTLY},
    {"recent", C_KW, KW_RECENT}, {"formerly", C_KW, KW_FORMERLY},
    {"former", C_KW, KW_FORMER}, {"previously", C_KW, KW_PREVIOUSLY},
    {"soon", C_KW, KW_SOON}, {"future", C_KW, KW_FUTURE}, {"present", C_KW, KW_PRESENT},
    {"nowadays", C_KW, KW_NOWADAYS}, {"early", C_KW, KW_EARLY}, {"late", C_KW, KW_LATE},
    {"mid", C_KW, KW_MID}, {"end", C_KW, KW_END}, {"beginning", C_KW, KW_BEGINNING},
    {"middle", C_KW, KW_MIDDLE}, {"start", C_KW, KW_START}, {"of", C_KW, KW_OF},
    {"fiscal", C_KW, KW_FISCAL}, {"every", C_KW, KW_EVERY}, {"each", C_KW, KW_EACH},
    {"per", C_KW, KW_PER}, {"dozen", C_KW, KW_DOZEN}, {"couple", C_KW, KW_COUPLE},
    {"nearly", C_KW, KW_NEARLY}, {"almost", C_KW, KW_ALMOST}, {"about", C_KW, KW_ABOUT},
    {"around", C_KW, KW_AROUND}, {"approximately", C_KW, KW_APPROX},
    {"roughly", C_KW, KW_ROUGHLY}, {"more", C_KW, KW_MORE}, {"less", C_KW, KW_LESS},
    {"than", C_KW, KW_THAN}, {"at", C_KW, KW_AT}, {"least", C_KW, KW_LEAST},
    {"up", C_KW, KW_UP}, {"to", C_KW, KW_TO}, {"over", C_KW, KW_OVER},
    {"some", C_KW, KW_SOME}, {"no", C_KW, KW_NO}, {"noon", C_KW, KW_NOON}, {"midday", C_KW, KW_NOON},
    {"midnight", C_KW, KW_MIDNIGHT}, {"am", C_KW, KW_AM}, {"pm", C_KW, KW_PM},
    {"p", C_KW, KW_P}, {"m", C_KW, KW_M}, {"gmt", C_KW, KW_ZONE}, {"utc", C_KW, KW_ZONE},
    {"est", C_KW, KW_ZONE}, {"edt", C_KW, KW_ZONE}, {"pst", C_KW, KW_ZONE},
    {"pdt", C_KW, KW_ZONE}, {"cet", C_KW, KW_ZONE}, {"bst", C_KW, KW_ZONE},
    {"will", C_KW, KW_WILL}, {"ll", C_KW, KW_WILL}, {"shall", C_KW, KW_WILL},
    {"would", C_KW, KW_WOULD}, {"plans", C_KW, KW_PLAN}, {"plan", C_KW, KW_PLAN},
    {"planned", C_KW, KW_PLAN}, {"planning", C_KW, KW_PLAN}, {"expected", C_KW, KW_EXPECT},
    {"expects", C_KW, KW_EXPECT}, {"scheduled", C_KW, KW_SCHEDULED},
    {"said", C_KW, KW_SAID}, {"says", C_KW, KW_SAID}, {"announced", C_KW, KW_SAID},
    {"reported", C_KW, KW_SAID}, {"told", C_KW, KW_SAID}, {"s", C_KW, KW_S},
    {"ended", C_KW, KW_SAID},
    {"period", C_KW, KW_PERIOD}, {"nineties", C_KW, KW_DECADEW},
    {"eighties", C_KW, KW_DECADEW}, {"seventies", C_KW, KW_DECADEW},
    {"sixties", C_KW, KW_DECADEW}, {"fifties", C_KW, KW_DECADEW},
    {"latest", C_KW, KW_LATEST}, {"for", C_KW, KW_FOR}, {"in", C_KW, KW_IN},
    {"within", C_KW, KW_WITHIN}, {"once", C_KW, KW_ONCE}, {"twice", C_KW, KW_TWICE},
    {"times", C_KW, KW_TIMES}, {"or", C_KW, KW_OR}, {"so", C_KW, KW_SO},
    {"old", C_KW, KW_OLD}, {"full", C_KW, KW_FULL}, {"near", C_KW, KW_NEAR},
    {"q", C_KW, KW_Q}, {"was", C_KW, KW_WAS}, {"these", C_KW, KW_THESE},
    {"term", C_KW, KW_TERM}, {"short", C_KW, KW_SHORT}, {"were", C_KW, KW_WAS}, {"had", C_KW, KW_WAS}, {"right", C_KW, KW_RIGHT}, {"sometime", C_KW, KW_SOMETIME},
    {"that", C_KW, KW_THAT}, {"then", C_KW, KW_THEN}, {"same", C_KW, KW_SAME},
};

#define HBITS 10
#define HSIZE (1u << HBITS)

/* What the tagger remembers within one document (sentences come in document order). */
typedef struct {
    const char *text;  /* the document being tagged; a new text or an earlier start = new */
    size_t last_start;
    int started;
    int sent;          /* sentence counter */
    int qy, qq, q_sent; /* the last quarter named ("the third quarter" = 1989-Q3) and where */
    ymd abs;           /* the last absolute date named, at precision abs_prec */
    date_prec abs_prec;
} doc_state;

struct dates_ctx {
    dates_order order;
    short slot[HSIZE]; /* index + 1 into lexicon, 0 = empty */
    doc_state *doc;    /* mutable per-document memory (the ctx itself is shared as const) */
};

static uint32_t hash_lower(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)(s[i] | 0x20)) * 16777619u;
    return h;
}

dates_ctx *dates_new(dates_order order, ev_err *err)
{
    (void)err;
    dates_ctx *c = xcalloc(1, sizeof *c);
    c->order = order;
    c->doc = xcalloc(1, sizeof *c->doc);
    for (size_t i = 0; i < sizeof lexicon / sizeof *lexicon; i++) {
        uint32_t h = hash_lower(lexicon[i].w, strlen(lexicon[i].w)) & (HSIZE - 1);
        while (c->slot[h])
            h = (h + 1) & (HSIZE - 1);
        c->slot[h] = (short)(i + 1);
    }
    return c;
}

void dates_free(dates_ctx *ctx)
{
    if (ctx)
        free(ctx->doc);
    free(ctx);
}

void dates_begin_document(dates_ctx *ctx)
{
    memset(ctx->doc, 0, sizeof *ctx->doc);
}

const char *dates_type_name(timex_type t)
{
    static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};
    return names[t];
}

void timex_list_free(timex_list *l)
{
    free(l->v);
    memset(l, 0, sizeof *l);
}

static const lex_entry *lookup(const dates_ctx *c, const char *s, size_t n)
{
    if (n > 13)
        return NULL;
    uint32_t h = hash_lower(s, n) & (HSIZE - 1);
    while (c->slot[h]) {
        const lex_entry *e = &lexicon[c->slot[h] - 1];
        if (strncasecmp(e->w, s, n) == 0 && e->w[n] == '\0')
            return e;
        h = (h + 1) & (HSIZE - 1);
    }
    return NULL;
}

/* ---- tokens ---- */

enum { K_WORD, K_NUM, K_PUNCT };

typedef struct {
    size_t s, e;
    unsigned char kind, cls, sp, cap; /* sp: whitespace before; cap: upper-case initial */
    short val;
    long num; /* K_NUM: value; ndig in val */
} tok;

#define MAXTOK 768

typedef struct {
    const dates_ctx *c;
    const char *t;
    tok k[MAXTOK + 4];
    int n;
    ymd anchor;
    int has_anchor;
    int future;     /* will, shall, next, scheduled */
    int future_weak; /* would, plans, expected */
    int quarter_ctx; /* the sentence speaks of quarters: "a year ago" = that quarter */
    int past;        /* was, were, had */
    int past_ed;     /* a word in -ed */
    int cur_j;       /* the token the current match starts at */
    int period_ctx;  /* the sentence speaks of months or halves: "the nine months" */
    const doc_state *doc;
} scan;

/* the quarter the document is speaking of, if one was named in the last few sentences */
static int doc_quarter(const scan *s, int *y, int *q)
{
    if (!s->doc->qy || s->doc->sent - s->doc->q_sent > 6 || s->period_ctx)
        return 0;
    *y = s->doc->qy;
    *q = s->doc->qq;
    return 1;
}

static size_t tokenize(scan *s, size_t i, size_t end)
{
    const char *t = s->t;
    s->n = 0;
    int sp = 1;
    while (i < end && s->n < MAXTOK) {
        unsigned char ch = (unsigned char)t[i];
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
            sp = 1;
            i++;
            continue;
        }
        tok *k = &s->k[s->n++];
        memset(k, 0, sizeof *k);
        k->s = i;
        k->sp = (unsigned char)sp;
        sp = 0;
        if (isalpha(ch)) {
            size_t j = i;
            while (j < end && isalpha((unsigned char)t[j]))
                j++;
            k->kind = K_WORD;
            k->e = j;
            k->cap = isupper(ch) != 0;
            const lex_entry *e = lookup(s->c, t + i, j - i);
            if (e) {
                k->cls = e->cls;
                k->val = e->val;
            }
            i = j;
        } else if (isdigit(ch)) {
            size_t j = i;
            long v = 0;
            while (j < end && isdigit((unsigned char)t[j])) {
                if (j - i < 9)
                    v = v * 10 + (t[j] - '0');
                j++;
            }
            k->kind = K_NUM;
            k->e = j;
            k->num = v;
            k->val = (short)(j - i > 20 ? 20 : j - i);
            i = j;
        } else {
            k->kind = K_PUNCT;
            /* one UTF-8 character */
            size_t j = i + 1;
            while (j < end && ((unsigned char)t[j] & 0xC0) == 0x80)
                j++;
            k->e = j;
            i = j;
        }
    }
    memset(&s->k[s->n], 0, sizeof(tok) * 4);
    for (int q = 0; q < 4; q++)
        s->k[s->n + q].s = s->k[s->n + q].e = s->n ? s->k[s->n - 1].e : i;
    return i;
}

/* Callers look around a token: j may fall before the first token or past the last. */
static int is_kw(const scan *s, int j, int kw)
{
    return j >= 0 && j < s->n && s->k[j].cls == C_KW && s->k[j].val == kw;
}
static int is_cls(const scan *s, int j, int cls)
{
    return j >= 0 && j < s->n && s->k[j].cls == cls;
}
static int is_punct(const scan *s, int j, char c)
{
    return j >= 0 && j < s->n && s->k[j].kind == K_PUNCT && s->t[s->k[j].s] == c;
}
/* a straight or curly quotation mark */
static int is_quote(const scan *s, int j)
{
    if (j < 0 || j >= s->n || s->k[j].kind != K_PUNCT)
        return 0;
    const char *p = s->t + s->k[j].s;
    return *p == '"' || *p == '\'' ||
           (s->k[j].e - s->k[j].s >= 3 &&
            (memcmp(p, "\xe2\x80\x9c", 3) == 0 || memcmp(p, "\xe2\x80\x98", 3) == 0));
}

/* a hyphen glued to both neighbours: "third-quarter" */
static int glued_hyphen(const scan *s, int j)
{
    return is_punct(s, j, '-') && !s->k[j].sp && j + 1 < s->n && !s->k[j + 1].sp;
}
static int is_num(const scan *s, int j)
{
    return j >= 0 && j < s->n && s->k[j].kind == K_NUM;
}

/* ---- results ---- */

typedef struct {
    int end; /* token index after the match; 0 = none */
    timex x;
} hit;

static void put_date(hit *h, ymd d, date_prec p, int relative)
{
    h->x.type = TIMEX_DATE;
    h->x.prec = p;
    h->x.relative = relative;
    cal_format(d, p, h->x.value, sizeof h->x.value);
}

static void put_str(hit *h, timex_type ty, const char *v, int relative)
{
    h->x.type = ty;
    h->x.prec = PREC_NONE;
    h->x.relative = relative;
    snprintf(h->x.value, sizeof h->x.value, "%s", v);
}

static void iso_week(ymd d, int *year, int *week)
{
    ymd mon = cal_add_days(d, -cal_weekday(d));
    ymd thu = cal_add_days(mon, 3);
    *year = thu.y;
    *week = (int)((cal_day_number(thu) - cal_day_number((ymd){thu.y, 1, 1})) / 7 + 1);
}

static void put_week(hit *h, ymd d, const char *suffix)
{
    int y, w;
    iso_week(d, &y, &w);
    h->x.type = TIMEX_DATE;
    h->x.prec = PREC_WEEK;
    h->x.relative = 1;
    snprintf(h->x.value, sizeof h->x.value, "%04d-W%02d%s", y, w, suffix);
}

static void put_quarter(hit *h, int y, int q, int relative)
{
    while (q < 1)
        q += 4, y--;
    while (q > 4)
        q -= 4, y++;
    h->x.type = TIMEX_DATE;
    h->x.prec = PREC_QUARTER;
    h->x.relative = relative;
    snprintf(h->x.value, sizeof h->x.value, "%04d-Q%d", y, q);
}

static const char *const season_code[4] = {"SP", "SU", "FA", "WI"};
static const char *const pod_code[4] = {"MO", "AF", "EV", "NI"};

/* Duration value: P3W, PT24H, PXM, P10Y (decade), P100Y (century). n < 0 = unspecified. */
static void put_duration(hit *h, long n, int unit)
{
    char num[24];
    const char *u = "D";
    int t = 0;
    long mul = 1;
    switch (unit) {
    case U_SEC: u = "S"; t = 1; break;
    case U_MIN: u = "M"; t = 1; break;
    case U_HOUR: u = "H"; t = 1; break;
    case U_DAY: u = "D"; break;
    case U_WEEK: u = "W"; break;
    case U_WEEKEND: u = "WE"; break;
    case U_MONTH: u = "M"; break;
    case U_QUARTER: u = "Q"; break;
    case U_YEAR: u = "Y"; break;
    case U_DECADE: u = n < 0 ? "DE" : "Y"; mul = 10; break;
    case U_CENTURY: u = n < 0 ? "CE" : "Y"; mul = 100; break;
    case U_HALF: u = "M"; mul = 6; break;
    }
    if (n < 0)
        snprintf(num, sizeof num, "X");
    else
        snprintf(num, sizeof num, "%ld", n * mul);
    h->x.type = TIMEX_DURATION;
    h->x.prec = PREC_NONE;
    h->x.relative = 0;
    snprintf(h->x.value, sizeof h->x.value, "P%s%s%s", t ? "T" : "", num, u);
}

/* n and a half units: "2 1/2 years" P2Y6M, "a minute and a half" PT1M30S; units without
 * an exact half in the next smaller one keep the whole number. */
static void put_duration_half(hit *h, long n, int unit)
{
    static const struct { int unit; const char *fmt; int sub; } halves[] = {
        {U_YEAR, "P%ldY%dM", 6}, {U_DAY, "P%ldDT%dH", 12}, {U_HOUR, "PT%ldH%dM", 30},
        {U_MIN, "PT%ldM%dS", 30}};
    put_duration(h, n, unit);
    for (size_t i = 0; i < sizeof halves / sizeof halves[0]; i++)
        if (halves[i].unit == unit)
            snprintf(h->x.value, sizeof h->x.value, halves[i].fmt, n, halves[i].sub);
}

/* The date n units from the anchor (n negative = before), at the unit's precision. */
static void put_offset(hit *h, const scan *s, long n, int unit)
{
    ymd a = s->anchor;
    switch (unit) {
    case U_SEC:
    case U_MIN:
    case U_HOUR:
    case U_DAY:
        put_date(h, cal_add_days(a, unit == U_DAY ? n : 0), PREC_DAY, 1);
        break;
    case U_WEEK:
    case U_WEEKEND:
        put_week(h, cal_add_days(a, 7 * n), "");
        break;
    case U_MONTH:
        put_date(h, cal_add_months((ymd){a.y, a.m, 1}, (int)n), PREC_MONTH, 1);
        break;
    case U_HALF:
        put_date(h, cal_add_months((ymd){a.y, a.m, 1}, (int)n * 6), PREC_MONTH, 1);
        break;
    case U_QUARTER:
        put_quarter(h, a.y, (a.m - 1) / 3 + 1 + (int)n, 1);
        break;
    case U_YEAR:
        put_date(h, (ymd){a.y + (int)n, 0, 0}, PREC_YEAR, 1);
        break;
    case U_DECADE:
        h->x.type = TIMEX_DATE;
        h->x.prec = PREC_DECADE;
        h->x.relative = 1;
        snprintf(h->x.value, sizeof h->x.value, "%03d", (a.y + (int)n * 10) / 10);
        break;
    case U_CENTURY:
        h->x.type = TIMEX_DATE;
        h->x.prec = PREC_CENTURY;
        h->x.relative = 1;
        snprintf(h->x.value, sizeof h->x.value, "%02d", (a.y + (int)n * 100) / 100);
        break;
    }
}

static int unit_of(const scan *s, int j)
{
    return is_cls(s, j, C_UNIT) ? (s->k[j].val & 0xff) : -1;
}

/* an ordinal usable for quarters/halves: "first".."fourth", and "second" (a unit word) */
static int ord_at(const scan *s, int j)
{
    if (is_cls(s, j, C_ORD))
        return s->k[j].val;
    if (is_cls(s, j, C_UNIT) && s->k[j].val == U_SEC && j + 1 < s->n) {
        int u = j + 1 + (glued_hyphen(s, j + 1) ? 1 : 0); /* "second-quarter" */
        if (u < s->n && s->k[u].cls == C_UNIT &&
            ((s->k[u].val & 0xff) == U_QUARTER || (s->k[u].val & 0xff) == U_HALF))
            return 2;
    }
    return 0;
}

/* ---- numbers ---- */

/* A cardinal at j: "24", "twenty-four", "twenty four", "a dozen", "a couple of",
 * "several", "a few", "two hundred". *v = -1 for vague amounts. Returns the end, j if none.
 * "a"/"an" alone gives 1 (the caller decides whether a unit follows). */
static int parse_number(const scan *s, int j, long *v)
{
    const tok *k = &s->k[j];
    if (j >= s->n)
        return j;
    if (k->kind == K_NUM) {
        if (k->val > 6 || (j + 1 < s->n && !s->k[j + 1].sp && is_punct(s, j + 1, ',') &&
                           is_num(s, j + 2) && !s->k[j + 2].sp))
            return j;
        /* decimals: "1.5 years" -> not representable simply; skip */
        if (is_punct(s, j + 1, '.') && !s->k[j + 1].sp && is_num(s, j + 2) && !s->k[j + 2].sp)
            return j;
        *v = k->num;
        return j + 1;
    }
    if (k->cls == C_KW && k->val == KW_A) {
        if (is_kw(s, j + 1, KW_DOZEN)) {
            *v = 12;
            return j + 2;
        }
        if (is_kw(s, j + 1, KW_COUPLE)) {
            *v = 2;
            return is_kw(s, j + 2, KW_OF) ? j + 3 : j + 2;
        }
        if (is_cls(s, j + 1, C_FUZZ)) {
            *v = -1;
            return j + 2;
        }
        if (is_cls(s, j + 1, C_MULT)) {
            *v = s->k[j + 1].val;
            return j + 2;
        }
        *v = 1;
        return j + 1;
    }
    if (k->cls == C_FUZZ) {
        *v = -1;
        return j + 1;
    }
    if (k->cls == C_KW && k->val == KW_DOZEN) {
        *v = 12;
        return j + 1;
    }
    if (k->cls == C_KW && k->val == KW_COUPLE) {
        *v = 2;
        return is_kw(s, j + 1, KW_OF) ? j + 2 : j + 1;
    }
    long n;
    int e;
    if (k->cls == C_NUM) {
        n = k->val;
        e = j + 1;
    } else if (k->cls == C_TENS) {
        n = k->val;
        e = j + 1;
        if (glued_hyphen(s, e) && is_cls(s, e + 1, C_NUM) && s->k[e + 1].val < 10)
            n += s->k[e + 1].val, e += 2;
        else if (is_cls(s, e, C_NUM) && s->k[e].val < 10)
            n += s->k[e].val, e += 1;
    } else {
        return j;
    }
    if (is_cls(s, e, C_MULT)) {
        n *= s->k[e].val;
        e++;
    }
    *v = n;
    return e;
}

/* "nineteen ninety-six", "two thousand", "two thousand and one" as a year; returns end. */
static int parse_year_words(const scan *s, int j, int *y)
{
    if (is_cls(s, j, C_NUM) && (s->k[j].val == 19 || s->k[j].val == 18)) {
        long v;
        int e = parse_number(s, j + 1, &v);
        if (e > j + 1 && v >= 10 && v <= 99 && !is_cls(s, j + 1, C_KW)) {
            *y = s->k[j].val * 100 + (int)v;
            return e;
        }
        return j;
    }
    if (is_cls(s, j, C_NUM) && s->k[j].val == 2 && is_cls(s, j + 1, C_MULT) &&
        s->k[j + 1].val == 1000) {
        *y = 2000;
        int e = j + 2;
        if (is_cls(s, e, C_NUM) && s->k[e].val < 20) {
            *y += s->k[e].val;
            e++;
        }
        return e;
    }
    return j;
}

/* a four-digit year token, 1000..2099, not part of a bigger number */
static int year_tok(const scan *s, int j, int *y)
{
    if (!is_num(s, j) || s->k[j].val != 4 || s->k[j].num < 1000 || s->k[j].num > 2099)
        return 0;
    if (j + 1 < s->n && !s->k[j + 1].sp) {
        const tok *n = &s->k[j + 1];
        if (n->kind == K_NUM ||
            (n->kind == K_WORD && !(n->e - n->s == 1 && (s->t[n->s] | 0x20) == 's')))
            return 0;
        if ((s->t[n->s] == ',' || s->t[n->s] == '.' || s->t[n->s] == ':') && is_num(s, j + 2) &&
            !s->k[j + 2].sp)
            return 0;
    }
    if (j > 0 && !s->k[j].sp) {
        char c = s->t[s->k[j - 1].s];
        if (c == '$' || c == '#' || c == '.' || c == ',' || s->k[j - 1].kind != K_PUNCT)
            return 0;
    }
    *y = (int)s->k[j].num;
    return 1;
}

/* ---- resolution helpers ---- */

static int word_is(const scan *s, int j, const char *w)
{
    size_t n = strlen(w);
    return j >= 0 && j < s->n && s->k[j].kind == K_WORD && s->k[j].e - s->k[j].s == n &&
           strncasecmp(s->t + s->k[j].s, w, n) == 0;
}

/* A plan told in the past: "was due to", "had been scheduled to", "were expected to". */
static int past_frame(const scan *s, int j)
{
    return is_kw(s, j - 1, KW_WAS) || (word_is(s, j - 1, "been") && is_kw(s, j - 2, KW_WAS));
}

/* A lower-case word in -ed of five letters or more that is most likely a past tense or
 * participle ("resumed"); not "succeed", "indeed", "hatred". */
static int ed_word(const scan *s, int j)
{
    static const char *const not_past[] = {"succeed", "proceed", "exceed", "indeed", "speed",
                                           "breed", "bleed", "greed", "hatred", "sacred",
                                           "naked", "wicked", "kindred", "rugged", NULL};
    const tok *k = &s->k[j];
    size_t n = k->e - k->s;
    const char *w = s->t + k->s;
    if (k->kind != K_WORD || k->cls != C_NONE || k->cap || n < 5 || w[n - 2] != 'e' ||
        w[n - 1] != 'd')
        return 0;
    for (int i = 0; not_past[i]; i++)
        if (n == strlen(not_past[i]) && strncasecmp(w, not_past[i], n) == 0)
            return 0;
    return 1;
}

/* "was announced in March", "had closed on Friday": a participle after was, were or had
 * and before "in" or "on" tells when in a passive or a past perfect, a clear past (not
 * "was postponed to March", a day ahead). */
static int past_when(const scan *s, int j)
{
    return is_kw(s, j - 1, KW_WAS) && (is_kw(s, j + 1, KW_IN) || word_is(s, j + 1, "in") ||
                                       word_is(s, j + 1, "on"));
}

/* The tense cue of token j: +1 future (will, would, plans, scheduled, "set to", "due"),
 * +2 a present-tense verb of a scheduled event ("meets", "opens"), a future cue before
 * the expression only,
 * -2 a clear past (was, were, had, a common irregular past), -1 a likely past (said, a
 * verb in -ed, which may be an adjective: "payable Dec. 1" after "declared"), 0 none. */
static int tense_cue(const scan *s, int j)
{
    static const char *const irr[] = {"met", "began", "rose", "fell", "came", "went", "took",
                                      "made", "held", "left", "gave", "got", "sold", "bought",
                                      "saw", "won", "lost", "led", "became", "struck", "did",
                                      "ran", "sent", "kept", "paid", "fought", "spoke", "broke",
                                      "brought", "thought", "chose", "flew", "drove", "sued", "died",
                                      NULL};
    const tok *k = &s->k[j];
    if (k->kind != K_WORD)
        return 0;
    if (k->cls == C_KW) {
        switch (k->val) {
        case KW_WILL: case KW_WOULD:
            return 1;
        case KW_EXPECT: case KW_SCHEDULED:
            return past_frame(s, j) ? -2 : 1; /* "had been scheduled to expire Friday" */
        case KW_PLAN: /* "plans to", "planned a rally"; "the plan", "previously planned" are no cue */
            /* "was planned for early March"; "had been planned for" looks back; "vacation
             * plans for the trip" is a noun */
            if (word_is(s, j, "planned") && word_is(s, j + 1, "for") &&
                (word_is(s, j - 1, "is") || word_is(s, j - 1, "are") || word_is(s, j - 1, "was") ||
                 word_is(s, j - 1, "were") || word_is(s, j - 1, "been")))
                return word_is(s, j - 2, "had") ? -2 : 1;
            return word_is(s, j + 1, "to") || is_kw(s, j + 1, KW_A) || is_kw(s, j + 1, KW_THE) ? 1 : 0;
        case KW_TO: /* "is to resume", "are to meet" */
            return word_is(s, j - 1, "is") || word_is(s, j - 1, "are") ? 1 : 0;
        case KW_WAS:
            return -2; /* was, were, had: a strong past */
        case KW_SAID:
            return past_when(s, j) ? -2 : -1;
        }
        return 0;
    }
    if (k->cls == C_REL && k->val == 1 && k->e - k->s == 4 && !word_is(s, j + 1, "to"))
        return 1; /* "next", not "next to the embassy" */
    if (k->cls != C_NONE)
        return 0;
    size_t n = k->e - k->s;
    const char *w = s->t + k->s;
    if ((n == 3 && strncasecmp(w, "set", 3) == 0 && word_is(s, j + 1, "to")) ||
        (n == 3 && strncasecmp(w, "due", 3) == 0 && !past_frame(s, j)) ||
        (n == 5 && strncasecmp(w, "going", 5) == 0 && word_is(s, j + 1, "to")) ||
        (n == 2 && strncasecmp(w, "to", 2) == 0 && (word_is(s, j - 1, "is") || word_is(s, j - 1, "are"))))
        return 1;
    static const char *const pres[] = {"meets", "begins", "opens", "starts",
                                       "leaves", "arrives", "resumes", "returns", "visits",
                                       "travels", "heads", "convenes", "expires", "hosts",
                                       "plays", "faces", "takes", "holds", NULL};
    /* the plural present of the same verbs: "the two leaders meet Monday"; not after
     * "did" ("did not meet Monday"); after "to" the verb governing it is the cue */
    static const char *const base[] = {"meet", "begin", "open", "start", "leave", "arrive",
                                       "resume", "return", "visit", "travel", "convene",
                                       "expire", NULL};
    /* after a determiner these are nouns: "marked a return to", "the visits" */
    int noun = is_kw(s, j - 1, KW_A) || is_kw(s, j - 1, KW_THE) || word_is(s, j - 1, "its") ||
               word_is(s, j - 1, "their") || word_is(s, j - 1, "his") || word_is(s, j - 1, "her");
    if ((!k->cap || j > 0) && !noun) {
        for (int i = 0; pres[i]; i++)
            if (n == strlen(pres[i]) && strncasecmp(w, pres[i], n) == 0)
                return 2; /* present tense with a day ahead: "the summit opens Monday" */
        for (int i = 0; base[i]; i++)
            if (n == strlen(base[i]) && strncasecmp(w, base[i], n) == 0 &&
                !word_is(s, j - 1, "did") && !word_is(s, j - 2, "did") &&
                !word_is(s, j - 1, "didn't"))
                return word_is(s, j - 1, "to") ? 0 : 2; /* "due to expire": "due" decides */
    }
    if (ed_word(s, j)) {
        /* "a still unspecified date", "the reduced dividend": adjectives */
        if (is_kw(s, j - 1, KW_A) || is_kw(s, j - 1, KW_THE) || word_is(s, j - 1, "still") ||
            word_is(s, j - 1, "its") || word_is(s, j - 1, "their"))
            return 0;
        return past_when(s, j) ? -2 : -1;
    }
    for (int i = 0; irr[i]; i++)
        if (n == strlen(irr[i]) && strncasecmp(w, irr[i], n) == 0)
            return -2;
    return 0;
}

/* The tense around an expression at [j0, j1): the nearest cue to the left in the same
 * clause, else the nearest to the right. +1 future, -1 past, 0 unknown. */
static int local_tense(const scan *s, int j0, int j1)
{
    for (int j = j0 - 1, d = 0; j >= 0 && d < 12; j--, d++) {
        if (s->k[j].kind == K_PUNCT && (s->t[s->k[j].s] == ';' || s->t[s->k[j].s] == ':'))
            break;
        int c = tense_cue(s, j);
        if (c < 0 && !s->k[j].cls &&
            (word_is(s, j - 1, "be") || word_is(s, j - 1, "been") || word_is(s, j - 1, "have"))) {
            /* "will be delayed", "to be completed": a participle after a future modal
             * (not "was to start with claimed by Reuters": no "be" before the verb) */
            for (int i = j - 1; i >= 0 && i >= j - 3; i--)
                if (tense_cue(s, i) == 1 || word_is(s, i, "to"))
                    return 1;
        }
        if (c)
            return c > 1 ? 1 : c;
    }
    for (int j = j1, d = 0; j < s->n && d < 10; j++, d++) {
        if (s->k[j].kind == K_PUNCT && (s->t[s->k[j].s] == ';' || s->t[s->k[j].s] == ':'))
            break;
        int c = tense_cue(s, j);
        if (c && c < 2) /* a present tense after the day says little: "Tuesday's ... holds" */
            return c;
    }
    return 0;
}

/* Is there a "to" between token j and the nearest tense cue to its left (at most 12
 * tokens back)? Then what stands at j is the infinitive's, not the cue's. */
static int infinitive_before(const scan *s, int j)
{
    for (int k = j; k >= 0 && k > j - 12; k--) {
        if (word_is(s, k, "to"))
            return 1;
        if (tense_cue(s, k))
            return 0;
    }
    return 0;
}

/* A month without a year. In a future-tense sentence ("will", "would", "plans") the next
 * such month on or after the anchor's; in a past-tense one ("was", "were", "had") the
 * latest one up to the anchor's; otherwise the latest one too, unless the month is at most
 * three months ahead ("Dec. 7" written in November is this year's, as in TimeBank). */
static int month_year(const scan *s, int m)
{
    int y = s->anchor.y;
    int p = s->cur_j - 1;
    if (word_is(s, p, "until") || word_is(s, p, "till") || word_is(s, p, "through") ||
        word_is(s, p, "by") || word_is(s, p, "payable") || word_is(s, p, "effective")) {
        /* a deadline or a date a change takes effect: "until mid-November", "through
         * January", "payable Jan. 2" (written in October) */
        return m < s->anchor.m && s->anchor.m - m >= 6 ? y + 1 : y;
    }
    /* "in talks since May": a time that has begun, whatever the clause plans */
    if (word_is(s, p, "since"))
        return m > s->anchor.m ? y - 1 : y;
    int lt = local_tense(s, s->cur_j, s->cur_j + 1);
    /* a likely past told "in" the month is a past: "called off the talks in November",
     * "was first reported by X in June" (written in September, in May); not the time of
     * an infinitive it governs ("has decided to admit them in early March") */
    if (lt == -1 && (is_kw(s, p, KW_IN) || word_is(s, p, "in")) && !infinitive_before(s, p))
        lt = -2;
    if (lt > 0) {
        if (m < s->anchor.m)
            y++;
    } else if (lt < 0) {
        if (m > s->anchor.m + (lt < -1 ? 0 : 2))
            y--; /* "declared ..., payable Dec. 1" written in October: this year's */
    } else if (s->future || (s->future_weak && !s->past && !s->past_ed)) {
        if (m < s->anchor.m)
            y++;
    } else if (m > s->anchor.m) {
        if (m - s->anchor.m > 3 || s->past)
            y--;
    } else if (s->anchor.m - m >= 9 && !s->past && !s->past_ed) {
        y++; /* "January" written in October or later */
    }
    return y;
}

static void put_weekday(hit *h, const scan *s, int wd, int j0)
{
    int aw = cal_weekday(s->anchor);
    int lt = local_tense(s, s->cur_j < j0 ? s->cur_j : j0, j0 + 1);
    int fut = lt ? lt > 0 : s->future;
    /* "said Friday": the saying is past whatever the clause says */
    int p = (s->cur_j < j0 ? s->cur_j : j0) - 1; /* before "9 a.m. Tuesday" as a whole */
    if (p >= 0 && (is_kw(s, p, KW_IN) || (s->k[p].kind == K_WORD && s->k[p].e - s->k[p].s == 2 &&
                                        strncasecmp(s->t + s->k[p].s, "on", 2) == 0)))
        p--;
    if (p >= 0 && is_kw(s, p, KW_SAID))
        fut = 0;
    /* "Wednesday's ruling" is news already made; "until Tuesday", "as soon as Tuesday" a
     * deadline ahead */
    if (is_punct(s, j0 + 1, '\'') && is_kw(s, j0 + 2, KW_S))
        fut = 0;
    int to = word_is(s, j0 + 1, "to") || (is_cls(s, j0 + 1, C_POD) && word_is(s, j0 + 2, "to"));
    if (((word_is(s, p, "until") || word_is(s, p, "till")) && (lt >= -1 || to)) ||
        (word_is(s, p, "as") && word_is(s, p - 1, "soon")))
        fut = 1; /* "postponed until Tuesday", "gave them until Friday to sign"; but "until
                  * Thursday, they had not called him a suspect", "was held until Monday" */
    ymd d;
    if (fut) {
        int fwd = (wd - aw + 7) % 7;
        d = cal_add_days(s->anchor, fwd ? fwd : 7);
    } else {
        d = cal_add_days(s->anchor, -((aw - wd + 7) % 7));
    }
    put_date(h, d, PREC_DAY, 1);
}

/* quarter q (1..4) with no year: the latest one begun by the anchor (future: this year) */
static void put_quarter_noyear(hit *h, const scan *s, int q)
{
    int y = s->anchor.y;
    int lt = local_tense(s, s->cur_j, s->cur_j + 1);
    if (!(lt > 0 || (!lt && s->future)) && (q - 1) * 3 + 1 > s->anchor.m)
        y--;
    put_quarter(h, y, q, 1);
}

/* appends a time of day to a day value: "1998-02-13" + "T15:00" */
static void add_time(hit *h, const char *tm)
{
    size_t n = strlen(h->x.value);
    snprintf(h->x.value + n, sizeof h->x.value - n, "%s", tm);
    h->x.type = TIMEX_TIME;
    h->x.prec = PREC_TIME;
}

/* ---- matchers ---- */

/* in, of, since, until, by, through, from, during, before, after, last */
static int prep_before(const scan *s, int j)
{
    static const char *const w[] = {"since", "until", "by", "through", "from", "during",
                                    "before", "after", "till", "early", "late", "mid", NULL};
    if (j <= 0)
        return 0;
    const tok *p = &s->k[j - 1];
    if (is_kw(s, j - 1, KW_IN) || is_kw(s, j - 1, KW_OF) || is_kw(s, j - 1, KW_EARLY) ||
        is_kw(s, j - 1, KW_LATE))
        return 1;
    if (p->kind != K_WORD)
        return is_punct(s, j - 1, '-') && j >= 2 && is_kw(s, j - 2, KW_MID);
    for (int i = 0; w[i]; i++)
        if (p->e - p->s == strlen(w[i]) && strncasecmp(s->t + p->s, w[i], p->e - p->s) == 0)
            return 1;
    return 0;
}

/* "3 p.m.", "3:30 pm", "09:30 GMT", "10 a.m. EST", "noon". Returns end, j if none. */
static int parse_clock(const scan *s, int j, char *buf, size_t bsz)
{
    if (is_kw(s, j, KW_NOON) || is_kw(s, j, KW_MIDNIGHT)) {
        snprintf(buf, bsz, "T%s", is_kw(s, j, KW_NOON) ? "12:00" : "24:00");
        return j + 1;
    }
    if (!is_num(s, j) || s->k[j].val > 2)
        return j;
    int hh = (int)s->k[j].num, mm = 0, e = j + 1, colon = 0;
    if (is_punct(s, e, ':') && !s->k[e].sp && is_num(s, e + 1) && s->k[e + 1].val == 2 &&
        !s->k[e + 1].sp) {
        mm = (int)s->k[e + 1].num;
        e += 2;
        colon = 1;
    } else if (is_punct(s, e, '.') && !s->k[e].sp && is_num(s, e + 1) && s->k[e + 1].val == 2 &&
               !s->k[e + 1].sp &&
               (is_kw(s, e + 2, KW_AM) || is_kw(s, e + 2, KW_PM) ||
                (s->k[e + 2].kind == K_WORD && s->k[e + 2].e - s->k[e + 2].s == 1 &&
                 ((s->t[s->k[e + 2].s] | 0x20) == 'a' || (s->t[s->k[e + 2].s] | 0x20) == 'p') &&
                 is_punct(s, e + 3, '.') && is_kw(s, e + 4, KW_M)))) {
        mm = (int)s->k[e + 1].num;
        e += 2;
        colon = 1;
    }
    if (hh > 24 || mm > 59)
        return j;
    int ampm = 0; /* 1 am, 2 pm */
    if (is_kw(s, e, KW_AM) || is_kw(s, e, KW_PM)) {
        ampm = is_kw(s, e, KW_AM) ? 1 : 2;
        e++;
        if (is_punct(s, e, '.') && !s->k[e].sp)
            e++;
    } else if (s->k[e].kind == K_WORD && s->k[e].e - s->k[e].s == 1 &&
               ((s->t[s->k[e].s] | 0x20) == 'a' || (s->t[s->k[e].s] | 0x20) == 'p') &&
               is_punct(s, e + 1, '.') && !s->k[e + 1].sp && is_kw(s, e + 2, KW_M) &&
               !s->k[e + 2].sp) {
        ampm = (s->t[s->k[e].s] | 0x20) == 'a' ? 1 : 2;
        e += 3;
        if (is_punct(s, e, '.') && !s->k[e].sp)
            e++;
    }
    if (!ampm && !colon)
        return j;
    if (ampm && hh > 12)
        return j;
    if (ampm == 2 && hh < 12)
        hh += 12;
    if (ampm == 1 && hh == 12)
        hh = 0;
    if (is_kw(s, e, KW_ZONE))
        e++;
    snprintf(buf, bsz, "T%02d:%02d", hh % 100, mm % 100);
    return e;
}

/* the day named by a day word at j: today, yesterday, tomorrow, a weekday */
static int day_word(const scan *s, int j, ymd *d, int j0)
{
    if (is_kw(s, j, KW_TODAY) || is_kw(s, j, KW_TONIGHT)) {
        *d = s->anchor;
        return j + 1;
    }
    if (is_kw(s, j, KW_YESTERDAY)) {
        *d = cal_add_days(s->anchor, -1);
        return j + 1;
    }
    if (is_kw(s, j, KW_TOMORROW)) {
        *d = cal_add_days(s->anchor, 1);
        return j + 1;
    }
    if (is_cls(s, j, C_WDAY) && !(s->k[j].val & PLURAL) && s->k[j].cap) {
        hit h = {0};
        put_weekday(&h, s, s->k[j].val, j0);
        *d = (ymd){0, 0, 0};
        sscanf(h.x.value, "%d-%d-%d", &d->y, &d->m, &d->d);
        return j + 1;
    }
    return j;
}

/* "and a half" or a glued "1/2" at j: the tokens it takes, else 0. */
static int half_len(const scan *s, int j)
{
    if (word_is(s, j, "and") && is_kw(s, j + 1, KW_A) && unit_of(s, j + 2) == U_HALF)
        return 3;
    if (is_num(s, j) && s->k[j].num == 1 && is_punct(s, j + 1, '/') && !s->k[j + 1].sp &&
        is_num(s, j + 2) && s->k[j + 2].num == 2 && !s->k[j + 2].sp)
        return 3;
    return 0;
}

static int match_core(const scan *s, int j, hit *h, int after_the);
static int match_at(const scan *s, int j, hit *h);

/* "mid-afternoon yesterday", "late morning Friday": the day named after the part of day
 * at e; "in mid afternoon", "by late evening" alone: the anchor's day. j is "early",
 * "late" or "mid". */
static int match_part_of_day(const scan *s, int j, int e, hit *h)
{
    ymd d;
    int de = day_word(s, e + 1, &d, e + 1);
    if (de == e + 1) {
        static const char *const preps[] = {"in", "by", "until", "at", "during", "since", NULL};
        int prep = 0;
        for (int i = 0; preps[i] && !prep; i++)
            prep = word_is(s, j - 1, preps[i]);
        if (!prep)
            return 0;
        d = s->anchor;
    }
    char tm[8];
    snprintf(tm, sizeof tm, "T%s", pod_code[s->k[e].val & 0xff]);
    put_date(h, d, PREC_DAY, 1);
    add_time(h, tm);
    return de;
}
static int approx_len(const scan *s, int j);

/* Expressions led by a number: durations, "two years ago", "1990s", years, times,
 * numeric dates. */
static int match_number_led(const scan *s, int j, hit *h, int after_the)
{
    long v;
    int e = parse_number(s, j, &v);
    if (e > j && (is_kw(s, e, KW_TO) || is_kw(s, e, KW_OR)) && !is_kw(s, j, KW_A)) {
        /* "two to three weeks", "12 to 18 months": the first figure */
        long v2;
        int e2 = parse_number(s, e + 1, &v2);
        if (e2 > e + 1 && !is_kw(s, e + 1, KW_A) && unit_of(s, e2) >= 0)
            e = e2;
    }
    int half = 0;
    if (e > j && !is_kw(s, j, KW_A) && v > 0)
        half = half_len(s, e);
    e += half;
    if (e > j) {
        if ((word_is(s, e, "trading") || word_is(s, e, "business") || word_is(s, e, "working")) &&
            unit_of(s, e + 1) == U_DAY)
            e++; /* "eight trading days" */
        else if ((is_kw(s, e, KW_MORE) || word_is(s, e, "additional") || word_is(s, e, "extra")) &&
                 unit_of(s, e + 1) >= 0 && !is_kw(s, e + 2, KW_THAN))
            e++; /* "two more weeks", "three additional years" */
        int u = unit_of(s, e);
        int hyph = 0;
        if (u < 0 && glued_hyphen(s, e) && unit_of(s, e + 1) >= 0 &&
            !(s->k[e + 1].val & PLURAL)) {
            u = unit_of(s, e + 1);
            hyph = 1;
            e++;
        }
        if (u >= 0 && s->k[e].cap && j > 0 &&
            ((s->k[j - 1].kind == K_WORD && !s->k[j - 1].cap) || is_quote(s, j - 1)))
            return 0; /* 'on CBS's "60 Minutes"': a capitalised unit after a lower-case
                       * word or a quote names a programme */
        if (u >= 0 && u != U_HALF && !(e == j + 1 && is_kw(s, j, KW_A) && (s->k[e].val & PLURAL))) {
            int ue = e + 1;
            if (!hyph && glued_hyphen(s, ue))
                return 0; /* "a year-earlier loss" */
            if (!hyph && (u == U_QUARTER || u == U_HALF) && !(s->k[ue - 1].val & PLURAL) &&
                is_kw(s, ue, KW_OF))
                return 0; /* "a quarter of the market": a fraction */
            if (!hyph && u == U_SEC && !(s->k[ue - 1].val & PLURAL) && v == 1 && ue < s->n &&
                s->k[ue].kind == K_WORD && !s->k[ue].cls)
                return 0; /* "a second group": the ordinal */
            if (!hyph && is_kw(s, ue, KW_OLD))
                return 0; /* ages: "52 years old" */
            if (!hyph && s->k[j].kind == K_NUM && s->k[j].val == 4 && s->k[j].num >= 1000 &&
                !(s->k[ue - 1].val & PLURAL))
                goto not_duration; /* "the 1988 second quarter" */
            if (hyph) {
                /* "five-year"; an age ("a 9-month-old boy") is not a time (TimeBank and
                 * AQUAINT leave nearly all unmarked) */
                if (glued_hyphen(s, ue) && is_kw(s, ue + 1, KW_OLD))
                    return 0;
                put_duration(h, v, u);
                return ue;
            }
            if (!half && v > 0 && (half = half_len(s, ue)) == 3)
                ue += 3; /* "a year and a half" */
            if (half && !is_kw(s, ue, KW_AGO) && !is_kw(s, ue, KW_EARLIER) &&
                !is_kw(s, ue, KW_LATER)) {
                put_duration_half(h, v, u);
                return ue;
            }
            if (is_kw(s, ue, KW_OR) && (is_cls(s, ue + 1, C_NUM) || is_num(s, ue + 1)) &&
                !is_cls(s, ue + 2, C_UNIT)) {
                /* "a year or two" */
                ue += 2;
            }
            if (is_kw(s, ue, KW_OR) && is_kw(s, ue + 1, KW_SO))
                ue += 2;
            if ((is_kw(s, ue, KW_OR) || is_kw(s, ue, KW_TO)) && unit_of(s, ue + 1) >= 0 &&
                (s->k[ue + 1].val & PLURAL) && (s->k[ue - 1].val & PLURAL) != 0) {
                /* "weeks or months" */
                ue += 2;
            }
            if (is_kw(s, ue, KW_AGO) || ((is_kw(s, ue, KW_EARLIER) || is_kw(s, ue, KW_LATER)) &&
                                         !after_the)) {
                int dy, dq;
                if (u == U_DAY && v > 0 && s->doc->abs.y && s->doc->abs_prec >= PREC_DAY &&
                    local_tense(s, s->cur_j, ue + 1) <= 0 && (s->past || s->past_ed || local_tense(s, s->cur_j, ue + 1) < 0)) {
                    /* "Two days later, Bloomberg reported": from the day last named */
                    put_date(h, cal_add_days(s->doc->abs, is_kw(s, ue, KW_LATER) ? v : -v),
                             PREC_DAY, 1);
                    return ue; /* "later" is the signal, outside (TimeBank) */
                }
                if (is_kw(s, ue, KW_LATER)) {
                    /* "three days later": counted from an event, not from the anchor;
                     * the duration is the expression, "later" its signal (TimeBank) */
                    if (half)
                        put_duration_half(h, v, u);
                    else
                        put_duration(h, v, u);
                    return ue;
                }
                long sign = -1;
                if (v < 0)
                    put_str(h, TIMEX_DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF", 1);
                else if (u == U_YEAR && v == 1 && sign < 0 && !s->period_ctx &&
                         (s->quarter_ctx || doc_quarter(s, &dy, &dq))) {
                    if (doc_quarter(s, &dy, &dq))
                        put_quarter(h, dy - 1, dq, 1); /* the quarter spoken of, a year before */
                    else
                        put_offset(h, s, -5, U_QUARTER); /* the latest quarter, a year before */
                }
                else
                    put_offset(h, s, sign * v, u);
                return ue + 1;
            }
            if (is_kw(s, j, KW_A) && !after_the) {
                /* "twice a year", "$5 a month": a frequency */
                if (j > 0 && (is_kw(s, j - 1, KW_ONCE) || is_kw(s, j - 1, KW_TWICE) ||
                              is_kw(s, j - 1, KW_TIMES) || is_num(s, j - 1) ||
                              s->k[j - 1].kind == K_NUM)) {
                    put_duration(h, 1, u);
                    h->x.type = TIMEX_SET;
                    return ue;
                }
            }
            put_duration(h, v, u);
            return ue;
        }
    }
not_duration:
    if (!is_num(s, j))
        return 0;
    const tok *k = &s->k[j];
    char tm[16];
    int te = parse_clock(s, j, tm, sizeof tm);
    if (te > j) {
        /* a time told in the past ("was shot at 10 p.m.") is on the day last named */
        ymd day = s->anchor;
        if (s->doc->abs.y && s->doc->abs_prec >= PREC_DAY &&
            (local_tense(s, j, te) < 0 || (!local_tense(s, j, te) && s->past)))
            day = s->doc->abs;
        put_date(h, day, PREC_DAY, 1);
        add_time(h, tm);
        ymd d;
        int de = day_word(s, te, &d, te);
        if (de > te) {
            put_date(h, d, PREC_DAY, 1);
            add_time(h, tm);
            return de;
        }
        /* "5 p.m. EST, Nov. 6", "5 p.m. Nov. 9" */
        int ds = te + (is_punct(s, te, ',') ? 1 : 0);
        if (ds < s->n && is_cls(s, ds, C_MONTH)) {
            size_t used = cal_parse_date(s->t + s->k[ds].s, s->k[s->n - 1].e - s->k[ds].s, &d);
            if (used && d.d) {
                int rel = !d.y;
                if (!d.y) {
                    int sv = ((scan *)s)->cur_j;
                    ((scan *)s)->cur_j = ds;
                    d.y = month_year(s, d.m);
                    ((scan *)s)->cur_j = sv;
                }
                int e2 = ds;
                while (e2 < s->n && s->k[e2].e <= s->k[ds].s + used)
                    e2++;
                put_date(h, d, PREC_DAY, rel);
                add_time(h, tm);
                return e2;
            }
        }
        return te;
    }
    /* ISO and numeric dates */
    ymd d;
    size_t used = cal_parse_date(s->t + k->s, s->k[s->n - 1].e - k->s, &d);
    if (used && d.y) {
        int e2 = j;
        while (e2 < s->n && s->k[e2].e <= k->s + used)
            e2++;
        put_date(h, d, PREC_DAY, 0);
        return e2;
    }
    if (used && !d.y) {
        int e2 = j;
        while (e2 < s->n && s->k[e2].e <= k->s + used)
            e2++;
        d.y = month_year(s, d.m);
        put_date(h, d, PREC_DAY, 1);
        return e2;
    }
    /* 10/13/2024, 13.10.2024 */
    if (k->val <= 2 && (is_punct(s, j + 1, '/') || is_punct(s, j + 1, '.') ||
                        is_punct(s, j + 1, '-')) &&
        !s->k[j + 1].sp && is_num(s, j + 2) && s->k[j + 2].val <= 2 && !s->k[j + 2].sp &&
        is_punct(s, j + 3, s->t[s->k[j + 1].s]) && !s->k[j + 3].sp && is_num(s, j + 4) &&
        !s->k[j + 4].sp && (s->k[j + 4].val == 4 || s->k[j + 4].val == 2)) {
        int a = (int)k->num, b = (int)s->k[j + 2].num, y = (int)s->k[j + 4].num;
        if (s->k[j + 4].val == 2)
            y += y < 50 ? 2000 : 1900;
        int m = a, dd = b;
        if (s->c->order == DATES_ORDER_DMY || a > 12)
            m = b, dd = a;
        if (m > 12) /* the order named does not fit; use the other */
            m = a, dd = b;
        ymd r = {y, m, dd};
        if (cal_valid(r) && dd) {
            put_date(h, r, PREC_DAY, 0);
            return j + 5;
        }
    }
    int y;
    if (year_tok(s, j, &y)) {
        /* "1990s", "1990's" */
        if (!s->k[j + 1].sp && s->k[j + 1].kind == K_WORD && s->k[j + 1].e - s->k[j + 1].s == 1 &&
            (s->t[s->k[j + 1].s] | 0x20) == 's') {
            h->x.type = TIMEX_DATE;
            h->x.prec = PREC_DECADE;
            snprintf(h->x.value, sizeof h->x.value, "%03d", y / 10);
            return j + 2;
        }
        put_date(h, (ymd){y, 0, 0}, PREC_YEAR, 0);
        int e2 = j + 1;
        if (ord_at(s, e2) && ord_at(s, e2) <= 4 && unit_of(s, e2 + 1) == U_QUARTER &&
            !(s->k[e2 + 1].val & PLURAL)) {
            put_quarter(h, y, ord_at(s, e2), 0);
            return e2 + 2;
        }
        if (after_the && (is_kw(s, e2, KW_PERIOD) ||
                          (unit_of(s, e2) == U_QUARTER && !(s->k[e2].val & PLURAL)))) {
            int dy, dq;
            if (doc_quarter(s, &dy, &dq) || unit_of(s, e2) == U_QUARTER) {
                if (!doc_quarter(s, &dy, &dq) && (dq = (s->anchor.m - 1) / 3) == 0)
                    dq = 4; /* the latest quarter ended by the anchor */
                put_quarter(h, y, dq, 0); /* "the 1988 period": the quarter spoken of */
            }
            e2++;
        }
        /* "1989 fourth quarter" not handled; "the 1990 third quarter" neither */
        return e2;
    }
    /* "the 20th century" */
    if (k->val <= 2 && s->k[j + 1].kind == K_WORD && !s->k[j + 1].sp &&
        s->k[j + 1].e - s->k[j + 1].s == 2 && unit_of(s, j + 2) == U_CENTURY) {
        h->x.type = TIMEX_DATE;
        h->x.prec = PREC_CENTURY;
        snprintf(h->x.value, sizeof h->x.value, "%02ld", k->num - 1);
        return j + 3;
    }
    return 0;
}

/* "October 13, 2024", "Oct. 13", "November 2023", "January this year", "January". */
static int match_month(const scan *s, int j, hit *h)
{
    const tok *k = &s->k[j];
    int m = k->val;
    ymd d;
    /* bare "may"/"march" are usually verbs: need a capital, and "May" needs a number */
    size_t used = cal_parse_date(s->t + k->s, s->k[s->n - 1].e - k->s, &d);
    if (used) {
        int e = j;
        while (e < s->n && s->k[e].e <= k->s + used)
            e++;
        if (d.y) {
            put_date(h, d, PREC_DAY, 0);
        } else {
            d.y = month_year(s, d.m);
            put_date(h, d, PREC_DAY, 1);
            int y;
            if (is_punct(s, e, ',') && parse_year_words(s, e + 1, &y) > e + 1) {
                d.y = y;
                put_date(h, d, PREC_DAY, 0);
                e = parse_year_words(s, e + 1, &y);
            }
        }
        return e;
    }
    int e = j + 1;
    if (is_punct(s, e, '.') && !s->k[e].sp &&
        ((k->e - k->s == 3 && m != 5) || (k->e - k->s == 4 && (s->t[k->s] | 0x20) == 's')))
        e++;
    int y;
    int ye = e;
    if (is_punct(s, ye, ','))
        ye++;
    if (is_kw(s, ye, KW_OF))
        ye++;
    if (year_tok(s, ye, &y) && !(is_punct(s, ye + 1, '-') && !s->k[ye + 1].sp)) {
        put_date(h, (ymd){y, m, 0}, PREC_MONTH, 0);
        return ye + 1;
    }
    int we = parse_year_words(s, ye, &y);
    if (we > ye) {
        put_date(h, (ymd){y, m, 0}, PREC_MONTH, 0);
        return we;
    }
    /* "in October of that year", "in March that same year": the year last named */
    int te = is_kw(s, ye, KW_THAT) ? ye + 1 : is_kw(s, ye, KW_THE) && is_kw(s, ye + 1, KW_SAME) ? ye + 2 : 0;
    if (te && is_kw(s, te, KW_SAME))
        te++;
    if (te && unit_of(s, te) == U_YEAR && !(s->k[te].val & PLURAL) && s->doc->abs.y) {
        put_date(h, (ymd){s->doc->abs.y, m, 0}, PREC_MONTH, 1);
        return te + 1;
    }
    if (is_cls(s, e, C_REL) && unit_of(s, e + 1) == U_YEAR && !(s->k[e + 1].val & PLURAL)) {
        put_date(h, (ymd){s->anchor.y + s->k[e].val, m, 0}, PREC_MONTH, 1);
        return e + 2;
    }
    if (!k->cap || k->e - k->s < 3)
        return 0;
    if (m == 5 && !prep_before(s, j))
        return 0; /* "May" alone is the verb unless a preposition precedes it */
    if (e > j + 1 || (k->e - k->s <= 4 && m != 6 && m != 7 && m != 5))
        return 0; /* bare abbreviations are names ("Mar", "Jan") */
    put_date(h, (ymd){month_year(s, m), m, 0}, PREC_MONTH, 1);
    return e;
}

/* "Friday", "Friday morning", "Saturday night", "Friday, April 10" */
static int match_weekday(const scan *s, int j, hit *h)
{
    const tok *k = &s->k[j];
    if (!k->cap)
        return 0;
    ymd d;
    size_t used = cal_parse_date(s->t + k->s, s->k[s->n - 1].e - k->s, &d);
    if (used) {
        int e = j;
        while (e < s->n && s->k[e].e <= k->s + used)
            e++;
        if (e > j + 1) {
            if (!d.y) {
                d.y = month_year(s, d.m);
                put_date(h, d, PREC_DAY, 1);
            } else {
                put_date(h, d, PREC_DAY, 0);
            }
            return e;
        }
    }
    if (k->val & PLURAL) {
        char v[24];
        snprintf(v, sizeof v, "XXXX-WXX-%d", (k->val & 0xff) + 1);
        put_str(h, TIMEX_SET, v, 0);
        return j + 1;
    }
    int e = j + 1;
    if (is_cls(s, e, C_POD) && (s->k[e].val & PLURAL)) {
        /* "Tuesday nights": every Tuesday night */
        char v[24];
        snprintf(v, sizeof v, "XXXX-WXX-%dT%s", k->val + 1, pod_code[s->k[e].val & 0xff]);
        put_str(h, TIMEX_SET, v, 0);
        return e + 1;
    }
    put_weekday(h, s, k->val, j);
    if (is_cls(s, e, C_POD) && !(s->k[e].val & PLURAL)) {
        char tm[8];
        snprintf(tm, sizeof tm, "T%s", pod_code[s->k[e].val]);
        add_time(h, tm);
        return e + 1;
    }
    char tm[16];
    int te = parse_clock(s, e, tm, sizeof tm);
    if (te > e) {
        add_time(h, tm);
        return te;
    }
    return e;
}

/* "last week", "this year", "next quarter", "previous November", "past two months",
 * "the last decade", "this morning", "final thirty day period", "coming months" */
static int match_rel(const scan *s, int j, hit *h, int after_the)
{
    (void)after_the;
    int dir = s->k[j].val;
    int e = j + 1;
    long v;
    if (is_kw(s, e, KW_FISCAL) && unit_of(s, e + 1) == U_YEAR)
        e++;
    if (dir == 0 && is_cls(s, e, C_REL) && s->k[e].val != 0)
        return match_rel(s, e, h, 0); /* "this past spring", "this coming Sunday" */
    if (dir < 0 && unit_of(s, e) == U_HALF && is_kw(s, e + 1, KW_OF)) {
        int y;
        if (year_tok(s, e + 2, &y)) {
            put_str(h, TIMEX_DATE, "", 0);
            snprintf(h->x.value, sizeof h->x.value, "%04d-H2", y);
            return e + 3;
        }
    }
    int ne = parse_number(s, e, &v);
    if (ne > e && !is_kw(s, e, KW_A)) {
        int u = unit_of(s, ne);
        int ue = ne + 1;
        /* "thirty day period", "thirty-day period" */
        if (u < 0 && glued_hyphen(s, ne))
            u = unit_of(s, ne + 1), ue = ne + 2;
        if (u >= 0 && is_kw(s, ue, KW_PERIOD) && !(s->k[ue - 1].val & PLURAL)) {
            if (v == 30 && u == U_DAY && dir < 0) {
                put_offset(h, s, -1, U_MONTH);
                return ue + 1;
            }
            /* spun "last year"/"last week": "previous 12-month period", "past seven day
             * period" */
            if (dir < 0 && ((v == 12 && u == U_MONTH) || (v == 52 && u == U_WEEK) ||
                            (v == 365 && u == U_DAY))) {
                put_offset(h, s, -1, U_YEAR);
                return ue + 1;
            }
            if (dir < 0 && v == 7 && u == U_DAY) {
                put_offset(h, s, -1, U_WEEK);
                return ue + 1;
            }
            put_duration(h, v, u);
            return ue + 1;
        }
        if (ue == ne + 2 && glued_hyphen(s, ue) && is_kw(s, ue + 1, KW_OLD))
            return 0; /* "this 6-year-old": an age */
        if (u >= 0 && (v != 1 || !(s->k[ue - 1].val & PLURAL))) {
            put_duration(h, v, u);
            return ue;
        }
        return 0;
    }
    if (is_cls(s, e, C_UNIT)) {
        int u = s->k[e].val & 0xff;
        if (s->k[e].val & PLURAL) {
            /* "coming months", "coming weeks": an unspecified stretch (TimeBank PXM) */
            if (u == U_HALF || u == U_WEEKEND)
                return 0;
            put_duration(h, -1, u);
            return e + 1;
        }
        if (u == U_WEEKEND) {
            ymd a = s->anchor;
            int aw = cal_weekday(a);
            ymd d = a;
            if (dir < 0)
                d = cal_add_days(a, aw >= 5 ? -7 : -aw - 1);
            else if (dir > 0)
                d = cal_add_days(a, aw >= 5 ? 7 : 5 - aw);
            else
                d = cal_add_days(a, aw >= 5 ? 0 : (s->future ? 5 - aw : -aw - 1));
            put_week(h, d, "-WE");
            return e + 1;
        }
        if (u == U_DAY) {
            if (after_the && dir != 0 && s->doc->abs.y && s->doc->abs_prec >= PREC_DAY &&
                (word_is(s, j, "following") || word_is(s, j, "previous") || word_is(s, j, "next") ||
                 word_is(s, j, "preceding") || word_is(s, j, "prior"))) {
                put_date(h, cal_add_days(s->doc->abs, dir), PREC_DAY, 1);
                return e + 1;
            }
            return 0;
        }
        if (u == U_HALF) {
            ymd a = s->anchor;
            int half = (a.m - 1) / 6 + 1 + dir;
            int y = a.y;
            if (half < 1)
                half = 2, y--;
            if (half > 2)
                half = 1, y++;
            h->x.type = TIMEX_DATE;
            h->x.prec = PREC_QUARTER;
            h->x.relative = 1;
            snprintf(h->x.value, sizeof h->x.value, "%04d-H%d", y, half);
            return e + 1;
        }
        /* "the following year", "the previous month": from the date last named, if any */
        if (after_the && dir != 0 &&
            (word_is(s, j, "following") || word_is(s, j, "previous") ||
             word_is(s, j, "preceding") || word_is(s, j, "prior")) &&
            s->doc->abs.y &&
            ((u == U_YEAR && s->doc->abs_prec >= PREC_YEAR) ||
             (u == U_MONTH && s->doc->abs_prec >= PREC_MONTH))) {
            ymd a = s->doc->abs;
            if (u == U_YEAR)
                put_date(h, (ymd){a.y + dir, 0, 0}, PREC_YEAR, 1);
            else
                put_date(h, cal_add_months((ymd){a.y, a.m, 1}, dir), PREC_MONTH, 1);
            return e + 1;
        }
        int dy, dq;
        if (u == U_QUARTER && dir == 0 && (s->t[s->k[j].s] | 0x20) == 't' && doc_quarter(s, &dy, &dq))
            put_quarter(h, dy, dq, 1); /* "this quarter" in a report on a quarter */
        else
            put_offset(h, s, dir, u);
        /* "this year's third quarter" */
        if (u == U_YEAR && is_punct(s, e + 1, '\'') && is_kw(s, e + 2, KW_S) &&
            ord_at(s, e + 3) && unit_of(s, e + 4) == U_QUARTER && ord_at(s, e + 3) <= 4) {
            put_quarter(h, s->anchor.y + dir, ord_at(s, e + 3), 1);
            return e + 5;
        }
        return e + 1;
    }
    if (is_cls(s, e, C_MONTH) && s->k[e].cap && s->k[e].e - s->k[e].s >= 3) {
        int m = s->k[e].val, y = s->anchor.y;
        ymd d;
        size_t used = cal_parse_date(s->t + s->k[e].s, s->k[s->n - 1].e - s->k[e].s, &d);
        if (used && !d.y && d.d) {
            /* "last Oct. 23": the last such day before the anchor, the next one after */
            int before = m < s->anchor.m || (m == s->anchor.m && d.d < s->anchor.d);
            int after = m > s->anchor.m || (m == s->anchor.m && d.d > s->anchor.d);
            d.y = y - (dir < 0 && !before) + (dir > 0 && !after);
            put_date(h, d, PREC_DAY, 1);
            int de = e;
            while (de < s->n && s->k[de].e <= s->k[e].s + used)
                de++;
            return de;
        }
        /* "last February" written in March is a year back: the month just gone is
         * "last month" */
        if (dir < 0 && m >= s->anchor.m - 1)
            y--;
        else if (dir > 0 && m <= s->anchor.m)
            y++;
        put_date(h, (ymd){y, m, 0}, PREC_MONTH, 1);
        return e + 1 + (is_punct(s, e + 1, '.') && !s->k[e + 1].sp &&
                        (s->k[e].e - s->k[e].s == 3 ||
                         (s->k[e].e - s->k[e].s == 4 && (s->t[s->k[e].s] | 0x20) == 's')));
    }
    if (is_cls(s, e, C_WDAY) && !(s->k[e].val & PLURAL)) {
        int wd = s->k[e].val, aw = cal_weekday(s->anchor);
        ymd d;
        if (dir < 0)
            d = cal_add_days(s->anchor, -((aw - wd + 7) % 7 ? (aw - wd + 7) % 7 : 7));
        else if (dir > 0)
            d = cal_add_days(s->anchor, (wd - aw + 7) % 7 ? (wd - aw + 7) % 7 : 7);
        else {
            int fwd = (wd - aw + 7) % 7;
            d = cal_add_days(s->anchor, s->future ? fwd : -((aw - wd + 7) % 7));
        }
        put_date(h, d, PREC_DAY, 1);
        if (is_cls(s, e + 1, C_POD)) {
            char tm[8];
            snprintf(tm, sizeof tm, "T%s", pod_code[s->k[e + 1].val & 0xff]);
            add_time(h, tm);
            return e + 2;
        }
        return e + 1;
    }
    if (is_cls(s, e, C_SEASON)) {
        int q = s->k[e].val, y = s->anchor.y;
        int cur = s->anchor.m >= 3 && s->anchor.m <= 5 ? 0 : s->anchor.m >= 6 && s->anchor.m <= 8 ? 1
                  : s->anchor.m >= 9 && s->anchor.m <= 11 ? 2 : 3;
        if (s->anchor.m <= 2)
            y--; /* January and February belong to the winter begun the year before */
        if (dir < 0 && q >= cur)
            y--;
        else if (dir > 0 && q <= cur)
            y++;
        char sv[16];
        snprintf(sv, sizeof sv, "%04d-%s", y, season_code[q]);
        put_str(h, TIMEX_DATE, sv, 1);
        return e + 1;
    }
    if (dir < 0 && is_cls(s, e, C_POD) && (s->k[e].val & 0xff) == 3 &&
        s->k[j].e - s->k[j].s == 4 && (s->t[s->k[j].s] | 0x20) == 'l') {
        put_date(h, cal_add_days(s->anchor, -1), PREC_DAY, 1);
        add_time(h, "TNI");
        return e + 1;
    }
    if (dir == 0 && is_cls(s, e, C_POD) && s->k[j].e - s->k[j].s == 4) {
        put_date(h, s->anchor, PREC_DAY, 1);
        char tm[8];
        snprintf(tm, sizeof tm, "T%s", pod_code[s->k[e].val & 0xff]);
        add_time(h, tm);
        return e + 1;
    }
    if (ord_at(s, e) && unit_of(s, e + 1) == U_QUARTER && ord_at(s, e) <= 4) {
        put_quarter(h, s->anchor.y, ord_at(s, e), 1);
        return e + 2;
    }
    return 0;
}

/* "(first) two quarters of 1990" at j: the first half of that year */
static int first_two_quarters(const scan *s, int j, hit *h)
{
    int y;
    if (!is_cls(s, j, C_NUM) || s->k[j].val != 2 || unit_of(s, j + 1) != U_QUARTER ||
        !(s->k[j + 1].val & PLURAL) || !is_kw(s, j + 2, KW_OF) || !year_tok(s, j + 3, &y))
        return 0;
    put_str(h, TIMEX_DATE, "", 0);
    snprintf(h->x.value, sizeof h->x.value, "%04d-H1", y);
    return 1;
}

/* "third quarter", "third-quarter", "first half", "first nine months", "fourth quarter of
 * 1990" */
static int match_ord(const scan *s, int j, hit *h, int after_the)
{
    int q = ord_at(s, j);
    int e = j + 1;
    if (q == 1 && first_two_quarters(s, e, h))
        return e + 4;
    if (glued_hyphen(s, e))
        e++;
    int fiscal = 0;
    int u = unit_of(s, e);
    if ((u == U_QUARTER || u == U_HALF) && !(s->k[e].val & PLURAL) && q <= 4) {
        int ye = e + 1, y;
        if (u == U_HALF && q > 2)
            return 0;
        if (is_kw(s, ye, KW_OF)) {
            int ye2 = ye + 1;
            if (is_kw(s, ye2, KW_FISCAL))
                ye2++, fiscal = 1;
            if (year_tok(s, ye2, &y)) {
                if (u == U_QUARTER)
                    put_quarter(h, y, q, 0);
                else
                    put_str(h, TIMEX_DATE, "", 0), snprintf(h->x.value, sizeof h->x.value,
                                                            "%04d-H%d", y, q);
                return ye2 + 1;
            }
            if ((is_kw(s, ye2, KW_THE) || is_cls(s, ye2, C_REL)) && unit_of(s, ye2 + 1) == U_YEAR) {
                int dir = is_cls(s, ye2, C_REL) ? s->k[ye2].val : 0;
                put_quarter(h, s->anchor.y + dir, q, 1);
                if (u == U_HALF)
                    snprintf(h->x.value, sizeof h->x.value, "%04d-H%d", s->anchor.y + dir, q);
                return ye2 + 2;
            }
        }
        if (u == U_QUARTER)
            put_quarter_noyear(h, s, q);
        else {
            int y2 = s->anchor.y;
            if (!s->future && (q - 1) * 6 + 1 > s->anchor.m)
                y2--;
            h->x.type = TIMEX_DATE;
            h->x.prec = PREC_QUARTER;
            h->x.relative = 1;
            snprintf(h->x.value, sizeof h->x.value, "%04d-H%d", y2, q);
        }
        (void)fiscal;
        return e + 1;
    }
    if (q == 1 || after_the) {
        long v;
        int ne = parse_number(s, j + 1, &v);
        if (ne > j + 1 && unit_of(s, ne) >= 0 && !is_kw(s, j + 1, KW_A)) {
            put_duration(h, v, unit_of(s, ne));
            return ne + 1;
        }
    }
    return 0;
}

/* "that year", "the same day": the date the document last named, at the precision of the
 * unit that follows, when the document named one that precise. */
static int last_named_at_unit(const scan *s, int j, hit *h)
{
    int u = unit_of(s, j + 1);
    date_prec p = u == U_YEAR ? PREC_YEAR : u == U_MONTH ? PREC_MONTH : u == U_DAY ? PREC_DAY
                                                                                   : PREC_NONE;
    if (!s->doc->abs.y || p == PREC_NONE || (s->k[j + 1].val & PLURAL) || s->doc->abs_prec < p)
        return 0;
    put_date(h, s->doc->abs, p, 1);
    return j + 2;
}

/* "that" at j opening a clause after a verb of saying or a noun such as "fact", rather
 * than pointing back ("called off that July") */
static int conjunction_that(const scan *s, int j)
{
    static const char *const w[] = {"fact", "so", "such", "hope", "hopes", "believe",
                                    "believes", "believed", "know", "knows", "knew", "noted",
                                    "argued", "warned", "added", "claimed", "insisted",
                                    "confirmed", "stated", "news", "signs", NULL};
    if (is_kw(s, j - 1, KW_SAID))
        return 1;
    for (int i = 0; w[i]; i++)
        if (word_is(s, j - 1, w[i]))
            return 1;
    return 0;
}

static int match_kw(const scan *s, int j, hit *h, int after_the)
{
    int kw = s->k[j].val;
    ymd d;
    if (after_the && (kw == KW_NOW || kw == KW_CURRENTLY || kw == KW_RECENTLY ||
                      kw == KW_PREVIOUSLY || kw == KW_TODAY || kw == KW_YESTERDAY ||
                      kw == KW_TOMORROW || kw == KW_TONIGHT || kw == KW_SOON))
        return 0;
    switch (kw) {
    case KW_NOW:
    case KW_CURRENTLY:
    case KW_NOWADAYS:
        put_str(h, TIMEX_DATE, "PRESENT_REF", 1);
        return j + 1;
    case KW_RECENTLY:
    case KW_FORMERLY:
        put_str(h, TIMEX_DATE, "PAST_REF", 1);
        return j + 1;
    case KW_FORMER:
        return 0;
    case KW_RECENT:
        if (unit_of(s, j + 1) >= 0 && (s->k[j + 1].val & PLURAL)) {
            int u = unit_of(s, j + 1);
            if (u == U_QUARTER)
                u = U_MONTH; /* "recent quarters": PXM in TimeBank */
            if (u == U_DAY) {
                /* "recent days": PAST_REF in TimeBank ("recent years" is split, kept PXY) */
                put_str(h, TIMEX_DATE, "PAST_REF", 1);
                return j + 2;
            }
            put_duration(h, -1, u); /* "recent years": PXY */
            return j + 2;
        }
        return 0; /* bare "recent" is mostly not annotated */
    case KW_FUTURE:
        if (!after_the)
            return 0;
        put_str(h, TIMEX_DATE, "FUTURE_REF", 1);
        return j + 1;
    case KW_NEAR:
        if (after_the && (is_kw(s, j + 1, KW_FUTURE) || is_kw(s, j + 1, KW_TERM))) {
            put_str(h, TIMEX_DATE, "FUTURE_REF", 1);
            return j + 2;
        }
        return 0;
    case KW_TONIGHT:
        put_date(h, s->anchor, PREC_DAY, 1);
        add_time(h, "TNI");
        return j + 1;
    case KW_TODAY:
    case KW_YESTERDAY:
    case KW_TOMORROW: {
        day_word(s, j, &d, j);
        put_date(h, d, PREC_DAY, 1);
        int e = j + 1;
        if (is_cls(s, e, C_POD) && !(s->k[e].val & PLURAL)) {
            char tm[8];
            snprintf(tm, sizeof tm, "T%s", pod_code[s->k[e].val]);
            add_time(h, tm);
            return e + 1;
        }
        return e;
    }
    case KW_YEAREARLIER:
        return 0;
    case KW_EARLY:
    case KW_LATE:
    case KW_MID:
    case KW_EARLIER:
    case KW_LATER: {
        int e = j + 1;
        if ((kw == KW_EARLIER || kw == KW_LATER) && !after_the && is_kw(s, e, KW_IN) &&
            is_kw(s, e + 1, KW_THE) && unit_of(s, e + 2) >= U_WEEK &&
            unit_of(s, e + 2) != U_WEEKEND && unit_of(s, e + 2) != U_HALF &&
            !(s->k[e + 2].val & PLURAL) && !is_kw(s, e + 3, KW_OF)) {
            /* "earlier in the year", "later in the month": the anchor's */
            put_offset(h, s, 0, unit_of(s, e + 2));
            return e + 3;
        }
        if (kw == KW_EARLIER || kw == KW_LATER)
            return 0; /* "earlier this month": TimeBank leaves "earlier" out */
        if (kw == KW_MID && glued_hyphen(s, e))
            e++;
        else if (is_punct(s, e, '-') && !s->k[e].sp)
            e++;
        if (is_cls(s, e, C_POD) && !(s->k[e].val & PLURAL))
            return match_part_of_day(s, j, e, h);
        hit in = {0};
        int ie = match_core(s, e, &in, 0);
        if (ie > e) {
            int it = is_cls(s, e, C_REL) || is_cls(s, e, C_MONTH) || is_cls(s, e, C_WDAY) ||
                     is_num(s, e) || is_kw(s, e, KW_YESTERDAY) || is_kw(s, e, KW_TODAY) ||
                     is_kw(s, e, KW_TOMORROW) || is_cls(s, e, C_SEASON);
            if (!it || in.x.type == TIMEX_DURATION)
                return 0;
            *h = in;
            return ie;
        }
        return 0;
    }
    case KW_END:
    case KW_BEGINNING:
    case KW_MIDDLE:
    case KW_START: {
        if (!after_the || !is_kw(s, j + 1, KW_OF))
            return 0;
        int e = j + 2;
        int th = is_kw(s, e, KW_THE);
        hit in = {0};
        int ie = match_core(s, e + th, &in, th);
        if (ie > e + th && in.x.type != TIMEX_DURATION) {
            *h = in;
            return ie;
        }
        if (th && unit_of(s, e + 1) >= 0 && !(s->k[e + 1].val & PLURAL)) {
            put_offset(h, s, 0, unit_of(s, e + 1));
            return e + 2;
        }
        return 0;
    }
    case KW_FISCAL: {
        int y, e = j + 1;
        if (ord_at(s, j + 1)) {
            hit in = {0};
            int ie = match_ord(s, j + 1, &in, after_the);
            if (ie > j + 1) {
                *h = in;
                return ie;
            }
        }
        if (unit_of(s, e) == U_YEAR)
            e++;
        if (year_tok(s, e, &y)) {
            put_date(h, (ymd){y, 0, 0}, PREC_YEAR, 0);
            return e + 1;
        }
        if (is_num(s, e) && s->k[e].val == 2 && !s->k[e].sp) {
            /* fiscal '90 */
        }
        if (is_cls(s, j + 1, C_ORD) || is_cls(s, j + 1, C_REL)) {
            hit in = {0};
            int ie = match_core(s, j + 1, &in, after_the);
            if (ie > j + 1) {
                *h = in;
                return ie;
            }
        }
        if (after_the && unit_of(s, j + 1) == U_YEAR) {
            put_duration(h, 1, U_YEAR);
            return j + 2;
        }
        return 0;
    }
    case KW_EVERY:
    case KW_EACH: {
        int e = j + 1;
        long v = 1;
        int ne = parse_number(s, e, &v);
        if (ne > e && !is_kw(s, e, KW_A))
            e = ne;
        else
            v = 1;
        if (is_cls(s, e, C_WDAY)) {
            char val[24];
            snprintf(val, sizeof val, "XXXX-WXX-%d", (s->k[e].val & 0xff) + 1);
            put_str(h, TIMEX_SET, val, 0);
            return e + 1;
        }
        if (is_cls(s, e, C_MONTH) && s->k[e].cap) {
            char val[24];
            snprintf(val, sizeof val, "XXXX-%02d", s->k[e].val);
            put_str(h, TIMEX_SET, val, 0);
            return e + 1;
        }
        if (is_cls(s, e, C_POD)) {
            char val[24];
            snprintf(val, sizeof val, "TXX%s", pod_code[s->k[e].val & 0xff]);
            put_str(h, TIMEX_SET, val, 0);
            return e + 1;
        }
        int u = unit_of(s, e);
        if (u >= 0 && u != U_HALF) {
            put_duration(h, v, u);
            h->x.type = TIMEX_SET;
            return e + 1;
        }
        return 0;
    }
    case KW_PER: {
        int u = unit_of(s, j + 1);
        if (u >= 0 && u != U_HALF && !(s->k[j + 1].val & PLURAL)) {
            put_duration(h, 1, u);
            h->x.type = TIMEX_SET;
            return j + 2;
        }
        return 0;
    }
    case KW_DECADEW: {
        static const char *const w[] = {"fifties", "sixties", "seventies", "eighties", "nineties"};
        if (!after_the)
            return 0;
        for (int i = 0; i < 5; i++)
            if (s->k[j].e - s->k[j].s == strlen(w[i]) &&
                strncasecmp(s->t + s->k[j].s, w[i], strlen(w[i])) == 0) {
                char v[16];
                snprintf(v, sizeof v, "19%d", 5 + i);
                put_str(h, TIMEX_DATE, v, 0);
                h->x.prec = PREC_DECADE;
                return j + 1;
            }
        return 0;
    }
    case KW_PAST:
        return 0;
    case KW_THESE:
        if (unit_of(s, j + 1) == U_DAY && (s->k[j + 1].val & PLURAL)) {
            put_str(h, TIMEX_DATE, "PRESENT_REF", 1);
            return j + 2;
        }
        return 0;
    case KW_SHORT:
        if (after_the && is_kw(s, j + 1, KW_TERM)) {
            put_str(h, TIMEX_DATE, "FUTURE_REF", 1);
            return j + 2;
        }
        return 0;
    case KW_THAT:
        /* "in that July": the month in the year of the date last named; not the
         * conjunction ("the fact that January was cold") */
        if (!after_the && s->doc->abs.y && is_cls(s, j + 1, C_MONTH) && s->k[j + 1].cap &&
            !conjunction_that(s, j) &&
            !(s->k[j + 1].val & PLURAL) && s->k[j + 1].e - s->k[j + 1].s >= 3) {
            int m = s->k[j + 1].val, e = j + 2;
            size_t ml = s->k[j + 1].e - s->k[j + 1].s;
            if (is_punct(s, e, '.') && !s->k[e].sp &&
                ((ml == 3 && m != 5) || (ml == 4 && (s->t[s->k[j + 1].s] | 0x20) == 's')))
                e++;
            put_date(h, (ymd){s->doc->abs.y, m, 0}, PREC_MONTH, 1);
            return e;
        }
        /* "that year", "that month": the date last named */
        return !after_the ? last_named_at_unit(s, j, h) : 0;
    case KW_THEN:
        /* "until then", "since then", "by then": the date last named */
        if (!after_the && s->doc->abs.y && j > 0 &&
            (word_is(s, j - 1, "until") || word_is(s, j - 1, "since") || word_is(s, j - 1, "by") ||
             word_is(s, j - 1, "till")) &&
            (j + 1 >= s->n || s->k[j + 1].kind == K_PUNCT)) {
            put_date(h, s->doc->abs, s->doc->abs_prec, 1);
            return j + 1;
        }
        return 0;
    case KW_SAME:
        /* "took effect the same day": the date last named, at the unit's precision */
        return after_the ? last_named_at_unit(s, j, h) : 0;
    case KW_FULL:
        /* "for the full year": the anchor's year */
        if (after_the && unit_of(s, j + 1) == U_YEAR && !(s->k[j + 1].val & PLURAL)) {
            put_offset(h, s, 0, U_YEAR);
            return j + 2;
        }
        return 0;
    case KW_RIGHT:
        if (is_kw(s, j + 1, KW_NOW)) {
            put_str(h, TIMEX_DATE, "PRESENT_REF", 1);
            return j + 2;
        }
        return 0;
    case KW_SOMETIME: {
        hit in = {0};
        int ie = match_core(s, j + 1, &in, 0);
        if (ie > j + 1 && in.x.type == TIMEX_DATE) {
            *h = in;
            return ie;
        }
        return 0;
    }
    case KW_LATEST: {
        /* "the latest quarter/period": the last quarter before the anchor's */
        if (!after_the)
            return 0;
        long n;
        int ne = parse_number(s, j + 1, &n);
        if (ne > j + 1 && !is_kw(s, j + 1, KW_A) && unit_of(s, ne) >= 0) {
            put_duration(h, n, unit_of(s, ne));
            return ne + 1;
        }
        if (unit_of(s, j + 1) == U_QUARTER || is_kw(s, j + 1, KW_PERIOD)) {
            int dy, dq;
            if (doc_quarter(s, &dy, &dq))
                put_quarter(h, dy, dq, 1);
            else
                put_offset(h, s, -1, U_QUARTER);
            return j + 2;
        }
        return 0;
    }
    case KW_NOON:
    case KW_MIDNIGHT: {
        char tm[16];
        parse_clock(s, j, tm, sizeof tm);
        int e = j + 1;
        ymd dd = s->anchor;
        int de = day_word(s, e, &dd, e);
        put_date(h, dd, PREC_DAY, 1);
        add_time(h, tm);
        return de;
    }
    case KW_Q: {
        /* "Q3 2023" */
        if (!s->k[j].cap || !is_num(s, j + 1) || s->k[j + 1].sp || s->k[j + 1].num < 1 ||
            s->k[j + 1].num > 4)
            return 0;
        int y, e = j + 2;
        if (is_punct(s, e, ','))
            e++;
        if (year_tok(s, e, &y)) {
            put_quarter(h, y, (int)s->k[j + 1].num, 0);
            return e + 1;
        }
        put_quarter_noyear(h, s, (int)s->k[j + 1].num);
        return j + 2;
    }
    }
    return 0;
}

/* "year-earlier", "year-ago" (+ "quarter"/"period") */
static int match_year_ago(const scan *s, int j, hit *h)
{
    if (unit_of(s, j) != U_YEAR || (s->k[j].val & PLURAL) || !glued_hyphen(s, j + 1))
        return 0;
    if (is_kw(s, j + 2, KW_EARLIER) || is_kw(s, j + 2, KW_AGO)) {
        int e = j + 3;
        int qe = e;
        if (ord_at(s, qe) && ord_at(s, qe) <= 4 && unit_of(s, qe + 1) == U_QUARTER) {
            put_quarter(h, s->anchor.y - 1, ord_at(s, qe), 1);
            return qe + 2;
        }
        int dy, dq;
        if (doc_quarter(s, &dy, &dq))
            put_quarter(h, dy - 1, dq, 1);
        else if (s->quarter_ctx && !s->period_ctx)
            put_offset(h, s, -5, U_QUARTER);
        else
            put_offset(h, s, -1, U_YEAR);
        if (unit_of(s, e) == U_QUARTER || is_kw(s, e, KW_PERIOD))
            return e + 1;
        return e;
    }
    if (is_kw(s, j + 2, KW_END)) {
        put_offset(h, s, 0, U_YEAR);
        return j + 3;
    }
    return 0;
}

/* an expression starting at token j; after_the: a "the" was just consumed */
/* "the quarter ended Sept. 30": the calendar quarter holding most of the three months
 * before that day (a fiscal quarter ended July 31 is counted as Q2). j is the token after
 * "quarter". */
static int quarter_ended(const scan *s, int j, int *y, int *q)
{
    if (!(word_is(s, j, "ended") || word_is(s, j, "ending")) || !is_cls(s, j + 1, C_MONTH))
        return 0;
    int m = s->k[j + 1].val - 1, yy = s->anchor.y;
    int ye = j + 2 + (is_punct(s, j + 2, '.') ? 1 : 0);
    if (is_num(s, ye))
        ye += 1 + (is_punct(s, ye + 1, ',') ? 1 : 0);
    if (!year_tok(s, ye, &yy) && s->k[j + 1].val > s->anchor.m)
        yy--;
    if (m == 0)
        m = 12, yy--;
    *y = yy;
    *q = (m - 1) / 3 + 1;
    return 1;
}

/* "for the year", "a high for the year", "the first nine months of the year": the year
 * being reported, i.e. the current one; but "for the year ended Sept. 30" is a span of
 * a year (TimeBank P1Y). j is the "year" token after "the". */
static int the_year_is_current(const scan *s, int j)
{
    if (!(is_kw(s, j - 2, KW_FOR) || is_kw(s, j - 2, KW_OF) || word_is(s, j - 2, "during")))
        return 0;
    return !(word_is(s, j + 1, "ended") || word_is(s, j + 1, "ending") ||
             word_is(s, j + 1, "through") || is_kw(s, j + 1, KW_TO) || is_kw(s, j + 1, KW_SAID) ||
             is_kw(s, j + 1, KW_EARLIER) || is_kw(s, j + 1, KW_AGO) || is_kw(s, j + 1, KW_PERIOD));
}

/* Holidays with a fixed rule (US ones where countries differ). The name's words are
 * matched case-insensitively, each capitalised, a possessive "'s" skipped; a last word
 * in brackets is optional. */
enum { HOL_FIXED, HOL_NTH, HOL_EASTER, HOL_ELECTION };
static const struct {
    const char *words; /* space-separated */
    int kind, m, d;    /* HOL_FIXED: month and day; HOL_NTH: month and n (-1 = the last);
                        * HOL_EASTER: d = days from Easter Sunday, m its usual month */
    int wd;            /* HOL_NTH: the weekday, 0 = Monday */
} holidays[] = {
    {"thanksgiving [day]", HOL_NTH, 11, 4, 3},  {"christmas eve", HOL_FIXED, 12, 24, 0},
    {"christmas [day]", HOL_FIXED, 12, 25, 0},  {"new year eve", HOL_FIXED, 12, 31, 0},
    {"new year [day]", HOL_FIXED, 1, 1, 0},     {"independence day", HOL_FIXED, 7, 4, 0},
    {"election day", HOL_ELECTION, 11, 0, 0},   {"good friday", HOL_EASTER, 4, -2, 0},
    {"easter monday", HOL_EASTER, 4, 1, 0},     {"easter [sunday]", HOL_EASTER, 4, 0, 0},
    {"labor day", HOL_NTH, 9, 1, 0},            {"labour day", HOL_NTH, 9, 1, 0},
    {"memorial day", HOL_NTH, 5, -1, 0},        {"veterans day", HOL_FIXED, 11, 11, 0},
    {"halloween", HOL_FIXED, 10, 31, 0},        {"valentine day", HOL_FIXED, 2, 14, 0},
    {"boxing day", HOL_FIXED, 12, 26, 0},       {"presidents day", HOL_NTH, 2, 3, 0},
    {"bastille day", HOL_FIXED, 7, 14, 0},
};

/* The end of the holiday name at j (words as in the table), or 0. */
static int holiday_name_end(const scan *s, int j, const char *words)
{
    const char *w = words;
    while (*w) {
        int opt = *w == '[';
        w += opt;
        size_t n = strcspn(w, " ]");
        if (j < s->n && s->k[j].kind == K_WORD && s->k[j].cap &&
            s->k[j].e - s->k[j].s == n && strncasecmp(s->t + s->k[j].s, w, n) == 0) {
            j++;
            if (is_punct(s, j, '\'') && is_kw(s, j + 1, KW_S))
                j += 2; /* "New Year's", "Valentine's" */
            else if (is_punct(s, j, '\'') && !s->k[j].sp)
                j++; /* "Veterans'" */
        } else if (!opt) {
            return 0;
        }
        w += n + opt;
        while (*w == ' ')
            w++;
    }
    return j;
}

static ymd holiday_date(int i, int y)
{
    switch (holidays[i].kind) {
    case HOL_NTH:
        return cal_nth_weekday(y, holidays[i].m, holidays[i].d, holidays[i].wd);
    case HOL_EASTER:
        return cal_add_days(cal_easter(y), holidays[i].d);
    case HOL_ELECTION: /* the Tuesday after the first Monday */
        return cal_add_days(cal_nth_weekday(y, 11, 1, 0), 1);
    }
    return (ymd){y, holidays[i].m, holidays[i].d};
}

/* "Thanksgiving", "Christmas Eve 1998", "New Year's Day": the year from the text, else
 * the one a month-name of the holiday's month would get. */
static int match_holiday(const scan *s, int j, hit *h)
{
    for (size_t i = 0; i < sizeof holidays / sizeof holidays[0]; i++) {
        int e = holiday_name_end(s, j, holidays[i].words);
        if (!e)
            continue;
        int y, ye = e + (is_kw(s, e, KW_OF) ? 1 : 0);
        int rel = !year_tok(s, ye, &y);
        if (rel)
            y = s->has_anchor ? month_year(s, holidays[i].m) : 0;
        else
            e = ye + 1;
        if (!y)
            return 0;
        if (rel && unit_of(s, e) == U_WEEK && !(s->k[e].val & PLURAL)) {
            put_week(h, holiday_date((int)i, y), ""); /* "Easter week", "Thanksgiving week" */
            return e + 1;
        }
        put_date(h, holiday_date((int)i, y), PREC_DAY, rel);
        return e;
    }
    return 0;
}

/* The day of a match, if it names one ("2000-03-06", "2000-03-06T09:00"). */
static int hit_day(const hit *h, ymd *d)
{
    return h->x.prec == PREC_DAY && cal_parse_date(h->x.value, 10, d) == 10;
}

/* After "the": "the week of March 6" (that day's week), "the day before last Tuesday's
 * hearing", "the day after Christmas" (the day next to a named day). */
static int day_relative_to_date(const scan *s, int j, hit *h)
{
    int u = unit_of(s, j), step = 0;
    if (u == U_WEEK && is_kw(s, j + 1, KW_OF))
        step = 0;
    else if (u == U_DAY && word_is(s, j + 1, "before"))
        step = -1;
    else if (u == U_DAY && word_is(s, j + 1, "after"))
        step = 1;
    else
        return 0;
    hit t = {0};
    ymd d;
    int e = match_at(s, j + 2, &t);
    if (!e || t.end || !hit_day(&t, &d))
        return 0;
    if (u == U_WEEK)
        put_week(h, d, "");
    else
        put_date(h, cal_add_days(d, step), PREC_DAY, 1);
    return e;
}

static int match_core(const scan *s, int j, hit *h, int after_the)
{
    if (j >= s->n)
        return 0;
    const tok *k = &s->k[j];
    if (k->kind == K_NUM)
        return match_number_led(s, j, h, after_the);
    switch (k->cls) {
    case C_MONTH:
        if (after_the)
            return 0;
        return match_month(s, j, h);
    case C_WDAY:
        if (after_the)
            return 0;
        return match_weekday(s, j, h);
    case C_REL:
        return match_rel(s, j, h, after_the);
    case C_ORD:
        return match_ord(s, j, h, after_the);
    case C_NUM:
    case C_TENS:
    case C_FUZZ: {
        int y, e = parse_year_words(s, j, &y);
        if (e > j && unit_of(s, e) < 0) {
            put_date(h, (ymd){y, 0, 0}, PREC_YEAR, 0);
            return e;
        }
        return match_number_led(s, j, h, after_the);
    }
    case C_UNIT: {
        int r = match_year_ago(s, j, h);
        if (r)
            return r;
        if (ord_at(s, j))
            return match_ord(s, j, h, after_the);
        int u = k->val & 0xff;
        if (after_the) {
            if (k->val & PLURAL)
                return 0;
            if (u == U_WEEKEND) {
                int aw = cal_weekday(s->anchor);
                put_week(h, cal_add_days(s->anchor, aw >= 5 ? 0 : s->future ? 5 - aw : -aw - 1),
                         "-WE");
                return j + 1;
            }
            int e = day_relative_to_date(s, j, h);
            if (e)
                return e;
            if (u == U_QUARTER) {
                int dy, dq;
                if (quarter_ended(s, j + 1, &dy, &dq))
                    put_quarter(h, dy, dq, 1);
                else if (doc_quarter(s, &dy, &dq))
                    put_quarter(h, dy, dq, 1); /* the quarter the report is about */
                else
                    put_offset(h, s, -1, U_QUARTER);
                return j + 1;
            }
            if (u == U_YEAR) {
                int y;
                int we = parse_year_words(s, j + 1, &y);
                if (we > j + 1) {
                    put_date(h, (ymd){y, 0, 0}, PREC_YEAR, 0);
                    return we;
                }
                if (year_tok(s, j + 1, &y)) {
                    put_date(h, (ymd){y, 0, 0}, PREC_YEAR, 0);
                    return j + 2;
                }
                if (the_year_is_current(s, j)) {
                    put_offset(h, s, 0, U_YEAR);
                    return j + 1;
                }
                put_duration(h, 1, U_YEAR);
                return j + 1;
            }
            return 0;
        }
        /* "a day-long strike", "a year-long probe": one unit */
        if (!(k->val & PLURAL) && u >= U_HOUR && u != U_HALF && glued_hyphen(s, j + 1) &&
            word_is(s, j + 2, "long")) {
            put_duration(h, 1, u);
            return j + 3;
        }
        /* "by year end", "by year's end" */
        if (u == U_YEAR && !(k->val & PLURAL) &&
            (is_kw(s, j + 1, KW_END) ||
             (is_punct(s, j + 1, '\'') && is_kw(s, j + 2, KW_S) && is_kw(s, j + 3, KW_END)))) {
            put_offset(h, s, 0, U_YEAR);
            return is_kw(s, j + 1, KW_END) ? j + 2 : j + 4;
        }
        /* "months ago" */
        if ((k->val & PLURAL) && is_kw(s, j + 1, KW_AGO) && u >= U_DAY) {
            put_str(h, TIMEX_DATE, "PAST_REF", 1);
            return j + 2;
        }
        /* bare plurals after "for"/"in"/"within": "for years" */
        if ((k->val & PLURAL) && j > 0 &&
            (is_kw(s, j - 1, KW_FOR) || is_kw(s, j - 1, KW_WITHIN) ||
             (is_kw(s, j - 1, KW_IN) && u >= U_WEEK && !is_kw(s, j + 1, KW_OF))) &&
            u >= U_HOUR && u != U_WEEKEND && u != U_HALF) {
            put_duration(h, -1, u);
            return j + 1;
        }
        return 0;
    }
    case C_HOLIDAY:
        return after_the || !k->cap ? 0 : match_holiday(s, j, h);
    case C_SEASON: {
        if (!k->cap && !after_the && !(j > 0 && (is_kw(s, j - 1, KW_IN) || is_kw(s, j - 1, KW_THE))))
            return 0;
        int y, e = j + 1;
        if (is_kw(s, e, KW_OF))
            e++;
        int we = parse_year_words(s, e, &y);
        if (year_tok(s, e, &y) || we > e) {
            char v[16];
            snprintf(v, sizeof v, "%04d-%s", y, season_code[k->val]);
            put_str(h, TIMEX_DATE, v, 0);
            return we > e ? we : e + 1;
        }
        if (is_cls(s, j + 1, C_REL) && unit_of(s, j + 2) == U_YEAR) {
            char v[16];
            snprintf(v, sizeof v, "%04d-%s", s->anchor.y + s->k[j + 1].val, season_code[k->val]);
            put_str(h, TIMEX_DATE, v, 1);
            return j + 3;
        }
        /* "in the summer", "over the winter": the latest such season (the next one in a
         * future-tense clause); not "the fall of Rome", "the fall in prices" */
        if (after_the && j >= 2 && !is_kw(s, j + 1, KW_OF) && !is_kw(s, j + 1, KW_IN) &&
            (is_kw(s, j - 2, KW_IN) || is_kw(s, j - 2, KW_OVER) || word_is(s, j - 2, "during") ||
             word_is(s, j - 2, "into") || word_is(s, j - 2, "through") ||
             word_is(s, j - 2, "since") || word_is(s, j - 2, "until") ||
             word_is(s, j - 2, "throughout"))) {
            int q = k->val, cur, sy = s->anchor.y;
            int am = s->anchor.m;
            cur = am >= 3 && am <= 5 ? 0 : am >= 6 && am <= 8 ? 1 : am >= 9 && am <= 11 ? 2 : 3;
            if (am <= 2)
                sy--;
            int lt = local_tense(s, s->cur_j, j + 1);
            if (lt > 0 ? q < cur : q > cur)
                sy += lt > 0 ? 1 : -1;
            char v[16];
            snprintf(v, sizeof v, "%04d-%s", sy, season_code[q]);
            put_str(h, TIMEX_DATE, v, 1);
            return j + 1;
        }
        return 0;
    }
    case C_SETADV: {
        put_duration(h, 1, k->val);
        h->x.type = TIMEX_SET;
        return j + 1;
    }
    case C_KW:
        if (k->val == KW_A) {
            int r = match_number_led(s, j, h, after_the);
            return r;
        }
        if (k->val == KW_COUPLE || k->val == KW_DOZEN)
            return match_number_led(s, j, h, after_the);
        if (k->val == KW_SOME && unit_of(s, j + 1) >= 0) {
            if (unit_of(s, j + 1) == U_DAY && !(s->k[j + 1].val & PLURAL))
                return 0;
            put_duration(h, -1, unit_of(s, j + 1));
            return j + 2;
        }
        return match_kw(s, j, h, after_the);
    default:
        return 0;
    }
}

/* approximators before a duration or "ago" date: "nearly", "more than", "at least",
 * "up to", "no more than", "about", "around", "over" */
static int approx_len(const scan *s, int j)
{
    /* "about" and "almost" stay outside: TimeBank and AQUAINT leave them out about three
     * times in four */
    if (is_kw(s, j, KW_NEARLY) || is_kw(s, j, KW_AROUND) || is_kw(s, j, KW_APPROX) ||
        is_kw(s, j, KW_ROUGHLY) || is_kw(s, j, KW_SOME))
        return 1;
    if ((is_kw(s, j, KW_MORE) || is_kw(s, j, KW_LESS)) && is_kw(s, j + 1, KW_THAN))
        return 2;
    if (is_kw(s, j, KW_NO) && (is_kw(s, j + 1, KW_MORE) || is_kw(s, j + 1, KW_LESS)) &&
        is_kw(s, j + 2, KW_THAN))
        return 3;
    if (is_kw(s, j, KW_AT) && is_kw(s, j + 1, KW_LEAST))
        return 2;
    if (is_kw(s, j, KW_UP) && is_kw(s, j + 1, KW_TO))
        return 2;
    return 0;
}

static int match_at(const scan *s, int j, hit *h)
{
    const tok *k = &s->k[j];
    if (k->kind == K_PUNCT || (k->kind == K_WORD && k->cls == C_NONE))
        return 0;
    int best = 0;
    hit b = {0};
    /* "earlier this month", "later yesterday", "later that year": the adverb is part of
     * the expression (TimeBank) and does not change its value; before a weekday the two
     * corpora disagree and the weekday stands alone */
    if ((is_kw(s, j, KW_EARLIER) || is_kw(s, j, KW_LATER)) &&
        ((is_cls(s, j + 1, C_REL) && s->k[j + 1].val == 0) || is_kw(s, j + 1, KW_TODAY) ||
         is_kw(s, j + 1, KW_THAT) ||
         is_kw(s, j + 1, KW_YESTERDAY) || is_kw(s, j + 1, KW_TONIGHT))) {
        int e = match_core(s, j + 1, &b, 0);
        if (e > j + 1)
            return *h = b, e;
    }
    int ap = approx_len(s, j);
    if (ap) {
        int th = is_kw(s, j + ap, KW_THE);
        hit t = {0};
        int e = match_core(s, j + ap + th, &t, th);
        if (e > j + ap + th && (t.x.type == TIMEX_DURATION ||
                                 (t.x.type == TIMEX_TIME && is_num(s, j + ap)) ||
                                 (is_kw(s, e - 1, KW_AGO)))) {
            b = t;
            best = e;
        }
    }
    if (is_kw(s, j, KW_THE)) {
        hit t = {0};
        int e = match_core(s, j + 1, &t, 1);
        /* "the third-quarter loss", "the 1987 plan": the modifier alone is the timex */
        if (e > j + 1 && ((e >= j + 3 && glued_hyphen(s, e - 2) && !is_kw(s, e - 1, KW_PERIOD) &&
                           (unit_of(s, e - 1) != U_QUARTER ||
                            (e < s->n && s->k[e].kind == K_WORD && !s->k[e].cls))) ||
                          (e == j + 3 && is_cls(s, j + 1, C_NUM) && s->k[j + 1].val > 1 &&
                           unit_of(s, j + 2) >= 0 && !(s->k[j + 2].val & PLURAL)) ||
                          (e == j + 2 && is_num(s, j + 1)))) {
            best = 0;
            e = match_core(s, j + 1, &t, 0);
            if (e > j + 1) {
                b = t;
                b.end = -(j + 1); /* starts after "the" */
                best = e;
            }
            e = 0;
        }
        if (e > j + 1 && e > best) {
            b = t;
            best = e;
        }
        /* "the past", "the future", "the present" */
        if (!best && (is_kw(s, j + 1, KW_FUTURE) || is_kw(s, j + 1, KW_PRESENT) ||
                      (is_cls(s, j + 1, C_REL) && s->k[j + 1].e - s->k[j + 1].s == 4 &&
                       strncasecmp(s->t + s->k[j + 1].s, "past", 4) == 0))) {
            int e2 = j + 2;
            if (e2 < s->n && (s->k[e2].kind == K_PUNCT || s->k[e2].cls == C_KW ||
                              s->k[e2].cls == C_NONE) &&
                !(s->k[e2].kind == K_PUNCT && s->t[s->k[e2].s] == '-')) {
                put_str(&b, TIMEX_DATE,
                        is_kw(s, j + 1, KW_FUTURE)    ? "FUTURE_REF"
                        : is_kw(s, j + 1, KW_PRESENT) ? "PRESENT_REF"
                                                      : "PAST_REF",
                        1);
                best = e2;
            }
        }
    } else {
        hit t = {0};
        int e = match_core(s, j, &t, 0);
        if (e > j && e > best) {
            b = t;
            best = e;
        }
    }
    if (best)
        *h = b;
    if (best && b.end < 0)
        h->end = -b.end;
    return best;
}

static void sentence_flags(scan *s)
{
    s->future = s->future_weak = s->quarter_ctx = s->past = s->past_ed = s->period_ctx = 0;
    int next = 0;
    for (int j = 0; j < s->n; j++) {
        const tok *k = &s->k[j];
        if (k->cls == C_KW) {
            if (k->val == KW_WILL || k->val == KW_SCHEDULED)
                s->future = 1;
            else if (k->val == KW_WOULD || k->val == KW_PLAN || k->val == KW_EXPECT)
                s->future_weak = 1;
            else if (k->val == KW_WAS)
                s->past = 1;
        } else if (ed_word(s, j)) {
            s->past_ed = 1; /* a past-tense verb, most likely: "resumed" */
        } else if (k->cls == C_UNIT && (k->val & 0xff) == U_QUARTER) {
            s->quarter_ctx = 1;
        } else if (k->cls == C_UNIT && ((k->val == (U_MONTH | PLURAL) && j > 0 && s->k[j - 1].cls) ||
                                        (k->val & 0xff) == U_HALF)) {
            s->period_ctx = 1; /* "the first nine months", "the first half" */
        } else if (k->cls == C_REL && k->val == 1 && k->e - k->s == 4 && !word_is(s, j + 1, "to")) {
            next = 1; /* "next", not "the blasts next to the embassies" */
        }
    }
    /* "next" makes a clause future only without a past verb: not "the announcement Friday
     * showed ... a turnaround next year" */
    if (next && !s->past && !s->past_ed)
        s->future = 1;
}

/* remembers the quarter and the absolute date a document last named */
static void note_timex(doc_state *ds, const scan *s, int j, int e, const timex *x)
{
    /* only a quarter named outright ("the third quarter", "Q3"), not one worked out from
     * another ("a year ago", "the latest quarter") */
    int named = 0;
    for (int i = j; i < e; i++) {
        if (is_kw(s, i, KW_AGO) || is_kw(s, i, KW_EARLIER) || is_kw(s, i, KW_LATER) ||
            is_kw(s, i, KW_LATEST) || unit_of(s, i) == U_YEAR)
            return;
        if ((ord_at(s, i) && ord_at(s, i) <= 4) || is_kw(s, i, KW_Q))
            named = 1;
    }
    const char *v = x->value;
    if (x->type != TIMEX_DATE && x->type != TIMEX_TIME)
        return;
    if (!isdigit((unsigned char)v[0]) || !isdigit((unsigned char)v[3]))
        return;
    int y = atoi(v);
    if (v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') {
        /* a quarter not yet over at the anchor is a forecast, not the one reported on */
        if (!named || y * 12 + (v[6] - '0') * 3 > s->anchor.y * 12 + s->anchor.m)
            return;
        ds->qy = y;
        ds->qq = v[6] - '0';
        ds->q_sent = ds->sent;
        return;
    }
    if (x->prec < PREC_YEAR || x->prec == PREC_QUARTER || x->prec == PREC_WEEK)
        return;
    ymd d = {y, 0, 0};
    if (x->prec >= PREC_MONTH)
        d.m = atoi(v + 5);
    if (x->prec >= PREC_DAY)
        d.d = atoi(v + 8);
    ds->abs = d;
    ds->abs_prec = x->prec > PREC_DAY ? PREC_DAY : x->prec;
}

/* A bare year that ends a capitalised name: "the Investment Screening Act 2021", "the
 * Securities Act of 1933", "Vision 2030", "Expo 2020"; or that is part of a number. */
static int year_in_name(const scan *s, int j, int e, const timex *x)
{
    static const char *const heads[] = {"act", "acts", "law", "bill", "code", "directive",
                                        "regulation", "regulations", "treaty", "convention",
                                        "accord", "agreement", "strategy", "plan", "vision",
                                        "agenda", "expo", "programme", "program",
                                        "initiative", "order", "ordinance", "statute", NULL};
    if (e != j + 1 || x->relative || x->prec != PREC_YEAR)
        return 0;
    /* "Act No. 34/2021", "Regulation (EU) 2019/452": a year joined by a slash to a number
     * is part of the number */
    if (j >= 2 && is_punct(s, j - 1, '/') && !s->k[j - 1].sp && !s->k[j].sp &&
        s->k[j - 2].kind == K_NUM)
        return 1;
    if (is_punct(s, j + 1, '/') && !s->k[j + 1].sp && j + 2 < s->n && !s->k[j + 2].sp &&
        s->k[j + 2].kind == K_NUM)
        return 1;
    int p = j - 1;
    if (is_kw(s, p, KW_OF))
        p--;
    if (p < 0 || s->k[p].kind != K_WORD || !s->k[p].cap)
        return 0;
    for (int i = 0; heads[i]; i++)
        if (word_is(s, p, heads[i]))
            return 1;
    return 0;
}

void dates_tag_sentence(const dates_ctx *ctx, const char *text, size_t start, size_t end,
                        ymd anchor, timex_list *out)
{
    static __thread scan s; /* big token buffer; one per thread */
    s.c = ctx;
    s.t = text;
    s.has_anchor = anchor.y != 0;
    /* without an anchor, resolve against a stand-in and mark the result unresolved */
    s.anchor = anchor.y ? anchor : (ymd){2000, 1, 1};
    doc_state *ds = ctx->doc;
    if (!ds->started || ds->text != text || start <= ds->last_start) {
        memset(ds, 0, sizeof *ds); /* a new document */
        ds->started = 1;
        ds->text = text;
    }
    ds->last_start = start;
    s.doc = ds;
    size_t pos = start;
    while (pos < end) {
        ds->sent++;
        size_t next = tokenize(&s, pos, end);
        sentence_flags(&s);
        int j = 0;
        while (j < s.n) {
            hit h = {0};
            s.cur_j = j;
            int e = match_at(&s, j, &h);
            if (e > j) {
                if (h.end > j)
                    j = h.end; /* the match begins later than the token tried */
                h.x.start = s.k[j].s;
                h.x.end = s.k[e - 1].e;
                if (!s.has_anchor && h.x.relative) {
                    h.x.unresolved = 1;
                    for (char *p = h.x.value; *p; p++)
                        if (isdigit((unsigned char)*p))
                            *p = 'X';
                }
                h.x.in_name = year_in_name(&s, j, e, &h.x);
                timex *x = VEC_PUSH(out->v, out->n, out->cap);
                *x = h.x;
                if (!h.x.in_name)
                    note_timex(ds, &s, j, e, &h.x);
                j = e;
            } else {
                j++;
            }
        }
        if (next <= pos)
            break;
        pos = next;
    }
}
