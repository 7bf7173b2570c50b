"""Start-up: wall time of `kg query --name entities` on a small store against `python -c "import pyoxigraph"`.

    python benchmarks/startup.py [--runs 21] [--no-bytecode]

Both commands run as fresh processes, interleaved, median of `--runs` each (target ≤ 3×); the ratio of
the fastest runs too, the figure least disturbed by other work on the machine. Also lists the slowest
imports of the query command (`python -X importtime`) and which heavy modules it imported.

The commands run with bytecode caching on, as an installed kg does (pip compiles it), even when
PYTHONDONTWRITEBYTECODE is set here; `--no-bytecode` keeps it off, compiling kg's modules in every run.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_startup import small_store  # noqa: E402


ENV = dict(os.environ)


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    return time.perf_counter() - start


def slowest_imports(command: list[str], top: int) -> list[tuple[int, str]]:
    err = subprocess.run([sys.executable, "-X", "importtime", *command], capture_output=True, text=True, env=ENV).stderr
    rows = []
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _self, cumulative, name = line[len("import time:"):].split("|")
            if not name.startswith("    "):  # top-level imports only (nested ones are inside them)
                rows.append((int(cumulative), name.strip()))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--no-bytecode", action="store_true", help="keep PYTHONDONTWRITEBYTECODE as it is")
    args = parser.parse_args()
    if not args.no_bytecode:
        ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        small_store(store)
        kg = [sys.executable, "-m", "kg", "--store", str(store), "query", "--name", "entities"]
        bare = [sys.executable, "-c", "import pyoxigraph"]
        floor = [sys.executable, "-c", f"import click, pyoxigraph; pyoxigraph.Store.read_only({str(store)!r})"]
        wall(kg), wall(bare), wall(floor)  # warm the file cache
        kg_times, bare_times, floor_times = [], [], []
        for _ in range(args.runs):
            kg_times.append(wall(kg))
            bare_times.append(wall(bare))
            floor_times.append(wall(floor))
        kg_s, bare_s = statistics.median(kg_times), statistics.median(bare_times)
        print(f"python -c 'import pyoxigraph'          {bare_s * 1000:7.0f} ms (median of {args.runs})")
        print(f"  + click, open the store read-only     {statistics.median(floor_times) * 1000:7.0f} ms (the CLI's floor)")
        print(f"kg query --name entities (small store) {kg_s * 1000:7.0f} ms (median of {args.runs})")
        print(f"ratio: {kg_s / bare_s:.2f}×   (target ≤ 3×; fastest runs: {min(kg_times) / min(bare_times):.2f}×)")
        check = [sys.executable, "-c", "import sys, runpy; sys.argv = ['kg'] + sys.argv[1:]; "
                 "exec('try:\\n runpy.run_module(\"kg\", run_name=\"__main__\")\\nexcept SystemExit: pass'); "
                 "print('of spacy, rdflib, rich it imported: ' + (', '.join(m for m in ('spacy', 'rdflib', 'rich') if m in sys.modules) or 'none'), file=sys.stderr)",
                 "--store", str(store), "query", "--name", "entities"]
        print(subprocess.run(check, capture_output=True, text=True, env=ENV).stderr.strip().splitlines()[-1])
        print("\nslowest top-level imports of the query command (cumulative µs):")
        for micros, name in slowest_imports(kg[1:], 10):
            print(f"  {micros:9d}  {name}")


if __name__ == "__main__":
    main()
