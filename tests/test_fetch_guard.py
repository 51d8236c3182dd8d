"""The guarded fetcher: what it refuses to reach, however the address is dressed up; one
deadline for the whole fetch, however slowly the server answers; and only text charsets."""

from __future__ import annotations

import codecs
import http.server
import ipaddress
import shutil
import socket
import ssl
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from django.test import override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from claims import fetch
from claims.fetch import Fetched, FetchError, _charset, _is_public, _private_allowed, fetch_url

ARTICLE = (Path(__file__).parent / "data" / "article.html").read_bytes()


class Server(http.server.ThreadingHTTPServer):
    block_on_close = False  # a trickling handler still running does not hold the test up

    def handle_error(self, request, client_address) -> None:
        pass  # the fetcher hanging up on a slow or refused server is the point of the test


class Quiet(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def send(self, body: bytes, content_type: str = "text/html", status: int = 200, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def serve():
    """Starts a local server for a handler class; returns its port."""
    servers = []

    def start(handler, *, tls: ssl.SSLContext | None = None) -> int:
        server = Server(("127.0.0.1", 0), handler)
        if tls is not None:
            server.socket = tls.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server.server_address[1]

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _resolving(monkeypatch, names: dict[str, list[str]]) -> list[str]:
    """socket.getaddrinfo answering ``names`` with the given addresses; returns who was asked."""
    real, asked = socket.getaddrinfo, []

    def resolver(host, port, *args, **kwargs):
        if host in names:
            asked.append(host)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port)) for ip in names[host]]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(fetch.socket, "getaddrinfo", resolver)
    return asked


class Secret(http.server.BaseHTTPRequestHandler):
    hits = 0

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        Secret.hits += 1
        body = b"INTERNAL-SECRET"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def internal_server():
    Secret.hits = 0
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Secret)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def test_a_name_that_resolves_public_then_private_reaches_nothing(monkeypatch, settings, internal_server):
    """DNS rebinding: a check that saw a public address, then a connection that got 127.0.0.1.
    The name is resolved once, and the connection made to the address that was checked."""
    settings.FETCH_ALLOW_PRIVATE, settings.FETCH_ALLOW_PRIVATE_URLS = False, []
    real = socket.getaddrinfo
    answers = iter(["93.184.216.34", "127.0.0.1", "127.0.0.1"])
    asked, connected = [], []

    def rebinding(host, port, *args, **kwargs):
        if host == "rebind.test":
            asked.append(host)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]
        return real(host, port, *args, **kwargs)

    def no_network(family, kind, proto, sockaddr, timeout):
        connected.append(sockaddr)
        raise ConnectionRefusedError("refused (the test does not touch the network)")

    monkeypatch.setattr(fetch.socket, "getaddrinfo", rebinding)
    monkeypatch.setattr(fetch, "_open_socket", no_network)
    with pytest.raises(FetchError, match="could not be reached") as refused:
        fetch_url(f"http://rebind.test:{internal_server}/")
    assert asked == ["rebind.test"] and connected == [("93.184.216.34", internal_server)]
    assert Secret.hits == 0 and "INTERNAL-SECRET" not in str(refused.value)


def test_the_connection_goes_to_the_resolved_address_with_the_host_name_in_the_host_header(
    monkeypatch, settings, serve
):
    class Echo(Quiet):
        def do_GET(self) -> None:
            self.send(self.headers["Host"].encode())

    port = serve(Echo)
    settings.FETCH_ALLOW_PRIVATE = True  # news.test is this machine
    asked = _resolving(monkeypatch, {"news.test": ["127.0.0.1"]})
    assert fetch_url(f"http://news.test:{port}/").body == f"news.test:{port}".encode()
    assert asked == ["news.test"]


def test_a_redirect_is_resolved_and_checked_again(monkeypatch, settings, serve):
    class Redirecting(Quiet):
        def do_GET(self) -> None:
            self.send(b"", status=302, Location=f"http://evil.test:{self.server.server_address[1]}/admin/")

    port = serve(Redirecting)
    settings.FETCH_ALLOW_PRIVATE = False
    settings.FETCH_ALLOW_PRIVATE_URLS = [f"http://127.0.0.1:{port}/"]
    asked = _resolving(monkeypatch, {"evil.test": ["127.0.0.1"]})
    with pytest.raises(FetchError, match="redirected to a refused address: evil.test is a private"):
        fetch_url(f"http://127.0.0.1:{port}/story")
    assert asked == ["evil.test"]


@pytest.mark.parametrize("location", ["file:///etc/passwd", "gopher://127.0.0.1/", "http://[::1"])
def test_a_redirect_to_another_scheme_or_a_broken_url_is_refused(settings, serve, location):
    class Redirecting(Quiet):
        def do_GET(self) -> None:
            self.send(b"", status=301, Location=location)

    port = serve(Redirecting)
    settings.FETCH_ALLOW_PRIVATE = True
    with pytest.raises(FetchError, match="redirected to a refused address"):
        fetch_url(f"http://127.0.0.1:{port}/")


def test_redirects_are_followed_to_a_limit(settings, serve):
    class Loop(Quiet):
        def do_GET(self) -> None:
            hop = int(self.path.strip("/") or 0)
            self.send(b"", status=307, Location=f"/{hop + 1}")

    port = serve(Loop)
    settings.FETCH_ALLOW_PRIVATE = True
    with pytest.raises(FetchError, match="redirected more than 5 times"):
        fetch_url(f"http://127.0.0.1:{port}/")


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
        "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "::", "::1", "fe80::1", "fec0::1",
        "fc00::1", "ff02::1", "ff0e::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:224.0.0.1",
        "::7f00:1", "2002:7f00:1::", "2002:a9fe:a9fe::", "64:ff9b::a9fe:a9fe", "64:ff9b::e000:1", "2001:db8::1",
    ],
)  # fmt: skip
def test_private_local_multicast_and_reserved_addresses_are_not_public(address):
    assert not _is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "address", ["8.8.8.8", "1.1.1.1", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808"]
)
def test_global_unicast_addresses_are_public(address):
    assert _is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["224.0.0.251", "fec0::1", "ff02::fb"])
def test_a_name_resolving_to_multicast_or_site_local_is_refused(monkeypatch, settings, address):
    settings.FETCH_ALLOW_PRIVATE, settings.FETCH_ALLOW_PRIVATE_URLS = False, []
    real = socket.getaddrinfo

    def resolver(host, port, *args, **kwargs):
        if host == "odd.test":
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            return [(family, socket.SOCK_STREAM, 6, "", (address, port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(fetch.socket, "getaddrinfo", resolver)
    monkeypatch.setattr(fetch, "_open_socket", lambda *args: pytest.fail("connected"))  # refused before
    with pytest.raises(FetchError, match="private or local address"):
        fetch_url("http://odd.test/")


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


@pytest.mark.parametrize(
    ("meta", "body", "expected"),
    [
        ('<meta charset="windows-1256">', "قال الوزير".encode("cp1256"), "قال الوزير"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">', "قال".encode("iso8859-6"), "قال"),
        ('<meta charset="base64">', "Élysée".encode(), "Élysée"),
        ('<meta charset="rot13">', "Élysée".encode(), "Élysée"),
        ('<meta charset="idna">', "Élysée".encode(), "Élysée"),
    ],
)
def test_a_meta_charset_is_used_only_if_it_is_a_text_encoding(settings, serve, meta, body, expected):
    class Page(Quiet):
        def do_GET(self) -> None:
            self.send(meta.encode() + body)

    port = serve(Page)
    settings.FETCH_ALLOW_PRIVATE = True
    assert fetch_url(f"http://127.0.0.1:{port}/").text() == meta + expected


def test_the_header_charset_wins_over_the_meta_one_and_a_bom_over_both():
    assert _charset("windows-1256", b'<meta charset="utf-8">') == "cp1256"
    assert _charset("base64", b'<meta charset="koi8-r">') == "koi8-r"
    assert _charset("koi8-r", codecs.BOM_UTF8 + b"<p>") == "utf-8-sig"


NAMES = st.sampled_from(
    ["base64", "rot13", "hex", "zlib", "bz2", "idna", "punycode", "uu", "quopri", "utf-8", "UTF-16", "utf-7",
     "cp1256", "undefined", "unicode_escape", "raw_unicode_escape", "mbcs", "", " ", "\x00", "utf-8\x00"]
)  # fmt: skip


@given(declared=st.one_of(st.none(), NAMES, st.text(max_size=30)), meta=st.one_of(NAMES, st.text(max_size=30)),
       body=st.binary(max_size=64))  # fmt: skip
def test_any_declared_charset_gives_a_text_encoding_that_decodes_anything(declared, meta, body):
    page = f'<meta charset="{meta}">'.encode("utf-8", "replace") + body
    charset = _charset(declared, page)
    assert codecs.lookup(charset)._is_text_encoding
    assert isinstance(Fetched("http://x.test/", 200, page, charset).text(), str)


@pytest.fixture(scope="module")
def header_server():
    """Serves the Content-Type and the body (hex) given in the query: one server for every example."""

    class Echo(Quiet):
        def do_GET(self) -> None:
            query = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
            self.send(bytes.fromhex(query["body"][0]), content_type=query["type"][0])

    server = Server(("127.0.0.1", 0), Echo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF, blacklist_characters="\x7f"), max_size=40)


@hypothesis_settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content_type=st.one_of(
        HEADER_TEXT,
        st.builds("text/html; charset={}".format, st.one_of(NAMES.filter(lambda n: "\x00" not in n), HEADER_TEXT)),
        st.builds("text/html; charset*={}''x".format, HEADER_TEXT),  # RFC 2231, decoded by the email package
    ),
    body=st.binary(max_size=64),
)
def test_whatever_the_content_type_the_fetch_gives_text_or_a_fetch_error(header_server, content_type, body):
    url = f"{header_server}/?type={quote(content_type, safe='')}&body={body.hex()}"
    with override_settings(FETCH_ALLOW_PRIVATE=True):
        try:
            page = fetch_url(url, timeout=5)
        except FetchError:
            return
    assert page.body == body and isinstance(page.text(), str)


# -- one deadline for the whole fetch -----------------------------------------------------


class Trickle(Quiet):
    """50 bytes every 0.2 s: the body of /body, or the headers themselves for /headers."""

    def do_GET(self) -> None:
        try:
            if self.path == "/headers":
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                for n in range(100):
                    self.wfile.write(f"X-Slow-{n}: {'x' * 36}\r\n".encode())
                    self.wfile.flush()
                    time.sleep(0.2)
            else:
                self.send_response(200)
                self.send_header("Content-Length", "5000")
                self.end_headers()
                for _ in range(100):
                    self.wfile.write(b"x" * 50)
                    self.wfile.flush()
                    time.sleep(0.2)
        except OSError:
            pass  # the fetcher hung up at its deadline


@pytest.mark.parametrize("path", ["/body", "/headers"])
def test_a_trickling_server_is_cut_at_the_deadline(settings, serve, path):
    port = serve(Trickle)
    settings.FETCH_ALLOW_PRIVATE = True
    started = time.monotonic()
    with pytest.raises(FetchError, match="took longer than 1 seconds to arrive"):
        fetch_url(f"http://127.0.0.1:{port}{path}", timeout=1)
    assert time.monotonic() - started < 1 + 2  # the whole response: not 1 s per read


def test_the_deadline_spans_every_redirect(settings, serve):
    class SlowHops(Quiet):
        def do_GET(self) -> None:
            time.sleep(0.4)
            self.send(b"", status=302, Location=f"/{int(self.path.strip('/') or 0) + 1}")

    port = serve(SlowHops)
    settings.FETCH_ALLOW_PRIVATE = True
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out|took longer"):
        fetch_url(f"http://127.0.0.1:{port}/", timeout=1)
    assert time.monotonic() - started < 1 + 2  # five hops of 0.4 s would be 2.4 s


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_server_that_never_answers_is_cut_at_the_deadline(settings, scheme):
    """It accepts the connection (the kernel does) and says nothing: no headers, no TLS handshake."""
    with socket.create_server(("127.0.0.1", 0)) as silent:
        settings.FETCH_ALLOW_PRIVATE = True
        started = time.monotonic()
        with pytest.raises(FetchError, match="could not be reached \\(.*timed out\\)"):
            fetch_url(f"{scheme}://127.0.0.1:{silent.getsockname()[1]}/", timeout=0.5)
        assert time.monotonic() - started < 0.5 + 2


def test_a_declared_length_over_the_limit_is_refused_before_reading(settings, serve):
    class Huge(Quiet):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(10**12))
            self.end_headers()

    port = serve(Huge)
    settings.FETCH_ALLOW_PRIVATE = True
    with pytest.raises(FetchError, match="larger than 5 MB"):
        fetch_url(f"http://127.0.0.1:{port}/")


# -- HTTPS: TLS to the checked address, SNI and certificate for the host name ---------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> Path:
    """A self-signed certificate for news.test (and its key, in the same file)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    path = tmp_path_factory.mktemp("tls") / "news.test.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-days", "2", "-subj", "/CN=news.test", "-addext", "subjectAltName=DNS:news.test",
         "-keyout", str(path), "-out", str(path)],
        check=True, capture_output=True,
    )  # fmt: skip
    return path


@pytest.fixture
def tls_server(monkeypatch, settings, serve, certificate):
    """An HTTPS server on 127.0.0.1 whose certificate says news.test; the fetcher trusts it, and
    news.test and other.test both resolve to it. Returns (port, the SNI names it was sent)."""

    class Echo(Quiet):
        def do_GET(self) -> None:
            self.send(self.headers["Host"].encode())

    server_side = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_side.load_cert_chain(certificate)
    names = []
    server_side.sni_callback = lambda sock, name, context: names.append(name)
    port = serve(Echo, tls=server_side)
    client_side = ssl.create_default_context(cafile=str(certificate))
    monkeypatch.setattr(fetch, "_tls_context", lambda: client_side)
    settings.FETCH_ALLOW_PRIVATE = True
    _resolving(monkeypatch, {"news.test": ["127.0.0.1"], "other.test": ["127.0.0.1"]})
    return port, names


def test_https_is_tls_to_the_checked_address_with_sni_and_the_host_header_of_the_name(tls_server):
    port, names = tls_server
    assert fetch_url(f"https://news.test:{port}/").body == f"news.test:{port}".encode()
    assert names == ["news.test"]


def test_https_checks_the_certificate_against_the_host_name_not_the_address(tls_server):
    port, names = tls_server
    with pytest.raises(FetchError, match="could not be reached.*certificate"):
        fetch_url(f"https://other.test:{port}/")
    assert names == ["other.test"]


def test_https_with_the_system_cas_refuses_a_self_signed_certificate(monkeypatch, tls_server):
    port, _ = tls_server
    monkeypatch.setattr(fetch, "_tls_context", fetch.ssl.create_default_context)
    with pytest.raises(FetchError, match="certificate verify failed"):
        fetch_url(f"https://news.test:{port}/")


# -- every failure reaches the person: the import form and the feed ------------------------


class OddCharset(Quiet):
    def do_GET(self) -> None:
        self.send(ARTICLE, content_type=f"text/html; charset={self.path.strip('/')}")


@pytest.mark.django_db
@pytest.mark.parametrize("charset", ["base64", "rot13", "hex", "zlib", "idna"])
def test_the_import_form_reads_a_page_in_a_charset_that_is_not_text(client, checker, desk, settings, serve, charset):
    port = serve(OddCharset)
    settings.FETCH_ALLOW_PRIVATE = True
    client.force_login(checker)
    response = client.post(
        "/articles/new/",
        {"desk": desk.pk, "fetch_url": f"http://127.0.0.1:{port}/{charset}", "language": "en", "fetch": "1"},
        follow=True,
    )
    assert response.status_code == 200
    assert "240 metres of the sea wall" in response.context["form"].data["text"]


@pytest.mark.django_db
def test_the_import_form_says_the_page_was_too_slow_and_keeps_the_url(client, checker, desk, settings, serve):
    port = serve(Trickle)
    settings.FETCH_ALLOW_PRIVATE, settings.FETCH_TIMEOUT = True, 1
    client.force_login(checker)
    url = f"http://127.0.0.1:{port}/headers"
    response = client.post("/articles/new/", {"desk": desk.pk, "fetch_url": url, "fetch": "1"}, follow=True)
    assert response.status_code == 200
    assert "took longer than 1 seconds to arrive" in response.text and f'value="{url}"' in response.text


@pytest.mark.django_db
def test_a_feed_that_trickles_is_a_feed_error(desk, settings, serve):
    from claims.models import Feed, Job, JobKind, JobStatus, Outlet

    port = serve(Trickle)
    settings.FETCH_ALLOW_PRIVATE, settings.FETCH_TIMEOUT = True, 1
    feed = Feed.objects.create(desk=desk, outlet=Outlet.objects.create(desk=desk, name="Courier"),
                               url=f"http://127.0.0.1:{port}/body")  # fmt: skip
    job = Job.start(JobKind.POLL_FEED, desk=desk.pk, feed=feed, max_attempts=1)
    assert job.status == JobStatus.FAILED and "took longer than 1 seconds" in job.error
    feed.refresh_from_db()
    assert feed.error_count == 1 and "took longer than 1 seconds" in feed.last_error


def test_a_page_with_nul_and_lone_surrogates_extracts_without_them():
    words = " ".join(f"word{i}" for i in range(40))
    html = f"<html><head><title>Nul\x00 page</title></head><body><article><p>{words}\x00 and \ud800 more.</p></article></body></html>"
    article = fetch.extract(html)
    assert "\x00" not in article["text"] and "\ud800" not in article["text"]
    assert "word39 and  more." in article["text"] or "word39 and more." in article["text"]
