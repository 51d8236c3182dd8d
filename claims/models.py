"""Claimdesk's data: desks and their members, articles, claims with their attribution
and verification, the evidence behind them and the discussion around them.

Business rules live here as model verbs (``Claim.submit()``, ``Claim.approve()``…) that
check their rule, write a ``StageChange`` row and save inside one transaction.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from .suggest import attribution
from .suggest.attribution import normalise_name

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

ANCHOR_CONTEXT = 32  # characters of prefix/suffix kept with each anchor


def normalise_text(text: str) -> str:
    """The one stored form of an article's text: Unicode NFC, ``\\n`` line ends."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Role(models.TextChoices):
    VIEWER = "viewer", "Viewer"
    CHECKER = "checker", "Checker"
    EDITOR = "editor", "Editor"
    ADMIN = "admin", "Admin"

    @property
    def rank(self) -> int:
        return list(Role).index(self)


class Desk(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    url = models.URLField(blank=True, help_text="The desk's public site, used as ClaimReview author.")
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, through="Membership", related_name="desks")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def role_of(self, user: AbstractBaseUser) -> Role | None:
        if not user.is_authenticated:
            return None
        membership = self.memberships.filter(user=user).first()
        return Role(membership.role) if membership else None


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
        return self.role in (Role.EDITOR, Role.ADMIN)

    @property
    def can_check(self) -> bool:
        return self.role != Role.VIEWER


class Outlet(models.Model):
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="outlets")
    name = models.CharField(max_length=200)
    domain = models.CharField(max_length=200, blank=True, help_text="e.g. apnews.com")

    class Meta:
        ordering = ["name"]
        constraints = [
            # An outlet is entered once per desk; imports look it up by name.
            models.UniqueConstraint(fields=["desk", "name"], name="outlet_unique_name_per_desk"),
        ]

    def __str__(self) -> str:
        return self.name


class ArticleQuerySet(models.QuerySet):
    def for_list(self) -> ArticleQuerySet:
        return self.select_related("outlet").annotate(claim_count=models.Count("claims")).order_by("-imported", "-id")


class Article(models.Model):
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="articles")
    outlet = models.ForeignKey(Outlet, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles")
    title = models.CharField(max_length=300)
    url = models.URLField(max_length=500, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    published = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16, default="en", help_text="BCP 47 code, e.g. en, ar, fr.")
    licence = models.CharField(
        max_length=300, blank=True, help_text="Licence and credit line, e.g. CC BY 2.5, Wikinews."
    )
    text = models.TextField(help_text="Plain text, stored normalised (NFC, \\n). Change it with a revision.")
    sha256 = models.CharField(max_length=64, editable=False)
    revision = models.PositiveIntegerField(default=1, editable=False)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    imported = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-imported", "-id"]
        constraints = [
            # The same text is imported once per desk; a duplicate import offers the existing one.
            models.UniqueConstraint(fields=["desk", "sha256"], name="article_unique_text_per_desk"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("claims:article", args=[self.pk])

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
            Suggestion.refresh_for(self)
            return report

    revise.alters_data = True


class SpeakerKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANISATION = "organisation", "Organisation"
    OFFICIALS = "officials", "Group of officials"
    DOCUMENT = "document", "Document"


class Speaker(models.Model):
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(max_length=200)
    normalised_name = models.CharField(max_length=200, editable=False)
    kind = models.CharField(max_length=16, choices=SpeakerKind, default=SpeakerKind.PERSON)
    title = models.CharField(max_length=200, blank=True, help_text='Title or role, e.g. "Israeli Defense Minister".')
    affiliation = models.CharField(max_length=200, blank=True)
    country = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            # "Israel Katz" and "israel  katz." are one speaker in a desk.
            models.UniqueConstraint(fields=["desk", "normalised_name"], name="speaker_unique_name_per_desk"),
            models.CheckConstraint(condition=Q(kind__in=SpeakerKind.values), name="speaker_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.name}, {self.title}" if self.title else self.name

    def save(self, *args, **kwargs) -> None:
        self.normalised_name = normalise_name(self.name)
        super().save(*args, **kwargs)

    @classmethod
    def get_or_create_named(cls, desk: Desk, name: str, **defaults) -> tuple[Speaker, bool]:
        return cls.objects.get_or_create(
            desk=desk, normalised_name=normalise_name(name), defaults={"name": name, **defaults}
        )


class Rating(models.Model):
    """One step of a desk's verdict scale."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="ratings")
    label = models.CharField(max_length=60)
    slug = models.SlugField(max_length=60)
    value = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="ClaimReview ratingValue 1 (false) to 5 (true); empty for unrated scales."
    )
    colour = models.CharField(max_length=7, default="#777777", help_text="Hex colour, e.g. #2e7d32.")
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
            return "Published verdicts use this rating: add a new rating rather than change its label or value."
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
    NAMED_PERSON = "named_person", "Named person"
    OFFICIAL_TITLE = "official_title", "Official by title"
    ANONYMOUS = "anonymous", "Anonymous"
    INSTITUTION = "institution", "Institution"
    DOCUMENT = "document", "Document"
    UNATTRIBUTED = "unattributed", "Unattributed"


class QuoteType(models.TextChoices):
    DIRECT = "direct", "Direct"
    INDIRECT = "indirect", "Indirect"
    MIXED = "mixed", "Mixed"
    NONE = "none", "None"


class Stage(models.TextChoices):
    NEW = "new", "New"
    RESEARCH = "research", "In research"
    REVIEW = "review", "In review"
    CHANGES = "changes", "Needs changes"
    APPROVED = "approved", "Approved"
    PUBLISHED = "published", "Published"


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


class TransitionError(Exception):
    """A workflow rule refused a transition; the message says which rule."""


class StaleVersion(Exception):
    """Someone saved the claim since this edit began; ``current`` is their version."""

    def __init__(self, current: Claim) -> None:
        super().__init__(f"Claim {current.pk} is at version {current.version}.")
        self.current = current


class ClaimQuerySet(models.QuerySet):
    def for_list(self) -> ClaimQuerySet:
        return (
            self.select_related("article__outlet", "speaker", "rating", "assignee")
            .annotate(source_count=models.Count("sources", distinct=True))
            .order_by("-updated", "-id")  # a GROUP BY drops Meta.ordering
        )

    def published(self) -> ClaimQuerySet:
        return self.filter(stage=Stage.PUBLISHED)


class Claim(models.Model):
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="claims")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, null=True, blank=True, related_name="claims")
    text = models.TextField(help_text="The claim as it will be checked, in one sentence.")
    # Anchor in the article text (all empty for a claim entered without an article).
    quote = models.TextField(blank=True, help_text="Exact text of the article span.")
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    prefix = models.CharField(max_length=ANCHOR_CONTEXT, blank=True)
    suffix = models.CharField(max_length=ANCHOR_CONTEXT, blank=True)
    is_orphaned = models.BooleanField(
        default=False, help_text="The quote could not be found in the article's current text; offsets are empty."
    )
    # Attribution.
    speaker = models.ForeignKey(Speaker, on_delete=models.SET_NULL, null=True, blank=True, related_name="claims")
    attribution_type = models.CharField(max_length=16, choices=AttributionType, default=AttributionType.UNATTRIBUTED)
    attribution = models.CharField(
        max_length=300,
        blank=True,
        help_text='The attribution as written, e.g. "Egyptian officials, speaking on condition of anonymity".',
    )
    cue = models.CharField(max_length=60, blank=True, help_text='Reporting cue: "said", "warned", "according to"…')
    quote_type = models.CharField(max_length=8, choices=QuoteType, default=QuoteType.NONE)
    anonymity_reason = models.CharField(max_length=300, blank=True, help_text='e.g. "to discuss closed-door talks".')
    # Verification.
    rating = models.ForeignKey(Rating, on_delete=models.PROTECT, null=True, blank=True, related_name="claims")
    summary = models.TextField(blank=True, help_text="The verdict's reasoning, published with the ClaimReview.")
    stage = models.CharField(max_length=16, choices=Stage, default=Stage.NEW)
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
    published = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, help_text="Raised by every save; a stale form is refused.")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

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
        indexes = [models.Index(fields=["desk", "stage"], name="claim_desk_stage_idx")]

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
            raise ValidationError({"start": f"The span {start}–{end} is outside the article (0–{len(text)})."})
        self.start, self.end = start, end
        self.quote = text[start:end]
        self.prefix = text[max(0, start - ANCHOR_CONTEXT) : start]
        self.suffix = text[end : end + ANCHOR_CONTEXT]

    def clean(self) -> None:
        self.validate_anchor()
        if self.article_id and self.desk_id and self.article.desk_id != self.desk_id:
            raise ValidationError({"article": "The article belongs to another desk."})
        for field in ("speaker", "rating"):
            related = getattr(self, field)
            if related is not None and related.desk_id != self.desk_id:
                raise ValidationError({field: f"The {field} belongs to another desk."})

    def validate_anchor(self) -> None:
        if self.start is None and self.end is None:
            return
        if self.article_id is None:
            raise ValidationError({"article": "An anchored claim needs its article."})
        if self.start is None or self.end is None or not (0 <= self.start < self.end):
            raise ValidationError({"start": "Start must be before end."})
        text = self.article.text
        if self.end > len(text):
            raise ValidationError({"end": f"End {self.end} is past the end of the article ({len(text)} characters)."})
        if text[self.start : self.end] != self.quote:
            raise ValidationError({"quote": "The quote does not match the article text at these offsets."})

    def save(self, *args, **kwargs) -> None:
        # A mismatched anchor is never saved, whatever path the save comes from.
        self.validate_anchor()
        with transaction.atomic():
            if self.pk is not None:
                if self._version_claimed:  # save_checked() already raised it in the database
                    self._version_claimed = False
                else:
                    # Count from the stored version, not this instance's (which may be stale),
                    # so the version never goes backwards; the row stays locked until commit.
                    stored = Claim.objects.select_for_update().filter(pk=self.pk).values_list("version", flat=True)
                    self.version = max(stored.first() or 0, self.version) + 1
                if kwargs.get("update_fields") is not None:
                    kwargs["update_fields"] = {*kwargs["update_fields"], "version", "updated"}
            super().save(*args, **kwargs)
        self.__dict__.pop("_change_reason", None)  # a reason belongs to one history row, not the next

    _version_claimed = False

    def save_checked(self, expected_version: int, *, update_fields=None) -> None:
        """Save only if nobody saved since ``expected_version`` was read; else raise StaleVersion.

        The version is claimed with one conditional UPDATE, which is atomic on SQLite and
        row-locking on PostgreSQL, so two parallel saves can never both win.
        """
        with transaction.atomic():
            claimed = Claim.objects.filter(pk=self.pk, version=expected_version).update(version=expected_version + 1)
            if not claimed:
                raise StaleVersion(Claim.objects.get(pk=self.pk))
            self.version, self._version_claimed = expected_version + 1, True
            self.save(update_fields=update_fields)

    save_checked.alters_data = True

    # -- workflow ----------------------------------------------------------------

    def _transition(self, new: Stage, *, by: AbstractBaseUser, comment: str = "", fields: tuple[str, ...] = ()) -> None:
        with transaction.atomic():
            StageChange.objects.create(claim=self, old=self.stage, new=new, by=by, comment=comment)
            self.stage = new
            self._history_user = by
            self._change_reason = comment or f"{Stage(new).label}"
            self.save(update_fields=["stage", *fields])

    def workers(self) -> set[int]:
        """Ids of the people who worked on this claim: assignee, submitter, last verdict editor."""
        return {pk for pk in (self.assignee_id, self.submitted_by_id, self.verdict_by_id) if pk}

    def assign_blocker(self) -> str | None:
        if self.stage in (Stage.APPROVED, Stage.PUBLISHED):
            return "An approved or published claim cannot be reassigned."
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
            return f"Only a claim in research can be submitted, not one {Stage(self.stage).label.lower()}."
        if self.rating_id is None:
            return "A claim needs a verdict before it is submitted for review."
        if not self.sources.exists():
            return "A claim needs at least one source before it is submitted for review."
        return None

    def submit(self, *, by: AbstractBaseUser) -> None:
        if blocker := self.submit_blocker():
            raise TransitionError(blocker)
        self.submitted_by = by
        self._transition(Stage.REVIEW, by=by, comment="Submitted for review", fields=("submitted_by",))

    submit.alters_data = True

    def approval_blocker(self, user: AbstractBaseUser) -> str | None:
        """Why ``user`` may not approve this claim now, or None."""
        if self.stage != Stage.REVIEW:
            return "Only a claim in review can be approved."
        if user.pk in (self.submitted_by_id, self.verdict_by_id):
            return "Four eyes: the person who submitted this claim or last changed its verdict or sources cannot approve it."
        return None

    def approve(self, *, by: AbstractBaseUser) -> None:
        if blocker := self.approval_blocker(by):
            raise TransitionError(blocker)
        self.approved_by = by
        with transaction.atomic():
            self._transition(Stage.APPROVED, by=by, comment="Approved", fields=("approved_by",))
            notify(self.workers(), claim=self, actor=by, verb=Verb.APPROVED)

    approve.alters_data = True

    def send_back_blocker(self) -> str | None:
        if self.stage not in (Stage.REVIEW, Stage.APPROVED):
            return "Only a claim in review or approved can be sent back."
        return None

    def send_back(self, *, by: AbstractBaseUser, comment: str) -> None:
        if blocker := self.send_back_blocker():
            raise TransitionError(blocker)
        if not comment.strip():
            raise TransitionError("Sending a claim back needs a comment saying what to change.")
        with transaction.atomic():
            Note.objects.create(claim=self, author=by, body=comment)
            self.approved_by = None
            self._transition(Stage.CHANGES, by=by, comment=comment, fields=("approved_by",))
            notify(self.workers(), claim=self, actor=by, verb=Verb.SENT_BACK, message=comment)

    send_back.alters_data = True

    def publish_blocker(self) -> str | None:
        if self.stage != Stage.APPROVED:
            return "Only an approved claim can be published."
        if self.notes.filter(is_resolved=False).exists():
            return "Every note on the claim must be resolved before it is published."
        return None

    def publish(self, *, by: AbstractBaseUser) -> None:
        if blocker := self.publish_blocker():
            raise TransitionError(blocker)
        self.published = timezone.now()
        with transaction.atomic():
            self._transition(Stage.PUBLISHED, by=by, comment="Published", fields=("published",))
            notify(self.workers(), claim=self, actor=by, verb=Verb.PUBLISHED)

    publish.alters_data = True

    def record_verdict_change(self, *, by: AbstractBaseUser) -> None:
        """The verdict, attribution or sources changed: remember who, and void an approval.

        A published claim goes back to review too (and off the public pages): a changed
        verdict is published only after a second person approves it again.
        """
        with transaction.atomic():
            self.verdict_by = by
            if self.stage in (Stage.APPROVED, Stage.PUBLISHED):
                approver = self.approved_by_id
                comment = "Approval voided by an edit" if self.stage == Stage.APPROVED else "Unpublished by an edit"
                self.approved_by, self.published = None, None
                self._transition(
                    Stage.REVIEW, by=by, comment=comment, fields=("verdict_by", "approved_by", "published")
                )
                notify([approver], claim=self, actor=by, verb=Verb.VOIDED)
            else:
                self.save(update_fields=["verdict_by"])

    record_verdict_change.alters_data = True


class StageChange(models.Model):
    """One workflow transition: who moved the claim from which stage to which, and why."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="stage_changes")
    old = models.CharField(max_length=16, choices=Stage)
    new = models.CharField(max_length=16, choices=Stage)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    comment = models.TextField(blank=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.old} → {self.new}"


class SourceKind(models.TextChoices):
    PRIMARY = "primary", "Primary document"
    STATEMENT = "statement", "Official statement"
    NEWS = "news", "News report"
    DATASET = "dataset", "Dataset"
    EXPERT = "expert", "Expert"
    SOCIAL = "social", "Social post"
    OTHER = "other", "Other"


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    REFUTES = "refutes", "Refutes"
    CONTEXT = "context", "Context"


class Source(models.Model):
    """A piece of evidence for or against a claim."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="sources")
    url = models.URLField(max_length=500)
    title = models.CharField(max_length=300, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=16, choices=SourceKind, default=SourceKind.OTHER)
    stance = models.CharField(max_length=16, choices=Stance, default=Stance.CONTEXT)
    excerpt = models.TextField(blank=True, help_text="The passage relied on.")
    accessed = models.DateField(default=timezone.localdate)
    archive_url = models.URLField(max_length=500, blank=True)
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
            raise ValidationError({"parent": "A reply must be on the same claim."})

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


MENTION = re.compile(r"(?<![\w@])@([\w.+-]+)")


class Verb(models.TextChoices):
    ASSIGNED = "assigned", "assigned you a claim"
    APPROVED = "approved", "approved a claim you worked on"
    SENT_BACK = "sent_back", "sent back a claim you worked on"
    PUBLISHED = "published", "published a claim you worked on"
    VOIDED = "voided", "voided your approval by editing a claim"
    REPLY = "reply", "replied to your note"
    MENTION = "mention", "mentioned you in a note"


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
    subject = f"[Claimdesk] {actor} {Verb(verb).label}"
    body = f"{claim.text}\n\n{message}\n\n{settings.SITE_URL}{claim.get_absolute_url()}".strip()
    for user in recipients:
        if user.email:
            transaction.on_commit(lambda to=user.email: send_mail(subject, body, None, [to], fail_silently=True))


class SuggestionStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


SPEAKER_KIND_FOR = {
    AttributionType.NAMED_PERSON: SpeakerKind.PERSON,
    AttributionType.OFFICIAL_TITLE: SpeakerKind.PERSON,
    AttributionType.INSTITUTION: SpeakerKind.ORGANISATION,
    AttributionType.DOCUMENT: SpeakerKind.DOCUMENT,
}


class SuggestionQuerySet(models.QuerySet):
    def pending(self) -> SuggestionQuerySet:
        return self.filter(status=SuggestionStatus.PENDING)


class Suggestion(models.Model):
    """A claim the app proposes in an article; it becomes a Claim only when a person accepts it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="suggestions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    content = models.TextField()
    source = models.CharField(max_length=300, blank=True)
    cue = models.CharField(max_length=60, blank=True)
    attribution_type = models.CharField(max_length=16, choices=AttributionType)
    quote_type = models.CharField(max_length=8, choices=QuoteType)
    anonymity_reason = models.CharField(max_length=300, blank=True)
    speaker_name = models.CharField(max_length=200, blank=True)
    speaker_title = models.CharField(max_length=200, blank=True)
    is_checkworthy = models.BooleanField(default=True)
    status = models.CharField(max_length=16, choices=SuggestionStatus, default=SuggestionStatus.PENDING)
    claim = models.ForeignKey(Claim, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

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

    @classmethod
    def refresh_for(cls, article: Article) -> int:
        """Run the suggester on the article's text; store new proposals, drop stale pending ones."""
        proposals = attribution.suggest(article.text)
        claimed = set(article.claims.filter(start__isnull=False).values_list("start", "end"))
        decided = set(article.suggestions.exclude(status=SuggestionStatus.PENDING).values_list("start", "end"))
        with transaction.atomic():
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
                )
                for p in proposals
                if (p.content_start, p.content_end) not in claimed | decided
            ]
            cls.objects.bulk_create(new, ignore_conflicts=True)
        return len(new)

    def accept(self, *, by: AbstractBaseUser, **overrides) -> Claim:
        """Make the claim it proposes (with ``overrides`` from a corrected form)."""
        if self.status != SuggestionStatus.PENDING:
            raise TransitionError("This suggestion was already decided.")
        desk = self.article.desk
        with transaction.atomic():
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

    def mark_accepted(self, claim: Claim, *, by: AbstractBaseUser) -> None:
        """The claim made from this suggestion (here, or through the corrected claim form)."""
        self.status, self.claim, self.decided_by = SuggestionStatus.ACCEPTED, claim, by
        self.save(update_fields=["status", "claim", "decided_by"])

    mark_accepted.alters_data = True

    def reject(self, *, by: AbstractBaseUser) -> None:
        self.status, self.decided_by = SuggestionStatus.REJECTED, by
        self.save(update_fields=["status", "decided_by"])

    reject.alters_data = True
