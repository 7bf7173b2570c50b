"""Extraction: from a parsed article to typed records (entities, events, relations, claims)."""
from __future__ import annotations

from ..records import Extraction
from dataclasses import replace

from .claims import about, extract_claims
from .events import extract_events, objections
from .mentions import find_mentions
from .relations import extract_relations
from ..resolve import resolve


def extract(doc, *, article_date: str | None = None) -> Extraction:
    """Run every extractor over one parsed article."""
    mentions = find_mentions(doc)
    resolution = resolve(doc, mentions)
    events = extract_events(doc, resolution, article_date=article_date)
    relations = extract_relations(doc, resolution)
    claims = extract_claims(doc, resolution, events)
    events = objections(claims, events, resolution.category)
    claims = tuple(replace(c, about=about(c.evidence[0], events)) for c in claims)
    return Extraction(entities=resolution.entities(), events=events, relations=relations, claims=claims)
