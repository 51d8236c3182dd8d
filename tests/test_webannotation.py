"""Web Annotation import and export as other tools speak it: Hypothesis-style annotations, re-import,
partial uploads, every selector form, paged collections, and the export read by a JSON-LD processor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.interop.webannotation import ANNO_CONTEXT, annotation
from claims.models import Claim, ImportedAnnotation, Stage

from .factories import ArticleFactory, ClaimFactory, RatingFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db

QUOTE = "1,200 families had been moved from the valley"
OA = "http://www.w3.org/ns/oa#"
AS = "http://www.w3.org/ns/activitystreams#"


@pytest.fixture
def article(desk):
    return ArticleFactory(desk=desk)


def _import(client, article, data) -> object:
    return client.post(f"/articles/{article.pk}/annotations/import/", {"json": json.dumps(data)}, follow=True)


def _items(response) -> list[dict]:
    return response.context["report"]["items"]


def _hypothesis_annotation(article, **changes) -> dict:
    """An annotation the way Hypothesis exports one: three selectors, a comment and tags."""
    start = article.text.index(QUOTE)
    data = {
        "@context": ANNO_CONTEXT,
        "id": "https://hypothes.is/a/AbCdEf123",
        "type": "Annotation",
        "creator": {"type": "Person", "nickname": "acct:alice@hypothes.is"},
        "body": [
            {"type": "TextualBody", "value": "Is this number sourced anywhere?", "format": "text/markdown"},
            {"type": "TextualBody", "purpose": "tagging", "value": "evacuation"},
            {"type": "TextualBody", "purpose": "tagging", "value": "Floods 2026"},
        ],
        "target": [
            {
                "source": article.url,
                "selector": [
                    {
                        "type": "RangeSelector",
                        "startSelector": {"type": "XPathSelector", "value": "/main[1]/p[1]"},
                        "endSelector": {"type": "XPathSelector", "value": "/main[1]/p[1]"},
                    },
                    {"type": "TextPositionSelector", "start": start, "end": start + len(QUOTE)},
                    {"type": "TextQuoteSelector", "exact": QUOTE, "prefix": "on Monday that ", "suffix": ". Offic"},
                ],
            }
        ],
    }
    return data | changes


def _one_selector(article, selector) -> dict:
    return {
        "@context": ANNO_CONTEXT,
        "type": "Annotation",
        "body": {"type": "TextualBody", "purpose": "describing", "value": "Families moved"},
        "target": {"source": article.url, "selector": selector},
    }


# -- bodies: notes, tags, never the reasoning ------------------------------------------------


def test_a_hypothesis_annotation_brings_its_comment_as_a_signed_note_and_its_tags(client, checker, article):
    client.force_login(checker)
    response = _import(client, article, _hypothesis_annotation(article))
    claim = article.claims.get()
    assert (claim.quote, claim.text, claim.summary) == (QUOTE, QUOTE, "")  # a comment is never the reasoning
    [note] = claim.notes.all()
    assert note.body == "Is this number sourced anywhere?\n\n— alice@hypothes.is" and note.author == checker
    assert sorted(tag.name for tag in claim.tags.all()) == ["Floods 2026", "evacuation"]
    assert "1 claim(s) created" in response.text and "1 note(s) and 2 tag(s) added" in response.text
    [item] = _items(response)
    assert item | {"claim_url": None} == item | {
        "action": "created",
        "claim": claim.pk,
        "id": "https://hypothes.is/a/AbCdEf123",
        "anchor": "position",
        "notes": 1,
        "tags": ["evacuation", "Floods 2026"],
        "claim_url": None,
    }


def test_a_commenting_body_is_a_note_and_a_body_creator_signs_it(client, checker, article):
    data = _hypothesis_annotation(article)
    data["body"] = [
        {"type": "TextualBody", "purpose": "commenting", "value": "Check the ministry's release.", "creator": "Bob"}
    ]
    client.force_login(checker)
    _import(client, article, data)
    claim = article.claims.get()
    assert claim.summary == "" and claim.notes.get().body == "Check the ministry's release.\n\n— Bob"
    assert claim.verdict_by is None  # a note is not a verdict


def test_an_unknown_assessment_is_reported_not_silently_dropped(client, checker, article):
    data = _hypothesis_annotation(article)
    data["body"] = [{"type": "TextualBody", "purpose": "assessing", "value": "Pants on fire"}]
    client.force_login(checker)
    [item] = _items(_import(client, article, data))
    assert item["action"] == "created" and "Pants on fire" in item["ignored"][0]
    assert article.claims.get().rating is None


# -- re-import updates ---------------------------------------------------------------------------


def test_importing_the_same_annotation_again_changes_nothing_and_adds_no_second_claim(client, checker, article):
    client.force_login(checker)
    _import(client, article, _hypothesis_annotation(article))
    claim = article.claims.get()
    version = claim.version
    response = _import(client, article, _hypothesis_annotation(article))
    assert article.claims.count() == 1 and claim.notes.count() == 1 and claim.tags.count() == 2
    [item] = _items(response)
    assert (item["action"], item["claim"], item["notes"], item["tags"]) == ("unchanged", claim.pk, 0, [])
    claim.refresh_from_db()
    assert claim.version == version
    assert ImportedAnnotation.objects.get().claim == claim


def test_the_same_id_with_a_new_body_updates_its_claim_through_the_guarded_write(client, checker, article):
    client.force_login(checker)
    _import(client, article, _hypothesis_annotation(article))
    claim = article.claims.get()
    data = _hypothesis_annotation(article)
    data["body"] = [
        {"type": "TextualBody", "purpose": "describing", "value": "The ministry moved 1,200 families."},
        {"type": "TextualBody", "value": "A second thought."},
        {"type": "TextualBody", "purpose": "tagging", "value": "ministry"},
    ]
    [item] = _items(_import(client, article, data))
    assert item["action"] == "updated" and item["notes"] == 1 and item["tags"] == ["ministry"]
    claim.refresh_from_db()
    assert claim.text == "The ministry moved 1,200 families." and article.claims.count() == 1
    assert claim.version == 2 and claim.verdict_by == checker  # change(): version, verdict author
    assert claim.history.first().history_change_reason == "Re-imported from a Web Annotation"
    assert claim.notes.count() == 2 and claim.tags.count() == 3  # tags are added, none taken away


def test_the_same_passage_and_text_without_an_id_is_the_same_claim(client, checker, article):
    data = _hypothesis_annotation(article)
    del data["id"]
    client.force_login(checker)
    _import(client, article, data)
    response = _import(client, article, data)
    assert article.claims.count() == 1 and _items(response)[0]["action"] == "unchanged"


def test_reimporting_the_desks_own_export_updates_the_claim_and_the_review_rule_applies(client, checker, desk):
    rating = RatingFactory(desk=desk)
    claim = ClaimFactory(desk=desk, rating=rating, summary="Old reasoning.")
    claim.anchor(0, 80)  # with its context, as the workspace anchors it
    claim.save()
    SourceFactory(claim=claim)
    claim.submit(by=UserFactory(username="submitter"))
    claim.approve(by=UserFactory(username="approver"))
    claim.publish(by=UserFactory(username="approver"))
    data = annotation(Claim.objects.get(pk=claim.pk))
    client.force_login(checker)
    response = _import(client, claim.article, data)
    assert _items(response)[0]["action"] == "unchanged" and claim.article.claims.count() == 1
    assert not claim.notes.exists() and not claim.tags.exists()  # its own bodies are its record, not notes or tags
    data["body"][-1]["claimdesk"]["summary"] = "New reasoning."
    [item] = _items(_import(client, claim.article, data))
    claim.refresh_from_db()
    assert item["action"] == "updated" and claim.summary == "New reasoning."
    assert claim.stage == Stage.REVIEW and claim.approved_by is None  # a published claim goes back to review


def test_an_export_round_trip_keeps_tags(client, checker, desk):
    claim = ClaimFactory(desk=desk)
    claim.set_tags(["Floods", "Valley"])
    data = annotation(claim)
    assert {"type": "TextualBody", "purpose": "tagging", "value": "Floods"} in data["body"]
    copy = ArticleFactory(desk=desk, text="Intro. " + claim.article.text)
    client.force_login(checker)
    _import(client, copy, data)
    assert sorted(t.name for t in copy.claims.get().tags.all()) == ["Floods", "Valley"]


# -- a list imports what it can ------------------------------------------------------------------


def test_a_page_note_in_a_list_is_skipped_and_the_rest_imported(client, checker, article):
    page_note = {"type": "Annotation", "id": "https://hypothes.is/a/page", "body": "x", "target": article.url}
    unknown = _one_selector(article, {"type": "TextQuoteSelector", "exact": "Words this article never had."})
    unknown["target"]["source"] = "https://elsewhere.example/story"
    data = [page_note, _hypothesis_annotation(article), unknown, "not an annotation"]
    client.force_login(checker)
    response = _import(client, article, data)
    assert article.claims.count() == 1
    items = _items(response)
    assert [item["action"] for item in items] == ["skipped", "created", "skipped", "skipped"]
    assert "page note" in items[0]["reason"] and items[0]["id"] == "https://hypothes.is/a/page"
    assert "https://elsewhere.example/story" in items[2]["reason"] and items[3]["reason"]
    assert "3 annotation(s) skipped" in response.text and "page note" in response.text


def test_an_upload_where_nothing_can_be_imported_is_a_form_error_naming_each(client, checker, article):
    data = {"type": "AnnotationPage", "items": [{"type": "Annotation", "target": article.url}] * 7}
    client.force_login(checker)
    response = client.post(f"/articles/{article.pk}/annotations/import/", {"json": json.dumps(data)})
    assert response.status_code == 200 and "Annotation 5: A page note" in response.text
    assert "(and 2 more)" in response.text and not article.claims.exists()


# -- selectors -----------------------------------------------------------------------------------


def _anchor_of(client, article, selector) -> tuple[int | None, int | None, str]:
    response = _import(client, article, _one_selector(article, selector))
    [item] = _items(response)
    claim = Claim.objects.get(pk=item["claim"]) if item["claim"] else None
    return (claim.start, claim.end, item["anchor"]) if claim else (None, None, item["reason"])


@pytest.mark.parametrize(
    "selector",
    [
        {"@type": "TextQuoteSelector", "exact": QUOTE},
        {"@type": "oa:TextQuoteSelector", "exact": QUOTE},
        {"type": "http://www.w3.org/ns/oa#TextQuoteSelector", "exact": QUOTE},
        [{"type": "FragmentSelector", "value": "p1", "refinedBy": {"type": "TextQuoteSelector", "exact": QUOTE}}],
        {
            "type": "FragmentSelector",
            "value": "p1",
            "refinedBy": {
                "type": "CssSelector",
                "value": "p",
                "refinedBy": {"@type": "TextQuoteSelector", "exact": QUOTE},
            },
        },
        {
            "type": "RangeSelector",
            "startSelector": {"type": "TextQuoteSelector", "exact": "1,200 families"},
            "endSelector": {"type": "TextQuoteSelector", "exact": ". Officials"},
        },
    ],
    ids=["@type", "oa-prefix", "full-iri", "refined-fragment", "refined-twice", "range-of-quotes"],
)
def test_every_form_of_selector_finds_the_quote(client, checker, article, selector):
    client.force_login(checker)
    start = article.text.index(QUOTE)
    assert _anchor_of(client, article, selector)[:2] == (start, start + len(QUOTE))


def test_a_position_refined_by_a_quote_finds_the_quote_inside_it(client, checker, article):
    client.force_login(checker)
    second = article.text.index("Officials")
    selector = {
        "type": "TextPositionSelector",
        "start": second,
        "end": len(article.text),
        "refinedBy": {"type": "TextQuoteSelector", "exact": "said"},
    }
    start, end, _ = _anchor_of(client, article, selector)
    assert article.text[start:end] == "said" and start > second  # the second "said", not the first


def test_a_position_is_preferred_where_it_agrees_with_the_quote_else_the_quote_is_found(client, checker, article):
    client.force_login(checker)
    at = article.text.index("said")
    agrees = [
        {"type": "TextQuoteSelector", "exact": "said"},
        {"type": "TextPositionSelector", "start": at, "end": at + 4},
    ]
    assert _anchor_of(client, article, agrees) == (at, at + 4, "position")
    later = article.text.index("said", at + 1)
    moved = [
        {"type": "TextQuoteSelector", "exact": QUOTE},
        {"type": "TextPositionSelector", "start": later, "end": later + len(QUOTE)},
    ]
    start = article.text.index(QUOTE)
    assert _anchor_of(client, article, moved) == (start, start + len(QUOTE), "exact")


def test_a_position_alone_anchors_only_on_its_own_article(client, checker, article):
    client.force_login(checker)
    selector = {"type": "TextPositionSelector", "start": 4, "end": 12}
    assert _anchor_of(client, article, selector) == (4, 12, "position")
    elsewhere = _one_selector(article, selector)
    elsewhere["target"]["source"] = "https://elsewhere.example/story"
    [item] = _items(_import(client, article, elsewhere))
    assert item["action"] == "skipped" and "not this article" in item["reason"]


# -- export pages --------------------------------------------------------------------------------


def test_the_collection_pages_carry_part_of_and_next_and_prev(client, viewer, article, monkeypatch, settings):
    monkeypatch.setattr("claims.interop.webannotation.ANNOTATION_PAGE_SIZE", 2)
    monkeypatch.setattr("claims.views.exchange.ANNOTATION_PAGE_SIZE", 2)
    for start in (0, 10, 20, 30, 40):
        ClaimFactory(desk=article.desk, article=article, start=start, end=start + 5)
    client.force_login(viewer)
    url = f"{settings.SITE_URL}/articles/{article.pk}/annotations.jsonld"
    collection = client.get(f"/articles/{article.pk}/annotations.jsonld").json()
    assert (collection["total"], collection["last"]) == (5, f"{url}?page=3")
    first = collection["first"]
    assert first["partOf"] == {"id": url, "type": "AnnotationCollection", "label": article.title, "total": 5}
    assert first["next"] == f"{url}?page=2" and "prev" not in first and len(first["items"]) == 2
    second = client.get(f"/articles/{article.pk}/annotations.jsonld?page=2").json()
    assert second["@context"] == ANNO_CONTEXT and second["type"] == "AnnotationPage"
    assert (second["prev"], second["next"], second["startIndex"]) == (f"{url}?page=1", f"{url}?page=3", 2)
    assert second["partOf"]["id"] == url and second["partOf"]["total"] == 5
    last = client.get(f"/articles/{article.pk}/annotations.jsonld?page=3").json()
    assert "next" not in last and len(last["items"]) == 1
    assert client.get(f"/articles/{article.pk}/annotations.jsonld?page=4").status_code == 404
    assert client.get(f"/articles/{article.pk}/annotations.jsonld?page=x").status_code == 404


@pytest.mark.parametrize("n", [1, 6])
def test_the_collection_export_queries_do_not_grow_with_claims(client, viewer, article, django_assert_num_queries, n):
    for start in range(n):
        ClaimFactory(desk=article.desk, article=article, start=start * 5, end=start * 5 + 4).set_tags(["Floods"])
    client.force_login(viewer)
    with django_assert_num_queries(6):  # session, user, article, count, claims, their tags
        data = client.get(f"/articles/{article.pk}/annotations.jsonld").json()
    assert len(data["first"]["items"]) == n


# -- the export read as JSON-LD ------------------------------------------------------------------


@pytest.fixture
def expand(shared_dir):
    jsonld = pytest.importorskip("pyld.jsonld")
    context = shared_dir / "evaldata" / "wa" / "context" / "anno.jsonld"
    if not context.is_file():
        pytest.skip(f"{context} is missing")
    document = json.loads(Path(context).read_text("utf-8"))

    def loader(url, options=None):
        if url != ANNO_CONTEXT:
            raise jsonld.JsonLdError(
                f"no network in tests: {url}", "jsonld.LoadDocumentError", code="loading document failed"
            )
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": document}

    return lambda data: jsonld.expand(data, {"documentLoader": loader})


def _terms(node, keys: set, types: set, ids: set) -> None:
    if isinstance(node, list):
        for part in node:
            _terms(part, keys, types, ids)
    elif isinstance(node, dict):
        for key, value in node.items():
            keys.add(key)
            if key == "@type" and "@value" not in node:  # a node's types, not a literal's datatype
                types.update(value)
            elif key == "@id":
                ids.add(value)
            else:
                _terms(value, keys, types, ids)


def test_every_export_expands_to_the_web_annotation_vocabulary(client, viewer, desk, expand):
    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk), summary="Why.")
    claim.anchor(0, 80)
    claim.save()
    claim.set_tags(["Floods"])
    client.force_login(viewer)
    exports = {
        "annotation": client.get(f"/claims/{claim.pk}/annotation.jsonld").json(),
        "collection": client.get(f"/articles/{claim.article_id}/annotations.jsonld").json(),
        "page": client.get(f"/articles/{claim.article_id}/annotations.jsonld?page=1").json(),
    }
    wanted_keys = {
        OA + name
        for name in (
            "hasTarget",
            "hasSelector",
            "hasSource",
            "hasBody",
            "exact",
            "suffix",
            "start",
            "end",
            "hasPurpose",
        )
    }
    wanted_keys |= {"http://www.w3.org/1999/02/22-rdf-syntax-ns#value", "http://purl.org/dc/terms/created"}
    wanted_types = {OA + "Annotation", OA + "TextQuoteSelector", OA + "TextPositionSelector", OA + "TextualBody"}
    wanted_ids = {OA + purpose for purpose in ("describing", "tagging", "assessing", "commenting")}
    for name, data in exports.items():
        keys, types, ids = set(), set(), set()
        _terms(expand(data), keys, types, ids)
        assert wanted_keys <= keys, (name, wanted_keys - keys)
        assert wanted_types <= types, (name, wanted_types - types)
        assert wanted_ids <= ids, (name, wanted_ids - ids)
        assert all(key.startswith(("http://", "https://", "@")) for key in keys), (name, keys)
        assert all(kind.startswith("http://") for kind in types), (name, types)
        if name != "annotation":
            assert {AS + "items", AS + "totalItems", AS + "partOf"} <= keys, name
            assert AS + ("OrderedCollection" if name == "collection" else "OrderedCollectionPage") in types
        if name == "collection":
            assert {AS + "first", AS + "last"} <= keys
    assert claim.article.url in ids  # the target's source, an IRI


# -- any selector soup: never a 500, never a lost report -----------------------------------------

_leaf = st.one_of(
    st.fixed_dictionaries(
        {"type": st.sampled_from(["TextQuoteSelector", "oa:TextQuoteSelector", 7, None])},
        optional={
            "exact": st.one_of(st.sampled_from([QUOTE, "said", "", "nowhere"]), st.text(max_size=8), st.integers()),
            "prefix": st.one_of(st.text(max_size=5), st.none()),
        },
    ),
    st.fixed_dictionaries(
        {"@type": st.sampled_from(["TextPositionSelector", "XPathSelector", "FragmentSelector"])},
        optional={"start": st.integers(-5, 400) | st.booleans() | st.text(max_size=2), "end": st.integers(-5, 400)},
    ),
    st.text(max_size=5),
    st.integers(),
)
_selectors = st.recursive(
    _leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.fixed_dictionaries(
            {"type": st.sampled_from(["RangeSelector", "FragmentSelector", "TextQuoteSelector"])},
            optional={"startSelector": inner, "endSelector": inner, "refinedBy": inner, "exact": st.just(QUOTE)},
        ),
    ),
    max_leaves=8,
)
_annotations = st.lists(
    st.fixed_dictionaries(
        {
            "type": st.just("Annotation"),
            "target": st.fixed_dictionaries({}, optional={"selector": _selectors, "source": st.text(max_size=5)}),
        },
        optional={
            "id": st.sampled_from(["https://x.example/a/1", "https://x.example/a/2", "_:b0"]),
            "body": st.lists(
                st.fixed_dictionaries(
                    {"value": st.one_of(st.text(max_size=10), st.integers())},
                    optional={"purpose": st.sampled_from(["tagging", "commenting", "describing", "assessing", 3])},
                ),
                max_size=3,
            ),
        },
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_annotations)
def test_any_selector_combination_is_imported_or_reported_never_a_server_error(client, checker, article, data):
    client.force_login(checker)
    response = client.post(f"/articles/{article.pk}/annotations/import/", {"json": json.dumps(data)})
    assert response.status_code in (200, 302)
    if response.status_code == 200:  # nothing importable (or text no column can store): a form error
        assert "errorlist" in response.text
        return
    items = _items(client.get(response.url))
    assert [item["number"] for item in items] == list(range(1, len(data) + 1))
    for item in items:
        assert item["action"] in ("created", "updated", "unchanged", "skipped")
        assert (item["claim"] is None) == (item["action"] == "skipped") and (item["reason"] or item["claim"])
