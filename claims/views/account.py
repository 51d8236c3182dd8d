"""A person's own settings: the interface language."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..middleware import SESSION_KEY
from ..models import Profile


@require_POST
def language_choose(request: HttpRequest) -> HttpResponse:
    """Switch the interface language: kept on the person's profile (and in their session), or,
    for a visitor, in the language cookie; then back to the page they were on."""
    language = request.POST.get("language", "")
    if language not in {code for code, _ in settings.LANGUAGES}:
        return HttpResponseBadRequest(_("No such language."))
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        target = reverse("claims:home")
    response = HttpResponseRedirect(target, status=303)  # see the page again, with a GET
    if request.user.is_authenticated:
        Profile.choose_language(request.user, language)
        request.session[SESSION_KEY] = language
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
    )
    translation.activate(language)
    return response
