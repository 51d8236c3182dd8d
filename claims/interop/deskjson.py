"""The desk JSON: a whole desk exported and imported (format ``claimdesk-desk``, version 1).

Claimdesk's own format, for moving a desk between installations; ``exportdesk``/``importdesk`` and
the desk export page use it. Its check is the round trip in ``tests/test_interop.py`` (export, import,
export again, compare).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from ..models import (
    Article,
    AttributionType,
    Claim,
    Desk,
    JobError,
    Note,
    Outlet,
    QuoteType,
    Rating,
    Source,
    SourceKind,
    Speaker,
    Stage,
    StageChange,
    Stance,
    isolate,
)

if TYPE_CHECKING:
    pass

from ..permissions import is_editor
from ..text import find_unstorable, unstorable_message
from .common import is_http_url, iso

DESK_FORMAT = "claimdesk-desk"
DESK_FORMAT_VERSION = 1


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
                "created": iso(note.created),
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
                "imported": iso(a.imported),
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
                "published": iso(c.published),
                "version": c.version,
                "created": iso(c.created),
                "updated": iso(c.updated),
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
                        "created": iso(s.created),
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
                        "created": iso(sc.created),
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


# An import starts no claim approved or published: a second person reviews it here first.
UNREVIEWED = {Stage.APPROVED: Stage.REVIEW, Stage.PUBLISHED: Stage.REVIEW}


def _http_url(value, where: str) -> str:
    value = value or ""
    if value and not is_http_url(value):
        raise DeskImportError(f"{where}: {value!r} is not an http(s) URL.")
    return value


def _choice_of(value, choices, where: str, field: str):
    if value not in choices.values:
        raise DeskImportError(f"{where}: {field} {value!r} is not one of {', '.join(choices.values)}.")
    return value


def import_desk(data: dict, *, slug: str, name: str | None = None, by=None) -> Desk:
    """Create a desk from an ``export_desk`` document. The desk must be new or empty.

    Validated like a form: URLs must be http(s), choices must be known, every reference must
    name a record of the file, and any error names its record and imports nothing. People
    are matched by username; unknown usernames become empty references (an export never
    creates accounts). Workflow state is restored as recorded except approval: a claim
    approved or published elsewhere arrives in review, unapproved, with a stage change by
    the importer (``by``) saying so, so that nothing goes public here unseen by this desk.
    """
    if (where := find_unstorable(data)) is not None:
        raise DeskImportError(unstorable_message(where))
    try:
        return _import_desk(data, slug=slug, name=name, by=by)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        if isinstance(e, DeskImportError):
            raise
        raise DeskImportError(f"The file is not a valid desk export: {type(e).__name__} {e}.") from e


def _import_desk(data: dict, *, slug: str, name: str | None, by) -> Desk:
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

        def ref(key, where: str, kind: str):
            if key in (None, ""):
                return None
            if key not in refs or not refs[key].__class__.__name__ == kind:
                raise DeskImportError(f"{where}: refers to {kind.lower()} {key!r}, which the file does not hold.")
            return refs[key]

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
            where = f"article {a.get('key')!r}"
            refs[a["key"]] = Article.objects.create(
                desk=desk,
                outlet=ref(a.get("outlet"), where, "Outlet"),
                title=a["title"],
                url=_http_url(a.get("url"), where),
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
            where = f"claim {c.get('key')!r}"
            stage = _choice_of(c["stage"], Stage, where, "stage")
            claim = Claim(
                desk=desk,
                article=ref(c.get("article"), where, "Article"),
                text=c["text"],
                quote=c.get("quote", ""),
                start=c.get("start"),
                end=c.get("end"),
                prefix=c.get("prefix", ""),
                suffix=c.get("suffix", ""),
                is_orphaned=c.get("is_orphaned", False),
                speaker=ref(c.get("speaker"), where, "Speaker"),
                attribution_type=_choice_of(c["attribution_type"], AttributionType, where, "attribution_type"),
                attribution=c.get("attribution", ""),
                cue=c.get("cue", ""),
                quote_type=_choice_of(c["quote_type"], QuoteType, where, "quote_type"),
                anonymity_reason=c.get("anonymity_reason", ""),
                rating=ref(c.get("rating"), where, "Rating"),
                summary=c.get("summary", ""),
                stage=UNREVIEWED.get(stage, stage),
                assignee=user(c.get("assignee")),
                due=_parse_date(c.get("due")),
                submitted_by=user(c.get("submitted_by")),
                verdict_by=user(c.get("verdict_by")),
            )
            try:
                claim.validate_anchor()
            except ValidationError as e:
                raise DeskImportError(f"{where}: {' '.join(e.messages)}") from e
            claim._history_user = by
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
                    url=_http_url(s["url"], f"{where}, source {s.get('url')!r}") or _missing(where, "source url"),
                    title=s.get("title", ""),
                    publisher=s.get("publisher", ""),
                    kind=s.get("kind", SourceKind.OTHER),
                    stance=s.get("stance", Stance.CONTEXT),
                    excerpt=s.get("excerpt", ""),
                    accessed=_parse_date(s.get("accessed")) or timezone.localdate(),
                    archive_url=_http_url(s.get("archive_url"), f"{where}, source {s.get('url')!r}"),
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
            if stage in UNREVIEWED:
                StageChange.objects.create(
                    claim=claim,
                    old=stage,
                    new=claim.stage,
                    by=by,
                    comment=f"Imported as {Stage(stage).label.lower()} elsewhere: back to review for this desk",
                )
    return desk


def _missing(where: str, what: str):
    raise DeskImportError(f"{where}: {what} is missing.")


def export_job(job) -> None:
    """A large desk's export, built by a worker and saved as a file to download."""
    import json
    import secrets

    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from django.core.serializers.json import DjangoJSONEncoder
    from django.urls import reverse

    desk = job.desk
    if job.created_by is None or not is_editor(job.created_by, desk.pk):
        raise JobError(gettext("Whoever runs this export must be an editor of %(desk)s.") % {"desk": isolate(desk)})
    job.report(gettext("Exporting %(desk)s…") % {"desk": isolate(desk)}, progress=10)
    data = export_desk(desk)
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2).encode("utf-8")
    name = default_storage.save(f"exports/{desk.slug}-{job.pk}-{secrets.token_hex(8)}.json", ContentFile(body))
    count = len(data.get("claims", []))
    message = ngettext("%(desk)s exported: %(count)s claims.", "%(desk)s exported: %(count)s claims.", count)
    job.succeed(
        message % {"desk": isolate(desk), "count": f"{count:,}"},
        file=name,
        filename=f"{desk.slug}.json",
        content_type="application/json",
        next_url=reverse("claims:job-download", args=[job.pk]),
        next_label=gettext("Download the desk JSON"),
    )
