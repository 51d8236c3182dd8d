"""The workspace: an article's text with its claims marked, and marking a new claim.

The same view serves the full page and, for htmx requests, the partial the request targets.
"""

from __future__ import annotations

from collections import Counter

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url, trigger_client_event

from .. import permissions
from ..forms import (
    ClaimCreateForm,
)
from ..models import (
    Article,
    AttributionType,
    Claim,
    Speaker,
    Suggestion,
    SuggestionStatus,
    TransitionError,
)
from ..text import plain_id, segments
from .common import CLAIM_CHANGED, get_article_for_user, is_partial
from .panel import panel_context

# -- the workspace -------------------------------------------------------------------


def _attribution_summary(claims) -> list[tuple[str, str, int]]:
    counts = Counter(c.attribution_type for c in claims)
    return [(value, label, counts.get(value, 0)) for value, label in AttributionType.choices]


def workspace_context(request: HttpRequest, article: Article, selected: Claim | None, **extra) -> dict:
    claims = list(article.claims.for_list().order_by("start", "id"))
    suggestions = list(article.suggestions.pending())
    context = {
        "article": article,
        "claims": claims,
        "orphans": [c for c in claims if c.is_orphaned],
        "segments": segments(article.text, claims, suggestions),
        "suggestions": suggestions,
        "summary": _attribution_summary(claims),
        "can_import": permissions.can_import(request.user, article.desk_id),
        "is_editor": permissions.is_editor(request.user, article.desk_id),
        "new_form": extra.pop("new_form", None) or ClaimCreateForm(article=article),
        "speakers": Speaker.objects.filter(desk_id=article.desk_id)[:500],
        **extra,
    }
    if selected is not None:
        context.update(panel_context(request, selected))
    return context


@require_GET
@login_required
@vary_on_headers("HX-Request", "HX-Target")
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_article_for_user(request, pk)
    selected = None
    if claim_id := request.GET.get("claim", "").strip():
        if plain_id(claim_id) is None:
            raise Http404("No such claim in this article.")
        selected = get_object_or_404(
            Claim.objects.select_related("speaker", "rating", "assignee", "article"), pk=claim_id, article=article
        )
    template = "claims/article_detail.html"
    if is_partial(request):
        if request.htmx.target == "attribution-summary":
            template += "#attribution-summary"
        elif selected is not None:
            template = "claims/_panel.html#panel"
        else:
            template += "#workspace"
    # After a reject without JavaScript, the page offers its undo (a rejected suggestion of this article).
    undo = None
    if undo_id := plain_id(request.GET.get("undo", "")):
        undo = article.suggestions.filter(pk=undo_id, status=SuggestionStatus.REJECTED).first()
    return render(request, template, workspace_context(request, article, selected, undo=undo))


@require_http_methods(["GET", "POST"])
@login_required
def claim_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Create a claim from a selection (start/end) or, without JavaScript, a chosen sentence."""
    article = get_article_for_user(request, pk)
    if not permissions.can_import(request.user, article.desk_id):
        raise PermissionDenied("Viewers cannot mark claims.")
    suggestion = None
    if suggestion_id := (request.POST or request.GET).get("suggestion", ""):
        suggestion = get_object_or_404(article.suggestions, pk=plain_id(suggestion_id) or 0)
        if suggestion.status != SuggestionStatus.PENDING:
            messages.error(request, "This suggestion was already decided.")
            return redirect(article)
    initial = _initial_from(suggestion) if suggestion else request.GET.dict()
    form = ClaimCreateForm(request.POST or None, article=article, initial=initial or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                claim = form.save_for(article.desk, request.user)
                if suggestion:
                    suggestion.mark_accepted(claim, by=request.user)
        except TransitionError as decided:  # accepted or rejected a moment ago: that decision stands
            messages.error(request, str(decided))
            return redirect(article)
        url = f"{article.get_absolute_url()}?claim={claim.pk}"
        if not is_partial(request):
            return redirect(url)
        response = render(request, "claims/article_detail.html#workspace", workspace_context(request, article, claim))
        return trigger_client_event(push_url(response, url), CLAIM_CHANGED)
    if is_partial(request):
        return render(
            request, "claims/article_detail.html#workspace", workspace_context(request, article, None, new_form=form)
        )
    return render(request, "claims/claim_new.html", {"article": article, "new_form": form})


def _initial_from(suggestion: Suggestion) -> dict:
    """The claim form prefilled from a suggestion, for correcting before saving."""
    return {
        "suggestion": suggestion.pk,
        "start": suggestion.start,
        "end": suggestion.end,
        "quote": suggestion.content,
        "text": suggestion.content,
        "speaker_name": suggestion.speaker_name,
        "speaker_title": suggestion.speaker_title,
        "attribution_type": suggestion.attribution_type,
        "attribution": suggestion.source,
        "cue": suggestion.cue,
        "quote_type": suggestion.quote_type,
        "anonymity_reason": suggestion.anonymity_reason,
    }
