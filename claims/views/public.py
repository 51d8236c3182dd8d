"""The public side: a published fact check's page, its ClaimReview and the desk's ClaimReview feed.

No login: only published claims are reachable, and unknown or unpublished ids are 404.
Everything here reads the claim's current ``Publication`` (the snapshot a second person
approved), never the live claim.
"""

from __future__ import annotations

import json

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET

from ..interop.claimreview import claimreview
from ..interop.common import absolute
from ..models import Desk, Publication
from .common import json_response

FEED_PAGE_SIZE = 50


JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _current_publication(pk: int) -> Publication:
    """The snapshot the public sees for claim ``pk``; 404 if it was never published."""
    return get_object_or_404(Publication.objects.current(), claim_id=pk)


def ld_json_script(data: dict, nonce: str | None = None) -> str:
    """A ``<script type="application/ld+json">`` block, escaped like Django's ``json_script``:
    ``<``, ``>`` and ``&`` become \\u escapes, so no user text can close the element."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    nonce_attr = format_html(' nonce="{}"', nonce) if nonce else ""
    # Safe to insert as is: with <, > and & turned into \u escapes just above, no text in the
    # JSON can close the element or open markup (the test with "</script>" in a claim proves it).
    return format_html('<script type="application/ld+json"{}>{}</script>', nonce_attr, mark_safe(payload))


# -- ClaimReview (public) -------------------------------------------------------------


@require_GET
def claim_published(request: HttpRequest, pk: int) -> HttpResponse:
    publication = _current_publication(pk)
    context = {
        "publication": publication,
        "record": publication.record,
        # The correction log: every earlier publication, newest first, with what changed.
        "corrections": list(Publication.objects.filter(claim_id=pk).order_by("-number")),
        "jsonld": ld_json_script(claimreview(publication), getattr(request, "csp_nonce", None)),
        "claimreview_url": reverse("claims:claimreview", args=[pk]),
        # "See also": the published checks a desk linked as the same claim (never an unpublished one).
        "see_also": list(Publication.objects.current().filter(claim__in=publication.claim.same_as().values("pk"))),
    }
    return render(request, "interop/published.html", context)


@require_GET
def claim_claimreview(request: HttpRequest, pk: int) -> HttpResponse:
    return json_response(claimreview(_current_publication(pk)))


@require_GET
def desk_claimreview_feed(request: HttpRequest, slug: str) -> HttpResponse:
    desk = get_object_or_404(Desk, slug=slug)
    publications = Publication.objects.current().filter(desk=desk).order_by("-published", "-id")
    paginator = Paginator(publications, FEED_PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except (EmptyPage, PageNotAnInteger) as e:
        raise Http404("No such page.") from e
    path = reverse("claims:desk-feed", args=[desk.slug])

    def link(number: int) -> str:
        return absolute(f"{path}?page={number}")

    results = [claimreview(publication) for publication in page]
    return json_response(
        {
            "desk": desk.name,
            "count": paginator.count,
            "page": page.number,
            "pages": paginator.num_pages,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            "results": results,
        },
        content_type="application/json",
    )
