"""ClaimReview (schema.org) for published fact checks.

The standard: https://schema.org/ClaimReview and Google's structured-data guidelines for fact checks.
Its validator: ``../shared/evaldata/claimreview/claimreview.schema.json`` and
``../shared/evaldata/tools/validate_claimreview.py``, both run by ``tests/test_interop.py``.

Built from a ``Publication`` (the frozen record of what was approved and published), never
from the live claim: a later edit, a renamed speaker or a relabelled rating changes nothing
here until a correction is approved and published.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from ..models import AttributionType, Publication, SpeakerKind
from ..text import bounded_json_loads, storable
from .common import absolute

SCHEMA_ORG = "https://schema.org"


def public_path(claim_id: int) -> str:
    return reverse("claims:published", args=[claim_id])


def speaker_agent(record: dict) -> dict | None:
    """The claim's author as schema.org Person/Organization, or None: nothing is invented
    for anonymous or unattributed claims that have no speaker on record."""
    speaker = record.get("speaker")
    if speaker is None or record.get("attribution_type") == AttributionType.UNATTRIBUTED:
        return None
    if speaker["kind"] == SpeakerKind.PERSON:
        agent = {"@type": "Person", "name": speaker["name"]}
        if speaker.get("title"):
            agent["jobTitle"] = speaker["title"]
        return agent
    return {"@type": "Organization", "name": speaker["name"]}


def claimreview(publication: Publication) -> dict:
    """The schema.org ClaimReview of one publication (Google's fact-check markup)."""
    record = publication.record
    verdict = record.get("rating")
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict["label"] if verdict else "Unrated"}
    if verdict and verdict.get("value") is not None:
        rating.update(ratingValue=verdict["value"], bestRating=5, worstRating=1)
    desk = record["desk"]
    author = {"@type": "Organization", "name": desk["name"]}
    if desk.get("url"):
        author["url"] = desk["url"]
    data: dict[str, Any] = {
        "@context": SCHEMA_ORG,
        "@type": "ClaimReview",
        "url": absolute(public_path(publication.claim_id)),
        "claimReviewed": record["text"],
        "reviewRating": rating,
        "author": author,
        "datePublished": timezone.localdate(publication.published).isoformat(),
    }
    item: dict[str, Any] = {"@type": "Claim"}
    if agent := speaker_agent(record):
        item["author"] = agent
    article = record.get("article")
    if article is not None:
        if article.get("published"):
            item["datePublished"] = dt.date.fromisoformat(article["published"]).isoformat()
        if article.get("url"):
            item["appearance"] = [{"@type": "CreativeWork", "url": article["url"], "headline": article["title"]}]
        data["inLanguage"] = article["language"]
    data["itemReviewed"] = item
    if record.get("summary"):
        data["reviewBody"] = record["summary"]
    return data


# -- reading other fact-checkers' ClaimReview ------------------------------------------------


class ClaimReviewError(ValueError):
    """Why a file or feed holds no ClaimReview to import."""


def _text(value) -> str:
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if isinstance(value, list):
        value = value[0] if value else ""
    # Other fact-checkers' records, not typed here: cleaned of what cannot be stored, not refused.
    return storable(str(value or "")).strip()


def _reviews(node, depth: int = 0):
    """Every ClaimReview object in a JSON-LD document: one, a list, an @graph, or a DataFeed
    (Google's ClaimReview feed: dataFeedElement → item)."""
    if depth > 8:
        return
    if isinstance(node, list):
        for item in node[:50_000]:
            yield from _reviews(item, depth + 1)
    elif isinstance(node, dict):
        kind = node.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "ClaimReview" in kinds:
            yield node
            return
        for key in ("@graph", "dataFeedElement", "item", "itemListElement"):
            if key in node:
                yield from _reviews(node[key], depth + 1)


def parse_claimreviews(data) -> list[dict]:
    """The reviews of a ClaimReview document as ExternalCheck fields, skipping any without a
    claim or an http(s) URL; ClaimReviewError when there is none at all."""
    from django.core.exceptions import ValidationError
    from django.utils.dateparse import parse_date

    from ..models import HTTP_URL

    found = []
    for review in _reviews(data):
        url = _text(review.get("url"))
        claim = _text(review.get("claimReviewed"))
        try:
            HTTP_URL(url)
        except ValidationError:
            continue
        if not claim or len(url) > 500:
            continue
        rating = review.get("reviewRating") or {}
        rating = rating[0] if isinstance(rating, list) and rating else rating
        try:
            published = parse_date(_text(review.get("datePublished"))[:10])
        except ValueError:
            published = None
        found.append(
            {
                "claim_reviewed": claim[:5000],
                "rating": _text(rating.get("alternateName") if isinstance(rating, dict) else "")[:200],
                "publisher": _text(review.get("author") or review.get("publisher"))[:200],
                "url": url,
                "published": published,
            }
        )
    if not found:
        raise ClaimReviewError(gettext("No ClaimReview with a claim and an http(s) URL was found."))
    return found


def import_claimreviews(desk, data) -> int:
    """Add the reviews the desk does not have yet (by URL); returns how many were added."""
    from ..models import ExternalCheck

    rows = parse_claimreviews(data)
    known = set(ExternalCheck.objects.filter(desk=desk, url__in=[r["url"] for r in rows]).values_list("url", flat=True))
    new, seen = [], set(known)
    for row in rows:
        if row["url"] not in seen:
            seen.add(row["url"])
            new.append(ExternalCheck(desk=desk, **row))
    ExternalCheck.objects.bulk_create(new, batch_size=1000, ignore_conflicts=True)
    return len(new)


def import_job(job) -> None:
    """Fetch a ClaimReview file or feed (the guarded fetcher) and import its reviews."""
    from ..fetch import FetchError, fetch_url
    from ..models import JobError, isolate
    from ..permissions import is_editor

    if job.created_by is None or not is_editor(job.created_by, job.desk_id):
        raise JobError(gettext("Whoever runs this import must be an editor of %(desk)s.") % {"desk": isolate(job.desk)})
    url = job.params["url"]
    job.report(gettext("Fetching %(url)s…") % {"url": isolate(url)}, progress=10)
    try:
        page = fetch_url(url, max_bytes=20_000_000, accept="application/ld+json, application/json;q=0.9, */*;q=0.5")
        data = bounded_json_loads(page.text())
        added = import_claimreviews(job.desk, data)
    except (FetchError, ClaimReviewError) as e:
        raise JobError(str(e)) from e
    except (ValueError, RecursionError) as e:
        raise JobError(gettext("%(url)s is not JSON (%(error)s).") % {"url": url, "error": type(e).__name__}) from e
    message = ngettext(
        "%(count)s new checks by other fact-checkers imported.",
        "%(count)s new checks by other fact-checkers imported.",
        added,
    )
    job.succeed(message % {"count": added}, imported=added)
