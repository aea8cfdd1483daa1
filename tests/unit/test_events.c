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
    events_extract(rs, &a->doc, &a->sents, &a->tx, &a->actors, &a->evs);
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
 * document before; with no such body a listing is kept with no source, and other types
 * give no event. */
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
    EXPECT("Huawei was removed from the list in 2021.", "delisting", "(none)", "Huawei",
           MOD_ASSERTED);
    EXPECT("Lianfeng Holdings, a shareholder, was placed on the Entity List in 2023.",
           "blacklisting", "(none)", "Lianfeng", MOD_ASSERTED);
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

/* A competition regulator that blocks a deal reviews it; a president objects. */
static void regulator_block(void **state)
{
    (void)state;
    EXPECT("The Competition and Markets Authority on Wednesday blocked Microsoft's takeover "
           "of Activision Blizzard.", "regulatory_review", "Competition", "Microsoft",
           MOD_ASSERTED);
    REFUSE("The Competition and Markets Authority on Wednesday blocked Microsoft's takeover "
           "of Activision Blizzard.", "government_objection", "Competition", "Microsoft");
    EXPECT("Microsoft agreed to buy Activision Blizzard. The takeover was blocked by the "
           "Competition and Markets Authority.", "regulatory_review", "Competition",
           "Microsoft", MOD_ASSERTED);
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
                "Commission blocked its sale to Norvale Semiconductor.", "regulatory_review",
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
        cmocka_unit_test(date_after_colon),  cmocka_unit_test(week_is_its_month),
        cmocka_unit_test(relative_clause_on_the_event), cmocka_unit_test(span_after_or_before),
        cmocka_unit_test(lead_dated_by_its_statement), cmocka_unit_test(source_relative_clause),
        cmocka_unit_test(later_counts_from_the_paragraph),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
