"""The API's serializers: what a client reads and writes, scoped to the user's desks.

Writes land on the model verbs (``Claim.save_checked()`` with the version the client read, the
workflow verbs for transitions); a serializer validates and hands over, it never re-implements a rule.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from rest_framework import serializers, status
from rest_framework.exceptions import APIException

from .. import permissions
from ..models import (
    CONTENT_FIELDS,
    WORKFLOW_FIELDS,
    Article,
    Claim,
    Desk,
    Note,
    Outlet,
    Publication,
    Rating,
    Role,
    Source,
    Speaker,
    normalise_text,
    text_sha256,
)
from ..suggest.attribution import normalise_name

ANCHOR_FIELDS = ("article", "start", "end", "quote")


class Duplicate(APIException):
    """400 naming the object that already holds this unique value, so a client can use it."""

    status_code = status.HTTP_400_BAD_REQUEST

    def __init__(self, field: str, message: str, existing: int) -> None:
        self.detail = {field: [serializers.ErrorDetail(message, code="unique")], "existing": existing}


def _drf_error(e: DjangoValidationError) -> serializers.ValidationError:
    return serializers.ValidationError(e.message_dict if hasattr(e, "error_dict") else {"non_field_errors": e.messages})


def _user(serializer: serializers.Serializer):
    return serializer.context["request"].user


# -- fields ------------------------------------------------------------------------


class DeskScopedField(serializers.PrimaryKeyRelatedField):
    """A related object from one of the requesting user's desks; any other id "does not exist"."""

    def __init__(self, *, members: str = "desk__members", **kwargs) -> None:
        self.members = members
        super().__init__(**kwargs)

    def get_queryset(self):
        queryset = super().get_queryset()
        request = self.context.get("request")
        if request is None or not request.user.is_authenticated:
            return queryset.none()
        return queryset.filter(**{self.members: request.user}).distinct()


def _desk_field(**kwargs) -> DeskScopedField:
    return DeskScopedField(queryset=Desk.objects.all(), members="members", **kwargs)


class CreateOnlyDeskMixin:
    """``desk`` is chosen when the object is created and cannot change afterwards."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance is not None and "desk" in self.fields:
            self.fields["desk"].read_only = True


# -- serializers -------------------------------------------------------------------


class ArticleListSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "desk",
            "outlet",
            "title",
            "url",
            "byline",
            "published",
            "language",
            "licence",
            "sha256",
            "revision",
            "imported_by",
            "imported",
            "claim_count",
        ]
        read_only_fields = fields


class ArticleSerializer(CreateOnlyDeskMixin, serializers.ModelSerializer):
    desk = _desk_field()
    outlet = DeskScopedField(queryset=Outlet.objects.all(), required=False, allow_null=True)
    text = serializers.CharField(max_length=settings.ARTICLE_MAX_CHARS, trim_whitespace=False)
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Article
        fields = [*ArticleListSerializer.Meta.fields, "text"]
        read_only_fields = ["sha256", "revision", "imported_by", "imported"]

    def validate(self, attrs):
        desk = self.instance.desk if self.instance else attrs["desk"]
        outlet = attrs.get("outlet")
        if outlet is not None and outlet.desk_id != desk.pk:
            raise serializers.ValidationError({"outlet": "The outlet belongs to another desk."})
        if "text" in attrs:
            text = normalise_text(attrs["text"])
            if not text.strip():
                raise serializers.ValidationError({"text": "The article has no text."})
            existing = Article.objects.filter(desk=desk, sha256=text_sha256(text))
            if self.instance is not None:
                existing = existing.exclude(pk=self.instance.pk)
            if duplicate := existing.first():
                raise Duplicate("text", f"This text is already in the desk as article {duplicate.pk}.", duplicate.pk)
        return attrs

    def create(self, validated_data):
        return Article.objects.create(imported_by=_user(self), **validated_data)

    def update(self, instance, validated_data):
        text = validated_data.pop("text", None)
        with transaction.atomic():
            if validated_data:
                for field, value in validated_data.items():
                    setattr(instance, field, value)
                instance.save(update_fields=list(validated_data))
            if text is not None:
                instance.revise(text, by=_user(self))
        return instance


class ClaimSerializer(CreateOnlyDeskMixin, serializers.ModelSerializer):
    desk = _desk_field()
    article = DeskScopedField(queryset=Article.objects.all(), required=False, allow_null=True)
    speaker = DeskScopedField(queryset=Speaker.objects.all(), required=False, allow_null=True)
    rating = DeskScopedField(queryset=Rating.objects.all(), required=False, allow_null=True)
    source_count = serializers.IntegerField(read_only=True)
    tags = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")

    class Meta:
        model = Claim
        fields = [
            "id",
            "desk",
            "article",
            "text",
            "quote",
            "start",
            "end",
            "prefix",
            "suffix",
            "is_orphaned",
            "speaker",
            "attribution_type",
            "attribution",
            "cue",
            "quote_type",
            "anonymity_reason",
            "rating",
            "summary",
            "stage",
            "assignee",
            "due",
            "submitted_by",
            "verdict_by",
            "approved_by",
            "approved_version",
            "published",
            "created_by",
            "version",
            "source_count",
            "tags",
            "created",
            "updated",
        ]
        # Workflow state moves only through the transition verbs, never through an edit (the
        # model's own list); the anchor's context and the bookkeeping are the app's to set.
        read_only_fields = [
            *WORKFLOW_FIELDS,
            "prefix",
            "suffix",
            "is_orphaned",
            "created_by",
            "version",
            "created",
            "updated",
        ]
        extra_kwargs = {"quote": {"trim_whitespace": False}}  # the exact span, spaces included

    def _apply(self, claim: Claim, attrs: dict) -> None:
        """Copy ``attrs`` onto ``claim`` and let the model validate the anchor and desks."""
        for field, value in attrs.items():
            setattr(claim, field, value)
        try:
            if any(f in attrs for f in ANCHOR_FIELDS):
                offsets_only = "quote" not in attrs and ("start" in attrs or "end" in attrs)
                if offsets_only and None not in (claim.start, claim.end, claim.article_id):
                    claim.anchor(claim.start, claim.end)  # the quote is read from the article
                elif claim.quote and claim.start is None and claim.end is None:
                    claim.anchor_quote()  # found in the article's text, or refused (issue 18)
                else:
                    claim.validate_anchor()  # the quote must be the article's text at the offsets
                    if claim.start is not None:
                        claim.anchor(claim.start, claim.end)  # refresh prefix and suffix
                if claim.start is not None or not claim.quote:
                    claim.is_orphaned = False  # anchored, or no quote to look for
            claim.clean()
        except DjangoValidationError as e:
            raise _drf_error(e) from e

    def create(self, validated_data):
        claim = Claim()
        self._apply(claim, validated_data)
        if claim.rating_id or claim.summary:
            claim.verdict_by = _user(self)
        claim._history_user = _user(self)
        claim.save()
        return claim

    def update(self, instance, validated_data):
        expected_version = validated_data.pop("version")
        self._apply(instance, validated_data)
        # The claim's guarded write decides what changed, against the locked stored row.
        instance.change(
            by=_user(self), version=expected_version, fields=CONTENT_FIELDS, reason="Edited through the API"
        )
        return instance


class ClaimUpdateSerializer(ClaimSerializer):
    version = serializers.IntegerField(
        min_value=1, help_text="The version the client read; a stale one is refused with 409 and the current claim."
    )

    class Meta(ClaimSerializer.Meta):
        read_only_fields = [f for f in ClaimSerializer.Meta.read_only_fields if f != "version"]

    def validate(self, attrs):
        if "version" not in attrs:  # PATCH makes every field optional; this one never is
            raise serializers.ValidationError({"version": "The version the claim was read at is required."})
        return attrs


class StaleClaimSerializer(serializers.Serializer):
    detail = serializers.CharField()
    current = ClaimSerializer()


class TransitionSerializer(serializers.Serializer):
    action = serializers.ChoiceField(choices=["assign", "submit", "approve", "send_back", "publish"])
    version = serializers.IntegerField(
        min_value=1,
        help_text="The claim version the client read; if the claim changed since, the step is refused with 409.",
    )
    assignee = DeskScopedField(
        queryset=get_user_model().objects.all(),
        members="desks__members",  # people who share a desk with the user
        required=False,
        help_text="For assign: a checker of the claim's desk.",
    )
    due = serializers.DateField(required=False, allow_null=True, help_text="For assign.")
    comment = serializers.CharField(required=False, allow_blank=True, default="", help_text="Required for send_back.")

    def validate(self, attrs):
        if attrs["action"] == "assign":
            assignee = attrs.get("assignee")
            claim = self.context["claim"]
            if assignee is None:
                raise serializers.ValidationError({"assignee": "Assigning a claim needs an assignee."})
            if permissions.role(assignee, claim.desk_id) in (None, Role.VIEWER):
                raise serializers.ValidationError({"assignee": "The assignee must be a checker of the claim's desk."})
        return attrs


class SourceSerializer(serializers.ModelSerializer):
    claim = DeskScopedField(queryset=Claim.objects.all())
    claim_version = serializers.IntegerField(
        min_value=1,
        write_only=True,
        help_text="The version of the claim the client read; a source is evidence, so a stale one is refused with 409.",
    )

    class Meta:
        model = Source
        fields = [
            "id",
            "claim",
            "url",
            "title",
            "publisher",
            "kind",
            "stance",
            "excerpt",
            "accessed",
            "archive_url",
            "note",
            "added_by",
            "created",
            "claim_version",
        ]
        read_only_fields = ["added_by", "created"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance is not None:
            self.fields["claim"].read_only = True  # evidence does not move between claims


class NoteSerializer(serializers.ModelSerializer):
    claim = DeskScopedField(queryset=Claim.objects.all())
    parent = DeskScopedField(
        queryset=Note.objects.all(), members="claim__desk__members", required=False, allow_null=True
    )

    class Meta:
        model = Note
        fields = ["id", "claim", "parent", "body", "is_resolved", "author", "created"]
        read_only_fields = ["author", "created"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance is not None:
            self.fields["claim"].read_only = True
            self.fields["parent"].read_only = True

    def validate(self, attrs):
        if self.instance is None:
            note = Note(**attrs)
            try:
                note.clean()
            except DjangoValidationError as e:
                raise _drf_error(e) from e
        return attrs

    def create(self, validated_data):
        # The same verb as the page: replies and @mentions notify, as they do there.
        note = Note.post(
            validated_data["claim"],
            author=_user(self),
            body=validated_data["body"],
            parent=validated_data.get("parent"),
        )
        if validated_data.get("is_resolved"):
            note.resolve(by=_user(self))
        return note

    def update(self, instance, validated_data):
        is_resolved = validated_data.pop("is_resolved", instance.is_resolved)
        with transaction.atomic():
            if "body" in validated_data and validated_data["body"] != instance.body:
                instance.body = validated_data["body"]
                instance.save(update_fields=["body"])
            if is_resolved:
                instance.resolve(by=_user(self))
            else:
                instance.reopen(by=_user(self))
        return instance


class SpeakerSerializer(CreateOnlyDeskMixin, serializers.ModelSerializer):
    desk = _desk_field()

    class Meta:
        model = Speaker
        fields = ["id", "desk", "name", "normalised_name", "kind", "title", "affiliation", "country"]
        read_only_fields = ["normalised_name"]
        validators = []  # uniqueness is checked in validate(), naming the existing speaker

    def validate(self, attrs):
        desk = self.instance.desk if self.instance else attrs["desk"]
        if "name" in attrs:
            key = normalise_name(attrs["name"])
            if not key:
                raise serializers.ValidationError({"name": "A name needs letters or digits."})
            existing = Speaker.objects.filter(desk=desk, normalised_name=key)
            if self.instance is not None:
                existing = existing.exclude(pk=self.instance.pk)
            if duplicate := existing.first():
                raise Duplicate("name", f"{duplicate.name} is already a speaker of this desk.", duplicate.pk)
        return attrs


class RatingSerializer(CreateOnlyDeskMixin, serializers.ModelSerializer):
    desk = _desk_field()
    slug = serializers.SlugField(max_length=60, required=False, help_text="Derived from the label when omitted.")
    value = serializers.IntegerField(min_value=1, max_value=5, required=False, allow_null=True)
    colour = serializers.RegexField(r"^#[0-9a-fA-F]{6}\Z", required=False, help_text="Hex colour, e.g. #2e7d32.")

    class Meta:
        model = Rating
        fields = ["id", "desk", "label", "slug", "value", "colour", "order"]
        validators = []  # uniqueness is checked in validate(), naming the existing rating

    def validate(self, attrs):
        from django.utils.text import slugify

        desk = self.instance.desk if self.instance else attrs["desk"]
        if self.instance is None and not attrs.get("slug"):
            attrs["slug"] = slugify(attrs["label"])
            if not attrs["slug"]:
                raise serializers.ValidationError({"slug": "Give a slug: the label has no letters or digits."})
        if "slug" in attrs:
            existing = Rating.objects.filter(desk=desk, slug=attrs["slug"])
            if self.instance is not None:
                existing = existing.exclude(pk=self.instance.pk)
            if duplicate := existing.first():
                raise Duplicate("slug", f"The desk already has a rating {duplicate.slug!r}.", duplicate.pk)
        if self.instance is not None and (
            blocker := self.instance.change_blocker(
                label=attrs.get("label", self.instance.label), value=attrs.get("value", self.instance.value)
            )
        ):
            raise serializers.ValidationError({"value": blocker})
        return attrs


class PublicationSerializer(serializers.ModelSerializer):
    """A published fact check as it was approved: what the public page and ClaimReview show."""

    class Meta:
        model = Publication
        fields = [
            "id",
            "claim",
            "desk",
            "number",
            "version",
            "is_current",
            "published",
            "approved_by",
            "published_by",
            "changes",
            "record",
        ]
        read_only_fields = fields


class TokenRequestSerializer(serializers.Serializer):
    # As long as a username can be, as the login form has it: a longer one reached axes' record of
    # the failed attempt (a 255-character column) and was a 500 on PostgreSQL (issue 18's fuzz).
    username = serializers.CharField(write_only=True, max_length=150)
    password = serializers.CharField(write_only=True, trim_whitespace=False, style={"input_type": "password"})

    class Meta:
        ref_name = "Login"  # the schema's LoginRequest, not "TokenRequestRequest"


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField(help_text="The key: send it as `Authorization: Token <key>` (or `Bearer <key>`).")
    expires = serializers.DateTimeField(help_text="When the key stops working.")
    kind = serializers.CharField(help_text='"session": revoked when its owner logs out.')
