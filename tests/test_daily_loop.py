"""Issue 12's smaller holes in the daily loop: who is told, and what a refusal says."""

from __future__ import annotations

import pytest
from django.conf import settings
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Claim, Note, Notification, Verb

from .factories import ClaimFactory, RatingFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_a_mention_at_the_end_of_a_sentence_notifies(checker, editor, desk):
    claim = ClaimFactory(desk=desk)
    Note.post(claim, author=checker, body=f"Can you check this, @{editor.username}.", parent=None)
    assert Notification.objects.filter(user=editor, verb=Verb.MENTION).count() == 1


def test_a_note_posted_through_the_api_notifies_like_one_posted_on_the_page(checker, editor, desk):
    claim = ClaimFactory(desk=desk)
    parent = Note.post(claim, author=editor, body="Where is the figure from?", parent=None)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=checker)[0].key}")
    body = {"claim": claim.pk, "parent": parent.pk, "body": "Page 4 of the report."}
    assert client.post("/api/notes/", body, format="json").status_code == 201
    assert Notification.objects.filter(user=editor, verb=Verb.REPLY).count() == 1


def test_editors_are_told_when_a_claim_is_submitted(checker, editor, desk_admin, desk):
    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk))
    SourceFactory(claim=claim)
    claim.submit(by=checker)
    told = set(Notification.objects.filter(verb=Verb.SUBMITTED).values_list("user", flat=True))
    assert told == {editor.pk, desk_admin.pk}


def test_a_crafted_approve_by_a_checker_gets_a_page_with_the_reason(client, checker, desk):
    claim = ClaimFactory(desk=desk)
    client.force_login(checker)
    version = Claim.objects.values_list("version", flat=True).get(pk=claim.pk)
    response = client.post(f"/claims/{claim.pk}/transition/", {"action": "approve", "version": version})
    assert response.status_code == 403
    page = response.content.decode()
    assert "You may not approve this claim." in page and '<main id="main">' in page


def test_mail_never_waits_long_for_an_smtp_server():
    assert 0 < settings.EMAIL_TIMEOUT <= 10


def test_the_panel_says_why_the_next_step_is_closed(client, checker, editor, desk):
    claim = ClaimFactory(desk=desk, assignee=checker)
    client.force_login(checker)
    page = client.get(f"/claims/{claim.pk}/", headers={"HX-Request": "true"}).content.decode()
    assert "Submit for review:</strong> A claim needs a verdict before it is submitted for review." in page
    claim.rating = RatingFactory(desk=desk)
    claim.save()
    SourceFactory(claim=claim)
    claim.submit(by=editor)
    client.force_login(editor)
    page = client.get(f"/claims/{claim.pk}/", headers={"HX-Request": "true"}).content.decode()
    assert "Approve:</strong> Four eyes" in page and 'data-action="approve"' not in page


def test_publishing_asks_for_confirmation(client, checker, editor, desk):
    from claims.models import Role

    from .factories import MembershipFactory

    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk))
    SourceFactory(claim=claim)
    claim.submit(by=checker)
    claim.approve(by=MembershipFactory(desk=desk, role=Role.EDITOR).user)
    client.force_login(editor)
    page = client.get(f"/claims/{claim.pk}/").content.decode()
    assert 'hx-confirm="Publish this fact check?' in page


# -- the live pulse ----------------------------------------------------------------------


def test_the_pulse_is_204_while_nothing_changed_and_says_who_changed_it_after(client, checker, editor, desk):
    claim = ClaimFactory(desk=desk, summary="")
    client.force_login(checker)
    seen = Claim.objects.values_list("version", flat=True).get(pk=claim.pk)
    assert client.get(f"/claims/{claim.pk}/pulse/?v={seen}&o=").status_code == 204
    claim.summary = "The editor's reasoning."
    claim.change(by=editor, version=seen, fields=["summary"])
    response = client.get(f"/claims/{claim.pk}/pulse/?v={seen}&o=")
    assert response.status_code == 200 and "claimChanged" in response["HX-Trigger"]
    page = response.content.decode()
    assert f"<bdi>{editor.username}</bdi> changed this claim" in page and "Reload the panel" in page
    assert f"v={seen}&amp;n={seen + 1}" in page  # the next poll knows what it already reported
    # The notice stays while the panel is not reloaded, even as who-else-is-open changes.
    assert client.get(f"/claims/{claim.pk}/pulse/?v={seen}&n={seen + 1}&o=").status_code == 204


def test_the_pulse_shows_who_else_has_the_claim_open(client, checker, editor, desk):
    claim = ClaimFactory(desk=desk)
    seen = Claim.objects.values_list("version", flat=True).get(pk=claim.pk)
    client.force_login(editor)
    client.get(f"/claims/{claim.pk}/pulse/?v={seen}&o=")
    client.force_login(checker)
    response = client.get(f"/claims/{claim.pk}/pulse/?v={seen}&o=")
    assert response.status_code == 200 and f"Also open: <bdi>{editor.username}</bdi>" in response.content.decode()
    assert client.get(f"/claims/{claim.pk}/pulse/?v={seen}&o={editor.username}").status_code == 204


@pytest.mark.parametrize("others", [0, 5])
def test_the_pulse_costs_the_same_few_queries_however_many_people_have_the_claim_open(
    client, checker, desk, others, django_assert_num_queries
):
    from claims.models import Presence

    from .factories import MembershipFactory

    claim = ClaimFactory(desk=desk)
    for _ in range(others):
        Presence.touch(claim.pk, MembershipFactory(desk=desk).user)
    client.force_login(checker)
    seen = Claim.objects.values_list("version", flat=True).get(pk=claim.pk)
    key = ",".join(Presence.others(claim.pk, checker))
    client.get(f"/claims/{claim.pk}/pulse/?v={seen}&o={key}")  # first touch writes presence
    with django_assert_num_queries(5):  # session, user, the claim row, presence: fresh? and who else
        assert client.get(f"/claims/{claim.pk}/pulse/?v={seen}&o={key}").status_code == 204


def test_a_stranger_gets_404_from_the_pulse(client, stranger, desk):
    claim = ClaimFactory(desk=desk)
    client.force_login(stranger)
    assert client.get(f"/claims/{claim.pk}/pulse/?v=1").status_code == 404


# -- queues that add up ------------------------------------------------------------------


def test_my_queue_lists_my_unassigned_claims_and_reviews_and_the_badge_counts_them(client, checker, editor, desk):
    from claims.models import Claim as ClaimModel

    from .factories import ArticleFactory

    article = ArticleFactory(desk=desk, title="Floods in the valley")
    mine = ClaimModel(desk=desk, article=article, text="My own unassigned claim")
    mine._history_user = editor
    mine.save()
    waiting = ClaimFactory(desk=desk, text="Submitted by the checker", rating=RatingFactory(desk=desk))
    SourceFactory(claim=waiting)
    waiting.submit(by=checker)
    ClaimFactory(desk=desk, text="Someone else's unassigned claim")
    client.force_login(editor)
    page = client.get("/queue/").content.decode()
    assert "My own unassigned claim" in page and "Floods in the valley" in page
    assert "Waiting for your review (1)" in page and f"submitted by <bdi>{checker.username}</bdi>" in page
    assert "Someone else" not in page
    assert '<span class="count" data-testid="queue-count">2</span>' in page
    assert mine.created_by == editor


@pytest.mark.parametrize("rows", [1, 10])
def test_the_queue_takes_the_same_queries_for_one_or_many_claims(
    client, checker, desk, rows, django_assert_num_queries
):
    for _ in range(rows):
        ClaimFactory(desk=desk, assignee=checker)
    client.force_login(checker)
    with django_assert_num_queries(8):  # the same for 1 and 10 rows: no query per claim
        assert client.get("/queue/").status_code == 200


def test_a_save_says_saved_for_htmx_and_for_a_plain_post(client, checker, desk):
    rating = RatingFactory(desk=desk)
    claim = ClaimFactory(desk=desk, assignee=checker)
    client.force_login(checker)
    version = Claim.objects.values_list("version", flat=True).get(pk=claim.pk)
    data = {"version": version, "rating": rating.pk, "summary": "Matches the ministry's table."}
    response = client.post(f"/claims/{claim.pk}/verdict/", data, headers={"HX-Request": "true"})
    assert '<p class="saved" role="status">Saved.</p>' in response.content.decode()
    data = {"version": version + 1, "rating": rating.pk, "summary": "Matches the ministry's 2024 table."}
    response = client.post(f"/claims/{claim.pk}/verdict/", data, follow=True)
    assert "Saved." in response.content.decode()


def test_a_rejected_suggestion_can_be_brought_back_with_and_without_javascript(client, checker, desk):
    from claims.models import Suggestion

    from .factories import ArticleFactory

    article = ArticleFactory(desk=desk, text="Prime Minister Ana Ruiz said the bridge would reopen in May.")
    Suggestion.refresh_for(article)
    suggestion = article.suggestions.get()
    client.force_login(checker)
    response = client.post(f"/suggestions/{suggestion.pk}/reject/", headers={"HX-Request": "true"})
    assert f'action="/suggestions/{suggestion.pk}/undo/"' in response.content.decode()
    client.post(f"/suggestions/{suggestion.pk}/undo/", headers={"HX-Request": "true"})
    suggestion.refresh_from_db()
    assert suggestion.status == "pending" and suggestion.decided_by is None
    response = client.post(f"/suggestions/{suggestion.pk}/reject/", follow=True)
    assert f'action="/suggestions/{suggestion.pk}/undo/"' in response.content.decode()
    client.post(f"/suggestions/{suggestion.pk}/undo/")
    assert Suggestion.objects.get(pk=suggestion.pk).status == "pending"
    # An accepted suggestion has its claim: it cannot be "un-rejected".
    suggestion.accept(by=checker)
    client.post(f"/suggestions/{suggestion.pk}/undo/")
    assert Suggestion.objects.get(pk=suggestion.pk).status == "accepted"
