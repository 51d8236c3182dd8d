"""A job's progress and outcome (polled by the page that started it), its retry, and the desk's
list of recent jobs."""

from __future__ import annotations

import contextlib

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect

from .. import permissions
from ..models import Job, JobKind, JobStatus, TransitionError, desk_ids_edited_by, desk_ids_of
from .common import get_job_for_user, is_partial


@require_GET
@login_required
@vary_on_headers("HX-Request")
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The job's state; polled every second by htmx while it is queued or running. With
    ``follow=1`` a finished job that leads somewhere (a fetched article's form) goes there."""
    job = get_job_for_user(request, pk)
    follow = request.GET.get("follow") == "1"
    if is_partial(request):
        if follow and job.status == JobStatus.SUCCEEDED and job.result.get("next_url"):
            return HttpResponseClientRedirect(job.result["next_url"])
        return render(
            request,
            "claims/_job.html",
            {"job": job, "follow": follow, "can_retry": permissions.can_retry_job(request.user, job)},
        )
    return render(
        request, "claims/job_detail.html", {"job": job, "can_retry": permissions.can_retry_job(request.user, job)}
    )


@require_POST
@login_required
def job_retry(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_job_for_user(request, pk)
    if not permissions.can_retry_job(request.user, job):
        if job.status != JobStatus.FAILED:
            raise PermissionDenied(_("Only a failed job can be retried."))
        raise PermissionDenied(_("Your role on this desk does not allow this job's work."))
    with contextlib.suppress(TransitionError):  # someone retried it a moment ago: show where it stands
        job.retry(by=request.user)
    job.refresh_from_db()
    if is_partial(request):
        follow = request.POST.get("follow") == "1"
        return render(
            request,
            "claims/_job.html",
            {"job": job, "follow": follow, "can_retry": permissions.can_retry_job(request.user, job)},
        )
    return redirect(job.result.get("next_url") or job)


@require_GET
@login_required
def job_download(request: HttpRequest, pk: int) -> HttpResponse:
    """The file an export job wrote, for whoever asked for it (it holds what they may see)."""
    job = get_job_for_user(request, pk)
    name = job.result.get("file", "")
    if (
        job.kind not in (JobKind.EXPORT_CSV, JobKind.EXPORT_DESK)
        or job.created_by_id != request.user.pk
        or not permissions.may_run_job(request.user, job.kind, job.desk_id)  # still allowed to see it
        or job.status != JobStatus.SUCCEEDED
        or not name
        or not default_storage.exists(name)
    ):
        raise Http404("No such export.")
    return FileResponse(
        default_storage.open(name, "rb"),
        as_attachment=True,
        filename=job.result.get("filename", "export"),
        content_type=job.result.get("content_type", "application/octet-stream"),
    )


@require_GET
@login_required
def job_list(request: HttpRequest) -> HttpResponse:
    """The desk's recent jobs: the user's own, and every job of the desks they edit."""
    jobs = Job.objects.for_list().filter(desk_id__in=desk_ids_of(request.user))
    edited = desk_ids_edited_by(request.user)
    jobs = jobs.filter(desk_id__in=edited) | jobs.filter(created_by=request.user)
    status = request.GET.get("status", "")
    if status in JobStatus.values:
        jobs = jobs.filter(status=status)
    page = Paginator(jobs, 50).get_page(request.GET.get("page"))
    return render(request, "claims/job_list.html", {"page": page, "status": status, "statuses": JobStatus.choices})
