"""Periodic jobs: a small registry and the loop step that `manage.py run_scheduler` repeats.

Apps register their jobs in `AppConfig.ready()` with `register_job(...)`, so the core
names no app's model. Every server may run a scheduler: before a run, each claims the
job's row in one conditional UPDATE (`ScheduledJob.claim`), which the database grants to
one of them only, on PostgreSQL and SQLite alike. Jobs are idempotent anyway, so a run
that is repeated after a crash does no harm.
"""

import logging
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.utils import timezone

from .models import ScheduledJob

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    name: str
    run: Callable[[], str]  # does the work; returns what it did, for the log
    every: timedelta = timedelta(days=1)
    at: time | None = None  # a daily job's local time (TIME_ZONE); `every` is then ignored
    # Another scheduler may take the job over when a run holds it longer than this.
    lease: timedelta = timedelta(minutes=30)

    def next_run_after(self, moment: datetime) -> datetime:
        if self.at is None:
            return moment + self.every
        local = timezone.localtime(moment)
        candidate = local.replace(hour=self.at.hour, minute=self.at.minute, second=0, microsecond=0)
        if candidate <= local:
            candidate += timedelta(days=1)
        return candidate

    def first_run(self, moment: datetime) -> datetime:
        return moment if self.at is None else self.next_run_after(moment)


_registry: dict[str, Job] = {}


def register_job(job: Job) -> None:
    _registry[job.name] = job


def registered_jobs() -> list[Job]:
    return sorted(_registry.values(), key=lambda job: job.name)


def default_runner_id() -> str:
    return f"{socket.gethostname()}-{uuid.uuid4().hex[:8]}"[:100]


def run_due_jobs(runner: str, now: datetime | None = None) -> list[str]:
    """Run every registered job that is due and not held by another scheduler; return
    the names of the jobs this call ran."""
    now = now or timezone.now()
    ran = []
    for job in registered_jobs():
        ScheduledJob.objects.get_or_create(
            name=job.name, defaults={"next_run_at": job.first_run(now)}
        )
        if not ScheduledJob.claim(job.name, now, job.next_run_after(now), job.lease, runner):
            continue
        outcome, error = "", ""
        try:
            outcome = job.run() or ""
            logger.info("Scheduled job %s: %s", job.name, outcome)
        except Exception as exc:  # one broken job must not stop the others
            error = f"{type(exc).__name__}: {exc}"
            logger.exception("Scheduled job %s failed", job.name)
        ScheduledJob.release(job.name, runner, timezone.now(), outcome, error)
        ran.append(job.name)
    return ran
