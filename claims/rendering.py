"""Form widgets, labels and empty error lists drawn in Python, to the byte what Django's own
templates draw, in a fraction of the time.

Django renders every widget, every label and every (even empty) error list through a template:
the claim panel's five forms made some seventy template renders a request, a third of its time,
and a select of 300 sentences one include per option. ``FastTemplates`` draws the plain cases
(inputs, textareas, selects, labels, no errors) with ``escape`` exactly as the templates do, and
hands anything else to the templates: another widget, a template an app overrides, a value that
is not plain text. ``tests/test_rendering.py`` holds it to the templates' output.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property, partial
from pathlib import Path

import django.forms
from django.forms.models import ModelChoiceIteratorValue
from django.forms.renderers import DjangoTemplates
from django.utils.functional import Promise
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeData

DJANGO_TEMPLATES = Path(django.forms.__file__).parent / "templates"
INPUT = "django/forms/widgets/input.html"
INCLUDES_INPUT = '{% include "django/forms/widgets/input.html" %}'
INCLUDES_CHOICES = '{% include "django/forms/widgets/multiple_input.html" %}'
INCLUDES_OPTION = '{% include "django/forms/widgets/input_option.html" %}'
TEXT = (str, Promise)
# What the drawn templates include: an app overriding one of these keeps every template.
INCLUDED = (
    "django/forms/widgets/attrs.html",
    "django/forms/widgets/select_option.html",
    "django/forms/widgets/input_option.html",
    "django/forms/widgets/multiple_input.html",
    "django/forms/attrs.html",
    "django/forms/errors/list/ul.html",
)


class Unusual(Exception):
    """A value the Python drawing does not handle the templates' way: the template draws it."""


def _shown(value) -> str:
    """``{{ value }}`` for text: escaped unless already safe."""
    if not isinstance(value, TEXT):
        raise Unusual
    return conditional_escape(str(value))


def _formatted(value) -> str:
    """``{{ value|stringformat:'s' }}``: ``stringformat`` keeps a safe value safe."""
    if isinstance(value, ModelChoiceIteratorValue):
        value = value.value  # a model choice's option: ``"%s" % value`` is its primary key's
    if not isinstance(value, (*TEXT, int, float)) or isinstance(value, bool):
        raise Unusual
    text = str(value)
    return text if isinstance(value, SafeData) else escape(text)


def _attrs(attrs: dict | None) -> str:
    """``django/forms/widgets/attrs.html`` (and ``django/forms/attrs.html``)."""
    parts = []
    for name, value in (attrs or {}).items():
        if value is False:
            continue
        parts.append(f" {_shown(name)}" if value is True else f' {_shown(name)}="{_formatted(value)}"')
    return "".join(parts)


def _input(context: dict) -> str:
    return _input_tag(context["widget"])


def _input_tag(widget: dict) -> str:
    value = "" if widget["value"] is None else f' value="{_formatted(widget["value"])}"'
    return f'<input type="{_shown(widget["type"])}" name="{_shown(widget["name"])}"{value}{_attrs(widget["attrs"])}>'


def _input_option(option: dict) -> str:
    """``radio_option.html``/``checkbox_option.html``: ``input_option.html`` and a line end."""
    if not option["wrap_label"]:
        return f"{_input_tag(option)}\n\n"
    for_id = f' for="{_shown(option["attrs"]["id"])}"' if option["attrs"].get("id") else ""
    return f"<label{for_id}>{_input_tag(option)}\n {_shown(option['label'])}</label>\n\n"


def _choices(context: dict, option_templates: frozenset) -> str:
    """``multiple_input.html``: radio buttons and checkboxes."""
    widget = context["widget"]
    attrs = widget["attrs"]
    parts = ["<div"]
    if attrs.get("id"):
        parts.append(f' id="{_shown(attrs["id"])}"')
    if attrs.get("class"):
        parts.append(f' class="{_shown(attrs["class"])}"')
    parts.append(">")
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f"\n  <div><label>{_shown(group_name)}</label>")
        for option in options:
            if option["template_name"] not in option_templates:
                raise Unusual
            parts.append(f"<div>\n    {_input_option(option)}</div>")
        if group_name:
            parts.append("\n  </div>")
    parts.append("\n</div>")
    return "".join(parts)


def _textarea(context: dict) -> str:
    widget = context["widget"]
    value = _shown(widget["value"]) if widget["value"] else ""
    return f'<textarea name="{_shown(widget["name"])}"{_attrs(widget["attrs"])}>\n{value}</textarea>'


def _option(option: dict) -> str:
    return f'<option value="{_formatted(option["value"])}"{_attrs(option["attrs"])}>{_shown(option["label"])}</option>'


def _select(context: dict) -> str:
    widget = context["widget"]
    parts = [f'<select name="{_shown(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_shown(group_name)}">')
        for option in options:
            if option["template_name"] != "django/forms/widgets/select_option.html":
                raise Unusual
            parts.append(f"\n  {_option(option)}\n")
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def _label(context: dict) -> str:
    label = context["label"]
    if not context["use_tag"]:
        return _shown(label)
    tag = _shown(context["tag"])
    return f"<{tag}{_attrs(context['attrs'])}>{_shown(label)}</{tag}>"


def _errors(context: dict) -> str:
    if context["errors"]:
        raise Unusual  # messages, ids and classes: the template draws them
    return ""


class FastTemplates(DjangoTemplates):
    """Django's form renderer, drawing the plain widgets in Python (``FORM_RENDERER``)."""

    def render(self, template_name, context, request=None):
        if (draw := self.drawings.get(template_name)) is not None:
            try:
                return draw(context).strip()  # as the templates' output is
            except (Unusual, KeyError):
                pass
        return super().render(template_name, context, request)

    @cached_property
    def drawings(self) -> dict[str, Callable[[dict], str]]:
        """The templates drawn in Python: only those the engine finds in Django itself (an app
        overriding one keeps its template), and of the widgets only those that are the input."""
        drawings = {
            INPUT: _input,
            "django/forms/widgets/textarea.html": _textarea,
            "django/forms/widgets/select.html": _select,
            "django/forms/label.html": _label,
            "django/forms/errors/list/default.html": _errors,
        }
        sources = {
            f"django/forms/widgets/{path.name}": path.read_text("utf-8").strip()
            for path in (DJANGO_TEMPLATES / "django/forms/widgets").glob("*.html")
        }
        options = frozenset(
            name for name, source in sources.items() if source == INCLUDES_OPTION and self._is_djangos(name)
        )
        for name, source in sources.items():
            if source == INCLUDES_INPUT:
                drawings[name] = _input
            elif source == INCLUDES_CHOICES:
                drawings[name] = partial(_choices, option_templates=options)
        if not all(map(self._is_djangos, INCLUDED)):
            return {}
        return {name: draw for name, draw in drawings.items() if self._is_djangos(name)}

    def _is_djangos(self, template_name: str) -> bool:
        origin = self.get_template(template_name).template.origin.name
        return Path(origin) == DJANGO_TEMPLATES / template_name
