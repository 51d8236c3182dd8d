"""What every page view shares: the htmx partial test, the refresh event, and the lookups that
enforce access (a user of another desk gets 404, a member without the right role 403).

Permission checks happen in these helpers and in the views, never in templates: a partial
rendered alone skips whatever a template would have checked.
"""

from __future__ import annotations

import json

from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from .. import permissions
from ..models import (
    Article,
    Claim,
    Job,
    JobKind,
    desk_ids_of,
)
from ..models import isolate as isolate  # for the views' messages; it lives below them, where jobs reach it too
from ..text import plain_id

CLAIM_CHANGED = "claimChanged"  # htmx event: counters and summaries refresh on it


def is_partial(request: HttpRequest) -> bool:
    return bool(request.htmx) and not request.htmx.history_restore_request


def get_article_for_user(request: HttpRequest, pk: int) -> Article:
    """The article if the user is a member of its desk; 404 otherwise, so nothing leaks."""
    return get_object_or_404(Article.objects.select_related("outlet", "desk").filter(desk__members=request.user), pk=pk)


def get_claim_for_user(request: HttpRequest, pk: int) -> Claim:
    qs = Claim.objects.select_related("article__outlet", "speaker", "rating", "assignee", "desk")
    return get_object_or_404(qs.filter(desk__members=request.user), pk=pk)


def get_job_for_user(request: HttpRequest, pk, *, kind: JobKind | None = None) -> Job:
    """A job of the user's desk: a personal one (``permissions.PERSONAL_JOBS``) for whoever
    started it and the desk's editors, the others for every member; else 404."""
    if plain_id(str(pk)) is None:
        raise Http404("No such job.")
    jobs = Job.objects.select_related("article", "feed__outlet", "created_by").filter(
        desk_id__in=desk_ids_of(request.user)
    )
    if kind is not None:
        jobs = jobs.filter(kind=kind)
    job = get_object_or_404(jobs, pk=pk)
    if not permissions.can_see_job(request.user, job):
        raise Http404("No such job.")
    return job


def get_claim_for_editing(request: HttpRequest, pk: int) -> Claim:
    claim = get_claim_for_user(request, pk)
    if not permissions.can_edit_claim(request.user, claim):
        raise PermissionDenied(_("Only an editor, or the checker it is assigned to, can edit this claim."))
    return claim


def get_claim_for_discussion(request: HttpRequest, pk: int) -> Claim:
    claim = get_claim_for_user(request, pk)
    if not permissions.can_discuss(request.user, claim.desk_id):
        raise PermissionDenied(_("Viewers can read the discussion but not write in it."))
    return claim


def json_response(data, *, content_type: str = "application/ld+json", filename: str | None = None) -> HttpResponse:
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2), content_type=content_type
    )
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def posted_version(request: HttpRequest) -> int:
    """The claim version the page was showing when the user posted (0 if missing: then stale)."""
    return int(plain_id(request.POST.get("version", "")) or 0)
