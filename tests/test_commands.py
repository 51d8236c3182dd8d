from __future__ import annotations

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.models import (
    Article,
    Claim,
    Desk,
    Membership,
    Note,
    Profile,
    Publication,
    Rating,
    Role,
    Source,
    Speaker,
    Stage,
    Stance,
)

ROOT = Path(__file__).resolve().parents[1]
MODELS = [Desk, Membership, Article, Claim, Source, Note, Speaker, Rating]


def _counts():
    return {model.__name__: model.objects.count() for model in MODELS}


@pytest.mark.django_db
def test_loaddemo_builds_every_stage_role_and_stance_and_is_idempotent():
    out = StringIO()
    call_command("loaddemo", stdout=out)
    first = _counts()
    call_command("loaddemo", stdout=StringIO())
    assert _counts() == first
    assert first["Article"] >= 5
    desk = Desk.objects.get(slug="middle-east")
    assert set(desk.claims.values_list("stage", flat=True)) == set(Stage.values)
    assert set(desk.memberships.values_list("role", flat=True)) == set(Role.values)
    assert set(Source.objects.filter(claim__desk=desk).values_list("stance", flat=True)) == set(Stance.values)
    assert Note.objects.filter(claim__desk=desk).exists()
    # Every demo article credits its CC BY source; every anchor matches its text.
    assert not desk.articles.filter(licence="").exists()
    for claim in desk.claims.select_related("article"):
        assert claim.article.text[claim.start : claim.end] == claim.quote
    printed = out.getvalue()
    assert "claimdesk-demo" in printed and "editor" in printed and "checker" in printed


@pytest.mark.django_db
def test_demo_logins_work(client):
    call_command("loaddemo", stdout=StringIO())
    response = client.post("/login/", {"username": "checker", "password": "claimdesk-demo"})
    assert response.status_code == 302
    assert b"Karaj" in client.get("/").content


@pytest.mark.django_db
def test_loaddemo_adds_an_arabic_member_and_an_arabic_story_in_several_stages(client):
    out = StringIO()
    call_command("loaddemo", stdout=out)
    desk = Desk.objects.get(slug="middle-east")
    member = desk.memberships.select_related("user").get(user__username="arabic")
    assert member.role == Role.CHECKER and Profile.language_of(member.user) == "ar"
    assert "  arabic    Checker (interface in العربية)" in out.getvalue()
    article = desk.articles.get(language="ar")
    assert article.licence and "«" in article.text
    claims = {claim.stage: claim for claim in article.claims.select_related("rating", "speaker")}
    assert set(claims) == {Stage.NEW, Stage.RESEARCH, Stage.REVIEW, Stage.APPROVED, Stage.PUBLISHED}
    for claim in claims.values():
        assert article.text[claim.start : claim.end] == claim.quote
    published = claims[Stage.PUBLISHED]
    assert (published.speaker.name, published.cue, published.rating.slug) == ("سامر الخطيب", "قال", "mostly-true")
    assert published.sources.filter(stance=Stance.SUPPORTS).exists() and published.summary
    assert (published.submitted_by, published.approved_by.username) == (member.user, "editor")
    assert Publication.objects.current().filter(claim=published).exists()
    assert claims[Stage.APPROVED].anonymity_reason == "لأنه غير مخوّل بالحديث إلى وسائل الإعلام"
    assert claims[Stage.RESEARCH].assignee == member.user and claims[Stage.RESEARCH].notes.exists()
    assert article.suggestions.pending().exists()  # the Arabic rules propose the rest
    # The member logs in to an Arabic, right-to-left interface.
    assert client.post("/login/", {"username": "arabic", "password": "claimdesk-demo"}).status_code == 302
    page = client.get(article.get_absolute_url()).text
    assert '<html lang="ar" dir="rtl">' in page and article.title in page


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())


def test_deploy_check_is_clean_with_production_settings():
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL")},
        "DEBUG": "0",
        "SECRET_KEY": "a-long-production-secret-key-" + "k" * 40,
        "ALLOWED_HOSTS": "claimdesk.example",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_refuse_a_missing_secret_key():
    env = {**os.environ, "DEBUG": "0", "SECRET_KEY": ""}
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr
