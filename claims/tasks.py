"""Background jobs: what runs on the queue instead of inside a request.

The queue is django-tasks (the API Django 6 ships as ``django.tasks``); it carries one task,
``run_job(job_id)``, and the ``Job`` row is the record people see. Each kind of job has a
handler here (or, for the exchange formats, in the module named in ``HANDLERS``). A handler
reports progress with ``job.report()``, raises ``JobError`` for a failure that a retry would
not mend, and ends with ``job.succeed()``; any other exception is retried with a growing wait
until the job's attempts run out.

``tick()`` is what every worker does between jobs (``manage.py runworker`` calls it every
SCHEDULE_SECONDS): requeue jobs whose worker died, start the polls of feeds that are due,
prune old finished jobs, and mark the possible duplicates of desks whose claims in the review
changed (``archive.mark_due_duplicates``).
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.mail import send_mail
from django.db import OperationalError, connection, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext, ngettext

from . import archive
from .feeds import MAX_FEED_BYTES, parse_feed
from .fetch import FetchError, extract, fetch_article, fetch_url
from .models import (
    Feed,
    Job,
    JobError,
    JobKind,
    JobStatus,
    JobSuperseded,
    Profile,
    SuggesterModel,
    Suggestion,
    isolate,
)

try:  # Django 6 ships the API; on 5.2 the backport provides it under another name.
    from django.tasks import task
except ImportError:  # pragma: no cover - depends on the Django version
    from django_tasks import task

logger = logging.getLogger(__name__)

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


@task()
def run_job(job_id: int) -> str:
    job = Job.objects.select_related("article", "feed__outlet", "created_by").filter(pk=job_id).first()
    if job is None:
        return "skipped"  # deleted
    # What the job tells people is written in the language of the person who started it.
    language = Profile.language_of(job.created_by) if job.created_by is not None else None
    with translation.override(language or settings.LANGUAGE_CODE):
        return _run(job)


def _run(job: Job) -> str:
    if not job.begin():
        return "skipped"  # already taken by an earlier delivery of this task
    try:
        try:
            import_string(HANDLERS[job.kind])(job)
        except JobSuperseded:
            raise
        except JobError as e:
            job.fail(str(e))
        except Exception as e:
            logger.exception("Job %s (%s) failed on attempt %s", job.pk, job.kind, job.attempts)
            job.fail(f"{type(e).__name__}: {e}", retry_in=settings.JOB_RETRY_SECONDS * 2 ** (job.attempts - 1))
        else:
            if job.status == JobStatus.RUNNING:
                job.succeed(gettext("Done."))
    except JobSuperseded:
        logger.warning("Job %s: attempt %s was given up on while it ran; its outcome is dropped", job.pk, job.attempts)
        return "superseded"
    return job.status


def enqueue_job(job_id: int, *, delay: float = 0) -> str:
    """Put the job on the queue (after ``delay`` seconds where the backend can defer)."""
    task_ = run_job
    if delay > 0 and task_.get_backend().supports_defer:
        task_ = task_.using(run_after=timezone.now() + timedelta(seconds=delay))
    return str(task_.enqueue(job_id).id)


# -- handlers -------------------------------------------------------------------------


def fetch(job: Job) -> None:
    """Fetch an article's page for the import form; the person then checks it and imports."""
    url = job.params["url"]
    job.report(gettext("Fetching %(url)s…") % {"url": isolate(url)}, progress=10)
    try:
        extracted = fetch_article(url)
    except FetchError as e:
        raise JobError(str(e)) from e
    job.succeed(
        gettext("Fetched “%(title)s”.") % {"title": isolate(extracted["title"] or url)},
        article=extracted,
        next_url=f"{reverse('claims:import')}?job={job.pk}",
    )


def suggest(job: Job) -> None:
    article = job.article
    if article is None:
        raise JobError(gettext("The article is gone."))
    job.report(gettext("Finding claims in the text…"), progress=10)
    count = Suggestion.refresh_for(article)
    job.succeed(
        ngettext("%(count)s claim suggested.", "%(count)s claims suggested.", count) % {"count": count},
        count=count,
        next_url=article.get_absolute_url(),
        next_label=gettext("Show the suggestions"),
    )


def train_suggester(job: Job) -> None:
    """Fit the desk's model of the suggestions it keeps (SuggesterModel.retrain)."""
    model = SuggesterModel.retrain(job.desk_id)
    if model is None:
        job.succeed(gettext("Not enough decisions of both kinds to learn from yet."), decisions=0)
        return
    message = ngettext("Learned from %(count)s decisions.", "Learned from %(count)s decisions.", model.decisions) % {
        "count": model.decisions
    }
    job.succeed(message, decisions=model.decisions)


def email(job: Job) -> None:
    """Send one notification e-mail; EMAIL_TIMEOUT bounds a silent server, failures retry."""
    params = job.params
    send_mail(params["subject"], params["body"], None, params["to"], fail_silently=False)
    job.succeed(gettext("Sent to %(to)s.") % {"to": ", ".join(params["to"])})


def poll_feed(job: Job) -> None:
    """Fetch a feed (conditionally), then fetch and import each item the desk does not have.

    Each article is imported with its suggestions in a transaction of its own, so an attempt
    cut short keeps the articles it finished and the next poll skips them; the feed's ETag is
    stored only once every item was tried, so an interrupted poll is read again in full.
    """
    feed = job.feed
    if feed is None:
        raise JobError(gettext("The feed is gone."))
    job.report(gettext("Fetching %(url)s…") % {"url": isolate(feed.url)}, progress=5)
    try:
        page = fetch_url(
            feed.url, max_bytes=MAX_FEED_BYTES, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_ACCEPT
        )
        if page.status == 304:
            feed.record_poll(imported=0, problems=[], etag=feed.etag, last_modified=feed.last_modified)
            job.succeed(gettext("The feed has not changed since the last poll."), imported=0)
            return
        _, items = parse_feed(page.body, url=page.url)
    except FetchError as e:
        feed.record_failure(str(e))
        raise JobError(str(e)) from e
    except Exception as e:  # whatever else broke reading it, the feed says so and backs off
        reason = gettext("The feed could not be read (%(error)s).") % {"error": f"{type(e).__name__}: {e}"}
        feed.record_failure(reason)
        raise JobError(reason) from e
    known = set(feed.desk.articles.filter(url__in=[item.link for item in items]).values_list("url", flat=True))
    new = [item for item in items if item.link not in known and len(item.link) <= 500]
    imported, problems = 0, []
    for n, item in enumerate(new):
        progress = gettext("Importing item %(number)s of %(items)s: %(title)s") % {
            "number": n + 1,
            "items": len(new),
            "title": isolate(item.title or item.link),
        }
        job.report(progress, progress=10 + 90 * n // len(new))
        if not Feed.objects.filter(pk=feed.pk).exists():
            raise JobError(gettext("The feed was removed during the poll; the articles imported so far stay."))
        try:
            extracted = extract(fetch_url(item.link).text(), url=item.link)
        except FetchError as e:
            problems.append(str(e) if item.link in str(e) else f"{item.link}: {e}")
            continue
        except Exception as e:  # one odd page must not stop the rest of the feed
            logger.exception("Feed %s: item %s could not be read", feed.pk, item.link)
            problems.append(
                gettext("%(url)s: could not be read (%(error)s).") % {"url": item.link, "error": type(e).__name__}
            )
            continue
        if feed.import_item(link=item.link, title=item.title, published=item.published, extracted=extracted):
            imported += 1
    feed.record_poll(imported=imported, problems=problems, etag=page.etag, last_modified=page.last_modified)
    summary = ngettext(
        "%(count)s new article imported from %(items)s items.",
        "%(count)s new articles imported from %(items)s items.",
        imported,
    ) % {"count": imported, "items": len(items)}
    if problems:
        summary += " " + ngettext(
            "%(count)s could not be fetched (they are tried again at the next poll).",
            "%(count)s could not be fetched (they are tried again at the next poll).",
            len(problems),
        ) % {"count": len(problems)}
    job.succeed(summary, imported=imported, problems=problems)


HANDLERS = {
    JobKind.FETCH: "claims.tasks.fetch",
    JobKind.SUGGEST: "claims.tasks.suggest",
    JobKind.EMAIL: "claims.tasks.email",
    JobKind.POLL_FEED: "claims.tasks.poll_feed",
    JobKind.TRAIN_SUGGESTER: "claims.tasks.train_suggester",
    # The exchange formats' jobs live with the formats (a higher layer), named here by path.
    JobKind.IMPORT_CLAIMS: "claims.interop.csv.import_job",
    JobKind.EXPORT_CSV: "claims.interop.csv.export_job",
    JobKind.EXPORT_DESK: "claims.interop.deskjson.export_job",
    JobKind.IMPORT_CHECKS: "claims.interop.claimreview.import_job",
}


# -- the schedule ---------------------------------------------------------------------


def start_due_polls(limit: int = 100) -> int:
    """A poll job for each active feed that is due. The due rows are taken with SKIP LOCKED and
    moved on by an interval at once, so two workers ticking together start each poll once."""
    started = 0
    with transaction.atomic():
        for feed in Feed.objects.due().select_for_update(skip_locked=True)[:limit]:
            Feed.objects.filter(pk=feed.pk).update(next_poll=timezone.now() + timedelta(minutes=feed.interval))
            if not feed.jobs.active().exists():
                Job.start(JobKind.POLL_FEED, desk=feed.desk_id, feed=feed, max_attempts=1)
                started += 1
    return started


def prune(now=None) -> int:
    from django_tasks_db.models import DBTaskResult

    cutoff = (now or timezone.now()) - timedelta(days=settings.JOB_KEEP_DAYS)
    old = Job.objects.filter(status__in=[JobStatus.SUCCEEDED, JobStatus.FAILED], finished__lt=cutoff)
    for name in old.filter(kind__in=[JobKind.EXPORT_CSV, JobKind.EXPORT_DESK]).values_list("result__file", flat=True):
        if name:
            default_storage.delete(name)  # the export's file goes with its job
    removed = old.delete()[0]
    DBTaskResult.objects.finished().filter(finished_at__lt=cutoff).delete()
    return removed


_last_optimize = {"at": None}
_optimize_lock = threading.Lock()


def tick() -> dict:
    """One round of the schedule; every worker runs it, and it is safe to run anywhere at once."""
    recovered = Job.recover_stale(timedelta(seconds=settings.JOB_LEASE_SECONDS))
    polls = start_due_polls()
    pruned = prune()
    duplicates = archive.mark_due_duplicates()
    optimize_sqlite()
    return {"recovered": recovered, "polls": polls, "pruned": pruned, "duplicates": duplicates}


def optimize_sqlite() -> bool:
    """SQLite keeps its planner statistics only if asked; once a day per worker is plenty.
    The statistics are written in a transaction that takes the write lock as it begins
    (IMMEDIATE), so a worker starting beside another waits its turn: run bare, the PRAGMA
    reads first and then fails at once ("database is locked") if another writer went
    between. If the database stays busy, the next round tries again."""
    with _optimize_lock:
        last = _last_optimize["at"]
        if connection.vendor != "sqlite" or (last is not None and timezone.now() - last < timedelta(days=1)):
            return False
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                # 0x10002 on a worker's first round: also tables never analysed before.
                cursor.execute("PRAGMA optimize" if last else "PRAGMA optimize=0x10002")
        except OperationalError:
            logger.warning("SQLite was too busy for PRAGMA optimize; the next round tries again", exc_info=True)
            return False
        _last_optimize["at"] = timezone.now()
        return True
