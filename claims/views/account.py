"""A person's own settings: the interface language, logging out, their API tokens; and the
page a locked-out login gets."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LogoutView
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .. import permissions
from ..forms import ApiTokenForm
from ..middleware import SESSION_KEY
from ..models import ApiToken, Profile, TokenKind, isolate


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


# -- login lockout (django-axes) -------------------------------------------------------------


def login_locked_out(request: HttpRequest, response: HttpResponse | None = None, credentials=None) -> HttpResponse:
    """django-axes' answer to a locked-out login (AXES_LOCKOUT_CALLABLE): the login page again,
    saying so, with 429 and Retry-After. Nothing in it depends on the username, so an unknown one
    gets the very same page."""
    message = permissions.lockout_message()
    if request.path.startswith("/api/"):
        locked = JsonResponse({"detail": message}, status=429)
    else:
        target = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
            target = ""
        context = {"form": AuthenticationForm(request), "locked_out": message, "next": target}
        locked = render(request, "registration/login.html", context, status=429)
    locked["Retry-After"] = str(settings.LOGIN_LOCKOUT_MINUTES * 60)
    return locked


@require_POST
def logout(request: HttpRequest) -> HttpResponse:
    """Log out, and end the API tokens this person's password got from /api/token/ (named ones stay)."""
    if request.user.is_authenticated:
        ApiToken.revoke_logins(request.user)
    return LogoutView.as_view()(request)


# -- API tokens --------------------------------------------------------------------------------


def _get_token_for_user(request: HttpRequest, pk: str) -> ApiToken:
    """One of the person's own live tokens; anyone else's, or none, is 404."""
    if not (pk.isascii() and pk.isdigit() and len(pk) <= 18):  # a bigint, not ² or 10**30
        raise Http404
    return get_object_or_404(ApiToken.objects.live().filter(user=request.user), pk=int(pk))


@require_http_methods(["GET", "POST"])
@login_required
def token_list(request: HttpRequest) -> HttpResponse:
    """The person's API tokens: make a named one (its key is shown this once), or revoke one."""
    form, key = ApiTokenForm(), None
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "revoke":
            token = _get_token_for_user(request, request.POST.get("token", ""))
            token.revoke()
            messages.success(request, _("Token %(name)s revoked.") % {"name": isolate(token.name)})
            return redirect("claims:tokens")
        if action != "create":
            return HttpResponseBadRequest(_("No such action."))
        form = ApiTokenForm(request.POST)
        if form.is_valid():
            lifetime = timedelta(days=form.cleaned_data["days"])
            token, key = ApiToken.issue(
                request.user, name=form.cleaned_data["name"], kind=TokenKind.NAMED, lifetime=lifetime
            )
            form = ApiTokenForm()
    tokens = ApiToken.objects.live().filter(user=request.user)
    response = render(request, "claims/tokens.html", {"form": form, "key": key, "tokens": tokens})
    if key:
        response["Cache-Control"] = "no-store"  # the key is on this page only, and only this once
    return response
