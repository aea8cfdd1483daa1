/* events — apply the event rules to each sentence: actor mentions are masked to
 * placeholders, each rule's compiled frames find the trigger and the roles (active and
 * passive voice), then the event gets a date from the nearest tied temporal expression
 * (or the publication date for news of the day), and a modality from the cues. */
#ifndef EVGRAPH_EVENTS_H
#define EVGRAPH_EVENTS_H

#include "actors.h"
#include "dates.h"
#include "rules.h"
#include "syntax_doc.h"

#define ACTOR_NONE ((size_t)-1)

typedef enum { MOD_ASSERTED, MOD_NEGATED, MOD_HYPOTHETICAL } modality;
typedef enum { BASIS_NONE, BASIS_DOCUMENT, BASIS_RELATIVE, BASIS_EXPLICIT } date_basis;

typedef struct {
    char value[16];    /* ISO at its precision, "" when none */
    date_prec prec;
    date_basis basis;
    char text[64];     /* the expression it came from */
} event_date;

typedef struct {
    const event_rule *rule;
    size_t source, target; /* indexes into the document's actor_table, or ACTOR_NONE */
    event_date date;
    modality mod;
    size_t sent_start, sent_end; /* the evidence sentence, offsets into doc->text */
    int symmetric;     /* from a wording that does not tell buyer from bought ("X and Y
                          ended their merger agreement"): oriented by the document's deal */
    int at_act;        /* an objection aimed at an act ("opposes the move"), not a deal */
    int at_body;       /* aimed at a government that cannot be its target ("lodged a protest
                          with the EU"): only the author of the document's listings may be */
    int also;          /* "X also blacklisted Y": undated, it shares the date of the same kind
                          of event told just before */
    int dealref;       /* "the merger never closed": no role named, both come from the
                          document's deal (its buyer and the company bought) */
    int dealnoun;      /* told by the deal's noun ("the acquisition of X by Y"), marked
                          (?<dealnoun>) in the wording */
    int lastref;       /* a deal reference to the offer told last ("That bid lapsed"),
                          marked (?<lastref>) in the wording */
    int referred;      /* its roles came from a deal reference, resolved */
    int partial;       /* "X launched the offer": the target is the document's deal's, to be
                          filled by the document passes, else the event is dropped */
    size_t trig_start, trig_end; /* the trigger's text offsets (0, 0 when none) */
    int parsed;        /* read off the parse, not a pattern */
    int src_aside;     /* a pattern's source named inside an aside after another name ("X,
                          a provider in Saudi Arabia, said it bought Y"): the parse may
                          overrule it */
    int pending;       /* a deal named as what a body reviews or opposes: told elsewhere in
                          the document as done, it is that telling's deal */
} doc_event;

typedef struct {
    doc_event *v;
    size_t n, cap;
} doc_event_list;

/* syn: the document's parse (syntax_doc.h), read sentence by sentence in order (so that a
 * window of it is held at a time), or NULL to match with the patterns only. */
void events_extract(const ruleset *rs, const document *doc, const sentence_list *sents,
                    syn_doc *syn, const timex_list *timexes, const actor_table *actors,
                    doc_event_list *out);
const char *events_modality_name(modality m);
const char *events_basis_name(date_basis b);
void doc_event_list_free(doc_event_list *l);

#endif
