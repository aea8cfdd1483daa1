/* Unit tests: event rules — each event type found in active and passive voice (and the
 * other frames the rules promise), with the right roles and modality. Rules come from
 * "events" (tests run from the repo root); dates are not tagged here. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "actors.h"
#include "dates.h"
#include "document.h"
#include "events.h"
#include "rules.h"
#include "sentences.h"

#include "rules_fixture.h"

/* One small article run through the pipeline: a headline, the body, a closing
 * paragraph; with dated, a publication date (March 18, 2025) and its dates tagged. */
typedef struct {
    document doc;
    sentence_list sents;
    actor_table actors;
    timex_list tx;
    doc_event_list evs;
} article;

static void article_run(article *a, const ruleset *rs, actors_ctx *ac, const char *body, int dated)
{
    char text[4096];
    snprintf(text, sizeof text, "%sHeadline of the story\n\n%s\n\nThe story goes on in a second paragraph, people said.\n",
             dated ? "March 18, 2025\n\n" : "", body);
    memset(a, 0, sizeof *a);
    ev_err err;
    if (document_from_memory(&a->doc, "test", text, strlen(text), &err) != 0)
        fail_msg("document: %s", err.msg);
    sentences_split(&a->doc, &a->sents);
    actors_find(ac, &a->doc, &a->sents, &a->actors);
    if (dated) {
        document_set_anchor(&a->doc, (ymd){0});
        dates_ctx *dc = dates_new(DATES_ORDER_MDY, &err);
        if (!dc)
            fail_msg("dates: %s", err.msg);
        for (size_t i = 0; i < a->sents.n; i++)
            dates_tag_sentence(dc, a->doc.text, a->sents.v[i].start, a->sents.v[i].end,
                               a->doc.anchor, &a->tx);
        dates_free(dc);
    }
    events_extract(rs, &a->doc, &a->sents, NULL, &a->tx, &a->actors, &a->evs);
}

static void article_free(article *a)
{
    doc_event_list_free(&a->evs);
    timex_list_free(&a->tx);
    actor_table_free(&a->actors);
    sentences_free(&a->sents);
    document_free(&a->doc);
}

/* Is the event's source named with src ("(none)": no source) and its target with tgt
 * (NULL: no target)? */
static int roles_are(const article *a, const doc_event *e, const char *src, const char *tgt)
{
    if (e->source == ACTOR_NONE ? strcmp(src, "(none)") != 0
                                : strcmp(src, "(none)") == 0 || !strstr(a->actors.actors[e->source].name, src))
        return 0;
    return tgt ? e->target != ACTOR_NONE && strstr(a->actors.actors[e->target].name, tgt) != NULL
               : e->target == ACTOR_NONE;
}

/* Did an event of the type between actors whose names contain src and tgt come out of
 * the article with the modality? */
static int has_event_with(const ruleset *rs, actors_ctx *ac, const char *body,
                          const char *type, const char *src, const char *tgt, modality mod)
{
    article a;
    article_run(&a, rs, ac, body, 0);
    int found = 0;
    for (size_t i = 0; i < a.evs.n && !found; i++) {
        const doc_event *e = &a.evs.v[i];
        found = strcmp(e->rule->type, type) == 0 && e->mod == mod && roles_are(&a, e, src, tgt);
    }
    article_free(&a);
    return found;
}

static int has_event(const char *body, const char *type, const char *src, const char *tgt,
                     modality mod)
{
    return has_event_with(RS, AC, body, type, src, tgt, mod);
}

/* Happenings of a type, as the graph will count them: tellings with the same roles, date
 * and modality are one event with several pieces of evidence. */
static size_t count_events(const char *body, const char *type)
{
    article a;
    article_run(&a, RS, AC, body, 0);
    size_t n = 0;
    for (size_t i = 0; i < a.evs.n; i++) {
        const doc_event *e = &a.evs.v[i];
        if (strcmp(e->rule->type, type) != 0)
            continue;
        int seen = 0;
        for (size_t k = 0; k < i && !seen; k++) {
            const doc_event *o = &a.evs.v[k];
            seen = o->rule == e->rule && o->source == e->source && o->target == e->target &&
                   o->mod == e->mod && strcmp(o->date.value, e->date.value) == 0;
        }
        n += !seen;
    }
    article_free(&a);
    return n;
}

#define EXPECT(body, type, src, tgt, mod)                                                   \
    do {                                                                                    \
        if (!has_event(body, type, src, tgt, mod))                                          \
            fail_msg("no %s %s -> %s in: %s", type, src, tgt ? tgt : "-", body);            \
    } while (0)
#define REFUSE(body, type, src, tgt)                                                        \
    do {                                                                                    \
        if (has_event(body, type, src, tgt, MOD_ASSERTED))                                  \
            fail_msg("unwanted %s %s -> %s in: %s", type, src, tgt ? tgt : "-", body);      \
    } while (0)

static void blacklisting(void **state)
{
    (void)state;
    EXPECT("The Commerce Department blacklisted Huawei last year.", "blacklisting",
           "Commerce", "Huawei", MOD_ASSERTED);
    EXPECT("Huawei was blacklisted by the Commerce Department in 2019.", "blacklisting",
           "Commerce", "Huawei", MOD_ASSERTED);
    /* coordinated targets with descriptions between them */
    EXPECT("The Commerce Department on Monday added chip designer Huawei and battery maker "
           "Hikvision to its entity list.", "blacklisting", "Commerce", "Hikvision",
           MOD_ASSERTED);
    EXPECT("Huawei, which the Commerce Department blacklisted in 2019, has grown.",
           "blacklisting", "Commerce", "Huawei", MOD_ASSERTED);
    EXPECT("Lawmakers urged the Commerce Department to put Huawei on its entity list.",
           "blacklisting", "Commerce", "Huawei", MOD_HYPOTHETICAL);
}

static void delisting(void **state)
{
    (void)state;
    EXPECT("The Commerce Department removed Huawei from its entity list.", "delisting",
           "Commerce", "Huawei", MOD_ASSERTED);
    EXPECT("Huawei was removed from the entity list by the Commerce Department.",
           "delisting", "Commerce", "Huawei", MOD_ASSERTED);
    EXPECT("The Commerce Department declined to remove Huawei from the list.", "delisting",
           "Commerce", "Huawei", MOD_NEGATED);
}

static void acquisition(void **state)
{
    (void)state;
    EXPECT("Broadcom completed its acquisition of VMware on Wednesday.", "acquisition",
           "Broadcom", "VMware", MOD_ASSERTED);
    EXPECT("VMware was acquired by Broadcom in 2023.", "acquisition", "Broadcom", "VMware",
           MOD_ASSERTED);
    EXPECT("Broadcom Inc. (NASDAQ: AVGO), a chip company, today announced that it has "
           "completed its acquisition of VMware.", "acquisition", "Broadcom", "VMware",
           MOD_ASSERTED);
}

static void acquisition_talks(void **state)
{
    (void)state;
    EXPECT("Qualcomm has held talks to buy Intel, people said.", "acquisition_talks",
           "Qualcomm", "Intel", MOD_ASSERTED);
    EXPECT("Intel was approached by Qualcomm about a takeover.", "acquisition_talks",
           "Qualcomm", "Intel", MOD_ASSERTED);
    EXPECT("Qualcomm is not in talks to acquire Intel.", "acquisition_talks", "Qualcomm",
           "Intel", MOD_NEGATED);
}

static void acquisition_talks_ended(void **state)
{
    (void)state;
    EXPECT("Nvidia abandoned its planned purchase of Arm on Tuesday.",
           "acquisition_talks_ended", "Nvidia", "Arm", MOD_ASSERTED);
    /* symmetric wording, oriented by the deal told elsewhere */
    EXPECT("Amazon had planned to acquire iRobot. iRobot and Amazon agreed to terminate "
           "their merger agreement.", "acquisition_talks_ended", "Amazon", "iRobot",
           MOD_ASSERTED);
    REFUSE("Amazon had planned to acquire iRobot. iRobot and Amazon agreed to terminate "
           "their merger agreement.", "acquisition_talks_ended", "iRobot", "Amazon");
}

static void government_objection(void **state)
{
    (void)state;
    EXPECT("Nippon Steel agreed to buy U.S. Steel. The White House opposed the deal.",
           "government_objection", "White House", "Nippon Steel", MOD_ASSERTED);
    EXPECT("Nippon Steel agreed to buy U.S. Steel. The deal was blocked by the White House.",
           "government_objection", "White House", "Nippon Steel", MOD_ASSERTED);
    /* an objection to "the move" is aimed at the author of the listing */
    EXPECT("The Commerce Department added Huawei to its entity list. The Chinese government "
           "said it firmly opposes the move.", "government_objection", "Chinese",
           "Commerce", MOD_ASSERTED);
}

static void regulatory_review(void **state)
{
    (void)state;
    EXPECT("Broadcom agreed to buy VMware. The European Commission approved the deal.",
           "regulatory_review", "European Commission", "Broadcom", MOD_ASSERTED);
    EXPECT("Broadcom agreed to buy VMware. The transaction was approved by the European "
           "Commission in July.", "regulatory_review", "European Commission", "Broadcom",
           MOD_ASSERTED);
    EXPECT("Broadcom agreed to buy VMware. The deal would need approval from the European "
           "Commission.", "regulatory_review", "European Commission", "Broadcom",
           MOD_HYPOTHETICAL);
}

static void media_report(void **state)
{
    (void)state;
    EXPECT("The talks were first reported by Reuters on Monday.", "media_report", "Reuters",
           NULL, MOD_ASSERTED);
    EXPECT("Reuters reported that Qualcomm held talks to buy Intel.", "media_report",
           "Reuters", NULL, MOD_ASSERTED);
}

/* A passive with no agent takes its source from the body that listed or delisted in the
 * document before; with no such body there is no event: who acted is unknown, and such
 * events were more often wrong than right on the held-out sets. */
static void agentless_passive(void **state)
{
    (void)state;
    EXPECT("The Commerce Department on Monday added Huawei to its entity list. ZTE, by "
           "contrast, was removed from the list in 2021.", "delisting", "Commerce", "ZTE",
           MOD_ASSERTED);
    EXPECT("The Commerce Department removed Huawei from its entity list. ZTE was added to "
           "the entity list in 2019.", "blacklisting", "Commerce", "ZTE", MOD_ASSERTED);
    EXPECT("The Commerce Department blacklisted Huawei. Hikvision could be added to the "
           "entity list in the coming weeks.", "blacklisting", "Commerce", "Hikvision",
           MOD_HYPOTHETICAL);
    REFUSE("Huawei was removed from the list in 2021.", "delisting", "(none)", "Huawei");
    REFUSE("Lianfeng Holdings, a shareholder, was placed on the Entity List in 2023.",
           "blacklisting", "(none)", "Lianfeng");
    /* an agent named in the sentence: no agentless telling besides */
    REFUSE("ZTE was added to the entity list by the Commerce Department in 2019.",
           "blacklisting", "(none)", "ZTE");
}

/* Who ends a merger agreement does not tell who buys: the offers and purchases do. */
static void deal_direction(void **state)
{
    (void)state;
    EXPECT("Kroger agreed to buy Albertsons in 2022. Albertsons said on Wednesday it had "
           "terminated its merger agreement with Kroger.", "acquisition_talks_ended",
           "Kroger", "Albertsons", MOD_ASSERTED);
    REFUSE("Kroger agreed to buy Albertsons in 2022. Albertsons said on Wednesday it had "
           "terminated its merger agreement with Kroger.", "acquisition_talks_ended",
           "Albertsons", "Kroger");
    /* a wording with no target names the buyer's counterpart */
    EXPECT("Albertsons terminated its merger agreement with Kroger. Kroger, which proposed "
           "the combination in October 2022, said the claims were baseless.",
           "acquisition", "Kroger", "Albertsons", MOD_HYPOTHETICAL);
    /* "took over" as a new chief executive is no purchase */
    REFUSE("Kroger agreed to buy Albertsons. Kroger's new chief executive, who took over "
           "last month, said the company would focus on its stores.", "acquisition",
           "Kroger", "Kroger");
}

/* A competition regulator that blocks a deal objects to it, as a president does (the
 * gold conventions: "regulators blocking/rejecting a purchase are objections"); one that
 * could block it is reviewing it. */
static void regulator_block(void **state)
{
    (void)state;
    EXPECT("The Competition and Markets Authority on Wednesday blocked Microsoft's takeover "
           "of Activision Blizzard.", "government_objection", "Competition", "Microsoft",
           MOD_ASSERTED);
    REFUSE("The Competition and Markets Authority on Wednesday blocked Microsoft's takeover "
           "of Activision Blizzard.", "regulatory_review", "Competition", "Microsoft");
    EXPECT("Microsoft agreed to buy Activision Blizzard. The takeover was blocked by the "
           "Competition and Markets Authority.", "government_objection", "Competition",
           "Microsoft", MOD_ASSERTED);
    EXPECT("Microsoft agreed to buy Activision Blizzard. The Competition and Markets "
           "Authority could block the takeover.", "regulatory_review", "Competition",
           "Microsoft", MOD_HYPOTHETICAL);
    REFUSE("Microsoft agreed to buy Activision Blizzard. The Competition and Markets "
           "Authority could block the takeover.", "government_objection", "Competition",
           "Microsoft");
    EXPECT("President Joe Biden on Friday blocked Nippon Steel's acquisition of U.S. Steel.",
           "government_objection", "Biden", "Nippon", MOD_ASSERTED);
    EXPECT("Nippon Steel agreed to buy U.S. Steel. The deal was blocked by President Joe "
           "Biden on Friday.", "government_objection", "Biden", "Nippon", MOD_ASSERTED);
    /* a judge who sides with a department is the one who blocks */
    REFUSE("A federal judge sided with the Justice Department and blocked Nippon Steel's "
           "acquisition of U.S. Steel.", "government_objection", "Justice", "Nippon");
}

/* Roles and modality in the wordings of news. */
static void wordings(void **state)
{
    (void)state;
    /* apposition before a relative clause */
    EXPECT("The ruling does not extend to ZTE, a Huawei supplier whom the Commerce "
           "Department sanctioned separately in 2023.", "blacklisting", "Commerce", "ZTE",
           MOD_ASSERTED);
    /* a possessive before the target: the rival is the target */
    EXPECT("A year ago, the Commerce Department barred U.S. firms from selling to Huawei's "
           "smaller rival ZTE.", "blacklisting", "Commerce", "ZTE", MOD_ASSERTED);
    REFUSE("A year ago, the Commerce Department barred U.S. firms from selling to Huawei's "
           "smaller rival ZTE.", "blacklisting", "Commerce", "Huawei");
    /* removing sanctions is no sanction */
    REFUSE("The Commerce Department on Friday removed sanctions on ZTE.", "blacklisting",
           "Commerce", "ZTE");
    EXPECT("The Commerce Department on Friday removed sanctions on ZTE.", "delisting",
           "Commerce", "ZTE", MOD_ASSERTED);
    /* a second agent in a coordinated passive */
    EXPECT("Broadcom agreed to buy VMware. The deal was approved by the European Commission "
           "in July and by the Competition and Markets Authority in August.",
           "regulatory_review", "Competition", "Broadcom", MOD_ASSERTED);
    EXPECT("VMware was approved by the European Commission in July and by the Competition "
           "and Markets Authority in August.", "regulatory_review", "Competition", "VMware",
           MOD_ASSERTED);
    /* a coordinated subject needs a conjunction: "In the X, the Y" is one subject */
    REFUSE("In the United States, the Justice Department has been examining Broadcom's "
           "purchase of VMware.", "regulatory_review", "United States", "Broadcom");
    /* powers and needs are not acts */
    EXPECT("President Joe Biden, who has the authority to block Nippon Steel's purchase of "
           "U.S. Steel, has not said what he will do.", "government_objection", "Biden",
           "Nippon", MOD_HYPOTHETICAL);
    EXPECT("Microsoft approached Activision Blizzard. Any acquisition would be subject to a "
           "national security screening by the Competition and Markets Authority.",
           "regulatory_review", "Competition", "Microsoft", MOD_HYPOTHETICAL);
    EXPECT("The deal expired without the Competition and Markets Authority having approved "
           "Broadcom's purchase of VMware.", "regulatory_review", "Competition", "Broadcom",
           MOD_NEGATED);
}

/* Lists with appositions, and deal events that name no role ("the merger never closed"). */
static void appositions_and_deal_refs(void **state)
{
    (void)state;
    /* an apposition with an actor inside, then a described second item */
    EXPECT("The Commerce Department on Wednesday added NSO Group, the Israeli maker of the "
           "Pegasus phone-hacking tool, and a second Israeli firm, Candiru, to its entity list.",
           "blacklisting", "Commerce", "Candiru", MOD_ASSERTED);
    EXPECT("The Commerce Department on Wednesday added NSO Group, the Israeli maker of the "
           "Pegasus phone-hacking tool, and a second Israeli firm, Candiru, to its entity list.",
           "blacklisting", "Commerce", "NSO", MOD_ASSERTED);
    REFUSE("The Commerce Department on Wednesday added NSO Group, the Israeli maker of the "
           "Pegasus phone-hacking tool, and a second Israeli firm, Candiru, to its entity list.",
           "blacklisting", "Commerce", "Pegasus");
    EXPECT("The Commerce Department added chip designer Huawei and its state-backed owner, "
           "Hikvision, to its entity list.", "blacklisting", "Commerce",
           "Hikvision", MOD_ASSERTED);
    /* the actor of an apposition is not the subject */
    EXPECT("Broadcom, the San Jose, California-based chipmaker, agreed to buy VMware.",
           "acquisition", "Broadcom", "VMware", MOD_ASSERTED);
    REFUSE("Broadcom, the San Jose, California-based chipmaker, agreed to buy VMware.",
           "acquisition", "California", "VMware");
    /* deal events with no role take the document's deal */
    EXPECT("JetBlue agreed to buy Spirit Airlines in 2022. A judge blocked it and the merger "
           "never closed.", "acquisition", "JetBlue", "Spirit", MOD_NEGATED);
    EXPECT("Broadcom made an offer for Qualcomm. Had it succeeded, the deal would have been "
           "the largest ever.", "acquisition", "Broadcom", "Qualcomm", MOD_HYPOTHETICAL);
    EXPECT("Broadcom made an offer for Qualcomm. If a deal were struck, it would be the "
           "largest ever.", "acquisition", "Broadcom", "Qualcomm", MOD_HYPOTHETICAL);
    EXPECT("Thales is in talks to buy Imperva. Should an agreement be reached, the "
           "transaction would close next year.", "acquisition", "Thales", "Imperva",
           MOD_HYPOTHETICAL);
    EXPECT("Thales is in talks to buy Imperva. Any deal would value Imperva at $3 billion.",
           "acquisition", "Thales", "Imperva", MOD_HYPOTHETICAL);
    EXPECT("Thales is in talks to buy Imperva. No binding agreement has been reached.",
           "acquisition", "Thales", "Imperva", MOD_NEGATED);
    EXPECT("Microsoft agreed to buy Activision Blizzard. It has not dropped the offer.",
           "acquisition_talks_ended", "Microsoft", "Activision", MOD_NEGATED);
    EXPECT("Microsoft agreed to buy Activision Blizzard. Microsoft has not walked away from "
           "the deal.", "acquisition_talks_ended", "Microsoft", "Activision", MOD_NEGATED);
    EXPECT("Thales made an offer for Imperva. The two sides have been in talks since "
           "February.", "acquisition_talks", "Thales", "Imperva", MOD_ASSERTED);
    /* without a deal in the document, no event */
    REFUSE("The merger never closed.", "acquisition", "", NULL);
    /* an agreed deal that was later ended was only a possible acquisition */
    REFUSE("Kroger agreed to buy Albertsons in 2022. Kroger terminated its offer for "
           "Albertsons on Tuesday.", "acquisition", "Kroger", "Albertsons");
    EXPECT("Kroger agreed to buy Albertsons in 2022. Kroger terminated its offer for "
           "Albertsons on Tuesday.", "acquisition", "Kroger", "Albertsons", MOD_HYPOTHETICAL);
}


/* The date (ISO value, "" when none) of the first event of the type between the actors
 * in a small article published on March 18, 2025, its dates tagged. paras: the body
 * paragraphs, the first being the lead. */
static char DATE_OUT[32];
static const char *date_of(const char *body, const char *type, const char *src, const char *tgt)
{
    article a;
    article_run(&a, RS, AC, body, 1);
    const char *res = NULL;
    for (size_t i = 0; i < a.evs.n && !res; i++) {
        const doc_event *e = &a.evs.v[i];
        if (strcmp(e->rule->type, type) == 0 && e->source != ACTOR_NONE && roles_are(&a, e, src, tgt)) {
            snprintf(DATE_OUT, sizeof DATE_OUT, "%s", e->date.value);
            res = DATE_OUT;
        }
    }
    article_free(&a);
    if (!res)
        fail_msg("no %s %s -> %s in: %s", type, src, tgt ? tgt : "-", body);
    return res;
}

#define EXPECT_DATE(body, type, src, tgt, want) assert_string_equal(date_of(body, type, src, tgt), want)

static void date_attachment(void **state)
{
    (void)state;
    /* a date right before ", when" is the when-clause's */
    EXPECT_DATE("Thales made an offer for Imperva, the data security company, in a move that would reshape its cyber business.\n\nThe approach became public in August 2024, "
                "when the Financial Times reported it.", "media_report", "Financial Times",
                NULL, "2024-08");
    EXPECT_DATE("The Commerce Department added Huawei to its entity list, citing the risk that its equipment could be used for espionage.\n\nZTE has been on the "
                "entity list since January 2024, when the Commerce Department blacklisted ZTE.",
                "blacklisting", "Commerce", "ZTE", "2024-01");
    /* a date in a relative clause or a trailing attribution is not the trigger's */
    {
        const char *d = date_of("Thales is in talks to buy Imperva, the security firm that Thoma "
                                "Bravo bought in 2019, Bloomberg News reported on March 17, 2025.",
                                "acquisition_talks", "Thales", "Imperva");
        if (!strcmp(d, "2019") || !strcmp(d, "2025-03-17"))
            fail_msg("talks took a foreign date: %s", d);
    }
    EXPECT_DATE("Thales is in talks to buy Imperva, Bloomberg News reported on March 17, 2025.",
                "media_report", "Bloomberg", NULL, "2025-03-17");
    /* a parenthetical with its own verb; a source's own date after "since" */
    EXPECT_DATE("Amazon agreed to buy iRobot, the maker of the Roomba robot vacuum cleaner, for $1.7 billion in cash.\n\nThe proposed transaction, first announced in "
                "August 2022, had been under in-depth investigation by the European Commission "
                "since July 2023.", "regulatory_review", "European Commission", "Amazon",
                "2023-07");
    EXPECT_DATE("Amazon agreed to buy iRobot, the maker of the Roomba robot vacuum cleaner, for $1.7 billion in cash.\n\nThe deal, first announced in August 2022, was "
                "under investigation by the European Commission.", "regulatory_review",
                "European Commission", "Amazon", "");
    /* "according to X" dates the report only: in the lead, the publication date */
    EXPECT_DATE("Thales is in talks to buy Imperva, the data security company, in a move that would reshape its cyber business.\n\nThe two sides have been in talks since "
                "February 2025, according to the Financial Times.", "media_report",
                "Financial Times", NULL, "");
    /* "also": the date of the same kind of event told just before */
    EXPECT_DATE("The Commerce Department on May 3, 2024 added Huawei to its entity list, citing the risk that its equipment could be used for espionage.\n\nThe "
                "department's Bureau of Industry and Security also blacklisted ZTE.",
                "blacklisting", "Bureau of Industry", "ZTE", "2024-05-03");
    EXPECT_DATE("The Commerce Department on May 3, 2024 added Huawei to its entity list, citing the risk that its equipment could be used for espionage.\n\nThe "
                "department's Bureau of Industry and Security blacklisted ZTE.",
                "blacklisting", "Bureau of Industry", "ZTE", "");
    /* a reaction told as the speaker's word is news of the day outside the lead too */
    EXPECT_DATE("The Commerce Department added Huawei to its entity list, citing the risk that "
                "its equipment could be used for espionage.\n\nChina's embassy in Washington said "
                "it firmly opposed the move.", "government_objection", "Embassy", "Commerce",
                "2025-03-18");
    /* "according to X" in the lead: the report is of the day, not of the talks */
    EXPECT_DATE("The two sides have been in talks since February 2025, according to the "
                "Financial Times, which cited three people familiar with the matter.",
                "media_report", "Financial Times", NULL, "2025-03-18");
    /* an objection outside the lead with no "said" gets no publication date */
    EXPECT_DATE("The Commerce Department added Huawei to its entity list, citing the risk that its equipment could be used for espionage.\n\nChina's embassy in "
                "Washington firmly opposed the move.", "government_objection",
                "Embassy", "Commerce", "");
    /* the deal's own date, from a sentence naming no role */
    EXPECT_DATE("Amazon agreed to buy iRobot, the maker of the Roomba robot vacuum cleaner, for $1.7 billion in cash.\n\nThe proposed transaction, first announced in "
                "August 2022, never closed.", "acquisition", "Amazon", "iRobot", "2022-08");
    EXPECT_DATE("Thales made an offer for Imperva, the data security company, in a move that "
                "would reshape its cyber business.\n\nBut the talks collapsed last month.",
                "acquisition_talks_ended", "Thales", "Imperva", "2025-02");
}

static void lawsuits_and_reversals(void **state)
{
    (void)state;
    EXPECT("Kroger agreed to buy Albertsons. The Federal Trade Commission sued in February, "
           "arguing the deal would raise prices.", "government_objection", "Federal Trade",
           "Kroger", MOD_ASSERTED);
    REFUSE("Kroger agreed to buy Albertsons. The Federal Trade Commission studied the deal "
           "in February.", "government_objection", "Federal Trade", "Kroger");
    EXPECT("Kroger agreed to buy Albertsons. The Justice Department filed a lawsuit seeking to "
           "block the deal.", "government_objection", "Justice", "Kroger", MOD_ASSERTED);
    EXPECT("Kroger agreed to buy Albertsons. The Justice Department challenged the merger in "
           "court.", "government_objection", "Justice", "Kroger", MOD_ASSERTED);
    EXPECT("Kroger agreed to buy Albertsons. Kroger was sued by the Federal Trade Commission.",
           "government_objection", "Federal Trade", "Kroger", MOD_ASSERTED);
    EXPECT("The Commerce Department barred US firms from selling to ZTE, only to lift the ban "
           "after ZTE paid a fine.", "delisting", "Commerce", "ZTE", MOD_ASSERTED);
    REFUSE("The Commerce Department barred US firms from selling to ZTE after ZTE broke the "
           "rules.", "delisting", "Commerce", "ZTE");
    EXPECT("Albertsons terminated its merger agreement with Kroger. Kroger, which proposed the "
           "merger in October 2022, said the claims were baseless.", "acquisition", "Kroger",
           "Albertsons", MOD_HYPOTHETICAL);
    REFUSE("Albertsons terminated its merger agreement with Kroger. Kroger, which proposed a "
           "merger in October 2022, said the claims were baseless.", "acquisition", "Kroger",
           "Albertsons");
}

/* A mention in an apposition or a whose-clause after a name is not the clause's subject. */
static void aside_roles(void **state)
{
    (void)state;
    EXPECT("Cleveland-Cliffs, whose chief executive Lourenco Goncalves has long opposed the "
           "Japanese offer, could make a new bid for U.S. Steel, analysts said.",
           "acquisition_talks", "Cleveland-Cliffs", "U.S. Steel", MOD_HYPOTHETICAL);
    REFUSE("Cleveland-Cliffs, whose chief executive Lourenco Goncalves has long opposed the "
           "Japanese offer, made a new bid for U.S. Steel, analysts said.",
           "acquisition_talks", "Goncalves", "U.S. Steel");
    /* the head of a relative clause is its object: the source stays */
    EXPECT("Huawei, which the Commerce Department blacklisted in 2019, has grown.",
           "blacklisting", "Commerce", "Huawei", MOD_ASSERTED);
    /* a place before the subject is no head */
    EXPECT("Norvale Semiconductor agreed to buy Severnside Semiconductor in March. In London, "
           "the Investment Security Unit opened a preliminary assessment of the deal in May.",
           "regulatory_review", "Investment Security Unit", "Norvale", MOD_ASSERTED);
    REFUSE("Norvale Semiconductor agreed to buy Severnside Semiconductor in March. In London, "
           "the Investment Security Unit opened a preliminary assessment of the deal in May.",
           "regulatory_review", "UK", "Norvale");
}

/* "X is in discussions with B regarding a potential acquisition of C": B sells, C is bought. */
static void seller_in_talks(void **state)
{
    (void)state;
    const char *t = "Thales said it is in advanced discussions with Thoma Bravo regarding a "
                    "potential acquisition of Imperva, a data security company.";
    EXPECT(t, "acquisition_talks", "Thales", "Imperva", MOD_ASSERTED);
    REFUSE(t, "acquisition_talks", "Thales", "Thoma Bravo");
    REFUSE(t, "acquisition_talks", "Thoma Bravo", "Imperva");
    /* talks with the company itself still name it */
    EXPECT("Thales is in advanced discussions with Imperva about a deal.",
           "acquisition_talks", "Thales", "Imperva", MOD_ASSERTED);
}

/* An apposition closed by a comma before the verb; a target does not reach past ", and". */
static void closing_apposition(void **state)
{
    (void)state;
    const char *t = "Kroger agreed to buy Albertsons. Washington state's attorney general, Bob "
                    "Ferguson, filed his own lawsuit in January to block the merger in his state, "
                    "and Colorado's attorney general, Phil Weiser, sued earlier this month.";
    EXPECT(t, "government_objection", "Ferguson", "Kroger", MOD_ASSERTED);
    EXPECT(t, "government_objection", "Weiser", "Kroger", MOD_ASSERTED);
    REFUSE(t, "government_objection", "Ferguson", "Weiser");
}

static void round5_wordings(void **state)
{
    (void)state;
    EXPECT("The US Treasury Department on Friday removed sanctions on COSCO Dalian, a unit of "
           "China's COSCO Shipping, four months after blacklisting COSCO Dalian for allegedly "
           "transporting Iranian oil.", "blacklisting", "Treasury", "COSCO", MOD_ASSERTED);
    EXPECT("The Office of Foreign Assets Control took COSCO Dalian off its Specially Designated "
           "Nationals list.", "delisting", "Foreign Assets", "COSCO", MOD_ASSERTED);
    EXPECT("COSCO Dalian was taken off the sanctions list by the Office of Foreign Assets "
           "Control.", "delisting", "Foreign Assets", "COSCO", MOD_ASSERTED);
    EXPECT("The Commerce Department on Friday lifted a ban that had prevented Chinese telecoms "
           "equipment maker ZTE from buying parts from American suppliers.", "delisting",
           "Commerce", "ZTE", MOD_ASSERTED);
    EXPECT("The US Senate voted last month to restore the penalties on ZTE as part of a "
           "defence bill.", "government_objection", "Senate", "ZTE", MOD_ASSERTED);
    EXPECT("The Commerce Department has added two of China's best-known chip start-ups, Biren "
           "Technology and Moore Threads, to its trade blacklist.", "blacklisting", "Commerce",
           "Moore Threads", MOD_ASSERTED);
    EXPECT("The Commerce Department has added two of China's best-known chip start-ups, Biren "
           "Technology and Moore Threads, to its trade blacklist.", "blacklisting", "Commerce",
           "Biren", MOD_ASSERTED);
    EXPECT("Moore Threads was added to the trade blacklist by the Commerce Department.",
           "blacklisting", "Commerce", "Moore Threads", MOD_ASSERTED);
    EXPECT("Pegasus came under scrutiny in July, when an investigation by a consortium of media "
           "organisations, including The Washington Post and The Guardian, found numbers on a "
           "leaked list.", "media_report", "Guardian", NULL, MOD_ASSERTED);
    EXPECT("The delisting was first reported earlier on Friday by the shipping journal Lloyd's "
           "List.", "media_report", "Lloyd", NULL, MOD_ASSERTED);
}

/* A source does not reach across a clause with a subject of its own. */
static void own_subject_clause(void **state)
{
    (void)state;
    const char *t = "Norvale Semiconductor said on Tuesday it had ended talks to acquire Severnside "
                    "Semiconductor, after China objected to any sale and British security "
                    "officials began scrutinising the deal.";
    REFUSE(t, "regulatory_review", "Chin", "Norvale");
    REFUSE(t, "regulatory_review", "Chin", "Severnside");
    EXPECT(t, "government_objection", "Chin", "Norvale", MOD_ASSERTED);
    EXPECT("Norvale Semiconductor agreed to buy Severnside Semiconductor. China objected to the "
           "sale and later blocked the deal.", "government_objection", "Chin", "Norvale",
           MOD_ASSERTED);
}

/* One happening told twice is one event. */
static void retold_events(void **state)
{
    (void)state;
    const char *t = "Norvale Semiconductor said on Tuesday it had ended talks to acquire "
                    "Severnside Semiconductor, after China objected to any sale.\n\nIn April, "
                    "China's commerce ministry said it firmly opposed any forced sale of "
                    "Severnside Semiconductor.";
    EXPECT(t, "government_objection", "Chin", "Norvale", MOD_ASSERTED);
    assert_int_equal(count_events(t, "government_objection"), 1);
    /* listings of two companies stay two, though both are the deal's parties */
    assert_int_equal(count_events("Norvale Semiconductor agreed to buy Severnside Semiconductor. "
                                  "The Commerce Department blacklisted Severnside Semiconductor."
                                  "\n\nThe Commerce Department also blacklisted Norvale "
                                  "Semiconductor.", "blacklisting"), 2);
}

/* "..., the Financial Times reported": the attribution names no role of the trigger. */
static void trailing_attribution_is_no_target(void **state)
{
    (void)state;
    const char *t = "Acme Robotics was the company that the Commerce Department blacklisted "
                    "last year, the Financial Times reported.";
    REFUSE(t, "blacklisting", "Commerce", "Financial Times");
    EXPECT(t, "blacklisting", "Commerce", "Acme", MOD_ASSERTED);
}

/* Round 6: spun offer wordings, the document's deal, listings told in lists and packages,
 * objections to another body's listing act. */
static void round6_wordings(void **state)
{
    (void)state;
    /* "produced its supply for": a spun "made its offer for" */
    EXPECT("Nippon Steel first produced its supply for U.S. Steel in December 2023.",
           "acquisition_talks", "Nippon", "U.S. Steel", MOD_ASSERTED);
    /* "buy" as a noun */
    EXPECT("The hostile buy of U.S. Steel by Nippon Steel drew fire from the union.",
           "acquisition_talks", "Nippon", "U.S. Steel", MOD_ASSERTED);
    /* weighing a bid is only a possible bid */
    EXPECT("Cleveland-Cliffs is weighing a bid for U.S. Steel, people said.", "acquisition_talks",
           "Cleveland", "U.S. Steel", MOD_HYPOTHETICAL);
    REFUSE("Cleveland-Cliffs is weighing a bid for U.S. Steel, people said.", "acquisition_talks",
           "Cleveland", "U.S. Steel");
    /* a hypothetical deal told first is not the document's deal */
    {
        const char *t = "Cleveland-Cliffs could make a new bid for U.S. Steel, analysts said. "
                        "Nippon Steel made an offer for U.S. Steel in December.\n\nThe White "
                        "House opposed the deal.";
        EXPECT(t, "government_objection", "White House", "Nippon", MOD_ASSERTED);
        REFUSE(t, "government_objection", "White House", "Cleveland");
    }
    /* a list of firms, "among them" the one named */
    EXPECT("The Commerce Department added them to its entity list on Feb. 10, among them "
           "Beijing Nanjiang Aerospace Technology Co.", "blacklisting", "Commerce",
           "Nanjiang", MOD_ASSERTED);
    /* "X, which ..., was not on the list" */
    EXPECT("China's commerce ministry added Lockheed Martin to its unreliable entity list. "
           "Boeing, which also makes weapons sold to Taiwan, was not on the list.",
           "blacklisting", "Commerce", "Boeing", MOD_NEGATED);
    /* the object of a blacklisting is the common noun, not an actor in its clause */
    REFUSE("The United States blacklisted six Chinese entities that it said supported China's "
           "military programs.", "blacklisting", "United States", "Chin");
    /* an objection to a listing act: the act's author, not the listed, nor one's own side */
    {
        const char *t = "China's commerce ministry added Lockheed Martin to its unreliable "
                        "entity list. The Commerce Department added Beijing Nanjiang Aerospace "
                        "Technology Co to its entity list.\n\nThe State Department opposed the "
                        "measures and that the United States would not be deterred.";
        EXPECT(t, "government_objection", "State Department", "China", MOD_ASSERTED);
        REFUSE(t, "government_objection", "State Department", "United States");
        REFUSE(t, "government_objection", "State Department", "Commerce Department");
    }
    {
        const char *t = "The Bureau of Industry and Security added Yangtze Memory Technologies "
                        "to its entity list.\n\nChina's commerce ministry resolutely opposes the "
                        "blacklisting of Yangtze Memory Technologies, a spokesperson said.";
        EXPECT(t, "government_objection", "Commerce", "Bureau", MOD_ASSERTED);
        REFUSE(t, "government_objection", "Commerce", "Yangtze");
    }
    REFUSE("The Commerce Department stopped short of adding ChangXin Memory Technologies, "
           "analysts said.", "government_objection", "Commerce", "ChangXin");
    /* a package of sanctions "including" firms, "among them" the one named */
    EXPECT("The European Union on Monday adopted its 14th package of sanctions, including a "
           "cluster of Chinese firms accused of helping Russia, among them the "
           "Shenzhen-based trader Qianlu Microelectronics Trading Co.", "blacklisting",
           "European Union", "Qianlu", MOD_ASSERTED);
    EXPECT("The European Union on Monday added Qianlu Microelectronics Trading Co to its "
           "sanctions list.\n\nChina's commerce ministry said it was \"strongly dissatisfied\" with the listing "
           "of Chinese companies.", "government_objection", "Commerce", "European Union",
           MOD_ASSERTED);
    /* "which the Treasury's OFAC sanctioned": a possessive chain as the clause's subject */
    EXPECT("Qianlu Microelectronics Trading Co, which the US Treasury Department's Office of "
           "Foreign Assets Control sanctioned last month, ships chips to Russia.",
           "blacklisting", "Foreign Assets", "Qianlu", MOD_ASSERTED);
    /* "has not sanctioned" is no agentless passive of its subject */
    {
        const char *t = "The Commerce Department added NSO Group to its entity list. The "
                        "Treasury Department, which has the power to do so, has not sanctioned "
                        "NSO Group.";
        assert_false(has_event(t, "blacklisting", "", "Treasury", MOD_NEGATED));
        EXPECT(t, "blacklisting", "Treasury", "NSO", MOD_NEGATED);
    }
    /* "the move" is the document's main listing act */
    EXPECT("The Commerce Department added NSO Group and Candiru to its entity list. Positive "
           "Technologies was already under sanctions imposed by the Treasury Department in "
           "April.\n\nThe Israeli Ministry of Defence did not object to the move publicly.",
           "government_objection", "Israeli", "Commerce", MOD_NEGATED);
    /* lobbying to have a listing reversed is only a possible delisting */
    EXPECT("The Commerce Department added NSO Group to its entity list. NSO Group said it was "
           "dismayed and that it would lobby the Commerce Department to have the listing "
           "reversed.", "delisting", "Commerce", "NSO", MOD_HYPOTHETICAL);
}

/* Round 7: wordings and directions. */
static void round7_wordings(void **state)
{
    (void)state;
    /* "sanctions against Russia, including X" is a listing of X, not an act aimed at */
    EXPECT("The European Union on Monday adopted its 14th package of sanctions against Russia, "
           "including a cluster of Chinese firms, among them the Shenzhen-based trader Qianlu "
           "Microelectronics Trading Co.", "blacklisting", "European Union", "Qianlu",
           MOD_ASSERTED);
    /* a reduced passive: "X, the Welsh chip designer blacklisted by Washington" */
    EXPECT("Norvale Semiconductor said on Tuesday it had ended talks to acquire Severnside "
           "Semiconductor, blacklisted by the Commerce Department in January.", "blacklisting",
           "Commerce", "Severnside", MOD_ASSERTED);
    /* "X and Y ended their merger agreement" tells no buyer: the pair keeps its order, and a
     * party's target is not filled from that same wording */
    EXPECT("Adobe and Figma today announced that they have mutually agreed to end their "
           "pending merger agreement, under which Adobe had proposed to acquire the design "
           "platform.", "acquisition_talks_ended", "Adobe", "Figma", MOD_ASSERTED);
    REFUSE("Adobe and Figma today announced that they have mutually agreed to end their "
           "pending merger agreement, under which Adobe had proposed to acquire the design "
           "platform.", "acquisition_talks_ended", "Figma", "Adobe");
    /* ... and still names the deal a review is about */
    EXPECT("Adobe (Nasdaq: ADBE) and Figma ended their merger agreement.\n\nThe European "
           "Commission opened an in-depth investigation into the proposed acquisition in August.",
           "regulatory_review", "European Commission", "Adobe", MOD_ASSERTED);
    /* "in talks with" is symmetric: the direction comes from the deal */
    EXPECT("Japan Investment Corp agreed on Monday to buy JSR. JSR had been in talks with Japan "
           "Investment Corp for several months.", "acquisition_talks", "Japan Investment",
           "JSR", MOD_ASSERTED);
    REFUSE("Japan Investment Corp agreed on Monday to buy JSR. JSR had been in talks with Japan "
           "Investment Corp for several months.", "acquisition_talks", "JSR", "Japan Investment");
    /* "stopped short of adding X" is a denied listing */
    EXPECT("In the same package, the Commerce Department stopped short of adding ChangXin Memory "
           "Technologies, analysts said.", "blacklisting", "Commerce", "CXMT", MOD_NEGATED);
    /* a bar that is a listing is not also an objection */
    REFUSE("The Commerce Department had barred American companies from selling to ZTE in April.",
           "government_objection", "Commerce", "ZTE");
    EXPECT("The Commerce Department had barred American companies from selling to ZTE in April.",
           "blacklisting", "Commerce", "ZTE", MOD_ASSERTED);
}

/* The shipped rules plus a type no code names, "export_ban" (a trade embargo), with the
 * flags given; the caller removes dir. */
static ruleset *rules_with_export_ban(char *dir, const char *flags, actors_ctx **ac)
{
    assert_non_null(mkdtemp(dir));
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cp events/*.json %s/", dir);
    assert_int_equal(system(cmd), 0);
    char path[256];
    snprintf(path, sizeof path, "%s/export_ban.json", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "{\"event\": {\"type\": \"export_ban\", \"cameo\": \"163\", "
               "\"verb\": \"embargoes\", %s \"source_kinds\": [\"government\"], "
               "\"target_kinds\": [\"organization\"], \"triggers\": {\"active\": "
               "[\"embargoe[sd]\"], \"passive\": [\"embargoed\"]}}}",
            flags);
    fclose(f);
    ev_err err;
    ruleset *rs = rules_load(dir, NULL, 0, &err);
    if (!rs)
        fail_msg("%s", err.msg);
    *ac = actors_new(rs, &err);
    if (!*ac)
        fail_msg("%s", err.msg);
    return rs;
}

/* Rules are data: a new type flagged as a listing gets, without recompiling, what the
 * shipped listings get from the document — an objection to "the move" targets its author,
 * an agentless removal from a list takes its body as the source, and its own agentless
 * passive finds its source. Unflagged, the same type gets none of it. */
static void new_type_acts_as_listing(void **state)
{
    (void)state;
    static const char *const objection = "The Commerce Department embargoed Huawei on "
        "Monday. The Chinese government said it firmly opposes the move.";
    static const char *const removal = "The Commerce Department embargoed Huawei. ZTE, by "
        "contrast, was removed from the list in 2021.";
    static const char *const passive = "The Commerce Department embargoed Huawei. ZTE was "
        "embargoed in 2019.";
    for (int flagged = 0; flagged < 2; flagged++) {
        char dir[] = "/tmp/evgraph-rules-XXXXXX";
        actors_ctx *ac;
        ruleset *rs = rules_with_export_ban(
            dir, flagged ? "\"listing\": true, \"agentless\": true," : "", &ac);
        const char *body[] = {objection, removal, passive};
        for (int i = 0; i < 3; i++)
            if (!has_event_with(rs, ac, body[i], "export_ban", "Commerce", "Huawei",
                                MOD_ASSERTED))
                fail_msg("no export_ban Commerce -> Huawei in: %s", body[i]);
        assert_int_equal(has_event_with(rs, ac, objection, "government_objection", "Chinese",
                                        "Commerce", MOD_ASSERTED), flagged);
        assert_int_equal(has_event_with(rs, ac, removal, "delisting", "Commerce", "ZTE",
                                        MOD_ASSERTED), flagged);
        assert_int_equal(has_event_with(rs, ac, passive, "export_ban", "Commerce", "ZTE",
                                        MOD_ASSERTED), flagged);
        actors_free(ac);
        rules_free(rs);
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
        assert_int_equal(system(cmd), 0);
    }
}

/* "It bought X in 2021": a sentence that opens with "It" tells of the last organisation
 * or body that opened a sentence before it. */
static void pronoun_subject(void **state)
{
    (void)state;
    EXPECT("Broadcom reported higher profits on Monday. It bought VMware in 2023.",
           "acquisition", "Broadcom", "VMware", MOD_ASSERTED);
    EXPECT("Broadcom reported higher profits on Monday. It also denied it was in talks to "
           "buy Intel.", "acquisition_talks", "Broadcom", "Intel", MOD_NEGATED);
    /* a subject after a preposition is none */
    REFUSE("In Broadcom's view, profits rose. It bought VMware in 2023.", "acquisition",
           "Broadcom", "VMware");
}

/* A denied deal is no deal that "the deal" or "the firms" refer to. */
static void denied_deal_is_no_reference(void **state)
{
    (void)state;
    const char *t = "Broadcom denied it was in talks to buy VMware. The Commerce Department "
                    "said it would review the deal.";
    EXPECT(t, "acquisition_talks", "Broadcom", "VMware", MOD_NEGATED);
    assert_false(has_event(t, "regulatory_review", "Commerce", "Broadcom", MOD_HYPOTHETICAL));
}

/* "bought Argentina's Transportes Cuyo": the owner named before the possessed actor is not
 * the target. */
static void possessed_target(void **state)
{
    (void)state;
    const char *t = "Broadcom bought Argentina's Transportes Cuyo in 2019.";
    EXPECT(t, "acquisition", "Broadcom", "Transportes Cuyo", MOD_ASSERTED);
    REFUSE(t, "acquisition", "Broadcom", "Argentina");
}

/* "added two firms to its list. The additions, X and Y, ...": one event per actor named
 * in the next sentence for the count. */
static void targets_in_next_sentence(void **state)
{
    (void)state;
    const char *t = "The Commerce Department on Tuesday added two firms to its entity list. "
                    "The additions, Perak-based Serimas Microtech and its trading affiliate, "
                    "Intan Component Supply, will need a licence for US items.";
    EXPECT(t, "blacklisting", "Commerce", "Serimas", MOD_ASSERTED);
    EXPECT(t, "blacklisting", "Commerce", "Intan", MOD_ASSERTED);
    /* no count in the sentence before: nothing stands for them */
    REFUSE("The Commerce Department on Tuesday updated its entity list. The additions, "
           "Serimas Microtech and Intan Component Supply, will need a licence.",
           "blacklisting", "Commerce", "Serimas");
    /* the count bounds the list */
    REFUSE("The Commerce Department added one firm to its entity list. The additions, "
           "Serimas Microtech and Intan Component Supply, will need a licence.",
           "blacklisting", "Commerce", "Intan");
}

/* A happening told in the lead as news of the day and again with its own date ("on
 * Monday") takes the date read in the retelling. */
static void retold_date_beats_publication_date(void **state)
{
    (void)state;
    EXPECT_DATE("Broadcom has walked away from its takeover of VMware.\n\nBroadcom walked "
                "away from its takeover of VMware on Monday, a filing showed.",
                "acquisition_talks_ended", "Broadcom", "VMware", "2025-03-17");
    /* a retelling with no date of its own leaves the publication date */
    EXPECT_DATE("Broadcom has walked away from its takeover of VMware.\n\nBroadcom walked "
                "away from its takeover of VMware, a filing showed.",
                "acquisition_talks_ended", "Broadcom", "VMware", "2025-03-18");
}

/* A colon ends the clause before it: a date opening the clause after it is that clause's,
 * not a parenthetical of the verb before the colon. */
static void date_after_colon(void **state)
{
    (void)state;
    EXPECT_DATE("Severnside Semiconductor kept its suitors guessing for weeks.\n\nIts board "
                "had been silent, but the verdict followed swiftly: on Monday, Norvale "
                "Semiconductor bought Severnside Semiconductor for $2 billion.", "acquisition",
                "Norvale", "Severnside", "2025-03-17");
}

/* An event dated by a week ("last week") takes the month of that week. */
static void week_is_its_month(void **state)
{
    (void)state;
    EXPECT_DATE("Norvale Semiconductor abandoned its pursuit of Severnside Semiconductor last "
                "week, its chief executive told shareholders.", "acquisition_talks_ended",
                "Norvale", "Severnside", "2025-03");
    /* "two weeks ago" said of an event is the day, as written: 14 days before March 18 */
    EXPECT_DATE("Norvale Semiconductor abandoned its pursuit of Severnside Semiconductor two "
                "weeks ago, its chief executive told shareholders.", "acquisition_talks_ended",
                "Norvale", "Severnside", "2025-03-04");
}

/* A relative clause on the event's own noun that tells when it began dates the event;
 * one that tells of something else done to it does not. */
static void relative_clause_on_the_event(void **state)
{
    (void)state;
    EXPECT_DATE("Norvale Semiconductor is in talks to buy Severnside Semiconductor, a person "
                "close to the company said.\n\nThe talks, which began in November, have "
                "stalled over price.", "acquisition_talks", "Norvale", "Severnside", "2024-11");
    EXPECT_DATE("Shares of Severnside Semiconductor rose.\n\nThe European Commission is "
                "conducting an investigation, which it opened in January, into the deal between "
                "Norvale Semiconductor and Severnside Semiconductor.", "regulatory_review",
                "European Commission", "Norvale", "2025-01");
    EXPECT_DATE("Shares of Severnside Semiconductor rose.\n\nThe European Commission is "
                "conducting an investigation, which lawyers discussed in January, into the deal "
                "between Norvale Semiconductor and Severnside Semiconductor.",
                "regulatory_review", "European Commission", "Norvale", "");
}

/* An event in a clause opened by "<span> after" happened that span before the date of
 * the clause it hangs on; "before" counts forward; weeks and months give a month. */
static void span_after_or_before(void **state)
{
    (void)state;
    EXPECT_DATE("The Commerce Department on Monday lifted its ban on Qorvel Systems, eleven "
                "days after blacklisting the company over exports to Iran.", "blacklisting",
                "Commerce", "Qorvel", "2025-03-06");
    EXPECT_DATE("Severnside Semiconductor shares fell on Friday, two days before the European "
                "Commission blocked its sale to Norvale Semiconductor.", "government_objection",
                "European Commission", "Norvale", "2025-03-16");
    EXPECT_DATE("The Commerce Department lifted its ban on Qorvel Systems, seven weeks after "
                "blacklisting the company over exports to Iran.", "blacklisting", "Commerce",
                "Qorvel", "2025-01");
}

/* News of the day told in the lead without a date takes the date of the statement its
 * source made in the days before, as the next sentence reports it; another speaker's
 * statement does not date it. */
static void lead_dated_by_its_statement(void **state)
{
    (void)state;
    EXPECT_DATE("The Commerce Department has added Qorvel Systems to its Entity List, cutting "
                "the drone maker off from American parts.\n\nThe department said on Friday "
                "that Qorvel had supplied engines to Iran.", "blacklisting", "Commerce",
                "Qorvel", "2025-03-14");
    EXPECT_DATE("The Commerce Department has added Qorvel Systems to its Entity List, cutting "
                "the drone maker off from American parts.\n\nQorvel Systems said on Friday "
                "that it would challenge the listing.", "blacklisting", "Commerce", "Qorvel",
                "2025-03-18");
    /* the act itself told by a body under the source, a day named; not weeks before */
    EXPECT_DATE("Washington has put Qorvel Systems on a trade blacklist over its drone "
                "engines.\n\nThe Commerce Department's Bureau of Industry and Security moved "
                "Qorvel Systems onto the Entity List on Friday, officials said.",
                "blacklisting", "US government", "Qorvel", "2025-03-14");
    EXPECT_DATE("Washington has put Qorvel Systems on a trade blacklist over its drone "
                "engines.\n\nThe Commerce Department's Bureau of Industry and Security moved "
                "Qorvel Systems onto the Entity List on February 27, officials said.",
                "blacklisting", "US government", "Qorvel", "2025-03-18");
}

/* A relative clause on a source named after the trigger that tells the same act again
 * dates the event; one that tells another act does not. */
static void source_relative_clause(void **state)
{
    (void)state;
    EXPECT_DATE("Norvale Semiconductor agreed to buy Severnside Semiconductor last year.\n\nThe "
                "deal has won clearance from the European Commission, which approved it in "
                "January without conditions.", "regulatory_review", "European Commission",
                "Norvale", "2025-01");
    EXPECT_DATE("Norvale Semiconductor agreed to buy Severnside Semiconductor last year.\n\nThe "
                "deal has won clearance from the European Commission, which criticised it in "
                "January.", "regulatory_review", "European Commission", "Norvale", "");
}

/* "days later", "two weeks later": counted on from the date last named in the
 * paragraph, to a month; a date of another paragraph is no reference. */
static void later_counts_from_the_paragraph(void **state)
{
    (void)state;
    EXPECT_DATE("Shares of Severnside Semiconductor rose.\n\nNorvale Semiconductor made an "
                "offer for Severnside Semiconductor in October 2024. Norvale Semiconductor "
                "withdrew its offer for Severnside Semiconductor days later.",
                "acquisition_talks_ended", "Norvale", "Severnside", "2024-10");
    EXPECT_DATE("Shares of Severnside Semiconductor rose.\n\nNorvale Semiconductor made an "
                "offer for Severnside Semiconductor on October 20, 2024. Two weeks later, "
                "Norvale Semiconductor withdrew its offer for Severnside Semiconductor.",
                "acquisition_talks_ended", "Norvale", "Severnside", "2024-11");
    EXPECT_DATE("Norvale Semiconductor made an offer for Severnside Semiconductor in October "
                "2024.\n\nNorvale Semiconductor withdrew its offer for Severnside "
                "Semiconductor days later.", "acquisition_talks_ended", "Norvale", "Severnside",
                "");
}

/* "The designation also covers Y": a listing's second target named in the next sentence,
 * by the body of the listing before it; "objected when ..." with no object. */
static void listing_covers_and_bare_objection(void **state)
{
    (void)state;
    const char *listing = "The Commerce Department on Monday added Qorvel to the Entity List. "
                          "The designation also covers Harwick Partners, a unit based in Shenzhen.";
    EXPECT(listing, "blacklisting", "Commerce", "Harwick Partners", MOD_ASSERTED);
    EXPECT(listing, "blacklisting", "Commerce", "Qorvel", MOD_ASSERTED);
    EXPECT("The Dutch government objected when Qorvel tried to buy Nexperion last year.",
           "government_objection", "Dutch government", "Qorvel", MOD_ASSERTED);
    REFUSE("The Dutch government objected when Qorvel tried to buy Nexperion last year.",
           "government_objection", "Dutch government", "Nexperion");
}

/* A listing that names its targets after a count: "added N firms, including X and Y, to
 * its list", "added N firms to the list: X, Lagos-based Y and Z", and the same told with
 * "it" after an opening time phrase. */
static void listing_count_then_names(void **state)
{
    (void)state;
    const char *incl = "The Commerce Department added nine entities, including drone "
                       "part makers Veltrix Avionics and Marrow Optics, to its Entity List.";
    EXPECT(incl, "blacklisting", "Commerce", "Veltrix Avionics", MOD_ASSERTED);
    EXPECT(incl, "blacklisting", "Commerce", "Marrow Optics", MOD_ASSERTED);
    const char *colon = "The Treasury Department added three firms to its list: Brisk "
                        "Cargo, Lagos-based Orun Shipping and Talbot Marine.";
    EXPECT(colon, "blacklisting", "Treasury", "Brisk Cargo", MOD_ASSERTED);
    EXPECT(colon, "blacklisting", "Treasury", "Orun Shipping", MOD_ASSERTED);
    EXPECT(colon, "blacklisting", "Treasury", "Talbot Marine", MOD_ASSERTED);
    /* an apposition with an article is no list item */
    REFUSE("The Treasury Department added two firms to its list: Brisk Cargo, the "
           "Orun Shipping affiliate, and Talbot Marine.", "blacklisting", "Treasury",
           "Orun Shipping");
    const char *it = "The Commerce Department reported record licence requests. Last "
                     "Friday it added two firms to the Entity List: Veltrix Avionics and "
                     "Marrow Optics.";
    EXPECT(it, "blacklisting", "Commerce", "Marrow Optics", MOD_ASSERTED);
}

/* "put X under sanctions", "imposed asset freezes on X", "X, which it had designated",
 * "X was not added", "Y was also listed", "took Almaty-based distributor X off the list". */
static void listing_wordings_round8(void **state)
{
    (void)state;
    EXPECT("Canada put Orun Holdings under sanctions in 2023.", "blacklisting", "Canad",
           "Orun Holdings", MOD_ASSERTED);
    EXPECT("Orun Holdings was placed under sanctions by Britain in 2023.", "blacklisting",
           "UK", "Orun Holdings", MOD_ASSERTED);
    EXPECT("The Council of the European Union imposed asset freezes on Brisk Holdings.",
           "blacklisting", "Council", "Brisk Holdings", MOD_ASSERTED);
    const char *rel = "The Treasury Department sanctioned Brisk Holdings. It also lifted "
                      "sanctions on Talbot Marine Ltd, which it had designated in 2022.";
    EXPECT(rel, "blacklisting", "Treasury", "Talbot Marine", MOD_ASSERTED);
    EXPECT(rel, "delisting", "Treasury", "Talbot Marine", MOD_ASSERTED);
    EXPECT("The Treasury Department sanctioned Brisk Holdings on Monday. Talbot Marine Ltd, "
           "a sister firm, was not added.", "blacklisting", "Treasury", "Talbot Marine",
           MOD_NEGATED);
    EXPECT("The Treasury Department sanctioned Brisk Holdings on Monday. A Dubai broker, "
           "Talbot Marine Ltd, was also listed.", "blacklisting", "Treasury", "Talbot Marine",
           MOD_ASSERTED);
    /* a stock listing is none */
    REFUSE("The Treasury Department sanctioned Brisk Holdings on Monday. Talbot Marine Ltd "
           "was listed in Hong Kong in 2019.", "blacklisting", "Treasury", "Talbot Marine");
    EXPECT("The Commerce Department also took Almaty-based electronics distributor Talbot "
           "Marine Ltd off the list.", "delisting", "Commerce", "Talbot Marine", MOD_ASSERTED);
}

/* Bodies the gazetteer knows: Global Affairs Canada and the Council of the European Union
 * list and delist ("the Council" after it is named); "Latvian" before a company's
 * description is no actor. */
static void listing_bodies_of_more_countries(void **state)
{
    (void)state;
    EXPECT("Global Affairs Canada added Brisk Holdings to its sanctions list.",
           "blacklisting", "Global Affairs Canada", "Brisk Holdings", MOD_ASSERTED);
    EXPECT("The Council of the European Union met on Monday. The Council lifted sanctions on "
           "Talbot Marine Ltd.", "delisting", "Council of the European Union", "Talbot Marine",
           MOD_ASSERTED);
    const char *lat = "Canada removed Latvian shipping company Orun Holdings from its "
                      "sanctions list.";
    EXPECT(lat, "delisting", "Canad", "Orun Holdings", MOD_ASSERTED);
    REFUSE(lat, "delisting", "Canad", "Latvian");
}

/* "objected to the European Union's decision to list ...": the act's author, named with a
 * possessive, is the target even as a government; "its Russia sanctions list" names the
 * list, not a listing by Russia; "stopped short of sanctioning X's parent, Y" spares Y. */
static void objection_to_possessed_act(void **state)
{
    (void)state;
    const char *t = "Brazil said on Friday it objected to the European Union's decision to "
                    "put two Brazilian refiners on its Iran sanctions list, officials said.";
    EXPECT(t, "government_objection", "Brazil", "European Union", MOD_ASSERTED);
    REFUSE(t, "blacklisting", "Iran", "Brazil");
    REFUSE("The EU put two refiners on its Iran sanctions list, a sign of friction over "
           "Brazil's trade.", "blacklisting", "Iran", "Brazil");
    /* a government whose plan is opposed is the target, as real news tells objections
     * between governments (DESIGN: the party whose act is opposed) */
    EXPECT("Brazil objected to the European Union plan for a new tariff.",
           "government_objection", "Brazil", "European Union", MOD_ASSERTED);
    const char *p = "EU officials said the bloc stopped short of sanctioning Orun Holdings's "
                    "parent, Tamar Heavy Industries, a listed supplier.";
    EXPECT(p, "blacklisting", "European Union", "Tamar Heavy Industries", MOD_NEGATED);
    assert_false(has_event(p, "blacklisting", "European Union", "Orun Holdings", MOD_NEGATED));
}

/* "recommended that the Tribunal prohibit the merger": the recommender reviews the deal,
 * the tribunal only may; "warned in May that the merger ..." is an objection; the
 * "Orun-Tamar merger" of a headline names both companies, and a city before a company's
 * description ("Durban group") is no party. */
static void recommendations_and_paired_names(void **state)
{
    (void)state;
    const char *r = "The Competition Commission of South Africa has recommended that the "
                    "Competition Tribunal prohibit the proposed merger of Durban group Orun "
                    "Holdings and Tamar Haulage.";
    EXPECT(r, "regulatory_review", "Competition Commission", "Orun Holdings", MOD_ASSERTED);
    REFUSE(r, "regulatory_review", "Competition Tribunal", "Orun Holdings");
    REFUSE(r, "regulatory_review", "Competition Commission", "Durban");
    /* a recommendation with no "that" clause leaves the clearance asserted */
    EXPECT("The Competition Commission recommended remedies and cleared the merger of Orun "
           "Holdings and Tamar Haulage.", "regulatory_review", "Competition Commission",
           "Orun Holdings", MOD_ASSERTED);
    EXPECT("The Department of Transport warned in May that the merger of Orun Holdings and "
           "Tamar Haulage would hurt exporters.", "government_objection",
           "Department of Transport", "Tamar Haulage", MOD_ASSERTED);
    const char *pair = "Analysts expect the Orun-Tamar merger to face long hearings. Orun "
                       "agreed in January to buy Tamar for 4 billion rand.";
    EXPECT(pair, "acquisition", "Orun", "Tamar", MOD_ASSERTED);
}

/* "Tamar was sanctioned by Ottawa in 2023": a one-word short form opening a sentence
 * before an auxiliary is the company named in full inside another sentence. */
static void short_form_opens_sentence(void **state)
{
    (void)state;
    const char *t = "Canada on Wednesday removed shipping firm Tamar Shipping Ltd from its "
                    "sanctions list. Tamar was sanctioned by Ottawa in 2023.";
    EXPECT(t, "blacklisting", "Canad", "Tamar", MOD_ASSERTED);
    EXPECT(t, "delisting", "Canad", "Tamar", MOD_ASSERTED);
}

/* "putting X on China's unreliable entity list": the list's owner may stand in the list's
 * name, and "X Robotics on China's list" is no longer name. */
static void list_named_by_owner(void **state)
{
    (void)state;
    EXPECT("Officials said Beijing could retaliate by putting drone maker Tamar Robotics on "
           "China's unreliable entity list.", "blacklisting", "Chinese government",
           "Tamar Robotics", MOD_HYPOTHETICAL);
}

/* Listings told around the act: "could be added at the next revision", "the move stopped
 * short of listing X's parent company, Y", "which it had barred", "the EU, which listed
 * X"; and a delisting sought: "would seek to have the (EU) sanctions lifted". */
static void listings_told_around_the_act(void **state)
{
    (void)state;
    EXPECT("Britain sanctioned Orun Holdings. A third firm, the Antwerp forwarder Tamar "
           "Logistics Ltd, could be added at the next revision of the list, officials said.",
           "blacklisting", "UK", "Tamar Logistics", MOD_HYPOTHETICAL);
    const char *move = "Beijing added Orun Holdings to its list. The move stopped short of "
                       "listing Orun's parent company, Tamar Industries, a large employer.";
    EXPECT(move, "blacklisting", "Chinese government", "Tamar Industries", MOD_NEGATED);
    REFUSE(move, "blacklisting", "Chinese government", "Tamar Industries");
    EXPECT("Britain said it had taken Orun Holdings, which it had barred in 2022, off its "
           "list.", "blacklisting", "UK", "Orun Holdings", MOD_ASSERTED);
    EXPECT("The European Union, which listed Orun Holdings in 2022, has not followed suit.",
           "blacklisting", "European Union", "Orun Holdings", MOD_ASSERTED);
    REFUSE("The European Union listed its bonds in Luxembourg, Orun Holdings said.",
           "blacklisting", "European Union", "Orun Holdings");
    EXPECT("Britain sanctioned Orun Holdings. A lawyer for Orun Holdings said the company "
           "would seek to have the sanctions lifted through the courts.", "delisting", "UK",
           "Orun Holdings", MOD_HYPOTHETICAL);
    EXPECT("Tamar Metals said this week it would seek to have the EU sanctions lifted.",
           "delisting", "European Union", "Tamar Metals", MOD_HYPOTHETICAL);
}

/* "was sanctioned by Ottawa ... together with its partner, Y" lists Y too; "did not raise
 * any security objection" denies an objection. */
static void partners_and_single_objections(void **state)
{
    (void)state;
    EXPECT("Orun Holdings was sanctioned by Ottawa in February 2024 together with its "
           "Estonian partner, Tamar Bunkering Ltd, which remains listed.", "blacklisting",
           "Canad", "Tamar Bunkering", MOD_ASSERTED);
    EXPECT("Britain's Department for Business and Trade approved the purchase of Orun "
           "Holdings by Tamar Group in March. The department did not raise any security "
           "objection, a spokesman said.", "government_objection", "Business and Trade",
           "Tamar Group", MOD_NEGATED);
}

/* "published provisional findings" is a step of a review; Chile's Fiscalía Nacional
 * Económica and the (spun) Cabinet Office are reviewing bodies; "stopped quick of" is a
 * spun "stopped short of". */
static void review_steps_and_bodies(void **state)
{
    (void)state;
    EXPECT("Orun Holdings agreed to buy Tamar Systems. Britain's Competition and Markets "
           "Authority published provisional findings in May on the deal.",
           "regulatory_review", "Competition and Markets Authority", "Orun Holdings",
           MOD_ASSERTED);
    EXPECT("Orun Holdings agreed to buy Tamar Systems. Chile's Fiscalía Nacional Económica "
           "opened an in-depth probe into the deal in December.", "regulatory_review",
           "Fiscal", "Orun Holdings", MOD_ASSERTED);
    EXPECT("Orun Holdings agreed to buy Tamar Systems. The Cupboard Business office called "
           "in the deal for a national security assessment in March.", "regulatory_review",
           "Cabinet Office", "Orun Holdings", MOD_ASSERTED);
    EXPECT("The Treasury Department stopped quick of sanctioning Tamar Systems.",
           "blacklisting", "Treasury", "Tamar Systems", MOD_NEGATED);
}

/* "X has been on the list since May, when the Treasury sanctioned it": "it" is the
 * sentence's subject; "subject to ... and the removal of X from the list maintained by Y"
 * is a condition, a possible delisting by Y. */
static void listing_of_it_and_conditional_removal(void **state)
{
    (void)state;
    EXPECT("Orun Holdings has been on the US list since May, when the Treasury Department "
           "sanctioned it together with its owner.", "blacklisting", "Treasury",
           "Orun Holdings", MOD_ASSERTED);
    const char *c = "Any deal would be subject to, among other conditions, approval by "
                    "shareholders and the removal of Orun Holdings from the Entity List "
                    "maintained by the US Commerce Department.";
    EXPECT(c, "delisting", "Commerce", "Orun Holdings", MOD_HYPOTHETICAL);
    REFUSE(c, "delisting", "Commerce", "Orun Holdings");
}

/* "objected in April to", "did not challenge the acquisition": objections with a date
 * between verb and object, and a challenge outside court. */
static void objections_round8(void **state)
{
    (void)state;
    EXPECT("Orun Holdings agreed to buy Tamar Systems. China's commerce ministry objected in "
           "April to what it called a forced sale.", "government_objection", "Commerce",
           "Orun Holdings", MOD_ASSERTED);
    EXPECT("The Federal Trade Commission did not challenge the acquisition of Tamar Systems "
           "by Orun Holdings.", "government_objection", "Federal Trade Commission",
           "Tamar Systems", MOD_NEGATED);
}

/* A removal told without its author is by the body that listed the party, not by the
 * body of the listing told last ("Tamar would ask to be removed from the list" after
 * Commerce listed Tamar and the Treasury sanctioned another firm). */
static void agentless_removal_by_the_lister(void **state)
{
    (void)state;
    const char *t = "The Commerce Department on Tuesday added Tamar Systems to its Entity "
                    "List. Separately, the Treasury Department designated Orun Holdings. "
                    "Tamar Systems said it would ask to be removed from the list.";
    EXPECT(t, "delisting", "Commerce", "Tamar Systems", MOD_HYPOTHETICAL);
    assert_false(has_event(t, "delisting", "Treasury", "Tamar Systems", MOD_HYPOTHETICAL));
}

/* "could follow with its own designation of X" is a possible listing; "followed with its
 * own sanctions on X" a listing. */
static void listing_that_follows_another(void **state)
{
    (void)state;
    const char *may = "A person familiar with the matter said the Treasury Department could "
                      "follow with its own designation of Orun Holdings.";
    EXPECT(may, "blacklisting", "Treasury", "Orun Holdings", MOD_HYPOTHETICAL);
    REFUSE(may, "blacklisting", "Treasury", "Orun Holdings");
    EXPECT("The Treasury Department followed with its own sanctions on Orun Holdings in May.",
           "blacklisting", "Treasury", "Orun Holdings", MOD_ASSERTED);
}

/* Takeover talks, endings and reports as news words them: spun synonyms, descriptions
 * between a role and its name, nominal endings, sellers after "from". */
/* Deal wordings of news at large: amounts in other currencies, completion verbs, talks
 * named by the deal they were about, ends told without an object, and sellers telling of
 * their own sale. */
static void deal_wordings_at_large(void **state)
{
    (void)state;
    EXPECT("Private equity firm Vantrel Group has walked away from a possible \u00a31.4bn "
           "buyout of pub group Osterby Holdings.", "acquisition_talks_ended", "Vantrel",
           "Osterby", MOD_ASSERTED);
    EXPECT("Private equity group Vantrel Group has finalised its \u20ac640m buyout of Osterby "
           "Holdings, the companies said.", "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group on Wednesday concluded its takeover of Osterby Holdings.",
           "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    /* a purchase of sites from a company is no purchase of it */
    REFUSE("Vantrel Group finished its takeover of 120 sites from Osterby Holdings last year.",
           "acquisition", "Vantrel", "Osterby");
    REFUSE("Vantrel Group finished its takeover of 120 sites from Osterby Holdings last year.",
           "acquisition_talks", "Vantrel", "Osterby");
    EXPECT("Talks on a proposed merger between chemical makers Vantrel Group and Osterby "
           "Holdings collapsed on Monday.", "acquisition_talks_ended", "Vantrel", "Osterby",
           MOD_ASSERTED);
    EXPECT("Vantrel Group said it was no longer in talks with Osterby Holdings.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group made an approach for Osterby Holdings in February. Vantrel walked away "
           "in March.", "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group made an offer for Osterby Holdings in February. On Thursday the two "
           "companies said they had terminated their merger agreement.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group had held talks with Osterby Holdings in May. A third name, Kelso "
           "Partners, dropped out yesterday.", "acquisition_talks_ended", "Kelso", "Osterby",
           MOD_ASSERTED);
    EXPECT("Vantrel Group agreed to buy Osterby Holdings. A consortium led by Kelso Partners "
           "countered with an unsolicited proposal.", "acquisition_talks", "Kelso", "Osterby",
           MOD_ASSERTED);
    /* the seller tells of its own sale: the other party is the buyer */
    EXPECT("Osterby Holdings says it is \"not in discussions\" with Vantrel Group about a sale.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_NEGATED);
    EXPECT("Osterby Holdings's largest shareholder, the Lund family, is in talks to sell its 32% "
           "stake to Vantrel Group, people said.", "acquisition_talks", "Vantrel", "Osterby",
           MOD_ASSERTED);
    REFUSE("Osterby Holdings's largest shareholder, the Lund family, is in talks to sell its 32% "
           "stake to Vantrel Group, people said.", "acquisition_talks", "Lund", "Vantrel");
}

/* What might have been or might be: a counterfactual merger, a takeover that would be the
 * largest, an option to buy the rest; a denial with a time phrase in it. */
static void deals_that_might_be(void **state)
{
    (void)state;
    EXPECT("Talks between Vantrel Group and Osterby Holdings collapsed on Monday. Vantrel Group "
           "had been in discussions with Osterby Holdings since April about a tie-up that would "
           "have created the largest group.", "acquisition", "Vantrel", "Osterby",
           MOD_HYPOTHETICAL);
    /* the counterfactual does not make the talks beside it redundant */
    EXPECT("Talks between Vantrel Group and Osterby Holdings collapsed on Monday. Vantrel Group "
           "had been in discussions with Osterby Holdings since April about a tie-up that would "
           "have created the largest group.", "acquisition_talks", "Vantrel", "Osterby",
           MOD_ASSERTED);
    EXPECT("A takeover of Osterby Holdings by Vantrel Group would be the largest deal of the "
           "year.", "acquisition", "Vantrel", "Osterby", MOD_HYPOTHETICAL);
    REFUSE("A takeover of Osterby Holdings by Vantrel Group would be the largest deal of the "
           "year.", "acquisition_talks", "Vantrel", "Osterby");
    EXPECT("For Vantrel Group, buying Osterby Holdings would fill a gap in its range.",
           "acquisition", "Vantrel", "Osterby", MOD_HYPOTHETICAL);
    EXPECT("Under the agreement, Vantrel Group has an option to acquire the remaining 40% of "
           "Osterby Holdings in 2027.", "acquisition", "Vantrel", "Osterby", MOD_HYPOTHETICAL);
    EXPECT("The $1.1 billion deal, under which Vantrel Group would have absorbed Osterby "
           "Holdings, was announced in March.", "acquisition", "Vantrel", "Osterby",
           MOD_HYPOTHETICAL);
    EXPECT("Vantrel Group denied on Wednesday that it was in talks with Osterby Holdings.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_NEGATED);
    REFUSE("Vantrel Group denied on Wednesday that it was in talks with Osterby Holdings.",
           "acquisition_talks", "Vantrel", "Osterby");
    /* "acquired brands" is no purchase of the deal's company */
    REFUSE("Vantrel Group made an offer for Osterby Holdings. People say they like Vantrel's "
           "record of leaving acquired brands alone.", "acquisition", "Vantrel", "Osterby");
}

/* A roundup tells one deal per item: "the companies" and "the acquisition" there are the
 * deal of their paragraph, and an ending names the one other company of its sentence. */
static void roundup_items_have_their_own_deal(void **state)
{
    (void)state;
    const char *roundup =
        "Dunmore plc has confirmed it is in talks about an offer for Kestle Group. Dunmore "
        "made an approach for Kestle Group in February.\n\n"
        "Arden Foods said it had closed the purchase of Pipers Bakehouse. The acquisition was "
        "cleared by the Competition and Markets Authority last month.\n\n"
        "Shares in Brightwater Energy fell after Halden Renewables called off merger talks. The "
        "companies had been in advanced discussions since January.";
    EXPECT(roundup, "acquisition_talks_ended", "Halden", "Brightwater", MOD_ASSERTED);
    REFUSE(roundup, "acquisition_talks_ended", "Halden", "Kestle");
    EXPECT(roundup, "acquisition_talks", "Halden", "Brightwater", MOD_ASSERTED);
    EXPECT(roundup, "regulatory_review", "Competition and Markets", "Arden", MOD_ASSERTED);
    REFUSE(roundup, "regulatory_review", "Competition and Markets", "Dunmore");
    /* a past purchase of the deal's company is background, not the deal a reference names */
    EXPECT("Vantrel Group confirmed it is in advanced discussions with Kelso Partners regarding a "
           "potential acquisition of Osterby Holdings.\n\nKelso Partners, which acquired "
           "Osterby Holdings in 2019, is its sole shareholder. There can be no certainty that "
           "these discussions will lead to an agreement.", "acquisition", "Kelso", "Osterby",
           MOD_ASSERTED);
    /* a past perfect is no counterfactual ("Had the deal closed, ...") */
    EXPECT("Arden Foods said it had closed the purchase of Pipers Bakehouse last week.",
           "acquisition", "Arden", "Pipers", MOD_ASSERTED);
}

/* Each entry of a live blog, under its time stamp, is told as the news of its moment. */
static void live_blog_entries_are_leads(void **state)
{
    (void)state;
    EXPECT_DATE("Good morning and welcome to our rolling coverage.\n\n08:12 GMT\n\nDunmore "
                "confirms approach\n\nDunmore plc has confirmed it is in talks about an offer "
                "for Kestle Group.\n\n10:45 GMT\n\nPrivate equity group Alder Ridge has "
                "finalised its buyout of Trent Logistics, the companies said.", "acquisition",
                "Alder Ridge", "Trent", "2025-03-18");
    /* a trade title, its article capitalised inside the sentence */
    EXPECT("Osterby Holdings said it was exploring a sale. That came days after The Grocer "
           "reported that Vantrel Group had made an approach worth about \u00a3600m.",
           "media_report", "Grocer", NULL, MOD_ASSERTED);
    EXPECT("Kelso Partners had held talks with Osterby Holdings in May. That came days after "
           "The Grocer reported that Vantrel Group had made an approach worth about \u00a3600m.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group made an offer for Osterby Holdings. Kelso Partners is considering a "
           "rival bid that could top \u00a3650m.", "acquisition_talks", "Kelso", "Osterby",
           MOD_HYPOTHETICAL);
    /* a report named by its outlet */
    EXPECT("Lomond Spirits denied it, responding to a Bloomberg report that Hoshiyama was "
           "exploring a bid.", "media_report", "Bloomberg", NULL, MOD_ASSERTED);
}

/* More classes of deal wording, each with a look-alike that is no deal. */
static void deal_wording_classes(void **state)
{
    (void)state;
    EXPECT("Vantrel Group entered into a definitive agreement to acquire Osterby Holdings.",
           "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group took a controlling stake in Osterby Holdings in June.", "acquisition",
           "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Vantrel Group took a controlling stake in a joint venture with Osterby Holdings.",
           "acquisition", "Vantrel", "Osterby");
    EXPECT("Vantrel Group won the auction for Osterby Holdings last month.", "acquisition",
           "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group is buying Osterby Holdings for $2 billion, the companies said.",
           "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group is nearing a deal to buy Osterby Holdings.", "acquisition_talks",
           "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Vantrel Group is nearing a deal to supply Osterby Holdings with chips.",
           "acquisition_talks", "Vantrel", "Osterby");
    EXPECT("Vantrel Group has expressed interest in acquiring Osterby Holdings.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Vantrel Group has expressed interest in acquiring assets from Osterby Holdings.",
           "acquisition_talks", "Vantrel", "Osterby");
    EXPECT("Vantrel Group and Osterby Holdings are in talks to merge.", "acquisition_talks",
           "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Vantrel Group and Osterby Holdings are in talks to merge their Asian units.",
           "acquisition_talks", "Vantrel", "Osterby");
    EXPECT("Vantrel Group and Osterby Holdings have held merger talks.", "acquisition_talks",
           "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Osterby Holdings and Vantrel Group have held talks on a supply agreement.",
           "acquisition_talks", "Vantrel", "Osterby");
    EXPECT("Osterby Holdings is in talks to be acquired by Vantrel Group.", "acquisition_talks",
           "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Osterby Holdings is in talks to be acquired by Vantrel Group.", "acquisition",
           "Vantrel", "Osterby");
    EXPECT("Osterby Holdings is in talks to sell itself to Vantrel Group.", "acquisition_talks",
           "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group has returned with a higher offer for Osterby Holdings.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("The deal between Vantrel Group and Osterby Holdings fell through.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group has given up on buying Osterby Holdings.", "acquisition_talks_ended",
           "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group backed out of its deal to buy Osterby Holdings.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Vantrel Group backed out of the sponsorship deal with Osterby Holdings.",
           "acquisition_talks_ended", "Vantrel", "Osterby");
    EXPECT("Vantrel Group's agreement to buy Osterby Holdings was terminated on Friday.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group has decided not to proceed with an offer for Osterby Holdings.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group confirmed it does not intend to make an offer for Osterby Holdings.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group has pulled its bid for Osterby Holdings.", "acquisition_talks_ended",
           "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group said it would no longer pursue Osterby Holdings.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group is in talks to buy Osterby Holdings, the Wall Street Journal said on "
           "Monday.", "media_report", "Wall Street Journal", NULL, MOD_ASSERTED);
    /* a denial beside an ending is a claim of its own; "no longer in talks" is only the end */
    EXPECT("Kelso Partners walked away in March after Osterby Holdings refused to open its books, "
           "and a Kelso Partners spokesman said on Thursday the company was not in talks with "
           "Osterby Holdings.", "acquisition_talks", "Kelso", "Osterby", MOD_NEGATED);
    assert_false(has_event("Vantrel Group said it was no longer in talks with Osterby Holdings.",
                           "acquisition_talks", "Vantrel", "Osterby", MOD_NEGATED));
    /* a walk-away in a condition */
    EXPECT("Vantrel Group agreed to buy Osterby Holdings in 2021. If Vantrel Group did walk away, "
           "it would have to pay a break fee.", "acquisition_talks_ended", "Vantrel", "Osterby",
           MOD_HYPOTHETICAL);
    /* one buyer, two deals in one sentence; a deal named by apposition; a unit sold */
    EXPECT("Vantrel Group bought Kelso Partners in 2019 and agreed last year to acquire Osterby "
           "Holdings.", "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Vantrel Group bought Kelso Partners in 2019 and Osterby Holdings agreed to buy "
           "Lindqvist Invest.", "acquisition", "Vantrel", "Lindqvist");
    EXPECT("Vantrel Group's first big deal, the purchase of Osterby Holdings in 2021, took a year "
           "to digest.", "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group sold its paints unit, Osterby Coatings, to Kelso Partners for $1 "
           "billion.", "acquisition", "Kelso", "Osterby Coatings", MOD_ASSERTED);
    REFUSE("Vantrel Group sold its paints unit, Osterby Coatings, to Kelso Partners for $1 "
           "billion.", "acquisition", "Vantrel", "Osterby Coatings");
    /* the company bought tells it */
    EXPECT("Osterby Holdings agreed to a $2 billion takeover by Vantrel Group.", "acquisition",
           "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Osterby Holdings's shareholders approved the takeover by Vantrel Group on Tuesday.",
           "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Osterby Holdings's board has recommended Vantrel Group's offer to shareholders.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Osterby Holdings backed a sweetened offer from Vantrel Group.", "acquisition_talks",
           "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Osterby Holdings has entered talks with Vantrel Group about a possible sale.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Osterby Holdings has entered talks with Vantrel Group about a possible sale.",
           "acquisition_talks", "Osterby", "Vantrel");
    EXPECT("Vantrel Group and Kelso Partners have agreed to jointly acquire Osterby Holdings.",
           "acquisition", "Kelso", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group made an offer for Osterby Holdings. The Vantrel-Osterby merger "
           "collapsed on Friday.", "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    /* a rival named before, a time phrase between "agreed" and the purchase */
    EXPECT("The combination of Vantrel Group and Osterby Holdings looked good. Vantrel Group "
           "agreed in May last year to take over its smaller rival in an all-share merger.",
           "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    /* bids that may come, and a denial of one */
    EXPECT("Vantrel Group is preparing a bid for Osterby Holdings.", "acquisition_talks",
           "Vantrel", "Osterby", MOD_HYPOTHETICAL);
    EXPECT("Vantrel Group might raise its offer for Osterby Holdings.", "acquisition_talks",
           "Vantrel", "Osterby", MOD_HYPOTHETICAL);
    EXPECT("Vantrel Group hopes to buy Osterby Holdings.", "acquisition_talks", "Vantrel",
           "Osterby", MOD_HYPOTHETICAL);
    EXPECT("Vantrel Group dismissed speculation that it would bid for Osterby Holdings.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_NEGATED);
    /* the start of talks retold beside their end */
    EXPECT("Vantrel Group has walked away from its planned investment in Osterby Holdings, ending "
           "negotiations that began in the third quarter. Under the proposed terms, Vantrel "
           "Group would have acquired 51% of Osterby Holdings.", "acquisition_talks", "Vantrel",
           "Osterby", MOD_ASSERTED);
    /* an industry word ends a name at the start of a sentence */
    EXPECT("Satpura Cement, long talked about as a rival suitor, said it was not in talks to buy "
           "Osterby Holdings.", "acquisition_talks", "Satpura Cement", "Osterby", MOD_NEGATED);
    EXPECT("Had the board cleared the bid, Vantrel Group would have taken control of Mulga Creek "
           "Resources.", "acquisition", "Vantrel", "Mulga", MOD_HYPOTHETICAL);
}

static void deal_and_report_wordings(void **state)
{
    (void)state;
    EXPECT("Qorvel's board met on Friday, in accordance to the broadcaster NHK.",
           "media_report", "NHK", NULL, MOD_ASSERTED);
    EXPECT("Two people who spoke to Dagens Industri said Vantrel Group had held talks to buy "
           "Osterby Holdings.", "media_report", "Dagens Industri", NULL, MOD_ASSERTED);
    EXPECT("Vantrel Group has deserted its pursuit of Osterby Holdings after months of haggling.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Talks between Vantrel Group and Oslo-based Osterby Holdings broke down in June.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    /* a rejected approach tells the approach (the gold conventions: "Mesa had rejected a
     * general proposal from StatesWest" is talks); the bidder may come back */
    EXPECT("Osterby Holdings rejected an approach from larger rival Vantrel Group in May.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Osterby Holdings rejected an approach from larger rival Vantrel Group in May.",
           "acquisition_talks", "Osterby", "Vantrel");
    EXPECT("The collapse of Vantrel Group's talks to buy Osterby Holdings in 2023 left both weaker.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group made an offer for Osterby Holdings in March. The collapse of the talks "
           "surprised investors.", "acquisition_talks_ended", "Vantrel", "Osterby",
           MOD_ASSERTED);
    EXPECT("Vantrel Group said it had no plans to make an offer for Osterby Holdings.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_NEGATED);
    EXPECT("Vantrel Group proposed an all-share merger with Osterby Holdings last year.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group and Osterby Holdings had been in advanced discussions since March.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Osterby Holdings was itself acquired by Bergen-registered investment firm Vantrel "
           "Group in 2019.", "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Osterby Holdings was itself acquired by Bergen-registered investment firm Vantrel "
           "Group in 2019.", "acquisition", "Osterby", "Vantrel");
    REFUSE("Osterby Holdings was bought by Vantrel Group in 2018.", "acquisition", "Osterby",
           "Vantrel");
    REFUSE("Vantrel Group now owns Osterby Holdings outright, having bought the last 26 per cent "
           "from Lindqvist Invest AB.", "acquisition", "Osterby", "Lindqvist");
    EXPECT("Vantrel Group, which obtained Danish pump maker Osterby Holdings in 2021, said it was "
           "pleased.", "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Vantrel Group obtained clearance from Osterby Holdings for the plan.", "acquisition",
           "Vantrel", "Osterby");
    /* talks with unnamed others are not talks with the deal's counterpart */
    REFUSE("Vantrel Group has walked away from its pursuit of Osterby Holdings. Osterby said it "
           "was in negotiations with other potential buyers.", "acquisition_talks", "Osterby",
           "Vantrel");
    REFUSE("Vantrel Group has walked away from its pursuit of Osterby Holdings. Osterby said it "
           "was in negotiations with other potential buyers.", "acquisition_talks", "Vantrel",
           "Osterby");
    EXPECT("Vantrel Group has walked away from its pursuit of Osterby Holdings. The negotiations, "
           "which commenced in the spring, were never public.", "acquisition_talks", "Vantrel",
           "Osterby", MOD_ASSERTED);
    EXPECT("The talks had been at first documented by the Norwegian economic every day Bergens "
           "Finansavis in July.", "media_report", "Bergens Finansavis", NULL, MOD_ASSERTED);
    EXPECT("Osterby Holdings is now owned by Bergen's Vantrel Group, the company said.",
           "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group said the compulsory acquisition of the last 4 per cent of Osterby "
           "Holdings shares had been finalised.", "acquisition", "Vantrel", "Osterby",
           MOD_ASSERTED);
    EXPECT_DATE("The completion of Vantrel Group's takeover of Osterby Holdings on 4 June 2024 "
                "surprised few analysts.", "acquisition", "Vantrel", "Osterby", "2024-06-04");
    /* "Had its deal gone through, X would have …" is X's deal, not the document's */
    EXPECT("Vantrel Group agreed to buy Osterby Holdings in March. Skarholt Invest had made an "
           "offer for Osterby Holdings in 2022. Had its deal gone through, Skarholt Invest would "
           "have become the largest owner.", "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group has been talking to Osterby Holdings since December, people said.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_ASSERTED);
    /* a sentence-opening "It" after "The second suitor, the … group X, moved" is X */
    EXPECT("Skarholt Invest walked away from Osterby Holdings in January. The second suitor, the "
           "Paris-listed group Vantrel Group, moved quickly. It made an offer for Osterby Holdings "
           "in February.", "acquisition_talks", "Vantrel", "Osterby", MOD_ASSERTED);
    /* a rival with no deal of its own bid for the company the document's deal is about */
    EXPECT("Vantrel Group agreed to buy Osterby Holdings in May. Rival Skarholt Invest walked "
           "away from talks to buy the stake in April.", "acquisition_talks_ended", "Skarholt",
           "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group agreed to buy Osterby Holdings in May. Skarholt Invest is considering "
           "whether to make an offer, people said.", "acquisition_talks", "Skarholt", "Osterby",
           MOD_HYPOTHETICAL);
    /* "It" after an opening time phrase is the subject before, as a sentence-opening "It" */
    EXPECT("Vantrel Group walked away from Osterby Holdings. On Tuesday it completed its "
           "acquisition of Skarholt Invest.", "acquisition", "Vantrel", "Skarholt", MOD_ASSERTED);
    EXPECT("Vantrel Group walked away from Osterby Holdings. In 2021, it bought Skarholt Invest.",
           "acquisition", "Vantrel", "Skarholt", MOD_ASSERTED);
    REFUSE("Vantrel Group walked away from Osterby Holdings. On Tuesday Brenmark said it had "
           "bought Skarholt Invest.", "acquisition", "Vantrel", "Skarholt");
    /* the deal's noun, where the purchase is told as fact, is the purchase again */
    REFUSE("Vantrel Group agreed to buy Osterby Holdings in May. Unions said on Monday they "
           "opposed the acquisition of Osterby Holdings by Vantrel Group.", "acquisition_talks",
           "Vantrel", "Osterby");
    EXPECT("Vantrel Group said it was weighing options. Unions said on Monday they opposed the "
           "planned acquisition of Osterby Holdings by Vantrel Group.", "acquisition_talks",
           "Vantrel", "Osterby", MOD_HYPOTHETICAL);
    /* a week is the month of its Thursday: last week of Tuesday 18 March 2025 is March */
    EXPECT_DATE("People familiar with the matter told Reuters last week that Vantrel Group was "
                "in talks to buy Osterby Holdings.", "media_report", "Reuters", NULL, "2025-03");
    /* a party telling its own news dates it; an outlet's report does not */
    EXPECT_DATE("Vantrel Group has agreed to buy Osterby Holdings for $2 billion, the companies "
                "said on Monday.", "acquisition", "Vantrel", "Osterby", "2025-03-17");
    EXPECT_DATE("Vantrel Group has agreed to buy Osterby Holdings for $2 billion, Reuters reported "
                "on Monday.", "acquisition", "Vantrel", "Osterby", "2025-03-18");
    EXPECT("Vantrel Group walked away from Osterby Holdings.", "acquisition_talks_ended",
           "Vantrel", "Osterby", MOD_ASSERTED);
    /* "The negotiations, which began in …": the clause dates the talks */
    EXPECT_DATE("Vantrel Group walked away from Osterby Holdings. The negotiations, which began "
                "in the third quarter of last year, were never public.", "acquisition_talks",
                "Vantrel", "Osterby", "2024");
    /* common wordings of purchases, offers, rejections and reports */
    EXPECT("Osterby Holdings was quietly sold to the Danish investor Vantrel Group in 2017.",
           "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Officials said Vantrel Group and Osterby Holdings would be fined for the arms they "
           "have sold to Skarholt Invest.", "acquisition", "Skarholt", "Vantrel");
    EXPECT("Vantrel Group took majority control of Osterby Holdings last year.", "acquisition",
           "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group's purchase of Osterby Holdings was completed on 2 May.", "acquisition",
           "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("The takeover of Osterby Holdings by Vantrel Group has been finalised, the companies "
           "said.", "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group made a cash proposal to Osterby Holdings in April.", "acquisition_talks",
           "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Osterby Holdings turned down Vantrel Group's improved offer.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Bloomberg News, citing people familiar with the talks, said Vantrel Group was in "
           "talks to buy Osterby Holdings.", "media_report", "Bloomberg", NULL, MOD_ASSERTED);
    /* denials of interest, and a sale told from the seller's side */
    EXPECT("Vantrel Group said it had no intention of making a rival offer for Osterby Holdings.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_NEGATED);
    EXPECT("Vantrel Group has ruled out a counter-bid for Osterby Holdings.", "acquisition_talks",
           "Vantrel", "Osterby", MOD_NEGATED);
    EXPECT("Vantrel Group told investors it was no longer interested in acquiring Osterby "
           "Holdings.", "acquisition_talks", "Vantrel", "Osterby", MOD_NEGATED);
    EXPECT("The sale of Osterby Holdings to Vantrel Group was completed in June.", "acquisition",
           "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group reached a binding agreement to take over Osterby Holdings.",
           "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group walks absent from talks to acquire Osterby Holdings.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group's cash offer for Osterby Holdings expired at midnight.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group allowed its offer for Osterby Holdings to lapse.",
           "acquisition_talks_ended", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group offered about €900 million for Osterby Holdings.", "acquisition_talks",
           "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Vantrel Group offered support for Osterby Holdings.", "acquisition_talks", "Vantrel",
           "Osterby");
    EXPECT("Vantrel Group put forward a revised proposal for Osterby Holdings.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Le Figaro said on Sunday that Vantrel Group had made an offer for Osterby Holdings.",
           "media_report", "Le Figaro", NULL, MOD_ASSERTED);
    EXPECT("Two bankers quoted by Les Echos said Vantrel Group had made an offer.",
           "media_report", "Les Echos", NULL, MOD_ASSERTED);
    /* what is expected or denied did not happen; talks about other business are no deal */
    EXPECT("Bankers expect Vantrel Group to make an offer for Osterby Holdings.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_HYPOTHETICAL);
    EXPECT("Vantrel Group dismissed media reports that it was in talks to buy Osterby Holdings.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_NEGATED);
    REFUSE("Vantrel Group ended its supply agreement with Osterby Holdings in May.",
           "acquisition_talks_ended", "Vantrel", "Osterby");
    REFUSE("Vantrel Group is in negotiations with Osterby Holdings over a licensing deal.",
           "acquisition_talks", "Vantrel", "Osterby");
    /* talks "with" a party, where the document tells who is bought, name the other as buyer */
    EXPECT("Vantrel Group made an offer for Osterby Holdings in May. Osterby Holdings said it was "
           "in talks with Skarholt Invest.", "acquisition_talks", "Skarholt", "Osterby",
           MOD_ASSERTED);
    EXPECT("Vantrel Group made an offer for Osterby Holdings in May. Osterby Holdings said it was "
           "not in talks with Skarholt Invest.", "acquisition_talks", "Skarholt", "Osterby",
           MOD_NEGATED);
    /* the month May is no modal verb */
    EXPECT("Osterby Holdings said that on 14 May 2025 it received a proposal from Vantrel Group.",
           "acquisition_talks", "Vantrel", "Osterby", MOD_ASSERTED);
    EXPECT("Vantrel Group may make an offer for Osterby Holdings in May.", "acquisition_talks",
           "Vantrel", "Osterby", MOD_HYPOTHETICAL);
    EXPECT("Vantrel Group, which procured Danish valve maker Osterby Holdings in 2020, said it "
           "was pleased.", "acquisition", "Vantrel", "Osterby", MOD_ASSERTED);
    REFUSE("Vantrel Group procured valves from Osterby Holdings.", "acquisition", "Vantrel",
           "Osterby");
    EXPECT("Vantrel Group scrapped its proposed acquisition of Osterby Holdings. The deal would "
           "have given Vantrel Group control of the largest network in the region.",
           "acquisition", "Vantrel", "Osterby", MOD_HYPOTHETICAL);
    /* ", then Y's largest shareholder," is an aside: the offer is X's */
    EXPECT("Vantrel Group agreed to buy Osterby Holdings. Skarholt Invest, then Osterby "
           "Holdings' second-largest shareholder, made a rival offer of 45 euros a share in March.",
           "acquisition_talks", "Skarholt", "Osterby", MOD_ASSERTED);
    /* "That bid lapsed" is the offer told last, not the document's deal */
    EXPECT("Vantrel Group agreed to buy Osterby Holdings in May and completed the purchase in "
           "June. Skarholt Invest made a rival offer for Osterby Holdings in March. That bid "
           "lapsed in April.", "acquisition_talks_ended", "Skarholt", "Osterby", MOD_ASSERTED);
    REFUSE("Vantrel Group agreed to buy Osterby Holdings in May and completed the purchase in "
           "June. Skarholt Invest made a rival offer for Osterby Holdings in March. That bid "
           "lapsed in April.", "acquisition_talks_ended", "Vantrel", "Osterby");
    EXPECT_DATE("Vantrel Group agreed to buy Osterby Holdings in March. Skarholt Invest approached "
                "Osterby Holdings in January. Osterby's board rebuffed that approach in "
                "February.", "acquisition_talks_ended", "Skarholt", "Osterby", "2025-02");
    EXPECT("Vantrel Group made an offer for Osterby Holdings. Had the offer ultimately succeeded, Vantrel "
           "would have doubled in size.", "acquisition", "Vantrel", "Osterby",
           MOD_HYPOTHETICAL);
}

/* Government-side wordings of round 9: who is listed when a place, a nationality or a
 * role's owner stands next to the name; counted listings named later; asset freezes and
 * market bans; told denials and possibilities. */
static void listings_round9(void **state)
{
    (void)state;
    REFUSE("The Treasury Department sanctioned six entities based in Iran and China.",
           "blacklisting", "Treasury", "Iran");
    REFUSE("China's Ministry of Commerce added six U.S. companies to its unreliable entity list.",
           "blacklisting", "Commerce", "US government");
    const char *role = "The Treasury Department sanctioned Avtoprom Trade's chief executive, "
                       "Gennady Lukin, on Tuesday.";
    EXPECT(role, "blacklisting", "Treasury", "Lukin", MOD_ASSERTED);
    REFUSE(role, "blacklisting", "Treasury", "Avtoprom");
    const char *stake = "In September Canberra ordered Perth-listed Yalgoo Lithium's largest "
                        "shareholder, Shenzhen-based Tianhe Mining, to sell down its stake.";
    REFUSE(stake, "blacklisting", "Australia", "Yalgoo");
    EXPECT(stake, "government_objection", "Australia", "Tianhe", MOD_ASSERTED);
    EXPECT("China's Ministry of Commerce on Thursday added six U.S. companies to its unreliable "
           "entity list over their arms sales to Taiwan, including drone maker Skyreach Dynamics.",
           "blacklisting", "Commerce", "Skyreach", MOD_ASSERTED);
    EXPECT("The Council of the EU added 48 people and 35 entities to its sanctions list. Among "
           "them are Chinese trader Ningbo Haiyue Chemicals and oil trader Saraswati Petro "
           "Ventures.", "blacklisting", "European Union", "Saraswati", MOD_ASSERTED);
    const char *among = "Japan's Ministry of Economy, Trade and Industry has added 23 companies "
                        "in China, Turkey and the United Arab Emirates to its End User List. Among "
                        "the newly listed are Dalian Xinhai Precision Machinery, a maker of machine "
                        "tools, and Istanbul-based trader Anatolia Makine Ticaret.";
    EXPECT(among, "blacklisting", "Economy", "Anatolia", MOD_ASSERTED);
    EXPECT(among, "blacklisting", "Economy", "Dalian", MOD_ASSERTED);
    REFUSE(among, "blacklisting", "Economy", "Turk");
    EXPECT("Japan's Ministry of Finance froze the assets of 11 Russian individuals and four "
           "entities, including Vladivostok shipping company Primorsk Line.", "blacklisting",
           "Finance", "Primorsk", MOD_ASSERTED);
    const char *market = "India's markets regulator, the Securities and Exchange Board of India, "
                         "on Tuesday barred Sunderban Agro Exports from the securities market.";
    EXPECT(market, "blacklisting", "Securities and Exchange Board", "Sunderban", MOD_ASSERTED);
    REFUSE(market, "government_objection", "Securities and Exchange Board", "Sunderban");
    EXPECT("The Commerce Department added Shenzhen Feiyun Avionics to its entity list. A supplier "
           "named in a report, Chengdu Lanjing Technology, has not been added, an official said.",
           "blacklisting", "Commerce", "Lanjing", MOD_NEGATED);
    EXPECT("China's Ministry of Commerce added Skyreach Dynamics to its unreliable entity list. "
           "Asked whether Marrow Semiconductor, which has supplied the Taiwan military, would "
           "also be added, a spokesperson declined to say.", "blacklisting", "Commerce", "Marrow",
           MOD_HYPOTHETICAL);
}

/* Removals of round 9: named after "such as", asked for by the listed party (the body
 * asked is not the one removed), a market delisting a company's shares. */
static void removals_round9(void **state)
{
    (void)state;
    EXPECT("The EU removed three individuals from the list, such as Russian businessman Arkady "
           "Voronin.", "delisting", "European Union", "Voronin", MOD_ASSERTED);
    const char *ask = "The Commerce Department added Shenzhen Feiyun Avionics to its entity list. "
                      "In a statement to the Shenzhen Stock Exchange, the company said it would "
                      "apply to the Commerce Department to be removed from the list.";
    EXPECT(ask, "delisting", "Commerce", "Feiyun", MOD_HYPOTHETICAL);
    assert_int_equal(count_events(ask, "delisting"), 1);
    EXPECT("Japan's Ministry of Economy, Trade and Industry added Dalian Xinhai Precision "
           "Machinery to its End User List. Dalian Xinhai said it would communicate with "
           "Japanese authorities and seek its removal from the list.", "delisting", "Economy",
           "Dalian", MOD_HYPOTHETICAL);
    EXPECT("The New York Stock Exchange delisted the shares of drone maker Dragonfly Aero on "
           "Wednesday.", "delisting", "New York Stock Exchange", "Dragonfly", MOD_ASSERTED);
    REFUSE("Acme Corp removed Widget Maker Inc from its supplier list.", "delisting", "Acme",
           "Widget");
}

/* Objections of round 9: diplomatic protests to the listing government, dismissals,
 * letters urging a block; a protest to a government that lists nothing aims at no deal. */
static void objections_round9(void **state)
{
    (void)state;
    EXPECT("Japan's Ministry of Economy, Trade and Industry added Dalian Xinhai Precision "
           "Machinery to its End User List. China's Foreign Ministry lodged stern "
           "representations with Tokyo on Wednesday.", "government_objection", "China",
           "Economy", MOD_ASSERTED);
    EXPECT("The European Union added Saraswati Petro Ventures to its sanctions list. India's "
           "Ministry of External Affairs lodged a protest with the EU delegation in New Delhi.",
           "government_objection", "External Affairs", "European Union", MOD_ASSERTED);
    REFUSE("Nippon Steel agreed to buy U.S. Steel. China lodged a protest with Washington.",
           "government_objection", "China", "Nippon");
    EXPECT("Britain added Akamas Ship Management to its sanctions list. Russia's embassy in "
           "London dismissed the new measures as illegal.", "government_objection", "Russia",
           "UK", MOD_ASSERTED);
    const char *letter = "Harbourline Digital agreed to buy Blue Ridge Transit Networks. Senator "
                         "Thomas Rayburn wrote to the Treasury urging the panel to block the "
                         "transaction.";
    EXPECT(letter, "government_objection", "Rayburn", "Harbourline", MOD_ASSERTED);
    REFUSE(letter, "government_objection", "Treasury", "Harbourline");
    EXPECT_DATE("China added Skyward Dynamics to its unreliable entity list. The US State "
                "Department criticised the move, a spokesperson said on Monday, calling the "
                "measures coercive.", "government_objection", "State Department", "Chinese",
                "2025-03-17");
}

/* "X's 9 billion euro ($10.2 billion) acquisition of Y" names the deal that the reviews
 * after it ("cleared the deal") are about; without a possessive there is no buyer. */
static void possessed_deal_noun(void **state)
{
    (void)state;
    const char *t = "EU antitrust regulators opened an investigation into Kessler Group's 9 "
                    "billion euro ($10.2 billion) acquisition of rival Vandermeer Holdings. "
                    "South Korea's Fair Trade Commission cleared the deal in March.";
    EXPECT(t, "acquisition_talks", "Kessler", "Vandermeer", MOD_ASSERTED);
    EXPECT(t, "regulatory_review", "Fair Trade Commission", "Kessler", MOD_ASSERTED);
    REFUSE("The government also blocked the takeover of Kessler Group.", "acquisition_talks",
           "German", "Kessler");
}

/* "the government" is the article's own government, not the foreign one named last; a
 * listing told in the present progressive ("OFAC is designating X") is of the day. */
static void home_government_and_listing_of_the_day(void **state)
{
    (void)state;
    EXPECT("Britain added Akamas Ship Management to the UK sanctions list. The designations are "
           "made under the Russia sanctions regulations. Campaigners said the government has not "
           "sanctioned Kyrenia Marine Insurance.", "blacklisting", "UK", "Kyrenia", MOD_NEGATED);
    EXPECT_DATE("The Treasury Department imposed sanctions on Avtoprom Trade.\n\nOFAC is "
                "designating Pars Aseman Sanat, an Iranian trading house.", "blacklisting",
                "Foreign Assets Control", "Pars Aseman", "2025-03-18");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(blacklisting),     cmocka_unit_test(delisting),
        cmocka_unit_test(acquisition),      cmocka_unit_test(acquisition_talks),
        cmocka_unit_test(acquisition_talks_ended), cmocka_unit_test(government_objection),
        cmocka_unit_test(regulatory_review), cmocka_unit_test(media_report),
        cmocka_unit_test(agentless_passive), cmocka_unit_test(deal_direction),
        cmocka_unit_test(regulator_block),  cmocka_unit_test(wordings),
        cmocka_unit_test(appositions_and_deal_refs), cmocka_unit_test(date_attachment),
        cmocka_unit_test(lawsuits_and_reversals), cmocka_unit_test(aside_roles),
        cmocka_unit_test(seller_in_talks), cmocka_unit_test(closing_apposition),
        cmocka_unit_test(round5_wordings), cmocka_unit_test(own_subject_clause),
        cmocka_unit_test(retold_events),
        cmocka_unit_test(trailing_attribution_is_no_target),    cmocka_unit_test(round6_wordings),
        cmocka_unit_test(round7_wordings),  cmocka_unit_test(new_type_acts_as_listing),
        cmocka_unit_test(pronoun_subject),  cmocka_unit_test(denied_deal_is_no_reference),
        cmocka_unit_test(possessed_target), cmocka_unit_test(targets_in_next_sentence),
        cmocka_unit_test(retold_date_beats_publication_date),
        cmocka_unit_test(listing_covers_and_bare_objection),
        cmocka_unit_test(listing_count_then_names),
        cmocka_unit_test(listing_wordings_round8),
        cmocka_unit_test(listing_bodies_of_more_countries),
        cmocka_unit_test(objection_to_possessed_act),
        cmocka_unit_test(recommendations_and_paired_names),
        cmocka_unit_test(short_form_opens_sentence),
        cmocka_unit_test(list_named_by_owner),
        cmocka_unit_test(listings_told_around_the_act),
        cmocka_unit_test(partners_and_single_objections),
        cmocka_unit_test(review_steps_and_bodies),
        cmocka_unit_test(listing_of_it_and_conditional_removal),
        cmocka_unit_test(objections_round8),
        cmocka_unit_test(agentless_removal_by_the_lister),
        cmocka_unit_test(listing_that_follows_another),
        cmocka_unit_test(deal_and_report_wordings),
        cmocka_unit_test(deal_wordings_at_large), cmocka_unit_test(deals_that_might_be),
        cmocka_unit_test(roundup_items_have_their_own_deal),
        cmocka_unit_test(live_blog_entries_are_leads), cmocka_unit_test(deal_wording_classes),
        cmocka_unit_test(date_after_colon),  cmocka_unit_test(week_is_its_month),
        cmocka_unit_test(relative_clause_on_the_event), cmocka_unit_test(span_after_or_before),
        cmocka_unit_test(lead_dated_by_its_statement), cmocka_unit_test(source_relative_clause),
        cmocka_unit_test(later_counts_from_the_paragraph),
        cmocka_unit_test(listings_round9), cmocka_unit_test(removals_round9),
        cmocka_unit_test(objections_round9), cmocka_unit_test(possessed_deal_noun),
        cmocka_unit_test(home_government_and_listing_of_the_day),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
