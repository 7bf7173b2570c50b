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


def _in_memory_export(store, fmt: str, path) -> bytes:
    """The export as it was before streaming: every statement in one sorted list, serialized at once."""
    import pyoxigraph
    from pyoxigraph import Triple

    from kg.export.rdf import _FORMATS
    from kg.vocab import PREFIXES

    if fmt in ("trig", "nq"):
        items = sorted(set(store.quads()), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    else:
        items = sorted({Triple(q.subject, q.predicate, q.object) for q in store.quads()},
                       key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    pyoxigraph.serialize(items, str(path), _FORMATS[fmt], prefixes=PREFIXES if fmt in ("ttl", "trig", "xml", "jsonld") else None)
    return path.read_bytes()


@pytest.fixture
def awkward_store(sample_store):
    """The samples plus literals a line-based sort could trip on: line breaks, tabs, quotes, U+2028, non-Latin text."""
    from pyoxigraph import Literal, NamedNode, Quad

    from kg.vocab import DATA_IRI

    for i, text in enumerate(["two\nlines", "tab\there", 'a "quote" and \\', "line\u2028separator", "漢字", "two\r\nends", "", "zz"]):
        graph = NamedNode(f"{DATA_IRI}graph/{i:016x}")
        node = NamedNode(f"{DATA_IRI}sentence/{i:016x}-0-1")
        shared = NamedNode(f"{DATA_IRI}entity/shared")
        sample_store.replace_graph(graph, [Quad(node, NamedNode(DATA_IRI + "p"), Literal(text), graph),
                                           Quad(node, NamedNode(DATA_IRI + "p"), Literal(text, language="en"), graph),
                                           Quad(shared, NamedNode(DATA_IRI + "p"), Literal("said by every graph"), graph)])
    return sample_store


@pytest.mark.parametrize("fmt", [f.value for f in ExportFormat if f is not ExportFormat.HTML])
def test_the_streamed_export_is_the_in_memory_one_byte_for_byte(awkward_store, tmp_path, monkeypatch, fmt):
    from kg.export import rdf

    expected = _in_memory_export(awkward_store, fmt, tmp_path / f"reference.{fmt}")
    assert export(awkward_store, fmt, tmp_path / "default" / f"graph.{fmt}").read_bytes() == expected
    # tiny runs, merged in several rounds, parsed back a few lines at a time: the same bytes
    monkeypatch.setattr(rdf, "RUN_LINES", 7)
    monkeypatch.setattr(rdf, "MERGE_FILES", 3)
    monkeypatch.setattr(rdf, "PARSE_LINES", 5)
    assert export(awkward_store, fmt, tmp_path / "small-runs" / f"graph.{fmt}").read_bytes() == expected
    assert sorted(p.name for p in (tmp_path / "small-runs").iterdir()) == [f"graph.{fmt}"]  # no run files left
