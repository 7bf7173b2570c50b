"""The project's scorer (../shared/eval/score.py) on the seeds and the dev set: no failed article, F1 floors.

The floors are the measured F1 minus about 0.05, rounded down (23 Nov 2026, third session: seeds
events 0.827, entities 0.980, relations 0.933, claims 0.909; dev events 0.900, entities 0.954,
relations 0.911, claims 0.940; 4 Dec 2026, fourth session: seeds entities 1.000, relations 1.000, the
rest unchanged). Raise them as extraction improves; never lower one to make a change pass.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from support import REPO, SHARED

FLOORS = {
    "seeds": {"events": 0.77, "entities": 0.95, "relations": 0.95, "claims": 0.86},
    "dev": {"events": 0.85, "entities": 0.90, "relations": 0.86, "claims": 0.89},
}
SETS = {
    "seeds": (REPO / "seeds", SHARED / "eval" / "gold"),
    "dev": (SHARED / "eval" / "dev" / "texts", SHARED / "eval" / "dev" / "gold"),
}

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_scorer_runs_every_article_and_meets_the_floors(name, tmp_path):
    texts, gold = SETS[name]
    assert (SHARED / "eval" / "score.py").is_file(), f"the shared folder must sit beside the repository: {SHARED}"
    report = tmp_path / "report.json"
    proc = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--texts", str(texts), "--gold", str(gold),
         "--kg", f"{sys.executable} -m kg", "--json", str(report)],
        cwd=REPO, capture_output=True, text=True, timeout=1200, env={**os.environ, "PYTHONPATH": str(REPO)})
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    failed = [line for line in proc.stdout.splitlines() if "FAILED" in line]
    assert proc.returncode == 0 and not failed, f"{proc.stdout}\n{proc.stderr}"
    scores = json.loads(report.read_text())
    assert len(scores["articles"]) == len(list(gold.glob("*.json")))
    below = {key: (scores["summary"][key]["f1"], floor) for key, floor in FLOORS[name].items()
             if scores["summary"][key]["f1"] < floor}
    assert not below, f"{name}: F1 below the floor (measured, floor): {below}\n{summary}"
