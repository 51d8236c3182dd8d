#!/usr/bin/env python3
"""Build tests/data/attribution-wikinews-blind-5.jsonl: 8 real Wikinews articles (2019-2020, CC BY 2.5,
Wikinews, en.wikinews.org), hand-annotated per /work/shared/evaldata/gold/GUIDELINE.md (same approach as
gold/src/dev_spec.py + tools/build_gold.py: spans are written as strings, offsets are resolved and
round-trip checked).

The texts are not copied here: they are read, unmodified, by doc_id from
/work/shared/evaldata/articles/wikinews-more.jsonl (lines 215, 55, 126, 10, 64, 148, 258 and 227, 0-based).
None of them is used by any other set in this folder (the LINES and doc_ids of every build_*.py and
*.jsonl here), by gold-dev (or gold/src) or by wikinews-mideast-dev. This is a fifth BLIND set: it was
annotated from the text and the guideline only, without running or reading the suggester or any
prediction on these articles, and is meant to be scored once, at the end. The articles were chosen among
the unused ones for their reporting cues, unnamed sources ("Authorities said", "wildlife officials",
"Initial reports stated", "according to officials", "government authorities", "a hospital spokesperson",
"some local press", "According to reports", "news sources noted", "multiple national news outlets"),
nested attributions ("NDTV later reported officials ... stated", "CNN Philippines reported the governor
said", "The BBC also cited ... as saying") and unattributed numbers.

    python3 tests/data/build_wikinews_blind5.py [OUT.jsonl]

c(content, src, cue, t=attribution_type, q=quote_type, anon=anonymity_reason, cw=checkworthy, n=occurrence)
A string may carry an anchor: "left [[target]] right" locates `left target right` and keeps `target`.
content: n-th occurrence (default first); source/cue: the occurrence nearest to the content span
(mentions outside the content preferred).

Conventions where the guideline is silent (those of build_wikinews_blind2.py, build_wikinews_blind3.py and
build_wikinews_blind4.py, plus):
* "Authorities", "government authorities", "(wildlife/forest/Philippine) officials", "Initial reports",
  "reports", "some local press", "news sources", "multiple national news outlets", "Other Republicans"
  (unidentified people or bodies) are `anonymous`; "a hospital spokesperson", "the bus driver" (unnamed,
  identified by role, on record) are `official_title`; "An autopsy" and "reports from the ministry of
  internal affairs of Belarus ..., and Vyasna ..." are `document`; a named force, agency or outlet is
  `institution`; "the governor" (anaphoric, a named person) is `named_person`.
* A nested belief or suspicion verb ("they believed", "police suspect") inside reported content gets a
  claim of its own (as "reportedly believe" in blind-3); "X reported Y said Z" with Z standing before the
  attribution ("Z, CNN Philippines reported the governor said") gives both sources the content Z (as the
  chains of blind-2); "X cited Y as saying Z" likewise gives X (cue "cited") and Y (cue "as saying") Z.
* An "according to" that follows a first coordinate and precedes a coordinate with its own "reportedly"
  covers the first coordinate only; the "reportedly" coordinate is an unattributed claim of its own. A
  "reportedly" inside a content that an "according to" interrupts gets no claim of its own (blind-2).
* "she described as Y", "X denounced Y as Z" are cues like "called X Y" (content "Y" / "Y as Z", not
  check-worthy); "X vowed/promised to Z" gives the content "to Z" (not check-worthy); "is projected", "was
  projected" (agentless) are unattributed with the cue filled in, the content the whole clause.
* Hedged past-fact hypotheses and estimates ("she may have starved for up to 20 days", "may have tried to
  eat") are check-worthy; a reporter's evaluation ("a drastic departure in tone") is not annotated.
* "X said Z, and Y" with Y continuing the same speech (Zoe-style coordinates) stays one claim.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import build, c  # noqa: E402 (the folder is put on the path just above)

ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "evaldata" / "articles" / "wikinews-more.jsonl"
OUT = Path(__file__).with_name("attribution-wikinews-blind-5.jsonl")

# 0-based line of each article in ARTICLES (checked when the texts are loaded)
LINES = {
    "wn-2020-06-07-suspect-arrested-in-death-of-elephant-in": 215,
    "wn-2019-06-01-man-sets-himself-on-fire-outside-us-whit": 55,
    "wn-2019-10-11-indonesian-security-minister-wiranto-sta": 126,
    "wn-2019-01-12-state-run-bus-crashes-in-cuba-en-route-t": 10,
    "wn-2019-07-15-earthquake-injures-25-people-in-southern": 64,
    "wn-2019-11-27-hundreds-of-hong-kong-district-council-s": 148,
    "wn-2020-11-26-us-federal-agency-announces-plans-to-beg": 258,
    "wn-2020-08-03-belarussian-opposition-presidential-cand": 227,
}


# --------------------------------------------------------------------------- annotations
# Datelines ("Saturday, June 1, 2019") and headlines are not annotated.
DOCS = [
    (
        # line 215
        "wn-2020-06-07-suspect-arrested-in-death-of-elephant-in",
        [
            c(
                "On Friday, Indian officials in Kerala arrested a man in connection with the death of a pregnant female elephant suffering from explosive injuries"
            ),
            c(
                "they believed a fruit filled with firecrackers had exploded in her mouth, damaging her jaw and ultimately leading to her death",
                "Authorities",
                "said",
                "anonymous",
            ),
            c(
                "a fruit filled with firecrackers had exploded in her mouth, damaging her jaw and ultimately leading to her death",
                "[[they]] believed",
                "believed",
                "anonymous",
            ),
            c(
                "the 15-year-old elephant's injuries were discovered on May 25 after she was observed standing in the Velliyar River",
                "wildlife officials",
                "According to",
                "anonymous",
            ),
            c(
                "Despite attempts by officials to lure her out using two other elephants, the injured elephant remained in the river and died two days later"
            ),
            c("the elephant was pregnant", "An autopsy", "determined", "document"),
            c(
                "she may have starved for up to 20 days or longer",
                "[[officials]] estimated",
                "estimated",
                "anonymous",
            ),
            c(
                "The incident gained media attention after local wildlife officer Mohan Krishnan shared his experience on Facebook"
            ),
            c("Some people expressed their outrage on social media as the incident became known"),
            c(
                'an arrest of a rubber tapper — a man in his forties identified only as "P Wilson" — in the elephant\'s death',
                "Officials",
                "announced",
                "anonymous",
            ),
            c(
                "as of yesterday two other suspects were reportedly at large",
                None,
                "reportedly",
            ),
            c(
                "the firecracker-laden fruit was a pineapple",
                "Initial reports",
                "stated",
                "anonymous",
            ),
            c(
                "officials, following an investigation, stated it was a coconut",
                "NDTV",
                "reported",
                "institution",
            ),
            c(
                "it was a coconut",
                "reported [[officials]], following",
                "investigation, [[stated]] it",
                "anonymous",
            ),
            c(
                'the elephant may have tried to eat a "pig cracker" meant to repel wild boars',
                "Forest officials",
                "suggested",
                "anonymous",
                q="mixed",
            ),
        ],
    ),
    (
        # line 55
        "wn-2019-06-01-man-sets-himself-on-fire-outside-us-whit",
        [
            c(
                "At around 12:20 p.m. local time on Wednesday (1620 UTC) in the United States capital city Washington DC, Arnav Gupta, 33-year-old of Bethesda, Maryland, set himself on fire in a publicly accessible area called the Ellipse, between the south lawn of the White House and the Washington Monument"
            ),
            c(
                "Gupta was transported to a local hospital and originally listed in critical condition, according to officials, with burns over reportedly 85% of his body",
                "officials",
                "condition, [[according to]] officials",
                "anonymous",
            ),
            c("He died that night"),
            c("Emergency responders included the Secret Service and US Park Police"),
            c(
                "Responders drove their vehicles onto the Ellipse where an officer used a fire extinguisher to put out the flames"
            ),
            c(
                "a single male was transported to a local hospital and the response took place within seconds",
                "The Secret Service",
                "confirmed",
                "institution",
            ),
            c(
                "On Wednesday morning Gupta's family members filed a missing persons report",
                "the Montgomery County Police Department",
                "according to",
                "institution",
            ),
            c("Tourists captured pictures and video of the incident"),
            c("Once the white extinguisher smoked cleared the man had collapsed"),
            c("Surrounding areas were reportedly shut down", None, "reportedly"),
            c("As of Thursday, no official statement had been made on the man's motivation"),
            c(
                "Gupta's self-immolation follows another attempt in April where a wheelchair-using individual attempted to set his jacket on fire along the north lawn fence line"
            ),
        ],
    ),
    (
        # line 126
        "wn-2019-10-11-indonesian-security-minister-wiranto-sta",
        [
            c(
                "Yesterday, Indonesia's security minister Wiranto was stabbed",
                "government authorities",
                "according to",
                "anonymous",
            ),
            c("Wiranto, who was visiting the town of Pandeglang in the province of Banten, survived the attack"),
            c(
                'Wiranto suffered "two deep wounds" in the attack',
                "a hospital spokesperson",
                "according to",
                "official_title",
                q="mixed",
            ),
            c("The local police chief and two others were also injured"),
            c(
                "Wiranto was flown to a hospital in Jakarta, and that his condition was stable",
                "Al Jazeera",
                "reported",
                "institution",
            ),
            c(
                "two suspects were arrested",
                "Dedi Prasetyo, a spokesperson for the Indonesian National Police",
                "confirmed",
                "named_person",
            ),
            c(
                'police suspect the attackers had been "exposed to radicalism',
                "He",
                "told",
                "named_person",
                q="mixed",
            ),
            c(
                'the attackers had been "exposed to radicalism',
                "that [[police]] suspect",
                "suspect",
                "institution",
                q="mixed",
            ),
            c(
                "the suspects were linked to the Jamaah Ansharut Daulah network, which itself was related to the Islamic State",
                "The BBC",
                "cited",
                "institution",
            ),
            c(
                "the suspects were linked to the Jamaah Ansharut Daulah network, which itself was related to the Islamic State",
                "Budi Gunawan, chief of the Indonesian State Intelligence Agency",
                "as saying",
                "named_person",
            ),
            c("The attack came less than two weeks before Indonesian President Joko Widodo's second term inauguration"),
            c("Widodo designated Wiranto, a former general, as the nation's security minister in 2016"),
            c(
                "Widodo was planning to visit Wiranto, who was being treated at the Gatot Soebroto Army Hospital",
                "Al Jazeera",
                "reported",
                "institution",
                cw=False,
            ),
        ],
    ),
    (
        # line 10
        "wn-2019-01-12-state-run-bus-crashes-in-cuba-en-route-t",
        [
            c(
                "A bus operated by Viazul, which is run by the Cuban military's tourist section, crashed on Thursday between Baracoa and Guantanamo"
            ),
            c("It was carrying a mix of locals and foreigners from Baracoa to Havana"),
            c("The crash reportedly killed seven", None, "reportedly"),
            c("The bus overturned in wet conditions"),
            c("he lost control", "the bus driver", "told", "official_title"),
            c(
                "he was attempting to pass another vehicle",
                "some local press",
                "claiming",
                "anonymous",
            ),
            c("The front-left section of the vehicle was heavily damaged in the rollover"),
            c("At least one seat was pictured lying beside the wreck"),
            c("of the 40 passengers, 22 were Cuban", "reports", "According to", "anonymous"),
            c("Foreign nationals were from France, Mexico, the Netherlands, Canada, and the United Kingdom"),
            c(
                "Four of the deceased were from overseas; they were two Argentinians, one from France, and a fourth from Germany"
            ),
            c("The crash took place on a bendy road at around 15:00 local time"),
            c(
                "Cuban roads suffer a large number of accidents; 2018 saw 11,187 recorded accidents leading to 750 deaths and 7,999 injuries"
            ),
            c(
                "Thursday's accident was the fourth major bus crash in a month",
                "Sky News",
                "said",
                "institution",
            ),
            c(
                "In addition to the deaths, 33 were reported hopitalised with five seriously injured",
                None,
                "were reported",
            ),
        ],
    ),
    (
        # line 64
        "wn-2019-07-15-earthquake-injures-25-people-in-southern",
        [
            c(
                "At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck Surigao del Sur, Philippines, injuring at least 25 people and damaging churches, houses, and other infrastructure",
                "Philippine officials",
                "according to",
                "anonymous",
            ),
            c(
                "the towns damaged were primarily Carrascal, Cantilan, Madrid, Carmen, Lanuza, and Cortes",
                "Governor Alexander Pimentel",
                "told",
                "named_person",
            ),
            c(
                "the epicenter was located roughly nine kilometers (about six miles) east of Carrascal, 73 km (45 miles) north of Tandag City, the capital of Surigao del Sur",
                "the Philippine Institute of Volcanology and Seismology (Phivolcs)",
                "According to",
                "institution",
            ),
            c(
                "the earthquake's magnitude was 5.5",
                "[[Phivolcs]] reported",
                "Phivolcs [[reported]]",
                "institution",
            ),
            c(
                "5.8",
                "United States Geological Survey (USGS)",
                "(USGS) [[reported]]",
                "institution",
            ),
            c(
                "Madrid District Hospital in the town of Madrid, which sustained cracks on concrete walls with some pieces falling to the ground, treated 25 wounded people who evacuated to the hospital",
                "[[CNN Philippines]] reported the governor",
                "CNN Philippines [[reported]] the governor",
                "institution",
            ),
            c(
                "Madrid District Hospital in the town of Madrid, which sustained cracks on concrete walls with some pieces falling to the ground, treated 25 wounded people who evacuated to the hospital",
                "the governor",
                "the governor [[said]]",
                "named_person",
            ),
            c("Earlier this year, northern Philippines suffered a 6.3 magnitude earthquake causing eleven deaths"),
        ],
    ),
    (
        # line 148
        "wn-2019-11-27-hundreds-of-hong-kong-district-council-s",
        [
            c(
                "On Sunday, Hong Kongers turned out more than 2.9 million strong to vote in their district-level elections"
            ),
            c(
                "Over 80% of the 452 available  district council seats went to pro-democracy candidates, often ousting pro-Beijing candidates, giving them control of 17 out of 18 of the area's districts"
            ),
            c(
                "The district council is the only level of Hong Kong government that is, as news sources noted, completely democratic",
                "news sources",
                "news sources [[noted]]",
                "anonymous",
            ),
            c("the councilors make up about a tenth part of the body that elects the chief executive of Hong Kong"),
            c(
                "Most councilors' duties involve action at the neighborhood level, like maintaining parks, arranging trash collection, and dealing with pests, which in at least one case involved wild boars"
            ),
            c(
                "Hong Kong's district elections are, reportedly, usually quiet",
                None,
                "reportedly",
            ),
            c("this year not even one district council candidate ran unopposed"),
            c("The turnout was about 71%, some 25% higher than last year"),
            c(
                "Today we are trying to do the best we can for Hong Kong right now. Every little step matters [...] It is a protest vote against an authoritarian government; we cannot tolerate this government's policies anymore",
                "Voter Kitty Mak",
                "told",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "the turnout was seen as public support of the protesters who have demonstrated in Hong Kong since June",
                "Chinese University political scientist Ma Ngok",
                "said",
                "named_person",
                cw=False,
            ),
            c(
                "The government and the pro-Beijing camp have always claimed they have public support [...] But now [...] this is a big slap in the face because the public has showed their real position in record numbers",
                "He",
                "noted",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "The city has been home to intense, occasionally violent pro-democracy protests since June of this year, some of which have shut down parts of the city"
            ),
            c(
                "The protests began after the Hong Kong government proposed an amendment to a law to allow the government of mainland China to extradite anyone accused of a crime to the mainland to be prosecuted under the Chinese judicial system, but the motivation behind the events have expanded to include demands for investigations into police brutality and a more representative form of democracy within Hong Kong government"
            ),
            c("About 2.9 million people voted in Sunday's election"),
            c("The total population of Hong Kong is about 7.5 million"),
        ],
    ),
    (
        # line 258
        "wn-2020-11-26-us-federal-agency-announces-plans-to-beg",
        [
            c(
                "On Monday, United States General Services Administration administrator Emily W. Murphy sent a letter to President-elect Joe Biden and his team, giving them permission to access what she described as post-election resources for a presidential transition process following the 2020 US Presidential Election on November 3"
            ),
            c(
                "post-election resources for a presidential transition process",
                "what [[she]] described",
                "described",
                "named_person",
                cw=False,
            ),
            c(
                "former US Vice President Joe Biden won against incumbent US President Donald Trump",
                "multiple national news outlets",
                "have projected",
                "anonymous",
            ),
            c(
                "she made this decision without influence from the White House",
                "Murphy",
                "claimed",
                "named_person",
            ),
            c(
                'she was "never directly or indirectly pressured by any Executive Branch official',
                "[[Murphy]] claimed",
                "insisting",
                "named_person",
                q="mixed",
            ),
            c(
                "she and her family had received violent threats due to her involvement in the process of allowing the incoming president elect access to federal documents",
                "However, [[she]] claimed",
                "However, she [[claimed]]",
                "named_person",
            ),
            c(
                "President Trump, who appointed Murphy to her position himself in 2017, responded to her letter on Twitter"
            ),
            c(
                'the beginning of a presidential transition process "in the best interests of the country',
                "President Trump",
                "calling for",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c("he had won the election", "[[he]] asserted", "asserted", "named_person"),
            c("several key swing states certifying their results in favor of Biden"),
            c("The president did not concede or admit defeat in the election in his statement"),
            c(
                'to keep fighting "the good fight" with court cases challenging the election results in swing states',
                "The president",
                "vowed",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c("To date, the president's claims of widespread voter fraud have not gained any momentum in the courts"),
            c(
                "Two days prior to Michigan's final certification of its election results, a federal judge dismissed a Trump lawsuit attempting to prevent the state of Pennsylvania from certifying their results"
            ),
            c(
                "Trump and his legal team have come under scrutiny from both sides of the aisle in response to their claims of election fraud"
            ),
            c(
                "the delayed transition process could potentially be a threat to national security, in withholding resources from Biden and his team",
                "Biden and others in the Democratic Party",
                "warned",
                "named_person",
                cw=False,
            ),
            c(
                "the president's tweets Monday are likely as near as the US public will ever have to an official concession from the president",
                "Senate minority leader Chuck Schumer",
                "commented",
                "named_person",
                cw=False,
            ),
            c("Other Republicans have broken with Trump"),
            c(
                "him to move forward with the presidential transition",
                "Other Republicans",
                "have urged",
                "anonymous",
                cw=False,
            ),
            c(
                "the Trump legal team's claims as a \"national embarrassment",
                "former New Jersey governor Chris Christie",
                "denounced",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                'the president should accept the election outcome and "move on',
                "businessman and Trump loyalist Stephen Schwarzman",
                "said",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "Over 100 Republican national security experts signed an open letter urging Republican officials to push the president to concede the election"
            ),
            c(
                "Traditionally, the General Services Administration has acted once the national media has called the presidential race for a candidate"
            ),
            c(
                "Joe Biden is projected to win the electoral college and was also victorious in the popular vote, winning by over six million votes",
                None,
                "is projected",
            ),
            c(
                "He was projected on November 7 to have won, and would be sworn into office on January 20",
                None,
                "was projected",
            ),
        ],
    ),
    (
        # line 227
        "wn-2020-08-03-belarussian-opposition-presidential-cand",
        [
            c(
                "On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian presidential election to be held on August 9, held a rally in Minsk, Belarus"
            ),
            c("The rally was visited by several tens of thousands of people"),
            c(
                "was reportedly one of the biggest political events in Belarus in a decade",
                None,
                "reportedly",
            ),
            c(
                "around 18,250 to 63,000 visitors attended the rally",
                "reports from the ministry of internal affairs of Belarus on Friday, and Vyasna, an independent Belarusian human rights center",
                "According to",
                "document",
            ),
            c("A main issue discussed was the liberation of political prisoners arrested during the campaign"),
            c("The rally started around 18:00 local time (1500 UTC)"),
            c("During the first two hours, friends and relatives of political prisoners spoke"),
            c("Belarusian musicians made performances between their speeches"),
            c("Sviatlana Tsikhanouskaya arrived at at about 20:00"),
            c("She spoke about her husband Siarhei, who was arrested in May"),
            c(
                "to conduct new completely fair elections and hold a constitutional referendum to cancel all amendments issued by the current president, Alexander Lukashenko, since 1995",
                "[[She]] spoke about",
                "promised",
                "named_person",
                cw=False,
            ),
            c(
                "voters to vote at the polls, not before election day",
                "[[She]] asked",
                "asking",
                "named_person",
                cw=False,
            ),
            c(
                "Maria Kalesnikava spoke, who headed the campaign of Viktar Babaryka, who was arrested and banned from the election; and Veranika Tsapkala, wife of Valery Tsapkala, a potential presidential candidate who fled the country"
            ),
            c("Within roughly a day before the event, Belarusian KGB arrested 33 Russian individuals"),
            c(
                'them to be mercenaries, who allegedly were preparing to organize "terrorism" in association with the election',
                "Belarusian KGB",
                "claiming",
                "institution",
                q="mixed",
            ),
            c("The government strengthened security measures during the rally"),
        ],
    ),
]


if __name__ == "__main__":
    build(DOCS, ARTICLES, LINES, OUT)
