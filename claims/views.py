"""Pages and htmx fragments of the workspace, the claim panel, the list and the queue.

Each view serves its full page and, for htmx requests, the partial whose DOM id the
request targets. Permission checks happen here, in the ``_get_*_for_user`` helpers:
a user of another desk gets 404, a member without the right role 403.
"""

from __future__ import annotations

from collections import Counter

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url, trigger_client_event

from . import permissions
from .fetch import FetchError, fetch_article
from .forms import (
    ArticleImportForm,
    ArticleReviseForm,
    AssignForm,
    AttributionForm,
    ClaimCreateForm,
    NoteForm,
    SourceForm,
    VerdictForm,
)
from .models import (
    Article,
    AttributionType,
    Claim,
    Note,
    Source,
    Speaker,
    StaleVersion,
    Suggestion,
    TransitionError,
)
from .text import plain_id, segments

CLAIM_CHANGED = "claimChanged"  # htmx event: counters and summaries refresh on it


def _is_partial(request: HttpRequest) -> bool:
    return bool(request.htmx) and not request.htmx.history_restore_request


def _get_article_for_user(request: HttpRequest, pk: int) -> Article:
    """The article if the user is a member of its desk; 404 otherwise, so nothing leaks."""
    return get_object_or_404(Article.objects.select_related("outlet", "desk").filter(desk__members=request.user), pk=pk)


def _get_claim_for_user(request: HttpRequest, pk: int) -> Claim:
    qs = Claim.objects.select_related("article__outlet", "speaker", "rating", "assignee", "desk")
    return get_object_or_404(qs.filter(desk__members=request.user), pk=pk)


def _get_claim_for_editing(request: HttpRequest, pk: int) -> Claim:
    claim = _get_claim_for_user(request, pk)
    if not permissions.can_edit_claim(request.user, claim):
        raise PermissionDenied("Only an editor, or the checker it is assigned to, can edit this claim.")
    return claim


def _get_claim_for_discussion(request: HttpRequest, pk: int) -> Claim:
    claim = _get_claim_for_user(request, pk)
    if not permissions.can_discuss(request.user, claim.desk_id):
        raise PermissionDenied("Viewers can read the discussion but not write in it.")
    return claim


# -- home, import ------------------------------------------------------------------


@require_GET
@login_required
def home(request: HttpRequest) -> HttpResponse:
    articles = Article.objects.for_list().filter(desk__members=request.user)[:50]
    claims = Claim.objects.for_list().filter(desk__members=request.user)[:20]
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


# -- the workspace -------------------------------------------------------------------


def _attribution_summary(claims) -> list[tuple[str, str, int]]:
    counts = Counter(c.attribution_type for c in claims)
    return [(value, label, counts.get(value, 0)) for value, label in AttributionType.choices]


def _workspace_context(request: HttpRequest, article: Article, selected: Claim | None, **extra) -> dict:
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
        context.update(_panel_context(request, selected))
    return context


@require_GET
@login_required
@vary_on_headers("HX-Request", "HX-Target")
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_article_for_user(request, pk)
    selected = None
    if claim_id := request.GET.get("claim", "").strip():
        if plain_id(claim_id) is None:
            raise Http404("No such claim in this article.")
        selected = get_object_or_404(
            Claim.objects.select_related("speaker", "rating", "assignee", "article"), pk=claim_id, article=article
        )
    template = "claims/article_detail.html"
    if _is_partial(request):
        if request.htmx.target == "attribution-summary":
            template += "#attribution-summary"
        elif selected is not None:
            template = "claims/_panel.html#panel"
        else:
            template += "#workspace"
    return render(request, template, _workspace_context(request, article, selected))


@require_http_methods(["GET", "POST"])
@login_required
def claim_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Create a claim from a selection (start/end) or, without JavaScript, a chosen sentence."""
    article = _get_article_for_user(request, pk)
    if not permissions.can_import(request.user, article.desk_id):
        raise PermissionDenied("Viewers cannot mark claims.")
    suggestion = None
    if suggestion_id := (request.POST or request.GET).get("suggestion", ""):
        suggestion = get_object_or_404(article.suggestions.pending(), pk=plain_id(suggestion_id) or 0)
    initial = _initial_from(suggestion) if suggestion else request.GET.dict()
    form = ClaimCreateForm(request.POST or None, article=article, initial=initial or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            claim = form.save_for(article.desk, request.user)
            if suggestion:
                suggestion.mark_accepted(claim, by=request.user)
        url = f"{article.get_absolute_url()}?claim={claim.pk}"
        if not _is_partial(request):
            return redirect(url)
        response = render(request, "claims/article_detail.html#workspace", _workspace_context(request, article, claim))
        return trigger_client_event(push_url(response, url), CLAIM_CHANGED)
    if _is_partial(request):
        return render(
            request, "claims/article_detail.html#workspace", _workspace_context(request, article, None, new_form=form)
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


@require_http_methods(["GET", "POST"])
@login_required
def article_revise(request: HttpRequest, pk: int) -> HttpResponse:
    """A new revision of the text: claims are re-anchored and the result is reported."""
    article = _get_article_for_user(request, pk)
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


# -- the claim panel ---------------------------------------------------------------


def _threaded(notes) -> list[Note]:
    by_parent: dict[int | None, list[Note]] = {}
    for note in notes:
        by_parent.setdefault(note.parent_id, []).append(note)
    for note in notes:
        note.thread = by_parent.get(note.pk, [])
    return by_parent.get(None, [])


def _panel_context(request: HttpRequest, claim: Claim, **forms) -> dict:
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
    if not _is_partial(request) and status == 200 and not forms:
        return redirect(claim.get_workspace_url())
    template = f"claims/_panel.html#{part}" if _is_partial(request) else "claims/claim_detail.html"
    response = render(request, template, _panel_context(request, claim, **forms), status=status)
    return trigger_client_event(response, CLAIM_CHANGED) if changed else response


@require_GET
@login_required
@vary_on_headers("HX-Request")
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_user(request, pk)
    if _is_partial(request):
        return render(request, "claims/_panel.html#panel", _panel_context(request, claim))
    return render(request, "claims/claim_detail.html", _panel_context(request, claim))


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
        current = _get_claim_for_user(request, claim.pk)
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
    claim = _get_claim_for_editing(request, pk)
    if request.method == "GET":
        return _panel_response(request, claim, "attribution", attribution_form=AttributionForm(instance=claim))
    form = AttributionForm(request.POST, instance=claim)
    return _save_versioned(request, claim, form, "attribution", list(AttributionForm.Meta.fields))


@require_POST
@login_required
def claim_verdict(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_editing(request, pk)
    form = VerdictForm(request.POST, instance=claim)
    return _save_versioned(request, claim, form, "verdict", ["rating", "summary"])


@require_POST
@login_required
def source_add(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_editing(request, pk)
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
    _get_claim_for_editing(request, source.claim_id)
    return source


@require_http_methods(["GET", "POST"])
@login_required
def source_edit(request: HttpRequest, pk: int) -> HttpResponse:
    source = _get_source_for_editing(request, pk)
    claim = _get_claim_for_user(request, source.claim_id)
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
    claim = _get_claim_for_user(request, source.claim_id)
    with transaction.atomic():
        source._history_user = request.user
        source.delete()
        claim.record_verdict_change(by=request.user)
    return _panel_response(request, claim, "sources", changed=True)


@require_POST
@login_required
def note_add(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_discussion(request, pk)
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
    claim = _get_claim_for_discussion(request, note.claim_id)
    if request.POST.get("action") == "reopen":
        note.reopen(by=request.user)
    else:
        note.resolve(by=request.user)
    return _panel_response(request, claim, "notes", changed=True)


@require_POST
@login_required
def claim_transition(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_user(request, pk)
    action = request.POST.get("action", "")
    if action not in permissions.ACTION_LABELS:
        return _panel_response(request, claim, "workflow", status=400, workflow_error=f"Unknown action “{action}”.")
    editor = permissions.is_editor(request.user, claim.desk_id)
    if not (editor or (action == "submit" and permissions.can_edit_claim(request.user, claim))):
        raise PermissionDenied(f"You may not {permissions.ACTION_LABELS[action].lower()} this claim.")
    try:
        with transaction.atomic():
            # Decide on the current row, locked: a verdict saved a moment ago counts for four eyes.
            claim = _get_claim_for_user(request, pk)
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
        if not _is_partial(request):
            messages.error(request, str(refused))
            return redirect(claim.get_workspace_url())
        return _panel_response(request, claim, "workflow", workflow_error=str(refused))
    if not _is_partial(request):
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
