"""Template filters of the claim pages."""

from __future__ import annotations

from django import template
from django.template.defaultfilters import stringfilter
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from ..models import AttributionType, Stage
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


@register.simple_tag
def claim_rows(page, query: Query | None, can_assign: bool) -> str:
    """The claim list's rows, drawn here in one pass: a template loop's lookups, filters and labels
    per cell were most of the list's rendering. Each label is translated once; every text (a
    claim's, a speaker's, an article's, an outlet's, a user's) is escaped before it joins the
    markup, the search's matches in ``<mark>``; the rest are numbers and fixed names."""
    stages = {value: str(label) for value, label in Stage.choices}
    types = {value: str(label) for value, label in AttributionType.choices}
    rows = []
    for claim in page:
        pk = claim.pk
        shown = clip_text(claim.text, 120)
        pieces = highlight(shown, query) if query else [(shown, False)]
        text = "".join(f"<mark>{escape(piece)}</mark>" if hit else escape(piece) for piece, hit in pieces)
        check = (
            f'<td><input type="checkbox" name="claims" value="{pk}" aria-labelledby="select-h claim-text-{pk}"></td>'
            if can_assign
            else ""
        )
        speaker = f': <span dir="auto">{escape(claim.speaker.name)}</span>' if claim.speaker_id else ""
        rating = escape(claim.rating.label) if claim.rating_id and claim.rating.label else "—"
        assignee = escape(claim.assignee.get_username() or "—") if claim.assignee_id else "—"
        article = ""
        if claim.article_id:
            article = f'<span dir="auto">{escape(clip_text(claim.article.title, 50))}</span>'
            if claim.article.outlet_id:
                article += f' <small dir="auto">{escape(claim.article.outlet.name)}</small>'
        updated = timezone.localtime(claim.updated) if timezone.is_aware(claim.updated) else claim.updated
        rows.append(
            f"<tr>{check}"
            f'<td><a href="{escape(claim.get_workspace_url())}" dir="auto" id="claim-text-{pk}">{text}</a></td>'
            f'<td><span class="stage stage-{escape(claim.stage)}">{escape(stages.get(claim.stage, claim.stage))}</span></td>'
            f"<td>{rating}</td>"
            f"<td>{escape(types.get(claim.attribution_type, claim.attribution_type))}{speaker}</td>"
            f"<td>{claim.source_count}</td>"
            f'<td dir="auto">{assignee}</td>'
            f"<td>{article}</td>"
            f'<td><time datetime="{updated.isoformat()}">{minute(updated)}</time></td></tr>'
        )
    if not rows:
        return format_html('<tr><td colspan="9">{}</td></tr>', gettext("No claims match these filters."))
    return mark_safe("".join(rows))  # noqa: S308 -- every piece above is escaped or a number
