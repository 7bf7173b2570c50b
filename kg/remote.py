"""The store on a SPARQL 1.1 server (the Oxigraph server, Fuseki, GraphDB, ...), with GraphStore's interface.

`--store http://HOST:PORT/` names the server; its endpoints are relative to that URL and named as
the Oxigraph server names them: `query` and `update` (SPARQL 1.1 Protocol) and `store` (Graph Store
Protocol). Writing an article is the same one SPARQL Update as in the embedded store, sent in one
request, which the server runs as one transaction.

The default graph: kg's queries read the union of the article graphs, as the embedded store does
with pyoxigraph's `use_default_graph_as_union`. At open the store asks the server whether it takes
the Oxigraph `union-default-graph` request option (or was started with `--union-default-graph`);
if it does, every query carries that option, and if not, every query names the dataset itself: each
named graph as a `default-graph-uri` and as a `named-graph-uri` (SPARQL 1.1 Protocol, section 2.1.4).
Either way the results are those of the embedded store.
"""
from __future__ import annotations

import re
from urllib.parse import urlencode

import httpx
import pyoxigraph
from pyoxigraph import NamedNode, Quad, QueryResultsFormat, RdfFormat

from . import __version__
from .errors import QueryError, StoreError
from .graph import DATA_MODEL_VERSION, META_GRAPH, STORE_NODE, meta_quads
from .store import _term, replace_graph_update
from .vocab import KG, PREFIXES

_RESULTS = {"application/sparql-results+json": QueryResultsFormat.JSON, "application/json": QueryResultsFormat.JSON,
            "application/sparql-results+xml": QueryResultsFormat.XML, "text/tab-separated-values": QueryResultsFormat.TSV}
_GRAPHS = {"application/n-triples": RdfFormat.N_TRIPLES, "text/turtle": RdfFormat.TURTLE,
           "application/rdf+xml": RdfFormat.RDF_XML, "application/ld+json": RdfFormat.JSON_LD}
QUERY_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
PROLOGUE = "".join(f"PREFIX {name}: <{namespace}>\n" for name, namespace in PREFIXES.items())
_PROLOGUE_LINES = PROLOGUE.count("\n")
_VERSION = NamedNode(str(KG.dataModelVersion))


class RemoteGraphStore:
    """A store of article graphs on a SPARQL 1.1 server with Update and the Graph Store Protocol."""

    def __init__(self, location: str, *, read_only: bool = False, timeout: float = 300.0, union: bool | None = None):
        self.location = location if location.endswith("/") else location + "/"
        self.read_only = read_only
        self._client = httpx.Client(timeout=httpx.Timeout(timeout, connect=10.0), headers={"User-Agent": f"kg/{__version__}"})
        self._check_version()
        self._union = self._takes_union_option() if union is None else union

    def _check_version(self) -> None:
        found = list(self._select(f"SELECT ?v WHERE {{ GRAPH {_term(META_GRAPH)} {{ {_term(STORE_NODE)} {_term(_VERSION)} ?v }} }}"))
        if found:
            version = found[0]["v"].value
            if int(version) > int(DATA_MODEL_VERSION):
                raise StoreError(f"{self.location}: made by a newer kg (data model {version}, this kg reads {DATA_MODEL_VERSION}); upgrade kg")
        elif self.read_only:
            raise StoreError(f"{self.location}: no kg store on this server yet; run `kg --store {self.location} ingest ARTICLE...` first")
        else:
            body = "\n".join(f"{_term(q.subject)} {_term(q.predicate)} {_term(q.object)} ." for q in meta_quads())
            self._send_update(f"INSERT DATA {{ GRAPH {_term(META_GRAPH)} {{ {body} }} }}")

    def _takes_union_option(self) -> bool:
        """Whether the default graph is the union of the named graphs when the request asks for it."""
        ask = f"ASK {{ {_term(STORE_NODE)} {_term(_VERSION)} ?v }}"
        return bool(self._query(ask, [("union-default-graph", "")]))

    # writing
    def replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        """Replace one article's graph: one update request, one transaction on the server."""
        self._send_update(replace_graph_update(graph, quads))

    def remove_graph(self, graph: NamedNode) -> bool:
        if not self.has_graph(graph):
            return False
        self._send_update(f"DROP GRAPH {_term(graph)}")
        return True

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update on the server; the kg prefixes are declared."""
        self._send_update(PROLOGUE + sparql, lines=_PROLOGUE_LINES)

    def _send_update(self, update: str, *, lines: int = 0) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: the store is open read-only")
        self._post("update", content=update.encode("utf-8"), lines=lines, what="SPARQL Update",
                   headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    # reading
    def has_graph(self, graph: NamedNode) -> bool:
        return bool(self._query(f"ASK {{ GRAPH {_term(graph)} {{ ?s ?p ?o }} }}", []))

    def _graph_names(self) -> list[NamedNode]:
        names = (row["g"] for row in self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return sorted((g for g in names if isinstance(g, NamedNode)), key=str)

    def graphs(self) -> list[NamedNode]:
        return [g for g in self._graph_names() if g != META_GRAPH]

    def query(self, sparql: str, *, graph: NamedNode | None = None):
        """SELECT/ASK give pyoxigraph QuerySolutions/QueryBoolean, CONSTRUCT/DESCRIBE QueryTriples."""
        return self._query(PROLOGUE + sparql, self._dataset(graph), lines=_PROLOGUE_LINES)

    def _dataset(self, graph: NamedNode | None) -> list[tuple[str, str]]:
        if graph is None and self._union:
            return [("union-default-graph", "")]
        names = [g.value for g in self._graph_names()]
        defaults = [graph.value] if graph is not None else names
        return [("default-graph-uri", g) for g in defaults] + [("named-graph-uri", g) for g in names]

    def quads(self, graph: NamedNode | None = None):
        only = f"VALUES ?g {{ {_term(graph)} }}" if graph is not None else ""
        for row in self._select(f"SELECT ?g ?s ?p ?o WHERE {{ {only} GRAPH ?g {{ ?s ?p ?o }} }}"):
            if row["g"] != META_GRAPH:
                yield Quad(row["s"], row["p"], row["o"], row["g"])

    def dump_graph(self, graph: NamedNode) -> bytes:
        """The graph as N-Triples, read with the Graph Store Protocol (empty if there is no such graph)."""
        response = self._request("GET", "store", params={"graph": graph.value}, headers={"Accept": "application/n-triples"})
        if response.status_code == 404:
            return b""
        self._raise_for(response, "Graph Store request")
        return response.content

    def _select(self, sparql: str):
        return self._query(sparql, [])

    def _query(self, sparql: str, dataset: list[tuple[str, str]], *, lines: int = 0):
        form = urlencode([("query", sparql), *dataset]).encode("ascii")
        response = self._post("query", content=form, lines=lines, what="SPARQL",
                              headers={"Accept": QUERY_ACCEPT, "Content-Type": "application/x-www-form-urlencoded"})
        media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type in _RESULTS:
            return pyoxigraph.parse_query_results(response.content, format=_RESULTS[media_type])
        if media_type in _GRAPHS:
            return _as_query_triples(response.content, _GRAPHS[media_type])
        raise StoreError(f"{self.location}: the server answered a query with {media_type or 'no content type'}; is this a SPARQL endpoint?")

    # HTTP
    def _request(self, method: str, endpoint: str, **kwargs) -> httpx.Response:
        url = self.location + endpoint
        try:
            return self._client.request(method, url, **kwargs)
        except httpx.TimeoutException:
            raise StoreError(f"{url}: the SPARQL server did not answer in time") from None
        except httpx.HTTPError as exc:
            raise StoreError(f"{url}: cannot reach the SPARQL server ({exc}); is it running?") from None

    def _post(self, endpoint: str, *, lines: int, what: str, **kwargs) -> httpx.Response:
        response = self._request("POST", endpoint, **kwargs)
        if response.status_code == 400:
            raise QueryError(f"bad {what}: {_shift_lines(_message(response), lines)}")
        self._raise_for(response, what + " request")
        return response

    def _raise_for(self, response: httpx.Response, what: str) -> None:
        if response.status_code >= 300:
            raise StoreError(f"{response.request.url}: the server refused the {what} "
                             f"(HTTP {response.status_code}: {_message(response)})")

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _message(response: httpx.Response) -> str:
    text = " ".join(response.text.split())
    return text[:300] + ("..." if len(text) > 300 else "") if text else response.reason_phrase


def _shift_lines(message: str, lines: int) -> str:
    """Point a server's 'error at LINE:COLUMN' at the query as written, without kg's prefix lines."""
    return re.sub(r"\bat (\d+):(\d+)", lambda m: f"at {max(1, int(m.group(1)) - lines)}:{m.group(2)}", message, count=1)


def _as_query_triples(content: bytes, fmt: RdfFormat):
    """Parsed CONSTRUCT/DESCRIBE results as the QueryTriples an embedded store gives."""
    memory = pyoxigraph.Store()
    memory.load(content, format=fmt, to_graph=pyoxigraph.DefaultGraph())
    return memory.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
