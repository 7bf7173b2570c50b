"""`ingest(workers=2)` writes the same graph as a single-process ingest (real model, real processes)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.pipeline import ingest
from kg.store import GraphStore

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import generate  # noqa: E402


def _nquads(store) -> set[str]:
    return {str(q) for q in store.quads()}


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, count=6, seed=3)
    return [folder, ROOT / "seeds"]


def test_two_workers_give_the_graph_of_one_process(articles, tmp_path):
    with GraphStore(tmp_path / "one") as one:
        single = ingest(articles, one)
        expected = _nquads(one)
    with GraphStore(tmp_path / "two") as two:
        parallel = ingest(articles, two, workers=2)
        assert _nquads(two) == expected
    assert parallel.ingested == single.ingested  # written in the same, deterministic order
    assert len(single.ingested) == 8 and expected


def test_the_corpus_generator_is_deterministic(tmp_path):
    a = generate(tmp_path / "a", count=3, seed=1)
    b = generate(tmp_path / "b", count=3, seed=1)
    assert [p.read_text() for p in a] == [p.read_text() for p in b]
    assert a[0].read_text().splitlines()[1].startswith("Published: ")
