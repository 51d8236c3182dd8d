"""Claimdesk's exchange formats: ClaimReview, W3C Web Annotations, CSV and the desk JSON.

Builders take model instances (already fetched with their relations) and return plain
dicts or rows; parsers take uploaded text and return plain data plus errors. Writing to
the database is limited to the explicit importers (``create_claims_from_annotations``,
``import_claim_rows``, ``import_source_rows``, ``import_desk``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from .anchoring import locate_match
from .models import (
    Article,
    AttributionType,
    Claim,
    Desk,
    Note,
    Outlet,
    QuoteType,
    Rating,
    Source,
    SourceKind,
    Speaker,
    SpeakerKind,
    StageChange,
    Stance,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

SCHEMA_ORG = "https://schema.org"
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
DESK_FORMAT = "claimdesk-desk"
DESK_FORMAT_VERSION = 1


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def _iso(value: dt.datetime | None) -> str | None:
    """An aware datetime as ISO 8601 UTC with seconds and ``Z`` (what both validators expect)."""
    if value is None:
        return None
    return value.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# -- ClaimReview ---------------------------------------------------------------------


def public_path(claim: Claim) -> str:
    return reverse("interop:published", args=[claim.pk])


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


# -- Web Annotation ------------------------------------------------------------------


def annotation_path(claim: Claim) -> str:
    return reverse("interop:annotation", args=[claim.pk])


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
        "created": _iso(claim.created),
        "modified": _iso(claim.updated),
        "body": body,
        "target": annotation_target(claim),
    }
    return {k: v for k, v in data.items() if v is not None}


def annotation_collection(article: Article, claims) -> dict:
    url = absolute(reverse("interop:article_annotations", args=[article.pk]))
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
        raise AnnotationError("Expected a JSON object (an Annotation or an AnnotationCollection).")
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
    raise AnnotationError(f"Unsupported type {kind or 'missing'}: expected Annotation or AnnotationCollection.")


def parse_annotation(item: dict) -> ParsedAnnotation:
    parsed = ParsedAnnotation()
    targets = _as_list(item.get("target"))
    if not targets:
        raise AnnotationError("The annotation has no target.")
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
        raise AnnotationError("The annotation's target has no TextQuoteSelector with an exact quote.")
    return parsed


def parse_annotations(raw: str) -> list[ParsedAnnotation]:
    """Parse an uploaded annotation, list or collection; raise AnnotationError saying what is wrong."""
    try:
        data = json.loads(raw)
    except RecursionError as e:
        raise AnnotationError("The JSON is nested too deeply to be an annotation.") from e
    except ValueError as e:
        raise AnnotationError(f"Not valid JSON: {e}") from e
    items = _annotation_items(data)
    if not items:
        raise AnnotationError("The upload holds no annotations.")
    parsed = []
    for number, item in enumerate(items, start=1):
        try:
            parsed.append(parse_annotation(item))
        except AnnotationError as e:
            raise AnnotationError(f"Annotation {number}: {e}") from e
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


# -- CSV -----------------------------------------------------------------------------

CLAIM_CSV_HEADER = [
    "id",
    "claim",
    "quote",
    "speaker",
    "attribution_type",
    "attribution",
    "cue",
    "quote_type",
    "anonymity_reason",
    "verdict",
    "stage",
    "assignee",
    "sources",
    "article_title",
    "article_url",
    "updated",
]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str:
    """A cell that a spreadsheet will not run as a formula (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def claim_csv_row(claim: Claim) -> list[str]:
    """One export row; ``claim`` comes from ``Claim.objects.for_list()`` (source_count annotated)."""
    article = claim.article
    return [
        csv_cell(v)
        for v in (
            claim.pk,
            claim.text,
            claim.quote,
            claim.speaker.name if claim.speaker else "",
            claim.attribution_type,
            claim.attribution,
            claim.cue,
            claim.quote_type,
            claim.anonymity_reason,
            claim.rating.label if claim.rating else "",
            claim.stage,
            claim.assignee.get_username() if claim.assignee else "",
            getattr(claim, "source_count", ""),
            article.title if article else "",
            article.url if article else "",
            _iso(claim.updated),
        )
    ]


CLAIM_IMPORT_COLUMNS = [
    "article_url",
    "article_id",
    "text",
    "quote",
    "speaker",
    "attribution_type",
    "attribution",
    "cue",
    "quote_type",
    "anonymity_reason",
]
SOURCE_IMPORT_COLUMNS = [
    "claim_id",
    "url",
    "title",
    "publisher",
    "kind",
    "stance",
    "excerpt",
    "accessed",
    "archive_url",
]
MAX_CSV_ROWS = 5000


@dataclass
class CsvRow:
    line: int
    values: dict[str, str]
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class CsvPreview:
    kind: str
    columns: list[str]
    rows: list[CsvRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # file-level

    @property
    def ok(self) -> bool:
        return not self.errors and all(not row.errors for row in self.rows) and bool(self.rows)

    @property
    def error_count(self) -> int:
        return len(self.errors) + sum(len(row.errors) for row in self.rows)


def _uncell(value: str | None) -> str:
    value = (value or "").strip()
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def _read_csv(raw: str, kind: str, allowed: list[str], required: list[str]) -> tuple[CsvPreview, list]:
    preview = CsvPreview(kind=kind, columns=[])
    reader = csv.DictReader(io.StringIO(raw.lstrip("\ufeff")))
    try:
        header = [h.strip() for h in (reader.fieldnames or [])]
    except csv.Error as e:
        preview.errors.append(f"Line 1: not readable as CSV ({e}).")
        return preview, []
    if not header:
        preview.errors.append("The file is empty: expected a header line with column names.")
        return preview, []
    reader.fieldnames = header
    unknown = [h for h in header if h and h not in allowed]
    if unknown:
        preview.errors.append(f"Line 1: unknown column(s) {', '.join(unknown)}; allowed: {', '.join(allowed)}.")
    missing = [h for h in required if h not in header]
    if missing:
        preview.errors.append(f"Line 1: missing required column(s) {', '.join(missing)}.")
    preview.columns = [h for h in header if h in allowed]
    rows = []
    try:
        for record in reader:
            if len(rows) >= MAX_CSV_ROWS:
                preview.errors.append(f"More than {MAX_CSV_ROWS} rows: split the file.")
                break
            if None in record:
                values = {k: _uncell(record.get(k)) for k in preview.columns}
                row = CsvRow(line=reader.line_num, values=values)
                row.errors.append(f"line {reader.line_num}: more cells than columns in the header.")
                rows.append(row)
                continue
            values = {k: _uncell(record.get(k)) for k in preview.columns}
            if not any(values.values()):
                continue
            rows.append(CsvRow(line=reader.line_num, values=values))
    except csv.Error as e:
        preview.errors.append(f"Line {reader.line_num}: not readable as CSV ({e}).")
    if not rows and not preview.errors:
        preview.errors.append("The file has a header but no rows.")
    preview.rows = rows
    return preview, rows


def _err(row: CsvRow, column: str, message: str) -> None:
    row.errors.append(f"line {row.line}, column {column}: {message}")


def _check_choice(row: CsvRow, column: str, choices, default):
    value = row.values.get(column, "")
    if not value:
        return default
    if value in choices.values:
        return value
    by_label = {label.casefold(): v for v, label in choices.choices}
    if value.casefold() in by_label:
        return by_label[value.casefold()]
    _err(row, column, f"{value!r} is not one of {', '.join(choices.values)}.")
    return default


def _check_length(row: CsvRow, column: str, limit: int) -> str:
    value = row.values.get(column, "")
    if len(value) > limit:
        _err(row, column, f"longer than {limit} characters.")
    return value[:limit]


def preview_claim_csv(raw: str, desk: Desk) -> CsvPreview:
    """Validate a claims CSV against ``desk`` without writing anything."""
    preview, rows = _read_csv(raw, "claims", CLAIM_IMPORT_COLUMNS, ["text"])
    if preview.errors:
        return preview
    articles = desk.articles.only("id", "url", "text", "desk_id")
    by_id = {a.pk: a for a in articles}
    by_url = {a.url: a for a in by_id.values() if a.url}
    for row in rows:
        v, d = row.values, row.data
        d["text"] = v.get("text", "")
        if not d["text"]:
            _err(row, "text", "the claim text is required.")
        article = None
        if v.get("article_id"):
            article = by_id.get(_int(v["article_id"]))
            if article is None:
                _err(row, "article_id", f"no article {v['article_id']!r} in this desk.")
        elif v.get("article_url"):
            article = by_url.get(v["article_url"])
            if article is None:
                _err(row, "article_url", "no article with this URL in this desk.")
        d["article"] = article
        d["quote"] = v.get("quote", "")
        d["anchor"] = None
        if d["quote"] and article is None and not row.errors:
            _err(row, "quote", "a quote needs an article (article_id or article_url).")
        elif d["quote"] and article is not None:
            found = locate_match(article.text, d["quote"])
            if found is None:
                row.notes.append("quote not found in the article: the claim will be an orphan")
            else:
                d["anchor"] = (found.start, found.end)
                if found.method == "fuzzy":
                    row.notes.append("quote matched approximately")
        d["speaker"] = _check_length(row, "speaker", 200)
        d["attribution_type"] = _check_choice(row, "attribution_type", AttributionType, AttributionType.UNATTRIBUTED)
        d["attribution"] = _check_length(row, "attribution", 300)
        d["cue"] = _check_length(row, "cue", 60)
        d["quote_type"] = _check_choice(row, "quote_type", QuoteType, QuoteType.NONE)
        d["anonymity_reason"] = _check_length(row, "anonymity_reason", 300)
    return preview


SPEAKER_KIND_FOR = {
    AttributionType.NAMED_PERSON: SpeakerKind.PERSON,
    AttributionType.OFFICIAL_TITLE: SpeakerKind.PERSON,
    AttributionType.ANONYMOUS: SpeakerKind.OFFICIALS,
    AttributionType.INSTITUTION: SpeakerKind.ORGANISATION,
    AttributionType.DOCUMENT: SpeakerKind.DOCUMENT,
}


def import_claim_rows(preview: CsvPreview, desk: Desk, *, by) -> list[Claim]:
    if not preview.ok:
        raise ValueError("Refusing to import a CSV with errors.")
    created = []
    with transaction.atomic():
        for row in preview.rows:
            d = row.data
            speaker = None
            if d["speaker"]:
                kind = SPEAKER_KIND_FOR.get(d["attribution_type"], SpeakerKind.PERSON)
                speaker, _ = Speaker.get_or_create_named(desk, d["speaker"], kind=kind)
            claim = Claim(
                desk=desk,
                article=d["article"],
                text=d["text"],
                speaker=speaker,
                attribution_type=d["attribution_type"],
                attribution=d["attribution"],
                cue=d["cue"],
                quote_type=d["quote_type"],
                anonymity_reason=d["anonymity_reason"],
            )
            if d["anchor"]:
                claim.anchor(*d["anchor"])
            elif d["quote"]:
                claim.quote, claim.is_orphaned = d["quote"], True
            claim._history_user = by
            claim._change_reason = "Imported from CSV"
            claim.save()
            created.append(claim)
    return created


def _int(value: str | None) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None


def preview_source_csv(raw: str, desk: Desk, user: AbstractBaseUser) -> CsvPreview:
    from .permissions import LOCKED_STAGES, can_edit_claim

    preview, rows = _read_csv(raw, "sources", SOURCE_IMPORT_COLUMNS, ["claim_id", "url"])
    if preview.errors:
        return preview
    ids = {_int(row.values.get("claim_id")) for row in rows} - {None}
    claims = {c.pk: c for c in desk.claims.filter(pk__in=ids)}
    url_ok = URLValidator(schemes=["http", "https"])
    for row in rows:
        v, d = row.values, row.data
        claim = claims.get(_int(v.get("claim_id")))
        if claim is None:
            _err(row, "claim_id", f"no claim {v.get('claim_id')!r} in this desk.")
        elif claim.stage in LOCKED_STAGES:
            _err(row, "claim_id", f"claim {claim.pk} is {claim.get_stage_display().lower()}: its sources are locked.")
        elif not can_edit_claim(user, claim):
            _err(row, "claim_id", f"claim {claim.pk} is assigned to someone else.")
        d["claim"] = claim
        for column in ("url", "archive_url"):
            value = v.get(column, "")
            d[column] = value
            if not value:
                if column == "url":
                    _err(row, "url", "the source URL is required.")
                continue
            try:
                url_ok(value)
            except ValidationError:
                _err(row, column, f"{value!r} is not an http(s) URL.")
            if len(value) > 500:
                _err(row, column, "longer than 500 characters.")
        d["title"] = _check_length(row, "title", 300)
        d["publisher"] = _check_length(row, "publisher", 200)
        d["kind"] = _check_choice(row, "kind", SourceKind, SourceKind.OTHER)
        d["stance"] = _check_choice(row, "stance", Stance, Stance.CONTEXT)
        d["excerpt"] = v.get("excerpt", "")
        d["accessed"] = timezone.localdate()
        if v.get("accessed"):
            try:
                d["accessed"] = dt.date.fromisoformat(v["accessed"])
            except ValueError:
                _err(row, "accessed", f"{v['accessed']!r} is not a date (YYYY-MM-DD).")
    return preview


def import_source_rows(preview: CsvPreview, *, by) -> list[Source]:
    if not preview.ok:
        raise ValueError("Refusing to import a CSV with errors.")
    created, touched = [], {}
    with transaction.atomic():
        for row in preview.rows:
            d = row.data
            source = Source(
                claim=d["claim"],
                url=d["url"],
                title=d["title"],
                publisher=d["publisher"],
                kind=d["kind"],
                stance=d["stance"],
                excerpt=d["excerpt"],
                accessed=d["accessed"],
                archive_url=d["archive_url"],
                added_by=by,
            )
            source._history_user = by
            source.save()
            created.append(source)
            touched[d["claim"].pk] = d["claim"]
        for claim in touched.values():
            claim.record_verdict_change(by=by)
    return created


# -- desk JSON -----------------------------------------------------------------------


def _username(user) -> str | None:
    return user.get_username() if user else None


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def export_desk(desk: Desk) -> dict:
    """Everything a desk owns, with positional keys (``a1``, ``c1``…) instead of ids, so an
    export of an imported desk equals the original export apart from the desk itself."""
    outlets = list(desk.outlets.order_by("id"))
    ratings = list(Rating.objects.filter(desk=desk).order_by("id"))
    speakers = list(desk.speakers.order_by("id"))
    articles = list(desk.articles.select_related("imported_by").order_by("id"))
    claims = list(
        desk.claims.select_related("assignee", "submitted_by", "verdict_by", "approved_by")
        .prefetch_related("sources__added_by", "notes__author", "stage_changes__by")
        .order_by("id")
    )
    keys = {}
    for prefix, objects in (("o", outlets), ("r", ratings), ("s", speakers), ("a", articles), ("c", claims)):
        for n, obj in enumerate(objects, start=1):
            keys[(prefix, obj.pk)] = f"{prefix}{n}"

    def key(prefix, pk):
        return keys.get((prefix, pk)) if pk else None

    def notes_of(claim):
        notes = sorted(claim.notes.all(), key=lambda n: (n.created, n.pk))
        local = {note.pk: f"n{i}" for i, note in enumerate(notes, start=1)}
        return [
            {
                "key": local[note.pk],
                "parent": local.get(note.parent_id),
                "author": _username(note.author),
                "body": note.body,
                "is_resolved": note.is_resolved,
                "created": _iso(note.created),
            }
            for note in notes
        ]

    return {
        "format": DESK_FORMAT,
        "version": DESK_FORMAT_VERSION,
        "desk": {"name": desk.name, "slug": desk.slug, "url": desk.url},
        "outlets": [{"key": key("o", o.pk), "name": o.name, "domain": o.domain} for o in outlets],
        "ratings": [
            {
                "key": key("r", r.pk),
                "label": r.label,
                "slug": r.slug,
                "value": r.value,
                "colour": r.colour,
                "order": r.order,
            }
            for r in ratings
        ],
        "speakers": [
            {
                "key": key("s", s.pk),
                "name": s.name,
                "kind": s.kind,
                "title": s.title,
                "affiliation": s.affiliation,
                "country": s.country,
            }
            for s in speakers
        ],
        "articles": [
            {
                "key": key("a", a.pk),
                "outlet": key("o", a.outlet_id),
                "title": a.title,
                "url": a.url,
                "byline": a.byline,
                "published": _date(a.published),
                "language": a.language,
                "licence": a.licence,
                "text": a.text,
                "revision": a.revision,
                "imported_by": _username(a.imported_by),
                "imported": _iso(a.imported),
            }
            for a in articles
        ],
        "claims": [
            {
                "key": key("c", c.pk),
                "article": key("a", c.article_id),
                "text": c.text,
                "quote": c.quote,
                "start": c.start,
                "end": c.end,
                "prefix": c.prefix,
                "suffix": c.suffix,
                "is_orphaned": c.is_orphaned,
                "speaker": key("s", c.speaker_id),
                "attribution_type": c.attribution_type,
                "attribution": c.attribution,
                "cue": c.cue,
                "quote_type": c.quote_type,
                "anonymity_reason": c.anonymity_reason,
                "rating": key("r", c.rating_id),
                "summary": c.summary,
                "stage": c.stage,
                "assignee": _username(c.assignee),
                "due": _date(c.due),
                "submitted_by": _username(c.submitted_by),
                "verdict_by": _username(c.verdict_by),
                "approved_by": _username(c.approved_by),
                "published": _iso(c.published),
                "version": c.version,
                "created": _iso(c.created),
                "updated": _iso(c.updated),
                "sources": [
                    {
                        "url": s.url,
                        "title": s.title,
                        "publisher": s.publisher,
                        "kind": s.kind,
                        "stance": s.stance,
                        "excerpt": s.excerpt,
                        "accessed": _date(s.accessed),
                        "archive_url": s.archive_url,
                        "note": s.note,
                        "added_by": _username(s.added_by),
                        "created": _iso(s.created),
                    }
                    for s in c.sources.all()
                ],
                "notes": notes_of(c),
                "stage_changes": [
                    {
                        "old": sc.old,
                        "new": sc.new,
                        "by": _username(sc.by),
                        "comment": sc.comment,
                        "created": _iso(sc.created),
                    }
                    for sc in sorted(c.stage_changes.all(), key=lambda sc: (sc.created, sc.pk))
                ],
            }
            for c in claims
        ],
    }


class DeskImportError(ValueError):
    pass


def _parse_dt(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def import_desk(data: dict, *, slug: str, name: str | None = None) -> Desk:
    """Create a desk from an ``export_desk`` document. The desk must be new or empty.

    People are matched by username; unknown usernames become empty references (an export
    never creates accounts). Workflow state is restored as recorded, not replayed.
    """
    if not isinstance(data, dict) or data.get("format") != DESK_FORMAT:
        raise DeskImportError(f"Not a Claimdesk desk export (format {DESK_FORMAT!r} expected).")
    if data.get("version") != DESK_FORMAT_VERSION:
        raise DeskImportError(f"Unsupported desk export version {data.get('version')!r}.")
    users = {u.get_username(): u for u in get_user_model().objects.all()}

    def user(username):
        return users.get(username) if username else None

    with transaction.atomic():
        desk = Desk.objects.filter(slug=slug).first()
        if desk is None:
            info = data.get("desk", {})
            desk = Desk.objects.create(slug=slug, name=name or info.get("name") or slug, url=info.get("url", ""))
        elif desk.articles.exists() or desk.claims.exists() or desk.speakers.exists() or desk.outlets.exists():
            raise DeskImportError(f"Desk {slug!r} already has content; import only into a new or empty desk.")
        refs: dict[str, Any] = {}
        for o in data.get("outlets", []):
            refs[o["key"]] = Outlet.objects.create(desk=desk, name=o["name"], domain=o.get("domain", ""))
        for r in data.get("ratings", []):
            refs[r["key"]], _ = Rating.objects.update_or_create(
                desk=desk,
                slug=r["slug"],
                defaults={"label": r["label"], "value": r["value"], "colour": r["colour"], "order": r["order"]},
            )
        for s in data.get("speakers", []):
            refs[s["key"]] = Speaker.objects.create(
                desk=desk,
                name=s["name"],
                kind=s["kind"],
                title=s.get("title", ""),
                affiliation=s.get("affiliation", ""),
                country=s.get("country", ""),
            )
        for a in data.get("articles", []):
            refs[a["key"]] = Article.objects.create(
                desk=desk,
                outlet=refs.get(a.get("outlet")),
                title=a["title"],
                url=a.get("url", ""),
                byline=a.get("byline", ""),
                published=_parse_date(a.get("published")),
                language=a.get("language", "en"),
                licence=a.get("licence", ""),
                text=a["text"],
                revision=a.get("revision", 1),
                imported_by=user(a.get("imported_by")),
                imported=_parse_dt(a.get("imported")) or timezone.now(),
            )
        for c in data.get("claims", []):
            claim = Claim(
                desk=desk,
                article=refs.get(c.get("article")),
                text=c["text"],
                quote=c.get("quote", ""),
                start=c.get("start"),
                end=c.get("end"),
                prefix=c.get("prefix", ""),
                suffix=c.get("suffix", ""),
                is_orphaned=c.get("is_orphaned", False),
                speaker=refs.get(c.get("speaker")),
                attribution_type=c["attribution_type"],
                attribution=c.get("attribution", ""),
                cue=c.get("cue", ""),
                quote_type=c["quote_type"],
                anonymity_reason=c.get("anonymity_reason", ""),
                rating=refs.get(c.get("rating")),
                summary=c.get("summary", ""),
                stage=c["stage"],
                assignee=user(c.get("assignee")),
                due=_parse_date(c.get("due")),
                submitted_by=user(c.get("submitted_by")),
                verdict_by=user(c.get("verdict_by")),
                approved_by=user(c.get("approved_by")),
                published=_parse_dt(c.get("published")),
            )
            claim._change_reason = "Imported desk"
            claim.save()
            # auto_now/auto_now_add and save() own these on a normal save; restore them as exported.
            Claim.objects.filter(pk=claim.pk).update(
                version=c.get("version", 1),
                created=_parse_dt(c.get("created")) or timezone.now(),
                updated=_parse_dt(c.get("updated")) or timezone.now(),
            )
            for s in c.get("sources", []):
                source = Source.objects.create(
                    claim=claim,
                    url=s["url"],
                    title=s.get("title", ""),
                    publisher=s.get("publisher", ""),
                    kind=s.get("kind", SourceKind.OTHER),
                    stance=s.get("stance", Stance.CONTEXT),
                    excerpt=s.get("excerpt", ""),
                    accessed=_parse_date(s.get("accessed")) or timezone.localdate(),
                    archive_url=s.get("archive_url", ""),
                    note=s.get("note", ""),
                    added_by=user(s.get("added_by")),
                )
                if s.get("created"):
                    Source.objects.filter(pk=source.pk).update(created=_parse_dt(s["created"]))
            notes: dict[str, Note] = {}
            for n in c.get("notes", []):
                notes[n["key"]] = Note.objects.create(
                    claim=claim,
                    parent=notes.get(n.get("parent")),
                    author=user(n.get("author")),
                    body=n["body"],
                    is_resolved=n.get("is_resolved", False),
                    created=_parse_dt(n.get("created")) or timezone.now(),
                )
            StageChange.objects.bulk_create(
                StageChange(
                    claim=claim,
                    old=sc["old"],
                    new=sc["new"],
                    by=user(sc.get("by")),
                    comment=sc.get("comment", ""),
                    created=_parse_dt(sc.get("created")) or timezone.now(),
                )
                for sc in c.get("stage_changes", [])
            )
    return desk
