"""The ontology's terms as plain IRI strings, so a misspelt term fails at import.

Every IRI the pipeline writes comes from here; `ontology/kg.ttl` declares each term
(a test checks the two agree), and `PREFIXES` is the one prefix map shared by the
Turtle export and the SPARQL queries. No rdflib here: this module is on the path of every
command, and rdflib alone would double the start-up time of `kg query` (benchmarks/startup.py).
"""
from __future__ import annotations

ONTOLOGY_IRI = "https://w3id.org/kg-ai-policy/ontology"
DATA_IRI = "https://w3id.org/kg-ai-policy/id/"


class Namespace:
    """An open vocabulary: `NS.term` and `NS["term"]` are the term's IRI as a string."""

    def __init__(self, iri: str):
        self._NS = iri

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        return self._NS + name

    def __getitem__(self, name: str) -> str:
        return self._NS + name

    def __str__(self) -> str:
        return self._NS

    def __repr__(self) -> str:
        return f"Namespace({self._NS!r})"


class _Closed(type):
    """A closed vocabulary: only the annotated names are terms; any other name is an AttributeError."""

    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        for term in cls.__annotations__:
            if not term.startswith("_"):
                setattr(cls, term, cls._NS + term)

    def __getattr__(cls, name: str) -> str:
        raise AttributeError(f"{name!r} is not a term of {cls._NS}")

    def __getitem__(cls, name: str) -> str:
        if name.startswith("_") or name not in cls.__annotations__:
            raise AttributeError(f"{name!r} is not a term of {cls._NS}")  # as rdflib's DefinedNamespace did
        return cls._NS + name

    def __str__(cls) -> str:
        return cls._NS


class KG(metaclass=_Closed):
    """Terms of ontology/kg.ttl."""

    _NS = ONTOLOGY_IRI + "#"

    # entity categories and finer kinds
    Entity: str
    Company: str
    GovernmentBody: str
    Person: str
    AIModel: str
    Country: str
    Organization: str
    Official: str
    Regulator: str
    Court: str
    Legislature: str
    Military: str
    Group: str

    # events
    Event: str
    ExportRestriction: str
    SupplyChainRiskDesignation: str
    UsageBan: str
    ModelWithdrawal: str
    Lawsuit: str
    SafeguardBypass: str
    ConcernRaised: str
    PublicAppeal: str
    Negotiation: str
    PolicyIssued: str
    Deregulation: str
    Refusal: str
    Investigation: str
    Fine: str
    Agreement: str

    # event roles and qualifiers
    agent: str
    target: str
    object: str
    date: str
    dateText: str
    trigger: str
    modality: str
    confidence: str

    # modality and stance vocabularies (SKOS concepts)
    Modality: str
    modalities: str
    asserted: str
    planned: str
    negated: str
    reported: str
    Stance: str
    stances: str
    supports: str
    disputes: str
    neutral: str

    # relations between entities
    leads: str
    memberOf: str
    develops: str
    partOf: str
    RelationAssertion: str
    former: str
    roleTitle: str

    # claims
    Claim: str
    speaker: str
    content: str
    cue: str
    stance: str
    about: str

    # provenance: articles, sentences, mentions
    Article: str
    Sentence: str
    Mention: str
    evidence: str
    article: str
    text: str
    startChar: str
    endChar: str
    fileName: str
    sha256: str
    refersTo: str
    surfaceForm: str
    dataModelVersion: str


RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
TIME = Namespace("http://www.w3.org/2006/time#")
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
    "kg": KG._NS,
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
