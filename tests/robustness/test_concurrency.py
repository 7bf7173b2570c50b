"""Concurrent use and interruption, with real processes: lock, read during a write, SIGKILL, Ctrl-C."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from robust_support import checksum, kg, nquads, one_error_line, write_articles


def _start_ingest(store: Path, *paths, extra=()) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store), *extra, "ingest", *map(str, paths)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _hold_writer_lock(store: Path) -> subprocess.Popen:
    """A real second process that opens the store for writing and keeps it open until killed."""
    code = ("import sys, time; from kg.store import GraphStore; s = GraphStore(sys.argv[1]); "
            "print('open', flush=True); time.sleep(60)")
    holder = subprocess.Popen([sys.executable, "-c", code, str(store)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "open"
    return holder


def test_a_second_writer_waits_then_says_the_store_is_in_use(store, tmp_path):
    article = write_articles(tmp_path / "in", 1, start=3)[0]
    holder = _hold_writer_lock(store)
    try:
        start = time.monotonic()
        result = kg("--lock-timeout", "1.5", "ingest", article, store=store)
        waited = time.monotonic() - start
    finally:
        holder.kill()
        holder.wait()
    line = one_error_line(result)
    assert line == f"Error: {store}: the store is in use by another process; try again when it finishes"
    assert waited >= 1.5
    assert kg("ingest", article, store=store).returncode == 0  # the lock went with the process


def test_a_writer_that_gets_the_lock_within_the_timeout_goes_ahead(store, tmp_path):
    article = write_articles(tmp_path / "in", 1, start=3)[0]
    holder = _hold_writer_lock(store)
    waiting = _start_ingest(store, article, extra=("--lock-timeout", "30"))
    time.sleep(1.0)
    holder.kill()
    holder.wait()
    _out, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0 and err == "1 ingested\n", err


def test_queries_work_while_an_ingest_runs(store, tmp_path):
    """Readers see the store as it was when the writer began (its checkpoint), never a half-written one."""
    count = ("query", "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    before = kg(*count, store=store).stdout
    holder = _hold_writer_lock(store)
    try:
        result = kg(*count, store=store)
        stats = kg("stats", "--json", store=store)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 0, result.stderr
    assert result.stdout == before and int(before.split()[-1]) > 100
    assert stats.returncode == 0 and '"articles": 2' in stats.stdout


def _graphs(lines: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for line in lines:
        graph = line.rsplit(" ", 1)[-1]
        out.setdefault(graph, set()).add(line)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Forty articles and the store a clean run makes of them: the reference for completeness."""
    root = tmp_path_factory.mktemp("corpus")
    write_articles(root / "articles", 40)
    result = kg("ingest", root / "articles", store=root / "reference")
    assert result.returncode == 0, result.stderr
    return root / "articles", _graphs(nquads(root / "reference"))


def _wait_for_first_write(store: Path, process: subprocess.Popen, timeout: float = 60) -> None:
    """Until the ingest has written at least one article (its WAL grows past the size at open)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if any(p.stat().st_size > 2000 for p in store.glob("*.log")):  # the meta quads alone are ~200 bytes
                return
        except FileNotFoundError:
            pass
        assert process.poll() is None, process.stderr.read()
        time.sleep(0.02)
    raise AssertionError("the ingest never wrote")


def test_sigkill_mid_folder_leaves_whole_articles_and_a_rerun_completes(corpus, tmp_path):
    articles, reference = corpus
    store = tmp_path / "store"
    process = _start_ingest(store, articles)
    _wait_for_first_write(store, process)
    process.send_signal(signal.SIGKILL)
    process.wait()
    found = _graphs(nquads(store))
    assert 1 <= len(found) < len(reference), len(found)
    for graph, lines in found.items():  # every article wholly in, or not at all
        assert lines == reference[graph], graph
    rerun = kg("ingest", articles, store=store)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr == f"{len(reference) - len(found)} ingested, {len(found)} already in the store\n"
    assert _graphs(nquads(store)) == reference


def test_ctrl_c_stops_after_the_current_article_and_says_how_many(corpus, tmp_path):
    articles, reference = corpus
    store = tmp_path / "store"
    process = _start_ingest(store, articles)
    _wait_for_first_write(store, process)
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    found = _graphs(nquads(store))
    n = len(found)
    assert 1 <= n < len(reference)
    assert err == (f"Error: interrupted after {n} article{'s' if n != 1 else ''} ({n} ingested, interrupted); "
                   f"run the same command again to ingest the rest\n")
    for graph, lines in found.items():
        assert lines == reference[graph], graph
    rerun = kg("ingest", articles, store=store)
    assert rerun.returncode == 0 and _graphs(nquads(store)) == reference
