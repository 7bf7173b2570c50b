"""Extraction: from a parsed article to typed records (entities, events, relations, claims)."""
from __future__ import annotations

from ..records import Extraction
from dataclasses import replace

from .accusations import accusations
from .claims import about, extract_claims
from .events import extract_events, merged_events, objections
from .mentions import find_mentions
from .relations import extract_relations
from .sides import (inquiries_reach_maker, named_next, officials_suspensions, posts_of, urged_of_whoever_would_act, withdrawn_by_maker,
                    without_own_country, without_own_side)
from ..resolve import resolve


def extract(doc, *, article_date: str | None = None) -> Extraction:
    """Run every extractor over one parsed article."""
    mentions = find_mentions(doc)
    resolution = resolve(doc, mentions)
    events = extract_events(doc, resolution, article_date=article_date)
    relations = extract_relations(doc, resolution)
    events = merged_events(events, accusations(doc, resolution, events, relations))
    events = without_own_side(events, relations)
    events = without_own_country(events, relations, resolution)
    events = officials_suspensions(events, relations, resolution.category)
    events = withdrawn_by_maker(events, relations, resolution)
    events = named_next(events, resolution)
    events = inquiries_reach_maker(events, relations, resolution)
    events = urged_of_whoever_would_act(events)
    claims = extract_claims(doc, resolution, events)
    courts = [(doc[start].idx, key) for start, key in resolution.order if resolution.by_key[key].kind == "Court"]
    events = objections(claims, events, resolution.category, lambda key: resolution.aliases(resolution.by_key[key]),
                        posts_of(relations), courts)
    claims = tuple(replace(c, about=about(c.evidence[0], events)) for c in claims)
    return Extraction(entities=resolution.entities(), events=events, relations=relations, claims=claims)
