"""RDF exports, sorted so the same store always gives the same bytes.

Turtle, N-Triples, JSON-LD and RDF/XML merge every article graph into one graph; TriG and
N-Quads keep one named graph per article.
"""
from __future__ import annotations

import pyoxigraph
from pyoxigraph import RdfFormat, Triple

from ..vocab import PREFIXES

_FORMATS = {"ttl": RdfFormat.TURTLE, "nt": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD,
            "trig": RdfFormat.TRIG, "nq": RdfFormat.N_QUADS, "xml": RdfFormat.RDF_XML}
_DATASET = {"trig", "nq"}


def write(store, fmt, path, **_options) -> None:
    name = fmt.value
    if name in _DATASET:
        items = sorted(set(store.quads()), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    else:
        items = sorted({Triple(q.subject, q.predicate, q.object) for q in store.quads()},
                       key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    prefixes = PREFIXES if name in ("ttl", "trig", "xml", "jsonld") else None
    pyoxigraph.serialize(items, str(path), _FORMATS[name], prefixes=prefixes)
