"""SHACL validation of stored article graphs against ontology/shapes.ttl, reported in plain words."""
from __future__ import annotations

import pytest
from pyoxigraph import NamedNode

from kg.graph import build_quads, graph_iri
from kg.validate import Violation, validate

from samples import TTL_GRAPH, getty, load_ttl, micron

GRAPH = NamedNode(TTL_GRAPH)
load = load_ttl


def test_the_valid_example_conforms(store):
    load(store, "valid_graph.ttl")
    assert validate(store) == []


def test_each_break_in_the_invalid_example_is_reported_in_plain_words(store):
    load(store, "invalid_graph.ttl")
    found = {(v.focus.rsplit("/", 1)[-1], v.message) for v in validate(store)}
    assert ("nvidia", "entity has more than one category") in found
    assert any(focus == "commerce-department" and message.startswith("an entity needs exactly one preferred label")
               for focus, message in found)
    assert any(message == "an event needs at least one evidence sentence" for _, message in found)
    assert all(v.graph == GRAPH.value for v in validate(store))


def test_a_violation_reads_as_one_line():
    violation = Violation("g", "https://w3id.org/kg-ai-policy/id/entity/x", "http://www.w3.org/2004/02/skos/core#prefLabel",
                          "an entity needs exactly one preferred label")
    assert str(violation) == ("https://w3id.org/kg-ai-policy/id/entity/x (http://www.w3.org/2004/02/skos/core#prefLabel): "
                              "an entity needs exactly one preferred label")
    assert str(Violation("g", "f", "", "m")) == "f: m"


def test_graphs_built_from_records_conform(store):
    for article, extraction in (getty(), micron()):
        store.replace_graph(graph_iri(article), build_quads(article, extraction))
    assert validate(store) == []


def test_each_article_is_validated_on_its_own(store):
    """Two articles may give the same entity different labels; each graph alone is what the shapes judge."""
    article, extraction = getty()
    store.replace_graph(graph_iri(article), build_quads(article, extraction))
    other, other_extraction = micron()
    renamed = tuple(e.__class__(**{**e.__dict__, "label": "Getty Images Inc"}) if e.key == "getty-images" else e
                    for e in other_extraction.entities)
    store.replace_graph(graph_iri(other), build_quads(other, other_extraction.__class__(entities=renamed)))
    assert validate(store) == []


@pytest.mark.slow
def test_the_seed_graph_conforms(seeded_store):
    assert [str(v) for v in validate(seeded_store)] == []
