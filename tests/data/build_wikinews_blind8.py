#!/usr/bin/env python3
"""Build tests/data/attribution-wikinews-blind-8.jsonl: 8 real Wikinews articles (2019-2020, CC BY 2.5,
Wikinews, en.wikinews.org), hand-annotated per /work/shared/evaldata/gold/GUIDELINE.md (same approach as
gold/src/dev_spec.py + tools/build_gold.py: spans are written as strings, offsets are resolved and
round-trip checked).

The texts are not copied here: they are read, unmodified, by doc_id from
/work/shared/evaldata/articles/wikinews-more.jsonl (lines 155, 5, 67, 113, 88, 91, 175 and 103, 0-based).
None of them is used by any other set in this folder (the LINES and doc_ids of every build_*.py and
*.jsonl here), by gold-dev (or gold/src) or by wikinews-mideast-dev. This is an EIGHTH BLIND set: it was
annotated from the text and the guideline only, without running or reading the suggester or any
prediction on these articles, and is meant to be scored once, at the end. The articles were chosen among
the unused ones for their reporting cues, unnamed sources ("Philippine officials", "Local authorities",
"firefighters", "Neighbors", "Authorities expected", "According to reports", "a protester using the
pseudonym Katya", "scientists studying patients in Zhuhai", "experts noted", "scientists say"), agentless
cues ("reportedly", "were forecast", "rumors circulated", "amid reports of", "allegations of", "an
estimated", "were reported", "reputedly", "been rumored"), titles before names ("Philippine Red Cross chair
Richard Gordon", "Hong Kong director of Amnesty International Man-kei Tam", "County sheriff Kerry Lee",
"current president Emmerson Mnangagwa"), documents (a weather warning, an event description, event plans)
and unattributed numbers. The remaining pool of unused articles is poor in unnamed sources.

Counts: 8 documents, 130 claims, 12 of them `anonymous` (85 unattributed).

    python3 tests/data/build_wikinews_blind8.py [OUT.jsonl]

c(content, src, cue, t=attribution_type, q=quote_type, anon=anonymity_reason, cw=checkworthy, n=occurrence)
A string may carry an anchor: "left [[target]] right" locates `left target right` and keeps `target`.
content: n-th occurrence (default first); source/cue: the occurrence nearest to the content span
(mentions outside the content preferred).

Conventions where the guideline is silent (those of build_wikinews_blind2.py to build_wikinews_blind7.py,
plus):
* "Philippine officials", "Local authorities", "Authorities", "reports", "firefighters", "Neighbors",
  "experts", "scientists", "scientists studying patients in Zhuhai in China's Guangdong Province" (and the
  pronoun "They" that takes it up) are `anonymous`; "a protester using the pseudonym Katya" (unnamed, only
  a pseudonym given, no role) is `anonymous` with no anonymity_reason (none is given); "The fire service",
  "Police", "county police", "the Ministry of Foreign Affairs", "CNN", "The Guardian", "The Air Force" are
  `institution`; "the warning", "The warnings" (a weather service's warning), "The event description" and
  "earlier event plans" are `document`.
* A nominal reporting noun with a possessor source gets a claim: "Tsvangirai's allegations of widespread
  fraud" (source "Tsvangirai", cue "allegations", content "widespread fraud"), "protesters' demands for a
  new judge-led investigation ..." (source "protesters", `institution`, cue "demands", not check-worthy);
  the reporter's sentence around it stays an unattributed claim of its own. Without a possessor the noun
  is an agentless cue: "amid reports of violence and fraud" (one unattributed claim for the sentence, cue
  "reports"), "which again was marred by allegations of fraud and tampering" (an unattributed claim from
  "which", cue "allegations"), "rumors circulated he was ..." (cue "rumors circulated", content the whole
  sentence); "Authorities expected X" gives the authorities the content X (cue "expected", not
  check-worthy).
* "X was forecast to A, Y were forecast to B" (agentless, two clauses) gives two unattributed claims with
  the cues "was forecast" / "were forecast" (not check-worthy), the subordinator "Though" left out; "an
  estimated N people showed up", "a basic R0 estimated in the range 2-4", "were reported to have reached",
  "was reputedly responsible", "has ... been rumored to be", "was considered", "was hailed a national hero"
  are agentless cues (unattributed, content the whole clause); "He was also praised in the West" (no
  content) is an unattributed claim without cue, as "have been critical" in blind-7.
* "X, killing N according to officials, and leaving reportedly M ..." follows blind-5: the officials get
  the first coordinate (main clause included), the "reportedly" coordinate is unattributed; "X, according
  to CNN, was called the "breadbasket"" gives CNN only the part after "according to" (the reporter's first
  coordinates before it are unattributed), and the agentless "was called" inside gets no claim; quotation
  marks around the epithet ("breadbasket") do not make the claim a quote (blind-6).
* A direct quote whose first fragment is an incomplete sentence continued after the attribution and a full
  stop ('"Whenever there are signs ...," wrote X on Twitter. "They always come ...') is one claim from the
  first to the last content word, `direct`, like '"A," he said, "B"'; when the first fragment is complete
  sentences ('"... A lot of people think that," said a protester .... "The situation ...') the second quote
  is a continuation quote, a claim of its own reusing the source and cue.
* "X also said" takes "said" as cue ("also" left out, as "and" in blind-7); "in remarks to the BBC", "on
  Twitter", "in a statement", "in a televised announcement" are channels, not sources.
* "Police responded to multiple reports of a shooting" and "More than two million people replied they
  would attend" report events (one unattributed claim for the sentence); "They found X" (researchers'
  findings) gives a claim with cue "found", but "the researchers found significant quantities of virus"
  (a noun object) stays inside the reporter's unattributed sentence; "The Air Force issued warnings against
  X, saying Y" gives an unattributed claim for the warning event and the Air Force a claim for Y (cue
  "saying").
* "The warnings apply from tomorrow night" and the hours of a warning are check-worthy (a state of affairs
  of an issued warning, unlike a future arrangement); a government's announced decision ("her government
  will officially withdraw a proposed bill") is check-worthy, a quoted prediction or evaluation is not.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotate import build, c  # noqa: E402 (the folder is put on the path just above)

ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "evaldata" / "articles" / "wikinews-more.jsonl"
OUT = Path(__file__).with_name("attribution-wikinews-blind-8.jsonl")

# 0-based line of each article in ARTICLES (checked when the texts are loaded)
LINES = {
    "wn-2019-12-28-typhoon-phanfone-strikes-philippines": 155,
    "wn-2019-01-07-catalonia-apartment-block-fire-kills-thr": 5,
    "wn-2019-07-23-four-teenagers-shot-at-pennsylvania-grad": 67,
    "wn-2019-10-02-hurricane-lorenzo-hits-azores-heads-towa": 113,
    "wn-2019-09-06-hong-kong-leader-announces-withdrawal-of": 88,
    "wn-2019-09-09-longtime-leader-of-zimbabwe-robert-mugab": 91,
    "wn-2020-02-22-covid-19-may-spread-like-flu-say-scienti": 175,
    "wn-2019-09-22-millions-don-t-turn-up-to-storm-us-airba": 103,
}


# --------------------------------------------------------------------------- annotations
# Datelines ("Saturday, December 28, 2019") and headlines are not annotated.
DOCS = [
    (
        # line 155
        "wn-2019-12-28-typhoon-phanfone-strikes-philippines",
        [
            c(
                "Typhoon Phanfone made landfall on the central Philippines from Tuesday night through to Wednesday, killing at least 20",
                "Philippine officials",
                "according to",
                "anonymous",
            ),
            c("leaving reportedly at least 15,000 stranded at ports", None, "reportedly"),
            c(
                "Phanfone impacted upon popular tourist attractions, such as Boracay and Coron, as well as the Kalibo International Airport"
            ),
            c("It also blocked roads and forced over 58,000 civilians to evacuate"),
            c("Phanfone damaged similar regions to Typhoon Haiyan, which killed over 6,000 people in 2013"),
            c(
                "[Typhoon Phanfone is] like the younger sibling of Haiyan. It\u2019s less destructive, but it followed a similar path",
                "Cindy Ferrer, head of a regional civil defense office",
                "office, [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "A lot of people have lost their homes and they need food",
                "Philippine Red Cross chair Richard Gordon",
                "BBC, [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "many areas lost water and power, and might not get them back for weeks",
                "[[He]] also said",
                "also [[said]]",
                "named_person",
            ),
            c("Typhoon Phanfone continued westward on Thursday, toward the South China Sea and Asia"),
        ],
    ),
    (
        # line 5
        "wn-2019-01-07-catalonia-apartment-block-fire-kills-thr",
        [
            c(
                "An apartment block caught fire on Saturday morning in Badalona, a Catalonian city around ten kilometres from Barcelona"
            ),
            c("The blaze killed three, including a 92-year-old woman, and injured sixteen, including a baby"),
            c(
                "the baby girl was critically ill, while two adults were seriously injured",
                "The fire service",
                "service [[indicated]]",
                "institution",
            ),
            c(
                "the most seriously injured adults escaped alive by leaping from windows to flee the ten-storey building",
                "Local authorities",
                "authorities [[indicated]]",
                "anonymous",
            ),
            c(
                "As of yesterday, no cause had yet been released for the fire by authorities in the Mediterranean coastal town"
            ),
            c(
                "Firefighters put the fire out on Saturday and were subsequently pictured searching the charred apartments"
            ),
            c("Windows were broken out on multiple floors, with soot coating the outside of the structure"),
            c(
                "A second fire on Saturday, eighteen kilometres away in a another block of flats in La Llagosta, killed another person",
                "according to [[firefighters]]",
                "according to",
                "anonymous",
            ),
        ],
    ),
    (
        # line 67
        "wn-2019-07-23-four-teenagers-shot-at-pennsylvania-grad",
        [
            c(
                "Early Saturday morning, somewhat after midnight, police in Clairton, Pennsylvania, in the eastern United States, responded to multiple reports of a shooting at a graduation party"
            ),
            c(
                "over a hundred people attended the party, located in Allegheny County, four of whom were injured in the shooting",
                "[[Police]] said over",
                "Police [[said]]",
                "institution",
            ),
            c("The injured teenagers, three girls and a boy between the ages of 14 and 18, were hospitalized"),
            c(
                "As of Sunday evening, all four are in stable condition, and no fatalities have emerged from the shooting"
            ),
            c("The victims have not been identified"),
            c("The backyard party took place at 619 Waddell Avenue, near the local high school"),
            c("the area is usually quiet", "Neighbors", "told", "anonymous"),
            c(
                "Party-goers still at the scene after the shooting fled when police arrived",
                "county police",
                "according to",
                "institution",
            ),
            c("The police do not have a suspect yet, and the motive remains unknown"),
        ],
    ),
    (
        # line 113
        "wn-2019-10-02-hurricane-lorenzo-hits-azores-heads-towa",
        [
            c(
                "Today, as Hurricane Lorenzo hit the Azores, Met \u00c9ireann, the national meteorological service for Ireland, issued weather alerts as the storm approached from the west"
            ),
            c("Yellow warnings were issued nationwide, while six counties on the coast received orange warnings"),
            c("The warnings apply from tomorrow night into Friday morning"),
            c(
                "The Azores \u2014 autonomous islands of Portugal in the Atlantic Ocean \u2014 closed schools and non-essential public services"
            ),
            c(
                "The situation will worsen in the next few hours",
                "Vasco Cordeiro, the regional president",
                '", [[said]] Vasco',
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "winds of 100 mph (about 160 km/h) and high waves",
                "Authorities",
                "expected",
                "anonymous",
                cw=False,
            ),
            c(
                "The orange warning issued by Met \u00c9ireann applied to County Galway, County Mayo, County Clare, County Cork, County Kerry and County Limerick and starts at 6 p.m. local time (1700 UTC) tomorrow"
            ),
            c(
                "Lorenzo was forecast to diminish from a hurricane to a tropical storm",
                None,
                "was forecast",
                cw=False,
            ),
            c(
                "gusts of wind were forecast to reach 60\u201380 mph (about 95\u2013130 km/h)",
                None,
                "were forecast",
                cw=False,
            ),
            c(
                "Storm Lorenzo will produce significant swell, high waves and sizeable storm surges. This will lead to wave overtopping, some coastal flooding and damage, especially along western and southern coasts",
                "the warning",
                "[[read]] the warning",
                "document",
                q="direct",
                cw=False,
            ),
            c("gale force winds and heavy rain", "The warnings", "called for", "document", cw=False),
            c(
                "Hurricane Lorenzo reached Category 5 on the Saffir\u2013Simpson scale this past Saturday, but was downgraded to Category 1 as of this morning"
            ),
            c(
                "Lorenzo is the largest and strongest tropical cyclone to reach this far into the northeastern Atlantic in recorded history",
                "According to [[reports]]",
                "According to",
                "anonymous",
            ),
        ],
    ),
    (
        # line 88
        "wn-2019-09-06-hong-kong-leader-announces-withdrawal-of",
        [
            c(
                "her government will officially withdraw a proposed bill that would have allowed China to extradite accused criminals from Hong Kong to be tried under the mainland's criminal justice system",
                "Carrie Lam, the chief executive of Hong Kong",
                "announced",
                "named_person",
            ),
            c(
                "This was one of the five demands of the protesters, sometimes numbering in the millions, who have filled downtown streets since early this June"
            ),
            c(
                "The government will fully withdraw the bill in order to fully allay public concerns",
                '," [[Lam]] said',
                '," Lam [[said]]',
                "named_person",
                q="direct",
            ),
            c(
                "Lam also agreed to add two members to Hong Kong's existing police oversight council but did not accede to protesters' demands for a new judge-led investigation independent of the government"
            ),
            c(
                "a new judge-led investigation independent of the government",
                "accede to [[protesters]]'",
                "protesters' [[demands]]",
                "institution",
                cw=False,
            ),
            c(
                "Our citizens, police and reporters have been injured during violent incidents",
                '," [[Lam]] continued',
                "continued",
                "named_person",
                q="direct",
            ),
            c(
                "There have been chaotic scenes at the airport and [mass transit railway] stations; roads and tunnels have been suddenly blocked. Visitors wonder whether our city is still a safe place for travel or business. Families and friends have been under stress, and arguments have flared. For many people, Hong Kong has become an unfamiliar place",
                '," [[Lam]] continued',
                "continued",
                "named_person",
                q="direct",
            ),
            c(
                "There has been skepticism among academics and the protesters themselves about the sincerity and effects of the bill's withdrawal"
            ),
            c(
                'Whenever there are signs of sending a palm branch," wrote student protester Joshua Wong on Twitter. "They always come with a far tighter grip on exercising civil rights[.] They have conceded nothing in fact, and a full-scale clampdown is on the way',
                "student protester Joshua Wong",
                "wrote",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "She's just doing this to try and disintegrate the movement. A lot of people think that",
                "a protester using the pseudonym Katya",
                '," [[said]] a protester',
                "anonymous",
                q="direct",
                cw=False,
            ),
            c(
                "The situation has escalated to a point where not even Beijing knows how to sort this. So they're using different tricks and lies. Hong Kong people have learned to ignore her",
                "a protester using the pseudonym Katya",
                '," [[said]] a protester',
                "anonymous",
                q="direct",
                cw=False,
            ),
            c(
                "This announcement cannot change the fact that the Hong Kong authorities have chosen to suppress protests in a grossly unlawful way that has seriously damaged the people's trust and sense of legitimacy of the government",
                "Hong Kong director of Amnesty International Man-kei Tam",
                "Tam [[said]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "More than 1000 people have been arrested since the protests began in June",
                "The Guardian",
                "according to",
                "institution",
            ),
        ],
    ),
    (
        # line 91
        "wn-2019-09-09-longtime-leader-of-zimbabwe-robert-mugab",
        [
            c(
                "Robert Mugabe, former president of Zimbabwe, has died",
                "current president Emmerson Mnangagwa",
                "according to",
                "named_person",
            ),
            c("He was 95"),
            c("Mugabe was hospitalized in Singapore for several months this year"),
            c(
                "he died at Gleneagles Hospital in the morning",
                "the Ministry of Foreign Affairs",
                "and [[according to]] the Ministry",
                "institution",
            ),
            c("Mugabe was considered the founding father of Zimbabwe", None, "was considered"),
            c(
                "Robert Gabriel Mugabe was born in 1924 in Kutama, Zimbabwe, when the country was a British colony called Southern Rhodesia"
            ),
            c("Mugabe's first career was as a teacher"),
            c("He taught and studied in various sub-Saharan countries in Africa"),
            c("He embraced Marxism"),
            c(
                "He later returned to Rhodesia, which within a few years thereafter declared independence from the United Kingdom, but still under white rule"
            ),
            c(
                "Mugabe co-founded the Zimbabwe African National Union (ZANU) to oppose the white minority rule, but was arrested in 1963 and was imprisoned until 1974"
            ),
            c(
                "After his release, Mugabe led a militant guerrilla movement against Ian Smith's government; successful, Mugabe was hailed a national hero",
                None,
                "was hailed",
            ),
            c("He was also praised in the West"),
            c(
                "Mugabe ruled Zimbabwe, serving as its first prime minister, 1980\u20131987; then as president, 1987\u20132017; for 37 years"
            ),
            c(
                "He supported education, healthcare, and peasant farming, and a few years into his tenure, Zimbabwe had a strong economy and rising literacy rates"
            ),
            c(
                'was called the "breadbasket" of southern Africa',
                "according to [[CNN]]",
                "[[according to]] CNN",
                "institution",
            ),
            c(
                "But during these early years, Mugabe also became known for his violent treatment of opponents; the Gukurahundi massacres saw thousands if not tens of thousands of ethnic Ndebele killed"
            ),
            c(
                "When Mugabe assumed the presidency in 1987, he also became head of the armed forces and had successfully consolidated consolidated power over Zimbabwe"
            ),
            c("In the 1990s, he instituted a policy of confiscating land from white farm-owners and redistributing it"),
            c(
                "Some of those seizing the land were ostensibly veterans of the war and they would sometimes kill the farmers and the black laborers who worked there"
            ),
            c("Agricultural production decreased sharply and inflation inversely rocketed"),
            c("In 2000, a new threat to Mugabe's rule emerged in the form of the Movement for Democratic Change (MDC)"),
            c(
                "Mugabe won a presidential election over Morgan Tsvangirai of the MDC, but amid reports of violence and fraud, neither the European Union nor the United States would endorse the result",
                None,
                "amid [[reports]]",
            ),
            c(
                "At the next elections in 2008, the MDC won a majority in the House of Assembly and both Mugabe and Tsvangirai claimed victory in the presidential vote"
            ),
            c("which again was marred by allegations of fraud and tampering", None, "by [[allegations]]"),
            c("Refusing to give up power, Mugabe agreed to power-sharing in which Tsvangirai became prime minister"),
            c(
                "Only God who appointed me will remove me \u2014 not the MDC, not the British",
                '," [[he]] declared',
                "declared",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "The following election in 2013 saw a substantial victory for Mugabe, and despite Tsvangirai's allegations of widespread fraud, Mugabe ended the power-sharing"
            ),
            c(
                "widespread fraud",
                "[[Tsvangirai]]'s allegations",
                "Tsvangirai's [[allegations]]",
                "named_person",
            ),
            c(
                "Soon after, however, rumors circulated he was preparing his wife \u2014 four decades his junior \u2014 to become his successor",
                None,
                "rumors circulated",
            ),
            c(
                "Grace Mugabe was already unpopular for her penchant of flaunting an extravagant lifestyle in a country which was becoming increasingly poor"
            ),
            c(
                "After Mugabe fired his vice president, ahead of the 2018 elections, the army moved on November 15, 2017, having first placed Mugabe under house arrest"
            ),
            c(
                'Nevertheless, Mugabe was able to negotiate immunity from prosecution, full diplomatic status and a fully staffed state-funded 25-room home, known as the "Blue House", in exchange for his official resignation on November 21'
            ),
            c(
                "It is with the utmost sadness that I announce the passing on of Zimbabwe's founding father and former President, Cde [comrade] Robert Mugabe. [...] Cde Mugabe was an icon of liberation, a pan-Africanist who dedicated his life to the emancipation and empowerment of his people. His contribution to the history of our nation and continent will never be forgotten. May his soul rest in eternal peace",
                "President Mnangagwa",
                "wrote",
                "named_person",
                q="direct",
            ),
            c(
                "Many important dates in Zimbabwe\u2019s modern history are tied to the name of Robert Mugabe. He made a great personal contribution to the battle for your country\u2019s independence, to the building of Zimbabwean State institutions",
                "Vladimir Putin, president of Russia",
                "Russia, [[said]]",
                "named_person",
                q="direct",
                cw=False,
            ),
            c(
                "For my generation, Mr Robert Mugabe should be remembered for what he was to us. He was a dictator. He was ruthless. He is the author of the current economic and political challenges we're facing as a nation",
                "Ashton Bumhira, director of Youth Forum Zimbabwe",
                '", [[said]] Ashton',
                "named_person",
                q="direct",
                cw=False,
            ),
        ],
    ),
    (
        # line 175
        "wn-2020-02-22-covid-19-may-spread-like-flu-say-scienti",
        [
            c(
                "the newly emerged SARS-CoV-2, the coronavirus that causes COVID-19, may spread in a manner similar to influenza",
                "scientists studying patients in Zhuhai in China's Guangdong Province",
                "reported",
                "anonymous",
            ),
            c(
                "this outbreak, which began in the city of Wuhan in Hubei Province in December 2019, may call for containment measures similar to those for influenza",
                "suggesting, [[experts]] noted",
                "noted",
                "anonymous",
                cw=False,
            ),
            c(
                "Researchers used polyester swab samples from the noses and throats of eighteen infected volunteers, including one asymptomatic infected volunteer"
            ),
            c(
                "the virus's behavior resembled that of influenza rather than severe acute respiratory syndrome (SARS), even though SARS-CoV-2 is more closely related to the viruses that cause SARS \u2014 hence its name \u2014 than to a typical influenza virus",
                "[[They]] found",
                "They [[found]]",
                "anonymous",
            ),
            c("In humans, SARS viruses tend to live in the lower respiratory tract, where they can cause pneumonia"),
            c(
                "The COVID-19 virus, however, can live in both the lower and upper respiratory tract: the researchers found significant quantities of virus in samples taken from the volunteers' noses and throats"
            ),
            c(
                "This and the fact that one of the volunteers had no symptoms while others had only mild ones raises the concern that, like a flu virus, SARS-CoV-2 could be spread directly from person to person by people who do not realize that they are putting others in danger"
            ),
            c(
                "This virus is clearly much more capable of spreading between humans than any other novel coronavirus we've ever seen. This is more akin to the spread of flu",
                "Immunologist Kristian Andersen of Scripps Research",
                "Research [[said]]",
                "named_person",
                q="direct",
            ),
            c(
                "Efforts to contain the SARS outbreak, which took place in 2003, mainly involved preventing the spread of the virus within hospitals"
            ),
            c(
                "If these findings are accurate, scientists say, containing COVID-19 may require a different approach",
                "accurate, [[scientists]] say",
                "scientists [[say]]",
                "anonymous",
                cw=False,
            ),
            c(
                "The R0 number for SARS-CoV-2 \u2014 the number of other people to whom each infected person transmits the virus before either dying or becoming noncontagious \u2014 has yet to be calculated"
            ),
            c("R0 can change over time as populations become more resistant, more vaccinated, or more careful"),
            c(
                "For context, SARS-CoV has a basic R0 estimated in the range 2\u20134 and influenza in the range 2\u20133",
                None,
                "estimated",
            ),
            c("The measles R0 is about 12\u201318"),
            c("Ebola and HIV have R0 values of about 2"),
            c("Generally, outbreaks with R0 values under 1 end on their own and those with values over 1 do not"),
        ],
    ),
    (
        # line 103
        "wn-2019-09-22-millions-don-t-turn-up-to-storm-us-airba",
        [
            c(
                "Friday was when, according to earlier event plans, millions of people were to storm Area 51, a classified facility within the United States Air Force's Nevada Test and Training Range, and the world was to finally learn of its secrets",
                "earlier event plans",
                "according to",
                "document",
                cw=False,
            ),
            c(
                "In the end, an estimated one-to-two hundred people showed up at the gates, and the classified area was not stormed",
                None,
                "estimated",
            ),
            c("It all began on June 27, when Matty Roberts posted a event invitation on social media site Facebook"),
            c(
                "More than two million people replied they would attend and an additional million-and-a-half expressed interest in the event"
            ),
            c(
                'his event, "Storm Area 51, They Can\'t Stop All of Us", was posted as a joke',
                "[[Roberts]] says",
                "says",
                "named_person",
            ),
            c("Roberts is about 20 years old and from Bakersfield, California"),
            c(
                "We will all meet up at the Area 51 Alien Center tourist attraction and coordinate our entry [...] If we Naruto run, we can move faster than their bullets. Let's see them aliens",
                "The event description",
                "description [[read]]",
                "document",
                q="direct",
                cw=False,
            ),
            c(
                "Area 51 has for decades been rumored to be a facility for UFO and extraterrestrials research",
                None,
                "been rumored",
            ),
            c("Naruto is a Japanese cartoon ninja character who runs with his arms behind his back"),
            c("As the event turned viral, both media and authorities took notice"),
            c("The nearest settlement to Area 51 is Rachel in Lincoln County"),
            c("It is a remote desert town with a population of around fifty people"),
            c(
                "The Little A'Le'Inn is the only business offering food and accommodations and the town has no gas stations"
            ),
            c(
                'even one percent of Facebook users attending "would be more overwhelming than we can handle',
                "County sheriff Kerry Lee",
                "told",
                "named_person",
                q="mixed",
                cw=False,
            ),
            c("The Air Force issued warnings against attempts to enter the restricted zone of the base"),
            c("it was dangerous", "The Air Force", "saying", "institution", cw=False),
            c("The sheriff's office arranged for reinforcements from across Nevada"),
            c("Fewer than two hundred showed up at the gates of the base, but no one tried to storm the military base"),
            c(
                "they arrested one person for urinating in public, technically indecent exposure",
                "Sheriff Lee",
                "Lee [[said]]",
                "named_person",
            ),
            c(
                'They arrested three for "suspicion of trespassing" and another for an incident related to alcohol',
                "Sheriff Lee",
                "Lee [[said]]",
                "named_person",
                q="mixed",
            ),
            c(
                "Over a thousand were reported to have reached Rachel, but most did not make the final trek to the base",
                None,
                "were reported",
            ),
            c("Meanwhile, other events popped up seeking to capitalize on the notoriety of the Storm Area 51 event"),
            c('In nearby Hiko, a "Storm Area 51 Basecamp Experience" was underway with music and other entertainment'),
            c(
                'Thursday night, "Alien Stock" was held in downtown Las Vegas, Nevada with involvement of original poster Matty Roberts'
            ),
            c(
                "Bob Lazar was reputedly responsible for creating much of the folklore surrounding Area 51 which is not an official name",
                None,
                "reputedly",
            ),
            c("A 2018 documentary film titled Bob Lazar: Area 51 & Flying Saucers may have spurred recent interest"),
        ],
    ),
]


if __name__ == "__main__":
    build(DOCS, ARTICLES, LINES, OUT)
