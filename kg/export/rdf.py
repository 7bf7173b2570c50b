"""RDF exports, sorted so the same store always gives the same bytes, streamed so memory stays flat.

Turtle, N-Triples, JSON-LD and RDF/XML merge every article graph into one graph; TriG and
N-Quads keep one named graph per article.

The order is that of each statement's terms in N-Triples syntax (`str()` of pyoxigraph terms),
subject, predicate, object (after the graph for datasets). A whole store never sits in memory:
a dataset is written graph by graph (one article's graph is small), and the merged graph, whose
order interleaves every article, is sorted outside memory: runs of statements sorted in memory are
written to temporary files beside the output and merged (dropping the triples several articles
share), then parsed back and written through pyoxigraph's serializer as they come.
"""
from __future__ import annotations

import heapq
import itertools
import tempfile
from pathlib import Path

import pyoxigraph
from pyoxigraph import RdfFormat

from ..vocab import PREFIXES

_FORMATS = {"ttl": RdfFormat.TURTLE, "nt": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD,
            "trig": RdfFormat.TRIG, "nq": RdfFormat.N_QUADS, "xml": RdfFormat.RDF_XML}
_DATASET = {"trig", "nq"}
RUN_LINES = 100_000  # statements sorted in memory at a time (some 40 MB)
MERGE_FILES = 200  # runs merged at once; more are merged in rounds
PARSE_LINES = 10_000  # statements parsed back at a time


def write(store, fmt, path, **_options) -> None:
    name = fmt.value
    prefixes = PREFIXES if name in ("ttl", "trig", "xml", "jsonld") else None
    with tempfile.TemporaryDirectory(prefix=".kg-export-", dir=Path(path).parent) as tmp:
        items = _dataset_quads(store) if name in _DATASET else _merged_triples(store, Path(tmp))
        pyoxigraph.serialize(items, str(path), _FORMATS[name], prefixes=prefixes)


def _line(statement) -> str:
    """A statement in N-Triples syntax: sorting these lines sorts by subject, predicate, object."""
    return f"{statement.subject} {statement.predicate} {statement.object} .\n"


def _dataset_quads(store):
    """Every article graph's quads, graph after graph, each graph sorted on its own."""
    for graph in sorted(store.graphs(), key=str):
        lines = sorted({_line(q) for q in store.quads(graph)})
        for quad in _parse(lines):
            yield pyoxigraph.Quad(quad.subject, quad.predicate, quad.object, graph)


def _merged_triples(store, tmp: Path):
    """The union of the article graphs, each triple once, sorted, without holding it in memory."""
    lines = (_line(q) for q in store.quads())
    runs = [_write_run(sorted(chunk), tmp) for chunk in _chunks(lines, RUN_LINES)]
    while len(runs) > MERGE_FILES:  # keep the open files few, however large the store
        runs = [_write_run(_merge(group), tmp) for group in _chunks(iter(runs), MERGE_FILES)]
    for quad in _parse(_merge(runs)):
        yield quad.triple


def _chunks(items, size: int):
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _write_run(lines, tmp: Path) -> Path:
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="\n", dir=tmp, suffix=".nt", delete=False) as f:
        f.writelines(lines)
    return Path(f.name)


def _merge(runs: list[Path]):
    """The lines of sorted files in order, each once; each file is deleted once read."""
    files = [path.open(encoding="utf-8", newline="\n") for path in runs]
    try:
        previous = None
        for line in heapq.merge(*files):
            if line != previous:
                yield line
                previous = line
    finally:
        for f, path in zip(files, runs):
            f.close()
            path.unlink(missing_ok=True)


def _parse(lines):
    """N-Triples lines back to pyoxigraph quads (in the default graph), a batch at a time."""
    for batch in _chunks(iter(lines), PARSE_LINES):
        yield from pyoxigraph.parse("".join(batch), format=RdfFormat.N_TRIPLES)
