"""The view around one entity, read from the store without reading the rest of it.

`select(read_view(store), focus=NAME, depth=N)` builds the whole view and then keeps a neighbourhood:
on a large store that reads every entity, event, claim and sentence, each as many times as articles
repeat it. Here the neighbourhood is found first, with queries bound to each step's frontier:

* the entities called NAME: those with a label or alias that reads as NAME, judged by `select.named`;
* the nodes within `depth` steps of them, stepping along every property the view draws as an edge
  (roles, relations, who said a claim, what it is about): at least every node the view would keep;
* the speakers and events of those claims, whose labels a claim's panel lists.

What the view reads of those nodes (their own statements, their mentions, relations, sentences, dates
and articles) is copied, once, into a small in-memory store, and `read_view` reads that: it holds every
node within `depth` steps with what the whole view says of it, and every edge between them, so
`select` keeps from it the same neighbourhood, byte for byte, as from the whole view.
"""
from __future__ import annotations

import pyoxigraph

from ..vocab import PREFIXES
from .select import _normal, named
from .view import View, _entities, read_view

LABELS = "SELECT DISTINCT ?label WHERE { ?entity skos:prefLabel|skos:altLabel ?label }"
LABELLED = "SELECT DISTINCT ?entity WHERE { ?entity skos:prefLabel|skos:altLabel ?label }"
STEPS = """
SELECT DISTINCT ?next WHERE {
  { ?node kg:agent|kg:target|kg:object|kg:speaker|kg:about ?next }
  UNION { ?next kg:agent|kg:target|kg:object|kg:speaker|kg:about ?node }
  UNION { ?relation rdf:subject ?node ; rdf:object ?next }
  UNION { ?relation rdf:object ?node ; rdf:subject ?next }
  FILTER(isIRI(?next))
}"""
NAMED_BY_CLAIMS = "SELECT DISTINCT ?next WHERE { ?node kg:speaker|kg:about ?next FILTER(isIRI(?next)) }"
# Each branch is looked up from ?node (pyoxigraph loops over the bound nodes only when every branch
# of a UNION is one pattern, filters allowed): with two patterns joined in a branch, the union ran
# over the whole store first, every copy of a shared relation's type times every copy of its subject.
ABOUT_THEM = """SELECT DISTINCT ?next WHERE {
  { ?next kg:refersTo ?node } UNION { ?next rdf:subject ?node FILTER EXISTS { ?next a kg:RelationAssertion } } }"""
THEIR_SENTENCES = "SELECT DISTINCT ?next WHERE { ?node kg:evidence|kg:date ?next FILTER(isIRI(?next)) }"
THEIR_ARTICLES = "SELECT DISTINCT ?next WHERE { ?node kg:article ?next FILTER(isIRI(?next)) }"
STATEMENTS = "CONSTRUCT { ?node ?p ?o } WHERE { ?node ?p ?o }"


class _Copy:
    """A small in-memory store of statements copied from the store, queried as GraphStore is."""

    def __init__(self):
        self._store = pyoxigraph.Store()

    def query(self, sparql: str, *, graph=None):
        return self._store.query(sparql, prefixes=PREFIXES)

    def copy(self, store, nodes: set) -> None:
        """Every statement about `nodes`, from every article graph, once."""
        if nodes:
            self._store.extend(pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in _query(store, STATEMENTS, nodes))


def focused_view(store, name: str, depth: int) -> View:
    """The view of the nodes within `depth` steps of the entities called `name` (see the module's docstring);
    without such an entity, a view without it, for `select` to say so."""
    start = _called(store, name)
    if not start or depth < 0:
        return View()
    reached, frontier = set(start), set(start)
    for _ in range(depth):
        frontier = _next(store, STEPS, frontier) - reached
        reached |= frontier
    nodes = reached | _next(store, NAMED_BY_CLAIMS, reached)
    return read_view(_copied(store, nodes))


def _called(store, name: str) -> set:
    """The entities `select.named` finds for `name`: among those with a label or alias that reads as `name`."""
    wanted = _normal(name)
    labels = {r["label"] for r in _query(store, LABELS) if _normal(r["label"].value) == wanted}
    candidates = {r["entity"] for r in _query(store, LABELLED, labels, var="label")} if labels else set()
    copy = _Copy()
    copy.copy(store, candidates)
    entities = {node.id: node for node in _entities(copy, {})}
    found = set(named(View(nodes=entities), name))
    return {iri for iri in candidates if _id(iri) in found}


def _copied(store, nodes: set) -> _Copy:
    """The statements `read_view` reads about `nodes`: theirs, their mentions' and relations', their
    sentences' and dates', and their articles'."""
    copy = _Copy()
    nodes = nodes | _next(store, ABOUT_THEM, nodes)
    copy.copy(store, nodes)
    sentences = _next(copy, THEIR_SENTENCES, nodes)
    copy.copy(store, sentences)
    copy.copy(store, _next(copy, THEIR_ARTICLES, sentences))
    return copy


def _next(store, query: str, nodes: set) -> set:
    return {r["next"] for r in _query(store, query, nodes)} if nodes else set()


def _query(store, sparql: str, terms=None, *, var: str = "node"):
    """Run `sparql` with ?var bound to each of `terms` (a VALUES block opening its WHERE clause)."""
    if terms is not None:
        block = f"VALUES ?{var} {{ {' '.join(sorted(str(t) for t in terms))} }}"
        brace = sparql.index("{", sparql.upper().index("WHERE"))
        sparql = f"{sparql[:brace + 1]} {block}{sparql[brace + 1:]}"
    return store.query(sparql)


def _id(iri) -> str:
    from .view import short_id

    return short_id(iri.value)
