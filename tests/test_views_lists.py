from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, Notification, Stage

from .factories import (
    ArticleFactory,
    ClaimFactory,
    NoteFactory,
    RatingFactory,
    SourceFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

HX = {"HX-Request": "true"}


def test_claim_list_combines_filters(client, viewer, desk, editor):
    katz = SpeakerFactory(desk=desk, name="Israel Katz")
    article = ArticleFactory(desk=desk)
    match = ClaimFactory(
        desk=desk, article=article, speaker=katz, attribution_type="named_person", text="Katz on trucks"
    )
    match.assign(editor, by=editor)
    ClaimFactory(desk=desk, article=article, speaker=katz, attribution_type="named_person", text="Katz on trucks too")
    ClaimFactory(desk=desk, attribution_type="anonymous", text="Officials on trucks")
    client.force_login(viewer)
    query = {
        "stage": "research",
        "attribution_type": "named_person",
        "speaker": katz.pk,
        "article": article.pk,
        "outlet": article.outlet_id,
        "assignee": editor.pk,
        "q": "trucks",
    }
    response = client.get("/claims/", query)
    assert [c.pk for c in response.context["page"]] == [match.pk]


def test_claim_list_htmx_returns_results_only_and_keeps_filters_in_links(client, viewer, desk):
    ClaimFactory.create_batch(30, desk=desk, attribution_type="anonymous")
    client.force_login(viewer)
    response = client.get("/claims/?attribution_type=anonymous&sort=-created", headers=HX)
    assert response.text.lstrip().startswith('<section id="results"') and "<html" not in response.text
    assert "?attribution_type=anonymous&amp;sort=-created&amp;page=2" in response.text


def test_claim_list_sorts_by_created(client, viewer, desk):
    first, second = ClaimFactory(desk=desk, text="older"), ClaimFactory(desk=desk, text="newer")
    client.force_login(viewer)
    assert [c.pk for c in client.get("/claims/?sort=created").context["page"]] == [first.pk, second.pk]
    assert [c.pk for c in client.get("/claims/?sort=-created").context["page"]] == [second.pk, first.pk]


def test_claim_list_hides_other_desks(client, viewer, desk):
    ClaimFactory(text="Foreign claim")
    client.force_login(viewer)
    assert "Foreign claim" not in client.get("/claims/").text


@pytest.mark.parametrize("n", [1, 50])
def test_claim_list_queries_do_not_grow(client, editor, desk, django_assert_num_queries, n):
    rating = RatingFactory(desk=desk)
    for claim in ClaimFactory.create_batch(n, desk=desk, rating=rating, speaker=SpeakerFactory(desk=desk)):
        SourceFactory(claim=claim)
    client.force_login(editor)
    # session, user, memberships (assign rights), the verdict select (a desk's few ratings; no
    # select lists speakers, outlets, articles or people), count, the page's ids, its rows,
    # assignees for bulk assign, navigation counts x2: none of them per row
    with django_assert_num_queries(10):
        response = client.get("/claims/")
    assert response.status_code == 200 and len(response.context["page"]) == min(n, 25)


def test_selects_read_their_options_in_one_query_not_a_server_side_cursor(client, editor, desk):
    """Django reads a select's options through ``iterator()``: on PostgreSQL a server-side
    cursor (declare, fetch, close) for a handful of rows, on every list and panel."""
    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk))
    client.force_login(editor)
    for url, headers in [
        ("/claims/", {}),
        (f"{claim.get_workspace_url()}", {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "panel"}),
    ]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, **headers)
        assert response.status_code == 200
        assert "<option" in response.text  # the verdict and assignee selects were drawn
        assert not [q["sql"] for q in queries if "DECLARE" in q["sql"]], url


def test_bulk_assign_assigns_selected_claims_and_notifies(
    client, editor, checker, desk, django_capture_on_commit_callbacks
):
    claims = ClaimFactory.create_batch(3, desk=desk)
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/claims/assign/",
            {"claims": [claims[0].pk, claims[1].pk], "assignee": checker.pk, "due": "2030-01-31", "query": "stage=new"},
        )
    assert response.status_code == 302 and response.url == "/claims/?stage=new"
    assigned = {c.pk for c in checker.assigned_claims.all()}
    assert assigned == {claims[0].pk, claims[1].pk}
    assert Notification.objects.filter(user=checker, verb="assigned").count() == 2
    assert len(mail.outbox) == 2 and "assigned you a claim" in mail.outbox[0].subject


def test_checker_cannot_bulk_assign(client, checker, desk):
    claim = ClaimFactory(desk=desk)
    client.force_login(checker)
    assert client.post("/claims/assign/", {"claims": [claim.pk], "assignee": checker.pk}).status_code == 403


def test_my_queue_lists_overdue_first_and_editors_see_waiting_for_review(client, checker, editor, desk):
    today = dt.date.today()
    later = ClaimFactory(desk=desk, text="Due later")
    later.assign(checker, by=editor, due=today + dt.timedelta(days=5))
    overdue = ClaimFactory(desk=desk, text="Overdue one")
    overdue.assign(checker, by=editor, due=today - dt.timedelta(days=1))
    waiting = ClaimFactory(desk=desk, text="Waiting one", rating=RatingFactory(desk=desk))
    SourceFactory(claim=waiting)
    waiting.submit(by=checker)
    client.force_login(checker)
    page = client.get("/queue/")
    assert [c.text for c in page.context["by_stage"]["In research"]] == ["Overdue one", "Due later"]
    assert "(overdue)" in page.text and "Waiting for review" not in page.text
    client.force_login(editor)
    assert [c.text for c in client.get("/queue/").context["waiting"]] == ["Waiting one"]


def test_notifications_page_and_mark_read_updates_the_count(client, checker, editor, desk):
    claim = ClaimFactory(desk=desk)
    claim.assign(checker, by=editor)
    client.force_login(checker)
    page = client.get("/notifications/")
    assert "assigned you a claim" in page.text and 'data-testid="unread-count">1<' in page.text
    response = client.post("/notifications/")
    assert response.status_code == 302 and "claimChanged" in response.headers["HX-Trigger"]
    assert 'data-testid="unread-count">0<' in client.get("/notifications/").text


def test_nav_counts_fragment(client, checker, editor, desk):
    ClaimFactory(desk=desk).assign(checker, by=editor)
    client.force_login(checker)
    response = client.get("/nav-counts/", headers=HX)
    assert response.text.strip().startswith('<span id="nav-counts">')
    assert 'data-testid="queue-count">1<' in response.text


def test_the_queue_badge_stops_counting_at_99_plus(client, checker, editor, desk, settings):
    from claims import context_processors

    client.force_login(checker)
    for _ in range(3):
        ClaimFactory(desk=desk).assign(checker, by=editor)
    assert Claim.objects.queue_count(checker) == 3 and Claim.objects.queue_count(checker, cap=2) == 2
    assert 'data-testid="queue-count">3<' in client.get("/nav-counts/", headers=HX).text
    context_processors.BADGE_CAP = 3
    try:
        assert 'data-testid="queue-count">2+<' in client.get("/nav-counts/", headers=HX).text
    finally:
        context_processors.BADGE_CAP = 100


def _version(claim: Claim) -> int:
    """The version a page shows now: every save and every transition raises it."""
    claim.refresh_from_db()
    return claim.version


def test_transition_buttons_are_exactly_what_the_user_may_do(client, checker, editor, desk):
    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk))
    SourceFactory(claim=claim)
    claim.assign(checker, by=editor)
    client.force_login(checker)
    assert [a for a, _ in client.get(claim.get_absolute_url()).context["actions"]] == ["submit"]
    data = {"action": "submit", "version": _version(claim)}
    assert client.post(f"/claims/{claim.pk}/transition/", data, headers=HX).status_code == 200
    claim.refresh_from_db()
    assert claim.stage == Stage.REVIEW
    assert client.get(claim.get_absolute_url()).context["actions"] == []
    client.force_login(editor)
    assert [a for a, _ in client.get(claim.get_absolute_url()).context["actions"]] == ["assign", "approve", "send_back"]


def test_crafted_approve_by_the_submitter_is_refused_with_the_rule(client, editor, desk):
    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk))
    SourceFactory(claim=claim)
    client.force_login(editor)
    client.post(f"/claims/{claim.pk}/transition/", {"action": "submit", "version": _version(claim)}, headers=HX)
    data = {"action": "approve", "version": _version(claim)}
    response = client.post(f"/claims/{claim.pk}/transition/", data, headers=HX)
    assert response.status_code == 200 and "Four eyes" in response.text
    claim.refresh_from_db()
    assert claim.stage == Stage.REVIEW


def test_a_transition_from_a_stale_page_is_a_409_and_does_not_move_the_claim(client, checker, editor, desk):
    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk))
    SourceFactory(claim=claim)
    claim.submit(by=checker)
    seen = _version(claim)  # the editor opens the claim to review it...
    claim.summary = "Reasoning rewritten after the editor read it"
    assert claim.change(by=UserFactory(username="someone"), version=seen, fields=["summary"])
    now = _version(claim)
    client.force_login(editor)  # ...and approves what they saw, which no longer exists
    response = client.post(f"/claims/{claim.pk}/transition/", {"action": "approve", "version": seen}, headers=HX)
    assert response.status_code == 409
    assert response.text.lstrip().startswith('<section id="workflow"')
    assert f"you saw version {seen}, it is now at version {now}" in response.text
    claim.refresh_from_db()
    assert claim.stage == Stage.REVIEW and claim.approved_by is None and claim.version == now
    assert not claim.stage_changes.filter(new=Stage.APPROVED).exists()
    # A plain form post is sent back to the claim with the same message; a missing version counts as stale.
    response = client.post(f"/claims/{claim.pk}/transition/", {"action": "approve"})
    assert response.status_code == 302
    assert "Nothing was done" in client.get(response.url).text
    claim.refresh_from_db()
    assert claim.stage == Stage.REVIEW and claim.version == now


def test_checker_cannot_approve_by_crafted_post(client, checker, editor, desk):
    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk))
    SourceFactory(claim=claim)
    claim.submit(by=editor)
    client.force_login(checker)
    data = {"action": "approve", "version": _version(claim)}
    assert client.post(f"/claims/{claim.pk}/transition/", data).status_code == 403
    claim.refresh_from_db()
    assert claim.stage == Stage.REVIEW


def test_send_back_needs_a_comment_and_publish_needs_resolved_notes(client, checker, editor, desk):
    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk))
    SourceFactory(claim=claim)
    claim.submit(by=checker)
    client.force_login(editor)
    data = {"action": "send_back", "comment": "", "version": _version(claim)}
    response = client.post(f"/claims/{claim.pk}/transition/", data, headers=HX)
    assert response.status_code == 200 and "needs a comment" in response.text
    client.post(f"/claims/{claim.pk}/transition/", {"action": "approve", "version": _version(claim)}, headers=HX)
    assert _version(claim) and claim.stage == Stage.APPROVED
    NoteFactory(claim=claim)
    response = client.post(f"/claims/{claim.pk}/transition/", {"action": "publish", "version": _version(claim)})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.stage == Stage.APPROVED
    assert "must be resolved" in client.get(response.url).text  # the message shows after redirect


def test_unknown_transition_is_a_400(client, editor, desk):
    claim = ClaimFactory(desk=desk)
    client.force_login(editor)
    data = {"action": "delete", "version": claim.version}
    assert client.post(f"/claims/{claim.pk}/transition/", data, headers=HX).status_code == 400


def test_a_claim_can_be_entered_without_an_article(client, checker, desk):
    client.force_login(checker)
    response = client.post(
        "/claims/new/",
        {
            "desk": desk.pk,
            "text": "Unemployment fell to 4% in March",
            "speaker_name": "Ana Ruiz",
            "speaker_title": "Prime Minister",
            "attribution_type": "official_title",
            "attribution": "the prime minister, in a radio interview",
            "cue": "said",
            "quote_type": "indirect",
        },
    )
    claim = Claim.objects.get()
    assert response.status_code == 302 and response.url == claim.get_absolute_url()
    assert claim.article is None and claim.start is None and claim.speaker.title == "Prime Minister"
    assert "Unemployment fell" in client.get(claim.get_absolute_url()).text


def test_standalone_claim_form_keeps_input_on_error_and_refuses_other_desks(client, checker, stranger):
    client.force_login(checker)
    response = client.post(
        "/claims/new/",
        {
            "desk": stranger.memberships.get().desk_id,
            "text": "Kept text",
            "attribution_type": "anonymous",
            "quote_type": "none",
        },
    )
    assert response.status_code == 200 and "Select a valid choice" in response.text and "Kept text" in response.text
    assert not Claim.objects.exists()


def test_viewer_cannot_enter_claims(client, viewer):
    client.force_login(viewer)
    assert client.get("/claims/new/").status_code == 403


def test_bulk_assign_refuses_people_of_another_desk(client, editor, desk):
    from claims.models import Role

    from .factories import MembershipFactory, UserFactory

    other_desk_checker = MembershipFactory(role=Role.CHECKER, user=UserFactory(username="elsewhere")).user
    MembershipFactory(desk=other_desk_checker.memberships.get().desk, user=editor, role=Role.EDITOR)
    claim = ClaimFactory(desk=desk)
    client.force_login(editor)
    response = client.post("/claims/assign/", {"claims": [claim.pk], "assignee": other_desk_checker.pk})
    claim.refresh_from_db()
    assert claim.assignee is None and not Notification.objects.exists()
    assert "of a desk elsewhere is not on" in client.get(response.url).text


def test_bulk_assign_to_a_member_of_the_second_desk_works(client, editor, checker, desk):
    from claims.models import Role

    from .factories import MembershipFactory

    MembershipFactory(user=editor, role=Role.EDITOR)  # the editor's other desk comes first or not
    claim = ClaimFactory(desk=desk)
    client.force_login(editor)
    client.post("/claims/assign/", {"claims": [claim.pk], "assignee": checker.pk})
    claim.refresh_from_db()
    assert claim.assignee == checker


def test_bulk_assign_ignores_non_ascii_digits(client, editor, desk):
    client.force_login(editor)
    assert client.post("/claims/assign/", {"claims": ["²"], "assignee": editor.pk}).status_code == 302


def test_the_list_rows_escape_every_text_and_mark_the_search_in_it(client, viewer, desk, editor):
    from .factories import OutletFactory

    outlet = OutletFactory(desk=desk, name="<i>Daily</i>")
    article = ArticleFactory(desk=desk, outlet=outlet, title="<b>Bridge</b> report")
    speaker = SpeakerFactory(desk=desk, name="Ann <script>alert(1)</script>")
    rating = RatingFactory(desk=desk, label="<u>False</u>")
    claim = ClaimFactory(desk=desk, article=article, speaker=speaker, rating=rating, text="The <em>bridge</em> fell")
    claim.assign(editor, by=editor)
    client.force_login(viewer)
    body = client.get("/claims/", {"q": "bridge"}, headers=HX).content.decode()
    for raw in ("<i>Daily</i>", "<b>Bridge</b>", "<script>alert(1)</script>", "<u>False</u>", "<em>"):
        assert raw not in body
    assert "&lt;i&gt;Daily&lt;/i&gt;" in body and "Ann &lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert (
        "&lt;u&gt;False&lt;/u&gt;" in body and f'id="claim-text-{claim.pk}">The &lt;em&gt;<mark>bridge</mark>' in body
    )
    assert f">{editor.get_username()}</td>" in body
    empty = client.get("/claims/", {"q": "zebra"}, headers=HX).content.decode()
    assert "No claims match these filters." in empty
