"""wrk, the load generator for the cached throughput, and what its output says."""

import re
import subprocess

THREADS = 2
CONNECTIONS = 8
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def options(duration: int) -> str:
    """The load as the report names it."""
    return f"-t{THREADS} -c{CONNECTIONS} -d{duration}s"


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
        f"-t{THREADS}",
        f"-c{CONNECTIONS}",
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
