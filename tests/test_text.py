"""Name folding (shared with the scorer's matching), IRI-safe slugs and stable digests."""
from __future__ import annotations

import hashlib
import importlib.util
import re

import pytest

from kg.text import digest, fold, slug

from support import SHARED

NAMES = ["The U.S. Department of Commerce", "Anthropic's", "Anthropic\u2019s models", "  the   White House ",
         "OpenAI, Inc.", "Fable-5", "GPT-4o", "theatre group", "Thermo Fisher", "Commerce Department's"]


def scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name, folded", [
    ("The U.S. Department of Commerce", "u s department of commerce"),
    ("Anthropic\u2019s", "anthropic"),
    ("  the   White House ", "white house"),
    ("OpenAI, Inc.", "openai inc"),
    ("Theatre", "theatre"),
    ("\uff21\uff29 Lab", "ai lab"),  # full-width letters fold to ASCII
])
def test_fold(name, folded):
    assert fold(name) == folded


def test_fold_agrees_with_the_scorers_matching():
    shared_fold = scorer().fold
    assert [fold(n) for n in NAMES] == [shared_fold(n) for n in NAMES]


def test_slug_is_a_valid_iri_segment_and_stable():
    assert slug("The U.S. Department of Commerce") == "u-s-department-of-commerce"
    assert slug("Anthropic\u2019s") == slug("anthropic") == "anthropic"
    for name in NAMES + ["\u534e\u4e3a", "Caf\u00e9 Lab", "!!!", ""]:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug(name)), name


def test_slug_of_non_latin_names_carries_a_hash_so_names_stay_apart():
    huawei, zte = slug("\u534e\u4e3a"), slug("\u4e2d\u5174")
    assert re.fullmatch(r"[0-9a-f]{10}", huawei) and huawei != zte
    assert slug("Caf\u00e9 Lab").startswith("cafe-lab-") and slug("Caf\u00e9 Lab") != slug("Cafe Lab")


def test_slug_is_limited_in_length():
    assert len(slug("word " * 40)) <= 60


def test_digest_is_sha256_of_the_joined_parts_never_pythons_hash():
    expected = hashlib.sha256("a\x1fb".encode()).hexdigest()
    assert digest("a", "b") == expected[:16]
    assert digest("a", "b", length=8) == expected[:8]
    assert digest("ab") != digest("a", "b")
