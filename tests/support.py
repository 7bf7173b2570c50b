"""Paths and helpers the tests share (imported as `support`; fixtures live in conftest.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = REPO / "seeds"
DATA = Path(__file__).resolve().parent / "data"


def kg_command(*args: str) -> list[str]:
    """`python -m kg ARGS` with this interpreter, so subprocesses run this checkout's kg."""
    return [sys.executable, "-m", "kg", *map(str, args)]


def run_kg(*args: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run kg in a subprocess from the repository root."""
    proc = subprocess.run(kg_command(*args), cwd=REPO, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})})
    if check and proc.returncode != 0:
        raise AssertionError(f"kg {' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stderr}")
    return proc
