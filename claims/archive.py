"""The desk's archive as the matcher sees it: "checked before?" for a claim.

One ``claims.matching.Matcher`` per desk and process, built from the desk's claims that carry a
verdict (the most recent ``ARCHIVE_MAX``) and rebuilt when that set changes (a cheap stamp
query tells). Matching is lexical (dev MAP@5 0.809 on CLEF 2020 Task 2, see bench/matching.py):
the page says why each match was found, and a person decides ("same claim as").
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from django.db.models import Count, Max

from .matching import Match, Matcher
from .models import Claim
from .search import Query, parse

ARCHIVE_MAX = 20_000
_cache: dict[int, tuple[tuple, Matcher]] = {}
_lock = threading.Lock()


def _checked(desk_id: int):
    return Claim.objects.filter(desk_id=desk_id, rating__isnull=False)


def matcher_for(desk_id: int) -> Matcher:
    stamp_row = _checked(desk_id).aggregate(n=Count("id"), at=Max("updated"))
    stamp = (stamp_row["n"], stamp_row["at"])
    with _lock:
        cached = _cache.get(desk_id)
        if cached is not None and cached[0] == stamp:
            return cached[1]
    rows = _checked(desk_id).order_by("-updated", "-id").values_list("pk", "text", "speaker__name")[:ARCHIVE_MAX]
    matcher = Matcher((pk, text, speaker or "") for pk, text, speaker in rows)
    with _lock:
        _cache[desk_id] = (stamp, matcher)
    return matcher


@dataclass(frozen=True)
class EarlierCheck:
    claim: Claim
    match: Match

    @property
    def why(self) -> Query:
        """The shared words and numbers, as a query the ``highlight`` filter marks."""
        return parse(" ".join(word.replace('"', " ") for word in self.match.shared))


def earlier_checks(claim: Claim, k: int = 5) -> list[EarlierCheck]:
    """The desk's checked claims closest to ``claim``, best first, without itself."""
    matches = [m for m in matcher_for(claim.desk_id).rank(claim.text, k + 1) if m.key != claim.pk][:k]
    found = Claim.objects.select_related("rating", "speaker", "article__outlet").in_bulk([m.key for m in matches])
    return [EarlierCheck(found[m.key], m) for m in matches if m.key in found]
