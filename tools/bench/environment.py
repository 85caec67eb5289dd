"""The environment a run needs: production settings, the bench database, the set-up steps.

The benchmark starts under the development settings and runs itself again as a child
process under the production settings, against its own PostgreSQL database: settings are
fixed when a process starts, and the child needs the ORM (page URLs, query counts).
"""

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
from psycopg import sql

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage

from tools.bench import OUT_DIR, ROOT, BenchError

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/leiden_bench"
BENCH_HOSTS = "localhost,vvv.localhost,expat.localhost,127.0.0.1"
# The parent process sets this on the copy of itself that runs with production settings.
CHILD_MARKER = "LEIDEN_BENCH_CHILD"
# collectstatic comes first: the demo loader renders every page, which needs the manifest.
SETUP_STEPS = [
    ["collectstatic", "--noinput"],
    ["migrate", "--noinput"],
    ["update_translation_fields"],
    ["load_demo_data", "--force"],  # production settings, on the bench's own database
]
SETUP_STEP_TIMEOUT = 900
# Steps that need other settings than production's: the demo app is not installed there,
# and its loader keeps a record of what it made in a table of its own, which migrate makes.
STEP_SETTINGS = {
    "migrate": "tools.bench.demo_settings",
    "load_demo_data": "tools.bench.demo_settings",
}


def is_child() -> bool:
    return os.environ.get(CHILD_MARKER) == "1"


# --- Parent: start the child under production settings ----------------------------------
def run_with_production_settings(options: dict) -> None:
    """Run the benchmark again as `python -m tools.bench` with the production environment."""
    with tempfile.TemporaryDirectory(prefix="leiden-bench-static-") as static_root:
        env = bench_environment(options["port"], static_root)
        command = [sys.executable, "-m", "tools.bench"]
        command += [f"--duration={options['duration']}", f"--requests={options['requests']}"]
        command += [
            f"--port={options['port']}",
            f"--lighthouse-loads={options['lighthouse_loads']}",
        ]
        command += [
            f"--{flag}"
            for flag in ("no-redis", "fresh", "keep-data", "no-lighthouse")
            if options[flag.replace("-", "_")]
        ]
        if options["only"]:
            command += [f"--only={options['only']}"]
        with subprocess.Popen(
            command,
            env=env,
            cwd=ROOT,  # `-m tools.bench` is found from the project root
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        ) as child:
            for line in child.stdout:
                print(line, end="", flush=True)
        if child.returncode != 0:
            raise BenchError(f"The benchmark stopped with exit status {child.returncode}.")


def bench_environment(port: int, static_root: str) -> dict[str, str]:
    env = dict(os.environ)
    # The run decides these itself; values from the caller's shell would skew it.
    for name in ("REDIS_URL", "PAGE_CACHE_SECONDS", "DISCOVERIES_HOST", "VVV_HOST", "EXPAT_HOST"):
        env.pop(name, None)
    env.update(
        {
            CHILD_MARKER: "1",
            "DJANGO_SETTINGS_MODULE": "leiden_site.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),  # fresh per run, never stored
            "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL),
            "ALLOWED_HOSTS": BENCH_HOSTS,
            # Production redirects plain http to https; gunicorn here speaks plain http.
            "SECURE_SSL_REDIRECT": "0",
            "SITE_PORT": str(port),
            "STATIC_ROOT": static_root,
            # Kept between runs, like the database, so demo images stay where their rows say.
            "MEDIA_ROOT": str(OUT_DIR / "media"),
            "PYTHONUNBUFFERED": "1",  # progress lines reach the parent as they happen
        }
    )
    return env


# --- Child: the database and its content ------------------------------------------------
def prepare_database(fresh: bool, keep_data: bool = False) -> None:
    database = settings.DATABASES["default"]
    if fresh:
        # The demo images belong to the database dropped here.
        shutil.rmtree(OUT_DIR / "media", ignore_errors=True)
    created = ensure_postgres_database(database, fresh)
    print(f"Database {database['NAME']}: {'created' if created else 'exists'}.")
    log_path = OUT_DIR / "setup.log"
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    log_path.write_text("")
    # collectstatic always runs: each run has a static root of its own.
    for step in SETUP_STEPS[:1] if keep_data and not created else SETUP_STEPS:
        began = time.monotonic()
        run_manage(step, log_path)
        print(f"  {' '.join(step)}: {time.monotonic() - began:.1f}s")
    # This process read the manifest (then empty) at start-up, before collectstatic wrote
    # it; the in-process page renders need the fresh one.
    storage = staticfiles_storage
    storage.hashed_files, storage.manifest_hash = storage.load_manifest()


def ensure_postgres_database(database: dict, fresh: bool) -> bool:
    """Create the bench database if it is missing (or always, if fresh); True if created."""
    if "postgresql" not in database["ENGINE"]:
        raise BenchError("The benchmark needs PostgreSQL: set BENCH_DATABASE_URL=postgres://…")
    params = {
        "host": database["HOST"] or None,
        "port": database["PORT"] or None,
        "user": database["USER"] or None,
        "password": database["PASSWORD"] or None,
    }
    try:
        conn = psycopg.connect(dbname="postgres", autocommit=True, connect_timeout=10, **params)
    except psycopg.OperationalError as error:
        raise BenchError(f"PostgreSQL is not reachable: {error}") from error
    with conn:
        if fresh:
            name = sql.Identifier(database["NAME"])
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        found = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database["NAME"]]
        ).fetchone()
        if not found:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database["NAME"])))
    return not found


def run_manage(arguments: list[str], log_path: Path) -> None:
    """One manage.py step in a subprocess (same production env), logged, time-bounded."""
    command = [sys.executable, str(ROOT / "manage.py"), *arguments]
    env = dict(os.environ)
    if arguments[0] in STEP_SETTINGS:
        env["DJANGO_SETTINGS_MODULE"] = STEP_SETTINGS[arguments[0]]
    with log_path.open("a") as log:
        log.write(f"\n$ manage.py {' '.join(arguments)}\n")
        log.flush()
        try:
            done = subprocess.run(
                command, env=env, stdout=log, stderr=subprocess.STDOUT, timeout=SETUP_STEP_TIMEOUT
            )
        except subprocess.TimeoutExpired as error:
            raise BenchError(f"manage.py {arguments[0]} timed out; see {log_path}") from error
    if done.returncode != 0:
        tail = "".join(log_path.read_text().splitlines(keepends=True)[-20:])
        raise BenchError(
            f"manage.py {arguments[0]} failed; see {log_path}:\n{tail}\n"
            "If migrations were rewritten since the last run, run again with --fresh."
        )
