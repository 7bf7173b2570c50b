"""The project's own evaluation sets (eval/), scored in one process by `python -m kg.eval`'s code with
the shared scorer's matching: floors that keep extraction from silently getting worse on articles
other than the shared dev set. tune/, unseen/ and heldout/ have been looked at while developing;
blind/ only through its summary figures, final/ not at all (see eval/SOURCES.md), so neither has a
floor here that could tempt anyone to tune on it.

Floors: measured F1 (23 Nov 2026) minus about 0.05, rounded down.
"""
from __future__ import annotations

import pytest

from kg.eval import REPO, SHARED, load_scorer, score_set, summary

FLOORS = {
    "tune": {"events": 0.82, "entities": 0.88, "relations": 0.66, "claims": 0.91},
    "unseen": {"events": 0.70, "entities": 0.82, "relations": 0.53, "claims": 0.93},
    "heldout": {"events": 0.69, "entities": 0.82, "relations": 0.69, "claims": 0.87},
}

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_own_set_meets_its_floors(name, nlp, tmp_path):
    scorer = load_scorer(SHARED / "eval" / "score.py")
    folder = REPO / "eval" / name
    with open(tmp_path / "log.txt", "w") as log:
        totals = score_set(scorer, folder / "texts", folder / "gold", out=log)
    measured = summary(scorer, totals)
    below = {k: (measured[k]["f1"], floor) for k, floor in FLOORS[name].items() if measured[k]["f1"] < floor}
    assert not below, f"{name}: F1 below the floor (measured, floor): {below}"
