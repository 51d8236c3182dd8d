"""Run one job worker: django-tasks-db's worker loop, plus the schedule (``claims.tasks.tick``)
in a thread beside it. Start as many as you like, on as many machines as share the database."""

from __future__ import annotations

import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection

from claims import tasks


class Command(BaseCommand):
    help = "Process the job queue (and the schedule: feed polls, recovery of jobs whose worker died)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--batch", action="store_true", help="Run the schedule once, process every ready job, then exit."
        )
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds to wait when the queue is empty.")
        parser.add_argument("--worker-id", default=None, help="A name unique among the workers (default: random).")
        parser.add_argument("--max-tasks", type=int, default=None, help="Exit after this many jobs.")

    def handle(self, *, batch: bool, interval: float, worker_id: str | None, max_tasks: int | None, **options) -> None:
        self._round()
        if not batch:
            threading.Thread(target=self._schedule, name="claimdesk-schedule", daemon=True).start()
        worker = {"worker_id": worker_id} if worker_id else {}
        call_command(
            "db_worker",
            batch=batch,
            interval=interval,
            reload=False,
            startup_delay=not batch,
            max_tasks=max_tasks,
            verbosity=options["verbosity"],
            **worker,
        )

    def _schedule(self) -> None:
        stop = threading.Event()
        while not stop.wait(settings.SCHEDULE_SECONDS):
            close_old_connections()
            self._round()
            connection.close()

    def _round(self) -> None:
        try:
            outcome = tasks.tick()
        except Exception:  # the schedule must outlive a database hiccup, and so must the worker
            tasks.logger.exception("The schedule's round failed; trying again in %s s", settings.SCHEDULE_SECONDS)
            return
        if any(outcome.values()):
            self.stdout.write(f"schedule: {outcome}")
