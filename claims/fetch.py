"""Fetch an article from a URL and extract its main text with trafilatura.

Behind a deadline and a size limit. Private and loopback addresses are refused, checked on
the address each connection is actually made to (every redirect included), except under the
URL prefixes of FETCH_ALLOW_PRIVATE_URLS (the demo feed) or with FETCH_ALLOW_PRIVATE (tests).
"""

from __future__ import annotations

import codecs
import http.client
import ipaddress
import posixpath
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura
from django.conf import settings
from django.utils.translation import gettext

MAX_HTML_BYTES = 5_000_000
MIN_WORDS = 20


class FetchError(Exception):
    """A message for the user saying why the URL gave no article."""


def _refused_private(host: str) -> str:
    return gettext("%(host)s is a private or local address and cannot be fetched.") % {"host": host}


def _too_slow(url: str, timeout: float) -> str:
    message = gettext("%(url)s took longer than %(seconds)s seconds to arrive.")
    return message % {"url": url, "seconds": f"{timeout:g}"}


def _origin(parts) -> tuple[str, str, int]:
    return parts.scheme, (parts.hostname or "").lower(), parts.port or (443 if parts.scheme == "https" else 80)


def _private_allowed(url: str) -> bool:
    """Tests serve pages from 127.0.0.1, and the demo's feed is served by the app itself: only
    under the URL prefixes of FETCH_ALLOW_PRIVATE_URLS (or anywhere, with FETCH_ALLOW_PRIVATE).
    Compared part by part (scheme, host, port, then path), never as strings, so that
    ``http://127.0.0.1:8000@169.254.169.254/`` or ``/demo/../admin`` does not pass."""
    if getattr(settings, "FETCH_ALLOW_PRIVATE", False):
        return True
    parts = urlsplit(url)
    if parts.username is not None or parts.password is not None:
        return False
    path = posixpath.normpath(parts.path or "/") + ("/" if (parts.path or "/").endswith("/") else "")
    for prefix in getattr(settings, "FETCH_ALLOW_PRIVATE_URLS", ()):
        allowed = urlsplit(prefix)
        base = allowed.path if allowed.path.endswith("/") else allowed.path + "/"
        if _origin(parts) == _origin(allowed) and (path + "/").startswith(base):
            return True
    return False


def _private_hosts() -> set[tuple[str, int]]:
    """The (host, port) pairs a connection may reach on a private address."""
    hosts = set()
    for prefix in getattr(settings, "FETCH_ALLOW_PRIVATE_URLS", ()):
        _, host, port = _origin(urlsplit(prefix))
        hosts.add((host, port))
    return hosts


def _check_host(url: str) -> None:
    """The URL-level check, for the first URL and every redirect: the scheme, the port, and the
    allow-list's paths. Addresses are checked where the connection is made (``_connect``), once,
    on the addresses actually connected to."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as e:
        raise FetchError(gettext("%(url)s is not a valid URL (%(error)s).") % {"url": url, "error": e}) from e
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(gettext("Only http and https URLs can be fetched."))
    if _private_allowed(url):
        return
    if _origin(parts)[1:] in _private_hosts():
        # An allowed private host, but outside the allowed paths (the connection would let it by).
        raise FetchError(_refused_private(parts.hostname))


def _resolve(host: str, port: int) -> list:
    try:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as e:
        raise FetchError(gettext("Could not reach %(host)s: the name does not resolve.") % {"host": host}) from e


def _connect(address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, **kwargs):
    """``socket.create_connection`` for the fetcher: the name is resolved once, every address
    checked, and the socket connected to a checked address, so a DNS answer that changes
    between the check and the connection (rebinding) reaches nothing private."""
    host, port = address
    infos = _resolve(host, port)
    private_ok = getattr(settings, "FETCH_ALLOW_PRIVATE", False) or (host.lower(), port) in _private_hosts()
    if not private_ok:
        for info in infos:
            if not _is_public(ipaddress.ip_address(info[4][0].split("%")[0])):
                # A FetchError is no OSError: urllib lets it through unwrapped, message and all.
                raise FetchError(_refused_private(host))
    error = None
    for family, kind, proto, _, sockaddr in infos:
        sock = socket.socket(family, kind, proto)
        try:
            if timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as e:
            sock.close()
            error = e
    raise error or OSError(f"could not connect to {host}")


class _GuardedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _connect


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _connect


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_GuardedHTTPConnection, req)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_GuardedHTTPSConnection, req, context=self._context)


NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _is_public(address) -> bool:
    """Global, and so is any IPv4 address embedded in it (mapped, 6to4, Teredo, NAT64)."""
    if not address.is_global:
        return False
    if address.version == 6:
        embedded = [address.ipv4_mapped, address.sixtofour, *(address.teredo or ())]
        if address in NAT64:
            embedded.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        return all(v4.is_global for v4 in embedded if v4 is not None)
    return True


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Every redirect target passes the same host check as the first URL."""

    max_redirections = 5

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        try:
            _check_host(newurl)
        except FetchError as e:
            raise urllib.error.URLError(gettext("redirected to a refused address: %(error)s") % {"error": e}) from e
        return super().redirect_request(req, fp, code, msg, headers, newurl)


# No proxy from the environment: the address checks must apply to the site itself.
_opener = urllib.request.build_opener(
    urllib.request.ProxyHandler({}), _GuardedHTTPHandler, _GuardedHTTPSHandler, _CheckedRedirects
)


def _shorten_timeout(response, seconds: float) -> None:
    """Each read waits at most until the deadline (a server trickling a byte a second)."""
    sock = getattr(getattr(response.fp, "raw", None), "_sock", None)
    if sock is not None:
        sock.settimeout(max(seconds, 0.05))


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 when the validators sent still match
    body: bytes
    charset: str
    etag: str = ""
    last_modified: str = ""

    def text(self) -> str:
        return self.body.decode(self.charset, errors="replace")


def fetch_url(
    url: str,
    *,
    timeout: float | None = None,
    max_bytes: int = MAX_HTML_BYTES,
    etag: str = "",
    last_modified: str = "",
    accept: str = "text/html,application/xhtml+xml",
) -> Fetched:
    """GET ``url`` behind the host check (every redirect too), a size limit and a deadline.
    With ``etag``/``last_modified`` the GET is conditional: an unchanged resource answers 304."""
    _check_host(url)
    timeout = timeout or settings.FETCH_TIMEOUT
    headers = {"User-Agent": "Claimdesk/1.0 (+article import)", "Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    deadline = time.monotonic() + timeout
    try:
        with _opener.open(request, timeout=timeout) as response:
            # The timeout bounds each read; the deadline bounds them all (a trickling server).
            chunks, size = [], 0
            while size <= max_bytes:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise FetchError(_too_slow(url, timeout))
                _shorten_timeout(response, left)
                try:
                    chunk = response.read1(65536)  # what has arrived, not a wait for 64 KB
                except TimeoutError as e:
                    raise FetchError(_too_slow(url, timeout)) from e
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            raw = b"".join(chunks)
            charset = response.headers.get_content_charset() or "utf-8"
            final_url = response.geturl()
            validators = response.headers.get("ETag", ""), response.headers.get("Last-Modified", "")
    except urllib.error.HTTPError as e:
        if e.code == 304:
            return Fetched(url, 304, b"", "utf-8", etag, last_modified)
        message = gettext("The site answered %(code)s %(reason)s: %(url)s could not be fetched.")
        raise FetchError(message % {"code": e.code, "reason": e.reason, "url": url}) from e
    except (urllib.error.URLError, TimeoutError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise FetchError(gettext("%(url)s could not be reached (%(reason)s).") % {"url": url, "reason": reason}) from e
    if len(raw) > max_bytes:
        message = gettext("%(url)s is larger than %(size)s MB.")
        raise FetchError(message % {"url": url, "size": f"{max_bytes / 1_000_000:g}"})
    try:
        if codecs.lookup(charset).name not in _TEXT_CODECS:
            charset = "utf-8"
    except LookupError:
        charset = "utf-8"  # an unknown charset name: read it as UTF-8, replacing what does not fit
    return Fetched(final_url, 200, raw, charset, *validators)


def _text_codecs() -> frozenset[str]:
    """Codecs that decode bytes to text; ``charset=base64`` or ``rot13`` names one that does not."""
    import encodings.aliases

    names = set()
    for name in {*encodings.aliases.aliases.values(), "utf_8", "utf_8_sig"}:
        try:
            info = codecs.lookup(name)
        except LookupError:
            continue
        if getattr(info, "_is_text_encoding", True):
            names.add(info.name)
    return frozenset(names)


_TEXT_CODECS = _text_codecs()


def fetch_article(url: str, *, timeout: float | None = None) -> dict:
    try:
        page = fetch_url(url, timeout=timeout)
    except FetchError as e:
        raise FetchError(gettext("%(error)s Check the URL, or paste the text instead.") % {"error": e}) from e
    return extract(page.text(), url=url)


def extract(html: str, *, url: str = "") -> dict:
    document = trafilatura.bare_extraction(html, url=url or None, with_metadata=True)
    text = (document.text or "").strip() if document else ""
    if len(text.split()) < MIN_WORDS:  # a menu or a cookie banner is not an article
        raise FetchError(gettext("No article text was found on that page; paste the text instead."))
    title = (document.title or "").strip()
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :]
    if len(text) > settings.ARTICLE_MAX_CHARS:
        message = gettext("The extracted text is %(length)s characters; the limit is %(limit)s.")
        raise FetchError(message % {"length": f"{len(text):,}", "limit": f"{settings.ARTICLE_MAX_CHARS:,}"})
    return {
        "title": title,
        "text": text,
        "byline": document.author or "",
        "published": (document.date or "")[:10],
        "language": document.language or "",
        "outlet": document.sitename or "",
    }
