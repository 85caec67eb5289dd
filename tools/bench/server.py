"""Gunicorn and plain HTTP for the benchmark (no Django imports here).

Gunicorn and the HTTP client are real: the benchmark measures the production stack as a
visitor sees it, on loopback. Every wait here has a time limit, so a hung server ends the
benchmark instead of blocking it.
"""

import http.client
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tools.bench import ROOT

HTTP_TIMEOUT = 30
READY_TIMEOUT = 60
STOP_TIMEOUT = 15
GRACEFUL_TIMEOUT = 5
WORKERS = 2


# --- HTTP --------------------------------------------------------------------------------
@dataclass
class Fetched:
    status: int
    headers: dict[str, str]
    body: bytes


def connection(port: int) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", port, timeout=HTTP_TIMEOUT)


def fetch(port: int, host: str, path: str, headers: dict[str, str] | None = None) -> Fetched:
    """One GET on a fresh connection; the body is returned as sent (not decompressed)."""
    conn = connection(port)
    try:
        conn.request("GET", path, headers={"Host": host, **(headers or {})})
        response = conn.getresponse()
        body = response.read()
        return Fetched(response.status, {k.lower(): v for k, v in response.getheaders()}, body)
    finally:
        conn.close()


def port_is_free(port: int) -> bool:
    try:
        fetch(port, "localhost", "/")
    except OSError:
        return True
    return False


# --- Processes ---------------------------------------------------------------------------
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

    def __init__(self, port: int, env: dict[str, str], log_path: Path, workers: int = WORKERS):
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
            # No shared ~/.gunicorn control socket: parallel runs (tests, CI) stay apart.
            "--no-control-socket",
        ]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command,
                env=self.env,
                cwd=ROOT,  # gunicorn imports leiden_site.wsgi from here
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
