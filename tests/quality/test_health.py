"""Health endpoints: /healthz says the process lives, /readyz that it can serve.

Load balancers ask by IP address, over plain http, every second: the answers come before
host checks, redirects, sessions and the page cache, and say nothing about the machine.
"""

import json
import os
import secrets
import uuid

import pytest
import requests

from django.test import override_settings

from tests.quality.servers import free_port, gunicorn

HEALTH_TASKS_BACKEND = "tests.quality.unreachable_queue.UnreachableQueueBackend"


def test_liveness_answers_without_the_database(client):
    # No `db` fixture: pytest-django refuses any query this test would make.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"


@override_settings(ALLOWED_HOSTS=["leiden.example"], PAGE_CACHE_SECONDS=300)
def test_probes_by_address_are_answered_not_redirected(client, db):
    for path in ("/healthz", "/readyz"):
        response = client.get(path, HTTP_HOST="10.0.3.7", HTTP_ACCEPT_LANGUAGE="de")
        assert response.status_code == 200, path
        assert "Set-Cookie" not in response.headers
        assert response["Cache-Control"] == "no-store"


def test_readiness_reports_each_part_and_nothing_else(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "tasks": "ok"}


def test_readiness_fails_when_the_cache_is_unreachable(client, db):
    closed = f"redis://127.0.0.1:{free_port()}/7"
    unreachable_redis = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": closed,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "IGNORE_EXCEPTIONS": True},
        }
    }
    with override_settings(CACHES=unreachable_redis, DJANGO_REDIS_IGNORE_EXCEPTIONS=True):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["cache"] == "failing"
    assert response.json()["database"] == "ok"
    assert closed not in response.content.decode()


@override_settings(TASKS={"default": {"BACKEND": HEALTH_TASKS_BACKEND}})
def test_readiness_fails_when_the_task_queue_is_unreachable(client, db):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["tasks"] == "failing"
    assert "refused" not in response.content.decode()


@pytest.fixture(scope="module")
def server_without_database(tmp_path_factory):
    """Production settings whose database (and so database cache) listens on no port."""
    tmp_path = tmp_path_factory.mktemp("health")
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "TASKS")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "leiden_site.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{free_port()}/ops_absent",
            "ALLOWED_HOSTS": "leiden.example",
            "STATIC_ROOT": str(tmp_path / "static"),
            "MEDIA_ROOT": str(tmp_path / "media"),
        }
    )
    with gunicorn(env, tmp_path / "gunicorn.log") as server:
        yield server


def test_database_down_is_not_ready_but_alive(server_without_database):
    request_id = str(uuid.uuid4())
    alive = requests.get(f"{server_without_database.url}/healthz", timeout=30)
    ready = requests.get(
        f"{server_without_database.url}/readyz", headers={"X-Request-ID": request_id}, timeout=30
    )
    assert alive.status_code == 200
    assert ready.status_code == 503
    assert ready.json()["status"] == "unavailable"
    assert ready.json()["database"] == "failing"
    body = ready.text.lower()
    for leak in ("127.0.0.1", "ops_absent", "postgres", "psycopg", "traceback", "connection"):
        assert leak not in body
    assert ready.headers["X-Request-ID"] == request_id


def test_production_logs_are_json_lines_with_the_request_id(server_without_database):
    request_id = str(uuid.uuid4())
    requests.get(
        f"{server_without_database.url}/readyz", headers={"X-Request-ID": request_id}, timeout=30
    )
    records = [
        json.loads(line)
        for line in server_without_database.log_path.read_text().splitlines()
        if line.startswith("{")
    ]
    failures = [r for r in records if r.get("request_id") == request_id]
    assert failures, f"no JSON log line carries {request_id}"
    assert failures[0]["level"] == "WARNING"
    assert failures[0]["message"].startswith("Readiness check")


def test_a_request_id_that_is_not_a_uuid_is_replaced(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="evil\nINJECTED log line")
    assert "INJECTED" not in response["X-Request-ID"]
    assert uuid.UUID(response["X-Request-ID"])
