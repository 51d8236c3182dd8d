"""Rule-based suggester of claims and their attributions in news text.

Pure Python (stdlib + pysbd, no Django) so it can run in views, commands and benchmarks.
``suggest(text)`` returns one ``Suggestion`` per reported statement ("X said Y", "Y, X said",
"according to X, Y", "…, saying Y", continuation quotes) and per unattributed factual sentence.
Spans follow the gold guideline in shared/evaldata/gold/GUIDELINE.md; every offset is a ``str``
index into ``text``. The rules are general English reporting-clause patterns, nothing per article.

Sentences: pysbd reads only the stretches whose full stops are ambiguous (abbreviations, initials);
plain ". Capital" boundaries are cut directly, which keeps throughput far above pysbd's own.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import unicodedata
from dataclasses import dataclass

import pysbd
from pysbd.lang.english import English

from ..text import detect_language
from . import checkworthy
from .lexicon import (
    _ACCORDING_NP,
    _ADJECTIVES_ED,
    _AFTER_QUOTE_CUE,
    _AGENTLESS,
    _ANON_NOTE,
    _ANON_RE,
    _ANONYMITY_RE,
    _AS_ONLY,
    _AUX,
    _BACK_REFERENCE,
    _BASE_CUES,
    _CONNECTOR,
    _CREDIT,
    _CUE_RE,
    _DATE_LINE,
    _DATELINE,
    _DESPITE,
    _DETERMINERS,
    _DOC_WORDS,
    _FINITE,
    _INLINE_DATE,
    _INTRO,
    _INVERTED_TAIL,
    _IRREGULAR,
    _NAME_TOKEN,
    _NAMED_DOCUMENT_HEADS,
    _NEEDS_THAT,
    _NOT_A_STATEMENT,
    _NOT_CHECKWORTHY_CUES,
    _NUM_RE,
    _OPINION_RE,
    _ORG_WORDS,
    _OUTLETS,
    _PERSON_PRONOUNS,
    _PLACES,
    _PRONOUNS,
    _QUOTE_CHARS,
    _QUOTE_MARK,
    _RECIPIENT,
    _REPORTED_BY,
    _ROLE_PLURALS,
    _SECOND_CLAUSE,
    _SHOW,
    _SKIP_AFTER_CUE,
    _TIME,
    _TITLE_NAME,
    _TITLES,
    _UNNAMED,
    _UNNAMED_GROUPS,
    _wordset,
)

GOLD_FIELDS = (
    "content", "content_start", "content_end", "source", "source_start", "source_end", "cue", "cue_start",
    "cue_end", "attribution_type", "quote_type", "anonymity_reason", "checkworthy",
)  # fmt: skip


@dataclass(frozen=True)
class Suggestion:
    content: str
    content_start: int
    content_end: int
    source: str | None
    source_start: int | None
    source_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    attribution_type: str  # named_person | official_title | anonymous | institution | document | unattributed
    quote_type: str  # direct | indirect | mixed | none
    anonymity_reason: str | None
    checkworthy: bool
    speaker_name: str | None
    speaker_title: str | None
    checkworthiness: float = 0.0  # 0 to 1, from checkworthy.assess
    checkworthy_kind: str | None = None  # the class that weighed most (checkworthy.KIND_LABELS)

    def as_dict(self) -> dict:
        return {field: getattr(self, field) for field in GOLD_FIELDS}


_SEGMENTER = pysbd.Segmenter(language="en", clean=False)
_ABBREVIATIONS = frozenset(English.Abbreviation.ABBREVIATIONS)
_BOUNDARY = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def _segment(paragraph: str) -> list[int]:
    """Sentence end offsets in paragraph. pysbd (slow) only reads the stretches whose full stops are ambiguous."""
    ends, start = [], 0
    for m in _BOUNDARY.finditer(paragraph):
        words = paragraph[start : m.start()].rsplit(None, 1)
        word = words[-1].lstrip('"“‘([').lower() if words else ""
        if len(word) > 1 and "." not in word and word not in _ABBREVIATIONS:
            ends.extend(_pysbd_ends(paragraph, start, m.end()))
            start = m.end()
    ends.extend(_pysbd_ends(paragraph, start, len(paragraph)))
    if ". " in paragraph:  # "... Washington, D.C. They said": a pronoun after an abbreviation opens a new sentence
        more = {
            m.end()
            for m in _PRONOUN_AFTER_STOP.finditer(paragraph)
            if _DOTTED_END.search(paragraph, max(0, m.start() - 12), m.start() + 1)
        }
        if more:
            ends = sorted(set(ends) | more)
        if ". (" in paragraph:
            ends = [e for e in ends if not _ABBREVIATION_BRACKET.match(paragraph, max(0, e - 8), e + 1)]
    return [
        e for e in ends if not (_CLOCK_END.search(paragraph[max(0, e - 8) : e]) and _CLOCK_GOES_ON.match(paragraph, e))
    ]


_ABBREVIATION_BRACKET = re.compile(r".*?\b[A-Z][a-z]{1,3}\.\s+\($")  # "HDT Kft. (HDT Limited) acquired": it goes on
_PRONOUN_AFTER_STOP = re.compile(r"\.\s+(?=(?:They|He|She|We|It|There|These|Those)\s+[a-z])")
_DOTTED_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
# "D.C.", "U.K." closing a sentence: a subject pronoun never follows an abbreviation inside one


_CLOCK_END = re.compile(r"(?<![\w.])[ap]\.m\.\s*$")
_CLOCK_GOES_ON = re.compile(
    r"\s*(?:(?:[ECMPA][SD]?T|UTC|GMT|BST|CEST|CET|IST|JST|AEST|AEDT)\b|[(a-z]|(?:[A-Z][a-z]+\s+){1,2}Time\b)"
)
# "at 9:54 a.m. ET (1354 UTC) during a landing": the time zone goes on with the sentence


def _pysbd_ends(paragraph: str, start: int, end: int) -> list[int]:
    chunk = paragraph[start:end]
    if not re.search(r"[.!?]\S*\s+\S", chunk.rstrip()):
        return [end]
    ends, cursor = [], 0
    for sent in _SEGMENTER.processor(chunk).process():  # the segmenter's own char-span step is quadratic
        i = chunk.find(sent, cursor)
        if i >= 0:
            cursor = i + len(sent)
            ends.append(start + cursor)
    return ends + [end]


# ---------------------------------------------------------------- small helpers
def _words(s: str) -> list[str]:
    return re.findall(r"[\w’'-]+", s)


def _is_verbish(word: str) -> bool:
    w = word.lower()
    return (
        word.islower()
        and (w in _AUX or w in _IRREGULAR or (w.endswith("ed") and len(w) > 4 and "-" not in w))
        and w not in _ADJECTIVES_ED
    )


def _trim(t: str, s: int, e: int, chars: str = " \t\n\xa0,;:.—–-") -> tuple[int, int]:
    while s < e and t[s] in chars:
        s += 1
    while e > s and t[e - 1] in chars:
        e -= 1
    return s, e


def _trim_content(t: str, s: int, e: int) -> tuple[int, int]:
    s, e = _trim(t, s, e, " \t\n\xa0,;:")
    while e > s and t[e - 1] in ".,;:!? \n\xa0]" + _QUOTE_CHARS:
        if t[e - 1] == "]":
            if not t.endswith(("[.]", "[!]", "[?]"), s, e):
                break
            e -= 2  # "like this[.]": the editor's full stop
        e -= 1
    if t[s:e].startswith("that ") and not _THAT_POSSESSIVE.match(t, s, e):
        s += 5  # (but "said that apartment's tenant moved": "that" is a determiner)
    if (
        s < e
        and t[s] in '"“'
        and (
            not any(q in t[s + 1 : e] for q in _QUOTE_CHARS)
            or re.match(r"[.,;:!?]*[\"”]", t[e : e + 4])
            or _QUOTE_GOES_ON.match(t, s, e)
        )
    ):
        s += 1  # the content is quoted throughout (maybe split by "he said"): drop the opening mark
    return s, e


_QUOTE_GOES_ON = re.compile(r"[\"“][^\"“”]+[\"”]\s+(?:where|whereby|whose)\b")  # '"A" where B': A is the quote
_THAT_POSSESSIVE = re.compile(r"that\s+[\w-]+['’]s\s")


def _quote_regions(t: str, p0: int, p1: int) -> list[tuple[int, int]]:
    """(open, close) offsets of the quotations in t[p0:p1]; an unclosed quote runs to p1."""
    regions, open_at = [], None
    for m in _QUOTE_MARK.finditer(t, p0, p1):
        ch, i = m.group(), m.start()
        if ch == "“" and open_at is not None and i > p0 and not t[i - 1].isspace() and t[i + 1 : i + 2].isspace():
            ch = "”"  # 'a misguided decision.“ However': an opening mark typed where the quote closes
        if open_at is None and ch != "”":
            open_at = i
        elif open_at is not None and ch != "“":
            regions.append((open_at, i))
            open_at = None
    if open_at is not None:
        regions.append((open_at, p1))
    return regions


def _inside(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(o < pos < c for o, c in regions)


def normalise_name(name: str) -> str:
    """Key for deduplicating speakers: NFC, casefolded, titles, possessives and punctuation removed."""
    person = _split_person(name or "")
    text = unicodedata.normalize("NFC", person[0] if person else (name or "")).replace("’", "'")
    text = re.sub(r"'s\b", "", text).casefold()
    words = [w for w in re.split(r"[^\w-]+", text) if w and w not in _TITLES and w not in {"the", "a", "an"}]
    return " ".join(words)


def _split_person(source: str) -> tuple[str, str | None] | None:
    """(name, title) when a comma part of source ends in a personal name of two or more words."""
    for part in re.split(r",\s*", re.split(r"\s+(?:including|such as)\s+", source)[0]):
        for head in (part, re.split(r"\s+(?:of|from|for|at|with)\s+(?=[A-Z]|the\s)", part)[0]):
            run: list[str] = []
            tokens = head.split()
            for i in range(len(tokens) - 1, -1, -1):
                bare = tokens[i].strip("()")
                low = bare.lower().rstrip(".")
                # A place right after a title is a first name: "Defense Minister Israel Katz".
                named_after_title = run and i > 0 and tokens[i - 1].lower().strip(".,") in _TITLES
                place = low in _PLACES and not named_after_title
                if tokens[i].startswith("("):
                    break  # "Institute of Seismology (Phivolcs)": a name in brackets is the body's short name
                if (
                    run
                    and bare in _NAME_PARTICLES
                    and i > 0
                    and (tokens[i - 1][:1].isupper() or tokens[i - 1] in _NAME_PARTICLES)
                ):
                    run.insert(0, bare)  # "Arnel dela Vega", "Ursula von der Leyen"
                    continue
                if not _NAME_TOKEN.fullmatch(bare) or low in _TITLES or place or bare.endswith(("'s", "’s")):
                    break
                if low in _ORG_WORDS or (bare.isupper() and len(bare) > 1 and not _INITIAL.fullmatch(bare)):
                    titled = any(w.lower().strip(".,") in _TITLES for w in head.split())
                    run = run if len(run) >= 2 and titled else []  # "CEO of the Refugee Council Enver Solomon"
                    break
                run.insert(0, bare)
            before = head[: head.rfind(run[0])].split() if run else []
            if len(run) >= 3 and before[-2:-1] and before[-1] == "of" and before[-2].lower().strip(".,") in _TITLES:
                last = [i for i, tok in enumerate(run) if tok not in _NAME_PARTICLES][-2]
                run = run[last:]  # "Mayor of London Sadiq Khan", "Minister of Foreign Affairs Ana Ruiz": office, name
                before = head[: head.rfind(" " + run[0]) + 1].split()
            if len(run) >= 2 and (
                (before and before[-1] in {"the", "The", "of"})
                or (len(before) >= 2 and before[-2] in {"the", "The"} and before[-1].islower())
            ):
                continue  # "the (ruling) Danish Red Cross", "Directorate General of Civil Aviation": no person's name
            if len(run) >= 2:
                name = " ".join(run)
                at = source.find(name)
                before, after = source[:at].strip(" ,"), source[at + len(name) :].strip(" ,")
                title = re.sub(r"^(?:a|an|another|the)\s+", "", before or after, flags=re.I) or None
                # ("Dr. Ana Roe, a cardiologist at X": the title before the name, not the apposition after it)
                if title and not any(
                    w.lower().strip(".,") in _TITLES or w.endswith(("'s", "’s")) for w in title.split()
                ):
                    title = None
                return name, title
    return None


# ---------------------------------------------------------------- per-document state
class _Doc:
    def __init__(self, text: str) -> None:
        self.text = text
        self.persons: dict[str, str] = {}  # surname -> full name
        self.org_cache: dict[str, bool] = {}
        self.name_cache: dict[str, str | None] = {}
        for m in _TITLE_NAME.finditer(text):
            self.register(m.group(1))
        self.last_person: tuple[str | None, str | None] | None = None
        self.last_thing: tuple[str, str | None] | None = None  # (type, name)
        self.anonymity: tuple[str, str] | None = None  # (head noun stem, reason)
        self.last_kind: str | None = None  # attribution type of the last attributed suggestion
        self.last_people = False  # whether that source was several people by name ("Ann Roe and Tom Reed")

    def register(self, name: str) -> None:
        name = re.sub(r"['’]s$", "", name.strip())
        parts = name.split()
        if len(parts) >= 2 and parts[-1].lower() not in _ORG_WORDS and parts[-1].lower() not in _TITLES:
            self.persons.setdefault(parts[-1], name)

    def organisation(self, name: str) -> bool:
        """Evidence in the document that a capitalised name is an organisation, not a person: "the X", "X (XYZ)",
        or a next sentence that refers back to it with "It" and a reporting verb ("X said ... It added ...")."""
        if name not in self.org_cache:
            n, t = re.escape(name), self.text  # (the string tests first: a pattern per name is costly to compile)
            self.org_cache[name] = bool(
                (
                    (f"he {name}" in t or f"{name} (" in t)
                    and re.search(rf"\b[Tt]he\s+{n}\b(?!['’]|\s+[A-Z]|\s+{_EPONYM})|\b{n}\s+\([A-Z]{{2,}}\)", t)
                )
                or (
                    " It " in t.replace("\n", " ")
                    and re.search(rf"\b{n}\b[^.!?\n]{{0,200}}[.!?][\"”]?\s+It\s+(?:\w+ly\s+)?(?:{_FINITE})\b", t)
                )
            )
        return self.org_cache[name]

    def full_name(self, word: str) -> str | None:
        """The personal name a single capitalised word belongs to, from the run of names it first appears in:
        "Governor Ricardo Rosselló Nevares ... Rosselló said", "Wanda Vázquez Garced ... Vázquez said"."""
        if word not in self.name_cache:
            self.name_cache[word] = None
            w = re.escape(word)
            pattern = rf"(?<![\w'’.-])(?:(?:{_CAP_WORD}|[A-Z]\.) )*{w}(?: {_CAP_WORD})*(?![\w'’-])"  # "Emily W. Murphy"
            for m in re.finditer(pattern, self.text):
                tokens = m.group().split(" ")
                at = tokens.index(word) if word in tokens else -1
                cut = [i for i, tok in enumerate(tokens[:at]) if _not_name(tok)]
                run = tokens[cut[-1] + 1 if cut else 0 :]
                after = [i for i, tok in enumerate(run) if i > run.index(word) and _not_name(tok)]
                if after:
                    if run[after[0]].lower() in _ORG_WORDS:
                        continue  # "Salling Group": the word starts an organisation's name
                    run = run[: after[0]]
                # "Norvane Therapeutics": a company's name, unless a title stands before the run of names
                # ("Minister Hardeep Singh Puri ... Hardeep said": a first name)
                titled = cut and tokens[cut[-1]].lower() in _TITLES
                if len(run) >= 2 and (run[0] != word or titled):
                    self.name_cache[word] = " ".join(run)
                    break
        return self.name_cache[word]

    def known_person(self, token: str) -> str | None:
        if token in self.persons:
            return self.persons[token]
        if len(token) >= 4 and token[0].isupper() and token.lower() not in _ORG_WORDS:
            for surname, full in self.persons.items():
                if difflib.SequenceMatcher(None, token, surname).ratio() >= 0.8:
                    return full
        return None


_INITIAL = re.compile(r"[A-Z]\.")  # "Jessie K. Liu": a middle initial, not an acronym
_NAME_PARTICLES = _wordset("de del dela della der den di da du dos das van von la le al el bin ibn")
_CAP_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+"
_OPENER_WORDS = _wordset(
    "both all each every the a an after before when while but and as in on at for since meanwhile however then"
)


def _not_name(token: str) -> bool:
    """A capitalised token that cannot be part of a personal name: a title, an organisation word, a place, an opener."""
    low = token.lower()
    return low in _ORG_WORDS or low in _TITLES or low in _PLACES or low in _OPENER_WORDS or token.endswith(("'s", "’s"))


_EPONYM = r"(?:administration|family|government|campaign|era|years|case|trial|affair|estate|plan|doctrine)\b"
_HEAD_CUT = re.compile(
    r"\s+(?:including|such as|of|by|in|from|dated)\s+|,(?!\s\d{4}\b)"
    r"|\s+(?:[a-z]+ed|sent|made|held|written|given|taken|seen|shown|drawn|paid)\s+(?=(?:by|to|in|at|from|on)\b)"
)  # the head of a source ends before "of", "by", a list, or a reduced relative ("A filing submitted to ...")
_DRAWN_FROM = re.compile(
    r"(?i:one|another|a\s+(?:second|third|fourth|fifth)|the|both|each|two|three)"
    r"(?:\s+(?i:of\s+the))?\s+(?:two\s+|three\s+)?[a-z]+"
)  # "One official", "A second official", "The official", "one of the diplomats": drawn from a group named before
_SUBJECT_PRONOUNS = _wordset("i we you he she it they there")
_UNNAMED_COUNT = _wordset("most some many several other few")
_REPORTS_BY = re.compile(r"\breports?\s+by\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]")
_NAMED_WITH = re.compile(r"(.+?)\s+and\s+((?:[\w'’-]+\s+){0,2}(?:officials|aides|diplomats|sources))")
_ANON_SPEAKER = "\0anonymous"  # title slot of doc.last_person when the last person was an unnamed source


def _classify(
    doc: _Doc, source: str, appositive: str, prior: tuple, at: int | None = None
) -> tuple[str, str | None, str | None]:
    """(attribution_type, speaker_name, speaker_title) for a source mention at offset `at`; prior: speakers before
    this sentence."""
    low = source.lower().strip()
    if low in _PRONOUNS:
        last_person, last_thing = prior if prior else (doc.last_person, doc.last_thing)
        if low in _PERSON_PRONOUNS:
            name, title = last_person or (None, None)
            if title == _ANON_SPEAKER:
                return "anonymous", None, None  # "A local official, who asked not to be named, said ... he said"
            return "named_person", name, title
        if low in {"they", "them"} and doc.last_kind == "named_person" and doc.last_people:
            return "named_person", None, None  # "Ann Roe and Tom Reed said ... They added": the same people
        if low in {"they", "them"} and doc.last_kind in {"anonymous", "official_title"}:
            return doc.last_kind, None, None  # "Officials said ... They said": the same unnamed people
        return "institution", last_thing, None
    if _BACK_REFERENCE.fullmatch(low) and doc.last_kind in {"anonymous", "official_title", "institution"}:
        if doc.last_kind == "anonymous":
            doc.last_person = (None, _ANON_SPEAKER)
        return doc.last_kind, None, None  # "Two miners who asked not to be named ... One of them said"
    early = _words(_HEAD_CUT.split(source)[0])
    if re.fullmatch(r"(?i:the)\s+(?:web)?site", source.strip()):
        doc.last_thing = source.strip()
        return "institution", source.strip(), None  # "the website noted": the site named before, as an outlet
    if _body_named_like_a_document(early):
        doc.last_thing = re.sub(r"^(?:the|a|an)\s+", "", source, flags=re.I)
        return "institution", doc.last_thing, None
    if _named_document(early):
        return "document", re.sub(r"^(?:the|a|an)\s+", "", source, flags=re.I), None  # "Republic Act No. 3846 states"
    if _UNAUTHORED_REPORT.fullmatch(source.strip()):
        return "anonymous", None, None  # "A report alleged", "Preliminary investigations suggest": no one named
    if len(early) >= 2 and early[0].lower() in _DETERMINERS and early[-1].lower() in _DOC_WORDS:
        return "document", re.sub(r"^(?:the|a|an)\s+", "", source, flags=re.I), None  # "the decree signed by X"
    lead = re.split(r"\s+(?:in|at|from|of|with|for)\s+|,", source)[0]
    lead_words = _words(lead)
    if len(lead_words) == 2 and lead_words[0].lower() in _UNNAMED_COUNT and lead_words[1].lower() in _ROLE_PLURALS:
        return "anonymous", None, None  # "Most analysts", "Some experts": unnamed people of a role, no affiliation
    if _unnamed_group(source, lead_words):
        return "anonymous", None, None  # "Investigators said", "Emergency workers said": an unnamed group
    if _RELATION_GROUP.fullmatch(source.strip()):
        return "anonymous", None, None  # "His associates", "Associates of Navalny": known only by a tie to a person
    if _counted_unnamed(source):
        return "anonymous", None, None  # "A number of Senators", "Several conservative groups", "One resident"
    named_with = _NAMED_WITH.fullmatch(source) if " and " in source else None
    if named_with and not _ANON_RE.search(named_with.group(1)) and not _place_modifiers(named_with.group(2)):
        first = named_with.group(1).strip()
        person = _split_person(first)
        bare = re.fullmatch(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+", first)
        full = person[0] if person else (doc.known_person(first) or doc.full_name(first)) if bare else None
        if full:  # "Trump and Israeli officials": a person by name, with unnamed others (the guideline's named_person)
            doc.last_person = (full, person[1] if person else None)
            return "named_person", *doc.last_person
    if lead_words and lead_words[-1].lower() in _ROLE_PLURALS and not _ANON_RE.search(lead):
        return "official_title", None, re.sub(r"^(?:the|a|an)\s+", "", lead.strip(), flags=re.I)  # "Analysts at X"
    person = _split_person(source)
    tail = source.rstrip()
    named_apposition = person and tail.endswith(person[0]) and tail[: -len(person[0])].rstrip().endswith(",")
    modifier = person and _ANON_RE.fullmatch(lead_words[-1]) and not source.rstrip().endswith(person[0])
    if person and _ANON_RE.search(lead) and (person[0] not in lead or modifier) and not named_apposition:
        person = None  # "A local official in Bat Xat": the name is a place
        if _ANON_RE.search(lead).group().lower() in {"official", "source", "diplomat", "aide", "insider"}:
            doc.last_person = (None, _ANON_SPEAKER)
        return "anonymous", None, None
    if person and _OUTLET_BEFORE.search(source[: source.find(person[0])]):
        doc.last_thing = person[0]
        return "institution", person[0], None  # "Hungarian daily newspaper Magyar Nemzet": the paper's name
    if person and not person[1] and (person[0] in _OUTLETS or doc.organisation(person[0])):
        doc.last_thing = person[0]
        return "institution", person[0], None
    if person:
        doc.register(person[0])
        doc.last_person = person
        return "named_person", person[0], person[1]
    titled = re.search(r"\b([A-Za-z][a-z]+)\.?\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)$", source.strip())  # "ABHM president X"
    if titled and titled.group(1).lower() in _TITLES and titled.group(2).lower() not in _ORG_WORDS | _PLACES | _TITLES:
        full = doc.known_person(titled.group(2)) or titled.group(2)  # "Ambassador Mohib", "Ms Bauchtman"
        doc.last_person = (full, titled.group(1))
        return "named_person", full, titled.group(1)
    head_text = _HEAD_CUT.split(source)[0]
    for m in re.finditer(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?=\s*(?:$|,|\band\b|\bof\b))", head_text):
        full = doc.known_person(m.group())
        if full:
            doc.last_person = (full, None)
            return "named_person", full, None
    single = re.fullmatch(r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_A-Z][\w'’-]+", source.strip())
    if single and single.group().lower() not in _ORG_WORDS | _PLACES | _TITLES:
        full = doc.full_name(single.group())
        if full:
            doc.register(full)  # "Davor Kralj ... Kralj said": a surname introduced with a first name
            doc.last_person = (full, None)
            return "named_person", full, None
    words = [w.lower() for w in _words(head_text)]
    head = re.sub(r"['’]s$", "", words[-1]) if words else ""
    appos_words = [w.lower() for w in _words(re.split(r"\s+(?:of|that|which|detailing)\s+", appositive)[0])]
    name = re.sub(r"^(?:the|a|an)\s+", "", source, flags=re.I)
    if head in _DOC_WORDS or (appos_words and appos_words[-1] in _DOC_WORDS):
        return "document", name, None
    if "report" in source and _REPORTS_BY.search(source):
        return "document", name, None  # "the reports by Johns Hopkins University": a named author's document
    if _ANON_RE.search(source):
        if re.search(
            r"\b(?:an?|one|another)\s+(?:\w+\s+){0,3}(?:official|source|diplomat|aide|insider)\b", source, re.I
        ):
            doc.last_person = (None, _ANON_SPEAKER)  # a later "he"/"she" is the same unnamed person
        return "anonymous", None, None
    named = _titled_earlier(doc, source, at)
    if named:  # "Judge Ann Roe ... The judge said", "Foreign Minister X ... the foreign minister said"
        doc.last_person = named
        return "named_person", *named
    proper = re.search(r"\b([A-Z][\w-]+)\s+(?:State|General)\b", head_text)
    if proper and proper.group(1).lower() not in _TITLES and head in {"state", "general"}:
        pass  # "The Islamic State", "the Directorate General": the end of a body's name, not a title
    elif head in _TITLES or any(w in _TITLES - {"state", "general"} for w in words):
        return "official_title", None, re.sub(r"^(?:the|a|an)\s+", "", head_text.strip(), flags=re.I)
    doc.last_thing = name
    return "institution", name, None


def _named_document(words: list[str]) -> bool:
    """ "Republic Act No. 3846", "The December 6 National Measles Response and Recovery Appeal": a capitalised name
    ending in a document's word (``_NAMED_DOCUMENT_HEADS``), after a number ("No. 3846") is dropped; not a court's
    ("the Court of Appeal")."""
    while len(words) > 2 and re.fullmatch(r"[\d/.-]+|No\.?|Number", words[-1]):
        words = words[:-1]
    return (
        len(words) >= 2
        and words[-1][:1].isupper()
        and words[-1].lower() in _NAMED_DOCUMENT_HEADS
        and (words[-2][:1].isupper() or words[-2][:1].isdigit())
        and not any(w.lower() in {"court", "courts"} for w in words)
    )


def _body_named_like_a_document(words: list[str]) -> bool:
    """ "the U.S. Geological Survey", "the National Archives", "The Jakarta Post": a capitalised document word that
    names bodies as often as papers, ending a capitalised name (a named database, "the Public Health Infobase",
    stays a document)."""
    return (
        len(words) >= 2
        and words[-1][:1].isupper()
        and words[-1].lower() in _BODY_DOC_WORDS
        and words[-2][:1].isupper()
        and not words[-2].endswith(("'s", "’s"))
        and words[-2].lower() not in _DETERMINERS
    )


_OUTLET_BEFORE = re.compile(
    r"\b(?:newspaper|daily|weekly|magazine|tabloid|broadcaster|channel|station|network|outlet|portal|website|site"
    r"|paper|agency)\s+$"
)
_BODY_DOC_WORDS = _wordset("survey archives post register record")


def _place_modifiers(group: str) -> bool:
    """ "Jefferson Parish officials" after "New Orleans and": a capitalised word before the group that is not a
    nationality ("Israeli officials"), so both names are places modifying the officials, not a person."""
    caps = [w for w in group.split()[:-1] if w[:1].isupper()]
    return bool(caps) and not all(w.lower().endswith(("an", "ese", "ish", "i", "ch")) for w in caps)


def _unnamed_group(source: str, lead_words: list[str]) -> bool:
    """A bare plural of an unnamed group with no affiliation and no article: "Investigators", "Emergency workers"
    (but "the investigators" refers back to a group named before, and "Investigators at X" are identified by it)."""
    if not lead_words or lead_words[-1].lower() not in _UNNAMED_GROUPS:
        return False
    if re.search(r"\s(?:in|at|from|of|with|for)\s|,", source) or len(lead_words) > 3:
        return False
    first = lead_words[0].lower()
    return (
        first not in _DETERMINERS and first not in {"both", "all"} and not any(w[0].isupper() for w in lead_words[1:])
    )


_RELATIONS = (
    r"(?i:associates|room-?mates|friends|relatives|neighbou?rs|colleagues|classmates|acquaintances|house-?mates"
    r"|flatmates|co-?workers|family\s+members|loved\s+ones)"
)
_RELATION_GROUP = re.compile(
    rf"(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+|{_CAP_WORD}(?:\s+{_CAP_WORD})?['’]s?\s+)(?:[a-z]+\s+)?{_RELATIONS}"
    rf"|{_RELATIONS}\s+of\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}}"
)  # unnamed people known only by their tie to a named one ("His associates", "Navalny's friends"): anonymous
_UNAUTHORED_REPORT = re.compile(
    r"(?i:an?|one|another)\s+(?:(?i:new|recent|separate|local|leaked|preliminary|initial|early)\s+)?(?i:report|investigation)"
    r"|(?i:preliminary|initial|early)\s+(?i:investigations)"
)  # a report no one is named as writing ("A report alleged"): an unnamed source; "a report by X", "a UN report" are documents
_QUANTIFIER = re.compile(
    r"(?:some|several|many|most|other|few|a\s+few|multiple|numerous|various|a\s+number\s+of|a\s+handful\s+of"
    r"|(?:dozens|scores|hundreds|thousands)\s+of|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?!of\b)",
    re.I,
)
_NAMED_BODIES = _wordset("countries nations states governments")


def _counted_unnamed(source: str) -> bool:
    """People or bodies counted but not named: "A number of Senators", "Several conservative groups", "Other
    Republicans", "One resident", "Some members of opposition parties". Not when a name follows ("One activist, Nur Khan
    Liton", "One news site, Znak.com") or the head is a document ("One study in the Journal")."""
    m = _QUANTIFIER.match(source)
    if not m:
        return False
    rest = source[m.end() :]
    group = re.split(r"\s+(?:in|at|from|of|with|for)\s+|,", rest)[0]
    words = _words(group)
    if not words or len(words) > 4 or re.search(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž]", rest[len(group) :]):
        return False  # "Some members of the Green Party": members of a body named
    head = words[-1].lower()
    return head not in _DOC_WORDS and head not in _NAMED_BODIES and head not in _TITLES


_TITLE_PHRASE = re.compile(r"[Tt]he\s+((?:[a-z]+\s+)?)([A-Za-z][a-z-]+)")


def _titled_earlier(doc: _Doc, source: str, at: int | None) -> tuple[str, str] | None:
    """(name, title) of the person named with this title before `at`: "the minister" after "Minister Ana Ruiz",
    "the commissioner" after "Commissioner for Defence Development Gáspár Maróth"."""
    m = _TITLE_PHRASE.fullmatch(source.strip())
    if not m or m.group(2).lower() not in _TITLES - {"state", "general", "leader", "leaders", "head"}:
        return None
    title = (m.group(1) + m.group(2)).lower()
    before = doc.text[:at] if at is not None else doc.text
    for phrase in dict.fromkeys([title, m.group(2).lower()]):
        found = None
        words = r"\s+".join(map(re.escape, phrase.split()))
        for f in re.finditer(rf"\b(?i:{words})\b", before):
            run = _CAPITALISED_RUN.match(before, f.end()).group().split()
            names = []
            for tok in reversed(run):
                if not tok[0].isupper() or _not_name(tok) or len(names) == 3:
                    break
                names.insert(0, tok)
            if len(names) >= 2:
                found = doc.persons.get(names[-1]) or " ".join(names[-2:])
        for f in re.finditer(rf"({_PERSON_NAME}),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,5}}?(?i:{words})\b", before):
            if (_words(before[max(0, f.start() - 20) : f.start()]) or [""])[-1].lower() not in _PLACE_PREP:
                found = f.group(1)  # "Gáspár Maróth, the Hungarian Government commissioner" (not "in Lao Cai, the")
        if found:
            return found, title
    return None


_PLACE_PREP = _wordset("in of at near across outside inside province city region county district")
_PERSON_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+){1,2}"
_CAPITALISED_RUN = re.compile(r"(?:\s+(?:of|for|the|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+))*")


# ---------------------------------------------------------------- sentences and clauses
def _sentences(t: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph index) of the sentences worth reading, quote-aware."""
    out = []
    for pi, pm in enumerate(re.finditer(r"[^\n]+", t)):
        p0, p1 = pm.span()
        para = pm.group()
        if _CREDIT.search(para) or para.lstrip().startswith(("—", "–", "-")) or _DATE_LINE.match(para):
            continue  # photo captions, credit lines, datelines
        quotes = _quote_regions(t, p0, p1)
        cuts = [p0] + [p0 + e for e in _segment(para) if not _inside(p0 + e, quotes) and p0 + e < p1]
        for m in re.finditer(r"[.!?]\s+(?=[\"“]\[?[A-Z])", para):  # ('"[T]he next quote': an editor's capital)
            b = p0 + m.end()
            if not _inside(b - 1, quotes) and any(o == b for o, _ in quotes):
                cuts.append(b)  # "... p.m. “Next quote" is a new sentence
        skip = set()
        for m in _INLINE_DATE.finditer(para):  # a headline and date line run into the text
            cuts += [p0 + m.start(), p0 + m.end()]
            skip.add(p0 + m.start())
            if not re.search(r"[.!?][\"”’)]*\s", para[: m.start()]):
                skip.add(p0)  # the words before it, with no full stop, are the headline
        cuts = sorted(set(cuts)) + [p1]
        for s, e in zip(cuts, cuts[1:], strict=False):
            if s in skip:
                continue
            s, e = _trim(t, s, e, " \t\xa0")
            if e > s:
                out.append((s, e, pi))
    return out


def _clauses(t: str, s0: int, s1: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, start = [], s0
    for i in (m.start() for m in re.finditer(";", t[s0:s1])):
        if not _inside(s0 + i, quotes) and t.rfind("(", s0, s0 + i) <= t.rfind(")", s0, s0 + i):  # not "(£5; $6)"
            out.append((start, s0 + i))
            start = s0 + i + 1
    out.append((start, s1))
    return [(a, b) for a, b in (_trim(t, a, b, " \t\xa0") for a, b in out) if b > a]


def _subject(t: str, c0: int, c1: int, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The clause subject: the words before its first verb, after any introductory phrase."""
    s = c0
    lead = _CONNECTOR.match(t, s, c1)
    if lead:
        s = lead.end()
    if _INTRO.match(t, s, c1):
        comma = t.find(",", s, c1)
        if comma >= 0 and not _inside(comma, quotes) and not any(_is_verbish(w) for w in _words(t[s:comma])):
            s = comma + 1
    end = s
    for m in re.finditer(r"[\w’'.-]+|,", t[s:c1]):
        tok = m.group()
        if tok == ",":
            if re.match(r"\s*(?:a|an|another|the|who|which|citing|\w+ing)\b", t[s + m.end() : c1]):
                break
            continue
        if _is_verbish(tok) or _CUE_RE.fullmatch(tok):
            break
        end = s + m.end()
    a, b = _trim(t, s, end)
    if t[b : b + 1] == ")" and t.count("(", a, b) > t.count(")", a, b):
        b += 1  # "The Union of Atheists (UAAR)": the bracket closes the name
    time = _TIME_END.search(t[a:b])
    if time:
        b = a + time.start()
    return (a, b) if b > a else None


_REDUCED_PREP = {"by", "to", "in", "at", "from", "on", "for", "with", "alongside", "after", "online", "last", "earlier",
                 "this", "during", "under", "via"}  # fmt: skip
_PARTICIPLE_IRREGULAR = {"sent", "made", "held", "written", "given", "taken", "seen", "shown", "drawn", "brought", "kept",
                         "put", "set", "read", "built", "sold", "paid", "found", "left", "spoken"}  # fmt: skip


_NOT_SOURCE_OPENERS = _wordset(
    "no not first then also there this which if unless whether with although though according from"
)  # "If the Senate confirms", "with no cause of death confirmed", "according to government reports"
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b")


def _valid_source(text: str) -> bool:
    words = text.split()
    head = _RELATIVE.split(text)[0].split()  # a relative clause may be long: "X, who asked not to be named because ..."
    if not words or len(head) > 16 or len(words) > 32 or not re.search(r"[^\W\d_]", text):
        return False
    first = words[0].lower()
    words = re.split(r"\b(?:who|whom|whose|which)\b", text)[0].split()  # "a source, whom they did not name"
    return first not in _NOT_SOURCE_OPENERS and not any(
        _is_verbish(w)
        and not (i and words[i - 1].lower() in _DETERMINERS)
        and not (
            0 < i < len(words) - 1
            and (w.endswith("ed") or w.lower() in _PARTICIPLE_IRREGULAR)
            and words[i + 1].lower() in _REDUCED_PREP
        )
        for i, w in enumerate(words)
    )  # "a leaked letter": an adjective; "a filing submitted to the court": a reduced relative clause


def _source_before(t: str, lo: int, end: int, quotes: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """Source mention ending at `end` (exclusive), scanning back no further than lo. Returns (s, e, appositive)."""
    bounds = [
        lo + m.end()
        for m in re.finditer(
            r"(?<!\d),|,(?!\d{3})|[;:—\"“”]|(?<!\w)–|–(?!\w)|\b(?:which|that|who|whom|where|what)\b", t[lo:end]
        )  # (an en dash inside a name is no boundary: "African Export–Import Bank president X")
        if not _inside(lo + m.start(), quotes) or t[lo + m.start()] in _QUOTE_CHARS
    ]
    stripped_end = _trim(t, lo, end, " \t\xa0")[1]
    appositive = ""
    if stripped_end > lo and t[stripped_end - 1] == ",":  # "X, <apposition>, said"
        inner = [b for b in bounds if b < stripped_end - 1 and t[b - 1] == ","]
        if not inner:  # "Lydia Ames for the food agency, says": a comma before the cue, no apposition
            lead = _CONNECTOR.match(t, lo, end)
            s, e = _trim(t, lead.end() if lead else lo, stripped_end - 1, ' \t\xa0,;:—–"“”')
            return (
                (s, e, "")
                if not any(b < stripped_end - 1 for b in bounds)
                and _valid_source(t[s:e])
                and len(t[s:e].split()) <= 10
                and not _INTRO.match(t, s)
                else None
            )
        p0 = inner[-1]
        appositive = t[p0 : stripped_end - 1].strip()
        before = [b for b in bounds if b < p0 - 1]
        s = before[-1] if before else lo
        if _INTRO.match(re.sub(r"^(?:But|And|Yet|So)\s+", "", t[s:p0].strip())) or not re.search(r"\w", t[s : p0 - 1]):
            s, end, appositive = p0, stripped_end - 1, ""  # "In a statement, the ministry, said"
        elif re.match(r"(?:citing|\w+ing)\b", appositive) or (
            re.match(r"(?:a|an|another)\b", appositive)
            and not re.search(r"\b(?:who|whose|which)\b", appositive)
            and not _split_person(t[s : p0 - 1].strip())
        ):
            end = p0 - 1  # descriptive apposition ("X, a database detailing ..."): not part of the mention
        elif re.match(r"(?:a|an|another)\b", appositive):
            end = stripped_end - 1  # a person's apposition is part of the mention: "Ana Ruiz, a nurse, said"
        elif (
            appositive.startswith("who ")
            and _split_person(t[s : p0 - 1].strip())
            and not _ANON_RE.search(t[s:stripped_end])
            and not _UNNAMED.search(appositive)
        ):
            end, appositive = p0 - 1, ""  # a relative clause after a name is not part of it: "Ann Roe, who ran, said"
        elif re.match(r"(?:a|an|another|who|whom|whose|which)\b", appositive):
            end = stripped_end - 1  # a relative clause stays: "X, who asked not to be named, said"
        else:
            end, appositive = stripped_end - 1, ""
    else:
        s = bounds[-1] if bounds else lo
        rel = re.search(r"\b(?:who|whom)$", t[lo:s])
        if rel and len(bounds) >= 1 and not re.search(r"[,;:]", t[s:end]):
            s0 = bounds[-2] if len(bounds) >= 2 else lo
            head = _trim(t, s0, lo + rel.start(), ' \t\xa0,;:—–"“”')
            if head[1] > head[0] and _valid_source(t[head[0] : head[1]]) and not _INTRO.match(t, head[0]):
                s = s0  # "Two nurses who asked not to be named said": the relative clause belongs to the source
        if re.match(r"\s*(?:and|or)\s+[A-Z]", t[s:end]) and t[s - 1 : s] == ",":  # "firms including A, B, and C"
            k = len([b for b in bounds if b <= s]) - 1
            while k > 0 and len(t[bounds[k - 1] : bounds[k]].split()) <= 4 and t[bounds[k] - 1] == ",":
                k -= 1
            if k > 0 and re.search(r"\b(?:including|such as)\b", t[bounds[k - 1] : s]):
                k -= 1
            s = bounds[k] if k >= 0 else lo
        region = t[s:end]
        joint = (
            [m for m in _JOINT.finditer(t, s, end) if not _inside(m.start(), quotes)]
            if " and " in region or " but " in region
            else []
        )
        head = _words(t[s : joint[-1].start()]) if joint else []
        if head and not _is_verbish(head[0]) and any(_is_verbish(w) for w in head):
            s = joint[-1].end()  # "85% were in favour and on Friday the government announced": a new clause's subject
    lead = _CONNECTOR.match(t, s, end)
    if lead:
        s = lead.end()
    s, e = _trim(t, s, end, ' \t\xa0,;:—–"“”')
    s, e = _tidy_source(t, s, e)
    return (s, e, appositive) if _valid_source(t[s:e]) else None


_JOINT = re.compile(r"\s(?:and|but)\s+")
_JOINT_OPENING = re.compile(
    r"\s(?:and|but)\s+(?:(?:on|in|last|this|early|late|since)\s+(?:the\s+)?[\w-]+(?:\s+(?:morning|afternoon|evening|night))?"
    r"\s*,?\s+)?$"
)


_SOURCE_TAIL = re.compile(r"(?:\s+(?:both|all|each|also|too|themselves)|['’](?:ve|d|ll|re))\s*$")


def _source_edges(t: str, s: int, e: int) -> tuple[int, int]:
    """A source span without a trailing comma or colon ("Another adviser, Sebastian Gorka, urged"), and with the
    closing mark of a quotation it opens ('also known as the "Radio Control Law"')."""
    while e > s + 1 and t[e - 1] in ",;: ":
        e -= 1
    unclosed = t.count("“", s, e) > t.count("”", s, e) or t.count('"', s, e) % 2
    if unclosed and t[e : e + 1] in {'"', "”"}:
        e += 1
    return s, e


def _tidy_source(t: str, s: int, e: int) -> tuple[int, int]:
    """A source mention without the times and media around it, nor the sources it cites."""
    citing = re.search(r"\s+(?:citing|quoting|via)\s", t[s:e])
    if citing and citing.start() > 0:
        e = s + citing.start()  # "Reports citing sources in the party", "the mayor via news agency Interfax"
    aside = _ASIDE_END.search(t, s, e) if t[e - 1 : e] == ")" else None
    if aside and aside.start() > s:
        e = aside.start()  # "Mayor Ann Roe (no relation) said", "the driver (pictured) said": an aside, not the source
    opening = _SOURCE_OPENING.match(t, s, e) or _PHRASE_OPENING.match(t, s, e)
    if opening and opening.end() < e:
        s = opening.end()  # "On Friday Ford Motor Company announced": the day is not the source
    when = _SOURCE_TIME.search(t, s, e)
    before = _words(t[s : when.start()])[-1:] if when else []
    if (
        when
        and when.start() > s
        and not (before and re.fullmatch(r"[a-z]+ed|" + "|".join(_PARTICIPLE_IRREGULAR), before[0]))
        and not (when.group().strip() in {"publicly", "previously"} and _RELATIVE.search(t, s, when.start()))
    ):  # ("X, who was not authorised to speak publicly": the adverb is the relative clause's)
        e = when.start()  # "The report on Saturday said", "Reports as of Wednesday said", "X, in a post, said"
    tail = _SOURCE_TAIL.search(t, s, e)
    if tail and tail.start() > s:
        e = tail.start()  # "Miller and Smith both said", "they’ve said" (a trailing comma: _source_edges)
    return s, e  # (but "results of a trial released on Saturday": the time is the participle's)


_SENTENCE_OPENERS = "Both|All|Each|Every|The|A|An|After|Before|When|While|But|And|As|In|On|At|For|Since|Meanwhile|However|Then"  # capitalised because they open a sentence, never a first name ("Both Tesco and Salling said")
_PREPOSITIONS = _wordset("among amongst from against under between into")  # "among reported cases": an adjective
_ESTIMATE_AT = _wordset("placed put")
_PLACED_AT = re.compile(
    r"\s+(?:the|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?(?:toll|count|number|figure|total|cost|damage|losses|"
    r"loss|value|price|estimate|tally|epicentre|epicenter)\s+(?:at|in|near|about|around)\b"
)
_ATTRIBUTIVE = _wordset("total latest first initial")  # "the total reported casualties": an adjective
_QUANTIFIERS = _wordset(
    "some many several other early initial earlier recent unconfirmed conflicting media news press all any such these"
    " those similar false new previous member island"
)  # "all claims that X", "member states": a plural noun after a quantifier or a noun modifier
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_SOURCE_OPENING = re.compile(
    r"(?:Yesterday|Today|Tonight|Earlier|Later|Meanwhile|Separately|Previously|Now)\s*,?\s+(?=[A-Z]|the\s)|"
    rf"(?:[Oo]n|[Ii]n|By|[Ll]ast|This|Early|Late|Since)\s+(?:(?:the\s+)?(?:\w+day(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|weekend|week|month|year|morning|evening|night)"
    rf"|(?:{_MONTHS})(?:\s+\d{{1,2}})?|\d{{4}})\s*,?\s+(?=[A-Z]|the\s|a\s|an\s|[a-z]+s\b)"
)
_PHRASE_OPENING = re.compile(
    r"(?:In|With|After|Following|Under|Through|Amid)\s+(?:the|a|an|its|his|her|their)\s+[a-z][\w-]*(?:\s+itself)?\s+"
    r"(?=[A-ZÀ-ÖØ-ÞĀ-Ž])"
)  # "In the filing Ford wrote", "With the purchase Salling said": a phrase before the name, no comma
_ASIDE_END = re.compile(r"\s*\((?=[^()]*\b[a-z]{2,})[^()]{1,40}\)$")  # a bracket with a lowercase word in it
_SOURCE_TIME = re.compile(
    rf",?\s+(?:(?:as\s+of|during|over|since)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?|further|too|(?:{_TIME}))$"
)


def _cited_source(t: str, src: tuple[int, int], hi: int, appositive: str) -> tuple[int, int] | None:
    """The unnamed sources an outlet cites ("X, citing officials familiar with the matter, said"):
    the claim rests on them, so they are its source, typed as anonymous, not the outlet."""
    m = re.match(r"citing\s+(.+)$", appositive, re.S)
    if not m or not _ANON_RE.search(m.group(1)) or _split_person(m.group(1)) or _ANON_RE.search(t[src[0] : src[1]]):
        return None  # ("Reports, citing sources ..., said": the reports are unnamed already; they stay the source)
    at = t.find(appositive, src[1], hi)
    return (at + m.start(1), at + m.end(1)) if at >= 0 else None


# ---------------------------------------------------------------- claims in one clause
@dataclass
class _Claim:
    cs: int
    ce: int
    src: tuple[int, int] | None
    cue: tuple[int, int]
    extent: tuple[int, int] | None  # text taken by the attribution (not offered as unattributed)
    appositive: str = ""
    open_end: bool = False  # content runs to the next stop, resolved once the whole clause is read
    nested: bool = False  # found inside the content of a direct quote


_GOES_ON = _wordset("where whereby whose")  # a relative clause after a closing quote goes on with the statement


def _content_end(t: str, start: int, c1: int, stops: list[int], quotes: list[tuple[int, int]]) -> int:
    for o, c in quotes:
        if o == start and c <= c1:
            rest = _words(t[c + 1 : c1][:40])
            if rest and (rest[0] in _AUX or (rest[0] in _IRREGULAR and rest[0].islower()) or rest[0] in _GOES_ON):
                break  # 'said "three terrorists" were killed', 'said "no doors were locked" where X slept': it goes on
            return c  # a direct quote ends with its closing mark
    later = [x for x in stops if x > start]
    return min(later) if later else c1


def _skip_after(t: str, pos: int, c1: int, bare: str) -> int:
    """Start of the content after a cue: past time phrases, 'that', the addressee of 'told'."""
    press = _TO_THE_PRESS.match(t, pos, c1)
    if press:
        pos = press.end()  # "announcing to journalists X was alive": the audience is no part of the content
    if bare in {"told", "tells", "telling", "informed", "informs"}:
        rm = _RECIPIENT.match(t, pos, c1)
        if rm:
            pos = rm.end()
    if bare in _PROMISES and re.match(r"\s+to\s+[a-z]", t[pos:c1]):
        return _SPACES.match(t, pos, c1).end()  # "vowed to keep fighting": the infinitive is what was promised
    for _ in range(3):  # 'said in a note to clients that X', 'said after the verdict, "X', 'reported in May, X'
        lead = _LEAD_PHRASE.match(t, _SPACES.match(t, pos, c1).end(), c1)
        if not lead or not _plain_phrase(lead.group(1)):
            skip = _SKIP_AFTER_CUE.match(t[pos:c1]).end()
            if not skip:
                break
            pos += skip
            continue
        pos = lead.end()
    if bare in {"referred", "refers"} and t.startswith("to ", pos):
        pos += 3
    return pos


_SPACES = re.compile(r"\s*")
_PROMISES = _wordset("vowed vows promised promises pledged pledges claimed claims claiming")
_TO_THE_PRESS = re.compile(
    r"\s*to\s+(?:the\s+)?(?:local\s+|foreign\s+|gathered\s+)?(?:reporters|journalists|press|media|crowds?|audiences?"
    r"|lawmakers|supporters)\b\s*,?(?:\s+that\b)?"
)
_TO_QUOTE = re.compile(r"[^\"“”:;.!?]{1,60}:\s*(?=[\"“])")
_LEAD_PHRASE = re.compile(
    r"((?:,\s*)?(?:(?:in|on|at|to|from|during|after|before|around|since|via|through|by|as\s+of|late|early)\s+"
    r"(?!(?:least|most|all|once|first|last|times?|the\s+(?:same|time|moment))\b)(?:[^,;:\"“”.!?]|(?<=[A-Z])\.){1,80}?"
    r"|,\s*(?:a|an|the)\s+[^,;:\"“”.!?]{1,60}?))"  # 'told X, a local news outlet, that'
    r"(?:,?\s+that\b(?!['’])|,?\s*(?=[\"“])|,\s+(?=\S))"
)  # a phrase between a cue and its content, closed by "that", a quotation or a comma
_PHRASE_DET = _wordset("the a an its his her their this that these those")
_PHRASE_PREP = _wordset("in on at to from during after before around since via through by of for with as near outside")


def _plain_phrase(phrase: str) -> bool:
    """A prepositional phrase with no verb and no second noun phrase ("on Monday a source": the source is content)."""
    words = _words(phrase)
    return not any(
        _is_verbish(w) or (i > 1 and w.lower() in _PHRASE_DET and words[i - 1].lower() not in _PHRASE_PREP | {"and"})
        for i, w in enumerate(words)
    )


_TRAIL_PHRASE = re.compile(
    r"\s*,?\s*(?:in|at|on|outside|inside|near|during|after|before|from|to|via|by|with|over|shortly|last|this|next"
    r"|earlier|later|late|early)\b[^,;.!?\"“”]*"
)


def _trailing_only(t: str, pos: int, c1: int, bare: str) -> bool:
    """Nothing after the cue but an addressee, a time or place phrase, or a new participle/conjunction clause.

    'Y, X told reporters in the capital.' / 'Y, X said in a statement, adding that Z' : Y is the content.
    """
    starts = [pos]
    if bare in {"told", "tells"}:  # the addressee: one to three words
        starts = [pos + m.end() for m in re.finditer(r"\s+[\w'’-]+", t[pos:c1])][:3]
    for p in starts:
        while True:
            p += _SKIP_AFTER_CUE.match(t[p:c1]).end()
            m = _TRAIL_PHRASE.match(t, p, c1)
            if not m or m.end() <= p or any(_is_verbish(w) for w in _words(m.group())):
                break
            p = m.end()
        rest = t[p:c1]
        if not rest.strip(" \t\xa0.!?"):
            return True
        new = re.match(r"\s*,?\s*(?:[a-z]+ing|and|but|though|although|while|whereas)\b", rest)
        if new and "," in t[pos : p + new.end()]:
            return True
    return False


_MEDIUM = r"(?:(?:tele)?phone|video(?:\s*link)?|e-?mail|text(?:\s+message)?|satellite|radio|letter|Zoom|Skype)\b"
_NAMING = re.compile(
    r"\s+(?:the\s+)?(?:[\"“][^\"”]{1,60}[\"”]|[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)"
    r"(?=\s*(?:[,;.:)!?]|$|\s+(?:is|was|are|were|has|have|had|will|would|can|could|and|or|which|that|who|in|to|for"
    r"|by|from|at|on|with|as|after|before|because|but)\b))"
)  # what "called" is followed by when it names: one name, then the sentence goes on
_PHONED = re.compile(
    r"\s+(?:the\s+)?(?:police|911|999|112|an?\s+ambulance|emergency\s+services|firefighters|for\s+help)\b"
)
_TOLL = re.compile(r"\s+(?:the\s+|about\s+|at\s+least\s+|more\s+than\s+)?(?:[\d,.]+|\w+)?\s*(?:lives|victims)\b")
_OBJECT_TO_CUES = _wordset("urged urges urging asked asks asking encouraged encourages")  # "X to Z"
_MODALS = _wordset("might may could would will should can must cannot")
_AND_PAST = re.compile(r",?\s+and\s+(?:then\s+|also\s+|later\s+)?([a-z]+)\b")
_GERUND_BEFORE = re.compile(r"(?:\bto\s+[a-z]+|\b(?:of|for|about|without|against|from|into)(?:\s+not)?)\s+$")
_APPOSITIVE_AS = re.compile(
    r"\s+as\s+[^,;:\"“”]{1,60},(?:\s*\d{1,3},)?\s+(?:(?:\w+ly|also|then)\s+)?(?:is|was|were|are|has|had|have|[a-z]+ed)\b"
)
_PASSIVE_OR_NOUN = re.compile(rf"\s+(?:by\b(?!\s+{_MEDIUM})|(?:{_FINITE})\b)")
_FINITE_COMMA_END = re.compile(rf"\b(?:{_FINITE})\s*,\s*$")
_CITING_THEN_CUE = re.compile(rf"[^,;\"“]{{1,60}},\s*(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?(?:{_FINITE})\b")
_TIME_END = re.compile(rf"\s+(?:{_TIME})$")
_OBJECT_END = re.compile(rf"[,;:.!?]|\s+(?:but|and|while|after|before|shortly|{_TIME})\b")
_SHORT_OBJECT_TIME = re.compile(
    rf"((?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)\s+(?:(?:(?:shortly|soon|just|hours|days)\s+)?(?:after|before)\b|(?:{_TIME})\b)"
)  # "claimed victory shortly after midnight": the object, then a time
_FORETELLING = _wordset("predict predicts predicted predicting forecast forecasts forecasting expect expects expected")
_REQUEST_CUES = _wordset("asked asks asking encouraged encourages")
_REQUEST_OBJECT = re.compile(
    r"\s+(?!(?:not|to|for|about|after|if|whether|why|how|what|when)\b)(?:[\w'’.-]+\s+){1,6}?to\s+[a-z]"
)
_INFORMED_OF = re.compile(
    r"\s+(?:[\w'’.-]+\s+){1,4}?(?:that\b|(?:he|she|they|it|we|[\w'’-]+)\s+(?:had|has|was|were|is|are|would|will|could)\b)"
)
_DECLARED_ACT = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:(?:national|local|regional|nationwide|three-day|two-day|one-day|public)\s+)*"
    r"(?:state\s+of\s+(?:emergency|disaster|alert|siege|war)|day\s+of\s+mourning|emergency|war|martial\s+law|curfew"
    r"|ceasefire|truce|independence|victory|holiday|lockdown|mourning|tomorrow|today"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:a|an|as)\b)"
)  # what is declared by the act of declaring it
_WARNING_KINDS = _wordset(
    "flood storm weather tsunami travel health heat hurricane tornado gale fire evacuation severe red amber yellow orange"
)
_NOUNISH_PRESENT = {"claims", "states", "notes", "rules", "mentions", "cites"}
_TO_OBJECT = {"attributed", "attributes", "attributing", "mentioned", "proposed", "advised"}
_INTERROGATED = re.compile(
    r"\s+(?:for|by|over|about|on|in|at|after|under|him|her|them|(?:the|a|an|two|three|several)\s+(?:[\w'’]+\s+)?"
    r"(?:owner|driver|suspects?|witness(?:es)?|m[ae]n|wom[ae]n|people|residents|staff|employees|officers|crew|pilots?))\b"
)
_SHORT_OBJECT = {"conceded", "concedes", "welcomed", "welcomes"}
_CITING_NP = re.compile(
    rf"\s+(?:(?!(?:that|who|which|as)\b)[\w'’.-]+\s+){{1,8}}?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:{_FINITE})\b"
    r"(?=\s+(?:that\s+)?[A-Z\w])"
)  # "Reports citing sources within the party have indicated X": the cited are a source, not content


def _cues(t: str, c0: int, c1: int, quotes: list[tuple[int, int]]) -> list[re.Match]:
    found = []
    for m in _CUE_RE.finditer(t, c0, c1):
        if _inside(m.start(), quotes):
            continue
        if m.group()[0] in "AaPpBb" and m.group().lower().startswith(("according", "per", "by")):
            found.append(m)
            continue
        before = t[max(c0, m.start() - 40) : m.start()]
        prev = re.findall(r"[\w’'-]+", before)
        nxt = t[m.end() : c1]
        bare = m.group().split()[-1]
        first_act = (
            prev[-1:] == ["first"]
            and len(prev) >= 2
            and (prev[-2][:1].isupper() or prev[-2].lower() in _SUBJECT_PRONOUNS)
            and prev[-2].lower() not in _DETERMINERS
        )  # "Ana Roe first said": an adverb; "the first reported case": an adjective
        if (
            prev
            and not first_act
            and prev[-1].lower()
            in _DETERMINERS | {"is", "are", "was", "were", "been", "being", "be"} | _ATTRIBUTIVE | _PREPOSITIONS
        ):
            continue  # "a reported death", "was told", "the total reported casualties"
        if t[m.start() - 1 : m.start()] == "-" or (bare in _TO_OBJECT and re.match(r"\s+to\b", nxt)):
            continue  # "so-called", "ill-advised"; "the attack attributed to X" is a reduced relative
        if (
            bare.endswith("s")
            and prev
            and prev[-1].lower() in _QUANTIFIERS
            and not (prev[-1][0].isupper() and len(prev) > 1 and prev[-2][:1].isupper())
        ):
            continue  # "Some reports suggest", "early claims": a plural noun (but "Sky News says": a name)
        if bare == "warning" and prev and prev[-1].lower() in _WARNING_KINDS:
            continue  # "a flash flood warning covering the coast": the notice, no one warning
        if bare in _NOUNISH_PRESENT | {"lists", "records"} and re.match(r",?\s+(?:and|or)\s", nxt):
            continue  # "photos, friend and group lists, and interests": a plural noun in a list
        if bare == "states" and prev and re.fullmatch(r"[A-Z]{2,4}|U\.S\.?|[A-Z][a-z]+(?:ern|ian|ic)", prev[-1]):
            continue  # "US states", "Western states", "Baltic states": the noun, after a proper modifier
        if bare in {"called", "calls"} and re.match(r"\s+(?:off|up|back|out|in|it\s+quits)\b", nxt):
            continue  # "called off the search", "called up reservists": a phrasal verb, no statement
        if (
            bare in {"wrote", "writes"}
            and re.match(r"\s+(?:to|a|an|the|his|her|their|its)\s", nxt)
            and not re.match(r"[^.;:\"“”]{0,80}?\b(?:that|saying|to\s+say)\b|[^.;\"“”]{0,80}?[:,]\s*[\"“]", nxt)
        ):
            continue  # "wrote to the embassy asking Y", "wrote a book": the letter is an act; its content follows a cue
        if bare in _REQUEST_CUES and (
            not _REQUEST_OBJECT.match(nxt) or (bare == "asking" and not before.rstrip().endswith(","))
        ):
            continue  # "asked the court to drop the case", "..., asking X to": a request; "asked about", "asked him" not
        if bare in {"informed", "informs"} and not _INFORMED_OF.match(nxt):
            continue  # "informed police she had immunity", but not "informed the public of"
        if bare in _QUOTE_ONLY_CUES and not _QUOTE_AFTER.match(nxt):
            continue  # 'X spoke on radio, "A"', 'X defended the plan: "A"'; but "spoke at the rally", "responded to calls"
        if (
            bare in {"continued", "continues"}
            and not re.match(r"\s*[,:]\s*[\"“]", nxt)
            and not (re.match(r"\s*[.!?]?\s*$", nxt) and re.search(r"[\"”],?\s+[^,;\"“”]{1,60}$", before))
        ):
            continue  # 'X continued, "A"' and '"A," X continued.' go on with a quote; "continued to rise" is no statement
        if bare in {"considers", "considered"} and not re.match(r"\s+(?:that\b|[^,;:.\"“”]{1,60}?\bto\s+be\b)", nxt):
            continue  # "it considers the pipeline to be vital"; but "considered the bill", "considered resigning"
        if bare in {"thanked", "thanks"} and not re.match(r"\s+[^,;:.]{1,80}?\bfor\s", nxt):
            continue  # "thanked the police for their response": the thanks are a statement
        if bare in {"credited", "credits"} and not re.match(r"\s+(?:[\w'’.-]+\s+){1,5}?(?:with|for)\s", nxt):
            continue  # "credited the media with keeping the story alive"
        if bare in {"declared", "declares"} and _DECLARED_ACT.match(nxt):
            continue  # "declared a state of emergency", "declared Monday a day of mourning": a performative act
        if re.search(r"\b(?:not|never)\s+(?:\w+ly\s+)?$|n['’]t\s+$", before):
            continue  # "have not said"
        if bare in _BASE_CUES and prev and prev[-1].lower() in _NOT_A_STATEMENT:
            continue  # "would confirm", "to warn": no statement made
        if _PASSIVE_OR_NOUN.match(nxt):
            continue  # "reported by" (passive), "reports said" (noun)
        nxt_words = _words(nxt[:60])
        if bare.endswith("s") and nxt_words and (nxt_words[0].lower() in _AUX or _is_verbish(nxt_words[0])):
            continue  # "broad claims had no basis", "member states have opposed": a plural noun
        if bare in _NOUNISH_PRESENT and re.match(r"\s+(?!that\b)[\w'’-]", nxt):
            obj = _words(re.split(r"[,;:.!?]", nxt)[0])
            if not any(
                (_is_verbish(w) or (w.islower() and w.endswith("s") and not w.endswith("ss")))
                and not (i and obj[i - 1].lower() in _DETERMINERS)
                for i, w in enumerate(obj)
            ):
                continue  # "X claims most of the shelf": a territorial claim, no statement
        if bare in _SHORT_OBJECT and not re.match(r"\s+that\b", nxt):
            obj = _OBJECT_END.split(nxt)[0]
            if not 0 < len(_words(obj)) <= 3:
                continue  # "conceded defeat", "welcomed the move"; not "conceded a penalty which ..."
        if bare in {"reported", "reports", "wrote", "writes", "reporting"} and re.match(
            r"\s+(?:\w+ly\s+)?(?:on|about)\s+(?:the|a|an|his|her|its|their)\b", nxt
        ):
            continue  # "reported on the war" is journalism, not a claim
        if bare in _AS_ONLY and not re.search(r"\bas\b", nxt):
            continue
        if bare in _AS_ONLY and before.rstrip().endswith(",") and _APPOSITIVE_AS.match(nxt):
            continue  # "The attacker, identified as X, was held": a participle inside the subject, no statement
        if bare in {"confirmed", "confirms", "named"} and re.match(
            r"\s+(?:him|her|them)\b(?![^,;.]{0,30}?\bas\b)", nxt
        ):
            continue  # "the House confirmed him": a vote on a nominee, not a statement
        if bare == "questioned" and re.match(_INTERROGATED, nxt):
            continue  # "was arrested and questioned for hours", "questioned the driver": an interrogation
        if bare in {"citing", "quoting"} and (
            _FINITE_COMMA_END.search(before)
            or re.match(r"[^,;]*\bas\s+(?:saying|telling)\b", nxt)
            or _CITING_THEN_CUE.match(nxt)
            or _CITING_NP.match(nxt)
        ):
            continue  # "reported, citing two officials, that X", "X, citing Y, said": Y is a source, not content
        if bare in {"called", "calls"} and (_NAMING.match(nxt) or _PHONED.match(nxt)):
            continue  # "a device called the Q-meter", "the drug, called Zyntra, is": naming; "called the police"
        if bare in {"claimed", "claims", "claiming"} and _TOLL.match(nxt):
            continue  # "the virus claimed 6606 lives": a death toll, not a claim
        if bare.endswith("ing") and not m.group().endswith(" of") and re.match(r"\s+of\b", nxt):
            continue  # "the reporting of abuses": a gerund
        if bare.endswith("ing") and _GERUND_BEFORE.search(before):
            continue  # "a law to mandate reporting abuse", "a pretext for not reporting it": a gerund, no speaker
        if (
            bare in _NEEDS_THAT
            and not re.match(r"\s+(?:(?:[A-Z][\w.-]*|reporters|journalists)\s+)*that\b|\s*[:,]?\s*[\"“]", nxt)
            and not ("," in t[c0 : m.start()] and _trailing_only(t, m.end(), c1, bare))
        ):
            continue
        if bare in {"suspect", "suspected"} and (
            re.match(r"['’]s\b|\s+(?:was|is|were|are|had|has|have|in|of|who|vehicle|package)\b", nxt)
            or not any(_is_verbish(w) for w in _words(re.split(r"[,;]", nxt[_SKIP_AFTER_CUE.match(nxt).end() :])[0]))
        ):
            continue  # "Police suspect the attackers had been radicalised"; not "suspected arson", "suspect vehicle"
        if bare in _ESTIMATE_AT and not _PLACED_AT.match(nxt):
            continue  # "placed the death toll at 45": an estimate; "placed a wreath", "put forward a plan": acts
        if bare == "alleged" and not any(
            _is_verbish(w) for w in _words(re.split(r"[,;]", nxt[_SKIP_AFTER_CUE.match(nxt).end() :])[0])
        ):
            continue  # "alleged ties to X": an adjective
        found.append(m)
    return found


def _clause_claims(doc: _Doc, c0: int, c1: int, quotes: list[tuple[int, int]]) -> list[_Claim]:
    t = doc.text
    claims: list[_Claim] = []
    stops: list[int] = []
    floor = c0  # a source is never searched for before the content of an earlier cue
    handled = -1  # cues before this offset were read with an earlier one ("according to X, who said Y")
    for m in _cues(t, c0, c1, quotes):
        cue_s, cue_e = m.span()
        if cue_s < handled:
            continue
        word = m.group().lower()
        if word.startswith("according") or word in {"per", "by"}:
            claim = _according(t, c0, c1, cue_s, cue_e, stops)
            if claim:
                claims.append(claim)
                floor = max(floor, claim.cs if claim.cs > cue_s else floor)
                said = _RELATIVE_CUE.match(t, claim.src[1], c1) if claim.ce <= cue_s else None
                if said:  # "A, according to police, who said B": B is a statement of the same source
                    claims.append(_Claim(said.end(), c1, claim.src, said.span(1), (claim.src[1], c1), "", True))
                    handled = said.end()
            continue
        bare = re.sub(r"^(?:has|have|had)\s+(?:(?:always|long)\s+)?", "", word)
        g0 = max(c0, cue_s - 250)  # end-anchored patterns only look at the words just before the cue
        gap = t[g0:cue_s]
        appositive = ""
        if bare.split()[0].endswith("ing"):
            src, extent_start = _participle_source(t, c0, cue_s, claims, stops, quotes)
            content_start = _skip_after(t, cue_e, c1, bare)
        else:
            who = _WHO_CUE.search(gap)
            named = _NAME_BEFORE.search(t, max(c0, g0 + who.start() - 80), g0 + who.start()) if who else None
            if named and named.start() > c0:  # "A included the home of Mayor Roe, who told the press B": B is hers
                content_start = _skip_after(t, cue_e, c1, bare)
                if content_start < c1:
                    stops.append(g0 + who.start())
                    claims.append(_Claim(content_start, c1, named.span(), (cue_s, cue_e), (g0 + who.start(), c1)))
                    continue
            inverted = _inverted(t, c0, c1, cue_s, cue_e, quotes)
            if inverted:
                claims.append(inverted)
                stops.append(inverted.ce)
                continue
            coord = re.search(r"(?:,\s*)?\b(?:and|but)\s+(?:(?:also|then|later|\w+ly)\s+)?$", gap)
            if coord:
                src = _subject(t, c0, cue_s, quotes)
                earlier = [c for c in claims if c.src and c.src[0] == (src or (-1, -1))[0] and c.src[1] > src[1]]
                if earlier:
                    src, appositive = earlier[-1].src, earlier[-1].appositive  # "X, a nurse, said A and noted B"
                extent_start = g0 + coord.start()
                stops.append(extent_start)
            else:
                trimmed = re.sub(
                    r"(?:\s+(?:(?!(?:daily|weekly|monthly|quarterly|family|ally|assembly)\b)[a-z]+ly|also|then|has|have|had|later|first|again|further|once|now|still|(?:(?:on|as\s+of)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                    r"|yesterday|today))+\s*$",
                    "",
                    _ASIDE_MEDIUM.sub("", _ASIDE_AFTER_AUX.sub("", gap)),
                )  # "X, on Sunday said": the day is not the source; "X has, in a statement, called on": nor the aside
                end = g0 + len(trimmed)
                res = _source_before(t, max(floor, end - 400), end, quotes)
                if res is None:
                    continue
                src, appositive, extent_start = (res[0], res[1]), res[2], res[0]
                cited = _cited_source(t, (res[0], res[1]), cue_s, appositive)
                if cited:
                    src, appositive = cited, ""  # "Reuters, citing sources in the ministry, reported"
                a0 = max(c0, res[0] - 20)
                and_m = re.search(r",\s*(?:and|but|while)\s+$", t[a0 : res[0]])
                if and_m:
                    stops.append(a0 + and_m.start())
                a0 = max(c0, res[0] - 40)
                joint = _JOINT_OPENING.search(t[a0 : res[0]])
                if joint and any(_is_verbish(w) for w in _words(t[c0 : a0 + joint.start()])):
                    extent_start = a0 + joint.start()  # "A happened and on Friday X said B": A is the reporter's
            if src is None:
                continue
            content_start = _skip_after(t, cue_e, c1, bare)
            colon = _TO_QUOTE.match(t, content_start, c1)
            if colon and not _inside(colon.end() - 1, quotes):
                content_start = colon.end()  # 'said about the suspect: "X"', 'told X on one occasion: "Y"'
            elif bare in _QUOTE_ONLY_CUES:
                content_start = cue_e + _QUOTE_AFTER.match(t[cue_e:c1]).end()
            split_quote = re.match(r"\s*,\s*[\"“]", t[cue_e:c1])
            s0 = max(c0, src[0] - 20)
            sep = re.search(r"(?:[,;]\s*[\"”]?|[\"”]\s*,?)\s*$", t[s0 : src[0]])
            rest = _trim(t, content_start, c1)
            quoted = bool(sep and _QUOTE_MARK.search(sep.group()))  # the content before the source is a quote
            if (
                sep
                and t[c0 : s0 + sep.start()].strip()
                and (
                    rest[1] <= rest[0]
                    or _trailing_only(t, cue_e, c1, bare)
                    or (quoted and (split_quote or _AFTER_QUOTE_CUE.match(t, cue_e, c1)))
                )
            ):
                ce = s0 + sep.start()  # "Y, X said." and the split quote "“A,” X said, “B.”"
                if split_quote:
                    ce = _content_end(t, cue_e + split_quote.end() - 1, c1, [], quotes)
                elif not quoted and re.match(r"\s*,\s*(?:al)?though\s", t[cue_e:c1]):
                    ce = c1  # "A was mild, the study found, although B": the concession is the source's too
                claims.append(_Claim(c0, ce, src, (cue_s, cue_e), (c0, c1), appositive))
                stops.append(s0 + sep.start())
                continue
            head = t[c0 : s0 + sep.start()] if sep else ""
            mid = re.match(r"\s*,\s*([a-z]+)\b", t[cue_e:c1])
            if (
                sep
                and not quoted
                and mid
                and 0 < len(_words(head)) <= 8
                and not _INTRO.match(t, c0)
                and not any(_is_verbish(w) for w in _words(head))
                and (_is_verbish(mid.group(1)) or (mid.group(1).endswith("s") and not mid.group(1).endswith("ss")))
            ):
                claims.append(_Claim(c0, c1, src, (cue_s, cue_e), (c0, c1), appositive))
                continue  # "The result, she added, showed that Z": the attribution interrupts the content
        if src is None or content_start >= c1:
            continue
        if bare in _SHOW and not any(w.lower() in _DOC_WORDS for w in _words(t[src[0] : src[1]])):
            continue
        claims.append(_Claim(content_start, c1, src, (cue_s, cue_e), (extent_start, c1), appositive, True))
        floor = content_start
    if not claims:
        passive = _passive_agent(t, c0, c1, quotes)
        if passive:
            claims.append(passive)
    cited = _CITED_THAT.search(t, c0, c1) if not claims else None
    if cited and not _inside(cited.start(), quotes):
        outlet = _subject(t, c0, cited.start(), quotes)
        cs, ce = _trim(t, cited.end(), c1)
        if outlet and ce > cs:  # "The paper cited a security source that X": X rests on both, one claim each
            claims.append(_Claim(cs, ce, outlet, cited.span(1), (c0, c1)))
            claims.append(_Claim(cs, ce, cited.span(2), cited.span(1), (c0, c1)))
    framed = _IN_REPORT.match(t, c0, c1)
    if framed and re.search(r"\w", t[framed.end() : c1]):  # "In a DW report, X said Y": the report says "X said Y"
        s, e = _trim(t, framed.end(), c1)
        claims.insert(0, _Claim(s, e, framed.span(2), framed.span(1), (c0, c1)))
    for claim in claims:
        if _HEDGED.search(t, max(c0, claim.cue[0] - 14), claim.cue[0]):
            claim.extent = None  # "X reportedly believe Y": X's belief, and the reporter's hedged claim of it
    for m in _DESPITE.finditer(t, c0, c1):
        if not _inside(m.start(), quotes):
            stops.append(m.start())  # "X says Y despite Z": the concession is the reporter's framing
    for claim in list(claims):
        if claim.open_end:
            claim.ce = _content_end(t, claim.cs, c1, stops, quotes)
            said = t[claim.cs : claim.ce]
            later = _LATER_FOUND.search(t, claim.cs, claim.ce) if "though " in said or " but " in said else None
            if later and not _inside(later.start(), quotes):
                claim.ce = later.start()
                if claim.extent:
                    claim.extent = (claim.extent[0], later.start())
            for m in _NEW_CLAUSE.finditer(t, claim.cs, claim.ce):
                head_words = _words(t[claim.cs : m.start()])
                if _inside(m.start(), quotes) or not any(_is_verbish(w) for w in _words(t[m.end() : claim.ce])):
                    continue
                if m.group(2):  # "denied A was B, however, C did D"; but "said the plan, however, was flawed"
                    new_clause = any(_is_verbish(w) for w in head_words)
                else:
                    named = m.group(1) != "and" and _NAMED_SUBJECT.match(t, m.end(), claim.ce)
                    plain_object = len(head_words) <= 12 and not _QUOTE_MARK.search(t, claim.cs, m.start())
                    new_clause = bool(named and _is_verbish(named.group().split()[-1])) or (
                        plain_object
                        and not any(
                            w.lower() in _AUX or w.lower() in _SUBJECT_PRONOUNS or (_is_verbish(w) and w.endswith("ed"))
                            for w in head_words
                        )
                    )
                after = _words(t[m.end() : min(claim.ce, m.end() + 20)])[:1]
                if after and after[0] in _MODALS:
                    new_clause = False  # "said areas lost power, and might not get it back": the same subject goes on
                if new_clause:
                    claim.ce = m.start()  # "forecast a cut, and the peso fell"; "said A, while Mayor B cancelled C"
                    if claim.extent:
                        claim.extent = (claim.extent[0], m.start())  # the new clause is the reporter's
                    break
            bare = t[claim.cue[0] : claim.cue[1]].split()[-1]
            if bare in _OBJECT_TO_CUES:
                more = _AND_PAST.search(t, claim.cs, claim.ce)
                if more and re.search(r"\bto\s+\w", t[claim.cs : more.start()]) and _is_verbish(more.group(1)):
                    claim.ce = more.start()  # "urged the embassy to reconsider and spoke with X": the source acts again
                    if claim.extent:
                        claim.extent = (claim.extent[0], more.start())
            short = _SHORT_OBJECT_TIME.match(t[claim.cs : claim.ce])
            if (
                short
                and not any(_is_verbish(w) for w in _words(t[claim.cs : claim.ce]))
                and bare not in _AS_ONLY
                and bare not in _FORETELLING  # "predict landfall Saturday morning": the time is the event's
                and not (
                    re.match(r"\s+(?:in|at)\s+[A-Z]", t[claim.cs + short.end(1) : claim.ce])
                    and len(_words(t[claim.cs + short.end(1) : claim.ce])) > 5
                )  # "reported one more case in Las Palmas' village, where ...": the place is the case's
            ):
                claim.ce = claim.cs + short.end(1)  # "claimed victory shortly after midnight": the object only
            if bare in _AS_ONLY and not re.search(r"\bas\b", t[claim.cue[1] : claim.ce]):  # "as" may lead in
                claims.remove(claim)
                continue
            second = _SECOND_CLAUSE.search(t, claim.cs, claim.ce)
            after = _words(t[second.end() : claim.ce]) if second else []
            if (
                after
                and any(_is_verbish(w) for w in after)
                and not (_is_verbish(after[0]) or after[0].endswith("ly") or after[0] in {"also", "then", "later"})
            ):  # 'said "A," and B' with a new subject; 'had "A" and had B' is one statement
                claims.append(_Claim(second.end(), claim.ce, claim.src, claim.cue, None))
                claim.ce = second.start() + 1  # 'said "A," and B': two statements, one cue
    for claim in list(claims):
        chain = (
            _CITED_BETWEEN.match(t[claim.src[1] : claim.cue[0]]) if claim.src and claim.src[1] < claim.cue[0] else None
        )
        if chain and _ANON_RE.search(chain.group(2)) and _ANON_RE.search(t[claim.src[0] : claim.src[1]]):
            at = claim.src[1]  # "Reports citing sources in the party said X": X rests on both, one claim each
            claims.append(
                _Claim(
                    claim.cs,
                    claim.ce,
                    (at + chain.start(2), at + chain.end(2)),
                    (at + chain.start(1), at + chain.end(1)),
                    None,
                )
            )
    for m in _REPORTED_BY.finditer(t, c0, c1):
        if not _inside(m.start(), quotes) and not re.fullmatch(r"such|well|follows|such:?", m.group(3).strip(" :")):
            claims.append(_Claim(m.start(3), m.end(3), (m.start(2), m.end(2)), (m.start(1), m.end(1)), None))
    return claims


_PASSIVE_CUE = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(reported|announced|identified|described|named|declared|confirmed|quoted|labell?ed|characteri[sz]ed|estimated)\b"
)
_AGENT = re.compile(
    r"\s+by\s+((?:the|a|an|local|state|national|foreign|some|several|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.&-]*)\b[^,;:\"“”]{0,80}?)"
    r"(\s+to\s+(?:be|have)\b|\s*(?:\([A-Z]{2,}\))?\s*[.!?]?\s*$)"
)


_RELATIVE_WORDS = _wordset("who whom whose which that what")


def _passive_agent(t: str, c0: int, c1: int, quotes: list[tuple[int, int]]) -> _Claim | None:
    """A passive report with its agent: "X was identified as Y by a spokesperson", "X were reported by local media
    to have Y". The agent is the source; the content is the clause, without an agent that closes it."""
    cue = _PASSIVE_CUE.search(t, c0, c1)
    if not cue or _inside(cue.start(), quotes) or _REPORTED_BY.match(t, cue.start(1), c1):
        return None
    subject = _words(t[c0 : cue.start()])
    if not subject or any(
        (_is_verbish(w) and not (i and subject[i - 1].lower() in _DETERMINERS)) or w.lower() in _RELATIVE_WORDS
        for i, w in enumerate(subject)
    ):
        return None  # the passive is the clause's main verb, not a relative clause's
    agent = None
    for m in _AGENT.finditer(t, cue.end(), c1):
        if not _inside(m.start(), quotes) and not re.search(r"\d", m.group(1)):
            agent = m
    if not agent or not _valid_source(agent.group(1)):
        return None
    src = _tidy_source(t, agent.start(1), agent.end(1))
    cs, ce = _trim(t, c0, c1 if agent.group(2).strip().startswith("to") else agent.start())
    lead = _CONNECTOR.match(t, cs, ce)
    return _Claim(lead.end() if lead else cs, ce, src, cue.span(1), (c0, c1))


def _according(t: str, c0: int, c1: int, cue_s: int, cue_e: int, stops: list[int]) -> _Claim | None:
    src_m = re.match(
        r"\s*((?:[^,;]|,(?=\d{3}\b)|(?<=\d),(?=\s\d{4}\b))+?)"
        r"(?=\s*(?:,(?!\d{3}\b)(?!(?<=\d,)\s\d{4}\b)|;|$|[.!?][\"”]?\s*$))",
        t[cue_e:c1],
    )  # ("according to a March 14, 2019 press release": the date's comma is no boundary)
    if not src_m:
        return None
    ss, se = cue_e + src_m.start(1), cue_e + src_m.end(1)
    region = _STATE_AFTER.match(t, se, c1) if _PLACE_TAIL.search(t, ss, se) else None
    if region:
        se = region.end()  # "According to police in Dayton, Ohio, X": the state belongs to the place
    np_m = _ACCORDING_NP.match(t, ss, se)
    verb_follows = False
    if np_m and np_m.end() < se and any(_is_verbish(w) for w in _words(t[np_m.end() : se])):
        se = np_m.end()  # "According to the ministry 40 people died": no comma after the source
        verb_follows = _is_verbish((_words(t[se : se + 30]) or [""])[0])
    initial = not re.search(r"\w", t[c0:cue_s])
    rel = (_RELATIVE_OPENING if initial else _RELATIVE_CLOSING).match(t, se, c1)
    if rel and not _CUE_RE.search(rel.group()):  # "according to police, who said X": a statement of its own
        se = rel.end()  # "A, according to the report, which was published on Monday."
    elif not initial and _RELATIVE_CUE.match(t, se, c1):
        stops.append(cue_s)  # "A, according to police, who said B": A is theirs, and B too (read by the caller)
        return _Claim(c0, cue_s, _tidy_source(t, ss, se), (cue_s, cue_e), (c0, c1))
    else:
        appos = (_NAME_APPOSITION if initial else _TITLE_APPOSITION).match(t, se, c1)
        if appos and _split_person(appos.group(1) if initial else t[ss:se]):
            se = appos.end(1)  # "according to the mayor, Dee Margo, X", "according to Josh Bash, the U.S. Attorney."
        elif initial and _split_person(t[ss:se]):
            role = _ROLE_APPOSITION.match(t, se, c1)
            if role and not any(_is_verbish(w) for w in _words(role.group(1))):
                se = role.end(1)  # "According to a post by Ann Roe, director of the event, X": her role is the source's
    after = _trim(t, se, c1)[0]
    src, cue = _tidy_source(t, ss, se), (cue_s, cue_e)  # "according to Gazeta Wyborcza in March"
    if not re.search(r"\w", t[c0:cue_s]):  # "According to X, Y"
        return _Claim(after, c1, src, cue, (c0, c1))
    if re.search(r"\band\s*,?\s*$", t[max(c0, cue_s - 10) : cue_s]):  # "A and, according to X, B"
        and_at = c0 + t[c0:cue_s].rstrip(" ,").rfind("and")
        stops.append(and_at)
        return _Claim(after, c1, src, cue, (and_at, c1))
    if verb_follows and re.search(r",\s*$", t[c0:cue_s]):
        return _Claim(c0, c1, src, cue, (c0, c1))  # "Rescuers, according to the ministry, recovered ten": one statement
    if re.match(r",\s*(?:and|but)\s+(?:the|a|an|its|their|[A-Za-z]+s|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)\s", t[se:c1]):
        stops.append(cue_s)  # "A, according to X, and the country has been B": B is the reporter's, or another's
        return _Claim(c0, cue_s, src, cue, (c0, se))
    if after < c1 and re.search(r"\w", t[after:c1]) and t[se : se + 1] == ",":  # "A, according to X, B"
        if _INTRO.match(t, c0) and not any(_is_verbish(w) for w in _words(t[c0:cue_s])):
            return _Claim(after, c1, src, cue, (c0, c1))  # "On Sunday in London, according to X, B": A sets the scene
        return _Claim(c0, c1, src, cue, (c0, c1))
    stops.append(cue_s)  # "A, according to X."
    return _Claim(c0, cue_s, src, cue, (c0, c1))


_IN_REPORT = re.compile(
    r"\s*(In)\s+((?:a|an|the|its|their)\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&'’-]*\s+)+(?:report|article|study|survey|analysis)"
    r"|(?:a|an|the)\s+(?:[a-z]+\s+)?(?:report|article|study|survey|analysis)\s+(?:of|by|from)\s+[^,;\"“]{2,60}?)"
    r"(?:\s+(?:in|on|last|this|published|released)\b[^,;\"“]{0,40})?,\s"
)  # a report by a named author framing the sentence: "In a News.com.au report, ...", "In a report by the UN, ..."
_QUOTE_ONLY_CUES = _wordset("spoke defended responded reacted")  # a statement act, a cue only before a quote
_QUOTE_AFTER = re.compile(r"[^.;:\"“”]{0,80}?[,:]\s*(?=[\"“])")
_WHO_CUE = re.compile(r",\s*who\s+(?:(?:also|later|then|has|had|have)\s+)*$")
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+$")
_PLACE_TAIL = re.compile(r"\b(?:in|of|from)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)?$")
_STATE_AFTER = re.compile(r",\s*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+)?(?=\s*,\s*\S)")
_ASIDE_MEDIUM = re.compile(
    r"(?<=\w)\s*,\s*(?:also\s+)?(?:in|on|via|during|through)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:statement|remarks|comments|interview|post|tweet|Twitter|Facebook|television|radio|message|letter|speech)\b"
    r"[^,;\"“”]{0,50},\s*$"
)  # "X, in remarks to the Herald, contended", "X, in a statement delivered via aides, announced": the medium
_ASIDE_AFTER_AUX = re.compile(
    r"(?<=\w)\s+(?:has|have|had)\s*,\s*(?:in|on|at|via|during|through|after|before|by)\s[^,;\"“”]{1,60},\s*$"
)
_CITED_THAT = re.compile(
    r"\b(cited|quoted)\s+((?:a|an|the|two|three|several|one|some)\s+[^,;:\"“”]{2,60}?)\s+(?:as\s+saying\s+)?that\s+"
)
_CITED_BETWEEN = re.compile(r"\s*,?\s*(citing|quoting)\s+([^,;\"“”]+?)\s*,?\s*$")
_NEW_CLAUSE = re.compile(r"[,\"”]\s+(and|but|while|whereas)\s+|,\s+(however),\s+")
_HEDGED = re.compile(r"\b(?:reportedly|allegedly)\s+$")
_NAMED_SUBJECT = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:,[^,]{1,60},)?\s+(?:also\s+)?[a-z]+"
)
# a clause with its own subject after the content: after an object ("forecast a cut, and the peso fell") or,
# after any content, a named subject behind "but"/"while" ("..., while Mayor Ruiz cancelled classes")
_NAME_APPOSITION = re.compile(r",\s*((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+){1,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)(?=,\s)")
_ROLE_APPOSITION = re.compile(r",\s*((?:[a-z][\w'’-]*\s+){1,3}(?:of|at|for)\s[^,;\"“”]{1,60}?)(?=,\s)")
_TITLE_APPOSITION = re.compile(r",\s*((?:the|a|an)\s[^,;\"“”]{1,80}?)(?=[.!?]?[\"”]?\s*$)")
_RELATIVE_CUE = re.compile(rf",\s*(?:who|which)\s+(?:also\s+)?((?:{_FINITE}))\b(?:\s+that\b)?")
_RELATIVE_OPENING = re.compile(r",\s*(?:which|who|whose)\b[^,;]*?(?=,\s)")
_RELATIVE_CLOSING = re.compile(r",\s*(?:which|who|whose)\b[^,;]*?(?=[.!?]?[\"”]?\s*$)")
# the apposition that closes the source of "according to": "According to the mayor, Dee Margo, X",
# "X, according to Josh Bash, the U.S. Attorney.", "According to SeaLine, whose ship helped, X"
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d{3}\b)")  # a comma that is not a thousands separator


def _participle_source(
    t: str, c0: int, cue_s: int, claims: list[_Claim], stops: list[int], quotes: list[tuple[int, int]]
) -> tuple[tuple[int, int] | None, int]:
    """Source and attribution start of "..., saying", "with X saying", "cited X as saying", "released a statement saying"."""
    gap = t[c0:cue_s]
    commas = [m.end() for m in _CLAUSE_COMMA.finditer(gap)]  # "2,300" is one number, not a boundary
    tail_at = c0 + (commas[-1] if commas else 0)
    tail = t[tail_at:cue_s]
    wm = re.match(r"\s*(?:with|despite)\s+(.+?)\s*$", tail)
    am = re.search(r"\b(?:cited|cites|citing|quoted|quotes|quoting)\s+(.+?)\s+as\s*$", tail)
    if wm:
        start = tail_at - 1 if tail_at > c0 else tail_at
        stops.append(start)  # "with the agency yesterday confirming": the day is not the source
        return _tidy_source(t, tail_at + wm.start(1), tail_at + wm.end(1)), start
    if am:
        return (tail_at + am.start(1), tail_at + am.end(1)), c0
    joined = re.search(r",[\"”]?\s*(?:while|and|but|also|then|further|later|again|\w+ly)\s*$", gap)
    if gap.rstrip().endswith(",") or joined:  # "..., saying", "..., while noting": the earlier speaker goes on
        earlier = [c for c in claims if c.src and c.cue[0] < cue_s]
        start = c0 + (joined.start() if joined else gap.rstrip().rfind(","))
        stops.append(start)
        return (earlier[-1].src if earlier else _subject(t, c0, cue_s, quotes)), start
    if _SUBORDINATOR.fullmatch(t, c0, cue_s):
        return None, c0  # "When announcing the plan, the mayor said": the participle's subject is the main clause's
    src = _subject(t, c0, cue_s, quotes)
    return src, (src[0] if src else c0)


_SUBORDINATOR = re.compile(r"\s*(?:[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Ss]ince|[Uu]pon|[Oo]n|[Bb]y|[Ii]n)\s+")


def _inverted(t: str, c0: int, c1: int, cue_s: int, cue_e: int, quotes: list[tuple[int, int]]) -> _Claim | None:
    """'“A,” said X.' / '“A;” read the statement': the cue directly after the content, the source after it."""
    s0 = max(c0, cue_s - 10)
    sep = re.search(r"(?:[,;]\s*[\"”]?|[\"”]\s*[,;]?)\s*$", t[s0:cue_s])
    if not sep or not t[c0 : s0 + sep.start()].strip():
        return None
    sm = re.match(
        r"\s*((?:[^,;.]|\.(?=\s+[A-Z])){1,120}?(?:,\s*\d{1,3}\b(?=,))?"  # '“A,” said X, 58, a teacher ...'
        r"(?:,\s*(?!(?:and|but|who|whom|which|with|amid|[a-z]+ing)\b)[a-z][^,;\"“”]{0,80}?)?)"
        r"\s*(?=,\s*[\"“]|[.!?]?[\"”]?\s*$|,\s*(?:with|amid)\s)",
        t[cue_e:c1],
    )  # '“A,” said Dr. X, director of Y.': the title's full stop and the apposition belong to the source
    tail_end, tail = None, _INVERTED_TAIL.match(t, cue_e, c1)
    if tail and _QUOTE_MARK.search(sep.group()) and _valid_source(tail.group(1)):
        sm, tail_end = re.match(r"\s*(.+)", t[cue_e : tail.end(1)]), c1  # '“A,” said X to the crowd / X, who ...'
    if not sm or not _valid_source(sm.group(1)) or len(_RELATIVE.split(sm.group(1))[0].split()) > 12:
        return None
    before = t[c0 : s0 + sep.start()]
    if not any(q in sep.group() for q in '"”'):  # a plain comma: "X, <apposition>, said Y" is more likely
        last = before.rsplit(",", 1)[-1].strip()
        head = before.rsplit(",", 1)[0] if "," in before else ""
        if (
            re.search(r"[A-Z][\w'’-]+$", head.rstrip())
            and last[:1].islower()
            and not any(_is_verbish(w) for w in _words(last))
            and not re.match(r"(?:with|amid|after|before|as)\s", last)
        ):
            return None  # "Dr X, retail expert at Y, said Z": an apposition; the source comes before the cue
        if re.match(r"(?:a|an|another|who|whom|which|\w+ing)\b", last) or (
            len(before.split()) <= 6 and not any(_is_verbish(w) for w in _words(before))
        ):
            return None
    if not re.match(
        r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž]|(?:the|a|an|one|two|three|several|some)\s|(?:police|officials|authorities)\b)", sm.group(1)
    ):
        return None  # "said exports continue" is not "said X"
    src = (cue_e + sm.start(1), cue_e + sm.end(1))
    aside = _ASIDE_END.search(t, src[0], src[1])
    if aside and aside.start() > src[0]:
        src = (src[0], aside.start())  # '"A," said Mayor Ann Roe (no relation).'
    time = _TIME_END.search(t[src[0] : src[1]])
    if time and time.start() > 0:
        src = (src[0], src[0] + time.start())  # '“A,” said the mayor in an interview'
    ce = s0 + sep.start()
    cont = re.match(r"\s*,\s*[\"“]", t[src[1] : c1])
    if cont:
        ce = _content_end(t, src[1] + cont.end() - 1, c1, [], quotes)
    elif re.match(r"\s*,\s*(?:with|amid)\s", t[src[1] : c1]):
        ce = c1  # "A, reported officials, with B": the attribution interrupts the statement
    return _Claim(c0, ce, src, (cue_s, cue_e), (c0, tail_end or max(src[1], ce)))


# ---------------------------------------------------------------- assembling suggestions
def _quote_type(t: str, s: int, e: int, quotes: list[tuple[int, int]]) -> str:
    if any(o == s - 1 for o, _ in quotes) and (any(c == e for _, c in quotes) or t[e : e + 2].strip(",.;") in (
            "\"", "”", "")):  # fmt: skip
        return "direct"
    return "mixed" if any(ch in t[s:e] for ch in _QUOTE_CHARS) else "indirect"


def _unattributed(t: str, c0: int, c1: int, claims: list[_Claim]) -> tuple[int, int] | None:
    covered = sorted(c.extent for c in claims if c.extent)
    pieces, pos = [], c0
    for a, b in covered:
        if a > pos:
            pieces.append((pos, a))
        pos = max(pos, b)
    if pos < c1:
        pieces.append((pos, c1))
    pieces = [p for p in (_trim(t, a, b) for a, b in pieces) if len(_words(t[p[0] : p[1]])) >= 1]
    if (
        len(pieces) > 1
        and t[pieces[0][1] : pieces[0][1] + 1] == ","
        and not any(_is_verbish(w) for w in _words(t[pieces[0][0] : pieces[0][1]]))
    ):
        pieces = pieces[1:]  # "Ann Roe, the mayor of X, announced A, while B": the name before the source is no claim
    if covered and len(pieces) == 1 and pieces[0][0] == _trim(t, c0, c1)[0] and covered[0][0] >= pieces[0][1]:
        head = t[pieces[0][0] : covered[0][0]].rstrip()
        if head.endswith(",") and (_INTRO.match(head) or not any(_is_verbish(w) for w in _words(head))):
            return None  # an introductory phrase ("Speaking on TV,") is not an assertion
    if not pieces:
        return None
    s, e = pieces[0][0], pieces[-1][1]
    s, e = _trim(t, s, e)
    e = s + len(re.sub(r"(?:[\s,]+(?:and|but|while|with|as|which|who|that|(?:in|of|by)\s+what))+\s*$", "", t[s:e]))
    lead = re.match(
        r"(?:Yesterday|Today),\s+|(?:Meanwhile|However|Similarly|Likewise|Separately|Moreover|Furthermore|Additionally"
        r"|In response),?\s+"
        r"|(?:and|but|while|whereas|though|although)\s+",
        t[s:e],
    )
    if lead:
        s += lead.end()
    s, e = _trim_content(t, s, e)
    words = _words(t[s:e])
    if len(words) < 4 or re.match(r"[\"”’]?\?", t[e : e + 2]) or not any(w.islower() for w in words):
        return None
    if not any(_is_verbish(w) or (w.islower() and w.endswith("s")) for w in words) and len(words) < 6:
        return None
    return s, e


_SAME_FORM = _wordset("set put cut hit shut quit spread cost hurt remain remains used")  # also a participle or present
_AND_CLAUSE = re.compile(
    r",\s+(?:and\s+(?=(?:the|a|an|its|his|her|their|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)\s)"
    r"|(?:al)?though\s+(?=(?:the|a|an|its|his|her|their|it|they|he|she|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)\s))"
)  # (", and he lived in X" goes on about the same subject: no split)
_LATER_FOUND = re.compile(
    r",?\s+(?:though|although|but)\s+(?:it|this|they|he|she)\s+(?:was|were|has\s+been|had\s+been|have\s+been)"
    r"\s+(?:later|subsequently|since|afterwards)\s"
)  # "Police said A, though it was later found to be B": what became known later is the reporter's


def _split_coordinated(t: str, span: tuple[int, int], quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An assertion in the reporter's voice split where ", and" opens a clause with its own subject and verb:
    "The bridge was closed in May, and the ferry resumed service": two facts, one claim each."""
    cs, ce = span
    for m in _AND_CLAUSE.finditer(t, cs, ce):
        head, tail = _words(t[cs : m.start()]), _words(t[m.end() : ce])
        if _inside(m.start(), quotes) or not any(_is_verbish(w) for w in head):
            continue
        verb = next((i for i, w in enumerate(tail[:8]) if _is_verbish(w) and w not in _SAME_FORM), None)
        if verb and len(_words(t[m.end() : ce])) >= 4 and not any(w in _RELATIVE_WORDS for w in tail[:verb]):
            return [(cs, m.start()), *_split_coordinated(t, (m.end(), ce), quotes)]
    return [span]


def _note_anonymity(doc: _Doc, out: list[Suggestion], note: str, head: str) -> None:
    found = _ANONYMITY_RE.search(note)
    if not found:
        return
    reason = found.group(found.lastindex).strip()
    for i in range(len(out) - 1, max(-1, len(out) - 6), -1):
        s = out[i]
        if _UNNAMED.search(s.source or ""):
            continue  # "An aide, who asked not to be named, said": sourced on its own, not by the later note
        if s.attribution_type == "anonymous" and s.anonymity_reason is None and (not head or head in s.source.lower()):
            out[i] = dataclasses.replace(s, anonymity_reason=reason)
            head = head or (_ANON_RE.findall(s.source) or [""])[-1].lower().rstrip("s")
    if head:
        doc.anonymity = (head, reason)


def suggest(text: str, *, language: str | None = None) -> list[Suggestion]:
    """Suggested claims for `text`, in document order. Never raises on any string.
    ``language`` (BCP 47) picks the rules: Arabic text goes to ``claims.suggest.arabic``;
    without it, the language is told from the text."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        if (language or detect_language(text)).lower().startswith("ar"):
            from .arabic import suggest as suggest_arabic

            return suggest_arabic(text)
        return _suggest(text)
    except Exception:  # a suggester must never break the page that calls it; rules are heuristics
        return []


def _suggest(t: str) -> list[Suggestion]:
    doc = _Doc(t)
    out: list[Suggestion] = []
    seen: set[tuple] = set()
    last: tuple[Suggestion, int] | None = None  # last attributed suggestion and its sentence number
    para_quotes: dict[int, list[tuple[int, int]]] = {}
    for si, (s0, s1, pi) in enumerate(_sentences(t)):
        if pi not in para_quotes:
            line_start = t.rfind("\n", 0, s0) + 1
            line_end = t.find("\n", s1)
            para_quotes[pi] = _quote_regions(t, line_start, len(t) if line_end < 0 else line_end)
        quotes = para_quotes[pi]
        dl = _DATELINE.match(t, s0, s1)
        if dl:
            s0 = dl.end()
        prior = (doc.last_person, doc.last_thing)  # a sentence-initial "He"/"It" points before this sentence
        joinable = None  # index in out of the previous clause's unattributed claim, when that clause had no other
        for c0, c1 in _clauses(t, s0, s1, quotes):
            before, joined = len(out), joinable
            joinable = None
            note = _ANON_NOTE.match(t, c0, c1)
            if note:  # a sourcing note is not a claim; its reason belongs to the earlier unnamed sources
                _note_anonymity(doc, out, t[c0:c1], (note.group(1) or "").lower().rstrip("s"))
                continue
            claims = _clause_claims(doc, c0, c1, quotes)
            whole_quote = [q for q in quotes if q[0] == c0 and q[1] >= _trim(t, c0, c1, " .,;:!?\xa0")[1] - 1]
            if not claims and whole_quote and last and last[1] >= si - 1:
                prev = last[0]  # continuation quote: same speaker and cue as the previous quote
                cs, ce = _trim_content(t, c0, c1)
                sug = Suggestion(t[cs:ce], cs, ce, prev.source, prev.source_start, prev.source_end, prev.cue,
                                 prev.cue_start, prev.cue_end, prev.attribution_type, "direct",
                                 prev.anonymity_reason, not _OPINION_RE.search(t[cs:ce]), prev.speaker_name,
                                 prev.speaker_title, *checkworthy.assess(t[cs:ce]))  # fmt: skip
                out.append(sug)
                last = (sug, si)
                continue
            pending = list(claims)
            for c in pending:
                cs, ce = _trim_content(t, c.cs, c.ce)
                if ce - cs < 3 or (c.src is None):
                    continue
                ss, se = _source_edges(t, *c.src)
                source, cue = t[ss:se], t[c.cue[0] : c.cue[1]]
                key = (cs, ce, ss, se)
                if key in seen:
                    continue
                seen.add(key)
                kind, name, title = _classify(doc, source, c.appositive, prior if ss == s0 else (), ss)
                reason = None
                if kind in {"official_title", "institution"} and (
                    _ANONYMITY_RE.search(c.appositive) or _UNNAMED.search(source)
                ):
                    kind, name = "anonymous", None  # "An investigator, who asked not to be named because ..."
                doc.last_kind = kind
                doc.last_people = kind == "named_person" and bool(re.search(r"\band\b|\bboth\b", source, re.I))
                if kind == "anonymous":
                    head = (_ANON_RE.findall(source) or [source.split()[-1]])[-1].lower().rstrip("s")
                    found = _ANONYMITY_RE.search(c.appositive or t[s0:s1])
                    if found:
                        reason = found.group(found.lastindex).strip()
                        doc.anonymity = (head, reason)
                    elif doc.anonymity and (
                        _BACK_REFERENCE.fullmatch(source.lower())
                        or (doc.anonymity[0] == head and _DRAWN_FROM.fullmatch(source))
                    ):
                        reason = doc.anonymity[1]  # "One of the officials", "A second official": the same group
                content = t[cs:ce]
                qtype = _quote_type(t, cs, ce, quotes)
                worthy = (
                    cue.lower().split()[-1] not in _NOT_CHECKWORTHY_CUES
                    and " ".join(cue.lower().split()[-2:]) not in _NOT_CHECKWORTHY_CUES
                    and cue.lower() not in _NOT_CHECKWORTHY_CUES
                    and not (qtype == "direct" and _OPINION_RE.search(content))
                )
                sug = Suggestion(content, cs, ce, source, ss, se, cue, c.cue[0], c.cue[1], kind, qtype, reason, worthy,
                                 name if kind != "anonymous" else None, title, *checkworthy.assess(content))  # fmt: skip
                out.append(sug)
                if not c.nested:
                    last = (sug, si)  # a continuation quote goes back to the quote's speaker, not a nested one
                if qtype == "direct" and not c.nested:  # nested attribution inside a direct quote
                    pending += [
                        dataclasses.replace(n, nested=True)
                        for n in _clause_claims(doc, cs, ce, [])
                        if n.src and not re.fullmatch(r"(?:i|we|you)(?:['’]\w+)?", t[n.src[0] : n.src[1]].lower())
                    ]
            span = _unattributed(t, c0, c1, claims)
            for cs, ce in _split_coordinated(t, span, quotes) if span and not whole_quote else ():
                ag = _AGENTLESS.search(t, cs, ce)
                cue_span = ag.span(1) if ag and ag.group(1) else (ag.span() if ag else (None, None))
                worthy = bool(_NUM_RE.search(t[cs:ce]) or not _OPINION_RE.search(t[cs:ce]))
                cue = t[cue_span[0] : cue_span[1]] if ag else None
                spans = (t[cs:ce], cs, ce, None, None, None, cue, *cue_span)
                if joined is not None and not claims and not ag and len(out) == before and cs == span[0]:
                    prev = out[joined]  # "A; B" in the reporter's voice is one assertion, as the gold reads it
                    cs, worthy = prev.content_start, worthy or prev.checkworthy
                    spans = (t[cs:ce], cs, ce, None, None, None, prev.cue, prev.cue_start, prev.cue_end)
                    del out[joined]
                found = checkworthy.assess(t[cs:ce])
                if found.score < checkworthy.UNATTRIBUTED_MIN:
                    continue  # scene-setting in the reporter's voice: nothing a record could confirm
                out.append(Suggestion(*spans, "unattributed", "none", None, worthy, None, None, *found))
                if not claims and len(out) == before + 1:
                    joinable = len(out) - 1
    return out
