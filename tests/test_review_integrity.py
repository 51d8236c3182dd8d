"""Issue 11's doors, one test each: what is public was approved by a second person who saw exactly that.

Every write that changes what a claim says or rests on goes through ``Claim.change()``;
approval is bound to the version the approver saw; publishing freezes a ``Publication``.
"""

from __future__ import annotations

import json

import pytest
from django.db.models import ProtectedError
from rest_framework.test import APIClient

from claims.interop.claimreview import claimreview
from claims.interop.deskjson import DeskImportError, export_desk, import_desk
from claims.models import Claim, Publication, Role, Source, Stage, StageChange, Suggestion, SuggestionStatus

from .factories import (
    ArticleFactory,
    ClaimFactory,
    DeskFactory,
    MembershipFactory,
    NoteFactory,
    RatingFactory,
    SourceFactory,
    SpeakerFactory,
    UserFactory,
    api_key,
)

pytestmark = pytest.mark.django_db
HX = {"HX-Request": "true"}


@pytest.fixture
def editor2(desk):
    return MembershipFactory(desk=desk, role=Role.EDITOR, user=UserFactory(username="editor2")).user


def api(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_key(user)}")
    return client


def version(claim) -> int:
    return Claim.objects.values_list("version", flat=True).get(pk=claim.pk)


def in_review(desk, checker, **kwargs):
    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk, label="Accurate", value=5), **kwargs)
    SourceFactory(claim=claim)
    claim.submit(by=checker)
    return claim


def approved_claim(desk, checker, editor, **kwargs):
    claim = in_review(desk, checker, **kwargs)
    claim.approve(by=editor)
    return claim


def published_claim(desk, checker, editor, **kwargs):
    claim = approved_claim(desk, checker, editor, **kwargs)
    claim.publish(by=editor)
    return claim


# -- door 1: relabelling the rating an approved claim uses -----------------------------


def test_relabelling_an_approved_claims_rating_voids_its_approval(desk, checker, editor, editor2):
    claim = approved_claim(desk, checker, editor)
    response = api(editor2).patch(f"/api/ratings/{claim.rating_id}/", {"label": "False", "value": 1}, format="json")
    assert response.status_code == 200, response.json()
    claim.refresh_from_db()
    assert (claim.stage, claim.approved_by, claim.verdict_by) == (Stage.REVIEW, None, editor2)
    publish = api(editor2).post(
        f"/api/claims/{claim.pk}/transitions/", {"action": "publish", "version": claim.version}, format="json"
    )
    assert publish.status_code == 400 and not claim.publications.exists()


def test_relabelling_a_rating_leaves_the_published_claimreview_as_approved(client, desk, checker, editor):
    claim = published_claim(desk, checker, editor)
    rating = claim.rating
    rating.label, rating.value = "Half true", 3
    Publication.objects.get(claim=claim)  # exactly one snapshot
    rating.save()  # the admin and the API refuse this for published ratings; even a raw save cannot reach the public
    data = client.get(f"/claims/{claim.pk}/claimreview.json").json()
    assert data["reviewRating"]["alternateName"] == "Accurate" and data["reviewRating"]["ratingValue"] == 5


# -- door 2: the admin's claim inline --------------------------------------------------


def test_the_article_admin_shows_its_claims_read_only(client, desk, checker, editor):
    superuser = UserFactory(username="root", is_staff=True, is_superuser=True)
    claim = published_claim(desk, checker, editor, article=ArticleFactory(desk=desk))
    client.force_login(superuser)
    page = client.get(f"/admin/claims/article/{claim.article_id}/change/").content.decode()
    assert 'name="claims-0-text"' not in page and claim.text in page


def test_an_admin_edit_of_a_published_claim_drafts_a_correction_and_keeps_the_public_page(
    client, desk, checker, editor
):
    superuser = UserFactory(username="root", is_staff=True, is_superuser=True)
    claim = published_claim(desk, checker, editor)
    client.force_login(superuser)
    page = client.get(f"/admin/claims/claim/{claim.pk}/change/")
    form = page.context["adminform"].form
    data = {name: "" if value is None else value for name, value in form.initial.items() if name in form.fields}
    data.update({"text": "Rewritten in the admin.", "opened_version": claim.version})
    for prefix in ("sources", "notes", "stage_changes"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    data["sources-TOTAL_FORMS"] = data["sources-INITIAL_FORMS"] = 1
    source = claim.sources.get()
    data.update({f"sources-0-{k}": v for k, v in {"id": source.pk, "claim": claim.pk, "url": source.url}.items()})
    data.update(
        {"sources-0-stance": source.stance, "sources-0-kind": source.kind, "sources-0-accessed": source.accessed}
    )
    response = client.post(f"/admin/claims/claim/{claim.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    claim.refresh_from_db()
    assert claim.text == "Rewritten in the admin." and claim.stage == Stage.REVIEW
    assert claim.history.latest().history_user == superuser
    public = client.get(f"/published/{claim.pk}/").content.decode()
    assert f'<h1 dir="auto">{claim.history.earliest().text}</h1>' in public and '<h1 dir="auto">Rewritten' not in public


def test_the_admin_cannot_add_stage_changes_or_delete_a_published_claim(client, desk, checker, editor):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    claim = published_claim(desk, checker, editor)
    assert client.get("/admin/claims/stagechange/add/").status_code == 403
    # A published fact check stays public: the admin explains that its publication protects it.
    for url in (f"/admin/claims/claim/{claim.pk}/delete/", f"/admin/claims/article/{claim.article_id}/delete/"):
        response = client.post(url, {"post": "yes"})
        assert response.status_code == 200 and "Cannot delete" in response.content.decode()
    assert Claim.objects.filter(pk=claim.pk).exists()
    with pytest.raises(ProtectedError):
        claim.delete()


def test_in_the_admin_a_note_is_edited_only_by_its_author(client, desk, editor, desk_admin):
    note = NoteFactory(claim=ClaimFactory(desk=desk), author=editor, body="Mine.")
    desk_admin.is_staff = True
    desk_admin.save()
    client.force_login(desk_admin)
    client.post(f"/admin/claims/note/{note.pk}/change/", {"body": "Rewritten by someone else.", "is_resolved": ""})
    note.refresh_from_db()
    assert note.body == "Mine."


# -- door 3 and 4: evidence and approvals carry the version they saw -------------------


def test_an_approval_from_a_stale_page_is_refused_with_409(client, desk, checker, editor):
    claim = in_review(desk, checker)
    seen = version(claim)
    claim.summary = "The checker's new reasoning."
    claim.change(by=checker, version=seen, fields=["summary"])
    client.force_login(editor)
    response = client.post(f"/claims/{claim.pk}/transition/", {"action": "approve", "version": seen}, headers=HX)
    assert response.status_code == 409 and "changed since you opened it" in response.content.decode()
    claim.refresh_from_db()
    assert claim.stage == Stage.REVIEW and claim.approved_by is None


def test_the_api_refuses_a_stale_transition_with_the_current_claim(desk, checker, editor):
    claim = in_review(desk, checker)
    stale = version(claim) - 1
    response = api(editor).post(
        f"/api/claims/{claim.pk}/transitions/", {"action": "approve", "version": stale}, format="json"
    )
    assert response.status_code == 409 and response.json()["current"]["version"] == version(claim)
    assert (
        api(editor).post(f"/api/claims/{claim.pk}/transitions/", {"action": "approve"}, format="json").status_code
        == 400
    )


def test_approving_records_the_version_seen_and_publishing_freezes_it(desk, checker, editor):
    claim = in_review(desk, checker)
    seen = version(claim)
    claim = Claim.move(claim.pk, "approve", by=editor, version=seen)
    assert claim.approved_version == seen
    claim = Claim.move(claim.pk, "publish", by=editor, version=version(claim))
    publication = claim.publications.get()
    assert (publication.version, publication.approved_by, publication.number) == (seen, editor, 1)
    assert publication.record["text"] == claim.text and publication.record["rating"]["label"] == "Accurate"


def test_a_stale_source_edit_is_refused_and_overwrites_nothing(desk, checker, editor):
    claim = ClaimFactory(desk=desk, assignee=checker)
    source = SourceFactory(claim=claim, title="Original")
    stale = version(claim)
    claim.summary = "Changed meanwhile."
    claim.change(by=editor, version=stale, fields=["summary"])
    response = api(checker).patch(
        f"/api/sources/{source.pk}/", {"title": "Mine", "claim_version": stale}, format="json"
    )
    assert response.status_code == 409
    source.refresh_from_db()
    assert source.title == "Original"


def test_a_restored_source_voids_an_approval(client, desk, checker, editor, editor2):
    claim = approved_claim(desk, checker, editor)
    gone = claim.sources.get()
    gone_id = gone.pk
    claim.change(by=editor2, version=version(claim), evidence=lambda c: gone.delete(), reason="removed")
    SourceFactory(claim=claim)
    Claim.move(claim.pk, "approve", by=editor, version=version(claim))
    deleted = Source.history.get(id=gone_id, history_type="-")
    client.force_login(editor2)
    client.post(
        f"/claims/{claim.pk}/history/restore/",
        {"kind": "source", "history_id": deleted.history_id, "version": version(claim)},
    )
    claim.refresh_from_db()
    assert claim.sources.filter(pk=gone_id).exists()
    assert (claim.stage, claim.approved_by, claim.verdict_by) == (Stage.REVIEW, None, editor2)


# -- door 5: bulk assignment decides each row as it is now -----------------------------


def test_bulk_assign_does_not_overwrite_an_approval_made_since_the_list_was_loaded(client, desk, checker, editor):
    claim = approved_claim(desk, checker, editor)
    client.force_login(editor)
    client.post("/claims/assign/", {"claims": [claim.pk], "assignee": checker.pk})
    claim.refresh_from_db()
    assert claim.stage == Stage.APPROVED and claim.approved_by == editor


# -- door 6: shared objects and the article text ---------------------------------------


def test_renaming_a_speaker_voids_approvals_and_leaves_the_published_page(client, desk, checker, editor, editor2):
    speaker = SpeakerFactory(desk=desk, name="Ana Ruiz")
    shown = published_claim(desk, checker, editor, speaker=speaker)
    waiting = approved_claim(desk, checker, editor, speaker=speaker)
    response = api(editor2).patch(f"/api/speakers/{speaker.pk}/", {"name": "Ana Ruiz-Gómez"}, format="json")
    assert response.status_code == 200
    waiting.refresh_from_db()
    assert waiting.stage == Stage.REVIEW and waiting.approved_by is None
    page = client.get(f"/published/{shown.pk}/").content.decode()
    assert "Ana Ruiz" in page and "Ruiz-Gómez" not in page


def test_a_speaker_with_claims_cannot_be_deleted(desk):
    speaker = SpeakerFactory(desk=desk)
    ClaimFactory(desk=desk, speaker=speaker)
    with pytest.raises(ProtectedError):
        speaker.delete()


def test_an_article_title_edit_voids_approvals_but_not_the_published_snapshot(client, desk, checker, editor, editor2):
    article = ArticleFactory(desk=desk, title="Old headline")
    shown = published_claim(desk, checker, editor, article=article)
    waiting = approved_claim(desk, checker, editor, article=article)
    response = api(editor2).patch(f"/api/articles/{article.pk}/", {"title": "New headline"}, format="json")
    assert response.status_code == 200
    waiting.refresh_from_db()
    assert waiting.stage == Stage.REVIEW
    assert "Old headline" in client.get(f"/published/{shown.pk}/").content.decode()


def test_a_revision_that_changes_a_published_quote_drafts_a_correction(client, desk, checker, editor):
    article = ArticleFactory(desk=desk, text="Intro. The river rose 3 metres overnight. The dam held.")
    claim = Claim(desk=desk, article=article, text="The river rose 3 metres.")
    claim.anchor(7, 41)
    claim.save()
    claim.rating = RatingFactory(desk=desk, label="Accurate", value=5)
    claim.save()
    SourceFactory(claim=claim)
    claim.submit(by=checker)
    claim.approve(by=editor)
    claim.publish(by=editor)
    article.revise("Intro. The river rose 4 metres overnight. The dam held.", by=editor)
    claim.refresh_from_db()
    assert claim.quote == "The river rose 4 metres overnight." and claim.stage == Stage.REVIEW
    page = client.get(f"/published/{claim.pk}/").content.decode()
    assert "rose 3 metres" in page and "rose 4 metres" not in page


def test_a_corrected_claim_republishes_with_a_correction_log(client, desk, checker, editor, editor2):
    claim = published_claim(desk, checker, editor)
    claim.summary = "Corrected reasoning."
    claim.change(by=checker, version=version(claim), fields=["summary"], reason="correction")
    Claim.move(claim.pk, "approve", by=editor2, version=version(claim))
    Claim.move(claim.pk, "publish", by=editor2, version=version(claim))
    current, first = Publication.objects.filter(claim=claim).order_by("-number")
    assert (current.number, current.is_current, first.is_current) == (2, True, False)
    assert current.changes == ["reasoning"]
    page = client.get(f"/published/{claim.pk}/").content.decode()
    assert "Corrected reasoning." in page and "Corrections" in page and "corrected: reasoning" in page
    assert claimreview(current)["reviewBody"] == "Corrected reasoning."


def test_a_publication_cannot_be_changed(desk, checker, editor):
    publication = published_claim(desk, checker, editor).publications.get()
    publication.record = {**publication.record, "text": "Forged"}
    with pytest.raises(ValueError, match="snapshot"):
        publication.save()


# -- idempotence and imports -----------------------------------------------------------


def test_accepting_one_suggestion_twice_makes_one_claim(client, desk, checker):
    article = ArticleFactory(desk=desk, text="Prime Minister Ana Ruiz said the bridge would reopen in May.")
    Suggestion.refresh_for(article)
    suggestion = article.suggestions.first()
    stale_copy = Suggestion.objects.get(pk=suggestion.pk)
    suggestion.accept(by=checker)
    with pytest.raises(Exception, match="already decided"):
        stale_copy.accept(by=checker)
    assert article.claims.count() == 1
    assert Suggestion.objects.get(pk=suggestion.pk).status == SuggestionStatus.ACCEPTED


def test_a_desk_import_starts_every_claim_unapproved_and_records_the_importer(desk, checker, editor):
    published_claim(desk, checker, editor)
    importer = UserFactory(username="importer")
    data = json.loads(json.dumps(export_desk(desk)))
    copy = import_desk(data, slug="copy", by=importer)
    claim = copy.claims.get()
    assert (claim.stage, claim.approved_by, claim.published) == (Stage.REVIEW, None, None)
    assert not Publication.objects.filter(desk=copy).exists()
    assert StageChange.objects.filter(claim=claim, by=importer, old=Stage.PUBLISHED, new=Stage.REVIEW).exists()


def test_a_desk_import_refuses_a_javascript_url_and_imports_nothing(desk):
    claim = ClaimFactory(desk=desk)
    SourceFactory(claim=claim)
    data = json.loads(json.dumps(export_desk(desk)))
    data["claims"][0]["sources"][0]["url"] = "javascript:alert(1)"
    with pytest.raises(DeskImportError, match="not an http"):
        import_desk(data, slug="copy")
    assert not DeskFactory._meta.model.objects.filter(slug="copy").exists()


# -- the API serves the snapshots ------------------------------------------------------


def test_the_api_lists_publications_as_frozen_snapshots_to_members_only(desk, checker, editor, stranger):
    claim = published_claim(desk, checker, editor)
    claim.summary = "A draft correction."
    claim.change(by=checker, version=version(claim), fields=["summary"])
    response = api(editor).get(f"/api/publications/?claim={claim.pk}&is_current=true")
    assert response.status_code == 200
    (row,) = response.json()["results"]
    assert row["number"] == 1 and row["record"]["summary"] != "A draft correction."
    assert api(stranger).get(f"/api/publications/{row['id']}/").status_code == 404
    assert api(editor).post("/api/publications/", {}, format="json").status_code == 405


# -- conflicts only when there is one (issue 12) ---------------------------------------


def test_two_people_editing_different_fields_both_succeed(desk, checker, editor):
    claim = ClaimFactory(desk=desk, assignee=checker, summary="", attribution="")
    seen = version(claim)
    theirs, mine = Claim.objects.get(pk=claim.pk), Claim.objects.get(pk=claim.pk)
    theirs.summary = "Their reasoning."
    theirs.change(by=editor, version=seen, fields=["summary", "attribution"])
    mine.attribution = "the ministry"
    assert mine.change(by=checker, version=seen, fields=["summary", "attribution"])
    claim.refresh_from_db()
    assert (claim.summary, claim.attribution) == ("Their reasoning.", "the ministry")


def test_the_same_field_edited_from_the_same_version_conflicts(desk, checker, editor):
    from claims.models import StaleVersion

    claim = ClaimFactory(desk=desk, summary="")
    seen = version(claim)
    theirs, mine = Claim.objects.get(pk=claim.pk), Claim.objects.get(pk=claim.pk)
    theirs.summary = "Theirs."
    theirs.change(by=editor, version=seen, fields=["summary"])
    mine.summary = "Mine."
    with pytest.raises(StaleVersion):
        mine.change(by=checker, version=seen, fields=["summary"])
    claim.refresh_from_db()
    assert claim.summary == "Theirs."


def test_one_person_saving_attribution_then_verdict_from_one_page_sees_no_conflict(client, desk, checker):
    rating = RatingFactory(desk=desk)
    claim = ClaimFactory(desk=desk, assignee=checker)
    seen = version(claim)  # both parts were rendered at this version
    client.force_login(checker)
    attribution = {
        "version": seen,
        "text": claim.text,
        "speaker_name": "",
        "speaker_title": "",
        "attribution_type": "institution",
        "attribution": "the ministry",
        "cue": "said",
        "quote_type": "indirect",
        "anonymity_reason": "",
    }
    response = client.post(f"/claims/{claim.pk}/attribution/", attribution, headers=HX)
    assert response.status_code == 200 and response.text.lstrip().startswith('<aside id="panel"')
    verdict = {"version": seen, "rating": rating.pk, "summary": "The figures match."}
    assert client.post(f"/claims/{claim.pk}/verdict/", verdict, headers=HX).status_code == 200
    claim.refresh_from_db()
    assert (claim.attribution, claim.rating, claim.summary) == ("the ministry", rating, "The figures match.")
