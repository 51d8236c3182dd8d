"""Issue 12's smaller holes in the daily loop: who is told, and what a refusal says."""

from __future__ import annotations

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from claims.models import Claim, Note, Notification, Verb

from .factories import ClaimFactory, RatingFactory, SourceFactory, api_key

pytestmark = pytest.mark.django_db


def test_a_mention_at_the_end_of_a_sentence_notifies(checker, editor, desk):
    claim = ClaimFactory(desk=desk)
    Note.post(claim, author=checker, body=f"Can you check this, @{editor.username}.", parent=None)
    assert Notification.objects.filter(user=editor, verb=Verb.MENTION).count() == 1


def test_a_note_posted_through_the_api_notifies_like_one_posted_on_the_page(checker, editor, desk):
    claim = ClaimFactory(desk=desk)
    parent = Note.post(claim, author=editor, body="Where is the figure from?", parent=None)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_key(checker)}")
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
    with django_assert_num_queries(6):  # the same for 1 and 10 rows: no query per claim
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


# -- correcting a suggestion beside the article ----------------------------------------------


@pytest.fixture
def suggested(desk):
    from claims.models import Suggestion

    from .factories import ArticleFactory

    article = ArticleFactory(desk=desk, text="Prime Minister Ana Ruiz said the bridge would reopen in May.")
    Suggestion.refresh_for(article)
    return article.suggestions.get()


def test_a_suggestion_is_corrected_in_the_workspace_panel_beside_the_text(client, checker, suggested):
    article = suggested.article
    client.force_login(checker)
    page = client.get(f"{article.get_absolute_url()}?suggestion={suggested.pk}").content.decode()
    assert 'id="correct-form"' in page and 'id="article-text"' in page  # the form, and the article with it
    assert 'value="Ana Ruiz"' in page  # prefilled from the suggestion
    fragment = client.get(
        f"{article.get_absolute_url()}?suggestion={suggested.pk}", headers={"HX-Request": "true", "HX-Target": "panel"}
    ).content.decode()
    assert fragment.lstrip().startswith('<aside id="panel"') and 'id="article-text"' not in fragment


def test_a_correction_with_an_error_stays_in_the_panel_and_keeps_what_was_typed(client, checker, suggested):
    article = suggested.article
    client.force_login(checker)
    data = {
        "suggestion": suggested.pk,
        "start": suggested.start,
        "end": suggested.end,
        "quote": suggested.content,
        "text": "The bridge reopens in May (corrected)",
        "speaker_name": "Ana Ruiz",
        "speaker_title": "Prime Minister",
        "attribution_type": "not-a-type",
        "quote_type": suggested.quote_type,
    }
    for headers in ({}, {"HX-Request": "true"}):
        response = client.post(f"/articles/{article.pk}/claims/new/", data, headers=headers)
        page = response.content.decode()
        assert response.status_code == 200 and 'id="correct-form"' in page and "(corrected)" in page
        assert 'id="article-text"' in page and "Select a valid choice" in page
    assert not article.claims.exists()
    data["attribution_type"] = suggested.attribution_type
    response = client.post(f"/articles/{article.pk}/claims/new/", data, headers={"HX-Request": "true"})
    claim = article.claims.get()
    suggested.refresh_from_db()
    assert claim.text == "The bridge reopens in May (corrected)" and suggested.status == "accepted"
    assert suggested.claim_id == claim.pk and f'data-claim="{claim.pk}"' in response.content.decode()


def test_correcting_a_decided_suggestion_says_so_and_a_stray_one_is_404(client, checker, suggested):
    article = suggested.article
    suggested.reject(by=checker)
    client.force_login(checker)
    page = client.get(f"{article.get_absolute_url()}?suggestion={suggested.pk}", follow=True).content.decode()
    assert "This suggestion was already decided." in page and 'id="correct-form"' not in page
    assert client.get(f"{article.get_absolute_url()}?suggestion=999999").status_code == 404
    assert client.get(f"{article.get_absolute_url()}?suggestion=x").status_code == 404


# -- the workspace's own heartbeat -------------------------------------------------------------


def _pulse(client, article, page_html):
    import re

    url = re.search(r'id="article-pulse"[^>]*hx-get="([^"]+)"', page_html).group(1).replace("&amp;", "&")
    return client.get(
        url, headers={"HX-Request": "true", "HX-Current-URL": f"http://testserver{article.get_absolute_url()}"}
    )


def test_the_article_pulse_is_204_until_someone_changes_a_claim_and_then_refreshes_the_lists(
    client, checker, editor, desk
):
    from .factories import ArticleFactory

    article = ArticleFactory(desk=desk)
    claim = ClaimFactory(desk=desk, article=article, start=0, end=10)
    client.force_login(checker)
    page = client.get(article.get_absolute_url()).content.decode()
    assert _pulse(client, article, page).status_code == 204
    claim.text = "Edited by the editor"
    claim.change(by=editor, version=claim.version, fields=["text"])
    response = _pulse(client, article, page)
    assert response.status_code == 200 and "claimChanged" in response.headers["HX-Trigger"]
    assert "Reload the text" not in response.content.decode()  # the marks did not move
    # the answer carries the new key: the next poll is quiet again
    assert _pulse(client, article, response.content.decode()).status_code == 204


def test_the_article_pulse_offers_to_reload_the_text_when_marks_change(client, checker, editor, desk):
    from .factories import ArticleFactory

    article = ArticleFactory(desk=desk)
    client.force_login(checker)
    page = client.get(f"{article.get_absolute_url()}?claim=").content.decode()
    ClaimFactory(desk=desk, article=article, start=0, end=10)  # someone marks a new claim
    response = _pulse(client, article, page)
    fragment = response.content.decode()
    assert "Others changed what is marked in this text." in fragment
    assert f'href="{article.get_absolute_url()}"' in fragment
    assert _pulse(client, article, fragment).status_code == 204  # told once; the notice stays on the page


@pytest.mark.parametrize("claims", [1, 30])
def test_the_article_pulse_costs_the_same_queries_for_one_or_many_claims(
    client, checker, desk, django_assert_num_queries, claims
):
    from .factories import ArticleFactory

    article = ArticleFactory(desk=desk)
    for i in range(claims):
        ClaimFactory(desk=desk, article=article, start=i % 5, end=10 + i % 5)
    client.force_login(checker)
    page = client.get(article.get_absolute_url()).content.decode()
    with django_assert_num_queries(5):  # session, user, article (membership), claims aggregate, suggestions
        assert _pulse(client, article, page).status_code == 204


def test_a_stranger_gets_404_from_the_article_pulse(client, stranger, desk):
    from .factories import ArticleFactory

    client.force_login(stranger)
    assert client.get(f"/articles/{ArticleFactory(desk=desk).pk}/pulse/").status_code == 404


def test_the_claim_list_refresh_marks_the_claim_the_page_has_open(client, checker, desk):
    from .factories import ArticleFactory

    article = ArticleFactory(desk=desk)
    first, second = (ClaimFactory(desk=desk, article=article, start=i, end=10 + i) for i in (0, 1))
    client.force_login(checker)
    headers = {
        "HX-Request": "true",
        "HX-Target": "claim-list",
        "HX-Current-URL": f"http://testserver{article.get_absolute_url()}?claim={second.pk}",
    }
    fragment = client.get(article.get_absolute_url(), headers=headers).content.decode()
    assert fragment.lstrip().startswith('<section id="claim-list"')
    assert f'data-claim-link="{second.pk}" dir="auto" aria-current="true"' in fragment
    assert f'data-claim-link="{first.pk}" dir="auto" aria-current' not in fragment
    headers["HX-Current-URL"] = f"http://testserver{article.get_absolute_url()}?claim=gone"
    assert client.get(article.get_absolute_url(), headers=headers).status_code == 200


def test_article_metadata_never_shows_doubled_separators(client, checker, desk):
    from .factories import ArticleFactory, OutletFactory

    article = ArticleFactory(desk=desk, outlet=OutletFactory(desk=desk, name="AP"), published=None, byline="")
    client.force_login(checker)
    page = client.get(article.get_absolute_url()).content.decode()
    meta = page[page.index('<p class="meta sep">') : page.index("</p>", page.index('<p class="meta sep">'))]
    assert "·" not in meta and 'dir="auto">AP</a></span>' in meta and "<span>revision 1</span>" in meta
