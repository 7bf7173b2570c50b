"""The store on disk: one named graph per article, idempotent writes, removal, refusals."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg import pipeline
from kg.errors import StoreError, StoreLocked
from kg.graph import META_GRAPH, STORE_NODE, build_quads, graph_iri
from kg.store import open_store
from kg.vocab import KG

from support import SEEDS
from samples import getty, micron


def snapshot(store) -> list[str]:
    return sorted(str(q) for q in store.quads())


def put(store, sample):
    article, extraction = sample
    store.replace_graph(graph_iri(article), build_quads(article, extraction))
    return graph_iri(article)


def test_a_new_store_is_created_empty_with_its_data_model_version(tmp_path):
    with open_store(tmp_path / "store") as store:
        assert store.graphs() == [] and snapshot(store) == []
    assert (tmp_path / "store" / "CURRENT").exists()
    raw = pyoxigraph.Store.read_only(str(tmp_path / "store"))
    assert [q.object.value for q in raw.quads_for_pattern(STORE_NODE, NamedNode(str(KG.dataModelVersion)), None, META_GRAPH)] == ["1"]


def test_replace_graph_is_idempotent(store):
    article, extraction = getty()
    quads = build_quads(article, extraction)
    store.replace_graph(graph_iri(article), quads)
    first = snapshot(store)
    store.replace_graph(graph_iri(article), quads)
    assert snapshot(store) == first
    assert len(first) == len(quads)
    assert store.graphs() == [graph_iri(article)]


def test_replace_graph_replaces_what_the_article_said_before(store, tmp_path):
    article, extraction = getty()
    store.replace_graph(graph_iri(article), build_quads(article, extraction))
    fewer = build_quads(article, extraction.__class__(entities=extraction.entities[:1]))
    store.replace_graph(graph_iri(article), fewer)
    with open_store(tmp_path / "only-fewer") as fresh:
        fresh.replace_graph(graph_iri(article), fewer)
        assert snapshot(store) == snapshot(fresh)
    assert len(snapshot(store)) == len(fewer)


def test_removing_one_article_leaves_the_others_graph_intact(store):
    first, second = put(store, getty()), put(store, micron())
    before = sorted(str(q) for q in store.quads(second))
    assert before and store.graphs() == sorted([first, second], key=str)
    assert store.remove_graph(first) is True
    assert store.graphs() == [second]
    assert sorted(str(q) for q in store.quads()) == before
    # the entity both articles name is still there, through the other article
    rows = list(store.query('SELECT ?e WHERE { ?e skos:prefLabel "Getty Images" }'))
    assert [r["e"].value for r in rows] == ["https://w3id.org/kg-ai-policy/id/entity/getty-images"]
    assert store.remove_graph(first) is False


def test_query_can_be_limited_to_one_article(store):
    first, second = put(store, getty()), put(store, micron())
    count = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Company }"
    assert int(next(iter(store.query(count)))["n"].value) == 3  # Getty Images is in both
    assert int(next(iter(store.query(count, graph=second)))["n"].value) == 2
    assert int(next(iter(store.query(count, graph=first)))["n"].value) == 2


def test_dump_graph_is_one_articles_n_triples(store):
    put(store, getty())
    second = put(store, micron())
    lines = store.dump_graph(second).decode().splitlines()
    assert len(lines) == len(list(store.quads(second)))
    assert all(line.endswith(" .") for line in lines)


def test_the_store_persists_across_opens(tmp_path):
    with open_store(tmp_path / "store") as store:
        put(store, getty())
        expected = snapshot(store)
    with open_store(tmp_path / "store", read_only=True) as store:
        assert snapshot(store) == expected


def test_a_non_store_folder_that_is_not_empty_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_file_is_not_a_store(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="not a folder"):
        open_store(tmp_path / "file")


@pytest.mark.parametrize("make", [lambda p: None, lambda p: p.mkdir()], ids=["missing", "empty folder"])
def test_read_only_needs_an_existing_store(tmp_path, make):
    make(tmp_path / "store")
    with pytest.raises(StoreError, match="no store here yet; run `kg ingest"):
        open_store(tmp_path / "store", read_only=True)


def test_every_article_written_is_there_after_reopening(tmp_path):
    """Writes are not flushed one by one: closing the store must keep all of them."""
    samples = [getty(), micron()]
    with open_store(tmp_path / "store") as store:
        graphs = [put(store, sample) for sample in samples]
        expected = snapshot(store)
    with open_store(tmp_path / "store", read_only=True) as reopened:
        assert reopened.graphs() == sorted(graphs, key=str)
        assert snapshot(reopened) == expected


def test_articles_written_survive_a_process_that_dies_without_closing(tmp_path):
    """A committed article is in the write-ahead log: a killed writer (no flush, no close) loses none."""
    import subprocess
    import sys

    code = ("import os, sys; sys.path[:0] = sys.argv[2:]; from kg.graph import build_quads, graph_iri; "
            "from kg.store import GraphStore; from samples import getty, micron; s = GraphStore(sys.argv[1]); "
            "[s.replace_graph(graph_iri(a), build_quads(a, e)) for a, e in (getty(), micron())]; os._exit(9)")
    tests = str(Path(__file__).resolve().parent)
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "store"), tests], capture_output=True, text=True)
    assert result.returncode == 9, result.stderr
    with open_store(tmp_path / "reference") as reference:
        for sample in (getty(), micron()):
            put(reference, sample)
        expected = snapshot(reference)
    with open_store(tmp_path / "store", read_only=True) as reopened:
        assert snapshot(reopened) == expected and len(reopened.graphs()) == 2


def test_a_second_writer_is_refused_while_the_first_holds_the_store(tmp_path):
    with open_store(tmp_path / "store"):
        with pytest.raises(StoreLocked, match="in use by another process"):
            open_store(tmp_path / "store")


def test_a_store_from_a_newer_data_model_is_refused(tmp_path):
    path = tmp_path / "store"
    with open_store(path):
        pass
    raw = pyoxigraph.Store(str(path))
    predicate = NamedNode(str(KG.dataModelVersion))
    for quad in list(raw.quads_for_pattern(STORE_NODE, predicate, None, META_GRAPH)):
        raw.remove(quad)
    raw.add(Quad(STORE_NODE, predicate, Literal("2"), META_GRAPH))
    raw.flush()
    del raw
    for read_only in (False, True):
        with pytest.raises(StoreError, match=r"newer kg \(data model 2, this kg reads 1\); upgrade kg"):
            open_store(path, read_only=read_only)


@pytest.mark.slow
def test_reingesting_the_same_article_changes_nothing(tmp_path, nlp):
    seed = sorted(SEEDS.glob("*.txt"))[0]
    with open_store(tmp_path / "store") as store:
        assert pipeline.ingest([seed], store).ingested == [str(seed)]
        before = snapshot(store)
        again = pipeline.ingest([seed], store)
        assert again.ingested == [] and again.unchanged == [str(seed)]
        assert snapshot(store) == before
        forced = pipeline.ingest([seed], store, force=True)
        assert forced.ingested == [str(seed)]
        assert snapshot(store) == before
