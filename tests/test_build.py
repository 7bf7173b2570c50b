"""`kg build`, the main job: byte-identical exports from separate processes, equal to the committed ones."""
from __future__ import annotations

import os
import subprocess

import pytest

from support import REPO, SEEDS, kg_command

pytestmark = pytest.mark.slow
EXPORTS = ["graph.html", "graph.jsonld", "graph.nt", "graph.trig", "graph.ttl"]


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """`kg build` twice, in two processes with different hash seeds, into fresh stores and export folders."""
    root = tmp_path_factory.mktemp("builds")
    procs = []
    for n in (1, 2):
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONHASHSEED": str(n)}
        args = kg_command("--store", root / f"store{n}", "build", "--seeds", SEEDS, "--exports", root / f"exports{n}")
        procs.append(subprocess.Popen(args, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        assert out == "" and err.startswith("2 ingested; wrote ") and err.count("\n") == 1, err
    return root / "exports1", root / "exports2"


def test_build_writes_every_export(builds):
    for folder in builds:
        assert sorted(p.name for p in folder.iterdir()) == EXPORTS


def test_two_builds_in_two_processes_are_byte_identical(builds):
    first, second = builds
    for name in EXPORTS:
        assert (first / name).read_bytes() == (second / name).read_bytes(), f"{name} differs between two builds"


def test_the_committed_exports_are_a_fresh_build(builds):
    fresh, _ = builds
    stale = [name for name in EXPORTS
             if not (REPO / "exports" / name).exists() or (REPO / "exports" / name).read_bytes() != (fresh / name).read_bytes()]
    assert not stale, f"exports/ is out of date ({', '.join(stale)}): run `kg build` and commit exports/"
