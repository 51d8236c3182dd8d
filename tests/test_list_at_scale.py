"""The claim list at any size: name filters instead of whole-table selects, scoping by the
user's desks, and the same answers from the page, the API and the CSV export."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given
from hypothesis import strategies as st
from rest_framework.test import APIClient

from claims.models import Claim, Role, desk_ids_edited_by

from .factories import (
    ArticleFactory,
    ClaimFactory,
    DeskFactory,
    MembershipFactory,
    OutletFactory,
    SpeakerFactory,
    api_key,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def spread(desk, checker):
    ruiz = SpeakerFactory(desk=desk, name="Ana Ruiz")
    lee = SpeakerFactory(desk=desk, name="Tom Lee")
    wire = ArticleFactory(desk=desk, title="Wire report on floods", outlet=OutletFactory(desk=desk, name="Wire Agency"))
    ClaimFactory(desk=desk, speaker=ruiz, article=wire, text="Ruiz on floods", assignee=checker)
    ClaimFactory(desk=desk, speaker=lee, text="Lee on roads")
    other = DeskFactory()
    ClaimFactory(desk=other, speaker=SpeakerFactory(desk=other, name="Ana Ruiz"), text="Another desk's Ruiz")
    return ruiz


def texts(response) -> set[str]:
    return {row.text for row in response.context["page"]}


def test_the_list_filters_by_typed_name_or_by_id(client, checker, spread):
    client.force_login(checker)
    assert texts(client.get("/claims/", {"speaker": "ruiz"})) == {"Ruiz on floods"}  # never another desk's
    assert texts(client.get("/claims/", {"speaker": spread.pk})) == {"Ruiz on floods"}
    assert texts(client.get("/claims/", {"outlet": "wire agency"})) == {"Ruiz on floods"}
    assert texts(client.get("/claims/", {"article": "wire report"})) == {"Ruiz on floods"}
    assert texts(client.get("/claims/", {"assignee": checker.username})) == {"Ruiz on floods"}
    assert texts(client.get("/claims/", {"speaker": "nobody"})) == set()
    assert texts(client.get("/claims/", {"speaker": "9" * 30})) == set()  # an id past any integer column


def test_the_list_page_renders_no_whole_table_into_a_select(client, checker, desk):
    for i in range(30):
        SpeakerFactory(desk=desk, name=f"Speaker number {i}")
        ArticleFactory(desk=desk, title=f"Article number {i}")
    client.force_login(checker)
    page = client.get("/claims/").content.decode()
    assert "Speaker number" not in page and "Article number" not in page
    assert 'list="options-speaker"' in page and 'hx-get="/claims/options/speaker/"' in page


def test_name_filters_offer_names_of_the_users_desks_as_they_type(client, checker, spread):
    client.force_login(checker)
    options = client.get("/claims/options/speaker/", {"speaker": "ru"}).content.decode()
    assert options.count("<option") == 1 and 'value="Ana Ruiz"' in options
    assert client.get("/claims/options/outlet/", {"outlet": "wire"}).content.decode().count("<option") == 1
    typed = checker.username[:3]
    assert (
        f'value="{checker.username}"' in client.get("/claims/options/assignee/", {"assignee": typed}).content.decode()
    )
    assert client.get("/claims/options/stage/").status_code == 404  # not a name filter
    assert client.get("/claims/options/bogus/").status_code == 404


def test_page_api_and_csv_answer_the_same_filter(client, checker, spread):
    client.force_login(checker)
    page = texts(client.get("/claims/", {"speaker": "ruiz", "q": "floods"}))
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {api_key(checker)}")
    from_api = {c["text"] for c in api.get("/api/claims/", {"speaker": "ruiz", "q": "floods"}).json()["results"]}
    csv_body = b"".join(client.get("/claims/export.csv", {"speaker": "ruiz", "q": "floods"}).streaming_content)
    assert page == from_api == {"Ruiz on floods"} and b"Ruiz on floods" in csv_body and b"Lee" not in csv_body


def test_leaving_a_desk_hides_its_claims_from_every_list(client, checker, spread, desk):
    checker.memberships.filter(desk=desk).delete()
    client.force_login(checker)
    assert texts(client.get("/claims/")) == set()
    assert Claim.objects.visible_to(checker).count() == 0


# -- the workspace of a long article ------------------------------------------------------------


def _naive_segments(text, spans):
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    return [
        (a, {id(s) for s in spans if s.start <= a and b <= s.end})
        for a, b in zip(cuts, cuts[1:], strict=False)
        if a < b
    ]


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 40)), max_size=25), st.integers(0, 10))
def test_the_one_pass_segments_equal_the_definition(raw_spans, suggestions):
    from types import SimpleNamespace

    from claims.text import segments

    text = "x" * 100
    spans = [SimpleNamespace(start=s, end=min(100, s + n), pk=i) for i, (s, n) in enumerate(raw_spans)]
    claims, suggested = spans[suggestions:], spans[:suggestions]
    got = [
        (seg.start, {id(c) for c in seg.claims} | {id(s) for s in seg.suggestions})
        for seg in segments(text, claims, suggested)
    ]
    assert got == _naive_segments(text, spans)
    assert "".join(seg.text for seg in segments(text, claims, suggested)) == text


def test_a_long_article_links_to_its_sentences_and_lists_its_first_claims(client, checker, desk):
    text = " ".join(f"Sentence number {i} says the river rose." for i in range(450))
    article = ArticleFactory(desk=desk, text=text)
    for i in range(205):
        ClaimFactory(desk=desk, article=article, start=i * 41, end=i * 41 + 20, quote=text[i * 41 : i * 41 + 20])
    client.force_login(checker)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Choose one of its 450 sentences on a page of its own" in page and '<option value="0-' not in page
    assert page.count("data-claim-link=") == 200 and "Show all 205 claims" in page
    full = client.get(article.get_absolute_url(), {"all_claims": "1"}).content.decode()
    assert full.count("data-claim-link=") == 205
    assert client.get(f"/articles/{article.pk}/claims/new/").content.decode().count('<option value="') >= 450


def test_the_export_reads_one_column_per_header_cell(client, checker, spread):
    from claims.interop.csv import CLAIM_CSV_FIELDS, CLAIM_CSV_HEADER

    assert len(CLAIM_CSV_FIELDS) == len(CLAIM_CSV_HEADER)
    client.force_login(checker)
    body = b"".join(client.get("/claims/export.csv", {"speaker": "ruiz"}).streaming_content).decode()
    import csv
    import io

    header, row = list(csv.reader(io.StringIO(body)))[:2]
    values = dict(zip(header, row, strict=True))
    assert values["speaker"] == "Ana Ruiz" and values["assignee"] == checker.username
    assert values["article_title"] == "Wire report on floods" and values["sources"] == "0"


def test_the_list_scopes_by_the_users_desk_ids_written_out(client, checker, desk):
    """Given a subquery on memberships the planner cannot tell a desk of 50 claims from one of
    a million and walked the whole ``updated`` index for the small one: the ids are written out."""
    ClaimFactory(desk=desk, text="Mine")
    client.force_login(checker)
    with CaptureQueriesContext(connection) as queries:
        client.get("/claims/", {"stage": "new"})
    claim_queries = [q["sql"] for q in queries if 'FROM "claims_claim"' in q["sql"]]
    assert claim_queries and all("claims_membership" not in sql for sql in claim_queries)
    assert any(f'"desk_id" IN ({desk.pk})' in sql for sql in claim_queries)


def test_a_users_desks_are_read_once_and_forgotten_when_a_membership_changes(checker, desk):
    mine = ClaimFactory(desk=desk)
    other = DeskFactory()
    theirs = ClaimFactory(desk=other)
    assert set(Claim.objects.visible_to(checker)) == {mine}
    membership = MembershipFactory(desk=other, user=checker, role=Role.EDITOR)
    assert set(Claim.objects.visible_to(checker)) == {mine, theirs}
    assert desk_ids_edited_by(checker) == [other.pk]
    membership.delete()
    assert set(Claim.objects.visible_to(checker)) == {mine}
    assert desk_ids_edited_by(checker) == []
