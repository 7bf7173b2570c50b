"""kg/vocab.py and ontology/: every term declared, labelled and explained; queries and shapes parse."""
from __future__ import annotations

import pytest
import rdflib
from rdflib import namespace as ns

from kg.query import named_queries, render, ResultFormat, run
from kg.settings import ONTOLOGY_DIR
from kg import vocab
from kg.vocab import CATEGORIES, EVENT_TYPES, ONTOLOGY_IRI, PREFIXES, RELATIONS

ORG, SCHEMA = vocab.ORG, vocab.SCHEMA


class _AsURIRef:
    """vocab.KG's terms (plain strings) as rdflib URIRefs, to look them up in the parsed ontology."""

    def __getattr__(self, name):
        return rdflib.URIRef(getattr(vocab.KG, name))

    def __getitem__(self, name):
        return rdflib.URIRef(vocab.KG[name])


KG = _AsURIRef()
OWL, PROV, RDF, RDFS, SKOS, TIME = ns.OWL, ns.PROV, ns.RDF, ns.RDFS, ns.SKOS, ns.TIME

DECLARATIONS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual}


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")


def kg_terms() -> list[str]:
    return sorted(name for name in vocab.KG.__annotations__ if not name.startswith("_"))


@pytest.mark.parametrize("name", kg_terms())
def test_every_vocab_term_is_declared_with_label_and_comment(ontology, name):
    term = KG[name]
    assert set(ontology.objects(term, RDF.type)) & DECLARATIONS, f"kg:{name} is not declared in ontology/kg.ttl"
    labels = [o for o in ontology.objects(term, RDFS.label) if str(o).strip()]
    comments = [o for o in ontology.objects(term, RDFS.comment) if str(o).strip()]
    assert labels and comments, f"kg:{name} needs rdfs:label and rdfs:comment"


def test_every_term_the_ontology_declares_is_in_the_vocab(ontology):
    namespace = vocab.KG._NS
    declared = {str(s)[len(namespace):] for s in ontology.subjects(RDF.type, None) if str(s).startswith(namespace)}
    assert declared == set(kg_terms())


def test_a_misspelt_term_fails_at_once():
    with pytest.raises(AttributeError):
        vocab.KG.Lawsiut  # noqa: B018
    with pytest.raises(AttributeError):
        vocab.KG["Lawsiut"]  # noqa: B018


def test_the_namespaces_are_the_standard_ones():
    for name in ("OWL", "PROV", "RDF", "RDFS", "SKOS", "TIME", "XSD"):
        assert str(getattr(vocab, name)) == str(getattr(ns, name))
    assert vocab.RDF.type == str(ns.RDF.type) and vocab.XSD["date"] == str(ns.XSD.date)
    assert isinstance(vocab.KG.Claim, str) and vocab.KG.Claim == ONTOLOGY_IRI + "#Claim"


def test_the_ontology_has_a_version_iri(ontology):
    header = rdflib.URIRef(ONTOLOGY_IRI)
    assert (header, RDF.type, OWL.Ontology) in ontology
    [version] = ontology.objects(header, OWL.versionIRI)
    assert str(version).startswith(ONTOLOGY_IRI + "/")
    assert list(ontology.objects(header, RDFS.label)) and list(ontology.objects(header, RDFS.comment))


def test_the_spec_vocabulary_is_there_in_full(ontology):
    closure = lambda cls: set(ontology.transitive_objects(cls, RDFS.subClassOf))  # noqa: E731
    for category in CATEGORIES:
        assert KG.Entity in closure(KG[category])
    for event_type in EVENT_TYPES:
        assert KG.Event in closure(KG[event_type])
    assert len(EVENT_TYPES) == 15 and len(CATEGORIES) == 6
    for relation in RELATIONS:
        assert (KG[relation], RDF.type, OWL.ObjectProperty) in ontology
    for role in ("agent", "target", "object", "date"):
        assert (KG[role], RDFS.domain, KG.Event) in ontology or (KG[role], RDF.type, OWL.ObjectProperty) in ontology
    for prop in ("speaker", "content", "stance", "about"):
        assert set(ontology.objects(KG[prop], RDF.type)) & DECLARATIONS
    assert {KG.Official} <= set(ontology.subjects(RDFS.subClassOf, KG.Person))
    assert {KG.Regulator, KG.Court, KG.Legislature} <= set(ontology.subjects(RDFS.subClassOf, KG.GovernmentBody))


def test_alignments_to_the_vocabularies_people_query(ontology):
    assert PROV.Entity in set(ontology.objects(KG.Article, RDFS.subClassOf))
    assert PROV.Activity in set(ontology.objects(KG.Event, RDFS.subClassOf))
    assert rdflib.URIRef(SCHEMA.GovernmentOrganization) in set(ontology.objects(KG.GovernmentBody, RDFS.subClassOf))
    assert rdflib.URIRef(SCHEMA.Person) in set(ontology.objects(KG.Person, RDFS.subClassOf))
    assert rdflib.URIRef(SCHEMA.SoftwareApplication) in set(ontology.objects(KG.AIModel, RDFS.subClassOf))
    assert rdflib.URIRef(ORG.headOf) in set(ontology.objects(KG.leads, RDFS.subPropertyOf))
    assert rdflib.URIRef(ORG.memberOf) in set(ontology.objects(KG.memberOf, RDFS.subPropertyOf))
    assert rdflib.URIRef(ORG.subOrganizationOf) in set(ontology.objects(KG.partOf, RDFS.subPropertyOf))
    assert TIME.hasTime in set(ontology.objects(KG.date, RDFS.subPropertyOf))
    assert (SKOS.prefLabel, RDF.type, OWL.AnnotationProperty) in ontology


def test_one_prefix_map_serves_turtle_and_sparql():
    assert PREFIXES["kg"] == str(vocab.KG) == ONTOLOGY_IRI + "#"
    assert all(iri.endswith(("#", "/")) for iri in PREFIXES.values())


def test_the_shapes_parse():
    shapes = rdflib.Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    assert len(set(shapes.subjects(RDF.type, rdflib.URIRef("http://www.w3.org/ns/shacl#NodeShape")))) >= 5


def test_the_named_queries_of_the_spec_are_shipped():
    assert {"entities", "events", "relations", "claims", "timeline", "about", "evidence"} <= set(named_queries())


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_parses_and_runs_on_an_empty_store(store, name):
    text = named_queries()[name].read_text(encoding="utf-8")
    assert text.lstrip().startswith("#"), f"{name}.rq should open with a comment saying what it answers"
    lines = render(run(store, text), ResultFormat.CSV).splitlines()
    assert len(lines) == 1 and lines[0]  # the header, no rows
