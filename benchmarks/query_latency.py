"""Query latency on a large store, bulk-load throughput, and pyoxigraph against rdflib's in-memory engine.

    python benchmarks/query_latency.py [--articles 3000] [--rdflib-articles 100]
    python benchmarks/query_latency.py --articles 100000      # the issue's size: 41.5M quads, ~30 GB disk, ~23 min without evidence
    python benchmarks/query_latency.py --articles 30000 --load-rounds 3 --load-only   # bulk load ÷ raw, alternating
    python benchmarks/query_latency.py --scaling 300 1000 3000 [--before REV]

A template of real kg graphs (20 synthetic articles + seeds/, ingested once with spaCy) is replicated
into `--articles` article graphs in one N-Quads file: each copy gets its own article key (so its
sentences, mentions and claims are its own) and entities drawn from a pool of 1,000 variants (so the
entity count grows too). Prints:
  * load throughput of `GraphStore.bulk_load` against raw `pyoxigraph.Store.bulk_load` of the same file
    (target ≥ 0.8 of raw),
  * the time of each named query on the large store,
  * the same queries on a `--rdflib-articles` graph in pyoxigraph and in rdflib (Dataset, union default
    graph), and their ratio.
With `--scaling N [N ...]`, instead: each named query's time on stores of N articles each (made from
the same template), and with `--before REV` the queries of git revision REV timed side by side in the
same process (as pyoxigraph runs them, its own ORDER BY included), and whether their CSV is identical.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import generate  # noqa: E402

from kg.graph import META_GRAPH  # noqa: E402
from kg.query import bind, named_queries, named_query, run  # noqa: E402
from kg.store import GraphStore  # noqa: E402
from kg.vocab import DATA_IRI, PREFIXES  # noqa: E402

_KEY = re.compile(r"(?<=/)([0-9a-f]{16})(?=[->])")
_ENTITY = re.compile(re.escape(DATA_IRI) + r"entity/([^>]+)>")


def template(workdir: Path) -> list[str]:
    """N-Quads lines of real article graphs (ingested with spaCy), one list per article."""
    from kg.pipeline import ingest

    generate(workdir / "template", count=20, seed=11)
    with GraphStore(workdir / "template-store") as store:
        ingest([workdir / "template", ROOT / "seeds"], store)
        return [store.dump_graph(g).decode("utf-8") for g in store.graphs()]


def replicate(graphs: list[str], articles: int, out: Path) -> int:
    """Write `articles` article graphs as N-Quads; return the number of quads."""
    count = 0
    with out.open("w", encoding="utf-8") as f:
        for i in range(articles):
            body = graphs[i % len(graphs)]
            key = _KEY.search(body).group(1)
            new = hashlib.sha256(f"{key}-{i}".encode()).hexdigest()[:16]
            variant = i % 1000
            body = body.replace(key, new)
            body = _ENTITY.sub(lambda m: f"{DATA_IRI}entity/{m.group(1)}-{variant}>", body)
            graph = f"<{DATA_IRI}graph/{new}>"
            lines = [line.rsplit(" .", 1)[0] + f" {graph} .\n" for line in body.splitlines() if line.strip()]
            f.writelines(lines)
            count += len(lines)
    return count


def queries() -> dict[str, str]:
    out = {}
    for name in named_queries():
        text = named_query(name)
        out[name] = bind(text, {"name": "Anthropic"}) if "?name" in text and "AS ?name" not in text else text
    return out


def time_query(store, text: str) -> tuple[float, int]:
    start = time.perf_counter()
    rows = sum(1 for _ in run(store, text))
    return time.perf_counter() - start, rows


def rdflib_times(path: Path, texts: dict[str, str]) -> dict[str, tuple[float, int]]:
    import rdflib

    dataset = rdflib.Dataset(default_union=True)
    start = time.perf_counter()
    dataset.parse(str(path), format="nquads")
    print(f"  rdflib parse: {time.perf_counter() - start:.1f} s for {len(dataset)} quads")
    out = {}
    for name, text in texts.items():
        start = time.perf_counter()
        try:
            rows = sum(1 for _ in dataset.query(text, initNs=PREFIXES))
        except Exception as exc:  # noqa: BLE001 - rdflib's engine fails on some valid SPARQL; report, go on
            print(f"  rdflib cannot run {name}: {exc.__class__.__name__}: {str(exc)[:80]}")
            continue
        out[name] = (time.perf_counter() - start, rows)
    return out


def scaling(sizes: list[int], before: str | None, skip, workdir: Path) -> None:
    """Time the named queries (and those of git revision `before`) on stores of each size."""
    import subprocess

    from kg import query as q

    graphs = template(workdir)
    texts = {name: text for name, text in queries().items() if name not in skip}
    old = {}
    if before:
        for name in texts:
            text = subprocess.run(["git", "-C", str(ROOT), "show", f"{before}:ontology/queries/{name}.rq"],
                                  check=True, capture_output=True, text=True).stdout
            old[name] = bind(text, {"name": "Anthropic"}) if "?name" in text and "AS ?name" not in text else text
    sort_here = q._sorted_here
    for articles in sizes:
        nquads, folder = workdir / f"{articles}.nq", workdir / f"store-{articles}"
        quads = replicate(graphs, articles, nquads)
        with GraphStore(folder) as store:
            store.bulk_load(nquads)
        nquads.unlink()
        with GraphStore(folder, read_only=True) as store:
            for name, text in texts.items():
                start = time.perf_counter()
                after = q.render(run(store, text), q.ResultFormat.CSV)
                seconds = time.perf_counter() - start
                line = f"  {articles:6d} articles {quads:9d} quads  {name:<12} {seconds * 1000:9.0f} ms {after.count(chr(10)) - 1:7d} rows"
                if name in old:
                    q._sorted_here = lambda *args: None  # the engine's own ORDER BY, as before
                    try:
                        start = time.perf_counter()
                        then = q.render(run(store, old[name]), q.ResultFormat.CSV)
                        was = time.perf_counter() - start
                    finally:
                        q._sorted_here = sort_here
                    line += f"   {before}: {was * 1000:9.0f} ms ({was / seconds:5.1f}x)  CSV {'identical' if then == after else 'DIFFERENT'}"
                print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--rdflib-articles", type=int, default=100)
    parser.add_argument("--skip", nargs="*", default=[], help="named queries not to run")
    parser.add_argument("--load-rounds", type=int, default=1, help="bulk-load pairs (raw and kg, order alternating)")
    parser.add_argument("--load-only", action="store_true", help="stop after the bulk loads")
    parser.add_argument("--workdir", type=Path, help="keep files here (default: a temporary folder)")
    parser.add_argument("--scaling", type=int, nargs="+", help="only time the named queries on stores of these sizes")
    parser.add_argument("--before", help="with --scaling: also time the queries of this git revision, side by side")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        workdir = Path(tmp)
        if args.scaling:
            print(f"named queries by store size{f', against {args.before}' if args.before else ''}:")
            scaling(args.scaling, args.before, args.skip, workdir)
            return
        graphs = template(workdir)
        large, small = workdir / "large.nq", workdir / "small.nq"
        start = time.perf_counter()
        quads = replicate(graphs, args.articles, large)
        print(f"generated {args.articles} articles, {quads} quads in {time.perf_counter() - start:.1f} s")
        small_quads = replicate(graphs, args.rdflib_articles, small)

        print(f"\nbulk load of {quads} quads ({args.load_rounds} round(s), the order alternating; load average before each):")
        ratios = []
        for round_ in range(args.load_rounds):
            times = {}
            for which in (("raw", "kg") if round_ % 2 == 0 else ("kg", "raw")):
                shutil.rmtree(workdir / which, ignore_errors=True)
                load = os.getloadavg()[0]
                start = time.perf_counter()
                if which == "raw":
                    pyoxigraph.Store(str(workdir / "raw")).bulk_load(path=str(large), format=pyoxigraph.RdfFormat.N_QUADS)
                else:
                    with GraphStore(workdir / "kg") as store:
                        store.bulk_load(large)
                times[which] = time.perf_counter() - start
                label = "raw pyoxigraph bulk_load" if which == "raw" else "kg GraphStore.bulk_load"
                print(f"  {label:26s} {times[which]:7.1f} s  {quads / times[which]:10.0f} quads/s   (load {load:.1f})", flush=True)
            ratios.append(times["raw"] / times["kg"])
            print(f"  round {round_ + 1}: kg ÷ raw throughput {ratios[-1]:.2f}", flush=True)
        shutil.rmtree(workdir / "raw", ignore_errors=True)
        print(f"  kg ÷ raw throughput: {statistics.median(ratios):.2f} (median of {len(ratios)})   (target ≥ 0.8)")
        if args.load_only:
            return

        texts = {name: text for name, text in queries().items() if name not in args.skip}
        print(f"skipped: {', '.join(args.skip) or 'none'}")
        print(f"\nnamed queries on the large store ({args.articles} articles, {quads} quads):")
        with GraphStore(workdir / "kg", read_only=True) as store:
            assert sum(1 for g in store.graphs() if g != META_GRAPH) == args.articles
            for name, text in texts.items():
                seconds, rows = time_query(store, text)
                print(f"  {name:<12} {seconds * 1000:9.0f} ms  {rows:8d} rows")

        print(f"\nsmall graph ({args.rdflib_articles} articles, {small_quads} quads): pyoxigraph vs rdflib in memory")
        with GraphStore(workdir / "small") as store:
            store.bulk_load(small)
            ours = {name: time_query(store, text) for name, text in texts.items()}
        theirs = rdflib_times(small, texts)
        for name in theirs:
            (a, rows), (b, rows_b) = ours[name], theirs[name]
            check = "" if rows == rows_b else f"  (rows differ: {rows} vs {rows_b})"
            print(f"  {name:<12} pyoxigraph {a * 1000:8.1f} ms   rdflib {b * 1000:9.1f} ms   rdflib ÷ pyoxigraph {b / a:7.1f}×{check}")
        total_a, total_b = sum(ours[n][0] for n in theirs), sum(v[0] for v in theirs.values())
        if theirs:  # (every query may have been skipped)
            print(f"  all queries: pyoxigraph {total_a:.2f} s, rdflib {total_b:.2f} s, ratio {total_b / total_a:.1f}×")


if __name__ == "__main__":
    main()
