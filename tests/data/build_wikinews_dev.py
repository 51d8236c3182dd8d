#!/usr/bin/env python3
"""Build tests/data/attribution-wikinews-dev.jsonl: 12 real Wikinews articles (2019-2020), hand-annotated
per /work/shared/evaldata/gold/GUIDELINE.md (same approach as gold/src/dev_spec.py +
tools/build_gold.py: spans are written as strings, offsets are resolved and round-trip checked).

The texts are not copied here: they are read, unchanged, by doc_id from
/work/shared/evaldata/articles/wikinews-more.jsonl (Wikinews, CC BY 2.5; attribute Wikinews and link
the article's url), lines (0-based) 0, 74, 44, 122, 159, 115, 135, 16, 62, 218, 18, 186.
Every claim the guideline asks for is annotated (reported statements, nested ones included, and the
reporter's own check-worthy assertions); datelines, headlines and photo captions are not.

    python3 tests/data/build_wikinews_dev.py [OUT.jsonl]

c(content, src, cue, t=attribution_type, q=quote_type, anon=anonymity_reason, cw=checkworthy, n=occurrence)
A string may carry an anchor: "left [[target]] right" locates `left target right` and keeps `target`.
content: n-th occurrence (default first); source/cue: the occurrence nearest to the content span
(mentions outside the content preferred).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import build, c  # noqa: E402 (the folder is put on the path just above)

ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "evaldata" / "articles" / "wikinews-more.jsonl"
OUT = Path(__file__).with_name("attribution-wikinews-dev.jsonl")

# 0-based line of each article in ARTICLES (checked when the texts are loaded)
LINES = {
    "wn-2019-01-04-magnitogorsk-apartment-building-collapse": 0,
    "wn-2019-08-08-gunman-opens-fire-in-el-paso-texas-super": 74,
    "wn-2019-04-28-us-department-of-justice-investigating-f": 44,
    "wn-2019-10-09-scheduled-power-outages-in-northern-cali": 122,
    "wn-2020-01-10-fire-erupts-in-parking-structure-at-sola": 159,
    "wn-2019-10-03-world-war-ii-era-plane-crashes-in-connec": 115,
    "wn-2019-10-22-aftershocks-increase-death-toll-of-magni": 135,
    "wn-2019-01-28-bombs-kill-at-least-20-at-cathedral-in-m": 16,
    "wn-2019-07-10-benin-nigeria-join-african-union-contine": 62,
    "wn-2020-06-21-british-supermarket-chain-tesco-to-sell-": 218,
    "wn-2019-02-02-paris-court-jails-two-police-in-high-pro": 18,
    "wn-2020-03-13-stores-in-australia-lower-toilet-paper-l": 186,
}


# --------------------------------------------------------------------------- annotations
DOCS = [
    (
        "wn-2019-01-04-magnitogorsk-apartment-building-collapse",
        [
            c("An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region of Russia"),
            c("A suspected gas leak led to an explosion, followed by the ten-storey building coming down"),
            c("A total of 39 are confirmed dead", "officials", "told", "anonymous"),
            c("rescuers ended their work yesterday", "officials", "adding", "anonymous"),
            c("a deliberate criminal act", "Some reports", "suggest", "anonymous"),
            c("The 1973 building was home to over 1,000 people; 48 apartments were damaged"),
            c(
                "Rescuers, working in temperatures well below freezing, according to the emergencies ministry recovered at least ten survivors from the debris on Monday",
                "according to [[the emergencies ministry]] recovered",
                "[[according to]] the emergencies ministry",
                "institution",
            ),
            c("The building was evacuated"),
            c("Over 1,000 rescuers responded"),
            c(
                "they believe gas, which leaks relatively frequently in Russia, was the trigger for the disaster which occurred at 6am as many occupants slept",
                "The Investigative Committee and the Federal Security Service (FSB)",
                "said",
                "institution",
            ),
            c(
                "President Vladimir Putin was briefed, and flew to Magnitogorsk on Monday, observing the rescue mission and visiting the wounded in hospital"
            ),
            c(
                "presumably between 36 and 40 people under the rubble",
                "Emergencies Minister Yevgeny Zinichev",
                "he was [[told]] by",
                "named_person",
                q="direct",
            ),
            c(
                "68 people were missing",
                "Chelyabinsk regional Deputy Governor Oleg Klimov",
                "indicated",
                "named_person",
            ),
            c(
                'Search and rescue was suspended on Tuesday, with Zinichev describing the "real threat of [another] part of the building collapsing" as making it "impossible to continue working in such conditions", and work launched to stabilise the remaining structure'
            ),
            c(
                'the "real threat of [another] part of the building collapsing" as making it "impossible to continue working in such conditions',
                "with [[Zinichev]] describing",
                "describing",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c("this would take 24 hours", "[[He]] estimated", "estimated", "named_person", cw=False),
            c("Cranes were used to hoist workers into position to demolish sections deemed dangerous"),
            c(
                "Rescue work resumed on Wednesday, with additional bodies recovered increasing the confirmed death toll from fourteen to 31"
            ),
            c(
                "The search and rescue operation is complete",
                "Deputy Emergency Situations Minister Alexander Chupriyan",
                "told",
                "named_person",
                q="direct",
            ),
            c(
                "each victim will be subject to a payout of one million rubles",
                "Chelyabinsk's governor",
                "has promised",
                "official_title",
                cw=False,
            ),
            c(
                "the chances of those trapped being found alive were already diminishing",
                "Health Minister Veronika Skvortsova",
                "indicated",
                "named_person",
                cw=False,
            ),
            c(
                "On Tuesday an eleven-month-old boy, identified only as Ivan, was rescued alive and flown to Moscow for treatment of injuries including frostbite, leg fractures, and head trauma"
            ),
            c("He was found under rubble, still in his cot after having been trapped for over 30 hours"),
            c(
                "Ivan's condition was on Wednesday reported to not be life-threatening",
                None,
                "was on Wednesday [[reported]]",
            ),
            c("six deaths were of children", "The Emergencies Ministry", "said", "institution"),
            c("On the night of Monday to Tuesday another explosion hit a gas-powered minibus in the city"),
            c("three people died", "Officials", "said", "anonymous"),
            c("their identities were not provided"),
            c("Both explosions took place on Karl Marx Avenue, within two miles of each other"),
            # "—Zinichev calling a temporary halt ..." = photo caption, not annotated
            c("the two explosions are related", "The FSB", "denies", "institution"),
            c(
                "speculation the disaster's cause was not in fact a gas leak",
                "; [[reports]] describe",
                "describe",
                "anonymous",
            ),
            c(
                "FSB sources have ascribed the explosion to terrorism",
                "One news site, Znak.com",
                "claims",
                "institution",
            ),
            c("the explosion to terrorism", "FSB sources", "have ascribed", "anonymous"),
            c("it has found no trace of explosives", "The Investigative Committee", "says", "institution"),
            c(
                "an anonymous source described a second-floor apartment being used as an explosives depot ahead of a planned shopping centre bombing",
                "despite [[Znak.com]] claiming",
                "claiming",
                "institution",
            ),
            c(
                "a second-floor apartment being used as an explosives depot ahead of a planned shopping centre bombing",
                "an anonymous source",
                "described",
                "anonymous",
            ),
            c(
                "its source said that apartment's tenant moved in the day before the blast",
                "[[Znak.com]] further reported",
                "further [[reported]]",
                "institution",
            ),
            c(
                "that apartment's tenant moved in the day before the blast",
                "[[its source]] said that",
                "its source [[said]] that",
                "anonymous",
            ),
            c(
                "FSB officers were present where the minibus exploded outside the local administrative building",
                "Regional governor Boris Dubrovsky",
                "Dubrovsky [[said]]",
                "named_person",
            ),
            c(
                "this too was unrelated to the other explosion",
                "Regional governor Boris Dubrovsky",
                "but [[said]] this",
                "named_person",
            ),
            c(
                'its source said "three terrorists" were killed in a firefight on Monday night',
                '[[Znak.com]] reported its source said "three',
                'Znak.com [[reported]] its source said "three',
                "institution",
                q="mixed",
            ),
            c(
                '"three terrorists" were killed in a firefight on Monday night',
                '[[its source]] said "three',
                'its source [[said]] "three',
                "anonymous",
                q="mixed",
            ),
            c("the vehicle burn amid what sounds like gunfire", "footage from the scene", "showed", "document"),
            c(
                "its anonymous source claimed a fourth offender escaped and remains wanted",
                "The website",
                "further [[reported]] its anonymous",
                "institution",
            ),
            c("a fourth offender escaped and remains wanted", "its anonymous source", "claimed", "anonymous"),
            c("Monday saw armed police with dogs searching a second apartment block in Magnitigorsk"),
            c("the officers claimed to be seeking a bomb", "Residents there", "told", "institution"),
            c("to be seeking a bomb", "the officers", "the officers [[claimed]] to be", "institution"),
        ],
    ),
    (
        "wn-2019-08-08-gunman-opens-fire-in-el-paso-texas-super",
        [
            c(
                "On Saturday morning, a gunman shot shoppers at a Walmart store in the U.S. border city of El Paso, Texas, with the death toll rising to 22 people on Monday, reported officials, with 25 others injured",
                "reported [[officials]], with",
                "[[reported]] officials, with",
                "anonymous",
            ),
            c(
                "the suspected gunman surrendered himself to police after being confronted by officers",
                "Police",
                "Police [[said]] the suspected",
                "institution",
            ),
            c(
                "The shooting began at 10:39 a.m. local time (1639 UTC)",
                "according to [[police]], who",
                "[[according to]] police, who",
                "institution",
            ),
            c(
                "officers arrived at the Walmart six minutes later",
                "according to [[police]], who",
                "who [[said]]",
                "institution",
            ),
            c(
                "State prosecutors charged the suspect in the shooting with capital murder",
                "murder, [[they]] said",
                "they [[said]] Sunday",
                "official_title",
            ),
            c("murder carrying the possibility of the death penalty"),
            c(
                "Federal authorities are investigating the shooting as domestic terrorism",
                "prosecutor Josh Bash, the U.S. Attorney for the Western District of Texas",
                "according to",
                "named_person",
            ),
            c(
                'the attack as "designed to intimidate a civilian population, to say the least',
                "[[Bash]] characterized",
                "characterized",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "We are treating it as a domestic terrorism case, and we're going to do what we do to terrorists in this country, which is deliver swift and certain justice",
                "said [[Bash]]",
                "[[said]] Bash",
                "named_person",
                q="direct",
            ),
            c("Charges of domestic terrorism also carry a possible death penalty at the federal level"),
            c(
                "The Walmart, by the Cielo Vista Mall, where the shooting happened is roughly five miles (eight kilometers) from the U.S.–Mexico border crossing between El Paso and Ciudad Juárez, Mexico, separated by the Rio Grande"
            ),
            c(
                "six Mexican nationals were killed in the attack, and seven more were injured",
                "Mexican President Andrés Manuel López Obrador",
                "According to",
                "named_person",
            ),
            c(
                "eight Mexicans died in the attack",
                "Another report from the Mexican government",
                "said",
                "document",
            ),
            c(
                "the Mexican government would pressure the U.S. government to provide better protections for Mexicans in the United States",
                "Mexico's Foreign Secretary Marcelo Ebrard",
                "said",
                "named_person",
                cw=False,
            ),
            c(
                "Mexico would consider charging the gunman with terrorism against Mexicans and would seek to extradite the gunman to face charges in Mexico",
                "The foreign minister",
                "said",
                "named_person",
                cw=False,
            ),
            c(
                "As far as I know, this would be the first case of this type in history",
                '[[Ebrard]] said, "As far',
                'Ebrard [[said]], "As far',
                "named_person",
                q="direct",
            ),
            c(
                "For Mexico, this individual is a terrorist",
                '[[Ebrard]] said, "As far',
                "adding",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "the suspect as 21-year-old Patrick Crusius of Allen, Texas, near the city of Dallas",
                "U.S. officials",
                "identified",
                "anonymous",
            ),
            c(
                "during the weekend, police were investigating whether a manifesto posted online to the message board 8chan was written by the suspect",
                "the El Paso mayor, Dee Margo",
                "According to",
                "named_person",
            ),
            c(
                'a "cultural and ethnic replacement brought on by an invasion" of Hispanic people into the United States',
                "the writer",
                "supposes",
                "anonymous",
                q="mixed",
                cw=False,
            ),
            c(
                "the manifesto if written by the suspect could strengthen the federal government's case",
                "U.S. Attorney Bash",
                "According to",
                "named_person",
                cw=False,
            ),
            # continuation quote after the colon: same source and cue
            c(
                "The key factor here is that it appears to be an intent to coerce or intimidate a civilian population[...] That's met here",
                "U.S. Attorney Bash",
                "[[According to]] U.S. Attorney Bash",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "the police were attributing authorship of the document to Crusius",
                "El Paso's police chief Greg Allen",
                "said",
                "named_person",
            ),
            c(
                "authorship of the document to Crusius",
                "[[the police]] were attributing",
                "were attributing",
                "institution",
            ),
            c(
                "the shooting followed four deadly mass shootings in the United States that week, including one in California at a garlic festival in Gilroy, killing three, and another in Chippewa Falls, Wisconsin where at least five died",
                "data from the Gun Violence Archive",
                "According to",
                "document",
            ),
            c(
                "The El Paso shooting preceded another one less than thirteen hours later in Dayton, Ohio where ten people died"
            ),
            c(
                "events where four or more people are killed or injured by gunfire, other than the perpetrator, as a mass shooting",
                "The archive",
                "characterizes",
                "document",
            ),
        ],
    ),
    (
        "wn-2019-04-28-us-department-of-justice-investigating-f",
        [
            c(
                "the United States Department of Justice was performing a criminal investigation of Ford's internal emission testing practices",
                "Ford Motor Company",
                "announced",
                "institution",
            ),
            c(
                "the criminal investigation started on some unspecified date after Ford voluntarily disclosed the matter to the federal government on February 21",
                "[[Ford]] said in a financial",
                "Ford [[said]] in a financial",
                "institution",
            ),
            c(
                'the matter "currently focuses on issues relating to road load estimations, including analytical modeling and coastdown testing", and "does not involve the use of defeat devices',
                "[[Ford]] said in their filing",
                "Ford [[said]] in their filing",
                "institution",
                q="mixed",
            ),
            c(
                "Ford is fully cooperating with the government, and we'll keep them posted on what we're finding through our investigation and technical review",
                "[[Ford]] told",
                "told",
                "institution",
                q="direct",
            ),
            c(
                "In addition, we have notified a number of other state and federal agencies. We are fully cooperating with all government agencies",
                "[[Ford]] also made",
                "writing",
                "institution",
                q="direct",
            ),
            c(
                "investigating itself, following employee concerns that emission testing calculation could be inconsistent",
                "[[Ford]] announced investigating",
                "announced",
                "institution",
            ),
            c(
                'The employees were reportedly concerned about the calculation of "road load", a measurement of ordinary resistance factors such as tire resistance and aerodynamic drag',
                None,
                "reportedly",
            ),
            c(
                "Ford started its investigation by hiring law firm Sidley Austin",
                "The Verge",
                "according to",
                "institution",
            ),
            c(
                "Ford voluntarily disclosed this matter to the U.S. Environmental Protection Agency on February 18, and also to the California Air Resources Board on February 21",
                "[[the filing]], Ford voluntarily",
                "According to",
                "document",
            ),
        ],
    ),
    (
        "wn-2019-10-09-scheduled-power-outages-in-northern-cali",
        [
            c(
                "At midnight local time (0700 UTC), United States public utility Pacific Gas and Electric Company (PG&E) began turning off electricity for customers in the San Francisco area of California"
            ),
            c(
                "it scheduled the blackouts in response to forecasts for high winds amid dry conditions",
                "[[PG&E]] stated",
                "stated",
                "institution",
            ),
            c("The aim is to reduce the risk of wildfires"),
            c(
                "Nearly 800 thousand customers were scheduled to be affected by the shutoffs which were expected to last through at least midday tomorrow"
            ),
            c("Within the first four hours 185 thousand customers were without power"),
            c(
                "by noon today over half a million could be affected, at which point phase two was planned to begin",
                "PG&E's schedule",
                "According to",
                "document",
            ),
            c("Phase two was planned to affect over two hundred thousand customers"),
            c("A phase three was tentatively planned, but final decisions were not yet made"),
            c(
                "PG&E announced the schedule in a press release late yesterday and followed it up with a press conference last night"
            ),
            c(
                "We very much understand the inconvenience and difficulties such a power outage would cause",
                "Sumeet Singh, a vice president at PG&E",
                "said",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "This is forecast to be the strongest offshore wind event since October 2017",
                "Company meteorologist Evan Duffey",
                "said",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "The safety of our customers and the communities we serve is our most important responsibility, which is why PG&E has decided to turn power off to customers during this widespread, severe wind event. We understand the effects this event will have on our customers and appreciate the public's patience as we do what is necessary to keep our communities safe and reduce the risk of wildfire",
                "Senior vice president Michael Lewis",
                "added",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "school districts across the area announced school closings",
                "local news",
                "According to",
                "institution",
            ),
            c("school closings", "school districts across the area", "announced", "institution"),
            c("phase one had been completed", "[[PG&E]] announced via Twitter", "announced", "institution"),
            c(
                "its website being inaccessible due to high volume of traffic",
                "The company",
                "apologized",
                "institution",
            ),
        ],
    ),
    (
        "wn-2020-01-10-fire-erupts-in-parking-structure-at-sola",
        [
            c(
                'At about 15:30 local time (1430 UTC) on Tuesday a fire was reported in the "Kiss & Fly" section of a parking structure at Stavanger Airport, Sola in Norway',
                None,
                "was [[reported]] in the",
            ),
            c("The structure has over 3000 parking spaces"),
            c("more than half of those were filled", "; [[reports]] said", "reports [[said]]", "anonymous"),
            c("The airport was quickly closed to air traffic"),
            c(
                "It was initially reported the fire started in an electric vehicle",
                None,
                "initially [[reported]]",
            ),
            c(
                "the fire started in a recalled 2005 Opel Zafira",
                "news broadcaster NRK",
                "later [[reported]]",
                "institution",
            ),
            c(
                "The car was recalled after a similar fire in Cork, Ireland in August last year, causing damage to about 60 cars"
            ),
            c("they questioned the car's owner", "Police", "said", "institution"),
            c("The fire produced heavy smoke"),
            c(
                "there was danger the building might collapse",
                "local officials",
                "said",
                "anonymous",
                cw=False,
            ),
            c(
                "no personnel would be sent into the building",
                "Nils-Erik Haagenrud of Rogaland Fire and Rescue",
                "said",
                "named_person",
            ),
            c("Rogaland Fire and Rescue requested support and equipment from other fire departments"),
            c("The airport and nearby hotel were both evacuated"),
            c(
                "people in the general vicinity to stay inside and close exterior vents and windows",
                "local police",
                "warned",
                "institution",
                cw=False,
            ),
            c(
                "Through Tuesday evening the fire was reduced and the order for a fire extinguisher robot from Oslo Fire and Rescue was canceled"
            ),
            c(
                "The airport closure also led to Norwegian Prime Minister Erna Solberg being stranded after a visit to the Johan Sverdrup oil field"
            ),
            c(
                "places to eat for the seven hour drive from Stavanger to the capital of Oslo",
                "[[Solberg]] posted",
                "asking for",
                "named_person",
                cw=False,
            ),
            c(
                "an estimated two to three hundred vehicles had been damaged or destroyed, but no humans had been hurt",
                "Reports",
                "Wednesday [[said]]",
                "anonymous",
            ),
            c("By about 22:00 local time (2100 UTC) on Tuesday the flames were under control"),
            c(
                "Local firefighters planned to continue to monitor the situation and work to prevent further damage",
                cw=False,
            ),
            c("It was also discovered the structure was built without sprinklers"),
            c(
                "Stavanger Airport, Sola was to open on Wednesday morning, but returning to normal service was expected to take longer",
                cw=False,
            ),
            c("Affected travelers were advised to contact their airlines for rebooking", None, "advised", cw=False),
        ],
    ),
    (
        "wn-2019-10-03-world-war-ii-era-plane-crashes-in-connec",
        [
            c(
                "At least seven people were killed in the United States yesterday, when a World War II-era bomber crashed at Bradley International Airport in Windsor Locks, Connecticut"
            ),
            c(
                "The plane crashed near the end of a runway at 9:54 a.m. ET (1354 UTC) during an attempted landing, and struck a deicing facility at the airport",
                "officials",
                "according to",
                "anonymous",
            ),
            c("The pilot was trying to land the plane about five minutes after takeoff"),
            c(
                "Fourteen people were injured in the crash, including all on board the plane, and one airport worker on the ground",
                "Commissioner James Rovella of the Connecticut Department of Emergency Services and Public Protection",
                "according to",
                "named_person",
            ),
            c(
                "there were ten passengers and three crew members aboard the aircraft",
                "Windsor Locks' first selectman, Chris Kervick",
                "According to",
                "named_person",
            ),
            c(
                "Crash victims were transported by ambulance and by air to hospitals in the area, including Hartford Hospital, Bridgeport Hospital, and Saint Francis Hospital"
            ),
            c(
                "We received a mass casualty alert following the plane crash that took place near Bradley International Airport this morning. As a Level 1 Trauma Center, Saint Francis Hospital department has deployed all the necessary preparations in order to be ready to receive any number of patients",
                "Dr. Steven Wolf at Saint Francis",
                "said",
                "named_person",
                q="direct",
            ),
            c("Bradley Airport was shut down after the incident and reopened later that day at 2 p.m. ET (1800 UTC)"),
            c("The airport is the second-largest airport in the New England region of northeastern United States"),
            c(
                "My heart really goes out to the families and we're going to give them the best information we can, as soon as we can, in an honest way [...] We're doing everything we can, and we've got an amazing group of people who are going to get to the bottom of this as soon as we can. You're in our prayers",
                "Connecticut Governor Ned Lamont",
                "said",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "The aircraft, a Boeing B-17 Flying Fortress, is registered in Middlesex County, Massachusetts, and was manufactured in 1944",
                "Federal Aviation Administration records",
                "according to",
                "document",
            ),
            c(
                "the same aircraft was involved in an incident in Beaver Falls, Pennsylvania on August 23, 1987",
                "a 1989 report from the National Transportation Safety Board (NTSB)",
                "According to",
                "document",
            ),
            c(
                "there was one passenger seriously injured, and two more with minor injuries; no crew were injured",
                "The report",
                "said",
                "document",
            ),
            c(
                "the involved airplane is one of eighteen B-17s still in the United States",
                "Connecticut Senator Richard Blumenthal",
                "According to",
                "named_person",
            ),
            c(
                "the NTSB would begin an investigation at Bradley Airport, led by Board Member Jennifer Homendy",
                "[[Blumenthal]] said",
                "said",
                "named_person",
            ),
        ],
    ),
    (
        "wn-2019-10-22-aftershocks-increase-death-toll-of-magni",
        [
            c(
                "On Saturday, aftershocks of a powerful earthquake with reported magnitude 6.3 that struck southern Philippines on Wednesday night have increased the death toll of the extended event from five people to six due to a massive landslide following a 5.0 magnitude aftershock on Saturday",
                None,
                "with [[reported]] magnitude",
            ),
            c(
                "On Wednesday, the strong tremor left five dead and, by early reports, at least 30 injured",
                "by [[early reports]]",
                "[[by]] early reports",
                "anonymous",
            ),
            c(
                "The National Disaster Risk Reduction and Management Council (NDRRMC) of the Philippines increased the previous death toll to six following the landslide caused by the 5.0 earthquake"
            ),
            c(
                "the total reported casualties increased to 167 from a previous 93 injured people",
                None,
                "total [[reported]] casualties",
            ),
            c(
                "Wednesday's quake affected the Bangsamoro Autonomous Region in Muslim Mindanao, Region 11 and Region 12",
                "reports",
                "said",
                "anonymous",
            ),
            c(
                "Over 2,000 residents near Mount Apo in Kidapawan City have been relocated to other villages in the city since Wednesday"
            ),
            c("76 villages were affected", "NDRRMC report", "according to", "document"),
            c(
                "21 injured individuals in Davao del Sur, 36 in North Cotabato, 29 in South Cotabato and seven in General Santos City",
                "NDRRMC report",
                "figured",
                "document",
            ),
            c(
                "Numbers of affected residents fear to return home due to the series of aftershocks",
                "CNN Philippines",
                "according to",
                "institution",
            ),
            c(
                "Wednesday's tremor damaged 143 buildings including 70 schools, 40 houses, seven health facilities, two worshiping areas, and ten commercial buildings",
                "a situational report of NDRRMC",
                "[[In]] a situational report",
                "document",
            ),
            c(
                "three malls in Davao City and Gaisano Mall in Digos City were damaged following aftershocks",
                "Rappler",
                "reported",
                "institution",
            ),
            c(
                "the first quake occurred at 7:37 p.m. local time (1137 UTC) on Wednesday",
                "The Philippine Institute of Volcanology and Seismology (Phivolcs)",
                "reported",
                "institution",
            ),
            c("Magnitude 6.3", "according to [[Phivolcs]], it", "according to", "institution"),
            c("it was recorded as magnitude 6.4 by the US Geological Survey"),
            c(
                "It was followed by another earthquake an hour later; the second quake had a magnitude of 4.0 and was recorded in Sultan Kudarat"
            ),
            c(
                "A 5.3-magnitude quake was recorded at 4:53 a.m Thursday morning (2053 Wednesday night, UTC) in Manay, Davao Oriental"
            ),
            c(
                "Wednesday's earthquake, at 6.3, was the strongest recorded impacting Kidapawan City",
                "Manila Bulletin",
                "According to",
                "institution",
            ),
            c("Phivolcs recorded 611 aftershocks as of Saturday 8:00 p.m. (1200 UTC)"),
            c(
                "many schools were closed on Thursday and after, with the provincial government in North Cotabato suspending classes province-wide"
            ),
            c(
                "classes for students ranging from kindergarten to high school, public and private, would be cancelled",
                "Charles Federic Plotena, the mayor of Esperanza, Sultan Kudarat",
                "announced",
                "named_person",
            ),
            c("Sara Duterte, the mayor of Davao City, also cancelled graduate and post-graduate studies"),
            c(
                "Reportedly, at least two towns —including Makilala in the province of North Cotabato— declared a state of calamity following Wednesday's quake",
                None,
                "Reportedly",
            ),
            c(
                "the western extension of Mindanao Fault makes the province seismically active, while the nearby Cotabato Trench contributes to earthquakes regionally",
                "[[Phivolcs]] said in its report",
                "said",
                "institution",
            ),
        ],
    ),
    (
        "wn-2019-01-28-bombs-kill-at-least-20-at-cathedral-in-m",
        [
            c("Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines"),
            c(
                "The second blast affected first responders following the first; between the two blasts, at least 20 were killed"
            ),
            c(
                "the confirmed deaths are fourteen civilians, five Armed Forces personnel, and one member of the Coast Guard",
                "Chief Superintendent Graciano Mijares of the police of the Autonomous Region in Muslim Mindanao",
                "According to",
                "named_person",
            ),
            c("This revised downwards an earlier toll of 27 dead"),
            c(
                "90 civilians were wounded, as were seventeen from the Armed Forces, and two each from the Coast Guard and the National Police",
                "Mijares",
                "claimed",
                "named_person",
            ),
            c("Some victims were airlifted to nearby Zamboanga"),
            c(
                "We will use the full force of the law to bring to justice the perpetrators behind this incident",
                "Delfin Lorenzana, the Defence Secretary",
                "said",
                "named_person",
                q="direct",
                cw=False,
            ),
            c('the attacks as a "dastardly act', "[[he]] described", "described", "named_person", q="mixed", cw=False),
            c(
                'vigilant locals to assist authorities and "deny terrorism any victory',
                "[[he]] described",
                "urged",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c("The first bomb went off within the Roman Catholic cathedral; the second in its car park"),
            c(
                "he had ordered 'heightened alert' from troops, and that the army protect places of worship",
                "[[Lorenzana]] said he had",
                "Lorenzana [[said]]",
                "named_person",
                q="mixed",
            ),
            c("The Philippines is a Catholic majority nation"),
            c(
                "This week saw a referendum seeking to create a new autonomous, self-administered region in Muslim-majority Mindanao, potentially ending decades of conflict with the Moro Islamic Liberation Front"
            ),
            c("Of the 2.8 million who voted, 85% were in favour"),
            c(
                "the new region, to be called Bangsamoro, would be governing itself from 2022",
                "the government",
                "announced",
                "institution",
            ),
            c("Jolo, and the Sulu region it is within, were among the areas to vote against the measure"),
            c("Bangsamoro is nevertheless to include them within it"),
            c(
                "the Abu Sayyaf Group are the suspected perpetrators",
                "Arnel dela Vega of the army's Western Mindanao Command",
                "said",
                "named_person",
            ),
            c("The first bomb went off during Mass"),
            c(
                "wooden pews broken and scattered within the building",
                "video footage from the scene",
                "shows",
                "document",
            ),
            c(
                "only this organisation appeared capable of the double bombing",
                "Regional Governor Mujiv Hataman",
                "saying",
                "named_person",
                cw=False,
            ),
            c(
                "responsibility",
                "The Islamic State of Iraq and the Levant, which is linked to the Abu Sayyaf Group",
                "claimed",
                "institution",
            ),
            c("their casualties were attending mass", "The Coast Guard", "said", "institution"),
            c(
                "The deceased seaman was identified as Jaypee Galicha",
                "a Coast Guard spokesperson",
                "was [[identified]] as",
                "official_title",
            ),
            c(
                'an order by Coast Guard Commandant Admiral Elson Hermogino directing Coast Guard units nearby to "join personnel from the [army and police] in the investigation and pursuit of the perpetrators',
                "[[The Coast Guard]] has announced",
                "has announced",
                "institution",
                q="mixed",
            ),
            c(
                'Coast Guard units nearby to "join personnel from the [army and police] in the investigation and pursuit of the perpetrators',
                "Coast Guard Commandant Admiral Elson Hermogino",
                "directing",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "Statements of condemnation have come from Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen, Pope Francis, and a spokesperson for President Rodrigo Duterte"
            ),
            c("The OIC is the largest group representing nations with mainly Muslim populations"),
        ],
    ),
    (
        "wn-2019-07-10-benin-nigeria-join-african-union-contine",
        [
            c(
                "Leaders of African Union (AU) member states met in Niamey, Niger's capital, for an AU summit where on Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the African Continental Free Trade Area (AfCFTA) agreement"
            ),
            c(
                "it planned to join the AfCFTA in the week leading up to the summit",
                "[[Nigeria]] previously",
                "announced",
                "institution",
            ),
            c("Benin was to join", "AU trade and industry commissioner Albert Muchanga", "announced", "named_person"),
            c(
                "We haven't yet agreed on rules of origin and tariff con[c]essions, but the framework we have is enough to start trading on July 1, 2020",
                "The commissioner",
                "said",
                "named_person",
                q="direct",
            ),
            c(
                "Nigeria is Africa's biggest economy and most populous country. Without Nigeria the free trade zone would've been handicapped",
                "Niger's president Mahamadou Issoufou",
                "said",
                "named_person",
                q="direct",
            ),
            c(
                "The agreement seeks to remove tariffs on 90 percent of commodities and better intregrate African economies"
            ),
            c(
                "The success of the AfCFTA will be the real test to achieve the economic growth that will turn our people's dream of welfare and quality of life into a reality",
                "AU chairperson President Abdel Fattah el-Sisi of Egypt",
                "said",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "With Sunday's signings, all but one of the member states of the 55-member AU have signed on to the agreement, with Eritrea the only state unsigned"
            ),
            c("African leaders have negotiated the deal over the last four years"),
            c("While 54 nations have signed onto the AfCFTA, only 27 have ratified the agreement"),
            c("many transactions in Africa occur using U.S. dollars or euros"),
            c("an electronic pan-African payment system", "the AU", "announced", "institution"),
            c(
                'the use of third-party currencies "costs Africa between $5 and $7 billion',
                "African Export–Import Bank president Okey Oramah",
                "said",
                "named_person",
                q="mixed",
            ),
            c(
                "Beyond that, it also reduces trade because Africa has a scarcity of foreign exchange",
                "African Export–Import Bank president Okey Oramah",
                "saying",
                "named_person",
                q="direct",
            ),
            c(
                "There are reportedly 1.3 billion people in the free trade area, with the combined economies of the countries worth US$3.4 trillion",
                None,
                "reportedly",
            ),
            c("One of the stated goals of AfCFTA is to encourage more intra-Africa trade"),
            c("Currently about 16–17 percent of African trade occurs between African countries"),
            c(
                "This is in contrast to the European Union members, where intra-European trade accounts for over 60 percent of trade"
            ),
            c(
                'the AfCFTA might be for African countries comparable to the European and North American trade blocs as an "economic game changer',
                "The International Monetary Fund",
                "said",
                "institution",
                q="mixed",
                cw=False,
            ),
            c(
                "Seven members states had bid to host the AfCFTA secretariat, the operational organ of the free trade agreement, with Ghana winning the bid"
            ),
        ],
    ),
    (
        "wn-2020-06-21-british-supermarket-chain-tesco-to-sell-",
        [
            c(
                "their agreement over selling a large portion of Tesco's Polish operation to Salling Group",
                "UK-based retailer Tesco and Denmark-based retailer Salling Group",
                "announced",
                "institution",
            ),
            c(
                "its intention to leave the Polish market altogether",
                "[[Tesco]] stated",
                "stated",
                "institution",
                cw=False,
            ),
            c(
                "its intention to strengthen its Netto chain in Poland",
                "altogether, [[Salling]] its",
                "stated",
                "institution",
                cw=False,
            ),
            c("The deal covers 301 stores, two distribution centers and the head office"),
            c(
                "it seeks to improve its coverage in Southern Poland and, over 18 months at a cost of one billion złotys, intends to merge these stores into its currently 386 strong Netto chain",
                "acquisition [[Salling]] said",
                "said",
                "institution",
                cw=False,
            ),
            c(
                "Salling also takes over about 7000 employees from Tesco — Netto Poland currently has about 5000 employees"
            ),
            c("Tesco continues to run 19 stores, which were not included in this package"),
            c("The sale price, to be payed in cash, is 900 million złotys (181 million pounds)"),
            c(
                "its Polish branch had a 24 million pounds operating loss with a 1368 million pounds turnover; to which the sold units contributed with a 947 million pounds turnover for a 107 million loss",
                "[[Tesco]] said its Polish",
                "said",
                "institution",
            ),
            c("At fiscal year-end, the sold units held a value of 681 million pounds in the books"),
            c("UOKiK, the Polish anti-monopoly agency, has to approve the deal"),
            c("they expect a decision this year", "The parties", "said", "institution", cw=False),
            c(
                "Tesco has suffered losses from its Polish operation for several years, as customer preference has shifted away from hypermarkets, Tesco's preferred store size, to smaller discount stores like Biedronka and LIDL"
            ),
            c("The Sunday trade ban, introduced in 2018, also hurt sales"),
            c(
                "some discount stores resorted to offer postal services, a loophole which allows Sunday opening hours",
                "Notes from Poland (NFP)",
                "According to",
                "institution",
            ),
            c(
                "In 2015, Tesco centralized its management in the Central European region, comprising Czechia, Hungary, Poland, and Slovakia, but reverted the decision later on"
            ),
            c("At the time, the company invested in e-commerce and started home deliveries"),
            c(
                "only 0.5% of Polish grocery turnover comes from this segment, compared to 7% in the United Kingdom",
                "Gazeta Prawna",
                "reports",
                "institution",
            ),
            c(
                "In the past few years, Tesco Polska has cut expenditures by streamlining its product range, halving its staff, shutting off home deliveries in parts of the country, and closing off stores, reportedly including last year its Poznan distribution center",
                None,
                "reportedly",
            ),
            c(
                "62 Tesco outlets had closed within a year",
                "Deutsche Welle (DW)",
                "reported",
                "institution",
            ),
            c(
                "Staff layoffs left meat, fish and delicatessen departments without designated shop assistants, and forced staff canteen closures and administration simplifications"
            ),
            c(
                "Tesco sold its roughly 2000 Thai and 74 Malaysian stores to Charoen Pokphand in March; announced leaving its joint venture with China Resources Holdings in February; and in 2015 sold its South Korean chain HomePlus"
            ),
            c(
                "leaving its joint venture with China Resources Holdings in February",
                "[[Tesco]] sold its roughly",
                "; [[announced]] leaving",
                "institution",
            ),
            c(
                "the company held a 4% share of the Polish retail market, compared to its 16% share in Hungary",
                "Matt Simister, Tesco’s CEO for Central Europe",
                "explained",
                "named_person",
            ),
            c(
                "they want to stay in Hungary",
                "Matt Simister, Tesco’s CEO for Central Europe",
                "and [[stated]] they want",
                "named_person",
                cw=False,
            ),
            c(
                "Dave Lewis, CEO of Tesco, stated they did not have intentions of leaving Thailand or Poland",
                "a DW report",
                "[[In]] a DW report",
                "document",
            ),
            c(
                "they did not have intentions of leaving Thailand or Poland",
                "Dave Lewis, CEO of Tesco",
                "Tesco, [[stated]] they did not",
                "named_person",
                cw=False,
            ),
            c(
                "Tesco's Polish operation, according to Gazeta Wyborcza in March, is too big for a single monolithic sale",
                "according to [[Gazeta Wyborcza]] in March",
                "[[according to]] Gazeta Wyborcza",
                "institution",
                cw=False,
            ),
            c(
                "22 sold units in the past year and a half, for around 200 million pounds",
                "The chain's press release",
                "reported",
                "document",
            ),
            c(
                "the Kaufland chain and property developer Echo Investment among the buyers",
                "[[NFP]] named",
                "named",
                "institution",
            ),
            c("Both Tesco and Salling entered the Polish market in 1995"),
        ],
    ),
    (
        "wn-2019-02-02-paris-court-jails-two-police-in-high-pro",
        [
            c(
                "After a jury trial in Paris, two French police officers were found guilty on Thursday of raping a Canadian tourist in 2014"
            ),
            c("Both on Thursday received seven-year prison terms"),
            c("The case has attracted widespread attention", cw=False),
            # "—Testimony from the chief internal police investigator" = photo caption, not annotated
            c(
                "Emily Spanton, 39, who has waived her right to anonymity, met officers Antoine Quirin and Nicolas Redouane, 40 and 49, at an Irish pub"
            ),
            c(
                "They worked for the Brigade de Recherche et d’Intervention, an elite anti-gang unit tasked with investigating serious offending, and offered Spanton a late night tour of the famed police headquarters at 36 Quai des Orfèvres"
            ),
            c(
                "their arrival at the building, entering at 0:40 after Spanton smoked a cigarette",
                "CCTV",
                "captured",
                "document",
            ),
            c("she departed in tears, without her tights, and carrying her shoes at 2:00"),
            c(
                "In between, she testified, she was gang raped by Quirin, Redouane, and an unidentified third officer",
                "[[she]] testified",
                "testified",
                "named_person",
            ),
            c(
                "she was forced to drink whiskey and perform oral sex on the men before being raped",
                "[[She]] told the court she was forced",
                "She [[told]] the court she was forced",
                "named_person",
            ),
            c("they raped me", "[[She]] told a guard", "She [[told]] a guard", "named_person", q="direct"),
            c(
                "Spanton first complained of theft (vol), not rape (viol)",
                "The defendants",
                "The defendants [[claimed]]",
                "named_person",
            ),
            c("theft (vol), not rape (viol)", "claimed [[Spanton]] first", "complained of", "named_person"),
            c("any sexual activity", "Quirin", "denied", "named_person"),
            c("his DNA was on Spanton's underwear"),
            c("sex had been consensual", "underwear [[he]] claimed", "he [[claimed]] sex", "named_person"),
            c("sex was consensual", "Redouane", "consistently [[claimed]]", "named_person"),
            c(
                "Photographs, videos, and text messages from the night were deleted by the two officers, who were allowed to go home within hours of the allegation"
            ),
            c(
                "Spanton had her home and computer searched; officers traveled to Canada and interviewed her friends and family"
            ),
            c(
                "An initial attempt to prosecute Quirin and Redouane failed; the case was thrown out of court due to insufficient evidence, but an appeal by Spanton and prosecutors secured the opportunity to present the evidence to a jury"
            ),
            c("At trial, she was questioned on her clothing, and her drinking and sexual habits"),
            c("Unlike the accused, Spanton was tested for alcohol"),
            c("She was also drug tested and questioned for hours"),
            c(
                "My client is of course very relieved with the verdict and is glad that she withstood the very arduous process that led to today. She is glad that she did her part in allowing justice to unfold",
                "Howard Rubel, a Toronto lawyer representing Spanton",
                "told",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Women in France who have been raped don't have to justify their private life. The court has found that Mme Spanton did not lie, she is not a liar. She was portrayed as a liar, she did not lie",
                "Sophie Obadia, another lawyer for the victim",
                "told",
                "named_person",
                q="direct",
                cw=False,
            ),
            # "—One of the victim's lawyers" = photo caption, not annotated
            c("they would appeal", "Both officers", "indicated", "named_person", cw=False),
            c("Quirin wept in his lawyer's arms when convicted"),
            c(
                "In addition to prison, the men's identities, protected during the three-week trial owing to their police jobs, are now public and they are to pay €20,000 (£17,500; US$22,900) in compensation"
            ),
            c(
                "Basic investigations weren't done",
                "The head of the police's internal investigators",
                "told",
                "official_title",
                q="direct",
            ),
            c(
                "I regret we weren’t called immediately. If we had been, I could have made efforts to secure the scene. We could also have heard the officers more rapidly",
                "[[She]] also said",
                "She also [[said]]",
                "official_title",
                q="direct",
            ),
            c("In the event, the scene was not secured"),
            c("The officers, although initially suspended from duty, are back to work"),
            c(
                "they would seek suspension of their imprisonment pending their appeals",
                "[[They]] indicated",
                "indicated",
                "named_person",
                cw=False,
            ),
        ],
    ),
    (
        "wn-2020-03-13-stores-in-australia-lower-toilet-paper-l",
        [
            c(
                "On Sunday and Saturday evening, Australian store chains Woolworths and Coles lowered their purchase restrictions on toilet paper to two and one package per transaction in all stores on national level, respectively"
            ),
            c("ALDI also introduced a one-pack limit, on Monday"),
            c("These limitations were posted as messages on the checkouts, and on the chains' Facebook pages"),
            c(
                "Buyers were reportedly stocking up due to fears of COVID-19 in case people need to self-isolate",
                None,
                "reportedly",
            ),
            c("On Wednesday, Woolworths also limited toilet paper purchases for home delivery to one pack per order"),
            c(
                "These changes followed the previous four-pack per transaction restriction introduced by Woolworths and Coles on March 4 and 5 respectively"
            ),
            c(
                'with the four-pack restriction in place, "many stores are still selling out within an hour of delivery',
                "[[Coles]], in its March 8",
                "reported",
                "institution",
                q="mixed",
            ),
            c(
                'the demand "unprecedented',
                "[[Coles]], in its March 8",
                "and [[called]] the demand",
                "institution",
                q="mixed",
                cw=False,
            ),
            c('it "unexpected', "[[ALDI]], in a Facebook", "[[called]] it", "institution", q="mixed", cw=False),
            c(
                'Sales went up in a "sharp increase" last week',
                "a Woolworths spokesperson",
                "according to",
                "official_title",
                q="mixed",
            ),
            c("Costco's store in Canberra also limited the allowed amount to two packs last week"),
            c(
                "To further alleviate the shortage, Coles ordered bigger packages from suppliers and increased delivery frequency, Woolworths ordered extra stock, while ALDI made stocks for a planned Wednesday special available early"
            ),
            c(
                "retailers try to raise stock, but local council restrictions on the timing of truck-deliveries make it hard",
                "Russell Zimmerman, executive director of the Australian Retailers Association",
                "said",
                "named_person",
            ),
            c(
                "rising production costs, as suppliers try to meet demand, and fewer specials",
                "[[He]] expects",
                "expects",
                "named_person",
                cw=False,
            ),
            c(
                "following the early release of stock, some stores can't run the Wednesday special",
                "[[ALDI]] announced that",
                "announced",
                "institution",
            ),
            c(
                "Dr Gary Mortimer, retail expert from Queensland University of Technology, said the stores fill the stock every night",
                "In [[a News.com.au report]]",
                "[[In]] a News.com.au report",
                "document",
            ),
            c(
                "the stores fill the stock every night",
                "Dr Gary Mortimer, retail expert from Queensland University of Technology",
                "said",
                "named_person",
            ),
            c(
                "toilet paper is a bulky item, leading to low quantity of stocks in numbers, and, when sold out, leaves vast shelf spaces empty, hardening the feeling of a shortage",
                "[[He]] remarked",
                "remarked",
                "named_person",
                cw=False,
            ),
            c(
                "Coles and Woolworths have a view [that] if there was plenty of stuff on the shelf, if product like toilet rolls and sanitiser could be [bought] and are there in quantities, you would probably minimise the panic",
                "said [[Russell Zimmerman]] per",
                'panic" [[said]]',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                '"Coles and Woolworths have a view [that] if there was plenty of stuff on the shelf, if product like toilet rolls and sanitiser could be [bought] and are there in quantities, you would probably minimise the panic" said Russell Zimmerman',
                "ABC News",
                "per",
                "institution",
                q="mixed",
                cw=False,
            ),
            c(
                "they'd run out of stock",
                "Recycled toilet paper producer Who Gives a Crap",
                "said",
                "institution",
            ),
            c(
                "they were working 24/7 to maintain the supply",
                "Kimberly-Clark, which makes Kleenex Toilet Tissue, and Solaris Paper which makes Sorbent",
                "emphasized",
                "institution",
            ),
            c(
                "Kimberly-Clark, which makes Kleenex Toilet Tissue, and Solaris Paper which makes Sorbent, emphasized they were working 24/7 to maintain the supply",
                "the News.com.au report",
                "according to",
                "document",
            ),
            c(
                "some property sellers offering free toilet paper to the first bidder on auctions in Melbourne, when fewer auctions were held because of buyers having time off on the long weekend of Labour Day",
                "Domain.com, a real estate site",
                "reported",
                "institution",
            ),
            c(
                "The Thursday edition of NT News, a daily printed in Darwin, included an eight-page insert meant to be cut up and used as toilet paper"
            ),
            c(
                "The stores were originally reluctant to impose restrictions",
                "a report from ABC Australia",
                "according to",
                "document",
            ),
            c(
                "they had no plans to introduce restrictions on the purchases",
                "which [[they]] said",
                "which they [[said]]",
                "institution",
                cw=False,
            ),
            c(
                "other products are also in high demand, including masks, sanitiser, dried goods, handwash and flour",
                "[[Russell Zimmerman]] added",
                "added",
                "named_person",
            ),
            c(
                "outside of Australia, on Sunday evening online British supermarket Ocado was observed limiting purchases of Andres toilet paper to two 12-roll packs"
            ),
        ],
    ),
]


if __name__ == "__main__":
    build(DOCS, ARTICLES, LINES, OUT)
