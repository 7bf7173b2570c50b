"""Records → quads, from hand-made records (no spaCy): IRIs, evidence, literals, determinism."""
from __future__ import annotations

import dataclasses
import re

import pyoxigraph
import pytest
import rdflib
from pyoxigraph import Literal, NamedNode

from kg.graph import (DATA_MODEL_VERSION, META_GRAPH, article_iri, build_quads, entity_iri, event_iri, graph_iri,
                      meta_quads, relation_iri)
from kg.records import Event, Extraction, Relation
from kg.vocab import DATA_IRI, KG, RDF, SKOS, TIME, XSD

from samples import getty, make_article, micron, GETTY_TEXT

IRI_SAFE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$")


def n(term) -> NamedNode:
    return NamedNode(str(term))


@pytest.fixture(scope="module")
def built():
    article, extraction = getty()
    return article, extraction, build_quads(article, extraction)


def objects(quads, subject, predicate):
    return [q.object for q in quads if q.subject == subject and q.predicate == n(predicate)]


def subjects_of_type(quads, cls):
    return sorted({q.subject for q in quads if q.predicate == n(RDF.type) and q.object == n(cls)}, key=str)


def test_every_quad_is_in_the_articles_own_named_graph(built):
    article, _, quads = built
    assert {q.graph_name for q in quads} == {graph_iri(article)}
    assert graph_iri(article).value == f"{DATA_IRI}graph/{article.sha256[:16]}"


def test_quads_are_sorted_and_the_same_on_every_build(built):
    article, extraction, quads = built
    assert quads == sorted(quads, key=str)
    shuffled = dataclasses.replace(extraction, entities=extraction.entities[::-1], relations=extraction.relations[::-1])
    assert build_quads(article, shuffled) == quads
    assert build_quads(article, extraction) == quads


def test_iris_are_valid_and_parse_with_rdflib(built):
    _, _, quads = built
    iris = {t.value for q in quads for t in (q.subject, q.predicate, q.object, q.graph_name) if isinstance(t, NamedNode)}
    bad = sorted(i for i in iris if not IRI_SAFE.match(i) or not rdflib.term._is_valid_uri(i))
    assert not bad
    nquads = pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_QUADS).decode()
    parsed = list(rdflib.Dataset().parse(data=nquads, format="nquads").quads((None, None, None, None)))
    assert len(parsed) == len(quads)
    assert {str(graph.identifier if hasattr(graph, "identifier") else graph) for *_, graph in parsed} == {quads[0].graph_name.value}


def test_iris_come_from_names_and_content_not_from_run_order():
    assert entity_iri("anthropic").value == "https://w3id.org/kg-ai-policy/id/entity/anthropic"
    lawsuit = Event("Lawsuit", ("getty-images",), ("stability-ai",))
    # the scheme is part of the data model: this IRI must not change between versions
    assert event_iri(lawsuit).value == "https://w3id.org/kg-ai-policy/id/event/lawsuit-15f9d879baf1f825"
    assert event_iri(Event("Negotiation", ("b", "a"), ())) == event_iri(Event("Negotiation", ("a", "b"), ()))
    assert event_iri(lawsuit) != event_iri(Event("Lawsuit", ("stability-ai",), ("getty-images",)))
    assert event_iri(lawsuit) == event_iri(dataclasses.replace(lawsuit, trigger="sued", evidence=()))
    # a suit only threatened is another event than the suit filed, though the parties are the same
    assert event_iri(dataclasses.replace(lawsuit, modality="planned")) != event_iri(lawsuit)
    leads = Relation("leads", "emad-mostaque", "stability-ai")
    assert relation_iri(leads).value.startswith(f"{DATA_IRI}relation/leads-")
    assert relation_iri(leads) != relation_iri(Relation("memberOf", "emad-mostaque", "stability-ai"))


def test_article_identity_is_its_content_not_its_path():
    one = make_article(GETTY_TEXT, "a/one.txt")
    two = make_article(GETTY_TEXT, "b/two.txt")
    assert graph_iri(one) == graph_iri(two) and article_iri(one) == article_iri(two)
    assert graph_iri(one) != graph_iri(make_article(GETTY_TEXT + "More.\n", "a/one.txt"))


def test_every_fact_points_to_evidence_sentences_that_slice_the_article(built):
    article, _, quads = built
    facts = [s for cls in (KG.Lawsuit, KG.PublicAppeal, KG.Fine, KG.RelationAssertion, KG.Claim, KG.Mention)
             for s in subjects_of_type(quads, cls)]
    assert len(facts) == 3 + 2 + 1 + 5
    for fact in facts:
        sentences = objects(quads, fact, KG.evidence)
        assert sentences, f"{fact} has no kg:evidence"
        for sentence in sentences:
            assert objects(quads, sentence, RDF.type) == [n(KG.Sentence)]
            [text] = objects(quads, sentence, KG.text)
            [start] = objects(quads, sentence, KG.startChar)
            [end] = objects(quads, sentence, KG.endChar)
            assert start.datatype == n(XSD.integer) and end.datatype == n(XSD.integer)
            assert article.text[int(start.value):int(end.value)] == text.value
            assert objects(quads, sentence, KG.article) == [article_iri(article)]


def test_article_node_carries_title_file_hash_and_date(built):
    article, _, quads = built
    node = article_iri(article)
    assert set(objects(quads, node, RDF.type)) == {n(KG.Article), NamedNode("https://schema.org/NewsArticle")}
    assert objects(quads, node, "https://schema.org/headline") == [Literal("Getty Images sues Stability AI")]
    assert objects(quads, node, KG.fileName) == [Literal("getty-sues-stability.txt")]
    assert objects(quads, node, KG.sha256) == [Literal(article.sha256)]
    assert objects(quads, node, "https://schema.org/datePublished") == [Literal("2023-01-17", datatype=n(XSD.date))]


def test_entities_have_one_category_a_preferred_label_and_aliases(built):
    _, _, quads = built
    person = entity_iri("emad-mostaque")
    assert set(objects(quads, person, RDF.type)) == {n(KG.Person), n(KG.Official)}
    assert objects(quads, person, SKOS.prefLabel) == [Literal("Emad Mostaque")]
    assert objects(quads, person, SKOS.altLabel) == [Literal("Mostaque")]  # the label itself is not repeated
    mentions = [q.subject for q in quads if q.predicate == n(KG.refersTo) and q.object == entity_iri("getty-images")]
    assert len(mentions) == 2


def test_events_have_roles_modality_and_a_typed_date(built):
    _, extraction, quads = built
    lawsuit = event_iri(extraction.events[0])
    assert objects(quads, lawsuit, KG.agent) == [entity_iri("getty-images")]
    assert objects(quads, lawsuit, KG.target) == [entity_iri("stability-ai")]
    assert objects(quads, lawsuit, KG.modality) == [n(KG.asserted)]
    [instant] = objects(quads, lawsuit, KG.date)
    assert objects(quads, instant, RDF.type) == [n(TIME.Instant)]
    assert objects(quads, instant, TIME.inXSDDate) == [Literal("2023-01-16", datatype=n(XSD.date))]
    appeal, fine = (event_iri(e) for e in extraction.events[1:])
    assert sorted(map(str, objects(quads, appeal, KG.agent))) == sorted(map(str, [entity_iri("getty-images"), entity_iri("stability-ai")]))
    assert objects(quads, appeal, KG.target) == []
    [year] = objects(quads, appeal, KG.date)
    assert objects(quads, year, TIME.inXSDgYear) == [Literal("2023", datatype=n(XSD.gYear))]
    [month] = objects(quads, fine, KG.date)
    assert objects(quads, month, TIME.inXSDgYearMonth) == [Literal("2023-01", datatype=n(XSD.gYearMonth))]
    assert objects(quads, fine, KG.modality) == [n(KG.negated)]


def test_an_action_urged_and_the_same_action_done_are_two_events_each_with_its_own_modality():
    article, extraction = getty()
    done = extraction.events[0]
    urged = dataclasses.replace(done, modality="planned", evidence=())
    quads = build_quads(article, dataclasses.replace(extraction, events=(done, urged)))
    assert objects(quads, event_iri(done), KG.modality) == [n(KG.asserted)]
    assert objects(quads, event_iri(urged), KG.modality) == [n(KG.planned)]


def test_relations_are_asserted_and_reified_with_evidence(built):
    _, extraction, quads = built
    person, company = entity_iri("emad-mostaque"), entity_iri("stability-ai")
    assert objects(quads, person, KG.leads) == [company]
    node = relation_iri(extraction.relations[1])
    assert objects(quads, node, RDF.subject) == [person]
    assert objects(quads, node, RDF.predicate) == [n(KG.leads)]
    assert objects(quads, node, RDF.object) == [company]
    assert objects(quads, node, KG.former) == [Literal("false", datatype=n(XSD.boolean))]
    assert objects(quads, node, KG.roleTitle) == [Literal("chief executive")]


def test_a_claim_is_speech_about_an_event_never_an_assertion(built):
    _, extraction, quads = built
    [claim] = subjects_of_type(quads, KG.Claim)
    assert objects(quads, claim, KG.speaker) == [entity_iri("emad-mostaque")]
    assert objects(quads, claim, KG.stance) == [n(KG.disputes)]
    assert objects(quads, claim, KG.about) == [event_iri(extraction.events[0])]
    content = Literal("the claims were without merit")
    assert [q.subject for q in quads if q.object == content] == [claim]


def test_an_empty_extraction_still_records_the_article():
    article, _ = micron()
    quads = build_quads(article, Extraction())
    assert {q.subject for q in quads} == {article_iri(article)}


def test_meta_quads_record_the_data_model_version():
    [quad] = meta_quads()
    assert quad.graph_name == META_GRAPH and quad.predicate == n(KG.dataModelVersion)
    assert quad.object.value == DATA_MODEL_VERSION
