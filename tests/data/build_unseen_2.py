"""Build tests/data/attribution-unseen-2.jsonl: a second unseen attribution evaluation set.

Eight short wire-style news articles, invented for this set (people, companies and quotes are fictional),
annotated by hand following /work/shared/evaldata/gold/GUIDELINE.md. Claims are written as text
snippets (same approach as /work/shared/evaldata/tools/build_gold.py) and resolved to offsets here:

* content: the n-th occurrence (default first) of the string;
* source/cue: the occurrence nearest to the content span (mentions outside the content preferred);
* a string may carry an anchor, "left [[target]] right", to locate `left target right` and keep `target`.

Every span is asserted to round-trip (text[start:end] == span). Run from anywhere:

    python tests/data/build_unseen_2.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import c, write  # noqa: E402 (the folder is put on the path just above)

OUT = Path(__file__).with_name("attribution-unseen-2.jsonl")


def doc(*paragraphs):
    return "\n\n".join(paragraphs) + "\n"


# --------------------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------------------

WILDFIRE = doc(
    "ATHENS, Aug 14 — A wildfire fanned by gale-force winds tore through pine forests north of the Greek port city of Patras on Wednesday, forcing the evacuation of at least nine villages and a children's summer camp, authorities said.",
    "More than 320 firefighters, backed by 14 water-dropping aircraft and six helicopters, were battling three separate fronts by late afternoon, according to the fire brigade. The blaze broke out shortly after 11 a.m. near the village of Kato Achaia and had burned an estimated 4,800 hectares by nightfall.",
    '"The next 24 hours will be critical," fire service spokesman Yiannis Kostakis told state broadcaster ERT. "The winds are expected to reach 8 on the Beaufort scale overnight, and that makes the work of the aircraft extremely difficult."',
    "Two volunteer firefighters were taken to hospital with burns, the health ministry said in a statement, adding that their lives were not in danger. A 71-year-old man was treated for smoke inhalation.",
    "Smoke hung over the harbour of Patras into the evening, and ash fell on cars parked along the seafront.",
    'Residents described a wall of flames moving faster than they could drive. "We left with only the clothes we were wearing," said Maria Papadaki, 58, a retired teacher from the hamlet of Lakkomata. She said the family had received an evacuation alert on their phones barely ten minutes before the fire reached their olive grove.',
    'The civil protection minister, speaking at an emergency briefing in Athens, said the government would compensate households whose homes were damaged and called the fire "one of the most aggressive we have seen this decade".',
    "Police have arrested a 43-year-old farmer on suspicion of starting the fire while burning dry grass, a police official said, speaking on condition of anonymity because the investigation was ongoing. The official said the man had denied any wrongdoing.",
    "Greece recorded its hottest June and July since 1960, according to the National Observatory of Athens, and the country has been under a heat alert since early July. Last year, wildfires burned around 175,000 hectares nationwide, the largest area of any European Union country.",
    "A ban on outdoor burning has been in force across most of the country since May 1.",
)

CENTRAL_BANK = doc(
    "SANTIAGO, March 6 — Chile’s central bank cut its benchmark interest rate by 50 basis points to 5.25% on Tuesday, its fourth reduction this year, citing a sharper-than-expected slowdown in consumer prices.",
    "The board’s decision was unanimous, the bank said in a statement. The statement said annual inflation had fallen to 3.9% in February, its lowest level since mid-2021, and that policymakers expected it to return to the 3% target “during the first half of next year.”",
    "Most analysts had forecast a smaller cut of 25 basis points, and the peso weakened 0.8% against the dollar after the announcement.",
    "“The disinflation process is advancing faster than we projected in December,” Governor Rosa Marín said at a news conference. “That gives us room to keep lowering the rate, although the pace will depend on the data.”",
    "She added that the board remained concerned about the peso, which lost nearly 6% against the dollar in January.",
    "Finance Minister Tomás Iturra welcomed the move, telling local radio it would “bring relief to families and small businesses carrying expensive debt.”",
    "Business groups have been pressing for faster cuts. Sofofa, the country’s main industry association, said borrowing costs were still “holding back investment” and urged the bank to move more quickly.",
    "But one market economist, who asked not to be named because her employer does not allow her to comment publicly, said the bank risked cutting too fast while copper prices remained volatile.",
    "Copper accounts for roughly half of Chile’s exports. The bank’s next policy meeting is scheduled for April 29.",
)

DOPING = doc(
    "MONACO — Kenyan marathon runner Daniel Kiprotich has been banned for four years after testing positive for the blood booster EPO, the Athletics Integrity Unit (AIU) announced on Friday.",
    "The 29-year-old, whose personal best of 2:05:41 ranks him among the 40 fastest men in history, gave the positive sample in an out-of-competition test in Iten in March, the AIU said. His results since that date, including a third-place finish in Hamburg in April, will be annulled.",
    'According to the written decision, Kiprotich told investigators that the substance had been given to him without his knowledge by a doctor he consulted about a knee injury. The disciplinary tribunal found that explanation "not credible", noting that he could not name the doctor or produce any medical records.',
    'Kiprotich\'s lawyer, Peter Omondi, said his client would appeal to the Court of Arbitration for Sport. "Daniel has never cheated and he will prove it," Omondi said by telephone from Nairobi. "This is a young man who has been let down by the people around him."',
    'The AIU\'s head of case management said in a statement that the ban sent "a clear message that there are no shortcuts in our sport". Athletics Kenya said it was "deeply disappointed" and would step up education programmes for young runners.',
    "Kenya has had more than 80 athletes sanctioned for doping offences since 2017, according to AIU figures, more than any other country except Russia.",
    "A person familiar with the case, who was not authorised to speak publicly, said at least two other runners from the same training camp had been notified of possible violations. The AIU declined to comment on other cases.",
    "Kiprotich, who was provisionally suspended in May, has 21 days to lodge an appeal.",
)

BOAT_RESCUE = doc(
    "ROME — Italian coast guard vessels rescued 212 people from an overcrowded fishing boat south of the island of Lampedusa early on Sunday, but at least 11 others are believed to have drowned, officials and aid workers said.",
    "The boat, which left the Libyan port of Zuwara two days earlier, began taking on water in rough seas about 40 nautical miles from Lampedusa, the coast guard said in a statement. Its patrol boats reached the vessel shortly before 3 a.m., after a distress call relayed by the volunteer hotline Alarm Phone.",
    "According to the German charity SeaLine, whose ship assisted in the operation, survivors said as many as 250 people had been crammed onto the 15-metre boat, most of them from Sudan, Eritrea and Bangladesh.",
    '"We saw children in the water without life jackets. Some of them we could not reach in time," said Lena Hoffmann, a nurse aboard the charity\'s ship.',
    "Most of the survivors were taken to the island's reception centre, which was housing more than 1,400 people on Sunday against a capacity of about 400, according to the Italian Red Cross, which runs the facility. Five people, including a pregnant woman, were flown by helicopter to hospital in Palermo.",
    'UNHCR spokeswoman Chiara Lombardi said the deaths were "a tragic reminder that safe and legal routes remain far too limited."',
    "Italy's interior ministry blamed smuggling networks for the disaster and said police in Agrigento had detained two men suspected of steering the boat. The ministry did not say what charges they could face.",
    "More than 1,700 people have died or gone missing in the central Mediterranean so far this year, according to the International Organization for Migration. Crossings from Libya and Tunisia usually rise in summer, when the sea is calmer.",
)

HOSPITAL_STRIKE = doc(
    "WELLINGTON — Thousands of nurses at public hospitals across New Zealand walked off the job for 24 hours on Thursday in a dispute over pay and staffing, forcing the postponement of hundreds of planned operations.",
    "The New Zealand Nurses Organisation (NZNO) said about 36,000 of its members were taking part, making it the largest nursing strike in the country in more than five years.",
    'Health New Zealand, the agency that runs public hospitals, said emergency departments remained open and that "life-preserving services" were being provided under an agreement with the union. It said about 2,300 planned procedures and 4,000 outpatient appointments had been rescheduled.',
    "Outside Wellington Hospital, nurses in purple T-shirts waved placards and sang as passing drivers sounded their horns.",
    '"Our members are exhausted. They are working short-staffed shift after shift, and patients are paying the price," NZNO chief executive Aroha Tane said on the picket line.',
    "The union is seeking a 12% pay rise over two years and a commitment to minimum staffing ratios on every ward.",
    'Health Minister Neil Carver told Radio New Zealand the government\'s offer of 6.5% was "fair and affordable" and accused the union of refusing to negotiate in good faith. "We have put a serious offer on the table," he said, "and I would urge nurses to look at it again rather than take action that hurts patients."',
    "A hospital manager in Auckland, who spoke on condition of anonymity because staff had been told not to talk to the media, said some wards were operating with fewer than half their usual number of nurses.",
    "Patients with non-urgent conditions were asked to see their family doctor or call the Healthline service. Further strikes are planned for Aug. 14 and 15, the union said.",
)

MINING = doc(
    "JOHANNESBURG — Eight miners were killed and 14 injured when a rockfall struck a deep-level gold mine in South Africa's Free State province on Monday, the mine's operator said.",
    "Sizwe Gold said in a statement that the accident happened at about 10:40 a.m. at a depth of roughly 1,600 metres, and that 61 other workers who were underground at the time had been brought safely to the surface.",
    "Rescue teams worked through the night to reach three workers who were initially unaccounted for, and their bodies were recovered early on Tuesday, according to the National Union of Mineworkers (NUM).",
    '"These were fathers, sons and breadwinners," NUM regional secretary Thabo Mokoena told reporters at the mine gate. "Workers raised concerns about that section two weeks ago, and nobody listened."',
    "Two miners who asked not to be named for fear of losing their jobs said they had felt strong tremors in the same tunnel on Sunday night. One of them said supervisors had told the team to carry on working.",
    "The mineral resources minister, who visited the site on Tuesday, said inspectors had halted operations at the shaft pending an investigation. Sizwe Gold said it was cooperating fully with the inquiry and had offered support to the families of the dead.",
    "The company's shares fell 4.2% in Johannesburg on Tuesday. There were reportedly at least two earlier rockfalls at the mine this year.",
    "South Africa's gold mines are among the deepest in the world. Fatalities in the country's mines fell to a record low of 49 in 2022, according to government data, but unions say safety standards have slipped as companies cut costs.",
)

CEASEFIRE = doc(
    "BISHKEK, Kyrgyzstan — Kyrgyzstan and Tajikistan agreed on Saturday to a ceasefire along their disputed border after three days of clashes that killed at least 37 people, officials in both countries said.",
    "The truce took effect at 6 p.m. local time (1200 GMT), the Kyrgyz foreign ministry said in a statement. It said troops on both sides would pull back to the positions they held before the fighting began on Wednesday.",
    "Tajikistan's state news agency Khovar reported that the two countries' security chiefs had signed a protocol and would meet again next week to discuss a joint monitoring mission.",
    "Two diplomats briefed on the talks said the deal came together only after Russia privately warned both governments that it would not supply further military equipment while the fighting continued. The diplomats spoke on condition of anonymity because they were not authorised to discuss the negotiations.",
    '"Nobody wanted to be seen blinking first, so Moscow gave them both a way out," one of the diplomats said.',
    'A Western diplomat in Bishkek described the ceasefire as "fragile at best" and said sporadic gunfire had been heard near the village of Kok-Tash late on Saturday.',
    'The Kyrgyz president\'s press secretary wrote on Facebook that the president had spoken by telephone with his Tajik counterpart and that both sides had "expressed readiness to resolve all issues exclusively by peaceful means."',
    "Tajikistan accused Kyrgyz forces of shelling civilian areas in the Isfara district. Bishkek denied the accusation and said Tajik troops had opened fire first.",
    "The Kyrgyz health ministry said 24 of the dead were Kyrgyz citizens, including four children, while Tajik authorities have put their own toll at 13. More than 130,000 people were evacuated from border areas on the Kyrgyz side, according to the country's emergencies ministry.",
    "Nearly half of the 970-kilometre border has never been demarcated, a legacy of the Soviet era, and disputes over water and pasture land have repeatedly turned violent.",
)

DRUG_TRIAL = doc(
    "CHICAGO — An experimental pill from Norvane Therapeutics cut the risk of heart attack, stroke or cardiovascular death by 21% in people with high cholesterol who cannot tolerate statins, according to results of a large trial released on Saturday.",
    "The study, which followed 14,200 patients in 32 countries for a median of three and a half years, was published in the New England Journal of Medicine and presented at the American College of Cardiology’s annual meeting in Chicago.",
    "Patients taking the drug, called olvatrapib, saw their LDL cholesterol fall by an average of 38% within six months, the researchers reported.",
    "“This is the first non-statin pill to show a clear reduction in heart attacks and deaths in this population,” said Dr. Helen Marsh, a cardiologist at Massachusetts General Hospital who led the study. “For patients who have been told they have run out of options, that matters a great deal.”",
    "Side effects were generally mild, the study found, although 4.1% of patients on the drug developed gout, compared with 2.9% of those given a placebo.",
    "Norvane said in a statement it would ask the U.S. Food and Drug Administration for approval before the end of the year. A Norvane spokeswoman declined to give a price, saying it was too early. The company’s shares have more than doubled this year.",
    "Not everyone was convinced. Dr. Rajesh Varma, a preventive cardiologist at the University of Toronto who was not involved in the trial, said the benefit was “real but modest” and noted that the drug would probably cost far more than generic statins.",
    "An editorial published alongside the study called the findings “an important step” but warned that data on long-term safety were still lacking.",
    "About one in ten patients prescribed statins stops taking them because of muscle pain or other side effects, according to the American Heart Association.",
)

# --------------------------------------------------------------------------------------------------
# Annotations
# --------------------------------------------------------------------------------------------------

ANON_FIRE = "because the investigation was ongoing"
ANON_CB = "because her employer does not allow her to comment publicly"
ANON_DOPING = "was not authorised to speak publicly"
ANON_STRIKE = "because staff had been told not to talk to the media"
ANON_MINE = "for fear of losing their jobs"
ANON_TALKS = "because they were not authorised to discuss the negotiations"

DOCS = [
    (
        "unseen2-wildfire-patras",
        WILDFIRE,
        [
            c(
                "A wildfire fanned by gale-force winds tore through pine forests north of the Greek port city of Patras on Wednesday, forcing the evacuation of at least nine villages and a children's summer camp",
                "authorities",
                "said",
                "anonymous",
            ),
            c(
                "More than 320 firefighters, backed by 14 water-dropping aircraft and six helicopters, were battling three separate fronts by late afternoon",
                "the fire brigade",
                "according to",
                "institution",
            ),
            c(
                "The blaze broke out shortly after 11 a.m. near the village of Kato Achaia and had burned an estimated 4,800 hectares by nightfall"
            ),
            c(
                "The next 24 hours will be critical",
                "fire service spokesman Yiannis Kostakis",
                "told",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "The winds are expected to reach 8 on the Beaufort scale overnight, and that makes the work of the aircraft extremely difficult",
                "fire service spokesman Yiannis Kostakis",
                "told",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Two volunteer firefighters were taken to hospital with burns",
                "the health ministry",
                "said",
                "institution",
            ),
            c("their lives were not in danger", "the health ministry", "adding", "institution"),
            c("A 71-year-old man was treated for smoke inhalation"),
            c("a wall of flames moving faster than they could drive", "Residents", "described", "institution"),
            c(
                "We left with only the clothes we were wearing",
                "Maria Papadaki, 58, a retired teacher from the hamlet of Lakkomata",
                'wearing," [[said]]',
                "named_person",
                q="direct",
            ),
            c(
                "the family had received an evacuation alert on their phones barely ten minutes before the fire reached their olive grove",
                "[[She]] said the family",
                "She [[said]] the family",
                "named_person",
            ),
            c(
                "the government would compensate households whose homes were damaged",
                "The civil protection minister",
                "Athens, [[said]]",
                "official_title",
                cw=False,
            ),
            c(
                'the fire "one of the most aggressive we have seen this decade',
                "The civil protection minister",
                "called",
                "official_title",
                q="mixed",
                cw=False,
            ),
            c(
                "Police have arrested a 43-year-old farmer on suspicion of starting the fire while burning dry grass",
                "a police official",
                "said",
                "anonymous",
                anon=ANON_FIRE,
            ),
            c("the man had denied any wrongdoing", "The official", "said", "anonymous", anon=ANON_FIRE),
            c(
                "Greece recorded its hottest June and July since 1960",
                "the National Observatory of Athens",
                "according to",
                "institution",
            ),
            c("the country has been under a heat alert since early July"),
            c(
                "Last year, wildfires burned around 175,000 hectares nationwide, the largest area of any European Union country"
            ),
            c("A ban on outdoor burning has been in force across most of the country since May 1"),
        ],
    ),
    (
        "unseen2-central-bank-chile",
        CENTRAL_BANK,
        [
            c(
                "Chile’s central bank cut its benchmark interest rate by 50 basis points to 5.25% on Tuesday, its fourth reduction this year"
            ),
            c(
                "a sharper-than-expected slowdown in consumer prices",
                "Chile’s central bank",
                "citing",
                "institution",
            ),
            c("The board’s decision was unanimous", "the bank", "said", "institution"),
            c(
                "annual inflation had fallen to 3.9% in February, its lowest level since mid-2021, and that policymakers expected it to return to the 3% target “during the first half of next year",
                "The statement",
                "said",
                "document",
                q="mixed",
            ),
            c("a smaller cut of 25 basis points", "Most analysts", "had forecast", "anonymous", cw=False),
            c("the peso weakened 0.8% against the dollar after the announcement"),
            c(
                "The disinflation process is advancing faster than we projected in December",
                "Governor Rosa Marín",
                "said",
                "named_person",
                q="direct",
            ),
            c(
                "That gives us room to keep lowering the rate, although the pace will depend on the data",
                "Governor Rosa Marín",
                "said",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "the board remained concerned about the peso, which lost nearly 6% against the dollar in January",
                "[[She]] added",
                "added",
                "named_person",
            ),
            c("the move", "Finance Minister Tomás Iturra", "welcomed", "named_person", cw=False),
            c(
                "it would “bring relief to families and small businesses carrying expensive debt",
                "Finance Minister Tomás Iturra",
                "telling",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c("faster cuts", "Business groups", "have been pressing for", "institution", cw=False),
            c(
                "borrowing costs were still “holding back investment",
                "Sofofa, the country’s main industry association",
                "said",
                "institution",
                q="mixed",
                cw=False,
            ),
            c(
                "the bank to move more quickly",
                "Sofofa, the country’s main industry association",
                "urged",
                "institution",
                cw=False,
            ),
            c(
                "the bank risked cutting too fast while copper prices remained volatile",
                "one market economist, who asked not to be named because her employer does not allow her to comment publicly",
                "said",
                "anonymous",
                anon=ANON_CB,
                cw=False,
            ),
            c("Copper accounts for roughly half of Chile’s exports"),
            c("The bank’s next policy meeting is scheduled for April 29"),
        ],
    ),
    (
        "unseen2-doping-marathon",
        DOPING,
        [
            c(
                "Kenyan marathon runner Daniel Kiprotich has been banned for four years after testing positive for the blood booster EPO",
                "the Athletics Integrity Unit (AIU)",
                "announced",
                "institution",
            ),
            c(
                "The 29-year-old, whose personal best of 2:05:41 ranks him among the 40 fastest men in history, gave the positive sample in an out-of-competition test in Iten in March",
                "the AIU",
                "said",
                "institution",
            ),
            c("His results since that date, including a third-place finish in Hamburg in April, will be annulled"),
            c(
                "Kiprotich told investigators that the substance had been given to him without his knowledge by a doctor he consulted about a knee injury",
                "the written decision",
                "According to",
                "document",
            ),
            c(
                "the substance had been given to him without his knowledge by a doctor he consulted about a knee injury",
                "Kiprotich",
                "told",
                "named_person",
            ),
            c(
                'that explanation "not credible',
                "The disciplinary tribunal",
                "found",
                "institution",
                q="mixed",
                cw=False,
            ),
            c(
                "he could not name the doctor or produce any medical records",
                "The disciplinary tribunal",
                "noting",
                "institution",
            ),
            c(
                "his client would appeal to the Court of Arbitration for Sport",
                "Kiprotich's lawyer, Peter Omondi",
                "said",
                "named_person",
            ),
            c(
                "Daniel has never cheated and he will prove it",
                "Omondi",
                "Omondi [[said]] by",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "This is a young man who has been let down by the people around him",
                "Omondi",
                "Omondi [[said]] by",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                'the ban sent "a clear message that there are no shortcuts in our sport',
                "The AIU's head of case management",
                "management [[said]]",
                "official_title",
                q="mixed",
                cw=False,
            ),
            c(
                'it was "deeply disappointed" and would step up education programmes for young runners',
                "Athletics Kenya",
                "said",
                "institution",
                q="mixed",
                cw=False,
            ),
            c(
                "Kenya has had more than 80 athletes sanctioned for doping offences since 2017, according to AIU figures, more than any other country except Russia",
                "AIU figures",
                "according to",
                "document",
            ),
            c(
                "at least two other runners from the same training camp had been notified of possible violations",
                "A person familiar with the case, who was not authorised to speak publicly",
                "said",
                "anonymous",
                anon=ANON_DOPING,
            ),
            c("The AIU declined to comment on other cases", cw=False),
            c("Kiprotich, who was provisionally suspended in May, has 21 days to lodge an appeal"),
        ],
    ),
    (
        "unseen2-boat-rescue-lampedusa",
        BOAT_RESCUE,
        [
            c(
                "Italian coast guard vessels rescued 212 people from an overcrowded fishing boat south of the island of Lampedusa early on Sunday, but at least 11 others are believed to have drowned",
                "officials and aid workers",
                "said",
                "anonymous",
            ),
            c(
                "The boat, which left the Libyan port of Zuwara two days earlier, began taking on water in rough seas about 40 nautical miles from Lampedusa",
                "the coast guard",
                "coast guard [[said]]",
                "institution",
            ),
            c(
                "Its patrol boats reached the vessel shortly before 3 a.m., after a distress call relayed by the volunteer hotline Alarm Phone"
            ),
            c(
                "survivors said as many as 250 people had been crammed onto the 15-metre boat, most of them from Sudan, Eritrea and Bangladesh",
                "the German charity SeaLine, whose ship assisted in the operation",
                "According to",
                "institution",
            ),
            c(
                "as many as 250 people had been crammed onto the 15-metre boat, most of them from Sudan, Eritrea and Bangladesh",
                "survivors",
                "survivors [[said]]",
                "institution",
            ),
            c(
                "We saw children in the water without life jackets. Some of them we could not reach in time",
                "Lena Hoffmann, a nurse aboard the charity's ship",
                "said",
                "named_person",
                q="direct",
            ),
            c(
                "Most of the survivors were taken to the island's reception centre, which was housing more than 1,400 people on Sunday against a capacity of about 400",
                "the Italian Red Cross, which runs the facility",
                "according to",
                "institution",
            ),
            c("Five people, including a pregnant woman, were flown by helicopter to hospital in Palermo"),
            c(
                'the deaths were "a tragic reminder that safe and legal routes remain far too limited',
                "UNHCR spokeswoman Chiara Lombardi",
                "said",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c("smuggling networks for the disaster", "Italy's interior ministry", "blamed", "institution"),
            c(
                "police in Agrigento had detained two men suspected of steering the boat",
                "Italy's interior ministry",
                "said",
                "institution",
            ),
            c("The ministry did not say what charges they could face", cw=False),
            c(
                "More than 1,700 people have died or gone missing in the central Mediterranean so far this year",
                "the International Organization for Migration",
                "according to",
                "institution",
            ),
            c("Crossings from Libya and Tunisia usually rise in summer, when the sea is calmer"),
        ],
    ),
    (
        "unseen2-nurses-strike-nz",
        HOSPITAL_STRIKE,
        [
            c(
                "Thousands of nurses at public hospitals across New Zealand walked off the job for 24 hours on Thursday in a dispute over pay and staffing, forcing the postponement of hundreds of planned operations"
            ),
            c(
                "about 36,000 of its members were taking part, making it the largest nursing strike in the country in more than five years",
                "The New Zealand Nurses Organisation (NZNO)",
                "said",
                "institution",
            ),
            c(
                'emergency departments remained open and that "life-preserving services" were being provided under an agreement with the union',
                "Health New Zealand, the agency that runs public hospitals",
                "said",
                "institution",
                q="mixed",
            ),
            c(
                "about 2,300 planned procedures and 4,000 outpatient appointments had been rescheduled",
                "[[It]] said about",
                "It [[said]] about",
                "institution",
            ),
            c(
                "Our members are exhausted. They are working short-staffed shift after shift, and patients are paying the price",
                "NZNO chief executive Aroha Tane",
                "said",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "The union is seeking a 12% pay rise over two years and a commitment to minimum staffing ratios on every ward"
            ),
            c(
                "the government's offer of 6.5% was \"fair and affordable",
                "Health Minister Neil Carver",
                "told",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "the union of refusing to negotiate in good faith",
                "Health Minister Neil Carver",
                "accused",
                "named_person",
                cw=False,
            ),
            c(
                'We have put a serious offer on the table," he said, "and I would urge nurses to look at it again rather than take action that hurts patients',
                'table," [[he]] said',
                'he [[said]], "and',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "some wards were operating with fewer than half their usual number of nurses",
                "A hospital manager in Auckland, who spoke on condition of anonymity because staff had been told not to talk to the media",
                "said",
                "anonymous",
                anon=ANON_STRIKE,
            ),
            c(
                "Patients with non-urgent conditions were asked to see their family doctor or call the Healthline service"
            ),
            c("Further strikes are planned for Aug. 14 and 15", "the union", "said", "institution"),
        ],
    ),
    (
        "unseen2-mine-rockfall-free-state",
        MINING,
        [
            c(
                "Eight miners were killed and 14 injured when a rockfall struck a deep-level gold mine in South Africa's Free State province on Monday",
                "the mine's operator",
                "said",
                "institution",
            ),
            c(
                "the accident happened at about 10:40 a.m. at a depth of roughly 1,600 metres, and that 61 other workers who were underground at the time had been brought safely to the surface",
                "Sizwe Gold",
                "said",
                "institution",
            ),
            c(
                "Rescue teams worked through the night to reach three workers who were initially unaccounted for, and their bodies were recovered early on Tuesday",
                "the National Union of Mineworkers (NUM)",
                "according to",
                "institution",
            ),
            c(
                "These were fathers, sons and breadwinners",
                "NUM regional secretary Thabo Mokoena",
                "told",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Workers raised concerns about that section two weeks ago, and nobody listened",
                "NUM regional secretary Thabo Mokoena",
                "told",
                "named_person",
                q="direct",
            ),
            c(
                "they had felt strong tremors in the same tunnel on Sunday night",
                "Two miners who asked not to be named for fear of losing their jobs",
                "said",
                "anonymous",
                anon=ANON_MINE,
            ),
            c(
                "supervisors had told the team to carry on working",
                "One of them",
                "One of them [[said]]",
                "anonymous",
                anon=ANON_MINE,
            ),
            c(
                "inspectors had halted operations at the shaft pending an investigation",
                "The mineral resources minister, who visited the site on Tuesday",
                "said",
                "official_title",
            ),
            c(
                "it was cooperating fully with the inquiry and had offered support to the families of the dead",
                "Sizwe Gold",
                "said",
                "institution",
            ),
            c("The company's shares fell 4.2% in Johannesburg on Tuesday"),
            c("There were reportedly at least two earlier rockfalls at the mine this year", None, "reportedly"),
            c("South Africa's gold mines are among the deepest in the world"),
            c(
                "Fatalities in the country's mines fell to a record low of 49 in 2022",
                "government data",
                "according to",
                "document",
            ),
            c("safety standards have slipped as companies cut costs", "unions", "say", "institution"),
        ],
    ),
    (
        "unseen2-border-ceasefire-kg-tj",
        CEASEFIRE,
        [
            c(
                "Kyrgyzstan and Tajikistan agreed on Saturday to a ceasefire along their disputed border after three days of clashes that killed at least 37 people",
                "officials in both countries",
                "said",
                "anonymous",
            ),
            c(
                "The truce took effect at 6 p.m. local time (1200 GMT)",
                "the Kyrgyz foreign ministry",
                "foreign ministry [[said]]",
                "institution",
            ),
            c(
                "troops on both sides would pull back to the positions they held before the fighting began on Wednesday",
                "[[It]] said troops",
                "It [[said]] troops",
                "institution",
            ),
            c(
                "the two countries' security chiefs had signed a protocol and would meet again next week to discuss a joint monitoring mission",
                "Tajikistan's state news agency Khovar",
                "reported",
                "institution",
            ),
            c(
                "the deal came together only after Russia privately warned both governments that it would not supply further military equipment while the fighting continued",
                "Two diplomats briefed on the talks",
                "said",
                "anonymous",
                anon=ANON_TALKS,
            ),
            c(
                "Nobody wanted to be seen blinking first, so Moscow gave them both a way out",
                "one of the diplomats",
                "said",
                "anonymous",
                q="direct",
                anon=ANON_TALKS,
                cw=False,
            ),
            c(
                'the ceasefire as "fragile at best',
                "A Western diplomat in Bishkek",
                "described",
                "anonymous",
                q="mixed",
                cw=False,
            ),
            c(
                "sporadic gunfire had been heard near the village of Kok-Tash late on Saturday",
                "A Western diplomat in Bishkek",
                "said",
                "anonymous",
            ),
            c(
                'the president had spoken by telephone with his Tajik counterpart and that both sides had "expressed readiness to resolve all issues exclusively by peaceful means',
                "The Kyrgyz president's press secretary",
                "wrote",
                "official_title",
                q="mixed",
            ),
            c(
                "Kyrgyz forces of shelling civilian areas in the Isfara district",
                "Tajikistan",
                "Tajikistan [[accused]]",
                "institution",
            ),
            c("the accusation", "Bishkek", "denied", "institution"),
            c("Tajik troops had opened fire first", "Bishkek", "said", "institution"),
            c(
                "24 of the dead were Kyrgyz citizens, including four children",
                "The Kyrgyz health ministry",
                "said",
                "institution",
            ),
            c("their own toll at 13", "Tajik authorities", "have put", "anonymous"),
            c(
                "More than 130,000 people were evacuated from border areas on the Kyrgyz side",
                "the country's emergencies ministry",
                "according to",
                "institution",
            ),
            c(
                "Nearly half of the 970-kilometre border has never been demarcated, a legacy of the Soviet era, and disputes over water and pasture land have repeatedly turned violent"
            ),
        ],
    ),
    (
        "unseen2-drug-trial-olvatrapib",
        DRUG_TRIAL,
        [
            c(
                "An experimental pill from Norvane Therapeutics cut the risk of heart attack, stroke or cardiovascular death by 21% in people with high cholesterol who cannot tolerate statins",
                "results of a large trial released on Saturday",
                "according to",
                "document",
            ),
            c(
                "The study, which followed 14,200 patients in 32 countries for a median of three and a half years, was published in the New England Journal of Medicine and presented at the American College of Cardiology’s annual meeting in Chicago"
            ),
            c(
                "Patients taking the drug, called olvatrapib, saw their LDL cholesterol fall by an average of 38% within six months",
                "the researchers",
                "reported",
                "official_title",
            ),
            c(
                "This is the first non-statin pill to show a clear reduction in heart attacks and deaths in this population",
                "Dr. Helen Marsh, a cardiologist at Massachusetts General Hospital who led the study",
                "said",
                "named_person",
                q="direct",
            ),
            c(
                "For patients who have been told they have run out of options, that matters a great deal",
                "Dr. Helen Marsh, a cardiologist at Massachusetts General Hospital who led the study",
                "said",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Side effects were generally mild, the study found, although 4.1% of patients on the drug developed gout, compared with 2.9% of those given a placebo",
                "mild, [[the study]] found",
                "found",
                "document",
            ),
            c(
                "it would ask the U.S. Food and Drug Administration for approval before the end of the year",
                "[[Norvane]] said in",
                "said",
                "institution",
            ),
            c("A Norvane spokeswoman declined to give a price", cw=False),
            c("it was too early", "A Norvane spokeswoman", "saying", "official_title", cw=False),
            c("The company’s shares have more than doubled this year"),
            c(
                "the benefit was “real but modest",
                "Dr. Rajesh Varma, a preventive cardiologist at the University of Toronto who was not involved in the trial",
                "said",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "the drug would probably cost far more than generic statins",
                "Dr. Rajesh Varma, a preventive cardiologist at the University of Toronto who was not involved in the trial",
                "noted",
                "named_person",
                cw=False,
            ),
            c(
                "the findings “an important step",
                "An editorial published alongside the study",
                "called",
                "document",
                q="mixed",
                cw=False,
            ),
            c(
                "data on long-term safety were still lacking",
                "An editorial published alongside the study",
                "warned",
                "document",
            ),
            c(
                "About one in ten patients prescribed statins stops taking them because of muscle pain or other side effects",
                "the American Heart Association",
                "according to",
                "institution",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write(DOCS, OUT)
