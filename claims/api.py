"""Claimdesk's JSON API: the same desks, objects and workflow rules as the HTML views.

Every queryset is scoped to the desks the user belongs to, so another desk's objects are
404, never 403. Role checks use ``claims.permissions``; workflow changes go through the
model verbs, and claim edits through ``Claim.save_checked()`` with the version the client read.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, PermissionDenied
from rest_framework.response import Response

from . import permissions
from .filters import ClaimFilter
from .models import VERDICT_FIELDS as MODEL_VERDICT_FIELDS
from .models import (
    Article,
    Claim,
    Desk,
    Note,
    Outlet,
    Rating,
    Role,
    Source,
    Speaker,
    StaleVersion,
    TransitionError,
    normalise_name,
    normalise_text,
    text_sha256,
)

# A change to any of these is a change to the verdict: it voids an approval (four eyes).
# The same set as the pages and the admin use.
VERDICT_FIELDS = tuple(sorted(MODEL_VERDICT_FIELDS))
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
            "published",
            "version",
            "source_count",
            "created",
            "updated",
        ]
        # Workflow state moves only through the transition verbs, never through an edit.
        read_only_fields = [
            "prefix",
            "suffix",
            "is_orphaned",
            "stage",
            "assignee",
            "due",
            "submitted_by",
            "verdict_by",
            "approved_by",
            "published",
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
                else:
                    claim.validate_anchor()  # the quote must be the article's text at the offsets
                    if claim.start is not None:
                        claim.anchor(claim.start, claim.end)  # refresh prefix and suffix
                if claim.start is not None:
                    claim.is_orphaned = False
            claim.clean()
        except DjangoValidationError as e:
            raise _drf_error(e) from e

    def create(self, validated_data):
        claim = Claim()
        self._apply(claim, validated_data)
        if claim.rating_id or claim.summary:
            claim.verdict_by = _user(self)
        claim.save()
        return claim

    def update(self, instance, validated_data):
        expected_version = validated_data.pop("version")
        before = {f: getattr(instance, f) for f in VERDICT_FIELDS}
        self._apply(instance, validated_data)
        verdict_changed = any(getattr(instance, f) != before[f] for f in VERDICT_FIELDS)
        with transaction.atomic():
            instance.save_checked(expected_version)
            if verdict_changed:
                instance.record_verdict_change(by=_user(self))
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
        return Note.objects.create(author=_user(self), **validated_data)

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


# -- filters -----------------------------------------------------------------------


class IdFilter(django_filters.NumberFilter):
    """A plain id, not a choice: another desk's id filters to nothing instead of telling it exists."""

    field_class = forms.IntegerField

    def __init__(self, **kwargs) -> None:
        super().__init__(min_value=1, max_value=2**63 - 1, **kwargs)  # the database's integer range


class DeskFilter(django_filters.FilterSet):
    desk = IdFilter(field_name="desk_id")


class SourceFilter(django_filters.FilterSet):
    claim = IdFilter(field_name="claim_id")


class NoteFilter(SourceFilter):
    is_resolved = django_filters.BooleanFilter()


# -- views -------------------------------------------------------------------------


def _require(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


class DeskScopedViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Objects of the user's desks only: another desk's object is 404, never 403."""

    members = "desk__members"

    def get_queryset(self):
        return super().get_queryset().filter(**{self.members: self.request.user})

    def represent(self, instance, status: int = 200) -> Response:
        """Answer a write with the object as a read returns it (annotations, new version)."""
        fresh = self.get_queryset().get(pk=instance.pk)
        return Response(self.serializer_class(fresh, context=self.get_serializer_context()).data, status=status)


class WritableViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, DeskScopedViewSet):
    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        self.perform_create(serializer)
        return self.represent(serializer.instance, status=status.HTTP_201_CREATED)

    def update(self, request, *args, **kwargs):
        instance = self.get_object()
        serializer = self.get_serializer(instance, data=request.data, partial=kwargs.get("partial", False))
        serializer.is_valid(raise_exception=True)
        self.perform_update(serializer)
        return self.represent(instance)


class ArticleViewSet(WritableViewSet):
    """Articles. Checkers import them; editors change their details or revise their text
    (claims are re-anchored). A text already in the desk is refused with the existing id."""

    # The Count annotation drops Meta.ordering (GROUP BY), so it is repeated here for paging.
    queryset = Article.objects.for_list().order_by(*Article._meta.ordering)
    serializer_class = ArticleSerializer
    filterset_class = DeskFilter

    def get_serializer_class(self):
        return ArticleListSerializer if self.action == "list" else ArticleSerializer

    def perform_create(self, serializer):
        desk = serializer.validated_data["desk"]
        _require(permissions.can_import(self.request.user, desk.pk), "Only checkers and editors import articles.")
        serializer.save()

    def perform_update(self, serializer):
        _require(permissions.is_editor(self.request.user, serializer.instance.desk_id), "Only editors edit articles.")
        serializer.save()


_STALE = OpenApiResponse(StaleClaimSerializer, "Stale version: someone saved the claim since; `current` is theirs.")


@extend_schema_view(
    update=extend_schema(request=ClaimUpdateSerializer, responses={200: ClaimSerializer, 409: _STALE}),
    partial_update=extend_schema(request=ClaimUpdateSerializer, responses={200: ClaimSerializer, 409: _STALE}),
)
class ClaimViewSet(WritableViewSet):
    """Claims, filtered as in the claim list. Edits need the ``version`` the client read;
    the workflow moves only through ``POST /api/claims/{id}/transitions/``."""

    queryset = Claim.objects.for_list().order_by(*Claim._meta.ordering)
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter

    def get_serializer_class(self):
        if self.action in ("update", "partial_update"):
            return ClaimUpdateSerializer
        return ClaimSerializer

    def perform_create(self, serializer):
        desk = serializer.validated_data["desk"]
        _require(permissions.can_import(self.request.user, desk.pk), "Only checkers and editors create claims.")
        serializer.save()

    def update(self, request, *args, **kwargs):
        claim = self.get_object()
        _require(permissions.can_edit_claim(request.user, claim), "You may not edit this claim.")
        serializer = self.get_serializer(claim, data=request.data, partial=kwargs.get("partial", False))
        serializer.is_valid(raise_exception=True)
        try:
            serializer.save()
        except StaleVersion as stale:
            current = ClaimSerializer(self.get_queryset().get(pk=claim.pk), context=self.get_serializer_context())
            return Response({"detail": str(stale), "current": current.data}, status=status.HTTP_409_CONFLICT)
        return self.represent(claim)

    @extend_schema(
        request=TransitionSerializer,
        responses={
            200: ClaimSerializer,
            400: OpenApiResponse(description="The workflow rule refused the transition; `detail` says which."),
        },
    )
    @action(detail=True, methods=["post"])
    def transitions(self, request, pk=None):
        """Move the claim through the workflow: assign, submit, approve, send_back or publish.

        Checkers submit claims they may edit; editors do everything. Four eyes: whoever
        submitted the claim or last changed its verdict or sources cannot approve it."""
        claim = self.get_object()
        serializer = TransitionSerializer(data=request.data, context={**self.get_serializer_context(), "claim": claim})
        serializer.is_valid(raise_exception=True)
        data, user = serializer.validated_data, request.user
        verb = data["action"]
        if verb == "submit":
            _require(permissions.can_edit_claim(user, claim), "You may not submit this claim.")
        else:
            _require(permissions.is_editor(user, claim.desk_id), f"Only editors may {verb.replace('_', ' ')} a claim.")
        try:
            with transaction.atomic():
                claim = Claim.objects.select_for_update().get(pk=claim.pk)
                if verb == "assign":
                    claim.assign(data["assignee"], by=user, due=data.get("due"))
                elif verb == "submit":
                    claim.submit(by=user)
                elif verb == "approve":
                    claim.approve(by=user)
                elif verb == "send_back":
                    claim.send_back(by=user, comment=data["comment"])
                else:
                    claim.publish(by=user)
        except TransitionError as e:
            return Response({"detail": str(e)}, status=status.HTTP_400_BAD_REQUEST)
        return self.represent(claim)


class SourceViewSet(mixins.DestroyModelMixin, WritableViewSet):
    """Evidence for a claim. Adding, changing or removing one is a verdict change: it is
    recorded against the user and voids an approval."""

    queryset = Source.objects.select_related("claim")
    serializer_class = SourceSerializer
    filterset_class = SourceFilter
    members = "claim__desk__members"

    def _check(self, claim: Claim) -> None:
        _require(permissions.can_edit_claim(self.request.user, claim), "You may not change this claim's sources.")

    def perform_create(self, serializer):
        claim = serializer.validated_data["claim"]
        self._check(claim)
        with transaction.atomic():
            serializer.save(added_by=self.request.user)
            claim.record_verdict_change(by=self.request.user)

    def perform_update(self, serializer):
        self._check(serializer.instance.claim)
        with transaction.atomic():
            serializer.save()
            serializer.instance.claim.record_verdict_change(by=self.request.user)

    def perform_destroy(self, instance):
        self._check(instance.claim)
        with transaction.atomic():
            instance.delete()
            instance.claim.record_verdict_change(by=self.request.user)


class NoteViewSet(WritableViewSet):
    """A claim's discussion. Checkers and editors write notes and resolve them; only a
    note's author changes its body. Every note must be resolved before publishing."""

    queryset = Note.objects.select_related("claim")
    serializer_class = NoteSerializer
    filterset_class = NoteFilter
    members = "claim__desk__members"

    def perform_create(self, serializer):
        claim = serializer.validated_data["claim"]
        _require(permissions.can_discuss(self.request.user, claim.desk_id), "Viewers cannot write notes.")
        serializer.save()

    def perform_update(self, serializer):
        note = serializer.instance
        _require(permissions.can_discuss(self.request.user, note.claim.desk_id), "Viewers cannot change notes.")
        body = serializer.validated_data.get("body", note.body)
        _require(body == note.body or note.author_id == self.request.user.pk, "Only its author edits a note.")
        serializer.save()


class DeskListViewSet(WritableViewSet):
    """A list the desk keeps (speakers, the verdict scale): who may add and who may edit."""

    filterset_class = DeskFilter
    may_add = (permissions.is_editor, "Only editors add these.")
    may_edit = (permissions.is_editor, "Only editors edit these.")

    def perform_create(self, serializer):
        rule, refusal = self.may_add
        _require(rule(self.request.user, serializer.validated_data["desk"].pk), refusal)
        serializer.save()

    def perform_update(self, serializer):
        rule, refusal = self.may_edit
        _require(rule(self.request.user, serializer.instance.desk_id), refusal)
        serializer.save()


class SpeakerViewSet(DeskListViewSet):
    """The desk's speakers, one per normalised name. Checkers add them; editors edit them."""

    queryset = Speaker.objects.all()
    serializer_class = SpeakerSerializer
    may_add = (permissions.can_import, "Only checkers and editors add speakers.")
    may_edit = (permissions.is_editor, "Only editors edit speakers.")


class RatingViewSet(DeskListViewSet):
    """The desk's verdict scale. Editors manage it."""

    queryset = Rating.objects.all()
    serializer_class = RatingSerializer
    may_add = may_edit = (permissions.is_editor, "Only editors manage ratings.")
