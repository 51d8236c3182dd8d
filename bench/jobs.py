#!/usr/bin/env python3
"""Job queue benchmark: how fast ``manage.py runworker`` empties the queue, and imports a feed.

    bench/jobs.py [--jobs N] [--workers W ...] [--items M] [--articles FILE] [--database-url URL]

1. Throughput. For each worker count W (``--workers``, default 1 2) it enqueues N fresh
   e-mail jobs (``Job.start(JobKind.EMAIL, …)``, the cheapest kind; default N = 1,000) on the
   database queue, starts W processes of ``manage.py runworker --batch --worker-id w<i>``
   (DEBUG off, the locmem mail backend) and times them until all have exited. Every job must
   have succeeded exactly once: status succeeded, one attempt, its queue task claimed by one
   worker; a job with more is counted as run twice, one that did not succeed as lost (both
   must be 0). Reported: jobs/s over the wall time (process start-up included), jobs/s over
   the busy time (the first task's start to the last one's end), how many jobs each worker
   ran, and, measured before the round, the wall time of W workers on an empty queue
   (start-up, one schedule round, exit).
2. Feed import. A local HTTP server (127.0.0.1, a free port) serves an RSS 2.0 feed of the
   first M articles of ``--articles`` (JSON lines with title, text, url, date; default
   ``../shared/evaldata/articles/wikinews-more.jsonl``; M = 40 by default, at most the 50
   items the app reads in one poll) and each item's HTML page, with an ETag on the feed (304
   when If-None-Match matches). A Feed is created for it, one poll job is started and one
   ``runworker --batch`` (allowed to fetch from the server by FETCH_ALLOW_PRIVATE_URLS) runs
   it. Reported: the articles imported per minute (fetch, extraction, suggestions and the
   import itself) over the worker's wall time (start-up included) and over the poll job's
   own time, and the suggestions made. A second poll must import nothing (the server must
   see one conditional GET, answered 304, and no page fetched).

The database is a fresh SQLite file in a temporary folder, unless ``--database-url`` (or a
PostgreSQL ``DATABASE_URL``) names one: that is migrated, and refused if it already holds
jobs or queued tasks; what this script made there (its desk with everything on it, and its
queue tasks) is deleted at the end. Prints a table, then ONE JSON line of figures.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdata import ROOT, SHARED, setup_database  # noqa: E402

DEFAULT_ARTICLES = SHARED / "evaldata" / "articles" / "wikinews-more.jsonl"
POSTGRES = ("postgres://", "postgresql://", "pgsql://", "postgis://")
DESK_SLUG = "jobs-bench"
WORKER_TIMEOUT = 1800  # seconds; a worker still running after this is a problem, not a figure
SECRET_KEY = "bench-only-secret-key-" + "j" * 40


# -- the database --------------------------------------------------------------------------


def setup(database_url: str) -> tuple[str, Path | None]:
    """Django on the chosen database, migrated; returns (vendor, the temporary folder or None)."""
    os.environ["TASKS_BACKEND"] = "database"
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    workdir = None
    if not database_url:
        workdir = setup_database(keep=True)  # a fresh SQLite file; sets DATABASE_URL for the workers too
    else:
        os.environ["DATABASE_URL"] = database_url
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
    from django.conf import settings
    from django.db import connection

    settings.DEBUG = False
    return connection.vendor, workdir


def refuse_if_used() -> None:
    from django_tasks_db.models import DBTaskResult

    from claims.models import Desk, Job

    jobs, ready = Job.objects.count(), DBTaskResult.objects.ready().count()
    if jobs or ready or Desk.objects.filter(slug=DESK_SLUG).exists():
        sys.exit(
            f"The database already holds {jobs:,} jobs and {ready:,} queued tasks; this bench's workers would "
            f"run them and its counts would be wrong. Give an empty database (or none, for a fresh SQLite file); "
            f"a run that stopped half-way leaves its desk {DESK_SLUG!r} and jobs there: delete that desk."
        )


def clean_up(desk, task_ids: set[str]) -> None:
    """Delete what this script made in a database it was given (history rows stay)."""
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(id__in=task_ids).delete()
    desk.delete()


# -- workers -------------------------------------------------------------------------------


def worker_env(**extra: str) -> dict:
    return {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or SECRET_KEY,
        "TASKS_BACKEND": "database",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        **extra,
    }


def run_workers(count: int, env: dict, logdir: Path, label: str, problems: list[str]) -> float:
    """Start ``count`` batch workers at once; seconds until the last has exited."""
    from django.db import connection

    connection.close()  # no transaction or lock of ours while they work
    started = time.perf_counter()
    procs = []
    for i in range(1, count + 1):
        log = open(logdir / f"{label}-w{i}.log", "wb")  # noqa: SIM115 - closed below
        command = [sys.executable, str(ROOT / "manage.py"), "runworker", "--batch", "--worker-id", f"w{i}"]
        procs.append((subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT), log))
    for i, (proc, log) in enumerate(procs, 1):
        try:
            code = proc.wait(timeout=max(1, WORKER_TIMEOUT - (time.perf_counter() - started)))
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
            problems.append(f"{label}: worker w{i} still running after {WORKER_TIMEOUT} s; killed")
        log.close()
        if code != 0:
            tail = (logdir / f"{label}-w{i}.log").read_text("utf-8", errors="replace")[-1500:]
            last = next((line for line in reversed(tail.splitlines()) if line.strip()), "")
            problems.append(f"{label}: worker w{i} exited with {code}: {last[-200:]}")
            print(f"worker w{i} ({label}) exited with {code}:\n{tail}", file=sys.stderr)
    return time.perf_counter() - started


# -- 1. throughput -------------------------------------------------------------------------


def enqueue(desk, n: int, label: str) -> tuple[list[int], float]:
    from claims.models import Job, JobKind

    started = time.perf_counter()
    ids = [
        Job.start(
            JobKind.EMAIL,
            desk=desk,
            params={"to": ["x@example.org"], "subject": f"{label} {i}", "body": "b"},
        ).pk
        for i in range(n)
    ]
    return ids, time.perf_counter() - started


def verify(ids: list[int], label: str, problems: list[str]) -> dict:
    """Each job succeeded once: its figures, and problems for any that did not."""
    from django.db.models import Max, Min
    from django_tasks_db.models import DBTaskResult

    from claims.models import Job, JobStatus

    jobs = list(Job.objects.filter(pk__in=ids).values("pk", "status", "attempts", "task_id"))
    tasks = {
        str(t["id"]): t
        for t in DBTaskResult.objects.filter(id__in=[j["task_id"] for j in jobs]).values(
            "id", "status", "worker_ids", "return_value"
        )
    }
    if len(tasks) != len(ids):
        problems.append(f"{label}: {len(tasks)} queue tasks found for {len(ids)} jobs")
    statuses = Counter(j["status"] for j in jobs)
    twice = sum(1 for j in jobs if j["attempts"] > 1 or len(tasks.get(j["task_id"], {}).get("worker_ids") or []) > 1)
    lost = len(ids) - sum(1 for j in jobs if j["status"] == JobStatus.SUCCEEDED)
    per_worker = Counter(w for t in tasks.values() for w in t["worker_ids"])
    span = DBTaskResult.objects.filter(id__in=list(tasks)).aggregate(first=Min("started_at"), last=Max("finished_at"))
    busy = (span["last"] - span["first"]).total_seconds() if span["first"] and span["last"] else None
    left = DBTaskResult.objects.ready().count()
    if twice:
        problems.append(f"{label}: {twice} jobs ran more than once")
    if lost:
        problems.append(f"{label}: {lost} of {len(ids)} jobs did not succeed ({dict(statuses)})")
    if left:
        problems.append(f"{label}: {left} tasks still queued after the workers exited")
    skipped = sum(1 for t in tasks.values() if t["return_value"] != JobStatus.SUCCEEDED)
    if skipped:
        problems.append(f"{label}: {skipped} tasks did not return 'succeeded'")
    return {"run_twice": twice, "lost": lost, "busy_s": busy, "per_worker": dict(sorted(per_worker.items()))}


def throughput(desk, n: int, counts: list[int], logdir: Path, problems: list[str]) -> tuple[dict, set[str]]:
    from claims.models import Job

    results, task_ids = {}, set()
    env = worker_env()
    for w in counts:
        label = f"{w}-workers"
        startup = run_workers(w, env, logdir, f"{label}-empty", problems)
        ids, enqueue_s = enqueue(desk, n, label)
        task_ids |= set(Job.objects.filter(pk__in=ids).values_list("task_id", flat=True))
        seconds = run_workers(w, env, logdir, label, problems)
        figures = verify(ids, label, problems)
        busy = figures.pop("busy_s")
        results[str(w)] = {
            "jobs_per_s": round(n / seconds, 1),
            "seconds": round(seconds, 2),
            "busy_jobs_per_s": round(n / busy, 1) if busy else None,
            "busy_s": round(busy, 2) if busy is not None else None,
            "empty_queue_s": round(startup, 2),
            "enqueue_per_s": round(n / enqueue_s, 1),
            **figures,
        }
    return results, task_ids


# -- 2. feed import ------------------------------------------------------------------------


def read_docs(path: Path, m: int) -> list[dict]:
    if not path.exists():
        sys.exit(f"{path}: not found")
    docs = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()][:m]
    if len(docs) < m:
        sys.exit(f"{path} holds {len(docs)} articles, fewer than --items {m}")
    return docs


def page_html(doc: dict) -> bytes:
    title = html.escape(doc["title"])
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", doc["text"]) if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def feed_xml(docs: list[dict], base: str) -> bytes:
    items = []
    for n, doc in enumerate(docs):
        link = f"{base}articles/{n}.html"
        stamp = datetime.fromisoformat(doc["date"]).replace(tzinfo=UTC) if doc.get("date") else None
        published = f"<pubDate>{email.utils.format_datetime(stamp)}</pubDate>" if stamp else ""
        items.append(
            f"<item><title>{html.escape(doc['title'])}</title><link>{link}</link>"
            f'<guid isPermaLink="true">{link}</guid>{published}</item>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Jobs bench</title>'
        f"<link>{base}</link><description>The first {len(docs)} bench articles</description>"
        f"{''.join(items)}</channel></rss>"
    ).encode()


class FeedServer:
    """The feed and its pages on 127.0.0.1, counting what it was asked for."""

    def __init__(self, docs: list[dict]) -> None:
        self.hits: Counter = Counter()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.pages = {f"/articles/{n}.html": page_html(doc) for n, doc in enumerate(docs)}
        self.feed = feed_xml(docs, self.base)
        self.etag = f'"{hashlib.sha256(self.feed).hexdigest()[:16]}"'
        threading.Thread(target=self.httpd.serve_forever, name="feed-server", daemon=True).start()

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/feed.xml":
                    if self.headers.get("If-None-Match") == server.etag:
                        server.hits["feed 304"] += 1
                        self.send_response(304)
                        self.send_header("ETag", server.etag)
                        self.end_headers()
                        return
                    server.hits["feed 200"] += 1
                    self._send(server.feed, "application/rss+xml; charset=utf-8", {"ETag": server.etag})
                elif self.path in server.pages:
                    server.hits["page"] += 1
                    self._send(server.pages[self.path], "text/html; charset=utf-8")
                else:
                    server.hits["404"] += 1
                    self.send_error(404)

            def _send(self, body: bytes, content_type: str, headers: dict | None = None) -> None:
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
                pass

        return Handler

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def poll_once(feed, env: dict, logdir: Path, label: str, problems: list[str]) -> tuple[float, float, int]:
    """One poll job and one batch worker: (wall seconds, the job's own seconds, articles imported)."""
    from claims.models import Article, Job, JobKind, JobStatus

    before = Article.objects.filter(feed=feed).count()
    job = Job.start(JobKind.POLL_FEED, desk=feed.desk, feed=feed, max_attempts=1)
    seconds = run_workers(1, env, logdir, label, problems)
    job.refresh_from_db()
    if job.status != JobStatus.SUCCEEDED:
        problems.append(f"{label}: the poll job {job.status}: {job.error or job.message}")
    problems.extend(f"{label}: {problem}" for problem in job.result.get("problems", []))
    busy = (job.finished - job.started).total_seconds() if job.finished and job.started else 0.0
    return seconds, busy, Article.objects.filter(feed=feed).count() - before


def feed_import(desk, docs: list[dict], logdir: Path, problems: list[str]) -> tuple[dict, set[str]]:
    from claims.models import Feed, Job, Outlet, Suggestion

    server = FeedServer(docs)
    try:
        outlet = Outlet.objects.create(desk=desk, name="Jobs bench outlet", domain="127.0.0.1")
        feed = Feed.objects.create(desk=desk, outlet=outlet, url=f"{server.base}feed.xml", licence="CC BY 2.5")
        env = worker_env(FETCH_ALLOW_PRIVATE_URLS=server.base)
        seconds, busy, imported = poll_once(feed, env, logdir, "poll-1", problems)
        first_hits = dict(server.hits)
        _, _, again = poll_once(feed, env, logdir, "poll-2", problems)
        polls = Job.objects.filter(feed=feed).count()
        suggestions = Suggestion.objects.filter(article__feed=feed).count()
    finally:
        server.close()
    second_hits = {k: v - first_hits.get(k, 0) for k, v in server.hits.items() if v - first_hits.get(k, 0)}
    if imported != len(docs):
        problems.append(f"poll-1: {imported} of {len(docs)} items imported")
    if imported and not suggestions:
        problems.append("poll-1: the imported articles have no suggestions")
    if again:
        problems.append(f"poll-2: {again} articles imported by the second poll")
    if second_hits != {"feed 304": 1}:
        problems.append(f"poll-2: the server was asked for {second_hits}, not one conditional GET answered 304")
    if polls != 2:
        problems.append(f"{polls} poll jobs for the feed, not the 2 this bench started")
    return {
        "feed_items": len(docs),
        "feed_imported": imported,
        "feed_seconds": round(seconds, 2),
        "feed_items_per_minute": round(imported / seconds * 60, 1),
        "feed_busy_s": round(busy, 2),
        "feed_busy_items_per_minute": round(imported / busy * 60, 1) if busy else None,
        "feed_suggestions": suggestions,
        "second_poll_imported": again,
        "requests": {"first_poll": first_hits, "second_poll": second_hits},
    }, set(Job.objects.filter(feed=feed).values_list("task_id", flat=True))


# -- the script ----------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=1000, help="e-mail jobs per worker count")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to measure")
    parser.add_argument("--items", type=int, default=40, help="items in the feed (at most 50: one poll's)")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="JSON lines: title, text, url, date")
    parser.add_argument("--database-url", default="", help="a database to use instead of a fresh SQLite file")
    args = parser.parse_args()
    if args.jobs < 1 or args.items < 1 or min(args.workers) < 1:
        parser.error("--jobs, --items and --workers must be at least 1")
    docs = read_docs(args.articles, args.items)
    url = args.database_url
    if not url and os.environ.get("DATABASE_URL", "").startswith(POSTGRES):
        url = os.environ["DATABASE_URL"]

    vendor, workdir = setup(url)
    from claims.feeds import MAX_ITEMS
    from claims.models import Desk

    if args.items > MAX_ITEMS:
        parser.error(f"--items: one poll reads at most {MAX_ITEMS} items")
    refuse_if_used()
    logdir = workdir or Path(tempfile.mkdtemp(prefix="claimdesk-jobs-"))
    desk = Desk.objects.create(name="Jobs bench desk", slug=DESK_SLUG)
    problems: list[str] = []
    print(f"{args.jobs:,} e-mail jobs per round on {vendor}, workers {args.workers}; a feed of {args.items} items")
    workers, task_ids = throughput(desk, args.jobs, args.workers, logdir, problems)
    feed, feed_tasks = feed_import(desk, docs, logdir, problems)
    if workdir is None:
        clean_up(desk, task_ids | feed_tasks)

    print(f"{'workers':<8}{'jobs/s':>8}{'s':>7}{'busy j/s':>10}{'busy s':>8}{'empty s':>9}{'twice':>7}{'lost':>6}  ran")
    for w, r in workers.items():
        shares = ", ".join(f"{k} {v}" for k, v in r["per_worker"].items())
        busy_rate = r["busy_jobs_per_s"] if r["busy_jobs_per_s"] is not None else "—"
        busy_s = r["busy_s"] if r["busy_s"] is not None else "—"
        print(
            f"{w:<8}{r['jobs_per_s']:>8}{r['seconds']:>7}{busy_rate!s:>10}{busy_s!s:>8}{r['empty_queue_s']:>9}"
            f"{r['run_twice']:>7}{r['lost']:>6}  {shares}"
        )
    print(f"enqueue (Job.start, in process): {', '.join(str(r['enqueue_per_s']) for r in workers.values())} jobs/s")
    print(
        f"feed: {feed['feed_imported']} of {feed['feed_items']} items imported in {feed['feed_seconds']} s "
        f"({feed['feed_items_per_minute']} a minute; the job itself {feed['feed_busy_s']} s, "
        f"{feed['feed_busy_items_per_minute']} a minute; {feed['feed_suggestions']} suggestions); second poll imported {feed['second_poll_imported']} "
        f"(server: {feed['requests']['second_poll']})"
    )
    for problem in problems:
        print(f"PROBLEM {problem}")
    if problems:
        print(f"worker logs{' and the database' if workdir else ''} kept in {logdir}")
    else:
        shutil.rmtree(logdir, ignore_errors=True)
    print(
        json.dumps(
            {
                "bench": "jobs",
                "database": vendor,
                "jobs": args.jobs,
                "workers": workers,
                **feed,
                "problems": problems,
            }
        )
    )


if __name__ == "__main__":
    main()
