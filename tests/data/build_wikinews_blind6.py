#!/usr/bin/env python3
"""Build tests/data/attribution-wikinews-blind-6.jsonl: 8 real Wikinews articles (2019-2020, CC BY 2.5,
Wikinews, en.wikinews.org), hand-annotated per /work/shared/evaldata/gold/GUIDELINE.md (same approach as
gold/src/dev_spec.py + tools/build_gold.py: spans are written as strings, offsets are resolved and
round-trip checked).

The texts are not copied here: they are read, unmodified, by doc_id from
/work/shared/evaldata/articles/wikinews-more.jsonl (lines 8, 63, 164, 204, 189, 262, 40 and 172, 0-based).
None of them is used by any other set in this folder (the LINES and doc_ids of every build_*.py and
*.jsonl here), by gold-dev (or gold/src) or by wikinews-mideast-dev. This is a sixth BLIND set: it was
annotated from the text and the guideline only, without running or reading the suggester or any
prediction on these articles, and is meant to be scored once, at the end. The articles were chosen among
the unused ones for their reporting cues, unnamed sources ("industry publications", "industry sources",
"Local authorities", "Meteorologists", "other forecasters", "New Orleans and Jefferson Parish officials",
"One resident", "A number of Senators", "State legislators supporting the law", "Several conservative
groups"), nested attributions ("Local authorities, according to Maritime Bulletin, have noted", "Smith told
Wikinews he believed", "UpGuard reportedly emailed ..., to which ... Amazon Web Services acknowledged"),
documents (databases, a law, a complaint, a report, guidelines) and unattributed numbers. The remaining pool of unused articles is poor
in unnamed sources, so this set has fewer anonymous claims than blind-5.

    python3 tests/data/build_wikinews_blind6.py [OUT.jsonl]

c(content, src, cue, t=attribution_type, q=quote_type, anon=anonymity_reason, cw=checkworthy, n=occurrence)
A string may carry an anchor: "left [[target]] right" locates `left target right` and keeps `target`.
content: n-th occurrence (default first); source/cue: the occurrence nearest to the content span
(mentions outside the content preferred).

Conventions where the guideline is silent (those of build_wikinews_blind2.py, build_wikinews_blind3.py,
build_wikinews_blind4.py and build_wikinews_blind5.py, plus):
* "industry publications", "industry sources", "Local authorities", "Meteorologists", "other forecasters",
  "New Orleans and Jefferson Parish officials", "One resident", "A number of Senators", "State legislators
  supporting the law", "Several conservative groups" (unidentified people or bodies, or an unidentified
  part of one) are `anonymous`; "Organizers of the rally" (of a rally organized by a group the text names)
  is `institution`, as a collective group; "the United Nations' Food and Agriculture Organization's chief
  veterinary officer" (unnamed, identified by role, on record) is `official_title`.
* Tracking databases and the results they show ("Marine Traffic's AIS tracking database shows", "Marine
  Traffic's website's most recently publicly available AIS result ... showed"), a law ("Republic Act No.
  3846 ... states"), a legal complaint, "a report on Wednesday by UpGuard", WHO guidelines and "a statement by
  the Presidential Spokesperson Harry Roque" are `document`; a company or website that speaks as an outlet
  ("VesselFinder listed", "the website noted", "The World Population Review estimated") is `institution`.
* "X described Y as Z" in the passive ("a pattern described by Marine Bulletin as Z") gives Marine
  Bulletin the content Z (as "she described as Y" in blind-5); "X placed Y about Z" (an estimate) gives the
  content "Y about Z"; "X had one more theory: Y" takes "had one more theory" as cue; "X drew attention to
  Y", "X condemned Y", "X accused Y of Z", "X citing Y as Z" give the contents "Y" / "Y of Z" / "Y as Z".
* A speaker's hypothesis about what happened in the story's own case ("faults ... as possible
  explanations", "could be the victim of identity theft", "it had been turned off by pirates") is
  check-worthy, as the hedged past-fact hypotheses of blind-5; a conditional expectation inside a
  hypothetical scenario and a stated intention ("it was intending to end its search") are not.
* "there had been reports of X" (no agent) is unattributed with the cue "there had been reports", the
  content the whole clause; a finding stated in the negative ("the Senate did not find X") is one
  unattributed claim for the sentence.
* A "reportedly" sentence whose second half reports a named agent's reply ("UpGuard reportedly emailed
  ..., to which ... Amazon Web Services acknowledged X"; "..., with Amazon Web services responding that
  X") is one unattributed claim for the whole sentence, and the agent gets a claim of its own for X (as
  "The CIA ... reportedly believe X" in blind-3). "Wikinews confirmed with UpGuard that X" gives UpGuard
  the content X (cue "confirmed"); "X drew comparisons between Y and Z" gives the content "between Y and
  Z" (not check-worthy); a sentence that goes on with the content of an "According to a report ..."
  sentence without a new cue ("Information leaked included ...") reuses its source and cue (blind-4).
* A contracted auxiliary stays in the cue like a full one ("they've said": cue "'ve said", as "have said").
* An interrupted relative clause "which they've said was due to X" is one content from "which" to the
  end, containing the attribution; a non-restrictive relative clause that reports a separate event after
  a "Reportedly" clause ("the Supreme Court ..., which rejected ... a lawsuit") is an unattributed claim of
  its own, outside the "Reportedly" content.
* Quotation marks around a name or term being named ("COVID-19", "swine flu", "family") do not make the
  claim a quote (quote_type stays `indirect`/`none`), and such a closing mark followed by the final "." is
  left out of the content as for a partial quote.
* "Wikinews is awaiting responses ... detailing the efforts being made to find the ship, which was last
  known to be in the Java Sea", "Wikinews contacted/sought/examined ..." (scene-setting) are not annotated,
  relative clauses included; "the paper also spoke to the Navy, who told it X" takes the antecedent "the
  Navy" as source (as "who told" in blind-4), the paper being only the channel.
* A direct quote introduced by a colon after a cue ('Trump tweeted X: "..."') reuses that source and cue.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import build, c  # noqa: E402 (the folder is put on the path just above)

ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "evaldata" / "articles" / "wikinews-more.jsonl"
OUT = Path(__file__).with_name("attribution-wikinews-blind-6.jsonl")

# 0-based line of each article in ARTICLES (checked when the texts are loaded)
LINES = {
    "wn-2019-01-10-wikinews-investigates-disappearance-of-i": 8,
    "wn-2019-07-12-louisiana-declares-state-of-emergency-as": 63,
    "wn-2020-01-17-seismic-activity-continues-to-shake-puer": 164,
    "wn-2020-05-06-philippines-largest-television-network-s": 204,
    "wn-2020-03-15-native-american-groups-sue-us-state-of-m": 189,
    "wn-2020-12-15-conservative-groups-hold-rally-in-washin": 262,
    "wn-2019-04-08-540-million-private-facebook-records-fou": 40,
    "wn-2020-02-14-world-health-organization-names-new-coro": 172,
}


# --------------------------------------------------------------------------- annotations
# Datelines ("Thursday, January 10, 2019") and headlines are not annotated.
DOCS = [
    (
        # line 8
        "wn-2019-01-10-wikinews-investigates-disappearance-of-i",
        [
            c("In late December, Indonesian cargo ship MV Namse Bangdzod vanished in local waters"),
            c("The tanker, gross tonnage around 1,150 and loaded with crude palm oil, had over ten crewmembers"),
            c("The exact date of disappearance is unclear"),
            c("either December 27 or December 28", "industry publications", "reporting", "anonymous"),
            c("Crew totals are also unclear"),
            c("both eleven and twelve", "industry sources", "[[reported]] by industry", "anonymous"),
            c("a captain and eleven other crew", "The Jakarta Post", "Post [[reports]]", "institution"),
            c(
                "MV Namse Bangdzod sailed with cargo from Sampit, a port town on a river in Borneo; it was last bound for Jakarta"
            ),
            c("It is owned and operated by Indonesian companies and also registered in Indonesia"),
            c("The 75\u00a0m (250\u00a0ft) ship was built in 1993 in Japan"),
            c(
                "Ships broadcast their position and other information via both the Automatic Identification System (AIS) and the Long Range Identification and Tracking (LRIT) system"
            ),
            c("AIS is a ship-to-ship safety system, but can also be detected from further afield by satellites"),
            c(
                "a reestablishment of AIS contact by MV Namse Bangdzod on January 6",
                "Marine Traffic's AIS tracking database",
                "shows",
                "document",
            ),
            c(
                "rather hectic and kind of confused",
                "Marine Bulletin",
                "described",
                "institution",
                q="direct",
                cw=False,
            ),
            c(
                'crews might turn their AIS transponders off on purpose for security reasons, such as "in certain sea areas where piracy is a risk" in order to "avoid attracting unwanted attention. This can involve them being turned off for several days at a time',
                "Dr. Tristan Smith of University College London, a shipping researcher with expert experience interpreting AIS results",
                "explained",
                "named_person",
                q="mixed",
            ),
            c(
                "an AIS transponder will broadcast automatically provided it has power and antennae, even if the crew abandoned the vessel",
                "Doug Miller of Milltech Marine, a firm specialising in AIS",
                "told",
                "named_person",
            ),
            c(
                "radio broadcasts were being used to alert other traffic such as fishing vessels to look out for MV Namse Bangdzod",
                "Baslan Damang, a security official from the port of departure",
                "told",
                "named_person",
            ),
            c(
                "authorities \"are still waiting for updates on the tanker's condition, so please refrain from speculating that it had been hijacked",
                "[[He]] added",
                "added",
                "named_person",
                q="mixed",
            ),
            c(
                "As of yesterday, no oil slicks or other evidence of accidents have been found along the scheduled route the vessel was due to take"
            ),
            c("A major search continues"),
            c(
                "faults with the AIS system on-board as possible explanations",
                "Miller and Smith",
                "acknowledged",
                "named_person",
            ),
            c(
                "issues with the signal between the transponder and the satellite receiving it as one potential scenario for intermittent data reception",
                "with [[Miller]] describing",
                "describing",
                "named_person",
            ),
            c(
                "the AIS equipment has been tampered with or has been turned off for some of the time — either intentionally or accidentally or due to a power malfunction",
                "[[He]] too suggested",
                "suggested",
                "named_person",
                q="direct",
            ),
            c(
                'the disappearance an "interesting" case',
                "[[Smith]] called",
                "called",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "It is a little hard to definitively say what's going on",
                '[[Miller]] said "It',
                'Miller [[said]] "It',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                'while transponders generally transmit every ten seconds "even if the transponder is transmitting there is no guarantee that other vessels or MarineTraffic can see it',
                "[[Miller]] explained",
                "Miller [[explained]]",
                "named_person",
                q="mixed",
            ),
            c(
                "It could also be a power supply issue or faulty transponder",
                "said [[Smith]]",
                '", [[said]] Smith',
                "named_person",
                q="direct",
            ),
            c(
                "There are also some operations done on ships containing hazardous cargoes[...] where all risks of sparking/arcs need to be removed and radio transmitting equipment is sometimes turned off for this reason",
                '[[Smith]] told Wikinews "There',
                'Smith [[told]] Wikinews "There',
                "named_person",
                q="direct",
            ),
            c(
                "this applied to product tankers, but the long duration of AIS downtime would in this instance be unusual if this is the reason",
                "[[He]] said this",
                "He [[said]] this",
                "named_person",
            ),
            c(
                "Namse Bangdzod could be the victim of identity theft, with a second vessel conducting manoeuvres it wished to conceal while falsely transmitting information identifying itself as Namse Bangdzod",
                "[[Smith]] had one",
                "had one more theory",
                "named_person",
            ),
            c(
                "this might happen in cases of illegal fishing",
                "[[Smith]] told Wikinews this",
                "Smith [[told]] Wikinews this",
                "named_person",
            ),
            c(
                "In this scenario, it would normally be expected that both the legal and illegal transmission would be received but depending on how Marine Traffic handle this, it's possible the two signals could be confused",
                '[[He]] stated "In',
                "stated",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "LRIT as another method for search and rescue personnel to find the tanker",
                "[[Smith]] drew",
                "drew attention to",
                "named_person",
                cw=False,
            ),
            c(
                "Unlike AIS, which is a safety and tracking system, LRIT is used for maritime security by seagoing nations"
            ),
            c(
                "Created under the auspices of the International Maritime Organization, LRIT allows states to examine data about ships bearing their flag, visiting their ports, or in or near their waters"
            ),
            c("Like all vessels exceeding 300 tons, Namse Bangdzod is required to transmit LRIT data"),
            c("Search and rescue bodies can also access this information"),
            c(
                "he believed this would include foreign navies with ships in the Java Sea",
                "[[Smith]] told Wikinews he",
                "Smith [[told]] Wikinews he",
                "named_person",
            ),
            c(
                "this would include foreign navies with ships in the Java Sea",
                "[[he]] believed",
                "believed",
                "named_person",
            ),
            c("Singapore, India, and Australia have in the past conducted emergency searches of the Java Sea"),
            c(
                "All three nations offered military assistance after Indonesia AirAsia Flight 8501 vanished in December 2014"
            ),
            c(
                "the ship underway a few miles off Jakarta",
                "Marine Traffic's website's most recently publicly available AIS result",
                "showed",
                "document",
            ),
            c("no AIS results for the last month", "VesselFinder", "listed", "institution"),
            c("Vessel Tracker's database had no sighting of the ship within the last 59 days on Tuesday"),
            c("the AIS signal received from Jakarta", "[[the website]] noted", "noted", "institution"),
            c("the ship was not actually there", "[[the website]] noted", "declared", "institution"),
            c("Maritime Connector has an entry for the ship in its database but has no location data available"),
            c(
                "Local authorities, according to Maritime Bulletin, have noted other unusual AIS data",
                "Maritime Bulletin",
                "[[according to]] Maritime",
                "institution",
            ),
            c(
                "other unusual AIS data",
                "Local authorities",
                "have noted",
                "anonymous",
            ),
            c(
                "piracy, perhaps to obtain the valuable cargo, is now the most prominent theory",
                "[[The website]] yesterday",
                "suggested",
                "institution",
            ),
            c(
                "a value of US$473.60 per metric ton of crude palm oil as of November 2018, with the price decreasing that month",
                "The Indonesian Palm Oil Producers Association",
                "reports",
                "institution",
            ),
            c(
                "Its plausible that an explanation [why] the AIS transponder is not transmitting is that it had been turned off by pirates who wanted to hamper the efforts of a rescue mission",
                'mission" [[Smith]] told',
                'mission" Smith [[told]]',
                "named_person",
                q="direct",
            ),
            c(
                "it was intending to end its search on the basis of piracy, which is outside its remit",
                "the Search and Rescue Agency",
                "Agency [[told]]",
                "institution",
                cw=False,
            ),
            c("this was as-yet uncomfirmed", "the Navy", "who [[told]] it", "institution"),
            c(
                "no ransom has been sought and the ship vanished from an area without previous piracy problems",
                "the Navy",
                "noted",
                "institution",
            ),
            c("Four Navy ships assisted by aircraft are searching"),
            c(
                "We will continue searching until we find it",
                "1st Fleet Command's Navy Information Agency head Arba Agung",
                "told",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "location data falsely showing the ship in Sunda Kelapa Port after its inaccurate position in Jakarta Bay was recorded",
                "The Jakarta Post",
                "reported",
                "institution",
            ),
        ],
    ),
    (
        # line 63
        "wn-2019-07-12-louisiana-declares-state-of-emergency-as",
        [
            c(
                "The governor of Louisiana, a U.S. state on the Gulf of Mexico, declared a state of emergency for the state on Thursday, with Tropical Storm Barry approaching the coast"
            ),
            c(
                "No one should take this storm lightly. As we know all too well in Louisiana, low intensity does not necessarily mean low impact",
                "Governor John Bel Edwards",
                "addressed the public",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "he has arranged for 3000 of the National Guard to be available and has search and rescue teams at the ready and has requested U.S. President Donald Trump declare a state of emergency in Lousiana on the federal level",
                "[[He]] said",
                "He [[said]]",
                "named_person",
            ),
            c(
                "residents of her city to make plans and shelter in place",
                "The mayor of New Orleans, LaToya Cantrell",
                "advised",
                "named_person",
                cw=False,
            ),
            c("Residents of some other areas, such as Jefferson Parish, have been instructed to evacuate"),
            c(
                "Tropical Storm Barry could develop into a hurricane as soon as Friday",
                "the United States National Hurricane Center",
                "According to",
                "institution",
                cw=False,
            ),
            c("landfall Saturday morning", "Meteorologists", "predict", "anonymous", cw=False),
            c(
                "its winds are only predicted to reach about 75 miles per hour (120 kph)",
                None,
                "are only [[predicted]] to",
                cw=False,
            ),
            c(
                "the National Weather Service has issued a flash flood warning covering an area from Gulfport, Mississippi, to New Orleans"
            ),
            c(
                "a storm surge of three to six feet (one to two meters)",
                "other forecasters",
                "forecasters [[predicted]]",
                "anonymous",
                cw=False,
            ),
            c(
                "As of midday Thursday, the storm was about 90 miles (145 km) south of the coast and moving at roughly five miles per hour (eight kilometers per hour)"
            ),
            c("The city of New Orleans already sustained heavy rains earlier this week, with flooding"),
            c(
                "they are not concerned about the levees, which have about five or six feet of leeway for rising water",
                "New Orleans and Jefferson Parish officials",
                "have said",
                "anonymous",
            ),
        ],
    ),
    (
        # line 164
        "wn-2020-01-17-seismic-activity-continues-to-shake-puer",
        [
            c(
                "On Wednesday morning, a magnitude 5.2 earthquake hit the already rattled United States commonwealth of Puerto Rico"
            ),
            c(
                "Puerto Rico has experienced dozens of earthquakes over magnitude 4.5 since late December, including a 6.4 quake that hit on January 7 and caused an island-wide blackout"
            ),
            c(
                "the epicenter of the quake about eight kilometers (five miles) southwest of the town of Guenica",
                "The United States Geological Survey (USGS)",
                "placed",
                "institution",
            ),
            c("We're used to it", "One resident", "told", "anonymous", q="direct", cw=False),
            c(
                "Seismologists have buried sensors in the ground in an attempt to find the cause of the past month's unusual seismic activity"
            ),
            c(
                "The past several weeks we've had hundreds of small earthquakes in the same region [...] It began on Dec. 28, when we had a 4.7-magnitude [earthquake] there. Since the 4.7, we've had over 400 magnitude 2+ earthquakes",
                "John Geiger of USGS",
                "told",
                "named_person",
                q="direct",
            ),
            c(
                "Last week, continuing aftershocks hampered repair efforts, and roughly two thirds of the island was still without power two days after the January 7 quake"
            ),
            c(
                "That event destroyed at least 300 homes, ripped up roads, killed one and injured eight people, and cracked the island's biggest power plant"
            ),
            c("The governor of Puerto Rico, Wanda Vázquez Garced, declared a state of emergency"),
            c(
                "This followed a 5.8 magnitude earthquake the previous day that collapsed the famous Punta Ventana rock formation"
            ),
            c(
                "fixing the island's largest power plant, which was damaged by the quake, may take a year",
                "José Ortiz of the island's power authority",
                "said",
                "named_person",
                cw=False,
            ),
            c("The Costa Sur power plant at Guayanilla was close to the January 7 quake's epicenter"),
            c("Costa Sur provided power for about a quarter of Puerto Rico's private homes and businesses"),
            c(
                "Reportedly, without Costa Sur the island's other plants would have to operate near full capacity to keep the residents in power",
                None,
                "Reportedly",
            ),
            c(
                "Puerto Rico had still not fully recovered from 2017's Hurricane Maria, estimated to have done about $90 billion in property damage and claimed about 3000 lives",
                None,
                "estimated",
            ),
            c(
                "the earthquakes may continue into early February",
                "the U.S. Geological Survey",
                "has said",
                "institution",
                cw=False,
            ),
        ],
    ),
    (
        # line 204
        "wn-2020-05-06-philippines-largest-television-network-s",
        [
            c(
                "Following the expiry of broadcast corporation ABS-CBN's legislative franchise, the Philippine government issued a cease and desist order dated yesterday, forcing the shut-down of broadcasting operations by the company"
            ),
            c("Later in the evening, the network signed off and went off-air"),
            c(
                "The last time the Philippine government ordered the network to shut down was during the martial law imposed by former Philippine President Ferdinand Marcos back in 1972"
            ),
            c(
                "no person, firm, company, association, or corporation shall construct, install, establish, or operate a radio transmitting station, or radio receiving station used for commercial purposes, or a radio broadcasting station, without having first obtained a franchise therefor from the Congress of the Philippines",
                'Republic Act No. 3846, also known as the "Radio Control Law"',
                "states",
                "document",
                q="direct",
            ),
            c(
                "Since ABS-CBN's legislative franchise, Republic Act No. 7966, expired on Monday, the network no longer had a valid franchise to continue airing their programs"
            ),
            c(
                "The National Telecommunications Commission (NTC) issued a cease and desist order to the network yesterday, and in compliance, the network signed off that night"
            ),
            c(
                "The network tried to renew their franchise as early as July 2019, but all eleven of the legislative bills filed have been stuck in Congress"
            ),
            c(
                "The franchise of ABS-CBN expired on Monday, the same day Congress reconvened after their Lenten Break, which began on March 13"
            ),
            c(
                "Though the NTC is allowed to provide the network a provisional license while its application to the Congress is still being decided upon, the commission refused to provide the network with said license"
            ),
            c("the act of the NTC", "A number of Senators", "condemned", "anonymous", cw=False),
            c(
                'the move as a "grave abuse of governmental power" and "contrary to law',
                "A number of Senators",
                "citing",
                "anonymous",
                q="mixed",
                cw=False,
            ),
            c(
                "ABS-CBN Corporation is the largest television and radio broadcasting company in the Philippines with over 42 television stations, 10 digital channels, and 18 FM and five AM radio stations, and has been broadcasting for over 65 years"
            ),
            c(
                "Philippine President Rodrigo Duterte threatened the network's franchise renewal before, after the network didn't carry some of his campaign commercials"
            ),
            c(
                "which they've said was due to a lack of airtime",
                "which [[they]]'ve said",
                "they[['ve said]]",
                "institution",
            ),
            c('the network of "swindling', "[[he]] accused", "accused", "named_person", q="mixed", cw=False),
            c("Solicitor General Jose Calida filed a quo warranto petition on February 10"),
            c(
                "the network of violating its franchise",
                "Solicitor General Jose Calida",
                "accusing",
                "named_person",
            ),
            c(
                "After a Senate hearing was conducted on February 24, the Senate did not find the network had breached laws, nor its franchise terms"
            ),
            c(
                "refunds for Duterte's unaired political ads were offered, of which some were not accepted by his campaign",
                "ABS-CBN CEO Carlo Katigbak",
                "said",
                "named_person",
            ),
            c("Katigbak apologized to Duterte during the hearing"),
            c(
                "which the President accepted",
                "a statement by the Presidential Spokesperson Harry Roque",
                "according to",
                "document",
            ),
            c("The network's news channel, ABS-CBN News Channel, is still on air"),
            c(
                "the cease and desist order did not cover their news channel's franchise",
                "the network",
                "claims",
                "institution",
            ),
        ],
    ),
    (
        # line 189
        "wn-2020-03-15-native-american-groups-sue-us-state-of-m",
        [
            c(
                "On Thursday, the American Civil Liberties Union of Montana and Native American Rights Fund filed a lawsuit against the state of Montana over its 2018 Ballot Interference Prevention Act (BIPA)"
            ),
            c(
                "it would prevent many Native Americans from voting",
                "the American Civil Liberties Union of Montana and Native American Rights Fund",
                "saying",
                "institution",
                cw=False,
            ),
            c(
                "Reportedly, most Montana residents vote through the mail, including 73% of votes in the 2018 midterm elections",
                None,
                "Reportedly",
            ),
            c(
                "Since the United States Postal Service does not cover most Native American reservations, many of the people who live there fill out their ballots and give them to voting organizations to deliver to election offices on their behalf"
            ),
            c(
                "many residents of Montana's reservations do not have access to reliable transportation to drive to voting sites",
                "The complaint",
                "notes",
                "document",
            ),
            c(
                "Under the previous law, each carrier was limited to 80 of other people's ballots, unless they were part of the voter's family"
            ),
            c("Under BIPA, that number drops to six"),
            c("The fine for breaking this law was set at US$500"),
            c(
                "BIPA ignores the everyday realities that face Native American communities. It is not reasonable to expect voters to drive an hour to drop off their ballot, so collecting ballots in reservation communities just makes sense. Criminalizing this behavior is unfair to Native American voters and does nothing to solve the real problem of mail not being picked up and delivered to Native homes",
                "The Native American Rights Fund's Jacqueline De León",
                "said",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "it was to prevent voter fraud, specifically to prevent people from collecting ballots and then throwing them away if they did not like voters' decisions",
                "State legislators supporting the law",
                "argued",
                "anonymous",
                cw=False,
            ),
            c(
                "BIPA \"is supported overwhelmingly by Montanans, including the counties in Indian Country [...] It's always dicey when plaintiffs try to overturn the will of the people",
                "Montana Secretary of State Corey Stapleton",
                "said",
                "named_person",
                q="mixed",
            ),
            c("As of 2020, Montana had seven Native American reservations with about 70,000 people living on them"),
            c(
                "the total 2020 population of the state at just over one million",
                "The World Population Review",
                "estimated",
                "institution",
            ),
            c(
                "The plaintiffs were listed as Western Native Voice, Montana Native Vote, Assiniboine and Sioux Tribes of Fort Peck, Blackfeet Nation, Confederated Salish and Kootenai Tribes, Crow Tribe, and the Fort Belknap Indian Community"
            ),
            c("The suit was filed in Yellowstone County"),
            c("An issue raised by the complaint was BIPA's definition of the term \"family"),
            c(
                "Many of the Native American cultures in Montana, the complaint pointed out, have a concept of family that does not match the nuclear family idea widespread in Western culture",
                "[[the complaint]] pointed",
                "pointed out",
                "document",
            ),
        ],
    ),
    (
        # line 262
        "wn-2020-12-15-conservative-groups-hold-rally-in-washin",
        [
            c(
                "Several conservative groups claiming the 2020 U.S. presidential election was stolen from incumbent President Donald Trump gathered on Saturday in the U.S. capital, Washington D.C., for a rally organized by Women for America First"
            ),
            c(
                "the 2020 U.S. presidential election was stolen from incumbent President Donald Trump",
                "Several conservative groups",
                "claiming",
                "anonymous",
            ),
            c(
                "Reportedly several thousand supporters turned out, with Trump flags and hats, in D.C. to protest, some in front of the Supreme Court of the United States",
                None,
                "Reportedly",
            ),
            c(
                "which rejected, the day before the rally, a lawsuit filed by Texas which tried to overturn the results in Georgia, Michigan, Pennsylvania, and Wisconsin"
            ),
            c(
                "he wasn't aware of the event but would go to see it anyway",
                "[[Trump]] tweeted",
                "tweeted",
                "named_person",
            ),
            c(
                "Wow!  Thousands of people forming in Washington (D.C.) for Stop the Steal.  Didn't know about this, but I'll be seeing them! #MAGA",
                "[[Trump]] tweeted",
                "tweeted",
                "named_person",
                q="direct",
            ),
            c("MAGA stands for Make America Great Again — a slogan commonly used by Trump and his supporters"),
            c(
                "Trump flew above the rally on his Marine One helicopter on his way to West Point, New York, with supporters cheering below"
            ),
            c("Former Trump adviser and retired general Michael Flynn was on stage while Trump flew over"),
            c("This was the first time Flynn made a public speech since he was pardoned by Trump"),
            c(
                "That's pretty cool.  Imagine just being able to jump in a helicopter and just go for a joy ride around Washington",
                '[[He]] said "That',
                'He [[said]] "That',
                "named_person",
                q="direct",
                cw=False,
            ),
            c("Another former Trump adviser, Sebastian Gorka, also spoke in the rally"),
            c(
                "supporters to remain hopeful after the recent court decision",
                "Another former Trump adviser, Sebastian Gorka",
                "encouraged",
                "named_person",
                cw=False,
            ),
            c(
                "The rallies happened two days before the formal vote of the Electoral College to choose the president-elect"
            ),
            c(
                "Joe Biden only won the elections due to voter fraud",
                "Trump and his supporters",
                "claimed",
                "named_person",
            ),
            c(
                "they were fighting corruption and dishonesty",
                "Organizers of the rally",
                "said",
                "institution",
                cw=False,
            ),
            c(
                "there was a lack of transparency in the elections",
                "[[Flynn]] said there",
                "Flynn [[said]] there",
                "named_person",
                cw=False,
            ),
            c(
                "the crowd to consider what the counters are hiding from them and why don't they let them look at the signatures and at the machines",
                "[[Flynn]] said there",
                "urged",
                "named_person",
                cw=False,
            ),
            c("A couple from Florida, Richard and Lisa Parry, made a 14-hour drive to D.C. for the rally"),
            c(
                "I went to bed at 1 o'clock and Trump was ahead.  There's no way[...] I don't believe it, it's fake",
                "Lisa Parry, a retired nurse",
                "said",
                "named_person",
                q="direct",
                cw=False,
            ),
        ],
    ),
    (
        # line 40
        "wn-2019-04-08-540-million-private-facebook-records-fou",
        [
            c(
                "two databases containing user data from Facebook were found on Amazon.com web servers accessible to the public on the internet",
                "a report on Wednesday by UpGuard, a cybersecurity firm",
                "According to",
                "document",
            ),
            c(
                "Information leaked included user ID's, photos, Facebook friend and group lists, and interests",
                "a report on Wednesday by UpGuard, a cybersecurity firm",
                "According to",
                "document",
            ),
            c(
                "One of the databases is owned by the Mexican company Cultura Colectiva, which specializes in digital media, while the other is owned by a separate Facebook-integrated app, At the Pool"
            ),
            c(
                'In these two instances, the records were publicly available because the "Amazon S3 Buckets" on which the data were stored were misconfigured to allow public access instead of only private access'
            ),
            c(
                "the two incidents involved two separate Amazon S3 buckets",
                "with [[UpGuard]] that",
                "confirmed",
                "institution",
            ),
            c(
                "UpGuard reportedly sent an email to Cultura Colectiva on January 10, and again on January 14, but received no response",
                None,
                "UpGuard [[reportedly]] sent",
            ),
            c(
                "On January 28, UpGuard reportedly emailed Amazon Web Services informing them of the situation, to which on February 1 Amazon Web Services acknowledged the bucket's owner had been informed",
                None,
                "UpGuard [[reportedly]] emailed Amazon Web Services informing",
            ),
            c(
                "the bucket's owner had been informed",
                "February 1 [[Amazon Web Services]] acknowledged",
                "acknowledged",
                "institution",
            ),
            c(
                "After the database had still not been secured, UpGuard reportedly emailed Amazon Web Services again on February 21, with Amazon Web services responding that they would investigate what else could be done about it",
                None,
                "UpGuard [[reportedly]] emailed Amazon Web Services again",
            ),
            c(
                "they would investigate what else could be done about it",
                "Amazon Web services",
                "responding",
                "institution",
                cw=False,
            ),
            c(
                "Reportedly, the Amazon S3 Buckets were only secured after Bloomberg contacted Facebook",
                None,
                "Reportedly",
            ),
            c(
                "between this case and the Cambridge Analytica scandal",
                "The Guardian",
                "drew comparisons",
                "institution",
                cw=False,
            ),
            c("in which over 50 million Facebook profiles were harvested for data without users' knowledge or consent"),
        ],
    ),
    (
        # line 172
        "wn-2020-02-14-world-health-organization-names-new-coro",
        [
            c(
                'the official name of the coronavirus-induced disease first recognized about two months ago in Wuhan, China: "COVID-19" is to replace the WHO\'s temporary designation "2019-nCoV',
                "the World Health Organization (WHO)",
                "announced",
                "institution",
            ),
            c('"COVID-19" is the name of the disease rather than the virus'),
            c(
                'The International Committee on Taxonomy of Viruses named the virus that causes it "severe acute respiratory syndrome coronavirus 2" (SARS-CoV-2)'
            ),
            c(
                'Reportedly, "COVI" represents the coronavirus, "D" is for "disease," and "19" for the year it was first detected, 2019',
                None,
                "Reportedly",
            ),
            c(
                "the name had to be easy to say and, to prevent stigma, it must not cite any specific person, animal, profession or place, per WHO guidelines established in 2015",
                "WHO director-general Tedros Adhanom Ghebreyesus",
                "said",
                "named_person",
            ),
            c(
                "the 2009 H1N1 outbreak as an example of what not to do",
                "[[The guidelines]] cite",
                "cite",
                "document",
            ),
            c("That year's H1N1 was commonly called \"swine flu"),
            c("The government of Egypt ordered the killing of over 300,000 pigs"),
            c(
                "it was completely unnecessary",
                "the United Nations' Food and Agriculture Organization's chief veterinary officer",
                "According to",
                "official_title",
                cw=False,
            ),
            c(
                "Middle East Respiratory Syndrome, from 2013, as an undesirable name",
                "[[The guidelines]] also",
                "list",
                "document",
            ),
            c(
                'naming the virus after Wuhan would place "tremendous stigmatization on the people of Wuhan who are the victims',
                "Northwestern University public health expert Wendy Parmet",
                "said",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "People tend to think of the disease as belonging to, as being a characteristic of some group of people associated with the place name, which can be really stigmatizing [...] To be thought of as a hole of disease is not going to be productive. It encourages the next city not to come forward, not to report a disease if your city is labeled as the disease. [...] You want something that's easy and that people are going to keep using otherwise they're going to substitute it with more problematic slang",
                "[[She]] went on",
                "went on to say",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "People with a different national, ethnic or religious background have historically been accused of spreading germs regardless of what the science may say",
                "Johns Hopkins Center for Health Security medical anthropologist Monica Schoch-Spana",
                "told",
                "named_person",
                q="direct",
            ),
            c(
                "As of Tuesday there had been reports of people avoiding or harassing Chinese and perceived-to-be Chinese individuals in several countries over the current outbreak, including Italy, the United States, Thailand, and Canada",
                None,
                "there had been reports",
            ),
            c("SARS-CoV-2 has already killed more than 1,000 people and infected tens of thousands"),
        ],
    ),
]


if __name__ == "__main__":
    build(DOCS, ARTICLES, LINES, OUT)
