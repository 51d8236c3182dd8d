from __future__ import annotations

import pytest

from claims.models import Note, Source

from .factories import ArticleFactory, ClaimFactory, NoteFactory, RatingFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db

HX = {"HX-Request": "true"}


def test_claim_history_shows_field_diffs_transitions_and_who(client, checker, editor, desk):
    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk))
    client.force_login(checker)
    client.post(
        f"/claims/{claim.pk}/attribution/",
        {
            "text": claim.text,
            "attribution_type": "anonymous",
            "attribution": "two officials",
            "cue": "said",
            "quote_type": "indirect",
            "version": claim.version,
        },
        headers=HX,
    )
    SourceFactory(claim=claim)
    claim.refresh_from_db()
    claim.submit(by=checker)
    page = client.get(f"/claims/{claim.pk}/history/")
    assert page.status_code == 200
    entries = page.context["entries"]
    edit = next(e for e in entries if any(c["field"] == "attribution" for c in e["changes"]))
    assert edit["who"] == checker
    change = next(c for c in edit["changes"] if c["field"] == "attribution")
    assert (change["old"], change["new"]) == ("", "two officials")
    assert any(e["reason"] == "Submitted for review" and e["who"] == checker for e in entries)
    assert any(e["what"] == "Source" and e["type"] == "created" for e in entries)


def test_admin_edits_show_in_the_claim_history(client, desk, viewer):
    claim = ClaimFactory(desk=desk)
    root = UserFactory(username="root", is_staff=True, is_superuser=True)
    client.force_login(root)
    url = f"/admin/claims/claim/{claim.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {k: ("" if v is None else v) for k, v in form.initial.items()}
    data.update(
        {"desk": desk.pk, "article": claim.article_id, "text": "Edited by an admin", "attribution_type": "document"}
    )
    for prefix in ("sources", "notes", "stage_changes"):
        data |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0}
    assert client.post(url, data).status_code == 302
    client.force_login(viewer)
    entries = client.get(f"/claims/{claim.pk}/history/").context["entries"]
    edit = next(e for e in entries if any(c["field"] == "text" for c in e["changes"]))
    assert edit["who"] == root
    assert {"field": "text", "old": claim.text, "new": "Edited by an admin"} in edit["changes"]
    # A text edit is a verdict change: the admin is now who last changed it (four eyes).
    claim.refresh_from_db()
    assert claim.verdict_by == root


def test_deleted_source_and_note_can_be_restored(client, checker, desk):
    claim = ClaimFactory(desk=desk)
    source = SourceFactory(claim=claim, title="The key statement")
    parent = NoteFactory(claim=claim, body="Parent")
    reply = NoteFactory(claim=claim, body="Reply to restore", parent=parent)
    client.force_login(checker)
    source_id, reply_id = source.pk, reply.pk
    claim.refresh_from_db()
    assert client.post(f"/sources/{source.pk}/delete/", {"version": claim.version}, headers=HX).status_code == 200
    reply.delete()
    page = client.get(f"/claims/{claim.pk}/history/")
    deleted = page.context["deleted"]
    assert {e["what"] for e in deleted} == {"Source", "Note"}
    for entry in deleted:
        claim.refresh_from_db()
        response = client.post(
            f"/claims/{claim.pk}/history/restore/",
            {"kind": entry["what"].lower(), "history_id": entry["record"].history_id, "version": claim.version},
        )
        assert response.status_code == 302
    restored = Source.objects.get()
    assert restored.pk == source_id and restored.title == "The key statement"
    assert Note.objects.get(pk=reply_id).parent == parent
    assert client.get(f"/claims/{claim.pk}/history/").context["deleted"] == []


def test_restoring_a_source_from_a_stale_history_page_restores_nothing(client, checker, editor, desk):
    claim = ClaimFactory(desk=desk)
    SourceFactory(claim=claim).delete()
    record = Source.history.get(history_type="-")
    claim.refresh_from_db()
    seen = claim.version
    claim.summary = "Changed while the history page was open"
    assert claim.change(by=editor, version=seen, fields=["summary"])
    client.force_login(checker)
    response = client.post(
        f"/claims/{claim.pk}/history/restore/", {"kind": "source", "history_id": record.history_id, "version": seen}
    )
    assert response.status_code == 302 and response.url == f"/claims/{claim.pk}/history/"
    assert "nothing was restored" in client.get(response.url).text
    assert not Source.objects.exists()


def test_restore_refuses_another_claims_history(client, checker, desk):
    claim, other = ClaimFactory(desk=desk), ClaimFactory(desk=desk)
    source = SourceFactory(claim=other)
    source.delete()
    record = Source.history.get(history_type="-")
    client.force_login(checker)
    response = client.post(f"/claims/{claim.pk}/history/restore/", {"kind": "source", "history_id": record.history_id})
    assert response.status_code == 404 and not Source.objects.exists()


def test_viewer_sees_history_but_cannot_restore(client, viewer, desk):
    claim = ClaimFactory(desk=desk)
    SourceFactory(claim=claim).delete()
    record = Source.history.get(history_type="-")
    client.force_login(viewer)
    page = client.get(f"/claims/{claim.pk}/history/")
    assert page.status_code == 200 and "Restore" not in page.text
    response = client.post(f"/claims/{claim.pk}/history/restore/", {"kind": "source", "history_id": record.history_id})
    assert response.status_code == 403


def test_article_history_shows_the_text_diff_of_a_revision(client, viewer, editor, desk):
    article = ArticleFactory(desk=desk, text="First line.\nThe dam held.")
    article.revise("First line.\nThe dam broke.", by=editor, reason="Correction")
    client.force_login(viewer)
    page = client.get(f"/articles/{article.pk}/history/")
    assert page.status_code == 200
    assert "-The dam held." in page.text and "+The dam broke." in page.text and "Correction" in page.text


def test_history_is_404_for_a_stranger_and_405_for_post(client, stranger, viewer, desk):
    claim = ClaimFactory(desk=desk)
    client.force_login(stranger)
    assert client.get(f"/claims/{claim.pk}/history/").status_code == 404
    assert client.get(f"/articles/{claim.article_id}/history/").status_code == 404
    assert client.post(f"/claims/{claim.pk}/history/restore/", {"kind": "source"}).status_code == 404
    client.force_login(viewer)
    assert client.post(f"/claims/{claim.pk}/history/").status_code == 405
    assert client.get(f"/claims/{claim.pk}/history/restore/").status_code == 405


def test_history_shows_labels_and_names_not_raw_values_and_reasons_do_not_leak(client, checker, editor, desk):
    claim = ClaimFactory(desk=desk)
    claim.assign(checker, by=editor)
    claim.rating = RatingFactory(desk=desk, label="False")
    claim.save()
    client.force_login(editor)
    entries = client.get(f"/claims/{claim.pk}/history/").context["entries"]
    assigned = next(e for e in entries if e["reason"] == "Assigned to chris")
    assert {"field": "stage", "old": "New", "new": "In research"} in assigned["changes"]
    assert {"field": "assignee", "old": None, "new": "chris"} in assigned["changes"]
    rated = next(e for e in entries if any(c["field"] == "rating" for c in e["changes"]))
    assert rated["reason"] == ""  # the assignment's reason stayed with the assignment
    assert {"field": "rating", "old": None, "new": "False"} in rated["changes"]
