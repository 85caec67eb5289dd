"""Benchmark the production stack: `make bench`. A benchmark, not a test: it reports.

    python -m tools.bench [--duration 10] [--requests 50] [--port 8790] [--no-redis] [--fresh]
                          [--only NAMES] [--keep-data] [--no-lighthouse] [--lighthouse-loads 3]

It prepares a PostgreSQL database with the demo content, starts gunicorn with the production
settings and measures every page in pages.PAGES twice: once with the database cache, once
with Redis. Per page: SQL queries, uncached server time, cached throughput (wrk, also as a
ratio to a static file of the home page's size served by the same stack), HTML bytes and the
compressed CSS + JS it links; per run the peak memory of a gunicorn worker; in the first
run, the Lighthouse (mobile) performance of the home pages. Each figure is
checked against pages.PAGE_TARGETS and printed as pass or short; shortfalls never fail the
run. Results go to var/bench/results.json and var/bench/results.md. docs/benchmark.md has
the method.

Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/leiden_bench),
BENCH_REDIS_URL (default redis://127.0.0.1:6379/15; that database is flushed).
"""

import argparse
import os
import signal
import sys

import django

from tools.bench import BenchError


def parse_options(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(
        prog="python -m tools.bench",
        description=(
            "Benchmark the production stack (PostgreSQL, gunicorn, wrk); never fails on targets."
        ),
    )
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
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated page names (as in the report) to measure, e.g. 'form page,agenda'",
    )
    parser.add_argument(
        "--keep-data",
        action="store_true",
        help="measure the bench database as it is: skip migrate and the demo loader",
    )
    parser.add_argument(
        "--no-lighthouse",
        action="store_true",
        help="skip the Lighthouse (mobile) loads of the home pages",
    )
    parser.add_argument(
        "--lighthouse-loads",
        type=int,
        default=3,
        help="Lighthouse loads per page; the median one is reported",
    )
    options = vars(parser.parse_args(argv))
    if options["lighthouse_loads"] < 1:
        parser.error("--lighthouse-loads must be at least 1 (--no-lighthouse skips Lighthouse)")
    return options


def run_system_checks() -> None:
    """What manage.py runs before a command: errors stop the benchmark, warnings are shown."""
    from django.core import checks

    issues = [issue for issue in checks.run_checks() if not issue.is_silenced()]
    for issue in issues:
        print(f"System check: {issue}", file=sys.stderr)
    if any(issue.is_serious() for issue in issues):
        raise BenchError("The system checks found errors (above).")


def main(argv: list[str] | None = None) -> int:
    options = parse_options(argv)
    # The first process runs under the development settings (or the caller's); the copy of
    # itself that measures gets the production settings from environment.py.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leiden_site.settings.dev")
    django.setup()
    # Imported only now: they use the settings and the models.
    from tools.bench import environment, run

    try:
        run_system_checks()
        if not environment.is_child():
            environment.run_with_production_settings(options)
        else:
            # SIGTERM becomes SystemExit, so the `with` blocks still stop gunicorn.
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
            run.benchmark(options)
    except BenchError as error:
        print(f"Benchmark stopped: {error}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
