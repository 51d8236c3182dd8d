"""The desk's memory as pages: a speaker's record, an outlet's sourcing habits, and (for
editors) the desk's dashboard. Every chart is drawn on the server and comes with its table and
a CSV of the same numbers."""

from __future__ import annotations

import csv
import datetime as dt
import statistics
from collections import Counter, defaultdict

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_POST

from .. import permissions
from ..charts import stacked_bars
from ..models import (
    AttributionType,
    Claim,
    Desk,
    Outlet,
    Speaker,
    Stage,
    StageChange,
    SuggesterModel,
    Suggestion,
    SuggestionStatus,
    Tag,
    desk_ids_of,
)
from ..text import plain_id
from .common import isolate

# Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
ATTRIBUTION_COLOURS = {
    AttributionType.NAMED_PERSON: "#0072B2",
    AttributionType.OFFICIAL_TITLE: "#56B4E9",
    AttributionType.INSTITUTION: "#009E73",
    AttributionType.DOCUMENT: "#E69F00",
    AttributionType.ANONYMOUS: "#D55E00",
    AttributionType.UNATTRIBUTED: "#999999",
}
NO_VERDICT = ("none", gettext_lazy("No verdict yet"), "#CCCCCC")
MONTHS_SHOWN = 12


def _attribution_series():
    return [(value, label, ATTRIBUTION_COLOURS[value]) for value, label in AttributionType.choices]


def _months(rows) -> list[dt.date]:
    """The last months that have claims, oldest first (at most MONTHS_SHOWN)."""
    return sorted({month for month, _, _ in rows if month})[-MONTHS_SHOWN:]


def _columns(rows, months, key=lambda value: value) -> list[tuple[str, dict]]:
    counts = defaultdict(Counter)
    for month, value, n in rows:
        counts[month][key(value)] += n
    return [(month.strftime("%Y-%m"), dict(counts[month])) for month in months]


def _csv_response(filename: str, header: list[str], rows) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows(rows)
    return response


def _table(chart) -> list[tuple[str, int, list[tuple[int, int]]]]:
    """The chart's numbers as rows: (bar, total, [(count, percent) per series])."""
    keys = [label for label, _ in chart.legend]
    rows = []
    for bar in chart.bars:
        by_label = {s.label: s for s in bar.segments}
        rows.append(
            (
                bar.label,
                bar.total,
                [(by_label[k].value, by_label[k].percent) if k in by_label else (0, 0) for k in keys],
            )
        )
    return rows


def _tags_of(claims) -> list:
    """The tags on these claims, most used first (at most 20)."""
    return list(
        Tag.objects.filter(claims__in=claims.values("pk")).annotate(n=Count("claims")).order_by("-n", "name")[:20]
    )


# -- a speaker's record -------------------------------------------------------------------


def _get_speaker_for_user(request: HttpRequest, pk: int) -> Speaker:
    return get_object_or_404(Speaker.objects.filter(desk_id__in=desk_ids_of(request.user)), pk=pk)


@require_GET
@login_required
def speaker_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Everything the desk has checked of one speaker: verdicts overall and month by month, how
    their claims are attributed, the latest claims, their other names."""
    speaker = _get_speaker_for_user(request, pk)
    claims = Claim.objects.filter(speaker=speaker)
    tally = claims.verdict_tally()
    series = [(str(r["rating_id"]), r["rating__label"], r["rating__colour"]) for r in tally if r["rating_id"]]
    series.append(NO_VERDICT)
    monthly = claims.monthly("rating_id")
    chart = stacked_bars(
        _("Verdicts on %(speaker)s's claims, by month") % {"speaker": isolate(speaker.name)},
        _columns(monthly, _months(monthly), key=lambda rating: str(rating) if rating else "none"),
        series,
    )
    if request.GET.get("format") == "csv":
        header = ["month", "claims", *[label for _, label, _ in series]]
        return _csv_response(
            f"speaker-{speaker.pk}.csv", header, [(m, t, *[c for c, _ in cells]) for m, t, cells in _table(chart)]
        )
    attribution = claims.attribution_tally()
    total = sum(attribution.values())
    context = {
        "speaker": speaker,
        "total": total,
        "tally": tally,
        "attribution": [
            (label, attribution.get(value, 0), round(100 * attribution.get(value, 0) / total) if total else 0)
            for value, label in AttributionType.choices
            if attribution.get(value)
        ],
        "chart": chart,
        "table": _table(chart),
        "latest": claims.select_related("article__outlet", "rating").order_by("-created", "-id")[:20],
        "aliases": speaker.aliases.select_related("merged_by"),
        "can_merge": permissions.is_editor(request.user, speaker.desk_id),
        "tags": _tags_of(claims),
        "links": f"speaker={speaker.pk}",
    }
    return render(request, "claims/speaker_detail.html", context)


@require_POST
@login_required
def speaker_merge(request: HttpRequest, pk: int) -> HttpResponse:
    """Merge another speaker record of the desk into this one (by id or exact name)."""
    speaker = _get_speaker_for_user(request, pk)
    if not permissions.is_editor(request.user, speaker.desk_id):
        raise PermissionDenied(_("Only editors can merge speakers."))
    typed = request.POST.get("other", "").strip()
    others = Speaker.objects.filter(desk_id=speaker.desk_id).exclude(pk=speaker.pk)
    other = (
        others.filter(pk=plain_id(typed)).first() if plain_id(typed) is not None and plain_id(typed) < 2**63 else None
    )
    other = other or others.filter(name__iexact=typed).first()
    if other is None:
        if typed:
            messages.error(request, _("No other speaker of this desk is called “%(name)s”.") % {"name": isolate(typed)})
        else:
            messages.error(request, _("Name the speaker to merge."))
        return redirect(speaker)
    moved = speaker.absorb(other, by=request.user)
    message = ngettext(
        "“%(old)s” merged into “%(new)s”: %(count)s claims moved; the old name is kept as an alias.",
        "“%(old)s” merged into “%(new)s”: %(count)s claims moved; the old name is kept as an alias.",
        moved,
    )
    messages.success(request, message % {"old": isolate(other.name), "new": isolate(speaker.name), "count": moved})
    return redirect(speaker)


# -- an outlet's sourcing ------------------------------------------------------------------


@require_GET
@login_required
def outlet_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """How an outlet attributes what it reports: month by month, the share of its claims by
    attribution type (named people, officials, institutions, documents, anonymous sources and
    none), the reasons it gives for anonymity, and links to the claims behind each bar."""
    outlet = get_object_or_404(Outlet.objects.filter(desk_id__in=desk_ids_of(request.user)), pk=pk)
    claims = Claim.objects.filter(article__outlet=outlet)
    monthly = claims.monthly("attribution_type")
    chart = stacked_bars(
        _("How %(outlet)s attributes its claims, by month (share of claims)") % {"outlet": isolate(outlet.name)},
        _columns(monthly, _months(monthly)),
        _attribution_series(),
        percent=True,
    )
    table = _table(chart)
    if request.GET.get("format") == "csv":
        header = ["month", "claims", *[label for _, label, _ in _attribution_series()]]
        return _csv_response(
            f"outlet-{outlet.pk}.csv", header, [(m, t, *[c for c, _ in cells]) for m, t, cells in table]
        )
    reasons = (
        claims.filter(attribution_type=AttributionType.ANONYMOUS)
        .exclude(anonymity_reason="")
        .values("anonymity_reason")
        .annotate(n=Count("id"))
        .order_by("-n", "anonymity_reason")[:15]
    )
    totals = claims.attribution_tally()
    total = sum(totals.values())
    context = {
        "outlet": outlet,
        "chart": chart,
        "table": table,
        "series": _attribution_series(),
        "total": total,
        "totals": [
            (value, label, totals.get(value, 0), round(100 * totals.get(value, 0) / total) if total else 0)
            for value, label in AttributionType.choices
        ],
        "reasons": reasons,
        "anonymous_without_reason": claims.filter(
            attribution_type=AttributionType.ANONYMOUS, anonymity_reason=""
        ).count(),
        "articles": outlet.articles.count(),
        "tags": _tags_of(claims),
        "links": f"outlet={outlet.pk}",
    }
    return render(request, "claims/outlet_detail.html", context)


# -- the desk's dashboard --------------------------------------------------------------------

WEEKS_SHOWN = 12


def _week(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@require_GET
@login_required
def desk_dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    """For the desk's editors: the week's flow (created, submitted, published), how long claims
    wait in each stage, who has overdue claims, the verdicts given, how the suggester does."""
    desk = get_object_or_404(Desk.objects.filter(pk__in=desk_ids_of(request.user)), slug=slug)
    if not permissions.is_editor(request.user, desk.pk):
        raise PermissionDenied(_("The dashboard is for the desk's editors."))
    today = timezone.localdate()
    weeks = [_week(today) - dt.timedelta(weeks=n) for n in range(WEEKS_SHOWN - 1, -1, -1)]
    since = timezone.make_aware(dt.datetime.combine(weeks[0], dt.time.min))
    flow = defaultdict(Counter)
    for created in Claim.objects.filter(desk=desk, created__gte=since).values_list("created", flat=True):
        flow[_week(timezone.localtime(created).date())]["created"] += 1
    changes = StageChange.objects.filter(claim__desk=desk, created__gte=since, new__in=[Stage.REVIEW, Stage.PUBLISHED])
    for created, stage in changes.values_list("created", "new"):
        flow[_week(timezone.localtime(created).date())]["submitted" if stage == Stage.REVIEW else "published"] += 1
    flow_chart = stacked_bars(
        _("Claims created, submitted and published, by week"),
        [(week.strftime("%d %b"), dict(flow[week])) for week in weeks],
        [
            ("created", _("Created"), "#0072B2"),
            ("submitted", _("Submitted"), "#E69F00"),
            ("published", _("Published"), "#009E73"),
        ],
    )
    if request.GET.get("format") == "csv":
        header = ["week", "total", "created", "submitted", "published"]
        return _csv_response(
            f"{desk.slug}-flow.csv", header, [(w, t, *[c for c, _ in cells]) for w, t, cells in _table(flow_chart)]
        )
    attribution = Claim.objects.filter(desk=desk).attribution_tally()
    context = {
        "desk": desk,
        "flow_chart": flow_chart,
        "flow_table": _table(flow_chart),
        "stage_times": _stage_times(desk, since),
        "overdue": (
            Claim.objects.filter(desk=desk, due__lt=today)
            .exclude(stage=Stage.PUBLISHED)
            .values("assignee__username")
            .annotate(n=Count("id"))
            .order_by("-n", "assignee__username")
        ),
        "verdicts": Claim.objects.filter(desk=desk).verdict_tally(),
        "suggestions": _suggestion_outcomes(desk),
        "suggester": SuggesterModel.objects.filter(desk=desk).first(),
        "retrain_every": settings.SUGGESTER_RETRAIN_EVERY,
        "attribution": [(value, label, attribution.get(value, 0)) for value, label in AttributionType.choices],
    }
    return render(request, "claims/desk_dashboard.html", context)


def _stage_times(desk: Desk, since) -> list[tuple[str, float, int]]:
    """Median hours a claim spent in each stage before moving on, over the stage changes since
    ``since``: each change closes the stay in the stage it left, which began at the claim's
    previous change (or its creation, for a claim created since)."""
    stays = defaultdict(list)
    rows = StageChange.objects.filter(claim__desk=desk, created__gte=since).order_by("claim_id", "created", "id")
    previous = {}
    for claim_id, claim_created, created, left in rows.values_list("claim_id", "claim__created", "created", "old"):
        entered = previous.get(claim_id) or (claim_created if claim_created >= since else None)
        if entered is not None:
            stays[left].append(max((created - entered).total_seconds(), 0) / 3600)
        previous[claim_id] = created
    return [
        (label, round(statistics.median(stays[value]), 1), len(stays[value]))
        for value, label in Stage.choices
        if stays.get(value)
    ]


def _suggestion_outcomes(desk: Desk, days: int = 30) -> list[tuple[str, int, int, int, int]]:
    """Per attribution type the suggester proposed, over the last ``days``: accepted (of which
    corrected), rejected, and its precision (accepted of decided)."""
    rows = (
        Suggestion.objects.filter(article__desk=desk, decided_at__gte=timezone.now() - dt.timedelta(days=days))
        .exclude(status=SuggestionStatus.PENDING)
        .values("attribution_type")
        .annotate(
            accepted=Count("id", filter=Q(status=SuggestionStatus.ACCEPTED)),
            corrected=Count("id", filter=Q(status=SuggestionStatus.ACCEPTED, corrected=True)),
            rejected=Count("id", filter=Q(status=SuggestionStatus.REJECTED)),
        )
        .order_by("attribution_type")
    )
    labels = dict(AttributionType.choices)
    return [
        (
            labels.get(r["attribution_type"], r["attribution_type"]),
            r["accepted"],
            r["corrected"],
            r["rejected"],
            round(100 * r["accepted"] / (r["accepted"] + r["rejected"])),
        )
        for r in rows
    ]
