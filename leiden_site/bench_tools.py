"""Process and HTTP helpers for `manage.py benchmark` (no Django imports here).

Gunicorn, wrk and the HTTP client are real: the benchmark measures the production stack as
a visitor sees it, on loopback. Every wait here has a time limit, so a hung server or tool
ends the benchmark instead of blocking it.
"""

import http.client
import math
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

HTTP_TIMEOUT = 30
READY_TIMEOUT = 60
# The project root: gunicorn imports leiden_site.wsgi from here, wherever it is called from.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
STOP_TIMEOUT = 15
GRACEFUL_TIMEOUT = 5


# --- HTTP --------------------------------------------------------------------------------
@dataclass
class Fetched:
    status: int
    headers: dict[str, str]
    body: bytes


def fetch(port: int, host: str, path: str, headers: dict[str, str] | None = None) -> Fetched:
    """One GET on a fresh connection; the body is returned as sent (not decompressed)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=HTTP_TIMEOUT)
    try:
        conn.request("GET", path, headers={"Host": host, **(headers or {})})
        response = conn.getresponse()
        body = response.read()
        return Fetched(response.status, {k.lower(): v for k, v in response.getheaders()}, body)
    finally:
        conn.close()


def timed_gets(port: int, host: str, path: str, count: int) -> tuple[list[float], set[int]]:
    """Seconds per request for `count` sequential GETs, and the statuses seen.

    One HTTPConnection is reused: it keeps the connection alive where the server allows it
    and reopens it by itself where the server closes it (gunicorn's sync workers do), so
    the time is the server's plus a loopback round trip.
    """
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=HTTP_TIMEOUT)
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


# --- wrk ---------------------------------------------------------------------------------
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * _UNIT_MS[unit]


def parse_wrk(output: str) -> dict:
    """Requests/s, p50, p99 and errors from `wrk --latency` output.

    Errors are non-2xx/3xx responses plus socket errors (connect, read, write, timeout).
    """
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    p50 = re.search(r"^\s*50%\s+(\S+)", output, re.MULTILINE)
    p99 = re.search(r"^\s*99%\s+(\S+)", output, re.MULTILINE)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if not (rps and total and p50 and p99):
        raise ValueError(f"unexpected wrk output:\n{output}")
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if sockets:
        errors += sum(int(count) for count in sockets.groups())
    return {
        "requests_per_second": float(rps.group(1)),
        "requests": int(total.group(1)),
        "p50_ms": _ms(p50.group(1)),
        "p99_ms": _ms(p99.group(1)),
        "errors": errors,
    }


def run_wrk(port: int, host: str, path: str, duration: int) -> dict:
    command = [
        "wrk",
        "-t2",
        "-c8",
        f"-d{duration}s",
        "--timeout",
        "10s",
        "--latency",
        "-H",
        f"Host: {host}",
        f"http://127.0.0.1:{port}{path}",
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=duration + 60, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr or done.stdout}")
    return parse_wrk(done.stdout)


# --- Gunicorn ----------------------------------------------------------------------------
def peak_memory_kb(pid: int) -> int:
    """VmHWM: the most resident memory the process ever had, in kB (0 if it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) if match else 0


def child_pids(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return [int(child) for child in children.read_text().split()]
    except OSError:
        # Kernels without CONFIG_PROC_CHILDREN: look for processes whose parent is `pid`.
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
        return found


class Gunicorn:
    """A gunicorn in its own session, stopped in `__exit__` whatever happened.

    Its own session (process group) lets a stuck server be killed by that group id:
    only the processes started here, never anything else.
    """

    def __init__(self, port: int, env: dict[str, str], log_path: Path, workers: int = 2):
        self.port, self.env, self.log_path, self.workers = port, env, log_path, workers
        self.process: subprocess.Popen | None = None

    def __enter__(self):
        gunicorn = Path(sys.executable).parent / "gunicorn"
        command = [
            str(gunicorn),
            "leiden_site.wsgi",
            "-w",
            str(self.workers),
            "-b",
            f"127.0.0.1:{self.port}",
            "--graceful-timeout",
            str(GRACEFUL_TIMEOUT),
            "--error-logfile",
            "-",
            # No shared ~/.gunicorn control socket: runs in parallel (tests, CI) stay apart.
            "--no-control-socket",
        ]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command,
                env=self.env,
                cwd=PROJECT_ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            self.wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def wait_ready(self, host: str = "localhost") -> None:
        """Ready when robots.txt answers 200 and every worker has booted."""
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"gunicorn exited with {self.process.returncode}; see {self.log_path}"
                )
            try:
                ready = fetch(self.port, host, "/robots.txt").status == 200
            except OSError:
                ready = False
            if ready and len(self.worker_pids()) >= self.workers:
                return
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn not ready after {READY_TIMEOUT}s; see {self.log_path}")

    def worker_pids(self) -> list[int]:
        return child_pids(self.process.pid) if self.process else []

    def peak_worker_memory_kb(self) -> int:
        return max((peak_memory_kb(pid) for pid in self.worker_pids()), default=0)

    def stop(self) -> None:
        """SIGTERM (graceful), then SIGKILL to the whole group if it does not go in time."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=STOP_TIMEOUT)


def port_is_free(port: int) -> bool:
    try:
        fetch(port, "localhost", "/")
    except OSError:
        return True
    return False
