"""The graph store: pyoxigraph on disk, one named graph per article.

Writing an article is one SPARQL Update (drop its graph, insert its quads), which pyoxigraph runs
as one transaction: an article is either wholly in the store or not at all, and re-ingesting the
same article replaces it with the same quads. Readers open the store read-only.

A location that is an http(s):// URL is a SPARQL server instead (kg/remote.py), with the same interface.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
from pyoxigraph import NamedNode, Quad, RdfFormat

from .errors import QueryError, StoreError, StoreLocked
from .graph import DATA_MODEL_VERSION, META_GRAPH, STORE_NODE, meta_quads
from .vocab import KG, PREFIXES


def _term(node) -> str:
    return str(node)  # pyoxigraph terms print in N-Triples syntax


def replace_graph_update(graph: NamedNode, quads: list[Quad]) -> str:
    """The one SPARQL Update that replaces a graph: drop it, insert its quads."""
    body = "\n".join(f"{_term(q.subject)} {_term(q.predicate)} {_term(q.object)} ." for q in quads)
    return f"DROP SILENT GRAPH {_term(graph)} ;\nINSERT DATA {{ GRAPH {_term(graph)} {{\n{body}\n}} }}"


def is_remote(location) -> bool:
    """A store location that names a SPARQL server rather than a folder."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


def _is_store_dir(path: Path) -> bool:
    return (path / "CURRENT").exists() or not any(path.iterdir())


class GraphStore:
    """A store of article graphs, embedded (a folder)."""

    def __init__(self, location: str | Path, *, read_only: bool = False):
        self.location = Path(location)
        self.read_only = read_only
        if self.location.exists() and not self.location.is_dir():
            raise StoreError(f"{self.location}: not a folder; give --store a folder for the store")
        if self.location.is_dir() and not _is_store_dir(self.location):
            raise StoreError(f"{self.location}: this folder is not a kg store (and is not empty)")
        if read_only and not (self.location / "CURRENT").exists():
            raise StoreError(f"{self.location}: no store here yet; run `kg ingest ARTICLE...` first")
        try:
            self._store = pyoxigraph.Store.read_only(str(self.location)) if read_only else pyoxigraph.Store(str(self.location))
        except OSError as exc:
            text = str(exc).lower()
            if "lock" in text or "resource temporarily unavailable" in text:
                raise StoreLocked(f"{self.location}: the store is in use by another process; try again when it finishes") from None
            raise StoreError(f"{self.location}: cannot open the store ({exc})") from None
        self._check_version()

    def _check_version(self) -> None:
        found = list(self._store.quads_for_pattern(STORE_NODE, NamedNode(str(KG.dataModelVersion)), None, META_GRAPH))
        if found:
            version = found[0].object.value
            if int(version) > int(DATA_MODEL_VERSION):
                raise StoreError(f"{self.location}: made by a newer kg (data model {version}, this kg reads {DATA_MODEL_VERSION}); upgrade kg")
        elif not self.read_only:
            self._store.extend(meta_quads())

    # writing
    def replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        """Replace one article's graph in a single transaction."""
        self._update(replace_graph_update(graph, quads))

    def remove_graph(self, graph: NamedNode) -> bool:
        if not self._store.contains_named_graph(graph):
            return False
        self._update(f"DROP GRAPH {_term(graph)}")
        return True

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update (one transaction); the kg prefixes are declared."""
        if self.read_only:
            raise StoreError(f"{self.location}: the store is open read-only")
        try:
            self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"bad SPARQL Update: {exc}") from None
        except OSError as exc:
            raise StoreError(f"{self.location}: update failed ({exc}); the store is unchanged") from None
        self._store.flush()

    def _update(self, update: str) -> None:
        try:
            self._store.update(update)
        except OSError as exc:
            raise StoreError(f"{self.location}: write failed ({exc}); the store is unchanged") from None
        self._store.flush()

    # reading
    def has_graph(self, graph: NamedNode) -> bool:
        return self._store.contains_named_graph(graph)

    def graphs(self) -> list[NamedNode]:
        return sorted((g for g in self._store.named_graphs() if g != META_GRAPH), key=str)

    def query(self, sparql: str, *, graph: NamedNode | None = None):
        kwargs = {"default_graph": graph} if graph is not None else {"use_default_graph_as_union": True}
        return self._store.query(sparql, prefixes=PREFIXES, **kwargs)

    def quads(self, graph: NamedNode | None = None):
        for quad in self._store.quads_for_pattern(None, None, None, graph):
            if quad.graph_name != META_GRAPH and not isinstance(quad.graph_name, pyoxigraph.DefaultGraph):
                yield quad

    def dump_graph(self, graph: NamedNode) -> bytes:
        return self._store.dump(format=RdfFormat.N_TRIPLES, from_graph=graph)

    def close(self) -> None:
        self._store = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_store(location: str | Path, *, read_only: bool = False):
    """A GraphStore for a folder, a RemoteGraphStore for an http(s):// SPARQL server URL."""
    if is_remote(location):
        from .remote import RemoteGraphStore

        return RemoteGraphStore(location, read_only=read_only)
    return GraphStore(location, read_only=read_only)
