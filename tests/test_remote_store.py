"""The store on a real SPARQL server (the Oxigraph server from the `oxigraph` package) gives the same
results as the embedded store: named queries, exports, stats, validation, re-ingest, removal, the CLI
and the scorer."""
from __future__ import annotations

import csv
import io
import shlex
import subprocess
import sys
from collections import Counter

import httpx
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from kg import pipeline
from kg import query as q
from kg.cli import cli
from kg.errors import QueryError, StoreError
from kg.export import export
from kg.remote import RemoteGraphStore
from kg.store import GraphStore, open_store
from kg.validate import validate
from servers import REPO, SEEDS, kg_server, oxigraph_server

SHARED = REPO.parent / "shared"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("oxigraph")
    with oxigraph_server(tmp / "data", log=tmp / "oxigraph.log") as url:
        yield url


def clear(url: str) -> None:
    response = httpx.post(url + "update", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}, timeout=30)
    assert response.status_code in (200, 204), response.text


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    store = GraphStore(tmp_path_factory.mktemp("embedded") / "store")
    report = pipeline.ingest([SEEDS], store)
    assert report.ok and len(report.ingested) == len(list(SEEDS.glob("*.txt")))
    yield store
    store.close()


@pytest.fixture
def remote(server, embedded):
    """A remote store holding the seeds, ingested afresh for each test."""
    clear(server)
    store = RemoteGraphStore(server)
    report = pipeline.ingest([SEEDS], store)
    assert report.ok and report.ingested
    yield store
    store.close()


def csv_of(store, name: str) -> str:
    return q.render(q.run(store, q.named_query(name)), q.ResultFormat.CSV)


def test_the_server_takes_the_union_option(remote):
    assert remote._union is True


def test_named_queries_give_the_same_csv(remote, embedded):
    for name in q.named_queries():
        assert csv_of(remote, name) == csv_of(embedded, name), name


def test_named_queries_same_when_the_dataset_is_named_in_each_request(server, remote, embedded):
    """Without the union option every named graph is sent as default-graph-uri and named-graph-uri."""
    def rows(text: str) -> Counter:
        """Rows as a multiset, each GROUP_CONCAT cell as a set: those orders follow the evaluation order."""
        return Counter(tuple(" | ".join(sorted(cell.split(" | "))) for cell in row) for row in csv.reader(io.StringIO(text)))

    with RemoteGraphStore(server, read_only=True, union=False) as plain:
        for name in q.named_queries():
            assert rows(csv_of(plain, name)) == rows(csv_of(embedded, name)), name


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "trig", "nq", "xml"])
def test_rdf_exports_are_the_same(remote, embedded, tmp_path, fmt):
    mine, theirs = export(remote, fmt, tmp_path / f"remote.{fmt}"), export(embedded, fmt, tmp_path / f"embedded.{fmt}")
    assert mine.read_bytes() == theirs.read_bytes()
    if fmt == "ttl":
        assert isomorphic(rdflib.Graph().parse(mine, format="turtle"), rdflib.Graph().parse(theirs, format="turtle"))


def test_html_export_reads_the_remote_store(remote, tmp_path):
    page = export(remote, "html", tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "<html" in page.lower() and "Anthropic" in page


def test_query_forms_match(remote, embedded):
    construct = "CONSTRUCT { ?e a kg:Company } WHERE { ?e a kg:Company }"
    for text in (construct, "DESCRIBE ?e WHERE { ?e skos:prefLabel \"Anthropic\" }"):
        mine, theirs = q.run(remote, text), q.run(embedded, text)
        assert q.render(mine, "table") == q.render(theirs, "table")
    assert q.render(q.run(remote, "ASK { ?e a kg:Company }"), "csv") == "true\n"
    graph = embedded.graphs()[0]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert q.render(q.run(remote, count, graph=graph), "csv") == q.render(q.run(embedded, count, graph=graph), "csv")


def test_stats_graphs_and_validation_are_the_same(remote, embedded):
    assert pipeline.stats(remote) == pipeline.stats(embedded)
    assert remote.graphs() == embedded.graphs()
    assert all(remote.has_graph(g) for g in embedded.graphs())
    assert validate(remote) == validate(embedded)
    graph = embedded.graphs()[0]
    assert sorted(remote.dump_graph(graph).splitlines()) == sorted(embedded.dump_graph(graph).splitlines())


def test_reingest_is_idempotent(remote):
    before, graphs = set(remote.quads()), remote.graphs()
    again = pipeline.ingest([SEEDS], remote)
    assert again.unchanged and not again.ingested
    forced = pipeline.ingest([SEEDS], remote, force=True)
    assert forced.ingested and set(remote.quads()) == before and remote.graphs() == graphs


def test_remove_then_reingest(remote, embedded):
    first = embedded.graphs()[0]
    removed = pipeline.remove([first.value.rsplit("/", 1)[-1]], remote)
    assert removed and not remote.has_graph(first) and not remote.remove_graph(first)
    assert not any(quad.graph_name == first for quad in remote.quads())
    pipeline.ingest([SEEDS], remote)
    assert set(remote.quads()) == set(embedded.quads())


def test_errors_are_one_line(remote, server):
    with pytest.raises(QueryError, match=r"bad SPARQL: error at 2:"):
        q.run(remote, "SELECT *\nWHERE { ?s ?p }")
    with pytest.raises(StoreError, match="cannot reach the SPARQL server"):
        RemoteGraphStore("http://127.0.0.1:9/")
    clear(server)
    with pytest.raises(StoreError, match="no kg store on this server yet"):
        RemoteGraphStore(server, read_only=True)
    RemoteGraphStore(server).close()  # a writable open makes the store
    with RemoteGraphStore(server, read_only=True) as reader, pytest.raises(StoreError, match="read-only"):
        reader.update("CLEAR ALL")


def test_open_store_chooses_by_location(server, tmp_path):
    with open_store(server) as store:
        assert isinstance(store, RemoteGraphStore)
    with open_store(str(tmp_path / "s")) as store:
        assert isinstance(store, GraphStore)


def test_cli_commands_take_a_server_url(server, embedded, tmp_path):
    clear(server)
    ingest = subprocess.run([sys.executable, "-m", "kg", "--store", server, "ingest", str(SEEDS)],
                            capture_output=True, text=True, timeout=300, cwd=REPO)
    assert ingest.returncode == 0, ingest.stderr
    runner = CliRunner()
    for name in ("entities", "events", "relations", "claims"):
        result = runner.invoke(cli, ["--store", server, "query", "--name", name, "--format", "csv"])
        assert result.exit_code == 0, result.output
        assert result.output.replace("\r\n", "\n") == csv_of(embedded, name).replace("\r\n", "\n")
    stats = runner.invoke(cli, ["--store", server, "stats", "--json"])
    assert stats.exit_code == 0 and '"articles": 2' in stats.output
    assert runner.invoke(cli, ["--store", server, "validate"]).exit_code == 0
    out = tmp_path / "graph.ttl"
    assert runner.invoke(cli, ["--store", server, "export", "--format", "ttl", "-o", str(out)]).exit_code == 0
    assert out.read_bytes() == export(embedded, "ttl", tmp_path / "embedded.ttl").read_bytes()
    missing = runner.invoke(cli, ["--store", "http://127.0.0.1:9/", "stats"])
    assert missing.exit_code == 1 and "cannot reach the SPARQL server" in missing.output


def test_kg_serve_over_a_remote_store(remote, embedded, tmp_path):
    with kg_server(remote.location, log=tmp_path / "serve.log") as url:
        response = httpx.get(url + "queries/entities", headers={"Accept": "text/csv"}, timeout=30)
    assert response.status_code == 200
    assert response.text.replace("\r\n", "\n") == csv_of(embedded, "entities").replace("\r\n", "\n")


WRAPPER = '''\
"""kg for the scorer, on a SPARQL server: `--store DIR` becomes the server, emptied before each ingest."""
import subprocess, sys
import httpx
url, args = sys.argv[1], sys.argv[2:]
at = args.index("--store")
del args[at:at + 2]
if args[0] == "ingest":
    httpx.post(url + "update", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}, timeout=30).raise_for_status()
sys.exit(subprocess.call([sys.executable, "-m", "kg", "--store", url, *args]))
'''


def test_the_scorer_scores_the_same_with_a_remote_store(server, tmp_path):
    score = SHARED / "eval" / "score.py"
    assert score.is_file(), f"the scorer is missing: {score}"
    wrapper = tmp_path / "kg_remote.py"
    wrapper.write_text(WRAPPER)

    def run(kg: str) -> list[str]:
        proc = subprocess.run([sys.executable, str(score), "--texts", str(SHARED / "seeds"), "--gold", str(SHARED / "eval" / "gold"),
                               "--kg", kg], capture_output=True, text=True, timeout=600, cwd=REPO)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return proc.stdout.splitlines()

    embedded = run(f"{shlex.quote(sys.executable)} -m kg")
    remote = run(f"{shlex.quote(sys.executable)} {shlex.quote(str(wrapper))} {server}")
    assert remote == embedded and "FAILED" not in remote[-1]


def test_writing_several_articles_gives_the_embedded_store(server, tmp_path):
    """The bulk path (pipeline.write_all, as `kg ingest` after analysis) leaves the same quads on a server."""
    from kg.graph import build_quads
    from samples import getty, micron

    analysed = [(article, build_quads(article, extraction)) for article, extraction in (getty(), micron())]
    clear(server)
    with RemoteGraphStore(server) as remote, GraphStore(tmp_path / "store") as embedded:
        for store in (remote, embedded):
            report = pipeline.write_all(analysed, store)
            assert report.ingested == [article.path for article, _quads in analysed]
        assert set(remote.quads()) == set(embedded.quads()) and remote.graphs() == embedded.graphs()
        pipeline.write_all(analysed, remote)  # again: each article's graph replaced, nothing added
        assert set(remote.quads()) == set(embedded.quads())
