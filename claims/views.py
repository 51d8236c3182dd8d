from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from .models import Article, Claim


def _get_article_for_user(request: HttpRequest, pk: int) -> Article:
    """The article if the user is a member of its desk; 404 otherwise, so nothing leaks."""
    return get_object_or_404(Article.objects.select_related("outlet", "desk").filter(desk__members=request.user), pk=pk)


def _get_claim_for_user(request: HttpRequest, pk: int) -> Claim:
    qs = Claim.objects.select_related("article__outlet", "speaker", "rating", "assignee", "desk")
    return get_object_or_404(qs.filter(desk__members=request.user), pk=pk)


@require_GET
@login_required
def home(request: HttpRequest) -> HttpResponse:
    articles = Article.objects.for_list().filter(desk__members=request.user)[:50]
    claims = Claim.objects.for_list().filter(desk__members=request.user)[:50]
    return render(request, "claims/home.html", {"articles": articles, "claims": claims})


@require_GET
@login_required
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    claims = article.claims.for_list().order_by("start", "id")
    return render(request, "claims/article_detail.html", {"article": article, "claims": claims})


@require_GET
@login_required
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_user(request, pk)
    return render(
        request,
        "claims/claim_detail.html",
        {
            "claim": claim,
            "sources": claim.sources.all(),
            "notes": claim.notes.select_related("author"),
            "changes": claim.stage_changes.select_related("by"),
        },
    )
