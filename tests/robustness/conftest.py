"""Fixtures for the robustness suite: real stores on disk, built by the real `kg` command."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from robust_support import kg, write_articles


@pytest.fixture(scope="session")
def base_store(tmp_path_factory) -> Path:
    """A store with two articles, built once by the real command."""
    root = tmp_path_factory.mktemp("base")
    articles = write_articles(root / "articles", 2)
    result = kg("ingest", *articles, store=root / "store")
    assert result.returncode == 0, result.stderr
    return root / "store"


@pytest.fixture
def store(base_store, tmp_path) -> Path:
    """A private copy of the two-article store."""
    copy = tmp_path / "store"
    shutil.copytree(base_store, copy)
    return copy
