from __future__ import annotations

from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext_lazy

from .models import (
    HTTP_URL,
    Article,
    AttributionType,
    Claim,
    Desk,
    Feed,
    Note,
    Outlet,
    Rating,
    Role,
    Source,
    Speaker,
    desk_ids_edited_by,
    normalise_text,
    text_sha256,
)
from .text import detect_language, sentence_spans


class ListedChoiceIterator(forms.models.ModelChoiceIterator):
    """A select's options read in one ordinary query. Django reads them through ``iterator()``,
    which on PostgreSQL opens a server-side cursor (declare, fetch, close) for the handful of
    verdicts or people a select offers: twice the time, on every page that shows one."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class ListedModelChoiceField(forms.ModelChoiceField):
    iterator = ListedChoiceIterator


class ArticleImportForm(forms.Form):
    """Paste an article, or give its URL and fetch it for confirmation first."""

    desk = ListedModelChoiceField(queryset=Desk.objects.none(), empty_label=None, label=gettext_lazy("Desk"))
    fetch_url = forms.URLField(label=gettext_lazy("Fetch from URL"), required=False, assume_scheme="https")
    title = forms.CharField(max_length=300, required=False, label=gettext_lazy("Title"))
    outlet = forms.CharField(
        max_length=200,
        required=False,
        label=gettext_lazy("Outlet"),
        help_text=gettext_lazy("Publisher name, e.g. Associated Press."),
    )
    url = forms.URLField(max_length=500, required=False, label=gettext_lazy("Article URL"), assume_scheme="https")
    published = forms.DateField(
        required=False,
        label=pgettext_lazy("the date an article was published", "Published"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    language = forms.CharField(
        max_length=16,
        required=False,
        label=gettext_lazy("Language"),
        help_text=gettext_lazy("e.g. en, ar, fr. Left empty, it is told from the text."),
    )
    byline = forms.CharField(max_length=300, required=False, label=gettext_lazy("Byline"))
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 16, "dir": "auto"}),
        required=False,
        strip=False,
        label=gettext_lazy("Article text"),
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["desk"].queryset = Desk.objects.filter(
            memberships__user=user, memberships__role__in=[Role.CHECKER, Role.EDITOR, Role.ADMIN]
        )
        self.duplicate: Article | None = None

    def clean_fetch_url(self) -> str:
        return self.cleaned_data["fetch_url"]

    def clean_text(self) -> str:
        text = normalise_text(self.cleaned_data["text"]).strip("\n")
        limit = settings.ARTICLE_MAX_CHARS
        if len(text) > limit:
            raise forms.ValidationError(
                _("The text is %(length)s characters long; the limit is %(limit)s. Split the article or trim it.")
                % {"length": f"{len(text):,}", "limit": f"{limit:,}"}
            )
        return text

    def validate_for_save(self) -> None:
        """The checks that apply when saving (not when only fetching)."""
        data = self.cleaned_data
        if not data.get("text", "").strip():
            self.add_error("text", _("The article text is empty: paste the text, or fetch it from a URL."))
        if not data.get("title", "").strip():
            self.add_error("title", _("Give the article a title."))
        desk = data.get("desk")
        if desk and data.get("text"):
            self.duplicate = Article.objects.filter(desk=desk, sha256=text_sha256(data["text"])).first()
            if self.duplicate:
                self.add_error("text", _("This text is already in the desk."))

    def save(self, user) -> Article:
        data = self.cleaned_data
        outlet = None
        if data["outlet"].strip():
            outlet, _ = Outlet.objects.get_or_create(desk=data["desk"], name=data["outlet"].strip())
        article = Article(
            desk=data["desk"],
            outlet=outlet,
            title=data["title"].strip(),
            url=data["url"],
            byline=data["byline"],
            published=data["published"],
            language=data["language"].strip() or detect_language(data["text"]),
            text=data["text"],
            imported_by=user,
        )
        article._history_user = user
        article.save()
        return article


class ArticleReviseForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 24, "dir": "auto"}), strip=False, label=gettext_lazy("Revised text")
    )
    reason = forms.CharField(
        max_length=200,
        required=False,
        label=gettext_lazy("Reason"),
        help_text=gettext_lazy("e.g. “Correction: casualty figure updated”."),
    )

    def clean_text(self) -> str:
        text = normalise_text(self.cleaned_data["text"]).strip("\n")
        if not text.strip():
            raise forms.ValidationError(_("The revised text is empty."))
        if len(text) > settings.ARTICLE_MAX_CHARS:
            raise forms.ValidationError(
                _("The text is %(length)s characters; the limit is %(limit)s.")
                % {"length": f"{len(text):,}", "limit": f"{settings.ARTICLE_MAX_CHARS:,}"}
            )
        return text


class SpeakerNameMixin(forms.Form):
    """A free-text speaker, linked to an existing Speaker by normalised name or created."""

    speaker_name = forms.CharField(
        label=gettext_lazy("Speaker"),
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={
                "list": "speaker-options",
                "autocomplete": "off",
                # Narrow the desk's speakers as one types; plain text still works without JS.
                "hx-get": reverse_lazy("claims:speaker-options"),
                "hx-trigger": "input changed delay:250ms",
                "hx-target": "#speaker-options",
                "hx-swap": "outerHTML",
            }
        ),
        help_text=gettext_lazy("Start typing to pick a known speaker; a new name creates one."),
    )
    speaker_title = forms.CharField(label=gettext_lazy("Title or role"), required=False, max_length=200)

    def resolve_speaker(self, desk: Desk, *, by=None) -> Speaker | None:
        """The named speaker (created if new; an empty title filled in, which goes through the
        review rule for the claims showing that speaker, as ``by``). Call it inside the
        transaction of the claim's write, so a refused write leaves the speaker as it was."""
        name = self.cleaned_data.get("speaker_name", "").strip()
        if not name:
            return None
        speaker, created = Speaker.get_or_create_named(desk, name, title=self.cleaned_data.get("speaker_title", ""))
        if not created and self.cleaned_data.get("speaker_title") and not speaker.title:
            speaker.title = self.cleaned_data["speaker_title"]
            speaker._history_user = by
            speaker.save(update_fields=["title"])
        return speaker


ATTRIBUTION_FIELDS = ["text", "attribution_type", "attribution", "cue", "quote_type", "anonymity_reason"]


class AttributionForm(SpeakerNameMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Claim
        fields = ATTRIBUTION_FIELDS
        widgets = {
            "text": forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
            "attribution": forms.TextInput(attrs={"dir": "auto"}),
            "anonymity_reason": forms.TextInput(attrs={"dir": "auto"}),
        }
        labels = {
            "text": gettext_lazy("Claim as checked"),
            "attribution_type": gettext_lazy("Attribution type"),
            "attribution": gettext_lazy("Attribution as written"),
            "cue": gettext_lazy("Reporting cue"),
            "quote_type": gettext_lazy("Quote type"),
            "anonymity_reason": gettext_lazy("Anonymity reason"),
        }

    field_order = ["text", "speaker_name", "speaker_title", *ATTRIBUTION_FIELDS[1:]]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["version"] = self.instance.version
            if self.instance.speaker:
                self.initial["speaker_name"] = self.instance.speaker.name
                self.initial["speaker_title"] = self.instance.speaker.title

    def clean(self):
        data = super().clean()
        if data.get("attribution_type") == AttributionType.ANONYMOUS and data.get("speaker_name"):
            self.add_error(
                "speaker_name", _("An anonymous source has no named speaker; describe it in the attribution.")
            )
        return data


class ClaimCreateForm(SpeakerNameMixin, forms.ModelForm):
    """A new claim on an article, from a selection (start/end) or a chosen sentence."""

    sentence = forms.ChoiceField(label=gettext_lazy("Or choose a sentence"), required=False)
    start = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    quote = forms.CharField(required=False, strip=False, widget=forms.HiddenInput)
    suggestion = forms.IntegerField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Claim
        fields = ATTRIBUTION_FIELDS
        widgets = AttributionForm.Meta.widgets
        labels = AttributionForm.Meta.labels

    field_order = ["sentence", "text", "speaker_name", "speaker_title", *ATTRIBUTION_FIELDS[1:]]

    # Beyond this many sentences the workspace links to a page with the list instead of
    # rendering it inline (a 200,000-character article has thousands).
    INLINE_SENTENCES = 400

    def __init__(self, *args, article: Article, **kwargs) -> None:
        kwargs.setdefault("auto_id", "new_%s")  # it shares the page with the attribution form
        super().__init__(*args, **kwargs)
        self.article = article
        self.fields["text"].required = False
        spans = sentence_spans(article.text)
        self.sentences_inline = len(spans) <= self.INLINE_SENTENCES
        self.fields["sentence"].choices = [("", "—")] + [(f"{s}-{e}", article.text[s:e][:140]) for s, e in spans]

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start is None and data.get("sentence"):
            start, end = (int(x) for x in data["sentence"].split("-"))
        if start is None or end is None:
            raise forms.ValidationError(_("Select a passage of the article, or choose a sentence."))
        text = self.article.text
        if not (0 <= start < end <= len(text)):
            raise forms.ValidationError(
                _("The selection %(start)s–%(end)s is outside the article (0–%(length)s).")
                % {"start": start, "end": end, "length": len(text)}
            )
        # Trim surrounding white space so the anchor is the words themselves.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            raise forms.ValidationError(_("The selection is empty."))
        if data.get("quote") and data["quote"].strip() != text[start:end]:
            raise forms.ValidationError(_("The selection no longer matches the article text; select it again."))
        data["start"], data["end"] = start, end
        if not data.get("text", "").strip():
            data["text"] = text[start:end]
        return data

    def save_for(self, desk: Desk, user) -> Claim:
        claim = super().save(commit=False)
        claim.desk = desk
        claim.article = self.article
        claim.speaker = self.resolve_speaker(desk, by=user)
        claim.anchor(self.cleaned_data["start"], self.cleaned_data["end"])
        claim._history_user = user
        claim.save()
        return claim


class VerdictForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Claim
        fields = ["rating", "summary"]
        field_classes = {"rating": ListedModelChoiceField}
        widgets = {"summary": forms.Textarea(attrs={"rows": 3, "dir": "auto"})}
        labels = {"rating": gettext_lazy("Verdict"), "summary": gettext_lazy("Reasoning")}

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("auto_id", "verdict_%s")  # it shares the panel with the attribution form
        super().__init__(*args, **kwargs)
        self.fields["rating"].queryset = Rating.objects.filter(desk_id=self.instance.desk_id)
        if not self.is_bound:
            self.initial["version"] = self.instance.version


class SourceForm(forms.ModelForm):
    class Meta:
        model = Source
        fields = ["url", "stance", "kind", "title", "publisher", "excerpt", "accessed", "archive_url", "note"]
        widgets = {
            "excerpt": forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
            "note": forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
            "accessed": forms.DateInput(attrs={"type": "date"}),
            "stance": forms.RadioSelect,
        }
        labels = {
            "url": gettext_lazy("Source URL"),
            "stance": gettext_lazy("Stance"),
            "kind": gettext_lazy("Kind"),
            "title": gettext_lazy("Title"),
            "publisher": gettext_lazy("Publisher"),
            "excerpt": gettext_lazy("Excerpt"),
            "accessed": gettext_lazy("Accessed"),
            "archive_url": gettext_lazy("Archive URL"),
            "note": gettext_lazy("Note"),
        }


class NoteForm(forms.ModelForm):
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Note
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 2, "dir": "auto"})}
        labels = {"body": gettext_lazy("Note")}


class AssignForm(forms.Form):
    assignee = ListedModelChoiceField(queryset=get_user_model().objects.none(), label=gettext_lazy("Assign to"))
    due = forms.DateField(required=False, label=gettext_lazy("Due"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, desk_ids, **kwargs) -> None:
        kwargs.setdefault("auto_id", "assign_%s")  # the claim list also has an assignee filter
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = (
            get_user_model()
            .objects.filter(
                memberships__desk_id__in=desk_ids, memberships__role__in=[Role.CHECKER, Role.EDITOR, Role.ADMIN]
            )
            .distinct()
            .order_by("username")
        )


class StandaloneClaimForm(SpeakerNameMixin, forms.ModelForm):
    """A claim entered without an article (a speech, a post, a broadcast)."""

    desk = ListedModelChoiceField(queryset=Desk.objects.none(), empty_label=None, label=gettext_lazy("Desk"))

    class Meta:
        model = Claim
        fields = ["desk", *ATTRIBUTION_FIELDS]
        widgets = AttributionForm.Meta.widgets
        labels = AttributionForm.Meta.labels

    field_order = ["desk", "text", "speaker_name", "speaker_title", *ATTRIBUTION_FIELDS[1:]]

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["desk"].queryset = Desk.objects.filter(
            memberships__user=user, memberships__role__in=[Role.CHECKER, Role.EDITOR, Role.ADMIN]
        )

    def save_for(self, user) -> Claim:
        claim = super().save(commit=False)
        claim.speaker = self.resolve_speaker(claim.desk, by=user)
        claim._history_user = user
        claim.save()
        return claim


class FeedForm(forms.Form):
    """Monitor an outlet's RSS or Atom feed: its items arrive in triage by themselves."""

    desk = ListedModelChoiceField(queryset=Desk.objects.none(), empty_label=None, label=gettext_lazy("Desk"))
    outlet = forms.CharField(
        max_length=200,
        label=gettext_lazy("Outlet"),
        help_text=gettext_lazy("The outlet whose feed this is, e.g. Wikinews."),
    )
    url = forms.URLField(max_length=500, label=gettext_lazy("Feed URL"), assume_scheme="https", validators=[HTTP_URL])
    interval = forms.IntegerField(
        min_value=5, max_value=24 * 60, label=gettext_lazy("Poll every (minutes)"), initial=settings.FEED_POLL_MINUTES
    )
    licence = forms.CharField(
        max_length=300,
        required=False,
        label=gettext_lazy("Licence"),
        help_text=gettext_lazy("Credit line for its articles, e.g. CC BY 2.5, Wikinews."),
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["desk"].queryset = Desk.objects.filter(pk__in=desk_ids_edited_by(user))
        self.fields["interval"].initial = settings.FEED_POLL_MINUTES

    def clean_url(self) -> str:
        url = self.cleaned_data["url"]
        try:
            urlsplit(url).port  # noqa: B018 - a port out of range raises
        except ValueError as e:
            raise forms.ValidationError(_("That address has an invalid port (%(error)s).") % {"error": e}) from e
        return url

    def clean(self):
        data = super().clean()
        if data.get("desk") and data.get("url") and Feed.objects.filter(desk=data["desk"], url=data["url"]).exists():
            self.add_error("url", _("This desk monitors that feed already."))
        return data

    def save(self) -> Feed:
        data = self.cleaned_data
        outlet, _ = Outlet.objects.get_or_create(desk=data["desk"], name=data["outlet"].strip())
        return Feed.objects.create(
            desk=data["desk"], outlet=outlet, url=data["url"], interval=data["interval"], licence=data["licence"]
        )


TOKEN_LIFETIMES = [7, 30, 90, 365]  # days a named token may be made for (capped by API_TOKEN_MAX_DAYS)


class ApiTokenForm(forms.Form):
    """A named API token: what it is for and how long it lasts."""

    name = forms.CharField(max_length=100, label=gettext_lazy("Name"), help_text=gettext_lazy("What it is for."))
    days = forms.TypedChoiceField(coerce=int, initial=90, label=gettext_lazy("Expires after"))

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        days = [d for d in TOKEN_LIFETIMES if d <= settings.API_TOKEN_MAX_DAYS] or [settings.API_TOKEN_MAX_DAYS]
        self.fields["days"].choices = [(d, ngettext("%(days)s day", "%(days)s days", d) % {"days": d}) for d in days]
        if self.fields["days"].initial not in days:
            self.fields["days"].initial = days[-1]
