"""Template filters of the claim pages."""

from __future__ import annotations

from django import template
from django.template.defaultfilters import stringfilter
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import ngettext

from ..search import Query, highlight
from ..text import clip as clip_text

register = template.Library()


@register.filter(is_safe=True)
@stringfilter
def clip(value: str, length) -> str:
    """Django's ``truncatechars``, to the character, faster (``text.clip``)."""
    try:
        length = int(length)
    except ValueError:
        return value
    return clip_text(value, length)


@register.filter(expects_localtime=True)
def minute(value) -> str:
    """``date:"Y-m-d H:i"`` for a datetime (the lists' dates), without the date format's machinery."""
    if not value:
        return ""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:{value.minute:02d}"


@register.filter(name="highlight")
def highlight_filter(text: str, query: Query | None) -> list[tuple[str, bool]]:
    """``text`` as (piece, matched) pairs for ``query``; the template escapes every piece."""
    return highlight(str(text), query) if query else [(str(text), False)]


@register.simple_tag
def fields(form, full_page: bool = False) -> str:
    """A form's fields as the pages draw them: the hidden ones, then each visible one in a ``div.field``
    with its label, widget, help (``<small id="…_helptext">``, which the widget's ``aria-describedby``
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
            format_html('<small id="{}_helptext">{}</small>', field.auto_id, field.help_text) if field.help_text else ""
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
    # Joined through format_html: Django's widgets and errors arrive safe and stay as they are; a part
    # that were not safe would be escaped, never passed through.
    return format_html_join("", "{}", ((part,) for part in parts))
