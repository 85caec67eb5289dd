"""The production-stack benchmark: `python -m tools.bench` (`make bench`); docs/benchmark.md.

Neither an installed app nor a management command: `__main__` configures Django itself, and
the core apps never import this package. The modules, in the order a run uses them:

- __main__.py     options and Django set-up; the first process starts the measuring one
- environment.py  the production environment, the bench database and its set-up steps
- run.py          the measuring process, from the bench database to the results
- pages.py        the pages measured and the targets they are held to
- server.py       gunicorn in a process group of its own, one-shot GETs, worker memory
- measure.py      one run per cache: SQL counts, uncached timing, linked CSS + JS, throughput
- wrk.py          the load generator and its output
- lighthouse.py   Lighthouse (mobile) loads of the home pages, in the first run
- report.py       results.json and results.md

environment, run, pages, measure and report use the settings and the models: __main__
imports them only after django.setup(). server, wrk and lighthouse import nothing of Django.
"""

from pathlib import Path

# The project root: manage.py, gunicorn's working directory, and var/bench/ below it.
ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "var" / "bench"


class BenchError(Exception):
    """A problem that ends the benchmark with a message instead of a traceback."""
