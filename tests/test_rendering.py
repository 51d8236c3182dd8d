"""The Python drawing of widgets, labels and error lists gives what Django's templates give."""

from __future__ import annotations

import datetime

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.template.defaultfilters import date, truncatechars
from django.utils.safestring import mark_safe
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import forms as claim_forms
from claims.rendering import FastTemplates
from claims.templatetags.claimdesk import clip, minute

from .factories import ClaimFactory, RatingFactory, SourceFactory

FAST, TEMPLATES = FastTemplates(), DjangoTemplates()

WIDGETS = [
    forms.TextInput,
    forms.NumberInput,
    forms.EmailInput,
    forms.URLInput,
    forms.PasswordInput,
    forms.HiddenInput,
    forms.DateInput,
    forms.TimeInput,
    forms.SearchInput,
    forms.CheckboxInput,
    forms.Textarea,
]
text = st.text(alphabet=st.sampled_from("ab <>&\"'\n\u0627é\u200f"), max_size=12)
attr_values = st.one_of(st.booleans(), text, st.integers(-5, 500), text.map(mark_safe))
attrs = st.dictionaries(
    st.sampled_from(["id", "class", "dir", "maxlength", "required", "data-x", "placeholder"]), attr_values, max_size=4
)
values = st.one_of(st.none(), text, st.integers(0, 10_000), text.map(mark_safe))


def both(widget: forms.Widget, name: str, value, attributes: dict) -> tuple[str, str]:
    return (
        widget.render(name, value, attrs=attributes, renderer=FAST),
        widget.render(name, value, attrs=attributes, renderer=TEMPLATES),
    )


def test_the_plain_templates_are_drawn_in_python():
    assert {"django/forms/widgets/text.html", "django/forms/widgets/select.html", "django/forms/label.html"} <= set(
        FAST.drawings
    )
    assert "django/forms/widgets/radio.html" in FAST.drawings
    assert "django/forms/widgets/splitdatetime.html" not in FAST.drawings  # the templates draw the rest


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(WIDGETS), text, values, attrs)
def test_inputs_and_textareas_match_the_templates(widget_class, name, value, attributes):
    fast, template = both(widget_class(), name, value, attributes)
    assert fast == template


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.one_of(text, st.integers(0, 99)), text),
            st.tuples(text, st.lists(st.tuples(text, text), min_size=1, max_size=3)),  # an optgroup
        ),
        max_size=5,
    ),
    st.one_of(st.none(), text, st.integers(0, 99)),
    attrs,
    st.booleans(),
)
def test_selects_match_the_templates(choices, value, attributes, multiple):
    widget = forms.SelectMultiple(choices=choices) if multiple else forms.Select(choices=choices)
    fast, template = both(widget, "choice", [value] if multiple else value, attributes)
    assert fast == template


@settings(max_examples=60, deadline=None)
@given(text, text, st.booleans(), st.sampled_from(["", ":"]))
def test_labels_and_errors_match_the_templates(label, help_text, with_id, suffix):
    class Form(forms.Form):
        field = forms.CharField(label=label or "x", help_text=help_text, required=True)

    auto_id = "id_%s" if with_id else False
    fast = Form({"field": ""}, auto_id=auto_id, label_suffix=suffix, renderer=FAST)
    template = Form({"field": ""}, auto_id=auto_id, label_suffix=suffix, renderer=TEMPLATES)
    assert fast["field"].label_tag() == template["field"].label_tag()
    assert str(fast["field"].errors) == str(template["field"].errors)  # "This field is required."
    assert str(fast.non_field_errors()) == str(template.non_field_errors()) == ""
    assert str(fast) == str(template)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.one_of(text, st.integers(0, 99)), text),
            st.tuples(text, st.lists(st.tuples(text, text), min_size=1, max_size=3)),
        ),
        max_size=4,
    ),
    st.one_of(st.none(), text),
    attrs,
    st.booleans(),
)
def test_radio_buttons_and_checkboxes_match_the_templates(choices, value, attributes, checkboxes):
    widget = forms.CheckboxSelectMultiple(choices=choices) if checkboxes else forms.RadioSelect(choices=choices)
    fast, template = both(widget, "pick", [value] if checkboxes else value, attributes)
    assert fast == template


def test_a_widget_the_python_does_not_draw_falls_back_to_its_template():
    widget = forms.SplitDateTimeWidget()
    assert widget.render("d", None, renderer=FAST) == widget.render("d", None, renderer=TEMPLATES)
    dated = forms.Select(choices=[(1, 1.5)])  # a number as a label is localised by the template
    assert dated.render("n", 1, renderer=FAST) == dated.render("n", 1, renderer=TEMPLATES)


@pytest.mark.django_db
def test_the_projects_forms_draw_the_same_html(editor, desk):
    claim = ClaimFactory(desk=desk, attribution='<b>officials</b> "said"')
    article = claim.article
    source = SourceFactory(claim=claim)
    made = [
        lambda r: claim_forms.AttributionForm(instance=claim, renderer=r),
        lambda r: claim_forms.VerdictForm(instance=claim, renderer=r),
        lambda r: claim_forms.SourceForm(instance=source, prefix="source", renderer=r),
        lambda r: claim_forms.NoteForm(renderer=r),
        lambda r: claim_forms.AssignForm(desk_ids=[desk.pk], renderer=r),
        lambda r: claim_forms.ClaimCreateForm(article=article, renderer=r),
        lambda r: claim_forms.AttributionForm({"attribution_type": "nonsense"}, instance=claim, renderer=r),
    ]
    for make in made:
        fast, template = make(FAST), make(TEMPLATES)
        fast.is_bound and fast.is_valid()
        template.is_bound and template.is_valid()
        assert str(fast) == str(template)
        for name in fast.fields:
            assert str(fast[name]) == str(template[name]), name
            assert fast[name].label_tag() == template[name].label_tag(), name


@pytest.mark.django_db
def test_the_panels_selects_of_records_are_drawn_in_python(editor, desk, monkeypatch):
    """A model choice's option values (a verdict, an assignee) are drawn without the select template."""
    claim = ClaimFactory(desk=desk)
    rating = RatingFactory(desk=desk)
    drawn_by_template = []
    render = DjangoTemplates.render
    monkeypatch.setattr(
        DjangoTemplates,
        "render",
        lambda self, name, *a, **k: drawn_by_template.append(name) or render(self, name, *a, **k),
    )
    verdict = claim_forms.VerdictForm(instance=claim, renderer=FastTemplates())
    assign = claim_forms.AssignForm(desk_ids=[desk.pk], renderer=FastTemplates())
    html = str(verdict["rating"]) + str(assign["assignee"])
    assert f'<option value="{rating.pk}"' in html
    assert f'<option value="{editor.pk}"' in html
    assert drawn_by_template == []


marked_text = st.text(alphabet=st.sampled_from("ab .\u0627\u064e\u0651e\u0301\u00e9\U0001f600"), max_size=30)


@given(marked_text, st.integers(-2, 32))
def test_clip_is_truncatechars(value, length):
    """The lists' ``clip`` gives what Django's ``truncatechars`` gives, combining marks included."""
    assert clip(value, length) == truncatechars(value, length)
    assert clip(mark_safe(value), str(length)) == truncatechars(mark_safe(value), str(length))


def test_clip_keeps_a_bad_length_as_truncatechars_does():
    assert clip("abc", "x") == truncatechars("abc", "x") == "abc"


@given(st.datetimes(min_value=datetime.datetime(1000, 1, 1)))
def test_minute_is_the_date_format_it_replaces(value):
    assert minute(value) == date(value, "Y-m-d H:i")
    assert minute(None) == date(None, "Y-m-d H:i") == ""


@pytest.mark.django_db
def test_the_fields_tag_escapes_what_a_form_holds(editor, desk):
    """User text in a bound form (a value, an error echoing it) reaches the page escaped."""
    from claims.templatetags.claimdesk import fields

    claim = ClaimFactory(desk=desk)
    form = claim_forms.NoteForm({"body": '<script>alert("x")</script>'})
    form.is_valid()
    html = fields(form) + fields(claim_forms.AttributionForm({"attribution": "<b>x</b>"}, instance=claim))
    assert "<script>" not in html and "<b>x</b>" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;x&lt;/b&gt;" in html
