"""A client generated from /api/schema/ drives the review journey: the schema tells the truth.

openapi-python-client (the generator an integrator used in issue 18) writes a Python package
from the app's own schema; the test imports it and runs a claim from an article to publication
against a live server, through generated functions and models only, and asserts on the parsed
responses. A schema that misdescribes a body, a status or the token scheme fails here.
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from claims.models import Claim, Stage

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)

PACKAGE = "claimdesk_client"
TEXT = (
    "The interior ministry said on Monday that 1,200 families were moved from the valley. "
    "Officials added that the bridge would reopen in May."
)
QUOTE = "1,200 families were moved from the valley"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """The client package generated from the schema the app serves now (once for the module)."""
    tmp_path = tmp_path_factory.mktemp("client")
    schema = tmp_path / "schema.yaml"
    schema.write_bytes(Client().get("/api/schema/").content)
    config = tmp_path / "config.yaml"
    config.write_text(f"package_name_override: {PACKAGE}\npost_hooks: []\n")  # no ruff pass: it is not run
    generator = Path(sys.executable).parent / "openapi-python-client"
    subprocess.run(
        [generator, "generate", "--path", schema, "--output-path", tmp_path / PACKAGE, "--meta", "none"]
        + ["--config", config],
        check=True,
        capture_output=True,
        timeout=60,
    )
    sys.path.insert(0, str(tmp_path))
    try:
        yield lambda name: importlib.import_module(f"{PACKAGE}.{name}")
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def test_a_generated_client_takes_a_claim_from_article_to_publication(generated, live_server, desk, checker, editor):
    api = generated("api")
    models = generated("models")
    client_module = generated("client")
    token_create = generated("api.token.token_create")
    articles_create = generated("api.articles.articles_create")
    claims_create = generated("api.claims.claims_create")
    claims_partial_update = generated("api.claims.claims_partial_update")
    claims_transitions_create = generated("api.claims.claims_transitions_create")
    ratings_create = generated("api.ratings.ratings_create")
    sources_create = generated("api.sources.sources_create")
    for endpoint in pkgutil.walk_packages(api.__path__, f"{PACKAGE}.api."):
        importlib.import_module(endpoint.name)  # every one imports (in issue 18, 14 did not)

    def login(user):
        anonymous = client_module.Client(base_url=live_server.url)
        token = token_create.sync(
            client=anonymous, body=models.LoginRequest(username=user.username, password="pw-for-tests")
        )
        assert isinstance(token, models.Token) and token.kind == "session", token
        return client_module.AuthenticatedClient(base_url=live_server.url, token=token.token)  # "Bearer <key>"

    wrong = token_create.sync(
        client=client_module.Client(base_url=live_server.url),
        body=models.LoginRequest(username=checker.username, password="wrong"),
    )
    assert isinstance(wrong, models.FieldErrors) and wrong.non_field_errors
    as_checker, as_editor = login(checker), login(editor)

    # The checker imports an article and marks a claim in it by its quote alone.
    article = articles_create.sync(
        client=as_checker, body=models.ArticleRequest(desk=desk.pk, title="Valley", text=TEXT)
    )
    assert isinstance(article, models.Article) and article.revision == 1
    claim = claims_create.sync(
        client=as_checker,
        body=models.ClaimRequest(desk=desk.pk, article=article.id, text="1,200 families were moved.", quote=QUOTE),
    )
    assert isinstance(claim, models.Claim), claim
    assert (claim.start, claim.end) == (TEXT.index(QUOTE), TEXT.index(QUOTE) + len(QUOTE)) and not claim.is_orphaned
    assert claim.stage == models.StageEnum.NEW and claim.version == 1

    # Attribution and verdict, then the evidence, each from the version just read.
    rating = ratings_create.sync(client=as_editor, body=models.RatingRequest(desk=desk.pk, label="Accurate", value=5))
    assert isinstance(rating, models.Rating) and rating.slug == "accurate"
    claim = claims_partial_update.sync(
        claim.id,
        client=as_checker,
        body=models.PatchedClaimUpdateRequest(
            version=claim.version,
            attribution_type=models.AttributionTypeEnum.INSTITUTION,
            attribution="The interior ministry",
            cue="said",
            rating=rating.id,
            summary="The ministry's own figures.",
        ),
    )
    assert (
        isinstance(claim, models.Claim) and claim.attribution == "The interior ministry" and claim.rating == rating.id
    )
    source = sources_create.sync(
        client=as_checker,
        body=models.SourceRequest(
            claim=claim.id,
            claim_version=claim.version,
            url="https://ministry.example/figures",
            stance=models.StanceEnum.SUPPORTS,
            archive_url="",  # a URL or nothing
        ),
    )
    assert isinstance(source, models.Source) and source.archive_url == "", source
    read = generated("api.claims.claims_retrieve").sync(claim.id, client=as_checker)
    assert isinstance(read, models.Claim) and read.source_count == 1

    def step(as_user, action, version, **args):
        body = models.TransitionRequest(action=models.ActionEnum(action), version=version, **args)
        return claims_transitions_create.sync(claim.id, client=as_user, body=body)

    submitted = step(as_checker, "submit", read.version)
    assert isinstance(submitted, models.Claim) and submitted.stage == models.StageEnum.REVIEW
    refused = step(as_checker, "approve", submitted.version)  # four eyes, and checkers do not approve
    assert isinstance(refused, models.Error) and refused.detail
    approved = step(as_editor, "approve", submitted.version)
    assert isinstance(approved, models.Claim) and approved.stage == models.StageEnum.APPROVED
    assert approved.approved_by == editor.pk
    published = step(as_editor, "publish", approved.version)
    assert isinstance(published, models.Claim) and published.stage == models.StageEnum.PUBLISHED

    # A client that read the claim before it was published is refused, with the claim as it is.
    stale = step(as_editor, "send_back", submitted.version, comment="Recheck the figure.")
    assert isinstance(stale, models.StaleClaim) and stale.current.version == published.version
    late = sources_create.sync(
        client=as_editor,
        body=models.SourceRequest(claim=claim.id, claim_version=read.version, url="https://late.example/"),
    )
    assert isinstance(late, models.StaleEvidence) and late.current_version == published.version
    assert Claim.objects.get(pk=claim.id).stage == Stage.PUBLISHED


def test_a_generated_client_gets_the_documented_errors(generated, live_server, desk, checker):
    models = generated("models")
    client_module = generated("client")
    retrieve = generated("api.claims.claims_retrieve")
    claims_list = generated("api.claims.claims_list")
    claims_create = generated("api.claims.claims_create")

    anonymous = client_module.AuthenticatedClient(base_url=live_server.url, token="not-a-key")
    assert isinstance(retrieve.sync(1, client=anonymous), models.Error)  # 401
    token = generated("api.token.token_create").sync(
        client=client_module.Client(base_url=live_server.url),
        body=models.LoginRequest(username=checker.username, password="pw-for-tests"),
    )
    as_checker = client_module.AuthenticatedClient(base_url=live_server.url, token=token.token)
    missing = retrieve.sync_detailed(2**31, client=as_checker)
    assert missing.status_code == 404 and isinstance(missing.parsed, models.Error)
    page = claims_list.sync_detailed(client=as_checker, page=99)
    assert page.status_code == 404 and page.parsed.detail == "Invalid page."
    article = ArticleFactory(desk=desk, text=TEXT)
    absent = claims_create.sync_detailed(
        client=as_checker,
        body=models.ClaimRequest(desk=desk.pk, article=article.pk, text="t", quote="Not in the article"),
    )
    assert absent.status_code == 400 and absent.parsed.additional_properties["quote"]
