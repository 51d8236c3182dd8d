"""Template filters of the claim pages."""

from __future__ import annotations

from django import template

from ..search import Query, highlight

register = template.Library()


@register.filter(name="highlight")
def highlight_filter(text: str, query: Query | None) -> list[tuple[str, bool]]:
    """``text`` as (piece, matched) pairs for ``query``; the template escapes every piece."""
    return highlight(str(text), query) if query else [(str(text), False)]
