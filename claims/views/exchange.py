"""Exchanging claims with other tools: Web Annotations, CSV and the desk JSON (import and export pages)."""

from __future__ import annotations

import csv
import itertools

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods

from ..filters import ClaimFilter
from ..interop.claimreview import ClaimReviewError, import_claimreviews
from ..interop.csv import (
    CLAIM_CSV_HEADER,
    CLAIM_IMPORT_COLUMNS,
    EXPORT_INLINE_ROWS,
    IMPORT_INLINE_ROWS,
    SOURCE_IMPORT_COLUMNS,
    claim_csv_rows,
    import_claim_rows,
    import_source_rows,
    imported_message,
    preview_claim_csv,
    preview_source_csv,
)
from ..interop.deskjson import export_desk
from ..interop.webannotation import (
    ANNOTATION_PAGE_SIZE,
    REPORT_COUNTS,
    AnnotationError,
    annotation,
    annotation_collection,
    annotation_page,
    create_claims_from_annotations,
    parse_annotations,
)
from ..models import Article, Claim, Desk, ExternalCheck, Job, JobKind, Role, desk_ids_edited_by, desk_ids_of
from ..permissions import can_import, is_editor
from ..text import JSONTooDeep, bounded_json_loads
from .common import isolate, json_response

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
ANNOTATION_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
IMPORT_REPORT_KEY = "annotation-import-report"
IMPORT_REPORT_ROWS = 200  # rows of the last import's report kept for its page


def _get_claim_for_member(request: HttpRequest, pk: int) -> Claim:
    qs = Claim.objects.select_related("desk", "article", "speaker", "rating")
    return get_object_or_404(qs.filter(desk__members=request.user), pk=pk)


def _get_article_for_member(request: HttpRequest, pk: int) -> Article:
    return get_object_or_404(Article.objects.select_related("desk").filter(desk__members=request.user), pk=pk)


def _get_article_for_importer(request: HttpRequest, pk: int) -> Article:
    article = _get_article_for_member(request, pk)
    if not can_import(request.user, article.desk_id):
        raise PermissionDenied(_("Only checkers and editors of this desk can import annotations."))
    return article


def _get_desk_for_editor(request: HttpRequest, slug: str) -> Desk:
    desk = get_object_or_404(Desk.objects.filter(members=request.user), slug=slug)
    if not is_editor(request.user, desk.pk):
        raise PermissionDenied(_("Only editors and admins of this desk can export it."))
    return desk


def _import_desks(request: HttpRequest):
    roles = [Role.CHECKER, Role.EDITOR, Role.ADMIN]
    return Desk.objects.filter(memberships__user=request.user, memberships__role__in=roles).order_by("name")


# -- Web Annotations --------------------------------------------------------------------


@require_GET
@login_required
def claim_annotation(request: HttpRequest, pk: int) -> HttpResponse:
    return json_response(annotation(_get_claim_for_member(request, pk)), content_type=ANNOTATION_CONTENT_TYPE)


@require_GET
@login_required
def article_annotations(request: HttpRequest, pk: int) -> HttpResponse:
    """The article's AnnotationCollection (its first page embedded), or ``?page=N``: one AnnotationPage."""
    article = _get_article_for_member(request, pk)
    claims = article.claims.select_related("speaker", "rating").prefetch_related("tags").order_by("start", "id")
    paginator = Paginator(claims, ANNOTATION_PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except InvalidPage as e:
        raise Http404(_("No such page of annotations.")) from e
    for claim in page.object_list:
        claim.article = article
    if "page" in request.GET:
        data = annotation_page(article, page.object_list, number=page.number, total=paginator.count)
    else:
        data = annotation_collection(article, page.object_list, total=paginator.count)
    return json_response(data, content_type=ANNOTATION_CONTENT_TYPE)


def _read_upload(upload, not_text: str) -> str:
    """An uploaded file as text, within the size limit, or a form error saying why not."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise forms.ValidationError(
            _("The file is larger than %(size)s MB.") % {"size": MAX_UPLOAD_BYTES // 1024 // 1024}
        )
    try:
        return upload.read().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise forms.ValidationError(not_text) from e


class AnnotationImportForm(forms.Form):
    file = forms.FileField(required=False, label=gettext_lazy("Annotation file (JSON or JSON-LD)"))
    json = forms.CharField(
        required=False,
        label=gettext_lazy("Or paste the JSON"),
        widget=forms.Textarea(attrs={"rows": 10, "dir": "auto"}),
    )

    def clean(self):
        cleaned = super().clean()
        if upload := cleaned.get("file"):
            cleaned["json"] = _read_upload(upload, _("The file is not UTF-8 text."))
        if not (cleaned.get("json") or "").strip():
            raise forms.ValidationError(_("Choose a file or paste an annotation."))
        try:
            cleaned["parsed"] = parse_annotations(cleaned["json"])
        except AnnotationError as e:
            # Keep what was uploaded in the text area so it can be corrected.
            self.data = self.data.copy()
            self.data["json"] = cleaned["json"]
            raise forms.ValidationError(str(e)) from e
        return cleaned


@require_http_methods(["GET", "POST"])
@login_required
def article_annotations_import(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_importer(request, pk)
    if request.method == "POST":
        form = AnnotationImportForm(request.POST, request.FILES)
        if form.is_valid():
            report = create_claims_from_annotations(article, form.cleaned_data["parsed"], by=request.user)
            message = _(
                "%(created)s claim(s) created, %(updated)s updated, %(unchanged)s unchanged "
                "(%(anchored)s anchored exactly, %(fuzzy)s approximately, %(orphaned)s orphaned); "
                "%(notes)s note(s) and %(tags)s tag(s) added; %(skipped)s annotation(s) skipped."
            )
            counts = {key: report[key] for key in REPORT_COUNTS}
            (messages.warning if report["skipped"] else messages.success)(request, message % counts)
            # What became of each annotation, shown once on the page the import returns to.
            items = report["items"]
            request.session[IMPORT_REPORT_KEY] = {
                "article": article.pk,
                "items": items[:IMPORT_REPORT_ROWS],
                "more": max(0, len(items) - IMPORT_REPORT_ROWS),
            }
            return redirect("claims:annotations-import", pk=article.pk)
        last = None
    else:
        form = AnnotationImportForm()
        last = request.session.pop(IMPORT_REPORT_KEY, None)
    orphans = article.claims.filter(is_orphaned=True).select_related("speaker").order_by("id")
    context = {"article": article, "form": form, "orphans": orphans}
    context["report"] = last if last and last.get("article") == article.pk else None
    return render(request, "interop/annotations_import.html", context)


# -- CSV ----------------------------------------------------------------------------------


@require_GET
@login_required
def claims_csv(request: HttpRequest) -> HttpResponse:
    queryset = Claim.objects.for_list().visible_to(request.user)
    filterset = ClaimFilter(request.GET, queryset=queryset, request=request)
    if not filterset.is_valid():
        return HttpResponse(
            _("Invalid filters: %(errors)s") % {"errors": filterset.errors.as_text()},
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    # A large export is a job that writes a file (its page offers the download), unless the
    # client asks for the stream (?stream=1: scripts that read the CSV as it comes).
    stream = request.GET.get("stream") == "1"
    big = not stream and filterset.qs.order_by()[: EXPORT_INLINE_ROWS + 1].count() > EXPORT_INLINE_ROWS
    if big and (desk_id := request.user.memberships.values_list("desk_id", flat=True).first()):
        query = request.GET.copy()
        query.pop("stream", None)
        job = Job.start(
            JobKind.EXPORT_CSV, desk=desk_id, by=request.user, max_attempts=2, params={"query": query.urlencode()}
        )
        return redirect(job)
    # Streamed row by row from a server-side cursor: memory stays flat however many rows match.
    writer = csv.writer(_Echo())
    lines = (writer.writerow(row) for row in itertools.chain([CLAIM_CSV_HEADER], claim_csv_rows(filterset.qs)))
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="claims.csv"'
    return response


class _Echo:
    """A file-like object whose ``write`` hands the line back, for streaming ``csv.writer``."""

    def write(self, value: str) -> str:
        return value


class CsvImportForm(forms.Form):
    kind = forms.ChoiceField(
        choices=[("claims", gettext_lazy("Claims")), ("sources", gettext_lazy("Sources"))],
        label=gettext_lazy("What the file holds"),
    )
    desk = forms.ModelChoiceField(queryset=Desk.objects.none(), empty_label=None, label=gettext_lazy("Desk"))
    file = forms.FileField(required=False, label=gettext_lazy("CSV file (UTF-8)"))
    content = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, desks: list[Desk], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["desk"].queryset = Desk.objects.filter(pk__in=[d.pk for d in desks])
        if len(desks) == 1:
            self.fields["desk"].widget = forms.HiddenInput()
            self.fields["desk"].initial = desks[0].pk

    def clean(self):
        cleaned = super().clean()
        if upload := cleaned.get("file"):
            cleaned["content"] = _read_upload(upload, _("The file is not UTF-8 text; save it as CSV UTF-8."))
        if not (cleaned.get("content") or "").strip():
            raise forms.ValidationError(_("Choose a CSV file."))
        return cleaned


@require_http_methods(["GET", "POST"])
@login_required
def claims_import(request: HttpRequest) -> HttpResponse:
    desks = list(_import_desks(request))
    if not desks:
        raise PermissionDenied(_("Only checkers and editors can import claims."))
    kind = request.GET.get("kind") if request.GET.get("kind") in ("claims", "sources") else "claims"
    preview = None
    if request.method == "POST":
        form = CsvImportForm(request.POST, request.FILES, desks=desks)
        if form.is_valid():
            desk, raw, kind = form.cleaned_data["desk"], form.cleaned_data["content"], form.cleaned_data["kind"]
            preview = preview_source_csv(raw, desk, request.user) if kind == "sources" else preview_claim_csv(raw, desk)
            if "confirm" in request.POST and preview.ok and len(preview.rows) > IMPORT_INLINE_ROWS:
                params = {"kind": kind, "content": raw, "rows": len(preview.rows)}
                job = Job.start(JobKind.IMPORT_CLAIMS, desk=desk, by=request.user, max_attempts=2, params=params)
                return redirect(job)
            if "confirm" in request.POST and preview.ok:
                if kind == "sources":
                    done = import_source_rows(preview, by=request.user)
                else:
                    done = import_claim_rows(preview, desk, by=request.user)
                messages.success(request, imported_message(kind, len(done), desk))
                return redirect(f"{reverse('claims:import-claims')}?kind={kind}")
            # The content is held in a hidden field so confirming re-posts exactly what was previewed.
            form = CsvImportForm(
                initial={"kind": kind, "desk": desk.pk, "content": raw}, desks=desks, data=None, files=None
            )
    else:
        form = CsvImportForm(initial={"kind": kind, "desk": desks[0].pk}, desks=desks)
    columns = SOURCE_IMPORT_COLUMNS if kind == "sources" else CLAIM_IMPORT_COLUMNS
    return render(
        request,
        "interop/claims_import.html",
        {"form": form, "preview": preview, "kind": kind, "columns": columns, "several_desks": len(desks) > 1},
    )


# -- desk JSON ---------------------------------------------------------------------------


@require_GET
@login_required
def desk_export(request: HttpRequest, slug: str) -> HttpResponse:
    desk = _get_desk_for_editor(request, slug)
    if desk.claims.all()[: EXPORT_INLINE_ROWS + 1].count() > EXPORT_INLINE_ROWS:
        return redirect(Job.start(JobKind.EXPORT_DESK, desk=desk, by=request.user, max_attempts=2))  # a file, by a job
    return json_response(export_desk(desk), content_type="application/json", filename=f"{desk.slug}.json")


# -- other fact-checkers' ClaimReview ------------------------------------------------------


class ExternalChecksForm(forms.Form):
    desk = forms.ModelChoiceField(queryset=Desk.objects.none(), empty_label=None, label=gettext_lazy("Desk"))
    file = forms.FileField(required=False, label=gettext_lazy("ClaimReview JSON-LD file"))
    url = forms.URLField(
        required=False, label=gettext_lazy("…or a ClaimReview feed URL"), assume_scheme="https", max_length=500
    )

    def __init__(self, *args, desks, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["desk"].queryset = desks

    def clean(self):
        data = super().clean()
        if not data.get("file") and not data.get("url"):
            raise forms.ValidationError(_("Choose a file, or give the URL of a feed."))
        if data.get("file") and data["file"].size > 20_000_000:
            self.add_error("file", _("The file is over 20 MB; give its URL instead, the worker fetches it."))
        return data


@require_http_methods(["GET", "POST"])
@login_required
def external_checks(request: HttpRequest) -> HttpResponse:
    """Other fact-checkers' verdicts the desk searches in "checked before?": import a ClaimReview
    file here, or a feed URL (fetched by a job through the guarded fetcher)."""
    edited = Desk.objects.filter(pk__in=desk_ids_edited_by(request.user))
    form = ExternalChecksForm(request.POST or None, request.FILES or None, desks=edited)
    if request.method == "POST":
        if not edited.exists():
            raise PermissionDenied(_("Only editors import other fact-checkers' checks."))
        if form.is_valid():
            desk = form.cleaned_data["desk"]
            if form.cleaned_data.get("file"):
                try:
                    data = bounded_json_loads(form.cleaned_data["file"].read().decode("utf-8", errors="replace"))
                    added = import_claimreviews(desk, data)
                except JSONTooDeep as e:
                    form.add_error("file", _("The JSON is nested deeper than %(limit)s levels.") % {"limit": e.limit})
                except (ValueError, RecursionError) as e:  # ClaimReviewError is a ValueError
                    form.add_error("file", str(e) if isinstance(e, ClaimReviewError) else _("The file is not JSON."))
                else:
                    message = ngettext(
                        "%(count)s new checks by other fact-checkers imported into %(desk)s.",
                        "%(count)s new checks by other fact-checkers imported into %(desk)s.",
                        added,
                    )
                    messages.success(request, message % {"count": added, "desk": isolate(desk)})
                    return redirect("claims:external-checks")
            else:
                params = {"url": form.cleaned_data["url"]}
                return redirect(
                    Job.start(JobKind.IMPORT_CHECKS, desk=desk, by=request.user, max_attempts=1, params=params)
                )
    checks = ExternalCheck.objects.filter(desk_id__in=desk_ids_of(request.user))
    context = {"form": form, "can_import": edited.exists(), "count": checks.count(), "latest": checks[:50]}
    return render(request, "interop/external_checks.html", context)
