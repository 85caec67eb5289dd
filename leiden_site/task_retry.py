"""Queued work is retried with backoff and never dropped.

A task that fails goes back into the queue as the same row (so staff see one entry per
piece of work, with its last error) until RETRY_DELAYS run out: six tries over almost
two hours, enough to outlast a mail server's restart or a night-time maintenance window.
After the last try it stays failed, with its error, under Reports → Background tasks,
where staff may retry it.
"""

import logging
from datetime import timedelta

from django_tasks.base import TaskResultStatus
from django_tasks.signals import task_finished
from django_tasks_db.models import DBTaskResult

from django.db.models import QuerySet
from django.dispatch import receiver
from django.utils import timezone

logger = logging.getLogger(__name__)

# The wait before the 2nd, 3rd, … try; a task gets len(RETRY_DELAYS) + 1 tries in all.
RETRY_DELAYS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(minutes=30),
    timedelta(hours=1),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1


def attempts(db_result: DBTaskResult) -> int:
    # The worker appends its id to worker_ids each time it claims the task.
    return len(db_result.worker_ids)


def task_label(db_result: DBTaskResult) -> str:
    # The function's name, read from the stored path: DBTaskResult.task_name imports the
    # task and binds it to a backend, which fails when the task is gone or TASKS changed.
    return db_result.task_path.rsplit(".", 1)[-1]


def failed_tasks() -> QuerySet:
    """Tasks that gave up after their last try."""
    return DBTaskResult.objects.failed()


def troubled_tasks() -> QuerySet:
    """Failed tasks and tasks waiting for another try: each has an error to show."""
    waiting = DBTaskResult.objects.filter(status=TaskResultStatus.READY).exclude(traceback="")
    return (DBTaskResult.objects.failed() | waiting).order_by("-enqueued_at")


@receiver(task_finished)
def retry_failed_task(sender, task_result, **kwargs):
    db_result = getattr(task_result, "db_result", None)  # only the database backend's
    if db_result is None or task_result.status != TaskResultStatus.FAILED:
        return
    tries = attempts(db_result)
    if tries >= MAX_ATTEMPTS:
        logger.error(
            "Task %s (%s) gave up after %d tries: %s",
            db_result.pk,
            db_result.task_path,
            tries,
            db_result.exception_class_path,
        )
        return
    run_after = timezone.now() + RETRY_DELAYS[tries - 1]
    DBTaskResult.objects.filter(pk=db_result.pk, status=TaskResultStatus.FAILED).update(
        status=TaskResultStatus.READY, run_after=run_after, finished_at=None
    )
    logger.warning(
        "Task %s (%s) failed on try %d of %d (%s); next try at %s",
        db_result.pk,
        db_result.task_path,
        tries,
        MAX_ATTEMPTS,
        db_result.exception_class_path,
        run_after.isoformat(),
    )


def retry_now(db_result: DBTaskResult) -> bool:
    """Staff's retry: the task gets a fresh round of tries, starting at once."""
    return bool(
        DBTaskResult.objects.filter(pk=db_result.pk, status=TaskResultStatus.FAILED).update(
            status=TaskResultStatus.READY,
            run_after=timezone.now(),
            finished_at=None,
            worker_ids=[],
        )
    )
