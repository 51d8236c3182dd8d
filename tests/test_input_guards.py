"""Hostile input is refused cleanly (issue 18): deep or huge JSON, NUL and unpaired surrogates
wherever text enters, and a production SECRET_KEY that is only set, not secret."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from claims.apps import check_secret_key
from claims.feeds import parse_feed
from claims.interop.claimreview import parse_claimreviews
from claims.interop.csv import preview_claim_csv
from claims.interop.deskjson import DeskImportError, export_desk, import_desk
from claims.interop.webannotation import AnnotationError, annotation, parse_annotations
from claims.models import Claim, Desk, ExternalCheck, Speaker
from claims.text import (
    JSONTooDeep,
    bounded_json_loads,
    find_unstorable,
    is_storable,
    json_depth,
    storable,
)

from .factories import ClaimFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
DEEP = "[" * 50_000 + "]" * 50_000


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def post_json(client, url: str, body: str):
    return client.post(url, body, content_type="application/json")


# -- the text helpers ----------------------------------------------------------------------


def test_storable_text_has_no_nul_and_no_unpaired_surrogate():
    assert is_storable("Ana Ruiz said 😀 «مرحبا»")
    assert not is_storable("a\x00b") and not is_storable("a\ud800b") and not is_storable("\udfff")
    assert storable("a\x00b\ud800c") == "abc"
    # A pair written as two JSON escapes is one astral character, which is storable.
    assert is_storable(json.loads('"\\ud83d\\ude00"'))


def test_find_unstorable_names_the_path_of_the_first_bad_string_or_key():
    assert find_unstorable({"claims": [{"text": "ok"}, {"text": "a\x00"}]}) == "claims[1].text"
    assert find_unstorable({"ok\ud800": 1}) == "ok"
    assert find_unstorable(["fine", {"a": [1, None, True]}]) is None


def test_json_depth_counts_brackets_outside_strings_only():
    assert json_depth('{"a": [1, {"b": "[[[{{{"}]}') == 3
    assert json_depth('"\\"[[["') == 0 and json_depth("42") == 0


def test_bounded_json_loads_refuses_deep_nesting_before_parsing():
    with pytest.raises(JSONTooDeep):
        bounded_json_loads(DEEP)
    assert bounded_json_loads("[" * 64 + "]" * 64) is not None
    with pytest.raises(JSONTooDeep):
        bounded_json_loads("[" * 65 + "]" * 65)


# -- the API -------------------------------------------------------------------------------


@pytest.fixture
def claim(desk):
    return ClaimFactory(desk=desk)


@pytest.mark.parametrize("url", ["/api/claims/", "/api/speakers/", "/api/notes/"])
def test_api_refuses_deeply_nested_json_with_400_and_a_detail(editor, url):
    response = post_json(api(editor), url, DEEP)
    assert response.status_code == 400
    assert response.json() == {"detail": "The JSON is nested deeper than 64 levels."}


def test_api_refuses_a_body_over_the_size_limit(editor, desk):
    from claims.api.parsers import MAX_BODY_BYTES

    body = json.dumps({"desk": desk.pk, "name": "x" * (MAX_BODY_BYTES + 1)})
    response = post_json(api(editor), "/api/speakers/", body)
    assert response.status_code == 400 and "larger than" in response.json()["detail"]


@pytest.mark.parametrize("escape", ["\\u0000", "\\ud800", "\\udfff"])
def test_api_refuses_nul_and_unpaired_surrogates_naming_the_field(editor, desk, escape):
    body = json.dumps({"desk": desk.pk, "name": "Ana@ Ruiz"}).replace("@", escape)
    response = post_json(api(editor), "/api/speakers/", body)
    assert response.status_code == 400
    assert response.json()["detail"].startswith("name contains a NUL character or an unpaired surrogate")
    assert not Speaker.objects.exists()


def test_api_refuses_unstorable_text_in_a_transition_comment_and_a_claim_edit(editor, claim):
    client = api(editor)
    body = json.dumps({"action": "send_back", "version": claim.version, "comment": "no\x00"})
    assert post_json(client, f"/api/claims/{claim.pk}/transitions/", body).status_code == 400
    response = client.patch(
        f"/api/claims/{claim.pk}/",
        json.dumps({"version": claim.version, "text": "@"}).replace("@", "\\ud800"),
        content_type="application/json",
    )
    assert response.status_code == 400 and "text contains" in response.json()["detail"]


def test_api_still_takes_astral_characters_and_plain_json(editor, desk):
    body = json.dumps({"desk": desk.pk, "name": "Ana @ Ruiz"}).replace("@", "\\ud83d\\ude00")
    response = post_json(api(editor), "/api/speakers/", body)
    assert response.status_code == 201 and Speaker.objects.get().name == "Ana 😀 Ruiz"


def test_api_refuses_a_body_that_is_not_utf8(editor, desk):
    body = json.dumps({"desk": desk.pk, "name": "@"}).encode().replace(b"@", b"\xed\xa0\x80")  # a surrogate's UTF-8
    response = api(editor).post("/api/speakers/", body, content_type="application/json")
    assert response.status_code == 400


def test_api_refuses_nan(editor, desk):
    response = post_json(
        api(editor), "/api/ratings/", json.dumps({"desk": desk.pk, "label": "x", "value": float("nan")})
    )
    assert response.status_code == 400


# -- pages ---------------------------------------------------------------------------------


def test_a_nul_in_a_query_string_is_a_400_not_a_database_error(client, checker, desk):
    client.force_login(checker)
    response = client.get("/speakers/options/", {"speaker_name": "Ana\x00"})
    assert response.status_code == 400 and "NUL" in response.text


def test_a_nul_in_a_form_field_is_refused_before_any_view_reads_it(client, editor, claim):
    client.force_login(editor)
    response = client.post(f"/claims/{claim.pk}/tags/", {"tags": "elections\x00"})
    assert response.status_code == 400 and not claim.tags.exists()
    response = client.post(
        f"/claims/{claim.pk}/attribution/",
        {"version": claim.version, "text": "t", "speaker_name": "Ana\x00", "attribution_type": "named_person"},
    )
    assert response.status_code == 400


def test_a_percent_encoded_surrogate_in_a_form_arrives_replaced_never_unpaired(client, checker, desk):
    """Django decodes parameters as UTF-8 with replacement: "%ED%A0%80" is three U+FFFD."""
    client.force_login(checker)
    body = f"desk={desk.pk}&text=A+claim&speaker_name=Ana%ED%A0%80&attribution_type=named_person&quote_type=none"
    response = client.post("/claims/new/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 302, response.context["form"].errors
    assert Speaker.objects.get().name == "Ana\ufffd\ufffd\ufffd"


def test_api_answers_a_nul_in_its_query_string_as_json(editor):
    response = api(editor).get("/api/claims/", {"q": "x\x00"})
    assert response.status_code == 400 and "NUL" in response.json()["detail"]


# -- imports -------------------------------------------------------------------------------


def _annotation_text(claim, **record) -> str:
    data = annotation(claim)
    data["body"][-1]["claimdesk"].update(record)
    return json.dumps(data)


@pytest.mark.parametrize("bad", ["\x00", "\ud800"])
def test_web_annotation_import_refuses_unstorable_text_with_its_path(claim, bad):
    raw = _annotation_text(claim, speaker={"name": f"Ana{bad}"})
    with pytest.raises(AnnotationError, match="speaker.name contains a NUL character"):
        parse_annotations(raw)


def test_web_annotation_import_page_refuses_nul_and_deep_json_with_a_form_error(client, checker, claim):
    client.force_login(checker)
    url = f"/articles/{claim.article_id}/annotations/import/"
    before = Claim.objects.count()
    for raw in (_annotation_text(claim, summary="a\x00"), DEEP):
        upload = SimpleUploadedFile("a.jsonld", raw.encode(), content_type="application/ld+json")
        response = client.post(url, {"file": upload})
        assert response.status_code == 200 and response.context["form"].errors
    assert Claim.objects.count() == before
    errors = " ".join(response.context["form"].non_field_errors())
    assert "nested too deeply" in errors


def test_desk_json_import_refuses_unstorable_text_and_imports_nothing(claim):
    data = export_desk(claim.desk)
    data["claims"][0]["summary"] = "fine\ud800"
    with pytest.raises(DeskImportError, match=r"claims\[0\]\.summary contains"):
        import_desk(data, slug="copy")
    assert not Desk.objects.filter(slug="copy").exists()


def test_importdesk_command_refuses_deep_json(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text(DEEP)
    with pytest.raises(CommandError, match="nested deeper than 64"):
        call_command("importdesk", str(path), "--into", "copy", stdout=StringIO())


def test_claimreview_import_drops_unstorable_characters_of_other_checkers_records():
    rows = parse_claimreviews(
        {"@type": "ClaimReview", "url": "https://checker.example/1", "claimReviewed": "Bridge\x00 \ud800reopens"}
    )
    assert rows[0]["claim_reviewed"] == "Bridge reopens"


def test_claimreview_upload_refuses_deep_json_with_a_form_error(client, editor, desk):
    client.force_login(editor)
    upload = SimpleUploadedFile("c.json", DEEP.encode(), content_type="application/json")
    response = client.post("/external-checks/", {"desk": desk.pk, "file": upload})
    assert response.status_code == 200 and not ExternalCheck.objects.exists()
    assert response.context["form"].errors["file"] == ["The JSON is nested deeper than 64 levels."]


def test_csv_import_refuses_a_nul_naming_its_line(desk):
    preview = preview_claim_csv("text,speaker\nThe bridge reopens.,Ana\nIt cost 4m.,Ru\x00iz\n", desk)
    assert not preview.ok
    assert preview.errors == [
        "Line 3 contains a NUL character or an unpaired surrogate (U+0000, U+D800–U+DFFF), "
        "which cannot be stored; remove it."
    ]


def test_csv_upload_with_a_nul_previews_with_the_error(client, checker, desk):
    client.force_login(checker)
    upload = SimpleUploadedFile("c.csv", b"text\nThe bridge\x00 reopens.\n", content_type="text/csv")
    response = client.post("/claims/import/", {"kind": "claims", "desk": desk.pk, "file": upload})
    assert response.status_code == 200 and "Line 2 contains a NUL" in response.text
    assert not Claim.objects.exists()


def test_a_feed_with_nul_characters_is_read_without_them():
    body = (
        b'<rss version="2.0"><channel><title>Wiki&#0;news</title>'
        b"<item><title>Bridge&#0; reopens</title><link>https://news.example/1</link></item>"
        b"<item><title>Bad link</title><link>https://news.example/2&#0;</link></item>"
        b"</channel></rss>"
    )
    title, items = parse_feed(body, url="https://news.example/feed")
    assert title == "Wikinews"
    assert [(i.title, i.link) for i in items] == [("Bridge reopens", "https://news.example/1")]


# -- SECRET_KEY ----------------------------------------------------------------------------

GOOD_KEY = "a-long-production-secret-key-" + "k" * 40  # test_commands' production-like key


@pytest.mark.parametrize(
    "key",
    [
        "x",
        "changeme",
        "django-insecure-" + "q8#v" * 15,
        "dev-only-insecure-key-" + "x" * 40,  # the project's development default
        "ab" * 40,  # long, but four distinct characters
        "k3#Lp9!qZ" * 3,  # varied, but 27 characters
    ],
)
def test_a_weak_secret_key_fails_the_check_when_debug_is_off(settings, key):
    settings.DEBUG, settings.SECRET_KEY = False, key
    [error] = check_secret_key()
    assert error.id == "claims.E001" and error.is_serious()


def test_a_strong_key_passes_and_debug_mode_is_not_checked(settings):
    settings.DEBUG, settings.SECRET_KEY = False, GOOD_KEY
    assert check_secret_key() == []
    settings.DEBUG, settings.SECRET_KEY = True, "x"
    assert check_secret_key() == []


def test_a_weak_fallback_key_fails_too(settings):
    settings.DEBUG, settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = False, GOOD_KEY, ["changeme"]
    [error] = check_secret_key()
    assert "SECRET_KEY_FALLBACKS" in error.msg


def test_check_deploy_fails_with_secret_key_x():
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL")},
        "DEBUG": "0",
        "SECRET_KEY": "x",
        "ALLOWED_HOSTS": "claimdesk.example",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "claims.E001" in result.stderr and "known default or placeholder" in result.stderr


# -- logins (found by the fuzz on PostgreSQL) ----------------------------------------------


def test_a_login_with_an_overlong_username_is_refused_not_a_database_error(client, checker):
    """Axes records a failed attempt's username in a 255-character column."""
    response = client.post("/login/", {"username": "u" * 300, "password": "wrong"})
    assert response.status_code in (200, 400)
    response = APIClient().post("/api/token/", {"username": "u" * 300, "password": "wrong"}, format="json")
    assert response.status_code == 400
