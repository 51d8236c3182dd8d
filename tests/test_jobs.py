"""The job queue: what runs on it, what a page shows of a job, retries, and a worker that dies.

Most tests here use the real database queue (the ``queue`` fixture) and run a worker in the
test's own process (``manage.py runworker --batch``); the two that need separate worker
processes run on PostgreSQL, where several workers share one queue.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from claims import tasks
from claims.models import Job, JobKind, JobStatus, JobSuperseded, Role, Stage, Suggestion

from .factories import ArticleFactory, ClaimFactory, DeskFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Prime Minister Ana Ruiz said the bridge would reopen in May. She added that it cost 4 million euros."


def run_worker() -> None:
    call_command("runworker", batch=True, verbosity=0)


class FailingEmailBackend:
    """An SMTP server that is down: every send raises, as smtplib does."""

    def __init__(self, *args, **kwargs) -> None:
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")


def _email_job(desk, **changes) -> Job:
    params = {"to": ["ana@example.org"], "subject": "Assigned", "body": "A claim is yours."}
    return Job.start(JobKind.EMAIL, desk=desk, params=params, **changes)


# -- the queue itself ---------------------------------------------------------------


def test_a_job_waits_on_the_queue_until_a_worker_runs_it(queue, desk):
    job = _email_job(desk)
    assert job.status == JobStatus.QUEUED
    assert DBTaskResult.objects.filter(id=job.task_id, status="READY").exists()
    assert mail.outbox == []

    run_worker()

    job.refresh_from_db()
    assert (job.status, job.attempts, job.progress) == (JobStatus.SUCCEEDED, 1, 100)
    assert job.message == "Sent to ana@example.org."
    assert [m.to for m in mail.outbox] == [["ana@example.org"]]


def test_a_stage_change_queues_its_emails_instead_of_sending_them(queue, desk, checker, editor):
    editor.email, checker.email = "edna@example.org", "chris@example.org"
    editor.save()
    checker.save()
    claim = ClaimFactory(desk=desk, article=ArticleFactory(desk=desk, text=TEXT), start=0, end=20)
    claim.assign(checker, by=editor)
    assert mail.outbox == []  # the request is not held by the mail server
    assert Job.objects.filter(kind=JobKind.EMAIL, status=JobStatus.QUEUED).count() == 1

    run_worker()

    assert [m.to for m in mail.outbox] == [["chris@example.org"]]
    assert claim.text in mail.outbox[0].body


def test_emails_of_a_change_that_rolls_back_are_never_queued(queue, desk, checker, editor):
    checker.email = "chris@example.org"
    checker.save()
    claim = ClaimFactory(desk=desk, article=ArticleFactory(desk=desk, text=TEXT), start=0, end=20)
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        claim.assign(checker, by=editor)
        raise RuntimeError("the request failed after the change")
    assert not Job.objects.filter(kind=JobKind.EMAIL).exists()
    assert not DBTaskResult.objects.exists()


def test_a_failing_mail_server_is_retried_then_the_job_fails_saying_why(queue, settings, desk):
    settings.EMAIL_BACKEND = "tests.test_jobs.FailingEmailBackend"
    settings.JOB_RETRY_SECONDS = 0
    job = _email_job(desk, max_attempts=3)

    run_worker()  # attempt 1 fails and queues attempt 2, which the same batch runs, and so on

    job.refresh_from_db()
    assert job.status == JobStatus.FAILED
    assert job.attempts == 3
    assert "ConnectionRefusedError" in job.error and "Connection refused" in job.error
    assert job.message == "Failed after 3 attempts."


def test_a_failed_attempt_waits_before_the_next(queue, settings, desk):
    settings.EMAIL_BACKEND = "tests.test_jobs.FailingEmailBackend"
    settings.JOB_RETRY_SECONDS = 60
    job = _email_job(desk)

    run_worker()

    job.refresh_from_db()
    assert (job.status, job.attempts) == (JobStatus.QUEUED, 1)
    assert "retrying in 60 s" in job.message
    waiting = DBTaskResult.objects.get(id=job.task_id)
    assert waiting.status == "READY" and waiting.run_after > timezone.now() + timedelta(seconds=50)


def test_a_job_whose_worker_died_is_retried_by_the_schedule(queue, settings, desk):
    settings.JOB_LEASE_SECONDS = 60
    job = _email_job(desk)
    assert job.begin()  # a worker took it …
    Job.objects.filter(pk=job.pk).update(heartbeat=timezone.now() - timedelta(seconds=61))  # … and went silent

    assert tasks.tick()["recovered"] == 1

    job.refresh_from_db()
    assert job.status == JobStatus.QUEUED
    assert "The worker stopped during attempt 1" in job.error
    run_worker()
    job.refresh_from_db()
    assert (job.status, job.attempts) == (JobStatus.SUCCEEDED, 2)
    assert len(mail.outbox) == 1  # sent once, by the second attempt


def test_a_job_whose_worker_died_on_its_last_attempt_fails_saying_so(queue, settings, desk):
    settings.JOB_LEASE_SECONDS = 60
    job = _email_job(desk, max_attempts=1)
    job.begin()
    Job.objects.filter(pk=job.pk).update(heartbeat=timezone.now() - timedelta(seconds=61))

    tasks.tick()

    job.refresh_from_db()
    assert job.status == JobStatus.FAILED
    assert "The worker stopped during attempt 1" in job.error
    assert mail.outbox == []


def test_a_job_reporting_progress_is_not_taken_for_dead(queue, settings, desk):
    settings.JOB_LEASE_SECONDS = 60
    job = _email_job(desk)
    job.begin()
    Job.objects.filter(pk=job.pk).update(heartbeat=timezone.now() - timedelta(seconds=61))
    job.report("Halfway", progress=50)

    assert tasks.tick()["recovered"] == 0
    job.refresh_from_db()
    assert (job.status, job.progress, job.message) == (JobStatus.RUNNING, 50, "Halfway")


def test_a_task_delivered_twice_runs_its_job_once(queue, desk):
    job = _email_job(desk)
    tasks.enqueue_job(job.pk)  # a second delivery of the same job

    run_worker()

    job.refresh_from_db()
    assert (job.status, job.attempts) == (JobStatus.SUCCEEDED, 1)
    assert len(mail.outbox) == 1


def test_the_schedule_prunes_old_finished_jobs(queue, settings, desk):
    settings.JOB_KEEP_DAYS = 30
    old, recent = _email_job(desk), _email_job(desk)
    run_worker()
    Job.objects.filter(pk=old.pk).update(finished=timezone.now() - timedelta(days=31))
    DBTaskResult.objects.filter(id=old.task_id).update(finished_at=timezone.now() - timedelta(days=31))

    assert tasks.tick()["pruned"] == 1
    assert list(Job.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not DBTaskResult.objects.filter(id=old.task_id).exists()


# -- suggestions run as jobs ----------------------------------------------------------


def _paste(desk):
    return {"desk": desk.pk, "title": "Bridge", "language": "en", "text": TEXT, "save": "1"}


def test_import_suggests_claims_on_the_queue_and_the_page_follows_the_job(queue, client, desk, checker):
    client.force_login(checker)
    response = client.post("/articles/new/", _paste(desk), follow=True)
    article = desk.articles.get()
    job = article.jobs.get(kind=JobKind.SUGGEST)
    assert "claims are being suggested" in response.text
    # A fresh article (nothing marked, nothing to lose) polls the job and follows it when done.
    assert f'hx-get="/jobs/{job.pk}/?follow=1"' in response.text
    assert not article.suggestions.exists()

    run_worker()

    assert article.suggestions.count() >= 1
    polled = client.get(f"/jobs/{job.pk}/?follow=1", headers={"HX-Request": "true"})
    assert polled.headers["HX-Redirect"] == article.get_absolute_url()
    fragment = client.get(f"/jobs/{job.pk}/", headers={"HX-Request": "true"})
    assert "hx-trigger" not in fragment.text  # finished: polling stops
    assert "claims suggested" in fragment.text and "Show the suggestions" in fragment.text


def test_a_suggestion_run_on_a_worked_article_only_offers_the_reload(queue, client, desk, checker):
    article = ArticleFactory(desk=desk, text=TEXT)
    ClaimFactory(desk=desk, article=article, start=0, end=20)
    client.force_login(checker)
    client.post(f"/articles/{article.pk}/suggestions/")
    job = article.jobs.get()
    page = client.get(article.get_absolute_url())
    assert f'hx-get="/jobs/{job.pk}/"' in page.text  # polled, never followed: the reader may be mid-edit


def test_a_revision_suggests_for_the_new_text_on_the_queue(queue, desk, editor):
    article = ArticleFactory(desk=desk, text=TEXT)
    Suggestion.refresh_for(article)
    article.revise(TEXT + " The mayor said it was safe.", by=editor)
    assert not article.suggestions.exists()  # the old offsets are gone at once

    run_worker()

    assert any("safe" in s.content for s in article.suggestions.all())


def test_suggestions_computed_for_an_older_revision_are_dropped(desk, editor):
    article = ArticleFactory(desk=desk, text=TEXT)
    stale = type(article).objects.get(pk=article.pk)
    article.revise(TEXT + " The mayor said it was safe.", by=editor)
    before = sorted(article.suggestions.values_list("start", "end"))

    assert Suggestion.refresh_for(stale) == 0  # computed on revision 1, stored never
    assert sorted(article.suggestions.values_list("start", "end")) == before


# -- the job page ---------------------------------------------------------------------


def test_the_job_page_polls_while_the_job_runs_and_stops_when_done(queue, client, desk, checker):
    job = _email_job(desk, by=checker)
    client.force_login(checker)
    page = client.get(f"/jobs/{job.pk}/")
    assert page.status_code == 200
    assert 'hx-trigger="every 1s"' in page.text and "<noscript><meta http-equiv" in page.text
    fragment = client.get(f"/jobs/{job.pk}/", headers={"HX-Request": "true"})
    assert fragment.text.lstrip().startswith(f'<section id="job-{job.pk}"') and "<html" not in fragment.text

    run_worker()
    done = client.get(f"/jobs/{job.pk}/")
    assert "every 1s" not in done.text and "<noscript><meta" not in done.text and "Done" in done.text


def test_a_failed_job_says_why_and_offers_a_retry(queue, client, settings, desk, checker, editor):
    settings.EMAIL_BACKEND = "tests.test_jobs.FailingEmailBackend"
    job = _email_job(desk, by=checker, max_attempts=1)
    run_worker()
    client.force_login(checker)
    page = client.get(f"/jobs/{job.pk}/")
    assert "Connection refused" in page.text and "Retry" not in page.text  # mail is the editors' to resend
    assert client.post(f"/jobs/{job.pk}/retry/").status_code == 403
    client.force_login(editor)
    page = client.get(f"/jobs/{job.pk}/")
    assert "Connection refused" in page.text and "Retry" in page.text

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    response = client.post(f"/jobs/{job.pk}/retry/", headers={"HX-Request": "true"})
    assert response.status_code == 200 and "Waiting for a worker" in response.text
    run_worker()
    job.refresh_from_db()
    assert (job.status, job.attempts) == (JobStatus.SUCCEEDED, 1)


def test_only_a_failed_job_can_be_retried(client, desk, checker):
    job = _email_job(desk, by=checker)  # immediate: done
    client.force_login(checker)
    assert client.post(f"/jobs/{job.pk}/retry/").status_code == 403
    assert client.get(f"/jobs/{job.pk}/retry/").status_code == 405


def test_a_job_is_seen_by_who_started_it_and_the_desk_editors(client, desk, checker, editor, viewer, stranger):
    job = _email_job(desk, by=checker)
    for user, status in ((checker, 200), (editor, 200), (viewer, 404), (stranger, 404)):
        client.force_login(user)
        assert client.get(f"/jobs/{job.pk}/").status_code == status, user
    assert client.get("/jobs/999999/").status_code == 404
    client.logout()
    assert client.get(f"/jobs/{job.pk}/").status_code == 302


def test_the_jobs_list_shows_the_desks_jobs_to_editors_and_own_jobs_to_others(client, desk, checker, editor):
    mine = _email_job(desk, by=checker)
    theirs = _email_job(desk, by=editor)
    _email_job(DeskFactory())  # another desk's
    client.force_login(checker)
    page = client.get("/jobs/")
    assert f"/jobs/{mine.pk}/" in page.text and f"/jobs/{theirs.pk}/" not in page.text
    client.force_login(editor)
    page = client.get("/jobs/")
    assert f"/jobs/{mine.pk}/" in page.text and f"/jobs/{theirs.pk}/" in page.text
    assert page.text.count('class="job-succeeded"') == 2


@pytest.mark.parametrize("rows", [1, 8])
def test_the_jobs_list_takes_the_same_queries_for_1_and_n_jobs(client, desk, editor, rows, django_assert_num_queries):
    article = ArticleFactory(desk=desk, text=TEXT)
    for _ in range(rows):
        Job.start(JobKind.SUGGEST, desk=desk, by=editor, article=article)
    client.force_login(editor)
    with django_assert_num_queries(7):
        assert client.get("/jobs/").status_code == 200


# -- several worker processes (PostgreSQL) ----------------------------------------------


def _worker_env() -> dict:
    db = connection.settings_dict
    url = (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"
    )
    return {
        **os.environ,
        "DATABASE_URL": url,
        "TASKS_BACKEND": "database",
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "DEBUG": "1",
    }


needs_postgres = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").split(":")[0] not in ("postgres", "postgresql"),
    reason="several workers on one queue: the PostgreSQL run (DATABASE_URL) covers it",
)


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_on_one_queue_run_each_of_1000_jobs_exactly_once(queue):
    desk = DeskFactory()
    params = {"to": ["a@example.org"], "subject": "s", "body": "b"}
    jobs = [Job.start(JobKind.EMAIL, desk=desk, params=params).pk for _ in range(1000)]
    command = [sys.executable, "manage.py", "runworker", "--batch", "-v", "0"]
    workers = [subprocess.Popen([*command, "--worker-id", f"w{n}"], cwd=ROOT, env=_worker_env()) for n in range(2)]
    for worker in workers:
        assert worker.wait(timeout=300) == 0

    done = Job.objects.filter(pk__in=jobs)
    assert done.filter(status=JobStatus.SUCCEEDED, attempts=1).count() == 1000  # none lost, none run twice
    runs = DBTaskResult.objects.filter(status="SUCCESSFUL").values_list("worker_ids", flat=True)
    assert sorted(len(ids) for ids in runs) == [1] * 1000
    assert {ids[0] for ids in runs} == {"w0", "w1"}  # both shared the work


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_job_leaves_nothing_half_done_and_the_job_is_retried(queue, settings):
    desk = DeskFactory()
    article = ArticleFactory(desk=desk, text=TEXT)
    # A fetch of a page that never answers keeps the worker busy until it is killed.
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    url = f"http://127.0.0.1:{silent.getsockname()[1]}/slow"
    job = Job.start(JobKind.FETCH, desk=desk, params={"url": url, "form": {}}, max_attempts=2)
    env = {**_worker_env(), "FETCH_ALLOW_PRIVATE_URLS": url, "FETCH_TIMEOUT": "60"}
    worker = subprocess.Popen([sys.executable, "manage.py", "runworker", "--batch", "-v", "0"], cwd=ROOT, env=env)
    try:
        for _ in range(200):
            if Job.objects.get(pk=job.pk).status == JobStatus.RUNNING:
                break
            time.sleep(0.1)
        assert Job.objects.get(pk=job.pk).status == JobStatus.RUNNING
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        silent.close()
    job.refresh_from_db()
    assert job.status == JobStatus.RUNNING  # what the dead worker left

    settings.JOB_LEASE_SECONDS = 0
    Job.objects.filter(pk=job.pk).update(heartbeat=timezone.now() - timedelta(seconds=1))
    tasks.tick()
    job.refresh_from_db()
    assert job.status == JobStatus.QUEUED and "The worker stopped during attempt 1" in job.error
    assert article.claims.count() == 0 and job.result == {}


# -- large CSV exports and imports ------------------------------------------------------


def test_a_large_export_is_written_by_a_job_for_its_owner_to_download(client, monkeypatch, desk, checker, editor):
    import csv
    import io

    monkeypatch.setattr("claims.views.exchange.EXPORT_INLINE_ROWS", 2)
    for _ in range(3):
        ClaimFactory(desk=desk, stage=Stage.RESEARCH)
    ClaimFactory(desk=desk)  # new: filtered out
    ClaimFactory(desk=DeskFactory())  # another desk's: never exported
    client.force_login(checker)
    response = client.get("/claims/export.csv?stage=research")
    job = Job.objects.get(kind=JobKind.EXPORT_CSV)
    assert response.status_code == 302 and response.url == job.get_absolute_url()
    page = client.get(job.get_absolute_url())
    assert "3 claims exported." in page.text and f'href="/jobs/{job.pk}/download/"' in page.text
    download = client.get(f"/jobs/{job.pk}/download/")
    rows = list(csv.reader(io.StringIO(b"".join(download.streaming_content).decode())))
    assert download["Content-Disposition"] == 'attachment; filename="claims.csv"'
    assert len(rows) == 4 and rows[0][0] == "id"
    client.force_login(editor)  # the desk's editor sees the job, but the file is what the checker may see
    assert client.get(f"/jobs/{job.pk}/download/").status_code == 404


def test_a_large_export_streams_when_asked_to(client, monkeypatch, desk, checker):
    monkeypatch.setattr("claims.views.exchange.EXPORT_INLINE_ROWS", 2)
    for _ in range(3):
        ClaimFactory(desk=desk)
    client.force_login(checker)
    response = client.get("/claims/export.csv?stream=1")
    assert response.status_code == 200 and len(b"".join(response.streaming_content).splitlines()) == 4
    assert not Job.objects.exists()


def test_pruning_an_export_job_deletes_its_file(client, monkeypatch, settings, tmp_path, desk, checker):
    from django.core.files.storage import default_storage

    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setattr("claims.views.exchange.EXPORT_INLINE_ROWS", 0)
    ClaimFactory(desk=desk)
    client.force_login(checker)
    client.get("/claims/export.csv")
    job = Job.objects.get()
    assert default_storage.exists(job.result["file"])
    Job.objects.filter(pk=job.pk).update(finished=timezone.now() - timedelta(days=settings.JOB_KEEP_DAYS + 1))
    tasks.prune()
    assert not default_storage.exists(job.result["file"]) and not Job.objects.exists()


def _csv(article, n: int) -> str:
    lines = "".join(f"{article.pk},Claim number {i},,Ana,named_person\n" for i in range(n))
    return "article_id,text,quote,speaker,attribution_type\n" + lines


def test_a_large_confirmed_import_runs_as_one_job_all_rows_or_none(queue, client, monkeypatch, desk, checker):
    monkeypatch.setattr("claims.views.exchange.IMPORT_INLINE_ROWS", 2)
    article = ArticleFactory(desk=desk)
    client.force_login(checker)
    data = {"kind": "claims", "desk": desk.pk, "content": _csv(article, 3), "confirm": ""}
    response = client.post("/claims/import/", data)
    job = Job.objects.get(kind=JobKind.IMPORT_CLAIMS)
    assert response.url == job.get_absolute_url() and not desk.claims.exists()

    run_worker()

    job.refresh_from_db()
    assert job.status == JobStatus.SUCCEEDED and job.message == f"Imported 3 claims into {desk}."
    assert desk.claims.count() == 3


def test_an_import_that_no_longer_fits_the_desk_fails_and_imports_nothing(queue, client, monkeypatch, desk, checker):
    monkeypatch.setattr("claims.views.exchange.IMPORT_INLINE_ROWS", 2)
    article = ArticleFactory(desk=desk)
    client.force_login(checker)
    client.post("/claims/import/", {"kind": "claims", "desk": desk.pk, "content": _csv(article, 3), "confirm": ""})
    article.delete()  # between the preview and the worker

    run_worker()

    job = Job.objects.get(kind=JobKind.IMPORT_CLAIMS)
    assert job.status == JobStatus.FAILED and "no longer imports cleanly" in job.error
    assert not desk.claims.exists()


def test_a_large_desk_export_is_a_job_whose_file_only_its_editor_downloads(
    client, monkeypatch, desk, editor, desk_admin
):
    import json

    monkeypatch.setattr("claims.views.exchange.EXPORT_INLINE_ROWS", 1)
    ClaimFactory(desk=desk)
    ClaimFactory(desk=desk)
    client.force_login(editor)
    response = client.get(f"/desks/{desk.slug}/export.json")
    job = Job.objects.get(kind=JobKind.EXPORT_DESK)
    assert response.url == job.get_absolute_url() and "2 claims" in job.message
    download = client.get(f"/jobs/{job.pk}/download/")
    assert download["Content-Disposition"] == f'attachment; filename="{desk.slug}.json"'
    assert len(json.loads(b"".join(download.streaming_content))["claims"]) == 2
    client.force_login(desk_admin)
    assert client.get(f"/jobs/{job.pk}/download/").status_code == 404
    assert client.get(f"/jobs/{Job.objects.create(desk=desk, kind=JobKind.EMAIL).pk}/download/").status_code == 404


# -- found in review: roles change, attempts are superseded -------------------------------


def test_a_demoted_checker_cannot_retry_their_failed_import_and_a_queued_one_fails(
    queue, client, monkeypatch, desk, checker
):
    monkeypatch.setattr("claims.views.exchange.IMPORT_INLINE_ROWS", 2)
    article = ArticleFactory(desk=desk)
    client.force_login(checker)
    client.post("/claims/import/", {"kind": "claims", "desk": desk.pk, "content": _csv(article, 3), "confirm": ""})
    checker.memberships.filter(desk=desk).update(role=Role.VIEWER)  # demoted while it waits

    run_worker()

    job = Job.objects.get(kind=JobKind.IMPORT_CLAIMS)
    assert job.status == JobStatus.FAILED and "must be a checker or an editor" in job.error
    assert not desk.claims.exists()
    assert client.post(f"/jobs/{job.pk}/retry/").status_code == 403


def test_a_demoted_editor_can_no_longer_download_the_desk_export(client, monkeypatch, desk, editor):
    monkeypatch.setattr("claims.views.exchange.EXPORT_INLINE_ROWS", 0)
    ClaimFactory(desk=desk)
    client.force_login(editor)
    client.get(f"/desks/{desk.slug}/export.json")
    job = Job.objects.get(kind=JobKind.EXPORT_DESK)
    assert client.get(f"/jobs/{job.pk}/download/").status_code == 200
    editor.memberships.filter(desk=desk).update(role=Role.CHECKER)
    assert client.get(f"/jobs/{job.pk}/download/").status_code == 404


def test_a_retry_runs_as_whoever_retried(queue, client, settings, desk, checker, editor):
    settings.EMAIL_BACKEND = "tests.test_jobs.FailingEmailBackend"
    job = _email_job(desk, by=checker, max_attempts=1)
    run_worker()
    client.force_login(editor)
    client.post(f"/jobs/{job.pk}/retry/")
    job.refresh_from_db()
    assert job.created_by == editor and job.status == JobStatus.QUEUED


def test_a_late_worker_cannot_overwrite_the_attempt_that_replaced_it(queue, settings, desk):
    settings.JOB_LEASE_SECONDS = 60
    job = _email_job(desk)
    job.begin()
    late = Job.objects.get(pk=job.pk)  # what the slow worker holds
    Job.objects.filter(pk=job.pk).update(heartbeat=timezone.now() - timedelta(seconds=61))
    tasks.tick()
    run_worker()  # attempt 2 runs and succeeds

    with pytest.raises(JobSuperseded):
        late.succeed("Late news from attempt 1")
    job.refresh_from_db()
    assert (job.status, job.attempts, job.message) == (JobStatus.SUCCEEDED, 2, "Sent to ana@example.org.")


def test_an_import_holds_its_job_row_so_the_sweep_skips_it(queue, desk):
    job = _email_job(desk)
    job.begin()
    from django.db import transaction

    with transaction.atomic():
        job.lock_attempt()
        Job.objects.filter(pk=job.pk).update(status=JobStatus.FAILED)
        with pytest.raises(JobSuperseded):
            job.lock_attempt()
        transaction.set_rollback(True)


def test_the_jobs_list_pages_past_fifty(client, desk, editor):
    for _ in range(51):
        Job.objects.create(desk=desk, kind=JobKind.EMAIL, status=JobStatus.SUCCEEDED, created_by=editor)
    client.force_login(editor)
    first = client.get("/jobs/?status=succeeded")
    assert "Page 1 of 2" in first.text and 'href="?status=succeeded&amp;page=2">Older</a>' in first.text
    assert client.get("/jobs/?status=succeeded&page=2").text.count('class="job-succeeded"') == 1
