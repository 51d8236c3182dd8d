"""Logging in and API tokens (issue 18): failed logins lock out, the same for an unknown
username, on the login page and the token endpoint alike, until the lockout ends or an admin
lifts it; API tokens are hashed, expire, are listed and revoked by their owner, and the
login tokens end at logout."""

from __future__ import annotations

import importlib
import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from claims.models import ApiToken, TokenKind, token_digest

from .factories import UserFactory, api_key

pytestmark = pytest.mark.django_db

LIMIT = settings.LOGIN_FAILURE_LIMIT
LOCKOUT_SECONDS = str(settings.LOGIN_LOCKOUT_MINUTES * 60)
RIGHT = "pw-for-tests"
LOCKED = "Too many failed attempts to log in"


def log_in(client, username, password="wrong"):
    return client.post("/login/", {"username": username, "password": password})


def get_token(username, password="wrong", **extra):
    return APIClient(**extra).post("/api/token/", {"username": username, "password": password}, format="json")


def api(key: str, scheme: str = "Token") -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"{scheme} {key}")
    return client


# -- login throttling ------------------------------------------------------------------------


def test_one_failure_short_of_the_limit_still_lets_the_right_password_in(client, viewer):
    assert [log_in(client, "vera").status_code for _ in range(LIMIT - 1)] == [200] * (LIMIT - 1)
    response = log_in(client, "vera", RIGHT)
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(viewer.pk)


def test_the_limit_locks_the_login_out_even_for_the_right_password(client, viewer):
    assert [log_in(client, "vera").status_code for _ in range(LIMIT)] == [200] * (LIMIT - 1) + [429]
    response = log_in(client, "vera", RIGHT)
    assert response.status_code == 429 and "_auth_user_id" not in client.session
    assert response["Retry-After"] == LOCKOUT_SECONDS
    [alert] = re.findall(r'<p class="error" role="alert"[^>]*>([^<]*)</p>', response.text)
    assert alert.startswith(LOCKED) and f"{settings.LOGIN_LOCKOUT_MINUTES} minutes" in alert
    assert 'name="password"' in response.text  # the login form is still there, for later


def _answers(username: str) -> list[tuple[int, str]]:
    """What the login page answers to LIMIT + 1 wrong passwords for ``username``, with what
    differs by nature (the CSRF token, the username typed back into the form) taken out."""
    client = Client()
    answers = []
    for _ in range(LIMIT + 1):
        response = log_in(client, username)
        page = re.sub(r'(csrfmiddlewaretoken" value="|"x-csrftoken": ")[^"]+', r"\1…", response.text)
        answers.append((response.status_code, page.replace(f'value="{username}"', 'value="…"')))
    return answers


def test_an_unknown_username_gets_the_very_same_answers_as_a_real_one(viewer):
    real, unknown = _answers("vera"), _answers("nobody-at-all")
    assert [status for status, _ in real] == [200] * (LIMIT - 1) + [429, 429]
    assert real == unknown
    assert LOCKED in real[-1][1]


def test_one_address_is_locked_out_after_failures_over_many_usernames(client, viewer, settings):
    settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS = 3 * LIMIT // 2  # below twice the username limit
    statuses = [log_in(client, f"guess-{n % 5}").status_code for n in range(settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS)]
    assert statuses[-1] == 429 and statuses.count(429) == 1  # no username reached its own limit
    assert log_in(client, "vera", RIGHT).status_code == 429  # from this address, nobody now
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert log_in(elsewhere, "vera", RIGHT).status_code == 302


def test_the_address_behind_a_trusted_proxy_is_the_one_locked_out(client, viewer, settings):
    settings.PROXY_COUNT = 1
    behind = {"HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    for _ in range(LIMIT):
        client.post("/login/", {"username": "vera", "password": "wrong"}, **behind)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.7"}
    assert client.post("/login/", {"username": "vera", "password": RIGHT}, **behind).status_code == 429
    assert client.post("/login/", {"username": "vera", "password": RIGHT}).status_code == 302  # another client


def test_the_lockout_ends_after_its_minutes(client, viewer):
    for _ in range(LIMIT):
        log_in(client, "vera")
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES + 1))
    assert log_in(client, "vera", RIGHT).status_code == 302


def test_the_lockout_is_said_in_arabic_to_an_arabic_reader(client, viewer):
    for _ in range(LIMIT):
        response = client.post("/login/", {"username": "vera", "password": "wrong"}, headers={"Accept-Language": "ar"})
    assert response.status_code == 429 and "محاولات دخول فاشلة كثيرة" in response.text


def test_an_admin_unlocks_a_locked_out_login(client, admin_client, viewer):
    for _ in range(LIMIT):
        log_in(client, "vera")
    changelist = admin_client.get("/admin/axes/accessattempt/")
    assert changelist.status_code == 200 and "vera" in changelist.text
    [attempt] = AccessAttempt.objects.filter(username="vera")
    response = admin_client.post(
        "/admin/axes/accessattempt/", {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"}
    )
    assert response.status_code == 302 and not AccessAttempt.objects.filter(username="vera").exists()
    assert log_in(client, "vera", RIGHT).status_code == 302


def test_axes_reset_username_unlocks_too(client, viewer):
    for _ in range(LIMIT):
        log_in(client, "vera")
    call_command("axes_reset_username", "vera", verbosity=0)
    assert log_in(client, "vera", RIGHT).status_code == 302


def test_the_token_endpoint_is_locked_out_the_same_way(viewer):
    assert [get_token("vera").status_code for _ in range(LIMIT - 1)] == [400] * (LIMIT - 1)
    locked = get_token("vera")
    assert locked.status_code == 429 and locked["Retry-After"] == LOCKOUT_SECONDS
    assert locked.json()["detail"].startswith(LOCKED)
    right = get_token("vera", RIGHT)
    assert right.status_code == 429 and set(right.json()) == {"detail"}
    assert not ApiToken.objects.exists()
    assert get_token("nobody-at-all").status_code == 400  # another username: its own count


def test_failures_on_the_page_and_the_endpoint_add_up(client, viewer):
    for _ in range(LIMIT // 2):
        log_in(client, "vera")
    for _ in range(LIMIT - LIMIT // 2 - 1):
        assert get_token("vera").status_code == 400
    assert get_token("vera").status_code == 429
    assert log_in(client, "vera", RIGHT).status_code == 429


# -- API tokens ------------------------------------------------------------------------------


def test_the_token_endpoint_gives_an_expiring_login_token_kept_only_as_its_digest(viewer):
    response = get_token("vera", RIGHT)
    assert response.status_code == 200
    body = response.json()
    token = ApiToken.objects.get()
    assert body["kind"] == "session" and token.kind == TokenKind.SESSION and token.user == viewer
    assert token.digest == token_digest(body["token"]) and body["token"] not in {token.digest, token.prefix}
    assert token.expires - token.created == timedelta(hours=settings.API_LOGIN_TOKEN_HOURS)
    assert api(body["token"]).get("/api/claims/").status_code == 200


@pytest.mark.parametrize("scheme", ["Token", "Bearer", "bearer"])
def test_a_key_is_accepted_after_token_or_bearer(viewer, scheme):
    assert api(api_key(viewer), scheme).get("/api/claims/").status_code == 200


@pytest.mark.parametrize("header", ["Token", "Token a b", "Bearer cdt_not-a-key", "Token \xe9t\xe9"])
def test_a_malformed_or_unknown_key_is_401(viewer, header):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=header)
    assert client.get("/api/claims/").status_code == 401


def test_an_expired_or_revoked_key_is_401(viewer):
    expired, revoked = api_key(viewer, name="old"), api_key(viewer, name="gone")
    ApiToken.objects.filter(name="old").update(expires=timezone.now() - timedelta(seconds=1))
    ApiToken.objects.get(name="gone").revoke()
    assert api(expired).get("/api/claims/").status_code == 401
    assert api(revoked).get("/api/claims/").status_code == 401


def test_an_inactive_users_key_is_401(viewer):
    key = api_key(viewer)
    viewer.is_active = False
    viewer.save()
    assert api(key).get("/api/claims/").status_code == 401


def test_last_use_is_written_at_most_once_a_minute(viewer, django_assert_num_queries):
    key = api_key(viewer)
    assert ApiToken.authenticate(key).last_used is not None
    with django_assert_num_queries(1):  # the token and its user; no write
        assert ApiToken.authenticate(key) is not None
    ApiToken.objects.update(last_used=timezone.now() - ApiToken.USE_RESOLUTION)
    with django_assert_num_queries(2):
        ApiToken.authenticate(key)


def test_the_tokens_page_makes_a_named_token_and_shows_its_key_once(client, viewer):
    client.force_login(viewer)
    response = client.post("/account/tokens/", {"action": "create", "name": "Nightly export", "days": "30"})
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    [key] = re.findall(r'data-testid="new-key">([^<]+)<', response.text)
    token = ApiToken.objects.get()
    assert token.name == "Nightly export" and token.kind == TokenKind.NAMED and token.digest == token_digest(key)
    assert token.expires - token.created == timedelta(days=30)
    again = client.get("/account/tokens/")
    assert key not in again.text and "Nightly export" in again.text and token.prefix in again.text
    assert api(key, "Bearer").get("/api/claims/").status_code == 200


def test_a_token_without_a_name_is_not_made(client, viewer):
    client.force_login(viewer)
    response = client.post("/account/tokens/", {"action": "create", "name": "", "days": "30"})
    assert response.status_code == 200 and 'class="errorlist' in response.text and not ApiToken.objects.exists()
    assert client.post("/account/tokens/", {"action": "create", "name": "x", "days": "9999"}).status_code == 200
    assert not ApiToken.objects.exists()  # no lifetime longer than those offered


def test_the_owner_revokes_a_token_and_it_stops_working(client, viewer):
    key = api_key(viewer, name="Laptop script")
    token = ApiToken.objects.get()
    client.force_login(viewer)
    response = client.post("/account/tokens/", {"action": "revoke", "token": token.pk})
    assert response.status_code == 302 and response.url == "/account/tokens/"
    token.refresh_from_db()
    assert token.revoked is not None and api(key).get("/api/claims/").status_code == 401
    assert "Laptop script" not in client.get("/account/tokens/").text.split("<main")[1].split("</table>")[0]


def test_another_persons_token_is_404_and_stays_live(client, viewer, checker):
    key = api_key(checker)
    client.force_login(viewer)
    theirs = ApiToken.objects.get(user=checker)
    assert client.post("/account/tokens/", {"action": "revoke", "token": theirs.pk}).status_code == 404
    assert api(key).get("/api/claims/").status_code == 200
    assert theirs.name not in client.get("/account/tokens/").text.split("<main")[1]


@pytest.mark.parametrize("token", ["999999", "abc", "", "\u00b2", "9" * 30])
def test_an_unknown_token_id_is_404(client, viewer, token):
    client.force_login(viewer)
    assert client.post("/account/tokens/", {"action": "revoke", "token": token}).status_code == 404


def test_the_tokens_page_checklist(client, viewer):
    assert client.get("/account/tokens/").url.startswith("/login/")
    client.force_login(viewer)
    assert client.put("/account/tokens/").status_code == 405
    assert client.post("/account/tokens/", {"action": "dance"}).status_code == 400
    page = client.get("/account/tokens/").text
    # Works without JavaScript: real forms that post back here with their CSRF token.
    forms = re.findall(r"<form[^>]*>.*?</form>", page.split("<main")[1].split("</main>")[0], re.S)
    assert forms and all('method="post" action="/account/tokens/"' in f and "csrfmiddlewaretoken" in f for f in forms)
    assert "hx-" not in page.split("<main")[1].split("</main>")[0]


def test_the_tokens_page_is_in_the_nav(client, viewer):
    client.force_login(viewer)
    assert 'href="/account/tokens/"' in client.get("/").text


def test_the_tokens_page_enforces_csrf(viewer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(viewer)
    assert client.post("/account/tokens/", {"action": "create", "name": "x", "days": "7"}).status_code == 403
    assert not ApiToken.objects.exists()


@pytest.mark.parametrize("n", [1, 5])
def test_the_tokens_page_queries_do_not_grow_with_tokens(client, viewer, django_assert_num_queries, n):
    for i in range(n):
        api_key(viewer, name=f"token {i}")
    api_key(UserFactory(), name="someone else's")
    client.force_login(viewer)
    with django_assert_num_queries(6):  # session, user, their desks, their language, nav counts, the tokens
        response = client.get("/account/tokens/")
    assert response.text.count('value="revoke"') == n


def test_logout_revokes_login_tokens_and_keeps_named_ones(client, viewer):
    login_key = get_token("vera", RIGHT).json()["token"]
    named_key = api_key(viewer)
    other = api_key(UserFactory())
    client.force_login(viewer)
    assert client.post("/logout/").status_code == 302
    assert api(login_key).get("/api/claims/").status_code == 401
    assert api(named_key).get("/api/claims/").status_code == 200
    assert api(other).get("/api/claims/").status_code == 200


def test_the_admins_logout_revokes_login_tokens_too(admin_client, admin_user):
    key = get_token(admin_user.username, "password").json()["token"]
    assert admin_client.post("/admin/logout/").status_code == 302
    assert api(key).get("/api/claims/").status_code == 401


def test_old_drf_tokens_are_converted_to_hashed_ones_and_their_plain_text_deleted(viewer):
    migration = importlib.import_module("claims.migrations.0022_api_tokens")
    old = "0123456789abcdef0123456789abcdef01234567"
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, created timestamp NOT NULL, user_id integer)"
        )
        cursor.execute("INSERT INTO authtoken_token VALUES (%s, %s, %s)", [old, timezone.now(), viewer.pk])
    from django.apps import apps

    migration.convert_drf_tokens(apps, SimpleNamespace(connection=connection))
    token = ApiToken.objects.get()
    assert token.user == viewer and token.kind == TokenKind.NAMED and token.digest == token_digest(old)
    assert api(old).get("/api/claims/").status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM authtoken_token")
        assert cursor.fetchone() == (0,)
