"""Resilience: a PostgreSQL restart costs visitors nothing (real gunicorn, real PostgreSQL).

Find these tests with `pytest -k resilience`. They run only when DATABASE_URL points at
PostgreSQL (CI runs the suite there too) and skip otherwise.

Gunicorn (one worker, production settings) serves a database of its own, made from scratch
like a deployment (migrate, update_translation_fields, setup_sites, collectstatic). A
restart is simulated by terminating every server connection of that database: the worker
keeps its connection between requests (CONN_MAX_AGE), so the next request finds it dead.
With CONN_HEALTH_CHECKS Django notices and reconnects; without, that request is a 500.
"""

import os
import secrets
import subprocess
import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

from tests.quality.servers import fetch, gunicorn
from tests.quality.tools import ROOT

DATABASE_URL = os.environ.get("DATABASE_URL", "")
APP_DATABASE = "leiden_resilience"
RESTARTS = 3
REQUESTS_AFTER_RESTART = 3
STEP_TIMEOUT = 600  # a migrate from scratch on a busy CI machine is slow, never this slow

pytestmark = pytest.mark.skipif(
    not DATABASE_URL.startswith(("postgres://", "postgresql://")),
    reason="needs DATABASE_URL=postgres://…: it terminates real PostgreSQL connections",
)


def database_url(name: str) -> str:
    return urlunsplit(urlsplit(DATABASE_URL)._replace(path=f"/{name}"))


def admin_connection() -> psycopg.Connection:
    return psycopg.connect(database_url("postgres"), autocommit=True, connect_timeout=10)


def recreate_database() -> None:
    with admin_connection() as conn:
        name = sql.Identifier(APP_DATABASE)
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(name))


def drop_database() -> None:
    with admin_connection() as conn:
        name = sql.Identifier(APP_DATABASE)
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


def restart_postgres_for_app() -> int:
    """What a PostgreSQL restart does to the app: every connection it holds is gone."""
    with admin_connection() as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [APP_DATABASE],
        ).fetchall()
    return len(rows)


def production_env(tmp_path) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE", "PAGE_CACHE_SECONDS")
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "leiden_site.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": database_url(APP_DATABASE),
            "ALLOWED_HOSTS": "localhost,vvv.localhost,expat.localhost",
            "SECURE_SSL_REDIRECT": "0",  # gunicorn speaks plain http here
            "STATIC_ROOT": str(tmp_path / "static"),
            "MEDIA_ROOT": str(tmp_path / "media"),
            # Every request renders the page, so every request needs the database.
            "PAGE_CACHE_SECONDS": "0",
        }
    )
    return env


def manage(env: dict[str, str], *arguments: str) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *arguments],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
    )
    assert done.returncode == 0, f"manage.py {' '.join(arguments)} failed:\n{done.stderr}"


@pytest.fixture(scope="module")
def app_server(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("resilience")
    env = production_env(tmp_path)
    recreate_database()
    try:
        for step in (
            ["migrate", "--noinput"],
            ["update_translation_fields"],
            ["setup_sites"],
            ["collectstatic", "--noinput"],
        ):
            manage(env, *step)
        with gunicorn(env, tmp_path / "gunicorn.log", workers=1) as server:
            yield server
    finally:
        drop_database()


def home_status(server) -> int:
    return fetch(f"{server.url}/nl/", "localhost")


def test_resilience_pages_are_served_after_postgres_restarts(app_server):
    assert home_status(app_server) == 200
    for restart in range(1, RESTARTS + 1):
        terminated = restart_postgres_for_app()
        # The worker kept its connection after the last request: there was one to lose.
        assert terminated >= 1, f"restart {restart}: the app held no connection"
        statuses = [home_status(app_server) for _ in range(REQUESTS_AFTER_RESTART)]
        assert statuses == [200] * REQUESTS_AFTER_RESTART, (
            f"restart {restart}: statuses {statuses}; see {app_server.log_path}"
        )
