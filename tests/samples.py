"""Hand-made articles and extraction records, so graph, store, query and export tests need no spaCy."""
from __future__ import annotations

import hashlib

import pyoxigraph

from kg.read import Article, normalise
from kg.records import Claim, Entity, Event, Evidence, Extraction, Mention, Relation
from support import DATA

TTL_GRAPH = "https://w3id.org/kg-ai-policy/id/graph/8c8f72333b9d8f3b"

GETTY_TEXT = (
    "Getty Images sues Stability AI\n"
    "\n"
    "Getty Images filed a lawsuit against Stability AI in London on January 16, 2023. "
    "Emad Mostaque, the chief executive of Stability AI, said the claims were without merit.\n"
    "Stability AI develops Stable Diffusion, and Getty Images and Stability AI urged regulators to act.\n"
)
MICRON_TEXT = (
    "China bans Micron chips\n"
    "\n"
    "The Cyberspace Administration of China banned Micron products in May 2023. "
    "Getty Images was not involved.\n"
)


def make_article(text: str, path: str, date: str | None = None) -> Article:
    text = normalise(text)
    headline = next(line.strip() for line in text.splitlines() if line.strip())
    return Article(path=path, headline=headline, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), date=date)


def evidence(article: Article, sentence: str) -> Evidence:
    start = article.text.index(sentence)
    return Evidence(start, start + len(sentence), sentence)


def mention(article: Article, sentence: str, name: str, nth: int = 0) -> Mention:
    ev = evidence(article, sentence)
    start = ev.start - 1
    for _ in range(nth + 1):
        start = article.text.index(name, start + 1)
    return Mention(name, start, start + len(name), ev)


def getty() -> tuple[Article, Extraction]:
    article = make_article(GETTY_TEXT, "getty-sues-stability.txt", date="2023-01-17")
    s1 = "Getty Images filed a lawsuit against Stability AI in London on January 16, 2023."
    s2 = "Emad Mostaque, the chief executive of Stability AI, said the claims were without merit."
    s3 = "Stability AI develops Stable Diffusion, and Getty Images and Stability AI urged regulators to act."
    entities = (
        Entity("emad-mostaque", "Emad Mostaque", "Person", kind="Official", aliases=("Emad Mostaque", "Mostaque"),
               mentions=(mention(article, s2, "Emad Mostaque"),), confidence=0.9),
        Entity("getty-images", "Getty Images", "Company", aliases=("Getty", "Getty Images"),
               mentions=(mention(article, s1, "Getty Images"), mention(article, s3, "Getty Images"))),
        Entity("stability-ai", "Stability AI", "Company", mentions=(mention(article, s1, "Stability AI"),)),
        Entity("stable-diffusion", "Stable Diffusion", "AIModel", mentions=(mention(article, s3, "Stable Diffusion"),)),
    )
    events = (
        Event("Lawsuit", ("getty-images",), ("stability-ai",), trigger="filed a lawsuit", date="2023-01-16",
              date_text="January 16, 2023", evidence=(evidence(article, s1),), confidence=0.75),
        Event("PublicAppeal", ("getty-images", "stability-ai"), (), trigger="urged", modality="asserted",
              date="2023", date_text="2023", evidence=(evidence(article, s3),)),
        Event("Fine", ("stability-ai",), ("getty-images",), trigger="fined", modality="negated", date="2023-01",
              evidence=(evidence(article, s3),)),
    )
    relations = (
        Relation("develops", "stability-ai", "stable-diffusion", evidence=(evidence(article, s3),)),
        Relation("leads", "emad-mostaque", "stability-ai", title="chief executive", evidence=(evidence(article, s2),)),
    )
    claims = (
        Claim("emad-mostaque", "the claims were without merit", "say", stance="disputes", about=(0,),
              evidence=(evidence(article, s2),)),
    )
    return article, Extraction(entities=entities, events=events, relations=relations, claims=claims)


def micron() -> tuple[Article, Extraction]:
    article = make_article(MICRON_TEXT, "china-bans-micron.txt")
    s1 = "The Cyberspace Administration of China banned Micron products in May 2023."
    s2 = "Getty Images was not involved."
    entities = (
        Entity("cyberspace-administration-of-china", "Cyberspace Administration of China", "GovernmentBody",
               kind="Regulator", mentions=(mention(article, s1, "Cyberspace Administration of China"),)),
        Entity("getty-images", "Getty Images", "Company", mentions=(mention(article, s2, "Getty Images"),)),
        Entity("micron", "Micron", "Company", mentions=(mention(article, s1, "Micron"),)),
    )
    events = (
        Event("UsageBan", ("cyberspace-administration-of-china",), ("micron",), trigger="banned", date="2023-05",
              date_text="May 2023", evidence=(evidence(article, s1),)),
    )
    claims = (Claim("getty-images", "Getty Images was not involved", "say", evidence=(evidence(article, s2),)),)
    return article, Extraction(entities=entities, events=events, claims=claims)


def load_ttl(store, name: str) -> None:
    """Put a Turtle file of tests/data/ into the store as one article graph."""
    graph = pyoxigraph.NamedNode(TTL_GRAPH)
    triples = pyoxigraph.parse(path=str(DATA / name), format=pyoxigraph.RdfFormat.TURTLE)
    store.replace_graph(graph, [pyoxigraph.Quad(t.subject, t.predicate, t.object, graph) for t in triples])
