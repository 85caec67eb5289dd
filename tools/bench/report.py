"""The results: var/bench/results.json for machines, var/bench/results.md for people."""

import json
import os
import platform
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from tools.bench import OUT_DIR, lighthouse, server, wrk
from tools.bench.pages import LIGHTHOUSE_TARGET, MEMORY_TARGET, PAGE_TARGETS, REFERENCE_FILE


def results_document(runs: list[dict], options: dict, reference_bytes: int, seconds) -> dict:
    for run in runs:
        if "skipped" not in run:
            run["memory_short"] = not MEMORY_TARGET.met(run["peak_worker_mb"])
    # Measured in one run only, so reported beside the runs rather than inside one.
    audits = next((run.pop("lighthouse") for run in runs if "lighthouse" in run), None)
    for row in (audits or {}).get("pages", []):
        row["short"] = not LIGHTHOUSE_TARGET.met(row["score"])
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
        "targets": [t.label for t in PAGE_TARGETS] + [MEMORY_TARGET.label, LIGHTHOUSE_TARGET.label],
        "runs": runs,
        "lighthouse": audits,
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
    if results["lighthouse"]:
        lines += ["", *lighthouse_section(results["lighthouse"])]
    lines += ["", *targets_table(results["runs"], results["lighthouse"])]
    return "\n".join(lines) + "\n"


def targets_table(runs: list[dict], audits: dict | None) -> list[str]:
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
    if audits:
        cells = [
            lighthouse_verdict(audits) if run["name"] == audits["run"] else "–" for run in measured
        ]
        lines.append(f"| {LIGHTHOUSE_TARGET.label} | " + " | ".join(cells) + " |")
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


def lighthouse_verdict(audits: dict) -> str:
    if "skipped" in audits:
        return f"not measured: {audits['skipped']}"
    unmeasured = [row["page"] for row in audits["pages"] if row["score"] is None]
    missed = [row["page"] for row in audits["pages"] if row["short"] and row["score"] is not None]
    parts = [f"short ({', '.join(missed)})"] if missed else []
    parts += [f"not measured ({', '.join(unmeasured)})"] if unmeasured else []
    return "; ".join(parts) or "pass"


def lighthouse_section(audits: dict) -> list[str]:
    """The Lighthouse table: score and the metrics that make it, then advice where short."""
    lines = [f"**Lighthouse (mobile)**, in the {audits['run']} run, page cache on", ""]
    if "loads" in audits:
        lines[0] += f"; median of {audits['loads']} loads per page"
    if "skipped" in audits:
        return [*lines, f"Not measured: {audits['skipped']}."]
    lines += ["| page | URL | score | LCP s | CLS | TBT ms | loads | target |", "|" + "---|" * 8]
    for row in audits["pages"]:
        if row["score"] is None:
            cells = ["–"] * 4 + [lighthouse.loads_text(row), f"not measured: {row['error']}"]
        else:
            cells = [
                row["score"],
                f"{row['lcp_ms'] / 1000:.1f}",
                f"{row['cls']:.3f}",
                f"{row['tbt_ms']:.0f}",
                lighthouse.loads_text(row),
                verdict(row["short"]),
            ]
        url = f"`{row['host'].split(':')[0]}{row['path']}`"
        lines.append(f"| {row['page']} | {url} | " + " | ".join(str(c) for c in cells) + " |")
    indices = sorted(
        {row["benchmark_index"] for row in audits["pages"] if row.get("benchmark_index")}
    )
    lines += [
        "",
        "Lighthouse's default phone: simulated slow 4G and a 4× slower CPU. Its CPU benchmark "
        f"index here: {', '.join(f'{i:.0f}' for i in indices) or '–'} (a busy machine scores "
        "low, and so do the pages). Full reports of the median loads: "
        "`var/bench/lighthouse-*.json`.",
    ]
    for row in audits["pages"]:
        if row["short"] and row.get("advice"):
            tips = "; ".join(
                f"{tip['title']}" + (f" ({tip['value']})" if tip["value"] else "")
                for tip in row["advice"][:4]
            )
            lines.append(f"- {row['page']}: {tips}")
    return lines


def write_results(results: dict, markdown: str) -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    (OUT_DIR / "results.md").write_text(markdown)
