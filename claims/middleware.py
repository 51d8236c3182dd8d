"""The interface language of a signed-in person, kept in their session (so it costs no query):
set at login from their profile or their desk (``claims.apps``), changed by ``language_choose``."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils import translation

from .text import is_storable, storable, unstorable_message

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


def refuse_unstorable_text(get_response):
    """A query string or form field holding a NUL is a 400 (issue 18), before any view reads it.

    PostgreSQL's text type cannot hold NUL, and views read some parameters raw (a filter, a tag,
    a comment), so a NUL there was a 500. Forms refuse it too, but not every parameter goes
    through one. (Unpaired surrogates cannot arrive this way: Django decodes parameters as
    UTF-8 with replacement; JSON bodies are the API parser's.)"""

    def middleware(request):
        params = [request.GET]
        # Not the API's: it reads JSON only, and a form body read here would reach it empty (a
        # misleading 400 "required") instead of refused as the wrong content type (415).
        if request.method == "POST" and request.content_type in FORM_TYPES and not request.path.startswith("/api/"):
            params.append(request.POST)
        for query in params:
            for key, values in query.lists():
                if not is_storable(key) or not all(is_storable(v) for v in values):
                    return _refusal(request, storable(key))
        return get_response(request)

    return middleware


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _refusal(request, where: str) -> HttpResponse:
    message = unstorable_message(where)
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message}, status=400)
    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
