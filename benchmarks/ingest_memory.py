"""Peak memory over a long ingest: does RSS stay flat as articles go in, or grow with each one?

    python benchmarks/ingest_memory.py [--count 1000] [--step 100] [--workdir DIR]

Generates `--count` synthetic articles (benchmarks/corpus.py) and ingests them into a fresh store
in one process, `--step` articles per `kg.pipeline.ingest` call (the store stays open throughout, as in
one `kg ingest FOLDER`). After each step it reads this process's VmRSS and VmHWM (peak) from
/proc/self/status and prints the series, then the growth per article: the least-squares slope of RSS
over the steps after the first (the first pays for loading spaCy and warming its caches).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import generate  # noqa: E402

from kg.analyse import load_nlp  # noqa: E402
from kg.pipeline import ingest  # noqa: E402
from kg.store import GraphStore  # noqa: E402


def memory_kib() -> dict[str, int]:
    """VmRSS (now) and VmHWM (peak so far) of this process, in KiB, from /proc/self/status."""
    out = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0])
    return out


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of ys over xs (0 with fewer than two points)."""
    if len(xs) < 2:
        return 0.0
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else 0.0


def run(paths: list[Path], store_dir: Path, step: int) -> list[tuple[int, dict[str, int], float]]:
    """Ingest `paths` `step` at a time into one open store; (articles so far, memory, seconds) after each step."""
    series = [(0, memory_kib(), 0.0)]
    start = time.perf_counter()
    with GraphStore(store_dir) as store:
        for done in range(0, len(paths), step):
            chunk = paths[done:done + step]
            report = ingest(chunk, store, force=True)
            assert report.ok and len(report.ingested) == len(chunk), report.summary()
            series.append((done + len(chunk), memory_kib(), time.perf_counter() - start))
    return series


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--step", type=int, default=100)
    parser.add_argument("--workdir", type=Path, default=None, help="where the corpus and store go (default: a temp dir)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        paths = generate(Path(tmp) / "corpus", count=args.count)
        load_nlp(None)
        print(f"{len(paths)} synthetic articles, {args.step} per step; spaCy loaded: RSS {memory_kib()['VmRSS'] / 1024:.0f} MiB")
        series = run(paths, Path(tmp) / "store", args.step)

    print(f"\n{'articles':>8} {'RSS MiB':>8} {'peak MiB':>9} {'seconds':>8}")
    for done, memory, seconds in series:
        print(f"{done:>8} {memory['VmRSS'] / 1024:>8.1f} {memory['VmHWM'] / 1024:>9.1f} {seconds:>8.1f}")
    later = series[2:] if len(series) > 3 else series[1:]
    per_article = slope([d for d, _m, _s in later], [m["VmRSS"] for _d, m, _s in later])
    first, middle, last = series[1], series[len(series) // 2], series[-1]
    print(f"\nRSS growth after the first step: {per_article:.2f} KiB per article (least squares over steps 2..),"
          f" {(last[1]['VmRSS'] - first[1]['VmRSS']) / 1024:+.1f} MiB from article {first[0]} to {last[0]}")
    peak_growth = (last[1]["VmHWM"] - middle[1]["VmHWM"]) / max(1, last[0] - middle[0])
    print(f"peak RSS: {last[1]['VmHWM'] / 1024:.1f} MiB; it grew {peak_growth:.2f} KiB per article"
          f" over the second half (articles {middle[0]}..{last[0]})")


if __name__ == "__main__":
    main()
