"""RDF exports from the store: every format parses, graphs agree, bytes are sorted and repeatable."""
from __future__ import annotations

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import ExportError
from kg.export import ExportFormat, export
from kg.graph import build_quads, graph_iri

from samples import getty, micron

RDFLIB = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}


@pytest.fixture
def sample_store(store):
    for article, extraction in (getty(), micron()):
        store.replace_graph(graph_iri(article), build_quads(article, extraction))
    return store


@pytest.mark.parametrize("fmt", sorted(RDFLIB))
def test_graph_formats_merge_the_articles_into_one_graph(sample_store, tmp_path, fmt):
    path = export(sample_store, fmt, tmp_path / f"graph.{fmt}")
    graph = rdflib.Graph().parse(path, format=RDFLIB[fmt])
    expected = {(q.subject.value, q.predicate.value) for q in sample_store.quads()}
    assert {(str(s), str(p)) for s, p, _ in graph} == expected
    assert isomorphic(graph, rdflib.Graph().parse(export(sample_store, "nt", tmp_path / "ref.nt"), format="nt"))


def test_shared_triples_are_written_once(sample_store, tmp_path):
    lines = export(sample_store, "nt", tmp_path / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == len({(q.subject, q.predicate, q.object) for q in sample_store.quads()})
    assert len(lines) < len(list(sample_store.quads()))  # Getty Images is described by both articles


@pytest.mark.parametrize("fmt, parser", [("trig", "trig"), ("nq", "nquads")])
def test_dataset_formats_keep_one_named_graph_per_article(sample_store, tmp_path, fmt, parser):
    dataset = rdflib.Dataset()
    dataset.parse(export(sample_store, fmt, tmp_path / f"graph.{fmt}"), format=parser)
    graphs = {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}
    assert graphs == {g.value: len(list(sample_store.quads(g))) for g in sample_store.graphs()}


def test_turtle_uses_the_projects_prefixes(sample_store, tmp_path):
    text = export(sample_store, "ttl", tmp_path / "graph.ttl").read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/kg-ai-policy/ontology#> ." in text
    assert "kg:Lawsuit" in text and "dataModelVersion" not in text  # the store's bookkeeping stays out


@pytest.mark.parametrize("fmt", [f.value for f in ExportFormat if f is not ExportFormat.HTML])
def test_the_same_store_gives_the_same_bytes(sample_store, tmp_path, fmt):
    first = export(sample_store, fmt, tmp_path / "a" / f"graph.{fmt}").read_bytes()
    second = export(sample_store, ExportFormat(fmt), tmp_path / "b" / f"graph.{fmt}").read_bytes()
    assert first == second and first


def test_the_same_facts_ingested_in_another_order_give_the_same_bytes(tmp_path):
    from kg.store import open_store

    outputs = []
    for name, order in (("one", (getty, micron)), ("two", (micron, getty))):
        with open_store(tmp_path / name) as opened:
            for sample in order:
                article, extraction = sample()
                opened.replace_graph(graph_iri(article), build_quads(article, extraction))
            outputs.append([export(opened, fmt, tmp_path / f"{name}.{fmt}").read_bytes() for fmt in ("ttl", "trig", "jsonld")])
    assert outputs[0] == outputs[1]


def test_nothing_half_written_is_left_behind(sample_store, tmp_path):
    export(sample_store, "ttl", tmp_path / "out" / "graph.ttl")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.ttl"]


def test_an_unwritable_place_is_an_export_error(sample_store, tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="cannot write"):
        export(sample_store, "ttl", tmp_path / "file" / "graph.ttl")


def test_an_unknown_format_is_a_programming_error(sample_store, tmp_path):
    with pytest.raises(ValueError):
        export(sample_store, "pdf", tmp_path / "graph.pdf")
