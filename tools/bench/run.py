"""The measuring process, from the bench database to the results files.

It runs under the production settings, as the child process environment.py starts.
"""

import shutil
import time

from tools.bench import OUT_DIR, BenchError, lighthouse, server
from tools.bench.environment import prepare_database
from tools.bench.measure import RUNS, measure_run, write_reference_file
from tools.bench.pages import resolve_pages
from tools.bench.report import render_markdown, results_document, write_results


def benchmark(options: dict) -> None:
    started = time.monotonic()
    if not server.port_is_free(options["port"]):
        raise BenchError(f"Port {options['port']} is in use; pass --port.")
    # Found now rather than after minutes of set-up.
    if shutil.which("wrk") is None:
        raise BenchError("wrk is not installed (apt-get install wrk).")
    # Not a reason to stop: the report says "not measured" and why.
    if not options["no_lighthouse"] and lighthouse.unavailable():
        print(f"Lighthouse will not be measured: {lighthouse.unavailable()}.")
    prepare_database(options["fresh"], options["keep_data"])
    targets = resolve_pages(options["only"])
    reference_bytes = write_reference_file()
    runs = [
        measure_run(run, targets, reference_bytes, options)
        for run in RUNS
        if not (run.redis and options["no_redis"])
    ]
    results = results_document(runs, options, reference_bytes, time.monotonic() - started)
    markdown = render_markdown(results)
    write_results(results, markdown)
    print("")
    print(markdown)
    print(f"Written to {OUT_DIR / 'results.json'} and {OUT_DIR / 'results.md'}.")
