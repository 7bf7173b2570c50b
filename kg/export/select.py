"""Subgraphs of the view: around an entity, from one article, of some event types, in a date range.

Each option narrows the view in turn: the article first (only what that article says, with only
its sentences as evidence), then event types and dates (the matching events and claims, and the
entities taking part in them), then the focus (the entities named, and everything within `depth`
steps of them, an event or a claim counting as one step). Edges are kept when both their ends are.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ..errors import ExportError
from ..vocab import EVENT_TYPES
from .view import Node, View

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def select(view: View, *, focus: str | None = None, depth: int = 2, article: str | None = None,
           event_types=(), since: str | None = None, until: str | None = None) -> View:
    """The part of `view` the options ask for; the whole view when none is given."""
    if article:
        view = by_article(view, article_of(view, article))
    if event_types or since or until:
        view = by_facts(view, event_types=event_types_of(event_types), since=_bound(since, "--since"),
                        until=_bound(until, "--until", end=True))
    if focus:
        view = around(view, focus, depth)
    return view


def article_of(view: View, given: str) -> str:
    """The key of an article named by a file (read to find its key), a file name, or a key prefix."""
    path = Path(given)
    if path.is_file():
        from ..read import read_article

        key = read_article(path).sha256[:16]
        if key in view.articles:
            return key
        raise ExportError(f"{given}: this article is not in the store; ingest it first")
    matches = sorted({a.key for a in view.articles.values() if a.file == given or a.key.startswith(given)})
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise ExportError(f"{given}: matches {len(matches)} articles; give more of the key")
    raise ExportError(f"{given}: no such article in the store; `kg stats` counts them, `kg query -n evidence` names their files")


def event_types_of(given) -> tuple[str, ...]:
    known = {t.lower(): t for t in EVENT_TYPES}
    found = []
    for name in given:
        if name.lower() not in known:
            raise ExportError(f"{name}: not an event type; use one of {', '.join(EVENT_TYPES)}")
        found.append(known[name.lower()])
    return tuple(sorted(set(found)))


def _bound(value: str | None, option: str, *, end: bool = False) -> str | None:
    if not value:
        return None
    if not _DATE.match(value):
        raise ExportError(f"{option} {value}: not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    return _span(value)[1 if end else 0]


def _span(date: str) -> tuple[str, str]:
    """The first and last day a date of year, month or day precision covers (as comparable strings)."""
    return (date + "-01-01"[len(date) - 4:], date + "-12-31"[len(date) - 4:])


def _keep(view: View, keep: set[str]) -> View:
    """The nodes in `keep`, the edges between them, and the articles their evidence comes from."""
    nodes = {k: n for k, n in view.nodes.items() if k in keep}
    edges = {k: e for k, e in view.edges.items() if e.source in nodes and e.target in nodes}
    used = {ev.article for item in (*nodes.values(), *edges.values()) for ev in item.evidence}
    return replace(view, nodes=nodes, edges=edges, articles={k: a for k, a in view.articles.items() if k in used})


def by_article(view: View, key: str) -> View:
    """What one article says: its nodes and edges, each with only that article's sentences."""
    def trim(item):
        return replace(item, evidence=tuple(ev for ev in item.evidence if ev.article == key))

    nodes = {k: trim(n) for k, n in view.nodes.items() if key in view.articles_of(n)}
    edges = {k: trim(e) for k, e in view.edges.items()
             if key in view.articles_of(e) and e.source in nodes and e.target in nodes}
    return replace(view, nodes=nodes, edges=edges, articles={key: view.articles[key]})


def _dates(view: View, node: Node) -> list[str]:
    """An event's own dates, else (and for claims) the publication dates of its articles."""
    own = list(node.dates) if node.kind == "event" else []
    return own or sorted({view.articles[a].published for a in view.articles_of(node)
                          if a in view.articles and view.articles[a].published})


def by_facts(view: View, *, event_types=(), since: str | None = None, until: str | None = None) -> View:
    """Events (of the given types) and claims (when no type is given) dated within the range,
    with the entities taking part in them."""
    def dated(node: Node) -> bool:
        if not since and not until:
            return True
        spans = [_span(d) for d in _dates(view, node)]
        return any((not since or last >= since) and (not until or first <= until) for first, last in spans)

    facts = {k for k, n in view.nodes.items()
             if ((n.kind == "event" and (not event_types or n.type in event_types))
                 or (n.kind == "claim" and not event_types)) and dated(n)}
    keep = set(facts)
    for edge in view.edges.values():
        for end, other in ((edge.source, edge.target), (edge.target, edge.source)):
            if end in facts and view.nodes[other].kind == "entity":
                keep.add(other)
    return _keep(view, keep)


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def named(view: View, name: str) -> list[str]:
    """Entities whose label is `name` (any case); failing that, those with it as an alias."""
    wanted = _normal(name)
    entities = [n for n in view.nodes.values() if n.kind == "entity"]
    by_label = [n.id for n in entities if _normal(n.label) == wanted]
    return by_label or [n.id for n in entities if any(_normal(a) == wanted for a in n.aliases)]


def around(view: View, name: str, depth: int) -> View:
    """The entities called `name` and everything within `depth` steps of them."""
    if depth < 0:
        raise ExportError(f"--depth {depth}: give 0 or more steps")
    start = named(view, name)
    if not start:
        raise ExportError(f"--focus {name!r}: no entity has that name or alias here; `kg query -n entities` lists them")
    neighbours: dict[str, set[str]] = {}
    for edge in view.edges.values():
        neighbours.setdefault(edge.source, set()).add(edge.target)
        neighbours.setdefault(edge.target, set()).add(edge.source)
    keep, frontier = set(start), set(start)
    for _ in range(depth):
        frontier = {n for f in frontier for n in neighbours.get(f, ())} - keep
        keep |= frontier
    return _keep(view, keep)
