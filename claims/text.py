"""Text helpers shared by the workspace: sentence spans and highlight segments."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

import pysbd
from django.utils.text import Truncator, add_truncation_text, calculate_truncate_chars_length
from django.utils.translation import get_language, gettext, pgettext


@lru_cache(maxsize=8)
def _segmenter(language: str) -> pysbd.Segmenter:
    try:
        return pysbd.Segmenter(language=language, clean=False)
    except ValueError:  # a language pysbd does not know: English rules still split on . ! ?
        return pysbd.Segmenter(language="en", clean=False)


@lru_cache(maxsize=64)  # the workspace lists an article's sentences on every render
def sentence_spans(text: str, language: str = "en") -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, white space trimmed, as Python string offsets."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for paragraph_start, paragraph in _paragraphs(text):
        for sentence in _segmenter(language[:2]).segment(paragraph):
            stripped = sentence.strip()
            if not stripped:
                continue
            at = text.find(stripped, max(cursor, paragraph_start))
            if at < 0:
                continue
            spans.append((at, at + len(stripped)))
            cursor = at + len(stripped)
    return tuple(spans)


def _paragraphs(text: str):
    start = 0
    for part in text.split("\n"):
        if part.strip():
            yield start, part
        start += len(part) + 1


@dataclass
class Segment:
    """A run of text covered by the same set of claims (and suggestions)."""

    start: int
    text: str
    claims: list = field(default_factory=list)
    suggestions: list = field(default_factory=list)

    @property
    def top(self):
        """The innermost (shortest) claim over this run: the one a click opens."""
        return min(self.claims, key=lambda c: (c.end - c.start, c.pk)) if self.claims else None

    @property
    def depth(self) -> int:
        return len(self.claims)


def segments(text: str, claims=(), suggestions=()) -> list[Segment]:
    """Split ``text`` at every anchor boundary, so overlapping and nested spans both show.

    One sweep over the sorted boundaries: each span joins the open set where it starts and
    leaves it where it ends, so the work grows with spans and cuts, not their product.
    """
    anchored = [c for c in claims if c.start is not None]
    spans = [*anchored, *suggestions]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    opening: dict[int, list] = {}
    closing: dict[int, list] = {}
    for span in spans:
        opening.setdefault(span.start, []).append(span)
        closing.setdefault(span.end, []).append(span)
    claim_ids = {id(c) for c in anchored}
    open_claims: dict[int, object] = {}
    open_suggestions: dict[int, object] = {}
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        for span in closing.get(a, ()):
            (open_claims if id(span) in claim_ids else open_suggestions).pop(id(span), None)
        for span in opening.get(a, ()):
            if span.end > a:
                (open_claims if id(span) in claim_ids else open_suggestions)[id(span)] = span
        if a >= b:
            continue
        out.append(
            Segment(
                start=a, text=text[a:b], claims=list(open_claims.values()), suggestions=list(open_suggestions.values())
            )
        )
    return out


_ARABIC_LETTER = re.compile(
    r"[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]"
)


def detect_language(text: str) -> str:
    """The language of an article, as far as the app works in it: "ar" when most of its letters
    are Arabic, else "en". A person can always correct it."""
    sample = (text or "")[:20000]
    letters = sum(1 for ch in sample if ch.isalpha())
    return "ar" if letters and len(_ARABIC_LETTER.findall(sample)) / letters > 0.5 else "en"


def plain_id(value: str) -> int | None:
    """An id typed in a URL or form: ASCII digits only (``"²".isdigit()`` is true), else None."""
    return int(value) if value.isascii() and value.isdecimal() else None


# -- storable text (issue 18) -----------------------------------------------------------
#
# Two kinds of character cannot be stored: NUL (PostgreSQL's text type refuses it) and an
# unpaired UTF-16 surrogate (U+D800–U+DFFF: JSON can spell one as "\ud800", but it has no
# UTF-8 form, so neither database driver can encode it). Text people send with them is
# refused with a message saying so rather than silently changed: a quote or an article with
# characters dropped would no longer match its offsets or its source. Text from third
# parties that nobody typed (feed titles) is cleaned with ``storable`` instead.

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def unstorable_at(text: str) -> int | None:
    """The offset of the first character of ``text`` that cannot be stored, or None."""
    found = _UNSTORABLE.search(text)
    return found.start() if found else None


def is_storable(text: str) -> bool:
    """Whether ``text`` can be stored as it is: no NUL and no unpaired surrogate."""
    return _UNSTORABLE.search(text) is None


def storable(text: str) -> str:
    """``text`` without the characters no database column can hold (for third-party text)."""
    return _UNSTORABLE.sub("", text)


def unstorable_message(where: str = "") -> str:
    """What to tell whoever sent unstorable text (one wording everywhere); ``where`` names the
    field or the JSON path."""
    if where:
        message = gettext(
            "%(where)s contains a NUL character or an unpaired surrogate (U+0000, U+D800–U+DFFF), "
            "which cannot be stored; remove it."
        )
        return message % {"where": where if len(where) <= 200 else where[:199] + "…"}
    return gettext(
        "The text contains a NUL character or an unpaired surrogate (U+0000, U+D800–U+DFFF), "
        "which cannot be stored; remove it."
    )


def find_unstorable(data, path: str = "") -> str | None:
    """The path (``claims[0].text``) of the first unstorable key or string in parsed JSON, or
    None. Call it on data parsed with ``bounded_json_loads``, so the recursion is bounded."""
    if isinstance(data, str):
        return None if is_storable(data) else (path or "$")
    if isinstance(data, dict):
        for key, value in data.items():
            inner = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and not is_storable(key):
                return storable(inner) or "$"
            if (found := find_unstorable(value, inner)) is not None:
                return found
    elif isinstance(data, list):
        for n, value in enumerate(data):
            if (found := find_unstorable(value, f"{path}[{n}]")) is not None:
                return found
    return None


# -- bounded JSON (issue 18) ------------------------------------------------------------

JSON_MAX_DEPTH = 64

_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class JSONTooDeep(ValueError):
    """JSON nested deeper than the limit: refused before ``json.loads`` recurses into it."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"JSON nested deeper than {limit} levels")


def json_depth(raw: str) -> int:
    """How deep the brackets of ``raw`` nest, counted outside strings, without parsing it."""
    depth = deepest = 0
    for bracket in _NOT_BRACKET.sub("", _JSON_STRING.sub("", raw)):
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def bounded_json_loads(raw: str | bytes, *, max_depth: int = JSON_MAX_DEPTH, **kwargs):
    """``json.loads`` that refuses (JSONTooDeep, a ValueError) nesting deeper than ``max_depth``
    instead of meeting Python's recursion limit (a RecursionError, a 500, at ~1,000 levels)."""
    if isinstance(raw, bytes | bytearray):
        raw = raw.decode("utf-8")
    if json_depth(raw) > max_depth:
        raise JSONTooDeep(max_depth)
    return json.loads(raw, **kwargs)


@cache
def _combining() -> re.Pattern:
    """The characters ``truncatechars`` does not count (canonical combining class other than 0)."""
    marks = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c))]
    return re.compile("[" + "".join(map(re.escape, marks)) + "]")


def clip(text: str, length: int) -> str:
    """``Truncator(text).chars(length)`` (Django's ``truncatechars``), to the character, without
    its walk over each character where the text has no combining marks to leave uncounted: the
    lists clip two texts a row, the workspace a title for each claim. The ellipsis is the
    translatable one Django uses."""
    if length <= 0:
        return ""
    if not text.isascii():  # (ASCII has nothing to compose and no combining marks)
        text = unicodedata.normalize("NFC", text)
        if len(text) > length and _combining().search(text):
            return Truncator(text).chars(length)
    if len(text) <= length:
        return text
    ellipsis = _ellipsis(get_language())
    return add_truncation_text(text[: calculate_truncate_chars_length(length, ellipsis)], ellipsis)


@cache
def _ellipsis(language: str | None) -> str:
    """The truncation text in ``language`` (translated once, not twice for every clipped text)."""
    return pgettext("String to return when truncating text", "%(truncated_text)s…")
