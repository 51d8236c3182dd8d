"""Home, importing an article (paste or URL) and revising its text."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from .. import permissions
from ..forms import (
    ArticleImportForm,
    ArticleReviseForm,
)
from ..models import (
    Article,
    Claim,
    Job,
    JobKind,
    JobStatus,
    desk_ids_of,
)
from .common import get_article_for_user, get_job_for_user, isolate

# -- home, import ------------------------------------------------------------------


@require_GET
@login_required
def home(request: HttpRequest) -> HttpResponse:
    articles = Article.objects.for_list().filter(desk_id__in=desk_ids_of(request.user)).defer("text")[:50]
    claims = Claim.objects.for_list().visible_to(request.user)[:20]
    memberships = request.user.memberships.select_related("desk")
    return render(request, "claims/home.html", {"articles": articles, "claims": claims, "memberships": memberships})


@require_http_methods(["GET", "POST"])
@login_required
def article_import(request: HttpRequest) -> HttpResponse:
    """Paste and save; or give a URL and fetch it (a job: the page waits for it, then shows
    what was extracted in the form, for the person to check before saving)."""
    job = None
    if request.method == "POST":
        form = ArticleImportForm(request.POST, user=request.user)
        if form.is_valid():
            if "fetch" in request.POST:
                job = _start_fetch(request, form)
                if job is not None:
                    return redirect(f"{reverse('claims:import')}?job={job.pk}")
            else:
                form.validate_for_save()
                if form.is_valid():
                    article = form.save(request.user)
                    job = Job.start(JobKind.SUGGEST, desk=article.desk, by=request.user, article=article)
                    title = isolate(article.title)
                    if job.status == JobStatus.SUCCEEDED:
                        count = job.result["count"]
                        message = ngettext(
                            "Imported “%(title)s”; %(count)s claims suggested.",
                            "Imported “%(title)s”; %(count)s claims suggested.",
                            count,
                        )
                        messages.success(request, message % {"title": title, "count": count})
                    else:
                        messages.success(
                            request, _("Imported “%(title)s”; claims are being suggested.") % {"title": title}
                        )
                    return redirect(article)
    elif job_id := request.GET.get("job", "").strip():
        job = get_job_for_user(request, job_id, kind=JobKind.FETCH)
        form = _form_after_fetch(request, job)
    else:
        form = ArticleImportForm(user=request.user)
    if not form.fields["desk"].queryset.exists():
        raise PermissionDenied(_("Only checkers and editors can import articles."))
    context = {"form": form, "job": job, "max_chars": settings.ARTICLE_MAX_CHARS}
    return render(request, "claims/article_import.html", context)


FORM_FIELDS = ("desk", "fetch_url", "title", "outlet", "url", "published", "language", "byline", "text")


def _start_fetch(request: HttpRequest, form: ArticleImportForm) -> Job | None:
    url = form.cleaned_data.get("fetch_url")
    if not url:
        form.add_error("fetch_url", _("Give the URL of the article to fetch."))
        return None
    typed = {key: form.data.get(key, "") for key in FORM_FIELDS}
    return Job.start(
        JobKind.FETCH,
        desk=form.cleaned_data["desk"],
        by=request.user,
        max_attempts=1,
        params={"url": url, "form": typed},
    )


def _form_after_fetch(request: HttpRequest, job: Job) -> ArticleImportForm:
    """The form as it was posted, filled with what the fetch extracted (what was typed wins,
    but the text); unbound while the job runs, with the fetch's error if it failed."""
    data = QueryDict(mutable=True)
    data.update(job.params.get("form", {}))
    if job.status == JobStatus.SUCCEEDED:
        extracted = job.result.get("article", {})
        for key in ("title", "text", "byline", "language", "published", "outlet"):
            if extracted.get(key) and not (key != "text" and data.get(key)):
                data[key] = extracted[key]
        data["url"] = data.get("url") or job.params["url"]
    form = ArticleImportForm(data, user=request.user)
    if job.is_active:
        return ArticleImportForm(initial=data.dict(), user=request.user)
    if form.is_valid() and job.status == JobStatus.FAILED:
        form.add_error("fetch_url", job.error)
    return form


@require_http_methods(["GET", "POST"])
@login_required
def article_revise(request: HttpRequest, pk: int) -> HttpResponse:
    """A new revision of the text: claims are re-anchored and the result is reported."""
    article = get_article_for_user(request, pk)
    if not permissions.is_editor(request.user, article.desk_id):
        raise PermissionDenied(_("Only editors can revise an article's text."))
    form = ArticleReviseForm(request.POST or None, initial={"text": article.text})
    if request.method == "POST" and form.is_valid():
        report = article.revise(form.cleaned_data["text"], by=request.user, reason=form.cleaned_data["reason"])
        if report is None:
            messages.info(request, _("The text is unchanged; nothing was revised."))
        else:
            message = _(
                "Revision %(revision)s: %(kept)s claims kept their place, %(moved)s were re-anchored, "
                "%(orphaned)s could not be found and are listed as orphans."
            )
            messages.success(request, message % {"revision": article.revision, **report})  # kept, moved, orphaned
        return redirect(article)
    return render(request, "claims/article_revise.html", {"article": article, "form": form})
