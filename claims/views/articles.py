"""Home, importing an article (paste or URL) and revising its text."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from .. import permissions
from ..fetch import FetchError, fetch_article
from ..forms import (
    ArticleImportForm,
    ArticleReviseForm,
)
from ..models import (
    Article,
    Claim,
    Suggestion,
    desk_ids_of,
)
from .common import get_article_for_user

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
    fetched = False
    if request.method == "POST":
        form = ArticleImportForm(request.POST, user=request.user)
        if form.is_valid():
            if "fetch" in request.POST:
                fetched = _fill_from_url(form)
            else:
                form.validate_for_save()
                if form.is_valid():
                    article = form.save(request.user)
                    count = Suggestion.refresh_for(article)
                    messages.success(request, f"Imported “{article.title}”; {count} claims suggested.")
                    return redirect(article)
    else:
        form = ArticleImportForm(user=request.user)
    if not form.fields["desk"].queryset.exists():
        raise PermissionDenied("Only checkers and editors can import articles.")
    context = {"form": form, "fetched": fetched, "max_chars": settings.ARTICLE_MAX_CHARS}
    return render(request, "claims/article_import.html", context)


def _fill_from_url(form: ArticleImportForm) -> bool:
    """Fetch the URL and put what was extracted into the form for confirmation."""
    url = form.cleaned_data.get("fetch_url")
    if not url:
        form.add_error("fetch_url", "Give the URL of the article to fetch.")
        return False
    try:
        extracted = fetch_article(url)
    except FetchError as e:
        form.add_error("fetch_url", str(e))
        return False
    data = form.data.copy()
    for key in ("title", "text", "byline", "language", "published", "outlet"):
        if extracted.get(key) and not (key != "text" and data.get(key)):
            data[key] = extracted[key]
    data["url"] = data.get("url") or url
    form.data = data
    return True


@require_http_methods(["GET", "POST"])
@login_required
def article_revise(request: HttpRequest, pk: int) -> HttpResponse:
    """A new revision of the text: claims are re-anchored and the result is reported."""
    article = get_article_for_user(request, pk)
    if not permissions.is_editor(request.user, article.desk_id):
        raise PermissionDenied("Only editors can revise an article's text.")
    form = ArticleReviseForm(request.POST or None, initial={"text": article.text})
    if request.method == "POST" and form.is_valid():
        report = article.revise(form.cleaned_data["text"], by=request.user, reason=form.cleaned_data["reason"])
        if report is None:
            messages.info(request, "The text is unchanged; nothing was revised.")
        else:
            messages.success(
                request,
                f"Revision {article.revision}: {report['kept']} claims kept their place, {report['moved']} "
                f"were re-anchored, {report['orphaned']} could not be found and are listed as orphans.",
            )
        return redirect(article)
    return render(request, "claims/article_revise.html", {"article": article, "form": form})
