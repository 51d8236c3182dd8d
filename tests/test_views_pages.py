from __future__ import annotations

import pytest

from .factories import ArticleFactory, ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(desk):
    return ClaimFactory(desk=desk, article=ArticleFactory(desk=desk, licence="CC BY 2.5, Wikinews"))


def _urls(claim):
    return ["/", claim.article.get_absolute_url(), claim.get_absolute_url()]


def test_pages_show_the_desks_articles_and_claims(client, viewer, claim):
    client.force_login(viewer)
    home = client.get("/")
    assert claim.article.title in home.text and claim.text in home.text
    article = client.get(claim.article.get_absolute_url())
    assert "CC BY 2.5, Wikinews" in article.text and 'dir="auto"' in article.text
    assert claim.text in client.get(claim.get_absolute_url()).text


def test_anonymous_is_sent_to_login(client, claim):
    for url in _urls(claim):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/login/"), url


def test_stranger_gets_404_and_an_empty_home(client, stranger, claim):
    client.force_login(stranger)
    assert claim.text not in client.get("/").text
    assert client.get(claim.article.get_absolute_url()).status_code == 404
    assert client.get(claim.get_absolute_url()).status_code == 404


def test_unknown_ids_are_404(client, viewer):
    client.force_login(viewer)
    assert client.get("/articles/999999/").status_code == 404
    assert client.get("/claims/999999/").status_code == 404


def test_post_to_a_read_only_page_is_405(client, viewer, claim):
    client.force_login(viewer)
    for url in _urls(claim):
        assert client.post(url).status_code == 405, url


def test_article_text_is_escaped(client, viewer, desk):
    article = ArticleFactory(desk=desk, title="<b>T</b>", text="Hello <script>alert(1)</script> world.")
    client.force_login(viewer)
    body = client.get(article.get_absolute_url()).text
    assert "<script>alert(1)</script>" not in body and "&lt;script&gt;" in body


@pytest.mark.parametrize("n", [1, 20])
def test_claim_page_queries_do_not_grow_with_sources(client, viewer, desk, django_assert_num_queries, n):
    claim = ClaimFactory(desk=desk)
    SourceFactory.create_batch(n, claim=claim)
    client.force_login(viewer)
    # session, user, claim, membership, sources, notes, stage changes, submit check,
    # ratings and assignees for the forms, the navigation counts, tags (each once)
    with django_assert_num_queries(10):
        assert client.get(claim.get_absolute_url()).status_code == 200
