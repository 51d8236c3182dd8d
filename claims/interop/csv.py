"""CSV of claims (export) and of claims or sources (import with a preview).

The standard: RFC 4180 CSV, UTF-8, with spreadsheet formula injection neutralised (OWASP CSV
injection). No external validator: ``tests/test_interop.py`` and ``tests/test_views_interop.py``
round-trip files through Python's csv module. Writing happens only in ``import_claim_rows`` and
``import_source_rows``.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from ..anchoring import locate_match
from ..models import (
    AttributionType,
    Claim,
    Desk,
    JobError,
    QuoteType,
    Source,
    SourceKind,
    Speaker,
    SpeakerKind,
    Stance,
    isolate,
)
from ..permissions import LOCKED_STAGES, can_edit_claim, can_import
from ..text import unstorable_at, unstorable_message

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

from .common import iso

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


# The columns the export reads, one per header cell: plain values, no model instances (building
# six objects a row was most of an export's time).
CLAIM_CSV_FIELDS = (
    "pk",
    "text",
    "quote",
    "speaker__name",
    "attribution_type",
    "attribution",
    "cue",
    "quote_type",
    "anonymity_reason",
    "rating__label",
    "stage",
    "assignee__username",
    "source_count",
    "article__title",
    "article__url",
    "updated",
)


def claim_csv_rows(claims) -> Iterator[list[str]]:
    """Export rows of ``claims`` (a ``Claim.objects.for_list()`` queryset, source_count
    annotated), streamed from a server-side cursor."""
    for *values, updated in claims.values_list(*CLAIM_CSV_FIELDS).iterator(chunk_size=2000):
        yield [csv_cell(v) for v in (*values, iso(updated))]


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
    if (at := unstorable_at(raw)) is not None:
        line = raw.count("\n", 0, at) + 1
        preview.errors.append(unstorable_message(gettext("Line %(line)s") % {"line": line}))
        return preview, []
    reader = csv.DictReader(io.StringIO(raw.lstrip("\ufeff")))
    try:
        header = [h.strip() for h in (reader.fieldnames or [])]
    except csv.Error as e:
        preview.errors.append(gettext("Line 1: not readable as CSV (%(error)s).") % {"error": e})
        return preview, []
    if not header:
        preview.errors.append(gettext("The file is empty: expected a header line with column names."))
        return preview, []
    reader.fieldnames = header
    unknown = [h for h in header if h and h not in allowed]
    if unknown:
        message = gettext("Line 1: unknown column(s) %(unknown)s; allowed: %(allowed)s.")
        preview.errors.append(message % {"unknown": ", ".join(unknown), "allowed": ", ".join(allowed)})
    missing = [h for h in required if h not in header]
    if missing:
        preview.errors.append(
            gettext("Line 1: missing required column(s) %(missing)s.") % {"missing": ", ".join(missing)}
        )
    preview.columns = [h for h in header if h in allowed]
    rows = []
    try:
        for record in reader:
            if len(rows) >= MAX_CSV_ROWS:
                preview.errors.append(gettext("More than %(limit)s rows: split the file.") % {"limit": MAX_CSV_ROWS})
                break
            if None in record:
                values = {k: _uncell(record.get(k)) for k in preview.columns}
                row = CsvRow(line=reader.line_num, values=values)
                message = gettext("line %(line)s: more cells than columns in the header.")
                row.errors.append(message % {"line": reader.line_num})
                rows.append(row)
                continue
            values = {k: _uncell(record.get(k)) for k in preview.columns}
            if not any(values.values()):
                continue
            rows.append(CsvRow(line=reader.line_num, values=values))
    except csv.Error as e:
        message = gettext("Line %(line)s: not readable as CSV (%(error)s).")
        preview.errors.append(message % {"line": reader.line_num, "error": e})
    if not rows and not preview.errors:
        preview.errors.append(gettext("The file has a header but no rows."))
    preview.rows = rows
    return preview, rows


def _err(row: CsvRow, column: str, message: str) -> None:
    row.errors.append(
        gettext("line %(line)s, column %(column)s: %(message)s")
        % {"line": row.line, "column": column, "message": message}
    )


@functools.cache
def _english_labels(choices) -> dict[str, str]:
    """Values by their labels, casefolded: a file names choices in English, whatever the page's language."""
    with translation.override(None):
        return {str(label).casefold(): value for value, label in choices.choices}


def _check_choice(row: CsvRow, column: str, choices, default):
    value = row.values.get(column, "")
    if not value:
        return default
    if value in choices.values:
        return value
    by_label = _english_labels(choices)
    if value.casefold() in by_label:
        return by_label[value.casefold()]
    message = gettext("%(value)s is not one of %(choices)s.")
    _err(row, column, message % {"value": repr(value), "choices": ", ".join(choices.values)})
    return default


def _check_length(row: CsvRow, column: str, limit: int) -> str:
    value = row.values.get(column, "")
    if len(value) > limit:
        _err(row, column, gettext("longer than %(limit)s characters.") % {"limit": limit})
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
            _err(row, "text", gettext("the claim text is required."))
        article = None
        if v.get("article_id"):
            article = by_id.get(_int(v["article_id"]))
            if article is None:
                _err(row, "article_id", gettext("no article %(id)s in this desk.") % {"id": repr(v["article_id"])})
        elif v.get("article_url"):
            article = by_url.get(v["article_url"])
            if article is None:
                _err(row, "article_url", gettext("no article with this URL in this desk."))
        d["article"] = article
        d["quote"] = v.get("quote", "")
        d["anchor"] = None
        if d["quote"] and article is None and not row.errors:
            _err(row, "quote", gettext("a quote needs an article (article_id or article_url)."))
        elif d["quote"] and article is not None:
            found = locate_match(article.text, d["quote"])
            if found is None:
                row.notes.append(gettext("quote not found in the article: the claim will be an orphan"))
            else:
                d["anchor"] = (found.start, found.end)
                if found.method == "fuzzy":
                    row.notes.append(gettext("quote matched approximately"))
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
            _err(row, "claim_id", gettext("no claim %(id)s in this desk.") % {"id": repr(v.get("claim_id"))})
        elif claim.stage in LOCKED_STAGES:
            message = gettext("claim %(id)s is %(stage)s: its sources are locked.")
            _err(row, "claim_id", message % {"id": claim.pk, "stage": claim.get_stage_display().lower()})
        elif not can_edit_claim(user, claim):
            _err(row, "claim_id", gettext("claim %(id)s is assigned to someone else.") % {"id": claim.pk})
        d["claim"] = claim
        for column in ("url", "archive_url"):
            value = v.get(column, "")
            d[column] = value
            if not value:
                if column == "url":
                    _err(row, "url", gettext("the source URL is required."))
                continue
            try:
                url_ok(value)
            except ValidationError:
                _err(row, column, gettext("%(value)s is not an http(s) URL.") % {"value": repr(value)})
            if len(value) > 500:
                _err(row, column, gettext("longer than %(limit)s characters.") % {"limit": 500})
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
                _err(row, "accessed", gettext("%(value)s is not a date (YYYY-MM-DD).") % {"value": repr(v["accessed"])})
    return preview


def import_source_rows(preview: CsvPreview, *, by) -> list[Source]:
    if not preview.ok:
        raise ValueError("Refusing to import a CSV with errors.")
    by_claim: dict[int, list[dict]] = {}
    for row in preview.rows:
        by_claim.setdefault(row.data["claim"].pk, []).append(row.data)
    created: list[Source] = []
    with transaction.atomic():  # all rows or none
        for rows in by_claim.values():
            claim = rows[0]["claim"]

            def add(claim: Claim, rows=rows) -> None:
                for d in rows:
                    source = Source(
                        claim=claim,
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

            # Evidence for an existing claim: through its guarded write (lock, history, review rule).
            claim.change(by=by, version=None, evidence=add, reason="Sources imported from CSV")
    return created


# -- as jobs (claims.tasks.HANDLERS names these) ------------------------------------------

IMPORT_INLINE_ROWS = 2000  # a confirmed import of more rows runs on the job queue
EXPORT_INLINE_ROWS = 5000  # an export of more claims is written to a file by a job


def import_job(job) -> None:
    """Import a confirmed CSV: checked again against the desk as it is now, then all rows or
    none, with the job marked done in the same transaction (a retry never imports twice)."""
    from django.contrib.auth import get_user_model

    params = job.params
    desk = job.desk
    by = get_user_model().objects.filter(pk=job.created_by_id).first()
    if by is None or not can_import(by, desk.pk):
        raise JobError(
            gettext("Whoever runs this import must be a checker or an editor of %(desk)s.") % {"desk": isolate(desk)}
        )
    rows = params["rows"]
    job.report(ngettext("Checking %(count)s rows…", "Checking %(count)s rows…", rows) % {"count": rows}, progress=5)
    if params["kind"] == "sources":
        preview = preview_source_csv(params["content"], desk, by)
    else:
        preview = preview_claim_csv(params["content"], desk)
    if not preview.ok:
        message = ngettext(
            "The file no longer imports cleanly: %(count)s rows have errors. Preview it again.",
            "The file no longer imports cleanly: %(count)s rows have errors. Preview it again.",
            preview.error_count,
        )
        raise JobError(message % {"count": preview.error_count})
    rows = len(preview.rows)
    job.report(ngettext("Importing %(count)s rows…", "Importing %(count)s rows…", rows) % {"count": rows}, progress=20)
    with transaction.atomic():
        job.lock_attempt()  # held until the rows commit: the sweep never takes this for a dead worker
        if params["kind"] == "sources":
            done = import_source_rows(preview, by=by)
        else:
            done = import_claim_rows(preview, desk, by=by)
        job.succeed(imported_message(params["kind"], len(done), desk), imported=len(done))


def imported_message(kind: str, count: int, desk) -> str:
    """What a confirmed import of ``kind`` ("claims" or "sources") did, for the page and the job."""
    if kind == "sources":
        message = ngettext(
            "Imported %(count)s sources into %(desk)s.", "Imported %(count)s sources into %(desk)s.", count
        )
    else:
        message = ngettext(
            "Imported %(count)s claims into %(desk)s.", "Imported %(count)s claims into %(desk)s.", count
        )
    return message % {"count": count, "desk": isolate(desk)}


def export_job(job) -> None:
    """Write the claims of a list filter to a CSV file in the default storage, reporting as it
    goes; the file is saved under its name only once complete."""
    import csv as csvlib
    import secrets
    import tempfile

    from django.contrib.auth import get_user_model
    from django.core.files import File
    from django.core.files.storage import default_storage
    from django.http import QueryDict
    from django.urls import reverse

    from ..filters import ClaimFilter

    user = get_user_model().objects.filter(pk=job.created_by_id).first()
    if user is None:
        raise JobError(gettext("The person who asked for this export is gone."))
    request = _Requester(user)
    filterset = ClaimFilter(
        QueryDict(job.params.get("query", "")), queryset=Claim.objects.for_list().visible_to(user), request=request
    )
    if not filterset.is_valid():
        raise JobError(gettext("Invalid filters: %(errors)s") % {"errors": filterset.errors.as_text()})
    claims = filterset.qs
    total, written = claims.count(), 0
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as out:
        writer = csvlib.writer(out)
        writer.writerow(CLAIM_CSV_HEADER)
        for row in claim_csv_rows(claims):
            writer.writerow(row)
            written += 1
            if written % 2000 == 0:
                message = ngettext(
                    "%(count)s of %(total)s claims written…", "%(count)s of %(total)s claims written…", total
                ) % {"count": f"{written:,}", "total": f"{total:,}"}
                job.report(message, progress=5 + 90 * written // max(total, 1))
        out.seek(0)
        name = default_storage.save(f"exports/claims-{job.pk}-{secrets.token_hex(8)}.csv", File(out))
    job.succeed(
        ngettext("%(count)s claims exported.", "%(count)s claims exported.", written) % {"count": f"{written:,}"},
        file=name,
        filename="claims.csv",
        content_type="text/csv; charset=utf-8",
        rows=written,
        next_url=reverse("claims:job-download", args=[job.pk]),
        next_label=gettext("Download the CSV"),
    )


class _Requester:
    """What the list filter needs of a request, for a job that runs without one."""

    def __init__(self, user) -> None:
        self.user = user
