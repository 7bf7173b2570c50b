"""Ingest throughput against spaCy's own: bare nlp.pipe vs `kg ingest` over the same texts, side by side.

    python benchmarks/ingest_throughput.py [--count 200] [--workers 2] [--repeat 2] [--profile-top 20]

The corpus is `--count` synthetic articles (benchmarks/corpus.py) plus the real seeds/. Prints
articles/s and words/s for bare `nlp.pipe` and for `kg.pipeline.ingest` into a fresh store, their ratio
(target ≤ 1.5×), the speed-up of `--workers N`, where the ingest time goes by stage, and a cProfile of
one ingest (top functions by own time).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import generate  # noqa: E402

from kg.analyse import load_nlp  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.graph import build_quads, graph_iri  # noqa: E402
from kg.parallel import BATCH_SIZE  # noqa: E402
from kg.pipeline import ingest  # noqa: E402
from kg.read import article_paths, read_article  # noqa: E402
from kg.store import GraphStore  # noqa: E402


def bare_pipe(nlp, texts) -> float:
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - start


def kg_ingest(inputs, workdir: Path, name: str, **options) -> float:
    with GraphStore(workdir / name) as store:
        start = time.perf_counter()
        report = ingest(inputs, store, force=True, **options)
        elapsed = time.perf_counter() - start
    assert report.ok, report.summary()
    return elapsed


def stages(nlp, articles, workdir: Path) -> dict[str, float]:
    """Wall time per stage of one single-process ingest."""
    spent = dict.fromkeys(("parse (nlp.pipe)", "extract + resolve", "build quads", "store write"), 0.0)
    with GraphStore(workdir / "stages") as store:
        docs = nlp.pipe((a.text for a in articles), batch_size=BATCH_SIZE)
        for article in articles:
            t0 = time.perf_counter()
            doc = next(docs)
            t1 = time.perf_counter()
            extraction = extract(doc, article_date=article.date)
            t2 = time.perf_counter()
            quads = build_quads(article, extraction)
            t3 = time.perf_counter()
            store.replace_graph(graph_iri(article), quads)
            t4 = time.perf_counter()
            for key, value in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
                spent[key] += value
    return spent


def profile(inputs, workdir: Path, top: int) -> str:
    profiler = cProfile.Profile()
    with GraphStore(workdir / "profile") as store:
        profiler.enable()
        ingest(inputs, store, force=True)
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    out.write("\n-- kg functions by cumulative time --\n")
    stats.sort_stats("cumulative").print_stats(r"kg/|pipeline|extract|resolve|graph|store|mentions|events|relations|claims", top)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="synthetic articles (the seeds are added)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2, help="rounds of pipe/ingest, best of each kept")
    parser.add_argument("--profile-top", type=int, default=20, help="functions to list from the profile (0: no profile)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        generate(workdir / "corpus", count=args.count)
        inputs = [workdir / "corpus", ROOT / "seeds"]
        articles = [read_article(p) for p in article_paths(inputs)]
        texts = [a.text for a in articles]
        words = sum(len(t.split()) for t in texts)
        print(f"corpus: {len(articles)} articles ({args.count} synthetic + {len(articles) - args.count} seeds), {words} words")
        print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (other work on the machine skews --workers most)")

        start = time.perf_counter()
        nlp = load_nlp(None)
        print(f"spaCy load (once, excluded below): {time.perf_counter() - start:.2f} s")
        bare_pipe(nlp, texts[:10])  # warm-up

        pipe_times, ingest_times = [], []
        for round_ in range(args.repeat):
            pipe_times.append(bare_pipe(nlp, texts))
            ingest_times.append(kg_ingest(inputs, workdir, f"single{round_}"))
        pipe, single = min(pipe_times), min(ingest_times)
        parallel = kg_ingest(inputs, workdir, "parallel", workers=args.workers)

        def line(name, seconds):
            print(f"  {name:<34} {seconds:7.2f} s  {len(articles) / seconds:7.1f} articles/s  {words / seconds:8.0f} words/s")

        print(f"\nthroughput (best of {args.repeat} interleaved rounds):")
        line("bare nlp.pipe", pipe)
        line("kg ingest, 1 process", single)
        line(f"kg ingest, --workers {args.workers} (incl. start-up)", parallel)
        print(f"\nkg ingest ÷ bare nlp.pipe: {single / pipe:.2f}×   (target ≤ 1.5×)")
        print(f"speed-up at --workers {args.workers}: {single / parallel:.2f}×   (load average now {os.getloadavg()[0]:.1f})")

        spent = stages(nlp, articles, workdir)
        total = sum(spent.values())
        print("\nwhere a single-process ingest spends its time:")
        for key, value in spent.items():
            print(f"  {key:<20} {value:7.2f} s  {100 * value / total:5.1f} %")

        if args.profile_top:
            print("\ncProfile of one single-process ingest (top functions by own time):")
            print(profile(inputs, workdir, args.profile_top))


if __name__ == "__main__":
    main()
