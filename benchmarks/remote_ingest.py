"""Ingest into a SPARQL server against the embedded store: the same articles, side by side.

    python benchmarks/remote_ingest.py [--count 200] [--repeat 2]

Starts a real Oxigraph server (`oxigraph serve`, from the oxigraph PyPI package) on a free loopback
port over a temporary folder, then, for `--count` synthetic articles (benchmarks/corpus.py):

- store writes only: the articles are analysed once, and the same quads are written into a fresh
  embedded store and into the emptied server with `kg.pipeline.write_all` (what `kg ingest` does
  after analysis), best of `--repeat` interleaved rounds;
- whole ingest: `kg.pipeline.ingest` of the same folder into each (parse, extract, write).

Prints articles/s and quads/s for each, the ratio server ÷ embedded (target ≤ 2×), and checks that
both stores hold the same quads.
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import generate  # noqa: E402

from kg.analyse import load_nlp  # noqa: E402
from kg.parallel import article_quads  # noqa: E402
from kg.pipeline import ingest, write_all  # noqa: E402
from kg.read import article_paths, read_article  # noqa: E402
from kg.remote import RemoteGraphStore  # noqa: E402
from kg.store import GraphStore  # noqa: E402


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def oxigraph_server(folder: Path):
    """`oxigraph serve` on a free loopback port; yields its base URL and stops it (its process group) after."""
    binary = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if not binary:
        sys.exit("the Oxigraph server is missing: pip install oxigraph")
    url = f"http://127.0.0.1:{_free_port()}/"
    process = subprocess.Popen([binary, "serve", "--location", str(folder), "--bind", url[7:-1]],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url + "query?query=ASK%7B%7D", timeout=2.0)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"the Oxigraph server did not start (exit {process.poll()})")
                time.sleep(0.1)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def clear(url: str) -> None:
    httpx.post(url + "update", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"},
               timeout=60).raise_for_status()


def timed_write(open_store, analysed) -> float:
    """Seconds to write the analysed articles into a store opened by `open_store`, close included."""
    start = time.perf_counter()
    with open_store() as store:
        write_all(analysed, store)
    return time.perf_counter() - start


def timed_ingest(open_store, inputs) -> float:
    start = time.perf_counter()
    with open_store() as store:
        report = ingest(inputs, store, force=True)
    assert report.ok, report.summary()
    return time.perf_counter() - start


def contents(store) -> list[str]:
    return sorted(str(q) for q in store.quads())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        generate(work / "corpus", count=args.count)
        inputs = [work / "corpus"]
        articles = [read_article(p) for p in article_paths(inputs)]
        load_nlp(None)
        analysed = list(article_quads(articles))
        quads = sum(len(q) for _a, q in analysed)
        print(f"{len(articles)} synthetic articles, {quads} quads (analysed once for the write-only rounds)")

        with oxigraph_server(work / "server") as url:
            def embedded(name):
                return lambda: GraphStore(work / name)

            def remote():
                return RemoteGraphStore(url)

            local_writes, remote_writes = [], []
            for round_ in range(args.repeat):
                local_writes.append(timed_write(embedded(f"writes{round_}"), analysed))
                clear(url)
                remote_writes.append(timed_write(remote, analysed))
            with GraphStore(work / "writes0", read_only=True) as one, RemoteGraphStore(url, read_only=True) as other:
                same = contents(one) == contents(other)

            local_ingest = timed_ingest(embedded("ingest"), inputs)
            clear(url)
            remote_ingest = timed_ingest(remote, inputs)

    def line(name, seconds):
        print(f"  {name:<32} {seconds:7.2f} s  {len(articles) / seconds:8.1f} articles/s  {quads / seconds:9.0f} quads/s")

    local_w, remote_w = min(local_writes), min(remote_writes)
    print(f"\nstore writes only (best of {args.repeat} interleaved rounds):")
    line("embedded store", local_w)
    line("Oxigraph server", remote_w)
    print(f"  server ÷ embedded: {remote_w / local_w:.2f}×   (target ≤ 2×); same quads in both: {same}")
    print("\nwhole ingest (parse, extract, write):")
    line("embedded store", local_ingest)
    line("Oxigraph server", remote_ingest)
    print(f"  server ÷ embedded: {remote_ingest / local_ingest:.2f}×   (target ≤ 2×)")


if __name__ == "__main__":
    main()
