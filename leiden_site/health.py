"""Health endpoints for load balancers and orchestrators: /healthz and /readyz.

Answered by the first middleware, before host validation, the https redirect, sessions,
the page cache and the language redirect: a load balancer asks by IP address over plain
http every second, and neither answer may ever be cached. The bodies say only "ok" or
which check failed; the reason goes to the log, with the request id.

- /healthz: the process answers. Touches nothing else.
- /readyz: the database, the cache and the task queue answer; 503 when one does not.
"""

import contextlib
import logging
import uuid

from django_tasks import task_backends
from django_tasks.exceptions import TaskResultDoesNotExist

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse

logger = logging.getLogger(__name__)

LIVENESS_PATH = "/healthz"
READINESS_PATH = "/readyz"
CACHE_PROBE_KEY = "health:probe"
# A result id no task ever has: asking for it reaches the queue's store and finds nothing.
ABSENT_TASK_RESULT_ID = str(uuid.UUID(int=0))


def database_answers() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_answers() -> bool:
    # The Redis cache ignores its errors (pages serve without it), so a write that
    # cannot be read back is how an unreachable cache shows.
    token = uuid.uuid4().hex
    cache.set(CACHE_PROBE_KEY, token, timeout=30)
    return cache.get(CACHE_PROBE_KEY) == token


def task_queue_answers() -> bool:
    for backend in task_backends.all():
        if not backend.supports_get_result:
            continue  # a queue without a store of its own (it runs tasks in the request)
        with contextlib.suppress(TaskResultDoesNotExist):
            backend.get_result(ABSENT_TASK_RESULT_ID)
    return True


READINESS_CHECKS = {
    "database": database_answers,
    "cache": cache_answers,
    "tasks": task_queue_answers,
}


def _run(name: str, check) -> bool:
    try:
        return bool(check())
    except Exception:
        logger.warning("Readiness check %s failed", name, exc_info=True)
        return False


def _answer(status: int, body: dict) -> JsonResponse:
    response = JsonResponse(body, status=status)
    response["Cache-Control"] = "no-store"
    return response


def readiness() -> JsonResponse:
    results = {name: _run(name, check) for name, check in READINESS_CHECKS.items()}
    ready = all(results.values())
    body = {"status": "ok" if ready else "unavailable"}
    body.update({name: "ok" if passed else "failing" for name, passed in results.items()})
    return _answer(200 if ready else 503, body)


class HealthCheckMiddleware:
    """The first middleware: answers the two health paths and passes everything else on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD"):
            if request.path_info == LIVENESS_PATH:
                return _answer(200, {"status": "ok"})
            if request.path_info == READINESS_PATH:
                return readiness()
        return self.get_response(request)
