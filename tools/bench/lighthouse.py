"""Lighthouse (mobile) performance of the pages that have a Lighthouse target.

Lighthouse is the npm package in package.json (`npm ci` puts it in node_modules/.bin); it
drives a headless Chromium against the running gunicorn. Its default is what is wanted: a
phone (Moto G Power) on a slow 4G link with a slowed-down CPU, simulated from one unthrottled
load, so the score does not depend on how fast loopback is. A missing tool is reported as
"not measured" and the benchmark goes on. No Django imports: it only runs processes.
"""

import json
import os
import re
import shutil
import signal
import subprocess
from pathlib import Path

from tools.bench import OUT_DIR, ROOT

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# --no-sandbox: CI containers run as root, where Chromium's sandbox refuses to start.
CHROME_FLAGS = "--headless=new --no-sandbox"
AUDIT_TIMEOUT = 300  # seconds per page; a loaded machine makes Lighthouse slow
# The three metrics reported beside the score, with the unit of Lighthouse's numericValue.
METRICS = {
    "lcp_ms": "largest-contentful-paint",
    "cls": "cumulative-layout-shift",
    "tbt_ms": "total-blocking-time",
}
# Advice worth reading when a page is short: insights and diagnostics below this score.
ADVICE_BELOW = 0.9


def lighthouse_path() -> Path:
    """The project's Lighthouse, or the one BENCH_LIGHTHOUSE names."""
    return Path(os.environ.get("BENCH_LIGHTHOUSE") or LIGHTHOUSE)


def chrome_path() -> str | None:
    """CHROME_PATH when set (Lighthouse reads it too), else the first Chromium on PATH."""
    if os.environ.get("CHROME_PATH"):
        return os.environ["CHROME_PATH"]
    return next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)


def unavailable() -> str:
    """Why Lighthouse cannot run here ("" when it can), to say before the set-up."""
    path = lighthouse_path()
    if not os.access(path, os.X_OK):
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        return f"run npm ci ({shown} is missing)"
    if chrome_path() is None:
        return "no Chromium found (install chromium or set CHROME_PATH)"
    return ""


def audit_pages(port: int, targets: list, run_name: str, options: dict) -> dict:
    """The Lighthouse loads of each page that has the target, on the running gunicorn."""
    audited = [target for target in targets if target.lighthouse]
    # Reports of an earlier benchmark would pass for this one's.
    for stale in OUT_DIR.glob("lighthouse-*.json"):
        stale.unlink()
    if options["no_lighthouse"]:
        problem = "--no-lighthouse"
    elif not audited:
        problem = "none of the pages measured has a Lighthouse target"
    else:
        problem = unavailable()
    if problem:
        print(f"  Lighthouse not measured: {problem}", flush=True)
        return {"run": run_name, "skipped": problem}
    pages = []
    for target in audited:
        row = audit(port, target, options["lighthouse_loads"])
        score = "–" if row["score"] is None else f"{row['score']:.0f}"
        print(f"  Lighthouse {target.name}: {score} (loads: {loads_text(row)})", flush=True)
        pages.append(row)
    return {"run": run_name, "loads": options["lighthouse_loads"], "pages": pages}


def audit(port: int, target, loads: int) -> dict:
    """`loads` Lighthouse loads of one page; the figures of the median one.

    On a busy machine one load can score 20 points below the next (the CPU it measures is
    shared): the median of a few is what a reader can compare. Now and then a load fails to
    record its trace (NO_NAVSTART, about one in six on the loaded machine); Lighthouse says to
    run it again, so a failed load is replaced, up to as many failures as loads asked for.
    """
    # The site's host name as a browser would use it; Chromium takes *.localhost as loopback.
    url = f"http://{target.host}{target.path}"
    report_path = OUT_DIR / f"lighthouse-{slug(target.name)}.json"
    row = {
        "page": target.name,
        "host": target.host,
        "path": target.path,
        "report": str(report_path.relative_to(ROOT)),
    }
    measured, errors = [], []
    while len(measured) < loads and len(errors) < loads:
        load_path = report_path.with_suffix(f".{len(measured) + len(errors) + 1}.json")
        error = run_lighthouse(url, load_path)
        figures = {} if error else read_report(json.loads(load_path.read_text()))
        if figures.get("score") is None:
            errors.append(error or figures.get("error", "no score"))
            load_path.unlink(missing_ok=True)
        else:
            measured.append((figures, load_path))
    row |= {"scores": [figures["score"] for figures, _ in measured], "errors": errors}
    if not measured:
        return {**row, "score": None, "error": errors[-1]}
    # The lower middle one when the count is even: a shortfall is not rounded away.
    figures, median_path = sorted(measured, key=lambda item: item[0]["score"])[
        (len(measured) - 1) // 2
    ]
    median_path.replace(report_path)
    for _, load_path in measured:
        load_path.unlink(missing_ok=True)
    return {**row, **figures}


def loads_text(row: dict) -> str:
    """Every load's score, and how many failed."""
    scores = [str(score) for score in row["scores"]]
    if row["errors"]:
        scores.append(f"{len(row['errors'])} failed")
    return ", ".join(scores)


def run_lighthouse(url: str, report_path: Path) -> str:
    """Run the CLI; the problem as text, or "" when it wrote its report."""
    command = [
        str(lighthouse_path()),
        url,
        "--only-categories=performance",
        "--output=json",
        f"--output-path={report_path}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet",
    ]
    env = {**os.environ, "CHROME_PATH": chrome_path()}
    report_path.unlink(missing_ok=True)
    # A session of its own: on a timeout the group goes, Chromium with it, and nothing else.
    with subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            output, _ = process.communicate(timeout=AUDIT_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            return f"timed out after {AUDIT_TIMEOUT}s"
    if process.returncode != 0 or not report_path.exists():
        last = (output.strip().splitlines() or ["no output"])[-1]
        return f"exit status {process.returncode}: {last}"
    return ""


def read_report(report: dict) -> dict:
    """Score (0–100), the three metrics, and the advice behind a low score."""
    audits = report["audits"]
    category = report["categories"]["performance"]
    row = {
        "score": None if category["score"] is None else round(category["score"] * 100),
        **{key: audits[name].get("numericValue") for key, name in METRICS.items()},
        # How fast Lighthouse found this CPU; a loaded machine gets a low index.
        "benchmark_index": report.get("environment", {}).get("benchmarkIndex"),
        "advice": advice(report),
        "warnings": report.get("runWarnings", []),
    }
    if report.get("runtimeError"):
        row["error"] = report["runtimeError"].get("message", "runtime error")
    return row


def advice(report: dict) -> list[dict]:
    """The performance insights and diagnostics that did not pass, worst first."""
    found = []
    for ref in report["categories"]["performance"]["auditRefs"]:
        result = report["audits"][ref["id"]]
        if ref.get("group") not in ("insights", "diagnostics"):
            continue
        if result.get("score") is None or result["score"] >= ADVICE_BELOW:
            continue
        found.append(
            {
                "id": ref["id"],
                "title": result.get("title", ""),
                "value": result.get("displayValue", ""),
                "score": result["score"],
            }
        )
    return sorted(found, key=lambda item: item["score"])


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
