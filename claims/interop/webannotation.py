"""W3C Web Annotations: a claim's anchor as an Annotation, an article's as a collection, and import.

The standard: the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) with
TextQuoteSelector and TextPositionSelector (import also reads RangeSelector and ``refinedBy``
chains, typed with ``type`` or ``@type``). Its validator: ``../shared/evaldata/tools/wa_validate.py``
(the W3C MUST assertions), run by ``tests/test_interop.py``; ``tests/test_webannotation.py``
expands every export with a JSON-LD processor against the W3C context. Writing to the database
happens only in ``create_claims_from_annotations``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import Resolver404, resolve, reverse
from django.utils.text import slugify
from django.utils.translation import gettext

from ..anchoring import Located, locate_match
from ..models import (
    Article,
    AttributionType,
    Claim,
    ImportedAnnotation,
    Note,
    QuoteType,
    Speaker,
    SpeakerKind,
    StaleVersion,
    Tag,
)
from ..text import JSONTooDeep, bounded_json_loads, find_unstorable, unstorable_message

if TYPE_CHECKING:
    pass

from .common import absolute, iso

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
ANNOTATION_PAGE_SIZE = 200  # annotations per page of an article's collection
# The model's motivation "assessing" is missing from the published anno.jsonld (a JSON-LD processor
# would read it as a relative IRI): an annotation that assesses defines it, so it expands to oa:assessing.
ASSESSING_CONTEXT = [ANNO_CONTEXT, {"assessing": "oa:assessing"}]


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
    body.extend({"type": "TextualBody", "purpose": "tagging", "value": tag.name} for tag in claim.tags.all())
    # An External Web Resource (the claim's page) carrying Claimdesk's own fields; the
    # model forbids a purpose on it, so it has none.
    body.append({"id": absolute(claim.get_absolute_url()), "type": "Dataset", "claimdesk": claimdesk_record(claim)})
    data: dict[str, Any] = {
        "@context": ASSESSING_CONTEXT if claim.rating else ANNO_CONTEXT,
        "id": absolute(annotation_path(claim)),
        "type": "Annotation",
        "motivation": "assessing" if claim.rating else "commenting",
        "created": iso(claim.created),
        "modified": iso(claim.updated),
        "body": body,
        "target": annotation_target(claim),
    }
    return {k: v for k, v in data.items() if v is not None}


def collection_url(article: Article) -> str:
    return absolute(reverse("claims:article-annotations", args=[article.pk]))


def page_count(total: int) -> int:
    return max(1, -(-total // ANNOTATION_PAGE_SIZE))


def annotation_page(article: Article, claims, *, number: int = 1, total: int | None = None, embedded=False) -> dict:
    """Page ``number`` of the article's collection: its claims as annotations, ``partOf`` the
    collection (id, label, total), ``next``/``prev`` between pages, as the model's section 5.2 has it."""
    url = collection_url(article)
    items = [annotation(claim) for claim in claims]
    total = len(items) if total is None else total
    page: dict[str, Any] = {} if embedded else {"@context": ANNO_CONTEXT}
    page |= {
        "id": f"{url}?page={number}",
        "type": "AnnotationPage",
        "partOf": {"id": url, "type": "AnnotationCollection", "label": article.title, "total": total},
        "startIndex": (number - 1) * ANNOTATION_PAGE_SIZE,
        "items": items,
    }
    if number > 1:
        page["prev"] = f"{url}?page={number - 1}"
    if number < page_count(total):
        page["next"] = f"{url}?page={number + 1}"
    return page


def annotation_collection(article: Article, claims, *, total: int | None = None) -> dict:
    """The article's claims as an AnnotationCollection; ``claims`` is the first page of them
    (all of them when ``total`` is not given), embedded as ``first``."""
    url = collection_url(article)
    first = annotation_page(article, claims, total=total, embedded=True)
    total = first["partOf"]["total"]
    return {
        "@context": ANNO_CONTEXT,
        "id": url,
        "type": "AnnotationCollection",
        "label": article.title,
        "total": total,
        "first": first,
        "last": f"{url}?page={page_count(total)}",
    }


@dataclass
class ParsedAnnotation:
    """What an uploaded annotation says about one claim, or (``skip``) why it says nothing usable."""

    number: int = 0
    iri: str = ""
    source: str = ""
    selectors: list[dict] = field(default_factory=list)
    # The target's quote and position, where it has them as plain (top-level) selectors.
    exact: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    text: str = ""
    record: dict = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    assessment: str = ""
    notes: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    skip: str = ""


class AnnotationError(ValueError):
    pass


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _kinds(node: dict) -> list[str]:
    """A node's types, from ``type`` or ``@type``, compact (``oa:X``) or as a full IRI."""
    names = _as_list(node.get("type")) + _as_list(node.get("@type"))
    return [name.rsplit("#", 1)[-1].rsplit(":", 1)[-1] for name in names if isinstance(name, str)]


def _annotation_items(data, *, nested: bool = False) -> list:
    if isinstance(data, list):
        return [item for part in data for item in _annotation_items(part, nested=True)]
    kind = _kinds(data) if isinstance(data, dict) else []
    if "AnnotationCollection" in kind:
        first = data.get("first")
        if isinstance(first, dict):
            return _annotation_items(first, nested=True)
        return _annotation_items(data.get("items", []), nested=True)
    if "AnnotationPage" in kind:
        return _annotation_items(data.get("items", []), nested=True)
    if "Annotation" in kind or nested:
        return [data]  # an item of a list that is no annotation is reported where it stands
    if not isinstance(data, dict):
        raise AnnotationError(gettext("Expected a JSON object (an Annotation or an AnnotationCollection)."))
    if not kind:
        raise AnnotationError(gettext("Unsupported type missing: expected Annotation or AnnotationCollection."))
    message = gettext("Unsupported type %(type)s: expected Annotation or AnnotationCollection.")
    raise AnnotationError(message % {"type": kind})


SELECTORS = ("TextQuoteSelector", "TextPositionSelector", "RangeSelector")
SELECTOR_DEPTH = 6  # refinedBy and start/end selector links followed, at most


def _offset(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _selector(raw, depth: int = 0) -> dict | None:
    """A selector as plain data (type, its fields, ``refinedBy``), or None where it is broken."""
    if isinstance(raw, list):
        raw = next((part for part in raw if isinstance(part, dict)), None)
    if not isinstance(raw, dict) or depth > SELECTOR_DEPTH:
        return None
    kinds = _kinds(raw)
    kind = next((k for k in kinds if k in SELECTORS), kinds[0] if kinds else "")
    selector: dict[str, Any] = {"type": kind, "refinedBy": _selector(raw.get("refinedBy"), depth + 1)}
    if kind == "TextQuoteSelector":
        if not isinstance(raw.get("exact"), str) or not raw["exact"]:
            return None
        selector |= {k: raw.get(k) if isinstance(raw.get(k), str) else "" for k in ("prefix", "suffix")}
        selector["exact"] = raw["exact"]
    elif kind == "TextPositionSelector":
        start, end = raw.get("start"), raw.get("end")
        if not (_offset(start) and _offset(end) and start < end):
            return None
        selector |= {"start": start, "end": end}
    elif kind == "RangeSelector":
        first, last = _selector(raw.get("startSelector"), depth + 1), _selector(raw.get("endSelector"), depth + 1)
        if first is None or last is None:
            return None
        selector |= {"startSelector": first, "endSelector": last}
    return selector


def _understood(selector: dict | None) -> bool:
    return selector is not None and (selector["type"] in SELECTORS or _understood(selector["refinedBy"]))


def _plain_quote(selector: dict) -> dict | None:
    """The TextQuoteSelector a selector comes down to on the whole text: itself, or the
    refinement of a selector plain text has no use for (a FragmentSelector, an XPathSelector)."""
    if selector["type"] == "TextQuoteSelector" and selector["refinedBy"] is None:
        return selector
    if selector["type"] not in SELECTORS and selector["refinedBy"] is not None:
        return _plain_quote(selector["refinedBy"])
    return None


def _shift(found: Located | None, by: int) -> Located | None:
    return found and Located(found.start + by, found.end + by, found.method, found.score)


def _resolve(selector: dict, text: str, lo: int, hi: int, hint: int | None) -> Located | None:
    """The span ``selector`` selects in ``text[lo:hi]`` (offsets into ``text``), or None."""
    kind = selector["type"]
    if kind == "TextQuoteSelector":
        local = hint - lo if hint is not None and lo <= hint < hi else None
        found = _shift(locate_match(text[lo:hi], selector["exact"], selector["prefix"], selector["suffix"], local), lo)
    elif kind == "TextPositionSelector":
        start, end = lo + selector["start"], lo + selector["end"]
        found = Located(start, end, "position", 100.0) if end <= hi else None
    elif kind == "RangeSelector":
        # From the start of the start selector's span to the start of the end selector's
        # (the end is exclusive, as the model defines it), searched after the start.
        first = _resolve(selector["startSelector"], text, lo, hi, hint)
        last_lo = first.end if first and selector["endSelector"]["type"] == "TextQuoteSelector" else lo
        last = first and _resolve(selector["endSelector"], text, last_lo, hi, None)
        if not (first and last and last.start > first.start):
            return None
        method = "fuzzy" if "fuzzy" in (first.method, last.method) else "exact"
        found = Located(first.start, last.start, method, min(first.score, last.score))
    elif selector["refinedBy"] is not None:
        found = Located(lo, hi, "exact", 100.0)  # a selector plain text cannot use: only its refinement narrows
    else:
        return None
    if found is not None and selector["refinedBy"] is not None:
        return _resolve(selector["refinedBy"], text, found.start, found.end, hint)
    return found


def locate_annotation(text: str, parsed: ParsedAnnotation, *, trust_position: bool = True) -> Located | None:
    """Where the annotation's target is in ``text``: its TextPositionSelector where that agrees
    with its quote, else the quote re-anchored (context, then approximately), else another of
    its selectors (a RangeSelector, a refinedBy chain). A position alone is trusted only on the
    document it was made on (``trust_position``)."""
    if not text:
        return None
    if parsed.exact:
        found = locate_match(text, parsed.exact, parsed.prefix, parsed.suffix, parsed.start, parsed.end)
        if found is not None:
            return found
    for selector in parsed.selectors:
        if _plain_quote(selector) is not None:
            continue  # tried above
        if selector["type"] == "TextPositionSelector" and not (trust_position or selector["refinedBy"]):
            continue
        found = _resolve(selector, text, 0, len(text), parsed.start)
        if found is not None:
            return found
    return None


def _agent_name(value) -> str:
    """A creator's name: an Agent's name or nickname, or its IRI (``acct:`` left off)."""
    for agent in _as_list(value):
        if isinstance(agent, dict):
            agent = next((agent[k] for k in ("name", "nickname", "id", "@id") if isinstance(agent.get(k), str)), "")
        if isinstance(agent, str) and agent.strip():
            return agent.strip().removeprefix("acct:")[:200]
    return ""


def _iri(item) -> str:
    value = (item.get("id") or item.get("@id")) if isinstance(item, dict) else None
    return value.strip() if isinstance(value, str) and not value.startswith("_:") else ""


NOTE_PURPOSES = ("commenting", "replying", "questioning", "editing", "describing", "classifying", "moderating")


def _read_bodies(item: dict, parsed: ParsedAnnotation) -> None:
    bodies = _as_list(item.get("body"))
    if isinstance(item.get("bodyValue"), str):
        bodies.append({"type": "TextualBody", "value": item["bodyValue"]})
    for body in bodies:
        if isinstance(body, dict) and isinstance(body.get("claimdesk"), dict):
            parsed.record = body["claimdesk"]
    creator = _agent_name(item.get("creator"))
    for body in bodies:
        if isinstance(body, dict) and isinstance(body.get("claimdesk"), dict):
            continue
        value = body.get("value") if isinstance(body, dict) else None
        if not isinstance(value, str) or not value.strip():
            kind = ", ".join(_kinds(body)) if isinstance(body, dict) else str(body)[:200]
            parsed.ignored.append(gettext("A body without text (%(type)s) is not imported.") % {"type": kind or "?"})
            continue
        value = value.strip()
        purposes = [p for p in _as_list(body.get("purpose")) if isinstance(p, str)]
        purposes = [p.rsplit("#", 1)[-1].rsplit(":", 1)[-1] for p in purposes]
        if "tagging" in purposes:
            parsed.tags.append(value)
        elif "assessing" in purposes:
            parsed.assessment = parsed.assessment or value
        elif "describing" in purposes and not parsed.text:
            parsed.text = value
        elif parsed.record:
            # Claimdesk's own rendering of its record (the source line, the reasoning): the
            # record itself says it. Anything else written beside it is a note.
            if "describing" in purposes or value == parsed.record.get("summary"):
                continue
            parsed.notes.append(_signed(value, _agent_name(body.get("creator")) or creator))
        elif not purposes or set(purposes) & set(NOTE_PURPOSES):
            parsed.notes.append(_signed(value, _agent_name(body.get("creator")) or creator))
        else:
            message = gettext("A body for %(purpose)s is not imported.")
            parsed.ignored.append(message % {"purpose": ", ".join(purposes)})


def _signed(value: str, creator: str) -> str:
    return f"{value}\n\n— {creator}" if creator else value


def parse_annotation(item) -> ParsedAnnotation:
    """One annotation; raise AnnotationError saying why it cannot become a claim."""
    if not isinstance(item, dict):
        raise AnnotationError(gettext("Expected a JSON object (an Annotation or an AnnotationCollection)."))
    kinds = _kinds(item)
    if not kinds and "target" not in item:
        raise AnnotationError(gettext("Unsupported type missing: expected Annotation or AnnotationCollection."))
    if kinds and "Annotation" not in kinds:
        message = gettext("Unsupported type %(type)s: expected Annotation or AnnotationCollection.")
        raise AnnotationError(message % {"type": kinds})
    parsed = ParsedAnnotation(iri=_iri(item))
    targets = _as_list(item.get("target"))
    if not targets:
        raise AnnotationError(gettext("The annotation has no target."))
    target = next((t for t in targets if isinstance(t, dict) and t.get("selector") is not None), None)
    if target is None:
        raise AnnotationError(
            gettext("A page note: its target has no selector, so there is no passage to make a claim of.")
        )
    source = target.get("source")
    source = _iri(source) if isinstance(source, dict) else source
    parsed.source = source.strip() if isinstance(source, str) else ""
    raws = _as_list(target["selector"])
    parsed.selectors = [s for s in (_selector(raw) for raw in raws) if _understood(s)]
    if not parsed.selectors:
        kinds = sorted({k for raw in raws if isinstance(raw, dict) for k in _kinds(raw)})
        message = gettext(
            "None of its selectors (%(types)s) can be found in plain text: it needs a TextQuoteSelector, "
            "a TextPositionSelector or a RangeSelector of them."
        )
        raise AnnotationError(message % {"types": ", ".join(kinds) or "?"})
    for selector in parsed.selectors:
        quote = _plain_quote(selector)
        if quote is not None and not parsed.exact:
            parsed.exact, parsed.prefix, parsed.suffix = quote["exact"], quote["prefix"], quote["suffix"]
        if selector["type"] == "TextPositionSelector" and selector["refinedBy"] is None and parsed.start is None:
            parsed.start, parsed.end = selector["start"], selector["end"]
    _read_bodies(item, parsed)
    return parsed


REPORTED_ERRORS = 5  # when nothing in an upload can be imported, the reasons of the first few


def parse_annotations(raw: str) -> list[ParsedAnnotation]:
    """Parse an uploaded annotation, list or collection, one ParsedAnnotation per annotation
    (those that cannot become a claim say why in ``skip``); raise AnnotationError saying what
    is wrong when the upload is unreadable or nothing in it can be imported."""
    try:
        data = bounded_json_loads(raw)
    except (JSONTooDeep, RecursionError) as e:
        raise AnnotationError(gettext("The JSON is nested too deeply to be an annotation.")) from e
    except ValueError as e:
        raise AnnotationError(gettext("Not valid JSON: %(error)s") % {"error": e}) from e
    if (where := find_unstorable(data)) is not None:
        raise AnnotationError(unstorable_message(where))
    items = _annotation_items(data)
    if not items:
        raise AnnotationError(gettext("The upload holds no annotations."))
    parsed = []
    for number, item in enumerate(items, start=1):
        try:
            one = parse_annotation(item)
        except AnnotationError as e:
            one = ParsedAnnotation(iri=_iri(item), skip=str(e))
        one.number = number
        parsed.append(one)
    if all(p.skip for p in parsed):
        errors = [gettext("Annotation %(number)s: %(error)s") % {"number": p.number, "error": p.skip} for p in parsed]
        if len(errors) > REPORTED_ERRORS:
            more = gettext("(and %(count)s more)") % {"count": len(errors) - REPORTED_ERRORS}
            errors = [*errors[:REPORTED_ERRORS], more]
        raise AnnotationError(" ".join(errors))
    return parsed


def _choice(value, choices, default):
    return value if value in choices.values else default


def _document_key(url: str) -> str:
    """A URL as a document's identity: no scheme, ``www.``, fragment or trailing slash."""
    url = re.sub(r"^[a-z][a-z0-9+.-]*://(www\.)?", "", url.strip().split("#", 1)[0], flags=re.IGNORECASE)
    return url.rstrip("/").casefold()


def _own_claim_pk(iri: str) -> int | None:
    """The claim an annotation id exported by this site names (``/claims/<pk>/annotation.jsonld``)."""
    site = absolute("")
    if not iri.startswith(site + "/"):
        return None
    try:
        match = resolve(urlsplit(iri[len(site) :]).path)
    except Resolver404:
        return None
    return match.kwargs.get("pk") if match.view_name == "claims:annotation" else None


def _iri_key(iri: str) -> str:
    """The annotation id as stored (a long one by its digest: the column holds 500 characters)."""
    return iri if len(iri) <= 500 else "sha256:" + hashlib.sha256(iri.encode()).hexdigest()


class _Importer:
    """Imports parsed annotations into one article; ``report`` says what it did with each."""

    def __init__(self, article: Article, *, by) -> None:
        self.article, self.by, self.desk = article, by, article.desk
        self.ratings = {r.slug: r for r in self.desk.ratings.all()}
        self.by_label = {r.label.casefold(): r for r in self.ratings.values()}
        self.own = {_document_key(u) for u in (article.url, absolute(article.get_absolute_url())) if u}
        self.report: dict[str, Any] = dict.fromkeys(REPORT_COUNTS, 0)
        self.report |= {"claims": [], "items": []}

    def run(self, parsed: list[ParsedAnnotation]) -> dict:
        with transaction.atomic():
            for p in parsed:
                item = {"number": p.number, "id": p.iri, "action": "skipped", "claim": None, "anchor": ""}
                item |= {"notes": 0, "tags": [], "reason": p.skip, "ignored": list(p.ignored)}
                if not p.skip:
                    try:
                        with transaction.atomic():  # a savepoint: an item refused halfway leaves nothing
                            self.one(p, item)
                    except StaleVersion:
                        item |= {"action": "skipped", "claim": None, "notes": 0, "tags": []}
                        item["reason"] = gettext("Someone changed its claim while it was imported; import it again.")
                    except ValidationError as e:
                        item |= {"action": "skipped", "claim": None, "notes": 0, "tags": []}
                        item["reason"] = " ".join(e.messages)
                self.report["items"].append(item)
                self.report[item["action"]] += 1
                if item["action"] != "skipped":
                    self.report["notes"] += item["notes"]
                    self.report["tags"] += len(item["tags"])
                    self.report[{"orphaned": "orphaned", "fuzzy": "fuzzy"}.get(item["anchor"], "anchored")] += 1
        return self.report

    def one(self, p: ParsedAnnotation, item: dict) -> None:
        article = self.article
        on_this = _document_key(p.source) in self.own if p.source else False
        found = locate_annotation(article.text, p, trust_position=on_this)
        if found is None and not (on_this and p.exact):
            if on_this:
                item["reason"] = gettext("Its selectors find no passage of this article's text.")
            elif p.source:
                message = gettext(
                    "Its source (%(source)s) is not this article, and its quote is not in this article's text."
                )
                item["reason"] = message % {"source": p.source[:300]}
            else:
                item["reason"] = gettext("It names no source document, and its quote is not in this article's text.")
            return
        values = self.values(p, item)
        quote = article.text[found.start : found.end] if found else p.exact
        text = values.get("text") or quote[:5000]
        claim = self.existing(p, found, text)
        if claim is None:
            claim = Claim(desk=self.desk, article=article, **({"text": text} | values))
            if claim.rating or claim.summary:
                claim.verdict_by = self.by  # whoever brings a verdict in cannot approve it (four eyes)
            self.place(claim, found, p)
            claim._history_user = self.by
            claim._change_reason = "Imported from a Web Annotation"
            claim.save()
            item["action"] = "created"
        else:
            for name, value in values.items():
                setattr(claim, name, value)
            self.place(claim, found, p)
            fields = [*values, *ANCHOR_FIELDS]
            changed = claim.change(
                by=self.by, version=claim.version, fields=fields, reason="Re-imported from a Web Annotation"
            )
            item["action"] = "updated" if changed else "unchanged"
        if p.iri:
            ImportedAnnotation.objects.get_or_create(article=article, iri=_iri_key(p.iri), defaults={"claim": claim})
        item["notes"] = self.post_notes(claim, p.notes)
        item["tags"] = self.add_tags(claim, p.tags)
        item |= {"claim": claim.pk, "claim_url": claim.get_absolute_url(), "claim_text": claim.text[:140]}
        item["anchor"] = found.method if found else "orphaned"
        self.report["claims"].append(claim)

    def existing(self, p: ParsedAnnotation, found: Located | None, text: str) -> Claim | None:
        """The claim this annotation already became: by its id, else by the same passage and text."""
        claims = self.article.claims.all()
        if p.iri:
            link = ImportedAnnotation.objects.filter(article=self.article, iri=_iri_key(p.iri)).first()
            pk = link.claim_id if link else _own_claim_pk(p.iri)
            if pk and (claim := claims.filter(pk=pk).first()):
                claim.article = self.article
                return claim
        same = claims.filter(text=text)
        if found is None:
            same = same.filter(is_orphaned=True, quote=p.exact)
        else:
            same = same.filter(start=found.start, end=found.end)
        claim = same.order_by("id").first()
        if claim is not None:
            claim.article = self.article
        return claim

    @staticmethod
    def place(claim: Claim, found: Located | None, p: ParsedAnnotation) -> None:
        if found is None:
            claim.start = claim.end = None
            claim.quote, claim.prefix, claim.suffix = p.exact, p.prefix[-32:], p.suffix[:32]
            claim.is_orphaned = True
        else:
            claim.anchor(found.start, found.end)
            claim.is_orphaned = False

    def values(self, p: ParsedAnnotation, item: dict) -> dict:
        """The claim fields the annotation gives, and only those: an update keeps the rest."""
        record, values = p.record, {}
        if record.get("text") or p.text:
            values["text"] = str(record.get("text") or p.text)[:5000]
        attribution_type = _choice(record.get("attribution_type"), AttributionType, None)
        if attribution_type is None:
            tagged = [t.split(":", 1)[1] for t in p.tags if t.startswith("attribution:")]
            attribution_type = _choice(tagged[0] if tagged else None, AttributionType, None)
        if attribution_type is not None:
            values["attribution_type"] = attribution_type
        if record:
            values |= {
                "attribution": str(record.get("attribution") or "")[:300],
                "cue": str(record.get("cue") or "")[:60],
                "quote_type": _choice(record.get("quote_type"), QuoteType, QuoteType.NONE),
                "anonymity_reason": str(record.get("anonymity_reason") or "")[:300],
                "summary": str(record.get("summary") or ""),
            }
            if "speaker" in record:
                values["speaker"] = self.speaker(record["speaker"])
        label = ""
        if isinstance(record.get("rating"), dict):
            rating = self.ratings.get(str(record["rating"].get("slug")))
            label = str(record["rating"].get("label", ""))
            rating = rating or self.by_label.get(label.casefold())
        elif "rating" in record and record["rating"] is None:
            values["rating"] = None
            rating = None
        else:
            label = p.assessment
            rating = self.by_label.get(label.casefold()) if label else None
        if rating is not None:
            values["rating"] = rating
        elif label:
            message = gettext("The verdict “%(label)s” is none of this desk's ratings; it is not imported.")
            item["ignored"].append(message % {"label": label[:100]})
        return values

    def speaker(self, info) -> Speaker | None:
        if not isinstance(info, dict) or not info.get("name"):
            return None
        speaker, _ = Speaker.get_or_create_named(
            self.desk,
            str(info["name"])[:200],
            kind=_choice(info.get("kind"), SpeakerKind, SpeakerKind.PERSON),
            title=str(info.get("title") or "")[:200],
            affiliation=str(info.get("affiliation") or "")[:200],
            country=str(info.get("country") or "")[:100],
        )
        return speaker

    def post_notes(self, claim: Claim, notes: list[str]) -> int:
        """Each comment once: importing the annotation again adds no second copy."""
        posted = 0
        for body in notes[:MAX_NOTES]:
            if not claim.notes.filter(body=body).exists():
                Note.post(claim, author=self.by, body=body)
                posted += 1
        return posted

    @staticmethod
    def add_tags(claim: Claim, tags: list[str]) -> list[str]:
        """The annotation's tags added to the claim's (Claimdesk's own ``attribution:`` tag is its attribution type)."""
        wanted = [
            t for t in tags if not (t.startswith("attribution:") and t.split(":", 1)[1] in AttributionType.values)
        ]
        names = Tag.parse(",".join(t.replace(",", " ") for t in wanted))
        if not names:
            return []
        current = list(claim.tags.all())
        have = {tag.slug for tag in current}
        new = [name for name in names if slugify(name, allow_unicode=True) not in have]
        if new:
            claim.set_tags([tag.name for tag in current] + new)
        return new


ANCHOR_FIELDS = ("quote", "start", "end", "prefix", "suffix", "is_orphaned")
REPORT_COUNTS = ("created", "updated", "unchanged", "skipped", "anchored", "fuzzy", "orphaned", "notes", "tags")
MAX_NOTES = 50  # notes taken from one annotation


def create_claims_from_annotations(article: Article, parsed: list[ParsedAnnotation], *, by) -> dict:
    """Import parsed annotations into ``article``, anchored on its current text, and report
    what became of each (``items``: created, updated, unchanged or skipped, with the reason).

    An annotation imported before (its ``id``, or this site's own export of a claim of the
    article) or one on the same passage with the same text updates that claim through
    ``Claim.change`` (the review rule applies) instead of adding a second. Bodies: describing
    is the claim's text, assessing its verdict (a rating of the desk, by label), tagging its
    tags, commenting (or no purpose) a note, signed with its creator; the published reasoning
    comes only from Claimdesk's own record. On this article, what cannot be anchored becomes
    an orphan claim (quote and context kept); an annotation of another document whose quote
    is not here is skipped. Stage is never imported: new claims start as new.
    """
    return _Importer(article, by=by).run(parsed)
