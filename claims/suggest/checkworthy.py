"""How worth checking a sentence is, and why: the classes Full Fact's claim typology uses
(quantities, comparisons, cause and effect, laws and rules, predictions; the labels are
``claims.models.CheckworthyKind``), plus events a record
can confirm, against scene-setting, opinion and the reporter's own comings and goings.

``assess(text)`` gives a score from 0 to 1 and the class that weighed most. The weights are set
by hand on the development golds (never the blind halves); the suggester proposes an
unattributed sentence only from ``UNATTRIBUTED_MIN`` up, and every suggestion carries its score
so the workspace can sort by it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUANTITY = "quantity"
COMPARISON = "comparison"
CAUSAL = "causal"
LEGAL = "legal"
PREDICTION = "prediction"
EVENT = "event"

UNATTRIBUTED_MIN = 0.05  # below this an unattributed sentence is scene-setting, not a claim


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_QUANTITY = _words(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds"
    " thousand thousands million millions billion billions trillion dozen dozens half third quarter double twice"
    " percent majority minority most all none every first second last"
)
_COMPARISON = _words(
    "more less fewer than higher lower larger smaller biggest largest highest lowest record worst best doubled"
    " tripled halved rose risen fell fallen increase increased decrease decreased grew dropped surged declined"
    " compared since only ever"
)
_CAUSAL = _words("because cause caused causing blamed triggered responsible killed injured destroyed damaged forced")
_LEGAL = _words(
    "law laws illegal unlawful legal court rule ruled ruling judge charged convicted sentenced acquitted arrested"
    " constitution constitutional treaty ban banned decree legislation bill parliament sanction sanctions signed"
    " approved passed vetoed elected appointed resigned regulation regulations regulator violated violation"
)
_PREDICTION = _words("will would could may might forecast")
_STATE = _words(
    "is are was were has have had owned operated funded member members reported confirmed rejected condemned"
    " declined didn't doesn't"
)
_OPINION = _words(
    "i we our us my should must ought unacceptable condolences hope hoped hopes believe believed believes deserve"
    " deserved shameful senseless terrible wonderful great tragic sad happy beautiful convinced feel feels felt"
)
_SCENE = _words(
    "hung waved sang chanted wept cheered smiled nodded gathered stood sat walked picked stared watched drizzle"
    " rain sun smoke ash dust crowd crowds placards flags evening morning night afternoon outside inside along"
    " everyone nobody somebody"
)
_DATES = _words(
    "january february march april may june july august september october november december monday tuesday"
    " wednesday thursday friday saturday sunday yesterday today"
)
_PHRASES = {  # signals of more than one word, found in the lowercased text
    _CAUSAL: ("due to", "led to", "lead to", "leads to", "result in", "resulted in", "results in", "as a result",
              "linked to"),
    _PREDICTION: ("expected to", "is set to", "are set to", "plans to", "plan to", "is due to", "are due to"),
    _STATE: ("did not", "does not", "do not", "home to", "part of"),
    _OPINION: ("need to",),
    _COMPARISON: ("per cent",),
}  # fmt: skip
_TOKEN = re.compile(r"[a-z']+")
_DIGIT = re.compile(r"\d|[%$€£¥]")
_NAMED = re.compile(r"(?<!^)\b[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_META = re.compile(
    r"\b(?:contacted|spoke to|speaking to|interviewed|did not respond|did not reply|could not be reached"
    r"|by video link|by phone|(?:this|the) reporter|Wikinews)\b",
    re.I,
)


def _hits(lowered: str, tokens: set[str], words: frozenset[str]) -> int:
    return len(tokens & words) + sum(1 for phrase in _PHRASES.get(words, ()) if phrase in lowered)


@dataclass(frozen=True)
class Assessment:
    score: float
    kind: str | None  # one of the classes above, None when nothing checkable was found


def assess(text: str) -> Assessment:
    """The check-worthiness of one claim's content (0 to 1) and the class that weighed most."""
    lowered = text.lower()
    tokens = set(_TOKEN.findall(lowered))
    found = {
        QUANTITY: 0.35 if _DIGIT.search(text) or tokens & _QUANTITY or "per cent" in lowered else 0.0,
        COMPARISON: 0.15 if _hits(lowered, tokens, _COMPARISON) else 0.0,
        CAUSAL: 0.2 if _hits(lowered, tokens, _CAUSAL) else 0.0,
        LEGAL: 0.2 if tokens & _LEGAL else 0.0,
        PREDICTION: 0.1 if _hits(lowered, tokens, _PREDICTION) else 0.0,
        EVENT: 0.1 * min(2, len(_NAMED.findall(text))) + (0.1 if tokens & _DATES or _YEAR.search(text) else 0.0),
    }
    score = 0.15 + sum(found.values()) + (0.1 if _hits(lowered, tokens, _STATE) else 0.0)
    score -= 0.25 * min(2, _hits(lowered, tokens, _OPINION))
    score -= 0.4 if _META.search(text) else 0.0
    score -= 0.1 * min(3, len(tokens & _SCENE))
    if text.rstrip().endswith("?"):
        score -= 0.3
    score = round(min(1.0, max(0.0, score)), 2)
    kind = max(found, key=found.get) if any(found.values()) else None
    return Assessment(score, kind if score >= UNATTRIBUTED_MIN else None)
