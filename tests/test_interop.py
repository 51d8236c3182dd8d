from __future__ import annotations

import json
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction

from claims.interop.claimreview import claimreview
from claims.interop.csv import csv_cell, import_claim_rows, import_source_rows, preview_claim_csv, preview_source_csv
from claims.interop.deskjson import DeskImportError, export_desk, import_desk
from claims.interop.webannotation import (
    ANNO_CONTEXT,
    AnnotationError,
    annotation,
    annotation_collection,
    create_claims_from_annotations,
    parse_annotations,
)
from claims.models import Claim, Desk, Publication, Rating, Source, Speaker, SpeakerKind, Stage

from .factories import (
    ArticleFactory,
    ClaimFactory,
    DeskFactory,
    NoteFactory,
    RatingFactory,
    SourceFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo() -> Desk:
    call_command("loaddemo", stdout=StringIO())
    return Desk.objects.get(slug="middle-east")


def _current_publications(desk: Desk) -> list[Publication]:
    return list(Publication.objects.current().filter(desk=desk))


def _snapshot(claim: Claim) -> Publication:
    """The claim's public record frozen as ``Claim.publish`` freezes it (without the workflow)."""
    with transaction.atomic():
        return Publication.capture(claim, by=None)


# -- ClaimReview ----------------------------------------------------------------------


def test_every_published_demo_claim_is_a_valid_claimreview(demo, shared_dir, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = shared_dir / "evaldata" / "claimreview" / "claimreview.schema.json"
    validator_script = shared_dir / "evaldata" / "tools" / "validate_claimreview.py"
    if not schema_path.is_file() or not validator_script.is_file():
        pytest.skip(f"ClaimReview schema or validator missing under {shared_dir / 'evaldata'}")
    schema = json.loads(schema_path.read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    publications = _current_publications(demo)
    assert publications, "the demo desk has published claims"
    assert {p.claim_id for p in publications} == set(
        Claim.objects.published().filter(desk=demo).values_list("pk", flat=True)
    )
    files = []
    for publication in publications:
        data = claimreview(publication)
        errors = [e.message for e in validator.iter_errors(data)]
        assert not errors, (publication.claim_id, errors)
        path = tmp_path / f"claimreview-{publication.claim_id}.json"
        path.write_text(json.dumps(data), "utf-8")
        files.append(str(path))
    result = subprocess.run(
        [sys.executable, str(validator_script), *files], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": valid") == len(publications)


def test_claimreview_carries_verdict_speaker_and_appearance(desk, settings):
    settings.SITE_URL = "https://desk.example"
    desk.url = "https://desk.example/about"
    desk.save()
    rating = RatingFactory(desk=desk, label="False", slug="false", value=1)
    speaker = SpeakerFactory(desk=desk, name="Ana Minister", kind=SpeakerKind.PERSON, title="Minister")
    claim = ClaimFactory(desk=desk, rating=rating, speaker=speaker, attribution_type="named_person", summary="Why.")
    Claim.objects.filter(pk=claim.pk).update(stage=Stage.PUBLISHED, published="2025-02-09T10:00:00Z")
    claim.refresh_from_db()
    data = claimreview(_snapshot(claim))
    assert data["url"] == f"https://desk.example/published/{claim.pk}/"
    assert data["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert data["author"] == {"@type": "Organization", "name": desk.name, "url": "https://desk.example/about"}
    assert data["datePublished"] == "2025-02-09"
    assert data["itemReviewed"]["author"] == {"@type": "Person", "name": "Ana Minister", "jobTitle": "Minister"}
    assert data["itemReviewed"]["appearance"][0]["url"] == claim.article.url
    assert data["reviewBody"] == "Why."


def test_claimreview_invents_no_author_for_anonymous_claims_and_omits_value_of_unrated_verdicts(desk):
    rating = RatingFactory(desk=desk, label="Unverifiable", slug="unverifiable", value=None)
    claim = ClaimFactory(desk=desk, rating=rating, attribution_type="anonymous", attribution="officials")
    data = claimreview(_snapshot(claim))
    assert "author" not in data["itemReviewed"]
    assert data["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}
    assert "reviewBody" not in data


def test_organisation_speaker_is_an_organization(desk):
    speaker = SpeakerFactory(desk=desk, name="The Ministry", kind=SpeakerKind.ORGANISATION)
    claim = ClaimFactory(desk=desk, speaker=speaker, attribution_type="institution")
    assert claimreview(_snapshot(claim))["itemReviewed"]["author"] == {"@type": "Organization", "name": "The Ministry"}


def test_claimreview_is_built_from_the_published_snapshot_not_the_live_claim(desk, checker, editor):
    rating = RatingFactory(desk=desk, label="False", slug="false", value=1)
    speaker = SpeakerFactory(desk=desk, name="Ana Minister", kind=SpeakerKind.PERSON)
    claim = ClaimFactory(desk=desk, rating=rating, speaker=speaker, attribution_type="named_person", summary="Why.")
    SourceFactory(claim=claim)
    claim.submit(by=checker)
    claim.approve(by=editor)
    claim.publish(by=editor)
    before = claimreview(claim.publications.get(is_current=True))
    speaker.name = "Someone Else"
    speaker.save()
    Claim.objects.filter(pk=claim.pk).update(text="Rewritten behind the desk's back", summary="Other reasons.")
    after = claimreview(claim.publications.get(is_current=True))
    assert after == before
    assert after["claimReviewed"] == "1,200 families were moved from the valley."
    assert after["itemReviewed"]["author"]["name"] == "Ana Minister" and after["reviewBody"] == "Why."


# -- Web Annotations ----------------------------------------------------------------------


def test_every_demo_claim_passes_the_web_annotation_must_assertions(demo, shared_dir, tmp_path):
    script = shared_dir / "evaldata" / "tools" / "wa_validate.py"
    if not script.is_file():
        pytest.skip(f"{script} is missing")
    files = []
    claims = demo.claims.select_related("desk", "article", "speaker", "rating")
    for claim in claims:
        path = tmp_path / f"annotation-{claim.pk}.json"
        path.write_text(json.dumps(annotation(claim)), "utf-8")
        files.append(str(path))
    orphan = claims.first()
    orphan.start = orphan.end = None
    orphan.is_orphaned = True
    path = tmp_path / "annotation-orphan.json"
    path.write_text(json.dumps(annotation(orphan)), "utf-8")
    files.append(str(path))
    result = subprocess.run([sys.executable, str(script), *files], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    assert result.stdout.count("PASS") == len(files) and "FAIL" not in result.stdout


def test_annotation_selectors_match_the_anchor(desk):
    claim = ClaimFactory(desk=desk)
    claim.anchor(0, 80)
    claim.save()
    data = annotation(claim)
    quote, position = data["target"]["selector"]
    assert quote == {"type": "TextQuoteSelector", "exact": claim.quote, "suffix": claim.suffix}
    assert position == {"type": "TextPositionSelector", "start": 0, "end": 80}
    assert data["target"]["source"] == claim.article.url
    assert data["created"].endswith("Z") and data["motivation"] == "commenting"


def test_exported_annotations_reimport_to_the_same_anchors_and_attribution(desk, editor):
    speaker = SpeakerFactory(desk=desk, name="Agency", kind=SpeakerKind.ORGANISATION)
    rating = RatingFactory(desk=desk)
    claim = ClaimFactory(desk=desk, speaker=speaker, rating=rating, cue="reported", attribution="the agency")
    claim.anchor(claim.article.text.index("The river"), claim.article.text.index(" overnight") + 10)
    claim.save()
    collection = annotation_collection(claim.article, [claim])
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 1
    other = ArticleFactory(desk=desk, text="New intro line.\n\n" + claim.article.text)
    report = create_claims_from_annotations(other, parse_annotations(json.dumps(collection)), by=editor)
    assert report["created"] == 1 and report["orphaned"] == 0
    copy = report["claims"][0]
    assert copy.quote == claim.quote and copy.start == claim.start + len("New intro line.\n\n")
    assert (copy.speaker, copy.rating, copy.cue, copy.attribution) == (speaker, rating, "reported", "the agency")
    assert copy.stage == Stage.NEW


def _dam_annotation(source: str) -> str:
    return json.dumps(
        {
            "@context": ANNO_CONTEXT,
            "id": "https://elsewhere.example/a/1",
            "type": "Annotation",
            "body": {"type": "TextualBody", "purpose": "describing", "value": "Dam held"},
            "target": {"source": source, "selector": {"type": "TextQuoteSelector", "exact": "The dam held firm."}},
        }
    )


def test_annotation_of_this_article_that_cannot_be_anchored_becomes_an_orphan_claim(desk, editor):
    article = ArticleFactory(desk=desk, text="Nothing about that here at all.")
    report = create_claims_from_annotations(article, parse_annotations(_dam_annotation(article.url)), by=editor)
    claim = report["claims"][0]
    assert report["orphaned"] == 1
    assert (
        claim.is_orphaned and claim.start is None and claim.quote == "The dam held firm." and claim.text == "Dam held"
    )


def test_annotation_of_another_document_whose_quote_is_not_here_is_skipped_with_the_reason(desk, editor):
    article = ArticleFactory(desk=desk, text="Nothing about that here at all.")
    report = create_claims_from_annotations(article, parse_annotations(_dam_annotation("https://x.example")), by=editor)
    assert (report["created"], report["skipped"]) == (0, 1) and not article.claims.exists()
    [item] = report["items"]
    assert (
        item["action"] == "skipped" and "https://x.example" in item["reason"] and "not this article" in item["reason"]
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("{not json", "Not valid JSON"),
        ('{"type": "Dataset"}', "Unsupported type"),
        ('{"type": "Annotation", "target": "https://x.example"}', "page note"),
        ('{"type": "Annotation", "target": {"source": "x", "selector": {"type": "CssSelector"}}}', "CssSelector"),
        ('{"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": []}}', "no annotations"),
    ],
)
def test_bad_annotation_uploads_say_what_is_wrong(raw, message):
    with pytest.raises(AnnotationError, match=message):
        parse_annotations(raw)


# -- CSV --------------------------------------------------------------------------------


def test_csv_cells_cannot_start_a_formula():
    assert csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert csv_cell("plain") == "plain" and csv_cell(None) == ""


def test_claim_csv_preview_reports_errors_by_line_and_column(desk):
    article = ArticleFactory(desk=desk)
    raw = (
        "article_id,text,quote,speaker,attribution_type,quote_type\n"
        f"{article.pk},Families moved,1,200 families,Ministry,institution,indirect\n"
    )
    preview = preview_claim_csv(raw, desk)
    assert not preview.ok and preview.rows[0].errors[0] == "line 2: more cells than columns in the header."
    raw = (
        "article_id,text,quote,speaker,attribution_type,quote_type\n"
        f'{article.pk},Families moved,"1,200 families",Ministry,institution,indirect\n'
        "999999,,,,bogus,\n"
        f"{article.pk},Lost,A quote that is not there,,,\n"
    )
    preview = preview_claim_csv(raw, desk)
    assert not preview.ok
    first, second, third = preview.rows
    assert not first.errors and first.data["anchor"] == (article.text.index("1,200"), article.text.index(" had"))
    assert second.errors == [
        "line 3, column text: the claim text is required.",
        "line 3, column article_id: no article '999999' in this desk.",
        "line 3, column attribution_type: 'bogus' is not one of named_person, official_title, anonymous, "
        "institution, document, unattributed.",
    ]
    assert not third.errors and "orphan" in third.notes[0]


def test_claim_csv_import_creates_claims_and_orphans(desk, checker):
    article = ArticleFactory(desk=desk)
    raw = (
        "article_url,text,quote,speaker,attribution_type,attribution,cue,quote_type,anonymity_reason\n"
        f'{article.url},Families moved,"1,200 families",The ministry,institution,The ministry,said,indirect,\n'
        f"{article.url},Lost,Not in the text at all,,unattributed,,,none,\n"
        ",No article,,,,,,,\n"
    )
    preview = preview_claim_csv(raw, desk)
    assert preview.ok, [r.errors for r in preview.rows]
    made = import_claim_rows(preview, desk, by=checker)
    assert [c.text for c in made] == ["Families moved", "Lost", "No article"]
    assert made[0].quote == "1,200 families" and made[0].speaker.kind == SpeakerKind.ORGANISATION
    assert made[1].is_orphaned and made[1].start is None
    assert made[2].article is None


def test_source_csv_checks_claims_urls_kinds_and_dates(desk, checker, editor):
    mine = ClaimFactory(desk=desk)
    theirs = ClaimFactory(desk=desk, assignee=editor)
    locked = ClaimFactory(desk=desk)
    Claim.objects.filter(pk=locked.pk).update(stage=Stage.APPROVED)
    raw = (
        "claim_id,url,title,kind,stance,accessed\n"
        f"{mine.pk},https://evidence.example/1,Report,primary,supports,2025-01-02\n"
        f"{theirs.pk},https://evidence.example/2,,,,\n"
        f"{locked.pk},https://evidence.example/3,,,,\n"
        f"{mine.pk},ftp://nope,,alien,against,yesterday\n"
        "abc,https://evidence.example/4,,,,\n"
    )
    preview = preview_source_csv(raw, desk, checker)
    rows = preview.rows
    assert not rows[0].errors
    assert "assigned to someone else" in rows[1].errors[0]
    assert "locked" in rows[2].errors[0]
    assert [e.split(":")[0] for e in rows[3].errors] == [
        "line 5, column url",
        "line 5, column kind",
        "line 5, column stance",
        "line 5, column accessed",
    ]
    assert "no claim 'abc'" in rows[4].errors[0]
    with pytest.raises(ValueError):
        import_source_rows(preview, by=checker)


def test_source_csv_import_adds_sources_and_records_who_changed_the_evidence(desk, checker):
    claim = ClaimFactory(desk=desk)
    raw = f"claim_id,url,title,kind,stance\n{claim.pk},https://evidence.example/1,Report,Primary document,Refutes\n"
    preview = preview_source_csv(raw, desk, checker)
    assert preview.ok
    (source,) = import_source_rows(preview, by=checker)
    assert (source.kind, source.stance, source.added_by) == ("primary", "refutes", checker)
    claim.refresh_from_db()
    assert claim.verdict_by == checker


# -- desk JSON --------------------------------------------------------------------------


def _without_desk(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "desk"}


# What an import deliberately does not carry over for a claim approved or published elsewhere.
REVIEWED_HERE = ("stage", "approved_by", "published", "stage_changes")


def test_desk_export_import_round_trip_is_lossless_except_approval(demo):
    claim = demo.claims.filter(notes__isnull=False).first()
    parent = claim.notes.first()
    NoteFactory(claim=claim, parent=parent, author=parent.author, body="A threaded reply.")
    Claim.objects.filter(pk=claim.pk).update(is_orphaned=True, start=None, end=None)
    importer = UserFactory(username="importer")
    first = export_desk(demo)
    copy = import_desk(json.loads(json.dumps(first)), slug="middle-east-copy", by=importer)
    second = export_desk(copy)
    assert second["desk"]["slug"] == "middle-east-copy"
    assert len(first["claims"]) == len(second["claims"]) == demo.claims.count() > 0
    reviewed = {"approved", "published"}
    assert {c["stage"] for c in first["claims"]} >= reviewed, "the demo has approved and published claims"
    for before, after in zip(first["claims"], second["claims"], strict=True):
        if before["stage"] not in reviewed:
            assert after == before
            continue
        # Everything else comes back as exported...
        assert {k: v for k, v in after.items() if k not in REVIEWED_HERE} == {
            k: v for k, v in before.items() if k not in REVIEWED_HERE
        }
        assert after["stage_changes"][:-1] == before["stage_changes"]
        # ...but approval does not travel: the claim waits for this desk's own review.
        assert (after["stage"], after["approved_by"], after["published"]) == ("review", None, None)
        extra = after["stage_changes"][-1]
        assert {k: v for k, v in extra.items() if k != "created"} == {
            "old": before["stage"],
            "new": "review",
            "by": "importer",
            "comment": f"Imported as {before['stage']} elsewhere: back to review for this desk",
        }
    assert {k: v for k, v in _without_desk(second).items() if k != "claims"} == {
        k: v for k, v in _without_desk(first).items() if k != "claims"
    }
    replies = [n for c in second["claims"] for n in c["notes"] if n["parent"]]
    assert replies and replies[0]["body"] == "A threaded reply."
    assert Source.objects.filter(claim__desk=copy).count() == Source.objects.filter(claim__desk=demo).count()
    assert not copy.claims.filter(stage__in=reviewed).exists()
    assert not Publication.objects.filter(desk=copy).exists()  # nothing of the copy is public


def _one_claim_export() -> dict:
    origin = DeskFactory(slug="origin")
    SourceFactory(claim=ClaimFactory(desk=origin))
    return json.loads(json.dumps(export_desk(origin)))


def test_desk_import_refuses_a_javascript_source_url_naming_the_claim_and_imports_nothing():
    data = _one_claim_export()
    data["claims"][0]["sources"][0]["url"] = "javascript:alert(document.cookie)"
    with pytest.raises(DeskImportError, match=r"^claim 'c1', source .*is not an http\(s\) URL"):
        import_desk(data, slug="imported")
    assert not Desk.objects.filter(slug="imported").exists()
    assert not Source.objects.filter(url__startswith="javascript:").exists()


def test_desk_import_refuses_a_reference_to_a_missing_article_naming_the_claim():
    data = _one_claim_export()
    data["claims"][0]["article"] = "a99"
    with pytest.raises(DeskImportError, match=r"^claim 'c1': refers to article 'a99', which the file does not hold"):
        import_desk(data, slug="imported")
    assert not Desk.objects.filter(slug="imported").exists()


def test_desk_import_refuses_a_desk_with_content(desk):
    ArticleFactory(desk=desk)
    with pytest.raises(DeskImportError, match="already has content"):
        import_desk(export_desk(DeskFactory()), slug=desk.slug)


def test_desk_import_rejects_other_documents():
    with pytest.raises(DeskImportError, match="Not a Claimdesk desk export"):
        import_desk({"format": "other"}, slug="x")


def test_desk_import_into_an_existing_empty_desk_reuses_its_rating_scale(desk):
    source = DeskFactory()
    Rating.create_defaults(source)
    speaker = SpeakerFactory(desk=source, name="Ana")
    ClaimFactory(desk=source, speaker=speaker, rating=source.ratings.get(slug="false"))
    Rating.create_defaults(desk)
    imported = import_desk(export_desk(source), slug=desk.slug)
    assert imported == desk
    assert desk.ratings.count() == 7 and desk.claims.get().rating.slug == "false"
    assert Speaker.objects.filter(desk=desk, name="Ana").exists()
