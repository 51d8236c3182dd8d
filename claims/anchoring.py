"""Re-anchoring claims after an article's text changes.

The core, :func:`locate`, is text-only and Django-free (``bench/reanchor.py`` calls it
without a database). It finds where a quote now sits, in three steps:

1. **position**: ``text[start:end]`` still equals the quote;
2. **exact**: the quote occurs verbatim; with several occurrences, the one whose
   prefix/suffix context matches best (closest to the old position on a tie);
3. **fuzzy**: rapidfuzz aligns the quote in the text (around the old position first,
   then anywhere), each boundary is refined against the quote's head/tail and its
   context, and the span is accepted only if it is similar enough to the quote
   (shorter quotes must match more closely; matching context lowers the bar a little).

What cannot be found is an orphan: ``None``. Nothing is ever silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

CONTEXT = 32  # characters of prefix/suffix used (the model keeps 32)
EDGE = 24  # characters of the quote's head/tail compared at each boundary


@dataclass(frozen=True)
class Located:
    start: int
    end: int
    method: str  # "position", "exact" or "fuzzy"
    score: float  # similarity of text[start:end] to the quote, 0..100


def required_score(length: int, context_agrees: bool) -> float:
    """How similar a fuzzy span must be to the old quote to be accepted."""
    if length >= 80:
        bar = 72.0
    elif length >= 40:
        bar = 80.0
    elif length >= 20:
        bar = 86.0
    else:
        bar = 92.0
    return bar - 8.0 if context_agrees else bar


def _prefix_score(text: str, at: int, prefix: str) -> float:
    prefix = prefix[-CONTEXT:]
    if not prefix:
        return 100.0 if at == 0 else 50.0
    return fuzz.ratio(text[max(0, at - len(prefix)) : at], prefix)


def _suffix_score(text: str, at: int, suffix: str) -> float:
    suffix = suffix[:CONTEXT]
    if not suffix:
        return 100.0 if at == len(text) else 50.0
    return fuzz.ratio(text[at : at + len(suffix)], suffix)


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> float:
    return (_prefix_score(text, start, prefix) + _suffix_score(text, end, suffix)) / 2


def _occurrences(text: str, exact: str) -> list[int]:
    found, at = [], text.find(exact)
    while at >= 0:
        found.append(at)
        at = text.find(exact, at + 1)
    return found


def _best_occurrence(text: str, exact: str, prefix: str, suffix: str, hint: int | None) -> tuple[int, float] | None:
    found = _occurrences(text, exact)
    if not found:
        return None
    if len(found) == 1:
        at = found[0]
        return at, _context_score(text, at, at + len(exact), prefix, suffix)
    size = max(len(text), 1)

    def key(at: int) -> tuple[float, float]:
        context = _context_score(text, at, at + len(exact), prefix, suffix)
        distance = abs(at - hint) / size if hint is not None else 0.0
        return (context - 5.0 * distance, -distance)

    at = max(found, key=key)
    return at, _context_score(text, at, at + len(exact), prefix, suffix)


def _run_back(text: str, at: int, prefix: str) -> int:
    """How many characters before ``at`` equal the end of ``prefix``."""
    n = 0
    limit = min(len(prefix), at, CONTEXT)
    while n < limit and text[at - 1 - n] == prefix[-1 - n]:
        n += 1
    return n


def _run_fwd(text: str, at: int, other: str, limit: int) -> int:
    """How many characters from ``at`` equal the start of ``other``."""
    n = 0
    limit = min(len(other), len(text) - at, limit)
    while n < limit and text[at + n] == other[n]:
        n += 1
    return n


def _run_tail(text: str, at: int, exact: str, floor: int) -> int:
    """How many characters before ``at`` (not before ``floor``) equal the end of ``exact``."""
    n = 0
    limit = min(len(exact), at - floor, EDGE)
    while n < limit and text[at - 1 - n] == exact[-1 - n]:
        n += 1
    return n


def _prefix_holds(text: str, at: int, prefix: str) -> bool:
    if not prefix:
        return at == 0
    return _run_back(text, at, prefix) >= min(len(prefix), 12)


def _suffix_holds(text: str, at: int, suffix: str) -> bool:
    if not suffix:
        return at == len(text)
    return _run_fwd(text, at, suffix, CONTEXT) >= min(len(suffix), 12)


def _refine_start(text: str, exact: str, prefix: str, around: int, slack: int) -> int:
    """The start near ``around`` best supported by the prefix before it and the quote's head after it.

    Words inserted near the quote's start push the aligned window later, so look further back.
    """
    head = exact[:EDGE]
    lo, hi = max(0, around - slack - 48), min(len(text) - 1, around + slack)

    def key(s: int) -> tuple[float, int]:
        runs = _run_back(text, s, prefix) + _run_fwd(text, s, head, EDGE)
        ratios = 2 * fuzz.ratio(text[s : s + len(head)], head) + _prefix_score(text, s, prefix)
        return (runs + ratios / 30, -abs(s - around))

    return max(range(lo, hi + 1), key=key)


def _refine_end(text: str, exact: str, suffix: str, start: int, around: int, length: int) -> int:
    """The end after ``start`` best supported by the quote's tail before it and the suffix after it."""
    tail = exact[-EDGE:]
    lo = max(start + 1, start + length // 3)
    hi = min(len(text), start + 2 * length + 64)
    if lo > hi:
        lo = hi = min(len(text), max(start + 1, around))

    def key(e: int) -> tuple[float, int]:
        runs = _run_tail(text, e, exact, start) + _run_fwd(text, e, suffix, CONTEXT)
        ratios = 2 * fuzz.ratio(text[max(start, e - len(tail)) : e], tail) + _suffix_score(text, e, suffix)
        return (runs + ratios / 30, -abs(e - around))

    return max(range(lo, hi + 1), key=key)


def _accept(text: str, exact: str, prefix: str, suffix: str, start: int, end: int) -> float | None:
    """The span's similarity to the quote if it is close enough to count as the quote, else None."""
    span = text[start:end]
    score = fuzz.ratio(span, exact)
    holds = _prefix_holds(text, start, prefix) and _suffix_holds(text, end, suffix)
    if score >= required_score(len(exact), holds):
        return score
    # Both edges sit exactly in the old context and nearly all of the quote survives in
    # order: words were inserted into (or cut from) the quote where it was.
    common = score / 100 * (len(span) + len(exact)) / 2  # Indel: the longest common subsequence
    if holds and common >= 0.85 * len(exact) and common >= 0.4 * len(span):
        return score
    # One edge holds (the text on the other side was edited too) and all of the quote survives.
    one_edge = _prefix_holds(text, start, prefix) or _suffix_holds(text, end, suffix)
    if one_edge and common >= 0.95 * len(exact) and len(span) <= 1.5 * len(exact):
        return score
    return None


MAX_FUZZY_QUOTE = 2000  # fuzzy alignment grows with the square of the quote: beyond this, exact only


def _fuzzy(text: str, exact: str, prefix: str, suffix: str, hint: int | None) -> Located | None:
    length = len(exact)
    if length > MAX_FUZZY_QUOTE:
        return None  # a quote this long is a paragraph or more: if it is not found exactly, it is an orphan
    regions = []
    if hint is not None and len(text) > 4 * length + 1024:
        regions.append((max(0, hint - 2 * length - 512), min(len(text), hint + 3 * length + 512)))
    regions.append((0, len(text)))
    for lo, hi in regions:
        aligned = fuzz.partial_ratio_alignment(exact, text[lo:hi], score_cutoff=50)
        if aligned is None:
            continue
        if length <= hi - lo:
            window_start, window_end = lo + aligned.dest_start, lo + aligned.dest_end
        else:  # the quote is longer than the text: rapidfuzz aligned the text inside the quote
            window_start, window_end = lo, hi
        slack = max(16, length // 2)
        start = _refine_start(text, exact, prefix, window_start, slack)
        end = _refine_end(text, exact, suffix, start, window_end, length)
        if end <= start:
            continue
        score = _accept(text, exact, prefix, suffix, start, end)
        if score is not None:
            return Located(start, end, "fuzzy", score)
    return None


def locate_match(
    text: str, exact: str, prefix: str = "", suffix: str = "", start: int | None = None, end: int | None = None
) -> Located | None:
    """Where ``exact`` (last seen at ``start``–``end`` between ``prefix`` and ``suffix``) now is, or None."""
    if not exact or not text:
        return None
    if start is not None and end is not None and 0 <= start < end <= len(text) and text[start:end] == exact:
        return Located(start, end, "position", 100.0)
    best = _best_occurrence(text, exact, prefix, suffix, start)
    if best is not None:
        at, context = best
        if context >= 60 or start is None:
            return Located(at, at + len(exact), "exact", 100.0)
        # The only verbatim copies sit in a foreign context: the quote itself may have been
        # edited where it was. Prefer a fuzzy match there if its context clearly agrees.
        fuzzy = _fuzzy(text, exact, prefix, suffix, start)
        if fuzzy is not None and _context_score(text, fuzzy.start, fuzzy.end, prefix, suffix) >= max(80, context + 20):
            return fuzzy
        return Located(at, at + len(exact), "exact", 100.0)
    return _fuzzy(text, exact, prefix, suffix, start)


def locate(
    text: str, exact: str, prefix: str = "", suffix: str = "", start: int | None = None, end: int | None = None
) -> tuple[int, int] | None:
    """The new ``(start, end)`` of a quote in ``text``, or None when it cannot be anchored."""
    found = locate_match(text, exact, prefix, suffix, start, end)
    return (found.start, found.end) if found else None


def context_of(text: str, start: int, end: int) -> tuple[str, str]:
    """The prefix and suffix kept with an anchor."""
    return text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]


def reanchor_claims(article, *, by=None) -> dict:
    """Re-anchor every claim of ``article`` on its current text; report what happened.

    ``kept``: the anchor still points at its quote (context refreshed if it changed);
    ``moved``: found elsewhere, exactly or fuzzily (the quote then becomes the new text of
    the span; an orphan that is found again is also ``moved``); ``orphaned``: not found,
    offsets emptied, quote and context kept so a later revision can find it again.
    """
    report = {"kept": 0, "moved": 0, "orphaned": 0}
    text = article.text
    fields = ["start", "end", "quote", "prefix", "suffix", "is_orphaned"]
    for claim in article.claims.exclude(quote="").order_by("id"):
        claim.article = article  # the revised text, without another query
        before = (claim.start, claim.end, claim.quote, claim.prefix, claim.suffix, claim.is_orphaned)
        found = locate_match(text, claim.quote, claim.prefix, claim.suffix, claim.start, claim.end)
        if found is None:
            claim.start = claim.end = None
            claim.is_orphaned = True
            report["orphaned"] += 1
        else:
            claim.anchor(found.start, found.end)
            claim.is_orphaned = False
            same_place = found.method == "position" and not before[5]
            report["kept" if same_place else "moved"] += 1
        if (claim.start, claim.end, claim.quote, claim.prefix, claim.suffix, claim.is_orphaned) != before:
            # Through the claim's guarded write: a quote that changed is a changed verdict.
            reason = f"Re-anchored on revision {getattr(article, 'revision', '')}".strip()
            claim.change(by=by, version=None, fields=fields, reason=reason)
    return report
