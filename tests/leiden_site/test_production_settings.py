"""Production settings come from the environment and pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_overrides):
    # The browser tests allow async-unsafe ORM calls in this process; production must not.
    unset = {"SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env.update({"DJANGO_SETTINGS_MODULE": "leiden_site.settings.production", **env_overrides})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_deploy_check_passes_with_no_warning():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={
            "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/leiden",
            "ALLOWED_HOSTS": "leiden.example",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_missing_secret_key_fails_loudly():
    result = run_manage(
        "check",
        env_overrides={"DATABASE_URL": "postgres://postgres@127.0.0.1:5432/leiden"},
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_missing_database_url_fails_loudly():
    result = run_manage("check", env_overrides={"SECRET_KEY": "s" * 60})
    assert result.returncode != 0
    assert "DATABASE_URL" in result.stderr
