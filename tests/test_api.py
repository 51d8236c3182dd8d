from __future__ import annotations

import json

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from drf_spectacular.validation import validate_schema
from rest_framework.test import APIClient

from claims.models import (
    ApiToken,
    Article,
    Claim,
    Note,
    Role,
    Source,
    Speaker,
    Stage,
    StageChange,
    TokenKind,
    text_sha256,
    token_digest,
)

from .factories import (
    ArticleFactory,
    ClaimFactory,
    MembershipFactory,
    NoteFactory,
    RatingFactory,
    SourceFactory,
    SpeakerFactory,
    UserFactory,
    api_key,
)

pytestmark = pytest.mark.django_db

ENDPOINTS = ["articles", "claims", "sources", "notes", "speakers", "ratings"]


def api(user=None) -> APIClient:
    """A client authenticated the way API users are: with a token."""
    client = APIClient()
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {api_key(user)}")
    return client


@pytest.fixture
def claim(desk):
    return ClaimFactory(desk=desk)


@pytest.fixture
def rating(desk):
    return RatingFactory(desk=desk)


@pytest.fixture
def objects(desk, claim, rating):
    """One object of each kind in the desk, by endpoint."""
    return {
        "articles": claim.article,
        "claims": claim,
        "sources": SourceFactory(claim=claim),
        "notes": NoteFactory(claim=claim),
        "speakers": SpeakerFactory(desk=desk),
        "ratings": rating,
    }


def ready_for_review(claim, rating):
    """Give the claim what submit() asks for: a verdict and a source."""
    claim.rating = rating
    claim.save()
    SourceFactory(claim=claim)


def approved(claim, rating, *, submitter, approver):
    ready_for_review(claim, rating)
    claim.submit(by=submitter)
    claim.approve(by=approver)
    claim.refresh_from_db()
    return claim


def version(claim) -> int:
    """The claim's version as stored now (every save and every step raises it)."""
    return Claim.objects.values_list("version", flat=True).get(pk=claim.pk)


def transition(user, claim, action, **data):
    """A workflow step as a client that has just read the claim would send it."""
    data = {"action": action, "version": version(claim), **data}
    return api(user).post(f"/api/claims/{claim.pk}/transitions/", data, format="json")


# -- authentication ----------------------------------------------------------------


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_anonymous_gets_401_asking_for_a_token(endpoint, objects):
    for url in (f"/api/{endpoint}/", f"/api/{endpoint}/{objects[endpoint].pk}/"):
        response = api().get(url)
        assert response.status_code == 401, url
        assert response["WWW-Authenticate"] == "Token"
    assert api().post(f"/api/{endpoint}/", {}, format="json").status_code == 401


def test_token_is_obtained_with_username_and_password_and_authenticates(viewer, claim):
    response = APIClient().post("/api/token/", {"username": "vera", "password": "pw-for-tests"}, format="json")
    assert response.status_code == 200
    body = response.json()
    token = body["token"]
    stored = ApiToken.objects.get(user=viewer)  # kept only as its digest, and expiring
    assert stored.kind == TokenKind.SESSION == body["kind"] and stored.digest == token_digest(token) != token
    assert parse_datetime(body["expires"]) == stored.expires > timezone.now()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert [c["id"] for c in client.get("/api/claims/").json()["results"]] == [claim.pk]


def test_wrong_password_gets_no_token(viewer):
    response = APIClient().post("/api/token/", {"username": "vera", "password": "nope"}, format="json")
    assert response.status_code == 400 and "token" not in response.json()


def test_a_bad_token_is_401(claim):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-token")
    assert client.get("/api/claims/").status_code == 401


def test_session_login_works_for_the_browsable_api(client, viewer, claim):
    client.force_login(viewer)
    assert client.get("/api/claims/").json()["count"] == 1


# -- desk scoping ------------------------------------------------------------------


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_stranger_sees_nothing_of_another_desk(endpoint, stranger, objects):
    client = api(stranger)
    assert client.get(f"/api/{endpoint}/").json()["count"] == 0
    url = f"/api/{endpoint}/{objects[endpoint].pk}/"
    assert client.get(url).status_code == 404
    assert client.patch(url, {"version": 1}, format="json").status_code == 404


def test_stranger_cannot_transition_or_delete_another_desks_objects(stranger, objects):
    assert transition(stranger, objects["claims"], "submit").status_code == 404
    assert api(stranger).delete(f"/api/sources/{objects['sources'].pk}/").status_code == 404
    assert Source.objects.filter(pk=objects["sources"].pk).exists()


def test_stranger_cannot_create_in_another_desk_or_point_at_its_objects(stranger, desk, claim, rating):
    client = api(stranger)
    own_desk = stranger.desks.get()
    response = client.post("/api/claims/", {"desk": desk.pk, "text": "x"}, format="json")
    assert response.status_code == 400 and "desk" in response.json()
    response = client.post("/api/claims/", {"desk": own_desk.pk, "text": "x", "rating": rating.pk}, format="json")
    assert response.status_code == 400 and "rating" in response.json()
    response = client.post(
        "/api/sources/", {"claim": claim.pk, "url": "https://e.org/", "claim_version": version(claim)}, format="json"
    )
    assert response.status_code == 400 and "claim" in response.json()


def test_unknown_ids_are_404(viewer):
    for endpoint in ENDPOINTS:
        assert api(viewer).get(f"/api/{endpoint}/999999/").status_code == 404, endpoint


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_viewer_reads_lists_and_details(endpoint, viewer, objects):
    client = api(viewer)
    listing = client.get(f"/api/{endpoint}/").json()
    assert listing["count"] == 1 and listing["results"][0]["id"] == objects[endpoint].pk
    assert client.get(f"/api/{endpoint}/{objects[endpoint].pk}/").json()["id"] == objects[endpoint].pk


def test_delete_is_405_where_the_api_does_not_delete(editor, objects):
    for endpoint in ("articles", "claims", "notes", "speakers", "ratings"):
        assert api(editor).delete(f"/api/{endpoint}/{objects[endpoint].pk}/").status_code == 405, endpoint


# -- articles ----------------------------------------------------------------------


def test_checker_imports_an_article_with_normalised_text(checker, desk):
    response = api(checker).post(
        "/api/articles/", {"desk": desk.pk, "title": "Cafés", "text": "Cafe\u0301 owners said\r\nno."}, format="json"
    )
    assert response.status_code == 201, response.json()
    article = Article.objects.get(pk=response.json()["id"])
    assert article.text == "Café owners said\nno." and article.sha256 == text_sha256(article.text)
    assert article.imported_by == checker
    assert response.json()["text"] == article.text and response.json()["claim_count"] == 0


def test_a_duplicate_article_text_is_400_with_the_existing_article(checker, desk):
    existing = ArticleFactory(desk=desk, text="Same text.\nTwo lines.")
    response = api(checker).post(
        "/api/articles/", {"desk": desk.pk, "title": "Again", "text": "Same text.\r\nTwo lines."}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["existing"] == existing.pk and "text" in response.json()
    assert Article.objects.count() == 1


def test_viewer_cannot_import_an_article(viewer, desk):
    response = api(viewer).post("/api/articles/", {"desk": desk.pk, "title": "T", "text": "Text."}, format="json")
    assert response.status_code == 403 and not Article.objects.exists()


def test_article_outlet_must_be_of_the_same_desk(checker, desk, stranger):
    other = ArticleFactory(desk=stranger.desks.get())
    response = api(checker).post(
        "/api/articles/", {"desk": desk.pk, "title": "T", "text": "Text.", "outlet": other.outlet_id}, format="json"
    )
    assert response.status_code == 400 and "outlet" in response.json()


def test_editor_revises_an_article_and_its_claims_are_reanchored(editor, claim):
    article = claim.article
    new_text = "Breaking. " + article.text
    response = api(editor).patch(f"/api/articles/{article.pk}/", {"text": new_text, "title": "New"}, format="json")
    assert response.status_code == 200, response.json()
    assert response.json()["revision"] == 2 and response.json()["title"] == "New"
    claim.refresh_from_db()
    assert (claim.start, claim.is_orphaned) == (10, False)
    assert article.text[0:80] == claim.quote


def test_checker_cannot_edit_an_article(checker, claim):
    response = api(checker).patch(f"/api/articles/{claim.article_id}/", {"title": "Mine"}, format="json")
    assert response.status_code == 403


def test_article_list_leaves_the_text_out(viewer, claim):
    result = api(viewer).get("/api/articles/").json()["results"][0]
    assert "text" not in result and result["claim_count"] == 1


# -- claims ------------------------------------------------------------------------


def test_checker_creates_an_anchored_claim(checker, desk):
    article = ArticleFactory(desk=desk)
    speaker = SpeakerFactory(desk=desk)
    response = api(checker).post(
        "/api/claims/",
        {
            "desk": desk.pk,
            "article": article.pk,
            "text": "The river rose 3 metres.",
            "start": 172,
            "end": 200,
            "speaker": speaker.pk,
            "attribution_type": "institution",
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    data = response.json()
    assert data["quote"] == article.text[172:200] and data["prefix"] == article.text[140:172]
    assert (data["stage"], data["version"], data["source_count"]) == ("new", 1, 0)


def test_a_quote_that_does_not_match_the_offsets_is_400_with_the_models_message(checker, desk):
    article = ArticleFactory(desk=desk)
    response = api(checker).post(
        "/api/claims/",
        {"desk": desk.pk, "article": article.pk, "text": "x", "start": 0, "end": 5, "quote": "Wrong"},
        format="json",
    )
    assert response.status_code == 400
    assert response.json() == {"quote": ["The quote does not match the article text at these offsets."]}


def test_a_quote_without_offsets_is_anchored_where_the_article_has_it(checker, desk):
    article = ArticleFactory(desk=desk)
    quote = article.text[172:200]
    body = {"desk": desk.pk, "article": article.pk, "text": "x", "quote": quote, "start": None, "end": None}
    response = api(checker).post("/api/claims/", body, format="json")
    assert response.status_code == 201, response.json()
    claim = Claim.objects.get(pk=response.json()["id"])
    at = article.text.index(quote)
    assert (claim.start, claim.end, claim.quote, claim.is_orphaned) == (at, at + len(quote), quote, False)
    assert claim.prefix == article.text[max(0, at - 32) : at]


@pytest.mark.parametrize("article", [True, False])
def test_a_quote_that_cannot_be_placed_is_400_and_nothing_is_stored(checker, desk, article):
    body = {"desk": desk.pk, "text": "x", "quote": "Words the article never says."}
    if article:
        body["article"] = ArticleFactory(desk=desk).pk
    response = api(checker).post("/api/claims/", body, format="json")
    assert response.status_code == 400
    expected = "The quote is not in the article's text." if article else "A quote needs its article."
    assert response.json() == {"quote": [expected]}
    assert not Claim.objects.exists()


def test_clearing_the_offsets_of_a_claim_finds_its_quote_again(checker, claim):
    body = {"version": claim.version, "start": None, "end": None}
    response = api(checker).patch(f"/api/claims/{claim.pk}/", body, format="json")
    assert response.status_code == 200
    assert (response.json()["start"], response.json()["end"], response.json()["is_orphaned"]) == (0, 80, False)


def test_the_api_reads_json_only(checker, desk):
    client = api(checker)
    for fmt in ("multipart", None):
        response = client.post("/api/speakers/", {"desk": desk.pk, "name": "Ana Ruiz"}, format=fmt)
        assert response.status_code == 415 and "detail" in response.json()
    assert not Speaker.objects.exists()


def test_a_span_outside_the_article_is_400(checker, claim):
    response = api(checker).patch(
        f"/api/claims/{claim.pk}/", {"version": claim.version, "start": 5, "end": 100000}, format="json"
    )
    assert response.status_code == 400 and "outside the article" in response.json()["start"][0]


def test_new_offsets_read_the_quote_from_the_article(checker, claim):
    response = api(checker).patch(
        f"/api/claims/{claim.pk}/", {"version": claim.version, "start": 4, "end": 12}, format="json"
    )
    assert response.status_code == 200
    assert (response.json()["quote"], response.json()["prefix"]) == ("ministry", "The ")


def test_moving_a_claim_to_an_article_without_its_quote_is_400(checker, desk, claim):
    other = ArticleFactory(desk=desk, text="A different story altogether, with other words in it entirely." * 2)
    response = api(checker).patch(
        f"/api/claims/{claim.pk}/", {"version": claim.version, "article": other.pk}, format="json"
    )
    assert response.status_code == 400 and "quote" in response.json()
    claim.refresh_from_db()
    assert claim.article_id != other.pk


def test_an_anchor_without_an_article_is_400(checker, desk):
    response = api(checker).post("/api/claims/", {"desk": desk.pk, "text": "x", "start": 0, "end": 5}, format="json")
    assert response.status_code == 400 and "article" in response.json()


def test_viewer_cannot_create_or_edit_claims(viewer, desk, claim):
    client = api(viewer)
    assert client.post("/api/claims/", {"desk": desk.pk, "text": "x"}, format="json").status_code == 403
    response = client.patch(f"/api/claims/{claim.pk}/", {"version": claim.version, "text": "y"}, format="json")
    assert response.status_code == 403


def test_checker_edits_unassigned_and_own_claims_but_not_anothers(checker, desk):
    other_checker = MembershipFactory(desk=desk, role=Role.CHECKER).user
    unassigned = ClaimFactory(desk=desk)
    own = ClaimFactory(desk=desk, assignee=checker)
    theirs = ClaimFactory(desk=desk, assignee=other_checker)
    client = api(checker)
    for claim, expected in ((unassigned, 200), (own, 200), (theirs, 403)):
        response = client.patch(f"/api/claims/{claim.pk}/", {"version": claim.version, "text": "Edited"}, format="json")
        assert response.status_code == expected, claim


def test_editor_edits_any_claim_with_put(editor, desk):
    claim = ClaimFactory(desk=desk, assignee=MembershipFactory(desk=desk).user)
    body = api(editor).get(f"/api/claims/{claim.pk}/").json()
    body["text"] = "Rewritten."
    response = api(editor).put(f"/api/claims/{claim.pk}/", body, format="json")
    assert response.status_code == 200, response.json()
    # One edit is one guarded write: one new version, which also records who changed the verdict.
    assert response.json()["text"] == "Rewritten." and response.json()["version"] == claim.version + 1
    claim.refresh_from_db()
    assert claim.verdict_by == editor


def test_an_update_without_the_version_is_400(editor, claim):
    response = api(editor).patch(f"/api/claims/{claim.pk}/", {"text": "No version."}, format="json")
    assert response.status_code == 400 and "version" in response.json()
    claim.refresh_from_db()
    assert claim.text != "No version."


def test_a_stale_version_is_409_with_the_current_claim_and_no_lost_update(checker, editor, claim):
    read_version = claim.version
    first = api(editor).patch(f"/api/claims/{claim.pk}/", {"version": read_version, "text": "Editor's."}, format="json")
    assert first.status_code == 200
    second = api(checker).patch(
        f"/api/claims/{claim.pk}/", {"version": read_version, "text": "Checker's."}, format="json"
    )
    assert second.status_code == 409
    assert second.json()["current"]["text"] == "Editor's."
    assert second.json()["current"]["version"] == first.json()["version"]
    claim.refresh_from_db()
    assert claim.text == "Editor's." and claim.version == first.json()["version"]


def test_workflow_fields_cannot_be_set_by_an_edit(editor, checker, claim):
    response = api(editor).patch(
        f"/api/claims/{claim.pk}/",
        {
            "version": claim.version,
            "stage": "published",
            "submitted_by": checker.pk,
            "approved_by": editor.pk,
            "verdict_by": checker.pk,
            "published": "2025-01-01T00:00:00Z",
            "assignee": checker.pk,
        },
        format="json",
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.stage == Stage.NEW
    assert (claim.submitted_by, claim.approved_by, claim.verdict_by, claim.published, claim.assignee) == (None,) * 5
    assert not StageChange.objects.exists()


def test_a_rating_change_records_the_verdict_change_and_voids_an_approval(checker, editor, desk_admin, claim, rating):
    claim = approved(claim, rating, submitter=checker, approver=editor)
    other = RatingFactory(desk=claim.desk, label="True", slug="true", value=5)
    response = api(desk_admin).patch(
        f"/api/claims/{claim.pk}/", {"version": claim.version, "rating": other.pk}, format="json"
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert (claim.stage, claim.approved_by, claim.verdict_by) == (Stage.REVIEW, None, desk_admin)
    assert response.json()["version"] == claim.version and response.json()["stage"] == "review"


def test_an_edit_of_the_claim_text_voids_the_approval_as_in_the_pages(checker, editor, claim, rating):
    """The claim as checked is part of the verdict: rewording it needs a second look."""
    claim = approved(claim, rating, submitter=checker, approver=editor)
    response = api(editor).patch(f"/api/claims/{claim.pk}/", {"version": claim.version, "text": "Typo."}, format="json")
    assert response.status_code == 200
    claim.refresh_from_db()
    assert (claim.stage, claim.approved_by, claim.verdict_by) == (Stage.REVIEW, None, editor)


def test_creating_a_claim_with_a_verdict_records_who_set_it(editor, desk, rating):
    response = api(editor).post("/api/claims/", {"desk": desk.pk, "text": "x", "rating": rating.pk}, format="json")
    assert response.json()["verdict_by"] == editor.pk


# -- transitions -------------------------------------------------------------------


def test_a_claim_goes_from_new_to_published_through_transitions(checker, editor, claim, rating):
    response = transition(editor, claim, "assign", assignee=checker.pk, due="2030-01-31")
    assert response.status_code == 200 and response.json()["stage"] == "research"
    assert response.json()["assignee"] == checker.pk and response.json()["due"] == "2030-01-31"
    ready_for_review(claim, rating)
    assert transition(checker, claim, "submit").json()["stage"] == "review"
    assert transition(editor, claim, "approve").json()["stage"] == "approved"
    response = transition(editor, claim, "publish")
    assert response.json()["stage"] == "published" and response.json()["published"]
    stages = list(claim.stage_changes.order_by("id").values_list("new", flat=True))
    assert stages == ["research", "review", "approved", "published"]


def test_a_refused_transition_is_400_with_the_rules_message(checker, claim):
    response = transition(checker, claim, "submit")
    assert response.status_code == 400
    assert response.json() == {"detail": "A claim needs a verdict before it is submitted for review."}
    claim.refresh_from_db()
    assert claim.stage == Stage.NEW


@pytest.mark.parametrize("persona", ["editor", "desk_admin"])
def test_four_eyes_the_submitter_cannot_approve_even_as_an_editor(request, persona, claim, rating):
    user = request.getfixturevalue(persona)
    ready_for_review(claim, rating)
    assert transition(user, claim, "submit").status_code == 200
    response = transition(user, claim, "approve")
    assert response.status_code == 400 and response.json()["detail"].startswith("Four eyes")
    claim.refresh_from_db()
    assert claim.stage == Stage.REVIEW and claim.approved_by is None


def test_four_eyes_whoever_last_changed_the_sources_cannot_approve(checker, editor, claim, rating):
    ready_for_review(claim, rating)
    transition(checker, claim, "submit")
    response = api(editor).post(
        "/api/sources/",
        {"claim": claim.pk, "url": "https://evidence.example.org/new", "claim_version": version(claim)},
        format="json",
    )
    assert response.status_code == 201
    assert transition(editor, claim, "approve").status_code == 400


def test_checker_cannot_assign_approve_send_back_or_publish(checker, editor, claim, rating):
    ready_for_review(claim, rating)
    claim.submit(by=editor)
    for action, extra in (("assign", {"assignee": checker.pk}), ("approve", {}), ("send_back", {"comment": "x"})):
        assert transition(checker, claim, action, **extra).status_code == 403, action
    assert transition(checker, claim, "publish").status_code == 403
    claim.refresh_from_db()
    assert claim.stage == Stage.REVIEW


def test_viewer_cannot_submit(viewer, claim, rating):
    ready_for_review(claim, rating)
    assert transition(viewer, claim, "submit").status_code == 403


def test_send_back_needs_a_comment_and_leaves_it_as_a_note(checker, editor, claim, rating):
    ready_for_review(claim, rating)
    claim.submit(by=checker)
    response = transition(editor, claim, "send_back", comment="  ")
    assert response.status_code == 400 and "comment" in response.json()["detail"]
    response = transition(editor, claim, "send_back", comment="Find the ministry's release.")
    assert response.status_code == 200 and response.json()["stage"] == "changes"
    assert Note.objects.get(claim=claim).body == "Find the ministry's release."


def test_publish_is_refused_while_a_note_is_open(checker, editor, claim, rating):
    claim = approved(claim, rating, submitter=checker, approver=editor)
    NoteFactory(claim=claim)
    response = transition(editor, claim, "publish")
    assert response.status_code == 400 and "resolved" in response.json()["detail"]


def test_assign_needs_a_checker_of_the_desk(editor, viewer, stranger, claim):
    assert "assignee" in transition(editor, claim, "assign").json()
    assert "assignee" in transition(editor, claim, "assign", assignee=viewer.pk).json()
    assert transition(editor, claim, "assign", assignee=stranger.pk).status_code == 400
    assert transition(editor, claim, "assign", assignee=999999).status_code == 400


def test_an_unknown_action_is_400(editor, claim):
    assert transition(editor, claim, "retract").status_code == 400


# -- sources -----------------------------------------------------------------------


def test_checker_adds_a_source_which_is_a_verdict_change(checker, claim):
    response = api(checker).post(
        "/api/sources/",
        {
            "claim": claim.pk,
            "url": "https://evidence.example.org/a",
            "stance": "refutes",
            "kind": "dataset",
            "claim_version": version(claim),
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    source = Source.objects.get(pk=response.json()["id"])
    assert source.added_by == checker and source.stance == "refutes"
    claim.refresh_from_db()
    assert claim.verdict_by == checker


@pytest.mark.parametrize("method", ["patch", "delete"])
def test_changing_or_removing_a_source_voids_an_approval(method, checker, editor, desk_admin, claim, rating):
    claim = approved(claim, rating, submitter=checker, approver=editor)
    source = claim.sources.get()
    client = api(desk_admin)
    if method == "patch":
        response = client.patch(
            f"/api/sources/{source.pk}/", {"title": "Revised", "claim_version": version(claim)}, format="json"
        )
    else:
        response = client.delete(f"/api/sources/{source.pk}/?claim_version={version(claim)}")
    assert response.status_code in (200, 204)
    claim.refresh_from_db()
    assert (claim.stage, claim.approved_by, claim.verdict_by) == (Stage.REVIEW, None, desk_admin)


def test_viewer_and_another_checker_cannot_change_sources(viewer, checker, desk):
    claim = ClaimFactory(desk=desk, assignee=MembershipFactory(desk=desk, role=Role.CHECKER).user)
    source = SourceFactory(claim=claim)
    for user in (viewer, checker):
        client = api(user)
        response = client.post(
            "/api/sources/",
            {"claim": claim.pk, "url": "https://e.org/", "claim_version": version(claim)},
            format="json",
        )
        assert response.status_code == 403
        data = {"title": "x", "claim_version": version(claim)}
        assert client.patch(f"/api/sources/{source.pk}/", data, format="json").status_code == 403
        assert client.delete(f"/api/sources/{source.pk}/?claim_version={version(claim)}").status_code == 403
    assert Source.objects.count() == 1


def test_a_source_does_not_move_to_another_claim(editor, desk, claim):
    source = SourceFactory(claim=claim)
    other = ClaimFactory(desk=desk)
    data = {"claim": other.pk, "claim_version": version(claim)}
    assert api(editor).patch(f"/api/sources/{source.pk}/", data, format="json").status_code == 200
    source.refresh_from_db()
    assert source.claim == claim


def test_sources_and_notes_filter_by_claim(viewer, desk, claim):
    other = ClaimFactory(desk=desk)
    SourceFactory(claim=claim)
    SourceFactory(claim=other)
    NoteFactory(claim=other)
    client = api(viewer)
    assert client.get(f"/api/sources/?claim={claim.pk}").json()["count"] == 1
    assert client.get(f"/api/notes/?claim={claim.pk}").json()["count"] == 0


# -- notes -------------------------------------------------------------------------


def test_checker_writes_a_note_and_resolves_it(checker, claim):
    client = api(checker)
    response = client.post("/api/notes/", {"claim": claim.pk, "body": "Which ministry?"}, format="json")
    assert response.status_code == 201 and response.json()["author"] == checker.pk
    note_id = response.json()["id"]
    reply = client.post("/api/notes/", {"claim": claim.pk, "parent": note_id, "body": "Interior."}, format="json")
    assert reply.status_code == 201
    response = client.patch(f"/api/notes/{note_id}/", {"is_resolved": True}, format="json")
    assert response.status_code == 200 and response.json()["is_resolved"] is True
    assert client.get("/api/notes/?is_resolved=false").json()["count"] == 1


def test_viewer_cannot_write_or_resolve_notes(viewer, claim):
    note = NoteFactory(claim=claim)
    client = api(viewer)
    assert client.post("/api/notes/", {"claim": claim.pk, "body": "Hi"}, format="json").status_code == 403
    assert client.patch(f"/api/notes/{note.pk}/", {"is_resolved": True}, format="json").status_code == 403


def test_only_its_author_edits_a_notes_body(checker, editor, claim):
    note = NoteFactory(claim=claim, author=checker)
    response = api(editor).patch(f"/api/notes/{note.pk}/", {"body": "Not mine."}, format="json")
    assert response.status_code == 403
    assert api(checker).patch(f"/api/notes/{note.pk}/", {"body": "Mine."}, format="json").status_code == 200


def test_a_reply_must_be_on_the_same_claim(checker, desk, claim):
    other_note = NoteFactory(claim=ClaimFactory(desk=desk))
    response = api(checker).post(
        "/api/notes/", {"claim": claim.pk, "parent": other_note.pk, "body": "Reply."}, format="json"
    )
    assert response.status_code == 400 and response.json() == {"parent": ["A reply must be on the same claim."]}


# -- speakers and ratings ----------------------------------------------------------


def test_checker_adds_a_speaker_once(checker, desk):
    client = api(checker)
    response = client.post("/api/speakers/", {"desk": desk.pk, "name": "Israel Katz"}, format="json")
    assert response.status_code == 201 and response.json()["normalised_name"] == "israel katz"
    again = client.post("/api/speakers/", {"desk": desk.pk, "name": " israel  KATZ. "}, format="json")
    assert again.status_code == 400 and again.json()["existing"] == response.json()["id"]
    assert Speaker.objects.count() == 1


def test_editors_edit_speakers_and_checkers_do_not(checker, editor, desk):
    speaker = SpeakerFactory(desk=desk)
    assert api(checker).patch(f"/api/speakers/{speaker.pk}/", {"title": "Minister"}, format="json").status_code == 403
    response = api(editor).patch(f"/api/speakers/{speaker.pk}/", {"title": "Minister"}, format="json")
    assert response.status_code == 200 and response.json()["title"] == "Minister"


def test_editor_manages_ratings_and_checker_cannot(checker, editor, desk):
    body = {"desk": desk.pk, "label": "Half true", "value": 3, "colour": "#aabbcc"}
    assert api(checker).post("/api/ratings/", body, format="json").status_code == 403
    response = api(editor).post("/api/ratings/", body, format="json")
    assert response.status_code == 201 and response.json()["slug"] == "half-true"
    again = api(editor).post("/api/ratings/", body, format="json")
    assert again.status_code == 400 and again.json()["existing"] == response.json()["id"]
    response = api(editor).patch(f"/api/ratings/{response.json()['id']}/", {"order": 9}, format="json")
    assert response.status_code == 200 and response.json()["order"] == 9


@pytest.mark.parametrize("field,value", [("value", 6), ("value", 0), ("colour", "red"), ("colour", "#12345g")])
def test_a_rating_outside_the_models_rules_is_400(editor, desk, field, value):
    body = {"desk": desk.pk, "label": "Odd", field: value}
    response = api(editor).post("/api/ratings/", body, format="json")
    assert response.status_code == 400 and field in response.json()


# -- filters and queries -----------------------------------------------------------


def test_claim_filters_match_the_claim_list(viewer, checker, desk, rating):
    speaker = SpeakerFactory(desk=desk, name="Israel Katz")
    rated = ClaimFactory(desk=desk, rating=rating, text="Rated claim")
    spoken = ClaimFactory(desk=desk, speaker=speaker, assignee=checker)
    ClaimFactory(desk=desk, stage=Stage.REVIEW)
    client = api(viewer)

    def ids(query):
        response = client.get(f"/api/claims/?{query}")
        assert response.status_code == 200, response.json()
        return {c["id"] for c in response.json()["results"]}

    assert ids(f"rating={rating.pk}") == {rated.pk}
    assert ids("q=katz") == {spoken.pk}
    assert ids(f"assignee={checker.pk}") == {spoken.pk}
    assert ids("stage=review") == set(Claim.objects.filter(stage=Stage.REVIEW).values_list("pk", flat=True))
    assert ids(f"article={rated.article_id}") == {rated.pk}
    assert ids(f"outlet={rated.article.outlet_id}") == {rated.pk}
    assert ids("attribution_type=institution&sort=created") == set(Claim.objects.values_list("pk", flat=True))


def test_a_filter_on_another_desks_rating_is_400(viewer, stranger, claim):
    other = RatingFactory(desk=stranger.desks.get())
    assert api(viewer).get(f"/api/claims/?rating={other.pk}").status_code == 400


@pytest.mark.parametrize("n", [1, 20])
def test_claim_list_queries_do_not_grow_with_claims(viewer, desk, rating, django_assert_num_queries, n):
    for claim in ClaimFactory.create_batch(n, desk=desk, rating=rating, speaker=SpeakerFactory(desk=desk)):
        SourceFactory(claim=claim)
    client = api(viewer)
    # token + user, the token's last use (written at most once a minute), count, the page's ids, its rows, their tags
    with django_assert_num_queries(7):
        response = client.get("/api/claims/")
    assert response.json()["count"] == n and response.json()["results"][0]["source_count"] == 1


@pytest.mark.parametrize("n", [1, 20])
def test_article_list_queries_do_not_grow_with_articles(viewer, desk, django_assert_num_queries, n):
    ArticleFactory.create_batch(n, desk=desk)
    client = api(viewer)
    with django_assert_num_queries(5):  # token + user, its last use, count, the page's ids, its rows
        assert client.get("/api/articles/").json()["count"] == n


# -- schema and docs ---------------------------------------------------------------


def test_schema_is_a_valid_openapi_document():
    response = APIClient().get("/api/schema/?format=json")
    assert response.status_code == 200
    schema = json.loads(response.content)
    validate_schema(schema)  # raises on an invalid document
    assert schema["openapi"].startswith("3.")
    paths = set(schema["paths"])
    for endpoint in ENDPOINTS:
        assert {f"/api/{endpoint}/", f"/api/{endpoint}/{{id}}/"} <= paths
    assert {"/api/claims/{id}/transitions/", "/api/token/"} <= paths
    assert schema["components"]["securitySchemes"]["tokenAuth"] | {"description": ""} == {
        "type": "http",
        "scheme": "bearer",
        "description": "",
    }


def _schema() -> dict:
    return json.loads(APIClient().get("/api/schema/?format=json").content)


def _ref(schema: dict, ref: str) -> dict:
    return schema["components"]["schemas"][ref.rpartition("/")[2]]


def test_the_schema_asks_a_write_for_no_read_only_field_in_json_alone():
    schema = _schema()
    writes = [(p, m, op) for p, ops in schema["paths"].items() for m, op in ops.items() if "requestBody" in op]
    assert len(writes) == 20
    for path, method, operation in writes:
        content = operation["requestBody"]["content"]
        assert list(content) == ["application/json"], (method, path)
        body = _ref(schema, content["application/json"]["schema"]["$ref"])
        read_only = {name for name, field in body["properties"].items() if field.get("readOnly")}
        assert not read_only and not {"id", "stage", "created", "sha256"} & set(body["properties"]), (method, path)
    claim = _ref(
        schema, schema["paths"]["/api/claims/"]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    )
    assert claim["required"] == ["desk", "text"]


def test_the_schema_documents_every_error_with_its_body():
    schema = _schema()
    errors = {"400": "FieldErrors", **dict.fromkeys(["401", "403", "404", "415", "429"], "Error")}
    for path, operations in schema["paths"].items():
        if path == "/api/schema/":
            continue
        for method, operation in operations.items():
            responses = operation["responses"]
            for code, response in responses.items():
                assert response.get("content") or code == "204", (method, path, code)  # every answer has its body
            expected = {"400", "429"} if path == "/api/token/" else {"400", "401", "404"}  # 404: or "Invalid page"
            if method != "get" and path != "/api/token/":
                expected.add("403")
            if method == "post" and "{id}" not in path:
                expected.discard("404")  # a new object's path names none
            assert expected <= set(responses), (method, path)
            if "requestBody" in operation:
                expected.add("415")
            for code in expected:
                ref = responses[code]["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/" + errors[code]), (method, path, code)
    transitions = schema["paths"]["/api/claims/{id}/transitions/"]["post"]["responses"]
    assert transitions["409"]["content"]["application/json"]["schema"]["$ref"].endswith("/StaleClaim")
    assert "Retry-After" in schema["paths"]["/api/token/"]["post"]["responses"]["429"]["headers"]


def test_a_blank_url_is_typed_as_a_url_or_nothing():
    schema = _schema()["components"]["schemas"]
    for component, field in [("SourceRequest", "archive_url"), ("Source", "archive_url"), ("ArticleRequest", "url")]:
        kinds = schema[component]["properties"][field]["anyOf"]
        assert kinds[0]["format"] == "uri" and kinds[1] == {"$ref": "#/components/schemas/BlankEnum"}
    assert schema["BlankEnum"]["enum"] == [""]
    assert schema["SourceRequest"]["properties"]["url"]["format"] == "uri"  # required: never blank


def test_an_address_under_the_api_that_matches_nothing_is_a_json_404(checker):
    for url in ("/api/claims/1.5e3/transitions/", "/api/nothing/", "/api/claims/x/y/"):
        response = api(checker).post(url, {}, format="json")
        assert response.status_code == 404 and response.json() == {"detail": "Not found."}, url


def test_a_bearer_token_authenticates_as_the_schema_says(viewer, claim):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {api_key(viewer)}")
    assert [c["id"] for c in client.get("/api/claims/").json()["results"]] == [claim.pk]


def test_docs_serve_swagger_ui_from_our_own_origin(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.text
    assert "swagger-ui-bundle.js" in html and "//" not in html.replace("<!DOCTYPE", "").split("<body>")[1]
    for asset in ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js"):
        assert f"/static/drf_spectacular_sidecar/swagger-ui-dist/{asset}" in html
        assert finders.find(f"drf_spectacular_sidecar/swagger-ui-dist/{asset}"), asset
    script = client.get("/api/docs/?script=")
    assert script.status_code == 200 and "SwaggerUIBundle" in script.text


def test_token_users_of_two_desks_see_both(desk, claim):
    user = UserFactory(username="two-desks")
    MembershipFactory(desk=desk, user=user, role=Role.VIEWER)
    other = ClaimFactory()
    MembershipFactory(desk=other.desk, user=user, role=Role.VIEWER)
    assert {c["id"] for c in api(user).get("/api/claims/").json()["results"]} == {claim.pk, other.pk}


def test_docs_page_has_no_inline_style_or_script_for_the_csp(client):
    html = client.get("/api/docs/").text
    assert "<style" not in html and "/static/claimdesk/swagger.css" in html
    assert "<script>" not in html  # every script has a src


def test_a_rating_used_by_published_verdicts_cannot_be_rewritten(checker, editor, claim, rating):
    claim = approved(claim, rating, submitter=checker, approver=editor)
    claim.publish(by=editor)
    response = api(editor).patch(f"/api/ratings/{rating.pk}/", {"value": 5}, format="json")
    assert response.status_code == 400 and "Published verdicts use this rating" in str(response.json())
    rating.refresh_from_db()
    assert rating.value != 5
