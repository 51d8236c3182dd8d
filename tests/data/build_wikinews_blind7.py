#!/usr/bin/env python3
"""Build tests/data/attribution-wikinews-blind-7.jsonl: 8 real Wikinews articles (2019-2020, CC BY 2.5,
Wikinews, en.wikinews.org), hand-annotated per /work/shared/evaldata/gold/GUIDELINE.md (same approach as
gold/src/dev_spec.py + tools/build_gold.py: spans are written as strings, offsets are resolved and
round-trip checked).

The texts are not copied here: they are read, unmodified, by doc_id from
/work/shared/evaldata/articles/wikinews-more.jsonl (lines 232, 238, 255, 12, 166, 80, 157 and 17, 0-based).
None of them is used by any other set in this folder (the LINES and doc_ids of every build_*.py and
*.jsonl here) or by gold-dev (or gold/src). This is a seventh BLIND set: it was annotated from the text and
the guideline only, without running or reading the suggester or any prediction on these articles, and is
meant to be scored once, at the end. The articles were chosen among the unused ones for their reporting
cues, unnamed sources ("His associates", "Associates of Navalny", "Hospital officials in Omsk", "A report",
"State and federal election officials", "investigators", "Authorities", "Preliminary investigations",
"researchers at Imperial College London", "Chinese officials", "Chinese authorities", "his roommates",
"Aid agencies", "authorities"), nested attributions ("according to a report citing the mayor's office",
"Dallorso ... said his roommates said", "Rachel Giese, said she felt"), titles before names ("Angela
Merkel, the Chancellor of Germany", "mayor John Tory", "Daily Xtra's editorial director, Rachel Giese"),
documents (a video, a report, a statement, NEOC data, WHO data, an appeal, agreed facts heard in court)
and unattributed numbers.

Counts: 8 documents, 127 claims, 17 of them `anonymous` (74 unattributed).

    python3 tests/data/build_wikinews_blind7.py [OUT.jsonl]

c(content, src, cue, t=attribution_type, q=quote_type, anon=anonymity_reason, cw=checkworthy, n=occurrence)
A string may carry an anchor: "left [[target]] right" locates `left target right` and keeps `target`.
content: n-th occurrence (default first); source/cue: the occurrence nearest to the content span
(mentions outside the content preferred).

Conventions where the guideline is silent (those of build_wikinews_blind2.py, build_wikinews_blind3.py,
build_wikinews_blind4.py, build_wikinews_blind5.py and build_wikinews_blind6.py, plus):
* "His associates", "Associates of Navalny", "his roommates" (unnamed people identified only by their
  relation to a named person, not by a role) are `anonymous`, like "Some members of opposition parties";
  "Hospital officials in Omsk", "State and federal election officials", "Chinese officials", "Chinese
  authorities", "Aid agencies", "A report", "Preliminary investigations" are `anonymous` (as "officials",
  "reports", "Initial reports" earlier); "researchers at Imperial College London" (unnamed people of a named
  body) is `anonymous`, as "New Orleans and Jefferson Parish officials" in blind-6; "The spokesperson for
  the German government" and "the prime minister" (never named in the article) are `official_title`.
* "Initial reports from Omsk hospital" (reports from a named body) is `document`, as "reports from the
  ministry of internal affairs of Belarus" in blind-5; "Video captured X", "NEOC data", "data from the World
  Health Organisation", "The December 6 National Measles Response and Recovery Appeal", "agreed facts heard
  in court", "the report" (quoted with "reads") are `document`.
* "X, according to a report citing the mayor's office, Y" (a chain interrupting the content): the report
  (cue "according to", `anonymous`) gets the whole interrupted clause and the mayor's office (cue "citing",
  `institution`) the part after the attribution, "Y", as "Witnesses, according to The Telegraph, said X"
  in blind-2 and "Local authorities, according to Maritime Bulletin, have noted X" in blind-6.
* "X posted findings estimating Y": source X, cue "estimating" (the findings are the channel, as "the paper"
  in blind-6).
* "X dismissed Y as Z" is a cue like "denounced Y as Z" (content "Y as Z"); "X demanded Y", "X asked for Y",
  "X called for Y" give the content "Y"; "X lashed out at Y" is a cue like "criticized" (content "Y"), all
  not check-worthy; "X has blamed Y for Z" gives "Y for Z" (not check-worthy); "X recommended Y do Z" gives
  "Y do Z" (not check-worthy); "X identified Y as Z" gives "Y as Z".
* A clause whose subject "has been projected" with a preceding relative adverb ("where Joe Biden has been
  projected to have defeated ...") is an unattributed claim of its own, from the subject on ("where" left
  out; unlike "which", it is not the subject); "face allegations they ...", "Reported cases also appeared"
  and "an alleged murder weapon" are agentless cues (unattributed, content the whole clause).
* "X announced the decision" whose content was given in the same sentence by the reporter, "declared
  similar measures" (a performative act, as "declared a state of emergency" in blind-6) and "was first
  confirmed by the government on October 16" (the date of an official confirmation) are unattributed events;
  "have been critical" with no content and "The study didn't exclude X" (a negative finding, as blind-6) are
  unattributed claims for the clause.
* Two quoted fragments joined only by the reporter's "and" ('as saying "A" and "B."') are one claim whose
  content runs from A to B, `direct`; "X quoted Y as saying Z" gives X (cue "quoted") and Y (cue "as
  saying") Z, as "cited ... as saying" in blind-5.
* A sentence listing numbers that continues a "reported" sentence without a new cue ("Out these, 1846
  persons were hospitalized ...") reuses its source and cue (blind-4); a future arrangement stated by the
  reporter ("were to be lifted", "is to remain on the islands") is not check-worthy.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import build, c  # noqa: E402 (the folder is put on the path just above)

ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "evaldata" / "articles" / "wikinews-more.jsonl"
OUT = Path(__file__).with_name("attribution-wikinews-blind-7.jsonl")

# 0-based line of each article in ARTICLES (checked when the texts are loaded)
LINES = {
    "wn-2020-08-22-russia-s-navalny-airlifted-to-germany": 232,
    "wn-2020-09-05-germany-says-alexei-navalny-poisoned-wit": 238,
    "wn-2020-11-17-violence-breaks-out-in-washington-dc-at-": 255,
    "wn-2019-01-16-lion-air-disaster-crashed-jet-s-voice-re": 12,
    "wn-2020-01-20-study-people-infected-by-new-coronavirus": 166,
    "wn-2019-08-24-missing-new-york-city-chef-andrea-zamper": 80,
    "wn-2020-01-01-samoan-government-ends-state-of-emergenc": 157,
    "wn-2019-02-01-toronto-serial-killer-bruce-mcarthur-ple": 17,
}


# --------------------------------------------------------------------------- annotations
# Datelines ("Wednesday, January 16, 2019") and headlines are not annotated.
DOCS = [
    (
        # line 232
        "wn-2020-08-22-russia-s-navalny-airlifted-to-germany",
        [
            c(
                "Today, Russian opposition leader Alexei Navalny was airlifted from the city of Omsk in Siberia to Berlin, Germany"
            ),
            c("Navalny has been suffering from a serious medical condition since Thursday"),
            c("Navalny was poisoned", "His associates", "have alleged", "anonymous"),
            c("Alexei Navalny is an outspoken critic of Russian president Vladimir Putin"),
            c("Navalny was transferred from the hospital in Omsk to Charité in Berlin via air ambulance"),
            c("Cinema for Peace Foundation, a Berlin-based non-profit, provided for the medical evacuation"),
            c("On Thursday, Navalny was flying from Tomsk in Siberia headed for Moscow when he fell ill"),
            c("The flight was redirected to Omsk, so he could be hospitalized"),
            c("he drank tea laced with poison", "Associates of Navalny", "alleged", "anonymous"),
            c("no traces of poison was found in his blood or urine", "Hospital officials in Omsk", "said", "anonymous"),
            c("As of Friday, Navalny was in a medically induced coma"),
            c(
                "Navalny would be undergoing extensive medical diagnostics",
                "[[Charité]] said",
                "Charité [[said]]",
                "institution",
                cw=False,
            ),
            c(
                "His family would be consulted before any comment on his condition would be released",
                "[[Charité]] said",
                "Charité [[said]]",
                "institution",
                cw=False,
            ),
            c("patience", "The hospital", "asked for", "institution", cw=False),
        ],
    ),
    (
        # line 238
        "wn-2020-09-05-germany-says-alexei-navalny-poisoned-wit",
        [
            c(
                "Russian opposition leader Alexei Navalny was poisoned with Novichok, a range of neurotoxins developed by the Soviet Union",
                "the German government",
                "government [[said]] Russian",
                "institution",
            ),
            c(
                "Last month, Alexei Navalny was airlifted from Omsk to Berlin because of falling ill, and transferred to a hospital in Berlin, Charité"
            ),
            c(
                "the tests by a military laboratory found Novichok in Navalny's blood",
                "The German government",
                "announced",
                "institution",
            ),
            c(
                'there was "unequivocal" proof he had been poisoned',
                "The German government",
                "and [[said]] there",
                "institution",
                q="mixed",
            ),
            c(
                "the attack",
                "The spokesperson for the German government",
                "condemned",
                "official_title",
                cw=False,
            ),
            c(
                "an explanation from Russia",
                "Angela Merkel, the Chancellor of Germany",
                "demanded",
                "named_person",
                cw=False,
            ),
            c(
                "the claim from Berlin as groundless",
                "The Russian government",
                "dismissed",
                "institution",
                cw=False,
            ),
            c(
                "Navalny was airlifted from Omsk to Berlin in August when he was suffering from a serious medical condition"
            ),
            c("Navalny is an outspoken critic of Russian president Vladimir Putin"),
            c("alleged [[Navalny was poisoned]]", "his associates", "had alleged", "anonymous"),
            c(
                "no traces of poison were found in his blood or urine before he was airlifted by Berlin non-profit Cinema for Peace Foundation",
                "Initial reports from Omsk hospital",
                "hospital [[reported]]",
                "document",
            ),
        ],
    ),
    (
        # line 255
        "wn-2020-11-17-violence-breaks-out-in-washington-dc-at-",
        [
            c(
                "Violence broke out on Saturday when several thousand people rallied at Freedom Plaza in the US capital city of Washington, DC in support of US President Donald Trump to protest the results of the 2020 US Presidential Election"
            ),
            c(
                "former US Vice-President Joe Biden has been projected to have defeated the incumbent in both the popular vote and the electoral college",
                None,
                "has been projected",
            ),
            c(
                "The demonstrations were initially peaceful, but clashes with counter-protesters broke out by the evening hours"
            ),
            c("two factions pushing, punching, and throwing projectiles", "Video", "captured", "document"),
            c("fireworks and flash bangs were used", "A report", "alleged", "anonymous"),
            c(
                "As a result of Saturday's unrest, according to a report citing the mayor's office, twenty people were arrested, and two police officers were injured",
                "according to [[a report]]",
                "[[according to]] a report",
                "anonymous",
            ),
            c(
                "twenty people were arrested, and two police officers were injured",
                "the mayor's office",
                "citing",
                "institution",
            ),
            c(
                "the capital city's Democratic mayor Muriel Bowser",
                "President Trump",
                "lashed out at",
                "named_person",
                cw=False,
            ),
            c('her of "not doing her job', "President Trump", "accusing", "named_person", q="mixed", cw=False),
            c(
                "Democratic leadership for violence and unrest in various US cities throughout 2020",
                "[[The president]] has blamed",
                "has blamed",
                "named_person",
                cw=False,
            ),
            c("The president has not yet conceded the election"),
            c(
                "widespread voter fraud with mail-in ballots",
                "[[The president]] has not",
                "has claimed",
                "named_person",
            ),
            c("made various legal challenges"),
            c(
                "there is currently no evidence to support the President's claims of widespread voter fraud",
                "State and federal election officials",
                "have stated",
                "anonymous",
            ),
        ],
    ),
    (
        # line 12
        "wn-2019-01-16-lion-air-disaster-crashed-jet-s-voice-re",
        [
            c(
                "the cockpit voice recorder from Lion Air Flight 610 has been recovered from the Java Sea",
                "The National Transportation Safety Committee of Indonesia",
                "announced",
                "institution",
            ),
            c("All 189 on the aircraft died when the flight came down last October"),
            c(
                'The device was located and recovered "broken into two pieces" from under eight metres (about 25 feet) of mud',
                "according to [[investigators]]",
                "according to",
                "anonymous",
                q="mixed",
            ),
            c(
                "The new Boeing 737 Max was not airworthy, investigators have said, and should not have taken off",
                "airworthy, [[investigators]] have said",
                "have said",
                "anonymous",
            ),
            c(
                "It was commencing a journey from Jakarta to Pangkal Pinang and hit the ocean at speed shortly after asking air traffic control to return"
            ),
            c("It disintegrated upon impact"),
            c(
                "The location of the device, and the location of the flight data recorder recovered in November, were around 50\u00a0m (165\u00a0ft) apart"
            ),
            c("they found human remains nearby the second recorder", "Authorities", "said", "anonymous"),
            c("Lion Air has been funding extended searches for both the recorder and outstanding human remains"),
            c(
                "The aircraft had been operating for days with a malfunctioning airspeed indicator; its angle of attack sensor had recently been replaced"
            ),
            c(
                "a new feature on the 737 Max, which had not suffered a crash before, was forcing the nose down in an erroneous attempt to prevent an aerodynamic stall, while the pilots tried and failed to correct this",
                "Preliminary investigations",
                "suggest",
                "anonymous",
            ),
        ],
    ),
    (
        # line 166
        "wn-2020-01-20-study-people-infected-by-new-coronavirus",
        [
            c(
                "the number of people infected with a new coronavirus may considerably exceed 1000",
                "researchers at Imperial College London",
                "estimating",
                "anonymous",
            ),
            c("The SARS-like virus first appeared in December in Wuhan, China"),
            c(
                "it has infected over 200 people mostly in Wuhan and killed three people",
                "Chinese officials",
                "confirmed",
                "anonymous",
            ),
            c("Reported cases also appeared in Thailand, South Korea, and Japan", None, "Reported"),
            c(
                "The study was conducted by Imperial College London's MRC Centre for Global Infectious Disease Analysis pursuant to a strange case of pneumonia in China"
            ),
            c(
                'The study accounts for air traffic flow and known cases outside China to construe the estimate, a "total of 1,723 cases" in Wuhan on January 12'
            ),
            c("The research team posted their findings online before official publication"),
            c(
                "It is likely that the Wuhan outbreak of a novel coronavirus has caused substantially more cases of moderate or severe respiratory illness than currently reported",
                "the report",
                "reads",
                "document",
                q="direct",
            ),
            c(
                "the virus was transferred to humans from animals in a seafood market in Wuhan, where most of the infected people were found",
                "Chinese authorities",
                "have speculated",
                "anonymous",
            ),
            c("The study didn't exclude the possibility of human-to-human transmission"),
            c("Singapore and Hong Kong have intensified screening for Wuhan airline passengers"),
            c(
                "From Friday, United States authorities declared similar measures for San Francisco, Los Angeles and New York major airports"
            ),
        ],
    ),
    (
        # line 80
        "wn-2019-08-24-missing-new-york-city-chef-andrea-zamper",
        [
            c(
                "Andrea Zamperoni, the head chef of New York City's Cipriani Dolci restaurant, was discovered dead on Wednesday in Queens, New York",
                "according to [[police]]",
                "[[according to]] police",
                "institution",
            ),
            c(
                "his roommates said they last saw him on the preceding Saturday, August 17, after his shift at Cipriani Dolci in Manhattan",
                "Fernando Dallorso, the general manager of Cipriani Dolci",
                "Dolci, [[said]] his",
                "named_person",
            ),
            c(
                "they last saw him on the preceding Saturday, August 17, after his shift at Cipriani Dolci in Manhattan",
                "his roommates",
                "roommates [[said]]",
                "anonymous",
            ),
            c("When he didn't come to work on Monday, his coworkers alerted the authorities"),
            c("Zamperoni was discovered, unresponsive, at Kamway Lodge & Tavern, a hostel near LaGuardia Airport"),
            c(
                "Police were answering a call regarding an unconscious man when they reached the scene at around 8:30 p.m. (0030 UTC)"
            ),
            c("Zamperoni was pronounced dead at the scene"),
            c(
                "As of Thursday, police were investigating the conditions leading up to his death, with no cause of death confirmed yet by the medical examiner"
            ),
            c(
                "for days Zamperoni's phone was off and Zamperoni had not used his bank cards",
                "According to [[Dallorso]]",
                "According to",
                "named_person",
            ),
            c(
                "Zamperoni, 33, worked for somewhat over a year at Cipriani Dolci in Grand Central Terminal, but worked for Cipriani S.A., which owns the restaurant, for more than ten years, including abroad at Cipriani's London restaurant"
            ),
            c("His brother is a chef at the London location now"),
        ],
    ),
    (
        # line 157
        "wn-2020-01-01-samoan-government-ends-state-of-emergenc",
        [
            c("On Sunday, the state of emergency begun on November 15 over a measles outbreak ended in Samoa"),
            c(
                "The island nation's cabinet unanimously voted to lift it on Saturday afternoon, and the National Emergency Operation Centre (NEOC) announced the decision that night"
            ),
            c(
                "a 95% immunization rate on December 24, and the last measles-related death during the state of emergency on December 26",
                "[[NEOC]] reported",
                "NEOC [[reported]]",
                "institution",
            ),
            c("Restrictions on public gathering and travel were to be lifted, and schools to reopen", cw=False),
            c(
                "The Health Emergency Operation Center were to take over the relief efforts centralized under the National Emergency Operation Centre",
                cw=False,
            ),
            c(
                "The Ministry of Health and the Ministry of Foreign Affairs were tasked to produce a recovery plan within two weeks for consideration by the cabinet"
            ),
            c(
                "a total of 5667 cases during the outbreak",
                "the Disease Surveillance Team",
                "Team [[reported]]",
                "institution",
            ),
            c(
                "Out these, 1846 persons were hospitalized and 1720 had already been discharged, while 81 had lost their lives",
                "the Disease Surveillance Team",
                "Team [[reported]]",
                "institution",
            ),
            c(
                "children under 5 years of age as having the highest mortality, corresponding with the relative shortfall of vaccination in the age group",
                "The December 6 National Measles Response and Recovery Appeal",
                "identified",
                "document",
            ),
            c(
                "Tupua Tamasese Meaole Hospital returned to normal operation on Sunday, joining Faleolo District Hospital and Leulumoega District Hospital, which returned to normal on Friday"
            ),
            c(
                "During the peak of the outbreak, Tupua Tamasese Meaole's Acute Primary Care Clinic and Leulumoega District hospital were made measles wards, and Leulumoega District Hospital was designated to deal with patients without measles, in an effort to quarantine infected individuals"
            ),
            c(
                "The Australian medical mission's fifth rotation is to remain on the islands until January 4 to help facilitate the transition",
                cw=False,
            ),
            c(
                "On Sunday teams had already begun to disassemble the tents erected to deal with the large number of admissions"
            ),
            c(
                "The state of emergency was expected to end on December 15, but on December 14 it was extended by two weeks to allow the immunization campaign to continue"
            ),
            c("a 100% immunization rate", "the prime minister", "called for", "official_title", cw=False),
            c("92% had been reached", "the prime minister", "stated", "official_title"),
            c("As of Sunday, the rate had reached 95%", "NEOC data", "according to", "document"),
            c(
                "populations with sufficiently high vaccination rates have enough herd immunity to prevent any further infections from spreading out of control, meaning an infected person is not likely to come into contact with enough unvaccinated people to cause a chain reaction",
                "Aid agencies",
                "say",
                "anonymous",
            ),
            c(
                "they had delivered over 105 thousand doses of vaccine to Samoa by November 22",
                "UNICEF",
                "reported",
                "institution",
            ),
            c("The national vaccination campaign started on November 20"),
            c(
                "A government order made vaccination mandatory and free of charge for children between six months and 19 years of age and for women between 20 and 35, considered childbearing age"
            ),
            c(
                "On December 5 and 6, the government of Samoa executed a planned shutdown of public services and the private sector to leave room for a nationwide door-to-door immunization drive"
            ),
            c("128 vaccination teams participated", "The government", "said", "institution"),
            c(
                "To curb the spread of disease, the government prohibited inter-island travel for those under 19, schools were closed"
            ),
            c(
                "residents avoid public gatherings and medical facilities unless they were in need of medical attention",
                "authorities",
                "recommended",
                "anonymous",
                cw=False,
            ),
            c("Unvaccinated pregnant women were prohibited from going to their workplaces"),
            c(
                "The outbreak was first confirmed by the government on October 16, after the Victorian Infectious Disease Reference Laboratory in Melbourne tested 7 out of 20 suspected cases positive for measles"
            ),
            c(
                "In 2019 in the Pacific region, outbreaks of measles were declared in parts of the Philippines first on February 6, Tonga on October 22, Fiji on November 7, and American Samoa on December 8"
            ),
            c("The D8 strain, which caused a New Zealand outbreak, has been identified in Samoa and Fiji"),
            c("New Zealand serves as a travel hub for small Pacific nations"),
            c(
                "in 2018 there were approximately 10 million cases of measles and 140 thousand related deaths worldwide",
                "data from the World Health Organisation",
                "According to",
                "document",
            ),
        ],
    ),
    (
        # line 17
        "wn-2019-02-01-toronto-serial-killer-bruce-mcarthur-ple",
        [
            c("Bruce McArthur, from Toronto, Canada, on Tuesday admitted his guilt in eight murders"),
            c("McArthur pleaded guilty to each crime at the Superior Court"),
            c(
                "Beginning in 2010 and continuing for seven years, McArthur murdered gay men; all but one victim was found dismembered in large planters at a house he had access to"
            ),
            c("The eighth was discovered in a nearby ravine"),
            c(
                "McArthur's first victim of the eight was 40-year-old Skandaraj Navaratnam, a former boyfriend and employee of McArthur"
            ),
            c("The 67-year-old killer had kept a bracelet of Navaratnam's"),
            c("Other items kept from victims include a notebook from one victim and further jewellery from another"),
            c(
                "A search of McArthur's van found an alleged murder weapon, which was not publicly identified",
                None,
                "alleged",
            ),
            c("inside McArthur's home was a bag with syringes, a glove, duct tape, zip ties, and a bungee cord"),
            c(
                'Six of the murders were, according to agreed facts heard in court, "sexual in nature" and five of those involved ligatures',
                "agreed facts heard in court",
                "according to",
                "document",
                q="mixed",
            ),
            c("Several of the deceased had links to an area of the city known as the Gay Village"),
            c(
                "Many were vulnerable, but the final victim, LGBT activist Andrew Kinsman, 49, was quickly reported missing"
            ),
            c(
                "It is now known McArthur was twice interviewed by police during the killings before he was linked to them"
            ),
            c("McArthur travelled selling socks and other undergarments"),
            c("He also ran a small landscaping business"),
            c("Sentencing is scheduled for February 4"),
            c(
                "McArthur faces a mandatory life sentence with a minimum term of 25 years for first-degree murder; the prosecution can seek to run these consecutively"
            ),
            c(
                'a "significant development" was likely at Tuesday\'s hearing',
                "Toronto Police",
                "indicated",
                "institution",
                q="mixed",
                cw=False,
            ),
            c(
                'Toronto Police, which indicated on Monday a "significant development" was likely at Tuesday\'s hearing, face allegations they failed to react quickly enough to the series of disappearances',
                None,
                "face allegations",
            ),
            c("Some members of the local LGBT community have been critical"),
            c(
                "a broader probe into the surrounding circumstances may be required",
                "mayor John Tory",
                "suggested",
                "named_person",
                cw=False,
            ),
            c(
                'she felt Tuesday\'s pleas might provide "some solace for the families and friends of the victims, and for the community more broadly," but would not answer questions being asked of authorities',
                "National LGBT news source Daily Xtra\u200d's editorial director, Rachel Giese",
                "Giese, [[said]]",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                'Tuesday\'s pleas might provide "some solace for the families and friends of the victims, and for the community more broadly," but would not answer questions being asked of authorities',
                "said [[she]] felt",
                "felt",
                "named_person",
                q="mixed",
                cw=False,
            ),
        ],
    ),
]


if __name__ == "__main__":
    build(DOCS, ARTICLES, LINES, OUT)
