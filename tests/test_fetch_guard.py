"""The guarded fetcher: what it refuses to reach, however the address is dressed up."""

from __future__ import annotations

import http.server
import socket
import threading

import pytest
from django.test import override_settings
from hypothesis import given
from hypothesis import strategies as st

from claims import fetch
from claims.fetch import FetchError, _private_allowed, fetch_url


class Secret(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        body = b"INTERNAL-SECRET"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def internal_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Secret)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def test_a_name_that_resolves_public_then_private_reaches_nothing(monkeypatch, settings, internal_server):
    """DNS rebinding: a check that saw a public address, then a connection that got 127.0.0.1.
    The name is resolved once, where the connection is made, so the check is on the address used."""
    settings.FETCH_ALLOW_PRIVATE, settings.FETCH_ALLOW_PRIVATE_URLS = False, []
    real = socket.getaddrinfo
    answers = iter(["93.184.216.34", "127.0.0.1", "127.0.0.1"])
    asked = []

    def rebinding(host, port, *args, **kwargs):
        if host == "rebind.test":
            asked.append(host)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(fetch.socket, "getaddrinfo", rebinding)
    with pytest.raises(FetchError) as refused:
        fetch_url(f"http://rebind.test:{internal_server}/")
    assert asked == ["rebind.test"] and "INTERNAL-SECRET" not in str(refused.value)


def test_a_name_with_a_private_address_among_its_answers_is_refused(monkeypatch, settings, internal_server):
    settings.FETCH_ALLOW_PRIVATE, settings.FETCH_ALLOW_PRIVATE_URLS = False, []
    real = socket.getaddrinfo

    def mixed(host, port, *args, **kwargs):
        if host == "mixed.test":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port)) for ip in ("93.184.216.34", "127.0.0.1")]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(fetch.socket, "getaddrinfo", mixed)
    with pytest.raises(FetchError, match="private or local address"):
        fetch_url(f"http://mixed.test:{internal_server}/")


def test_an_allowed_private_host_outside_its_paths_is_refused(settings, internal_server):
    settings.FETCH_ALLOW_PRIVATE = False
    settings.FETCH_ALLOW_PRIVATE_URLS = [f"http://127.0.0.1:{internal_server}/demo/"]
    with pytest.raises(FetchError, match="private or local address"):
        fetch_url(f"http://127.0.0.1:{internal_server}/admin/")


def test_an_allowed_private_prefix_is_matched_part_by_part(settings):
    settings.FETCH_ALLOW_PRIVATE = False
    settings.FETCH_ALLOW_PRIVATE_URLS = ["http://127.0.0.1:8000/demo/"]
    assert _private_allowed("http://127.0.0.1:8000/demo/feed.xml")
    assert _private_allowed("http://127.0.0.1:8000/demo/articles/3/")
    for url in (
        "http://127.0.0.1:8000@169.254.169.254/latest/meta-data/",
        "http://user:pw@127.0.0.1:8000/demo/feed.xml",
        "http://127.0.0.1:8000/demo/../admin/",
        "http://127.0.0.1:8000/demofeed",
        "http://127.0.0.1:8001/demo/feed.xml",
        "https://127.0.0.1:8000/demo/feed.xml",
        "http://localhost:8000/demo/feed.xml",
    ):
        assert not _private_allowed(url), url
    settings.FETCH_ALLOW_PRIVATE_URLS = ["http://127.0.0.1:8000/demo"]  # no trailing slash
    assert _private_allowed("http://127.0.0.1:8000/demo/feed.xml")
    assert not _private_allowed("http://127.0.0.1:8000/demox")


@given(st.text(max_size=80))
def test_the_allow_list_never_raises_and_allows_only_its_own_origin(url):
    with override_settings(FETCH_ALLOW_PRIVATE=False, FETCH_ALLOW_PRIVATE_URLS=["http://127.0.0.1:8000/demo/"]):
        _only_its_own_origin(url)


def _only_its_own_origin(url: str) -> None:
    for candidate in (url, "http://" + url, "http://127.0.0.1:8000/demo/" + url):
        try:
            allowed = _private_allowed(candidate)
        except ValueError:
            allowed = False  # urlsplit refuses it; so does the fetcher, with a message
        if allowed:
            parts = fetch.urlsplit(candidate)
            assert (parts.hostname, parts.port, parts.username) == ("127.0.0.1", 8000, None)


def test_a_port_out_of_range_is_a_clear_error():
    with pytest.raises(FetchError, match="not a valid URL"):
        fetch_url("https://example.org:99999/feed")


def test_the_environment_proxy_is_not_used(monkeypatch, settings, internal_server):
    """A proxy would make the connection checks apply to the proxy, not to the site."""
    settings.FETCH_ALLOW_PRIVATE_URLS = [f"http://127.0.0.1:{internal_server}/"]
    monkeypatch.setenv("http_proxy", "http://10.0.0.1:3128")
    assert fetch_url(f"http://127.0.0.1:{internal_server}/").body == b"INTERNAL-SECRET"


@pytest.mark.parametrize("charset", ["base64", "rot13", "hex", "zlib", "idna", "x-no-such-codec"])
def test_a_charset_that_is_not_a_text_encoding_is_read_as_utf8(settings, charset):
    class Odd(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            body = "Élysée".encode()
            self.send_response(200)
            self.send_header("Content-Type", f"text/html; charset={charset}")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Odd)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.FETCH_ALLOW_PRIVATE_URLS = [f"http://127.0.0.1:{server.server_address[1]}/"]
    try:
        page = fetch_url(f"http://127.0.0.1:{server.server_address[1]}/")
    finally:
        server.shutdown()
    assert page.charset == "utf-8" and page.text() == "Élysée"
