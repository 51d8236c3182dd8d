"""The app's claim suggestions in the workspace: accept (one keystroke), reject, correct."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import push_url, trigger_client_event

from .. import permissions
from ..archive import earlier_checks_of, possible_duplicates_of
from ..models import Job, JobKind, JobStatus, Suggestion, TransitionError, desk_ids_of
from ..suggest.attribution import normalise_name
from .common import CLAIM_CHANGED, get_article_for_user, is_partial
from .workspace import workspace_context


def _get_suggestion_for_user(request: HttpRequest, pk: int) -> Suggestion:
    suggestion = get_object_or_404(
        Suggestion.objects.select_related("article__desk").filter(article__desk__members=request.user), pk=pk
    )
    if not permissions.can_import(request.user, suggestion.article.desk_id):
        raise PermissionDenied(_("Viewers cannot decide on suggestions."))
    return suggestion


@require_GET
@login_required
def suggestion_checked_before(request: HttpRequest, pk: int) -> HttpResponse:
    """Checked before? for a suggestion (triage links here; it is no claim yet): the desk's closest
    earlier checks, and the claims still in the review that say the same. Read-only: linking waits
    until the suggestion is a claim."""
    suggestion = get_object_or_404(
        Suggestion.objects.select_related("article").filter(article__desk_id__in=desk_ids_of(request.user)), pk=pk
    )
    desk_id = suggestion.article.desk_id
    context = {
        "suggestion": suggestion,
        "checks": earlier_checks_of(desk_id, suggestion.content),
        "duplicates": possible_duplicates_of(desk_id, suggestion.content),
        "linked": [],
        "can_discuss": False,
    }
    return render(request, "claims/suggestion_checked_before.html", context)


def _workspace_response(request: HttpRequest, article, claim=None, undo=None) -> HttpResponse:
    url = article.get_absolute_url() + (f"?claim={claim.pk}" if claim else "")
    if not is_partial(request):
        if undo is not None:
            url += ("&" if "?" in url else "?") + f"undo={undo.pk}"
        return redirect(url)
    context = workspace_context(request, article, claim, undo=undo)
    response = render(request, "claims/article_detail.html#workspace", context)
    return trigger_client_event(push_url(response, url), CLAIM_CHANGED)


def _accepted(count: int) -> str:
    return ngettext("Accepted %(count)s suggestion.", "Accepted %(count)s suggestions.", count) % {"count": count}


@require_POST
@login_required
def suggestions_refresh(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_article_for_user(request, pk)
    if not permissions.can_import(request.user, article.desk_id):
        raise PermissionDenied(_("Viewers cannot run the suggester."))
    job = Job.start(JobKind.SUGGEST, desk=article.desk_id, by=request.user, article=article)
    if job.status == JobStatus.SUCCEEDED:
        count = job.result["count"]
        message = ngettext("%(count)s suggestion proposed.", "%(count)s suggestions proposed.", count)
        messages.success(request, message % {"count": count})
    return _workspace_response(request, article)  # else the workspace shows the job's progress


@require_POST
@login_required
def suggestion_accept(request: HttpRequest, pk: int) -> HttpResponse:
    suggestion = _get_suggestion_for_user(request, pk)
    try:
        claim = suggestion.accept(by=request.user)
    except TransitionError as e:
        messages.error(request, str(e))
        claim = None
    return _workspace_response(request, suggestion.article, claim)


@require_POST
@login_required
def suggestion_reject(request: HttpRequest, pk: int) -> HttpResponse:
    suggestion = _get_suggestion_for_user(request, pk)
    try:
        suggestion.reject(by=request.user)
    except TransitionError as decided:
        messages.error(request, str(decided))
        return _workspace_response(request, suggestion.article)
    return _workspace_response(request, suggestion.article, undo=suggestion)


@require_POST
@login_required
def suggestion_undo(request: HttpRequest, pk: int) -> HttpResponse:
    """Undo a reject: the suggestion is pending again, in its place in the list."""
    suggestion = _get_suggestion_for_user(request, pk)
    try:
        suggestion.undo_reject(by=request.user)
    except TransitionError as e:
        messages.error(request, str(e))
    return _workspace_response(request, suggestion.article)


@require_POST
@login_required
def suggestion_accept_speaker(request: HttpRequest, pk: int) -> HttpResponse:
    """Accept every pending suggestion in the article attributed to the same speaker."""
    suggestion = _get_suggestion_for_user(request, pk)
    key = normalise_name(suggestion.speaker_name or suggestion.source)
    same = [
        s
        for s in suggestion.article.suggestions.pending()
        if key
        and normalise_name(s.speaker_name or s.source) == key
        and s.attribution_type == suggestion.attribution_type
    ]
    claims = []
    for s in same:
        try:
            claims.append(s.accept(by=request.user))
        except TransitionError:
            continue  # decided a moment ago by someone else: theirs stands
    messages.success(request, _accepted(len(claims)))
    return _workspace_response(request, suggestion.article, claims[0] if claims else None)


@require_POST
@login_required
def suggestion_accept_twins(request: HttpRequest, pk: int) -> HttpResponse:
    """Accept a suggestion together with its twins: the same claim proposed where the text says
    it again (a dek repeating the lede). Each becomes its own claim, anchored where it stands."""
    suggestion = _get_suggestion_for_user(request, pk)
    claims = []
    for twin in suggestion.article.suggestions.pending().twins_of(suggestion):
        try:
            claims.append(twin.accept(by=request.user))
        except TransitionError:
            continue  # decided a moment ago by someone else: theirs stands
    if claims:
        messages.success(request, _accepted(len(claims)))
    else:
        messages.error(request, _("This suggestion was already decided."))
    return _workspace_response(request, suggestion.article, claims[0] if claims else None)
