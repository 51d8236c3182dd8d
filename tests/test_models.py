from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import (
    Article,
    Claim,
    Note,
    Rating,
    Source,
    Speaker,
    Stage,
    StageChange,
    Suggestion,
    TransitionError,
    normalise_text,
    text_sha256,
)

from .factories import ArticleFactory, ClaimFactory, NoteFactory, RatingFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def test_article_text_is_stored_normalised_with_its_hash(desk):
    article = ArticleFactory(desk=desk, text="Cafe\u0301 owners said\r\nno.\rEnd")
    article.refresh_from_db()
    assert article.text == "Café owners said\nno.\nEnd"
    assert article.sha256 == text_sha256(article.text)


def test_same_text_twice_in_a_desk_is_refused(desk):
    ArticleFactory(desk=desk, text="Same text.")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(desk=desk, text="Same text.")


def test_same_text_in_two_desks_is_allowed():
    ArticleFactory(text="Same text.")
    ArticleFactory(text="Same text.")
    assert Article.objects.count() == 2


def test_revise_keeps_earlier_text_in_history(desk, editor):
    article = ArticleFactory(desk=desk, text="First version.")
    article.revise("Second version.", by=editor, reason="Typo fix")
    article.refresh_from_db()
    assert (article.text, article.revision) == ("Second version.", 2)
    assert article.sha256 == text_sha256("Second version.")
    texts = [h.text for h in article.history.order_by("history_date")]
    assert texts == ["First version.", "Second version."]
    assert article.history.latest().history_change_reason == "Typo fix"


def test_revise_with_same_text_writes_nothing(desk, editor):
    article = ArticleFactory(desk=desk, text="Only version.")
    article.revise("Only version.\r\n".strip(), by=editor)
    assert article.history.count() == 1 and article.revision == 1


def test_speakers_are_deduplicated_by_normalised_name(desk):
    first, created = Speaker.get_or_create_named(desk, "Israel Katz", title="Defense Minister")
    again, created_again = Speaker.get_or_create_named(desk, "  israel   KATZ. ")
    assert created and not created_again and first == again
    with pytest.raises(IntegrityError), transaction.atomic():
        Speaker.objects.create(desk=desk, name="ISRAEL katz")


def test_default_rating_scale_is_created_once(desk):
    Rating.create_defaults(desk)
    Rating.create_defaults(desk)
    scale = list(desk.ratings.values_list("label", "value"))
    assert scale == [
        ("True", 5),
        ("Mostly true", 4),
        ("Misleading", 3),
        ("Mostly false", 2),
        ("False", 1),
        ("Unverifiable", None),
        ("Unrated", None),
    ]


@pytest.mark.parametrize("value", [0, 6])
def test_rating_value_outside_1_to_5_is_refused_by_the_database(desk, value):
    with pytest.raises(IntegrityError), transaction.atomic():
        Rating.objects.create(desk=desk, label="Odd", slug="odd", value=value)


# -- anchors ---------------------------------------------------------------------


def _claim(article, start, end, quote=None):
    claim = Claim(desk=article.desk, article=article, text="A claim", start=start, end=end)
    claim.quote = article.text[start:end] if quote is None else quote
    return claim


def test_anchor_matching_the_text_is_saved_with_context(desk):
    article = ArticleFactory(desk=desk, text="Before the claim. The river rose 3 metres overnight. After it.")
    claim = Claim(desk=desk, article=article, text="The river rose 3 metres")
    claim.anchor(18, 52)
    claim.save()
    claim.refresh_from_db()
    assert claim.quote == "The river rose 3 metres overnight."
    assert claim.prefix == "Before the claim. "
    assert claim.suffix == " After it."


def test_anchor_off_by_one_is_a_validation_error_and_never_saved(desk):
    article = ArticleFactory(desk=desk, text="The river rose 3 metres overnight.")
    claim = _claim(article, 1, 10, quote=article.text[0:9])
    with pytest.raises(ValidationError, match="does not match"):
        claim.save()
    assert not Claim.objects.exists()


def test_anchor_past_the_end_is_a_validation_error(desk):
    article = ArticleFactory(desk=desk, text="Short text.")
    claim = _claim(article, 5, 50, quote="text.")
    with pytest.raises(ValidationError, match="past the end"):
        claim.full_clean()
    with pytest.raises(ValidationError):
        claim.anchor(5, 50)


def test_reversed_anchor_is_refused_by_the_database(desk):
    article = ArticleFactory(desk=desk, text="Short text.")
    claim = ClaimFactory(desk=desk, article=article, start=0, end=5)
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(start=5, end=2)


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Fans 🎉🎉 cheered: the team won 3-0 🏆 on Sunday.", "the team won 3-0 🏆"),
        ("قال المتحدث باسم الوزارة إن 300 شاحنة دخلت غزة يوم الأحد.", "300 شاحنة دخلت غزة"),
        ("Math 𝔸𝔹ℂ and CJK 𠀀 text: the claim is here.", "the claim is here"),
    ],
)
def test_anchors_count_code_points_outside_the_bmp_and_in_arabic(desk, text, quote):
    article = ArticleFactory(desk=desk, text=text)
    start = article.text.index(quote)
    claim = Claim(desk=desk, article=article, text=quote)
    claim.anchor(start, start + len(quote))
    claim.save()
    claim.refresh_from_db()
    assert article.text[claim.start : claim.end] == claim.quote == quote
    # One position off in either direction no longer matches.
    claim.start += 1
    with pytest.raises(ValidationError):
        claim.save()


def test_claim_without_article_needs_no_anchor(desk):
    claim = Claim.objects.create(desk=desk, text="Unemployment fell to 4%.")
    claim.full_clean()
    assert claim.start is None and claim.quote == ""


def test_claim_cannot_use_another_desks_speaker(desk):
    claim = ClaimFactory(desk=desk, speaker=SpeakerFactory())
    with pytest.raises(ValidationError, match="another desk"):
        claim.full_clean()


def test_every_save_raises_the_version(desk):
    claim = ClaimFactory(desk=desk)
    assert claim.version == 1
    claim.text = "Edited"
    claim.save()
    claim.save(update_fields=["text"])
    claim.refresh_from_db()
    assert claim.version == 3


# -- workflow verbs ----------------------------------------------------------------


@pytest.fixture
def ready_claim(desk, checker, editor):
    """A claim assigned to the checker, with a verdict and a source."""
    claim = ClaimFactory(desk=desk)
    claim.assign(checker, by=editor)
    claim.rating = RatingFactory(desk=desk)
    claim.save()
    claim.change(by=checker, version=None, evidence=lambda c: SourceFactory(claim=c), reason="Source added")
    return claim


def test_assign_moves_a_new_claim_to_research_and_records_it(desk, checker, editor):
    claim = ClaimFactory(desk=desk)
    claim.assign(checker, by=editor)
    claim.refresh_from_db()
    assert claim.stage == Stage.RESEARCH and claim.assignee == checker
    change = StageChange.objects.get(claim=claim)
    assert (change.old, change.new, change.by) == (Stage.NEW, Stage.RESEARCH, editor)


def test_submit_needs_a_verdict(desk, checker, editor):
    claim = ClaimFactory(desk=desk)
    SourceFactory(claim=claim)
    with pytest.raises(TransitionError, match="needs a verdict"):
        claim.submit(by=checker)
    assert not StageChange.objects.exists()


def test_submit_needs_a_source(desk, checker):
    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk))
    with pytest.raises(TransitionError, match="at least one source"):
        claim.submit(by=checker)


def test_full_review_from_submit_to_publish(ready_claim, checker, editor):
    ready_claim.submit(by=checker)
    ready_claim.approve(by=editor)
    ready_claim.publish(by=editor)
    ready_claim.refresh_from_db()
    assert ready_claim.stage == Stage.PUBLISHED and ready_claim.published is not None
    assert [c.new for c in ready_claim.stage_changes.order_by("id")] == [
        Stage.RESEARCH,
        Stage.REVIEW,
        Stage.APPROVED,
        Stage.PUBLISHED,
    ]


def test_four_eyes_submitter_cannot_approve_even_as_editor(ready_claim, editor):
    ready_claim.submit(by=editor)
    with pytest.raises(TransitionError, match="Four eyes"):
        ready_claim.approve(by=editor)
    ready_claim.refresh_from_db()
    assert ready_claim.stage == Stage.REVIEW


def test_four_eyes_last_verdict_changer_cannot_approve(ready_claim, checker, editor):
    ready_claim.submit(by=checker)
    ready_claim.reconsider(by=editor, reason="source checked")
    with pytest.raises(TransitionError, match="Four eyes"):
        ready_claim.approve(by=editor)


def test_edit_after_approval_voids_it(ready_claim, checker, editor):
    ready_claim.submit(by=checker)
    ready_claim.approve(by=editor)
    ready_claim.summary = "A new reading of the evidence."
    assert ready_claim.change(by=checker, version=ready_claim.version, fields=["summary"])
    ready_claim.refresh_from_db()
    assert ready_claim.stage == Stage.REVIEW and ready_claim.approved_by is None


def test_send_back_needs_a_comment_and_leaves_it_as_a_note(ready_claim, checker, editor):
    ready_claim.submit(by=checker)
    with pytest.raises(TransitionError, match="needs a comment"):
        ready_claim.send_back(by=editor, comment="  ")
    ready_claim.send_back(by=editor, comment="Find the primary source.")
    assert ready_claim.stage == Stage.CHANGES
    assert Note.objects.get(claim=ready_claim).body == "Find the primary source."


def test_publish_needs_every_note_resolved(ready_claim, checker, editor):
    ready_claim.submit(by=checker)
    ready_claim.approve(by=editor)
    note = NoteFactory(claim=ready_claim, author=editor)
    with pytest.raises(TransitionError, match="resolved"):
        ready_claim.publish(by=editor)
    note.resolve(by=editor)
    ready_claim.publish(by=editor)
    assert ready_claim.stage == Stage.PUBLISHED


def test_only_an_approved_claim_can_be_published(ready_claim, editor):
    with pytest.raises(TransitionError, match="Only an approved"):
        ready_claim.publish(by=editor)


# -- history -------------------------------------------------------------------------


def test_history_rows_are_written_for_claims_sources_and_notes(desk, editor):
    claim = ClaimFactory(desk=desk)
    claim.attribution = "the ministry"
    claim.save()
    source = SourceFactory(claim=claim)
    source.stance = "refutes"
    source.save()
    note = NoteFactory(claim=claim)
    note.resolve(by=editor)
    assert claim.history.count() == 2
    assert [h.attribution for h in claim.history.order_by("history_date")] == ["", "the ministry"]
    assert source.history.count() == 2
    assert note.history.latest().history_user == editor


def test_normalise_text_folds_line_ends_and_composes():
    assert normalise_text("a\r\nb\rc e\u0301") == "a\nb\nc é"


def test_change_refuses_a_stale_version_and_keeps_the_newer_text(desk, checker):
    from claims.models import StaleVersion

    claim = ClaimFactory(desk=desk, text="Original")
    mine, theirs = Claim.objects.get(pk=claim.pk), Claim.objects.get(pk=claim.pk)
    theirs.text = "Their edit"
    theirs.change(by=checker, version=theirs.version, fields=["text"])
    mine.text = "My edit"
    with pytest.raises(StaleVersion) as refused:
        mine.change(by=checker, version=mine.version, fields=["text"])
    assert refused.value.current.text == "Their edit"
    claim.refresh_from_db()
    assert claim.text == "Their edit" and claim.version == 2


def test_revision_reanchors_moved_claims_and_orphans_lost_ones(desk, editor):
    article = ArticleFactory(desk=desk, text="Intro. The river rose 3 metres. The dam held.")
    kept, lost = Claim(desk=desk, article=article, text="rose"), Claim(desk=desk, article=article, text="dam")
    kept.anchor(7, 31)
    kept.save()
    lost.anchor(32, 45)
    lost.save()
    report = article.revise("A longer intro. The river rose 3 metres. The levee broke.", by=editor)
    kept.refresh_from_db()
    lost.refresh_from_db()
    assert report == {"kept": 0, "moved": 1, "orphaned": 1}
    assert article.text[kept.start : kept.end] == "The river rose 3 metres."
    assert lost.is_orphaned and lost.start is None and lost.quote == "The dam held."


def test_a_stale_instance_never_moves_the_version_backwards(desk):
    claim = ClaimFactory(desk=desk)
    stale = Claim.objects.get(pk=claim.pk)
    for _ in range(3):
        claim.save()
    stale.summary = "late write from an old copy"
    stale.save(update_fields=["summary"])
    stale.refresh_from_db()
    assert stale.version == 5  # 1 + 3 saves + this one, never back to 2


def test_a_rating_used_by_published_verdicts_keeps_its_label_and_value(ready_claim, checker, editor):
    ready_claim.submit(by=checker)
    ready_claim.approve(by=editor)
    ready_claim.publish(by=editor)
    rating = ready_claim.rating
    rating.colour = "#000000"
    rating.full_clean()  # presentation may change
    rating.value = 5
    with pytest.raises(ValidationError, match="Published verdicts use this rating"):
        rating.full_clean()


def test_choice_labels_are_the_field_labels_in_the_active_language(desk):
    from django.utils import translation

    claim = ClaimFactory(desk=desk, stage="review", attribution_type="anonymous")
    assert claim.get_stage_display() == "In review"
    assert claim.get_attribution_type_display() == "Anonymous"
    with translation.override("ar"):
        assert claim.get_stage_display() == translation.gettext("In review") != "In review"
    claim.stage = "no-such-stage"  # an unknown value shows as itself, as Django's does
    assert claim.get_stage_display() == "no-such-stage"
    for model in (Claim, Source, StageChange, Suggestion):
        for field in model._meta.get_fields():
            if getattr(field, "choices", None) and hasattr(model, f"get_{field.name}_display"):
                obj = model()
                for value, label in field.flatchoices:
                    setattr(obj, field.attname, value)
                    assert getattr(obj, f"get_{field.name}_display")() == str(label)
