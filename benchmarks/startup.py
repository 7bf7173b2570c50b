"""Start-up: wall time of `kg query --name entities` on a small store against `python -c "import pyoxigraph"`.

    python benchmarks/startup.py [--runs 15]

Both commands run as fresh processes, interleaved, median of `--runs` each (target ≤ 3×). Also lists
the slowest imports of the query command (`python -X importtime`) and whether spaCy was imported.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_startup import small_store  # noqa: E402


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def slowest_imports(command: list[str], top: int) -> list[tuple[int, str]]:
    err = subprocess.run([sys.executable, "-X", "importtime", *command], capture_output=True, text=True).stderr
    rows = []
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _self, cumulative, name = line[len("import time:"):].split("|")
            if not name.startswith("    "):  # top-level imports only (nested ones are inside them)
                rows.append((int(cumulative), name.strip()))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        small_store(store)
        kg = [sys.executable, "-m", "kg", "--store", str(store), "query", "--name", "entities"]
        bare = [sys.executable, "-c", "import pyoxigraph"]
        floor = [sys.executable, "-c", "import pyoxigraph, click, rich.console, rich.table"]
        wall(kg), wall(bare), wall(floor)  # warm the file cache
        kg_times, bare_times, floor_times = [], [], []
        for _ in range(args.runs):
            kg_times.append(wall(kg))
            bare_times.append(wall(bare))
            floor_times.append(wall(floor))
        kg_s, bare_s = statistics.median(kg_times), statistics.median(bare_times)
        print(f"python -c 'import pyoxigraph'          {bare_s * 1000:7.0f} ms (median of {args.runs})")
        print(f"  + click, rich (the CLI's own floor)  {statistics.median(floor_times) * 1000:7.0f} ms")
        print(f"kg query --name entities (small store) {kg_s * 1000:7.0f} ms (median of {args.runs})")
        print(f"ratio: {kg_s / bare_s:.2f}×   (target ≤ 3×)")
        check = [sys.executable, "-c", "import sys, runpy; sys.argv = ['kg'] + sys.argv[1:]; "
                 "exec('try:\\n runpy.run_module(\"kg\", run_name=\"__main__\")\\nexcept SystemExit: pass'); "
                 "print('spacy imported' if 'spacy' in sys.modules else 'spacy not imported', file=sys.stderr)",
                 "--store", str(store), "query", "--name", "entities"]
        print(subprocess.run(check, capture_output=True, text=True).stderr.strip().splitlines()[-1])
        print("\nslowest top-level imports of the query command (cumulative µs):")
        for micros, name in slowest_imports(kg[1:], 10):
            print(f"  {micros:9d}  {name}")


if __name__ == "__main__":
    main()
