"""`kg serve` as a real subprocess on a free loopback port, queried over HTTP with httpx and SPARQLWrapper."""
from __future__ import annotations

import shutil
import time
import xml.etree.ElementTree as ET

import httpx
import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner
from pyoxigraph import NamedNode, Quad, QueryResultsFormat
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper

from kg import pipeline
from kg import query as q
from kg.cli import cli
from kg.serve import index_page, is_loopback
from kg.store import GraphStore
from servers import SEEDS, kg_server

TOKEN = "test-token-0123456789abcdef"
TIMEOUT = 3  # the servers' time limit, in seconds
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
COMPANIES = "SELECT ?e ?label WHERE { ?e a kg:Company ; skos:prefLabel ?label } ORDER BY ?e"
CONSTRUCT = "CONSTRUCT { ?e a kg:Company ; skos:prefLabel ?label } WHERE { ?e a kg:Company ; skos:prefLabel ?label }"
UPDATE = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> \"added\" } }"
ADDED = "ASK { <https://example.org/s> <https://example.org/p> \"added\" }"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "store"
    with GraphStore(path) as store:
        assert pipeline.ingest([SEEDS], store).ok
    return path


@pytest.fixture(scope="module")
def local(store_dir):
    with GraphStore(store_dir, read_only=True) as store:
        yield store


@pytest.fixture(scope="module")
def server(store_dir, tmp_path_factory):
    with kg_server(store_dir, "--timeout", str(TIMEOUT), log=tmp_path_factory.mktemp("logs") / "serve.log") as url:
        yield url


@pytest.fixture(scope="module")
def writer(store_dir, tmp_path_factory):
    """A server that takes updates with the token, on its own copy of the store, with a small size limit."""
    tmp = tmp_path_factory.mktemp("writer")
    shutil.copytree(store_dir, tmp / "store")
    with kg_server(tmp / "store", "--allow-update", "--token", TOKEN, "--timeout", str(TIMEOUT),
                   "--max-result-mb", "0.02", log=tmp / "serve.log") as url:
        yield url


def get(url: str, **kwargs) -> httpx.Response:
    return httpx.get(url, timeout=30, **kwargs)


def post(url: str, **kwargs) -> httpx.Response:
    return httpx.post(url, timeout=30, **kwargs)


@pytest.mark.parametrize("accept, media_type, fmt", [
    ("application/sparql-results+json", "application/sparql-results+json", QueryResultsFormat.JSON),
    ("application/sparql-results+xml", "application/sparql-results+xml", QueryResultsFormat.XML),
    ("text/csv", "text/csv", QueryResultsFormat.CSV),
    ("text/tab-separated-values", "text/tab-separated-values", QueryResultsFormat.TSV),
])
def test_select_in_each_results_format(server, local, accept, media_type, fmt):
    response = get(server + "sparql", params={"query": COMPANIES}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media_type
    assert response.content == q.run(local, COMPANIES).serialize(format=fmt)


def test_results_parse_as_their_format(server, local):
    expected = q.rows(q.run(local, COMPANIES))
    body = get(server + "sparql", params={"query": COMPANIES}).json()
    assert body["head"]["vars"] == ["e", "label"] and len(body["results"]["bindings"]) == len(expected) > 0
    xml = ET.fromstring(get(server + "sparql", params={"query": COMPANIES, "format": "xml"}).content)
    assert len(xml.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == len(expected)


@pytest.mark.parametrize("accept, media_type, rdflib_format", [
    ("text/turtle", "text/turtle", "turtle"), ("application/n-triples", "application/n-triples", "nt"),
    ("application/ld+json", "application/ld+json", "json-ld"), ("application/rdf+xml", "application/rdf+xml", "xml"),
])
def test_construct_in_each_graph_format(server, local, accept, media_type, rdflib_format):
    response = post(server + "sparql", content=CONSTRUCT.encode(), headers={"Accept": accept, "Content-Type": "application/sparql-query"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media_type
    expected = rdflib.Graph().parse(data=q.render(q.run(local, CONSTRUCT), "table"), format="turtle")
    assert len(expected) > 0 and isomorphic(rdflib.Graph().parse(data=response.text, format=rdflib_format), expected)


def test_get_and_both_posts_agree(server):
    by_get = get(server + "sparql", params={"query": COMPANIES}, headers={"Accept": "text/csv"})
    by_form = post(server + "sparql", data={"query": COMPANIES}, headers={"Accept": "text/csv"})
    by_body = post(server + "sparql", content=COMPANIES.encode(), headers={"Accept": "text/csv", "Content-Type": "application/sparql-query"})
    assert by_get.status_code == by_form.status_code == by_body.status_code == 200
    assert by_get.content == by_form.content == by_body.content


def test_format_parameter_ask_and_describe(server):
    assert get(server + "sparql", params={"query": COMPANIES, "format": "tsv"}, headers={"Accept": "text/csv"}).headers["content-type"].startswith("text/tab-separated-values")
    assert get(server + "sparql", params={"query": "ASK { ?e a kg:Company }"}).json()["boolean"] is True
    describe = get(server + "sparql", params={"query": 'DESCRIBE ?e WHERE { ?e skos:prefLabel "Anthropic" }', "format": "nt"})
    assert describe.status_code == 200 and "Anthropic" in describe.text


def test_default_graph_uri_is_one_article(server, local):
    graph = local.graphs()[0]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    one = get(server + "sparql", params={"query": count, "default-graph-uri": graph.value, "format": "csv"})
    assert one.content == q.run(local, count, graph=graph).serialize(format=QueryResultsFormat.CSV)
    assert get(server + "sparql", params=[("query", count), ("named-graph-uri", graph.value)]).status_code == 400


@pytest.mark.parametrize("request_kwargs, status, message", [
    ({"params": {"query": COMPANIES}, "headers": {"Accept": "text/turtle"}}, 406, "accept one of"),
    ({"params": {"query": CONSTRUCT, "format": "csv"}}, 406, "gives an RDF graph"),
    ({"params": {"query": "SELECT * WHERE { ?s ?p }"}}, 400, "bad SPARQL"),
    ({"params": {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}}, 400, "SERVICE"),
    ({"params": {}}, 400, "give exactly one of"),
    ({"params": {"query": COMPANIES, "update": UPDATE}}, 400, "give exactly one of"),
    ({"params": {"update": UPDATE}}, 400, "POST"),
])
def test_bad_queries_get_a_clear_error(server, request_kwargs, status, message):
    response = get(server + "sparql", **request_kwargs)
    assert response.status_code == status and message in response.text
    assert response.headers["content-type"].startswith("text/plain")


def test_bad_posts(server):
    wrong_type = post(server + "sparql", content=b"x", headers={"Content-Type": "text/plain"})
    assert wrong_type.status_code == 415
    too_big = post(server + "sparql", content=b"#" * (2 * 2**20), headers={"Content-Type": "application/sparql-query"})
    assert too_big.status_code == 413


def test_named_queries(server, local):
    listed = get(server + "queries").json()["queries"]
    assert [item["name"] for item in listed] == list(q.named_queries()) and all(item["description"] for item in listed)
    for name in q.named_queries():
        response = get(server + f"queries/{name}", headers={"Accept": "text/csv"})
        assert response.status_code == 200, name
        assert response.text == q.render(q.run(local, q.named_query(name)), "csv"), name
    bound = get(server + "queries/about", params={"name": "Anthropic", "format": "csv"})
    expected = q.render(q.run(local, q.bind(q.named_query("about"), {"name": "Anthropic"})), "csv")
    assert bound.text == expected and len(expected.splitlines()) > 1
    assert get(server + "queries/nonesuch").status_code == 404
    assert get(server + "queries/about", params={"x y": "1"}).status_code == 400


def test_updates_refused_on_a_read_only_server(server):
    for headers in ({}, {"Authorization": f"Bearer {TOKEN}"}):
        response = post(server + "sparql", content=UPDATE.encode(), headers={"Content-Type": "application/sparql-update", **headers})
        assert response.status_code == 403 and "read-only" in response.text
    assert post(server + "sparql", data={"update": UPDATE}).status_code == 403
    assert get(server + "sparql", params={"query": ADDED}).json()["boolean"] is False


def test_updates_need_the_token(writer):
    update_headers = {"Content-Type": "application/sparql-update"}
    missing = post(writer + "sparql", content=UPDATE.encode(), headers=update_headers)
    assert missing.status_code == 401 and missing.headers["www-authenticate"].startswith("Bearer")
    wrong = post(writer + "sparql", content=UPDATE.encode(), headers={**update_headers, "Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert get(writer + "sparql", params={"query": ADDED}).json()["boolean"] is False
    done = post(writer + "sparql", content=UPDATE.encode(), headers={**update_headers, "Authorization": f"Bearer {TOKEN}"})
    assert done.status_code == 204, done.text
    assert get(writer + "sparql", params={"query": ADDED}).json()["boolean"] is True
    undo = post(writer + "sparql", data={"update": "DROP GRAPH <https://example.org/g>"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert undo.status_code == 204 and get(writer + "sparql", params={"query": ADDED}).json()["boolean"] is False
    load = post(writer + "sparql", content=b"LOAD <file:///etc/passwd>", headers={**update_headers, "Authorization": f"Bearer {TOKEN}"})
    assert load.status_code == 403 and "LOAD" in load.text


def test_the_time_limit_stops_a_slow_query(server):
    started = time.monotonic()
    response = get(server + "sparql", params={"query": SLOW})
    elapsed = time.monotonic() - started
    assert response.status_code == 503 and "time limit" in response.text
    assert TIMEOUT <= elapsed < TIMEOUT + 10
    # the worker that ran it was replaced: the server still answers
    assert get(server + "sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_the_size_limit(writer):
    response = get(writer + "sparql", params={"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"})
    assert response.status_code == 413 and "larger than the server's limit" in response.text
    assert get(writer + "sparql", params={"query": COMPANIES + " LIMIT 3"}).status_code == 200


def test_the_html_page(server):
    response = get(server)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert '<form method="get" action="/sparql">' in response.text and '<textarea name="query"' in response.text
    assert all(f"/queries/{name}?format=csv" in response.text for name in q.named_queries())
    assert "default-src 'none'" in response.headers["content-security-policy"]


def test_the_html_page_escapes_text(monkeypatch, tmp_path):
    rq = tmp_path / "x.rq"
    rq.write_text("# <script>alert(1)</script> & more\nSELECT * WHERE { ?s ?p ?o }\n")
    monkeypatch.setattr(q, "named_queries", lambda: {'<img src=x onerror="y">': rq})
    page = index_page(False)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page
    assert "<img" not in page and "&lt;img src=x onerror=&quot;y&quot;&gt;" in page


def test_the_graph_view(server):
    response = get(server + "graph")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "Anthropic" in response.text


def test_sparqlwrapper_client(server, local):
    client = SPARQLWrapper(server + "sparql")
    client.setQuery(COMPANIES)
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    assert [b["label"]["value"] for b in bindings] == [r["label"] for r in q.rows(q.run(local, COMPANIES))]
    client.setReturnFormat(CSV)
    assert client.query().convert() == q.run(local, COMPANIES).serialize(format=QueryResultsFormat.CSV)
    client.setQuery(CONSTRUCT)
    client.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
    assert len(graph) == len(rdflib.Graph().parse(data=q.render(q.run(local, CONSTRUCT), "table"), format="turtle"))


def test_articles_ingested_while_serving_are_seen(store_dir, tmp_path):
    shutil.copytree(store_dir, tmp_path / "store")
    count = {"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "format": "json"}
    with kg_server(tmp_path / "store", log=tmp_path / "serve.log") as url:
        before = int(get(url + "sparql", params=count).json()["results"]["bindings"][0]["n"]["value"])
        with GraphStore(tmp_path / "store") as store:
            graph = NamedNode("https://example.org/graph/new")
            store.replace_graph(graph, [Quad(NamedNode("https://example.org/s"), NamedNode("https://example.org/p"), pyoxigraph.Literal("o"), graph)])
        after = int(get(url + "sparql", params=count).json()["results"]["bindings"][0]["n"]["value"])
    assert after == before + 1


def test_serve_options():
    runner = CliRunner()
    help_text = runner.invoke(cli, ["serve", "--help"]).output
    assert "default: 127.0.0.1" in help_text and "--allow-update" in help_text
    refused = runner.invoke(cli, ["serve", "--allow-update"])
    assert refused.exit_code == 2 and "--token" in refused.output
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost") and not is_loopback("0.0.0.0")


def test_a_missing_store_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "none"), "serve", "--port", "0"])
    assert result.exit_code == 1 and "no store here yet" in result.output
