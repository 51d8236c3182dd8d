#!/usr/bin/env python3
"""Build tests/data/attribution-unseen.jsonl: 8 invented wire-style articles, hand-annotated
per /work/shared/evaldata/gold/GUIDELINE.md (same approach as gold/src/dev_spec.py +
tools/build_gold.py: spans are written as strings, offsets are resolved and round-trip checked).

    python3 tests/data/build_unseen.py [OUT.jsonl]

c(content, src, cue, t=attribution_type, q=quote_type, anon=anonymity_reason, cw=checkworthy, n=occurrence)
A string may carry an anchor: "left [[target]] right" locates `left target right` and keeps `target`.
content: n-th occurrence (default first); source/cue: the occurrence nearest to the content span
(mentions outside the content preferred).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import c, write  # noqa: E402 (the folder is put on the path just above)

# --------------------------------------------------------------------------- articles
TEXTS = {}

TEXTS[
    "unseen-01-flood"
] = """HANOI, Oct. 14 (Wire) — Flash floods triggered by three days of torrential rain have killed at least 27 people in the northern province of Lao Cai, the interior minister said on Monday.

Another 41 people were reported missing and more than 3,200 homes were damaged or swept away, according to the national disaster management agency.

"We are racing against time," the minister told reporters in the provincial capital. "Every hour that passes makes it harder to find people alive."

Along the swollen Red River, residents picked through mud and broken timber as a light rain kept falling.

The heaviest rain fell overnight on Friday, when a weather station in Bat Xat district recorded 412 millimetres in 24 hours, the highest daily total there since records began in 1961.

Two bridges on the main highway to the Chinese border collapsed, the transport ministry said in a statement, adding that the road would stay closed for at least a week.

A local official in Bat Xat, who asked not to be named, said several hamlets had received no warning before the water rose. "People were asleep. Nobody came to tell them," he said.

The provincial people's committee denied that warnings had been late. Sirens were sounded in all affected communes by 10 p.m., it said.

Vietnam is regularly hit by storms and floods between June and November. Floods and landslides killed more than 300 people in the country in 2024, according to government figures.

Le Thi Mai, a 46-year-old shopkeeper whose house was flattened, said she had lost everything. “I only had time to carry my grandson out,” she said. “Our rice, our papers, our savings — it is all under the mud.”

The World Meteorological Organization warned last month that extreme rainfall events in Southeast Asia were becoming more frequent.

More rain is forecast for the region later this week.
"""

TEXTS[
    "unseen-02-election"
] = """ZAGREB, April 28 (Wire) — The centre-right Civic Union won the most seats in Sunday's parliamentary election in Croatia but fell short of a majority, preliminary results showed on Monday.

With 98 percent of polling stations counted, the party had 61 of the 151 seats, the State Electoral Commission said. The Social Democrats were second with 44 seats.

Turnout was 58.3 percent, up from 46.9 percent at the last election in 2020.

Party leader Marko Vidović claimed victory shortly after midnight. "Croatians have chosen stability," he told cheering supporters in the capital. He said talks with smaller parties would begin "within days" and that he expected a government to be in place before the summer.

Social Democrat leader Ivana Perić conceded defeat but said her party had "won the argument on wages and housing". The result, she added, showed that voters wanted a change in how the country is run.

The Organization for Security and Co-operation in Europe, which sent 210 observers, said in a preliminary report that the vote was "competitive and well administered" but that media coverage had favoured the governing party. The report also found that the names of some 14,000 dead voters had not been removed from the register.

Two senior Civic Union officials said the party had already held informal talks with the Homeland Movement, which won 12 seats. The officials spoke on condition of anonymity because the discussions were not public.

Homeland Movement chairman Davor Kralj declined to say whether his party would join a coalition. "Our price is reform of the judiciary. Everything else is secondary," Kralj said.

Under the constitution, the president must nominate a prime minister-designate within 30 days of the first session of the new parliament.
"""

TEXTS[
    "unseen-03-court"
] = """LONDON, Feb. 11 (Wire) — A former finance director of a British engineering firm was sentenced to six years in prison on Tuesday for his role in a scheme to bribe officials in Nigeria and Kazakhstan.

Graham Oakley, 58, was convicted in December of conspiracy to make corrupt payments while working for Halden Marine Systems between 2012 and 2017.

Judge Rebecca Thornhill told Southwark Crown Court that Oakley had "abused a position of considerable trust" and had shown no remorse. “You knew exactly what these payments were for,” she said, “and you took steps to hide them from the auditors.”

Prosecutors said the firm paid about 4.2 million pounds ($5.2 million) to intermediaries who passed money on to managers at state-owned companies.

According to the indictment, one payment of 380,000 pounds was booked in the company's accounts as "technical consultancy" for a project that never existed.

Oakley's lawyer, Simon Ashworth, said his client would appeal. "Mr Oakley has always maintained that he acted on the instructions of others," Ashworth said outside the court. "He was not the architect of this scheme."

The Serious Fraud Office, which brought the case, said it was "pleased with the outcome". Two other former executives are due to stand trial in September.

Halden Marine, which was bought by a Dutch group in 2019, agreed in 2021 to pay 21 million pounds under a deferred prosecution agreement. The company said in a statement on Tuesday that it had "fundamentally changed" its compliance culture and that none of the people involved still worked for it.

A filing submitted to the court by the defence says Oakley has a heart condition that requires regular treatment. The judge said she had taken his health into account.
"""

TEXTS[
    "unseen-04-measles"
] = """GENEVA, Nov. 3 (Wire) — Measles cases worldwide rose by 20 percent last year to an estimated 10.3 million, a report by the World Health Organization and the U.S. Centers for Disease Control and Prevention found.

The number of countries facing large or disruptive outbreaks climbed to 57 from 36 a year earlier, according to the report, which was published on Thursday. Nearly half of those countries were in Africa.

Deaths fell by 8 percent to about 107,500, most of them children under five. The decline was largely due to outbreaks occurring in countries where fewer children die of the disease, the report says.

"Measles finds every gap in immunity," said Dr. Amara Osei, director of the WHO immunization department. "If we do not close those gaps, children will keep dying of a disease we have known how to prevent for sixty years."

Only 83 percent of children received a first dose of measles vaccine in 2023, well below the 95 percent needed to prevent outbreaks, the agencies said. Coverage for the second dose was 74 percent.

A CDC official, speaking on condition of anonymity because they were not authorized to discuss funding decisions, said the agency's contribution to the global measles programme had been cut by about a third this year.

Nigeria recorded the largest number of cases in Africa. Its health ministry said it would launch a national catch-up campaign in January aimed at 20 million children.

Measles is one of the most contagious diseases known and can cause pneumonia, brain swelling and death. Two doses of vaccine are about 97 percent effective at preventing infection.

Europe recorded 127,000 cases in 2024, the highest figure since 1997, UNICEF said in a separate statement last month.
"""

TEXTS[
    "unseen-05-trade"
] = """BRUSSELS, June 17 (Wire) — The European Union will impose provisional tariffs of up to 38 percent on electric bicycles imported from China, the European Commission announced on Wednesday.

The duties, which take effect on July 5, follow a nine-month investigation that found Chinese manufacturers benefited from cheap state loans, subsidised land and tax breaks.

"Our market remains open, but competition must be fair," Trade Commissioner Lena Haugaard told a news conference. "We will not stand by while European producers are pushed out of business."

China's commerce ministry said it "firmly opposed" the decision and would take "all necessary measures" to protect the rights of Chinese companies. A spokesperson for the ministry said in a statement that the EU had ignored evidence submitted by Chinese firms.

Chinese exporters shipped about 1.9 million electric bicycles to the EU last year, worth roughly 1.1 billion euros, according to customs data.

The European Bicycle Manufacturers Association, which filed the original complaint, welcomed the move. It said at least 5,000 jobs had been lost in the sector since 2021.

Dutch importer VeloNord said the duties would force it to raise prices by up to a quarter, and warned that smaller retailers could go out of business.

Two EU diplomats, who asked not to be named, said several member states, including Germany, had pushed for lower rates during closed-door consultations.

The Commission has until December to decide whether to make the tariffs permanent.
"""

TEXTS[
    "unseen-06-shoal"
] = """MANILA, Sept. 9 (Wire) — Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second Thomas Shoal on Monday, injuring four crew members, the Philippine coast guard said.

"This was a deliberate and dangerous act," coast guard spokesperson Commodore Ramon Dizon told reporters. He said one of the Chinese ships had also tried to block the boat by sailing within 20 metres of its bow.

Footage released by the Philippine coast guard showed a large white vessel directing two jets of water at the wooden-hulled boat as it rolled in heavy swell.

China's coast guard said in a statement that the Philippine vessel had "illegally intruded" into waters near the shoal and that its officers had taken "necessary control measures in accordance with the law".

Two Philippine security officials, speaking on condition of anonymity because they were not authorised to discuss military operations, said the boat had been carrying food, fuel and building materials to a small group of marines stationed on the shoal. One of the officials said it was the third such incident since June.

Philippine media reported that one marine had been evacuated by helicopter. The armed forces did not confirm the report.

A U.S. defense official, who asked not to be named, said Washington was "closely monitoring" the situation.

The shoal lies about 200 km (125 miles) west of the Philippine island of Palawan. A rusting World War Two-era navy ship that Manila deliberately ran aground there in 1999 serves as an outpost.

China claims almost all of the South China Sea, including areas within the exclusive economic zones of the Philippines, Vietnam, Malaysia and Brunei. An international arbitration tribunal ruled in 2016 that China's sweeping claims had no legal basis. Beijing has rejected the ruling.
"""

TEXTS[
    "unseen-07-layoffs"
] = """STOCKHOLM, March 19 (Wire) — Nordvik, the Swedish heat pump maker, said on Thursday it is cutting 1,400 jobs, or about 12 percent of its workforce, and closing a factory in Poland after sales fell for a second year.

Revenue in the fourth quarter dropped 23 percent to 4.1 billion crowns ($390 million), the company said in its earnings report, and it swung to an operating loss of 310 million crowns.

"The market has not recovered the way we expected," Chief Executive Johan Lindqvist said in a statement. "We have to adapt our cost base to a new reality."

Lindqvist said demand had been hit by the withdrawal of subsidies in Germany and Italy and by higher interest rates, which had made homeowners reluctant to invest in new heating systems. He added that the company would keep its research budget unchanged.

The plant in Wrocław, which employs about 600 people, will close by the end of the year, according to the statement.

Nordvik shares fell 9.4 percent in early trading in Stockholm, their lowest level since 2016.

Analysts at Kestrel Securities said in a note to clients that the cuts were "overdue" but did not address the company's loss of market share to cheaper Asian rivals.

The union IF Metall said it had not been consulted before the announcement. A person familiar with the company's plans said Nordvik was also considering a sale of its air-conditioning unit.

Nordvik, founded in 1948, employs about 11,600 people in 14 countries.
"""

TEXTS[
    "unseen-08-sleep"
] = """OSLO, Jan. 22 (Wire) — People who regularly sleep fewer than six hours a night are about 30 percent more likely to develop type 2 diabetes than those who sleep seven to eight hours, according to a study of more than 40,000 Norwegian adults.

The findings were published on Wednesday in the journal Diabetologia. Researchers followed the participants for an average of 11 years, and 2,870 of them were diagnosed with diabetes during that period.

The higher risk remained after the researchers accounted for body weight, diet and physical activity, the authors wrote.

"Short sleep seems to disturb the way the body handles glucose, even in people who otherwise live healthily," said lead author Ingrid Solberg, an epidemiologist at the Norwegian University of Science and Technology. She cautioned that the study was observational and could not prove that lack of sleep caused the disease.

"What we can say," Solberg added, "is that sleep deserves a place alongside diet and exercise when we talk about prevention."

Participants who slept more than nine hours also had a slightly higher risk, the study found, though the difference was not statistically significant.

Solberg spoke to Wire by video link from Trondheim.

Dr. Martin Keane, a sleep researcher at University College Dublin who was not involved in the research, called the study "well designed" but said the sleep data relied on participants' own reports. "People tend to overestimate how long they sleep," he said.

About one in three adults in Europe sleeps less than the recommended seven hours, according to estimates by the European Sleep Research Society.

The study was funded by the Research Council of Norway.
"""

# --------------------------------------------------------------------------- annotations
ANON_PH = "because they were not authorised to discuss military operations"
DOCS = [
    (
        "unseen-01-flood",
        [
            # dateline "HANOI, Oct. 14 (Wire) —" not annotated
            c(
                "Flash floods triggered by three days of torrential rain have killed at least 27 people in the northern province of Lao Cai",
                "the interior minister",
                "said",
                "official_title",
            ),
            c(
                "Another 41 people were reported missing and more than 3,200 homes were damaged or swept away",
                "the national disaster management agency",
                "according to",
                "institution",
            ),
            c("We are racing against time", "the minister", "told", "official_title", q="direct", cw=False),
            c(
                "Every hour that passes makes it harder to find people alive",
                "the minister",
                "told",
                "official_title",
                q="direct",
                cw=False,
            ),
            # "Along the swollen Red River, residents picked through mud ..." = scene-setting, not annotated
            c(
                "The heaviest rain fell overnight on Friday, when a weather station in Bat Xat district recorded 412 millimetres in 24 hours, the highest daily total there since records began in 1961"
            ),
            c(
                "Two bridges on the main highway to the Chinese border collapsed",
                "the transport ministry",
                "said",
                "institution",
            ),
            c(
                "the road would stay closed for at least a week",
                "the transport ministry",
                "adding",
                "institution",
                cw=False,
            ),
            c(
                "several hamlets had received no warning before the water rose",
                "A local official in Bat Xat, who asked not to be named",
                "said",
                "anonymous",
            ),
            c(
                "People were asleep. Nobody came to tell them",
                'them," [[he]] said',
                'them," he [[said]]',
                "anonymous",
                q="direct",
            ),
            c("warnings had been late", "The provincial people's committee", "denied", "institution"),
            c(
                "Sirens were sounded in all affected communes by 10 p.m",
                "p.m., [[it]] said",
                "it [[said]]",
                "institution",
            ),
            c("Vietnam is regularly hit by storms and floods between June and November"),
            c(
                "Floods and landslides killed more than 300 people in the country in 2024",
                "government figures",
                "according to",
                "document",
            ),
            c(
                "she had lost everything",
                "Le Thi Mai, a 46-year-old shopkeeper whose house was flattened",
                "said",
                "named_person",
            ),
            c(
                "I only had time to carry my grandson out",
                "out,” [[she]] said",
                "she [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "Our rice, our papers, our savings — it is all under the mud",
                "out,” [[she]] said",
                "out,” she [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "extreme rainfall events in Southeast Asia were becoming more frequent",
                "The World Meteorological Organization",
                "warned",
                "institution",
            ),
            c("More rain is forecast for the region later this week", None, "is forecast", cw=False),
        ],
    ),
    (
        "unseen-02-election",
        [
            c(
                "The centre-right Civic Union won the most seats in Sunday's parliamentary election in Croatia but fell short of a majority",
                "preliminary results",
                "showed",
                "document",
            ),
            c(
                "With 98 percent of polling stations counted, the party had 61 of the 151 seats",
                "the State Electoral Commission",
                "said",
                "institution",
            ),
            c("The Social Democrats were second with 44 seats"),
            c("Turnout was 58.3 percent, up from 46.9 percent at the last election in 2020"),
            c("victory", "Party leader Marko Vidović", "claimed", "named_person"),
            c(
                "Croatians have chosen stability",
                'stability," [[he]] told',
                "told",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                'talks with smaller parties would begin "within days" and that he expected a government to be in place before the summer',
                "[[He]] said talks",
                "He [[said]] talks",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c("defeat", "Social Democrat leader Ivana Perić", "conceded", "named_person"),
            c(
                'her party had "won the argument on wages and housing',
                "Social Democrat leader Ivana Perić",
                "said",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "The result, she added, showed that voters wanted a change in how the country is run",
                "result, [[she]] added",
                "added",
                "named_person",
                cw=False,
            ),
            c(
                'the vote was "competitive and well administered" but that media coverage had favoured the governing party',
                "The Organization for Security and Co-operation in Europe, which sent 210 observers",
                "said",
                "institution",
                q="mixed",
            ),
            c(
                "the names of some 14,000 dead voters had not been removed from the register",
                "The report",
                "found",
                "document",
            ),
            c(
                "the party had already held informal talks with the Homeland Movement, which won 12 seats",
                "Two senior Civic Union officials",
                "said",
                "anonymous",
                anon="because the discussions were not public",
            ),
            # "The officials spoke on condition of anonymity ..." = sourcing note, not annotated
            c("Homeland Movement chairman Davor Kralj declined to say whether his party would join a coalition"),
            c(
                "Our price is reform of the judiciary. Everything else is secondary",
                "Kralj",
                "said",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Under the constitution, the president must nominate a prime minister-designate within 30 days of the first session of the new parliament"
            ),
        ],
    ),
    (
        "unseen-03-court",
        [
            c(
                "A former finance director of a British engineering firm was sentenced to six years in prison on Tuesday for his role in a scheme to bribe officials in Nigeria and Kazakhstan"
            ),
            c(
                "Graham Oakley, 58, was convicted in December of conspiracy to make corrupt payments while working for Halden Marine Systems between 2012 and 2017"
            ),
            c(
                'Oakley had "abused a position of considerable trust" and had shown no remorse',
                "Judge Rebecca Thornhill",
                "told",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "You knew exactly what these payments were for,” she said, “and you took steps to hide them from the auditors",
                "for,” [[she]] said",
                "she [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "the firm paid about 4.2 million pounds ($5.2 million) to intermediaries who passed money on to managers at state-owned companies",
                "Prosecutors",
                "said",
                "official_title",
            ),
            c(
                'one payment of 380,000 pounds was booked in the company\'s accounts as "technical consultancy" for a project that never existed',
                "the indictment",
                "According to",
                "document",
                q="mixed",
            ),
            c("his client would appeal", "Oakley's lawyer, Simon Ashworth", "said", "named_person", cw=False),
            c(
                "Mr Oakley has always maintained that he acted on the instructions of others",
                "Ashworth",
                'others," Ashworth [[said]]',
                "named_person",
                q="direct",
            ),
            c("he acted on the instructions of others", "Mr Oakley", "has always maintained", "named_person"),
            c(
                "He was not the architect of this scheme",
                "Ashworth",
                'others," Ashworth [[said]]',
                "named_person",
                q="direct",
            ),
            c(
                'it was "pleased with the outcome',
                "The Serious Fraud Office, which brought the case",
                "said",
                "institution",
                q="mixed",
                cw=False,
            ),
            c("Two other former executives are due to stand trial in September"),
            c(
                "Halden Marine, which was bought by a Dutch group in 2019, agreed in 2021 to pay 21 million pounds under a deferred prosecution agreement"
            ),
            c(
                'it had "fundamentally changed" its compliance culture and that none of the people involved still worked for it',
                "The company",
                "said",
                "institution",
                q="mixed",
            ),
            c(
                "Oakley has a heart condition that requires regular treatment",
                "A filing submitted to the court by the defence",
                "says",
                "document",
            ),
            c("she had taken his health into account", "The judge", "said", "named_person"),
        ],
    ),
    (
        "unseen-04-measles",
        [
            c(
                "Measles cases worldwide rose by 20 percent last year to an estimated 10.3 million",
                "a report by the World Health Organization and the U.S. Centers for Disease Control and Prevention",
                "found",
                "document",
            ),
            c(
                "The number of countries facing large or disruptive outbreaks climbed to 57 from 36 a year earlier",
                "the report, which was published on Thursday",
                "according to",
                "document",
            ),
            c("Nearly half of those countries were in Africa"),
            c("Deaths fell by 8 percent to about 107,500, most of them children under five"),
            c(
                "The decline was largely due to outbreaks occurring in countries where fewer children die of the disease",
                "the report",
                "says",
                "document",
            ),
            c(
                "Measles finds every gap in immunity",
                "Dr. Amara Osei, director of the WHO immunization department",
                "said",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "If we do not close those gaps, children will keep dying of a disease we have known how to prevent for sixty years",
                "Dr. Amara Osei, director of the WHO immunization department",
                'immunity," [[said]]',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Only 83 percent of children received a first dose of measles vaccine in 2023, well below the 95 percent needed to prevent outbreaks",
                "the agencies",
                "said",
                "institution",
            ),
            c("Coverage for the second dose was 74 percent"),
            c(
                "the agency's contribution to the global measles programme had been cut by about a third this year",
                "A CDC official",
                "said",
                "anonymous",
                anon="because they were not authorized to discuss funding decisions",
            ),
            c("Nigeria recorded the largest number of cases in Africa"),
            c(
                "it would launch a national catch-up campaign in January aimed at 20 million children",
                "Its health ministry",
                "said",
                "institution",
                cw=False,
            ),
            c("Measles is one of the most contagious diseases known and can cause pneumonia, brain swelling and death"),
            c("Two doses of vaccine are about 97 percent effective at preventing infection"),
            c("Europe recorded 127,000 cases in 2024, the highest figure since 1997", "UNICEF", "said", "institution"),
        ],
    ),
    (
        "unseen-05-trade",
        [
            c(
                "The European Union will impose provisional tariffs of up to 38 percent on electric bicycles imported from China",
                "the European Commission",
                "announced",
                "institution",
            ),
            c(
                "The duties, which take effect on July 5, follow a nine-month investigation that found Chinese manufacturers benefited from cheap state loans, subsidised land and tax breaks"
            ),
            c(
                "Chinese manufacturers benefited from cheap state loans, subsidised land and tax breaks",
                "a nine-month investigation",
                "found",
                "document",
            ),
            c(
                "Our market remains open, but competition must be fair",
                "Trade Commissioner Lena Haugaard",
                "told",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "We will not stand by while European producers are pushed out of business",
                "Trade Commissioner Lena Haugaard",
                "told",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                'it "firmly opposed" the decision and would take "all necessary measures" to protect the rights of Chinese companies',
                "China's commerce ministry",
                "said",
                "institution",
                q="mixed",
                cw=False,
            ),
            c(
                "the EU had ignored evidence submitted by Chinese firms",
                "A spokesperson for the ministry",
                "said",
                "official_title",
            ),
            c(
                "Chinese exporters shipped about 1.9 million electric bicycles to the EU last year, worth roughly 1.1 billion euros",
                "customs data",
                "according to",
                "document",
            ),
            c(
                "the move",
                "The European Bicycle Manufacturers Association, which filed the original complaint",
                "welcomed",
                "institution",
                cw=False,
            ),
            c(
                "at least 5,000 jobs had been lost in the sector since 2021",
                "move. [[It]] said",
                "It [[said]]",
                "institution",
            ),
            c(
                "the duties would force it to raise prices by up to a quarter",
                "Dutch importer VeloNord",
                "said",
                "institution",
                cw=False,
            ),
            c(
                "smaller retailers could go out of business",
                "Dutch importer VeloNord",
                "warned",
                "institution",
                cw=False,
            ),
            c(
                "several member states, including Germany, had pushed for lower rates during closed-door consultations",
                "Two EU diplomats, who asked not to be named",
                "said",
                "anonymous",
            ),
            c("The Commission has until December to decide whether to make the tariffs permanent"),
        ],
    ),
    (
        "unseen-06-shoal",
        [
            c(
                "Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second Thomas Shoal on Monday, injuring four crew members",
                "the Philippine coast guard",
                "said",
                "institution",
            ),
            c(
                "This was a deliberate and dangerous act",
                "coast guard spokesperson Commodore Ramon Dizon",
                "told",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "one of the Chinese ships had also tried to block the boat by sailing within 20 metres of its bow",
                "[[He]] said one",
                "He [[said]] one",
                "named_person",
            ),
            c(
                "a large white vessel directing two jets of water at the wooden-hulled boat as it rolled in heavy swell",
                "Footage released by the Philippine coast guard",
                "showed",
                "document",
            ),
            c(
                'the Philippine vessel had "illegally intruded" into waters near the shoal and that its officers had taken "necessary control measures in accordance with the law',
                "China's coast guard",
                "said",
                "institution",
                q="mixed",
            ),
            c(
                "the boat had been carrying food, fuel and building materials to a small group of marines stationed on the shoal",
                "Two Philippine security officials",
                "operations, [[said]]",
                "anonymous",
                anon=ANON_PH,
            ),
            c("it was the third such incident since June", "One of the officials", "said", "anonymous", anon=ANON_PH),
            c("one marine had been evacuated by helicopter", "Philippine media", "reported", "institution"),
            c("The armed forces did not confirm the report"),
            c(
                'Washington was "closely monitoring" the situation',
                "A U.S. defense official, who asked not to be named",
                "said",
                "anonymous",
                q="mixed",
                cw=False,
            ),
            c("The shoal lies about 200 km (125 miles) west of the Philippine island of Palawan"),
            c(
                "A rusting World War Two-era navy ship that Manila deliberately ran aground there in 1999 serves as an outpost"
            ),
            c(
                "China claims almost all of the South China Sea, including areas within the exclusive economic zones of the Philippines, Vietnam, Malaysia and Brunei"
            ),
            c(
                "China's sweeping claims had no legal basis",
                "An international arbitration tribunal",
                "ruled",
                "institution",
            ),
            c("Beijing has rejected the ruling"),
        ],
    ),
    (
        "unseen-07-layoffs",
        [
            c(
                "it is cutting 1,400 jobs, or about 12 percent of its workforce, and closing a factory in Poland after sales fell for a second year",
                "Nordvik, the Swedish heat pump maker",
                "said",
                "institution",
            ),
            c(
                "Revenue in the fourth quarter dropped 23 percent to 4.1 billion crowns ($390 million), the company said in its earnings report, and it swung to an operating loss of 310 million crowns",
                "million), [[the company]] said",
                "the company [[said]] in its earnings",
                "institution",
            ),
            c(
                "The market has not recovered the way we expected",
                "Chief Executive Johan Lindqvist",
                "said",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "We have to adapt our cost base to a new reality",
                "Chief Executive Johan Lindqvist",
                "Lindqvist [[said]] in a statement",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "demand had been hit by the withdrawal of subsidies in Germany and Italy and by higher interest rates, which had made homeowners reluctant to invest in new heating systems",
                "Lindqvist",
                "said",
                "named_person",
            ),
            c(
                "the company would keep its research budget unchanged",
                "[[He]] added",
                "added",
                "named_person",
                cw=False,
            ),
            c(
                "The plant in Wrocław, which employs about 600 people, will close by the end of the year",
                "the statement",
                "according to",
                "document",
            ),
            c("Nordvik shares fell 9.4 percent in early trading in Stockholm, their lowest level since 2016"),
            c(
                'the cuts were "overdue" but did not address the company\'s loss of market share to cheaper Asian rivals',
                "Analysts at Kestrel Securities",
                "Securities [[said]]",
                "official_title",
                q="mixed",
                cw=False,
            ),
            c("it had not been consulted before the announcement", "The union IF Metall", "said", "institution"),
            c(
                "Nordvik was also considering a sale of its air-conditioning unit",
                "A person familiar with the company's plans",
                "said",
                "anonymous",
            ),
            c("Nordvik, founded in 1948, employs about 11,600 people in 14 countries"),
        ],
    ),
    (
        "unseen-08-sleep",
        [
            c(
                "People who regularly sleep fewer than six hours a night are about 30 percent more likely to develop type 2 diabetes than those who sleep seven to eight hours",
                "a study of more than 40,000 Norwegian adults",
                "according to",
                "document",
            ),
            c("The findings were published on Wednesday in the journal Diabetologia"),
            c(
                "Researchers followed the participants for an average of 11 years, and 2,870 of them were diagnosed with diabetes during that period"
            ),
            c(
                "The higher risk remained after the researchers accounted for body weight, diet and physical activity",
                "the authors",
                "wrote",
                "official_title",
            ),
            c(
                "Short sleep seems to disturb the way the body handles glucose, even in people who otherwise live healthily",
                "lead author Ingrid Solberg, an epidemiologist at the Norwegian University of Science and Technology",
                "said",
                "named_person",
                q="direct",
            ),
            c(
                "the study was observational and could not prove that lack of sleep caused the disease",
                "[[She]] cautioned",
                "cautioned",
                "named_person",
            ),
            c(
                'What we can say," Solberg added, "is that sleep deserves a place alongside diet and exercise when we talk about prevention',
                'say," [[Solberg]] added',
                "added",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "Participants who slept more than nine hours also had a slightly higher risk, the study found, though the difference was not statistically significant",
                "risk, [[the study]] found",
                "found",
                "document",
            ),
            # "Solberg spoke to Wire by video link from Trondheim." = reporter's own activity, not annotated
            c(
                'the study "well designed',
                "Dr. Martin Keane, a sleep researcher at University College Dublin who was not involved in the research",
                "called",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c(
                "the sleep data relied on participants' own reports",
                "Dr. Martin Keane, a sleep researcher at University College Dublin who was not involved in the research",
                'designed" but [[said]]',
                "named_person",
            ),
            c(
                "People tend to overestimate how long they sleep",
                'sleep," [[he]] said',
                "he [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "About one in three adults in Europe sleeps less than the recommended seven hours",
                "estimates by the European Sleep Research Society",
                "according to",
                "document",
            ),
            c("The study was funded by the Research Council of Norway"),
        ],
    ),
]


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("attribution-unseen.jsonl")
    write([(doc_id, TEXTS[doc_id], claims) for doc_id, claims in DOCS], out)


if __name__ == "__main__":
    main()
