"""Fixtures shared by the whole suite: paths, a spaCy pipeline loaded once, stores on disk, the CLI.

Tests marked `slow` load the spaCy model or run `kg` in subprocesses; they take seconds, not
milliseconds, and they always run (`python3 -m pytest -m "not slow"` is the quick loop).
A skipped test fails the run: every tool the suite needs is installed by tests/setup.sh.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from support import SEEDS

_skipped: list[str] = []


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: loads the spaCy model or runs kg in a subprocess (seconds each)")
    # rdflib's own deprecations (Dataset.default_context inside its parsers) are not ours to fix
    config.addinivalue_line("filterwarnings", "ignore::DeprecationWarning:rdflib.*")
    # pytest probes module attributes for `_mock_name`; rdflib's closed namespaces (RDF, XSD, ...) warn about it
    config.addinivalue_line("filterwarnings", "ignore:Code. _mock_name is not defined in namespace:UserWarning")


def pytest_runtest_logreport(report):
    if report.skipped and not hasattr(report, "wasxfail"):
        _skipped.append(report.nodeid)


def pytest_terminal_summary(terminalreporter):
    if _skipped:
        terminalreporter.write_line(f"{len(_skipped)} test(s) skipped; a skip fails this suite (install with bash tests/setup.sh):",
                                    red=True)
        for nodeid in _skipped:
            terminalreporter.write_line(f"  {nodeid}")


def pytest_sessionfinish(session, exitstatus):
    if _skipped and exitstatus == 0:
        session.exitstatus = 1


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the session (kg caches it per process)."""
    from kg.analyse import load_nlp

    return load_nlp()


@pytest.fixture
def store(tmp_path):
    """A fresh, empty store on disk."""
    from kg.store import open_store

    with open_store(tmp_path / "store") as opened:
        yield opened


@pytest.fixture(scope="session")
def seeded_store_dir(tmp_path_factory, nlp) -> Path:
    """A store holding the two seed articles, ingested once per session. Open it read-only."""
    from kg import pipeline
    from kg.store import open_store

    path = tmp_path_factory.mktemp("seeded") / "store"
    with open_store(path) as opened:
        report = pipeline.ingest([SEEDS], opened)
    assert report.ok and len(report.ingested) == 2, report
    return path


@pytest.fixture
def seeded_store(seeded_store_dir):
    from kg.store import open_store

    with open_store(seeded_store_dir, read_only=True) as opened:
        yield opened


@pytest.fixture
def cli():
    """Invoke the kg CLI in-process: cli('--store', DIR, 'stats') -> click Result."""
    from kg.cli import cli as command

    runner = CliRunner()

    def invoke(*args, env: dict | None = None):
        return runner.invoke(command, [str(a) for a in args], env=env, catch_exceptions=True, prog_name="kg")

    return invoke


@pytest.fixture
def write_article(tmp_path):
    """Write an article file: write_article("name.txt", "Headline\\n\\nBody.") or with raw bytes."""

    def write(name: str, content: str | bytes, folder: Path | None = None) -> Path:
        path = (folder or tmp_path) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
