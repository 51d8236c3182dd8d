"""The workspace: an article's text with its claims marked, and marking a new claim.

The same view serves the full page and, for htmx requests, the partial the request targets.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import parse_qs, urlsplit

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url, trigger_client_event

from .. import learning, permissions
from ..forms import (
    ClaimCreateForm,
)
from ..models import (
    Article,
    AttributionType,
    Claim,
    JobKind,
    JobStatus,
    Speaker,
    Stage,
    Suggestion,
    SuggestionStatus,
    TransitionError,
    mark_twins,
)
from ..text import clip, plain_id, segments
from .common import CLAIM_CHANGED, get_article_for_user, is_partial
from .panel import panel_context

# -- the workspace -------------------------------------------------------------------


def _attribution_summary(claims) -> list[tuple[str, str, int]]:
    counts = Counter(c.attribution_type for c in claims)
    return [(value, label, counts.get(value, 0)) for value, label in AttributionType.choices]


def marked_text(article: Article, claims, suggestions, selected: Claim | None) -> str:
    """The article's text with its claims and suggestions marked, built in one pass.

    A long article has thousands of segments; a template loop with its lookups per segment
    was most of the workspace's time, and ``format_html`` per segment half of what was left.
    Every piece of text and every title is escaped here, so nothing typed by a user reaches
    the page unescaped; the rest are numbers and the fixed class names.
    """
    parts = []
    suggested = _("Suggested: %(type)s")
    titles: dict[int, str] = {}  # a claim or a suggestion spans many segments: its title is made once
    for seg in segments(article.text, claims, suggestions):
        text = escape(seg.text)
        if seg.claims:
            top = seg.top
            classes = f"hl depth-{seg.depth}"
            if selected is not None and any(c.pk == selected.pk for c in seg.claims):
                classes += " selected"
            if seg.suggestions:
                classes += " suggestion"
            if (title := titles.get(top.pk)) is None:
                title = escape(f"{top.get_attribution_type_display()}: {clip(top.text, 80)}")
                titles[top.pk] = title
            parts.append(
                f'<mark class="{classes}" data-o="{seg.start}" data-claim="{top.pk}" title="{title}">{text}</mark>'
            )
        elif seg.suggestions:
            first = seg.suggestions[0]
            title = escape(suggested % {"type": first.get_attribution_type_display()})
            parts.append(
                f'<span class="suggestion" data-o="{seg.start}" data-suggestion="{first.pk}" title="{title}">{text}</span>'
            )
        else:
            parts.append(f'<span data-o="{seg.start}">{text}</span>')
    return mark_safe("".join(parts))  # noqa: S308 -- every piece above is escaped or a number


def claim_links(article: Article, claims, selected: Claim | None, limit: int, show_all: bool) -> str:
    """The list of the article's claims beside its text, as ``<li>`` items, built in one pass.

    A template loop spent a third of a 300-claim workspace on it: a lookup per attribute and two
    translated labels per row. Here each label is translated once, and every text is escaped
    (a claim's text, clipped) before it joins the markup; the rest are numbers and fixed names."""
    if not claims:
        return format_html("<li>{}</li>", _("No claims yet."))
    stages = {value: str(label) for value, label in Stage.choices}
    types = {value: str(label) for value, label in AttributionType.choices}
    orphaned = format_html(" · <strong>{}</strong>", _("orphaned"))
    url = escape(article.get_absolute_url())
    shown = claims if show_all else claims[:limit]
    parts = []
    for c in shown:
        current = ' aria-current="true"' if selected is not None and c.pk == selected.pk else ""
        parts.append(
            f'<li><a href="?claim={c.pk}" hx-get="?claim={c.pk}" hx-target="#panel" hx-swap="outerHTML" '
            f'hx-push-url="true" data-claim-link="{c.pk}" dir="auto"{current}>{escape(clip(c.text, 90))}</a> '
            f'<small><span class="stage stage-{escape(c.stage)}">{escape(stages.get(c.stage, c.stage))}</span> '
            f"{escape(types.get(c.attribution_type, c.attribution_type))}{orphaned if c.is_orphaned else ''}</small></li>"
        )
    if len(claims) > len(shown):
        more = ngettext("Show all %(counter)s claims", "Show all %(counter)s claims", len(claims)) % {
            "counter": len(claims)
        }
        parts.append(
            f'<li class="more"><a href="?all_claims=1#claim-list" hx-get="{url}?all_claims=1" hx-target="#claim-list" '
            f'hx-swap="outerHTML">{escape(more)}</a></li>'
        )
    return mark_safe("".join(parts))  # noqa: S308 -- every piece above is escaped or a number


def _claims_of(article: Article) -> list[Claim]:
    # The rows need not carry the article (its whole text) once each: it is ``article``; nor
    # their speaker, verdict or assignee, which only the panel shows (one claim, fetched there).
    # Only what the text's marks, the side list, the orphans and the summary show: a row of
    # every field took a quarter of a 300-claim workspace to build.
    fields = ("article_id", "desk_id", "text", "quote", "start", "end", "stage", "attribution_type", "is_orphaned")
    return list(article.claims.only(*fields).order_by("start", "id"))


SIDE_LIMIT = 200  # claims listed beside the text before "Show all"


def _side_list(request: HttpRequest, article: Article, claims: list[Claim], selected: Claim | None) -> dict:
    """The side list's context: its items, the first ``SIDE_LIMIT`` unless ``?all_claims=1``."""
    show_all = request.GET.get("all_claims") == "1"
    return {"claim_links": claim_links(article, claims, selected, SIDE_LIMIT, show_all)}


def workspace_context(request: HttpRequest, article: Article, selected: Claim | None, **extra) -> dict:
    claims = _claims_of(article)
    suggestions = mark_twins(list(article.suggestions.pending()))
    order = request.GET.get("suggestions")
    if order == "worth":  # the most worth checking first; the text's order among equals
        suggestions.sort(key=lambda s: -s.checkworthiness)
    elif order == "likely":  # what the desk most often keeps first (its learned model)
        suggestions.sort(key=lambda s: -(s.confidence if s.confidence is not None else 0.5))
    # What the desk almost always rejects is folded away, a click from view.
    folded = 0
    if not request.GET.get("unlikely"):
        likely = [s for s in suggestions if s.confidence is None or s.confidence >= learning.HIDE_BELOW]
        folded, suggestions = len(suggestions) - len(likely), likely
    context = {
        "article": article,
        "claims": claims,
        "orphans": [c for c in claims if c.is_orphaned],
        "marked_text": marked_text(article, claims, suggestions, selected),
        "suggestions": suggestions,
        "suggestions_order": order if order in ("worth", "likely") else "text",
        "suggestions_folded": folded,
        "suggestions_scored": any(s.confidence is not None for s in suggestions),
        "summary": _attribution_summary(claims),
        "can_import": permissions.can_import(request.user, article.desk_id),
        "is_editor": permissions.is_editor(request.user, article.desk_id),
        "new_form": extra.pop("new_form", None) or ClaimCreateForm(article=article),
        "speakers": Speaker.objects.filter(desk_id=article.desk_id)[:100],  # typing asks for more
        **extra,
    }
    context.update(_side_list(request, article, claims, selected))
    context["pulse_marks"], context["pulse_claims"] = article.pulse_key()
    # A suggestion run still going (or failed) shows its progress above the text.
    job = article.jobs.filter(kind=JobKind.SUGGEST).order_by("-created", "-id").first()
    if job is not None and job.status in (JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.FAILED):
        context["suggest_job"] = job
        context["can_retry_job"] = permissions.can_retry_job(request.user, job)
        # A fresh import (nothing marked yet, so nothing to lose) reloads itself when they arrive.
        context["follow_job"] = not claims and not suggestions
    if selected is not None:
        context.update(panel_context(request, selected))
    if (correcting := context.get("correcting")) is not None and "correct_form" not in context:
        context["correct_form"] = ClaimCreateForm(article=article, initial=_initial_from(correcting), auto_id="fix_%s")
    return context


def _pending_suggestion(request: HttpRequest, article: Article, raw: str) -> Suggestion | None:
    """The suggestion a checker is correcting, if it is still pending (a decided one says so)."""
    suggestion = get_object_or_404(article.suggestions, pk=plain_id(raw) or 0)
    if suggestion.status != SuggestionStatus.PENDING:
        messages.error(request, _("This suggestion was already decided."))
        return None
    return suggestion


def _selected_claim(claims, raw: str, **article) -> Claim:
    """The claim of ``?claim=`` among ``claims``, in the article ``article`` names, with what its
    panel shows; 404 for another article's claim or an id that is not one."""
    if plain_id(raw) is None:
        raise Http404("No such claim in this article.")
    return get_object_or_404(claims.select_related("speaker", "rating", "assignee"), pk=raw, **article)


@require_GET
@login_required
@vary_on_headers("HX-Request", "HX-Target")
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim_id = request.GET.get("claim", "").strip()
    if claim_id and is_partial(request) and request.htmx.target not in {"claim-list", "attribution-summary"}:
        # Only the panel: none of the workspace around it is built, nor is the article's text read.
        claims = Claim.objects.visible_to(request.user).select_related("article").defer("article__text")
        selected = _selected_claim(claims, claim_id, article_id=pk)
        return render(request, "claims/_panel.html#panel", panel_context(request, selected))
    article = get_article_for_user(request, pk)
    selected = None
    if is_partial(request) and request.htmx.target == "claim-list":
        # The list refreshes itself: it marks the claim the page has open now, if there is one.
        opened = parse_qs(urlsplit(request.htmx.current_url or "").query).get("claim", [""])[0]
        selected = article.claims.filter(pk=plain_id(opened) or 0).first()
        claims = _claims_of(article)
        context = {"article": article, "claims": claims, **_side_list(request, article, claims, selected)}
        return render(request, "claims/article_detail.html#claim-list", context)
    if is_partial(request) and request.htmx.target == "attribution-summary":
        context = {"article": article, "summary": _attribution_summary(_claims_of(article))}
        return render(request, "claims/article_detail.html#attribution-summary", context)
    if claim_id:
        selected = _selected_claim(Claim.objects.all(), claim_id, article=article)
        selected.article = article  # already fetched: not its whole text a second time
    correcting = None
    if selected is None and (suggestion_id := request.GET.get("suggestion", "").strip()):
        correcting = _pending_suggestion(request, article, suggestion_id)
    template = "claims/article_detail.html"
    if is_partial(request):
        if request.htmx.target == "panel":
            template += "#side-panel"
        else:
            template += "#workspace"
    # After a reject without JavaScript, the page offers its undo (a rejected suggestion of this article).
    undo = None
    if undo_id := plain_id(request.GET.get("undo", "")):
        undo = article.suggestions.filter(pk=undo_id, status=SuggestionStatus.REJECTED).first()
    return render(request, template, workspace_context(request, article, selected, undo=undo, correcting=correcting))


def _same_page(request: HttpRequest, article: Article) -> str:
    """The workspace page the pulse came from (with its chosen claim), else the article's."""
    page = urlsplit(request.htmx.current_url or "") if request.htmx else None
    if page and page.path == article.get_absolute_url():
        return f"{page.path}?{page.query}" if page.query else page.path
    return article.get_absolute_url()


@require_GET
@login_required
def article_pulse(request: HttpRequest, pk: int) -> HttpResponse:
    """The open workspace's heartbeat: 204 while nothing changed, else a notice and a refresh.

    ``m`` and ``c`` are the keys the page was drawn with (``Article.pulse_key``). A saved claim
    refreshes the claim list, the summary and the counts (the ``claimChanged`` event); new or
    removed marks, or a revised text, also offer to reload the text, which is never swapped under
    the reader's selection by itself.
    """
    article = get_article_for_user(request, pk)
    marks, claims = article.pulse_key()
    if request.GET.get("c", "") == claims:
        return HttpResponse(status=204)
    context = {
        "article": article,
        "pulse_marks": request.GET.get("m", ""),  # what the text on the page shows stays the same
        "pulse_claims": claims,
        "marks_changed": request.GET.get("m", "") != marks,
        "reload_url": _same_page(request, article),
    }
    return trigger_client_event(render(request, "claims/article_detail.html#article-pulse", context), CLAIM_CHANGED)


@require_http_methods(["GET", "POST"])
@login_required
def claim_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Create a claim from a selection (start/end) or, without JavaScript, a chosen sentence."""
    article = get_article_for_user(request, pk)
    if not permissions.can_import(request.user, article.desk_id):
        raise PermissionDenied(_("Viewers cannot mark claims."))
    suggestion = None
    if suggestion_id := (request.POST or request.GET).get("suggestion", ""):
        suggestion = _pending_suggestion(request, article, suggestion_id)
        if suggestion is None:
            return redirect(article)
    initial = _initial_from(suggestion) if suggestion else request.GET.dict()
    # A suggestion is corrected in the workspace's panel, whose form has its own ids.
    auto_id = "fix_%s" if suggestion and request.method == "POST" else "new_%s"
    form = ClaimCreateForm(request.POST or None, article=article, initial=initial or None, auto_id=auto_id)
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
    if suggestion is not None and request.method == "POST":
        # The correction stays beside the article, its errors in the panel and nothing typed lost.
        template = "claims/article_detail.html" + ("#workspace" if is_partial(request) else "")
        context = workspace_context(request, article, None, correcting=suggestion, correct_form=form)
        return render(request, template, context)
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
