"""Claimdesk's JSON API: the same desks, objects and workflow rules as the HTML views.

Every queryset is scoped to the desks the user belongs to, so another desk's objects are
404, never 403. Role checks use ``claims.permissions``; workflow changes go through the
model verbs, and claim edits through ``Claim.save_checked()`` with the version the client read.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import authenticate
from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action, api_view, authentication_classes, permission_classes
from rest_framework.exceptions import APIException, PermissionDenied, Throttled
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from .. import permissions
from ..filters import ClaimFilter
from ..models import (
    ApiToken,
    Article,
    Claim,
    Note,
    Publication,
    Rating,
    Source,
    Speaker,
    StaleVersion,
    TokenKind,
    TransitionError,
)
from ..text import plain_id
from .filters import DeskFilter, NoteFilter, PublicationFilter, SourceFilter
from .serializers import (
    ArticleListSerializer,
    ArticleSerializer,
    ClaimSerializer,
    ClaimUpdateSerializer,
    NoteSerializer,
    PublicationSerializer,
    RatingSerializer,
    SourceSerializer,
    SpeakerSerializer,
    StaleClaimSerializer,
    TokenRequestSerializer,
    TokenSerializer,
    TransitionSerializer,
)


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
        instance._history_user = request.user  # who changed it, for history and the review rule
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


class StaleClaim(APIException):
    """409 with the claim as it is now, so the client can show both versions."""

    status_code = status.HTTP_409_CONFLICT

    def __init__(self, stale: StaleVersion) -> None:
        self.detail = {"detail": str(stale), "current_version": stale.current.version}


_STALE = OpenApiResponse(StaleClaimSerializer, "Stale version: someone saved the claim since; `current` is theirs.")


@extend_schema_view(
    update=extend_schema(request=ClaimUpdateSerializer, responses={200: ClaimSerializer, 409: _STALE}),
    partial_update=extend_schema(request=ClaimUpdateSerializer, responses={200: ClaimSerializer, 409: _STALE}),
)
class ClaimViewSet(WritableViewSet):
    """Claims, filtered as in the claim list. Edits need the ``version`` the client read;
    the workflow moves only through ``POST /api/claims/{id}/transitions/``."""

    queryset = Claim.objects.for_list()
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter

    def get_queryset(self):
        # The list's own scoping, resolved once; the tags of the page's rows in one more query.
        return self.queryset.visible_to(self.request.user).prefetch_related("tags")

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
            return self.stale(stale)
        return self.represent(claim)

    def stale(self, stale: StaleVersion) -> Response:
        current = ClaimSerializer(self.get_queryset().get(pk=stale.current.pk), context=self.get_serializer_context())
        return Response({"detail": str(stale), "current": current.data}, status=status.HTTP_409_CONFLICT)

    @extend_schema(
        request=TransitionSerializer,
        responses={
            200: ClaimSerializer,
            400: OpenApiResponse(
                description="The body was refused (field errors), or the workflow rule refused the step: "
                "`detail` says which."
            ),
            409: _STALE,
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
        args = {}
        if verb == "assign":
            args = {"to": data["assignee"], "due": data.get("due")}
        elif verb == "send_back":
            args = {"comment": data["comment"]}
        try:
            Claim.move(claim.pk, verb, by=user, version=data["version"], **args)
        except StaleVersion as stale:
            return self.stale(stale)
        except TransitionError as e:
            return Response({"detail": str(e)}, status=status.HTTP_400_BAD_REQUEST)
        return self.represent(claim)


_STALE_EVIDENCE = OpenApiResponse(
    inline_serializer(
        "StaleEvidence", {"detail": serializers.CharField(), "current_version": serializers.IntegerField()}
    ),
    "Stale `claim_version`: the claim changed since it was read; `current_version` is its version now.",
)


@extend_schema_view(
    create=extend_schema(responses={201: SourceSerializer, 409: _STALE_EVIDENCE}),
    update=extend_schema(responses={200: SourceSerializer, 409: _STALE_EVIDENCE}),
    partial_update=extend_schema(responses={200: SourceSerializer, 409: _STALE_EVIDENCE}),
)
class SourceViewSet(mixins.DestroyModelMixin, WritableViewSet):
    """Evidence for a claim. Adding, changing or removing one is a verdict change: it is
    recorded against the user and voids an approval."""

    queryset = Source.objects.select_related("claim")
    serializer_class = SourceSerializer
    filterset_class = SourceFilter
    members = "claim__desk__members"

    def _check(self, claim: Claim) -> None:
        _require(permissions.can_edit_claim(self.request.user, claim), "You may not change this claim's sources.")

    def _guarded(self, claim: Claim, version: int | None, write, reason: str) -> None:
        """A source is evidence: its change goes through the claim's guarded write."""
        self._check(claim)
        try:
            claim.change(by=self.request.user, version=version, evidence=write, reason=reason)
        except StaleVersion as stale:
            raise StaleClaim(stale) from stale

    def perform_create(self, serializer):
        claim = serializer.validated_data["claim"]
        version = serializer.validated_data.pop("claim_version")
        self._guarded(claim, version, lambda c: serializer.save(added_by=self.request.user), "Source added")

    def perform_update(self, serializer):
        version = serializer.validated_data.pop("claim_version", None)
        if version is None:
            raise serializers.ValidationError({"claim_version": ["The version of the claim you read is required."]})
        self._guarded(serializer.instance.claim, version, lambda c: serializer.save(), "Source edited")

    @extend_schema(
        parameters=[OpenApiParameter("claim_version", int, required=True, description="The claim version read.")],
        responses={204: None, 409: _STALE_EVIDENCE},
    )
    def destroy(self, request, *args, **kwargs):
        return super().destroy(request, *args, **kwargs)

    def perform_destroy(self, instance):
        version = plain_id(self.request.query_params.get("claim_version", ""))
        if version is None:
            raise serializers.ValidationError(
                {"claim_version": ["Pass ?claim_version= with the claim version you read."]}
            )
        self._guarded(instance.claim, version, lambda c: instance.delete(), "Source removed")


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


class PublicationViewSet(DeskScopedViewSet):
    """Published fact checks as frozen snapshots, read-only: one per publication of a claim,
    ``is_current`` marking the one the public sees; earlier ones are its correction log."""

    queryset = Publication.objects.order_by("-published", "-id")
    serializer_class = PublicationSerializer
    filterset_class = PublicationFilter


@extend_schema(
    request=TokenRequestSerializer,
    responses={
        200: TokenSerializer,
        400: OpenApiResponse(description="Wrong username or password (the same answer for an unknown username)."),
        429: OpenApiResponse(
            description="Too many failed attempts from this address (for this username, or for any): "
            "`detail` says so and `Retry-After` how many seconds the lockout lasts."
        ),
    },
    auth=[],
)
@api_view(["POST"])
@authentication_classes([])
@permission_classes([AllowAny])
def token_obtain(request):
    """A login token for a username and password: it expires after API_LOGIN_TOKEN_HOURS and is
    revoked when its owner logs out. Failed attempts count toward the same lockout as /login/."""
    serializer = TokenRequestSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    user = authenticate(request, **serializer.validated_data)  # through axes: it needs the request
    if user is None:
        if getattr(request, "axes_locked_out", False):
            raise Throttled(wait=settings.LOGIN_LOCKOUT_MINUTES * 60, detail=permissions.lockout_message())
        raise serializers.ValidationError(
            {"non_field_errors": [_("Unable to log in with the username and password given.")]}
        )
    token, key = ApiToken.issue(
        user, name=_("API login"), kind=TokenKind.SESSION, lifetime=timedelta(hours=settings.API_LOGIN_TOKEN_HOURS)
    )
    return Response(TokenSerializer({"token": key, "expires": token.expires, "kind": token.kind}).data)


@csrf_exempt  # a POST to no API address is a 404, as any other method is, never the CSRF page
def not_found(request: HttpRequest) -> JsonResponse:
    """No API address matches (``/api/claims/x/``): 404 in JSON, as the API answers every error."""
    return JsonResponse({"detail": _("Not found.")}, status=404)
