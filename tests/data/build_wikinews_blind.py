#!/usr/bin/env python3
"""Build tests/data/attribution-wikinews-blind.jsonl: 12 real Wikinews articles (2019-2020, CC BY 2.5,
Wikinews, en.wikinews.org), hand-annotated per /work/shared/evaldata/gold/GUIDELINE.md (same approach as
gold/src/dev_spec.py + tools/build_gold.py: spans are written as strings, offsets are resolved and
round-trip checked).

The texts are not copied here: they are read, unmodified, by doc_id from
/work/shared/evaldata/articles/wikinews-more.jsonl (lines 6, 196, 87, 194, 11, 228, 224, 70, 36, 71, 49
and 191, 0-based). This is the BLIND half of the Wikinews development set: it was annotated from the text
and the guideline only, and is meant to be scored once, at the end.

    python3 tests/data/build_wikinews_blind.py [OUT.jsonl]

c(content, src, cue, t=attribution_type, q=quote_type, anon=anonymity_reason, cw=checkworthy, n=occurrence)
A string may carry an anchor: "left [[target]] right" locates `left target right` and keeps `target`.
content: n-th occurrence (default first); source/cue: the occurrence nearest to the content span
(mentions outside the content preferred).
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import c, write  # noqa: E402 (the folder is put on the path just above)

ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "evaldata" / "articles" / "wikinews-more.jsonl"
OUT = Path(__file__).with_name("attribution-wikinews-blind.jsonl")


def load_texts(path=ARTICLES):
    """doc_id -> text, exactly as stored."""
    texts = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                texts[d["doc_id"]] = d["text"]
    return texts


# --------------------------------------------------------------------------- annotations
# Datelines ("Monday, January 7, 2019"), pull-quote captions ("—Łukasz Szumowski on ..."), headlines and
# the Spanish/Hindi originals of quotes already annotated in English are not annotated.
DOCS = [
    (
        # line 6
        "wn-2019-01-07-president-trump-says-he-can-and-may-put-",
        [
            c(
                "he can and may declare a national state of emergency, which he said would allow him to act without approval from Congress and allocate funding for the construction of a wall along the country's border with Mexico",
                "United States President Donald Trump",
                "[[said]] on Friday he can",
                "named_person",
            ),
            c(
                "would allow him to act without approval from Congress and allocate funding for the construction of a wall along the country's border with Mexico",
                "which [[he]] said",
                "which he [[said]]",
                "named_person",
            ),
            c(
                "The US government is currently partially shut down because the president and Congress could not agree on a national budget"
            ),
            c(
                "the budget include funding for the wall, which was one of his campaign promises",
                "[[The President]] insists",
                "insists",
                "named_person",
                cw=False,
            ),
            c("Congress has not passed his proposed budget"),
            c(
                "I can do it [call a national emergency] if I want. I may do it",
                '[[Trump]] said on Friday "I can',
                'Trump [[said]] on Friday "I can',
                "named_person",
                q="direct",
            ),
            c(
                "he would prefer to agree a solution with the opposition",
                "[[Trump]] also said",
                "also [[said]] that he would",
                "named_person",
                cw=False,
            ),
            c(
                "I never threaten anybody",
                '[[He]] also said, "I never',
                'He also [[said]], "I never',
                "named_person",
                q="direct",
            ),
            c(
                "the wall was a crucial part of America's border security",
                "[[He]] also claimed",
                "claimed",
                "named_person",
                cw=False,
            ),
            c(
                'the United States is "in the midst of a crisis on our southern border',
                "The Vice President, Mike Pence",
                "Pence, [[said]]",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "We are committed to keeping our border safe. We can do that best when government is open. We made that clear to the president",
                "Nancy Pelosi, the Speaker of the House",
                "House, [[said]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "We made a plea to the president once again: don't hold hundreds of thousands of federal workers hostage",
                "The Senate Minority Leader, Chuck Schumer",
                "Schumer, [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "So we told the president we needed the government open. He resisted",
                "The Senate Minority Leader, Chuck Schumer",
                "Schumer, [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "the President's power to do as he proposed",
                "Senate Minority Whip Dick Durbin and incoming chair of the House Intelligence Committee Represenative Adam Schiff",
                "questioned",
                "named_person",
                cw=False,
            ),
            c('it "a non-starter', "[[Schiff]] called", "called", "named_person", q="mixed", cw=False),
            c(
                "I can just tell you, I don't know what he's basing this on, but he's faced so many lawsuits when he ignores the law and ignores tradition and precedent and just goes forward without any concern",
                '[[Durbin]] said "I can',
                'Durbin [[said]] "I can',
                "named_person",
                q="direct",
            ),
            c(
                'he would be okay if the impasse over the shutdown went on for "years',
                "President Trump",
                "claims",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c("This lockdown started on December 22, last year"),
            c(
                "Some museums, the National Zoo, and immigration courts have shut, with some people working in still-open services without pay"
            ),
            c(
                "citizens to continue paying their federal taxes",
                "The Internal Revenue Service website",
                "advises",
                "document",
                cw=False,
            ),
            c("Some services are still open, including medical services Medicare and Medicaid"),
            c("Federal courts are relying on non-government sources, like court fees, for funding"),
        ],
    ),
    (
        # line 196
        "wn-2020-04-08-bangladesh-reports-five-new-deaths-due-t",
        [
            c(
                "five new deaths due to COVID-19 on the day",
                "[[Bangladesh]] has confirmed",
                "has confirmed",
                "institution",
            ),
            c("This is the highest number of fatalities in a day due to the virus"),
            c(
                "the number of recorded infected cases included 114 active cases and 33 recovered cases who were staying home",
                "Bangladesh's Institute of Epidemiology, Disease Control and Research (IEDCR)",
                "reported",
                "institution",
            ),
            c("A total of 17 deaths have been recorded"),
            c(
                "the fatalities included four males and one female",
                "the director of IEDCR, Dr Meerjady Sabrina Flora",
                "Flora, [[said]]",
                "named_person",
            ),
            c(
                "two cases were aged above 60, two between 51 and 60, and one 41-50 years old",
                "to [[Dr Meerjady]],",
                "According to",
                "named_person",
            ),
            c("two of the victims were from Dhaka", "[[She]] also said", "She also [[said]]", "named_person"),
            c("COVID-19 a pandemic", "The World Health Organization (WHO)", "declared", "institution"),
            c(
                "one of the deceased was Jalal Saifur Rahman, a director of Bengali Anti-Corruption Commission, who was cared for at the Kuwait Maitree Hospital",
                "A hospital official",
                "told",
                "anonymous",
            ),
            c(
                "public transport would be shut down for longer than initially planned, until this coming Saturday",
                "Bangladeshi Road Transport and Bridges Minister Obaidul Quader",
                "Quader [[said]]",
                "named_person",
            ),
            c(
                "This public transport shutdown had initially started on March 26 and was planned to end on Saturday, April 4"
            ),
            c("Transport of essential goods -- medical, fuel and food -- was still allowed"),
            c(
                "The first recorded incidents of COVID-19 infection in Bangladesh were on March 8, in two people who returned from Italy and also the wife of one of them"
            ),
            c("As of March 19, these three had already recovered"),
        ],
    ),
    (
        # line 87
        "wn-2019-09-05-hurricane-dorian-leaves-trail-of-destruc",
        [
            c(
                "As the slow-moving tropical cyclone known as Hurricane Dorian finally cleared the Bahamas yesterday, the level of destruction left in its wake began to emerge"
            ),
            c("Dorian made its initial landfall as a Category 5 hurricane in the Abaco Islands on Sunday"),
            c(
                "Its wind speeds reached 185 mph (~295 km/h), tied for the strongest sustained winds at landfalling on record",
                "according to [[the National Hurricane Center]]",
                "[[according to]] the National Hurricane Center",
                "institution",
            ),
            c(
                "After landfall, the speed at which Dorian moved slowed down dramatically, resulting in a very long stay over the island of Grand Bahama"
            ),
            c(
                "In a thirty hour period of Monday and Tuesday, Dorian only traversed thirty miles",
                "CNN",
                "[[according to]] CNN",
                "institution",
            ),
            c(
                "all tropical storm warnings were lifted as of yesterday morning and Dorian had also been downgraded to a Category 2 storm",
                "[[The National Hurricane Center]] said",
                "The National Hurricane Center [[said]]",
                "institution",
            ),
            c(
                "residents were doing most rescue work themselves using boats and personal watercraft",
                "the BBC",
                "According to",
                "institution",
            ),
            c(
                "twenty people have been confirmed killed",
                "Prime minister Hubert Minnis",
                "Minnis [[said]] yesterday",
                "named_person",
            ),
            c(
                "We expect that this number will increase",
                "[[he]] noted",
                "noted",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Parts of Abaco are decimated [...] There is severe flooding. There is severe flooding damage to homes, businesses and infrastructure",
                'infrastructure", [[Minnis]] said',
                'infrastructure", Minnis [[said]]',
                "named_person",
                q="direct",
            ),
            # continuation quote, no new cue: previous source and cue
            c(
                "The southern aspect of Abaco has suffered less devastation than the north. The Sandy Point area and progressing north has not suffered as much devastation that was seen in the Marsh Harbour vicinity. The international airport on Abaco is under water. The runway is currently flooded. In fact, the area around the airport now looks like a lake",
                'infrastructure", [[Minnis]] said',
                'infrastructure", Minnis [[said]]',
                "named_person",
                q="direct",
            ),
            c("A large number of homes and other buildings in the affected areas have been destroyed"),
            c(
                "ranging from 45% to 60% destruction",
                "the Red Cross and government officials",
                "estimates",
                "institution",
            ),
            c(
                "some 60 thousand people are in need of food and drinking water",
                "The United Nations",
                "Nations [[said]]",
                "institution",
            ),
            c("Dorian was northbound as it left the Bahamas"),
        ],
    ),
    (
        # line 194
        "wn-2020-04-05-sars-cov-2-surpasses-one-million-infecti",
        [
            c(
                "On Thursday, the total number of cases of the SARS-CoV-2 coronavirus infections surpassed one million worldwide",
                "worldwide, [[Johns Hopkins University data]]",
                "indicated",
                "document",
            ),
            c("At least 52 thousand deaths were linked to COVID-19, the disease caused by the coronavirus"),
            c(
                "The milestone came the same day Malawi confirmed its first coronavirus infections and Zambia had its first coronavirus-related death"
            ),
            c("its first coronavirus infections", "Malawi", "Malawi [[confirmed]]", "institution"),
            c(
                "it was one of the few countries remaining free of coronavirus infections",
                "North Korea",
                "claimed",
                "institution",
            ),
            c(
                "1,051,635 confirmed cases, including 79,332 cases in the twenty four hours preceding 10 a.m. Central European Time (0800 UTC) on April 4",
                "the World Health Organization",
                "Organization [[reported]]",
                "institution",
            ),
            c(
                "In the United States, over 244 thousand coronavirus cases were recorded, linking to at least 5,900 deaths"
            ),
            c(
                "there were over 1,000 US deaths on Wednesday caused by coronavirus infections",
                "CBS News",
                "[[reported]], citing",
                "institution",
            ),
            c(
                "stricter measures to inhibit the disease from spreading",
                "world, [[countries]] announced",
                "countries [[announced]]",
                "institution",
            ),
            c("On Thursday, Sergei Sobyanin, the mayor of Moscow, extended the city lockdown to May 1"),
            c(
                "Russians would continue to be paid without going to work until April 30",
                "President Vladimir Putin",
                "declared",
                "named_person",
            ),
            c(
                "The parliament of Portugal voted to extend the national state of emergency by 15 days; the vote passed with 215 votes in favor, ten abstentions, and one vote against"
            ),
            c(
                "Saudi Arabia extended curfews in the holy cities of Mecca and Medina to last the entire day; previously, the curfew was only in effect between 3 p.m. and 6 a.m"
            ),
            c("Thailand planned to implement a curfew between 10 p.m. and 4 a.m"),
            c(
                "the state had extended its stay-at-home order until May 1",
                "The governor of Ohio, Mike DeWine",
                "DeWine, [[announced]]",
                "named_person",
            ),
        ],
    ),
    (
        # line 11
        "wn-2019-01-14-arrest-made-as-mayor-of-gda-sk-poland-st",
        [
            c(
                "An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night whilst on stage at a fundraising event"
            ),
            c("He died today"),
            # "—Łukasz Szumowski on the failed efforts to save the mayor's life" = pull-quote caption, not annotated
            c('Reports on the implement used vary between a knife and a "sharp tool"'),
            c(
                "The attacker is reported to have jumped on stage during the Great Orchestra of Christmas Charity and claimed he was wrongfully imprisoned under Adamowicz's former party Civic Platform's time in government",
                None,
                "is [[reported]] to have",
            ),
            c(
                "he was wrongfully imprisoned under Adamowicz's former party Civic Platform's time in government",
                "[[The attacker]] is reported",
                "and [[claimed]] he was",
                "official_title",
            ),
            c("Adamowicz was an early supporter of democracy, and has been mayor since 1998"),
            c(
                "Let's all pray for Mayor Adamowicz. Paweł, we are with you",
                "Ex-Prime Minister Donald Tusk, the current President of the European Council",
                "wrote",
                "named_person",
                q="direct",
                cw=False,
            ),
            c("Tusk, a founding Civic Platform member, is from Gdańsk"),
            c(
                'the stabbing "an act of inexplicable barbarity',
                "Interior Minister Joachim Brudziński",
                "called",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "I can’t find the words, an explanation, for this kind of act. Especially since the finale of the Great Orchestra of Christmas Charity has for the last 27 years always been associated with good, with something joyful, positive",
                '[[He]] said "I can’t',
                'He [[said]] "I can’t',
                "named_person",
                q="direct",
                cw=False,
            ),
            c("The fundraiser was intending this year to obtain money for children's hospitals to buy equipment"),
            c("It raises money annually to assist the nation's medical services"),
            c(
                'Adamowicz required resuscitation, and was in a "serious" condition',
                "[[Brudziński]] said Adamowicz",
                "Brudziński [[said]] Adamowicz",
                "named_person",
                q="mixed",
            ),
            c("he received surgery", "TVN24", "TVN24 [[reported]]", "institution"),
            c(
                "We are with Mayor Adamowicz in our thoughts and prayers",
                "Prime Minister Mateusz Morawiecki",
                "tweeted",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Today I am unconditionally with him and his loved ones, just as I hope all of us compatriots are. I pray for his return to health and full strength",
                "President Andrzej Duda",
                "remarked",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Adamowicz's heart was restarted by doctors \"and there is hope, but his condition is very difficult",
                "[[Duda]] told",
                "Duda [[told]]",
                "named_person",
                q="mixed",
            ),
            c(
                "a press badge was used by the assailant, reported by The Guardian as convicted of assaults and by Associated Press of bank robberies, to gain entry",
                "Police spokesman Mariusz Ciarka",
                "Ciarka [[said]]",
                "named_person",
            ),
            c("convicted of assaults", "The Guardian", "[[reported]] by The Guardian", "institution"),
            c("of bank robberies", "Associated Press", "[[reported]] by The Guardian", "institution"),
            c("The detained suspect's identity is restricted to 'Stefan W' owing to Polish privacy legislation"),
            c(
                "Adamowicz was taken to the Medical University of Gdańsk, where Dr. Tomasz Stefaniak was met with applause early today upon announcing to journalists Adamowicz remained alive"
            ),
            c("Adamowicz remained alive", "Dr. Tomasz Stefaniak", "announcing", "named_person"),
            c(
                "The next hours will decide everything",
                "[[Stefaniak]] said",
                "Stefaniak [[said]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Politicians and the Archbishop of Gdańsk, Sławoj Leszek Głódź, were reported by local media to have visited the hospital while Adamowicz received emergency surgery",
                "reported by [[local media]] to have",
                "were [[reported]] by local media",
                "institution",
            ),
            c("Adamowicz subsequently was announced to have died", None, "was [[announced]] to have died"),
            c(
                "We couldn’t win",
                "Health Minister Łukasz Szumowski",
                "Szumowski [[said]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c("the city flag is at half-mast"),
            c("Gdańsk residents donated blood by the hundreds today in a bid to assist"),
            c("Vigils nationwide this evening were attended by thousands"),
            c("Adamowicz, 53, has supported LGBT rights and and the inclusion of minority groups"),
            c("He recently condemned anti-semitism after vandalism against a synagogue in the city"),
            c(
                "Adamowicz was at the event after collecting money for the organisation in Gdańsk's streets alongside volunteers nationwide"
            ),
            c("A potential charge of murder against Stefan W carries a possible life sentence"),
            c(
                "psychiatric assessments will be carried out to confirm if Stefan W is fit for trial",
                "Prosecutor Krzysztof Sierak",
                "Sierak [[told]]",
                "named_person",
            ),
        ],
    ),
    (
        # line 228
        "wn-2020-08-08-passenger-flight-crashes-upon-landing-at",
        [
            c(
                "Yesterday, an Air India Express passenger flight attempted a landing at Calicut International Airport at Karipur, Kerala in India"
            ),
            c(
                "The aircraft overshot the runway around 7:38 pm IST (1408 UTC) in the evening and slid off before breaking into at least two pieces"
            ),
            c(
                "at least a dozen people lost their lives and scores more were injured",
                "[[authorities]], at least",
                "[[According to]] authorities",
                "anonymous",
            ),
            c(
                "Air India Express flight 1344 (AXB1344/IX1344) was en-route from Dubai, UAE making its second attempt at a landing at Calicut during monsoon rains"
            ),
            c(
                "The flight was part of the Vande Bharat Mission to return Indian nationals during the COVID-19 pandemic"
            ),
            c("The aircraft was a Boeing 737"),
            c(
                "Calicut has a tabletop runway, so when the aircraft failed to stop on the runway, it fell into a ditch or gorge",
                "the National Disaster Response Force",
                "[[According to]] the National Disaster",
                "institution",
            ),
            c(
                "The aircraft broke into two pieces but did not catch fire",
                "the Directorate General of Civil Aviation",
                "[[according to]] the Directorate",
                "institution",
            ),
            c("There were 190 people on board, six of them crew members"),
            c("18 people died", "Civil Aviation Minister Hardeep Singh Puri", "Puri [[said]]", "named_person"),
            c("149 of the survivors have been hospitalized"),
            c(
                "both of the flight recorders have been recovered",
                "[[Hardeep]] also stated",
                "stated",
                "named_person",
            ),
            c("Among the dead are both the pilot and co-pilot"),
            c(
                "The injured persons have been rushed to Kozhikode Medical College and other nearby hospitals. Those admitted are having serious injuries",
                "The local health minister",
                "minister [[said]]",
                "official_title",
                q="direct",
            ),
            c(
                "My thoughts are with those who lost their loved ones. May the injured recover at the earliest. [...] Authorities are at the spot, providing all assistance to the affected",
                "Indian Prime Minister Narendra Modi",
                "wrote",
                "named_person",
                q="direct",
                cw=False,
            ),
        ],
    ),
    (
        # line 224
        "wn-2020-07-08-11-month-old-baby-finds-illegal-drugs-in",
        [
            # the attribution interrupts the content: content runs from the first to the last content word
            c(
                "A mother called the police in Kamloops, British Columbia (B.C.), Canada on Sunday morning after her 11-month daughter discovered a bag full of a substance that appeared to be fentanyl, a dangerous opioid drug, according to Kamloops Police, at the McDonald Park playground",
                "according to [[Kamloops Police]]",
                "[[according to]] Kamloops Police",
                "institution",
            ),
            c("She managed to get a hold of the small bag and kept her child safe"),
            c(
                "they seized the substance",
                "the Royal Canadian Mounted Police (RCMP)",
                "confirmed",
                "institution",
            ),
            c(
                "In B.C., this has been considered a public health emergency since April 2016. Unfortunately this means issues like found needles and drugs are something that all parents must be mindful of while in public settings",
                "the Royal Canadian Mounted Police (RCMP)",
                "stating",
                "institution",
                q="direct",
            ),
            c(
                "fentanyl had become a popular drug in Kamloops because it was potent, and colors such as purple were used as a signature by traffickers",
                "Kamloops RCMP Constable Gary Gray",
                "Gray [[said]]",
                "named_person",
            ),
            c(
                "Before the COVID-19 pandemic, the opioid crisis claimed 15,393 lives in Canada between January 2016 and December 2019",
                "the Canadian Public Health Infobase",
                "[[according to]] the Canadian",
                "document",
            ),
            c(
                "the border closure between New York State and Quebec drove up the prices of illicit drugs, and traffickers had been stretching their products further",
                "provincial police Detective Constable Daniel Dubé",
                "stated",
                "named_person",
            ),
            c(
                "heroin, which had normally been laced with fentanyl, had been mixed with the sedative etizolam, or benzos, another drug of the nervous system depressant class",
                "[[He]] explained",
                "explained",
                "named_person",
            ),
            c(
                "CERB (Canada Emergency Response Benefit) payments, a program related to the COVID-19 pandemic, presented an additional factor in a spike in overdose deaths this year",
                "The Executive director of the Ask Wellness Society, Bob Hughes",
                "Hughes, [[told]]",
                "named_person",
            ),
            c(
                "there were 170 suspected deaths in May alone, shortly after the CERB payments started, resulting from the abuse of illicit drugs",
                "the B.C. Coroners Service",
                "[[According to]] the B.C.",
                "institution",
            ),
            c("That showed a 93% increase from 88 deaths in May 2019"),
            c(
                "the correlation between the overdoses and the CERB payments",
                "Clinic and advocacy manager Michaela Jyrkkanen, of Christian anti-poverty organization The Mustard Seed Kamloops",
                "disagreed with",
                "named_person",
                cw=False,
            ),
            c(
                "Last year, Vancouver researchers distributed take-home test strip kits which were capable of detecting fentanyl presence in other drugs"
            ),
            c(
                "the cost of the accurate test strip kit was 75 cents",
                "Dr Sukhpreet Klaire, the lead author of the study and an addiction medicine specialist",
                "specialist, [[said]]",
                "named_person",
            ),
            # a study result stated by the reporter (the participants are not quoted as a source)
            c("More than 95% of the participants in her study indicated they would use the strip kits again"),
        ],
    ),
    (
        # line 70
        "wn-2019-07-28-puerto-rico-governor-announces-resignati",
        [
            c(
                "his resignation",
                "Ricardo Rosselló Nevares, Puerto Rico's governor",
                "governor, [[announced]]",
                "named_person",
            ),
            c(
                "he is to leave office next month on August 2 at 5 p.m. local time (2100 UTC)",
                "[[Rosselló]] said he is",
                "Rosselló [[said]] he is",
                "named_person",
            ),
            c(
                "His announcement followed two weeks of protests in the capital, San Juan, over offensive messages about public officials and others"
            ),
            # the Spanish original of the quote is not annotated
            c(
                "Despite having the democratic mandate of the people who elected me, today I feel that to continue in this position represents difficulty in allowing achieved success to endure",
                "speech, [[Rosselló]] said",
                'Rosselló [[said]], "Despite',
                "named_person",
                q="direct",
                cw=False,
            ),
            c("Rosselló's resignation", "Protesters", "called for", "institution", cw=False),
            c("he and his staffers sent anti-homosexual and misogynistic comments using Telegram, a messaging app"),
            c(
                "The Puerto Rico Center for Investigative Journalism obtained the Telegram messages between Rosselló and eleven others and released them publicly on July 13"
            ),
            c("Messages disparaged a variety of public figures and Hurricane Maria victims"),
            c("Since the release of the text messages, protests filled the San Juan streets daily"),
            c("Rosselló is set to be replaced by Wanda Vázquez Garced, the Secretary of Justice for Puerto Rico"),
            c(
                "the Secretary of State would normally succeed the governor",
                "the commonwealth's constitution",
                "According to",
                "document",
            ),
            c("that office stands vacant following the resignation of Luis Rivera Marín over the scandal"),
            c(
                "I understand he made the right decision, for the good of both his family and for Puerto Rico, as I let him know [...] He just announced that this resignation will not be effective today. We will be working together to have a responsible and transparent transition process",
                "statement, [[Vázquez]] said",
                'Vázquez [[said]], "I understand',
                "named_person",
                q="direct",
                cw=False,
            ),
            # nested attribution inside the quote: Vázquez reports what Rosselló announced
            c(
                "this resignation will not be effective today",
                "[...] [[He]] just announced",
                "He just [[announced]]",
                "named_person",
            ),
            c(
                "his resignation effective next Wednesday, July 31",
                "Ricardo Llerandi, Rosselló's chief of staff",
                "also [[announced]] his resignation",
                "named_person",
            ),
            c("Rosselló began serving as Puerto Rico's eleventh governor on January 2, 2017"),
            c(
                "he would resign leadership of the New Progressive Party",
                "[[Rosselló]] announced he would",
                "Rosselló [[announced]] he would",
                "named_person",
            ),
        ],
    ),
    (
        # line 36
        "wn-2019-03-17-new-zealand-mosque-murder-suspect-appear",
        [
            c(
                "An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court, New Zealand yesterday, charged with one count of murder pertaining to a mass shooting in Christchurch on Friday, which caused the death of at least 50 people"
            ),
            c("Judge Paul Kellar ordered the accused remain in custody until his next court appearance on April 5"),
            c("the accused performed two attacks", "[[Police]] alleged", "alleged", "institution"),
            c(
                "The first attack reportedly was in Al Noor Mosque at about 13:40 local time (0040 UTC), which left at least 42 people dead",
                None,
                "attack [[reportedly]] was in Al Noor",
            ),
            c(
                "The second attack reportedly was in Linwood Mosque, killing at least eight people, on the same day",
                None,
                "attack [[reportedly]] was in Linwood",
            ),
            c("Brenton Tarrant did not apply for bail"),
            c(
                "Further charges may be laid in the future",
                "future, [[police]] said",
                "future, police [[said]]",
                "institution",
                cw=False,
            ),
            c(
                "Police arrested the accused in the neighborhood of Strickland Street, 36 minutes after the mass shooting in Al Noor Mosque",
                "according to [[police]]",
                "[[according to]] police",
                "institution",
            ),
            c(
                "After his arrest on Friday, Brenton stayed in the Christchurch central police station overnight before appearing in court on the next day"
            ),
            c(
                "Brenton Tarrant had a valid gun licence allowing him to buy weapons",
                "ABC",
                "ABC [[reported]]",
                "institution",
            ),
            c(
                "Brenton had a licence for the five firearms he allegedly used for the attack — two semi-automatic, two shotguns, and one lever-action",
                "New Zealand Prime Minister Jacinda Ardern",
                "According to",
                "named_person",
            ),
            c(
                "The attacker was using a couple of guns, one was a shotgun, one was an AR-15 — that's the so-called civilian equivalent of the M-16. It's an assault rifle",
                "Professor Greg Barton, Chair In Global Islamic Politics in the Faculty of Arts and Education at the Deakin University",
                "University, [[said]]",
                "named_person",
                q="direct",
            ),
            c("The authorities seized these firearms"),
            c(
                "the gun laws should be changed",
                "Prime Minister Ardern",
                "Ardern [[said]] at a press conference",
                "named_person",
                cw=False,
            ),
            c(
                "I have instructed ODESC [Officials Committee for Domestic and External Security Coordination] to report to Cabinet on Monday on these events with a view to strengthening our systems on a range of fronts including, but not limited to, firearms, border controls, enhanced information-sharing with Australia, and any practice reinforcement of our watchlist processes",
                '[[She]] said, "I have',
                'She [[said]], "I have',
                "named_person",
                q="direct",
            ),
            c(
                "Brenton also allegedly released an anti-Muslim document online, outlining political motivation, prior to the murders",
                None,
                "also [[allegedly]] released",
            ),
            c(
                "Social media have been struggling to censor the alleged gunman's videos of the murder",
                "according to [[reports]]",
                "[[according to]] reports",
                "anonymous",
            ),
        ],
    ),
    (
        # line 71
        "wn-2019-08-04-puerto-rico-s-governor-rossell-resigns-n",
        [
            c(
                "On Friday, Ricardo Rosselló Nevares resigned as the governor of United States commonwealth of Puerto Rico and Pedro Pierluisi was sworn in at 5 p.m. local time (2100 UTC) as Puerto Rico's new governor"
            ),
            c(
                "the secretary of state succeeds to the governorship following a vacancy",
                "The Puerto Rican constitution",
                "stipulates",
                "document",
            ),
            c("the post remained unfilled until Pierluisi was appointed to the position"),
            c("The exiting governor Rosselló appointed Pierluisi as secretary of state"),
            c(
                "Earlier on Friday, the commonwealth's House of Representatives confirmed him, but the Senate had not confirmed him"
            ),
            c("The constitution requires both houses of the Legislative Assembly to confirm nominees"),
            # the Spanish original of the quote is not annotated
            c(
                "If the Senate confirms me, I will be governor until 2020. If the Senates does not confirm me, I will be governor until next Wednesday",
                "[[Pierluisi]] said from",
                "Pierluisi [[said]] from",
                "named_person",
                q="direct",
            ),
            c("The Senate was set to meet on Wednesday"),
            c(
                "it would meet on Monday",
                "comments, [[the Senate]] announced",
                "the Senate [[announced]]",
                "institution",
            ),
            c(
                "opposition to the swearing-in of Pierluisi",
                "Senate President Thomas Rivera Schatz",
                "Schatz [[expressed]]",
                "named_person",
                cw=False,
            ),
            c(
                "there were not enough votes in the Senate for his confirmation",
                "Senate President Thomas Rivera Schatz",
                "suggested",
                "named_person",
            ),
            c(
                "he intended to sue over the controversy",
                "One senator, Eduardo Bhatia",
                "Bhatia, [[said]]",
                "named_person",
                cw=False,
            ),
            c(
                "she would challenge Pierluisi's oath of office in court",
                "Carmen Yulín Cruz, the mayor of the capitol city of San Juan",
                "Juan, [[said]]",
                "named_person",
                cw=False,
            ),
            c(
                "Secretary of Justice Wanda Vázquez Garced, the would-be successor should Pierluisi remain unconfirmed by the Senate, has expressed she is uninterested in taking up the office of governor but would do so if she did succeed to it",
                "Reuters",
                "according to",
                "institution",
            ),
            c(
                "she is uninterested in taking up the office of governor but would do so if she did succeed to it",
                "Secretary of Justice Wanda Vázquez Garced, the would-be successor should Pierluisi remain unconfirmed by the Senate",
                "has expressed",
                "named_person",
                cw=False,
            ),
            c("Pierluisi is the former Puerto Rican non-voting delegate to the U.S. House of Representatives"),
            c(
                "While Puerto Rico is a commonwealth of the United States, it is not a state and does not get representation in the U.S. Senate, a vote in the U.S. House, nor any vote in the U.S. Electoral College that elects the U.S. President"
            ),
        ],
    ),
    (
        # line 49
        "wn-2019-05-12-pope-francis-instructs-reporting-of-sexu",
        [
            c(
                "new church law to mandate reporting sexual abuses to the church authorities",
                "Thursday, [[Pope Francis]] announced",
                "Pope Francis [[announced]]",
                "named_person",
            ),
            c(
                "priests and nuns of the Catholic churches are expected to notify the higher church authorities, as a step to act on sexual abuse and its cover-up happening in the churches",
                "the decree signed by the leader of Roman Catholic Christianity",
                "[[Per]] the decree signed",
                "document",
            ),
            c(
                "In February, Catholic bishops from around the world attended a summit in Rome, overseen by the Pope, regarding sexual abuse by the clergy in the churches and the congregations"
            ),
            c(
                'the victims of sexual abuse in churches had a right to "concrete and efficient measures" against the abuse',
                "summit, [[Pope Francis]] said",
                "Pope Francis [[said]]",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "Amongst reported incidents of sexual abuse and cover-ups perpetrated by church authorities, recently Cardinal George Pell, a senior Catholic figure at the Holy See, as well as former archbishop and cardinal Theodore McCarrick were convicted for sexually abusing minors"
            ),
            c(
                "The crimes of sexual abuse offend Our Lord; cause physical, psychological and spiritual damage to the victims; and harm the community of the faithful. In order that these phenomena, in all their forms, never happen again, a continuous and profound conversion of hearts is needed, attested by concrete and effective actions that involve everyone in the church, so that personal sanctity and moral commitment can contribute to promoting full credibility of the gospel message and the effectiveness of the church's mission",
                "The decree signed by the Pope",
                "Pope [[read]]",
                "document",
                q="direct",
                cw=False,
            ),
            c(
                "establishing a system to keep the identity of the victims confidential",
                "[[The decree]] also mentions",
                "mentions",
                "document",
            ),
            c(
                "415 thousand priests and 660 thousand nuns are subject to the requirement to report to the hierarchy misconducts happening in the church by religious leaders",
                "numbers reported by The Associated Press",
                "[[Per]] numbers",
                "document",
            ),
            c("The decree instructs archbishops to notify the Vatican City of any sexual allegations"),
            c(
                "The Vatican is to decide within a month if an investigation is required, and the investigation ordinarily has to be completed in three months"
            ),
            c(
                "We have said for years that priests should follow certain strict rules, so why should the bishops and other members of the church hierarchy be exempt?",
                "Cardinal Marc Ouellet of the Holy See",
                'Holy See [[said]], "We have',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "People must know that bishops are at the service of the people.  They are not above the law, and if they do wrong, they must be reported",
                "Vatican archbishop Charles Scicluna",
                "Scicluna [[said]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Though Catholic nuns and priests are expected to report the incident of sexual abuse to the authorities, the decree did not mandate filing a report with police officials"
            ),
            c(
                "The church should establish the law for reporting and justify the exception [...] Instead, they are using the exception as a pretext for not reporting sexual abuse to civil authorities and to keep abuse secret",
                "Peter Iseley of worldwide victim group Ending Clergy Abuse",
                "Abuse [[said]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Bishops reporting to themselves, that's been the problem from the beginning [...] All they did was add another layer of bureaucracy; this doesn't require civil authorities.  What we need are police and prosecutors",
                "[[Iseley]] also said",
                "Iseley also [[said]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Jehovah's Witnesses (JWs), another sect of Christianity, also implements a system of reporting abuse internally to a central authority"
            ),
            c(
                "Sexual abuse in the religious congregation is reported to the Watch Tower Society, the organisation which directs the JWs on doctrines"
            ),
            c(
                "testimony of two witnesses is required to convict a person for the alleged crime",
                "Per [[the doctrines]]",
                "[[Per]] the doctrines",
                "document",
            ),
            c(
                "the Watch Tower maintains a database of the accused molesters; the Watch Tower has been penalised in various jurisdictions for covering up and protecting alleged sexual abusers",
                "a recent report by The Atlantic",
                "According to",
                "document",
            ),
        ],
    ),
    (
        # line 191
        "wn-2020-03-17-200-in-new-delhi-india-drink-cow-urine-t",
        [
            c("On Saturday, a few hundred people attended a gaumutra party (cow urine party) to fight off COVID-19"),
            c(
                "The party was organised by Akhil Bharat Hindu Mahasabha (All India Hindu Union) president Swami Chakrapani where the attendees consumed cow urine to prevent themselves from being infected by the coronavirus"
            ),
            c(
                "around 200 people attended the event held at the Indian capital city of New Delhi",
                "[[Reuters]] estimated",
                "estimated",
                "institution",
            ),
            c(
                "We have been drinking cow urine for 21 years, we also take bath in cow dung. We have never felt the need to consume English medicine",
                "an attendee Om Prakash",
                "Prakash [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "A yajña (literally means sacrifice, devotion, worship, or offering) was conducted at the start of the meeting and a poster of coronavirus, personified as an avatar of the Hindu god Narsimha, was displayed"
            ),
            c(
                "Coronavirus has come because of the people who kill and eat animals. When you kill an animal, it creates a sort of energy that causes destruction in that place",
                "ABHM president Chakrapani",
                'Chakrapani [[said]] "Coronavirus has come',
                "named_person",
                q="direct",
            ),
            c(
                "Corona is not a virus, but avatar for the protection of poor creatures. They have come to give the message of death and punishment to the one who eats them",
                "February, [[Chakrapani]] said",
                'Chakrapani [[said]], "Corona is not',
                "named_person",
                q="direct",
            ),
            # the cue interrupts the content (passive with agent): content from the first to the last content word
            c(
                'COVID-19 was previously announced to be a "pandemic',
                "the World Health Organization (WHO)",
                "previously [[announced]]",
                "institution",
                q="mixed",
            ),
            c(
                "the virus claimed 6606 lives, and 167,515 cases were reported of this disease",
                "the WHO's situation report dated March 16",
                "[[According to]] the WHO's",
                "document",
            ),
            c(
                "While some western, traditional or home remedies may provide comfort and alleviate symptoms of COVID-19, there is no evidence that current medicine can prevent or cure the disease. The WHO does not recommend self-medication with any medicines, including antibiotics, as a prevention or cure for COVID-19",
                "The WHO's website",
                "website [[said]]",
                "document",
                q="direct",
            ),
            c(
                "I request all the presidents and prime ministers of the world to take cow urine on a daily basis. You have all these scientists who don't know the cure, we have the cure given to us by the gods",
                "[[Chakrapani]] proposed",
                "proposed",
                "named_person",
                q="direct",
            ),
            # the Hindi original of the quote is not annotated
            c(
                "Corona was quiet in India because of yajña rituals.  But these ignorant, arrogant Telangana ministers have challenged corona by killing animals and eating chicken in public, that there is a speculation of seeing the most formidable form of corona.  Thus, these ministers should promptly seek forgiveness from corona, else it would be a disaster that noone can stop",
                "[[Chakrapani]] had said",
                "Chakrapani had [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "Just like we organise tea parties, we have decided to organise a gaumutra party, wherein we will inform people about what is coronavirus and how, by consuming cow-related products, people can be saved from it",
                "[[Chakrapani]] told ThePrint",
                "Chakrapani [[told]]",
                "named_person",
                q="direct",
            ),
            c("Cows are considered sacred by Hindus"),
            c(
                "the medicinal benefits of cow urine",
                "politicians of the Hindu-nationalist party Bharatiya Janta Party",
                "cited",
                "anonymous",
            ),
            c(
                "Similar sentiment",
                "a Minister of Legislative Assembly from Assam",
                "shared",
                "official_title",
            ),
            c(
                "Coronavirus is an airborne disease and it can be cured by using gaumutra and cow dung",
                "Suman Haripriya of the Hajo assembly",
                "assembly [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "there are at least 142 cases in India, of which three patients have died",
                "the reports by Johns Hopkins Center for Systems Science and Engineering",
                "[[According to]] the reports",
                "document",
            ),
            c("14 have recovered so far in the country"),
            c(
                "Multiple schools and colleges are closed across the country as a precautionary measure to slow down the spread of this virus"
            ),
            c("Passengers at airports are being screened to ensure safety"),
        ],
    ),
]


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    texts = load_texts()
    write([(doc_id, texts[doc_id], claims) for doc_id, claims in DOCS], out)


if __name__ == "__main__":
    main()
