#!/usr/bin/env python3
"""Build tests/data/attribution-wikinews-blind-4.jsonl: 8 real Wikinews articles (2019-2020, CC BY 2.5,
Wikinews, en.wikinews.org), hand-annotated per /work/shared/evaldata/gold/GUIDELINE.md (same approach as
gold/src/dev_spec.py + tools/build_gold.py: spans are written as strings, offsets are resolved and
round-trip checked).

The texts are not copied here: they are read, unmodified, by doc_id from
/work/shared/evaldata/articles/wikinews-more.jsonl (lines 150, 59, 42, 29, 114, 121, 212 and 257, 0-based).
None of them is used by any other set in this folder (the LINES and doc_ids of every build_*.py and
*.jsonl here), by gold-dev or by wikinews-mideast-dev. This is a fourth BLIND set: it was annotated from the
text and the guideline only, without running or reading the suggester or any prediction on these
articles, and is meant to be scored once, at the end. The articles were chosen among the unused ones for
their reporting cues, unnamed sources ("Officials said", "by reports", "health officials", "investigators",
"local activists"), documents (statements, footage, a government Twitter account) and unattributed
numbers.

    python3 tests/data/build_wikinews_blind4.py [OUT.jsonl]

c(content, src, cue, t=attribution_type, q=quote_type, anon=anonymity_reason, cw=checkworthy, n=occurrence)
A string may carry an anchor: "left [[target]] right" locates `left target right` and keeps `target`.
content: n-th occurrence (default first); source/cue: the occurrence nearest to the content span
(mentions outside the content preferred).

Conventions where the guideline is silent (those of build_wikinews_blind2.py and build_wikinews_blind3.py,
plus):
* "officials", "health officials", "reports", "by reports", "as of reports", "investigators", "local
  activists" (unidentified people or bodies) are `anonymous`; "government reports", a statement, footage,
  a video and "an official government Twitter account" are `document`; "his lawyers" (unnamed, identified
  by role, on record) is `official_title`; "police and county officials" (a named force coordinated with
  unnamed officials) is `institution`, as "Trump and Israeli officials" takes its most identified member.
* "By reports"/"as of reports" take the preposition as cue; a "who told ..." relative clause takes the
  antecedent name as source (as "who cited" in blind-3); "the latter" is typed like its antecedent.
* "X called on Y to Z" / "X called for Y" / "X opposed/criticized Y" give claims with the content "Y to Z" /
  "Y" (not check-worthy); a direct quote following "X criticized Y." with no new cue reuses that source and cue.
* A paraphrase sentence that goes on with the content of the preceding attributed sentence without a new
  cue ("The other primary goal is ...", after "According to a statement ...") reuses its source and cue.
* "The court determined X" is a claim of the court (cue "determined"); "is accused", "is reported", "of
  reported magnitude" are agentless cues (unattributed, content the whole clause).
* A final editorial "[.]" is left out of the content like a final "."; a final "!" or "?" stays in.
* A multi-sentence direct quote stays one claim; it is check-worthy when its main assertion is verifiable.
* Map legends ("██ Syrian Arab Republic"), image captions and "Wikinews approached ..." are not annotated.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import build, c  # noqa: E402 (the folder is put on the path just above)

ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "evaldata" / "articles" / "wikinews-more.jsonl"
OUT = Path(__file__).with_name("attribution-wikinews-blind-4.jsonl")

# 0-based line of each article in ARTICLES (checked when the texts are loaded)
LINES = {
    "wn-2019-12-07-samoan-government-temporarily-shuts-down": 150,
    "wn-2019-06-28-driver-in-new-hampshire-multi-motorcycle": 59,
    "wn-2019-04-16-notre-dame-in-paris-catches-fire": 42,
    "wn-2019-02-18-fire-kills-nine-injures-dozens-in-chitta": 29,
    "wn-2019-10-02-police-shoot-teenage-protester-as-hong-k": 114,
    "wn-2019-10-08-us-president-trump-announces-troop-withd": 121,
    "wn-2020-06-04-power-firm-helicopter-strikes-cables-cra": 212,
    "wn-2020-11-22-suspect-in-kenosha-wisconsin-protester-k": 257,
}


# --------------------------------------------------------------------------- annotations
# Datelines ("Saturday, December 7, 2019"), headlines, map legends and image captions are not annotated.
DOCS = [
    (
        # line 150
        "wn-2019-12-07-samoan-government-temporarily-shuts-down",
        [
            c(
                "On Thursday local time, the government of Samoa began a planned two-day shutdown to make way for a nationwide vaccination campaign to combat the measles outbreak"
            ),
            c(
                "the measles outbreak that had, by reports, infected over 4,200 of the island nation's roughly 200,0000 residents since October and killed at least 62, including, according to government reports, 54 small children",
                "by [[reports]], infected",
                "[[by]] reports, infected",
                "anonymous",
            ),
            c(
                "including, according to government reports, 54 small children",
                "government reports",
                "according to",
                "document",
            ),
            c(
                "Residents were told to stay off the roads and businesses and ferries were closed to make way for vaccination teams"
            ),
            c(
                "the fatalities were all unvaccinated",
                "Samoan Prime Minister Tuilaepa Sailele Malielegaoi",
                "noted",
                "named_person",
            ),
            c(
                "The only civil servants not assigned to assist in the vaccination effort were those working on water and electricity"
            ),
            c(
                "I've seen mass mobilisation campaigns before, but not over an entire country like this",
                "Sheldon Yett of UNICEF",
                "observed",
                "named_person",
                q="direct",
                cw=False,
            ),
            c("Households with at least one unvaccinated person were asked to place a red flag somewhere visible"),
            c("This included the home of Prime Minister Tuilaepa"),
            c(
                "his nephew needed a dose",
                "home of [[Prime Minister Tuilaepa]]",
                "who [[told]] the press",
                "named_person",
            ),
            c("The vaccination drive itself started November 20"),
            c(
                "vaccination before the outbreak began covered only about 31 percent of Samoans",
                "the World Health Organization (WHO)",
                "According to",
                "institution",
            ),
            c("coverage had risen to 55 percent", "Al Jazeera", "reported", "institution"),
            c(
                "the goal for the two-day shut down was to exceed 90 percent",
                "According to [[Yett]]",
                "According to",
                "named_person",
            ),
            c(
                "Latest update: 3,728 measles cases have been reported since the outbreak with 198 recorded in the last 24 hours. To date, 53 measles related deaths have been recorded. Since the Mass Vaccination Campaign on 20 Nov 2019, the Ministry has successfully vaccinated 58,150 individuals",
                "an official government Twitter account",
                "made the following announcement",
                "document",
                q="direct",
            ),
            c(
                "more cases of measles, including 165 in the single day before the shutdown began",
                "the government",
                "has reported",
                "institution",
            ),
            c(
                '"village councils, faith-based organizations, and church leaders, village mayors and government women representatives" to instill confidence in vaccines in the public',
                "Prime Minister Tuilaepa",
                "called on",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c("Samoan vaccination rates dropped in 2018 after two small children died from a faulty vaccine"),
            c(
                'the anti-vaccine movement was able to tap into the resulting public mistrust and "really hammer home their message',
                "Samoa Observer editor Keni Lesa",
                "According to",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "The Samoan government declared a state of emergency on November 15, shut down all schools as of November 17, and later banned children from public gatherings in an effort to curb the spread of the disease"
            ),
            c(
                "the number of cases of measles globally in the first half of this year exceeded those of any other whole year since 2006",
                "According to the [[WHO]], the number",
                "[[According to]] the WHO, the number",
                "institution",
            ),
            c(
                "Various countries, including the United States, have seen marked increases in measles cases in recent years"
            ),
            c("Measles affects the respiratory system"),
            c("It often involves rashes and fever but it can be much more serious"),
            c(
                "one out of every thousand children who contract measles develop encephalitis, which can cause deafness or brain damage",
                "the Centers for Disease Control and Prevention in the United States",
                "According to",
                "institution",
            ),
            c(
                "Measles is one of several diseases that drastically reduced the indigenous population of Pacific island nations and the Americas after first contact with Europeans"
            ),
            c(
                "The first measles vaccine was introduced in the 1960s, and the incidence dropped, in some cases to almost zero, in parts of the world in which its use became widespread"
            ),
            c("It has since seen a resurgence partly due to vaccine hesitancy and vaccine inaccessibility"),
        ],
    ),
    (
        # line 59
        "wn-2019-06-28-driver-in-new-hampshire-multi-motorcycle",
        [
            c(
                "Acting via his lawyers, Volodoymyr Zhukovskyy, 23, pleaded not guilty on Tuesday to seven counts of negligent homicide in New Hampshire, United States"
            ),
            c("Zhukovskyy waived arraignment and did not physically appear in court"),
            c(
                'Zhukovskyy was driving a pickup truck "erratically and across the double-yellow center line" on U.S. Route 2 in Randolph, New Hampshire on the night of June 21 and struck a group of motorcycles, killing seven riders and injuring three more',
                "police and county officials",
                "According to",
                "institution",
                q="mixed",
            ),
            c(
                "I don't really don't know what he was doing [...] The truck pretty much was like in the middle of the yellow line, and the guy pretty much cleaned out the whole — the bikes were riding side-by-side, and the guy cleaned out pretty much every bike that was there besides one of them",
                "Travis Hood",
                "collision, [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "Zhukovskyy was arrested Monday at his home in the neighboring state of Massachusetts and waived extradition to New Hampshire"
            ),
            c(
                "Zhukovskyy has been involved in traffic collisions before",
                "police in Baytown, Texas",
                "According to",
                "institution",
            ),
            c(
                "Reportedly, he struck a guard rail on June 3 and flipped the Mack truck he had been driving on its side",
                None,
                "Reportedly",
            ),
            c(
                "Zhukovskyy said he had over-corrected after being cut off by another driver, and he was not cited for the incident",
                "investigators",
                "According to",
                "anonymous",
            ),
            c(
                "he had over-corrected after being cut off by another driver",
                "investigators, [[Zhukovskyy]] said",
                "Zhukovskyy [[said]] he",
                "named_person",
            ),
            c(
                "Zhukovskyy has also been stopped for suspicion of driving while inebriated",
                "The Associated Press",
                "reports",
                "institution",
            ),
            c(
                "Zhukovskyy's driving history rendered him a danger to himself or to the public",
                "The court",
                "determined",
                "institution",
                cw=False,
            ),
            c("For this reason, he was not granted bail"),
            c("His trial has been scheduled for November"),
        ],
    ),
    (
        # line 42
        "wn-2019-04-16-notre-dame-in-paris-catches-fire",
        [
            c("The roof of Notre Dame cathedral in French capital Paris caught fire yesterday"),
            c("The spire and at least part of the roof, and at least part of the wooden frame, collapsed"),
            c("the two bell towers were saved", "officials", "According to", "anonymous"),
            c("The fire reportedly started at about 19:00 local time (1700 UTC)", None, "reportedly"),
            c(
                "Reportedly over 400 firefighters participated in extinguishing the blaze and were still working as of midnight",
                None,
                "Reportedly",
            ),
            c(
                "Not only did they put out the fire but they continued to cool the structure after the fire was gone to reduce the possibility of further damage"
            ),
            c("Officials cleared the area around the cathedral"),
            c(
                "water bombing by aircraft was disallowed as it might have caused additional damage to the monument",
                "The French Civil Security service",
                "said",
                "institution",
            ),
            c("As of late yesterday, the fire's cause had not been officially stated"),
            c(
                "President Emmanuel Macron cancelled an address he was to have given during the evening and instead went to the scene"
            ),
            c("Renovation work was ongoing in the building before the fire began"),
            c(
                "The world-famous cathedral, completed in the 13th century, is one of the most well-known monuments in France"
            ),
        ],
    ),
    (
        # line 29
        "wn-2019-02-18-fire-kills-nine-injures-dozens-in-chitta",
        [
            c(
                "A fire yesterday morning destroyed at least 200 makeshift homes in a slum in Chittagong, a port city in Bangladesh"
            ),
            c("it killed nine people and injured at least 50 more", "Officials", "said", "anonymous"),
            c(
                "four victims were from a single family",
                "Jasim Uddin, a spokesperson for the fire service",
                "told",
                "named_person",
            ),
            c(
                "Following the fire's start it took around five hours to gain control of the blaze as it consumed bamboo and tarpaulin housing"
            ),
            c("The fire in Bhera Market broke out at around 3:30am"),
            c(
                "The fire service was reportedly investigating the possibility of an electrical fault triggering the accident",
                None,
                "reportedly",
            ),
            c("Millions dwell in the nation's slums"),
            c("there was no suggestion on Sunday of sabotage"),
            c(
                "fires have in the past been deliberately set to clear away slum buildings for redevelopment",
                "local activists",
                "claimed",
                "anonymous",
            ),
            c(
                'arson has been used "as a weapon to evict poor slum dwellers and squatters from government or private property" by developers',
                "One activist, Nur Khan Liton",
                "told",
                "named_person",
                q="mixed",
            ),
            c(
                "Yesterday morning also saw an earthquake of reported magnitude 4.9 in the city",
                None,
                "of [[reported]] magnitude",
            ),
            c("No injuries were recorded"),
            c("buildings in the city were shaken"),
        ],
    ),
    (
        # line 114
        "wn-2019-10-02-police-shoot-teenage-protester-as-hong-k",
        [
            c(
                "For the first time in the sixteen weeks of protests in Hong Kong, police fired and landed a live round on a protester yesterday"
            ),
            c(
                "The victim, eighteen-years-old and a high school student, was taken to the hospital for emergency surgery and is reported to be in critical condition",
                None,
                "is reported",
            ),
            c("The shooting took place in the Tsuen Wan district"),
            c(
                "Although the police have used force against protesters before, this is the first report of a protester being shot with live ammunition"
            ),
            c(
                "a group of protesters throwing things as they ran away from police",
                "Footage from the City University Student Union",
                "showed",
                "document",
            ),
            c(
                "a single police officer surrounded by protesters; he then drew his pistol, pointed it, and shot at one person",
                "The video",
                "showed",
                "document",
            ),
            c("This person fell to the ground as the other protesters ran away"),
            c(
                "The police officers' lives were seriously threatened. To save his own and his colleagues' lives, he fired a live shot at the attacker",
                "Police Senior Superintendent Yolanda Yu Hoi-kwan",
                "said",
                "named_person",
                q="direct",
            ),
            c(
                "an investigation into the shooting",
                "Amnesty International",
                "has called for",
                "institution",
                cw=False,
            ),
            c("In other parts of the city, the police used water canons and tear gas against protesters"),
            c(
                "Some protesters responded by throwing things, including Molotov cocktails, but others only shielded themselves with umbrellas and did not return the attack"
            ),
            c(
                "Violence continued through the evening and the news network RTHK withdrew its reporters from the field after one of them was injured in the face"
            ),
            c(
                "Sixty-six people or more were injured yesterday according to health officials, ranging in age from eleven to 75",
                "health officials",
                "according to",
                "anonymous",
            ),
            c("Yesterday was the 70th anniversary of the Communist Party's takeover of China"),
            c(
                "On the mainland, it was celebrated as a holiday called National Day, but in Hong Kong it was met with protests and mourning"
            ),
            c(
                "The protests began in June in response to a proposed new law that would have allowed the Chinese government to extradite people accused of crimes from Hong Kong and try them under the mainland's legal system"
            ),
            c(
                "The protests have since transitioned to focus on other issues associated with Chinese encroachment on Hong Konger's rights, such as the way the Hong Kong legislature is elected, and on the actions of police toward protesters"
            ),
        ],
    ),
    (
        # line 121
        "wn-2019-10-08-us-president-trump-announces-troop-withd",
        [
            c(
                "US troops would be leaving Syria",
                "the United States President Donald Trump",
                "announced",
                "named_person",
            ),
            c(
                "The announcement was made after Trump had a phone conversation with Turkish President Recep Tayyip Erdoğan"
            ),
            c(
                "US troops had defeated ISIS and Turkey would be moving into Northern Syria",
                "The statement",
                "also [[said]]",
                "document",
            ),
            c(
                "Turkey would also take over guarding captured ISIS fighters which, the statement said, European nations have refused to repatriate",
                "which, [[the statement]] said",
                "the statement [[said]], European",
                "document",
            ),
            c("The US had been allied with Kurdish groups in fighting ISIS"),
            c(
                "the withdrawal",
                "One of these groups, the Syrian Democratic Forces (SDF)",
                "opposed",
                "institution",
                cw=False,
            ),
            c(
                'it was previously given "assurances from the US that it would not allow any Turkish military operations against the region',
                "One of these groups, the Syrian Democratic Forces (SDF)",
                "withdrawal and [[said]]",
                "institution",
                q="mixed",
            ),
            c(
                "The statement was a surprise and we can say that it is a stab in the back for the SDF",
                "Kino Gabriel",
                "Gabriel [[said]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "the SDF is largely made up of YPG militia which support the Kurdistan Workers' Party (PKK)",
                "the BBC",
                "According to",
                "institution",
            ),
            c("The PKK is banned in Turkey"),
            c(
                '"neutralizing the threat stemming from PKK-YPG terrorist" is an aim of the Turkish military operation',
                "a statement released by Erdogan's office",
                "According to",
                "document",
                q="mixed",
            ),
            c(
                "The other primary goal is a safe zone to repatriate Syrian refugees",
                "a statement released by Erdogan's office",
                "[[According to]] a statement released",
                "document",
            ),
            c(
                "Turkey has an estimated two million Syrian refugees, down from a peak of over three-and-a-half million at the height of the Syrian Civil War",
                "CNN",
                "According to",
                "institution",
            ),
            c(
                "the safe zone for refugees to be set up East of the Euphrates River",
                "The Turkish statement",
                "called for",
                "document",
                cw=False,
            ),
            c("which is territory controlled by the SDF"),
            c(
                "We must always have the backs of our allies, if we expect them to have our back. The Kurds were instrumental in our successful fight against ISIS in Syria. Leaving them to die is a big mistake",
                "Former US Ambassador to the United Nations Nikki Haley",
                "wrote",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "criticized [[the decision]]",
                "Brett McGurk",
                "criticized",
                "named_person",
                cw=False,
            ),
            c(
                'The WH statement tonight on Syria after Trump spoke with Erdogan demonstrates a complete lack of understanding of anything happening on the ground. The "United States" is not holding any ISIS detainees. They are all being held by the SDF, which Trump just served up to Turkey',
                "Brett McGurk",
                "criticized",
                "named_person",
                q="direct",
            ),
            c(
                "The SDF suffered thousands of casualties in the Raqqa battle. Not a single American life was lost. Trump later expanded the operation down the ERV. He touts these operations in political rallies but without apparent thought as to who did the fighting and dying",
                "[[McGurk]] later wrote",
                "McGurk later [[wrote]]",
                "named_person",
                q="direct",
            ),
            c(
                "As I have stated strongly before, and just to reiterate, if Turkey does anything that I, in my great and unmatched wisdom, consider to be off limits, I will totally destroy and obliterate the Economy of Turkey (I’ve done [it] before!). They must, with Europe and others, watch over the captured ISIS fighters and families. The U.S. has done far more than anyone could have ever expected, including the capture of 100% of the ISIS Caliphate. It is time now for others in the region, some of great wealth, to protect their own territory. THE USA IS GREAT!",
                "[[Trump]], also on Twitter",
                "defended",
                "named_person",
                q="direct",
            ),
            c(
                "This is going to lead to ISIS' reemergence. Nothing [is] better for ISIS than to create a conflict between the Kurds and Turkey. The Kurds will now align with [Bashir al] Assad because they have nobody to count on because we abandoned them. So this is a big win for Iran and Assad — a big win for ISIS",
                "Senator Lindsey Graham",
                "spoke",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "ISIS is not defeated [...] The biggest lie being told by the administration [is] that ISIS is defeated. The caliphate's destroyed, but there's thousands of fighters over there. And no, the caliphate would not have been destroyed without the Kurds, and I applaud the president for getting the Kurds and the Arabs to do most of the fighting. The [US] casualties destroying the caliphate was very low",
                '", [[Graham]] continued',
                "continued",
                "named_person",
                q="direct",
            ),
            c(
                "[T]his impulsive decision by the president has undone all the gains we’ve made, thrown the region into further chaos. Iran is licking their chops. And if I’m an ISIS fighter I've got a second lease on life. So to those who think ISIS has been defeated you will soon see",
                '", [[Graham]] continued',
                "continued",
                "named_person",
                q="direct",
                cw=False,
            ),
        ],
    ),
    (
        # line 212
        "wn-2020-06-04-power-firm-helicopter-strikes-cables-cra",
        [
            c(
                "A helicopter under contract to Pacific Gas and Electric (PG&E) on Tuesday struck power lines and crashed near Fairfield, California"
            ),
            c(
                "Three occupants of the helicopter died and three firefighters were injured when their appliance rolled responding to an ensuing wildfire"
            ),
            c(
                "The Bell 206 came down near Interstate 80 around 13:30 local time, during works to high-voltage power cables in the area"
            ),
            c(
                "several acres of land burned before the flames were extinguished",
                "The California Department of Forestry and Fire Protection (CalFire)",
                "said",
                "institution",
            ),
            c(
                "CalFire requested power line de-energisation during the emergency which cut electric supply to around 38,000 people"
            ),
            c("the injuries were minor", "[[CalFire]] indicated", "indicated", "institution"),
            c("The three deceased were reportedly PG&E contract employees", None, "reportedly"),
            c(
                "power was restored by 20:21 following delays caused by warm weather at the time",
                "The company",
                "said",
                "institution",
            ),
            c(
                "Investigations have been launched by the Federal Aviation Administration and the National Transportation Safety Board"
            ),
            c(
                'they were "not traveling to the crash scene at this time',
                "the latter",
                "confirming",
                "institution",
                q="mixed",
            ),
            c(
                "PG&E, currently operating under Chapter 11 bankruptcy protections, is currently upgrading its infrastructure to reduce wildfire risks"
            ),
            c(
                "the company had not confirmed what work the helicopter was undertaking",
                "as of [[reports]]",
                "[[as of]] reports",
                "anonymous",
            ),
            c(
                'the firm was working to install "100 miles of stronger poles and covered power lines [and manage] vegetation along 890 miles of our system to reduce wildfire risk',
                "PG&E President and CEO Andy Vesey",
                "Vesey [[said]]",
                "named_person",
                q="mixed",
            ),
            c(
                "equipment is being added to lines to aid in shutdowns",
                "[[Vesey]] also indicated",
                "also [[indicated]]",
                "named_person",
            ),
        ],
    ),
    (
        # line 257
        "wn-2020-11-22-suspect-in-kenosha-wisconsin-protester-k",
        [
            c(
                "Kyle Rittenhouse, the suspect in a shooting of protesters in Kenosha, Wisconsin, United States that left two people dead, was released from a Wisconsin jail Friday after his lawyers posted US$2 million bond"
            ),
            c(
                "His lawyers had reportedly set up a drive to collect donations for the defendant",
                None,
                "reportedly",
            ),
            c("His sister made public requests for assistance in raising funds for her brother's bail"),
            c(
                "Shortly after Rittenhouse's release, one of his lawyers posted a photo to Twitter showing him and actor Ricky Schroder standing next to each other and smiling"
            ),
            c(
                "A resident of Antioch, Illinois, Rittenhouse is accused of crossing state lines and shooting and killing two people who were participating in demonstrations protesting the shooting of Jacob Blake",
                None,
                "is accused",
            ),
            c("One other person was injured in the altercation"),
            c("Rittenhouse's charges include intentional homicide and illegally possessing a firearm"),
            c("If convicted, Rittenhouse could receive up to a lifetime prison sentence"),
            c(
                "Rittenhouse was not old enough to own or possess a firearm in the state of Illinois at the time of the incident"
            ),
            c(
                "to have obtained his weapon by having an older friend purchase it on his behalf using stimulus money Rittenhouse received from the state during the coronavirus lockdown",
                "[[He]] claimed",
                "He [[claimed]]",
                "named_person",
            ),
            c(
                "A suspect in Wisconsin has been charged for allegedly providing the weapon to Rittenhouse",
                None,
                "allegedly",
            ),
            c("Rittenhouse turned himself in to authorities on the morning following the shooting"),
            c(
                "the defendant acted in self defense",
                "his lawyers",
                "have claimed",
                "official_title",
            ),
            c(
                "he considered Rittenhouse a flight risk",
                "Court Commissioner Loren Keating",
                "Keating [[said]]",
                "named_person",
                cw=False,
            ),
            c(
                "he would have died had he not been armed that night",
                "[[Rittenhouse]], in remarks",
                "contended",
                "named_person",
                cw=False,
            ),
            c("Some conservative groups have come to Rittenhouse's defense regarding the incident"),
        ],
    ),
]


if __name__ == "__main__":
    build(DOCS, ARTICLES, LINES, OUT)
