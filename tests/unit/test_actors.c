/* Unit tests: actor recognition — tickers are no actors, suffix words join the name
 * before them, "X said it" refers back to X, gazetteer aliases fold into one actor. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "actors.h"
#include "document.h"
#include "rules.h"
#include "sentences.h"

#include "rules_fixture.h"

static document DOC;
static sentence_list SENTS;
static actor_table T;

static void run_text(const char *text)
{
    ev_err err;
    if (document_from_memory(&DOC, "test", text, strlen(text), &err) != 0)
        fail_msg("document: %s", err.msg);
    memset(&SENTS, 0, sizeof SENTS);
    memset(&T, 0, sizeof T);
    sentences_split(&DOC, &SENTS);
    actors_find(AC, &DOC, &SENTS, &T);
}

static void run(const char *body)
{
    static char text[2048];
    snprintf(text, sizeof text, "Headline of the story\n\n%s\n\nA second paragraph follows, people said.\n", body);
    run_text(text);
}

static void done(void)
{
    actor_table_free(&T);
    sentences_free(&SENTS);
    document_free(&DOC);
}

static int has_actor(const char *name)
{
    for (size_t i = 0; i < T.nactors; i++)
        if (strcmp(T.actors[i].name, name) == 0)
            return 1;
    return 0;
}

/* The actor of the mention whose text starts with word at its n-th occurrence. */
static const char *actor_at(const char *word, int nth)
{
    const char *p = DOC.text;
    for (int k = 0; k <= nth; k++) {
        p = strstr(k ? p + 1 : p, word);
        if (!p)
            return NULL;
    }
    size_t off = (size_t)(p - DOC.text);
    for (size_t m = 0; m < T.nmentions; m++)
        if (T.mentions[m].start == off)
            return T.actors[T.mentions[m].actor].name;
    return NULL;
}

static void tickers_are_no_actors(void **state)
{
    (void)state;
    run("Broadcom Inc. (NASDAQ: AVGO), a chip company, today said it bought a rival.");
    assert_false(has_actor("NASDAQ"));
    assert_false(has_actor("AVGO"));
    assert_false(has_actor("Inc"));
    done();
}

static void sentence_adverbs_are_no_actors(void **state)
{
    (void)state;
    run("Separately, the European Commission approved the deal. Meanwhile, Acme Robotics said "
        "it was pleased. Ford, which makes cars, said nothing.");
    assert_false(has_actor("Separately"));
    assert_false(has_actor("Meanwhile"));
    assert_true(has_actor("Ford"));
    done();
}

/* Holidays, faiths and parties named in news are no actors of its events; nor are
 * plural nouns opening a sentence before a verb of news; an unnamed body is one. */
static void common_capitals_are_no_actors(void **state)
{
    (void)state;
    run("Before Thanksgiving Day, Muslim and Catholic leaders met. The Conservatives said "
        "God would decide. Markets opened flat. Antitrust regulators are reviewing "
        "Halvern Oyj's bid.");
    assert_false(has_actor("Thanksgiving Day"));
    assert_false(has_actor("Muslim"));
    assert_false(has_actor("Catholic"));
    assert_false(has_actor("Conservatives"));
    assert_false(has_actor("God"));
    assert_false(has_actor("Markets"));
    assert_true(has_actor("antitrust regulators"));
    assert_true(has_actor("Halvern Oyj"));
    done();
    run("In January, Immigration and Naturalization Service officials said the boy would "
        "be returned.");
    assert_true(has_actor("Immigration and Naturalization Service"));
    assert_false(has_actor("January, Immigration and Naturalization Service"));
    done();
    run("The Dow Jones Industrial Average fell 2%, and the Nasdaq Composite Index lost 3%.");
    assert_false(has_actor("Dow Jones Industrial Average"));
    assert_false(has_actor("Nasdaq Composite Index"));
    done();
}

/* An unnamed body that opens the whole text has nothing before it to read (a scraped
 * page may start so; under ASan this read past the text's start). */
static void unnamed_body_opening_the_text(void **state)
{
    (void)state;
    run_text("regulators in Brussels approved Halvern Oyj's bid on Monday.\n");
    assert_true(has_actor("Halvern Oyj"));
    done();
}

/* A nation before lower-case words and a name is a modifier ("the Chinese state-owned
 * steelmaker X"), but not when "and" joins it to the rest: it is a party of its own. */
static void nation_coordinated_with_others(void **state)
{
    (void)state;
    run("Iraq would retaliate against Venezuela and other OPEC members.");
    assert_non_null(actor_at("Venezuela", 0));
    done();
}

/* Two names joined by a slash are one name when more of it follows; not otherwise. */
static void slash_joined_names(void **state)
{
    (void)state;
    run("Orvane's planned purchase of Halder/Voss Media Co. closes Monday. A Kestrel/Ipsos "
        "poll found support.");
    assert_true(has_actor("Halder/Voss Media Co"));
    assert_false(has_actor("Voss Media Co"));
    assert_false(has_actor("Kestrel/Ipsos"));
    done();
}

static void plants_refer_to_their_company(void **state)
{
    (void)state;
    run("Nexperia bought Newport Wafer Fab in 2021. The government later ordered it to sell "
        "the plant.");
    assert_string_equal(actor_at("the plant", 0), "Newport Wafer Fab");
    done();
}

static void suffix_joins_name(void **state)
{
    (void)state;
    run("Officials said Lumentek Systems, Inc. had applied for a licence.");
    assert_false(has_actor("Inc"));
    done();
    /* a company's name ends at "for"; a name opened by its suffix word goes on */
    run("The offer from Dunbar Capital for Holbrook Retail expires on June 30, the Bank for "
        "International Settlements said.");
    assert_true(has_actor("Dunbar Capital"));
    assert_true(has_actor("Holbrook Retail"));
    assert_false(has_actor("Dunbar Capital for Holbrook Retail"));
    assert_true(has_actor("Bank for International Settlements"));
    done();
}

static void pronoun_after_reporting_verb(void **state)
{
    (void)state;
    run("China's Ministry of Commerce said on Thursday it firmly opposes the decision.");
    const char *it = actor_at("it firmly", 0);
    assert_non_null(it);
    assert_string_equal(it, actor_at("Ministry", 0) ? actor_at("Ministry", 0) : actor_at("China", 0));
    done();
    run("Shares rose after Apple said it would buy a startup.");
    assert_non_null(actor_at("it would", 0));
    assert_string_equal(actor_at("it would", 0), "Apple");
    done();
}

static void aliases_fold(void **state)
{
    (void)state;
    run("The Commerce Department acted on Monday. The Department of Commerce said more.");
    const char *a = actor_at("Commerce Department", 0), *b = actor_at("Department of Commerce", 0);
    assert_non_null(a);
    assert_non_null(b);
    assert_string_equal(a, b);
    done();
}


/* Is some actor's name or alias exactly s? */
static int has_form(const char *s)
{
    for (size_t i = 0; i < T.nactors; i++)
        for (size_t k = 0; k < T.actors[i].naliases; k++)
            if (strcmp(T.actors[i].aliases[k], s) == 0)
                return 1;
    return 0;
}

static void same_actor(const char *a, int na, const char *b, int nb)
{
    const char *x = actor_at(a, na), *y = actor_at(b, nb);
    if (!x || !y)
        fail_msg("no mention at \"%s\" or \"%s\"", a, b);
    assert_string_equal(x, y);
}

static void and_splits_names(void **state)
{
    (void)state;
    run("Officials said Larkspur Airways and Tidewell Airlines had called off the deal.");
    assert_true(has_actor("Larkspur Airways"));
    assert_true(has_actor("Tidewell Airlines"));
    assert_false(has_actor("Larkspur Airways and Tidewell Airlines"));
    done();
    run("The rules cover exports to Vostrania and Belmarsh, officials said.");
    assert_true(has_actor("Vostrania"));
    assert_false(has_actor("Vostrania and Belmarsh"));
    done();
    run("Officials said South Korea and Taiwan had joined the controls.");
    assert_true(has_actor("South Korean government"));
    assert_true(has_actor("Taiwanese government"));
    done();
    /* "and" stays inside a body's name. */
    run("Officials said the Harbour Safety and Standards Authority opened a review.");
    assert_true(has_actor("Harbour Safety and Standards Authority"));
    done();
    run("Officials said the Department for Fisheries and Coastal Trade opened a review.");
    assert_true(has_actor("Department for Fisheries and Coastal Trade"));
    done();
}

static void possessive_is_not_name(void **state)
{
    (void)state;
    run("Officials said Zentrix's offer for the rival was rejected by Zentrix investors.");
    assert_true(has_actor("Zentrix"));
    assert_false(has_form("Zentrix's"));
    done();
    /* Split after a known name: "North Korea's Lazarus Group". */
    run("Officials said North Korea's Harvest Moon Group stole the funds.");
    assert_true(has_actor("Harvest Moon Group"));
    assert_false(has_actor("North Korea's Harvest Moon Group"));
    done();
}

static void spun_gazetteer_names(void **state)
{
    (void)state;
    run("The deal was first reported by the New York Periods and Bloomberg Information on Monday.");
    assert_true(has_actor("The New York Times"));
    assert_true(has_actor("Bloomberg"));
    done();
    run("Officials said the European Fee opened an in-depth probe.");
    assert_true(has_actor("European Commission"));
    done();
    run("Officials said China's overseas ministry had criticised the move.");
    assert_true(has_actor("China's Ministry of Foreign Affairs"));
    done();
    run("Officials said the Protection Section and the White Dwelling objected.");
    assert_true(has_actor("US Defense Department"));
    assert_true(has_actor("White House"));
    done();
    run("The listing was reported by the shipping journal Lloyd's List and by CCTV.");
    assert_true(has_actor("Lloyd's List"));
    assert_true(has_actor("CCTV"));
    done();
    /* Spun or abbreviated suffix words: "Yangtze Memory Systems Co" is YMTC. */
    run("Officials said Yangtze Memory Systems Co was added to the list.");
    assert_true(has_actor("YMTC"));
    done();
    /* A known name keeps the suffix written after it. */
    run("Officials said COSCO Shipping Corp was added to the list.");
    assert_true(has_form("COSCO Shipping Corp"));
    done();
    /* "U.S.-based": a place that locates the name, no actor and no form. */
    run("Officials said a U.S.-based rival made an offer.");
    assert_false(has_actor("US government"));
    assert_false(has_form("U.S.-based"));
    done();
}

static void descriptions_resolve(void **state)
{
    (void)state;
    run("Officials said the Pentagon opposed the deal. A spokesman for the section declined to comment.");
    same_actor("Pentagon", 0, "the section", 0);
    done();
    run("Officials said the CMA opened an inquiry into Nvidia. The watchdog said the deal could hurt rivals.");
    same_actor("CMA", 0, "The watchdog", 0);
    done();
    run("Officials said Nvidia agreed to buy Arm. The chipmaker said it would appeal.");
    same_actor("Nvidia", 0, "The chipmaker", 0);
    done();
    run("Officials said Nippon Steel bid for U.S. Steel. The steelmaker's board agreed.");
    assert_non_null(actor_at("The steelmaker", 0));
    done();
    run("Officials said JetBlue Airways wants to buy a rival. The airline said it would appeal.");
    same_actor("JetBlue", 0, "The airline", 0);
    done();
    /* A capitalised descriptor only as written: "the Fee" is a spun "the Commission". */
    run("Officials said the European Fee blocked the deal. The Fee said the remedies fell short.");
    same_actor("European Fee", 0, "The Fee", 0);
    done();
    /* A description followed by a name names that name, not an earlier actor. */
    run("Officials said Reuters reported it first. The news was carried by the shipping journal Lloyd's List.");
    assert_null(actor_at("the shipping journal", 0));
    done();
}

static void folding(void **state)
{
    (void)state;
    run("The Commerce Division acted on Monday. The Commerce Department and the Department of Commerce said more.");
    same_actor("Commerce Division", 0, "Commerce Department", 0);
    same_actor("Commerce Division", 0, "Department of Commerce", 0);
    done();
    run("Officials said the US acted. The U.S. and the United States agreed with Washington, the American government and the Biden administration.");
    same_actor("US acted", 0, "U.S.", 0);
    same_actor("US acted", 0, "the United States", 0);
    same_actor("US acted", 0, "Washington", 0);
    same_actor("US acted", 0, "American government", 0);
    same_actor("US acted", 0, "Biden administration", 0);
    done();
    run("Officials said the Harbour Safety Authority (HSA) opened a review. Later the HSA said more.");
    same_actor("Harbour Safety Authority", 0, "HSA", 0);
    same_actor("Harbour Safety Authority", 0, "HSA", 1);
    done();
    run("Officials said Pellucid Group was sold. Later Pellucid said more and NSO said nothing about NSO Group.");
    same_actor("Pellucid Group", 0, "Pellucid", 1);
    same_actor("NSO said", 0, "NSO Group", 0);
    done();
    run("Officials said L3 Harris made an offer. Later L3Harris Technologies said more.");
    same_actor("L3 Harris", 0, "L3Harris Technologies", 0);
    done();
    /* One word and the longer name of one company, either way round. */
    run("Officials said Quorvant made an offer. Later Quorvant Aviation said more about Invenway. Shenzhen Invenway Holdings agreed.");
    same_actor("Quorvant", 0, "Quorvant Aviation", 0);
    same_actor("Invenway", 0, "Shenzhen Invenway Holdings", 0);
    done();
    /* A person's surname after the full name; the title is not the name. */
    run("Officials said Prime Minister Mario Draghi objected. Later Draghi said more, and Economy Minister Robert Habeck agreed. Habeck said so.");
    assert_true(has_actor("Mario Draghi"));
    assert_false(has_actor("Prime Minister Mario Draghi"));
    same_actor("Mario Draghi", 0, "Draghi", 1);
    same_actor("Robert Habeck", 0, "Habeck", 1);
    done();
    run("Officials said Treasury Secretary Janet Yellow agreed.");
    assert_true(has_actor("Janet Yellow"));
    done();
    /* An acronym after the full name, and the full name after an acronym. */
    run("Officials said JSR agreed. They said Japan Synthetic Rubber will be bought.");
    same_actor("JSR", 0, "Japan Synthetic Rubber", 0);
    done();
    /* "the economy ministry" after "Germany's economy ministry"; alone it is still a body. */
    run("Officials said Germany's economy ministry objected. Later the economy ministry said more.");
    same_actor("Germany", 0, "economy ministry", 1);
    done();
    run("The company said it regretted the economy ministry's decision.");
    assert_true(has_actor("economy ministry"));
    done();
}

static void not_actors(void **state)
{
    (void)state;
    run_text("Quorvex Mulls Sale\n\nBy Jane Roe\n\nReporting by Paul Sandle\n\nInvestors said on Monday that the deal was dead. "
             "American defence contractor Delmont Corp made the offer in March. \"Together we can win,\" Delmont Corp said.\n\n"
             "The offer was worth $6bn, the 14th this year, under the CHIPS Act and the Entity List.\n");
    assert_false(has_actor("Jane Roe"));
    assert_false(has_actor("Investors"));
    assert_false(has_actor("Monday"));
    assert_false(has_actor("March"));
    assert_false(has_actor("American"));
    assert_false(has_actor("Together"));
    assert_false(has_actor("6bn"));
    assert_false(has_actor("14th"));
    assert_false(has_actor("CHIPS Act"));
    assert_false(has_actor("Entity List"));
    assert_true(has_actor("Delmont Corp"));
    done();
    /* "Milan-centered", "Chinese-owned Nexperia": the description is not the name. */
    run("Officials said the Milan-centered group sold Chinese-owned Veltrion to a rival.");
    assert_false(has_form("Milan-centered"));
    assert_true(has_actor("Veltrion"));
    assert_false(has_actor("Chinese"));
    done();
}

static void sentence_initial_names(void **state)
{
    (void)state;
    /* A name at a sentence start, seen nowhere inside one, with an apposition or verb. */
    run("Quorvex, which makes lasers, said it would appeal. Trelawny said it had no comment.");
    assert_true(has_actor("Quorvex"));
    assert_true(has_actor("Trelawny"));
    done();
    run("Ordinary words start sentences. Ordinary words start sentences too.");
    assert_false(has_actor("Ordinary"));
    done();
    /* The first name after a wire dateline. */
    run_text("Chip firm confirms talks\n\nPARIS, July 20, 2023 -- Vantrel (Euronext Paris: VTL) today confirmed it is in talks.\n");
    assert_true(has_actor("Vantrel"));
    assert_false(has_actor("Euronext Paris"));
    done();
}

static void title_case_headline(void **state)
{
    (void)state;
    run_text("Norvale Semiconductor Confirms Preliminary Discussions Regarding Severnside Semiconductor\n\n"
             "Norvale Semiconductor said on Monday it was in talks to buy Severnside Semiconductor.\n");
    assert_true(has_actor("Norvale Semiconductor"));
    assert_true(has_actor("Severnside Semiconductor"));
    for (size_t i = 0; i < T.nactors; i++)
        assert_null(strstr(T.actors[i].name, "Confirms"));
    done();
}

static void places_are_no_actors(void **state)
{
    (void)state;
    /* A listed place, a place before "-based" (listed or not), a place in "City, State". */
    run("The plant in Austin, Texas, employs 400 people, and Qorvel, a Zlatograd-based maker of "
        "lenses, and Lumentek, a Tucson, Arizona-headquartered rival, said they would bid.");
    assert_false(has_actor("Austin"));
    assert_false(has_actor("Texas"));
    assert_false(has_actor("Zlatograd"));
    assert_false(has_actor("Arizona"));
    assert_false(has_actor("Tucson"));
    assert_true(has_actor("Qorvel"));
    done();
    /* A town and its state's or province's abbreviation after a name. */
    run("Qorvel Corp. of Sudbury, Ont., and Lumentek Inc., Phoenix, Ariz., said they would bid.");
    assert_false(has_actor("Sudbury"));
    assert_false(has_actor("Ont"));
    assert_false(has_actor("Phoenix"));
    assert_false(has_actor("Ariz"));
    assert_true(has_actor("Qorvel Corp"));
    done();
    /* A longer name that starts with a place is still a name. */
    run("Shares of Texas Instruments rose after Lumentek Systems said it was in talks.");
    assert_non_null(actor_at("Texas Instruments", 0));
    done();
}

static void nations_as_modifiers(void **state)
{
    (void)state;
    run("ZTE placed $400 million in an escrow account at a US lender, and US chipmaker Norvale "
        "Semiconductor said it would bid.");
    assert_null(actor_at("US lender", 0));
    assert_null(actor_at("US chipmaker", 0));
    assert_non_null(actor_at("Norvale", 0));
    done();
    /* A nation followed by a verb is an actor. */
    run("Officials said the US blacklisted Huawei in May.");
    assert_non_null(actor_at("US blacklisted", 0));
    done();
}

/* A nationality word standing alone names the nation's government (the gazetteer's
 * "demonyms"), unless it tells who people are; as a modifier it names no one. */
static void lone_nationality_words(void **state)
{
    (void)state;
    run("Officials said Syrian oil exports fell, and the embargo on Libyan crude held.");
    assert_non_null(actor_at("Syrian oil", 0));
    assert_string_equal(actor_at("Syrian oil", 0), "Syrian government");
    assert_string_equal(actor_at("Libyan crude", 0), "Libyan government");
    assert_false(has_actor("Syrian"));
    done();
    run("Officials said Cuban exiles protested, and a Slovak wire producer was sold.");
    assert_null(actor_at("Cuban exiles", 0));
    assert_null(actor_at("Slovak wire", 0));
    assert_false(has_actor("Cuban"));
    assert_false(has_actor("Cuban government"));
    done();
    /* the body of a nation named by its nationality word */
    run("Officials said the Iraqi oil ministry objected.");
    assert_non_null(actor_at("Iraqi oil ministry", 0));
    done();
}

static void nation_joins_its_body(void **state)
{
    (void)state;
    run("The US Commerce Office on Friday lifted a ban on ZTE, officials said.");
    assert_non_null(actor_at("US Commerce Office", 0));
    assert_string_equal(actor_at("US Commerce Office", 0), "US Commerce Department");
    done();
}

static void body_descriptions(void **state)
{
    (void)state;
    /* "the office" / "the section" of a spun "Commerce Office"; not a ministry. */
    run("The US Commerce Office lifted the ban on ZTE. China's commerce ministry welcomed it. "
        "The office said the section could reimpose the ban.");
    assert_non_null(actor_at("The office", 0));
    assert_string_equal(actor_at("The office", 0), "US Commerce Department");
    assert_non_null(actor_at("the section", 0));
    assert_string_equal(actor_at("the section", 0), "US Commerce Department");
    done();
}

static void parenthesised_names(void **state)
{
    (void)state;
    run("The Treasury removed sanctions on COSCO Shipping Tanker (Dalian) Co, a unit of China's "
        "state-owned COSCO Shipping Corp, months after blacklisting the company. "
        "Traders said COSCO Dalian would gain.");
    const char *unit = actor_at("COSCO Shipping Tanker", 0);
    assert_non_null(unit);
    assert_string_not_equal(unit, "COSCO Shipping");
    /* "COSCO Dalian" is the first and last word of the unit's name. */
    assert_non_null(actor_at("COSCO Dalian", 0));
    assert_string_equal(actor_at("COSCO Dalian", 0), unit);
    /* "the company" skips the parent named inside the apposition. */
    assert_non_null(actor_at("the company", 0));
    assert_string_equal(actor_at("the company", 0), unit);
    done();
}

static void descriptions_in_object_position(void **state)
{
    (void)state;
    /* The subject of the sentence is not the object it buys. */
    run("U.S. Steel said it expected the deal to close. Nippon Steel agreed in December to buy "
        "the Pittsburgh-based steelmaker for $55 a share.");
    assert_non_null(actor_at("the Pittsburgh", 0));
    assert_string_equal(actor_at("the Pittsburgh", 0), "U.S. Steel");
    done();
    /* A nationality picks the actor of that country; "corporation ... in" refers back. */
    run("Nippon Steel bid for U.S. Steel. The Japanese steelmaker made its offer for the "
        "Pittsburgh-based corporation in December.");
    assert_non_null(actor_at("The Japanese", 0));
    assert_string_equal(actor_at("The Japanese", 0), "Nippon Steel");
    assert_non_null(actor_at("the Pittsburgh", 0));
    assert_string_equal(actor_at("the Pittsburgh", 0), "U.S. Steel");
    done();
}

static void asides(void **state)
{
    (void)state;
    /* "X, owned by Y, said it": it is X; the name inside is marked aside. */
    run("Nexperia, owned by China's Wingtech, said it would appeal the order.");
    assert_non_null(actor_at("it would", 0));
    assert_string_equal(actor_at("it would", 0), "Nexperia");
    done();
    run("Cleveland-Cliffs, whose chief executive Lourenco Goncalves opposed the offer, could bid.");
    int seen = 0;
    for (size_t m = 0; m < T.nmentions; m++) {
        const char *n = T.actors[T.mentions[m].actor].name;
        if (strstr(n, "Goncalves")) {
            assert_true(T.mentions[m].aside);
            seen = 1;
        }
        if (strstr(n, "Cleveland"))
            assert_false(T.mentions[m].aside);
    }
    assert_true(seen);
    done();
}

static void pronoun_after_interjected_clause(void **state)
{
    (void)state;
    /* "X confirmed, in response to a report by Y, that it ...": it is X, not Y. */
    run("Vantrel today confirmed, in response to a report published by Bloomberg on Tuesday, "
        "that it is in advanced discussions with Qorvel.");
    assert_non_null(actor_at("it is", 0));
    assert_string_equal(actor_at("it is", 0), "Vantrel");
    done();
}

static void titles_before_people(void **state)
{
    (void)state;
    /* "Colorado's attorney general, Phil Weiser": one mention of a person, the title
     * phrase kept as a form. */
    run("The merger faces suits, and Colorado's attorney general, Phil Weiser, sued this month.");
    assert_non_null(actor_at("Colorado's attorney general", 0));
    assert_string_equal(actor_at("Colorado's attorney general", 0), "Phil Weiser");
    assert_true(has_form("Colorado's attorney general"));
    done();
    /* "Washington Attorney General Bob Ferguson": the capital qualifies the title. */
    run("A judge ruled in a lawsuit brought by Washington Attorney General Bob Ferguson.");
    assert_false(has_actor("US government"));
    done();
}

static void products_are_no_actors(void **state)
{
    (void)state;
    run("Commerce added NSO Group, the Israeli maker of the Pegasus phone-hacking tool, and "
        "researchers tied the Zephyrix spyware to Intellexa.");
    assert_false(has_actor("Pegasus"));
    assert_false(has_actor("Zephyrix"));
    assert_true(has_actor("NSO Group"));
    done();
}

static void headline_categories_and_laws(void **state)
{
    (void)state;
    run_text("Commerce blacklists memory maker Qorvel | US politics\n\n"
             "The order came under the National Security and Investment Act, Qorvel said.\n");
    assert_false(has_actor("US government"));
    for (size_t i = 0; i < T.nactors; i++)
        assert_null(strstr(T.actors[i].name, "National Security"));
    done();
    /* bracketed words in a law's title, which ends in "Regulations" */
    run("Britain listed Qorvel under the Russia (Sanctions) (EU Exit) Regulations 2019.");
    assert_true(has_actor("Qorvel"));
    assert_false(has_actor("EU Exit"));
    done();
}

static void wire_credits_name_nobody(void **state)
{
    (void)state;
    run("Qorvel said it would appeal. (Reporting by Tomas Verhoek in Zlatograd and Ines Malloy; "
        "Editing by Karl Brenner)");
    assert_true(has_actor("Qorvel"));
    assert_false(has_actor("Tomas Verhoek"));
    assert_false(has_actor("Ines Malloy"));
    assert_false(has_actor("Karl Brenner"));
    done();
    run("Reporting by Tomas Verhoek; Editing by Karl Brenner");
    assert_false(has_actor("Tomas Verhoek"));
    assert_false(has_actor("Karl Brenner"));
    done();
    /* Reporting by an outlet, told in a sentence, names it. */
    run("Reporting by Meridian Wire showed that Qorvel had lost two customers.");
    assert_true(has_actor("Meridian Wire"));
    done();
}

static void places_after_prepositions(void **state)
{
    (void)state;
    run("Qorvel, based in Zlatograd, employs 900 people in Veloria, Ostrana and Kesh.");
    assert_true(has_actor("Qorvel"));
    assert_false(has_actor("Zlatograd"));
    assert_false(has_actor("Veloria"));
    assert_false(has_actor("Ostrana"));
    assert_false(has_actor("Kesh"));
    done();
    run("A federal appeals court in New Carthage ruled that the sanctions on Qorvel were unlawful.");
    assert_false(has_actor("Carthage"));
    assert_false(has_actor("New Carthage"));
    done();
    run("Vantrel has a plant in northern Ostrana and another in Newport and Kesh.");
    assert_false(has_actor("Ostrana"));
    assert_false(has_actor("Kesh"));
    done();
    run("Shares of Qorvel ceased trading on the Borsa Meridiana on Friday.");
    assert_false(has_actor("Borsa Meridiana"));
    done();
    /* A stake or an investment in a company, a name seen before, a possessive, a suffix. */
    run("Harwick Partners bought a 20% stake in Qorvel, and the fund will invest $2bn in Vantrel.");
    assert_true(has_actor("Qorvel"));
    assert_true(has_actor("Vantrel"));
    done();
    run("Officials said Lumentek would appeal. Analysts saw little hope in Lumentek.");
    assert_non_null(actor_at("Lumentek", 1));
    done();
    run("Officials said jobs would go in Lumentek's lens unit and in Harwick Systems, a rival.");
    assert_true(has_actor("Lumentek"));
    assert_true(has_actor("Harwick Systems"));
    done();
    /* A publication is named "in" a report. */
    run("The move followed a report in Harbour Freight Monitor, a shipping newsletter.");
    assert_true(has_actor("Harbour Freight Monitor"));
    done();
    /* "City, Region", and the subject or the person after a place stay actors. */
    run("Qorvel, based in Dunmore, Calif., and Vantrel, based in Ostrana, Veloria, agreed.");
    assert_false(has_actor("Calif"));
    assert_false(has_actor("Veloria"));
    assert_true(has_actor("Vantrel"));
    done();
    run("Speaking in Zlatograd, Qorvel said it would appeal.");
    assert_true(has_actor("Qorvel"));
    done();
    run("Speaking in Zlatograd, Qorvel, the lens maker, said it would appeal.");
    assert_true(has_actor("Qorvel"));
    done();
    run("Qorvel has a plant in Zlatograd, and Vantrel said it would buy it.");
    assert_true(has_actor("Vantrel"));
    done();
    run("A refugee in Veloria, Ines Malloy, said the plant had closed.");
    assert_true(has_actor("Ines Malloy"));
    done();
}

static void possessive_before_a_known_name(void **state)
{
    (void)state;
    run("Officials said Vantrel would shut Vantrel's Newport plant, and Qorvel's Shanghai centre.");
    assert_non_null(actor_at("Vantrel's Newport", 0));
    assert_string_equal(actor_at("Vantrel's Newport", 0), "Vantrel");
    assert_false(has_form("Vantrel's Newport"));
    assert_true(has_actor("Qorvel"));
    assert_false(has_form("Qorvel's Shanghai"));
    done();
    /* One unknown word after a possessive stays in the name. */
    run("Officials said the chips reached the People's Liberation Army.");
    assert_true(has_actor("People's Liberation Army"));
    done();
}

static void places_before_based(void **state)
{
    (void)state;
    run("Qorvel, a Hong Kong-listed maker of lenses, and a Tel Aviv-based rival said they would bid.");
    assert_true(has_actor("Qorvel"));
    assert_false(has_actor("Hong"));
    assert_false(has_actor("Tel"));
    assert_false(has_actor("Hong Kong government"));
    done();
}

static void products_brands_and_lists(void **state)
{
    (void)state;
    run("Officials said Vantrel introduced the Brightmop robot vacuum in 2002 and owns the "
        "Skyfare and Tripnest brand names.");
    assert_true(has_actor("Vantrel"));
    assert_false(has_actor("Brightmop"));
    assert_false(has_actor("Skyfare"));
    assert_false(has_actor("Tripnest"));
    done();
    run("Regulators blocked the takeover of \"Starfall Saga\" maker Vantrel by Qorvel.");
    assert_false(has_actor("Starfall Saga"));
    assert_true(has_actor("Vantrel"));
    done();
    /* Once a product, a product for the rest of the story. */
    run("Officials sanctioned Nightjar spyware maker Qorvel. Researchers tied Nightjar sales to "
        "Lumentek.");
    assert_false(has_actor("Nightjar"));
    assert_true(has_actor("Qorvel"));
    done();
    run("Officials said the Skyphone maker would appeal.");
    assert_false(has_actor("Skyphone"));
    done();
    run("Officials said the so-called 9120K list names Qorvel.");
    assert_false(has_actor("9120K"));
    done();
    /* A company's own products and a maker named in lower case leave the company. */
    run("Officials said the Huawei network gear was banned and chip maker Vantrel, a lens maker, "
        "would appeal.");
    assert_true(has_actor("Huawei"));
    assert_true(has_actor("Vantrel"));
    done();
}

static void descriptions_naming_an_outlet(void **state)
{
    (void)state;
    /* "the Cape Argus newspaper" is that newspaper, not the outlet named before. */
    run("Reuters said the talks had ended. The Dunmore Argus newspaper reported the move first.");
    assert_null(actor_at("The Dunmore Argus newspaper", 0));
    assert_true(has_actor("Dunmore Argus"));
    done();
    /* A nationality still describes an outlet; a place names where a plant is. */
    run("Reuters said the talks had ended. The British news agency said more.");
    assert_non_null(actor_at("The British news agency", 0));
    done();
    run("Qorvel said it would close the Zlatograd plant.");
    assert_non_null(actor_at("the Zlatograd plant", 0));
    assert_string_equal(actor_at("the Zlatograd plant", 0), "Qorvel");
    assert_false(has_actor("Zlatograd"));
    done();
}

/* The kind of the actor named name, or -1. */
static int kind_of(const char *name)
{
    for (size_t i = 0; i < T.nactors; i++)
        if (strcmp(T.actors[i].name, name) == 0)
            return (int)T.actors[i].kind;
    return -1;
}

static void people_by_what_is_said_of_them(void **state)
{
    (void)state;
    run("\"We will appeal,\" said Dana Whitlock, an analyst at Harwick Research, and Tomas "
        "Verhoek, who led Qorvel, agreed.");
    assert_int_equal(kind_of("Dana Whitlock"), KIND_PERSON);
    assert_int_equal(kind_of("Tomas Verhoek"), KIND_PERSON);
    assert_int_equal(kind_of("Harwick Research"), KIND_ORGANIZATION);
    done();
    run("Officials said Ines Malloy, chairman of Qorvel, would resign, said Ruth Jones-Pryce.");
    assert_int_equal(kind_of("Ines Malloy"), KIND_PERSON);
    assert_int_equal(kind_of("Ruth Jones-Pryce"), KIND_PERSON);
    done();
    /* A firm before a title, a place before "who", a company with a suffix word. */
    run("\"It is over,\" says Harwick Lynch food analyst Dana Whitlock.");
    assert_int_equal(kind_of("Harwick Lynch"), KIND_ORGANIZATION);
    done();
    run("Fighters from Kesh Valley, who joined the rebels, held out, said Harwick Partners.");
    assert_int_equal(kind_of("Kesh Valley"), KIND_ORGANIZATION);
    assert_int_equal(kind_of("Harwick Partners"), KIND_ORGANIZATION);
    done();
}

static void zones_and_parliaments(void **state)
{
    (void)state;
    run("Qorvel said the order took effect at 9 a.m. EST and the European Parliament objected.");
    assert_false(has_actor("EST"));
    assert_true(has_actor("European Parliament"));
    assert_false(has_actor("Parliament"));
    done();
}

static void headline_lists(void **state)
{
    (void)state;
    run_text("Qorvel Responds to U.S. Entity List Designation\n\n"
             "Qorvel said on Monday that it had been added to the Entity List.\n");
    assert_true(has_actor("Qorvel"));
    assert_false(has_actor("Entity List"));
    done();
}

static void names_in_one_piece(void **state)
{
    (void)state;
    run("The minister met with Qorvel Sunday and with the Cabinet on Friday.");
    assert_true(has_actor("Qorvel"));
    assert_false(has_form("Qorvel Sunday"));
    assert_false(has_actor("Cabinet on"));
    done();
    run("\"We are pleased,\" said Robert A. Bradway, chairman of Qorvel.");
    assert_true(has_actor("Robert A. Bradway"));
    assert_false(has_actor("Robert A"));
    assert_false(has_actor("Bradway"));
    done();
    run("Officials said Qorvel Chief Legal Officer Dana Whitlock welcomed the ruling.");
    assert_true(has_actor("Dana Whitlock"));
    assert_false(has_actor("Dana"));
    assert_false(has_actor("Whitlock"));
    done();
}

/* The parent body of the actor named name, or NULL. */
static const char *parent_of(const char *name)
{
    for (size_t i = 0; i < T.nactors; i++)
        if (strcmp(T.actors[i].name, name) == 0)
            return T.actors[i].parent;
    return NULL;
}

static void bodies_named_by_portfolio(void **state)
{
    (void)state;
    run("The Ministry of Trade, Industry and Energy said on Monday it would review the deal.");
    assert_true(has_actor("Ministry of Trade, Industry and Energy"));
    assert_false(has_actor("Industry"));
    assert_false(has_actor("Energy"));
    done();
    run("Qorvel met the Department of Energy and Climate Change in London, people said.");
    assert_true(has_actor("Department of Energy and Climate Change"));
    done();
    /* An item of the list that names something else ends the body's name. */
    run("The sanctions named Huawei, the Ministry of Finance, Qorvel and ZTE, officials said.");
    assert_true(has_actor("Ministry of Finance"));
    assert_true(has_actor("Qorvel"));
    assert_false(has_actor("Ministry of Finance, Qorvel and ZTE"));
    done();
}

static void lower_case_bodies_and_missions(void **state)
{
    (void)state;
    run("The Dutch finance ministry objected to the sale of Qorvel on Friday.");
    assert_non_null(actor_at("Dutch finance ministry", 0));
    assert_int_equal(kind_of(actor_at("Dutch finance ministry", 0)), KIND_GOVERNMENT);
    assert_non_null(parent_of(actor_at("Dutch finance ministry", 0)));
    done();
    run("Qorvel said China's embassy in Ottawa had protested against the listing.");
    assert_non_null(actor_at("China's embassy in Ottawa", 0));
    assert_int_equal(kind_of(actor_at("China's embassy in Ottawa", 0)), KIND_GOVERNMENT);
    done();
}

static void outlets_by_what_is_said_of_them(void **state)
{
    (void)state;
    run("The talks were first reported on Monday by the Varnholt Kyungje Ilbo, people said.");
    assert_int_equal(kind_of("Varnholt Kyungje Ilbo"), KIND_MEDIA);
    done();
    run("Vestby Posten, a regional business daily, said Qorvel had walked away.");
    assert_int_equal(kind_of("Vestby Posten"), KIND_MEDIA);
    done();
    /* outlets of many countries are in the gazetteer */
    run("Qorvel's approach was described in detail by Diario Financiero and Kauppalehti.");
    assert_int_equal(kind_of("Diario Financiero"), KIND_MEDIA);
    assert_int_equal(kind_of("Kauppalehti"), KIND_MEDIA);
    done();
    run("Analysts told the Kestrup Tidende newspaper that Qorvel had walked away.");
    assert_int_equal(kind_of("Kestrup Tidende"), KIND_MEDIA);
    done();
    run("The sale was at first documented by the Flemish economic every day De Vlaamse Koerier.");
    assert_int_equal(kind_of("De Vlaamse Koerier"), KIND_MEDIA);
    done();
    /* A company that reports something is still a company. */
    run("Qorvel reported higher sales on Monday, and Harwick Partners said it was pleased.");
    assert_int_equal(kind_of("Qorvel"), KIND_ORGANIZATION);
    done();
}

/* A sentence may open with the short form of a company named before. */
static void short_forms_open_sentences(void **state)
{
    (void)state;
    run("Qesterna Foods said it had ended talks. Qesterna had disclosed in May that it was in "
        "negotiations.");
    assert_non_null(actor_at("Qesterna had", 0));
    assert_string_equal(actor_at("Qesterna had", 0), "Qesterna Foods");
    done();
    run("Mexican fund Grupo Vantanal closed the deal. Vantanal signed its agreement in March.");
    assert_non_null(actor_at("Vantanal signed", 0));
    assert_string_equal(actor_at("Vantanal signed", 0), "Grupo Vantanal");
    done();
}

/* A description opening a sentence goes on about the subject of the sentence before. */
static void description_continues_the_subject(void **state)
{
    (void)state;
    run("Qesterna Foods said it had sold its stake in Vantanal Holdings. The company also "
        "confirmed that it had rejected an approach.");
    assert_non_null(actor_at("The company", 0));
    assert_string_equal(actor_at("The company", 0), "Qesterna Foods");
    done();
}

/* "the business daily X" describes the outlet, not the last business named; a description
 * with an apposition that ends in a name is that name. */
static void descriptions_before_names(void **state)
{
    (void)state;
    run("Qesterna Foods approached Vantanal Holdings. The approach was first reported by the "
        "business daily Kvartal Tidende on Monday.");
    assert_null(actor_at("the business daily", 0));
    done();
    run("Qesterna Foods walked away in January. The second suitor, the Paris-listed group "
        "Vantanal Holdings, moved quickly.");
    assert_null(actor_at("The second suitor", 0));
    done();
}

/* "X informed Y's board that it …": the pronoun is the informer. */
static void pronoun_after_informing(void **state)
{
    (void)state;
    run("Qesterna Foods said it had made an offer in May. Qesterna Foods informed Vantanal "
        "Holdings' board on Monday that it had walked away.");
    assert_non_null(actor_at("it had walked", 0));
    assert_string_equal(actor_at("it had walked", 0), "Qesterna Foods");
    done();
}

/* A ticker after a name is that actor's too: "CRVH shares" later is no second actor. A
 * wire's instrument code names nobody. */
static void tickers_name_the_actor_before_them(void **state)
{
    (void)state;
    run("Corvane Health (NYSE: CRVH) said it had closed the deal. CRVH shares rose 2%.");
    assert_string_equal(actor_at("CRVH shares", 0), "Corvane Health");
    done();
    run("Hanbit Chemical (011790.KS) said the talks had ended.");
    assert_false(has_actor("KS"));
    done();
}

/* Amounts and currencies in prices name no actor, nor join a name before them. */
static void prices_name_no_actor(void **state)
{
    (void)state;
    run("Pellston Lithium made an A$2.40-a-share proposal and agreed to buy Northfield Metals "
        "for C$600 million. Solvane sold the unit to Marrick Industries for EUR 1.2 billion.");
    assert_false(has_actor("40-a"));
    assert_false(has_actor("C"));
    assert_false(has_actor("EUR"));
    assert_true(has_actor("Northfield Metals"));
    assert_true(has_actor("Marrick Industries"));
    done();
}

/* An industry word ending a name is not the company's short form ("Lithium prices"); the
 * name without it is. "Shares of X" is X. */
static void industry_words_are_no_short_forms(void **state)
{
    (void)state;
    run("Pellston Lithium walked away. Lithium prices have fallen, and Pellston said so.");
    assert_null(actor_at("Lithium prices", 0));
    assert_string_equal(actor_at("Pellston said", 0), "Pellston Lithium");
    done();
    run("Shares of Halcyon Software jumped 19% after the report on Halcyon Software.");
    assert_false(has_actor("Shares of Halcyon Software"));
    assert_string_equal(actor_at("Halcyon Software jumped", 0), "Halcyon Software");
    done();
}

/* Names news writes around other names: a known short form running on into another name,
 * a trade title with its article, a nation before a doer noun, a name before "as ... maker". */
static void names_beside_names(void **state)
{
    (void)state;
    run("Fenwick Labs is in talks to buy Juniper Networks rival Juniper Dx, a diagnostics firm.");
    assert_string_equal(actor_at("Juniper Dx", 0), "Juniper Dx");
    done();
    run("Aurelia Beverages hired advisers days after The Grocer reported an approach.");
    assert_false(has_actor("Aurelia Beverages") && actor_at("The Grocer", 0) &&
                 strcmp(actor_at("The Grocer", 0), "Aurelia Beverages") == 0);
    assert_true(has_actor("Grocer"));
    done();
    run("Redfern Group said so. A third name, US bottler Redfern Group, dropped out.");
    assert_null(actor_at("US bottler", 0));
    done();
    run("Suitors circle Aurelia as tonic maker explores a sale. Redfern held talks with Aurelia "
        "Beverages and with Aurelia in May.");
    assert_non_null(actor_at("Aurelia in May", 0));
    assert_string_equal(actor_at("Aurelia in May", 0), actor_at("Aurelia Beverages and", 0));
    done();
}

/* "the company" after an apposition closed by its verb is not that apposition's actor. */
static void company_after_closed_apposition(void **state)
{
    (void)state;
    run("Dongsan Petrochemical was approached. One of them, investor Al Noor Capital, made an "
        "offer for the company in June.");
    assert_string_equal(actor_at("the company", 0), "Dongsan Petrochemical");
    done();
    /* the company a spokesperson speaks for */
    run("Kelso Partners walked away after Osterby Holdings refused, and a Kelso Partners "
        "spokesman said on Thursday the company was not in talks with Osterby Holdings.");
    assert_string_equal(actor_at("the company", 0), "Kelso Partners");
    done();
}

/* The wire credited in a dateline is an actor; a longer name that opens with a company's
 * name of two words is that company. */
static void wire_credit_and_longer_names(void **state)
{
    (void)state;
    run_text("Headline of the story\n\nSEOUL, Oct 22 (Yonhap) -- Hanbit Chemical said on Monday it "
             "had ended talks.\n");
    assert_true(has_actor("Yonhap"));
    done();
    run("Karoo Fresh said it was in talks. Analysts said Karoo Fresh Produce employs 900 people.");
    assert_non_null(actor_at("Karoo Fresh Produce", 0));
    assert_string_equal(actor_at("Karoo Fresh Produce", 0), actor_at("Karoo Fresh said", 0));
    done();
}

/* A law's name, a currency and the like name no actor. */
static void laws_and_currencies_are_no_actors(void **state)
{
    (void)state;
    run("Qesterna Foods agreed to buy Vantanal Holdings. The ministry called in the deal under "
        "the Critical Minerals and Strategic assets Act 2023, which lets ministers intervene.");
    assert_false(has_actor("Act"));
    assert_false(has_actor("Critical Minerals"));
    assert_false(has_actor("Strategic"));
    done();
    run("Qesterna Foods paid Rs 560 crore for the stake, the company said.");
    assert_false(has_actor("Rs"));
    done();
    run("Vantanal Holdings launched a rival offer of 45c a share, above the 42c-a-share deal.");
    assert_false(has_actor("45c"));
    assert_false(has_actor("42c-a"));
    done();
}

/* A company named with its legal form is known without it too. */
static void legal_form_is_optional(void **state)
{
    (void)state;
    run("Qesterna Foods said it was not in talks with Vantanal Mining Co., Ltd. on Monday.");
    assert_true(has_form("Vantanal Mining"));
    done();
}

/* "Rival X" is X; the District of Columbia is a government, not a company. */
static void rivals_and_districts(void **state)
{
    (void)state;
    run("Qesterna Foods agreed a deal. Rival Vantanal Holdings walked away in April.");
    assert_true(has_actor("Vantanal Holdings"));
    assert_false(has_actor("Rival Vantanal Holdings"));
    done();
    run("The attorneys general of eight states and the District of Columbia sued on Monday.");
    assert_int_equal(kind_of("District of Columbia"), KIND_GOVERNMENT);
    done();
}

static void name_particles(void **state)
{
    (void)state;
    run("\"We will appeal,\" said Maarten de Wit, who chairs Qorvel.");
    assert_true(has_actor("Maarten de Wit"));
    assert_false(has_actor("Maarten"));
    assert_int_equal(kind_of("Maarten de Wit"), KIND_PERSON);
    done();
}

/* "the Orun-Tamar merger" names two companies the article writes apart; "Kuban-Tal", the
 * short form of "Kuban-Tal Refining", is one name. */
static void hyphenated_pairs(void **state)
{
    (void)state;
    run("Analysts expect the Orun-Tamar merger to face hearings. Orun agreed in January to "
        "buy Tamar.");
    assert_false(has_actor("Orun-Tamar"));
    assert_non_null(actor_at("Orun", 0));
    assert_non_null(actor_at("Tamar", 0));
    done();
    run("Canada lifted sanctions on Kuban-Tal Refining Ltd on Monday. Kuban-Tal said it "
        "welcomed the decision.");
    assert_false(has_actor("Tal"));
    done();
}

/* A name runs on over "on" only into a portfolio, not into a possessor ("Tamar Robotics
 * on China's list"). */
/* "Ruitong" after "Suzhou Ruitong Microwave": the word after a leading place. */
static void short_form_after_place(void **state)
{
    (void)state;
    run("Washington added Suzhou Ruitong Microwave to its list. Ruitong said it would appeal.");
    assert_false(has_actor("Ruitong"));
    assert_string_equal(actor_at("Ruitong", 1), "Suzhou Ruitong Microwave");
    done();
}

/* "Ministry of Economy and Commerce": a portfolio word that is also a body's short name
 * stays in the ministry's name; a company in the list is still cut off. */
static void portfolio_word_in_ministry(void **state)
{
    (void)state;
    run("Kyrgyzstan's Ministry of Economy and Commerce criticised the decision.");
    assert_false(has_actor("US Commerce Department"));
    assert_true(has_actor("Ministry of Economy and Commerce"));
    done();
}

static void name_stops_before_possessor(void **state)
{
    (void)state;
    run("Officials threatened to put Tamar Robotics on China's list.");
    assert_true(has_actor("Tamar Robotics"));
    done();
    run("The Committee on Foreign Investment in the United States reviewed the deal.");
    assert_true(has_actor("Committee on Foreign Investment in the United States"));
    done();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tickers_are_no_actors), cmocka_unit_test(sentence_adverbs_are_no_actors),
        cmocka_unit_test(common_capitals_are_no_actors),
        cmocka_unit_test(unnamed_body_opening_the_text),
        cmocka_unit_test(nation_coordinated_with_others),
        cmocka_unit_test(slash_joined_names),
        cmocka_unit_test(plants_refer_to_their_company),
        cmocka_unit_test(suffix_joins_name),
        cmocka_unit_test(pronoun_after_reporting_verb), cmocka_unit_test(aliases_fold),
        cmocka_unit_test(and_splits_names), cmocka_unit_test(possessive_is_not_name),
        cmocka_unit_test(spun_gazetteer_names), cmocka_unit_test(descriptions_resolve),
        cmocka_unit_test(folding), cmocka_unit_test(not_actors),
        cmocka_unit_test(sentence_initial_names), cmocka_unit_test(title_case_headline),
        cmocka_unit_test(places_are_no_actors), cmocka_unit_test(nations_as_modifiers),
        cmocka_unit_test(nation_joins_its_body), cmocka_unit_test(body_descriptions),
        cmocka_unit_test(parenthesised_names), cmocka_unit_test(descriptions_in_object_position),
        cmocka_unit_test(asides), cmocka_unit_test(products_are_no_actors),
        cmocka_unit_test(headline_categories_and_laws),
        cmocka_unit_test(pronoun_after_interjected_clause), cmocka_unit_test(titles_before_people),
        cmocka_unit_test(wire_credits_name_nobody), cmocka_unit_test(places_after_prepositions),
        cmocka_unit_test(possessive_before_a_known_name), cmocka_unit_test(places_before_based),
        cmocka_unit_test(products_brands_and_lists), cmocka_unit_test(headline_lists),
        cmocka_unit_test(descriptions_naming_an_outlet), cmocka_unit_test(zones_and_parliaments),
        cmocka_unit_test(people_by_what_is_said_of_them),
        cmocka_unit_test(names_in_one_piece), cmocka_unit_test(bodies_named_by_portfolio),
        cmocka_unit_test(lower_case_bodies_and_missions),
        cmocka_unit_test(outlets_by_what_is_said_of_them), cmocka_unit_test(name_particles),
        cmocka_unit_test(hyphenated_pairs), cmocka_unit_test(name_stops_before_possessor),
        cmocka_unit_test(portfolio_word_in_ministry),
        cmocka_unit_test(short_form_after_place),
        cmocka_unit_test(short_forms_open_sentences),
        cmocka_unit_test(description_continues_the_subject),
        cmocka_unit_test(descriptions_before_names),
        cmocka_unit_test(pronoun_after_informing), cmocka_unit_test(laws_and_currencies_are_no_actors),
        cmocka_unit_test(rivals_and_districts),
        cmocka_unit_test(legal_form_is_optional),
        cmocka_unit_test(tickers_name_the_actor_before_them),
        cmocka_unit_test(prices_name_no_actor),
        cmocka_unit_test(industry_words_are_no_short_forms),
        cmocka_unit_test(names_beside_names), cmocka_unit_test(company_after_closed_apposition),
        cmocka_unit_test(wire_credit_and_longer_names),
        cmocka_unit_test(lone_nationality_words),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
