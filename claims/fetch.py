"""Fetch an article from a URL and extract its main text with trafilatura.

Every hop (the first URL and each redirect) resolves the host once, checks every address the
name resolves to, and connects to one of those checked addresses: nothing resolves the name a
second time, so a DNS answer that changes between the check and the connection (rebinding)
reaches nothing private. HTTPS is TLS to that address, with the host name for SNI and for the
certificate check; the Host header is the host name. Private addresses are refused, except
under the URL prefixes of FETCH_ALLOW_PRIVATE_URLS (the demo feed) or with FETCH_ALLOW_PRIVATE
(tests).

One deadline bounds the whole fetch: connecting, the TLS handshake, the headers and every read
of the body, on every hop, so a server trickling a few bytes at a time is cut at the deadline.
The body is limited in size, and read in the charset it declares only if that is a text
encoding (``charset=base64`` is not).
"""

from __future__ import annotations

import codecs
import functools
import http.client
import io
import ipaddress
import posixpath
import re
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

import trafilatura
from django.conf import settings
from django.utils.translation import gettext

from .text import storable

MAX_HTML_BYTES = 5_000_000
MAX_REDIRECTS = 5
MIN_WORDS = 20
REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(Exception):
    """A message for the user saying why the URL gave no article."""


class _Refused(FetchError):
    """An address the fetcher may not reach (said differently when a redirect led there)."""


def _refused_private(host: str) -> str:
    return gettext("%(host)s is a private or local address and cannot be fetched.") % {"host": host}


def _too_slow(url: str, timeout: float) -> str:
    message = gettext("%(url)s took longer than %(seconds)s seconds to arrive.")
    return message % {"url": url, "seconds": f"{timeout:g}"}


def _unreachable(url: str, reason) -> str:
    return gettext("%(url)s could not be reached (%(reason)s).") % {"url": url, "reason": reason}


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


def _check_url(url: str):
    """The URL-level check, for the first URL and every redirect: a valid http(s) URL with a
    host and a port in range. The addresses are checked where the connection is made."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as e:
        raise FetchError(gettext("%(url)s is not a valid URL (%(error)s).") % {"url": url, "error": e}) from e
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(gettext("Only http and https URLs can be fetched."))
    return parts


NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _is_public(address) -> bool:
    """A global unicast address, and so is any IPv4 address embedded in it (mapped, 6to4,
    Teredo, NAT64). ``is_global`` alone lets multicast and IPv6 site-local through."""
    if address.version == 6 and address.ipv4_mapped is not None:
        return _is_public(address.ipv4_mapped)
    if address.version == 6 and address in NAT64:
        return _is_public(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    if (
        not address.is_global
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or address.is_loopback
        or address.is_link_local
        or (address.version == 6 and address.is_site_local)
    ):
        return False
    if address.version == 6:
        embedded = [address.sixtofour, *(address.teredo or ())]
        return all(_is_public(v4) for v4 in embedded if v4 is not None)
    return True


class _Deadline:
    """The time left for the whole fetch; raises TimeoutError once it has passed."""

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds
        self.arriving = False  # whether the current response has sent a byte yet

    def left(self) -> float:
        left = self.at - time.monotonic()
        if left <= 0:
            raise TimeoutError("timed out")
        return left


class _DeadlineReader(io.RawIOBase):
    """The socket as http.client reads it, each read waiting at most until the deadline
    (status line, headers and body alike)."""

    def __init__(self, sock, deadline: _Deadline) -> None:
        self._sock, self._deadline = sock, deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self._sock.settimeout(self._deadline.left())
        count = self._sock.recv_into(buffer)
        self._deadline.arriving = self._deadline.arriving or count > 0
        return count


class _DeadlineSocket:
    """What ``HTTPResponse`` needs of a socket: ``makefile``, here a deadline-bound reader."""

    def __init__(self, sock, deadline: _Deadline) -> None:
        self._sock, self._deadline = sock, deadline

    def makefile(self, mode: str = "rb", *args, **kwargs):
        return io.BufferedReader(_DeadlineReader(self._sock, self._deadline))


class _DeadlineResponse(http.client.HTTPResponse):
    def __init__(self, sock, *args, deadline: _Deadline, **kwargs) -> None:
        super().__init__(_DeadlineSocket(sock, deadline), *args, **kwargs)


class _PinnedConnection(http.client.HTTPConnection):
    """http.client on a socket already connected (to a checked address): it writes the
    request, with the host name in the Host header, and reads the answer by the deadline."""

    def __init__(self, host: str, port: int, *, sock, deadline: _Deadline, default_port: int) -> None:
        super().__init__(host, port)
        self.sock = sock
        self.default_port = default_port  # so that the Host header leaves out a default port
        self.response_class = functools.partial(_DeadlineResponse, deadline=deadline)

    def connect(self) -> None:  # pragma: no cover - the socket is given; never reconnect
        raise http.client.NotConnected("the fetcher connects only to checked addresses")

    def close(self) -> None:
        """Leaves the socket open: http.client closes the connection when the answer says
        ``Connection: close``, before the body is read; ``_get`` closes the socket after."""
        self.sock = None
        super().close()


def _resolve(host: str, port: int) -> list:
    try:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError) as e:
        raise FetchError(gettext("Could not reach %(host)s: the name does not resolve.") % {"host": host}) from e


def _open_socket(family, kind, proto, sockaddr, timeout: float) -> socket.socket:
    """A TCP connection to one address (a seam for tests that must not touch the network)."""
    sock = socket.socket(family, kind, proto)
    try:
        sock.settimeout(timeout)
        sock.connect(sockaddr)
    except BaseException:
        sock.close()
        raise
    return sock


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """Certificates verified against the system's CAs, and the host name checked."""
    return ssl.create_default_context()


def _connect(parts, deadline: _Deadline, *, private_ok: bool):
    """Resolve once, check every address, connect to a checked one; TLS for https."""
    _, host, port = _origin(parts)
    infos = _resolve(host, port)
    if not private_ok:
        for info in infos:
            if not _is_public(ipaddress.ip_address(info[4][0].split("%")[0])):
                raise _Refused(_refused_private(host))
    error = None
    for family, kind, proto, _, sockaddr in infos:
        try:
            sock = _open_socket(family, kind, proto, sockaddr, deadline.left())
            break
        except OSError as e:
            error = e
    else:
        raise error or OSError(f"could not connect to {host}")
    if parts.scheme == "https":
        try:
            sock.settimeout(deadline.left())
            sock = _tls_context().wrap_socket(sock, server_hostname=host)
        except BaseException:
            sock.close()
            raise
    return sock


def _target(parts) -> str:
    """The request target: the path and query, with anything outside ASCII (an Arabic slug, a
    space) percent-encoded and the escapes already there kept."""
    safe = "/%:@!$&'()*+,;=-._~"
    target = quote(parts.path or "/", safe=safe)
    if parts.query:
        target += "?" + quote(parts.query, safe=safe + "?")
    return target


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 when the validators sent still match
    body: bytes
    charset: str  # a text encoding Python knows (a codec name)
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
    """GET ``url`` behind the address check (every redirect too), a size limit and one deadline
    for the whole fetch. With ``etag``/``last_modified`` the GET is conditional: an unchanged
    resource answers 304. Every failure is a FetchError with a message for the person."""
    timeout = timeout or settings.FETCH_TIMEOUT
    deadline = _Deadline(timeout)
    headers = {"User-Agent": "Claimdesk/1.0 (+article import)", "Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        parts = _check_url(current)
        try:
            status, reason, body, response_headers = _get(current, parts, headers, deadline, max_bytes, url=url)
        except _Refused as e:
            if current == url:
                raise
            raise FetchError(_unreachable(url, _redirected(e))) from e
        except TimeoutError as e:
            if deadline.arriving:
                raise FetchError(_too_slow(url, timeout)) from e
            raise FetchError(_unreachable(url, e)) from e  # nothing came back in time
        except (OSError, http.client.HTTPException, ValueError) as e:
            raise FetchError(_unreachable(url, e)) from e
        if status in REDIRECTS and response_headers.get("Location"):
            location = response_headers["Location"].strip()
            try:
                following = urljoin(current, location)
                _check_url(following)
            except ValueError as e:  # urljoin refuses it (``http://[::1``)
                invalid = gettext("%(url)s is not a valid URL (%(error)s).") % {"url": location, "error": e}
                raise FetchError(_unreachable(url, _redirected(invalid))) from e
            except FetchError as e:
                raise FetchError(_unreachable(url, _redirected(e))) from e
            current = following
            continue
        break
    else:
        message = gettext("%(url)s redirected more than %(count)s times.")
        raise FetchError(message % {"url": url, "count": MAX_REDIRECTS})
    if status == 304:
        return Fetched(url, 304, b"", "utf-8", etag, last_modified)
    if not 200 <= status < 300:
        message = gettext("The site answered %(code)s %(reason)s: %(url)s could not be fetched.")
        raise FetchError(message % {"code": status, "reason": reason, "url": url})
    charset = _charset(_header_charset(response_headers), body)
    validators = response_headers.get("ETag", ""), response_headers.get("Last-Modified", "")
    return Fetched(current, 200, body, charset, *validators)


def _redirected(error: FetchError) -> str:
    return gettext("redirected to a refused address: %(error)s") % {"error": error}


def _get(current: str, parts, headers: dict, deadline: _Deadline, max_bytes: int, *, url: str):
    """One hop to ``current``: (status, reason, body, headers). A redirect's body is not read."""
    private_ok = _private_allowed(current)
    deadline.arriving = False
    sock = _connect(parts, deadline, private_ok=private_ok)
    _, host, port = _origin(parts)
    default_port = 443 if parts.scheme == "https" else 80
    connection = _PinnedConnection(host, port, sock=sock, deadline=deadline, default_port=default_port)
    try:
        sock.settimeout(deadline.left())
        connection.request("GET", _target(parts), headers=headers)
        response = connection.getresponse()
        if not 200 <= response.status < 300:  # a redirect, a 304, an error: no body wanted
            return response.status, response.reason, b"", response.headers
        if (response.length or 0) > max_bytes:
            raise FetchError(_too_large(url, max_bytes))
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = response.read1(min(65536, max_bytes + 1 - size))  # what has arrived
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_large(url, max_bytes))
        return response.status, response.reason, b"".join(chunks), response.headers
    finally:
        connection.close()
        sock.close()


def _too_large(url: str, max_bytes: int) -> str:
    message = gettext("%(url)s is larger than %(size)s MB.")
    return message % {"url": url, "size": f"{max_bytes / 1_000_000:g}"}


# -- charsets ----------------------------------------------------------------------------


def _text_codecs() -> frozenset[str]:
    """The codecs of the charsets Python names (its aliases), that decode bytes to text:
    ``base64``, ``rot13``, ``hex`` or ``zlib`` do not; ``idna`` and ``punycode`` are no
    charsets of a page (and refuse ``errors="replace"``)."""
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
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.IGNORECASE)


def _text_codec(name: str | None) -> str | None:
    """The codec for a declared charset, if it is a text encoding Python knows."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip())
    except (LookupError, ValueError, TypeError):
        return None
    return codec.name if codec.name in _TEXT_CODECS else None


def _header_charset(headers) -> str | None:
    try:
        return headers.get_content_charset()
    except (LookupError, ValueError, TypeError):
        return None


def _charset(declared: str | None, body: bytes) -> str:
    """A byte-order mark, else the charset the header declares, else a ``<meta>`` one, else
    UTF-8; a name that is not a text encoding is passed over (read with replacements)."""
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if codec := _text_codec(declared):
        return codec
    if (meta := _META_CHARSET.search(body[:4096])) and (codec := _text_codec(meta.group(1).decode("ascii"))):
        return codec
    return "utf-8"


# -- articles ----------------------------------------------------------------------------


def fetch_article(url: str, *, timeout: float | None = None) -> dict:
    try:
        page = fetch_url(url, timeout=timeout)
    except FetchError as e:
        raise FetchError(gettext("%(error)s Check the URL, or paste the text instead.") % {"error": e}) from e
    return extract(page.text(), url=url)


def extract(html: str, *, url: str = "") -> dict:
    # A page is text nobody here typed: what no database column can hold (NUL, lone
    # surrogates) is dropped, as for feed titles, rather than refusing the whole article.
    document = trafilatura.bare_extraction(storable(html), url=url or None, with_metadata=True)
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
