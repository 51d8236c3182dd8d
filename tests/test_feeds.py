"""Monitored feeds: polling through the guarded fetcher, importing each item once, triage, the
feeds page, the schedule, and the demo's own feed.

A local server plays the outlets: an RSS feed and an Atom feed of real-looking articles, with
ETag/304, a feed that errors, one that redirects to a private address, a huge one, and an
item whose page is slow.
"""

from __future__ import annotations

import http.server
import io
import threading
import time
from datetime import timedelta
from email.utils import formatdate

import pytest
from django.utils import timezone

from claims import tasks
from claims.models import Article, Feed, Job, JobKind, JobStatus, Outlet, Triage

from .factories import ArticleFactory, DeskFactory

pytestmark = pytest.mark.django_db

BODY = [
    "The harbour of Port Ellen reopened on Friday after six weeks of repairs, the port authority said.",
    "Officials, speaking on condition of anonymity because they were not authorised to talk to reporters, "
    "said the repairs had cost more than 4 million euros.",
    "Mayor Ana Ruiz said the town would hold a ceremony next week. Fishermen welcomed the news, "
    "saying the closure had cost them most of the season's catch.",
]


def page(title: str, extra: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p} {extra}</p>" for p in BODY)
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>".encode()


def rss(base: str, slugs: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Story {s}</title><link>{base}/story/{s}</link><guid>{base}/story/{s}</guid>"
        f"<pubDate>{formatdate(0)}</pubDate></item>"
        for s in slugs
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title><link>{base}/</link>{items}</channel></rss>'.encode()


def atom(base: str, slugs: list[str]) -> bytes:
    entries = "".join(
        f'<entry><title>Atom {s}</title><link href="/story/{s}"/><id>tag:courier,{s}</id><updated>2025-03-14T10:00:00Z</updated></entry>'
        for s in slugs
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>'
        f"<id>tag:courier</id><updated>2025-03-14T10:00:00Z</updated>{entries}</feed>"
    ).encode()


class Outlets(http.server.BaseHTTPRequestHandler):
    requests: list[tuple[str, str]] = []  # (path, If-None-Match)
    items = ["a", "b", "c"]

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        Outlets.requests.append((self.path, self.headers.get("If-None-Match", "")))
        base = f"http://{self.headers['Host']}"
        if self.path == "/rss":
            etag = f'"v{len(Outlets.items)}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self._send("application/rss+xml", rss(base, Outlets.items), etag=etag)
        elif self.path == "/atom":
            self._send("application/atom+xml", atom(base, ["x", "y"]))
        elif self.path == "/broken":
            self.send_error(500, "Internal Server Error")
        elif self.path == "/not-a-feed":
            self._send("text/html", b"<html><body><p>Hello</p></body></html>")
        elif self.path == "/to-private":
            self.send_response(302)
            self.send_header("Location", "http://10.0.0.1/feed")
            self.end_headers()
        elif self.path == "/huge":
            self._send("application/rss+xml", b"<rss version='2.0'><channel>" + b" " * 2_100_000 + b"</channel></rss>")
        elif self.path == "/with-slow-item":
            self._send("application/rss+xml", rss(base, ["quick", "slow"]))
        elif self.path == "/story/slow":
            time.sleep(2)
            self._send("text/html", page("Slow"))
        elif self.path == "/twin":
            self._send("application/rss+xml", rss(base, ["a", "a-copy"]))
        elif self.path.startswith("/story/"):
            slug = self.path.rsplit("/", 1)[1]
            # "a-copy" is the same text as "a" at another address (syndication): imported once.
            self._send("text/html", page(f"Story {slug}", "" if slug in ("a-copy", "a") else slug))
        else:
            self.send_error(404)

    def _send(self, content_type: str, body: bytes, *, etag: str = "") -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def outlets(settings):
    """The local outlet server, allowed as the only private address the fetcher may reach."""
    Outlets.requests, Outlets.items = [], ["a", "b", "c"]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Outlets)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    settings.FETCH_ALLOW_PRIVATE = False
    settings.FETCH_ALLOW_PRIVATE_URLS = [f"{base}/"]
    settings.FETCH_TIMEOUT = 1
    yield base
    server.shutdown()


def _feed(desk, url: str, **fields) -> Feed:
    outlet, _ = Outlet.objects.get_or_create(desk=desk, name="Courier")
    return Feed.objects.create(desk=desk, outlet=outlet, url=url, **fields)


def _poll(feed: Feed) -> Job:
    return Job.start(JobKind.POLL_FEED, desk=feed.desk_id, feed=feed, max_attempts=1)


# -- polling --------------------------------------------------------------------------


def test_a_poll_imports_each_new_item_with_suggestions_into_triage(desk, outlets):
    feed = _feed(desk, f"{outlets}/rss", licence="CC BY 4.0, Courier")
    job = _poll(feed)

    assert job.status == JobStatus.SUCCEEDED, job.error
    assert job.message == "3 new articles imported from 3 items."
    articles = Article.objects.filter(feed=feed)
    assert sorted(articles.values_list("title", flat=True)) == ["Story a", "Story b", "Story c"]
    article = articles.get(title="Story b")
    assert (article.triage, article.outlet.name, article.url) == (Triage.NEW, "Courier", f"{outlets}/story/b")
    assert article.licence == "CC BY 4.0, Courier" and "harbour of Port Ellen" in article.text
    assert article.suggestions.filter(attribution_type="anonymous").exists()
    feed.refresh_from_db()
    assert (feed.items_imported, feed.error_count, feed.etag) == (3, 0, '"v3"')
    assert feed.next_poll > timezone.now() + timedelta(minutes=feed.interval - 1)


def test_a_second_poll_asks_conditionally_and_imports_nothing_again(desk, outlets):
    feed = _feed(desk, f"{outlets}/rss")
    _poll(feed)
    Outlets.requests.clear()

    job = _poll(feed)

    assert job.message == "The feed has not changed since the last poll."
    assert Outlets.requests == [("/rss", '"v3"')]  # 304: no item page fetched
    assert Article.objects.filter(feed=feed).count() == 3


def test_a_changed_feed_fetches_only_its_new_items(desk, outlets):
    feed = _feed(desk, f"{outlets}/rss")
    _poll(feed)
    Outlets.items = ["d", "a", "b", "c"]
    Outlets.requests.clear()

    job = _poll(feed)

    assert job.result["imported"] == 1
    assert [path for path, _ in Outlets.requests] == ["/rss", "/story/d"]


def test_an_atom_feed_with_relative_links_is_read(desk, outlets):
    feed = _feed(desk, f"{outlets}/atom")
    job = _poll(feed)
    assert job.result["imported"] == 2
    article = Article.objects.get(feed=feed, title="Atom x")
    assert article.url == f"{outlets}/story/x" and str(article.published) == "2025-03-14"


def test_the_same_text_at_another_address_is_imported_once(desk, outlets):
    feed = _feed(desk, f"{outlets}/twin")
    job = _poll(feed)
    assert job.result["imported"] == 1
    assert Article.objects.filter(feed=feed).count() == 1


def test_an_item_the_desk_has_already_is_not_fetched(desk, outlets):
    ArticleFactory(desk=desk, url=f"{outlets}/story/a", text="Pasted by a checker last week.")
    feed = _feed(desk, f"{outlets}/rss")
    _poll(feed)
    assert ("/story/a", "") not in Outlets.requests
    assert Article.objects.filter(feed=feed).count() == 2


def test_another_desk_imports_the_same_feed_for_itself(desk, outlets):
    _poll(_feed(desk, f"{outlets}/rss"))
    other = DeskFactory()
    job = _poll(_feed(other, f"{outlets}/rss"))
    assert job.result["imported"] == 3
    assert other.articles.count() == 3 and desk.articles.count() == 3


def test_a_slow_item_is_reported_and_the_others_are_imported(desk, outlets):
    feed = _feed(desk, f"{outlets}/with-slow-item")
    job = _poll(feed)
    assert job.status == JobStatus.SUCCEEDED
    assert job.result["imported"] == 1
    assert "1 could not be fetched" in job.message
    feed.refresh_from_db()
    assert feed.last_error == f"{outlets}/story/slow could not be reached (timed out)."
    assert feed.error_count == 0  # the feed itself works


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/broken", "500"),
        ("/not-a-feed", "is not an RSS or Atom feed"),
        ("/to-private", "private or local address"),
        ("/huge", "larger than 2 MB"),
        ("/missing", "404"),
    ],
)
def test_a_broken_feed_is_reported_and_backs_off(desk, outlets, path, reason):
    feed = _feed(desk, f"{outlets}{path}", interval=15)
    job = _poll(feed)

    assert job.status == JobStatus.FAILED and reason in job.error
    feed.refresh_from_db()
    assert feed.error_count == 1 and reason in feed.last_error
    assert feed.next_poll > timezone.now() + timedelta(minutes=29)  # twice the interval
    _poll(feed)
    feed.refresh_from_db()
    assert feed.error_count == 2 and feed.next_poll > timezone.now() + timedelta(minutes=59)
    assert not Article.objects.filter(feed=feed).exists()


def test_the_backoff_of_a_failing_feed_stops_at_a_day(desk, outlets):
    feed = _feed(desk, f"{outlets}/broken", error_count=40)
    _poll(feed)
    feed.refresh_from_db()
    assert feed.next_poll <= timezone.now() + timedelta(hours=24)


def test_a_feed_on_a_private_address_is_refused(desk, settings):
    settings.FETCH_ALLOW_PRIVATE_URLS = []
    feed = _feed(desk, "http://127.0.0.1:9/feed")
    job = _poll(feed)
    assert job.status == JobStatus.FAILED and "private or local address" in job.error


# -- the schedule ---------------------------------------------------------------------


def test_the_schedule_starts_each_due_poll_once(queue, desk, outlets):
    due = _feed(desk, f"{outlets}/rss")
    _feed(desk, f"{outlets}/atom", next_poll=timezone.now() + timedelta(minutes=5))  # not yet
    _feed(desk, f"{outlets}/broken", is_active=False)  # paused

    assert tasks.tick()["polls"] == 1
    assert tasks.tick()["polls"] == 0  # its next poll was moved on at once
    assert list(Job.objects.values_list("feed", "status")) == [(due.pk, JobStatus.QUEUED)]

    from django.core.management import call_command

    call_command("runworker", batch=True, verbosity=0)
    assert Article.objects.filter(feed=due).count() == 3


def test_a_feed_being_polled_gets_no_second_poll(queue, desk, outlets):
    feed = _feed(desk, f"{outlets}/rss")
    _poll(feed)
    Feed.objects.filter(pk=feed.pk).update(next_poll=timezone.now())
    assert tasks.tick()["polls"] == 0


# -- triage ---------------------------------------------------------------------------


def test_triage_lists_new_feed_articles_newest_first_with_their_counts(client, desk, checker, outlets):
    _poll(_feed(desk, f"{outlets}/rss"))
    ArticleFactory(desk=desk, text="Pasted, not from a feed.")
    Article.objects.filter(title="Story a").update(imported=timezone.now() + timedelta(minutes=1))
    client.force_login(checker)
    page = client.get("/triage/")
    assert page.status_code == 200
    text = page.text
    assert text.index("Story a") < text.index("Story b") and "Pasted, not from a feed" not in text
    story = Article.objects.get(title="Story a")
    pending = story.suggestions.filter(status="pending")
    row = text[text.index(f'id="triage-{story.pk}"') :].split("</tr>")[0]
    assert f'<td class="num">{pending.count()}</td>' in row
    assert f"<strong>{pending.filter(attribution_type='anonymous').count()}</strong>" in row


def test_opening_an_article_from_triage_takes_it_out_and_into_the_workspace(client, desk, checker, outlets):
    _poll(_feed(desk, f"{outlets}/rss"))
    story = Article.objects.get(title="Story a")
    client.force_login(checker)
    response = client.post(f"/articles/{story.pk}/triage/", {"action": "open"})
    assert response.status_code == 302 and response.url == story.get_absolute_url()
    story.refresh_from_db()
    assert story.triage == Triage.OPENED
    assert f'id="triage-{story.pk}"' not in client.get("/triage/").text


def test_dismissing_from_triage_swaps_the_row_and_can_be_undone(client, desk, checker, outlets):
    _poll(_feed(desk, f"{outlets}/rss"))
    story = Article.objects.get(title="Story a")
    client.force_login(checker)
    row = client.post(f"/articles/{story.pk}/triage/", {"action": "dismiss"}, headers={"HX-Request": "true"})
    assert row.text.lstrip().startswith(f'<tr id="triage-{story.pk}"') and "Dismissed." in row.text
    assert 'value="restore"' in row.text
    assert f'id="triage-{story.pk}"' in client.get("/triage/?show=dismissed").text
    client.post(f"/articles/{story.pk}/triage/", {"action": "restore"})
    story.refresh_from_db()
    assert story.triage == Triage.NEW


def test_triage_decisions_need_a_checker_of_the_desk(client, desk, viewer, stranger, outlets):
    _poll(_feed(desk, f"{outlets}/rss"))
    story = Article.objects.get(title="Story a")
    client.force_login(viewer)
    assert client.post(f"/articles/{story.pk}/triage/", {"action": "dismiss"}).status_code == 403
    client.force_login(stranger)
    assert client.post(f"/articles/{story.pk}/triage/", {"action": "dismiss"}).status_code == 404
    assert f"triage-{story.pk}" not in client.get("/triage/").text
    assert client.get(f"/articles/{story.pk}/triage/").status_code == 405


def test_a_pasted_article_has_no_triage_to_decide(client, desk, checker):
    article = ArticleFactory(desk=desk)
    client.force_login(checker)
    assert client.post(f"/articles/{article.pk}/triage/", {"action": "dismiss"}).status_code == 404
    story = ArticleFactory(desk=desk, triage=Triage.NEW)
    assert client.post(f"/articles/{story.pk}/triage/", {"action": "explode"}).status_code == 400


@pytest.mark.parametrize("rows", [1, 6])
def test_triage_takes_the_same_queries_for_1_and_n_articles(client, desk, checker, rows, django_assert_num_queries):
    for _ in range(rows):
        ArticleFactory(desk=desk, triage=Triage.NEW)
    client.force_login(checker)
    with django_assert_num_queries(7):
        assert client.get("/triage/").status_code == 200


# -- the feeds page -------------------------------------------------------------------


def test_an_editor_adds_a_feed_and_its_first_poll_starts(client, desk, editor, outlets):
    client.force_login(editor)
    response = client.post(
        "/feeds/", {"desk": desk.pk, "outlet": "Courier", "url": f"{outlets}/rss", "interval": 30, "licence": ""}
    )
    assert response.status_code == 302
    feed = Feed.objects.get()
    assert (feed.outlet.name, feed.interval) == ("Courier", 30)
    assert feed.jobs.get().status == JobStatus.SUCCEEDED  # immediate here; the worker's job in production
    page = client.get("/feeds/")
    assert "Courier" in page.text and f"{outlets}/rss" in page.text and '<td class="num">3</td>' in page.text


def test_the_feeds_form_refuses_a_duplicate_or_bad_input_keeping_it(client, desk, editor, outlets):
    _feed(desk, f"{outlets}/rss")
    client.force_login(editor)
    page = client.post("/feeds/", {"desk": desk.pk, "outlet": "Courier", "url": f"{outlets}/rss", "interval": 30})
    assert page.status_code == 200 and "monitors that feed already" in page.text
    page = client.post("/feeds/", {"desk": desk.pk, "outlet": "Courier", "url": "javascript:alert(1)", "interval": 1})
    assert page.status_code == 200 and "Enter a valid URL" in page.text and 'value="Courier"' in page.text
    assert Feed.objects.count() == 1


def test_a_failing_feed_shows_its_error_on_the_feeds_page(client, desk, viewer, outlets):
    _poll(_feed(desk, f"{outlets}/broken"))
    client.force_login(viewer)
    page = client.get("/feeds/")
    assert "Failing (1 poll in a row)" in page.text and "500" in page.text
    assert "Poll now" not in page.text and "Monitor a feed" not in page.text  # viewers only read


def test_feed_actions_poll_pause_resume_remove(client, desk, editor, outlets):
    feed = _feed(desk, f"{outlets}/rss")
    client.force_login(editor)
    response = client.post(f"/feeds/{feed.pk}/", {"action": "poll"})
    job = feed.jobs.get()
    assert response.url == job.get_absolute_url() and job.result["imported"] == 3
    client.post(f"/feeds/{feed.pk}/", {"action": "pause"})
    feed.refresh_from_db()
    assert not feed.is_active and not Feed.objects.due().exists()
    client.post(f"/feeds/{feed.pk}/", {"action": "resume"})
    assert Feed.objects.due().get() == feed
    assert client.post(f"/feeds/{feed.pk}/", {"action": "boom"}).status_code == 400
    client.post(f"/feeds/{feed.pk}/", {"action": "remove"})
    assert not Feed.objects.exists() and desk.articles.count() == 3  # its articles stay


def test_only_editors_change_feeds_and_strangers_see_none(client, desk, checker, stranger, outlets):
    feed = _feed(desk, f"{outlets}/rss")
    client.force_login(checker)
    assert client.post(f"/feeds/{feed.pk}/", {"action": "pause"}).status_code == 403
    assert client.post("/feeds/", {"desk": desk.pk, "outlet": "X", "url": "https://x.example/feed"}).status_code == 403
    client.force_login(stranger)
    assert client.post(f"/feeds/{feed.pk}/", {"action": "pause"}).status_code == 404
    assert f"{outlets}/rss" not in client.get("/feeds/").text
    assert client.post("/feeds/999999/", {"action": "pause"}).status_code == 404


# -- the demo's feed ------------------------------------------------------------------


def test_the_demo_serves_an_atom_feed_of_its_articles(client, settings):
    settings.DEMO_FEED = True
    response = client.get("/demo/feed.xml")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    assert response.text.count("<entry>") == 8
    article = client.get("/demo/articles/0/")
    assert article.status_code == 200 and "CC BY 2.5" in article.text
    assert client.get("/demo/articles/8/").status_code == 404


def test_the_demo_feed_is_off_in_production(client, settings):
    settings.DEMO_FEED = False
    assert client.get("/demo/feed.xml").status_code == 404
    assert client.get("/demo/articles/0/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_loaddemo_monitors_the_demo_feed_and_a_poll_fills_triage(live_server, settings):
    from django.core.management import call_command

    settings.SITE_URL = live_server.url
    settings.DEMO_FEED = True
    settings.FETCH_ALLOW_PRIVATE_URLS = [f"{live_server.url}/demo/"]
    out = io.StringIO()
    call_command("loaddemo", stdout=out)
    assert "Monitored feed:" in out.getvalue()
    feed = Feed.objects.get(url=f"{live_server.url}/demo/feed.xml")
    job = _poll(feed)
    assert job.result["imported"] == 8, job.error or job.result
    assert Article.objects.filter(triage=Triage.NEW).count() == 8
    assert Article.objects.filter(triage=Triage.NEW).first().licence.startswith("CC BY 2.5")
    assert _poll(feed).result["imported"] == 0  # a second poll finds nothing new


# -- found in review ------------------------------------------------------------------


class OddFeeds(Outlets):
    def do_GET(self) -> None:
        base = f"http://{self.headers['Host']}"
        if self.path == "/odd":
            body = (
                '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Odd</title>'
                "<id>tag:odd</id><updated>2025-03-14T10:00:00Z</updated>"
                '<entry><title>Year zero</title><link href="/story/zero"/><id>z</id><updated>0000-01-01T00:00:00Z</updated></entry>'
                "<entry><title>No link at all</title><id>n</id><updated>2025-03-14T10:00:00Z</updated></entry>"
                '<entry><title>Javascript</title><link href="javascript:alert(1)"/><id>j</id></entry>'
                f'<entry><title>Too long</title><link href="{base}/story/{"x" * 600}"/><id>l</id></entry>'
                "</feed>"
            ).encode()
            self._send("application/atom+xml", body)
        else:
            super().do_GET()


def test_odd_entries_are_skipped_and_the_good_ones_imported(desk, settings):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), OddFeeds)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    settings.FETCH_ALLOW_PRIVATE_URLS = [f"{base}/"]
    try:
        job = _poll(_feed(desk, f"{base}/odd"))
    finally:
        server.shutdown()
    assert job.status == JobStatus.SUCCEEDED, job.error
    assert list(desk.articles.values_list("title", "published")) == [("Year zero", None)]


def test_a_poll_whose_feed_was_removed_fails_saying_so(desk, outlets):
    feed = _feed(desk, f"{outlets}/rss")
    job = Job.objects.create(desk=desk, kind=JobKind.POLL_FEED, feed=feed)
    feed.delete()
    job.refresh_from_db()
    assert job.feed is None  # the job's record stays
    tasks.enqueue_job(job.pk)
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED and job.error == "The feed is gone."


def test_recording_a_poll_of_a_removed_feed_changes_nothing(desk, outlets):
    feed = _feed(desk, f"{outlets}/rss")
    Feed.objects.filter(pk=feed.pk).delete()
    feed.record_poll(imported=3, problems=[], etag="", last_modified="")
    feed.record_failure("gone")
    assert not Feed.objects.exists()


def test_a_feed_address_with_an_invalid_port_is_refused_by_the_form(client, desk, editor):
    client.force_login(editor)
    page = client.post(
        "/feeds/", {"desk": desk.pk, "outlet": "X", "url": "https://example.org:99999/feed", "interval": 30}
    )
    assert page.status_code == 200 and "invalid port" in page.text
    assert not Feed.objects.exists()


def test_only_an_article_from_a_feed_has_a_triage_decision(desk):
    from claims.models import TransitionError

    with pytest.raises(TransitionError):
        ArticleFactory(desk=desk).decide_triage(Triage.DISMISSED)
