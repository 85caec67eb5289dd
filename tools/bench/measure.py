"""One run per cache: what each page costs and how fast it is served.

Per page: SQL queries in-process, uncached server time over HTTP, the CSS + JS it links
(gzip accepted), and cached throughput with wrk; per run, a gunicorn worker's peak memory.
"""

import math
import os
import statistics
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import redis

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from tools.bench import OUT_DIR, lighthouse, server, wrk
from tools.bench.pages import PAGE_TARGETS, REFERENCE_FILE, REFERENCE_PAGE, Target, resolve_pages

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/15"
WARMUP_REQUESTS = 6  # both workers import, compile templates and fill caches before timing


@dataclass(frozen=True)
class Run:
    name: str
    redis: bool
    note: str
    lighthouse: bool = False  # the Lighthouse loads, once: this run always happens


RUNS = [
    Run(
        "database cache",
        False,
        "SQL includes the cache's own look-ups: they are SQL here.",
        lighthouse=True,
    ),
    Run("redis cache", True, "SQL counts the application's queries only."),
]


def measure_run(run: Run, targets: list[Target], reference_bytes: int, options: dict) -> dict:
    print(f"\nRun: {run.name}")
    env = dict(os.environ)
    if run.redis:
        env["REDIS_URL"] = os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL)
        problem = flush_redis(env["REDIS_URL"])
        if problem:
            print(f"  skipped: Redis unavailable ({problem})")
            return {"name": run.name, "note": run.note, "skipped": problem}
    else:
        caches["default"].clear()  # no page-cache hits left over from an earlier run
    queries = count_queries(targets, stand_in_cache(run))
    print("  SQL queries counted in-process.")
    log = OUT_DIR / f"gunicorn-{run.name.replace(' ', '-')}.log"
    port = options["port"]
    with server.Gunicorn(port, {**env, "PAGE_CACHE_SECONDS": "0"}, log) as gunicorn:
        uncached = {t.name: measure_uncached(port, t, options["requests"]) for t in targets}
        memory = [gunicorn.peak_worker_memory_kb()]
    print("  Uncached server time, HTML and CSS + JS measured.")
    with server.Gunicorn(port, env, log) as gunicorn:
        static = wrk.run_wrk(
            port, f"localhost:{port}", f"/static/{REFERENCE_FILE}", options["duration"]
        )
        print(f"  static reference: {static['requests_per_second']:.0f} req/s")
        cached = {}
        for target in targets:
            cached[target.name] = measure_cached(port, target, options["duration"])
            print(f"  {target.name}: {cached[target.name]['requests_per_second']:.0f} req/s")
        memory.append(gunicorn.peak_worker_memory_kb())
        # After the load and the memory reading, on pages the page cache serves.
        audits = (
            lighthouse.audit_pages(port, targets, run.name, options) if run.lighthouse else None
        )
    pages = [
        page_row(t, queries[t.name], uncached[t.name], cached[t.name], static) for t in targets
    ]
    return {
        "name": run.name,
        "note": run.note,
        "static_reference": {"bytes": reference_bytes, **static},
        "peak_worker_mb": round(max(memory) / 1024, 1),
        "pages": pages,
        **({"lighthouse": audits} if audits else {}),
    }


def write_reference_file() -> int:
    """A plain file of the reference page's size in STATIC_ROOT: whitenoise serves it.

    It must exist before gunicorn starts, because whitenoise lists STATIC_ROOT once.
    """
    (home,) = resolve_pages(REFERENCE_PAGE)
    size = len(get_in_process(home).content)
    line = b"<p>A static file as large as the home page, the physical reference.</p>\n"
    content = (line * (size // len(line) + 1))[:size]
    (Path(settings.STATIC_ROOT) / REFERENCE_FILE).write_bytes(content)
    return size


# --- The cache -----------------------------------------------------------------------------
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


# --- In-process: SQL queries ---------------------------------------------------------------
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


# --- Over HTTP: uncached time, linked assets, cached throughput ----------------------------
def measure_uncached(port: int, target: Target, count: int) -> dict:
    for _ in range(WARMUP_REQUESTS):
        server.fetch(port, target.host, target.path)
    seconds, statuses = timed_gets(port, target.host, target.path, count)
    page = server.fetch(port, target.host, target.path)
    asset_bytes, missing = linked_asset_bytes(port, target.host, page.body)
    return {
        "status": page.status,
        "statuses": sorted(statuses),
        "median_ms": round(statistics.median(seconds) * 1000, 2),
        "p99_ms": round(percentile(seconds, 0.99) * 1000, 2),
        "html_bytes": len(page.body),
        "asset_bytes": asset_bytes,
        "assets_missing": missing,
    }


def timed_gets(port: int, host: str, path: str, count: int) -> tuple[list[float], set[int]]:
    """Seconds per request for `count` sequential GETs, and the statuses seen.

    One HTTPConnection is reused: it keeps the connection alive where the server allows it
    and reopens it by itself where the server closes it (gunicorn's sync workers do), so
    the time is the server's plus a loopback round trip.
    """
    conn = server.connection(port)
    seconds, statuses = [], set()
    try:
        for _ in range(count):
            started = time.perf_counter()
            conn.request("GET", path, headers={"Host": host})
            response = conn.getresponse()
            response.read()
            seconds.append(time.perf_counter() - started)
            statuses.add(response.status)
    finally:
        conn.close()
    return seconds, statuses


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: with 50 samples p99 is the slowest one, not an interpolation."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(fraction * len(ordered))) - 1]


class _AssetParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        rel = (attributes.get("rel") or "").lower().split()
        if tag == "link" and "stylesheet" in rel and attributes.get("href"):
            self.urls.append(attributes["href"])
        elif tag == "script" and attributes.get("src"):
            self.urls.append(attributes["src"])


def linked_assets(html: bytes) -> list[str]:
    """Stylesheets and scripts a page links, in order, each once."""
    parser = _AssetParser()
    parser.feed(html.decode("utf-8", "replace"))
    return list(dict.fromkeys(parser.urls))


def linked_asset_bytes(port: int, host: str, html: bytes) -> tuple[int, list[str]]:
    """Bytes on the wire of the CSS and JS a page links, gzip accepted as browsers do."""
    total, missing = 0, []
    for url in linked_assets(html):
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        asset = server.fetch(port, parts.netloc or host, path, {"Accept-Encoding": "gzip"})
        if asset.status == 200:
            total += len(asset.body)
        else:
            missing.append(f"{url} ({asset.status})")
    return total, missing


def measure_cached(port: int, target: Target, duration: int) -> dict:
    # Two requests: the first may fill the page cache, the second shows whether it serves.
    server.fetch(port, target.host, target.path)
    second = server.fetch(port, target.host, target.path)
    result = wrk.run_wrk(port, target.host, target.path, duration)
    return {"page_cache": second.headers.get("x-page-cache", "not cached"), **result}


def page_row(target: Target, sql_queries: int, uncached: dict, cached: dict, static: dict) -> dict:
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
    if row["status"] != target.status:
        row["short"].append(f"status {row['status']}")
    return row
