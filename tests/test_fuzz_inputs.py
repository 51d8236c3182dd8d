"""Hostile input never makes a 500 (issue 18): every form POST and every API write, fuzzed.

The endpoints are enumerated from the URL patterns, as ``test_permissions_matrix`` does: every
page route of ``claims/urls.py`` is posted to (the GET-only ones answer 405 before any view code
runs, and are counted as such), and every API route whose viewset maps POST, PUT or PATCH. An
editor of the desk sends them; each field gets random text mixed with NUL, unpaired surrogates
(percent-encoded UTF-8 in forms, ``\\ud800`` escapes in JSON), huge and deeply nested values,
over a baseline that would otherwise be valid, so the hostile value reaches the code behind the
form. Each request runs in a savepoint rolled back afterwards, so one example cannot change the
world of the next (and a database error cannot poison the transaction and hide in later ones).

Bounded: ``FUZZ_EXAMPLES`` examples per endpoint (default 5) plus the fixed hostile ones; run it on
PostgreSQL too (``DATABASE_URL=postgres://…``): NUL in a text column is exactly PostgreSQL's 500.
"""

from __future__ import annotations

import json
import os
from urllib.parse import quote

import pytest
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rest_framework.test import APIClient

from claims.models import Feed, Job, JobKind, Role, Suggestion

from .factories import (
    ArticleFactory,
    ClaimFactory,
    MembershipFactory,
    NoteFactory,
    OutletFactory,
    RatingFactory,
    SourceFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "5"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples on every run: CI stays reproducible
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

NUL, SURROGATE, LOW_SURROGATE = "\x00", "\ud800", "\udfff"
DEEP_MARK = "\ue000deep\ue000"  # replaced by raw nested brackets once the body is encoded
DEEP = "[" * 5_000 + "]" * 5_000
HUGE = "x" * 250_000  # over ARTICLE_MAX_CHARS and every max_length: one fixed example per endpoint
LONG = "long " * 1_000  # over every max_length, cheap enough for random examples
SPECIAL = [NUL, SURROGATE, LOW_SURROGATE, "a\x00b", "\ud800\udbff", "\u202e\u2066", "=cmd|' /C calc'!A0", "%00", ""]

# -- what is sent ----------------------------------------------------------------------------

hostile_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(SPECIAL),
    st.lists(st.one_of(st.text(max_size=8), st.sampled_from(SPECIAL)), max_size=4).map("".join),
    st.just(LONG),
    st.just(DEEP),
    st.just(DEEP_MARK),
)
json_value = st.one_of(
    hostile_text,
    st.integers(min_value=-(2**70), max_value=2**70),
    st.none(),
    st.booleans(),
    st.lists(hostile_text, max_size=3),
    st.dictionaries(hostile_text, hostile_text, max_size=2),
)


def _vocabulary() -> list[str]:
    """Every field name a form of the app declares, and the parameters views read themselves."""
    import inspect

    from django import forms as django_forms

    import claims.forms
    import claims.views.exchange

    names = set()
    for module in (claims.forms, claims.views.exchange):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, django_forms.BaseForm) and cls.__module__ == module.__name__:
                names.update(cls.base_fields)
    # The claim panel's source forms are prefixed: "source-url", "source-<pk>-url".
    names |= {f"source-{name}" for name in claims.forms.SourceForm.base_fields}
    names |= {f"source-{{source}}-{name}" for name in claims.forms.SourceForm.base_fields}
    raw = ["action", "tags", "comment", "other", "kind", "history_id", "claims", "query", "confirm", "save"]
    raw += ["fetch", "follow", "language", "next", "suggestion", "parent", "assignee", "due", "name", "q"]
    raw += ["username", "password"]
    return sorted(names | set(raw))


FIELDS = _vocabulary()


@st.composite
def form_overlays(draw) -> dict[str, str]:
    chosen = draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=5, unique=True))
    return {name: draw(hostile_text) for name in chosen}


def _overlay_examples(fields):
    """The fixed hostile examples: every field NUL, an unpaired surrogate, deep, huge."""

    def decorate(test):
        for value in (NUL, SURROGATE, DEEP_MARK, HUGE):
            test = example(overlay=dict.fromkeys(fields, value))(test)
        return test

    return decorate


def form_body(data: dict[str, str]) -> str:
    """URL-encoded as a browser would, surrogates as their (invalid) UTF-8 bytes: %ED%A0%80."""
    return "&".join(
        f"{quote(str(k), safe='', errors='surrogatepass')}={quote(_raw(v), safe='', errors='surrogatepass')}"
        for k, v in data.items()
    )


def json_body(data: dict) -> str:
    """JSON with every non-ASCII character escaped, so unpaired surrogates go as "\\ud800"."""
    return json.dumps(data, ensure_ascii=True).replace(json.dumps(DEEP_MARK), DEEP)


def _raw(value) -> str:
    return DEEP if value == DEEP_MARK else str(value)


# -- the world -----------------------------------------------------------------------------


@pytest.fixture
def world(desk):
    """One of everything in the desk, and an editor of it (who may do nearly everything)."""
    editor = MembershipFactory(desk=desk, role=Role.EDITOR, user=UserFactory(username="fuzz-editor")).user
    checker = MembershipFactory(desk=desk, role=Role.CHECKER, user=UserFactory(username="fuzz-checker")).user
    article = ArticleFactory(
        desk=desk,
        text="Prime Minister Ana Ruiz said the bridge would reopen in May. She added that it cost 4 million euros.",
    )
    Suggestion.refresh_for(article)
    claim = ClaimFactory(desk=desk, article=article, start=0, end=20)
    published = ClaimFactory(desk=desk, article=article, start=21, end=40, rating=RatingFactory(desk=desk))
    SourceFactory(claim=published)
    published.submit(by=checker)
    published.approve(by=editor)
    published.publish(by=editor)
    ids = {
        "desk": desk.slug,
        "desk_id": desk.pk,
        "article": article.pk,
        "claim": claim.pk,
        "source": SourceFactory(claim=claim).pk,
        "note": NoteFactory(claim=claim, author=editor).pk,
        "suggestion": article.suggestions.first().pk,
        "published": published.pk,
        "job": Job.start(JobKind.SUGGEST, desk=desk, by=checker, article=ArticleFactory(desk=desk)).pk,
        "feed": Feed.objects.create(desk=desk, outlet=OutletFactory(desk=desk), url="https://x.example/feed").pk,
        "speaker": SpeakerFactory(desk=desk).pk,
        "outlet": article.outlet_id,
        "rating": RatingFactory(desk=desk, slug="true", label="True", value=5).pk,
    }
    claim.refresh_from_db()
    ids["claim_version"] = claim.version
    return editor, ids


def _rolled_back(send):
    """``send()`` in a savepoint that is always rolled back: the world stays as it was."""
    savepoint = transaction.savepoint()
    try:
        return send()
    finally:
        transaction.savepoint_rollback(savepoint)


# -- pages ---------------------------------------------------------------------------------

KIND = [  # a route's <int:pk> is the object its first segment names
    ("articles/", "article"),
    ("claims/<int:pk>/claimreview.json", "published"),
    ("claims/", "claim"),
    ("sources/", "source"),
    ("notes/", "note"),
    ("suggestions/", "suggestion"),
    ("published/", "published"),
    ("speakers/", "speaker"),
    ("outlets/", "outlet"),
    ("jobs/", "job"),
    ("feeds/", "feed"),
]


def _page_routes(resolver=None, prefix=""):
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.app_name in ("admin", "api"):
                continue
            yield from _page_routes(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern)


def _page_url(route: str, ids: dict) -> str:
    kind = next((k for start, k in KIND if route.startswith(start)), None)
    url = route.replace("<slug:slug>", ids["desk"]).replace("<slug:name>", "speaker").replace("<int:n>", "0")
    return "/" + url.replace("<int:pk>", str(ids[kind]) if kind else "0")


# A baseline that passes validation, so the hostile overlay reaches the code behind the form.
PAGE_BASELINES = {
    "articles/new/": {"desk": "{desk_id}", "title": "T", "text": "The bridge reopens.", "save": "1"},
    "articles/<int:pk>/claims/new/": {
        "start": "0",
        "end": "20",
        "text": "t",
        "attribution_type": "named_person",
        "quote_type": "none",
    },
    "articles/<int:pk>/revise/": {"text": "The bridge reopened in June.", "reason": "r"},
    "claims/new/": {"desk": "{desk_id}", "text": "t", "attribution_type": "named_person", "quote_type": "none"},
    "claims/<int:pk>/attribution/": {
        "version": "{claim_version}",
        "text": "t",
        "attribution_type": "named_person",
        "quote_type": "none",
    },
    "claims/<int:pk>/verdict/": {"version": "{claim_version}", "rating": "{rating}", "summary": "s"},
    "claims/<int:pk>/sources/": {
        "version": "{claim_version}",
        "source-url": "https://e.example/",
        "source-stance": "supports",
        "source-kind": "other",
        "source-accessed": "2025-01-01",
    },
    "claims/<int:pk>/notes/": {"body": "b"},
    "claims/<int:pk>/tags/": {"tags": "elections"},
    "claims/<int:pk>/transition/": {"action": "send_back", "version": "{claim_version}", "comment": "c"},
    "claims/<int:pk>/history/restore/": {"kind": "source", "version": "{claim_version}"},
    "sources/<int:pk>/edit/": {
        "version": "{claim_version}",
        "source-{source}-url": "https://e.example/",
        "source-{source}-stance": "supports",
        "source-{source}-kind": "other",
        "source-{source}-accessed": "2025-01-01",
    },
    "sources/<int:pk>/delete/": {"version": "{claim_version}"},
    "speakers/<int:pk>/merge/": {"other": "Ana Ruiz"},
    "claims/import/": {"kind": "claims", "desk": "{desk_id}", "content": "text\nThe bridge reopens.\n"},
    "articles/<int:pk>/annotations/import/": {"json": "[]"},
    "feeds/": {"desk": "{desk_id}", "outlet": "o", "url": "https://feeds.example/rss", "interval": "15"},
    "language/": {"language": "ar", "next": "/"},
    "login/": {"username": "fuzz-editor", "password": "wrong"},
}
PAGE_ROUTES = sorted(r for r in set(_page_routes()) - {"logout/"} if not r.startswith("admin/"))


@pytest.mark.parametrize("route", PAGE_ROUTES)
def test_a_form_post_never_answers_500(client, world, route):
    editor, ids = world
    client.force_login(editor)
    url = _page_url(route, ids)
    baseline = {k.format(**ids): v.format(**ids) for k, v in PAGE_BASELINES.get(route, {}).items()}
    probe = _rolled_back(lambda: client.post(url, baseline))
    if probe.status_code == 405:
        return  # GET only: refused by its method decorator before any of its code runs
    assert probe.status_code < 500, f"POST {url} with its baseline"

    @FUZZ
    @_overlay_examples(sorted(baseline) or ["text"])
    @given(overlay=form_overlays())
    def post_hostile(overlay):
        body = form_body({**baseline, **{k.format(**ids): v for k, v in overlay.items()}})
        response = _rolled_back(
            lambda: client.post(url, body, content_type="application/x-www-form-urlencoded", follow=False)
        )
        assert response.status_code < 500, f"POST {url} {overlay!r:.300}"

    post_hostile()


# -- the API -------------------------------------------------------------------------------

API_BASELINES = {
    "article": {"desk": "{desk_id}", "title": "T", "text": "The bridge reopens in May."},
    "claim": {"desk": "{desk_id}", "text": "t", "attribution_type": "named_person"},
    "source": {
        "claim": "{claim}",
        "claim_version": "{claim_version}",
        "url": "https://e.example/",
        "stance": "supports",
    },
    "note": {"claim": "{claim}", "body": "b"},
    "speaker": {"desk": "{desk_id}", "name": "Ana Ruiz"},
    "rating": {"desk": "{desk_id}", "label": "Mostly true"},
    "claim-transitions": {"action": "send_back", "version": "{claim_version}", "comment": "c"},
    "token": {"username": "fuzz-editor", "password": "pw-for-tests"},
}


def _api_writes():
    """(pattern name, method) of every API route that writes, from the router's own mapping."""
    api = next(e for e in get_resolver().url_patterns if isinstance(e, URLResolver) and e.namespace == "api")
    found = {("token", "post")}
    for entry in api.url_patterns:
        actions = getattr(entry.callback, "actions", None) or {}
        if isinstance(entry, URLPattern) and "format" not in str(entry.pattern):
            found.update((entry.name, method) for method in ("post", "put", "patch") if method in actions)
    return sorted(found)


API_WRITES = _api_writes()


def _api_fields(name: str) -> list[str]:
    from claims.api import urls

    if name == "token":
        return ["username", "password"]
    basename, _, action = name.rpartition("-")
    view = next(p.callback for p in urls.urlpatterns if getattr(p, "name", None) == name)
    if action == "transitions":
        from claims.api.serializers import TransitionSerializer

        serializer = TransitionSerializer()
    else:
        serializer = view.cls.serializer_class()
    return sorted(n for n, f in serializer.fields.items() if not f.read_only) + ["version"]


def _baseline(name: str, ids: dict) -> dict:
    basename = name if name in API_BASELINES else name.rpartition("-")[0]
    data = {}
    for key, value in API_BASELINES[basename].items():
        filled = value.format(**ids)
        data[key] = int(filled) if filled.isdecimal() and key != "password" else filled
    if name.endswith("-detail") and basename == "claim":
        data["version"] = ids["claim_version"]
    return data


@pytest.mark.parametrize(("name", "method"), API_WRITES)
def test_an_api_write_never_answers_500(world, name, method):
    editor, ids = world
    client = APIClient()
    if name != "token":
        client.force_authenticate(editor)
    kind = name.rpartition("-")[0].split("-")[0]
    kwargs = {"pk": ids[kind]} if name.endswith(("-detail", "-transitions")) else {}
    url = reverse(f"api:{name}", kwargs=kwargs)
    baseline = _baseline(name, ids)
    probe = _rolled_back(lambda: getattr(client, method)(url, json_body(baseline), content_type="application/json"))
    assert probe.status_code < 500, f"{method.upper()} {url} with its baseline"
    fields = _api_fields(name)

    @FUZZ
    @_overlay_examples(fields)
    @given(overlay=st.dictionaries(st.sampled_from(fields), json_value, min_size=1, max_size=4))
    def send_hostile(overlay):
        body = json_body({**baseline, **overlay})
        response = _rolled_back(lambda: getattr(client, method)(url, body, content_type="application/json"))
        assert response.status_code < 500, f"{method.upper()} {url} {overlay!r:.300}"

    send_hostile()


def test_the_fuzz_covers_every_write_endpoint():
    """The API's writes, from its router; the pages' POSTs are whichever routes do not answer 405
    (34 of the 64 page routes when this was written)."""
    assert len(API_WRITES) == 20  # 6 creates, 6 PUTs, 6 PATCHes, transitions and the token
    assert len(PAGE_ROUTES) >= 60
