#!/usr/bin/env python3
"""Build tests/data/attribution-wikinews-blind-2.jsonl: 12 real Wikinews articles (2019-2020, CC BY 2.5,
Wikinews, en.wikinews.org), hand-annotated per /work/shared/evaldata/gold/GUIDELINE.md (same approach as
gold/src/dev_spec.py + tools/build_gold.py: spans are written as strings, offsets are resolved and
round-trip checked).

The texts are not copied here: they are read, unmodified, by doc_id from
/work/shared/evaldata/articles/wikinews-more.jsonl (lines 3, 21, 61, 77, 92, 142, 143, 169, 170, 216, 219
and 160, 0-based). None of them is used by any other set in this folder or by gold-dev. This is a second
BLIND set: it was annotated from the text and the guideline only, and is meant to be scored once, at the end.
The articles were chosen for their density of reporting cues and unnamed-source phrases.

    python3 tests/data/build_wikinews_blind2.py [OUT.jsonl]

c(content, src, cue, t=attribution_type, q=quote_type, anon=anonymity_reason, cw=checkworthy, n=occurrence)
A string may carry an anchor: "left [[target]] right" locates `left target right` and keeps `target`.
content: n-th occurrence (default first); source/cue: the occurrence nearest to the content span
(mentions outside the content preferred).

Conventions where the guideline is silent (applied throughout):
* "Authorities said", "investigators", "witness accounts", "eyewitness reports", "Emergency workers",
  "local news sources", "unnamed industry experts" (unidentified people/bodies) are `anonymous`; a named
  force or agency ("Police", "the police", "Florida Highway Patrol") is `institution`.
* Agentless "reportedly"/"Reportedly": the content is the whole clause, the adverb included wherever it
  stands; an appositive "reportedly one Vijayaragavan" inside an attributed claim gets no claim of its own.
* "X claimed responsibility", "X have cited security concerns to impose bans" report events, not
  propositions: one unattributed claim for the sentence.
* A content with two sources in a chain ("The Daily Telegraph cited a security source that X") gets one
  claim per source with the same content; "Witnesses, according to The Telegraph, said X" gives the outlet
  the whole interrupted clause and the witnesses X.
* An anaphoric mention of a named person ("the commissioner", "the minister") is `named_person`, like a
  pronoun; a relative clause after a name ("Beto O'Rourke, who was a candidate ...") is not in the source.
* Hedged future plans ("will be examined", "are to build") are not check-worthy; a long direct quote is one
  claim; a nested attribution inside a direct quote ("which the police have now declared as
  terrorism-related") is not annotated again. Pull-quote captions ("—Troy Roberts") are not annotated.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import build, c  # noqa: E402 (the folder is put on the path just above)

ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "evaldata" / "articles" / "wikinews-more.jsonl"
OUT = Path(__file__).with_name("attribution-wikinews-blind-2.jsonl")

# 0-based line of each article in ARTICLES (checked when the texts are loaded)
LINES = {
    "wn-2019-01-05-florida-highway-pileup-fire-kills-five-c": 3,
    "wn-2019-02-06-bus-carrying-children-overturns-in-babyn": 21,
    "wn-2019-07-08-tunisian-prime-minister-signs-decree-to-": 61,
    "wn-2019-08-16-hickenlooper-ends-us-presidential-bid-se": 77,
    "wn-2019-09-10-nevada-prop-plane-crash-near-las-vegas-l": 92,
    "wn-2019-11-04-o-rourke-ends-us-presidential-bid": 142,
    "wn-2019-11-07-hungarian-state-owned-enterprise-acquire": 143,
    "wn-2020-02-05-police-shoot-man-dead-after-terrorist-re": 169,
    "wn-2020-02-10-first-foreigners-die-from-coronavirus-in": 170,
    "wn-2020-06-11-police-arrest-twelve-after-explosives-ki": 216,
    "wn-2020-06-23-three-killed-three-others-injured-in-sta": 219,
    "wn-2020-01-10-greek-prime-minister-reaffirms-eastmed-p": 160,
}


# --------------------------------------------------------------------------- annotations
# Datelines ("Saturday, January 5, 2019"), pull-quote captions ("—John Hickenlooper"), headlines and the
# Hungarian originals of quotes are not annotated as claims of their own.
DOCS = [
    (
        # line 3
        "wn-2019-01-05-florida-highway-pileup-fire-kills-five-c",
        [
            c(
                "A road accident followed by a fire on a Florida highway near Gainesville on Thursday killed five children in a church bus and two truck drivers"
            ),
            c("One semi truck and a car broke through the center guardrail before colliding with other vehicles"),
            c(
                "around 50 gallons of diesel fuel, officials said, spilled and ignited",
                "fuel, [[officials]] said",
                "officials [[said]], spilled",
                "anonymous",
            ),
            c("The children were all from Marksville, Louisiana"),
            c(
                "The Avoyelles House of Mercy, a Pentecostal church, had been travelling 700 miles from Louisiana to Walt Disney World and was within an hour of its destination"
            ),
            c("One truck driver was from West Palm Beach, Florida, the other from Albuquerque, New Mexico"),
            c("The deceased were aged nine, ten, thirteen, two aged fourteen, 49, and 59"),
            c("At least eight more people were hospitalized"),
            c(
                "The accident sequence began, Florida Highway Patrol described, in the northbound lanes of Interstate 75 close to Alachua when the initial collision between the car and truck occurred",
                "began, [[Florida Highway Patrol]] described",
                "Patrol [[described]], in",
                "institution",
            ),
            c(
                "After crossing the center divider, the out-of-control vehicles collided with the church bus and a second semi truck in the southbound lanes"
            ),
            c(
                "The bus overturned, with occupants ejected; a southbound fifth vehicle was unable to prevent itself running through the debris"
            ),
            c(
                "this vehicle may have struck victims lying on the roadway",
                "Reports",
                "Reports [[indicate]]",
                "anonymous",
            ),
            c(
                "within probably 15 to 20 seconds of it all, it exploded. I mean, just a ball of flames",
                "eyewitness Vinnie DeVita",
                "According to",
                "named_person",
                q="direct",
            ),
            c("DeVita narrowly avoided being caught up in the accident"),
            c(
                'the response "required all hands on deck',
                "The Alachua Sheriff's Office",
                "tweeted",
                "institution",
                q="mixed",
            ),
            c(
                "the road was damaged by the fire's ferocity",
                "Authorities",
                "Authorities [[stated]]",
                "anonymous",
            ),
            c(
                "a homicide probe is ongoing",
                "Emergency workers",
                "have indicated",
                "anonymous",
            ),
            c(
                'extensive tire marks and "insane" heat',
                "Another eyewitness, Nicole Towarek",
                "Towarek, [[described]]",
                "named_person",
                q="mixed",
            ),
            c(
                "the road itself, which is straight in the vicinity, will be examined as part of investigations",
                "Florida Department of Transportation official Troy Roberts",
                "Roberts [[said]] yesterday",
                "named_person",
                cw=False,
            ),
            c(
                "Guardrails can only take so much",
                '[[He]] said "Guardrails',
                'He [[said]] "Guardrails',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "The guardrail would be examined, Roberts said, to determine if it had performed as designed",
                "examined, [[Roberts]] said",
                "Roberts [[said]], to determine",
                "named_person",
                cw=False,
            ),
            c("The state had lanes closed last night as it worked to repair the damaged surface"),
            c(
                "Also investigating is the Florida Highway Patrol, which is attempting to ascertain who, if anyone, is to blame"
            ),
            c(
                "the National Transportation Safety Board, commonly involved in major highway accident probes, was absent"
            ),
            c(
                "It is presently unable to operate due to a shutdown of much of the Federal government in a budget dispute"
            ),
            c(
                "its operations center is still accepting accident notifications",
                "its website",
                "notes",
                "document",
            ),
        ],
    ),
    (
        # line 21
        "wn-2019-02-06-bus-carrying-children-overturns-in-babyn",
        [
            c("A bus carrying children from Smolensk to Kaluga on Sunday overturned in Babyninsky, Russia"),
            c("At least seven, including four children, died"),
            c(
                "At least 45 were aboard, with occupants trapped for hours at the snowy roadside in the upended vehicle until rescuers extracted them from the scene"
            ),
            c("Police have opened a criminal case against the driver and detained him for questioning"),
            c(
                "The occupants were going to a dance competition",
                "the mayor of Yartsevo",
                "according to",
                "official_title",
            ),
            c(
                "24 people have been hospitalised",
                "Local officials",
                "officials [[said]] 24",
                "anonymous",
            ),
            c(
                "as many as 32 hospitalised",
                "Agence France-Presse",
                "reported",
                "institution",
            ),
            c(
                "all occupants were from Smolensk",
                "The Emergency Situations Ministry",
                "stated",
                "institution",
            ),
            c(
                "most of the injured were minors",
                "Officials",
                "Officials [[said]] most",
                "anonymous",
            ),
            c(
                "Russia suffers one of the highest death tolls from road accidents in the world, reportedly 18.9 deaths per 100,000 people per year",
                None,
                "reportedly",
            ),
            c("this is lower than previous years"),
            c(
                'drivers to "not forget that the health and lives of other people depend on you',
                "The Emergencies Ministry",
                "called on",
                "institution",
                q="mixed",
                cw=False,
            ),
            c(
                'people to "comply with the established rules of behaviour on the road',
                "[[It]] also urged",
                "urged",
                "institution",
                q="mixed",
                cw=False,
            ),
            c(
                "no additional vehicles were involved",
                "The Emergency Situations Ministry",
                "further [[indicated]]",
                "institution",
            ),
            c(
                "the driver lost control and left the road",
                "The Emergency Situations Ministry",
                "suggested",
                "institution",
            ),
            c("The cause of the accident was not known"),
            c("Dozens of occupants required extricated"),
        ],
    ),
    (
        # line 61
        "wn-2019-07-08-tunisian-prime-minister-signs-decree-to-",
        [
            c(
                "On Friday, Youssef Chahed, the Prime Minister of Tunisia, signed a government decree banning anyone wearing a niqab from entering a public institution or government offices"
            ),
            c(
                "A niqab is a face-veil, which covers almost the entire face, and is commonly worn by Muslim females as a religious garment"
            ),
            c(
                "Chahed signed a government decree that bars any person with an undisclosed face from access to public headquarters, administrations, institutions, for security reasons",
                "a government official",
                "official [[said]]",
                "anonymous",
                q="direct",
            ),
            c(
                "This decision comes after a couple of suicide bombings took place in the country's capital, Tunis, last month"
            ),
            c(
                "Reportedly, two people were killed and at least eight people were injured in a suicide bombing that happened on June 27",
                None,
                "Reportedly",
            ),
            c(
                "the suicide bomber wore a face veil covering, the niqab",
                "eyewitness reports",
                "According to",
                "anonymous",
            ),
            c("In the span of one week, at least three suicide bombings took place in Tunisia"),
            c(
                "The militant organisation, the Islamic State of Iraq and the Levant, claimed responsibility for all three attacks"
            ),
            c(
                "We are for the freedom to dress, but today with the current situation and the terrorist threats in Tunisia and across the region we find justifications for this decision",
                "the president of the Tunisian League for the Defence of Human Rights, Jamel Msallem",
                "Msallem, [[said]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Tunisia is facing terrorist attacks, so every measure which is led by security motives is understandable",
                "A member of the Tunisian Parliament, Samir Dilou",
                "Dilou [[said]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "After an attack in the capital city in 2015, a bill was proposed in 2016 for banning the niqab, but was not passed"
            ),
            c(
                "We proposed a bill in 2016 about this subject and it has still not been debated [...] Maybe it is time now",
                "Souhail Alouini, a member of Parliament",
                "Parliament, [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "Tunisia's neighbouring Muslim-majority African countries including Algeria and Morocco have cited security concerns to impose bans on niqabs"
            ),
            c(
                "Previously, another Islamic religious garment, the hijab, was banned in Tunisian public offices during Zine El Abidine Ben Ali's Presidency"
            ),
            c("That ban was lifted in 2011"),
        ],
    ),
    (
        # line 77
        "wn-2019-08-16-hickenlooper-ends-us-presidential-bid-se",
        [
            c(
                "John Hickenlooper, who was a candidate in the Democratic primaries for the 2020 United States presidential election, ended his campaign yesterday"
            ),
            c("Hickenlooper made his official announcement via a YouTube video in which he thanked his supporters"),
            c(
                "Hickenlooper was polling so low nationally, he was in danger of not qualifying for the next round of televised debates",
                "reports",
                "According to",
                "anonymous",
            ),
            c(
                "Hickenlooper was actively encouraged to drop out in favor of a run for a seat in the United States Senate",
                "Reports",
                "have indicated",
                "anonymous",
            ),
            c(
                "Hickenlooper was actively encouraged to drop out in favor of a run for a seat in the United States Senate",
                "sources within the Democratic Party",
                "citing",
                "anonymous",
            ),
            c(
                "I've heard from so many Coloradans who want me to run for the United States Senate. They remind me how much is at stake for our country. And our state. I intend to give that some serious thought",
                "[[Hickenlooper]] said in the video",
                "said in the video",
                "named_person",
                q="direct",
                cw=False,
            ),
            c("The senate seat from Colorado due for election next year is that of incumbent Republican Cory Gardner"),
            c(
                "Hickenlooper is far more popular than any other Democrat running against Gardner and also ahead of Gardner",
                "Recent opinion polling by Democratic organizations",
                "indicated",
                "document",
            ),
            c("Hickenlooper has served as mayor of Denver and governor of Colorado"),
            c(
                "His moderate politics have clashed with some of the stances of national leaders of his party such as Bernie Sanders and Elizabeth Warren"
            ),
            c("he has notably come out against Medicare for all"),
            c(
                "Besides his political career, Hickenlooper has been a successful entrepreneur, involved in the successful launch of a chain of pubs and restaurants"
            ),
        ],
    ),
    (
        # line 92
        "wn-2019-09-10-nevada-prop-plane-crash-near-las-vegas-l",
        [
            c(
                "On Saturday night, a propeller plane in Nevada, United States crashed following departure from Henderson Executive Airport, near Las Vegas",
                "investigators",
                "according to",
                "anonymous",
            ),
            c(
                "At the time, there were reportedly four people on board",
                None,
                "reportedly",
            ),
            c(
                "one was pronounced dead at the crash site, with the other three being taken to a nearby hospital",
                "investigators",
                "according to",
                "anonymous",
            ),
            c("Another later died"),
            c("A bystander was also subsequently injured"),
            c(
                "the single-engine propeller plane, a Beechcraft Sierra, was flying to Gillespie Field airport, located near San Diego in El Cajon, California",
                "Officials",
                "said",
                "anonymous",
            ),
            c("Following take off, the plane turned back with a mechanical problem, intending to land at Henderson"),
            c(
                "It crashed in a desert area located about half a mile (likely less than a kilometer) to the south of the airport, and then caught fire"
            ),
            c("A bystander attempted to aid the passengers, and was later hospitalized for smoke inhalation"),
            c(
                "The National Transportation Safety Board (NTSB) and Federal Aviation Administration (FAA) began investigations of the crash of the place, which was built in 1977"
            ),
            c(
                "their investigation could last as long as two years but a preliminary report would likely be available in the next few weeks",
                "Keith Holloway, an NTSB spokesman",
                "told",
                "named_person",
                cw=False,
            ),
        ],
    ),
    (
        # line 142
        "wn-2019-11-04-o-rourke-ends-us-presidential-bid",
        [
            c(
                "the end of his campaign",
                "Beto O'Rourke",
                "announced",
                "named_person",
            ),
            c("He made his announcement via a post on Medium, in which thanked his supporters"),
            c(
                "O'Rourke dropped out ahead of the upcoming Democratic primary debate scheduled for November 20 in Georgia"
            ),
            c(
                "O'Rourke was not qualifying for the debate",
                "reports",
                "According to",
                "anonymous",
            ),
            c(
                "two weeks before the November 13 deadline, O'Rourke had only reached 3 percent support in two qualifying polls, of which four are needed"
            ),
            c("O'Rourke made gun control a key issue of his campaign"),
            c(
                "After a mass shooting near the border in August, the O'Rourke campaign cancelled events as O'Rourke returned home El Paso, Texas, where he is a former City Councillor"
            ),
            c(
                "A month later, during the third primary debate, O'Rourke defended his proposal of a mandatory buyback program"
            ),
            c(
                "Hell yes, we’re going to take your AR-15",
                "[[O'Rourke]] defended",
                "saying",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "O'Rourke, a former United States Representative who gained national recognition during his 2018 run for Senate against Ted Cruz, does not plan to run for Senate in 2020",
                "Reports",
                "said",
                "anonymous",
            ),
        ],
    ),
    (
        # line 143
        "wn-2019-11-07-hungarian-state-owned-enterprise-acquire",
        [
            c(
                "a deal whereby, on October 29, Hungarian state-owned enterprise HDT Védelmi Ipari Kft. (HDT Limited) acquired Austrian mortar and shell manufacturer Hirtenberger Defence Group",
                "Hungarian daily newspaper Magyar Nemzet",
                "revealed",
                "institution",
            ),
            c("the deal", "Hirtenberger Defence Group", "acknowledged", "institution"),
            c(
                "In the deal, Austrian, United Kingdom and New Zealand production sites are to be kept, with market sales expected to cover for the price in the long run"
            ),
            c("A government-guaranteed loan covered the costs, but the exact figure was kept secret"),
            c(
                "The November 4 issue of Magyar Nemzet published an interview with Gáspár Maróth, the Hungarian Government commissioner responsible for defence, defence industries and coordinating defence modernization, in which the deal was announced"
            ),
            c("On the same day, the Hirtenberger Defence Group issued a corresponding press release"),
            c(
                "the Hungarian bid won after lengthy negotiations, out of mulitple competing offers",
                "Maróth",
                "Maróth [[said]] the Hungarian",
                "named_person",
            ),
            c(
                "he expects no political turmoil between the neighboring Austria and Hungary over the sale",
                "[[He]] said he expects",
                "He [[said]] he expects",
                "named_person",
                cw=False,
            ),
            c(
                'the acquisition fits into the Hungarian "outward investment" ((hu))Hungarian language: \u200dtőkekihelyezési strategy of Prime Minister Viktor Orbán',
                "[[He]] also noted the acquisition",
                "He also [[noted]] the acquisition",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c("the price to be kept secret", "The Austrian partner", "asked for", "institution", cw=False),
            c(
                "the purchase was financed by a loan, so it is not a burden on the state budget",
                "the commissioner",
                "stated",
                "named_person",
            ),
            c(
                "With government resolution No. 1430/2019, the state issued an indemnity bond to cover for HDT's 38.8 million euro loan"
            ),
            c("that amount as the presumed price", "daily Népszava", "pointing out", "institution"),
            c("The creditor Hungarian Development Bank is state-owned as well"),
            c(
                "Already-queued orders won't leave idle capacity for some years, Maróth said, and paying back this loan seems realistic",
                "capacity for some years, [[Maróth]] said",
                "Maróth [[said]], and paying",
                "named_person",
                cw=False,
            ),
            c("this dubious", "unnamed industry experts", "called", "anonymous", cw=False),
            c(
                "the market is saturated and margins are thin",
                "unnamed industry experts",
                "called",
                "anonymous",
            ),
            c(
                "this kind of equipment is needed by the Defence Forces",
                "unnamed industry experts",
                "noting",
                "anonymous",
            ),
            c(
                "The company structure remains unchanged and all sites continue to operate, but Hungarian engineers are to join the research and development team"
            ),
            c(
                "it would have been much more costly and time-consuming to research mortar technology than to acquire it this way",
                "Maróth",
                "pointed out",
                "named_person",
                cw=False,
            ),
            c(
                "the army modernization does not just cover buying 'hardware' but technology transfer as well",
                '[[He]] noted, "the army',
                'He [[noted]], "the army',
                "named_person",
                q="direct",
            ),
            c(
                "the purchase appeared to circumvent the Ministry of Defence",
                "Népszava",
                "Népszava [[noted]] the purchase",
                "institution",
            ),
            c(
                "HDT Limited was registered on August 6, 2019 and is under the aegis of Hungarian National Asset Management, Inc"
            ),
            c(
                "To modernize its military, in 2018, Hungary licensed Czech firearm technology and started assembling firearms in Kiskunfélegyháza, then agreed with Airbus to open a helicopter parts factory as a joint venture in Gyula"
            ),
            c(
                "NATO members to increase military spending",
                "US President Trump",
                "has called for",
                "named_person",
                cw=False,
            ),
            c(
                "Hungary spent an estimated 1.15% of its GDP on military expenditures in 2018",
                "a March 14, 2019 NATO press release",
                "According to",
                "document",
            ),
            c("NATO guidelines call for 2%"),
            c(
                'the military had been "effectively disarmed" ((hu))Hungarian language: \u200dgyakorlatilag lefegyverzett by 2010',
                "Maróth",
                "Maróth [[noted]] the military",
                "named_person",
                q="mixed",
            ),
            c("Viktor Orbán regained the prime ministry of Hungary for his second term"),
            c(
                'Hungary launched a military development program dubbed "Zrínyi 2026" in 2017 to address structural and financial challenges faced by the Defence Force and to renew its equipment'
            ),
        ],
    ),
    (
        # line 169
        "wn-2020-02-05-police-shoot-man-dead-after-terrorist-re",
        [
            c(
                "a man wearing a fake suicide vest entered a store, grabbed a large knife, ran outside with it and began to stab people",
                "witness accounts and authorities",
                "according to",
                "anonymous",
            ),
            c("Reportedly he injured a man and two women on Streatham High Road, London", None, "Reportedly"),
            c(
                "Armed plainclothes officers, already surveilling him for counter-terrorism purposes, chased him on foot"
            ),
            c(
                "The officers eventually shot him dead, reportedly outside a Boots store, at around 14:00 local time",
                None,
                "dead, [[reportedly]] outside",
            ),
            c('a "terrorist-related" attack', "the police", "declared", "institution", q="mixed"),
            c(
                "I was crossing the road when I saw a man with a machete and silver canisters on his chest being chased by what I assume was an undercover police officer [...] The man was then shot. I think I heard three gunshots but I can't quite remember",
                "An eyewitness",
                "stating",
                "anonymous",
                q="direct",
            ),
            c("Two women and a man were injured", "the reports", "according to", "anonymous"),
            c("The man was briefly listed in critical condition"),
            c(
                "A woman had minor injuries reportedly from glass shattering after police discharged their firearms",
                None,
                "injuries [[reportedly]] from",
            ),
            c('the remaining woman was in "not life-threatening" condition'),
            c(
                "The attacker, identified as Sudesh Amman, 20, was placed under police surveillance after being released from prison a week ago"
            ),
            c("He was imprisoned in 2018 when he was 18 and served half his sentence for 13 separate terror offenses"),
            c("knife-obsessed", "the police", "described as", "institution", q="direct", cw=False),
            c(
                'Amman, who was described as "knife-obsessed" by the police, sent his girlfriend videos of beheadings and extremist text messages, and advised her to kill her "kuffar" (non-Muslim) parents'
            ),
            c(
                "If you can't make a bomb because family, friends or spies are watching or suspecting you, take a knife, molotov, sound bombs or a car at night and attack the tourists (crusaders), police and soldiers of taghut [idolatry], or western embassies in every country you are in this planet",
                "[[He]] told her",
                "He [[told]] her",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "His fascination with dying in the name of terrorism was clear in a notepad we recovered from his home. Amman had scrawled his 'life goals' in the notepad and top of the list, above family activities, was dying a martyr and going to 'Jannah' — the afterlife. It's not clear how Amman became radicalised but it is apparent from his messages that it had been at least a year in development. Whatever the circumstances, this case is a reminder of the need to be vigilant to signs of radicalisation and report it",
                "Alexis Boon, the head of the Metropolitan Police Counter Terrorism Command",
                "said",
                "named_person",
                q="direct",
            ),
            c(
                "Police also recovered a bomb-making guidebook in his position and, on investigation in his family home in London, a black flag and an air gun"
            ),
            c(
                "the police, security and emergency services staff for their swift and courageous response",
                "[[The mayor of London, Sadiq Khan]], thanked",
                "thanked",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                'Terrorists seek to divide us and to destroy our way of life," said Khan, "here in London we will never let them succeed',
                "said [[Khan]]",
                "[[said]] Khan",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Thank you to all emergency services responding to the incident in Streatham, which the police have now declared as terrorism-related. My thoughts are with the injured and all those affected",
                "The prime minister, Boris Johnson",
                "tweeted",
                "named_person",
                q="direct",
                cw=False,
            ),
        ],
    ),
    (
        # line 170
        "wn-2020-02-10-first-foreigners-die-from-coronavirus-in",
        [
            c(
                "the coronavirus 2019-nCoV may have killed two male foreign visitors in Wuhan, China — a man from the United States who tested positive for the virus, and another man from Japan who was suspected of dying from the virus",
                "officials",
                "According to",
                "anonymous",
            ),
            c(
                "reportedly the first foreign deaths from the virus within the borders of China",
                None,
                "[[reportedly]] the first foreign",
            ),
            c(
                "As of yesterday, the virus had reportedly killed at least 813 in China and infected around 35,000 worldwide in at least 28 countries",
                None,
                "had [[reportedly]] killed",
            ),
            c(
                "the infected 60-year-old western man died in February 6",
                "the U.S. embassy in Beijing",
                "According to",
                "institution",
            ),
            c("Chinese-American", "Chinese authorities", "referred to him as", "anonymous", q="direct"),
            c(
                "the Japanese man showed symptoms similar to the coronavirus infection and was suspected to have it",
                "Japanese officials",
                "said",
                "anonymous",
            ),
            c(
                "his death, they reported, was officially described as viral pneumonia",
                "death, [[they]] reported",
                "they [[reported]], was",
                "anonymous",
            ),
            c(
                "their government's initial response to the outbreak",
                "Chinese citizens",
                "have criticized",
                "institution",
                cw=False,
            ),
            c(
                'Police detained eight people for "spreading rumors," including ophthalmologist Li Wenliang, who tried to warn people about the viral outbreak in December'
            ),
            c(
                "Li died of the infection on Friday, which quickly became the most frequently discussed subject on the Chinese social networking platform Weibo"
            ),
            c(
                'The hashtag "#we want freedom of speech#" quickly reached at least about two million views before being deleted by censors'
            ),
            c("The government of China has quarantined a number of cities over the virus"),
            c(
                "Governments in east Asia have prevented at least two cruise ships from disembarking at their intended ports because some of the people on board tested positive for coronavirus"
            ),
            c(
                "In addition to the deaths recorded in China, one person in the Philippines and one in Hong Kong have died of this new coronavirus"
            ),
        ],
    ),
    (
        # line 216
        "wn-2020-06-11-police-arrest-twelve-after-explosives-ki",
        [
            c(
                "Authorities on Monday arrested twelve people in Tamil Nadu, India after a jackal died trying to eat a bomb embedded in meat that subsequently exploded"
            ),
            c("Jackals are protected in India"),
            c(
                "a police constable, reportedly one Vijayaragavan, saw the twelve with the dead jackal in Trichy, decided to question them after they aroused suspicion at a tea stall, and learned they were responsible for the jackal's death",
                "Officials",
                "said",
                "anonymous",
            ),
            c("The forestry department arrested them"),
            c(
                "the constable found the jackal's bagged carcass after inquiring",
                "local news sources",
                "According to",
                "anonymous",
            ),
            c(
                "The suspects range in age from 21 to 78 and were identified as Narikuravars from the village of Poolangudi"
            ),
            c("They were taken into the custody of the forestry department"),
            c(
                "the killing occurred in Jeeyapuram forest in a bid to gain jackal meat and teeth",
                "Authorities",
                "Authorities [[said]] the killing",
                "anonymous",
            ),
            c("The Wildlife Protection Act, 1972 lists jackals as a protected species"),
            c("India's jackals face attention from poachers, who sell the parts"),
            c(
                "authorities seized 126 skins, eight tails, 16 skulls and two live jackals from 2013 to 2019",
                "One study in the Journal of Threatened Taxa from March",
                "noted",
                "document",
            ),
            c(
                'over 370 "jackal horns" seized in the same period',
                "The same study",
                "also [[noted]]",
                "document",
                q="mixed",
            ),
            c("Jackal horns are crafted from skulls of jackals and are considered talismans"),
            c(
                "Last week, in the neighbouring state of Kerala, one suspect was arrested in connection with the death of a pregnant female elephant suffering from explosive injuries"
            ),
            c(
                "they believed a fruit filled with firecrackers had exploded in the elephant's mouth, damaging her jaw and ultimately leading to her death",
                "Authorities",
                "Authorities [[said]] they",
                "anonymous",
            ),
        ],
    ),
    (
        # line 219
        "wn-2020-06-23-three-killed-three-others-injured-in-sta",
        [
            c(
                "On Saturday evening in Forbury Gardens in Reading, Berkshire, UK shortly before 19:00 local time (1800 UTC), a mass stabbing killed three people and injured three others"
            ),
            c("A 25-year-old man was arrested by Thames Valley Police on suspicion of murder"),
            c(
                "him on Sunday as Reading resident and Libyan national Khairi Saadallah",
                "Reports",
                "named",
                "anonymous",
            ),
            c("they were treating it as a terrorist incident", "Police", "announced", "institution"),
            c(
                "mental health may be a factor in the attack",
                "The Daily Telegraph",
                "cited",
                "institution",
            ),
            c("mental health may be a factor in the attack", "a security source", "cited", "anonymous"),
            c(
                "Witnesses, according to The Telegraph, said a man approached and attacked a group of middle-aged men, using a knife",
                "according to [[The Telegraph]]",
                "[[according to]] The Telegraph",
                "institution",
            ),
            c(
                "a man approached and attacked a group of middle-aged men, using a knife",
                "Witnesses",
                "Telegraph, [[said]]",
                "anonymous",
            ),
            c("Thames Valley Police soon arrived and detained the man, later identified as Khairi Saadallah"),
            c("Saadallah came to the UK a number of years ago, after the Libyan Civil War"),
            c(
                "A counter terror police raid removed various items from Saadallah's flat, amongst them reportedly a circular saw",
                None,
                "reportedly",
            ),
            c(
                "the police found nothing inconsistent with the attacker acting alone",
                "The head of the UK's counter terror police, Neil Basu",
                "on Sunday [[said]]",
                "named_person",
            ),
            c(
                "there is no suggestion of specific increased threat towards people in crowded places from terrorists",
                "[[He]] also said",
                "He also [[said]]",
                "named_person",
            ),
            c("A Black Lives Matter protest had taken place in Forbury Gardens a few hours before the attack"),
            c("this was not connected to the crime", "Basu", "also [[stated]]", "named_person"),
        ],
    ),
    (
        # line 160
        "wn-2020-01-10-greek-prime-minister-reaffirms-eastmed-p",
        [
            c(
                "the openness of the EastMed project",
                "the Greek prime minister Kyriakos Mitsotakis",
                "reasserted",
                "named_person",
                cw=False,
            ),
            c(
                "the EastMed project, which currently involves Greece, Cyprus and Israel, is open for other countries to join",
                "Mitsotakis",
                "reaffirmed",
                "named_person",
            ),
            c(
                "We don't seek to exclude anyone from energy cooperation in the Eastern Mediterranean provided they respect international law",
                'law", [[he]] said',
                'law", he [[said]]',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                '"null and void" and "geographically ridiculous',
                "[[He]] also commented",
                "calling",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "The agreement assumes that our islands, including our biggest island Crete, does not have an exclusive economic zone, which goes against everything we know in international law",
                "[[he]] added",
                "he [[added]]",
                "named_person",
                q="direct",
            ),
            c(
                "the Libyan House of Representatives rejected the demarcation",
                "[[He]] also noted that",
                "He also [[noted]] that",
                "named_person",
            ),
            c(
                "Greece and Turkey might end up before International Court of Justice in the Hague if talks would fail",
                "[[He]] also noted that",
                "He also [[noted]] that",
                "named_person",
                cw=False,
            ),
            c(
                "they keep channels to Turkey open for dialog",
                "[[Mitsotakis]] underlined",
                "Mitsotakis [[underlined]]",
                "named_person",
            ),
            c(
                'he would be "very-very happy if Turkey were to reconsider its overall approach',
                "[[Mitsotakis]] underlined",
                "Mitsotakis [[underlined]]",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "Later on Tuesday Mitsotakis met with the International Monetary Fund, then with President Trump, where he denounced the border agreement again"
            ),
            c(
                "it is important to point out that the agreement signed between Turkey and Libya infringe upon Greece’s sovereign rights",
                '[[he]] noted "it is',
                'he [[noted]] "it is',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "On last Thursday, the delegations of Cyprus, Greece and Israel had met for their seventh trilateral summit, that time in Athens at the Zappeion Hall, to sign an agreement to construct the EastMed pipeline by 2025"
            ),
            c(
                "The meeting was attended by Israeli prime minister Benjamin Netanyahu and energy minister Yuval Steinitz, Greek prime minister Kyriakos Mitsotakis and energy minister Konstantinos Hatzidakis, and Cypriot president Nicos Anastasiades and energy minister Georgios Lakkotrypis"
            ),
            c("The agreement was signed by the energy ministers"),
            c(
                "Greece and Cyprus had to speed up to counter possible Turkish interference with the project",
                "Greek daily Kathimerini",
                "said",
                "institution",
                cw=False,
            ),
            c(
                "Earlier that day, the Greek gas producer Energean signed a letter of intent on selling two billion cubic meters of gas per year to the Greek gas supplier DEPA"
            ),
            c("The planned pipeline capacity is 10 billion cubic meters per year"),
            c("Energean has committed 1.7 billion dollars in the Karish and Tanin fields"),
            c(
                'the pipeline to end their "fringe country" status',
                "[[Netanyahu]] envisioned",
                "envisioned",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c("Italy and Egypt to join the project", "Netanyahu", "called on", "named_person", cw=False),
            c(
                "We call on any other country that wishes to join us to do so",
                "[[Netanyahu]] called on",
                "adding",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "the pipeline as an advancement in the nation's sovereignty",
                "the ruling Democratic Rally in Cyprus",
                "hailed",
                "institution",
                cw=False,
            ),
            c(
                "the agreement is only a legal framework, and actual construction is in the hands of still undecided private investors",
                "Progressive Party of Working People, the main opposition force",
                "force, [[underlined]]",
                "institution",
            ),
            c(
                "Turkish and Turkish Cypriot mining rights in the region",
                "Turkish Foreign Ministry spokesman Hami Aksoy",
                "Aksoy [[underlined]]",
                "named_person",
                cw=False,
            ),
            c(
                "a failure if these would be overlooked",
                "Turkish Foreign Ministry spokesman Hami Aksoy",
                "projected",
                "named_person",
                cw=False,
            ),
            c("Otranto, Italy is a proposed end point for the pipeline"),
            c("Italian economic development minister Stefano Patuanelli sent a letter of support prior to the signing"),
            c(
                "they are to build another pipeline to Igoumenitsa, Greece",
                "the minister",
                "the minister [[said]] they",
                "named_person",
                cw=False,
            ),
            c(
                "The United States expressed its support via the December 20 signing of the Eastern Mediterranean Bill, a July 25 quadrilateral meeting in Washington, and sent Secretary of State Mike Pompeo to join the trilateral meeting of EastMed countries on March 20 last year"
            ),
            c("The EU partially funded the feasibility studies"),
            c(
                "the EastMed pipeline to be a Project of Common Interest (PCI), ending the energy isolation of Crete and Cyprus, and diversifying the gas supply of Europe, when completed",
                "as [[it]] considers",
                "it [[considers]] the EastMed",
                "institution",
            ),
            c(
                "a Turkish official said that the trans-Anatolian pipeline, which is already up and running, renders the EastMed building effort unnecessary",
                "Cyprus Mail",
                "unnecessary, Cyprus Mail [[reported]]",
                "institution",
            ),
            c(
                "the trans-Anatolian pipeline, which is already up and running, renders the EastMed building effort unnecessary",
                "a Turkish official",
                "official [[said]] that the trans",
                "anonymous",
                cw=False,
            ),
            c("On November 27, Turkey and Libya signed a maritime border agreement"),
            c(
                "a section between Crete and Cyprus would cross the Turkish economic zone",
                "a maritime border agreement",
                "[[according to]] which",
                "document",
            ),
            c("Athens expelled the Libyan ambassador to Greece over this issue"),
            c(
                "only Northern Cyprus, which is recognized only by Turkey, has the right to the exclusive economic zone around the island",
                "Turkey",
                "maintains a position",
                "institution",
                cw=False,
            ),
            c(
                "Because of its drilling operations there, Turkey is already under EU sanctions, and was condemned in a joint statement by Egypt, Greece and Cyprus on October 8"
            ),
            c("In 2017, a memorandum of understanding about the pipeline was signed between Cyprus, Greece and Israel"),
            c(
                "the 2000 km long pipeline is to connect the fields with Crete, the Greek mainland, and would end in Otranto, Italy",
                "the Cyprus Mail",
                "According to",
                "institution",
            ),
            c(
                "the pipeline between the Aphrodite gas field and Thesprotia, Greece, where it merges with the Poseidon line en route to Italy",
                "The May 2019 map of gas routes by Gas Infrastructure Europe",
                "draws",
                "document",
            ),
            c(
                "the project has a geopolitical significance rather than an economic one",
                "Alex Lagakos, deputy director of the Greek Energy Forum",
                "Forum, [[said]]",
                "named_person",
                cw=False,
            ),
            c(
                "unlikely that the EU would finance the project, as it has committed itself to green energy",
                "[[He]] called it",
                "He [[called]] it",
                "named_person",
                cw=False,
            ),
            c(
                "The estimated cost is six billion euros",
                "[[he]] noted",
                "away, he [[noted]]",
                "named_person",
            ),
            c(
                "the saturation of the gas markets and competition from liquid natural gas (LNG) terminals are likely to keep private investors away",
                "[[he]] noted",
                "away, he [[noted]]",
                "named_person",
                cw=False,
            ),
            c("Egypt has two usable terminals in the Nile-Delta, in Damietta and Idku"),
            c(
                "On September 19, 2018, Cyprus and Egypt had signed an alternative deal to export Aphrodite gas through these ports via a new pipeline"
            ),
            c(
                "the new EastMed supply can't be considered a significant geopolitical change to Europe's energy market, as it would not affect the market share of Russian gas",
                "Haifa University geostrategy expert and former Israeli security official, Avinoam Idan",
                "Idan, [[said]]",
                "named_person",
                cw=False,
            ),
            c(
                "the high costs and technical challenges render the project unrealistic",
                "the German Institute for Economic Research",
                "In the analysis of",
                "institution",
                cw=False,
            ),
            c(
                "During the trilateral meeting of Cyprus, Greece and Israel on January 28, 2016, the then-envisioned EuroAsia Interconnector was considered as an alternative route to export the gas as electricity"
            ),
            c(
                "The 1000 megawatt underwater cable connecting the three power grids is to be completed by December 2023"
            ),
            c("The estimated cost is 2.5 billion euros"),
            c("it a PCI", "the EU", "EU [[considers]] it a PCI", "institution"),
            c(
                "EuroAfrica Interconnector, a similar project between Greece, Cyprus and Egypt, is also in its planning stage"
            ),
        ],
    ),
]


if __name__ == "__main__":
    build(DOCS, ARTICLES, LINES, OUT)
