"""The desk's memory at work: triage says which suggestions were checked before (or are being checked
now), and a new claim's panel flags its possible duplicates among the claims still in the review."""

from __future__ import annotations

import pytest

from claims import archive
from claims.models import AttributionType, ClaimLink, ExternalCheck, QuoteType, Stage, Suggestion, Triage

from .factories import ArticleFactory, ClaimFactory, DeskFactory, RatingFactory

pytestmark = pytest.mark.django_db

BRIDGE = "The bridge repairs cost 4 million euros, the ministry said."


def _suggest(article, content: str) -> Suggestion:
    start = article.suggestions.count() * 100
    return Suggestion.objects.create(
        article=article,
        start=start,
        end=start + len(content),
        content=content,
        attribution_type=AttributionType.UNATTRIBUTED,
        quote_type=QuoteType.NONE,
        checkworthiness=0.9,
    )


def _in_triage(desk, *contents: str):
    article = ArticleFactory(desk=desk, triage=Triage.NEW)
    return article, [_suggest(article, content) for content in contents]


def _row(response, article) -> str:
    text = response.text
    return text[text.index(f'id="triage-{article.pk}"') :].split("</tr>")[0]


# -- triage ---------------------------------------------------------------------------


def test_triage_says_a_suggestion_matches_an_earlier_check_of_the_desk(client, desk, checker):
    earlier = ClaimFactory(desk=desk, text=BRIDGE, rating=RatingFactory(desk=desk, label="Misleading"))
    article, (suggestion,) = _in_triage(desk, "Repairs of the bridge cost 4 million euros")
    client.force_login(checker)
    row = _row(client.get("/triage/"), article)
    assert "Matches an earlier check:" in row and "<strong>Misleading</strong>" in row and "this desk" in row
    assert f'href="{earlier.get_workspace_url()}"'.replace("&", "&amp;") in row
    assert f'href="/suggestions/{suggestion.pk}/checked-before/"' in row
    full = client.get(f"/suggestions/{suggestion.pk}/checked-before/")
    assert full.status_code == 200 and full.context["checks"][0].claim == earlier and "<mark>" in full.text


def test_triage_names_the_fact_checker_of_an_imported_check(client, desk, checker):
    ExternalCheck.objects.create(
        desk=desk, claim_reviewed=BRIDGE, rating="False", publisher="Verifica", url="https://verifica.example/1"
    )
    article, _ = _in_triage(desk, "Repairs of the bridge cost 4 million euros")
    client.force_login(checker)
    row = _row(client.get("/triage/"), article)
    assert "Matches an earlier check:" in row and "<bdi>Verifica</bdi>" in row
    assert 'href="https://verifica.example/1"' in row


def test_triage_says_nothing_when_nothing_matches_well_enough(client, desk, checker):
    ClaimFactory(desk=desk, text=BRIDGE, rating=RatingFactory(desk=desk))
    article, _ = _in_triage(desk, "Schools will stay open all winter.", "The mayor visited the bridge.")
    client.force_login(checker)
    row = _row(client.get("/triage/"), article)
    assert "Matches an earlier check" not in row and "Possible duplicate" not in row


def test_another_desks_checks_and_claims_never_show(client, desk, checker, stranger):
    other = DeskFactory()
    elsewhere = ClaimFactory(desk=other, text=BRIDGE, rating=RatingFactory(desk=other))
    ClaimFactory(desk=other, text="Repairs of the bridge cost 4 million euros")  # in their review
    article, (suggestion,) = _in_triage(desk, "Repairs of the bridge cost 4 million euros")
    client.force_login(checker)
    row = _row(client.get("/triage/"), article)
    assert "Matches an earlier check" not in row and "Possible duplicate" not in row
    page = client.get(f"/suggestions/{suggestion.pk}/checked-before/")
    assert page.context["checks"] == [] and page.context["duplicates"] == [] and elsewhere.text not in page.text
    client.force_login(stranger)
    assert f"triage-{article.pk}" not in client.get("/triage/").text
    assert client.get(f"/suggestions/{suggestion.pk}/checked-before/").status_code == 404


def test_triage_flags_a_suggestion_the_desk_is_checking_already(client, desk, checker):
    open_claim = ClaimFactory(desk=desk, text=BRIDGE, stage=Stage.RESEARCH)
    article, _ = _in_triage(desk, "The bridge repairs cost 4 million euros, the ministry said")
    client.force_login(checker)
    row = _row(client.get("/triage/"), article)
    assert "Possible duplicate of:" in row and open_claim.get_workspace_url().replace("&", "&amp;") in row
    assert "In research" in row and "Matches an earlier check" not in row  # no verdict yet: not a check


def test_a_dismissed_row_swapped_in_keeps_its_finding(client, desk, checker):
    ClaimFactory(desk=desk, text=BRIDGE, rating=RatingFactory(desk=desk))
    article, _ = _in_triage(desk, "Repairs of the bridge cost 4 million euros")
    client.force_login(checker)
    row = client.post(f"/articles/{article.pk}/triage/", {"action": "dismiss"}, headers={"HX-Request": "true"})
    assert row.text.lstrip().startswith("<tr") and "Matches an earlier check:" in row.text


@pytest.mark.parametrize("rows", [1, 6])
def test_triage_matching_takes_the_same_queries_for_1_and_n_rows(
    client, desk, checker, rows, django_assert_num_queries
):
    rating = RatingFactory(desk=desk)
    ClaimFactory(desk=desk, text=BRIDGE, rating=rating)
    ClaimFactory(desk=desk, text="The valley road will reopen in May after the floods.", stage=Stage.REVIEW)
    for _ in range(rows):
        _in_triage(
            desk,
            "Repairs of the bridge cost 4 million euros",
            "Schools will stay open all winter",
            "The valley road will reopen in May after the floods",
        )
    client.force_login(checker)
    client.get("/triage/")  # the matchers are built once per process; the page then only reads
    # 6 as without matching, + the pending suggestions, the two archive stamps, the matched claims (and one
    # more for imported checks when a row's best match is one)
    with django_assert_num_queries(11):
        response = client.get("/triage/")
    found = [article.finding for article in response.context["rows"]]
    assert all(f.check and f.duplicate for f in found) and len(found) == rows


# -- possible duplicates in the panel -------------------------------------------------


def test_a_new_claim_shows_its_possible_duplicate_and_links_it_in_one_click(client, desk, checker):
    first = ClaimFactory(desk=desk, text=BRIDGE, stage=Stage.REVIEW)
    new = ClaimFactory(desk=desk, text="The bridge repairs cost 4 million euros, said the ministry")
    client.force_login(checker)
    fragment = client.get(f"/claims/{new.pk}/checked-before/", headers={"HX-Request": "true"})
    assert fragment.context["duplicates"] == [first]
    assert "Possible duplicate of:" in fragment.text and f'<input type="hidden" name="other" value="{first.pk}">' in (
        fragment.text
    )
    linked = client.post(
        f"/claims/{new.pk}/same-as/", {"other": first.pk, "action": "link"}, headers={"HX-Request": "true"}
    )
    assert ClaimLink.objects.filter(first=first, second=new).exists()
    assert linked.context["duplicates"] == [] and linked.context["linked"] == [first]
    assert "Possible duplicate of:" not in linked.text and "Same claim as:" in linked.text


def test_only_claims_still_in_the_review_are_duplicates(client, desk, checker):
    rating = RatingFactory(desk=desk)
    published = ClaimFactory(desk=desk, text=BRIDGE, rating=rating, stage=Stage.PUBLISHED)
    ClaimFactory(desk=desk, text="Schools will stay open all winter.", stage=Stage.NEW)
    other = DeskFactory()
    ClaimFactory(desk=other, text=BRIDGE, stage=Stage.NEW)
    new = ClaimFactory(desk=desk, text="The bridge repairs cost 4 million euros, said the ministry")
    client.force_login(checker)
    fragment = client.get(f"/claims/{new.pk}/checked-before/", headers={"HX-Request": "true"})
    assert fragment.context["duplicates"] == [] and "Possible duplicate" not in fragment.text
    assert fragment.context["checks"][0].claim == published  # the published one is an earlier check instead
    assert archive.possible_duplicates(published) == []  # and a published claim is nobody's duplicate


def test_a_claim_accepted_from_a_suggestion_is_flagged_as_a_duplicate(client, desk, checker):
    first = ClaimFactory(desk=desk, text=BRIDGE, stage=Stage.NEW)
    article = ArticleFactory(desk=desk, text="The bridge repairs cost 4 million euros, the ministry said today.")
    suggestion = _suggest(article, "The bridge repairs cost 4 million euros, the ministry said")
    claim = suggestion.accept(by=checker)
    client.force_login(checker)
    fragment = client.get(f"/claims/{claim.pk}/checked-before/", headers={"HX-Request": "true"})
    assert fragment.context["duplicates"] == [first]


# -- the list's "possible duplicates" filter --------------------------------------------


def test_the_worker_marks_possible_duplicates_and_the_list_filters_on_them(client, desk, checker, editor):
    from claims import tasks

    first = ClaimFactory(desk=desk, text=BRIDGE, stage=Stage.REVIEW)
    twin = ClaimFactory(desk=desk, text="The bridge repairs cost 4 million euros, said the ministry")
    ClaimFactory(desk=desk, text="Schools will stay open all winter.")
    elsewhere = ClaimFactory(desk=DeskFactory(), text=BRIDGE)
    versions = {c.pk: (c.version, c.updated) for c in (first, twin)}
    assert tasks.tick()["duplicates"] == 2
    first.refresh_from_db(), twin.refresh_from_db(), elsewhere.refresh_from_db()
    assert (first.possible_duplicate, twin.possible_duplicate, elsewhere.possible_duplicate) == (twin, first, None)
    # Derived data: no new version, no new updated time, no history row.
    assert {c.pk: (c.version, c.updated) for c in (first, twin)} == versions
    assert first.history.count() == 1
    assert tasks.tick()["duplicates"] == 0  # nothing moved since: the desk is not marked again

    client.force_login(checker)
    listed = client.get("/claims/", {"duplicates": "on"})
    assert {c.pk for c in listed.context["page"]} == {first.pk, twin.pk}
    assert 'name="duplicates"' in listed.text and "Possible duplicates only" in listed.text
    api = client.get("/api/claims/", {"duplicates": "true"}).json()
    assert {c["id"] for c in api["results"]} == {first.pk, twin.pk}
    assert len(client.get("/claims/").context["page"]) == 3  # unchecked, the filter filters nothing

    # Linked by a person as the same claim, or out of the review: no longer a possible duplicate.
    ClaimLink.link(first, twin, by=editor)
    assert tasks.tick()["duplicates"] == 2
    assert list(client.get("/claims/", {"duplicates": "on"}).context["page"]) == []


def test_a_claim_that_leaves_the_review_is_no_longer_marked(desk, editor):
    first = ClaimFactory(desk=desk, text=BRIDGE, stage=Stage.REVIEW)
    twin = ClaimFactory(desk=desk, text="The bridge repairs cost 4 million euros, said the ministry")
    third = ClaimFactory(desk=desk, text="The bridge repairs cost 4 million euros, the ministry says.")
    assert archive.mark_duplicates(desk.pk) == 3
    first.rating = RatingFactory(desk=desk)
    first.stage = Stage.PUBLISHED
    first.save()
    archive.mark_duplicates(desk.pk)
    first.refresh_from_db(), twin.refresh_from_db(), third.refresh_from_db()
    assert first.possible_duplicate is None
    assert (twin.possible_duplicate, third.possible_duplicate) == (third, twin)
