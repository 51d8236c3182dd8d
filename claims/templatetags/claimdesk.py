"""Template filters of the claim pages."""

from __future__ import annotations

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

from ..search import Query, highlight

register = template.Library()


@register.filter(name="highlight")
def highlight_filter(text: str, query: Query | None) -> list[tuple[str, bool]]:
    """``text`` as (piece, matched) pairs for ``query``; the template escapes every piece."""
    return highlight(str(text), query) if query else [(str(text), False)]


@register.simple_tag
def fields(form, full_page: bool = False) -> str:
    """A form's fields as the pages draw them: the hidden ones, then each visible one in a ``div.field``
    with its label, widget, help (``<small id="…_help">``, which the widget's ``aria-describedby``
    names) and errors.

    Drawn here rather than by a template looping over the fields: the panel shows five forms, and a
    template's per-field lookups and includes were half of its rendering time.
    """
    parts = [str(field) for field in form.hidden_fields()]
    for field in form.visible_fields():
        errors = field.errors
        if field.name == "sentence" and not getattr(form, "sentences_inline", True) and not full_page:
            count = len(field.field.choices) - 1  # the blank choice is not a sentence
            text = ngettext(
                "Choose one of its %(counter)s sentences on a page of its own",
                "Choose one of its %(counter)s sentences on a page of its own",
                count,
            ) % {"counter": count}
            widget = format_html('<a href="{}">{}</a>', reverse("claims:claim-new", args=[form.article.pk]), text)
        else:
            widget = str(field)
        help_text = (
            format_html('<small id="{}_help">{}</small>', field.auto_id, field.help_text) if field.help_text else ""
        )
        parts.append(
            format_html(
                '\n  <div class="field{}">\n    {}\n    {}\n    {}\n    {}\n  </div>',
                " has-error" if errors else "",
                field.label_tag(),
                widget,
                help_text,
                str(errors) if errors else "",
            )
        )
    return mark_safe("".join(parts))  # noqa: S308 (each part is escaped or drawn by Django's widgets)
