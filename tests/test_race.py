"""Races on one claim: real concurrent writers on PostgreSQL, many rounds, every outcome counted.

Each round prepares its data, lets every thread read what it will act on (the version a
page or a client would have shown), then releases all threads at once through a barrier.
The claim row lock (``Claim.change``, ``Claim.move``) and the version check must make every
round end in one of the serial outcomes, never in a mix of both writers.
"""

from __future__ import annotations

import logging
import random
import threading
from collections import Counter
from functools import partial

import pytest
from django.db import IntegrityError, connection, connections
from django.test import Client
from rest_framework.test import APIClient

from claims.models import Claim, Publication, Role, Source, Stage, StaleVersion, Suggestion, TransitionError

from .factories import (
    ArticleFactory,
    ClaimFactory,
    MembershipFactory,
    RatingFactory,
    SourceFactory,
    UserFactory,
    api_key,
)

WRITERS = 8
ROUNDS = 5  # of the parallel-saves test: WRITERS saves each
RACE_ROUNDS = 40  # of every two-writer race
JITTER = 0.003  # seconds: a random head start so each writer wins some rounds
ASSIGN_HEAD_START = 0.04  # seconds: the approval's wait, so bulk assign (a whole request) wins some rounds
FORM_HEAD_START = 0.04  # seconds: likewise for the corrected claim form
BARRIER_TIMEOUT = 30

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("the race tests need real concurrent writers: CI runs them on PostgreSQL")


@pytest.fixture
def quiet_refusals():
    """Every lost round answers 409 or 404, which django.request logs as a warning: keep the output to the counts."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


@pytest.fixture
def editor2(desk):
    return MembershipFactory(desk=desk, role=Role.EDITOR, user=UserFactory(username="edgar")).user


@pytest.fixture
def checker2(desk):
    return MembershipFactory(desk=desk, role=Role.CHECKER, user=UserFactory(username="chloe")).user


# -- helpers ---------------------------------------------------------------------------


class Failed:
    """What an action raised (kept apart from what it returned)."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def __repr__(self) -> str:
        return f"raised {type(self.error).__name__}: {self.error}"


def race(*actions, rng: random.Random, head_start: tuple[float, ...] | None = None):
    """Run each action in its own thread, all released together; return what each returned
    (or a ``Failed`` with what it raised), in order.

    After the barrier each action waits a random part of its ``head_start`` entry (JITTER by
    default), so that a fast action (a model call) and a slow one (a request through a view)
    each get to the lock first in some rounds."""
    barrier = threading.Barrier(len(actions), timeout=BARRIER_TIMEOUT)
    results: list = [None] * len(actions)
    delays = [rng.random() * limit for limit in head_start or [JITTER] * len(actions)]

    def run(i: int) -> None:
        try:
            connection.ensure_connection()  # connect before the barrier: the race is the writes
            barrier.wait()
            if delays[i]:
                threading.Event().wait(delays[i])
            results[i] = actions[i]()
        except BaseException as e:  # noqa: BLE001 - reported to the test as an outcome
            barrier.abort()
            results[i] = Failed(e)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(actions))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(BARRIER_TIMEOUT * 2)
        assert not thread.is_alive(), "a racing thread hung (a lock never released?)"
    return results


def raised(result, kind: type[BaseException]) -> bool:
    return isinstance(result, Failed) and isinstance(result.error, kind)


def ok(result) -> bool:
    return not isinstance(result, Failed)


def version(pk: int) -> int:
    return Claim.objects.values_list("version", flat=True).get(pk=pk)


def in_review(desk, checker, **kwargs) -> Claim:
    claim = ClaimFactory(desk=desk, rating=RatingFactory(desk=desk), **kwargs)
    SourceFactory(claim=claim)
    claim.submit(by=checker)
    return claim


def api(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_key(user)}")
    return client


def posted(client, url: str, data=None, **extra) -> int:
    """POST as a page or API client would; the answer's status code."""
    return client.post(url, data, **extra).status_code


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def report(name: str, rounds: int, counts: Counter, violations: list) -> None:
    parts = ", ".join(f"{label} {n}" for label, n in sorted(counts.items()))
    print(f"\nrace {name}: {rounds} rounds, {parts}, violations {len(violations)}")
    for violation in violations[:5]:
        print(f"  violation: {violation}")


def both_orders(counts: Counter, first: str, second: str) -> None:
    """Each writer should win some rounds; if the scheduler never let one win, say so."""
    if not (counts[first] and counts[second]):
        print(f"  note: only one order happened ({first} {counts[first]}, {second} {counts[second]})")


# -- 1. parallel edits of one field -------------------------------------------------------


def test_parallel_saves_lose_no_update(desk, checker):
    claim = ClaimFactory(desk=desk, summary="")
    barrier = threading.Barrier(WRITERS, timeout=BARRIER_TIMEOUT)
    refused = []
    errors = []

    def writer(n: int) -> None:
        try:
            connection.ensure_connection()
            for round_ in range(ROUNDS):
                barrier.wait()  # every writer reads the same version, then all save at once
                while True:
                    mine = Claim.objects.get(pk=claim.pk)
                    mine.summary += f"[{n}.{round_}]"
                    try:
                        mine.change(by=checker, version=mine.version, fields=["summary"])
                        break
                    except StaleVersion:
                        refused.append(n)  # someone else won: re-read and reapply on top
        except Exception as e:  # surfaced by the assertion below
            barrier.abort()
            errors.append(e)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    claim.refresh_from_db()
    expected = {f"[{n}.{r}]" for n in range(WRITERS) for r in range(ROUNDS)}
    assert {part + "]" for part in claim.summary.split("]") if part} == expected
    assert claim.version == 1 + WRITERS * ROUNDS
    assert claim.history.count() == 1 + WRITERS * ROUNDS  # one history row per accepted save
    assert refused, "the writers never collided, so the test proved nothing"
    print(
        f"\nrace parallel-saves: {WRITERS * ROUNDS} saves by {WRITERS} writers in {ROUNDS} rounds, "
        f"{len(refused)} refused and reapplied, 0 lost"
    )


# -- 2. a source added while an editor approves --------------------------------------------


def test_source_added_while_approving_never_ends_approved_unseen(desk, checker, editor):
    rng = random.Random(2)
    counts, violations = Counter(), []
    for round_ in range(RACE_ROUNDS):
        claim = in_review(desk, checker)
        v = version(claim.pk)
        mine = Claim.objects.get(pk=claim.pk)  # the checker's page, read at v
        url = f"https://late.example.org/{round_}"

        def add(c: Claim, url=url) -> Source:
            return Source.objects.create(claim=c, url=url, added_by=checker)

        approve, source = race(
            partial(Claim.move, claim.pk, "approve", by=editor, version=v),
            partial(mine.change, by=checker, version=v, evidence=add, reason="Source added"),
            rng=rng,
        )
        claim.refresh_from_db()
        added = Source.objects.filter(claim=claim, url=url).exists()
        if claim.stage == Stage.APPROVED and ok(approve) and not added and raised(source, StaleVersion):
            assert claim.approved_version == v
            counts["approve won"] += 1
        elif claim.stage == Stage.REVIEW and source is True and added and raised(approve, StaleVersion):
            assert claim.approved_by is None
            counts["source won"] += 1
        else:
            violations.append((round_, claim.stage, f"source added={added}", approve, source))
    report("approve-vs-source", RACE_ROUNDS, counts, violations)
    both_orders(counts, "approve won", "source won")
    assert violations == []


# -- 3. a verdict change on the page while the API approves ---------------------------------


def test_verdict_change_racing_api_approval_never_approves_unseen_verdict(
    desk, checker, editor, editor2, quiet_refusals
):
    rng = random.Random(3)
    revised = RatingFactory(desk=desk, label="Mostly true", slug="mostly-true", value=4)
    page = logged_in(editor2)  # editors may edit any claim, so only the version guards the race
    client = api(editor)
    counts, violations = Counter(), []
    for round_ in range(RACE_ROUNDS):
        claim = in_review(desk, checker, summary="The ministry's figure holds.")
        v = version(claim.pk)
        summary = f"Revised reasoning, round {round_}."

        approve, verdict = race(
            partial(
                posted,
                client,
                f"/api/claims/{claim.pk}/transitions/",
                {"action": "approve", "version": v},
                format="json",
            ),
            partial(
                posted, page, f"/claims/{claim.pk}/verdict/", {"version": v, "rating": revised.pk, "summary": summary}
            ),
            rng=rng,
        )
        claim.refresh_from_db()
        outcome = (claim.stage, approve, verdict)
        if claim.stage == Stage.APPROVED:
            # What the approver saw (the history row of approved_version) is what the claim says now.
            seen = claim.history.filter(version=claim.approved_version).first()
            if seen is None or (seen.summary, seen.rating_id) != (claim.summary, claim.rating_id):
                violations.append((round_, "approved a verdict the approver never saw", outcome))
            elif (approve, verdict) == (200, 409) and claim.summary != summary:
                counts["approve won"] += 1
            else:
                violations.append((round_, outcome))
        elif (claim.stage, approve, verdict) == (Stage.REVIEW, 409, 302) and claim.summary == summary:
            counts["verdict won"] += 1
        elif (
            (claim.stage, approve, verdict) == (Stage.REVIEW, 200, 302)
            and claim.summary == summary
            and claim.approved_by is None
            and claim.stage_changes.filter(old=Stage.APPROVED, new=Stage.REVIEW).exists()
        ):
            # The approval came first; the verdict, written from the same version, touched other
            # fields than the approval did, so it merged (three-way) and voided the approval.
            counts["approve first, then voided by the verdict"] += 1
        else:
            violations.append((round_, outcome))
    report("verdict-vs-api-approve", RACE_ROUNDS, counts, violations)
    counts["approve won"] += counts["approve first, then voided by the verdict"]
    both_orders(counts, "approve won", "verdict won")
    assert violations == []


# -- 4. bulk assignment racing an approval ----------------------------------------------------


def test_bulk_assign_racing_approval(desk, checker, checker2, editor, editor2):
    rng = random.Random(4)
    assigner = logged_in(editor2)
    counts, violations = Counter(), []
    for round_ in range(RACE_ROUNDS):
        claim = in_review(desk, checker, assignee=checker)
        v = version(claim.pk)

        approve, assign = race(
            partial(Claim.move, claim.pk, "approve", by=editor, version=v),
            partial(posted, assigner, "/claims/assign/", {"claims": [claim.pk], "assignee": checker2.pk}),
            rng=rng,
            head_start=(ASSIGN_HEAD_START, 0),  # the request does a dozen queries before its lock
        )
        claim.refresh_from_db()
        outcome = (claim.stage, claim.assignee_id, claim.approved_by_id, approve, assign)
        if assign != 302:
            violations.append((round_, "bulk assign answered", outcome))
        elif claim.stage in (Stage.REVIEW, Stage.RESEARCH) and claim.approved_by_id is not None:
            violations.append((round_, "in review with an approver", outcome))
        elif claim.stage == Stage.APPROVED and claim.assignee_id != checker.pk:
            violations.append((round_, "assignee changed after approval", outcome))
        elif claim.stage == Stage.APPROVED and ok(approve) and claim.approved_version == v:
            counts["approve won"] += 1
        elif claim.stage == Stage.REVIEW and claim.assignee_id == checker2.pk and raised(approve, StaleVersion):
            counts["assign won"] += 1
        else:
            violations.append((round_, outcome))
    report("bulk-assign-vs-approve", RACE_ROUNDS, counts, violations)
    both_orders(counts, "approve won", "assign won")
    assert violations == []


# -- 5. two people accept one suggestion at once ----------------------------------------------


def test_double_accept_of_a_suggestion_makes_one_claim(desk, checker, editor):
    rng = random.Random(5)
    counts, violations = Counter(), []
    for round_ in range(RACE_ROUNDS):
        article = ArticleFactory(desk=desk)
        suggestion = Suggestion.objects.create(
            article=article,
            start=0,
            end=79,
            content=article.text[:79],
            source=f"The ministry {round_}",  # a new speaker each round: made once, under the lock
            cue="said",
            attribution_type="institution",
            quote_type="indirect",
        )
        one, two = Suggestion.objects.get(pk=suggestion.pk), Suggestion.objects.get(pk=suggestion.pk)

        first, second = race(partial(one.accept, by=checker), partial(two.accept, by=editor), rng=rng)
        made = list(Claim.objects.filter(article=article))
        suggestion.refresh_from_db()
        winners = [r for r in (first, second) if ok(r)]
        refused = [r for r in (first, second) if raised(r, TransitionError)]
        if len(made) == 1 and len(winners) == 1 and len(refused) == 1 and suggestion.claim_id == made[0].pk:
            assert suggestion.decided_by == (checker if ok(first) else editor)
            counts["first won" if ok(first) else "second won"] += 1
        else:
            violations.append((round_, f"{len(made)} claims", first, second))
    report("double-accept", RACE_ROUNDS, counts, violations)
    both_orders(counts, "first won", "second won")
    assert violations == []


# -- 6. two publishes of one approved claim ----------------------------------------------------


def test_two_publishes_make_one_publication(desk, checker, editor, editor2):
    """Half the rounds with the version both read (the second is stale), half unchecked
    (``version=None``), where only the row lock stands between the two captures."""
    rng = random.Random(6)
    counts, violations = Counter(), []
    for round_ in range(RACE_ROUNDS):
        claim = in_review(desk, checker)
        claim.approve(by=editor)
        checked = round_ % 2 == 0
        v = version(claim.pk) if checked else None

        first, second = race(
            partial(Claim.move, claim.pk, "publish", by=editor, version=v),
            partial(Claim.move, claim.pk, "publish", by=editor2, version=v),
            rng=rng,
        )
        claim.refresh_from_db()
        publications = Publication.objects.filter(claim=claim)
        refusal = StaleVersion if checked else TransitionError
        results = (first, second)
        if any(raised(r, IntegrityError) for r in results):
            violations.append((round_, "the constraint, not the lock, stopped the second", first, second))
        elif (
            publications.count() == 1
            and publications.get().is_current
            and claim.stage == Stage.PUBLISHED
            and sum(ok(r) for r in results) == 1
            and sum(raised(r, refusal) for r in results) == 1
        ):
            counts[f"{'versioned' if checked else 'unversioned'} one published"] += 1
        else:
            violations.append((round_, f"{publications.count()} publications", claim.stage, first, second))
    report("double-publish", RACE_ROUNDS, counts, violations)
    assert violations == []


# -- 7. accepting a suggestion while someone saves it through the corrected claim form ---------


def test_accept_racing_corrected_form_makes_one_claim(desk, checker, editor, quiet_refusals):
    """The suggestion's "edit" path (``POST /articles/<pk>/claims/new/`` with ``suggestion``)
    makes the claim from the same suggestion: with an accept at the same moment, one claim."""
    rng = random.Random(7)
    form_page = logged_in(editor)
    counts, violations = Counter(), []
    for round_ in range(RACE_ROUNDS):
        article = ArticleFactory(desk=desk)
        suggestion = Suggestion.objects.create(
            article=article,
            start=0,
            end=79,
            content=article.text[:79],
            source="The ministry",
            cue="said",
            attribution_type="institution",
            quote_type="indirect",
        )
        url = f"/articles/{article.pk}/claims/new/"
        form = form_page.get(f"{url}?suggestion={suggestion.pk}").context["new_form"]  # the editor's open form
        data = {**{k: v for k, v in form.initial.items() if v is not None}, "text": "1,200 families were moved."}
        mine = Suggestion.objects.get(pk=suggestion.pk)

        accept, corrected = race(
            partial(mine.accept, by=checker),
            partial(posted, form_page, url, data),
            rng=rng,
            head_start=(FORM_HEAD_START, 0),
        )
        made = Claim.objects.filter(article=article).count()
        suggestion.refresh_from_db()
        outcome = (f"{made} claims", suggestion.status, accept, corrected)
        # Both doors answer the loser clearly (TransitionError; a redirect with the message);
        # which one won shows in the one claim's text and the suggestion's link to it.
        made_text = Claim.objects.filter(article=article).values_list("text", flat=True).first()
        if made == 1 and ok(accept) and corrected == 302 and made_text == suggestion.content:
            counts["accept won"] += 1
        elif made == 1 and raised(accept, TransitionError) and corrected == 302 and made_text == data["text"]:
            counts["form won"] += 1
        else:
            violations.append((round_, outcome))
    report("accept-vs-corrected-form", RACE_ROUNDS, counts, violations)
    both_orders(counts, "accept won", "form won")
    assert violations == []


# -- 8. one person accepts a suggestion while another rejects it ---------------------------------


def test_accept_racing_reject_decides_once(desk, checker, editor, quiet_refusals):
    rng = random.Random(8)
    accepter, rejecter = logged_in(checker), logged_in(editor)
    counts, violations = Counter(), []
    for round_ in range(RACE_ROUNDS):
        article = ArticleFactory(desk=desk)
        suggestion = Suggestion.objects.create(
            article=article,
            start=0,
            end=79,
            content=article.text[:79],
            source="The ministry",
            cue="said",
            attribution_type="institution",
            quote_type="indirect",
        )

        race(
            partial(posted, accepter, f"/suggestions/{suggestion.pk}/accept/"),
            partial(posted, rejecter, f"/suggestions/{suggestion.pk}/reject/"),
            rng=rng,
        )
        made = Claim.objects.filter(article=article).count()
        suggestion.refresh_from_db()
        if (suggestion.status, made) == ("accepted", 1) and suggestion.claim_id is not None:
            counts["accept stands"] += 1
        elif (suggestion.status, made) == ("rejected", 0):
            counts["reject stands"] += 1
        else:
            violations.append((round_, suggestion.status, f"{made} claims", f"claim_id={suggestion.claim_id}"))
    report("accept-vs-reject", RACE_ROUNDS, counts, violations)
    both_orders(counts, "accept stands", "reject stands")
    assert violations == []
