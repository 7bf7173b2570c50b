"""Identity across articles (kg/identity.py): a shorter name that only one fuller name of its category
extends by a version or a company suffix is that entity, in every article graph, whatever the order."""
from __future__ import annotations

import pytest

from kg.identity import ENTITY_PREFIX, same_as
from kg.pipeline import ingest
from kg.store import open_store

from support import REPO

MODEL = "https://w3id.org/kg-ai-policy/ontology#AIModel"
COMPANY = "https://w3id.org/kg-ai-policy/ontology#Company"


def rows(*items):
    return [(ENTITY_PREFIX + key, category, name) for key, category, name in items]


def test_a_bare_model_name_is_its_only_version():
    assert same_as(rows(("mythos", MODEL, "Mythos"), ("mythos-5", MODEL, "Mythos 5"))) == {
        ENTITY_PREFIX + "mythos": ENTITY_PREFIX + "mythos-5"}


def test_a_company_short_name_is_its_suffixed_name():
    assert same_as(rows(("micron", COMPANY, "Micron"), ("micron-technology", COMPANY, "Micron Technology"))) == {
        ENTITY_PREFIX + "micron": ENTITY_PREFIX + "micron-technology"}


@pytest.mark.parametrize("items", [
    (("claude", MODEL, "Claude"), ("claude-2", MODEL, "Claude 2"), ("claude-3", MODEL, "Claude 3")),  # which one?
    (("google", COMPANY, "Google"), ("google-cloud", COMPANY, "Google Cloud")),  # a unit, not a suffix
    (("meta", COMPANY, "Meta"), ("meta-ai", MODEL, "Meta AI")),  # another category
    (("grok", MODEL, "Grok"), ("grok-4", MODEL, "Grok 4")),  # a family the lexicon knows, beside one of its models
])
def test_names_that_do_not_say_they_are_one_stay_apart(items):
    assert same_as(rows(*items)) == {}


@pytest.mark.slow
def test_the_seeds_name_one_model_once_whatever_the_order(tmp_path, nlp):
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    dumps = []
    for order in (seeds, seeds[::-1]):
        with open_store(tmp_path / f"store-{len(dumps)}") as store:
            for path in order:
                assert ingest([path], store).ok
            dumps.append(sorted(str(q) for q in store.quads()))
    assert dumps[0] == dumps[1]
    text = "\n".join(dumps[0])
    assert "/entity/mythos>" not in text and "/entity/mythos-5>" in text
