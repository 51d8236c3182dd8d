"""History tabs: every change to a claim (with its sources and notes) or an article,
field by field, from django-simple-history; deleted sources and notes can be restored."""

from __future__ import annotations

import difflib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from .. import permissions
from ..models import Note, Source, StaleVersion
from ..text import plain_id
from .common import get_article_for_user, get_claim_for_user, posted_version

CHANGE_TYPES = {"+": "created", "~": "changed", "-": "deleted"}
SKIP_FIELDS = {"version", "updated", "sha256"}


def _entries(records, label: str) -> list[dict]:
    """One entry per history record, with the fields that changed since the one before."""
    entries = []
    for record in records:
        previous = record.prev_record
        if previous is None or record.history_type != "~":
            changes = []
        else:
            delta = record.diff_against(previous)
            meta = record.instance._meta
            changes = [
                {
                    "field": meta.get_field(c.field).verbose_name,
                    "old": _shown(meta.get_field(c.field), c.old),
                    "new": _shown(meta.get_field(c.field), c.new),
                }
                for c in delta.changes
                if c.field not in SKIP_FIELDS
            ]
            if not changes and not record.history_change_reason:
                continue
        entries.append(
            {
                "record": record,
                "what": label,
                "type": CHANGE_TYPES[record.history_type],
                "who": record.history_user,
                "when": record.history_date,
                "reason": record.history_change_reason or "",
                "changes": changes,
            }
        )
    return entries


def _shown(field, value):
    """A value as people read it: the label of a choice, the name of a related object."""
    if value in (None, ""):
        return value
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    if field.is_relation:
        return _related_name(field.related_model, value)
    return value


def _related_name(model, pk) -> str:
    return str(model._default_manager.filter(pk=pk).first() or _("#%(pk)s (deleted)") % {"pk": pk})


@require_GET
@login_required
def claim_history(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_claim_for_user(request, pk)
    entries = (
        _entries(claim.history.select_related("history_user"), "Claim")
        + _entries(Source.history.filter(claim_id=claim.pk).select_related("history_user"), "Source")
        + _entries(Note.history.filter(claim_id=claim.pk).select_related("history_user"), "Note")
    )
    entries.sort(key=lambda e: e["when"], reverse=True)
    live_sources = set(claim.sources.values_list("pk", flat=True))
    live_notes = set(claim.notes.values_list("pk", flat=True))
    deleted = [
        e
        for e in entries
        if e["type"] == "deleted" and e["record"].id not in (live_sources if e["what"] == "Source" else live_notes)
    ]
    context = {
        "claim": claim,
        "entries": entries,
        "deleted": deleted,
        "can_restore": permissions.can_edit_claim(request.user, claim),
    }
    return render(request, "claims/history.html", context)


@require_POST
@login_required
def claim_restore(request: HttpRequest, pk: int) -> HttpResponse:
    """Bring back a deleted source or note as it was when deleted."""
    claim = get_claim_for_user(request, pk)
    if not permissions.can_edit_claim(request.user, claim):
        raise PermissionDenied(_("Only an editor, or the checker it is assigned to, can restore."))
    model = {"source": Source, "note": Note}.get(request.POST.get("kind", ""))
    if model is None:
        raise Http404("Nothing of that kind to restore.")
    record = model.history.filter(
        history_id=plain_id(request.POST.get("history_id", "")) or 0, history_type="-", claim_id=claim.pk
    ).first()
    if record is None or model.objects.filter(pk=record.id).exists():
        raise Http404("That deleted item is not in this claim's history.")
    restored = record.instance
    if model is Note and restored.parent_id and not Note.objects.filter(pk=restored.parent_id).exists():
        restored.parent = None
    restored._history_user = request.user
    restored._change_reason = "Restored from history"
    if model is Source:
        # A source is evidence: restoring it goes through the claim's guarded write.
        try:
            claim.change(
                by=request.user,
                version=posted_version(request),
                evidence=lambda claim: restored.save(),
                reason="Source restored",
            )
        except StaleVersion as stale:
            message = _(
                "This claim changed since you opened its history (now version %(version)s); "
                "nothing was restored. Check the history below and try again."
            )
            messages.error(request, message % {"version": stale.current.version})
            return redirect("claims:claim-history", pk=claim.pk)
    else:
        restored.save()
    messages.success(request, _("Restored the source.") if model is Source else _("Restored the note."))
    return redirect("claims:claim-history", pk=claim.pk)


@require_GET
@login_required
def article_history(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_article_for_user(request, pk)
    entries = _entries(article.history.select_related("history_user"), "Article")
    for entry in entries:
        for change in entry["changes"]:
            if change["field"] == "text":
                change["diff"] = "\n".join(
                    difflib.unified_diff(
                        (change["old"] or "").splitlines(), (change["new"] or "").splitlines(), lineterm="", n=1
                    )
                )
    return render(request, "claims/history.html", {"article": article, "entries": entries})
