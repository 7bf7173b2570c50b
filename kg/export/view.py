"""The graph as the HTML view shows it, read from the store with SPARQL.

Entities, events and claims are nodes; an event's agents, targets and objects, relations between
entities, and who said what (and about which event) are edges. Every node and edge carries its
evidence: the sentences, and the articles they come from. Everything is sorted, so the same store
always gives the same view.

Entities, events and relation assertions are shared by the articles that report them, and each
article's graph repeats their statements: the queries take each such pattern DISTINCT before joining
it, so a fact reported by k articles costs k rows, not k to the power of its patterns.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..query import rows, run
from ..vocab import CATEGORIES, DATA_IRI, EVENT_TYPES

_CLASSES = " ".join(f"kg:{name}" for name in CATEGORIES)
_EVENT_CLASSES = " ".join(f"kg:{name}" for name in EVENT_TYPES)
KINDS = ("Official", "Regulator", "Court", "Legislature", "Military", "Group")

ARTICLES = """
SELECT ?article ?file ?headline ?published WHERE {
  ?article a kg:Article ; kg:fileName ?file ; schema:headline ?headline .
  OPTIONAL { ?article schema:datePublished ?published }
}"""
ENTITIES = f"""
SELECT ?entity ?category ?label WHERE {{
  {{ SELECT DISTINCT ?entity ?category WHERE {{
      VALUES ?class {{ {_CLASSES} }} ?entity a ?class . BIND(STRAFTER(STR(?class), "#") AS ?category) }} }}
  {{ SELECT DISTINCT ?entity ?label WHERE {{ ?entity skos:prefLabel ?label }} }}
}}"""
ENTITY_KINDS = f"""
SELECT DISTINCT ?entity ?kind WHERE {{
  VALUES ?class {{ {" ".join(f"kg:{k}" for k in KINDS)} }}
  ?entity a ?class . BIND(STRAFTER(STR(?class), "#") AS ?kind)
}}"""
ALIASES = "SELECT DISTINCT ?entity ?alias WHERE { ?entity skos:altLabel ?alias }"
MENTIONS = """
SELECT ?node ?text ?start ?article WHERE {
  ?mention kg:refersTo ?node ; kg:evidence ?s . ?s kg:text ?text ; kg:startChar ?start ; kg:article ?article .
}"""
EVIDENCE = """
SELECT ?node ?text ?start ?article WHERE {
  ?node kg:evidence ?s . ?s kg:text ?text ; kg:startChar ?start ; kg:article ?article .
  FILTER NOT EXISTS { ?node a kg:Mention }
}"""
EVENTS = f"""
SELECT ?event ?type ?trigger ?modality ?dateText ?date WHERE {{
  {{ SELECT DISTINCT ?event ?type WHERE {{
      VALUES ?class {{ {_EVENT_CLASSES} }} ?event a ?class . BIND(STRAFTER(STR(?class), "#") AS ?type) }} }}
  OPTIONAL {{ {{ SELECT DISTINCT ?event ?trigger WHERE {{ ?event kg:trigger ?trigger }} }} }}
  OPTIONAL {{ {{ SELECT DISTINCT ?event ?modality WHERE {{ ?event kg:modality ?m BIND(STRAFTER(STR(?m), "#") AS ?modality) }} }} }}
  OPTIONAL {{ {{ SELECT DISTINCT ?event ?dateText WHERE {{ ?event kg:dateText ?dateText }} }} }}
  OPTIONAL {{ {{ SELECT DISTINCT ?event ?date WHERE {{
      ?event kg:date/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?d BIND(STR(?d) AS ?date) }} }} }}
}}"""
ROLES = """
SELECT DISTINCT ?event ?role ?entity WHERE {
  VALUES ?p { kg:agent kg:target kg:object } ?event ?p ?entity . BIND(STRAFTER(STR(?p), "#") AS ?role)
}"""
# A relation shared by k articles can name a different subject and object IRI in each (whenever identity
# resolution differs): the edge joins the smallest of each (by code point, as `min` over the strings did),
# taken per relation here, not from all k x k pairs.
RELATIONS = """
SELECT ?relation ?subject ?predicate ?object ?former ?title WHERE {
  { SELECT DISTINCT ?relation WHERE { ?relation a kg:RelationAssertion } }
  { SELECT ?relation (MIN(STR(?s)) AS ?subject) WHERE { ?relation rdf:subject ?s } GROUP BY ?relation }
  { SELECT DISTINCT ?relation ?predicate WHERE { ?relation rdf:predicate ?p BIND(STRAFTER(STR(?p), "#") AS ?predicate) } }
  { SELECT ?relation (MIN(STR(?o)) AS ?object) WHERE { ?relation rdf:object ?o } GROUP BY ?relation }
  OPTIONAL { { SELECT DISTINCT ?relation ?former WHERE { ?relation kg:former ?former } } }
  OPTIONAL { { SELECT DISTINCT ?relation ?title WHERE { ?relation kg:roleTitle ?title } } }
}"""
CLAIMS = """
SELECT ?claim ?speaker ?content ?cue ?stance WHERE {
  ?claim a kg:Claim ; kg:speaker ?speaker ; kg:content ?content .
  OPTIONAL { ?claim kg:cue ?cue }
  OPTIONAL { ?claim kg:stance ?s BIND(STRAFTER(STR(?s), "#") AS ?stance) }
}"""
ABOUT = "SELECT ?claim ?event WHERE { ?claim a kg:Claim ; kg:about ?event }"


@dataclass(frozen=True)
class Article:
    key: str
    file: str
    headline: str
    published: str = ""


@dataclass(frozen=True, order=True)
class Evidence:
    """One sentence behind a node or an edge, in its article."""

    article: str
    start: int
    text: str


@dataclass(frozen=True)
class Node:
    id: str
    kind: str  # entity, event or claim
    category: str  # an entity category, "Event" or "Claim"
    label: str
    type: str = ""  # the event type
    aliases: tuple[str, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()  # (name, value) pairs the panel lists
    dates: tuple[str, ...] = ()  # the event's own dates: YYYY, YYYY-MM or YYYY-MM-DD
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Edge:
    id: str
    source: str
    target: str
    label: str
    kind: str  # role, relation, said or about
    facts: tuple[tuple[str, str], ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class View:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)

    def articles_of(self, item: Node | Edge) -> set[str]:
        return {ev.article for ev in item.evidence}


def short_id(iri: str) -> str:
    """`entity/anthropic` for the store's own IRIs; other IRIs stay whole."""
    return iri[len(DATA_IRI):] if iri.startswith(DATA_IRI) else iri


def article_key(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _group(pairs) -> dict[str, set]:
    out: dict[str, set] = {}
    for key, value in pairs:
        out.setdefault(key, set()).add(value)
    return out


def _evidence(store) -> dict[str, tuple[Evidence, ...]]:
    found = _group((short_id(r["node"]), Evidence(article_key(r["article"]), int(r["start"]), r["text"]))
                   for query in (MENTIONS, EVIDENCE) for r in rows(run(store, query)))
    return {node: tuple(sorted(items)) for node, items in found.items()}


def _articles(store) -> dict[str, Article]:
    found = {}
    for r in sorted(rows(run(store, ARTICLES)), key=lambda r: (r["article"], r["file"], r["headline"], r["published"])):
        key = article_key(r["article"])
        found.setdefault(key, Article(key, r["file"], r["headline"], r["published"]))
    return dict(sorted(found.items()))


def _entities(store, evidence) -> list[Node]:
    categories = _group((r["entity"], (CATEGORIES.index(r["category"]), r["category"], r["label"]))
                        for r in rows(run(store, ENTITIES)))
    kinds = _group((r["entity"], r["kind"]) for r in rows(run(store, ENTITY_KINDS)))
    aliases = _group((r["entity"], r["alias"]) for r in rows(run(store, ALIASES)))
    nodes = []
    for iri, found in categories.items():
        _, category, label = min(found)
        node_id = short_id(iri)
        facts = (("kind", ", ".join(sorted(kinds[iri]))),) if iri in kinds else ()
        nodes.append(Node(node_id, "entity", category, label, aliases=tuple(sorted(aliases.get(iri, set()) - {label})),
                          facts=facts, evidence=evidence.get(node_id, ())))
    return nodes


def _events(store, evidence) -> list[Node]:
    found: dict[str, dict[str, set]] = {}
    for r in rows(run(store, EVENTS)):
        values = found.setdefault(r["event"], {})
        for name in ("type", "trigger", "modality", "dateText", "date"):
            if r[name]:
                values.setdefault(name, set()).add(r[name])
    nodes = []
    for iri, values in found.items():
        kind = min(values["type"])
        modality = values.get("modality", set())
        label = kind + (" (negated)" if modality == {"negated"} else "")
        facts = tuple((name, ", ".join(sorted(values[key]))) for name, key in
                      (("event type", "type"), ("modality", "modality"), ("trigger", "trigger"),
                       ("date", "date"), ("date as written", "dateText")) if values.get(key))
        node_id = short_id(iri)
        nodes.append(Node(node_id, "event", "Event", label, type=kind, facts=facts,
                          dates=tuple(sorted(values.get("date", ()))), evidence=evidence.get(node_id, ())))
    return nodes


def _quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return "“" + (text if len(text) <= limit else text[:limit - 1].rstrip() + "…") + "”"


def _claims(store, evidence, labels) -> tuple[list[Node], list[Edge]]:
    found: dict[str, dict[str, set]] = {}
    for r in rows(run(store, CLAIMS)):
        values = found.setdefault(r["claim"], {})
        for name in ("speaker", "content", "cue", "stance"):
            if r[name]:
                values.setdefault(name, set()).add(r[name])
    about = _group((r["claim"], short_id(r["event"])) for r in rows(run(store, ABOUT)))
    nodes, edges = [], []
    for iri, values in found.items():
        node_id, content = short_id(iri), min(values["content"])
        speakers = sorted(short_id(s) for s in values["speaker"] if short_id(s) in labels)
        events = sorted(e for e in about.get(iri, ()) if e in labels)
        facts = (("speaker", ", ".join(labels[s] for s in speakers)), ("said", ", ".join(sorted(values.get("cue", ())))),
                 ("stance", ", ".join(sorted(values.get("stance", ())))), ("content", content),
                 ("about", ", ".join(labels[e] for e in events)))
        claim_evidence = evidence.get(node_id, ())
        nodes.append(Node(node_id, "claim", "Claim", _quote(content), facts=tuple(f for f in facts if f[1]),
                          evidence=claim_evidence))
        cue = min(values.get("cue", {"said"}))
        edges += [Edge(f"{node_id}#speaker#{s}", s, node_id, cue, "said", evidence=claim_evidence) for s in speakers]
        edges += [Edge(f"{node_id}#about#{e}", node_id, e, "about", "about", evidence=claim_evidence) for e in events]
    return nodes, edges


def _roles(store, events: dict[str, Node], known) -> list[Edge]:
    edges = []
    for r in rows(run(store, ROLES)):
        event, entity, role = short_id(r["event"]), short_id(r["entity"]), r["role"]
        if event in events and entity in known:
            source, target = (entity, event) if role == "agent" else (event, entity)
            edges.append(Edge(f"{event}#{role}#{entity}", source, target, role, "role", evidence=events[event].evidence))
    return edges


def _relations(store, evidence, known) -> list[Edge]:
    found: dict[str, dict[str, set]] = {}
    for r in rows(run(store, RELATIONS)):
        values = found.setdefault(r["relation"], {})
        for name in ("subject", "predicate", "object", "former", "title"):
            if r[name]:
                values.setdefault(name, set()).add(r[name])
    edges = []
    for iri, values in found.items():
        source, target = short_id(min(values["subject"])), short_id(min(values["object"]))
        if source not in known or target not in known:
            continue
        former = values.get("former", set()) == {"true"}
        predicate = min(values["predicate"])
        facts = (("relation", predicate), ("former", "yes" if former else "no"),
                 ("role title", ", ".join(sorted(values.get("title", ())))))
        edge_id = short_id(iri)
        edges.append(Edge(edge_id, source, target, predicate + (" (former)" if former else ""), "relation",
                          facts=tuple(f for f in facts if f[1]), evidence=evidence.get(edge_id, ())))
    return edges


def read_view(store) -> View:
    """The whole stored graph as nodes and edges with their evidence."""
    evidence = _evidence(store)
    entities = _entities(store, evidence)
    events = {n.id: n for n in _events(store, evidence)}
    labels = {n.id: n.label for n in entities} | {n.id: n.label for n in events.values()}
    claims, claim_edges = _claims(store, evidence, labels)
    known = {n.id for n in entities}
    nodes = sorted([*entities, *events.values(), *claims], key=lambda n: n.id)
    edges = sorted([*_roles(store, events, known), *_relations(store, evidence, known), *claim_edges], key=lambda e: e.id)
    return View({n.id: n for n in nodes}, {e.id: e for e in edges}, _articles(store))
