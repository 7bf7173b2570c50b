"""`ingest(cluster=ADDRESS)` on a real Dask LocalCluster of two worker processes writes the graph of a local ingest."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.pipeline import ingest
from kg.store import GraphStore

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import generate  # noqa: E402


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster:
        yield cluster.scheduler_address


def test_a_cluster_ingest_gives_the_graph_of_a_local_ingest(scheduler, tmp_path):
    folder = tmp_path / "corpus"
    generate(folder, count=20, seed=5)  # two chunks of 16: both workers get work
    inputs = [folder, ROOT / "seeds"]
    with GraphStore(tmp_path / "local") as local:
        expected_report = ingest(inputs, local)
        expected = {str(q) for q in local.quads()}
    with GraphStore(tmp_path / "cluster") as store:
        report = ingest(inputs, store, cluster=scheduler)
        assert {str(q) for q in store.quads()} == expected
    assert report.ingested == expected_report.ingested and len(report.ingested) == 22


def test_an_unreachable_scheduler_is_one_error(tmp_path):
    folder = tmp_path / "corpus"
    generate(folder, count=1)
    with GraphStore(tmp_path / "store") as store, pytest.raises(KGError, match="cannot reach the Dask scheduler"):
        ingest([folder], store, cluster="tcp://127.0.0.1:1")
