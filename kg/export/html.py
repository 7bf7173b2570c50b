"""The interactive graph view: one self-contained HTML file.

pyvis builds the network (nodes, edges, vis.js options); the page is the project's own template
(`templates/graph.html`), because pyvis's links Bootstrap from a CDN. vis-network comes inlined
from pyvis's bundled copy, so the file makes no network request, and a Content-Security-Policy
allows only the page's own two scripts (by hash) and no connection anywhere.

Text from articles reaches the page only inside one JSON block whose `<`, `>` and `&` are escaped,
and the page's script writes it into the document with `textContent`, never as HTML.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
from collections import deque
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from ..vocab import CATEGORIES, EVENT_TYPES
from .select import select
from .view import View, read_view

TEMPLATES = Path(__file__).resolve().parent / "templates"
VIS_DIR = Path(__import__("pyvis").__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
LARGE = 1000  # from this many nodes on, a cheaper layout and drawing

# colour and shape per category: entities, then events and claims
GROUPS = {
    "Company": ("#4e79a7", "dot"),
    "GovernmentBody": ("#e15759", "square"),
    "Person": ("#59a14f", "triangleDown"),
    "AIModel": ("#b07aa1", "triangle"),
    "Country": ("#f28e2b", "star"),
    "Organization": ("#76b7b2", "hexagon"),
    "Event": ("#edc948", "diamond"),
    "Claim": ("#d9dde3", "box"),
}
EDGE_STYLES = {
    "role": {"color": "#8795a8"},
    "relation": {"color": "#2b4c7e", "width": 2},
    "said": {"color": "#9aa1ab", "dashes": True},
    "about": {"color": "#9aa1ab", "dashes": True},
}
# legend icons: SVG shapes in a 16×16 box
ICONS = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "triangleDown": '<polygon points="2,3 14,3 8,14"/>',
    "triangle": '<polygon points="8,2 14,13 2,13"/>',
    "star": '<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"/>',
    "hexagon": '<polygon points="4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "box": '<rect x="1" y="4" width="14" height="8" rx="2"/>',
}


def _title(node) -> str:
    return f"{node.label} ({node.type or node.category})"


def _size(degree: int) -> int:
    return 10 + min(20, round(3 * math.sqrt(degree)))


def iterations(count: int) -> int:
    """Layout steps before the page turns physics off: fewer for large graphs, whose steps cost more."""
    return max(50, min(500, round(250_000 / max(count, 1))))


def options(count: int) -> dict:
    """vis.js options: a layout that settles (then the page turns physics off), lighter when large."""
    large = count >= LARGE
    solver = ({"solver": "barnesHut", "barnesHut": {"gravitationalConstant": -3000, "springLength": 120,
                                                    "springConstant": 0.04, "damping": 0.3, "theta": 1.0}}
              if large else
              {"solver": "forceAtlas2Based", "forceAtlas2Based": {"gravitationalConstant": -70, "springLength": 120,
                                                                  "springConstant": 0.05, "avoidOverlap": 0.5}})
    return {
        "layout": {"randomSeed": 7, "improvedLayout": count <= 150},
        "physics": {"enabled": True, **solver, "minVelocity": 1.0, "timestep": 0.5 if large else 0.35,
                    "stabilization": {"enabled": True, "iterations": iterations(count), "updateInterval": 10,
                                      "fit": True}},
        "nodes": {"font": {"size": 14, "color": "#1f2933", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1, "shapeProperties": {"interpolation": False}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "color": {"inherit": False},
                  "font": {"size": 10, "color": "#52606d", "strokeWidth": 3, "align": "middle"},
                  "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.3},
                  "selectionWidth": 2},
        "interaction": {"hover": not large, "tooltipDelay": 300, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "multiselect": False},
        "groups": {name: {"color": colour, "shape": shape} for name, (colour, shape) in GROUPS.items()},
    }


def _neighbours(view: View) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {n: [] for n in view.nodes}
    for edge in view.edges.values():
        found[edge.source].append(edge.target)
        found[edge.target].append(edge.source)
    return found


def spiral(view: View, neighbours: dict[str, list[str]]) -> dict[str, tuple[int, int]]:
    """Starting positions for a large graph: nodes in breadth-first order (busiest first) along a
    sunflower spiral, so that neighbours start near each other and the layout needs fewer steps."""
    def busiest(ids):
        return sorted(ids, key=lambda n: (-len(neighbours[n]), n))

    order: list[str] = []
    seen: set[str] = set()
    for start in busiest(view.nodes):
        if start in seen:
            continue
        seen.add(start)
        queue = deque([start])
        while queue:
            current = queue.popleft()
            order.append(current)
            for other in busiest(set(neighbours[current]) - seen):
                seen.add(other)
                queue.append(other)
    golden = math.pi * (3 - math.sqrt(5))
    return {n: (round(30 * math.sqrt(i) * math.cos(i * golden)), round(30 * math.sqrt(i) * math.sin(i * golden)))
            for i, n in enumerate(order)}


def build_network(view: View) -> Network:
    """The pyvis network of the view: a node per entity, event and claim, an edge per fact."""
    neighbours = _neighbours(view)
    start = spiral(view, neighbours) if len(view.nodes) >= LARGE else {}
    net = Network(directed=True, cdn_resources="in_line")
    for node in view.nodes.values():
        position = dict(zip("xy", start[node.id])) if node.id in start else {}
        net.add_node(node.id, label=node.label, shape=GROUPS[node.category][1], group=node.category,
                     title=_title(node), size=_size(len(neighbours[node.id])), **position)
    for edge in view.edges.values():
        net.add_edge(edge.source, edge.target, id=edge.id, label=edge.label, **EDGE_STYLES[edge.kind])
    # pyvis's set_options drops every space of the JSON it is given: the options hold none
    net.set_options(json.dumps(options(len(view.nodes)), separators=(",", ":")))
    return net


def _evidence(evidence) -> list:
    return [[ev.article, ev.text] for ev in evidence]


def details(view: View) -> dict:
    """What the side panel shows for each node and edge."""
    nodes = {n.id: {"kind": n.kind, "category": n.category, "type": n.type, "label": n.label,
                    "aliases": list(n.aliases), "facts": [list(f) for f in n.facts], "evidence": _evidence(n.evidence)}
             for n in view.nodes.values()}
    edges = {}
    for e in view.edges.values():
        item = {"kind": e.kind, "label": e.label, "facts": [list(f) for f in e.facts]}
        # an edge of an event or a claim has that node's sentences: name the node, not the text again
        owner = next((end for end in (e.source, e.target)
                      if view.nodes[end].kind != "entity" and view.nodes[end].evidence == e.evidence), None)
        item.update({"evidenceOf": owner} if owner else {"evidence": _evidence(e.evidence)})
        edges[e.id] = item
    return {"nodes": nodes, "edges": edges}


def script_json(data) -> str:
    """JSON that can sit in a <script> element: no `<`, `>` or `&` can end it or open markup."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def _counts(view: View) -> tuple[list[dict], list[dict]]:
    by_category = {name: 0 for name in GROUPS}
    by_type = {name: 0 for name in EVENT_TYPES}
    for node in view.nodes.values():
        by_category[node.category] += 1
        if node.type:
            by_type[node.type] += 1
    categories = [{"name": name, "count": by_category[name], "colour": colour, "shape": shape,
                   "icon": Markup(ICONS[shape]), "entity": name in CATEGORIES}
                  for name, (colour, shape) in GROUPS.items()]
    types = [{"name": name, "count": count} for name, count in by_type.items() if count]
    return categories, types


def render(view: View, *, subtitle: str = "") -> str:
    """The page for a view, as text: the same view always gives the same bytes."""
    net = build_network(view)
    nodes, edges, _heading, _height, _width, vis_options = net.get_network_data()
    data = {"nodes": nodes, "edges": edges, "options": json.loads(vis_options), "details": details(view),
            "articles": {k: {"file": a.file, "headline": a.headline, "published": a.published}
                         for k, a in view.articles.items()}}
    vis_js = (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    script = (TEMPLATES / "graph.js").read_text(encoding="utf-8")
    csp = (f"default-src 'none'; script-src {_hash(vis_js)} {_hash(script)}; style-src 'unsafe-inline'; "
           "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
    categories, types = _counts(view)
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]),
                      keep_trailing_newline=True)
    return env.get_template("graph.html").render(
        csp=csp, subtitle=subtitle, categories=categories, event_types=types,
        node_count=len(view.nodes), edge_count=len(view.edges), article_count=len(view.articles),
        vis_css=Markup((VIS_DIR / "vis-network.css").read_text(encoding="utf-8")),
        style=Markup((TEMPLATES / "graph.css").read_text(encoding="utf-8")),
        vis_js=Markup(vis_js), script=Markup(script), data=Markup(script_json(data)))


def describe(*, focus=None, depth=2, article=None, event_types=(), since=None, until=None, **_ignored) -> str:
    """The selection in words, for the page's header."""
    parts = []
    if focus:
        parts.append(f"around {focus} (depth {depth})")
    if article:
        parts.append(f"article {article}")
    if event_types:
        parts.append("events: " + ", ".join(event_types))
    if since or until:
        parts.append(f"dated {since or '…'} to {until or '…'}")
    return "; ".join(parts)


def write(store, fmt, path, *, focus=None, depth=2, article=None, event_types=(), since=None, until=None) -> None:
    """Write the view of the store (or of the selection the options ask for) to `path`."""
    selection = {"focus": focus, "depth": depth, "article": article, "event_types": tuple(event_types or ()),
                 "since": since, "until": until}
    if focus and not (article or event_types or since or until):  # a neighbourhood: read only it
        from .focus import focused_view

        view = select(focused_view(store, focus, depth), focus=focus, depth=depth)
    else:
        view = select(read_view(store), **selection)
    Path(path).write_text(render(view, subtitle=describe(**selection)), encoding="utf-8")
