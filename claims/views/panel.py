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
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from .. import permissions
from ..forms import (
    AssignForm,
    AttributionForm,
    NoteForm,
    SourceForm,
    VerdictForm,
)
from ..models import (
    Claim,
    Note,
    Source,
    Speaker,
    StaleVersion,
    TransitionError,
)
from .common import CLAIM_CHANGED, get_claim_for_discussion, get_claim_for_editing, get_claim_for_user, is_partial

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
        "attribution_form": forms.get("attribution_form") or (AttributionForm(instance=claim) if can_edit else None),
        "verdict_form": forms.get("verdict_form") or (VerdictForm(instance=claim) if can_edit else None),
        "source_form": forms.get("source_form") or (SourceForm(prefix="source") if can_edit else None),
        "note_form": forms.get("note_form") or NoteForm(),
        "assign_form": AssignForm(desk_ids=[claim.desk_id]) if editor else None,
        "conflict": forms.get("conflict"),
        "workflow_error": forms.get("workflow_error"),
        "edit_source": forms.get("edit_source"),
    }
    return context


def _panel_response(request: HttpRequest, claim: Claim, part: str, status: int = 200, changed: bool = False, **forms):
    """The updated part for htmx, or a redirect back to the claim for a plain form post."""
    if not is_partial(request) and status == 200 and not forms:
        return redirect(claim.get_workspace_url())
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
        with transaction.atomic():
            updated = form.save(commit=False)
            if hasattr(form, "resolve_speaker"):
                updated.speaker = form.resolve_speaker(claim.desk)
                fields = [*fields, "speaker"]
            updated._history_user = request.user
            updated.save_checked(form.cleaned_data["version"], update_fields=fields)
            updated.record_verdict_change(by=request.user)
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


@require_POST
@login_required
def source_add(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_claim_for_editing(request, pk)
    form = SourceForm(request.POST, prefix="source")
    if not form.is_valid():
        return _panel_response(request, claim, "sources", source_form=form)
    with transaction.atomic():
        source = form.save(commit=False)
        source.claim, source.added_by = claim, request.user
        source._history_user = request.user
        source.save()
        claim.record_verdict_change(by=request.user)
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
            with transaction.atomic():
                form.instance._history_user = request.user
                form.save()
                claim.record_verdict_change(by=request.user)
        return _panel_response(request, claim, "sources", changed=True)
    return _panel_response(request, claim, "sources", edit_source=(source.pk, form))


@require_POST
@login_required
def source_delete(request: HttpRequest, pk: int) -> HttpResponse:
    source = _get_source_for_editing(request, pk)
    claim = get_claim_for_user(request, source.claim_id)
    with transaction.atomic():
        source._history_user = request.user
        source.delete()
        claim.record_verdict_change(by=request.user)
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
        return _panel_response(request, claim, "workflow", status=400, workflow_error=f"Unknown action “{action}”.")
    editor = permissions.is_editor(request.user, claim.desk_id)
    if not (editor or (action == "submit" and permissions.can_edit_claim(request.user, claim))):
        raise PermissionDenied(f"You may not {permissions.ACTION_LABELS[action].lower()} this claim.")
    try:
        with transaction.atomic():
            # Decide on the current row, locked: a verdict saved a moment ago counts for four eyes.
            claim = get_claim_for_user(request, pk)
            claim = Claim.objects.select_for_update().get(pk=claim.pk)
            if action == "assign":
                form = AssignForm(request.POST, desk_ids=[claim.desk_id])
                if not form.is_valid():
                    raise TransitionError("Choose a checker to assign the claim to.")
                claim.assign(form.cleaned_data["assignee"], by=request.user, due=form.cleaned_data["due"])
            elif action == "send_back":
                claim.send_back(by=request.user, comment=request.POST.get("comment", ""))
            else:
                getattr(claim, action)(by=request.user)
    except TransitionError as refused:
        if not is_partial(request):
            messages.error(request, str(refused))
            return redirect(claim.get_workspace_url())
        return _panel_response(request, claim, "workflow", workflow_error=str(refused))
    if not is_partial(request):
        messages.success(request, f"{permissions.ACTION_LABELS[action]}: done.")
        return redirect(claim.get_workspace_url())
    return _panel_response(request, claim, "panel", changed=True)


@require_GET
@login_required
def speaker_options(request: HttpRequest) -> HttpResponse:
    """Autocomplete for the speaker field: a <datalist> of matching speakers."""
    q = request.GET.get("speaker_name", "").strip()
    speakers = Speaker.objects.filter(desk__members=request.user)
    if q:
        speakers = speakers.filter(Q(name__icontains=q) | Q(title__icontains=q))
    return render(request, "claims/_speaker_options.html", {"speakers": speakers[:20]})
