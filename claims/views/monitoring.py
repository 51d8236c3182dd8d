"""Monitoring: the desk's feeds, the triage list of what they brought in, and the demo's own
feed (served by the app so that a fresh demo has a monitored outlet to show)."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import permissions
from ..archive import findings
from ..forms import FeedForm
from ..models import (
    Article,
    AttributionType,
    Feed,
    Job,
    JobKind,
    Suggestion,
    SuggestionStatus,
    Triage,
    count_of,
    desk_ids_edited_by,
    desk_ids_of,
)
from .common import get_article_for_user, is_partial, isolate

# -- triage ---------------------------------------------------------------------------


def _triage_rows(user, triage: Triage):
    pending = Suggestion.objects.filter(article=OuterRef("pk"), status=SuggestionStatus.PENDING)
    return (
        Article.objects.filter(desk_id__in=desk_ids_of(user), triage=triage)
        .select_related("outlet", "feed")
        .defer("text")
        .annotate(
            suggested=count_of(pending, "article"),
            anonymous=count_of(pending.filter(attribution_type=AttributionType.ANONYMOUS), "article"),
        )
        .order_by("-imported", "-id")
    )


def _with_findings(articles) -> list[Article]:
    """Set ``finding`` on each article: has one of its pending suggestions (the most check-worthy first)
    been checked before, or is it being checked now? One query for the suggestions and the archive's
    own few (``archive.findings``), however many rows."""
    articles = list(articles)
    wanted = [a.pk for a in articles if a.suggested]
    pending = Suggestion.objects.pending().filter(article_id__in=wanted).only("pk", "article_id", "content")
    items: dict[int, list[Suggestion]] = {}
    for suggestion in pending.order_by("-checkworthiness", "start", "id") if wanted else []:
        items.setdefault(suggestion.article_id, []).append(suggestion)
    found = findings({a.pk: (a.desk_id, items.get(a.pk, [])) for a in articles})
    for article in articles:
        article.finding = found.get(article.pk)
    return articles


@require_GET
@login_required
def triage_list(request: HttpRequest) -> HttpResponse:
    """New articles from the desk's monitored feeds, newest first, to open or dismiss, each with what
    the matcher found for its suggestions (checked before, or a possible duplicate in the review)."""
    show = Triage.DISMISSED if request.GET.get("show") == "dismissed" else Triage.NEW
    page = Paginator(_triage_rows(request.user, show), 50).get_page(request.GET.get("page"))
    rows = _with_findings(page)
    return render(request, "claims/triage.html", {"page": page, "rows": rows, "show": show})


@require_POST
@login_required
def triage_decide(request: HttpRequest, pk: int) -> HttpResponse:
    """Open the article in the workspace (it leaves triage), dismiss it, or bring it back."""
    article = get_article_for_user(request, pk)
    if not permissions.can_import(request.user, article.desk_id):
        raise PermissionDenied(_("Viewers can read triage but not decide on it."))
    if not article.triage:
        raise Http404("This article did not arrive from a feed.")
    outcome = {"open": Triage.OPENED, "dismiss": Triage.DISMISSED, "restore": Triage.NEW}.get(
        request.POST.get("action")
    )
    if outcome is None:
        return HttpResponse(_("Choose open, dismiss or restore."), status=400)
    article.decide_triage(outcome)
    if outcome == Triage.OPENED:
        return redirect(article)
    if is_partial(request):
        row = _with_findings([_triage_rows(request.user, outcome).get(pk=article.pk)])[0]
        return render(request, "claims/triage.html#triage-row", {"article": row, "decided": outcome})
    message = _("“%(title)s” dismissed.") if outcome == Triage.DISMISSED else _("“%(title)s” is back in triage.")
    messages.success(request, message % {"title": isolate(article.title)})
    return redirect("claims:triage")


# -- feeds ----------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@login_required
def feed_list(request: HttpRequest) -> HttpResponse:
    """The desk's monitored feeds, how each is doing, and (for editors) a form to add one."""
    form = FeedForm(request.POST or None, user=request.user)
    if request.method == "POST":
        if not form.fields["desk"].queryset.exists():
            raise PermissionDenied(_("Only editors can add feeds."))
        if form.is_valid():
            feed = form.save()
            Job.start(JobKind.POLL_FEED, desk=feed.desk, by=request.user, feed=feed, max_attempts=1)
            messages.success(request, _("Monitoring %(url)s; its first poll has started.") % {"url": isolate(feed.url)})
            return redirect("claims:feeds")
    latest = Job.objects.filter(feed=OuterRef("pk")).order_by("-created", "-id")
    feeds = (
        Feed.objects.for_list()
        .filter(desk_id__in=desk_ids_of(request.user))
        .annotate(last_job_id=Subquery(latest.values("pk")[:1]), last_job_status=Subquery(latest.values("status")[:1]))
    )
    edited = set(desk_ids_edited_by(request.user))
    rows = [(feed, feed.desk_id in edited) for feed in feeds]
    can_add = form.fields["desk"].queryset.exists()
    return render(request, "claims/feeds.html", {"rows": rows, "form": form, "can_add": can_add})


@require_POST
@login_required
def feed_action(request: HttpRequest, pk: int) -> HttpResponse:
    feed = get_object_or_404(Feed.objects.filter(desk_id__in=desk_ids_of(request.user)), pk=pk)
    if not permissions.is_editor(request.user, feed.desk_id):
        raise PermissionDenied(_("Only editors can change the desk's feeds."))
    action = request.POST.get("action", "")
    if action == "poll":
        if feed.jobs.active().exists():
            messages.info(request, _("That feed is being polled already."))
        else:
            job = Job.start(JobKind.POLL_FEED, desk=feed.desk_id, by=request.user, feed=feed, max_attempts=1)
            return redirect(job)
    elif action in ("pause", "resume"):
        feed.is_active = action == "resume"
        feed.next_poll = timezone.now()
        feed.save(update_fields=["is_active", "next_poll"])
        message = _("%(url)s paused.") if action == "pause" else _("%(url)s resumed.")
        messages.success(request, message % {"url": isolate(feed.url)})
    elif action == "remove":
        feed.delete()
        messages.success(request, _("No longer monitoring %(url)s. Its articles stay.") % {"url": isolate(feed.url)})
    else:
        return HttpResponse(_("Choose poll, pause, resume or remove."), status=400)
    return redirect("claims:feeds")


# -- the demo's feed --------------------------------------------------------------------

DEMO_FEED_FILE = Path(__file__).resolve().parents[1] / "demo" / "feed.json"


def _demo_items() -> list[dict]:
    if not settings.DEMO_FEED:
        raise Http404("The demo feed is off (DEMO_FEED).")
    return json.loads(DEMO_FEED_FILE.read_text(encoding="utf-8"))


@require_GET
def demo_feed(request: HttpRequest) -> HttpResponse:
    """An Atom feed of CC BY Wikinews articles, each linking to its page below."""
    feed = Atom1Feed(
        title="Wikinews (Claimdesk demo feed)",
        link=request.build_absolute_uri("/"),
        description="CC BY 2.5 Wikinews articles, served locally for the demo.",
        language="en",
    )
    for n, item in enumerate(_demo_items()):
        feed.add_item(
            title=item["title"],
            link=request.build_absolute_uri(f"/demo/articles/{n}/"),
            description=item["text"][:300],
            pubdate=timezone.make_aware(timezone.datetime.fromisoformat(item["date"])),
            unique_id=item["url"],
        )
    return HttpResponse(feed.writeString("utf-8"), content_type="application/atom+xml; charset=utf-8")


@require_GET
def demo_article(request: HttpRequest, n: int) -> HttpResponse:
    items = _demo_items()
    if n >= len(items):
        raise Http404("No such demo article.")
    return render(request, "claims/demo_article.html", {"item": items[n]})
