from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.models import Article

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"


class SavedPages(http.server.SimpleHTTPRequestHandler):
    """tests/data/ as a web site, plus the misbehaving pages the fetcher must survive."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, directory=str(DATA), **kwargs)

    def do_GET(self) -> None:
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.end_headers()
        elif self.path == "/bogus-charset":
            self._send("text/html; charset=x-no-such-codec", (DATA / "article.html").read_bytes())
        elif self.path == "/trickle":  # 4 s of body, a little at a time
            self._send("text/html", *[b"<p>slow</p>" * 100] * 40, pause=0.1)
        else:
            super().do_GET()

    def _send(self, content_type: str, *chunks: bytes, pause: float = 0) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.end_headers()
        for chunk in chunks:
            self.wfile.write(chunk)
            self.wfile.flush()
            time.sleep(pause)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def html_server():
    """Serves saved pages on 127.0.0.1: never the network."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SavedPages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _fetch(client, desk, url):
    return client.post(
        "/articles/new/", {"desk": desk.pk, "fetch_url": url, "language": "en", "fetch": "1"}, follow=True
    )


@pytest.fixture
def allow_local_fetch(settings):
    settings.FETCH_ALLOW_PRIVATE = True


def _paste(desk, **changes):
    data = {
        "desk": desk.pk,
        "title": "Harbour reopens",
        "outlet": "Coastal Courier",
        "url": "https://courier.example/harbour",
        "published": "2025-03-14",
        "language": "en",
        "byline": "Mara Lind",
        "text": "The harbour reopened on Friday, the port authority said.\r\nIt had been shut for six weeks.",
        "save": "1",
    }
    return {**data, **changes}


def test_pasted_article_is_saved_normalised_and_opens_the_workspace(client, checker, desk):
    client.force_login(checker)
    response = client.post("/articles/new/", _paste(desk))
    article = Article.objects.get()
    assert response.status_code == 302 and response.url == article.get_absolute_url()
    assert article.text == "The harbour reopened on Friday, the port authority said.\nIt had been shut for six weeks."
    assert article.outlet.name == "Coastal Courier" and article.imported_by == checker


def test_empty_body_is_refused_and_the_rest_is_kept(client, checker, desk):
    client.force_login(checker)
    response = client.post("/articles/new/", _paste(desk, text="   "))
    assert response.status_code == 200
    assert "The article text is empty" in response.text
    assert "Harbour reopens" in response.text and "Coastal Courier" in response.text
    assert not Article.objects.exists()


def test_body_over_the_limit_states_the_limit(client, checker, desk, settings):
    settings.ARTICLE_MAX_CHARS = 50
    client.force_login(checker)
    response = client.post("/articles/new/", _paste(desk))
    assert "the limit is 50" in response.text and not Article.objects.exists()


def test_duplicate_text_offers_the_existing_article(client, checker, desk):
    existing = ArticleFactory(desk=desk, text="Same words.", title="The first import")
    client.force_login(checker)
    response = client.post("/articles/new/", _paste(desk, text="Same words."))
    assert "already in the desk" in response.text
    assert existing.get_absolute_url() in response.text and "The first import" in response.text
    assert Article.objects.count() == 1


def test_fetch_shows_the_extracted_text_for_confirmation_without_saving(
    client, checker, desk, html_server, allow_local_fetch
):
    client.force_login(checker)
    response = _fetch(client, desk, f"{html_server}/article.html")
    assert response.status_code == 200 and not Article.objects.exists()
    form = response.context["form"]
    assert form.data["title"] == "Harbour reopens after storm repairs"
    assert "240 metres of the sea wall" in form.data["text"] and "Copyright notice" not in form.data["text"]
    assert form.data["outlet"] == "Coastal Courier" and form.data["byline"] == "Mara Lind"
    assert form.data["published"] == "2025-03-14"
    # Confirming saves what was shown.
    confirmed = {k: v for k, v in form.data.items() if k != "fetch"}
    client.post("/articles/new/", {**confirmed, "save": "1"})
    assert Article.objects.get().title == "Harbour reopens after storm repairs"


def test_fetch_of_a_page_without_article_text_says_so(client, checker, desk, html_server, allow_local_fetch):
    client.force_login(checker)
    response = client.post(
        "/articles/new/",
        {"desk": desk.pk, "fetch_url": f"{html_server}/no-article.html", "language": "en", "fetch": "1"},
        follow=True,
    )
    assert "No article text was found" in response.text


def test_fetch_of_a_missing_page_reports_the_status(client, checker, desk, html_server, allow_local_fetch):
    client.force_login(checker)
    response = _fetch(client, desk, f"{html_server}/gone.html")
    assert "404" in response.text and "could not be fetched" in response.text


def test_fetch_of_an_unreachable_url_keeps_what_was_typed(client, checker, desk, allow_local_fetch):
    client.force_login(checker)
    response = client.post(
        "/articles/new/",
        {"desk": desk.pk, "fetch_url": "http://127.0.0.1:9/", "title": "My title", "language": "en", "fetch": "1"},
        follow=True,
    )
    assert "could not be reached" in response.text and "My title" in response.text


def test_private_addresses_are_not_fetched_by_default(client, checker, desk, html_server):
    client.force_login(checker)
    response = _fetch(client, desk, f"{html_server}/article.html")
    assert "private or local address" in response.text


def test_viewer_cannot_import(client, viewer):
    client.force_login(viewer)
    assert client.get("/articles/new/").status_code == 403


def test_import_into_another_desk_is_refused(client, checker, stranger):
    other_desk = stranger.memberships.get().desk
    client.force_login(checker)
    response = client.post("/articles/new/", _paste(other_desk))
    assert "Select a valid choice" in response.text and not Article.objects.exists()


def test_import_needs_login_and_refuses_put(client, checker):
    assert client.get("/articles/new/").url.startswith("/login/")
    client.force_login(checker)
    assert client.put("/articles/new/").status_code == 405


def test_seed_article_imports_with_its_sentences_listed(client, checker, desk, shared_dir):
    text = (shared_dir / "seed-article.txt").read_text("utf-8")
    client.force_login(checker)
    client.post("/articles/new/", _paste(desk, title="Egypt diplomatic blitz", text=text))
    article = Article.objects.get()
    form = client.get(f"/articles/{article.pk}/claims/new/").context["new_form"]
    assert len(form.fields["sentence"].choices) > 15


def test_a_redirect_to_a_private_address_is_refused(client, checker, desk, settings, html_server):
    settings.FETCH_ALLOW_PRIVATE_URLS = [f"{html_server}/redirect"]  # not where it leads
    client.force_login(checker)
    response = _fetch(client, desk, f"{html_server}/redirect")
    assert response.status_code == 200 and "redirected to a refused address" in response.text


def test_fetch_follows_redirects_on_allowed_hosts(client, checker, desk, html_server, allow_local_fetch):
    client.force_login(checker)
    response = _fetch(client, desk, f"{html_server}/redirect")
    assert "240 metres of the sea wall" in response.context["form"].data["text"]


def test_embedded_and_private_ipv6_addresses_are_refused():
    import ipaddress

    from claims.fetch import _is_public

    for address in ["127.0.0.1", "10.1.2.3", "::1", "::ffff:127.0.0.1", "2002:7f00:1::", "64:ff9b::a9fe:a9fe"]:
        assert not _is_public(ipaddress.ip_address(address)), address
    for address in ["8.8.8.8", "2001:4860:4860::8888"]:
        assert _is_public(ipaddress.ip_address(address)), address


def test_an_unknown_charset_is_read_as_utf8(client, checker, desk, html_server, allow_local_fetch):
    client.force_login(checker)
    response = _fetch(client, desk, f"{html_server}/bogus-charset")
    assert "240 metres of the sea wall" in response.context["form"].data["text"]


def test_a_host_name_that_cannot_be_encoded_is_a_clear_error(client, checker, desk):
    client.force_login(checker)
    url = "https://" + "ü" * 60 + ".com/"
    response = _fetch(client, desk, url)
    assert response.status_code == 200 and "the name does not resolve" in response.text


def test_a_trickling_server_is_cut_off_at_the_deadline(client, checker, desk, settings, html_server, allow_local_fetch):
    settings.FETCH_TIMEOUT = 1
    client.force_login(checker)
    assert "took longer than 1 seconds" in _fetch(client, desk, f"{html_server}/trickle").text


def test_a_fetch_runs_as_a_job_and_the_form_waits_for_it(queue, client, checker, desk, html_server, allow_local_fetch):
    from claims.models import Job, JobStatus

    client.force_login(checker)
    response = client.post(
        "/articles/new/",
        {"desk": desk.pk, "fetch_url": f"{html_server}/article.html", "title": "Mine", "language": "en", "fetch": "1"},
    )
    job = Job.objects.get()
    assert response.status_code == 302 and response.url == f"/articles/new/?job={job.pk}"
    waiting = client.get(response.url)
    assert (
        f'hx-get="/jobs/{job.pk}/?follow=1"' in waiting.text and 'content="2"' in waiting.text
    )  # polls; no-JS refreshes
    assert client.get(f"/jobs/{job.pk}/?follow=1", headers={"HX-Request": "true"}).status_code == 200

    call_command("runworker", batch=True, verbosity=0)

    job.refresh_from_db()
    assert job.status == JobStatus.SUCCEEDED
    polled = client.get(f"/jobs/{job.pk}/?follow=1", headers={"HX-Request": "true"})
    assert polled.headers["HX-Redirect"] == f"/articles/new/?job={job.pk}"
    filled = client.get(f"/articles/new/?job={job.pk}")
    assert "Fetched. Check the text" in filled.text
    assert 'value="Mine"' in filled.text  # what was typed before the fetch wins over the page's title
    assert not desk.articles.exists()  # nothing is saved until the person saves


def test_someone_elses_fetch_job_is_not_found(client, checker, desk, stranger, html_server, allow_local_fetch):
    client.force_login(checker)
    _fetch(client, desk, f"{html_server}/article.html")
    from claims.models import Job

    job = Job.objects.get()
    client.force_login(stranger)
    assert client.get(f"/articles/new/?job={job.pk}").status_code == 404
    assert client.get("/articles/new/?job=abc").status_code == 404


def test_the_language_is_told_from_the_text_when_left_empty(client, checker, desk):
    client.force_login(checker)
    arabic = "قال وزير الخارجية إن أربعين شخصاً لقوا حتفهم في الفيضانات التي ضربت المنطقة."
    for title, text, language, expected in [
        ("Arabic", arabic, "", "ar"),
        ("English", "The minister said forty people died in the floods.", "", "en"),
        ("Chosen", arabic + " وأضاف أن البحث مستمر.", "fr", "fr"),  # what the person says stands
    ]:
        response = client.post(
            "/articles/new/", {"desk": desk.pk, "title": title, "language": language, "text": text, "save": "1"}
        )
        assert response.status_code == 302
        assert desk.articles.get(title=title).language == expected
