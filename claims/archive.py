"""The desk's archive as the matcher sees it: "checked before?" for a claim, and its possible duplicates.

One ``claims.matching.Matcher`` per desk and process, built from the desk's claims that carry a
verdict (the most recent ``ARCHIVE_MAX``) and the other fact-checkers' reviews it imported
(``ExternalCheck``), and rebuilt when either set changes (a cheap stamp query tells). Matching
is lexical (dev MAP@5 0.825 on CLEF 2020 Task 2, see bench/matching.py): the page says why each
match was found, and a person decides ("same claim as").

A second matcher per desk holds its claims still in the review (``OPEN_STAGES``): a new claim, or a
suggestion in triage, that says what one of them says (``DUPLICATE_MIN``) is a possible duplicate.
The matcher's score ranks the candidates of one query against each other; the thresholds are on
``Match.overlap``, which does not depend on the other candidates. ``MATCH_MIN`` was chosen on CLEF
dev tweets (about half of the right top matches kept, no wrong top match when the right one is in
the archive, about one tweet in ten matched when it is not) and on the demo desk's claims.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from django.db.models import Count, Max, Q

from .matching import Match, Matcher
from .models import Claim, ClaimLink, Desk, ExternalCheck, Stage
from .search import Query, parse

ARCHIVE_MAX = 20_000
EXTERNAL = "x"  # keys of external checks in the matcher are (EXTERNAL, pk); claims' are their pk
OPEN_STAGES = (Stage.NEW, Stage.RESEARCH, Stage.CHANGES, Stage.REVIEW)
MATCH_MIN = 0.45  # the overlap from which triage says "checked before"
MIN_SHARED = 2  # ... and at least this many shared words or numbers (one shared word is chance)
DUPLICATE_MIN = 0.7  # stricter: "possible duplicate" is a claim saying (nearly) the same words
CHECKED, OPEN = "checked", "open"
_cache: dict[tuple[str, int], tuple[tuple, Matcher]] = {}
_memo: dict[int, tuple[Matcher, dict]] = {}  # id(matcher) -> (matcher, {(text, k): matches})
MEMO_MAX = 20_000
_lock = threading.Lock()


def _checked(desk_id: int):
    return Claim.objects.filter(desk_id=desk_id, rating__isnull=False)


def _open(desk_id: int):
    return Claim.objects.filter(desk_id=desk_id, stage__in=OPEN_STAGES)


def _stamps(desk_ids) -> dict[tuple[str, int], tuple]:
    """What each archive of each desk holds, in two queries for any number of desks."""
    checked, open_ = Q(rating__isnull=False), Q(stage__in=OPEN_STAGES)
    mine = {
        row["desk_id"]: row
        for row in Claim.objects.filter(desk_id__in=desk_ids)
        .order_by()
        .values("desk_id")
        .annotate(
            n=Count("id", filter=checked),
            at=Max("updated", filter=checked),
            open_n=Count("id", filter=open_),
            open_at=Max("updated", filter=open_),
        )
    }
    theirs = {
        row["desk_id"]: (row["n"], row["top"])
        for row in ExternalCheck.objects.filter(desk_id__in=desk_ids)
        .order_by()
        .values("desk_id")
        .annotate(n=Count("id"), top=Max("id"))
    }
    stamps = {}
    for desk_id in desk_ids:
        row = mine.get(desk_id, {})
        stamps[CHECKED, desk_id] = (row.get("n"), row.get("at"), *theirs.get(desk_id, (0, None)))
        stamps[OPEN, desk_id] = (row.get("open_n"), row.get("open_at"))
    return stamps


def _build(kind: str, desk_id: int) -> Matcher:
    if kind == OPEN:
        claims = _open(desk_id).order_by("-updated", "-id").values_list("pk", "text", "speaker__name")[:ARCHIVE_MAX]
        return Matcher((pk, text, speaker or "") for pk, text, speaker in claims)
    claims = _checked(desk_id).order_by("-updated", "-id").values_list("pk", "text", "speaker__name")[:ARCHIVE_MAX]
    external = ExternalCheck.objects.filter(desk_id=desk_id).order_by("-id").values_list("pk", "claim_reviewed")
    docs = [(pk, text, speaker or "") for pk, text, speaker in claims]
    docs += [((EXTERNAL, pk), text, "") for pk, text in external[:ARCHIVE_MAX]]
    return Matcher(docs)


def matchers_for(desk_ids, kinds=(CHECKED, OPEN)) -> dict[tuple[str, int], Matcher]:
    """The matchers of each desk, ``(CHECKED or OPEN, desk_id)``: rebuilt only when their stamp moved."""
    desk_ids = sorted(set(desk_ids))
    found = {}
    for key, stamp in _stamps(desk_ids).items():
        if key[0] not in kinds:
            continue
        with _lock:
            cached = _cache.get(key)
        if cached is None or cached[0] != stamp:
            if cached is not None:
                _memo.pop(id(cached[1]), None)
            cached = (stamp, _build(*key))
            with _lock:
                _cache[key] = cached
        found[key] = cached[1]
    return found


def matcher_for(desk_id: int) -> Matcher:
    """The desk's matcher over its checked claims and imported checks."""
    return matchers_for([desk_id], kinds=(CHECKED,))[CHECKED, desk_id]


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


def _found(matches: list[Match], claims: dict, external: dict) -> list[EarlierCheck]:
    found = []
    for m in matches:
        if isinstance(m.key, tuple):
            if m.key[1] in external:
                found.append(EarlierCheck(m, external=external[m.key[1]]))
        elif m.key in claims:
            found.append(EarlierCheck(m, claim=claims[m.key]))
    return found


def _rows(claim_ids, external_ids) -> tuple[dict, dict]:
    """The matched claims and imported checks, one query each (none when nothing matched)."""
    claims = Claim.objects.select_related("rating", "speaker").in_bulk(claim_ids) if claim_ids else {}
    external = ExternalCheck.objects.in_bulk(external_ids) if external_ids else {}
    return claims, external


def earlier_checks(claim: Claim, k: int = 5) -> list[EarlierCheck]:
    """The desk's checked claims and imported checks closest to ``claim``, best first, without itself."""
    return earlier_checks_of(claim.desk_id, claim.text, exclude=claim.pk, k=k)


def earlier_checks_of(desk_id: int, text: str, *, exclude: int | None = None, k: int = 5) -> list[EarlierCheck]:
    """The same for any text (a suggestion in triage is no claim yet)."""
    matches = [m for m in matcher_for(desk_id).rank(text, k + 1) if m.key != exclude][:k]
    claims, external = _rows(
        [m.key for m in matches if not isinstance(m.key, tuple)],
        [m.key[1] for m in matches if isinstance(m.key, tuple)],
    )
    return _found(matches, claims, external)


def _closest(matcher: Matcher, text: str, k: int) -> list[Match]:
    """``matcher.closest``, remembered per matcher (a rebuilt matcher starts afresh): triage asks the same
    suggestions again at every visit."""
    memo = _memo.setdefault(id(matcher), (matcher, {}))[1]
    found = memo.get((text, k))
    if found is None:
        found = memo[text, k] = matcher.closest(text, k)
        if len(memo) > MEMO_MAX:
            memo.clear()
    return found


def _duplicate_matches(matcher: Matcher, text: str, exclude: int | None, k: int) -> list[Match]:
    return [m for m in _closest(matcher, text, k + 1) if m.key != exclude and m.overlap >= DUPLICATE_MIN][:k]


def possible_duplicates(claim: Claim, k: int = 3) -> list[Claim]:
    """Other claims of the desk, still in the review, that say (nearly) what ``claim`` says, best first.
    Only for a claim itself in the review: a published claim is the earlier check, not the duplicate."""
    if claim.stage not in OPEN_STAGES:
        return []
    return possible_duplicates_of(claim.desk_id, claim.text, exclude=claim.pk, k=k)


def possible_duplicates_of(desk_id: int, text: str, *, exclude: int | None = None, k: int = 3) -> list[Claim]:
    """The same for any text."""
    matches = _duplicate_matches(matchers_for([desk_id], kinds=(OPEN,))[OPEN, desk_id], text, exclude, k)
    if not matches:
        return []
    rows = _open(desk_id).select_related("rating", "speaker").in_bulk([m.key for m in matches])
    return [rows[m.key] for m in matches if m.key in rows]


@dataclass
class Finding:
    """What triage says of one row: its best earlier check and its likeliest duplicate, each with the text
    (a suggestion) that matched, or None."""

    check: EarlierCheck | None = None
    check_from: object = None
    duplicate: Claim | None = None
    duplicate_from: object = None


def findings(rows: dict, per_row: int = 5) -> dict:
    """For each ``key: (desk_id, [items])`` (an item has ``.pk`` and ``.content``, e.g. a suggestion, the
    likeliest first), the ``Finding`` of its first items (``per_row``): the best earlier check above
    ``MATCH_MIN`` and the best claim in the review above ``DUPLICATE_MIN``. Queries: two stamps and at most two
    row fetches, for any number of rows and desks."""
    rows = {key: (desk_id, items[:per_row]) for key, (desk_id, items) in rows.items() if items}
    if not rows:
        return {}
    matchers = matchers_for(desk_id for desk_id, _ in rows.values())
    best: dict = {}
    for key, (desk_id, items) in rows.items():
        check = duplicate = None
        for item in items:
            if check is None or check[0].overlap < 1:
                for m in _closest(matchers[CHECKED, desk_id], item.content, 3):
                    if m.overlap >= MATCH_MIN and len(m.shared) >= MIN_SHARED:
                        if check is None or m.overlap > check[0].overlap:
                            check = (m, item)
                        break
            if duplicate is None or duplicate[0].overlap < 1:
                for m in _duplicate_matches(matchers[OPEN, desk_id], item.content, None, 1):
                    if duplicate is None or m.overlap > duplicate[0].overlap:
                        duplicate = (m, item)
        best[key] = (desk_id, check, duplicate)
    claim_ids = {c[0].key for _, c, _ in best.values() if c and not isinstance(c[0].key, tuple)}
    claim_ids |= {d[0].key for _, _, d in best.values() if d}
    external_ids = [c[0].key[1] for _, c, _ in best.values() if c and isinstance(c[0].key, tuple)]
    claims, external = _rows(sorted(claim_ids), external_ids)
    found = {}
    for key, (desk_id, check, duplicate) in best.items():
        finding = Finding()
        if check and (earlier := _found([check[0]], claims, external)):
            finding.check, finding.check_from = earlier[0], check[1]
        other = claims.get(duplicate[0].key) if duplicate else None
        if other is not None and other.desk_id == desk_id and other.stage in OPEN_STAGES:
            finding.duplicate, finding.duplicate_from = other, duplicate[1]
        found[key] = finding
    return found


# -- the list's "possible duplicates" filter ------------------------------------------------

_marked: dict[int, tuple] = {}  # desk id -> what its open claims and links were when last marked


def mark_duplicates(desk_id: int) -> int:
    """Store on each claim of the desk still in the review its likeliest possible duplicate
    (``Claim.possible_duplicate``, for the claim list's filter), and clear it where there is none
    any more: a claim that left the review, or a pair a person linked as the same claim. The
    flag is derived data, as the search index is: written in bulk, with no version, history or
    ``updated`` of the claim. The ``ARCHIVE_MAX`` most recent claims in the review are marked,
    the ones the matcher holds. Returns how many claims changed."""
    matcher = matchers_for([desk_id], kinds=(OPEN,))[OPEN, desk_id]
    rows = list(_open(desk_id).order_by("-updated", "-id").values_list("pk", "text")[:ARCHIVE_MAX])
    ids = [pk for pk, _ in rows]
    linked = {
        frozenset(pair)
        for pair in ClaimLink.objects.filter(Q(first_id__in=ids) | Q(second_id__in=ids)).values_list(
            "first_id", "second_id"
        )
    }
    wanted = {}
    for pk, text in rows:
        found = [m.key for m in _duplicate_matches(matcher, text, pk, 3) if frozenset((pk, m.key)) not in linked]
        wanted[pk] = found[0] if found else None
    current = dict(
        Claim.objects.filter(desk_id=desk_id)
        .filter(Q(pk__in=ids) | Q(possible_duplicate__isnull=False))
        .values_list("pk", "possible_duplicate_id")
    )
    changed = [
        Claim(pk=pk, possible_duplicate_id=wanted.get(pk)) for pk, now in current.items() if now != wanted.get(pk)
    ]
    Claim.objects.bulk_update(changed, ["possible_duplicate"], batch_size=500)
    return len(changed)


def mark_due_duplicates() -> int:
    """``mark_duplicates`` for each desk whose claims in the review, or whose links, moved since
    this process last marked it (the worker's schedule calls it). Returns the claims changed."""
    desk_ids = list(Desk.objects.values_list("pk", flat=True))
    links = {
        desk_id: (n, top)
        for desk_id, n, top in ClaimLink.objects.order_by()
        .values("first__desk_id")
        .annotate(n=Count("id"), top=Max("id"))
        .values_list("first__desk_id", "n", "top")
    }
    changed = 0
    for (kind, desk_id), stamp in _stamps(desk_ids).items():
        if kind != OPEN:
            continue
        stamp = (*stamp, links.get(desk_id))
        if _marked.get(desk_id) != stamp:
            changed += mark_duplicates(desk_id)
            _marked[desk_id] = stamp
    return changed
