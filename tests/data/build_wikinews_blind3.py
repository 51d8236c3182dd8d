#!/usr/bin/env python3
"""Build tests/data/attribution-wikinews-blind-3.jsonl: 8 real Wikinews articles (2019-2020, CC BY 2.5,
Wikinews, en.wikinews.org), hand-annotated per /work/shared/evaldata/gold/GUIDELINE.md (same approach as
gold/src/dev_spec.py + tools/build_gold.py: spans are written as strings, offsets are resolved and
round-trip checked).

The texts are not copied here: they are read, unmodified, by doc_id from
/work/shared/evaldata/articles/wikinews-more.jsonl (lines 86, 132, 149, 125, 2, 109, 266 and 225, 0-based).
None of them is used by any other set in this folder or by gold-dev. This is a third BLIND set: it was
annotated from the text and the guideline only, before the suggester was run on it, and is meant to be
scored once, at the end. The articles were chosen among the unused ones for their reporting cues and
unnamed-source phrases ("authorities announced", "According to reports", "officials reported").

    python3 tests/data/build_wikinews_blind3.py [OUT.jsonl]

c(content, src, cue, t=attribution_type, q=quote_type, anon=anonymity_reason, cw=checkworthy, n=occurrence)
A string may carry an anchor: "left [[target]] right" locates `left target right` and keeps `target`.
content: n-th occurrence (default first); source/cue: the occurrence nearest to the content span
(mentions outside the content preferred).

Conventions where the guideline is silent (those of build_wikinews_blind2.py, plus):
* "authorities", "US authorities", "Chilean military authorities", "officials", "reports", "Some members
  of opposition parties", "criticism within Serbia" (unidentified people or bodies) are `anonymous`; a
  named force, agency or outlet ("Police", "The Chilean Armed Forces", "The Times") is `institution`;
  videos, footage, a Twitter post and a UN report are `document`. A pronoun takes its antecedent's type.
* Agentless "reportedly"/"allegedly"/"was said"/"it was intimated": unattributed, the cue filled in, the
  content the whole clause; when an agent stands in that clause ("The CIA ... reportedly believe X") the
  agent gets a claim of its own for X.
* "X urged/encouraged/asked Y to Z" gets a claim with the content "Y to Z" (as "called on" in blind-2);
  "X reported on a distress call", "X wrote to the embassy asking ...", "X joined the calls ..." report
  events and are unattributed.
* A block quote of a dispatcher's questions and its caption ("– USCG dispatcher, CNN") is not annotated.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import build, c  # noqa: E402 (the folder is put on the path just above)

ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "evaldata" / "articles" / "wikinews-more.jsonl"
OUT = Path(__file__).with_name("attribution-wikinews-blind-3.jsonl")

# 0-based line of each article in ARTICLES (checked when the texts are loaded)
LINES = {
    "wn-2019-09-04-dozens-dead-in-california-boat-fire": 86,
    "wn-2019-10-17-hundreds-arrested-for-dark-web-child-por": 132,
    "wn-2019-12-02-bystanders-foil-knife-weilding-man-on-lo": 149,
    "wn-2019-10-10-uk-urges-us-to-waive-immunity-for-diplom": 125,
    "wn-2019-01-05-escape-room-fire-kills-five-teen-girls-i": 2,
    "wn-2019-09-29-fianc-e-of-murdered-saudi-journalist-dem": 109,
    "wn-2020-12-26-chilean-authorities-report-first-covid-1": 266,
    "wn-2020-07-12-serbian-protesters-try-to-storm-parliame": 225,
}


# --------------------------------------------------------------------------- annotations
# Datelines ("Wednesday, September 4, 2019"), headlines and captions are not annotated as claims.
DOCS = [
    (
        # line 86
        "wn-2019-09-04-dozens-dead-in-california-boat-fire",
        [
            c(
                "A deadly boat fire earlier this week near Santa Cruz Island off the coast of California, United States, resulted in the death of all 33 passengers"
            ),
            c(
                "The boat, Conception, which caught fire overnight in open seas, carried 33 passengers and six crew members"
            ),
            c("Five people, who were all crew, were rescued while the rest are presumed dead"),
            c(
                "The Conception was a 75 ft (~23 m) long commercial boat on a three-day voyage for underwater diving with Monday being the Labor Day holiday"
            ),
            c("The fire started some time after 3 a.m. local time {1000 UTC) Monday"),
            c(
                "This is probably the worst-case scenario you can possibly have",
                "Santa Barbara County Sheriff Bill Brown",
                '," [[said]] Santa Barbara',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "You have a vessel that's on the open sea, that is in the middle of the night. I mean, it's 3:30 in the morning",
                "Santa Barbara County Sheriff Bill Brown",
                '," [[said]] Santa Barbara',
                "named_person",
                q="direct",
            ),
            c(
                "As of late Tuesday, 20 bodies had been recovered, eleven women and nine men",
                "according to [[Brown]]",
                "according to",
                "named_person",
            ),
            c("The United States Coast Guard (USCG) called off its search late on Tuesday"),
            c(
                "a nearly 24-hour search mission involving three helicopters covering 160 square miles (~415 km2) had discovered no further signs in the water",
                "USCG Captain Monica Rochester",
                "Rochester [[told]]",
                "named_person",
            ),
            c(
                "It is never an easy decision to suspend search efforts",
                '[[she]] said. "We know',
                'she [[said]]. "We know',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "We know that this is a very difficult time for families and friends of the victims",
                '[[she]] said. "We know',
                'she [[said]]. "We know',
                "named_person",
                q="direct",
                cw=False,
            ),
            c("Authorities have not named a cause for the fire"),
            c(
                "it was intimated there were no signs of an explosion and the Conception was known to have the requisite fire suppression equipment",
                None,
                "was intimated",
            ),
            c(
                "CNN, however, reported on a distress call from someone on the Conception, who may or may not have been the captain"
            ),
            c(
                'the situation had "a lot of adrenaline, a lot of confusion. [...] [The dispatcher] was trying to ask for information',
                "Captain Rochester",
                "Rochester [[said]] the situation",
                "named_person",
                q="mixed",
            ),
            c(
                'there are no locked doors in accommodation spaces" where the passengers would have been',
                "[[she]] added",
                "she [[added]]",
                "named_person",
                q="mixed",
            ),
            c("The Conception was owned by Truth Aquatics and chartered by Worldwide Diving Adventures"),
            c(
                "Both companies have been in operation since the 1970s",
                "USA Today",
                "1970s [[according to]]",
                "institution",
            ),
        ],
    ),
    (
        # line 132
        "wn-2019-10-17-hundreds-arrested-for-dark-web-child-por",
        [
            c(
                "337 suspected users in 38 countries were arrested following an investigation of a dark web child pornography site",
                "authorities in the United Kingdom and the United States",
                "States [[announced]]",
                "anonymous",
            ),
            c("The website was based in South Korea and accepted cryptocurrency as payment"),
            c(
                "Law enforcement agencies from Germany, South Korea, the United Kingdom and the United States were part of the international task force"
            ),
            c("The current phase of investigation and arrests began in 2018"),
            c(
                'At the center of the case was a website known as "Welcome To Video" and its alleged operator Jong Woo Son from South Korea'
            ),
            c(
                "the site hosted a quarter million video clips containing sexual abuse of children, including toddlers and infants",
                "According to [[authorities]]",
                "According to",
                "anonymous",
            ),
            c("The site was said to have begun operations in June 2015", None, "was said"),
            c("Authorities shuttered and seized the site in March 2018"),
            c(
                "Jong Woo Son is already in prison in South Korea, but yesterday the United States Department of Justice unsealed further charges against him"
            ),
            c(
                "Children around the world are safer because of the actions taken by U.S. and foreign law enforcement to prosecute this case and recover funds for victims […] We will continue to pursue such criminals on and off the darknet in the United States and abroad, to ensure they receive the punishment their terrible crimes deserve",
                "United States Attorney Jessie K. Liu",
                "Liu [[said]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Dark web child sex offenders — some of whom are the very worst offenders — cannot hide from law enforcement. They're not as cloaked as they think they are, they're not as safe as they think they are",
                "Nikki Holland of the UK's National Crime Agency (NCA)",
                "(NCA) [[said]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "It was the NCA's investigation of Matthew Falder which led to the discovery of the South Korean website"
            ),
            c(
                'Jong was arrested in March, 2018, but South Korea\'s National Police Agency when announcing the arrest in May, 2018 identified him only as "Mr. A" as the international investigation continued'
            ),
            c("Some of the site's users already pleaded guilty or were convicted before yesterday's announcements"),
            c(
                "Allegedly, Jong processed ₿7300 in membership fees and video purchases",
                None,
                "Allegedly",
            ),
            c("As of this writing, one bitcoin is worth approximately US$8000 or €7000"),
            c(
                "The site also allegedly made use of Tor, a layered network designed to keep users anonymous",
                None,
                "allegedly",
            ),
            c(
                "the site was the largest child pornography site in the world and that more than twenty active victims were rescued",
                "US authorities",
                "claimed",
                "anonymous",
            ),
            c(
                "Listed US states as having members from the site were: Alabama, Arkansas, California, Connecticut, Florida, Georgia, Kansas, Louisiana, Maryland, Massachusetts, Nebraska, New Jersey, New York, North Carolina, Ohio, Oregon, Pennsylvania, Rhode Island, South Carolina, Texas, Utah, Virginia, Washington and Washington, D.C"
            ),
            c(
                "arrests were made in Australia, Brazil, Canada, the Czech Republic, Germany, Ireland, Saudi Arabia, South Korea, Spain, the United Arab Emirates and the United Kingdom",
                "[[They]] also stated",
                "also [[stated]]",
                "anonymous",
            ),
            c(
                "Despite the lengthy lists provided, neither US nor British authorities delivered a complete list of the 38 countries they said were involved"
            ),
        ],
    ),
    (
        # line 149
        "wn-2019-12-02-bystanders-foil-knife-weilding-man-on-lo",
        [
            c(
                "On Friday, 28-year-old Usman Khan stabbed reportedly several people at Fishmongers' Hall in London with a large knife, then fled up London Bridge",
                None,
                "reportedly",
            ),
            c(
                "Members of the public confronted him; one man sprayed Khan with a fire extinguisher, others struck him with their fists and took his knife, and another, a Polish chef named Łukasz, harried him with a five-foot narwhal tusk"
            ),
            c("Khan was pinned to the ground"),
            c("Police arrived and shot him dead"),
            c(
                "two of Khan's victims died, and three others were seriously injured",
                "By [[reports]]",
                "[[By]] reports",
                "anonymous",
            ),
            c(
                "they received the first call about the attack at Fishmongers' Hall around 2:00 p.m. local time",
                "According to [[police]]",
                "According to",
                "institution",
            ),
            c(
                "Khan reportedly started attacking people there, and one of them died inside of the hall",
                "The Times",
                "hall, [[according to]]",
                "institution",
            ),
            c(
                "the attacker exited the Hall and continued to attack others",
                "Police",
                "Police [[reported]]",
                "institution",
            ),
            c("At the London Bridge, members of the public stopped Khan"),
            c(
                "people approached Khan armed with the fire extinguisher and the narwhal tusk and forced him to lie on the ground, after which a third person removed his knife",
                "videos posted on social media",
                "[[According to]] videos",
                "document",
            ),
            c(
                "the police then surrounded the attacker aiming at him with their guns, moved a last bystander out of the way, and shot Khan",
                "these videos and NPR",
                "[[According to]] these",
                "document",
            ),
            c(
                'The University of Cambridge had been hosting a program about criminal rehabilitation at Fishmongers\' Hall called "Learning Together"'
            ),
            c(
                "the five-foot (one and two thirds meters) marine mammal tusk came from the wall in Fishmongers' Hall",
                "a Twitter post by Amy Cook, director of the Learning Together event",
                "[[According to]] a Twitter",
                "document",
            ),
            c(
                "Łukasz, who reportedly works at Fishmongers' Hall as a chef, having thus armed himself, participated in the chase and sustained a stabbing injury to his hand before the police arrived",
                None,
                "who [[reportedly]] works",
            ),
            c(
                "The guy with the whale tusk is a Polish chef named Luckasz. Worth noting this for the next time someone says, 'we've let too many Eastern Europeans into this country'",
                "Broadcaster Piers Morgan",
                "commented",
                "named_person",
                q="direct",
            ),
            c(
                "Khan had appeared to be wearing a suicide vest",
                "Police",
                "Police also [[said]]",
                "institution",
            ),
            c("it was later found to be a harmless fake"),
            c(
                "One of the men who held Khan down was James Ford, 42, a convicted murderer approaching the end of his sentence at an open prison"
            ),
            c("Another was tour manager Thomas Gray, 24"),
            c(
                "'one in, all in'. I did what any Londoner would do and tried to put a stop to it",
                "tour manager Thomas Gray",
                "who [[cited]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "I am in awe of the people who ran towards danger to keep us all safe",
                "Mayor of London Sadiq Khan",
                "tweeted",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "The bravery of the emergency services and ordinary Londoners is incredible",
                "Mayor of London Sadiq Khan",
                "tweeted",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Khan was convicted of terrorism years ago for his participation in a London Stock Exchange bomb plan and served eight years of a sixteen-year sentence"
            ),
            c("He was released in 2018 and has been out on license, also called parole, and living in Staffordshire"),
            c(
                "[Khan] had been released a year ago on the provision that he had agreed to wear an electronic tag, submit to curfews and restrictions to his movements",
                "Lucy Fischer of The Times",
                "Times [[told]]",
                "named_person",
                q="direct",
            ),
            c(
                "In the US there is a phenomenon 'suicide by cop'",
                "Birmingham City University criminology professor David Wilson",
                "Wilson [[told]]",
                "named_person",
                q="direct",
            ),
            c(
                "[I]ncreasingly what we are seeing is some attackers wear pretend suicide vests as they prefer martyrdom than getting a sentence. I wonder if what we are seeing is another version of suicide by cop",
                "Birmingham City University criminology professor David Wilson",
                "Wilson [[told]]",
                "named_person",
                q="direct",
                cw=False,
            ),
        ],
    ),
    (
        # line 125
        "wn-2019-10-10-uk-urges-us-to-waive-immunity-for-diplom",
        [
            c(
                "On Monday, Prime Minister Boris Johnson joined the calls by United Kingdom officials asking the United States to waive diplomatic immunity for Anne Sacoolas"
            ),
            c(
                "Sacoolas, who has immunity as a diplomat's wife, was involved in a traffic collision which killed motorcyclist Harry Dunn on August 27"
            ),
            c("She subsequently left the UK and returned to the US"),
            c(
                "Prime Minister Johnson was questioned about the case while speaking to the press at a hospital in Watford"
            ),
            c(
                "I think everybody's sympathies are very much with the family of Harry Dunn and our condolences to them for their tragic loss. I must answer you directly, I do not think that it can be right to use the process of diplomatic immunity for this type of purpose",
                '[[He]] said, "I think',
                'He [[said]], "I think',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "And I hope that Anne Sacoolas will come back and will engage properly with the processes of law as they are carried out in this country. That's a point that we've raised or are raising today with the American ambassador here in the UK and I hope it will be resolved very shortly. And to anticipate a question you might want to raise, if we can't resolve it then of course I will be raising it myself personally with the White House",
                "[[Johnson]] continued",
                "continued",
                "named_person",
                q="direct",
                cw=False,
            ),
            c("The White House refers to the United States president's office"),
            c(
                "Harry Dunn, a 19-year-old motorcyclist was struck by a Volvo XC90 driving on the wrong side of the road in Northamptonshire",
                "traffic camera footage",
                "Northamptonshire [[according to]]",
                "document",
            ),
            c("The crash happened around 8:30 p.m. BST (1930 UTC) on August 27"),
            c("He died from his injuries at John Radcliffe Hospital a short time later"),
            c(
                "The wreck occurred near RAF Croughton which is a intelligence base used by both the Royal Air Force and the US Air Force"
            ),
            c(
                "Northamptonshire police were able to determine the Volvo had come from RAF Croughton and spoke with Anne Sacoolas as a suspect"
            ),
            c(
                'she had diplomatic immunity, but "that she had no plans to leave the country in the near future',
                "[[She]] informed",
                "She [[informed]]",
                "named_person",
                q="mixed",
            ),
            c(
                "Normally, only embassy workers — and their spouses — in London have diplomatic immunity, but in a 1994 agreement it was extended to all US workers at RAF Croughton"
            ),
            c(
                "Despite the assurances, she and her husband Jonathan Socoolas left the country",
                "country, [[police]] revealed",
                "revealed",
                "institution",
            ),
            c(
                "Northamptonshire's chief constable Nick Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity"
            ),
            c(
                "the immunity be waived",
                "Both he and the county's Police and Crime Commissioner Stephen Mold",
                "Mold, [[urged]]",
                "named_person",
                cw=False,
            ),
            c("The embassy declined the request"),
            c(
                "the Socoolas family left per advice from the United States Department of State",
                "The embassy",
                "request and [[said]]",
                "institution",
            ),
            c(
                "the embassy to reconsider",
                "Foreign Secretary Dominic Raab",
                "Raab [[urged]]",
                "named_person",
                cw=False,
            ),
            c("spoke with US Secretary of State Mike Pompeo about the case"),
            c(
                'immunity cases were afforded "intense attention at senior levels and are considered carefully given the global impact such decisions carry',
                "The State Department",
                'sympathies" and [[said]]',
                "institution",
                q="mixed",
            ),
            c(
                "She didn't purposely drive on the other side of the road... if she'd have stayed and faced us as a family we could have found that forgiveness... but forgiving her for leaving, I'm nowhere near",
                "Dunn's mother, Charlotte Charles",
                "Charles, [[said]] on TV",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "All we need to do is ask her to come back. It’s not much to ask. She’s left a family in complete ruin. We’re broken",
                "[[Charles]] told",
                "Charles [[told]]",
                "named_person",
                q="direct",
                cw=False,
            ),
        ],
    ),
    (
        # line 2
        "wn-2019-01-05-escape-room-fire-kills-five-teen-girls-i",
        [
            c(
                "A fire yesterday afternoon killed five girls, all aged fifteen, at an escape room the group was visiting to celebrate a birthday in Koszalin, North Poland"
            ),
            c(
                "Following the fire, which also seriously injured a man, authorities are performing checks on all the nation's escape rooms"
            ),
            c(
                "Escape rooms see participants locked into a space and given clues and a time limit to figure out how to free themselves"
            ),
            c(
                "The enterprises have grown in popularity in recent years with reportedly over 1,000 in Poland which are especially patronised by teens",
                None,
                "reportedly",
            ),
            c(
                'the victims were "joyful girls starting out in life [who] have had life torn away from them" in an "appalling tragedy',
                "President Andrzej Duda",
                "Duda [[said]]",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "he had ordered fire safety checks on escape rooms across Poland by the State Fire Brigade",
                "Interior Minister Joachim Brudziński",
                "Brudziński [[wrote]]",
                "named_person",
            ),
            c(
                "I want to express my sympathy and regrets to the families of the victims of the fire",
                "[[He]] tweeted",
                "He [[tweeted]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                'the deaths as "crushing',
                "[[Duda]] also characterised",
                "characterised",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "May God protect their parents and loved ones",
                "[[Duda]] also characterised",
                'and [[wrote]] "May',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                'the male victim is in intensive care with "severe burns',
                "Tomasz Kubiak, a fire service spokesman",
                "spokesman, [[told]]",
                "named_person",
                q="mixed",
            ),
            c(
                "police believe him to be aged 25",
                "Police press officer Monika Kosiec",
                "Kosiec [[stated]]",
                "named_person",
            ),
            c(
                "him to be aged 25",
                "stated [[police]] believe",
                "police [[believe]]",
                "institution",
            ),
            c(
                "police have been unable to question him",
                "[[Kosiec]] revealed",
                "revealed",
                "named_person",
            ),
            c(
                "being told off the record all five deaths were caused by carbon monoxide poisoning",
                "State press agency PAP",
                "has reported",
                "institution",
            ),
            c(
                "In addition to the inspections Brudzinski also ordered the installation of safety improvements at the facilities"
            ),
            c("Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning"),
        ],
    ),
    (
        # line 109
        "wn-2019-09-29-fianc-e-of-murdered-saudi-journalist-dem",
        [
            c(
                "On Thursday, Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters in New York, New York, calling for the killers of Khashoggi to be brought to justice"
            ),
            c("Cengiz traveled to New York for the United Nations (UN) General Assembly which took place this week"),
            c("Khashoggi was murdered last October in the Saudi consulate in Istanbul, Turkey"),
            c("Hatice Cengiz is a Turkish national now living in London"),
            c(
                "in December, Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility for the murder of journalist Jamal Khashoggi but did not say he'd ordered it",
                "television broadcaster PBS",
                "revealed",
                "institution",
            ),
            c(
                "It happened under my watch. I get all the responsibility, because it happened under my watch",
                '[[he]] said, "It happened',
                'he [[said]], "It happened',
                "named_person",
                q="direct",
            ),
            c("The official position remained that rogue operatives within the Saudi government committed the murder"),
            c(
                "Mohammad bin Salman is the de facto Saudi ruler",
                "Reuters and NBC",
                "According to",
                "institution",
            ),
            c(
                "Mohammad's admission a \"political maneuver",
                "[[Cengiz]] called",
                "Cengiz [[called]]",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "By confessing this, he's also distancing himself from the killing of Jamal [...] He's saying that it happened under his watch but he means he is not involved in this crime",
                "[[She]] explained",
                "explained",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "news media with keeping the story alive",
                "[[She]] credited",
                "credited",
                "named_person",
                cw=False,
            ),
            c(
                "His fellow journalists did their best that so no one could push this under the carpet [...] But at the end of the day, all of these efforts did not persuade world leaders to sanction Saudi Arabia. That is so sad",
                '[[she]] said, "His',
                'she [[said]], "His',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                'What is so sad for me", Cengiz said, "is not seeing the punishment of the perpetrators [...] Imagine that the entire world remains silent over Jamal\'s killing. This silence and inertia created huge disappointment on my side',
                '[[Cengiz]] said, "is',
                'Cengiz [[said]], "is',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "justice does not come swiftly",
                "Agnès Callamard, a UN rapporteur for the Office of the UN High Commissioner for Human Rights",
                "cautioned",
                "named_person",
                cw=False,
            ),
            c(
                "True justice takes time and I know it's painful, but that's the reality of the world we live in",
                '," [[she]] said, asking',
                '," she [[said]], asking',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                'Cengiz to be "patient and resilient',
                '," [[she]] said, asking',
                "asking",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "The CIA and other intelligence agencies reportedly believe the crown prince ordered Khashoggi's killing",
                None,
                "reportedly",
            ),
            c(
                "the crown prince ordered Khashoggi's killing",
                "The CIA and other intelligence agencies",
                "reportedly [[believe]]",
                "institution",
            ),
            c(
                "the CIA to release the files from their investigation",
                "[[Callamard]] encouraged",
                "encouraged",
                "named_person",
                cw=False,
            ),
            c(
                "A closed-door trial is underway in Saudi Arabia in which eleven individuals have been charged with the murder, however Callamard did not give it any credence"
            ),
            c(
                "Jamal Khashoggi, a Saudi national, was a columnist for The Washington Post, and he lived in self-imposed exile in Virginia as a legal resident of the United States"
            ),
            c(
                "He entered the consulate in Istanbul on October 2 2018, seeking documents allowing him to marry Turkish national Hatice Cengiz"
            ),
            c("He never came out"),
            c(
                "all claims that Khashoggi was slain",
                "[[Saudi Arabia]] initially denied",
                "denied",
                "institution",
            ),
            c(
                "evidence supported his murder and dismemberment inside the consulate by Saudi agents",
                "a UN report",
                "concluded",
                "document",
            ),
            c("To date, his remains had not been recovered"),
        ],
    ),
    (
        # line 266
        "wn-2020-12-26-chilean-authorities-report-first-covid-1",
        [
            c(
                "36 infections with COVID-19 at General Bernardo O'Higgins Riquelme Base in Trinity Peninsula, Antarctica",
                "Chilean military authorities",
                "authorities [[reported]] 36",
                "anonymous",
            ),
            c(
                "A first outbreak on the continent, it reportedly followed an outbreak on a naval supply ship that had travelled there",
                None,
                "reportedly",
            ),
            c(
                "the number of cases in the outbreak rose to 58",
                "Thursday [[officials]] reported",
                "officials [[reported]] the",
                "anonymous",
            ),
            c(
                "21 confirmed cases of the virus on Chilean Navy's Sergeant Aldea supply vessel that visited the base between November 27 and December 10",
                "The Health Minister for the Biobio Region in Chile",
                "Chile [[reported]] on Tuesday",
                "official_title",
            ),
            c(
                "one more case in Las Estrellas' village, where some Air Force Base civilian personnel live",
                "the local health secretary",
                "secretary [[reported]]",
                "official_title",
            ),
            c(
                "the 36 people infected included 26 army personnel",
                "The Chilean Armed Forces",
                "Forces [[said]]",
                "institution",
            ),
            c(
                "the 36 people were moved to Patagonia, the south-most region in Chile in the South America continent, where they were being monitored by local health authorities",
                "[[They]] said the 36",
                "They [[said]] the 36",
                "institution",
            ),
            c(
                "With this outbreak, the Antarctic continent became the last continent to report cases of what the World Health Organization declared a pandemic earlier this year"
            ),
        ],
    ),
    (
        # line 225
        "wn-2020-07-12-serbian-protesters-try-to-storm-parliame",
        [
            c("Friday night was the fourth night in a row that Serbians protested"),
            c(
                "the protest started out against the government's anti-COVID-19 measures but has reportedly expanded into more general anti-government protests",
                None,
                "reportedly",
            ),
            c(
                "at least 71 people were arrested Friday night",
                "Police director Vladimir Rebic",
                "Rebic [[said]]",
                "named_person",
            ),
            c(
                "Anti-government protests have been taking place since Tuesday in the Serbian capital Belgrade after the government announced new lockdown measures, which the government dropped after the protests began"
            ),
            c(
                "criticism within Serbia has said COVID-19 cases rose because President Aleksandar Vučić eased lockdown measures to win elections which were held on June 21",
                "According to [[reports]]",
                "According to",
                "anonymous",
            ),
            c(
                "COVID-19 cases rose because President Aleksandar Vučić eased lockdown measures to win elections which were held on June 21",
                "criticism within Serbia",
                "has said",
                "anonymous",
            ),
            c(
                "Public and private gatherings were allowed in May again before the election started, including sports events, religious events, and parties"
            ),
            c("The protesters clashed in front of parliament with the police and threw rocks, bottles and flares"),
            c("As they tried to storm parliament, police in response fired tear gas at them"),
            c(
                "the night's incidents injured fourteen police officers",
                "Director Rebic",
                "Rebic [[said]] the night",
                "named_person",
            ),
            c("A number of journalists were also injured after being attacked by protesters"),
            c(
                "violent protesters were sent by the government",
                "Some members of opposition parties",
                "have claimed",
                "anonymous",
            ),
            c(
                "unspecified foreign security forces were involved in the protests",
                "President Vučić",
                "Vučić [[said]]",
                "named_person",
            ),
        ],
    ),
]


if __name__ == "__main__":
    build(DOCS, ARTICLES, LINES, OUT)
