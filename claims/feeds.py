"""Reading an RSS or Atom feed that the guarded fetcher brought in (feedparser never fetches)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser
from django.utils.translation import gettext

from .fetch import FetchError
from .text import is_storable, storable

MAX_FEED_BYTES = 2_000_000
MAX_ITEMS = 50  # the newest items of one poll; a feed with more is read from its top


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str
    published: dt.date | None
    guid: str


def parse_feed(body: bytes, *, url: str) -> tuple[str, list[FeedItem]]:
    """The feed's title and its newest items with an http(s) link, newest first as the feed
    lists them. Raises FetchError when the bytes are not a feed."""
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        raise FetchError(gettext("%(url)s is not an RSS or Atom feed.") % {"url": url})
    items, seen = [], set()
    for entry in parsed.entries[:MAX_ITEMS]:
        href = (entry.get("link") or "").strip()
        if not href or not is_storable(href):
            continue  # an item without a link is not an article to fetch (urljoin would give the feed)
        link = urljoin(url, href)
        try:
            if urlsplit(link).scheme not in ("http", "https") or link in seen:
                continue
        except ValueError:
            continue
        seen.add(link)
        published = _date(entry.get("published_parsed") or entry.get("updated_parsed"))
        # A feed's text is the outlet's, not typed here: what no column can hold (a NUL from
        # "&#0;") is dropped rather than the item refused.
        title, guid = storable(entry.get("title") or "").strip(), storable(entry.get("id") or "") or link
        items.append(FeedItem(link, title, published, guid))
    return storable(parsed.feed.get("title") or "").strip(), items


def _date(stamp) -> dt.date | None:
    """A feed's date, if it is one (feeds carry year 0, month 13 and worse)."""
    try:
        return dt.date(*stamp[:3]) if stamp else None
    except (TypeError, ValueError):
        return None
