"""The desk's archive as the matcher sees it: "checked before?" for a claim.

One ``claims.matching.Matcher`` per desk and process, built from the desk's claims that carry a
verdict (the most recent ``ARCHIVE_MAX``) and the other fact-checkers' reviews it imported
(``ExternalCheck``), and rebuilt when either set changes (a cheap stamp query tells). Matching
is lexical (dev MAP@5 0.809 on CLEF 2020 Task 2, see bench/matching.py): the page says why each
match was found, and a person decides ("same claim as").
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from django.db.models import Count, Max

from .matching import Match, Matcher
from .models import Claim, ExternalCheck
from .search import Query, parse

ARCHIVE_MAX = 20_000
EXTERNAL = "x"  # keys of external checks in the matcher are (EXTERNAL, pk); claims' are their pk
_cache: dict[int, tuple[tuple, Matcher]] = {}
_lock = threading.Lock()


def _checked(desk_id: int):
    return Claim.objects.filter(desk_id=desk_id, rating__isnull=False)


def _stamp(desk_id: int) -> tuple:
    mine = _checked(desk_id).aggregate(n=Count("id"), at=Max("updated"))
    theirs = ExternalCheck.objects.filter(desk_id=desk_id).aggregate(n=Count("id"), top=Max("id"))
    return mine["n"], mine["at"], theirs["n"], theirs["top"]


def matcher_for(desk_id: int) -> Matcher:
    stamp = _stamp(desk_id)
    with _lock:
        cached = _cache.get(desk_id)
        if cached is not None and cached[0] == stamp:
            return cached[1]
    claims = _checked(desk_id).order_by("-updated", "-id").values_list("pk", "text", "speaker__name")[:ARCHIVE_MAX]
    external = ExternalCheck.objects.filter(desk_id=desk_id).order_by("-id").values_list("pk", "claim_reviewed")
    docs = [(pk, text, speaker or "") for pk, text, speaker in claims]
    docs += [((EXTERNAL, pk), text, "") for pk, text in external[:ARCHIVE_MAX]]
    matcher = Matcher(docs)
    with _lock:
        _cache[desk_id] = (stamp, matcher)
    return matcher


@dataclass(frozen=True)
class EarlierCheck:
    match: Match
    claim: Claim | None = None
    external: ExternalCheck | None = None

    @property
    def text(self) -> str:
        return self.claim.text if self.claim else self.external.claim_reviewed

    @property
    def why(self) -> Query:
        """The shared words and numbers, as a query the ``highlight`` filter marks."""
        return parse(" ".join(word.replace('"', " ") for word in self.match.shared))


def earlier_checks(claim: Claim, k: int = 5) -> list[EarlierCheck]:
    """The desk's checked claims and imported checks closest to ``claim``, best first, without itself."""
    matches = [m for m in matcher_for(claim.desk_id).rank(claim.text, k + 1) if m.key != claim.pk][:k]
    claim_ids = [m.key for m in matches if not isinstance(m.key, tuple)]
    external_ids = [m.key[1] for m in matches if isinstance(m.key, tuple)]
    claims = Claim.objects.select_related("rating", "speaker").in_bulk(claim_ids) if claim_ids else {}
    external = ExternalCheck.objects.in_bulk(external_ids) if external_ids else {}
    found = []
    for m in matches:
        if isinstance(m.key, tuple):
            if m.key[1] in external:
                found.append(EarlierCheck(m, external=external[m.key[1]]))
        elif m.key in claims:
            found.append(EarlierCheck(m, claim=claims[m.key]))
    return found
