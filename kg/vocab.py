"""The ontology's terms as rdflib namespaces, so a misspelt term fails at import.

Every IRI the pipeline writes comes from here; `ontology/kg.ttl` declares each term
(a test checks the two agree), and `PREFIXES` is the one prefix map shared by the
Turtle export and the SPARQL queries.
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/kg-ai-policy/ontology"
DATA_IRI = "https://w3id.org/kg-ai-policy/id/"


class KG(DefinedNamespace):
    """Terms of ontology/kg.ttl."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # entity categories and finer kinds
    Entity: URIRef
    Company: URIRef
    GovernmentBody: URIRef
    Person: URIRef
    AIModel: URIRef
    Country: URIRef
    Organization: URIRef
    Official: URIRef
    Regulator: URIRef
    Court: URIRef
    Legislature: URIRef
    Military: URIRef
    Group: URIRef

    # events
    Event: URIRef
    ExportRestriction: URIRef
    SupplyChainRiskDesignation: URIRef
    UsageBan: URIRef
    ModelWithdrawal: URIRef
    Lawsuit: URIRef
    SafeguardBypass: URIRef
    ConcernRaised: URIRef
    PublicAppeal: URIRef
    Negotiation: URIRef
    PolicyIssued: URIRef
    Deregulation: URIRef
    Refusal: URIRef
    Investigation: URIRef
    Fine: URIRef
    Agreement: URIRef

    # event roles and qualifiers
    agent: URIRef
    target: URIRef
    object: URIRef
    date: URIRef
    dateText: URIRef
    trigger: URIRef
    modality: URIRef
    confidence: URIRef

    # modality and stance vocabularies (SKOS concepts)
    Modality: URIRef
    modalities: URIRef
    asserted: URIRef
    planned: URIRef
    negated: URIRef
    reported: URIRef
    Stance: URIRef
    stances: URIRef
    supports: URIRef
    disputes: URIRef
    neutral: URIRef

    # relations between entities
    leads: URIRef
    memberOf: URIRef
    develops: URIRef
    partOf: URIRef
    RelationAssertion: URIRef
    former: URIRef
    roleTitle: URIRef

    # claims
    Claim: URIRef
    speaker: URIRef
    content: URIRef
    cue: URIRef
    stance: URIRef
    about: URIRef

    # provenance: articles, sentences, mentions
    Article: URIRef
    Sentence: URIRef
    Mention: URIRef
    evidence: URIRef
    article: URIRef
    text: URIRef
    startChar: URIRef
    endChar: URIRef
    fileName: URIRef
    sha256: URIRef
    refersTo: URIRef
    surfaceForm: URIRef
    dataModelVersion: URIRef


SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
DCTERMS = Namespace("http://purl.org/dc/terms/")

CATEGORIES = ("Company", "GovernmentBody", "Person", "AIModel", "Country", "Organization")
EVENT_TYPES = (
    "ExportRestriction", "SupplyChainRiskDesignation", "UsageBan", "ModelWithdrawal", "Lawsuit",
    "SafeguardBypass", "ConcernRaised", "PublicAppeal", "Negotiation", "PolicyIssued", "Deregulation",
    "Refusal", "Investigation", "Fine", "Agreement",
)
RELATIONS = ("leads", "memberOf", "develops", "partOf")

PREFIXES = {
    "kg": str(KG._NS),
    "id": DATA_IRI,
    **{kind: f"{DATA_IRI}{kind}/" for kind in
       ("entity", "event", "relation", "claim", "article", "sentence", "mention", "instant", "graph")},
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "time": str(TIME),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "dcterms": str(DCTERMS),
}
