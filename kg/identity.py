"""Identity across articles: one IRI for one thing that different articles name more or less fully.

Each article is resolved on its own (kg/resolve.py), so "Mythos" in one article and "Mythos 5" in
another get two IRIs. After a write, the store's names are compared within a category: a name that
is the leading words of exactly one longer name, where what the longer name adds is a version ("5",
"4o", "2.0") for a model or a company suffix ("Technology", "Inc") for a company, is that entity.
Every article graph that uses the shorter IRI is rewritten to the longer one, the shorter name kept
as a `skos:altLabel`. The rule reads the set of names only, so the store ends the same whatever order
the articles came in; a name shared by two longer ones ("Claude": "Claude 2", "Claude 3") stays apart, and
so does a model family the lexicon knows ("Grok" is a chatbot of its own beside the model "Grok 4").
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .graph import DATA_IRI, META_GRAPH
from .lexicon import known_entities, name_cues
from .text import fold

ENTITY_PREFIX = f"{DATA_IRI}entity/"
VERSION = re.compile(r"^(?:v?\d[\w.]*|[IVX]+|\d+[a-z]{0,2})$")
MERGING = {"AIModel": "version", "Company": "suffix", "Organization": "suffix"}

NAMES = f"""
SELECT DISTINCT ?entity ?category ?name WHERE {{
  GRAPH ?g {{ ?entity skos:prefLabel ?name ; a ?category }}
  FILTER(STRSTARTS(STR(?entity), "{ENTITY_PREFIX}") && ?g != <{META_GRAPH.value}>)
}}"""


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    cues = name_cues()
    return frozenset([*cues["suffixes"], *(w for w, c in cues["heads"].items() if c == "Company")])


@lru_cache(maxsize=1)
def _model_families() -> frozenset[str]:
    return frozenset(fold(n) for row in known_entities() if row["category"] == "AIModel"
                     for n in [row["name"], *row.get("aliases", ())])


def _adds_only(extra: list[str], kind: str) -> bool:
    if not extra:
        return False
    if kind == "version":
        return all(VERSION.match(w) for w in extra)
    suffixes = _suffixes()
    return all(w in suffixes for w in extra)


def same_as(names: list[tuple[str, str, str]]) -> dict[str, str]:
    """Shorter entity IRI -> the longer one it is, from (entity, category, name) rows.

    Each name is indexed under the leading words it extends by a version or suffix only, so a store's
    entities are compared in one pass over their names, not pair by pair."""
    names_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    extends: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    for entity, category, name in names:
        kind = category.rsplit("#", 1)[-1]
        if kind not in MERGING:
            continue
        names_of[(kind, entity)].add(name)
        words = name.split()
        for cut in range(1, len(words)):
            if _adds_only(words[cut:], MERGING[kind]):
                extends[(kind, tuple(words[:cut]))].add(entity)
    mapping: dict[str, str] = {}
    families = _model_families()
    for (kind, short), short_names in names_of.items():
        if kind == "AIModel" and any(fold(s) in families for s in short_names):
            continue  # "Grok" and "Grok 4": a family the lexicon knows is a product of its own, not one version
        longer = {long for s in short_names for long in extends.get((kind, tuple(s.split())), ()) if long != short}
        if len(longer) == 1:
            mapping[short] = longer.pop()
    for short in list(mapping):  # "GPT" -> "GPT 4" -> "GPT 4 2": follow to the end
        seen = {short}
        while mapping[short] in mapping and mapping[short] not in seen:
            seen.add(mapping[short])
            mapping[short] = mapping[mapping[short]]
    return mapping


def _rewrite(short: str, long: str) -> str:
    s, l = f"<{short}>", f"<{long}>"
    meta = f"<{META_GRAPH.value}>"
    return f"""
DELETE {{ GRAPH ?g {{ ?s ?p {s} }} }} INSERT {{ GRAPH ?g {{ ?s ?p {l} }} }}
WHERE {{ GRAPH ?g {{ ?s ?p {s} }} FILTER(?g != {meta}) }} ;
DELETE {{ GRAPH ?g {{ {s} skos:prefLabel ?n }} }} INSERT {{ GRAPH ?g {{ {s} skos:altLabel ?n }} }}
WHERE {{ GRAPH ?g {{ {s} skos:prefLabel ?n }} FILTER(?g != {meta}) }} ;
DELETE {{ GRAPH ?g {{ {s} rdfs:label ?n }} }} WHERE {{ GRAPH ?g {{ {s} rdfs:label ?n }} FILTER(?g != {meta}) }} ;
INSERT {{ GRAPH ?g {{ {l} skos:prefLabel ?name ; rdfs:label ?name }} }}
WHERE {{ GRAPH ?g {{ {s} skos:altLabel ?any }} {{ SELECT ?name WHERE {{ GRAPH ?h {{ {l} skos:prefLabel ?name }}
         FILTER(?h != {meta}) }} ORDER BY ?name LIMIT 1 }} }} ;
DELETE {{ GRAPH ?g {{ {s} ?p ?o }} }} INSERT {{ GRAPH ?g {{ {l} ?p ?o }} }}
WHERE {{ GRAPH ?g {{ {s} ?p ?o }} FILTER(?g != {meta}) }}
"""


def unify(store) -> dict[str, str]:
    """Give every entity that other articles name in full that fuller IRI, in every article graph."""
    rows = [(str(r["entity"].value), str(r["category"].value), str(r["name"].value)) for r in store.query(NAMES)]
    mapping = same_as(rows)
    for short in sorted(mapping):
        store.update(_rewrite(short, mapping[short]))
    return mapping
