"""Helpers for the robustness suite: articles, the real `kg` in a subprocess, store checksums."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ARTICLE = """{headline}
Date: 2025-0{month}-1{day}

{company} said on Tuesday that the {agency} had opened an investigation into its {model} model.
"We will cooperate fully," said {person}, the chief executive of {company}.
The {agency} banned the use of {model} by federal agencies after the review.
"""
NAMES = [("Anthropic", "Commerce Department", "Claude", "Dario Amodei"),
         ("OpenAI", "Federal Trade Commission", "GPT-5", "Sam Altman"),
         ("Mistral", "European Commission", "Le Chat", "Arthur Mensch"),
         ("Google", "Justice Department", "Gemini", "Sundar Pichai"),
         ("Meta", "Senate Commerce Committee", "Llama", "Mark Zuckerberg"),
         ("xAI", "Pentagon", "Grok", "Elon Musk")]


def article_text(i: int) -> str:
    company, agency, model, person = NAMES[i % len(NAMES)]
    return ARTICLE.format(headline=f"{agency} investigates {company} ({i})", month=1 + i % 9, day=i % 10,
                          company=company, agency=agency, model=model, person=person)


def write_articles(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = folder / f"a{i:03d}.txt"
        path.write_text(article_text(i), encoding="utf-8")
        paths.append(path)
    return paths


def kg(*args, store: Path | str | None = None, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """Run the real `kg` command in a subprocess."""
    command = [sys.executable, "-m", "kg"] + (["--store", str(store)] if store is not None else []) + [str(a) for a in args]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env, **kwargs)


def nquads(store: Path) -> list[str]:
    """The store's quads (without the meta graph) as sorted N-Quads lines."""
    from kg.store import GraphStore

    with GraphStore(store, read_only=True) as opened:
        return sorted(str(q) for q in opened.quads())


def checksum(store: Path) -> str:
    """A hash of every quad in the store, the meta graph included: equal checksums, equal stores.

    Files cannot be compared byte for byte: RocksDB rewrites LOG, MANIFEST and OPTIONS on every open.
    """
    import pyoxigraph

    opened = pyoxigraph.Store.read_only(str(store))  # no writer runs while a test checks a store
    lines = sorted(str(q) for q in opened.quads_for_pattern(None, None, None, None))
    del opened
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def one_error_line(result: subprocess.CompletedProcess) -> str:
    """Assert the command failed with exactly one `Error:` line on stderr and no traceback."""
    assert result.returncode != 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: "), lines[0]
    return lines[0]
