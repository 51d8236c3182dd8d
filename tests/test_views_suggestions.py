from __future__ import annotations

import pytest

from claims.models import Claim, Speaker, Suggestion, SuggestionStatus

from .factories import ArticleFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

HX = {"HX-Request": "true"}
TEXT = (
    "Prime Minister Ana Ruiz said the bridge would reopen in May. "
    "She added that repairs had cost 4 million euros. "
    "Two officials, speaking on condition of anonymity to discuss internal reviews, said the work was late. "
    "The bridge carries 40,000 vehicles a day."
)


@pytest.fixture
def article(desk):
    article = ArticleFactory(desk=desk, text=TEXT)
    Suggestion.refresh_for(article)
    return article


def test_suggestions_are_stored_and_shown_dashed_but_are_not_claims(client, checker, article):
    suggestions = list(article.suggestions.all())
    assert len(suggestions) >= 4 and not Claim.objects.exists()
    for s in suggestions:
        assert TEXT[s.start : s.end] == s.content
    anonymous = next(s for s in suggestions if s.attribution_type == "anonymous")
    assert anonymous.anonymity_reason.startswith("to discuss internal reviews")
    client.force_login(checker)
    page = client.get(article.get_absolute_url()).text
    assert 'class="suggestion"' in page and "Accept all from Ana Ruiz" in page


def test_accepting_makes_a_claim_linked_to_an_existing_speaker(client, checker, article):
    existing = SpeakerFactory(desk=article.desk, name="Ana Ruiz")
    suggestion = article.suggestions.get(cue="said", speaker_name="Ana Ruiz")
    client.force_login(checker)
    response = client.post(f"/suggestions/{suggestion.pk}/accept/", headers=HX)
    assert response.status_code == 200 and response.text.lstrip().startswith('<div id="workspace"')
    claim = Claim.objects.get()
    assert claim.speaker == existing and Speaker.objects.count() == 1
    assert (claim.quote, claim.cue, claim.attribution_type) == (suggestion.content, "said", suggestion.attribution_type)
    suggestion.refresh_from_db()
    assert suggestion.status == SuggestionStatus.ACCEPTED and suggestion.claim == claim
    page = client.get(f"/articles/{article.pk}/?claim={claim.pk}").text
    assert f'data-suggestion="{suggestion.pk}"' not in page and f'data-claim="{claim.pk}"' in page


def test_accepting_twice_does_not_duplicate(client, checker, article):
    suggestion = article.suggestions.first()
    client.force_login(checker)
    client.post(f"/suggestions/{suggestion.pk}/accept/")
    response = client.post(f"/suggestions/{suggestion.pk}/accept/")
    assert response.status_code == 302 and Claim.objects.count() == 1


def test_reject_hides_a_suggestion_and_suggest_again_does_not_bring_it_back(client, checker, article):
    suggestion = article.suggestions.first()
    client.force_login(checker)
    client.post(f"/suggestions/{suggestion.pk}/reject/", headers=HX)
    suggestion.refresh_from_db()
    assert suggestion.status == SuggestionStatus.REJECTED
    client.post(f"/articles/{article.pk}/suggestions/", headers=HX)
    assert article.suggestions.filter(start=suggestion.start, end=suggestion.end).count() == 1
    assert not Claim.objects.exists()


def test_accept_all_from_a_speaker_takes_the_pronoun_sentence_too(client, checker, article):
    ruiz = article.suggestions.filter(speaker_name="Ana Ruiz")
    assert ruiz.count() == 2  # "She added" is carried over to the named speaker
    client.force_login(checker)
    client.post(f"/suggestions/{ruiz.first().pk}/accept-speaker/", headers=HX)
    assert Claim.objects.filter(speaker__name="Ana Ruiz").count() == 2
    assert not article.suggestions.pending().filter(speaker_name="Ana Ruiz").exists()


def test_edit_prefills_the_claim_form_and_saving_accepts(client, checker, article):
    suggestion = article.suggestions.get(attribution_type="anonymous")
    client.force_login(checker)
    form = client.get(f"/articles/{article.pk}/claims/new/?suggestion={suggestion.pk}").context["new_form"]
    assert form.initial["anonymity_reason"] == suggestion.anonymity_reason
    data = {k: v for k, v in form.initial.items() if v is not None}
    data["text"] = "The bridge work is late"
    response = client.post(f"/articles/{article.pk}/claims/new/", data)
    claim = Claim.objects.get()
    assert response.status_code == 302 and claim.text == "The bridge work is late"
    assert claim.quote == suggestion.content
    suggestion.refresh_from_db()
    assert suggestion.status == SuggestionStatus.ACCEPTED and suggestion.claim == claim


def test_import_runs_the_suggester(client, checker, desk):
    client.force_login(checker)
    client.post("/articles/new/", {"desk": desk.pk, "title": "Bridge", "language": "en", "text": TEXT, "save": "1"})
    assert Suggestion.objects.filter(article__title="Bridge").count() >= 4


def test_viewer_and_stranger_cannot_decide(client, viewer, stranger, article):
    suggestion = article.suggestions.first()
    client.force_login(viewer)
    assert client.post(f"/suggestions/{suggestion.pk}/accept/").status_code == 403
    client.force_login(stranger)
    for action in ("accept", "reject", "accept-speaker", "accept-twins"):
        assert client.post(f"/suggestions/{suggestion.pk}/{action}/").status_code == 404
    assert client.post(f"/articles/{article.pk}/suggestions/").status_code == 404
    assert client.get(f"/suggestions/{suggestion.pk}/accept/").status_code == 405
    assert not Claim.objects.exists()


def test_revision_reruns_suggestions_on_the_new_text(desk, editor):
    article = ArticleFactory(desk=desk, text=TEXT)
    Suggestion.refresh_for(article)
    article.revise("A new first sentence. " + TEXT, by=editor)
    for s in article.suggestions.all():
        assert article.text[s.start : s.end] == s.content


TWIN_TEXT = (
    "Rescuers pulled 14 people from the rubble, the fire service said on Tuesday.\n\n"
    "CAIRO (Wire) — Rescuers pulled 14 people from the rubble, the fire service said on Tuesday. "
    "Prime Minister Ana Ruiz said the bridge would reopen in May."
)


def test_a_passage_the_text_repeats_is_offered_as_twins_and_accepted_together(client, checker, desk):
    article = ArticleFactory(desk=desk, text=TWIN_TEXT)
    Suggestion.refresh_for(article)
    twins = article.suggestions.filter(content="Rescuers pulled 14 people from the rubble")
    assert twins.count() == 2  # the dek and the lede
    client.force_login(checker)
    page = client.get(article.get_absolute_url()).text
    assert page.count("Accept both") == 2  # beside each twin, and nowhere else
    response = client.post(f"/suggestions/{twins.last().pk}/accept-twins/", follow=True)
    assert response.status_code == 200 and "Accepted 2 suggestions" in response.text
    claims = Claim.objects.filter(article=article).order_by("start")
    assert [(c.start, c.end) for c in claims] == [(s.start, s.end) for s in twins.order_by("start")]
    assert all(c.attribution == "the fire service" for c in claims)
    assert article.suggestions.pending().filter(speaker_name="Ana Ruiz").exists()  # not a twin: left alone
    again = client.post(f"/suggestions/{twins.first().pk}/accept-twins/")
    assert again.status_code == 302 and Claim.objects.filter(article=article).count() == 2
