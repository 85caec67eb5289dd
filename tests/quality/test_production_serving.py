"""Production serving: gunicorn with the repository's config, whitenoise's hashed and
compressed static files with long cache headers, an access log that names the request, and
a compose file that describes the whole stack."""

import json
import os
import secrets
import subprocess
import sys
import time
import uuid

import pytest
import requests
import yaml

from tests.quality.servers import free_port, gunicorn
from tests.quality.tools import ROOT

GUNICORN_CONFIG = ROOT / "deploy" / "gunicorn.conf.py"
ONE_YEAR_OR_MORE = 365 * 24 * 3600
PROXY_HEADERS = {"Host": "leiden.example", "X-Forwarded-Proto": "https"}


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    """Static files need no database: this one points at a port where none listens."""
    tmp_path = tmp_path_factory.mktemp("serving")
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
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
    collected = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert collected.returncode == 0, collected.stderr
    with gunicorn(env, tmp_path / "gunicorn.log", config=GUNICORN_CONFIG) as server:
        yield server, tmp_path / "static"


def hashed_name(static_root, original: str) -> str:
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    return manifest["paths"][original]


def a_stylesheet(static_root) -> str:
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    return next(name for name in manifest["paths"] if name.startswith("css/"))


def test_hashed_static_files_are_cached_for_a_year_and_compressed(production_server):
    server, static_root = production_server
    stylesheet = a_stylesheet(static_root)
    hashed = hashed_name(static_root, stylesheet)
    assert hashed != stylesheet
    response = requests.get(
        f"{server.url}/static/{hashed}",
        headers={**PROXY_HEADERS, "Accept-Encoding": "gzip"},
        timeout=30,
    )
    assert response.status_code == 200
    cache_control = response.headers["Cache-Control"]
    max_age = int(cache_control.split("max-age=")[1].split(",")[0])
    assert max_age >= ONE_YEAR_OR_MORE
    assert "immutable" in cache_control
    assert response.headers["Content-Encoding"] == "gzip"


def test_unhashed_static_names_are_not_cached_for_long(production_server):
    server, static_root = production_server
    response = requests.get(
        f"{server.url}/static/{a_stylesheet(static_root)}", headers=PROXY_HEADERS, timeout=30
    )
    assert response.status_code == 200
    assert "immutable" not in response.headers.get("Cache-Control", "")


def test_access_log_names_the_request_id(production_server):
    server, _static_root = production_server
    request_id = str(uuid.uuid4())
    response = requests.get(
        f"{server.url}/healthz", headers={**PROXY_HEADERS, "X-Request-ID": request_id}, timeout=30
    )
    assert response.status_code == 200
    # Gunicorn writes the access line after the response has gone out: wait for it a little.
    deadline = time.monotonic() + 10
    while True:
        access_lines = [
            line for line in server.log_path.read_text().splitlines() if "/healthz" in line
        ]
        if any(f"request_id={request_id}" in line for line in access_lines):
            break
        assert time.monotonic() < deadline, access_lines
        time.sleep(0.1)


def compose_services() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]


def test_compose_runs_the_whole_stack_from_one_image():
    services = compose_services()
    assert set(services) >= {"postgres", "redis", "web", "worker", "scheduler"}
    app_services = ("migrate", "web", "worker", "scheduler")
    assert {services[name]["image"] for name in app_services} == {"leiden-site"}
    assert services["web"]["command"][-1] == "deploy/gunicorn.conf.py"
    assert "db_worker" in services["worker"]["command"]
    assert "run_scheduler" in services["scheduler"]["command"]
    for name in ("web", "worker", "scheduler"):
        assert services[name]["depends_on"]["migrate"] == {
            "condition": "service_completed_successfully"
        }


def test_compose_takes_every_secret_from_the_environment():
    environment = compose_services()["web"]["environment"]
    assert environment["SECRET_KEY"].startswith("${SECRET_KEY:?")
    assert "${POSTGRES_PASSWORD:?" in environment["DATABASE_URL"]
    assert environment["DJANGO_SETTINGS_MODULE"] == "leiden_site.settings.production"
