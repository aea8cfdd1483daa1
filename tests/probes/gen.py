#!/usr/bin/env python3
"""Generate probe articles pNNN.txt + gold pNNN.json (GOLD.md format) and classes.tsv.

Every text below was written for this study (invented company names); no text was
copied from any web page.  Event tuple: (type, source, target, date, modality)
  source/target: a name, a list of acceptable names, or None (not scored)
  date: None, an ISO value, a list of ISO values, or "wd:Tuesday" (the last Tuesday on
        or before the publication date).
The first event of a probe is its PRIMARY event (the wording class under test).
"""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROBES = []
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def P(cls, freq, text, events, pub="2023-05-10", aliases=None, absent=None, header=None):
    PROBES.append(dict(cls=cls, freq=freq, text=text, events=_media_null(events), pub=pub,
                       aliases=aliases or {}, absent=absent or [], header=header))


def _media_null(events):
    return [(t, s_, (None if t == "media_report" else g), d, m) for (t, s_, g, d, m) in events]


def resolve_date(d, pub):
    if d is None:
        return None
    if isinstance(d, list):
        out = []
        for x in d:
            out += resolve_date(x, pub)
        return out
    if d.startswith("wd:"):
        p = datetime.date.fromisoformat(pub)
        want = WD.index(d[3:])
        delta = (p.weekday() - want) % 7
        return [(p - datetime.timedelta(days=delta)).isoformat()]
    return [d]


A, T, E, B, D, G, R, M = ("acquisition", "acquisition_talks", "acquisition_talks_ended",
                          "blacklisting", "delisting", "government_objection",
                          "regulatory_review", "media_report")
HY, NE, AS = "hypothetical", "negated", "asserted"

# ---------------------------------------------------------------- acquisition
P("acq_agreed_simple", "frequent",
  "Harlow Instruments agreed to acquire Benning Optics for $1.2 billion in cash, the companies said on Tuesday.",
  [(A, "Harlow Instruments", "Benning Optics", "wd:Tuesday", AS)])
P("acq_agreed_simple", "frequent",
  "Quillon Foods has agreed to buy Teasdale Brands for about $640 million, it said on Monday.",
  [(A, "Quillon Foods", "Teasdale Brands", "wd:Monday", AS)])
P("acq_agreed_simple", "frequent",
  "Marrow Energy said on Thursday it would acquire Pell Creek Resources in an all-stock deal valued at $3.4 billion.",
  [(A, "Marrow Energy", "Pell Creek Resources", "wd:Thursday", AS)], pub="2019-11-14")

P("acq_completed", "frequent",
  "Fennimore Health said on Monday it had completed its acquisition of Ostrava Diagnostics.",
  [(A, "Fennimore Health", "Ostrava Diagnostics", "wd:Monday", AS)])
P("acq_completed", "frequent",
  "Durant Logistics has closed its $410 million purchase of Kestrel Freight, the company said in a statement.",
  [(A, "Durant Logistics", "Kestrel Freight", None, AS)])
P("acq_completed", "frequent",
  "Vantor Systems completed the acquisition of Lyle Robotics on March 3, adding 600 engineers to its payroll.",
  [(A, "Vantor Systems", "Lyle Robotics", "2023-03-03", AS)])

P("acq_subsidiary_framing", "occasional",
  "The transaction closed on Friday, making Arcadia Paper a wholly owned subsidiary of Brightmoor Group.",
  [(A, "Brightmoor Group", "Arcadia Paper", "wd:Friday", AS)])
P("acq_subsidiary_framing", "occasional",
  "Dellwood Farms is now part of Consolidated Harvest after the two companies closed their deal last week.",
  [(A, "Consolidated Harvest", "Dellwood Farms", "2023-05", AS)])

P("acq_passive", "frequent",
  "Tillery Software was acquired by Norcross Data for $95 million last month.",
  [(A, "Norcross Data", "Tillery Software", "2023-04", AS)])
P("acq_passive", "frequent",
  "Glenview Bank is being bought by Harbor Financial in a deal worth $2.1 billion, the lenders said on Wednesday.",
  [(A, "Harbor Financial", "Glenview Bank", "wd:Wednesday", AS)])
P("acq_passive", "frequent",
  "Ashby Motors agreed to be acquired by Stellan Partners for $18 a share.",
  [(A, "Stellan Partners", "Ashby Motors", None, AS)])
P("acq_passive", "frequent",
  "Under the agreement, Corvis Labs will be purchased by Helmer Pharma for $27 per share in cash.",
  [(A, "Helmer Pharma", "Corvis Labs", None, AS)])

P("acq_place_based_premod", "frequent",
  "Ohio-based Brennan Tools agreed to buy Munich-based Kessler Werkzeug for 900 million euros.",
  [(A, "Brennan Tools", "Kessler Werkzeug", None, AS)])
P("acq_place_based_premod", "frequent",
  "Toronto-based Maplecrest Capital said it has acquired Dallas-based Ridgeway Storage.",
  [(A, "Maplecrest Capital", "Ridgeway Storage", None, AS)])
P("acq_place_based_premod", "frequent",
  "U.S. chipmaker Altura Semiconductor agreed to acquire Israeli startup Nevo Photonics for $300 million.",
  [(A, "Altura Semiconductor", "Nevo Photonics", None, AS)])

P("acq_descriptor_premod", "frequent",
  "Pharmaceutical company Daventry Bio agreed to acquire cancer drug developer Selwyn Therapeutics for $4.1 billion.",
  [(A, "Daventry Bio", "Selwyn Therapeutics", None, AS)])
P("acq_descriptor_premod", "frequent",
  "Private equity firm Oakhurst Capital has bought British pub chain Marlow Inns.",
  [(A, "Oakhurst Capital", "Marlow Inns", None, AS)])
P("acq_descriptor_premod", "frequent",
  "Japanese trading house Sakaide Corp agreed to acquire Australian miner Kimberly Ridge Minerals.",
  [(A, "Sakaide Corp", "Kimberly Ridge Minerals", None, AS)])

P("acq_apposition", "frequent",
  "Pemberton Media, the publisher of the Daily Ledger, agreed to buy Clearwater Radio, a network of 40 stations, for $210 million.",
  [(A, "Pemberton Media", "Clearwater Radio", None, AS)])
P("acq_apposition", "frequent",
  "Gorham Chemicals, which makes industrial coatings, said it would acquire Redfield Polymers, a maker of specialty resins.",
  [(A, "Gorham Chemicals", "Redfield Polymers", None, AS)])
P("acq_apposition", "frequent",
  "Holloway Insurance, a Chicago-based insurer, completed its purchase of Brisco Mutual.",
  [(A, "Holloway Insurance", "Brisco Mutual", None, AS)])

P("acq_nominal_possessive", "frequent",
  "Ramsey Airlines' $1.9 billion acquisition of Kitely Air closed on Friday.",
  [(A, "Ramsey Airlines", "Kitely Air", "wd:Friday", AS)])
P("acq_nominal_possessive", "frequent",
  "Wexford Group's takeover of Palisade Hotels was completed last week.",
  [(A, "Wexford Group", "Palisade Hotels", "2023-05", AS)])
P("acq_nominal_possessive", "frequent",
  "The purchase of Lindqvist Marine by Oresund Shipping was finalized on Monday.",
  [(A, "Oresund Shipping", "Lindqvist Marine", "wd:Monday", AS)])

P("acq_seller_unit_sale", "frequent",
  "Castellan Industries agreed to sell its packaging unit, Trimble Pack, to Norwood Partners for $750 million.",
  [(A, "Norwood Partners", ["Trimble Pack", "Castellan Industries"], None, AS)])
P("acq_seller_unit_sale", "frequent",
  "Halvorsen Group said on Tuesday it had sold its Danish shipping business to Aker Blue.",
  [(A, "Aker Blue", "Halvorsen Group", "wd:Tuesday", AS)])
P("acq_seller_unit_sale", "frequent",
  "Merriton Electric will sell its lighting division to Lumenway Holdings in a deal valued at $1.1 billion.",
  [(A, "Lumenway Holdings", "Merriton Electric", None, AS)])
P("acq_seller_unit_sale", "frequent",
  "Pinecroft Capital agreed to sell Delmont Cables to Sorensen Wire for an undisclosed sum.",
  [(A, "Sorensen Wire", "Delmont Cables", None, AS)])

P("acq_controlling_stake", "frequent",
  "Kirin Star Holdings bought a 51% stake in Vellore Textiles for 12 billion rupees.",
  [(A, "Kirin Star Holdings", "Vellore Textiles", None, AS)])
P("acq_controlling_stake", "frequent",
  "Tavistock Energy acquired a majority stake in Ardent Solar, the companies said on Monday.",
  [(A, "Tavistock Energy", "Ardent Solar", "wd:Monday", AS)])
P("acq_minority_stake_absent", "frequent",
  "Marchetti Foods bought a 4.9% stake in Lorne Dairy, becoming its third-largest shareholder.",
  [], absent=[(A, "Marchetti Foods", "Lorne Dairy", "a minority stake is not an acquisition")])

P("acq_merger_of_two", "frequent",
  "Rowan Bancorp and Eastbrook Financial agreed to merge in an all-stock deal that will create a lender with $40 billion in assets.",
  [(A, ["Rowan Bancorp", "Eastbrook Financial"], ["Rowan Bancorp", "Eastbrook Financial"], None, AS)])
P("acq_merger_of_two", "frequent",
  "Calder Pharma will merge with Ivers Biotech, the two companies announced on Monday.",
  [(A, ["Calder Pharma", "Ivers Biotech"], ["Calder Pharma", "Ivers Biotech"], "wd:Monday", AS)])
P("acq_merger_of_two", "frequent",
  "Westgate Media completed its merger with Pryor Broadcasting on Tuesday.",
  [(A, ["Westgate Media", "Pryor Broadcasting"], ["Westgate Media", "Pryor Broadcasting"], "wd:Tuesday", AS)])

P("acq_definitive_agreement", "frequent",
  "Selkirk Controls announced a definitive agreement to acquire Harrowgate Sensors for $520 million.",
  [(A, "Selkirk Controls", "Harrowgate Sensors", None, AS)])
P("acq_definitive_agreement", "frequent",
  "Dunmore Homes has signed an agreement to buy Calloway Builders, it said in a statement.",
  [(A, "Dunmore Homes", "Calloway Builders", None, AS)])
P("acq_definitive_agreement", "frequent",
  "Brixton Retail entered into a merger agreement with Fallon Outfitters under which Brixton Retail will pay $14 per share.",
  [(A, "Brixton Retail", "Fallon Outfitters", None, AS)])

P("acq_set_to_will_buy", "frequent",
  "Greystone Partners is set to acquire Ellery Chemicals after the two sides settled on a price of $2.3 billion.",
  [(A, "Greystone Partners", "Ellery Chemicals", None, AS)])
P("acq_set_to_will_buy", "frequent",
  "Under the plan, Callan Telecom will buy Ridley Networks for $6 a share.",
  [(A, "Callan Telecom", "Ridley Networks", None, AS)])

P("acq_plain_past_verb", "frequent",
  "Last year Marston Brewing bought Cotswold Cider for an undisclosed sum.",
  [(A, "Marston Brewing", "Cotswold Cider", "2022", AS)])
P("acq_plain_past_verb", "frequent",
  "In 2016, Everly Tech snapped up Quinn Analytics for $80 million.",
  [(A, "Everly Tech", "Quinn Analytics", "2016", AS)])
P("acq_plain_past_verb", "frequent",
  "Hartwell Realty purchased Denholm Properties in 2011 and later sold its office towers.",
  [(A, "Hartwell Realty", "Denholm Properties", "2011", AS)])

P("acq_ticker_parens", "frequent",
  "Corvane Health (NYSE: CRVH) agreed to acquire Lisbon Medical (NASDAQ: LSBM) for $1.4 billion.",
  [(A, "Corvane Health", "Lisbon Medical", None, AS)])
P("acq_ticker_parens", "frequent",
  "Pexon Inc. (NASDAQ: PXON) completed its acquisition of Trellis AI on Monday.",
  [(A, "Pexon Inc.", "Trellis AI", "wd:Monday", AS)], aliases={"Pexon Inc.": ["Pexon", "PXON"]})

P("acq_via_subsidiary_affiliate", "frequent",
  "Brookmere Holdings, through its subsidiary Brookmere Energy, acquired Saltash Gas for $300 million.",
  [(A, ["Brookmere Holdings", "Brookmere Energy"], "Saltash Gas", None, AS)])
P("acq_via_subsidiary_affiliate", "frequent",
  "A unit of Tenzing Capital agreed to buy Orrin Foods, the companies said.",
  [(A, "Tenzing Capital", "Orrin Foods", None, AS)])
P("acq_via_subsidiary_affiliate", "frequent",
  "An affiliate of Ashgrove Partners will acquire Selby Clinics in a $600 million deal.",
  [(A, "Ashgrove Partners", "Selby Clinics", None, AS)])

P("acq_deal_subject", "frequent",
  "The $5 billion deal, announced on Monday, will see Norland Rail take over Cheswick Freight.",
  [(A, "Norland Rail", "Cheswick Freight", "wd:Monday", AS)])
P("acq_deal_subject", "frequent",
  "In the transaction, Valmont Paper will acquire all outstanding shares of Kerrigan Pulp.",
  [(A, "Valmont Paper", "Kerrigan Pulp", None, AS)])

P("acq_in_quote", "occasional",
  "\"Today we completed our purchase of Brayford Instruments,\" Tolland Scientific said in a statement.",
  [(A, "Tolland Scientific", "Brayford Instruments", None, AS)])
P("acq_in_quote", "occasional",
  "\"We are delighted to welcome Kinross Analytics to the family,\" said Maria Ortega, chief executive of Pellham Data, which bought the firm for $70 million.",
  [(A, "Pellham Data", "Kinross Analytics", None, AS)])

P("acq_two_sentence_anaphora", "frequent",
  "Calderon Beverages said on Wednesday it had reached a deal for Rioja Springs. The bottler will pay $330 million for the company.",
  [(A, "Calderon Beverages", "Rioja Springs", "wd:Wednesday", AS)])
P("acq_two_sentence_anaphora", "frequent",
  "Sterling Pumps has found a buyer. Hallam Engineering agreed to pay $95 million for the company, Sterling Pumps said.",
  [(A, "Hallam Engineering", "Sterling Pumps", None, AS)])

P("acq_hypothetical_completion", "occasional",
  "Ventry Chemicals offered $40 a share for Hollins Resins. If completed, the acquisition would make Ventry Chemicals the largest resin maker in Europe.",
  [(A, "Ventry Chemicals", "Hollins Resins", None, HY), (T, "Ventry Chemicals", "Hollins Resins", None, AS)])
P("acq_hypothetical_completion", "occasional",
  "Drayton Air could buy Solent Jets as early as next year, analysts said.",
  [(A, "Drayton Air", "Solent Jets", None, HY)])

P("acq_negated", "occasional",
  "Tarrant Motors never completed its planned purchase of Vickery Auto.",
  [(A, "Tarrant Motors", "Vickery Auto", None, NE)])
P("acq_negated", "occasional",
  "Lowry Steel did not buy Pennant Iron, contrary to earlier reports.",
  [(A, "Lowry Steel", "Pennant Iron", None, NE)])

# ---------------------------------------------------------------- talks
P("talks_people_familiar", "frequent",
  "Harcourt Brands is in talks to acquire Lenox Candles, according to people familiar with the matter.",
  [(T, "Harcourt Brands", "Lenox Candles", None, AS)])
P("talks_people_familiar", "frequent",
  "Ostrander Capital is in advanced discussions to buy Pike Valley Foods, two people with knowledge of the talks said.",
  [(T, "Ostrander Capital", "Pike Valley Foods", None, AS)])
P("talks_people_familiar", "frequent",
  "Belmont Tech is nearing a deal to buy Quarry Labs for about $900 million, sources said.",
  [(T, "Belmont Tech", "Quarry Labs", None, AS)])

P("talks_offer_per_share", "frequent",
  "Kendrick Pharma offered $42 a share in cash for Avalon Therapeutics on Monday.",
  [(T, "Kendrick Pharma", "Avalon Therapeutics", "wd:Monday", AS)])
P("talks_offer_per_share", "frequent",
  "Sutter Mining made a $3.2 billion bid for Greywacke Gold.",
  [(T, "Sutter Mining", "Greywacke Gold", None, AS)])
P("talks_offer_per_share", "frequent",
  "Loman Group has proposed to buy Thistle Retail for 180 pence per share.",
  [(T, "Loman Group", "Thistle Retail", None, AS)])

P("talks_hostile_tender", "occasional",
  "Crestline Chemical launched a hostile tender offer for Barrow Plastics at $31 per share.",
  [(T, "Crestline Chemical", "Barrow Plastics", None, AS)])
P("talks_hostile_tender", "occasional",
  "Mortlake Steel took its $5 billion offer directly to shareholders of Ingram Alloys after the board rebuffed it.",
  [(T, "Mortlake Steel", "Ingram Alloys", None, AS)])
P("talks_hostile_tender", "occasional",
  "Fairhaven Foods commenced a tender offer for all outstanding shares of Pollard Bakeries.",
  [(T, "Fairhaven Foods", "Pollard Bakeries", None, AS)])

P("talks_rejected_by_target", "frequent",
  "Wyndham Paper rejected an unsolicited takeover bid from Carver Pulp, saying it undervalued the company.",
  [(T, "Carver Pulp", "Wyndham Paper", None, AS)])
P("talks_rejected_by_target", "frequent",
  "The board of Aldridge Telecom turned down a $7 billion proposal from Nexa Communications.",
  [(T, "Nexa Communications", "Aldridge Telecom", None, AS)])
P("talks_rejected_by_target", "frequent",
  "Bellingham Hotels rebuffed a takeover approach by Sorrento Resorts on Tuesday.",
  [(T, "Sorrento Resorts", "Bellingham Hotels", "wd:Tuesday", AS)])

P("talks_raised_offer", "occasional",
  "Pryce Industries raised its offer for Danvers Engineering to $58 a share.",
  [(T, "Pryce Industries", "Danvers Engineering", None, AS)])
P("talks_raised_offer", "occasional",
  "Calloway Paints sweetened its bid for Hamlin Coatings on Thursday, offering $2 billion.",
  [(T, "Calloway Paints", "Hamlin Coatings", "2019-11-14", AS)], pub="2019-11-14")

P("talks_approach", "frequent",
  "Marlowe Insurance has approached Reddick Life about a possible combination, Reddick Life confirmed.",
  [(T, "Marlowe Insurance", "Reddick Life", None, AS)])
P("talks_approach", "frequent",
  "Tessaro Group said it had received a takeover approach from Vantage Partners.",
  [(T, "Vantage Partners", "Tessaro Group", None, AS)])
P("talks_approach", "frequent",
  "Osgood Retail has made an approach to the board of Clement Stores.",
  [(T, "Osgood Retail", "Clement Stores", None, AS)])

P("talks_considering_bid_hyp", "frequent",
  "Ferrand Energy is considering a bid for Coldwater Oil, people familiar with the matter said.",
  [(T, "Ferrand Energy", "Coldwater Oil", None, HY)])
P("talks_considering_bid_hyp", "frequent",
  "Stroud Group is weighing an offer for Hennessy Drinks.",
  [(T, "Stroud Group", "Hennessy Drinks", None, HY)])
P("talks_considering_bid_hyp", "frequent",
  "Lytton Media may make a counterbid for Ashdown Publishing.",
  [(T, "Lytton Media", "Ashdown Publishing", None, HY)])

P("talks_target_in_talks_with", "frequent",
  "Pemberly Clinics is in exclusive talks with Garrison Health over a sale of the company.",
  [(T, "Garrison Health", "Pemberly Clinics", None, AS)])
P("talks_target_in_talks_with", "frequent",
  "Norrland Timber said it was in discussions with Astor Forest Products about a potential sale.",
  [(T, "Astor Forest Products", "Norrland Timber", None, AS)])
P("talks_target_in_talks_with", "frequent",
  "Kelso Brewing confirmed talks with Brannock Beverages regarding a possible offer for Kelso Brewing.",
  [(T, "Brannock Beverages", "Kelso Brewing", None, AS)])

P("talks_merger_two_parties", "frequent",
  "Harwell Airlines and Tamsin Air are in talks to merge, the carriers said on Friday.",
  [(T, ["Harwell Airlines", "Tamsin Air"], ["Harwell Airlines", "Tamsin Air"], "wd:Friday", AS)])
P("talks_merger_two_parties", "frequent",
  "Merger talks between Ellison Bank and Grafton Trust resumed last week.",
  [(T, ["Ellison Bank", "Grafton Trust"], ["Ellison Bank", "Grafton Trust"], "2023-05", AS)])

P("talks_nominal_bid", "frequent",
  "Saxon Steel's $4 billion bid for Marchmont Iron faces opposition from unions.",
  [(T, "Saxon Steel", "Marchmont Iron", None, AS)])
P("talks_nominal_bid", "frequent",
  "The offer from Dunbar Capital for Holbrook Retail expires on June 30.",
  [(T, "Dunbar Capital", "Holbrook Retail", None, AS)])

P("talks_received_proposal", "frequent",
  "Lambeth Software said it had received a non-binding proposal from Arden Equity to take the company private.",
  [(T, "Arden Equity", "Lambeth Software", None, AS)])
P("talks_received_proposal", "frequent",
  "Varley Gas disclosed that it received an indicative offer from Corrib Energy.",
  [(T, "Corrib Energy", "Varley Gas", None, AS)])

P("talks_competing_bid", "occasional",
  "Tamworth Foods topped Milbrook Group's offer for Sandell Dairy with a $1.6 billion bid.",
  [(T, "Tamworth Foods", "Sandell Dairy", None, AS), (T, "Milbrook Group", "Sandell Dairy", None, AS)])
P("talks_competing_bid", "occasional",
  "Rival bidder Oxley Partners entered the contest for Delph Pottery, joining Warrick Ceramics.",
  [(T, "Oxley Partners", "Delph Pottery", None, AS), (T, "Warrick Ceramics", "Delph Pottery", None, AS)])

P("talks_negated_denial", "occasional",
  "Stanmore Oil said it would not make a bid for Petrel Gas.",
  [(T, "Stanmore Oil", "Petrel Gas", None, NE)])
P("talks_negated_denial", "occasional",
  "Orwell Media denied that it was in talks to buy Banfield Publishing.",
  [(T, "Orwell Media", "Banfield Publishing", None, NE)])

# ---------------------------------------------------------------- talks ended
P("ended_walked_away", "frequent",
  "Grayling Media walked away from its pursuit of Hollis Broadcasting on Tuesday.",
  [(E, "Grayling Media", "Hollis Broadcasting", "wd:Tuesday", AS)])
P("ended_walked_away", "frequent",
  "Ascot Partners walked away from talks to buy Linden Care Homes.",
  [(E, "Ascot Partners", "Linden Care Homes", None, AS)])

P("ended_withdrew_offer", "frequent",
  "Merriweather Corp withdrew its $12 billion offer for Talbot Electronics, citing the target's refusal to engage.",
  [(E, "Merriweather Corp", "Talbot Electronics", None, AS)])
P("ended_withdrew_offer", "frequent",
  "Corsham Group has withdrawn its proposal to acquire Dexter Chemicals.",
  [(E, "Corsham Group", "Dexter Chemicals", None, AS)])

P("ended_terminated_agreement", "frequent",
  "Hadley Pharma and Rook Biosciences terminated their merger agreement on Friday after failing to win approval in China.",
  [(E, ["Hadley Pharma", "Rook Biosciences"], ["Hadley Pharma", "Rook Biosciences"], "wd:Friday", AS)])
P("ended_terminated_agreement", "frequent",
  "Ormond Energy said it had ended its agreement to acquire Birchwood Power.",
  [(E, "Ormond Energy", "Birchwood Power", None, AS)])
P("ended_terminated_agreement", "frequent",
  "The $3 billion deal between Pelham Foods and Astley Snacks was called off on Monday.",
  [(E, ["Pelham Foods", "Astley Snacks"], ["Pelham Foods", "Astley Snacks"], "wd:Monday", AS)])

P("ended_abandoned_scrapped", "frequent",
  "Wessex Airways abandoned its bid for Copeland Aviation.",
  [(E, "Wessex Airways", "Copeland Aviation", None, AS)])
P("ended_abandoned_scrapped", "frequent",
  "Fulton Rail scrapped its plan to buy Garnet Freight amid regulatory opposition.",
  [(E, "Fulton Rail", "Garnet Freight", None, AS)])

P("ended_talks_collapsed", "frequent",
  "Talks between Ridgeline Telecom and Avro Cable collapsed over price, the companies said.",
  [(E, ["Ridgeline Telecom", "Avro Cable"], ["Ridgeline Telecom", "Avro Cable"], None, AS)])
P("ended_talks_collapsed", "frequent",
  "Branscombe Mining and Tellurite Metals have ended merger discussions.",
  [(E, ["Branscombe Mining", "Tellurite Metals"], ["Branscombe Mining", "Tellurite Metals"], None, AS)])
P("ended_talks_collapsed", "frequent",
  "Negotiations for Harlan Seeds to buy Moreno Agri broke down last week.",
  [(E, "Harlan Seeds", "Moreno Agri", "2023-05", AS)])

P("ended_no_intention_uk", "occasional",
  "Ferris Holdings said it does not intend to make an offer for Caldwell Retail.",
  [(E, "Ferris Holdings", "Caldwell Retail", None, AS)])
P("ended_no_intention_uk", "occasional",
  "Abbott Lane Capital confirmed it will not proceed with a bid for Sunderland Homes.",
  [(E, "Abbott Lane Capital", "Sunderland Homes", None, AS)])

P("ended_target_terminates", "occasional",
  "Wren Logistics terminated its agreement to be acquired by Castor Freight, opting for a higher offer.",
  [(E, "Castor Freight", "Wren Logistics", None, AS)])
P("ended_negated", "rare",
  "Gallant Steel said it is not abandoning its pursuit of Riverton Alloys.",
  [(E, "Gallant Steel", "Riverton Alloys", None, NE)])

# ---------------------------------------------------------------- blacklisting
CD = ["Commerce Department", "U.S. Commerce Department", "Commerce", "Bureau of Industry and Security", "United States", "U.S.", "Washington"]
P("bl_commerce_adds", "frequent",
  "The U.S. Commerce Department on Tuesday added Hanshan Microelectronics to its Entity List, citing national security concerns.",
  [(B, CD, "Hanshan Microelectronics", "wd:Tuesday", AS)])
P("bl_commerce_adds", "frequent",
  "The Bureau of Industry and Security added Zhenhai Optics and Fuyang Lasers to the Entity List.",
  [(B, CD, "Zhenhai Optics", None, AS), (B, CD, "Fuyang Lasers", None, AS)])
P("bl_commerce_adds", "frequent",
  "Commerce said it had placed Quanzhou Avionics on its entity list for supporting China's military modernization.",
  [(B, CD, "Quanzhou Avionics", None, AS)])

P("bl_passive_added", "frequent",
  "Kowloon Drone Systems was added to the Entity List by the Commerce Department on Friday.",
  [(B, CD, "Kowloon Drone Systems", "wd:Friday", AS)])
P("bl_passive_added", "frequent",
  "Qiantang Semiconductor has been placed on a U.S. trade blacklist, the Commerce Department said.",
  [(B, CD, "Qiantang Semiconductor", None, AS)])
P("bl_passive_added", "frequent",
  "Tarim Computing was among 14 entities added to the list this week.",
  [(B, None, "Tarim Computing", "2023-05", AS)])

P("bl_names_in_next_sentence", "frequent",
  "The Commerce Department said on Wednesday it was adding eight Chinese companies to its Entity List. The companies include Lianshan Computing, Heyuan Chip Design and Baiyun Quantum.",
  [(B, CD, "Lianshan Computing", "wd:Wednesday", AS), (B, CD, "Heyuan Chip Design", "wd:Wednesday", AS),
   (B, CD, "Baiyun Quantum", "wd:Wednesday", AS)])
P("bl_names_in_next_sentence", "frequent",
  "Washington blacklisted five firms on Thursday. Among them were Tianfu Aerospace and Minjiang Radar.",
  [(B, CD, "Tianfu Aerospace", "2023-05-04", AS), (B, CD, "Minjiang Radar", "2023-05-04", AS)])
P("bl_names_in_next_sentence", "frequent",
  "The U.S. added 27 entities to its export blacklist on Monday. They included Harbin Cryo Systems, a maker of cooling equipment.",
  [(B, CD, "Harbin Cryo Systems", "wd:Monday", AS)])

TR = ["Treasury Department", "U.S. Treasury Department", "Treasury", "Office of Foreign Assets Control", "OFAC", "United States", "U.S."]
P("bl_treasury_sanctions", "frequent",
  "The U.S. Treasury Department imposed sanctions on Sevastyan Shipping, accusing it of moving Iranian oil.",
  [(B, TR, "Sevastyan Shipping", None, AS)])
P("bl_treasury_sanctions", "frequent",
  "Treasury sanctioned Marrakand Trading and its owner, Idris Volkov, on Monday.",
  [(B, TR, "Marrakand Trading", "wd:Monday", AS), (B, TR, "Idris Volkov", "wd:Monday", AS)])
P("bl_treasury_sanctions", "frequent",
  "Sanctions were imposed on Caspian Drilling Services by the U.S. Treasury on Thursday.",
  [(B, TR, "Caspian Drilling Services", "2023-05-04", AS)])

P("bl_ofac_designated", "frequent",
  "OFAC designated Blue Crescent Tankers for transporting Iranian petroleum.",
  [(B, TR, "Blue Crescent Tankers", None, AS)])
P("bl_ofac_designated", "frequent",
  "The Office of Foreign Assets Control designated three shipping companies, including Arvand Star Marine, under Executive Order 13846.",
  [(B, TR, "Arvand Star Marine", None, AS)])
P("bl_ofac_designated", "frequent",
  "On August 30, OFAC placed Pacific Dawn Logistics on the Specially Designated Nationals List.",
  [(B, TR, "Pacific Dawn Logistics", "2022-08-30", AS)])

EU = ["European Union", "EU", "Council of the European Union", "Council"]
P("bl_eu_sanctions", "frequent",
  "The European Union imposed sanctions on Volgograd Arms Works and froze its assets in the bloc.",
  [(B, EU, "Volgograd Arms Works", None, AS)])
P("bl_eu_sanctions", "frequent",
  "The Council of the European Union added Krasnaya Polymer to its sanctions list on Friday.",
  [(B, EU, "Krasnaya Polymer", "wd:Friday", AS)])
P("bl_eu_sanctions", "frequent",
  "EU governments agreed to an asset freeze and travel ban on businessman Oleg Varnov and his firm, Tula Ordnance.",
  [(B, EU + ["EU governments"], "Oleg Varnov", None, AS), (B, EU + ["EU governments"], "Tula Ordnance", None, AS)])

CN = ["China", "Beijing", "commerce ministry", "China's commerce ministry", "Ministry of Commerce"]
P("bl_china_unreliable", "occasional",
  "China's commerce ministry added Ardent Aerospace to its unreliable entity list over arms sales to Taiwan.",
  [(B, CN, "Ardent Aerospace", None, AS)])
P("bl_china_unreliable", "occasional",
  "Beijing placed Hollister Defense Systems on its unreliable entity list, barring it from trading with China.",
  [(B, CN, "Hollister Defense Systems", None, AS)])
P("bl_china_countersanction", "occasional",
  "China said on Tuesday it would impose sanctions on Stanwick Aeronautics in retaliation for the arms deal.",
  [(B, CN, "Stanwick Aeronautics", "wd:Tuesday", AS)])

PG = ["Pentagon", "Defense Department", "Department of Defense", "U.S.", "United States"]
P("bl_pentagon_military_list", "occasional",
  "The Pentagon added Xinghai Robotics to its list of Chinese military companies.",
  [(B, PG, "Xinghai Robotics", None, AS)])
P("bl_pentagon_military_list", "occasional",
  "The Defense Department designated Jinling Battery as a Chinese military company on Wednesday.",
  [(B, PG, "Jinling Battery", "wd:Wednesday", AS)])

US = ["United States", "U.S.", "Washington", "the United States"]
P("bl_blacklisted_verb", "frequent",
  "The United States blacklisted Huaxin Telecom over its ties to the Chinese military.",
  [(B, US, "Huaxin Telecom", None, AS)])
P("bl_blacklisted_verb", "frequent",
  "Washington has blacklisted Sunmoon Trading for helping North Korea evade sanctions.",
  [(B, US, "Sunmoon Trading", None, AS)])

UK = ["Britain", "UK government", "UK", "United Kingdom"]
P("bl_uk_sanctions", "frequent",
  "Britain sanctioned Novaya Metals on Thursday as part of a package targeting Russia's war economy.",
  [(B, UK, "Novaya Metals", "2023-05-04", AS)])
P("bl_uk_sanctions", "frequent",
  "The UK government designated Kerch Maritime under its Russia sanctions regime.",
  [(B, UK, "Kerch Maritime", None, AS)])

P("bl_target_with_descriptor", "frequent",
  "Washington added Shenzhen-based drone maker Feiyu Technology to the Entity List.",
  [(B, CD, "Feiyu Technology", None, AS)])
P("bl_target_with_descriptor", "frequent",
  "Commerce blacklisted Dongxing Semiconductor, a supplier to Huawei, on Tuesday.",
  [(B, CD, "Dongxing Semiconductor", "wd:Tuesday", AS)])

P("bl_hypothetical_considering", "frequent",
  "The Commerce Department is considering adding Longwei Memory to the Entity List, according to people familiar with the matter.",
  [(B, CD, "Longwei Memory", None, HY)])
P("bl_hypothetical_threat", "occasional",
  "U.S. officials threatened to sanction Petrovia Bank if it kept processing payments for Russian importers.",
  [(B, ["U.S. officials", "U.S."], "Petrovia Bank", None, HY), (G, ["U.S. officials", "U.S."], "Petrovia Bank", None, AS)])
P("bl_negated", "occasional",
  "The Commerce Department did not add Yutong Sensors to the Entity List, despite pressure from lawmakers.",
  [(B, CD, "Yutong Sensors", None, NE)])
P("bl_negated", "occasional",
  "Treasury declined to sanction Halden Oil, officials said.",
  [(B, TR, "Halden Oil", None, NE)])

# ---------------------------------------------------------------- delisting
NY = ["New York Stock Exchange", "NYSE", "NYSE Regulation"]
NQ = ["Nasdaq", "Nasdaq Stock Market", "Nasdaq Inc."]
P("dl_exchange_will_delist", "occasional",
  "The New York Stock Exchange said it would delist Sinoway Telecom to comply with the executive order.",
  [(D, NY, "Sinoway Telecom", None, AS)])
P("dl_exchange_will_delist", "occasional",
  "Nasdaq notified Lumen Coffee that it plans to delist the company's shares.",
  [(D, NQ, "Lumen Coffee", None, AS)])
P("dl_passive", "occasional",
  "Shares of Quanta Gold were delisted from the Nasdaq on Monday.",
  [(D, NQ, "Quanta Gold", "wd:Monday", AS)])
P("dl_passive", "occasional",
  "Pacifica Solar will be delisted from the NYSE after failing to file its annual report.",
  [(D, NY, "Pacifica Solar", None, AS)])
P("dl_proceedings", "occasional",
  "NYSE Regulation commenced proceedings to delist the securities of Orion Shipping.",
  [(D, NY, "Orion Shipping", None, AS)])
P("dl_proceedings", "occasional",
  "The Nasdaq Stock Market began delisting proceedings against Meridian Biolabs.",
  [(D, NQ, "Meridian Biolabs", None, AS)])
P("dl_removed_entity_list", "occasional",
  "The Commerce Department removed Hualong Instruments from the Entity List on Thursday.",
  [(D, CD, "Hualong Instruments", "2023-05-04", AS)])
P("dl_removed_entity_list", "occasional",
  "Danyang Optics was taken off the U.S. trade blacklist.",
  [(D, CD, "Danyang Optics", None, AS)])
P("dl_lifted_sanctions", "occasional",
  "The Treasury Department lifted sanctions on Kasparov Aluminium after its owner cut his stake.",
  [(D, TR, "Kasparov Aluminium", None, AS)])
P("dl_lifted_sanctions", "occasional",
  "OFAC removed Yellow Sea Fisheries from the SDN list.",
  [(D, TR, "Yellow Sea Fisheries", None, AS)])
P("dl_lifted_sanctions", "occasional",
  "The EU delisted Baltiya Credit, a bank owned by Sergei Malkin, from its sanctions list.",
  [(D, EU, "Baltiya Credit", None, AS)])
P("dl_foreign_exchange", "occasional",
  "The Shanghai Stock Exchange delisted Jiangnan Tanker after three years of losses.",
  [(D, "Shanghai Stock Exchange", "Jiangnan Tanker", None, AS)])
P("dl_foreign_exchange", "occasional",
  "The Tokyo Stock Exchange will delist Kaminari Electric on June 1.",
  [(D, "Tokyo Stock Exchange", "Kaminari Electric", "2023-06-01", AS)])
P("dl_after_takeover", "frequent",
  "Following the acquisition, Brantley Foods' shares will be delisted from the London Stock Exchange.",
  [(D, "London Stock Exchange", "Brantley Foods", None, AS)])
P("dl_negated_reversal", "rare",
  "The NYSE said it no longer intends to delist Yangtze Mobile.",
  [(D, NY, "Yangtze Mobile", None, NE)])
P("dl_negated_reversal", "rare",
  "The EU will not lift sanctions on Rostov Heavy Industries until the fighting stops.",
  [(D, EU, "Rostov Heavy Industries", None, NE)])
P("dl_hypothetical", "occasional",
  "Hengli Pharma could be delisted from Nasdaq if it fails to regain compliance.",
  [(D, NQ, "Hengli Pharma", None, HY)])

# ---------------------------------------------------------------- government objection
FTC = ["Federal Trade Commission", "FTC"]
DOJ = ["Justice Department", "Department of Justice", "U.S. Department of Justice", "DOJ"]
P("obj_sues_to_block", "frequent",
  "The Federal Trade Commission sued on Thursday to block Kingsway Grocers' $24 billion acquisition of Pemberton Markets.",
  [(G, FTC, ["Kingsway Grocers", "Pemberton Markets"], "2023-05-04", AS)])
P("obj_sues_to_block", "frequent",
  "The Justice Department filed a lawsuit seeking to block Skyline Airways from acquiring Coastal Jet.",
  [(G, DOJ, ["Skyline Airways", "Coastal Jet"], None, AS)])
P("obj_sues_to_block", "frequent",
  "U.S. antitrust enforcers sued to stop the merger of Granite Health and Bayview Clinics.",
  [(G, ["U.S. antitrust enforcers", "antitrust enforcers", "U.S."], ["Granite Health", "Bayview Clinics"], None, AS)])
P("obj_sues_to_block", "frequent",
  "The FTC is suing to block Harmon Medical's planned takeover of Quest Ortho, saying it would raise prices for hospitals.",
  [(G, FTC, ["Harmon Medical", "Quest Ortho"], None, AS)])

ECm = ["European Commission", "Commission", "EU", "European Union", "EU regulators"]
P("obj_ec_prohibits", "occasional",
  "The European Commission blocked the planned merger of Tessin Steel and Malvern Metals on Tuesday.",
  [(G, ECm, ["Tessin Steel", "Malvern Metals"], "wd:Tuesday", AS)])
P("obj_ec_prohibits", "occasional",
  "EU regulators prohibited Aurelian Rail's acquisition of Voss Signalling, saying it would raise prices.",
  [(G, ECm, ["Aurelian Rail", "Voss Signalling"], None, AS)])

CMA = ["Competition and Markets Authority", "CMA", "Britain"]
P("obj_cma_blocks", "occasional",
  "Britain's Competition and Markets Authority blocked Harbury Games' takeover of Pixelmoor Studios.",
  [(G, CMA, ["Harbury Games", "Pixelmoor Studios"], None, AS)])
P("obj_order_unwind_divest", "occasional",
  "The CMA has ordered Fenwick Tech to sell Arclight Maps, which it bought last year.",
  [(G, CMA, ["Fenwick Tech", "Arclight Maps"], None, AS), (A, "Fenwick Tech", "Arclight Maps", "2022", AS)])
P("obj_order_unwind_divest", "occasional",
  "China ordered Wenzhou Pharma to unwind its acquisition of Lishui Medicine.",
  [(G, ["China", "Beijing"], ["Wenzhou Pharma", "Lishui Medicine"], None, AS), (A, "Wenzhou Pharma", "Lishui Medicine", None, AS)])
P("obj_order_unwind_divest", "occasional",
  "The FTC ordered Barlow Dental to divest Crestwood Labs.",
  [(G, FTC, ["Barlow Dental", "Crestwood Labs"], None, AS)])

P("obj_president_blocks", "occasional",
  "President Trump blocked the acquisition of Lattimore Semiconductor by Canyon Peak Capital, citing national security.",
  [(G, ["Trump", "President Trump"], ["Lattimore Semiconductor", "Canyon Peak Capital"], None, AS)], pub="2017-09-14")
P("obj_president_blocks", "occasional",
  "President Biden issued an order prohibiting Redcliff Mining's purchase of Ashfield Land near an Air Force base.",
  [(G, ["Biden", "President Biden"], ["Redcliff Mining", "Ashfield Land"], None, AS)], pub="2024-05-14")

P("obj_passive_blocked", "occasional",
  "Carling Media's bid for Westbrook TV was blocked by the Federal Communications Commission.",
  [(G, ["Federal Communications Commission", "FCC"], ["Carling Media", "Westbrook TV"], None, AS),
   (T, "Carling Media", "Westbrook TV", None, AS)])
P("obj_passive_blocked", "occasional",
  "The takeover of Dornier Optics by Shenhua Capital was vetoed by the German government.",
  [(G, ["German government", "Germany"], ["Dornier Optics", "Shenhua Capital"], None, AS)])

P("obj_warning", "occasional",
  "The CMA warned that Vickery Bus's purchase of Castleford Coaches could lead to higher fares.",
  [(G, CMA, ["Vickery Bus", "Castleford Coaches"], None, AS)])
P("obj_warning", "occasional",
  "The European Commission warned Telmar Group that its bid for Kanto Mobile raised serious competition concerns.",
  [(G, ECm, ["Telmar Group", "Kanto Mobile"], None, AS)])

P("obj_opposes", "occasional",
  "The Department of Justice opposes the proposed merger of Oakfield Paper and Renwick Pulp.",
  [(G, DOJ, ["Oakfield Paper", "Renwick Pulp"], None, AS)])
P("obj_opposes", "occasional",
  "Germany's economy ministry objected to the sale of Stoltz Robotics to Huayang Group.",
  [(G, ["economy ministry", "Germany", "Germany's economy ministry"], ["Stoltz Robotics", "Huayang Group"], None, AS)])
P("obj_regulator_rejects", "occasional",
  "China's State Administration for Market Regulation rejected Alder Chips' acquisition of Kunlun Wafer.",
  [(G, ["State Administration for Market Regulation", "China"], ["Alder Chips", "Kunlun Wafer"], None, AS)])
P("obj_unnamed_officials", "occasional",
  "U.S. officials raised objections to Ravenna Telecom's plan to buy Dalton Networks.",
  [(G, ["U.S. officials", "U.S."], ["Ravenna Telecom", "Dalton Networks"], None, AS)])
P("obj_condemns", "occasional",
  "China's foreign ministry condemned the U.S. decision to blacklist Shenlong Semiconductor.",
  [(G, ["China", "foreign ministry", "China's foreign ministry"], ["U.S.", "United States"], None, AS),
   (B, ["U.S.", "United States"], "Shenlong Semiconductor", None, AS)])

# ---------------------------------------------------------------- regulatory review
P("rev_ec_in_depth", "frequent",
  "The European Commission opened an in-depth investigation into Halvard Foods' planned acquisition of Nordlys Dairy on Monday.",
  [(R, ECm, ["Halvard Foods", "Nordlys Dairy"], "wd:Monday", AS)])
P("rev_ec_in_depth", "frequent",
  "EU antitrust regulators launched a full-scale investigation into the merger of Castor Chemicals and Pollux Gases.",
  [(R, ECm + ["EU antitrust regulators"], ["Castor Chemicals", "Pollux Gases"], None, AS)])
P("rev_cma_phase2", "frequent",
  "The Competition and Markets Authority referred Carrick Pets' purchase of Millbrook Vets for a phase 2 investigation.",
  [(R, CMA, ["Carrick Pets", "Millbrook Vets"], None, AS)])
P("rev_cma_phase2", "frequent",
  "The UK competition watchdog said the merger of Ashdown Bus and Hurley Coaches would face an in-depth probe unless the companies offered remedies.",
  [(R, ["UK competition watchdog", "competition watchdog", "UK"], ["Ashdown Bus", "Hurley Coaches"], None, AS)])
P("rev_second_request", "occasional",
  "The Federal Trade Commission issued a second request for information about Lorimer Medical's acquisition of Pike Surgical.",
  [(R, FTC, ["Lorimer Medical", "Pike Surgical"], None, AS)])
P("rev_second_request", "occasional",
  "Gatewood Foods and Ansel Snacks each received a second request from the Justice Department regarding their merger.",
  [(R, DOJ, ["Gatewood Foods", "Ansel Snacks"], None, AS)])
P("rev_passive_under_review", "frequent",
  "Brinkley Air's purchase of Solway Regional is being reviewed by the Justice Department.",
  [(R, DOJ, ["Brinkley Air", "Solway Regional"], None, AS)])
P("rev_passive_under_review", "frequent",
  "The deal between Kestrel Cloud and Dunlin Data is under review by China's State Administration for Market Regulation.",
  [(R, ["State Administration for Market Regulation", "China"], ["Kestrel Cloud", "Dunlin Data"], None, AS)])
P("rev_approval_clearance", "frequent",
  "The Competition Commission of India approved Tarapur Cement's acquisition of Bhadra Concrete.",
  [(R, ["Competition Commission of India", "CCI"], ["Tarapur Cement", "Bhadra Concrete"], None, AS)])
P("rev_approval_clearance", "frequent",
  "Chinese regulators cleared Westmoor Semiconductor's purchase of Haldane Memory with conditions.",
  [(R, ["Chinese regulators", "China"], ["Westmoor Semiconductor", "Haldane Memory"], None, AS)])
P("rev_approval_clearance", "frequent",
  "The European Commission cleared the acquisition of Lomond Software by Ferro Digital unconditionally.",
  [(R, ECm, ["Lomond Software", "Ferro Digital"], None, AS)])
P("rev_probe_examining", "frequent",
  "The CMA launched a probe into Hanbury Pharma's takeover of Lister Generics.",
  [(R, CMA, ["Hanbury Pharma", "Lister Generics"], None, AS)])
P("rev_probe_examining", "frequent",
  "Germany's Federal Cartel Office is examining Mainz Logistik's purchase of Elbe Transport.",
  [(R, ["Federal Cartel Office", "Germany's Federal Cartel Office", "Bundeskartellamt", "Germany"], ["Mainz Logistik", "Elbe Transport"], None, AS)])
P("rev_cfius", "occasional",
  "The Committee on Foreign Investment in the United States is reviewing Tokai Heavy's bid for Brandywine Steel.",
  [(R, ["Committee on Foreign Investment in the United States", "CFIUS"], ["Tokai Heavy", "Brandywine Steel"], None, AS),
   (T, "Tokai Heavy", "Brandywine Steel", None, AS)])
P("rev_cfius", "occasional",
  "CFIUS has extended its review of Jinhai Capital's planned purchase of Rutland Aerospace.",
  [(R, ["Committee on Foreign Investment in the United States", "CFIUS"], ["Jinhai Capital", "Rutland Aerospace"], None, AS)])
P("rev_needs_approval_hyp", "frequent",
  "Kawaguchi Steel's purchase of Ibaraki Metals still needs approval from the Japan Fair Trade Commission.",
  [(R, ["Japan Fair Trade Commission", "JFTC"], ["Kawaguchi Steel", "Ibaraki Metals"], None, HY)])
P("rev_needs_approval_hyp", "frequent",
  "The acquisition of Norvale Gas by Stenhouse Energy is subject to approval by the Australian Competition and Consumer Commission.",
  [(R, ["Australian Competition and Consumer Commission", "ACCC"], ["Norvale Gas", "Stenhouse Energy"], None, HY)])
P("rev_scrutiny_unnamed", "frequent",
  "Antitrust regulators are scrutinizing Colton Media's purchase of Brennan Radio.",
  [(R, ["antitrust regulators", "regulators"], ["Colton Media", "Brennan Radio"], None, AS)])
P("rev_intervention_notice", "rare",
  "Britain's business secretary issued an intervention notice over Halcyon Partners' bid for Marlow Aerospace on national security grounds.",
  [(R, ["business secretary", "Britain"], ["Halcyon Partners", "Marlow Aerospace"], None, AS)])
P("rev_filed_for_clearance", "occasional",
  "Pentland Gas has filed for antitrust clearance from the European Commission for its purchase of Orkney Power.",
  [(R, ECm, ["Pentland Gas", "Orkney Power"], None, AS)])

# ---------------------------------------------------------------- media report
BN = ["Bloomberg News", "Bloomberg"]
P("media_trailing_reported", "frequent",
  "Dalby Group is in talks to buy Exeter Bio, Bloomberg News reported on Friday.",
  [(M, BN, ["Dalby Group", "Exeter Bio"], "wd:Friday", AS), (T, "Dalby Group", "Exeter Bio", None, AS)])
P("media_trailing_reported", "frequent",
  "Penrose Capital has made an offer for Wickham Stores, the Financial Times reported.",
  [(M, ["Financial Times", "FT"], ["Penrose Capital", "Wickham Stores"], None, AS), (T, "Penrose Capital", "Wickham Stores", None, AS)])
P("media_according_to", "frequent",
  "According to a report by Reuters, Sorrel Energy is preparing a bid for Quint Oil.",
  [(M, "Reuters", ["Sorrel Energy", "Quint Oil"], None, AS), (T, "Sorrel Energy", "Quint Oil", None, HY)])
P("media_according_to", "frequent",
  "Lindale Motors plans to cut 2,000 jobs, according to the Nikkei.",
  [(M, ["Nikkei", "the Nikkei"], "Lindale Motors", None, AS)])
P("media_reported_that", "frequent",
  "The Wall Street Journal reported on Tuesday that Brampton Energy had approached Ketley Power about a merger.",
  [(M, ["Wall Street Journal", "The Wall Street Journal", "WSJ"], ["Brampton Energy", "Ketley Power"], "wd:Tuesday", AS),
   (T, "Brampton Energy", "Ketley Power", None, AS)])
P("media_reported_that", "frequent",
  "Reuters reported last week that Montrose Bank was weighing a sale of its card unit.",
  [(M, "Reuters", "Montrose Bank", "2023-05", AS)])
P("media_citing_sources", "frequent",
  "Hawley Foods is nearing a deal to buy Cresswell Farms, CNBC reported, citing people familiar with the matter.",
  [(M, "CNBC", ["Hawley Foods", "Cresswell Farms"], None, AS), (T, "Hawley Foods", "Cresswell Farms", None, AS)])
P("media_citing_sources", "frequent",
  "The Financial Times, citing unnamed sources, said Granger Steel had hired advisers to explore a sale.",
  [(M, ["Financial Times", "FT"], "Granger Steel", None, AS)])
P("media_first_reported", "frequent",
  "The talks between Ellery Group and Fitch Brands were first reported by The Information.",
  [(M, ["The Information", "Information"], ["Ellery Group", "Fitch Brands"], None, AS),
   (T, ["Ellery Group", "Fitch Brands"], ["Ellery Group", "Fitch Brands"], None, AS)])
P("media_first_reported", "frequent",
  "Sky News first reported the approach by Denning Capital for Lowther Homes.",
  [(M, "Sky News", ["Denning Capital", "Lowther Homes"], None, AS), (T, "Denning Capital", "Lowther Homes", None, AS)])
P("media_told_outlet", "occasional",
  "Rothwell Group's chief executive told the Financial Times that the company had no interest in a merger.",
  [(M, ["Financial Times", "FT"], "Rothwell Group", None, AS)])
P("media_foreign_outlet", "occasional",
  "Ostwald Bank is in merger talks with Kessel Sparkasse, German newspaper Handelsblatt reported.",
  [(M, "Handelsblatt", ["Ostwald Bank", "Kessel Sparkasse"], None, AS),
   (T, ["Ostwald Bank", "Kessel Sparkasse"], ["Ostwald Bank", "Kessel Sparkasse"], None, AS)])
P("media_foreign_outlet", "occasional",
  "South Korea's Yonhap news agency reported that Daesan Heavy would bid for Hanmi Shipyard.",
  [(M, ["Yonhap", "Yonhap news agency"], ["Daesan Heavy", "Hanmi Shipyard"], None, AS),
   (T, "Daesan Heavy", "Hanmi Shipyard", None, HY)])

print(len(PROBES), file=sys.stderr)

# ---------------------------------------------------------------- more acquisition wordings
P("acq_target_sells_itself", "frequent",
  "Bexley Gaming agreed to sell itself to Orchard Leisure for $1 billion, ending a months-long auction.",
  [(A, "Orchard Leisure", "Bexley Gaming", None, AS)])
P("acq_target_sells_itself", "frequent",
  "Shareholders of Lockwood Paper voted to accept a $22-a-share offer from Granby Holdings on Friday.",
  [(A, "Granby Holdings", "Lockwood Paper", "wd:Friday", AS)])
P("acq_take_private_buyout", "frequent",
  "Silverpine Capital will take Harrowby Retail private in a $3 billion leveraged buyout.",
  [(A, "Silverpine Capital", "Harrowby Retail", None, AS)])
P("acq_take_private_buyout", "frequent",
  "Harrowgate Cinemas agreed to a $1.1 billion buyout by Kestrel Equity Partners.",
  [(A, "Kestrel Equity Partners", "Harrowgate Cinemas", None, AS)])
P("acq_consortium_buyer", "frequent",
  "A consortium led by Blackmoor Capital agreed to buy Osprey Ports for 2.4 billion pounds.",
  [(A, ["Blackmoor Capital", "consortium"], "Osprey Ports", None, AS)])
P("acq_consortium_buyer", "frequent",
  "Fenton Pension and Aldous Infrastructure jointly acquired Marlin Toll Roads in a deal valued at $5 billion.",
  [(A, "Fenton Pension", "Marlin Toll Roads", None, AS), (A, "Aldous Infrastructure", "Marlin Toll Roads", None, AS)])
P("acq_asset_from_owner", "frequent",
  "Danforth Energy bought a Texas refinery from Kellerman Oil for $600 million.",
  [(A, "Danforth Energy", "Kellerman Oil", None, AS)])
P("acq_won_auction", "occasional",
  "Tamsin Capital won the auction for Crowley Publishing with a $700 million bid.",
  [(A, "Tamsin Capital", "Crowley Publishing", None, AS)])
P("acq_joint_venture_absent", "frequent",
  "Sakura Motors and Bremen Auto formed a joint venture to build battery cells in Poland.",
  [], absent=[(A, "Sakura Motors", "Bremen Auto", "a joint venture is not an acquisition"),
              (A, "Bremen Auto", "Sakura Motors", "a joint venture is not an acquisition")])
P("acq_pronoun_subject", "frequent",
  "Everton Data has been on a buying spree. It agreed on Tuesday to acquire Mosely Cloud for $240 million.",
  [(A, "Everton Data", "Mosely Cloud", "wd:Tuesday", AS)])
P("acq_pronoun_subject", "frequent",
  "Redland Bancorp reported higher profit on Monday. The bank also said it would buy Fairview Savings for $90 million.",
  [(A, "Redland Bancorp", "Fairview Savings", "wd:Monday", AS)])
P("acq_short_name_later", "frequent",
  "Ashbury Holdings plc reported record sales. Separately, Ashbury said it had bought Corran Foods.",
  [(A, "Ashbury Holdings plc", "Corran Foods", None, AS)], aliases={"Ashbury Holdings plc": ["Ashbury", "Ashbury Holdings"]})
P("acq_unnamed_buyer", "occasional",
  "Rylands Textiles agreed to be sold to an undisclosed buyer for $45 million.",
  [(A, None, "Rylands Textiles", None, AS)])
P("acq_headline_then_body", "frequent",
  "Harper to buy Lyons in $2 bln deal\n\nHarper Tools said on Monday it had agreed to buy Lyons Hardware for $2 billion in cash.",
  [(A, "Harper Tools", "Lyons Hardware", "wd:Monday", AS)], aliases={"Harper Tools": ["Harper"], "Lyons Hardware": ["Lyons"]})
P("acq_spanish_style_name", "occasional",
  "Grupo Sandoval agreed to acquire Compañía Minera del Norte for 1.2 billion euros.",
  [(A, "Grupo Sandoval", "Compañía Minera del Norte", None, AS)])
P("acq_legal_suffix_names", "frequent",
  "Nordvik ASA has agreed to acquire Fjellheim Oy and its subsidiary Kaldera AB.",
  [(A, "Nordvik ASA", "Fjellheim Oy", None, AS), (A, "Nordvik ASA", "Kaldera AB", None, AS)])
P("acq_acronym_names", "frequent",
  "KLM Logistics agreed to buy DHV Transport from RTX Holdings, the companies said.",
  [(A, "KLM Logistics", ["DHV Transport", "RTX Holdings"], None, AS)])

# ---------------------------------------------------------------- more talks / ended
P("talks_nominal_approach_rejected", "frequent",
  "Corbin Foods' approach for Langley Dairies was rejected on Monday.",
  [(T, "Corbin Foods", "Langley Dairies", "wd:Monday", AS)])
P("talks_letter_of_intent", "occasional",
  "Ravel Mining signed a non-binding letter of intent to acquire Durango Copper.",
  [(T, "Ravel Mining", "Durango Copper", None, AS)])
P("talks_pursuing", "frequent",
  "Gilmore Health is pursuing a takeover of Ansley Hospitals, the company said in a filing.",
  [(T, "Gilmore Health", "Ansley Hospitals", None, AS)])
P("talks_suitor_interest", "frequent",
  "Morrow Cable has drawn takeover interest from Pacifica Media, people close to the company said.",
  [(T, "Pacifica Media", "Morrow Cable", None, AS)])
P("ended_rejected_and_dropped", "frequent",
  "After Thorne Retail's board rejected its third proposal, Kingsbridge Capital said it would not pursue the deal further.",
  [(E, "Kingsbridge Capital", "Thorne Retail", None, AS), (T, "Kingsbridge Capital", "Thorne Retail", None, AS)])
P("ended_deal_collapsed_nominal", "frequent",
  "The collapse of Lantern Tech's deal for Ferry Semiconductor wiped 9% off Lantern Tech's shares.",
  [(E, "Lantern Tech", "Ferry Semiconductor", None, AS)])
P("ended_after_regulator", "frequent",
  "Ormsby Telecom dropped its $8 billion bid for Carlow Mobile after the Justice Department sued to block it.",
  [(E, "Ormsby Telecom", "Carlow Mobile", None, AS), (G, DOJ, ["Ormsby Telecom", "Carlow Mobile"], None, AS)])

# ---------------------------------------------------------------- more blacklisting / delisting / objection / review
P("bl_un_security_council", "occasional",
  "The U.N. Security Council added Hamgyong Shipping to its sanctions list on Monday.",
  [(B, ["U.N. Security Council", "Security Council", "UN Security Council"], "Hamgyong Shipping", "wd:Monday", AS)])
P("bl_japan_enduser", "rare",
  "Japan added Pyongsan Trading to its end-user list of companies barred from receiving sensitive exports.",
  [(B, "Japan", "Pyongsan Trading", None, AS)])
P("bl_state_dept_sanctions", "frequent",
  "The State Department imposed visa restrictions and sanctions on Arkan Defense Industries.",
  [(B, ["State Department", "U.S."], "Arkan Defense Industries", None, AS)])
P("bl_export_ban_verb", "occasional",
  "The U.S. banned exports to Guangyu Photonics, citing its role in surveillance in Xinjiang.",
  [(B, US, "Guangyu Photonics", None, AS)])
P("bl_sanctions_on_person", "frequent",
  "The Treasury Department sanctioned Russian businessman Pavel Demidov and froze his U.S. assets.",
  [(B, TR, "Pavel Demidov", None, AS)])
P("dl_sanctions_eased", "occasional",
  "Washington eased sanctions on Venoro Petroleum, allowing it to resume oil exports.",
  [(D, US, "Venoro Petroleum", None, AS)])
P("dl_voluntary_delisting", "occasional",
  "Kingold Jade said it would voluntarily delist from Nasdaq at the end of the month.",
  [(D, NQ, "Kingold Jade", None, AS)])
P("obj_threat_retaliate", "occasional",
  "China warned it would retaliate if Washington blacklisted more Chinese technology firms.",
  [(G, CN, US, None, AS)])
P("obj_regulator_sought_injunction", "occasional",
  "The FTC asked a federal judge to halt Brightwater Pharma's takeover of Sable Labs pending a trial.",
  [(G, FTC, ["Brightwater Pharma", "Sable Labs"], None, AS)])
P("obj_state_attorneys_general", "occasional",
  "Attorneys general from nine states sued to block the merger of Ridge Wireless and Coastline Mobile.",
  [(G, ["attorneys general", "Attorneys general from nine states"], ["Ridge Wireless", "Coastline Mobile"], None, AS)])
P("rev_jftc_phase2", "rare",
  "The Japan Fair Trade Commission began a second-phase review of Hokuto Bank's merger with Sanyo Shinkin.",
  [(R, ["Japan Fair Trade Commission", "JFTC"], ["Hokuto Bank", "Sanyo Shinkin"], None, AS)])
P("rev_korea_ftc_approved", "occasional",
  "South Korea's Fair Trade Commission approved Hanjin Air's takeover of Asiana Cargo on Tuesday.",
  [(R, ["Fair Trade Commission", "South Korea's Fair Trade Commission", "South Korea", "Korea Fair Trade Commission"], ["Hanjin Air", "Asiana Cargo"], "wd:Tuesday", AS)])
P("rev_samr_conditional", "occasional",
  "China's market regulator conditionally approved Brookline Instruments' $9 billion purchase of Lasker Scientific.",
  [(R, ["market regulator", "China", "China's market regulator"], ["Brookline Instruments", "Lasker Scientific"], None, AS)])
P("rev_fcc_approves", "occasional",
  "The Federal Communications Commission approved Tristate Broadcasting's purchase of 12 stations from Holm Media.",
  [(R, ["Federal Communications Commission", "FCC"], ["Tristate Broadcasting", "Holm Media"], None, AS)])

# ---------------------------------------------------------------- headers and dates
P("hdr_wire_dateline_no_published", "frequent",
  None, [(A, "Cavendish Retail", "Stroud Outlets", "2017-03-03", AS)], pub="2017-03-03",
  header="LONDON, March 3 (Reuters) - Cavendish Retail agreed on Friday to buy Stroud Outlets for 450 million pounds, it said in a statement.\n\n(Reporting by Jane Doe; Editing by John Roe)\n\n\u00a9 2017 Reuters")
P("hdr_long_date_line_and_headline", "frequent",
  None, [(T, "Ardmore Cement", "Kilbride Aggregates", "2016-03-14", AS)], pub="2016-03-14",
  header="March 14, 2016\n\nArdmore makes offer for Kilbride\n\nArdmore Cement on Monday offered 310 pence a share for Kilbride Aggregates, valuing the quarry group at 1.1 billion pounds.")
P("hdr_updated_timestamp", "frequent",
  None, [(R, ECm, ["Falkirk Energy", "Dunmore Grid"], "2024-11-22", AS)], pub="2024-11-22",
  header="Updated 14:30 CET, Friday 22 November 2024\n\nThe European Commission on Friday opened an in-depth investigation into Falkirk Energy's planned purchase of Dunmore Grid.")
P("hdr_dateline_no_wire", "frequent",
  None, [(B, CD, "Yanhe Precision", "2020-12-18", AS)], pub="2020-12-18",
  header="December 18, 2020\n\nWASHINGTON - The Commerce Department on Friday added Yanhe Precision to its Entity List.")
P("date_explicit_month_day", "frequent",
  "On Jan. 5, Thornbury Pharma agreed to buy Wilcox Biologics for $700 million.",
  [(A, "Thornbury Pharma", "Wilcox Biologics", "2023-01-05", AS)])
P("date_earlier_this_year", "frequent",
  "Earlier this year, Kilgore Rail withdrew its offer for Marden Freight.",
  [(E, "Kilgore Rail", "Marden Freight", "2023", AS)])
P("date_last_month", "frequent",
  "Treasury sanctioned Oranto Shipping last month for carrying Iranian crude.",
  [(B, TR, "Oranto Shipping", "2023-04", AS)])
P("date_since_year", "occasional",
  "Elsworth Mining, which agreed to buy Tamar Tin in 2019, completed the deal this week.",
  [(A, "Elsworth Mining", "Tamar Tin", ["2023-05", "2019"], AS)])

# ---------------------------------------------------------------- late additions (second search round)
P("media_two_outlets", "occasional",
  "Sorbonne Telecom has agreed to buy Maraval Networks for $30 billion, the Financial Times and The Wall Street Journal reported on Monday.",
  [(M, ["Financial Times", "FT"], None, "wd:Monday", AS), (M, ["Wall Street Journal", "The Wall Street Journal"], None, "wd:Monday", AS),
   (A, "Sorbonne Telecom", "Maraval Networks", None, AS)])
P("talks_reportedly_plans", "frequent",
  "Hokkai Telecom reportedly plans to acquire Biwa Online for about 70 billion yen.",
  [(T, "Hokkai Telecom", "Biwa Online", None, HY)])
P("talks_tender_for_remaining", "occasional",
  "Nagato Holdings plans to launch a tender offer to buy the remaining shares of Suo Data that it does not already own.",
  [(T, "Nagato Holdings", "Suo Data", None, HY)])
P("ended_rescinded_cancelled", "occasional",
  "Tsingshan Storage rescinded its $3.8 billion offer for a stake in Westland Digital after the deal was put under review.",
  [(E, "Tsingshan Storage", "Westland Digital", None, AS)])
P("ended_rescinded_cancelled", "occasional",
  "Nishida Cable cancelled the acquisition of Akros Wire on January 13.",
  [(E, "Nishida Cable", "Akros Wire", "2023-01-13", AS)])
P("ended_passive_called_off_regulator", "occasional",
  "Ketterman Chips' $5.4 billion purchase of Galilee Foundry was called off after Chinese regulators failed to approve it by the deadline.",
  [(E, "Ketterman Chips", "Galilee Foundry", None, AS)])

P("bl_hit_by_sanctions_passive", "frequent",
  "Kowloon Bay Trading was among more than 300 targets hit by new U.S. sanctions on Wednesday.",
  [(B, US, "Kowloon Bay Trading", "wd:Wednesday", AS)])
P("dl_removed_parent_and_subsidiary", "occasional",
  "The Treasury Department removed Mammoth Engines and its subsidiary, Mammoth Diesel, from its Specially Designated Nationals list.",
  [(D, TR, "Mammoth Engines", None, AS), (D, TR, "Mammoth Diesel", None, AS)])
P("dl_will_lift_future", "occasional",
  "The United States on Friday will lift sanctions on Dalian Ocean Tankers, a U.S. official said.",
  [(D, US, "Dalian Ocean Tankers", None, AS)], pub="2020-01-31")
P("ended_backed_out_fell_apart", "frequent",
  "Greystone Capital backed out of its $3 billion takeover of Soho Towers late last week.",
  [(E, "Greystone Capital", "Soho Towers", "2023-05", AS)])
P("ended_backed_out_fell_apart", "frequent",
  "The takeover of Lanyard Hotels by Birch Capital fell apart after the two sides failed to agree on price.",
  [(E, "Birch Capital", "Lanyard Hotels", None, AS)])
P("dl_cancels_listing", "occasional",
  "The Hong Kong stock exchange cancelled the listing of Jadeite Star Holdings after its shares had been suspended for 18 months.",
  [(D, ["Hong Kong stock exchange", "stock exchange"], "Jadeite Star Holdings", None, AS)])
P("obj_injunction_to_restrain", "occasional",
  "The Australian Competition and Consumer Commission obtained an injunction restraining Virtuoso Health from acquiring Adair Fertility.",
  [(G, ["Australian Competition and Consumer Commission", "ACCC"], ["Virtuoso Health", "Adair Fertility"], None, AS)],
  absent=[(A, "Virtuoso Health", "Adair Fertility", "the purchase was restrained")])

# blocked / prohibited deals must not come out as completed acquisitions
_BLOCKED = {
    "Harbury Games' takeover of Pixelmoor Studios": ("Harbury Games", "Pixelmoor Studios"),
    "prohibiting Redcliff Mining's purchase": ("Redcliff Mining", "Ashfield Land"),
    "takeover of Dornier Optics by Shenhua Capital was vetoed": ("Shenhua Capital", "Dornier Optics"),
    "rejected Alder Chips' acquisition": ("Alder Chips", "Kunlun Wafer"),
    "prohibited Aurelian Rail's acquisition": ("Aurelian Rail", "Voss Signalling"),
    "blocked the acquisition of Lattimore": ("Canyon Peak Capital", "Lattimore Semiconductor"),
}
for _p in PROBES:
    for _k, (_b, _t) in _BLOCKED.items():
        if _p["text"] and _k in _p["text"]:
            _p["absent"].append((A, _b, _t, "the purchase was blocked, never completed"))


def appears(name, text):
    return name.lower() in text.lower()


def write_all(outdir):
    rows = []
    for i, p in enumerate(PROBES, 1):
        n = "p%03d" % i
        if p["header"]:
            body = p["header"]
        else:
            body = "Published: %s\n\n%s" % (p["pub"], p["text"])
        plain = body
        actors = {}
        def keep(names):
            if names is None:
                return None
            names = names if isinstance(names, list) else [names]
            ok = [x for x in names if appears(x, plain)]
            if not ok:
                print("WARN %s: none of %s in text" % (n, names), file=sys.stderr)
                ok = names[:1]
            for x in ok:
                if x not in actors:
                    al = [x] + [a for a in p["aliases"].get(x, []) if appears(a, plain)]
                    actors[x] = {"name": x, "aliases": al}
            return ok
        events = []
        for ev in p["events"]:
            typ, src, tgt, date, mod = ev
            e = {"type": typ, "source": keep(src), "target": keep(tgt)}
            d = resolve_date(date, p["pub"])
            if d:
                e["date"] = d
            e["modality"] = mod
            e["note"] = "probe class %s" % p["cls"]
            events.append(e)
        absent = []
        for ab in p["absent"]:
            typ, src, tgt, why = ab
            absent.append({"type": typ, "source": keep(src), "target": keep(tgt), "why": why})
        gold = {"article": n + ".txt", "published": p["pub"], "actors": list(actors.values()),
                "events": events, "absent": absent}
        with open(os.path.join(outdir, n + ".txt"), "w", encoding="utf-8") as f:
            f.write(body + "\n")
        with open(os.path.join(outdir, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
        rows.append("%s\t%s\t%s\t%s" % (n, p["cls"], p["freq"], body.replace("\n", " | ")))
    with open(os.path.join(outdir, "classes.tsv"), "w", encoding="utf-8") as f:
        f.write("probe\tclass\tfreq\ttext\n" + "\n".join(rows) + "\n")


if __name__ == "__main__":
    write_all(HERE)
