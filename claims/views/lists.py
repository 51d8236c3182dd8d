"""Lists across articles: the claim list with its filters and bulk assignment, a claim
entered without an article, my queue, notifications and the navigation counts."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from .. import permissions, search
from ..filters import ClaimFilter, NamedFilter
from ..forms import AssignForm, StandaloneClaimForm
from ..models import Claim, Notification, Stage, TransitionError, desk_ids_edited_by
from ..pagination import IdsFirstPaginator
from ..text import plain_id
from .common import CLAIM_CHANGED, is_partial, isolate


@require_GET
@login_required
@vary_on_headers("HX-Request")
def claim_list(request: HttpRequest) -> HttpResponse:
    claims = Claim.objects.for_list().visible_to(request.user)
    claim_filter = ClaimFilter(request.GET, queryset=claims, request=request)
    page = IdsFirstPaginator(claim_filter.qs, 25).get_page(request.GET.get("page"))
    template = "claims/claim_list.html" + ("#results" if is_partial(request) else "")
    editor_desks = _editor_desks(request)
    return render(
        request,
        template,
        {
            "filter": claim_filter,
            "page": page,
            "can_assign": bool(editor_desks),
            "assign_form": AssignForm(desk_ids=editor_desks) if editor_desks else None,
            "search_query": search.parse(request.GET.get("q", "")),
            "named_filters": [n for n, f in claim_filter.filters.items() if isinstance(f, NamedFilter)],
        },
    )


@require_GET
@login_required
def filter_options(request: HttpRequest, name: str) -> HttpResponse:
    """The options of one of the list's name filters (speaker, outlet, article, assignee) as
    the user types: at most 20, from their desks. A filter without options is 404."""
    flt = ClaimFilter.base_filters.get(name)
    if not isinstance(flt, NamedFilter):
        raise Http404("No such filter.")
    options = flt.options(request, request.GET.get(name, "").strip())
    return render(request, "claims/claim_list.html#filter-options", {"options": options})


def _editor_desks(request: HttpRequest) -> list[int]:
    return desk_ids_edited_by(request.user)


def _bulk_assign_form(request: HttpRequest, data=None):
    desks = _editor_desks(request)
    return AssignForm(data, desk_ids=desks) if desks else None


@require_POST
@login_required
def claim_bulk_assign(request: HttpRequest) -> HttpResponse:
    form = _bulk_assign_form(request, request.POST)
    if form is None:
        raise PermissionDenied(_("Only editors can assign claims."))
    ids = [i for i in map(plain_id, request.POST.getlist("claims")) if i is not None]
    back = redirect(reverse("claims:list") + "?" + request.POST.get("query", ""))
    if not form.is_valid() or not ids:
        messages.error(request, _("Choose claims and a person to assign them to."))
        return back
    assignee = form.cleaned_data["assignee"]
    done, locked, elsewhere = 0, 0, 0
    for claim in Claim.objects.filter(pk__in=ids, desk_id__in=_editor_desks(request)).only("pk", "desk_id"):
        # The person must work on the claim's own desk, not just on one of the editor's desks.
        if not permissions.can_import(assignee, claim.desk_id):
            elsewhere += 1
            continue
        try:
            # Each row is locked and decided as it is now (an approval a moment ago holds).
            Claim.move(claim.pk, "assign", by=request.user, version=None, to=assignee, due=form.cleaned_data["due"])
            done += 1
        except TransitionError:
            locked += 1
    messages.success(request, _assigned_message(done, locked, elsewhere, assignee))
    return trigger_client_event(back, CLAIM_CHANGED)


def _assigned_message(done: int, locked: int, elsewhere: int, assignee) -> str:
    """What a bulk assignment did: how many claims it assigned, and why it refused the others."""
    if locked and elsewhere:
        message = ngettext(
            "Assigned %(count)s claim; refused: %(locked)s approved or published, "
            "%(elsewhere)s of a desk %(person)s is not on.",
            "Assigned %(count)s claims; refused: %(locked)s approved or published, "
            "%(elsewhere)s of a desk %(person)s is not on.",
            done,
        )
    elif locked:
        message = ngettext(
            "Assigned %(count)s claim; refused: %(locked)s approved or published.",
            "Assigned %(count)s claims; refused: %(locked)s approved or published.",
            done,
        )
    elif elsewhere:
        message = ngettext(
            "Assigned %(count)s claim; refused: %(elsewhere)s of a desk %(person)s is not on.",
            "Assigned %(count)s claims; refused: %(elsewhere)s of a desk %(person)s is not on.",
            done,
        )
    else:
        message = ngettext("Assigned %(count)s claim.", "Assigned %(count)s claims.", done)
    return message % {"count": done, "locked": locked, "elsewhere": elsewhere, "person": isolate(assignee)}


@require_GET
@login_required
def my_queue(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    overdue_first = Case(When(due__lt=today, then=Value(0)), default=Value(1), output_field=IntegerField())
    queue = list(
        Claim.objects.for_list()
        .queue_for(request.user)
        .select_related("submitted_by")
        .order_by(overdue_first, "due", "-updated")
    )
    editor_desks = set(_editor_desks(request))
    # Waiting for review on a desk I edit is an editor's to-do; everything else is my own work.
    is_review = {c.pk: c.stage == Stage.REVIEW and c.desk_id in editor_desks for c in queue}
    waiting = [c for c in queue if is_review[c.pk]]
    mine = [c for c in queue if not is_review[c.pk]]
    by_stage = {label: [c for c in mine if c.stage == value] for value, label in Stage.choices}
    context = {
        "by_stage": by_stage,
        "has_any": bool(mine),
        "waiting": waiting,
        "today": today,
        "count": len(queue),
    }
    return render(request, "claims/queue.html", context)


@require_GET
@login_required
def nav_counts(request: HttpRequest) -> HttpResponse:
    return render(request, "base.html#nav-counts")


@require_http_methods(["GET", "POST"])
@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    mine = Notification.objects.filter(user=request.user, claim__desk__members=request.user)
    if request.method == "POST":
        mine.unread().update(is_read=True)
        response = redirect("claims:notifications")
        return trigger_client_event(response, CLAIM_CHANGED)
    return render(request, "claims/notifications.html", {"notifications": mine.for_list()[:100]})


@require_http_methods(["GET", "POST"])
@login_required
def claim_create(request: HttpRequest) -> HttpResponse:
    """A claim heard on the radio or seen in a post: no article to anchor it in."""
    form = StandaloneClaimForm(request.POST or None, user=request.user)
    if not form.fields["desk"].queryset.exists():
        raise PermissionDenied(_("Only checkers and editors can enter claims."))
    if request.method == "POST" and form.is_valid():
        claim = form.save_for(request.user)
        messages.success(request, _("Claim saved."))
        return redirect(claim)
    return render(request, "claims/claim_create.html", {"form": form})
