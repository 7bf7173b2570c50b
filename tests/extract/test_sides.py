"""Whole-article role adjustments read events and relations together: a person's posts reach the country
their department is part of; a product withdrawn with no one named is withdrawn by the maker the
article names. Sentences are written for these tests, not taken from the evaluation articles."""
from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.extract import extract
from kg.extract.sides import posts_of
from kg.records import Relation

pytestmark = pytest.mark.slow


def test_a_post_reaches_the_country_its_body_is_part_of():
    relations = (Relation("leads", "dana-wells", "trade-ministry"), Relation("partOf", "trade-ministry", "ardenia"),
                 Relation("memberOf", "omar-lind", "vela-corp", former=True))
    assert posts_of(relations) == {"dana-wells": ["trade-ministry", "ardenia"]}


def test_a_withdrawal_the_maker_is_named_for_elsewhere_in_the_article(nlp):
    x = extract(analyse("Lumo Inc. makes the Atlas models. Its Atlas 4 chatbot was withdrawn in August."))
    assert any(e.type == "ModelWithdrawal" and e.agents == ("lumo-inc",) and "atlas-4" in e.targets
               and e.confidence >= 0.5 for e in x.events)
