"""Word lists and regex vocabularies for ``claims.suggest.attribution`` (reporting cues, titles, organisation and
document nouns, anonymity markers, time phrases, sentence furniture). Kept apart so that the rules in
attribution.py stay readable; every entry is general English news vocabulary, nothing per article."""

from __future__ import annotations

import re


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_FINITE = (
    "said|says|say|told|tells|added|adds|warned|warns|stated|states|announced|announces|claimed|claims|alleged|"
    "alleges|denied|denies|confirmed|confirms|reported|reports|wrote|writes|explained|explains|noted|notes|insisted|"
    "insists|acknowledged|acknowledges|argued|argues|blamed|blames|accused|accuses|urged|urges|estimated|estimates|"
    "declared|declares|asserted|asserts|revealed|reveals|maintained|maintains|tweeted|predicted|predicts|"
    "called for|calls for|called on|calls on|called|calls|praised|praises|expressed|expresses|showed|shows|lists|"
    "listed|named|referred|refers|described|describes|depicted|depicts|rejected|rejects|dismissed|dismisses|"
    "branded|spoke of|speaks of|read|reads|observed|commented|concluded|admitted|replied|recommended|recommends|"
    "believes|believed|suggested|suggests|tell|found|finds|ruled|rules|conceded|concedes|welcomed|welcomes|cautioned|"
    "cautions|forecast|forecasts|indicated|indicates|remarked|testified|testifies|characterized|characterised|"
    "characterizes|characterises|identified|identifies|suggest|promised|promises|ascribed|ascribes|"
    "emphasized|emphasised|emphasizes|emphasises|stressed|questioned|reiterated|reiterates|pointed out|"
    "points out|disclosed|discloses|contended|contends|countered|stipulated|stipulates|mentioned|mentions|advised|"
    "advises|expects|proposed|proposes|complained of|complained about|complained|"
    "disagreed with|disputed|apologized for|apologised for|apologizes for|apologises for|asked for|"
    "asks for|attributed|attributes|captured|captures|"
    "indicate|allege|warn|insist|argue|believe|confirm|predict|deny|explain|acknowledge|contend|conclude|"
    "underlined|underlines|reaffirmed|reaffirms|reasserted|"
    "reasserts|criticized|criticised|criticizes|criticises|hailed|hails|encouraged|encourages|asked|asks|informed|"
    "informs|continued|credited|credits|considers|considered|thanked|thanks|spoke|defended|responded|reacted|"
    "determined|determines|vowed|vows|denounced|denounces|projected|"
    "envisioned|envisions|suspect|suspected|placed|put|speculated|speculates|speculate"
)  # (noun-object cues keep their preposition: "apologized for X", "disagreed with X")
_PARTICIPLES = (
    "saying|adding|warning|telling|stating|claiming|alleging|reporting|noting|arguing|insisting|blaming|accusing|"
    "urging|fearing|showing|denying|confirming|describing|calling for|calling on|speaking of|acknowledging|"
    "explaining|announcing|praising|estimating|predicting|declaring|asserting|citing|pressing for|pushing for|"
    "emphasizing|emphasising|stressing|questioning|reiterating|pointing out|mentioning|advising|complaining of|"
    "complaining about|complaining|apologizing for|apologising for|asking for|attributing|writing|disputing|"
    "asking"
)
_CUE_RE = re.compile(
    rf"\b(?:(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:{_PARTICIPLES})\b"  # "Unions were pressing for X"
    rf"|(?:(?:has|have|had)\s+(?:(?:always|long)\s+)?)?(?:{_FINITE})\b|(?:{_PARTICIPLES})\b|[Aa]ccording to\b"
    r"|Per\b|per\b(?<=,\sper)|per(?=\s+(?:the\s+)?[A-Z])"  # "Per the decree, X", "X, per the ministry"
    r"|[Bb]y(?=\s+(?:(?:early|initial|first|some|local|media|news|unconfirmed|other)\s+)?reports\b)"  # "by early reports"
    r"|put(?:s|ting)?\b(?=\s+(?:[\w'’-]+\s+){1,4}?at\s+(?:about|around|roughly|nearly|almost|more|over|least|\d)))"
)  # "put the toll at 40": an estimate
_AS_ONLY = _wordset(
    "hailed hails named referred refers described describes depicted depicts rejected rejects dismissed dismisses branded"
    " characterized characterised characterizes characterises identified identifies"
)  # "rejected X as Y" is reported speech; "rejected X" is an act
_NEEDS_THAT = {
    "found",
    "finds",
    "ruled",
    "rules",
    "tell",
    "disclosed",
    "discloses",
    "proposed",
    "proposes",
}  # "found that X" reports; "found a body" does not
_SHOW = {"showed", "shows", "showing", "captured", "captures"}  # only with a document as source ("photos showing ...")
_NOT_CHECKWORTHY_CUES = _wordset(
    "urged urges urging praised praises praising fearing expressed expresses warned warns predicted "
    "predicts predicting believe believes believed criticized criticised criticizes criticises hailed hails welcomed welcomes cautioned cautions forecast forecasts promised promises"
    " encouraged encourages asked asks asking thanked thanks considers considered"
) | {"called for", "calls for", "called on", "calls on", "calling for", "calling on", "pressing for", "pushing for"}
_AUX = _wordset(
    "is are was were be been being has have had do does did will would can could may might must should shall"
)
_IRREGULAR = _wordset(
    "began came took went left made gave met held fled sent struck won lost became saw spoke found told "
    "shot hit remain remains ran fell rose grew paid sold built kept led thought brought bought fought "
    "wrote drove flew broke stood sat cut put set shut quit spread cost hurt knew got sank swept lay laid "
    "meant felt heard understood chose froze stole died lied tied used owed"
)  # past tenses without -ed (and the short -ed ones), so that "The company cut 200 jobs" ends its subject at "cut"
_ADJECTIVES_ED = _wordset(
    "unnamed unidentified unconfirmed unspecified unarmed masked armed retired concerned interested"
)  # -ed words that modify a noun ("unnamed industry experts"), not past tenses
_DETERMINERS = _wordset(
    "a an the this that these those its his her their our my your of over for about by with in on after before to no"
)
_TITLES = _wordset(
    "president minister secretary spokesperson spokesman spokeswoman ambassador chancellor chief director "
    "general commander governor mayor senator representative envoy prosecutor judge leader leaders head "
    "chairman chairwoman chair ceo king queen prince premier deputy adviser advisor secretary-general "
    "coordinator attorney lawyer professor correspondent editor captain colonel major lieutenant admiral "
    "pope sheikh emir speaker vice state coach manager curator researcher economist analyst mr mrs ms dr "
    "sen rep gen col lt sgt capt commissioner constable sergeant inspector superintendent detective officer"
)
_ORG_WORDS = _wordset(
    "news press tv radio times herald post journal agency media ministry government army navy forces force "
    "police council union nations republic kingdom emirates arabia states party movement front guard "
    "guards corps organization organisation office department commission committee court parliament "
    "congress senate house bank fund airlines airways air group company inc ltd corporation university "
    "institute centre center operation authority service services network foundation association "
    "federation coalition alliance brigades daily gazette tribune telegraph guardian reuters reporters "
    "borders without for of the and airport international world health athletics sports sport football cricket "
    "rugby cycling gold copper mining minerals metals resources holdings energy petroleum oil gas motors pharmaceuticals "
    "cross crescent transport education tourism telecom insurance industries technologies systems logistics shipping "
    "electric railways rail water bulletin gazeta chronicle courier inquirer agence affairs"
)  # (the last row: sector words that end or start organisation names, "Health X", "X Copper")
_PLACES = _wordset(
    "israel egypt iran iraq syria turkey yemen germany france britain china russia ukraine gaza lebanon "
    "jordan qatar libya sudan india pakistan afghanistan japan korea italy spain greece canada mexico "
    "brazil europe africa asia america kenya uganda tanzania ethiopia nigeria ghana somalia zimbabwe zambia "
    "mozambique angola congo rwanda senegal mali niger morocco algeria tunisia australia zealand tasmania argentina "
    "chile peru colombia venezuela bolivia ecuador cuba haiti poland hungary romania bulgaria serbia croatia bosnia "
    "austria switzerland belgium netherlands denmark sweden norway finland iceland ireland scotland wales england "
    "portugal czechia slovakia slovenia estonia latvia lithuania belarus moldova georgia armenia azerbaijan "
    "kazakhstan uzbekistan tajikistan kyrgyzstan turkmenistan mongolia vietnam thailand cambodia laos myanmar "
    "malaysia singapore indonesia philippines bangladesh nepal lanka taiwan"
)
_DOC_WORDS = _wordset(
    "statement statements report database photograph photographs photo photos image images video videos "
    "document documents letter study survey tweet post message data figures records record treaty filing "
    "memo transcript poll footage analysis assessment website list register registry census results indictment "
    "estimates findings ruling verdict judgment lawsuit complaint affidavit minutes testimony projections "
    "tally count editorial decision communique communiqué announcement notice directive resolution petition "
    "article column draft proposal guidelines constitution charter decree archive archives schedule release manifesto"
    " regulations infobase dashboard numbers doctrine doctrines cctv camera cameras"
    " agreement contract warning warnings description"
)
_BASE_CUES = _wordset("say tell suggest indicate allege warn insist argue believe confirm")
_NOT_A_STATEMENT = _wordset(
    "to would could will can may might must should shall did do does not cannot nor"
)  # "would confirm", "to warn", "did say": a base form after these reports no statement
_OUTLETS = frozenset(
    (
        "Al Jazeera",
        "Al Arabiya",
        "Al-Arabiya",
        "Al Mayadeen",
        "Al-Monitor",
        "Al-Ahram",
        "Al Ahram",
        "Asharq Al-Awsat",
        "Deutsche Welle",
        "Der Spiegel",
        "Die Zeit",
        "Le Monde",
        "Le Figaro",
        "La Repubblica",
        "El País",
        "El Pais",
        "El Mundo",
        "Corriere della Sera",
        "Kyodo",
        "Yonhap",
        "Xinhua",
        "Interfax",
        "Anadolu",
        "Bernama",
        "Haaretz",
        "Ynet",
        "Dawn",
        "Rappler",
        "Kompas",
        "Tempo",
        "Ria Novosti",
        "Sputnik",
        "Novaya Gazeta",
        "Meduza",
    )
)  # news organisations whose names read like a person's ("Al Jazeera reported", "Deutsche Welle reported")
_NAMED_DOCUMENT_HEADS = _wordset(
    "act acts bill resolution decree treaty convention charter declaration constitution accord agreement directive"
    " appeal manifesto protocol"
)  # the last word of a document's proper name: "the Patriot Act", "the National Measles ... Appeal"
_ROLE_PLURALS = _wordset(
    "prosecutors analysts economists investigators lawyers attorneys doctors researchers scientists experts "
    "observers monitors inspectors auditors judges detectives engineers officers workers rescuers paramedics medics"
    " firefighters meteorologists forecasters"
)  # "Prosecutors said", "Analysts at X said": people identified by role, on record
_UNNAMED_GROUPS = _wordset(
    "investigators workers rescuers paramedics medics firefighters activists witnesses experts scientists analysts"
    " meteorologists forecasters neighbors neighbours"
)
# a bare plural of these, "Investigators said", "Emergency workers said", "Meteorologists predict", is an unnamed
# group of an unnamed body, like "officials", or the guideline's generic unnamed people (experts, analysts):
# anonymous; other roles ("Engineers", "Prosecutors") speak on record in their capacity
_ANON_RE = re.compile(
    r"(?<![\w-])(?:officials?|sources?|diplomats?|aides?|insiders?|reports|representatives|authorities|unnamed|anonymous"
    r"|(?:eye)?witness(?:es)?|bystanders?|onlookers?|critics|criticism|rumou?rs|speculation|publications|outlets"
    r"|(?:people|persons?) (?:familiar|with knowledge|close|briefed))\b",
    re.I,
)
_ANON_NOTE = re.compile(
    r"\s*(?:The|These|Those|Both|All|They|He|She)\b(?:\s+(?:two|three|\w+)){0,2}?\s*(?:(officials?|sources?|diplomats?"
    r"|aides?|insiders?|people)\s+)?(?:spoke|talked|requested|asked|declined|were granted|was granted)\b[^.;]*?"
    r"\b(?:anonymity|not to be (?:named|identified))"
)  # a sourcing note in its own sentence: "The officials spoke on condition of anonymity because ..."
_UNNAMED = re.compile(
    r"\b(?:condition of anonymity|not to be (?:named|identified)|declined to be (?:named|identified)|spoke anonymously"
    r"|(?:did not|didn't|would not|wouldn't) (?:give|want) (?:his|her|their) (?:full )?names?)\b",
    re.I,
)  # "Two miners who asked not to be named": an unnamed source, whether or not a reason follows
_BACK_REFERENCE = re.compile(
    r"(?:one|some|two|three|several|many|most|all|both|each|none|another|a few)\s+of\s+(?:them|those|these)", re.I
)  # "One of them said": a member of the group named just before
_PERSON_PRONOUNS = _wordset("he she him her")
_PRONOUNS = _PERSON_PRONOUNS | {"it", "they", "them"}
_ANONYMITY_RE = re.compile(
    r"\b(?:condition of anonymity|(?:asked|declined|requested) not to be (?:named|identified))\b[^,;.]*?"
    r"\b((?:to|because|as|since|for fear|due to)\b[^,;.]+?)"
    rf"(?:(?<!been)(?<!was)(?<!were)(?<!\bbe)(?<!\bis)(?<!\bare)(?=\s+(?:{_FINITE})\b)|(?=[,;.]|$))"  # "Two miners who asked not to be named for fear of X said": up to the cue
    r"|\bwho\s+((?:was|were|is|are)\s+not\s+(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+[^,;.]+)",
    re.I,
)  # the reason given for anonymity (group 1), or the unauthorised speaker's own (group 2)
_OPINION_RE = re.compile(
    r"\b(?:I|we|We|our|Our|us|my|should|need to|unacceptable|condolences|hope|believe|deserve|shameful|senseless"
    r"|propaganda|must not)\b"
)
_QUOTE_CHARS = '"“”'
_QUOTE_MARK = re.compile('["“”]')
_TIME = (
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|tonight|earlier|later"
    r"|late|also|again|publicly|previously|subsequently|recently|repeatedly|(?:on\s+)?(?:last|this|next)\s+(?:week|month|year"
    r"|night|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:on|in|at|via|during|through)\s+"
    r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(?:statement|post|interview|tweet|conference|"
    r"briefing|message|speech|release|report|filing|note|letter|e-?mail|video|broadcast|address|blog|memo|notice"
    r"|submission|appearance|event|hearing|session|meeting|rally|website|account)|(?:on|in|at|via)\s+[A-Z][\w-]*(?:\s+\d{1,4})?"
)
_SKIP_AFTER_CUE = re.compile(
    r"(?:,\s(?:by way of example|in (?:part|turn|effect|addition)|however|for example|for instance|among others"
    r"|(?:citing|quoting)\s[^,;\"“]{1,60}),"
    rf"|\s|,|:|—|–|\b(?:{_TIME})\b(?!['’]s\b)|\bthat\b(?!\s+[\w-]+['’]s\s)|\bto\b(?=\s)(?!\s+(?:have|be)\s)|\b(?:regarding|about|concerning)\s(?:[^,\"“]|,(?=\d{{3}}))"
    rf"{{1,60}}?,(?!\d{{3}}))*"
)
_RECIPIENT = re.compile(
    r"\s+(?:(?:the|a|an|The|its|his|her|their|local|state|national|public|private|foreign|regional|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)\s+){0,3}"
    r"(?:radio|television|TV|media|newspapers?|broadcasters?|stations?|channels?|outlets?|agency|reporters|journalists"
    r"|audiences?|crowds?|supporters|listeners|viewers|lawmakers|legislators|parliament|investigators|residents)\b"
    r"(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)*(?=\s+that\b|,))?"  # "CBS station KDKA-TV"
    r"|\s+(?:(?:the|a|an|The)\s+)?(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*"
    r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|\d+|news|radio))*"
    r"(?=,))?"  # "told Paul Rivera of WESH 2 news, "…"": a reporter of an outlet
    r"|reporters|journalists"
    r"|lawmakers|the press|parliament|\w+)(?=[\s,.;:!?]|$)"
)
_AGENTLESS = re.compile(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:not\s+)?(?:\w+ly\s+)?(reported|said|alleged|intimated|rumou?red"
    r"|believed|estimated|forecast)\b(?!\s+by\b)|\b(?:reportedly|allegedly)\b"
)
_DESPITE = re.compile(r",?\s+despite\b")
_SECOND_CLAUSE = re.compile(r"[\"”],?\s+and\s+(?!that\b)")
_REPORTED_BY = re.compile(r"\b(reported|described|identified|named)\s+by\s+([^,;]{2,60}?)\s+as\s+([^,;]+)")
_DATELINE = re.compile(
    r"(?:date\s+\d{4}-\d{2}-\d{2}\s+|[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?:,?\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov"
    r"|Dec)[a-z]*\.?\s+\d{1,2})?(?:\s*\([^)]{1,30}\))?\s*[—–]\s*)"
)
_CREDIT = re.compile(
    r"\((?:[A-Z]+ )?(?:Photo|Image|Video)\b[^)]*\)\s*$|^\s*(?:Image|Photo):|\s(?:Image|Photo)s?:\s[^:]{1,80}$"
)  # a caption ends with its credit: "Smoke over the port. Image: A. Roe."
_DATE_LINE = re.compile(r"^\W*(?:\w+day,?\s+)?\w+\s+\d{1,2},?\s+\d{4}\W*$")
_INTRO = re.compile(
    r"(?:In|On|At|After|Before|During|Late|Early|Earlier|Last|Yesterday|Speaking|With|Since|While"
    r"|Also|Following|Despite|Amid|Meanwhile|However|Then|But|And|So|Later|Today|Now)\b"
)
_CONNECTOR = re.compile(
    r"\s*(?:(?:and|but|or|then|so|while|as|also|when|after|because|which|that|who|whom|where"
    r"|Then|But|And|So|Also|As|Meanwhile|However)\b[\s,]*)+"
)
_NAME_TOKEN = re.compile(
    r"(?:(?:al|el|bin|ibn|abu|de|van|von|le|da|di)-)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|(?:al|el|bin|ibn|de|van|von)"
    r"(?=\s+[A-Z])"
)
_TITLE_NAME = re.compile(
    r"\b(?:President|Minister|Secretary(?:-General)?|Chancellor|Ambassador|[Ss]pokes(?:person"
    r"|man|woman)|Director|General|Governor|Mayor|Senator|Representative|Envoy|Prime Minister"
    r"|King|Prince|Chief|Leader)\s+((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*[\w])"
)
_NUM_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|millions?"
    r"|billions?|dozens?|half|percent|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_INVERTED_TAIL = re.compile(
    r"\s*((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|the|a|an)(?:\s+[\w'’.-]+){0,5}?)(?:\s+(?:to|in|at|on|during|after|before|from|while|as"
    r"|outside|inside)\s|,\s*(?:who|whom|which|[a-z]+ing)\b)"
)  # the source of an inverted quote followed by a phrase or an apposition: '“A,” said X to the crowd'
_AFTER_QUOTE_CUE = re.compile(
    r"\s*,\s*(?:[a-z]+ing|and|but|while|who|which|before|after|although|though|because|when|as)\b"
)  # '“A,” she said, adding that B': what follows the cue is not the content of the quote's cue
_VERB_WORD = r"(?:[a-z]+ed|" + "|".join(sorted(_AUX | _IRREGULAR)) + r")\b"
_NP_UNIT = (
    r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|on|and|de|al|the)\s+)*[A-Z][\w'’.&-]*)*"
    rf"|(?!{_VERB_WORD})[a-z-]+(?:\s+(?!(?:the|a|an|this|that|its|his|her|their|some|many|at|in|on|of|from|by|for|with"
    rf"|one|two|three|four|five)\b|{_VERB_WORD})[a-z-]+){{0,2}})"
    rf"(?:(?:['’]s|(?<=['’]s))(?:\s+(?!{_VERB_WORD})[a-z-]+){{1,2}}(?=\s+(?:dated|{_VERB_WORD})))?"
)  # (a possessive goes on with its noun: "the agency's situation report dated May 4")
_ACCORDING_NP = re.compile(
    rf"{_NP_UNIT}(?:\s+(?:of|from|by|in|at|for)\s+{_NP_UNIT}){{0,3}}"
    rf"(?:\s+(?:[a-z]+ed|issued|released|published|seen|given|shown|made|held|written)"
    rf"\s+(?:on|in|by|at(?!\s+(?:least|most)\b)|last|this|earlier|late)\s+{_NP_UNIT})?"
    r"(?:\s+dated\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?"
)  # the noun phrase after "according to" when no comma closes it (not "... recovered at least ten")
_INLINE_DATE = re.compile(
    r"(?<=\S\s)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}(?=\s+[A-Z\"“])"
)  # "Headline words Thursday, May 7, 2015 The text begins": a date line that lost its line breaks
