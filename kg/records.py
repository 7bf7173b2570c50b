"""Typed records handed from extraction to graph building: plain frozen data, no spaCy objects.

Graph building reads only these, so it can be tested from hand-made records.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Evidence:
    """A sentence of an article, by character offsets into the article text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """One surface form of an entity in the text."""

    text: str
    start: int
    end: int
    evidence: Evidence
    kind: str = "name"  # name, acronym, description, pronoun


@dataclass(frozen=True)
class Entity:
    """A real-world thing, resolved within an article (and across articles by its key)."""

    key: str
    label: str
    category: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    confidence: float = 0.8


@dataclass(frozen=True)
class Event:
    """One action as an n-ary fact with roles."""

    type: str
    agents: tuple[str, ...]
    targets: tuple[str, ...]
    objects: tuple[str, ...] = ()
    trigger: str = ""
    modality: str = "asserted"
    date: str | None = None
    date_text: str | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.7


@dataclass(frozen=True)
class Relation:
    """A binary fact between two entities (leads, memberOf, develops, partOf)."""

    predicate: str
    subject: str
    object: str
    former: bool = False
    title: str | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.7


@dataclass(frozen=True)
class Claim:
    """Something a named party said; never asserted as true."""

    speaker: str
    content: str
    cue: str
    stance: str = "neutral"
    about: tuple[int, ...] = ()  # indexes into Extraction.events
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.7


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    claims: tuple[Claim, ...] = ()
    groups: dict = field(default_factory=dict, compare=False)
