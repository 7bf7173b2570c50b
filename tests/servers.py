"""Real servers for the tests: `kg serve` and the Oxigraph server, as subprocesses on free loopback ports.

Each is started in its own process group, waited for with a bounded deadline, and killed (the whole
group) when the `with` block ends. A missing server is a failure, never a skip.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def oxigraph_command() -> str:
    found = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    assert found, "the Oxigraph server is missing: pip install -e '.[test]' (it installs the oxigraph package)"
    return found


@contextmanager
def _process(argv: list[str], ready_url: str, log: Path):
    with open(log, "wb") as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   start_new_session=True, cwd=REPO)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{argv[0]} exited {process.returncode}: {log.read_text(errors='replace')[-2000:]}")
            try:
                httpx.get(ready_url, timeout=2.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{' '.join(argv)} did not answer within {START_TIMEOUT:g} s") from None
                time.sleep(0.1)
        yield process
    finally:
        _stop(process)


def _stop(process: subprocess.Popen) -> None:
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        if process.poll() is not None:
            break
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
    try:  # leftover workers in the group
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


@contextmanager
def _on_free_port(start):
    """Start a server on a free port; retry if another process took the port in between."""
    for attempt in range(3):
        port = free_port()
        try:
            with start(port) as url:
                yield url
                return
        except RuntimeError as exc:
            if attempt == 2 or "in use" not in str(exc).lower():
                raise


@contextmanager
def oxigraph_server(location: Path, *, log: Path):
    """The Oxigraph server (`oxigraph serve`) on a store folder; yields its base URL."""
    @contextmanager
    def start(port):
        url = f"http://127.0.0.1:{port}/"
        with _process([oxigraph_command(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                      url + "query?query=ASK%7B%7D", log):
            yield url

    with _on_free_port(start) as url:
        yield url


@contextmanager
def kg_server(store: str | Path, *options: str, log: Path):
    """`kg --store STORE serve` with options; yields its base URL."""
    @contextmanager
    def start(port):
        url = f"http://127.0.0.1:{port}/"
        with _process([sys.executable, "-m", "kg", "--store", str(store), "serve", "--port", str(port), *options], url, log):
            yield url

    with _on_free_port(start) as url:
        yield url
