"""Lexicons in kg/data/: every file loads, every row is checked, and bad data is refused."""
from __future__ import annotations

import json

import pytest

from kg import lexicon
from kg.vocab import CATEGORIES, EVENT_TYPES


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A copy of kg/data/ that a test may break; the caches are cleared around it."""
    for path in lexicon.DATA_DIR.iterdir():
        if path.is_file():
            (tmp_path / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(lexicon, "DATA_DIR", tmp_path)
    caches = [lexicon.known_entities, lexicon.triggers, lexicon.titles, lexicon.speech_verbs, lexicon.name_cues]
    for cached in caches:
        cached.cache_clear()
    yield tmp_path
    for cached in caches:
        cached.cache_clear()


def test_known_entities_have_a_name_and_one_of_the_six_categories():
    rows = lexicon.known_entities()
    assert rows
    for row in rows:
        assert row["name"] and row["category"] in CATEGORIES
        assert row.get("kind") in (None, *lexicon.KINDS)


def test_every_event_type_of_the_spec_has_a_trigger():
    rows = lexicon.triggers()
    assert {row["type"] for row in rows} == set(EVENT_TYPES)
    for row in rows:
        assert row["pattern"] and 0 <= row.get("anchor", 0) < len(row["pattern"])


def test_titles_speech_verbs_and_name_cues_load():
    titles = lexicon.titles()
    assert titles["ceo"] is True and all(t == t.lower() for t in titles)
    stances = lexicon.speech_verbs()
    assert stances["say"] == "neutral" and set(stances.values()) <= {"supports", "disputes", "neutral"}
    cues = lexicon.name_cues()
    assert "_doc" not in cues and {"heads", "suffixes", "descriptions"} <= set(cues)


def test_entity_patterns_cover_every_name_and_alias():
    patterns = lexicon.entity_patterns()
    rows = lexicon.known_entities()
    governments = [p for p in patterns if p["pattern"].endswith(lexicon.GOVERNMENT_NOUNS)]
    named = [p for p in patterns if p not in governments]
    assert len(named) == sum(1 + len(row.get("aliases", [])) for row in rows)
    assert {p["label"] for p in patterns} <= {"KG_" + c for c in CATEGORIES}
    assert {p["id"] for p in named} == {row["name"] for row in rows}
    # "the Dutch government": every country adjective with each word for a government names the country
    assert {(p["pattern"], p["id"]) for p in governments} >= {("Dutch government", "Netherlands"),
                                                             ("Philippine authorities", "Philippines")}
    assert all(p["id"] in lexicon.demonyms().values() for p in governments)
    assert {p["label"] for p in governments if p["id"] == "Netherlands"} == {"KG_Country"}
    assert {p["label"] for p in governments if p["id"] == "European Union"} == {"KG_GovernmentBody"}


def test_a_bad_category_is_refused(data_dir):
    with (data_dir / "entities.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps({"name": "Acme", "category": "Startup"}) + "\n")
    with pytest.raises(ValueError, match="entities.jsonl: Acme: bad category"):
        lexicon.known_entities()


def test_a_bad_event_type_is_refused(data_dir):
    with (data_dir / "triggers.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps({"type": "Merger", "pattern": [{"LEMMA": "merge"}]}) + "\n")
    with pytest.raises(ValueError, match="triggers.jsonl: bad type Merger"):
        lexicon.triggers()


def test_a_broken_json_line_names_its_file_and_line(data_dir):
    lines = (data_dir / "speech.jsonl").read_text(encoding="utf-8").splitlines()
    lines.append('{"lemma": "say", ')
    (data_dir / "speech.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"^speech.jsonl:{len(lines)}: "):
        lexicon.speech_verbs()


def test_a_bad_stance_is_refused(data_dir):
    with (data_dir / "speech.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps({"lemma": "grumble", "stance": "grumpy"}) + "\n")
    with pytest.raises(ValueError, match="speech.jsonl"):
        lexicon.speech_verbs()


def test_every_products_developer_is_a_company_of_the_lexicon():
    from kg.lexicon import developers, known_entities

    companies = {row["name"] for row in known_entities() if row["category"] == "Company"}
    assert developers()["ChatGPT"] == "OpenAI"
    assert set(developers().values()) <= companies


def test_every_capital_stands_for_a_known_country():
    from kg.lexicon import capitals, countries

    assert capitals()["Jakarta"] == "Indonesia"
    assert set(capitals().values()) <= countries()
