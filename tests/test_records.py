"""The desk's memory as pages: a speaker's record (and merging duplicates), an outlet's
sourcing, the editors' dashboard, and the server-drawn charts they show."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from claims.charts import PLOT_TOP, stacked_bars
from claims.models import AttributionType, Claim, Speaker, SpeakerAlias, Stage, Suggestion, Tag

from .factories import ArticleFactory, ClaimFactory, OutletFactory, RatingFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def _claim(desk, **fields) -> Claim:
    return ClaimFactory(desk=desk, **fields)


# -- charts ------------------------------------------------------------------------------


@given(
    st.lists(st.dictionaries(st.sampled_from(["a", "b", "c"]), st.integers(0, 10_000), max_size=3), max_size=15),
    st.booleans(),
)
def test_stacked_bars_stay_inside_the_plot_and_percent_bars_fill_it(columns, percent):
    series = [("a", "A", "#000000"), ("b", "B", "#111111"), ("c", "C", "#222222")]
    chart = stacked_bars("t", [(str(n), c) for n, c in enumerate(columns)], series, percent=percent)
    plot = chart.baseline - PLOT_TOP
    for bar in chart.bars:
        height = sum(s.height for s in bar.segments)
        assert height <= plot + 0.1
        assert all(s.y >= PLOT_TOP - 0.1 for s in bar.segments)
        if percent and bar.total:
            assert abs(height - plot) < 0.1
        assert bar.x >= 0 and bar.x + bar.width <= chart.width + 0.1
    assert chart.is_empty == (not any(sum(c.values()) for c in columns))


def test_the_axis_rounds_up_to_a_readable_number():
    chart = stacked_bars("t", [("x", {"a": 37})], [("a", "A", "#000")])
    assert chart.axis_max == 50 and [label for label, _ in chart.ticks] == ["0", "25", "50"]


# -- a speaker's record ------------------------------------------------------------------


def test_a_speakers_page_tallies_verdicts_by_month_and_attribution(client, desk, viewer):
    speaker = SpeakerFactory(desk=desk, name="Ana Ruiz", title="Prime Minister")
    false = RatingFactory(desk=desk)
    march = ArticleFactory(desk=desk, published=dt.date(2025, 3, 14))
    _claim(desk, speaker=speaker, rating=false, article=march, attribution_type=AttributionType.NAMED_PERSON)
    _claim(desk, speaker=speaker, rating=false, article=march, attribution_type=AttributionType.OFFICIAL_TITLE)
    _claim(desk, speaker=speaker, article=ArticleFactory(desk=desk, published=dt.date(2025, 5, 2)))
    _claim(desk)  # someone else's
    client.force_login(viewer)
    page = client.get(speaker.get_absolute_url())
    assert page.status_code == 200
    text = page.text
    assert "Ana Ruiz" in text and "Prime Minister" in text and "All 3 claims in the list" in text
    assert f'?speaker={speaker.pk}&amp;rating={false.pk}">False</a></td><td class="num">2</td>' in text
    assert 'No verdict yet</td><td class="num">1</td>' in text
    assert "<svg" in text and "2025-03" in text and "2025-05" in text
    assert f'href="/claims/?speaker={speaker.pk}&amp;month=2025-03"' in text  # the claims behind a bar
    assert 'Named person</td><td class="num">1</td><td class="num">33%' in text


def test_a_speakers_numbers_download_as_csv(client, desk, viewer):
    speaker = SpeakerFactory(desk=desk)
    _claim(
        desk,
        speaker=speaker,
        rating=RatingFactory(desk=desk),
        article=ArticleFactory(desk=desk, published=dt.date(2025, 3, 1)),
    )
    client.force_login(viewer)
    rows = list(csv.reader(io.StringIO(client.get(f"{speaker.get_absolute_url()}?format=csv").text)))
    assert rows == [["month", "claims", "False", "No verdict yet"], ["2025-03", "1", "1", "0"]]


def test_a_speaker_of_another_desk_is_not_found(client, desk, stranger):
    speaker = SpeakerFactory(desk=desk)
    client.force_login(stranger)
    assert client.get(speaker.get_absolute_url()).status_code == 404
    assert client.get("/speakers/999999/").status_code == 404
    client.logout()
    assert client.get(speaker.get_absolute_url()).status_code == 302


@pytest.mark.parametrize("rows", [1, 12])
def test_a_speakers_page_takes_the_same_queries_for_1_and_n_claims(
    client, desk, viewer, rows, django_assert_num_queries
):
    speaker = SpeakerFactory(desk=desk)
    rating = RatingFactory(desk=desk)
    for n in range(rows):
        _claim(desk, speaker=speaker, rating=rating if n % 2 else None)
    client.force_login(viewer)
    with django_assert_num_queries(12):
        assert client.get(speaker.get_absolute_url()).status_code == 200


def test_merging_a_duplicate_speaker_moves_its_claims_through_the_review_rule(client, desk, checker, editor):
    ana = SpeakerFactory(desk=desk, name="Ana Ruiz")
    dupe = SpeakerFactory(desk=desk, name="A. Ruiz")
    claim = _claim(desk, speaker=dupe, rating=RatingFactory(desk=desk))
    SourceFactory(claim=claim)
    claim.submit(by=checker)
    claim.approve(by=editor)
    client.force_login(editor)
    response = client.post(f"/speakers/{ana.pk}/merge/", {"other": "a. ruiz"}, follow=True)
    assert "merged into “Ana Ruiz”: 1 claims moved" in response.text
    claim.refresh_from_db()
    assert claim.speaker == ana and claim.stage == Stage.REVIEW  # the approval of what it showed is void
    assert claim.history.first().history_change_reason == "Speaker “A. Ruiz” merged into “Ana Ruiz”"
    assert not Speaker.objects.filter(pk=dupe.pk).exists()
    alias = SpeakerAlias.objects.get()
    assert (alias.speaker, alias.name, alias.merged_by) == (ana, "A. Ruiz", editor)
    assert "Also known as: <bdi>A. Ruiz</bdi>" in response.text
    # A suggestion accepted later under the old name lands on the merged speaker.
    assert Speaker.get_or_create_named(desk, "A.  Ruiz") == (ana, False)


def test_merging_needs_an_editor_and_another_speaker_of_the_same_desk(client, desk, checker, editor, stranger):
    ana = SpeakerFactory(desk=desk, name="Ana Ruiz")
    elsewhere = SpeakerFactory(name="Ana Ruiz")  # another desk's
    client.force_login(checker)
    assert client.post(f"/speakers/{ana.pk}/merge/", {"other": "x"}).status_code == 403
    client.force_login(stranger)
    assert client.post(f"/speakers/{ana.pk}/merge/", {"other": "x"}).status_code == 404
    client.force_login(editor)
    for typed in (str(elsewhere.pk), str(ana.pk), "Nobody", "", "9" * 30):
        page = client.post(f"/speakers/{ana.pk}/merge/", {"other": typed}, follow=True)
        assert page.status_code == 200 and ("No other speaker" in page.text or "Name the speaker" in page.text), typed
    assert Speaker.objects.count() == 2
    assert client.get(f"/speakers/{ana.pk}/merge/").status_code == 405


# -- an outlet's sourcing ------------------------------------------------------------------


def test_an_outlets_page_shows_its_sourcing_by_month_and_its_anonymity_reasons(client, desk, viewer):
    outlet = OutletFactory(desk=desk, name="Courier")
    article = ArticleFactory(desk=desk, outlet=outlet, published=dt.date(2025, 3, 14))
    reason = "to discuss closed-door talks"
    _claim(desk, article=article, attribution_type=AttributionType.ANONYMOUS, anonymity_reason=reason)
    _claim(desk, article=article, attribution_type=AttributionType.ANONYMOUS, anonymity_reason=reason)
    _claim(desk, article=article, attribution_type=AttributionType.ANONYMOUS)
    _claim(desk, article=article, attribution_type=AttributionType.NAMED_PERSON)
    _claim(desk)  # another outlet's
    client.force_login(viewer)
    page = client.get(outlet.get_absolute_url())
    assert page.status_code == 200
    text = page.text
    assert 'Anonymous</a></td><td class="num">3</td><td class="num">75%' in text
    assert f'<td dir="auto">{reason}</td><td class="num">2</td>' in text
    assert "1 anonymous claim</a> with no reason given" in text
    assert "<svg" in text and "(75%)" in text
    assert f'href="/claims/?outlet={outlet.pk}&amp;month=2025-03"' in text
    rows = list(csv.reader(io.StringIO(client.get(f"{outlet.get_absolute_url()}?format=csv").text)))
    assert rows[1][:2] == ["2025-03", "4"] and rows[0][2] == "Named person"


def test_the_month_filter_lists_the_claims_behind_a_bar(client, desk, viewer):
    outlet = OutletFactory(desk=desk)
    march = _claim(desk, article=ArticleFactory(desk=desk, outlet=outlet, published=dt.date(2025, 3, 14)))
    _claim(desk, article=ArticleFactory(desk=desk, outlet=outlet, published=dt.date(2025, 4, 1)))
    undated = _claim(desk, article=ArticleFactory(desk=desk, outlet=outlet, published=None))
    client.force_login(viewer)
    listed = client.get(f"/claims/?outlet={outlet.pk}&month=2025-03").context["page"].object_list
    assert [c.pk for c in listed] == [march.pk]
    this_month = timezone.localdate().strftime("%Y-%m")
    listed = client.get(f"/claims/?outlet={outlet.pk}&month={this_month}").context["page"].object_list
    assert [c.pk for c in listed] == [undated.pk]  # no article date: the claim's own month
    for bad in ("2025-13", "March", "2025-3", "99999-01"):
        assert client.get(f"/claims/?month={bad}").status_code == 200


@pytest.mark.parametrize("rows", [1, 9])
def test_an_outlets_page_takes_the_same_queries_for_1_and_n_claims(
    client, desk, viewer, rows, django_assert_num_queries
):
    outlet = OutletFactory(desk=desk)
    for n in range(rows):
        _claim(desk, article=ArticleFactory(desk=desk, outlet=outlet), attribution_type=list(AttributionType)[n % 6])
    client.force_login(viewer)
    with django_assert_num_queries(12):
        assert client.get(outlet.get_absolute_url()).status_code == 200


def test_an_outlet_of_another_desk_is_not_found(client, desk, stranger):
    outlet = OutletFactory(desk=desk)
    client.force_login(stranger)
    assert client.get(outlet.get_absolute_url()).status_code == 404


# -- the dashboard ---------------------------------------------------------------------------


def test_the_dashboard_shows_the_weeks_flow_stage_times_overdue_verdicts_and_the_suggester(
    client, desk, checker, editor
):
    rating = RatingFactory(desk=desk)
    claim = _claim(desk, rating=rating)
    SourceFactory(claim=claim)
    claim.assign(checker, by=editor, due=timezone.localdate() - dt.timedelta(days=2))
    claim.submit(by=checker)
    _claim(desk)
    article = ArticleFactory(desk=desk, text="Prime Minister Ana Ruiz said the bridge would reopen in May.")
    Suggestion.refresh_for(article)
    article.suggestions.first().reject(by=checker)
    client.force_login(editor)
    page = client.get(f"/desks/{desk.slug}/dashboard/")
    assert page.status_code == 200
    text = page.text
    assert "<svg" in text and "Claims created, submitted and published, by week" in text
    week = page.context["flow_table"][-1]
    assert week[1] == 3 and [count for count, _ in week[2]] == [2, 1, 0]  # created 2, submitted 1
    assert [label for label, _, _ in page.context["stage_times"]] == ["New", "In research"]  # assigned, submitted
    assert f'?assignee={checker.username}">{checker.username}</a></td><td class="num">1</td>' in text
    assert f"?rating={rating.pk}" in text
    assert page.context["suggestions"] and page.context["suggestions"][0][1:] == (0, 0, 1, 0)
    rows = list(csv.reader(io.StringIO(client.get(f"/desks/{desk.slug}/dashboard/?format=csv").text)))
    assert rows[0] == ["week", "total", "created", "submitted", "published"] and rows[-1][1] == "3"


def test_the_dashboard_is_for_editors(client, desk, checker, stranger):
    client.force_login(checker)
    assert client.get(f"/desks/{desk.slug}/dashboard/").status_code == 403
    client.force_login(stranger)
    assert client.get(f"/desks/{desk.slug}/dashboard/").status_code == 404
    assert client.get("/desks/no-such-desk/dashboard/").status_code == 404


@pytest.mark.parametrize("rows", [1, 10])
def test_the_dashboard_takes_the_same_queries_for_1_and_n_claims(client, desk, editor, rows, django_assert_num_queries):
    rating = RatingFactory(desk=desk)
    for _ in range(rows):
        _claim(desk, rating=rating, due=timezone.localdate() - dt.timedelta(days=1), assignee=editor)
    client.force_login(editor)
    with django_assert_num_queries(14):
        assert client.get(f"/desks/{desk.slug}/dashboard/").status_code == 200


# -- tags ------------------------------------------------------------------------------------


def test_tags_are_parsed_trimmed_and_deduplicated():
    assert Tag.parse(" Elections ,elections, , Gaza  ceasefire,") == ["Elections", "Gaza ceasefire"]
    assert Tag.parse("") == [] and len(Tag.parse(",".join(f"t{n}" for n in range(50)))) == 20


@given(st.text(max_size=200))
def test_tag_parsing_never_yields_an_empty_or_overlong_name(typed):
    for name in Tag.parse(typed):
        assert name.strip() and len(name) <= 60


def test_a_checker_tags_a_claim_in_the_panel_and_the_list_filters_by_it(client, desk, checker, viewer):
    claim = _claim(desk)
    other = _claim(desk)
    client.force_login(checker)
    fragment = client.post(
        f"/claims/{claim.pk}/tags/", {"tags": "Elections, Gaza ceasefire"}, headers={"HX-Request": "true"}
    )
    assert fragment.status_code == 200 and fragment.text.lstrip().startswith('<section id="tags"')
    assert '?tag=gaza-ceasefire" dir="auto">Gaza ceasefire</a>' in fragment.text
    assert sorted(claim.tags.values_list("name", flat=True)) == ["Elections", "Gaza ceasefire"]
    version = Claim.objects.get(pk=claim.pk).version
    client.post(f"/claims/{other.pk}/tags/", {"tags": "elections"})  # the same tag, another claim
    assert Tag.objects.filter(desk=desk).count() == 2
    assert Claim.objects.get(pk=claim.pk).version == version  # a label is not an edit of the claim
    client.force_login(viewer)
    listed = client.get("/claims/?tag=Elections").context["page"].object_list
    assert sorted(c.pk for c in listed) == sorted([claim.pk, other.pk])
    assert [c.pk for c in client.get("/claims/?tag=gaza-ceasefire").context["page"].object_list] == [claim.pk]
    assert client.post(f"/claims/{claim.pk}/tags/", {"tags": "x"}).status_code == 403  # viewers read


def test_tags_show_in_the_api_and_filter_it(client, desk, checker):
    claim = _claim(desk)
    claim.set_tags(["Elections"])
    _claim(desk)
    client.force_login(checker)
    body = client.get("/api/claims/?tag=elections").json()
    assert [row["id"] for row in body["results"]] == [claim.pk] and body["results"][0]["tags"] == ["Elections"]


def test_another_desks_tag_of_the_same_name_filters_nothing_here(client, desk, viewer):
    elsewhere = ClaimFactory()
    elsewhere.set_tags(["Elections"])
    client.force_login(viewer)
    assert list(client.get("/claims/?tag=elections").context["page"].object_list) == []


def test_speaker_and_outlet_pages_list_the_tags_of_their_claims(client, desk, viewer):
    speaker = SpeakerFactory(desk=desk)
    claim = _claim(desk, speaker=speaker)
    claim.set_tags(["Elections"])
    client.force_login(viewer)
    assert f"?speaker={speaker.pk}&amp;tag=elections" in client.get(speaker.get_absolute_url()).text
    outlet = claim.article.outlet
    assert f"?outlet={outlet.pk}&amp;tag=elections" in client.get(outlet.get_absolute_url()).text


# -- checked before? ---------------------------------------------------------------------------


def test_the_panel_loads_the_closest_checked_claims_with_why_they_matched(client, desk, checker):
    rating = RatingFactory(desk=desk)
    earlier = _claim(desk, text="The bridge repairs cost 4 million euros, the ministry said.", rating=rating)
    _claim(desk, text="Schools will stay open all winter.", rating=rating)
    _claim(desk, text="The bridge repairs cost 4 million euros.")  # no verdict: not a check yet
    new = _claim(desk, text="Repairs of the bridge cost 4 million euros")
    client.force_login(checker)
    panel = client.get(new.get_absolute_url())
    assert f'hx-get="/claims/{new.pk}/checked-before/" hx-trigger="load"' in panel.text
    fragment = client.get(f"/claims/{new.pk}/checked-before/", headers={"HX-Request": "true"})
    assert fragment.text.lstrip().startswith('<section id="checked-before"')
    checks = fragment.context["checks"]
    assert checks[0].claim == earlier and "<mark>" in fragment.text
    assert "<strong>False</strong>" in fragment.text and "Same claim" in fragment.text
    assert client.get(f"/claims/{new.pk}/checked-before/").status_code == 200  # the page without htmx


def test_linking_the_same_claim_is_kept_on_both_and_shown_on_the_public_page(client, desk, checker, editor):
    rating = RatingFactory(desk=desk)
    earlier = _claim(desk, text="The bridge repairs cost 4 million euros.", rating=rating)
    SourceFactory(claim=earlier)
    earlier.submit(by=checker)
    earlier.approve(by=editor)
    earlier.publish(by=editor)
    new = _claim(desk, text="Bridge repairs cost 4 million euros", rating=rating)
    client.force_login(checker)
    fragment = client.post(
        f"/claims/{new.pk}/same-as/", {"other": earlier.pk, "action": "link"}, headers={"HX-Request": "true"}
    )
    assert "Same claim as:" in fragment.text and "Unlink" in fragment.text
    assert list(new.same_as()) == [earlier] and list(earlier.same_as()) == [new]
    SourceFactory(claim=new)
    new.submit(by=checker)
    new.approve(by=editor)
    new.publish(by=editor)
    public = client.get(f"/published/{new.pk}/")
    assert "See also" in public.text and f'href="/published/{earlier.pk}/"' in public.text
    client.post(f"/claims/{new.pk}/same-as/", {"other": earlier.pk, "action": "unlink"})
    assert not new.same_as().exists()


def test_an_unpublished_linked_claim_never_shows_on_the_public_page(client, desk, checker, editor):
    rating = RatingFactory(desk=desk)
    draft = _claim(desk, rating=rating)
    published = _claim(desk, rating=rating)
    SourceFactory(claim=published)
    published.submit(by=checker)
    published.approve(by=editor)
    published.publish(by=editor)
    from claims.models import ClaimLink

    ClaimLink.link(published, draft, by=checker)
    assert "See also" not in client.get(f"/published/{published.pk}/").text


def test_linking_needs_a_checker_and_a_claim_of_the_same_desk(client, desk, checker, viewer):
    claim = _claim(desk)
    elsewhere = ClaimFactory()
    client.force_login(viewer)
    assert client.post(f"/claims/{claim.pk}/same-as/", {"other": claim.pk}).status_code == 403
    client.force_login(checker)
    for other in (elsewhere.pk, claim.pk, "abc", "9" * 30, ""):
        assert client.post(f"/claims/{claim.pk}/same-as/", {"other": other}).status_code == 404, other


# -- other fact-checkers' checks ---------------------------------------------------------------


def _review(url: str, claim: str, rating: str = "False", publisher: str = "Full Fact") -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim,
        "author": {"@type": "Organization", "name": publisher},
        "reviewRating": {"@type": "Rating", "alternateName": rating},
        "datePublished": "2025-03-14",
    }


def _upload(data) -> object:
    import json

    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("reviews.jsonld", json.dumps(data).encode(), "application/ld+json")


def test_an_editor_imports_claimreview_and_checked_before_shows_it(client, desk, editor):
    feed = {
        "@type": "DataFeed",
        "dataFeedElement": [
            {"item": [_review("https://fullfact.example/bridge", "The bridge repairs cost 4 million euros")]},
            {"item": _review("https://fullfact.example/schools", "Schools will close all winter", "Misleading")},
            {"item": {"@type": "ClaimReview", "url": "javascript:alert(1)", "claimReviewed": "x"}},  # skipped
        ],
    }
    client.force_login(editor)
    response = client.post("/external-checks/", {"desk": desk.pk, "file": _upload(feed)}, follow=True)
    assert "2 new checks by other fact-checkers imported" in response.text
    response = client.post("/external-checks/", {"desk": desk.pk, "file": _upload(feed)}, follow=True)
    assert "0 new checks" in response.text  # imported once, by URL
    claim = _claim(desk, text="Repairs to the bridge cost 4 million euros")
    fragment = client.get(f"/claims/{claim.pk}/checked-before/", headers={"HX-Request": "true"})
    assert (
        "checked by <bdi>Full Fact</bdi>" in fragment.text and 'href="https://fullfact.example/bridge"' in fragment.text
    )
    assert fragment.context["checks"][0].external.url == "https://fullfact.example/bridge"


def test_a_file_without_claimreview_or_not_json_is_refused_saying_why(client, desk, editor):
    client.force_login(editor)
    page = client.post("/external-checks/", {"desk": desk.pk, "file": _upload({"@type": "Article"})})
    assert page.status_code == 200 and "No ClaimReview with a claim" in page.text
    from django.core.files.uploadedfile import SimpleUploadedFile

    deep = SimpleUploadedFile("x.json", b"[" * 50_000, "application/json")
    page = client.post("/external-checks/", {"desk": desk.pk, "file": deep})
    assert page.status_code == 200 and "nested deeper than 64 levels" in page.text
    bad = SimpleUploadedFile("x.json", b"{not json", "application/json")
    page = client.post("/external-checks/", {"desk": desk.pk, "file": bad})
    assert page.status_code == 200 and "not JSON" in page.text
    assert client.post("/external-checks/", {"desk": desk.pk}).status_code == 200  # neither: a message


def test_a_claimreview_feed_url_is_imported_by_a_job(client, desk, editor, settings):
    import http.server
    import json
    import threading

    body = json.dumps([_review("https://fullfact.example/a", "Claim A")]).encode()

    class Feed(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/ld+json")
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Feed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/claimreview.json"
    settings.FETCH_ALLOW_PRIVATE_URLS = [url]
    client.force_login(editor)
    try:
        response = client.post("/external-checks/", {"desk": desk.pk, "url": url})
    finally:
        server.shutdown()
    from claims.models import ExternalCheck, Job

    job = Job.objects.get()
    assert response.url == job.get_absolute_url() and job.message == "1 new checks by other fact-checkers imported."
    assert ExternalCheck.objects.get(desk=desk).publisher == "Full Fact"


def test_only_editors_import_other_checks(client, desk, checker):
    client.force_login(checker)
    assert client.get("/external-checks/").status_code == 200
    assert client.post("/external-checks/", {"desk": desk.pk}).status_code == 403


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.sampled_from(["@type", "url", "claimReviewed", "item", "@graph", "author", "reviewRating"]),
                children,
                max_size=4,
            )
        ),
        max_leaves=30,
    )
)
def test_parsing_any_json_either_finds_reviews_or_says_none(data):
    from claims.interop.claimreview import ClaimReviewError, parse_claimreviews

    try:
        rows = parse_claimreviews(data)
    except ClaimReviewError:
        return
    assert rows and all(row["url"].startswith(("http://", "https://")) and row["claim_reviewed"] for row in rows)
