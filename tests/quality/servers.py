"""A real gunicorn for the tests that need one (resilience): start, wait, stop.

The tests' own helper, deliberately small: the tests import nothing from tools/. Every
wait has a time limit, so a server that never comes up fails the test instead of hanging it.
"""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tests.quality.tools import ROOT

READY_TIMEOUT = 60
STOP_TIMEOUT = 15
HTTP_TIMEOUT = 30


@dataclass(frozen=True)
class Server:
    url: str  # http://127.0.0.1:<port>, no trailing slash
    log_path: Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, host: str) -> int:
    """The status of one GET of `url`, sent with the Host header `host`."""
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=HTTP_TIMEOUT)
    try:
        conn.request("GET", target, headers={"Host": host})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


@contextmanager
def gunicorn(
    env: dict[str, str], log_path: Path, workers: int = 1, config: Path | None = None
) -> Iterator[Server]:
    """Gunicorn serving leiden_site.wsgi with `env` on a free port, until the block ends.

    `config` is a gunicorn config file; the worker count and address given here win over it.
    """
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        *(["--config", str(config)] if config else []),
        "leiden_site.wsgi",
        f"--workers={workers}",
        f"--bind=127.0.0.1:{port}",
        # No shared ~/.gunicorn control socket: parallel test workers stay apart.
        "--no-control-socket",
    ]
    with log_path.open("ab") as log:
        # A session of its own, so a stuck server can be killed by its process group.
        process = subprocess.Popen(
            command,
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(f"http://127.0.0.1:{port}", log_path)
    try:
        wait_until_answering(process, server)
        yield server
    finally:
        stop(process)


def wait_until_answering(process: subprocess.Popen, server: Server) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}; see {server.log_path}")
        try:
            fetch(f"{server.url}/robots.txt", "localhost")
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer in {READY_TIMEOUT}s; see {server.log_path}")


def stop(process: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL to the server's own process group if it does not go in time."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=STOP_TIMEOUT)
