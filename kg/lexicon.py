"""Lexicons and patterns as data: loaded from kg/data/, validated once, cached.

Each file documents itself in its first lines (a JSON object with a "_doc" key, or `#` comment
lines in JSONL). Code decides how evidence is weighed; these files say which words are evidence.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .vocab import CATEGORIES, EVENT_TYPES

DATA_DIR = Path(__file__).resolve().parent / "data"
KINDS = {"Official", "Regulator", "Court", "Legislature", "Military"}
TRIGGER_FIELDS = {"type", "pattern", "anchor", "target_deps", "agent_deps", "agent_from", "via_verbs", "requires_verb",
                  "requires_object", "forbids_object", "forbids_own_object", "forbids_verb", "requires_governor", "forbids_governor", "forbids_xcomp", "requires_xcomp", "requires_infinitive", "requires_titled_agent", "requires_child_deps", "requires_prep", "forbids_prep",
                  "requires_text", "forbids_words", "requires_agent", "requires_target", "requires_agent_or_target", "requires_plural_or_prep",
                  "target_categories", "agent_categories", "agent_kinds",
                  "requires_named_target", "forbids_named_target", "requires_dobj",
                  "forbids_target_categories", "refers_back", "requires_verdict", "requires_named_head", "forbids_noun_infinitive",
                  "named_target_only", "forbids_agent_kinds", "forbids_agent_words", "requires_agent_words", "requires_with",
                  "implied_parties", "stative", "upholds"}


def _jsonl(name: str) -> list[dict]:
    rows = []
    for number, line in enumerate((DATA_DIR / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{name}:{number}: {exc}") from None
    return rows


def _json(name: str) -> dict:
    data = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
    data.pop("_doc", None)
    return data


def _require(ok: bool, message: str) -> None:
    if not ok:
        raise ValueError(f"lexicon: {message}")


@lru_cache(maxsize=1)
def known_entities() -> list[dict]:
    """Well-known organisations, bodies, countries and AI products with their aliases."""
    rows = _jsonl("entities.jsonl")
    for row in rows:
        _require(row.get("category") in CATEGORIES, f"entities.jsonl: {row.get('name')}: bad category")
        _require(row.get("kind") in (None, *KINDS), f"entities.jsonl: {row['name']}: bad kind")
    return rows


@lru_cache(maxsize=1)
def company_names() -> frozenset[str]:
    """Every name the lexicon gives a company by (its name and aliases)."""
    return frozenset(name for row in known_entities() if row["category"] == "Company" for name in [row["name"], *row.get("aliases", [])])


@lru_cache(maxsize=1)
def known_kinds() -> dict[str, str]:
    """The kind of body the lexicon says a known entity is (entities.jsonl "kind": Regulator, Court, ...)."""
    return {row["name"]: row["kind"] for row in known_entities() if row.get("kind")}


@lru_cache(maxsize=1)
def owners() -> dict[str, str]:
    """Known platforms mapped to the company that owns them (entities.jsonl "owner"), and products to their developer."""
    return {**developers(), **_known_references("owner")}


@lru_cache(maxsize=1)
def platforms() -> frozenset[str]:
    """Known platforms (an owner, no developer): "Apple's App Store" is no model Apple develops."""
    return frozenset(owners()) - frozenset(developers())


@lru_cache(maxsize=1)
def developers() -> dict[str, str]:
    """Known AI products mapped to the company that makes them (entities.jsonl "developer")."""
    return _known_references("developer")


def _known_references(field: str) -> dict[str, str]:
    """Known entities mapped to the known entity their `field` names, each checked to be one."""
    names = {row["name"] for row in known_entities()}
    out = {}
    for row in known_entities():
        if row.get(field):
            _require(row[field] in names, f"entities.jsonl: {row['name']}: unknown {field} {row[field]}")
            out[row["name"]] = row[field]
    return out


@lru_cache(maxsize=1)
def triggers() -> list[dict]:
    """Event trigger patterns: spaCy Matcher token patterns labelled with an event type."""
    rows = _jsonl("triggers.jsonl")
    for row in rows:
        unknown = set(row) - TRIGGER_FIELDS
        _require(not unknown, f"triggers.jsonl: unknown field(s) {sorted(unknown)} in {row.get('pattern')}")
        _require(row.get("type") in EVENT_TYPES, f"triggers.jsonl: bad type {row.get('type')}")
        _require(isinstance(row.get("pattern"), list) and row["pattern"], f"triggers.jsonl: {row} has no pattern")
        _require(0 <= row.get("anchor", 0) < len(row["pattern"]), f"triggers.jsonl: {row} anchor out of range")
    return rows


@lru_cache(maxsize=1)
def titles() -> dict[str, bool]:
    """Job titles, lower case, mapped to whether the holder heads the body (party titles apart: seat_titles())."""
    rows = _jsonl("titles.jsonl")
    return {row["title"].lower(): bool(row["head"]) for row in rows if not row.get("seat")}


@lru_cache(maxsize=1)
def office_titles() -> frozenset[str]:
    """Titles that are offices of their own ("attorney general"): see data/titles.jsonl."""
    return frozenset(row["title"].lower() for row in _jsonl("titles.jsonl") if row.get("office"))


@lru_cache(maxsize=1)
def seat_titles() -> frozenset[str]:
    """Titles that say where the holder sits ("Democrat"): see data/titles.jsonl."""
    return frozenset(row["title"].lower() for row in _jsonl("titles.jsonl") if row.get("seat"))


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """Lemmas of speech and stance verbs mapped to the stance they signal."""
    rows = _jsonl("speech.jsonl")
    for row in rows:
        _require(row.get("stance") in ("supports", "disputes", "neutral"), f"speech.jsonl: {row}")
    return {row["lemma"]: row["stance"] for row in rows}


@lru_cache(maxsize=1)
def name_cues() -> dict:
    """Head nouns, suffixes and descriptions that type a name or refer back to one."""
    data = _json("name_cues.json")
    for key in ("heads", "suffixes", "descriptions"):
        for word, category in data[key].items():
            _require(category in CATEGORIES or category in KINDS, f"name_cues.json: {key}.{word}: {category}")
    return data


def entity_patterns() -> list[dict]:
    """EntityRuler patterns for every known name and alias (case-sensitive)."""
    patterns = []
    for row in known_entities():
        for name in [row["name"], *row.get("aliases", [])]:
            patterns.append({"label": "KG_" + row["category"], "pattern": name, "id": row["name"]})
    # "the Philippine government", "Dutch authorities": the country acts, whether or not the article names it (a
    # union of them as the lexicon has it: "European authorities")
    known = {row["name"]: row["category"] for row in known_entities()}
    for adjective, country in sorted(demonyms().items()):
        for noun in GOVERNMENT_NOUNS:
            patterns.append({"label": "KG_" + known.get(country, "Country"), "pattern": f"{adjective} {noun}", "id": country})
    return patterns


GOVERNMENT_NOUNS = ("government", "Government", "authorities")


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Names of states and blocs (see data/countries.txt) plus every Country in the entity lexicon."""
    names = {line.strip() for line in (DATA_DIR / "countries.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    for row in known_entities():
        if row["category"] == "Country":
            names.update([row["name"], *row.get("aliases", [])])
    return frozenset(names)


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """US states, which act as governments when named as a party (data/states.txt)."""
    return frozenset(line.strip() for line in (DATA_DIR / "states.txt").read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital cities and the country each stands for when it acts (data/capitals.json)."""
    found = dict(_json("capitals.json")["capitals"])
    _require(all(country in countries() for country in found.values()), "capitals.json: a country not in countries.txt")
    return found


@lru_cache(maxsize=1)
def dateline_cities() -> dict[str, str]:
    """Cities a dateline may name that are no acting capital, and their country (data/capitals.json "dateline")."""
    found = dict(_json("capitals.json")["dateline"])
    _require(all(country in countries() for country in found.values()), "capitals.json: a dateline country not in countries.txt")
    return found


@lru_cache(maxsize=1)
def endonyms() -> frozenset[str]:
    """Countries' names in their own languages (data/demonyms.json)."""
    return frozenset(_json("demonyms.json")["endonyms"])


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Country adjectives and the country each stands for (data/demonyms.json)."""
    return dict(_json("demonyms.json")["demonyms"])


@lru_cache(maxsize=1)
def role_cues() -> dict:
    """Light verbs and other words that decide who fills an event role (data/roles.json)."""
    data = _json("roles.json")
    return {"light_verbs": frozenset(data["light_verbs"]), "indefinite_determiners": frozenset(data["indefinite_determiners"]),
            "extraposition_adjectives": frozenset(data["extraposition_adjectives"])}


@lru_cache(maxsize=1)
def negative_evaluations() -> tuple[str, ...]:
    """Words and phrases by which a speaker condemns an action (data/evaluation.json)."""
    return tuple(sorted({w.lower() for w in _json("evaluation.json")["negative"]}))


@lru_cache(maxsize=1)
def verdict_evaluations() -> tuple[str, ...]:
    """Words that condemn only as the verdict itself ("called the fine an attack"), not anywhere in what is said
    ("protects against cyber attacks"): data/evaluation.json "verdict"."""
    return tuple(sorted({w.lower() for w in _json("evaluation.json")["verdict"]}))


@lru_cache(maxsize=1)
def accusation_verbs() -> dict[str, frozenset[str]]:
    """Verbs by which reported speech accuses its subject ("said the company had misrepresented ..."), and duties
    whose negation does ("had not given any assistance"), and verdicts of unlawfulness ("is illegal"):
    data/evaluation.json "accusation", "unmet" and "unlawful"."""
    data = _json("evaluation.json")
    return {"wrong": frozenset(data["accusation"]), "unmet": frozenset(data["unmet"]),
            "speech": frozenset(data["accusing_speech"]), "unlawful": frozenset(data["unlawful"])}


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """Lower-cased capitalised words that are never entities on their own (name_cues.json "generic")."""
    return frozenset(g.lower() for g in name_cues()["generic"])


@lru_cache(maxsize=1)
def known_aliases() -> dict[str, frozenset[str]]:
    """Each lexicon entity's name mapped to every name it goes by."""
    return {row["name"]: frozenset([row["name"], *row.get("aliases", [])]) for row in known_entities()}
