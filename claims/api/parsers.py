"""The API's JSON parser: bodies that are too large, too deep or hold unstorable text are a 400.

DRF's own ``JSONParser`` reads the whole body, however large, and hands it to ``json.load``,
which recurses once per bracket: 50,000 nested brackets were a RecursionError and a 500
(issue 18). This one reads at most ``MAX_BODY_BYTES``, counts the nesting before parsing, and
refuses a NUL or an unpaired surrogate (``"\\ud800"``) anywhere in the document, naming where,
since no field could store it.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

from ..text import JSON_MAX_DEPTH, JSONTooDeep, bounded_json_loads, find_unstorable, unstorable_message

# Django's limit on a request body (2.5 MB by default, room for an article of ARTICLE_MAX_CHARS
# characters written as \uXXXX escapes); DRF reads the body through it, so this parser's own
# check only bites when that limit is switched off (None).
MAX_BODY_BYTES = settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 6 * settings.ARTICLE_MAX_CHARS + 64 * 1024


class GuardedJSONParser(JSONParser):
    max_bytes = MAX_BODY_BYTES
    max_depth = JSON_MAX_DEPTH

    def parse(self, stream, media_type=None, parser_context=None):
        parser_context = parser_context or {}
        encoding = parser_context.get("encoding", settings.DEFAULT_CHARSET)
        raw = stream.read(self.max_bytes + 1) if stream is not None else b""
        if len(raw) > self.max_bytes:
            message = gettext("The request body is larger than %(limit)s bytes.")
            raise ParseError(message % {"limit": f"{self.max_bytes:,}"})
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError) as e:
            raise ParseError(gettext("The request body is not %(encoding)s text.") % {"encoding": encoding}) from e
        parse_constant = _no_constant if self.strict else None
        try:
            data = bounded_json_loads(text, max_depth=self.max_depth, parse_constant=parse_constant)
        except JSONTooDeep as e:
            message = gettext("The JSON is nested deeper than %(limit)s levels.")
            raise ParseError(message % {"limit": e.limit}) from e
        except ValueError as e:
            raise ParseError(gettext("JSON parse error - %(error)s") % {"error": e}) from e
        if (where := find_unstorable(data)) is not None:
            raise ParseError(unstorable_message(where))
        return data


def _no_constant(name: str):
    """NaN and Infinity are not JSON (DRF's STRICT_JSON, on by default)."""
    raise ValueError(f"Out of range float values are not JSON compliant: {name!r}")
