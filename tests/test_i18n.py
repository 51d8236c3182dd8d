"""The interface language: a visitor's browser or cookie, a person's choice kept on their profile,
their desk's default; Arabic pages are right to left."""

from __future__ import annotations

import re

import pytest

from claims.models import Profile

from .factories import DeskFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def html_tag(page: str) -> str:
    return re.search(r"<html[^>]*>", page).group()


def test_a_visitor_gets_the_language_their_browser_asks_for(client):
    assert html_tag(client.get("/login/").text) == '<html lang="en" dir="ltr">'
    page = client.get("/login/", headers={"Accept-Language": "ar-EG,ar;q=0.9,en;q=0.5"})
    assert html_tag(page.text) == '<html lang="ar" dir="rtl">' and page["Content-Language"] == "ar"


def test_a_person_chooses_arabic_and_keeps_it_across_logins(client, checker):
    client.force_login(checker)
    response = client.post("/language/", {"language": "ar", "next": "/claims/"})
    assert response.status_code == 303 and response.url == "/claims/"
    assert Profile.objects.get(user=checker).language == "ar"
    assert html_tag(client.get("/claims/").text) == '<html lang="ar" dir="rtl">'
    client.logout()
    client.cookies.clear()  # a new browser: the choice comes from the profile, not a cookie
    client.force_login(checker)
    assert html_tag(client.get("/claims/").text) == '<html lang="ar" dir="rtl">'
    client.post("/language/", {"language": "en", "next": "/claims/"})
    assert html_tag(client.get("/claims/").text) == '<html lang="en" dir="ltr">'


def test_the_desk_sets_the_default_and_a_choice_overrides_it(client):
    desk = DeskFactory(language="ar")
    person = UserFactory()
    MembershipFactory(desk=desk, user=person)
    client.force_login(person)
    assert html_tag(client.get("/claims/").text) == '<html lang="ar" dir="rtl">'
    Profile.choose_language(person, "en")
    client.logout()
    client.force_login(person)
    assert html_tag(client.get("/claims/").text) == '<html lang="en" dir="ltr">'


def test_the_choice_refuses_unknown_languages_and_foreign_next_pages(client):
    assert client.post("/language/", {"language": "xx"}).status_code == 400
    response = client.post("/language/", {"language": "ar", "next": "https://evil.example/"})
    assert response.status_code == 303 and response.url == "/"
    assert client.get("/language/").status_code == 405


def test_every_page_offers_the_language_choice_with_each_language_named_in_itself(client, checker):
    client.force_login(checker)
    page = client.get("/claims/").text
    assert '<option value="ar" lang="ar">العربية</option>' in page
    assert 'action="/language/"' in page and 'name="next" value="/claims/"' in page


def test_the_inbox_label_uses_arabic_plural_forms_of_the_unread_count(client, checker, editor, desk):
    from claims.models import Notification, Verb

    from .factories import ClaimFactory

    Profile.choose_language(checker, "ar")
    client.force_login(checker)
    assert 'aria-label="الإشعارات، لا إشعارات غير مقروءة"' in client.get("/claims/").text
    claim = ClaimFactory(desk=desk)
    Notification.objects.bulk_create(
        Notification(user=checker, claim=claim, actor=editor, verb=Verb.ASSIGNED) for _ in "ab"
    )
    page = client.get("/claims/").text
    assert 'aria-label="الإشعارات، إشعاران غير مقروءين"' in page and '<span class="count unread"' in page


def test_the_claim_lists_filters_are_labelled_in_arabic(client, checker):
    client.force_login(checker)
    client.post("/language/", {"language": "ar", "next": "/claims/"})
    page = client.get("/claims/").text
    for label in ("النص", "المرحلة", "الحكم", "المتحدث", "المكلَّف", "الشهر (YYYY-MM)", "المكرّرات المحتملة فقط"):
        assert f"{label}:</label>" in page, label
    assert ">Possible duplicates only" not in page and ">Text:" not in page
