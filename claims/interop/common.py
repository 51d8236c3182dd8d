"""What every exchange format shares: absolute URLs on the public site and ISO 8601 times."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

if TYPE_CHECKING:
    pass


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def iso(value: dt.datetime | None) -> str | None:
    """An aware datetime as ISO 8601 UTC with seconds and ``Z`` (what both validators expect)."""
    if value is None:
        return None
    return value.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


_HTTP_URL = URLValidator(schemes=["http", "https"])


def is_http_url(value: str) -> bool:
    """Whether ``value`` is an absolute http(s) URL (no javascript:, data:, ftp: or relative links)."""
    try:
        _HTTP_URL(value)
    except ValidationError:
        return False
    return True
