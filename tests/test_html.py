"""Every page works without JavaScript, allows a strict CSP and labels its fields."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from claims.models import Article, Claim, Stage

pytestmark = pytest.mark.django_db


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.labels_for: set[str] = set()
        self.label_depth = 0
        self.inline_scripts = 0
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "label":
            self.label_depth += 1
            if attrs.get("for"):
                self.labels_for.add(attrs["for"])
        attrs["_in_label"] = self.label_depth > 0
        self.elements.append((tag, attrs))
        self._in_script = tag == "script" and "src" not in attrs and attrs.get("type") != "application/ld+json"

    def handle_endtag(self, tag):
        if tag == "label":
            self.label_depth -= 1
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.inline_scripts += 1


@pytest.fixture
def demo_pages(client):
    call_command("loaddemo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    client.force_login(get_user_model().objects.get(username="editor"))  # client.login() gives axes no request
    article = Article.objects.filter(claims__isnull=False).first()
    claim = article.claims.first()
    published = Claim.objects.filter(stage=Stage.PUBLISHED).first()
    return [
        "/",
        "/articles/new/",
        article.get_absolute_url(),
        f"{article.get_absolute_url()}?claim={claim.pk}",
        f"/articles/{article.pk}/claims/new/",
        f"/articles/{article.pk}/history/",
        f"/articles/{article.pk}/annotations/import/",
        "/claims/",
        f"/claims/{claim.pk}/",
        f"/claims/{claim.pk}/history/",
        "/claims/import/",
        "/queue/",
        "/notifications/",
        f"/published/{published.pk}/",
    ]


def test_pages_are_usable_without_javascript_and_safe_under_csp(client, demo_pages):
    for url in demo_pages:
        response = client.get(url)
        assert response.status_code == 200, url
        csp = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, url
        page = Page()
        page.feed(response.text)
        assert page.inline_scripts == 0, f"inline script on {url}"
        for tag, attrs in page.elements:
            where = f"<{tag}> on {url}: {attrs}"
            assert not any(name.startswith(("hx-on", "on")) for name in attrs if name != "_in_label"), where
            assert "style" not in attrs, where
            if "hx-get" in attrs and tag == "a":
                assert attrs.get("href"), f"hx-get without href: {where}"
            if "hx-post" in attrs:
                assert tag == "form" and attrs.get("method") == "post" and attrs.get("action"), where
            # Besides links and forms: a refreshing summary, the panel's live pulse, and the speaker autocomplete
            # (free text without JavaScript).
            if "hx-get" in attrs and tag not in ("a", "form", "section", "input"):
                pytest.fail(f"hx-get on an element with no plain fallback: {where}")


def test_every_visible_field_has_a_label(client, demo_pages):
    for url in demo_pages:
        page = Page()
        page.feed(client.get(url).text)
        ids = {attrs["id"] for _, attrs in page.elements if attrs.get("id")}
        for tag, attrs in page.elements:
            if tag not in ("input", "select", "textarea") or attrs.get("type") in ("hidden", "submit", "button"):
                continue
            named_by = (attrs.get("aria-labelledby") or "").split()
            labelled = (
                attrs.get("id") in page.labels_for
                or attrs.get("aria-label")
                or attrs["_in_label"]
                or (named_by and set(named_by) <= ids)  # each element it names is on the page
            )
            assert labelled, f"unlabelled <{tag} name={attrs.get('name')}> on {url}"


def test_article_and_claim_text_carry_dir_auto(client, demo_pages):
    article_page = client.get(demo_pages[3]).text
    assert 'id="article-text" class="article-text" dir="auto"' in article_page
    assert '<h2 dir="auto">' in article_page  # the selected claim


def test_element_ids_are_unique_so_labels_point_at_one_field(client, demo_pages):
    for url in demo_pages:
        page = Page()
        page.feed(client.get(url).text)
        ids = [attrs["id"] for _, attrs in page.elements if attrs.get("id")]
        assert sorted({i for i in ids if ids.count(i) > 1}) == [], url


def test_every_description_a_field_names_is_on_the_page(client, demo_pages):
    """A widget's ``aria-describedby`` (Django adds ``…_helptext`` for help text) names an element
    that exists, so a screen reader reads the help beside the field."""
    for url in [*demo_pages, "/tokens/", "/feeds/"]:
        page = Page()
        page.feed(client.get(url).text)
        ids = {attrs["id"] for _, attrs in page.elements if attrs.get("id")}
        described = [
            (attrs.get("name"), ref)
            for _, attrs in page.elements
            for ref in (attrs.get("aria-describedby") or "").split()
        ]
        assert [(name, ref) for name, ref in described if ref not in ids] == [], url
