"""W3C Web Annotations: a claim's anchor as an Annotation, an article's as a collection, and import.

The standard: the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) with
TextQuoteSelector and TextPositionSelector. Its validator: ``../shared/evaldata/tools/wa_validate.py`` (the W3C
MUST assertions), run by ``tests/test_interop.py``. Writing to the database happens only in
``create_claims_from_annotations``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext

from ..anchoring import locate_match
from ..models import (
    Article,
    AttributionType,
    Claim,
    QuoteType,
    Speaker,
    SpeakerKind,
)

if TYPE_CHECKING:
    pass

from .common import absolute, iso

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def annotation_path(claim: Claim) -> str:
    return reverse("claims:annotation", args=[claim.pk])


def annotation_target(claim: Claim) -> dict | str:
    article = claim.article
    if article is None:
        return absolute(claim.get_absolute_url())
    selectors: list[dict] = [{"type": "TextQuoteSelector", "exact": claim.quote}]
    if claim.prefix:
        selectors[0]["prefix"] = claim.prefix
    if claim.suffix:
        selectors[0]["suffix"] = claim.suffix
    if claim.start is not None and claim.end is not None:
        selectors.append({"type": "TextPositionSelector", "start": claim.start, "end": claim.end})
    if not claim.quote:
        selectors = selectors[1:]
    target: dict[str, Any] = {"source": article.url or absolute(article.get_absolute_url())}
    if selectors:
        target["selector"] = selectors
    return target


def claimdesk_record(claim: Claim) -> dict:
    """Everything Claimdesk knows about the claim's attribution and verdict, lossless."""
    speaker = claim.speaker
    return {
        "text": claim.text,
        "attribution_type": claim.attribution_type,
        "attribution": claim.attribution,
        "cue": claim.cue,
        "quote_type": claim.quote_type,
        "anonymity_reason": claim.anonymity_reason,
        "speaker": (
            {
                "name": speaker.name,
                "kind": speaker.kind,
                "title": speaker.title,
                "affiliation": speaker.affiliation,
                "country": speaker.country,
            }
            if speaker
            else None
        ),
        "rating": (
            {"label": claim.rating.label, "slug": claim.rating.slug, "value": claim.rating.value}
            if claim.rating
            else None
        ),
        "summary": claim.summary,
        "stage": claim.stage,
        "is_orphaned": claim.is_orphaned,
    }


def annotation(claim: Claim) -> dict:
    """The claim as a W3C Web Annotation on its article's text."""
    language = claim.article.language if claim.article else "en"
    body: list[dict] = [
        {
            "type": "TextualBody",
            "purpose": "describing",
            "value": claim.text,
            "format": "text/plain",
            "language": language,
        },
        {"type": "TextualBody", "purpose": "tagging", "value": f"attribution:{claim.attribution_type}"},
    ]
    if claim.attribution or claim.speaker:
        who = claim.speaker.name if claim.speaker else claim.attribution
        described = f"Source: {who}" + (f"; as written: {claim.attribution}" if claim.attribution != who else "")
        if claim.cue:
            described += f"; cue: {claim.cue}"
        body.append({"type": "TextualBody", "purpose": "describing", "value": described, "format": "text/plain"})
    if claim.rating:
        body.append({"type": "TextualBody", "purpose": "assessing", "value": claim.rating.label})
    if claim.summary:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": claim.summary, "format": "text/plain"})
    # An External Web Resource (the claim's page) carrying Claimdesk's own fields; the
    # model forbids a purpose on it, so it has none.
    body.append({"id": absolute(claim.get_absolute_url()), "type": "Dataset", "claimdesk": claimdesk_record(claim)})
    data: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": absolute(annotation_path(claim)),
        "type": "Annotation",
        "motivation": "assessing" if claim.rating else "commenting",
        "created": iso(claim.created),
        "modified": iso(claim.updated),
        "body": body,
        "target": annotation_target(claim),
    }
    return {k: v for k, v in data.items() if v is not None}


def annotation_collection(article: Article, claims) -> dict:
    url = absolute(reverse("claims:article-annotations", args=[article.pk]))
    items = [annotation(claim) for claim in claims]
    return {
        "@context": ANNO_CONTEXT,
        "id": url,
        "type": "AnnotationCollection",
        "label": article.title,
        "total": len(items),
        "first": {"id": url + "?page=1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


@dataclass
class ParsedAnnotation:
    """What an uploaded annotation says about one claim."""

    exact: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    text: str = ""
    record: dict = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    assessment: str = ""
    comment: str = ""


class AnnotationError(ValueError):
    pass


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _annotation_items(data) -> list:
    if isinstance(data, list):
        return [item for part in data for item in _annotation_items(part)]
    if not isinstance(data, dict):
        raise AnnotationError(gettext("Expected a JSON object (an Annotation or an AnnotationCollection)."))
    kind = _as_list(data.get("type") or data.get("@type"))
    if "AnnotationCollection" in kind:
        first = data.get("first")
        if isinstance(first, dict):
            return _annotation_items(first)
        return _annotation_items(data.get("items", []))
    if "AnnotationPage" in kind:
        return _annotation_items(data.get("items", []))
    if "Annotation" in kind:
        return [data]
    if not kind:
        raise AnnotationError(gettext("Unsupported type missing: expected Annotation or AnnotationCollection."))
    message = gettext("Unsupported type %(type)s: expected Annotation or AnnotationCollection.")
    raise AnnotationError(message % {"type": kind})


def parse_annotation(item: dict) -> ParsedAnnotation:
    parsed = ParsedAnnotation()
    targets = _as_list(item.get("target"))
    if not targets:
        raise AnnotationError(gettext("The annotation has no target."))
    target = targets[0]
    for selector in _as_list(target.get("selector") if isinstance(target, dict) else None):
        if not isinstance(selector, dict):
            continue
        if selector.get("type") == "TextQuoteSelector" and isinstance(selector.get("exact"), str):
            parsed.exact = selector["exact"]
            parsed.prefix = str(selector.get("prefix") or "")
            parsed.suffix = str(selector.get("suffix") or "")
        elif selector.get("type") == "TextPositionSelector":
            start, end = selector.get("start"), selector.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
                parsed.start, parsed.end = start, end
    for body in _as_list(item.get("body")):
        if not isinstance(body, dict):
            continue
        if isinstance(body.get("claimdesk"), dict):
            parsed.record = body["claimdesk"]
            continue
        value, purpose = body.get("value"), body.get("purpose")
        if not isinstance(value, str):
            continue
        if purpose == "tagging":
            parsed.tags.append(value)
        elif purpose == "assessing":
            parsed.assessment = parsed.assessment or value
        elif purpose == "describing" and not parsed.text:
            parsed.text = value
        elif purpose == "commenting":
            parsed.comment = parsed.comment or value
    if isinstance(item.get("bodyValue"), str) and not parsed.text:
        parsed.text = item["bodyValue"]
    if not parsed.exact:
        raise AnnotationError(gettext("The annotation's target has no TextQuoteSelector with an exact quote."))
    return parsed


def parse_annotations(raw: str) -> list[ParsedAnnotation]:
    """Parse an uploaded annotation, list or collection; raise AnnotationError saying what is wrong."""
    try:
        data = json.loads(raw)
    except RecursionError as e:
        raise AnnotationError(gettext("The JSON is nested too deeply to be an annotation.")) from e
    except ValueError as e:
        raise AnnotationError(gettext("Not valid JSON: %(error)s") % {"error": e}) from e
    items = _annotation_items(data)
    if not items:
        raise AnnotationError(gettext("The upload holds no annotations."))
    parsed = []
    for number, item in enumerate(items, start=1):
        try:
            parsed.append(parse_annotation(item))
        except AnnotationError as e:
            raise AnnotationError(gettext("Annotation %(number)s: %(error)s") % {"number": number, "error": e}) from e
    return parsed


def _choice(value, choices, default):
    return value if value in choices.values else default


def create_claims_from_annotations(article: Article, parsed: list[ParsedAnnotation], *, by) -> dict:
    """Create one claim per parsed annotation, anchored on the article's current text.

    Nothing is dropped: what cannot be anchored becomes an orphan claim (no offsets,
    quote and context kept). Stage is never imported: new claims start as new.
    """
    report = {"created": 0, "anchored": 0, "fuzzy": 0, "orphaned": 0, "claims": []}
    desk = article.desk
    ratings = {r.slug: r for r in desk.ratings.all()}
    by_label = {r.label.casefold(): r for r in ratings.values()}
    with transaction.atomic():
        for p in parsed:
            record = p.record
            attribution_type = _choice(record.get("attribution_type"), AttributionType, None)
            if attribution_type is None:
                tagged = [t.split(":", 1)[1] for t in p.tags if t.startswith("attribution:")]
                attribution_type = _choice(tagged[0] if tagged else None, AttributionType, AttributionType.UNATTRIBUTED)
            speaker = None
            if isinstance(record.get("speaker"), dict) and record["speaker"].get("name"):
                info = record["speaker"]
                speaker, _ = Speaker.get_or_create_named(
                    desk,
                    str(info["name"])[:200],
                    kind=_choice(info.get("kind"), SpeakerKind, SpeakerKind.PERSON),
                    title=str(info.get("title") or "")[:200],
                    affiliation=str(info.get("affiliation") or "")[:200],
                    country=str(info.get("country") or "")[:100],
                )
            rating = None
            if isinstance(record.get("rating"), dict):
                rating = ratings.get(str(record["rating"].get("slug"))) or by_label.get(
                    str(record["rating"].get("label", "")).casefold()
                )
            elif p.assessment:
                rating = by_label.get(p.assessment.casefold())
            claim = Claim(
                desk=desk,
                article=article,
                text=str(record.get("text") or p.text or p.exact)[:5000],
                speaker=speaker,
                attribution_type=attribution_type,
                attribution=str(record.get("attribution") or "")[:300],
                cue=str(record.get("cue") or "")[:60],
                quote_type=_choice(record.get("quote_type"), QuoteType, QuoteType.NONE),
                anonymity_reason=str(record.get("anonymity_reason") or "")[:300],
                rating=rating,
                summary=str(record.get("summary") or p.comment or ""),
            )
            if claim.rating or claim.summary:
                claim.verdict_by = by  # whoever brings a verdict in cannot approve it (four eyes)
            found = locate_match(article.text, p.exact, p.prefix, p.suffix, p.start, p.end)
            if found is None:
                claim.quote, claim.prefix, claim.suffix = p.exact, p.prefix[-32:], p.suffix[:32]
                claim.is_orphaned = True
                report["orphaned"] += 1
            else:
                claim.anchor(found.start, found.end)
                report["fuzzy" if found.method == "fuzzy" else "anchored"] += 1
            claim._history_user = by
            claim._change_reason = "Imported from a Web Annotation"
            claim.save()
            report["created"] += 1
            report["claims"].append(claim)
    return report
