"""Fuzz every operation of the API schema: none answers with a server error, and every answer
is one the schema documents (its status, its content type and its body's schema).

Schemathesis generates requests from /api/schema/ and sends them through Django's WSGI
application in this process, so they run inside the test's database transaction. The user
is an editor of a desk with one object of each kind. Every operation is fuzzed three ways:
valid data with generated ids, valid data aimed at the desk's real objects (path ids and the
ids inside request bodies), and invalid data.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.wsgi import application

from .factories import ClaimFactory, NoteFactory, RatingFactory, SourceFactory, SpeakerFactory, api_key

pytestmark = pytest.mark.django_db

MAX_EXAMPLES = 10  # per operation and per way of fuzzing it; the run takes well under a minute
FUZZ_SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,  # no example database: derandomized runs replay the same requests anyway
    suppress_health_check=list(HealthCheck),
    derandomize=True,  # the same requests on every run, so a failure reproduces
)
CONFORMANCE = [status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def wsgi_in_test_transaction():
    """Like Django's test client: keep requests from closing the test's connection."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield application
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def desk_objects(desk, editor):
    rating = RatingFactory(desk=desk)
    claim = ClaimFactory(desk=desk, rating=rating, speaker=SpeakerFactory(desk=desk))
    return {
        "desk": desk.pk,
        "articles": claim.article_id,
        "claims": claim.pk,
        "sources": SourceFactory(claim=claim).pk,
        "notes": NoteFactory(claim=claim).pk,
        "speakers": claim.speaker_id,
        "ratings": rating.pk,
    }


def _real_ids(path: str, desk_objects: dict) -> dict:
    """``{"id": …}`` of the desk's object for ``/api/<endpoint>/{id}/…`` paths."""
    parts = path.strip("/").split("/")
    if "{id}" in parts and parts[1] in desk_objects:
        return {"id": desk_objects[parts[1]]}
    return {}


def _aim_at_the_desk(case, desk_objects: dict):
    """Point the ids a body refers to at the desk's objects, so writes can succeed."""
    if isinstance(case.body, dict):
        for field in ("desk", "claim", "article", "speaker", "rating"):
            if field in case.body:
                case.body[field] = desk_objects[field + "s"] if field != "desk" else desk_objects["desk"]
        for field in ("outlet", "parent"):
            case.body.pop(field, None)
    return case


def test_no_operation_answers_with_a_server_error_or_off_its_schema(
    wsgi_in_test_transaction, editor, desk_objects, capsys
):
    schema = schemathesis.openapi.from_wsgi("/api/schema/", wsgi_in_test_transaction)
    headers = {"Authorization": f"Bearer {api_key(editor)}"}  # as the schema's bearer scheme says
    operations, examples, statuses, server_errors, off_schema = 0, 0, {}, [], []

    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        real = operation.as_strategy(GenerationMode.POSITIVE, path_parameters=_real_ids(operation.path, desk_objects))
        strategies = [
            operation.as_strategy(GenerationMode.POSITIVE),
            real.map(lambda case: _aim_at_the_desk(case, desk_objects)),
            operation.as_strategy(GenerationMode.NEGATIVE),
        ]

        for strategy in strategies:

            @FUZZ_SETTINGS
            @given(case=strategy)
            def fuzz(case):
                nonlocal examples
                response = case.call(headers=headers)
                examples += 1
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                request = f"{case.method} {case.formatted_path} {case.body!r:.300} -> {response.status_code}"
                if response.status_code >= 500:
                    server_errors.append(request)
                try:
                    case.validate_response(response, checks=CONFORMANCE, headers=headers)
                except FailureGroup as failures:
                    off_schema.extend(f"{request}: {f.title}: {f.message:.300}" for f in failures.exceptions)

            fuzz()

    with capsys.disabled():
        print(
            f"\nschemathesis: {operations} operations, {examples} requests, "
            f"status codes {dict(sorted(statuses.items()))}, server errors {len(server_errors)}, "
            f"answers off the schema {len(off_schema)}"
        )
    # 36 in the schema less /api/schema/ itself, whose YAML answer schemathesis leaves out.
    assert operations == 35, "an operation was added or lost: update the count"
    assert statuses.get(200) and statuses.get(201), "no request got through: the fuzzing tests nothing"
    assert not server_errors, "\n".join(server_errors[:20])
    assert not off_schema, "\n".join(off_schema[:20])
