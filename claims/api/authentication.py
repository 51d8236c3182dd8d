"""API tokens in the Authorization header: ``Token <key>`` (what clients send today) or
``Bearer <key>``. The key is looked up by its SHA-256 digest (``ApiToken.authenticate``); an
expired, revoked or unknown key is 401."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header

from ..models import ApiToken

KEYWORDS = ("token", "bearer")


class ApiTokenAuthentication(BaseAuthentication):
    keyword = "Token"  # what a 401's WWW-Authenticate asks for

    def authenticate(self, request):
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower().decode(errors="replace") not in KEYWORDS:
            return None  # another scheme, or none: the next authentication class may know it
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(_("Invalid token header: give the key after the word Token."))
        try:
            key = parts[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed(_("Invalid token.")) from None
        token = ApiToken.authenticate(key)
        if token is None or not token.user.is_active:
            raise exceptions.AuthenticationFailed(_("Invalid token."))
        return token.user, token

    def authenticate_header(self, request) -> str:
        return self.keyword


class ApiTokenScheme(OpenApiAuthenticationExtension):
    target_class = ApiTokenAuthentication
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        # HTTP bearer: what generated clients send (openapi-python-client's AuthenticatedClient
        # says "Bearer <key>" by default); "Token <key>" is accepted as well.
        return {
            "type": "http",
            "scheme": "bearer",
            "description": (
                'A key from POST /api/token/ or the account\'s tokens page, sent as "Bearer <key>" '
                'or "Token <key>". Keys expire; a login token is revoked when its owner logs out.'
            ),
        }
