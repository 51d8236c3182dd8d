"""Claimdesk's data: desks and their members, articles, claims with their attribution
and verification, the evidence behind them and the discussion around them.

Business rules live here as model verbs (``Claim.submit()``, ``Claim.approve()``…) that
check their rule, write a ``StageChange`` row and save inside one transaction.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce, TruncMonth
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext, gettext_lazy, ngettext
from simple_history.models import HistoricalRecords

from . import learning, search
from .suggest import attribution
from .suggest.attribution import normalise_name
from .text import detect_language

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

ANCHOR_CONTEXT = 32  # characters of prefix/suffix kept with each anchor


def untranslated(label) -> str:
    """A label as records keep it (history, published snapshots): in English, whatever the
    language of the page that wrote it."""
    with translation.override(None):
        return str(label)


FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"
# Letters written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms.
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")


def isolate(text) -> str:
    """A title, a name or a claim's text, made one unit with its own direction inside a message:
    between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so an Arabic title in an English
    message (or any value in an Arabic one) reads in order instead of pulling the message's
    punctuation and numbers into its own direction. Left-to-right text in a left-to-right
    message needs nothing, and gets nothing."""
    text = str(text)
    if not text or not (translation.get_language_bidi() or RIGHT_TO_LEFT.search(text)):
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


class ChoiceLabel:
    """``get_<field>_display`` as one dictionary lookup, declared in the model's body:
    ``get_stage_display = ChoiceLabel(Stage)``. Django's own builds a dictionary of every choice,
    translating each label, on every call: with 300 claims that was a fifth of the workspace.
    The label is translated once, into the active language, when it is called."""

    def __init__(self, choices: type[models.TextChoices]):
        self.labels = dict(choices.choices)

    def __set_name__(self, owner, name: str):
        self.field = name.removeprefix("get_").removesuffix("_display")

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = getattr(obj, self.field)
        return lambda: str(self.labels.get(value, value))


def normalise_text(text: str) -> str:
    """The one stored form of an article's text: Unicode NFC, ``\\n`` line ends."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Links people click on public pages: http(s) only, never javascript:, data: or ftp:.
HTTP_URL = URLValidator(schemes=["http", "https"])


def _shown_fields_changed(obj: models.Model, fields: tuple[str, ...]) -> bool:
    """Whether saving ``obj`` changes any of ``fields`` (which claims under review show)."""
    if obj.pk is None:
        return False
    attnames = [obj._meta.get_field(name).attname for name in fields]
    stored = type(obj).objects.filter(pk=obj.pk).values(*attnames).first()
    return stored is not None and any(stored[att] != getattr(obj, att) for att in attnames)


def reconsider_claims(claims, *, by: AbstractBaseUser | None, reason: str) -> int:
    """Something claims in review show changed (a speaker, a rating, an article): each such
    claim goes through the review rule, so an approval of what it showed before is void.
    Published snapshots are not touched: what is public stays what was approved."""
    count = 0
    for pk in claims.filter(stage__in=[Stage.REVIEW, Stage.APPROVED]).values_list("pk", flat=True):
        count += Claim.objects.get(pk=pk).reconsider(by=by, reason=reason)
    return count


class ShownOnClaims:
    """A model whose fields claims show, and published records freeze (a desk, an outlet, an
    article, a speaker, a rating): saving a change to ``shown_fields`` sends the claims in
    review or approved that show it through the review rule, as whoever saved it."""

    shown_fields: tuple[str, ...] = ()
    shown_as = ""
    searched_fields: tuple[str, ...] = ()  # what the claims' search index holds of it

    def claims_showing(self):
        return self.claims.all()

    def save(self, *args, **kwargs) -> None:
        with transaction.atomic():
            changed = _shown_fields_changed(self, self.shown_fields)
            reindex = changed and _shown_fields_changed(self, self.searched_fields)
            super().save(*args, **kwargs)
            if changed:
                by = getattr(self, "_history_user", None)
                reconsider_claims(self.claims_showing(), by=by, reason=f"{self.shown_as} changed")
            if reindex:
                ClaimSearch.index(self.claims.values_list("pk", flat=True))


class Role(models.TextChoices):
    VIEWER = "viewer", gettext_lazy("Viewer")
    CHECKER = "checker", gettext_lazy("Checker")
    EDITOR = "editor", gettext_lazy("Editor")
    ADMIN = "admin", gettext_lazy("Admin")

    @property
    def rank(self) -> int:
        return list(Role).index(self)


class Desk(ShownOnClaims, models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    url = models.URLField(
        blank=True, validators=[HTTP_URL], help_text=gettext_lazy("The desk's public site, used as ClaimReview author.")
    )
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, through="Membership", related_name="desks")
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=gettext_lazy("The interface's language for members who have not chosen one."),
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    # Fact checks are published under the desk's name and site.
    shown_fields, shown_as = ("name", "url"), "desk"

    def role_of(self, user: AbstractBaseUser) -> Role | None:
        if not user.is_authenticated:
            return None
        membership = self.memberships.filter(user=user).first()
        return Role(membership.role) if membership else None


class Profile(models.Model):
    """A person's own settings."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=gettext_lazy("Empty: the language of the person's desk."),
    )

    def __str__(self) -> str:
        return f"Profile of {self.user}"

    @staticmethod
    def language_of(user: AbstractBaseUser) -> str | None:
        """The interface language for this person: their choice, else their first desk's."""
        chosen = Profile.objects.filter(user=user).values_list("language", flat=True).first()
        if chosen:
            return chosen
        return Desk.objects.filter(memberships__user=user).order_by("name").values_list("language", flat=True).first()

    @staticmethod
    def choose_language(user: AbstractBaseUser, language: str) -> None:
        Profile.objects.update_or_create(user=user, defaults={"language": language})


class Membership(models.Model):
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role, default=Role.VIEWER)

    class Meta:
        ordering = ["desk", "user__username"]
        constraints = [
            # One role per person per desk: permissions are computed from it.
            models.UniqueConstraint(fields=["desk", "user"], name="membership_unique_user_per_desk"),
            models.CheckConstraint(condition=Q(role__in=Role.values), name="membership_role_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()}) in {self.desk}"

    @property
    def can_edit(self) -> bool:
        return self.role in EDITING_ROLES

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        self._forget_desks()

    def delete(self, *args, **kwargs):
        self._forget_desks()
        return super().delete(*args, **kwargs)

    def _forget_desks(self) -> None:
        """The user object this membership holds no longer keeps its desks (``desk_roles``)."""
        user = self._state.fields_cache.get("user")
        if user is not None:
            user.__dict__.pop(DESKS_KEPT, None)

    @property
    def can_check(self) -> bool:
        return self.role != Role.VIEWER


class Outlet(ShownOnClaims, models.Model):
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="outlets")
    name = models.CharField(max_length=200)
    domain = models.CharField(max_length=200, blank=True, help_text=gettext_lazy("e.g. apnews.com"))

    class Meta:
        ordering = ["name"]
        constraints = [
            # An outlet is entered once per desk; imports look it up by name.
            models.UniqueConstraint(fields=["desk", "name"], name="outlet_unique_name_per_desk"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("claims:outlet", args=[self.pk])

    # Published fact checks name the outlet of the article a claim appeared in.
    shown_fields, shown_as = ("name",), "outlet"

    def claims_showing(self):
        return Claim.objects.filter(article__outlet=self)


def count_of(rows: models.QuerySet, outer: str) -> Coalesce:
    """How many of ``rows`` (filtered on an ``OuterRef``) belong to each listed row: a correlated
    subquery, computed only for the rows a page shows, with no GROUP BY over the whole match."""
    grouped = rows.order_by().values(outer)
    return Coalesce(models.Subquery(grouped.annotate(n=models.Func(F("id"), function="COUNT")).values("n")), 0)


class ArticleQuerySet(models.QuerySet):
    def for_list(self) -> ArticleQuerySet:
        """Rows of article lists: the outlet, and the claim count computed for the listed rows only
        (no GROUP BY over every article with its text)."""
        return (
            self.select_related("outlet")
            .annotate(claim_count=count_of(Claim.objects.filter(article=models.OuterRef("pk")), "article"))
            .order_by("-imported", "-id")
        )


class Triage(models.TextChoices):
    """Where an article that arrived from a monitored feed stands; blank for one a person imported."""

    NEW = "new", gettext_lazy("New")
    OPENED = "opened", gettext_lazy("Opened")
    DISMISSED = "dismissed", gettext_lazy("Dismissed")


class Article(ShownOnClaims, models.Model):
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="articles")
    outlet = models.ForeignKey(Outlet, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles")
    title = models.CharField(max_length=300)
    url = models.URLField(max_length=500, blank=True, validators=[HTTP_URL])
    byline = models.CharField(max_length=300, blank=True)
    published = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16, default="en", help_text=gettext_lazy("BCP 47 code, e.g. en, ar, fr."))
    licence = models.CharField(
        max_length=300, blank=True, help_text=gettext_lazy("Licence and credit line, e.g. CC BY 2.5, Wikinews.")
    )
    text = models.TextField(
        help_text=gettext_lazy("Plain text, stored normalised (NFC, \\n). Change it with a revision.")
    )
    sha256 = models.CharField(max_length=64, editable=False)
    revision = models.PositiveIntegerField(default=1, editable=False)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    imported = models.DateTimeField(default=timezone.now)
    feed = models.ForeignKey(
        "Feed", on_delete=models.SET_NULL, null=True, blank=True, related_name="articles", editable=False
    )
    triage = models.CharField(max_length=12, choices=Triage, blank=True, editable=False)
    history = HistoricalRecords(excluded_fields=["triage"])

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-imported", "-id"]
        indexes = [
            # The triage list: a desk's new articles from feeds, newest first.
            models.Index(fields=["desk", "triage", "-imported"], name="article_triage_idx"),
            # "Imported once": a feed item's URL is looked up before it is fetched.
            models.Index(fields=["desk", "url"], name="article_desk_url_idx"),
        ]
        constraints = [
            # The same text is imported once per desk; a duplicate import offers the existing one.
            models.UniqueConstraint(fields=["desk", "sha256"], name="article_unique_text_per_desk"),
        ]

    def __str__(self) -> str:
        return self.title

    # What a published fact check says of the article (its text reaches claims through re-anchoring).
    shown_fields, shown_as = ("title", "url", "published", "language", "outlet"), "article"
    searched_fields = ("title", "language")

    def get_absolute_url(self) -> str:
        return reverse("claims:article", args=[self.pk])

    def pulse_key(self) -> tuple[str, str]:
        """What an open workspace compares to see whether others changed it: (marks, claims).

        ``marks`` changes when the text or what is marked in it does (revision, claims, pending
        suggestions); ``claims`` also when any claim of the article is saved. Two small queries.
        """
        claims = Claim.objects.filter(article_id=self.pk).aggregate(
            n=models.Count("id"), top=models.Max("id"), at=models.Max("updated")
        )
        pending = Suggestion.objects.filter(article_id=self.pk, status=SuggestionStatus.PENDING).count()
        marks = f"{self.revision}.{claims['n']}.{claims['top'] or 0}.{pending}"
        return marks, f"{marks}.{claims['at'].timestamp() if claims['at'] else 0:.6f}"

    def save(self, *args, **kwargs) -> None:
        self.text = normalise_text(self.text)
        self.sha256 = text_sha256(self.text)
        if kwargs.get("update_fields") is not None and "text" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "sha256"}
        super().save(*args, **kwargs)
        self.__dict__.pop("_change_reason", None)  # a reason belongs to one history row, not the next

    def revise(self, text: str, *, by: AbstractBaseUser | None, reason: str = ""):
        """Replace the text with a new revision and re-anchor its claims.

        History keeps every earlier text. Returns the re-anchoring report (None if unchanged).
        """
        from .anchoring import reanchor_claims

        text = normalise_text(text)
        if text == self.text:
            return None
        with transaction.atomic():
            self.text = text
            self.revision += 1
            self._history_user = by
            self._change_reason = reason or f"Revision {self.revision}"
            self.save(update_fields=["text", "revision"])
            report = reanchor_claims(self, by=by)
            self.suggestions.all().delete()  # their offsets belong to the old text
            Job.start(JobKind.SUGGEST, desk=self.desk_id, by=by, article=self)
            return report

    revise.alters_data = True

    def decide_triage(self, outcome: Triage) -> None:
        """Open (it leaves triage), dismiss, or bring back an article that arrived from a feed."""
        if not self.triage:
            raise TransitionError(gettext("This article did not arrive from a feed."))
        Article.objects.filter(pk=self.pk).update(triage=outcome)
        self.triage = outcome

    decide_triage.alters_data = True


class SpeakerKind(models.TextChoices):
    PERSON = "person", gettext_lazy("Person")
    ORGANISATION = "organisation", gettext_lazy("Organisation")
    OFFICIALS = "officials", gettext_lazy("Group of officials")
    DOCUMENT = "document", gettext_lazy("Document")


class Speaker(ShownOnClaims, models.Model):
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(max_length=200)
    normalised_name = models.CharField(max_length=200, editable=False)
    kind = models.CharField(max_length=16, choices=SpeakerKind, default=SpeakerKind.PERSON)
    title = models.CharField(
        max_length=200, blank=True, help_text=gettext_lazy('Title or role, e.g. "Israeli Defense Minister".')
    )
    affiliation = models.CharField(max_length=200, blank=True)
    country = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [
            # A desk's speakers by name: the workspace's list of known speakers, the filters'.
            models.Index(fields=["desk", "name"], name="speaker_desk_name_idx"),
        ]
        constraints = [
            # "Israel Katz" and "israel  katz." are one speaker in a desk.
            models.UniqueConstraint(fields=["desk", "normalised_name"], name="speaker_unique_name_per_desk"),
            models.CheckConstraint(condition=Q(kind__in=SpeakerKind.values), name="speaker_kind_valid"),
        ]

    shown_fields, shown_as = ("name", "title", "kind"), "speaker"
    searched_fields = ("name",)

    def __str__(self) -> str:
        return f"{self.name}, {self.title}" if self.title else self.name

    def save(self, *args, **kwargs) -> None:
        self.normalised_name = normalise_name(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("claims:speaker", args=[self.pk])

    @classmethod
    def get_or_create_named(cls, desk: Desk, name: str, **defaults) -> tuple[Speaker, bool]:
        """The desk's speaker of that name, or of that other name (an alias left by a merge)."""
        alias = SpeakerAlias.objects.filter(desk=desk, normalised_name=normalise_name(name)).select_related("speaker")
        if (found := alias.first()) is not None:
            return found.speaker, False
        return cls.objects.get_or_create(
            desk=desk, normalised_name=normalise_name(name), defaults={"name": name, **defaults}
        )

    def absorb(self, other: Speaker, *, by: AbstractBaseUser | None) -> int:
        """Merge ``other`` (the same person under another name) into this speaker: each of its
        claims moves here through the guarded write (so an approval of what the claim showed is
        void, and its history says why), its names become this speaker's aliases, and it goes."""
        if other.pk == self.pk or other.desk_id != self.desk_id:
            raise ValueError("A speaker merges only with another speaker of the same desk.")
        reason = f"Speaker “{other.name}” merged into “{self.name}”"
        with transaction.atomic():
            moved = 0
            for pk in Claim.objects.filter(speaker=other).values_list("pk", flat=True):
                claim = Claim.objects.get(pk=pk)
                claim.speaker = self
                moved += claim.change(by=by, version=None, fields=("speaker",), reason=reason)
            SpeakerAlias.objects.filter(speaker=other).update(speaker=self)
            other.delete()
            if not SpeakerAlias.objects.filter(desk_id=self.desk_id, normalised_name=other.normalised_name).exists():
                SpeakerAlias.objects.create(desk_id=self.desk_id, speaker=self, name=other.name, merged_by=by)
        return moved

    absorb.alters_data = True


class SpeakerAlias(models.Model):
    """Another name of a speaker, left by a merge: the record of who merged what, and a name
    that still finds the speaker (a suggestion accepted later under the old name lands here)."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="+")
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalised_name = models.CharField(max_length=200, editable=False)
    merged_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        constraints = [
            # A name means one speaker of a desk.
            models.UniqueConstraint(fields=["desk", "normalised_name"], name="speaker_alias_unique_name_per_desk"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.normalised_name = normalise_name(self.name)
        super().save(*args, **kwargs)


class Rating(ShownOnClaims, models.Model):
    """One step of a desk's verdict scale."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="ratings")
    label = models.CharField(max_length=60)
    slug = models.SlugField(max_length=60)
    value = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text=gettext_lazy("ClaimReview ratingValue 1 (false) to 5 (true); empty for unrated scales."),
    )
    colour = models.CharField(max_length=7, default="#777777", help_text=gettext_lazy("Hex colour, e.g. #2e7d32."))
    order = models.PositiveSmallIntegerField(default=0)

    DEFAULTS = [
        ("True", 5, "#2e7d32"),
        ("Mostly true", 4, "#689f38"),
        ("Misleading", 3, "#f9a825"),
        ("Mostly false", 2, "#ef6c00"),
        ("False", 1, "#c62828"),
        ("Unverifiable", None, "#607d8b"),
        ("Unrated", None, "#9e9e9e"),
    ]

    class Meta:
        ordering = ["desk", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["desk", "slug"], name="rating_unique_slug_per_desk"),
            # ClaimReview's scale is 1..5 (worstRating 1, bestRating 5).
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(value__gte=1, value__lte=5), name="rating_value_1_to_5"
            ),
            models.CheckConstraint(condition=Q(colour__regex=r"^#[0-9a-fA-F]{6}$"), name="rating_colour_hex"),
        ]

    shown_fields, shown_as = ("label", "value"), "rating"

    def __str__(self) -> str:
        return self.label

    def change_blocker(self, *, label: str, value: int | None) -> str | None:
        """Why the verdict this rating stands for may not change now, or None.

        Published fact checks show the label and ratingValue: changing them would rewrite
        verdicts that a second person approved. Add a new rating instead.
        """
        if self.pk is None:
            return None
        stored = Rating.objects.filter(pk=self.pk).values("label", "value").first()
        if stored == {"label": label, "value": value}:
            return None
        if self.claims.filter(stage=Stage.PUBLISHED).exists():
            return gettext(
                "Published verdicts use this rating: add a new rating rather than change its label or value."
            )
        return None

    def clean(self) -> None:
        if blocker := self.change_blocker(label=self.label, value=self.value):
            raise ValidationError(blocker)

    @classmethod
    def create_defaults(cls, desk: Desk) -> None:
        for order, (label, value, colour) in enumerate(cls.DEFAULTS):
            cls.objects.get_or_create(
                desk=desk,
                slug=slugify(label),
                defaults={"label": label, "value": value, "colour": colour, "order": order},
            )


class AttributionType(models.TextChoices):
    NAMED_PERSON = "named_person", gettext_lazy("Named person")
    OFFICIAL_TITLE = "official_title", gettext_lazy("Official by title")
    ANONYMOUS = "anonymous", gettext_lazy("Anonymous")
    INSTITUTION = "institution", gettext_lazy("Institution")
    DOCUMENT = "document", gettext_lazy("Document")
    UNATTRIBUTED = "unattributed", gettext_lazy("Unattributed")


class QuoteType(models.TextChoices):
    DIRECT = "direct", gettext_lazy("Direct")
    INDIRECT = "indirect", gettext_lazy("Indirect")
    MIXED = "mixed", gettext_lazy("Mixed")
    NONE = "none", gettext_lazy("None")


class Stage(models.TextChoices):
    NEW = "new", gettext_lazy("New")
    RESEARCH = "research", gettext_lazy("In research")
    REVIEW = "review", gettext_lazy("In review")
    CHANGES = "changes", gettext_lazy("Needs changes")
    APPROVED = "approved", gettext_lazy("Approved")
    PUBLISHED = "published", gettext_lazy("Published")


# The fields whose change is a change of the verdict (four eyes; it voids an approval).
VERDICT_FIELDS = frozenset(
    {
        "text",
        "article",
        "quote",
        "start",
        "end",
        "speaker",
        "attribution_type",
        "attribution",
        "cue",
        "quote_type",
        "anonymity_reason",
        "rating",
        "summary",
    }
)


# Everything a claim says: the verdict fields plus the anchor's bookkeeping.
CONTENT_FIELDS = VERDICT_FIELDS | {"prefix", "suffix", "is_orphaned"}

# The anchor's parts move together.
ANCHOR_FIELDS_SET = frozenset({"quote", "start", "end", "prefix", "suffix", "is_orphaned"})

# Workflow state: only the verbs move it, so an edit keeps the stored row's values.
WORKFLOW_FIELDS = (
    "stage",
    "assignee",
    "due",
    "submitted_by",
    "verdict_by",
    "approved_by",
    "approved_version",
    "published",
)


class TransitionError(Exception):
    """A workflow rule refused a transition; the message says which rule."""


class StaleVersion(Exception):
    """Someone saved the claim since this edit began; ``current`` is their version."""

    def __init__(self, current: Claim) -> None:
        super().__init__(f"Claim {current.pk} is at version {current.version}.")
        self.current = current


EDITING_ROLES = (Role.EDITOR, Role.ADMIN)
DESKS_KEPT = "_claimdesk_desk_roles"  # where ``desk_roles`` keeps them on the user object


def desk_roles(user: AbstractBaseUser) -> dict[int, str]:
    """The desks ``user`` is on, with their role there: read once per user object (one request's
    user) and kept on it; ``Membership.save()`` and ``delete()`` forget them on their user."""
    if not user.is_authenticated:
        return {}
    kept = user.__dict__.get(DESKS_KEPT)
    if kept is None:
        kept = dict(Membership.objects.filter(user_id=user.pk).values_list("desk_id", "role"))
        user.__dict__[DESKS_KEPT] = kept
    return kept


def desk_ids_of(user: AbstractBaseUser) -> list[int]:
    """The ids of the desks ``user`` is on, written out (``desk_roles``), for ``desk_id__in``.

    Not a subquery on memberships: given one, the planner cannot know which desk it reads and
    plans for an average one; a desk of 50 claims beside a desk of a million then walked the
    whole ``updated`` index (4–7 s a page). A join through memberships hid the desk id too.
    """
    return list(desk_roles(user))


def desk_ids_edited_by(user: AbstractBaseUser) -> list[int]:
    """The ids of the desks ``user`` edits (editor or admin)."""
    return [desk for desk, role in desk_roles(user).items() if role in EDITING_ROLES]


# When a claim was made, for charts over time: its article's month, else its own.
CLAIM_MONTH = Coalesce(
    TruncMonth("article__published", output_field=models.DateField()),
    TruncMonth("created", output_field=models.DateField()),
)


class ClaimQuerySet(models.QuerySet):
    def for_list(self) -> ClaimQuerySet:
        """What list rows show, in one query: related names, and the source count computed
        only for the rows of the page (a correlated subquery, no GROUP BY over the whole match)."""
        rows = self.select_related("article__outlet", "speaker", "rating", "assignee").defer("article__text")
        return rows.annotate(source_count=count_of(Source.objects.filter(claim=models.OuterRef("pk")), "claim"))

    def visible_to(self, user: AbstractBaseUser) -> ClaimQuerySet:
        """Claims of the desks ``user`` is on (their ids written out: ``desk_ids_of``)."""
        return self.filter(desk_id__in=desk_ids_of(user))

    def published(self) -> ClaimQuerySet:
        return self.filter(stage=Stage.PUBLISHED)

    def search(self, raw: str) -> ClaimQuerySet:
        """Claims matching a search box's query (words, "phrases", -exclusions) over their text,
        quote, attribution, speaker and article title, accents and case folded; ``search_rank``
        orders them best first (higher is better). An empty query changes nothing."""
        query = search.parse(raw)
        if not query:
            return self
        return ClaimSearch.matching(self, query)

    @staticmethod
    def _queue_parts(user: AbstractBaseUser) -> tuple[Q, Q, Q]:
        """My queue as three disjoint parts, each served by its own index: open claims assigned
        to ``user``; unassigned open ones they created; on desks they edit, the rest waiting
        for review."""
        edited = desk_ids_edited_by(user)
        # The open stages named (not "not published"): the planner then reads the first rows of
        # the (assignee, stage, desk) and (creator, assignee, stage, desk) indexes alone.
        open_stages = [stage for stage in Stage.values if stage != Stage.PUBLISHED]
        assigned = Q(assignee=user, stage__in=open_stages)
        created = Q(assignee__isnull=True, created_by=user, stage__in=open_stages)
        waiting = (
            Q(desk_id__in=edited, stage=Stage.REVIEW) & ~Q(assignee=user) & ~Q(assignee__isnull=True, created_by=user)
        )
        return assigned, created, waiting

    # -- records: what a speaker's, an outlet's or a desk's page counts ---------------

    def verdict_tally(self) -> list[dict]:
        """Claims per verdict (None: no verdict yet), in the ratings' order."""
        rows = self.order_by().values("rating_id", "rating__label", "rating__colour", "rating__order")
        return list(rows.annotate(n=models.Count("id")).order_by(F("rating__order").asc(nulls_last=True)))

    def attribution_tally(self) -> dict[str, int]:
        return dict(self.order_by().values_list("attribution_type").annotate(n=models.Count("id")))

    def monthly(self, key: str) -> list[tuple]:
        """(month, value of ``key``, claims) for each month: the article's publication month,
        or the claim's creation month when the article has no date (or there is no article)."""
        rows = self.annotate(month=CLAIM_MONTH).order_by().values_list("month", key)
        return list(rows.annotate(n=models.Count("id")))

    def queue_for(self, user: AbstractBaseUser) -> ClaimQuerySet:
        """What "My queue" lists: the three parts of ``_queue_parts``."""
        assigned, created, waiting = self._queue_parts(user)
        return self.filter(assigned | created | waiting).visible_to(user)

    def queue_count(self, user: AbstractBaseUser, *, cap: int | None = None) -> int:
        """How many claims My queue lists, in one query whose parts each use an index (the
        badge on every page; one OR over all three scanned every claim). With ``cap``, counting
        stops there: the badge of a queue of 100,000 claims need not count them all."""
        # Counted by a column of the indexes each part reads, so none reads the table itself.
        parts = [self.filter(part).visible_to(user).order_by().values("desk_id") for part in self._queue_parts(user)]
        queue = parts[0].union(*parts[1:], all=True)
        return (queue[:cap] if cap else queue).count()


class Tag(models.Model):
    """A free label on claims (a topic, a campaign), one vocabulary per desk."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="tags")
    name = models.CharField(max_length=60)
    slug = models.SlugField(max_length=60, allow_unicode=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            # "Elections" and "elections" are one tag of a desk.
            models.UniqueConstraint(fields=["desk", "slug"], name="tag_unique_slug_per_desk"),
        ]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def parse(cls, typed: str) -> list[str]:
        """Tag names from what a person typed: comma-separated, trimmed, one of each, 20 at most."""
        names, seen = [], set()
        for part in typed.split(","):
            name = " ".join(part.split())[:60]
            key = slugify(name, allow_unicode=True)
            if key and key not in seen:
                seen.add(key)
                names.append(name)
        return names[:20]


class Claim(models.Model):
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="claims")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, null=True, blank=True, related_name="claims")
    text = models.TextField(help_text=gettext_lazy("The claim as it will be checked, in one sentence."))
    # Anchor in the article text (all empty for a claim entered without an article).
    quote = models.TextField(blank=True, help_text=gettext_lazy("Exact text of the article span."))
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    prefix = models.CharField(max_length=ANCHOR_CONTEXT, blank=True)
    suffix = models.CharField(max_length=ANCHOR_CONTEXT, blank=True)
    is_orphaned = models.BooleanField(
        default=False,
        help_text=gettext_lazy("The quote could not be found in the article's current text; offsets are empty."),
    )
    # Attribution.
    # PROTECT: deleting a speaker would rewrite every claim attributed to them.
    speaker = models.ForeignKey(Speaker, on_delete=models.PROTECT, null=True, blank=True, related_name="claims")
    attribution_type = models.CharField(max_length=16, choices=AttributionType, default=AttributionType.UNATTRIBUTED)
    get_attribution_type_display = ChoiceLabel(AttributionType)
    attribution = models.CharField(
        max_length=300,
        blank=True,
        help_text=gettext_lazy(
            'The attribution as written, e.g. "Egyptian officials, speaking on condition of anonymity".'
        ),
    )
    cue = models.CharField(
        max_length=60, blank=True, help_text=gettext_lazy('Reporting cue: "said", "warned", "according to"…')
    )
    quote_type = models.CharField(max_length=8, choices=QuoteType, default=QuoteType.NONE)
    get_quote_type_display = ChoiceLabel(QuoteType)
    anonymity_reason = models.CharField(
        max_length=300, blank=True, help_text=gettext_lazy('e.g. "to discuss closed-door talks".')
    )
    # Verification.
    rating = models.ForeignKey(Rating, on_delete=models.PROTECT, null=True, blank=True, related_name="claims")
    tags = models.ManyToManyField(
        Tag, blank=True, related_name="claims", help_text=gettext_lazy("Topics, campaigns: free labels.")
    )
    summary = models.TextField(
        blank=True, help_text=gettext_lazy("The verdict's reasoning, published with the ClaimReview.")
    )
    stage = models.CharField(max_length=16, choices=Stage, default=Stage.NEW)
    get_stage_display = ChoiceLabel(Stage)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="assigned_claims"
    )
    due = models.DateField(null=True, blank=True)
    # Four eyes: who submitted, who last touched the verdict or its evidence, who approved.
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    verdict_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    approved_version = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=gettext_lazy("The version the approver saw; publishing publishes exactly that version."),
    )
    published = models.DateTimeField(
        null=True, blank=True, help_text=gettext_lazy("When the claim was last published.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    version = models.PositiveIntegerField(
        default=1, help_text=gettext_lazy("Raised by every save; a stale form is refused.")
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    # Derived, like the search index, and kept out of the claim's history and version: the
    # likeliest other claim still in the review saying (nearly) the same, as the worker's
    # ``archive.mark_duplicates`` last found it; the claim list filters on it.
    possible_duplicate = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    history = HistoricalRecords(excluded_fields=["possible_duplicate"])

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-updated", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(stage__in=Stage.values), name="claim_stage_valid"),
            models.CheckConstraint(
                condition=Q(attribution_type__in=AttributionType.values), name="claim_attribution_type_valid"
            ),
            models.CheckConstraint(condition=Q(quote_type__in=QuoteType.values), name="claim_quote_type_valid"),
            # An anchor is both offsets or neither, and never empty or reversed.
            models.CheckConstraint(
                condition=Q(start__isnull=True, end__isnull=True)
                | Q(start__isnull=False, end__isnull=False, start__lt=F("end")),
                name="claim_anchor_start_before_end",
            ),
            # Offsets only make sense against an article's text.
            models.CheckConstraint(
                condition=Q(start__isnull=True) | Q(article__isnull=False), name="claim_anchor_needs_article"
            ),
        ]
        # Each list filter and sort starts with the desk (the list is always scoped to desks):
        # the default order, a stage, an assignee's queue, an article's claims in text order.
        indexes = [
            # A stage and an attribution type, the list's commonest pair: its COUNT reads the
            # index alone (at 1M claims the (desk) index made it filter a million rows, 0.7 s),
            # and its page, newest first, is read in order and stopped there (with the (desk,
            # stage, updated) index PostgreSQL walked every claim of the stage to filter the type).
            models.Index(
                fields=["desk", "stage", "attribution_type", "-updated", "-id"], name="claim_desk_stage_attr_upd_idx"
            ),
            models.Index(fields=["desk", "-updated", "-id"], name="claim_desk_updated_idx"),
            # The unfiltered list of every desk one is on, read in order and stopped at the page.
            models.Index(fields=["-updated", "-id"], name="claim_updated_idx"),
            models.Index(fields=["desk", "stage", "-updated", "-id"], name="claim_desk_stage_updated_idx"),
            # My queue's parts, covering (the badge counts them on every page).
            models.Index(fields=["assignee", "stage", "desk"], name="claim_assignee_stage_idx"),
            models.Index(fields=["created_by", "assignee", "stage", "desk"], name="claim_creator_assignee_idx"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("claims:claim", args=[self.pk])

    def get_workspace_url(self) -> str:
        """The claim selected in its article's workspace, or its own page."""
        if self.article_id:
            return f"{reverse('claims:article', args=[self.article_id])}?claim={self.pk}"
        return self.get_absolute_url()

    # -- anchoring ---------------------------------------------------------------

    def anchor(self, start: int, end: int) -> None:
        """Point the claim at ``article.text[start:end]``, filling quote and context."""
        text = self.article.text
        if not (0 <= start < end <= len(text)):
            message = gettext("The span %(start)s–%(end)s is outside the article (0–%(length)s).")
            raise ValidationError({"start": message % {"start": start, "end": end, "length": len(text)}})
        self.start, self.end = start, end
        self.quote = text[start:end]
        self.prefix = text[max(0, start - ANCHOR_CONTEXT) : start]
        self.suffix = text[end : end + ANCHOR_CONTEXT]

    def anchor_quote(self) -> None:
        """Anchor a quote given without offsets where it occurs verbatim in the article (the
        first place); a quote that is not in the article's text is refused, never kept half
        anchored (a quote with no place that is not an orphan)."""
        from .anchoring import locate_match

        if self.article_id is None:
            raise ValidationError({"quote": gettext("A quote needs its article.")})
        found = locate_match(self.article.text, self.quote)
        if found is None or found.method == "fuzzy":
            raise ValidationError({"quote": gettext("The quote is not in the article's text.")})
        self.anchor(found.start, found.end)
        self.is_orphaned = False

    def clean(self) -> None:
        self.validate_anchor()
        if self.article_id and self.desk_id and self.article.desk_id != self.desk_id:
            raise ValidationError({"article": gettext("The article belongs to another desk.")})
        for field in ("speaker", "rating"):
            related = getattr(self, field)
            if related is not None and related.desk_id != self.desk_id:
                message = (
                    gettext("The speaker belongs to another desk.")
                    if field == "speaker"
                    else gettext("The rating belongs to another desk.")
                )
                raise ValidationError({field: message})

    def validate_anchor(self) -> None:
        if self.start is None and self.end is None:
            return
        if self.article_id is None:
            raise ValidationError({"article": gettext("An anchored claim needs its article.")})
        if self.start is None or self.end is None or not (0 <= self.start < self.end):
            raise ValidationError({"start": gettext("Start must be before end.")})
        text = self.article.text
        if self.end > len(text):
            message = gettext("End %(end)s is past the end of the article (%(length)s characters).")
            raise ValidationError({"end": message % {"end": self.end, "length": len(text)}})
        if text[self.start : self.end] != self.quote:
            raise ValidationError({"quote": gettext("The quote does not match the article text at these offsets.")})

    def save(self, *args, **kwargs) -> None:
        # A mismatched anchor is never saved, whatever path the save comes from.
        self.validate_anchor()
        if self._state.adding and self.created_by_id is None:
            self.created_by = getattr(self, "_history_user", None)  # whoever made it, on every door
        with transaction.atomic():
            if self.pk is not None:
                # Count from the stored version, not this instance's (which may be stale),
                # so the version never goes backwards; the row stays locked until commit.
                stored = Claim.objects.select_for_update().filter(pk=self.pk).values_list("version", flat=True)
                self.version = max(stored.first() or 0, self.version) + 1
                if kwargs.get("update_fields") is not None:
                    kwargs["update_fields"] = {*kwargs["update_fields"], "version", "updated"}
            super().save(*args, **kwargs)
            ClaimSearch.index([self.pk])  # the search index moves with the row, in its transaction
        self.__dict__.pop("_change_reason", None)  # a reason belongs to one history row, not the next

    # -- the one guarded write ---------------------------------------------------

    def change(
        self,
        *,
        by: AbstractBaseUser | None,
        version: int | None,
        fields=(),
        evidence: Callable[[Claim], object] | None = None,
        reason: str = "",
    ) -> bool:
        """Save a change to what the claim says or rests on: the only way such a change is written.

        ``fields`` are the claim fields the caller set on this instance; ``evidence`` is a
        callable that writes the claim's sources (add, edit, delete, restore) and returns False
        if it changed nothing. Inside one transaction this locks the claim row, refuses a stale
        ``version`` (the one the writer read; None only for system writes such as
        re-anchoring) with ``StaleVersion``, keeps the workflow state of the stored row (this
        instance may be stale), records history and the verdict author, and applies the review
        rule: a changed verdict voids an approval and takes a published claim back to review
        (its published snapshot stays public until a second person approves the correction).
        Returns False, and writes nothing, when nothing changed.
        """
        with transaction.atomic():
            stored = Claim.objects.select_for_update().get(pk=self.pk)
            attnames = {name: self._meta.get_field(name).attname for name in fields}
            if version is not None and stored.version != version:
                attnames = self._merge_onto(stored, version, attnames, evidence=evidence)
            changed = [name for name, att in attnames.items() if getattr(self, att) != getattr(stored, att)]
            rests_changed = evidence is not None and evidence(self) is not False
            for name in WORKFLOW_FIELDS:
                att = self._meta.get_field(name).attname
                setattr(self, att, getattr(stored, att))
            self.version = stored.version
            if not changed and not rests_changed:
                return False
            update = set(changed)
            # Offsets that move with an unchanged quote are bookkeeping, not a new verdict.
            if rests_changed or (VERDICT_FIELDS - {"start", "end"}) & update:
                update |= self._void_approval(by=by, reason=reason)
            self._history_user = by
            self._change_reason = reason or "Edited"
            self.save(update_fields=update)
            return True

    change.alters_data = True

    def _merge_onto(self, stored: Claim, version: int, attnames: dict, *, evidence) -> dict:
        """A three-way merge for a write made from an older ``version``: the fields this writer
        changed (against that version, read from history) are applied onto the stored row if
        nobody else changed them since; any overlap, or evidence written from a stale view,
        is a real conflict (StaleVersion). Returns the fields to apply."""
        base = self.history.filter(version=version).order_by("-history_id").first() if version > 0 else None
        if base is None or evidence is not None:
            raise StaleVersion(stored)
        mine = {name: att for name, att in attnames.items() if getattr(self, att) != getattr(base, att)}
        if any(getattr(stored, att) != getattr(base, att) for att in mine.values()):
            raise StaleVersion(stored)
        # Fields this writer left as they were keep whatever was saved since.
        for name, att in attnames.items():
            if name not in mine:
                setattr(self, att, getattr(stored, att))
        if mine.keys() & ANCHOR_FIELDS_SET and {"quote", "start", "end"} - mine.keys():
            raise StaleVersion(stored)  # an anchor is merged whole or not at all
        return mine

    def reconsider(self, *, by: AbstractBaseUser | None, reason: str) -> bool:
        """Something the claim rests on changed outside it (its speaker, rating or article)."""
        return self.change(by=by, version=None, evidence=lambda claim: True, reason=reason)

    reconsider.alters_data = True

    def same_as(self) -> ClaimQuerySet:
        """The claims a person linked to this one as the same claim, either way round."""
        linked = ClaimLink.objects.filter(Q(first=self) | Q(second=self)).values_list("first_id", "second_id")
        ids = {pk for pair in linked for pk in pair} - {self.pk}
        return Claim.objects.filter(pk__in=ids)

    def set_tags(self, names: list[str]) -> list[Tag]:
        """Label the claim (a label is not what the claim says: no version, no review rule);
        new names become tags of the desk."""
        with transaction.atomic():
            tags = []
            for name in names:
                tag, _ = Tag.objects.get_or_create(
                    desk_id=self.desk_id, slug=slugify(name, allow_unicode=True), defaults={"name": name}
                )
                tags.append(tag)
            self.tags.set(tags)
        return tags

    set_tags.alters_data = True

    def _void_approval(self, *, by: AbstractBaseUser | None, reason: str) -> set[str]:
        """The review rule: the verdict changed, so whoever changed it cannot approve it, and an
        approval (of a version that no longer exists) is void. Returns the fields it set."""
        # A system write (by=None) keeps the last person who changed the verdict: it is still
        # theirs, and they still may not approve it.
        touched = set()
        if by is not None:
            self.verdict_by = by
            touched.add("verdict_by")
        if self.stage not in (Stage.APPROVED, Stage.PUBLISHED):
            return touched
        approver = self.approved_by_id
        old = self.stage
        comment = "Approval voided by an edit" if old == Stage.APPROVED else "Correction drafted: back to review"
        if reason:
            comment = f"{comment} ({reason})"
        StageChange.objects.create(claim=self, old=old, new=Stage.REVIEW, by=by, comment=comment)
        self.stage, self.approved_by, self.approved_version = Stage.REVIEW, None, None
        if by is not None:
            notify([approver], claim=self, actor=by, verb=Verb.VOIDED, message=comment)
        return touched | {"stage", "approved_by", "approved_version"}

    # -- workflow ----------------------------------------------------------------

    ACTIONS = ("assign", "submit", "approve", "send_back", "publish")

    @classmethod
    def move(cls, pk: int, action: str, *, by: AbstractBaseUser, version: int | None, **args) -> Claim:
        """Take one workflow step on the current row, locked, as seen at ``version``.

        Pages, the API and bulk actions all step through here: the rule is decided on the
        stored row (a verdict saved a moment ago counts for four eyes), and a step taken
        from a stale view of the claim is refused with ``StaleVersion`` (None only for bulk
        assignment, which decides each row afresh).
        """
        if action not in cls.ACTIONS:
            raise TransitionError(gettext("Unknown action “%(action)s”.") % {"action": action})
        with transaction.atomic():
            claim = cls.objects.select_for_update().get(pk=pk)
            if version is not None and claim.version != version:
                raise StaleVersion(claim)
            getattr(claim, action)(by=by, **args)
            return claim

    def _transition(self, new: Stage, *, by: AbstractBaseUser, comment: str = "", fields: tuple[str, ...] = ()) -> None:
        with transaction.atomic():
            StageChange.objects.create(claim=self, old=self.stage, new=new, by=by, comment=comment)
            self.stage = new
            self._history_user = by
            self._change_reason = comment or untranslated(Stage(new).label)
            self.save(update_fields=["stage", *fields])

    def workers(self) -> set[int]:
        """Ids of the people who worked on this claim: assignee, submitter, last verdict editor."""
        return {pk for pk in (self.assignee_id, self.submitted_by_id, self.verdict_by_id) if pk}

    def assign_blocker(self) -> str | None:
        if self.stage in (Stage.APPROVED, Stage.PUBLISHED):
            return gettext("An approved or published claim cannot be reassigned.")
        return None

    def assign(self, to: AbstractBaseUser, *, by: AbstractBaseUser, due=None) -> None:
        if blocker := self.assign_blocker():
            raise TransitionError(blocker)
        self.assignee, self.due = to, due
        new = Stage.RESEARCH if self.stage == Stage.NEW else self.stage
        with transaction.atomic():
            self._transition(new, by=by, comment=f"Assigned to {to}", fields=("assignee", "due"))
            notify([to.pk], claim=self, actor=by, verb=Verb.ASSIGNED)

    assign.alters_data = True

    def submit_blocker(self) -> str | None:
        if self.stage not in (Stage.NEW, Stage.RESEARCH, Stage.CHANGES):
            message = gettext("Only a claim in research can be submitted, not one %(stage)s.")
            return message % {"stage": Stage(self.stage).label.lower()}
        if self.rating_id is None:
            return gettext("A claim needs a verdict before it is submitted for review.")
        if not self.sources.exists():
            return gettext("A claim needs at least one source before it is submitted for review.")
        return None

    def submit(self, *, by: AbstractBaseUser) -> None:
        if blocker := self.submit_blocker():
            raise TransitionError(blocker)
        self.submitted_by = by
        with transaction.atomic():
            self._transition(Stage.REVIEW, by=by, comment="Submitted for review", fields=("submitted_by",))
            # The desk's editors review it: tell them it is waiting.
            editors = self.desk.memberships.filter(role__in=EDITING_ROLES).values_list("user_id", flat=True)
            notify(editors, claim=self, actor=by, verb=Verb.SUBMITTED)

    submit.alters_data = True

    def approval_blocker(self, user: AbstractBaseUser) -> str | None:
        """Why ``user`` may not approve this claim now, or None."""
        if self.stage != Stage.REVIEW:
            return gettext("Only a claim in review can be approved.")
        if user.pk in (self.submitted_by_id, self.verdict_by_id):
            return gettext(
                "Four eyes: the person who submitted this claim or last changed its verdict or sources cannot approve it."
            )
        return None

    def approve(self, *, by: AbstractBaseUser) -> None:
        if blocker := self.approval_blocker(by):
            raise TransitionError(blocker)
        self.approved_by, self.approved_version = by, self.version
        with transaction.atomic():
            self._transition(Stage.APPROVED, by=by, comment="Approved", fields=("approved_by", "approved_version"))
            notify(self.workers(), claim=self, actor=by, verb=Verb.APPROVED)

    approve.alters_data = True

    def send_back_blocker(self) -> str | None:
        if self.stage not in (Stage.REVIEW, Stage.APPROVED):
            return gettext("Only a claim in review or approved can be sent back.")
        return None

    def send_back(self, *, by: AbstractBaseUser, comment: str) -> None:
        if blocker := self.send_back_blocker():
            raise TransitionError(blocker)
        if not comment.strip():
            raise TransitionError(gettext("Sending a claim back needs a comment saying what to change."))
        with transaction.atomic():
            Note.objects.create(claim=self, author=by, body=comment)
            self.approved_by, self.approved_version = None, None
            self._transition(Stage.CHANGES, by=by, comment=comment, fields=("approved_by", "approved_version"))
            notify(self.workers(), claim=self, actor=by, verb=Verb.SENT_BACK, message=comment)

    send_back.alters_data = True

    def publish_blocker(self) -> str | None:
        if self.stage != Stage.APPROVED:
            return gettext("Only an approved claim can be published.")
        if self.notes.filter(is_resolved=False).exists():
            return gettext("Every note on the claim must be resolved before it is published.")
        return None

    def publish(self, *, by: AbstractBaseUser) -> None:
        if blocker := self.publish_blocker():
            raise TransitionError(blocker)
        self.published = timezone.now()
        with transaction.atomic():
            Publication.capture(self, by=by)
            self._transition(Stage.PUBLISHED, by=by, comment="Published", fields=("published",))
            notify(self.workers(), claim=self, actor=by, verb=Verb.PUBLISHED)

    publish.alters_data = True


class ExternalCheck(models.Model):
    """Another fact-checker's published verdict, imported from its ClaimReview: a read-only
    archive the desk's "checked before?" also searches ("checked by <publisher>")."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="external_checks")
    claim_reviewed = models.TextField()
    rating = models.CharField(
        max_length=200, blank=True, help_text=gettext_lazy("The publisher's verdict, as it words it.")
    )
    publisher = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=500, validators=[HTTP_URL])
    published = models.DateField(null=True, blank=True)
    imported = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            # A review is imported once per desk (a second import of the same feed updates nothing).
            models.UniqueConstraint(fields=["desk", "url"], name="external_check_unique_url_per_desk"),
        ]

    def __str__(self) -> str:
        return f"{self.publisher}: {self.claim_reviewed[:60]}"


class ClaimLink(models.Model):
    """ "Same claim as": two checks of one claim, linked by a person (each stays its own record).
    Stored once, lower id first; ``Claim.same_as()`` reads both directions."""

    first = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    linked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="claim_link_once"),
            models.CheckConstraint(condition=Q(first__lt=F("second")), name="claim_link_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.first_id} = {self.second_id}"

    @classmethod
    def link(cls, a: Claim, b: Claim, *, by) -> ClaimLink:
        if a.pk == b.pk or a.desk_id != b.desk_id:
            raise ValueError("A claim is linked to another claim of its desk.")
        low, high = sorted((a.pk, b.pk))
        link, _ = cls.objects.get_or_create(first_id=low, second_id=high, defaults={"linked_by": by})
        return link

    @classmethod
    def unlink(cls, a: Claim, b: Claim) -> None:
        low, high = sorted((a.pk, b.pk))
        cls.objects.filter(first_id=low, second_id=high).delete()


class StageChange(models.Model):
    """One workflow transition: who moved the claim from which stage to which, and why."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="stage_changes")
    old = models.CharField(max_length=16, choices=Stage)
    new = models.CharField(max_length=16, choices=Stage)
    get_old_display = ChoiceLabel(Stage)
    get_new_display = ChoiceLabel(Stage)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    comment = models.TextField(blank=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.old} → {self.new}"


class SourceKind(models.TextChoices):
    PRIMARY = "primary", gettext_lazy("Primary document")
    STATEMENT = "statement", gettext_lazy("Official statement")
    NEWS = "news", gettext_lazy("News report")
    DATASET = "dataset", gettext_lazy("Dataset")
    EXPERT = "expert", gettext_lazy("Expert")
    SOCIAL = "social", gettext_lazy("Social post")
    OTHER = "other", gettext_lazy("Other")


class Stance(models.TextChoices):
    SUPPORTS = "supports", gettext_lazy("Supports")
    REFUTES = "refutes", gettext_lazy("Refutes")
    CONTEXT = "context", gettext_lazy("Context")


class Source(models.Model):
    """A piece of evidence for or against a claim."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="sources")
    url = models.URLField(max_length=500, validators=[HTTP_URL])
    title = models.CharField(max_length=300, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=16, choices=SourceKind, default=SourceKind.OTHER)
    stance = models.CharField(max_length=16, choices=Stance, default=Stance.CONTEXT)
    get_kind_display = ChoiceLabel(SourceKind)
    get_stance_display = ChoiceLabel(Stance)
    excerpt = models.TextField(blank=True, help_text=gettext_lazy("The passage relied on."))
    accessed = models.DateField(default=timezone.localdate)
    archive_url = models.URLField(max_length=500, blank=True, validators=[HTTP_URL])
    note = models.TextField(blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["created", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(stance__in=Stance.values), name="source_stance_valid"),
            models.CheckConstraint(condition=Q(kind__in=SourceKind.values), name="source_kind_valid"),
        ]

    def __str__(self) -> str:
        return self.title or self.url


class Note(models.Model):
    """A message in a claim's discussion; replies thread through ``parent``."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    body = models.TextField()
    parent = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies")
    is_resolved = models.BooleanField(default=False)
    created = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        ordering = ["created", "id"]

    def __str__(self) -> str:
        return self.body[:60]

    def clean(self) -> None:
        if self.parent_id and self.parent.claim_id != self.claim_id:
            raise ValidationError({"parent": gettext("A reply must be on the same claim.")})

    @classmethod
    def post(cls, claim: Claim, *, author: AbstractBaseUser, body: str, parent: Note | None = None) -> Note:
        """Add a note; tell the parent's author of a reply and anyone @mentioned."""
        with transaction.atomic():
            note = cls(claim=claim, author=author, body=body, parent=parent)
            note.full_clean()
            note._history_user = author
            note.save()
            if parent is not None and parent.author_id:
                notify([parent.author_id], claim=claim, actor=author, verb=Verb.REPLY, message=body)
            mentioned = set(claim.desk.members.filter(username__in=MENTION.findall(body)).values_list("pk", flat=True))
            notify(
                mentioned - {getattr(parent, "author_id", None)},
                claim=claim,
                actor=author,
                verb=Verb.MENTION,
                message=body,
            )
        return note

    def resolve(self, *, by: AbstractBaseUser) -> None:
        self._set_resolved(True, by=by)

    resolve.alters_data = True

    def reopen(self, *, by: AbstractBaseUser) -> None:
        self._set_resolved(False, by=by)

    reopen.alters_data = True

    def _set_resolved(self, value: bool, *, by: AbstractBaseUser) -> None:
        if self.is_resolved == value:
            return
        with transaction.atomic():
            self.is_resolved = value
            self._history_user = by
            self._change_reason = "Resolved" if value else "Reopened"
            self.save(update_fields=["is_resolved"])
            del self._change_reason


class ImportedAnnotation(models.Model):
    """A W3C Web Annotation imported into an article as a claim, by its ``id``: importing the
    same annotation again updates that claim instead of adding a second one. An identity, not
    something the claim says: no history, no version."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="imported_annotations")
    iri = models.CharField(max_length=500)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            # One annotation is one claim of an article; imported into another article (a
            # copy of the story), it is another claim there.
            models.UniqueConstraint(fields=["article", "iri"], name="imported_annotation_unique_per_article"),
        ]

    def __str__(self) -> str:
        return self.iri


# What each part of a published record is called in the correction log.
RECORD_LABELS = {
    "text": "claim",
    "summary": "reasoning",
    "rating": "verdict",
    "attribution_type": "attribution type",
    "attribution": "attribution",
    "speaker": "speaker",
    "quote": "quote",
    "article": "article",
    "sources": "sources",
}


def public_record(claim: Claim) -> dict:
    """What the public sees of a claim, as plain data: the fields a published snapshot freezes."""
    article, speaker, rating, desk = claim.article, claim.speaker, claim.rating, claim.desk
    return {
        "text": claim.text,
        "summary": claim.summary,
        "rating": {"label": rating.label, "value": rating.value} if rating else None,
        "attribution_type": claim.attribution_type,
        "attribution_label": untranslated(AttributionType(claim.attribution_type).label),
        "attribution": claim.attribution,
        "speaker": {"name": speaker.name, "title": speaker.title, "kind": speaker.kind} if speaker else None,
        "quote": claim.quote,
        "article": {
            "title": article.title,
            "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "language": article.language,
            "outlet": article.outlet.name if article.outlet_id else "",
        }
        if article
        else None,
        "sources": [
            {
                "url": s.url,
                "title": s.title,
                "publisher": s.publisher,
                "stance": s.stance,
                "stance_label": untranslated(Stance(s.stance).label),
                "accessed": s.accessed.isoformat() if s.accessed else None,
                "archive_url": s.archive_url,
            }
            for s in claim.sources.order_by("created", "id")
        ],
        "desk": {"name": desk.name, "url": desk.url},
    }


class PublicationQuerySet(models.QuerySet):
    def current(self) -> PublicationQuerySet:
        """The publication the public sees now: one per published claim."""
        return self.filter(is_current=True)


class Publication(models.Model):
    """A published fact check exactly as it was approved: an immutable snapshot.

    The public page, its ClaimReview and the desk feed read this record, never the live
    claim, so a later edit (or a renamed speaker, a relabelled rating, a revised article)
    changes nothing public until a second person approves and publishes a correction, which
    adds a new snapshot; the earlier ones make the page's correction log.
    """

    # PROTECT: a published fact check stays public; deleting its claim (or article) is refused.
    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="publications")
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="publications")
    number = models.PositiveIntegerField(
        help_text=gettext_lazy("1 for the first publication, 2 for the first correction…")
    )
    version = models.PositiveIntegerField(help_text=gettext_lazy("The claim version that was approved and published."))
    record = models.JSONField(help_text=gettext_lazy("The public fields as published (see public_record)."))
    changes = models.JSONField(
        default=list, blank=True, help_text=gettext_lazy("What changed since the previous publication.")
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    published = models.DateTimeField(default=timezone.now)
    is_current = models.BooleanField(default=True)

    objects = PublicationQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "number"], name="publication_unique_number"),
            # The public sees one snapshot per claim: the latest.
            models.UniqueConstraint(
                fields=["claim"], condition=Q(is_current=True), name="publication_one_current_per_claim"
            ),
        ]
        # The desk feed pages through a desk's current publications, newest first.
        indexes = [models.Index(fields=["desk", "is_current", "-published"], name="publication_feed_idx")]

    def __str__(self) -> str:
        return f"{self.claim_id} #{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("claims:published", args=[self.claim_id])

    def save(self, *args, **kwargs) -> None:
        # Immutable: the only change ever saved is stepping down when a correction replaces it.
        if not self._state.adding and set(kwargs.get("update_fields") or ()) != {"is_current"}:
            raise ValueError("A publication is a snapshot and cannot be changed.")
        super().save(*args, **kwargs)

    @classmethod
    def capture(cls, claim: Claim, *, by: AbstractBaseUser) -> Publication:
        """Freeze what is being published (called by ``Claim.publish`` inside its transaction)."""
        record = public_record(claim)
        previous = cls.objects.select_for_update().filter(claim=claim, is_current=True).first()
        changes = []
        if previous is not None:
            changes = [label for key, label in RECORD_LABELS.items() if previous.record.get(key) != record.get(key)]
            previous.is_current = False
            previous.save(update_fields=["is_current"])
        number = (previous.number if previous else 0) + 1
        return cls.objects.create(
            claim=claim,
            desk_id=claim.desk_id,
            number=number,
            version=claim.approved_version or claim.version,
            record=record,
            changes=changes,
            approved_by_id=claim.approved_by_id,
            published_by=by,
            published=claim.published or timezone.now(),
        )


class SearchMatch(models.Func):
    """``<the index row> matches <query>``: FTS5 ``MATCH`` on SQLite, ``@@`` on PostgreSQL."""

    output_field = models.BooleanField()
    conditional = True

    def __init__(self, body, query: search.Query) -> None:
        super().__init__(body)
        self.query = query

    def as_sqlite(self, compiler, connection):
        body, params = compiler.compile(self.source_expressions[0])
        return f"{body} MATCH %s", [*params, ClaimSearch.fts5_query(self.query)]

    def as_postgresql(self, compiler, connection):
        body, params = compiler.compile(self.source_expressions[0])
        tsquery, query_params = ClaimSearch.tsquery(self.query)
        return f"{body.rsplit('.', 1)[0]}.vector @@ {tsquery}", [*params, *query_params]

    def as_sql(self, compiler, connection, **extra):  # pragma: no cover - the two backends above
        raise NotImplementedError(f"Full-text search is not built for {connection.vendor}.")


class SearchRank(SearchMatch):
    """How well the index row matches (higher is better): FTS5 bm25, PostgreSQL ts_rank."""

    output_field = models.FloatField()
    conditional = False

    def as_sqlite(self, compiler, connection):
        body, params = compiler.compile(self.source_expressions[0])
        return f"-{body.rsplit('.', 1)[0]}.rank", params  # FTS5's rank is bm25, lower is better

    def as_postgresql(self, compiler, connection):
        body, params = compiler.compile(self.source_expressions[0])
        tsquery, query_params = ClaimSearch.tsquery(self.query)
        return f"ts_rank({body.rsplit('.', 1)[0]}.vector, {tsquery})", [*params, *query_params]


class IndexRank(models.Subquery):
    """SQLite's rank of a claim row, looked up in the index for that row (``ClaimSearch.matching``).
    It keeps its search, so that ``ClaimSearch.ranked`` can rank many rows from the index at once."""

    def __init__(self, queryset, search_query: search.Query, **kwargs) -> None:
        super().__init__(queryset, **kwargs)
        self.search_query = search_query


class ClaimSearch(models.Model):
    """The search index: one row per claim, its searched text folded (``search.fold``).

    On SQLite the table is an FTS5 virtual table (migration 0009; its rowid is the claim's id);
    on PostgreSQL a table with a ``tsvector`` column under a GIN index, stemmed in English for
    English articles and ``simple`` for every language (so Arabic works, with no extension).
    Written only by ``index()``, which ``Claim.save()`` and the articles and speakers that claims
    show call inside their transaction; never edit it otherwise.
    """

    claim = models.OneToOneField(
        Claim, on_delete=models.CASCADE, primary_key=True, db_column="rowid", related_name="search_row"
    )
    body = models.TextField()

    class Meta:
        # A migration that alters this model would rebuild the FTS5 table as a plain one on SQLite.
        verbose_name = "search index row"

    def __str__(self) -> str:
        return f"search row of claim {self.claim_id}"

    @staticmethod
    def english(language: str) -> bool:
        return (language or "").lower().startswith("en")

    @classmethod
    def index(cls, claim_ids) -> int:
        """(Re)index these claims: two queries per 500 claims on either backend."""
        from django.db import connection

        ids = list(claim_ids)
        for at in range(0, len(ids), 500):
            rows = Claim.objects.filter(pk__in=ids[at : at + 500]).values_list(
                "pk", "text", "quote", "attribution", "speaker__name", "article__title", "article__language"
            )
            values = [
                (pk, search.fold("\n".join(part for part in parts if part)), cls.english(language or ""))
                for pk, *parts, language in rows
            ]
            if not values:
                continue
            with connection.cursor() as cursor:
                if connection.vendor == "postgresql":
                    cursor.execute(
                        "INSERT INTO claims_claimsearch (rowid, body, vector) "
                        "SELECT v.id, v.body, CASE WHEN v.en THEN to_tsvector('english', v.body) ELSE ''::tsvector END"
                        " || to_tsvector('simple', v.body) "
                        "FROM unnest(%s::bigint[], %s::text[], %s::boolean[]) AS v(id, body, en) "
                        "ON CONFLICT (rowid) DO UPDATE SET body = EXCLUDED.body, vector = EXCLUDED.vector",
                        [[v[0] for v in values], [v[1] for v in values], [v[2] for v in values]],
                    )
                else:
                    cursor.executemany(
                        "INSERT OR REPLACE INTO claims_claimsearch (rowid, body) VALUES (%s, %s)",
                        [(v[0], v[1]) for v in values],
                    )
        return len(ids)

    @classmethod
    def ranked(cls, claims: ClaimQuerySet, limit: int) -> list[tuple[float, object, int]]:
        """``(rank, updated, pk)`` of at most ``limit`` claims of a search (``matching``), in no
        order, in one query on PostgreSQL. On SQLite the ranks come from the index alone in a
        second query (all of the search's matches: tens of milliseconds where one rank per row
        would take half a millisecond each)."""
        annotation = claims.query.annotations.get("search_rank")
        if not isinstance(annotation, IndexRank):
            return list(claims.order_by().values_list("search_rank", "updated", "pk")[:limit])
        rows = list(claims.order_by().values_list("updated", "pk")[:limit])
        query = annotation.search_query
        ranks = dict(
            cls.objects.filter(SearchMatch(F("body"), query))
            .annotate(rank=SearchRank(F("body"), query))
            .values_list("claim_id", "rank")
        )
        return [(ranks.get(pk, 0.0), updated, pk) for updated, pk in rows]

    @staticmethod
    def fts5_query(query: search.Query) -> str:
        def term(words: tuple[str, ...]) -> str:
            return f'"{words[0]}"*' if len(words) == 1 else '"' + " ".join(words) + '"'

        # FTS5's NOT needs a left side: ``matching()`` turns a query of exclusions only around.
        return " AND ".join(term(w) for w in query.include) + "".join(f" NOT {term(w)}" for w in query.exclude)

    @staticmethod
    def tsquery(query: search.Query) -> tuple[str, list[str]]:
        """A tsquery expression and its parameters: each word a prefix in English and simple."""
        parts, params = [], []

        def term(words: tuple[str, ...]) -> str:
            text = words[0] + ":*" if len(words) == 1 else " <-> ".join(words)
            params.extend([text, text])
            return "(to_tsquery('simple', %s) || to_tsquery('english', %s))"

        parts = [term(w) for w in query.include] + [f"!!{term(w)}" for w in query.exclude]
        return "(" + " && ".join(parts) + ")", params

    @classmethod
    def matching(cls, claims: ClaimQuerySet, query: search.Query) -> ClaimQuerySet:
        from django.db import connection

        body = F("search_row__body")
        if query.include and connection.vendor == "sqlite":
            # FTS5 answers a MATCH joined to each claim row by running the whole query again for
            # that row (0.4 ms each): once SQLite reads the claims by their own index (a desk, a
            # stage, newest first), a search of 100,000 claims took seconds. Matched once, as a
            # list the claims are checked against; the rank, the same way, only for rows shown.
            found = cls.objects.filter(SearchMatch(F("body"), query))
            rank = found.filter(claim_id=models.OuterRef("pk")).annotate(rank=SearchRank(F("body"), query))
            matched = claims.filter(pk__in=found.values("claim_id"))
            return matched.annotate(search_rank=IndexRank(rank.values("rank")[:1], query))
        if query.include:
            # An inner join (search_row present), so the planner starts from the index.
            matched = claims.filter(search_row__isnull=False).filter(SearchMatch(body, query))
            return matched.annotate(search_rank=SearchRank(body, query))
        # Only exclusions: every claim but those that match what is excluded.
        excluded = search.Query(include=query.exclude)
        matched = ClaimSearch.objects.filter(SearchMatch(F("body"), excluded)).values("claim_id")
        return claims.exclude(pk__in=matched).annotate(search_rank=models.Value(0.0))


class Presence(models.Model):
    """Who has a claim open, as last seen by the page's pulse (kept in the database, so every
    app instance behind a proxy sees the same people)."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="presences")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    seen = models.DateTimeField(default=timezone.now)

    FRESH = 30  # seconds: a page that has not pulsed for this long is closed

    class Meta:
        ordering = ["-seen"]
        constraints = [models.UniqueConstraint(fields=["claim", "user"], name="presence_one_row_per_claim_and_user")]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.claim_id}"

    @classmethod
    def others(cls, claim_id: int, user: AbstractBaseUser) -> list[str]:
        """Usernames of the other people with the claim open now."""
        since = timezone.now() - timedelta(seconds=cls.FRESH)
        return sorted(
            cls.objects.filter(claim_id=claim_id, seen__gte=since)
            .exclude(user=user)
            .values_list("user__username", flat=True)
        )

    @classmethod
    def touch(cls, claim_id: int, user: AbstractBaseUser) -> None:
        """Mark the claim open by ``user``; at most one write per user and claim every 10 s."""
        now = timezone.now()
        fresh = cls.objects.filter(claim_id=claim_id, user=user, seen__gte=now - timedelta(seconds=10))
        if not fresh.exists():
            cls.objects.update_or_create(claim_id=claim_id, user=user, defaults={"seen": now})


# "@edna" and "@edna." at the end of a sentence both mention edna (a username ends in a word character).
MENTION = re.compile(r"(?<![\w@])@([\w.+-]*[\w+-])")


class Verb(models.TextChoices):
    ASSIGNED = "assigned", gettext_lazy("assigned you a claim")
    SUBMITTED = "submitted", gettext_lazy("submitted a claim for review")
    APPROVED = "approved", gettext_lazy("approved a claim you worked on")
    SENT_BACK = "sent_back", gettext_lazy("sent back a claim you worked on")
    PUBLISHED = "published", gettext_lazy("published a claim you worked on")
    VOIDED = "voided", gettext_lazy("voided your approval by editing a claim")
    REPLY = "reply", gettext_lazy("replied to your note")
    MENTION = "mention", gettext_lazy("mentioned you in a note")


class NotificationQuerySet(models.QuerySet):
    def unread(self) -> NotificationQuerySet:
        return self.filter(is_read=False)

    def for_list(self) -> NotificationQuerySet:
        return self.select_related("actor", "claim")


class Notification(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    verb = models.CharField(max_length=16, choices=Verb)
    message = models.TextField(blank=True)
    is_read = models.BooleanField(default=False)
    created = models.DateTimeField(default=timezone.now)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-id"]
        indexes = [
            # The bell counts a user's unread notifications on every page.
            models.Index(fields=["user", "is_read"], name="notification_user_unread_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.actor} {self.get_verb_display()}"


def notify(user_ids, *, claim: Claim, actor: AbstractBaseUser, verb: Verb, message: str = "") -> None:
    """In-app notification and e-mail (after commit) to each user but the actor."""
    from django.contrib.auth import get_user_model

    recipients = list(
        get_user_model().objects.filter(pk__in=set(user_ids) - {None, actor.pk}, desks=claim.desk_id).distinct()
    )
    Notification.objects.bulk_create(
        Notification(user=user, claim=claim, actor=actor, verb=verb, message=message) for user in recipients
    )
    body = f"{claim.text}\n\n{message}\n\n{settings.SITE_URL}{claim.get_absolute_url()}".strip()
    for user in recipients:
        if user.email:
            # The subject in the recipient's language (their choice, else their desk's).
            with translation.override(Profile.language_of(user) or settings.LANGUAGE_CODE):
                subject = f"[Claimdesk] {actor} {Verb(verb).label}"
            # On the queue, in this transaction: sent by a worker once the change has committed,
            # retried with a timeout, never holding the request.
            Job.start(
                JobKind.EMAIL,
                desk=claim.desk_id,
                by=actor,
                max_attempts=settings.EMAIL_ATTEMPTS,
                params={"to": [user.email], "subject": subject, "body": body},
            )


class CheckworthyKind(models.TextChoices):
    """What makes a suggestion worth checking (Full Fact's claim classes; claims.suggest.checkworthy)."""

    QUANTITY = "quantity", gettext_lazy("Numbers")
    COMPARISON = "comparison", gettext_lazy("Comparison")
    CAUSAL = "causal", gettext_lazy("Cause and effect")
    LEGAL = "legal", gettext_lazy("Law or rules")
    PREDICTION = "prediction", gettext_lazy("Prediction")
    EVENT = "event", gettext_lazy("Event or record")


class SuggestionStatus(models.TextChoices):
    PENDING = "pending", gettext_lazy("Pending")
    ACCEPTED = "accepted", gettext_lazy("Accepted")
    REJECTED = "rejected", gettext_lazy("Rejected")


SPEAKER_KIND_FOR = {
    AttributionType.NAMED_PERSON: SpeakerKind.PERSON,
    AttributionType.OFFICIAL_TITLE: SpeakerKind.PERSON,
    AttributionType.INSTITUTION: SpeakerKind.ORGANISATION,
    AttributionType.DOCUMENT: SpeakerKind.DOCUMENT,
}


class SuggestionQuerySet(models.QuerySet):
    def pending(self) -> SuggestionQuerySet:
        return self.filter(status=SuggestionStatus.PENDING)

    def twins_of(self, suggestion: Suggestion) -> list[Suggestion]:
        """The suggestions of the same article proposing the same claim at another place in the
        text (a dek that repeats the lede, a quote given twice), the suggestion itself included."""
        key = suggestion.twin_key
        return [s for s in self.filter(article_id=suggestion.article_id) if s.twin_key == key]


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def mark_twins(suggestions: list[Suggestion]) -> list[Suggestion]:
    """Set ``twin_count`` on each suggestion: how many in the list propose the same claim."""
    counts = Counter(s.twin_key for s in suggestions)
    for s in suggestions:
        s.twin_count = counts[s.twin_key]
    return suggestions


class Suggestion(models.Model):
    """A claim the app proposes in an article; it becomes a Claim only when a person accepts it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="suggestions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    content = models.TextField()
    source = models.CharField(max_length=300, blank=True)
    cue = models.CharField(max_length=60, blank=True)
    attribution_type = models.CharField(max_length=16, choices=AttributionType)
    get_attribution_type_display = ChoiceLabel(AttributionType)
    quote_type = models.CharField(max_length=8, choices=QuoteType)
    get_quote_type_display = ChoiceLabel(QuoteType)
    anonymity_reason = models.CharField(max_length=300, blank=True)
    speaker_name = models.CharField(max_length=200, blank=True)
    speaker_title = models.CharField(max_length=200, blank=True)
    is_checkworthy = models.BooleanField(default=True)
    checkworthiness = models.FloatField(
        default=0.0, help_text=gettext_lazy("0 to 1: how much here a record could confirm.")
    )
    checkworthy_kind = models.CharField(max_length=16, blank=True, choices=CheckworthyKind)
    confidence = models.FloatField(
        null=True, blank=True, help_text=gettext_lazy("How likely the desk keeps it (its learned model).")
    )
    status = models.CharField(max_length=16, choices=SuggestionStatus, default=SuggestionStatus.PENDING)
    claim = models.ForeignKey(Claim, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    corrected = models.BooleanField(default=False, help_text=gettext_lazy("Accepted with changes to what it proposed."))

    objects = SuggestionQuerySet.as_manager()

    class Meta:
        ordering = ["start", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="suggestion_start_before_end"),
            # Re-running the suggester never proposes the same span twice.
            models.UniqueConstraint(fields=["article", "start", "end"], name="suggestion_unique_span"),
        ]

    def __str__(self) -> str:
        return self.content[:80]

    @property
    def twin_key(self) -> tuple:
        """Two suggestions are twins when they say the same thing, from the same source, with the
        same attribution: case and spacing aside."""
        return (_fold(self.content), _fold(self.speaker_name or self.source), self.attribution_type)

    @classmethod
    def refresh_for(cls, article: Article, *, proposals=None) -> int:
        """Run the suggester on the article's text; store new proposals, drop stale pending ones."""
        text, revision = article.text, article.revision
        if proposals is None:
            proposals = attribution.suggest(text, language=article.language)
        with transaction.atomic():
            # On the locked article: a revision saved while the suggester ran makes these stale
            # (the job that revision started suggests for the new text).
            if not Article.objects.select_for_update().filter(pk=article.pk, revision=revision).exists():
                return 0
            claimed = set(article.claims.filter(start__isnull=False).values_list("start", "end"))
            decided = set(article.suggestions.exclude(status=SuggestionStatus.PENDING).values_list("start", "end"))
            article.suggestions.pending().delete()
            new = [
                cls(
                    article=article,
                    start=p.content_start,
                    end=p.content_end,
                    content=p.content,
                    source=p.source or "",
                    cue=p.cue or "",
                    attribution_type=p.attribution_type,
                    quote_type=p.quote_type,
                    anonymity_reason=p.anonymity_reason or "",
                    speaker_name=p.speaker_name or "",
                    speaker_title=p.speaker_title or "",
                    is_checkworthy=p.checkworthy,
                    checkworthiness=p.checkworthiness,
                    checkworthy_kind=p.checkworthy_kind or "",
                )
                for p in proposals
                if (p.content_start, p.content_end) not in claimed | decided
            ]
            ranker = SuggesterModel.ranker_for(article.desk_id)
            for suggestion in new:
                suggestion.confidence = ranker.confidence(suggestion) if ranker else None
            cls.objects.bulk_create(new, ignore_conflicts=True)
        return len(new)

    def accept(self, *, by: AbstractBaseUser, **overrides) -> Claim:
        """Make the claim it proposes (with ``overrides`` from a corrected form)."""
        desk = self.article.desk
        with transaction.atomic():
            # Decide on the locked row: two accepts at once make one claim, the second is refused.
            current = Suggestion.objects.select_for_update().get(pk=self.pk)
            if current.status != SuggestionStatus.PENDING:
                raise TransitionError(gettext("This suggestion was already decided."))
            speaker = None
            kind = SPEAKER_KIND_FOR.get(self.attribution_type)
            name = self.speaker_name or (self.source if kind and kind != SpeakerKind.PERSON else "")
            if name and kind:
                speaker, _ = Speaker.get_or_create_named(desk, name, kind=kind, title=self.speaker_title)
            claim = Claim(
                desk=desk,
                article=self.article,
                text=self.content,
                speaker=speaker,
                attribution_type=self.attribution_type,
                attribution=self.source,
                cue=self.cue,
                quote_type=self.quote_type,
                anonymity_reason=self.anonymity_reason,
            )
            for field, value in overrides.items():
                setattr(claim, field, value)
            claim.anchor(self.start, self.end)
            claim._history_user = by
            claim._change_reason = "Accepted from a suggestion"
            claim.save()
            self.mark_accepted(claim, by=by)
        return claim

    accept.alters_data = True

    def _decide(self, status: SuggestionStatus, *, by: AbstractBaseUser, claim: Claim | None = None) -> None:
        """Record a decision on the locked row; one decided a moment ago by someone else stands.
        Each decision is an example the desk's model learns from (``SuggesterModel``)."""
        with transaction.atomic():
            current = Suggestion.objects.select_for_update().get(pk=self.pk)
            if current.status != SuggestionStatus.PENDING:
                raise TransitionError(gettext("This suggestion was already decided."))
            self.status, self.claim, self.decided_by, self.decided_at = status, claim, by, timezone.now()
            self.corrected = claim is not None and self.differs_from(claim)
            self.save(update_fields=["status", "claim", "decided_by", "decided_at", "corrected"])
            SuggesterModel.consider_training(self.article.desk_id, by=by)

    def differs_from(self, claim: Claim) -> bool:
        """The claim made from it says something else: another span, attribution or wording."""
        return (
            (claim.start, claim.end) != (self.start, self.end)
            or claim.attribution_type != self.attribution_type
            or claim.attribution != self.source
            or claim.text != self.content
        )

    def mark_accepted(self, claim: Claim, *, by: AbstractBaseUser) -> None:
        """The claim made from this suggestion (here, or through the corrected claim form)."""
        self._decide(SuggestionStatus.ACCEPTED, by=by, claim=claim)

    mark_accepted.alters_data = True

    def reject(self, *, by: AbstractBaseUser) -> None:
        self._decide(SuggestionStatus.REJECTED, by=by)

    reject.alters_data = True

    def undo_reject(self, *, by: AbstractBaseUser) -> None:
        """Put a rejected suggestion back among the pending ones (an accepted one has its claim)."""
        with transaction.atomic():
            current = Suggestion.objects.select_for_update().get(pk=self.pk)
            if current.status != SuggestionStatus.REJECTED:
                raise TransitionError(gettext("Only a rejected suggestion can be brought back."))
            self.status, self.decided_by, self.decided_at = SuggestionStatus.PENDING, None, None
            self.save(update_fields=["status", "decided_by", "decided_at"])

    undo_reject.alters_data = True


class SuggesterModel(models.Model):
    """A desk's model of which suggestions it keeps, learned from its decisions (claims.learning):
    weights, not code. It is retrained in a job each time ``SUGGESTER_RETRAIN_EVERY`` more
    decisions have been made since it was last trained."""

    desk = models.OneToOneField(Desk, on_delete=models.CASCADE, related_name="suggester")
    weights = models.JSONField(default=dict)
    decisions = models.PositiveIntegerField(default=0, help_text=gettext_lazy("Decisions it was trained on."))
    trained_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Suggester of {self.desk} ({self.decisions} decisions)"

    @classmethod
    def ranker_for(cls, desk_id: int) -> learning.Ranker | None:
        model = cls.objects.filter(desk_id=desk_id).only("weights").first()
        return learning.Ranker.from_json(model.weights) if model else None

    @staticmethod
    def examples(desk_id: int, limit: int = 5000):
        """The desk's latest decisions as (suggestion, kept) pairs; a correction was kept."""
        decided = Suggestion.objects.filter(article__desk_id=desk_id).exclude(status=SuggestionStatus.PENDING)
        for s in decided.order_by("-decided_at", "-id")[:limit]:
            yield s, s.status == SuggestionStatus.ACCEPTED

    @classmethod
    def consider_training(cls, desk_id: int, *, by=None) -> Job | None:
        """Start a training job when enough decisions came in since the last one (and none runs)."""
        trained_at = cls.objects.filter(desk_id=desk_id).values_list("trained_at", flat=True).first()
        decided = Suggestion.objects.filter(article__desk_id=desk_id, decided_at__isnull=False)
        if trained_at is not None:
            decided = decided.filter(decided_at__gt=trained_at)
        if decided.count() < settings.SUGGESTER_RETRAIN_EVERY:
            return None
        if Job.objects.filter(desk_id=desk_id, kind=JobKind.TRAIN_SUGGESTER).active().exists():
            return None
        return Job.start(JobKind.TRAIN_SUGGESTER, desk=desk_id, by=by, max_attempts=1)

    @classmethod
    def retrain(cls, desk_id: int) -> SuggesterModel | None:
        """Fit the desk's model on its decisions and re-score its pending suggestions; None while
        there is too little to learn from (then the suggestions stay unscored)."""
        ranker = learning.train(cls.examples(desk_id))
        if ranker is None:
            return None
        with transaction.atomic():
            model, _ = cls.objects.update_or_create(
                desk_id=desk_id,
                defaults={"weights": ranker.as_json(), "decisions": ranker.decisions, "trained_at": timezone.now()},
            )
            pending = list(Suggestion.objects.pending().filter(article__desk_id=desk_id))
            for s in pending:
                s.confidence = ranker.confidence(s)
            Suggestion.objects.bulk_update(pending, ["confidence"], batch_size=500)
        return model


# -- background jobs ------------------------------------------------------------------


class JobKind(models.TextChoices):
    FETCH = "fetch", gettext_lazy("Fetch an article")
    SUGGEST = "suggest", gettext_lazy("Suggest claims")
    EMAIL = "email", gettext_lazy("Send an e-mail")
    POLL_FEED = "poll_feed", gettext_lazy("Poll a feed")
    IMPORT_CLAIMS = "import_claims", gettext_lazy("Import claims")
    EXPORT_CSV = "export_csv", gettext_lazy("Export claims as CSV")
    EXPORT_DESK = "export_desk", gettext_lazy("Export a desk as JSON")
    IMPORT_CHECKS = "import_checks", gettext_lazy("Import other fact-checkers' ClaimReview")
    TRAIN_SUGGESTER = "train_suggester", gettext_lazy("Learn from the desk's decisions on suggestions")


class JobStatus(models.TextChoices):
    QUEUED = "queued", gettext_lazy("Queued")
    RUNNING = "running", gettext_lazy("Running")
    SUCCEEDED = "succeeded", gettext_lazy("Done")
    FAILED = "failed", gettext_lazy("Failed")

    @property
    def is_active(self) -> bool:
        return self in (JobStatus.QUEUED, JobStatus.RUNNING)


class JobError(Exception):
    """A job cannot succeed, whatever the retries: its message says why, for the person who started it."""


class JobSuperseded(Exception):
    """The attempt a worker was running is no longer the job's (the sweep took it, or the job is gone)."""


class JobQuerySet(models.QuerySet):
    def active(self) -> JobQuerySet:
        return self.filter(status__in=[JobStatus.QUEUED, JobStatus.RUNNING])

    def for_list(self) -> JobQuerySet:
        return self.select_related("created_by", "article", "feed__outlet").order_by("-created", "-id")

    def stale(self, lease: timedelta) -> JobQuerySet:
        """Running jobs whose worker has not reported for longer than ``lease``: it has died."""
        return self.filter(status=JobStatus.RUNNING, heartbeat__lt=timezone.now() - lease)


class Job(models.Model):
    """Work done away from the request, on the job queue, as people see it: what it is, how far
    it got, what came of it, and why it failed. The queue itself (django-tasks) only carries the
    job's id; this row is the record a page polls and a retry re-enqueues.

    A handler writes what it makes inside transactions of its own, so a worker that dies
    mid-job leaves either the whole of a step or nothing; the job is then retried (the
    handlers skip what an earlier attempt finished) or, past ``max_attempts``, failed."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="jobs")
    kind = models.CharField(max_length=16, choices=JobKind)
    status = models.CharField(max_length=12, choices=JobStatus, default=JobStatus.QUEUED)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    article = models.ForeignKey(Article, on_delete=models.CASCADE, null=True, blank=True, related_name="jobs")
    feed = models.ForeignKey("Feed", on_delete=models.SET_NULL, null=True, blank=True, related_name="jobs")
    params = models.JSONField(default=dict, blank=True)
    result = models.JSONField(default=dict, blank=True)
    message = models.CharField(max_length=500, blank=True, help_text=gettext_lazy("Progress or outcome, for people."))
    progress = models.PositiveSmallIntegerField(default=0, help_text=gettext_lazy("Percent done."))
    error = models.TextField(blank=True, help_text=gettext_lazy("Why the last attempt failed."))
    attempts = models.PositiveSmallIntegerField(default=0)
    max_attempts = models.PositiveSmallIntegerField(default=3)
    task_id = models.CharField(max_length=64, blank=True, help_text=gettext_lazy("The queue's id of the last attempt."))
    created = models.DateTimeField(default=timezone.now)
    started = models.DateTimeField(null=True, blank=True)
    finished = models.DateTimeField(null=True, blank=True)
    heartbeat = models.DateTimeField(null=True, blank=True)

    objects = JobQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-id"]
        indexes = [
            # The desk's job list, newest first.
            models.Index(fields=["desk", "-created"], name="job_desk_created_idx"),
            # The scheduler's sweep for jobs whose worker died.
            models.Index(fields=["status", "heartbeat"], name="job_status_heartbeat_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=JobStatus.values), name="job_status_valid"),
            models.CheckConstraint(condition=Q(progress__lte=100), name="job_progress_percent"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_status_display().lower()})"

    def get_absolute_url(self) -> str:
        return reverse("claims:job", args=[self.pk])

    @property
    def is_active(self) -> bool:
        return JobStatus(self.status).is_active

    @classmethod
    def start(cls, kind: JobKind, *, desk: Desk | int, by=None, max_attempts: int = 3, **fields) -> Job:
        """Record a job and put it on the queue, in the caller's transaction: if that rolls back,
        there is no job (an e-mail about a stage change that did not happen is never sent)."""
        desk_id = desk if isinstance(desk, int) else desk.pk
        with transaction.atomic():
            job = cls.objects.create(
                kind=kind,
                desk_id=desk_id,
                created_by=by,
                max_attempts=max_attempts,
                message=gettext("Waiting for a worker."),
                **fields,
            )
            job._enqueue()
        job.refresh_from_db()  # an immediate backend has run it already
        return job

    def _enqueue(self, *, delay: float = 0) -> None:
        from .tasks import enqueue_job

        self.task_id = enqueue_job(self.pk, delay=delay)
        Job.objects.filter(pk=self.pk).update(task_id=self.task_id)

    def begin(self) -> bool:
        """The worker takes the job: False if it is no longer queued (run, or failed, already)."""
        with transaction.atomic():
            current = Job.objects.select_for_update().filter(pk=self.pk).first()
            if current is None or current.status != JobStatus.QUEUED:
                return False
            now = timezone.now()
            self.status, self.attempts = JobStatus.RUNNING, current.attempts + 1
            self.started, self.heartbeat, self.error = now, now, ""
            self.message = gettext("Running (attempt %(attempt)s of %(attempts)s).") % {
                "attempt": self.attempts,
                "attempts": self.max_attempts,
            }
            self.save(update_fields=["status", "attempts", "started", "heartbeat", "error", "message"])
        return True

    begin.alters_data = True

    def report(self, message: str = "", *, progress: int | None = None) -> None:
        """Progress for the page that polls, and a heartbeat for the sweep (committed at once)."""
        self.heartbeat = timezone.now()
        fields = {"heartbeat": self.heartbeat}
        if message:
            self.message = fields["message"] = message[:500]
        if progress is not None:
            self.progress = fields["progress"] = max(0, min(100, progress))
        Job.objects.filter(pk=self.pk, status=JobStatus.RUNNING).update(**fields)

    report.alters_data = True

    def _finish_attempt(self, **fields) -> None:
        """Write the outcome of this attempt, only if the job is still running this attempt:
        one the sweep gave up on (and queued again) is not overwritten by its late worker."""
        done = Job.objects.filter(pk=self.pk, status=JobStatus.RUNNING, attempts=self.attempts).update(**fields)
        if not done:
            raise JobSuperseded(f"Job {self.pk} is no longer running attempt {self.attempts}.")
        for name, value in fields.items():
            setattr(self, name, value)

    def lock_attempt(self) -> None:
        """Inside a handler's transaction: hold the job's row until it commits, so the sweep
        (which skips locked rows) cannot take a long transaction for a dead worker."""
        if not Job.objects.select_for_update().filter(pk=self.pk, status=JobStatus.RUNNING, attempts=self.attempts):
            raise JobSuperseded(f"Job {self.pk} is no longer running attempt {self.attempts}.")

    def succeed(self, message: str, **result) -> None:
        self._finish_attempt(
            status=JobStatus.SUCCEEDED,
            progress=100,
            message=message[:500],
            result=result,
            finished=timezone.now(),
            error="",
        )

    succeed.alters_data = True

    def fail(self, reason: str, *, retry_in: float | None = None) -> None:
        """Record why this attempt failed; queue another after ``retry_in`` seconds if attempts
        remain (None: the failure is final, retrying would not help)."""
        if retry_in is not None and self.attempts < self.max_attempts:
            message = gettext("Attempt %(attempt)s of %(attempts)s failed; retrying in %(seconds)s s.") % {
                "attempt": self.attempts,
                "attempts": self.max_attempts,
                "seconds": f"{retry_in:g}",
            }
            self._finish_attempt(status=JobStatus.QUEUED, message=message, error=reason[:2000])
            self._enqueue(delay=retry_in)
            return
        message = ngettext("Failed after %(count)s attempt.", "Failed after %(count)s attempts.", self.attempts) % {
            "count": self.attempts
        }
        self._finish_attempt(status=JobStatus.FAILED, message=message, error=reason[:2000], finished=timezone.now())

    fail.alters_data = True

    def retry(self, *, by=None) -> None:
        """A person retries a failed job: it starts over with a fresh set of attempts, run as
        them (the handlers check that person's role when it runs)."""
        with transaction.atomic():
            current = Job.objects.select_for_update().get(pk=self.pk)
            if current.status != JobStatus.FAILED:
                raise TransitionError(gettext("Only a failed job can be retried."))
            self.status, self.attempts, self.progress, self.finished = JobStatus.QUEUED, 0, 0, None
            self.message = gettext("Waiting for a worker.")
            fields = ["status", "attempts", "progress", "finished", "message"]
            if by is not None:
                self.created_by = by
                fields.append("created_by")
            self.save(update_fields=fields)
            self._enqueue()

    retry.alters_data = True

    @classmethod
    def recover_stale(cls, lease: timedelta) -> int:
        """Jobs whose worker died mid-run: retried if attempts remain, else failed, saying so.
        Rows are taken with SKIP LOCKED, so several workers sweeping at once never both act."""
        count = 0
        with transaction.atomic():
            for job in cls.objects.stale(lease).select_for_update(skip_locked=True):
                reason = gettext("The worker stopped during attempt %(attempt)s (no sign of it for %(seconds)s s).")
                job.fail(reason % {"attempt": job.attempts, "seconds": int(lease.total_seconds())}, retry_in=0)
                count += 1
        return count


# -- monitored feeds ------------------------------------------------------------------


def _feed_interval() -> int:
    return settings.FEED_POLL_MINUTES


class FeedQuerySet(models.QuerySet):
    def due(self) -> FeedQuerySet:
        return self.filter(is_active=True, next_poll__lte=timezone.now())

    def for_list(self) -> FeedQuerySet:
        return self.select_related("outlet").order_by("outlet__name", "url")


class Feed(models.Model):
    """An outlet's RSS or Atom feed the desk monitors: new items are imported, given
    suggestions and filed in triage. A failing feed backs off instead of retrying hot."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="feeds")
    outlet = models.ForeignKey(Outlet, on_delete=models.CASCADE, related_name="feeds")
    url = models.URLField(
        max_length=500, validators=[HTTP_URL], help_text=gettext_lazy("The RSS or Atom feed's address.")
    )
    is_active = models.BooleanField(default=True, help_text=gettext_lazy("Paused feeds are not polled."))
    interval = models.PositiveIntegerField(default=_feed_interval, help_text=gettext_lazy("Minutes between polls."))
    licence = models.CharField(
        max_length=300,
        blank=True,
        help_text=gettext_lazy("Licence and credit line for its articles, e.g. CC BY 2.5, Wikinews."),
    )
    etag = models.CharField(max_length=300, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    last_polled = models.DateTimeField(null=True, blank=True, editable=False)
    last_success = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.TextField(blank=True, editable=False)
    error_count = models.PositiveIntegerField(
        default=0, editable=False, help_text=gettext_lazy("Failed polls in a row.")
    )
    next_poll = models.DateTimeField(default=timezone.now, editable=False)
    items_imported = models.PositiveIntegerField(default=0, editable=False)
    created = models.DateTimeField(default=timezone.now, editable=False)

    objects = FeedQuerySet.as_manager()

    class Meta:
        ordering = ["outlet__name", "url"]
        constraints = [
            # One feed address once per desk.
            models.UniqueConstraint(fields=["desk", "url"], name="feed_unique_url_per_desk"),
            models.CheckConstraint(condition=Q(interval__gte=1), name="feed_interval_positive"),
        ]
        indexes = [
            # The scheduler's question every tick: which active feeds are due.
            models.Index(fields=["is_active", "next_poll"], name="feed_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.outlet}: {self.url}"

    MAX_BACKOFF = timedelta(hours=24)

    def record_poll(self, *, imported: int, problems: list[str], etag: str, last_modified: str) -> None:
        """A poll that reached the feed: remember its validators for the next conditional GET."""
        now = timezone.now()
        Feed.objects.filter(pk=self.pk).update(  # a filtered update: a feed removed meanwhile stays gone
            last_polled=now,
            last_success=now,
            etag=etag[:300],
            last_modified=last_modified[:100],
            items_imported=F("items_imported") + imported,
            error_count=0,
            last_error="\n".join(problems)[:4000],
            next_poll=now + timedelta(minutes=self.interval),
        )

    record_poll.alters_data = True

    def record_failure(self, reason: str) -> None:
        """A poll that failed: said on the feed's row, and the next one waits twice as long."""
        now = timezone.now()
        wait = min(timedelta(minutes=self.interval) * 2 ** min(self.error_count + 1, 10), self.MAX_BACKOFF)
        Feed.objects.filter(pk=self.pk).update(
            last_polled=now, last_error=reason[:4000], error_count=F("error_count") + 1, next_poll=now + wait
        )

    record_failure.alters_data = True

    @property
    def is_failing(self) -> bool:
        return self.error_count > 0

    def import_item(self, *, link: str, title: str, published, extracted: dict) -> Article | None:
        """File one fetched item as a new article in triage, with its suggestions, all in one
        transaction; None if the desk has it already (by URL, or by the same text)."""
        text = normalise_text(extracted["text"])
        language = (extracted.get("language") or detect_language(text))[:16]
        proposals = attribution.suggest(text, language=language)  # before the transaction: it takes a while
        try:
            return self._file_item(
                link=link,
                title=title,
                published=published,
                extracted=extracted,
                text=text,
                language=language,
                proposals=proposals,
            )
        except IntegrityError:
            return None  # a concurrent poll (or a person) filed the same text a moment ago

    import_item.alters_data = True

    def _file_item(self, *, link, title, published, extracted, text, language, proposals) -> Article | None:
        with transaction.atomic():
            if Article.objects.filter(Q(url=link) | Q(sha256=text_sha256(text)), desk_id=self.desk_id).exists():
                return None
            article = Article(
                desk_id=self.desk_id,
                outlet_id=self.outlet_id,
                title=(title or extracted.get("title") or link)[:300],
                url=link,
                text=text,
                byline=(extracted.get("byline") or "")[:300],
                published=published or _date_or_none(extracted.get("published")),
                language=language,
                licence=self.licence,
                feed=self,
                triage=Triage.NEW,
            )
            article._change_reason = f"Imported from the feed {self.url}"
            article.save()
            Suggestion.refresh_for(article, proposals=proposals)
        return article


def _date_or_none(value: str | None):
    from django.utils.dateparse import parse_date

    try:
        return parse_date(value or "")
    except ValueError:
        return None


# -- API tokens ----------------------------------------------------------------------------


class TokenKind(models.TextChoices):
    SESSION = "session", gettext_lazy("Login")  # POST /api/token/ with a password; revoked at logout
    NAMED = "named", gettext_lazy("Named")  # made on the tokens page; kept until it expires or is revoked


def token_digest(key: str) -> str:
    """What is stored of a token: its SHA-256. A key is 256 random bits, so no salt or slow hash is needed."""
    return hashlib.sha256(key.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def live(self) -> ApiTokenQuerySet:
        return self.filter(revoked__isnull=True, expires__gt=timezone.now())


class ApiToken(models.Model):
    """A key for the API, kept only as its digest: the key itself is shown once, when it is made."""

    KEY_PREFIX = "cdt_"  # marks a Claimdesk token, so a secret scanner can recognise a leaked one
    USE_RESOLUTION = timedelta(minutes=1)  # last_used is written at most this often

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, help_text=gettext_lazy("What the token is for, e.g. the nightly export."))
    kind = models.CharField(max_length=16, choices=TokenKind, default=TokenKind.NAMED)
    prefix = models.CharField(max_length=16, editable=False, help_text=gettext_lazy("The key's first characters."))
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created = models.DateTimeField(default=timezone.now, editable=False)
    last_used = models.DateTimeField(null=True, blank=True, editable=False)
    expires = models.DateTimeField()
    revoked = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=TokenKind.values), name="apitoken_kind_valid"),
        ]
        indexes = [
            # The tokens page and logout ask for one person's tokens of one kind.
            models.Index(fields=["user", "kind"], name="apitoken_user_kind_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…) of {self.user}"

    def get_absolute_url(self) -> str:
        return reverse("claims:tokens")

    @classmethod
    def issue(cls, user: AbstractBaseUser, *, name: str, kind: str, lifetime: timedelta) -> tuple[ApiToken, str]:
        """A new token and its key, which is not kept anywhere: the caller shows it once."""
        key = cls.KEY_PREFIX + secrets.token_urlsafe(32)
        now = timezone.now()
        with transaction.atomic():
            token = cls.objects.create(
                user=user,
                name=name,
                kind=kind,
                prefix=key[:12],
                digest=token_digest(key),
                created=now,
                expires=now + lifetime,
            )
        return token, key

    @classmethod
    def authenticate(cls, key: str) -> ApiToken | None:
        """The live token with this key (its user loaded), its last use noted; None for any other key."""
        token = cls.objects.live().select_related("user").filter(digest=token_digest(key)).first()
        if token is None:
            return None
        now = timezone.now()
        if token.last_used is None or now - token.last_used >= cls.USE_RESOLUTION:
            cls.objects.filter(pk=token.pk).update(last_used=now)  # one UPDATE, never a read-modify-write
            token.last_used = now
        return token

    @property
    def is_live(self) -> bool:
        return self.revoked is None and self.expires > timezone.now()

    def revoke(self) -> None:
        with transaction.atomic():
            ApiToken.objects.filter(pk=self.pk, revoked__isnull=True).update(revoked=timezone.now())
            self.refresh_from_db(fields=["revoked"])

    revoke.alters_data = True

    @classmethod
    def revoke_logins(cls, user: AbstractBaseUser) -> int:
        """Logging out ends the tokens the person's password got from /api/token/; named ones stay."""
        with transaction.atomic():
            return cls.objects.filter(user=user, kind=TokenKind.SESSION, revoked__isnull=True).update(
                revoked=timezone.now()
            )
