"""Content negotiation and the refusal of SERVICE and LOAD, from strings."""
from __future__ import annotations

import pytest

from kg.protocol import GRAPH_FORMATS, RESULT_FORMATS, NotAcceptable, negotiate, refusal

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize("accept, name", [
    (None, "json"), ("", "json"), ("*/*", "json"), ("application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "xml"), ("text/csv", "csv"), ("text/tab-separated-values", "tsv"),
    ("application/json", "json"), ("text/*", "xml"), (BROWSER, "xml"),
    ("application/sparql-results+json;q=0.5, text/tab-separated-values", "tsv"),
    ("text/csv;q=0.2, application/sparql-results+xml;q=0.3, */*;q=0.1", "xml"),
])
def test_results_negotiation(accept, name):
    assert negotiate(RESULT_FORMATS, accept=accept).name == name


@pytest.mark.parametrize("accept, name", [
    (None, "ttl"), ("text/turtle", "ttl"), ("application/n-triples", "nt"), ("application/ld+json", "jsonld"),
    ("application/rdf+xml", "rdfxml"), ("application/json", "jsonld"), ("*/*", "ttl"),
])
def test_graph_negotiation(accept, name):
    assert negotiate(GRAPH_FORMATS, accept=accept).name == name


def test_format_parameter_wins_and_must_fit():
    assert negotiate(RESULT_FORMATS, accept="text/csv", name="tsv").name == "tsv"
    assert negotiate(GRAPH_FORMATS, name="text/turtle").name == "ttl"
    with pytest.raises(NotAcceptable, match="gives SPARQL results"):
        negotiate(RESULT_FORMATS, name="ttl")


@pytest.mark.parametrize("accept", ["text/turtle", "image/png", "text/csv;q=0"])
def test_nothing_acceptable(accept):
    with pytest.raises(NotAcceptable, match="accept one of"):
        negotiate(RESULT_FORMATS, accept=accept)


@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://example.org/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o .SERVICE <http://x/> {} }",
    r"SELECT * WHERE { \u0053ERVICE <http://x/> {} }",
    "PREFIX ex: <http://x/>\nSELECT * {\n  # a comment\n  SERVICE ?endpoint { ?s ?p ?o } }",
    "LOAD <file:///etc/passwd>",
    "load silent <http://example.org/data.ttl> INTO GRAPH <http://g>",
])
def test_refused(sparql):
    assert refusal(sparql)


@pytest.mark.parametrize("sparql", [
    "SELECT ?service ?load WHERE { ?service ex:load ex:SERVICE }",
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/> {}" }',
    "SELECT * WHERE { ?s ?p '''LOAD\nSERVICE''' }",
    "SELECT * WHERE { <http://example.org/SERVICE> ?p ?o } # SERVICE in a comment",
    "INSERT DATA { <http://a> <http://b> \"load\" }",
])
def test_not_refused(sparql):
    assert refusal(sparql) is None
