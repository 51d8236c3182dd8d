"""The claim panel: attribution, verdict, sources, notes and workflow, each part saved on its own.

Every change to what a claim says goes through the model's guarded write (``Claim.save_checked()``
and the workflow verbs); the views only pick the form, the part to re-render and the status.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import reswap, retarget, trigger_client_event

from .. import permissions
from ..archive import earlier_checks, possible_duplicates
from ..forms import (
    AssignForm,
    AttributionForm,
    NoteForm,
    SourceForm,
    VerdictForm,
)
from ..models import (
    Claim,
    ClaimLink,
    Note,
    Presence,
    Source,
    Speaker,
    Stage,
    StaleVersion,
    Tag,
    TransitionError,
)
from ..text import plain_id
from .common import (
    CLAIM_CHANGED,
    get_claim_for_discussion,
    get_claim_for_editing,
    get_claim_for_user,
    is_partial,
    isolate,
    posted_version,
)

# -- the claim panel ---------------------------------------------------------------


def _threaded(notes) -> list[Note]:
    by_parent: dict[int | None, list[Note]] = {}
    for note in notes:
        by_parent.setdefault(note.parent_id, []).append(note)
    for note in notes:
        note.thread = by_parent.get(note.pk, [])
    return by_parent.get(None, [])


def panel_context(request: HttpRequest, claim: Claim, **forms) -> dict:
    user = request.user
    sources = list(claim.sources.all())
    notes = list(claim.notes.select_related("author"))
    can_edit = permissions.can_edit_claim(user, claim)
    editor = permissions.is_editor(user, claim.desk_id)
    context = {
        "claim": claim,
        "can_edit": can_edit,
        "can_discuss": permissions.can_discuss(user, claim.desk_id),
        "is_editor": editor,
        "sources": sources,
        "notes": _threaded(notes),
        "changes": claim.stage_changes.select_related("by")[:20],
        "actions": [(a, permissions.ACTION_LABELS[a]) for a in permissions.available_actions(user, claim)],
        "blocked_step": permissions.next_step_blocker(user, claim),
        "attribution_form": forms.get("attribution_form") or (AttributionForm(instance=claim) if can_edit else None),
        "verdict_form": forms.get("verdict_form") or (VerdictForm(instance=claim) if can_edit else None),
        "source_form": forms.get("source_form") or (SourceForm(prefix="source") if can_edit else None),
        "note_form": forms.get("note_form") or NoteForm(),
        "tags": list(claim.tags.all()),
        "assign_form": AssignForm(desk_ids=[claim.desk_id]) if editor else None,
        "conflict": forms.get("conflict"),
        "workflow_error": forms.get("workflow_error"),
        "edit_source": forms.get("edit_source"),
        "sources_error": forms.get("sources_error"),
        "saved": forms.get("saved"),
    }
    return context


def _panel_response(request: HttpRequest, claim: Claim, part: str, status: int = 200, changed: bool = False, **forms):
    """The updated part for htmx, or a redirect back to the claim for a plain form post."""
    if not is_partial(request) and status == 200 and not forms:
        if changed:
            messages.success(request, _("Saved."))
        return redirect(claim.get_workspace_url())
    if is_partial(request) and changed and status == 200 and not forms:
        # A saved change re-renders the whole panel, so every part (its version, the workflow
        # buttons a verdict or source makes possible) shows the claim as it is now.
        response = render(request, "claims/_panel.html#panel", panel_context(request, claim, saved=part))
        response = reswap(retarget(response, "#panel"), "outerHTML")
        return trigger_client_event(response, CLAIM_CHANGED)
    template = f"claims/_panel.html#{part}" if is_partial(request) else "claims/claim_detail.html"
    response = render(request, template, panel_context(request, claim, **forms), status=status)
    return trigger_client_event(response, CLAIM_CHANGED) if changed else response


@require_GET
@login_required
@vary_on_headers("HX-Request")
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_claim_for_user(request, pk)
    if is_partial(request):
        return render(request, "claims/_panel.html#panel", panel_context(request, claim))
    return render(request, "claims/claim_detail.html", panel_context(request, claim))


def _save_versioned(request: HttpRequest, claim: Claim, form, part: str, fields: list[str]) -> HttpResponse:
    """Save a versioned form; a stale version answers 409 with both sides shown."""
    if not form.is_valid():
        return _panel_response(request, claim, part, **{f"{part}_form": form})
    if not [name for name in form.changed_data if name != "version"]:
        return _panel_response(request, claim, part)  # nothing changed: no save, no new verdict author
    try:
        with transaction.atomic():  # a refused write also undoes the speaker it named
            updated = form.save(commit=False)
            if hasattr(form, "resolve_speaker"):
                updated.speaker = form.resolve_speaker(claim.desk, by=request.user)
                fields = [*fields, "speaker"]
            updated.change(by=request.user, version=form.cleaned_data["version"], fields=fields)
    except StaleVersion as stale:
        current = get_claim_for_user(request, claim.pk)
        theirs = type(form)(instance=current)
        names = [name for name in form.fields if name != "version"]
        conflict = {
            "part": part,
            "by": current.history.first().history_user if current.history.exists() else None,
            "rows": [
                (form[name].label, _field_text(theirs, name), _field_text(form, name))
                for name in names
                if _field_text(theirs, name) != _field_text(form, name)
            ],
        }
        # "Reapply mine": the user's values on top of the current version.
        rebased = type(form)(instance=current, data={**request.POST.dict(), "version": stale.current.version})
        return _panel_response(request, current, part, status=409, conflict=conflict, **{f"{part}_form": rebased})
    return _panel_response(request, updated, part, changed=True)


def _field_text(form, name: str) -> str:
    """What a field shows, as text: the choice label for a select, else the value."""
    value = form[name].value()
    for key, label in getattr(form.fields[name], "choices", None) or []:
        if str(getattr(key, "value", key)) == str(value) and value not in (None, ""):
            return str(label)
    return "" if value is None else str(value).strip()


@require_http_methods(["GET", "POST"])
@login_required
def claim_attribution(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_claim_for_editing(request, pk)
    if request.method == "GET":
        return _panel_response(request, claim, "attribution", attribution_form=AttributionForm(instance=claim))
    form = AttributionForm(request.POST, instance=claim)
    return _save_versioned(request, claim, form, "attribution", list(AttributionForm.Meta.fields))


@require_POST
@login_required
def claim_verdict(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_claim_for_editing(request, pk)
    form = VerdictForm(request.POST, instance=claim)
    return _save_versioned(request, claim, form, "verdict", ["rating", "summary"])


def _stale_sources(request: HttpRequest, claim: Claim, **forms) -> HttpResponse:
    """409: the claim changed since the page showed it; nothing was saved and the input is kept."""
    current = get_claim_for_user(request, claim.pk)
    message = _(
        "This claim changed since you opened it (now version %(version)s); nothing was saved. "
        "Check the sources below and try again."
    ) % {"version": current.version}
    return _panel_response(request, current, "sources", status=409, sources_error=message, **forms)


@require_POST
@login_required
def source_add(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_claim_for_editing(request, pk)
    form = SourceForm(request.POST, prefix="source")
    if not form.is_valid():
        return _panel_response(request, claim, "sources", source_form=form)

    def add(claim: Claim) -> None:
        source = form.save(commit=False)
        source.claim, source.added_by = claim, request.user
        source._history_user = request.user
        source.save()

    try:
        claim.change(by=request.user, version=posted_version(request), evidence=add, reason="Source added")
    except StaleVersion:
        return _stale_sources(request, claim, source_form=form)
    return _panel_response(request, claim, "sources", changed=True)


def _get_source_for_editing(request: HttpRequest, pk: int) -> Source:
    source = get_object_or_404(Source.objects.filter(claim__desk__members=request.user), pk=pk)
    get_claim_for_editing(request, source.claim_id)
    return source


@require_http_methods(["GET", "POST"])
@login_required
def source_edit(request: HttpRequest, pk: int) -> HttpResponse:
    source = _get_source_for_editing(request, pk)
    claim = get_claim_for_user(request, source.claim_id)
    form = SourceForm(request.POST or None, instance=source, prefix=f"source-{source.pk}")
    if request.method == "POST" and form.is_valid():
        if form.has_changed():

            def edit(claim: Claim) -> None:
                form.instance._history_user = request.user
                form.save()

            try:
                claim.change(by=request.user, version=posted_version(request), evidence=edit, reason="Source edited")
            except StaleVersion:
                return _stale_sources(request, claim, edit_source=(source.pk, form))
        return _panel_response(request, claim, "sources", changed=True)
    return _panel_response(request, claim, "sources", edit_source=(source.pk, form))


@require_POST
@login_required
def source_delete(request: HttpRequest, pk: int) -> HttpResponse:
    source = _get_source_for_editing(request, pk)
    claim = get_claim_for_user(request, source.claim_id)

    def delete(claim: Claim) -> None:
        source._history_user = request.user
        source.delete()

    try:
        claim.change(by=request.user, version=posted_version(request), evidence=delete, reason="Source removed")
    except StaleVersion:
        return _stale_sources(request, claim)
    return _panel_response(request, claim, "sources", changed=True)


@require_POST
@login_required
def note_add(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_claim_for_discussion(request, pk)
    form = NoteForm(request.POST)
    if not form.is_valid():
        return _panel_response(request, claim, "notes", note_form=form)
    parent = None
    if form.cleaned_data.get("parent"):
        parent = get_object_or_404(Note, pk=form.cleaned_data["parent"], claim=claim)
    Note.post(claim, author=request.user, body=form.cleaned_data["body"], parent=parent)
    return _panel_response(request, claim, "notes", changed=True)


@require_GET
@login_required
@vary_on_headers("HX-Request")
def checked_before(request: HttpRequest, pk: int) -> HttpResponse:
    """The claim's closest earlier checks in the desk, its possible duplicates among the claims still in the
    review, and the claims linked as the same one (loaded after the panel, so the panel never waits for
    the matcher)."""
    return _checked_before(request, get_claim_for_user(request, pk))


def _checked_before(request: HttpRequest, claim: Claim) -> HttpResponse:
    linked = list(claim.same_as().select_related("rating"))
    linked_ids = {other.pk for other in linked}
    checks = [c for c in earlier_checks(claim) if c.claim is None or c.claim.pk not in linked_ids]
    duplicates = [other for other in possible_duplicates(claim) if other.pk not in linked_ids]
    context = {
        "claim": claim,
        "checks": checks,
        "duplicates": duplicates,
        "linked": linked,
        "can_discuss": permissions.can_discuss(request.user, claim.desk_id),
    }
    if is_partial(request):
        return render(request, "claims/_checked_before.html", context)
    return render(request, "claims/checked_before.html", context)


@require_POST
@login_required
def claim_same_as(request: HttpRequest, pk: int) -> HttpResponse:
    """Link (or unlink) another claim of the desk as the same claim: both stay their own checks."""
    claim = get_claim_for_discussion(request, pk)
    other_id = plain_id(request.POST.get("other", "").strip())
    if other_id is None or other_id >= 2**63:
        raise Http404("No such claim in this desk.")
    other = get_object_or_404(Claim.objects.filter(desk_id=claim.desk_id).exclude(pk=claim.pk), pk=other_id)
    if request.POST.get("action") == "unlink":
        ClaimLink.unlink(claim, other)
    else:
        ClaimLink.link(claim, other, by=request.user)
    if is_partial(request):
        return _checked_before(request, claim)
    return redirect(reverse("claims:checked-before", args=[claim.pk]))


@require_POST
@login_required
def claim_tags(request: HttpRequest, pk: int) -> HttpResponse:
    """Label the claim: comma-separated names, new ones added to the desk's tags."""
    claim = get_claim_for_discussion(request, pk)
    claim.set_tags(Tag.parse(request.POST.get("tags", "")))
    if is_partial(request):
        return render(request, "claims/_panel.html#tags", panel_context(request, claim))
    messages.success(request, _("Tags saved."))
    return redirect(claim.get_workspace_url())


@require_POST
@login_required
def note_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    note = get_object_or_404(Note.objects.filter(claim__desk__members=request.user), pk=pk)
    claim = get_claim_for_discussion(request, note.claim_id)
    if request.POST.get("action") == "reopen":
        note.reopen(by=request.user)
    else:
        note.resolve(by=request.user)
    return _panel_response(request, claim, "notes", changed=True)


@require_POST
@login_required
def claim_transition(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_claim_for_user(request, pk)
    action = request.POST.get("action", "")
    if action not in permissions.ACTION_LABELS:
        message = _("Unknown action “%(action)s”.") % {"action": isolate(action)}
        return _panel_response(request, claim, "workflow", status=400, workflow_error=message)
    editor = permissions.is_editor(request.user, claim.desk_id)
    if not (editor or (action == "submit" and permissions.can_edit_claim(request.user, claim))):
        raise PermissionDenied(
            _("You may not %(action)s this claim.") % {"action": permissions.ACTION_LABELS[action].lower()}
        )
    args = {}
    if action == "assign":
        form = AssignForm(request.POST, desk_ids=[claim.desk_id])
        if not form.is_valid():
            return _workflow_refused(request, claim, _("Choose a checker to assign the claim to."))
        args = {"to": form.cleaned_data["assignee"], "due": form.cleaned_data["due"]}
    elif action == "send_back":
        args = {"comment": request.POST.get("comment", "")}
    try:
        Claim.move(claim.pk, action, by=request.user, version=posted_version(request), **args)
    except StaleVersion as stale:
        current = get_claim_for_user(request, stale.current.pk)
        message = _(
            "This claim changed since you opened it (you saw version %(seen)s, it is now at version %(version)s). "
            "Nothing was done: review the claim as it is now, then try again."
        ) % {"seen": posted_version(request) or "?", "version": current.version}
        return _workflow_refused(request, current, message, status=409)
    except TransitionError as refused:
        return _workflow_refused(request, claim, str(refused))
    claim = get_claim_for_user(request, claim.pk)
    if not is_partial(request):
        messages.success(request, _("%(action)s: done.") % {"action": permissions.ACTION_LABELS[action]})
        return redirect(claim.get_workspace_url())
    return _panel_response(request, claim, "panel", changed=True)


def _workflow_refused(request: HttpRequest, claim: Claim, message: str, status: int = 200) -> HttpResponse:
    if not is_partial(request):
        messages.error(request, message)
        return redirect(claim.get_workspace_url())
    return _panel_response(request, claim, "workflow", status=status, workflow_error=message)


@require_GET
@login_required
def speaker_options(request: HttpRequest) -> HttpResponse:
    """Autocomplete for the speaker field: a <datalist> of matching speakers."""
    q = request.GET.get("speaker_name", "").strip()
    speakers = Speaker.objects.filter(desk__members=request.user)
    if q:
        speakers = speakers.filter(Q(name__icontains=q) | Q(title__icontains=q))
    return render(request, "claims/_speaker_options.html", {"speakers": speakers[:20]})


@require_GET
@login_required
def claim_pulse(request: HttpRequest, pk: int) -> HttpResponse:
    """The open panel's heartbeat, polled every few seconds: cheap when nothing changed.

    ``v`` is the version the panel shows, ``n`` the latest version this pulse has already
    reported and ``o`` who else it shows as having the claim open. Nothing new answers 204
    (htmx swaps nothing); otherwise the fragment says who changed the claim since the panel
    was drawn, and when, with a link to reload the panel, and who else has it open.
    """
    row = Claim.objects.filter(pk=pk, desk__members=request.user).values("version", "stage").first()
    if row is None:
        raise Http404("No such claim in your desks.")
    Presence.touch(pk, request.user)
    others = Presence.others(pk, request.user)
    shown = plain_id(request.GET.get("v", "")) or 0
    reported = plain_id(request.GET.get("n", "")) or shown
    news = reported != row["version"]
    if not news and request.GET.get("o", "") == ",".join(others):
        return HttpResponse(status=204)
    context = {
        "claim_id": pk,
        "shown": shown,
        "version": row["version"],
        "others": others,
        "others_key": ",".join(others),
    }
    if shown != row["version"]:
        last = Claim.history.filter(id=pk).select_related("history_user").order_by("-history_id").first()
        context["change"] = {
            "by": last.history_user if last else None,
            "when": last.history_date if last else None,
            "stage": Stage(row["stage"]).label,
            "is_mine": bool(last and last.history_user_id == request.user.pk),
        }
    response = render(request, "claims/_pulse.html", context)
    if news:
        response = trigger_client_event(response, CLAIM_CHANGED)  # counters and lists refresh
    return response
