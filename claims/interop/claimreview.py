"""ClaimReview (schema.org) for published fact checks.

The standard: https://schema.org/ClaimReview and Google's structured-data guidelines for fact checks.
Its validator: ``../shared/evaldata/claimreview/claimreview.schema.json`` and
``../shared/evaldata/tools/validate_claimreview.py``, both run by ``tests/test_interop.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.urls import reverse
from django.utils import timezone

from ..models import (
    AttributionType,
    Claim,
    SpeakerKind,
)

if TYPE_CHECKING:
    pass

from .common import absolute

SCHEMA_ORG = "https://schema.org"


def public_path(claim: Claim) -> str:
    return reverse("claims:published", args=[claim.pk])


def speaker_agent(claim: Claim) -> dict | None:
    """The claim's author as schema.org Person/Organization, or None: nothing is invented
    for anonymous or unattributed claims that have no speaker on record."""
    speaker = claim.speaker
    if speaker is None or claim.attribution_type == AttributionType.UNATTRIBUTED:
        return None
    if speaker.kind == SpeakerKind.PERSON:
        agent = {"@type": "Person", "name": speaker.name}
        if speaker.title:
            agent["jobTitle"] = speaker.title
        return agent
    return {"@type": "Organization", "name": speaker.name}


def claimreview(claim: Claim) -> dict:
    """The schema.org ClaimReview of a published claim (Google's fact-check markup)."""
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": claim.rating.label if claim.rating else "Unrated"}
    if claim.rating and claim.rating.value is not None:
        rating.update(ratingValue=claim.rating.value, bestRating=5, worstRating=1)
    desk = claim.desk
    author = {"@type": "Organization", "name": desk.name}
    if desk.url:
        author["url"] = desk.url
    data: dict[str, Any] = {
        "@context": SCHEMA_ORG,
        "@type": "ClaimReview",
        "url": absolute(public_path(claim)),
        "claimReviewed": claim.text,
        "reviewRating": rating,
        "author": author,
    }
    if claim.published:
        data["datePublished"] = timezone.localdate(claim.published).isoformat()
    item: dict[str, Any] = {"@type": "Claim"}
    if agent := speaker_agent(claim):
        item["author"] = agent
    article = claim.article
    if article is not None:
        if article.published:
            item["datePublished"] = article.published.isoformat()
        if article.url:
            item["appearance"] = [{"@type": "CreativeWork", "url": article.url, "headline": article.title}]
        data["inLanguage"] = article.language
    data["itemReviewed"] = item
    if claim.summary:
        data["reviewBody"] = claim.summary
    return data
