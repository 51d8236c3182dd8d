from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from claims.interop.csv import CLAIM_CSV_HEADER
from claims.interop.webannotation import annotation, annotation_collection
from claims.models import Claim, Role, Source, Stage

from .factories import (
    ArticleFactory,
    ClaimFactory,
    DeskFactory,
    MembershipFactory,
    RatingFactory,
    SourceFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def _publish(claim: Claim) -> Claim:
    """Through the workflow (two people), so the claim gets its public snapshot."""
    if claim.rating is None:
        claim.rating = RatingFactory(desk=claim.desk)
        claim.save()
    if not claim.sources.exists():
        SourceFactory(claim=claim)
    claim.submit(by=UserFactory(username="submitter"))
    claim.approve(by=UserFactory(username="approver"))
    claim.publish(by=UserFactory(username="approver"))
    claim.refresh_from_db()
    assert claim.stage == Stage.PUBLISHED
    return claim


def _ana_claim(desk, **fields) -> Claim:
    speaker = SpeakerFactory(desk=desk, name="Ana Minister")
    return ClaimFactory(
        desk=desk, rating=RatingFactory(desk=desk), speaker=speaker, attribution_type="named_person", **fields
    )


@pytest.fixture
def published(desk):
    return _publish(_ana_claim(desk))


@pytest.fixture
def claim(desk):
    return ClaimFactory(desk=desk)


def _login_redirect(response) -> bool:
    return response.status_code == 302 and response.url.startswith("/login/")


# -- public ClaimReview page, JSON and feed ---------------------------------------------


def test_published_page_is_public_and_embeds_escaped_claimreview(client, desk):
    published = _publish(_ana_claim(desk, text="</script><script>alert(1)</script> & more"))
    response = client.get(f"/published/{published.pk}/")
    assert response.status_code == 200
    body = response.text
    assert '<script type="application/ld+json"' in body
    assert "<script>alert(1)" not in body and "\\u003C/script\\u003E" in body
    payload = body.split('<script type="application/ld+json"', 1)[1].split(">", 1)[1].split("</script>", 1)[0]
    data = json.loads(payload)
    assert data["claimReviewed"].startswith("</script>") and data["@type"] == "ClaimReview"
    assert 'dir="auto"' in body and "Ana Minister" in body


def test_claimreview_json_is_public(client, published, settings):
    response = client.get(f"/claims/{published.pk}/claimreview.json")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/ld+json")
    data = response.json()
    assert data["url"] == f"{settings.SITE_URL}/published/{published.pk}/"
    assert data["itemReviewed"]["author"]["name"] == "Ana Minister"


@pytest.mark.parametrize("url", ["/published/{pk}/", "/claims/{pk}/claimreview.json"])
def test_unpublished_and_unknown_claims_are_404_to_everyone(client, editor, claim, url):
    client.force_login(editor)  # even the desk's own editor: the public pages show published claims only
    assert client.get(url.format(pk=claim.pk)).status_code == 404
    assert client.get(url.format(pk=999999)).status_code == 404


@pytest.mark.parametrize("url", ["/published/{pk}/", "/claims/{pk}/claimreview.json"])
def test_public_claimreview_views_refuse_post(client, published, url):
    assert client.post(url.format(pk=published.pk)).status_code == 405


def test_feed_pages_through_published_claims_with_links(client, desk, published, settings, monkeypatch):
    monkeypatch.setattr("claims.views.public.FEED_PAGE_SIZE", 2)
    for _ in range(4):
        _publish(ClaimFactory(desk=desk, rating=published.rating))
    ClaimFactory(desk=desk)  # not published: never in the feed
    ClaimFactory()  # another desk
    first = client.get(f"/desks/{desk.slug}/claimreview.json").json()
    assert first["count"] == 5 and first["pages"] == 3 and first["previous"] is None
    assert first["next"] == f"{settings.SITE_URL}/desks/{desk.slug}/claimreview.json?page=2"
    assert all(item["@type"] == "ClaimReview" for item in first["results"]) and len(first["results"]) == 2
    last = client.get(f"/desks/{desk.slug}/claimreview.json?page=3").json()
    assert last["next"] is None and last["previous"].endswith("?page=2") and len(last["results"]) == 1


def test_feed_unknown_desk_or_page_is_404_and_post_is_405(client, desk):
    assert client.get("/desks/no-such-desk/claimreview.json").status_code == 404
    assert client.get(f"/desks/{desk.slug}/claimreview.json?page=9").status_code == 404
    assert client.get(f"/desks/{desk.slug}/claimreview.json?page=x").status_code == 404
    assert client.post(f"/desks/{desk.slug}/claimreview.json").status_code == 405


@pytest.mark.parametrize("n", [1, 20])
def test_feed_queries_do_not_grow_with_rows(client, desk, django_assert_num_queries, n):
    rating = RatingFactory(desk=desk)
    for _ in range(n):
        _publish(ClaimFactory(desk=desk, rating=rating, speaker=SpeakerFactory(desk=desk)))
    with django_assert_num_queries(3):  # desk, count, page
        response = client.get(f"/desks/{desk.slug}/claimreview.json")
    assert len(response.json()["results"]) == n


# -- Web Annotations ---------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/claims/{claim}/annotation.jsonld", "/articles/{article}/annotations.jsonld"])
def test_annotation_exports_checklist(client, viewer, stranger, claim, url):
    url_for = url.format(claim=claim.pk, article=claim.article_id)
    assert _login_redirect(client.get(url_for))
    client.force_login(viewer)
    response = client.get(url_for)
    assert response.status_code == 200 and "anno.jsonld" in response["Content-Type"]
    assert client.post(url_for).status_code == 405
    assert client.get(url.format(claim=999999, article=999999)).status_code == 404
    client.force_login(stranger)
    assert client.get(url_for).status_code == 404


def test_article_collection_lists_every_claim_as_an_annotation(client, viewer, claim):
    ClaimFactory(desk=claim.desk, article=claim.article)
    client.force_login(viewer)
    data = client.get(f"/articles/{claim.article_id}/annotations.jsonld").json()
    assert data["type"] == "AnnotationCollection" and data["total"] == 2
    assert {item["type"] for item in data["first"]["items"]} == {"Annotation"}


# -- annotation import -------------------------------------------------------------------


def _annotation_json(claim: Claim) -> str:
    return json.dumps(annotation(claim))


def test_import_page_lists_orphans(client, checker, claim):
    Claim.objects.filter(pk=claim.pk).update(is_orphaned=True, start=None, end=None)
    client.force_login(checker)
    response = client.get(f"/articles/{claim.article_id}/annotations/import/")
    assert response.status_code == 200
    assert "Orphans (1)" in response.text and claim.quote in response.text


def test_import_upload_creates_what_it_can_anchor_and_reports_what_it_skipped(client, checker, claim):
    other = ArticleFactory(desk=claim.desk, text="Fresh intro. " + claim.article.text)
    lost = ClaimFactory(desk=claim.desk, article=claim.article, start=82, end=120)
    collection = annotation_collection(claim.article, [claim])
    collection["first"]["items"].append(json.loads(_annotation_json(lost)))
    collection["first"]["items"][1]["target"]["selector"][0]["exact"] = "Words this article never had in it."
    client.force_login(checker)
    upload = SimpleUploadedFile("annotations.jsonld", json.dumps(collection).encode(), "application/ld+json")
    response = client.post(f"/articles/{other.pk}/annotations/import/", {"file": upload}, follow=True)
    assert response.status_code == 200
    assert (
        "1 claim(s) created, 0 updated, 0 unchanged (1 anchored exactly, 0 approximately, 0 orphaned); "
        "0 note(s) and 0 tag(s) added; 1 annotation(s) skipped." in response.text
    )
    [made] = other.claims.all()
    assert made.start == claim.start + len("Fresh intro. ") and not made.is_orphaned
    report = response.context["report"]["items"]
    assert [item["action"] for item in report] == ["created", "skipped"]
    assert report[0]["claim"] == made.pk and "not this article" in report[1]["reason"]
    assert "What the last import did" in response.text and "Skipped" in response.text
    assert "What the last import did" not in client.get(f"/articles/{other.pk}/annotations/import/").text  # once


def test_import_errors_rerender_with_the_uploaded_json_kept(client, checker, claim):
    client.force_login(checker)
    raw = '{"type": "Annotation", "target": "https://x.example"}'
    upload = SimpleUploadedFile("bad.json", raw.encode(), "application/json")
    response = client.post(f"/articles/{claim.article_id}/annotations/import/", {"file": upload})
    assert response.status_code == 200
    assert "page note" in response.text
    assert "{&quot;type&quot;: &quot;Annotation&quot;" in response.text  # kept, escaped, in the text area
    response = client.post(f"/articles/{claim.article_id}/annotations/import/", {"json": ""})
    assert "Choose a file or paste an annotation." in response.text
    assert claim.article.claims.count() == 1


def test_import_checklist(client, viewer, checker, stranger, claim):
    url = f"/articles/{claim.article_id}/annotations/import/"
    assert _login_redirect(client.get(url))
    client.force_login(viewer)
    assert client.get(url).status_code == 403
    client.force_login(checker)
    assert client.put(url).status_code == 405
    assert client.get("/articles/999999/annotations/import/").status_code == 404
    client.force_login(stranger)
    assert client.get(url).status_code == 404
    assert client.post(url, {"json": _annotation_json(claim)}).status_code == 404


def test_import_requires_csrf(checker, claim):
    client = Client(enforce_csrf_checks=True)
    client.force_login(checker)
    response = client.post(f"/articles/{claim.article_id}/annotations/import/", {"json": _annotation_json(claim)})
    assert response.status_code == 403 and claim.article.claims.count() == 1


# -- CSV export --------------------------------------------------------------------------


def _rows(response) -> list[list[str]]:
    assert response.streaming, "the export streams"
    return list(csv.reader(io.StringIO(response.getvalue().decode())))


def test_csv_export_applies_the_list_filters(client, viewer, desk):
    speaker = SpeakerFactory(desk=desk, name="Ana")
    wanted = ClaimFactory(desk=desk, speaker=speaker, text="=SUM(A1)")
    SourceFactory.create_batch(2, claim=wanted)
    ClaimFactory(desk=desk, text="Other")
    ClaimFactory(text="Another desk's claim")
    client.force_login(viewer)
    response = client.get(f"/claims/export.csv?speaker={speaker.pk}")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    header, *rows = _rows(response)
    assert header == CLAIM_CSV_HEADER
    assert len(rows) == 1
    row = dict(zip(header, rows[0], strict=True))
    assert row["claim"] == "'=SUM(A1)" and row["speaker"] == "Ana" and row["sources"] == "2"
    assert row["article_url"] == wanted.article.url and row["quote"] == wanted.quote
    assert len(_rows(client.get("/claims/export.csv"))) == 3


def test_csv_export_checklist(client, stranger, viewer, claim):
    assert _login_redirect(client.get("/claims/export.csv"))
    client.force_login(viewer)
    assert client.post("/claims/export.csv").status_code == 405
    assert client.get("/claims/export.csv?stage=bogus").status_code == 400
    client.force_login(stranger)  # sees only their own desks' claims: none here
    assert _rows(client.get("/claims/export.csv")) == [CLAIM_CSV_HEADER]


@pytest.mark.parametrize("n", [1, 20])
def test_csv_export_queries_do_not_grow_with_rows(client, viewer, desk, django_assert_num_queries, n):
    rating = RatingFactory(desk=desk)
    for _ in range(n):
        ClaimFactory(desk=desk, rating=rating, speaker=SpeakerFactory(desk=desk), assignee=viewer)
    client.force_login(viewer)
    with django_assert_num_queries(5):  # session, user, their desks, a capped count (small enough to stream?), claims
        rows = _rows(client.get("/claims/export.csv"))
    assert len(rows) == n + 1


# -- CSV import --------------------------------------------------------------------------


def _csv_upload(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("claims.csv", text.encode(), "text/csv")


def test_csv_import_previews_then_imports_only_on_confirm(client, checker, desk):
    article = ArticleFactory(desk=desk)
    text = f'article_id,text,quote,speaker,attribution_type\n{article.pk},Families moved,"1,200 families",Ana,named_person\n'
    client.force_login(checker)
    response = client.post("/claims/import/", {"kind": "claims", "desk": desk.pk, "file": _csv_upload(text)})
    assert response.status_code == 200
    assert "Preview: 1 row" in response.text and 'name="confirm"' in response.text
    assert not desk.claims.exists()
    held = response.context["form"].initial["content"]
    assert held == text
    response = client.post(
        "/claims/import/", {"kind": "claims", "desk": desk.pk, "content": held, "confirm": ""}, follow=True
    )
    assert "Imported 1 claims" in response.text
    claim = desk.claims.get()
    assert claim.quote == "1,200 families" and claim.speaker.name == "Ana"


def test_csv_import_shows_row_errors_and_cannot_be_confirmed(client, checker, desk):
    client.force_login(checker)
    text = "text,attribution_type\n,bogus\n"
    response = client.post("/claims/import/", {"kind": "claims", "desk": desk.pk, "file": _csv_upload(text)})
    assert "line 2, column text: the claim text is required." in response.text
    assert "line 2, column attribution_type" in response.text and 'name="confirm"' not in response.text
    response = client.post("/claims/import/", {"kind": "claims", "desk": desk.pk, "content": text, "confirm": ""})
    assert response.status_code == 200 and not desk.claims.exists()


def test_csv_import_of_sources(client, checker, claim):
    client.force_login(checker)
    text = f"claim_id,url,title,stance\n{claim.pk},https://evidence.example/x,Report,refutes\n"
    assert "kind=sources" in client.get("/claims/import/").text
    page = client.get("/claims/import/?kind=sources")
    assert "claim_id" in page.text
    response = client.post(
        "/claims/import/?kind=sources", {"kind": "sources", "desk": claim.desk_id, "content": text, "confirm": ""}
    )
    assert response.status_code == 302
    assert Source.objects.get(claim=claim).stance == "refutes"


def test_csv_import_offers_a_desk_select_only_to_members_of_several_desks(client, checker, desk):
    client.force_login(checker)
    assert '<select name="desk"' not in client.get("/claims/import/").text
    other = DeskFactory()
    MembershipFactory(desk=other, user=checker, role=Role.EDITOR)
    assert '<select name="desk"' in client.get("/claims/import/").text


def test_csv_import_checklist(client, viewer, checker, stranger, desk):
    assert _login_redirect(client.get("/claims/import/"))
    client.force_login(viewer)
    assert client.get("/claims/import/").status_code == 403
    client.force_login(checker)
    assert client.put("/claims/import/").status_code == 405
    client.force_login(stranger)  # an editor elsewhere cannot import into this desk
    response = client.post(
        "/claims/import/", {"kind": "claims", "desk": desk.pk, "content": "text\nX\n", "confirm": ""}
    )
    assert response.status_code == 200 and not desk.claims.exists()


# -- desk JSON export ---------------------------------------------------------------------


def test_desk_export_checklist(client, editor, checker, stranger, desk, claim):
    url = f"/desks/{desk.slug}/export.json"
    assert _login_redirect(client.get(url))
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    assert response.json()["claims"][0]["quote"] == claim.quote
    assert client.post(url).status_code == 405
    assert client.get("/desks/no-such-desk/export.json").status_code == 404
    client.force_login(checker)
    assert client.get(url).status_code == 403
    client.force_login(stranger)
    assert client.get(url).status_code == 404


def test_desk_admin_can_export(client, desk_admin, desk):
    client.force_login(desk_admin)
    assert client.get(f"/desks/{desk.slug}/export.json").json()["desk"]["slug"] == desk.slug


def test_absurdly_nested_json_is_a_form_error_not_a_crash(client, checker, desk):
    from .factories import ArticleFactory

    article = ArticleFactory(desk=desk)
    client.force_login(checker)
    response = client.post(f"/articles/{article.pk}/annotations/import/", {"json": "[" * 100000})
    assert response.status_code == 200 and "nested too deeply" in response.text
