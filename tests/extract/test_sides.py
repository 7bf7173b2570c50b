"""Whole-article role adjustments read events and relations together: a person's posts reach the country
their department is part of; a product withdrawn with no one named is withdrawn by the maker the
article names. Sentences are written for these tests, not taken from the evaluation articles."""
from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.extract import extract
from kg.extract.mentions import find_mentions
from kg.extract.sides import posts_of, withdrawn_by_maker
from kg.records import Event, Relation
from kg.resolve import resolve

pytestmark = pytest.mark.slow


def test_a_post_reaches_the_country_its_body_is_part_of():
    relations = (Relation("leads", "dana-wells", "trade-ministry"), Relation("partOf", "trade-ministry", "ardenia"),
                 Relation("memberOf", "omar-lind", "vela-corp", former=True))
    assert posts_of(relations)["dana-wells"] == ["trade-ministry", "ardenia"]
    assert "omar-lind" not in posts_of(relations)


def test_a_body_and_its_parent_are_one_side():
    # "The Commerce Department said the listing ...": no objection to its own bureau's listing
    posts = posts_of((Relation("partOf", "export-bureau", "trade-department"),))
    assert posts == {"export-bureau": ["trade-department"], "trade-department": ["export-bureau"]}


def test_a_withdrawal_the_maker_is_named_for_elsewhere_in_the_article(nlp):
    x = extract(analyse("Lumo Inc. makes the Atlas models. Its Atlas 4 chatbot was withdrawn in August."))
    assert any(e.type == "ModelWithdrawal" and e.agents == ("lumo-inc",) and "atlas-4" in e.targets
               and e.confidence >= 0.5 for e in x.events)


def test_a_company_pulls_only_the_models_the_lexicon_knows_it_makes(nlp):
    doc = analyse("Anthropic makes Claude. OpenAI competes with it.")
    resolution = resolve(doc, find_mentions(doc))
    cut = Event("ModelWithdrawal", agents=("openai",), targets=("claude",), confidence=0.75)
    misread = (Relation("develops", "openai", "claude"),)  # "its Claude models", with "its" read as OpenAI
    assert withdrawn_by_maker((cut,), misread, resolution)[0].agents == ("anthropic",)
    assert withdrawn_by_maker((cut,), (), resolution)[0].agents == ("openai",)  # a platform offering another's model
    named = Event("ModelWithdrawal", agents=("anthropic",), targets=("claude",), confidence=0.75)
    assert withdrawn_by_maker((named,), (), resolution)[0].agents == ("anthropic",)


def test_a_company_named_as_pulling_another_makers_model_keeps_the_act(nlp):
    x = extract(analyse("Microsoft suspended its Claude models in Copilot for government customers on Tuesday, and "
                        "Anthropic said it was disappointed."))
    assert not any(e.type == "ModelWithdrawal" and e.agents == ("anthropic",) for e in x.events)


def test_no_one_objects_to_their_own_companys_product(nlp):
    x = extract(analyse("Vexa Inc. chief executive Dana Field spoke on Monday. Vexa Inc. makes Lumo 5. Dana Field has "
                        "acknowledged frustration with Lumo 5, saying the company had rushed it."))
    assert not any(e.type == "ConcernRaised" and "lumo-5" in e.targets and e.confidence >= 0.5 for e in x.events)
