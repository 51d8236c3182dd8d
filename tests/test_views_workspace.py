from __future__ import annotations

import html
import re

import pytest

from claims.models import AttributionType, Claim, Note, Notification, Source, Speaker, Stage

from .factories import ArticleFactory, ClaimFactory, NoteFactory, RatingFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

HX = {"HX-Request": "true"}
TEXT = (
    "Officials said the talks stalled. The minister warned that 300 trucks were waiting. "
    "Egypt's foreign ministry said in a statement that it rejected the plan."
)


@pytest.fixture
def article(desk):
    return ArticleFactory(desk=desk, text=TEXT)


def _attribution_data(claim, **changes):
    data = {
        "text": claim.text,
        "speaker_name": "",
        "speaker_title": "",
        "attribution_type": claim.attribution_type,
        "attribution": claim.attribution,
        "cue": claim.cue,
        "quote_type": claim.quote_type,
        "anonymity_reason": claim.anonymity_reason,
        "version": claim.version,
    }
    return {**data, **changes}


# -- the workspace page ------------------------------------------------------------------


def test_workspace_highlights_claims_and_shows_the_selected_one(client, checker, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33, text="The talks stalled")
    client.force_login(checker)
    page = client.get(f"{article.get_absolute_url()}?claim={claim.pk}").text
    assert f'data-claim="{claim.pk}"' in page
    assert '<mark class="hl depth-1 selected"' in page
    assert 'id="article-text" class="article-text" dir="auto"' in page
    assert 'id="attribution-form"' in page  # the checker can edit an unassigned claim


def test_workspace_text_reproduces_the_article_exactly_with_offsets(client, checker, article):
    """The JS maps a selection to offsets through data-o; the spans must tile the text."""
    ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    ClaimFactory(desk=article.desk, article=article, start=17, end=80)  # overlaps the first
    ClaimFactory(desk=article.desk, article=article, start=21, end=26)  # nested in both
    client.force_login(checker)
    response = client.get(article.get_absolute_url())
    body = response.text[response.text.index('id="article-text"') :]
    body = body[body.index(">") + 1 : body.index("</div>")]
    pieces = re.findall(r'<(mark|span)([^>]*)data-o="(\d+)"[^>]*>(.*?)</\1>', body)
    assert "".join(html.unescape(text) for *_, text in pieces) == article.text
    assert [int(start) for _, _, start, _ in pieces] == [0, 17, 21, 26, 33, 80]
    depths = [int(m.group(1)) if (m := re.search(r"depth-(\d)", attrs)) else 0 for _, attrs, _, _ in pieces]
    assert depths == [1, 2, 3, 2, 1, 0]


def test_arabic_article_reads_right_to_left(client, checker, desk):
    article = ArticleFactory(desk=desk, language="ar", title="محادثات", text="قال المسؤولون إن المحادثات توقفت.")
    client.force_login(checker)
    page = client.get(article.get_absolute_url()).text
    assert 'lang="ar"' in page and 'dir="auto"' in page and "قال المسؤولون" in page


def test_panel_htmx_request_returns_only_the_panel(client, viewer, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    client.force_login(viewer)
    response = client.get(f"{article.get_absolute_url()}?claim={claim.pk}", headers=HX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<aside id="panel"') and "<html" not in response.text
    assert 'id="attribution-form"' not in response.text  # viewers read, never edit


def test_attribution_summary_partial_counts_by_type(client, viewer, article):
    ClaimFactory(desk=article.desk, article=article, start=0, end=33, attribution_type=AttributionType.ANONYMOUS)
    ClaimFactory(desk=article.desk, article=article, start=34, end=84, attribution_type=AttributionType.OFFICIAL_TITLE)
    client.force_login(viewer)
    response = client.get(article.get_absolute_url(), headers={**HX, "HX-Target": "attribution-summary"})
    assert response.text.lstrip().startswith('<section id="attribution-summary"')
    assert '<td data-type="anonymous">1</td>' in response.text
    assert '<td data-type="official_title">1</td>' in response.text
    assert '<td data-type="named_person">0</td>' in response.text


def test_claim_from_another_article_is_404_in_the_workspace(client, checker, article):
    other = ClaimFactory(desk=article.desk)
    client.force_login(checker)
    assert client.get(f"{article.get_absolute_url()}?claim={other.pk}").status_code == 404


@pytest.mark.parametrize("n", [1, 50])
def test_workspace_queries_do_not_grow_with_claims(client, checker, article, django_assert_num_queries, n):
    claims = [ClaimFactory(desk=article.desk, article=article, start=i % 30, end=40 + i % 30) for i in range(n)]
    for claim in claims[:5]:
        SourceFactory(claim=claim)
        NoteFactory(claim=claim)
    client.force_login(checker)
    # session, user, article, claims, suggestions, speakers, membership; selected claim +
    # its sources, notes, stage changes, submit check, ratings, assignees; navigation counts
    # (each once); the live pulse's keys (claims aggregate, pending suggestions)
    with django_assert_num_queries(18):
        response = client.get(f"{article.get_absolute_url()}?claim={claims[0].pk}")
    assert response.status_code == 200 and len(response.context["claims"]) == n


@pytest.mark.parametrize("n", [1, 20])
def test_the_panel_alone_does_not_read_the_article_and_its_queries_do_not_grow(
    client, editor, article, django_assert_num_queries, n
):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=20)
    for _ in range(n):
        SourceFactory(claim=claim)
        NoteFactory(claim=claim)
    client.force_login(editor)
    url = f"{article.get_absolute_url()}?claim={claim.pk}"
    # session, user, the claim with its article (not its text), speaker, verdict and assignee;
    # membership, sources, notes, tags, ratings, assignees, stage changes
    with django_assert_num_queries(10) as queries:
        response = client.get(url, headers={"HX-Request": "true", "HX-Target": "panel"})
    assert response.status_code == 200 and response.text.lstrip().startswith('<aside id="panel"')
    assert f'href="{article.get_absolute_url()}"' in response.text  # the panel's close link
    assert not any('"claims_article"."text"' in q["sql"] for q in queries.captured_queries)


def test_the_panel_alone_is_404_for_a_claim_of_another_article_or_desk(client, checker, article):
    elsewhere = ClaimFactory(desk=article.desk)
    stranger = ClaimFactory()  # its own desk, which the checker is not on
    client.force_login(checker)
    headers = {"HX-Request": "true", "HX-Target": "panel"}
    assert client.get(f"{article.get_absolute_url()}?claim={elsewhere.pk}", headers=headers).status_code == 404
    assert client.get(f"{stranger.article.get_absolute_url()}?claim={stranger.pk}", headers=headers).status_code == 404
    assert client.get(f"{article.get_absolute_url()}?claim=1x", headers=headers).status_code == 404


# -- marking a claim ---------------------------------------------------------------------


def test_new_claim_from_a_selection_is_anchored_and_returns_the_workspace(client, checker, article):
    client.force_login(checker)
    start, end = TEXT.index("The minister"), TEXT.index("waiting.") + len("waiting.")
    response = client.post(
        f"/articles/{article.pk}/claims/new/",
        {
            "start": start - 1,  # a selection that caught the space before is trimmed
            "end": end,
            "quote": " " + TEXT[start:end],
            "text": "",
            "speaker_name": "Yoav Gallant",
            "speaker_title": "Defense Minister",
            "attribution_type": AttributionType.OFFICIAL_TITLE,
            "attribution": "The minister",
            "cue": "warned",
            "quote_type": "indirect",
        },
        headers=HX,
    )
    assert response.status_code == 200
    claim = Claim.objects.get()
    assert (claim.start, claim.end, claim.quote) == (start, end, TEXT[start:end])
    assert claim.text == TEXT[start:end]  # defaults to the quote
    assert claim.speaker.name == "Yoav Gallant" and claim.speaker.title == "Defense Minister"
    assert response.text.lstrip().startswith('<div id="workspace"')
    assert response.headers["HX-Push-Url"] == f"{article.get_absolute_url()}?claim={claim.pk}"
    assert "claimChanged" in response.headers["HX-Trigger"]


def test_new_claim_from_a_sentence_works_without_javascript(client, checker, article):
    client.force_login(checker)
    form = client.get(f"/articles/{article.pk}/claims/new/").context["new_form"]
    choice, label = form.fields["sentence"].choices[3]
    response = client.post(
        f"/articles/{article.pk}/claims/new/",
        {
            "sentence": choice,
            "text": "Egypt rejected the plan",
            "attribution_type": "institution",
            "quote_type": "indirect",
        },
    )
    claim = Claim.objects.get()
    assert response.status_code == 302 and response.url.endswith(f"?claim={claim.pk}")
    assert claim.quote == label and claim.quote.startswith("Egypt's foreign ministry")


def test_new_claim_without_a_selection_keeps_the_input_and_says_why(client, checker, article):
    client.force_login(checker)
    response = client.post(
        f"/articles/{article.pk}/claims/new/",
        {"text": "My careful wording", "attribution_type": "anonymous", "quote_type": "none"},
    )
    assert response.status_code == 200
    assert "Select a passage of the article, or choose a sentence." in response.text
    assert "My careful wording" in response.text
    assert not Claim.objects.exists()


def test_new_claim_with_a_stale_selection_is_refused(client, checker, article):
    client.force_login(checker)
    response = client.post(
        f"/articles/{article.pk}/claims/new/",
        {"start": 0, "end": 10, "quote": "Something else", "attribution_type": "anonymous", "quote_type": "none"},
        headers=HX,
    )
    assert "no longer matches" in response.text and not Claim.objects.exists()


def test_new_claim_outside_the_text_is_refused(client, checker, article):
    client.force_login(checker)
    response = client.post(
        f"/articles/{article.pk}/claims/new/",
        {"start": 5, "end": 99999, "attribution_type": "anonymous", "quote_type": "none"},
    )
    assert "outside the article" in response.text and not Claim.objects.exists()


def test_viewer_cannot_mark_claims(client, viewer, article):
    client.force_login(viewer)
    assert client.post(f"/articles/{article.pk}/claims/new/", {"start": 0, "end": 5}).status_code == 403


# -- editing in place ------------------------------------------------------------------


def test_attribution_saves_in_place_and_links_an_existing_speaker(client, checker, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    katz = SpeakerFactory(desk=article.desk, name="Israel Katz")
    client.force_login(checker)
    response = client.post(
        f"/claims/{claim.pk}/attribution/",
        _attribution_data(claim, speaker_name="israel  katz", attribution_type="named_person", cue="said"),
        headers=HX,
    )
    # A saved part re-renders the whole panel, so every part carries the new version.
    assert response.status_code == 200 and response.text.lstrip().startswith('<aside id="panel"')
    assert response["HX-Retarget"] == "#panel" and response["HX-Reswap"] == "outerHTML"
    claim.refresh_from_db()
    assert response.text.count(f'name="version" value="{claim.version}"') >= 2
    assert f'name="version" value="{claim.version - 1}"' not in response.text
    assert claim.speaker == katz and claim.cue == "said" and claim.verdict_by == checker
    assert Speaker.objects.count() == 1


def test_invalid_attribution_rerenders_with_the_error_and_the_input(client, checker, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    client.force_login(checker)
    response = client.post(
        f"/claims/{claim.pk}/attribution/",
        _attribution_data(claim, attribution_type="anonymous", speaker_name="A Named Person", attribution="my words"),
        headers=HX,
    )
    assert response.status_code == 200
    assert "An anonymous source has no named speaker" in response.text
    assert "A Named Person" in response.text and "my words" in response.text
    claim.refresh_from_db()
    assert claim.attribution == ""


def test_stale_attribution_edit_gets_a_409_conflict_panel_and_overwrites_nothing(client, checker, editor, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    read_version = claim.version
    client.force_login(editor)
    client.post(f"/claims/{claim.pk}/attribution/", _attribution_data(claim, attribution="Their wording"), headers=HX)
    client.force_login(checker)
    response = client.post(
        f"/claims/{claim.pk}/attribution/",
        _attribution_data(claim, attribution="My wording", version=read_version),
        headers=HX,
    )
    assert response.status_code == 409
    assert 'class="conflict"' in response.text
    assert "Their wording" in response.text and "My wording" in response.text
    claim.refresh_from_db()
    assert claim.attribution == "Their wording"
    # The form in the conflict panel carries the new version: reapplying mine works.
    reapply = response.context["attribution_form"].data
    assert client.post(f"/claims/{claim.pk}/attribution/", reapply, headers=HX).status_code == 200
    claim.refresh_from_db()
    assert claim.attribution == "My wording"


def test_verdict_from_another_desk_is_refused(client, editor, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    foreign = RatingFactory()
    client.force_login(editor)
    response = client.post(
        f"/claims/{claim.pk}/verdict/", {"rating": foreign.pk, "summary": "x", "version": claim.version}, headers=HX
    )
    assert "Select a valid choice" in response.text
    claim.refresh_from_db()
    assert claim.rating is None


def test_verdict_saves_and_voids_an_approval(client, checker, editor, desk_admin, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33, rating=RatingFactory(desk=article.desk))
    SourceFactory(claim=claim)
    claim.submit(by=checker)
    claim.approve(by=editor)
    true = RatingFactory(desk=article.desk, slug="true", label="True", value=5)
    client.force_login(checker)  # approved: no longer the checker's to change
    data = {"rating": true.pk, "summary": "New data", "version": claim.version}
    assert client.post(f"/claims/{claim.pk}/verdict/", data, headers=HX).status_code == 403
    client.force_login(desk_admin)
    response = client.post(f"/claims/{claim.pk}/verdict/", data, headers=HX)
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.rating == true and claim.stage == Stage.REVIEW and claim.verdict_by == desk_admin
    assert Notification.objects.filter(user=editor, verb="voided").exists()


def test_checker_cannot_edit_a_claim_assigned_to_someone_else(client, checker, editor, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    claim.assign(editor, by=editor)
    client.force_login(checker)
    assert client.post(f"/claims/{claim.pk}/attribution/", _attribution_data(claim)).status_code == 403


# -- sources -----------------------------------------------------------------------------


def test_add_edit_and_remove_a_source(client, checker, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    client.force_login(checker)
    response = client.post(
        f"/claims/{claim.pk}/sources/",
        {
            "version": claim.version,
            "source-url": "https://gov.example/statement",
            "source-stance": "refutes",
            "source-kind": "statement",
            "source-title": "Ministry statement",
            "source-publisher": "Ministry",
            "source-accessed": "2025-02-07",
            "source-archive_url": "https://archive.example/abc",
        },
        headers=HX,
    )
    assert response.status_code == 200 and "Ministry statement" in response.text
    assert "stance-refutes" in response.text and "https://archive.example/abc" in response.text
    source = Source.objects.get()
    assert source.added_by == checker
    edit = client.get(f"/sources/{source.pk}/edit/", headers=HX)
    assert f'action="/sources/{source.pk}/edit/"' in edit.text
    claim.refresh_from_db()
    response = client.post(
        f"/sources/{source.pk}/edit/",
        {
            "version": claim.version,
            f"source-{source.pk}-url": source.url,
            f"source-{source.pk}-stance": "supports",
            f"source-{source.pk}-kind": "statement",
            f"source-{source.pk}-accessed": "2025-02-07",
        },
        headers=HX,
    )
    assert response.status_code == 200
    source.refresh_from_db()
    assert source.stance == "supports"
    claim.refresh_from_db()
    assert client.post(f"/sources/{source.pk}/delete/", {"version": claim.version}, headers=HX).status_code == 200
    assert not Source.objects.exists()
    assert source.history.filter(history_type="-").exists()  # restorable from history


def test_invalid_source_keeps_the_input(client, checker, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    client.force_login(checker)
    response = client.post(
        f"/claims/{claim.pk}/sources/",
        {
            "version": claim.version,
            "source-url": "not a url",
            "source-stance": "supports",
            "source-kind": "news",
            "source-title": "Kept title",
        },
        headers=HX,
    )
    assert "Enter a valid URL" in response.text and "Kept title" in response.text
    assert not Source.objects.exists()


def test_adding_a_source_with_a_stale_version_is_a_409_that_keeps_the_input_and_saves_nothing(
    client, checker, editor, article
):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    read_version = claim.version
    claim.summary = "The editor's reasoning, saved meanwhile"
    assert claim.change(by=editor, version=read_version, fields=["summary"])
    claim.refresh_from_db()
    assert claim.version > read_version
    client.force_login(checker)
    typed = {
        "source-url": "https://gov.example/typed-by-hand",
        "source-stance": "refutes",
        "source-kind": "statement",
        "source-title": "Typed title",
        "source-accessed": "2025-02-07",
    }
    response = client.post(f"/claims/{claim.pk}/sources/", {"version": read_version, **typed}, headers=HX)
    assert response.status_code == 409
    assert response.text.lstrip().startswith('<section id="sources"')
    assert f"now version {claim.version}" in response.text and "nothing was saved" in response.text
    assert 'value="https://gov.example/typed-by-hand"' in response.text and "Typed title" in response.text
    assert not Source.objects.exists()
    refreshed = Claim.objects.get(pk=claim.pk)
    assert refreshed.version == claim.version and refreshed.verdict_by == editor
    # The re-rendered form carries the current version: sending it again adds the source.
    assert f'name="version" value="{claim.version}"' in response.text
    response = client.post(f"/claims/{claim.pk}/sources/", {"version": claim.version, **typed}, headers=HX)
    assert response.status_code == 200 and Source.objects.get().url == "https://gov.example/typed-by-hand"


def test_a_source_post_without_a_version_is_refused(client, checker, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    source = SourceFactory(claim=claim, stance="supports")
    client.force_login(checker)
    response = client.post(f"/sources/{source.pk}/delete/", headers=HX)
    assert response.status_code == 409 and "nothing was saved" in response.text
    response = client.post(
        f"/sources/{source.pk}/edit/",
        {
            f"source-{source.pk}-url": source.url,
            f"source-{source.pk}-stance": "refutes",
            f"source-{source.pk}-kind": "news",
            f"source-{source.pk}-accessed": "2025-02-07",
        },
        headers=HX,
    )
    assert response.status_code == 409
    source.refresh_from_db()
    assert source.stance == "supports" and Source.objects.count() == 1


def test_editing_a_source_of_an_approved_claim_sends_it_back_to_review_and_clears_the_approval(
    client, checker, editor, desk_admin, article
):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33, rating=RatingFactory(desk=article.desk))
    source = SourceFactory(claim=claim, stance="supports")
    claim.submit(by=checker)
    claim.approve(by=editor)
    claim.refresh_from_db()
    assert claim.stage == Stage.APPROVED and claim.approved_by == editor
    client.force_login(desk_admin)
    response = client.post(
        f"/sources/{source.pk}/edit/",
        {
            "version": claim.version,
            f"source-{source.pk}-url": source.url,
            f"source-{source.pk}-stance": "refutes",
            f"source-{source.pk}-kind": "news",
            f"source-{source.pk}-accessed": "2025-02-07",
        },
        headers=HX,
    )
    assert response.status_code == 200
    source.refresh_from_db()
    claim.refresh_from_db()
    assert source.stance == "refutes"
    assert claim.stage == Stage.REVIEW and claim.approved_by is None and claim.approved_version is None
    assert claim.verdict_by == desk_admin  # who changed the evidence cannot approve it now
    voided = claim.stage_changes.get(old=Stage.APPROVED, new=Stage.REVIEW)
    assert voided.by == desk_admin and voided.comment == "Approval voided by an edit (Source edited)"
    assert Notification.objects.filter(user=editor, verb="voided").exists()


def test_stranger_cannot_touch_a_source(client, stranger, article):
    source = SourceFactory(claim=ClaimFactory(desk=article.desk, article=article, start=0, end=33))
    client.force_login(stranger)
    assert client.get(f"/sources/{source.pk}/edit/").status_code == 404
    assert client.post(f"/sources/{source.pk}/delete/").status_code == 404
    assert Source.objects.exists()


# -- notes -------------------------------------------------------------------------------


def test_threaded_notes_reply_resolve_reopen_and_mentions(client, checker, editor, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    client.force_login(checker)
    client.post(f"/claims/{claim.pk}/notes/", {"body": "Is the figure right, @edna?"}, headers=HX)
    note = Note.objects.get()
    assert Notification.objects.filter(user=editor, verb="mention").count() == 1
    client.force_login(editor)
    response = client.post(f"/claims/{claim.pk}/notes/", {"body": "Yes, see page 4.", "parent": note.pk}, headers=HX)
    assert response.text.lstrip().startswith('<aside id="panel"') and "Yes, see page 4." in response.text
    reply = Note.objects.get(parent=note)
    assert reply.body == "Yes, see page 4."
    assert Notification.objects.filter(user=checker, verb="reply").count() == 1
    client.post(f"/notes/{note.pk}/resolve/", {"action": "resolve"}, headers=HX)
    note.refresh_from_db()
    assert note.is_resolved
    response = client.post(f"/notes/{note.pk}/resolve/", {"action": "reopen"}, headers=HX)
    note.refresh_from_db()
    assert not note.is_resolved and "Resolve" in response.text


def test_empty_note_is_refused_with_a_message(client, checker, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    client.force_login(checker)
    response = client.post(f"/claims/{claim.pk}/notes/", {"body": ""}, headers=HX)
    assert "This field is required" in response.text and not Note.objects.exists()


def test_viewer_cannot_write_notes(client, viewer, article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    client.force_login(viewer)
    assert client.post(f"/claims/{claim.pk}/notes/", {"body": "hi"}).status_code == 403


# -- checklist over every write view -----------------------------------------------------


def _write_urls(claim, source, note):
    return [
        f"/articles/{claim.article_id}/claims/new/",
        f"/claims/{claim.pk}/attribution/",
        f"/claims/{claim.pk}/verdict/",
        f"/claims/{claim.pk}/sources/",
        f"/claims/{claim.pk}/notes/",
        f"/claims/{claim.pk}/transition/",
        f"/sources/{source.pk}/edit/",
        f"/sources/{source.pk}/delete/",
        f"/notes/{note.pk}/resolve/",
    ]


@pytest.fixture
def objects(article):
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    return claim, SourceFactory(claim=claim), NoteFactory(claim=claim)


def test_write_views_send_anonymous_to_login(client, objects):
    for url in _write_urls(*objects):
        response = client.post(url)
        assert response.status_code == 302 and response.url.startswith("/login/"), url


def test_write_views_are_404_for_a_stranger(client, stranger, objects):
    client.force_login(stranger)
    for url in _write_urls(*objects):
        assert client.post(url).status_code == 404, url


def test_write_views_refuse_the_wrong_method(client, editor, objects):
    client.force_login(editor)
    for url in _write_urls(*objects):
        assert client.put(url).status_code == 405, url


def test_unknown_ids_are_404(client, editor):
    client.force_login(editor)
    for url in ["/claims/0/attribution/", "/sources/0/edit/", "/notes/0/resolve/", "/articles/0/claims/new/"]:
        assert client.post(url).status_code == 404, url


def test_speaker_autocomplete_lists_matching_speakers_of_my_desks(client, checker, desk):
    SpeakerFactory(desk=desk, name="Israel Katz", title="Defense Minister")
    SpeakerFactory(desk=desk, name="Ana Ruiz")
    SpeakerFactory(name="Israel Katz Elsewhere")  # another desk
    client.force_login(checker)
    response = client.get("/speakers/options/", {"speaker_name": "kat"}, headers=HX)
    assert response.text.startswith('<datalist id="speaker-options">')
    assert '<option value="Israel Katz">Defense Minister</option>' in response.text
    assert "Ana Ruiz" not in response.text and "Elsewhere" not in response.text


def test_editor_revises_the_text_and_sees_the_reanchoring_report(client, editor, article):
    kept = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    lost = ClaimFactory(desk=article.desk, article=article, start=34, end=84)
    client.force_login(editor)
    form = client.get(f"/articles/{article.pk}/revise/").context["form"]
    assert form.initial["text"] == TEXT
    new_text = "Update: " + TEXT.replace("The minister warned that 300 trucks were waiting. ", "")
    response = client.post(f"/articles/{article.pk}/revise/", {"text": new_text, "reason": "Trucks line removed"})
    assert response.status_code == 302
    page = client.get(response.url)
    assert "1 were re-anchored, 1 could not be found" in page.text
    assert "Orphaned claims (1)" in page.text
    kept.refresh_from_db()
    lost.refresh_from_db()
    article.refresh_from_db()
    assert article.text[kept.start : kept.end] == kept.quote and lost.is_orphaned
    assert article.history.latest().history_change_reason == "Trucks line removed"


def test_revision_is_for_editors_and_refuses_empty_text(client, checker, editor, article):
    client.force_login(checker)
    assert client.get(f"/articles/{article.pk}/revise/").status_code == 403
    client.force_login(editor)
    response = client.post(f"/articles/{article.pk}/revise/", {"text": "  ", "reason": "oops"})
    assert "The revised text is empty" in response.text and "oops" in response.text


def test_a_malformed_claim_parameter_is_404_not_a_crash(client, checker, article):
    client.force_login(checker)
    assert client.get(f"{article.get_absolute_url()}?claim=abc").status_code == 404
    assert client.get(f"/articles/{article.pk}/claims/new/?suggestion=abc").status_code == 404


def _public_page(client, claim) -> str:
    response = client.get(f"/published/{claim.pk}/")
    assert response.status_code == 200
    return response.text


def test_an_edit_to_a_published_claim_goes_back_to_review_and_the_public_keeps_the_published_version(
    client, checker, editor, desk_admin, article
):
    claim = ClaimFactory(
        desk=article.desk,
        article=article,
        start=0,
        end=33,
        rating=RatingFactory(desk=article.desk),
        summary="First reading",
    )
    SourceFactory(claim=claim)
    claim.submit(by=checker)
    claim.approve(by=editor)
    claim.publish(by=editor)
    assert client.get(f"/claims/{claim.pk}/claimreview.json").json()["reviewBody"] == "First reading"
    client.force_login(desk_admin)
    claim.refresh_from_db()
    data = {"rating": claim.rating_id, "summary": "A new reading of the data", "version": claim.version}
    assert client.post(f"/claims/{claim.pk}/verdict/", data, headers=HX).status_code == 200
    claim.refresh_from_db()
    assert claim.stage == Stage.REVIEW and claim.approved_by is None and claim.approved_version is None
    assert claim.stage_changes.filter(old=Stage.PUBLISHED, new=Stage.REVIEW, by=desk_admin).exists()
    client.logout()
    # Still public, exactly as approved: the draft correction is not shown until it is approved.
    page = _public_page(client, claim)
    assert "First reading" in page and "A new reading of the data" not in page and "Corrections" not in page
    assert client.get(f"/claims/{claim.pk}/claimreview.json").json()["reviewBody"] == "First reading"
    feed = client.get(f"/desks/{article.desk.slug}/claimreview.json").json()
    assert [item["reviewBody"] for item in feed["results"]] == ["First reading"]
    # A second person approves the correction and it is published: now the public sees it, with the log.
    claim.approve(by=editor)
    claim.publish(by=editor)
    page = _public_page(client, claim)
    assert "A new reading of the data" in page and "First reading" not in page
    assert "Corrections" in page and "corrected: reasoning" in page and "first published" in page
    assert client.get(f"/claims/{claim.pk}/claimreview.json").json()["reviewBody"] == "A new reading of the data"
    assert claim.publications.count() == 2 and claim.publications.get(is_current=True).number == 2


def test_saving_an_unchanged_form_does_not_make_you_the_verdict_author(client, checker, editor, article):
    """Otherwise a re-save would let the real author approve their own verdict."""
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33, rating=RatingFactory(desk=article.desk))
    claim.summary = "The editor's reasoning"
    assert claim.change(by=editor, version=claim.version, fields=["summary"])
    claim.refresh_from_db()
    assert claim.verdict_by == editor
    client.force_login(checker)
    data = {"rating": claim.rating_id, "summary": claim.summary, "version": claim.version}
    client.post(f"/claims/{claim.pk}/verdict/", data, headers=HX)
    claim.refresh_from_db()
    assert claim.verdict_by == editor


def test_non_ascii_digits_in_ids_are_404_not_a_crash(client, checker, article):
    client.force_login(checker)
    assert client.get(f"{article.get_absolute_url()}?claim=²").status_code == 404
    assert client.get(f"/articles/{article.pk}/claims/new/?suggestion=²").status_code == 404
    claim = ClaimFactory(desk=article.desk, article=article, start=0, end=33)
    response = client.post(f"/claims/{claim.pk}/history/restore/", {"kind": "source", "history_id": "abc"})
    assert response.status_code == 404
