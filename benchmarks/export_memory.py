"""Turtle export time and peak memory against store size, and the HTML view of one entity from the largest store.

    python benchmarks/export_memory.py [--sizes 1000 5000 20000] [--in-memory-up-to 5000] [--keep DIR]

Stores of `--sizes` articles are bulk-loaded from the replicated real article graphs of
benchmarks/query_latency.py, with every entity label made its variant's own ("Anthropic 17"), so
that a focus names one entity, as in a real store. Each export runs as `kg export` in a fresh process
(inside a fresh wrapper process, so that `ru_maxrss` of RUSAGE_CHILDREN is that export's alone);
prints its wall time and peak RSS, and the peak RSS of a process that only reads every quad of the
store (RocksDB keeps each table file's index and filters in memory, so that grows with the store
whatever the export does). The streamed export's own memory, the difference, should stay flat.
Up to `--in-memory-up-to` articles, the former in-memory export (every triple in one sorted list)
runs too, for comparison, and its bytes are compared with the streamed export's. Last, the HTML view
of one entity and its neighbours (`--focus NAME --depth 1`) from the largest store.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from query_latency import replicate, template  # noqa: E402

from kg.store import GraphStore  # noqa: E402

_LABEL = re.compile(r'^(<[^>]*/entity/[^>]*-(\d+)> <http://www\.w3\.org/2004/02/skos/core#(?:pref|alt)Label> "(?:[^"\\]|\\.)*)"')

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""
READ_ONLY = """
import sys
from kg.store import GraphStore
with GraphStore(sys.argv[1], read_only=True) as store:
    sum(1 for _ in store.quads())
"""
IN_MEMORY = """
import sys
import pyoxigraph
from pyoxigraph import RdfFormat, Triple
from kg.store import GraphStore
from kg.vocab import PREFIXES
with GraphStore(sys.argv[1], read_only=True) as store:
    items = sorted({Triple(q.subject, q.predicate, q.object) for q in store.quads()},
                   key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    pyoxigraph.serialize(items, sys.argv[2], RdfFormat.TURTLE, prefixes=PREFIXES)
"""


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one command run in a fresh process."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], check=True, capture_output=True, text=True).stdout
    seconds, kilobytes = out.split()
    return float(seconds), int(kilobytes) / 1024


def labelled(nquads: Path) -> None:
    """Give every entity label its variant's number, as replicate() gives every entity IRI."""
    tmp = nquads.with_suffix(".tmp")
    with nquads.open(encoding="utf-8") as src, tmp.open("w", encoding="utf-8") as dst:
        for line in src:
            dst.write(_LABEL.sub(lambda m: f'{m.group(1)} {m.group(2)}"', line, count=1))
    tmp.replace(nquads)


def build_store(graphs, articles: int, workdir: Path) -> tuple[Path, int]:
    """A store of `articles` replicated articles (reused when a kept one is there) and its number of quads."""
    nquads, store = workdir / f"{articles}.nq", workdir / f"store-{articles}"
    if (store / "CURRENT").exists():
        from kg.graph import META_GRAPH
        from kg.query import rows

        with GraphStore(store, read_only=True) as opened:
            count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {META_GRAPH}) }}"
            return store, int(rows(opened.query(count))[0]["n"])
    quads = replicate(graphs(), articles, nquads)
    labelled(nquads)
    with GraphStore(store) as opened:
        opened.bulk_load(nquads)
    nquads.unlink()
    return store, quads


def busiest(store: Path) -> str:
    """The label of the entity named in most articles."""
    from kg.query import rows

    query = ("SELECT ?label (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?e a kg:Company ; skos:prefLabel ?label } } "
             "GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 1")
    with GraphStore(store, read_only=True) as opened:
        return rows(opened.query(query))[0]["label"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--in-memory-up-to", type=int, default=5000)
    parser.add_argument("--focus", help="an entity's name (default: the one in most articles)")
    parser.add_argument("--keep", type=Path, help="keep the stores in this folder, and reuse those found there")
    args = parser.parse_args()
    kg = [sys.executable, "-m", "kg"]
    with tempfile.TemporaryDirectory(dir=args.keep) as tmp:
        workdir = Path(tmp)
        stores = args.keep or workdir
        made = []

        def graphs() -> list[str]:  # the template, made once and only when a store must be built
            if not made:
                made.append(template(workdir))
            return made[0]

        print(f"{'articles':>9} {'quads':>10} {'streamed s':>11} {'peak MB':>8} {'read alone MB':>14} {'export own MB':>14}"
              f" {'output MB':>10}   in-memory s  peak MB  same bytes")
        largest = None
        for articles in sorted(args.sizes):
            start = time.perf_counter()
            store, quads = build_store(graphs, articles, stores)
            load = time.perf_counter() - start
            out = workdir / f"{articles}.ttl"
            seconds, peak = measure([*kg, "--store", str(store), "export", "--format", "ttl", "-o", str(out)])
            _, reading = measure([sys.executable, "-c", READ_ONLY, str(store)])
            row = (f"{articles:9d} {quads:10d} {seconds:11.1f} {peak:8.0f} {reading:14.0f} {peak - reading:14.0f}"
                   f" {out.stat().st_size / 2**20:10.1f}")
            if articles <= args.in_memory_up_to:
                old = workdir / f"{articles}-in-memory.ttl"
                old_seconds, old_peak = measure([sys.executable, "-c", IN_MEMORY, str(store), str(old)])
                row += f"   {old_seconds:11.1f} {old_peak:8.0f}  {old.read_bytes() == out.read_bytes()}"
                old.unlink()
            print(row + f"   (built in {load:.0f} s)", flush=True)
            out.unlink()
            largest = store
        focus = args.focus or busiest(largest)
        html = workdir / "focus.html"
        seconds, peak = measure([*kg, "--store", str(largest), "export", "--format", "html", "--focus", focus,
                                 "--depth", "1", "-o", str(html)])
        print(f"\nHTML view of {focus!r} at depth 1 from the {max(args.sizes)}-article store: "
              f"{seconds:.1f} s, peak {peak:.0f} MB, {html.stat().st_size / 2**10:.0f} KB")


if __name__ == "__main__":
    main()
