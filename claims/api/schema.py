"""The API's OpenAPI schema: every status an operation can answer, with the body it answers.

drf-spectacular documents the success of each operation from its serializers; the errors come
from DRF itself (authentication, permissions, validation, ``get_object()``, the paginator), so
they are added here, in one place, by what each operation does: a write is 400/401/403 (and 415
for a body that is not JSON), an object's path is 404, a list's page is 404 "Invalid page", a throttled view is 429. A view's
own ``extend_schema(responses=…)`` (the claims' 409) is kept as it is.
"""

from __future__ import annotations

from drf_spectacular import openapi
from drf_spectacular.plumbing import ResolvedComponent
from rest_framework import serializers
from rest_framework.permissions import SAFE_METHODS, AllowAny

ERROR = {
    "type": "object",
    "description": "A refusal, said in one sentence.",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}

FIELD_ERRORS = {
    "type": "object",
    "description": (
        "What was wrong with the request: each field's errors under its name, the request's as a "
        "whole under `non_field_errors`. A body that is not JSON, or a workflow step the rules "
        "refuse, is `detail` alone; a duplicate also names the `existing` object's id."
    ),
    "properties": {
        "non_field_errors": {"type": "array", "items": {"type": "string"}},
        "detail": {"type": "string"},
        "existing": {"type": "integer", "description": "The id of the object that already holds this value."},
    },
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}

RETRY_AFTER = {
    "Retry-After": {"schema": {"type": "integer"}, "description": "Seconds until the lockout ends."},
}


class AutoSchema(openapi.AutoSchema):
    def _component(self, name: str, schema: dict) -> dict:
        component = ResolvedComponent(name, ResolvedComponent.SCHEMA, schema=schema, object=name)
        self.registry.register_on_missing(component)
        return component.ref

    def _error_body(self, code: str) -> dict:
        schema = self._component("FieldErrors", FIELD_ERRORS) if code == "400" else self._component("Error", ERROR)
        body = {"content": {"application/json": {"schema": schema}}}
        return {**body, "headers": RETRY_AFTER} if code == "429" else body

    def _error_responses(self) -> dict[str, str]:
        """The statuses DRF itself answers for this operation, with what they mean here."""
        responses = {}
        writes = self.method not in SAFE_METHODS
        if writes or getattr(self.view, "filterset_class", None) is not None:
            what = "The body or the query was refused" if writes else "A filter's value was refused"
            responses["400"] = f"{what}: the errors say why."
        if not any(isinstance(p, AllowAny) for p in self.view.get_permissions()):
            responses["401"] = "No token, or one that is unknown, expired or revoked."
            if writes:
                responses["403"] = "The user's role on the desk does not allow this."
        if self.method in ("POST", "PUT", "PATCH"):
            responses["415"] = "The body is not JSON (the API reads no other content type)."
        if "{" in self.path:
            responses["404"] = "Not an object of the user's desks."
        elif self._is_list_view() and getattr(self.view, "pagination_class", None) is not None:
            responses["404"] = '"Invalid page": past the last page.'
        if self.view.get_throttles():
            responses["429"] = "Too many requests."
        return responses

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for code, description in self._error_responses().items():
            responses.setdefault(code, {"description": description})
        for code, response in responses.items():
            if int(code) >= 400 and not response.get("content"):  # a view's own error, said without a body
                response.update(self._error_body(code))
        return dict(sorted(responses.items()))

    def _map_serializer_field(self, field, direction, bypass_extensions=False):
        schema = super()._map_serializer_field(field, direction, bypass_extensions)
        if isinstance(field, serializers.URLField) and field.allow_blank and schema.get("format") == "uri":
            # A URL or nothing: '' is a valid value of a blank URL field, which "uri" alone denies.
            if field.max_length is not None:
                schema["maxLength"] = field.max_length
            return {"anyOf": [schema, self._component("BlankEnum", {"type": "string", "enum": [""]})]}
        return schema
