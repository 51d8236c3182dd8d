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
from typing import NamedTuple

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
_PHRASES = {  # signals of more than one word: the text's pairs and triples of words are looked up too
    "causal": _words("due_to led_to lead_to leads_to result_in resulted_in results_in as_a_result linked_to"),
    "prediction": _words("expected_to is_set_to are_set_to plans_to plan_to is_due_to are_due_to"),
    "state": _words("did_not does_not do_not home_to part_of"),
    "opinion": _words("need_to"),
    "quantity": _words("per_cent"),
}
_CAUSAL |= _PHRASES["causal"]
_PREDICTION |= _PHRASES["prediction"]
_STATE |= _PHRASES["state"]
_OPINION |= _PHRASES["opinion"]
_QUANTITY |= _PHRASES["quantity"]
# The reporter's own comings and goings.
_META = _words(
    "contacted spoke_to speaking_to interviewed did_not_respond did_not_reply not_be_reached by_video_link"
    " by_phone this_reporter the_reporter wikinews"
)
_TOKEN = re.compile(r"[a-z']+")
_DIGIT = re.compile(r"\d|[%$€£¥]")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _names(text: str) -> int:
    """Capitalised words after the first, runs counted once: the names a record could confirm."""
    count, run = 0, False
    for word in text.split()[1:]:
        capital = word[:1].isupper()
        count += capital and not run
        run = capital
    return count


def _grams(lowered: str) -> set[str]:
    """The words of the text, with its pairs and triples of words joined by "_"."""
    words = _TOKEN.findall(lowered)
    grams = set(words)
    grams.update(f"{a}_{b}" for a, b in zip(words, words[1:], strict=False))
    grams.update(f"{a}_{b}_{c}" for a, b, c in zip(words, words[1:], words[2:], strict=False))
    return grams


class Assessment(NamedTuple):
    score: float
    kind: str | None  # one of the classes above, None when nothing checkable was found


def assess(text: str) -> Assessment:
    """The check-worthiness of one claim's content (0 to 1) and the class that weighed most."""
    tokens = _grams(text.lower())
    found = {
        QUANTITY: 0.35 if _DIGIT.search(text) or tokens & _QUANTITY else 0.0,
        COMPARISON: 0.15 if tokens & _COMPARISON else 0.0,
        CAUSAL: 0.2 if tokens & _CAUSAL else 0.0,
        LEGAL: 0.2 if tokens & _LEGAL else 0.0,
        PREDICTION: 0.1 if tokens & _PREDICTION else 0.0,
        EVENT: 0.1 * min(2, _names(text)) + (0.1 if tokens & _DATES or _YEAR.search(text) else 0.0),
    }
    score = 0.15 + sum(found.values()) + (0.1 if tokens & _STATE else 0.0)
    score -= 0.25 * min(2, len(tokens & _OPINION))
    score -= 0.4 if tokens & _META else 0.0
    score -= 0.1 * min(3, len(tokens & _SCENE))
    if text.rstrip().endswith("?"):
        score -= 0.3
    score = round(min(1.0, max(0.0, score)), 2)
    kind = max(found, key=found.get) if any(found.values()) else None
    return Assessment(score, kind if score >= UNATTRIBUTED_MIN else None)
