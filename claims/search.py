"""Full-text search, the parts that need no database: folding, the query syntax, highlighting.

Both backends index and query *folded* text (case folded, accents and Arabic diacritics
removed, Arabic letter variants unified), so ``ÉLYSÉE``, ``élysée`` and ``Elysee`` all find
``Élysée``, ``أعلن`` finds ``اعلن``, ``مستشفى`` finds ``مستشفي`` and ``الوزارة`` finds ``الوزاره``. The query syntax is what search boxes taught people: words (each a prefix, so a
word being typed already finds), ``"an exact phrase"``, and ``-word`` or ``-"a phrase"`` to
exclude. ``models.ClaimSearch`` turns a parsed query into PostgreSQL ``tsquery`` or SQLite
FTS5 syntax; only word characters ever reach either.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

TATWEEL = "\u0640"
# Arabic letters written more than one way, each to one form: alef maqsura to yeh, taa marbuta
# to heh, the Persian forms of yeh and kaf to the Arabic ones; Arabic-Indic digits to 0-9. (The
# hamza forms of alef, of waw and of yeh lose their hamza as a combining mark, with the harakat.)
ARABIC_VARIANTS = str.maketrans(
    {"\u0649": "\u064a", "\u0629": "\u0647", "\u06cc": "\u064a", "\u06a9": "\u0643"}
    | {chr(0x0660 + d): str(d) for d in range(10)}
    | {chr(0x06F0 + d): str(d) for d in range(10)}
)
WORD = re.compile(r"\w+")
TERM = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')


def fold(text: str) -> str:
    """Case folded, with combining marks (accents, harakat, hamza above and below, madda) and
    tatweel removed, and Arabic's letter variants written one way (``ARABIC_VARIANTS``)."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c != TATWEEL).translate(ARABIC_VARIANTS)


@dataclass(frozen=True)
class Query:
    """A parsed search: phrases that must all match and phrases that must not (each a tuple of
    folded words; a one-word phrase is a word, matched as a prefix)."""

    include: tuple[tuple[str, ...], ...] = field(default=())
    exclude: tuple[tuple[str, ...], ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.include or self.exclude)

    @property
    def words(self) -> list[str]:
        """The folded words to highlight."""
        return [w for phrase in self.include for w in phrase]


MAX_TERMS = 12  # a pasted paragraph is a query of its first words, not hundreds of clauses


def parse(raw: str) -> Query:
    include, exclude = [], []
    for m in TERM.finditer(raw or ""):
        negated = bool(m.group(1) or m.group(3))
        text = m.group(2) if m.group(2) is not None else m.group(4)
        words = tuple(WORD.findall(fold(text)))
        if not words:
            continue
        (exclude if negated else include).append(words)
        if len(include) + len(exclude) >= MAX_TERMS:
            break
    return Query(tuple(include), tuple(exclude))


def highlight(text: str, query: Query) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, matched) pairs: words whose folded form starts with a searched
    word are matched. The template renders the pairs, escaping each piece (no HTML built here)."""
    words = query.words
    if not words or not text:
        return [(text, False)]
    pieces, last = [], 0
    for m in WORD.finditer(text):
        if any(fold(m.group()).startswith(w) for w in words):
            if m.start() > last:
                pieces.append((text[last : m.start()], False))
            pieces.append((m.group(), True))
            last = m.end()
    if last < len(text):
        pieces.append((text[last:], False))
    return pieces


# A search with more matches than this is counted as "more than" and, unless another sort was
# chosen, listed newest first: ranking every match of a common word in a big archive took
# seconds (``pagination.IdsFirstPaginator``).
RANK_LIMIT = 1000
