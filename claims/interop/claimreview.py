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

from ..models import AttributionType, Publication, SpeakerKind
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
