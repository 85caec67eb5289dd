"""The results: var/bench/results.json for machines, var/bench/results.md for people."""

import json
import os
import platform
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from tools.bench import OUT_DIR, server, wrk
from tools.bench.pages import MEMORY_TARGET, PAGE_TARGETS, REFERENCE_FILE


def results_document(runs: list[dict], options: dict, reference_bytes: int, seconds) -> dict:
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
            "wrk": wrk.options(options["duration"]),
            "uncached_requests": options["requests"],
            "gunicorn_workers": server.WORKERS,
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
