"""Every URL of the app × every kind of visitor → the status it must answer.

A user of another desk gets 404 for anything of this desk, never 403, so existence does not
leak; a member whose role does not allow an action gets 403; anonymous visitors are sent to
log in, except on the public ClaimReview pages.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from claims.models import ApiToken, Feed, Job, JobKind, Role, Suggestion, TokenKind

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

ROLES = ["anonymous", "stranger", "viewer", "checker", "editor", "admin"]
LOGIN = 302  # anonymous → the login page


def row(anonymous, stranger, viewer, checker, editor, admin):
    return dict(zip(ROLES, (anonymous, stranger, viewer, checker, editor, admin), strict=True))


READ = row(LOGIN, 404, 200, 200, 200, 200)  # a desk member reads
OWN_LIST = row(LOGIN, 200, 200, 200, 200, 200)  # lists show only one's own desks
CHECK_FORM = row(LOGIN, 404, 403, 200, 200, 200)  # checkers and up, form re-rendered
CHECK_DONE = row(LOGIN, 404, 403, 302, 302, 302)  # checkers and up, done and redirected
EDIT_ONLY = row(LOGIN, 404, 403, 403, 200, 200)
PUBLIC = row(200, 200, 200, 200, 200, 200)

MATRIX = [
    # method, url template, expected, POST data (its values formatted like the url, e.g. {claim_version})
    ("get", "/", OWN_LIST, None),
    ("get", "/articles/new/", row(LOGIN, 200, 403, 200, 200, 200), None),  # the stranger imports into their own desk
    ("get", "/articles/{article}/", READ, None),
    ("get", "/articles/{article}/claims/new/", CHECK_FORM, None),
    ("post", "/articles/{article}/claims/new/", CHECK_FORM, {}),
    ("get", "/articles/{article}/history/", READ, None),
    ("get", "/articles/{article}/revise/", EDIT_ONLY, None),
    ("post", "/articles/{article}/revise/", EDIT_ONLY, {}),
    ("post", "/articles/{article}/suggestions/", CHECK_DONE, {}),
    ("get", "/articles/{article}/pulse/", READ, None),
    ("get", "/claims/", OWN_LIST, None),
    ("get", "/claims/new/", row(LOGIN, 200, 403, 200, 200, 200), None),  # the stranger enters into their own desk
    ("post", "/claims/new/", row(LOGIN, 200, 403, 200, 200, 200), {}),
    ("get", "/claims/options/speaker/", row(LOGIN, 200, 200, 200, 200, 200), None),  # names of one's own desks
    ("post", "/claims/assign/", row(LOGIN, 302, 403, 403, 302, 302), {}),  # nothing chosen: back to the list
    ("get", "/claims/{claim}/", READ, None),
    ("get", "/claims/{claim}/pulse/", READ, None),
    ("get", "/claims/{claim}/attribution/", CHECK_FORM, None),
    ("post", "/claims/{claim}/attribution/", CHECK_FORM, {}),
    ("post", "/claims/{claim}/verdict/", CHECK_FORM, {}),
    ("post", "/claims/{claim}/sources/", CHECK_FORM, {"version": "{claim_version}"}),
    ("post", "/claims/{claim}/notes/", CHECK_FORM, {}),
    ("post", "/claims/{claim}/tags/", CHECK_DONE, {"tags": "elections"}),
    ("get", "/claims/{claim}/checked-before/", READ, None),
    ("post", "/claims/{claim}/same-as/", row(LOGIN, 404, 403, 404, 404, 404), {"other": ""}),  # no other claim
    # (the claim is new, without a verdict: a permitted step is refused by its rule and redirected)
    (
        "post",
        "/claims/{claim}/transition/",
        row(LOGIN, 404, 403, 403, 302, 302),
        {"action": "approve", "version": "{claim_version}"},
    ),
    (
        "post",
        "/claims/{claim}/transition/",
        row(LOGIN, 404, 403, 302, 302, 302),
        {"action": "submit", "version": "{claim_version}"},
    ),
    ("get", "/claims/{claim}/history/", READ, None),
    (
        "post",
        "/claims/{claim}/history/restore/",
        row(LOGIN, 404, 403, 404, 404, 404),
        {"kind": "source", "version": "{claim_version}"},
    ),
    ("get", "/sources/{source}/edit/", CHECK_FORM, None),
    ("post", "/sources/{source}/delete/", CHECK_DONE, {"version": "{claim_version}"}),  # the source is of {claim}
    ("post", "/notes/{note}/resolve/", CHECK_DONE, {}),
    ("post", "/suggestions/{suggestion}/accept/", CHECK_DONE, {}),
    ("post", "/suggestions/{suggestion}/reject/", CHECK_DONE, {}),
    ("post", "/suggestions/{suggestion}/undo/", CHECK_DONE, {}),
    ("post", "/suggestions/{suggestion}/accept-speaker/", CHECK_DONE, {}),
    ("post", "/suggestions/{suggestion}/accept-twins/", CHECK_DONE, {}),
    ("get", "/suggestions/{suggestion}/checked-before/", READ, None),  # triage's "all earlier checks"
    ("get", "/speakers/options/", OWN_LIST, None),
    ("get", "/queue/", OWN_LIST, None),
    ("get", "/notifications/", OWN_LIST, None),
    ("post", "/notifications/", row(LOGIN, 302, 302, 302, 302, 302), {}),
    ("get", "/nav-counts/", OWN_LIST, None),
    # Exchange formats.
    ("get", "/published/{published}/", PUBLIC, None),
    ("get", "/claims/{published}/claimreview.json", PUBLIC, None),
    ("get", "/desks/{desk}/claimreview.json", PUBLIC, None),
    ("get", "/claims/{claim}/annotation.jsonld", READ, None),
    ("get", "/articles/{article}/annotations.jsonld", READ, None),
    ("get", "/articles/{article}/annotations/import/", CHECK_FORM, None),
    ("get", "/claims/export.csv", OWN_LIST, None),
    ("get", "/claims/import/", row(LOGIN, 200, 403, 200, 200, 200), None),
    ("get", "/desks/{desk}/export.json", EDIT_ONLY, None),
    ("get", "/external-checks/", OWN_LIST, None),
    ("post", "/external-checks/", row(LOGIN, 200, 403, 403, 200, 200), {}),  # editors; nothing chosen
    # The desk's memory.
    ("get", "/speakers/{speaker}/", READ, None),
    ("post", "/speakers/{speaker}/merge/", row(LOGIN, 404, 403, 403, 302, 302), {"other": "nobody"}),
    ("get", "/outlets/{outlet}/", READ, None),
    ("get", "/desks/{desk}/dashboard/", row(LOGIN, 404, 403, 403, 200, 200), None),
    # Jobs and monitoring.
    ("get", "/jobs/", OWN_LIST, None),
    ("get", "/jobs/{job}/", READ, None),  # a suggestion run is the desk's business
    ("post", "/jobs/{job}/retry/", row(LOGIN, 404, 403, 403, 403, 403), {}),  # it did not fail
    ("get", "/jobs/{job}/download/", row(LOGIN, 404, 404, 404, 404, 404), None),  # not an export
    ("get", "/triage/", OWN_LIST, None),
    ("post", "/articles/{article}/triage/", row(LOGIN, 404, 403, 404, 404, 404), {"action": "dismiss"}),  # pasted
    ("get", "/feeds/", OWN_LIST, None),
    ("post", "/feeds/", row(LOGIN, 200, 403, 403, 200, 200), {}),  # editors (the stranger of their own desk)
    ("post", "/feeds/{feed}/", row(LOGIN, 404, 403, 403, 400, 400), {}),  # no action chosen
    ("get", "/demo/feed.xml", PUBLIC, None),
    ("post", "/language/", row(303, 303, 303, 303, 303, 303), {"language": "ar", "next": "/"}),  # anyone picks one
    # One's own API tokens: a list anyone signed in has; revoking is the owner's (the editor's) alone.
    ("get", "/account/tokens/", OWN_LIST, None),
    ("post", "/account/tokens/", OWN_LIST, {"action": "create"}),  # no name: the form again
    ("post", "/account/tokens/", row(LOGIN, 404, 404, 404, 302, 404), {"action": "revoke", "token": "{token}"}),
    ("post", "/admin/logout/", row(302, 302, 302, 302, 302, 302), {}),  # ends login tokens too, then to /login/
    ("get", "/demo/articles/0/", PUBLIC, None),
    # The API answers 401/403 instead of a login redirect.
    ("get", "/api/claims/{claim}/", row(401, 404, 200, 200, 200, 200), None),
    ("get", "/api/articles/{article}/", row(401, 404, 200, 200, 200, 200), None),
]


@pytest.fixture
def world(desk):
    """One of everything in the desk, a member per role, and a member of another desk."""
    people = {"anonymous": None}
    for role in (Role.VIEWER, Role.CHECKER, Role.EDITOR, Role.ADMIN):
        people[role.value] = MembershipFactory(desk=desk, role=role, user=UserFactory(username=role.value)).user
    people["stranger"] = MembershipFactory(role=Role.EDITOR, user=UserFactory(username="stranger")).user
    article = ArticleFactory(
        desk=desk,
        text="Prime Minister Ana Ruiz said the bridge would reopen in May. She added that it cost 4 million euros.",
    )
    Suggestion.refresh_for(article)
    claim = ClaimFactory(desk=desk, article=article, start=0, end=20)
    published = ClaimFactory(desk=desk, article=article, start=21, end=40, rating=RatingFactory(desk=desk))
    SourceFactory(claim=published)
    published.submit(by=people["checker"])
    published.approve(by=people["editor"])
    published.publish(by=people["editor"])
    ids = {
        "desk": desk.slug,
        "article": article.pk,
        "claim": claim.pk,
        "source": SourceFactory(claim=claim).pk,
        "note": NoteFactory(claim=claim).pk,
        "suggestion": article.suggestions.first().pk,
        "published": published.pk,
        "job": Job.start(JobKind.SUGGEST, desk=desk, by=people["checker"], article=ArticleFactory(desk=desk)).pk,
        "feed": Feed.objects.create(desk=desk, outlet=OutletFactory(desk=desk), url="https://x.example/feed").pk,
        "speaker": SpeakerFactory(desk=desk).pk,
        "outlet": article.outlet_id,
        "token": ApiToken.issue(people["editor"], name="n", kind=TokenKind.NAMED, lifetime=timedelta(days=1))[0].pk,
    }
    # The version the claim's page shows, read after every write above (each save raises it).
    claim.refresh_from_db()
    ids["claim_version"] = claim.version
    return people, ids


CASES = [(method, url, role, expected[role], data) for method, url, expected, data in MATRIX for role in ROLES]


@pytest.mark.parametrize(("method", "url", "role", "status", "data"), CASES)
def test_permission_matrix(client, world, method, url, role, status, data):
    people, ids = world
    if people[role] is not None:
        client.force_login(people[role])
    data = {key: value.format(**ids) for key, value in (data or {}).items()}
    response = getattr(client, method)(url.format(**ids), data)
    assert response.status_code == status, f"{role} {method.upper()} {url}"
    if status == LOGIN and role == "anonymous":
        assert response.url.startswith("/login/")


def _app_routes(resolver=None, prefix=""):
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin":
                continue
            yield from _app_routes(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern)


def test_the_matrix_covers_every_url_of_the_app():
    covered = {url for _, url, _, _ in MATRIX}
    templates = {
        "<int:pk>": [
            "{article}",
            "{claim}",
            "{source}",
            "{note}",
            "{suggestion}",
            "{published}",
            "{job}",
            "{feed}",
            "{speaker}",
            "{outlet}",
        ],
        "<int:n>": ["0"],
        "<slug:slug>": ["{desk}"],
        "<slug:name>": ["speaker"],
    }
    missing = []
    for route in _app_routes():
        if route.startswith("api/") or route in ("login/", "logout/"):
            continue  # the API has its own suite; login/logout are Django's
        candidates = {"/" + route}
        for pattern, names in templates.items():
            candidates = {c.replace(pattern, name) for c in candidates for name in names}
        if not candidates & covered:
            missing.append(route)
    assert missing == []
