"""The graph store: pyoxigraph on disk, one named graph per article.

Writing an article is one transaction: a SPARQL Update (drop its graph, insert its quads), or for an
article not yet in the store just the insertion of its quads. An article is either wholly in the
store or not at all, and re-ingesting the same article replaces it with the same quads.

A committed transaction is in RocksDB's write-ahead log at once, so a process killed right after
it (SIGKILL, Ctrl-C) loses nothing: the next open replays the log (a power cut can lose the articles
written since the last flush, whole ones). `Store.flush()` only moves the in-memory tables into
sorted files (a dozen small files per call, one per index), so the store does it every `FLUSH_EVERY`
writes and when the store is closed with writes not yet flushed rather than after every article,
which cost a quarter of an ingest's time; flushing now and then still bounds the memory the tables take.
A flush also waits for RocksDB's background compaction whenever level 0 holds enough files to stall
writes, as it does right after a bulk load, so nothing flushes without a write to flush (see `bulk_load`).

One writer at a time: a writer holds an exclusive lock on `kg.lock` in the store folder and waits
for it at most `lock_timeout` seconds, then says the store is in use. pyoxigraph calls opening a
store read-only while another process writes it undefined behaviour, so readers never do that:
a reader takes a shared lock on `kg.lock`, and when a writer holds it the reader opens instead
`kg-snapshot/`, the consistent checkpoint the writer took (with `Store.backup`, hard links) before
its first write. Queries therefore keep working during an ingest and see the store as it was when
the ingest began. A writer waits (bounded) for readers to finish; `kg serve` opens the store for each
request and closes it after, so it holds no reader lock between requests and ingests go on beside it.

A location that is an http(s):// URL is a SPARQL server instead (kg/remote.py), with the same interface.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import time
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


LOCK_FILE = "kg.lock"
SNAPSHOT_DIR = "kg-snapshot"
DEFAULT_LOCK_TIMEOUT = 5.0
FLUSH_EVERY = 100  # writes between flushes: rare enough to cost nothing, often enough to bound memory


def _lock(folder: Path, *, shared: bool, timeout: float):
    """An flock on the store's kg.lock, or None when it is not free within `timeout` seconds."""
    handle = open(folder / LOCK_FILE, "a+b")
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(handle, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.close()
                return None
            time.sleep(0.05)


def _take_snapshot(store, folder: Path) -> None:
    """Replace kg-snapshot/ with a checkpoint of the store (called with the writer lock held)."""
    fresh, old = folder / (SNAPSHOT_DIR + ".new"), folder / (SNAPSHOT_DIR + ".old")
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    store.flush()
    store.backup(str(fresh))
    if (folder / SNAPSHOT_DIR).exists():
        os.rename(folder / SNAPSHOT_DIR, old)
    os.rename(fresh, folder / SNAPSHOT_DIR)
    shutil.rmtree(old, ignore_errors=True)


class GraphStore:
    """A store of article graphs, embedded (a folder)."""

    def __init__(self, location: str | Path, *, read_only: bool = False, lock_timeout: float = DEFAULT_LOCK_TIMEOUT):
        self.location = Path(location)
        self.read_only = read_only
        self._lock = None
        self._unflushed = 0
        if self.location.exists() and not self.location.is_dir():
            raise StoreError(f"{self.location}: not a folder; give --store a folder for the store")
        if self.location.is_dir() and not _is_store_dir(self.location):
            raise StoreError(f"{self.location}: this folder is not a kg store (and is not empty)")
        if read_only and not (self.location / "CURRENT").exists():
            raise StoreError(f"{self.location}: no store here yet; run `kg ingest ARTICLE...` first")
        try:
            self._store = self._open_read_only() if read_only else self._open_writer(lock_timeout)
        except StoreLocked:
            self._release()
            raise
        except OSError as exc:
            self._release()
            text = str(exc).lower()
            if "lock" in text or "resource temporarily unavailable" in text:
                raise StoreLocked(f"{self.location}: the store is in use by another process; try again when it finishes") from None
            raise StoreError(f"{self.location}: cannot open the store ({exc})") from None
        try:
            self._check_version()
        except BaseException:
            self._release()
            raise

    def _in_use(self) -> StoreLocked:
        return StoreLocked(f"{self.location}: the store is in use by another process; try again when it finishes")

    def _open_writer(self, timeout: float):
        try:
            self.location.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.location}: cannot create the store ({exc.strerror or exc})") from None
        self._lock = _lock(self.location, shared=False, timeout=timeout)
        if self._lock is None:
            raise self._in_use()
        store = pyoxigraph.Store(str(self.location))
        if (self.location / "CURRENT").exists():
            _take_snapshot(store, self.location)
        return store

    def _open_read_only(self):
        try:
            self._lock = _lock(self.location, shared=True, timeout=0)
        except OSError:  # a read-only folder: no writer can be there either
            return pyoxigraph.Store.read_only(str(self.location))
        if self._lock is not None:
            return pyoxigraph.Store.read_only(str(self.location))
        for _attempt in range(20):  # a writer is at work: read the checkpoint it took before writing
            try:
                return pyoxigraph.Store.read_only(str(self.location / SNAPSHOT_DIR))
            except OSError:
                time.sleep(0.1)
        raise self._in_use()

    def _check_version(self) -> None:
        found = list(self._store.quads_for_pattern(STORE_NODE, NamedNode(str(KG.dataModelVersion)), None, META_GRAPH))
        if found:
            version = found[0].object.value
            if int(version) > int(DATA_MODEL_VERSION):
                raise StoreError(f"{self.location}: made by a newer kg (data model {version}, this kg reads {DATA_MODEL_VERSION}); upgrade kg")
        elif not self.read_only:
            self._store.extend(meta_quads())
            self.flush()  # a fresh store: nothing to wait for yet, and close() need not flush after a bulk load

    # writing
    def replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        """Replace one article's graph in a single transaction.

        A graph not yet in the store (the usual case) goes in with `Store.extend`, also one transaction,
        at half the cost of writing, then parsing, the SPARQL Update; one already there needs the Update.
        """
        if quads and not self._store.contains_named_graph(graph) and all(q.graph_name == graph for q in quads):
            self._write(self._store.extend, quads)
        else:
            self._update(replace_graph_update(graph, quads))

    def bulk_load(self, path: str | Path, *, format: RdfFormat = RdfFormat.N_QUADS) -> None:
        """Load a file of article graphs at full speed (not one transaction: for building a fresh store).

        No flush after it, here or in close(): the loader writes sorted files and adds them to the store
        itself (they are in the store when it returns), leaving nothing in the in-memory tables. A flush
        would only wait: the loaded files pile up in RocksDB's level 0, and `Store.flush()` first waits
        until background compaction has brought level 0 below its write-stall count, in every index. At 50,000 articles
        (20.8M quads) that wait was 74 s on top of a 143 s load (a third of kg's time, and the gap to raw
        `Store.bulk_load`, whose store is dropped without a flush); the compaction is not lost but left to
        RocksDB's background threads, for kg's store as for raw pyoxigraph's.
        """
        if self.read_only:
            raise StoreError(f"{self.location}: the store is open read-only")
        try:
            self._store.bulk_load(path=str(path), format=format)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{path}: bulk load failed ({exc})") from None

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
        self._write(self._store.update, update)

    def _write(self, method, argument) -> None:
        """One transaction; the store's files are brought up to date every FLUSH_EVERY of them."""
        try:
            method(argument)
        except OSError as exc:
            raise StoreError(f"{self.location}: write failed ({exc}); the store is unchanged") from None
        self._unflushed += 1
        if self._unflushed >= FLUSH_EVERY:
            self.flush()

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

    def flush(self) -> None:
        """Move the written transactions from the log into the store's files (they are durable before)."""
        if self._store is not None and not self.read_only:
            try:
                self._store.flush()
            except OSError as exc:
                raise StoreError(f"{self.location}: flush failed ({exc}); the written articles are in the log") from None
            self._unflushed = 0

    def close(self) -> None:
        try:
            if self._unflushed:
                self.flush()
        finally:
            self._release()

    def _release(self) -> None:
        self._store = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_store(location: str | Path, *, read_only: bool = False, lock_timeout: float = DEFAULT_LOCK_TIMEOUT):
    """A GraphStore for a folder, a RemoteGraphStore for an http(s):// SPARQL server URL."""
    if is_remote(location):
        from .remote import RemoteGraphStore

        return RemoteGraphStore(location, read_only=read_only)
    return GraphStore(location, read_only=read_only, lock_timeout=lock_timeout)
