"""The desk's model of the suggestions it keeps: learned from its decisions, kept as weights,
used to score, order and fold away suggestions, and reported on the dashboard."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims import learning
from claims.models import Job, JobKind, JobStatus, SuggesterModel, Suggestion, SuggestionStatus

from .factories import ArticleFactory

HX = {"HX-Request": "true"}
# Every sentence gives one suggestion: a named speaker's statement, or scene-setting in the reporter's voice.
NAMED = "Minister Ana Ruiz said {n} bridges would reopen in May."
UNATTRIBUTED = "The river rose by {n} metres over the valley near the old mill."


def _fake(kind: str, n: int = 1) -> SimpleNamespace:
    named = kind == "named_person"
    return SimpleNamespace(
        content=f"{n} bridges would reopen" if named else f"The river rose by {n} metres over the valley",
        source="Minister Ana Ruiz" if named else "",
        cue="said" if named else "",
        attribution_type=kind,
        quote_type="indirect" if named else "none",
        checkworthy_kind="quantity",
        checkworthiness=0.5,
        anonymity_reason="",
    )


def test_a_desk_that_rejects_one_kind_learns_to_score_it_low():
    examples = [(_fake("named_person", n), True) for n in range(15)] + [
        (_fake("unattributed", n), False) for n in range(15)
    ]
    ranker = learning.train(examples)
    assert ranker is not None and ranker.decisions == 30
    assert ranker.confidence(_fake("named_person", 99)) > 0.7 > 0.3 > ranker.confidence(_fake("unattributed", 99))
    # kept as plain numbers, and read back to the same scores
    stored = json.loads(json.dumps(ranker.as_json()))
    assert learning.Ranker.from_json(stored).confidence(_fake("unattributed")) == ranker.confidence(
        _fake("unattributed")
    )


def test_too_few_decisions_or_only_one_kind_teach_nothing():
    assert learning.train([(_fake("named_person", n), True) for n in range(5)]) is None
    assert learning.train([(_fake("named_person", n), True) for n in range(50)]) is None  # nothing rejected
    assert learning.Ranker.from_json({}) is None and learning.Ranker.from_json(None) is None


@given(
    content=st.text(max_size=200),
    source=st.text(max_size=80),
    cue=st.text(max_size=20),
    worth=st.floats(min_value=0, max_value=1),
)
def test_any_suggestion_gets_a_confidence_between_0_and_1(content, source, cue, worth):
    ranker = learning.Ranker({"type=unattributed": -40.0, "log_words": 3.0, "worth": 50.0}, 0.1, 20)
    s = SimpleNamespace(
        content=content,
        source=source,
        cue=cue,
        attribution_type="unattributed",
        quote_type="none",
        checkworthy_kind=None,
        checkworthiness=worth,
        anonymity_reason=None,
    )
    assert 0.0 <= ranker.confidence(s) <= 1.0


@pytest.fixture
def trained(settings, db, desk, checker):
    """A desk whose checker accepted every named statement and rejected every scene in the text."""
    settings.SUGGESTER_RETRAIN_EVERY = learning.MIN_DECISIONS
    text = " ".join(f"{NAMED.format(n=n)} {UNATTRIBUTED.format(n=n)}" for n in range(2, 12))
    article = ArticleFactory(desk=desk, text=text)
    Suggestion.refresh_for(article)
    for s in article.suggestions.all():
        if s.attribution_type == "named_person":
            s.accept(by=checker)
        else:
            s.reject(by=checker)
    return article


def test_enough_decisions_train_the_desks_model_in_a_job(trained, desk):
    decided = trained.suggestions.exclude(status=SuggestionStatus.PENDING)
    assert decided.count() == 20 and all(s.decided_at for s in decided)
    job = Job.objects.get(kind=JobKind.TRAIN_SUGGESTER)
    assert job.status == JobStatus.SUCCEEDED and job.result["decisions"] == 20
    model = SuggesterModel.objects.get(desk=desk)
    assert model.decisions == 20 and model.trained_at is not None
    assert all(isinstance(w, float) for w in model.weights["weights"].values())


def test_new_suggestions_are_scored_and_what_the_desk_rejects_is_folded_away(client, trained, desk, checker):
    article = ArticleFactory(desk=desk, text=f"{NAMED.format(n=40)} {UNATTRIBUTED.format(n=40)}")
    Suggestion.refresh_for(article)
    named = article.suggestions.get(attribution_type="named_person")
    scene = article.suggestions.get(attribution_type="unattributed")
    assert named.confidence > 0.5 > learning.HIDE_BELOW > scene.confidence
    client.force_login(checker)
    page = client.get(article.get_absolute_url())
    assert page.context["suggestions"] == [named] and "Show 1 more the desk usually rejects" in page.text
    assert f"kept {round(named.confidence * 100)}%" in page.text
    unfolded = client.get(article.get_absolute_url() + "?unlikely=1&suggestions=likely")
    assert unfolded.context["suggestions"] == [named, scene]  # most often kept first


def test_the_dashboard_gives_precision_by_type_and_counts_corrections(client, trained, desk, checker, editor):
    article = ArticleFactory(desk=desk, text=NAMED.format(n=3))
    Suggestion.refresh_for(article)
    suggestion = article.suggestions.get()
    client.force_login(checker)
    form = client.get(f"/articles/{article.pk}/claims/new/?suggestion={suggestion.pk}").context["new_form"]
    data = {k: v for k, v in form.initial.items() if v is not None} | {"text": "Three bridges reopen in May"}
    assert client.post(f"/articles/{article.pk}/claims/new/", data).status_code == 302
    suggestion.refresh_from_db()
    assert suggestion.status == SuggestionStatus.ACCEPTED and suggestion.corrected
    client.force_login(editor)
    page = client.get(f"/desks/{desk.slug}/dashboard/")
    rows = {label: rest for label, *rest in page.context["suggestions"]}
    assert rows["Named person"] == [11, 1, 0, 100] and rows["Unattributed"] == [0, 0, 10, 0]
    assert "The desk's model learned from 20 decisions" in page.text
