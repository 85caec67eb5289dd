"""Benchmark the production stack: `make bench`. A benchmark, not a test: it reports.

    manage.py benchmark [--duration 10] [--requests 50] [--port 8790] [--no-redis] [--fresh]

It prepares a PostgreSQL database with the demo content, starts gunicorn with the production
settings and measures every page in PAGES twice: once with the database cache, once with
Redis. Per page: SQL queries, uncached server time, cached throughput (wrk, also as a ratio
to a static file of the home page's size served by the same stack), HTML bytes and the
compressed CSS + JS it links; per run the peak memory of a gunicorn worker. Each figure is
checked against TARGETS and printed as pass or short; shortfalls never fail the command.
Results go to var/bench/results.json and var/bench/results.md.

Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/leiden_bench),
BENCH_REDIS_URL (default redis://127.0.0.1:6379/15; that database is flushed).
"""

import json
import os
import platform
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import redis
from psycopg import sql

from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone, translation

from wagtail.models import Site

from leiden_site import bench_tools


@dataclass(frozen=True)
class PageSpec:
    """A page to measure: a fixed `path`, or the first live page of `model` on `host`."""

    name: str
    host: str
    path: str = ""
    model: str = ""
    query: str = ""  # appended to the URL, e.g. "?category=music" for a filtered agenda


# The pages measured, one line per page type: a new page type adds its line here.
PAGES = [
    PageSpec("home brand", "localhost", path="/nl/"),
    PageSpec("home vvv", "vvv.localhost", path="/nl/"),
    PageSpec("home expat", "expat.localhost", path="/nl/"),
    PageSpec("content page", "localhost", model="leiden_site.StandardPage"),
    PageSpec("form page", "localhost", model="leiden_site.FormPage"),
    PageSpec("agenda", "localhost", model="discoveries.EventIndexPage"),
    PageSpec(
        "agenda filtered",
        "localhost",
        model="discoveries.EventIndexPage",
        query="?when=month&free=on",
    ),
    PageSpec("event", "localhost", model="discoveries.EventPage"),
    PageSpec("places", "localhost", model="discoveries.PlaceIndexPage", query="?open_now=on"),
    PageSpec("place", "localhost", model="discoveries.PlacePage"),
    PageSpec("story", "localhost", model="discoveries.StoryPage"),
    PageSpec("route", "localhost", model="discoveries.RoutePage"),
    PageSpec(
        "venue finder", "localhost", model="discoveries.VenueIndexPage", query="?min_capacity=200"
    ),
    PageSpec("partner directory", "localhost", model="partners.PartnerIndexPage"),
    PageSpec("partner", "localhost", model="partners.PartnerPage"),
    PageSpec("board", "localhost", model="partners.BoardPage"),
    PageSpec("search", "localhost", path="/nl/search/?q=leiden"),
    PageSpec("sitemap", "localhost", path="/sitemap.xml"),
]
REFERENCE_PAGE = "home brand"  # the static reference file gets this page's size


@dataclass(frozen=True)
class PageTarget:
    key: str
    column: str  # its short name in the tables
    label: str
    limit: float
    at_least: bool = False  # False: the figure must stay at or below the limit

    def met(self, value) -> bool:
        if value is None:
            return False
        return value >= self.limit if self.at_least else value <= self.limit


PAGE_TARGETS = [
    PageTarget("sql_queries", "SQL", "≤ 15 SQL queries per page", 15),
    PageTarget("median_ms", "median", "median uncached server time ≤ 25 ms", 25),
    PageTarget(
        "static_ratio", "vs static", "cached throughput ≥ 10% of the static file's", 0.10, True
    ),
    PageTarget("asset_bytes", "CSS+JS", "CSS + JS ≤ 50 KB compressed", 50_000),
]
MEMORY_TARGET = PageTarget("peak_worker_mb", "memory", "peak worker memory ≤ 250 MB", 250)

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/leiden_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/15"
BENCH_HOSTS = "localhost,vvv.localhost,expat.localhost,127.0.0.1"
OUT_DIR = Path(settings.BASE_DIR) / "var" / "bench"
# The parent process sets this on the copy of itself that runs with production settings.
CHILD_MARKER = "LEIDEN_BENCH_CHILD"
# collectstatic comes first: the demo loader renders every page, which needs the manifest.
SETUP_STEPS = [
    ["collectstatic", "--noinput"],
    ["migrate", "--noinput"],
    ["update_translation_fields"],
    ["load_demo_data"],
]
SETUP_STEP_TIMEOUT = 900
WARMUP_REQUESTS = 6  # both workers import, compile templates and fill caches before timing
REFERENCE_FILE = "bench-reference.html"


@dataclass(frozen=True)
class Run:
    name: str
    redis: bool
    note: str


RUNS = [
    Run("database cache", False, "SQL includes the cache's own look-ups: they are SQL here."),
    Run("redis cache", True, "SQL counts the application's queries only."),
]


@dataclass(frozen=True)
class Target:
    """A resolved page: what goes on the wire."""

    name: str
    host: str
    path: str


class Command(BaseCommand):
    help = "Benchmark the production stack (PostgreSQL, gunicorn, wrk); never fails on targets."

    def add_arguments(self, parser):
        parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
        parser.add_argument(
            "--requests", type=int, default=50, help="sequential requests per page, uncached"
        )
        parser.add_argument("--port", type=int, default=8790, help="gunicorn port")
        parser.add_argument("--no-redis", action="store_true", help="skip the Redis run")
        parser.add_argument(
            "--fresh",
            action="store_true",
            help="drop and recreate the bench database (after migrations were rewritten)",
        )

    def handle(self, *args, **options):
        if os.environ.get(CHILD_MARKER) != "1":
            self.run_with_production_settings(options)
            return
        # SIGTERM becomes SystemExit, so the `with` blocks still stop gunicorn.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        self.benchmark(options)

    # --- Parent: the environment -----------------------------------------------------
    def run_with_production_settings(self, options):
        """Run this command again under the production settings, against the bench database.

        Settings are fixed when a process starts, and the ORM is needed (page URLs, query
        counts), so the command re-runs itself instead of passing SQL around in scripts.
        """
        with tempfile.TemporaryDirectory(prefix="leiden-bench-static-") as static_root:
            env = bench_environment(options["port"], static_root)
            command = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "benchmark"]
            command += [f"--duration={options['duration']}", f"--requests={options['requests']}"]
            command += [f"--port={options['port']}"]
            command += [
                f"--{flag}" for flag in ("no-redis", "fresh") if options[flag.replace("-", "_")]
            ]
            with subprocess.Popen(
                command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
            ) as child:
                for line in child.stdout:
                    self.stdout.write(line, ending="")
            if child.returncode != 0:
                raise CommandError(f"The benchmark stopped with exit status {child.returncode}.")

    # --- Child: the benchmark itself -------------------------------------------------
    def benchmark(self, options):
        started = time.monotonic()
        if not bench_tools.port_is_free(options["port"]):
            raise CommandError(f"Port {options['port']} is in use; pass --port.")
        self.prepare_database(options["fresh"])
        targets = resolve_pages()
        reference_bytes = self.write_reference_file(targets)
        runs = [
            self.measure_run(run, targets, reference_bytes, options)
            for run in RUNS
            if not (run.redis and options["no_redis"])
        ]
        results = results_document(runs, options, reference_bytes, time.monotonic() - started)
        markdown = render_markdown(results)
        write_results(results, markdown)
        self.stdout.write("")
        self.stdout.write(markdown)
        self.stdout.write(f"Written to {OUT_DIR / 'results.json'} and {OUT_DIR / 'results.md'}.")

    def prepare_database(self, fresh: bool):
        database = settings.DATABASES["default"]
        if fresh:
            # The demo images belong to the database dropped here.
            shutil.rmtree(OUT_DIR / "media", ignore_errors=True)
        created = ensure_postgres_database(database, fresh)
        self.stdout.write(f"Database {database['NAME']}: {'created' if created else 'exists'}.")
        log_path = OUT_DIR / "setup.log"
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        log_path.write_text("")
        for step in SETUP_STEPS:
            began = time.monotonic()
            run_manage(step, log_path)
            self.stdout.write(f"  {' '.join(step)}: {time.monotonic() - began:.1f}s")
        # This process read the manifest (then empty) at start-up, before collectstatic wrote
        # it; the in-process page renders need the fresh one.
        storage = staticfiles_storage
        storage.hashed_files, storage.manifest_hash = storage.load_manifest()

    def write_reference_file(self, targets) -> int:
        """A plain file of the home page's size in STATIC_ROOT: whitenoise serves it.

        It must exist before gunicorn starts, because whitenoise lists STATIC_ROOT once.
        """
        home = next(target for target in targets if target.name == REFERENCE_PAGE)
        size = len(get_in_process(home).content)
        line = b"<p>A static file as large as the home page, the physical reference.</p>\n"
        content = (line * (size // len(line) + 1))[:size]
        (Path(settings.STATIC_ROOT) / REFERENCE_FILE).write_bytes(content)
        return size

    def measure_run(self, run, targets, reference_bytes, options) -> dict:
        self.stdout.write(f"\nRun: {run.name}")
        env = dict(os.environ)
        if run.redis:
            env["REDIS_URL"] = os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL)
            problem = flush_redis(env["REDIS_URL"])
            if problem:
                self.stdout.write(self.style.WARNING(f"  skipped: Redis unavailable ({problem})"))
                return {"name": run.name, "note": run.note, "skipped": problem}
        else:
            caches["default"].clear()  # no page-cache hits left over from an earlier run
        queries = count_queries(targets, stand_in_cache(run))
        self.stdout.write("  SQL queries counted in-process.")
        log = OUT_DIR / f"gunicorn-{run.name.replace(' ', '-')}.log"
        port = options["port"]
        with bench_tools.Gunicorn(port, {**env, "PAGE_CACHE_SECONDS": "0"}, log) as server:
            uncached = {t.name: measure_uncached(port, t, options["requests"]) for t in targets}
            memory = [server.peak_worker_memory_kb()]
        self.stdout.write("  Uncached server time, HTML and CSS + JS measured.")
        with bench_tools.Gunicorn(port, env, log) as server:
            static = bench_tools.run_wrk(
                port, f"localhost:{port}", f"/static/{REFERENCE_FILE}", options["duration"]
            )
            self.stdout.write(f"  static reference: {static['requests_per_second']:.0f} req/s")
            cached = {}
            for target in targets:
                cached[target.name] = measure_cached(port, target, options["duration"])
                rps = cached[target.name]["requests_per_second"]
                self.stdout.write(f"  {target.name}: {rps:.0f} req/s")
            memory.append(server.peak_worker_memory_kb())
        pages = [
            page_row(t, queries[t.name], uncached[t.name], cached[t.name], static) for t in targets
        ]
        return {
            "name": run.name,
            "note": run.note,
            "static_reference": {"bytes": reference_bytes, **static},
            "peak_worker_mb": round(max(memory) / 1024, 1),
            "pages": pages,
        }


# --- Environment and set-up ----------------------------------------------------------------
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


def ensure_postgres_database(database: dict, fresh: bool) -> bool:
    """Create the bench database if it is missing (or always, if fresh); True if created."""
    if "postgresql" not in database["ENGINE"]:
        raise CommandError("The benchmark needs PostgreSQL: set BENCH_DATABASE_URL=postgres://…")
    params = {
        "host": database["HOST"] or None,
        "port": database["PORT"] or None,
        "user": database["USER"] or None,
        "password": database["PASSWORD"] or None,
    }
    try:
        conn = psycopg.connect(dbname="postgres", autocommit=True, connect_timeout=10, **params)
    except psycopg.OperationalError as error:
        raise CommandError(f"PostgreSQL is not reachable: {error}") from error
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
    command = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *arguments]
    with log_path.open("a") as log:
        log.write(f"\n$ manage.py {' '.join(arguments)}\n")
        log.flush()
        try:
            done = subprocess.run(
                command, stdout=log, stderr=subprocess.STDOUT, timeout=SETUP_STEP_TIMEOUT
            )
        except subprocess.TimeoutExpired as error:
            raise CommandError(f"manage.py {arguments[0]} timed out; see {log_path}") from error
    if done.returncode != 0:
        tail = "".join(log_path.read_text().splitlines(keepends=True)[-20:])
        raise CommandError(
            f"manage.py {arguments[0]} failed; see {log_path}:\n{tail}\n"
            "If migrations were rewritten since the last run, run again with --fresh."
        )


def flush_redis(url: str) -> str:
    """Empty the bench Redis database; the problem as text, or "" when it worked."""
    try:
        redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2).flushdb()
    except redis.RedisError as error:
        return str(error)
    return ""


def stand_in_cache(run: Run) -> dict:
    """The cache for counting queries in-process.

    The database cache counts as the SQL it is. For Redis, local memory stands in: both are
    outside SQL, so the count is the same and the benchmark's own process needs no Redis.
    """
    if run.redis:
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    return settings.CACHES


# --- Pages ---------------------------------------------------------------------------------
def resolve_pages() -> list[Target]:
    port = settings.SITE_PORT
    # The Host header carries the port, as a browser's would, so it matches the Site rows.
    return [Target(spec.name, f"{spec.host}:{port}", page_path(spec)) for spec in PAGES]


def page_path(spec: PageSpec) -> str:
    if spec.path:
        return spec.path + spec.query
    site = Site.objects.get(hostname=spec.host)
    page = (
        apps.get_model(spec.model)
        .objects.live()
        .descendant_of(site.root_page, inclusive=True)
        .order_by("path")
        .first()
    )
    if page is None:
        raise CommandError(f"No live {spec.model} on {spec.host}: is the demo data loaded?")
    with translation.override("nl"):
        return page.get_url(current_site=site) + spec.query


def get_in_process(target: Target):
    # A new Client per request: every measured visit is a first visit, without cookies.
    return Client().get(target.path, HTTP_HOST=target.host)


def count_queries(targets: list[Target], cache_settings: dict) -> dict[str, int]:
    """SQL per page with warm caches and the page cache off: what a cache miss costs."""
    counts = {}
    with override_settings(PAGE_CACHE_SECONDS=0, CACHES=cache_settings):
        for target in targets:
            get_in_process(target)  # fills the site-root and settings caches
            with CaptureQueriesContext(connection) as captured:
                get_in_process(target)
            counts[target.name] = len(captured.captured_queries)
    return counts


# --- Measuring over HTTP ---------------------------------------------------------------
def measure_uncached(port: int, target: Target, count: int) -> dict:
    for _ in range(WARMUP_REQUESTS):
        bench_tools.fetch(port, target.host, target.path)
    seconds, statuses = bench_tools.timed_gets(port, target.host, target.path, count)
    page = bench_tools.fetch(port, target.host, target.path)
    asset_bytes, missing = linked_asset_bytes(port, target.host, page.body)
    return {
        "status": page.status,
        "statuses": sorted(statuses),
        "median_ms": round(statistics.median(seconds) * 1000, 2),
        "p99_ms": round(bench_tools.percentile(seconds, 0.99) * 1000, 2),
        "html_bytes": len(page.body),
        "asset_bytes": asset_bytes,
        "assets_missing": missing,
    }


def linked_asset_bytes(port: int, host: str, html: bytes) -> tuple[int, list[str]]:
    """Bytes on the wire of the CSS and JS a page links, gzip accepted as browsers do."""
    total, missing = 0, []
    for url in bench_tools.linked_assets(html):
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        asset = bench_tools.fetch(port, parts.netloc or host, path, {"Accept-Encoding": "gzip"})
        if asset.status == 200:
            total += len(asset.body)
        else:
            missing.append(f"{url} ({asset.status})")
    return total, missing


def measure_cached(port: int, target: Target, duration: int) -> dict:
    # Two requests: the first may fill the page cache, the second shows whether it serves.
    bench_tools.fetch(port, target.host, target.path)
    second = bench_tools.fetch(port, target.host, target.path)
    result = bench_tools.run_wrk(port, target.host, target.path, duration)
    return {"page_cache": second.headers.get("x-page-cache", "not cached"), **result}


def page_row(target, sql_queries, uncached, cached, static) -> dict:
    row = {
        "page": target.name,
        "host": target.host,
        "path": target.path,
        "sql_queries": sql_queries,
        **uncached,
        "requests_per_second": cached["requests_per_second"],
        "static_ratio": round(cached["requests_per_second"] / static["requests_per_second"], 3),
        "wrk_p50_ms": cached["p50_ms"],
        "wrk_p99_ms": cached["p99_ms"],
        "wrk_errors": cached["errors"],
        "page_cache": cached["page_cache"],
    }
    row["short"] = [t.column for t in PAGE_TARGETS if not t.met(row[t.key])]
    if row["status"] != 200:
        row["short"].append(f"status {row['status']}")
    return row


# --- Results ---------------------------------------------------------------------------
def results_document(runs, options, reference_bytes, seconds) -> dict:
    for run in runs:
        if "skipped" not in run:
            run["memory_short"] = not MEMORY_TARGET.met(run["peak_worker_mb"])
    return {
        "date": timezone.localtime().isoformat(timespec="seconds"),
        # The load average tells a reader whether other work on the machine skewed the run.
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_1min": round(os.getloadavg()[0], 1),
        },
        "options": {
            "wrk": f"-t2 -c8 -d{options['duration']}s",
            "uncached_requests": options["requests"],
            "gunicorn_workers": 2,
            "page_cache_seconds": settings.PAGE_CACHE_SECONDS,
        },
        "reference_bytes": reference_bytes,
        "targets": [t.label for t in PAGE_TARGETS] + [MEMORY_TARGET.label],
        "runs": runs,
        "seconds": round(seconds, 1),
    }


def verdict(short: bool) -> str:
    return "short" if short else "pass"


def kb(size: int) -> str:
    return f"{size / 1000:.1f}"


def render_markdown(results: dict) -> str:
    stamp = datetime.fromisoformat(results["date"]).strftime("%Y-%m-%d %H:%M")
    options = results["options"]
    lines = [
        f"Benchmark of {stamp} ({results['machine']['cpus']} CPUs, load average "
        f"{results['machine']['load_average_1min']} at the end; gunicorn "
        f"{options['gunicorn_workers']} workers; wrk {options['wrk']}; "
        f"{options['uncached_requests']} uncached requests per page; "
        f"took {results['seconds']:.0f}s).",
    ]
    for run in results["runs"]:
        lines += ["", f"**{run['name']}**", ""]
        if "skipped" in run:
            lines.append(f"Skipped: {run['skipped']}")
            continue
        lines += run_table(run) + ["", run["note"]]
    lines += ["", *targets_table(results["runs"])]
    return "\n".join(lines) + "\n"


def targets_table(runs: list[dict]) -> list[str]:
    """One line per target: pass, or short with the pages that miss it, per run."""
    measured = [run for run in runs if "skipped" not in run]
    lines = [
        "| target | " + " | ".join(run["name"] for run in measured) + " |",
        "|---|" + "---|" * len(measured),
    ]
    for target in PAGE_TARGETS:
        cells = []
        for run in measured:
            missed = [row["page"] for row in run["pages"] if target.column in row["short"]]
            cells.append(f"short ({', '.join(missed)})" if missed else "pass")
        lines.append(f"| {target.label} | " + " | ".join(cells) + " |")
    memory = [
        f"{verdict(run['memory_short'])} ({run['peak_worker_mb']:.0f} MB)" for run in measured
    ]
    lines.append(f"| {MEMORY_TARGET.label} | " + " | ".join(memory) + " |")
    return lines


def run_table(run: dict) -> list[str]:
    header = (
        "| page | URL | SQL | median ms | p99 ms | cached req/s | vs static | wrk p50 ms "
        "| wrk p99 ms | errors | HTML KB | CSS+JS KB | page cache | targets |"
    )
    lines = [header, "|" + "---|" * 14]
    for row in run["pages"]:
        targets = "pass" if not row["short"] else "short: " + ", ".join(row["short"])
        cells = [
            row["page"],
            f"`{row['host'].split(':')[0]}{row['path']}`",
            row["sql_queries"],
            f"{row['median_ms']:.1f}",
            f"{row['p99_ms']:.1f}",
            f"{row['requests_per_second']:.0f}",
            f"{row['static_ratio']:.0%}",
            f"{row['wrk_p50_ms']:.1f}",
            f"{row['wrk_p99_ms']:.1f}",
            row["wrk_errors"],
            kb(row["html_bytes"]),
            kb(row["asset_bytes"]),
            row["page_cache"],
            targets,
        ]
        lines.append("| " + " | ".join(str(cell) for cell in cells) + " |")
    static = run["static_reference"]
    lines.append(
        f"| static file (reference) | `/static/{REFERENCE_FILE}` | – | – | – "
        f"| {static['requests_per_second']:.0f} | 100% | {static['p50_ms']:.1f} "
        f"| {static['p99_ms']:.1f} | {static['errors']} | {kb(static['bytes'])} | – | – | – |"
    )
    return lines


def write_results(results: dict, markdown: str) -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    (OUT_DIR / "results.md").write_text(markdown)
