"""Records → RDF quads in the ontology's terms, in the article's own named graph.

IRIs are derived from names and content (never from run order or Python's hash), so the same
inputs always give the same graph. Entities, events and relation assertions get IRIs shared by
every article that reports them; sentences, mentions and claims are the article's own.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode, Quad

from .vocab import DATA_IRI, KG, SCHEMA, RDF, RDFS, SKOS, TIME, XSD

# records for annotations only, text (hashlib) where an IRI is hashed: the store imports this
# module, and `kg query` should not pay for either (benchmarks/startup.py)
if TYPE_CHECKING:
    from .read import Article
    from .records import Claim, Entity, Event, Evidence, Extraction, Relation

DATA_MODEL_VERSION = "1"
META_GRAPH = NamedNode(DATA_IRI + "graph/meta")
STORE_NODE = NamedNode(DATA_IRI + "store")


def iri(term) -> NamedNode:
    return NamedNode(str(term))


_BOOLEAN, _INTEGER, _DECIMAL = NamedNode(XSD.boolean), NamedNode(XSD.integer), NamedNode(XSD.decimal)


def _lit(value, datatype=None) -> Literal:
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=_BOOLEAN)
    if isinstance(value, int):
        return Literal(str(value), datatype=_INTEGER)
    if isinstance(value, float):
        return Literal(f"{value:.2f}", datatype=_DECIMAL)
    return Literal(str(value), datatype=iri(datatype)) if datatype else Literal(str(value))


def graph_iri(article: Article) -> NamedNode:
    return NamedNode(f"{DATA_IRI}graph/{article.key}")


def article_iri(article: Article) -> NamedNode:
    return NamedNode(f"{DATA_IRI}article/{article.key}")


def entity_iri(key: str) -> NamedNode:
    return NamedNode(f"{DATA_IRI}entity/{key}")


def event_iri(event: Event) -> NamedNode:
    """Shared by every article that reports the same action: same type, parties and (when known) date. An action
    only urged, planned or denied is another event than the one done ("called for the tool to be withdrawn" and
    "switched the tool off"): one node would hold both modalities, and the done one would read as not done."""
    from .text import digest, slug

    name = digest(event.type, *sorted(event.agents), "|", *sorted(event.targets), *([event.date] if event.date else []),
                  *([event.modality] if event.modality != "asserted" else []))
    return NamedNode(f"{DATA_IRI}event/{slug(event.type)}-{name}")


def relation_iri(rel: Relation) -> NamedNode:
    from .text import digest

    return NamedNode(f"{DATA_IRI}relation/{rel.predicate.lower()}-{digest(rel.predicate, rel.subject, rel.object)}")


def instant_iri(value: str) -> NamedNode:
    return NamedNode(f"{DATA_IRI}instant/{value}")


class _Builder:
    def __init__(self, article: Article):
        self.article = article
        self.graph = graph_iri(article)
        self.quads: set[Quad] = set()
        self.terms: dict[str, NamedNode] = {}  # the vocabulary's IRIs this article names, each made once
        self.sentences: dict[Evidence, NamedNode] = {}  # its quads are in: a sentence is evidence many times

    def add(self, s, p, o) -> None:
        if not isinstance(p, NamedNode):
            p = self.terms.get(p) or self.terms.setdefault(p, iri(p))
        self.quads.add(Quad(s, p, o, self.graph))

    def sentence(self, ev: Evidence) -> NamedNode:
        node = self.sentences.get(ev)
        if node is not None:
            return node
        node = self.sentences[ev] = NamedNode(f"{DATA_IRI}sentence/{self.article.key}-{ev.start}-{ev.end}")
        self.add(node, RDF.type, iri(KG.Sentence))
        self.add(node, KG.text, _lit(ev.text))
        self.add(node, KG.startChar, _lit(ev.start))
        self.add(node, KG.endChar, _lit(ev.end))
        self.add(node, KG.article, article_iri(self.article))
        return node

    def evidence(self, node, evidence) -> None:
        for ev in evidence:
            self.add(node, KG.evidence, self.sentence(ev))

    def article_node(self) -> None:
        a = self.article
        node = article_iri(a)
        self.add(node, RDF.type, iri(KG.Article))
        self.add(node, RDF.type, iri(SCHEMA.NewsArticle))
        self.add(node, SCHEMA.headline, _lit(a.headline))
        self.add(node, KG.fileName, _lit(a.file_name))
        self.add(node, KG.sha256, _lit(a.sha256))
        if a.date:
            self.add(node, SCHEMA.datePublished, _lit(a.date, XSD.date))

    def entity(self, e: Entity) -> None:
        node = entity_iri(e.key)
        self.add(node, RDF.type, iri(KG[e.category]))
        if e.kind:
            self.add(node, RDF.type, iri(KG[e.kind]))
        self.add(node, SKOS.prefLabel, _lit(e.label))
        self.add(node, RDFS.label, _lit(e.label))
        for alias in e.aliases:
            if alias != e.label:
                self.add(node, SKOS.altLabel, _lit(alias))
        for m in e.mentions:
            mention = NamedNode(f"{DATA_IRI}mention/{self.article.key}-{m.start}-{m.end}")
            self.add(mention, RDF.type, iri(KG.Mention))
            self.add(mention, KG.refersTo, node)
            self.add(mention, KG.surfaceForm, _lit(m.text))
            self.add(mention, KG.startChar, _lit(m.start))
            self.add(mention, KG.endChar, _lit(m.end))
            self.add(mention, KG.confidence, _lit(e.confidence))
            self.evidence(mention, [m.evidence])

    def event(self, ev: Event) -> NamedNode:
        node = event_iri(ev)
        self.add(node, RDF.type, iri(KG[ev.type]))
        for key in ev.agents:
            self.add(node, KG.agent, entity_iri(key))
        for key in ev.targets:
            self.add(node, KG.target, entity_iri(key))
        for key in ev.objects:
            self.add(node, KG.object, entity_iri(key))
        label = ev.type + (": " + ev.trigger if ev.trigger else "")
        self.add(node, RDFS.label, _lit(label))
        if ev.trigger:
            self.add(node, KG.trigger, _lit(ev.trigger))
        self.add(node, KG.modality, iri(KG[ev.modality]))
        self.add(node, KG.confidence, _lit(ev.confidence))
        if ev.date_text:
            self.add(node, KG.dateText, _lit(ev.date_text))
        if ev.date:
            instant = instant_iri(ev.date)
            self.add(node, KG.date, instant)
            self.add(instant, RDF.type, iri(TIME.Instant))
            datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(ev.date)]
            prop = {10: TIME.inXSDDate, 7: TIME.inXSDgYearMonth, 4: TIME.inXSDgYear}[len(ev.date)]
            self.add(instant, prop, _lit(ev.date, datatype))
        self.evidence(node, ev.evidence)
        return node

    def relation(self, rel: Relation) -> None:
        subject, obj = entity_iri(rel.subject), entity_iri(rel.object)
        self.add(subject, KG[rel.predicate], obj)
        node = relation_iri(rel)
        self.add(node, RDF.type, iri(KG.RelationAssertion))
        self.add(node, RDF.subject, subject)
        self.add(node, RDF.predicate, iri(KG[rel.predicate]))
        self.add(node, RDF.object, obj)
        self.add(node, KG.former, _lit(rel.former))
        if rel.title:
            self.add(node, KG.roleTitle, _lit(rel.title))
        self.add(node, KG.confidence, _lit(rel.confidence))
        self.evidence(node, rel.evidence)

    def claim(self, claim: Claim, events: list[NamedNode]) -> None:
        from .text import digest

        first = claim.evidence[0]
        node = NamedNode(f"{DATA_IRI}claim/{self.article.key}-{digest(claim.speaker, str(first.start), claim.cue)}")
        self.add(node, RDF.type, iri(KG.Claim))
        self.add(node, KG.speaker, entity_iri(claim.speaker))
        self.add(node, KG.content, _lit(claim.content))
        self.add(node, KG.cue, _lit(claim.cue))
        self.add(node, KG.stance, iri(KG[claim.stance]))
        self.add(node, KG.confidence, _lit(claim.confidence))
        for index in claim.about:
            self.add(node, KG.about, events[index])
        self.evidence(node, claim.evidence)


def build_quads(article: Article, extraction: Extraction) -> list[Quad]:
    """All quads for one article, sorted, in the article's named graph."""
    builder = _Builder(article)
    builder.article_node()
    for entity in extraction.entities:
        builder.entity(entity)
    event_nodes = [builder.event(ev) for ev in extraction.events]
    for rel in extraction.relations:
        builder.relation(rel)
    for claim in extraction.claims:
        builder.claim(claim, event_nodes)
    return sorted(builder.quads, key=str)


def meta_quads() -> list[Quad]:
    return [Quad(STORE_NODE, iri(KG.dataModelVersion), Literal(DATA_MODEL_VERSION), META_GRAPH)]
