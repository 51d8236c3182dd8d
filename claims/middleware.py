"""The interface language of a signed-in person, kept in their session (so it costs no query):
set at login from their profile or their desk (``claims.apps``), changed by ``language_choose``."""

from __future__ import annotations

from django.conf import settings
from django.utils import translation

SESSION_KEY = "claimdesk_language"


def user_language(get_response):
    known = {code for code, _ in settings.LANGUAGES}

    def middleware(request):
        language = request.session.get(SESSION_KEY) if request.user.is_authenticated else None
        if language in known:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return get_response(request)

    return middleware
