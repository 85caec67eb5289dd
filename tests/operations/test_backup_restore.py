"""Backup and restore: `manage.py backup` on one machine, `manage.py restore` on an empty
one, and the second shows the same sites.

Each "machine" is a database and a media folder of its own, used by subprocesses the way
`make backup` and `make restore` use them. On PostgreSQL (DATABASE_URL=postgres://…) the
databases are real PostgreSQL databases, dumped with pg_dump; otherwise SQLite files.
"""

import json
import os
import subprocess
import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

from tests.quality.tools import ROOT

DATABASE_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRES = DATABASE_URL.startswith(("postgres://", "postgresql://"))
STEP_TIMEOUT = 900  # migrate and the demo loader from scratch on a busy machine

ADD_FORM_SUBMISSION = """
from wagtail.contrib.forms.models import FormSubmission
from leiden_site.models import FormPage
page = FormPage.objects.live().order_by("pk").first()
FormSubmission.objects.create(page=page, form_data={"name": "Anna de Vries", "message": "Hoi"})
"""


def postgres_url(name: str) -> str:
    return urlunsplit(urlsplit(DATABASE_URL)._replace(path=f"/{name}"))


def recreate_postgres(name: str) -> None:
    with psycopg.connect(postgres_url("postgres"), autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_postgres(name: str) -> None:
    with psycopg.connect(postgres_url("postgres"), autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


class Machine:
    """A database and a media folder, empty until something runs on them."""

    def __init__(self, name: str, tmp_path):
        self.folder = tmp_path / name
        self.folder.mkdir()
        self.database = f"ops_backup_{name}_{os.getpid()}"
        if ON_POSTGRES:
            recreate_postgres(self.database)
            database_url = postgres_url(self.database)
        else:
            database_url = f"sqlite:///{self.folder / 'db.sqlite3'}"
        self.env = {
            k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "PAGE_CACHE_SECONDS")
        }
        self.env.update(
            {
                "DJANGO_SETTINGS_MODULE": "leiden_site.settings.dev",
                "DATABASE_URL": database_url,
                "MEDIA_ROOT": str(self.folder / "media"),
                "BACKUP_DIR": str(self.folder / "backups"),
                "DEMO_PASSWORD": "a-backup-test-password",
            }
        )

    def run(self, *arguments: str) -> str:
        done = subprocess.run(
            [sys.executable, *arguments],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
        )
        assert done.returncode == 0, f"{' '.join(arguments)} failed:\n{done.stderr[-4000:]}"
        return done.stdout

    def manage(self, *arguments: str) -> str:
        return self.run("manage.py", *arguments)

    def snapshot(self) -> dict:
        return json.loads(self.run("-m", "tests.operations.state_snapshot"))

    def remove(self) -> None:
        if ON_POSTGRES:
            drop_postgres(self.database)


@pytest.fixture
def machines(tmp_path):
    made = []

    def make(name: str) -> Machine:
        machine = Machine(name, tmp_path)
        made.append(machine)
        return machine

    yield make
    for machine in made:
        machine.remove()


def test_a_backup_restores_the_same_sites_on_an_empty_machine(machines):
    source = machines("source")
    source.manage("migrate", "--noinput", "-v", "0")
    source.manage("update_translation_fields")
    # The snapshot makes the one rendition it compares; the other pages need none.
    source.manage("load_demo_data", "--skip-rendering")
    source.manage("shell", "-c", ADD_FORM_SUBMISSION)
    archive = source.manage("backup").strip().splitlines()[-1]
    assert archive.endswith(".tar")

    target = machines("target")
    target.manage("restore", "--noinput", archive)

    before, after = source.snapshot(), target.snapshot()
    assert after["counts"] == before["counts"]
    assert all(count > 0 for count in after["counts"].values()), after["counts"]
    assert after["pages by type"] == before["pages by type"]
    for language in ("nl", "en", "de"):
        assert after["samples"][language] == before["samples"][language], language
    # The languages really differ, so the comparison above covers three translations.
    assert after["samples"]["nl"]["partners"] != after["samples"]["en"]["partners"]
    assert after["image"] == before["image"]
    assert after["image"]["original bytes"] > 0
    assert after["image"]["rendition status"] == 200
    assert after["image"]["original status"] == 200
    assert after["home status"] == {"nl": 200, "en": 200, "de": 200}


def test_restore_refuses_a_file_that_is_not_a_backup(machines, tmp_path):
    target = machines("stranger")
    stray = tmp_path / "holiday-pictures.tar"
    subprocess.run(["tar", "-cf", str(stray), "-T", "/dev/null"], check=True)
    done = subprocess.run(
        [sys.executable, "manage.py", "restore", "--noinput", str(stray)],
        env=target.env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
    )
    assert done.returncode != 0
    assert "not a Leiden backup" in done.stderr
